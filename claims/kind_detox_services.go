package claims

import (
	"slices"
	"strings"

	"github.com/factlint/factlint/corpus"
	"github.com/factlint/factlint/internal/prefilter"
)

// detoxServiceLine is where the value of a "Detox: Yes" line starts, 0
// when the sentence is no such line.
func detoxServiceLine(s *sentence) int {
	if label, e := s.label(); e > 0 && serviceDetox.MatchString(lowerASCII(strings.TrimSpace(label))) {
		return e
	}
	return 0
}

// serviceDetox is a label that only names detox: "Detox", "Medical
// detox", "Withdrawal management".
var serviceDetox = prefilter.MustCompile(`^[*•\-–— ]*(?:medical\s+|medically\s+(?:supervised|managed)\s+|on-site\s+|inpatient\s+|outpatient\s+)?(?:\((?:ambulatory|medical|outpatient|inpatient)\)\s+)?(?:detox|detoxification|withdrawal\s+management)(?:\s+(?:on\s+site|on-site|onsite|available|offered|provided|services?))?$`)

// firstWord is t's first word with its trailing punctuation trimmed, past
// leading spaces: "Yes" of " Yes (on site)".
func firstWord(t string) string {
	t = strings.TrimLeft(t, " ")
	if k := strings.IndexAny(t, " (,;"); k >= 0 {
		t = t[:k]
	}
	return strings.TrimRight(t, ".!")
}

// ourDetoxUnit is the provider's own detox named as a place or a service:
// "our on-site detox unit", "our 12-bed withdrawal management center".
// ("one of our quiet, private residential detox suites", "our tailored
// detox programmes", "our alcohol detox treatment programme": a few words of
// description may come first; "Our medically managed detoxification gives
// guests …" names the service by itself as a clause's subject.)
var ourDetoxUnit = prefilter.MustCompile(`\bour\s+(?:(?:[a-z-]+,?|and)\s+){0,6}?` + unitModifiers + `(?:detox|detoxification|withdrawal\s+management)\s+(?:treatment\s+)?(?:unit|units|center|centers|centre|centres|facility|facilities|program|programs|programme|programmes|service|services|suite|suites|wing|beds|team|clinic)\b|` +
	`\bour\s+` + unitModifiers + `(?:detox|detoxification)\s+(?:allows|helps|gives|lets|provides|offers|keeps|begins|starts)\b`)

// ownUnitOfOthers reports an ourDetoxUnit match whose "our" owns
// something else, the detox coming after a verb or a program of its
// own: "Our residential programmes follow detox programmes run by the
// NHS", "our clients come to us after detox programmes elsewhere".
func ownUnitOfOthers(m string) bool {
	k := strings.Index(m, "detox")
	if k < 0 {
		k = strings.Index(m, "withdrawal")
	}
	if k < 0 {
		return false
	}
	return hasWord(m[:k], "follow", "follows", "after", "following", "before", "from", "than", "like", "program", "programs", "programme", "programmes",
		"clients", "patients", "residents", "come", "comes", "complete", "completed", "finish", "finished", "need", "needs")
}

// ownNameRightBefore reports the provider's own name as the words right
// before i: "Inpatient Withdrawal Management - Tollison admits …".
func ownNameRightBefore(s *sentence, i int) bool {
	m := nameRightBefore.FindStringSubmatchIndex(s.text[:i])
	if m == nil {
		return false
	}
	name := s.text[m[2]:m[3]]
	// ("St. Mary's Hospital admits …": another's, its name cut at the
	// possessive.)
	if pre := s.text[:m[2]]; strings.HasSuffix(pre, "'s ") || strings.HasSuffix(pre, "’s ") || genericPlace[strings.ToLower(name)] {
		return false
	}
	return !notOwners[name] && ownName(s.doc, name, s.bi)
}

var genericPlace = wordSet("hospital", "center", "centre", "clinic", "health", "the hospital", "medical center")

