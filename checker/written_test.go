package checker

import (
	"testing"

	"github.com/factlint/factlint/claims"
)

func TestWrittenValue(t *testing.T) {
	f := func(v float64) *float64 { return &v }
	yes := true
	for _, tc := range []struct {
		c    claims.Claim
		want string
	}{
		{claims.Claim{Kind: claims.ProgramLength, Min: f(28), Max: f(42), Unit: "day", WrittenUnit: "week"}, "4–6 weeks"},
		{claims.Claim{Kind: claims.ProgramLength, Min: f(30.4375), Max: f(30.4375), Unit: "day", WrittenUnit: "month"}, "1 month"},
		{claims.Claim{Kind: claims.ProgramLength, Min: f(90), Unit: "day", WrittenUnit: "day"}, "at least 90 days"},
		{claims.Claim{Kind: claims.SessionLength, Max: f(0.75), Unit: "hour", WrittenUnit: "minute"}, "up to 45 minutes"},
		{claims.Claim{Kind: claims.HoursPerWeek, Min: f(9), Max: f(12), Unit: "hour"}, "9–12 hours"},
		{claims.Claim{Kind: claims.DetoxOffered, Value: &yes}, "yes"},
		// "between two weeks and a month": no tidy figure in weeks.
		{claims.Claim{Kind: claims.ProgramLength, Min: f(14), Max: f(30.4375), Unit: "day", WrittenUnit: "week"}, "14–30.44 days"},
	} {
		if got := WrittenValue(&tc.c); got != tc.want {
			t.Errorf("WrittenValue(%+v) = %q, want %q", tc.c, got, tc.want)
		}
	}
}
