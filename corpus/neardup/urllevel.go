package neardup

import (
	"net/url"
	"slices"
	"strings"
)

// A provider's site often builds its program pages, or its admissions
// answers, from one template: "/programs/iop" and "/programs/php",
// ".../faqs/outpatient/" and ".../faqs/residential/" share headings,
// questions and stock paragraphs in place, and read as one article spun.
// They are two pages about two levels of care, each with its own facts.
// In the labelled sets every pair of one site whose addresses name
// different levels (one or two each) was labelled as sharing boilerplate,
// not as a family;
// the families of one site whose addresses name a level name the same one
// ("/programs/day-treatment/" and "/programs/partial-hospitalization/").

// Levels of care an address may name, one bit each: an address may name
// several ("/partial-hospitalization-outpatient-programs/").
const (
	levelIOP uint8 = 1 << iota
	levelPHP
	levelOP
	levelResidential
	levelDetox

	levelNone uint8 = 0
)

// levelPhrases are the words of an address naming a level, longest first
// where one begins another.
var levelPhrases = []struct {
	words []string
	level uint8
}{
	{[]string{"intensive", "outpatient"}, levelIOP},
	{[]string{"iop"}, levelIOP},
	{[]string{"partial", "hospitalization"}, levelPHP},
	{[]string{"partial", "hospitalisation"}, levelPHP},
	{[]string{"partial", "care"}, levelPHP},
	{[]string{"partial", "day"}, levelPHP},
	{[]string{"day", "treatment"}, levelPHP},
	{[]string{"day", "program"}, levelPHP},
	{[]string{"php"}, levelPHP},
	{[]string{"outpatient"}, levelOP},
	{[]string{"residential"}, levelResidential},
	{[]string{"inpatient"}, levelResidential},
	{[]string{"detox"}, levelDetox},
	{[]string{"detoxification"}, levelDetox},
}

// levelFiller are the words an address may add to a level's name and still
// name nothing but the level ("intensive-outpatient-program-iop",
// "residential-treatment", "medical-detox").
var levelFiller = map[string]bool{
	"program": true, "programs": true, "programming": true, "treatment": true, "services": true, "service": true,
	"care": true, "level": true, "rehab": true, "medical": true, "medically": true, "managed": true, "html": true, "htm": true,
}

// urlLevel is the levels of care the last segment of an address names,
// when it names levels and nothing else; levelNone otherwise.
func urlLevel(u *url.URL) uint8 {
	if u == nil {
		return levelNone
	}
	words := addressWords(lastSegment(strings.ToLower(u.Path)))
	level := levelNone
	for i := 0; i < len(words); {
		found, n := levelPhraseAt(words, i)
		i += n
		if found == levelNone && levelFiller[words[i]] {
			i++
			continue
		}
		if found == levelNone {
			return levelNone
		}
		// ("inpatient-detox", "outpatient-day-treatment": a setting word
		// right before another level says where that level is given, and
		// names one level.)
		if found == levelOP || found == levelResidential {
			if next, _ := levelPhraseAt(words, i); next != levelNone {
				continue
			}
		}
		level |= found
	}
	return level
}

// levelPhraseAt is the level a phrase of levelPhrases starting at
// words[i] names and its length in words; levelNone and 0 when none does.
func levelPhraseAt(words []string, i int) (uint8, int) {
	for _, p := range levelPhrases {
		if i+len(p.words) <= len(words) && slices.Equal(words[i:i+len(p.words)], p.words) {
			return p.level, len(p.words)
		}
	}
	return levelNone, 0
}

// siblingLevels reports two pages of one site whose addresses name
// different levels of care ("/iop/" and "/php/"; "/intensive-outpatient/"
// and "/partial-hospitalization-outpatient-programs/", a page about two
// other levels).
func siblingLevels(a, b *Signature) bool {
	return a.Host != 0 && a.Host == b.Host && a.URLLevel != levelNone && b.URLLevel != levelNone && a.URLLevel != b.URLLevel
}

// levelsNamed is every level of care the words name, among others: the
// folders of an address ("/programs/iop/faq/" names IOP).
func levelsNamed(words []string) uint8 {
	var level uint8
	for i := range words {
		l, _ := levelPhraseAt(words, i)
		level |= l
	}
	return level
}
