package neardup

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/factlint/factlint/corpus"
)

func TestZZPairs(t *testing.T) {
	dir := os.Getenv("ZZDIR")
	if dir == "" {
		t.Skip()
	}
	files := strings.Fields(os.Getenv("ZZFILES"))
	opt := DefaultOptions()
	var sigs []Signature
	for _, f := range files {
		doc, err := corpus.Load(corpus.Input{Path: filepath.Join(dir, f)}, corpus.DefaultOptions())
		if err != nil {
			t.Fatal(err)
		}
		var b strings.Builder
		for i := range doc.Blocks {
			b.WriteString(doc.Blocks[i].Text)
			b.WriteByte('\n')
		}
		sigs = append(sigs, Sign(f, b.String(), opt))
	}
	for i := range sigs {
		for j := i + 1; j < len(sigs); j++ {
			e, tier := opt.judge(sigs[i], sigs[j])
			e2 := Compare(sigs[i], sigs[j])
			t.Logf("%s %s %-9s sh=%.3f ord=%.2f/%d bag=%.2f al=%d cov=%.2f/%d slots=%d url=%v | full al=%d cov=%.2f/%d units=%d/%d", sigs[i].ID, sigs[j].ID, tier,
				e.Shingle, e.Order, e.OrderSpread, e.Bag, e.Aligned, e.Cover, e.AlignSpread, e.Slots, e.URLSlot, e2.Aligned, e2.Cover, e2.AlignSpread, len(sigs[i].Units), len(sigs[j].Units))
		}
	}
}
