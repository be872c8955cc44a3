package checker

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func finding(rule, file, text string) Finding {
	return Finding{
		Rule: rule, Severity: Warning, Kind: "hours-per-week", Subject: "iop",
		Message:   rule + " in " + file,
		Locations: []Location{{File: file, Line: 3, Column: 1, Text: text}},
	}
}

func writeTemp(t *testing.T, data string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "baseline.json")
	if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func roundTrip(t *testing.T, fs []Finding) *Baseline {
	t.Helper()
	var buf bytes.Buffer
	if err := WriteBaseline(&buf, fs); err != nil {
		t.Fatal(err)
	}
	b, err := ReadBaseline(writeTemp(t, buf.String()))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestWriteBaselineFormat(t *testing.T) {
	fs := []Finding{finding("within-page", "b.html", "two hours"), finding("reference", "a.html", "an hour")}
	var buf bytes.Buffer
	if err := WriteBaseline(&buf, fs); err != nil {
		t.Fatal(err)
	}
	var raw map[string]any
	if err := json.Unmarshal(buf.Bytes(), &raw); err != nil {
		t.Fatal(err)
	}
	if raw["version"] != float64(1) {
		t.Errorf("version = %v, want 1", raw["version"])
	}
	entries := raw["findings"].([]any)
	if len(entries) != 2 {
		t.Fatalf("%d entries, want 2", len(entries))
	}
	first := entries[0].(map[string]any)
	want := map[string]any{
		"fingerprint": Fingerprint(fs[1]), "rule": "reference", "kind": "hours-per-week",
		"subject": "iop", "file": "a.html", "message": "reference in a.html",
	}
	if !reflect.DeepEqual(first, want) {
		t.Errorf("first entry = %v\nwant %v", first, want)
	}

	// Sorted output makes rewriting independent of finding order.
	var again bytes.Buffer
	if err := WriteBaseline(&again, []Finding{fs[1], fs[0]}); err != nil {
		t.Fatal(err)
	}
	if again.String() != buf.String() {
		t.Errorf("output depends on input order:\n%s\nvs\n%s", buf.String(), again.String())
	}
}

func TestWriteBaselineEmpty(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteBaseline(&buf, nil); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), `"findings": []`) {
		t.Errorf("empty baseline = %s, want an empty findings array", buf.String())
	}
}

func TestReadBaselineErrors(t *testing.T) {
	tests := []struct{ name, data, want string }{
		{"not json", "nope", "not a factlint baseline"},
		{"version", `{"version":2,"findings":[]}`, "unsupported version 2"},
		{"no version", `{"findings":[]}`, "unsupported version 0"},
		{"no fingerprint", `{"version":1,"findings":[{"rule":"reference","file":"a.html"}]}`, "entry 1 (reference, a.html) has no fingerprint"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := writeTemp(t, tt.data)
			_, err := ReadBaseline(p)
			if err == nil {
				t.Fatal("no error")
			}
			if !strings.Contains(err.Error(), tt.want) || !strings.Contains(err.Error(), p) {
				t.Errorf("error %q should mention %q and the file name", err, tt.want)
			}
		})
	}
	missing := filepath.Join(t.TempDir(), "missing.json")
	if _, err := ReadBaseline(missing); err == nil || !strings.Contains(err.Error(), missing) {
		t.Errorf("missing file: error %v should name the file", err)
	}
}

func TestFilter(t *testing.T) {
	a := finding("within-page", "a.html", "an hour")
	b := finding("reference", "b.html", "two hours")
	base := roundTrip(t, []Finding{a, b})

	moved := a
	moved.Locations = []Location{{File: "a.html", Line: 90, Column: 7, Text: "An  hour"}}
	c := finding("within-page", "c.html", "three hours")

	fresh, stale := base.Filter([]Finding{moved, c})
	if len(fresh) != 1 || fresh[0].Locations[0].File != "c.html" {
		t.Errorf("fresh = %v, want only the c.html finding", fresh)
	}
	if len(stale) != 1 || stale[0].Rule != "reference" || stale[0].Locations[0].File != "b.html" || stale[0].Fingerprint != Fingerprint(b) {
		t.Errorf("stale = %v, want the b.html entry", stale)
	}
}

func TestFilterCounts(t *testing.T) {
	a := finding("within-page", "a.html", "an hour")
	base := roundTrip(t, []Finding{a, a})

	fresh, stale := base.Filter([]Finding{a, a, a})
	if len(fresh) != 1 || len(stale) != 0 {
		t.Errorf("3 findings over 2 entries: %d fresh, %d stale; want 1, 0", len(fresh), len(stale))
	}
	fresh, stale = base.Filter([]Finding{a})
	if len(fresh) != 0 || len(stale) != 1 {
		t.Errorf("1 finding over 2 entries: %d fresh, %d stale; want 0, 1", len(fresh), len(stale))
	}
}

func TestFilterPrefersSameFile(t *testing.T) {
	// Equal base names and words give equal fingerprints across directories.
	x := finding("within-page", "site1/index.html", "an hour")
	y := finding("within-page", "site2/index.html", "an hour")
	if Fingerprint(x) != Fingerprint(y) {
		t.Fatal("test assumes equal fingerprints")
	}
	base := roundTrip(t, []Finding{x, y})
	fresh, stale := base.Filter([]Finding{y})
	if len(fresh) != 0 {
		t.Errorf("fresh = %v, want none", fresh)
	}
	if len(stale) != 1 || stale[0].Locations[0].File != "site1/index.html" {
		t.Errorf("stale = %v, want the site1 entry", stale)
	}
}

func TestFilterEmptyBaseline(t *testing.T) {
	a := finding("within-page", "a.html", "an hour")
	fresh, stale := roundTrip(t, nil).Filter([]Finding{a})
	if len(fresh) != 1 || len(stale) != 0 {
		t.Errorf("empty baseline: %d fresh, %d stale; want 1, 0", len(fresh), len(stale))
	}
}

func TestFilterNilBaseline(t *testing.T) {
	var b *Baseline
	fresh, stale := b.Filter([]Finding{finding("within-page", "a.html", "an hour")})
	if len(fresh) != 1 || stale != nil {
		t.Errorf("nil baseline: %d fresh, %v stale", len(fresh), stale)
	}
}
