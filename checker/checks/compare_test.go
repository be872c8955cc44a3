package checks

import (
	"math/rand/v2"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/factlint/factlint/checker"
	"github.com/factlint/factlint/claims"
)

func days(lo, hi float64) *claims.Claim {
	return &claims.Claim{Kind: claims.ProgramLength, Subject: claims.IOP, Min: &lo, Max: &hi, Unit: "day", Qualifier: claims.Exact}
}

func withForce(c *claims.Claim, f claims.Force) *claims.Claim { c.Force = f; return c }

// Every pair of forces on two disjoint values: only typical or universal
// pairs, and an existential or an example against a universal (a
// counterexample), contradict.
func TestForceCombinations(t *testing.T) {
	forces := []claims.Force{0, claims.Universal, claims.Typical, claims.Existential, claims.Example, claims.Conditional}
	want := func(a, b claims.Force) bool {
		norm := func(f claims.Force) claims.Force {
			if f == 0 {
				return claims.Typical
			}
			return f
		}
		a, b = norm(a), norm(b)
		switch {
		case a == claims.Conditional || b == claims.Conditional:
			return false
		case a == claims.Example && b == claims.Example, a == claims.Existential && b == claims.Existential,
			a == claims.Example && b == claims.Existential, a == claims.Existential && b == claims.Example:
			return false
		case a == claims.Existential || b == claims.Existential || a == claims.Example || b == claims.Example:
			return a == claims.Universal || b == claims.Universal
		}
		return true
	}
	tol := checker.Tolerance{Relative: 0.05, Approx: 0.2}
	for _, fa := range forces {
		for _, fb := range forces {
			a, b := withForce(days(42, 42), fa), withForce(days(112, 112), fb)
			_, bad := conflict(a, b, tol)
			got := comparable(a, b) && bad
			if got != want(fa, fb) {
				t.Errorf("%q vs %q: contradiction %v, want %v", fa, fb, got, want(fa, fb))
			}
			// Overlapping values never contradict, whatever the force.
			if _, bad := conflict(withForce(days(42, 70), fa), withForce(days(56, 84), fb), tol); bad {
				t.Errorf("%q vs %q: overlapping ranges reported", fa, fb)
			}
		}
	}
}

func TestSameTopic(t *testing.T) {
	base := days(42, 42)
	for _, tc := range []struct {
		name string
		edit func(*claims.Claim)
		same bool
	}{
		{"identical", func(*claims.Claim) {}, true},
		{"other subject", func(c *claims.Claim) { c.Subject = claims.PHP }, false},
		{"other population", func(c *claims.Claim) { c.Population = "adolescent" }, false},
		{"a variant", func(c *claims.Claim) { c.Variant = "evening" }, false},
		{"other scope", func(c *claims.Claim) { c.Scope = claims.Provider }, false},
		{"attributed", func(c *claims.Claim) { c.Attribution = "ASAM" }, false},
	} {
		o := days(112, 112)
		tc.edit(o)
		if got := sameTopic(base, o) && keyOf(base) == keyOf(o); got != tc.same {
			t.Errorf("%s: same topic %v, want %v", tc.name, got, tc.same)
		}
	}
}

func TestNegatedAndBool(t *testing.T) {
	tol := checker.Tolerance{Relative: 0.05}
	yes, no := true, false
	offer := &claims.Claim{Kind: claims.DetoxOffered, Subject: claims.IOP, Value: &yes}
	deny := &claims.Claim{Kind: claims.DetoxOffered, Subject: claims.IOP, Value: &no, Polarity: claims.Negated}
	if _, bad := conflict(offer, deny, tol); !bad {
		t.Error("offers detox vs does not offer detox: no contradiction")
	}
	not90 := days(90, 90)
	not90.Polarity = claims.Negated
	if _, bad := conflict(not90, days(90, 90), tol); !bad {
		t.Error("not 90 days vs 90 days: no contradiction")
	}
	if _, bad := conflict(not90, days(30, 30), tol); bad {
		t.Error("not 90 days vs 30 days: reported")
	}
	if _, bad := conflict(not90, not90, tol); bad {
		t.Error("two denials: reported")
	}
}

