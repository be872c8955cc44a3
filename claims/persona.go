package claims

import (
	"strings"

	"github.com/factlint/factlint/internal/prefilter"
)

// persona follows an imagined client through a worked example: "Picture a
// hypothetical client, and we'll call her Ana. She finishes 7 days of
// detox and 12 weeks of IOP. Add it all up and …". The figures of the story
// are the example's, not the program's; only the sentence with the cue
// ("suppose", "for example") says so by itself, and the story goes on
// after it.
type persona struct {
	// name is the client's name, "" while the story has given none.
	name string
	// block is the block whose sentences from off on tell the story, -1
	// when none does.
	block, off int
}

// note reads s for a story's opening: an introduced client makes the rest
// of the block the story's, and a sentence that opens on the client's name
// later on the page starts the story again in its own block.
func (p *persona) note(s *sentence) {
	// ("Example" / "Maria feels anxious … She goes three evenings a
	// week": a block under a heading that calls it an example is the
	// example's, whoever it follows.)
	// (Not a paragraph that opens in the provider's own voice: "Example"
	// over "Our IOP meets 3 hours a day" states the program's schedule.)
	if s.off == 0 && !isHeading(s.block.Kind) && len(s.block.Headings) > 0 && exampleHeading(s.block.Headings[len(s.block.Headings)-1]) && !providerOpens(s.lower) {
		p.name, p.block, p.off = "", s.bi, 0
		return
	}
	if name, ok := personaIntro(s); ok {
		if name != "" {
			p.name = name
		}
		if !isHeading(s.block.Kind) {
			p.block, p.off = s.bi, s.off
		}
		return
	}
	if p.name != "" && opensOnName(s.text, p.name) {
		p.block, p.off = s.bi, s.off
	}
}

// tells reports that s is a sentence of the story. (A sentence in the
// provider's own voice that does not name the client is the provider's
// again: "Imagine you could keep your job. Our IOP meets three evenings a
// week.")
func (p *persona) tells(s *sentence) bool {
	if p.block != s.bi || s.off < p.off || isHeading(s.block.Kind) {
		return false
	}
	return s.off == p.off || !hasWord(s.lower, "our", "we", "us") || p.name != "" && hasWord(s.text, p.name)
}

// imagined is an indefinite client made up for the page: "a hypothetical
// client", "a composite patient", "a fictional example", or a sentence
// that sets one up: "Say a client attends four mornings a week".
var imagined = prefilter.MustCompile(`^\W*(?:say|suppose|imagine|picture)\s+(?:a|an|someone|you|your|one)\b|\b(?:a|an|one|our)\s+(?:hypothetical|composite|fictional|imaginary|made-up)\s+(?:[a-z-]+\s+)?(?:client|patient|person|individual|case|adult|teen|teenager|resident|parent|example|scenario)\b|\bnot\s+a\s+real\s+(?:client|patient|person)\b`)

// calledName is the name a story gives its client: "we'll call her Ana".
var calledName = prefilter.MustCompile(`\b(?:[Ww]e(?:'ll|’ll|\s+will)|[Ll]et(?:'s|’s|\s+us)|I(?:'ll|’ll|\s+will))\s+call\s+(?:him|her|them)\s+["“]?([A-Z][a-z]+)\b`)

// metName introduces a client by name and who they are: "Meet Tom, a
// 41-year-old contractor", "Take Priya, 29,", "Meet \"Lena\" (a
// composite, not a real patient)". The description keeps out staff
// ("Meet Dana, our clinical director"). A comma may sit inside the quotes:
// `Consider "Rafa," 37, who …`.
var metName = prefilter.MustCompile(`^\W*(?:Meet|Take|Consider)\s+["“]?([A-Z][a-z]+)["”]?\s*[,(:—–-]["”]?\s*(?:an?\s+)?(?:\d{2}\b|[a-z]+-year-old\b|composite\b|hypothetical\b|fictional\b|imaginary\b)`)

// agedName opens on a client's name and age: "Lena is 52, works
// nights", "Ana is a 27-year-old nurse".
var agedName = prefilter.MustCompile(`^\W*([A-Z][a-z]+)\s+is\s+(?:an?\s+)?(?:\d{2}-year-old\b|\d{2},\s+(?:and\s+)?[a-z]+s\b)`)

// personaIntro reports a sentence that brings in an imagined client, and
// the client's name when it gives one.
//
// Every sentence of a page asks, and few bring anyone in: each expression
// runs only past a plain look for the words it needs.
func personaIntro(s *sentence) (name string, ok bool) {
	text, lower := s.text, s.lower
	first := firstWord(strings.TrimLeft(lower, " \"“*•-"))
	if s.contains(" call ") {
		if m := calledName.FindStringSubmatch(text); m != nil {
			return m[1], true
		}
	}
	switch first {
	case "meet", "take", "consider":
		if m := metName.FindStringSubmatch(text); m != nil {
			return m[1], true
		}
	case "say", "suppose", "imagine", "picture":
		return "", imagined.MatchString(lower)
	}
	if strings.Contains(lower, " is ") && strings.ContainsAny(lower, "0123456789") {
		if m := agedName.FindStringSubmatch(text); m != nil {
			return m[1], true
		}
	}
	if s.containsAny("hypothetical", "composite", "fictional", "imaginary", "made-up", "not a real") {
		return "", imagined.MatchString(lower)
	}
	return "", false
}

// opensOnName reports a sentence whose subject is the named client:
// "Lena finishes PHP …", "When Lena finishes PHP, she …".
func opensOnName(text, name string) bool {
	t := strings.TrimLeft(text, " \"“")
	for _, w := range []string{"When ", "If ", "After ", "Once ", "Before ", "By the time ", "Then "} {
		if r, ok := strings.CutPrefix(t, w); ok {
			t = r
			break
		}
	}
	r, ok := strings.CutPrefix(t, name)
	return ok && (r == "" || !isWordByte(r[0]))
}

// exampleHeading reports a heading that calls what follows it an example:
// "Example", "A real-life example", "Case study". ("Example schedule" and
// "Examples of …" head other things, and "For example:" leads into a
// list, not a section.)
func exampleHeading(h string) bool {
	switch strings.Trim(lowerASCII(h), " :.!-*#") {
	case "example", "an example", "case example", "example case", "example scenario", "a sample scenario", "sample scenario",
		"real-life example", "a real-life example", "real life example", "a real life example", "case study", "a case study":
		return true
	}
	return false
}

// providerOpens reports a sentence that opens in the provider's own voice:
// "Our IOP meets …", "We offer …" ("One resident stayed 45 days in our
// program" tells a story).
func providerOpens(lower string) bool {
	switch firstWord(strings.TrimLeft(lower, " \"“*•-")) {
	case "our", "we", "at":
		return true
	}
	return false
}