var nameRightBefore = prefilter.MustCompile(`([A-Z][A-Za-z]+(?:\s[A-Z][A-Za-z]+){0,2})\s+$`)

// admitsForDetox is admitting people for detox.
var admitsForDetox = prefilter.MustCompile(`\b(?:admits|admit|accepts|accept)\s+(?:adults|patients|clients|people|adolescents|teens|men|women)\s+(?:(?:ages?|aged|over|under|[0-9-]+|and|older|younger)\s+){0,3}for\s+(?:(?:medically|medical|inpatient|outpatient|monitored|supervised|managed|residential|ambulatory|hospital|acute|alcohol|opioid|drug|safe)\s+){0,3}(?:detox|detoxification|withdrawal\s+management|withdrawal)\b`)

// ourDetoxDoes is the provider's detox as the subject of a verb: "our
// five-day outpatient detox gets you ready", "our medical detox lasts".
// ownProviderNouns name the page's provider by its kind ("Larchfield, a
// residential and outpatient operator"); a center or a facility may be
// another place ("Our sister campus, a residential facility in Dover").
var ownProviderNouns = wordSet("provider", "operator", "organization", "organisation", "company", "nonprofit", "agency")

// otherPlaceWords before a described provider make it another place.
var otherPlaceWords = []string{"sister", "partner", "partners", "affiliate", "affiliated", "another", "other", "nearby"}

// programNamedBefore reports a program other than detox named before i.
func programNamedBefore(s *sentence, i int) bool {
	for _, m := range s.mentions {
		if m.start < i && programSubject(m.subject) && m.subject != Detox {
			return true
		}
	}
	return false
}

// madeForDetox is a program said to be made, or not, for withdrawal
// care; group 1 holds the denial. ("not built to handle acute withdrawal"
// leaves the milder kind open, so it is no denial.)
var madeForDetox = prefilter.MustCompile(`\b(?:is|are|was|were)(\s+not|n't|n’t)?\s+(?:designed|built|set\s+up|equipped|meant|intended)\s+to\s+(?:manage|handle|treat|provide|offer|support|deal\s+with)\s+(?:medical\s+|physical\s+)?(?:withdrawal|detox|detoxification)\b`)

var ourDetoxDoes = prefilter.MustCompile(`(?:^|[.!?:]\s+|^\s*)our\s+(?:[a-z0-9-]+\s+){0,3}?(?:detox|detoxification)\s+(?:program\s+)?(?:gets|lasts|takes|runs|includes|begins|starts|uses|combines|helps|lets|typically|usually|is\s+(?:a|an|medically|supervised|done|run|led|provided|short))\b`)

// startedProgram is the program a client may be said to start with
// detox: "start PHP with", "begin the program with".
const startedProgram = `(?:(?:the\s+|our\s+|your\s+)?(?:php|iop|program|programme|treatment)\s+)?`

// unitModifiers may stand before a detox unit's name: "our own on-site
// 16-bed medically supervised detox unit".
const unitModifiers = `(?:own\s+)?(?:(?:on-site|onsite|in-house|` + bedCount + `|medical|medically\s+(?:monitored|supervised|managed)|inpatient|licensed)\s+)*`

// bedCount is a unit's size: "16-bed", "eight-bed".
const bedCount = `(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|fifteen|sixteen|eighteen|twenty|thirty)-bed`

var namedDetoxUnit = prefilter.MustCompile(`\b([A-Z][A-Za-z]+(?:\s[A-Z][A-Za-z]+){0,2})['’]s\s+` + unitModifiers + `(?:[Dd]etox|[Dd]etoxification|[Ww]ithdrawal\s+[Mm]anagement)\s+(?:unit|units|center|centre|facility|suite|suites|wing)\b`)

