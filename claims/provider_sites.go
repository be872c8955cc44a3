package claims

import (
	"fmt"
	"net/url"
	"slices"
	"strings"

	"github.com/factlint/factlint/corpus"
	"github.com/factlint/factlint/internal/prefilter"
)

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
			// ("Our Springfield location", "the Dayton campus": the place
			// after its determiner.)
			// ("Our Adult Ridgeway campus": whom it serves, then the
			// place.)
			if f := strings.Fields(p); len(f) == 2 && (placeDeterminers[f[0]] || populationWords[f[0]]) {
				p = f[1]
			}
			// ("Every Pathway Bridge location": the provider's name.)
			if !notPlaces[strings.Fields(p)[0]] && !slices.Contains(out, p) && !siteNamed(doc, p) {
				out = append(out, p)
			}
		}
	}
	// "Each clinic sets its own days and hours" over "- Denver: 9 hours a
	// week" and "In Boulder, it runs 12 hours a week": the places the
	// page's lines are labelled with, or open on, are the sites.
	if len(out) < 2 && ownSchedulePerSite(doc) {
		for i := range doc.Blocks {
			for _, p := range siteLabels(doc.Blocks[i].Text) {
				if !slices.Contains(out, p) && !siteNamed(doc, p) {
					out = append(out, p)
				}
			}
		}
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// ownSchedulePerSite reports a page that says each of the provider's
// sites keeps a schedule of its own: "each clinic sets its own days and
// hours", "hours vary by location".
func ownSchedulePerSite(doc *corpus.Document) bool {
	for i := range doc.Blocks {
		if t := doc.Blocks[i].Text; (strings.Contains(t, "own") || strings.Contains(t, "var") || strings.Contains(t, "differ")) && eachSiteOwn.MatchString(strings.ToLower(t)) {
			return true
		}
	}
	return false
}

var eachSiteOwn = prefilter.MustCompile(`\b(?:each|every)\s+(?:clinic|location|site|office|campus)\s+(?:sets|has|keeps|runs|offers|follows)\s+(?:its\s+own|a\s+different|different)\b|\b(?:vary|varies|differ|differs)\s+(?:by|from)\s+(?:clinic|location|site|office|campus)\b`)

// siteLabels returns the places a line opens on as its label or its
// setting: "Denver: …", "- Boulder: …", "In Aurora, …" (one or two
// capitalised words).
func siteLabels(t string) []string {
	t = strings.TrimLeft(t, " -–•*")
	var out []string
	if m := sitePlaceLabel.FindStringSubmatch(t); m != nil && !notPlaces[strings.Fields(m[1])[0]] && !labelWords[strings.ToLower(strings.Fields(m[1])[0])] && !providerName(m[1]) {
		out = append(out, m[1])
	}
	for _, m := range placeOpening.FindAllStringSubmatch(t, -1) {
		if !notPlaces[strings.Fields(m[1])[0]] {
			out = append(out, m[1])
		}
	}
	return out
}

// labelWords label a line with what it gives, not where: "Days:",
// "Hours:", "Monday:".
var labelWords = wordSet("days", "day", "hours", "hour", "time", "times", "schedule", "length", "duration", "frequency", "cost", "price", "phone",
	"address", "location", "locations", "program", "programs", "note", "format", "setting", "ages", "age", "who", "what", "when", "where", "why",
	"how", "yes", "no", "adults", "adult", "teens", "teen", "morning", "mornings", "evening", "evenings", "afternoon", "weekdays", "weekends",
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "detox", "residential", "outpatient", "intensive", "partial",
	"groups", "group", "therapy", "sessions", "session", "staff", "insurance", "admissions", "intake", "step", "phase", "level", "track", "tip", "example")

var (
	sitePlaceLabel = prefilter.MustCompile(`^([A-Z][a-z]+(?:\s[A-Z][a-z]+)?):\s`)
	placeOpening   = prefilter.MustCompile(`(?:^|[.!?]\s+)In\s+([A-Z][a-z]+(?:\s[A-Z][a-z]+)?),\s`)
)

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
	placeDeterminers = map[string]bool{"Our": true, "The": true, "This": true, "That": true, "Your": true, "Its": true, "Their": true}
	notPlaces        = map[string]bool{"Our": true, "The": true, "This": true, "That": true, "Each": true, "Every": true, "Your": true,
		"A": true, "An": true, "Its": true, "Their": true, "Main": true, "Outpatient": true, "Residential": true, "Detox": true,
		// ("Our Adolescent campus": whom the site serves, no place.)
		"Adolescent": true, "Adult": true, "Adults": true, "Teen": true, "Teens": true, "Youth": true, "Women's": true, "Men's": true, "Young": true}
	populationWords = map[string]bool{"Adolescent": true, "Adult": true, "Adults": true, "Teen": true, "Teens": true, "Youth": true, "Women's": true, "Men's": true, "Young": true}
)

