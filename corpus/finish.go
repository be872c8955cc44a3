package corpus

import "sort"

// finish fills what every format derives the same way once its loader has
// produced blocks with text and runs: spans, heading paths, sentences, the
// title and which block each inline ignore applies to.
func (d *Document) finish() {
	var outline [6]string
	var path []string // shared by consecutive blocks under the same headings
	// The hashes' scratch starts as long as the longest text, which it
	// outgrows only by lowercasing that lengthens a character: grown
	// from nothing it was a dozen allocations a page.
	longest := 0
	for i := range d.Blocks {
		longest = max(longest, len(d.Blocks[i].Text))
	}
	scratch := make([]byte, 0, longest)
	for i := range d.Blocks {
		b := &d.Blocks[i]
		b.Hash, scratch = blockHash(b.Text, scratch)
		if len(b.Text) > 0 {
			b.Span = Span{Start: b.SourceOffset(0), End: b.sourceEnd(len(b.Text) - 1)}
		}
		switch b.Kind {
		case BlockTitle:
			if d.Title == "" {
				d.Title = b.Text
			}
		case BlockHeading:
			lvl := min(max(b.Level, 1), 6)
			b.Level = lvl
			b.Headings = outlinePath(outline[:lvl-1])
			outline[lvl-1] = b.Text
			for j := lvl; j < len(outline); j++ {
				outline[j] = ""
			}
			path = nil
		default:
			if path == nil {
				path = outlinePath(outline[:])
			}
			b.Headings = path
		}
		b.Sentences = splitSentences(b.Text, b.Kind, b.breaks)
		if !b.Question && len(b.Sentences) == 1 && b.Kind != BlockTitle && asksOnly(b.Text) {
			b.Question = true
		}
	}
	if d.Title == "" {
		// Markdown and text have no <title>; their top heading plays its part.
		for i := range d.Blocks {
			if b := &d.Blocks[i]; b.Kind == BlockHeading && b.Level == 1 {
				d.Title = b.Text
				break
			}
		}
	}
	d.linkIgnores()
}

func outlinePath(levels []string) []string {
	p := []string{}
	for _, h := range levels {
		if h != "" {
			p = append(p, h)
		}
	}
	return p
}

// linkIgnores points each ignore at the first block that starts after it
// in the source, which is the block a reader sees the comment sitting above.
func (d *Document) linkIgnores() {
	if len(d.Ignores) == 0 {
		return
	}
	order := make([]int, len(d.Blocks))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return d.Blocks[order[a]].Span.Start < d.Blocks[order[b]].Span.Start })
	for k := range d.Ignores {
		ig := &d.Ignores[k]
		j := sort.Search(len(order), func(j int) bool { return d.Blocks[order[j]].Span.Start >= ig.Span.End })
		ig.Block = -1
		if j < len(order) {
			ig.Block = order[j]
		}
	}
}
