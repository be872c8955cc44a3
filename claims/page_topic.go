package claims

import (
	"net/url"
	"strconv"
	"strings"

	"github.com/factlint/factlint/corpus"
	"github.com/factlint/factlint/internal/prefilter"
)

// pageTopic picks the program a page is about: title and headings weigh
// more than body mentions.
func (st *state) pageTopic() Subject {
	score := map[Subject]int{}
	// A title that names only outpatient care ("Riverstone Behavioral
	// Health | Outpatient Counseling") is about it; in running text a
	// bare "outpatient" may be an IOP or PHP too.
	titleWeak := func(ms []mention, w int) {
		for _, m := range ms {
			if programSubject(m.subject) && !m.weak && !m.contrast {
				return
			}
		}
		for _, m := range ms {
			if m.weak && m.subject == OP && !m.contrast {
				score[OP] += w
				return
			}
		}
	}
	add := func(ms []mention, lower string, w int) {
		var denied []bool
		if w == 1 {
			denied = deniedMentions(lower, ms)
		}
		for i, m := range ms {
			if !programSubject(m.subject) || m.contrast {
				continue
			}
			// "A Relapse-Prevention Group for Life After IOP": the
			// program named as the step before is not the page's.
			if w > 1 && afterStep[wordBefore(lower, m.start)] {
				continue
			}
			// "Outpatient Detox": the outpatient only says what kind of
			// detox the page is about.
			if m.weak && i+1 < len(ms) && ms[i+1].subject == Detox && ms[i+1].start-m.end <= 3 {
				continue
			}
			// ("… we will recommend our Tuesday outpatient group": a group
			// named in running text is a meeting, as group therapy is,
			// not what the page is about.)
			// ("This clinic does not run residential care or inpatient detox":
			// what a page says its provider does not run is not its
			// topic.)
			if denied != nil && denied[i] && !settingNamed(lower, m) {
				continue
			}
			if !m.weak && !(w == 1 && groupTerm(lower[m.start:m.end])) {
				score[m.subject] += w
			}
		}
	}
	tm := st.x.terms.find(st.doc.Title, st.title)
	st.titleTerms = tm
	add(tm, st.title, 5)
	titleWeak(tm, 5)
	// The page's address names its topic as a title does
	// (".../programs/intensive-outpatient-program/").
	var um []mention
	if p := urlWords(st.doc.URL); p != "" {
		um = st.x.terms.find(p, p)
		add(um, p, 5)
		titleWeak(um, 5)
	}
	st.mentions = make([][]mention, len(st.doc.Blocks))
	st.lower = make([]string, len(st.doc.Blocks))
	for i := range st.doc.Blocks {
		b := &st.doc.Blocks[i]
		st.lower[i] = lowerASCII(b.Text)
		st.mentions[i] = st.x.terms.find(b.Text, st.lower[i])
		st.bodyLevels |= levelsIn(st.mentions[i])
		switch b.Kind {
		case corpus.BlockTitle, corpus.BlockHeading:
			add(st.mentions[i], st.lower[i], 3)
		default:
			add(st.mentions[i], st.lower[i], 1)
		}
	}
	st.inpatientAsDetox(score)
	for _, subj := range st.deniedKinds() {
		delete(score, subj)
	}
	// A sober-living house or recovery residence is no treatment program:
	// its page speaks of the house, whatever programs its residents
	// attend elsewhere.
	if residencePage(st.doc, st.title, st.lower) {
		st.residence = true
		return Other
	}
	// A page filed under a practice's groups (".../groups/relapse-
	// prevention/", ".../groups/current-groups/") is about a group, or
	// several, whatever program their members come from; a program the
	// title or address names is its topic still.
	// ("This group is one track of our intensive outpatient program": a
	// part of the program, which is the topic.)
	if st.groupsPage = groupsFolder(st.doc.URL); st.groupsPage && !namesProgramIn(st.titleMentions(tm)) && !namesProgramIn(um) && !partOfOwnProgram(st.lower, st.mentions) {
		st.programTopic = NoSubject
		return Other
	}
	best, bestN := NoSubject, 0
	for _, s := range []Subject{IOP, PHP, OP, Residential} {
		if score[s] > bestN {
			best, bestN = s, score[s]
		}
	}
	// A detox page is about detox: detox comes before most programs, so
	// it is the topic only when it outweighs every program together.
	total := 0
	for _, s := range []Subject{IOP, PHP, OP, Residential} {
		total += score[s]
	}
	// A page that names no program but mentions detox once in passing
	// ("Day 1-7: medical detox") is not about detox.
	// ("The Cedar Hollow Residency Program … our residents …": a page that
	// names no level but houses its clients is a residential program's.)
	if best == NoSubject && score[Detox] < 3 && residentsNamed(st.lower) {
		best = Residential
	}
	st.programTopic = best
	if score[Detox] > total && score[Detox] >= 3 {
		return Detox
	}
	return best
}

