package claims

import (
	"slices"
	"strings"

	"github.com/factlint/factlint/claims/quantity"
	"github.com/factlint/factlint/corpus"
	"github.com/factlint/factlint/internal/prefilter"
)

// inCondition reports whether i lies in an opening conditional clause:
// "If you've been sober for 30 days, you may be ready" states a condition,
// not a fact about the program.
func inCondition(lower string, i int) bool {
	switch openedBy(lower, i, conditionOpeners) {
	case "":
		return false
	case "once ":
		return !onceRate.MatchString(trimLeftWords(lower)) // "Once a week you meet with your counselor"
	}
	return true
}

var conditionOpeners = []string{"if ", "once ", "unless ", "until ", "whether "}

// noLongerNeeded reports a figure at i that the words before it say a
// client no longer needs: "when progress no longer requires nine hours
// per week of treatment" gives the schedule being left, no program's.
// ("… no longer requires nine hours a week for adults or six for
// adolescents": so is a figure coordinated with it.)
func noLongerNeeded(lower string, i int) bool {
	return noLongerBefore.MatchString(lower[max(0, i-110):i])
}

var noLongerBefore = prefilter.MustCompile(`\bno\s+longer\s+(?:requires?|required|needs?|needed|calls?\s+for)\s+(?:[^.;:!?]{1,80}?\s+(?:or|and)\s+)?(?:[a-z-]+\s+){0,3}$`)

// openedBy is the first of openers the sentence opens with, when i lies
// in the opening clause (before the first comma); "" otherwise.
func openedBy(lower string, i int, openers []string) string {
	t := trimLeftWords(lower)
	for _, w := range openers {
		if strings.HasPrefix(t, w) {
			if comma := strings.IndexByte(lower, ','); comma >= 0 && i >= comma {
				return ""
			}
			return w
		}
	}
	return ""
}

// whenNeeded reports i inside an opening "When you need …," or "When
// you require …,": the need a program after the comma meets.
func whenNeeded(lower string, i int) bool {
	t := trimLeftWords(lower)
	if !strings.HasPrefix(t, "when you need ") && !strings.HasPrefix(t, "when you require ") && !readyTo(t) {
		return false
	}
	comma := strings.IndexByte(lower, ',')
	return comma > i
}

// unneeded reports a yes/no phrase inside an opening condition that says
// it is not needed, without a denial of its own before the phrase:
// "Unless you need 24/7 medical monitoring, …", "If round-the-clock
// supervision is not necessary, …".
func unneeded(lower string, start, end int) bool {
	comma := strings.IndexByte(lower, ',')
	if comma < 0 || start > comma {
		return false
	}
	t := trimLeftWords(lower[:comma])
	// ("Unless they are in our residential unit with 24/7 nursing, …"
	// names who has it; only a need unless-ed is denied.)
	if strings.HasPrefix(t, "unless ") {
		return hasWord(t, "need", "needs", "require", "requires", "necessary") && !namesProgramText(t)
	}
	// ("not needed" and "not required" after the phrase deny it already.)
	// (A phrase running past the comma, "When detox is needed, it takes
	// place on our unit", is said after the condition, not inside it.)
	return (strings.HasPrefix(t, "if ") || strings.HasPrefix(t, "when ")) && end <= comma && anyIn(lower[end:comma], []string{"not necessary", "isn't necessary", "isn’t necessary"})
}

// namesProgramText reports a program's name in t: "residential", "iop",
// "php", "detox", "inpatient".
func namesProgramText(t string) bool {
	return hasWord(t, "residential", "inpatient", "iop", "php", "detox", "hospital", "hospitalization", "intensive")
}

// programAfterComma is the first program named after the sentence's first
// comma, "" when none is.
func programAfterComma(s *sentence) Subject {
	comma := strings.IndexByte(s.lower, ',')
	for _, m := range s.mentions {
		if comma >= 0 && m.start > comma && programSubject(m.subject) && !m.contrast {
			return m.subject
		}
	}
	return NoSubject
}

// readyTo opens a sentence on the client being ready for what the main
// clause offers: "When you are ready to go home at night, our PHP …".
func readyTo(t string) bool {
	for _, p := range []string{"when you are ready ", "when you're ready ", "when you’re ready ", "once you are ready ", "once you're ready ", "once you’re ready "} {
		if strings.HasPrefix(t, p) {
			return true
		}
	}
	return false
}

