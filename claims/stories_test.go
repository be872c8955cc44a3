package claims_test

import (
	"testing"

	"github.com/factlint/factlint/claims"
	"github.com/factlint/factlint/corpus"
)

// The writer's own program told in the past, and what a friend did, are
// examples of a program, not statements of it.
func TestStoriesAreExamples(t *testing.T) {
	for _, tc := range []struct {
		text string
		want claims.Force
	}{
		{"My IOP was about eight hours a week, spread over two evenings.", claims.Example},
		{"Looking back, my stay lasted 35 days.", claims.Example},
		{"A friend in Salem went five days a week and found it hard.", claims.Example},
		{"My sister spent 45 days in residential care.", claims.Example},
		{"Our IOP meets three evenings a week.", claims.Typical},
		{"A friendly team runs the IOP four evenings a week.", claims.Typical},
	} {
		page := "SOURCE: https://quietroad.example/blog/what-iop-is-like/\n\nWhat IOP is like\n\n" + tc.text + "\n"
		doc, err := corpus.Parse("t.txt", []byte(page), corpus.FormatText, corpus.DefaultOptions())
		if err != nil {
			t.Fatal(err)
		}
		cs := claims.Extract(doc)
		if len(cs) == 0 {
			t.Errorf("%q: no claim", tc.text)
		}
		for _, c := range cs {
			if c.Force != tc.want {
				t.Errorf("%q: %s %q is %s, want %s", tc.text, c.Kind, c.Text, c.Force, tc.want)
			}
		}
	}
}

// A sentence opening on another provider gives that provider's figures,
// a listing of their own.
func TestAnotherProvider(t *testing.T) {
	page := func(s string) string {
		return "SOURCE: https://quietroad.example/programs/iop\n\nIntensive Outpatient\n\nOur IOP meets two evenings a week.\n\n" + s + "\n"
	}
	checkVariantLines(t, page, []lineCase{
		{"Another clinic in town runs its IOP four days a week.", "days-per-week iop 2; days-per-week iop 4 listing: another provider"},
		{"By contrast, a different program nearby keeps clients for 16 weeks.", "days-per-week iop 2; program-length iop 112 listing: another provider"},
		{"Another option is our evening IOP, which meets three nights a week.", "days-per-week iop 2; days-per-week iop 3 evening"},
	})
}
