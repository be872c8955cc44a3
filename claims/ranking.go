package claims

import (
	"slices"
	"strings"

	"github.com/factlint/factlint/corpus"
	"github.com/factlint/factlint/internal/prefilter"
)

// Ranking is a comparison a page makes between two levels of care in
// words: "Our PHP is even more intensive than residential treatment" ranks
// PHP above residential.
type Ranking struct {
	Above, Below Subject
	// Text is the comparison as written, from the first program's name to
	// the second's.
	Text  string
	File  string
	Pos   corpus.Position
	Block int
}

// levelRank orders the levels of care by intensity (ASAM's continuum).
var levelRank = map[Subject]int{OP: 1, IOP: 2, PHP: 3, Residential: 4}

// Inverted reports a ranking against the order of the levels: outpatient,
// IOP, PHP, residential, each more intensive than the one before. A
// superlative ("residential treatment, the most intensive level") has no
// Below and is never inverted by itself.
func (r Ranking) Inverted() bool {
	a, b := levelRank[r.Above], levelRank[r.Below]
	return a > 0 && b > 0 && a < b
}

// Contradicts reports whether r says the opposite of an inverted ranking
// inv: it ranks inv's lower level above its higher one, or calls it the
// most intensive.
func (r Ranking) Contradicts(inv Ranking) bool {
	return r.Above == inv.Below && (r.Below == inv.Above || r.Below == NoSubject)
}

// comparative is "more intensive than", "less intensive than", "a higher
// level of care than"; group 1 says which way.
// "one step above our PHP", "a level below residential" say the same.
var comparative = prefilter.MustCompile(`\b(more|less|higher|lower|fewer)\s+(?:intensive|intense|acute|structured|structure|support|level\s+of\s+care|(?:weekly\s+|daily\s+)?hours(?:\s+of\s+[a-z]+)?(?:\s+(?:per|a|each)\s+week)?)\s+than\b|\b(?:one|a|the)\s+(?:step|level|rung)\s+(above|below)\b|\b(?:one|a)\s+step[- ]?(down|up)\s+from\b`)

// superlative is "the most intensive (level|option|…)" right after or
// before a program: "residential treatment, the most intensive level".
// ("the more intensive of the two" ranks it above the other one.)
var superlative = prefilter.MustCompile(`\bthe\s+(?:most|highest)\s+(?:intensive|intense|acute|structured)\b|\b(?:our|its|their)\s+(?:most|highest)\s+(?:intensive|intense|acute)\s+outpatient\b|\bthe\s+highest\s+level\s+of\s+(?:outpatient\s+)?(?:care|treatment)\b|\bthe\s+(?:more\s+intensive|more\s+intense|more\s+structured|stronger|higher\s+level)\s+of\s+the\s+(?:two|pair)\b`)

// rankings reads the comparisons of one sentence: the program the
// comparison is said of (the last one named before it, not a contrast)
// and the first one named after "than".
func (st *state) rankings(s *sentence, out []Ranking) []Ranking {
	return oncePerSentence(st.sentenceRankings(s, out), len(out))
}

// oncePerSentence keeps the first of the rankings out[from:] that put the
// same two levels the same way: "PHP is a step down from IOP, used when
// someone needs less structure than intensive outpatient" says it twice
// and is one comparison.
func oncePerSentence(out []Ranking, from int) []Ranking {
	kept := out[:from]
	for _, r := range out[from:] {
		if !slices.ContainsFunc(kept[from:], func(k Ranking) bool { return k.Above == r.Above && k.Below == r.Below }) {
			kept = append(kept, r)
		}
	}
	return kept
}

// mayRank reports whether s holds the words one of sentenceRankings'
// readings needs ("step", " than ", "the most ", …); false is certain.
func mayRank(s *sentence) bool {
	return s.contains("step") || s.containsAny(" than ", "the most ", "the highest ", " above ", " below ", " of the two", " of the pair", "our most ", "its most ", "their most ") ||
		len(s.mentions) >= 3 && s.containsAny("at the bottom", "from least", "from the least", "from most", "from the most")
}

