package claims

import (
	"slices"
	"strings"

	"github.com/factlint/factlint/corpus"
	"github.com/factlint/factlint/internal/prefilter"
)

// otherProviderLine is the provider a sentence opens on as running a
// program ("Juniper Lane Recovery runs a PHP that meets five days a
// week") or that labels a line of its own ("Juniper Lane Recovery: PHP
// five days a week."), not the site's own, when the page sets two or more
// such providers side by side (the site's own among them or not): a guide or a listicle
// on a host that does not read as a directory. "" otherwise. (The verb
// or the label says whose program it is; orgOpening reads a name opening
// any sentence when the page's title or headings name several.) A
// provider's own page names itself, once or often, and no second one.
func (st *state) otherProviderLine(s *sentence) string {
	name := otherProviderName(s.doc, s.bi, s.text)
	if name == "" {
		return ""
	}
	if st.otherProviders == nil {
		st.otherProviders = []string{}
		for bi := range st.doc.Blocks {
			b := &st.doc.Blocks[bi]
			if isHeading(b.Kind) {
				continue
			}
			// (The site's own name counts: "Copperleaf Recovery runs … /
			// Bramble Hill Health runs …" on the Copperleaf site sets two
			// side by side.)
			for _, sp := range b.Sentences {
				if n := openingProviderName(b.Text[sp.Start:sp.End]); n != "" && !slices.Contains(st.otherProviders, n) {
					st.otherProviders = append(st.otherProviders, n)
				}
			}
		}
	}
	if len(st.otherProviders) < 2 {
		return ""
	}
	return name
}

// otherProviderName is the name a sentence opens on as running a program,
// or as the label of its line, when the name is a provider's and not the
// site's own; "" otherwise.
func otherProviderName(doc *corpus.Document, bi int, text string) string {
	name := openingProviderName(text)
	if name == "" || ownName(doc, name, bi) || brandOfHost(doc, name) {
		return ""
	}
	return name
}

// openingProviderName is the name a sentence opens on as running a
// program, or as the label of its line, whosever it is; "" when none.
//
// ("At Lakeview Counseling, IOP lasts six weeks", "Across town, Hilltop
// Recovery runs a 12-week IOP": the provider as the place, or after a
// short fronted phrase, opens the sentence as well.)
func openingProviderName(text string) string {
	name := ""
	if m := providerRunsOpening.FindStringSubmatch(text); m != nil {
		name = m[1]
	} else if k := strings.Index(text, ": "); k > 0 && providerName(text[:k]) {
		name = strings.TrimSpace(text[:k])
	} else if k := strings.Index(text, ", "); k > 0 && k <= 60 {
		if at, ok := strings.CutPrefix(text[:k], "At "); ok && providerName(at) {
			name = at
		} else if m := providerRunsOpening.FindStringSubmatch(text[k+2:]); m != nil && wordCount(text[:k]) <= 4 && !strings.ContainsAny(text[:k], "0123456789") {
			name = m[1]
		}
	}
	if name == "" || nameOpeners[strings.Fields(name)[0]] {
		return ""
	}
	return name
}

var providerRunsOpening = prefilter.MustCompile(`^\s*([A-Z][A-Za-z'’&.-]+(?:\s+[A-Z][A-Za-z'’&.-]+){1,4})\s+(?:also\s+|now\s+)?(?:runs|offers|operates|has|provides)\s+(?:a|an|its|their)\b`)

// brandOfHost reports a provider's name that is the site's address once
// the nouns of its kind are left off: "Saguaro Bend Recovery" on
// saguarobend.example.
// ("Blue Heron Recovery Center" on bhrc.example, "Saguaro Bend Recovery"
// on sbrecovery.example, "Mount Hope Recovery" on mthope.example: the
// initials or the usual short forms of its words.)
func brandOfHost(doc *corpus.Document, name string) bool {
	host := hostLetters(doc.URL)
	all := strings.Fields(name)
	ws := all
	for len(ws) > 1 && providerKindNouns[strings.ToLower(ws[len(ws)-1])] {
		ws = ws[:len(ws)-1]
	}
	key := lettersOnly(strings.Join(ws, ""))
	if len(key) >= 4 && strings.Contains(host, key) {
		return true
	}
	short := make([]string, len(ws))
	for i, w := range ws {
		short[i] = strings.ToLower(w)
		if s, ok := shortForms[short[i]]; ok {
			short[i] = s
		}
	}
	if k := lettersOnly(strings.Join(short, "")); len(k) >= 4 && strings.Contains(host, k) {
		return true
	}
	// Initials of the whole name, or of its brand and then its kind
	// noun spelt out ("sb" + "recovery").
	initials := func(ws []string) string {
		var b strings.Builder
		for _, w := range ws {
			if l := lettersOnly(w); l != "" {
				b.WriteByte(l[0])
			}
		}
		return b.String()
	}
	// (The host's own name, past "www.", must be those letters and no
	// more: "shrewsburyclinic" starts with "shr" but is another name.)
	label := strings.TrimPrefix(host, "www.")
	if k := strings.IndexByte(label, '.'); k > 0 {
		label = label[:k]
	}
	if len(all) >= 3 && label == initials(all) {
		return true
	}
	if len(ws) >= 2 && len(ws) < len(all) && label == initials(ws)+lettersOnly(strings.Join(all[len(ws):], "")) {
		return true
	}
	return false
}

var shortForms = map[string]string{"mount": "mt", "saint": "st", "st.": "saint", "mt.": "mount", "twelve": "12", "fort": "ft", "north": "n", "south": "s"}

// nameOpeners open a sentence on something other than a name: "Our
// Valley Program offers …", "The County Hospital has …".
var nameOpeners = wordSet("Our", "The", "This", "That", "These", "Those", "Each", "Every", "Most", "Many", "Some", "All", "Both", "Your", "Their", "Its", "A", "An", "Any", "No", "Today", "Now")

var providerKindNouns = wordSet("recovery", "health", "center", "centre", "centers", "clinic", "clinics", "wellness", "behavioral", "counseling",
	"treatment", "group", "house", "institute", "services", "care", "healthcare", "rehab", "lodge", "ranch", "addiction", "programs")
