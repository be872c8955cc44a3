package checker

import (
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// factString is a compact form for comparing reference facts.
func factString(f ReferenceFact) string {
	var b strings.Builder
	b.WriteString(f.Subject)
	if f.Audience != "" {
		b.WriteString("/" + f.Audience)
	}
	b.WriteString(" " + f.Kind + " ")
	if f.Min != nil {
		b.WriteString(strconv.FormatFloat(*f.Min, 'f', -1, 64))
	}
	b.WriteString("..")
	if f.Max != nil {
		b.WriteString(strconv.FormatFloat(*f.Max, 'f', -1, 64))
	}
	b.WriteString(" " + f.Unit)
	return b.String()
}

func factStrings(fs []ReferenceFact) []string {
	var out []string
	for _, f := range fs {
		out = append(out, factString(f))
	}
	return out
}

func TestBuiltinReference(t *testing.T) {
	got := factStrings(BuiltinReference())
	want := []string{
		"iop hours-per-week 9..19 hour",
		"iop/adolescent hours-per-week 6..19 hour",
		"php hours-per-week 20.. hour",
		"op hours-per-week ..8.99 hour",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("BuiltinReference:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	for _, f := range BuiltinReference() {
		if f.Citation == "" || f.Note == "" {
			t.Errorf("%s has no citation or note", factString(f))
		}
		if f.Severity != 0 {
			t.Errorf("%s overrides the check's severity; the pack should not", factString(f))
		}
		if _, canonical, ok := convertUnit(f.Kind, ""); !ok || f.Unit != canonical {
			t.Errorf("%s is not in its kind's canonical unit", factString(f))
		}
	}
	for _, want := range []string{"ASAM", "Level 2.1", "Level 2.5", "Level 1", "42 CFR 410.44", "42 CFR 410.43"} {
		found := false
		for _, f := range BuiltinReference() {
			found = found || strings.Contains(f.Citation, want)
		}
		if !found {
			t.Errorf("no citation mentions %q", want)
		}
	}
	// Fresh values each call: a caller editing one must not change the pack.
	a := BuiltinReference()
	*a[0].Min = 1
	if b := BuiltinReference(); *b[0].Min != 9 {
		t.Error("BuiltinReference shares its bounds between calls")
	}
}

func TestReferenceFactsDefault(t *testing.T) {
	got := strings.Join(factStrings(DefaultConfig().ReferenceFacts()), "\n")
	if want := strings.Join(factStrings(BuiltinReference()), "\n"); got != want {
		t.Errorf("default ReferenceFacts:\n%s\nwant the built-in pack\n%s", got, want)
	}
}

func TestReferenceFactsOverride(t *testing.T) {
	cfg, err := LoadConfig(filepath.Join("testdata", "config", "override.yaml"), testChecks)
	if err != nil {
		t.Fatal(err)
	}
	facts := cfg.ReferenceFacts()
	got := strings.Join(factStrings(facts), "\n")
	// The adult IOP fact is replaced in place; the adolescent one, a
	// different audience, stays; the new kind is added at the end.
	want := strings.Join([]string{
		"iop hours-per-week 10..16 hour",
		"iop/adolescent hours-per-week 6..19 hour",
		"php hours-per-week 20.. hour",
		"op hours-per-week ..8.99 hour",
		"iop days-per-week 3..5 day",
	}, "\n")
	if got != want {
		t.Errorf("ReferenceFacts:\n%s\nwant\n%s", got, want)
	}
	if facts[0].Citation != "State IOP rule 9.1" {
		t.Errorf("override kept citation %q", facts[0].Citation)
	}
}

func TestReferenceFactsReplace(t *testing.T) {
	cfg, err := LoadConfig(filepath.Join("testdata", "config", "replace.yaml"), testChecks)
	if err != nil {
		t.Fatal(err)
	}
	got := strings.Join(factStrings(cfg.ReferenceFacts()), "\n")
	if want := "iop hours-per-week 10..20 hour"; got != want {
		t.Errorf("ReferenceFacts with replace:\n%s\nwant\n%s", got, want)
	}
}

// A Config built in code, not loaded, may say "adult"; it must still
// override the general fact rather than add one the check never reads.
func TestReferenceFactsAdultAudience(t *testing.T) {
	cfg := DefaultConfig()
	cfg.Reference.Facts = []ReferenceFact{{Kind: "hours-per-week", Subject: "iop", Audience: "adult", Min: cfgFloat(12), Unit: "hour", Citation: "x"}}
	got := factStrings(cfg.ReferenceFacts())
	if len(got) != 4 || got[0] != "iop hours-per-week 12.. hour" {
		t.Errorf("ReferenceFacts = %q", got)
	}
}

func TestReferenceAdolescentOverride(t *testing.T) {
	cfg, err := ParseConfig("a.yaml", []byte(`reference:
  facts:
    - kind: hours-per-week
      subject: iop
      audience: adolescent
      min: 300
      max: 900
      unit: minutes
      citation: "State adolescent rule"
`), testChecks)
	if err != nil {
		t.Fatal(err)
	}
	got := factStrings(cfg.ReferenceFacts())
	if len(got) != 4 || got[0] != "iop hours-per-week 9..19 hour" || got[1] != "iop/adolescent hours-per-week 5..15 hour" {
		t.Errorf("ReferenceFacts = %q", got)
	}
}