// sentenceRankings reads the comparisons of one sentence (see rankings).
func (st *state) sentenceRankings(s *sentence, out []Ranking) []Ranking {
	// "Is IOP more intensive than PHP? No.", "Myth: IOP is more
	// intensive than PHP": a comparison asked or set out to be corrected
	// states no order.
	// (Every reading below needs a program named and one of mayRank's
	// words, both cheaper to ask than the tests of the sentence's voice.)
	if len(s.mentions) == 0 || s.question || !mayRank(s) || mythLabel(s.lower) || believedUntil(s.lower) > 0 {
		return out
	}
	if len(s.mentions) >= 2 && s.containsAny("step down from", "steps down from", "stepping down from", "stepped down from", "step up from", "steps up from", "stepping up from", "stepped up from") {
		out = st.steps(s, out)
	}
	if len(s.mentions) >= 2 && s.containsAny("step down to", "steps down to", "stepping down to", "stepped down to", "step up to", "steps up to", "stepping up to", "stepped up to") {
		out = st.stepsTo(s, out)
	}
	// ("Ranked from the most to the least intensive, an IOP is a higher
	// level of care than weekly counseling and a lower level of care
	// than a residential stay": the comparisons say the order; the
	// levels are not listed in it.)
	if len(s.mentions) >= 3 && (s.contains("at the bottom") && s.containsAny("followed by", " then ") || s.containsAny("from least", "from the least", "from most", "from the most") && intensityOrder.MatchString(s.lower)) &&
		!(s.contains(" than ") && comparative.MatchString(s.lower)) {
		out = st.sequence(s, out)
	}
	if len(s.mentions) == 0 || !s.containsAny(" than ", "the most ", "the highest ", " above ", " below ", " of the two", " of the pair", " step", "our most ", "its most ", "their most ") {
		return out
	}
	// "Most clients start in residential treatment, the most intensive
	// level of care": the program right before the superlative. (Said of
	// the provider's own range, "the most structured service we run", it
	// ranks nothing against the continuum, but still answers the page's
	// own "our IOP is one step above our PHP": superlatives are kept only
	// beside an inversion they contradict.)
	for _, loc := range superlative.FindAllStringIndex(s.lower, -1) {
		ofRange := strings.HasPrefix(strings.TrimLeft(s.lower[loc[1]:], " "), "level we") || strings.Contains(s.lower[loc[1]:min(len(s.lower), loc[1]+25)], " we ") ||
			strings.Contains(s.lower[loc[0]:loc[1]], "structured")
		for i := len(s.mentions) - 1; i >= 0; i-- {
			m := &s.mentions[i]
			// (Of the provider's own range, or "most structured", only
			// said plainly in its own voice: "Our PHP is the most
			// structured service we run", not "… is not …", "… was once
			// …", "the PHP's first week is …", "Many people assume PHP is
			// …", "At Harbor House, PHP is …".)
			if ofRange && (!s.provider || m.end > loc[0] || strings.TrimSpace(s.lower[m.end:loc[0]]) != "is" || hasWord(s.lower[:m.start], "assume", "assumes", "think", "believe", "imagine")) {
				continue
			}
			if m.end <= loc[0] && programSubject(m.subject) && levelRank[m.subject] > 0 && loc[0]-m.end <= 25 {
				from := m.start
				// "partial hospitalization program (PHP) is …": quote the
				// name with its acronym.
				if i > 0 && s.mentions[i-1].subject == m.subject && strings.HasSuffix(strings.TrimRight(s.lower[s.mentions[i-1].end:m.start], " "), "(") && m.start-s.mentions[i-1].end <= 12 {
					from = s.mentions[i-1].start
				}
				sp := s.block.SourceSpan(s.off+from, s.off+loc[1])
				out = append(out, Ranking{Above: m.subject, Text: strings.Clone(s.text[from:loc[1]]), File: st.doc.ID,
					Pos: st.doc.Position(sp.Start), Block: s.bi})
				break
			}
		}
	}
	if len(s.mentions) < 2 || !s.containsAny(" than ", " above ", " below ", " step") {
		return out
	}
	for _, loc := range comparative.FindAllStringSubmatchIndex(s.lower, -1) {
		// ("Some people ask whether IOP is more intensive than PHP": a
		// question reported.)
		if negated(s.lower, loc[0]) || askedWhether(s.lower[:loc[0]]) {
			continue
		}
		var a, b *mention
		for i := range s.mentions {
			m := &s.mentions[i]
			if !programSubject(m.subject) || m.subject == Detox || m.classified {
				continue
			}
			// "IOP is the most intensive kind of outpatient care,
			// offering even more structure than PHP": a bare
			// "outpatient" after a program names its kind, not the
			// program compared.
			// ("IOP is the more intensive of the two day programs: it
			// offers more weekly hours than PHP": the class the two
			// belong to is neither.)
			if m.end <= loc[0] && !m.contrast && !(m.weak && a != nil && !a.weak) && !strings.HasSuffix(strings.TrimRight(s.lower[:m.start], " "), "of the two") {
				a = m
			}
			// "most people move down to IOP, the step below PHP": the
			// level the apposition ranks, wherever the clause moved to.
			if strings.HasPrefix(s.lower[loc[0]:], "the ") && m.end <= loc[0] && strings.TrimSpace(s.lower[m.end:loc[0]]) == "," {
				a = m
			}
			// ("PHP is a step above, and residential programs provide
			// housing": the level after the clause's end is no object.)
			if m.start >= loc[1] && b == nil && m.start-loc[1] <= 30 && !clauseBreak(s.lower[loc[1]:m.start]) {
				b = m
			}
		}
		if a == nil || b == nil || a.subject == b.subject {
			continue
		}
		// "the level one step above it is PHP": ranked against "it",
		// with the subject after; no order read.
		if loc[4] >= 0 || loc[6] >= 0 {
			switch wordAfter(s.lower, loc[1]) {
			case "it", "that", "this", "them", "which":
				continue
			}
		}
		r := Ranking{Above: a.subject, Below: b.subject}
		w := ""
		for g := 2; g+1 < len(loc); g += 2 {
			if loc[g] >= 0 {
				w = s.lower[loc[g]:loc[g+1]]
			}
		}
		// ("a PHP is a step down from an IOP" puts the IOP above.)
		if w == "less" || w == "lower" || w == "below" || w == "down" || w == "fewer" {
			r.Above, r.Below = r.Below, r.Above
		}
		out = append(out, st.located(s, r, a.start, b.end))
	}
	return out
}

