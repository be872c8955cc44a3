package claims

import "testing"

func TestWithoutExtension(t *testing.T) {
	for in, want := range map[string]string{
		"https://www.bayhollow.example/schedule.php":       "https://www.bayhollow.example/schedule",
		"https://www.bayhollow.example/programs/iop.html":  "https://www.bayhollow.example/programs/iop",
		"https://www.bayhollow.example/programs/php/":      "https://www.bayhollow.example/programs/php/",
		"https://www.bayhollow.example/v2.5/iop":           "https://www.bayhollow.example/v2.5/iop",
		"https://www.bayhollow.example/day-treatment.ASPX": "https://www.bayhollow.example/day-treatment",
	} {
		if got := withoutExtension(in); got != want {
			t.Errorf("withoutExtension(%q) = %q, want %q", in, got, want)
		}
	}
}
