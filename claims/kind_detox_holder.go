package claims

import (
	"slices"
	"strings"

	"github.com/factlint/factlint/internal/prefilter"
)

// ownDetoxIn reports a detox the provider runs itself, named inside a
// prerequisite: "complete detox in our on-site medical unit before",
// "complete detox, which we provide on site, before".
func ownDetoxIn(span string) bool {
	return strings.Contains(span, "our ") || anyIn(span, ownDetoxWords)
}

// ownDetoxWords place detox at the provider's own premises or in its own
// voice.
var ownDetoxWords = []string{"on-site", "onsite", "on site", "in-house", "we provide", "we offer"}

// clientCondition is a condition on the client's need: "if you are at
// risk of withdrawal", "if needed", "when a patient is still drinking".
var clientCondition = prefilter.MustCompile(`\b(?:if|when|where)\s+(?:you|your|a\s+client|clients|a\s+patient|patients|someone|anyone|needed|necessary|medically\s+necessary|required|withdrawal)\b`)

// ownDetoxHere reports a sentence placing detox at the provider's own
// premises or in its own voice: "on-site", "in-house", "we provide".
func ownDetoxHere(lower string) bool {
	return onSite(lower) || anyIn(lower, ownDetoxWords)
}

// detoxLabelAnswer is a fact line labelled with detox and answered yes
// or no: "detox: no", "medical detox offered: yes".
var detoxLabelAnswer = prefilter.MustCompile(`^(?:(?:medical|medically\s+supervised|on-site|onsite|outpatient|inpatient)\s+)?(?:detox|detoxification|withdrawal\s+management)(?:\s+(?:offered|available|services?|on\s+site|on-site))?\s*:\s*(?:yes|no|none|not\b|offered|available|provided)`)

