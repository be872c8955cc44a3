package claims

import (
	"hash/maphash"
	"net/url"
	"strings"
	"sync/atomic"

	"github.com/factlint/factlint/corpus"
	"github.com/factlint/factlint/internal/prefilter"
)

// namedProvider reports a program named with its provider's name in the
// possessive ("Cedarview's adult IOP meets …"): the publisher's own.
// (Each expression runs only where its words are: a possessive, a "the".)
func namedProvider(s *sentence) bool {
	for _, m := range s.mentions {
		if !programSubject(m.subject) || m.contrast {
			continue
		}
		window := s.text[max(0, m.start-40):m.start]
		possessive, the := strings.Contains(window, "'s") || strings.Contains(window, "’s"), strings.Contains(window, "he")
		if possessive {
			if sub := ownerBefore.FindStringSubmatch(window); sub != nil && !notOwners[sub[2]] && ownName(s.doc, sub[1], s.bi) {
				return true
			}
		}
		// ("Wickmere IOP nights are Monday and Thursday": the name may
		// open the sentence without "the".)
		// (One program, named in full: not "Tennessee outpatient rehabs",
		// "Teen PHPs", "Ferncliff Outpatient Pharmacy".)
		opening := m.start > 0 && m.start <= 40 && s.text[0] >= 'A' && s.text[0] <= 'Z' && !strings.ContainsAny(s.text[:m.start], ",;:") &&
			!m.weak && !strings.HasSuffix(s.lower[m.start:m.end], "s") && !capitalAfter(s.text, m.end)
		if !the && !opening {
			continue
		}
		// "The Wickmere IOP is held three evenings a week": the name as
		// the program's modifier.
		// (Only a name the site's address opens on, on no article or
		// directory page, and not another's program: "The Denver IOP at
		// Front Range Clinic", "The Austin IOP run by the county", "The
		// Matrix IOP" curriculum.)
		// (A page with no address, a local file, has its title.)
		var sub []string
		if the {
			sub = nameModifierBefore.FindStringSubmatch(window)
		}
		// (Only a name the address opens on: a capitalised first word
		// is often none, "Several IOPs …". The address is asked first:
		// most sentences open on a capital.)
		if w := lowerASCII(firstWord(s.text)); sub == nil && opening && len(w) >= 3 && strings.Contains(lowerASCII(s.doc.URL), w) {
			if sub = nameOpens.FindStringSubmatch(s.text[:m.start]); sub != nil && !hostOpensOn(s.doc.URL, sub[1]) {
				sub = nil
			}
		}
		if sub != nil && !notOwners[sub[2]] && sub[2] != "Matrix" &&
			(hostOpensOn(s.doc.URL, sub[1]) || s.doc.URL == "" && ownName(s.doc, sub[1], s.bi)) &&
			!articlePage(s.doc.URL) && !othersProgram.MatchString(s.lower[m.end:]) {
			return true
		}
	}
	return false
}

// ownNameActs reports a sentence opening on the provider's own name as
// the one that runs, offers or provides something, or says it does not,
// or as what it is: "Juniper Lane runs a nine-hour-per-week IOP", "Alder
// Point Recovery offers a 60-day residential program", "Alder Point does
// not provide detox", "Alder Point is not a detox facility". The name is
// the site's by its address or title.
// (A level or a program named by its care is no name of the provider's,
// though a title holds it: "Partial Hospitalization provides …",
// "Program operates …".)
// (What a name is, "Wildflower is not a detox facility", only by the
// name the address holds: a title's place, "Thailand is a country of
// …", is no provider.)
func (st *state) ownNameActs(s *sentence) bool {
	// (Every sentence asks: its first word must be one the page's own
	// names could hold, before the expression.)
	if !nameVerbOpening(s.text) {
		return false
	}
	if fw := firstWord(s.text); nameOpeners[fw] || !strings.Contains(st.ownLetters(), lettersOnly(fw)) {
		return false
	}
	m := nameActs.FindStringSubmatchIndex(s.text)
	if m == nil {
		return false
	}
	name := s.text[m[2]:m[3]]
	if notOwners[name] || hasWord(lowerASCII(name), levelNameWords...) {
		return false
	}
	if strings.HasPrefix(s.text[m[3]:m[1]], " is") {
		return hostHolds(s.doc, name) || brandOfHost(s.doc, name)
	}
	return ownName(s.doc, name, s.bi)
}

