package claims

import (
	"strings"

	"github.com/factlint/factlint/claims/quantity"
	"github.com/factlint/factlint/corpus"
)

// ownAfterGeneral is the provider's program in view (the section's, else
// the page's) when s speaks as the provider, names no program, and the
// program it would carry from before was spoken of in general: "Many
// people start with an IOP, which lets them live at home. At Pinecrest
// you stay with us …" is about the page's residential program. "" when
// it does not apply.
func (st *state) ownAfterGeneral(s *sentence) Subject {
	// ("At Pinecrest, it meets three evenings a week", "the program
	// meets …", "we run it …": the sentence points back at the program.)
	// ("'They're with us nine hours a week,' said its director": a
	// speaker quoted after a program named in a news report speaks for
	// whoever runs it, not for the page's publisher.)
	if !s.provider || s.answers != "" || !st.lastGeneral || !programSubject(st.last) || namesProgram(s) || startsWithPronoun(s.lower) || st.quotedForLast(s) ||
		hasWord(s.lower, "it", "its", "it's", "this", "that", "these", "those", "same", "such", "program", "programs", "group", "groups", "track", "option") {
		return NoSubject
	}
	own := st.sectionOr(st.topic)
	if !programSubject(own) || own == st.last {
		return NoSubject
	}
	// ("At Stonebridge you can keep your job while attending three
	// evenings a week" on a residential page after a general IOP
	// sentence: what it says fits the program spoken of, not a stay.)
	if stays, day := own == Residential || own == Detox, dayProgram(st.last); stays && day && hasWord(s.lower, dayProgramWords...) ||
		dayProgram(own) && (st.last == Residential || st.last == Detox) && hasWord(s.lower, stayWords...) {
		return NoSubject
	}
	return own
}

// quotedForLast reports words set in quotation marks and said by someone
// who speaks for the program named last: "'…,' said the director",
// "'…,' director Ana Ruiz said". A speaker whose organisation the
// attribution names ("the Pine Valley director said") speaks for it, and
// for the program last named only when the paragraph before named it
// too.
func (st *state) quotedForLast(s *sentence) bool {
	for _, q := range []string{"\" ", "\u201d "} {
		k := strings.Index(s.text, q)
		if k <= 0 || !strings.ContainsAny(s.text[:k], "\"\u201c") {
			continue
		}
		org, ok := quoteAttribution(s.text[k+len(q):])
		if !ok {
			continue
		}
		if org == "" {
			return true
		}
		return s.bi > 0 && strings.Contains(s.doc.Blocks[s.bi-1].Text, org)
	}
	return false
}

// quoteAttribution reads the words after a closing quotation mark for a verb
// of saying within five words ("said the director", "she added",
// "director Ana Ruiz said") and the organisation named before a role
// noun among them ("the Pine Valley director said": "Pine Valley").
func quoteAttribution(rest string) (org string, ok bool) {
	words := strings.Fields(rest)
	for i := 0; i < len(words) && i < 6; i++ {
		w := strings.Trim(words[i], ".,")
		switch w {
		case "said", "says", "added", "explained", "noted":
			ok = true
		case "director", "manager", "spokesperson", "spokesman", "spokeswoman", "founder", "officer", "president", "administrator", "coordinator":
			var name []string
			for j := i - 1; j >= 0 && j >= i-3; j-- {
				c := strings.Trim(words[j], ".,")
				if c == "" || c[0] < 'A' || c[0] > 'Z' || c == "The" {
					break
				}
				name = append([]string{strings.TrimSuffix(strings.TrimSuffix(c, "'s"), "’s")}, name...)
			}
			if len(name) > 0 {
				org = strings.Join(name, " ")
			}
		}
	}
	return org, ok
}

// dayProgramWords and stayWords say what fits a day program and a stay.
var (
	dayProgramWords = []string{"evening", "evenings", "night", "nights", "week", "weekly", "job", "jobs", "work", "working", "school", "afternoon", "afternoons", "morning", "mornings"}
	stayWords       = []string{"live", "lives", "living", "stay", "stays", "overnight", "campus", "residence", "bed", "beds", "room", "rooms"}
)

// underNamedHeading reports a sentence whose own heading names a subject
// ("Sober housing" over "Most residents stay 6 to 12 months").
func (st *state) underNamedHeading(s *sentence) bool {
	hs := s.block.Headings
	return len(hs) > 0 && st.headingSubject(hs[len(hs)-1]) != NoSubject
}

// headingProgram is the program the heading over s names, "" when it
// names none: on a sober house's page that sets residential treatment
// beside its homes ("Residential treatment" over "- Stays are usually 30
// to 90 days"), the section's figures are the program's, not the house's.
func (st *state) headingProgram(s *sentence) Subject {
	hs := s.block.Headings
	if len(hs) == 0 {
		return NoSubject
	}
	if subj := st.headingSubject(hs[len(hs)-1]); programSubject(subj) {
		return subj
	}
	return NoSubject
}

// sectionOr is the program the section's heading names, when it is a day
// program, else subj.
func (st *state) sectionOr(subj Subject) Subject {
	if dayProgram(st.section) {
		return st.section
	}
	return subj
}

// dayProgram reports a program whose clients go home every day: no stay
// of its own.
func dayProgram(subj Subject) bool { return subj == IOP || subj == PHP || subj == OP }

// detoxDays reports a stay of ten days at most, in words at [start,
// end), on a page or under a heading about detox.
func (st *state) detoxDays(s *sentence, start, end int) bool {
	if st.topic != Detox && !(len(s.block.Headings) > 0 && hasWord(lowerASCII(s.block.Headings[len(s.block.Headings)-1]), "detox", "withdrawal")) {
		return false
	}
	q := s.quantityAt(start)
	return q != nil && shortStay(q)
}

// shortStay reports a stay of ten days at most: a detox's, not a
// residential program's.
func shortStay(q *quantity.Quantity) bool {
	return q.Unit == quantity.Day && q.HasMax && q.Max <= 10
}

// labelNamed reports a fact line at block bi whose label names a program:
// "Detox length: usually 5 to 7 days".
func (st *state) labelNamed(bi int) bool {
	b := &st.doc.Blocks[bi]
	if b.Kind != corpus.BlockParagraph && b.Kind != corpus.BlockListItem {
		return false
	}
	label, e := labelSplit(b.Text)
	if e <= 0 || len(b.Sentences) != 1 {
		return false
	}
	for _, m := range st.x.terms.find(label, lowerASCII(label)) {
		if programSubject(m.subject) {
			return true
		}
	}
	return false
}

// headedByProgram reports a sentence in the first block under a heading
// that names the section's program ("Recovery IOP").
func (st *state) headedByProgram(s *sentence) bool {
	if s.bi == 0 {
		return false
	}
	if k := s.doc.Blocks[s.bi-1].Kind; k != corpus.BlockHeading && k != corpus.BlockTitle {
		return false
	}
	for _, m := range st.mentions[s.bi-1] {
		if m.subject == st.section && !m.weak {
			return true
		}
	}
	return false
}