// detoxHolder names the program that does or does not offer the detox at
// [start, end): a program named in the clause ("our IOP does not include
// detox"), the program a pronoun carries ("They also receive detox"),
// else the detox service itself ("We specialize in medical detox").
func (st *state) detoxHolder(s *sentence, start, end int, offered bool) Subject {
	// "Detox: No", "• Medical detox: Yes – on site": a fact line's
	// answer is the provider's detox service's, not the program's the
	// line stands under (as "We do not offer detox" is).
	if strings.TrimLeft(s.lower[:start], " -–•*|") == "" && detoxLabelAnswer.MatchString(s.lower[start:]) {
		return Detox
	}
	// "Medical detox at Meadowview": the provider's own detox.
	if atOwnPlace(s, start, end) {
		return Detox
	}
	// "Our detox program": the page's own detox service.
	if span := s.lower[start:end]; strings.HasPrefix(span, "our ") && strings.Contains(span, "detox") && !strings.Contains(span, " offer") && !strings.Contains(span, " provide") {
		return Detox
	}
	// "must complete detox before starting our IOP": the program the
	// client goes on to is the one without detox.
	if span := s.lower[start:end]; !offered && (strings.HasSuffix(span, "before") || strings.HasSuffix(span, "prior to")) {
		for _, m := range s.mentions {
			if m.start >= end && programSubject(m.subject) && m.subject != Detox && !m.contrast {
				return m.subject
			}
		}
	}
	lo, hi := clauseBounds(s.lower, start, end)
	// The holder may sit between the verb and the detox word ("we refer
	// IOP clients who need detox").
	d := start
	for _, m := range s.mentions {
		if m.subject == Detox && m.start >= start && m.end <= end {
			d = m.start
			break
		}
	}
	// "Our PHP begins with on-site medical detox", "the first step of a
	// 28-day program is detox": a program opening with detox goes
	// through a level of care of its own first, so the detox is the
	// detox service's, not one of the program's services.
	if offered && firstPhaseDetox.MatchString(s.lower[lo:d]) && !hasWord(s.lower[lo:d], "not", "never", "no") && !outsideDetox(s.lower[d:hi]) {
		return Detox
	}
	// "Because Lantern Bay is outpatient only, this office has no detox
	// services", "Lantern Bay has no detox or residential beds": a place
	// or the provider, the clause's subject right before, holds it.
	if placeHas.MatchString(s.lower[lo:start]) || hasBefore(s, start) {
		return Detox
	}
	// Where the program listed right before detox begins: one joined to
	// it by "and" or a comma is listed too ("outpatient and residential
	// care, detox, and family counseling").
	listedFrom := -1
	for i := len(s.mentions) - 1; i >= 0; i-- {
		m := s.mentions[i]
		if listedFrom >= 0 && m.end <= listedFrom && programSubject(m.subject) && m.subject != Detox && listJoin.MatchString(s.lower[m.end:listedFrom]) {
			listedFrom = m.start
			continue
		}
		// "sober homes don't provide detox": a house, not a program,
		// is what does not.
		if m.subject == Other && !m.contrast && m.start >= lo && m.end <= start && soberHome(s.lower[m.start:m.end]) && wordCount(s.lower[m.end:start]) <= 3 {
			return Other
		}
		if !programSubject(m.subject) || m.subject == Detox || m.contrast || m.start < lo || m.end > d || weClause.MatchString(s.lower[m.end:d]) {
			continue
		}
		if modifiesDetox(s, m) || coObject.MatchString(s.lower[m.end:d]) {
			// "does not offer residential care or detox": a service
			// listed beside detox, not the one that holds it.
			listedFrom = m.start
			continue
		}
		// "Larchfield, a residential and outpatient operator, does
		// not offer detox": what the provider is names the provider, which
		// holds the answer.
		// ("Our sister campus, a residential and outpatient provider in
		// Dover, does not offer detox": another place's answer.)
		if noun := providerNoun(s.lower, m); noun != "" {
			lo, _ := clauseBounds(s.lower, m.start, m.end)
			before := s.lower[lo:m.start]
			other := hasWord(before, otherPlaceWords...)
			if ownProviderNouns[noun] && !other && !hasWord(before, "their", "its") {
				return Detox
			}
			if other {
				return Other
			}
		}
		if strong := strongBefore(s, &m); strong != nil {
			return strong.subject
		}
		return m.subject
	}
	// "Detox is not available in our outpatient program": a denial
	// names the program that lacks it after the verb, and so does an
	// offer "via" or "through" a program. "Takes place in our residential
	// setting" names where detox happens, which is the detox service itself.
	for _, m := range s.mentions {
		if programSubject(m.subject) && m.subject != Detox && m.start >= end && m.end <= hi && !setting(s.lower, m) &&
			(!offered && inPrepPhrase(s.lower, m.start) || viaProgram(s.lower, m.start)) {
			return m.subject
		}
	}
	// ("Some clinics offer outpatient detox while others …": "some"
	// with a noun of places after it counts places, no pronoun.)
	if startsWithPronoun(s.lower) && programSubject(st.last) && st.last != Detox && !placesCounted(s.lower) {
		return st.last
	}
	// "We do not provide detox at this location", "Detox is not part of
	// our services": the provider speaking of its detox service names no
	// program, so it is the detox service's own, wherever it stands;
	// "clients here do not need detox" is still the section program's.
	// "In our IOP, medical detox is available on site": a program the
	// sentence names before, in an opening phrase, holds it.
	// ("… referred to a hospital program before starting IOP; Willowbrook
	// does not offer detox": not across a semicolon.)
	// ("We do not run a residential unit, and we do not provide detox on
	// site": nor across a clause of the provider's own.)
	// ("None of our services are residential, and we do not have a
	// detox unit": the claim may open on the "we".)
	upTo := start
	if strings.HasPrefix(s.lower[start:], "we ") {
		upTo = start + 2
	}
	for _, m := range s.mentions {
		if m.end <= start && programSubject(m.subject) && m.subject != Detox && !m.contrast && !m.weak && !strings.Contains(s.lower[m.end:start], ";") &&
			!weClause.MatchString(s.lower[m.end:upTo]) {
			return m.subject
		}
	}
	if span := s.lower[start:end]; (s.provider || ownNameBefore(s, start) || onSite(s.lower)) && !strings.Contains(span, "need") && !strings.Contains(span, "requir") {
		return Detox
	}
	// "Harbor Path Akron now offers ambulatory detox" after a line about
	// its outpatient care: a form of detox offered, with no program named
	// before it, is the detox service itself.
	if span := s.lower[start:end]; offered && hasWord(span, "offers", "offer", "provides", "provide", "runs", "run", "opened", "launched", "added") && detoxFormIn(span) {
		return Detox
	}
	// "the Port Ellis clinic does not provide detox", "Ashgrove also runs
	// a detox unit", a directory listing's "No detox.": a place, a unit
	// or a listed provider holds it, which is the detox service's own.
	// ("Anyone who needs a detox program is referred …" on an IOP page
	// still says whom the page's program is for.)
	// ("Withdrawal management is no longer offered at the Crisis
	// Stabilization Center": the place after it.)
	if (st.directory || hasWord(s.lower[lo:start], detoxPlaces...) || hasWord(wordAfter(s.lower, end), detoxServiceNouns...) || atPlaceAfter.MatchString(s.lower[end:hi])) &&
		!hasWord(s.lower[lo:end], "need", "needs", "needing", "needed", "require", "requires", "requiring", "required") {
		return Detox
	}
	// Otherwise, on a page section about a program, detox is that
	// program's, whatever the sentence before was about.
	if programSubject(st.section) {
		return st.section
	}
	if programSubject(st.last) {
		return st.last
	}
	return Detox
}