// levelNameWords name care, not who gives it.
var levelNameWords = []string{"program", "programs", "partial", "hospitalization", "intensive", "outpatient", "inpatient", "residential",
	"treatment", "detox", "iop", "php", "care", "services", "service", "therapy", "day", "evening", "rehab"}

// nameVerbOpening reports a text opening on up to four capitalised words
// and one of nameActs' verbs: what nameActs needs, read without the
// expression.
func nameVerbOpening(t string) bool {
	i := 0
	for range 4 {
		if i >= len(t) || t[i] < 'A' || t[i] > 'Z' {
			return false
		}
		for i < len(t) && t[i] != ' ' {
			i++
		}
		if i++; i >= len(t) {
			return false
		}
		rest := t[i:]
		switch rest[0] {
		case 'n', 'a', 'c', 'p':
			for _, adv := range [...]string{"now ", "also ", "currently ", "proudly "} {
				rest = strings.TrimPrefix(rest, adv)
			}
		}
		if rest == "" || !strings.ContainsRune("oprdfni", rune(rest[0])) {
			continue
		}
		for _, v := range nameVerbs {
			if strings.HasPrefix(rest, v) {
				return true
			}
		}
	}
	return false
}

// nameVerbs open what nameActs reads after a name.
var nameVerbs = [...]string{"offers", "provides", "runs", "operates", "delivers", "features", "does not", "doesn't", "doesn’t", "no longer", "is a", "is not a", "isn't a", "isn’t a"}

// ownLetters holds, once a page, the letters ownName finds the page's
// own names in: its host's, its title's and those of its first three
// blocks that are short enough to be a masthead or an address line (a
// paragraph there holds most words a sentence opens on, and the gate
// would let every sentence through).
func (st *state) ownLetters() string {
	if !st.ownLettersRead {
		st.ownLettersRead = true
		var b strings.Builder
		b.WriteString(hostLetters(st.doc.URL))
		b.WriteString(" " + lettersOnly(st.doc.Title))
		for i := 0; i < len(st.doc.Blocks) && i < 3; i++ {
			if t := st.doc.Blocks[i].Text; len(t) <= ownLineLen {
				b.WriteString(" " + lettersOnly(t))
			}
		}
		st.ownLettersText = b.String()
	}
	return st.ownLettersText
}

// ownLineLen is the longest block ownLetters reads: a masthead, a title,
// a SOURCE line.
const ownLineLen = 120

// nameActs opens on a capitalised name of up to four words (group 1) and
// a provider's verb.
var nameActs = prefilter.MustCompile(`^((?:[A-Z][A-Za-z'’&-]*\s+){0,3}[A-Z][A-Za-z'’&-]*)\s+(?:(?:now|also|currently|proudly)\s+)?(?:offers|provides|runs|operates|delivers|features|(?:does\s+not|doesn't|doesn’t|no\s+longer)\s+(?:offer|provide|run|operate|deliver)|(?:is|is\s+not|isn't|isn’t)\s+(?:a|an)\s)\b`)

// atOwnOpening reports a sentence that opens at the provider's own place:
// "At Lakeshore, IOP meets three or four evenings a week".
func atOwnOpening(s *sentence) bool {
	if strings.HasPrefix(s.text, "At ") {
		m := atOpening.FindStringSubmatch(s.text)
		return m != nil && ownName(s.doc, m[1], s.bi)
	}
	// "Typical timeframes at Legacy Point include medical detox (5–10
	// days)": care, a program or its times at the provider's own place,
	// named by its name, make the sentence the provider's. The name may
	// run on past the host's letters ("Legacy Point Center" on
	// legacypoint.com). Staff or arrivals at the place do not ("Staff at
	// Harbor Point note that, nationally, …"), nor does a sentence
	// setting the place against others ("Unlike most programs, …").
	// (Most sentences hold an "at" and few a name after it: the
	// expression runs only on those, and its gate asks for one of its
	// words before the "at".)
	if !atCapital(s.text) || s.contains("unlike") || s.contains("national") {
		return false
	}
	for _, m := range atNamed.FindAllStringSubmatch(s.text, -1) {
		words := strings.Fields(m[1])
		for n := len(words); n >= min(2, len(words)); n-- {
			if ownName(s.doc, strings.Join(words[:n], " "), s.bi) {
				return true
			}
		}
	}
	return false
}

