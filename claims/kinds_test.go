package claims_test

import (
	"strings"
	"testing"

	"github.com/factlint/factlint/claims"
	"github.com/factlint/factlint/corpus"
)

// TestKindExamples runs every KindSpec's example sentences: each positive
// example must give exactly the claim it names (and no other claim of the
// kind), each negative one no claim of the kind.
func TestKindExamples(t *testing.T) {
	for _, spec := range claims.Kinds() {
		if len(spec.Examples) < 2 {
			t.Errorf("%s: a kind needs positive and negative examples", spec.ID)
		}
		for _, ex := range spec.Examples {
			got := kindClaims(t, ex.Text, spec.ID)
			want := []string{}
			if ex.Want != "" {
				want = strings.Split(ex.Want, "; ")
			}
			if strings.Join(got, "; ") != strings.Join(want, "; ") {
				t.Errorf("%s: %q\n got  %q\n want %q", spec.ID, ex.Text, got, want)
			}
		}
	}
}

func kindClaims(t *testing.T, text string, kind claims.Kind) []string {
	t.Helper()
	doc, err := corpus.Parse("example.txt", []byte(text+"\n"), corpus.FormatText, corpus.DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	out := []string{}
	for _, c := range claims.Extract(doc) {
		if c.Kind == kind {
			out = append(out, c.Subject.String()+" "+c.FormatValue())
		}
	}
	return out
}
