package claims

import (
	"strings"

	"github.com/factlint/factlint/internal/prefilter"
)

// attendanceMode is the way a line labels its days as attended, for a
// program that meets partly in person and partly on video: "virtual" or
// "in-person" for "In person: Tuesday and Thursday", "" otherwise. A
// program that is virtual throughout is named so ("our virtual IOP"),
// which variantOf reads.
func attendanceMode(s *sentence) string {
	if label, e := s.label(); e > 0 {
		return modeWord(strings.TrimSpace(strings.Trim(lowerASCII(label), "*•-–— ")))
	}
	return ""
}

// daysAttended is the way the days of c are said to be attended right
// after them: "Tuesdays and Thursdays are virtual", "Monday, Wednesday and
// Friday sessions are held in person"; "" otherwise. ("all three evenings
// are in person" after a whole week, or "family sessions on Sundays are
// virtual", says nothing of the days before.)
func daysAttended(s *sentence, c *Claim) string {
	at := c.Span.End - (s.block.Span.Start + s.off)
	if at < 0 || at > len(s.lower) {
		return ""
	}
	if m := daysAreMode.FindStringSubmatch(s.lower[at:]); m != nil {
		return modeWord(m[1])
	}
	return ""
}

// daysModePossible is the cheap test before daysAttended: a predicate of
// being somewhere or on video.
func daysModePossible(s *sentence) bool {
	return (s.contains(" are ") || s.contains(" is ")) &&
		(s.contains("person") || s.contains("site") || s.contains("virtual") || s.contains("online") ||
			s.contains("video") || s.contains("zoom") || s.contains("remote") || s.contains("telehealth"))
}

// videoWords say a program is attended on video.
var videoWords = []string{"virtual", "virtually", "video", "online", "telehealth", "zoom", "remote", "remotely"}

// hybridPage reports a page that speaks of attending both in person and on
// video.
func hybridPage(lower []string) bool {
	person, video := false, false
	for _, l := range lower {
		person = person || strings.Contains(l, "in person") || strings.Contains(l, "in-person") || strings.Contains(l, "on site") || strings.Contains(l, "on-site")
		video = video || hasWord(l, videoWords...)
		if person && video {
			return true
		}
	}
	return false
}

// modeWord names the mode a label or predicate says, "" for none.
func modeWord(w string) string {
	w = strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(w, " days"), " groups"), " sessions")
	switch w {
	case "in person", "in-person", "on site", "on-site", "onsite", "at the clinic":
		return "in-person"
	case "virtual", "online", "on video", "by video", "video", "telehealth", "via telehealth", "remote", "on zoom", "zoom":
		return "virtual"
	}
	return ""
}

// daysAreMode follows days said to be attended one way: " are in person",
// " evenings are held online", " sessions are virtual".
var daysAreMode = prefilter.MustCompile(`^\s*(?:evenings|mornings|afternoons|sessions|groups|days)?\s*(?:are|is)\s+(?:held\s+|spent\s+|run\s+)?(in[- ]person|on[- ]site|virtual|online|on video|by video|on zoom|remote|via telehealth)\b`)

// splitWeek gives each count of days of a sentence that splits the week
// between the clinic and video ("two days a week with us at the clinic
// and three days in live video groups from home") the way it is attended,
// read from the words right after it. Only a sentence whose counts name
// both ways is split: "Our IOP meets three days a week at the clinic and
// our PHP five, and both offer telehealth check-ins" names one.
func splitWeek(s *sentence, cs []Claim) {
	var modes [8]string
	person, video := false, false
	for i := range cs {
		if i == len(modes) {
			return
		}
		if c := &cs[i]; c.Kind == DaysPerWeek && c.Variant == "" {
			modes[i] = splitWeekMode(s, c)
			person = person || modes[i] == "in-person"
			video = video || modes[i] == "virtual"
		}
	}
	if !person || !video {
		return
	}
	for i := range cs {
		if i < len(modes) && modes[i] != "" {
			cs[i].Variant = modes[i]
		}
	}
}

// splitWeekMode is the way the words right after c, up to the next part
// of the sentence, say its days are attended; "" when they say none.
func splitWeekMode(s *sentence, c *Claim) string {
	at := c.Span.Start - (s.block.Span.Start + s.off)
	if at < 0 || at+len(c.Text) > len(s.lower) {
		return ""
	}
	rest := s.lower[at+len(c.Text):]
	if k := strings.IndexAny(rest, ",;.:"); k >= 0 {
		rest = rest[:k]
	}
	if k := strings.Index(rest, " and "); k >= 0 {
		rest = rest[:k]
	}
	switch {
	case hasWord(rest, videoWords...) || strings.Contains(rest, "from home"):
		return "virtual"
	case hasWord(rest, "clinic", "in-person", "on-site", "onsite", "center", "centre", "office") || strings.Contains(rest, "in person") || strings.Contains(rest, "on site"):
		return "in-person"
	}
	return ""
}
