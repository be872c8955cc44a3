package claims

import (
	"cmp"
	"slices"
	"strings"

	"github.com/factlint/factlint/claims/quantity"
	"github.com/factlint/factlint/corpus"
)

// state carries what subject resolution needs across sentences of one document.
type state struct {
	// ownLettersText is ownLetters, read once a page (ownLettersRead).
	ownLettersText string
	ownLettersRead bool
	// persona is the imagined client a worked example follows.
	persona persona
	// clockSpans are the page's spans of clock times in reading order
	// and clockBlocks the block each stands in, nil until asked (see
	// proseSlots).
	clockSpans  []clockSpan
	clockBlocks []int
	// orgs are the other organisations the page's sentences open on
	// (orgOpening), nil until asked.
	orgs []string
	// namedParas are the paragraphs that open on one of the page's
	// several named programs, by block, with its name (see
	// namedParagraph); nil until asked.
	namedParas map[int]string
	// newsOrg is the provider a news item reports on (newsSubject).
	newsOrg string
	// movedOnTo is the program the sentence just read named only as
	// where clients go next (see nextStepOnly).
	movedOnTo Subject
	// weekHours: the last sentence read gave hours a week.
	weekHours bool
	// daysStated: the most days a week the page has given a program so
	// far (see sentence.daysStated).
	daysStated float64
	x          *Extractor
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
	// voicedBlock is 1 + the block of the last sentence that spoke as
	// the provider (0: none yet).
	voicedBlock int
	// jobBlock is 1 + the block jobBlockPosting was read for (0: none).
	jobBlock        int
	jobBlockPosting bool
	// lastPhase is the phase a sentence about detox opened with ("Days
	// 1-3: medical detox"): the next phase is the next step, not detox.
	lastPhase string
	// beyond holds what the section before a heading that names the
	// page's program only as the step before ("After IOP") was about.
	beyond *carried
	// notRun is the program the page last said its provider does not
	// run ("We do not offer IOP.").
	notRun Subject
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
	// formBesideSubstance marks a detoxForm read from a heading that names
	// a substance too ("Ambulatory opioid detox"): a length there is the
	// substance's withdrawal, not the form's.
	formBesideSubstance bool
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
	// asked is the last question read, lowercased, for every sentence of
	// its answer: up to the next question or heading.
	asked string
	// lengthAsked: the block just read is a heading naming a length.
	lengthAsked bool
	// lengthsListed: the lines being read are the lengths a sentence
	// before them announced ("… built around one of three lengths:").
	lengthsListed    bool
	questionSentence *sentence
	// prevPrograms are the programs the sentence just read named, in
	// order, for a "respectively" after it; spare is the other buffer.
	prevPrograms, spare []Subject
	// prevLastNamed are the same programs in the order each is last
	// named: a list after a lead-in that names one of them first
	// ("three levels of outpatient care – PHP, IOP and regular
	// outpatient") in the list's order.
	prevLastNamed []Subject
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
	// headedTracks caches tracksHeaded (-1 before it is read).
	headedTracks int
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
	// labelPopulation is the population a run-in label opening the
	// paragraph labelPopulationBlock names (see carryModality).
	labelPopulation      string
	labelPopulationBlock int
	// otherProviders: the providers the page's sentences open on as
	// running a program or labelling a line, the site's own among them
	// (see otherProviderLine); nil until asked.
	otherProviders []string
	// jobPage marks a page of one job (see jobPage).
	jobPage bool
	// researchPage marks a page of research studies (see researchPage).
	researchPage bool
	// groupsPage marks a page in a groups folder (see groupsFolder).
	groupsPage bool
	// programTopic is the program the page is most about, detox aside.
	programTopic Subject
	// slabs hold the page's sentences (see sentencePool).
	slabs []*sentenceSlab
}

