package checker

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// A distinct flag name: other test files of this package may own -update.
var updateConfig = flag.Bool("update-config", false, "rewrite testdata/config/*.err from LoadConfig")

func cfgFloat(v float64) *float64 { return &v }

func TestDefaultConfig(t *testing.T) {
	c := DefaultConfig()
	if c.FailOn != "error" || c.Tolerance != (Tolerance{Relative: 0.05, Approx: 0.2}) ||
		c.MaxFileSize != 10<<20 || c.NearDup != (NearDupConfig{TemplateThreshold: 0.08, NearThreshold: 0.5, MinWords: 50}) {
		t.Errorf("DefaultConfig() = %+v", c)
	}
	if c.Checks == nil || c.Severity == nil || c.Subjects == nil {
		t.Error("DefaultConfig maps must be non-nil so callers can add to them")
	}
	// Callers mutate the default; the next call must not see it.
	c.Checks["reference"] = false
	if len(DefaultConfig().Checks) != 0 {
		t.Error("DefaultConfig shares state between calls")
	}
}

func TestLoadConfigFull(t *testing.T) {
	file := filepath.Join("testdata", "config", "full.yaml")
	got, err := LoadConfig(file, testChecks)
	if err != nil {
		t.Fatal(err)
	}
	want := &Config{
		Path:      file,
		Known:     IDs(testChecks),
		Checks:    map[string]bool{"template-drift": false, "schedule-math": true},
		Severity:  map[string]Severity{"across-pages": Warning, "reference": Info},
		FailOn:    "warning",
		Tolerance: Tolerance{Relative: 0.1, Approx: 0.25},
		Subjects:  map[string][]string{"iop": {"Evening Program", "Recovery Track"}, "php": {"Day Treatment"}},
		Reference: ReferenceConfig{Facts: []ReferenceFact{
			{Kind: "program-length", Subject: "residential", Min: cfgFloat(28), Max: cfgFloat(42), Unit: "day", Citation: "State rule 4.2", Note: "Four to six weeks."},
			{Kind: "session-length", Subject: "group-therapy", Min: cfgFloat(1), Max: cfgFloat(1.5), Unit: "hour", Citation: "House style", Severity: Warning},
			{Kind: "hours-per-week", Subject: "iop", Audience: "adolescent", Min: cfgFloat(8), Max: cfgFloat(15), Unit: "hour", Citation: "State adolescent IOP rule"},
		}},
		Include:     []string{"site/**/*.html", "*.md"},
		Exclude:     []string{"drafts/*"},
		HTML:        HTMLConfig{Exclude: []string{".promo", "div#cookie-banner"}, Include: []string{"main article"}},
		MaxFileSize: 2 << 20,
		AcrossSites: true,
		NearDup:     NearDupConfig{TemplateThreshold: 0.5, NearThreshold: 0.9, MinWords: 80},
		Ignore: []IgnoreRule{
			{Rule: "reference", Path: "archive/*.html", Kind: "hours-per-week", Reason: "Archived 2019 program."},
			{Rule: "all", Path: "legacy.html", Reason: "Legacy page."},
		},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("LoadConfig(%s):\n got %s\nwant %s", file, dumpConfig(got), dumpConfig(want))
	}
}

func TestLoadConfigOverlaysDefaults(t *testing.T) {
	got, err := LoadConfig(filepath.Join("testdata", "config", "partial.yaml"), testChecks)
	if err != nil {
		t.Fatal(err)
	}
	want := DefaultConfig().ForChecks(testChecks)
	want.Path = got.Path
	want.Tolerance.Relative = 0.1
	want.NearDup.MinWords = 20
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %s\nwant %s", dumpConfig(got), dumpConfig(want))
	}
}

func TestLoadConfigEmpty(t *testing.T) {
	for _, name := range []string{"empty.yaml"} {
		got, err := LoadConfig(filepath.Join("testdata", "config", name), testChecks)
		if err != nil {
			t.Fatal(err)
		}
		want := DefaultConfig().ForChecks(testChecks)
		want.Path = got.Path
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: got %s, want the defaults", name, dumpConfig(got))
		}
	}
	got, err := ParseConfig("zero.yaml", nil, testChecks)
	if err != nil || got.FailOn != "error" {
		t.Errorf("ParseConfig of no bytes = %v, %v; want the defaults", got, err)
	}
}

