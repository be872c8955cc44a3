package claims

import "github.com/factlint/factlint/internal/prefilter"

// nonResidentialBefore is the last mention before start of care named
// as not residential and heading a phrase of its own: "Non-residential
// programs ", "In nonresidential treatment, " (not "a step up from
// non-residential care", nor "residential and non-residential options").
func nonResidentialBefore(s *sentence, start int) *mention {
	l := s.lower
	for i := len(s.mentions) - 1; i >= 0; i-- {
		m := &s.mentions[i]
		if m.end > start || m.subject != Residential || !m.contrast {
			continue
		}
		at := nonAt(l, m.start)
		if at < 0 || at > 0 && isWordByte(l[at-1]) || !nonResidentialNouns[wordAfter(l, m.end)] {
			return nil
		}
		// ("This non-residential program", "our non-residential
		// care": one the page points at.)
		if w, _ := wordBeforeArticle(l, at); nonResidentialSetApart[w] || pointingWords[w] {
			return nil
		}
		// ("Non-residential programs like ours …": the page's own among
		// them.)
		if ownAmongKind.MatchString(l[m.end:]) {
			return nil
		}
		return m
	}
	return nil
}

// nonResidentialNouns name care of many providers after
// "non-residential": "non-residential programs", "non-residential
// treatment" (not "a non-residential program", one of them).
var nonResidentialNouns = wordSet("programs", "treatment", "treatments", "care", "options", "services", "settings", "facilities", "centers", "centres", "rehabs")

// ownAmongKind follows care named by its kind with the provider's own among
// it: " programs like ours", " treatment, such as our IOP,".
var ownAmongKind = prefilter.MustCompile(`^\s+[a-z]+\s*,?\s+(?:like|such\s+as|including|as)\s+(?:ours|our|this\s+one|the\s+one\s+we)\b`)

// pointingWords point at care the page has named: "this", "our".
var pointingWords = wordSet("this", "that", "these", "those", "our", "its", "their", "your", "such")
