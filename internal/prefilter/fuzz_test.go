package prefilter

import (
	"regexp"
	"slices"
	"testing"
)

// FuzzNeverRulesOutAMatch builds any expression regexp accepts and runs
// it on any text: the filtered answer, and the answer of an expression
// tried only at its start literals, must be the plain one.
//
//	go test -fuzz=FuzzNeverRulesOutAMatch -fuzztime=60s ./internal/prefilter/
func FuzzNeverRulesOutAMatch(f *testing.F) {
	f.Add(`\b(?:is|are)n['’]t\s+(?:right|suitable)`, "it isn’t suitable")
	f.Add(`(?i)[Tt]he\s+(?:evening|day)s?\b`, "THE DAYS")
	f.Add(`x{2,3}y?|\bdaily`, "a daily xx")
	f.Add(`(?:a\s+)?week(?:ly|s)?`, "two weeks")
	f.Add(`[^a-z]+(?:\d+|one)`, "\xff one")
	f.Add(`\b(?:every|all)\s+(?:one\s+)?(clinic|site)`, "small site, all one clinic")
	f.Add(`(?:^|\bat\s+)(?:[Oo]ur|[Tt]he)\s+(\w+)`, "é\xe2The clinic")
	f.Add(`^\s*(?:people|clients)\s+who`, " \t clients who")
	f.Add(`^[\s,]*(?:our|the)\b`, ", our")
	f.Fuzz(func(t *testing.T, expr, text string) {
		plain, err := regexp.Compile(expr)
		if err != nil {
			return
		}
		re := MustCompile(expr)
		if got, want := re.FindStringSubmatchIndex(text), plain.FindStringSubmatchIndex(text); !slices.Equal(got, want) {
			t.Fatalf("%q on %q: %v, want %v (literals %q, starts %q)", expr, text, got, want, re.Literals(), re.startLits())
		}
		if got, want := re.FindStringIndex(text), plain.FindStringIndex(text); !slices.Equal(got, want) {
			t.Fatalf("%q on %q: index %v, want %v (starts %q)", expr, text, got, want, re.startLits())
		}
		if got, want := re.MatchString(text), plain.MatchString(text); got != want {
			t.Fatalf("%q on %q: match %v, want %v (starts %q)", expr, text, got, want, re.startLits())
		}
	})
}