// detoxPlaces are a provider's premises, which hold a detox service or
// not as the provider does.
var detoxPlaces = []string{"clinic", "clinics", "office", "offices", "practice", "location", "locations", "campus", "facility", "center", "centre", "site", "hospital"}

// detoxServiceNouns make the detox word before them a service of its own.
var detoxServiceNouns = []string{"unit", "units", "center", "centre", "facility", "wing", "program", "programme", "service", "services"}

// weClause is a clause of the provider's own joined to the one before.
var weClause = prefilter.MustCompile(`\b(?:and|but|while|although|though|yet|so)\s+we\b`)

// onSite reports detox placed at the provider's own premises: "Medical
// detox is available on site", "is not offered at our center".
func onSite(lower string) bool {
	return strings.Contains(lower, "on site") || strings.Contains(lower, "on-site") || strings.Contains(lower, "onsite") ||
		strings.Contains(lower, "at our ") || strings.Contains(lower, "at this location") || hasWord(lower, "here")
}

// selfDescribed reports the provider as the subject of "is a" at i: "We
// are a …", "<the publisher's name> is a …", "This is a …".
func selfDescribed(s *sentence, i int) bool {
	switch wordBefore(s.lower, i) {
	case "we", "this", "it":
		return true
	}
	return ownNameBefore(s, i)
}

// ownNameBefore reports the publisher's name as the subject of the verb
// at start: "Cedar Hollow does not provide detox on site".
func ownNameBefore(s *sentence, start int) bool {
	sub := nameSubject.FindStringSubmatch(s.text[max(0, start-60):start])
	if sub == nil || notOwners[sub[1]] {
		return false
	}
	// ("How Long Does Detox Take?" in a title that repeats it: a
	// question, no name.)
	switch first, _, _ := strings.Cut(sub[1], " "); first {
	case "How", "What", "When", "Why", "Where", "Which", "Who", "Is", "Are", "Can", "Does", "Do", "Should", "Will":
		return false
	}
	if ownName(s.doc, sub[1], s.bi) {
		return true
	}
	// "Because Cedar Point does not offer detox, …": the clause opens on
	// a conjunction, capitalised as the sentence's first word.
	first, rest, ok := strings.Cut(sub[1], " ")
	return ok && openingConjunctions[first] && ownName(s.doc, rest, s.bi)
}

var openingConjunctions = map[string]bool{"Because": true, "Since": true, "As": true, "Although": true, "Though": true,
	"While": true, "But": true, "And": true, "So": true, "If": true, "When": true, "Unless": true}

