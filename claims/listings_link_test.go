package claims

import "testing"

// A menu link to a site's listings says nothing of the page it is on; a
// count of listings, or a note about them, says the page is a directory.
func TestListingsLink(t *testing.T) {
	for _, tc := range []struct {
		line string
		link bool
	}{
		{"view all listings", true},
		{"browse listings »", true},
		{"see more listings", true},
		{"all listings", false},
		{"search listings:", false},
		{"home | view all listings | live chat", true},
		{"home · view all listings · 12 listings near you", false},
		{"showing 4 of 12 listings", false},
		{"listings are supplied by providers", false},
		{"our listings", false},
		{"view all listings in your area today", false},
	} {
		if got := listingsLink(tc.line); got != tc.link {
			t.Errorf("%q: link %v, want %v", tc.line, got, tc.link)
		}
	}
}