// stepFrom is "step down from" or "step up from"; group 1 says which way.
var stepFrom = prefilter.MustCompile(`\bstep(?:s|ping|ped)?\s+(down|up)\s+from\s+(?:an?\s+|the\s+|our\s+)?$`)

// steps reads a move between two levels of care: "Many people step down
// from IOP to PHP" ranks IOP above PHP, the way the client moves.
func (st *state) steps(s *sentence, out []Ranking) []Ranking {
	for i := 0; i+1 < len(s.mentions); i++ {
		a, b := &s.mentions[i], &s.mentions[i+1]
		if !programSubject(a.subject) || !programSubject(b.subject) || a.subject == Detox || b.subject == Detox || a.subject == b.subject {
			continue
		}
		loc := stepFrom.FindStringSubmatchIndex(s.lower[max(0, a.start-40):a.start])
		between := betweenLevels(s.lower, a.end, b.start)
		if loc == nil || (between != "to" && between != "to an" && between != "to a" && between != "to our" && between != "to the" && between != "into") {
			continue
		}
		r := Ranking{Above: a.subject, Below: b.subject}
		if w := s.lower[max(0, a.start-40)+loc[2] : max(0, a.start-40)+loc[3]]; w == "up" {
			r.Above, r.Below = r.Below, r.Above
		}
		from := max(0, a.start-40) + loc[0]
		sp := s.block.SourceSpan(s.off+from, s.off+b.end)
		r.Text = strings.Clone(s.text[from:b.end])
		r.File, r.Pos, r.Block = st.doc.ID, st.doc.Position(sp.Start), s.bi
		out = append(out, r)
	}
	return out
}

