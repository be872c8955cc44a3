package claims

import (
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/factlint/factlint/claims/quantity"
	"github.com/factlint/factlint/corpus"
	"github.com/factlint/factlint/internal/prefilter"
)

// yesNoWord is a cell's bare answer, "yes" or "no" ("" when it says more).
func yesNoWord(lower string) string {
	switch strings.Trim(lower, " .!*") {
	case "yes", "✓", "✔", "✅", "included", "offered", "available", "provided":
		return "yes"
	}
	// "| Detox | On-site, 6-bed medically monitored unit |": where it is
	// offered.
	// ("| Detox | On-site screening, then referral |" is no detox.)
	if t := strings.Trim(lower, " .!*"); onSiteAnswer(firstClause(t)) && !hasWord(t, "refer", "referral", "referred", "partner", "screening", "assessment") {
		return "yes"
	}
	// "Available on site before treatment begins", "Offered here": the
	// answer, said where, whatever follows it (unless it says whose).
	if w, rest, ok := strings.Cut(strings.Trim(lower, " .!*"), " "); ok && (w == "available" || w == "offered" || w == "provided") && placedHere(rest) && !notOffered(rest) {
		return "yes"
	}
	// ("Not offered on site": the provider's own answer, said where.)
	switch placeless(strings.Trim(lower, " .!*")) {
	// ("Not on site", "Not in-house": "not", once the place is cut.)
	case "no", "✗", "✘", "❌", "none", "not", "not included", "not offered", "not available", "not provided":
		return "no"
	}
	// "| Detox | Referred to partner providers |": provided elsewhere.
	if t := strings.Trim(lower, " .!*"); strings.HasPrefix(t, "referred to ") || strings.HasPrefix(t, "referred out") || strings.HasPrefix(t, "referral to ") ||
		strings.HasPrefix(t, "referral only") || strings.HasPrefix(t, "by referral") {
		return "no"
	}
	return ""
}

// placedHere reports t opening on the provider's own place: "on site",
// "here", "in-house".
func placedHere(t string) bool {
	for _, w := range ownPlaceWords {
		if r, ok := strings.CutPrefix(t, w); ok && (r == "" || !isWordByte(r[0])) {
			return true
		}
	}
	return false
}

// placeless is t without a closing "on site", "here" or "in-house".
func placeless(t string) string {
	for _, w := range ownPlaceWords {
		if r, ok := strings.CutSuffix(t, " "+w); ok {
			return r
		}
	}
	return t
}

// ownPlaceWords say a service is at the provider's own place.
var ownPlaceWords = []string{"on site", "on-site", "onsite", "in-house", "here"}

// yesNoCell reads a table cell that answers its header: under "Overnight
// stay" a "No" in the PHP column says PHP clients live at home. The
// header is read as a statement, the cell gives its value, and the
// claim is the cell's, for the program its row or column names.
func (st *state) yesNoCell(s *sentence, out []Claim) []Claim {
	b := s.block
	subj, ok := st.cellSubject(s.bi)
	// "| Medical detox | Not included |" under a "PHP" column: the row
	// names what is offered, the column whose program offers it.
	if subj == Detox {
		if col, ok := st.namedInCell(b.ColHeader); ok && col != Detox {
			subj = col
		}
	}
	if !ok || !programSubject(subj) {
		return out
	}
	answer := yesNoWord(s.lower) == "yes"
	for _, header := range []string{b.ColHeader, b.RowHeader} {
		if header == "" {
			continue
		}
		h := &sentence{doc: s.doc, block: b, bi: s.bi, text: header, lower: lowerASCII(header)}
		h.masked = h.lower
		h.mentions = st.x.terms.find(h.text, h.lower)
		bks := boolKinds()
		found := false
		for bi := range bks {
			bk := &bks[bi]
			hits := bk.Hits(h)
			// "| Medical detox | Not included |": a header that only
			// names detox asks whether it is offered.
			if len(hits) == 0 && bk.kind == DetoxOffered && wordCount(h.text) <= 3 && strings.Contains(h.lower, "detox") {
				hits = []boolHit{{value: true}}
			}
			if len(hits) == 0 || !bk.Holds(subj) {
				continue
			}
			v := hits[0].value == answer
			c := newClaim(s, bk.kind, 0, len(s.text))
			c.Subject, c.Value, c.Polarity = subj, &v, Asserted
			// "| Medical detox | No |" in a table of services: the
			// provider's own answer, as "Detox: No" is.
			if bk.kind == DetoxOffered && subj == Detox && serviceDetox.MatchString(lowerASCII(strings.TrimSpace(b.RowHeader))) {
				c.Scope = Provider
			}
			out = append(out, c)
			found = true
		}
		if found {
			return out
		}
	}
	return out
}

