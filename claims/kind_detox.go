package claims

import (
	"strings"

	"github.com/factlint/factlint/corpus"
	"github.com/factlint/factlint/internal/prefilter"
)

// matchDetox reads whether a program offers detox. It needs a detox word
// governed by an offering verb in its clause ("we offer medical detox",
// "clients receive detox and counseling", "detox takes place in our
// residential setting", "our program begins with detox"), and reads the
// denials the same way ("does not offer detox", "are unable to provide
// detox", "rarely include detox"). Saying that clients do not need detox
// ("for people who have no need for medically supervised detox") says the
// program does not provide it; referring clients elsewhere ("we
// coordinate detox placement") says the same.
func matchDetox(s *sentence) (bool, int, int, bool) {
	// "Clients must complete detox before starting the IOP", "they cannot
	// begin until a patient has detoxed": detox is a prerequisite the
	// program does not provide.
	// ("We ask new residents to complete detox in our on-site unit
	// before joining groups": the provider's own detox comes first.)
	if prerequisiteWords(s.lower) {
		if loc := detoxFirst.FindStringIndex(s.lower); loc != nil && !ownDetoxIn(s.lower[loc[0]:loc[1]]) {
			return false, loc[0], loc[1], true
		}
	}
	// "Our IOP and PHP aren't set up to treat severe withdrawal", "Neither level is
	// made to treat withdrawal": the program is not made for it.
	// (The programs named before the verb hold the denial; "Neither …
	// nor …" denies without a "not".)
	if s.contains("withdrawal") || s.contains("detox") {
		// ("… not meant to treat withdrawal by itself, but it does include
		// outpatient detox": a denial taken back.)
		if m := madeForDetox.FindStringSubmatchIndex(s.lower); m != nil && (m[2] >= 0 || hasWord(s.lower[:m[0]], "neither")) && programNamedBefore(s, m[0]) &&
			!hasWord(s.lower[m[1]:], "but", "however", "itself", "alone", "own") {
			return false, m[0], m[1], true
		}
	}
	// "Our services / - Inpatient withdrawal management on 4 North, a
	// 12-bed unit …": an item of the provider's own list of services that
	// opens on detox offers it, whatever it goes on to say of it (unless
	// that it is not offered, or is someone else's).
	// (The words first: every list item of every page asks.)
	if s.block.Kind == corpus.BlockListItem && (s.contains("detox") || s.contains("withdrawal")) {
		if loc := servicedDetox.FindStringIndex(s.lower); loc != nil {
			// "What we don't offer / - Medical detox": a list of what the
			// provider does not do.
			if hs := s.block.Headings; len(hs) > 0 && notOfferedHeading(lowerASCII(hs[len(hs)-1])) {
				return false, loc[0], loc[1], true
			}
			if servicesListItem(s) && serviceItself(s.lower[loc[1]:]) && !negated(s.lower, loc[0]) {
				return true, loc[0], loc[1], true
			}
		}
	}
	// "Residents still drinking on arrival go through a brief detox in our
	// medical wing": withdrawal care taken at the provider's own place.
	if s.contains("through") || s.contains("undergo") {
		if loc := detoxTakenHere.FindStringIndex(s.lower); loc != nil && !negated(s.lower, loc[0]) && !hasWord(s.lower[:loc[0]], "not", "no", "never") {
			return true, loc[0], loc[1], true
		}
	}
	// "A 14-bed inpatient detox unit for adults coming off …" under
	// a provider's services: beds counted are a unit that exists, the
	// one the page describes.
	if s.contains("-bed ") {
		// ("does not have a 12-bed detox unit", "without a …": none.)
		if loc := bedsOfDetox.FindStringIndex(s.lower); loc != nil && !articlePage(s.doc.URL) && !negated(s.lower, loc[0]) && !hasWord(s.lower[:loc[0]], "not", "no", "without", "never") {
			return true, loc[0], loc[1], true
		}
	}
	// "…, a review of medicines and medically managed withdrawal on-site
	// when needed": care for withdrawal given at the provider's own
	// place, in a list of what a stay holds.
	if s.contains("on site") || s.contains("on-site") || s.contains("onsite") || s.contains("in-house") {
		if loc := withdrawalAtOwnPlace(s, withdrawalOnSite); loc != nil {
			return true, loc[0], loc[1], true
		}
	}
	// "Detox: Yes", "Medical detox – No" in a list of services: whether
	// the provider offers it.
	if e := detoxServiceLine(s); e > 0 {
		// "Detox: Yes (on site)", "Detox: Not offered".
		value := firstClause(s.lower[e:])
		if k := strings.IndexByte(value, '('); k >= 0 {
			value = value[:k]
		}
		// ("Detox: not provided on site — we coordinate referrals".)
		for _, dash := range []string{" — ", " – ", " - "} {
			if k := strings.Index(value, dash); k >= 0 {
				value = value[:k]
			}
		}
		answer := yesNoWord(value)
		// "Yes (on site)", "No – we refer out": a bare yes or no first
		// ("no charge for insured clients" is no answer).
		if w := firstWord(s.lower[e:]); answer == "" && (w == "yes" || w == "no") && bareAnswer(strings.TrimLeft(s.lower[e:], " ")[len(w):]) {
			answer = w
		}
		end := e + len(strings.TrimRight(value, " "))
		switch answer {
		case "yes":
			return true, 0, end, true
		case "no":
			return false, 0, end, true
		}
		// "What we offer / • Medical detox – 24/7 nursing and physician
		// oversight": detox described as one of the provider's services.
		if answer == "" && servicesListItem(s) && !notOffered(value) {
			label, _ := s.label()
			return true, 0, len(strings.TrimRight(label, " ")), true
		}
	}
	// "We help adults detox from alcohol safely": the provider takes
	// people through it. ("We help people find a place to detox from
	// alcohol" finds one elsewhere.)
	if s.contains("we help") {
		if loc := weHelpDetox.FindStringIndex(s.lower); loc != nil && !negated(s.lower, loc[0]) {
			return true, loc[0], loc[1], true
		}
	}
	// "At Desert Bloom, outpatient detox is supervised by our
	// addiction-medicine physician": the provider's own staff run it.
	if s.contains("by our") {
		if loc := detoxByOurStaff.FindStringIndex(s.lower); loc != nil && !negated(s.lower, loc[0]) {
			return true, loc[0], loc[1], true
		}
	}
	// "start in our on-site detox unit", "at our detox center": the
	// provider's own.
	// (The words first: the expression scanned most of a provider's
	// sentences, a twentieth of extraction.)
	if k := s.block.Kind; s.contains("our ") && (s.contains("detox") || s.contains("withdrawal")) && k != corpus.BlockHeading && k != corpus.BlockTitle {
		// ("Our Columbus campus is home to our medical detox unit", "At
		// our licensed detox facility, …": a place of several, read with
		// the places; "provides inpatient detox in our unit" says so
		// itself.)
		// ("our partner detox facilities" are another's.)
		if loc := ourDetoxUnit.FindStringIndex(s.lower); loc != nil && !negated(s.lower, loc[0]) && wordBefore(s.lower, loc[0]) != "at" && !offerVerb.MatchString(s.lower[:loc[0]]) &&
			!hasWord(s.lower, "campus", "campuses", "location", "locations") && !hasWord(s.lower[loc[0]:loc[1]], othersDetox...) && describedOnly(s.lower[loc[0]+len("our"):loc[1]]) {
			return true, loc[0], loc[1], true
		}
	}
	// "Oakshore's 16-bed detox unit provides …": the provider's own unit
	// by its name; "In 2023 we opened a 16-bed withdrawal management
	// unit", "We do not operate a residential unit or a detox unit": one
	// the provider runs, or says it does not.
	if (s.contains("detox") || s.contains("withdrawal")) && (s.contains("unit") || s.contains("center") || s.contains("facility") || s.contains("suite") || s.contains("wing")) {
		if loc := namedDetoxUnit.FindStringSubmatchIndex(s.text); loc != nil && !notOwners[s.text[loc[2]:loc[3]]] && ownName(s.doc, s.text[loc[2]:loc[3]], s.bi) && !negated(s.lower, loc[0]) {
			return true, loc[0], loc[1], true
		}
		if loc := weRunDetoxUnit.FindStringSubmatchIndex(s.lower); loc != nil {
			return loc[2] < 0, loc[0], loc[1], true
		}
		// "Highmarsh has a six-bed detox unit on the second floor": the
		// provider by its own name runs one.
		// (The claim opens after the name, which then says whose.)
		// (The name must be the site's by its address or title, and the
		// unit no place elsewhere: "Riverside has a detox center at the
		// county hospital".)
		if loc := namedHasDetoxUnit.FindStringSubmatchIndex(s.text); loc != nil && !notOwners[s.text[loc[2]:loc[3]]] && siteName(s.doc, s.text[loc[2]:loc[3]]) && !negated(s.lower, loc[0]) &&
			!placeElsewhere.MatchString(s.lower[loc[1]:]) {
			return true, loc[3] + 1, loc[1], true
		}
		// ("Larkhaven does not operate a detox unit": the provider by
		// its own name says it runs none.)
		if loc := namedLacksDetoxUnit.FindStringSubmatchIndex(s.text); loc != nil && !notOwners[s.text[loc[2]:loc[3]]] && siteName(s.doc, s.text[loc[2]:loc[3]]) && !supposed(s.lower, loc[0]) {
			return false, loc[3] + 1, loc[1], true
		}
	}
	// "This site has its own six-bed detox unit", "our facility does
	// not have a detox unit": a site of the provider's that the page
	// points at. (Placed at the page's site with the places; after a
	// label, "Detox here: this site has …" is quoted from "this".)
	if (s.contains("this ") || s.contains("our ")) && s.contains("detox") {
		// ("This clinic does not have a detox unit, but our physicians
		// offer ambulatory detox": no unit, yet detox all the same.)
		if loc := siteHasDetoxUnit.FindStringSubmatchIndex(s.lower); loc != nil && (loc[2] >= 0 || !negated(s.lower, loc[0])) && !supposed(s.lower, loc[0]) &&
			!(loc[2] >= 0 && detoxWithoutUnit(lowerASCII(s.block.Text))) {
			return loc[2] < 0, loc[0], loc[1], true
		}
	}
	// "We are not a detox facility": the provider does not provide it.
	// (Every denial holds a "not" or "n't"; the expressions run only
	// where one is. "IOP is for people who have completed detox" says
	// whom the program suits, not what it offers; the labelled sets'
	// readers take it so nearly every time.)
	detox := s.contains("detox")
	if detox && (s.contains("n't") || s.contains("n’t") || s.contains("not ")) {
		if loc := notDetoxService.FindStringIndex(s.lower); loc != nil {
			return false, loc[0], loc[1], true
		}
	}
	// "We do not detox clients", "we don't detox patients here", "we
	// detox patients on site": detox the provider's verb.
	if detox && s.contains("we ") {
		if loc := weDetoxPeople.FindStringSubmatchIndex(s.lower); loc != nil && !inCondition(s.lower, loc[0]) && plainDetoxVerb(loc[2] >= 0, s.lower[loc[1]:]) {
			return loc[2] < 0, loc[0], loc[1], true
		}
	}
	// "Northgate is a 24-bed inpatient detox unit": the provider is one.
	if (detox || s.contains("withdrawal")) && (s.contains(" is a") || s.contains(" are a")) {
		// ("The nearest option is a detox center at County Hospital"
		// names someone else's.)
		// ("Summit Dover is a 20-bed detox center operated by the county":
		// another's, under a name like the provider's.)
		if loc := isDetoxService.FindStringIndex(s.lower); loc != nil && selfDescribed(s, loc[0]) && !runByOther.MatchString(s.lower[loc[1]:]) {
			return true, loc[0], loc[1], true
		}
	}
	// Each detox word in turn, until one says something: "If you still
	// need medical detox, we will coordinate with a partner because
	// Brightwater does not offer detox in-house" says nothing of the
	// first and denies the second.
	// (Only past an opening condition: further detox words of a sentence
	// are mostly what the first one already said.)
	bracketed := false
	for _, m := range s.mentions {
		if m.subject != Detox {
			continue
		}
		// (In the provider's brackets only a denial is read: "(we work
		// with three hospitals, including their detox units)" offers
		// none.)
		if v, start, end, ok := detoxAround(s, m.start, m.end); ok && !(bracketed && v) {
			// "offers a full continuum of care for adults: medically
			// supervised detox on our campus, …": the list entry, not
			// the whole offer, is what is quoted.
			if start < m.start {
				if k := strings.LastIndexAny(s.lower[start:m.start], ":,;"); k >= 0 && strings.Contains(s.lower[start:m.start], ":") {
					start += k + 1
					start += len(s.lower[start:m.start]) - len(strings.TrimLeft(s.lower[start:m.start], " "))
				}
			}
			return v, start, end, true
		}
		// ("No medical detox needed (we do not provide detox on site)":
		// the provider's own word in brackets after it.)
		// ("Detox: Medical detox available": the label names what the
		// value says of it.)
		if !inCondition(s.lower, m.start) && !strings.Contains(s.lower[m.end:], "(we ") && !inLabel(s, m) {
			break
		}
		bracketed = !inCondition(s.lower, m.start)
	}
	// "Tollison admits adults for medically monitored detox on 5 West",
	// "we admit patients for inpatient detox": the provider takes them in
	// for it.
	if s.contains("admit") && (s.contains("detox") || s.contains("withdrawal")) {
		// (The one admitting right before: "we admit", "Tollison admits";
		// not "Our staff will call ahead: St. Mary's Hospital admits", nor
		// "We may admit … once our new unit opens".)
		if loc := admitsForDetox.FindStringIndex(s.lower); loc != nil && !negated(s.lower, loc[0]) && (wordBefore(s.lower, loc[0]) == "we" || ownNameRightBefore(s, loc[0])) {
			return true, loc[0], loc[1], true
		}
	}
	// "Our five-day outpatient detox gets you ready for the first
	// injection": the provider's own detox, the subject of what it does.
	if s.contains("our ") && s.contains("detox") {
		// (Detox the head noun: "Our guide to alcohol detox helps", "Our
		// IOP after detox typically lasts" speak of something else.)
		if loc := ourDetoxDoes.FindStringIndex(s.lower); loc != nil && !negated(s.lower, loc[0]) && !hasWord(s.lower[:loc[0]], "if", "without", "until", "before") &&
			!hasWord(s.lower[loc[0]:loc[1]], "to", "after", "on", "about", "for", "with", "before", "of", "from", "iop", "php", "guide", "take", "support") {
			return true, loc[0], loc[1], true
		}
	}
	// "Withdrawal care: medically managed detox on our campus": the
	// provider's campus is its own place (read last: an offer verb
	// before it gives the fuller quote).
	if s.contains("campus") {
		if loc := withdrawalAtOwnPlace(s, withdrawalOnCampus); loc != nil {
			return true, loc[0], loc[1], true
		}
	}
	return false, 0, 0, false
}

