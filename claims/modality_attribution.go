package claims

import (
	"slices"
	"strings"

	"github.com/factlint/factlint/corpus"
	"github.com/factlint/factlint/internal/prefilter"
)

// attributionOf names a source the sentence cites for its figures.
func attributionOf(lower string) string {
	name, _ := attributionAt(lower)
	return name
}

// attributionAt is attributionOf and where its cue starts (-1 for none).
func attributionAt(lower string) (string, int) {
	// The source is the first of the list named; where is the first
	// place any source is named ("CMS describes …, and SAMHSA gives …").
	name, at := "", -1
	for _, a := range attributions {
		for from := 0; ; {
			i := indexWord(lower, a.cue, from)
			if i < 0 {
				break
			}
			from = i + len(a.cue)
			// ("a wide array of research-backed therapies", "study-proven
			// methods": the cue as a modifier of a compound cites no one.)
			if from < len(lower) && lower[from] == '-' {
				continue
			}
			// ("a year of Bible study, classes and chores",
			// "four hours of personal study": study as something clients
			// do cites no one.)
			if a.name == "research" && (a.cue == "study" || a.cue == "studies") && studyActivity[wordBefore(lower, i)] && !studyReports[wordAfter(lower, from)] {
				continue
			}
			// "Our ASAM Level 2.1 program meets three days a week": the
			// level names the provider's own program, it cites no one.
			if w := wordBefore(lower, i); w == "our" || strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
				continue
			}
			// "Standard outpatient (ASAM Level 1) usually involves 10 to
			// 12 hours a week": a level's name in brackets after the
			// program, as the page's own words about it.
			if a.name == "ASAM" && strings.HasSuffix(strings.TrimRight(lower[:i], " "), "(") && levelAfter(lower[i+len(a.cue):]) {
				continue
			}
			// "In line with national guidelines, our adult IOP meets 12
			// hours a week": the provider's own figure, kept to the
			// guidelines, cites none.
			if a.name == "guidelines" && hasWord(lower, "our", "we") {
				continue
			}
			// ("Clients of our IOP put in at least ten hours a week,
			// consistent with ASAM Level 2.1": so with any standard the
			// provider says its figure keeps to.)
			if keptTo(lower[:i]) && hasWord(lower, "our", "we") {
				continue
			}
			if name == "" {
				name = a.name
			}
			if at < 0 || i < at {
				at = i
			}
			break
		}
	}
	return name, at
}

// clauseJoinedBetween reports a new clause opening in t: ", and", ", but",
// a semicolon.
func clauseJoinedBetween(t string) bool {
	return strings.Contains(t, ", and ") || strings.Contains(t, ", but ") || strings.Contains(t, ";") || strings.Contains(t, ", while ")
}

// keptTo reports words before a standard's name that say a figure keeps
// to it: "in line with", "consistent with", "meeting the".
func keptTo(before string) bool {
	t := strings.TrimSuffix(strings.TrimRight(before, " "), " the")
	for _, p := range []string{"in line with", "consistent with", "in keeping with", "aligned with", "in accordance with", "meets", "meeting", "exceeds", "exceeding", "which meets", "that meets"} {
		if strings.HasSuffix(t, " "+p) || t == p {
			return true
		}
	}
	return false
}

// levelAfter reports a level of care next in rest: "level 1", "2.1".
func levelAfter(rest string) bool {
	rest = strings.TrimLeft(rest, " ")
	if r, ok := strings.CutPrefix(rest, "level"); ok {
		rest = strings.TrimLeft(r, " ")
	}
	return rest != "" && rest[0] >= '0' && rest[0] <= '9'
}

// studyActivity are the words before "study" that make it something
// clients do: "Bible study", "personal study". ("An independent study
// found …", "a weekly study of our outcomes" are research: only words no
// study of research takes are here.)
var studyActivity = map[string]bool{"bible": true, "scripture": true, "personal": true, "self": true, "quiet": true, "book": true}

// studyReports follow a study that reports: "a study found", "a Bible
// study of 200 readers showed".
var studyReports = map[string]bool{"found": true, "finds": true, "showed": true, "shows": true, "suggests": true, "suggested": true,
	"reported": true, "reports": true, "concluded": true, "published": true, "of": true, "on": true, "by": true}

