package claims

import (
	"strings"

	"github.com/factlint/factlint/internal/prefilter"
)

// negatedClaim reports whether a negator governs the claim inside its
// clause: "IOP is not 30 days long", "it never lasts 90 days". Bounds
// written as "no more than" or "not longer than" are read by the quantity
// grammar as bounds, not denials, so a negator directly followed by a
// comparative is skipped.
func negatedClaim(masked string, lo, start int) bool {
	pre := masked[lo:start]
	// "No residential stay here runs past 45 days": what no stay does,
	// every stay does not. ("No, our IOP …" answers a question.)
	if strings.HasPrefix(strings.TrimLeft(pre, " "), "no ") {
		return true
	}
	for _, n := range negators {
		for i := range wordIndexes(pre, n) {
			after := wordAfter(pre, i+len(n))
			if comparatives[after] {
				continue
			}
			// "not only", "no longer": idioms, not denials of the claim;
			// "it is not uncommon for IOP to run 10 hours a week" affirms.
			if additive(pre, i+len(n)) || after == "longer" && n == "no" || litotes[after] {
				continue
			}
			if relativeClauseClosed(pre, i+len(n)) || coordinateClauseAfter(pre[i+len(n):]) {
				continue
			}
			// "Because clients do not stay overnight, our PHP provides 15
			// hours a week", "Clients who do not need detox attend our
			// PHP 15 hours a week": the denial ends with the clause before
			// the main one.
			if frontedClauseClosed(pre, i+len(n)) || relativeBeforeMainVerb(pre, i, i+len(n)) {
				continue
			}
			// "For those in outpatient care and not residential care, the
			// usual stay is at least 90 days": the "not" sets a level
			// aside, a noun phrase closed by its comma.
			if n == "not" && levelSetAside(pre[i+len(n):]) {
				continue
			}
			// "Not every hour is spent in groups: residents stay about 90
			// days": the denial's clause ends at the colon.
			if k := strings.IndexByte(pre[i:], ':'); k >= 0 && len(strings.Fields(pre[i+k+1:])) >= 2 {
				continue
			}
			// "Our IOP (not to be confused with our PHP) meets three
			// evenings a week": a denial inside brackets closed before the
			// claim is the aside's.
			if asideClosed(pre, i) {
				continue
			}
			// "is not the same as our five-day PHP": a likeness denied,
			// not the figure. ("is not the same as five days a week of
			// PHP" denies the figure itself.)
			if after == "the" && wordAfter(pre, i+len(n)+len(" the")) == "same" && likenessOfNamed(pre, i) {
				continue
			}
			return true
		}
	}
	// "It is rare for detox to take longer than 10 days", "unusual for
	// PHP to last longer than 6 weeks": what is rare is denied as the
	// rule ("not rare for" is litotes, read above).
	for _, w := range []string{"rare", "unusual", "uncommon"} {
		for i := range wordIndexes(pre, w) {
			if wordAfter(pre, i+len(w)) == "for" && !litoteBefore(pre, i) {
				return true
			}
		}
	}
	return false
}

// levelSetAside reports what follows a "not" as a level of care alone,
// closed by a comma: " residential treatment, ", " a PHP, ".
func levelSetAside(rest string) bool {
	k := strings.IndexByte(rest, ',')
	if k < 0 {
		return false
	}
	words := strings.Fields(rest[:k])
	if len(words) == 0 || len(words) > 4 {
		return false
	}
	level := false
	for _, w := range words {
		switch {
		case setAsideLevels[w]:
			level = true
		case setAsideFiller[w]:
		default:
			return false
		}
	}
	return level
}

var (
	setAsideLevels = wordSet("residential", "inpatient", "outpatient", "php", "iop", "partial", "hospitalization", "intensive", "detox", "detoxification", "day")
	setAsideFiller = wordSet("a", "an", "the", "our", "treatment", "care", "program", "programs", "rehab", "level", "levels")
)

// rareAfter follows a figure said to be rare: " is uncommon", " are
// quite rare".
// ("Our stay of 90 days is unusual among local providers" sets the stay
// apart, and states it.)
var rareAfter = prefilter.MustCompile(`^\s*(?:is|are)\s+(?:very\s+|quite\s+|relatively\s+|fairly\s+|still\s+)?(?:rare|uncommon|unusual)\s*(?:[.;,!]|$)`)

