package checks

import (
	"slices"
	"strings"

	"github.com/factlint/factlint/checker"
	"github.com/factlint/factlint/claims"
)

// addressProgram returns the program a page's address is named for: the
// page of one program on its provider's site ("example.org/residential",
// "example.org/programs/intensive-outpatient-program"), "" for any other
// page. An explainer's address says more than the program's name
// ("/what-is-an-iop", "/iop-vs-php") and names none here.
func addressProgram(addr string) claims.Subject {
	k := strings.LastIndexByte(addr, '/')
	if k < 0 || articleAddress(addr) {
		return claims.NoSubject
	}
	var words []string
	for _, w := range strings.FieldsFunc(addr[k+1:], func(r rune) bool { return r == '-' || r == '_' || r == '.' }) {
		if !programFiller[w] {
			words = append(words, w)
		}
	}
	return programWords[strings.Join(words, " ")]
}

// programWords are the names of programs an address may be named for.
var programWords = map[string]claims.Subject{
	"iop": claims.IOP, "intensive outpatient": claims.IOP,
	"php": claims.PHP, "partial hospitalization": claims.PHP, "day": claims.PHP,
	"residential": claims.Residential, "inpatient": claims.Residential,
	"detox": claims.Detox, "medical detox": claims.Detox, "withdrawal management": claims.Detox,
}

// programFiller are the words an address adds to a program's name.
var programFiller = map[string]bool{"program": true, "programs": true, "treatment": true, "care": true, "services": true,
	"html": true, "htm": true, "rehab": true, "level": true}

// articleSegments are the folders of a site's writing about programs in
// general, about its clients, staff or partners: no page in them presents
// a program.
var articleSegments = map[string]bool{"blog": true, "blogs": true, "articles": true, "article": true, "news": true,
	"resources": true, "insights": true, "learn": true, "guides": true, "guide": true, "stories": true, "story": true,
	"testimonials": true, "careers": true, "jobs": true, "partners": true, "press": true, "alumni": true, "family": true}

// articleAddress reports an address in a folder of writing about
// programs, clients, staff or partners (articleSegments).
func articleAddress(addr string) bool {
	for _, seg := range strings.Split(addr, "/") {
		if articleSegments[seg] {
			return true
		}
	}
	return false
}

// appendNew appends s to own unless own holds it.
func appendNew(own []claims.Subject, s claims.Subject) []claims.Subject {
	if slices.Contains(own, s) {
		return own
	}
	return append(own, s)
}

// siteOwnPrograms returns, by site, the programs some page of the site
// gives in its provider's voice or says its provider runs.
func siteOwnPrograms(docs []*checker.DocClaims) map[string][]claims.Subject {
	out := map[string][]claims.Subject{}
	for _, d := range docs {
		own := out[d.Site]
		for i := range d.Claims {
			if c := &d.Claims[i]; c.Scope == claims.Provider && !denial(c) {
				own = appendNew(own, c.Subject)
			}
		}
		for _, s := range d.Offered {
			own = appendNew(own, s)
		}
		if len(own) > 0 {
			out[d.Site] = own
		}
	}
	return out
}
