package neardup

import (
	"path/filepath"
	"testing"

	"github.com/factlint/factlint/corpus"
)

// loadReworded signs testdata/reworded/name as read by corpus.Load.
func loadReworded(t *testing.T, name string) Signature {
	t.Helper()
	doc, err := corpus.Load(corpus.Input{Path: filepath.Join("testdata", "reworded", name)}, corpus.DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	return Sign(name, blocksText(doc), DefaultOptions())
}

// A copy of an article reworded phrase by phrase for another site shares
// too few shingles, in too loose an order, for the spun rule; its
// sentences, paired in order all through the page, make it one. An
// article written apart on the same outline is not one, nor are two
// articles of one topic that share their words but not their order.
func TestRewordedFixtures(t *testing.T) {
	cases := []struct {
		a, b string
		want string
	}{
		{"original.txt", "reworded.txt", TierSpun},
		{"original.txt", "separate.txt", ""},
		{"reworded.txt", "separate.txt", ""},
		// Two of the generator's articles of one topic on two sites,
		// their sentences drawn from one pool: many words in common
		// (Bag 0.61), half their sentences aligned, their shingles out
		// of order (0.54). No copy of each other.
		{"topic-a.html", "topic-b.html", ""},
	}
	opt := DefaultOptions()
	for _, c := range cases {
		a, b := loadReworded(t, c.a), loadReworded(t, c.b)
		e, tier := opt.judge(a, b)
		t.Logf("%s/%s: tier=%q shingle=%.3f order=%.3f/%d bag=%.3f aligned=%d cover=%.3f/%d units=%d/%d",
			c.a, c.b, tier, e.Shingle, e.Order, e.OrderSpread, e.Bag, e.Aligned, e.Cover, e.AlignSpread, len(a.Units), len(b.Units))
		if tier != c.want {
			t.Errorf("%s/%s: tier %q, want %q", c.a, c.b, tier, c.want)
		}
		if c.want == TierSpun && e.Order >= spunMinOrder {
			t.Errorf("%s/%s: order %.3f reaches spunMinOrder: the pair no longer tests the reworded rule", c.a, c.b, e.Order)
		}
	}
}
