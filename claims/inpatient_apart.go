package claims

import "github.com/factlint/factlint/corpus"

// inpatientApart reports a page that heads inpatient care and
// residential care apart ("Inpatient treatment:" with its list, then
// "Residential treatment:" with another): it holds them two levels, a
// hospital's short stay and a longer one in a home-like house, so what is
// said under the inpatient heading is not residential care's figure.
// Elsewhere a page's "inpatient" is residential care. Only section
// headings count: not the page's title, nor a question ("What does
// inpatient mean?" asks about a word).
func (st *state) inpatientApart() bool {
	if st.apart == 0 {
		st.apart = -1
		inpatient, residential := false, false
		for i := range st.doc.Blocks {
			if b := &st.doc.Blocks[i]; b.Kind != corpus.BlockHeading || b.Text == st.doc.Title || isQuestion(st.lower[i]) {
				continue
			}
			inpatient = inpatient || inpatientOnly(st.lower[i])
			residential = residential || hasWord(st.lower[i], "residential") && !hasWord(st.lower[i], "inpatient")
		}
		if inpatient && residential {
			st.apart = 1
		}
	}
	return st.apart > 0
}

// inpatientOnly reports a heading that names inpatient care and not
// residential care. (Under "Inpatient detox" claims are detox's.)
func inpatientOnly(heading string) bool {
	return hasWord(heading, "inpatient") && !hasWord(heading, "residential")
}
