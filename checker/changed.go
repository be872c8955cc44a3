package checker

import (
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/bluekeyes/go-gitdiff/gitdiff"
)

// ChangedLines records which lines a change added or rewrote, per file,
// for reporting only what a pull request touched (--new-from-rev,
// --new-from-patch). Findings are still computed over the whole corpus,
// so a new page contradicting an old one is caught; only the report is
// narrowed, to findings with a location in a changed line.
type ChangedLines struct {
	lines map[string]map[int]bool // absolute path → changed line numbers
	whole map[string]bool         // absolute paths new in the change
}

// NewChangedLines returns an empty set.
func NewChangedLines() *ChangedLines {
	return &ChangedLines{lines: map[string]map[int]bool{}, whole: map[string]bool{}}
}

// AddPatch reads a unified diff (as git diff writes it) whose paths are
// relative to root, and records the lines it adds in the new version.
// Removed lines leave nothing to point at, so only additions count, as in
// golangci-lint's new-from-rev.
func (c *ChangedLines) AddPatch(r io.Reader, root string) error {
	files, _, err := gitdiff.Parse(r)
	if err != nil {
		return fmt.Errorf("read patch: %w", err)
	}
	for _, f := range files {
		if f.IsDelete || f.NewName == "" {
			continue
		}
		abs := absUnder(root, f.NewName)
		set := c.lines[abs]
		if set == nil {
			set = map[int]bool{}
			c.lines[abs] = set
		}
		for _, frag := range f.TextFragments {
			n := int(frag.NewPosition)
			for _, l := range frag.Lines {
				switch l.Op {
				case gitdiff.OpAdd:
					set[n] = true
					n++
				case gitdiff.OpContext:
					n++
				}
			}
		}
	}
	return nil
}

// AddFile records every line of file (relative to root) as changed: a
// file the change adds, which git diff does not list while untracked.
func (c *ChangedLines) AddFile(root, file string) {
	c.whole[absUnder(root, file)] = true
}

func absUnder(root, file string) string {
	p := filepath.FromSlash(file)
	if !filepath.IsAbs(p) {
		p = filepath.Join(root, p)
	}
	if abs, err := filepath.Abs(p); err == nil {
		return abs
	}
	return p
}

// Touches reports whether any line of l is a changed line.
func (c *ChangedLines) Touches(l Location) bool {
	abs, err := filepath.Abs(l.File)
	if err != nil {
		return false
	}
	if c.whole[abs] {
		return true
	}
	set := c.lines[abs]
	if set == nil {
		return false
	}
	// A quote can span lines; any of them counts.
	for i := 0; i <= strings.Count(l.Text, "\n"); i++ {
		if set[l.Line+i] {
			return true
		}
	}
	return false
}

// Filter keeps the findings with at least one location in a changed line.
func (c *ChangedLines) Filter(fs []Finding) []Finding {
	out := fs[:0:0]
	for _, f := range fs {
		for _, l := range f.Locations {
			if c.Touches(l) {
				out = append(out, f)
				break
			}
		}
	}
	return out
}
