package claims

import (
	"github.com/factlint/factlint/claims/quantity"
	"slices"
	"strings"

	"github.com/factlint/factlint/internal/prefilter"
)

// partIncluded reports ms[i] set off right after "including" (past a
// "medical" or "medically supervised"), within 60 bytes of a program named before it in the same sentence.
func partIncluded(lower string, ms []mention, i int) bool {
	if i == 0 {
		return false
	}
	j := ms[i].start
	w := wordBefore(lower, j)
	for n := 0; n < 2 && (w == "medical" || w == "medically" || w == "supervised" || w == "monitored" || w == "managed"); n++ {
		j = lastIndex(lower[:j], w)
		w = wordBefore(lower, j)
	}
	if w != "including" {
		return false
	}
	// Only an aside: "including detox for 5 to 7 days" goes on with the
	// part's own figure.
	if rest := strings.TrimLeft(lower[ms[i].end:], " "); rest != "" && !strings.ContainsAny(rest[:1], ",;:)") {
		return false
	}
	p := ms[i-1]
	return programSubject(p.subject) && !p.weak && ms[i].start-p.end <= 60 && !strings.ContainsAny(lower[p.end:ms[i].start], ".!?")
}

// lowestLevelOf ends on a level named by its rank: "the lightest level
// of ".
var lowestLevelOf = prefilter.MustCompile(`\b(?:lowest|lightest|least\s+intensive|most\s+basic|first)\s+level\s+of\s+$`)

// leavingBefore ends on a level being left, with what else is left
// beside it: "leaving a hospital or ", "finishing their ".
var leavingBefore = prefilter.MustCompile(`\b(?:leaving|finishing|completing|discharged\s+from)\s+(?:an?\s+|the\s+|their\s+|your\s+|his\s+|her\s+|our\s+)?(?:(?:[a-z-]+\s+){1,2}(?:or|and)\s+)?$`)

// nextStep are words of going on to a program that mark it as where care
// goes next only after a word of sequence (leadsOn): "stay four to six
// days before transferring to residential care", not "Patients heading to
// our IOP afterward stay 8 weeks".
var nextStep = wordSet("transferring", "transfer", "transfers", "transitions", "discharged", "heading")

// leadsOn reports a word of sequence right before i: "before", "then",
// "until".
func leadsOn(lower string, i int) bool {
	switch wordBefore(lower, i) {
	case "before", "then", "until", "prior":
		return true
	}
	return false
}

// contrasted reports whether the i-th mention is named as a contrast: a
// contrast word among the few words before it, skipping articles,
// adjectives and the other programs of a coordination ("unlike inpatient
// or residential rehab").
// comparedAt is where "compared with/to" and at most three small words
// end pre, -1 when they do not.
func comparedAt(pre string) int {
	if k := lastIndex(pre, "compared "); k >= 0 && comparedWith.MatchString(pre[k:]) {
		return k
	}
	// "an intensity comparable to a residential stay": the level
	// held up as the measure.
	if k := lastIndex(pre, " to "); k >= 0 {
		if loc := likenedTo.FindStringIndex(pre[max(0, k-12):]); loc != nil {
			return max(0, k-12) + loc[0]
		}
	}
	// ("Our PHP offers the same services as our IOP but with 20 hours",
	// "Like our IOP, our PHP meets …": the program the one spoken of is
	// likened to.)
	// (Each asked only when its words stand in pre: this runs for every
	// mention of every block.)
	if strings.Contains(pre, "same ") && strings.Contains(pre, " as ") {
		if loc := sameAs.FindStringIndex(pre); loc != nil {
			return loc[0]
		}
	}
	if strings.Contains(pre, "like ") {
		if loc := likeOpening.FindStringIndex(pre); loc != nil {
			return loc[0]
		}
	}
	// ("PHP is almost as intensive as residential care: six hours a
	// day": the level held up as the measure; not "as well as", "as
	// long as", "as soon as".)
	if k := strings.Index(pre, "as "); k >= 0 && strings.Contains(pre[k+2:], " as ") {
		// ("IOP is nowhere near as intensive as residential care:
		// round-the-clock support", "not as demanding as PHP: six hours
		// a day": what follows a likeness denied may spell out the level
		// held up; read as before.)
		if m := asMuchAs.FindStringSubmatchIndex(pre); m != nil && !notLikening[pre[m[2]:m[3]]] && !likenessDenied.MatchString(pre[:m[0]]) {
			return m[0]
		}
	}
	return -1
}

// asMuchAs ends on "as <word> [word] as" and up to two words: "as
// intensive as ", "as much structure as a ", "as structured as our ".
var asMuchAs = prefilter.MustCompile(`\bas\s+([a-z-]+)(?:\s+[a-z-]+)?\s+as\s+(?:(?:a|an|the|our|in|with|that\s+of)\s+)?(?:[a-z-]+\s+){0,2}$`)

// likenessDenied ends on a denial or a distance before "as … as": "not
// ", "isn't ", "nowhere near ", "far from ".
var likenessDenied = prefilter.MustCompile(`(?:\bnot|n't|n’t|\bnowhere\s+near|\bnot\s+nearly|\bfar\s+from|\bnever)\s+(?:quite\s+|nearly\s+|always\s+)?$`)

