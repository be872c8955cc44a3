package claims

import (
	"strings"

	"github.com/factlint/factlint/corpus"
	"github.com/factlint/factlint/internal/prefilter"
)

// dropDisowned drops the claims of a sentence the next one of its block
// disowns:
// "Some rehabs run a week of detox, then a four-week residential stay.
// That kind of plan is not what we offer at our centre."
// The figures describe what the provider does not do, in the words other
// providers use; they are no claim of the page's, and none of anyone
// named. lower is each block's text in lower case (the page state's).
func dropDisowned(out []Claim, doc *corpus.Document, lower []string) []Claim {
	var drop map[int][]string // block -> sentences disowned
	for bi := range doc.Blocks {
		b := &doc.Blocks[bi]
		if !strings.Contains(b.Text, "what we") {
			continue
		}
		for si := 1; si < len(b.Sentences); si++ {
			sp := b.Sentences[si]
			if disownsBefore.MatchString(lower[bi][sp.Start:sp.End]) {
				prev := b.Sentences[si-1]
				if drop == nil {
					drop = map[int][]string{}
				}
				drop[bi] = append(drop[bi], b.Text[prev.Start:prev.End])
			}
		}
	}
	if drop == nil {
		return out
	}
	kept := out[:0]
	for _, c := range out {
		disowned := false
		for _, t := range drop[c.Block] {
			if c.Sentence == t {
				disowned = true
			}
		}
		if !disowned {
			kept = append(kept, c)
		}
	}
	return kept
}

// disownsBefore opens a sentence that says the one before describes a
// kind of care the provider does not offer: "That kind of plan is not what
// we offer", "This type of treatment plan is not what we do". (A bare "This
// is not what we do for teens" may set the provider's own care apart.)
var disownsBefore = prefilter.MustCompile(`^\W*(?:this|that|such)\s+(?:type|kind|sort|style)\s+of\s+(?:[a-z-]+\s+){1,2}?(?:is|are)\s+not\s+what\s+we\s+(?:offer|do|provide|run)\b`)