// namedHasDetoxUnit: a name that has, runs or opened a detox unit.
// (Only modifiers between: "has a partnership with a local detox center"
// is someone else's; "opened" one is history.)
var namedHasDetoxUnit = prefilter.MustCompile(`\b([A-Z][A-Za-z]+(?:\s[A-Z][A-Za-z]+){0,2})\s+(?:also\s+|now\s+)?(?:has|runs|operates|maintains)\s+(?:a|an|its\s+own)\s+(?:(?:[0-9a-z]+-bed|small|new|licensed|dedicated|separate|private|medical|medically\s+(?:monitored|supervised|managed)|inpatient|on-site|onsite)\s+)*(?:detox|detoxification|withdrawal\s+management)\s+(?:unit|center|centre|facility|suite|wing)\b`)

// namedLacksDetoxUnit: a name that has, runs or operates no detox unit
// ("Ridgeway lacks a detox unit" too).
// (Not one of a size: "does not have an 8-bed detox wing" may have
// another.)
var namedLacksDetoxUnit = prefilter.MustCompile(`\b([A-Z][A-Za-z]+(?:\s[A-Z][A-Za-z]+){0,2})\s+(?:(?:does\s+not|doesn't|doesn’t)\s+(?:currently\s+)?(?:have|run|operate|maintain)\s+(?:a|an|its\s+own)|has\s+no|lacks\s+(?:a|an))\s+(?:own\s+)?(?:(?:on-site|onsite|in-house|medical|medically\s+(?:monitored|supervised|managed)|inpatient|licensed)\s+)*(?:detox|detoxification|withdrawal\s+management)\s+(?:unit|center|centre|facility|suite|wing)\b`)

// supposed reports i inside an opening clause that supposes rather than
// states: "If …,", "When this campus has no detox beds available, …",
// "Should this campus have no beds free, …", "In the rare case …,".
func supposed(lower string, i int) bool {
	return inCondition(lower, i) || openedBy(lower, i, suppositionOpeners) != ""
}

var suppositionOpeners = []string{"when ", "whenever ", "should ", "in case ", "in the rare case ", "in the event ", "in the rare event ", "in the unlikely event "}

// detoxWithoutUnit reports words of detox given without a unit:
// ambulatory or outpatient detox, patients who go home at night.
func detoxWithoutUnit(lower string) bool {
	return strings.Contains(lower, "ambulatory") || strings.Contains(lower, "outpatient detox") || strings.Contains(lower, "outpatient withdrawal") ||
		strings.Contains(lower, "home detox") || strings.Contains(lower, "at-home detox") || strings.Contains(lower, "go home each night") ||
		strings.Contains(lower, "go home at night") || strings.Contains(lower, "go home every night")
}

// siteHasDetoxUnit: a site of the provider's the sentence points at has
// (or, with the group, has no) detox unit of its own.
var siteHasDetoxUnit = prefilter.MustCompile(`\b(?:this|our)\s+(?:[a-z]+\s+){0,2}?(?:campus|location|facility|site|clinic|center|centre|building)\s+(?:also\s+|now\s+)?(?:(does\s+not\s+have|doesn't\s+have|doesn’t\s+have|has\s+no|lacks)|has|houses|runs|operates|maintains)\s+(?:a\s+|an\s+|its\s+)?` + unitModifiers + `(?:detox|detoxification|withdrawal\s+management)\s+(?:unit|center|centre|facility|suite|wing|beds)\b`)

// weRunDetoxUnit: the provider runs (or, with the group, does not run) a
// detox unit.
var weRunDetoxUnit = prefilter.MustCompile(`\bwe\s+(?:also\s+|recently\s+)?(do\s+not\s+|don't\s+|don’t\s+|no\s+longer\s+)?(?:have|run|operate|opened|added|launched|maintain|built)\s+(?:a|an|our\s+own)\s+(?:[a-z0-9-]+\s+){0,4}?(?:detox|detoxification|withdrawal\s+management)\s+(?:unit|center|centre|facility|suite|wing)\b`)

var offerVerb = prefilter.MustCompile(`\b(?:provide|provides|provided|offer|offers|offered|deliver|delivers)\b`)

