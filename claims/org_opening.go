package claims

import (
	"slices"
	"strings"

	"github.com/factlint/factlint/internal/prefilter"
)

// orgLead is a sentence that opens on a proper name and says what it
// runs: "Selah Creek's IOP runs …", "Naches Health meets four evenings a
// week".
var orgLead = prefilter.MustCompile(`^\W*([A-Z][A-Za-z]+(?:\s[A-Z][A-Za-z]+){0,3})(?:['’]s\s|\s+(?:meets|runs|offers|has|requires|keeps|lasts|provides|asks|holds|takes|uses|schedules|starts|gives|caps|expects)\b)`)

// orgLeadMatch is orgLead's name in t, "" when t opens on none or on a
// word of notOrgs. Most sentences open on a word small or common ("The",
// "Our", "Clients"): the look at the first word spares them the
// expression.
func orgLeadMatch(t string) string {
	w := strings.TrimLeft(t, " \"“*•-–—")
	if w == "" || w[0] < 'A' || w[0] > 'Z' || notOrgs[lowerASCII(leadingWord(w, 0))] {
		return ""
	}
	if m := orgLead.FindStringSubmatch(t); m != nil {
		return m[1]
	}
	return ""
}

// notOrgs open sentences with a capital and are no organisation that runs
// a program: standards bodies and payers, and words a sentence opens on.
var notOrgs = wordSet("asam", "samhsa", "cms", "nida", "medicare", "medicaid", "tip", "carf", "the", "our", "this", "that", "each", "every", "most", "many", "some", "it", "treatment", "therapy", "insurance", "care",
	"we", "you", "they", "clients", "patients", "people", "residents", "participants", "iop", "php", "iops", "phps", "detox", "residential", "outpatient", "a", "an", "all", "in", "at", "for", "if", "when")

// orgOpening returns the organisation a sentence opens on when the page
// is not that organisation's and names it as one of several: in its title
// or a heading, and as a proper name in the middle of a sentence
// somewhere ("Yakima IOPs: Selah Creek Recovery vs. Naches Health" over
// "Selah Creek's IOP runs three mornings a week" and "Naches Health meets
// four evenings a week"). Each such sentence gives that organisation's
// program, which the others' do not contradict. "" when it opens on none.
//
// The page must name two such organisations: a provider's own page
// names only itself, whose sentences are its own program.
func (st *state) orgOpening(s *sentence) string {
	name := orgLeadMatch(s.text)
	if name == "" {
		return ""
	}
	if st.orgs == nil {
		st.orgs = st.openingOrgs()
	}
	if len(st.orgs) < 2 || !slices.Contains(st.orgs, name) {
		return ""
	}
	return name
}

// openingOrgs lists the organisations the page's sentences open on, as
// orgOpening reads them; an empty, non-nil list when there are none.
func (st *state) openingOrgs() []string {
	orgs := []string{}
	for i := range st.doc.Blocks {
		b := &st.doc.Blocks[i]
		if isHeading(b.Kind) {
			continue
		}
		for _, sp := range b.Sentences {
			name := orgLeadMatch(b.Text[sp.Start:sp.End])
			if name == "" || slices.Contains(orgs, name) {
				continue
			}
			if st.x.terms.find(name, lowerASCII(name)) != nil || hostHolds(st.doc, name) {
				continue
			}
			if (strings.Contains(st.doc.Title, name) || st.inHeading(name)) && st.namedMidSentence(name, i) {
				orgs = append(orgs, name)
			}
		}
	}
	return orgs
}

// inHeading reports a heading of the page that holds name.
func (st *state) inHeading(name string) bool {
	for i := range st.doc.Blocks {
		if b := &st.doc.Blocks[i]; isHeading(b.Kind) && strings.Contains(b.Text, name) {
			return true
		}
	}
	return false
}

// namedMidSentence reports name written in a block other than bi's, or
// later in bi, after a word that is not a sentence's end: a proper name,
// where a word a sentence opens on would be written small.
func (st *state) namedMidSentence(name string, bi int) bool {
	for i := range st.doc.Blocks {
		b := &st.doc.Blocks[i]
		if isHeading(b.Kind) {
			continue
		}
		for k := strings.Index(b.Text, name); k >= 0; {
			if k > 0 && (i != bi || k > 2) {
				before := strings.TrimRight(b.Text[:k], " \"“(")
				if before != "" && !strings.ContainsAny(before[len(before)-1:], ".!?:\n•-") {
					return true
				}
			}
			n := strings.Index(b.Text[k+1:], name)
			if n < 0 {
				break
			}
			k += 1 + n
		}
	}
	return false
}