// stepTo is "step down to" or "step up to"; group 1 says which way.
var stepTo = prefilter.MustCompile(`\bstep(?:s|ping|ped)?\s+(down|up)\s+to\s+(?:an?\s+|the\s+|our\s+)?$`)

// stepsTo reads a move to a level of care from one the sentence named
// before it: "After completing PHP, clients step down to IOP" ranks PHP
// above IOP.
func (st *state) stepsTo(s *sentence, out []Ranking) []Ranking {
	for j := 1; j < len(s.mentions); j++ {
		b := &s.mentions[j]
		if !programSubject(b.subject) || b.subject == Detox {
			continue
		}
		lo := max(0, b.start-40)
		loc := stepTo.FindStringSubmatchIndex(s.lower[lo:b.start])
		if loc == nil {
			continue
		}
		var a *mention
		for i := j - 1; i >= 0; i-- {
			if m := &s.mentions[i]; m.end <= lo+loc[0] && programSubject(m.subject) && m.subject != Detox {
				a = m
				break
			}
		}
		// "step down to an IOP and then to a PHP": each level stepped
		// to is above the next.
		if c := thenTo(s, j); c != nil && c.subject != b.subject {
			r := Ranking{Above: b.subject, Below: c.subject}
			if s.lower[lo+loc[2]:lo+loc[3]] == "up" {
				r.Above, r.Below = r.Below, r.Above
			}
			out = append(out, st.located(s, r, b.start, c.end))
		}
		if a == nil || a.subject == b.subject || otherClauseSteps(s.lower[a.end:lo+loc[0]]) {
			continue
		}
		// "Outpatient: clients nearby can step down to our IOP": the
		// line's bare label names the kind of care the IOP is, not where
		// the step starts. ("Standard outpatient: after a month, clients
		// step down to our IOP" and "Outpatient: after four weeks, …"
		// do start there.)
		if _, e := s.label(); a.subject == OP && a.weak && (b.subject == IOP || b.subject == PHP) && e > 0 && a.end <= e && !hasWord(s.lower[:lo+loc[0]], "after") {
			continue
		}
		r := Ranking{Above: a.subject, Below: b.subject}
		if s.lower[lo+loc[2]:lo+loc[3]] == "up" {
			r.Above, r.Below = r.Below, r.Above
		}
		out = append(out, st.located(s, r, a.start, b.end))
	}
	return out
}

// otherClauseSteps reports the words from a level to a step after it
// opening another clause whose own people step: "Outpatient groups are
// not offered here; residents who step down to IOP …", "…, and
// residents who step down …", "…, where patients who step down …".
//
// (Only people of its own who step: "Our IOP, where clients live at
// home, is followed by a step down to PHP", "Graduates of our IOP, and
// anyone who needs less, step down to PHP" step from the IOP.)
func otherClauseSteps(between string) bool {
	t := strings.TrimRight(between, " ")
	if !strings.HasSuffix(t, " who") {
		return false
	}
	return clauseBreak(between) || hasWord(between, "where", "whereas", "while")
}

// betweenLevels is the text from one level's name to the next's, past a
// noun the first name goes on with ("IOP program", "residential care").
func betweenLevels(lower string, from, to int) string {
	between := strings.TrimSpace(lower[from:to])
	for _, w := range []string{"programs", "program", "care", "treatment"} {
		between = strings.TrimSpace(strings.TrimPrefix(between, w))
	}
	return between
}

