package claims

import (
	"github.com/factlint/factlint/internal/prefilter"
	"strings"
	"sync"
)

// YesNo is how a yes/no kind reads its statements: the matcher finds the
// words and their value (negation included); Holds limits the subjects
// that can have the property (programs, not therapies inside them).
type YesNo struct {
	// Hits returns every statement of the kind in a sentence, in order.
	Hits  func(s *sentence) []boolHit
	Holds func(Subject) bool
}

// boolKind is a registered yes/no kind.
type boolKind struct {
	kind Kind
	YesNo
}

// boolKinds lists the registered yes/no kinds in ID order, for a
// deterministic claim order.
func boolKinds() []boolKind {
	boolOnce.Do(func() {
		for _, k := range Kinds() {
			if k.YesNo != nil {
				boolList = append(boolList, boolKind{k.ID, *k.YesNo})
			}
		}
	})
	return boolList
}

var (
	boolOnce sync.Once
	boolList []boolKind
)

// first adapts a matcher that finds the first statement of a sentence.
func first(match func(s *sentence) (bool, int, int, bool)) func(s *sentence) []boolHit {
	return func(s *sentence) []boolHit {
		if v, start, end, ok := match(s); ok {
			return []boolHit{{value: v, start: start, end: end}}
		}
		return nil
	}
}