func TestLoadConfigAnchors(t *testing.T) {
	got, err := LoadConfig(filepath.Join("testdata", "config", "anchors.yaml"), testChecks)
	if err != nil {
		t.Fatal(err)
	}
	want := []IgnoreRule{{Rule: "reference", Reason: "shared", Path: "a/*.html"}}
	if !reflect.DeepEqual(got.Ignore, want) {
		t.Errorf("Ignore = %+v, want %+v", got.Ignore, want)
	}
}

func TestLoadConfigMissingFile(t *testing.T) {
	_, err := LoadConfig(filepath.Join(t.TempDir(), ".factlint.yaml"), testChecks)
	if !errors.Is(err, os.ErrNotExist) {
		t.Errorf("err = %v, want one wrapping os.ErrNotExist", err)
	}
}

// TestLoadConfigErrors compares every problem LoadConfig reports for the
// bad_*.yaml fixtures with the .err file next to each: one error a line,
// file:line:col: message (hint). Run with -update-config to rewrite them
// after checking the diff.
func TestLoadConfigErrors(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "config", "bad_*.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, file := range files {
		golden := strings.TrimSuffix(file, ".yaml") + ".err"
		want, err := os.ReadFile(golden)
		if err != nil && !*updateConfig {
			t.Errorf("%s has no %s: run go test -run TestLoadConfigErrors -update-config and check it", file, filepath.Base(golden))
			continue
		}
		n++
		t.Run(filepath.Base(file), func(t *testing.T) {
			cfg, err := LoadConfig(file, testChecks)
			if err == nil {
				t.Fatalf("loaded without error: %s", dumpConfig(cfg))
			}
			if cfg != nil {
				t.Error("a config with errors was returned")
			}
			got := err.Error() + "\n"
			if *updateConfig {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			if got != string(want) {
				t.Errorf("LoadConfig(%s) errors:\n%s\nwant:\n%s", file, got, want)
			}
			assertConfigErrors(t, err, file)
		})
	}
	if n < 5 {
		t.Errorf("only %d error fixtures found", n)
	}
}

// assertConfigErrors asserts that err is a join of positioned *ConfigError
// values in line order, which is what the CLI and editors rely on.
func assertConfigErrors(t *testing.T, err error, file string) {
	t.Helper()
	var errs []error
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		errs = j.Unwrap()
	} else {
		errs = []error{err}
	}
	var lines []int
	for _, e := range errs {
		ce, ok := e.(*ConfigError)
		if !ok {
			t.Fatalf("%T is not a *ConfigError: %v", e, e)
		}
		if ce.File != file || ce.Line < 1 || ce.Msg == "" {
			t.Errorf("badly positioned error %+v", ce)
		}
		lines = append(lines, ce.Line)
	}
	if !sort.IntsAreSorted(lines) {
		t.Errorf("errors not sorted by line: %v", lines)
	}
	var ce *ConfigError
	if !errors.As(err, &ce) {
		t.Error("errors.As cannot find a *ConfigError")
	}
}

// The message format editors and CI annotations parse, spelled out once.
func TestConfigErrorFormat(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, ".factlint.yaml")
	data := "fail_on: error\n\nreference:\n  facts:\n    - kind: hours-per-week\n      subject: iop\n      severty: error\n      max: 19\n"
	if err := os.WriteFile(file, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := LoadConfig(file, testChecks)
	want := file + `:7:7: unknown key "severty" (did you mean "severity"?)`
	if err == nil || err.Error() != want {
		t.Errorf("err = %v\nwant %s", err, want)
	}
	for _, tc := range []struct {
		e    ConfigError
		want string
	}{
		{ConfigError{File: "a.yaml", Line: 7, Col: 3, Msg: `unknown key "severty"`, Hint: `did you mean "severity"?`}, `a.yaml:7:3: unknown key "severty" (did you mean "severity"?)`},
		{ConfigError{File: "a.yaml", Line: 2, Msg: "invalid YAML: x"}, "a.yaml:2: invalid YAML: x"},
		{ConfigError{File: "a.yaml", Msg: "m"}, "a.yaml: m"},
	} {
		if got := tc.e.Error(); got != tc.want {
			t.Errorf("Error() = %q, want %q", got, tc.want)
		}
	}
}

