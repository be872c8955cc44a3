package corpus

import "testing"

func TestBlockHashFolds(t *testing.T) {
	h := func(s string) uint64 { v, _ := blockHash(s, nil); return v }
	same := [][2]string{
		{"Call us: open 24/7!", "call us open 24 7"},
		{"  Ünïcode  — text ", "ünïcode text"},
		{"Detox, 5–7 days.", "DETOX 5 7 DAYS"},
	}
	for _, p := range same {
		if h(p[0]) != h(p[1]) {
			t.Errorf("%q and %q hash apart", p[0], p[1])
		}
	}
	differ := [][2]string{
		{"IOP meets 3 days a week.", "IOP meets 4 days a week."},
		{"ab c", "a bc"},
	}
	for _, p := range differ {
		if h(p[0]) == h(p[1]) {
			t.Errorf("%q and %q hash alike", p[0], p[1])
		}
	}
}

func TestBlockHashesFilled(t *testing.T) {
	d := parseHTMLString(t, `<p>One block.</p><p>ONE block</p><p>Two.</p>`, DefaultOptions())
	for _, b := range d.Blocks {
		if want, _ := blockHash(b.Text, nil); b.Hash != want || b.Hash == 0 {
			t.Errorf("block %q hash %x, want %x", b.Text, b.Hash, want)
		}
	}
	p := d.PageHashes()
	if len(p.Hashes) != 3 || p.Hashes[0] != p.Hashes[1] || p.Hashes[1] == p.Hashes[2] || p.Head != 0 {
		t.Errorf("page hashes %+v", p)
	}
	d = parseHTMLString(t, `<title>T</title><meta name="description" content="D."><p>Body.</p>`, DefaultOptions())
	if p := d.PageHashes(); len(p.Hashes) != 3 || p.Head != 2 {
		t.Errorf("page hashes %+v, want the title and description as its head", p)
	}
}

func page(hs ...uint64) PageHashes { return PageHashes{Hashes: hs} }

func TestBoilerplateIndex(t *testing.T) {
	x := NewBoilerplateIndex(BoilerplateOptions{})
	const popup, faq, own = 1, 2, 3
	// Site a: ten pages, the pop-up on all (twice on a page counts once),
	// the FAQ on three, a block of its own on two.
	for i := 0; i < 10; i++ {
		hs := []uint64{uint64(100 + i), popup, popup}
		if i < 3 {
			hs = append(hs, faq)
		}
		if i < 2 {
			hs = append(hs, own)
		}
		x.Add("a", page(hs...))
	}
	// Site b: two pages sharing everything, too few to judge.
	x.Add("b", page(popup))
	x.Add("b", page(popup))
	cases := []struct {
		site string
		h    uint64
		want bool
	}{
		{"a", popup, true}, {"a", faq, true}, {"a", own, false}, {"a", 100, false},
		{"b", popup, false}, {"c", popup, false},
	}
	for _, c := range cases {
		if got := x.Recurs(c.site, c.h); got != c.want {
			t.Errorf("Recurs(%q, %d) = %v, want %v", c.site, c.h, got, c.want)
		}
	}

	// The share counts: three pages of twenty is under 30 %.
	y := NewBoilerplateIndex(BoilerplateOptions{MinPages: 3, MinShare: 0.3})
	for i := 0; i < 20; i++ {
		hs := []uint64{uint64(100 + i)}
		if i < 3 {
			hs = append(hs, faq)
		}
		y.Add("a", page(hs...))
	}
	if y.Recurs("a", faq) {
		t.Error("a block on 3 of 20 pages recurs")
	}
	z := NewBoilerplateIndex(BoilerplateOptions{MinPages: 2, MinShare: 0.1})
	z.Add("a", page(faq))
	z.Add("a", page(faq))
	if !z.Recurs("a", faq) {
		t.Error("MinPages 2 not honoured")
	}
}

func TestBoilerplateAtTheEdges(t *testing.T) {
	const title, banner, schedule, popup, footer = 1, 2, 3, 4, 5
	x := NewBoilerplateIndex(BoilerplateOptions{})
	pages := make([]PageHashes, 4)
	for i := range pages {
		// A shared banner, the page's own text around a shared
		// schedule box, then a pop-up and a footer; the title is the
		// site's name on every page.
		own := uint64(100 + 10*i)
		pages[i] = PageHashes{Hashes: []uint64{title, banner, own, schedule, own + 1, popup, footer}, Head: 1}
		x.Add("s", pages[i])
	}
	got := x.Boilerplate("s", pages[0])
	want := map[uint64]bool{title: true, banner: true, popup: true, footer: true}
	if len(got) != len(want) {
		t.Errorf("boilerplate %v, want %v", got, want)
	}
	for h := range want {
		if !got[h] {
			t.Errorf("%d not boilerplate", h)
		}
	}
	// From the article's first heading on, a shared block before the
	// page's own text is the template's, not chrome: a city page that
	// opens its article with the site's schedule paragraph.
	const heading = 6
	y := NewBoilerplateIndex(BoilerplateOptions{})
	for i := 0; i < 4; i++ {
		own := uint64(200 + i)
		y.Add("s", PageHashes{Hashes: []uint64{title, banner, heading, schedule, own, footer}, Head: 1, Lead: 3})
	}
	got = y.Boilerplate("s", PageHashes{Hashes: []uint64{title, banner, heading, schedule, 200, footer}, Head: 1, Lead: 3})
	if got[heading] || got[schedule] || !got[banner] || !got[footer] {
		t.Errorf("after the lead heading: boilerplate %v, want banner and footer only", got)
	}
	// A page that is all shared blocks, or nearly, is a copy of the
	// template: nothing on it is boilerplate.
	x.Add("s", page(banner, popup))
	if got := x.Boilerplate("s", page(banner, popup)); len(got) != 0 {
		t.Errorf("all-shared page: %v", got)
	}
	thin := PageHashes{Hashes: []uint64{999, banner, popup}, Sizes: []int{10, 30, 30}}
	if got := x.Boilerplate("s", thin); len(got) != 0 {
		t.Errorf("page with a sixth of its own: %v", got)
	}
	thin.Sizes[0] = 20
	if got := x.Boilerplate("s", thin); !got[banner] || !got[popup] {
		t.Errorf("page with a quarter of its own: %v", got)
	}
	// A shared block also inside a page's content is kept there.
	if got := x.Boilerplate("s", page(popup, 900, popup, 901)); got[popup] {
		t.Errorf("a copy inside the content was dropped: %v", got)
	}
	// One page alone has none.
	one := NewBoilerplateIndex(BoilerplateOptions{})
	one.Add("s", pages[0])
	if got := one.Boilerplate("s", pages[0]); len(got) != 0 {
		t.Errorf("single page boilerplate %v", got)
	}
}