// deniedAtFacility is the facility a denial of detox on site is said of
// (see slugNamed), "" when c is none. (Most claims are none: slugNamed
// runs only on a denial said "on site" or "here".)
func deniedAtFacility(c *Claim, s *sentence) string {
	if c.Kind != DetoxOffered || c.Value == nil || *c.Value || !onSiteWords(s.lower) {
		return ""
	}
	return slugNamed(s, s.doc.URL)
}

// placeOfFolder is the place a denial names after "at" when a folder of
// the page's address above the page is that place: "We do not provide detox at the
// Sedona Retreat" on ".../sedona/residential-treatment" is Sedona's,
// where the page may go on to name the site that does ("… complete it
// first at our detox unit in Scottsdale"). "" otherwise.
func placeOfFolder(s *sentence, c *Claim) string {
	if c.Kind != DetoxOffered || c.Value == nil || *c.Value || everyLocationSaid(s.lower) {
		return ""
	}
	at := strings.Index(s.text, c.Text)
	if at < 0 {
		return ""
	}
	rest := s.text[at+len(c.Text):]
	m := atNamedPlace.FindStringSubmatch(rest)
	if m == nil {
		return ""
	}
	u, err := url.Parse(strings.TrimSpace(s.doc.URL))
	if err != nil {
		return ""
	}
	// (A folder above the page, the site filed by place: the page's own
	// last segment names what the page is about, "…/harbor-street-
	// sobering-center", whose whole page speaks of that place.)
	folders := strings.Split(strings.Trim(strings.ToLower(u.Path), "/"), "/")
	folders = folders[:len(folders)-1]
	// ("at the San Antonio clinic": both words; "at the Sedona
	// Retreat": the place alone.)
	f := strings.Fields(strings.ToLower(m[1]))
	for n := len(f); n > 0; n-- {
		if slices.Contains(folders, strings.Join(f[:n], "-")) {
			return strings.Join(f[:n], " ")
		}
	}
	return ""
}

// atNamedPlace opens a place after a denial: " at the Sedona Retreat",
// " at our Dayton house".
var atNamedPlace = prefilter.MustCompile(`^\s+(?:services\s+)?at\s+(?:the\s+|our\s+)?([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\b`)

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
	// ("Detox is not provided here" on a location's page: at that
	// location.)
	return (strings.Contains(lower, "on site") || strings.Contains(lower, "on-site") || strings.Contains(lower, "onsite") ||
		strings.Contains(lower, "at this location") || strings.Contains(lower, "at this facility") || strings.Contains(lower, "at this clinic") ||
		strings.Contains(lower, "at this campus") || strings.Contains(lower, "at this office") || hasWord(lower, "here")) &&
		!everyLocationSaid(lower) && !strings.Contains(lower, "-only")
}

// everyLocationSaid reports a sentence speaking for every one of the
// provider's sites: "at any of our locations", "at any of its centers",
// "anywhere".
func everyLocationSaid(lower string) bool {
	return strings.Contains(lower, "any location") || strings.Contains(lower, "anywhere") || strings.Contains(lower, "any of our") ||
		strings.Contains(lower, "all of our") || strings.Contains(lower, "every location") || strings.Contains(lower, "any of its") || strings.Contains(lower, "all of its")
}

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