// residentsNamed reports a page whose clients are its residents, said
// twice or more: "our residents", "a 12-month residency program".
func residentsNamed(lower []string) bool {
	n := 0
	for _, l := range lower {
		for _, w := range []string{"residents", "residency"} {
			for range wordIndexes(l, w) {
				if n++; n == 2 {
					return true
				}
			}
		}
	}
	return false
}

// lengthInTitle reads the one program length a title names ("60-Day
// Rehab Program", "Our 12-Week IOP"), else the one its address names
// ("/treatments/90-day-rehab-program/"): its name and its days.
func lengthInTitle(title, addr string) (string, float64) {
	for _, t := range []string{title, urlWords(addr)} {
		ms := lengthName.FindAllString(t, 2)
		if len(ms) != 1 {
			continue
		}
		f := strings.Fields(strings.ReplaceAll(ms[0], "-", " "))
		n, err := strconv.Atoi(f[0])
		if err != nil || n <= 0 {
			continue
		}
		days := float64(n)
		switch f[1] {
		case "week":
			days *= 7
		case "month":
			days *= month
		}
		return f[0] + "-" + f[1], days
	}
	return "", 0
}

// inpatientAsDetox reads "inpatient" as detox where the page or the
// section is about detox: on a page detox outweighs residential care,
// "our inpatient unit" is the detox unit; under a detox heading,
// "Withdrawal care / A brief inpatient stay of four to six days" is the
// detox stay.
func (st *state) inpatientAsDetox(score map[Subject]int) {
	detoxPage := score[Detox] >= 3 && score[Detox] > score[Residential]
	for bi, ms := range st.mentions {
		l, hs := st.lower[bi], st.doc.Blocks[bi].Headings
		for i := range ms {
			m := &ms[i]
			// ("move on to an inpatient stay of 60 days" names where
			// clients go next: a contrast, and a stay, not the unit.)
			if m.subject != Residential || m.contrast || l[m.start:m.end] != "inpatient" {
				continue
			}
			switch wordAfter(l, m.end) {
			case "units", "bed", "beds", "floor", "wing":
				if detoxPage {
					m.subject = Detox
				}
			case "unit":
				if detoxPage {
					m.subject = Detox
					continue
				}
				fallthrough
			case "stay", "stays", "setting", "care", "detox", "withdrawal":
				// ("After detox, most clients move on to an inpatient
				// stay of 60 days": the stay moved on to.)
				if len(hs) == 0 || movedTo(l, m.start) || strings.Contains(l[:m.start], " to ") && hasWord(l[max(0, m.start-40):m.start], "on", "into", "onto", "transfer", "transfers", "after") {
					continue
				}
				if st.headingSubject(hs[len(hs)-1]) == Detox {
					m.subject = Detox
				}
			}
		}
	}
}

// urlWords is the path of a page's address as words: "/blog/what-is-an-
// intensive-outpatient-program/" is "blog what is an intensive outpatient
// program", lowercased.
func urlWords(addr string) string {
	u, err := url.Parse(strings.TrimSpace(addr))
	if err != nil || u.Path == "" {
		return ""
	}
	return strings.TrimSpace(strings.Map(func(r rune) rune {
		switch r {
		case '/', '-', '_', '.':
			return ' '
		}
		if r >= 'A' && r <= 'Z' {
			return r + 'a' - 'A'
		}
		return r
	}, u.Path))
}

// residenceNames name a house for people in recovery, no treatment.
var residenceNames = []string{"sober living", "sober house", "sober houses", "sober home", "sober homes", "recovery residence", "recovery residences", "recovery house",
	"recovery homes", "halfway house", "transitional living", "re-entry home", "re-entry homes", "reentry home", "reentry homes"}

// definedAs opens a sentence on a name and what it is: "Gracepoint
// Houses are sober living homes …", its second group what it is.
var definedAs = prefilter.MustCompile(`^[a-z0-9'’&. -]{2,50}?\s(?:is|are)\s+((?:a|an|our|the)?\s*(?:[a-z-]+\s+){0,3}?(?:living|house|houses|home|homes|residence|residences))\b`)

