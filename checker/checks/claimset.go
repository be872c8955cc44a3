package checks

import (
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strings"

	"github.com/factlint/factlint/checker"
	"github.com/factlint/factlint/claims"
)

// key groups claims about the same thing (see sameTopic): only claims
// with equal keys are ever compared.
type key struct {
	kind        claims.Kind
	subject     claims.Subject
	population  string
	variant     string
	scope       claims.Scope
	attribution string
	// statistic keeps medians apart from averages and plain figures.
	statistic string
}

// fact is k with its variants together: the fact itself, whichever
// track, phase or named length states it.
func (k key) fact() key {
	k.variant = ""
	return k
}

func keyOf(c *claims.Claim) key {
	return key{c.Kind, c.Subject, populationOf(c), variantOf(c), c.Scope, c.Attribution, c.Statistic}
}

// populationOf is the claim's population, adults being the programs'
// default: "detox is available for adults" speaks of the same clients as
// an unmarked "we do not offer detox", while adolescents are others.
func populationOf(c *claims.Claim) string {
	if c.Population == "adult" {
		return ""
	}
	return c.Population
}

// variantOf is the claim's variant, or, for a length written as a
// program's name ("a 30-day program", "our 28 Day Rehab"), that name: a
// number with a singular unit is a compound modifier naming one of the
// programs a page offers, and "our 30-day and 60-day programs" are two
// programs, not two lengths of one. Said of a program ("Our IOP is a
// six-week program"), it is that program's length.
func variantOf(c *claims.Claim) string {
	// "a five-day IOP", "our 3-day track": days a week used as the
	// program's name name a track of their own, as a named length does.
	if c.Variant == "" && c.Kind == claims.DaysPerWeek {
		if m := namedLengthIn(c.Text); m != nil && strings.EqualFold(m[3], "day") {
			return strings.ToLower(m[1] + m[2] + "-" + m[3])
		}
	}
	if c.Variant != "" || c.Kind != claims.ProgramLength || c.Predicate {
		return c.Variant
	}
	if m := namedLengthIn(c.Text); m != nil && m[1] != "1" && !strings.EqualFold(m[1], "one") {
		return strings.ToLower(m[1] + m[2] + "-" + m[3])
	}
	return ""
}

var namedLength = regexp.MustCompile(`(?i)^(\d+|[a-z]+)((?:\s*[-–]\s*\d+)?)[- ](day|week|month|year)$`)

// namedLengthIn is namedLength's submatches in t. Every check groups a
// page's claims by key, so this is asked of most claims several times a
// run, and few end in the singular unit the expression needs: those are
// let through without running it.
func namedLengthIn(t string) []string {
	// (The expression folds case as Unicode does, so a Kelvin sign
	// is a k to it.)
	if !hasSuffixFold(t, "day") && !hasSuffixFold(t, "week") && !hasSuffixFold(t, "wee\u212a") && !hasSuffixFold(t, "month") && !hasSuffixFold(t, "year") {
		return nil
	}
	return namedLength.FindStringSubmatch(t)
}

func hasSuffixFold(s, suffix string) bool {
	return len(s) >= len(suffix) && strings.EqualFold(s[len(s)-len(suffix):], suffix)
}

// valueGroup is every claim on a page (or corpus) stating one value.
type valueGroup struct {
	value  string
	claims []*claims.Claim
}

// groupByValue buckets claims by their normalised value, in first-seen
// order, so a value repeated by a template is one side, not many.
func groupByValue(cs []*claims.Claim) []*valueGroup {
	var out []*valueGroup
	// A fact's claims on one page are few: finding a value's group by
	// looking through the groups made so far allocates no map, and this
	// runs for every fact of every page in several checks.
	if len(cs) <= smallSet {
		for _, c := range cs {
			v := valueKey(c)
			i := slices.IndexFunc(out, func(g *valueGroup) bool { return g.value == v })
			if i < 0 {
				out = append(out, &valueGroup{value: v})
				i = len(out) - 1
			}
			out[i].claims = append(out[i].claims, c)
		}
		return out
	}
	idx := map[string]*valueGroup{}
	for _, c := range cs {
		v := valueKey(c)
		g := idx[v]
		if g == nil {
			g = &valueGroup{value: v}
			idx[v] = g
			out = append(out, g)
		}
		g.claims = append(g.claims, c)
	}
	return out
}