// everyOwnSite reports the provider's sites named all at once by its
// name: "Across every Larchmont clinic, the IOP runs ten weeks", "All
// Larchmont locations offer …".
// (Not a question, an exception, another time or a comparison with
// another provider's sites: "Does every Larchmont clinic offer detox?",
// "every Larchmont clinic except Rye", "By 2027 every Larchmont clinic
// will …", "…, while every Harborview clinic runs …"; and the name must
// be the provider's, not a city the address holds too.)
// (The name match comes first: every sentence asks, and few hold one.)
func everyOwnSite(s *sentence) bool {
	if !s.containsAny("every ", "each ", "all ", "any ") {
		return false
	}
	ms := everyNamedSite.FindAllStringSubmatch(s.text, -1)
	if len(ms) == 0 || s.question || strings.HasSuffix(strings.TrimSpace(s.text), "?") ||
		hasWord(s.lower, "except", "excluding", "until", "will", "plan", "plans", "planned", "example", "while", "whereas", "unlike") {
		return false
	}
	for _, m := range ms {
		if !siteNamed(s.doc, m[1]) {
			return false
		}
	}
	return true
}

var everyNamedSite = prefilter.MustCompile(`\b(?:[Ee]very|[Ee]ach|[Aa]ll|[Aa]ny)\s+([A-Z][A-Za-z]+(?:\s[A-Z][A-Za-z]+){0,2})\s+(?:clinics?|locations?|sites?|centers?|centres?|campus(?:es)?|offices?|programs?)\b`)

// atCapital reports an " at " followed by a capital letter.
func atCapital(t string) bool {
	for i := 0; ; {
		k := strings.Index(t[i:], " at ")
		if k < 0 {
			return false
		}
		i += k + len(" at ")
		if i < len(t) && t[i] >= 'A' && t[i] <= 'Z' {
			return true
		}
	}
}

// atNamedSite reports "at" between white space, a capital after it,
// right after one of the words atNamed opens on (in any case, white
// space between): every match of the expression has one, and the
// expression, folding case, has no literal to skip ahead to.
func atNamedSite(t string) bool {
	if len(t) < len("a at X") {
		return false
	}
	for i := 1; ; {
		k := strings.Index(t[i:], "at")
		if k < 0 {
			return false
		}
		at := i + k
		i = at + 1
		if !isSpace(t[at-1]) || at+2 >= len(t) || !isSpace(t[at+2]) {
			continue
		}
		next := at + 2
		for next < len(t) && isSpace(t[next]) {
			next++
		}
		if next == len(t) || t[next] < 'A' || t[next] > 'Z' {
			continue
		}
		if w := wordEndingBefore(t, at); w >= 0 && atNamedWords[strings.ToLower(t[w:wordEnd(t, w)])] {
			return true
		}
	}
}

// atNamedWords are the last words of atNamed's openers.
var atNamedWords = wordSet("program", "programs", "treatment", "care", "stay", "stays", "timeframes", "frames", "schedule", "schedules",
	"services", "iop", "php", "detox", "sessions", "groups")

var (
	// ("At Pinecrest you stay with us": the comma may be left out.)
	// ("At Birch & Lowe, …": two names joined by an ampersand.)
	atOpening = prefilter.MustCompile(`^At\s+([A-Z][A-Za-z]+(?:\s(?:&\s)?[A-Z][A-Za-z]+){0,2})(?:,|\s+[a-z])`)
	atNamed   = prefilter.MustCompile(`\b(?i:programs?|treatment|care|stays?|timeframes|time\s?frames|schedules?|services|iop|php|detox|length\s+of\s+stay|sessions|groups)\s+at\s+([A-Z][A-Za-z]+(?:\s[A-Z][A-Za-z]+){0,3})\b`).Gate(atNamedSite)
)

// ownerBefore is a capitalised name in the possessive and at most two
// modifiers right before a program's name ("Pinecrest's 12-bed detox
// unit").
// hostOpensOn reports a site address whose name opens on the name's
// letters: "Wickmere" on wickmererecovery.com.
func hostOpensOn(addr, name string) bool {
	key := strings.ToLower(strings.ReplaceAll(name, " ", ""))
	host := strings.TrimPrefix(hostLetters(addr), "www.")
	if len(key) < 4 || !strings.HasPrefix(host, key) {
		return false
	}
	// (The whole name: "Tampa" on tampabayrecovery.com is a part of it.)
	rest := host[len(key):]
	for _, w := range []string{".", "recovery", "health", "behavioral", "bh", "treatment", "center", "centre", "rehab", "wellness", "clinic", "house", "lodge", "counseling", "addiction", "care", "services", "women", "men", "ranch", "hospital", "medical", "med", "foundation", "institute", "retreat", "residence", "village", "farm", "children"} {
		if strings.HasPrefix(rest, w) {
			return true
		}
	}
	return false
}