func TestVariantOfNamedLength(t *testing.T) {
	for text, want := range map[string]string{
		"30-day": "30-day", "28 Day": "28-day", "60–90 Day": "60–90-day",
		"30 days": "", "1-day": "", "one week": "", "8 weeks": "",
	} {
		c := days(30, 30)
		c.Text = text
		if got := variantOf(c); got != want {
			t.Errorf("variantOf(%q) = %q, want %q", text, got, want)
		}
	}
}

func TestTimetable(t *testing.T) {
	for text, want := range map[string]bool{
		"9am to 2pm": true, "9 a.m. to 12 noon": true, "1 p.m. to 4:15 p.m.": true, "5:30 - 9 PM": true,
		"3 hours a day": false, "9 to 15 hours": false, "12 weeks": false,
	} {
		if got := timetable(&claims.Claim{Text: text}); got != want {
			t.Errorf("timetable(%q) = %v, want %v", text, got, want)
		}
	}
	open := &claims.Claim{Kind: claims.DaysPerWeek, Text: "seven days a week", Sentence: "Phones are answered from 6 p.m. to 12 a.m., seven days a week."}
	meets := &claims.Claim{Kind: claims.DaysPerWeek, Text: "five days a week", Sentence: "Our IOP meets five days a week."}
	block := &claims.Claim{Kind: claims.DaysPerWeek, Text: "three days a week", Max: ptr(3.0),
		Sentence: "Our track meets three days a week in three-hour blocks, 9 a.m. to noon."}
	if timetable(block) {
		t.Errorf("meeting days beside a block's clock time are the program's days, not a timetable's")
	}
	if !timetable(open) || timetable(meets) {
		t.Errorf("days beside clock times: timetable %v, %v; want true, false", timetable(open), timetable(meets))
	}
}

// clockTimeRE is what hasClockTime scans for.
var clockTimeRE = regexp.MustCompile(`(?i)\d\s*(a\.?m\b|p\.?m\b|a\.m\.|p\.m\.|:\d\d)|\bnoon\b|\bmidnight\b`)

func TestHasClockTimeIsTheRegexp(t *testing.T) {
	// Pieces that make and unmake a match, joined at random: digits,
	// each kind of space (and \v, which \s leaves out), the letters and
	// dots of "a.m.", word characters and non-ASCII letters at the
	// boundaries, the Kelvin sign that (?i) folds to k.
	pieces := []string{"0", "7", "12", " ", "\t", "\n", "\f", "\r", "\v", "a", "A", "p", "P", "m", "M", ".", ":",
		"noon", "NOON", "Noon", "midnight", "MIDNIGHT", "n", "o", "x", "_", "é", "\u212a", "-", "am", "pm", "a.m."}
	r := rand.New(rand.NewPCG(7, 8))
	for range 200_000 {
		var b strings.Builder
		for range 1 + r.IntN(7) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		s := b.String()
		if got, want := hasClockTime(s), clockTimeRE.MatchString(s); got != want {
			t.Fatalf("hasClockTime(%q) = %v, the regexp says %v", s, got, want)
		}
	}
	for _, s := range []string{"Groups meet 9 a.m. to 12 p.m.", "from 6pm", "at 10:30", "by noon", "until midnight.",
		"3 amenities", "5 pm-ish", "afternoon", "midnights", "10 :3", "4 a. m.", "Weekly 3 days"} {
		if got, want := hasClockTime(s), clockTimeRE.MatchString(s); got != want {
			t.Errorf("hasClockTime(%q) = %v, the regexp says %v", s, got, want)
		}
	}
}

