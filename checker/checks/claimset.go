package checks

import (
	"fmt"
	"sort"

	"github.com/factlint/factlint/checker"
	"github.com/factlint/factlint/claims"
)

// key groups claims that can contradict each other.
type key struct {
	kind    claims.Kind
	subject claims.Subject
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

// usable drops claims that never produce findings: vague ones.
func usable(c *claims.Claim) bool {
	return c.Qualifier != claims.Vague
}

// byKey collects a document's usable claims by kind and subject, in document order.
func byKey(cs []claims.Claim) (map[key][]*claims.Claim, []key) {
	m := map[key][]*claims.Claim{}
	var keys []key
	for i := range cs {
		c := &cs[i]
		if !usable(c) {
			continue
		}
		k := key{c.Kind, c.Subject}
		if _, ok := m[k]; !ok {
			keys = append(keys, k)
		}
		m[k] = append(m[k], c)
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

// quote renders one side of a message: "an hour" (a.txt:9:87).
func quote(c *claims.Claim) string {
	return fmt.Sprintf("%q (%s:%d:%d)", c.Text, c.File, c.Pos.Line, c.Pos.Column)
}

var subjectNames = map[claims.Subject]string{
	claims.IOP: "IOP", claims.PHP: "PHP", claims.OP: "Outpatient", claims.Residential: "Residential",
	claims.Detox: "Detox", claims.IndividualTherapy: "Individual therapy", claims.GroupTherapy: "Group therapy",
	claims.SupportGroup: "Support group", claims.Other: "Program",
}

var kindNames = map[claims.Kind]string{
	claims.ProgramLength: "program length", claims.HoursPerWeek: "hours per week", claims.DaysPerWeek: "days per week",
	claims.HoursPerDay: "hours per day", claims.SessionLength: "session length", claims.DetoxOffered: "detox offered",
	claims.LivesAtHome: "clients live at home", claims.Supervision24x7: "24/7 supervision",
}

// topic names a kind and subject for people: "IOP hours per week".
func topic(k key) string {
	s := subjectNames[k.subject]
	if s == "" {
		s = string(k.subject)
	}
	return s + " " + kindNames[k.kind]
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