// bareAnswer reports what may follow a bare yes or no: nothing, or a
// bracket, dash or comma setting off more.
func bareAnswer(rest string) bool {
	rest = strings.TrimLeft(rest, " ")
	return rest == "" || strings.ContainsRune("(,;.–—-:", []rune(rest)[0])
}

// servicesListItem reports an item of a list of the provider's services:
// under a heading in its voice ("What we offer", "Our services"), or after
// a line in it that introduces the list ("We offer a full continuum:",
// "Our residential program typically offers:").
func servicesListItem(s *sentence) bool {
	if s.block.Kind != corpus.BlockListItem {
		return false
	}
	if hs := s.block.Headings; len(hs) > 0 {
		h := lowerASCII(hs[len(hs)-1])
		// ("What we don't offer", "Services we no longer provide".)
		if hasWord(h, "don't", "don’t", "not", "no", "longer", "without") {
			return false
		}
		if servicesHeading.MatchString(h) {
			return true
		}
		// "Hollis County Crisis Center / Services at the Center": the
		// place's own services, under the heading that names it as the
		// page's own. (Under "Riverside General Hospital" on another
		// provider's page, or "Our detox partner: …", another's.)
		if m := servicesAtPlace.FindStringSubmatch(h); m != nil {
			if p := headingBefore(s.doc, s.bi, hs[len(hs)-1]); p != "" && hasWord(lowerASCII(p), m[1]) && ownHeading(s.doc, p, s.bi) {
				return true
			}
		}
	}
	i := s.bi - 1
	for i >= 0 && s.doc.Blocks[i].Kind == corpus.BlockListItem {
		i--
	}
	if i < 0 {
		return false
	}
	intro := lowerASCII(strings.TrimSpace(s.doc.Blocks[i].Text))
	return strings.HasSuffix(intro, ":") && weOffer.MatchString(intro)
}

var servicesHeading = prefilter.MustCompile(`^(?:what\s+we\s+offer|our\s+(?:services|programs|programmes|levels\s+of\s+care|treatment\s+options)|(?:services|programs|programmes)\s+(?:we\s+offer|offered\s+here|at\s+this\s+(?:location|office|clinic|campus)))\b`)

// servicesAtPlace heads the services of a place named by its noun:
// "Services at the Center".
var servicesAtPlace = prefilter.MustCompile(`^services\s+at\s+the\s+(center|centre|clinic|facility|hospital|campus|unit)\s*$`)

// headingBefore is the text of the heading before the heading h that
// heads block bi; "" when there is none.
func headingBefore(doc *corpus.Document, bi int, h string) string {
	i := bi
	for i >= 0 && !(isHeading(doc.Blocks[i].Kind) && doc.Blocks[i].Text == h) {
		i--
	}
	for i--; i >= 0; i-- {
		if isHeading(doc.Blocks[i].Kind) {
			return doc.Blocks[i].Text
		}
	}
	return ""
}

// ownHeading reports a heading that names the page's own provider or
// place: its name is the page's (ownName), or holds the name of the
// site's host ("Hollis County Crisis Stabilization Center" on
// holliscounty.gov). A heading of another's ("Our detox partner: …") is
// not.
func ownHeading(doc *corpus.Document, h string, bi int) bool {
	if hasWord(lowerASCII(h), "partner", "partners", "refer", "referral", "referrals", "affiliate") {
		return false
	}
	if ownName(doc, h, bi) {
		return true
	}
	host := strings.TrimPrefix(hostLetters(doc.URL), "www.")
	if k := strings.IndexByte(host, '.'); k > 0 {
		host = host[:k]
	}
	return len(host) >= 5 && strings.Contains(lettersOnly(h), host)
}

var weOffer = prefilter.MustCompile(`\bwe\s+(?:also\s+)?(?:offer|provide|run)\b|^our\s+(?:[a-z-]+\s+){0,3}(?:program|programme|center|centre|facility|clinic|campus)\s+(?:(?:typically|usually|also)\s+)?(?:offers|provides|includes)\s*:$`)

