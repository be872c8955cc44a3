package claims

import (
	"slices"

	"github.com/factlint/factlint/corpus"
)

// liveInSupervision keeps round-the-clock supervision said of a live-in
// level and day levels together for the live-in level alone: "Our
// residential care and our partial hospitalization track both offer
// 24-hour supervision", "our Teen Residential and Partial Hospital Unit
// gives 24-hour care". A day program sends its clients home at night,
// so the words are the live-in level's; giving them to the day level
// too put a page at odds with what a PHP is. (A denial, "Our PHP and
// IOP do not offer 24-hour supervision", names no live-in level.)
func liveInSupervision(out []Claim, from int) []Claim {
	var live []corpus.Span
	for _, c := range out[from:] {
		if c.Kind == Supervision24x7 && c.Value != nil && *c.Value && (c.Subject == Residential || c.Subject == Detox) {
			live = append(live, c.Span)
		}
	}
	if len(live) == 0 {
		return out
	}
	keep := out[:from]
	for _, c := range out[from:] {
		if c.Kind == Supervision24x7 && c.Value != nil && *c.Value && dayProgram(c.Subject) && slices.Contains(live, c.Span) {
			continue
		}
		keep = append(keep, c)
	}
	return keep
}
