package claims

import (
	"strings"

	"github.com/factlint/factlint/internal/prefilter"
)

// phaseOf names the phase a sentence opens with ("in weeks 1-4", "during
// the first month", "phase 2:", "after the first four weeks"), or "".
func phaseOf(lower string) string {
	t := strings.TrimLeft(lower, " -–—•*")
	if !phaseStarters[leadingWord(t, 0)] {
		return "" // every opening starts on one of a few words; most sentences on none
	}
	// "The acute withdrawal phase tends to take 4 to 6 days": the worst of
	// detox, a part of it, not all of it.
	// ("Acute withdrawal management", "acute withdrawal services" name
	// detox itself.)
	if loc := acutePhase.FindStringIndex(t); loc != nil && !detoxItself[wordAfter(t, loc[1])] {
		return "phase: acute withdrawal"
	}
	// "The induction phase should take about ten days", "The stabilization
	// stage lasts 1 to 2 months": a phase named as the clause's subject.
	// (Not a phase named by a program, "the detox phase", which is the
	// program.)
	if m := namedPhase.FindStringSubmatch(t); m != nil && !hasWord(m[1], programPhaseWords...) {
		return "phase: " + strings.Join(strings.Fields(m[1]), " ")
	}
	// Both end in a comma or colon within their first hundred bytes, but
	// for a span of weeks the clause's subject follows ("In the final two
	// weeks you come in twice a week").
	if k := strings.IndexAny(t, ",:"); k < 0 || k > 100 {
		if !phaseSubject.MatchString(t) {
			return ""
		}
	} else if m := timeOpening.FindStringSubmatch(t); m != nil {
		// ("Since you stay at home overnight, IOP cannot replace
		// detox": a reason, not a time.)
		if !(strings.HasPrefix(m[1], "since ") && causeSubjects[wordAfter(m[1], len("since"))]) {
			// ("Toward the end, most clients step down to our IOP, which
			// meets three days a week": the end of one program, the
			// schedule of the next.)
			if endOpening(m[1]) && hasWord(t, "step", "steps", "move", "moves", "transfer", "transfers", "transition", "transitions") {
				return ""
			}
			return "phase: " + strings.Join(strings.Fields(m[1]), " ")
		}
	}
	if !strings.Contains(lower, "week") && !strings.Contains(lower, "month") && !strings.Contains(lower, "phase") &&
		!strings.Contains(lower, "stage") && !strings.Contains(lower, "day") {
		return ""
	}
	m := phaseOpening.FindStringSubmatch(t)
	if m == nil || careLevelOpening(t) {
		return ""
	}
	return "phase: " + strings.Join(strings.Fields(strings.ReplaceAll(m[1], "–", "-")), " ")
}

// careLevelOpening reports a line opening on one of ASAM's levels of care
// by its number and then its name: "Level 1: Outpatient – …", "Level 1
// (Outpatient): …", "Level 3 – residential treatment". Such a level is a
// kind of care, not a phase of the program the page is about.
func careLevelOpening(t string) bool {
	return strings.HasPrefix(t, "level") && careLevelNumbered.MatchString(t)
}

var careLevelNumbered = prefilter.MustCompile(`^level\s+(?:\d(?:\.\d)?|i{1,3}|iv|one|two|three|four)\s*(?:[(:,–—-]\s*)?(?:asam\s+)?(?:outpatient|intensive\s+outpatient|partial\s+hospitali[sz]ation|residential|inpatient|medically|clinically|detox|withdrawal\s+management|early\s+intervention)\b`)

// orientationPhase reads the orientation a sentence speaks of, opening
// on it or not: "During orientation you attend group every weekday" is
// the first weeks' schedule, "Schedule: 3 days/week (after orientation)"
// the one after them, and neither is the other's.
func orientationPhase(lower string) string {
	i := strings.Index(lower, "orientation")
	if i < 0 {
		return ""
	}
	switch w := wordBefore(lower, i); {
	case w == "after":
		return "phase: after orientation"
	case w == "during", w == "the" && wordBefore(lower, lastIndex(lower[:i], "the")) == "during":
		return "phase: orientation"
	}
	return ""
}

// causeSubjects after "since" open a reason's clause ("since you stay at
// home", "since our program meets in the evening"), not a time ("since
// 2019", "since January").
var causeSubjects = wordSet("you", "we", "they", "it", "he", "she", "i", "there", "this", "these", "those", "our", "your", "their", "its",
	"most", "many", "some", "each", "every", "clients", "patients", "people", "residents", "iop", "php", "iops", "phps",
	"participants", "members", "individuals", "adults", "teens", "adolescents", "students", "guests", "families", "parents")

