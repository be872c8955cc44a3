package claims

import (
	"strings"

	"github.com/factlint/factlint/corpus"
	"github.com/factlint/factlint/internal/prefilter"
)

// detoxAround reads whether the detox word at [d, dEnd) is offered.
func detoxAround(s *sentence, d, dEnd int) (bool, int, int, bool) {
	lower := s.lower
	lo, hi := clauseBounds(lower, d, dEnd)
	// ("Who is not a fit for on-site detox", "Clients with a seizure
	// history are not a good fit for our detox": whom the detox is not
	// for, which says it is there.)
	if notFitFor.MatchString(lower[lo:d]) {
		return false, 0, 0, false
	}
	// ("Seven days is seldom advised as it provides barely enough time
	// for detox": detox what a length leaves room for, not a service.)
	if strings.HasSuffix(strings.TrimRight(lower[lo:d], " "), "time for") {
		return false, 0, 0, false
	}
	// ("pills handed out without the care needed for a safe detox": the
	// detox what the missing help is for, no service.)
	if detoxPurpose.MatchString(lower[lo:d]) {
		return false, 0, 0, false
	}
	// "we coordinate detox placement", "we refer clients to detox": the
	// page sends clients elsewhere.
	if loc := lastMatch(referralVerb, lower[lo:d]); loc != nil && d-(lo+loc[1]) < 40 && !negated(lower, lo+loc[0]) &&
		!strings.HasPrefix(lower[lo+loc[1]:], " to as") && !whenDetox(lower, d) {
		// ("These clients are referred to a hospital detox unit",
		// "Pregnant clients are referred to …": some clients sent on,
		// which says nothing of the detox the rest get.)
		if subgroupReferred.MatchString(lower[:lo+loc[0]]) {
			return false, 0, 0, false
		}
		// ("Many short-term rehabs refer clients to a separate detox
		// first, but …": other providers' referrals, which say nothing
		// of this one's detox.)
		// ("These programs refer clients to a partner detox", "programs
		// like ours": the provider's own, pointed at.)
		if pre := lower[lo : lo+loc[0]]; hasWord(pre, "rehabs", "programs", "facilities", "centers", "centres", "clinics", "providers") &&
			!hasWord(pre, "we", "our", "us", "ours", "these", "those") {
			return false, 0, 0, false
		}
		// ("For overflow we also partner with two county detox
		// programs": partners beside the provider's own detox, which
		// the referral does not deny.)
		if wordBefore(lower, lo+loc[0]) == "also" {
			return false, 0, 0, false
		}
		// ("we will first refer you to our withdrawal management
		// service", "arrange an admission to the detox wing on our main
		// campus": sent on to the provider's own detox, which it offers.)
		if ownReferral(lower, lo+loc[1], d, dEnd) {
			return true, lo + loc[0], dEnd, true
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
	// ("what the state oversees, how medical detox works": a comma and a
	// question word after the verb open another clause.)
	if loc != nil && strings.HasPrefix(lower[lo+loc[1]:d], ", ") && questionWords[wordAfter(lower, lo+loc[1]+1)] {
		loc = nil
	}
	if loc != nil && d-(lo+loc[1]) < 60 && !(nonFinite(lower[lo+loc[0]:lo+loc[1]]) && objectThenCopula(lower[lo+loc[1]:d])) {
		at := lo + loc[0]
		// "Our partner hospital offers detox", "our partner, Harlow
		// Medical, provides detox": another's service, which says
		// nothing of the provider's own.
		if s.containsAny("partner", "affiliate") && partnerBefore.MatchString(lower[:at]) {
			return false, 0, 0, false
		}
		// ("When Tom called a center that offered detox on site, he was
		// admitted the same day": some place's detox, in a clause that
		// says which place.)
		// (Not the place a subject is said to be: "We are a program that
		// offers detox on site", "Our IOP is a program that includes
		// detox".)
		if s.contains(" that ") || s.contains(" which ") {
			if loc := placeOfWhich.FindStringIndex(lower[:at]); loc != nil && !copulaWords[wordBefore(lower, loc[0])] {
				return false, 0, 0, false
			}
		}
		// "There are four levels; those levels include detox, a day
		// program and IOP", "after another level of care, including
		// detox or a day program": detox named as a level in a list of
		// them, no one's service.
		// ("Our levels of care include detox", "These levels of care,
		// which let us serve our patients, include detox" offer the
		// provider's own: a paragraph that speaks as the provider.)
		if m := levelsListed.FindStringIndex(lower[lo:at]); m != nil && strings.HasPrefix(lower[at:lo+loc[1]], "includ") && !hasWord(lowerASCII(s.block.Text[:min(len(s.block.Text), s.off+at)]), "our", "us", "we") {
			return false, 0, 0, false
		}
		// "We will help you get to detox", "we can get you into detox":
		// taken to detox, on site or elsewhere, which the words do not
		// say. (Not "get you into our on-site detox", "detox here".)
		if takenTo(lower[at:d]) && !ownDetoxNear(lower, at, dEnd) {
			return false, 0, 0, false
		}
		// ("We help every client get medical detox before IOP": help
		// getting it elsewhere, a referral.)
		if v := lower[at : lo+loc[1]]; (v == "get" || v == "gets" || v == "getting") && !ownDetoxNear(lower, at, dEnd) {
			// (The provider's help: "State grants help uninsured adults
			// get detox" is a payer's.)
			// (Detox right after "get", and not set going here: "help each
			// patient get comfortable during detox", "get detox started
			// the same day" are the provider's own.)
			if k := lastIndexAnyWord(lower[max(lo, at-30):at], "help", "helps", "helping"); k >= 0 && hasWord(lower[max(0, max(lo, at-30)+k-24):max(lo, at-30)+k], "we", "our", "us", "staff", "team") &&
				onlyDetoxModifiers(lower[lo+loc[1]:d]) && !detoxModifiesNoun(lower[dEnd:]) {
				return false, max(lo, at-30) + k, dEnd, true
			}
		}
		// "offer peer support to people just leaving detox": detox as
		// the step before the one offered, said of its people.
		// (Completing detox only said of the people served: "until you
		// have completed detox" times the provider's own.)
		// (The step word must not be the verb itself.)
		// ("start PHP with us the day after their hospital detox", "once
		// your detox is over": the step before, whoever's it was.)
		k, w := d, wordBefore(lower, d)
		for detoxDeterminer[w] && k-(lo+loc[1]) > len(w)+1 {
			k = lastIndex(lower[:k], w)
			w = wordBefore(lower, k)
		}
		// ("round-the-clock nursing during and after the medical detox
		// on our unit": the detox itself is given.)
		if at := lastIndex(lower[:k], w); (w == "after" || w == "following") && at >= 0 && strings.HasSuffix(strings.TrimRight(lower[:at], " "), "during and") {
			w = ""
		}
		if k-(lo+loc[1]) > len(w)+1 {
			switch w {
			case "leaving", "left", "after", "following", "once":
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
		// "Still using every day? Start with detox, then call us": advice
		// to a reader, no service of the provider's ("Start with detox in
		// our own unit" names its own).
		// ("Start with medical detox at Seabright": a place named after it
		// is read as any other.)
		if adviceToStart.MatchString(lower[:d]) && !ownDetoxNear(lower, at, dEnd) && !hasWord(lower[dEnd:hi], "here", "our", "on-site", "onsite") && !namedPlaceAfter.MatchString(s.text[dEnd:]) {
			return false, 0, 0, false
		}
		// "including a lack of medical detox": a negator between the
		// verb and the detox word denies it too.
		// ("IOP is not a good fit for anyone who needs medical detox":
		// the need a program is not for, past negated's reach.)
		neg := negated(lower, at) || deniedBetween(lower[lo+loc[1]:d]) || needOnly(lower[at:lo+loc[1]]) && unfitForWho.MatchString(lower[lo:at])
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
				if d-(lo+loc[1]) < 12 && detoxReferred(lower[dEnd:hi]) {
					return false, at, dEnd, true
				}
				return false, 0, 0, false
			}
			// ("Not everyone needs detox", "Some people do not need
			// detox at all": who needs it, no word of a program.)
			// ("You may not need to go to detox", "you might never
			// need medical detox": a need that may go either way for
			// one reader, no word of what a program provides.)
			if someNeed.MatchString(lower[lo:at]) || mildCases(lower[lo:at]) || mayNotNeed(lower[lo:at]) {
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
		// "Detox should be done under medical supervision", "should
		// never be done at home": advice to anyone, which says nothing
		// of what this provider runs.
		if hasWord(lower[dEnd:end], "should", "ought", "shouldn't", "shouldn’t") {
			return false, 0, 0, false
		}
		// "Detox is a natural step that happens as the body clears a
		// drug": what detox is, defined, says nothing of who runs it.
		if detoxDefined.MatchString(lower[dEnd:end]) {
			return false, 0, 0, false
		}
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
var firstPhaseDetox = prefilter.MustCompile(`\b(?:begins?|starts?|began|started|opens?|commences?)\s+` + startedProgram + `with\s+(?:[a-z0-9–-]+\s+){0,4}$|\bfirst\s+(?:step|stage|phase|part)\b[^.;:]{0,60}?\b(?:is|will\s+be|was)\s+(?:usually\s+|often\s+|typically\s+|generally\s+|always\s+)?(?:a\s+|an\s+)?(?:[a-z-]+\s+){0,2}$|\bfirst\b[^.;:]{0,40}?\b(?:days?|weeks?)\s+(?:of\s+[^.;:]{0,40}?)?(?:are|is)\s+(?:usually\s+|often\s+|typically\s+|generally\s+)?spent\s+in\s+(?:[a-z-]+\s+){0,2}$`)

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
var restrictedTo = prefilter.MustCompile(`^\s*(?:services\s+)?(?:to|for)\s+(?:anyone|anybody|people|patients|clients|those|someone|adults|individuals|persons)\s+(?:with|who|whose|at|in|on|taking|using|receiving|under|over|younger|older)\b`)

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
	case "once":
		// ("referred to an outpatient program once detox and the most
		// intense part of recovery are over": the referral comes after
		// the detox, whoever's it is.)
		owned = true
	default:
		return false
	}
	rest := strings.TrimLeft(lower[d:], "abcdefghijklmnopqrstuvwxyz")
	return owned && detoxEnds.MatchString(rest)
}

var detoxEnds = prefilter.MustCompile(`^(?:\s+and\s+[^.;,]{0,40}?)?\s+(?:ends|end|finishes|is\s+(?:over|complete|completed|done|finished)|are\s+(?:over|complete|completed|done|finished)|(?:has|have)\s+(?:ended|passed|finished)|passes)\b`)

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

// ownReferral reports a referral, from its verb's end to the detox word
// at d (ending at dEnd), to the provider's own detox: "our" before the
// detox word ("refer you to our withdrawal management service"), or its
// unit placed at "our" campus after it ("the detox wing on our main
// campus"), not a partner's nor one "in our area".
func ownReferral(lower string, from, d, dEnd int) bool {
	if k := lastIndexAnyWord(lower[from:d], "our"); k >= 0 && !notOwnAfterOur[wordAfter(lower, from+k+len("our"))] {
		return true
	}
	rest := strings.TrimLeft(lower[dEnd:min(len(lower), dEnd+50)], " ")
	if w := leadingWord(rest, 0); detoxUnitNouns[w] {
		rest = strings.TrimLeft(rest[len(w):], " ")
	}
	for _, p := range []string{"on our ", "at our ", "in our "} {
		if strings.HasPrefix(rest, p) {
			return !notOwnAfterOur[wordAfter(rest, len(p)-1)]
		}
	}
	return false
}

var detoxUnitNouns = wordSet("unit", "wing", "floor", "service", "services", "program", "center", "centre", "beds", "bed", "suite")

// notOwnAfterOur are words after "our" that name someone else's care or
// a region, not the provider's own: "our partner hospital", "our area".
var notOwnAfterOur = wordSet("partner", "partners", "partnering", "area", "region", "community", "county", "city", "state", "network", "affiliated", "sister", "local")

// detoxDeterminer are the words that may stand between a step word and
// the detox it names: "after their hospital detox".
var detoxDeterminer = wordSet("their", "your", "his", "her", "the", "a", "hospital", "medical", "inpatient")

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

// mayNotNeed reports a denied need hedged as a possibility right before
// the verb: "may not", "might never".
func mayNotNeed(before string) bool {
	w := strings.Fields(before)
	if len(w) < 2 {
		return false
	}
	switch w[len(w)-2] + " " + w[len(w)-1] {
	case "may not", "might not", "may never", "might never":
		return true
	}
	return false
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

// deniedBetween reports a negator between an offer verb and the detox
// word ("including a lack of medical detox", "need not detox").
func deniedBetween(gap string) bool {
	if hasWord(gap, "no", "without", "lack", "absence") {
		return true
	}
	for i := range wordIndexes(gap, "not") {
		if !additive(gap, i+len("not")) {
			return true
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

// adviceToStart opens a sentence on an imperative to start with what
// follows: "Start with ", "First, begin with a ".
var adviceToStart = prefilter.MustCompile(`^\W*(?:(?:first|then|so|please)\s*,?\s+)?(?:start|begin)\s+(?:with|at|in)\s+(?:a\s+|an\s+)?(?:(?:medical|medically\s+[a-z]+|supervised|safe)\s+)?$`)

// namedPlaceAfter opens on a place named by a capitalised name: " at
// Seabright", " with Harbor House".
var namedPlaceAfter = prefilter.MustCompile(`^\s+(?:at|with|in)\s+(?:the\s+)?[A-Z]`)

// lastIndexAnyWord is the index in s of the last of ws found as a whole
// word, -1 when none is.
func lastIndexAnyWord(s string, ws ...string) int {
	at := -1
	for _, w := range ws {
		for i := range wordIndexes(s, w) {
			at = max(at, i)
		}
	}
	return at
}

// onlyDetoxModifiers reports words between "get" and the detox word that
// only say which detox: "", " medical ", " a medically supervised ".
func onlyDetoxModifiers(t string) bool {
	for _, w := range strings.Fields(t) {
		switch w {
		case "a", "an", "the", "medical", "medically", "supervised", "managed", "inpatient", "outpatient", "safe", "into", "to":
		default:
			return false
		}
	}
	return true
}

// detoxModifiesNoun reports the detox word before a noun of its own or set
// going: "detox medications", "detox started the same day".
func detoxModifiesNoun(rest string) bool {
	switch wordAfter(rest, 0) {
	case "started", "medication", "medications", "meds", "kit", "kits", "supplies", "care", "services", "support", "plan", "bed", "beds":
		return true
	}
	return false
}

// unfitForWho ends on whom a program is not for, before their need: "is
// not a good fit for anyone who ", "isn't the right level for people
// who ".
var unfitForWho = prefilter.MustCompile(`\b(?:is|are)(?:\s+not|n't|n’t)\s+(?:a\s+|the\s+)?(?:good\s+|right\s+|safe\s+)?(?:fit|match|choice|option|level|place|setting|appropriate|suitable|right|designed|meant|intended)\s+for\s+(?:anyone|someone|people|those|clients|patients|adults|teens|students|a\s+person|an?\s+(?:student|teen|adolescent|child|young\s+(?:person|adult))|your\s+(?:child|teen|teenager|son|daughter|loved\s+one))\s+(?:who|that)\s+$`)

// levelsListed ends on levels of care named as a whole, before the verb
// that lists them: "the four main levels of addiction care ", "another
// level of care, ". (Types or kinds of programs "including detox" are as
// often a provider's own list, and are left to the other readings.)
var levelsListed = prefilter.MustCompile(`\blevels?\s+(?:of\s+(?:[a-z-]+\s+){0,3}?(?:care|treatment|rehab|services|programs?)\s*)?(?:(?:can|may|typically|usually|generally|often|commonly)\s+)?,?\s*$`)

// detoxDefined runs from detox to a verb of happening through a
// definition's noun: " is a natural process that occurs".
var detoxDefined = prefilter.MustCompile(`^\s+(?:is|are)\s+(?:a|an|the)\s+[a-z\s,-]*?\b(?:that|which)\s+(?:usually\s+|often\s+|typically\s+|naturally\s+)?(?:takes?\s+place|happens|occurs)$`)

// notFitFor ends on whom a detox is not for: "is not a fit for our
// on-site ", "not a good candidate for ".
var notFitFor = prefilter.MustCompile(`\bnot\s+(?:a\s+)?(?:good\s+|safe\s+|right\s+)?(?:fit|candidates?|eligible|suitable|appropriate)\s+for\s+(?:our\s+|the\s+)?(?:[a-z-]+\s+){0,2}$`)

// subgroupReferred opens a sentence on some clients set apart, up to the
// verb of their referral: "These clients are ", "Pregnant clients are ",
// "Clients with a seizure history are ".
var subgroupReferred = prefilter.MustCompile(`^\s*(?:(?:these|those|such|certain)\s+(?:[a-z-]+\s+)?(?:clients|patients|people|residents|teens|adults|members)|(?:pregnant|high-risk|medically\s+complex|older)\s+(?:clients|patients|people|residents|women|adults|members)|(?:clients|patients|people|residents)\s+with\s+(?:a|an)\s+[^.;]{0,50}?)\s+(?:are|is|will\s+be|may\s+be|get|gets|can\s+be)\s+$`)

// detoxPurpose ends on help someone goes without, and what it is needed
// for, right before the detox word: "without the care needed for a
// safe ". ("We provide the support needed for a safe detox" offers it.)
var detoxPurpose = prefilter.MustCompile(`\bwithout\s+(?:(?:the|any|proper|adequate|medical|clinical)\s+)*(?:support|help|care|supervision|monitoring|resources|staff|expertise)\s+(?:(?:that\s+is|that's|which\s+is)\s+)?(?:required|needed|necessary|essential)\s+for\s+(?:an?\s+|the\s+)?(?:safe\s+|safer\s+|successful\s+|medical\s+|comfortable\s+)?$`)

// questionWords open an indirect question: "see how detox works".
var questionWords = wordSet("how", "what", "why", "when", "where", "whether", "which", "who")

// partnerBefore ends on a partner or an affiliate named as the subject of
// the verb after it, with its name in commas or none: "our partner
// hospital ", "a partner clinic ", "our affiliate, Harlow Medical, ".
var partnerBefore = prefilter.MustCompile(`\b(?:our|a|an|the|one\s+of\s+our)\s+(?:[a-z-]+\s+){0,2}?(?:partner|partners|affiliate|affiliates)(?:\s+[a-z-]+){0,2}(?:\s*,[^,;]{1,60},)?\s+$`)

// placeOfWhich ends on a place named indefinitely and the relative
// pronoun of a clause about it: "a center that ", "another facility
// which ", "any hospital that ".
var placeOfWhich = prefilter.MustCompile(`\b(?:a|an|another|any|one)\s+(?:[a-z-]+\s+){0,2}?(?:center|centre|facility|clinic|hospital|rehab|provider|place|program|unit)\s+(?:that|which)\s+(?:also\s+|only\s+|still\s+)?$`)

// copulaWords say what a subject is: "we are a …", "it is a …".
var copulaWords = wordSet("is", "are", "was", "were", "be", "being", "been", "we're", "we’re", "it's", "it’s", "remains", "as")
