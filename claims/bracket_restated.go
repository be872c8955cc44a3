package claims

import (
	"math"
	"strings"
)

// dropBracketRestated drops a figure restated in brackets right after a
// claim of its kind and subject, one of the claim's ends again, when the
// copy has lost the claim's bound or rounds it another way:
// "our shortest stay is 3 weeks (21 days)" is at least 21 days, and the
// bracket's "21 days" read on its own was an exact stay beside it. (A
// copy that says the same, "four days a week (Monday to Thursday)",
// is kept: the page does state it twice, and labels count both.)
func dropBracketRestated(s *sentence, out []Claim, from int) []Claim {
	if len(out)-from < 2 || !strings.Contains(s.text, "(") {
		return out
	}
	keep := out[:from+1]
	for i := from + 1; i < len(out); i++ {
		if a := &keep[len(keep)-1]; !sameFigure(a, &out[i]) && restatesBound(a, &out[i]) && restatedInBracket(s.text, a, &out[i]) {
			continue
		}
		keep = append(keep, out[i])
	}
	return keep
}

// sameFigure reports two claims of the same range.
func sameFigure(a, b *Claim) bool {
	eq := func(x, y *float64) bool { return x == nil && y == nil || x != nil && y != nil && *x == *y }
	return eq(a.Min, b.Min) && eq(a.Max, b.Max)
}

// restatesBound reports b a single figure that one of a's ends gives
// again, in another unit perhaps ("90 days (12 weeks)" is 90 and 84
// days): not the span around an average, "about 12 months (6-24
// months)", which is a claim of its own.
func restatesBound(a, b *Claim) bool {
	if b.Min == nil || b.Max == nil || *b.Min != *b.Max {
		return false
	}
	v := *b.Min
	// ("two weeks (10 business days)": five working days make a week.)
	w := v
	if lt := lowerASCII(b.Text); strings.Contains(lt, "business day") || strings.Contains(lt, "working day") {
		w = v * 7 / 5
	}
	for _, x := range []*float64{a.Min, a.Max} {
		if x != nil && (math.Abs(*x-v) <= 0.1*max(*x, v) || math.Abs(*x-w) <= 0.1*max(*x, w)) {
			return true
		}
	}
	return false
}

// restatedInBracket reports b set in brackets right after a, of a's kind
// and subject, the bracket closing right after it.
func restatedInBracket(text string, a, b *Claim) bool {
	if a.Kind != b.Kind || a.Subject != b.Subject || a.Value != nil || b.Value != nil {
		return false
	}
	i := strings.Index(text, a.Text)
	if i < 0 {
		return false
	}
	rest := text[i+len(a.Text):]
	j := strings.Index(rest, b.Text)
	if j < 0 || strings.TrimSpace(rest[:j]) != "(" {
		return false
	}
	return strings.HasPrefix(strings.TrimLeft(rest[j+len(b.Text):], " "), ")")
}
