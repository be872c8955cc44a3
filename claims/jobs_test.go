package claims

import "testing"

// A title names one job when it is the careers section and one page
// under it; a menu, a longer path or a title that only opens on the word
// names none.
func TestJobTitle(t *testing.T) {
	for _, c := range []struct {
		title string
		want  bool
	}{
		{"careers › recovery counselor", true},
		{"careers | peer mentor", true},
		{"careers: night technician (residential)", true},
		{"careers | donate | patient portal | contact", false},
		{"careers › meet our team › dana ruiz, ladc", false},
		{"careers and recovery: keeping your job during treatment", false},
		{"careers contact us patient portal", false},
		{"careers", false},
		{"our careers page", false},
	} {
		if got := jobTitle(c.title); got != c.want {
			t.Errorf("jobTitle(%q) = %v, want %v", c.title, got, c.want)
		}
	}
}
