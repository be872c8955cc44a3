package main

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/factlint/factlint/corpus/neardup"
)

// writeDupesJSON streams what json.Encoder with a two-space indent wrote
// in one piece: the same bytes, whatever the groups hold.
func TestWriteDupesJSONAsEncoder(t *testing.T) {
	hunk := neardup.Hunk{File: "b.html", Class: neardup.ClassFact, A: "9 <b>to</b> 12 hours & more", B: "10–15 hours", Line: 3, Column: 7, Before: "attend", After: "a week"}
	group := func(n int) dupesGroup {
		g := dupesGroup{Files: []string{"a.html", "b.html"}, Canonical: "a.html", Tier: neardup.TierTemplate, Similarity: 0.5, MinSimilarity: 0.25, MaxSimilarity: 0.75, Hunks: []neardup.Hunk{}}
		for range n {
			g.Hunks = append(g.Hunks, hunk)
		}
		return g
	}
	for _, tc := range []struct {
		name     string
		groups   []dupesGroup
		tooShort []string
	}{
		{"empty", []dupesGroup{}, []string{}},
		{"too short only", []dupesGroup{}, []string{"x.md", "y <z>.md"}},
		{"one group", []dupesGroup{group(0)}, []string{}},
		{"groups", []dupesGroup{group(1), group(0), group(3)}, []string{"x.md"}},
	} {
		var want, got bytes.Buffer
		enc := json.NewEncoder(&want)
		enc.SetIndent("", "  ")
		if err := enc.Encode(struct {
			Groups   []dupesGroup `json:"groups"`
			TooShort []string     `json:"too_short"`
		}{tc.groups, tc.tooShort}); err != nil {
			t.Fatal(err)
		}
		if err := writeDupesJSON(&got, tc.groups, tc.tooShort); err != nil {
			t.Fatal(err)
		}
		if got.String() != want.String() {
			t.Errorf("%s: writeDupesJSON wrote\n%s\nwant\n%s", tc.name, got.String(), want.String())
		}
	}
}
