package claims

import (
	"strings"

	"github.com/factlint/factlint/internal/prefilter"
)

// notAlways reports the claim at [start, end) said to hold only
// sometimes, in the same stretch of the sentence: "Going home every night
// isn't always the right next step". ("lasts 30 days, not always enough
// for everyone" and "go home every evening, even if that isn't always
// comfortable" hedge something else, past a comma.)
func notAlways(sentence string, start, end int) bool {
	if !strings.Contains(sentence, " always") {
		return false
	}
	for from := 0; ; {
		k := strings.Index(sentence[from:], "always")
		if k < 0 {
			return false
		}
		k += from
		from = k + len("always")
		pre := sentence[max(0, k-7):k]
		if !strings.HasSuffix(pre, "n't ") && !strings.HasSuffix(pre, "n’t ") && !strings.HasSuffix(pre, "not ") {
			continue
		}
		lo, hi := min(k, start), max(k, end)
		if !strings.ContainsAny(sentence[lo:hi], ",;:—–") {
			return true
		}
	}
}

// forceOf orders the cues by how much they change what a claim can
// contradict: an example or a condition takes a claim out of most
// comparisons, so they win over everything else.
func forceOf(sentence, clause string, lo, start, end int) Force {
	switch {
	case (hasPhrase(sentence, exampleCues) || exampleLabel.MatchString(sentence) || illustration(sentence) || workedExample(sentence) || trajectory(sentence) || popularSchedule(sentence)) && !genericExample.MatchString(sentence):
		return Example
	case conditional(sentence, start) || hypothetical(sentence, end) || peopleWhoCan.MatchString(sentence[max(0, start-90):start]) || peopleNotReady.MatchString(sentence[max(0, start-60):start]) || neededSetting.MatchString(sentence[lo:start]) && !settingOwned(sentence[end:]) || caseOf.MatchString(sentence[end:]) || optionLabel(sentence, start, end):
		return Conditional
	case typicalSubject.MatchString(sentence[lo:start]):
		// ("A typical IOP might require 6 to 8 hours a day": what the
		// usual program asks, softened; not what some programs may do,
		// nor what every program must.)
		return Typical
	case existentialBefore(afterProgramColon(afterReason(withoutAlias(sentence[lo:start])))) || optionOpening.MatchString(sentence) || extendedTo(sentence[lo:start]) || hedgedAround(sentence[lo:start], clause[min(end, lo+len(clause))-lo:]) || startsWithExistential(sentence[lo:]) ||
		hasWord(clause, "not every", "not all") || optionsAvailable(clause[min(end, lo+len(clause))-lo:]) || notAlways(sentence, start, end) || saidRare(sentence[end:]) && !hasWord(sentence[lo:start], "our", "we", "us", "this", "here") ||
		comparedVariant(sentence[:start]):
		// "Not every outpatient program offers detox": some do not.
		return Existential
	case universalIn(clause) || definition(sentence):
		return Universal
	}
	return Typical
}

// peopleWhoCan ends on a relative clause that picks out some people by
// what they can, will or would rather do, the claim its object: "those
// who don't feel safe living at home", "clients who cannot live at
// home", "people who prefer to stay overnight". Who
// they are is the condition; the program's own rule is said elsewhere.
// (The clause must open on the ability or the wish: in "those who
// attend our IOP do not need to stay overnight" the claim is the main
// verb's.)
var peopleWhoCan = prefilter.MustCompile(`\b(?:those|people|clients|patients|anyone|individuals|someone|persons|adults|adolescents|teens|residents|members|participants|men|women)\s+who\s+(?:(?:do|does)\s+not\s+|(?:don|doesn)['’]t\s+|cannot\s+|can['’]t\s+|can\s+not\s+|can\s+|(?:are|is)\s+(?:not\s+|un)?able\s+to\s+|would\s+rather\s+(?:not\s+)?|(?:prefer|want|wish|need|choose)\s+(?:not\s+)?to\s+|may\s+not\s+)(?:(?:feel|be)\s+(?:safe|comfortable|ready)\s+(?:to\s+)?|(?:want|wish|need|afford|manage)\s+to\s+|safely\s+)?$`)

// peopleNotReady ends on people picked out by what they are not yet
// ready or able to do, the claim its object: "For those not ready to live
// at home, sober living is available", "clients who are not yet able to
// …". Who they are is the condition, as in peopleWhoCan.
var peopleNotReady = prefilter.MustCompile(`\b(?:those|people|clients|patients|anyone|individuals|someone|adults|adolescents|teens|residents|members|participants|men|women)\s+(?:who\s+(?:are|is)\s+)?not\s+(?:yet\s+|quite\s+)?(?:ready|able|prepared|stable\s+enough|well\s+enough)\s+to\s+$`)

// optionOpening opens a sentence on one of the options a page sets out:
// "In this option, patients live on our campus", "With the second option,
// …".
var optionOpening = prefilter.MustCompile(`^\W*(?:in|with|under|for)\s+(?:this|that|the\s+(?:first|second|third|other|latter|former))\s+option\b`)