var onceRate = prefilter.MustCompile(`^once\s+(?:a|an|per|each|every)\s+(?:week|day|month|evening|night|morning)\b|^once\s+(?:weekly|daily|monthly)\b`)

// outcomeAfter follows the clause about people who stayed with what
// became of them: "… had notably better outcomes", "… were more likely to".
var outcomeAfter = prefilter.MustCompile(`^(?:\s+or\s+(?:more|longer))?\s+(?:had|were|was|did|showed|reported|achieved|tended)\s+(?:[a-z]+\s+){0,2}?(?:better|worse|higher|lower|more|less|fewer|greater|improved|improvements?|gains|stronger|longer)\b`)

// relapseShareAfter follows a span with a share of people who relapse,
// in the clause after the span's: ", 70% of patients had relapsed", ",
// most people relapse", the verb a few words after the share (not the
// noun: "most clients step down to lower their risk of relapse").
var relapseShareAfter = prefilter.MustCompile(`^[^.;]{0,80}?,\s*(?:that\s+)?(?:about\s+|nearly\s+|over\s+|up\s+to\s+)?(?:\d+\s*%|(?:\d+\s+percent|most|many|half|the\s+majority)\b)(?:\s+of\s+[a-z]+)?(?:\s+[a-z]+){0,2}?\s+(?:(?:will|would|eventually|still|had|have|has|to)\s+){0,2}(?:end\s+up\s+|go\s+on\s+to\s+|went\s+on\s+to\s+)?(?:relapse|relapses|relapsed|relapsing)\b`)

// relapseStatistic reports relapseShareAfter whose relapse word is the
// verb, no noun of a compound after it ("move to relapse prevention
// groups").
func relapseStatistic(rest string) bool {
	loc := relapseShareAfter.FindStringIndex(rest)
	if loc == nil {
		return false
	}
	switch wordAfter(rest, loc[1]) {
	case "prevention", "triggers", "trigger", "risk", "plan", "plans", "group", "groups", "skills", "education", "meetings", "work":
		return false
	}
	return true
}

// studyCondition reports a figure inside a relative clause about people
// ("those who stayed …", "people who remained in treatment for …").
func studyCondition(lower string, i int) bool {
	// ("Adults treated in a day program for 14 months reported …": a
	// participle says whom the study followed as "who" does.)
	for _, w := range studyWords {
		if k := lastIndex(lower[:i], w); k >= 0 && !strings.ContainsAny(lower[k:i], ",;") {
			return true
		}
	}
	return false
}

// studyWords open a clause on the people a study followed.
var studyWords = []string{" who ", " treated ", " enrolled ", " randomized "}

// conditionedProgram is the program the main clause after an opening
// condition names, when the condition names none: "If you do not need
// 24/7 care, a partial care program is your best option." A bare
// "outpatient" counts ("…, outpatient may be the best choice").
func conditionedProgram(s *sentence) Subject {
	comma := strings.IndexByte(s.lower, ',')
	if comma < 0 {
		return NoSubject
	}
	for _, m := range s.mentions {
		if m.start < comma && programSubject(m.subject) && !m.contrast {
			return NoSubject
		}
	}
	return programAfterComma(s)
}

// neededBeyond reports a figure a person needs more (or less) than: "You
// need more than an hour a week", "people who need more than a few hours
// of support", "for anything more than weekly therapy" say what someone
// needs beyond, no program's figure.
// neededFrequency reports medical watching someone is said to need: "an
// illness that requires daily monitoring" is the person's need,
// not the program's days. ("adults who still need daily therapy" are
// the program's clients, and their need its days.)
func neededFrequency(lower string, q *quantity.Quantity) bool {
	if !frequencyWord(q) {
		return false
	}
	v := wordBefore(lower, q.Start)
	if !needVerbs[v] || !medicalWatch[wordAfter(lower, q.End)] {
		return false
	}
	// Whose need: a condition ("an illness that requires …"), or people
	// a provider will not admit ("we cannot admit people who need …");
	// "Our PHP requires daily supervision" is the program's.
	k := lastIndex(lower[:q.Start], v)
	rel := wordBefore(lower, k)
	if rel != "that" && rel != "which" && rel != "who" {
		return false
	}
	if needHolders[wordBefore(lower, lastIndex(lower[:k], rel))] {
		return true
	}
	return rel == "who" && hasWord(lower[:k], "not", "cannot", "can't", "can’t", "unable")
}