// thenTo is the level named next after mention j with "and then to"
// ("… step down to an IOP and then to a PHP"), nil
// when there is none.
func thenTo(s *sentence, j int) *mention {
	if j+1 >= len(s.mentions) {
		return nil
	}
	c := &s.mentions[j+1]
	if !programSubject(c.subject) || c.subject == Detox {
		return nil
	}
	between := strings.TrimSpace(strings.TrimLeft(betweenLevels(s.lower, s.mentions[j].end, c.start), ","))
	for _, p := range []string{"and then to", "then to", "and then into", "then into", "and later to", "and finally to"} {
		if rest, ok := strings.CutPrefix(between, p); ok {
			switch strings.TrimSpace(rest) {
			case "", "an", "a", "our", "the":
				return c
			}
		}
	}
	return nil
}

// sequence reads levels listed in order of intensity: "outpatient
// services sit at the bottom, followed by partial hospitalization, then
// intensive outpatient, with residential care at the top" ranks each level
// above the one listed before it ("from most to least intensive: …" the
// other way).
func (st *state) sequence(s *sentence, out []Ranking) []Ranking {
	down := false
	if m := intensityOrder.FindStringSubmatch(s.lower); m != nil {
		down = m[1] == "most"
	}
	var seq []*mention
	for i := range s.mentions {
		m := &s.mentions[i]
		if !programSubject(m.subject) || m.subject == Detox || levelRank[m.subject] == 0 {
			continue
		}
		if len(seq) > 0 && seq[len(seq)-1].subject == m.subject {
			continue
		}
		seq = append(seq, m)
	}
	for i := 0; i+1 < len(seq); i++ {
		lo, hi := seq[i], seq[i+1]
		if down {
			lo, hi = hi, lo
		}
		a, b := seq[i], seq[i+1]
		r := Ranking{Above: hi.subject, Below: lo.subject}
		out = append(out, st.located(s, r, a.start, b.end))
	}
	return out
}

// intensityOrder announces levels listed by intensity: "from least to most
// intensive", "from the most intensive to the least"; group 1 is where
// the list starts.
var intensityOrder = prefilter.MustCompile(`\bfrom\s+(?:the\s+)?(least|most)\s+(?:intensive|intense|structured)?\s*(?:to\s+(?:the\s+)?(?:least|most)\s+)?(?:intensive|intense|structured)\b`)

// located gives r the words [from, to) of s as its text and their place.
func (st *state) located(s *sentence, r Ranking, from, to int) Ranking {
	sp := s.block.SourceSpan(s.off+from, s.off+to)
	r.Text = strings.Clone(s.text[from:to])
	r.File, r.Pos, r.Block = st.doc.ID, st.doc.Position(sp.Start), s.bi
	return r
}

// mythLabel reports a sentence labelled as a belief to correct: "Myth:
// …", "Misconception: …".
func mythLabel(lower string) bool {
	t := strings.TrimLeft(lower, " *•-#")
	for _, p := range []string{"myth:", "myth #", "misconception:", "common myth:", "common misconception:", "false:"} {
		if strings.HasPrefix(t, p) {
			return true
		}
	}
	return false
}

// clauseBreak reports words that end a clause: a comma or semicolon
// before "and", "but", "while" or "so", or a semicolon.
func clauseBreak(between string) bool {
	if strings.Contains(between, ";") {
		return true
	}
	for _, c := range []string{", and ", ", but ", ", while ", ", so ", ", whereas "} {
		if strings.Contains(between, c) {
			return true
		}
	}
	return false
}

// askedWhether reports a "whether" opening the clause a comparison ends:
// "Some people ask whether IOP is …" (not "Whether you work or study,
// IOP is …").
func askedWhether(pre string) bool {
	k := lastIndex(pre, "whether")
	return k >= 0 && (k == 0 || !isWordByte(pre[k-1])) && !strings.ContainsAny(pre[k:], ",;:")
}
