package main

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/factlint/factlint/claims"
	"github.com/factlint/factlint/corpus/neardup"
)

// writeJSONArrays streams what json.Encoder with a two-space indent wrote
// in one piece: the same bytes, whatever the arrays hold.
func TestWriteJSONArraysAsEncoder(t *testing.T) {
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
		want := encoded(t, struct {
			Groups   []dupesGroup `json:"groups"`
			TooShort []string     `json:"too_short"`
		}{tc.groups, tc.tooShort})
		var got bytes.Buffer
		if err := writeJSONArrays(&got,
			jsonArray{"groups", len(tc.groups), func(i int) any { return tc.groups[i] }},
			jsonArray{"too_short", len(tc.tooShort), func(i int) any { return tc.tooShort[i] }}); err != nil {
			t.Fatal(err)
		}
		if got.String() != want {
			t.Errorf("%s: wrote\n%s\nwant\n%s", tc.name, got.String(), want)
		}
	}

	lo, yes := 9.0, true
	recs := []claims.Record{
		{File: "a <b>.html", Line: 1, Column: 2, Kind: claims.HoursPerWeek, Subject: claims.IOP, Min: &lo, Unit: "hour", Text: "9+ hours", Sentence: "IOPs run 9+ hours & more — weekly.", OpenEnded: true},
		{File: "a.html", Kind: claims.DetoxOffered, Subject: claims.Detox, Value: &yes, Attribution: "ASAM"},
	}
	for n := range len(recs) + 1 {
		want := encoded(t, struct {
			Claims []claims.Record `json:"claims"`
		}{recs[:n]})
		var got bytes.Buffer
		if err := writeJSONArrays(&got, jsonArray{"claims", n, func(i int) any { return recs[i] }}); err != nil {
			t.Fatal(err)
		}
		if got.String() != want {
			t.Errorf("%d claims: wrote\n%s\nwant\n%s", n, got.String(), want)
		}
	}
}

func encoded(t *testing.T, v any) string {
	t.Helper()
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		t.Fatal(err)
	}
	return b.String()
}