// caseOf follows a figure with the case it holds in, or the case it is a
// sign of: "A stay of 3 to 5 days is common when a patient improves
// quickly", "… is typical for patients who …", "a stay nearing two
// weeks often suggests a harder case".
var caseOf = prefilter.MustCompile(`^[^.;!?]{0,30}?\b(?:(?:is|are|tends\s+to\s+be|may\s+be)\s+(?:most\s+|more\s+|fairly\s+)?(?:common|typical|usual|normal|likely|enough|appropriate)\s+(?:when|if|for\s+(?:people|patients|clients|those|someone|individuals|adults|teens)\s+(?:who|whose|with))|(?:often\s+|usually\s+|may\s+|can\s+)?(?:suggests?|indicates?|signals?)\s+(?:a|an|that)\b)`)

// optionLabel reports a figure that labels its line, followed by whom it
// is for: "3 days per week: often used for clients stepping down", "5
// days a week – standard for those who need daily structure". One of
// the options a list sets out, for some clients.
func optionLabel(sentence string, start, end int) bool {
	return strings.Trim(sentence[:start], " -•*–—") == "" && optionFor.MatchString(sentence[end:])
}

// optionFor opens what follows a figure's label on whom it is for.
var optionFor = prefilter.MustCompile(`^\s*[:–—-]\s*(?:(?:typically|usually|often|generally|commonly|mostly|most\s+often)\s+)?(?:(?:used|recommended|reserved|chosen|picked|preferred|suggested|suited|suitable|ideal|best|standard|common|typical|appropriate|designed|intended|meant)\s+)?(?:for|by|to)\s+(?:(?:most|many|some|new|younger|older|adult|teen)\s+)?(?:patients|clients|people|those|individuals|anyone|someone|adults|teens|adolescents|students|members|residents|families|parents)\b`)

// comparedVariant reports a figure said of programs a comparative picks
// out from the rest: "Shorter programs (3–5 weeks) suit …", "Longer
// programs, such as those lasting 100 days or more, cost …". They are
// some of the programs the page speaks of, set beside its usual length,
// not another statement of it. ("A longer program than most, ours runs
// 12 weeks" compares, and "than" keeps it the program's own.)
func comparedVariant(pre string) bool {
	loc := variantOpening.FindStringIndex(pre)
	return loc != nil && !strings.Contains(pre[loc[1]:], " than ")
}

// variantOpening is a comparative and a program noun opening a clause.
var variantOpening = prefilter.MustCompile(`(?:^|[,;:(]\s*|\b(?:and|but|while|whereas)\s+)(?:the\s+)?(?:shorter|longer|extended|briefer|lengthier)\s+(?:[a-z-]+\s+)?(?:programs?|stays?|tracks?|courses?|versions?|options?|plans?|iops|phps)\b`)

// optionsAvailable reports a figure offered as an option: "Longer stays of
// 60 or 90 days are available", "… can be arranged".
//
// Right after the figure, with no comma: "Our residential program lasts 45
// days, is available to men and women" gives the program's length, and
// says whom it takes.
func optionsAvailable(after string) bool {
	t := strings.TrimLeft(after, " ")
	for _, p := range []string{"are available", "is available", "are also available", "is also available", "are offered", "can be arranged"} {
		if rest, ok := strings.CutPrefix(t, p); ok {
			w := strings.Fields(rest)
			return len(w) == 0 || w[0] != "to" && w[0] != "for"
		}
	}
	return false
}

// totalVerb reports a relative clause that sums up: "makes", "brings
// it to", "adds up to", "comes to".
func totalVerb(rel string) bool {
	return anyPrefix(strings.TrimLeft(rel, " "), []string{"makes ", "make ", "brings ", "adds up to ", "comes to ", "totals ", "means "})
}

// popularSchedule runs popularOption only where its words are: the
// expression, with blanked figures to try at every double space, is
// costly on every claim.
func popularSchedule(sentence string) bool {
	return (strings.Contains(sentence, "popular") || strings.Contains(sentence, "common") || strings.Contains(sentence, "favo") ||
		strings.Contains(sentence, "frequent")) && popularOption.MatchString(sentence)
}

// popularOption is a schedule held up as one common choice among
// others: "Monday and Friday evenings are a popular pairing". So is a
// length named as the next of several common ones: "The next common
// duration would be 45 days".
// ("IOP is a common choice for parents" is the program chosen.)
// (s.masked has blanked a schedule's own words: "   , which is …".)
// ("A popular combination is Monday, Tuesday and Thursday": the choice
// named first; "A usual pattern is two or three nights a week" is what
// programs usually do.)
var popularOption = prefilter.MustCompile(`(?:\b(?:days|weekdays|evenings|nights|mornings|afternoons|weekends|slots|times|schedule)|\s\s)\s*(?:,\s+which)?\s+(?:is|are|make|makes)\s+(?:a|one|the\s+most)\s+(?:popular|common|favorite|favourite|frequent)\s+(?:combination|choice|option|pattern|pairing|arrangement|setup|set-up|mix)\b|^\s*(?:a|one|the\s+most)\s+(?:popular|favorite|favourite)\s+(?:combination|choice|option|pairing|mix)\s+(?:is|are)\b|(?:\b(?:days|evenings|nights|mornings|afternoons)|\s\s)\s+(?:is|are)\s+(?:especially\s+|very\s+|most\s+)?popular\s+(?:with|among)\b|\b(?:next|another|second|third|other)\s+(?:most\s+)?(?:common|popular|frequent)\s+(?:duration|length|option|choice|program\s+length|length\s+of\s+stay)\s+(?:is|would\s+be)\b`)

