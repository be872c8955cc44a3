package claims

import (
	"regexp"
	"slices"
	"sort"
	"strings"

	"github.com/factlint/factlint/corpus"
	"github.com/factlint/factlint/internal/prefilter"
)

// livesAtHomeHits reads whether clients live at home during a program
// ("clients live at home", "return home each night", "sleep in their own
// beds") or at the facility ("you live at the facility", "a live-in
// setting", "stay overnight"). A negator turns either side round: "without
// overnight stays" and "do not sleep at the center" say clients live at home.
func livesAtHomeHits(s *sentence) []boolHit {
	// ("No males are allowed to live on the property" at a women's house:
	// a denial of others, which says nothing of where clients live; a
	// clause after it, "…; residents live at the house for 90 days",
	// still does.)
	deniedTo := 0
	if s.contains("no ") && othersDenied.MatchString(s.lower) {
		deniedTo = len(s.lower)
		for _, sep := range []string{";", ",", " but ", " while ", " since ", " so "} {
			if k := strings.Index(s.lower, sep); k >= 0 && k < deniedTo {
				deniedTo = k
			}
		}
	}
	if out := append(livingPhraseHits(s), clockCommitment(s)...); len(out) > 0 {
		if deniedTo > 0 {
			out = slices.DeleteFunc(out, func(h boolHit) bool { return h.start < deniedTo })
		}
		// ("FAQ: During Live-In Phase": a heading that names a phase or
		// a program by its setting states nothing; "Residential: live-in,
		// staffed around the clock" says where clients live.)
		if k := s.block.Kind; k == corpus.BlockHeading || k == corpus.BlockTitle {
			out = slices.DeleteFunc(out, func(h boolHit) bool {
				if strings.TrimSpace(s.lower[h.start:h.end]) != "live-in" {
					return false
				}
				switch wordAfter(s.lower, h.end) {
				case "phase", "stage", "period", "part":
					return true
				}
				return hasWord(s.lower, "faq", "faqs", "during", "ages", "age")
			})
		}
		return out
	}
	// (Another phrase of the sentence that says where patients sleep
	// speaks for detox "on an outpatient basis".)
	if h, ok := detoxAsOutpatient(s); ok {
		return []boolHit{h}
	}
	if h, ok := detoxAtHome(s); ok {
		return []boolHit{h}
	}
	return nil
}

// ratherThanBefore ends on words that set aside what follows, an adverb
// between: "rather than temporarily ", "instead of permanently ".
var ratherThanBefore = prefilter.MustCompile(`\b(?:rather\s+than|instead\s+of)\s+(?:(?:temporarily|permanently|fully|entirely|full-time)\s+)?$`)

// besidesBefore ends on options set beside what comes next: "options
// besides a 24-hour ", "choices in addition to the ". ("Besides a
// live-in program, we run an IOP" runs both.)
var besidesBefore = prefilter.MustCompile(`\b(?:options?|alternatives?|choices?)\s+(?:[a-z]+\s+){0,3}?(?:besides|in\s+addition\s+to|other\s+than|apart\s+from|aside\s+from)\s+(?:(?:a|an|the)\s+)?(?:(?:[a-z0-9]+-[a-z0-9-]+|24/7|full-time|traditional|standard)\s+){0,2}$`)

// othersDenied opens a sentence on people other than the clients, denied:
// "No males are allowed …", "No men may stay overnight …".
var othersDenied = prefilter.MustCompile(`^\W*no\s+(?:other\s+)?(?:males?|men|women|females?|boys|girls|children|kids|pets|animals|visitors|guests|spouses|partners|boyfriends|girlfriends|family\s+members|overnight\s+guests)\b`)

// homePlace is where a home detox is said to happen: "at home", "from
// home", "in the comfort of your own home", "in their own familiar
// surroundings", "in a home environment".
var homePlace = prefilter.MustCompile(`\b(?:at\s+home|in\s+(?:the\s+comfort\s+of\s+)?(?:your|their|his|her|one['’]s|a)\s+(?:own\s+)?(?:homes?|home\s+environment|(?:familiar\s+)?surroundings))\b`)

// homeDetoxNoun names detox done at home: "at-home detox", "home
// alcohol detox", "home-based withdrawal".
var homeDetoxNoun = prefilter.MustCompile(`\b(?:at-home|home-based|home)\s+(?:(?:alcohol|drug|opioid|medical|medically\s+assisted|assisted)\s+)?(?:detox|detoxification|withdrawal)\b`)

// homeDetoxOffered is what makes detox at home on offer or possible in
// the clause before the place: "can be carried out ", "may be able to
// detox ", "allows you to detox ", "is provided ".
var homeDetoxOffered = prefilter.MustCompile(`\b(?:can|could|may|might|able\s+to|allows?|allowing|lets?|enables?|carried\s+out|provided|delivered|done|completed|takes?\s+place|offers?|offering)\b`)

// homeDetoxWarned are words of a warning against detox at home, or of
// detox someone does alone: "attempting to detox at home is risky",
// "unlike self-detox at home", "the risk of an alcohol detox at home is
// too high".
var homeDetoxWarned = []string{"not", "never", "dangerous", "unsafe", "risky", "risk", "risks", "instead", "rather", "attempt", "attempts", "attempting", "attempted", "try", "tries",
	"trying", "self-detox", "alone", "unlike", "versus", "vs", "turkey", "without", "cannot", "can't", "shouldn't", "too"}

// detoxDoneWords are the only words that may stand between a detox word
// and its place at home: how it is done or may be ("detox can be
// carried out in …", "withdrawal is safely managed at home").
var detoxDoneWords = prefilter.MustCompile(`^\s*(?:(?:can|could|may|might|will|should|be|is|are|able|to|safely|usually|often|sometimes|also|carried|out|done|completed|provided|delivered|managed|conducted|take|takes|place|happen|happens|offered|treated|both|either)\s+)*$`)

// ownHomeDetox ends on the provider's own or what it offers, right
// before a home detox: "our ", "we offer ", "we provide a ".
var ownHomeDetox = prefilter.MustCompile(`\b(?:our|we\s+(?:also\s+)?(?:offer|provide|run|deliver))\s+(?:an?\s+)?(?:[a-z-]+\s+)?$`)

// homeDetoxWords are the words of detox a home place may follow.
var homeDetoxWords = []string{"detox", "detoxing", "detoxification", "withdraw", "withdrawal"}

// onOwn is detox done alone: "on your own".
var onOwn = prefilter.MustCompile(`\bon\s+(?:your|their|his|her|one['’]s)\s+own\b`)

// detoxAtHome reads detox said to happen at the client's home ("You may
// be able to detox at home", "our home alcohol detox is carried out in
// your own familiar surroundings"): detox clients live at home during. A
// question, a heading, a denial or advice against it says nothing.
func detoxAtHome(s *sentence) (boolHit, bool) {
	if !s.contains("home") && !s.contains("surroundings") {
		return boolHit{}, false
	}
	if !s.contains("detox") && !s.contains("withdraw") {
		return boolHit{}, false
	}
	if s.question || s.block.Kind == corpus.BlockHeading || s.block.Kind == corpus.BlockTitle {
		return boolHit{}, false
	}
	l := s.lower
	if loc := homePlace.FindStringIndex(l); loc != nil {
		lo, _ := clauseBounds(l, loc[0], loc[1])
		pre := l[max(lo, loc[0]-70):loc[0]]
		// (Only where it is offered or possible, "can be carried out at
		// home", "may be able to detox at home": "attempting to detox at
		// home" is the risk a page warns of.)
		// (The detox word a few words before the place, the same
		// clause's: not "After detox, clients can continue their recovery
		// at home", "Withdrawal symptoms may start at home".)
		d := lastWordIndex(pre, homeDetoxWords)
		between := ""
		if d >= 0 {
			between = pre[d+len(leadingWord(pre, d)):]
		}
		if d >= 0 && detoxDoneWords.MatchString(between) &&
			!hasWord(wordBefore(pre, d), "after", "before", "following") &&
			homeDetoxOffered.MatchString(l[lo:loc[0]]) && !negated(l, loc[0]) && !homeLater.MatchString(l[:loc[0]]) &&
			!hasWord(l[lo:], homeDetoxWarned...) && !onOwn.MatchString(l[lo:]) {
			return boolHit{value: true, start: loc[0], end: loc[1], subject: Detox}, true
		}
	}
	// ("our home drug detox", "we offer home detox": the provider's own,
	// not one asked about.)
	if loc := homeDetoxNoun.FindStringIndex(l); loc != nil && ownHomeDetox.MatchString(l[:loc[0]]) && !negated(l, loc[0]) && !hasWord(l, homeDetoxWarned...) {
		return boolHit{value: true, start: loc[0], end: loc[1], subject: Detox}, true
	}
	return boolHit{}, false
}

