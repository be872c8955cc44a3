package claims

import (
	"strings"

	"github.com/factlint/factlint/corpus"
	"github.com/factlint/factlint/internal/prefilter"
)

// headingWithoutProgram reports a heading (not a flattened table's cell)
// that names no program. Text exports make short lines look like
// headings, so a "Label: value" line or one that ends like a sentence is
// not taken for one.
func headingWithoutProgram(st *state, s *sentence) bool {
	if k := s.block.Kind; k != corpus.BlockHeading && k != corpus.BlockTitle {
		return false
	}
	if t := strings.TrimSpace(s.text); labelEnd(t) > 0 || strings.HasSuffix(t, ".") || strings.HasSuffix(t, "!") {
		return false
	}
	if _, ok := st.table[s.bi]; ok {
		return false
	}
	for _, m := range s.mentions {
		if programSubject(m.subject) {
			return false
		}
	}
	return true
}

// factBoxHeading reports a section headed as a program's fact box: "At a
// glance", "Program at a glance", "Quick facts", "Key facts", "Program
// details", "A typical week".
func factBoxHeading(hs []string) bool {
	if len(hs) == 0 {
		return false
	}
	h := strings.ToLower(strings.TrimSpace(hs[len(hs)-1]))
	// ("PHP schedule", "Program schedule": the program's schedule
	// section.)
	return len(h) <= 40 && (strings.Contains(h, "at a glance") || strings.Contains(h, "at-a-glance") || strings.HasSuffix(h, "quick facts") ||
		strings.HasSuffix(h, "key facts") || strings.HasSuffix(h, "fast facts") || h == "program details" || h == "program facts" || h == "the basics" ||
		// ("A typical week" over "Five days a week, 9 a.m.–3 p.m.".)
		h == "a typical week" || h == "typical week" || h == "your week" ||
		bareScheduleHeading(hs) ||
		programScheduleHeading(h))
}

// whenHeading reports a last heading that says when the program meets,
// or names the program or its week: "When we meet", "Group nights",
// "Schedule", "Evening IOP", a line "12 hours of programming each week"
// taken for a heading. Not one over someone else's hours: "Contact us",
// "Family visits", "Drug testing", "Office hours".
func whenHeading(hs []string) bool {
	if len(hs) == 0 {
		return false
	}
	h := lowerASCII(hs[len(hs)-1])
	named := hasWord(h, "iop", "php", "program", "programme", "programming", "group", "groups", "intensive", "outpatient", "partial", "hospitalization")
	return len(h) <= 60 && (named || hasWord(h, "when", "meet", "meets", "schedule", "schedules", "times", "nights", "evenings", "mornings", "days", "week", "weekly", "basics")) &&
		!hasWord(h, "visit", "visits", "visiting", "visitors", "contact", "office", "test", "testing", "tests", "lab", "pharmacy", "family", "families", "phone", "call", "admission", "admissions", "intake", "location", "locations", "directions", "parking") &&
		(named || !hasWord(h, "hours"))
}

// bareScheduleHeading reports a last heading "Schedule" that names nothing
// else: on a program's page it heads the program's week ("Schedule" over
// "Monday–Thursday, 6:00–9:00 p.m."), unless the line is open longer than
// any program's day (a clinic's door) or a heading above it names another
// service (otherSectionAbove).
func bareScheduleHeading(hs []string) bool {
	if len(hs) == 0 {
		return false
	}
	switch strings.ToLower(strings.TrimSpace(strings.TrimRight(hs[len(hs)-1], ":"))) {
	case "schedule", "weekly schedule", "the schedule":
		return true
	}
	return false
}

// otherSectionAbove reports a heading above the last naming a service that
// is no program's: "Family support group" over "Schedule".
func otherSectionAbove(hs []string) bool {
	for _, h := range hs[:max(0, len(hs)-1)] {
		if hasWord(lowerASCII(h), "group", "groups", "family", "families", "support", "alumni", "aftercare", "dosing", "clinic", "office", "visiting", "visitors", "parents") {
			return true
		}
	}
	return false
}

// programScheduleHeading reports a heading naming a program's schedule:
// "PHP schedule", "Program schedule", "IOP hours and schedule".
func programScheduleHeading(h string) bool {
	// ("Program hours", "PHP hours": the program's day. "Our hours",
	// "Treatment center hours", "Our office hours" are the door's.)
	if strings.HasSuffix(h, "hours") && len(h) <= 30 {
		return hasWord(h, "program", "programme", "iop", "php", "op", "group", "groups") && !hasWord(h, "office", "admissions", "phone", "center", "centre", "clinic", "visiting")
	}
	if !strings.HasSuffix(h, "schedule") || len(h) > 30 {
		return false
	}
	for _, w := range []string{"program", "iop", "php", "op", "treatment", "our"} {
		if hasWord(h, w) {
			return true
		}
	}
	return false
}