// genericExample is an illustration that is itself a general statement:
// "For instance, day programs usually ask for 6 hours of treatment a
// day" says what programs do, not what one client might.
var genericExample = prefilter.MustCompile(`^(?:for example|for instance),\s+(?:most\s+|many\s+)?(?:[a-z-]+\s+){0,3}(?:programs|phps|iops|facilities|centers|providers)\s+(?:often|usually|typically|generally|commonly|normally)\b`)

// exampleLabel opens a sentence labelled as an example or an estimate:
// "Example: someone who attends IOP for four weeks …", "Sample estimate:
// 30 days of IOP at $225 a day …".
var exampleLabel = prefilter.MustCompile(`^\W*(?:an?\s+)?(?:example|sample(?:\s+(?:estimate|cost|calculation|budget|bill|scenario))?|illustration|scenario|(?:cost|price|worked)\s+(?:example|estimate))\s*[:–—-]\s`)

var exampleCues = []string{"for example", "for instance", "e.g.", "e.g.,", "such as a", "as an example", "an example", "say,", "imagine", "let's say", "let’s say", "suppose"}

// trajectory reports one imagined person's path through several levels
// of care: "Someone who spends two weeks in detox and then eight in IOP
// has been in care for ten weeks" illustrates a total, it times none of
// the programs.
func trajectory(sentence string) bool {
	t := strings.TrimLeft(sentence, " ")
	opens := false
	for _, p := range []string{"a person who ", "someone who ", "a client who ", "a patient who ", "one person who ", "an individual who "} {
		if strings.HasPrefix(t, p) {
			opens = true
			break
		}
	}
	// ("A client who steps down from PHP to our IOP typically spends ten
	// weeks in it": the provider's usual course, stated.)
	if !opens || hasWord(t, "typically", "usually", "generally", "normally", "often", "us", "our", "we") {
		return false
	}
	levels := 0
	for _, names := range [][]string{{"detox", "withdrawal management"}, {"residential", "inpatient"}, {"php", "partial hospitalization", "day treatment"}, {"iop", "intensive outpatient"}, {"standard outpatient", "outpatient counseling", "aftercare"}} {
		if hasWord(t, names...) {
			levels++
		}
	}
	return levels >= 2
}

// illustration reports "as an illustration" or "to illustrate" opening a
// hypothetical ("a student could attend five mornings"): said of one's
// own schedule ("To illustrate, our current cohort meets four days a
// week") it gives the schedule itself.
func illustration(sentence string) bool {
	if !hasPhrase(sentence, illustrationCues) {
		return false
	}
	return hasWord(sentence, "could", "might", "would", "may")
}

var illustrationCues = []string{"as an illustration", "to illustrate"}

var existentialCues = []string{"some", "may", "might", "can", "could", "others", "sometimes", "certain", "occasionally", "possibly", "optional"}

// universalCues: "each" is left out, since it mostly sits in a rate
// ("three hours each day").
// everyTrackOf reports "whichever track", "both tracks" and the like
// said of the figure at start: in its own clause, or opening the sentence
// before a comma ("Whichever track you choose, you attend …"), not in a
// clause of its own ("Both tracks last eight weeks, and evening clients
// attend …").
// SaidOfEveryTrack reports that sentence says the figure starting at byte
// at of every track of its program, as everyTrackOf reads it for the
// claim's force: the checks hold such a figure as a rule over the tracks.
func SaidOfEveryTrack(sentence string, at int) bool {
	return everyTrackOf(lowerASCII(sentence), at)
}

func everyTrackOf(lower string, start int) bool {
	// Every alternative of the expression ends at one of these nouns,
	// and the expression has no literal prefix to skip ahead on: a look
	// for the nouns first spares most sentences its run.
	before := lower[:start]
	if !strings.Contains(before, "track") && !strings.Contains(before, "schedule") && !strings.Contains(before, "option") &&
		!strings.Contains(before, "format") && !strings.Contains(before, "group") {
		return false
	}
	loc := everyTrack.FindStringIndex(before)
	if loc == nil {
		return false
	}
	between := lower[loc[1]:start]
	if strings.Contains(between, " and ") || strings.ContainsAny(between, ";:") {
		return false
	}
	return !strings.Contains(between, ",") || strings.TrimLeft(lower[:loc[0]], " •*-–—") == ""
}

var everyTrack = prefilter.MustCompile(`\b(?:whichever|whatever|regardless\s+of\s+(?:the|which|your))\s+(?:[a-z-]+\s+)?(?:track|tracks|schedule|option|options|format|group)\b|\b(?:in|on|for)\s+(?:every|each|all|both)\s+(?:of\s+(?:our|the)\s+)?(?:[a-z-]+\s+)?(?:tracks?|schedules?|formats?)\b|\b(?:every|each|all|both)\s+(?:of\s+(?:our|the)\s+)?(?:[a-z-]+\s+)?(?:tracks?|formats?|options?)\s+(?:meet|meets|run|runs|include|includes|require|requires|last|lasts|provide|provides|offer|offers|deliver|delivers)\b`)