// residencePage reports a page whose title, opening headings, address or
// first sentence name a sober-living house or recovery residence and no
// program.
func residencePage(doc *corpus.Document, title string, lower []string) bool {
	heads := []string{title}
	for i := 0; i < len(doc.Blocks) && i < 6; i++ {
		if k := doc.Blocks[i].Kind; k == corpus.BlockHeading || k == corpus.BlockTitle {
			heads = append(heads, lower[i])
		}
	}
	// ("Residential Care, Outpatient and Sober Living" heads a continuum of
	// care: its houses are one level beside residential treatment, whose
	// stays are the program's. "Sober Living With an IOP", "Residential
	// Sober Living" and "Sober Living After Inpatient Treatment" are
	// houses, whatever programs their residents attend or left.)
	for _, h := range heads[:min(2, len(heads))] {
		if hasWord(h, "residential", "inpatient") && hasWord(h, "outpatient", "iop", "php", "detox", "partial hospitalization") {
			return false
		}
	}
	// ("…/sober-living/", "…/reentry-homes/": the address names the
	// house as a title does.)
	if u := urlWords(doc.URL); u != "" {
		heads = append(heads, lowerASCII(u))
	}
	for i, h := range heads {
		if hasWord(h, residenceNames...) {
			return true
		}
		// "Larch House Transitional Residence" as the page's title or
		// headline names the house; "Transitional housing after
		// treatment" as a section of a treatment page does not.
		if i <= 1 && hasWord(h, "transitional residence", "transitional housing", "transitional house", "sober residence", "recovery housing") &&
			!hasWord(h, "treatment", "program", "residential", "rehab", "after", "care", "iop", "php") {
			return true
		}
	}
	// "Gracepoint Houses are sober living homes for men leaving
	// treatment.": the page's first sentence says what it is about (a
	// text export's title line may come before it).
	for i, n := 0, 0; i < len(doc.Blocks) && n < 2; i++ {
		if b := &doc.Blocks[i]; b.Kind == corpus.BlockParagraph && !strings.HasPrefix(b.Text, "SOURCE:") {
			n++
			if m := definedAs.FindStringSubmatchIndex(lower[i]); m != nil && hasWord(lower[i][m[2]:m[3]], residenceNames...) {
				return true
			}
		}
	}
	// ("House Rules & Resident Agreement" on harborlightsoberliving.com:
	// a sober living operator's site is about its houses, unless its
	// headings name a program of care.)
	if hostHolds(doc, "soberliving") || hostHolds(doc, "soberhouse") || hostHolds(doc, "soberhome") {
		for _, h := range heads {
			if hasWord(h, "iop", "php", "intensive outpatient", "partial hospitalization", "outpatient", "detox", "residential treatment") {
				return false
			}
		}
		return true
	}
	return false
}

// headline reports a heading that names the page's program, as a page's
// headline does ("Teen Intensive Outpatient Program"), not a section
// ("Teens and families").
func headline(l string, topic Subject) bool {
	switch topic {
	case IOP:
		return hasWord(l, "iop", "iops") || strings.Contains(l, "intensive outpatient")
	case PHP:
		return hasWord(l, "php", "phps") || strings.Contains(l, "partial hospitalization")
	case OP:
		return strings.Contains(l, "outpatient")
	case Residential:
		return strings.Contains(l, "residential")
	case Detox:
		return strings.Contains(l, "detox")
	}
	return false
}

// navLine reports a line of site navigation: "Programs | Teens | Adults".
func navLine(t string) bool { return strings.Count(t, "|") >= 2 }

// adultsApart reports adults named apart from young adults: "Adult and
// Teen IOP" serves adults too; "Young Adult IOP" does not.
func adultsApart(t string) bool {
	for _, y := range []string{"young adults", "young adult", "young-adults", "young-adult"} {
		t = strings.ReplaceAll(t, y, "")
	}
	return hasWord(t, "adult", "adults")
}

// titleMentions are the mentions of the page's title: tm, those of its
// <title>, or for a text export (no <title>) those of its first line
// after its address, when short enough for a title.
func (st *state) titleMentions(tm []mention) []mention {
	if i := st.textTitle(); i >= 0 {
		return st.mentions[i]
	}
	return tm
}

// textTitle is the block that is a text export's title: its first line
// after the SOURCE: line, when short enough to be one; -1 for a page with
// a title of its own or none.
func (st *state) textTitle() int {
	if st.doc.Title != "" {
		return -1
	}
	for i := range st.doc.Blocks {
		if strings.HasPrefix(st.doc.Blocks[i].Text, "SOURCE:") {
			continue
		}
		if wordCount(st.lower[i]) <= 12 {
			return i
		}
		break
	}
	return -1
}

// groupsFolder reports a page filed in a folder of groups, or the
// folder's own page: ".../groups/relapse-prevention/", ".../groups/".
// (Every page asks: the address is parsed only when it names groups.)
func groupsFolder(addr string) bool {
	if !strings.Contains(lowerASCII(addr), "groups") {
		return false
	}
	parent, last := urlSegments(addr)
	return parent == "groups" || last == "groups"
}

// partOfOwnProgram reports a page saying it is part of one of the
// provider's programs: "one track of our intensive outpatient program",
// "part of our PHP".
func partOfOwnProgram(lower []string, mentions [][]mention) bool {
	for i, ms := range mentions {
		for _, m := range ms {
			if !programSubject(m.subject) || m.subject == Detox || m.weak {
				continue
			}
			pre := strings.TrimRight(lower[i][:m.start], " ")
			if !strings.HasSuffix(pre, " of our") && !strings.HasSuffix(pre, " within our") && !strings.HasSuffix(pre, " in our") {
				continue
			}
			if hasWord(lower[i][max(0, len(pre)-30):len(pre)], "track", "part", "component", "phase", "piece", "module", "within") {
				return true
			}
		}
	}
	return false
}
