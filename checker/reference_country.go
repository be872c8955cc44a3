package checker

import "strings"

// CountryOf returns the country a page's address places it in: the
// country-code top-level domain of its host ("www.wales.nhs.uk/…" is
// "uk"), or "" when the host's domain is generic (.com, .org), missing, or
// a country code that sites take for its letters (.io, .co, .md, .tv).
func CountryOf(address string) string {
	host := address
	if k := strings.IndexByte(host, '/'); k >= 0 {
		host = host[:k]
	}
	k := strings.LastIndexByte(host, '.')
	if k < 0 {
		return ""
	}
	tld := strings.ToLower(host[k+1:])
	if !twoLetterCode(tld) || genericCountryCodes[tld] {
		return ""
	}
	return tld
}

// twoLetterCode reports c as a country domain code's shape: two lower-case
// letters.
func twoLetterCode(c string) bool {
	return len(c) == 2 && c[0] >= 'a' && c[0] <= 'z' && c[1] >= 'a' && c[1] <= 'z'
}

// genericCountryCodes are country codes used as generic domains, for
// their letters ("rehab.md", "recovery.io") rather than their country;
// "eu" is no country.
var genericCountryCodes = map[string]bool{
	"ac": true, "ai": true, "am": true, "cc": true, "co": true, "eu": true, "fm": true, "gg": true, "io": true, "la": true, "ly": true,
	"md": true, "me": true, "nu": true, "sh": true, "so": true, "tk": true, "to": true, "tv": true, "vc": true, "ws": true,
}

// AppliesTo reports whether f holds for the page at address: a fact of one
// country's rules holds for pages of that country and of no known
// country, not for a page served from another country's domain.
func (f ReferenceFact) AppliesTo(address string) bool {
	return f.Country == "" || f.AppliesIn(CountryOf(address))
}

// AppliesIn is AppliesTo for a page whose address's country (CountryOf)
// is already known: the reference check reads it once a page, not once
// a fact.
func (f ReferenceFact) AppliesIn(country string) bool {
	return f.Country == "" || country == "" || country == f.Country
}