// notLikening words make "as … as" something else than a likeness: "as
// well as" adds, "as long as" sets a condition.
var notLikening = wordSet("well", "long", "soon", "far", "such", "often", "little", "early", "late", "needed", "necessary", "possible")

// sameAs ends on "the same … as": "the same services as our ", "the
// same structure as an ".
var sameAs = prefilter.MustCompile(`\bsame\s+(?:[a-z-]+\s+){0,4}?as\s+(?:(?:a|an|the|our|their|your)\s+)?$`)

// likeOpening ends on "Like" opening a sentence or clause, before the
// program likened: "Like our ", "; like the ".
var likeOpening = prefilter.MustCompile(`(?:^\W*|[.;:!?]\s*)like\s+(?:(?:a|an|the|our|their|your)\s+)?$`)

var likenedTo = prefilter.MustCompile(`\b(?:equal|comparable|similar|equivalent|akin|identical)\s+to\s+(?:(?:a|an|the|one|that\s+of|those\s+of)\s+){0,2}$`)

// asideLikened ends on the opening of an aside that likens: ", as in",
// ", as with", ", just as in a".
var asideLikened = prefilter.MustCompile(`,\s+(?:just\s+)?as\s+(?:in|with)\s+(?:(?:a|an|the|our|their|your)\s+)?$`)

// asideCloses closes such an aside right after the program's name, past a
// word of care: ",", " care,", ") programs,".
var asideCloses = prefilter.MustCompile(`^\)?\s*(?:(?:care|treatment|programs?|rehab|settings?)\s*)?,`)

// finishedFrom ends on the people who finished a program, right before
// its name: "graduates of ", "alumni of our ", "graduating from the ".
var finishedFrom = prefilter.MustCompile(`\b(?:graduates|graduated|graduating|alumni)\s+(?:of|from)\s+(?:(?:the|our|an?|their|your)\s+)?$`)

var comparedWith = prefilter.MustCompile(`^compared\s+(?:with|to)\s+(?:(?:a|an|the|one|single|weekly|standard|traditional|regular)\s+){0,3}$`)

// opposedAt is where "in contrast to/with" or "as opposed to" and at most
// three small words end pre, -1 when they do not: "In contrast to
// outpatient care, clients stay on site" holds outpatient care up beside
// the program the clause is about.
func opposedAt(pre string) int {
	for _, cue := range [...]string{"contrast ", "opposed "} {
		if k := lastIndex(pre, cue); k >= 0 && opposedTo.MatchString(pre[max(0, k-3):]) {
			return k
		}
	}
	return -1
}

var opposedTo = prefilter.MustCompile(`^(?:in |as )(?:contrast\s+(?:to|with)|opposed\s+to)\s+(?:(?:a|an|the|one|single|weekly|standard|traditional|regular)\s+){0,3}$`)

// nonAt returns where a "non" negating the program named at start
// begins ("non-residential", "non residential", "non- residential": a
// word a line break split), or -1.
func nonAt(lower string, start int) int {
	switch {
	case start >= 4 && lower[start-4:start] == "non-":
		return start - 4
	case start >= 3 && lower[start-3:start] == "non":
		return start - 3
	}
	for _, p := range [...]string{"non ", "non- "} {
		if k := start - len(p); k >= 0 && lower[k:start] == p && (k == 0 || !isWordByte(lower[k-1])) {
			return k
		}
	}
	return -1
}

// otherwiseNeeded ends on the care someone would need without the
// program: "would otherwise need ", "otherwise require an ".
var otherwiseNeeded = prefilter.MustCompile(`\botherwise\s+(?:need|needs|require|requires|be\s+in|have\s+to\s+enter|enter)\s+(?:an?\s+|the\s+)?$`)

// cannotTakeUp ends on care someone cannot take up: "cannot enroll in
// ", "can't commit to a ", "are unable to attend full-time ", "cannot
// afford ".
var cannotTakeUp = prefilter.MustCompile(`\b(?:cannot|can['’]t|can\s+not|could\s+not|couldn['’]t|unable\s+to|not\s+able\s+to)\s+(?:(?:yet|easily|fully|realistically)\s+)?(?:enroll|enrol|commit|attend|enter|afford|access|check)\s+(?:(?:in|to|into|for)\s+)?(?:(?:an?|the)\s+)?(?:(?:full-time|24-hour|long-term|short-term|traditional|standard|costly)\s+)?$`)

// peopleOfProgram after a program's name make it the people's:
// "clients who no longer need detox and IOP clients": a second group of
// people, not a second level needed no longer.
var peopleOfProgram = wordSet("clients", "patients", "members", "participants", "residents", "graduates", "alumni", "staff", "teens", "adults")

// coordinatedWith reports lower[end:start] as "or" or "and" between two
// mentions, and at most two words of kind after it ("detox or short-term
// residential care").
func coordinatedWith(lower string, end, start int) bool {
	if start < end || start-end > 40 {
		return false
	}
	f := strings.Fields(lower[end:start])
	if len(f) == 0 || len(f) > 3 || f[0] != "or" && f[0] != "and" {
		return false
	}
	return !strings.ContainsAny(lower[end:start], ",;:.()")
}

