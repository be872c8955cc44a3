package checker

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/factlint/factlint/corpus"
)

// A call-routing pop-up on every page of a site, in markup no name list
// knows, makes no claim; the same sentence inside one page's article does,
// and so does a schedule box every page shares inside its own content.
func TestSiteWideBoilerplateMakesNoClaims(t *testing.T) {
	dir := t.TempDir()
	const popup = `Our PHP runs 6 hours a day, ask us how.`
	var in []corpus.Input
	for i := 0; i < 5; i++ {
		article := fmt.Sprintf("<p>Our IOP meets %d days a week.</p><p>Each group session lasts 90 minutes.</p><p>Page %d has its own words.</p>", 1+i, i)
		if i == 2 {
			article += "<p>Call when you are ready. " + popup + "</p>"
		}
		page := fmt.Sprintf(`<html><head><title>Page %d</title></head><body>
<div class="x%[1]dq"><h1>Program page %[1]d</h1>%s</div>
<div class="k7f2c9"><p>%s</p></div></body></html>`, i, article, popup)
		p := filepath.Join(dir, "site", fmt.Sprintf("p%d.html", i))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(page), 0o644); err != nil {
			t.Fatal(err)
		}
		in = append(in, corpus.Input{Path: p})
	}

	a := Analyze(in, AnalyzeOptions{Jobs: 2})
	if len(a.Docs) != 5 {
		t.Fatalf("%d docs, skipped %v", len(a.Docs), a.Skipped)
	}
	for i, d := range a.Docs {
		var hours, days, session int
		for _, c := range d.Claims {
			if strings.Contains(c.Sentence, "PHP runs") {
				hours++
				if i != 2 || !strings.HasPrefix(c.Sentence, "Our PHP") {
					t.Errorf("page %d: claim %q from %q", i, c.Text, c.Sentence)
				}
			}
			if strings.Contains(c.Sentence, "IOP meets") {
				days++
			}
			if strings.Contains(c.Sentence, "90 minutes") {
				session++
			}
		}
		if i == 2 && hours != 1 {
			t.Errorf("page 2: %d claims from the article's sentence, want 1", hours)
		}
		if days != 1 || session != 1 {
			t.Errorf("page %d: %d and %d claims from its own article, want 1 and 1", i, days, session)
		}
	}

	// Checked alone, a page keeps every claim: one page is no site.
	one := Analyze(in[:1], AnalyzeOptions{Jobs: 1})
	found := false
	for _, c := range one.Docs[0].Claims {
		found = found || strings.Contains(c.Sentence, "PHP runs")
	}
	if !found {
		t.Error("a page checked alone lost its pop-up claim")
	}
}