// atOwnName opens on "at" and a name: " at Meadowview", " at Pine Ridge Recovery".
var atOwnName = prefilter.MustCompile(`^\s+at\s+([A-Z][A-Za-z]+(?:\s[A-Z][A-Za-z]+){0,2})\b`)

// atTheName is "at the" before a name of two to four capitalised words:
// "at the Crisis Stabilization Center". Its second group is a word that
// makes the name go on ("the Center for Behavioral Medicine", "the
// Recovery Center of Eastfield"), so that what it holds is not all of it.
var atTheName = prefilter.MustCompile(`^\s+at\s+the\s+([A-Z][A-Za-z]+(?:\s[A-Z][A-Za-z]+){1,3})\b(\s+(?:of|for|in|on)\b)?`)

// ("Ravensgate's main campus also offers …": the provider's own place;
// "Red Mesa is an outpatient clinic and does not offer …": the name and
// what it is, then the predicate.)
var nameSubject = prefilter.MustCompile(`(?:^|[.;:!?,]\s+|^\s*|\bthat\s+)([A-Z][A-Za-z]+(?:['’]s)?(?:\s[A-Z][A-Za-z]+){0,3})(?:['’]s\s+(?:[a-z]+\s+){0,2}(?:campus|center|centre|clinic|facility|location|hospital|site|unit))?\s+(?:(?:is|are)\s+an?\s+(?:[a-z-]+\s+){0,4}?(?:clinic|center|centre|practice|program|facility|provider),?\s+and\s+)?(?:(?:does|do|is|are|can|cannot|can't|can’t|will|also|currently|now|still|already|itself|not|no\s+longer|doesn't|doesn’t)\s+){0,3}$`)

// coObject is what stands between a service listed beside detox and the
// detox word: "residential care or ", "outpatient addiction treatment
// and in-patient ".
var coObject = prefilter.MustCompile(`^\s*(?:(?:addiction\s+|substance\s+(?:use|abuse)\s+|drug\s+|alcohol\s+|mental\s+health\s+)?(?:care|treatment|services?|programs?|rehab|units?|beds))?\s*(?:,\s*[a-z -]{1,40}?\s*)?(?:,\s*(?:or|and|nor)\b|,|\bor\b|\band\b|\bnor\b)\s*(?:a\s+|an\s+)?(?:medical\s+|medically\s+supervised\s+)?$`)

// listJoin joins two programs of a list: " and ", ", ", " treatment or ".
var listJoin = prefilter.MustCompile(`^\s*(?:(?:care|treatment|services?|programs?|rehab)\s*)?(?:,|,?\s*and|,?\s*or|&)\s*$`)

// modifiesDetox reports a program word that only says what kind of
// detox follows it: "outpatient detox", "Ambulatory (Outpatient)
// Detoxification", "residential detox".
func modifiesDetox(s *sentence, m mention) bool {
	for _, d := range s.mentions {
		if d.subject == Detox && d.start >= m.end && (d.start-m.end <= 3 || detoxModifiers.MatchString(s.lower[m.end:d.start])) {
			return true
		}
	}
	return false
}

// detoxModifiers may stand between a setting word and detox: "inpatient
// medical detox", "outpatient (ambulatory) detox".
// ("residential, non-hospital detoxification": a comma and a word of
// its kind may stand between too.)
var detoxModifiers = prefilter.MustCompile(`^\s*(?:\([a-z]+\)\s*|medical\s+|medically\s+(?:supervised|monitored|managed)\s+|,\s*(?:non-hospital|nonhospital|non-medical|social|social-model|medical|medically\s+(?:supervised|monitored|managed))\s+)$`)

// viaProgram reports "via the IOPs", "through our PHP".
func viaProgram(lower string, i int) bool {
	w, _ := wordBeforeArticle(lower, i)
	return w == "via" || w == "through" || w == "within"
}

