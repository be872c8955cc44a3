package claims

// matchDetox reads whether a program offers detox. It needs a detox word
// and an offering verb about it ("detox is available", "we offer medical
// detox", "assist in detoxification"), or a denial ("do not include
// detoxification", "a lack of … detox programs", "no detox"). Mentions
// that only recommend or describe detox say nothing about the program.
func matchDetox(s *sentence) (bool, int, int, bool) {
	d := -1
	dEnd := -1
	for _, m := range s.mentions {
		if m.subject == Detox {
			d, dEnd = m.start, m.end
			break
		}
	}
	if d < 0 {
		return false, 0, 0, false
	}
	lower := s.lower
	// A denial before the detox word: "lack of medical care and detox".
	if c, at, ok := findLastCue(lower[:d], detoxBefore); ok && d-at < 60 && (!adjacentOnly[c.text] || d-at-len(c.text) < 20) {
		v := !c.neg
		if negated(lower, at) {
			v = !v
		}
		if !v || !clauseBreak(lower[at:d]) {
			start, end := spanAround(at, at+len(c.text), d, dEnd)
			return v, start, end, true
		}
	}
	// An offering phrase after it: "detoxification is available".
	rest := lower[dEnd:]
	if c, at, ok := findCue(rest, detoxAfter); ok && at < 40 && !clauseBreak(rest[:at]) {
		v := !c.neg
		if negated(rest, at) {
			v = !v
		}
		return v, d, dEnd + at + len(c.text), true
	}
	return false, 0, 0, false
}

// adjacentOnly cues are common words that govern detox only right before it.
var adjacentOnly = wordSet("no", "without")

func clauseBreak(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == ';' || s[i] == '.' || s[i] == ':' {
			return true
		}
	}
	return false
}

var detoxBefore = []cue{
	{"lack of", true}, {"no", true}, {"without", true},
	{"offer", false}, {"offers", false}, {"offered", false}, {"offering", false},
	{"provide", false}, {"provides", false}, {"providing", false},
	{"include", false}, {"includes", false}, {"including", false},
	{"assist in", false}, {"assists in", false}, {"assist with", false}, {"assists with", false},
	{"on-site", false}, {"onsite", false}, {"in-house", false},
}

var detoxAfter = []cue{
	{"is available", false}, {"are available", false}, {"is offered", false}, {"are offered", false},
	{"is provided", false}, {"are provided", false}, {"is included", false}, {"is also available", false},
	{"is also offered", false}, {"services are available", false}, {"is not available", true},
	{"is not offered", true}, {"is not provided", true}, {"isn't available", true}, {"isn’t available", true},
	{"isn't offered", true}, {"isn’t offered", true}, {"is unavailable", true},
}

func init() {
	register(KindSpec{
		ID: DetoxOffered, Label: "detox offered", Bool: true,
		Examples: []KindExample{
			{"Our residential program offers medical detox on site.", "residential true"},
			{"The IOP does not provide detox services.", "iop false"},
			{"Detox is not available in our outpatient program.", "op false"},
			{"Many IOPs are unable to provide detox.", "iop false"},
			{"IOPs rarely include detox.", "iop false"},
			{"Our IOP does not include detoxification.", "iop false"},
			{"Detox is the first step before any program.", ""},
		},
	})
}
