package claims

import (
	"strings"

	"github.com/factlint/factlint/internal/prefilter"
)

// populationAfter is the population a "for …" right after i names ("6
// hours a week for adolescents"), or a short bracket right after it
// ("three times a week (adults) or twice a week (teens)"); "" when none.
func populationAfter(lower string, i int) string {
	rest := strings.TrimLeft(lower[i:], " ")
	if inner, ok := strings.CutPrefix(rest, "("); ok {
		// ("(for adults)", "(teens 13 to 17)"; not "(for adults, at
		// least 9)" or "(adults attend 9 to 12)", the figure set against
		// another population's.)
		if k := strings.IndexByte(inner, ')'); k > 0 && wordCount(inner[:k]) <= 3 && onlyWhom(inner[:k]) {
			return populationOf(strings.TrimPrefix(inner[:k], "for "))
		}
		return ""
	}
	// ("at least nine hours per week to adults and six to teens": whom
	// the hours are given to, a population word right after "to".)
	if t, ok := strings.CutPrefix(rest, "to "); ok {
		switch w := wordAfter(t, 0); w {
		case "adult", "adults", "teen", "teens", "adolescent", "adolescents", "teenagers", "youth":
			return populationBefore(t, min(len(t), len(w)+1))
		case "young":
			if wa := wordAfter(t, len("young")); wa == "adults" || wa == "adult" {
				return "young-adult"
			}
		}
		return ""
	}
	if !strings.HasPrefix(rest, "for ") {
		return ""
	}
	w := wordAfter(rest, len("for"))
	if w == "young" {
		return "young-adult"
	}
	return populationBefore(rest, min(len(rest), len("for ")+len(w)+1))
}

// populationLater is the population a "for …" names after the figure's
// own words, before the clause's comma: "at least 9 hours of group work
// every week for adults, or 6 for teens".
func populationLater(lower string, i int) string {
	rest := lower[i:min(len(lower), i+70)]
	if k := strings.IndexAny(rest, ",;.()"); k >= 0 {
		rest = rest[:k]
	}
	// ("6 hours a week rather than the 9 hours required for adults":
	// whom the figure is set against is not whom it is for.)
	for _, w := range []string{"rather than", "compared with", "compared to", "unlike", "versus", "whereas", "while"} {
		if k := indexWord(rest, w, 0); k >= 0 {
			rest = rest[:k]
		}
	}
	k := indexWord(rest, "for", 0)
	if t := indexWord(rest, "to", 0); t >= 0 && (k < 0 || t < k) && populationAfter(rest, t) != "" {
		k = t
	}
	if k < 0 {
		return ""
	}
	return populationAfter(rest, k)
}

// onlyWhom reports a bracket's words all naming whom, by group or age:
// "for adults", "teens ages 13-17".
func onlyWhom(t string) bool {
	for _, w := range strings.Fields(t) {
		if w = strings.Trim(w, "0123456789-–+"); w != "" && !bracketWhomWords[w] {
			return false
		}
	}
	return true
}

var bracketWhomWords = wordSet("for", "adult", "adults", "teen", "teens", "teenager", "teenagers", "adolescent", "adolescents", "youth", "young", "ages", "age", "aged", "only",
	"and", "to", "up", "over", "under", "older", "younger", "years", "yrs", "children", "kids", "minors")

// populationBefore is the population named nearest before i, "" when none.
func populationBefore(lower string, i int) string {
	best, at := "", -1
	for _, c := range []struct{ pop, word string }{
		{"adolescent", "adolescent"}, {"adolescent", "adolescents"}, {"adolescent", "teen"}, {"adolescent", "teens"},
		{"adolescent", "teenager"}, {"adolescent", "teenagers"}, {"adolescent", "youth"},
		{"adult", "adult"}, {"adult", "adults"}, {"young-adult", "young adult"}, {"young-adult", "young adults"},
		{"young-adult", "young-adult"}, {"young-adult", "young-adults"},
	} {
		for k := range wordIndexes(lower[:i], c.word) {
			// "young adult" and "young-adult" are no adult.
			if c.pop == "adult" && (wordBefore(lower, k) == "young" || strings.HasSuffix(lower[:k], "young-")) {
				continue
			}
			// ("a young-adult IOP track"; not "parents of young-adult
			// children", "including young-adult clients".)
			if strings.HasPrefix(c.word, "young-") && !youngAdultProgram[wordAfter(lower, k+len(c.word))] {
				continue
			}
			// ("a lower floor for adolescents than for adults: at least
			// six hours": whom the figure is compared against is not whom
			// it is for.)
			if comparedAgainst(lower, k) {
				continue
			}
			if k >= at {
				best, at = c.pop, k
			}
		}
	}
	return best
}

var youngAdultProgram = wordSet("iop", "php", "track", "tracks", "program", "programs", "programme", "cohort", "group")