// withdrawalOnCampus is withdrawalOnSite said of the campus: "medically
// supervised detox on campus", "… on our campus".
var withdrawalOnCampus = prefilter.MustCompile(medicalWithdrawal + `on\s+(?:our\s+|the\s+)?campus\b`)

// withdrawalAtOwnPlace is where re (withdrawalOnSite, withdrawalOnCampus)
// finds medical withdrawal care at the provider's place, nil when it
// finds none or the sentence denies it, supposes it or refers it out.
func withdrawalAtOwnPlace(s *sentence, re *prefilter.Regexp) []int {
	loc := re.FindStringIndex(s.lower)
	if loc == nil || negated(s.lower, loc[0]) || hasWord(s.lower[:loc[0]], "not", "no", "without", "unless", "if") || referral(s.lower) {
		return nil
	}
	return loc
}

// inLabel reports a mention inside the label that opens its line
// ("Detox: …").
func inLabel(s *sentence, m mention) bool {
	if strings.IndexByte(s.lower, ':') < 0 {
		return false
	}
	_, e := s.label()
	return e > 0 && m.end <= e
}

// plainDetoxVerb reports what follows "we (do not) detox clients" as
// leaving the verb plain: a denial may only say whom by age and where
// ("under 18", "here", "on site", "at this office"), and a yes may not be
// a figure of speech ("we detox
// clients from screens"). "We don't detox patients cold turkey", "… on
// an outpatient basis", "… without a full medical exam" deny a manner of
// detox, not detox.
func plainDetoxVerb(denied bool, rest string) bool {
	if !denied {
		return !strings.HasPrefix(strings.TrimLeft(rest, " "), "from ") || detoxedFrom.MatchString(rest)
	}
	return deniedDetoxRest.MatchString(rest)
}

var detoxedFrom = prefilter.MustCompile(`^\s*from\s+(?:alcohol|opioids?|opiates?|heroin|fentanyl|benzodiazepines|benzos|drugs|substances|methamphetamine|stimulants)\b`)

var deniedDetoxRest = prefilter.MustCompile(`^\s*(?:(?:under|younger\s+than|over|older\s+than)\s+\d+\s*)?(?:(?:here|on[- ]?site|in[- ]house|anymore|any\s+longer|at\s+(?:this|our|either|any|the)\b[^,.;:]*)\s*)?(?:[.,;:!?)]|$|\s+(?:and|but|so|because|instead)\b)`)

// weDetoxPeople is detox as the provider's verb, denied or not: "we do
// not detox clients", "we detox patients".
var weDetoxPeople = prefilter.MustCompile(`\bwe\s+(do\s+not\s+|don't\s+|don’t\s+|cannot\s+|can't\s+|can’t\s+|never\s+|no\s+longer\s+)?detox\s+(?:our\s+)?(?:clients|patients|people|anyone|anybody|residents|guests|adults|teens)\b`)

