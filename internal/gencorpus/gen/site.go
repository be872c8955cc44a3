package gen

import (
	"fmt"
	"math/rand/v2"
)

// site is one provider: a directory of pages sharing a name, a layout and
// the facts only a provider can state, such as whether it offers detox.
type site struct {
	dir      string
	name     string
	domain   string
	place    place
	phone    string
	street   string
	zip      string
	detox    bool
	indented bool // pretty-printed markup: text on its own line, so lines differ from blocks
	founded  int
	pages    []int // indices into the page plan
}

var (
	namePrefixes = []string{"Cedar Ridge", "Harbor Light", "Summit Path", "Willow Creek", "Blue Ridge", "Stonebridge",
		"Riverbend", "Northstar", "Clearwater", "Oak Hollow", "Bright Path", "New Leaf", "Lakeside", "Pine Valley",
		"Silver Creek", "Evergreen", "Red Rock", "Morning Light", "True North", "Hillcrest", "Granite Peak",
		"Open Door", "Seaside", "Maple Grove", "Lighthouse", "Canyon View", "Prairie Wind", "Fresh Start"}
	nameSuffixes = []string{"Recovery", "Treatment Center", "Behavioral Health", "Recovery Center", "Wellness",
		"Addiction Services", "Health", "Counseling Group"}
	streets = []string{"Main Street", "Oak Avenue", "Commerce Drive", "Park Boulevard", "Riverside Drive",
		"Elm Street", "Washington Avenue", "Medical Parkway", "Industrial Way", "Lincoln Road"}
)

func newSite(r *rand.Rand, idx, width int) *site {
	pl := allPlaces[r.IntN(len(allPlaces))]
	prefix := namePrefixes[r.IntN(len(namePrefixes))]
	suffix := nameSuffixes[r.IntN(len(nameSuffixes))]
	name := prefix + " " + suffix
	if r.IntN(3) == 0 {
		name += " of " + pl.City
	}
	return &site{
		dir:      fmt.Sprintf("site-%0*d", width, idx),
		name:     name,
		domain:   fmt.Sprintf("www.%s-%d.example", slugify(prefix+" "+suffix), idx),
		place:    pl,
		phone:    fmt.Sprintf("(%d) 555-%04d", 201+r.IntN(780), r.IntN(10000)),
		street:   fmt.Sprintf("%d %s", 100+r.IntN(9800), streets[r.IntN(len(streets))]),
		zip:      fmt.Sprintf("%05d", 10000+r.IntN(89999)),
		detox:    r.IntN(2) == 0,
		indented: r.IntN(2) == 0,
		founded:  1985 + r.IntN(36),
	}
}
