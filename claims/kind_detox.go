package claims

import (
	"strings"

	"github.com/factlint/factlint/corpus"
	"github.com/factlint/factlint/internal/prefilter"
)

// followUpAfter reports care after a detox named right after its word:
// " follow-up", " follow up", " aftercare", " after-care".
func followUpAfter(rest string) bool {
	rest = strings.TrimPrefix(rest, " ")
	return strings.HasPrefix(rest, "follow-up") || strings.HasPrefix(rest, "follow up") || strings.HasPrefix(rest, "aftercare") || strings.HasPrefix(rest, "after-care")
}

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
	// ("We do not offer detox; clients must complete detox elsewhere
	// before admission": a detox word before the prerequisite says what
	// the provider offers, read as any other.)
	if prerequisiteWords(s.lower) {
		if loc := detoxFirst.FindStringIndex(s.lower); loc != nil && !ownDetoxIn(s.lower[loc[0]:loc[1]]) && !deniedDetoxBefore(s.lower[:loc[0]]) {
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
		if loc := bedsOfDetox.FindStringIndex(s.lower); loc != nil && !articlePage(s.doc.URL) && !negated(s.lower, loc[0]) && !hasWord(s.lower[:loc[0]], "not", "no", "without", "never") &&
			!othersUnit(s.lower[loc[0]:loc[1]], s.lower[loc[1]:]) {
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
		if loc := ourDetoxUnit.FindStringIndex(s.lower); loc != nil && !ownUnitOfOthers(s.lower[loc[0]:loc[1]]) && !negated(s.lower, loc[0]) && wordBefore(s.lower, loc[0]) != "at" && !offerVerb.MatchString(s.lower[:loc[0]]) &&
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
	if detox && (s.contains("we ") || s.contains("our ")) {
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
		// ("The comfort provided during detox matters": detox is when
		// something else is given, not what is offered.)
		w := wordBefore(s.lower, m.start)
		during := w == "during" || w == "throughout"
		// ("Services include detoxification follow-up and relapse
		// prevention": care after a detox, wherever it was, not the
		// detox.)
		if followUpAfter(s.lower[m.end:]) {
			continue
		}
		// (In the provider's brackets only a denial is read: "(we work
		// with three hospitals, including their detox units)" offers
		// none.)
		if v, start, end, ok := detoxAround(s, m.start, m.end); ok && !(bracketed && v) && !during {
			// ("Our packages do not include detox", "Our self-pay prices
			// do not include detox charges": what a price covers, not
			// what is offered.)
			if !v && priceDenies.MatchString(s.lower[max(0, start-40):start]) {
				break
			}
			// ("The average prices above include medically managed
			// detox", "Cost factors include where the detox center is":
			// what a cost is made of, no offer; "Without detox,
			// few people make progress": a supposition; "a psychiatrist
			// who specializes in treating addiction and medical detox": a person's
			// field.)
			if costIncludes(s.lower, start) || coverIncludes(s.lower, start) || supposedWithout(s.lower, m.start) || v && personSpecialty(s.lower, start) || shoppedFor.MatchString(s.lower[:start]) {
				break
			}
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
	// "During your detox at Cedar Hollow", "once detox at Birch House
	// begins": detox at the place the site names itself (read last too:
	// "We provide detox at Cedar Hollow" quotes its verb).
	// (A title or heading, "Detox at Pine Hill", names a page or section,
	// as "Our detox unit" over one does.)
	if k := s.block.Kind; (s.contains("detox at ") || s.contains("detoxification at ")) && k != corpus.BlockHeading && k != corpus.BlockTitle {
		// ("If you need detox at Cedar Hollow, we will arrange it with
		// Mercy General": a supposed need, met elsewhere.)
		if loc := detoxAtName.FindStringSubmatchIndex(s.text); loc != nil && !notOwners[s.text[loc[2]:loc[3]]] && siteName(s.doc, s.text[loc[2]:loc[3]]) && !negated(s.lower, loc[0]) && !inCondition(s.lower, loc[0]) {
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
// ("We do not detox adolescents", "we can detox you here", "We detox
// alcohol and opioids on site", "Our medical team detoxes patients …".)
var weDetoxPeople = prefilter.MustCompile(`\b(?:we|our\s+(?:medical\s+|nursing\s+|clinical\s+)?(?:team|staff|doctors|physicians|nurses))\s+(do\s+not\s+|does\s+not\s+|don't\s+|don’t\s+|doesn't\s+|doesn’t\s+|cannot\s+|can't\s+|can’t\s+|never\s+|no\s+longer\s+)?(?:can\s+|also\s+|safely\s+)?detox(?:es)?\s+(?:our\s+)?(?:clients|patients|people|anyone|anybody|residents|guests|adults|teens|adolescents|teenagers|minors|you|alcohol|opioids|opiates|benzodiazepines|benzos)\b`)

// detoxByOurStaff is detox said to be run by the provider's own staff.
var detoxByOurStaff = prefilter.MustCompile(`\b(?:detox|detoxification|withdrawal\s+management)\s+(?:is|are|will\s+be)\s+(?:(?:medically|closely|carefully|fully)\s+)?(?:supervised|managed|overseen|monitored|provided|run|led|handled)\s+by\s+our\s+(?:own\s+|on-site\s+|addiction-medicine\s+|addiction\s+medicine\s+|medical\s+|nursing\s+|clinical\s+|board-certified\s+)*(?:physicians?|doctors?|nurses?|staff|team|director|psychiatrists?|prescribers?|clinicians?|nurse\s+practitioners?|medical\s+director)\b`)

// othersUnit reports a detox unit counted in beds (unit, the match) as
// someone else's, by its own words ("The nearest detox unit is a 20-bed
// unit", "a partner's 12-bed detox wing") or by the rest of its clause:
// "… at the county hospital", "… at our partner hospital", "… run by St.
// Mary's Hospital next door", "… we refer clients to". A unit the
// sentence opens on ("The detox unit is a 12-bed unit …", unit ending on
// "-bed") is another's by any "by", which names an owner or a manager,
// and at any place not ours: "owned by our sister organization", "at
// Mercy General", "located at St. Mary's".
func othersUnit(unit, rest string) bool {
	if hasWord(unit, othersDetox...) || hasWord(unit, "nearest", "closest", "county", "state", "city", "regional") || placeElsewhere.MatchString(strings.TrimPrefix(rest, " unit")) {
		return true
	}
	if k := strings.IndexAny(rest, ".;"); k >= 0 {
		rest = rest[:k]
	}
	if hasWord(rest, othersDetox...) || hasWord(rest, "refer", "refers", "referred", "next", "across") || strings.Contains(rest, " run by ") || strings.Contains(rest, " operated by ") {
		return true
	}
	return strings.HasSuffix(unit, "-bed") && (hasWord(rest, "by", "sister", "located", "owned", "belongs", "belong") || strings.Contains(rest, "'s ") || strings.Contains(rest, "’s ") ||
		strings.Contains(rest, " at ") && !strings.Contains(rest, " at our "))
}

// detoxAtName is detox at a place by its name (group 1): "detox at the
// Meadows", "detoxification at Birch House".
var detoxAtName = prefilter.MustCompile(`\b(?:[Dd]etox|[Dd]etoxification)\s+at\s+(?:the\s+)?([A-Z][A-Za-z'’-]+(?:\s+[A-Z][A-Za-z'’-]+){0,3})`)

// deniedDetoxBefore reports a clause closed by a semicolon or a colon
// before a prerequisite that denies, in the provider's voice, that it
// offers detox: "We do not offer detox; …", "We are not a detox facility
// and do not provide detox; …".
func deniedDetoxBefore(pre string) bool {
	k := strings.LastIndexAny(pre, ";:")
	if k < 0 {
		return false
	}
	return ownDetoxDenial.MatchString(pre[:k])
}

// ownDetoxDenial is the provider denying detox in its own voice.
var ownDetoxDenial = prefilter.MustCompile(`\b(?:we|we\s+are|we're|we’re)\s+(?:do\s+not|don't|don’t|not|cannot|can't|can’t|are\s+not|aren't|aren’t)\s+(?:(?:currently|able\s+to|a)\s+)?(?:offer|provide|do|run|perform|handle|detox|medical\s+detox)\b[^.;:]*\bdetox|\bwe\s+(?:are\s+not|aren't|aren’t|'re\s+not|’re\s+not)\s+a\s+(?:medical\s+)?detox\b`)

// prerequisiteWords is the cheap test before detoxFirst, which scans the
// whole sentence (15% of check's CPU when it ran on every sentence): every
// match holds "detox" and "before", "prior to" or "until".
func prerequisiteWords(lower string) bool {
	return strings.Contains(lower, "detox") &&
		(strings.Contains(lower, "before") || strings.Contains(lower, "prior to") || strings.Contains(lower, "until") ||
			strings.Contains(lower, "start with") || strings.Contains(lower, "begin with") || strings.Contains(lower, "start in") ||
			strings.Contains(lower, "begin in"))
}

// detoxTakenHere is detox gone through at the provider's own place: "go
// through a brief detox in our medical wing", "undergo medical detox on
// site", "goes through withdrawal management here".
var detoxTakenHere = prefilter.MustCompile(`\b(?:(?:go|goes|going|went)\s+through|undergo|undergoes)\s+(?:a\s+|an\s+|the\s+|their\s+|his\s+|her\s+)?(?:(?:short|brief|medical|medically\s+supervised|supervised|monitored|safe)\s+)*(?:detox|detoxification|withdrawal\s+management)\s+(?:(?:in|at|on)\s+our\b|here\b|on\s+site\b|on-site\b|onsite\b|with\s+us\b)`)

// bedsOfDetox opens a sentence on a detox unit and its count of beds:
// "A 12-bed inpatient detox unit", "Our 16-bed withdrawal management
// center"; or names it as what a facility has: "a lodge of 40 beds
// with an 8-bed detox unit", "includes a 10-bed detox wing".
var bedsOfDetox = prefilter.MustCompile(`(?:^\W*|\b(?:with|has|have|includes|including|houses|operates)\s+)(?:a|an|our|the)\s+` + bedsNumber + `-bed\s+(?:[a-z-]+\s+){0,3}?(?:detox|detoxification|withdrawal(?:\s+management)?)\s+(?:unit|center|centre|facility|wing)\b` +
	// ("The Adult Withdrawal Management Unit is a ten-bed unit …": the unit
	// the sentence opens on, counted.)
	`|^\W*(?:the|our)\s+(?:[a-z-]+\s+){0,2}?(?:detox|detoxification|withdrawal(?:\s+management)?)\s+(?:unit|center|centre|facility|wing)\s+is\s+an?\s+` + bedsNumber + `-bed\b`)

// bedsNumber is the number before "-bed" in bedsOfDetox: "16", "eight".
// (bedCount, with "-bed", sizes a unit before its provider's name.)
const bedsNumber = `(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty)`

// withdrawalOnSite is medical care for withdrawal named with the place it
// is given at: "medically monitored withdrawal on site", "medically
// supervised detox in-house".
var withdrawalOnSite = prefilter.MustCompile(medicalWithdrawal + `(?:on\s+site|on-site|onsite|in-house)\b`)

// medicalWithdrawal opens withdrawalOnSite and withdrawalOnCampus:
// "medically monitored withdrawal ", "medically managed detox ".
const medicalWithdrawal = `\bmedically\s+(?:monitored|managed|supervised)\s+(?:withdrawal|detox|detoxification)(?:\s+management)?\s+`

var (
	detoxFirst      = prefilter.MustCompile(`\b(?:must|need to|needs to|have to|has to|should|(?:require|requires|required|expect|expects|ask|asks)\s+(?:[a-z]+\s+){0,3}?to)\s+(?:first\s+)?(?:complete|completed|finish|finished|undergo|go through|have completed|have finished)\s+(?:a\s+|an\s+|medical\s+|medically\s+supervised\s+)*(?:detox|detoxification)\b[^.;]{0,30}\b(?:before|prior to)\b|\b(?:should|must|need to|needs to)\s+(?:start|begin)\s+(?:with|in)\s+(?:a\s+|an\s+)?(?:inpatient\s+|medical\s+|medically\s+(?:supervised|managed)\s+|hospital\s+)*(?:detox|detoxification)\b|\b(?:cannot|can't|can’t|won't|will not|do not|does not)\s+(?:begin|start)\s+until\b[^.;]{0,40}\b(?:detoxed|detoxified|completed (?:a |medical )?detox(?:ification)?|finished (?:a |medical )?detox(?:ification)?)\b`)
	detoxVerbBefore = prefilter.MustCompile(`\b(?:offer|offers|offered|offering|provide|provides|provided|providing|run|runs|running|conduct|conducts|oversee|oversees|include|includes|included|including|deliver|delivers|receive|receives|receiving|get|gets|getting|perform|performs|need|needs|needed|needing|require|requires|required|requiring)\b|\bspeciali[sz](?:e|es|ed|ing)\s+in\b|\b(?:begin|begins|start|starts)\s+` + startedProgram + `with\b|\bassists?\s+(?:in|with)\b|\b(?:on-site|onsite|in-house)\b|\b(?:do\s+not|don't|don’t|does\s+not|doesn't|doesn’t)\s+do\b`)
	detoxVerbAfter  = prefilter.MustCompile(`^[\w\s,()-]{0,30}?\b(?:is|are|can\s+be|may\s+be)?(?:n't|n’t)?\s*(?:also\s+)?(?:not\s+)?(?:available|offered|provided|included|performed|done|unavailable)\b|^[\w\s,()-]{0,30}?\b(?:takes?\s+place|happens|occurs)\b|^\s+(?:(?:symptoms|services|care)\s+)?(?:is|are|isn't|aren't|isn’t|aren’t)\s+(?:not\s+)?(?:a\s+|an\s+)?(?:(?:standard|typical|usual|normal|regular|routine)\s+)?part\s+of\b|^[\w\s,()-]{0,30}?\b(?:is|are|can\s+be)\s+(?:also\s+)?(?:not\s+)?(?:completed|handled|managed)\s+(?:on-site|onsite|on\s+site|in-house|here)\b`)
	// notDetoxService: a program that is no detox service, or is for
	// people past detox.
	isDetoxService  = prefilter.MustCompile(`\b(?:is|are)\s+(?:a|an)\s+(?:(?:[0-9]+-bed|small|licensed|state-licensed|accredited|freestanding|free-standing|standalone|stand-alone|private|dedicated|medically\s+(?:monitored|supervised|managed)|medical|inpatient|residential|outpatient|ambulatory),?\s+)*(?:stabili[sz]ation\s+and\s+)?(?:detox|detoxification|withdrawal(?:\s+management)?)(?:-only|\s+only)?\s+(?:and\s+stabili[sz]ation\s+|and\s+(?:residential|inpatient)\s+(?:treatment\s+|rehab\s+)?)?(?:unit|center|centre|facility|program|clinic|service)\b`)
	notDetoxService = prefilter.MustCompile(`\b(?:iop|php|it|this\s+program|the\s+program|our\s+program|outpatient\s+care|outpatient\s+treatment)\s+(?:is\s+not|isn't|isn’t)\s+(?:medical\s+)?(?:detox|detoxification)\s*(?:[.;,!:]|$)|\b(?:not|n't|n’t)\s+(?:a|an)\s+(?:medical\s+|inpatient\s+|residential\s+)?(?:detox|detoxification)(?:\s+(?:or|nor|and)\s+(?:a\s+|an\s+)?(?:residential|inpatient|hospital|medical))?\s+(?:program|facility|center|centre|provider|unit|clinic)\b|\b(?:detox|detoxification)\s+(?:is\s+not|isn't|isn’t)\s+(?:something|a\s+service|one\s+of\s+the\s+services)\s+(?:that\s+)?(?:we|our\s+\w+)\s+(?:offers?|provides?|does|do|handles?)\b|\b(?:is|are)\s+not\s+a\s+(?:substitute|replacement)\s+for\s+(?:a\s+)?(?:medical\s+|medically\s+(?:supervised|managed)\s+|inpatient\s+)?(?:detox|detoxification)\b`)
	// partnerPlace follows a detox verb with a partner's place: "at a
	// partner facility", "through our partner hospital".
	partnerPlace = prefilter.MustCompile(`^\s+(?:at|through|with|by)\s+(?:a\s+|an\s+|our\s+|the\s+|one\s+of\s+our\s+)?(?:[a-z'’-]+\s+){0,2}?(?:partner|partners|partnering|affiliated|outside)\b[^,.;]*`)
	// runByOther follows a service named with whoever else runs it.
	runByOther = prefilter.MustCompile(`^[^.;]{0,40}?\b(?:operated|run|managed|owned|staffed)\s+by\b`)
	// referredAfter: what happens to clients who need detox.
	referredAfter = prefilter.MustCompile(`\b(?:referred|refer|referral|referrals|sent|transferred)\b`)
)

// detoxReferred reports a clause after a need of detox that sends the
// people elsewhere: "… will be referred out", "… receive a referral".
// ("adults who need withdrawal management, counseling and referral": a
// referral listed among what they need, beside the detox, sends no one
// away from it.)
func detoxReferred(after string) bool {
	loc := referredAfter.FindStringIndex(after)
	if loc == nil {
		return false
	}
	w := after[loc[0]:loc[1]]
	// (Not a referral received, "… receive a screening and referral", nor
	// one to a place, "… and referral to a partner hospital".)
	if (w == "referral" || w == "referrals") && (wordBefore(after, loc[0]) == "and" || wordBefore(after, loc[0]) == "or") && strings.Contains(after[:loc[0]], ",") &&
		wordAfter(after, loc[1]) != "to" && !hasWord(after[:loc[0]], "receive", "receives", "received", "given", "get", "gets", "provided", "offered") {
		return false
	}
	return true
}

func init() {
	register(KindSpec{
		ID: DetoxOffered, Label: "detox offered", Bool: true,
		YesNo: &YesNo{Hits: first(matchDetox), Holds: programSubject},
		Examples: []KindExample{
			// Detox at the site by its name and a detox unit the sentence
			// opens on counted in beds are detox the provider runs.
			{"SOURCE: https://www.cedarhollow.example/detox/\n\nWhat to expect\n\nDuring your detox at Cedar Hollow, a nurse checks on you every few hours.", "detox true"},
			{"SOURCE: https://www.cedarhollow.example/iop/\n\nCedar Hollow IOP\n\nMost clients finish detox at Mercy General before they join us.", ""},
			{"Our services\n\nThe Adult Withdrawal Management Unit is a ten-bed unit on our second floor.", "detox true"},
			{"Resources\n\nThe nearest detox unit is a 20-bed unit at the county hospital.", ""},
			// (A unit counted in beds that is a partner's; detox ordered by
			// the provider's doctor and given elsewhere.)
			{"Detox\n\nThe detox wing is a 14-bed unit at our partner hospital.", ""},
			{"Detox\n\nThe detox unit is a 10-bed unit managed by Mercy Health.", ""},
			{"Detox\n\nThe detox unit is a 20-bed unit in Mercy General's east wing.", ""},
			{"SOURCE: https://www.cedarhollow.example/detox/\n\nDetox\n\nIf you need detox at Cedar Hollow, we will arrange it with Mercy General across town.", ""},
			{"Detox\n\nWhen detox is ordered by our physician, we transfer you to Mercy General for it.", ""},
			// "Not" before a place denies the place, not the participle
			// after it: a center outside a hospital that provides detox.
			{"Levels of care\n\n- Standalone residential: a center not within a hospital, providing detox and therapy.", "residential true"},
			{"Levels of care\n\n- Residential: a treatment center not within a hospital offering detox and therapy.", "residential true"},
			{"Our IOP\n\nOur IOP is not able to provide detox.", "iop false"},
			// A denial reaches the items of a list of verb phrases that
			// "or" closes, however long the first item.
			{"Intensive outpatient programs\n\nOur IOP does not ask teens to move into a treatment center, provide medical detox, or 24-hour care.", "iop false"},
			// The time after or before detox is no detox.
			{"Our services\n\nWe offer post-detox rehab for adults in early recovery.", ""},
			{"Our services\n\nEvery new client gets a pre-detox assessment with a nurse.", ""},
			{"Our services\n\nWe offer medical detox and post detox care.", "detox true"},
			// A referral listed beside detox among what people need
			// sends no one away; one that follows the need does.
			{"Our services\n\nThe clinic serves adults who need withdrawal management, counseling and referral.", ""},
			// Detox said to be rare among others is no program's own.
			{"Detox in the county\n\nOf the clinics we surveyed, very few offered detox on site.", ""},
			{"Detox in the county\n\nWith few detox beds available, people wait for days.", ""},
			{"Medical detox\n\nWe offer detox for a few days before residential care.", "detox true"},
			{"Our services\n\nClients who need withdrawal management, including those on opioids, receive a screening and referral to a partner hospital.", "detox false"},
			{"Medical detox\n\nFew rehabs in the region offer medical detox on site, but we do.", "detox true"},
			{"Detox\n\nWith few detox beds available, we do our best to find you one quickly.", ""},
			{"Medical detox\n\nFew rehabs in the area offer medical detox on site, but we proudly offer it.", "detox true"},
			{"Medical detox\n\nVery few centers provide medical detox; we do, with twelve beds on site.", "detox true"},
			{"Medical detox\n\nFew rehabs offer detox on site; ours does.", "detox true"},
			{"Medical detox\n\nFew programs offer detox on site, but we simply do not have the beds for it.", ""},
			{"Medical detox\n\nFew programs offer detox on site, but we still offer a warm referral.", ""},
			{"Our services\n\nAdults who need withdrawal management are given a referral to the county hospital.", "detox false"},
			{"Paying for care\n\nMost state Medicaid plans pay for addiction treatment, including detox.", ""},
			{"Insurance\n\nYour health plan may cover treatment for substance use, including detoxification and counseling.", ""},
			{"Insurance\n\nYour plan may cover our services, including medical detox.", "detox true"},
			// A program to look for that offers detox is advice.
			{"Choosing a rehab\n\nLook for a program that offers medical detox if you are still drinking.", ""},
			{"Choosing a rehab\n\nGo for one which also provides detox, should you need it.", ""},
			{"Our services\n\nWe are a center that offers medical detox.", "detox true"},
			// The provider's own detox described, named as a clause's
			// subject, or helped through; a partner's facilities and a
			// place found elsewhere are not its own.
			{"Medical detox\n\nGuests stay in one of our quiet, bright and private residential medical detox suites.", "detox true"},
			{"Our Day Program\n\nOur PHP meets five days a week.\n\nAt a glance\nWithdrawal management: No\nLength: 4 weeks", "detox false"},
			{"Our Evening IOP\n\nOur IOP meets three evenings a week. Detox isn't available at this clinic.", "detox false"},
			// An aside naming a member of what is denied sits inside the
			// denial.
			{"Our Evening IOP\n\nNone of our services, including the IOP, provide detox.", "iop false"},
			{"Our Evening IOP\n\nNot one of our programs, the IOP included, offers medical detox.", "iop false"},
			{"Our Evening IOP\n\nClients who are not ready for residential care, including many in our IOP, receive outpatient detox here.", "iop true"},
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
			// A partner or an affiliate that offers detox offers its
			// own, not the provider's; the provider's own denial stands.
			{"Our services\n\nWe do not run a detox unit. Our partner clinic provides detox for anyone who needs it first.", "detox false"},
			{"Our services\n\nIf you are still drinking daily, our affiliate, Harlow Medical, offers detox across the street.", ""},
			{"Our services\n\nA partner hospital offers medical detox to our clients.", ""},
			// A denial in the provider's voice before a prerequisite is
			// the provider's no to detox, not the prerequisite's.
			{"Admissions\n\nWe do not run detox here; every client must finish detox somewhere else before intake.", "detox false"},
			{"Our services\n\nWe partner with two hospitals and offer detox in our own unit.", "detox true"},
			// Detox of a place named indefinitely, in a clause that says
			// which place, is that place's; a place the subject is said
			// to be is the subject.
			{"Our story\n\nWhen Dana phoned a clinic that offered detox on site, she got a bed the same night.", ""},
			{"About us\n\nWe are a small clinic that offers detox on site.", "detox true"},
			// Partners "also" used: beside the provider's own detox.
			{"Brookline Recovery\n\nBrookline Recovery runs a medical detox unit on its campus. For overflow we also partner with two county detox programs.", "detox true"},
			{"Riverside Recovery\n\nRiverside has a detox center at the county hospital, and our PHP staff work with it.", ""},
			// A site of the provider's the sentence points at, with a
			// label before it or none.
			{"Riverside campus\n\nDetox here: this site has its own six-bed inpatient detox unit, which lets new patients settle in on day one.", "detox true"},
			{"Our facility\n\nOur facility houses an eight-bed detox unit.", "detox true"},
			{"Our campuses\n\nOur Beverly campus has its own detox unit.", "detox true"},
			{"Our facility\n\nThis clinic does not have a detox unit, so we refer out.", "detox false"},
			{"Our facility\n\nThis clinic lacks a detox unit, so we refer out.", "detox false"},
			{"SOURCE: https://www.ridgewayrecovery.example/about/\n\nAbout Ridgeway\n\nRidgeway lacks a detox unit of its own.", "detox false"},
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
			{"Residential care\n\nWe detox alcohol and opioids on site.", "detox true"},
			// Whom the detox is not for, and some clients sent on, say
			// nothing against it.
			{"Medical detox\n\nClients with a seizure history are not a good fit for our on-site detox.", ""},
			{"Medical detox\n\nPregnant clients are referred to a hospital detox unit.", ""},
			{"Medical detox\n\nWe do not offer detox for patients on high-dose benzodiazepines; a hospital unit takes them.", ""},
			{"Medical detox\n\nWe do not offer detox for anyone under 18.", ""},
			{"Our IOP\n\nClients who need detox are referred to a hospital detox unit.", "iop false"},
			{"Residential care\n\nWe can detox you here before residential care begins.", "detox true"},
			{"Residential care\n\nOur medical team detoxes patients in a quiet wing.", "detox true"},
			{"Teen residential care\n\nWe do not detox adolescents.", "detox false"},
			{"Residential care\n\nWe detox from the stress of daily life with yoga.", ""},
			{"Our detox unit\n\nWe detox adults in a 10-bed unit on the second floor.", "detox true"},
			{"Our IOP\n\n- Medical detox not needed first (we do not provide detox at this office)", "detox false"},
			{"Our IOP\n\nIf we detox patients at all, a physician oversees it.", ""},
			// Help someone goes without, named by what it is needed for,
			// neither offers nor denies the detox it is for.
			{"Home detox\n\nPatients are often sent to busy hospital clinics, or are handed a sedative prescription without the medical help needed for a safe detox.", ""},
			{"Our clinic\n\nWe provide the support needed for a safe detox.", ""},
			{"Our clinic\n\nWe do not have the staff needed for medical detox.", "detox false"},
			// "Some" counting places, or providers named before, is no
			// pronoun for the program the heading named; "Some also
			// receive detox" still counts the program's clients.
			{"Alcohol detox: inpatient or outpatient?\n\nSome clinics offer outpatient detox while others admit you to a ward.", "detox true"},
			{"Alcohol detox: inpatient or outpatient?\n\nAcross the country, hospitals and charities help people stop drinking. Some offer outpatient detox while others admit you to a ward.", "detox true"},
			{"Residential care\n\nOur residential program runs 30 days. Some also receive detox on arrival.", "residential true"},
			// A comma and a question word after the verb start another
			// clause: the detox is not what it offers.
			{"County guide\n\nThis guide shows what the county provides, how medical detox is arranged and who pays.", ""},
			{"Our clinic\n\nOur clinic offers, among other services, medical detox.", "detox true"},
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
			{"Levels of care\n\nInpatient treatment usually starts with a 4–8 day medical detox.", "detox true"},
			{"Day treatment\n\nClients in early withdrawal can start PHP with outpatient detox, overseen by our nurses during program hours.", "detox true"},
			{"Day treatment\n\nYou cannot start PHP with detox still underway; we refer you to a hospital first.", "php false"},
			// The step before, named by its owner, is no detox given here.
			{"Day treatment\n\nWe do not provide detox. Most adults begin IOP with us the week after their inpatient detox.", "detox false"},
			{"Day treatment\n\nMost adults start PHP with us once the medical detox is finished.", ""},
			{"Medical detox\n\nWe provide round-the-clock nursing during and after the medical detox on our own unit.", "detox true"},
			{"Residential care\n\nWe offer medical detox on our campus. Our self-pay packages do not include detox.", "detox true"},
			{"Residential care\n\nBecause of insurance costs, we do not offer detox.", "detox false"},
			{"Our IOP\n\nWe help every client get medical detox before IOP.", "detox false"},
			{"Medical detox\n\nWe offer medical detox. Our team helps you get detox started the same day you call.", "detox true; detox true"},
			{"Residential care\n\nThe daily price listed here does not include detox.", ""},
			// What a cost is made of, what would follow detox's absence
			// and a person's field offer and deny nothing.
			{"What rehab costs\n\nThe average prices above include medically managed detox and long inpatient stays.", ""},
			{"What rehab costs\n\nCost factors include where the detox center is and how long the program runs.", ""},
			{"Medical detox\n\nWithout detox, few people get far in recovery.", ""},
			{"Medical detox\n\nThe comfort provided during detox matters as much as safety.", ""},
			{"Our team\n\nDr. Reyes is a psychiatrist who specializes in treating addiction and medical detox.", ""},
			{"Medical detox\n\nOur center specializes in medical detox for alcohol and opioids.", "detox true"},
			{"Medical detox\n\nWe offer medically supervised detox on site. Our nurses help you get detox medications as soon as you arrive.", "detox true; detox true"},
			{"Day treatment\n\nClients in early withdrawal can start PHP with outpatient detox, overseen by their own doctor.", ""},
			{"Day treatment\n\nClients can start PHP with detox at our partner hospital.", ""},
			{"Juniper Hall: PHP\n\nEvery PHP admission here starts with a brief medically monitored detox.", "detox true"},
			{"Rehab 101\n\nThe first stage of a typical 21-day inpatient program is medical detox.", "detox true"},
			{"Rehab 101\n\nThe first three days of a month-long program are often spent in detox.", "detox true"},
			{"Rehab 101\n\nThe first step is not detox but an assessment.", ""},
			{"Copperline Blog | How Long Does Detox Take?\n\nHow Long Does Detox Take? A Timeline by Substance", ""},
			{"Ridge Lodge Residential\n\nOur residential program lasts 30 days. Please note that Ridge Lodge does not provide detoxification services.", "detox false"},
			{"Our IOP\n\nMost people start with detox at a local hospital before joining our IOP.", ""},
			// Advice to start with detox is no service of the provider's.
			{"Our IOP\n\nWe do not run a detox unit. Drinking every day? Start with medical detox, then call us.", "detox false"},
			{"Residential care\n\nStart with detox in our own unit, then move to the residence.", "detox true"},
			{"Medical detox\n\nStart with medical detox at Larkmoor, then move into residential care.", "detox true"},
			{"Our IOP\n\nYour first week is usually spent in detox at County General, then you come to us.", ""},
			{"Our IOP\n\nOur IOP begins with an orientation session and detox education.", ""},
			{"Admissions\n\nStage 2: Withdrawal care\n\nIf you still drink daily, you may start with medical detox in our on-site unit.", "detox true"},
			{"Residential\n\nMedical detox available: no charge for insured clients.", "residential true"},
			{"Our IOP\n\nMeridian does not offer residential care or detox.", "iop false"},
			{"Our outpatient detox option tapers clients off opioids over a week.", "detox true"},
			{"PHP at a glance\n\n- Days: five a week\n- Detox included: no", "php false"},
			{"Our programs\n\nClients who need withdrawal management start in our on-site detox unit.", "detox true"},
			// A service listed beside detox does not hold it, named with
			// what it treats too; "in-patient detox" is detox.
			{"Our services\n\nOutpatient drug treatment and in-patient detox programmes are offered to adults.", "detox true"},
			{"Our services\n\nWe do not offer residential addiction treatment or detox.", "detox false"},
			// (So are two programs listed before it, and a setting named
			// with a word of the detox's kind after a comma.)
			{"Our services\n\nOur center offers outpatient and residential care, detox, and family counseling.", "detox true"},
			{"Our services\n\nWe run residential, social-model detox for men.", "detox true"},
			{"Our residential program\n\nOur residential program includes detox.", "residential true"},
			// "Residential detoxification" is detox, as "residential
			// detox" is.
			{"Detox\n\nResidential detoxification is provided on a ten-bed unit built for it.", "detox true"},
			// Its programmes and its treatment programme are the
			// provider's own detox too.
			{"Alcohol detox\n\nOur tailored detox programmes help you withdraw safely.", "detox true"},
			{"Alcohol detox\n\nThe aim of our alcohol detox treatment programme is a safe start.", "detox true"},
			// ("Our" owning a program of its own that follows someone
			// else's detox.)
			{"Residential\n\nOur residential programmes follow detox programmes run by the NHS.", ""},
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
			// Short answers that deny it where the provider is, or say
			// that most do not.
			{"Our IOP\n\nDoes the IOP include detox?\nNot at this location. Clients start once withdrawal is over.", "iop false"},
			{"Our IOP\n\nDoes the IOP include detox?\nNot directly. Anyone at risk of severe withdrawal is sent to a hospital first.", "iop false"},
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
			{"Larchmont Recovery\n\nLarchmont is a 30-bed medical detox and residential treatment center for adults.", "detox true"},
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
			{"Our IOP\n\nPHP is not detox.", "php false"},
			{"Our IOP\n\nOur IOP is not a good fit for anyone who needs medical detox.", "iop false"},
			{"Teen IOP\n\nOur IOP is not the right choice for a student who needs medical detox.", "iop false"},
			{"Our PHP\n\nOur PHP isn't the right level for people who need detox.", "php false"},
			{"Our IOP\n\nOur IOP is a good fit for people who need detox first and then support.", ""},
			{"Our IOP\n\nOur IOP meets three evenings a week. It is not detox, and clients must be sober to attend.", "iop false"},
			{"Our IOP\n\nDetox is not detox without nursing care.", ""},
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
			{"Starting treatment\n\nYou may not need to go to detox before your first counseling session.", ""},
			{"Our IOP\n\nYou might not need medical detox at all before you join.", ""},
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
			// Detox asked for before a program of no level named is that
			// program's lack, not detox denied: the page may run its own.
			{"Our rehab\n\nYou will have to finish detoxification before you begin your rehabilitation program.", "other false"},
			{"Our rehab\n\nYou will have to finish detoxification before you begin your rehabilitation program. Our own detox unit has eight beds.", "other false; detox true"},
			// Detox named as a level in a list of levels.
			{"Levels of care\n\nCare comes in steps. The four main levels include detox, inpatient care, day treatment and IOP.", ""},
			{"Intensive outpatient\n\nIOP often follows another level of care, including detox, residential or day treatment.", ""},
			{"Our services\n\nOur levels of care include detox, so you can start here.", "detox true"},
			{"Our services\n\nWe treat every stage of addiction. These levels of care include detox, PHP and IOP.", "detox true"},
			{"Our services\n\nWe offer several types of programs, including detox and residential care.", "detox true"},
			// What detox is, defined: no one's service.
			{"What is detox?\n\nDetoxification is a natural process that occurs as the body clears a drug.", ""},
			{"What is detox?\n\nMedical detox is the first stage that happens when someone stops drinking.", ""},
			{"Our program\n\nDetox takes place on site, in a private room with a nurse nearby.", "detox true"},
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
			{"Detox is not part of any IOP we run.", "iop false"},
			// Not a usual part of two programs named after it: neither
			// holds it. Care for withdrawal, managed or treated, is
			// detox.
			{"Levels of care\n\nDetox is not a standard part of IOP or PHP care.", "iop false; php false"},
			{"Levels of care\n\nManaging withdrawal symptoms is not a typical part of PHP or IOP programs.", "php false; iop false"},
			{"Our IOP\n\nOur IOP offers management of withdrawal by our own nurses.", "iop true"},
			{"We don't provide detoxification in the IOP.", "iop false"},
			{"The IOP has no detox services.", "iop false"},
			// "not only" and "not just" add to what the verb takes, they
			// deny nothing.
			{"Residential care\n\nTime is needed in early recovery, not only to detox but to learn new skills.", ""},
			{"Residential care\n\nEvery resident needs time, not just to detox but to rebuild a life.", ""},
			{"Residential care\n\nMost residents need not only detox but months of therapy.", ""},
			{"Residential care\n\nOur residential program includes detoxification follow-up and relapse prevention.", ""},
			{"Rehab lengths\n\nSeven days is seldom advised as it provides barely enough time for detox.", ""},
			{"Our residential care\n\nMany short-term rehabs refer clients to a separate detox first, but detox on site is exactly what we offer.", ""},
			{"Residential care\n\nThese programs refer clients to a partner detox first.", "residential false"},
			{"Rehab lengths\n\nA week-long stay provides just enough time for detox and little else.", ""},
			{"Residential care\n\nWe provide detox aftercare planning for every resident.", ""},
			{"Residential care\n\nOur residents do not need detox on admission.", "residential false"},
			{"Our outpatient detox program begins with a physical exam.", "detox true"},
			{"For residential clients we coordinate detox placement with a hospital.", "residential false"},
			// The referral verb's object is something else, timed by the
			// detox.
			{"Our detox unit is staffed around the clock. We arrange the transfer to rehab before your detox ends.", "detox true"},
			// (A referral once detox, and what else, is over.)
			{"Inpatient Treatment\n\nYou live on site for the whole stay, and our team can refer you to an outpatient program once detox and the hardest weeks are over.", ""},
			{"Inpatient Treatment\n\nPatients are referred on to our IOP once their detox has ended.", ""},
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

// priceDenies ends on a price as the subject of the denial: "packages do
// not ", "our quoted rate doesn't " (not "Because of insurance costs, we
// do not …").
var priceDenies = prefilter.MustCompile(`\b(?:packages?|prices?|pricing|rates?|estimates?|quotes?|costs?|fees?|bills?|charges?|copays?|deposits?)(?:\s+[a-z-]+){0,3}?\s+(?:(?:do|does)\s+not|don't|doesn't|don’t|doesn’t)\s+$`)

// costIncludes reports an "include" at start said of what a cost is made
// of: the sentence speaks of costs or prices.
func costIncludes(lower string, start int) bool {
	return strings.HasPrefix(lower[start:], "includ") && hasWord(lower, "cost", "costs", "price", "prices", "pricing", "fee", "fees", "factors", "expense", "expenses")
}

// shoppedFor ends on advice to look for a program that offers what
// follows: "Look for a program that ", "go for one which ", "choose a
// center that also ". The offer is a wish, no provider's.
var shoppedFor = prefilter.MustCompile(`\b(?:look|looking|search|searching|shop|shopping)\s+(?:around\s+)?for\s+(?:a|an|one|any)\s+(?:[a-z-]+\s+){0,3}?(?:that|which)\s+(?:also\s+)?$|\b(?:go|opt)\s+for\s+(?:a|an|one)\s+(?:[a-z-]+\s+){0,3}?(?:that|which)\s+(?:also\s+)?$|\b(?:choose|find|pick|select|seek\s+out|consider)\s+(?:a|an|one)\s+(?:[a-z-]+\s+){0,3}?(?:that|which)\s+(?:also\s+)?$`)

// payerCovers is a payer's cover of care: "Medicaid plans pay for",
// "your health plan may cover", "insurers reimburse".
var payerCovers = prefilter.MustCompile(`\b(?:cover|covers|covered|covering|coverage|pay\s+for|pays\s+for|paid\s+for|reimburse|reimburses|reimbursed)\b`)

// coverIncludes reports an "include" at start said of what a payer
// covers ("Most state Medicaid plans pay for addiction treatment,
// including detox"): what insurance pays for, no provider's offer. A
// sentence the provider speaks in ("your plan may cover our services,
// including detox") still offers it.
func coverIncludes(lower string, start int) bool {
	return strings.HasPrefix(lower[start:], "includ") && payerCovers.MatchString(lower[:start]) && !hasWord(lower, "our", "we", "us")
}

// supposedWithout reports detox at d named in a sentence's opening
// "Without detox, …": what would follow its absence, no denial.
func supposedWithout(lower string, d int) bool {
	head := strings.TrimLeft(lower[:d], " ")
	return strings.HasPrefix(head, "without ") && wordCount(head) <= 3 && !strings.Contains(head, ",") && strings.HasPrefix(strings.TrimLeft(lower[d:], " abcdefghijklmnopqrstuvwxyz-"), ",")
}

// personSpecialty reports a specialty at start said of a person: "a
// psychiatrist who specializes in treating addiction and medical detox".
func personSpecialty(lower string, start int) bool {
	if !strings.HasPrefix(lower[start:], "speciali") {
		return false
	}
	lo, _ := clauseBounds(lower, start, start)
	return hasWord(lower[lo:start], "dr", "dr.", "doctor", "psychiatrist", "physician", "nurse", "therapist", "counselor", "he", "she", "who")
}
