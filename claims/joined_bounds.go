package claims

import (
	"regexp"
	"strings"
)

// joinBounds makes one range of a floor and a ceiling a sentence gives
// apart: "Our IOP lasts a minimum of 6 weeks and can run up to 12 weeks"
// is a program of 6 to 12 weeks, as "at least 6 but no more than 12
// weeks" is (which the quantity grammar joins itself). Two bounds
// of one kind and subject join when the floor comes first and is no
// higher, nothing but a few words lie between them (no clause break, no
// other figure of the kind, no group of people the second is said of),
// and each is a bound of the same unit.
func joinBounds(s *sentence, out []Claim, from int) []Claim {
	for i := from; i+1 < len(out); i++ {
		lo, hi := &out[i], &out[i+1]
		if lo.Kind != hi.Kind || lo.Subject != hi.Subject || lo.Qualifier != AtLeast || hi.Qualifier != UpTo ||
			lo.Min == nil || lo.Max != nil || hi.Max == nil || hi.Min != nil || lo.OpenEnded || hi.OpenEnded ||
			*lo.Min > *hi.Max || lo.WrittenUnit != hi.WrittenUnit || lo.Polarity != Asserted || hi.Polarity != Asserted ||
			lo.Variant != hi.Variant || lo.Population != hi.Population {
			continue
		}
		a, b, ok := figuresAt(s, lo, hi)
		if !ok || !boundsJoinedBy(s.lower[a+len(lo.Text):b]) {
			continue
		}
		lo.Max, lo.Qualifier = hi.Max, Exact
		lo.Span.End = hi.Span.End
		lo.Text = lo.Sentence[a : b+len(hi.Text)]
		out = append(out[:i+1], out[i+2:]...)
	}
	return out
}

// figuresAt is where the words of a and, after them, of b stand in s.
func figuresAt(s *sentence, a, b *Claim) (at, bt int, ok bool) {
	at = strings.Index(s.text, a.Text)
	if at < 0 {
		return 0, 0, false
	}
	bt = strings.Index(s.text[at+len(a.Text):], b.Text)
	if bt < 0 {
		return 0, 0, false
	}
	return at, bt + at + len(a.Text), true
}

// boundsJoinedBy reports the words between a floor and a ceiling as
// joining them: a short stretch with no clause break, no people named
// apart and no payer ("at least 6 weeks for adults and up to 12 for
// teens" gives two groups' figures).
func boundsJoinedBy(between string) bool {
	if strings.ContainsAny(between, ";:.()") || wordCount(between) > 14 {
		return false
	}
	// ("at least 5 days a week but may in some cases go up to 7": a
	// hedge on the ceiling, not some people's.)
	between = someCases.ReplaceAllString(between, " ")
	return !hasWord(between, "adults", "adult", "teens", "teen", "adolescents", "adolescent", "youth", "children", "kids", "women", "men", "seniors",
		"others", "some", "patients", "clients", "people", "individuals", "those", "anyone", "anybody", "someone", "was", "were", "had", "if", "when", "depending",
		// ("at least 9 hours a week, and Medicaid pays for up to 19":
		// the ceiling is what a payer covers.)
		"insurance", "insurer", "insurers", "medicaid", "medicare", "pays", "pay", "covers", "cover", "coverage", "plan", "plans")
}

var someCases = regexp.MustCompile(`\b(?:in\s+)?some\s+(?:cases|instances|situations|circumstances)\b`)

// comparedBound gives a floor or ceiling to the figure set beside it for
// another group: "ASAM puts the floor for adolescent IOP at 6 hours per
// week, compared with 9 hours per week for adults" names two floors, one
// a group. The second must follow "compared with", "compared to",
// "versus" or "against" right after the first's clause, be of the same
// kind and unit, and state an exact figure of its own.
func comparedBound(s *sentence, out []Claim, from int) {
	for i := from; i+1 < len(out); i++ {
		first, next := &out[i], &out[i+1]
		if first.Kind != next.Kind || first.Qualifier != AtLeast && first.Qualifier != UpTo || next.Qualifier != Exact ||
			first.WrittenUnit != next.WrittenUnit || next.Min == nil || next.Max == nil || *next.Min != *next.Max {
			continue
		}
		a, b, ok := figuresAt(s, first, next)
		if !ok {
			continue
		}
		between := strings.TrimSpace(s.lower[a+len(first.Text) : b])
		between = strings.TrimSpace(strings.TrimPrefix(between, ","))
		switch between {
		case "compared with", "compared to", "versus", "vs.", "vs", "against", "as against":
		default:
			continue
		}
		if first.Qualifier == AtLeast {
			next.Qualifier, next.Max = AtLeast, nil
		} else {
			next.Qualifier, next.Min = UpTo, nil
		}
	}
}