// smallSet is the size up to which a lookup through a slice beats a map
// made for it.
const smallSet = 16

// valueKey is the normalised value a fingerprint covers.
func valueKey(c *claims.Claim) string {
	v := c.FormatValue()
	if c.Qualifier == claims.Approx {
		v = "~" + v
	}
	if c.OpenEnded {
		v += "+"
	}
	return v
}

// usable drops claims that never produce findings: vague ones, and general
// remarks about detox itself ("detox usually happens under supervision"),
// which say that detox exists, not whether any program offers it.
// supportSchedule reports the schedule of mutual-help meetings ("two
// weekly meetings introduce residents to 12-step groups", "attend a
// community meeting three nights a week"): several groups a page or a
// site points to, none of them a program's, so no check compares them.
// (How long a support group lasts is still its own.)
func supportSchedule(subject claims.Subject, kind claims.Kind) bool {
	return subject == claims.SupportGroup && kind != claims.ProgramLength
}

func usable(c *claims.Claim) bool {
	if c.Kind == claims.DetoxOffered && c.Subject == claims.Detox && c.Scope == claims.General {
		return false
	}
	return c.Qualifier != claims.Vague
}

// byKey collects a document's usable claims by kind and subject, in document order.
// keysOf is the keys a claim is compared under: its own, and for detox
// offered at one place or in one form ("At our Fort Collins clinic we
// offer ambulatory detox") also the provider's detox as a whole, which a
// provider-wide "we do not provide detox services" denies; so, for a
// program that offers detox for one substance ("for mild alcohol
// withdrawal, our IOP offers outpatient detox"), the
// program's detox as a whole, which "our IOPs do not provide detox"
// denies.
func keysOf(c *claims.Claim) (k, whole key, lifted bool) {
	k = keyOf(c)
	if c.Kind == claims.DetoxOffered && c.Value != nil && *c.Value && (c.Subject == claims.Detox && detoxForm(k.variant) || slices.Contains(levels, c.Subject) && substances[k.variant]) {
		return k, k.fact(), true
	}
	return k, k, false
}

// detoxForm reports a variant that names where or how detox is given
// ("at boulder", "outpatient", "alcohol"), or the step of a program it
// is given in ("ambulatory detox during the first week of IOP"), not
// when in the provider's history ("phase: until 2021", "before").
func detoxForm(v string) bool {
	if strings.HasPrefix(v, "at ") {
		return true
	}
	return v == "outpatient" || v == "inpatient" || v == "phase" || substances[v]
}

// substances are the substance variants the extractor names a
// withdrawal by ("alcohol", "short-acting opioid" ends on one).
var substances = map[string]bool{"alcohol": true, "opioid": true, "buprenorphine": true, "benzodiazepine": true, "cocaine": true, "methamphetamine": true, "stimulant": true, "cannabis": true}

func byKey(cs []*claims.Claim) (map[key][]*claims.Claim, []key) {
	var g grouper
	return g.byKey(cs)
}

// grouper is byKey for a check that groups one page after another and
// keeps nothing of a page's groups past it: the map is cleared and
// reused, not made anew for every page (a map a page and check was a
// third of what the checks allocated).
type grouper struct {
	m    map[key][]*claims.Claim
	keys []key
	// ptrs and copies are voiced's.
	ptrs   []*claims.Claim
	copies []claims.Claim
}

// lifted reports a claim voiced lifted from programs in general to the
// provider's own.
func (g *grouper) lifted(c *claims.Claim) bool {
	for i := range g.copies {
		if &g.copies[i] == c {
			return true
		}
	}
	return false
}

