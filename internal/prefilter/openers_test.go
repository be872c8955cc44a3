package prefilter

import (
	"regexp"
	"regexp/syntax"
	"slices"
	"testing"
)

func TestOpenersOf(t *testing.T) {
	for _, tc := range []struct {
		expr      string
		lits      []string // nil: no openers
		skipSpace bool
	}{
		{`^\s*(?:people|clients)\s+who`, []string{"clients", "people"}, true},
		{`^(?:during|over)\s+the`, []string{"during", "over"}, false},
		{`\A\s+of\s+(?:our|the)`, []string{"of\t", "of\n", "of\f", "of\r", "of "}, true},
		// A capture around the whole, and literals short enough to be
		// crossed with what follows.
		{`(^(?:a|an)\s+week)`, []string{"a\t", "a\n", "a\f", "a\r", "a ", "an\t", "an\n", "an\f", "an\r", "an "}, false},
		// White space among other characters: compared as they are.
		{`^[\s,]*(?:our|the)\s+clients`, []string{"\t", "\n", "\f", "\r", " ", ",", "our", "the"}, false},
		// Nothing to compare: a class that holds white space and much
		// else, the start of a line, no anchor, a large class.
		{`^\W*(?:our|the)\s+clients`, nil, false},
		{`(?m)^(?:our|the)\s+clients`, nil, false},
		{`\b(?:our|the)\s+clients`, nil, false},
		{`^[A-Z][a-z]+,\s+a`, nil, false},
		{`^(?:our\s+)?.*clients`, nil, false},
		{`^\s*(?:\s|our)\s+clients`, nil, false},
	} {
		parsed, err := syntax.Parse(tc.expr, syntax.Perl)
		if err != nil {
			t.Fatal(err)
		}
		o := openersOf(parsed)
		switch {
		case tc.lits == nil && o != nil:
			t.Errorf("openersOf(%q) = %+v, want none", tc.expr, *o)
		case tc.lits != nil && (o == nil || !slices.Equal(o.lits, tc.lits) || o.skipSpace != tc.skipSpace):
			t.Errorf("openersOf(%q) = %+v, want %q (skip space %v)", tc.expr, o, tc.lits, tc.skipSpace)
		}
	}
}

// An expression with openers answers as regexp does, on texts that open
// on white space, on a literal, on another word, or hold the literal
// further on.
func TestOpenersAnswerAsRegexp(t *testing.T) {
	Verify(true)
	defer Verify(false)
	exprs := []string{
		`^\s*(?:people|clients)\s+who\s+(\w+)`,
		`^(?:during|over)\s+the\s+(\w+)`,
		`^\s+of\s+(?:our|the)\b`,
		`(^(?:a|an)\s+week)`,
		`^\s?(?:Our|The)\s+clinic`,
	}
	texts := []string{
		"people who stay", "  \t\nclients who leave", "Clients who stay", "some people who stay",
		"during the day", " during the day", "overtime the day", "over the week",
		" of our team", "of our team", "\n\nof the day", "a week", "an week", "a  week", "  a week",
		"The clinic", " The clinic", "  The clinic", "at The clinic", "", " ",
	}
	for _, expr := range exprs {
		re, plain := MustCompile(expr), regexp.MustCompile(expr)
		if re.openers() == nil {
			t.Errorf("%q: no openers", expr)
		}
		for _, text := range texts {
			if got, want := re.MatchString(text), plain.MatchString(text); got != want {
				t.Errorf("%q on %q: MatchString %v, want %v", expr, text, got, want)
			}
			if got, want := re.FindStringSubmatchIndex(text), plain.FindStringSubmatchIndex(text); !slices.Equal(got, want) {
				t.Errorf("%q on %q: FindStringSubmatchIndex %v, want %v", expr, text, got, want)
			}
			if got, want := re.FindAllStringIndex(text, -1), plain.FindAllStringIndex(text, -1); len(got) != len(want) {
				t.Errorf("%q on %q: FindAllStringIndex %v, want %v", expr, text, got, want)
			}
		}
	}
}