var universalCues = []string{"all", "every", "must", "required", "requires", "require", "always", "never", "mandatory", "minimum", "shortest"}

// hasPhrase reports whether any of the phrases occurs in s (phrases
// carry their own punctuation, so whole-word matching does not apply).
func hasPhrase(s string, phrases []string) bool {
	for _, p := range phrases {
		if i := strings.Index(s, p); i >= 0 && (i == 0 || !isWordByte(s[i-1])) {
			return true
		}
	}
	return false
}

// workedExample spots arithmetic on the page ("3 days × 3 hours = 9
// hours"): the numbers illustrate a calculation, they do not define the
// program.
//
// ("Eight weeks of PHP with a $40 copay per day would come to $1,600",
// "Consider someone who stays in IOP for 16 weeks at $200 per session": a
// bill worked out for a case.)
func workedExample(s string) bool {
	return strings.Contains(s, "×") || strings.Contains(s, "=") || strings.Contains(s, " x ") && strings.Count(s, "hour") >= 2 ||
		workedBill.MatchString(s)
}

// workedBill is a sum worked out for a case: "would come to", "would
// cost", "would pay", or a case set up: "Consider someone who", "Take a
// client who".
var workedBill = prefilter.MustCompile(`\bwould\s+(?:come\s+to|cost|pay|total|add\s+up\s+to|be\s+about)\b|^\W*(?:consider|take)\s+(?:someone|a\s+(?:client|patient|person|teen|resident))\b`)

// conditional reports an "if"/"when"/"unless" clause that governs the
// position start: an opening one up to its comma, or a trailing one
// anywhere after a comma ("…, if needed").
func conditional(s string, start int) bool {
	if inCondition(s, start) || subgroupOpening.MatchString(s) && hedgedStay.MatchString(s) || fromAfar.MatchString(s) {
		return true
	}
	// "Many clients briefly return to a higher level of care, such as
	// PHP for one or two weeks": a return after a setback, for those who
	// have one.
	if start <= len(s) && returnedTo.MatchString(s[:start]) {
		return true
	}
	// "Longer stays of 60 to 90 days are usually reserved for people
	// with repeated relapses": a length kept for some clients.
	// (The length itself kept so, "… are usually reserved for"; not
	// "includes private rooms reserved for clients with medical needs".)
	if loc := reservedFor.FindStringIndex(s[start:]); loc != nil && !strings.ContainsAny(s[start:start+loc[0]], ",;") && copulaEnds.MatchString(s[start:start+loc[0]]) {
		return true
	}
	// ("Inpatient care, even when only for a few days, is …": the
	// length supposed, not stated.)
	// (Set off by commas only: "keeps running even when holidays fall on
	// a weekday and meets 5 days a week" states the week.)
	if k := lastIndex(s[:start], ", even when "); k >= 0 && !strings.ContainsAny(s[k+1:start], ",;") && strings.Contains(s[start:], ",") {
		return true
	}
	for _, w := range []string{"if", "unless", "depending on", "in case"} {
		i := indexWord(s, w, 0)
		// "If you join our evening track, you will attend three nights a
		// week": the condition picks a track, whose schedule it is.
		if w == "if" && i >= 0 && i < start && trackChosen.MatchString(s[i:]) {
			continue
		}
		switch {
		case i < 0:
		case i == 0:
			// "If you relapse, the IOP lasts 20 weeks": an opening
			// condition governs the whole sentence.
			return true
		case i > 0 && i < start && !strings.Contains(s[i:start], ","):
			// "if" later in the sentence but before the claim governs it
			// when no comma closes the condition before the claim.
			return true
		case i > start && !strings.ContainsAny(s[start:i], ",;"):
			// "meets 4 days a week if clients relapse".
			return true
		}
	}
	return false
}

// neededSetting ends on a setting some people should be cared for in,
// named by what it has: "should be cared for in a unit with nurses on
// duty day and night", "may need to be admitted to a facility that
// offers constant monitoring", "need a setting with". What the setting
// has is what those people need, wherever it is found.
var neededSetting = prefilter.MustCompile(`\b(?:(?:should|must|may|might)\s+(?:need\s+to\s+|have\s+to\s+)?be|needs?\s+to\s+be|are\s+better|is\s+better)\s+(?:(?:treated|cared\s+for|managed|seen|admitted|placed|referred|served|detoxed)\s+)?(?:in|at|to|by)\s+(?:a|an)\s+(?:[a-z-]+\s+){0,3}(?:setting|facility|unit|program|level\s+of\s+care|hospital|center|centre)\s+(?:with|that\s+(?:has|offers|provides|gives))\s+$|\b(?:need|needs|require|requires)\s+(?:a|an)\s+(?:[a-z-]+\s+){0,3}(?:setting|facility|unit|level\s+of\s+care)\s+(?:with|that\s+(?:has|offers|provides|gives))\s+$`)

// settingOwned reports the rest of a sentence claiming the needed
// setting for the provider: "…, which is exactly what our detox unit
// provides", "…, and our residential center is that kind of facility".
func settingOwned(rest string) bool {
	return strings.Contains(rest, "what our ") || strings.Contains(rest, "what we ") || strings.Contains(rest, "kind of facility") ||
		strings.Contains(rest, "kind of setting") || strings.Contains(rest, "kind of unit")
}