// byKey is the package's byKey; the map and keys it returns are good
// until the next call.
func (g *grouper) byKey(cs []*claims.Claim) (map[key][]*claims.Claim, []key) {
	if g.m == nil {
		g.m = map[key][]*claims.Claim{}
	}
	clear(g.m)
	m, keys := g.m, g.keys[:0]
	defer func() { g.keys = keys }()
	for _, c := range cs {
		if !usable(c) {
			continue
		}
		k, whole, lifted := keysOf(c)
		// One lookup and one store a key: the checks group every page
		// this way, several times a run.
		group, ok := m[k]
		if !ok {
			keys = append(keys, k)
		}
		m[k] = append(group, c)
		if lifted {
			group, ok := m[whole]
			if !ok {
				keys = append(keys, whole)
			}
			m[whole] = append(group, c)
		}
	}
	return m, keys
}

func location(c *claims.Claim) checker.Location {
	return checker.Location{File: c.File, Line: c.Pos.Line, Column: c.Pos.Column, Text: c.Text, Block: c.Block}
}

func locations(cs ...[]*claims.Claim) []checker.Location {
	var out []checker.Location
	for _, g := range cs {
		for _, c := range g {
			out = append(out, location(c))
		}
	}
	return out
}

// quote renders one side of a message: "an hour" (a.txt:9:87), and a
// yes/no side with the answer it gives: "than the IOP" (no, a.txt:7:4).
func quote(c *claims.Claim) string {
	if c.Value != nil {
		answer := "no"
		if *c.Value {
			answer = "yes"
		}
		return fmt.Sprintf("%q (%s, %s:%d:%d)", c.Text, answer, c.File, c.Pos.Line, c.Pos.Column)
	}
	return fmt.Sprintf("%q (%s:%d:%d)", c.Text, c.File, c.Pos.Line, c.Pos.Column)
}

var subjectNames = map[claims.Subject]string{
	claims.IOP: "IOP", claims.PHP: "PHP", claims.OP: "Outpatient", claims.Residential: "Residential",
	claims.Detox: "Detox", claims.IndividualTherapy: "Individual therapy", claims.GroupTherapy: "Group therapy",
	claims.SupportGroup: "Support group", claims.Other: "Program",
}

// topic names a kind and subject for people: "IOP hours per week",
// "Adolescent evening IOP hours per week".
func topic(k key) string {
	s := subjectNames[k.subject]
	if s == "" {
		s = k.subject.String()
	}
	if k.variant != "" {
		s = k.variant + " " + lowerFirst(s)
	}
	if k.population != "" {
		s = k.population + " " + lowerFirst(s)
	}
	if k.attribution != "" {
		s += " (per " + k.attribution + ")"
	}
	return capitalize(s + " " + k.kind.Label())
}

// lowerFirst lowers a leading capital unless the word is an acronym (IOP).
func lowerFirst(s string) string {
	if len(s) > 1 && s[0] >= 'A' && s[0] <= 'Z' && (s[1] < 'A' || s[1] > 'Z') {
		return string(s[0]-'A'+'a') + s[1:]
	}
	return s
}

// unitLabel renders a canonical value with its unit: "1 h", "21–35 days".
func unitLabel(k claims.Kind, v string) string {
	switch k {
	case claims.ProgramLength, claims.DaysPerWeek:
		return v + " days"
	case claims.HoursPerWeek, claims.HoursPerDay, claims.SessionLength:
		return v + " h"
	}
	return v
}

func sortedValues(vs ...string) []string {
	out := append([]string(nil), vs...)
	sort.Strings(out)
	return out
}

func plural(n int, one, many string) string {
	if n == 1 {
		return fmt.Sprintf("%d %s", n, one)
	}
	return fmt.Sprintf("%d %s", n, many)
}

func capitalize(s string) string {
	if s == "" {
		return s
	}
	if s[0] >= 'a' && s[0] <= 'z' {
		return string(s[0]-'a'+'A') + s[1:]
	}
	return s
}

// pageList names at most maxNamed pages by the position of their claim
// and says how many more there are; the finding's locations keep them all.
func pageList(cs []*claims.Claim) string {
	var b strings.Builder
	for i, c := range cs {
		if i == maxNamed {
			fmt.Fprintf(&b, " and %d more", len(cs)-maxNamed)
			break
		}
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "%s:%d:%d", c.File, c.Pos.Line, c.Pos.Column)
	}
	return b.String()
}

// maxNamed is how many pages a message names on each side.
const maxNamed = 3
