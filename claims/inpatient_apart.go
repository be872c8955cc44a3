package claims

import "github.com/factlint/factlint/corpus"

// inpatientApart reports a page that heads inpatient care and
// residential care apart ("Inpatient treatment:" with its list, then
// "Residential treatment:" with another): it holds them two levels, a
// hospital's short stay and a longer one in a home-like house, so what is
// said under the inpatient heading is not residential care's figure.
// Elsewhere a page's "inpatient" is residential care.
func (st *state) inpatientApart() bool {
	if st.apart == 0 {
		st.apart = -1
		inpatient, residential := false, false
		for i := range st.doc.Blocks {
			if k := st.doc.Blocks[i].Kind; k != corpus.BlockHeading && k != corpus.BlockTitle {
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
// residential care.
func inpatientOnly(heading string) bool {
	return hasWord(heading, "inpatient") && !hasWord(heading, "residential")
}