// negated reports whether a negator governs the words at i: one of the
// six words before them in the same clause ("does not offer", "are
// unable to provide", "rarely include", "no longer require"), or a
// negating contraction. A clause break (comma, semicolon, "but") ends its
// scope: "we do not judge, and we offer detox" offers detox.
func negated(lower string, i int) bool {
	// ("needs that won't be so acute that a client requires 24/7
	// supervision": the denial reaches the need past "so … that".)
	if notSoSevere.MatchString(lower[max(0, i-100):i]) {
		return true
	}
	// ("Neither will an IOP client have medical issues that require
	// 24-hour care": a sentence opening on "neither" or "nor" denies what
	// it goes on to say, up to a "but".)
	if neitherOpens.MatchString(lower[:i]) && !strings.Contains(lower[:i], ";") && !hasWord(lower[:i], "but", "yet") {
		return true
	}
	// ("Neither the IOP nor the outpatient program requires you to live
	// on site": the pair's verb, in the clause its "nor" opens.)
	if neitherNorVerb(lower[:i]) {
		return true
	}
	// ("can live safely outside of 24/7 care": right before it, "outside"
	// keeps clear of it; "Outside of group, staff are on call 24/7" places
	// the hours, further off.)
	if outsideCare(lower, i) {
		return true
	}
	j := i
	// ("don't require 24-hour, round-the-clock care": a word of the clock
	// set off by its comma right before the phrase is the phrase's own.)
	if p := strings.TrimRight(lower[:j], " "); strings.HasSuffix(p, ",") && clockWordEnds(p[:len(p)-1]) {
		j = len(p) - 1
	}
	// "does not offer detox, overnight stays or 24-hour supervision": an
	// item inside a list that "or" closes shares the denial, as the last
	// one does.
	// (Only a verb's denial: "No waitlist, no judgment, 24-hour
	// supervision from nurses or counselors" denies each item by its
	// own "no".)
	sawOr := strings.HasSuffix(strings.TrimRight(lower[:i], " "), ",") && listClosedByOr(lower[i:]) && (verbDenied(lower[:i]) || listDenied(lower[:i], lower[i:]))
	lost := false
	// ("None of our programs, including PHP, offer detox": an aside
	// naming members of what is denied, right before its verb, sits
	// inside the denial.)
	if a := inclusionAside(strings.TrimRight(lower[:j], " ")); a >= 0 {
		j = a
	}
	// (A list of verb phrases that a "not" before it denies takes more
	// words to walk back over: "do not require clients to move into a
	// treatment center, provide detox, or 24-hour care".)
	long := sawOr && verbDenied(lower[:i])
	for n := 0; j > 0 && (n < 6 || long && n < 14); n++ {
		if sawOr {
			j = len(strings.TrimRight(lower[:j], " ,"))
		}
		w := wordBefore(lower, j)
		if w == "" {
			break
		}
		// (The longer walk of a list stops at its sentence's start: "…
		// without being admitted. Instead, clients attend a clinic, a
		// center or an office and return home".)
		if long {
			if k := lastIndex(lower[:j], w); k >= 0 && strings.ContainsAny(lower[k+len(w):j], ".;:?!") {
				break
			}
		}
		// "providers—without requiring": a dash glued between words.
		if k := lastIndex(w, "—"); k >= 0 {
			w = w[k+len("—"):]
		} else if k := lastIndex(w, "–"); k >= 0 {
			w = w[k+len("–"):]
		}
		// ("Nobody detoxes alone here because staff are on site 24/7":
		// "nobody" denies only what it governs, right after it.)
		// ("Nobody in the IOP stays overnight": a phrase of where
		// or whom may stand between it and its verb.)
		if w == "nobody" && n > 1 && !(nobodyOf(lower[j:i]) && !narrowedAfter(lower[i:])) {
			break
		}
		// ("without compromising their chance to live at home", "without
		// giving up living at home": a loss denied keeps what is lost.)
		if w == "without" && lossVerbs[wordAfter(lower, lastIndex(lower[:j], w)+len(w))] {
			break
		}
		// ("do not have to give up living at home", "never need to
		// sacrifice living at home": a loss denied, as after "without".
		// Only the verb right before the phrase loses it: "do not risk
		// relapse by living at home" denies.)
		lost = lost || n == 0 && lostVerbs[w] || n == 1 && w == "give" && wordAfter(lower, lastIndex(lower[:j], w)+len(w)) == "up"
		if negatorWords[w] || strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t") {
			// ("not only to get through detox but to rebuild a life":
			// "not only" adds to what follows, it denies nothing.)
			if additive(lower, lastIndex(lower[:j], w)+len(w)) {
				break
			}
			// ("Inpatient detox works the same way, except the patient
			// stays at the center": "except" opening a clause of its own states
			// the difference; "all services except detox" denies.)
			if w == "except" && exceptClause.MatchString(lower[lastIndex(lower[:j], w)+len(w):i]) {
				break
			}
			// ("a treatment center not within a hospital offering
			// detox": "not" denies where the center is, and the
			// participle after the place is asserted.)
			if w == "not" && placeDenied(lower[lastIndex(lower[:j], w)+len(w):i], lower[i:]) {
				break
			}
			return !lost
		}
		// "the highest level of care we provide short of an overnight
		// stay": all but it.
		if w == "of" {
			if k := lastIndex(lower[:j], w); k > 0 && wordBefore(lower, k) == "short" {
				return true
			}
		}
		// "don't" reads as "don" + "'" + "t" to wordBefore.
		if k := lastIndex(lower[:j], w); w == "t" && k > 0 && (strings.HasSuffix(lower[:k], "n'") || strings.HasSuffix(lower[:k], "n’")) {
			return true
		}
		if w == "but" || w == "and" && n > 1 {
			break
		}
		// "does not judge anyone, and offers meals or overnight
		// supervision": a comma before "and" closes the denial's clause.
		if (w == "and" || w == "but") && strings.HasSuffix(strings.TrimRight(lower[:lastIndex(lower[:j], w)], " "), ",") {
			break
		}
		// "not … needed medically-assisted detox or 24/7 supervision":
		// the coordinated object shares its verb's denial; look past it.
		if w == "or" || w == "nor" {
			// ("If your home is not safe or you need 24-hour supervision":
			// a subject after "or" opens a clause of its own.)
			k := lastIndex(lower[:j], w)
			if k >= 0 && clauseSubjects[wordAfter(lower, k+len(w))] {
				break
			}
			n -= 3
			sawOr = true
			long = long || k >= 0 && (verbDenied(lower[:k]) || listDenied(lower[:k], lower[k:]) && listOpenedByDenial(lower[:k]))
		}
		k := lastIndex(lower[:j], w)
		if k < 0 {
			break
		}
		j = k
		// ("does not require 24/7 residency at our facility": "24/7" is
		// one word, which the slash would end the walk inside.)
		// (Only right before the phrase, or inside a list an "or"
		// closes, "does not involve 24/7 supervision or living at the
		// facility": "Our IOP is not 24/7 and clients live at home"
		// denies the hours, not the home.)
		if (n == 0 || sawOr) && strings.HasSuffix(lower[:j], "24/") {
			j -= len("24/")
		}
		// "does not offer detox, medication, or overnight care": the
		// commas of a list closed by "or" stay inside the denial.
		if p := strings.TrimRight(lower[:j], " "); strings.HasSuffix(p, ",") && !sawOr || strings.HasSuffix(p, ";") || strings.HasSuffix(p, ":") {
			break
		}
	}
	return noOneThere(lower, i)
}

