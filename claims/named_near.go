package claims

import (
	"slices"
	"strings"
)

// namedNear reports that subj is named near s, not only guessed from
// the page around it: by s itself, by its paragraph when a pronoun opens
// s ("Our IOP is built around your job. It lasts eight weeks"), by any
// heading over it, by its table row, or by the page's title or address.
// Two figures of one page neither of which is named so are no
// contradiction (within-page). (namesSubject asks something narrower:
// whether s names the program as "our" or "the" one.)
func (st *state) namedNear(s *sentence, subj Subject) bool {
	is := func(m mention) bool { return m.subject == subj }
	if slices.ContainsFunc(s.mentions, is) {
		return true
	}
	// ("Our IOP is built around your job. It lasts eight weeks": the
	// pronoun opening the sentence stands for the program its paragraph
	// names.)
	if anaphoricOpening(s.lower) && slices.ContainsFunc(st.mentions[s.bi], is) {
		return true
	}
	for _, h := range s.block.Headings {
		if slices.ContainsFunc(st.namesIn(h), is) {
			return true
		}
	}
	if h := s.block.RowHeader; h != "" && slices.ContainsFunc(st.namesIn(h), is) {
		return true
	}
	return slices.ContainsFunc(st.titleNames(), is)
}

// titleNames holds the programs the page's title names (a text export's
// title is its first line) and its address ("/programs/partial-
// hospitalization-program/").
func (st *state) titleNames() []mention {
	if st.titled == nil {
		st.titled = append([]mention{}, st.titleTerms...)
		if p := urlWords(withoutExtension(st.doc.URL)); p != "" {
			// (An address is lower case: its "iop" is the acronym.)
			st.titled = append(st.titled, st.x.terms.find(strings.ToUpper(p), p)...)
		}
	}
	return st.titled
}

// namesIn holds the programs a heading or a row header names, read once
// a page for each text.
func (st *state) namesIn(h string) []mention {
	if ms, ok := st.headerMentions[h]; ok {
		return ms
	}
	if st.headerMentions == nil {
		st.headerMentions = map[string][]mention{}
	}
	ms := st.x.terms.find(h, lowerASCII(h))
	st.headerMentions[h] = ms
	return ms
}

// anaphoricOpening reports a sentence opening on a word that stands for
// something named before it: "It lasts …", "This program meets …".
func anaphoricOpening(lower string) bool {
	return anyPrefix(strings.TrimLeft(lower, " "), []string{"it ", "it's ", "it’s ", "this program ", "the program ", "this level ", "they "})
}

// withoutExtension drops a file extension from an address's path: the
// "php" of "/schedule.php" names a scripting language, not a program.
func withoutExtension(addr string) string {
	k := strings.LastIndexByte(addr, '.')
	if k < 0 || strings.LastIndexByte(addr, '/') > k {
		return addr
	}
	switch strings.ToLower(addr[k+1:]) {
	case "php", "html", "htm", "aspx", "asp", "jsp", "cfm", "shtml":
		return addr[:k]
	}
	return addr
}