func contrasted(lower string, ms []mention, i int) bool {
	m := ms[i]
	// "what makes the program intensive compared with a single therapy
	// appointment": the care held up beside it, a word or two on.
	// (Each cue is searched for only in the bytes a cue within reach can
	// start in: the whole block before every mention made blocks of many
	// mentions quadratic.)
	lo := max(0, m.start-40)
	if k := comparedAt(lower[lo:m.start]); k >= 0 {
		return true
	}
	// "weekly meetings for graduates of IOP", "alumni of our PHP": the
	// program finished, not the one the figure is about.
	if strings.Contains(lower[lo:m.start], "gradua") || strings.Contains(lower[lo:m.start], "alumni") {
		if finishedFrom.MatchString(lower[lo:m.start]) {
			return true
		}
	}
	// "In IOP, as in PHP, clients live at home": a program likened in an
	// aside set off by commas is not what the sentence is about.
	if asideLikened.MatchString(lower[max(0, m.start-24):m.start]) && asideCloses.MatchString(lower[m.end:]) {
		return true
	}
	// "Anything under 20 hours a week is below the usual PHP floor",
	// "would not meet the IOP threshold": the level whose bar a figure
	// is held up against.
	// ("Schedules under 20 hours a week are too light to be PHP": the
	// level the figure falls short of.)
	if barNouns[wordAfter(lower, m.end)] && belowThe.MatchString(lower[max(0, m.start-40):m.start]) || tooLightFor.MatchString(lower[max(0, m.start-40):m.start]) {
		return true
	}
	// "for adults too unstable for routine outpatient counseling": the
	// level someone has outgrown, held below the program.
	if strings.Contains(lower[lo:m.start], "too ") && tooUnwellFor.MatchString(lower[lo:m.start]) {
		return true
	}
	// "your doctor has to state that you would otherwise require
	// inpatient care": the care the program stands in for.
	if otherwiseNeeded.MatchString(lower[lo:m.start]) {
		return true
	}
	// "adults who want daily support but cannot enroll in inpatient
	// care": the care someone cannot take up.
	if cannotTakeUp.MatchString(lower[lo:m.start]) {
		return true
	}
	lo = max(0, m.start-43)
	if k := opposedAt(lower[lo:m.start]); k >= 0 && m.start-(lo+k) <= 40 {
		return true
	}
	if nonAt(lower, m.start) >= 0 {
		return true
	}
	// "needs that reach beyond what an IOP can provide":
	// the care a program is more than.
	lo = max(0, m.start-60)
	if k := lastIndex(lower[lo:m.start], "beyond what "); k >= 0 && !strings.ContainsAny(lower[lo+k:m.start], ",;.") &&
		canOfferAfter.MatchString(lower[m.end:min(len(lower), m.end+60)]) {
		return true
	}
	// "more help than what anyone could reasonably offer inside a
	// traditional outpatient setting": the care a program is more than.
	// (Only the 60 bytes before the mention are read: every mention of
	// a page asks.)
	near := lower[max(0, m.start-60):m.start]
	if k := lastIndex(near, "than what "); k >= 0 && !strings.ContainsAny(near[k:], ",;.") {
		return true
	}
	// "more care than can be given through standard
	// outpatient visits": the same, said with a passive verb.
	if strings.Contains(near, "than ") && thanProvidedVia.MatchString(near) {
		return true
	}
	// ("a halfway point between a hospital psychiatric ward and
	// weekly outpatient counseling": the far end of a span of levels the
	// program sits inside; its near end is held up by "between" itself.)
	// (Only the level right after the "and", a word or three of its
	// kind between: "between residential care and outpatient therapy
	// often spend 2 weeks in PHP" leaves the PHP the sentence's.)
	if k := lastIndex(lower[max(0, m.start-80):m.start], " between "); k >= 0 {
		if t := lower[max(0, m.start-80)+k : m.start]; !strings.ContainsAny(t, ",;.") {
			if a := lastIndex(t, " and "); a >= 0 && len(strings.Fields(t[a+len(" and "):])) <= 3 {
				return true
			}
		}
	}
	// "moods that could call for more intensive inpatient or PHP care
	// later": the higher levels a program keeps clients from.
	if m.subject == Residential || m.subject == PHP {
		if k := lastIndex(near, "more intensive "); k >= 0 && onlyCoordinated(lower, ms[:i], m.start-len(near)+k+len("more intensive "), m.start) {
			return true
		}
	}
	// "Adults leaving residential care, or IOP clients whose symptoms
	// are getting worse": people in another program, listed among those
	// a program is for.
	if w := wordBefore(lower, m.start); w == "or" || w == "and" {
		rest := strings.Fields(lower[m.end:min(len(lower), m.end+24)])
		if len(rest) >= 2 && (rest[0] == "clients" || rest[0] == "patients" || rest[0] == "members" || rest[0] == "participants") && rest[1] == "whose" {
			return true
		}
	}
	// "Patients live at home and must not need detox": care a client
	// does without is no program the sentence describes.
	if e := needBeforeMention(lower, m.start); e >= 0 && needlessBefore(lower[:e]) {
		return true
	}
	// ("who no longer need detox or short-term residential care": a
	// level joined by "or" or "and" to the one a need denies is denied
	// with it.)
	// (The need before the mention first: asked of every mention of a
	// page, it rules out nearly all.)
	if i > 0 {
		if e := needBeforeMention(lower, ms[i-1].start); e >= 0 && coordinatedWith(lower, ms[i-1].end, m.start) && !peopleOfProgram[wordAfter(lower, m.end)] && needlessBefore(lower[:e]) {
			return true
		}
	}
	// "an ideal landing spot after IOP": the level before, not the one
	// the sentence speaks of. (Only right before the name: "after school
	// in our teen IOP" is the IOP's.)
	// ("anyone just leaving a detox unit or residential care": the level
	// left, the step before.)
	if leavingBefore.MatchString(lower[max(0, m.start-48):m.start]) {
		return true
	}
	w, _ := wordBeforeArticle(lower, m.start)
	// ("detox takes place on site before residential begins, usually
	// lasting three to five days": the level after.)
	if w == "after" || w == "before" && beginsAfter(lower, m.end) {
		return true
	}
	// "a 30-day program, focusing mainly on detoxification": what a
	// program is about, not which program it is.
	// ("Rincon Path focuses on standard outpatient care: one group a
	// week": a provider's focus is the program it runs.)
	if focusedOn(lower[max(0, m.start-40):m.start]) && programFocusing(lower, ms, i) {
		return true
	}
	// ("Following PHP, you move to IOP": opening its sentence or clause,
	// "following" names the step before; "the following IOP schedule"
	// lists what comes.)
	if w == "following" {
		k := lastIndex(lower[:m.start], "following")
		if pre := strings.TrimRight(lower[:k], " "); pre == "" || strings.HasSuffix(pre, ",") || strings.HasSuffix(pre, ";") {
			return true
		}
	}
	// "residential-level care", "inpatient-level intensity": a level
	// likened, not the program spoken of.
	if strings.HasPrefix(lower[m.end:], "-level") {
		return true
	}
	// "open to residential graduates": people who finished a program.
	// ("Most residential graduates stayed 45 days", "our residential
	// alumni" open the clause on them: their stay is the program's.)
	switch wordAfter(lower, m.end) {
	case "graduates", "alumni", "grads":
		g := indexFrom(lower, wordAfter(lower, m.end), m.end)
		switch wordAfter(lower, g+len(wordAfter(lower, m.end))) {
		case "stayed", "spent", "completed", "finished", "averaged", "were", "had":
		default:
			return true
		}
	}
	// "PHP clients live in sober housing and attend treatment 6 hours a
	// day": where the program's clients live, not what the figures are of.
	// ("clients may live in our transitional housing for 3 to 6 months"
	// gives the housing's.)
	// ("Our PHP with sober housing runs 6 hours a day": housing the
	// program comes with.)
	if m.subject == Other && strings.Contains(lower[m.start:m.end], "housing") && slices.ContainsFunc(ms[:i], func(o mention) bool { return programSubject(o.subject) }) &&
		(livesIn(lower, m.start) && movesOnToTreatment(lower[m.end:]) || comesWith(lower, m.start)) {
		return true
	}
	// "Our residential program, including detox, lasts 28 days": a part
	// of the program named before, not what the figure is of.
	if partIncluded(lower, ms, i) {
		return true
	}
	// "Detox gets you through withdrawal so you can start recovery work
	// in residential care": where a purpose clause leads, not what the
	// sentence is about.
	if purposeBefore.MatchString(lower[max(0, m.start-70):m.start]) {
		return true
	}
	// ("Can I go home after detox instead of staying for residential?":
	// the program not taken.)
	if k := lastIndex(lower[:m.start], "instead of "); k >= 0 && insteadOfProgram.MatchString(lower[k:m.start]) {
		return true
	}
	j := m.start
	for n := 0; n < 7 && j > 0; n++ {
		// Step over an earlier mention in the same coordination.
		// (Mentions are in order: past the first one that ends before j
		// and is not beside it, none can be.)
		for k := i - 1; k >= 0; k-- {
			if ms[k].end > j {
				continue
			}
			// ("inpatient/residential programs": one coordination.)
			if strings.Trim(lower[ms[k].end:j], " ,/") != "" {
				break
			}
			j = ms[k].start
		}
		w := wordBefore(lower, j)
		if w == "" {
			return false
		}
		// ("a common step-down after residential care or PHP": every
		// program of the coordination is left behind.)
		if w == "after" && n > 0 {
			return true
		}
		if contrastWords[w] {
			// "Neither our IOP nor our PHP offers detox" denies both.
			return !(w == "nor" && strings.Contains(lower[:j], "neither"))
		}
		// "and like IOP, you return home each evening": the program
		// likened to, set off by its comma.
		// ("Our levels of care, like IOP, include …" names an example:
		// there "like" follows a comma.)
		// ("intensive care like inpatient residential treatment but
		// lets patients go home at night": likened, then set apart.)
		if w == "like" && likenedThenApart(lower[m.end:]) {
			return true
		}
		if w == "like" && strings.HasPrefix(strings.TrimLeft(lower[m.end:], " "), ",") {
			k := lastIndex(lower[:j], "like")
			p := strings.TrimRight(lower[:k], " ")
			if b := wordBefore(lower, k); p == "" || b == "and" || b == "but" || b == "just" {
				return true
			}
		}
		// ("step down into our evening IOP": so does "into" after a
		// step; "move into our sober living house, where …" names a
		// place the clause goes on about.)
		if w == "into" {
			at := lastIndex(lower[:j], w)
			if p := wordBefore(lower, at); p == "down" || p == "up" {
				return true
			}
		}
		if w == "to" {
			at := lastIndex(lower[:j], w)
			p := wordBefore(lower, at)
			// ("Unlike going away to a residential rehab, our IOP members
			// sleep at home": the program gone away to is read on to what
			// governs it.)
			if p == "away" {
				j = lastIndex(lower[:at], p)
				continue
			}
			// ("the closest thing to residential care": the level likened.)
			if p == "thing" {
				switch wordBefore(lower, lastIndex(lower[:at], p)) {
				case "closest", "nearest", "next":
					return true
				}
			}
			// "moves you to PHP", "refers clients to residential care".
			if p == "you" || p == "them" || p == "clients" || p == "patients" || p == "people" {
				if v := wordBefore(lower, lastIndex(lower[:at], p)); v == "moves" || v == "move" || v == "refer" ||
					v == "refers" || v == "referred" || v == "transfer" || v == "transfers" || v == "send" || v == "sends" {
					return true
				}
			}
			// "are referred to a residential program": where clients
			// go instead, not the program the page describes.
			// ("Long-term rehab refers to inpatient programs": a name
			// explained, the program itself.)
			return p == "down" || p == "up" || p == "step-down" || p == "step-up" || p == "transition" || p == "transitioning" || p == "compared" || p == "similar" ||
				p == "referred" || p == "transferred" ||
				nextStep[p] && leadsOn(lower, lastIndex(lower[:at], p)) || p == "moves" || p == "move" ||
				p == "moving" || p == "moved" ||
				p == "alternative" || p == "alternatives" || p == "prior" || p == "preferable" || p == "superior" ||
				p == "comparable" || p == "equivalent" || p == "close" || p == "closest" || p == "nearest"
		}
		// "well under the nine-hour threshold for intensive outpatient
		// care": the program whose bar is named, not the one described.
		if w == "for" {
			if p := wordBefore(lower, lastIndex(lower[:j], w)); thresholdNouns[p] {
				return true
			}
			// "Our IOP is no replacement for inpatient care": the care the
			// program is not.
			if p := wordBefore(lower, lastIndex(lower[:j], w)); p == "substitute" || p == "replacement" || p == "stand-in" {
				return true
			}
		}
		// "the benefits of residential care", "the intensity of inpatient
		// treatment": a program held up for comparison.
		if w == "of" {
			at := lastIndex(lower[:j], w)
			p := wordBefore(lower, at)
			// ("the lightest level of outpatient care" names a level
			// by its rank, no comparison.)
			if p == "level" && lowestLevelOf.MatchString(lower[max(0, m.start-40):m.start]) {
				return false
			}
			// ("well under the time commitment of IOP": the program
			// whose measure is held up.)
			// ("The defining features of an IOP
			// are …": a sentence opening on them is about the program.)
			if comparisonNouns[p] && opensOnNoun(lower, lastIndex(lower[:at], p)) {
				return false
			}
			// "a treatment intensity similar to that of inpatient
			// programs", "more structure than that of weekly therapy":
			// the program whose measure is held up.
			if p == "that" || p == "those" {
				switch wordBefore(lower, lastIndex(lower[:at], p)) {
				case "to", "than", "as", "with":
					return true
				}
			}
			return comparisonNouns[p] || anyIn(lower[max(0, at-40):at], underWords)
		}
		if !skippable[w] {
			return false
		}
		k := lastIndex(lower[:j], w)
		if k < 0 {
			return false
		}
		j = k
		if p := strings.TrimRight(lower[:j], " "); strings.HasSuffix(p, ",") || strings.HasSuffix(p, ";") || strings.HasSuffix(p, ".") {
			return false
		}
	}
	return false
}