// trackChosen is a condition that only picks a track: "if you join our
// morning group,", "if you choose the evening IOP,".
var trackChosen = prefilter.MustCompile(`^if\s+you\s+(?:join|choose|pick|select|attend|are\s+in|enroll\s+in|sign\s+up\s+for)\s+(?:our\s+|the\s+)?(?:morning|evening|afternoon|day|daytime|weekend|night|virtual|online|teen|adult|adolescent)\s+(?:group|track|iop|php|program|programme|option|cohort)s?\s*,`)

// reservedFor keeps what goes before it for some people: "reserved for
// people with", "kept for those who".
var reservedFor = prefilter.MustCompile(`\b(?:reserved|kept|saved|meant\s+only)\s+for\s+(?:people|clients|patients|those|individuals|adults|teens|anyone|residents)\s+(?:who|with)\b`)

// copulaEnds ends on a copula and its hedges: "are usually ", "is ".
var copulaEnds = prefilter.MustCompile(`\b(?:is|are|was|were|tend\s+to\s+be|get|gets)\s+(?:(?:usually|often|typically|generally|mostly|normally)\s+)?$`)

// subgroupOpening opens on the people a condition sets apart: "People who
// also have a mental health condition or a long history of use often stay
// 60 or 90 days" is as "If you also have …" ("Clients who attend our IOP
// meet three days a week" describes the program's clients).
// ("Private-pay clients often stay 45 days or more": those who pay their
// own way; "Clients who start in IOP rather than stepping down from PHP
// often stay 10 to 12 weeks": those who took another path in.)
var subgroupOpening = prefilter.MustCompile(`^\s*(?:(?:people|clients|patients|those|individuals|adults|teens|residents)\s+(?:who\s+(?:also\s+)?(?:have|has)|with)\s+(?:a\s+|an\s+)?(?:co-occurring|long|history|mental|more\s+severe|severe|serious|complex|dual)\b|(?:self-pay|self-paying|private-pay|privately\s+paying|cash-pay|out-of-network|medicaid|medicare|uninsured)\s+(?:clients|patients|guests|residents|members|adults)\b|(?:people|clients|patients|those|individuals|adults|teens|residents)\s+who\s+[^.;,]{0,60}?\b(?:rather\s+than|instead\s+of|directly\s+(?:from|into|to)|straight\s+(?:from|into|to))\b)`)

// returnedTo is a clause on going back to more care, up to a figure:
// "briefly return to a higher level of care, such as PHP for ", "step
// back up to residential for ".
var returnedTo = prefilter.MustCompile(`\b(?:(?:return|returns|returning)\s+to\s+(?:a\s+|the\s+)?(?:higher|more\s+intensive)|(?:step|steps|stepping)\s+back\s+up\s+to|(?:go|goes|going|come|comes|coming)\s+back\s+to\s+(?:a\s+|the\s+|our\s+)?(?:higher|more\s+intensive|php|residential|detox|partial|inpatient))\b[^.;]*$`)

// fromAfar opens on the clients who come from far away, a subgroup
// whatever is said of them: "Out-of-town PHP clients live in our sober
// living apartments", "Clients from out of state stay at …".
var fromAfar = prefilter.MustCompile(`^\s*(?:(?:our|many|some|most|all)\s+)?(?:out-of-town|out-of-state|out-of-area|non-local|nonlocal|long-distance)\s+(?:[a-z]+\s+)?(?:clients|patients|residents|participants|members|families|guests)\b|^\s*(?:(?:our|many|some|most)\s+)?(?:clients|patients|people|participants|those)\s+(?:who\s+(?:travel|live\s+far|come\s+from\s+(?:out\s+of|far|another|other))|from\s+(?:out\s+of\s+(?:town|state|the\s+area)|far\s+away|other\s+(?:states|cities|counties)))\b`)

// ownPhrase cuts the text after a figure at its first clause mark: "(6
// hours for members under 18)" is the figure's own, "; under 18: 6 hours"
// the next figure's.
func ownPhrase(after string) string {
	if k := strings.IndexAny(after, ";:,."); k >= 0 {
		return after[:k]
	}
	return after
}

// hedgedStay is how long a subgroup may stay: "often stay", "may need".
// ("Adults with co-occurring disorders attend our PHP five days a week"
// describes the program's clients.)
var hedgedStay = prefilter.MustCompile(`\b(?:often|may|usually|typically|tend\s+to|can|might|sometimes|generally|frequently)\s+(?:stay|stays|remain|need|needs|require)\b`)

// hypothetical reports a figure said of an indefinite program whose
// sentence goes on in the conditional: "A program billed as IOP but
// delivering 25 hours a week may be asked to justify the level of care".
func hypothetical(sentence string, end int) bool {
	t := trimLeftWords(sentence)
	if !strings.HasPrefix(t, "a program") && !strings.HasPrefix(t, "a facility") && !strings.HasPrefix(t, "a provider") &&
		!strings.HasPrefix(t, "a center") && !strings.HasPrefix(t, "an iop") && !strings.HasPrefix(t, "a php") {
		return false
	}
	if end > len(sentence) {
		return false
	}
	rest := sentence[end:]
	if k := strings.IndexAny(rest, ";."); k >= 0 {
		rest = rest[:k]
	}
	return hasWord(rest, "may", "might", "could", "would")
}

