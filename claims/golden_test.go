package claims_test

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/factlint/factlint/claims"
	"github.com/factlint/factlint/corpus"
)

var update = flag.Bool("update", false, "rewrite golden files")

// TestGolden extracts every fixture in testdata/golden and compares the
// claims, one per line in a canonical form, with FIXTURE.golden.
func TestGolden(t *testing.T) {
	files, _ := filepath.Glob("testdata/golden/*")
	n := 0
	for _, f := range files {
		if strings.HasSuffix(f, ".golden") {
			continue
		}
		n++
		t.Run(filepath.Base(f), func(t *testing.T) {
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			doc, err := corpus.Parse(filepath.Base(f), src, corpus.DetectFormat(f, src), corpus.DefaultOptions())
			if err != nil {
				t.Fatal(err)
			}
			got := render(claims.Extract(doc))
			golden := f + ".golden"
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./claims -update)", err)
			}
			if got != string(want) {
				t.Errorf("claims differ from %s (run go test ./claims -update and review the diff)\n--- got\n%s--- want\n%s", golden, got, want)
			}
		})
	}
	if n == 0 {
		t.Fatal("no fixtures")
	}
}

func render(cs []claims.Claim) string {
	var b strings.Builder
	for _, c := range cs {
		subject := c.Subject.String()
		if c.Variant != "" {
			subject += "/" + c.Variant
		}
		fmt.Fprintf(&b, "%d:%d %s %s %s %s %s %q\n", c.Pos.Line, c.Pos.Column, c.Kind, subject, c.FormatValue(), c.Qualifier, c.Scope, c.Text)
	}
	return b.String()
}
