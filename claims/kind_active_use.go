package claims

import (
	"strings"

	"github.com/factlint/factlint/internal/prefilter"
)

// ServesActiveUse is whether a program takes clients who are still using
// or dependent, as opposed to clients who are already sober. Pages state
// it as whom a program is for ("designed for clients who are already
// sober"; "for clients who are still dependent, PHP is more suitable than
// IOP"), and a page that says both of one program gives readers two
// answers to "can I start here while I am still using?".
const ServesActiveUse Kind = "serves-active-use"

// activeUseHits reads the relative clauses about clients' use ("who are
// still dependent", "who have not attained sobriety", "who are currently
// sober") in two frames: a program is for such clients ("IOP is designed
// for people who …", "not meant for clients who …"), or, for such clients,
// one program is the fit and another is not ("For patients who …, PHP is
// a better fit than IOP"). The "who" clauses of a coordination ("… who are
// sober or who are still using") share the frame of the first, and a
// program for clients who are sober or still using takes both: one claim,
// yes.
func activeUseHits(s *sentence) []boolHit {
	if !s.contains("who") || !s.containsAny(useStems...) {
		return nil // every who-clause about use holds one of its stems
	}
	var out []boolHit
	var g *useGroup
	for w := range wordIndexes(s.lower, "who") {
		end := whoClauseEnd(s.lower, w+len("who"))
		use, ok := activeState(s.lower[w+len("who") : end])
		if !ok {
			out, g = g.hits(out), nil
			continue
		}
		if before := wordBefore(s.lower, w); g != nil && (before == "or" || before == "and/or") {
			g.use = g.use || use
			g.end = end
			continue
		}
		out = g.hits(out)
		g = nil
		if f := s.useFrame(w, end); f != nil {
			g = &useGroup{frame: f, use: use, end: end}
		}
	}
	return g.hits(out)
}

// useGroup is one frame with the who-clauses it governs.
type useGroup struct {
	frame *useFrame
	// use is whether any of the clauses speaks of clients still using.
	use bool
	end int
}

// hits appends the group's statements to out.
func (g *useGroup) hits(out []boolHit) []boolHit {
	if g == nil {
		return out
	}
	f := g.frame
	v := g.use != f.negated
	if f.fit == nil {
		return append(out, boolHit{value: v, start: f.start, end: g.end, subject: f.subject})
	}
	out = append(out, boolHit{value: v, start: f.fit.start, end: f.fitEnd, subject: f.fit.subject})
	if f.unfit != nil {
		// The whole comparison is the quote: "than the IOP" alone says
		// nothing a reader can check.
		out = append(out, boolHit{value: !v, start: f.fit.start, end: f.unfit.end, subject: f.unfit.subject})
	}
	return out
}

// useFrame is how a sentence ties programs to the clients a who-clause
// describes.
type useFrame struct {
	// "IOP is (not) designed for clients who …": the program (empty for
	// the resolver: "It is meant for …"), where the frame starts, and
	// whether it is denied.
	subject Subject
	start   int
	negated bool
	// "For clients who …, PHP is more suitable than IOP": the program that
	// fits and the one it is preferred to.
	fit, unfit *mention
	fitEnd     int
}

// forWhom is a frame's words before the people of a who-clause.
var forWhom = prefilter.MustCompile(`\b(?:(designed|intended|meant|built|created|tailored|geared|reserved|ideal|best|suited|suitable|appropriate|recommended|right|a good fit|a fit|is|are)\s+for|serves?|accepts?|admits?)\s+(?:(?:adult|adolescent|young|teen|older|the|any|all|many)\s+)*$`)

// people are the heads a who-clause about clients hangs from.
var people = wordSet("clients", "client", "patients", "patient", "people", "person", "persons", "individuals", "individual",
	"those", "adults", "adolescents", "teens", "anyone", "someone", "men", "women", "residents", "participants", "members")