// livingPhraseHits are livesAtHomeHits' phrases of living somewhere.
func livingPhraseHits(s *sentence) []boolHit {
	if h, ok := livingCell(s); ok {
		return []boolHit{h}
	}
	if !s.mayLiveSomewhere() {
		return nil
	}
	// Every phrase of a side holds one of its stems, so a window can
	// hold only the stems the sentence holds: those are found once (the
	// sentence's filter rules out most), and a side with none is never
	// tried. (buf has room for both sides' stems, 47, on the stack.)
	var buf [48]string
	home := s.stemsIn(homeStems, buf[:0])
	sides := [2]livingSide{{homeSide, true, home}, {facilitySide, false, s.stemsIn(facilityStems, buf[len(home):len(home)])}}
	// Every phrase starts at one of a few words: the expressions run only
	// there, on a short window, which keeps a long sentence cheap.
	var out []boolHit
	// deniedStayEnd is where the last facility phrase a negator denied
	// ends, -1 before one.
	deniedStayEnd := -1
	l := s.lower
	for i := 0; i < len(l) && (len(sides[0].stems) > 0 || len(sides[1].stems) > 0); {
		if !isWordByte(l[i]) || i > 0 && isWordByte(l[i-1]) {
			i++
			continue
		}
		w := leadingWord(l, i)
		if !livingAnchors[w] || !weakAnchorHolds(l, i, w) ||
			offerAnchor[w] && !strings.Contains(l[i:min(len(l), i+45)], "place to live") {
			i += max(len(w), 1)
			continue
		}
		win := l[i:min(len(l), i+90)]
		for _, side := range sides {
			if !anyIn(win, side.stems) {
				continue
			}
			loc := side.re.FindStringIndex(win)
			// ("PHP clients may still safely reside in the community.")
			if loc == nil && side.home {
				loc = communityLiving.FindStringIndex(win)
			}
			if loc == nil {
				continue
			}
			start, end := i+loc[0], i+loc[1]
			// ("rebuild their lives at Cedar Point", "change your lives in
			// our program": the noun after a possessive, no one residing
			// there. Carrying on their lives outside the center still
			// says where they live.)
			if !side.home && w == "lives" && ownerWordBefore(l, i) {
				continue
			}
			// ("Many of our IOP clients live in a residence hall on
			// campus", "Most students live in the dorms": a college's
			// housing is the students' own home, not the provider's.)
			if !side.home && collegeHousing(l[start:end], l[end:]) {
				continue
			}
			// ("Most people head home by 9:15": when an evening ends.
			// "You go home at 3:15 every afternoon", back the following
			// day, is every day's end, and home is where the nights
			// are.)
			if side.home && homeByClock.MatchString(l[end:]) && !dailyAfterClock.MatchString(l[end:]) {
				continue
			}
			// ("Our day programmes can be completed from home": a program
			// done from home; "clients completed from home a short course"
			// is someone's past.)
			if side.home && strings.HasPrefix(l[start:], "completed") {
				if w := wordBefore(l, start); w != "are" && w != "is" && w != "be" {
					continue
				}
			}
			// ("Staff members with symptoms are told to stay home": the
			// staff's sick days, not where clients live.)
			if lo, _ := clauseBounds(l, start, end); side.home && strings.HasPrefix(l[start:], "stay") && hasWord(l[lo:start], "staff", "employees", "employee", "clinicians", "counselors", "nurses", "volunteers") &&
				!hasWord(l[lo:start], "clients", "patients", "residents", "participants", "teens", "adults", "members") {
				continue
			}
			if side.home && homeAfterwards(l, start, end) {
				continue
			}
			// ("Stay home when you are sick": a day missed, not where a
			// client lives.)
			if side.home && strings.HasPrefix(l[start:], "stay") && hasWord(leadingWord(strings.TrimLeft(l[end:], " "), 0), "when", "if", "while", "unless", "from", "sick", "ill") {
				continue
			}
			// ("return to the comfort of their own beds in our cottages":
			// beds on the campus.)
			if side.home && strings.Contains(l[start:end], "comfort of") {
				if w := wordAfter(l, end); w == "in" || w == "at" || w == "on" {
					continue
				}
			}
			// ("help clients keep their existing living arrangements
			// while they are in residential treatment": the housing kept
			// for them, not where they sleep.)
			if side.home && (strings.HasPrefix(l[start:], "keep") || strings.HasPrefix(l[start:], "maintain")) && keptWhileAway.MatchString(l[end:]) {
				continue
			}
			// ("adults who live in home settings that feel unsafe": the
			// home they come from, described.)
			if side.home && homeDescribed(l[end:]) {
				continue
			}
			// ("Our IOP sits midway between living at a rehab center and
			// managing alone": one end of a span the program sits inside,
			// neither its own; so is the far end, "a bridge between weekly
			// counseling and living at a residential facility". "Between
			// sessions clients go home" and "divide your week between
			// living at home and groups" span no two kinds of care.)
			if betweenEnds(l, start, end) {
				continue
			}
			// ("there are other good options besides a 24-hour live-in
			// center": the live-in kind named beside the options, no
			// program's stay.)
			if !side.home && besidesBefore.MatchString(l[max(0, start-50):start]) {
				continue
			}
			// ("clients come in for groups rather than living at a
			// treatment center": the live-in care set aside; "rather than
			// temporarily living at our facility" too.)
			if !side.home && (setAsideRight(l[max(0, start-16):start]) || ratherThanBefore.MatchString(l[max(0, start-40):start])) && !negated(l, start) {
				out = append(out, boolHit{value: true, start: start, end: end})
				continue
			}
			if side.home && discharge(l, start, end) || wished(l, start) || stayNoun(l, start) || staffLives(l, start) || !side.home && visitorsStay(l, start) || othersLive(s, l, start) || comparedTo(l, start) {
				continue
			}
			// ("Students return home for holiday breaks", "go home on
			// weekend passes": time away from a stay, not where clients
			// live.)
			if side.home && awayFromStay.MatchString(l[end:]) {
				continue
			}
			// ("get ready to return to your home community", "a return
			// home too soon would put recovery at risk": the place one comes from
			// and goes back to when care ends.)
			if side.home && homeComeFrom(l, start, end) {
				continue
			}
			// ("Staff can neither confirm nor deny that a person lives
			// at our residence": a privacy notice, no one's housing.)
			if privacyNotice(l[:start]) {
				continue
			}
			// ("advised once clients have finished a live-in program":
			// the care clients leave before the program, a step named
			// in passing, not a stay of the program's.)
			if !side.home && stepBefore.MatchString(l[max(0, start-48):start]) {
				continue
			}
			// ("stay in their room at home", "live in a private residence
			// of their own": the client's own place, no facility's.)
			// ("Residents stay in rooms of their own on our campus" are
			// rooms on site.)
			if !side.home && clientsOwn(l[start:end], l[end:]) {
				continue
			}
			// ("problems, including housing, work or legal
			// issues": housing as a need the program helps with.)
			if !side.home && strings.HasPrefix(l[start:], "includ") && housingAsNeed.MatchString(l[end:]) {
				continue
			}
			// ("care without a residential stay": what the care does
			// without, said of the care, whatever negates the clause;
			// "cannot stay safe without a residential stay" is a need.)
			// ("offers services within the community and without an
			// inpatient stay": the care named before the "and".)
			if side.home && strings.HasPrefix(l[start:], "without") {
				if w := wordBefore(l, start); careWithout[w] || w == "and" && hasWord(l[max(0, start-60):start], careWithoutWords...) || careGivenWithout(l, start) {
					out = append(out, boolHit{value: true, start: start, end: end})
				}
				continue
			}
			// ("Our PHP avoids overnight hospital stays", "eliminates the
			// need for an overnight stay": what the care does without.)
			// ("avoids an overnight stay in a hospital" names another
			// place, and says nothing of home.)
			if !side.home && strings.HasPrefix(l[start:], "overnight") && avoidedBefore.MatchString(l[max(0, start-40):start]) {
				if w := wordAfter(l, end); w != "in" && w != "at" {
					out = append(out, boolHit{value: true, start: start, end: end})
				}
				continue
			}
			// ("PHPs let clients return home for overnight stays": the
			// nights are spent at home, which the home side reads.)
			if !side.home && strings.HasPrefix(l[start:], "overnight") && homeForNight.MatchString(l[max(0, start-40):start]) {
				continue
			}
			if side.home && homeNotLivedInDuringCare(l, start, end) {
				continue
			}
			// ("may not spend the night out without permission": a night
			// away from where one lives, not a stay at the facility.)
			if !side.home && strings.HasSuffix(l[start:end], "the night") && nightAway(l[end:]) {
				continue
			}
			// ("a breath test for residents back from overnight stays": nights
			// away from the house, on a pass.)
			if !side.home && strings.HasPrefix(l[start:], "overnight") && backFrom(l[:start]) {
				continue
			}
			// ("Our IOP keeps clients from residing in an inpatient
			// facility", "spares families from having to live at a
			// center": the live-in place the care keeps them out of.)
			if !side.home && keptFrom.MatchString(l[max(0, start-50):start]) {
				out = append(out, boolHit{value: true, start: start, end: end})
				continue
			}
			// ("IOP is not for people who do not have a stable place to
			// live": a denial inside a denial.)
			if side.home && strings.HasPrefix(l[start:], "ha") && negated(l, start) {
				continue
			}
			// ("safe to spend the night at home": where the night is
			// spent is home; "spend the night studying" says how.)
			if !side.home && strings.HasSuffix(l[start:end], "the night") {
				rest := strings.TrimLeft(l[end:], " ")
				if nightAtHome.MatchString(rest) {
					out = append(out, boolHit{value: !negated(l, start), start: start, end: end})
					continue
				}
				// ("never spend the night alone": company, not place; "stay
				// the night in the emergency department": a place of no
				// program's.)
				// ("… they spend the night and then come back the
				// following morning": a night away from the program,
				// wherever it is spent.)
				if w := leadingWord(rest, 0); strings.HasSuffix(w, "ing") || w == "alone" || nightElsewhere.MatchString(rest) || backNextDay.MatchString(rest) {
					continue
				}
			}
			neg := negated(l, start)
			// ("do not reside at the facility and go home each evening":
			// the home joined on by "and" is the other side of the stay
			// denied before it, and asserted.)
			if side.home && neg && deniedStayEnd >= 0 && wordBefore(l, start) == "and" && !strings.ContainsAny(l[deniedStayEnd:start], ".;:,") {
				neg = false
			}
			if !side.home && neg {
				deniedStayEnd = end
			}
			out = append(out, boolHit{value: side.home != neg, start: start, end: end})
		}
		i += len(w)
	}
	// "Residents live at Wrenfield for the whole of their stay": the
	// provider's own name is the place they live.
	// ("All PHP participants live in Oakhaven Residences, our supportive
	// apartments": a place named and said to be the provider's.)
	// (Living "in" a named place is living in the provider's only when
	// the place is housing: "live in Oakhaven County" is where clients
	// come from.)
	if start, ns, ne := livesAtName(s.text, l); ne > 0 && (ourHousing(l[ne:]) || ownName(s.doc, s.text[ns:ne], s.bi) && (!strings.HasSuffix(l[:ns], " in ") || housingName.MatchString(l[ns:ne]))) &&
		!staffLives(l, start) && !visitorsStay(l, start) && !privacyNotice(l[:start]) {
		out = append(out, boolHit{value: negated(l, start), start: start, end: ne})
	}
	// "Our IOP is not residential", "a group-based, non-residential
	// program": the program is none of the live-in kind. (Not
	// "residential and non-residential options": both kinds, listed.)
	// (Said of the program, not of care it is set against: "different
	// from non-residential treatment", "a step up from non-residential
	// care", "Unlike non-residential programs, …"; nor in a sentence that
	// names the live-in kind too.)
	if strings.Contains(l, "residential") {
		for _, loc := range nonResidential.FindAllStringIndex(l, -1) {
			start, end := loc[0], loc[1]
			w, _ := wordBeforeArticle(l, start)
			// ("Our IOP is classified as non-residential care": "as"
			// after a verb that names what the program is.)
			if k := lastIndex(l[:start], " "+w+" "); (w == "as" || w == "to") && k >= 0 && classedAs[wordBefore(l, k+1)] {
				w = ""
			}
			// ("Our PHP is a demanding level of non-residential care", "a
			// form of non-residential treatment": the kind the program
			// is.)
			if k := lastIndex(l[:start], " "+w+" "); w == "of" && k >= 0 && careKindNouns[wordBefore(l, k+1)] {
				w = ""
			}
			if nonResidentialSetApart[w] || strings.Contains(l[:start], "residential") {
				continue
			}
			out = append(out, boolHit{value: true, start: start, end: end})
		}
	}
	// "Inpatient care is when a client goes to a facility and stays
	// there", "checks into a treatment center and lives there": the
	// place just named is where the client lives. ("Our center is in
	// Austin, and many clients live there" names a town.)
	if strings.Contains(l, " there") {
		out = stayFound(out, stayedThere, l)
	}
	// ("Inpatient programs ask patients to be at the facility 24 hours a
	// day", "Residents stay on the campus around the clock": the clients
	// there day and night live there.)
	if s.containsAny("24", "clock", "night") {
		out = stayFound(out, clientsThereAllDay, l)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].start < out[j].start })
	// "Going home between days is not part of the program", "Sleeping
	// at home is not allowed": a gerund opening its clause, denied after
	// it.
	for k := range out {
		if h := &out[k]; gerundDenied(l, h.start, h.end, homeWords(l[h.start:h.end])) {
			h.value = !h.value
		}
	}
	// "Sleeping on-site is optional for PHP clients who choose our
	// housing": a way of living left to the client says neither.
	return slices.DeleteFunc(out, func(h boolHit) bool { return gerundOptional(l, h.start, h.end) })
}

// gerundOptional reports a living phrase opening its clause on a gerund
// that the clause calls optional or one choice: "Staying on-site is
// optional", "Living on campus is an option".
func gerundOptional(l string, start, end int) bool {
	rest, ok := gerundClauseRest(l, start, end)
	return ok && gerundOption.MatchString(rest)
}

// gerundClauseRest is the rest of the clause after a living phrase at
// [start, end) that opens its clause on a gerund ("Staying on-site …",
// "Going home …"); ok is false for any other phrase.
func gerundClauseRest(l string, start, end int) (string, bool) {
	if !strings.HasSuffix(leadingWord(l, start), "ing") {
		return "", false
	}
	lo, hi := clauseBounds(l, start, end)
	if strings.TrimLeft(l[lo:start], " ;,") != "" {
		return "", false
	}
	return l[end:hi], true
}

var gerundOption = prefilter.MustCompile(`^[^,;]{0,40}?\b(?:is|are)\s+(?:(?:entirely|completely|always|also)\s+)?(?:optional|an\s+option|a\s+choice|up\s+to\s+(?:you|the\s+client|each\s+client))\b`)

// stayFound appends to out the stay at the facility that re's group 1
// finds in l, unless a hit of out already holds its words; a negator
// turns it round, as it does the facility side's phrases.
func stayFound(out []boolHit, re *prefilter.Regexp, l string) []boolHit {
	loc := re.FindStringSubmatchIndex(l)
	if loc == nil || slices.ContainsFunc(out, func(h boolHit) bool { return h.start < loc[3] && loc[2] < h.end }) {
		return out
	}
	return append(out, boolHit{value: negated(l, loc[2]), start: loc[2], end: loc[3]})
}

// clientsThereAllDay is clients at a place of care day and night (a
// facility, or a setting called supervised, sober, residential …), the
// stay in group 1: "ask patients to be at the facility 24 hours a day",
// "residents stay on the campus around the clock". (Staff there
// around the clock are supervision, not a stay.)
var clientsThereAllDay = prefilter.MustCompile(`\b(?:clients?|patients?|residents?|participants?|you|they|individuals|people|teens|adolescents|adults|men|women)\s+(?:(?:must|will|to|would|can|need\s+to)\s+)?((?:be|are|is|remain|remains|stay|stays|live|lives|reside|resides)\s+(?:at|in|on)\s+(?:(?:the|a|an|our|their)\s+(?:[a-z-]+\s+){0,2}?(?:facility|center|centre|campus|unit|hospital|premises|property|rehab|clinic)|(?:the|a|an|our)\s+(?:(?:monitored|supervised|structured|sober|living|residential|therapeutic|treatment|safe|secure|recovery|clinical|inpatient),?\s+){1,3}(?:setting|environment))\s+(?:around\s+the\s+clock|round\s+the\s+clock|24/7|(?:24|twenty-four)\s+hours\s+(?:a|per|each)\s+day|day\s+and\s+night))`)

// stayedThere is a place of care gone to and then lived in, joined by
// "and": "goes to a facility and stays there", "check into a treatment
// center and live there". Group 1 is the stay.
var stayedThere = prefilter.MustCompile(`\b(?:to|at|in|into)\s+(?:a|an|the|our|this|that)\s+(?:[a-z-]+\s+){0,3}?(?:facility|center|centre|campus|hospital|residence|rehab|unit)\s*,?\s+and\s+(?:then\s+)?(?:[a-z]+\s+){0,2}?((?:live|lives|living|reside|resides|residing|stay|stays|staying|remain|remains|remaining|sleep|sleeps)\s+there)\b`)

// stepBefore ends on the step clients finish before the care described:
// "after undergoing a ", "after completing their ", "once you leave the ".
var stepBefore = prefilter.MustCompile(`\b(?:after|following|once\s+(?:you|they|clients|patients)(?:\s+have)?|when\s+(?:you|they|clients|patients)(?:\s+have)?)\s+(?:undergoing|completing|finishing|leaving|graduating\s+from|completed|finished|left|complete|finish|leave|a\s+stay\s+(?:at|in))\s+(?:a|an|the|their|your|our)?\s*(?:[a-z-]+\s+){0,2}?$`)

// gerundDenied reports a living phrase at [start, end) that opens its
// clause on a gerund ("Going home", "Sleeping at home") which the
// clause after it denies: "is not part of the program", "is not allowed",
// "isn't possible".
// (Staying on site "is not part of the program", "not an option",
// "not offered" or "not available" is read by the negation the facility
// side's phrases have already; only "not allowed", "not permitted" and
// "not possible" are left to this.)
func gerundDenied(l string, start, end int, home bool) bool {
	rest, ok := gerundClauseRest(l, start, end)
	if !ok {
		return false
	}
	if m := gerundDenial.FindStringSubmatch(rest); m != nil {
		return home || m[1] == "allowed" || m[1] == "permitted" || m[1] == "possible"
	}
	return false
}

// homeWords reports a living phrase on the home side: "going home",
// "sleeping in their own beds".
func homeWords(t string) bool {
	return strings.Contains(t, "home") || strings.Contains(t, "own bed")
}

var gerundDenial = prefilter.MustCompile(`^[^,;]{0,40}?\b(?:(?:is|are)\s+(?:not|never)|isn['’]t|aren['’]t)\s+(part\s+of|allowed|permitted|possible|an\s+option|offered|available)\b`)

// livingSide is one side's expression and the stems every phrase of it
// holds.
type livingSide struct {
	re    *prefilter.Regexp
	home  bool
	stems []string
}

// nonResidentialSetApart are the words before "non-residential" that set
// the care apart from the program, or list it among others.
var nonResidentialSetApart = wordSet("and", "or", "both", "from", "than", "unlike", "as", "to", "of", "like", "versus", "vs", "with", "between")

// careKindNouns before "of" name the kind of care a program is: "a level of",
// "a form of".
var careKindNouns = wordSet("level", "form", "type", "kind", "mode", "model")

// classedAs are the verbs before "as" or "to" that say what a program is.
var classedAs = wordSet("classified", "considered", "regarded", "known", "counts", "count", "defined", "described", "designated", "licensed", "certified")

// nonResidential says a program is not of the live-in kind.
var nonResidential = prefilter.MustCompile(`\b(?:non-?residential|(?:is|are)\s+not\s+(?:a\s+)?residential)\b`)