var (
	needVerbs    = wordSet("need", "needs", "needed", "needing", "require", "requires", "required", "requiring")
	medicalWatch = wordSet("monitoring", "medical", "nursing", "medication", "observation", "injections", "supervision")
	needHolders  = wordSet("condition", "conditions", "illness", "illnesses", "symptoms", "problem", "problems", "issue", "issues", "disorder", "wound", "wounds")
)

func neededBeyond(lower string, q *quantity.Quantity) bool {
	t := lowerASCII(q.Text)
	if !strings.HasPrefix(t, "more than") && !strings.HasPrefix(t, "less than") && !strings.HasPrefix(t, "fewer than") {
		return false
	}
	at := q.Start
	// ("people who need a lot more than one weekly hour of therapy": the need,
	// however much more.)
	for n := 0; n < 2; n++ {
		switch w := wordBefore(lower, at); w {
		case "far", "much", "a", "lot", "well", "somewhat", "considerably", "significantly", "quite", "bit", "little":
			at = lastIndex(lower[:at], w)
		}
	}
	switch w := wordBefore(lower, at); w {
	case "anything", "something", "nothing":
		// "had to drive an hour for anything more than an hour a week
		// of counseling": a class of care beyond the figure, no
		// program's.
		return true
	case "need", "needs", "needed", "needing", "require", "requires", "requiring", "want", "wants":
		// Someone's need ("Some people need more than a month",
		// "Clients requiring more than 12 weeks …"), not a program's
		// ("Our IOP requires more than 9 hours a week").
		k := lastIndex(lower[:at], w)
		return hasWord(lower[max(0, k-40):k], "you", "people", "clients", "patients", "someone", "anyone", "adults", "teens", "individuals", "who", "many", "some", "most")
	}
	return false
}

// needlessPrograms returns the programs named before start as what someone
// does not need ("who do not need detox", "clients who don't require
// residential care").
func needlessPrograms(s *sentence, start int) []Subject {
	var out []Subject
	for _, m := range s.mentions {
		if m.end > start || !programSubject(m.subject) || slices.Contains(out, m.subject) {
			continue
		}
		if needVerbBefore.MatchString(s.lower[max(0, m.start-30):m.start]) {
			out = append(out, m.subject)
		}
	}
	return out
}

// needVerbBefore ends on a denied need: "do not need ", "doesn't require ",
// "do not need medical ".
var needVerbBefore = prefilter.MustCompile(`\b(?:(?:do|does|did)\s+not|don't|doesn't|don’t|doesn’t|not|never)\s+(?:need|require)\s+(?:(?:a|an|any|medical|medically\s+supervised|supervised|inpatient|formal)\s+)*$`)

// unmetNeed reports a sentence under a heading or lead-in that says the
// program is not for whoever it describes: "Our IOP may not be a fit
// if:" / "You need care around the clock" / "You cannot sleep at home".
func unmetNeed(s *sentence) bool {
	if s.block.Kind != corpus.BlockListItem {
		return false
	}
	// The list's own heading or lead-in, right before its items: a
	// paragraph between ends the heading's reach ("Otherwise, IOP is a
	// great option. Here is what it includes:"). In plain text the
	// lead-in line is a paragraph; only its last sentence leads in ("IOP
	// is not the right choice if you need 24/7 care. It is a good fit
	// if:" introduces who it suits).
	for i := s.bi - 1; i >= 0; i-- {
		b := &s.doc.Blocks[i]
		if b.Kind == corpus.BlockListItem {
			continue
		}
		t := strings.TrimSpace(b.Text)
		if b.Kind == corpus.BlockHeading {
			return notSuitedIf.MatchString(lowerASCII(t))
		}
		t = t[sentenceStart(t, len(t)):]
		return strings.HasSuffix(t, ":") && notSuitedIf.MatchString(lowerASCII(t))
	}
	return false
}

// notSuitedIf heads a list of needs a program is not for: "may not be
// appropriate if", "is not right for you if", "isn't a fit when", "When
// PHP Is Not Ideal" (not "Not a Fit for Everyone", nor a question).
var notSuitedIf = prefilter.MustCompile(`\b(?:not|n['’]t)\s+(?:be\s+)?(?:appropriate|right|suitable|ideal|recommended|(?:a|the)\s+(?:good\s+|right\s+)?(?:fit|choice|option)|for\s+you)(?:\s+for\s+you)?(?:\s+(?:if|when)\b[^?]*|\s*:?)\s*$`)
