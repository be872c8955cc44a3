package prefilter

import (
	"regexp"
	"slices"
	"testing"
)

// FuzzNeverRulesOutAMatch builds any expression regexp accepts and runs
// it on any text: the filtered answer must be the plain one.
//
//	go test -fuzz=FuzzNeverRulesOutAMatch -fuzztime=60s ./internal/prefilter/
func FuzzNeverRulesOutAMatch(f *testing.F) {
	f.Add(`\b(?:is|are)n['’]t\s+(?:right|suitable)`, "it isn’t suitable")
	f.Add(`(?i)[Tt]he\s+(?:evening|day)s?\b`, "THE DAYS")
	f.Add(`x{2,3}y?|\bdaily`, "a daily xx")
	f.Add(`(?:a\s+)?week(?:ly|s)?`, "two weeks")
	f.Add(`[^a-z]+(?:\d+|one)`, "\xff one")
	f.Fuzz(func(t *testing.T, expr, text string) {
		plain, err := regexp.Compile(expr)
		if err != nil {
			return
		}
		re := MustCompile(expr)
		if got, want := re.FindStringSubmatchIndex(text), plain.FindStringSubmatchIndex(text); !slices.Equal(got, want) {
			t.Fatalf("%q on %q: %v, want %v (literals %q)", expr, text, got, want, re.Literals())
		}
	})
}
