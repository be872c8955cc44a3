package claims

import (
	"strings"

	"github.com/factlint/factlint/corpus"
	"github.com/factlint/factlint/internal/prefilter"
)

// newsSubject is the organisation a news item reports on when it is not
// the site's own: a page filed under news or press, or one whose story
// opens on a dateline ("WESTBROOK, Maine — "), that leads with a provider
// doing something newsworthy ("Harbor Light Recovery opened a clinic
// …", "Cedar Point Health will launch …"). What the item says of a
// program there is that provider's, not the publisher's account of
// programs in general; "" on other pages. (A provider's own press release,
// on a host its name spells, speaks of its own programs as any of its
// pages does.)
func newsSubject(doc *corpus.Document) string {
	// The story's first two paragraphs, past a dateline. (Every page
	// asks: the lead's expression runs only on a news item.)
	var leads [2]string
	var datedAt [2]bool
	n := 0
	for bi := 0; bi < len(doc.Blocks) && n < len(leads); bi++ {
		b := &doc.Blocks[bi]
		if b.Kind != corpus.BlockParagraph || b.Text == doc.Title || strings.HasPrefix(b.Text, "SOURCE:") || byline(b.Text) {
			continue
		}
		leads[n] = b.Text
		if m := dateline.FindStringIndex(b.Text); m != nil {
			leads[n], datedAt[n] = b.Text[m[1]:], true
		}
		n++
	}
	filed := newsAddress(doc.URL)
	if !filed && !datedAt[0] && !datedAt[1] {
		return ""
	}
	// (A dateline counts up to the paragraph the lead is in.)
	name, dated := "", false
	for i, lead := range leads[:n] {
		dated = dated || datedAt[i]
		if m := newsLead.FindStringSubmatch(lead); m != nil && !notOrgs[lowerASCII(leadingWord(m[1], 0))] {
			name = m[1]
			break
		}
	}
	if name == "" || len(strings.Fields(name)) < 2 || !dated && !filed {
		return ""
	}
	if key := lettersOnly(name); strings.Contains(hostLetters(doc.URL), key) || brandOfHost(doc, name) {
		return ""
	}
	return name
}

// newsLead opens a story on a proper name and what it did or will do.
var newsLead = prefilter.MustCompile(`^([A-Z][A-Za-z'’&.-]+(?:\s+[A-Z][A-Za-z'’&.-]+){1,4})\s+(?:(?:has|have|will|is\s+set\s+to|plans\s+to|is\s+about\s+to)\s+)?(?:opened|opens|open|launched|launches|launch|announced|announces|announce|expanded|expands|expand|added|adds|add|unveiled|unveils|broke\s+ground|breaks\s+ground|break\s+ground|began|begins|begin|started|starts|start|debuted|debuts|debut|introduced|introduces|introduce|received|receives|receive)\b`)

// dateline opens a news story on its place, in capitals, and a dash:
// "WESTBROOK, Maine — ", "PORTLAND, Ore. (AP) – ".
var dateline = prefilter.MustCompile(`^[A-Z][A-Z .'-]+,(?:\s+[A-Z][A-Za-z.]+){1,2}(?:\s+\([A-Za-z ]+\))?\s+[—–-]{1,2}\s+`)

// byline reports an author's or date's line: "By Staff | May 21, 2024".
func byline(t string) bool {
	return strings.HasPrefix(t, "By ") && len(t) < 120 || strings.HasPrefix(t, "Published ") || strings.HasPrefix(t, "Posted ")
}

// newsAddress reports an address filed under news or press releases.
func newsAddress(addr string) bool {
	for _, seg := range strings.Split(strings.ToLower(addr), "/") {
		switch seg {
		case "news", "press", "press-releases", "press-release", "newsroom", "in-the-news", "media-releases":
			return true
		}
	}
	return false
}

// fieldWide reports a sentence of a news item that speaks of programs in
// general, as stories do to explain them ("IOPs typically meet nine
// hours a week"): the field's figure, not the provider's.
func fieldWide(s *sentence) bool {
	return quantifiedClass(s) || hasWord(s.lower, "typically", "typical", "generally", "usually", "nationally", "nationwide", "experts", "research", "studies", "in general")
}
