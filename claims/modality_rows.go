package claims

import (
	"slices"
	"strings"

	"github.com/factlint/factlint/corpus"
	"github.com/factlint/factlint/internal/prefilter"
)

// trackRow is the track a row header of a part of the day names:
// "Morning", "Evening track", "Weekend"; "" for any other header.
func trackRow(h string) string {
	// "| IOP (evening) | Mon–Thu |", "| Intensive Outpatient (IOP) –
	// day |": the track in brackets or after a dash.
	// (A row headed "Days" lists the days; "IOP (day)" is the day track.)
	if _, q, ok := splitRow(h); ok {
		if q == "day" || q == "daytime" {
			return "weekday"
		}
		h = q
	}
	return partOfWeek(strings.TrimSuffix(strings.TrimSpace(h), " track"))
}

// partOfWeek is the track a part of the day or the week names: "mornings"
// is `morning`, "nights" `evening`; "" for any other word.
func partOfWeek(w string) string {
	switch w {
	case "morning", "mornings":
		return "morning"
	case "afternoon", "afternoons":
		return "afternoon"
	case "evening", "evenings", "night", "nights":
		return "evening"
	case "weekend", "weekends":
		return "weekend"
	}
	return ""
}

// rowNamedTrack splits a row header whose program's name ends on a track
// word ("iop day (adult)", "iop evening") into the program and the track;
// tr is "" when it names none.
func rowNamedTrack(h string) (prog, tr string) {
	prog, w := programThenWord(h)
	if prog == "" {
		return "", ""
	}
	switch w {
	case "day", "daytime":
		return prog, "weekday"
	case "virtual", "online", "telehealth":
		return prog, "virtual"
	}
	if tr := partOfWeek(w); tr != "" {
		return prog, tr
	}
	return "", ""
}

// rowNamedPlan splits a row header naming a program and one more word
// after it, "brightway iop lite", into the program and the word; "" when
// the header does not end that way or the word is a generic noun.
func rowNamedPlan(h string) (prog, w string) {
	prog, w = programThenWord(h)
	if prog == "" || rowProgramWords[w] || planNotNames[w] || len(w) < 3 || strings.Trim(w, "abcdefghijklmnopqrstuvwxyz") != "" {
		return "", ""
	}
	return prog, w
}

// programThenWord splits a row header naming a program and then one more
// word, "brightway iop lite" or "iop day (adult)", into the program and
// the word (its bracket or dash qualifier left out); "", "" when the
// header does not end on a word after a program's name.
func programThenWord(h string) (prog, w string) {
	base, _, _ := splitRow(h)
	k := strings.LastIndexByte(base, ' ')
	if k < 0 {
		return "", ""
	}
	prog, w = strings.TrimSpace(base[:k]), base[k+1:]
	if !rowProgramWords[lastWordsOf(prog, 1)] {
		return "", ""
	}
	return prog, w
}

// planNotNames are words after a program's name that name a part or an
// attribute of it, not a plan of its own.
var planNotNames = wordSet("track", "tracks", "schedule", "hours", "days", "length", "services", "service", "groups", "group", "sessions",
	"session", "fee", "fees", "cost", "price", "pricing", "rate", "rates", "only", "total", "level", "care", "therapy", "treatment", "plan", "plans")

// rowNamed reports a table row headed by exactly prog.
func rowNamed(doc *corpus.Document, prog string) bool {
	for i := range doc.Blocks {
		b := &doc.Blocks[i]
		if b.Kind == corpus.BlockTableCell && b.RowHeader != "" && strings.TrimSpace(rowBase(lowerASCII(b.RowHeader))) == prog {
			return true
		}
	}
	return false
}

// rowProgramWords are the last words of a program's name in a row header.
var rowProgramWords = wordSet("iop", "php", "outpatient", "hospitalization", "program", "programme")

// otherNamedTrack reports a table row on the page naming another track
// of prog.
func otherNamedTrack(doc *corpus.Document, prog, tr string) bool {
	for i := range doc.Blocks {
		b := &doc.Blocks[i]
		if b.Kind != corpus.BlockTableCell || b.RowHeader == "" {
			continue
		}
		if p, t := rowNamedTrack(lowerASCII(b.RowHeader)); p == prog && t != "" && t != tr {
			return true
		}
	}
	return false
}