// timeOpening is a sentence opening on a time the rest holds for: "At
// the start, …", "After that, …", "Toward the end, …", "Until December
// 2025, …", "Starting in January, …", "During the holiday weeks, …", "As
// symptoms improve, …".
// What a program did then, or does at that stage, is not what it does
// throughout.
var timeOpening = prefilter.MustCompile(`^((?:at (?:the )?(?:start|beginning|outset)|at first|initially|in the beginning|after that|afterwards?|later(?: on)?|then|over time|eventually|until [^,]{1,30}|starting (?:in|on|from) [^,]{1,30}|beginning (?:in|on) [^,]{1,30}|since [^,]{1,30}|before [^,]{1,30}|during (?:the )?(?:week|weeks|holiday|holidays|summer|winter|first|last|final|early|later|most)[^,]{0,60}|as (?:symptoms|clients|patients|they|you) [^,]{1,30}|(?:toward|towards|near|nearer|close to|closer to) the end(?: of [^,]{1,30})?))\s*,`)

// acutePhase opens a clause on the acute part of withdrawal: "The acute
// withdrawal phase", "Peak withdrawal", "Acute withdrawal".
var acutePhase = prefilter.MustCompile(`^(?:the\s+)?(?:(?:acute|peak)\s+(?:withdrawal\s+|detox\s+)?(?:phase|stage|period)|(?:acute|peak)\s+withdrawal)\b`)

// detoxItself are the words after "acute withdrawal" that make it a name
// of detox, not its worst days.
var detoxItself = wordSet("management", "services", "service", "program", "programs", "unit", "units", "care", "treatment", "detox")

// phaseStarters are the first words timeOpening, phaseOpening and
// acutePhase can start on.
var phaseStarters = map[string]bool{
	"at": true, "initially": true, "in": true, "after": true, "afterward": true, "afterwards": true, "later": true,
	"then": true, "over": true, "eventually": true, "until": true, "starting": true, "beginning": true, "since": true,
	"before": true, "during": true, "as": true, "for": true, "throughout": true, "by": true, "the": true, "week": true,
	"toward": true, "towards": true, "near": true, "nearer": true, "close": true, "closer": true,
	"weeks": true, "day": true, "days": true, "phase": true, "stage": true, "level": true, "first": true, "second": true,
	"third": true, "fourth": true, "final": true, "last": true, "remaining": true, "next": true, "initial": true, "early": true,
	"acute": true, "peak": true,
}

var phaseOpening = prefilter.MustCompile(`^((?:(?:in|during|for|throughout|after|by)\s+)?(?:the\s+|your\s+|their\s+)?(?:weeks?\s+\d+\s*(?:-|–|to|through)\s*\d+|weeks?\s+\d+|days?\s+\d+\s*(?:-|–|to|through)\s*\d+|(?:phase|stage|level)\s+(?:\d+|i{1,3}|iv|one|two|three|four)|(?:first|second|third|fourth|final|last|remaining|next|initial|early|later)\s+(?:\d+\s+|one\s+|two\s+|three\s+|four\s+|six\s+|eight\s+|few\s+|several\s+)?(?:weeks?|months?|phase|stage|days?)))\b(?:\s*\([^)]{0,30}\))?(?:\s*[,:]|\s+(?:you|clients|patients|participants|residents|members)\b)`)

// namedPhase opens a sentence on a phase named as its subject, before
// a verb of lasting.
// ("The education portion is a 12-week course", "the therapy portion of
// the program can last 5-10 months": a portion or component so named.)
var namedPhase = prefilter.MustCompile(`^the\s+((?:[a-z-]+\s+){1,2})(?:phase|stage|portion|component)\s+(?:of\s+(?:the\s+|our\s+|this\s+)?(?:[a-z0-9-]+\s+){0,3}?(?:program|programme|treatment|course)\s+)?(?:will\s+|should\s+|usually\s+|typically\s+|generally\s+|often\s+|normally\s+)?(?:lasts?|takes?|runs?|tends|can|may|is)\b`)

// programPhaseWords name a program, or a level of care, as a phase.
var programPhaseWords = []string{"detox", "detoxification", "withdrawal", "residential", "inpatient", "outpatient", "iop", "php", "treatment", "rehab", "rehabilitation", "program", "hospitalization", "aftercare"}

// phaseSubject is a phase of weeks or months the clause's subject
// follows without a comma.
var phaseSubject = prefilter.MustCompile(`^(?:in|during|for|throughout|after)\s+(?:the\s+)?(?:first|second|third|final|last|remaining|next|initial|early|later)\s+(?:\w+\s+)?(?:weeks?|months?)\s+(?:you|clients|patients|participants|residents|members)\b`)

// endOpening reports a time opening on a program's end: "toward the end",
// "near the end of the program".
func endOpening(opening string) bool {
	return strings.Contains(opening, "the end")
}
