package claims

import (
	"slices"
	"strings"

	"github.com/factlint/factlint/internal/prefilter"
)

// deniesOwnDetox reports a claim, in the provider's own words, that the
// provider does not offer detox, on a page that offers none. ("We do not
// offer outpatient detox" on a page of an inpatient detox unit denies
// one kind of it; so does a page that offers detox at one place and not
// at another.)
func deniesOwnDetox(cs []Claim) bool {
	denied := false
	for i := range cs {
		c := &cs[i]
		if c.Kind != DetoxOffered || c.Value == nil {
			continue
		}
		if *c.Value {
			return false
		}
		if l := lowerASCII(c.Sentence); c.Subject == Detox && c.Variant == "" && c.Force == Typical && firstPerson(l) && !qualifiedDetoxDenial(l) {
			denied = true
		}
	}
	return denied
}

// qualifiedDetoxDenial reports a denial of one kind of detox: "We don't
// offer detox in people's homes", "… for teens".
func qualifiedDetoxDenial(l string) bool {
	k := strings.Index(l, "detox")
	if k < 0 {
		return false
	}
	// ("We'll refer you to a hospital-based detox instead" on a page of
	// outpatient detox: another setting's.)
	switch wordBefore(l, k) {
	case "hospital-based", "hospital", "inpatient", "residential", "in-hospital":
		return true
	case "for":
		// ("We'll refer you to a hospital for detox".)
		if strings.HasSuffix(strings.TrimRight(l[:k], " "), "hospital for") {
			return true
		}
	}
	k += len("detox")
	for k < len(l) && isWordByte(l[k]) {
		k++
	}
	return qualifiedAfter(l[k:])
}

// deniedPrograms returns the programs a sentence says its provider does
// not run: "We do not offer detox or residential care", "we have no
// residential beds". Only programs named right after the denial, or
// coordinated with one that is, are denied: "We do not offer outpatient
// or at-home detox" denies a kind of detox, not detox.
func deniedPrograms(s *sentence) []Subject {
	var out []Subject
	for i, denied := range deniedMentions(s.lower, s.mentions) {
		if denied && !slices.Contains(out, s.mentions[i].subject) {
			out = append(out, s.mentions[i].subject)
		}
	}
	return out
}

// deniedMentions reports, mention by mention, the programs lower says its
// provider does not run (see deniedPrograms); nil when it denies none.
func deniedMentions(lower string, ms []mention) []bool {
	if !strings.Contains(lower, "not") && !strings.Contains(lower, "n't") && !strings.Contains(lower, "n’t") && !strings.Contains(lower, "no ") {
		return nil
	}
	var out []bool
	prevEnd := -1
	for i, m := range ms {
		if !programSubject(m.subject) {
			continue
		}
		lo, _ := clauseBounds(lower, m.start, m.end)
		denied := denialBefore.MatchString(lower[lo:m.start]) || programDeniedAfter.MatchString(lower[m.end:]) ||
			prevEnd >= 0 && prevEnd <= m.start && deniedAlongside.MatchString(lower[prevEnd:m.start])
		// ("We do not provide medical detox for benzodiazepines": a
		// part of the program denied, not the program.)
		if denied && qualifiedAfter(lower[m.end:]) {
			denied = false
		}
		if !denied {
			prevEnd = -1
			continue
		}
		prevEnd = m.end
		if out == nil {
			out = make([]bool, len(ms))
		}
		out[i] = true
	}
	return out
}

// qualifiedAfter reports a program's name followed by what narrows it:
// "detox for benzodiazepines", "detox in people's homes", "detox at home".
func qualifiedAfter(rest string) bool {
	switch wordAfter(rest, 0) {
	case "for", "to", "without", "during":
		return true
	}
	// ("detox at the Lodge", "detox on site" deny it all; "detox in
	// people's homes" one kind of it.)
	t := strings.TrimLeft(rest, " ")
	return strings.HasPrefix(t, "in people") || strings.HasPrefix(t, "in your home") || strings.HasPrefix(t, "in the home") ||
		strings.HasPrefix(t, "in homes") || strings.HasPrefix(t, "at home") || strings.HasPrefix(t, "in-home")
}

// denialBefore ends on a denial of what follows: "do not offer ", "we
// have no ". (Asked of the clause before every program mentioned, it
// reads the clause's last word first.)
var denialBefore = prefilter.MustCompile(`(?:\bnot|n't|n’t)\s+(?:currently\s+)?(?:offer|provide|run|have|operate)\s+(?:any\s+|an?\s+)?(?:medical(?:ly)?\s+(?:supervised\s+)?)?$|\bno\s+$`).
	EndsOnWord("offer", "provide", "run", "have", "operate", "any", "a", "an", "medical", "medically", "supervised", "no")

