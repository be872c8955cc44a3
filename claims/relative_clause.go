package claims

import (
	"slices"
	"strings"

	"github.com/factlint/factlint/internal/prefilter"
)

// relativeToFigure gives a claim in a relative clause ("…, which typically
// means one or two hours a week") the subject of the claim its antecedent
// holds: "a step up from weekly counseling, which …" speaks of the weekly
// counseling, whatever the sentence's subject. The antecedent is the noun
// phrase right before the clause: at most three words may stand between
// that claim and ", which".
func relativeToFigure(s *sentence, out []Claim, from int) []Claim {
	if len(out) == from || !strings.Contains(s.lower, ", which ") {
		return out
	}
	// ("Residential programs differ from acute inpatient care, which is
	// kept for crisis stays, lasting two to six days": a program named
	// right before the clause, even one set apart, is what the clause
	// times, when no claim and no program come between.)
	for i := from; i < len(out); i++ {
		at, k, ok := inWhichClause(s, &out[i])
		if !ok {
			continue
		}
		if seg := s.lower[k+len(", which ") : at]; strings.Contains(seg, ";") || !relativeClauseTimes(seg) {
			continue
		}
		if m := antecedentNamed(s, k); m != nil && !programBefore(s, k, at) && (i == from || strings.Index(s.text, out[i-1].Text) < m.start) {
			out[i].Subject = m.subject
			// ("Some of our clients come to us from Lakeview
			// Hospital's day program, which runs four days a week":
			// another's program, whoever's page names it.)
			if out[i].Variant == "" && othersProgramAt(s, m.start) {
				out[i].Scope, out[i].Variant = General, "elsewhere"
			}
		}
	}
	for i := from + 1; i < len(out); i++ {
		// ("…, which lines up with a school quarter, and a parent joins
		// a group once a week": the clause has ended.)
		at, k, ok := inWhichClause(s, &out[i])
		if !ok {
			continue
		}
		if strings.ContainsAny(s.lower[k+len(", which "):at], ",;") {
			continue
		}
		// ("IOP clients may live in our sober home, which has 24-hour
		// staff": the clause is the house's, not the claim's before it.)
		if out[i].Subject == Other && residenceOfClause(s, at, at+len(out[i].Text)) {
			continue
		}
		// ("a detox lasting 7 days, which is followed by a four-week
		// residential programme": a length before the program it
		// describes is that program's.)
		if end := at + len(out[i].Text); namesProgramAt(s, end) {
			// ("…, which is much shorter than 30-day residential
			// programs": a figure held up beside the antecedent's is
			// neither's.)
			if clause := s.lower[k:end]; hasWord(clause, comparedInClause...) || strings.Contains(clause, "same as") || elsewhereAfter(s.lower, end) {
				out = slices.Delete(out, i, i+1)
				i--
			}
			continue
		}
		for j := i - 1; j >= from; j-- {
			p := strings.Index(s.text, out[j].Text)
			if p < 0 || p+len(out[j].Text) > k {
				continue
			}
			if len(strings.Fields(s.lower[p+len(out[j].Text):k])) <= 3 && out[j].Subject != out[i].Subject {
				out[i].Subject = out[j].Subject
			}
			break
		}
	}
	return out
}

// namesProgramAt reports a program named right at i, past spaces: "…
// four-week| residential programme".
func namesProgramAt(s *sentence, i int) bool {
	for i < len(s.lower) && s.lower[i] == ' ' {
		i++
	}
	for _, m := range s.mentions {
		if m.start == i && programSubject(m.subject) && !m.weak {
			return true
		}
	}
	return false
}

// comparedInClause in a relative clause hold another program up beside
// the antecedent's ("…, which matches the 8-week PHP most hospitals
// offer", "…, which is shorter than 30-day residential programs"): the
// figure there is no program's own. ("like" is left out: "a program
// that feels like home".)
var comparedInClause = []string{"than", "matches", "match", "mirrors", "similar", "unlike", "compared", "versus", "vs", "elsewhere", "other", "others"}

// elsewhereAfter reports "elsewhere" or others in the rest of the clause
// from i: "… a 30-day residential stay elsewhere", "… a 30-day
// residential program offered by other providers".
func elsewhereAfter(lower string, i int) bool {
	rest := lower[i:]
	if k := strings.IndexAny(rest, ",;."); k >= 0 {
		rest = rest[:k]
	}
	return hasWord(rest, "elsewhere") || otherProviders.MatchString(rest)
}

// otherProviders are the places a program "offered by other providers"
// runs: not "led by other people in recovery".
var otherProviders = prefilter.MustCompile(`\b(?:by|at|from|with)\s+other\s+(?:providers|centers|centres|facilities|programs|programmes|clinics|rehabs|hospitals)\b`)

// antecedentNamed is the program named right before ", which" at k, at
// most two words of care after its name ("acute inpatient care").
func antecedentNamed(s *sentence, k int) *mention {
	for i := len(s.mentions) - 1; i >= 0; i-- {
		m := &s.mentions[i]
		if m.end > k {
			continue
		}
		if rest := strings.Fields(s.lower[m.end:k]); len(rest) <= 2 && careNounsOnly(s.lower[m.end:k]) && !m.weak {
			return m
		}
		return nil
	}
	return nil
}

// inWhichClause finds c in its sentence (at) and the ", which" before it
// (k).
func inWhichClause(s *sentence, c *Claim) (at, k int, ok bool) {
	at = strings.Index(s.text, c.Text)
	if at < 0 {
		return 0, 0, false
	}
	k = lastIndex(s.lower[:at], ", which ")
	return at, k, k >= 0
}

// relativeClauseTimes reports a relative clause, up to a figure, that is one
// clause or goes on after a comma with a participle of lasting: "is kept
// for crisis stays, lasting about".
func relativeClauseTimes(seg string) bool {
	c := strings.LastIndexByte(seg, ',')
	if c < 0 {
		return true
	}
	if strings.Count(seg, ",") > 1 {
		return false
	}
	w := strings.Fields(seg[c+1:])
	if len(w) > 0 && (w[0] == "typically" || w[0] == "usually" || w[0] == "often" || w[0] == "generally") {
		w = w[1:]
	}
	return len(w) > 0 && (w[0] == "lasting" || w[0] == "running" || w[0] == "spanning")
}
