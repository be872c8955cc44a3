package prefilter

import (
	"regexp"
	"slices"
	"strings"
	"testing"
)

func TestLiterals(t *testing.T) {
	for _, tc := range []struct {
		expr string
		want [][]string // nil: every text runs the expression
	}{
		{`unstaffed`, sets("unstaffed")},
		{`\bis\s+not\b`, sets("not", "is")},
		{`n['’]t\s+staffed`, sets("staffed", "n't n’t")},
		{`(?:is|are)n['’]t`, sets("aren't aren’t isn't isn’t")},
		{`\b(?:needs?|requires?)\s+$`, sets("need require")},
		{`\b(?:off duty|on (?:their|his|her) own)\b`, [][]string{{"off duty", "on her own", "on his own", "on their own"}}},
		{`(?:\d+)\s*(?:days?|weeks?)`, sets("day week")},
		{`week(?:ly|s)?`, sets("week")},
		{`(?:a\s+)?week`, sets("week")},
		{`(?:evening|night)s?|\bweekend`, sets("evening night weekend")},
		{`x{2,3}`, sets("xx")},
		{`(?:(?:a|b)?)?x`, sets("x")},
		{`\b[Tt]he\s+[A-Z]\w+\s+(?:evening|morning)\s+track`, sets("evening morning", "track", "The the")},
		{`\b(\d{1,2}):(\d{2})\s*(?:-|to)\s*(\d{1,2}):(\d{2})`, sets(":", "- to")},
		{`\s+(?:a|per)\s+`, sets("a per")},
		{`(?i)iop`, sets("IOP IOp IoP Iop iOP iOp ioP iop")},
		{`\d+\s*hours?|\bdaily`, sets("daily hour")},
		// No literal every match holds.
		{`\d+|\bdaily`, nil},
		{`(?i)detoxification`, nil},
		{`(?:detox)?`, nil},
		{`.*`, nil},
		{`\b\w+\b`, nil},
	} {
		got := MustCompile(tc.expr).Literals()
		if !slices.EqualFunc(got, tc.want, slices.Equal) {
			t.Errorf("%s: literals %q, want %q", tc.expr, got, tc.want)
		}
	}
}

// sets reads each argument as one set, its literals split at spaces.
func sets(clauses ...string) [][]string {
	var out [][]string
	for _, c := range clauses {
		out = append(out, strings.Fields(c))
	}
	return out
}

// TestNeverRulesOutAMatch runs expressions of the shapes the extractor
// writes on texts built from their own words and others, with checking
// on: a text the literals rule out that the expression matches panics.
func TestNeverRulesOutAMatch(t *testing.T) {
	Verify(true)
	defer Verify(false)
	exprs := []string{
		`\b(?:is|are)(?:\s+not|n't|n’t)\s+(?:the\s+right|a\s+good)\s+(?:fit\s+)?for\s+(?:someone|people)\s+(?:who|that)\s+(?:needs?|requires?)\s+$`,
		`\b(?:no|not\s+any)\s+(?:staff|counselors?)\s+(?:stay|remain)s?\s+(?:on\s+site\s+)?overnight`,
		`(?:^|[^a-z])(?:evening|night)s?\b|\bweekend`,
		`\b(\d+)(?:\s*-\s*|\s+to\s+)(\d+)\s+(?:hours?|hrs?)\b`,
		`^\s*(?:the|our)?\s*(?:iop|php)\s*[:|]`,
		`(?:week(?:ly|s)?|per\s+week)?$`,
		`\bday(?:s)?\s+(?:a|per|each)\s+week\b|\bweekly\b`,
		`[’']s\s+(?:own|program)`,
		`\bn[’']t\b`,
	}
	words := []string{"is", "are", "isn't", "not", "the right", "a good", "fit", "for", "someone", "people", "who",
		"needs", "requires", "no", "staff", "counselors", "stays", "remain", "on site", "overnight", "evening",
		"nights", "weekend", "3", "-", "to", "12", "hours", "hrs", "the", "our", "iop", "php", ":", "|", "weekly",
		"per week", "days", "a", "each", "week", "’s", "'s", "own", "program", "n’t", "n't", " ", "x", "\xff"}
	seed := uint64(1)
	next := func(n int) int {
		seed = seed*6364136223846793005 + 1442695040888963407
		return int(seed>>33) % n
	}
	compiled := make([]*Regexp, len(exprs))
	plain := make([]*regexp.Regexp, len(exprs))
	for i, e := range exprs {
		compiled[i], plain[i] = MustCompile(e), regexp.MustCompile(e)
	}
	for range 20000 {
		var b strings.Builder
		for range 1 + next(14) {
			b.WriteString(words[next(len(words))])
			if next(3) > 0 {
				b.WriteByte(' ')
			}
		}
		text := b.String()
		for i, re := range compiled {
			want := plain[i].FindStringIndex(text)
			if got := re.FindStringIndex(text); !slices.Equal(got, want) {
				t.Fatalf("%s on %q: %v, want %v", exprs[i], text, got, want)
			}
		}
	}
}