// placeDenied reports a denial of where something is, "not" right before
// a preposition of place ("not within a hospital", "not on a hospital
// campus"), between the negator and a participle that the statement opens
// on ("providing detox"): the participle is no part of the denial.
func placeDenied(between, stmt string) bool {
	switch leadingWord(strings.TrimLeft(between, " "), 0) {
	case "within", "in", "inside", "on", "at", "near", "attached", "affiliated", "located", "based", "part":
	default:
		return false
	}
	w := leadingWord(stmt, 0)
	return len(w) > 4 && strings.HasSuffix(w, "ing") && !strings.ContainsAny(between, ",;")
}

// inclusionAside returns where an aside naming members ends p, its
// opening comma's index: ", including PHP,", ", PHP included,", ", even
// our PHP,"; -1 when p ends on no such aside.
func inclusionAside(p string) int {
	if !strings.HasSuffix(p, ",") {
		return -1
	}
	body := p[:len(p)-1]
	k := strings.LastIndexByte(body, ',')
	if k < 0 {
		return -1
	}
	in := strings.TrimSpace(body[k+1:])
	if wordCount(in) > 5 {
		return -1
	}
	switch {
	case strings.HasPrefix(in, "including "), strings.HasPrefix(in, "even "), strings.HasSuffix(in, " included"):
		// (Only after what a negative quantifier opens: "Clients who
		// are not ready for residential care, including many in our
		// IOP, receive outpatient detox" denies nothing of the detox.)
		if noneOpens.MatchString(clauseTail(body[:k])) {
			return k
		}
	}
	return -1
}

// noneOpens opens a clause on a negative quantifier and runs to its end:
// "None of our programs", "No program here", "Not one of our programs".
var noneOpens = prefilter.MustCompile(`^\s*(?:none|no|not\s+one|not\s+a\s+single|neither)\b[^,]*$`)

// additive reports "only", "just", "merely" or "simply" right after a
// negator ending at i: "not only detox but months of therapy" adds to
// what follows, and denies nothing. So do the idioms "not to mention",
// "not to speak of", "not least" and "not forgetting": they add the
// next item to a list.
func additive(lower string, i int) bool {
	switch w := wordAfter(lower, i); w {
	case "only", "just", "merely", "simply":
		return true
	case "least", "forgetting":
		// ("does not offer housing, not least because clients sleep at
		// home": a reason given, which denies nothing.)
		if wordAfter(lower, indexFrom(lower, w, i)+len(w)) == "because" {
			return true
		}
		return !deniedBeforeIdiom(lower, i)
	case "to":
		// ("We do not offer detox, not to mention 24/7 nursing": after
		// a denial the idiom means "let alone", and denies too.)
		if deniedBeforeIdiom(lower, i) {
			return false
		}
		if k := indexFrom(lower, w, i); k >= 0 {
			next := wordAfter(lower, k+len(w))
			return next == "mention" || next == "speak" && wordAfter(lower, indexFrom(lower, next, k)+len(next)) == "of"
		}
	}
	return false
}

// deniedBeforeIdiom reports a denial earlier in the clause of the
// negator that ends at i: "We do not offer detox, not to mention …".
func deniedBeforeIdiom(lower string, i int) bool {
	pre := clauseTail(lower[:max(0, lastIndex(lower[:i], wordBefore(lower, i)))])
	return hasWord(pre, "not", "no", "never", "without", "cannot", "nor", "neither") || strings.Contains(pre, "n't") || strings.Contains(pre, "n’t")
}

// notSoSevere ends on a need a denied degree leads to: "won't be so
// severe that they need ", "are not so intense as to require the ", "not
// severe enough to require you to temporarily ".
var notSoSevere = prefilter.MustCompile(`\b(?:won['’]t|will\s+not|aren['’]t|are\s+not|isn['’]t|is\s+not|not)\s+(?:be\s+)?(?:(?:so|too)\s+(?:severe|serious|intense|acute|complex|unstable)\s+(?:that|as\s+to)\s+(?:[a-z]+\s+){0,2}?(?:need|needs|require|requires)\s+(?:the\s+|a\s+)?|(?:severe|serious|intense|acute|complex|unstable)\s+enough\s+to\s+(?:need|require)\s+(?:(?:you|them|him|her|clients|patients|someone|people)\s+to\s+)?(?:[a-z]+\s+)?(?:the\s+|a\s+)?)$`)