var (
	homeStems     = []string{"home", "bed", "housing", "residenc", "residential care", "inpatient care", "famil", "leav", "parent", "guardian", "off", "outside", "stay", "place to", "friends", "relatives", "loved", "arrangement", "situation", "communit", "environment"}
	facilityStems = []string{"facilit", "center", "centre", "premises", "site", "campus", "residence", "setting", "cabin", "cottage",
		"lodge", "ranch", "unit", "overnight", "live-in", "place to live", "house", "dorm", "apartment", "housing", "the home", "our home", "recovery home", "sober home",
		"estate", "property", "grounds", "with us", "the night", "room", "at the program", "there full"}
)

// homeAfterwards reports a home phrase at [start, end) that is a step
// after the care or instead of it, not every day's end:
//   - "prior to returning home", "Instead of immediately returning home,
//     residents …" (homeLater);
//   - "… so that clients will return home to family stronger": the return
//     the care works toward ("so you can stay at home" is now);
//   - "Once you have spent a month at a residential center and then go
//     back to your home community": home after a stay that is over.
//
// ("… before returning home each evening" is every day's end.)
func homeAfterwards(l string, start, end int) bool {
	later := homeLater.MatchString(l[max(0, start-32):start]) ||
		strings.HasPrefix(l[start:], "return") && soCan.MatchString(l[max(0, start-40):start]) ||
		strings.HasSuffix(l[:start], "then ") && stayedThenHome.MatchString(l[max(0, start-100):start])
	return later && !dailyAfterHome.MatchString(l[end:])
}

// homeNotLivedInDuringCare reports a home phrase at [start, end) set in
// the program's own housing ("living with their family in a residential
// program") or lived in after the program ("go back home to live with
// family after treatment"). ("return home after treatment" may be each
// day's end.)
func homeNotLivedInDuringCare(l string, start, end int) bool {
	if homeInProgram.MatchString(l[end:]) {
		return true
	}
	toLive := strings.HasPrefix(l[start:], "liv") || strings.HasPrefix(strings.TrimLeft(l[end:], " "), "to live")
	return toLive && homeAfterCare.MatchString(l[end:]) && !hasWord(l[end:min(len(l), end+60)], "each", "every", "daily", "day", "evening", "night")
}

// homeInProgram opens on the program's own setting right after a home
// phrase: " in a residential treatment program", " in our inpatient unit".
var homeInProgram = regexp.MustCompile(`^\s+in\s+(?:a|an|the|our)\s+(?:[a-z-]+\s+){0,2}?(?:residential|inpatient|live-in)\b`)

// homeAfterCare opens on the end of care after a home phrase: " after
// treatment", " once the program ends".
var homeAfterCare = regexp.MustCompile(`^[^.;]{0,30}?\b(?:after|following|once)\s+(?:treatment|discharge|graduation|graduating|(?:the|their|your)\s+(?:program|programme|stay|treatment)\s+(?:ends|is\s+over)|(?:completing|finishing)\s+(?:the|their|your)?\s*(?:program|programme|treatment|stay))\b`)

// nightAway reports "out", "away" or "elsewhere" right after a night
// spent: "spend the night out", "stay the night away from home".
func nightAway(rest string) bool {
	switch wordAfter(rest, 0) {
	case "out", "away", "elsewhere", "off-site", "offsite":
		return true
	}
	return false
}

// backFrom reports a return from somewhere right before i: "returning
// from ", "back from ".
func backFrom(before string) bool {
	for _, p := range []string{"returning from ", "return from ", "returns from ", "returned from ", "back from "} {
		if strings.HasSuffix(before, p) {
			return true
		}
	}
	return false
}

// privacyNotice reports a clause that will not say who lives where:
// "we will neither confirm nor deny that …", "cannot confirm or deny".
func privacyNotice(before string) bool {
	return strings.Contains(before, "confirm nor deny") || strings.Contains(before, "confirm or deny")
}

// awayFromStay opens on the time a home visit takes from a stay: " for
// holiday breaks", " only during school vacations", " on home passes".
var awayFromStay = regexp.MustCompile(`^\s+(?:only\s+)?(?:for|during|over|on)\s+(?:(?:a|the|their|your|school|holiday|winter|summer|spring|weekend|home|approved|short)\s+)*(?:holidays?|breaks?|vacations?|visits?|passes|furloughs?)\b|^\s+for\s+(?:a\s+|the\s+)?weekends?\b`)

// homeComeFrom reports a home phrase at [start, end) naming the place a
// client comes from rather than where they sleep during care: "home"
// as a noun's modifier ("return to your home community") or a return
// said as a noun ("a return home"). ("return to their home environment
// each evening" is every day's end.)
func homeComeFrom(l string, start, end int) bool {
	// ("remain in their home environment" is where they live now.)
	back := strings.HasPrefix(l[start:], "return") || strings.HasPrefix(l[start:], "go back") || strings.HasPrefix(l[start:], "going back") || strings.HasPrefix(l[start:], "come back")
	if back && strings.HasSuffix(l[start:end], "home") {
		if w := wordAfter(l, end); homeOfOrigin[w] {
			k := indexFrom(l, w, end)
			return !dailyCueAfter(l, k+len(w))
		}
	}
	if strings.HasPrefix(l[start:], "return home") {
		switch wordBefore(l, start) {
		case "a", "the", "your", "their", "his", "her":
			return !dailyCueAfter(l, end)
		}
	}
	return false
}

// dailyCueAfter reports a going home said to come each day, or during
// care, in the few words after i: " each evening", " at the end of each
// day", " between sessions", " while you are in treatment", " after
// group".
func dailyCueAfter(l string, i int) bool {
	if dailyAfterHome.MatchString(l[i:]) {
		return true
	}
	near := l[i:min(len(l), i+50)]
	return hasWord(near, "each", "every", "daily", "nightly", "between", "while", "during") || strings.Contains(near, "after group") || strings.Contains(near, "after session")
}

var homeOfOrigin = wordSet("community", "communities", "town", "city", "country", "state", "area", "region", "environment", "environments", "life", "routine", "culture", "neighborhood", "neighbourhood")

// soCan ends on a purpose clause's subject and modal: "so they can ",
// "so that clients will ".
var soCan = regexp.MustCompile(`\bso\s+(?:that\s+)?(?:they|you|clients|patients|people|residents|he|she)\s+(?:can|could|will|may)\s+(?:[a-z]+ly\s+)?$`)

// stayedThenHome ends on "and then" after a stay said to be over: "spent
// some time in a residential center and then ", "completed detox and
// then ". (The present, "You spend the day in treatment and then return
// home", is every day's end.)
var stayedThenHome = regexp.MustCompile(`\b(?:spent|completed|finished|graduated)\b[^.;:]{0,80}\band\s+then\s+$`)

// ownerWordBefore reports a possessive pronoun right before the word at i.
func ownerWordBefore(l string, i int) bool {
	w := wordBefore(l, i)
	return clientPossessive[w] || w == "our" || w == "whose"
}

// homeLater ends on what puts going home off: "prior to ", "instead of
// immediately ".
var homeLater = regexp.MustCompile(`\b(?:prior\s+to|before|instead\s+of|rather\s+than|until|ready\s+for)\s+(?:[a-z]+ly\s+)?$`)

// dailyAfterHome opens on when, each day, clients go home: " each
// evening", " at night", " in the afternoons".
var dailyAfterHome = regexp.MustCompile(`^\s*(?:each|every|at\s+night|in\s+the\s+(?:evenings?|afternoons?)|for\s+the\s+night|daily|nightly)\b`)

// careWithout name the care "without a residential stay" is said of.
var careWithout = wordSet(careWithoutWords...)

var careWithoutWords = []string{"care", "treatment", "support", "program", "programs", "programming", "therapy", "structure", "services", "help", "intensity", "recovery", "healing", "routine", "routines"}

// offerAnchor words open a living phrase only before "a place to live".
var offerAnchor = wordSet("provide", "provides", "offer", "offers", "give", "gives")

// avoidedBefore ends on a verb of doing without: "avoids", "eliminates
// the need for an".
var avoidedBefore = prefilter.MustCompile(`\b(?:avoids?|avoiding|eliminates?|eliminating|replaces?|replacing|skips?|skipping|prevents?|preventing|reduces?|reducing)\s+(?:the\s+need\s+for\s+)?(?:an?\s+|the\s+)?$`)

// keptFrom ends on a verb that keeps someone out of what follows:
// "keeps clients from ", "spares families from having to ".
var keptFrom = prefilter.MustCompile(`\b(?:keeps?|keeping|kept|spares?|sparing|spared|frees?|freeing|freed|prevents?|preventing|saves?|saving)\s+(?:[a-z]+\s+){0,3}from\s+(?:having\s+to\s+|needing\s+to\s+)?$`)

// nightElsewhere opens on a place no program runs: "in the emergency
// department", "at a hospital", "in jail".
var nightElsewhere = prefilter.MustCompile(`^(?:in|at)\s+(?:(?:a|an|the)\s+)?(?:hospital|emergency|er\b|jail|hotel|motel|shelter)`)

// backNextDay opens on a return to the program the day after a night.
var backNextDay = prefilter.MustCompile(`^(?:there\s+)?and\s+(?:then\s+)?(?:return|returns|come|comes)\s+(?:back\s+)?(?:the\s+)?(?:next|following)\s+(?:day|morning)\b`)

// nightAtHome opens on home as where a night is spent.
var nightAtHome = prefilter.MustCompile(`^(?:at\s+home|home\b|in\s+(?:their|your|his|her)\s+own\s+(?:homes?|beds?))`)

// livingAnchors are the words every home or facility phrase starts with.
var livingAnchors = wordSet("live", "lives", "living", "reside", "resides", "residing", "stay", "stays", "staying",
	"sleep", "sleeps", "sleeping", "remain", "remains", "remaining", "return", "returns", "returning", "go", "goes",
	"going", "head", "heads", "heading", "headed", "went", "overnight", "keep", "keeps", "move", "moves", "moving", "are", "is", "spend", "spends", "spending", "be",
	"provide", "provides", "offer", "offers", "give", "gives", "have", "has", "having",
	"attend", "attends", "join", "joins", "participate", "participates", "completed",
	// "Detox takes place in our residential setting": clients stay there.
	"takes", "take", "happens", "occurs", "provided", "delivered",
	// "Residents do not leave the facility overnight": they live there.
	"leave", "leaves", "leaving",
	// "Clients maintain their usual living arrangements".
	"maintain", "maintains", "maintaining", "keeping",
	// "IOP does not require you to relocate into a treatment center".
	"relocate", "relocates", "relocating",
	// "a full day of groups, with evenings at home".
	"with",
	// "structured care by day, home at night".
	"home",
	// "in the comfort of their own homes", "care without a residential
	// stay".
	"comfort", "without",
	// "does not require residency at a facility".
	"residency",
	// "Housing is part of neither our PHP nor our IOP".
	"include", "includes", "including")

// livingColumn reports a table cell under a column that asks where
// clients sleep or live: "Where you stay", "Living arrangement",
// "Housing" (not a column of a sober living home).
func livingColumn(b *corpus.Block) bool {
	h := lowerASCII(b.ColHeader)
	return b.Kind == corpus.BlockTableCell && (hasStem(h, "sleep", "housing", "living arrangement") || hasWord(h, "reside", "resides", "lives") || strings.Contains(h, "where") && hasStem(h, "stay", "live", "living"))
}

// readsLiving reports a cell livingCell reads ("On site" under "Where
// you stay"; not "Yes" under "Lives at home?", which answers the column).
func readsLiving(s *sentence) bool {
	_, ok := livingCell(s)
	return ok
}

// livingCell reads a table cell under a "Where clients sleep" or
// "Living arrangement" column: "At home" says clients live at home, "At
// facility" or "On-site" that they do not.
func livingCell(s *sentence) (boolHit, bool) {
	b := s.block
	label, from := b.ColHeader, 0
	if b.Kind == corpus.BlockTableCell && !hasStem(lowerASCII(label), "sleep", "live", "living", "lives", "reside", "housing", "stay") {
		// "| Where you sleep | At the facility | At home |": the row's label.
		label = b.RowHeader
	}
	if b.Kind != corpus.BlockTableCell {
		// "Where you sleep: at home." reads as the cell of its label, and
		// "Where does my teen stay? / At home." as the cell of its question.
		label, from = s.label()
		switch {
		case from > 0:
			for from < len(s.lower) && s.lower[from] == ' ' {
				from++
			}
		case strings.HasPrefix(strings.TrimSpace(s.answers), "where"):
			label = s.answers
		default:
			return boolHit{}, false
		}
	}
	if !hasStem(lowerASCII(label), "sleep", "live", "living", "lives", "reside", "housing", "stay") {
		return boolHit{}, false
	}
	t := strings.Trim(s.lower[from:], " .")
	// "At home, or in a sober living home": the answer's first words.
	// ("Your own home or a sober house": so without the comma, when
	// the other answer is housing of the client's own choosing; "Home or
	// cottages" may be the provider's cottages.)
	if k := strings.IndexAny(t, ",;"); k > 0 {
		t = t[:k]
	}
	if k := strings.Index(t, " or "); k > 0 && soberHousing.MatchString(t[k+len(" or "):]) {
		t = t[:k]
	}
	t = strings.TrimPrefix(t, "at ")
	t = strings.TrimPrefix(t, "the ")
	switch t {
	case "home", "own home", "their own home", "your own home", "home each night":
		return boolHit{value: true, start: from, end: len(s.lower)}, true
	case "facility", "the facility", "treatment center", "center", "on-site", "onsite", "on site", "residence", "in residence", "campus", "on campus":
		return boolHit{value: false, start: from, end: len(s.lower)}, true
	}
	return boolHit{}, false
}

// soberHousing opens on sober or supportive housing: "a sober house",
// "sober living", "an approved sober residence", "supportive housing".
var soberHousing = prefilter.MustCompile(`^(?:in\s+)?(?:an?\s+)?(?:(?:approved|partner|certified|local|nearby)\s+)*(?:sober|recovery|supportive|transitional)[- ](?:house|houses|home|homes|living|residences?|housing)\b`)

// mayLiveSomewhere is a cheap filter: every phrase has one of these stems.
func (s *sentence) mayLiveSomewhere() bool {
	return s.containsAny("home", "liv", "resid", "stay", "remain", "sleep", "overnight", "bed", "on-site", "onsite", "premises", "inpatient", "famil", "housing", "parent", "guardian",
		"move", "moving", "leav", "reloc", "the night", "communit")
}

