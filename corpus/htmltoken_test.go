package corpus

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// checkTokens compares the tokenizer with golang.org/x/net/html's on src:
// the same tokens at the same offsets, and for tags the same names and
// attributes as TagName and TagAttr return.
func checkTokens(t *testing.T, src []byte) {
	t.Helper()
	want := html.NewTokenizer(bytes.NewReader(src))
	z := newTokenizer(src, nil)
	var a pageAttrs
	off := 0
	for i := 0; ; i++ {
		wt, tt := want.Next(), z.next()
		if wt != tt {
			t.Fatalf("%q: token %d at %d is %v, x/net has %v", src, i, z.start, tt, wt)
		}
		if tt == html.ErrorToken {
			return
		}
		raw := want.Raw()
		if z.start != off || !bytes.Equal(src[z.start:z.p], raw) {
			t.Fatalf("%q: token %d (%v) is %q at %d, x/net has %q at %d", src, i, tt, src[z.start:z.p], z.start, raw, off)
		}
		off += len(raw)
		switch tt {
		case html.StartTagToken, html.SelfClosingTagToken:
			a.reset()
			n := &html.Node{}
			name := string(a.startTag(z, n))
			a.finish()
			wantName, more := want.TagName()
			if name != string(wantName) {
				t.Fatalf("%q: tag %q, x/net %q", src, name, wantName)
			}
			var wantAttr []html.Attribute
			for more {
				var k, v []byte
				k, v, more = want.TagAttr()
				wantAttr = append(wantAttr, html.Attribute{Key: string(k), Val: string(v)})
			}
			if len(n.Attr) != len(wantAttr) {
				t.Fatalf("%q: attributes %q, x/net %q", src, n.Attr, wantAttr)
			}
			for i := range wantAttr {
				if n.Attr[i] != wantAttr[i] {
					t.Fatalf("%q: attributes %q, x/net %q", src, n.Attr, wantAttr)
				}
			}
		case html.EndTagToken:
			name := string(a.endTag(z))
			if wantName, _ := want.TagName(); name != string(wantName) {
				t.Fatalf("%q: end tag %q, x/net %q", src, name, wantName)
			}
		}
	}
}

var tokenSeeds = []string{
	`<div class="a" CLASS=b id='x' data-x = y>`, `<p a=/>`, `<br/>`, `<br />`, `<img src=a.png alt="">`,
	`<a =b c>`, `<a href=x?a=1&amp;b=2>`, "<a title=\"x\ry\">", "<a ti\x00tle=x>", "<d\x00iv>x</d\x00iv>",
	`<a b c=d/ e>`, `<DIV Class=X>`, `<a "b"='c' d=>`, `<a b = >`, `</div foo=bar>`, `</DIV >`,
	`<a b='c>`, `<a b="c"d=e>`, `<x-y:z q=1>`, `<a k="v" K="w">`, `<a k/k=v>`, `<a`, `<a b`, `<a b=`, `<a b="`,
	`</`, `</>`, `</ x>`, `</a`, `<!`, `<!-`, `<!--`, `<!-->`, `<!--->`, `<!-- a -->`, `<!-- a --!>`, `<!-- a --!x -->`,
	`<!-- a -`, `<!-- a --`, `<!-- a --!`, `<!DOCTYPE html>`, `<!doctype`, `<!DOCTY`, `<!DOCTYPE`, `<!DOCTYPE `,
	`<!x>`, `<?xml version="1.0"?>`, `<?x`, `a < b`, `a <3`, `<<a>`, `x<`,
	`<script>if (a<b) {}</script>`, `<script><!-- x --></script>`, `<script><!--<script>x</script>--></script>y`,
	`<script><!--<script>x</script>`, `<SCRIPT>x</Script >y`, `<script>x</scriptx></script>`, `<script>`,
	`<script>x</scr`, `<script><!--x-->y</script>`, `<script><!-- <SCRIPT/x --> </script>`,
	`<style>p{}</style><p>x`, `<title>a &amp; <b> b</title>`, `<textarea>x</textarea >`, `<title></title>`,
	`<plaintext>a</plaintext><b>`, `<plaintext>`, `<xmp><p></xmp>`, `<iframe><x></iframe>`, `<noscript><p>x</p></noscript>`,
	`<noembed>`, `<noframes>a</noframes`, `<p/>`, `<p/ >`, `<p a/>`, `<p a="b"/>`, `<p a=b/>`,
}

func TestTokenizerAgreesWithXNet(t *testing.T) {
	for _, s := range tokenSeeds {
		checkTokens(t, []byte(s))
		checkTokens(t, []byte("text"+s+"text"))
	}
	files, _ := filepath.Glob(filepath.Join("testdata", "*.html"))
	for _, p := range files {
		src, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		checkTokens(t, src)
	}
	checkTokens(t, []byte(strings.Repeat("<div>", 1000)+strings.Repeat("<!-- x --><a b=c>&amp;</a>", 1000)))
}

func FuzzTokenizer(f *testing.F) {
	for _, s := range tokenSeeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) { checkTokens(t, src) })
}
