package claims

import (
	"regexp"
	"strings"
)

// numberedPart is the phase of a part of a program named by its capitalised
// number, "Part 1", "Part 2 of our PHP", not "Part 2 of a three-level
// continuum", "Part 1 of this guide" nor "Part 1 of 3" (a part of
// something else, or a count); "" when there is none.
func numberedPart(text string) string {
	lower := strings.ToLower(text)
	for _, loc := range partNumber.FindAllStringIndex(text, -1) {
		part := "phase: " + strings.Join(strings.Fields(lower[loc[0]:loc[1]]), " ")
		// ("As explained in Part 2, …": a section of the text.)
		switch wordBefore(lower, loc[0]) {
		case "in", "see", "from", "under", "read":
			continue
		}
		if wordAfter(lower, loc[1]) != "of" {
			return part
		}
		k := indexFrom(lower, "of", loc[1]) + len("of")
		switch w := wordAfter(lower, k); {
		case w == "a", w == "an", w == "this", w == "these", w == "my", w == "that", w == "", w[0] >= '0' && w[0] <= '9', partCounts[w]:
		default:
			return part
		}
	}
	return ""
}

// partCounts count the parts a "Part N of" belongs to.
var partCounts = wordSet("one", "two", "three", "four", "five", "six")

var partNumber = regexp.MustCompile(`\bPart\s+(?:[1-3]|One|Two|Three|I{1,3})\b`)