func (s *sentence) useFrame(who, end int) *useFrame {
	noun := wordBefore(s.lower, who)
	if !people[noun] {
		return nil
	}
	ni := lastIndex(s.lower[:who], noun)
	lead := s.lower[:ni]
	// "For clients who …, PHP is more suitable than IOP."
	if t := strings.TrimSpace(lead); t == "for" || strings.HasSuffix(t, ", for") {
		return s.fitFrame(end)
	}
	m := forWhom.FindStringSubmatchIndex(lead)
	if m == nil {
		return nil
	}
	f := &useFrame{start: m[0]}
	f.negated = negated(s.lower, m[0])
	for i := range s.mentions {
		p := &s.mentions[i]
		if p.end <= m[0] && programSubject(p.subject) && !p.contrast {
			f.subject = p.subject
		}
	}
	return f
}

// fitFrame reads the main clause after "For clients who …,": the first
// program named is the one that fits them (unless denied: "IOP is not
// appropriate"), and one after "than", "instead of" or "rather than" is
// the one that does not.
func (s *sentence) fitFrame(end int) *useFrame {
	f := &useFrame{}
	for i := range s.mentions {
		p := &s.mentions[i]
		if p.start < end || !programSubject(p.subject) {
			continue
		}
		if f.fit == nil {
			f.fit = p
			continue
		}
		if p.subject == f.fit.subject {
			continue // "partial hospitalization program (PHP)"
		}
		if comparator.MatchString(s.lower[f.fit.end:p.start]) {
			f.unfit = p
		}
		break
	}
	if f.fit == nil {
		return nil
	}
	cue := fitCue.FindStringIndex(s.lower[f.fit.end:])
	if cue == nil || f.unfit != nil && f.fit.end+cue[0] > f.unfit.start {
		return nil
	}
	f.fitEnd = f.fit.end + cue[1]
	f.negated = negated(s.lower, f.fit.end+cue[0])
	return f
}

// comparator introduces the program another is preferred to.
var comparator = prefilter.MustCompile(`\b(?:than|instead of|rather than|over)\b`)

// fitCue is the main clause's verdict on the program it names first.
var fitCue = prefilter.MustCompile(`\b(?:more suitable|better suited|more appropriate|a better fit|a better choice|better|suitable|appropriate|recommended|the right choice|the best choice|the best fit|ideal)\b`)

// whoClauseEnd is where the relative clause starting at i ends: a comma,
// a semicolon or the next coordinated "who".
func whoClauseEnd(lower string, i int) int {
	end := len(lower)
	if k := strings.IndexAny(lower[i:], ",;:()"); k >= 0 {
		end = i + k
	}
	if k := indexWord(lower, "who", i); k >= 0 && k < end {
		end = k
		for _, c := range []string{"and/or", "or", "and"} {
			if w := wordBefore(lower, k); w == c {
				end = lastIndex(lower[:k], c)
				break
			}
		}
	}
	return len(strings.TrimRight(lower[:end], " .!?"))
}

// activeState reads what a who-clause says of clients' use: true for still
// using or dependent ("are still dependent", "still have drugs in their
// system", "have not attained sobriety"), false for sober ("are currently
// sober", "are not actively dependent", "no longer use"). Each conjunct
// ("… and/or …") carries its own negation.
func activeState(clause string) (use, ok bool) {
	if !mentionsUse(clause) {
		return false, false
	}
	mixed := false
	for _, part := range splitConjuncts(clause) {
		v, found := conjunctState(part)
		if !found {
			continue
		}
		mixed = mixed || ok && v != use
		use, ok = use || v, true
	}
	// "who are sober or still using" is both kinds of client; "who are
	// sober and still using" is no client at all.
	if mixed && !strings.Contains(clause, " or ") {
		return false, false
	}
	return use, ok
}

// mentionsUse is a cheap test in front of the cue expressions: "who"
// clauses are common ("for those who need structure"), clauses about use
// are not.
func mentionsUse(clause string) bool {
	for _, stem := range useStems {
		if strings.Contains(clause, stem) {
			return true
		}
	}
	return false
}

var useStems = []string{"depend", "using", "drink", "system", "addict", "withdraw", "sober", "sobriety", "abstin"}

