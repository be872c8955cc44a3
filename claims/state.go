package claims

import (
	"cmp"
	"fmt"
	"hash/maphash"
	"math"
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync/atomic"

	"github.com/factlint/factlint/claims/quantity"
	"github.com/factlint/factlint/corpus"
	"github.com/factlint/factlint/internal/prefilter"
)

// state carries what subject resolution needs across sentences of one document.
type state struct {
	// persona is the imagined client a worked example follows.
	persona persona
	// orgs are the other organisations the page's sentences open on
	// (orgOpening), nil until asked.
	orgs []string
	// weekHours: the last sentence read gave hours a week.
	weekHours bool
	x         *Extractor
	// offered are the programs the page says its provider runs.
	offered []Subject
	// ownPrograms: the section read is the provider's list of its own
	// programs ("Our levels of care", "Programs at Tallgrass").
	ownPrograms bool
	// home: the page is a site's front page.
	home bool
	// voicedPage backs pageVoiced: 0 unread, 1 no, 2 yes.
	voicedPage int8
	doc        *corpus.Document
	filter     gramFilter
	// hours backs sentence.hours.
	hours blockHours
	// rows backs sentence.rows.
	rows pageRows
	// unnamedAnswer is the block of a question that names no program (-1
	// when none): the rest of that block and the next block answer it, of
	// the page's program.
	unnamedAnswer int
	unnamedFrom   int // where the answer starts in that block
	// lastNamedIn is the block whose sentence last named st.last
	// plainly (-1 before any): "It requires …" there points back to it.
	lastNamedIn int
	// illustrativeFrom is the block of a sentence saying the figures of
	// its section only illustrate ("The quantities below are
	// illustrative"), -1 when none: the section's figures after it are
	// examples.
	illustrativeFrom int
	// topic is the page's main program, from its title and headings.
	topic Subject
	// last is the subject of the previous sentence, for pronouns;
	// lastProgram the last program named, for yes/no claims whose
	// previous sentence was about a therapy inside it.
	last, lastProgram Subject
	// lastGeneral: the sentence that last named st.last spoke of it in
	// general, not as the provider's.
	lastGeneral bool
	// ranLast is st.last when the sentence that set it said the provider
	// runs a program ("We also run an evening IOP"), else "".
	ranLast Subject
	// voiced: a sentence so far spoke as the provider ("our admissions
	// team", "we").
	voiced bool
	// jobBlock is 1 + the block jobBlockPosting was read for (0: none).
	jobBlock        int
	jobBlockPosting bool
	// lastPhase is the phase a sentence about detox opened with ("Days
	// 1-3: medical detox"): the next phase is the next step, not detox.
	lastPhase string
	// serviceLine: the sentence before was a line whose label named a
	// service beside the program ("Family group: once a week"), which
	// governs that line only.
	serviceLine bool
	// joinedFrom is what the sentence before a group joined was about:
	// the group carries to one sentence pointing back at it, no further.
	joinedFrom Subject
	// section is the subject of the last heading that named one.
	section Subject
	// listSubject is what the list being read is about.
	listSubject Subject
	// phase is the phase the current section's heading names ("Phase 1
	// (weeks 1 to 4)"), for the claims under it.
	phase string
	// track is the track the section's heading names ("Weekend Track").
	track string
	// headed lists the programs that headed a section so far, in order:
	// "What neither level provides" under sections on PHP and IOP speaks
	// of those two.
	headed []Subject
	// detoxForm is the form of detox ("inpatient", "outpatient") the
	// current section's heading names; it is the variant of the
	// section's detox claims.
	detoxForm string
	// apart: 1 when the page heads inpatient and residential care
	// apart, -1 when not, 0 until asked (see inpatientApart).
	apart int8
	// sectionAsked: the section's heading asked about its program ("Who
	// is PHP for?"), whose answer may end on other programs' clients.
	sectionAsked bool
	// substance is the substance a section's heading names ("Opioids"):
	// the withdrawal the section times.
	substance string
	// withdrawn is the substance whose withdrawal the sentence before,
	// in block withdrawnBlock, names ("Withdrawal from benzodiazepines
	// can start within a day."): "It usually lasts ten to fourteen days"
	// after it times that withdrawal.
	withdrawn      string
	withdrawnBlock int
	// prev holds the population and variant of the sentence before, in
	// the same block, for a sentence that points back ("The track lasts
	// 8 weeks"); titlePopulation is the page title's ("Teen IOP").
	prev struct {
		subject             Subject
		population, variant string
		// provider: the sentence spoke of the provider's own program.
		provider bool
		block    int
		// from is the sentence to read them from when it had no claims.
		from *sentence
	}
	titlePopulation string
	// titleVariant is the track the page's title names for its topic
	// ("Evening Intensive Outpatient for Working Adults").
	titleVariant string
	// titleTracks are the tracks the title names together ("Evening
	// Virtual IOP"), each of them the page's program.
	titleTracks []string
	// titleSubstance is the one substance a detox page's title names
	// ("Alcohol Detox | Lakeshore Detox Center"), "" when it names none,
	// several or drugs at large ("Detox From Drug or Alcohol Use").
	titleSubstance string
	// titleLength names the program the page's title or address names
	// by its length ("60-Day Rehab Program", ".../90-day-rehab/"), with
	// that length in days; "" when it names none or several.
	titleLength     string
	titleLengthDays float64
	// listings caches severalListings: 0 unread, 1 no, 2 yes.
	listings int8
	// hybrid caches isHybrid: 0 unread, 1 no, 2 yes.
	hybrid int8
	// places are the locations a page runs its programs at, when it
	// names two or more ("Northgate clinic", "our program in Ohio").
	places []string
	// labelPhase is a phase a label line opened ("Phase 1: Stabilize"),
	// at block labelPhaseBlock; it holds for the next block only.
	labelPhase      string
	labelPhaseBlock int
	// voicedSections are the sections (heading block indices, -1 before
	// the first heading) holding a sentence in the provider's voice.
	voicedSections []int
	// headingBlock is the index of the last heading block entered, -1
	// before the first.
	headingBlock int
	// ownPlace is the one of places the page's address names, the site a
	// location page is about ("/campuses/pine-hollow/"), lower-case.
	ownPlace string
	// directory marks a page listing other providers' programs, each
	// under its own heading.
	directory bool
	// question is the question sentence just read, for its answer, and
	// questionSentence the sentence itself, for a bare yes or no.
	question string
	// lengthAsked: the block just read is a heading naming a length.
	lengthAsked      bool
	questionSentence *sentence
	// prevPrograms are the programs the sentence just read named, in
	// order, for a "respectively" after it; spare is the other buffer.
	prevPrograms, spare []Subject
	// lastPair are the two programs the sentence just read joined by
	// "or" or "and" ("a PHP or an IOP"), for a "Both …" after it when
	// that sentence named others as well.
	lastPair []Subject
	// residence says the page is a sober house's or recovery residence's.
	residence bool
	// ranked are the comparisons of levels read so far.
	ranked []Ranking
	// recent are the programs named since the last heading, in order:
	// what "neither level" and "all three" count.
	recent []Subject
	// heading caches the subject a heading text names.
	heading map[string]Subject
	// plans backs pagePlans: the provider's own names for its levels
	// ("Basic", "Plus"), learnt from a table's "Level of care" row; nil
	// until asked, empty when the page has none.
	plans []plan
	// tracks are the capitalised names the page gives its programs'
	// tracks ("Core IOP", "Flex IOP"); nil until asked.
	tracks map[Subject][]string
	// focuses are the focuses the page names before each level ("mental
	// health IOP", "substance use IOP"), read once when a claim asks.
	focuses map[Subject][]string
	// table assigns blocks of a flattened comparison table to the program
	// of their column (see implicitTables).
	table map[int]Subject
	// mentions holds each block's mentions, found once per block and
	// shared by its sentences; bodyLevels the levels of care they name.
	mentions   [][]mention
	bodyLevels levelSet
	// lower holds each block's text lowercased (ASCII only, so offsets hold).
	lower []string
	// title is the page's title lowercased, read by several page tests.
	title string
	// titleTerms holds the mentions of the page's title, found once for
	// its topic; titled adds its address's, read once when a claim asks
	// (see titleNames).
	titleTerms, titled []mention
	// headerMentions holds the mentions of each heading or row header a
	// claim asked about (see namesIn).
	headerMentions map[string][]mention
	// sectionPopulation is the population the section's heading names
	// with its program ("Teen IOP"), "" when none.
	sectionPopulation string
	// jobPage marks a page of one job (see jobPage).
	jobPage bool
	// groupsPage marks a page in a groups folder (see groupsFolder).
	groupsPage bool
	// programTopic is the program the page is most about, detox aside.
	programTopic Subject
	// slabs hold the page's sentences (see sentencePool).
	slabs []*sentenceSlab
}