// extendedTo reports a length a stay may be stretched to: "many choose
// to extend to 45 or 60 days", "stays can be extended to 90 days".
func extendedTo(pre string) bool {
	t := strings.TrimRight(pre, " ")
	// ("An extension to 60 days can be granted": so is the extension's.)
	return strings.HasSuffix(t, "extend to") || strings.HasSuffix(t, "extended to") || strings.HasSuffix(t, "extends to") ||
		strings.HasSuffix(t, "extending to") || strings.HasSuffix(t, "extend it to") ||
		(strings.HasSuffix(t, " to") || strings.HasSuffix(t, " of")) && hasWord(t[max(0, len(t)-45):], "extension", "extensions")
}

// afterReason drops an opening reason clause closed by a comma: in
// "Because withdrawal can be unpredictable, we ask families to plan on 7
// to 10 days", the "can" hedges the withdrawal, not the stay.
func afterReason(pre string) string {
	t := trimLeftWords(pre)
	if strings.HasPrefix(t, "because ") || strings.HasPrefix(t, "since ") || strings.HasPrefix(t, "as ") {
		if k := strings.IndexByte(t, ','); k >= 0 {
			return t[k+1:]
		}
	}
	return pre
}

// withoutAlias drops another name given in passing: "A PHP, sometimes
// called day treatment, is …" names the program, it hedges nothing.
func withoutAlias(pre string) string {
	if !strings.Contains(pre, "sometimes ") {
		return pre
	}
	// ("IOP is sometimes described as five days a week": said right
	// before the figure, the words hedge it.)
	var b strings.Builder
	last := 0
	for _, loc := range aliasAside.FindAllStringIndex(pre, -1) {
		if strings.TrimSpace(pre[loc[1]:]) != "" {
			b.WriteString(pre[last:loc[0]])
			last = loc[1]
		}
	}
	if last == 0 {
		return pre
	}
	b.WriteString(pre[last:])
	return b.String()
}

var aliasAside = prefilter.MustCompile(`\bsometimes\s+(?:called|known\s+as|referred\s+to\s+as)\b`)

// afterProgramColon drops what comes before a colon closing on a program's
// name: in "Graduates may continue in our evening IOP: two hours a night",
// the "may" is the graduates' choice, and what follows the colon describes
// the program.
func afterProgramColon(pre string) string {
	k := lastIndex(pre, ": ")
	if k < 0 {
		return pre
	}
	// (Only a choice of the clients': "Other providers may run a very
	// different IOP: …", "In rare cases we may extend the IOP: …" keep
	// their hedge.)
	switch wordBefore(pre, k) {
	case "iop", "iops", "php", "phps", "program", "programme", "track", "outpatient", "residential", "detox", "hospitalization":
		if clientsMay.MatchString(pre[:k]) {
			return pre[k+2:]
		}
	}
	return pre
}

// shareOfPeople is a blanked figure of the people a program serves: "half
// of the group", "two of our residents".
var shareOfPeople = prefilter.MustCompile(`(?:\s{3}|\b(?:half|third|quarter|fifth|portion|share|part))\s+of\s+(?:the|our|its)\s+(?:group|groups|clients|patients|residents|members|participants|people|teens|adults|women|men)\b`)

// clientsMay is the clients' choice: "Graduates may continue in", "Alumni
// can move on to", "Families may also enroll a loved one in".
var clientsMay = prefilter.MustCompile(`\b(?:graduates|clients|patients|alumni|families|you|residents|participants|people|members|teens|adults)\s+(?:may|can|could|might)\b`)

// existentialBefore reports an existential cue before the claim in its
// clause: "some IOPs may meet twice a week". One after it belongs to what
// follows ("complete the IOP in 8 to 12 weeks, and some continue …").
// "Several" hedges the programs it counts ("several centers offer …"),
// not meetings ("several weekly sessions").
// typicalSubject is a clause opening on the usual program and a modal:
// "a typical IOP might", "the average residential stay may".
var typicalSubject = prefilter.MustCompile(`(?:^|[,;:]\s*)(?:a|the|an)\s+(?:typical|average|usual|standard)\s+(?:[a-z-]+\s+){0,2}(?:iop|php|program|programme|stay|schedule|course)s?\s+(?:might|may|could|can|would)\s`)

// clientsChoose ends on people choosing, preferring or opting for the
// figure right after it ("many clients choose four mornings a week",
// "others prefer a four-day week"); not "whichever track you choose",
// nor "many people choose IOP, where you spend …", a program chosen.
var clientsChoose = prefilter.MustCompile(`\b(?:clients|patients|people|participants|members|families|adults|teens|students|many|others)\s+(?:often\s+|usually\s+|instead\s+)?(?:choose|prefer|opt\s+for|pick)\s+(?:to\s+(?:attend|come|meet)\s+(?:on\s+)?|an?\s+|the\s+)?$`)