// movesOnToTreatment reports a clause going on from where clients live to
// what they attend: " and attend treatment …", " while attending groups".
func movesOnToTreatment(rest string) bool {
	for _, p := range []string{" and attend", ", attend", " and come", " and go to", " and participate", " and take part", " while attending", " while they attend"} {
		if strings.HasPrefix(rest, p) {
			return true
		}
	}
	return false
}

// comesWith reports housing a program comes with: "with sober housing",
// "which includes supportive housing", "plus recovery housing".
func comesWith(lower string, i int) bool {
	switch w, _ := wordBeforeArticle(lower, i); w {
	case "with", "includes", "include", "including", "plus":
		return true
	}
	return false
}

// wordBeforeArticle is the word before i past one article or "our" ("via"
// in "via the IOPs"), and where that article starts (i when there is none).
func wordBeforeArticle(lower string, i int) (string, int) {
	return wordPast(lower, i, articleWords)
}

// articleWords are the words wordBeforeArticle steps over.
var articleWords = wordSet("the", "our", "an", "a")

// wordPast is the word before i past one word of skip, and where that
// word starts (i when there is none).
func wordPast(lower string, i int, skip map[string]bool) (string, int) {
	w := wordBefore(lower, i)
	if skip[w] {
		i = lastIndex(lower[:i], w)
		w = wordBefore(lower, i)
	}
	return w, i
}