// rowLevel splits a row header that names one level of care by its
// short name or its full one ("senior iop (age 60+)", "co-occurring
// disorders intensive outpatient") into the level and the words beside
// it, brackets and whom it is for left out ("iop", "co-occurring
// disorders"); "", "" for any other header.
func rowLevel(h string) (level, words string) {
	loc := rowLevelName.FindStringSubmatchIndex(h)
	if loc == nil {
		return "", ""
	}
	level = h[loc[2]:loc[3]]
	switch level {
	case "iops", "intensive outpatient", "intensive outpatient program", "intensive outpatient programs":
		level = "iop"
	case "phps", "partial hospitalization", "partial hospitalization program", "partial hospitalization programs":
		level = "php"
	}
	var kept []string
	for _, w := range strings.Fields(withoutBrackets(h[:loc[0]] + " " + h[loc[1]:])) {
		if w = strings.Trim(w, "-–—:|,"); w != "" && !rowPopulationWords[w] {
			kept = append(kept, w)
		}
	}
	return level, strings.Join(kept, " ")
}

// rowPopulationWords name whom a row's program is for: "Adult IOP" beside
// "Teen IOP" is one program's populations, which a claim keeps apart on
// their own.
var rowPopulationWords = wordSet("adult", "adults", "teen", "teens", "youth", "adolescent", "adolescents", "young", "senior", "seniors",
	"older", "child", "children", "kids", "men", "men's", "women", "women's", "18+")

var rowLevelName = prefilter.MustCompile(`\b(iops?|phps?|intensive outpatient(?: programs?)?|partial hospitalization(?: programs?)?)\b`)

// ownRowProgram is the words a row header sets beside its level ("dual
// diagnosis" in "Dual Diagnosis IOP") when another row of its table
// (whose rows are named by rows) names the same level with other words
// ("Neighborhood clinic IOPs"): each row one of the provider's programs
// of that level. It is "" when no other row does, or when the header
// names the level alone or only a track ("IOP (evening)", "Day IOP –
// Level 2.1", read as the track).
func ownRowProgram(rows []rowName, h string) string {
	level, words := rowLevel(rowBase(h))
	if level == "" || words == "" || len(words) > 40 || isTrackWord(words) {
		return ""
	}
	for _, r := range rows {
		// ("Lumen IOP" beside "Lumen IOP Lite": the plan named after
		// the program is the other row's own; this row is the program.)
		if r.level == level && r.words != "" && r.words != words && !strings.HasPrefix(r.words, words+" ") {
			return words
		}
	}
	return ""
}

// rowName is a table row's header read as a level and the words beside
// it (see rowLevel).
type rowName struct{ level, words string }

// pageRows remembers what a page's table rows say, for the figures of
// its cells: the row names of the table read last (the run of cells from
// lo to hi), and the page's rowFoci. Asked afresh for every figure, each
// read every cell of the page (quadratic in a long table).
type pageRows struct {
	read   bool
	lo, hi int
	rows   []rowName
	// nFoci is rowFoci of the page, once fociRead.
	fociRead bool
	nFoci    int
	// asamRead and isASAM are asamTable of the table read last.
	asamRead, isASAM bool
}

// foci is rowFoci of doc, read once a page.
func (t *pageRows) foci(doc *corpus.Document) int {
	if t == nil {
		return rowFoci(doc)
	}
	if !t.fociRead {
		t.fociRead, t.nFoci = true, rowFoci(doc)
	}
	return t.nFoci
}

// asam is asamTable of the table holding block bi, read once a table
// (every cell's figure asks).
func (t *pageRows) asam(doc *corpus.Document, bi int) bool {
	if t == nil {
		t = &pageRows{}
	}
	t.of(doc, bi)
	if !t.asamRead {
		t.asamRead, t.isASAM = true, asamTable(doc, t.lo, t.hi+1)
	}
	return t.isASAM
}