// othersProgram follows a program named as someone else's: "at Front
// Range Clinic", "run by the county", "according to its brochure".
var othersProgram = prefilter.MustCompile(`^[^.;]{0,20}?\b(?:at|run\s+by|operated\s+by|offered\s+by|according\s+to|as\s+published|published\s+by)\b`)

// nameModifierBefore ends on "the" and a name before a program: "The
// Wickmere IOP", "the Lantern Bay evening IOP".
// (A name is capitalised and not in capitals: "The IOPs assist in
// detoxification" names no one; one modifier may follow it.)
var nameModifierBefore = prefilter.MustCompile(`\b[Tt]he\s+(([A-Z][a-z]+)(?:\s[A-Z][a-z]+)?)\s+(?:(?:evening|day|daytime|morning|adult|adults'|teen|adolescent|weekend|virtual|outpatient|intensive)\s+)?$`)

// capitalAfter reports a capitalised word right after i: the name runs on.
func capitalAfter(t string, i int) bool {
	r := strings.TrimLeft(t[i:], " ")
	return r != "" && r[0] >= 'A' && r[0] <= 'Z'
}

// nameOpens is a sentence opening on a name and at most one modifier
// before a program: "Wickmere IOP", "Lantern Bay evening IOP".
var nameOpens = prefilter.MustCompile(`^(([A-Z][a-z]+)(?:\s[A-Z][a-z]+)?)\s+(?:(?:evening|day|daytime|morning|adult|adults'|teen|adolescent|weekend|virtual|outpatient|intensive)\s+)?$`)

var ownerBefore = prefilter.MustCompile(`\b(([A-Z][A-Za-z]+)(?:\s[A-Z][A-Za-z]+)?)['’]s\s+(?:[a-z0-9-]+\s+){0,2}$`)

// ownName reports whether name is the publisher's: its letters run in the
// page's host ("Summit View" on summitviewhealth.com) or its title.
func ownName(doc *corpus.Document, name string, bi int) bool {
	key := lettersOnly(name)
	if len(key) < 4 {
		return false
	}
	if strings.Contains(hostLetters(doc.URL), key) {
		return true
	}
	// "Oakridge Tulsa" on oakridgerecovery.com/locations/tulsa/: the
	// provider's name and the place of the location page it is on.
	// ("Beacon Path Akron": the brand may be of more words than one.)
	if ws := strings.Fields(name); len(ws) >= 2 && len(ws) <= 4 {
		host := hostLetters(doc.URL)
		for k := 1; k < len(ws); k++ {
			brand := lettersOnly(strings.Join(ws[:k], ""))
			if len(brand) < 4 || !strings.Contains(host, brand) {
				continue
			}
			if p := lettersOnly(strings.Join(ws[k:], "")); strings.Contains(lettersOnly(urlWords(doc.URL)), p) || strings.Contains(lettersOnly(doc.Title), p) {
				return true
			}
		}
	}
	// The title and a text export's first lines ("SOURCE: …", the
	// masthead) name the page, but only before the sentence itself: a
	// name is not its own evidence.
	if bi > 0 && strings.Contains(lettersOnly(doc.Title), key) && (len(doc.Blocks) == 0 || doc.Blocks[bi].Text != doc.Title) {
		return true
	}
	for i := 0; i < len(doc.Blocks) && i < 3 && i < bi; i++ {
		if strings.Contains(lettersOnly(doc.Blocks[i].Text), key) {
			return true
		}
	}
	return false
}

// lettersOnly lowercases s and drops everything but letters and digits:
// "Summit View Health" and "summitviewhealth.com" meet.
func lettersOnly(s string) string {
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'A' && c <= 'Z':
			b = append(b, c+'a'-'A')
		case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
			b = append(b, c)
		}
	}
	return string(b)
}

// notOwners are possessives that name no provider: "today's IOPs",
// "SAMHSA's definition of IOP".
var notOwners = wordSet("Today", "Tomorrow", "Yesterday", "America", "Nation", "World", "Country", "State", "Everyone",
	"Anyone", "Someone", "SAMHSA", "ASAM", "NIDA", "CMS", "Medicare", "Medicaid", "Joint", "Year", "Week", "Month")

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
	"treatment", "wellness", "institute", "hospital", "house", "group", "associates", "ranch", "lodge", "residence")

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