// livesIn reports "live in", "stay in our", "reside at the" right before i.
func livesIn(lower string, i int) bool {
	w, i := wordBeforeArticle(lower, i)
	if w != "in" && w != "at" {
		return false
	}
	switch wordBefore(lower, lastIndex(lower[:i], w)) {
	case "live", "lives", "living", "stay", "stays", "staying", "reside", "resides":
		return true
	}
	return false
}

// insteadOfProgram is "instead of" taking the program as its object: "instead
// of staying for residential", "instead of an inpatient stay", "instead of
// the long, costly residential programs" (not "instead of going home during
// residential treatment": the words before the program follow an article).
var insteadOfProgram = prefilter.MustCompile(`^instead of (?:(?:staying|going|entering|attending|choosing|doing|starting)\s+(?:(?:for|in|into|to|at|with)\s+)?)?(?:(?:a|an|the|our)\s+(?:[a-z]+(?:-[a-z]+)*,?\s+){0,3})?$`)

// canOfferAfter opens on what the care named can give, in the same
// clause: "… can offer", " or an IOP can provide".
var canOfferAfter = prefilter.MustCompile(`^[^,;.]*?\b(?:can|could|may|will|would|is\s+able\s+to)\s+(?:offer|provide|give|handle|manage|deliver)\b`)