// likenessOfNamed reports "not the same as" with something else between
// it and the figure: "not the same as our five-day PHP" or "as a day
// program, lasts eight weeks" compare; "not the same as five days a
// week" denies the figure right after it.
func likenessOfNamed(pre string, i int) bool {
	k := indexWord(pre, "as", i)
	if k < 0 {
		return false
	}
	between := strings.Fields(pre[k+len("as"):])
	switch len(between) {
	case 0:
		return false
	case 1:
		switch between[0] {
		case "our", "the", "a", "an", "their", "your", "its":
			return true
		}
		return false
	}
	return true
}

// asideClosed reports that the word at i sits inside brackets that close
// before the end of pre.
func asideClosed(pre string, i int) bool {
	open := strings.LastIndexByte(pre[:i], '(')
	if open >= 0 && strings.IndexByte(pre[open:i], ')') < 0 && strings.IndexByte(pre[i:], ')') >= 0 {
		return true
	}
	// ("Our PHP—not our IOP—meets five days a week": an aside between em
	// dashes, closed before the claim.)
	return strings.Count(pre[:i], "—")%2 == 1 && strings.Contains(pre[i:], "—")
}

// litoteBefore reports "not" right before the word at i ("not rare").
// (A straight apostrophe ends a word, so "wasn't" is read by its end.)
func litoteBefore(pre string, i int) bool {
	switch wordBefore(pre, i) {
	case "not", "isn’t", "wasn’t", "aren’t", "weren’t":
		return true
	case "t":
		return strings.HasSuffix(strings.TrimRight(pre[:i], " "), "n't")
	}
	return false
}

// litotes are the words a "not" affirms by denying: "not uncommon", "not
// unusual".
var litotes = wordSet("uncommon", "unusual", "rare", "atypical", "unheard", "impossible", "unlikely")

// relativeClauseClosed reports a negator inside a relative clause that
// ends before the claim: "four hours for those who have not been in
// treatment and more than seven hours for those who have" denies nothing
// of the seven hours.
func relativeClauseClosed(pre string, after int) bool {
	i := after
	rel := false
	for n := 0; n < 4; n++ {
		w := wordBefore(pre, i)
		if w == "" {
			break
		}
		if w == "who" || w == "which" || w == "that" || w == "whom" {
			rel = true
			break
		}
		for i > 0 && pre[i-1] == ' ' {
			i--
		}
		i -= len(w)
	}
	return rel && (hasWord(pre[after:], "and") || strings.Contains(pre[after:], ","))
}

// coordinateClauseAfter reports a clause of its own between a negator and
// the claim, joined by a comma, "and", "or" or "but" and opening on a
// modal or an auxiliary: in "adults who do not need detox, have a stable
// home and can commit to three evenings a week" the "not" ends with its
// clause.
//
// A bare auxiliary after "and" or "or" is a second verb under the same
// negator ("does not run all day or have sessions five days a week"), so
// only a modal opens a clause there; "have", "is" and their kin open one
// only after "but".
func coordinateClauseAfter(rest string) bool {
	for _, sep := range []string{", ", " and ", " or ", " but "} {
		for from := 0; ; {
			k := strings.Index(rest[from:], sep)
			if k < 0 {
				break
			}
			from += k + len(sep)
			w := leadingWord(rest[from:], 0)
			// ("Many families cannot afford rehab, so our IOP meets three
			// evenings a week": a conjunction after the comma, then a
			// subject of its own, opens another clause.)
			if sep == ", " && clauseConjunctions[w] && conjoinedSubjects[leadingWord(strings.TrimLeft(rest[from+len(w):], " "), 0)] {
				return true
			}
			but := sep == " but "
			if w == "and" || w == "or" || w == "but" {
				but = but || w == "but"
				w = leadingWord(rest[from+len(w):], 1)
			}
			// ("does not require an overnight stay and runs 25 hours a
			// week": a verb that agrees with the subject is not under
			// "does not".)
			if coordinateModals[w] || but && coordinateAux[w] || finiteVerbs[w] && sep != ", " {
				return true
			}
		}
	}
	return false
}

