package claims

import "sync"

// sentencePool lends Read the sentences of a page in slabs. A page makes a
// few dozen sentences of 344 bytes each, a tenth of the bytes extraction
// allocated, and none outlives its page: claims copy what they keep. The
// slabs go back cleared when Read is done, so the next page reuses them.
var sentencePool = sync.Pool{New: func() any { return &sentenceSlab{s: make([]sentence, 0, sentenceSlabSize)} }}

const sentenceSlabSize = 64

type sentenceSlab struct{ s []sentence }

// newSentence returns a zero sentence that lives until releaseSentences.
func (st *state) newSentence() *sentence {
	if n := len(st.slabs); n == 0 || len(st.slabs[n-1].s) == cap(st.slabs[n-1].s) {
		st.slabs = append(st.slabs, sentencePool.Get().(*sentenceSlab))
	}
	sl := st.slabs[len(st.slabs)-1]
	sl.s = sl.s[:len(sl.s)+1]
	return &sl.s[len(sl.s)-1]
}

// releaseSentences clears the page's sentences, so that they hold on to
// no page text, and returns their slabs to the pool. Nothing may use a
// sentence of the page after it.
func (st *state) releaseSentences() {
	for _, sl := range st.slabs {
		clear(sl.s)
		sl.s = sl.s[:0]
		sentencePool.Put(sl)
	}
	st.slabs = nil
	st.questionSentence, st.prev.from, st.filter.owner = nil, nil, nil
}
