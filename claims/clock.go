package claims

import (
	"sort"
	"strconv"
	"strings"

	"github.com/factlint/factlint/claims/quantity"
	"github.com/factlint/factlint/internal/prefilter"
)

// clockRanges reads schedule times as hours a day: "from 9 a.m. to 12:15
// p.m." is 3.25 hours, "Tuesdays 6–9 pm" 3. The later time needs its
// a.m./p.m. (or "noon"); the earlier one takes the same half of the day
// unless that would make the span run backwards ("9 to 12:15 p.m.").
// Spans under half an hour or over twelve hours are not a day's program.
func clockRanges(text string) []quantity.Quantity {
	out := bareClockRanges(text)
	if !clockMarker(text) {
		return splitDays(text, out)
	}
	matches := clockRange.FindAllStringSubmatchIndex(text, -1)
	// ("the session starts at 5:30 and ends at 8:30 p.m.": the two ends named
	// by their verbs.)
	startEnds := 0
	if strings.Contains(text, " end") || strings.Contains(text, " finish") || strings.Contains(text, " until ") || strings.Contains(text, " till ") || strings.Contains(text, " through ") || strings.Contains(text, " wrap") || strings.Contains(text, " conclude") {
		se := startEndRange.FindAllStringSubmatchIndex(text, -1)
		startEnds = len(se)
		matches = append(se, matches...)
	}
	for i, m := range matches {
		sub := func(k int) string {
			if m[2*k] < 0 {
				return ""
			}
			return strings.ToLower(text[m[2*k]:m[2*k+1]])
		}
		// "between 9 a.m. and 3 p.m." is a span; "groups at 9 a.m. and
		// 1 p.m." are two start times.
		// ("between the hours of 9 AM and 1 PM" is one too.)
		if i >= startEnds && strings.Contains(strings.ToLower(text[m[0]:m[1]]), "and") && !betweenBefore(strings.ToLower(strings.TrimRight(text[:m[0]], " "))) {
			continue
		}
		// ("Groups start between 5:00 and 6:30 p.m.", "… and finish
		// between 2:30 and 3 p.m.": a window to start or end in, no span
		// met.)
		if timeWindow(strings.ToLower(text[:m[0]])) {
			continue
		}
		end, ok := clockHour(sub(4), sub(5), sub(6))
		if !ok {
			continue
		}
		startMark := sub(3)
		if startMark == "" {
			startMark = sub(6)
			if startMark == "noon" {
				startMark = "am" // "9 to noon"
			}
		}
		start, ok := clockHour(sub(1), sub(2), startMark)
		if ok && start >= end && sub(3) == "" {
			start, ok = clockHour(sub(1), sub(2), "am")
		}
		if !ok || end-start < 0.5 || end-start > 12 {
			continue
		}
		h := end - start
		out = append(out, quantity.Quantity{Start: m[0], End: m[1], Text: text[m[0]:m[1]], Min: h, Max: h,
			HasMin: true, HasMax: true, Unit: quantity.Hour, Per: quantity.Day, Qualifier: quantity.Exact})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return splitDays(text, out)
}

// splitDays joins a day given in two blocks into one span of their
// hours: "from 9:00 a.m. to noon and again from 1:00 to 4:00 p.m." is six
// hours, "a morning block from 9 to 10:30 a.m. and an afternoon block
// from 1 to 2:30 p.m." three, "9–12 and 1–4, with lunch in between" six.
// (A plain "9–12 and 1–4" may be two groups' times, and stays two spans.)
func splitDays(text string, qs []quantity.Quantity) []quantity.Quantity {
	for i := 0; i+1 < len(qs); i++ {
		a, b := qs[i], qs[i+1]
		if a.End > b.Start {
			continue
		}
		between := strings.ToLower(text[a.End:b.Start])
		after := strings.ToLower(text[b.End:min(len(text), b.End+30)])
		if !secondBlock.MatchString(between) && !(strings.TrimSpace(between) == "and" && lunchBetween.MatchString(after)) {
			continue
		}
		h := a.Min + b.Min
		qs[i] = quantity.Quantity{Start: a.Start, End: b.End, Text: text[a.Start:b.End], Min: h, Max: h,
			HasMin: true, HasMax: true, Unit: quantity.Hour, Per: quantity.Day, Qualifier: quantity.Exact}
		qs = append(qs[:i+1], qs[i+2:]...)
	}
	return qs
}

// secondBlock is what comes between a day's two blocks: " and again
// from ", ", then again ", " and an afternoon block from ".
var secondBlock = prefilter.MustCompile(`^\s*,?\s*(?:and|then)\s+(?:then\s+)?(?:again\s+(?:from\s+)?|(?:an?|the)\s+(?:second|afternoon|evening)\s+(?:block|session|half)\s+(?:from\s+|of\s+)?)$`)

// lunchBetween follows a day's second block: ", with lunch in between",
// " with a lunch break between".
var lunchBetween = prefilter.MustCompile(`^[\s,]+with\s+(?:an?\s+(?:hour|hour-long|short)?\s*)?(?:lunch|break)`)

// bareClockRanges reads "9:00-12:00", "from 9:30 to 12:30" and "from 6 to
// 7:30": the later time with minutes, and no a.m. or p.m. after them, the
// later one on the afternoon side when it would run backwards
// ("10:30-1:30" is 3 hours).
func bareClockRanges(text string) []quantity.Quantity {
	var out []quantity.Quantity
	for _, m := range bareClockRange.FindAllStringSubmatchIndex(text, -1) {
		rest := strings.TrimLeft(strings.ToLower(text[m[1]:]), " ")
		if strings.HasPrefix(rest, "a.m") || strings.HasPrefix(rest, "am") || strings.HasPrefix(rest, "p.m") || strings.HasPrefix(rest, "pm") {
			continue // the marked form, read by clockRange
		}
		// ("2023-10-23T11:12:28-04:00": a time stamp's minutes and
		// seconds, then its zone.)
		if m[0] > 0 && text[m[0]-1] == ':' {
			continue
		}
		// ("6:30p–8:30p", "10:00a–2:00p": a letter for the half of the
		// day, as schedule tables shorten it.)
		ownMark, endMark := letterMark(text, m[6], m[7]), letterMark(text, m[12], m[13])
		startMark := ownMark
		if startMark == "" {
			startMark = endMark
		}
		// ("from 6 to 7:30": the earlier time may leave out its
		// minutes when the later one gives them.)
		startMin := ""
		if m[4] >= 0 {
			startMin = text[m[4]:m[5]]
		}
		start, ok1 := clockHour(text[m[2]:m[3]], startMin, startMark)
		end, ok2 := clockHour(text[m[8]:m[9]], text[m[10]:m[11]], endMark)
		if !ok1 || !ok2 {
			continue
		}
		// ("11:30-1:00p": the earlier time is the morning's.)
		if end <= start && ownMark == "" && endMark != "" {
			start, _ = clockHour(text[m[2]:m[3]], startMin, "am")
		}
		if end <= start && endMark == "" {
			end += 12
		}
		if h := end - start; h >= 0.5 && h <= 12 {
			out = append(out, quantity.Quantity{Start: m[0], End: m[1], Text: text[m[0]:m[1]], Min: h, Max: h,
				HasMin: true, HasMax: true, Unit: quantity.Hour, Per: quantity.Day, Qualifier: quantity.Exact})
		}
	}
	return out
}

// minutesAfterDigit reports a digit, a colon and two digits ("9:30"):
// the later time of every bare range has them. (A colon alone let the
// expression, which tries every byte of the text, run on every "Hours:"
// and "Note:" line.)
func minutesAfterDigit(text string) bool {
	for i := 1; i+2 < len(text); i++ {
		k := strings.IndexByte(text[i:len(text)-2], ':')
		if k < 0 {
			return false
		}
		i += k
		if isDigitByte(text[i-1]) && isDigitByte(text[i+1]) && isDigitByte(text[i+2]) {
			return true
		}
	}
	return false
}

var bareClockRange = prefilter.MustCompile(`\b(\d{1,2})(?::(\d{2}))?([ap])?\s*(?:-|–|—|to|until)\s*(\d{1,2}):(\d{2})([ap])?\b`).Gate(minutesAfterDigit)

// letterMark is "am" or "pm" for the letter text[i:j] ("a", "p"), "" when
// there is none.
func letterMark(text string, i, j int) string {
	if i < 0 || j <= i {
		return ""
	}
	return strings.ToLower(text[i:j]) + "m"
}

// ("from 8:30 in the morning to 12:30 in the afternoon": the half of the
// day in words.)
var clockRange = prefilter.MustCompile(`(?i)\b(\d{1,2})(?:[:.](\d{2}))?\s*(a\.?m\.?|p\.?m\.?|noon|in\s+the\s+(?:morning|afternoon|evening))?\s*(?:-|–|—|to|until|till|through|and)\s*(\d{1,2})?(?:[:.](\d{2}))?\s*(a\.?m\b\.?|p\.?m\b\.?|noon\b|in\s+the\s+(?:morning|afternoon|evening)\b)`)

// startEndRange is a session's start and end each named by its verb:
// "starts at 6:00 and ends at 9:00 p.m.", "begins at 9 and finishes by
// noon", "starts at 8:30 a.m. and runs until 3 p.m.". Its groups are
// clockRange's.
var startEndRange = prefilter.MustCompile(`(?i)\b(?:starts?|begins?)\s+(?:at\s+)?(\d{1,2})(?:[:.](\d{2}))?\s*(a\.?m\.?|p\.?m\.?)?\s+and\s+(?:(?:ends?|finish(?:es)?|concludes?|wraps?\s+up)\s+(?:at\s+|by\s+|around\s+)?|(?:runs?|go(?:es)?|lasts?|continues?)\s+(?:until|till|through)\s+)(\d{1,2})?(?:[:.](\d{2}))?\s*(a\.?m\b\.?|p\.?m\b\.?|noon\b)`)

// clockHour converts "12", "15", "pm" to 12.25 on a 24-hour clock. A
// bare "noon" is 12.
func clockHour(h, m, mark string) (float64, bool) {
	mark = strings.ReplaceAll(mark, ".", "")
	if strings.HasPrefix(mark, "in") {
		if strings.HasSuffix(mark, "morning") {
			mark = "am"
		} else {
			mark = "pm"
		}
	}
	if h == "" {
		if mark == "noon" {
			return 12, true
		}
		return 0, false
	}
	hv, err := strconv.Atoi(h)
	if err != nil || hv < 1 || hv > 12 {
		return 0, false
	}
	v := float64(hv)
	if m != "" {
		mv, err := strconv.Atoi(m)
		if err != nil || mv > 59 {
			return 0, false
		}
		v += float64(mv) / 60
	}
	switch mark {
	case "pm":
		if hv != 12 {
			v += 12
		}
	case "am":
		if hv == 12 {
			v -= 12
		}
	case "noon":
		if hv != 12 {
			return 0, false
		}
	}
	return v, true
}

// clockDigits reads the digits of a time of day from t[i], a digit, with
// the colons and spaces among them ("8:00 "): where they end, and whether
// "am", "a.m", "pm" or "p.m" follows.
func clockDigits(t string, i int) (end int, amPm bool) {
	j := i + 1
	for j < len(t) && j < i+7 && (t[j] >= '0' && t[j] <= '9' || t[j] == ':' || t[j] == ' ') {
		j++
	}
	if j+1 < len(t) {
		c, d := t[j]|0x20, t[j+1]|0x20
		amPm = (c == 'a' || c == 'p') && (d == 'm' || d == '.')
	}
	return j, amPm
}

// clockTimes counts the times of day text gives by the clock ("8:00
// a.m.", "9:30 p.m.", "noon").
func clockTimes(t string) int {
	n := 0
	for i := 0; i < len(t); i++ {
		if t[i] < '0' || t[i] > '9' || i > 0 && (t[i-1] >= '0' && t[i-1] <= '9' || t[i-1] == ':') {
			continue
		}
		if _, amPm := clockDigits(t, i); amPm {
			n++
		}
	}
	return n + strings.Count(strings.ToLower(t), "noon")
}

// clockMarker is a cheap filter for clockRanges: a digit followed, within
// a few characters, by "am", "a.m", "pm", "p.m" or "noon", or the half of
// a day in words.
func clockMarker(t string) bool {
	digit := false
	for i := 0; i < len(t); i++ {
		if t[i] < '0' || t[i] > '9' {
			continue
		}
		digit = true
		j, amPm := clockDigits(t, i)
		if amPm {
			return true
		}
		if j+1 < len(t) {
			c := t[j] | 0x20
			if c == 'n' && strings.HasPrefix(strings.ToLower(t[j:min(len(t), j+4)]), "noon") {
				return true
			}
			// "9 to noon": noon stands for the later time.
			if r := t[j:min(len(t), j+10)]; (c == 't' || c == '-' || c == 'u') && strings.Contains(strings.ToLower(r), "noon") {
				return true
			}
		}
		// "to 12 noon", "- 4pm": the marker may only follow the second time.
		i = j - 1
	}
	return digit && (strings.Contains(t, " in the morning") || strings.Contains(t, " in the afternoon") || strings.Contains(t, " in the evening"))
}

// timeWindow reports a clock range about to follow a verb of starting
// or ending and "between", or "anywhere from": "groups start between",
// "sessions begin anytime from", "you can come in any time between",
// "the day wraps up between". ("Our IOP starts from 6 p.m. to 9 p.m."
// gives the session's hours.) So does a range of start times: "Start
// times range from 5:30 to 6:30 p.m.".
func timeWindow(pre string) bool {
	f := strings.Fields(pre)
	n := len(f)
	if n < 2 {
		return false
	}
	k := n - 2
	switch f[n-1] {
	case "between":
	case "from":
		// Only "anywhere from", "any time from": a plain "from" opens the
		// session's span.
		if !startWindowHedges[f[k]] || f[k] == "can" || f[k] == "may" || f[k] == "will" {
			if !(k >= 1 && f[k] == "range" && startTimes(f[:k])) {
				return false
			}
		}
	default:
		return false
	}
	if f[k] == "range" || f[k] == "vary" || f[k] == "are" {
		return startTimes(f[:k])
	}
	for k >= 0 && startWindowHedges[f[k]] {
		k--
	}
	// ("Check-in is between 3:30 and 4:00", "Arrival is usually
	// between …": the window's own noun.)
	if k >= 1 && f[k] == "is" && windowNouns[f[k-1]] {
		return true
	}
	// ("Groups start after school, between 3:30 and 4:30": an aside of
	// up to five words after the verb, closed by its comma.)
	if k >= 0 && strings.HasSuffix(f[k], ",") {
		for j := k - 1; j >= 0 && k-j <= 5; j-- {
			if windowVerbs[f[j]] {
				return true
			}
		}
	}
	// ("Most days wrap up between …": the verb's particle.)
	if k >= 1 && f[k] == "up" && (f[k-1] == "wrap" || f[k-1] == "wraps") {
		return true
	}
	return k >= 0 && windowVerbs[f[k]]
}

// windowNouns name the time someone comes in or leaves: "check-in is
// between", "pick-up is between".
var windowNouns = wordSet("check-in", "arrival", "drop-off", "dropoff", "pick-up", "pickup", "dismissal", "departure")

// startTimes reports words ending on "start time(s)" or "arrival time(s)".
func startTimes(f []string) bool {
	n := len(f)
	return n >= 2 && (f[n-1] == "times" || f[n-1] == "time") && (f[n-2] == "start" || f[n-2] == "arrival" || f[n-2] == "starting")
}

var startWindowHedges = wordSet("usually", "typically", "generally", "normally", "often", "anywhere", "anytime", "any", "time", "sometime", "somewhere", "can", "may", "will", "in")

// windowVerbs start or end the time in a window: a range after them is
// when that happens, no span met.
var windowVerbs = wordSet("start", "starts", "begin", "begins", "arrive", "arrives", "starting", "beginning", "arriving", "come", "comes", "check",
	"end", "ends", "ending", "finish", "finishes", "finishing", "dismissed", "leave", "leaves", "leaving", "depart", "departs")

// betweenBefore reports pre ending on "between" or "between the hours of".
func betweenBefore(pre string) bool {
	pre = strings.TrimSuffix(pre, " the hours of")
	return strings.HasSuffix(pre, "between")
}