func existentialBefore(pre string) bool {
	// "clients who can commit to three evenings a week": what they must
	// be able to give the program is its schedule, not a possibility.
	if strings.Contains(pre, " commit") {
		pre = strings.NewReplacer("can commit", "commit", "could commit", "commit", "able to commit", "commit").Replace(pre)
	}
	// ("so you can expect around 25 hours of care each week": what to
	// expect is the usual, no possibility.)
	if strings.Contains(pre, "can ") {
		pre = strings.NewReplacer("can expect", "expect", "can plan on", "plan on", "can plan for", "plan for", "can count on", "count on", "can anticipate", "anticipate").Replace(pre)
	}
	if hasWord(pre, existentialCues...) {
		return true
	}
	// ("Many clients choose three days a week; others prefer …": one
	// option clients pick among others.)
	if clientsChoose.MatchString(pre) {
		return true
	}
	// ("extensions are available when your team recommends them, and
	// about a third stay 45 days or longer": some clients' stays.)
	if hasPhrase(pre, []string{"extensions are available", "extensions available", "extended stays are available", "longer stays are available"}) {
		return true
	}
	// ("Clients also have the option to stay on campus", "some opt to
	// …": one choice offered, beside the usual.)
	if hasPhrase(pre, []string{"the option to", "the option of", "an option to", "the choice to", "the choice of", "opt to", "opt for", "elect to"}) {
		return true
	}
	// "In practice, a small number of programs meet five days a week".
	// ("Very few clients need more than 60 days", "few residents stay
	// past …": some do.)
	if hasPhrase(pre, []string{"a small number of", "a minority of", "a small share of", "very few", "few residents", "few clients", "few patients", "few people", "few members"}) {
		return true
	}
	// ("and about half of the group lives in our houses", "a third of
	// our clients": a share of them, its figure blanked by the mask.)
	if strings.Contains(pre, " of ") && shareOfPeople.MatchString(pre) {
		return true
	}
	for i := range wordIndexes(pre, "several") {
		switch wordAfter(pre, i+len("several")) {
		case "programs", "centers", "centres", "facilities", "providers", "clinics", "of", "iops", "phps":
			return true
		}
	}
	return false
}

// hedgedAround reports "in some cases", "sometimes" or "occasionally"
// governing the claim: before it in its clause, or after it with no comma
// between ("lasts 12 weeks in some cases"); after a comma the hedge
// belongs to what follows ("1 to 9 hours a week, sometimes paired with
// medication").
func hedgedAround(pre, post string) bool {
	pre = withoutAlias(pre)
	hedges := []string{"in some cases", "sometimes", "occasionally"}
	if k := strings.IndexAny(post, ",;("); k >= 0 {
		post = post[:k]
	}
	return hasPhrase(pre, hedges) || hasPhrase(post, hedges)
}

// fewPrograms reports a vague count of programs or clients before the
// claim: "a handful of IOPs", "a few of our programs", "a few clients".
func fewPrograms(pre string) bool {
	for _, w := range []string{"a handful of ", "a few of ", "few of "} {
		if strings.Contains(pre, w) {
			return true
		}
	}
	for _, w := range []string{"a few ", "a handful "} {
		if i := strings.Index(pre, w); i >= 0 {
			switch wordAfter(pre, i+len(w)-1) {
			case "programs", "iops", "phps", "centers", "centres", "facilities", "providers", "clinics", "clients", "patients", "people":
				return true
			}
		}
	}
	return false
}

func startsWithExistential(clause string) bool {
	t := trimLeftWords(clause)
	for _, w := range []string{"some ", "in some cases", "occasionally", "sometimes", "others ", "a few ", "few ",
		"a small number of", "a minority of", "a number of", "a small share of", "a small percentage of"} {
		if strings.HasPrefix(t, w) {
			return true
		}
	}
	// "There are also plans that call for five sessions a week": plans
	// that exist beside the others, not every one.
	if existentialThere.MatchString(t) {
		return true
	}
	// "Many programs elsewhere require five days a week": many, not all,
	// whatever "require" says ("many clients" are this program's).
	// ("Other PHPs require an overnight stay": some programs beside the
	// ones just described.)
	// ("Other programs aside, the PHP here …": set aside, they are not
	// the clause's subject; "Other programs, by contrast, last …" are.)
	for _, q := range []string{"many ", "other "} {
		if rest, ok := strings.CutPrefix(t, q); ok {
			w := leadingWord(rest, 0)
			if q == "other " && wordAfter(rest, len(w)) == "aside" {
				return false
			}
			return w == "programs" || w == "iops" || w == "phps" || w == "facilities" || w == "centers" || w == "centres" || w == "providers" || w == "rehabs"
		}
	}
	return false
}

// variesFrom ends on the near end of a range of options the claim opens:
// "oversight varies from 24-hour supervision in the house to on-call
// support", "ranging from live-in care to …": one end, held for some.
// (A figure's own "from" is blanked with it in the masked text the force
// is read on.)
var variesFrom = prefilter.MustCompile(`\b(?:varies|vary|varied|varying|ranges|range|ranging)\s+(?:(?:from|between)\s+(?:a\s+|an\s+)?)?$`)