var (
	// communityLiving is the home side's living in the community, before
	// a clause goes on or at its end: "remain in the community rather
	// than", "reside in the community.", "live in their communities, ".
	// (Apart from homeSide, whose closing word boundary cannot hold after
	// a period that ends the window.)
	communityLiving = prefilter.MustCompile(`^(?:live|lives|living|reside|resides|residing|remain|remains|remaining)\s+(?:(?:safely|independently|locally)\s+)?(?:and\s+work\s+)?in\s+(?:the|their|your)\s+communit(?:y|ies)(?:\s+(?:rather|instead|while|as|and)\b|\s*[,.;!]|\s*$)`)
	// homeForNight ends on a way home, said for the night: "return home
	// for ", "go back home for their ".
	homeForNight = prefilter.MustCompile(`\b(?:return|returns|returning|go|goes|going|head|heads|heading)\s+(?:back\s+)?home\s+for\s+(?:the\s+|their\s+|your\s+)?$`)
	homeSide     = prefilter.MustCompile(`^(?:home\s+(?:at\s+night|(?:each|every)\s+(?:night|evening))\b|(?:live|lives|living|reside|resides|residing)\s+(?:locally|nearby|close\s+by)\s+with\s+(?:family|friends|relatives|loved\s+ones)(?:\s+or\s+(?:family|friends|relatives))?\b|(?:are|is)\s+home\s+(?:in|during|for)\s+the\s+(?:evenings?|nights?)\b|(?:keep|keeps|keeping|maintain|maintains|maintaining)\s+(?:(?:their|your|his|her)\s+)?(?:usual|normal|current|regular|existing)\s+living\s+(?:arrangements?|situations?)\b|(?:stay|stays|staying)\s+home\b|(?:live|lives|living|reside|resides|residing|stay|stays|staying|sleep|sleeps|sleeping|remain|remains|remaining)\s+(?:(?:locally|independently|safely|comfortably)\s+)?(?:at|in)\s+(?:home|(?:the\s+comfort\s+of\s+)?(?:their|your|his|her)\s+own\s+(?:homes?|beds?)|(?:their|your)\s+(?:regular\s+)?homes?|(?:their|your)\s+(?:own\s+|usual\s+|current\s+)?(?:living|home)\s+environments?)|(?:return|returns|returning|go|goes|going|head|heads|went)\s+(?:back\s+)?(?:home|to\s+(?:their|your|a)\s+(?:own\s+)?(?:home\s+(?:and\s+(?:school|work)\s+)?(?:environments?|settings?|communities)|homes?|housing)|to\s+(?:their|your)\s+own\s+residences?)|(?:heading|headed)\s+(?:back\s+)?home\s+(?:(?:each|every)\s+(?:evening|night|day)|at\s+night|in\s+the\s+evenings?|for\s+the\s+night)|(?:live|lives|living|reside|resides|residing)\s+(?:in|at)\s+(?:an?\s+)?(?:sober|transitional|recovery)\s+(?:[a-z-]+\s+){0,2}or\s+(?:in\s+|at\s+)?(?:their|your)\s+own\s+homes?|(?:sleep|sleeps|sleeping)\s+in\s+(?:their|your)\s+own\s+beds?|(?:are|is)\s+spent\s+at\s+home|(?:spend|spends|spending|with)\s+(?:their\s+|your\s+|the\s+)?(?:evenings|nights|weekends)(?:\s+and\s+(?:evenings|nights|weekends))?\s+at\s+home|(?:live|lives|living)\s+with\s+(?:a\s+parent|(?:their|your|his|her)\s+parents?|parents|(?:a|their|your)\s+(?:parent\s+or\s+)?guardians?|(?:their|your)\s+famil(?:y|ies))\b|(?:return|returns|returning|go|goes|going|head|heads)\s+(?:back\s+)?(?:home\s+)?to\s+(?:their|your)\s+famil(?:y|ies)|(?:attend|attends|join|joins|participate|participates|completed)\s+from\s+(?:home|their\s+own\s+homes?|your\s+own\s+home)|be\s+at\s+home\s+(?:overnight|at\s+night|each\s+night|every\s+night)|(?:leave|leaves|leaving)\s+(?:the|our)\s+(?:facility|center|centre|campus|premises|unit|property|grounds)\s+(?:overnight|at\s+night|each\s+(?:evening|night)|every\s+(?:evening|night))|(?:live|lives|living|reside|resides|residing)\s+(?:off-?site|off\s+site|off-?campus|off\s+campus|outside\s+(?:of\s+)?(?:an?|the|our)\s+(?:(?:(?:inpatient|residential|treatment|programming|program|rehab|housing)\s+){0,2}(?:facility|setting|center|centre)|rehab\b))|comfort\s+of\s+(?:their|your|his|her)\s+own\s+homes?|(?:return|returns|returning|go|goes|going)\s+(?:back\s+)?to\s+the\s+comfort\s+of\s+(?:their|your)\s+own\s+(?:homes?|beds?)|without\s+(?:(?:requiring|needing)\s+)?(?:(?:a|an|the)\s+)?(?:need\s+for\s+(?:a|an)\s+)?(?:24-hour\s+|overnight\s+|full-time\s+)?(?:residential|inpatient)\s+(?:stays?|care)|without\s+(?:(?:requiring|needing)\s+)?(?:full-time\s+)?residency|without\s+(?:having\s+to\s+)?leaving\s+(?:their|your|his|her)\s+(?:own\s+)?(?:homes?|famil(?:y|ies))|(?:have|has|having)\s+a\s+(?:stable|safe|secure|supportive)\s+(?:place|home)\s+to\s+(?:sleep|live|go\s+home\s+to|return\s+to)|(?:return|returns|returning)\s+(?:back\s+)?to\s+(?:the|their|your)\s+communit(?:y|ies)\s+(?:each|every)\s+(?:evening|night)|(?:be|are|is)\s+home\s+with\s+(?:their|your|his|her)\s+famil(?:y|ies)\s+(?:at\s+night|in\s+the\s+evenings?|(?:each|every)\s+(?:night|evening)))\b`)

	facilitySide = prefilter.MustCompile(`^(?:(?:live|lives|living|reside|resides|residing|stay|stays|staying)\s+(?:full-time\s+)?(?:at|in)\s+your\s+(?:(?:addiction\s+|drug\s+)?treatment\s+|rehab\s+|residential\s+|inpatient\s+)?(?:facility|center|centre)\b|residency\s+(?:at|in)\s+(?:a|an|the|our)\s+(?:[a-z-]+\s+){0,2}?(?:facility|center|centre|residence)|(?:live|lives|living|reside|resides|residing)\s+and\s+(?:receive|receives|get|gets)\s+(?:care|services|treatment|therapy)\s+(?:on-?site|on\s+site|at\s+(?:the|our)\s+(?:facility|center|centre|campus))\b|(?:live|lives|living|reside|resides|residing|stay|stays|staying|sleep|sleeps|sleeping|remain|remains|remaining)\s+(?:overnight\s+|full-time\s+|full\s+time\s+|on-?site\s+|together\s+|among\s+(?:each\s+other|one\s+another)\s+)?(?:at|in|on|within)\s+(?:(?:the|our|a|an|their)\s+)?(?:[a-z0-9]+-[a-z0-9-]+\s+|[0-9]+\s+)?(?:(?:safe|private|supervised|shared|comfortable|secure|quiet|peaceful|beautiful|oceanfront|lakeside|rural|modern|single|double|semi-private|cozy|cosy|rustic|spacious|charming|luxury|luxurious|particular|specific|designated),?\s+){0,3}(?:on-site\s+|onsite\s+|secure\s+)?(?:(?:addiction\s+|drug\s+|recovery\s+)?treatment\s+|detox\s+|residential\s+|inpatient\s+|hospital\s+|medical\s+|(?:drug\s+|addiction\s+)?rehabilitation\s+)?(?:facility|facilities|center|centre|premises|site|campus|residence|(?:structured|home-like|homelike)\s+setting|cabins?|cottages?|lodge|ranch|unit|estate|rooms?)|(?:live|lives|living|reside|resides|residing)\s+(?:among\s+(?:each\s+other|one\s+another)\s+)?in\s+(?:a|an|the)\s+(?:residential|inpatient|live-in)\s+setting|(?:live|lives|living|reside|resides|residing)\s+(?:in|at)\s+(?:the|our)\s+(?:sober\s+|recovery\s+)?(?:house|houses|home|homes)\b|(?:live|lives|living|reside|resides|residing)\s+(?:in|at)\s+our\s+(?:[0-9]+-bed|[a-z0-9]+-[a-z0-9-]+)\s+(?:sober\s+|recovery\s+|residential\s+)?(?:house|houses|home|homes|residence)\b|(?:live|lives|living)\s+at\s+the\s+program\b|(?:live|lives|living|reside|resides|residing)\s+there\s+(?:full-time|full\s+time|around\s+the\s+clock)\b|(?:live|lives|living|reside|resides|residing|stay|stays|staying)\s+together\s+(?:at|in|on)\s+our\s+(?:[a-z0-9-]+\s+){0,2}(?:campus|lodges?|ranch|facility|housing|apartments|residences?|dorms?|cottages|cabins|house|houses|unit|farmhouse|estate|property|grounds)|(?:live|lives|living|reside|resides|residing|stay|stays|staying)\s+(?:at|in|on)\s+(?:the|our|one\s+of\s+our)\s+(?:[a-z]+\s+){0,2}(?:campus|lodges?|ranch|facility|housing|apartments|residences|dorms?|cottages|cabins|farmhouse|estate|property|grounds|house|houses)|(?:provides?|offers?|gives?)\s+(?:[a-z]+\s+){0,2}place\s+to\s+live|(?:live|lives|living|reside|resides|stay|stays|staying|sleep|sleeps|sleeping)\s+(?:on-site|onsite|on\s+site)|(?:stay|stays|staying|remain|remains|remaining)\s+(?:with\s+us\s+)?overnight|(?:stay|stays|staying|spend|spends|spending)\s+the\s+night|(?:stay|stays|staying|live|lives|living)\s+with\s+us\s+(?:around\s+the\s+clock|round\s+the\s+clock|24/7|day\s+and\s+night)|overnight\s+(?:hospital\s+)?(?:stays?|housing)|(?:live|lives|living|reside|resides|residing|stay|stays|staying)\s+(?:at|in)\s+(?:[a-z]+\s+){0,2}[a-z]+['’]s\s+(?:[a-z]+\s+){0,2}(?:housing|residences?|campus|facility|facilities|lodge|dorms?|apartments)|(?:live|lives|living|reside|resides|residing|stay|stays|staying)\s+(?:at|in)\s+(?:[a-z]+\s+){1,2}(?:house|lodge|residence|hall|manor)\s*,\s+our\s+(?:[0-9]+-bed\s+|[a-z]+\s+)?(?:recovery\s+|residential\s+|treatment\s+)?(?:residence|house|lodge|facility|dorm)|(?:live|lives|living|reside|resides|residing)\s+(?:at|in)\s+(?:the|our|a|an)\s+(?:drug\s+|addiction\s+)?rehab(?:\s+(?:center|centre|facility|clinic))?|(?:live|lives|living|reside|resides|residing)\s+(?:full-time\s+)?(?:at|in)\s+(?:drug\s+|addiction\s+)?rehab\s+(?:centers|centres|facilities)|(?:stay|stays|staying)\s+(?:at|in)\s+(?:a|an)\s+dedicated\s+(?:drug\s+|addiction\s+)?rehab\s+(?:center|centre|facility|clinic)|live-in|(?:keep|keeps|keeping)\s+(?:you|them|clients|patients|residents)\s+(?:on-?site|on\s+site)\b|(?:include|includes|including)\s+(?:on-site\s+)?housing\b|(?:move|moves|moving)\s+(?:out\s+of\s+(?:their|your|his|her)\s+homes?\s+and\s+)?into\s+(?:(?:the|our|a)\s+(?:(?:treatment|residential|rehab|recovery)\s+)?(?:facility|center|centre|residence|lodge|house|dorm|cabin)|one\s+of\s+our\s+(?:[a-z]+\s+)?(?:residences|lodges|houses|dorms|cabins|cottages))|(?:takes?\s+place|happens|occurs|provided|delivered)\s+(?:in|at)\s+(?:a|an|our|the)\s+(?:residential|inpatient|live-in)\s+(?:setting|facility|unit|center|centre)|(?:relocate|relocates|relocating)\s+(?:in)?to\s+(?:a|an|the|our)\s+(?:treatment\s+|residential\s+|inpatient\s+)?(?:facility|center|centre))\b`)
)

