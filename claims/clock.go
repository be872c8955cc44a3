package claims

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/factlint/factlint/claims/quantity"
)

// clockRanges reads schedule times as hours a day: "from 9 a.m. to 12:15
// p.m." is 3.25 hours, "Tuesdays 6–9 pm" 3. The later time needs its
// a.m./p.m. (or "noon"); the earlier one takes the same half of the day
// unless that would make the span run backwards ("9 to 12:15 p.m.").
// Spans under half an hour or over twelve hours are not a day's program.
func clockRanges(text string) []quantity.Quantity {
	if !strings.ContainsAny(text, "apnAPN") || !strings.ContainsAny(text, "0123456789") {
		return nil
	}
	var out []quantity.Quantity
	for _, m := range clockRange.FindAllStringSubmatchIndex(text, -1) {
		sub := func(k int) string {
			if m[2*k] < 0 {
				return ""
			}
			return strings.ToLower(text[m[2*k]:m[2*k+1]])
		}
		end, ok := clockHour(sub(4), sub(5), sub(6))
		if !ok {
			continue
		}
		startMark := sub(3)
		if startMark == "" {
			startMark = sub(6)
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
	return out
}

var clockRange = regexp.MustCompile(`(?i)\b(\d{1,2})(?::(\d{2}))?\s*(a\.?m\.?|p\.?m\.?|noon)?\s*(?:-|–|—|to|until|till|through)\s*(\d{1,2})?(?::(\d{2}))?\s*(a\.?m\b\.?|p\.?m\b\.?|noon\b)`)

// clockHour converts "12", "15", "pm" to 12.25 on a 24-hour clock. A
// bare "noon" is 12.
func clockHour(h, m, mark string) (float64, bool) {
	mark = strings.ReplaceAll(mark, ".", "")
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
