package checks

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/factlint/factlint/checker"
	"github.com/factlint/factlint/claims"
)

// sessionsOverDay reports a session the page says lasts longer than the
// program's whole day, or than the span its groups run in: "built around
// 3-hour group sessions" beside "Groups run from 10:00 a.m. to 12:30
// p.m.", "our three-hour evening sessions" beside "from 6:00 to 8:00
// p.m.". However many sessions a day holds, none is longer than the day.
//
// A span that times one activity of a timetable ("8:30 – 9:00 Check-in")
// or a clock span of one group among others says nothing of a session's
// length, so a clock span counts only when it is the program's day or its
// groups' (timetable reports the rest); a stated day ("two hours a day")
// always counts. Both figures are widened by the tolerance first.
func sessionsOverDay(p *checker.Pass, m map[key][]*claims.Claim, keys []key, tol checker.Tolerance) {
	for _, k := range keys {
		if k.kind != claims.SessionLength {
			continue
		}
		hk := k
		hk.kind = claims.HoursPerDay
		days := m[hk]
		if len(days) == 0 {
			continue
		}
		for _, s := range m[k] {
			if s.Value != nil || negated(s) || s.Qualifier == claims.UpTo || s.Min == nil {
				continue
			}
			sv := checker.Widen(s, tol)
			for _, h := range days {
				if negated(h) || sameSentence(s, h) || !forcesMeet(s, h) || h.Qualifier == claims.AtLeast || h.Max == nil {
					continue
				}
				if timetable(h) && !groupsSpan(h) {
					continue
				}
				hv := checker.Widen(h, tol)
				if !sv.Bounded() || !hv.Bounded() || sv.Lo <= hv.Hi {
					continue
				}
				sev := p.Check.Severity
				if s.Qualifier == claims.Approx || h.Qualifier == claims.Approx {
					sev = checker.Warning
				}
				p.Report(pairFinding(k, s, h, sev,
					fmt.Sprintf("%s: a session of %s is longer than the day of %s; make the session length and the day agree",
						topic(k), quote(s), quote(h)),
					locations([]*claims.Claim{s}, []*claims.Claim{h})))
				break
			}
		}
	}
}

// groupsSpan reports clock times said of the program's groups or sessions
// as a whole: "Groups run from 10:00 a.m. to 12:30 p.m.", "sessions are
// held 6 to 8 p.m.".
//
// ("Groups run from 9:00 to 10:30 a.m., followed by … a second group from
// 10:45 a.m. to 12:00 p.m.": the first of two spans is one group's.)
func groupsSpan(h *claims.Claim) bool {
	if !groupsRun.MatchString(h.Sentence) {
		return false
	}
	l := strings.ToLower(h.Sentence)
	return !strings.Contains(l, "followed by") && !strings.Contains(l, "second") && !strings.Contains(l, " then ") && len(clockRange.FindAllStringIndex(l, 2)) <= 1
}

// clockRange is a span between two clock times: "9:00 to 10:30 a.m.",
// "10:45 a.m.–12:00 p.m.".
var clockRange = regexp.MustCompile(`\d{1,2}(?::\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)?\s*(?:to|until|–|-|—)\s*\d{1,2}(?::\d{2})?`)

var groupsRun = regexp.MustCompile(`(?i)^\s*(?:all\s+|our\s+|the\s+)?(?:[a-z-]+\s+)?(?:groups|sessions|classes)\s+(?:run|meet|are\s+held|take\s+place|go)\b`)