func init() {
	register(KindSpec{
		ID: LivesAtHome, Label: "clients live at home", Bool: true,
		YesNo: &YesNo{Hits: livesAtHomeHits, Holds: programSubject},
		Examples: []KindExample{
			// A program called a type or kind of another level is still
			// itself.
			{"Partial hospitalization\n\nA partial hospitalization program is a kind of intensive outpatient care that lets people keep living at home.", "php true"},
			// Both ends of a span of levels the program sits between are
			// held up beside it.
			{"Partial hospitalization\n\nOur PHP opened this spring.\n\nIt sits between a hospital psychiatric unit and traditional outpatient counseling, and clients return home each evening.", "php true"},
			// (", which means …" after a residence is about the clause
			// before, not the house.)
			{"PHP with housing\n\nPHP clients stay overnight in our sober living residence, which means they do not live at home during treatment.", "php false"},
			// (A need denied by its degree: "not severe enough to require".)
			{"Home detox\n\nHome detox suits people whose drinking is not severe enough to require them to move into a treatment facility.", "detox true"},
			{"Levels of care\n\nInpatient care means the client goes to a facility and stays there.", "residential false"},
			// "Remain" is a living word as "stay" is; a guard who remains on
			// site is staff.
			{"Residential care\n\nClients remain at the facility until discharge.", "residential false"},
			{"Residential care\n\nEach patient remains on the campus day and night.", "residential false"},
			{"Sober living\n\nA security guard remains on site around the clock.", ""},
			{"Sober living\n\nA security officer stays on site every night.", ""},
			// (Professionals or officers alone may be the clients.)
			{"Our IOP\n\nWorking professionals live at home while they attend our IOP.", "iop true"},
			{"Our IOP\n\nPolice and security officers live at home while attending our IOP.", "iop true"},
			// Clients at a rehab or a clinic around the clock live there,
			// as at a facility.
			{"Inpatient care\n\nWith inpatient care a client stays in a rehab 24/7.", "residential false"},
			// A home joined by "and" to a stay denied is the other side,
			// asserted.
			{"Our PHP\n\nTeens in our PHP do not sleep at the facility and go home in the evening.", "php true"},
			{"Outpatient care\n\nIn outpatient care a client does not stay at the center and returns home every night.", "op true"},
			// A return home said with how soon or how well it comes is
			// the stay's end; with when each day, the program's nights.
			{"Inpatient unit\n\nWe work so that every patient can return home quickly and with a plan.", ""},
			// Living in rehab facilities, said of a kind of care with
			// no article. (Not a day spent at a rehab centre.)
			{"Residential\n\nResidential programs require clients to live in rehab facilities around the clock.", "residential false"},
			// "Except" opening a clause of its own states the
			// difference; before a noun alone it leaves that out.
			{"Detox\n\nInpatient detox works much the same way, except the patient stays at the center.", "detox false"},
			// Detox said to be possible or offered at the client's home is
			// detox clients live at home during; a warning against trying
			// it alone says nothing.
			{"Home detox\n\nWith a sober relative on hand, you may be able to detox at home.", "detox true"},
			{"Home detox\n\nOur home drug detox is provided in the comfort of your own home.", "detox true"},
			{"Detox\n\nAttempting to detox at home without medical help can be risky.", ""},
			{"Detox\n\nSome people try to withdraw at home on their own.", ""},
			{"Detox\n\nWithdrawal symptoms may start at home before you arrive.", ""},
			{"Medical detox\n\nInpatient detox lets you escape the stress at home.", ""},
			// A denial of people other than the clients says nothing of
			// the clients.
			{"Women's residence\n\nNo men may stay overnight at the house.", ""},
			{"Our IOP\n\nNo clients live on site.", "iop true"},
			{"Our IOP\n\nClients sleep in their own beds, rather than permanently residing at our center.", "iop true"},
			{"Our clinic\n\nAny employee with a fever must stay home.", ""},
			{"Our IOP\n\nOur nurses support IOP clients who live at home.", "iop true"},
			{"Residential\n\nNo men are allowed on site; residents live at the house for 90 days.", "residential false"},
			// A heading naming a phase by its setting states nothing.
			{"FAQ: The Live-In Phase\n\nMornings start with a walk.", ""},
			{"Our IOP\n\nIOP is like residential care, except that you go home each night.", "iop true"},
			{"Our IOP\n\nOur IOP offers every service except overnight stays.", "iop true"},
			// "24/7" between a denial and a facility phrase is one word
			// of the denied phrase.
			{"Our IOP\n\nOur IOP does not require 24/7 residency at our facility.", "iop true"},
			{"Our IOP\n\nOur IOP is not 24/7 and clients live at home.", "iop true"},
			{"Our IOP\n\nUnlike residential care, IOP does not involve 24/7 supervision or living at the facility.", "iop true"},
			{"Our IOP\n\nThe IOP does not offer housing, not least because clients sleep at home.", "iop true"},
			// The home one comes from and goes back to after care, and
			// a weekend at home, are not where clients live during it.
			{"Residential care\n\nOur staff help you get ready to return to your home community.", ""},
			{"Residential care\n\nFor some, a return home too soon would put recovery at risk.", ""},
			{"Residential care\n\nClients may get the chance to go home for a weekend.", ""},
			{"Our PHP\n\nPHP clients return to their home environment each evening.", "php true"},
			{"Our IOP\n\nIOP lets clients remain in their home environment.", "iop true"},
			{"Our PHP\n\nPHP offers the return home at the end of each day.", "php true"},
			{"Our IOP\n\nIOP lets you return to your home life while you are in treatment.", "iop true"},
			{"Our PHP\n\nPatients remain at home on the weekends.", "php true"},
			{"Our IOP\n\nClients return home safely each night after group.", "iop true"},
			{"Our PHP\n\nPHP clients return home safely at the end of the treatment day.", "php true"},
			{"Our PHP\n\nBecause our PHP ends at 3 pm, clients return home sooner than they would from a full-time job.", "php true"},
			{"Residential care\n\nOur residential program helps clients return home quickly after discharge.", ""},
			{"Our IOP\n\nClients in our IOP return home soon after group ends each afternoon.", "iop true"},
			{"Our PHP\n\nPHP clients return home safely after group and sleep in their own beds.", "php true"},
			{"Our PHP\n\nAfter treatment each day, PHP clients return home safely.", "php true"},
			// "Length of stay" is a noun: it says how long, not where
			// clients live.
			{"Our day program\n\nOne aim of the PHP is a shorter length of stay on an inpatient unit.", ""},
			{"Residential care\n\nResidents stay at the lodge until their treatment ends.", "residential false"},
			// Visits home just before the stay ends lead out of it.
			{"Residential care\n\nPrior to discharge, residents spend weekends at home.", ""},
			{"Our IOP\n\nClients spend weekends at home with family.", "iop true"},
			// A program said to be a kind of outpatient care, then
			// described by a relative clause: the program's nights.
			{"Levels of care\n\nDay hospital treatment is an intensive outpatient program that lets clients sleep at home each night.", "php true"},
			{"Our IOP\n\nOur center is in Austin, and many clients live there.", ""},
			{"Levels of care\n\nInpatient programs ask patients to be at the facility 24 hours a day.", "residential false"},
			{"Levels of care\n\nOur nurses are at the facility 24 hours a day.", ""},
			{"Our IOP\n\nUnlike inpatient care, you do not check into a facility and stay there.", "iop true"},
			// Staff living on the property say nothing of the clients.
			{"Residential treatment\n\nTwo staff members live on the grounds year-round.", ""},
			{"Residential treatment\n\nA house manager may also live on site.", ""},
			{"Residential treatment\n\nEvery cottage has a peer mentor, a graduate with several years sober who lives in the cottage.", ""},
			{"Residential treatment\n\nResidents live on the grounds for the whole program.", "residential false"},
			{"Residential rehab\n\nYou leave your usual life, enter a facility for 30 to 60 days, and return home with a relapse plan.", ""},
			{"Our PHP\n\nOur PHP gives structured daily care without needing full-time residency.", "php true"},
			// A return home a stay prepares clients for is its end.
			{"Our inpatient unit\n\nOur nurses ready patients for step-down care or a return to their homes.", ""},
			{"Our PHP\n\nOur PHP prepares you for work while you return home each night.", "php true"},
			// Where people go once treatment is over is no program's.
			{"Sober living\n\nAfter treatment, many people return home or move into a sober house.", ""},
			// So is a return to one's life, or one said to follow the program.
			{"Recovery centre news\n\nThe centre runs a 16-week live-in program for men. Thanks to the new money, men can get back on their feet as they return to their families, friends and jobs.", "other false"},
			{"Recovery centre news\n\nThe centre runs a 16-week live-in program for men. Men return to their families after the program.", "other false"},
			{"Our IOP\n\nIOP clients return to their families each evening.", "iop true"},
			{"Day program\n\nThe PHP model lets patients return home after treatment and practice what they learned.", "php true"},
			// (So is a return after the program's day or hours, not its end.)
			{"Partial hospitalization\n\nPatients return home after program hours.", "php true"},
			{"Partial hospitalization\n\nPatients return home when the program day ends.", "php true"},
			{"Residential treatment\n\nResidents return home once the program ends.", ""},
			{"Our programs\n\nOnce rehab is over, clients go back home to their families.", ""},
			{"Our IOP\n\nAfter rehab, our IOP lets clients live at home.", "iop true"},
			// Keeping clients on site is housing them there.
			{"Residential treatment\n\nOur residential program keeps patients on-site for the whole stay.", "residential false"},
			// (Sleeping on site is living there; care attended without
			// it, at home.)
			{"Outpatient rehab\n\nOutpatient rehab is care you attend without sleeping on-site.", "op true"},
			{"Our IOP\n\nNo one in our IOP sleeps on site.", "iop true"},
			// (A way of living left to the client says neither.)
			{"Supportive housing\n\nSleeping on-site is optional for PHP clients who choose our supportive housing.", ""},
			{"Supportive housing\n\nStaying on campus is an option for IOP clients who live far away.", ""},
			{"Residential treatment\n\nStaying on-site is required for all residents.", "residential false"},
			{"Residential treatment\n\nInpatient and day programs differ: inpatient programs keep residents onsite around the clock.", "residential false"},
			{"Our IOP\n\nOur IOP keeps clients on track with weekly check-ins.", ""},
			// Going home at the end of a stay timed in hours is discharge.
			{"Medical detox\n\nPatients stay on our unit around the clock. Most go home within 48 hours.", "detox false"},
			// A house of the provider's by its beds, "there" said of it,
			// and "at the program": where residents live.
			{"Residential treatment\n\nResidents live in our 12-bed house on Alder Street.", "residential false"},
			{"Residential treatment\n\nOur residential program is a farmhouse outside town. Residents live there full-time.", "residential false"},
			{"Teen residential\n\nTeens in our residential program live at the program for about 45 days.", "residential false"},
			{"Our IOP\n\nClients in our IOP live in their own homes.", "iop true"},
			// Care without requiring a stay, or residential care.
			{"Our IOP\n\nOur IOP helps adults heal, offering care without requiring residential care.", "iop true"},
			// Care that keeps clients out of a live-in place lets them
			// live at home.
			{"Our IOP\n\nOur evening IOP keeps working adults from residing in a treatment facility.", "iop true"},
			{"Day program\n\nOur PHP frees patients from staying overnight at the center.", "php true"},
			// The noun after a possessive, and home after a stay that is over.
			{"Boarding program\n\nStudents return home for holiday breaks only.", ""},
			{"Sober living\n\nA breath test is given to residents back from overnight stays.", ""},
			{"Outpatient\n\nHe may not spend the night out without his parents saying yes.", ""},
			{"Residential care\n\nResidents stay overnight away from the stresses of home.", "residential false"},
			{"Residential care\n\nResidents live in a monitored sober living setting 24 hours a day.", "residential false"},
			{"Outpatient care\n\nClients are in their home environment 24 hours a day except for groups.", ""},
			{"Detox\n\nOur team helps each client heal, so that clients will return home to family stronger.", ""},
			{"Day program\n\nClients keep their jobs so they can go home at night.", "php true"},
			{"Intensive outpatient\n\nOur IOP fits into your week so you can stay at home and keep working.", "iop true"},
			{"Residential care\n\nYouths who are living with their family in a residential program join sessions online.", ""},
			{"Residential care\n\nMost teens go back home to live with family after treatment.", ""},
			{"Residential care\n\nFor privacy reasons, staff can neither confirm nor deny that a person lives at our residence.", ""},
			{"Sober living at Maple Court\n\nWe will neither confirm nor deny that anyone lives at Maple Court.", ""},
			{"Day program\n\nClients go home each evening and return home for the weekend.", "php true"},
			{"Our program\n\nHere, people change their lives at our center.", ""},
			{"Residential care at Cedar Point Recovery\n\nClients heal from addiction and rebuild their lives at Cedar Point Recovery.", ""},
			{"Residential care\n\nOnce you have spent a month at a residential center and then go back to your home community, keep your plan close.", ""},
			{"Day program\n\nOur PHP gives daily structure without needing an inpatient stay.", "php true"},
			{"Residential care\n\nSome people cannot stay safe without residential care.", ""},
			// Detox "on an outpatient basis" is detox from home; a day
			// program's care so is its level restated.
			{"Withdrawal care\n\nOur doctors can oversee mild alcohol withdrawal on an outpatient basis.", "detox true"},
			{"Withdrawal care\n\nWe never handle benzodiazepine detox on an outpatient basis.", ""},
			{"Day treatment\n\nOur PHP gives structured care on an outpatient basis.", ""},
			// "Both" after a sentence naming others too: the two programs
			// joined last.
			{"IOP vs PHP\n\nIf you are leaving detox or residential care, the next step is often a day program (PHP) or an intensive outpatient program (IOP). Both let you live at home, but they differ in intensity.", "php true; iop true"},
			{"Teen IOP\n\nOur teen IOP is for young people who do not need detox or overnight supervision and who can safely live at home with a parent.", "iop true"},
			{"Our IOP\n\nMost IOP clients can live safely at home throughout the program.", "iop true"},
			// "Both" after two programs named gives each a yes or no the
			// sentence says of no program it names.
			{"Outpatient care\n\nOur clinic runs two outpatient levels of care: a PHP and an IOP. Both are meant for adults who can live safely at home.", "php true; iop true"},
			{"Levels of care\n\nClients who need residential care live on site.", "residential false"},
			// A rehab centre named as where one lives, however it is
			// described.
			{"Inpatient rehab\n\nA residential program means you live at the rehab center until you finish.", "residential false"},
			{"Inpatient rehab\n\nInpatient care means staying at a dedicated rehab centre for some weeks.", "residential false"},
			// (Not any dedicated room, nor a day spent at a rehab centre.)
			{"IOP\n\nIOP members stay in a dedicated room for their evening groups.", ""},
			{"PHP\n\nPHP clients stay at the rehab center from 9 a.m. to 3 p.m. on weekdays.", ""},
			// Where clients are at night, and how they live, said in
			// other words than "at home": home in the evening, nearby
			// with family, their usual living arrangements kept; living
			// and receiving care on site. (Not whom clients live with,
			// described; nor staff at home.)
			{"Our PHP\n\nSessions end mid-afternoon; clients are home in the evening.", "php true"},
			// Living in the community, back in it each evening, home
			// with one's family at night: not in a facility. (Community
			// housing the program runs is its own housing.)
			{"Our PHP\n\nThe program lets adults keep living in the community while they heal.", "php true"},
			{"Our PHP\n\nOur members go back and return to their community every night, practising skills.", "php true"},
			{"Our PHP\n\nThe schedule lets clients be home with their families at night.", "php true"},
			{"Our PHP\n\nClients may live in the community housing we lease near the clinic.", "php false"},
			{"Our IOP\n\nStaff are home in the evening.", ""},
			{"Our IOP\n\nGroups meet after 5 p.m., when most parents are home in the evening.", ""},
			{"Our PHP\n\nClients in our PHP are home in the evening.", "php true"},
			{"Our IOP\n\nParents of our teens are home in the evening.", ""},
			{"Our IOP\n\nWith IOP, clients keep their usual living arrangements and do not need to stay in a hospital.", "iop true"},
			{"Residential care\n\nWe help clients keep their current living arrangements while receiving residential care.", ""},
			{"Detox\n\nWith inpatient detox, patients keep their existing living arrangements while they are hospitalized.", ""},
			{"Our PHP\n\nWith PHP, clients keep their current living arrangements while receiving hospital-level care during the day.", "php true"},
			{"Residential care\n\nCase managers help clients keep their existing living arrangements while they are in residential treatment.", ""},
			{"Our PHP\n\nClients may also reside nearby with family or friends.", "php true"},
			{"Our IOP\n\nClients live with friends who use drugs, which makes an IOP harder.", ""},
			{"Our IOP\n\nClients keep their usual living arrangements while they attend.", "iop true"},
			{"Our PHP\n\nClients maintain their normal living situation while attending.", "php true"},
			{"Residential care\n\nPatients live and receive care on site.", "residential false"},
			// The second of two things a list of programs requires is
			// the live-in program's: the PHP takes the hours, residential
			// care the stay. Said of both alone, it is the page's word
			// for both.
			{"Levels of care\n\nAn IOP asks less than a PHP or residential treatment, which call for more hours or an overnight stay.", "residential false"},
			{"Levels of care\n\nPHP and residential care need more hours or an overnight stay.", "residential false"},
			{"Levels of care\n\nPHP and residential care need an overnight stay.", "residential false; php false"},
			{"Our PHP\n\nOur PHP asks for more hours or an overnight stay.", "php false"},
			// Cabins described, and a program done from home; not
			// someone's past.
			{"Residential care\n\nResidents live in cozy cabins by the lake.", "residential false"},
			{"Outpatient care\n\nOur day programmes can be completed from home.", "php true"},
			{"Our IOP\n\nMost clients completed from home a short course before joining.", ""},
			// A program said to be none of the live-in kind; not both
			// kinds listed.
			// The flexibility a program gives to live at home, not the
			// flexibility a client needs or wants.
			{"Our IOP\n\nOur IOP gives you the flexibility to live at home.", "iop true"},
			{"Our IOP\n\nYou keep the flexibility to sleep at home each night.", "iop true"},
			{"Our IOP\n\nOur IOP provides adults recovering from depression or anxiety with the flexibility to keep living at home.", "iop true"},
			{"Our IOP\n\nFor those who need flexibility to live at home, an IOP can be an option.", ""},
			{"Our IOP\n\nOur IOP offers help to adults who need the flexibility to live at home.", ""},
			{"Our IOP\n\nIf you want the flexibility to live at home, consider our IOP.", ""},
			{"Our IOP\n\nOur intensive outpatient program is not residential.", "iop true"},
			{"Our IOP\n\nIt is a group-based, non-residential program.", "iop true"},
			{"Our PHP\n\nPHP is a nonresidential level of care for adults.", "php true"},
			{"Levels of care\n\nWe offer residential and non-residential programs.", ""},
			{"Residential care\n\nResidential care is different from non-residential treatment such as IOP.", ""},
			{"Our program\n\nIt is a step up from non-residential care.", ""},
			{"Our program\n\nUnlike non-residential programs, ours has its own kitchen.", ""},
			{"Levels of care\n\nWhether you need residential, non-residential, or virtual care, we can help.", ""},
			{"Our IOP\n\nOur IOP is classified as non-residential care.", "iop true"},
			{"Our IOP\n\nOur IOP is a non-residential program for adults who have finished residential treatment.", "iop true"},
			// A level's word against what the page's program is, under a
			// heading of no program, is another level's; the program
			// named in the sentence, or in the heading right over it,
			// keeps its word.
			{"Partial Hospitalization\n\n## Our continuum\n\nClients live on campus during the first month.", ""},
			{"Partial Hospitalization\n\nOur PHP clients live in our sober housing.", "php false"},
			{"Partial Hospitalization\n\n## PHP with housing\n\nClients live in our sober housing during treatment.", "php false"},
			{"Partial Hospitalization\n\n## Housing\n\nOur PHP has a housing option. It lets clients live in our sober housing.", "php false"},
			// A place of the provider's said with a few words of what it
			// is like, rooms, and a setting lived in together.
			{"Residential Treatment\n\nClients live in a quiet, supervised facility.", "residential false"},
			{"Residential Treatment\n\nClients live in a lakeside estate near the town.", "residential false"},
			{"Residential Treatment\n\nClients live together in a homelike setting.", "residential false"},
			{"Residential Treatment\n\nClients stay in four-person rooms on the upper floor.", "residential false"},
			{"Family Program\n\nVisiting families can stay in private rooms at a hotel nearby.", ""},
			{"Teen IOP\n\nTeens can join sessions by video and stay in their room at home.", ""},
			{"Residential Treatment\n\nResidents stay in rooms of their own on our wooded campus.", "residential false"},
			{"Intensive Outpatient\n\nSome clients live in a quiet residence of their own near the clinic.", ""},
			// Clients who "have a stable place to sleep" live at home; a
			// program that "gives" one houses them.
			{"Day treatment\n\nOur PHP is for adults who need daily care and who have a secure place to sleep each night.", "php true"},
			{"Residential care\n\nOur residential program gives clients a safe place to sleep.", ""},
			// A condition under "may not be a good fit if:" says nothing of
			// where the program's clients live.
			{"Day care at Alder Bend\n\nOur PHP may not be a good fit if:\n\n- You need to live at home with your kids and cannot travel", ""},
			{"Our PHP\n\nWhat we help with:\n\n- Working through life problems, including housing, jobs, or legal issues", ""},
			{"Our PHP\n\nCase managers offer practical help, including housing referrals.", ""},
			{"No one in our evening IOP stays overnight.", "iop true"},
			// The home clients come from, described, is no statement of
			// where they live in the program; going back to one is.
			{"Residential care\n\nOur residential program suits adults who live in home settings that feel unsafe.", ""},
			{"Day treatment\n\nOur PHP lets you go back to a home environment every evening.", "php true"},
			// Nor is one likened and then set apart with "but".
			{"Partial hospitalization\n\nOur PHP offers full days of care like inpatient residential treatment but lets patients sleep at home.", "php true"},
			// Living at home is never residential care's own: set beside
			// it, it is the other program's; after a sentence about it,
			// naming no program, it is no program's.
			{"Day treatment\n\nA PHP is nearly as intense as a residential program, but you get to go home in the evening.", "php true"},
			{"Levels of care\n\nResidential treatment gives structure around the clock. Some people, though, need to keep living at home while they work.", "other true"},
			// Living off site, outside an inpatient facility, locally in
			// one's own home, in its comfort, and care without a
			// residential stay: at home. A residential stay before the
			// program says nothing of where its clients live.
			{"Intensive outpatient\n\nIn our IOP, members keep residing offsite and come in three evenings a week.", "iop true"},
			{"Day treatment\n\nOur PHP is for adults who live outside of a residential facility yet still need full days of care.", "php true"},
			{"Intensive outpatient\n\nOur IOP lets clients keep living outside of the rehab.", "iop true"},
			{"Transitional PHP\n\nIn the step-down phase, clients attend our PHP and live outside of our housing facility.", "php true"},
			{"Day treatment\n\nOur PHP gives full days of care without a residential stay.", "php true"},
			// So is care coordinated with that absence, care taken
			// "without leaving" one's home or family, residency at a
			// facility not required, and the live-in care set aside.
			{"Day treatment\n\nOur PHP offers full days of care close to home and without a residential stay.", "php true"},
			{"Outpatient counseling\n\nOur outpatient program lets adults get care without leaving their families.", "op true"},
			{"Day treatment\n\nOur PHP does not require residency at a facility.", "php true"},
			{"Residential care\n\nOur residential program requires residency at the facility for six weeks.", "residential false"},
			{"Outpatient counseling\n\nOutpatient clients come to our office for sessions rather than living at a treatment center.", "op true"},
			{"Intensive outpatient\n\nOur IOP provides structured treatment for addiction and related mental health problems without a residential stay.", "iop true"},
			{"Residential care\n\nIn our residential program you will live at your treatment facility around the clock.", "residential false"},
			// A loss denied keeps what would be lost.
			{"Intensive outpatient\n\nOur IOP keeps clients in care without compromising their chance to live at home.", "iop true"},
			{"Intensive outpatient\n\nClients stay in our IOP without giving up living at home.", "iop true"},
			{"Intensive outpatient\n\nIn our IOP, clients will not have to sacrifice living at home with family.", "iop true"},
			{"Day treatment in Ohio\n\nInstead of the lengthy, costly inpatient programs, many people now prefer these shorter programs that let them stay at home.", "php true"},
			{"Our residential program\n\nInstead of going home during residential treatment, clients stay on our campus every night.", "residential false"},
			{"Intensive outpatient\n\nIn our IOP you never need to give up living at home.", "iop true"},
			{"Residential care\n\nOur residents do not risk a relapse by living at home during treatment.", "residential false"},
			{"Intensive outpatient\n\nOur IOP combines group counseling with the flexibility to sleep at home.", "iop true"},
			{"Day treatment\n\nOur PHP runs all day, still maintaining a flexibility to return home each night.", "php true"},
			{"Intensive outpatient\n\nOur IOP serves adults who need the flexibility to live at home.", ""},
			{"Intensive outpatient\n\nOur IOP clients never sleep overnight at a medical facility.", "iop true"},
			// The ends of a span the program sits between are neither its own.
			{"Intensive outpatient\n\nOur IOP is a middle ground between living at a rehab facility and managing on your own.", ""},
			{"Intensive outpatient\n\nOur IOP works as a bridge between a residential stay and returning home for good.", ""},
			{"Intensive outpatient\n\nIn our IOP you divide your week between living at home and attending groups.", "iop true"},
			{"Residential care\n\nOur residents do not live at home while they give up drinking.", "residential false"},
			{"Day treatment\n\nOur PHP offers intensive care without 24-hour inpatient stays.", "php true"},
			{"Day treatment\n\nOur PHP clients live off campus and come in five days a week.", "php true"},
			{"Day treatment\n\nMost of our PHP clients are living locally in their own home.", "php true"},
			{"Intensive outpatient\n\nOur IOP lets adults work on recovery in the comfort of their own homes.", "iop true"},
			{"Intensive outpatient\n\nAfter a residential stay, many clients step down to our IOP.", ""},
			{"Intensive outpatient\n\nOur IOP clients live at home. Adults who cannot stay safe without a residential stay are referred to our partners.", "iop true"},
			// A residential program's own clients said to go home
			// contradict its page; it is no other program's.
			{"Residential care\n\nOur residential clients live on site. In our residential program, clients go home each evening.", "residential false; residential true"},
			{"Day treatment\n\nOur PHP offers the same therapies as an inpatient program; however, patients reside at home.", "php true"},
			{"Day treatment\n\nBoth of our day programs are non-residential, so you sleep in your own bed each night, without the supervision of residential care.", "php true"},
			{"Day treatment\n\nOur PHP offers structured recovery without a residential stay.", "php true"},
			{"Intensive outpatient\n\nOur IOP is non-residential, so clients go home each night.", "iop true"},
			{"Outpatient care\n\nOutpatient care asks less than inpatient treatment, since clients live at home.", "op true"},
			{"Intensive outpatient\n\nOur IOP and our residential program share a campus, and the evening group members go home each night.", "iop true"},
			{"Day treatment\n\nOur PHP gives more freedom than inpatient care (clients sleep at home).", "php true"},
			{"Day treatment\n\nInpatient programs keep clients on site; however, day patients go home every evening.", "residential false; php true"},
			{"IOP and PHP\n\nOur IOP and PHP compared.\n\nThe two are not residential ones: in either program you go back home every evening; neither has staff on hand day and night, as inpatient or residential care does.", "iop true"},
			// Living within a facility, full-time in one, on site at one,
			// or together in an inpatient setting.
			{"Residential rehab\n\nDuring treatment, residents live within the inpatient facility.", "residential false"},
			{"Residential rehab\n\nClients live among one another in an inpatient setting.", "residential false"},
			{"Residential rehab\n\nIt means living full-time in an addiction rehabilitation facility.", "residential false"},
			{"Detox\n\nClients get care while residing onsite at our detox unit.", "detox false"},
			// Staying the night is living at the facility.
			{"Detox\n\nOur detox patients stay the night in a quiet unit.", "detox false"},
			// Staying home is living there; staying home when sick is not.
			{"Intensive outpatient\n\nOur IOP lets you stay home and keep your job.", "iop true"},
			{"Intensive outpatient\n\nPlease stay home when you feel sick and call your counselor.", ""},
			// A level likened ("residential-level") is not the program.
			{"Day treatment\n\nOur PHP gives inpatient-level structure while you keep living in your own home.", "php true"},
			// A label's answer naming home first, then housing of the
			// client's choosing, is home; not so beside the provider's own
			// cottages.
			{"Evening IOP\n\nOur evening IOP meets twice a week for ten weeks.\n\nGroups stay small.\n\nFamilies are welcome at the monthly open night.\n\nIOP at a glance\nGroup nights: Monday and Wednesday\nSleeping arrangements: at home or in an approved sober house", "iop true"},
			{"Evening IOP\n\nOur evening IOP meets twice a week for ten weeks.\n\nGroups stay small.\n\nFamilies are welcome at the monthly open night.\n\nIOP at a glance\nGroup nights: Monday and Wednesday\nSleeping arrangements: home or our lakeside cabins", ""},
			// Nights at home beside the day's care; living with a parent;
			// a program that includes no housing.
			{"Day program (PHP)\n\nOur PHP gives you six hours of care a day, with nights and weekends at home.", "php true"},
			{"Teen IOP\n\nIn our teen IOP, students go on living with their parents and attending school.", "iop true"},
			{"Our programs\n\nNeither our day program (PHP) nor our IOP includes housing; plan where you will sleep.", "iop true; php true"},
			{"Residential\n\nOur residential program includes housing, meals and laundry.", "residential false"},
			// A relative clause opened by a preposition hangs on the
			// program before it.
			{"Day programs\n\nOur PHP sends clients home each evening. It differs from residential care, in which clients live on the campus.", "residential false"},
			// "either one" and "in both" point back at the two programs.
			{"Day programs\n\nWe run a PHP and an IOP. With either one, clients sleep at home.", "php true; iop true"},
			{"Day programs\n\nWe run a PHP and an IOP. In both, clients sleep at home.", "php true; iop true"},
			// A prescriber's visit in a list of the week heads nothing.
			{"Our PHP\n\nEach week\nIndividual therapy sessions twice per week\nMedication check once a week\n\nEvery afternoon you go home.", "php true"},
			// The provider's own sentence after a program spoken of in
			// general is about the page's program.
			{"Residential Treatment at Tamarack Ridge\n\nPlenty of people start out in intensive outpatient care, which allows them to live at home.\n\nAt Tamarack Ridge you live on our campus for the whole stay.", "iop true; residential false"},
			// A level named first, "rehab" only its other name, is the
			// subject, whatever the page goes on about next.
			{"The words\n\nResidential, which lots of people call rehab, means you live on site.\n\nPHP is usually 5 days a week.", "residential false"},
			{"The words\n\nOutpatient care, which some people mix up with residential, means living at home.", "op true"},
			{"Residential care\n\nNot everyone has to live at a treatment center to get well.", ""},
			{"Residential care\n\nResidents live at the house. At night no staff member stays on site; a clinician is on call.", "residential false"},
			// A label, a dash and the answer.
			{"Day treatment\n\nOvernight stay - no", "php true"},
			{"Day treatment\n\nOvernight stay - PHP: no | IOP: no", "php true"},
			{"Our residence\n\nTherapists do not stay overnight.", ""},
			// "short of" an overnight stay is all but one.
			{"Day treatment\n\nOur PHP is the most care we offer short of an overnight stay.", "php true"},
			// The program after a condition of being ready is the one it
			// offers, whatever the section before was about.
			{"Our programs\n\nResidents stay on campus with nurses on duty overnight.\n\nWhen you are ready to go home at night, our day program and IOP keep the same care team.", "residential false; php true"},
			// A condition that the need is not there: the program after it
			// has none.
			{"Our programs\n\nUnless you need to live on site, our IOP is where most clients start.", "iop true"},
			// A group named in running text is no page topic: the weekend
			// course's stay is its own.
			{"Impaired Driver Weekend\n\nParticipants stay at our lodge for the whole weekend. Those who need more care are referred to our Monday outpatient group.", "other false"},
			{"Recovery apartments\n\nStaff do not stay overnight.", ""},
			{"Our PHP\n\nPHP clients do not stay overnight.", "php true"},
			// Staying or spending the night is the facility side; at home
			// it is home, and a night spent doing something says how.
			{"Day treatment\n\nOur PHP runs from nine to three, and clients never spend the night.", "php true"},
			{"Withdrawal care\n\nPatients in our detox stay the night in a private room.", "detox false"},
			{"Day treatment\n\nOur PHP suits adults who are safe to spend the night at home.", "php true"},
			// "home at night" as a fragment of its own; not a clause about
			// someone else's evenings.
			{"Day treatment\n\nOur PHP: structured groups by day, home at night.", "php true"},
			{"Our IOP\n\nWhy clients pick it:\n- Home each evening", "iop true"},
			{"Our residential program\n\nResidents may phone home at night after groups.", ""},
			{"Teen IOP\n\nOur teen IOP keeps parents involved, since most parents are home at night.", ""},
			// A night away from the program, the next day back in it.
			{"Day treatment\n\nOur PHP clients head to a relative's or a recovery house at five. They spend the night and come back the next morning for groups.", ""},
			{"Our IOP\n\nMany IOP clients spend the night studying for exams.", ""},
			{"Residential care\n\nOur residents never spend the night alone; a nurse is always on the unit.", ""},
			{"Withdrawal care\n\nBefore our detox begins, you may need to stay the night in the emergency department.", ""},
			{"Residential care\n\nRelatives may visit on Sundays, but they cannot stay the night.", ""},
			{"Residential care\n\nOur residents see their counselor daily, and they stay the night in shared rooms.", "residential false"},
			{"Our IOP\n\nOur IOP gives structure without overnight hospital stays.", "iop true"},
			{"Day treatment\n\nOur PHP avoids overnight hospital stays while still giving daily medical care. It eliminates the need for an overnight stay.", "php true; php true"},
			{"Residential care\n\nOur residential program avoids the need for an overnight stay in a hospital.", ""},
			{"Our IOP\n\nOur IOP is not for people who do not have a stable place to live.", ""},
			{"Day treatment\n\nPHP is the closest thing to residential care without the overnight stay.", "php true"},
			// Home for the night is home, whatever the night is called.
			{"Day treatment\n\nOur PHP lets clients go back home for overnight stays with family.", "php true"},
			// Living at home in other words: safely in the community, back
			// to home and school each evening.
			{"Our PHP\n\nPHP clients may still safely reside in the community.", "php true"},
			{"Our PHP\n\nOur PHP clients live in the community.", "php true"},
			{"Our IOP\n\nOur IOP lets teens return to their home and school settings every evening.", "iop true"},
			// A commitment of day and night asked of clients is a stay.
			{"Inpatient treatment\n\nA stay in an inpatient program requires a round-the-clock commitment from each client.", "residential false"},
			{"Our IOP\n\nUnlike residential care, which asks for a 24/7 commitment, our IOP meets three evenings a week.", "residential false"},
			{"Our IOP\n\nOur IOP does not require a 24/7 commitment.", "iop true"},
			{"Our IOP\n\nRecovery is a 24/7 commitment for everyone in our IOP.", ""},
			{"Detox at Fernhill\n\nCan I go home after detox instead of staying for residential?\n\nYes. We will set up outpatient care near your home.", ""},
			{"Our PHP\n\n| Feature | Details |\n|---|---|\n| Days | Monday–Friday |\n| Overnight stay | None – clients return home each evening |", "php true"},
			{"Residential care\n\nAfter residential care, most people step down to PHP and live at home again.", "php true"},
			{"Our IOP\n\nOur IOP meets Tuesday and Thursday mornings from 9 a.m. to noon, and participants continue to live at home and work.", "iop true"},
			{"Our PHP\n\nWhen you need more than weekly therapy but less than a live-in program, our PHP offers a structured day.", ""},
			// "it" after ", and" is the program the sentence opened on.
			{"Outpatient Program\n\nOur outpatient program does not include detox, and it does not require an overnight stay.", "op true"},
			{"Residential\n\nOur residential program follows detox, and it asks clients to live on site.", "residential false"},
			{"Levels of Care\n\nDay treatment programs (PHPs) deliver intensive outpatient care, with structure and no overnight stays.", "php true"},
			// A heading opening on overnight stays names a topic.
			{"Overnight Stays During Day Treatment\n\nDay treatment clients do not sleep at the center; they go home every evening.", "php true"},
			{"Overnight Stays in Detox Are Required\n\nDetox lasts three to seven days.", "detox false"},
			// Options set beside the live-in kind.
			{"Partial Hospitalization\n\nThere are good options besides a live-in center.", ""},
			{"Partial Hospitalization\n\nMost people know about rehab centers, but few know there are other choices in addition to a 24-hour live-in facility.", ""},
			{"Levels of care\n\nThis guide walks through the levels of care, from a counseling visit now and then to living at a treatment center.", ""},
			{"Residential care\n\nAfter detox, clients move to living at our treatment center for 30 days.", "residential false"},
			{"Our PHP\n\nDuring the week, PHP clients stay overnight at our facility.", "php false"},
			{"Our IOP\n\nIn our IOP, clients never reside at an addiction treatment facility.", "iop true"},
			{"Residential care\n\nResidents live at a drug treatment facility in the hills for six weeks.", "residential false"},
			{"Our PHP\n\nAll PHP participants live in Larchmont Residences, our supportive apartments near the clinic.", "php false"},
			{"Our PHP\n\nThe word \"hospitalization\" leads many people to assume they will be admitted and stay overnight.", ""},
			{"Our residential programs\n\n- 90-Day Complete Reset: life-skills coaching and a staged return home", ""},
			{"Teen Residential\n\nOur program is a 45- to 60-day stay, long enough to prepare the family for the return home.", ""},
			{"Day treatment with housing\n\nOur PHP clients live together in our staffed apartments during treatment.", "php false"},
			{"Our IOP\n\nClients who live together in the same house may enroll together. IOP clients return home each night.", "iop true"},
			{"Our PHP\n\nOur PHP runs five days a week, with clients heading home each evening.", "php true"},
			{"Our PHP\n\nOur PHP runs weekdays; clients return to their own residences at night.", "php true"},
			{"Our PHP\n\nPHP clients may live in a sober living house or in their own home while in this program.", "php true"},
			{"Our PHP\n\nOur residents live in our cottages or in their own homes nearby.", "residential false"},
			{"Our PHP\n\nYou do not remain overnight in our PHP.", "php true"},
			{"Our PHP\n\nOnce stable, PHP clients go back to the comfort of their own beds.", "php true"},
			{"Our PHP\n\nMost clients leave treatment early when they are ready.", ""},
			{"Our PHP\n\nSome clients leave treatment at night against medical advice.", ""},
			{"Residential care\n\nAt the end of each day, residents return to the comfort of their own beds in our cottages.", ""},
			{"Residential care\n\nResidents heading home each weekend on a pass sign out first.", ""},
			{"Our PHP\n\nOur PHP gives six hours of care a day, after that heading home each evening.", "php true"},
			{"Residential care\n\nAfter evening group, residents return to their residences on campus.", ""},
			{"Medical detox\n\nPatients heading home after detox are given a follow-up appointment.", ""},
			{"Residential care\n\nPets cannot remain overnight.", ""},
			{"Residential care\n\nAfter detox, most people move into our residential unit; others return home with a referral to a counselor.", ""},
			// Home as one way out of the stay, the next level the other.
			{"Teen inpatient unit\n\nOur unit keeps stays short so that each teen can go back home or step down to a lower level of care within about a week.", ""},
			{"Residential care\n\nMany residents move on to our sober living house; others go home with a follow-up appointment already set.", ""},
			// Living at home in the program stepped down to.
			{"Residential care\n\nAfter 30 days, most residents step down to our IOP and keep attending while living at home.", "iop true"},
			{"Our PHP\n\nSome PHP clients stay in our sober living house. Others return home instead, and commute in each morning.", "php false; php true"},
			{"Our PHP\n\nOur PHP clients return home with referral paperwork for their employer each evening.", "php true"},
			{"Our IOP\n\nOur IOP is fully outpatient: nobody stays overnight.", "iop true"},
			{"Our IOP\n\nNobody in the day program sleeps at the facility.", "php true"},
			{"Our IOP\n\nNobody detoxes alone at our clinic because nurses stay on site overnight.", ""},
			{"Residential care\n\nNobody at the front desk stays overnight, but our nurses do.", "residential false"},
			{"Residential care\n\nNobody in our residential program stays overnight alone; a technician is always on the floor.", "residential false"},
			{"Our IOP\n\nWe do not offer detox or residential care; every client lives at home and visits our office for groups.", "iop true"},
			{"Our IOP\n\nWe have no residential beds, so every client lives at home.", "iop true"},
			{"Residential care\n\nOur residential clients live on campus, not at home.", "residential false"},
			{"Our IOP\n\nOur IOP is built for adults who are stable enough to live at home.", "iop true"},
			{"Our PHP\n\nOur PHP serves adults well enough to reside at home.", "php true"},
			{"Residential care\n\nResidents stay with us until they are stable enough to live at home.", ""},
			{"Residential care\n\nResidents stay with us until they are stable enough to reside at home again.", ""},
			{"Outpatient detox\n\nWe offer outpatient (ambulatory) detox supervised by our physicians. You sleep at home and come to our clinic each morning.", "detox true"},
			{"Day treatment\n\nWhen a residential stay is more than you need, our PHP gives you a full treatment day. You return home each evening.", "php true"},
			{"Residential Care\n\nClients in our residential program live in our recovery home.", "residential false"},
			{"Our IOP\n\nOur IOP does not require you to relocate into a treatment center.", "iop true"},
			{"Residential Treatment | Wrenfield Recovery\n\nResidents live at Wrenfield for the whole of their stay.", "residential false"},
			{"Partial Hospitalization\n\nFor people with a safe place to go home to at night, our PHP offers structure without an overnight stay.", "php true"},
			{"Ridge Counseling\n\nSome levels of care, like IOP, let clients live at home.", "iop true"},
			{"Our IOP\n\nDuring IOP, all clients reside in our supervised community housing.", "iop false"},
			{"Our IOP\n\nClients in our IOP stay in our supervised recovery housing for the whole program.", "iop false"},
			{"Detox\n\nPatients stay with us overnight for the full length of detox.", "detox false"},
			{"Residential\n\nMost people finish our residential program after 30 days and then go home.", ""},
			{"Sober Living\n\nA house manager lives on site and keeps the schedule.", ""},
			{"Day treatment\n\nSome clients stay at Brook Hall, which has a house manager who lives on site.", ""},
			{"Day treatment\n\nOur PHP clients are adults who live on site at Brook Hall.", "php false"},
			{"Sober Living\n\nResidents live in the house, share chores and pay rent.", "other false"},
			{"Partial Hospitalization\n\n| Program fact | PHP |\n|---|---|\n| Overnight stay | None |", "php true"},
			{"Our IOP\n\nClients live in their own homes and attend groups in the evening.", "iop true"},
			{"Our IOP\n\nClients keep living independently in their own homes and attend groups in the evening.", "iop true"},
			{"Teen Residential\n\nFor the length of their stay, our residential teens move out of their homes and into a rehab center.", "residential false"},
			{"Sober Living\n\nOur sober living homes give people a bridge from rehab prior to returning home.", ""},
			{"Sober Living\n\nInstead of immediately returning home, residents of our sober living homes build routines together.", ""},
			{"Our PHP\n\nPHP clients attend groups all day before returning home each evening.", "php true"},
			{"Day Treatment\n\nPHP groups run in daylight hours, and clients live outside an inpatient rehab facility.", "php true"},
			{"Day Treatment\n\nPHP clients reside outside the program facility.", "php true"},
			{"Our Day Program\n\nOur PHP never asks members to live at a specific facility.", "php true"},
			{"Our Day Program\n\nOur PHP is a demanding level of non-residential care.", "php true"},
			{"Our IOP\n\nIOP members go back to their home settings every evening.", "iop true"},
			{"Teen Day Program\n\nOur day program gives teens a structured school day, and they return to their families every afternoon.", "php true"},
			{"Virtual IOP\n\nYou attend from home on a laptop or tablet.", "iop true"},
			{"Partial Hospitalization\n\nPHP clients spend nights at home or in a sober residence of their choice.", "php true"},
			{"Partial Hospitalization\n\nA PHP is a step up from IOP, and like IOP, you return home each evening.", "php true"},
			{"How Long Does Detox Take?\n\nDetox takes days. In an inpatient unit you stay overnight. In ambulatory (outpatient) detox you visit the clinic each day and sleep at home.", "detox false; detox true"},
			{"Medical Detox at Pinecrest\n\nOur detox team manages withdrawal safely. For heavier alcohol use, patients stay on our inpatient unit until detox is complete.", "detox false"},
			{"Our PHP\n\nA typical PHP stay at our center lasts three weeks.", ""},
			{"Our IOP\n\nClients live in sober housing of their choice.", ""},
			{"IOP vs PHP\n\nOur IOP meets three days a week.\n\nOur PHP meets five days a week.\n\nBoth programs allow you to live at home.", "iop true; php true"},
			// The group named by its kind of care is still the two before.
			{"IOP vs PHP\n\nOur PHP and our IOP are two steps of outpatient care. Both levels of part-time day treatment let you sleep at home, but they differ in hours.", "php true; iop true"},
			{"Residential\n\nResidential programs provide a place to live.", "residential false"},
			{"Residential\n\nResidential clients live on our Virginia Beach campus for the entire stay.", "residential false"},
			{"Detox\n\nPatients stay on the unit around the clock.", "detox false"},
			{"Levels\n\n| | Residential | PHP | IOP |\n|---|---|---|---|\n| Where you sleep | At the facility | At home | At home |", "residential false; php true; iop true"},
			{"Our IOP\n\nClients live in the city center near our office.", ""},
			{"Levels of care\n\nOur IOP meets three days a week and our PHP five. Both are outpatient levels: you sleep in your own bed.", "iop true; php true"},
			{"Our collegiate IOP fits students who live in dorms or off-campus apartments.", ""},
			{"Collegiate IOP\n\nMany of our IOP clients live in a residence hall on campus.", ""},
			// Care a client does without is no program the sentence speaks of.
			{"Our IOP\n\nOur IOP meets three evenings a week. Patients live at home and must not need detox.", "iop true"},
			{"Our IOP\n\nOur IOP meets three evenings a week. Clients live at home and should not need medical detox.", "iop true"},
			{"Collegiate IOP\n\nMost IOP students keep living in the dorms during the program.", ""},
			{"Residential care\n\nResidents live in our dorms on the ranch for the whole program.", "residential false"},
			{"After treatment, many clients move into a home of their own.", ""},
			{"Teen IOP\n\nWhere does my teen stay?\nAt home, with family.", "iop true"},
			{"Residential\n\nWhere will I sleep?\nOn campus, in a shared room.", "residential false"},
			{"Where is the clinic?\nAt home plate stadium, downtown.", ""},
			{"Teen IOP questions\n\nDoes the IOP provide detox?\nNo. Teens who need detox go to a hospital first.\n\nWill my teen sleep here?\nNo. This is an outpatient program; every teen goes home each afternoon.", "iop true"},
			// An answer that names a program and then points back to it
			// speaks of that program, not the page's.
			{"Outpatient Rehab\n\nWhat is rehab?\n\nInpatient rehab suits people with long-term addictions. It asks patients to stay at the facility.", "residential false"},
			{"Teen IOP\n\nThis is an outpatient program; every teen goes home each night.", "iop true"},
			{"Intensive Outpatient\n\nWhere you sleep: at home.", "iop true"},
			{"Residential\n\nWhere you sleep: at the facility.", "residential false"},
			// "On site" under a column of where clients stay says where they
			// sleep, not that a service is offered.
			{"Our programs\n\n| Program | Where you stay |\n|---|---|\n| Residential | On site |\n| Partial Hospitalization | Home or sober living |", "residential false; php true"},
			// A yes or no under a column that asks it is the answer still.
			{"Levels of care\n\n| Level | Lives at home? |\n|---|---|\n| IOP | Yes |\n| Residential | No |", "iop true; residential false"},
			{"PHP at a glance\n\n- Overnight stay required: no", "php true"},
			{"Our IOP gives adults structured treatment without a move into a facility.", ""},
			{"Residential Treatment\n\nResidents live on our 12-acre campus while in treatment.", "residential false"},
			{"Partial Hospitalization\n\nEvery PHP client lives in one of our supported residences while in the program.", "php false"},
			{"Residential Treatment\n\nAfter detox, clients move into one of our residential cottages.", "residential false"},
			{"Residential Treatment\n\nMen in the program live in cabins by the lake.", "residential false"},
			{"Residential Treatment\n\nYou move into the lodge on your first day.", "residential false"},
			{"Evening IOP\n\nNights and weekends are spent at home with family.", "iop true"},
			{"Our PHP is for adults who can safely be at home overnight.", "php true"},
			{"Residential Treatment\n\nMany clients are moving into a new home after treatment.", ""},
			{"In our IOP, clients live at home and attend sessions.", "iop true"},
			{"Residential clients live at the facility.", "residential false"},
			{"Our PHP does not include overnight housing.", "php true"},
			{"Sage House sober living\n\nA live-in house manager is on the property in the evenings.", ""},
			{"Our women's program\n\nOur women's residential program is fully residential: clients live in the Aspen House, a ten-bed home.", "residential false"},
			{"Our IOP\n\nAn IOP is far less immersive than living at a treatment facility.", ""},
			{"Our residential program\n\nGuests do not leave the campus overnight while in treatment.", "residential false"},
			{"Our PHP\n\nPatients leave the center each evening and come back in the morning.", "php true"},
			{"PHP clients live in our on-site residence for the length of the program.", "php false"},
			// A named residence, said to be the provider's.
			{"Our IOP\n\nIOP clients without a safe place to stay may live at Alder House, our 8-bed recovery residence, while in the program.", "iop false"},
			{"Our IOP\n\nIOP clients continue to live in their own house, a familiar home environment, while they attend groups.", ""},
			{"Our IOP\n\nIOP clients keep living at home with their families, our most common arrangement.", "iop true"},
			{"Our PHP\n\nBecause PHP patients remain overnight on the hospital unit, nurses are available around the clock.", "php false"},
			{"Levels of care\n\nChoosing a level starts with two questions: how much structure you need, and whether you can safely live at home during treatment.", ""},
			{"Our IOP\n\nWhether you are in day treatment or evening IOP, you return home at the end of each day.", "iop true"},
			{"Our PHP\n\nPHP clients reside in Palmetto Reach's supervised housing, where technicians are on site around the clock.", "php false"},
			{"A typical PHP stay at our center lasts two to four weeks.", ""},
			{"PHP clients stay overnight in our residential building during treatment.", "php false"},
			{"Our residential program\n\nResidential clients stay with us around the clock for the first 30 days.", "residential false"},
			{"Standard outpatient care is the lightest level. People live at home but come to scheduled sessions with counselors in day programs.", "php true"},
			{"Day Treatment\n\nDay treatment has advantages. Residential care is sometimes necessary for stabilization. Clients receive all the treatment aspects of a residential program, minus overnight stays at the facility.", "php true"},
			{"Residential Treatment\n\nResidential care gives the most support around the clock. If you need to stay in the comfort of your own home while you recover and your addiction is not severe, outpatient may suit you best.", "op true"},
			{"For those who want to live at home during recovery, an IOP can be a good option.", ""},
			{"Partial hospitalization programs sit between inpatient care and less intensive outpatient services. They let you go home each night.", "php true"},
			// A clock time said of every day is the day's end; one alone
			// may end an evening out.
			{"Day program (PHP)\n\nYou leave the clinic and go home at 3:15 every afternoon.", "php true"},
			{"Evening IOP\n\nGroups finish late, and most people head home by 9:30.", ""},
			{"Our PHP runs all day. Its schedule mirrors a hospital stay, without the overnight stay.", "php true"},
			{"Outpatient programs are the least intensive option. Clients receive detox, counseling and therapy. Then each client goes home after the session.", "op true"},
			{"Our outpatient program can start with detox. During the detox stay, a daily schedule is followed. Clients return home each night.", "detox true"},
			{"PHP clients return to their homes each evening.", "php true"},
			{"Our IOP does not require overnight stays.", "iop true"},
			// An item inside a list that "or" closes shares the denial.
			{"Our IOP does not offer detox, overnight stays or 24-hour supervision.", "iop true"},
			{"Our IOP offers no detox, overnight stays or 24-hour supervision.", "iop true"},
			{"IOP is structured therapy without detox, overnight stays or 24/7 supervision.", "iop true"},
			{"Partial hospitalization patients do not sleep at the center.", "php true"},
			{"IOP participants keep sleeping in their own beds.", "iop true"},
			{"Residential care is a live-in arrangement.", "residential false"},
			// Their own living environment is home.
			{"Outpatient rehab\n\nOutpatient care lets clients get help while they stay in their usual living environment.", "op true"},
			// The live-in care clients finish before the program, named
			// in passing, is no stay of the program's.
			{"Outpatient care\n\nOutpatient counseling is often the next step for people after finishing a live-in program.", ""},
			{"Outpatient care\n\nOutpatient groups suit many people once they have left a live-in facility.", ""},
			{"Many clients feel at home in our community.", ""},
			{"Unlike residential treatment, which keeps you on-site, our IOP lets you sleep in your own bed.", "residential false; iop true"},
			{"Unlike residential patients who live at the facility, our day program clients go home every evening.", "residential false; php true"},
			{"Unlike a residential stay, where you live on campus, our IOP lets you sleep at home.", "residential false; iop true"},
			// (A bracket opening on "where" right after the program named.)
			{"Intensive Outpatient Program\n\nOur IOP sits between weekly counseling and residential care (where you stay at a facility around the clock).", "residential false"},
			{"Intensive Outpatient Program\n\nOur IOP (where you live at home) meets 3 days a week.", "iop true"},
			{"Unlike residential care, clients of our IOP sleep at home.", "iop true"},
			{"Unlike residential care, our clients sleep at home.", "other true"},
			{"Unlike other kinds of care that make clients stay overnight, our PHP lets clients go home at night.", "other false; php true"},
			{"Unlike most programs, where clients in our IOP sleep at home, ours offers housing.", "iop true"},
			{"Our residential program gives structure day and night. In contrast to outpatient care, clients stay in the facility throughout treatment.", "residential false"},
			{"Our residential program gives structure day and night. As opposed to a weekly outpatient group, clients stay in the facility throughout treatment.", "residential false"},
			{"Our IOP is not a residential program; clients sleep at home.", "iop true"},
			{"Outpatient alcohol and drug detoxification lets you withdraw safely while still living at home.", "detox true"},
			{"Detox happens in our residential setting with nurses on site.", "detox false"},
			{"Our PHP takes place in a hospital setting.", ""},
			{"Many people assume that residential rehab means you cannot live at home.", ""},
			// A fear set out to be answered states nothing.
			{"Day program\n\nPHP clients go home each evening. Families often worry that their teen will have to stay overnight. They will not.", "php true"},
			{"IOP vs PHP\n\nBoth programs provide daily therapy without overnight stays.", "iop true; php true"},
		},
	})
}

