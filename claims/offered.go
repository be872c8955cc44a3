package claims

import (
	"regexp"
	"slices"
	"strings"
)

// offeredIn appends to out the programs s says the provider runs: "We offer
// IOP and PHP", "Northgate offers intensive outpatient treatment", "Our
// evening IOP is built for working adults". A page that says so speaks of
// its own program when it gives that program's figures without a mark of
// voice ("Adult IOP: 3 hours a day, 4 days a week"), as a page that gives
// one of its figures in the first person does.
//
// A denial names no program of the provider's ("We do not offer detox"),
// nor does a question, a program set against others ("unlike a
// residential program") or a bare "outpatient", which IOP and PHP are too.
func offeredIn(s *sentence, out []Subject) []Subject {
	if s.question || len(s.mentions) == 0 || negatedOffer(s.lower) {
		return out
	}
	verb := providerVerb(s)
	for _, m := range s.mentions {
		if !programSubject(m.subject) || m.weak || m.contrast || m.classified || slices.Contains(out, m.subject) {
			continue
		}
		if verb >= 0 && m.start >= verb || ourBefore(s.lower, m.start) || ownerNamedBefore(s, m) {
			out = append(out, m.subject)
		}
	}
	return out
}

// providerVerb returns where a verb of running a program ends with the
// provider as its subject ("We offer", "Northgate also provides"), -1
// when there is none.
func providerVerb(s *sentence) int {
	// (The expression runs only on sentences that hold one of its verbs.)
	if !s.containsAny("offer", "provide", "run", "operate", " is a", " are a") {
		return -1
	}
	for _, loc := range runsProgram.FindAllStringSubmatchIndex(s.text, -1) {
		// ("Ridgeview offers …" names the provider only when the name is
		// the site's own; "Most centers offer …" is no provider.)
		if subj := s.text[loc[2]:loc[3]]; strings.EqualFold(subj, "we") || ownName(s.doc, subj, s.bi) {
			return loc[1]
		}
	}
	return -1
}

// runsProgram is a subject that may be the provider, then a verb of running
// a program: "We offer", "Northgate also provides", "Cedar Hollow Ranch
// operates", or the provider saying what it is: "Ridgeway is a 24-bed
// medical detox and residential facility", "We are an IOP".
var runsProgram = regexp.MustCompile(`(?:^|[.;:!?,]\s+|^\s*)(We|[A-Z][A-Za-z]+(?:\s[A-Z][A-Za-z]+){0,2})\s+(?:(?:also|now|proudly|currently)\s+)?(?:offers?|provides?|runs?|operates?|(?:is|are)\s+an?)\b`)

// negatedOffer reports a sentence that denies or conditions what it names:
// "We do not offer detox", "Northgate no longer runs a PHP", "if we cannot
// provide it, we refer you".
func negatedOffer(lower string) bool {
	return hasWord(lower, "not", "no", "never", "neither", "nor", "if", "unless", "instead") || strings.Contains(lower, "n't") || strings.Contains(lower, "n’t")
}

// ownerNamedBefore reports the site's own name in the possessive before
// m: "Harborline's IOP", "Cedar Point's evening program".
func ownerNamedBefore(s *sentence, m mention) bool {
	// (Most mentions have no possessive before them: the expression runs
	// only on those that do.)
	pre := s.text[max(0, m.start-40):m.start]
	if !strings.Contains(pre, "'s ") && !strings.Contains(pre, "’s ") {
		return false
	}
	sub := ownerBefore.FindStringSubmatch(pre)
	return sub != nil && !notOwners[sub[2]] && ownName(s.doc, sub[1], s.bi)
}

// ourBefore reports "our" at most two words before i: "our IOP", "our
// evening IOP", "our adult day program".
func ourBefore(lower string, i int) bool {
	for range 3 {
		for i > 0 && lower[i-1] == ' ' {
			i--
		}
		k := i
		for k > 0 && (lower[k-1] >= 'a' && lower[k-1] <= 'z' || lower[k-1] == '-') {
			k--
		}
		if k == i || k > 0 && isWordByte(lower[k-1]) {
			return false
		}
		if lower[k:i] == "our" {
			return true
		}
		i = k
	}
	return false
}