// soberHome reports a name for a sober living house.
func soberHome(name string) bool {
	return strings.HasPrefix(name, "sober ") || strings.HasPrefix(name, "recovery res") || strings.HasPrefix(name, "recovery home") || strings.HasPrefix(name, "halfway")
}

// atOwnPlace reports "at" and the provider's own name inside [start, end):
// "Medical detox at Meadowview".
// ("Medical detox is not provided at Cedar Hollow": the place may close
// the clause after the claim's words.)
func atOwnPlace(s *sentence, start, end int) bool {
	k := strings.Index(s.lower[start:end], " at ")
	if k < 0 {
		if !strings.HasPrefix(s.lower[end:], " at ") {
			return false
		}
		k = end - start
		end = min(len(s.text), end+48)
	}
	t := s.text[start+k : end]
	if m := atOwnName.FindStringSubmatchIndex(t); m != nil {
		return ownName(s.doc, t[m[2]:m[3]], s.bi)
	}
	m := atTheName.FindStringSubmatchIndex(t)
	return m != nil && m[4] < 0 && ownName(s.doc, t[m[2]:m[3]], s.bi)
}

// atPlaceAfter opens on the place something is or is not offered at: "at
// the Crisis Stabilization Center", "at our Elm Street clinic".
var atPlaceAfter = prefilter.MustCompile(`^\s*(?:here\s+)?at\s+(?:the|our|this)\s+(?:[a-z-]+\s+){0,3}(?:center|centre|clinic|facility|campus|location|site|office|hospital)\b`)

// placeHas ends on a place of the provider's that has (or has not) a
// service: "this office has", "the clinic currently has".
var placeHas = prefilter.MustCompile(`\b(?:this|our|the)\s+(?:[a-z-]+\s+)?(?:office|clinic|center|centre|location|campus|facility|site|practice)\s+(?:currently\s+|also\s+)?(?:has|have)\s*$`)

// hasBefore reports the site's own name and "has" right before start:
// "Lantern Bay has no detox".
func hasBefore(s *sentence, start int) bool {
	// ("Ridgeline has no detox waiting list" denies a wait.)
	if k := indexFrom(s.lower, "detox", start); k >= 0 {
		if w := wordAfter(s.lower, k+len("detox")); w == "waiting" || w == "wait" || w == "waitlist" || w == "fee" || w == "fees" {
			return false
		}
	}
	pre := strings.TrimRight(s.text[:start], " ")
	if !strings.HasSuffix(pre, " has") {
		return false
	}
	sub := nameSubject.FindStringSubmatch(strings.TrimSuffix(pre, "has"))
	return sub != nil && !notOwners[sub[1]] && ownName(s.doc, sub[1], s.bi)
}

// detoxFormIn reports a detox named by its form: "ambulatory detox",
// "outpatient detox", "inpatient withdrawal management".
func detoxFormIn(span string) bool {
	for _, f := range []string{"ambulatory", "outpatient", "inpatient", "residential", "medical", "medically"} {
		if i := indexWord(span, f, 0); i >= 0 {
			switch wordAfter(span, i+len(f)) {
			case "detox", "detoxification", "withdrawal":
				return true
			}
		}
	}
	return false
}

// placesCounted reports a sentence opening on a vague count of places:
// "Some clinics", "Most treatment centers", "Many providers", or of
// providers named before it: "Some offer home detox, others a ward"
// ("Some also receive detox" counts clients).
func placesCounted(lower string) bool {
	t := trimLeftWords(lower)
	switch firstWord(t) {
	case "some", "most", "many", "few", "several":
	default:
		return false
	}
	rest := strings.Fields(t[min(len(t), wordEnd(t, 0)):min(len(t), 60)])
	if len(rest) > 0 {
		switch rest[0] {
		case "offer", "provide", "run", "operate":
			return true
		}
	}
	for i, w := range rest {
		if i > 2 {
			break
		}
		if slices.Contains(detoxPlaces, w) || w == "providers" || w == "hospitals" || w == "organisations" || w == "organizations" || w == "services" {
			return true
		}
	}
	return false
}
