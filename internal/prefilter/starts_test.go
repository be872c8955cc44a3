package prefilter

import (
	"fmt"
	"regexp"
	"regexp/syntax"
	"slices"
	"strings"
	"testing"
)

func TestStartLiterals(t *testing.T) {
	for _, tc := range []struct {
		expr string
		want []string // nil: the expression runs over the whole text
	}{
		{`\b(?:every|all|each)\s+clinic`, []string{"all", "each", "every"}},
		{`\b(?:every|all)\s+clinic|\bsame\s+hours`, []string{"all", "every", "same"}},
		// Parts known exactly are crossed until a literal is long
		// enough to search for.
		{`\b[Tt]he\s+track`, []string{"The\t", "The\n", "The\f", "The\r", "The ", "the\t", "the\n", "the\f", "the\r", "the "}},
		{`(?:\bnot|n['’]t)\s+offer`, []string{"n't", "not", "n’t"}},
		// A part that may match nothing: a match begins with it or
		// with what follows it.
		{`\b(?:our\s+)?(?:clinic|campus)`, []string{"campus", "clinic", "our"}},
		{`(?:very\s+)*staff`, []string{"staff", "very"}},
		// Only the literals too short to search for are crossed with
		// what follows.
		{`\b(?:rns?|nurses)\s+on\s+duty`, []string{"nurses", "rn\t", "rn\n", "rn\f", "rn\r", "rn ", "rns"}},
		// A literal that another begins is left out.
		{`\b(?:all|all\s+of)\s+us`, []string{"all"}},
		// Nothing to search for: anchored at the start, a class, a
		// literal prefix regexp uses itself, literals too short, a part
		// that may match nothing and then anything.
		{`^(?:every|each)\s+clinic`, nil},
		{`\b\d+\s+days`, nil},
		{`\b(?:is|at)\d+`, nil},
		{`(?:our\s+)?.*clinic`, nil},
		{`(?i)(?:programs|treatment)`, nil},
		// Too many literals to search for.
		{`\b(?:` + manyWords(maxStartSet+1) + `)\s+staff`, nil},
	} {
		parsed, err := syntax.Parse(tc.expr, syntax.Perl)
		if err != nil {
			t.Fatal(err)
		}
		if got := startLiterals(parsed); !slices.Equal(got, tc.want) {
			t.Errorf("startLiterals(%q) = %q, want %q", tc.expr, got, tc.want)
		}
	}
}

// An expression tried only where its start literals stand answers as
// regexp does: the leftmost match, and \b and ^ read the byte before the
// place as the whole text has it.
func TestTriedAtStarts(t *testing.T) {
	for _, tc := range []struct{ expr, text string }{
		{`\b(?:every|all|each)\s+(?:one\s+of\s+)?(?:our\s+)?(clinics?|sites?)`, "we call each one of our clinics and all sites"},
		{`\b(?:every|all|each)\s+(clinics?|sites?)`, "a small clinic, overall sites, each site"},
		{`(?:\bnot|n't)\s+(offer|run)`, "we cannot offer it; we don't run it"},
		{`(?:\bnot|n't)\s+(offer|run)`, "knot offer"},
		{`(?:^|\bat\s+)(?:[Oo]ur|[Tt]he)\s+(clinic|office)`, "Our office, at the clinic"},
		{`(?:^|\bat\s+)(?:[Oo]ur|[Tt]he)\s+(clinic|office)`, "see the clinic at our office"},
		{`\bsame\s+(hours|days)`, "ésame hours"},
		{`\bsame\s+(hours|days)`, "\xe2same hours"},
		{`(?m)^same\s+(hours|days)`, "one\nsame days"},
		{`\b(?:every|all)\s+(?:one\s+)?clinic`, "all the same, every one clinic"},
	} {
		re, plain := MustCompile(tc.expr), regexp.MustCompile(tc.expr)
		if re.startLits() == nil {
			t.Errorf("%q: no start literals", tc.expr)
		}
		if got, want := re.MatchString(tc.text), plain.MatchString(tc.text); got != want {
			t.Errorf("%q on %q: MatchString %v, want %v", tc.expr, tc.text, got, want)
		}
		if got, want := re.FindStringIndex(tc.text), plain.FindStringIndex(tc.text); !slices.Equal(got, want) {
			t.Errorf("%q on %q: FindStringIndex %v, want %v", tc.expr, tc.text, got, want)
		}
		if got, want := re.FindStringSubmatchIndex(tc.text), plain.FindStringSubmatchIndex(tc.text); !slices.Equal(got, want) {
			t.Errorf("%q on %q: FindStringSubmatchIndex %v, want %v", tc.expr, tc.text, got, want)
		}
		if got, want := re.FindStringSubmatch(tc.text), plain.FindStringSubmatch(tc.text); !slices.Equal(got, want) {
			t.Errorf("%q on %q: FindStringSubmatch %q, want %q", tc.expr, tc.text, got, want)
		}
	}
}

// A text with more places than maxStarts runs the expression as before.
func TestTooManyStarts(t *testing.T) {
	re := MustCompile(`\ball\s+clinics`)
	text := ""
	for range maxStarts + 1 {
		text += "small "
	}
	text += "all clinics"
	var buf [maxStarts]int
	if _, ok := re.places(text, &buf); ok {
		t.Fatal("places took more than maxStarts")
	}
	if got := re.FindStringIndex(text); !slices.Equal(got, []int{len(text) - len("all clinics"), len(text)}) {
		t.Errorf("FindStringIndex = %v", got)
	}
}

// manyWords is n different words of three letters: "aax|bax|…".
func manyWords(n int) string {
	words := make([]string, n)
	for i := range words {
		words[i] = fmt.Sprintf("%c%cx", 'a'+i%26, 'a'+i/26)
	}
	return strings.Join(words, "|")
}

// An expression that does not survive being wrapped (an unclosed \Q) and
// one asked for the longest match run over the whole text, and answer
// as regexp does.
func TestStartsLeftAlone(t *testing.T) {
	for _, expr := range []string{`(?i)\Qabc`, `\b\Qabc`, `(?i)abc\Q`} {
		re, plain := MustCompile(expr), regexp.MustCompile(expr)
		for range 2 {
			if got, want := re.FindStringIndex("xx abc"), plain.FindStringIndex("xx abc"); !slices.Equal(got, want) {
				t.Errorf("%q: FindStringIndex = %v, want %v", expr, got, want)
			}
		}
	}
	re, plain := MustCompile(`\b(?:abc|abcd)`), regexp.MustCompile(`\b(?:abc|abcd)`)
	re.Longest()
	plain.Longest()
	if got, want := re.FindStringIndex("x abcd"), plain.FindStringIndex("x abcd"); !slices.Equal(got, want) {
		t.Errorf("after Longest: FindStringIndex = %v, want %v", got, want)
	}
}
