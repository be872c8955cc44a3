package corpus

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"golang.org/x/net/html"
)

// checkTagScan compares the scan of every tag in src with what the
// tokenizer's TagName and TagAttr return, wherever the scan claims to
// know.
func checkTagScan(t *testing.T, src []byte) {
	t.Helper()
	z := html.NewTokenizer(bytes.NewReader(src))
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			return
		}
		raw := bytes.Clone(z.Raw())
		switch tt {
		case html.StartTagToken, html.SelfClosingTagToken:
			name, spans, ok := scanStartTag(raw, nil)
			wantName, more := z.TagName()
			if !ok {
				continue
			}
			if got := appendLower(nil, raw[name.Start:name.End]); !bytes.Equal(got, wantName) {
				t.Fatalf("%q: name %q, tokenizer %q", raw, got, wantName)
			}
			for i := 0; more; i++ {
				var k, v []byte
				k, v, more = z.TagAttr()
				if i >= len(spans) {
					t.Fatalf("%q: %d attributes scanned, tokenizer has more", raw, len(spans))
				}
				s := spans[i]
				if gk, gv := appendLower(nil, raw[s.key.Start:s.key.End]), raw[s.val.Start:s.val.End]; !bytes.Equal(gk, k) || !bytes.Equal(gv, v) {
					t.Fatalf("%q: attribute %d %q=%q, tokenizer %q=%q", raw, i, gk, gv, k, v)
				}
				if !more && i+1 != len(spans) {
					t.Fatalf("%q: %d attributes scanned, tokenizer has %d", raw, len(spans), i+1)
				}
			}
		case html.EndTagToken:
			name, ok := scanEndTag(raw)
			wantName, _ := z.TagName()
			if got := appendLower(nil, raw[name.Start:name.End]); ok && !bytes.Equal(got, wantName) {
				t.Fatalf("%q: end tag name %q, tokenizer %q", raw, got, wantName)
			}
		}
	}
}

var tagSeeds = []string{
	`<div class="a" CLASS=b id='x' data-x = y>`,
	`<p a=/>`, `<br/>`, `<br />`, `<img src=a.png alt="">`,
	`<a =b c>`, `<a href=x?a=1&amp;b=2>`, "<a title=\"x\ry\">", "<a ti\x00tle=x>",
	`<a b c=d/ e>`, `<DIV Class=X>`, `<a "b"='c' d=>`, `<a b = >`, `</div foo=bar>`, `</DIV >`,
	`<a b='c>`, `<a b="c"d=e>`, `<x-y:z q=1>`, `<a k="v" K="w">`, `<a k/k=v>`,
}

func TestTagScanAgreesWithTokenizer(t *testing.T) {
	for _, s := range tagSeeds {
		checkTagScan(t, []byte(s+"text"))
	}
	files, _ := filepath.Glob(filepath.Join("testdata", "*.html"))
	for _, p := range files {
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		checkTagScan(t, src)
	}
}

func FuzzTagScan(f *testing.F) {
	for _, s := range tagSeeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) { checkTagScan(t, src) })
}