var contrastWords = wordSet("unlike", "than", "without", "from", "instead", "versus", "vs", "between", "rather", "except", "nor", "alternative", "beyond", "outside", "over", "not",
	// "It often follows a residential program", "Residential care
	// follows detox": the step before.
	"follows", "follow",
	// "mimics residential care without the overnight stay": the program
	// imitated is held up for comparison.
	"mimics", "mimic", "mirrors", "resembles", "resemble", "replicates", "emulates",
	// "people who have completed residential treatment": a program left
	// behind.
	"completed", "finished", "completing", "finishing", "left", "leaving", "graduated",
	// "PHP is a step below inpatient care and must include …": the level
	// it is ranked against.
	"below", "above", "beneath")

var comparisonNouns = wordSet("benefits", "advantages", "aspects", "features", "intensity", "structure", "elements", "level",
	"equivalent", "instead", "cost", "costs")

// thanProvidedVia ends on a comparison with what a setting gives,
// before the setting's name: "than can be provided via traditional ",
// "than is offered through a standard ", "than is available in ".
var thanProvidedVia = prefilter.MustCompile(`\bthan\s+(?:(?:is|are|can\s+be|could\s+be|may\s+be|would\s+be)\s+)?(?:(?:typically|usually|normally|generally)\s+)?(?:provided|offered|given|delivered|found|available|possible)\s+(?:via|through|in|by|at|within|with|from)\s+(?:[a-z-]+\s+){0,3}$`)

// skippable words may sit between a contrast word and the program it
// governs: "than standard weekly outpatient", "from a full-time inpatient".
var skippable = wordSet("a", "an", "the", "or", "and", "of", "standard", "traditional", "full-time", "weekly", "more",
	"intensive", "requiring", "require", "going", "higher", "lower", "levels", "level", "care", "typical", "other",
	"an", "in", "into", "into a", "inside", "24-hour", "overnight", "costly", "expensive", "full", "complete", "time", "stay", "stays", "staying", "living", "live",
	"treatment", "rehab", "programs", "program", "our", "their", "your", "its",
	// "more support than weekly therapy or an after-school IOP",
	// "between residential treatment and our evening IOP".
	"therapy", "counseling", "evening", "morning", "daytime", "after-school", "teen", "adolescent", "adult", "virtual",
	// "no substitute for medically supervised detox".
	"medical", "medically", "supervised", "monitored", "managed")

// beginsWords after "before <program>" make it the level that follows.
var beginsWords = wordSet("begins", "begin", "starts", "start")

// beginsAfter reports a beginning right after i, past a noun of care:
// "before residential begins", "before residential treatment starts".
func beginsAfter(lower string, i int) bool {
	w := wordAfter(lower, i)
	switch w {
	case "treatment", "care", "program", "programming", "stay":
		i = indexFrom(lower, w, i) + len(w)
		w = wordAfter(lower, i)
	}
	return beginsWords[w]
}

// belowThe ends on a figure's place against a bar named next: "below
// the usual ", "would not meet the ", "short of the ".
var belowThe = prefilter.MustCompile(`\b(?:below|under|beneath|meet|meets|reach|reaches|short\s+of)\s+the\s+(?:[a-z-]+\s+){0,2}$`)

// tooUnwellFor ends on someone too ill for a level: "too unstable for
// standard ", "too sick for a ", "too high-risk for weekly ".
var tooUnwellFor = prefilter.MustCompile(`\btoo\s+(?:unstable|sick|ill|unwell|severe|acute|fragile|complex|high-risk|symptomatic|impaired)\s+for\s+(?:an?\s+|the\s+|our\s+)?(?:standard\s+|traditional\s+|regular\s+|routine\s+|weekly\s+|general\s+|basic\s+)?$`)

// tooLightFor ends on a schedule said to fall short of a level: "too
// light to be ", "too few hours to count as an ".
var tooLightFor = prefilter.MustCompile(`\btoo\s+(?:light|little|few|short|thin|low)\s+(?:hours\s+)?to\s+(?:be|count\s+as|qualify\s+as)\s+(?:an?\s+|the\s+)?$`)

// barNouns name a level's bar after the level: "the PHP floor", "the IOP
// standard".
var barNouns = wordSet("threshold", "minimum", "cutoff", "cut-off", "bar", "floor", "standard", "requirement", "requirements", "definition", "mark", "benchmark")

var thresholdNouns = wordSet("threshold", "minimum", "cutoff", "cut-off", "bar", "floor", "ceiling", "benchmark")