// detoxAround reads whether the detox word at [d, dEnd) is offered.
func detoxAround(s *sentence, d, dEnd int) (bool, int, int, bool) {
	lower := s.lower
	lo, hi := clauseBounds(lower, d, dEnd)
	// "we coordinate detox placement", "we refer clients to detox": the
	// page sends clients elsewhere.
	if loc := lastMatch(referralVerb, lower[lo:d]); loc != nil && d-(lo+loc[1]) < 40 && !negated(lower, lo+loc[0]) &&
		!strings.HasPrefix(lower[lo+loc[1]:], " to as") && !whenDetox(lower, d) {
		// ("For overflow we also partner with two county detox
		// programs": partners beside the provider's own detox, which
		// the referral does not deny.)
		if wordBefore(lower, lo+loc[0]) == "also" {
			return false, 0, 0, false
		}
		return false, lo + loc[0], dEnd, true
	}
	// "Our outpatient detox program begins with …": the page's own
	// detox service, named as a subject.
	if ownDetox(lower, lo, d, dEnd) {
		end := dEnd + len(" "+wordAfter(lower, dEnd))
		return true, lastIndex(lower[:d], "our"), end, true
	}
	// A verb before the detox word, within its clause ("No referral is
	// needed, and every resident gets detox": a comma and "and" start
	// the detox word's own).
	if k := lastIndex(lower[lo:d], ", and "); k >= 0 {
		lo += k + len(", and ")
	}
	// ("Something many people wonder about getting help is how long the
	// detox lasts", "The top level of care offered at most clinics is
	// detox": a gerund or participle with words of its own is inside the
	// subject of the copula after it, which puts the detox word in
	// another clause; "What we offer adults is detox" offers it.)
	loc := lastMatch(detoxVerbBefore, lower[lo:d])
	// ("We do not do detox": the verb is the last "do", its denial before
	// it.)
	if loc != nil && loc[1]-loc[0] > 2 && strings.HasSuffix(lower[lo+loc[0]:lo+loc[1]], " do") {
		loc[0] = loc[1] - 2
	}
	if loc != nil && d-(lo+loc[1]) < 60 && !(nonFinite(lower[lo+loc[0]:lo+loc[1]]) && objectThenCopula(lower[lo+loc[1]:d])) {
		at := lo + loc[0]
		// "We will help you get to detox", "we can get you into detox":
		// taken to detox, on site or elsewhere, which the words do not
		// say. (Not "get you into our on-site detox", "detox here".)
		if takenTo(lower[at:d]) && !ownDetoxNear(lower, at, dEnd) {
			return false, 0, 0, false
		}
		// "offer peer support to people just leaving detox": detox as
		// the step before the one offered, said of its people.
		// (Completing detox only said of the people served: "until you
		// have completed detox" times the provider's own.)
		// (The step word must not be the verb itself.)
		if w := wordBefore(lower, d); d-(lo+loc[1]) > len(w)+1 {
			switch w {
			case "leaving", "left", "after", "following":
				return false, 0, 0, false
			case "completed", "completing", "finished", "finishing":
				if near := lower[max(lo, d-40):d]; hasWord(near, "people", "clients", "adults", "patients", "residents", "those", "who") && !hasWord(near, "until", "till", "through") {
					return false, 0, 0, false
				}
			}
		}
		// "insurers can help members in receiving the detox care they
		// need": detox paid for, wherever it is given.
		if v := lower[at : lo+loc[1]]; strings.HasPrefix(v, "receiv") || strings.HasPrefix(v, "get") {
			// ("… so you can get detox here", "… receive detox from our
			// own nurses": paid for, and given on site.)
			if hasWord(lower[lo:at], "insurance", "insurer", "insurers", "policies", "medicaid", "medicare", "coverage", "funded", "funding", "grants", "afford", "pay", "paying") && !ownDetoxNear(lower, at, dEnd) {
				return false, 0, 0, false
			}
		}
		// "Most people start with detox at a local hospital": a first
		// step taken elsewhere is no service of the provider's.
		// ("Clients can start PHP with outpatient detox, overseen by
		// their own physician", "… with detox at our partner hospital":
		// so is one someone else oversees.)
		if firstPhaseDetox.MatchString(lower[lo:d]) && (outsideDetox(lower[d:hi]) || hasWord(lower[d:], "their own", "your own", "partner", "partners", "outside")) {
			return false, 0, 0, false
		}
		// "including a lack of medical detox": a negator between the
		// verb and the detox word denies it too.
		neg := negated(lower, at) || hasWord(lower[lo+loc[1]:d], "not", "no", "without", "lack", "absence")
		// ("In the rare event that we cannot offer detox here, we
		// arrange a bed nearby": a denial supposed, not made.)
		if neg && supposed(lower, at) {
			return false, 0, 0, false
		}
		// "We do not offer ambulatory detox to anyone with a history of
		// seizures": whom it is not offered to, so it is offered to
		// others.
		if neg && restrictedTo.MatchString(lower[dEnd:]) {
			return false, 0, 0, false
		}
		if needOnly(lower[at : lo+loc[1]]) {
			// "people who need detox" says nothing of the program;
			// "do not need detox" says it does not provide it.
			if !neg {
				// "Clients needing detox will be referred out": the
				// page sends them elsewhere.
				if d-(lo+loc[1]) < 12 && referredAfter.MatchString(lower[dEnd:hi]) {
					return false, at, dEnd, true
				}
				return false, 0, 0, false
			}
			// ("Not everyone needs detox", "Some people do not need
			// detox at all": who needs it, no word of a program.)
			if someNeed.MatchString(lower[lo:at]) || mildCases(lower[lo:at]) {
				return false, 0, 0, false
			}
			return false, at, dEnd, true
		}
		// "we offer detox referrals" sends clients elsewhere; a referral
		// in the next clause ("we cannot offer detox, so we arrange a
		// referral") does not turn the denial round.
		after := lower[at:min(hi, dEnd+40)]
		if k := strings.IndexByte(lower[dEnd:min(hi, dEnd+40)], ','); k >= 0 {
			after = lower[at : dEnd+k]
		}
		// "We provide detox only and refer patients to outpatient
		// partners": what is referred out is the rest.
		if rest := strings.TrimLeft(lower[dEnd:], " "); strings.HasPrefix(rest, "only") && !strings.HasPrefix(rest, "only by referral") &&
			!strings.HasPrefix(rest, "only through") && !strings.HasPrefix(rest, "only via") {
			return !neg, at, dEnd, true
		}
		return !referral(after) != neg, at, dEnd, true
	}
	// A verb after it: "detox is available", "detoxification takes place",
	// "detox is completed on-site" (where: completed elsewhere, or before
	// admission, is no detox of the provider's).
	if loc := detoxVerbAfter.FindStringIndex(lower[dEnd:hi]); loc != nil && loc[0] < 40 && !beforehand(lower[dEnd+loc[1]:]) {
		end := dEnd + loc[1]
		// "Detox happens at a partner facility", "is provided through
		// our partner hospital": the provider says it hands detox to
		// another, which denies its own.
		if m := partnerPlace.FindStringIndex(lower[end:hi]); m != nil && !strings.Contains(lower[dEnd:end], "not") && !strings.Contains(lower[dEnd:end], "n't") && !negated(lower, d) {
			place := lower[end : end+m[1]]
			if k := strings.Index(place, " and "); k >= 0 {
				place = place[:k]
			}
			return false, d, end + len(place), true
		}
		// "The first phase, detox, takes place at Valley Hospital": a
		// place of someone else's says nothing of the provider's detox.
		// ("… at Ridgeview Hospital, our sister facility, and at our Main
		// Street clinic": a place of its own named too, before the
		// clause moves on.)
		if place := beforeNextStep(lower[end:hi]); outsideDetox("detox"+lower[end:hi]) && !strings.Contains(place, "our ") {
			return false, 0, 0, false
		}
		v := !referral(lower[d:end])
		// ("When this campus has no detox beds available, …" supposes a
		// full unit, it denies none.)
		if wordBefore(lower, d) == "no" && supposed(lower, d) {
			return false, 0, 0, false
		}
		if negated(lower[:dEnd+loc[1]], dEnd+loc[0]) || negated(lower, d) || strings.Contains(lower[dEnd:end], "not") || strings.Contains(lower[dEnd:end], "n't") || strings.Contains(lower[dEnd:end], "n’t") || strings.Contains(lower[dEnd:end], "unavailable") || hasWord(lower[dEnd:end], "never", "no") {
			v = !v
		}
		return v, d, end, true
	}
	// "The first step in a 28-day program is detox", "the first few
	// days are spent in detox": detox as a program's opening phase.
	// ("The first step is not detox but an assessment" says nothing.)
	// ("Your first week is spent in detox at County General", "most
	// people start with detox at a local hospital": someone else's
	// detox, which says nothing of the provider's.)
	if loc := firstPhaseDetox.FindStringIndex(lower[lo:d]); loc != nil {
		if negated(lower, lo+loc[0]) || hasWord(lower[lo+loc[0]:d], "not", "never", "no") || outsideDetox(lower[d:hi]) {
			return false, 0, 0, false
		}
		return true, lo + loc[0], dEnd, true
	}
	// "Detox is the first phase of our residential program", "The detox
	// program is often the opening stage of inpatient care":
	// detox said to open a program. ("Detox is the first step before any
	// program" places it before.)
	// (Only the provider's own program, "of our …": "Detox is the first
	// step in the treatment process" is a guide's, and a sentence that
	// refers or denies elsewhere offers none.)
	if loc := detoxOpensProgram.FindStringIndex(lower[dEnd:hi]); loc != nil && opensOwnDetox(lower[lo:d]) && !hasWord(lower, "not", "refer", "refers", "referral") && !strings.Contains(lower, "n't") && !strings.Contains(lower, "n’t") {
		return true, d, dEnd + loc[1], true
	}
	// A denial right before it: "no detox", "without detox", "no
	// medical detox".
	// ("If this campus has no detox beds free, …" supposes it.)
	if w, k := detoxDeniedBefore(lower, d); w != "" && !supposed(lower, d) {
		return false, k, dEnd, true
	}
	// "We don't do detox", "we do detox here".
	if pre := strings.TrimRight(lower[lo:d], " "); strings.HasSuffix(pre, " do") || strings.HasSuffix(pre, " does") {
		if doerIsProvider(strings.Fields(pre[:strings.LastIndexByte(pre, ' ')])) || ownNameBefore(s, d) {
			k := lastIndex(lower[:d], "do")
			return !negated(lower, k), k, dEnd, true
		}
	}

	// "• Handling of detox and withdrawal symptoms" in a list of a
	// program's services: an item that is only the service names it.
	// ("• Medically monitored detox on site for alcohol and opioids".)
	if s.block.Kind == corpus.BlockListItem && wordCount(s.text) <= 12 && detoxItem.MatchString(lower[:d]) && detoxItemEnd.MatchString(lower[dEnd:]) {
		return true, 0, dEnd, true
	}
	// "Medically monitored detox on site, usually three to five days":
	// a line that opens on the provider's detox, placed on its
	// premises.
	// ("…, so you never have to go elsewhere" says why, after the
	// phrase.)
	if k := s.block.Kind; k != corpus.BlockHeading && k != corpus.BlockTitle && detoxItem.MatchString(lower[:d]) && !negated(lower, d) {
		// (A partner's hospital is not the provider's place.)
		// ("Detox on our campus: not available at this time", "Medical
		// detox on our campus, coming spring 2027": no detox today.)
		if at := onSiteAfter.FindString(lower[dEnd:]); at != "" && !hasWord(at, "partner", "partners", "affiliate", "affiliated", "partnering", "local", "network", "sister", "area", "regional", "community") &&
			!unavailableAfter(firstSentenceOf(lower[dEnd+len(at):])) {
			return true, 0, dEnd + len(at), true
		}
	}
	// "- Medical detox at Meadowview, usually three to five days": an
	// item naming detox at the provider's own place.
	if s.block.Kind == corpus.BlockListItem && detoxItem.MatchString(lower[:d]) {
		if m := atOwnName.FindStringSubmatchIndex(s.text[dEnd:]); m != nil && ownName(s.doc, s.text[dEnd+m[2]:dEnd+m[3]], s.bi) {
			return true, 0, dEnd + m[1], true
		}
	}
	return false, 0, 0, false
}

// beforeNextStep is rest up to where it moves on to a next step:
// "at Valley Hospital" of "at Valley Hospital before you join our IOP".
func beforeNextStep(rest string) string {
	for _, stop := range []string{" before ", " then ", " until ", " after "} {
		if i := strings.Index(rest, stop); i >= 0 {
			rest = rest[:i]
		}
	}
	return rest
}

// outsideDetox reports a detox word (at the start of rest) placed at
// someone else's premises ("detox at a local hospital", "detox at County
// General") or that is no detox service at all ("detox education",
// "detox needs").
func outsideDetox(rest string) bool {
	w := leadingWord(rest, 0)
	after := strings.TrimLeft(rest[len(w):], " ")
	switch leadingWord(after, 0) {
	case "education", "needs", "screening", "questions", "planning":
		return true
	}
	// Where the detox is said to be ends where the clause goes on.
	for _, stop := range []string{",", ";", " before ", " then ", " and ", " until "} {
		if i := strings.Index(rest, stop); i >= 0 {
			rest = rest[:i]
		}
	}
	if strings.Contains(rest, "our ") || strings.Contains(rest, "on-site") || strings.Contains(rest, "on site") {
		return false
	}
	return hasWord(rest, "hospital", "hospitals", "elsewhere", "another", "partner", "partners", "local", "nearby", "county", "general")
}

// firstPhaseDetox ends right before a detox word that opens a program:
// "begins with a medically supervised", "the first stage of a 28-day
// treatment program is", "the first few days are usually spent in".
var firstPhaseDetox = prefilter.MustCompile(`\b(?:begins?|starts?|began|started|opens?|commences?)\s+` + startedProgram + `with\s+(?:[a-z-]+\s+){0,4}$|\bfirst\s+(?:step|stage|phase|part)\b[^.;:]{0,60}?\b(?:is|will\s+be|was)\s+(?:usually\s+|often\s+|typically\s+|generally\s+|always\s+)?(?:a\s+|an\s+)?(?:[a-z-]+\s+){0,2}$|\bfirst\b[^.;:]{0,40}?\b(?:days?|weeks?)\s+(?:of\s+[^.;:]{0,40}?)?(?:are|is)\s+(?:usually\s+|often\s+|typically\s+|generally\s+)?spent\s+in\s+(?:[a-z-]+\s+){0,2}$`)

// detoxOpensProgram follows a detox word said to open a program: " is the
// first phase of our residential program", " program is often the
// opening stage of inpatient care".
var detoxOpensProgram = prefilter.MustCompile(`^\s+(?:program\s+|programme\s+|phase\s+)?(?:is|will\s+be)\s+(?:usually\s+|often\s+|typically\s+|generally\s+|always\s+)?the\s+(?:first|initial|opening)\s+(?:step|stage|phase|part)\s+(?:of|in)\s+our\s+(?:[a-z0-9-]+\s+){0,3}?(?:program|programme|treatment|care|rehab|stay)\b`)

// opensOwnDetox reports what comes before the detox word of
// detoxOpensProgram: nothing but a determiner and care words ("The",
// "Medical", "Our medically supervised").
func opensOwnDetox(pre string) bool {
	for _, w := range strings.Fields(pre) {
		switch strings.Trim(w, ",") {
		case "the", "our", "medical", "medically", "supervised", "monitored", "managed", "inpatient", "alcohol", "drug":
		default:
			return false
		}
	}
	return true
}