func (st *state) headingSubject(text string) Subject {
	if s, ok := st.heading[text]; ok {
		return s
	}
	// "About the Plus plan" under a table whose level row makes the Plus
	// column the IOP.
	if p := st.planNamed(text); p != NoSubject {
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
		st.heading[text] = NoSubject
		return NoSubject
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
		// ("How Outpatient Counseling Programs Are Run" on a page about
		// outpatient care: the page's own level, however long the
		// heading.)
		if m.weak && len(ms) == 1 && (wordCount(withoutBrackets(text)) <= 4 || stepNamed || strings.HasSuffix(strings.TrimSpace(text), "?") && outpatientService(l, m) || st.topic == m.subject) {
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
		if subj == NoSubject {
			subj = Detox
		}
	}
	// ("Psychiatric follow-up once a week", a line of the program's week
	// a text export took for a heading, heads nothing.)
	if subj == Other && len(ms) > 0 && ms[0].start <= 4 && prescriberVisit(l[ms[0].start:ms[0].end]) {
		subj = NoSubject
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
	if len(h) > 40 || !(strings.Contains(h, "iop") || strings.Contains(h, "php") || strings.Contains(h, "program") || strings.Contains(h, "outpatient") || strings.Contains(h, "partial") || strings.Contains(h, "track")) && !populationSection(h) {
		return ""
	}
	// ("Adult and Teen Programs", "Teen IOP vs. adult IOP": both.)
	if strings.Contains(h, "adult") && (strings.Contains(h, "teen") || strings.Contains(h, "adolescent") || strings.Contains(h, "youth")) {
		return ""
	}
	return populationOf(h)
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

// careKindHeading reports a heading naming a kind of care by how often it
// meets, with no figure of its own: "What weekly therapy offers", "Is
// daily treatment right for you?".
func careKindHeading(b *corpus.Block, lower string) bool {
	return (b.Kind == corpus.BlockHeading || b.Kind == corpus.BlockTitle) && !strings.ContainsAny(lower, "0123456789") && careByFrequency.MatchString(lower)
}

var careByFrequency = prefilter.MustCompile(`\b(?:weekly|daily)\s+(?:outpatient\s+|individual\s+|group\s+)?(?:therapy|counseling|counselling|care|treatment|sessions|visits|appointments)\b`)

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

// theProgram is a heading that speaks of one program, named by no level:
// "How does the program work?", "About this program".
var theProgram = prefilter.MustCompile(`\b(?:the|this|our)\s+program\b`)

// stepBeyondTopic reports a heading that names the page's program only as
// the step before: "After IOP", "Life after our PHP" on that program's page.
func (st *state) stepBeyondTopic(text string) bool {
	l := lowerASCII(text)
	named := false
	for _, m := range st.x.terms.find(text, l) {
		if !programSubject(m.subject) {
			continue
		}
		// (Only "after": "Finishing our IOP" heads its last weeks,
		// "Following IOP schedule" what comes; nor the program's own first
		// step, "After IOP orientation", "After IOP: your first week".)
		if w, _ := wordBeforeArticle(l, m.start); m.subject != st.topic || w != "after" || startOf(l, m.end) ||
			strings.HasPrefix(strings.TrimLeft(l[m.end:], " "), ":") {
			return false
		}
		named = true
	}
	return named
}

// populationSection reports a short heading naming only whom its section
// is for: "For teens", "Adolescents (13-17)", "Teen services", "What we
// offer teens (13 to 17)", "For adults".
func populationSection(h string) bool {
	named, other := false, 0
	for _, w := range strings.Fields(withoutBrackets(h)) {
		w = strings.Trim(w, ":–-—,.")
		switch w {
		case "teens", "teen", "adolescents", "adolescent", "adults", "adult", "youth", "young":
			named = true
		case "", "for", "our", "services", "service", "care", "what", "we", "offer", "offers", "ages", "age", "to", "people", "and", "&":
		default:
			// (One other word, the provider's name: "What Bluewater
			// offers teens (13 to 17)".)
			if w[0] < '0' || w[0] > '9' {
				other++
			}
		}
	}
	return named && other <= 1
}

// activityHeading reports a short last heading naming something a
// building keeps hours for beside its programs: "Visiting", "Lab draws",
// "Medication pickup", "Alumni drop-in".
func activityHeading(hs []string) bool {
	if len(hs) == 0 {
		return false
	}
	h := lowerASCII(hs[len(hs)-1])
	// ("Medication-Assisted IOP" heads the IOP's times.)
	return wordCount(h) <= 4 && hasWord(h, activityHeadingWords...) && !namesProgramText(h) && !hasWord(h, "php", "intensive", "partial", "outpatient", "program")
}

var activityHeadingWords = []string{"visiting", "visitation", "visitors", "visits", "lab", "labs", "draws", "pharmacy", "medication", "medications",
	"pickup", "pick-up", "drop-in", "alumni", "mail", "laundry", "cafeteria", "dining", "meals", "gym", "chapel", "library", "store", "canteen",
	"shuttle", "van", "transportation", "tours", "tour", "dosing", "phones", "phone"}

// timesOnly reports a sentence of days and clock times and little else:
// "Saturday and Sunday, 1 to 3 p.m.".
func timesOnly(s *sentence) bool {
	rest := []byte(s.lower)
	for _, q := range s.qs {
		for i := q.Start; i < q.End && i < len(rest); i++ {
			rest[i] = ' '
		}
	}
	n := 0
	for _, w := range strings.Fields(string(rest)) {
		w = strings.Trim(w, ",.;:()–—-")
		switch w {
		case "", "and", "or", "from", "to", "on", "at", "the", "each", "every", "a.m", "p.m", "am", "pm", "noon", "only", "afternoons", "mornings", "evenings":
			continue
		}
		n++
	}
	return n <= 1
}