// yesNoRow reports a row-label cell whose row's cells answer it yes or
// no: "| Medical detox included | Rarely | No |" asks, whatever the first
// program's answer is.
func yesNoRow(st *state, bi int) bool {
	bs := st.doc.Blocks
	for _, b := range bs[bi+1:] {
		if b.Kind != corpus.BlockTableCell || b.RowHeader != bs[bi].Text {
			return false
		}
		if yesNoWord(lowerASCII(b.Text)) != "" {
			return true
		}
	}
	return false
}

// onSiteAnswer reports a cell's first clause that only says where: "On-site",
// "in-house", "on-site unit".
func onSiteAnswer(t string) bool {
	t = strings.TrimSpace(t)
	for _, p := range []string{"on-site", "onsite", "on site", "in-house"} {
		if rest, ok := strings.CutPrefix(t, p); ok {
			rest = strings.TrimSpace(rest)
			return rest == "" || rest == "unit" || rest == "detox unit" || rest == "detox"
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
	return NoSubject, false
}

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
		return NoSubject
	}
	l := lowerASCII(text)
	for _, p := range plans {
		if hasWord(l, p.name) {
			return p.subject
		}
	}
	return NoSubject
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
		return NoSubject, false
	}
	name := lowerASCII(strings.TrimSpace(b.ColHeader))
	for _, p := range st.pagePlans() {
		if p.name == name {
			return p.subject, true
		}
	}
	return NoSubject, false
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
	// "| | Weekly therapy | Our IOP |": once-a-week care named as such
	// heads ordinary outpatient care.
	if weeklyCareName(lowerASCII(strings.TrimSpace(h))) {
		return OP, true
	}
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
	return NoSubject, false
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
	// "| Tuesday, Wednesday, Friday | 5 – 8 p.m. |", "| 3 evenings | … |":
	// the days a schedule's row gives. ("| 30 Day Rehab Program | … |"
	// names a program.)
	if _, ok := weekdayNames[strings.TrimRight(leadingWord(l, 0), "s")]; ok || countedDayRow.MatchString(l) {
		return true
	}
	for _, w := range []string{"weekday", "day", "days", "hours", "hour", "time", "times", "length", "duration", "schedule", "frequency", "sessions",
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

var countedDayRow = prefilter.MustCompile(`^(?:[1-7]|one|two|three|four|five|six|seven)\s+(?:days?|evenings?|mornings?|afternoons?|nights?)(?:\s+(?:a|per|each)\s+week)?$`)

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

// weeklyCareName reports a header or a label that names once-a-week care
// and nothing else: "Weekly therapy", "Once-a-week counseling",
// "Traditional therapy", "Private counseling".
func weeklyCareName(h string) bool {
	return weeklyCareNamed.MatchString(strings.TrimRight(h, ": "))
}

var weeklyCareNamed = prefilter.MustCompile(`^(?:weekly|once-a-week|once\s+a\s+week|traditional|private|ordinary)\s+(?:talk\s+)?(?:therapy|counseling|counselling)$`)
