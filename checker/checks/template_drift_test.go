package checks

import (
	"maps"
	"slices"
	"testing"

	"github.com/factlint/factlint/checker"
	"github.com/factlint/factlint/claims"
)

// weeks is an IOP program length in weeks on file.
func weeks(file string, lo, hi float64) *claims.Claim {
	c := days(7*lo, 7*hi)
	c.File = file
	return c
}

func member(file string, cs ...*claims.Claim) variant {
	k := key{kind: claims.ProgramLength, subject: claims.IOP}
	v := variant{file: file, claims: map[key][]*claims.Claim{}}
	if len(cs) > 0 {
		v.claims[k] = cs
		v.keys = []key{k}
	}
	return v
}

// A family's medoid need not state every fact its copies state: in a
// family chained from two versions of an article, the canonical page may
// come from the version without the sentence, or state it in the
// provider's voice (another key). The value most copies state is then the
// base, and the copy that departs from it is compared with it.
func TestBaseForSilentCanonical(t *testing.T) {
	k := key{kind: claims.ProgramLength, subject: claims.IOP}
	a, b, c := weeks("b.html", 8, 12), weeks("c.html", 8, 12), weeks("d.html", 3, 5)
	members := []variant{member("a.html"), member("b.html", a), member("c.html", b), member("d.html", c)}
	var s statements
	s.reset()
	fb := s.baseFor(members, 0, k)
	if fb.at != 1 || !slices.Equal(fb.claims, []*claims.Claim{a, b}) {
		t.Fatalf("base = member %d with %v; want member 1 with the two copies stating 8 to 12 weeks", fb.at, fb.claims)
	}

	// No value two members state: no base, nothing compared.
	members = []variant{member("a.html"), member("b.html", a), member("d.html", c)}
	s.reset()
	if fb := s.baseFor(members, 0, k); len(fb.claims) != 0 {
		t.Fatalf("base = member %d with %v; want none when no value is stated twice", fb.at, fb.claims)
	}

	// The canonical page's value, when it states one, stays the base
	// unless more members state another.
	own := weeks("a.html", 3, 5)
	members = []variant{member("a.html", own), member("b.html", a), member("d.html", c)}
	s.reset()
	if fb := s.baseFor(members, 0, k); fb.at != 0 || !slices.Contains(fb.claims, own) || !slices.Contains(fb.claims, c) {
		t.Fatalf("base = member %d with %v; want the canonical page's 3 to 5 weeks with the copy stating it", fb.at, fb.claims)
	}
}

// A claim placed at the site its page's address names is that site's own
// (no drift from another campus's copy); a place elsewhere, or a page with
// no address, is not.
func TestAtOwnSite(t *testing.T) {
	page := &checker.DocClaims{Address: "ridgeharbor.example/campuses/pine-hollow/"}
	for _, tc := range []struct {
		variant string
		doc     *checker.DocClaims
		want    bool
	}{
		{"at pine hollow", page, true},
		{"at alder falls", page, false},
		{"at this location", page, false},
		{"at other locations", page, false},
		{"", page, false},
		{"at pine hollow", &checker.DocClaims{}, false},
	} {
		c := &claims.Claim{Kind: claims.DetoxOffered, Subject: claims.Detox, Variant: tc.variant}
		if got := atOwnSite(c, tc.doc); got != tc.want {
			t.Errorf("atOwnSite(%q, %q) = %v, want %v", tc.variant, tc.doc.Address, got, tc.want)
		}
	}
}

// A qualifier word before the figure tells which stays a sentence speaks
// of ("Longer stays last …"); after it ("…, and later many clients join
// …") it does not, and two copies differing there are one statement.
// The lead is the figure's own clause before it.
func TestStatementWordsQualifiers(t *testing.T) {
	c := &claims.Claim{Text: "about 4 weeks", Sentence: "In Idaho, most stays last about 4 weeks, and later many graduates mentor others."}
	words, lead := statementWords(c)
	if words["later"] {
		t.Errorf("words %v hold the qualifier after the figure", words)
	}
	if want := map[string]bool{"stays": true, "last": true}; !maps.Equal(lead, want) {
		t.Errorf("lead %v, want %v", lead, want)
	}
	c = &claims.Claim{Text: "6 to 8 weeks", Sentence: "Longer stays last 6 to 8 weeks."}
	if words, _ := statementWords(c); !words["longer"] {
		t.Errorf("words %v lose the qualifier before the figure", words)
	}
}