// homeDescribed reports "home" used as a modifier of the place it
// describes: "… in home environments", "home situations".
// ("go back to a home environment every evening" is going home.)
func homeDescribed(rest string) bool {
	rest = strings.TrimLeft(rest, " ")
	noun := leadingWord(rest, 0)
	switch noun {
	case "environments", "situations", "settings", "lives", "conditions":
		return true
	case "environment", "situation", "setting", "life":
		next := leadingWord(strings.TrimLeft(rest[len(noun):], " "), 0)
		return next == "that" || next == "which" || next == "where" || next == "is"
	}
	return false
}

// betweenEnds reports the phrase at l[start:end] as an end of a span a
// program is said to sit in: right after "between", or after the "and"
// of such a "between" in the same phrase, where the words before name
// the span ("middle ground", "bridge", "halfway", "gap").
func betweenEnds(l string, start, end int) bool {
	k := -1
	switch wordBefore(l, start) {
	case "between":
		if hasWord(l[end:], "and") {
			k = lastIndex(l[:start], "between")
		}
	case "and":
		if k = lastIndex(l[:start], "between "); k < 0 || start-k > 80 || strings.ContainsAny(l[k:start], ",;:") {
			k = -1
		}
	}
	return k >= 0 && spanWords.MatchString(l[max(0, k-40):k])
}