// neitherOpens opens a sentence on an inverted denial: "Neither will
// ", "Nor does ".
var neitherOpens = prefilter.MustCompile(`^\W*(?:neither|nor)\s+(?:will|would|does|do|did|is|are|was|were|can|could|should|must|has|have)\b`)

// neitherNorVerb reports pre, a sentence's text before a word, opening
// on "Neither" with its "nor" later in the same clause: "Neither our IOP
// nor our PHP requires you to ". A clause break after the "nor" ends the
// denial ("…, and both let clients ").
func neitherNorVerb(pre string) bool {
	t := strings.TrimLeft(pre, " \t\"“'‘(")
	if len(t) < 8 || !strings.EqualFold(t[:8], "neither ") {
		return false
	}
	k := strings.Index(t, " nor ")
	if k < 0 {
		return false
	}
	rest := t[k+len(" nor "):]
	return !strings.ContainsAny(rest, ",;:.!?") && !hasWord(rest, "and", "but", "yet", "so", "while", "because")
}

// lossVerbs, after "without", deny a loss.
var lossVerbs = wordSet("compromising", "sacrificing", "giving", "losing", "interrupting", "disrupting", "jeopardizing", "jeopardising", "risking", "forfeiting", "abandoning")

// lostVerbs name a loss as a negator's verb does: "not have to sacrifice"
// (and "give up").
var lostVerbs = wordSet("compromise", "compromising", "sacrifice", "sacrificing", "lose", "losing", "forfeit", "forfeiting", "abandon", "abandoning")

// noOneThere reports a clause opening on "No one" or "Nobody", a phrase
// naming a program's place and its verb before i: "No one at an
// outpatient clinic is watched 24 hours a day" denies it of the clinic's
// clients, too far from the verb for negated's look back.
func noOneThere(lower string, i int) bool {
	pre := strings.TrimLeft(clauseTail(lower[:i]), " ")
	rest, ok := strings.CutPrefix(pre, "no one ")
	if !ok {
		if rest, ok = strings.CutPrefix(pre, "nobody "); !ok {
			return false
		}
	}
	// (A comma closes the denial's clause: "No one in our detox unit is
	// left alone, and nurses are present 24/7" says they are.)
	if strings.ContainsAny(rest, ",") || hasWord(rest, "because", "since", "as", "so", "and", "but", "while") {
		return false
	}
	f := strings.Fields(rest)
	for k, w := range f {
		switch w {
		case "is", "are", "gets", "get", "stays", "stay", "lives", "live", "sleeps", "sleep", "has", "have", "will", "can", "receives", "receive", "was":
			return k > 0 && nobodyOf(" "+strings.Join(f[:k], " ")+" ")
		}
	}
	return false
}

// listClosedByOr reports a list that goes on after an item and closes on
// "or" or "nor" within its clause.
func listClosedByOr(rest string) bool {
	if k := strings.IndexAny(rest, ".;:"); k >= 0 {
		rest = rest[:k]
	}
	return strings.Contains(rest, " or ") || strings.Contains(rest, " nor ")
}

// nobodyOf reports the words between "nobody" and what it denies as a
// phrase naming the program whose clients it is: " in the IOP ", " in
// our day program ". (Not other people: "Nobody at the front desk …",
// "Nobody on the waiting list …".)
func nobodyOf(between string) bool {
	f := strings.Fields(between)
	if len(f) < 2 || len(f) > 4 || strings.ContainsAny(between, ",;") {
		return false
	}
	switch f[0] {
	case "in", "at", "on", "from", "of":
	default:
		return false
	}
	return hasWord(between, "iop", "php", "program", "programs", "track", "detox", "residential", "outpatient", "treatment", "care") &&
		!hasWord(between, "desk", "shift", "staff", "team", "community", "list", "waiting", "visitors", "family", "families")
}

// narrowedAfter reports a word in the clause after a denied verb that
// narrows what is denied: "Nobody in our program stays overnight alone".
func narrowedAfter(rest string) bool {
	if k := strings.IndexAny(rest, ",;.:"); k >= 0 {
		rest = rest[:k]
	}
	return hasWord(rest, "alone", "without", "unless", "except", "unsupervised", "unattended")
}