// comparedAgainst reports a population word at k that a comparison sets
// against another: "than for adults", "than adults", "compared with
// adults".
func comparedAgainst(lower string, k int) bool {
	w := wordBefore(lower, k)
	if w == "for" {
		w = wordBefore(lower, lastIndex(lower[:k], "for"))
	}
	if w == "than" {
		return true
	}
	return w == "with" && wordBefore(lower, lastIndex(lower[:k], "with")) == "compared"
}

// populationOf reads the population a sentence is about.
func populationOf(lower string) string {
	// One substring scan per word family before the whole-word scans:
	// this is asked of every claim and most sentences name no one.
	adult := strings.Contains(lower, "adult")
	switch {
	case adult && (hasWord(lower, "young adult", "young adults") || youngAdultNamed(lower)):
		return "young-adult"
	case (strings.Contains(lower, "teen") || strings.Contains(lower, "adolescent") || strings.Contains(lower, "youth") ||
		strings.Contains(lower, "minors") || strings.Contains(lower, "high school")) &&
		youthNamed(lower):
		return "adolescent"
	// "For younger clients, the level starts at 6 hours a week rather
	// than the 9 hours used for adults": the young set against adults.
	// (Only against adults, and not "older and younger clients alike"
	// or "younger people in their twenties".)
	// "For a client who is under age 18, …", "clients under the age of
	// 18": minors. (The age itself may be masked as a figure.)
	case (strings.Contains(lower, "under age") || strings.Contains(lower, "under the age")) && !adult:
		return "adolescent"
	case strings.Contains(lower, "younger ") && hasWord(lower, "younger clients", "younger patients", "younger people", "younger participants", "younger members") &&
		adult && !hasWord(lower, "older", "twenties", "20s", "thirties", "30s"):
		return "adolescent"
	case adult && adultsNamed(lower):
		return "adult"
	}
	return ""
}

// childProgram is a program named as children's, the word right before
// or after the program's name: "child partial hospitalization",
// "pediatric iop", "partial hospital services child".
var childProgram = prefilter.MustCompile(`\b(?:child|children|children's|childrens|pediatric|paediatric|kids)\s+(?:and\s+family\s+)?(?:partial|php|iop|intensive|day\s+(?:program|treatment|hospital)|outpatient|residential|inpatient)\b|\b(?:partial\s+hospital(?:ization)?|php|iop|intensive\s+outpatient|day\s+treatment)(?:\s+(?:program|programs|services|service))?\s*[:–—-]?\s*(?:child|children|pediatric|kids)\s*$`)

// childProgramNamed reports a title or headline naming a program for
// children (childProgram): the young's, as a teen program's is. ("How to
// Help Your Child Through Rehab" names no program's population.)
func childProgramNamed(t string) bool {
	return (strings.Contains(t, "child") || strings.Contains(t, "pediatric") || strings.Contains(t, "paediatric") || strings.Contains(t, "kids")) && childProgram.MatchString(t)
}

// youthNamed reports a word for the young, other than in the name of a
// network of programs mostly for adults ("Teen Challenge", "Adult & Teen
// Challenge"), whose word names no teens.
func youthNamed(lower string) bool {
	if strings.Contains(lower, "teen challenge") {
		lower = strings.ReplaceAll(lower, "teen challenge", "")
	}
	return hasWord(lower, "adolescent", "adolescents", "teen", "teens", "teenager", "teenagers", "youth", "minors", "high school")
}

// youngAdultNamed reports a program for young adults named with a hyphen:
// "our young-adult IOP", not "parents of young-adult children".
func youngAdultNamed(lower string) bool {
	for k := range wordIndexes(lower, "young-adult") {
		if youngAdultProgram[wordAfter(lower, k+len("young-adult"))] {
			return true
		}
	}
	return false
}

// adultsNamed reports "adult" or "adults" other than in "young-adult".
// ("An adult counselor leads every group", "with adult staff present":
// the staff are adults, not the clients.)
func adultsNamed(lower string) bool {
	for _, w := range []string{"adult", "adults"} {
		for k := range wordIndexes(lower, w) {
			if !strings.HasSuffix(lower[:k], "young-") && !(w == "adult" && adultStaff[wordAfter(lower, k+len(w))]) {
				return true
			}
		}
	}
	return false
}

var adultStaff = wordSet("staff", "counselor", "counselors", "counsellor", "counsellors", "supervisor", "supervisors", "supervision", "chaperone",
	"chaperones", "mentor", "mentors", "volunteer", "volunteers", "leader", "leaders", "facilitator", "facilitators", "guardian", "guardians")

// underEighteen reports minors named by age: "members under 18", "ages
// 13-17".
func underEighteen(lower string) bool {
	if !strings.Contains(lower, "18") && !strings.Contains(lower, "ages 1") {
		return false
	}
	return strings.Contains(lower, "under 18") || strings.Contains(lower, "younger than 18") || strings.Contains(lower, "under the age of 18") ||
		strings.Contains(lower, "ages 12") || strings.Contains(lower, "ages 13") || strings.Contains(lower, "ages 14")
}
