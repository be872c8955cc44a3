package claims

import (
	"regexp"
	"strings"
)

// attendanceMode is the way a sentence says its days are attended, for a
// program that meets partly in person and partly on video: "virtual" or
// "in-person" when a line is labelled with one ("In person: Tuesday and
// Thursday") or its days are said to be one ("Tuesdays and Thursdays are
// virtual"); "" otherwise. A program that is virtual throughout is named
// so ("our virtual IOP"), which variantOf reads.
func attendanceMode(s *sentence) string {
	if label, e := s.label(); e > 0 {
		return modeWord(strings.TrimSpace(strings.Trim(lowerASCII(label), "*•-–— ")))
	}
	if !strings.Contains(s.lower, " are ") && !strings.Contains(s.lower, " is ") {
		return ""
	}
	if m := daysAreMode.FindStringSubmatch(s.lower); m != nil {
		return modeWord(m[1])
	}
	return ""
}

// modeWord names the mode a label or predicate says, "" for none.
func modeWord(w string) string {
	w = strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(w, " days"), " groups"), " sessions")
	switch w {
	case "in person", "in-person", "on site", "on-site", "onsite", "at the clinic":
		return "in-person"
	case "virtual", "online", "on video", "by video", "video", "telehealth", "via telehealth", "remote":
		return "virtual"
	}
	return ""
}

// daysAreMode is days said to be attended one way: "Mondays and Fridays
// are in person", "Tuesday evenings are held online".
var daysAreMode = regexp.MustCompile(`(?:days|days?\b|mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?|evenings|mornings|afternoons)\s+(?:are|is)\s+(?:held\s+|spent\s+|run\s+)?(in[- ]person|on[- ]site|virtual|online|on video|by video|remote|via telehealth)\b`)

// splitWeekMode is the way the days of c are attended in a sentence that
// splits the week between the clinic and video ("two days a week with us
// at the clinic and three days in live video groups from home"): the
// words after c up to the next part say which; "" when the sentence does
// not name both ways.
func splitWeekMode(s *sentence, c *Claim) string {
	if !hasWord(s.lower, "video", "virtual", "virtually", "online", "telehealth", "remotely") || !hasWord(s.lower, "clinic", "person", "in-person", "site", "on-site", "onsite", "center", "centre", "office") {
		return ""
	}
	at := c.Span.Start - (s.block.Span.Start + s.off)
	if at < 0 || at+len(c.Text) > len(s.lower) {
		return ""
	}
	rest := s.lower[at+len(c.Text):]
	if k := strings.IndexAny(rest, ",;."); k >= 0 {
		rest = rest[:k]
	}
	if k := strings.Index(rest, " and "); k >= 0 {
		rest = rest[:k]
	}
	switch {
	case hasWord(rest, "video", "virtual", "virtually", "online", "telehealth", "remotely") || strings.Contains(rest, "from home"):
		return "virtual"
	case hasWord(rest, "clinic", "in-person", "on-site", "onsite", "center", "centre", "office") || strings.Contains(rest, "in person") || strings.Contains(rest, "on site"):
		return "in-person"
	}
	return ""
}
