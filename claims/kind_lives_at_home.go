package claims

import "strings"

// matchLivesAtHome reads whether clients live at home during a program
// ("clients live at home", "return home each night") or at the facility
// ("you must live at the facility", "reside on-site").
func matchLivesAtHome(s *sentence) (bool, int, int, bool) {
	// Every cue has one of these words; most sentences have none.
	if !strings.Contains(s.lower, "home") && !strings.Contains(s.lower, "liv") && !strings.Contains(s.lower, "resid") &&
		!strings.Contains(s.lower, "stay") && !strings.Contains(s.lower, "sleep") && !strings.Contains(s.lower, "overnight") {
		return false, 0, 0, false
	}
	c, at, ok := findCue(s.lower, homeCues)
	if !ok {
		return false, 0, 0, false
	}
	v := !c.neg
	if negated(s.lower, at) {
		v = !v
	}
	return v, at, at + len(c.text), true
}

var homeCues = []cue{
	{"live at home", false}, {"lives at home", false}, {"living at home", false},
	{"stay at home", false}, {"stays at home", false}, {"staying at home", false},
	{"sleep at home", false}, {"sleep in their own beds", false}, {"sleep in your own bed", false},
	{"return home", false}, {"returns home", false}, {"go home at night", false},
	{"go home each night", false}, {"go home every night", false}, {"return home each night", false},
	{"live at the facility", true}, {"live in the facility", true}, {"live on-site", true},
	{"live onsite", true}, {"live on site", true}, {"reside at the facility", true},
	{"reside on-site", true}, {"reside onsite", true}, {"live at the center", true},
	{"live at our facility", true}, {"live in our facility", true}, {"stay overnight", true},
	{"lives at the facility", true}, {"living at the facility", true}, {"living on-site", true},
}

func init() {
	register(KindSpec{
		ID: LivesAtHome, Label: "clients live at home", Bool: true,
		Examples: []KindExample{
			{"In our IOP, clients live at home and attend sessions.", "iop true"},
			{"Residential clients live at the facility.", "residential false"},
		},
	})
}
