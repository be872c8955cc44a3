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
	if got := d.BlockHashes(); len(got) != 2 {
		t.Errorf("distinct hashes %x, want 2", got)
	}
}

func TestBoilerplateIndex(t *testing.T) {
	x := NewBoilerplateIndex(BoilerplateOptions{})
	const popup, faq, own = 1, 2, 3
	// Site a: ten pages, the pop-up on all, the FAQ on three, a block of
	// its own on two.
	for i := 0; i < 10; i++ {
		hs := []uint64{popup, popup, uint64(100 + i)}
		if i < 3 {
			hs = append(hs, faq)
		}
		if i < 2 {
			hs = append(hs, own)
		}
		x.Add("a", hs)
	}
	// Site b: two pages sharing everything, too few to judge.
	x.Add("b", []uint64{popup})
	x.Add("b", []uint64{popup})
	cases := []struct {
		site string
		h    uint64
		want bool
	}{
		{"a", popup, true}, {"a", faq, true}, {"a", own, false}, {"a", 100, false},
		{"b", popup, false}, {"c", popup, false},
	}
	for _, c := range cases {
		if got := x.Is(c.site, c.h); got != c.want {
			t.Errorf("Is(%q, %d) = %v, want %v", c.site, c.h, got, c.want)
		}
	}

	// The share counts: three pages of twenty is under 30 %.
	y := NewBoilerplateIndex(BoilerplateOptions{MinPages: 3, MinShare: 0.3})
	for i := 0; i < 20; i++ {
		hs := []uint64{uint64(100 + i)}
		if i < 3 {
			hs = append(hs, faq)
		}
		y.Add("a", hs)
	}
	if y.Is("a", faq) {
		t.Error("a block on 3 of 20 pages is boilerplate")
	}
	z := NewBoilerplateIndex(BoilerplateOptions{MinPages: 2, MinShare: 0.1})
	z.Add("a", []uint64{faq})
	z.Add("a", []uint64{faq})
	if !z.Is("a", faq) {
		t.Error("MinPages 2 not honoured")
	}
}