// underWords put a figure below a program's: "well under the time
// commitment of", "far below the hours of".
var underWords = []string{"well under ", "well below ", "far under ", "far below ", "just under ", "just below "}

// onlyCoordinated reports that lower[from:to] holds nothing but the
// mentions of ms inside it joined by "or", "and" and commas: the
// programs of one coordination.
func onlyCoordinated(lower string, ms []mention, from, to int) bool {
	rest := []byte(lower[from:to])
	for _, o := range ms {
		if o.start >= from && o.end <= to {
			for j := o.start; j < o.end; j++ {
				rest[j-from] = ' '
			}
		}
	}
	for _, w := range strings.Fields(strings.ReplaceAll(string(rest), ",", " ")) {
		if w != "or" && w != "and" {
			return false
		}
	}
	return true
}

// likenedThenApart reports a likeness the clause then qualifies with
// "but", a few words on and before any other punctuation: "like
// residential treatment (rehab) but …".
func likenedThenApart(rest string) bool {
	k := strings.Index(rest, " but ")
	if k < 0 || k > 40 {
		return false
	}
	return !strings.ContainsAny(rest[:k], ".;:,")
}

// programFocusing reports a program named before mention i in its
// clause, whose focus the mention is: "a 30-day program, focusing mainly
// on detoxification".
func programFocusing(lower string, ms []mention, i int) bool {
	for j := i - 1; j >= 0; j-- {
		if ms[j].end <= ms[i].start && ms[i].start-ms[j].end <= 80 && !strings.ContainsAny(lower[ms[j].end:ms[i].start], ".;:") {
			return true
		}
	}
	return strings.Contains(lower[max(0, ms[i].start-60):ms[i].start], "program")
}

// focusedOn reports before ending in a program's focus named before its
// object. (The expression runs only where its last words are: every
// mention of a page asks.)
func focusedOn(before string) bool {
	w := wordBefore(before, len(strings.TrimRight(before, " \t\n\r\f")))
	return (w == "on" || w == "the") && focusOn.MatchString(before)
}

// focusOn ends in a program's focus named before its object.
var focusOn = prefilter.MustCompile(`\b(?:focus|focuses|focused|focusing|centered|centred|concentrating|concentrates)\s+(?:(?:mainly|mostly|primarily|largely|heavily|chiefly)\s+)?on\s+(?:the\s+)?$`)

// opensOnNoun reports the noun at k opening its sentence, after "the" and
// at most one adjective: "The defining features of …".
func opensOnNoun(lower string, k int) bool {
	if k < 0 {
		return false
	}
	ws := strings.Fields(lower[sentenceStart(lower, k):k])
	return len(ws) >= 1 && len(ws) <= 2 && ws[0] == "the"
}

// startOf reports what names the first step of a program after its name
// at i: "IOP orientation", "PHP intake", "the IOP's first session", "IOP
// kicks off". What follows it is the program's own.
func startOf(lower string, i int) bool {
	rest := strings.TrimPrefix(strings.TrimPrefix(lower[i:], "'s"), "’s")
	switch w := wordAfter(rest, 0); w {
	case "orientation", "intake", "evaluation", "assessment", "screening", "enrollment", "enrolment", "admission", "admissions", "onboarding",
		"kicks", "kickoff", "first", "start", "starts", "started", "begins", "began", "opens", "program", "care", "treatment":
		if w == "program" || w == "care" || w == "treatment" {
			return startOf(rest, len(rest)-len(strings.TrimLeft(rest, " "))+len(w))
		}
		return true
	}
	return false
}

// namedOnlyAsStepBefore reports a sentence that names subj after the
// figure ending at end only as the step before something else ("weekly
// therapy after IOP", "following our PHP"), and nowhere as what it
// speaks of. ("three days a week after IOP begins" is the IOP's start.)
func namedOnlyAsStepBefore(s *sentence, subj Subject, end int) bool {
	step := false
	for _, m := range s.mentions {
		if m.subject != subj {
			continue
		}
		// ("After the IOP, patients usually continue with a therapist
		// once a week": the program fronted as what went before.)
		if m.end <= end && frontedAfter(s.lower, m) {
			step = true
			continue
		}
		w, k := wordBeforeArticle(s.lower, m.start)
		// ("the following IOP schedule" lists what comes.)
		following := w == "following" && !articleWords[wordBefore(s.lower, lastIndex(s.lower[:k], w))]
		if !(m.contrast && w == "after" || following) || m.start < end || beginsAfter(s.lower, m.end) || startOf(s.lower, m.end) {
			return false
		}
		step = true
	}
	return step
}

// namedOnlyAsNext reports a sentence that names subj only after the
// figure ending at end, in a clause of what comes next: "… before a
// client joins the residential groups", "… until they move to our IOP".
func namedOnlyAsNext(s *sentence, subj Subject, end int) bool {
	return mentionedOnlyAs(s, subj, func(m mention) bool {
		if m.start < end {
			return false
		}
		k := max(lastIndex(s.lower[end:m.start], "before "), lastIndex(s.lower[end:m.start], "until "))
		return k >= 0 && !strings.ContainsAny(s.lower[end+k:m.start], ",;")
	})
}

// mentionedOnlyAs reports a sentence naming subj at least once, and each
// time as as says.
func mentionedOnlyAs(s *sentence, subj Subject, as func(mention) bool) bool {
	named := false
	for _, m := range s.mentions {
		if m.subject != subj {
			continue
		}
		if !as(m) {
			return false
		}
		named = true
	}
	return named
}

