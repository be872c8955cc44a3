package checker

import "testing"

func TestPageAddress(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		same bool
	}{
		{"https://staging.alder.com/programs/php/", "https://www.alder.com/programs/php/index.html", true},
		{"https://alder.com/programs/php", "https://dev.alder.com/programs/php/", true},
		{"https://phoenix.desertbloom.com/programs/iop/", "https://mesa.desertbloom.com/programs/iop/", false},
		{"https://www.alder.com/programs/php/", "https://www.alder.com/programs/iop/", false},
		{"https://www.alder.com/php/", "https://www.birch.com/php/", false},
	} {
		if got := pageAddress(tc.a) == pageAddress(tc.b); got != tc.same {
			t.Errorf("%s and %s: same page %v, want %v (%q, %q)", tc.a, tc.b, got, tc.same, pageAddress(tc.a), pageAddress(tc.b))
		}
	}
	if a := pageAddress(""); a != "" {
		t.Errorf("no address: %q", a)
	}
}
