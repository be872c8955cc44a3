package claims

import (
	"slices"
	"strings"

	"github.com/factlint/factlint/internal/prefilter"
)

// substanceVariant names the substance variant a label's word is a cue of.
func substanceVariant(label string) string {
	label = strings.TrimSpace(strings.Trim(label, "*•-–— "))
	if c := bracketedClass(label); c != "" {
		label = c
	}
	label = lastListed(label)
	w := substanceOf(label)
	// ("| Methadone | 2-3 weeks |": a long-acting opioid, one word or
	// two.)
	if v := cueVariant("opioid", w); v != "opioid" {
		return v
	}
	for _, v := range variants {
		if substances[v.name] && slices.Contains(v.cues, w) {
			// "Short-acting opioids" and "Long-acting opioids" are two.
			l := strings.TrimSpace(strings.Trim(label, "*•-–— "))
			if k := strings.IndexByte(l, '('); k > 0 {
				l = strings.TrimSpace(l[:k])
			}
			for _, sep := range []string{" such as ", " like ", " including "} {
				if k := strings.Index(strings.ToLower(l), sep); k > 0 {
					l = strings.TrimSpace(l[:k])
				}
			}
			if f := strings.Fields(l); len(f) == 2 {
				return f[0] + " " + v.name
			}
			return v.name
		}
	}
	return ""
}

// soleSubstance is the one substance whose cue words text names, "" when
// it names none or several.
func soleSubstance(text string) string {
	sole, n := "", 0
	for _, v := range variants {
		if !substances[v.name] {
			continue
		}
		for _, cue := range v.cues {
			if indexWord(text, cue, 0) >= 0 {
				sole, n = v.name, n+1
				break
			}
		}
	}
	if n != 1 {
		return ""
	}
	return sole
}

// leadSubstance reads a longer lead-in naming a substance ("Short-acting
// opioids such as heroin: most people complete detox in 5 to 7 days"):
// a colon within the opening words, a substance among the first three.
func leadSubstance(lower string, start int) string {
	k := strings.IndexByte(lower, ':')
	if k <= 0 || k > 60 || k >= start {
		return ""
	}
	ws := strings.Fields(lower[:k])
	for n, w := range ws {
		if n == 3 {
			break
		}
		if v := substanceVariant(strings.Trim(w, ",.()")); v != "" {
			if n > 0 {
				v = strings.Trim(ws[n-1], ",.()-•*") + " " + v
			}
			return v
		}
	}
	return ""
}

// substances are the variants that only a detox or withdrawal has: "drug
// or alcohol addiction program" names no variant, "alcohol detox" and
// "detox from heroin" do.
var substances = wordSet("alcohol", "opioid", "benzodiazepine", "cocaine", "methamphetamine", "stimulant", "cannabis")

var substanceServiceNouns = wordSet("services", "service", "program", "programs", "care", "treatment", "protocol", "protocols")

// withdrawalOf reports a detox or withdrawal word right after a substance
// at i, or right before it behind "from"/"for"/"of".
// cueVariant is the substance variant a cue of variant name gives:
// methadone ("| Methadone | 2-3 weeks |", "Methadone withdrawal lasts
// longer, often 2 to 3 weeks") is a long-acting opioid, whose withdrawal
// runs longer than opioids' in general.
// A buprenorphine taper ("| Buprenorphine (taper) | 10–14 days |") runs
// a course of its own too, set by the taper.
func cueVariant(name, cue string) string {
	switch cue {
	case "methadone":
		return "long-acting opioid"
	case "buprenorphine", "suboxone", "subutex":
		return "buprenorphine"
	}
	return name
}

// withdrawalNamed is the substance whose withdrawal lower names
// ("Withdrawal from benzodiazepines can start within a day", "Alcohol
// withdrawal peaks on day two"), or "".
func withdrawalNamed(lower string) string {
	if !strings.Contains(lower, "withdraw") && !strings.Contains(lower, "detox") {
		return ""
	}
	// ("Withdrawal from benzodiazepines, such as Xanax, …": the
	// substance named after "from", a few words on.)
	for _, lead := range []string{"withdrawal from ", "detox from ", "detoxing from "} {
		if k := strings.Index(lower, lead); k >= 0 {
			rest := lower[k+len(lead):]
			if e := strings.IndexAny(rest, ",.;:("); e >= 0 {
				rest = rest[:e]
			}
			if v := substanceVariant(rest); v != "" {
				return v
			}
		}
	}
	for _, v := range variants {
		if !substances[v.name] {
			continue
		}
		for _, cue := range v.cues {
			for i := range wordIndexes(lower, cue) {
				if withdrawalOf(lower, i, i+len(cue)) {
					return cueVariant(v.name, cue)
				}
			}
		}
	}
	return ""
}

