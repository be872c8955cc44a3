package claims

import (
	"strings"

	"github.com/factlint/factlint/claims/quantity"
)

// classify decides which kind of claim the i-th quantity of s states, and
// the factor that converts its unit to the kind's canonical unit.
func classify(s *sentence, i int) (Kind, float64, bool) {
	q := &s.qs[i]
	switch q.Unit {
	case quantity.Hour, quantity.Minute, quantity.Second:
		k, ok := hoursKind(s, i)
		return k, hourFactor[q.Unit], ok
	case quantity.Day:
		if q.Per == quantity.Week {
			return DaysPerWeek, 1, true
		}
		if q.Per == quantity.None && statesProgramLength(s, i) {
			return ProgramLength, 1, true
		}
	case quantity.Week, quantity.Month, quantity.Year:
		if q.Per == quantity.None && statesProgramLength(s, i) {
			return ProgramLength, dayFactor[q.Unit], true
		}
	}
	return "", 0, false
}

var hourFactor = map[quantity.Unit]float64{quantity.Hour: 1, quantity.Minute: 1.0 / 60, quantity.Second: 1.0 / 3600}

var dayFactor = map[quantity.Unit]float64{quantity.Day: 1, quantity.Week: 7, quantity.Month: 30.4375, quantity.Year: 365.25}

// hoursKind reads an amount of hours: per week, per day, or one session.
func hoursKind(s *sentence, i int) (Kind, bool) {
	q := &s.qs[i]
	switch q.Per {
	case quantity.Week:
		return HoursPerWeek, true
	case quantity.Day:
		return HoursPerDay, true
	case quantity.None:
	default:
		return "", false
	}
	before, after := wordBefore(s.masked, q.Start), wordAfter(s.masked, q.End)
	if q.Adjectival {
		switch {
		case before == "daily":
			return HoursPerDay, true
		case sessionNounFollows(s.masked, q.End, 3):
			return SessionLength, true
		}
		return "", false
	}
	lo, hi := clauseBounds(s.lower, q.Start, q.End)
	if sessionNouns[after] || anyWord(s.masked[lo:q.Start], sessionList) {
		return SessionLength, true
	}
	var daysPerWeek, timesPerWeek bool
	for j := range s.qs {
		o := &s.qs[j]
		if j == i || o.End <= lo || o.Start >= hi {
			continue
		}
		daysPerWeek = daysPerWeek || (o.Unit == quantity.Day && o.Per == quantity.Week)
		timesPerWeek = timesPerWeek || (o.Unit == quantity.Times && o.Per == quantity.Week)
	}
	clause := s.masked[lo:hi]
	switch {
	case timesPerWeek:
		// "once a week for one hour": the hour is one meeting.
		return SessionLength, true
	case daysPerWeek:
		// "3 hours of therapy, 5 days a week" is per day to one reader
		// and per week to another: say nothing rather than guess.
		return "", false
	case containsAny(clause, weeklyCues):
		return HoursPerWeek, true
	case containsAny(clause, dailyCues):
		return HoursPerDay, true
	}
	return "", false
}

// sessionNounFollows reports whether one of the next n words after i is a
// session noun: "one-hour individual counseling sessions".
func sessionNounFollows(s string, i, n int) bool {
	for k := 0; k < n; k++ {
		w := wordAfter(s, i)
		if w == "" {
			return false
		}
		if sessionNouns[w] {
			return true
		}
		i = strings.Index(s[i:], w) + i + len(w)
	}
	return false
}

var sessionList = []string{"session", "sessions", "meeting", "meetings", "appointment", "appointments", "class", "classes"}

var sessionNouns = wordSet(sessionList...)

var weeklyCues = []string{"every week", "each week", "per week", "a week", "weekly", "/week", "/wk", "each wk", "per wk"}

var dailyCues = []string{"every day", "each day", "per day", "a day", "daily", "/day"}

func wordSet(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

func containsAny(s string, subs []string) bool {
	for _, sub := range subs {
		if indexWord(s, sub, 0) >= 0 {
			return true
		}
	}
	return false
}

func anyWord(s string, ws []string) bool { return hasWord(s, ws...) }

// wordBefore returns the lowercase word ending just before i, skipping spaces.
func wordBefore(s string, i int) string {
	j := i
	for j > 0 && s[j-1] == ' ' {
		j--
	}
	k := j
	for k > 0 && (isWordByte(s[k-1]) || s[k-1] == '-') {
		k--
	}
	return s[k:j]
}

// wordAfter returns the lowercase word starting just after i, skipping spaces.
func wordAfter(s string, i int) string {
	if i > len(s) {
		return ""
	}
	j := i
	for j < len(s) && s[j] == ' ' {
		j++
	}
	k := j
	for k < len(s) && (isWordByte(s[k]) || s[k] == '-') {
		k++
	}
	return strings.TrimRight(s[j:k], "-")
}
