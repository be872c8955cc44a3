package claims

import (
	"slices"
	"strconv"
	"strings"

	"github.com/factlint/factlint/corpus"
	"github.com/factlint/factlint/internal/prefilter"
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

// listingLike reports a line that may name a listed provider: not a
// question ("What is an intensive outpatient program?") and not a level
// of care ("Intensive outpatient (IOP)"), which head what the directory
// says of programs in general.
func (st *state) listingLike(t string) bool {
	if strings.HasSuffix(t, "?") {
		return false
	}
	return listingLikeNamed(t, st.x.terms.find(t, lowerASCII(t)))
}

// listingLikeNamed is listingLike of a line whose mentions ms are found.
func listingLikeNamed(t string, ms []mention) bool {
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

// providerRowName reports a table row's name as a provider's that says
// how it serves: "Northgate Online IOP", "Meridian Virtual Care", with
// two words or more before the program it names, not one program's
// track ("Standard IOP", "Evening IOP").
func (st *state) providerRowName(t string) bool {
	if strings.HasSuffix(t, "?") {
		return false
	}
	ms := st.x.terms.find(t, lowerASCII(t))
	return listingLikeNamed(t, ms) && (len(ms) == 0 || wordCount(t[:ms[0].start]) >= 2)
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
		// ("Peachtree Behavioral Day Program", "Riverwalk Outpatient
		// Services": a provider named by its level of care after a name
		// of its own, as listingLike reads a listing's line.)
		// (Only where the listing's text names the provider: a
		// provider's own "Willow Behavioral Day Program" over "The PHP
		// meets four days a week" heads one of its programs.)
		if slices.Contains(seen, key) || st.x.terms.find(t, lowerASCII(t)) != nil && (!st.listingLike(t) || !namedBelow(doc, i, t)) || hostHolds(doc, key) {
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

// firstWords is the first n words of t, joined by single spaces.
func firstWords(t string, n int) string {
	f := strings.Fields(t)
	return strings.Join(f[:min(n, len(f))], " ")
}

// namedBelow reports the block after heading bi naming the provider by
// the first word of its name t: "Peachtree offers …" under "Peachtree
// Behavioral Day Program".
func namedBelow(doc *corpus.Document, bi int, t string) bool {
	f := strings.Fields(t)
	if len(f) == 0 || bi+1 >= len(doc.Blocks) || doc.Blocks[bi+1].Kind == corpus.BlockHeading {
		return false
	}
	return indexWord(doc.Blocks[bi+1].Text, f[0], 0) >= 0
}