// notOffered reports a service line's description that says it is not
// there: "not offered", "referral only", "through our partner".
func notOffered(value string) bool {
	l := lowerASCII(value)
	// (Nor where it is arranged elsewhere or was once: "coordinated with
	// Mercy General", "at Valley Hospital", "offered until 2022".)
	return hasWord(l, "not", "no", "referral", "referrals", "refer", "partner", "partners", "elsewhere", "unavailable", "coordinated", "coordinate",
		"arranged", "arrange", "hospital", "until", "formerly", "previously", "nearby", "away") || strings.Contains(l, "n't") || strings.Contains(l, "n’t")
}

// servicedDetox opens a list item on detox, with the words for its
// setting before it: "Inpatient withdrawal management", "Medical detox".
var servicedDetox = prefilter.MustCompile(`^\W*(?:(?:inpatient|outpatient|medical|medically\s+(?:supervised|monitored|managed)|social|ambulatory|residential|on-site|onsite)\s+)*(?:detox|detoxification|withdrawal\s+management)\b`)

// serviceItself reports the rest of a services-list item after its detox
// phrase leaving the item the service itself, offered now: nothing, a
// clause, a bracket, where or whom for ("on 4 North", "with nurses around
// the clock", "for alcohol and opioids"). A noun after it makes detox a
// topic ("Detox education for families", "Detox transportation",
// "Detox support groups"); and an item may say it is not offered,
// someone else's, not yet or no longer open.
func serviceItself(rest string) bool {
	r := strings.TrimLeft(rest, " ")
	// ("- Detox and rehab placement", "- Detox & treatment navigation":
	// a service beside detox, not detox; "- Detox & residential
	// treatment", "- Medical detox and care" offer both.)
	ok := r == "" || strings.IndexByte(",.;:(", r[0]) >= 0 || strings.HasPrefix(r, "-") || strings.HasPrefix(r, "–") || strings.HasPrefix(r, "—") ||
		hasPrefixWord(r, "on", "with", "for", "unit", "units", "services", "service", "program", "in") || detoxAndCare.MatchString(r)
	if !ok || notOffered(rest) || yearIn(rest) {
		return false
	}
	return !hasWord(rest, "coming", "planned", "opening", "soon", "unavailable", "temporarily", "paused", "suspended", "closed", "discontinued",
		"formerly", "former", "previously", "hold", "renovation", "ended", "ending", "sister", "education", "search")
}

// detoxAndCare is the rest of a list item that joins care to detox and
// ends: "& care", "and residential treatment".
var detoxAndCare = prefilter.MustCompile(`^(?:&|and)\s+(?:(?:residential|inpatient|medical|clinical)\s+)?(?:treatment|care|stabilization|stabilisation|rehab|rehabilitation|mat|withdrawal\s+management)\s*$`)

// yearIn reports a year in t: "(2019-2022)", "until 2023".
func yearIn(t string) bool {
	for i := 0; i+4 <= len(t); i++ {
		if (t[i] == '1' && t[i+1] == '9' || t[i] == '2' && t[i+1] == '0') && isDigitByte(t[i+2]) && isDigitByte(t[i+3]) &&
			(i == 0 || !isDigitByte(t[i-1])) && (i+4 == len(t) || !isDigitByte(t[i+4])) {
			return true
		}
	}
	return false
}

func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }

// notOfferedHeading reports a heading over a list of what the provider
// does not do: "What we don't offer", "Services we do not provide".
func notOfferedHeading(h string) bool {
	return hasWord(h, "don't", "don’t", "not", "no longer") && hasWord(h, "offer", "provide", "do", "services")
}