func newState(x *Extractor, doc *corpus.Document, noDetox bool) *state {
	st := &state{x: x, doc: doc, heading: map[string]Subject{}, unnamedAnswer: -1, lastNamedIn: -1, illustrativeFrom: -1, headingBlock: -1, title: lowerASCII(doc.Title), persona: persona{block: -1}, headedTracks: -1}
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
	st.researchPage = researchPage(doc.URL, named)
	st.newsOrg = newsSubject(doc)
	// (A directory's rows by state are its listings, read as such.)
	st.places = sitePlaces(doc, !st.directory)
	st.ownPlace = ownPlace(st.places, doc.URL)
	if t := st.title; !adultsApart(t) {
		if p := populationOf(t); p == "adolescent" || p == "young-adult" {
			st.titlePopulation = p
		} else if childProgramNamed(t) {
			st.titlePopulation = "adolescent"
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
	if v := namedTrackTitle(st.title); v != "" && programSubject(st.topic) {
		st.titleVariant = v
	}
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
			// (A question heads its answer, not the page: "How many days
			// a week is the trauma IOP?" on a page of questions.)
			if st.titleVariant == "" && !strings.HasSuffix(strings.TrimSpace(st.lower[i]), "?") {
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
				} else if st.titlePopulation == "" && !adultsApart(l) && childProgramNamed(l) {
					st.titlePopulation = "adolescent"
				}
			}
		}
	}
	st.table = implicitTables(st.mentions, doc)
	return st
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
		if st.beyond != nil {
			if subj == NoSubject && st.section == Other {
				st.last, st.section, st.lastProgram = st.beyond.last, st.beyond.section, st.beyond.lastProgram
			}
			st.beyond = nil
		}
		st.headingBlock = bi
		if subj != NoSubject {
			st.last, st.section = subj, subj
			st.sectionAsked = strings.HasSuffix(strings.TrimSpace(b.Text), "?")
			if programSubject(subj) && subj != Detox && !contains(st.headed, subj) {
				st.headed = append(st.headed, subj)
			}
			st.lastProgram = NoSubject
			if programSubject(subj) && subj != Detox {
				st.lastProgram = subj
			}
		} else if b.Kind != corpus.BlockTitle && programSubject(st.topic) && st.stepBeyondTopic(b.Text) {
			// "After IOP" on the IOP's page heads what follows the
			// program: aftercare, no figure of the program's own. (Until
			// the next heading: "Getting started" after it is no
			// aftercare.)
			st.beyond = &carried{last: st.last, section: st.section, lastProgram: st.lastProgram}
			st.last, st.section, st.lastProgram = Other, Other, NoSubject
			return
		} else if st.groupsPage && st.topic == Other && b.Kind != corpus.BlockTitle && b.Text != st.doc.Title && !strings.Contains(b.Text, " | ") &&
			(!programSubject(st.section) || groupName(b.Text) && hasWord(lowerASCII(b.Text), groupNouns...)) {
			// On a page about groups, each section is a group's: "You
			// worked hard in intensive outpatient" then "At a glance" on
			// one group's page; "DBT Skills Group" after a program's
			// section on a page of several, the next group. (Under a
			// program's own heading only a heading naming a group starts
			// another: "Program Details" is the program's. On a page about
			// a program, "IOP Groups", its groups are its own.)
			st.last, st.section, st.lastProgram = Other, Other, NoSubject
		} else if programSubject(st.topic) && st.section == st.topic && scheduleHeading(b.Text) && st.last != st.ranLast {
			// "… before stepping down to our evening IOP and then to weekly
			// outpatient sessions." then "Program hours": the page's
			// program's hours, not the last step named. ("We also run an
			// evening IOP for clients who work." then "Hours" is the IOP's.)
			st.last = st.topic
		} else if programSubject(st.topic) && st.section == st.topic && st.last != st.topic && theProgram.MatchString(st.lower[bi]) {
			// "We also offer two evening IOPs, which suit some clients
			// better." then "How does the program work?": the page's one
			// program, which the heading speaks of, not the others the
			// section ended on.
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
		} else if st.last != NoSubject && st.last != st.section && (!programSubject(st.last) || programSubject(st.section) && bi > 0 && st.doc.Blocks[bi-1].Kind == corpus.BlockListItem ||
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
			case st.topic != NoSubject:
				st.last = st.topic
			}
		}
	}
	if b.Kind == corpus.BlockTableCell {
		st.last = NoSubject
	}
	// "2. Intensive Outpatient Program (IOP)" then a paragraph about it:
	// an item that only names a program heads what follows it, as a
	// heading does. (Items naming one program each, one after another,
	// list services.)
	if subj := st.namingItem(bi); subj != NoSubject {
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
		st.listSubject = NoSubject
	case bi > 0 && st.doc.Blocks[bi-1].Kind != corpus.BlockListItem:
		prev := &st.doc.Blocks[bi-1]
		st.listSubject = NoSubject
		// "Our IOP includes:", "Who is a good fit?": a lead-in.
		// ("There are two levels of care in our outpatient program:": a
		// lead-in to several programs, whose items read on like
		// sentences.)
		if t := strings.TrimSpace(prev.Text); (strings.HasSuffix(t, ":") || strings.HasSuffix(t, "?")) && !leadsToLevels(st.lower[bi-1]) {
			st.listSubject = st.last
		} else if next := steppedToLast(st.lower[bi-1], st.mentions[bi-1]); next != NoSubject {
			// "After the PHP, some patients then move on to the
			// intensive outpatient program." then "- Meets two or
			// three days per week": the list tells of the program
			// stepped to.
			st.listSubject, st.last = next, next
		} else if st.section != NoSubject {
			st.last = st.section
		}
	case st.listSubject != NoSubject:
		st.last = st.listSubject
		// "Based on the guidelines:" / "- Partial hospitalization (PHP)"
		// / "- Usually 5 days per week" / "- Intensive Outpatient Program
		// (IOP)" / "- Usually 3 days per week": an item that only names a
		// program, among items of facts, turns the lead-in's list to it.
		if p := st.nameOnlyItem(bi); p != NoSubject && bi+1 < len(st.doc.Blocks) && st.doc.Blocks[bi+1].Kind == corpus.BlockListItem && st.nameOnlyItem(bi-1) == NoSubject && st.nameOnlyItem(bi+1) == NoSubject {
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
		st.last != NoSubject && !programSubject(st.last) && st.last != Other {
		switch {
		case programSubject(st.section):
			st.last = st.section
		case st.topic != NoSubject:
			st.last = st.topic
		}
	}
	if _, ok := st.table[bi]; ok {
		st.last = NoSubject
	}
}

// nameOnlyItem is the program a list item names and does nothing else
// with ("- Intensive Outpatient Program (IOP)"), or "".
func (st *state) nameOnlyItem(bi int) Subject {
	if bi < 0 || bi >= len(st.doc.Blocks) {
		return NoSubject
	}
	b := &st.doc.Blocks[bi]
	if b.Kind != corpus.BlockListItem || wordCount(b.Text) > 6 || strings.ContainsAny(b.Text, "0123456789?:.") {
		return NoSubject
	}
	var subj Subject
	for _, m := range st.mentions[bi] {
		if !programSubject(m.subject) || m.contrast || subj != NoSubject && m.subject != subj {
			return NoSubject
		}
		subj = m.subject
	}
	return subj
}

// namingItem returns the program a list item names and nothing else,
// when the block after it names the program again; "" otherwise.
func (st *state) namingItem(bi int) Subject {
	subj := st.nameOnlyItem(bi)
	if bi+1 >= len(st.doc.Blocks) {
		return NoSubject
	}
	// (The last of a list of services, "- Partial hospitalization" /
	// "Our program lasts eight weeks.", heads nothing: what follows a
	// heading item names its program again.)
	if subj == NoSubject || !slices.ContainsFunc(st.mentions[bi+1], func(m mention) bool { return m.subject == subj && !m.contrast }) {
		return NoSubject
	}
	// (Nor does the last of several items each naming a program, "-
	// Residential treatment" / "- Outpatient" / "Outpatient services are
	// …": a list of services.)
	if bi > 0 {
		if p := &st.doc.Blocks[bi-1]; p.Kind == corpus.BlockListItem && wordCount(p.Text) <= 6 && slices.ContainsFunc(st.mentions[bi-1], func(m mention) bool { return programSubject(m.subject) }) {
			return NoSubject
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
	// A page cut off right after a figure's rate ("sessions run 5 to 7
	// days a we", "three days pe"): what the figure counts went with it.
	if len(s.qs) > 0 && bi == len(st.doc.Blocks)-1 && si == len(b.Sentences)-1 {
		s.qs = slices.DeleteFunc(s.qs, func(q quantity.Quantity) bool { return cutRate.MatchString(lower[q.End:]) })
	}
	for i := range s.qs {
		if i+1 < len(s.qs) && s.qs[i+1].Qualifier == quantity.Vague && rangeTo(lower, s.qs[i].End, s.qs[i+1].Start) {
			// "from a few days to several weeks": the range's far end is
			// a count no value reads, so a value for the near end alone
			// would cut it short. ("a few days to a few weeks" values
			// both, and vagueToFigure joins them.)
			far := s.qs[i+1]
			if vagueValue(&far); far.Qualifier == quantity.Vague {
				continue
			}
		}
		if i > 0 && s.qs[i-1].Qualifier == quantity.Vague && rangeTo(lower, s.qs[i-1].End, s.qs[i].Start) {
			// "several weeks to a few months": nor the far end alone,
			// when the near end is a count no value reads ("several",
			// "many").
			near := s.qs[i-1]
			if vagueValue(&near); near.Qualifier == quantity.Vague {
				continue
			}
		}
		// ("a few hours a week at most": a ceiling past the usual
		// value, as "up to a few" is.)
		if s.qs[i].Qualifier == quantity.Vague && vagueCeilingAfter(lower[s.qs[i].End:]) {
			continue
		}
		vagueValue(&s.qs[i])
		valuedFarEnd(&s.qs[i])
		bareFarEnd(&s.qs[i], text, lower)
		onAverage(&s.qs[i], lower)
	}
	s.qs = vagueToFigure(s.qs, text, lower)
	boundNamed(s.qs, lower)
	sharedBound(s.qs, lower)
	shareBound(s.qs, lower)
	s.qs = openSpan(s.qs, lower)
	s.qs = lengthSeries(s.qs, lower)
	s.qs = openSpanTo(s.qs, lower)
	s.qs = ceilingSpanTo(s.qs, text, lower)
	s.qs = ceilingToFloor(s.qs, text, lower)
	s.qs = bareListToCeiling(s.qs, text, lower)
	s.qs = byIdiom(s.qs, lower)
	s.qs = elidedUnit(s.qs, lower)
	if b.Kind == corpus.BlockTableCell {
		hoursCell(s.qs, b)
	}
	parallelFigure(s.qs, lower, s.mentions)
	frontedWeek(s.qs, lower)
	weekBreakdown(s.qs, lower)
	s.qs = sometimesMore(s.qs, lower)
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
	// ("Counselors are on site from 3 to 10 p.m. and lead IOP groups from
	// 6 to 9 p.m.": the hours staff are in are theirs, the groups' are
	// the program's.)
	cr = dropStaffHours(lower, cr)
	if len(cr) > 0 && hoursAre.MatchString(lower) {
		// "Hours are Monday to Friday, 8:30am to 4:30pm (9:00am to
		// 1:30pm for programs)": the place's hours, but for a span said
		// to be the programs'.
		cr = slices.DeleteFunc(cr, func(q quantity.Quantity) bool { return !forPrograms.MatchString(lower[q.End:]) })
	}
	if len(cr) > 0 && (!hasWord(lower, openingWords...) || programOpen(lower[:cr[0].Start])) && !helpDeskOpens(lower) && !othersHours(lower, cr) && !serviceRow(b) && !othersColumn(b) && !contactNear(text, cr) && !timeSlot(b) && !(slotLine(st.doc, bi) && !namesProgramIn(st.mentions[bi])) && !st.labelSlot(bi) && !st.captionedSlot(bi) && !s.blockHoursLabel() && !sentenceHoursLabel(s) && !hoursHeading(b) && !chainedSlots(cr) && !listedSlots(text, cr) && !st.proseSlots(bi, lower, cr) {
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
	s.provider = providerVoiceIn(lower, s.contains) && !(s.contains("cookie") && cookieBanner(lower)) || namedProvider(s) || atOwnOpening(s) || st.ownNameActs(s) || everyOwnSite(s) || st.homeProgramLine(s) || st.ownUnit(s)
	applyHeader(s, b)
	return s
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

// leadsToLevels reports a lead-in that announces several programs:
// "There are two levels of care:", "We offer three tracks:".
func leadsToLevels(lower string) bool {
	return hasWord(lower, "levels", "tracks", "programs", "programmes", "options") && (hasWord(lower, "two", "three", "four", "several", "following", "these", "different") || strings.ContainsAny(lower, "234"))
}

// carried is what the sentences after a point are about when they name
// nothing.
type carried struct {
	last, section, lastProgram Subject
}
