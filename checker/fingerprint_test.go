package checker

import (
	"regexp"
	"testing"
)

func sampleFinding() Finding {
	return Finding{
		Rule:    "within-page",
		Kind:    "hours-per-week",
		Subject: "iop",
		Message: `IOP hours per week: "an hour" (000.txt:9) vs "between 6 and 30 hours" (000.txt:98)`,
		Locations: []Location{
			{File: "site/000.txt", Line: 9, Column: 4, Text: "an hour"},
			{File: "site/000.txt", Line: 98, Column: 12, Text: "between 6 and 30 hours"},
		},
		Values: []string{"1..1", "6..30"},
	}
}

func TestFingerprintFormat(t *testing.T) {
	fp := Fingerprint(sampleFinding())
	if !regexp.MustCompile(`^[0-9a-f]{32}$`).MatchString(fp) {
		t.Fatalf("Fingerprint = %q, want 32 hex digits", fp)
	}
	if fp != Fingerprint(sampleFinding()) {
		t.Fatal("Fingerprint is not deterministic")
	}
}

func TestFingerprintStable(t *testing.T) {
	base := Fingerprint(sampleFinding())
	tests := []struct {
		name string
		edit func(f *Finding)
	}{
		{"lines and columns move", func(f *Finding) {
			f.Locations[0].Line, f.Locations[0].Column = 40, 1
			f.Locations[1].Line = 140
		}},
		{"message mentions new lines", func(f *Finding) { f.Message = "IOP hours per week: (000.txt:40) vs (000.txt:140)" }},
		{"locations reordered", func(f *Finding) { f.Locations[0], f.Locations[1] = f.Locations[1], f.Locations[0] }},
		{"values reordered", func(f *Finding) { f.Values = []string{"6..30", "1..1"} }},
		{"text reflowed and recased", func(f *Finding) { f.Locations[1].Text = "Between  6 and\n30 Hours" }},
		{"other directory", func(f *Finding) {
			f.Locations[0].File = "/tmp/checkout/site/000.txt"
			f.Locations[1].File = `C:\site\000.txt`
		}},
		{"severity changed by config", func(f *Finding) { f.Severity = Error }},
		{"block index", func(f *Finding) { f.Locations[0].Block = 7 }},
		{"a restatement of a side listed", func(f *Finding) {
			f.Locations = append(f.Locations, Location{File: "site/000.txt", Line: 120, Column: 3, Text: "one hour a week", Restated: true})
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := sampleFinding()
			tt.edit(&f)
			if got := Fingerprint(f); got != base {
				t.Errorf("Fingerprint changed: %s, want %s", got, base)
			}
		})
	}
}

func TestFingerprintDistinguishes(t *testing.T) {
	base := Fingerprint(sampleFinding())
	tests := []struct {
		name string
		edit func(f *Finding)
	}{
		{"rule", func(f *Finding) { f.Rule = "across-pages" }},
		{"kind", func(f *Finding) { f.Kind = "program-length" }},
		{"subject", func(f *Finding) { f.Subject = "php" }},
		{"value", func(f *Finding) { f.Values[1] = "6..20" }},
		{"extra value", func(f *Finding) { f.Values = append(f.Values, "") }},
		{"quoted words", func(f *Finding) { f.Locations[0].Text = "two hours" }},
		{"file", func(f *Finding) { f.Locations[1].File = "site/001.txt" }},
		{"extra location", func(f *Finding) { f.Locations = append(f.Locations, f.Locations[0]) }},
		{"texts swapped between files", func(f *Finding) {
			f.Locations[1].File = "site/001.txt"
			g := sampleFinding()
			g.Locations[1].File = "site/001.txt"
			g.Locations[0].Text, g.Locations[1].Text = g.Locations[1].Text, g.Locations[0].Text
			if Fingerprint(*f) == Fingerprint(g) {
				t.Error("swapping quoted words between files kept the fingerprint")
			}
		}},
		{"field boundaries", func(f *Finding) { f.Kind, f.Subject = "hours-per-weekiop", "" }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := sampleFinding()
			tt.edit(&f)
			if got := Fingerprint(f); got == base {
				t.Errorf("Fingerprint did not change")
			}
		})
	}
}

func TestFingerprintDoesNotMutate(t *testing.T) {
	f := sampleFinding()
	f.Values = []string{"b", "a"}
	f.Locations[0], f.Locations[1] = f.Locations[1], f.Locations[0]
	first := f.Locations[0].Line
	Fingerprint(f)
	if f.Values[0] != "b" || f.Locations[0].Line != first {
		t.Error("Fingerprint reordered the finding's slices")
	}
}