// unavailableAfter reports the rest of a line that takes back what it
// placed: "not available at this time", "coming in the spring", a
// referral. ("— no transfer and no wait for a hospital bed" praises it.)
func unavailableAfter(rest string) bool {
	t := strings.TrimLeft(rest, " :,;—–-(")
	switch w := firstWord(t); w {
	case "unavailable", "coming", "planned", "opening", "soon", "temporarily":
		return true
	case "not":
		// ("not available"; "not a hospital transfer" keeps it.)
		switch wordAfter(t, len(w)) {
		case "available", "offered", "provided", "open", "yet", "operating", "accepting":
			return true
		}
	case "currently":
		// ("currently unavailable"; "currently available", "currently
		// accepting admissions" keep it.)
		return wordAfter(t, len(w)) == "unavailable"
	}
	return hasWord(rest, "refer", "referral", "referrals")
}

// firstSentenceOf is s up to its first full stop.
func firstSentenceOf(s string) string { return cutAt(s, ".") }

// detoxByOurStaff is detox said to be run by the provider's own staff.
var detoxByOurStaff = prefilter.MustCompile(`\b(?:detox|detoxification|withdrawal\s+management)\s+(?:is|are|will\s+be)\s+(?:(?:medically|closely|carefully|fully)\s+)?(?:supervised|managed|overseen|monitored|provided|run|led|handled)\s+by\s+our\s+(?:own\s+|on-site\s+|addiction-medicine\s+|addiction\s+medicine\s+|medical\s+|nursing\s+|clinical\s+|board-certified\s+)*(?:physicians?|doctors?|nurses?|staff|team|director|psychiatrists?|prescribers?|clinicians?|nurse\s+practitioners?|medical\s+director)\b`)

// detoxItem is what may open a list item before the detox word, and
// detoxItemEnd what may close it: "1) Medical Detox Timeline" titles a
// topic, it lists no service.
var detoxItemEnd = prefilter.MustCompile(`^\s*(?:services?|and\s+withdrawal(?:\s+symptoms|\s+management)?|and\s+stabilization)?` + detoxItemAlias + `?(?:\s+(?:on\s+site|on-site|onsite|in-house|available))?(?:\s+with\s+(?:nursing\s+staff|nurses|physicians|medical\s+staff|24/7\s+nursing|(?:24-hour|24/7|round-the-clock|around-the-clock)\s+(?:staff|staffing|nursing|supervision|monitoring|care))[^,.;]*)?(?:\s+for\s+(?:(?:alcohol|opioids?|opiates?|benzodiazepines?|benzos|stimulants?|methamphetamine|meth|cocaine|heroin|fentanyl|drugs|substances|adults|teens|adolescents|men|women)(?:\s*,\s*|\s+and\s+|\s+or\s+|\s*&\s*|\s*,\s*and\s+)?)+)?` + detoxItemAlias + `?\W*$`)

// detoxItemAlias is a bracketed other name or setting after a detox
// item's noun: "Social detox (withdrawal management) with 24-hour staff".
const detoxItemAlias = `(?:\s*\((?:withdrawal\s+management|detoxification|inpatient|outpatient|ambulatory|residential|on\s+site|on-site)\))`

// onSiteAfter is "on site" closing a line's opening detox phrase.
// ("Medically managed detox at our Bayview Road unit, usually 3 to 5
// days": at a place of the provider's own.)
var onSiteAfter = prefilter.MustCompile(`^\s+(?:(?:on\s+site|on-site|onsite)\b|at\s+our\s+(?:[a-z0-9'’-]+\s+){0,3}(?:unit|campus|center|centre|clinic|facility|location|suite|wing|hospital)\b|(?:on|in)\s+our\s+(?:[a-z0-9'’-]+\s+){0,2}(?:unit|campus|center|centre|clinic|facility|wing|grounds|property)\b)\s*(?:[,.;:(—–-]|$)`)

var detoxItem = prefilter.MustCompile(`^\W*(?:(?:management|supervision|monitoring)\s+of\s+|(?:medical|medically\s+supervised|medically\s+monitored|medically\s+managed|on-site|onsite|safe|social)\s+)*$`)

// restrictedTo opens on the people a service is withheld from, named by
// what sets them apart: "to anyone with a history of seizures", "for
// patients who are pregnant".
var restrictedTo = prefilter.MustCompile(`^\s*(?:services\s+)?(?:to|for)\s+(?:anyone|anybody|people|patients|clients|those|someone|adults|individuals|persons)\s+(?:with|who|whose|at|in)\b`)

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

