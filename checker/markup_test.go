package checker

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/factlint/factlint/corpus"
)

// An FAQ question set in accordion markup, without a question mark, makes
// no claim; the same words as a statement do.
func TestFAQQuestionMarkupMakesNoClaim(t *testing.T) {
	dir := t.TempDir()
	pages := map[string]string{
		"faq.html": `<main><div class="faq-item"><div class="faq-question">Do PHP clients live at home during treatment</div>
<div class="faq-answer"><p>Most PHP clients live at home.</p></div></div></main>`,
		"plain.html": `<main><p>PHP clients live at home during treatment.</p></main>`,
	}
	var in []corpus.Input
	for name, src := range pages {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		in = append(in, corpus.Input{Path: p})
	}
	a := Analyze(in, AnalyzeOptions{Jobs: 1})
	for _, d := range a.Docs {
		var from []string
		for _, c := range d.Claims {
			from = append(from, c.Sentence)
		}
		got := strings.Join(from, " | ")
		switch filepath.Base(d.File) {
		case "faq.html":
			if got != "Most PHP clients live at home." {
				t.Errorf("faq page claims from %q", got)
			}
		case "plain.html":
			if got != "PHP clients live at home during treatment." {
				t.Errorf("statement page claims from %q", got)
			}
		}
	}
}