// of returns the names of the distinct rows of the table holding block
// bi, read once a table.
func (t *pageRows) of(doc *corpus.Document, bi int) []rowName {
	if t == nil {
		t = &pageRows{}
	}
	if t.read && t.lo <= bi && bi <= t.hi {
		return t.rows
	}
	lo, hi := bi, bi
	for lo > 0 && doc.Blocks[lo-1].Kind == corpus.BlockTableCell {
		lo--
	}
	for hi+1 < len(doc.Blocks) && doc.Blocks[hi+1].Kind == corpus.BlockTableCell {
		hi++
	}
	t.read, t.lo, t.hi, t.rows, t.asamRead = true, lo, hi, t.rows[:0], false
	prev := ""
	for i := lo; i <= hi; i++ {
		h := doc.Blocks[i].RowHeader
		// (The cells of one row share its header.)
		if h == "" || h == prev {
			continue
		}
		prev = h
		if l, w := rowLevel(rowBase(lowerASCII(h))); l != "" {
			t.rows = append(t.rows, rowName{l, w})
		}
	}
	return t.rows
}

// isTrackWord reports words naming a track by the part of the day or
// week ("day", "evening"), which the track rules read.
func isTrackWord(w string) bool {
	return w == "day" || w == "daytime" || partOfWeek(w) != ""
}

// qualifiedRow reports a row header that qualifies its program in
// brackets or after a dash: "IOP (evening)", "IOP – day".
func qualifiedRow(h string) bool {
	_, _, ok := splitRow(h)
	return ok
}

// rowBase is a row header without its bracket or dash qualifier.
func rowBase(h string) string {
	base, _, _ := splitRow(h)
	return base
}

// splitRow splits a row header into its program and the qualifier in
// brackets or after a dash ("IOP (evening)" is "IOP" and "evening");
// ok is false, and base the whole header, when it has none.
func splitRow(h string) (base, qualifier string, ok bool) {
	h = strings.TrimSpace(h)
	if k := strings.IndexByte(h, '('); k > 0 && strings.HasSuffix(h, ")") {
		return strings.TrimSpace(h[:k]), strings.TrimSpace(h[k+1 : len(h)-1]), true
	}
	for _, d := range []string{" – ", " - "} {
		if k := lastIndex(h, d); k > 0 {
			return strings.TrimSpace(h[:k]), strings.TrimSpace(h[k+len(d):]), true
		}
	}
	return h, "", false
}

// rowTracks reports a table on the page with another row of the same
// program qualified otherwise: "IOP (day)" beside "IOP (evening)" are two
// tracks; a lone "IOP (mornings)" only says when the IOP meets.
func rowTracks(doc *corpus.Document, h string) bool {
	base := rowBase(h)
	for i := range doc.Blocks {
		b := &doc.Blocks[i]
		if b.Kind != corpus.BlockTableCell || b.RowHeader == "" {
			continue
		}
		if o := lowerASCII(b.RowHeader); strings.TrimSpace(o) != strings.TrimSpace(h) && qualifiedRow(o) && rowBase(o) == base {
			return true
		}
	}
	return false
}

// rowFocus names the kind of client a table row's program is for: "adult
// mental health php", "eating disorder iop"; "" for none.
func rowFocus(h string) string {
	m := rowFocusProgram.FindStringSubmatch(h)
	if m == nil {
		return ""
	}
	f := m[1]
	if f == "" {
		f = m[2]
	}
	switch f {
	case "co-occurring":
		return "dual diagnosis"
	case "substance abuse", "addiction", "chemical dependency":
		return "substance use"
	case "eating disorder", "eating disorders":
		return "eating disorder"
	}
	return f
}

// rowFoci counts the kinds of client the table rows of doc name.
func rowFoci(doc *corpus.Document) int {
	var seen []string
	for i := range doc.Blocks {
		b := &doc.Blocks[i]
		if b.Kind != corpus.BlockTableCell || b.RowHeader == "" {
			continue
		}
		if f := rowFocus(lowerASCII(b.RowHeader)); f != "" && !slices.Contains(seen, f) {
			seen = append(seen, f)
		}
	}
	return len(seen)
}

var rowFocusProgram = prefilter.MustCompile(`\b(?:(mental health|substance use|substance abuse|addiction|chemical dependency|dual diagnosis|co-occurring|eating disorders?|trauma|psychiatric)(?:\s+(?:disorders?|conditions?|recovery))?\s+(?:intensive\s+outpatient|iop|php|partial\s+hospitalization|day\s+program)|(?:iop|php|intensive\s+outpatient|partial\s+hospitalization)(?:\s+programs?)?\s*(?:\(|for\s+|[–—-]\s*)(mental health|substance use|addiction|co-occurring|dual diagnosis|eating disorders?|trauma))\b`)