// programDeniedAfter denies a program named before it: "Detox is not offered
// here", "residential care isn't available at this site".
var programDeniedAfter = prefilter.MustCompile(`^\s+(?:(?:care|treatment|services?|programs?)\s+)?(?:is|are)(?:\s+not|n't|n’t)\s+(?:currently\s+)?(?:offered|available|provided)\b`)

// deniedAlongside joins a program to one denied before it: "detox or
// residential", "detox, PHP or".
var deniedAlongside = prefilter.MustCompile(`^\s*(?:care|treatment|programs?|services?)?\s*(?:,\s*(?:or\s+|and\s+)?|or\s+|and\s+)(?:medical\s+)?$`)

// onlyDenied reports that s names subj, and only as a program its
// provider does not run (see deniedPrograms).
func onlyDenied(s *sentence, subj Subject) bool {
	denied := deniedMentions(s.lower, s.mentions)
	n := 0
	for i, m := range s.mentions {
		if m.subject != subj {
			continue
		}
		if denied == nil || !denied[i] || settingNamed(s.lower, m) {
			return false
		}
		n++
	}
	return n > 0
}

// deniedKinds are the programs a page asks whether it is and answers
// no: "Is this an IOP? / No, it is a weekly group …". Whatever the
// page goes on to say of such programs, it says of them in general.
func (st *state) deniedKinds() []Subject {
	var out []Subject
	for bi, ms := range st.mentions {
		if len(ms) == 0 || bi+1 >= len(st.lower) || !strings.HasSuffix(strings.TrimSpace(st.lower[bi]), "?") {
			continue
		}
		if firstWord(st.lower[bi+1]) != "no" {
			continue
		}
		for _, m := range ms {
			open := st.lower[bi][:m.start]
			if k := strings.LastIndexAny(open, ".!?"); k >= 0 {
				open = open[k+1:]
			}
			if programSubject(m.subject) && askedKind(strings.TrimLeft(open, " ")) {
				out = append(out, m.subject)
			}
		}
	}
	return out
}

// settingNamed reports a detox mention that names one of its settings:
// "We don't offer outpatient detox" denies that setting, and says the
// provider runs the program another way.
func settingNamed(lower string, m mention) bool {
	if m.subject != Detox {
		return false
	}
	switch firstWord(lower[m.start:m.end]) {
	case "outpatient", "inpatient", "ambulatory", "residential", "medical", "social", "home", "hospital":
		return m.end-m.start > len(firstWord(lower[m.start:m.end]))
	}
	return false
}

// flatlyDenied is the program a sentence says, with nothing after it, the
// provider does not run: "we do not operate a residential unit.", "we
// don't offer PHP;" ("" when none is). A denial that goes on ("… in the
// evenings", "… to minors", "… at this clinic") leaves the program run.
// (Only a sentence with a denial and two programs can hold one; most
// sentences are asked.)
func flatlyDenied(s *sentence) Subject {
	if len(s.mentions) < 2 || !s.containsAny("not ", "n't", "n’t", "never ") {
		return NoSubject
	}
	for _, m := range s.mentions {
		if !programSubject(m.subject) || m.subject == Detox {
			continue
		}
		pre := strings.TrimRight(s.lower[:m.start], " ")
		for _, a := range []string{" a", " an", " any"} {
			pre = strings.TrimSuffix(pre, a)
		}
		verb := wordBefore(pre, len(pre))
		if !offeringVerbs[verb] {
			continue
		}
		pre = strings.TrimRight(pre[:len(pre)-len(verb)], " ")
		if !strings.HasSuffix(pre, " not") && !strings.HasSuffix(pre, "n't") && !strings.HasSuffix(pre, "n’t") && !strings.HasSuffix(pre, " never") {
			continue
		}
		rest := strings.TrimLeft(s.lower[m.end:], " ")
		for _, w := range []string{"unit", "program", "programs", "care", "treatment", "beds", "facility"} {
			rest = strings.TrimLeft(strings.TrimPrefix(rest, w), " ")
		}
		if rest == "" || rest[0] == '.' || rest[0] == ';' {
			return m.subject
		}
	}
	return NoSubject
}

// plainProgramBut is the first program other than d (and detox) the
// sentence names plainly, "" when none.
func plainProgramBut(s *sentence, d Subject) Subject {
	for _, m := range s.mentions {
		if programSubject(m.subject) && m.subject != d && m.subject != Detox && !m.contrast {
			return m.subject
		}
	}
	return NoSubject
}

// offeringVerbs run or offer a program.
var offeringVerbs = wordSet("operate", "offer", "run", "have", "provide")