var attributions = []struct{ cue, name string }{
	{"asam", "ASAM"}, {"american society of addiction medicine", "ASAM"},
	{"samhsa", "SAMHSA"}, {"substance abuse and mental health services administration", "SAMHSA"},
	{"tip 47", "SAMHSA"}, {"cms", "CMS"}, {"medicare", "CMS"}, {"nida", "NIDA"},
	{"national institute on drug abuse", "NIDA"}, {"research", "research"}, {"studies", "research"},
	{"study", "research"}, {"researchers", "research"}, {"survey", "research"}, {"surveys", "research"},
	// "National guidance for adolescents sets intensive outpatient care at
	// 6 to 19 hours a week": a standard, by what it is.
	{"national guidance", "guidelines"}, {"national guidelines", "guidelines"}, {"clinical guidelines", "guidelines"},
	{"federal guidelines", "guidelines"}, {"practice guidelines", "guidelines"},
	// "Federal criteria set the IOP minimum at nine hours": so are criteria
	// and standards named as a body's.
	{"national criteria", "guidelines"}, {"clinical criteria", "guidelines"}, {"federal criteria", "guidelines"},
	{"national standards", "guidelines"}, {"federal standards", "guidelines"},
}

// levelHeading reports a last heading that names a level of care by its
// ASAM number: "Level 2.1 - Intensive Outpatient", "Level 1: Outpatient".
func levelHeading(hs []string) bool {
	if len(hs) == 0 {
		return false
	}
	return asamLevel.MatchString(hs[len(hs)-1])
}

// levelGuide reports a page that heads three sections or more by
// different ASAM level numbers, none of them with a word of the
// provider's in the section of block bi.
func levelGuide(doc *corpus.Document, bi int) bool {
	here := doc.Blocks[bi].Headings[len(doc.Blocks[bi].Headings)-1]
	var seen [4]string
	n := 0
	for i := range doc.Blocks {
		hs := doc.Blocks[i].Headings
		if len(hs) == 0 {
			continue
		}
		h := hs[len(hs)-1]
		if h == here && firstPerson(lowerASCII(doc.Blocks[i].Text)) {
			return false
		}
		lv := asamLevel.FindString(h)
		if lv == "" || slices.Contains(seen[:n], lv) {
			continue
		}
		if n < len(seen) {
			seen[n] = lv
			n++
		}
	}
	return n >= 3
}

var asamLevel = prefilter.MustCompile(`^\s*(?:ASAM\s+)?[Ll]evel\s+[0-4](?:\.[0-9])?\b`)

// asamTable reports a table, the cells lo to hi, that sets out ASAM's
// levels: a column headed by ASAM's name whose cells give three level
// numbers or more ("| Intensive outpatient | Level 2.1 | 9 to 19 | Home
// |"), with no word of the provider's and no clock time in any cell. (A
// provider's own table with a level column keeps a timetable or says
// "our".) Read once a table: see pageRows.asam.
func asamTable(doc *corpus.Document, lo, hi int) bool {
	var seen [3]string
	n := 0
	for i := lo; i < hi && n < len(seen); i++ {
		b := &doc.Blocks[i]
		if !strings.Contains(lowerASCII(b.ColHeader), "asam") {
			continue
		}
		if lv := asamCell.FindString(lowerASCII(b.Text)); lv != "" && !slices.Contains(seen[:n], lv) {
			seen[n] = lv
			n++
		}
	}
	if n < len(seen) {
		return false
	}
	for i := lo; i < hi; i++ {
		if b := &doc.Blocks[i]; firstPerson(lowerASCII(b.Text)) || clockTimes(b.Text) > 0 {
			return false
		}
	}
	return true
}

// asamCell is a cell that holds an ASAM level number: "Level 2.1", "2.5".
var asamCell = prefilter.MustCompile(`^\s*(?:level\s+)?[0-4](?:\.[0-9])?\s*$`)

// definitionsListed reports a list item under a lead-in that says the list
// defines the levels: "Here is how the levels are commonly defined:",
// "The standard definitions:" (not the provider's own: "Our programs are
// defined as follows:").
func definitionsListed(doc *corpus.Document, bi int) bool {
	i := bi - 1
	for i >= 0 && doc.Blocks[i].Kind == corpus.BlockListItem {
		i--
	}
	// (A short lead-in line of a text page reads as a heading.)
	if i < 0 || doc.Blocks[i].Kind != corpus.BlockParagraph && doc.Blocks[i].Kind != corpus.BlockHeading {
		return false
	}
	l := lowerASCII(strings.TrimSpace(doc.Blocks[i].Text))
	if !strings.HasSuffix(l, ":") {
		return false
	}
	// (The lead-in's last sentence only: the paragraph may open on the
	// provider.)
	if k := strings.LastIndexAny(l[:len(l)-1], ".!?"); k >= 0 {
		l = l[k+1:]
	}
	return definesLevels.MatchString(l) && !firstPerson(l)
}

// definesLevels is a lead-in to definitions of the levels of care.
var definesLevels = prefilter.MustCompile(`\b(?:(?:are|is)\s+(?:commonly\s+|usually\s+|generally\s+|typically\s+|formally\s+)?defined|definitions?\b|(?:the\s+)?(?:asam\s+)?criteria\s+(?:set|define|describe)|the\s+standard\s+(?:levels|ranges|definitions))`)
