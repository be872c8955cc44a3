package claims

// trackOfAnother reports a time-of-day track that the sentence names only
// as another program's: "Partial hospitalization sits between inpatient
// care and our morning IOP" gives the IOP its mornings, not the PHP the
// claim is about. (A track word that stands alone, "clients in the
// morning track", or before the claim's own program, "our morning PHP",
// keeps it.)
func trackOfAnother(s *sentence, variant string, subj Subject) bool {
	if !timeTrack[variant] || !programSubject(subj) {
		return false
	}
	another := false
	for _, w := range []string{variant, variant + "s"} {
		for i := range wordIndexes(s.lower, w) {
			m, ok := mentionAfter(s, i+len(w))
			// (A bare "outpatient", "our evening outpatient program" on
			// an IOP's page, is the IOP itself as often as not.)
			if !ok || m.subject == subj || !programSubject(m.subject) || m.weak {
				return false
			}
			another = true
		}
	}
	return another
}

// mentionAfter is the program named in the two words after i ("morning
// IOP", "evening outpatient program"), if any.
func mentionAfter(s *sentence, i int) (mention, bool) {
	last := i
	for _, e := range wordsAfter(s.lower, i, 2) {
		last = e
	}
	for _, m := range s.mentions {
		if m.start >= i && m.start < last {
			return m, true
		}
	}
	return mention{}, false
}