var spanWords = prefilter.MustCompile(`\b(?:middle\s+ground|midway|halfway|bridge|gap|in-between|step)\b`)

// clockCommitment reads a commitment of the whole day and night ("Inpatient
// stays require a round-the-clock commitment", "residential care,
// which asks for a 24/7 commitment") as a stay at the facility: one
// commits one's nights, not only one's hours. ("IOP does not require a
// 24/7 commitment" says the clients live at home.)
func clockCommitment(s *sentence) []boolHit {
	if !s.contains("commitment") {
		return nil
	}
	var out []boolHit
	for _, m := range wholeDayCommitment.FindAllStringIndex(s.lower, -1) {
		// (Asked of the client by a program: "Recovery is a 24/7
		// commitment" is a saying.)
		if commitmentAsked.MatchString(s.lower[max(0, m[0]-30):m[0]]) {
			out = append(out, boolHit{value: negated(s.lower, m[0]), start: m[0], end: m[1]})
		}
	}
	return out
}

var commitmentAsked = prefilter.MustCompile(`\b(?:require|requires|required|requiring|demand|demands|ask\s+for|asks\s+for|call\s+for|calls\s+for|involve|involves|entail|entails)\s+(?:an?\s+|the\s+)?$`)

var wholeDayCommitment = prefilter.MustCompile(`\b(?:24/7|24-7|around-the-clock|round-the-clock|around\s+the\s+clock|24-hour|full-time,?\s+live-in)\s+commitment\b`)