// verbDenied reports a clause whose verb is denied before the list its
// last words hold: "We do not offer detox, …", "None of our locations
// provide detox, …".
func verbDenied(pre string) bool {
	pre = clauseTail(pre)
	return hasWord(pre, "not", "never", "cannot", "neither", "nor", "none", "nobody") || strings.Contains(pre, "n't ") || strings.Contains(pre, "n’t ")
}

// listDenied reports a list of nouns that one "no" or "without" opens:
// "offers no detox, overnight stays or 24-hour supervision", "without
// detox, overnight stays or …". Not items each with their own "no" ("No
// waitlist, no judgment, 24-hour supervision …"), nor a clause after a
// comma ("No problem, detox is available … or …").
func listDenied(pre, rest string) bool {
	n := 0
	for _, w := range strings.Fields(clauseTail(pre)) {
		if w == "no" || w == "without" {
			n++
		}
	}
	if n != 1 {
		return false
	}
	if k := strings.Index(rest, " or "); k >= 0 {
		rest = rest[:k]
	}
	return !hasWord(rest, "is", "are", "was", "were", "can", "will", "may", "has", "have")
}

// listOpenedByDenial reports the "no" or "without" of pre's clause as
// opening the list that ends pre, no clause of its own between: "no sign
// of risk to anyone, of withdrawal, or …"; not
// "Without a referral, you can come to us for detox, residential
// treatment, or …", where a subject and its verb start another.
func listOpenedByDenial(pre string) bool {
	tail := clauseTail(pre)
	k := lastWordIndex(tail, []string{"no", "without"})
	return k >= 0 && !hasWord(tail[k:], "we", "you", "they", "i", "he", "she", "it", "can", "will", "may", "might", "is", "are", "was", "were", "have", "has", "do", "does", "so", "but", "matter",
		"our", "offer", "offers", "provide", "provides", "arrange", "arranges", "give", "gives")
}

// clauseTail is the end of pre after its last stop, semicolon, colon,
// question or exclamation mark.
func clauseTail(pre string) string {
	if k := strings.LastIndexAny(pre, ".;:?!"); k >= 0 {
		return pre[k+1:]
	}
	return pre
}

// exceptClause opens, right after "except", a clause with its own
// subject up to a phrase's verb: " that ", " the patient ", " you ".
var exceptClause = prefilter.MustCompile(`^\s+(?:that\b|(?:the|a|an|our|your|their)\s+(?:[a-z-]+\s+)?(?:patient|patients|client|clients|resident|residents|person|people|individual|individuals|participant|participants|teen|teens|adult|adults)\b|(?:you|they|he|she|patients|clients|residents|people)\b)`)

// negatorWords deny what follows them within their clause.
var negatorWords = wordSet("not", "no", "never", "without", "cannot", "nor", "neither", "lack", "lacks", "lacking",
	"absence", "unable", "rarely", "seldom", "instead", "unavailable", "except", "alternative", "minus", "none", "nobody",
	// Contractions typed without their apostrophe: "We dont offer detox".
	"dont", "doesnt", "isnt", "arent", "wont", "cant", "didnt", "wasnt", "werent")

// boolHit is one yes/no statement found in a sentence.
type boolHit struct {
	value      bool
	start, end int
	// subject is the program the matcher found the statement to be
	// about, when its frame names it ("For clients still using, PHP is
	// more suitable than IOP" says one thing of each); empty leaves the
	// subject to the resolver.
	subject Subject
}

// outsideCare reports "outside" or "outside of" right before i.
func outsideCare(lower string, i int) bool {
	w := wordBefore(lower, i)
	if w == "of" {
		w = wordBefore(lower, lastIndex(lower[:i], "of"))
	}
	return w == "outside"
}

// clauseSubjects open a clause of their own after "or": "… or you need
// …", "… or they require …".
var clauseSubjects = wordSet("you", "they", "we", "he", "she", "clients", "patients", "people", "someone", "anyone")

// clockWordEnds reports t ending on a word that says the care runs all
// day and night: "24-hour", "24/7", "round-the-clock".
func clockWordEnds(t string) bool {
	for _, w := range []string{"24-hour", "24 hour", "24/7", "round-the-clock", "around-the-clock", "24-hours-a-day", "seven-day", "7-day"} {
		if strings.HasSuffix(t, w) && (len(t) == len(w) || !isWordByte(t[len(t)-len(w)-1])) {
			return true
		}
	}
	return false
}