// rangeOfOptions reports the claim at [start, end) as one end of a range
// of options: the near one ("ranges from 2 days a week to 5") or the far
// one ("… to as many as 5 days a week").
// The far end is read on the unmasked words, since "up to several hours"
// is a quantity blanked in the masked ones.
// A range of figures split in two by the grammar ("ranges from 10 weeks
// to about 12 weeks", "from 5 hours a week to 7 hours a week") is one
// range, no options: its ends keep their force.
func rangeOfOptions(s *sentence, lo, start, end int) bool {
	lead := s.masked[lo:start]
	if variesFrom.MatchString(lead) && farEnd.MatchString(s.lower[end:]) {
		return s.quantityAt(start) == nil || !figureAfterTo.MatchString(s.lower[end:])
	}
	// (The near end blanked in the masked text is a figure.)
	loc := variesTo.FindStringSubmatchIndex(lead)
	return loc != nil && (s.quantityAt(start) == nil || strings.TrimSpace(lead[loc[2]:loc[3]]) != "")
}

// figureAfterTo opens on a far end that is a figure: " to about 12
// weeks", " up to 5 days".
var figureAfterTo = prefilter.MustCompile(`^\s*(?:[a-z-]+\s+){0,3}?to\s+(?:(?:about|around|roughly|approximately|as\s+many\s+as|as\s+much\s+as|as\s+long\s+as|nearly|almost)\s+)?(?:\d|one\b|two\b|three\b|four\b|five\b|six\b|seven\b|eight\b|nine\b|ten\b|twelve\b)`)

// variesTo ends on the far end's "to" of a range of options, the near
// end its group: "varies from weekly check-ins to ", "ranges from 2 days a
// week to ".
var variesTo = prefilter.MustCompile(`\b(?:varies|vary|varied|varying|ranges|range|ranging)\s+(?:from\s+)?([^.;:,]{1,60}?)\s+to\s+$`)

// farEnd opens on the far end of the range variesFrom starts, a few
// words on: " support to weekly check-ins".
var farEnd = prefilter.MustCompile(`^\s*(?:[a-z-]+\s+){0,3}?to\s`)

// saidRare reports a claim followed by the word that it is rare: ", but
// this is not common", ", though this is rare" (not "not common
// knowledge").
func saidRare(after string) bool {
	m := rareAside.FindString(after)
	return m != "" && !strings.HasSuffix(m, "knowledge")
}

// rareAside follows a claim with the word that it is rare; what follows
// "common" is taken in, for saidRare to see.
var rareAside = prefilter.MustCompile(`^[^.;!?]{0,40}?,\s*(?:but|though|although)\s+(?:this|that|it)\s+is\s+(?:not\s+(?:common|typical|usual|the\s+norm)|(?:quite\s+|very\s+|fairly\s+)?(?:rare|uncommon|unusual))\b(?:\s+knowledge)?`)

// definition marks a defining sentence ("IOP is defined as", "by
// definition"), which speaks for every program of the kind.
func definition(s string) bool {
	return strings.Contains(s, "defined as") || strings.Contains(s, "by definition") || strings.Contains(s, "definition of")
}

// universalIn reports a universal cue in the clause that is not part of a
// rate: "every week" and "all day" say how often, not of which programs.
func universalIn(clause string) bool {
	for _, c := range universalCues {
		for i := range wordIndexes(clause, c) {
			// "6 hours a week in all", "not at all": idioms.
			if c == "all" && (wordBefore(clause, i) == "in" || wordBefore(clause, i) == "at") {
				continue
			}
			switch wordAfter(clause, i+len(c)) {
			case "day", "days", "week", "weeks", "month", "night", "evening", "morning", "session", "other", "weekday", "year":
				continue
			}
			// "Short-acting opioids typically require 7 to 10 days of
			// detox": what is usually required, not a rule without
			// exception.
			// ("Most IOPs require 9 to 12 hours a week", "requires you to
			// live on site, usually for 30 days": so is a hedge after it,
			// or most of the programs before it.)
			if (c == "require" || c == "requires" || c == "required") && (hasWord(clause, "typically", "usually", "generally", "often", "commonly", "normally") || hasWord(clause[:i], "most")) {
				continue
			}
			return true
		}
	}
	return false
}

var genericPrograms = wordSet("programs", "iops", "phps", "facilities", "centers", "centres", "providers", "rehabs", "curricula")

// narrowedPrograms reports a clause opening on a plural of programs that a
// relative or participle narrows: "programs that follow", "IOPs built
// around", "programs modeled after" (not "programs that we run").
func narrowedPrograms(clause string) bool {
	t := trimLeftWords(clause)
	w := leadingWord(t, 0)
	if !genericPrograms[w] {
		return false
	}
	rest := strings.TrimLeft(t[len(w):], " ")
	for _, r := range []string{"that ", "which ", "using ", "following ", "based on ", "built on ", "built around ", "modeled on ", "modelled on ", "modeled after ", "modelled after "} {
		if after, ok := strings.CutPrefix(rest, r); ok {
			switch leadingWord(after, 0) {
			case "we", "our", "you", "i":
				return false
			}
			return true
		}
	}
	return false
}

// existentialThere opens a clause on programs that exist among others.
var existentialThere = prefilter.MustCompile(`^there\s+(?:are|is)\s+(?:also\s+)?(?:other\s+|some\s+)?(?:[a-z-]+\s+)?(?:programs|plans|options|tracks|schedules|facilities|centers|centres|providers|iops|phps)\s+(?:that|which|where|with)\b`)