func newState(x *Extractor, doc *corpus.Document, noDetox bool) *state {
	st := &state{x: x, doc: doc, heading: map[string]Subject{}, unnamedAnswer: -1, lastNamedIn: -1, illustrativeFrom: -1, headingBlock: -1, title: lowerASCII(doc.Title), persona: persona{block: -1}}
	st.topic = st.pageTopic()
	if noDetox {
		st.topic = st.programTopic
	}
	st.directory = directoryPage(doc, st.title, st.lower) || st.providerHeadings(providersNeeded(st.lower))
	st.home = frontPage(doc.URL)
	named := st.title
	if i := st.textTitle(); i >= 0 {
		named = st.lower[i]
	}
	st.jobPage = jobPage(doc.URL, named)
	// (A directory's rows by state are its listings, read as such.)
	st.places = sitePlaces(doc, !st.directory)
	st.ownPlace = ownPlace(st.places, doc.URL)
	if t := st.title; !adultsApart(t) {
		if p := populationOf(t); p == "adolescent" || p == "young-adult" {
			st.titlePopulation = p
		}
	}
	// ".../addiction-medicine/adolescent-iop": the page's address names
	// whom its program is for, as a title does. (An address has no case:
	// its words are offered upper-cased for the acronyms, "IOP", to match.)
	if st.titlePopulation == "" {
		if parent, w := urlSegments(doc.URL); !adultsApart(w) {
			young := func(p string) bool { return p == "adolescent" || p == "young-adult" }
			// (".../teen-program/" on a page about a program names it too.)
			// (".../teens/intensive-outpatient/": a program's page filed
			// under whom it serves, the folder naming them alone.)
			pw := populationOf(w)
			p := pw
			if !young(p) && wordCount(parent) <= 2 && !hasWord(parent, "adult", "adults") {
				p = populationOf(parent)
			}
			if young(p) && (len(st.x.terms.find(strings.ToUpper(w), w)) > 0 || p == pw && programSubject(st.topic) && hasWord(w, "program", "track")) {
				st.titlePopulation = p
			}
		}
	}
	st.titleVariant = trackInTitle(st.title, st.topic)
	if t := st.title; hasWord(t, "detox", "detoxification", "withdrawal") && !hasWord(t, "drug", "drugs", "substance", "substances") {
		st.titleSubstance = soleSubstance(t)
	}
	if st.titleVariant != "" {
		st.titleTracks = stackedTracks(st.title, st.topic)
	}
	st.titleLength, st.titleLengthDays = lengthInTitle(st.title, doc.URL)
	headlineSeen := false
	for i := 0; i < len(doc.Blocks) && i < 6 && (st.titleVariant == "" || st.titlePopulation == ""); i++ {
		// A text export's title is its first heading, often the site's
		// name; the page's own headline follows it ("Teen Intensive
		// Outpatient Program").
		// The headline opens the page's body: body text before it (a
		// directory's "Showing 2 of 9 listings.") means there is none.
		if k := doc.Blocks[i].Kind; (k == corpus.BlockParagraph || k == corpus.BlockListItem) && !navLine(doc.Blocks[i].Text) && doc.Blocks[i].Text != doc.Title && wordCount(st.lower[i]) > 4 {
			headlineSeen = true
		}
		if k := doc.Blocks[i].Kind; k == corpus.BlockHeading || k == corpus.BlockTitle {
			if st.titleVariant == "" {
				st.titleVariant = trackInTitle(st.lower[i], st.topic)
				if st.titleVariant != "" {
					st.titleTracks = stackedTracks(st.lower[i], st.topic)
				}
			}
			// Only the first heading after the title is the headline.
			if l := st.lower[i]; !headlineSeen && doc.Title != doc.Blocks[i].Text && !navLine(doc.Blocks[i].Text) {
				headlineSeen = true
				if p := populationOf(l); headline(l, st.topic) && st.titlePopulation == "" && !adultsApart(l) && (p == "adolescent" || p == "young-adult") {
					st.titlePopulation = p
				}
			}
		}
	}
	st.table = implicitTables(st.mentions, doc)
	return st
}

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
		st.programTopic = ""
		return Other
	}
	best, bestN := Subject(""), 0
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
	if best == "" && score[Detox] < 3 && residentsNamed(st.lower) {
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

// onlyDenied reports that s names subj, and only as a program its
// provider does not run (see deniedPrograms).
func onlyDenied(s *sentence, subj Subject) bool {
	denied := deniedMentions(s.lower, s.mentions)
	n := 0
	for i, m := range s.mentions {
		if m.subject != subj {
			continue
		}
		if denied == nil || !denied[i] || settingNamed(s.lower, m) {
			return false
		}
		n++
	}
	return n > 0
}

// deniedKinds are the programs a page asks whether it is and answers
// no: "Is this an IOP? / No, it is a weekly group …". Whatever the
// page goes on to say of such programs, it says of them in general.
func (st *state) deniedKinds() []Subject {
	var out []Subject
	for bi, ms := range st.mentions {
		if len(ms) == 0 || bi+1 >= len(st.lower) || !strings.HasSuffix(strings.TrimSpace(st.lower[bi]), "?") {
			continue
		}
		if firstWord(st.lower[bi+1]) != "no" {
			continue
		}
		for _, m := range ms {
			open := st.lower[bi][:m.start]
			if k := strings.LastIndexAny(open, ".!?"); k >= 0 {
				open = open[k+1:]
			}
			if programSubject(m.subject) && askedKind(strings.TrimLeft(open, " ")) {
				out = append(out, m.subject)
			}
		}
	}
	return out
}

// settingNamed reports a detox mention that names one of its settings:
// "We don't offer outpatient detox" denies that setting, and says the
// provider runs the program another way.
func settingNamed(lower string, m mention) bool {
	if m.subject != Detox {
		return false
	}
	switch firstWord(lower[m.start:m.end]) {
	case "outpatient", "inpatient", "ambulatory", "residential", "medical", "social", "home", "hospital":
		return m.end-m.start > len(firstWord(lower[m.start:m.end]))
	}
	return false
}

// pointsBack reports a paragraph that opens on what came before: "These
// sessions …", "They …", "This …".
func pointsBack(t string) bool {
	switch strings.ToLower(firstWord(strings.TrimSpace(t))) {
	case "these", "this", "those", "they", "it", "such":
		return true
	}
	return false
}

// barRow reports a short line of a label and its value set apart by a
// bar, as a fact box exported to text writes it: "Weekly hours | 12".
func barRow(t string) bool {
	return len(t) <= 100 && strings.Count(t, " | ") == 1
}

// leavesTherapy reports a heading that leaves a section about a therapy
// for the program's own matters ("Attendance policy", "Cost",
// "Insurance", "What your week looks like", "A typical day"). A heading
// that may still be the therapy's ("Frequency", "Format", "Length",
// "Schedule") does not.
func leavesTherapy(heading string) bool {
	l := lowerASCII(heading)
	if strings.ContainsAny(l, "0123456789") || wordCount(l) > 6 || strings.HasSuffix(strings.TrimSpace(l), "?") {
		return false
	}
	return hasWord(l, "attendance", "policy", "policies", "rules", "cost", "costs", "insurance", "payment", "fees", "admission", "admissions",
		"eligibility", "bring", "typical") || strings.Contains(l, "week looks") || strings.Contains(l, "day looks") ||
		strings.Contains(l, "your week") || strings.Contains(l, "your day")
}

func (st *state) enterBlock(bi int, b *corpus.Block) {
	if b.Kind == corpus.BlockHeading || b.Kind == corpus.BlockTitle {
		// (A label line a text export took for a heading, "Peer groups:
		// 10 hours a week", is one of the section's items.)
		label, _ := labelSplit(b.Text)
		if label == "" {
			st.illustrativeFrom = -1
		}
		// A heading that names a subject starts a section about it. One
		// that names none ("Duration & Frequency", or a short line a text
		// export took for a heading: "3 hours daily") keeps the subject of
		// the section it sits in.
		// ("Modalities: Group therapy and individual counseling", a
		// fact box's line a text export took for a heading, lists what
		// the program is made of; it heads nothing.)
		subj := st.headingSubject(b.Text)
		if label != "" && formatRow(label) && !programSubject(subj) {
			return
		}
		st.headingBlock = bi
		if subj != "" {
			st.last, st.section = subj, subj
			st.sectionAsked = strings.HasSuffix(strings.TrimSpace(b.Text), "?")
			if programSubject(subj) && subj != Detox && !contains(st.headed, subj) {
				st.headed = append(st.headed, subj)
			}
			st.lastProgram = ""
			if programSubject(subj) && subj != Detox {
				st.lastProgram = subj
			}
		} else if st.groupsPage && st.topic == Other && b.Kind != corpus.BlockTitle && b.Text != st.doc.Title && !strings.Contains(b.Text, " | ") &&
			(!programSubject(st.section) || groupName(b.Text) && hasWord(lowerASCII(b.Text), groupNouns...)) {
			// On a page about groups, each section is a group's: "You
			// worked hard in intensive outpatient" then "At a glance" on
			// one group's page; "DBT Skills Group" after a program's
			// section on a page of several, the next group. (Under a
			// program's own heading only a heading naming a group starts
			// another: "Program Details" is the program's. On a page about
			// a program, "IOP Groups", its groups are its own.)
			st.last, st.section, st.lastProgram = Other, Other, ""
		} else if programSubject(st.topic) && st.section == st.topic && scheduleHeading(b.Text) && st.last != st.ranLast {
			// "… before stepping down to our evening IOP and then to weekly
			// outpatient sessions." then "Program hours": the page's
			// program's hours, not the last step named. ("We also run an
			// evening IOP for clients who work." then "Hours" is the IOP's.)
			st.last = st.topic
		} else if therapySubject(st.section) && programSubject(st.topic) && leavesTherapy(b.Text) {
			// "Individual sessions" then "Attendance policy": the
			// program's rules again, not the sessions'.
			st.last, st.section = st.topic, st.topic
		} else if st.section == Detox && programSubject(st.topic) && st.topic != Detox {
			// "Medical detox on-site" then "Program lengths" on a page
			// about residential care: detox is the step before the
			// page's program, and the next section is the program's.
			st.last, st.section = st.topic, st.topic
		} else if st.last != "" && st.last != st.section && (!programSubject(st.last) || programSubject(st.section) && bi > 0 && st.doc.Blocks[bi-1].Kind == corpus.BlockListItem ||
			// ("Who is PHP for? … and IOP clients who need more
			// structure." then "Schedule": the page's program, which the
			// question asked about, not the people the answer ended on.)
			programSubject(st.section) && st.section == st.topic && st.sectionAsked && !strings.HasSuffix(strings.TrimSpace(b.Text), "?")) {
			// "Why shorter groups work" after a sentence about the
			// continuing-care group: the section's program again, not
			// the care the last sentence moved on to. (A section about a
			// therapy keeps it: "Group Therapy" then "3 hours daily".)
			// So after a list that went through other levels ("How IOP
			// compares": "- PHP …", "- Outpatient counseling …"), the
			// next section is the IOP's again.
			switch {
			case programSubject(st.section):
				st.last = st.section
			case st.topic != "":
				st.last = st.topic
			}
		}
	}
	if b.Kind == corpus.BlockTableCell {
		st.last = ""
	}
	// "2. Intensive Outpatient Program (IOP)" then a paragraph about it:
	// an item that only names a program heads what follows it, as a
	// heading does. (Items naming one program each, one after another,
	// list services.)
	if subj := st.namingItem(bi); subj != "" {
		st.last, st.section = subj, subj
	}
	// A list that does not follow a lead-in ("Our IOP includes:") starts
	// from its section's program, not from the paragraph before it, and
	// its items read on from one another like sentences: an item that
	// names no program is about the one the item before it named. Every
	// item of a lead-in's list is about what the lead-in is about: "An IOP
	// suits people who:" followed by "- have completed residential
	// treatment", "- need more than weekly therapy, but not 24/7
	// supervision" speaks of the IOP in each item, whatever program
	// an earlier item named.
	switch {
	case b.Kind != corpus.BlockListItem:
		st.listSubject = ""
	case bi > 0 && st.doc.Blocks[bi-1].Kind != corpus.BlockListItem:
		prev := &st.doc.Blocks[bi-1]
		st.listSubject = ""
		// "Our IOP includes:", "Who is a good fit?": a lead-in.
		// ("There are two levels of care in our outpatient program:": a
		// lead-in to several programs, whose items read on like
		// sentences.)
		if t := strings.TrimSpace(prev.Text); (strings.HasSuffix(t, ":") || strings.HasSuffix(t, "?")) && !leadsToLevels(st.lower[bi-1]) {
			st.listSubject = st.last
		} else if st.section != "" {
			st.last = st.section
		}
	case st.listSubject != "":
		st.last = st.listSubject
		// "Based on the guidelines:" / "- Partial hospitalization (PHP)"
		// / "- Usually 5 days per week" / "- Intensive Outpatient Program
		// (IOP)" / "- Usually 3 days per week": an item that only names a
		// program, among items of facts, turns the lead-in's list to it.
		if p := st.nameOnlyItem(bi); p != "" && bi+1 < len(st.doc.Blocks) && st.doc.Blocks[bi+1].Kind == corpus.BlockListItem && st.nameOnlyItem(bi-1) == "" && st.nameOnlyItem(bi+1) == "" {
			st.listSubject, st.last = p, p
		}
	}
	// "4. Afternoon block: individual therapy, then a skills group" /
	// "5. Repeat four days a week": a therapy one item names is a part of
	// the day, not what the next item, or the paragraph after the list,
	// is about; they go back to the section's program.
	// (So does a fact box's row: "Counseling | one 50-minute session
	// weekly" says nothing of the paragraph after the box.)
	if heading := b.Kind == corpus.BlockHeading || b.Kind == corpus.BlockTitle; !heading && bi > 0 &&
		(st.doc.Blocks[bi-1].Kind == corpus.BlockListItem || slotLine(st.doc, bi-1) || barRow(st.doc.Blocks[bi-1].Text) && !barRow(b.Text) && !pointsBack(b.Text)) &&
		st.last != "" && !programSubject(st.last) && st.last != Other {
		switch {
		case programSubject(st.section):
			st.last = st.section
		case st.topic != "":
			st.last = st.topic
		}
	}
	if _, ok := st.table[bi]; ok {
		st.last = ""
	}
}

// nameOnlyItem is the program a list item names and does nothing else
// with ("- Intensive Outpatient Program (IOP)"), or "".
func (st *state) nameOnlyItem(bi int) Subject {
	if bi < 0 || bi >= len(st.doc.Blocks) {
		return ""
	}
	b := &st.doc.Blocks[bi]
	if b.Kind != corpus.BlockListItem || wordCount(b.Text) > 6 || strings.ContainsAny(b.Text, "0123456789?:.") {
		return ""
	}
	var subj Subject
	for _, m := range st.mentions[bi] {
		if !programSubject(m.subject) || m.contrast || subj != "" && m.subject != subj {
			return ""
		}
		subj = m.subject
	}
	return subj
}

// namedPhases are the phases medication treatment is told in.
var namedPhases = wordSet("induction", "stabilization", "stabilisation", "maintenance", "tapering", "taper")

// partNamedBefore returns, for a sentence opening on a part of the
// program ("This part of the program lasts …", "Typically, this phase
// takes …"), the program the sentence before it in the block names (the
// last one), or Other when it names none: the part's length is that
// part's, never the whole program's.
func (st *state) partNamedBefore(s *sentence) (Subject, bool) {
	loc := partOpening.FindStringIndex(s.lower)
	if loc == nil || loc[0] > 40 {
		return "", false
	}
	prev := -1
	for i, sp := range s.block.Sentences {
		if sp.End <= s.off {
			prev = i
		}
	}
	bi := s.bi
	if prev < 0 {
		// ("2. Stabilization is a period to keep him safe." / "This
		// period lasts …": the block before names it, when it is prose
		// of the same section.)
		bi = s.bi - 1
		if bi < 0 || len(st.doc.Blocks[bi].Sentences) == 0 || !proseBlock(st.doc.Blocks[bi].Kind) || !slices.Equal(st.doc.Blocks[bi].Headings, s.block.Headings) {
			return "", false
		}
		prev = len(st.doc.Blocks[bi].Sentences) - 1
	}
	sp := st.doc.Blocks[bi].Sentences[prev]
	subj := Other
	for _, m := range st.mentions[bi] {
		if m.start >= sp.Start && m.end <= sp.End && programSubject(m.subject) && !m.contrast && !m.weak {
			subj = m.subject
		}
	}
	return subj, true
}

func proseBlock(k corpus.BlockKind) bool {
	return k == corpus.BlockParagraph || k == corpus.BlockListItem
}

// stepDownAfter follows a schedule with its being a step down: "… for
// teens, offered as a transition step down for a week or two".
var stepDownAfter = prefilter.MustCompile(`^[^.;:!?]{0,80}?\bas\s+an?\s+(?:transition(?:al)?\s+|temporary\s+|brief\s+)?step[- ]down\b`)

// partOpening names a part of a program as a clause's subject.
var partOpening = prefilter.MustCompile(`(?:^|,\s+)this\s+(?:part|phase|stage|portion|step|period)(?:\s+of\s+(?:the\s+|our\s+)?(?:program|treatment|process|care))?\s+(?:lasts|takes|runs|typically|usually|generally|often|can|may|will|is)\b`)

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

// optionsLeadIn reports a list item whose list follows a lead-in that
// offers choices: "Clients can choose from three housing options:".
func (st *state) optionsLeadIn(bi int) bool {
	for bi > 0 && st.doc.Blocks[bi-1].Kind == corpus.BlockListItem {
		bi--
	}
	if bi == 0 {
		return false
	}
	lead := st.lower[bi-1]
	return strings.HasSuffix(strings.TrimSpace(lead), ":") && hasWord(lead, "options", "choices", "choose", "choice", "either")
}

// namingItem returns the program a list item names and nothing else,
// when the block after it names the program again; "" otherwise.
func (st *state) namingItem(bi int) Subject {
	subj := st.nameOnlyItem(bi)
	if bi+1 >= len(st.doc.Blocks) {
		return ""
	}
	// (The last of a list of services, "- Partial hospitalization" /
	// "Our program lasts eight weeks.", heads nothing: what follows a
	// heading item names its program again.)
	if subj == "" || !slices.ContainsFunc(st.mentions[bi+1], func(m mention) bool { return m.subject == subj && !m.contrast }) {
		return ""
	}
	// (Nor does the last of several items each naming a program, "-
	// Residential treatment" / "- Outpatient" / "Outpatient services are
	// …": a list of services.)
	if bi > 0 {
		if p := &st.doc.Blocks[bi-1]; p.Kind == corpus.BlockListItem && wordCount(p.Text) <= 6 && slices.ContainsFunc(st.mentions[bi-1], func(m mention) bool { return programSubject(m.subject) }) {
			return ""
		}
	}
	return subj
}

func (st *state) sentence(bi int, b *corpus.Block, si int) *sentence {
	sp := b.Sentences[si]
	text := b.Text[sp.Start:sp.End]
	lower := st.lower[bi][sp.Start:sp.End]
	s := st.newSentence()
	*s = sentence{doc: st.doc, block: b, bi: bi, off: sp.Start, text: text, lower: lower, filter: &st.filter, hours: &st.hours, rows: &st.rows, section: st.headingBlock, youngPage: st.titlePopulation != ""}
	// The block's mentions are in order of start: those of this sentence
	// start inside it (a block of thousands of lines read every mention
	// for every line).
	ms, first := st.mentions[bi], 0
	if len(ms) > 16 {
		first, _ = slices.BinarySearchFunc(ms, sp.Start, func(m mention, start int) int { return cmp.Compare(m.start, start) })
	}
	for _, m := range ms[first:] {
		if m.start >= sp.End {
			break
		}
		if m.start >= sp.Start && m.end <= sp.End {
			m.start -= sp.Start
			m.end -= sp.Start
			s.mentions = append(s.mentions, m)
		}
	}
	// "Our most intensive outpatient level: full days, Monday through Friday"
	// opening a line of the PHP's own section or page is the PHP, the
	// most intensive of its outpatient levels; elsewhere it names the IOP.
	if st.sectionOr(st.topic) == PHP {
		for i := range s.mentions {
			if m := &s.mentions[i]; m.subject == IOP && ownMostIntensive(lower, m.start) {
				m.subject = PHP
			}
		}
	}
	if s.mayHoldQuantity() {
		s.qs = quantity.Parse(text)
	}
	if breadcrumb(text) {
		s.qs = nil
	}
	for i := range s.qs {
		if i+1 < len(s.qs) && s.qs[i+1].Qualifier == quantity.Vague && rangeTo(lower, s.qs[i].End, s.qs[i+1].Start) {
			// "from a few days to several weeks": the range's far end is
			// vague, so a value for the near end alone would cut it short.
			continue
		}
		if i > 0 && s.qs[i-1].Qualifier == quantity.Vague && rangeTo(lower, s.qs[i-1].End, s.qs[i].Start) {
			// "several weeks to a few months": nor the far end alone,
			// when the near end is a count no value reads ("several",
			// "many"); "a few weeks to a few months" keeps its far end.
			near := s.qs[i-1]
			if vagueValue(&near); near.Qualifier == quantity.Vague {
				continue
			}
		}
		vagueValue(&s.qs[i])
		onAverage(&s.qs[i], lower)
	}
	s.qs = vagueToFigure(s.qs, text, lower)
	boundNamed(s.qs, lower)
	sharedBound(s.qs, lower)
	shareBound(s.qs, lower)
	s.qs = openSpan(s.qs, lower)
	s.qs = lengthSeries(s.qs, lower)
	s.qs = openSpanTo(s.qs, lower)
	s.qs = byIdiom(s.qs, lower)
	s.qs = elidedUnit(s.qs, lower)
	parallelFigure(s.qs, lower, s.mentions)
	frontedWeek(s.qs, lower)
	weekBreakdown(s.qs, lower)
	compactSchedule(s.qs, lower)
	if len(s.qs) == 1 && weekHeading(b) {
		weekLine(s.qs, lower)
	}
	s.qs = modeWeek(s.qs, text, lower)
	shareRate(s.qs, lower)
	s.qs = countAroundLength(s.qs, text, lower)
	meetingsJoined(s.qs, lower)
	attendedWeek(s.qs, lower)
	// The frequency words join the quantities after masking: "daily" and
	// "weekly" stay visible as rate cues for the hours around them.
	s.masked = maskQuantities(lower, s.qs)
	cr := clockRanges(text)
	if len(cr) > 0 && hoursAre.MatchString(lower) {
		// "Hours are Monday to Friday, 8:30am to 4:30pm (9:00am to
		// 1:30pm for programs)": the place's hours, but for a span said
		// to be the programs'.
		cr = slices.DeleteFunc(cr, func(q quantity.Quantity) bool { return !forPrograms.MatchString(lower[q.End:]) })
	}
	if len(cr) > 0 && !hasWord(lower, openingWords...) && !othersHours(lower, cr) && !serviceRow(b) && !othersColumn(b) && !contactNear(text, cr) && !timeSlot(b) && !(slotLine(st.doc, bi) && !namesProgramIn(st.mentions[bi])) && !st.labelSlot(bi) && !s.blockHoursLabel() && !sentenceHoursLabel(s) && !hoursHeading(b) && !chainedSlots(cr) {
		s.qs = addFrequencies(dropBareUnder(s.qs, cr), cr)
	}
	// ("What Weekly Outpatient Counseling Actually Looks Like" as a title
	// or its breadcrumb names a kind of care, no schedule.)
	// ("What weekly therapy offers" heads a section about a kind of
	// care, as a title does.)
	if s.containsAny("daily", "weekly", "every", "each day", "each weekday", "once-a-week", "once-per-week") && !(nameLine(b) && !s.containsAny("every", "each day", "each weekday")) && !careKindHeading(b, lower) {
		s.qs = addFrequencies(s.qs, frequencyWords(lower, s.masked, s.qs))
	}
	// (A cookie banner's "We use cookies" is the site's software
	// speaking, as pageVoiced reads it.)
	s.provider = providerVoiceIn(lower, s.contains) && !(s.contains("cookie") && cookieBanner(lower)) || namedProvider(s) || atOwnOpening(s) || everyOwnSite(s) || st.homeProgramLine(s) || st.ownUnit(s)
	applyHeader(s, b)
	return s
}

// hoursAre opens a sentence on a place's hours, days or times right
// after: "Hours are Monday through Friday", "Our office hours are 9 to
// 5", "Visit us Monday to Friday" ("Hours are flexible" says no hours).
var hoursAre = prefilter.MustCompile(hoursOpening + `(?:mon|tue|wed|thu|fri|sat|sun|weekdays|daily|every|\d)`)

// hoursOpening is what hoursAre and hoursAreBefore open on.
const hoursOpening = `^\s*(?:(?:our\s+)?(?:(?:office|clinic|business|center|centre|opening)\s+)?hours\s+are|visit\s+us)\s+(?:(?:on|from)\s+)?`

// forPrograms follows a span said to be the programs': " for programs",
// " for our groups".
var forPrograms = prefilter.MustCompile(`^\s*(?:for|of)\s+(?:the\s+|our\s+)?(?:programs?|groups?|iop|php|treatment|sessions)\b`)

// hoursAreBefore is hoursAre up to the days that follow it.
var hoursAreBefore = prefilter.MustCompile(hoursOpening + `$`)

// ownUnit reports a sentence opening on a detox unit whose beds it
// counts ("A 14-bed inpatient detox unit for adults …") on a provider's
// own page: a unit that exists, described by its owner.
func (st *state) ownUnit(s *sentence) bool {
	return s.contains("-bed ") && !st.directory && !articlePage(s.doc.URL) && bedsOfDetox.MatchString(s.lower)
}

// illustrativeNote says the figures that follow only illustrate: "The
// quantities listed are illustrative", "numbers below are for
// illustration only".
var illustrativeNote = prefilter.MustCompile(`\b(?:quantities|numbers|figures|amounts|values|hours)\b[^.;]{0,30}\b(?:are|is)\s+(?:only\s+|merely\s+|purely\s+)?(?:illustrative|for\s+illustration)\b`)

// leaveSentence remembers the sentence's subject for a following pronoun:
// the first program it names, else the subject its quantities resolved to.
func (st *state) leaveSentence(s *sentence, resolved Subject) {
	st.voiced = st.voiced || s.provider
	if s.contains("illustrat") && illustrativeNote.MatchString(s.lower) {
		st.illustrativeFrom = s.bi
	}
	own := st.ownAfterGeneral(s)
	prevLast, prevProgram := st.last, st.lastProgram
	st.carrySubject(s, resolved)
	// "This clinic does not run residential care or inpatient detox": a program
	// named only as one the provider does not run is not what the next
	// lines speak of.
	if st.last != prevLast && onlyDenied(s, st.last) {
		st.last = prevLast
		if st.lastProgram != prevProgram && onlyDenied(s, st.lastProgram) {
			st.lastProgram = prevProgram
		}
	}
	// "… our team books your next step: residential care, a day program
	// (PHP), an IOP or a counselor near you": a sentence listing three or
	// more programs and stating nothing of them names options, none of
	// which the next lines speak of.
	if resolved == "" && st.last != prevLast && optionsListed(s) {
		st.last, st.lastProgram = prevLast, prevProgram
	}
	if own != "" {
		st.last, st.lastGeneral = own, false
	}
	// "PHP is our most intensive level; we do not operate a residential
	// unit.": a program the sentence flatly denies running, beside one it
	// names plainly, is not what the next lines are about.
	if d := flatlyDenied(s); d != "" && (st.last == d || st.lastProgram == d) {
		if run := plainProgramBut(s, d); run != "" {
			if st.last == d {
				st.last = run
			}
			if st.lastProgram == d {
				st.lastProgram = run
			}
		}
	}
	for _, m := range s.mentions {
		if m.subject == st.last && !m.contrast {
			st.lastGeneral = generalStatement(s)
			st.lastNamedIn = s.bi
			break
		}
	}
	// "So the 28 days residential then IOP for how long?": the answer
	// is about the program asked about, the one nearest "how long".
	if s.question {
		if subj := askedProgram(s); subj != "" {
			st.last = subj
		}
	}
	// (A line going on about the service, "Duration: 90 minutes" after
	// "Family group: once a week", keeps it in view.)
	st.serviceLine = serviceLabelled(s) || st.serviceLine && s.off == s.block.Sentences[0].Start && len(s.mentions) == 0 && !programSubject(st.last)
	st.lastPhase = ""
	if st.last == Detox {
		st.lastPhase = phaseOf(s.lower)
	}
}

// optionsListed reports a sentence listing three or more programs as
// options, by commas and an "or": "residential care, a day program
// (PHP), an IOP or a counselor near you". ("A
// residential and detox provider has announced an evening IOP" names
// its subject among them.)
func optionsListed(s *sentence) bool {
	var seen [8]Subject
	n, first, last := 0, -1, -1
	for _, m := range s.mentions {
		if !programSubject(m.subject) || m.contrast {
			continue
		}
		if first < 0 {
			first = m.start
		}
		last = m.end
		if !slices.Contains(seen[:n], m.subject) && n < len(seen) {
			seen[n] = m.subject
			n++
		}
	}
	if n < 3 {
		return false
	}
	// (The "or" may come before the last program or after it: "…, an
	// IOP or a counselor near you".)
	span := s.lower[first:min(len(s.lower), last+8)]
	return strings.Contains(span, ", ") && strings.Contains(span, " or ")
}

// flatlyDenied is the program a sentence says, with nothing after it, the
// provider does not run: "we do not operate a residential unit.", "we
// don't offer PHP;" ("" when none is). A denial that goes on ("… in the
// evenings", "… to minors", "… at this clinic") leaves the program run.
// (Only a sentence with a denial and two programs can hold one; most
// sentences are asked.)
func flatlyDenied(s *sentence) Subject {
	if len(s.mentions) < 2 || !s.containsAny("not ", "n't", "n’t", "never ") {
		return ""
	}
	for _, m := range s.mentions {
		if !programSubject(m.subject) || m.subject == Detox {
			continue
		}
		pre := strings.TrimRight(s.lower[:m.start], " ")
		for _, a := range []string{" a", " an", " any"} {
			pre = strings.TrimSuffix(pre, a)
		}
		verb := wordBefore(pre, len(pre))
		if !offeringVerbs[verb] {
			continue
		}
		pre = strings.TrimRight(pre[:len(pre)-len(verb)], " ")
		if !strings.HasSuffix(pre, " not") && !strings.HasSuffix(pre, "n't") && !strings.HasSuffix(pre, "n’t") && !strings.HasSuffix(pre, " never") {
			continue
		}
		rest := strings.TrimLeft(s.lower[m.end:], " ")
		for _, w := range []string{"unit", "program", "programs", "care", "treatment", "beds", "facility"} {
			rest = strings.TrimLeft(strings.TrimPrefix(rest, w), " ")
		}
		if rest == "" || rest[0] == '.' || rest[0] == ';' {
			return m.subject
		}
	}
	return ""
}

// plainProgramBut is the first program other than d (and detox) the
// sentence names plainly, "" when none.
func plainProgramBut(s *sentence, d Subject) Subject {
	for _, m := range s.mentions {
		if programSubject(m.subject) && m.subject != d && m.subject != Detox && !m.contrast {
			return m.subject
		}
	}
	return ""
}

// offeringVerbs run or offer a program.
var offeringVerbs = wordSet("operate", "offer", "run", "have", "provide")

// generalStatement reports a sentence that says something of programs in
// general ("Many people begin with an IOP, which lets them live at
// home"): not the provider's, not a question, nor a heading or a short
// line that only names a program ("2. Residential treatment").
func generalStatement(s *sentence) bool {
	if k := s.block.Kind; k == corpus.BlockHeading || k == corpus.BlockTitle {
		return false
	}
	return !s.provider && !s.question && wordCount(s.lower) >= 6
}

// askedProgram is the program a question asks how long or how much of:
// the first named after "how long" / "how many" / "how much", else the
// last named before it; "" when the question asks neither or names none.
func askedProgram(s *sentence) Subject {
	at := -1
	for _, w := range []string{"how long", "how many", "how much"} {
		if k := strings.Index(s.lower, w); k >= 0 && (at < 0 || k < at) {
			at = k
		}
	}
	if at < 0 {
		return ""
	}
	var before Subject
	for _, m := range s.mentions {
		if !programSubject(m.subject) || m.weak {
			continue
		}
		if m.start > at {
			return m.subject
		}
		before = m.subject
	}
	return before
}

// carrySubject sets what the next sentence is about when it names nothing.
func (st *state) carrySubject(s *sentence, resolved Subject) {
	if from := st.joinedFrom; from != "" {
		st.joinedFrom = ""
		defer func() {
			if st.last == Other && !mentionedBefore(s, Other, len(s.lower)) {
				st.last = from
			}
		}()
	}
	// "| Setting | Inpatient, private rooms |" on a detox page's fact
	// table says where the page's program happens, not what the next
	// row is about.
	if b := s.block; b.Kind == corpus.BlockTableCell && settingRow(b.RowHeader) {
		return
	}
	// (Nor does "Setting: Inpatient, medically monitored" under a
	// listing of a detox: a line labelled as the setting. "Setting:
	// Outpatient (ambulatory) detox" names the detox, and its form.)
	// (Where the listing's heading named no program, "Setting:
	// Outpatient" names it.)
	if label, e := s.label(); e > 0 && settingRow(label) {
		// (Only where detox is the setting's program, not one referred
		// elsewhere or denied: "Outpatient; detox referrals available",
		// "Residential (no detox on site)".)
		if onlyDetoxNamed(s) && !hasWord(s.lower, "referral", "referrals", "refer", "refers", "no", "not", "without") {
			st.last = Detox
			return
		}
		if programSubject(st.section) {
			return
		}
		for _, m := range s.mentions {
			if programSubject(m.subject) && m.subject != Detox && !m.contrast {
				st.last = m.subject
				return
			}
		}
		return
	}
	// "Format: Group therapy plus individual counseling" in a program's
	// fact box lists what the program is made of; the box's next line,
	// "Schedule: 4 days a week", is still the program's.
	// ("Services: intensive outpatient, outpatient, DUI assessment" names
	// the program first.)
	if label, e := s.label(); e > 0 && formatRow(label) {
		for _, m := range s.mentions {
			if programSubject(m.subject) && !m.weak && !m.contrast {
				st.last = m.subject
				break
			}
		}
		return
	}
	// A subject met only as a contrast ("step down to our PHP, which
	// meets 5 days a week") held its own clause; it does not carry.
	if resolved != "" && !onlyContrast(s, resolved) {
		st.last = resolved
	}
	for _, m := range s.mentions {
		if programSubject(m.subject) && m.subject != Detox && !m.weak && !m.contrast {
			st.lastProgram = m.subject
		}
	}
	if k := s.block.Kind; k == corpus.BlockHeading || k == corpus.BlockTitle {
		return // enterBlock already took the heading's subject
	}
	// "When a residential stay is more than you need, our PHP gives you a
	// full day": the opening clause sets the scene, the main clause's
	// program is what the next sentence is about.
	main := openingClauseEnd(s.lower)
	// "Alumni of our PHP and IOP can join a continuing-care group. It
	// meets once a week": the group joined is what the next sentence
	// goes on about, not the programs its members come from.
	// ("… parents are expected to join a family group once a month. /
	// Most teens stay about twelve weeks": only the group pointed back at.)
	// (Only a group of its own after the program, continuing care or
	// aftercare; a family group runs beside it, and "It runs five days a
	// week" after one is the program again.)
	next := st.nextSentence(s)
	if groupPointedBack(next) {
		for _, m := range s.mentions {
			if m.subject == Other && joinedGroup(s.lower, m) && afterCareGroup(s.lower[m.start:m.end]) {
				st.joinedFrom = st.last
				if st.joinedFrom == "" || st.joinedFrom == Other {
					st.joinedFrom = resolved
				}
				st.last = Other
				return
			}
		}
	}
	// "After PHP, you would move to an IOP, which is more flexible.
	// Here, you attend …": the program a client is said to move on to
	// is where "Here" and "There" point next.
	if pointsToPlace(next) {
		for i := len(s.mentions) - 1; i >= 0; i-- {
			if m := s.mentions[i]; programSubject(m.subject) && !m.weak && movedOnTo(s.lower, m.start) {
				st.last = m.subject
				return
			}
		}
	}
	for i, m := range s.mentions {
		if m.start < main && st.carriesAfter(s, main) {
			continue
		}
		if st.carries(s, m) {
			// "Larchfield Health, a detox and residential operator, has
			// opened an evening IOP": what the provider is sets no
			// topic when the sentence goes on to a program that can.
			if describesProvider(s.lower, m) && slices.ContainsFunc(s.mentions[i+1:], func(n mention) bool { return st.carries(s, n) }) {
				continue
			}
			// "They …" keeps the previous subject; "Most of our IOP
			// clients …" names its own within its first words.
			if st.last == "" || !startsWithPronoun(s.lower) || wordCount(s.lower[:m.start]) <= 4 {
				st.last = m.subject
				// ("We offer outpatient therapy, and our IOP is our most
				// structured service" on the IOP's page: the page's
				// program, a clause's subject, over one offered beside it.)
				if m.subject != st.topic && programSubject(st.topic) && topicSubjectAfter(s, st.topic, i) {
					st.last = st.topic
				}
			}
			return
		}
	}
}

// topicSubjectAfter reports the page's program named after the i-th
// mention as the subject of its own clause: "…, and our IOP is …",
// "…; the IOP meets …".
func topicSubjectAfter(s *sentence, topic Subject, i int) bool {
	for _, m := range s.mentions[i+1:] {
		if m.subject != topic || m.contrast {
			continue
		}
		end := m.end
		// ("our day treatment program (PHP) is …": past the
		// noun and the abbreviation.)
		if w := wordAfter(s.lower, end); w == "program" || w == "programme" {
			end = indexFrom(s.lower, w, end) + len(w)
		}
		if rest := strings.TrimLeft(s.lower[end:], " "); strings.HasPrefix(rest, "(") {
			if k := strings.IndexByte(rest, ')'); k > 0 && k < 12 {
				end = len(s.lower) - len(rest) + k + 1
			}
		}
		switch wordAfter(s.lower, end) {
		case "is", "meets", "runs", "lasts", "provides", "offers", "includes":
		default:
			continue
		}
		switch wordBefore(s.lower, m.start) {
		case "our", "the", "this":
			return true
		}
	}
	return false
}

// describesProvider reports a mention that says what kind of provider an
// organisation is: "a residential and detox provider", "an outpatient
// treatment center".
func describesProvider(lower string, m mention) bool { return providerNoun(lower, m) != "" }

// providerNoun is the noun of kind a mention describes a provider by
// ("provider", "center", "operator"), "" when it describes none.
func providerNoun(lower string, m mention) string {
	// ("a detox and residential operator": past the levels before it.)
	j := m.start
	for n := 0; ; n++ {
		w := wordBefore(lower, j)
		if w == "a" || w == "an" {
			if k := providerKind.FindStringSubmatch(lower[m.end:]); k != nil {
				return k[1]
			}
			return ""
		}
		if n == 4 || !providerDescriptors[w] {
			return ""
		}
		j = lastIndex(lower[:j], w)
	}
}

var providerDescriptors = wordSet("and", "or", "&", "detox", "residential", "outpatient", "inpatient", "addiction", "treatment", "behavioral", "recovery", "medical")

var providerKind = prefilter.MustCompile(`^(?:\s*(?:and|&|,|treatment|detox|care|addiction|recovery|rehab|substance|use|mental|health|behavioral))*\s+(provider|providers|center|centre|facility|organization|organisation|company|operator|network|nonprofit|agency)\b`)

// afterStep are the words before a program a question names as the step
// before the one it asks about.
var afterStep = wordSet("after", "following", "completing", "finishing", "leaving")

// namesStepBefore reports a question naming a program after one of
// afterStep.
func namesStepBefore(s *sentence) bool {
	for _, m := range s.mentions {
		if programSubject(m.subject) && afterStep[wordBefore(s.lower, m.start)] {
			return true
		}
	}
	return false
}

// settingRow reports a table row that says where a program happens.
func formatRow(label string) bool {
	switch strings.ToLower(strings.TrimSpace(label)) {
	case "format", "program format", "approach", "treatment approach", "includes", "program includes", "treatment includes", "services", "services offered",
		"modalities", "therapies", "therapies offered", "therapy types", "components", "what's included", "what’s included", "what you'll get", "what you’ll get",
		"what you get", "focus", "methods", "core services":
		return true
	}
	return false
}

func settingRow(label string) bool {
	switch strings.ToLower(strings.TrimSpace(label)) {
	case "setting", "location", "where", "where you live", "where you stay", "housing", "treatment setting":
		return true
	}
	return false
}

// carries reports whether a mention can be what the next sentence is
// about: not a contrast, not detox (a step before most programs), not a
// program in an "of" phrase ("the benefits of residential care"), and a
// therapy only where it is the subject of its clause — "An IOP provides
// group and individual therapy" is still about the IOP.
func (st *state) carries(s *sentence, m mention) bool {
	// A bare "outpatient" in a section about the IOP or PHP is the kind
	// of care those are, not another program.
	// ("PHP — full days; IOP — evenings; Outpatient — an hour or two
	// each week": outpatient as a line's whole label is a level of its
	// own.)
	// ("What does outpatient look like after IOP?": a question naming the
	// program it follows asks about the other one, even a bare
	// "outpatient".)
	if s.question && afterStep[wordBefore(s.lower, m.start)] {
		return false
	}
	if m.contrast || m.weak && (st.last == IOP || st.last == PHP) && !labelOfLine(s, m) && !(s.question && namesStepBefore(s)) {
		return false
	}
	// "outpatient (ambulatory) detox": the setting of the detox named.
	if m.subject != Detox && detoxAfter(s.lower, m.end) {
		return false
	}
	// ("Detox at Clearwater is inpatient, so you stay with us": the
	// detox's setting too.)
	if m.subject == Residential && detoxIsSetting(s, m) {
		return false
	}
	// Detox carries only where the sentence names no other program: it
	// is a step before most programs, and "detox, then IOP" is about the IOP.
	if m.subject == Detox {
		// ("Ambulatory detox is withdrawal management delivered on an
		// outpatient basis": the setting of the detox names no program.)
		for _, o := range s.mentions {
			if programSubject(o.subject) && o.subject != Detox && !o.contrast && !setting(s.lower, o) {
				return false
			}
		}
		// "They receive detox, counseling and therapy": a service a
		// program's clients receive is no subject of its own; "During
		// the detox stay, …" frames what follows.
		lo, _ := clauseBounds(s.lower, m.start, m.end)
		return opensClause(s.lower, lo, m.start, m.end) || framingPhrase(s.lower, m.start)
	}
	if (wordBefore(s.lower, m.start) == "of" || ofPhrase(s.lower, m.start)) && !ofSubject(s, m) || listedExample(s.lower, m.start) || referralTarget(s.lower, m.start) || m.subject == OP && readyFor(s.lower, m.start) ||
		wordAfter(s.lower, m.end) == "basis" {
		return false
	}
	if programSubject(m.subject) {
		return true
	}
	lo, _ := clauseBounds(s.lower, m.start, m.end)
	return opensClause(s.lower, lo, m.start, m.end)
}

// prescriberVisit reports a name of a psychiatric or medication visit.
func prescriberVisit(name string) bool {
	return strings.HasPrefix(name, "psychiatr") || strings.HasPrefix(name, "medication")
}

// referralTarget reports a program clients are sent on to ("arrange a
// referral to a residential or inpatient program", "are referred to
// inpatient care"): elsewhere, not what the next sentence is about.
func referralTarget(lower string, i int) bool {
	return verbThenTo(lower, i, 4, referralVerbs) || connectedWith(lower, i)
}

// connectedWith reports a program named as what clients are put in touch
// with, another provider's: "before discharge, our team links each client
// with a residential or outpatient program near home".
func connectedWith(lower string, i int) bool {
	j := lastIndex(lower[:i], " with ")
	if j < 0 || wordCount(lower[j:i]) > 4 {
		return false
	}
	return hasWord(lower[max(0, j-40):j], "connect", "connects", "connected", "link", "links", "linked", "match", "matches", "matched")
}

// readyFor reports the care a client will be ready for, the next step:
// "when you're ready for weekly outpatient care". The next sentence is not
// about standard outpatient care so named. ("When you're ready for the
// IOP, we make the move together. The program meets three evenings a
// week" goes on about the IOP.)
func readyFor(lower string, i int) bool {
	k := backOver(lower, i, 2, readyForSkips)
	return wordBefore(lower, k) == "for" && wordBefore(lower, lastIndex(lower[:k], "for")) == "ready"
}

var readyForSkips = wordSet("weekly", "standard", "our", "the", "a", "an", "traditional", "regular", "routine")

// backOver moves i back over at most n words of set right before it:
// past "our adolescent" to the "to" of "to our adolescent IOP".
func backOver(lower string, i, n int, set map[string]bool) int {
	for ; n > 0; n-- {
		w := wordBefore(lower, i)
		if !set[w] {
			break
		}
		i = lastIndex(lower[:i], w)
	}
	return i
}

var referralVerbs = wordSet("referral", "referrals", "refer", "refers", "referred", "referring", "transfer", "transfers", "transferred", "sent")

// ofPhrase reports "of an inpatient program", "of the IOP".
func ofPhrase(lower string, i int) bool {
	w := wordBefore(lower, i)
	if w != "a" && w != "an" && w != "the" && w != "our" && w != "their" {
		return false
	}
	k := lastIndex(lower[:i], w)
	if wordBefore(lower, k) != "of" {
		return false
	}
	// "many of our IOP clients" is about the IOP's clients.
	q := wordBefore(lower, lastIndex(lower[:k], "of"))
	return !quantifiers[q]
}

// ofSubject reports a program named in an "of" phrase after a noun of
// what it is made of, opening the sentence: "The core of an intensive
// outpatient program is group work" is about the program.
func ofSubject(s *sentence, m mention) bool {
	k := lastIndex(s.lower[:m.start], " of ")
	if k < 0 {
		return false
	}
	noun := wordBefore(s.lower, k+1)
	return definingNouns[noun] && opensOnNoun(s.lower, k-len(noun))
}

// definingNouns say what a program is made of, how it runs or how long, not what it
// costs or gives beside another ("The cost of an IOP is lower" on a
// residential page keeps the page's program).
var definingNouns = wordSet("core", "heart", "hallmark", "hallmarks", "foundation", "backbone", "features", "feature", "structure",
	"format", "schedule", "centerpiece", "basis", "duration", "length")

var quantifiers = wordSet("many", "most", "some", "all", "each", "one", "none", "few", "several", "half", "majority", "both", "any", "plenty", "lots", "of", "numerous", "countless", "number", "several", "plenty")

func (st *state) headingSubject(text string) Subject {
	if s, ok := st.heading[text]; ok {
		return s
	}
	// "About the Plus plan" under a table whose level row makes the Plus
	// column the IOP.
	if p := st.planNamed(text); p != "" {
		st.heading[text] = p
		return p
	}
	// A heading about detox ("Outpatient Detox", "What to Expect in
	// Detox") is a detox section, unless it also names another program
	// ("IOP After Detox"), which is then what the section is about.
	var subj Subject
	l := lowerASCII(text)
	ms := st.x.terms.find(text, l)
	// "What does outpatient look like after IOP?": the program named as
	// the step before is not what the section is about.
	// "A Relapse-Prevention Group for Life After IOP": a heading that
	// names a program only as the step before speaks of what follows it.
	stepNamed := false
	var kept []mention
	for _, m := range ms {
		if !afterStep[wordBefore(l, m.start)] {
			kept = append(kept, m)
		}
	}
	switch {
	case len(kept) == 0 && len(ms) == 1 && !ms[0].weak && !strings.HasSuffix(strings.TrimSpace(text), "?"):
		st.heading[text] = ""
		return ""
	case len(kept) > 0 && len(kept) < len(ms):
		ms, stepNamed = kept, true
	}
	for _, m := range ms {
		// "Outpatient (Level 1)", "Outpatient Treatment": a heading that
		// names only outpatient care heads the outpatient section, as a
		// row headed "Outpatient" does (and so does one naming it
		// besides the step before it).
		// ("How long is an outpatient appointment?": a question about
		// outpatient care alone.)
		// (Only one asking about outpatient visits: "Does insurance
		// cover outpatient care?" on a PHP page asks about the PHP.)
		// ("Outpatient services (ASAM Level 1)": a bracket after the
		// name says which level, no more.)
		if m.weak && len(ms) == 1 && (wordCount(withoutBrackets(text)) <= 4 || stepNamed || strings.HasSuffix(strings.TrimSpace(text), "?") && outpatientService(l, m)) {
			subj = m.subject
			break
		}
		if m.weak || m.contrast {
			continue
		}
		// "Inpatient (Residential) Detox", "Residential withdrawal
		// management": the program word says which detox it is.
		if m.subject != Detox && detoxAfter(lowerASCII(text), m.end) {
			continue
		}
		// ("Level 3.7: Medically Monitored Detox": the level's number
		// before a named detox is the detox's level, 3.7-WM.)
		if m.subject != Detox && !(levelCode(text[m.start:m.end]) && namesDetoxAfter(ms, m.end)) {
			subj = m.subject
			break
		}
		if subj == "" {
			subj = Detox
		}
	}
	// ("Psychiatric follow-up once a week", a line of the program's week
	// a text export took for a heading, heads nothing.)
	if subj == Other && len(ms) > 0 && ms[0].start <= 4 && prescriberVisit(l[ms[0].start:ms[0].end]) {
		subj = ""
	}
	st.heading[text] = subj
	return subj
}

// outpatientService reports a bare "outpatient" naming standard
// outpatient visits: "an outpatient appointment", "standard outpatient",
// "outpatient counseling".
func outpatientService(l string, m mention) bool {
	switch wordAfter(l, m.end) {
	case "appointment", "appointments", "session", "sessions", "counseling", "counselling", "therapy", "visit", "visits":
		return true
	}
	// ("How often will I see my counselor in outpatient?": the level.)
	switch wordBefore(l, m.start) {
	case "standard", "traditional", "regular", "routine", "general", "in":
		return true
	case "court-ordered", "court-mandated":
		// ("How long is court-ordered outpatient?"; not "Will my hours
		// count toward court-ordered outpatient?", which asks about the
		// page's program.)
		return !hasWord(l, "my", "your", "our", "this", "toward", "towards", "satisfy", "meet", "count", "than")
	}
	return false
}

// levelCode reports an ASAM level written as its number: "Level 3.7".
func levelCode(t string) bool {
	l := lowerASCII(strings.TrimSpace(t))
	return strings.HasPrefix(l, "level ") && len(l) > 6 && l[6] >= '0' && l[6] <= '9'
}

// namesDetoxAfter reports a detox mention after i.
func namesDetoxAfter(ms []mention, i int) bool {
	for _, m := range ms {
		if m.start >= i && m.subject == Detox {
			return true
		}
	}
	return false
}

// cellSubject names the program a table cell is about: the program its row
// names (detox included: a "Detox" row states detox's own length), else
// its column's. A row that names no program ("2-week rehab") is about
// something else, not about the page's topic.
func (st *state) cellSubject(bi int) (Subject, bool) {
	b := &st.doc.Blocks[bi]
	if subj, ok := st.namedInCell(b.RowHeader); ok {
		return subj, true
	}
	// "| Individual counseling | 1 hour per week |" in a table headed by
	// the IOP: the row is the counseling's, as the label line
	// "Individual counseling: 1 hour per week" is. ("| Weekly group
	// hours | 12 |" says what it measures, and is the program's.)
	if h := strings.TrimSpace(b.RowHeader); h != "" && h != strings.TrimSpace(b.Text) && therapyLabel(lowerASCII(h)) && measuresNothing(h) {
		for _, m := range st.x.terms.find(h, lowerASCII(h)) {
			if !programSubject(m.subject) {
				return m.subject, true
			}
		}
		return Other, true
	}
	if subj, ok := st.namedInCell(b.ColHeader); ok {
		return subj, true
	}
	// "| | IOP | PHP | Continuing Care |": a column headed by care beside
	// or after the programs is none of them.
	if h := strings.TrimSpace(b.ColHeader); h != "" && wordCount(h) <= 3 {
		// ("| Sober living home |": with a noun of kind after it.)
		if ms := st.x.terms.find(h, lowerASCII(h)); len(ms) == 1 && ms[0].subject == Other && ms[0].start == 0 && (ms[0].end == len(h) || kindNouns[strings.TrimSpace(lowerASCII(h[ms[0].end:]))]) {
			return Other, true
		}
	}
	// "| | Basic | Plus |" over "| Level of care | Standard outpatient |
	// IOP |": plans named by the provider, whose level a row of the
	// table gives.
	if subj, ok := st.columnLevel(bi); ok {
		return subj, true
	}
	// "| 2.5 | Partial hospitalization | 20 or more hours weekly |": a
	// row headed by a number or a code names its program in a cell
	// before this one.
	// ("| Desert Row Clinic | PHP, IOP, OP | Mon–Thu 6–9 pm | 12 |"
	// under "| Name | Levels offered | IOP times | Weekly hrs |": a cell that
	// lists several programs names none of them; the column that names
	// one does.)
	if b.RowHeader != "" && st.x.terms.find(b.RowHeader, lowerASCII(b.RowHeader)) == nil {
		for k := bi - 1; k >= 0 && k >= bi-6; k-- {
			o := &st.doc.Blocks[k]
			if o.Kind != corpus.BlockTableCell || o.RowHeader != b.RowHeader || o.Text == b.RowHeader {
				break
			}
			if subj, ok := st.namedInCell(o.ColHeader); ok {
				return subj, true
			}
			if st.programCount(o.Text) > 1 {
				continue
			}
			if subj, ok := st.namedInCell(o.Text); ok {
				return subj, true
			}
		}
	}
	// "| Monday | 5:30 – 8:30 p.m. |", "| Days | Monday through Friday |":
	// a row of a schedule or a fact sheet describes the program the table
	// is under.
	// "| Alcohol | 3–7 days |": a row per substance times its
	// withdrawal, which is detox's, as a substance label line is.
	// ("| Alcohol | 30 days |" on a residential page is the residential
	// stay for that substance.)
	if b.RowHeader != "" && substanceLabel(lowerASCII(strings.TrimSpace(b.RowHeader))) {
		if h := lowerASCII(b.ColHeader); st.topic == Detox || strings.Contains(h, "detox") || strings.Contains(h, "withdrawal") {
			return Detox, true
		}
		if programSubject(st.topic) {
			return st.topic, true
		}
	}
	if b.RowHeader != "" && !factRow(b) {
		return Other, true
	}
	return "", false
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

// courtLasts names a court program as what lasts: "DUI Court lasts",
// "treatment court runs", "drug court typically takes".
var courtLasts = prefilter.MustCompile(`\b(?:dui|dwi|drug|treatment|recovery|mental\s+health|veterans|family|wellness)\s+court\s+(?:program\s+)?(?:usually\s+|typically\s+|generally\s+|often\s+)?(?:lasts?|runs?|takes?|is)\b`)

// socialDetox reports a page that speaks of detox without medicine:
// "social detox", "non-medical detox", "social model detox".
func (st *state) socialDetox() bool {
	for _, l := range st.lower {
		if strings.Contains(l, "social detox") || strings.Contains(l, "non-medical detox") || strings.Contains(l, "social model detox") || strings.Contains(l, "social-model detox") {
			return true
		}
	}
	return false
}

// hoursHeading reports a block under a heading of opening hours ("Office
// hours", "Hours of operation"): when the doors are open. (A bare "Hours"
// heads a program's schedule as often as an office's: only a line open
// longer than any program's day, "Monday to Friday 8:00 a.m. to 6:00
// p.m.", is the door's, as under the label "Hours:".)
func hoursHeading(b *corpus.Block) bool {
	if len(b.Headings) == 0 {
		return false
	}
	switch h := doorHeading(b.Headings[len(b.Headings)-1]); h {
	case "business hours", "office and phone hours":
		return true
	case "what are your hours?", "what are your hours", "what are your office hours?", "when are you open?", "what hours are you open?":
		// "What are your hours? / Monday to Thursday 8 a.m. to 7 p.m.,
		// Friday 8 a.m. to 4 p.m. Evening groups start at 5:30.": the
		// door's, when the answer's opening sentence names no program.
		first := openingSentence(b)
		// (Open longer than a program's day: "Monday through Friday, 9
		// a.m. to 3 p.m. That's when the day program runs" is the
		// program's.)
		return longestClockSpan(first) >= 7 && !hasWord(lowerASCII(first), "iop", "php", "program", "programs", "group", "groups", "treatment", "sessions", "meet", "meets",
			"intensive", "outpatient", "partial", "run", "runs", "attend", "attends", "clients", "patients")
	case "hours", "open hours", "center hours", "centre hours":
		// ("Monday to Friday, 8:00 a.m. to 6:00 p.m. (therapeutic day
		// with meals, recreation and groups)" is the program's.)
		return longestClockSpan(b.Text) >= 10 && !hasWord(lowerASCII(b.Text), "therapeutic", "treatment", "program", "programming", "group", "groups", "php", "iop")
	default:
		// ("Walk-in hours" over "Once enrolled, our IOP meets Monday
		// through Thursday": the program's days, under the door's.)
		// ("Bridge Clinic hours", "Outpatient pharmacy hours": a room's
		// or a clinic's door.)
		// ("IOP Clinic Hours", "Day Treatment Clinic Hours" are the
		// program's.)
		door := openingHoursNames[h] || openHeadings[h] || strings.HasSuffix(h, " hours") && (placeLabel(h) || hasWord(h, "clinic", "office", "desk")) &&
			!(namesProgramHours(h) && !hasWord(h, "office"))
		// (Only the opening sentence, which the hours open: "Monday
		// through Friday, 8 a.m. to 4:30 p.m. Groups are held at our main
		// office" says where groups are held, not when the office is
		// open.)
		return door && !hasWord(lowerASCII(openingSentence(b)), "iop", "php", "program", "programs", "groups", "treatment", "enrolled") &&
			!(openHeadings[h] && attendsIn(lowerASCII(b.Text)))
	}
}

// openingSentence is a block's first sentence, its whole text when it
// has none.
func openingSentence(b *corpus.Block) string {
	if len(b.Sentences) == 0 {
		return b.Text
	}
	return b.Text[b.Sentences[0].Start:b.Sentences[0].End]
}

// serviceRow reports a table cell whose row is headed by a service
// beside the program ("| Childcare | on site, 8:00 a.m. - 3:30 p.m. |",
// "| Van | leaves at 7:45 a.m. |"): its hours are the service's.
func serviceRow(b *corpus.Block) bool {
	if b.Kind != corpus.BlockTableCell || b.RowHeader == "" {
		return false
	}
	return hasWord(lowerASCII(b.RowHeader), "childcare", "child care", "daycare", "nursery", "van", "shuttle", "transportation", "transport", "pharmacy", "meals", "lunch", "cafeteria", "gym")
}

// othersColumn reports a table cell under a column of someone else's
// hours: "Visiting window", "Office hours", "Lunch".
func othersColumn(b *corpus.Block) bool {
	return b.Kind == corpus.BlockTableCell && b.ColHeader != "" && hasWord(lowerASCII(b.ColHeader), hoursOfOthers...)
}

// doorHeading is a heading lower-cased, with a place after a dash set
// aside when what is left names opening hours: a chain's location pages
// head theirs "Pharmacy hours – Eastside", and the hours are the door's
// wherever it is.
func doorHeading(heading string) string {
	h := strings.ToLower(strings.TrimSpace(strings.TrimRight(heading, ":")))
	for _, dash := range []string{" – ", " — ", " - ", " | "} {
		if k := strings.Index(h, dash); k > 0 && openingHoursNames[strings.TrimSpace(h[:k])] {
			return strings.TrimSpace(h[:k])
		}
	}
	return h
}

// placeOpenNames, and openHeadings, label a place's open hours on a line
// that a program's own may carry too: "Center hours: Monday-Saturday, 9
// a.m. to 9 p.m." is a drop-in center's door, "Center hours: IOP groups
// Monday, Wednesday and Thursday" the program's, as is "When we're open"
// over "Clients attend Monday through Friday".
var placeOpenNames = map[string]bool{"open hours": true, "center hours": true, "centre hours": true}

// openHeadings head a place's open hours: "When we are open". ("Center
// hours" as a heading may head a program's own schedule; as a line's
// label the line says whose.)
var openHeadings = map[string]bool{"when we are open": true, "when we're open": true, "when we’re open": true}

// attendsIn reports text saying who attends or meets then.
func attendsIn(l string) bool {
	return hasWord(l, "attend", "attends", "clients", "patients", "meet", "meets", "sessions", "session")
}

// openingHoursNames are the labels and headings of a provider's opening
// times, which say when the door or the phone is open, not when a program
// meets.
var openingHoursNames = map[string]bool{
	"opening hours": true, "clinic hours": true, "office hours": true, "phone hours": true,
	"visiting hours": true, "hours of operation": true, "admissions hours": true,
	"front desk hours": true, "reception hours": true, "business hours": true, "pharmacy hours": true,
	"building hours": true, "lobby hours": true,
	// An opioid treatment program's window for its daily doses: when the
	// dispensary is open, no program's day.
	"dosing hours": true, "dosing times": true, "dosing schedule": true, "dispensing hours": true, "medication hours": true,
	"methadone dosing hours": true, "dosing window": true, "dosing": true,
	// A clinic's door for walk-ins.
	"walk-in hours": true, "walk-in clinic hours": true, "drop-in hours": true, "open access hours": true, "same-day access hours": true,
}

// frontOfficeIn reports a label joining a front office or desk to
// something else: "Counseling and front office", "Front desk / intake".
func frontOfficeIn(l string) bool {
	if !strings.Contains(l, " and ") && !strings.Contains(l, " & ") && !strings.Contains(l, "/") {
		return false
	}
	return strings.Contains(l, "front office") || strings.Contains(l, "front desk") || hasWord(l, "reception")
}

// officeLabel reports the label of a line about the office's business:
// "Billing and insurance questions: Monday–Friday, 9 to 5" says when the
// office answers them.
func officeLabel(l string) bool {
	return strings.Contains(l, "billing") || strings.Contains(l, "insurance")
}

// placeLabel reports a label naming a room or service of the premises
// ("Café and gift shop", "Pharmacy hours", "Visiting", "Dining hall"): the
// days and times after it are when the place is open or can be visited,
// whatever program word the label holds.
func placeLabel(l string) bool {
	f := strings.Fields(l)
	if len(f) > 1 && f[len(f)-1] == "hours" {
		f = f[:len(f)-1]
	}
	// ("Lab on site", "Pharmacy onsite": the room, where it is.)
	if n := len(f); n > 2 && f[n-2] == "on" && f[n-1] == "site" {
		f = f[:n-2]
	} else if n > 1 && (f[n-1] == "on-site" || f[n-1] == "onsite") {
		f = f[:n-1]
	}
	if len(f) == 0 {
		return false
	}
	switch last := f[len(f)-1]; last {
	case "café", "cafe", "cafeteria", "shop", "store", "pharmacy", "lobby", "library", "gym", "chapel", "garage", "kitchen", "lab", "laboratory",
		"visiting", "visitation", "visitors":
		return true
	case "hall", "center", "centre", "room":
		return len(f) > 1 && (f[len(f)-2] == "dining" || f[len(f)-2] == "fitness" || f[len(f)-2] == "visitor" || f[len(f)-2] == "visitors")
	}
	return false
}

// buildingLabel reports a label naming a building or an office ("Outpatient
// building", "Administrative offices"), which may be where a program
// meets as well as a door with opening hours.
func buildingLabel(l string) bool {
	f := strings.Fields(l)
	if len(f) == 0 {
		return false
	}
	switch f[len(f)-1] {
	case "building", "buildings", "office", "offices":
		return true
	}
	return false
}

// hoursSection reports a block under a heading for hours: "Hours", "Campus
// hours", "Hours of operation".
func hoursSection(b *corpus.Block) bool {
	if len(b.Headings) == 0 {
		return false
	}
	h := strings.ToLower(strings.TrimSpace(strings.TrimRight(b.Headings[len(b.Headings)-1], ": ")))
	return h == "hours" || strings.HasSuffix(h, " hours") || strings.HasPrefix(h, "hours ") || openingHoursNames[h] || openHeadings[h]
}

// hoursLabel reports a line labelled with when a place is open: "Hours:
// Monday-Sunday, 8 a.m. to 6 p.m.", "Clinic hours: …". In a section headed
// for hours ("Hours", "Campus hours": hoursSection) a building's line is
// when it is open, "Outpatient building: Monday-Saturday, 7 a.m.-10 p.m.";
// elsewhere "Main building: Monday through Friday, 9 a.m. to 3 p.m." on a
// PHP page is where and when the program meets.
func hoursLabel(text string, hoursSection bool) bool {
	// "Mon–Thu 8:00–8:00 · Fri 8:00–5:00 · Sat by appointment": a line of
	// opening hours without a label, its days set apart and one of them
	// longer than any program's.
	if strings.Contains(text, "·") && longestClockSpan(text) >= 10 {
		return true
	}
	label, e := labelSplit(text)
	if e == 0 {
		return false
	}
	// "Clinic hours - IOP groups: Mon, Wed, Thu 6:00-9:00 p.m.",
	// "Residential - Pharmacy: Mon-Fri 9:00 a.m.-5:00 p.m.": a dash label
	// with a part of its value labelled by a colon; the part says whose
	// the times are.
	if sub, ok := subLabel(text[e:]); ok {
		sl := lowerASCII(sub)
		switch {
		case hasWord(sl, "program", "programs", "iop", "php", "groups") && !hasWord(sl, "room", "team", "meeting", "meetings", "closed"):
			return false
		case placeLabel(sl) || officeLabel(sl) || hasWord(sl, "clinic", "office", "desk", "lab", "laboratory", "pharmacy", "café", "cafe", "cafeteria"):
			return true
		}
	}
	switch l := strings.ToLower(strings.TrimSpace(label)); {
	case l == "open" || openingHoursNames[l]:
		return true
	case placeOpenNames[l] || openHeadings[l]:
		rest := lowerASCII(text[e:])
		return !hasWord(rest, "program", "programs", "iop", "php", "intensive", "outpatient", "residential", "treatment", "group", "groups") && !attendsIn(rest)
	case officeLabel(l):
		return true
	case strings.HasSuffix(l, " hours") && hasWord(l, "clinic", "office", "desk") || strings.HasSuffix(l, " coverage") || strings.HasSuffix(l, " staffing"):
		// "Outpatient clinic hours - Weekdays: 8:00 a.m.-5:00 p.m.",
		// "Hospitalist coverage: on the unit 7 a.m.-7 p.m.": a door's
		// hours, a staff's shift. ("IOP clinic hours: …", "Program
		// staffing: …", "therapists are with clients Monday through
		// Friday" are the program's.)
		// (A staff's coverage is the staff's whatever it says of the
		// clients: "Weekend staffing: counselors are with clients
		// Saturday and Sunday".)
		rest := lowerASCII(text[e:])
		if !strings.HasSuffix(l, " hours") {
			return !namesProgramHours(l) || hasWord(rest, "psychiatrist", "psychiatrists", "nurse", "nurses", "therapist", "therapists", "counselor", "counselors",
				"physician", "physicians", "doctor", "doctors", "techs", "technicians", "staff")
		}
		return !namesProgramHours(l) && !hasWord(rest, "program", "programs", "iop", "php", "intensive", "treatment", "group", "groups")
	case placeLabel(l) || buildingLabel(l) && (hoursSection || hasWord(l, "administrative", "administration", "business", "corporate")):
		// ("Café – our intensive outpatient program meets 3 days a week":
		// a line that goes on to a program is the program's.)
		return !hasWord(lowerASCII(text[e:]), "program", "programs", "iop", "php", "intensive", "outpatient", "residential", "treatment", "group", "groups")
	case frontOfficeIn(l):
		// "Counseling and front office: weekdays, 6:30 a.m. to 3 p.m.":
		// the desk's hours, with whatever else keeps them.
		return len(clockRanges(text)) > 0 || clockTimes(text) >= 2
	case l == "clinic" || l == "office" || l == "front desk" || l == "reception" || l == "main office":
		// "Clinic: Monday–Friday, 7:30 a.m.–5:30 p.m.": when its doors
		// are open. (Open longer than the clock ranges read as a day,
		// "8:00 a.m.-9:30 p.m.", still by the clock.)
		return len(clockRanges(text)) > 0 || clockTimes(text) >= 2
	case l == "hours":
		// "Hours: Monday-Sunday, 8 a.m. to 6 p.m. | Call …" is a
		// contact line; a program page's "Hours: Monday through
		// Thursday, 6 p.m. to 9 p.m." is its schedule.
		// ("Hours: Mon–Fri 7:30 a.m.–8:00 p.m. · Sat 9:00 a.m.–1:00 p.m.":
		// a clinic's door, open longer than any program's day, or on
		// days with hours of their own.)
		// ("Hours: Monday–Thursday 12:00–9:00 p.m.; Friday by
		// appointment": a door open to appointments.)
		return contactLine(text) || strings.Contains(text, "|") || strings.Contains(strings.ToLower(text), "call") ||
			strings.Contains(text, "·") || longestClockSpan(text) >= 10 || strings.Contains(strings.ToLower(text), "appointment")
	}
	return false
}

// longestClockSpan is the longest span between two clock times the text
// gives, in hours (0 when none).
func longestClockSpan(text string) float64 {
	longest := 0.0
	for _, q := range clockRanges(text) {
		if q.HasMax {
			longest = max(longest, q.Max)
		}
	}
	return longest
}

// timeSlot reports the time column of a day's timetable: "| 8:30-10:00 |
// Group therapy |" times one activity of the day, not the day.
func timeSlot(b *corpus.Block) bool {
	if b.Kind != corpus.BlockTableCell || strings.TrimSpace(b.Text) != strings.TrimSpace(b.RowHeader) {
		return false
	}
	switch strings.ToLower(strings.TrimSpace(b.ColHeader)) {
	case "time", "times", "when", "hours", "slot":
		return true
	}
	return false
}

// slotLine reports a line of a timetable written as text: "8:30 – 9:00
// Arrival and check-in" beside "9:00 – 11:00 Group therapy" times one
// activity of the day, not the day, as a table's time column does.
func slotLine(doc *corpus.Document, bi int) bool {
	if !startsWithClock(&doc.Blocks[bi]) {
		return false
	}
	// ("7:30–7:45 Break" between two groups is a slot too short to be
	// read as a range: the line opening on a time is enough.)
	return bi > 0 && opensOnTime(doc.Blocks[bi-1].Text) || bi+1 < len(doc.Blocks) && opensOnTime(doc.Blocks[bi+1].Text)
}

// namesProgramIn reports a program among a block's mentions: "9:00 a.m.
// to 3:00 p.m. — Partial hospitalization, Monday through Friday" is the
// program's day, whatever timetable lines stand beside it.
func namesProgramIn(ms []mention) bool {
	for _, m := range ms {
		if programSubject(m.subject) && !m.weak && !m.contrast {
			return true
		}
	}
	return false
}

// opensOnTime reports a short line that opens on a time of day: "7:30–7:45
// Break", "9:00 Community meeting".
func opensOnTime(text string) bool {
	t := strings.TrimLeft(text, " \t•-*|")
	return wordCount(t) <= 16 && leadingTime.MatchString(t)
}

// ("9:00AM-9:45AM - Individual reading": the mark may be glued on.)
var leadingTime = prefilter.MustCompile(`^\d{1,2}(?::\d{2}(?:\b|[aApP]\.?[mM])|\s*(?:a\.?m\.?|p\.?m\.?)(?:\W|$))`)

// startsWithClock reports a short block that opens with a clock range.
func startsWithClock(b *corpus.Block) bool {
	t := strings.TrimLeft(b.Text, " \t•-*|")
	if t == "" || t[0] < '0' || t[0] > '9' || wordCount(t) > 16 {
		return false
	}
	cr := clockRanges(t)
	return len(cr) > 0 && cr[0].Start == 0
}

// mayHoldQuantity is the cheap test in front of the quantity grammar,
// which is a fifth of extraction: every quantity holds a digit, a unit
// word, a weekday or a frequency adverb, and many sentences hold none.
func (s *sentence) mayHoldQuantity() bool {
	for i := 0; i < len(s.lower); i++ {
		if c := s.lower[i]; c >= '0' && c <= '9' {
			return true
		}
	}
	return s.containsAny("sec", "min", "hour", "hr", "day", "night", "evening", "morning", "afternoon", "week", "wk", "month",
		"year", "yr", "session", "appointment", "visit", "group", "time", "fortnight", "decade", "once", "twice", "thrice",
		"mo", "tue", "wed", "thu", "fri", "sat", "sun")
}

// namedTrackBefore is the provider's own name of a track ("core" for
// "Core IOP") that the sentence gives the claim's program last before
// the claim, "" when it gives none. A name counts only where the page
// names two or more tracks of the program so ("Core IOP", "Flex IOP"):
// one alone may be the provider's own name.
func (st *state) namedTrackBefore(s *sentence, c *Claim) string {
	if c.Subject != IOP && c.Subject != PHP {
		return ""
	}
	if st.tracks == nil {
		st.tracks = st.readNamedTracks()
	}
	names := st.tracks[c.Subject]
	if len(names) < 2 {
		return ""
	}
	at := strings.Index(s.text, c.Text)
	if at < 0 {
		return ""
	}
	best, where := "", -1
	t := s.text[:at]
	for _, m := range abbrTracks(t) {
		name := strings.ToLower(m.name(t))
		if Subject(strings.ToLower(m.abbr(t))) == c.Subject && slices.Contains(names, name) && m.start > where {
			best, where = name, m.start
		}
	}
	return best
}

// readNamedTracks collects, per program, the capitalised words the page
// puts right before its abbreviation as a track's name.
func (st *state) readNamedTracks() map[Subject][]string {
	out := map[Subject][]string{}
	for i := range st.doc.Blocks {
		t := st.doc.Blocks[i].Text
		if !strings.Contains(t, "IOP") && !strings.Contains(t, "PHP") {
			continue
		}
		for _, m := range abbrTracks(t) {
			name, subj := strings.ToLower(m.name(t)), Subject(strings.ToLower(m.abbr(t)))
			if notAbbrTrackNames[name] || slices.Contains(out[subj], name) || st.placeName(name) {
				continue
			}
			// Only as a name is used: after "our" or "the", or opening a
			// label ("Core IOP (adults): …", "Flex IOP: …").
			pre := strings.ToLower(strings.TrimRight(t[:m.start], " "))
			w := pre[strings.LastIndexByte(pre, ' ')+1:]
			opens := pre == "" || strings.HasSuffix(pre, "•") || strings.HasSuffix(pre, "-")
			if w != "our" && w != "the" && !(opens && labelAfter(t[m.end:])) {
				continue
			}
			out[subj] = append(out[subj], name)
		}
	}
	return out
}

// labelAfter reports a label's end opening rest: ":", a bracket, a dash.
func labelAfter(rest string) bool {
	rest = strings.TrimLeft(rest, " ")
	return strings.HasPrefix(rest, ":") || strings.HasPrefix(rest, "(") || strings.HasPrefix(rest, "—") || strings.HasPrefix(rest, "–")
}

// placeName reports a name the page gives a place, or the provider's own
// (in its site's address): "Arizona IOP", "Larchmont PHP" are a place's
// program, or the provider's.
func (st *state) placeName(name string) bool {
	for _, p := range st.places {
		if hasWord(lowerASCII(p), name) {
			return true
		}
	}
	return strings.Contains(hostLetters(st.doc.URL), lettersOnly(name))
}

// notAbbrTrackNames are words before IOP or PHP that say whom, when or how a
// program is, or begin a sentence, not a track's own name (abbrTracks
// takes words of three letters or more).
var notAbbrTrackNames = wordSet("adult", "adults", "teen", "teens", "adolescent", "youth", "young", "senior", "women", "womens", "men", "mens",
	"evening", "morning", "afternoon", "day", "daytime", "night", "weekend", "weekday", "virtual", "online", "telehealth", "hybrid",
	"our", "the", "this", "that", "each", "every", "your", "about", "after", "before", "during", "from",
	"standard", "traditional", "intensive", "outpatient", "partial", "general", "typical", "most", "many", "some", "both",
	"what", "how", "why", "when", "does", "can", "will", "which", "who", "new", "current", "full", "residential",
	"detox", "program", "programs", "level", "step", "into", "and", "for", "with")

// plan is a level of care under the provider's own name for it.
type plan struct {
	name    string // lowercased column header
	subject Subject
}

// planNamed is the level a heading names by the provider's own name for
// it ("About the Plus plan"), "" when it names none or names a program
// itself.
func (st *state) planNamed(text string) Subject {
	plans := st.pagePlans()
	if len(plans) == 0 || st.programCount(text) > 0 {
		return ""
	}
	l := lowerASCII(text)
	for _, p := range plans {
		if hasWord(l, p.name) {
			return p.subject
		}
	}
	return ""
}

// pagePlans is readPlans, read once a page.
func (st *state) pagePlans() []plan {
	if st.plans == nil {
		st.plans = st.readPlans()
	}
	return st.plans
}

// readPlans reads the page's tables for columns headed by a name that is
// no program, whose "Level of care" row names one.
func (st *state) readPlans() []plan {
	out := []plan{}
	for i := range st.doc.Blocks {
		b := &st.doc.Blocks[i]
		if b.Kind != corpus.BlockTableCell || b.ColHeader == "" || !levelRow(b.RowHeader) || st.programCount(b.ColHeader) > 0 || st.programCount(b.Text) != 1 {
			continue
		}
		subj, ok := st.namedInCell(b.Text)
		name := lowerASCII(strings.TrimSpace(b.ColHeader))
		if !ok || name == "" || slices.ContainsFunc(out, func(p plan) bool { return p.name == name }) {
			continue
		}
		out = append(out, plan{name, subj})
	}
	return out
}

// kindNouns may follow a name of care in a column header: "Sober living
// home", "Aftercare program".
var kindNouns = wordSet("home", "homes", "house", "houses", "program", "programs", "services", "care", "residence")

// columnLevel is the program a table's "Level of care" row names in the
// column of the cell at bi: the plan its column header names (readPlans,
// read once a page).
func (st *state) columnLevel(bi int) (Subject, bool) {
	b := &st.doc.Blocks[bi]
	if b.ColHeader == "" || levelRow(b.RowHeader) {
		return "", false
	}
	name := lowerASCII(strings.TrimSpace(b.ColHeader))
	for _, p := range st.pagePlans() {
		if p.name == name {
			return p.subject, true
		}
	}
	return "", false
}

// levelRow reports a row header that says which level of care each
// column is.
func levelRow(h string) bool {
	switch lowerASCII(strings.TrimSpace(h)) {
	case "level of care", "level", "care level", "type of care", "type of program", "program type", "treatment level", "asam level":
		return true
	}
	return false
}

// programCount counts the different programs text names: a table
// cell, or a paragraph before a sentence.
func (st *state) programCount(t string) int {
	var seen []Subject
	for _, m := range st.x.terms.find(t, lowerASCII(t)) {
		if programSubject(m.subject) && !slices.Contains(seen, m.subject) {
			seen = append(seen, m.subject)
		}
	}
	return len(seen)
}

// namedInCell is the program a header or a short cell names.
func (st *state) namedInCell(h string) (Subject, bool) {
	ms := st.x.terms.find(h, lowerASCII(h))
	for _, m := range ms {
		// A row headed just "Outpatient" beside IOP and PHP rows is
		// standard outpatient care.
		// ("| Stonebridge Outpatient | … |" on a directory is a
		// provider's name.)
		if programSubject(m.subject) && (!m.weak || len(ms) == 1 && wordCount(h) <= 3 && !(st.directory && namedBefore(h[:m.start]))) {
			return m.subject, true
		}
	}
	return "", false
}

// namedBefore reports a capitalised name before a program word in a
// short header: "Stonebridge Outpatient", not "Standard Outpatient".
func namedBefore(pre string) bool {
	for _, w := range strings.Fields(pre) {
		if c := w[0]; c >= 'A' && c <= 'Z' && !headerAdjectives[strings.ToLower(w)] {
			return true
		}
	}
	return false
}

var headerAdjectives = wordSet("standard", "traditional", "general", "regular", "adult", "adults", "teen", "adolescent", "evening",
	"day", "weekly", "individual", "group", "basic", "routine", "ongoing", "step-down", "level", "1", "2.1")

// featureRow reports a row header that names a day or a feature of one
// program rather than a program ("2-week rehab").
func featureRow(h string) bool {
	l := lowerASCII(strings.TrimSpace(h))
	// "| Program days | Monday through Friday |", "| Treatment hours | …".
	for _, p := range []string{"program ", "treatment ", "group ", "weekly ", "daily "} {
		if rest, ok := strings.CutPrefix(l, p); ok && rest != "" {
			l = rest
			break
		}
	}
	for _, w := range []string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "weekday",
		"day", "days", "hours", "hour", "time", "times", "length", "duration", "schedule", "frequency", "sessions",
		"session", "meets", "typical length", "program length", "length of stay", "typical stay", "average stay", "stay", "staffing"} {
		if l == w || strings.HasPrefix(l, w+" ") || strings.HasPrefix(l, w+"s") && len(l) <= len(w)+1 {
			return true
		}
	}
	// "| Clinical time | roughly 24 hours per week |", "| Usual stay | 3
	// weeks |": a measure of the program after a word saying which.
	// ("| Total hours per week | 12 |": and what the measure is per.)
	if mod, measure, ok := strings.Cut(l, " "); ok && rowMeasureMods[mod] {
		if m, per, ok := strings.Cut(measure, " "); ok && perWords.MatchString(per) {
			measure = m
		}
		switch measure {
		case "time", "hours", "stay", "length", "duration", "days", "schedule", "frequency", "commitment":
			return true
		}
	}
	return false
}

var perWords = prefilter.MustCompile(`^(?:per|a|an|each|every)\s+(?:week|day|session|visit|stay)$`)

var rowMeasureMods = wordSet("therapy", "expected", "typical", "average", "usual", "clinical", "total", "estimated", "time", "contact", "structured")

// factRow reports a row a table cell sits in that labels a fact of the
// program: a feature row, or in a table of label and value with no column
// headers, a label that says what the value measures ("| Weekly total |
// 9 to 12 hours |", "| Hours per session | 3 |").
func factRow(b *corpus.Block) bool {
	l := lowerASCII(b.RowHeader)
	if hasWord(l, "office", "visiting", "visitation", "business", "phone", "phones", "call", "admissions", "contact", "hotline", "helpline", "intake", "billing") {
		return false // "| Office hours | 8 a.m. to 5 p.m. |": when someone can be reached
	}
	// ("| Individual counseling | One 50-minute session every other week |"
	// is the counseling's.)
	// ("| Evening track | evenings | 2.5 hours |": a row per track of
	// the program the table is under, as a "Day track:" line is.)
	if wordCount(l) <= 3 && hasWord(l, "track", "cohort", "option") {
		return true
	}
	h := readHeader(b.RowHeader)
	return featureRow(b.RowHeader) || b.ColHeader == "" && !h.empty() && !(therapyLabel(l) && h.per == quantity.None)
}

// abbrevStops hides the stops of "e.g." and "i.e.", which end no part of
// a sentence (the replacement keeps every byte where it was).
var abbrevStops = strings.NewReplacer("e.g.", "e_g_", "i.e.", "i_e_")

// listedExample reports a program named in a list of examples ("many
// forms, such as residential rehab, outpatient rehab and partial
// hospitalization"): the sentence is about all of them, and none is what
// the next sentence is about.
func listedExample(lower string, i int) bool {
	if before := lower[:i]; !strings.Contains(before, "including ") && !strings.Contains(before, "such as ") && !strings.Contains(before, "e.g.") {
		return false // the clause is a part of lower[:i]: no cue, no need to find it
	}
	lo, _ := clauseBounds(lower, i, i)
	pre := lower[lo:i]
	// The stops of "e.g." and "i.e." end no sentence part.
	k := strings.LastIndexAny(abbrevStops.Replace(pre), ".;:")
	if k >= 0 {
		pre = pre[k+1:]
	}
	return strings.Contains(pre, "including ") || strings.Contains(pre, "such as ") || strings.Contains(pre, "e.g.")
}

// onlyContrast reports whether every mention of subj in s is a contrast.
func onlyContrast(s *sentence, subj Subject) bool {
	seen := false
	for _, m := range s.mentions {
		if m.subject == subj {
			if !m.contrast {
				return false
			}
			seen = true
		}
	}
	return seen
}

// framingPhrase reports a mention inside a sentence's opening phrase set
// off by a comma ("During the detox stay, …", "In our IOP, …"): the
// sentence is about it.
func framingPhrase(lower string, i int) bool {
	f := strings.Fields(lower)
	if len(f) == 0 {
		return false
	}
	switch f[0] {
	case "during", "in", "throughout", "within", "at":
	default:
		return false
	}
	k := strings.IndexByte(lower, ',')
	return k > i && !strings.ContainsAny(lower[:i], ";:.")
}

// nameLine reports a heading or title written in title case, or a
// breadcrumb: a name, not a sentence ("What Weekly Outpatient Counseling
// Actually Looks Like", "Blog › Weekly Outpatient Counseling").
func nameLine(b *corpus.Block) bool {
	// (Only a short line: "Individual therapy is weekly for all clients
	// (ages > 17)" is a sentence.)
	if strings.Contains(b.Text, "›") || strings.Contains(b.Text, " > ") {
		return len(strings.Fields(b.Text)) <= 14 && !hasWord(lowerASCII(b.Text), nameLineVerbs...)
	}
	if k := b.Kind; k != corpus.BlockHeading && k != corpus.BlockTitle {
		return false
	}
	fs := strings.Fields(b.Text)
	// A title, not a label or a sentence: five words or more, no comma,
	// no verb of a schedule ("Our Outpatient Program Meets Weekly",
	// "Daily Group Therapy, Weekly Individual Sessions" say when), and
	// every word of four letters or more capitalised but not all caps
	// ("INDIVIDUAL THERAPY WEEKLY" is a label).
	if len(fs) < 5 || strings.Contains(b.Text, ",") || hasWord(lowerASCII(b.Text), nameLineVerbs...) {
		return false
	}
	caps, words := 0, 0
	for _, w := range fs {
		if len(w) < 4 || nameLineSmall[strings.ToLower(w)] {
			continue
		}
		words++
		if w[0] >= 'A' && w[0] <= 'Z' && strings.ToUpper(w) != w {
			caps++
		}
	}
	return words >= 3 && caps == words
}

var nameLineVerbs = []string{"meets", "meet", "runs", "run", "lasts", "last", "is", "are", "takes", "take", "attend", "attends"}

// nameLineSmall are short words a title leaves in lower case.
var nameLineSmall = wordSet("with", "from", "your", "into", "that", "this", "what", "when", "like", "about", "over", "than", "onto", "upon")

// isHybrid is hybridPage of the page, read once.
func (st *state) isHybrid() bool {
	if st.hybrid == 0 {
		st.hybrid = 1
		if hybridPage(st.lower) {
			st.hybrid = 2
		}
	}
	return st.hybrid == 2
}

// carryModality gives the claims of s what their context says of them:
// the phase of the section they sit in, the population and variant of
// the sentence before when s points back at it ("The young adult IOP
// meets three afternoons a week. The track lasts 8 weeks."), and the
// page title's population ("Teen IOP | …"). It then remembers s's own.
func (st *state) carryModality(s *sentence, cs []Claim) {
	// "Phase 1: Stabilize (weeks 1 to 6)", a label line a text export
	// kept as a paragraph, heads its phase as a heading does, for the
	// block right after it. ("Step 1: Residential" names a program, no
	// phase of one; "Together the two phases …" after a blank line is
	// past the phase.)
	if st.labelPhase != "" && s.bi > st.labelPhaseBlock+1 {
		if st.phase == st.labelPhase {
			st.phase = ""
		}
		st.labelPhase = ""
	}
	if k := s.block.Kind; k == corpus.BlockParagraph && len(cs) == 0 && len(s.mentions) == 0 && len(s.block.Sentences) == 1 && wordCount(s.lower) <= 8 {
		if p := headingPhase(s.lower); p != "" && s.contains(":") {
			st.phase, st.labelPhase, st.labelPhaseBlock = p, p, s.bi
		}
	}
	if k := s.block.Kind; k == corpus.BlockHeading || k == corpus.BlockTitle {
		st.phase = headingPhase(s.lower)
		// "Evening Track" / "Weekend Track": a heading that names a
		// track makes its section that track's.
		st.track, st.detoxForm, st.sectionPopulation, st.substance = "", "", "", ""
		// "Opioids", "Benzodiazepines" over a section of a withdrawal
		// timeline: the section times that substance's withdrawal.
		// ("Cocaine, crack and other stimulants": the class listed last.)
		if k == corpus.BlockHeading && wordCount(s.lower) <= 10 && substanceLabel(s.lower) {
			st.substance = substanceVariant(s.lower)
		}
		// "ADOLESCENT AFTER-SCHOOL IOP (ages 13–17)": a heading naming a
		// program for teens or young adults makes its section theirs.
		if k == corpus.BlockHeading && wordCount(s.lower) <= 8 && !s.question && len(s.mentions) > 0 && !hasWord(s.lower, "adult", "adults") {
			if p := populationOf(s.lower); p == "adolescent" || p == "young-adult" {
				st.sectionPopulation = p
			}
		}
		// ("Do you have a weekend track?" over its answer asks about the
		// track.)
		// (Only an answer that says yes: "Not right now. Our IOP meets
		// … mornings" is the whole program's.)
		askedTrack := strings.HasSuffix(strings.TrimSpace(s.lower), "?") && wordCount(s.lower) <= 8 && hasWord(s.lower, "track", "tracks", "option", "options") &&
			s.bi+1 < len(st.lower) && strings.HasPrefix(strings.TrimLeft(st.lower[s.bi+1], " "), "yes") &&
			// ("Yes. Our IOP runs eight weeks either way", "Every group can
			// be joined by video": the whole program's, whichever way.)
			!hasWord(st.lower[s.bi+1], "either way", "both", "same", "every group", "all groups", "any group")
		// "Summer (June – mid-August)" over a schedule: the season's.
		if f := strings.Fields(withoutBrackets(s.lower)); k == corpus.BlockHeading && len(f) >= 1 && len(f) <= 3 && (f[0] == "summer" || f[0] == "winter") {
			st.track = f[0]
		}
		// "Anchor Track: nurses and shift workers": a track the
		// heading names heads its section.
		if m := headingTrack.FindStringSubmatch(s.text); k == corpus.BlockHeading && m != nil && !notTrackNames[strings.ToLower(m[1])] {
			st.track = strings.ToLower(m[1]) + " track"
		}
		if k == corpus.BlockHeading && (wordCount(withoutBrackets(s.lower)) <= 4 || askedTrack || wordCount(s.lower) <= 6 && opensOnTrack(s.lower)) {
			// "Mental Health IOP" and "Substance Use IOP": one provider's
			// two programs of a level, for two kinds of client.
			if len(s.mentions) > 0 {
				st.track = focusTrack(s.lower)
			}
			// Only schedule tracks: "Alumni networks and mentors" heads
			// a section about life after the program, not a step-down
			// program's figures.
			switch v := variantOf(s.lower, 0, len(s.lower), len(s.lower), len(s.lower)); v {
			case "evening", "weekend", "weekday", "virtual", "full-day", "half-day", "summer", "winter":
				// ("Morning and evening IOP" heads both tracks.)
				// ("Summer schedule (June to August)" heads a season's.)
				if !twoTracks(s.lower) {
					st.track = v
				}
			case "short-term", "long-term":
				// "Long-Term Stays (60 to 90 Days)" and "Short-Term Stays
				// (21 Days)": a guide's sections on two lengths of stay.
				// ("Extended care" heads a step-down program, not a
				// length; "Short-term vs. long-term programs" heads both.)
				short, long := hasWord(s.lower, "short term", "short-term"), hasWord(s.lower, "long term", "long-term")
				if short != long && !hasWord(s.lower, "extended") {
					st.track = v
				}
			case "inpatient", "outpatient":
				// "Ambulatory (outpatient) detox" heads what that
				// form of detox involves. ("Inpatient vs. outpatient
				// detox" heads both.)
				if !(hasWord(s.lower, "inpatient", "residential") && hasWord(s.lower, "outpatient", "ambulatory")) {
					st.detoxForm = v
				}
			}
		}
	}
	// "Teen IOP — Tuesday and Thursday afternoons, 3:30 to 6:30. Six
	// hours a week, …": a sentence of the same block that names nothing
	// and opens on its figure goes on about what the one before it named.
	fragment := st.prev.block == s.bi && len(s.mentions) == 0 && len(s.qs) > 0 && s.qs[0].Start == 0
	back := len(cs) > 0 && (st.prev.block == s.bi || st.prev.block == s.bi-1 && s.block.Sentences[0].Start == s.off) && (startsWithPronoun(s.lower) && !quantifiedClass(s) || fragment)
	if back && st.prev.from != nil {
		p := st.prev.from
		st.prev.population, st.prev.variant, st.prev.from = populationOf(p.masked), p.subjectVariant(), nil
	}
	// What the sentence's place on a listing says is the same for each of
	// its claims: work it out once (and not at all for a sentence with
	// none, as most are).
	itemListing := ""
	if s.block.Kind == corpus.BlockListItem && len(cs) > 0 {
		// ("- Individual Counseling: once a week" names a service.)
		if label, e := s.label(); e > 0 && providerName(label) && st.x.terms.find(label, lowerASCII(label)) == nil {
			itemListing = "listing: " + strings.ToLower(strings.TrimSpace(label))
		}
	}
	// ("Naches Health meets four evenings a week" on a blog comparing two
	// named providers: see orgOpening.)
	if itemListing == "" && !st.directory && len(cs) > 0 {
		if name := st.orgOpening(s); name != "" {
			itemListing = "listing: " + strings.ToLower(name)
		}
	}
	listingName := ""
	if st.directory && len(cs) > 0 {
		listingName = st.listingName(s.bi)
	}
	// So is what the row of a table cell says: "| Phase 1 – Stabilize |
	// 4 | 3 |" is a phase's row, and "| Hours weekly | 9 to 20 | 20 or
	// more |" on a directory a row of facts of the programs its columns
	// name, no listing's.
	b := s.block
	cell := b.Kind == corpus.BlockTableCell && b.RowHeader != ""
	rowPhase := ""
	if cell && len(cs) > 0 {
		// ("Program Phases" over "| 1 - Stabilize | 4 evenings a week |":
		// rows under a heading of phases are phases too.)
		if rh := lowerASCII(strings.TrimSpace(b.RowHeader)); phaseRow(rh) || phasesHeading(b) {
			rowPhase = "phase: " + rh
		}
	}
	linePhase := ""
	if k := strings.IndexByte(s.text, ':'); !cell && k > 0 && k <= 60 && len(cs) > 0 {
		// "Phase 1 – Stabilization (Weeks 1–4): four days a week": a
		// line labelled with its phase gives that phase's schedule.
		if l := lowerASCII(strings.TrimSpace(strings.TrimLeft(s.text[:k], "*•- "))); phaseRow(l) {
			linePhase = "phase: " + l
		}
	}
	// "Induction 1-3 days" / "Stabilization 1-2 months": a line that
	// opens on a named phase of medication treatment, its figure right
	// after it, gives that phase's length (a table whose cells lost
	// their bars).
	if linePhase == "" && len(cs) > 0 {
		t := strings.TrimLeft(s.lower, " -•*")
		if w := leadingWord(t, 0); namedPhases[w] {
			if rest := strings.TrimLeft(t[len(w):], " :–-"); rest != "" && rest[0] >= '0' && rest[0] <= '9' {
				linePhase = "phase: " + w
			}
		}
	}
	// "During the three in-custody weeks, groups meet two mornings
	// a week": an opening that names some weeks of the program gives
	// their schedule, not the program's.
	if linePhase == "" && len(cs) > 0 {
		if m := duringWeeks.FindStringSubmatch(s.lower); m != nil {
			linePhase = "phase: " + strings.Join(strings.Fields(m[1]), " ")
		}
	}
	factCell := st.directory && cell && len(cs) > 0 && (!readHeader(b.RowHeader).empty() || featureRow(b.RowHeader))
	// (The page is read for both ways of attending only where a line or
	// a predicate names one: most sentences do not.)
	mode, hybrid := "", false
	if len(cs) > 0 {
		if mode = attendanceMode(s); mode != "" || daysModePossible(s) {
			hybrid = st.isHybrid()
		}
		if !hybrid {
			mode = ""
		}
	}
	// "PHP clients pick among flexible housing options:" / "- Stay in
	// our residence for more structure": each item is one choice, what
	// some clients do. (Not an item that names a program or labels a
	// track, "- IOP: 3-5 days/week" under "our three options:": each
	// item is that program's.)
	stepWord := len(cs) > 0 && strings.Contains(s.lower, "step")
	optionItem := len(cs) > 0 && b.Kind == corpus.BlockListItem && len(s.mentions) == 0 && !strings.Contains(s.text, ":") && st.optionsLeadIn(s.bi)
	// "two days a week at the clinic and three days in video groups from
	// home": each part of the week the way it is attended.
	if len(cs) > 1 && mode == "" {
		splitWeek(s, cs)
	}
	for i := range cs {
		c := &cs[i]
		if optionItem && c.Force == Typical {
			c.Force = Existential
		}
		if st.illustrativeFrom >= 0 && s.bi > st.illustrativeFrom {
			c.Force = Example
		}
		// "In a 60-day inpatient program, you stay for 60 days" on the
		// page of a site's 60-day program: that program's length, one of
		// the lengths the site offers, not its usual stay. (The title's
		// own figure stays the page's: a rule the page gives all stays,
		// "a minimum length of 30 days", is held against it.)
		if c.Kind == ProgramLength && c.Variant == "" && st.titleLength != "" && b.Kind != corpus.BlockTitle && b.Kind != corpus.BlockHeading && c.Min != nil && c.Max != nil && *c.Min == *c.Max &&
			math.Abs(*c.Min-st.titleLengthDays) < 0.5 {
			c.Variant = st.titleLength
		}
		// "Virtual: Monday, Wednesday and Friday", "Tuesdays and
		// Thursdays are in person": the days a hybrid program meets one
		// way, a part of its week.
		if mode != "" && c.Variant == "" && (c.Kind == DaysPerWeek || c.Kind == HoursPerDay) {
			c.Variant = mode
		}
		if hybrid && mode == "" && c.Variant == "" && c.Kind == DaysPerWeek {
			c.Variant = daysAttended(s, c)
		}
		// The row's phase goes before the "Phase" column's heading.
		if rowPhase != "" && (c.Variant == "" || c.Variant == st.phase || c.Variant == "phase") {
			c.Variant = rowPhase
			// (A phase whose row names no program is a phase of the
			// page's program: "| Phase 1 | 4 evenings a week |" on an
			// IOP's page.)
			if c.Subject == Other && programSubject(st.topic) && st.topic != Detox {
				c.Subject = st.topic
			}
		}
		if linePhase != "" && (c.Variant == "" || c.Variant == "phase") {
			c.Variant = linePhase
		}
		// ("Step 3: Detox, if you need it" heads a step of admission:
		// whether detox is offered is the same at every step.)
		if c.Variant == "" && st.phase != "" && c.Kind != DetoxOffered {
			c.Variant = st.phase
		}
		if c.Variant == "" && st.track != "" && c.Subject != Detox {
			c.Variant = st.track
		}
		// "… less than nine hours a week, as a transition step down,
		// for one or two weeks": the step down's schedule, a phase apart.
		if c.Variant == "" && (c.Kind == HoursPerWeek || c.Kind == DaysPerWeek || c.Kind == HoursPerDay) && stepWord {
			if at := strings.Index(s.text, c.Text); at >= 0 && stepDownAfter.MatchString(s.lower[at+len(c.Text):]) {
				c.Variant = TransitionStepDown
			}
		}
		// "| Adolescent IOP | Monday–Thursday | 3:30–6:00 p.m. |": the row
		// names whose schedule its cells give.
		if c.Population == "" && cell {
			c.Population = populationOf(lowerASCII(b.RowHeader))
		}
		// "| | IOP for teens (13 to 17) | IOP for adults |": so does the
		// column.
		if c.Population == "" && cell {
			c.Population = columnPopulation(lowerASCII(b.ColHeader))
		}
		if c.Population == "" && st.sectionPopulation != "" {
			c.Population = st.sectionPopulation
		}
		if c.Variant == "" && st.detoxForm != "" && c.Subject == Detox {
			c.Variant = st.detoxForm
		}
		// (A sentence naming residential care says it of residential care
		// whatever heads it.)
		if c.Variant == "" && c.Subject == Residential && s.section >= 0 && inpatientOnly(st.lower[s.section]) && !hasWord(s.lower, "residential") && st.inpatientApart() {
			c.Variant = "inpatient"
		}
		if c.Variant == "" && st.substance != "" && c.Kind == ProgramLength && (c.Subject == Detox || c.Subject == Other) {
			c.Variant = st.substance
		}
		if c.Variant == "" && st.withdrawn != "" && st.withdrawnBlock == s.bi && c.Kind == ProgramLength && (c.Subject == Detox || c.Subject == Other) && anaphoricOpening(s.lower) {
			c.Variant = st.withdrawn
		}
		// "How long is opioid detox? In a hospital unit it is usually
		// over in two to four days": the question names the withdrawal
		// its answer times.
		if c.Variant == "" && s.answers != "" && c.Kind == ProgramLength && c.Subject == Detox {
			// ("How long does detox from alcohol or opioids take?" names
			// two, and times neither.)
			if v := variantOf(s.answers, 0, len(s.answers), len(s.answers), len(s.answers)); substances[v] && soleSubstance(s.answers) != "" {
				c.Variant = v
			}
		}
		// "Our Flex track meets twice a week": a track the provider names
		// is a program of its own.
		// "Our Plus tier has nine hours of groups each week": a plan the
		// provider names is the one its price table's row names.
		if c.Variant == "" && strings.Contains(s.text, " tier") {
			if m := namedTier.FindStringSubmatch(s.text); m != nil && !notTrackNames[strings.ToLower(m[1])] {
				c.Variant = "row: " + strings.ToLower(m[1])
			}
		}
		if c.Variant == "" && (strings.Contains(s.text, " track") || strings.Contains(s.text, " Track")) {
			if m := namedTrack.FindStringSubmatchIndex(s.text); m != nil && m[1] <= c.Span.Start-s.block.Span.Start+len(s.text) {
				if w := s.text[m[2]:m[3]]; !notTrackNames[strings.ToLower(w)] {
					c.Variant = strings.ToLower(w) + " track"
				}
			}
		}
		if back && c.Subject == st.prev.subject {
			if c.Population == "" {
				c.Population = st.prev.population
			}
			// ("… with an evening track from 5 to 8 p.m. Most clients
			// complete our IOP in 8 weeks": a sentence naming the
			// program itself speaks of all of it, not the track last
			// named.)
			// ("Our IOP used to last eight weeks. It now lasts twelve
			// weeks": what the program was stays with its own sentence.)
			// (Nor does a table row's variant reach the prose after the
			// table: "| 2 - Grow | 3 evenings a week | 2 weeks |" then
			// "Most people finish in 10 to 12 weeks" is the whole.)
			if c.Variant == "" && !renamesProgram(s, c.Subject) && (st.prev.variant != "before" || !presentTense(s.lower)) && !st.leftTable(s) {
				c.Variant = st.prev.variant
			}
			// "Our PHP is our most intensive level. It meets five days a
			// week": the program pointed back at is the provider's own.
			// ("In most cases, most IOPs require …" speaks of IOPs in
			// general again.)
			if st.prev.provider && c.Scope == General && c.Attribution == "" && !ofProgramsInGeneral(s.lower) {
				c.Scope = Provider
			}
		}
		// "Adults come three evenings a week — Monday, Tuesday and
		// Thursday": on the provider's own page about the program, its
		// clients' schedule is the program's.
		if c.Scope == General && st.voiced && c.Subject == st.topic && c.Attribution == "" && clientsCome.MatchString(s.lower) &&
			!st.directory && !articlePage(s.doc.URL) && !ofProgramsInGeneral(s.lower) && !hasWord(s.lower, "centers", "centres", "typically", "usually", "generally", "meetings", "meeting", "aa", "na", "outside") {
			c.Scope = Provider
		}
		// "Program schedule / Monday through Thursday, 9:00 a.m. to 1:00
		// p.m." on the provider's own page about the program: a bare
		// schedule line under its schedule heading is the program's.
		if c.Scope == General && st.voiced && c.Subject == st.topic && c.Attribution == "" && len(s.mentions) == 0 && scheduleHeadingOver(s.block) && wordCount(s.text) <= 12 &&
			!st.directory && !articlePage(s.doc.URL) && (c.Kind == DaysPerWeek || c.Kind == HoursPerDay) {
			c.Scope = Provider
		}
		// "Our PHP runs Monday through Friday, 9 to 3. Clients typically
		// attend for three to four weeks": the next sentence of the
		// provider's own account hedges its clients, not programs at
		// large.
		// ("Most clients complete the program in 8 to 12 weeks": most of
		// its clients, not most programs.)
		if c.Scope == General && st.prev.provider && st.prev.block == s.bi && st.prev.subject == c.Subject && c.Attribution == "" && clientsHedged.MatchString(s.lower) &&
			!st.directory && !articlePage(s.doc.URL) && !ofProgramsInGeneral(strings.TrimPrefix(strings.TrimLeft(s.lower, " "), "most ")) &&
			!hasWord(s.lower, "centers", "centres", "facilities", "providers", "nationally", "nationwide", "industry", "elsewhere", "country", "general") {
			c.Scope = Provider
		}
		// "How many days a week does my teen attend? / Four afternoons a
		// week": the question says whose.
		if c.Population == "" && s.answers != "" {
			if p := populationOf(s.answers); p == "adolescent" || p == "young-adult" {
				c.Population = p
			}
		}
		// "Teen IOP / After school, three afternoons a week": a short
		// section heading naming whom the program is for says whose the
		// figures under it are.
		// (A line read as a heading itself, "After school, three
		// afternoons a week" under "Teen IOP", has the heading above it.)
		if c.Population == "" && programSubject(c.Subject) {
			hs := s.block.Headings
			if b := s.block; b.Kind == corpus.BlockHeading && s.bi > 0 && st.doc.Blocks[s.bi-1].Kind == corpus.BlockHeading {
				hs = []string{st.doc.Blocks[s.bi-1].Text}
			}
			c.Population = headingPopulation(hs)
			// ("Adolescent IOP (ages 12–17)" / "Mon/Tue/Thu" / "3:30–5:30
			// pm" / "Typical length: 8 weeks": short lines of a fact
			// block read as headings themselves stand under the one
			// that names whom it is for.)
			for k := s.bi - 1; c.Population == "" && k >= 0 && k >= s.bi-4 && (st.doc.Blocks[k].Kind == corpus.BlockHeading || wordCount(st.lower[k]) <= 6 && !strings.HasSuffix(strings.TrimSpace(st.lower[k]), ".")); k-- {
				c.Population = headingPopulation([]string{st.doc.Blocks[k].Text})
			}
		}
		if c.Population == "" {
			c.Population = st.titlePopulation
		}
		if c.Variant == "" && programSubject(c.Subject) {
			// "Weekday Morning: Mon, Tue, Thu, Fri · 9:00 a.m.–12:00
			// p.m.", "Weekend: Saturday and Sunday": a line labelled
			// with a track's time is that track's, whatever the title.
			c.Variant = TimeTrackLabel(s.text)
		}
		// "Evening Virtual IOP for Working Adults": "our evening IOP" on
		// the page is the title's program, whichever of its tracks it
		// names.
		// ("Our in-person evening IOP" on that page is another.)
		if c.Variant != "" && c.Variant != st.titleVariant && c.Subject == st.topic && st.titleVariant != "" && slices.Contains(st.titleTracks, c.Variant) &&
			!s.contains("in-person") && !s.contains("in person") {
			c.Variant = st.titleVariant
		}
		if c.Variant == "" && c.Subject == st.topic && st.titleVariant != "" {
			// On a page titled for its evening IOP, "IOP meets Monday,
			// Wednesday and Thursday" is the evening IOP's.
			c.Variant = st.titleVariant
		}
		// "Alcohol Detox | Lakeshore": on a page about one substance's
		// detox, a length of detox naming none is that withdrawal's.
		if c.Variant == "" && c.Subject == Detox && c.Kind == ProgramLength {
			c.Variant = st.titleSubstance
		}
		// "DUI Court lasts 18 to 24 months" beside a class that takes
		// four weeks: the court's own program is another's.
		if c.Kind == ProgramLength && c.Subject == Other && c.Variant == "" && courtLasts.MatchString(s.lower) {
			c.Variant = "court"
		}
		// "no medical detox here; our social detox uses no
		// medicine": on a page that offers detox without medicine, a
		// denial of medical detox denies that form only.
		if c.Kind == DetoxOffered && c.Variant == "" && c.Value != nil && !*c.Value && strings.Contains(lowerASCII(c.Text), "medical detox") && st.socialDetox() {
			c.Variant = "medical"
		}
		// "How long is the program? / Our minimum stay is 45 days" on a
		// residential site's FAQ whose only program named is detox: a
		// stay of three weeks or more that no detox word names is the
		// residential stay (withdrawal care is over in days).
		if c.Kind == ProgramLength && c.Subject == Detox && c.Min != nil && *c.Min >= 21 && !mentions(s, Detox) && !hasWord(s.lower, "withdrawal", "taper", "tapering") &&
			(len(s.block.Headings) == 0 || st.headingSubject(s.block.Headings[len(s.block.Headings)-1]) != Detox) {
			c.Subject = Residential
		}
		// "Outpatient counseling / … one-to-one counseling each week,
		// an hour at a time" on an IOP page: the therapy of the program
		// the section heads, not the IOP's one-on-one sessions.
		if c.Variant == "" && therapySubject(c.Subject) && programSubject(st.topic) && len(s.block.Headings) > 0 {
			if h := st.headingSubject(s.block.Headings[len(s.block.Headings)-1]); programSubject(h) && h != st.topic {
				c.Variant = "in " + strings.ToLower(string(h))
			}
		}
		// "Core IOP (adults): 3 days a week" beside "Flex IOP (adults):
		// two sessions a week": tracks the provider names, each its own.
		if c.Variant == "" || c.Variant == "virtual" {
			if t := st.namedTrackBefore(s, c); t != "" {
				c.Variant = t + " track"
			} else if f := st.focusTrackBefore(s, c); f != "" {
				c.Variant = f + " track"
			}
		}
		if c.Variant == "" {
			if p := placeIn(s.text, st.places); p != "" {
				c.Variant = "at " + p
				// ("Detox is not offered at this campus; we arrange it at
				// Alder Falls" on Pinecrest's page: the site pointed at
				// nearer the claim is the one it is about.)
				if c.Kind == DetoxOffered && st.ownPlace != "" && p != st.ownPlace {
					at := max(strings.Index(s.text, c.Text), 0)
					if k := thisSiteAt(s.lower); k >= 0 && distance(k, at) < distance(strings.Index(s.lower, p), at) {
						c.Variant = "at " + st.ownPlace
					}
				}
			} else if cell && slices.Contains(st.places, strings.TrimSpace(b.RowHeader)) {
				// "| Springfield | 3 mornings a week |": the row's place.
				c.Variant = "at " + strings.ToLower(strings.TrimSpace(b.RowHeader))
			} else if c.Kind == DetoxOffered && atOtherLocations(s.lower) {
				// "At other sites, we coordinate detox placement":
				// the provider's other sites, not the one it runs detox at.
				c.Variant = "at other locations"
			} else if name := deniedAtFacility(c, s); name != "" {
				// "Larkspur House has no detox on site" on
				// …/larkspur-house-residential: that facility's, not the
				// provider's whole system.
				c.Variant = "at " + name
			} else if site := namedSite(s.text); c.Kind == DetoxOffered && c.Value != nil && !*c.Value && site != "" && st.oneOfSites(s.lower) {
				// "Our Columbus office does not provide detox" on a
				// location's page: that site's, not the provider's. (Detox
				// offered at one site is the provider's offer: "we do not
				// offer detox" denies it.)
				c.Variant = "at " + site
			} else if c.Kind == DetoxOffered && st.prev.block == s.bi && st.prev.subject == c.Subject && strings.HasPrefix(st.prev.variant, "at ") &&
				st.prev.variant != "at other locations" && strings.HasPrefix(s.lower, "we ") && c.Value != nil && !*c.Value {
				// "… does not provide detox. We coordinate admission to a
				// partner unit": the next sentence goes on about that site.
				// ("We provide medical detox at our Indiana campus" names
				// another.)
				c.Variant = st.prev.variant
			} else if c.Kind == DetoxOffered && st.ownPlace != "" && (thisSite(s.lower) || c.Value != nil && !*c.Value && onSiteWords(s.lower)) {
				// ("Medical detox: not on site" in the Pine Hollow
				// campus's fact box: not at that campus.)
				// "We do not run detox at the Pine Hollow campus" and "this
				// site has its own detox unit" on Pine Hollow's page: one
				// site.
				c.Variant = "at " + st.ownPlace
			} else if c.Kind == DetoxOffered && thisLocation(s.lower) && st.oneOfSites(s.lower) {
				// "There are no detox beds at this location; we'll admit
				// you to our main campus": one site's, not the provider's.
				// Under a site's own heading ("Riverside Outpatient
				// Office (IOP and outpatient)") it is that site's.
				c.Variant = "at this location"
				if hs := s.block.Headings; len(hs) > 0 {
					if site := siteHeading(hs[len(hs)-1]); site != "" {
						c.Variant = "at " + site
					}
				}
			} else if site := locationPage(s.doc.URL); c.Kind == DetoxOffered && site != "" && (sitePlaced(s.lower) || c.Value != nil && !*c.Value && referral(s.lower) && !everyLocationSaid(s.lower)) {
				// "Medical detox: not on site" on …/locations/greenville/:
				// not at that location, whatever the provider runs at its
				// others; "our on-site detox unit" there is that
				// location's. So is a location's referral ("| Detox |
				// Referred to the medical center |"): it sends its clients
				// on, perhaps to the provider's own unit elsewhere.
				c.Variant = "at " + site
			}
		}
		// "We do not run detox at the Pine Hollow campus" on that
		// campus's own page is the provider's word on its site.
		// (Not a plan, "will be available at the Durango campus next
		// spring"; nor a sentence naming another of the places, whose
		// site it may be about; nor another organisation's campus of the
		// same name, "the Durango campus of Mercy Regional".)
		if c.Scope == General && c.Kind == DetoxOffered && st.ownPlace != "" && c.Variant == "at "+st.ownPlace && c.Attribution == "" && !st.directory &&
			c.Force == Typical && !futureOrPlan(s.lower) && !otherPlaceNamed(s.lower, st.places, st.ownPlace) && !strings.Contains(s.lower, st.ownPlace+" campus of") {
			c.Scope = Provider
		}
		// "| Morning | Mon–Fri | 9:00 a.m.–12:00 p.m. |" on an IOP page:
		// the row is a track of the page's program.
		if c.Subject == Other && cell && !st.directory && programSubject(st.topic) && trackRow(lowerASCII(b.RowHeader)) != "" {
			c.Subject = st.topic
		}
		// "| Sunfield Center | 2 | 3 | 12 weeks |" on a directory's page
		// comparing IOPs: each row is a provider's program of the kind
		// the page lists.
		if c.Subject == Other && cell && st.directory && programSubject(st.topic) && st.listingLike(strings.TrimSpace(b.RowHeader)) && nameCased(strings.TrimSpace(b.RowHeader)) {
			c.Subject = st.topic
		}
		// "| Red Fork Recovery | 3 evenings a week | 10 weeks |" under a
		// "Program" column on a guide comparing IOPs: the same. (A row
		// that names its level, "| Linden Creek Health | PHP | …", is
		// that level's already.)
		if c.Subject == Other && cell && !st.directory && programSubject(st.topic) && providerRow(st.doc, s.bi) {
			c.Subject = st.topic
		}
		// "Riverbend Counseling Group / IOP meets 4 days a week" and
		// "Gem City Wellness / IOP meets three evenings per week" on a
		// directory page are two providers' programs.
		// "| Medication dosing | Monday-Saturday |" beside "| Counseling |
		// Monday-Friday |": rows of services, each its own schedule.
		// "| Standard Outpatient | 1 day a week |" above "| Outpatient
		// Plus | 4 days a week |": two tracks of one level, each its row's.
		if c.Variant == "" && cell && !st.directory && programSubject(c.Subject) && trackOfLevel.MatchString(lowerASCII(b.RowHeader)) {
			c.Variant = "row: " + strings.ToLower(strings.TrimSpace(b.RowHeader))
		}
		// (A row's header cell has no row header of its own, so "| 3 |
		// Weeks 8–9 | 3 |" gives its last cell the row's name too, though
		// the two read alike.)
		if c.Variant == "" && c.Subject == Other && cell && !factRow(b) {
			c.Variant = "row: " + strings.ToLower(strings.TrimSpace(b.RowHeader))
		}
		// "- Prairie Wind Recovery: day IOP, five mornings a week": a list
		// item labelled with a provider's name is that provider's, on any
		// page.
		if itemListing != "" {
			c.Variant = itemListing
		}
		// "| Linden Creek Health (Marston) | PHP | weekdays | 3-4 weeks |"
		// under a "Program" or "Provider" column on a guide comparing
		// programs: each row is one provider's.
		if c.Variant == "" && cell && !st.directory && providerRow(st.doc, s.bi) {
			c.Variant = "listing: " + strings.ToLower(strings.TrimSpace(b.RowHeader))
		}
		// ("Evening IOP: Tue/Thu" under a listed provider's name: the
		// provider's evening track, which no other listing's drifts
		// from.)
		// (A track the page's title names, "Virtual IOPs serving Ohio",
		// is every listing's: the listing's name still says whose.)
		if (c.Variant == "" || !cell && listingName != "" && (trackVariant(c.Variant) && listingLine(s.block.Text) || c.Variant == st.titleVariant && !firstPerson(s.lower)) && st.severalListings()) && st.directory && !factCell {
			// "| Red Fork Recovery | IOP | 3 evenings/week |": on a
			// directory, a row headed by a provider is that provider's.
			// ("| Marlow Health IOP | 3–4 | …": a provider named with its
			// level of care last.)
			if cell && (st.x.terms.find(b.RowHeader, lowerASCII(b.RowHeader)) == nil || st.listingLike(strings.TrimSpace(b.RowHeader))) {
				c.Variant = "listing: " + strings.ToLower(strings.TrimSpace(b.RowHeader))
			} else if name := listingName; name != "" {
				c.Variant = "listing: " + strings.ToLower(name)
				// "4. Maple Street Teen Services" / "Adolescent IOP -
				// Ages 13-17" / "Two afternoons a week, …": the
				// listing's lines say whom its figures are for.
				if c.Population == "" {
					c.Population = st.listingPopulation(s, name)
				}
			} else if hs := s.block.Headings; len(hs) > 0 && st.listingLike(hs[len(hs)-1]) && nameCased(listingHead(hs[len(hs)-1])) && !countFound(lowerASCII(hs[len(hs)-1])) && !hostHolds(st.doc, hs[len(hs)-1]) {
				// ("4 programs found" and the site's own name head the
				// directory's words, no listing.)
				c.Variant = "listing: " + strings.ToLower(hs[len(hs)-1])
			}
		}
		// "For IOP, plan on three days a week with 3 hours of group
		// therapy; PHP adds up to five hours of group therapy": the groups
		// of the one program the sentence names (partsOfOneProgram keeps
		// the mark only where the page times a part in two programs).
		if c.Variant == "" && (c.Subject == GroupTherapy || c.Subject == IndividualTherapy) {
			if p := soleProgramNamed(s.mentions); p != "" {
				c.Variant = sentenceProgram + string(p)
			}
		}
	}
	bracketedSteps(s, cs)
	// ("Our IOP is for adults for whom weekly therapy is no longer
	// enough. It meets …": care held up for comparison is not what the
	// next sentence points back at.)
	own := len(cs)
	for own > 0 && cs[own-1].Variant == "compared" {
		own--
	}
	switch {
	case own > 0:
		cs = cs[:own]
		last := &cs[len(cs)-1]
		st.prev.subject, st.prev.population, st.prev.variant, st.prev.block, st.prev.from = last.Subject, last.Population, tracksAgree(cs, last), s.bi, nil
		st.prev.provider = last.Scope == Provider
	case firstProgram(s) != "":
		// "Our half-day PHP is a transition option. It runs …": the
		// program a sentence opens with, and its variant, read only if
		// a sentence points back at it.
		st.prev.subject, st.prev.block, st.prev.from = firstProgram(s), s.bi, s
		// ("Detox rids our body of substances. This process …": the
		// sentence must name the program as the provider's.)
		st.prev.provider = s.provider && ownedFirstProgram(s)
	case st.prev.block != s.bi:
		st.prev.subject, st.prev.provider = "", false
	}
}

// opensOnTrack reports a heading that opens on a track of a program and
// then says whom it is for: "Evening IOP for working parents".
func opensOnTrack(lower string) bool {
	f := strings.Fields(lower)
	if len(f) < 3 || f[2] != "for" {
		return false
	}
	two := f[0] + " " + f[1]
	return variantOf(two, 0, len(two), len(two), len(two)) != ""
}

// focusTrack names the clinical focus a heading gives a program: "mental
// health", "substance use", "dual diagnosis"; "" for none.
// ("Addiction Treatment Programs" heads the page's programs, no track.)
func focusTrack(lower string) string {
	m := focusProgram.FindStringSubmatch(lower)
	if m == nil {
		return ""
	}
	if m[1] == "co-occurring" {
		return "dual diagnosis"
	}
	return m[1]
}

var focusProgram = prefilter.MustCompile(`\b(mental health|substance use|dual diagnosis|co-occurring)\s+(?:intensive\s+outpatient|iop|php|partial\s+hospitalization)\b`)

// renamesProgram reports a sentence that names the program subj itself
// and does not point back at the sentence before with a pronoun.
func renamesProgram(s *sentence, subj Subject) bool {
	return namesSubject(s, subj) && !realPronounOpens(s.lower)
}

// namesSubject reports a sentence naming the program subj itself as the
// provider's or a definite one: "our IOP", "the IOP" ("complete IOP in
// 14 weeks" may still be the track's).
func namesSubject(s *sentence, subj Subject) bool {
	for _, m := range s.mentions {
		if m.subject == subj && !m.contrast {
			if w := wordBefore(s.lower, m.start); w == "our" || w == "the" || w == "this" {
				return true
			}
		}
	}
	return false
}

// realPronounOpens reports a sentence opening on a pronoun that points
// back ("It lets working adults complete IOP …", "Most people in it …"),
// not on a quantifier of people ("Most clients complete our IOP …").
func realPronounOpens(lower string) bool {
	switch leadWord(trimLeftWords(lower), "most", "many", "some") {
	case "it", "they", "this", "these", "those", "that", "its", "their":
		return true
	}
	return strings.Contains(lower, " in it ") || strings.Contains(lower, " of it ")
}

// ownedFirstProgram reports the sentence's first program named as the
// provider's (ownedBefore): "Our evening IOP", "our partial
// hospitalization program".
func ownedFirstProgram(s *sentence) bool {
	for _, m := range s.mentions {
		if programSubject(m.subject) && !m.contrast {
			return ownedBefore(s.lower, m.start)
		}
	}
	return false
}

// headingPhase names the phase a heading opens ("Phase 1 (weeks 1 to 4):
// Stabilization", "Weeks 5-8"), or "".
func headingPhase(lower string) string {
	m := headingPhaseRe.FindString(strings.TrimLeft(lower, " -–—•*#"))
	if m == "" {
		return ""
	}
	return "phase: " + strings.Join(strings.Fields(m), " ")
}

// duringWeeks opens a sentence on some weeks of the program: "During
// the first two weeks,", "During the four in-custody weeks,".
var duringWeeks = prefilter.MustCompile(`^\s*(?:during|for|in|over|throughout)\s+(the\s+(?:first|last|final|opening|early|initial|\w+)\s+(?:[\w-]+\s+){0,2}?(?:weeks?|days?|months?|phase))\s*,`)

var headingPhaseRe = prefilter.MustCompile(`^(?:(?:phase|stage|step)\s+(?:\d+|i{1,3}|iv|one|two|three|four)|weeks?\s+\d+\s*(?:-|–|to|through)\s*\d+|month\s+\d+|(?:primary|secondary|tertiary)(?:\s*/\s*[a-z-]+)?\s+(?:care|treatment|rehab|programme|program|stage|phase))\b`)

// sitePlaces finds the locations a page runs its programs at: a proper
// name before clinic, location, campus or office ("Northgate clinic").
// One place is the page's own; only two or more make its schedules
// differ by place. (A town or state after "programs in" is left out: a
// city template names its state and its town, one place.)
//
// regions lets a state, region or county column name places too ("| State
// | IOP (typical) |" in a guide).
func sitePlaces(doc *corpus.Document, regions bool) []string {
	var out []string
	for i := range doc.Blocks {
		t := doc.Blocks[i].Text
		// "| Location | IOP schedule |" over "| Springfield | 3 mornings
		// a week |": the first column names the places.
		if b := &doc.Blocks[i]; b.Kind == corpus.BlockTableCell && b.RowHeader == "" && (placeColumn(b.ColHeader) || regions && stateColumn(b.ColHeader) && usState(strings.TrimSpace(t))) {
			if p := strings.TrimSpace(t); p != "" && p[0] >= 'A' && p[0] <= 'Z' && wordCount(p) <= 3 && !slices.Contains(out, p) && !siteNamed(doc, p) {
				out = append(out, p)
			}
			continue
		}
		if !strings.Contains(t, "clinic") && !strings.Contains(t, "location") && !strings.Contains(t, "campus") &&
			!strings.Contains(t, "office") {
			continue
		}
		for _, p := range placesBefore(t) {
			// ("Every Pathway Bridge location": the provider's name.)
			if !notPlaces[strings.Fields(p)[0]] && !slices.Contains(out, p) && !siteNamed(doc, p) {
				out = append(out, p)
			}
		}
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// placesBefore returns, in text order, the one or two capitalised words
// before each "clinic", "location", "campus" or "office" in t. (A regular
// expression for it cost a twentieth of all extraction time.)
func placesBefore(t string) []string {
	var out []string
	for i := 0; i < len(t); i++ {
		if t[i] != ' ' || !placeNounAt(t, i+1) {
			continue
		}
		s := capitalWordBefore(t, i)
		if s < 0 {
			continue
		}
		if s >= 1 && t[s-1] == ' ' {
			if s2 := capitalWordBefore(t, s-1); s2 >= 0 {
				s = s2
			}
		}
		out = append(out, t[s:i])
	}
	return out
}

// placeNounAt reports a place noun as a whole word at t[i:].
func placeNounAt(t string, i int) bool {
	for _, n := range []string{"clinic", "location", "campus", "office"} {
		if strings.HasPrefix(t[i:], n) && (i+len(n) == len(t) || !isASCIIWordByte(t[i+len(n)])) {
			return true
		}
	}
	return false
}

// capitalWordBefore returns where the word [A-Z][a-z]+ ending at t[end]
// starts, -1 when the word before end is not one.
func capitalWordBefore(t string, end int) int {
	s := end
	for s > 0 && t[s-1] >= 'a' && t[s-1] <= 'z' {
		s--
	}
	if s == end || s == 0 || t[s-1] < 'A' || t[s-1] > 'Z' {
		return -1
	}
	s--
	if s > 0 && isASCIIWordByte(t[s-1]) {
		return -1
	}
	return s
}

func isASCIIWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'
}

var (
	notPlaces = map[string]bool{"Our": true, "The": true, "This": true, "That": true, "Each": true, "Every": true, "Your": true,
		"A": true, "An": true, "Its": true, "Their": true, "Main": true, "Outpatient": true, "Residential": true, "Detox": true}
)

// listingName is the name line a directory's listing opens with, above
// its "Schedule: …" lines: "Delta Oaks Recovery - Midtown", as a line of
// its own or a short heading.
func (st *state) listingName(bi int) string {
	if st.doc.Blocks[bi].Kind == corpus.BlockTitle {
		return ""
	}
	for k := bi - 1; k >= 0 && k >= bi-6; k-- {
		o := &st.doc.Blocks[k]
		if o.Kind == corpus.BlockTitle {
			return ""
		}
		if t, own := st.listingHeadOf(o); own {
			return ""
		} else if t != "" {
			return t
		}
	}
	return ""
}

// listingHeadOf is the provider's name block o gives as a listing's
// opening line, "" when it is none; own reports the directory's own name
// ("RehabFinderHub" over the page).
func (st *state) listingHeadOf(o *corpus.Block) (name string, own bool) {
	if o.Kind == corpus.BlockTableCell || o.Kind == corpus.BlockTitle {
		return "", false
	}
	t := listingHead(strings.TrimSpace(o.Text))
	if t == "" || strings.ContainsAny(t, ":\"“|") || strings.HasSuffix(t, ".") || wordCount(t) > 7 || t[0] < 'A' || t[0] > 'Z' || !st.listingLike(t) {
		return "", false
	}
	// ("Updated weekly · 4 results" under the heading is the page's own
	// line: a provider's name is in title case.)
	if !nameCased(t) {
		return "", false
	}
	// ("Call (555) 201-3344", "Contact Us Today": a call to act, no
	// provider.)
	if callToAct[strings.ToLower(leadingWord(t, 0))] {
		return "", false
	}
	// ("Harbor National Rehab Directory" over an article: the directory
	// names itself.)
	if hostHolds(st.doc, t) || strings.HasSuffix(t, " Directory") || strings.HasSuffix(t, " Directories") {
		return "", true
	}
	return t, false
}

var callToAct = wordSet("call", "text", "contact", "phone", "dial", "chat", "email", "speak", "talk")

// deniedAtFacility is the facility a denial of detox on site is said of
// (see slugNamed), "" when c is none. (Most claims are none: slugNamed
// runs only on a denial said "on site" or "here".)
func deniedAtFacility(c *Claim, s *sentence) string {
	if c.Kind != DetoxOffered || c.Value == nil || *c.Value || !onSiteWords(s.lower) {
		return ""
	}
	return slugNamed(s, s.doc.URL)
}

// slugNamed is the name of the page's own facility a sentence opens with,
// as the address's last folder spells it: "Larkspur House has no …" on
// ".../larkspur-house-residential"; "" when it opens with none.
func slugNamed(s *sentence, url string) string {
	u := strings.ToLower(strings.TrimRight(url, "/"))
	k := strings.LastIndexByte(u, '/')
	if k < 0 || !strings.Contains(u, "://") {
		return ""
	}
	slug := u[k+1:]
	words := strings.Fields(s.text)
	for n := 3; n >= 2; n-- {
		if len(words) < n {
			continue
		}
		name := strings.Join(words[:n], " ")
		if name[0] < 'A' || name[0] > 'Z' || strings.ContainsAny(name, ",.;:") {
			continue
		}
		key := strings.ToLower(strings.ReplaceAll(name, " ", "-"))
		// (Not the provider's own name, "Larkspur Recovery" on
		// larkspurrecovery.com/larkspur-recovery, nor a sentence that
		// denies detox everywhere too.)
		if (strings.HasPrefix(slug, key+"-") || slug == key) && !strings.Contains(hostLetters(url), lettersOnly(name)) && !everyLocationSaid(s.lower) {
			return strings.ToLower(name)
		}
	}
	return ""
}

// onSiteWords reports a place said in so many words: "on site", "here",
// "at this location".
func onSiteWords(lower string) bool {
	return strings.Contains(lower, "on site") || strings.Contains(lower, "on-site") || strings.Contains(lower, "onsite") ||
		strings.Contains(lower, "at this location") || strings.Contains(lower, "at this facility") || hasWord(lower, "here")
}

// sitePlaced reports detox placed at one site in so many words ("on
// site", "at this location"), not by the provider at large ("at any of
// our locations", "we are an outpatient-only provider").
func sitePlaced(lower string) bool {
	return (strings.Contains(lower, "on site") || strings.Contains(lower, "on-site") || strings.Contains(lower, "onsite") ||
		strings.Contains(lower, "at this location") || strings.Contains(lower, "at this facility")) &&
		!everyLocationSaid(lower) && !strings.Contains(lower, "-only")
}

// everyLocationSaid reports a sentence speaking for every one of the
// provider's sites: "at any of our locations", "at any of its centers",
// "anywhere".
func everyLocationSaid(lower string) bool {
	return strings.Contains(lower, "any location") || strings.Contains(lower, "anywhere") || strings.Contains(lower, "any of our") ||
		strings.Contains(lower, "all of our") || strings.Contains(lower, "every location") || strings.Contains(lower, "any of its") || strings.Contains(lower, "all of its")
}

// listingLine reports a line a directory writes under a listed provider:
// "Evening IOP: Tue/Thu, 5:30-8:30 p.m. | Takes Aetna | Rated 4.4 (31
// reviews)". (A provider's own page naming its sites has none of it.)
func listingLine(text string) bool {
	return hasWord(lowerASCII(text), "rating", "rated", "reviews", "accepts", "verified", "featured", "sponsored", "listing", "listed")
}

// severalListings reports a page listing two or more providers by name
// (a directory's city page, not one provider's listing).
func (st *state) severalListings() bool {
	if st.listings == 0 {
		st.listings = 1
		n, first := 0, ""
		for k := range st.doc.Blocks {
			if t, _ := st.listingHeadOf(&st.doc.Blocks[k]); t != "" && t != first {
				if n++; n == 1 {
					first = t
				} else {
					st.listings = 2
					break
				}
			}
		}
	}
	return st.listings == 2
}

// listingPopulation is the population the lines of a listing between its
// name and sentence s name ("Adolescent IOP - Ages 13-17"), "" when none.
// teenAges reports a listing line naming only ages under 18: "Ages
// 13-18", "ages 13-17", "under 18".
func teenAges(l string) bool {
	if !underEighteen(l) || hasWord(l, "adult", "adults", "no", "not", "visitor", "visitors", "childcare", "kids", "children", "guardian") ||
		strings.Contains(l, "18+") || strings.Contains(l, "and up") || strings.Contains(l, "and older") {
		return false
	}
	if m := agesRange.FindStringSubmatch(l); m != nil {
		hi, err := strconv.Atoi(m[2])
		return err == nil && hi <= 18
	}
	return true
}

var agesRange = prefilter.MustCompile(`\bages\s+(\d{1,2})\s*(?:-|–|to)\s*(\d{1,2})\b`)

func (st *state) listingPopulation(s *sentence, name string) string {
	young := func(l string) string {
		if p := populationOf(l); p == "adolescent" || p == "young-adult" {
			return p
		}
		// ("Worthington · Ages 13-18 · Private insurance"; not "Adults
		// only · Childcare for kids under 18", "No clients under 18",
		// "Ages 14 and up", "Ages 12-25".)
		if teenAges(l) {
			return "adolescent"
		}
		return ""
	}
	// The lines before the sentence in its own block, after the name
	// when the block holds it.
	own := st.lower[s.bi][:min(s.off, len(st.lower[s.bi]))]
	if k := lastIndex(own, lowerASCII(name)); k >= 0 {
		return young(own[k+len(name):])
	}
	if p := young(own); p != "" {
		return p
	}
	for k := s.bi - 1; k >= 0 && k >= s.bi-6; k-- {
		l := st.lower[k]
		if i := lastIndex(l, lowerASCII(name)); i >= 0 {
			return young(l[i+len(name):])
		}
		if p := young(l); p != "" {
			return p
		}
	}
	return ""
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

// listingLike reports a line that may name a listed provider: not a
// question ("What is an intensive outpatient program?") and not a level
// of care ("Intensive outpatient (IOP)"), which head what the directory
// says of programs in general.
func (st *state) listingLike(t string) bool {
	if strings.HasSuffix(t, "?") {
		return false
	}
	ms := st.x.terms.find(t, lowerASCII(t))
	if len(ms) == 0 {
		return true
	}
	// "Cherry Creek Outpatient" is a provider named in title case, its
	// level of care last; "Find Intensive Outpatient Programs in Akron"
	// heads a page of them.
	// ("Pathfinder Outpatient Services": a word of an organisation's name
	// may close it.)
	last := ms[len(ms)-1]
	if rest := strings.TrimRight(t[last.end:], " )"); !titleCase(t) || ms[0].start == 0 || rest != "" && !orgWord[strings.TrimSpace(rest)] {
		return false
	}
	// ("Adolescent IOP", "Evening IOP" name a program, not a provider;
	// "Cherry Creek Women's Outpatient", "Sloan's Lake Virtual IOP" a
	// provider and whom or how it serves.)
	l := lowerASCII(t[:ms[0].start])
	for _, w := range strings.Fields(l) {
		if populationOf(w) == "" && variantOf(w, 0, len(w), len(w), len(w)) == "" && !hasWord(w, servingWords...) {
			return true
		}
	}
	return false
}

// servingWords name whom or how a program serves: "Evening IOP", "Teen
// Outpatient".
var servingWords = []string{"evening", "day", "weekend", "virtual", "telehealth", "online", "teen", "adult", "adults", "women's", "men's"}

var orgWord = map[string]bool{"Services": true, "Center": true, "Centre": true, "Centers": true, "Group": true, "Clinic": true, "Associates": true, "LLC": true, "Inc": true}

// titleCase reports a name of two or more words each capitalised but for
// small words and bracketed ones: "Cherry Creek Outpatient", not
// "Intensive outpatient (IOP)".
// nameCased reports a name as providers write theirs: one capitalised
// word, or several in title case.
func nameCased(t string) bool {
	return wordCount(t) <= 1 || titleCase(t)
}

func titleCase(t string) bool {
	f := strings.Fields(t)
	if len(f) < 2 {
		return false
	}
	for _, w := range f {
		switch {
		case strings.HasPrefix(w, "("), w == "of", w == "and", w == "&", w == "the", w == "for", w == "at", w == "in":
		case w[0] < 'A' || w[0] > 'Z':
			return false
		}
	}
	return true
}

// providerName reports a label that names a provider: a few capitalised
// words, one of them a word providers are named with ("Prairie Wind
// Recovery", "Arkansas Valley Treatment Center").
func providerName(label string) bool {
	f := strings.Fields(strings.Trim(label, "*•-–— "))
	if len(f) < 2 || len(f) > 7 {
		return false
	}
	named := false
	for _, w := range f {
		if w[0] < 'A' || w[0] > 'Z' {
			if w != "of" && w != "and" && w != "&" && w != "the" {
				return false
			}
		}
		named = named || providerWords[strings.ToLower(strings.Trim(w, ",."))]
	}
	return named
}

// providerWords are the words providers are named with.
var providerWords = wordSet("recovery", "center", "centre", "counseling", "counselling", "health", "behavioral", "clinic", "services",
	"treatment", "wellness", "institute", "hospital", "house", "group", "associates", "ranch", "lodge")

// namedTrack is a track the provider names: "Our Flex track", "the
// Bridge track".
var namedTrack = prefilter.MustCompile(`\b(?:[Oo]ur|[Tt]he)\s+([A-Z][a-z]+)\s+[Tt]rack\b`)

// namedTier is a plan the provider names by its tier: "The Plus tier",
// "our Core tier".
var namedTier = prefilter.MustCompile(`\b(?:[Oo]ur|[Tt]he)\s+([A-Z][a-z]+)\s+tier\b`)

// headingTrack is a heading opening on a track's name: "Valor Track",
// "Bridge Track: for shift workers".
var headingTrack = prefilter.MustCompile(`^\s*(?:The\s+)?([A-Z][a-z]+)\s+Track\b`)

// notTrackNames are words before "track" that are no name of one.
var notTrackNames = map[string]bool{"evening": true, "morning": true, "day": true, "daytime": true, "weekend": true, "weekday": true,
	"virtual": true, "online": true, "standard": true, "regular": true, "main": true, "adult": true, "teen": true, "adolescent": true,
	"iop": true, "php": true, "same": true, "first": true, "second": true, "next": true}

// listingHead is a listing line's name: "1. Riverbend Counseling Group —
// 1120 N Division St" is Riverbend Counseling Group, its number and its
// address left out.
func listingHead(t string) string {
	if i := strings.IndexAny(t, ".)"); i > 0 && i <= 3 && isAllDigits(t[:i]) {
		t = strings.TrimSpace(t[i+1:])
	}
	// ("[Sponsored] Northside Recovery Center": a tag before the name.)
	if strings.HasPrefix(t, "[") {
		if k := strings.IndexByte(t, ']'); k > 0 {
			t = strings.TrimSpace(t[k+1:])
		}
	}
	// ("Mesquite Ridge Counseling ★ 4.7 (212 reviews)": a rating and
	// its count follow the name; "Northside Recovery Center [Sponsored]"
	// a tag.)
	for _, d := range []string{" — ", " – ", " - ", " ★", " ·", " (", " ["} {
		if i := strings.Index(t, d); i > 0 {
			t = strings.TrimSpace(t[:i])
		}
	}
	return t
}

func isAllDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// hostHolds reports the page's host name spelling name out
// ("RehabFinderHub" on rehabfinderhub.com).
func hostHolds(doc *corpus.Document, name string) bool {
	key := strings.ToLower(strings.ReplaceAll(name, " ", ""))
	if len(key) < 4 {
		return false
	}
	addr := doc.URL
	if len(doc.Blocks) > 0 && strings.HasPrefix(doc.Blocks[0].Text, "SOURCE:") {
		addr = strings.TrimSpace(strings.TrimPrefix(doc.Blocks[0].Text, "SOURCE:"))
	}
	return strings.Contains(hostLetters(addr), key)
}

// hostLetters is an address's host name lowercased without its hyphens,
// as a provider's name spelled out runs in it ("pathway-bridge.org");
// "" for an address that does not parse.
func hostLetters(addr string) string {
	// A page asks it of its own address a few times a sentence: the
	// answer is kept, by address, in a small table shared by the
	// workers (a slot holds the last address hashed to it).
	slot := &hostLettersSeen[maphash.String(hostSeed, addr)%uint64(len(hostLettersSeen))]
	if e := slot.Load(); e != nil && e.addr == addr {
		return e.letters
	}
	letters := ""
	if u, err := url.Parse(addr); err == nil {
		letters = strings.ReplaceAll(strings.ToLower(u.Hostname()), "-", "")
	}
	slot.Store(&hostEntry{addr: addr, letters: letters})
	return letters
}

type hostEntry struct{ addr, letters string }

var (
	hostSeed        = maphash.MakeSeed()
	hostLettersSeen [256]atomic.Pointer[hostEntry]
)

// siteNamed reports a name the page's address carries ("Pathway Bridge"
// on pathwaybridgerecovery.com), from its URL or a text export's
// "SOURCE:" line: the provider's name, no place of it.
func siteNamed(doc *corpus.Document, name string) bool {
	if !hostHolds(doc, name) {
		return false
	}
	// A city may stand in the address too ("boulderrecoverycenter.com"
	// with clinics in Boulder and Longmont): the provider's name is
	// written with its brand word ("Pathway Bridge Recovery").
	for i := range doc.Blocks {
		t := doc.Blocks[i].Text
		for k := strings.Index(t, name); k >= 0; {
			if brandWords[wordAfter(lowerASCII(t), k+len(name))] {
				return true
			}
			next := strings.Index(t[k+len(name):], name)
			if next < 0 {
				break
			}
			k += len(name) + next
		}
	}
	return false
}

var brandWords = wordSet("recovery", "health", "behavioral", "treatment", "wellness", "counseling", "rehab", "addiction", "healing", "institute", "group")

// providerRow reports a table cell whose row is headed by a provider's
// name, under a first column of providers or programs: "Linden Creek
// Health (Marston)", "Harrow Path (Ebbing)". The name must read as an
// organisation's (a word like "Health" or "Recovery", or its town in
// brackets) and not as a level or a track of one program ("Evening
// Track", "Partial Hospitalization (PHP)").
func providerRow(doc *corpus.Document, bi int) bool {
	b := &doc.Blocks[bi]
	name := strings.TrimSpace(b.RowHeader)
	if name == "" || !titleCase(name) {
		return false
	}
	l := lowerASCII(name)
	// ("| Partial Hospitalization (PHP) | weekdays |": a level of care.)
	if hasWord(l, "track", "tracks", "cohort", "option", "phase", "level", "step", "week", "weeks", "group", "groups", "day", "days",
		"iop", "php", "op", "outpatient", "inpatient", "residential", "detox", "hospitalization", "partial", "intensive", "aftercare") {
		return false
	}
	town := false
	if k := strings.IndexByte(name, '('); k > 0 && strings.HasSuffix(name, ")") && len(name) > k+1 && name[k+1] >= 'A' && name[k+1] <= 'Z' {
		town = true
	}
	if !town && !hasWord(l, orgWords...) {
		return false
	}
	// The row's first cell names the table's first column.
	for i := bi; i >= 0 && i >= bi-12; i-- {
		c := &doc.Blocks[i]
		if c.Kind != corpus.BlockTableCell {
			return false
		}
		if c.RowHeader == "" && strings.TrimSpace(c.Text) == name {
			switch lowerASCII(strings.TrimSpace(c.ColHeader)) {
			// (Not "Center" or "Clinic": a provider's own centres are
			// one program's sites, "… 45 days at every center".)
			case "program", "programs", "provider", "providers", "name", "organization", "organisation", "agency":
				return true
			}
			return false
		}
	}
	return false
}

var orgWords = []string{"recovery", "health", "behavioral", "behavioural", "treatment", "wellness", "counseling", "counselling", "rehab", "addiction",
	"healing", "institute", "center", "centre", "clinic", "services", "hospital", "lodge", "house", "medical"}

// placeIn is the place of places a sentence names, "" when none.
// placeColumn reports a column header that names places.
func placeColumn(h string) bool {
	switch strings.ToLower(strings.TrimSpace(h)) {
	case "location", "locations", "campus", "campuses", "clinic", "clinics", "site", "sites", "city", "office", "offices":
		return true
	}
	return false
}

// stateColumn reports a table column headed "State": with a US state's
// name in its cell ("| State | IOP (typical) | PHP (typical) |"), a
// guide's rows by state, as many places. (A "State" column of "Stable",
// "Fragile" is a client's state.)
func stateColumn(h string) bool {
	switch strings.ToLower(strings.TrimSpace(h)) {
	case "state", "states":
		return true
	}
	return false
}

// usState reports the name of one of the United States.
func usState(name string) bool {
	return usStates[strings.ToLower(name)]
}

// StateIn returns the first of the United States that text names as a
// word, lowercased ("new york"), or "".
func StateIn(text string) string {
	l := lowerASCII(text)
	best, at := "", -1
	for st := range usStates {
		if i := indexWord(l, st, 0); i >= 0 && (at < 0 || i < at) {
			best, at = st, i
		}
	}
	return best
}

var usStates = wordSet("alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware", "florida", "georgia",
	"hawaii", "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky", "louisiana", "maine", "maryland", "massachusetts", "michigan",
	"minnesota", "mississippi", "missouri", "montana", "nebraska", "nevada", "new hampshire", "new jersey", "new mexico", "new york",
	"north carolina", "north dakota", "ohio", "oklahoma", "oregon", "pennsylvania", "rhode island", "south carolina", "south dakota",
	"tennessee", "texas", "utah", "vermont", "virginia", "washington", "west virginia", "wisconsin", "wyoming")

func placeIn(text string, places []string) string {
	for _, p := range places {
		// ("Northgate IOP" names no "North" row.)
		for i := 0; ; {
			k := strings.Index(text[i:], p)
			if k < 0 {
				break
			}
			k += i
			if e := k + len(p); (k == 0 || !isWordByte(text[k-1])) && (e == len(text) || !isWordByte(text[e])) {
				return strings.ToLower(p)
			}
			i = k + 1
		}
	}
	return ""
}

// listingsLink reports a menu line that links to a site's listings ("View
// All Listings", "Browse listings", "See more listings", "Home | View All
// Listings | Live Chat"): each item of the line that mentions listings is
// a short imperative before the word, which names no count of them.
func listingsLink(t string) bool {
	// (Most lines hold no such word: the split is for those that do.)
	if !strings.Contains(t, "listings") {
		return false
	}
	link := false
	for _, item := range strings.FieldsFunc(t, func(r rune) bool { return r == '|' || r == '·' || r == '•' || r == '\n' }) {
		if !strings.Contains(item, "listings") {
			continue
		}
		f := strings.Fields(strings.TrimRight(strings.TrimSpace(item), ".»>›→"))
		if len(f) < 2 || len(f) > 4 || f[len(f)-1] != "listings" {
			return false
		}
		switch f[0] {
		case "view", "browse", "see", "explore":
			link = true
		default:
			return false
		}
	}
	return link
}

// providersNeeded is how many providers' headings make a page a
// directory: three, or two beside a menu link to the site's listings in
// its opening lines (see listingsLink).
func providersNeeded(lower []string) int {
	if slices.ContainsFunc(lower[:min(8, len(lower))], listingsLink) {
		return 2
	}
	return 3
}

// directoryPage reports a page that lists several providers: its address
// or its opening says so ("directory", "Showing 4 of 12 listings").
func directoryPage(doc *corpus.Document, title string, lower []string) bool {
	if strings.Contains(strings.ToLower(doc.URL), "directory") {
		return true
	}
	// "The 5 Best Outpatient Rehab Centers in Granton, OH (2025)", "Top 10
	// IOPs in Ohio": a ranking of providers lists each under its own
	// heading as a directory does.
	// (The words first: the expression on every page's title cost a
	// hundredth of extraction.)
	if (strings.Contains(title, "best") || strings.Contains(title, "top") || strings.Contains(title, "rated") || strings.Contains(title, "leading")) && rankingTitle.MatchString(title) {
		return true
	}
	for i := range doc.Blocks {
		if i >= 8 {
			break
		}
		t := lower[i]
		// (A text export's first line may be its breadcrumbs, and the
		// ranking its first heading.)
		if i < 3 && (strings.Contains(t, "best") || strings.Contains(t, "top") || strings.Contains(t, "rated")) && wordCount(t) <= 16 && rankingTitle.MatchString(t) {
			return true
		}
		// "Showing 5 of 23 programs", "(4 results)", "Listings are
		// supplied by providers".
		// ("Sponsored listings may appear on this page" is an article's
		// disclaimer.)
		// ("View All Listings", a link in a directory site's menu over
		// each of its articles, says the listings are elsewhere.)
		if strings.Contains(t, "listings") && !strings.Contains(t, "sponsored listings") && !listingsLink(t) || strings.Contains(t, "each listing") || strings.Contains(t, "listing below") ||
			strings.Contains(t, "directory") || strings.Contains(t, " results)") ||
			// "Every program on this list meets …", "All listed programs
			// are outpatient".
			strings.Contains(t, "program on this list") || strings.Contains(t, "programs on this list") || strings.Contains(t, "listed programs") ||
			strings.HasPrefix(t, "showing ") && strings.Contains(t, " of ") || countFound(t) || resultCount(t) ||
			strings.Contains(t, "sorted by") && resultsInLine.MatchString(t) {
			return true
		}
	}
	return false
}

// providerHeadings reports a page whose headings name three providers or
// more ("Larimer Street Recovery (Capitol Hill)", "Foothill Bend
// Counseling (Lakewood)", "Platte Valley Behavioral"): a guide that lists
// programs under their providers' names, however its title reads ("5
// IOPs Worth a Call"). Its figures are each listing's.
func (st *state) providerHeadings(need int) bool {
	doc := st.doc
	var seen []string
	for i := range doc.Blocks {
		if doc.Blocks[i].Kind != corpus.BlockHeading {
			continue
		}
		t := listingHead(strings.TrimSpace(doc.Blocks[i].Text))
		// ("Individual Counseling", "Outpatient Substance Use Services"
		// name a service; "Harmony Path Counseling" over its own address
		// is the site.)
		// ("Maple Ridge Hospital" and "Maple Ridge Hospital
		// Behavioral Health Services" are one provider; "Behavioral Health
		// Services" names none.)
		if len(t) > 60 || !providerName(t) || !properName(t) {
			continue
		}
		key := lowerASCII(firstWords(t, 2))
		if slices.Contains(seen, key) || st.x.terms.find(t, lowerASCII(t)) != nil || hostHolds(doc, key) {
			continue
		}
		// (The provider's own voice is asked last: most pages have no
		// three such headings.)
		if seen = append(seen, key); len(seen) >= need {
			return !st.ownVoice()
		}
	}
	return false
}

// resultsInLine is a count of results inside a line a text export joined
// to the heading above it: "… in Bend, OR 3 results · Sorted by: Relevance".
var resultsInLine = prefilter.MustCompile(`\b\d+\s+(?:results|providers|listings|facilities|centers|clinics)\s+[·|]`)

var rankingTitle = prefilter.MustCompile(`\b(?:(?:the\s+)?(?:\d+|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty)\s+(?:best|top-rated|top\s+rated|best-rated|highest-rated|leading)|top\s+(?:\d+|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty))\s+(?:[a-z0-9&/-]+\s+){0,4}?(?:rehabs|rehab\s+centers|centers|centres|programs|providers|clinics|facilities|iops|php\s+programs|treatment\s+centers)\b`)

// sharedSchedule reports a block saying that the provider's locations run
// one schedule: "Every location follows the same weekly schedule", "All
// of our clinics use an identical schedule".
// ("Every Brightwater IOP follows the same eight-week curriculum": so
// do the provider's programs, named by its own name.)
// ("All Desert Row locations follow the same IOP schedule": the IOP's
// figures are one program's; its PHP's may still differ by location.)
func sharedSchedule(st *state) (bool, []Subject) {
	for bi, l := range st.lower {
		// ("The same curriculum runs at every clinic, but each clinic
		// sets its own weekly schedule": the schedules differ.)
		if !sameWords(l) || hasWord(l, "own", "differ", "differs", "vary", "varies", "locally") {
			continue
		}
		piece := sameAtLocationsPiece(l)
		if piece == "" {
			continue
		}
		// The programs the piece itself names, as the page's mentions
		// read them.
		lo := strings.Index(l, piece)
		var named []Subject
		for _, m := range st.mentions[bi] {
			if m.start >= lo && m.end <= lo+len(piece) && programSubject(m.subject) && !m.weak && !slices.Contains(named, m.subject) {
				named = append(named, m.subject)
			}
		}
		return true, named
	}
	return false, nil
}

// sameWords reports words every match of sameAtLocations holds: "same"
// or "identical", and "every", "all" or "each".
func sameWords(t string) bool {
	return (strings.Contains(t, "same") || strings.Contains(t, "identical")) && (strings.Contains(t, "every") || strings.Contains(t, "all") || strings.Contains(t, "each"))
}

// sameAtLocationsIn is sameAtLocations.MatchString(l), asked of the
// stretches between full stops and semicolons that hold its words: no
// match holds either mark, and a stretch's ends read as the marks do
// for \b. Over a whole block its start words stand in too many places to
// be tried one by one, and the expression ran at 9 µs a block.
func sameAtLocationsIn(l string) bool { return sameAtLocationsPiece(l) != "" }

// sameAtLocationsPiece is the stretch of l that sameAtLocations matches
// (see sameAtLocationsIn), "" when none does.
func sameAtLocationsPiece(l string) string {
	found := ""
	for piece := range strings.FieldsFuncSeq(l, func(r rune) bool { return r == '.' || r == ';' }) {
		if sameWords(piece) && sameAtLocations.MatchString(piece) {
			found = piece
			break
		}
	}
	if prefilter.Verifying() && (found != "") != sameAtLocations.MatchString(l) {
		panic(fmt.Sprintf("sameAtLocationsIn(%q) = %v, unlike the expression", l, found != ""))
	}
	return found
}

// (What is the same is a schedule or a curriculum: "All of our programs
// are held to the same CARF standards" says nothing of one.)
// ("The same ten-week curriculum runs at each one of our clinics":
// what is the same, then where.)
var sameAtLocations = prefilter.MustCompile(`\b(?:every|all|each)\s+(?:one\s+)?(?:of\s+)?(?:our\s+|the\s+)?(?:[a-z][a-z'’-]*\s+){0,2}?(?:locations?|clinics?|sites?|campuses|offices?|programs?|iops?|phps?)\b[^.;]{0,60}\b(?:same|identical)\s+(?:[a-z0-9-]+\s+){0,2}?(?:schedules?|curriculum|curricula|hours|length|timetable|days|program|track)\b|\b(?:same|identical)\s+(?:[a-z0-9-]+\s+){0,2}?(?:schedules?|curriculum|curricula|timetable|program|track)\b[^.;]{0,40}\b(?:at|across|in)\s+(?:every|all|each)\s+(?:one\s+)?(?:of\s+)?(?:our\s+|the\s+|its\s+)?(?:[a-z][a-z'’-]*\s+){0,2}?(?:locations?|clinics?|sites?|campuses|offices?)\b`)

// countFound reports a search's count of what it found: "5 programs
// found", "12 providers found · Updated May 2024".
func countFound(t string) bool {
	i := strings.Index(t, " found")
	if i < 0 {
		return false
	}
	f := strings.Fields(t[:i])
	if len(f) < 2 || !isAllDigits(f[len(f)-2]) {
		return false
	}
	switch f[len(f)-1] {
	case "programs", "providers", "results", "facilities", "centers", "centres", "listings", "clinics", "options":
		return true
	}
	return false
}

// resultCount reports a line that opens on a count of what a search
// found and nothing more, or a sort order after it: "4 results · Sorted
// by: Featured", "12 providers".
func resultCount(t string) bool {
	// (Most lines open on no digit: they are spared splitting.)
	if t = strings.TrimLeft(t, " "); t == "" || t[0] < '0' || t[0] > '9' {
		return false
	}
	f := strings.Fields(t[:min(len(t), 80)])
	if len(f) < 2 || !isAllDigits(f[0]) {
		return false
	}
	switch f[1] {
	case "results", "providers", "listings", "facilities", "centers", "centres", "programs", "clinics":
	default:
		return false
	}
	return len(f) == 2 || f[2] == "·" || f[2] == "|" || strings.Contains(t, "sorted by") || strings.Contains(t, "sort by")
}

// quantifiedClass reports a sentence that opens on a quantifier and the
// programs it quantifies ("Most IOPs involve 9 to 15 hours a week",
// "Some PHPs run six hours a day"): a statement about programs of that
// kind, which takes no track or population from the sentence before
// ("Weekend IOP tracks suit shift workers."), where a bare "Most run six
// hours a day" points back at it.
func quantifiedClass(s *sentence) bool {
	t := trimLeftWords(s.lower)
	at := len(s.lower) - len(t)
	for _, q := range []string{"most ", "some "} {
		if !strings.HasPrefix(t, q) {
			continue
		}
		for _, m := range s.mentions {
			if m.start == at+len(q) && programSubject(m.subject) {
				return true
			}
		}
	}
	return false
}

// trackInTitle is the track (evening, virtual, weekend, full-day,
// half-day) a page's title names right before its topic program, "" when
// none: the whole page then speaks of that track.
func trackInTitle(title string, topic Subject) string {
	if topic == "" || title == "" {
		return ""
	}
	for _, v := range variants {
		switch v.name {
		case "evening", "weekend", "virtual", "full-day", "half-day":
		case "women's", "men's", "veterans":
			// "Women's Recovery Program" over a page about an IOP track:
			// whom the track is for names it, its own name after.
			for _, cue := range v.cues {
				if i := indexWord(title, cue, 0); i >= 0 && ownTrackName.MatchString(title[i+len(cue):]) {
					return v.name
				}
			}
			continue
		default:
			continue
		}
		for _, cue := range v.cues {
			if i := indexWord(title, cue, 0); i >= 0 {
				// "Daytime and evening IOP in Lakeport": a title naming
				// two tracks is about the program, not one track.
				if w := wordBefore(title, i); w == "and" || w == "or" || strings.HasSuffix(strings.TrimRight(title[:i], " "), "&") || strings.HasSuffix(strings.TrimRight(title[:i], " "), "/") {
					return ""
				}
				rest := strings.TrimLeft(title[i+len(cue):], " ")
				// (The track of the page's own program: "Day PHP — 5
				// Days" above "Evening IOP — 3 Nights" is no evening PHP.)
				for _, p := range topicNames[topic] {
					if strings.HasPrefix(rest, p) {
						return v.name
					}
				}
			}
		}
	}
	return ""
}

// ownTrackName is a track's own name after whom it is for: " recovery
// program", " track", " intensive outpatient group".
var ownTrackName = prefilter.MustCompile(`^\s+(?:[a-z-]+\s+){0,2}(?:program|programme|track|group)\s*(?:$|[—–:|(-])`)

// stackedTracks are the tracks a title names together right before its
// program, "evening virtual iop": ["evening", "virtual"]; nil when it
// names fewer than two.
func stackedTracks(title string, topic Subject) []string {
	for _, p := range topicNames[topic] {
		i := indexWord(title, p, 0)
		if i < 0 {
			continue
		}
		var out []string
		for k, n := i, 0; n < 2; n++ {
			w := wordBefore(title, k)
			v := trackRow(w)
			if v == "" {
				for _, x := range variants {
					if (x.name == "virtual" || x.name == "full-day" || x.name == "half-day") && slices.Contains(x.cues, w) {
						v = x.name
					}
				}
			}
			if v == "" {
				break
			}
			out = append(out, v)
			k = lastIndex(title[:k], w)
		}
		// (Only a time of day with video: "Weekend Evening IOP" and
		// "Half-Day Virtual PHP" may name two tracks the page times apart.)
		if len(out) == 2 && slices.Contains(out, "virtual") && videoAndTime[out[0]+out[1]] {
			return out
		}
		return nil
	}
	return nil
}

// videoAndTime are the stacks of one time-of-day track and "virtual".
var videoAndTime = map[string]bool{"eveningvirtual": true, "virtualevening": true, "morningvirtual": true, "virtualmorning": true, "afternoonvirtual": true, "virtualafternoon": true}

// topicNames are the names a track's cue may stand before for each topic.
var topicNames = map[Subject][]string{
	IOP: {"intensive outpatient", "iop", "outpatient"},
	PHP: {"partial hospitalization", "php", "day treatment"},
	OP:  {"outpatient"},
}

// scheduleHeading reports a heading over a program's schedule that names no
// program: "Program hours", "Schedule", "A typical day".
func scheduleHeading(h string) bool {
	// ("Your weekly schedule", "The daily schedule".)
	t := strings.ToLower(strings.TrimSpace(strings.TrimRight(h, ": ")))
	for _, p := range []string{"your ", "the "} {
		t = strings.TrimPrefix(t, p)
	}
	switch t {
	case "hours", "program hours", "program schedule", "schedule", "our schedule", "weekly schedule", "daily schedule", "when we meet", "a typical day", "typical day",
		"hours and schedule", "schedule and hours":
		return true
	}
	return false
}

// residencePage reports a page whose title or opening headings name a
// sober-living house or recovery residence and no program.
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
	for i, h := range heads {
		if hasWord(h, "sober living", "sober house", "sober houses", "sober home", "sober homes", "recovery residence", "recovery residences", "recovery house", "recovery homes", "halfway house", "transitional living") {
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

// detoxAfter reports whether detox is the next thing named after i, past
// a bracket: "inpatient (residential) detox".
func detoxAfter(l string, i int) bool {
	rest := strings.TrimLeft(l[min(i, len(l)):], ") ")
	if strings.HasPrefix(rest, "(") {
		if k := strings.IndexByte(rest, ')'); k > 0 {
			rest = strings.TrimLeft(rest[k+1:], " ")
		}
	}
	return strings.HasPrefix(rest, "detox") || strings.HasPrefix(rest, "withdrawal")
}

// groupOf is the programs a sentence opening on a group ("Neither level
// …") speaks of: those named in its section, else, under a heading of its
// own, the last sections' programs when they are as many as the group.
func (st *state) groupOf(s *sentence) []Subject {
	// ("If you are leaving detox or residential care, the next step is a
	// PHP or an IOP. Both let you live at home": the two joined last.)
	if len(st.recent) > 2 && len(st.lastPair) == 2 && groupOpening(s.lower) == 2 {
		return st.lastPair
	}
	if len(st.recent) >= 2 {
		return st.recent
	}
	if n := groupOpening(s.lower); n >= 2 && len(st.headed) >= n {
		return st.headed[len(st.headed)-n:]
	}
	return st.recent
}

// openingClauseEnd is where the main clause of a sentence that opens on a
// subordinate clause ("When …, ", "If …, ") starts; 0 when it opens on its
// main clause.
func openingClauseEnd(lower string) int {
	switch wordAfter(lower, 0) {
	case "when", "if", "although", "though", "while", "whereas", "unless", "because", "since", "once":
	default:
		return 0
	}
	if k := strings.IndexByte(lower, ','); k > 0 {
		return k + 1
	}
	return 0
}

// labelOfLine reports m as all of its line's label ("Outpatient —",
// "Outpatient care:").
func labelOfLine(s *sentence, m mention) bool {
	label, e := s.label()
	if e == 0 || s.off != s.block.Sentences[0].Start {
		return false
	}
	l := strings.TrimSpace(strings.Trim(lowerASCII(label), " -–—•*"))
	name := s.lower[m.start:m.end]
	if !strings.HasPrefix(l, name) || !opensSentence(s.lower, m.start) {
		return false
	}
	// ("Outpatient sessions — Monday through Friday" in an IOP's section
	// are the IOP's sessions.)
	switch strings.TrimSpace(l[len(name):]) {
	case "", "care", "treatment", "therapy", "counseling", "counselling", "program", "(op)":
		return true
	}
	return false
}

// carriesAfter reports a mention from i on that can carry to the next
// sentence.
func (st *state) carriesAfter(s *sentence, i int) bool {
	for _, m := range s.mentions {
		if m.start >= i && programSubject(m.subject) && st.carries(s, m) {
			return true
		}
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

// oneOfSites reports a page about one of a provider's several sites: its
// address names a location, it names two or more places, or the sentence
// speaks of another campus or location. On a provider's only facility,
// "We do not offer detox at this facility" is the provider's answer.
func (st *state) oneOfSites(lower string) bool {
	return strings.Contains(strings.ToLower(st.doc.URL), "/location") || len(st.places) >= 2 ||
		strings.Contains(lower, "campus") || strings.Contains(lower, "other location") || strings.Contains(lower, "another location")
}

// namedSite is the site of the provider's a sentence names, "our Columbus
// office", "The Port Ellis clinic", "our office in Dayton", "at our
// Dayton, Ohio office": "columbus office", "" when none.
func namedSite(text string) string {
	if !strings.Contains(text, "our ") && !strings.Contains(text, "Our ") && !strings.Contains(text, "he ") && !strings.Contains(text, "his ") {
		return ""
	}
	if m := namedSiteBefore.FindStringSubmatch(text); m != nil {
		return strings.ToLower(strings.ReplaceAll(m[1], ",", "") + " " + m[2])
	}
	if m := namedSiteAfter.FindStringSubmatch(text); m != nil {
		return strings.ToLower(m[2] + " " + m[1])
	}
	return ""
}

var (
	namedSiteBefore = prefilter.MustCompile(`(?:^|\bat\s+)(?:[Oo]ur|[Tt]he|[Tt]his)\s+([A-Z][A-Za-z]+(?:,?\s[A-Z][A-Za-z]+){0,2})\s+(office|clinic|location|campus|center|centre|site)\b`)
	namedSiteAfter  = prefilter.MustCompile(`(?:^|\bat\s+)(?:[Oo]ur|[Tt]he|[Tt]his)\s+(office|clinic|location|campus|center|centre|site)\s+in\s+([A-Z][A-Za-z]+(?:\s[A-Z][A-Za-z]+){0,2})\b`)
)

// siteHeading is the site a heading names, "" when it names none:
// "Tallis Creek Campus (residential and detox)" is "tallis creek campus".
func siteHeading(h string) string {
	name := strings.TrimSpace(h)
	if k := strings.IndexAny(name, "(–—:"); k > 0 {
		name = strings.TrimSpace(name[:k])
	}
	l := lowerASCII(name)
	if wordCount(l) > 6 || !hasWord(l, "campus", "office", "clinic", "center", "centre", "location", "site") {
		return ""
	}
	return l
}

// thisLocation reports a sentence about the site the page is about: "at
// this location", "at this clinic", "at this campus".
func thisLocation(lower string) bool {
	for _, p := range thisSitePhrases {
		if strings.Contains(lower, "at "+p) {
			return true
		}
	}
	return false
}

// thisSitePhrases point at the site a page is about.
var thisSitePhrases = []string{"this location", "this site", "this clinic", "this center", "this centre", "this campus", "this office", "this facility"}

// ownTitle reports a page whose title or an opening heading names a
// program as the provider's: "Inside Our IOP", "Starting PHP at
// Hollowbrook" on hollowbrook's site. (A heading naming the site alone,
// "Hollowbrook Health Blog", or a program alone, "OP vs. IOP", does not.)
func (st *state) ownTitle() bool {
	heads := []string{st.doc.Title}
	textTitle := st.textTitle()
	for i := 0; i < len(st.doc.Blocks) && i < 6; i++ {
		if k := st.doc.Blocks[i].Kind; k == corpus.BlockHeading || k == corpus.BlockTitle || i == textTitle {
			heads = append(heads, st.doc.Blocks[i].Text)
		}
	}
	for _, t := range heads {
		// ("OP vs. IOP | Northstar Behavioral Health": the site's name
		// after a bar is the page title's suffix.)
		// ("Fernbrook Health Blog · Outpatient Care": a blog's name
		// and its category.)
		if k := strings.IndexAny(t, "|–—·"); k >= 0 {
			t = t[:k]
		}
		l := lowerASCII(t)
		if !hasWord(l, "iop", "php", "program", "programs", "detox", "residential", "outpatient", "rehab", "treatment", "hospitalization") || hasWord(l, "blog", "news", "journal") {
			continue
		}
		if hasWord(l, "our") {
			return true
		}
		for _, w := range strings.Fields(t) {
			if w = strings.Trim(w, ",.:;!?()'’\""); len(w) > 3 && w[0] >= 'A' && w[0] <= 'Z' && hostHolds(st.doc, w) {
				return true
			}
		}
	}
	return false
}

// futureOrPlan reports a sentence about what is planned, not what is:
// "will be available", "beginning next spring", "plans to open".
func futureOrPlan(lower string) bool {
	return strings.Contains(lower, " will ") || strings.Contains(lower, "'ll ") || strings.Contains(lower, "’ll ") || hasWord(lower, "next", "soon", "plan", "plans", "planned", "planning", "upcoming", "opening", "yet")
}

// otherPlaceNamed reports a sentence naming one of places other than own.
func otherPlaceNamed(lower string, places []string, own string) bool {
	for _, p := range places {
		if l := lowerASCII(p); l != own && hasWord(lower, l) {
			return true
		}
	}
	return false
}

// thisSite reports a sentence pointing at the site the page is about
// wherever it stands: "this campus has its own detox unit".
func thisSite(lower string) bool { return thisSiteAt(lower) >= 0 }

// thisSiteAt is where lower first points at the page's own site ("this
// campus", "this clinic"), -1 when it does not.
func thisSiteAt(lower string) int {
	first := -1
	for _, p := range thisSitePhrases {
		if k := strings.Index(lower, p); k >= 0 && (k+len(p) == len(lower) || !isASCIIWordByte(lower[k+len(p)])) && (first < 0 || k < first) {
			first = k
		}
	}
	return first
}

// distance is how far apart two offsets are.
func distance(a, b int) int {
	if a > b {
		return a - b
	}
	return b - a
}

// ownPlace is the one of places a location page is about: the one its
// address's last segment names ("/campuses/durango/"), "" when none or
// several do. (Not a page below it, "/campuses/durango/partners/", whose
// "this facility" may be a partner's; nor a title, which may name the
// place a page only serves.)
func ownPlace(places []string, addr string) string {
	_, last := urlSegments(addr)
	own := ""
	for _, p := range places {
		l := lowerASCII(p)
		if !hasWord(last, l) {
			continue
		}
		if own != "" {
			return ""
		}
		own = l
	}
	return own
}

// atOtherLocations reports a sentence about the provider's other sites,
// not one setting this site apart from them ("Unlike at our other
// locations, detox is provided here", "As in our other locations, …").
func atOtherLocations(lower string) bool {
	loc := otherLocations.FindStringIndex(lower)
	if loc == nil || hasWord(lower, "here") {
		return false
	}
	w := wordBefore(lower, loc[0])
	return w != "unlike" && w != "as" && w != "like"
}

// otherLocations names the provider's other sites.
var otherLocations = prefilter.MustCompile(`\b(?:at|in)\s+(?:our\s+|all\s+|the\s+)?other\s+(?:locations|sites|clinics|centers|centres|campuses|offices|facilities)\b`)

// phaseRow reports a table row headed by a phase of the program: "Phase
// 1 – Stabilize", "Stage two", "Weeks 1–4".
func phaseRow(rh string) bool {
	w := leadingWord(rh, 0)
	if w != "phase" && w != "stage" && w != "week" && w != "weeks" {
		return false
	}
	rest := strings.TrimLeft(rh[len(w):], " ")
	n := leadingWord(rest, 0)
	return n != "" && (n[0] >= '0' && n[0] <= '9' || n == "one" || n == "two" || n == "three" || n == "four" || n == "i" || n == "ii" || n == "iii")
}

// urlSegments are the last segment of the page's address path and the
// folder before it, as words ("teens", "intensive outpatient"); "" for
// what the path lacks.
func urlSegments(addr string) (parent, last string) {
	u, err := url.Parse(strings.TrimSpace(addr))
	if err != nil {
		return "", ""
	}
	path := strings.Trim(u.Path, "/")
	k := strings.LastIndexByte(path, '/')
	last = segmentWords.Replace(strings.ToLower(path[k+1:]))
	if k < 0 {
		return "", last
	}
	path = path[:k]
	return segmentWords.Replace(strings.ToLower(path[strings.LastIndexByte(path, '/')+1:])), last
}

var segmentWords = strings.NewReplacer("-", " ", "_", " ", ".", " ")

// locationPage is the place a page of one of the provider's locations is
// about, as its address spells it ("greenville sc" for
// …/locations/greenville-sc/), "" for any other page.
func locationPage(addr string) string {
	parent, last := urlSegments(addr)
	switch parent {
	case "locations", "location", "campuses", "campus", "facilities", "clinics", "centers", "centres", "offices", "sites":
		return last
	}
	return ""
}

// withoutBrackets is t without its bracketed asides: "summer schedule
// (june 16 – august 15)" is a heading of two words.
func withoutBrackets(t string) string {
	for {
		i := strings.IndexByte(t, '(')
		j := strings.IndexByte(t, ')')
		if i < 0 || j < i {
			return t
		}
		t = t[:i] + t[j+1:]
	}
}

// adultsApart reports adults named apart from young adults: "Adult and
// Teen IOP" serves adults too; "Young Adult IOP" does not.
func adultsApart(t string) bool {
	for _, y := range []string{"young adults", "young adult", "young-adults", "young-adult"} {
		t = strings.ReplaceAll(t, y, "")
	}
	return hasWord(t, "adult", "adults")
}

// headingPopulation is the population the nearest heading names when it
// is short and names a program ("Teen IOP", "Adult Intensive
// Outpatient"), "" otherwise.
func headingPopulation(hs []string) string {
	if len(hs) == 0 {
		return ""
	}
	h := strings.ToLower(strings.TrimSpace(hs[len(hs)-1]))
	// ("TEEN TRACK (ages 13–17)" under a program's page: its track for
	// teens.)
	if len(h) > 40 || !(strings.Contains(h, "iop") || strings.Contains(h, "php") || strings.Contains(h, "program") || strings.Contains(h, "outpatient") || strings.Contains(h, "partial") || strings.Contains(h, "track")) {
		return ""
	}
	// ("Adult and Teen Programs", "Teen IOP vs. adult IOP": both.)
	if strings.Contains(h, "adult") && (strings.Contains(h, "teen") || strings.Contains(h, "adolescent") || strings.Contains(h, "youth")) {
		return ""
	}
	return populationOf(h)
}

// clientsCome opens a sentence on the clients coming to the program:
// "Adults come three evenings a week", "Clients attend Monday through
// Thursday", "Teens meet after school".
var clientsCome = prefilter.MustCompile(`^\s*(?:our\s+|the\s+)?(?:adults|teens|adolescents|clients|patients|participants|members|students|residents)\s+(?:come|come\s+in|attend|meet|gather|join\s+us)\b`)

// clientsHedged opens on clients doing what the program asks, hedged or
// not: "Clients typically attend for three to four weeks". Clients named
// by their program are still its own ("Our PHP meets Monday to Thursday.
// PHP members get 16 hours of care each week").
var clientsHedged = prefilter.MustCompile(`^\s*(?:our\s+|the\s+|most\s+(?:of\s+our\s+)?)?(?:(?:iop|php|op|program|day[- ]program)\s+)?(?:adults|teens|adolescents|clients|patients|participants|members|residents)\s+(?:(?:usually|typically|generally|often|normally)\s+)?(?:attend|stay|remain|spend|complete|finish|come|graduate|are\s+discharged|receive|get)\b`)

// TimeTrackLabel is the track a line's label names by its time of day or
// week, when the line names its weekdays ("Weekday Morning: Mon, Tue, Thu,
// Fri", "Weekend: Saturday and Sunday"), "" when none: the time word that
// tells the track from the others. The checks read such a line as the
// track's schedule, no timetable entry.
func TimeTrackLabel(text string) string {
	label, e := labelSplit(text)
	if e <= 0 {
		return ""
	}
	m := trackTimeLabel.FindStringSubmatch(lowerASCII(strings.TrimSpace(label)))
	// (A day's parts, "Morning: 9:00–12:00 groups", name no days.)
	if m == nil || !weekdayInLabel.MatchString(text[e:]) {
		return ""
	}
	if m[2] != "" {
		return m[2]
	}
	return m[1]
}

var weekdayInLabel = prefilter.MustCompile(`(?i)\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thur?s?|fri|sat|sun)s?\b`)

var trackTimeLabel = prefilter.MustCompile(`^(weekday|weekend|daytime|evening|morning|afternoon|night)(?:\s+(morning|evening|afternoon|night))?$`)

// trackOfLevel names one track of a level of care in a table's row
// header: "Outpatient Plus", "Standard Outpatient", "Step-Up IOP",
// "Level 1 OP".
var trackOfLevel = prefilter.MustCompile(`\b(?:plus|standard|basic|enhanced|extended|core|step-up|step-down|level\s+\d(?:\.\d)?)\b`)

// detoxIsSetting reports a residential word said of detox named before it
// ("Detox at Clearwater is inpatient").
func detoxIsSetting(s *sentence, m mention) bool {
	for _, d := range s.mentions {
		if d.subject == Detox && d.end <= m.start && detoxSetting.MatchString(s.lower[d.end:m.start]) {
			return true
		}
	}
	return false
}

var detoxSetting = prefilter.MustCompile(`^\s*(?:at\s+[a-z'’-]+(?:\s+[a-z'’-]+)?\s+|here\s+)?(?:is|are)\s+(?:an?\s+|fully\s+|always\s+)?$`)

// onlyDetoxNamed reports a sentence naming detox and no other program.
func onlyDetoxNamed(s *sentence) bool {
	detox := false
	for _, m := range s.mentions {
		switch {
		case m.subject == Detox:
			detox = true
		case programSubject(m.subject) && !m.weak:
			return false
		}
	}
	return detox
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

// groupName reports a heading that names an offering in title case:
// "DBT Skills Group", "Grief Support Circle", "Men's Anger Management";
// not a question, a figure, or a section every group has ("Who It's For",
// "How to Sign Up", "Fees").
func groupName(h string) bool {
	t := strings.TrimSpace(h)
	if t == "" || strings.ContainsAny(t, "?0123456789:") || wordCount(t) > 7 {
		return false
	}
	n := 0
	for _, w := range strings.Fields(t) {
		if len(w) >= 4 {
			if w[0] < 'A' || w[0] > 'Z' {
				return false
			}
			n++
		}
	}
	return n >= 2 && !hasPrefixWord(lowerASCII(t), "who", "what", "when", "where", "why", "how", "our", "the format", "format", "schedule", "fees", "cost",
		"costs", "location", "contact", "sign up", "about", "meet the", "facilitators", "frequently asked")
}

// groupNouns name a group in its title: "DBT Skills Group", "Grief
// Support Circle".
var groupNouns = []string{"group", "groups", "circle", "circles", "class", "classes", "workshop", "workshops", "series", "course"}

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

// careKindHeading reports a heading naming a kind of care by how often it
// meets, with no figure of its own: "What weekly therapy offers", "Is
// daily treatment right for you?".
func careKindHeading(b *corpus.Block, lower string) bool {
	return (b.Kind == corpus.BlockHeading || b.Kind == corpus.BlockTitle) && !strings.ContainsAny(lower, "0123456789") && careByFrequency.MatchString(lower)
}

var careByFrequency = prefilter.MustCompile(`\b(?:weekly|daily)\s+(?:outpatient\s+|individual\s+|group\s+)?(?:therapy|counseling|counselling|care|treatment|sessions|visits|appointments)\b`)

// subLabel is the label of a value's opening part, before its colon:
// "IOP groups" of "IOP groups: Mon, Wed, Thu 6:00-9:00 p.m.".
func subLabel(value string) (string, bool) {
	v := strings.TrimLeft(value, " ")
	k := strings.IndexByte(v, ':')
	if k <= 0 || k > 30 || wordCount(v[:k]) > 4 || strings.IndexFunc(v[:k], func(r rune) bool { return r >= '0' && r <= '9' }) >= 0 {
		return "", false
	}
	return v[:k], true
}

// namesProgramHours reports a label or heading of hours that names the
// program they time: "IOP Clinic Hours", "PHP clinic hours", "Day
// Treatment Clinic Hours", "IOP coverage". ("Same-Day Clinic Hours",
// "Evening Office Hours", "Teen Clinic Hours" are a clinic's.)
func namesProgramHours(l string) bool {
	return hasWord(l, "iop", "php", "program", "programs") || strings.Contains(l, "day treatment") || strings.Contains(l, "partial hospitalization") ||
		strings.Contains(l, "intensive outpatient")
}

// properName reports a name with a word of its own beside the words
// providers are named with: "Platte Valley Behavioral", not "Behavioral
// Health Services".
func properName(t string) bool {
	for _, w := range strings.Fields(t) {
		if w = strings.ToLower(strings.Trim(w, ",.()")); !providerWords[w] && !nameFillers[w] {
			return true
		}
	}
	return false
}

// nameFillers are the other words of a generic name: "Behavioral Health
// Services of the Valley" without "Valley".
var nameFillers = wordSet("of", "and", "&", "the", "mental", "addiction")

// ownVoice reports a page on which a provider speaks of its own programs
// or places ("Our IOP meets …", "every location", "our offices"): its
// headings of hospitals, insurers or its own locations list no providers.
func (st *state) ownVoice() bool {
	for i, l := range st.lower {
		// ("Our IOP meets …", not "our IOP checklist"; "none of our
		// offices", "our locations offer", not "each of our picks" or
		// "Our offices are not affiliated with any program below".)
		for _, m := range st.mentions[i] {
			if programSubject(m.subject) && wordBefore(l, m.start) == "our" && ownVerbs[verbAfterName(l, m.end)] {
				return true
			}
		}
		if strings.Contains(l, "of our locations") || strings.Contains(l, "of our offices") || strings.Contains(l, "of our clinics") ||
			strings.Contains(l, "every one of our") || strings.Contains(l, "at every location") {
			return true
		}
	}
	return false
}

// verbAfterName is the word after a program's name, past a bracketed
// abbreviation, "which" and an adverb: "Our intensive outpatient program
// (IOP) meets", "Our IOP, which meets", "Our IOP currently meets".
func verbAfterName(l string, end int) string {
	rest := strings.TrimLeft(l[end:], " ")
	if strings.HasPrefix(rest, "(") {
		if k := strings.IndexByte(rest, ')'); k > 0 {
			rest = strings.TrimLeft(rest[k+1:], " ")
		}
	}
	rest = strings.TrimLeft(strings.TrimPrefix(strings.TrimLeft(rest, ", "), "which "), " ")
	w := firstWord(rest)
	switch w {
	case "currently", "now", "still", "also", "usually", "typically", "generally", "only":
		w = firstWord(strings.TrimLeft(rest[len(w):], " "))
	}
	return strings.Trim(w, ",.;:")
}

// presentTense reports a sentence that speaks of now: "It now lasts
// twelve weeks", "It meets four nights a week".
func presentTense(l string) bool {
	return hasWord(l, "now", "today", "currently", "meets", "runs", "lasts", "is", "are", "offers", "takes", "provides")
}

// ownVerbs after "our IOP" make it the provider's program speaking.
var ownVerbs = map[string]bool{"meets": true, "runs": true, "lasts": true, "is": true, "offers": true, "provides": true, "includes": true,
	"has": true, "takes": true, "requires": true, "uses": true, "serves": true}

// firstWords is the first n words of t, joined by single spaces.
func firstWords(t string, n int) string {
	f := strings.Fields(t)
	return strings.Join(f[:min(n, len(f))], " ")
}

func groupTerm(t string) bool {
	return strings.HasSuffix(t, " group") || strings.HasSuffix(t, " groups")
}

// twoTracks reports a heading naming two parts of the day or week joined:
// "Morning and evening IOP", "Day & evening tracks", "Weekday or weekend
// groups".
func twoTracks(l string) bool {
	n := 0
	for _, w := range strings.FieldsFunc(l, func(r rune) bool { return r == ' ' || r == ',' || r == '/' }) {
		switch w {
		case "morning", "mornings", "afternoon", "afternoons", "evening", "evenings", "day", "daytime", "night", "nights", "weekday", "weekdays", "weekend", "weekends", "in-person", "virtual", "online":
			n++
		}
	}
	return n >= 2 && hasWord(l, "and", "or", "&")
}

// tracksAgree is the variant the sentence's claims of last's subject
// share, "" when they differ: "… with a morning track (9 a.m. to noon) and
// an evening track (6 to 9 p.m.). Most clients complete the program in 8
// to 12 weeks" speaks of both tracks.
func tracksAgree(cs []Claim, last *Claim) string {
	for i := range cs {
		if c := &cs[i]; c.Subject == last.Subject && c.Variant != last.Variant && (c.Variant == "" || trackVariant(c.Variant)) && trackVariant(last.Variant) {
			return ""
		}
	}
	return last.Variant
}

func trackVariant(v string) bool {
	switch v {
	case "morning", "afternoon", "evening", "weekend", "weekday", "virtual", "full-day", "half-day":
		return true
	}
	return false
}

// homeProgramLine reports a line labelled with a program on a site's
// front page: "Intensive outpatient: 4 days a week, 3 hours a day" under
// "Levels of care" at https://provider.example/ lists the provider's own
// programs, as a program page's "Our IOP" does. (A directory's front page
// lists others'.)
func (st *state) homeProgramLine(s *sentence) bool {
	if !st.home || st.directory {
		return false
	}
	label, e := s.label()
	// ("IOP vs PHP: PHP is usually 5 days a week" compares two levels; a
	// guide's front page speaks of programs in general.)
	if e <= 0 || hasWord(lowerASCII(label), "vs", "versus", "or") || !st.pageVoiced() {
		return false
	}
	// ("Levels of care explained / Intensive outpatient (IOP): 9-20 hours
	// a week": lines under a heading that explains the terms define them.)
	// (A text export may take such a line for a heading of its own: the
	// line before it then says which section it is in.)
	if hs := s.block.Headings; len(hs) > 0 && explainsTerms(lowerASCII(hs[len(hs)-1])) {
		return false
	}
	if k := s.block.Kind; (k == corpus.BlockHeading || k == corpus.BlockTitle) && s.bi > 0 {
		prev := &st.doc.Blocks[s.bi-1]
		if pk := prev.Kind; (pk == corpus.BlockHeading || pk == corpus.BlockTitle) && explainsTerms(lowerASCII(prev.Text)) ||
			pk != corpus.BlockHeading && pk != corpus.BlockTitle && len(prev.Headings) > 0 && explainsTerms(lowerASCII(prev.Headings[len(prev.Headings)-1])) {
			return false
		}
	}
	var named Subject
	for _, m := range s.mentions {
		if m.end <= e && programSubject(m.subject) && !m.contrast {
			if named != "" && named != m.subject {
				return false
			}
			named = m.subject
		}
	}
	return named != ""
}

// frontPage reports an address with no path: a site's front page.
func frontPage(addr string) bool {
	u, err := url.Parse(strings.TrimSpace(addr))
	return err == nil && u.Host != "" && strings.Trim(u.Path, "/") == "" && u.RawQuery == ""
}

// pageVoiced reports a page that speaks in its provider's voice anywhere,
// read once.
func (st *state) pageVoiced() bool {
	if st.voicedPage == 0 {
		st.voicedPage = 1
		for _, l := range st.lower {
			// (A cookie banner's "We use cookies" is the site's software
			// speaking.)
			if hasProviderVoice(l) && !cookieBanner(l) {
				st.voicedPage = 2
				break
			}
		}
	}
	return st.voicedPage == 2
}

// joinedGroup reports a group that is the object of joining or
// attending: "can join a continuing-care group", "attend our aftercare
// group".
func joinedGroup(lower string, m mention) bool {
	if !strings.Contains(lower[m.start:m.end], "group") && wordAfter(lower, m.end) != "group" {
		return false
	}
	pre := strings.Fields(lower[max(0, m.start-30):m.start])
	if len(pre) > 0 {
		switch pre[len(pre)-1] {
		case "a", "an", "our", "the", "weekly":
			pre = pre[:len(pre)-1]
		}
	}
	if len(pre) == 0 {
		return false
	}
	switch pre[len(pre)-1] {
	case "join", "joins", "attend", "attends", "into":
		return true
	}
	return false
}

// nextSentence is the lower-case sentence after s in its block ("" at
// its end).
func (st *state) nextSentence(s *sentence) string {
	if start, end, ok := nextSpan(s); ok {
		return st.lower[s.bi][start:end]
	}
	return ""
}

// nextSpan is where the sentence after s stands in its block's text; ok
// is false at the block's end.
func nextSpan(s *sentence) (start, end int, ok bool) {
	after := s.off + len(s.text)
	for _, sp := range s.block.Sentences {
		if sp.Start >= after {
			return sp.Start, sp.End, true
		}
	}
	return 0, 0, false
}

// groupPointedBack opens on a pronoun or "the group": "It meets once a
// week", "The group runs 90 minutes".
func groupPointedBack(next string) bool {
	t := strings.TrimLeft(next, " ")
	for _, p := range []string{"it ", "the group ", "this group ", "that group ", "each group "} {
		if strings.HasPrefix(t, p) {
			return true
		}
	}
	return false
}

// explainsTerms reports a heading over definitions: "Levels of care
// explained", "What the levels mean", "Glossary".
// (Not the provider's own: "Our programs, explained", "What recovery
// means to us", "Recovery on your terms".)
func explainsTerms(h string) bool {
	if hasWord(h, "our", "us", "we") {
		return false
	}
	return strings.Contains(h, "explained") || strings.Contains(h, "defined") || strings.Contains(h, "definitions") || strings.Contains(h, "glossary") ||
		strings.HasPrefix(h, "what ") && hasWord(h, "mean", "means") && hasWord(h, "level", "levels", "care", "terms")
}

// scheduleHeadingOver reports a block right under a heading about when
// the program meets: "Program schedule", "Hours", "When we meet".
func scheduleHeadingOver(b *corpus.Block) bool {
	if len(b.Headings) == 0 {
		return false
	}
	h := lowerASCII(b.Headings[len(b.Headings)-1])
	// (Not a call to act, "Schedule a tour", nor someone else's hours:
	// alumni, visiting, office, tour, intake.)
	if strings.HasPrefix(h, "schedule a ") || strings.HasPrefix(h, "schedule an ") || strings.HasPrefix(h, "schedule your ") || hasWord(h, "alumni", "visiting", "visitation", "visitor", "visitors", "tour", "tours", "office", "intake", "admissions", "phone", "family", "families", "pharmacy", "dosing") {
		return false
	}
	return wordCount(h) <= 4 && (hasWord(h, "schedule", "hours", "timetable") || strings.HasPrefix(h, "when "))
}

// afterCareGroup reports a group clients go on to after the program:
// "continuing-care group", "aftercare group", "alumni group".
func afterCareGroup(t string) bool {
	return strings.Contains(t, "continuing") || strings.Contains(t, "aftercare") || strings.Contains(t, "alumni")
}

// serviceLabelled reports a line whose label names a service and no
// program: "Family group: once a week, 90 minutes", "Individual
// sessions: weekly, 50 minutes".
func serviceLabelled(s *sentence) bool {
	if len(s.mentions) == 0 {
		return false
	}
	_, e := s.label()
	if e == 0 || s.off != s.block.Sentences[0].Start {
		return false
	}
	for _, m := range s.mentions {
		if programSubject(m.subject) || m.start >= e {
			return false
		}
	}
	return true
}

// programAttributeLine reports a line labelled with one of a program's
// facts that names no subject: "Length: 8 to 10 weeks", "Days: Monday
// through Thursday". (Not one a session has too, "Session length: 50
// minutes", "Duration: 90 minutes", nor a value that goes on about a
// service: "Length: 12 months of alumni support", "Length: 6 sessions".)
func programAttributeLine(s *sentence) bool {
	if len(s.mentions) > 0 || s.off != s.block.Sentences[0].Start {
		return false
	}
	label, e := s.label()
	l := strings.Trim(lowerASCII(label), " -–—•*:")
	// ("Duration: 10 to 12 weeks" is the program's; "Duration: 90
	// minutes" a session's.)
	if l == "duration" {
		return hasWord(s.lower[e:], "week", "weeks", "month", "months", "days")
	}
	if e == 0 || !programAttributes[l] {
		return false
	}
	return !hasWord(s.lower[e:], "session", "sessions", "meeting", "meetings", "support", "group", "groups", "visit", "visits")
}

var programAttributes = wordSet("length", "program length", "length of program", "length of stay", "program duration", "typical length", "average length",
	"days", "program days", "schedule", "groups", "hours", "weekly hours", "hours per week", "hours a week", "time commitment", "when", "meets")

// columnPopulation is the clients a table's column header names, "" when
// it names none or more than one kind ("Teen & Young Adult IOP") or names
// them as someone's family ("Adult IOP (parents of teens welcome)").
func columnPopulation(h string) string {
	if hasWord(h, "parent", "parents", "family", "families", "caregivers", "guardians") {
		return ""
	}
	young := hasWord(h, "teen", "teens", "adolescent", "adolescents", "youth", "young")
	if young && strings.Contains(h, "adult") {
		return ""
	}
	// ("| | Ages 12–17 | Ages 18 and up |": the clients by their ages.)
	if m := agesColumn.FindStringSubmatch(h); m != nil {
		if m[2] != "" {
			if hi, err := strconv.Atoi(m[2]); err == nil && hi <= 18 {
				return "adolescent"
			}
			return ""
		}
		if lo, err := strconv.Atoi(m[1]); err == nil && lo >= 18 {
			return "adult"
		}
		return ""
	}
	return populationOf(h)
}

// agesColumn reads a column named by ages: "ages 12–17", "ages 18 and
// up", "18+".
var agesColumn = regexp.MustCompile(`^(?:ages?\s+)?(\d{1,2})\s*(?:(?:–|-|to)\s*(\d{1,2})|\+|\s+and\s+(?:up|over|older))\s*$`)

// leadsToLevels reports a lead-in that announces several programs:
// "There are two levels of care:", "We offer three tracks:".
func leadsToLevels(lower string) bool {
	return hasWord(lower, "levels", "tracks", "programs", "programmes", "options") && (hasWord(lower, "two", "three", "four", "several", "following", "these", "different") || strings.ContainsAny(lower, "234"))
}

// pointsToPlace reports a sentence opening on "Here," or "There,".
func pointsToPlace(lower string) bool {
	t := strings.TrimLeft(lower, " ")
	return strings.HasPrefix(t, "here,") || strings.HasPrefix(t, "there,") || strings.HasPrefix(t, "here you") || strings.HasPrefix(t, "in this program")
}

// movedOnTo reports a program named as where a client moves on to:
// "move to an IOP", "step down to our PHP", "transition into IOP".
func movedOnTo(lower string, i int) bool {
	w, at := wordBeforeArticle(lower, i)
	if w != "to" && w != "into" {
		return false
	}
	switch wordBefore(lower, lastIndex(lower[:at], w)) {
	case "move", "moves", "moving", "down", "transition", "transitions", "transitioning", "progress", "progresses", "step", "steps":
		return true
	}
	return false
}

// joinedPair appends to out the last two programs s names joined by "or"
// or "and", with at most an article between ("a PHP or an IOP", "IOP and
// PHP"); out is left empty when there are none.
func joinedPair(s *sentence, out []Subject) []Subject {
	out = out[:0]
	var prev *mention
	for i := range s.mentions {
		m := &s.mentions[i]
		if !programSubject(m.subject) || m.contrast {
			continue
		}
		if prev != nil && prev.subject != m.subject && prev.end <= m.start {
			conj, article, _ := strings.Cut(strings.Trim(s.lower[prev.end:m.start], " ,()"), " ")
			switch strings.TrimSpace(article) {
			case "", "a", "an", "the", "our":
				if conj == "or" || conj == "and" {
					out = append(out[:0], prev.subject, m.subject)
				}
			}
		}
		prev = m
	}
	return out
}

// phasesHeading reports a block under a short heading of phases or
// stages: "Program Phases", "Stages of care".
func phasesHeading(b *corpus.Block) bool {
	hs := b.Headings
	if len(hs) == 0 {
		return false
	}
	h := lowerASCII(hs[len(hs)-1])
	return wordCount(h) <= 5 && hasWord(h, "phases", "stages")
}

// leftTable reports a sentence outside a table right after one read in a
// table cell.
func (st *state) leftTable(s *sentence) bool {
	p := st.prev.block
	return s.block.Kind != corpus.BlockTableCell && p >= 0 && p < len(st.doc.Blocks) && st.doc.Blocks[p].Kind == corpus.BlockTableCell
}

// noteWithdrawal keeps the substance whose withdrawal s names, for a
// sentence after it that points back ("It usually lasts …"); a sentence
// that points back itself keeps the one before.
func (st *state) noteWithdrawal(s *sentence) {
	if w := withdrawalNamed(s.lower); w != "" || st.withdrawnBlock != s.bi || !anaphoricOpening(s.lower) {
		st.withdrawn = w
	}
	st.withdrawnBlock = s.bi
}