// placeIn is the place of places a sentence names, "" when none; of two,
// the one the claim at text[at:end] names, else the nearest before it
// that is not held up beside another ("The Bellmont clinic, unlike our
// Ashford campus, runs …"), else the nearest after it ("… at our Carver
// Street campus. Our Millbrook location does not have a detox unit, so
// clients start at Carver Street": the denial is Millbrook's).
func placeIn(text string, places []string, at, end int) string {
	inside, before, compared, after := "", "", "", ""
	bd, cd, ad := -1, -1, -1
	lower := ""
	for _, p := range places {
		// ("Northgate IOP" names no "North" row.)
		for i := 0; ; {
			k := strings.Index(text[i:], p)
			if k < 0 {
				break
			}
			k += i
			i = k + 1
			e := k + len(p)
			if k > 0 && isWordByte(text[k-1]) || e < len(text) && isWordByte(text[e]) {
				continue
			}
			name := strings.ToLower(p)
			switch {
			case k < end && e > at:
				if inside == "" {
					inside = name
				}
			case e <= at:
				if lower == "" {
					lower = strings.ToLower(text)
				}
				// ("… than our Fairview campus, which holds them twice a
				// week": the place a relative clause hangs on is its.)
				if relativeAfterPlace(lower[e:at]) {
					if inside == "" {
						inside = name
					}
					continue
				}
				if heldBeside(lower, k) {
					if cd < 0 || at-e < cd {
						compared, cd = name, at-e
					}
				} else if bd < 0 || at-e < bd {
					before, bd = name, at-e
				}
			default:
				if ad < 0 || k-end < ad {
					after, ad = name, k-end
				}
			}
		}
	}
	for _, p := range []string{inside, before, compared, after} {
		if p != "" {
			return p
		}
	}
	return ""
}

// heldBeside reports a place at k held up beside another: "unlike our
// Ashford campus", "than at the Bellmont clinic", "like the Granite Falls
// campus".
func heldBeside(lower string, k int) bool {
	pre := lower[max(0, k-18):k]
	return hasWord(pre, "unlike", "like", "than", "besides", "versus", "vs")
}

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
// Dayton, Ohio office", "Our Dayton and Akron clinics": "columbus
// office", "" when none.
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
	namedSiteBefore = prefilter.MustCompile(`(?:^|\bat\s+)(?:[Oo]ur|[Tt]he|[Tt]his)\s+([A-Z][A-Za-z]+(?:,?\s[A-Z][A-Za-z]+){0,2}(?:\s+and\s+[A-Z][A-Za-z]+)?)\s+(?:` + siteKindWords + `\s+){0,2}(offices?|clinics?|locations?|campus(?:es)?|centers?|centres?|sites?)\b`)
	namedSiteAfter  = prefilter.MustCompile(`(?:^|\bat\s+)(?:[Oo]ur|[Tt]he|[Tt]his)\s+(office|clinic|location|campus|center|centre|site)\s+in\s+([A-Z][A-Za-z]+(?:\s[A-Z][A-Za-z]+){0,2})\b`)
)

// siteKindWords say what kind of site a named one is, between its name
// and "office" or "campus": "our Denver outpatient office", "the Salem
// main campus".
const siteKindWords = `(?:outpatient|inpatient|residential|main|treatment|counseling|counselling|recovery|satellite|medical|downtown|day|detox|behavioral|behavioural|health|wellness)`

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

// ownDetoxUnitIn reports the provider's own detox unit named in text:
// "our Columbus detox unit", "our detox center in Dayton".
//
// (Not one said not to be, or gone: "we never opened our own detox
// unit", "Our detox center closed in 2021".)
func ownDetoxUnitIn(lower string) bool {
	if !strings.Contains(lower, "our ") {
		return false
	}
	loc := ownDetoxUnit.FindStringIndex(lower)
	if loc == nil {
		return false
	}
	before, after := lower[max(0, loc[0]-40):loc[0]], lower[loc[1]:min(len(lower), loc[1]+24)]
	return !hasWord(before, "not", "no", "never", "without", "plans", "plan") && !strings.Contains(before, "n't") && !strings.Contains(before, "n’t") &&
		!hasWord(after, "closed", "closes", "closing")
}

var ownDetoxUnit = prefilter.MustCompile(`\bour\s+(?:[a-z]+\s+){0,3}?(?:detox|detoxification|withdrawal\s+management)\s+(?:unit|units|center|centers|centre|facility|wing)\b`)

// thisSitePhrases point at the site a page is about.
var thisSitePhrases = []string{"this location", "this site", "this clinic", "this center", "this centre", "this campus", "this office", "this facility"}

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

// relativeAfterPlace reports the words between a place and a claim as a
// relative clause on the place: " campus, which holds them ", " clinic,
// where groups meet ".
func relativeAfterPlace(between string) bool {
	t := strings.TrimLeft(between, " ")
	if w := leadingWord(t, 0); placeNounAt(t, 0) {
		t = strings.TrimLeft(t[len(w):], " ")
	}
	t = strings.TrimLeft(t, ", ")
	w := leadingWord(t, 0)
	return (w == "which" || w == "where") && !strings.ContainsAny(t, ",;.")
}