// testChecks stand for the built-in checks, which this package cannot import.
var testChecks = []*Check{{ID: "within-page"}, {ID: "across-pages"}, {ID: "reference"}, {ID: "schedule-math"}, {ID: "template-drift"}}

// The loader knows the checks it is given and the engine's own rules, and
// nothing else: there is no global list to fall out of date.
func TestConfigKnowsGivenChecks(t *testing.T) {
	withSpelling := append([]*Check{{ID: "spelling"}}, testChecks...)
	if _, err := ParseConfig("x.yaml", []byte("checks:\n  spelling: false\n  unused-suppression: false\n"), withSpelling); err != nil {
		t.Errorf("a check the run links in is rejected: %v", err)
	}
	_, err := ParseConfig("x.yaml", []byte("severity:\n  within-page: info\n"), []*Check{{ID: "reference"}})
	if err == nil || !strings.Contains(err.Error(), `x.yaml:2:3: unknown check "within-page" (known checks: reference, invalid-suppression, unused-suppression)`) {
		t.Errorf("err = %v", err)
	}
}

func TestSuggest(t *testing.T) {
	keys := []string{"checks", "severity", "fail_on", "tolerance", "max_file_size"}
	for _, tc := range []struct{ in, want string }{
		{"severty", `did you mean "severity"?`},
		{"fail-on", `did you mean "fail_on"?`},
		{"FailOn", `did you mean "fail_on"?`},
		{"maxfilesize", `did you mean "max_file_size"?`},
		{"colour", "none"},
		{"x", "none"},
	} {
		if got := didYouMean(tc.in, keys, "none"); got != tc.want {
			t.Errorf("suggest(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestUnitConversion(t *testing.T) {
	for _, tc := range []struct {
		kind, unit string
		in, want   float64
		canonical  string
	}{
		{"program-length", "", 30, 30, "day"},
		{"program-length", "days", 30, 30, "day"},
		{"program-length", "Week", 2, 14, "day"},
		{"program-length", "months", 3, 91.3125, "day"},
		{"program-length", "year", 1, 365.25, "day"},
		{"hours-per-week", "h", 9, 9, "hour"},
		{"hours-per-day", "hours", 3, 3, "hour"},
		{"session-length", "minutes", 90, 1.5, "hour"},
		{"session-length", "min", 45, 0.75, "hour"},
		{"days-per-week", "days", 5, 5, "day"},
	} {
		data := "reference:\n  facts:\n    - kind: " + tc.kind + "\n      subject: iop\n      min: " +
			strconv.FormatFloat(tc.in, 'f', -1, 64) + "\n      unit: \"" + tc.unit + "\"\n"
		cfg, err := ParseConfig("u.yaml", []byte(data), testChecks)
		if err != nil {
			t.Errorf("%s %q: %v", tc.kind, tc.unit, err)
			continue
		}
		f := cfg.Reference.Facts[0]
		if f.Min == nil || *f.Min != tc.want || f.Unit != tc.canonical || f.Max != nil {
			t.Errorf("%s %v %q: got min %v %q, want %v %q", tc.kind, tc.in, tc.unit, derefFloat(f.Min), f.Unit, tc.want, tc.canonical)
		}
	}
	for _, tc := range []struct{ kind, unit string }{
		{"program-length", "hours"},
		{"hours-per-week", "days"},
		{"days-per-week", "weeks"},
		{"session-length", "fortnights"},
	} {
		data := "reference:\n  facts:\n    - kind: " + tc.kind + "\n      subject: iop\n      min: 1\n      unit: " + tc.unit + "\n"
		if _, err := ParseConfig("u.yaml", []byte(data), testChecks); err == nil || !strings.Contains(err.Error(), "u.yaml:6:13: unit") {
			t.Errorf("%s in %s: err = %v, want one at the unit", tc.kind, tc.unit, err)
		}
	}
}

func derefFloat(p *float64) any {
	if p == nil {
		return nil
	}
	return *p
}

func TestFindConfig(t *testing.T) {
	root := t.TempDir()
	deep := filepath.Join(root, "repo", "site", "pages", "iop")
	if err := os.MkdirAll(deep, 0o755); err != nil {
		t.Fatal(err)
	}
	write := func(p string) {
		t.Helper()
		if err := os.WriteFile(p, []byte("fail_on: never\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	mkdir := func(p string) {
		t.Helper()
		if err := os.MkdirAll(p, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	// Above the repository: must never be found from inside it once .git exists.
	write(filepath.Join(root, ".factlint.yaml"))

	// No .git yet: the walk reaches the file above.
	if got, ok := FindConfig(deep); !ok || got != filepath.Join(root, ".factlint.yaml") {
		t.Errorf("without .git: FindConfig = %q, %v; want the file in %s", got, ok, root)
	}

	mkdir(filepath.Join(root, "repo", ".git"))
	if got, ok := FindConfig(deep); ok {
		t.Errorf("FindConfig crossed the repository root to %q", got)
	}

	// At the repository root itself: checked before stopping.
	write(filepath.Join(root, "repo", ".factlint.yml"))
	if got, ok := FindConfig(deep); !ok || got != filepath.Join(root, "repo", ".factlint.yml") {
		t.Errorf("FindConfig = %q, %v; want the .yml at the repository root", got, ok)
	}

	// Nearer wins, and .yaml is preferred to .yml in one directory.
	write(filepath.Join(root, "repo", "site", ".factlint.yml"))
	write(filepath.Join(root, "repo", "site", ".factlint.yaml"))
	if got, ok := FindConfig(deep); !ok || got != filepath.Join(root, "repo", "site", ".factlint.yaml") {
		t.Errorf("FindConfig = %q, %v; want site/.factlint.yaml", got, ok)
	}

	// A directory named like the config is not a config.
	mkdir(filepath.Join(deep, ".factlint.yaml"))
	if got, _ := FindConfig(deep); got != filepath.Join(root, "repo", "site", ".factlint.yaml") {
		t.Errorf("FindConfig = %q; a directory must be skipped", got)
	}

	// A relative start works like its absolute form.
	t.Chdir(deep)
	if got, ok := FindConfig("."); !ok || got != filepath.Join(root, "repo", "site", ".factlint.yaml") {
		t.Errorf("FindConfig(.) = %q, %v", got, ok)
	}

	// A git worktree's .git is a file; it still marks the root.
	other := filepath.Join(root, "wt", "a")
	mkdir(other)
	write(filepath.Join(root, "wt", ".git"))
	if got, ok := FindConfig(other); ok {
		t.Errorf("FindConfig crossed a worktree root to %q", got)
	}
}

func TestStarterConfig(t *testing.T) {
	file := filepath.Join(t.TempDir(), ".factlint.yaml")
	if err := os.WriteFile(file, []byte(StarterConfig), 0o644); err != nil {
		t.Fatal(err)
	}
	got, err := LoadConfig(file, testChecks)
	if err != nil {
		t.Fatalf("StarterConfig does not load:\n%v", err)
	}
	want := DefaultConfig().ForChecks(testChecks)
	want.Path = file
	if !reflect.DeepEqual(normalizeEmpty(got), normalizeEmpty(want)) {
		t.Errorf("StarterConfig differs from DefaultConfig:\n got %s\nwant %s", dumpConfig(got), dumpConfig(want))
	}
	if !reflect.DeepEqual(got.ReferenceFacts(), BuiltinReference()) {
		t.Error("StarterConfig changes the reference facts")
	}
	// Every key must be in the file, set or shown in a comment, so that
	// init documents all of Config.
	for _, key := range allYAMLKeys(reflect.TypeOf(Config{}), "") {
		last := key[strings.LastIndex(key, ".")+1:]
		if !strings.Contains(StarterConfig, last+":") {
			t.Errorf("StarterConfig does not mention %s", key)
		}
	}
	for _, id := range IDs(testChecks) {
		if !strings.Contains(StarterConfig, id) {
			t.Errorf("StarterConfig does not list check %s", id)
		}
	}
}

// normalizeEmpty treats empty and nil slices alike: "include: []" in a file is
// the same configuration as no include at all.
func normalizeEmpty(c *Config) *Config {
	cc := *c
	v := reflect.ValueOf(&cc).Elem()
	var walk func(reflect.Value)
	walk = func(v reflect.Value) {
		switch v.Kind() {
		case reflect.Struct:
			for i := 0; i < v.NumField(); i++ {
				if v.Type().Field(i).IsExported() {
					walk(v.Field(i))
				}
			}
		case reflect.Slice:
			if v.Len() == 0 && !v.IsNil() {
				v.Set(reflect.Zero(v.Type()))
			}
		}
	}
	walk(v)
	return &cc
}

func allYAMLKeys(t reflect.Type, prefix string) []string {
	var out []string
	names, index := yamlKeys(t)
	for _, name := range names {
		key := name
		if prefix != "" {
			key = prefix + "." + name
		}
		out = append(out, key)
		ft := t.Field(index[name]).Type
		for ft.Kind() == reflect.Slice || ft.Kind() == reflect.Pointer {
			ft = ft.Elem()
		}
		if ft.Kind() == reflect.Struct {
			out = append(out, allYAMLKeys(ft, key)...)
		}
	}
	return out
}

// dumpConfig prints a config with reference bounds dereferenced, for diffs.
func dumpConfig(c *Config) string {
	if c == nil {
		return "<nil>"
	}
	cc := *c
	facts := cc.Reference.Facts
	cc.Reference.Facts = nil
	var b strings.Builder
	fmt.Fprintf(&b, "%+v", cc)
	for _, f := range facts {
		fmt.Fprintf(&b, "\n  fact %s %s %q min=%v max=%v unit=%q citation=%q note=%q severity=%v", f.Kind, f.Subject, f.Audience, derefFloat(f.Min), derefFloat(f.Max), f.Unit, f.Citation, f.Note, int(f.Severity))
	}
	return b.String()
}

// FuzzParseConfig: no input may panic, and a config that loads must load
// the same way twice (decoding must not depend on map order).
func FuzzParseConfig(f *testing.F) {
	f.Add([]byte(StarterConfig))
	files, _ := filepath.Glob(filepath.Join("testdata", "config", "*.yaml"))
	for _, file := range files {
		if data, err := os.ReadFile(file); err == nil {
			f.Add(data)
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		a, errA := ParseConfig("f.yaml", data, testChecks)
		b, errB := ParseConfig("f.yaml", data, testChecks)
		if (errA == nil) != (errB == nil) || errA != nil && errA.Error() != errB.Error() {
			t.Fatalf("two loads differ: %v / %v", errA, errB)
		}
		if errA == nil && !reflect.DeepEqual(a, b) {
			t.Fatalf("two loads differ: %s / %s", dumpConfig(a), dumpConfig(b))
		}
	})
}

// Aliases that refer to themselves or multiply must end in an error, not
// a hang or a stack overflow.
func TestLoadConfigAliasBombs(t *testing.T) {
	var laughs strings.Builder
	laughs.WriteString("x-0: &l0 {rule: reference, reason: r}\n")
	for i := 1; i <= 30; i++ {
		fmt.Fprintf(&laughs, "x-%d: &l%d {<<: [*l%d, *l%d, *l%d, *l%d]}\n", i, i, i-1, i-1, i-1, i-1)
	}
	laughs.WriteString("ignore: [*l30]\n")
	for name, data := range map[string]string{
		"self merge": "ignore:\n  - &a {rule: reference, <<: *a}\n",
		"laughs":     laughs.String(),
	} {
		_, err := ParseConfig("a.yaml", []byte(data), testChecks)
		if err == nil {
			t.Errorf("%s: loaded without error", name)
		}
	}
}

func TestConfigBaseURL(t *testing.T) {
	cfg, err := ParseConfig("f.yaml", []byte("base_url: https://example.org/care/\n"), testChecks)
	if err != nil || cfg.BaseURL != "https://example.org/care/" {
		t.Fatalf("base_url = %q, %v", cfg.BaseURL, err)
	}
	for _, bad := range []string{"example.org", "/care/", "javascript:alert(1)"} {
		if _, err := ParseConfig("f.yaml", []byte("base_url: "+bad+"\n"), testChecks); err == nil || !strings.Contains(err.Error(), "base_url") {
			t.Errorf("base_url %s: err = %v, want an error naming base_url", bad, err)
		}
	}
}