// siteName reports a name whose letters run in the page's host or title:
// stricter than ownName, which also takes a masthead's partner.
func siteName(doc *corpus.Document, name string) bool {
	key := strings.ToLower(strings.ReplaceAll(name, " ", ""))
	return hostHolds(doc, name) || len(key) >= 4 && strings.Contains(lettersOnly(doc.Title), key)
}

// placeElsewhere opens on another's place: "at the county hospital", "in
// town", "across the street".
var placeElsewhere = prefilter.MustCompile(`^\s*(?:at|in|across|near|down)\s+(?:the\s+)?(?:county|state|local|regional|nearby|town|street|road|a\s+|st\.?\s|saint\s|[a-z]+\s+(?:hospital|medical))`)

// othersDetox are words that make "our … detox facility" another's.
var othersDetox = []string{"partner", "partners", "partnered", "partnering", "affiliate", "affiliated", "referral", "nearby", "local", "network", "trusted", "preferred", "contracted"}

var weHelpDetox = prefilter.MustCompile(`\bwe\s+help\s+(?:people|individuals|clients|patients|you|adults|teens|men|women|guests|residents)\s+(?:(?:[a-z]+ly|and)\s+){0,4}detox\s+(?:from|off|safely)\b`)

// describedOnly reports that the words before "detox" in "our … detox
// facilities" only describe it: "Our IOP is not a detox program" says
// something else.
func describedOnly(match string) bool {
	k := strings.Index(match, "detox")
	if w := strings.Index(match, "withdrawal"); w >= 0 && (k < 0 || w < k) {
		k = w
	}
	if k < 0 {
		return false
	}
	for _, w := range strings.FieldsFunc(match[:k], func(r rune) bool { return r == ' ' || r == ',' }) {
		if notDescription[w] {
			return false
		}
	}
	return true
}

var notDescription = wordSet("is", "are", "was", "were", "not", "no", "a", "an", "the", "to", "of", "for", "with", "in", "on", "by", "our", "does", "do", "has", "have", "can", "will",
	"offer", "offers", "provide", "provides", "run", "runs", "include", "includes", "iop", "php", "outpatient")

// detoxFormAfter gives detox offered or denied the form of detox said
// right after it: "Detox is not offered as an outpatient service here",
// "… on an outpatient basis", "… to outpatients" deny outpatient detox
// only, which a page's inpatient unit does not contradict.
func detoxFormAfter(s *sentence, cs []Claim) {
	if !slices.ContainsFunc(cs, func(c Claim) bool { return c.Subject == Detox && c.Variant == "" }) {
		return
	}
	// ("Ambulatory detox: Withdrawal management provided on an
	// outpatient basis. The member lives at home …": a block labelled
	// with the form speaks of that form throughout.)
	labelled := false
	if k := strings.IndexByte(s.block.Text, ':'); k > 0 && k < 40 {
		l := lowerASCII(s.block.Text[:k])
		labelled = hasWord(l, "detox", "detoxification", "withdrawal") && hasWord(l, "ambulatory", "outpatient", "home", "at-home") && !hasWord(l, "inpatient", "residential", "vs", "versus")
	}
	for i := range cs {
		c := &cs[i]
		if c.Variant != "" || c.Subject != Detox {
			continue
		}
		if labelled {
			c.Variant = "outpatient"
			continue
		}
		if c.Kind != DetoxOffered {
			continue
		}
		at := strings.Index(s.text, c.Text)
		if at < 0 {
			continue
		}
		end := at + len(c.Text)
		if outpatientForm.MatchString(s.lower[end:min(len(s.lower), end+50)]) {
			c.Variant = "outpatient"
		}
	}
}

// outpatientForm opens on outpatient care as the form a service takes.
var outpatientForm = prefilter.MustCompile(`^[^.;]{0,20}?\b(?:as\s+an?\s+(?:outpatient|ambulatory)\s+(?:service|option|program|programme)|on\s+an?\s+(?:outpatient|ambulatory)\s+basis|to\s+outpatients|for\s+outpatients|at\s+home)\b`)
