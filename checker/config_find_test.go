package checker

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

func TestLookupConfig(t *testing.T) {
	root := t.TempDir()
	for name, content := range map[string]string{
		".git/HEAD":               "ref: refs/heads/main\n",
		".factlint.yaml":          "",
		"site/.factlint.yml":      "",
		"site/pages/a.md":         "x",
		"blog/b.md":               "x",
		"other/c.md":              "x",
		"nested/.git/HEAD":        "ref: refs/heads/main\n",
		"nested/d.md":             "x",
		"site/pages/deep/e.md":    "x",
		"site/.factlint.yaml/bad": "a folder named like a config is not one",
	} {
		p := filepath.Join(root, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	j := func(p string) string { return filepath.Join(root, p) }
	for _, tc := range []struct {
		paths  []string
		want   string
		others []string
	}{
		{[]string{j("site")}, j("site/.factlint.yml"), nil},
		{[]string{j("site/pages/a.md")}, j("site/.factlint.yml"), nil},
		{[]string{j("site/pages/**/*.md")}, j("site/.factlint.yml"), nil},
		{[]string{j("site/pages/a.md"), j("site/pages/deep/e.md")}, j("site/.factlint.yml"), nil},
		{[]string{j("blog/b.md"), j("other/c.md")}, j(".factlint.yaml"), nil},
		// Disagreeing paths: the config above them all, the others named.
		{[]string{j("site"), j("blog")}, j(".factlint.yaml"), []string{j("site/.factlint.yml")}},
		// A nested repository does not inherit its parent's config.
		{[]string{j("nested/d.md")}, "", nil},
	} {
		l := LookupConfig(tc.paths)
		if l.Path != tc.want || !slices.Equal(l.Others, tc.others) {
			t.Errorf("LookupConfig(%v) = %q others %q, want %q others %q", tc.paths, l.Path, l.Others, tc.want, tc.others)
		}
	}
}

func TestConfigDir(t *testing.T) {
	c := &Config{Path: filepath.Join("a", "b", ".factlint.yaml")}
	want, _ := filepath.Abs(filepath.Join("a", "b"))
	if got := c.Dir(); got != want {
		t.Errorf("Dir() = %q, want %q", got, want)
	}
	wd, _ := os.Getwd()
	if got := DefaultConfig().Dir(); got != wd {
		t.Errorf("default Dir() = %q, want the working directory %q", got, wd)
	}
}