// "as little as six hours a week" is a floor to claims but the short end
// it names to the comparisons: reference and within-page alike read it as
// six hours.
func TestLowEnd(t *testing.T) {
	six := 6.0
	c := &claims.Claim{Kind: claims.HoursPerWeek, Subject: claims.IOP, Min: &six, Qualifier: claims.AtLeast, Text: "As little as six hours a week"}
	got := lowEnd(c)
	if got == c || got.Max == nil || *got.Max != 6 || got.Qualifier != claims.Exact {
		t.Errorf("lowEnd(%q) = %+v, want 6..6 exact", c.Text, got)
	}
	if c.Max != nil {
		t.Error("lowEnd changed its argument")
	}
	d := &claims.Claim{Kind: claims.HoursPerWeek, Subject: claims.IOP, Min: &six, Qualifier: claims.AtLeast, Text: "at least six hours a week"}
	if lowEnd(d) != d {
		t.Error("lowEnd changed a plain floor")
	}
}

func TestNamedLengthInMatchesExpression(t *testing.T) {
	for _, s := range []string{"30-day", "30 Day", "six-week", "8-12 week", "8 – 12 week", "28 DAY", "one-year", "3-month",
		"30 days", "6 hours a week", "a week", "twelve weeks", "", "day", "wee\u212a", "2-wee\u212a", "90-day program"} {
		got, want := namedLengthIn(s), namedLength.FindStringSubmatch(s)
		if !slices.Equal(got, want) {
			t.Errorf("namedLengthIn(%q) = %q, the expression gives %q", s, got, want)
		}
	}
}

// adolescent and scheduleLabel read ASCII text without lowering it; they
// answer as the lowering readings they replaced, on ASCII and not.
func TestASCIIReadingsMatchLowering(t *testing.T) {
	adolescentByFields := func(s string) bool {
		for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !('a' <= r && r <= 'z') }) {
			for _, p := range adolescentStems {
				if strings.HasPrefix(w, p) {
					return true
				}
			}
		}
		return false
	}
	scheduleByLower := func(s string) bool {
		t := strings.ToLower(strings.TrimLeft(s, " -•*–—"))
		return slices.ContainsFunc(scheduleLabels, func(l string) bool { return strings.HasPrefix(t, l) })
	}
	for _, s := range []string{
		"Our Teen IOP meets after school.", "Adolescents attend four afternoons.", "For YOUTH ages 13-17",
		"canteen hours", "steens", "a-teen", "minors only", "minor", "Adolescence", "9teen", "teen's group", "TEEN",
		"Schedule: Monday to Friday", " - Program Schedule: 9 a.m.", "• weekly schedule: three days", "PROGRAM HOURS: 9-3",
		"Program day: Monday", "Program days: Monday", "Schedule", "schedule :", "Scheduled visits",
		"Teens — évening groups", "Programme schedule:", "Schedule\u212a:", "wee\u212aly schedule: Monday", "ＴＥＥＮ groups", "",
	} {
		if got, want := adolescent(s), adolescentByFields(s); got != want {
			t.Errorf("adolescent(%q) = %v, want %v", s, got, want)
		}
		if got, want := scheduleLabel(s), scheduleByLower(s); got != want {
			t.Errorf("scheduleLabel(%q) = %v, want %v", s, got, want)
		}
	}
}
func TestHostLetters(t *testing.T) {
	for addr, want := range map[string]string{
		"northgate-recovery.org/php":  "northgaterecovery",
		"gullpoint.example":           "gullpoint",
		"":                            "",
		"Blue-Mesa.com/programs/iop/": "bluemesa",
	} {
		if got := hostLetters(addr); got != want {
			t.Errorf("hostLetters(%q) = %q, want %q", addr, got, want)
		}
	}
}

func TestAlternatives(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"60 or 90 days", true},
		{"30, 60 or 90 days", true},
		{"4 or 12 weeks", true},
		{"two or three times a week", false},
		{"4 or 5 days", false},
		{"90 days or more", false},
		{"a week or longer", false},
		{"three to five days a week", false},
	} {
		if got := alternatives(&claims.Claim{Text: tc.text}); got != tc.want {
			t.Errorf("alternatives(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}
