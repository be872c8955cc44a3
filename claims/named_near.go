package claims

import (
	"slices"
	"strings"
)

// namedNear reports that subj is named in a heading over s or in the
// page's title or address; with namedHere, that it is named near s, not
// only guessed from the page around it. Two figures of one page neither
// of which is named so are no contradiction (within-page). (namesSubject
// asks something narrower: whether s names the program as "our" or
// "the" one.)
func (st *state) namedNear(s *sentence, subj Subject) bool {
	is := func(m mention) bool { return m.subject == subj }
	for _, h := range s.block.Headings {
		if slices.ContainsFunc(st.namesIn(h), is) {
			return true
		}
	}
	return slices.ContainsFunc(st.titleNames(), is)
}

// namedHere reports that s itself names subj: in its words, through the
// pronoun opening it when its paragraph names subj ("Our IOP is built
// around your job. It lasts eight weeks"), or in its table row's header.
// A heading or a title names the program of a figure under it only on
// the page's own topic (see markTopical).
func (st *state) namedHere(s *sentence, subj Subject) bool {
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
	h := s.block.RowHeader
	return h != "" && slices.ContainsFunc(st.namesIn(h), is)
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
// something named before it: "It lasts …", "This program meets …",
// also after a short opening phrase ("In most cases, they last …").
func anaphoricOpening(lower string) bool {
	t := strings.TrimLeft(lower, " ")
	if anyPrefix(t, anaphors) {
		return true
	}
	k := strings.Index(t, ", ")
	if k <= 0 || k >= 40 || strings.Count(t[:k], " ") > 3 {
		return false
	}
	t = t[k+2:]
	// ("On release, they are monitored for five years": after such a
	// phrase "they" are as often the clients; they stand for programs
	// only where they last, run or meet.)
	if rest, ok := strings.CutPrefix(t, "they "); ok {
		for i, w := range strings.Fields(rest) {
			if i == 2 {
				break
			}
			if programVerbs[w] {
				return true
			}
		}
		return false
	}
	return anyPrefix(t, anaphors)
}

var programVerbs = wordSet("last", "run", "meet", "range", "span")

var anaphors = []string{"it ", "it's ", "it’s ", "this program ", "the program ", "this level ", "they "}

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

// offDefinition drops the yes/no claims of out[from:] that go against
// what their program is by definition (clients of an IOP, a PHP or
// outpatient care living on site or watched round the clock) when
// nothing near the
// sentence names the program: only the page's topic, or a heading
// further up, gave it. "Live on campus with structured therapy" in a
// list of levels on a PHP's page is another level's. A sentence naming
// the program, its paragraph's pronoun or the heading right over it
// still gives its program's word ("Our PHP clients live in our sober
// housing").
func (st *state) offDefinition(s *sentence, out []Claim, from int) []Claim {
	keep := out[:from]
	for _, c := range out[from:] {
		if c.Value != nil && againstDefinition(c.Kind, c.Subject, *c.Value) && !st.namedClose(s, c.Subject) {
			continue
		}
		keep = append(keep, c)
	}
	return keep
}

// againstDefinition reports a yes/no value a program of its kind cannot
// have.
func againstDefinition(k Kind, subj Subject, v bool) bool {
	switch subj {
	case IOP, PHP, OP:
		return k == LivesAtHome && !v || k == Supervision24x7 && v
	}
	return false
}

// namedClose reports subj named in the sentence, in its paragraph before
// a pronoun opening it, or in the heading right over it.
func (st *state) namedClose(s *sentence, subj Subject) bool {
	is := func(m mention) bool { return m.subject == subj && !m.contrast }
	if slices.ContainsFunc(s.mentions, is) || anaphoricOpening(s.lower) && slices.ContainsFunc(st.mentions[s.bi], is) {
		return true
	}
	hs := s.block.Headings
	return len(hs) > 0 && slices.ContainsFunc(st.namesIn(hs[len(hs)-1]), is)
}

// markTopical marks the claims whose subject is the page's own topic:
// the one program its title or address names, else the one program the
// page names; every claim of a page that names none. On such a page a
// figure under a heading, or in no program's sentence, still times that
// program; on an article that sets IOP, PHP and residential care side by
// side it may time any of them.
func (st *state) markTopical(out []Claim) {
	topic, n := levelsIn(st.titleNames()).sole()
	if n != 1 {
		if topic, n = st.bodyLevels.sole(); n > 1 {
			return
		}
	}
	// (A page that names no program at all, a sober house's or a unit's,
	// has one topic whatever its claims are said to be about.)
	for i := range out {
		out[i].Topical = topic == NoSubject || out[i].Subject == topic
	}
}

// levelSet holds levels of care, a bit each.
type levelSet uint8

var careLevels = [...]Subject{IOP, PHP, OP, Residential, Detox}

// levelsIn are the levels of care ms names.
func levelsIn(ms []mention) levelSet {
	var set levelSet
	for _, m := range ms {
		if k := slices.Index(careLevels[:], m.subject); k >= 0 {
			set |= 1 << k
		}
	}
	return set
}

// sole is the one level the set holds, and how many it holds.
func (set levelSet) sole() (Subject, int) {
	var one Subject
	n := 0
	for k, l := range careLevels {
		if set&(1<<k) != 0 {
			one = l
			n++
		}
	}
	if n != 1 {
		one = NoSubject
	}
	return one, n
}
