package claims

import (
	"strings"
)

// clauseBounds returns the clause of s around [start, end): clauses split at
// semicolons, dashes, contrastive joins and relative and concessive
// clauses, where a new subject usually begins. One pass looks only at
// spaces, commas and semicolons: it runs for every claim.
func clauseBounds(lower string, start, end int) (int, int) {
	lo, hi := 0, len(lower)
	mark := func(i, n int) {
		if i+n <= start && i+n > lo {
			lo = i + n
		}
		if i >= end && i < hi {
			hi = i
		}
	}
	for i := 0; i < len(lower); i++ {
		var seps []string
		switch lower[i] {
		case ';':
			mark(i, 1)
			continue
		case 0xE2:
			// ("does more than provide a place to detox—it delivers …": a
			// dash glued to its words opens a clause of its own when a
			// pronoun follows it; an aside in glued dashes, "stays—usually
			// 30 to 45 days—are …", keeps its sentence's subject.)
			if i > 0 && lower[i-1] != ' ' && strings.HasPrefix(lower[i:], "—") && dashPronouns[wordAfter(lower, i+len("—"))] {
				mark(i, len("—"))
			}
			continue
		case ',':
			seps = commaSeps
		case ' ':
			// Every separator's second byte is one of a few: most
			// spaces are followed by none of them.
			if i+1 >= len(lower) || !spaceSepSecond[lower[i+1]] {
				continue
			}
			seps = spaceSeps
		default:
			continue
		}
		for _, sep := range seps {
			if strings.HasPrefix(lower[i:], sep) {
				// ("Some people can detox while living at home": "while"
				// before a gerund keeps the clause's subject.)
				if sep == " while " && strings.HasSuffix(leadingWord(lower, i+len(sep)), "ing") {
					break
				}
				mark(i, len(sep))
				break
			}
		}
	}
	return lo, hi
}

var (
	// dashPronouns open a clause after a glued dash.
	dashPronouns = wordSet("it", "they", "we", "you", "he", "she")
	commaSeps    = []string{", but ", ", though ", ", although ", ", even though ", ", which ", ", who "}
	spaceSeps    = []string{" while ", " whereas ", " but ", " compared to ", " compared with ", " than ", " unlike ", " – ", " — "}
	// spaceSepSecond marks the bytes right after the space of a
	// spaceSeps entry.
	spaceSepSecond = func() (t [256]bool) {
		for _, sep := range spaceSeps {
			t[sep[1]] = true
		}
		return t
	}()
)

func trimLeftWords(s string) string { return strings.TrimLeft(s, " ,") }

// clauseOf is the clause of lower around [start, end).
func clauseOf(lower string, start, end int) string {
	lo, hi := clauseBounds(lower, start, end)
	return lower[lo:hi]
}

// openingClauseEnd is where the main clause of a sentence that opens on a
// subordinate clause ("When …, ", "If …, ") starts; 0 when it opens on its
// main clause.
func openingClauseEnd(lower string) int {
	switch wordAfter(lower, 0) {
	case "when", "if", "although", "though", "while", "whereas", "unless", "because", "since", "once":
	default:
		return 0
	}
	if k := strings.IndexByte(lower, ','); k > 0 {
		return k + 1
	}
	return 0
}