func splitConjuncts(clause string) []string {
	var out []string
	for {
		k := -1
		for _, c := range []string{" and/or ", " or ", " and "} {
			if i := strings.Index(clause, c); i >= 0 && (k < 0 || i < k) {
				k = i
			}
		}
		if k < 0 {
			return append(out, clause)
		}
		out = append(out, clause[:k])
		clause = clause[k+1:]
	}
}

var (
	// usingCue marks a conjunct about clients still using or dependent.
	usingCue = prefilter.MustCompile(`\b(?:(?:actively|still|physically|chemically|currently)\s+(?:dependent|using|drinking|addicted)|dependent on|(?:drugs|alcohol|substances)\s+in\s+(?:their|the|your)\s+system|in active addiction|in withdrawal)\b`)
	// soberCue marks a conjunct about clients who are sober.
	soberCue = prefilter.MustCompile(`\b(?:sober|sobriety|abstinent|abstinence)\b`)
	// useNegator denies the state its conjunct names.
	// "who need to achieve abstinence" are not abstinent yet.
	useNegator = prefilter.MustCompile(`\bnot\b|n't\b|n’t\b|\bno longer\b|\byet to\b|\bnever\b|\bno\b|\bto (?:achieve|attain|reach|get|find|establish|begin|start)\b|\btowards?\b|\bseek(?:s|ing)?\b`)
)

// soberState finds the first sober word of part that says clients are
// sober: "sober living", "a sober house" are housing, not a state.
func soberState(part string) []int {
	for _, loc := range soberCue.FindAllStringIndex(part, -1) {
		switch wordAfter(part, loc[1]) {
		case "living", "house", "houses", "home", "homes", "housing", "residence", "residences", "community", "communities", "companion", "companions", "coach", "coaches":
			continue
		}
		return loc
	}
	return nil
}

func conjunctState(part string) (use, ok bool) {
	var at int
	using := strings.Contains(part, "depend") || strings.Contains(part, "using") || strings.Contains(part, "drinking") ||
		strings.Contains(part, "addict") || strings.Contains(part, "system") || strings.Contains(part, "withdrawal")
	sober := strings.Contains(part, "sober") || strings.Contains(part, "sobriety") || strings.Contains(part, "abstinen")
	var loc []int
	if using {
		loc = usingCue.FindStringIndex(part)
	}
	if loc != nil {
		use, at = true, loc[0]
	} else {
		if sober {
			loc = soberState(part)
		}
		if loc == nil {
			return false, false
		}
		use, at = false, loc[0]
	}
	if useNegator.MatchString(part[:at]) {
		use = !use
	}
	return use, true
}

func init() {
	register(KindSpec{
		ID: ServesActiveUse, Label: "takes clients still using", Bool: true,
		YesNo: &YesNo{Hits: activeUseHits, Holds: programSubject},
		Examples: []KindExample{
			{"Our IOP is designed for clients who are already sober and want ongoing support.", "iop false"},
			{"The PHP is meant for people who are still dependent on alcohol.", "php true"},
			{"For patients who have not reached sobriety, our PHP is a better fit than the IOP.", "php true; iop false"},
			{"For adults who are still drinking, residential care is the right choice.", "residential true"},
			{"Our IOP is not intended for clients who are actively using.", "iop false"},
			{"Outpatient counseling serves individuals who are no longer dependent on opioids.", "op false"},
			{"Our IOP welcomes clients who want flexible hours.", ""},
			{"Our IOP is for clients who live in sober living or with family.", ""},
			{"Our IOP is for clients who stay in a sober house and are already sober.", "iop false"},
			{"Many people who are still using feel that an IOP is enough.", ""},
			{"Clients who stay sober for a year celebrate with alumni.", ""},
			{"The program is designed for people who need to achieve abstinence in a structured setting.", "other true"},
			{"Our IOP is designed for clients who are already sober or who are still dependent on alcohol.", "iop true"},
			{"Our IOP serves clients who are sober and still drinking.", ""},
			{"For clients who are still dependent, our PHP (a partial hospitalization program) is a better choice than an intensive outpatient program.", "php true; iop false"},
		},
	})
}
