package checker

import "testing"

func TestCountryOf(t *testing.T) {
	for addr, want := range map[string]string{
		"www.wales.nhs.uk/services/day": "uk",
		"clinic.example.ie":             "ie",
		"rehab.example.com.au/iop":      "au",
		"county.example.ca.us/php":      "us",
		"rehab.example.com/iop":         "",
		"recovery.example.io/iop":       "",
		"dr.example.md":                 "",
		"localhost":                     "",
		"":                              "",
		"files.example.eu/page":         "",
		"site.example.uk.com/iop":       "",
	} {
		if got := CountryOf(addr); got != want {
			t.Errorf("CountryOf(%q) = %q, want %q", addr, got, want)
		}
	}
}

func TestFactAppliesTo(t *testing.T) {
	us := ReferenceFact{Country: "us"}
	everywhere := ReferenceFact{}
	for _, c := range []struct {
		f    ReferenceFact
		addr string
		want bool
	}{
		{us, "www.wales.nhs.uk/day", false},
		{us, "rehab.example.com/iop", true},
		{us, "", true},
		{us, "county.example.ca.us/php", true},
		{everywhere, "www.wales.nhs.uk/day", true},
	} {
		if got := c.f.AppliesTo(c.addr); got != c.want {
			t.Errorf("%+v.AppliesTo(%q) = %v, want %v", c.f, c.addr, got, c.want)
		}
	}
}