func withdrawalOf(clause string, i, end int) bool {
	switch w := wordAfter(clause, end); {
	case detoxWords[w]:
		return true
	// "Most benzo clients stay on our unit for three to five weeks": the
	// people a substance names, and the time they stay or need, are its
	// withdrawal's.
	case w == "patients" || w == "clients" || w == "users" || w == "residents":
		if hasWord(clause[end:], "stay", "stays", "need", "needs", "spend", "spends", "remain", "remains") {
			return true
		}
	}
	// "Long-acting opioids can need ten days or more": a substance
	// opening its clause, timed by what follows, is its withdrawal's.
	if len(strings.Fields(clause[:i])) <= 1 && substanceTimed.MatchString(clause[end:]) {
		return true
	}
	w := wordBefore(clause, i)
	if w == "from" || w == "for" || w == "of" {
		k := lastIndex(clause[:i], w)
		if detoxWords[wordBefore(clause, k)] {
			return true
		}
		// ("Our clinic does not run detox services for benzodiazepines": the
		// detox service, named by its noun, for that substance.)
		if b := wordBefore(clause, k); substanceServiceNouns[b] && detoxWords[wordBefore(clause, lastIndex(clause[:k], b))] {
			return true
		}
		// "For alcohol, medically managed detox takes five to seven
		// days": a substance fronted before the comma names the
		// withdrawal the sentence goes on to time.
		if w == "for" && strings.TrimSpace(clause[:k]) == "" && strings.HasPrefix(clause[end:], ",") {
			return hasWord(clause[end:], "detox", "detoxification", "withdrawal")
		}
	}
	return false
}

// substanceTimed follows a substance with the verb that times it:
// "often take", "usually last", "can need".
var substanceTimed = prefilter.MustCompile(`^\s+(?:(?:often|usually|typically|generally|commonly|may|can|tend\s+to)\s+)?(?:take|takes|last|lasts|need|needs|require|requires)\b`)

// timedFor is the substance a stay is timed for right after its figure:
// "three to five days for alcohol, and up to seven days for opioids"
// times the withdrawal from each. A rate ("three days a week for alcohol
// recovery") is a program's schedule, and "8 weeks for alcohol use
// disorder", "for alcohol clients" say whom a program treats.
func timedFor(lower, text string, end int) string {
	// The prefix test is cheap and fails for most claims; the rate
	// regexp runs only on the few it lets through.
	rest, ok := strings.CutPrefix(lower[end:], " for ")
	if !ok || rateWords.MatchString(text) {
		return ""
	}
	w := leadingWord(rest, 0)
	for _, v := range variants {
		if !substances[v.name] || !slices.Contains(v.cues, w) {
			continue
		}
		if strings.HasPrefix(rest[len(w):], "-") || notTimedFor[wordAfter(rest, len(w))] {
			return ""
		}
		return v.name
	}
	return ""
}

var rateWords = prefilter.MustCompile(`\b(?:days?|hours?|times|sessions?|nights?|evenings?|mornings?|afternoons?)\s+(?:a|per|each|every)\s+(?:week|day)\b|/\s*(?:week|wk|day)\b|\b(?:weekly|daily)\b`)

var notTimedFor = wordSet("use", "addiction", "dependence", "abuse", "misuse", "and", "or", "recovery", "treatment", "clients",
	"patients", "groups", "group", "programs", "program", "users", "disorder", "disorders")

var detoxWords = wordSet("detox", "detoxification", "withdrawal", "withdrawals", "detoxing", "taper", "tapers", "tapering")

// ambulatoryDetoxHeading names detox done from home with a word or two
// between: "ambulatory opioid detox", "outpatient alcohol withdrawal".
var ambulatoryDetoxHeading = prefilter.MustCompile(`\b(?:outpatient|ambulatory|at-home|home-based)\s+(?:[a-z]+\s+){1,2}?(?:detox|detoxification|withdrawal)\b`)