// prerequisiteWords is the cheap test before detoxFirst, which scans the
// whole sentence (15% of check's CPU when it ran on every sentence): every
// match holds "detox" and "before", "prior to" or "until".
func prerequisiteWords(lower string) bool {
	return strings.Contains(lower, "detox") &&
		(strings.Contains(lower, "before") || strings.Contains(lower, "prior to") || strings.Contains(lower, "until") ||
			strings.Contains(lower, "start with") || strings.Contains(lower, "begin with") || strings.Contains(lower, "start in") ||
			strings.Contains(lower, "begin in"))
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
	for i := len(s.mentions) - 1; i >= 0; i-- {
		m := s.mentions[i]
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
	if startsWithPronoun(s.lower) && programSubject(st.last) && st.last != Detox {
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

var coObject = prefilter.MustCompile(`^\s*(?:care|treatment|services?|programs?|rehab|units?|beds)?\s*(?:,|\bor\b|\band\b|\bnor\b)\s*(?:a\s+|an\s+)?(?:medical\s+|medically\s+supervised\s+)?$`)

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
var detoxModifiers = prefilter.MustCompile(`^\s*(?:\([a-z]+\)\s*|medical\s+|medically\s+(?:supervised|monitored|managed)\s+)$`)

// ownDetox reports "our (medical) detox program" opening its clause.
func ownDetox(lower string, lo, d, dEnd int) bool {
	k := lastIndex(lower[lo:d], "our ")
	if k < 0 || !opensClause(lower, lo, lo+k, lo+k+3) {
		return false
	}
	if strings.Count(strings.TrimSpace(lower[lo+k+4:d]), " ") > 1 {
		return false
	}
	switch noun := wordAfter(lower, dEnd); noun {
	case "program", "programs", "services", "service", "center", "unit", "team", "facility", "option", "options", "track", "suite", "clinic":
		// "Our Detox Program" alone is a heading or a menu entry naming
		// a page, not a statement about it.
		rest := lower[indexFrom(lower, noun, dEnd)+len(noun):]
		return strings.TrimSpace(strings.Trim(rest, " .:!")) != ""
	}
	return false
}

// whenDetox reports a detox word that times something else: "we arrange
// the transfer before your detox ends" arranges the transfer.
//
// Only a detox that ends, with its owner named ("before your detox ends",
// "after the detox is complete"): "we refer clients to a hospital when
// detox is needed" and "during detox" still send them elsewhere.
func whenDetox(lower string, d int) bool {
	w := wordBefore(lower, d)
	owned := false
	for k := d; w == "your" || w == "the" || w == "their" || w == "his" || w == "her"; {
		owned = true
		k = lastIndex(lower[:k], w)
		w = wordBefore(lower, k)
	}
	switch w {
	case "before", "after", "until", "following":
	default:
		return false
	}
	rest := strings.TrimLeft(lower[d:], "abcdefghijklmnopqrstuvwxyz")
	return owned && detoxEnds.MatchString(rest)
}

var detoxEnds = prefilter.MustCompile(`^\s+(?:ends|end|finishes|is\s+(?:over|complete|completed|done|finished))\b`)

// ("gets our help finding a detox bed", "we help you find a detox
// program": a search for care elsewhere.)
var referralVerb = prefilter.MustCompile(`\b(?:refer|refers|referred|coordinate|coordinates|arrange|arranges|partner\s+with|(?:help|helps|helping)\s+(?:\w+\s+)?(?:find|finding|locate|locating)|(?:our|with)\s+help\s+(?:finding|to\s+find|locating))\b`)

// ownDetoxNear reports the provider's own detox said right at the detox
// word taken to: "get you into our on-site detox", "get into detox here",
// "detox at our hospital" (not "…, then return to our program").
func ownDetoxNear(lower string, at, dEnd int) bool {
	if hasWord(lower[at:dEnd], "our", "on-site", "onsite", "in-house") {
		return true
	}
	after := strings.TrimLeft(lower[dEnd:min(len(lower), dEnd+30)], " ")
	for _, p := range []string{"here", "right here", "on site", "on-site", "onsite", "at our", "on our", "in our", "with us", "in-house"} {
		if strings.HasPrefix(after, p) {
			return true
		}
	}
	return false
}

// takenTo reports words from a verb to the detox word that take someone
// there: "get to ", "get you into ", "getting them to ".
func takenTo(t string) bool {
	f := strings.Fields(t)
	if len(f) < 2 || f[0] != "get" && f[0] != "gets" && f[0] != "getting" {
		return false
	}
	if f[1] == "to" || f[1] == "into" {
		return true
	}
	return len(f) >= 3 && (f[2] == "to" || f[2] == "into")
}

// lastMatch returns the last match of re in s.
func lastMatch(re *prefilter.Regexp, s string) []int {
	all := re.FindAllStringIndex(s, -1)
	if len(all) == 0 {
		return nil
	}
	return all[len(all)-1]
}

func needOnly(verb string) bool {
	return strings.HasPrefix(verb, "need") || strings.HasPrefix(verb, "requir")
}

// referral: the page sends clients elsewhere for detox.
// "Also referred to as withdrawal management" names detox; it sends no
// one anywhere.
func referral(s string) bool {
	s = strings.ReplaceAll(strings.ReplaceAll(s, "referred to as", ""), "refers to", "")
	return strings.Contains(s, "refer") || strings.Contains(s, "placement") || strings.Contains(s, "coordinat") ||
		strings.Contains(s, "partner") || strings.Contains(s, "elsewhere") || strings.Contains(s, "another facility")
}

// detoxTakenHere is detox gone through at the provider's own place: "go
// through a brief detox in our medical wing", "undergo medical detox on
// site", "goes through withdrawal management here".
var detoxTakenHere = prefilter.MustCompile(`\b(?:(?:go|goes|going|went)\s+through|undergo|undergoes)\s+(?:a\s+|an\s+|the\s+|their\s+|his\s+|her\s+)?(?:(?:short|brief|medical|medically\s+supervised|supervised|monitored|safe)\s+)*(?:detox|detoxification|withdrawal\s+management)\s+(?:(?:in|at|on)\s+our\b|here\b|on\s+site\b|on-site\b|onsite\b|with\s+us\b)`)

// bedsOfDetox opens a sentence on a detox unit and its count of beds:
// "A 12-bed inpatient detox unit", "Our 16-bed withdrawal management
// center"; or names it as what a facility has: "a lodge of 40 beds
// with an 8-bed detox unit", "includes a 10-bed detox wing".
var bedsOfDetox = prefilter.MustCompile(`(?:^\W*|\b(?:with|has|have|includes|including|houses|operates)\s+)(?:a|an|our|the)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty)-bed\s+(?:[a-z-]+\s+){0,3}?(?:detox|detoxification|withdrawal(?:\s+management)?)\s+(?:unit|center|centre|facility|wing)\b`)

// withdrawalOnSite is medical care for withdrawal named with the place it
// is given at: "medically monitored withdrawal on site", "medically
// supervised detox in-house".
var withdrawalOnSite = prefilter.MustCompile(medicalWithdrawal + `(?:on\s+site|on-site|onsite|in-house)\b`)

// medicalWithdrawal opens withdrawalOnSite and withdrawalOnCampus:
// "medically monitored withdrawal ", "medically managed detox ".
const medicalWithdrawal = `\bmedically\s+(?:monitored|managed|supervised)\s+(?:withdrawal|detox|detoxification)(?:\s+management)?\s+`

// someNeed opens a clause on a part of people, or on not all of them:
// "not everyone", "not every client", "some people", "many adults".
// mildCases reports a need-holder qualified by how light the use is
// ("Often, patients displaying mild dependence will not require a
// detox", "Light drinkers do not need medical detox") or a drug itself
// ("Stimulants like cocaine typically don't require medical detox",
// "Cannabis users rarely need detox"): who or what needs detox, no word
// of a program. A relative clause still names the people a program is
// for ("Adults with mild use who do not need detox do well in our IOP"),
// and a program of the provider's named with the drug still answers
// ("Our cannabis program does not require detox").
func mildCases(before string) bool {
	if hasWord(before, "who", "that", "whose") {
		return false
	}
	if hasWord(before, "mild", "milder", "mildly", "light", "lighter", "occasional", "occasionally") {
		return true
	}
	return hasWord(before, drugWords...) && !hasWord(before, "our", "we", "program", "programs", "programme", "iop", "php", "clinic", "center", "centre")
}

// drugWords name drugs and their users as a sentence's subject.
var drugWords = []string{"stimulant", "stimulants", "cocaine", "crack", "meth", "methamphetamine", "amphetamines", "marijuana", "cannabis",
	"weed", "thc", "kratom", "nicotine", "hallucinogens", "psychedelics", "lsd", "mushrooms", "ecstasy", "mdma", "inhalants"}

var someNeed = prefilter.MustCompile(`^\W*(?:\w+\W+){0,3}?(?:not\s+(?:everyone|everybody|every\s+\w+|all\s+\w+)|(?:some|many|most|plenty\s+of)\s+(?:people|clients|patients|adults|teens|individuals|drinkers|users))\s`)

var (
	detoxFirst      = prefilter.MustCompile(`\b(?:must|need to|needs to|have to|has to|should|(?:require|requires|required|expect|expects|ask|asks)\s+(?:[a-z]+\s+){0,3}?to)\s+(?:first\s+)?(?:complete|completed|finish|finished|undergo|go through|have completed|have finished)\s+(?:a\s+|an\s+|medical\s+|medically\s+supervised\s+)*(?:detox|detoxification)\b[^.;]{0,30}\b(?:before|prior to)\b|\b(?:should|must|need to|needs to)\s+(?:start|begin)\s+(?:with|in)\s+(?:a\s+|an\s+)?(?:inpatient\s+|medical\s+|medically\s+(?:supervised|managed)\s+|hospital\s+)*(?:detox|detoxification)\b|\b(?:cannot|can't|can’t|won't|will not|do not|does not)\s+(?:begin|start)\s+until\b[^.;]{0,40}\b(?:detoxed|detoxified|completed (?:a |medical )?detox(?:ification)?|finished (?:a |medical )?detox(?:ification)?)\b`)
	detoxVerbBefore = prefilter.MustCompile(`\b(?:offer|offers|offered|offering|provide|provides|provided|providing|run|runs|running|conduct|conducts|oversee|oversees|include|includes|included|including|deliver|delivers|receive|receives|receiving|get|gets|getting|perform|performs|need|needs|needed|needing|require|requires|required|requiring)\b|\bspeciali[sz](?:e|es|ed|ing)\s+in\b|\b(?:begin|begins|start|starts)\s+` + startedProgram + `with\b|\bassists?\s+(?:in|with)\b|\b(?:on-site|onsite|in-house)\b|\b(?:do\s+not|don't|don’t|does\s+not|doesn't|doesn’t)\s+do\b`)
	detoxVerbAfter  = prefilter.MustCompile(`^[\w\s,()-]{0,30}?\b(?:is|are|can\s+be|may\s+be)?(?:n't|n’t)?\s*(?:also\s+)?(?:not\s+)?(?:available|offered|provided|included|performed|done|unavailable)\b|^[\w\s,()-]{0,30}?\b(?:takes?\s+place|happens|occurs)\b|^\s+(?:is|are|isn't|aren't|isn’t|aren’t)\s+(?:not\s+)?(?:a\s+)?part\s+of\b|^[\w\s,()-]{0,30}?\b(?:is|are|can\s+be)\s+(?:also\s+)?(?:not\s+)?(?:completed|handled|managed)\s+(?:on-site|onsite|on\s+site|in-house|here)\b`)
	// notDetoxService: a program that is no detox service, or is for
	// people past detox.
	isDetoxService  = prefilter.MustCompile(`\b(?:is|are)\s+(?:a|an)\s+(?:(?:[0-9]+-bed|small|licensed|state-licensed|accredited|freestanding|free-standing|standalone|stand-alone|private|dedicated|medically\s+(?:monitored|supervised|managed)|medical|inpatient|residential|outpatient|ambulatory),?\s+)*(?:stabili[sz]ation\s+and\s+)?(?:detox|detoxification|withdrawal(?:\s+management)?)(?:-only|\s+only)?\s+(?:and\s+stabili[sz]ation\s+)?(?:unit|center|centre|facility|program|clinic|service)\b`)
	notDetoxService = prefilter.MustCompile(`\b(?:not|n't|n’t)\s+(?:a|an)\s+(?:medical\s+|inpatient\s+|residential\s+)?(?:detox|detoxification)(?:\s+(?:or|nor|and)\s+(?:a\s+|an\s+)?(?:residential|inpatient|hospital|medical))?\s+(?:program|facility|center|centre|provider|unit|clinic)\b|\b(?:detox|detoxification)\s+(?:is\s+not|isn't|isn’t)\s+(?:something|a\s+service|one\s+of\s+the\s+services)\s+(?:that\s+)?(?:we|our\s+\w+)\s+(?:offers?|provides?|does|do|handles?)\b|\b(?:is|are)\s+not\s+a\s+(?:substitute|replacement)\s+for\s+(?:a\s+)?(?:medical\s+|medically\s+(?:supervised|managed)\s+|inpatient\s+)?(?:detox|detoxification)\b`)
	// partnerPlace follows a detox verb with a partner's place: "at a
	// partner facility", "through our partner hospital".
	partnerPlace = prefilter.MustCompile(`^\s+(?:at|through|with|by)\s+(?:a\s+|an\s+|our\s+|the\s+|one\s+of\s+our\s+)?(?:[a-z'’-]+\s+){0,2}?(?:partner|partners|partnering|affiliated|outside)\b[^,.;]*`)
	// runByOther follows a service named with whoever else runs it.
	runByOther = prefilter.MustCompile(`^[^.;]{0,40}?\b(?:operated|run|managed|owned|staffed)\s+by\b`)
	// referredAfter: what happens to clients who need detox.
	referredAfter = prefilter.MustCompile(`\b(?:referred|refer|referral|referrals|sent|transferred)\b`)
)

func init() {
	register(KindSpec{
		ID: DetoxOffered, Label: "detox offered", Bool: true,
		YesNo: &YesNo{Hits: first(matchDetox), Holds: programSubject},
		Examples: []KindExample{
			// The provider's own detox described, named as a clause's
			// subject, or helped through; a partner's facilities and a
			// place found elsewhere are not its own.
			{"Medical detox\n\nGuests stay in one of our quiet, bright and private residential medical detox suites.", "detox true"},
			{"Our Day Program\n\nOur PHP meets five days a week.\n\nAt a glance\nWithdrawal management: No\nLength: 4 weeks", "detox false"},
			{"Our Evening IOP\n\nOur IOP meets three evenings a week. Detox isn't available at this clinic.", "detox false"},
			{"Does IOP Include Detox? What Families Should Know\n\nMost IOPs do not provide detox.", "iop false"},
			{"Our Evening IOP\n\nOur IOP meets three evenings a week. Medical detox isn’t offered here.", "detox false"},
			{"Our Day Program\n\nOur PHP meets five days a week.\n\nProgram facts\n• Medical detox: Yes – on site", "detox true"},
			{"Medical detox\n\nOur medically managed detoxification gives guests time to rest while substances clear.", "detox true"},
			{"Medical detox\n\nWe help people find a place to detox from alcohol.", "detox false"},
			{"Medical detox\n\nOur clinic runs outpatient groups; our partner detox facilities take new patients.", ""},
			{"Medical detox\n\nWe help adults gently and safely detox from alcohol.", "detox true"},
			{"Our forty day program includes detox.", "detox true"},
			// A verb whose own object comes before a copula does not
			// take the detox word after it.
			{"Medical detox\n\nThe first thing people ask about getting sober is how long the detox program lasts.", ""},
			{"Medical detox\n\nWhat we offer is medically supervised detox.", "detox true"},
			{"Medical detox\n\nWhat we offer adults in crisis is medically supervised detox.", "detox true"},
			{"Levels of care\n\nThe top level of care offered at most clinics is detox or residential treatment.", ""},
			{"Medical detox\n\nWe provide clients who are new to recovery with a safe, comfortable detox.", "detox true"},
			// Withdrawal care the admissions office sets up, at another
			// place or none of the provider's named, is a referral.
			{"Our IOP\n\nIOP is not a detox program. People who still drink heavily first get help from our intake team to set up medically managed withdrawal at Bayview General Hospital in most cases.", "iop false"},
			{"Our IOP\n\nIOP is not a detox program. People who still drink heavily first get help from our admissions office to set up medically managed withdrawal care.", "iop false"},
			// The detox of a place clients are referred to is that
			// place's, named or abbreviated.
			{"Do you offer detox?\n\nNo. Hollin County has no withdrawal management at its clinics. We send people to St. Agnes Hospital, which has a medical detox unit.", "detox false; detox false"},
			// A service line's answer said with where, and what follows.
			{"Hillcrest Lodge\n\nAt a glance\nRooms: private\nWithdrawal management: offered on site after an intake exam\nStaff ratio: 1 to 5", "detox true"},
			{"Hillcrest Lodge\n\nAt a glance\nRooms: private\nWithdrawal management: offered here through our partner hospital", ""},
			// A denial before detox's own setting words denies it; before
			// a form of detox, only that form.
			{"Admissions\n\nFernbrook Clinic has no medically supervised detox program.", "detox false"},
			{"Admissions\n\nFernbrook Clinic runs outpatient detox, but no inpatient detox.", "detox true"},
			// What kind of provider it is names the provider, which holds
			// the answer.
			{"FAQ\n\nLarchfield, a residential and outpatient operator, does not offer detox at any site.", "detox false"},
			{"FAQ\n\nOur sister campus, a residential and outpatient provider in Dover, does not offer detox.", "other false"},
			// A program not made for withdrawal care holds none; with no
			// program named, nothing is denied.
			{"Levels of care\n\nPHP and IOP are not built to handle withdrawal.", "iop false; php false"},
			{"Levels of care\n\nPHP and IOP are not built to handle acute withdrawal.", ""},
			{"Levels of care\n\nNeither IOP nor PHP is meant to treat withdrawal.", "php false; iop false"},
			{"Levels of care\n\nNeither program is meant to treat withdrawal, so we refer out.", ""},
			{"Levels of care\n\nOur IOP is not built to handle withdrawal alone, but it does include outpatient detox for mild cases.", "iop true"},
			// Taken to detox elsewhere.
			{"Sober living\n\nIf withdrawal starts, we will help you get to detox first.", ""},
			{"Sober living\n\nWe will help you get to detox, then return to our program.", ""},
			{"Our campus\n\nWe can get you into our on-site detox the same day.", "detox true"},
			// A place of the provider's, or the provider by its name, that
			// has no detox: the detox service's own, past an opening
			// clause about outpatient care.
			{"Wilmington office\n\nBecause Lantern Bay is outpatient only, this office has no detox services or overnight beds.", "detox false"},
			{"Lantern Bay Recovery\n\nOur evening IOP meets four nights a week. Lantern Bay has no detox or residential beds.", "detox false"},
			// The provider by its own name has a detox unit; another name
			// does not make it the provider's.
			{"Larkhaven PHP\n\nLarkhaven has a six-bed detox unit on the second floor.", "detox true"},
			{"Larkhaven PHP\n\nSt. Brendan Hospital has a detox unit across town.", ""},
			{"Larkhaven PHP\n\nLarkhaven does not operate a detox unit; our nurses can refer you to one nearby.", "detox false"},
			{"Larkhaven PHP\n\nLarkhaven has no inpatient detox unit of its own.", "detox false"},
			{"About Tidewater\n\nTidewater does not run residential care or IOP. We are a detox-only program.", "detox true"},
			// A location page names the provider with its place.
			// (By a brand of more words than one, with "now" before the verb;
			// a form of detox offered after a line about outpatient care is
			// the detox service's.)
			{"SOURCE: https://www.quillbrookhealthgroup.example/locations/salem-or/\n\nQuillbrook Health Group\n\nQuillbrook Health Salem offers outpatient counseling for adults.\n\nQuillbrook Health Salem now offers outpatient detox for mild withdrawal.", "detox true"},
			{"SOURCE: https://www.quillbrookhealth.example/locations/dover/\n\nMedical Detox in Dover, DE\n\nQuillbrook Dover is an 18-bed medical detox center beside the river.", "detox true"},
			{"SOURCE: https://www.quillbrookhealth.example/locations/dover/\n\nMedical Detox in Dover, DE\n\nQuillbrook Salem is an 18-bed medical detox center beside the river.", ""},
			{"SOURCE: https://www.quillbrookhealth.example/locations/dover/\n\nMedical Detox in Dover, DE\n\nHarbor Dover is an 18-bed medical detox center beside the river.", ""},
			{"SOURCE: https://www.quillbrookhealth.example/locations/dover/\n\nMedical Detox in Dover, DE\n\nQuillbrook Dover is an 18-bed medical detox center run by the county hospital.", ""},
			{"Larkhaven PHP\n\nLarkhaven has a partnership with a local detox center.", ""},
			// Partners "also" used: beside the provider's own detox.
			{"Brookline Recovery\n\nBrookline Recovery runs a medical detox unit on its campus. For overflow we also partner with two county detox programs.", "detox true"},
			{"Riverside Recovery\n\nRiverside has a detox center at the county hospital, and our PHP staff work with it.", ""},
			// A site of the provider's the sentence points at, with a
			// label before it or none.
			{"Riverside campus\n\nDetox here: this site has its own six-bed inpatient detox unit, which lets new patients settle in on day one.", "detox true"},
			{"Our facility\n\nOur facility houses an eight-bed detox unit.", "detox true"},
			{"Our campuses\n\nOur Beverly campus has its own detox unit.", "detox true"},
			{"Our facility\n\nThis clinic does not have a detox unit, so we refer out.", "detox false"},
			{"Our facility\n\nThis clinic does not have a detox unit, but our doctors run ambulatory detox for milder cases.", ""},
			{"Our facility\n\nIf this campus has no detox beds free, we call the next one.", ""},
			{"Our facility\n\nOur campus offers medical detox. When this campus has no detox beds open, we arrange a bed nearby. Should this campus have no detox beds free, we call you back.", "detox true"},
			{"Our facility\n\nOur campus offers medical detox. When this campus has no detox beds available, we arrange a bed nearby.", "detox true"},
			{"Our facility\n\nOur campus offers medical detox. In the rare event that we cannot offer detox here, we arrange a bed nearby.", "detox true"},
			// The provider's own clause after a program's: its detox
			// service, the clause opening on "we".
			{"Our services\n\nNone of our services are residential, and we do not have a detox unit.", "detox false"},
			// Help finding a detox elsewhere is no detox here.
			{"Evening IOP\n\nOur clinic does not provide detox. Anyone who needs it first gets our help finding a detox bed.", "detox false; detox false"},
			{"Evening IOP\n\nWe help you find a detox program near home before you start IOP.", "detox false"},
			// A page's address names it, it states nothing.
			{"Evening IOP\n\nRead next: larkfield.example/blog/does-outpatient-include-detox or /faq/can-iop-include-detox/.", ""},
			{"Evening IOP\n\nRead more at https://larkfield.example/iop-includes-detox.", ""},
			// Detox as the provider's verb, and its own word in brackets.
			{"Our IOP\n\nWe have no beds, and we don't detox patients at this office.", "detox false"},
			{"Our detox unit\n\nWe detox adults in a 10-bed unit on the second floor.", "detox true"},
			{"Our IOP\n\n- Medical detox not needed first (we do not provide detox at this office)", "detox false"},
			{"Our IOP\n\nIf we detox patients at all, a physician oversees it.", ""},
			// A manner of detox denied, a figure of speech, and a
			// bracket about someone else's detox say nothing of it.
			{"Our detox unit\n\nWe never detox patients without a full medical exam first.", ""},
			{"Our residential program\n\nIn the first week we detox clients from screens and phones.", ""},
			{"Our IOP\n\nMany clients arrive after detox elsewhere (we work closely with two hospitals, including their detox units).", ""},
			{"Teen services\n\nWe do not detox patients under 18 on site.", "detox false"},
			// A services item about detox as a topic, or no longer
			// offered, offers none; a list of what is not offered denies it.
			{"Addiction medicine\n\nOur services\n\n- Detox education for families\n- Intensive outpatient program", ""},
			{"Addiction medicine\n\nOur services\n\n- Residential detox (discontinued in 2023)\n- Intensive outpatient program", ""},
			{"Addiction medicine\n\nWhat we don't offer\n\n- Medical detox\n- Residential treatment", "detox false"},
			// An item of the provider's list of services that opens on detox.
			{"Addiction medicine\n\nOur services\n\n- Inpatient withdrawal management on 6 South, a 10-bed unit\n- Intensive outpatient program", "detox true"},
			{"Addiction medicine\n\nOur services\n\n- Medical detox through our partner hospital\n- Intensive outpatient program", ""},
			{"Medical detox\n\nWe provide round-the-clock nursing care until you have completed detox.", "detox true"},
			// The provider described as a detox service, its modifiers
			// listed with commas.
			{"Aster Point Detox\n\nAster Point is a state-licensed, freestanding withdrawal management center for adults.", "detox true"},
			{"Behavioral health at Marlow General\n\nInpatient withdrawal management - Marlow General admits adults for medically monitored detox on 4 North.", "detox true"},
			{"Behavioral health at Marlow General\n\nWe admit patients for inpatient detox when withdrawal is severe.", "detox true"},
			{"Behavioral health at Marlow General\n\nThe county hospital admits adults for detox; we arrange the transfer.", ""},
			{"Extended-release naltrexone\n\nStill using? Our five-day outpatient detox gets you ready for the first injection.", "detox true"},
			{"Extended-release naltrexone\n\nOur detox partners get you ready for the first injection.", ""},
			{"Our IOP\n\nOur IOP meets four mornings a week. Anyone who needs a detox program is referred to our medical team before starting.", "iop false"},
			{"Adult IOP at Millbrook\n\nOur adult IOP meets three evenings a week. The Millbrook office does not provide detox.", "detox false"},
			{"Teen IOP opens\n\nThe new teen IOP meets after school. Harlow Health also runs a detox unit downtown.", "detox true"},
			{"Outpatient programs near Alder, OR\n\nShowing 2 of 9 results · Sorted by distance\n\n1. Fernway Counseling (2 mi)\nEvening IOP three days a week. No detox.\n\n2. Corbel Recovery (4 mi)\nDay IOP four days a week. No detox on site.", "detox false; detox false"},
			{"Pine Hollow\n\nWhat we offer\n\n- Medical detox – coordinated with Mercy General before you arrive.\n- Residential – a 30-day stay on our campus.", ""},
			{"Pine Hollow – Eastgate\n\nPrograms at this location\n\n- Intensive Outpatient – three evenings a week\n- Outpatient (ambulatory) detox – new at Eastgate, with daily nurse check-ins", "detox true"},
			{"Pine Hollow\n\nWhat we offer\n\n- Medical detox – nurses on the unit around the clock while your body clears the substance.\n- Residential – a 30-day stay on our campus.", "detox true"},
			{"Pine Hollow\n\nWe offer a full continuum of care:\n\n- Medical detox – nurses on the unit around the clock.\n- Residential – a 30-day stay on our campus.", "detox true"},
			{"Pine Hollow\n\nLevels of care\n\n- Medical detox – supervised withdrawal over three to seven days.\n- Residential – a 30-day stay.", ""},
			{"Pine Hollow\n\nWhat we offer\n\n- Medical detox – arranged through our partner hospital.\n- Residential – a 30-day stay on our campus.", ""},
			{"Detox\n\nDetox is offered at Ridgeview Hospital, our sister facility, and at our Main Street clinic.", "detox true"},
			{"Admissions\n\nWhat we offer:\n\n* Medically managed detox at our Elm Road unit, usually 3 to 5 days\n* Residential treatment", "detox true"},
			{"Admissions\n\nMedical detox at our partner hospital, if you need it.", ""},
			{"Our Services\n\nMedically supervised detox on site, typically four to six days.", "detox true"},
			{"Our Services\n\nWhat we offer:\n\n* Medical detox (withdrawal management)\n* Residential treatment", "detox true"},
			{"Our Services\n\nWhat we offer:\n\n* Medically supervised detox on our main campus, with physicians on call\n* Residential treatment", "detox true"},
			{"Outpatient detox\n\nAt Sage Hill, outpatient detox is overseen by our addiction-medicine nurse practitioner.", "detox true"},
			{"Our Services\n\n* Detox on our campus: not available at this time\n* Residential treatment", ""},
			{"Our Services\n\n* Medical detox on our campus, coming in the spring\n* Residential treatment", ""},
			{"Our Services\n\n* Medical detox in our local hospital, Mercy General, usually 3 to 5 days\n* Residential treatment", ""},
			{"Outpatient detox\n\nDetox is not managed by our staff; a partner hospital handles it.", ""},
			{"Outpatient detox\n\nDetox is supervised by our partner's physicians at Valley General Hospital.", ""},
			{"Our Services\n\n* Medical detox on our campus, currently accepting new admissions\n* Residential treatment", "detox true"},
			{"Our Services\n\n* Medically monitored detox on our campus, currently open to new clients\n* Residential treatment", "detox true"},
			{"Medical Detox On Site", ""},
			{"Outpatient Care at Linden\n\nDetox: not offered here — ask us about referrals", "detox false"},
			{"About Linden Counseling\n\nWe do not run a residential program, and we do not provide detox on site.", "detox false"},
			{"Maplewood Recovery: Teen IOP\n\nTeens in withdrawal are referred to a hospital first and then start IOP; Maplewood does not offer detox.", "detox false"},
			{"What we offer\n\n- Medically supervised detox on site for alcohol and benzodiazepines\n- Individual counseling", "detox true"},
			{"Medical Detox\n\nWe provide detox only by referral to a partner hospital.", "detox false"},
			{"Juniper Detox\n\nWe provide detox only and refer patients to outpatient and residential partners.", "detox true"},
			{"Maple Street Counseling\n\nOur IOP does not offer detox. The nearest option is a detox center at County Hospital.", "iop false"},
			{"Birch Lane IOP\n\nOur IOP requires new clients to complete medical detox before their first group.", "iop false"},
			{"Birch Lane Residential\n\nWe ask new residents to complete detox in our on-site medical unit before joining groups.", ""},
			{"Birch Lane Residential\n\nOur residential program requires most clients to complete detox, which we provide on site, before their first group.", ""},
			{"Ridge Residential\n\nNo referral is needed, and every resident gets detox as needed.", "residential true"},
			{"Ridge Counseling\n\nOur levels of care, like IOP, include medical detox on site.", "iop true"},
			{"Evening IOP\n\nOur evening IOP is not a substitute for medical detox.", "iop false"},
			{"Our IOP\n\nAnyone at risk of severe withdrawal should start with inpatient detox.", "iop false"},
			{"Our residential program\n\nMost residents begin with a short medical detox in our unit.", "detox true"},
			{"Day treatment\n\nClients in early withdrawal can start PHP with outpatient detox, overseen by our nurses during program hours.", "detox true"},
			{"Day treatment\n\nYou cannot start PHP with detox still underway; we refer you to a hospital first.", "php false"},
			{"Day treatment\n\nClients in early withdrawal can start PHP with outpatient detox, overseen by their own doctor.", ""},
			{"Day treatment\n\nClients can start PHP with detox at our partner hospital.", ""},
			{"Juniper Hall: PHP\n\nEvery PHP admission here starts with a brief medically monitored detox.", "detox true"},
			{"Rehab 101\n\nThe first stage of a typical 21-day inpatient program is medical detox.", "detox true"},
			{"Rehab 101\n\nThe first three days of a month-long program are often spent in detox.", "detox true"},
			{"Rehab 101\n\nThe first step is not detox but an assessment.", ""},
			{"Copperline Blog | How Long Does Detox Take?\n\nHow Long Does Detox Take? A Timeline by Substance", ""},
			{"Ridge Lodge Residential\n\nOur residential program lasts 30 days. Please note that Ridge Lodge does not provide detoxification services.", "detox false"},
			{"Our IOP\n\nMost people start with detox at a local hospital before joining our IOP.", ""},
			{"Our IOP\n\nYour first week is usually spent in detox at County General, then you come to us.", ""},
			{"Our IOP\n\nOur IOP begins with an orientation session and detox education.", ""},
			{"Admissions\n\nStage 2: Withdrawal care\n\nIf you still drink daily, you may start with medical detox in our on-site unit.", "detox true"},
			{"Residential\n\nMedical detox available: no charge for insured clients.", "residential true"},
			{"Our IOP\n\nMeridian does not offer residential care or detox.", "iop false"},
			{"Our outpatient detox option tapers clients off opioids over a week.", "detox true"},
			{"PHP at a glance\n\n- Days: five a week\n- Detox included: no", "php false"},
			{"Our programs\n\nClients who need withdrawal management start in our on-site detox unit.", "detox true"},
			{"Our programs\n\nWe don't do detox, and we can't prescribe controlled substances.", "detox false"},
			{"Our programs\n\n| Service | Details |\n|---|---|\n| Detox | On-site, 6-bed medically monitored unit |", "detox true"},
			{"Our programs\n\nServices\n\n- Medically monitored detox with nursing staff on duty 24/7", "detox true"},
			{"Our programs\n\nWhat do you do after detox? Most clients join our IOP.", ""},
			{"Sober living\n\nA sober home is not a treatment center: sober homes don't provide detox.", "other false"},
			{"Pine Ridge Recovery offers a day program.\n\nMost policies cover:\n\n- Medical detox at Pine Ridge, usually three to five days\n- PHP: five days a week", "detox true"},
			{"Pine Ridge Recovery\n\nAt a glance\n\nDetox on site: No\nIOP: three evenings a week", "detox false"},
			{"Pine Ridge Recovery\n\nServices at a glance\nDetox: Yes\nResidential: Yes\nSober living: No", "detox true"},
			{"Pine Ridge Recovery\n\nServices\n- Medical detox: No\n- Residential: Yes", "detox false"},
			{"Pine Ridge Recovery\n\nServices\n- Detox: Not offered\n- Residential: Yes", "detox false"},
			{"Pine Ridge Recovery\n\nServices\n- Detox: Yes (on site)\n- Residential: Yes", "detox true"},
			{"Pine Ridge Recovery\n\nDetox: what to expect in the first week", ""},
			{"Our IOP\n\nDoes your IOP include detox?\nIt does not.", "iop false"},
			{"Alton campus\n\nAt a glance\nLevels of care: Residential and PHP\nMedical detox: not on site (we arrange it at the Brandon unit)", "detox false"},
			{"Evening IOP\n\nDo you offer detox?\nNot on site. We refer clients who need withdrawal care to a hospital nearby.", "detox false"},
			{"Our IOP\n\nDoes your IOP include detox?\nWe do, through our partner hospital.", "iop true"},
			{"Our IOP meets three evenings a week. Detox is not something we provide on site.", "detox false"},
			{"Our IOP meets three evenings a week. Detox isn’t a service our clinic offers.", "detox false"},
			{"Our residential program offers medical detox on site.", "residential true"},
			{"Residential Treatment\n\nOur residential program lasts 30 days. We do not provide detox at this location.", "detox false"},
			{"Intensive Outpatient\n\nOur IOP meets three evenings a week. Clients here do not need detox.", "iop false"},
			{"Cedar Ridge Residential\n\nOur residential program lasts 30 days. Cedar Ridge does not provide detox on site.", "detox false"},
			{"Northgate Detox\n\nNorthgate is a 24-bed inpatient detox unit.", "detox true"},
			{"Northgate Recovery\n\nNorthgate is a 40-bed stabilization and detoxification unit.", "detox true"},
			{"Northgate Recovery\n\nNorthgate is a 30-bed detox and stabilization unit for adults.", "detox true"},
			{"Pine Hollow\n\nOur residential program typically offers:\n\n- Private rooms\n- Medical detox, with nurses on the unit\n- Family sessions", "detox true"},
			{"Pine Hollow\n\nA typical program includes:\n\n- Private rooms\n- Medical detox, with nurses on the unit\n- Family sessions", ""},
			{"Pine Hollow\n\nThis program includes:\n\n- Private rooms\n- Medical detox, with nurses on the unit\n- Family sessions", ""},
			{"Pine Hollow\n\nOur residential program typically offers:\n\n- Private rooms\n- Medical detox referrals\n- Family sessions", ""},
			{"Pine Hollow\n\nOur program offers:\n\n- Detox and rehab placement help\n- Family sessions", ""},
			{"Pine Hollow\n\nOur program offers:\n\n- Detox & residential treatment\n- Family sessions", "detox true"},
			{"IOP and PHP compared\n\n| | PHP | IOP |\n|---|---|---|\n| Medical detox | Not included | Not included |", "php false; iop false"},
			{"IOP and PHP compared\n\n| | PHP | IOP |\n|---|---|---|\n| Medical detox included | Sometimes | No |", "iop false"},
			{"Our IOP at a glance\n\n- Typical length: 8 to 10 weeks\n- Detox: not offered on site; referrals provided", "detox false"},
			{"Juniper Detox\n\nJuniper Crossing provides inpatient medical detox for adults.", "detox true"},
			{"Clear Start\n\nClear Start offers outpatient (ambulatory) detox.", "detox true"},
			{"Our IOP\n\nOur IOP is not a detox program.", "iop false"},
			{"Our IOP is a day program. We are not a detox facility.", "detox false"},
			{"Neither our IOP nor our PHP offers medical detox.", "php false; iop false"},
			{"Our IOP is designed for people who have already completed detox.", ""},
			{"Our IOP is a day program. Clients needing detox will be referred out.", "iop false"},
			// Withdrawal care gone through at the provider's own place; a
			// name in the possessive form is still the provider's.
			{"Hollis Farm residential program\n\nResidents still drinking on arrival go through a brief detox in our medical wing.", "detox true"},
			{"Miller's Crossing residential program\n\nOur residential program lasts 120 days. Miller's Crossing does not offer medical detox.", "detox false"},
			// A unit whose beds are counted exists.
			{"Our services\n\nA 16-bed medical detox unit for adults, with nurses on the floor at all hours.", "detox true"},
			// Care for withdrawal named with the provider's own place.
			{"Residential program\n\nThe first week brings a psychiatric check, a medication review and medically managed withdrawal on-site if needed.", "detox true"},
			{"Residential program\n\nWe do not offer medically monitored withdrawal on site.", "detox false"},
			// Who needs detox, no word of a program.
			{"Do I need detox first?\n\nNot everybody needs detox before starting counseling.", ""},
			{"Do I need detox first?\n\nMany drinkers do not need medical detox at all.", ""},
			// Whose use is light enough, no word of a program.
			{"Medical Detox\n\nOften, patients showing mild dependence will not require a supervised detox.", ""},
			{"Medical Detox\n\nLight drinkers usually do not need detox.", ""},
			{"Intensive Outpatient\n\nOur IOP suits adults with mild use who do not need detox.", "iop false"},
			{"Intensive Outpatient\n\nAdults with mild use who do not need detox do well in our IOP.", "iop false"},
			{"Detox FAQ\n\nStimulants such as meth typically don't require medical detox.", ""},
			{"Detox FAQ\n\nCannabis users rarely need a medical detox.", ""},
			{"Cannabis Treatment\n\nOur cannabis program does not require detox.", "detox false"},
			{"Our IOP is a day program. Detox isn't part of our IOP.", "iop false"},
			{"Our IOP is a day program. We cannot offer detox, so we arrange a referral to a hospital.", "detox false"},
			// "do" as the verb of a denial.
			{"Cedar House\n\nPlease note that we do not do detox at this house.", "detox false"},
			{"Our IOP is a day program. Detox is never provided at our office.", "detox false"},
			{"Our Detox Program", ""},
			{"A partial hospitalization program (PHP) is an outpatient level of care designed to provide medical detox and therapy.", "php true"},
			{"The IOP does not provide detox services.", "iop false"},
			{"Detox is not available in our outpatient program.", "op false"},
			// A label naming detox before the line's word on it.
			{"Our clinic\n\nDetox: we do not run detox here, and a hospital nearby handles withdrawal care.", "detox false"},
			{"Many IOPs are unable to provide detox.", "iop false"},
			{"IOPs rarely include detox.", "iop false"},
			{"Our IOP\n\nMost IOPs expect clients to be medically stable, so detox happens beforehand.", ""},
			{"Our IOP does not include detoxification.", "iop false"},
			{"The IOP is for people who do not need medical detox.", "iop false"},
			{"Outpatient clients receive detox, counseling and case management.", "op true"},
			{"Costs differ, but many insurers can help members in receiving the detox care they need.", ""},
			{"State grants help uninsured adults get detox when they need it.", ""},
			{"We accept most insurance plans, so you can get detox here without a long wait.", "detox true"},
			{"Whether you pay with insurance or cash, you will receive detox in our own unit.", "detox true"},
			{"Our clients can receive detox on arrival.", "detox true"},
			{"We refer IOP clients who need detox to a partner hospital.", "iop false"},
			{"Detox is the first step before any program.", ""},
			{"Detox is the first phase of our residential program.", "detox true"},
			{"The detox program is usually the opening stage of our residential treatment.", "detox true"},
			{"Detox is the first step in the treatment process.", ""},
			{"Detox is the first step of our treatment; we do not provide it on site.", ""},
			{"Detox is not the first step of our program.", ""},
			{"If you need it, detox is the first step of the program.", ""},
			{"Detox is the first phase of our day.", ""},
			{"Some guides claim detox is the first phase of every program.", ""},
			{"Detox is not part of our IOP.", "iop false"},
			{"We don't provide detoxification in the IOP.", "iop false"},
			{"The IOP has no detox services.", "iop false"},
			{"Our outpatient detox program begins with a physical exam.", "detox true"},
			{"For residential clients we coordinate detox placement with a hospital.", "residential false"},
			// The referral verb's object is something else, timed by the
			// detox.
			{"Our detox unit is staffed around the clock. We arrange the transfer to rehab before your detox ends.", "detox true"},
			{"We arrange a hospital bed for anyone who needs detox.", "detox false"},
			{"Residential care\n\nWe refer clients to a local hospital when detox is needed.", "detox false"},
			{"Our residential program offers detox, also referred to as withdrawal management.", "residential true"},
			{"Our IOP is part of a continuum that includes detox coordination with local hospitals.", "iop false"},
			{"What is a PHP? Our detox program lasts 5 to 7 days.", "detox true"},
			{"Clients must complete medical detox before starting our IOP.", "iop false"},
			{"Our residential program offers withdrawal management on site.", "residential true"},
			{"Partial Hospitalization\n\nOur PHP sessions include these services:\n\n- Medically supervised detox\n- Family counseling", "php true"},
			{"Partial Hospitalization\n\nOur PHP sessions include these services:\n\n- Family counseling after detox", ""},
			{"Partial Hospitalization\n\nWhat to expect:\n\n1) Medical Detox Timeline", ""},
			{"Our IOP. Groups cannot begin until a client has safely detoxed.", "iop false"},
			{"Many clients complete detox and then move on to our IOP.", ""},
			// A partner's place for the provider's detox denies its own;
			// a count of beds names a unit the facility has; a campus is
			// the provider's own place.
			{"Harbor Glen outpatient\n\nDetox takes place through our partner clinic across town.", "detox false"},
			{"Harbor Glen outpatient\n\nDetox takes place at our main clinic, and partner agencies send us most referrals.", "detox true"},
			{"Fenwick House\n\nA 30-bed recovery residence with an 8-bed medically managed detox wing.", "detox true"},
			{"Fenwick House\n\nFenwick House does not have an 8-bed medically managed detox wing.", ""},
			{"Ridge Road office\n\nOur Ridge Road office has a ten-bed detox unit.", "detox true"},
			{"Our day program\n\nDetox: medically managed detox on our campus if you need it", "detox true"},
			{"About us\n\nWe are not a detox or hospital program, and we do not keep anyone overnight.", "detox false"},
		},
	})
}

// viaProgram reports "via the IOPs", "through our PHP".
func viaProgram(lower string, i int) bool {
	w, _ := wordBeforeArticle(lower, i)
	return w == "via" || w == "through" || w == "within"
}

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
// ("one of our quiet, private residential detox suites": a few words of
// description may come first; "Our medically managed detoxification gives
// guests …" names the service by itself as a clause's subject.)
var ourDetoxUnit = prefilter.MustCompile(`\bour\s+(?:(?:[a-z-]+,?|and)\s+){0,6}?` + unitModifiers + `(?:detox|detoxification|withdrawal\s+management)\s+(?:unit|units|center|centers|centre|facility|facilities|program|programme|services|suite|suites|wing|beds|team)\b|` +
	`\bour\s+` + unitModifiers + `(?:detox|detoxification)\s+(?:allows|helps|gives|lets|provides|offers|keeps|begins|starts)\b`)

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

// namedLacksDetoxUnit: a name that has, runs or operates no detox unit.
// (Not one of a size: "does not have an 8-bed detox wing" may have
// another.)
var namedLacksDetoxUnit = prefilter.MustCompile(`\b([A-Z][A-Za-z]+(?:\s[A-Z][A-Za-z]+){0,2})\s+(?:(?:does\s+not|doesn't|doesn’t)\s+(?:currently\s+)?(?:have|run|operate|maintain)\s+(?:a|an|its\s+own)|has\s+no)\s+(?:own\s+)?(?:(?:on-site|onsite|in-house|medical|medically\s+(?:monitored|supervised|managed)|inpatient|licensed)\s+)*(?:detox|detoxification|withdrawal\s+management)\s+(?:unit|center|centre|facility|suite|wing)\b`)

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
var siteHasDetoxUnit = prefilter.MustCompile(`\b(?:this|our)\s+(?:[a-z]+\s+){0,2}?(?:campus|location|facility|site|clinic|center|centre|building)\s+(?:also\s+|now\s+)?(?:(does\s+not\s+have|doesn't\s+have|doesn’t\s+have|has\s+no)|has|houses|runs|operates|maintains)\s+(?:a\s+|an\s+|its\s+)?` + unitModifiers + `(?:detox|detoxification|withdrawal\s+management)\s+(?:unit|center|centre|facility|suite|wing|beds)\b`)

// weRunDetoxUnit: the provider runs (or, with the group, does not run) a
// detox unit.
var weRunDetoxUnit = prefilter.MustCompile(`\bwe\s+(?:also\s+|recently\s+)?(do\s+not\s+|don't\s+|don’t\s+|no\s+longer\s+)?(?:have|run|operate|opened|added|launched|maintain|built)\s+(?:a|an|our\s+own)\s+(?:[a-z0-9-]+\s+){0,4}?(?:detox|detoxification|withdrawal\s+management)\s+(?:unit|center|centre|facility|suite|wing)\b`)

var offerVerb = prefilter.MustCompile(`\b(?:provide|provides|provided|offer|offers|offered|deliver|delivers)\b`)

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

// doerIsProvider reports the words before "do detox" ending on the
// provider, past a denial: "we don't", "our clinic does not" (not "we ask
// that new clients").
func doerIsProvider(words []string) bool {
	for len(words) > 0 {
		switch w := words[len(words)-1]; w {
		case "not", "don't", "don’t", "doesn't", "doesn’t", "also", "never", "simply":
			words = words[:len(words)-1]
			continue
		}
		break
	}
	if len(words) == 0 {
		return false
	}
	switch last := words[len(words)-1]; last {
	case "we", "i":
		return true
	case "clinic", "center", "centre", "program", "facility", "team":
		return len(words) >= 2 && words[len(words)-2] == "our"
	}
	return false
}

// bareAnswer reports what may follow a bare yes or no: nothing, or a
// bracket, dash or comma setting off more.
func bareAnswer(rest string) bool {
	rest = strings.TrimLeft(rest, " ")
	return rest == "" || strings.ContainsRune("(,;.–—-:", []rune(rest)[0])
}

// beforehand reports a time before the program right after the verb:
// "so detox happens beforehand", "detox takes place first, at a
// hospital": not a service the page offers.
func beforehand(rest string) bool {
	switch wordAfter(rest, 0) {
	case "beforehand", "before", "first", "earlier", "elsewhere", "prior":
		return true
	}
	return false
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

// atPlaceAfter opens on the place something is or is not offered at: "at
// the Crisis Stabilization Center", "at our Elm Street clinic".
var atPlaceAfter = prefilter.MustCompile(`^\s*(?:here\s+)?at\s+(?:the|our|this)\s+(?:[a-z-]+\s+){0,3}(?:center|centre|clinic|facility|campus|location|site|office|hospital)\b`)

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

// siteName reports a name whose letters run in the page's host or title:
// stricter than ownName, which also takes a masthead's partner.
func siteName(doc *corpus.Document, name string) bool {
	key := strings.ToLower(strings.ReplaceAll(name, " ", ""))
	return hostHolds(doc, name) || len(key) >= 4 && strings.Contains(lettersOnly(doc.Title), key)
}

// placeElsewhere opens on another's place: "at the county hospital", "in
// town", "across the street".
var placeElsewhere = prefilter.MustCompile(`^\s*(?:at|in|across|near|down)\s+(?:the\s+)?(?:county|state|local|regional|nearby|town|street|road|a\s+|st\.?\s|saint\s|[a-z]+\s+(?:hospital|medical))`)

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

// detoxDeniedBefore is "no" or "without" right before detox at d, past up to
// two words of its setting ("no medical detox", "without on-site
// medically supervised detox"), and where it starts; "" when none is.
func detoxDeniedBefore(lower string, d int) (string, int) {
	k := d
	for n := 0; n < 3; n++ {
		w := wordBefore(lower, k)
		k = lastIndex(lower[:k], w)
		switch {
		case w == "no" || w == "without":
			return w, k
		case n < 2 && detoxSettingWords[w]:
			continue
		}
		break
	}
	return "", 0
}

// (Not the words that tell one form of detox from another: "outpatient
// detox but no inpatient detox" denies one form only.)
var detoxSettingWords = wordSet("medical", "medically", "supervised", "monitored", "managed", "on-site", "onsite", "in-house", "clinical")

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

// objectThenCopula reports words after a verb that end in a copula past
// an object of their own: " sober is how long the ", " help is the ".
func objectThenCopula(gap string) bool {
	f := strings.Fields(gap)
	for i, w := range f {
		if w == "is" || w == "are" || w == "was" || w == "were" {
			return i > 0
		}
	}
	return false
}

// nonFinite reports a verb form that heads no clause of its own: a
// gerund or a participle ("getting", "offered").
func nonFinite(verb string) bool {
	return strings.HasSuffix(verb, "ing") || strings.HasSuffix(verb, "ed")
}
