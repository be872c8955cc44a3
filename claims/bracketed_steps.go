package claims

import "strings"

// bracketedSteps reads a sentence that lists the steps of a timeline,
// each with its length in brackets: "The timeline includes: first
// evaluation and planning (2-3 months), an approved residential or
// outpatient program (2-10 months), a monitoring phase with regular
// testing (24-48 months)". A step that names a program is that
// program's length; one that names none ("a monitoring phase") is a
// phase of the whole, no program's, however the sentence or the page
// goes on about programs.
func bracketedSteps(s *sentence, cs []Claim) {
	type step struct {
		c    *Claim
		from int // where the step's words start
		at   int // the opening bracket
	}
	var steps []step
	for i := range cs {
		c := &cs[i]
		if c.Kind != ProgramLength {
			continue
		}
		at := strings.Index(s.text, c.Text)
		if at <= 0 || s.text[at-1] != '(' || at+len(c.Text) >= len(s.text) || s.text[at+len(c.Text)] != ')' {
			continue
		}
		from := 0
		for _, sep := range [...]string{", ", ": ", "; "} {
			if k := strings.LastIndex(s.text[:at-1], sep); k >= 0 && k+len(sep) > from {
				from = k + len(sep)
			}
		}
		steps = append(steps, step{c, from, at - 1})
	}
	if len(steps) < 2 {
		return
	}
	for _, st := range steps {
		named := NoSubject
		for _, m := range s.mentions {
			if m.start >= st.from && m.end <= st.at && programSubject(m.subject) && !m.contrast {
				named = m.subject
				break
			}
		}
		if named != NoSubject {
			continue
		}
		st.c.Subject = Other
		if st.c.Variant == "" {
			st.c.Variant = "phase"
		}
		s.stepped = true
	}
}

// oneOfEach drops a sentence's claim that repeats one before it: the
// copies a step coordinated with programs gave each ("residential or
// outpatient treatment (2-10 months), a monitoring phase (24-48
// months)") are one phase once bracketedSteps has read the phase.
func oneOfEach(cs []Claim) []Claim {
	if len(cs) < 2 {
		return cs
	}
	out := cs[:1]
	for i := 1; i < len(cs); i++ {
		c := &cs[i]
		seen := false
		for j := range out {
			if o := &out[j]; o.Span == c.Span && o.Kind == c.Kind && o.Subject == c.Subject && o.Variant == c.Variant {
				seen = true
				break
			}
		}
		if !seen {
			out = append(out, *c)
		}
	}
	return out
}
