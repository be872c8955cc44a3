package crawl

import (
	"strings"
	"testing"

	"github.com/factlint/factlint/corpus"
)

func TestPageCharsets(t *testing.T) {
	body := "<html><head><meta charset=\"windows-1252\"><title>T</title></head><body><main>\n<p>Caf\xe9 \x96 we meet three days a week.</p>\n</main></body></html>"
	for _, tc := range []struct {
		name, contentType string
	}{
		{"header", "text/html; charset=windows-1252"},
		{"meta only", "text/html"},
		{"header says latin1", "text/html; charset=ISO-8859-1"},
		{"unknown header charset", "text/html; charset=klingon"},
	} {
		p, err := newPage("http://x.test/", 0, &response{body: []byte(body), contentType: tc.contentType})
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		d, err := p.Input().Open(corpus.DefaultOptions())
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		var text []string
		for _, b := range d.Blocks {
			text = append(text, b.Text)
		}
		if !strings.Contains(strings.Join(text, "\n"), "Café – we meet") {
			t.Errorf("%s: text %q", tc.name, text)
		}
		if d.ID != "http://x.test/" || d.URL != "http://x.test/" {
			t.Errorf("%s: ID %q URL %q, want the fetched URL", tc.name, d.ID, d.URL)
		}
		if pos := d.Position(strings.Index(string(d.Source), "we meet")); pos != (corpus.Position{Line: 2, Column: 11}) {
			t.Errorf("%s: \"we meet\" at %v, want 2:11 as in the page served", tc.name, pos)
		}
	}
}