// stayBefore reports a span at start that a program's clients spent
// somewhere before it ("IOP clients first spent two weeks in the
// hospital"), where the sentence names subj only as whose clients they
// are.
func stayBefore(s *sentence, subj Subject, start int) bool {
	lo, _ := clauseBounds(s.lower, start, start)
	if !priorStay.MatchString(s.masked[lo:start]) {
		return false
	}
	// (Somewhere named after the span: "in the lodge", "at a sober
	// house"; "twelve weeks in group", "in the program" and "with us" are
	// the program's own time.)
	q := s.quantityAt(start)
	if q == nil || !stayPlaceAfter.MatchString(s.masked[q.End:]) {
		return false
	}
	named := false
	for _, m := range s.mentions {
		if m.subject != subj {
			continue
		}
		if !clientNouns[wordAfter(s.lower, m.end)] {
			return false
		}
		named = true
	}
	return named
}

// stayPlaceAfter opens on where a stay was spent: " in the lodge", " at a
// sober house", " in the hospital".
var stayPlaceAfter = prefilter.MustCompile(`^\s+(?:in|at)\s+(?:the\s+|a\s+|an\s+|our\s+)?(?:[a-z-]+\s+){0,2}?(?:lodge|hospital|ranch|house|home|shelter|jail|unit|residence|camp|dorm|facility|center|centre)\b`)

// priorStay ends on a stay said to come first: "first spent ", "had
// already stayed ", "previously spent about ".
var priorStay = prefilter.MustCompile(`\b(?:first|previously|already|earlier|had)\s+(?:already\s+)?(?:spent|stayed|lived)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|at\s+least\s+)?$`)

// clientNouns name a program's clients after the program: "IOP clients".
var clientNouns = wordSet("clients", "client", "patients", "patient", "members", "participants", "residents", "graduates", "alumni")

// finishedThenNext reports a length naming a program ("our 60-day
// program") that the sentence's clients finish before going on to subj,
// named only after it as the next step: "Clients who finish our 60-day
// program usually attend PHP next", "A graduate of our 90-day program
// might then attend PHP".
func finishedThenNext(s *sentence, subj Subject, q *quantity.Quantity) bool {
	switch wordAfter(s.lower, q.End) {
	case "program", "programme", "stay", "course":
	default:
		return false
	}
	if !hasWord(s.lower[max(0, q.Start-40):q.Start], "finish", "finishes", "finished", "complete", "completes", "completed", "graduate", "graduates", "graduating", "of") {
		return false
	}
	next := false
	for _, m := range s.mentions {
		if m.subject != subj {
			continue
		}
		if m.end <= q.Start {
			return false
		}
		between := s.lower[q.End:m.start]
		if hasWord(between, "then", "next", "attend", "attends", "join", "joins", "move", "moves", "step", "steps") || nextWords[wordAfter(s.lower, m.end)] {
			next = true
		}
	}
	return next
}

var nextWords = wordSet("next", "afterward", "afterwards", "after")

// frontedAfter reports a sentence opening on "After (the/our) <m>," or
// "Once/When <m> ends/is over,": what follows is what comes after the
// program. ("After IOP orientation, groups meet …" opens on a part of
// it.)
func frontedAfter(lower string, m mention) bool {
	pre := strings.TrimLeft(lower[:m.start], " ")
	switch pre {
	case "after ", "after the ", "after our ", "after your ", "after completing ", "after completing the ", "after finishing ", "after finishing the ", "following ", "following the ":
		return strings.HasPrefix(lower[m.end:], ",")
	case "once ", "once the ", "once your ", "when ", "when the ", "when your ":
		return frontedEnds.MatchString(lower[m.end:])
	}
	return false
}

// frontedEnds opens on a program's end, closed by a comma: " ends,", " is
// over,", " is complete,".
var frontedEnds = prefilter.MustCompile(`^\s+(?:ends|is\s+over|is\s+complete|is\s+finished|wraps\s+up),`)

// purposeBefore ends in a clause of purpose opened after the main one,
// no punctuation between: "so you can start recovery work in ", "so that
// clients are ready for ".
var purposeBefore = prefilter.MustCompile(`\bso\s+(?:that\s+)?(?:you|clients|patients|they|people|residents|teens)\s+(?:can|could|may|are\s+ready\s+to|are\s+ready\s+for|will\s+be\s+ready\s+(?:to|for))\b[^,.;:]{0,50}$`)

// needBeforeMention is where "need" or "require" ends right before the
// mention at i, past one word of the care's kind ("need medical detox"),
// or -1.
func needBeforeMention(lower string, i int) int {
	for n := 0; n < 2; n++ {
		w := wordBefore(lower, i)
		need := w == "need" || w == "require"
		if !need && (n == 1 || !careKinds[w]) {
			return -1
		}
		// (The word stands right before i: only the bytes just before it
		// are searched, as every mention of a long block asks.)
		lo := max(0, i-len(w)-8)
		k := lastIndex(lower[lo:i], w)
		if k < 0 {
			return -1
		}
		if need {
			return lo + k + len(w)
		}
		i = lo + k
	}
	return -1
}

var careKinds = wordSet("medical", "medically", "supervised", "formal", "inpatient", "residential", "hospital", "any")