// frontedClauseClosed reports a negator at i in a clause fronted by a
// subordinator and closed by a comma before the end of pre: "If weekly
// counseling is not enough, " … the main clause is not denied. ("If you
// do not attend three days a week, …": the figure inside it is.)
//
// (The negator inside the fronted clause: "While we offer many services,
// our PHP does not, on its own, provide 30 hours a week" denies the main
// clause's figure. The comma closing it, not a list's: "Because our IOP
// does not meet on weekends, evenings, or 5 days a week" is inside.)
func frontedClauseClosed(pre string, i int) bool {
	w := leadingWord(strings.TrimLeft(pre, " "), 0)
	// ("For teens who are new to care and do not have other diagnoses,
	// we recommend a 45-day stay": a phrase of whom, with its relative
	// clause, fronted as a subordinate clause is.)
	fronted := subordinators[w] || w == "for" && hasWord(pre[:i], "who", "whose")
	if !fronted || strings.Contains(pre[:i], ", ") {
		return false
	}
	k := strings.LastIndex(pre[i:], ", ")
	if k < 0 {
		return false
	}
	switch leadingWord(pre[i+k+2:], 0) {
	case "or", "and", "nor", "":
		return false
	}
	return true
}

var subordinators = wordSet("because", "since", "as", "if", "when", "whenever", "while", "although", "though", "unless", "once", "whether")

// relativeBeforeMainVerb reports a negator at i..after inside a relative
// clause ("who do not", "that does not") whose sentence goes on to a main
// verb of attending before the end of pre: "Clients who do not need detox
// attend our PHP …". ("Clients who do not attend three days a week" deny
// the figure: the verb right after the negator is the denied one.)
func relativeBeforeMainVerb(pre string, i, after int) bool {
	w := wordBefore(pre, i)
	if w == "do" || w == "does" {
		w = wordBefore(pre, lastIndex(pre[:i], w))
	}
	if w != "who" && w != "that" {
		return false
	}
	rest := strings.Fields(pre[after:])
	for k := 1; k < len(rest); k++ {
		// ("who do not want to attend 5 days a week": a verb after
		// "to" is the denied one's.)
		if mainVerbs[rest[k]] && rest[k-1] != "to" {
			return true
		}
	}
	return false
}

var mainVerbs = wordSet("attend", "attends", "meet", "meets", "spend", "spends", "receive", "receives", "join", "joins", "participate", "participates", "come", "comes", "get", "gets", "stay", "stays")

var (
	coordinateModals = wordSet("can", "could", "will", "would", "should", "must", "may", "might")
	coordinateAux    = wordSet("have", "has", "is", "are", "was", "were")
	finiteVerbs      = wordSet("runs", "meets", "lasts", "offers", "provides", "includes", "gives", "takes", "requires", "involves", "holds", "asks")
)

// clauseConjunctions join two clauses after a comma; conjoinedSubjects
// open the second one's subject.
var (
	clauseConjunctions = wordSet("so", "and", "but", "yet")
	conjoinedSubjects  = wordSet("our", "the", "we", "you", "they", "it", "its", "this", "these", "those", "their", "your", "he", "she", "his", "her",
		"most", "many", "each", "every", "all", "clients", "patients", "residents", "participants", "people", "families", "teens", "adults", "there")
)

var negators = []string{"not", "never", "isn't", "isn’t", "aren't", "aren’t", "doesn't", "doesn’t", "don't", "don’t", "won't", "won’t", "cannot", "can't", "can’t",
	// "IOP rarely lasts less than 6 weeks": as a rule it does not.
	"rarely", "seldom"}

var comparatives = wordSet("more", "longer", "less", "fewer", "shorter", "exceed", "exceeding", "over", "under", "beyond")

// onceAWeekBelittled reports a once-a-week figure at [start, end) after
// "not just" (only, merely, simply) in its clause: "you are not just
// dropping in once a week", "this isn't only a weekly group". Said of a
// program, it sets the program against weekly therapy; the additive
// reading of "not just" ("not just detox but therapy too") holds for
// what a program offers, not for how often it meets. ("Not only weekly
// groups but also daily check-ins", "Not only do we meet weekly, we also
// …" keep the weekly meeting.)
func onceAWeekBelittled(lower string, lo, start, end, hi int) bool {
	if !onceAWeekFigure[lower[start:end]] || hasWord(lower[end:min(len(lower), hi+60)], "but", "also") {
		return false
	}
	pre := lower[lo:start]
	for _, n := range []string{"not", "isn't", "isn’t", "aren't", "aren’t"} {
		for i := range wordIndexes(pre, n) {
			if additive(pre, i+len(n)) && !strings.ContainsAny(pre[i:], ",;:") && wordCount(pre[i:]) <= 8 {
				return true
			}
		}
	}
	return false
}

// onceAWeekFigure are the ways a figure says once a week.
var onceAWeekFigure = wordSet("once a week", "once-a-week", "once per week", "once weekly", "weekly", "once each week", "once every week", "one day a week", "one day per week")
