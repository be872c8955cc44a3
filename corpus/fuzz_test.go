package corpus

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"
)

// checkInvariants holds for every document any loader returns: spans and
// sentences in range, text valid UTF-8, and source offsets that never go
// backwards inside a block.
func checkInvariants(t *testing.T, d *Document) {
	t.Helper()
	n := len(d.Source)
	for i := range d.Blocks {
		b := &d.Blocks[i]
		if b.Text == "" {
			t.Fatalf("block %d is empty", i)
		}
		if !utf8.ValidString(b.Text) {
			t.Fatalf("block %d text not UTF-8: %q", i, b.Text)
		}
		if b.Span.Start < 0 || b.Span.End > n || b.Span.Start > b.Span.End {
			t.Fatalf("block %d span %v outside source of %d bytes", i, b.Span, n)
		}
		prev := -1
		for j := 0; j < len(b.Text); j++ {
			o := b.SourceOffset(j)
			if o < 0 || o >= n || o < prev || o < b.Span.Start || o >= b.Span.End {
				t.Fatalf("block %d %q: text offset %d maps to %d (prev %d, span %v)", i, b.Text, j, o, prev, b.Span)
			}
			prev = o
		}
		last := 0
		for _, s := range b.Sentences {
			if s.Start < last || s.End <= s.Start || s.End > len(b.Text) {
				t.Fatalf("block %d sentences %v out of order for %q", i, b.Sentences, b.Text)
			}
			last = s.End
		}
	}
	for _, ig := range d.Ignores {
		if ig.Span.Start < 0 || ig.Span.End > n || ig.Block >= len(d.Blocks) {
			t.Fatalf("ignore %+v out of range", ig)
		}
	}
}

func fuzzParse(f *testing.F, format Format, seeds ...string) {
	for _, s := range seeds {
		f.Add([]byte(s))
	}
	files, _ := filepath.Glob(filepath.Join("testdata", "*"))
	for _, p := range files {
		if b, err := os.ReadFile(p); err == nil && len(b) < 64<<10 {
			f.Add(b)
		}
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		d, err := Parse("fuzz", src, format, DefaultOptions())
		if err != nil {
			var se *SkipError
			if !errors.As(err, &se) {
				t.Fatalf("error is not a SkipError: %v", err)
			}
			return
		}
		checkInvariants(t, d)
	})
}

func FuzzParseHTML(f *testing.F) {
	fuzzParse(f, FormatHTML,
		`<table><tr><td colspan=3 rowspan=2>a<td>b<tr><th>c</table>`,
		`<p>&amp;&#8217;&nbsp;&bogus; &#x1F600; &#0; &#99999999;</p>`,
		`<!-- factlint-ignore r why --><h2>x</h2><h1><h3>y</h1>`,
		`<title>t</title><svg><title>s</title></svg><p hidden>h</p><main></main>`,
		`<ul><li>a<ul><li>b</ul></li><li>c</ul><plaintext><p>raw`,
		"<p>a\u00a0\u200b\u2009b<br/>c</p><!-- unterminated",
		`<script type="application/ld+json">{"@type":"FAQPage","mainEntity":[{"acceptedAnswer":{"text":"a\"b\u00e9\ud83d\ude00<p>c &amp; \u003cb\u003ed</b>\"}}]}</script><p>x</p>`,
		`<meta name=description content='un "quoted' ><meta property=og:description content=bare><link rel="Canonical" href=u><p>x</p>`,
		"<meta charset=windows-1252><p>caf\xe9 \x96 x</p>",
		`<div class="faq"><h3 aria-expanded>Q? ▼</h3><div class="faq-a"><i class="fa x">a</i>A<br>b</div></div>`,
	)
}

func FuzzParseText(f *testing.F) {
	fuzzParse(f, FormatText,
		"Title\n\nWhat is it?\nline one that wraps\nonto two.\n  • bullet\n1. one\n2) two\n",
		"<!-- factlint-ignore x y -->\n- \n* a\n\u00a0\u00a0• b\n",
		"Home » A » B\n\r\n\r\nend",
	)
}

func FuzzParseMarkdown(f *testing.F) {
	fuzzParse(f, FormatMarkdown,
		"---\ntitle: x\n---\n# H\n\nSetext\n===\n\n- a\n  - b\n\n| a | b |\n|---|---|\n| c | d |\n",
		"> quote *em* `code` <https://x.org> \\* &amp; <br> <!-- factlint-ignore r -->\n",
		"---\nunterminated\n",
		"<div>\n<!-- factlint-ignore a b -->\n</div>\n\n    code\n\n```\nfence\n```\n",
	)
}