// detoxAsOutpatient reads detox done "on an outpatient basis" ("allowing
// for detox on an outpatient basis", "mild withdrawal can be managed on
// an outpatient basis"): the patient goes home. Said of a day program
// ("intensive care on an outpatient basis") it adds nothing to what the
// program's level says.
func detoxAsOutpatient(s *sentence) (boolHit, bool) {
	if !s.contains("outpatient basis") {
		return boolHit{}, false
	}
	k, n := -1, 0
	for _, p := range []string{"on an outpatient basis", "on outpatient basis"} {
		if k = strings.Index(s.lower, p); k >= 0 {
			n = len(p)
			break
		}
	}
	if k < 0 {
		return boolHit{}, false
	}
	lo, _ := clauseBounds(s.lower, k, k)
	if !hasWord(s.lower[lo:k], "detox", "detoxification", "withdrawal") {
		return boolHit{}, false
	}
	// ("We do not provide detox on an outpatient basis": outpatient
	// detox denied, which says nothing of where detox patients sleep.)
	if negated(s.lower, k) {
		return boolHit{}, false
	}
	return boolHit{value: true, start: k, end: k + n, subject: Detox}, true
}

// careGivenWithout reports "without" at start in a clause that gives
// care, the care named a few words back: "Our IOP provides structured
// treatment for addiction and related mental health problems without a
// residential stay".
func careGivenWithout(l string, start int) bool {
	lo, _ := clauseBounds(l, start, start)
	pre := l[lo:start]
	return hasWord(pre, careWithoutWords...) && hasWord(pre, "provides", "provide", "offers", "offer", "delivers", "deliver", "gives", "give") && !hasWord(pre, "not", "cannot", "unable", "need", "needs")
}
