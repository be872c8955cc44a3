package corpus

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestExpand(t *testing.T) {
	root := t.TempDir()
	for _, f := range []string{
		"b.html", "a.md", "notes.txt", "logo.png", "page.php",
		"sub/c.htm", "sub/deep/d.markdown", "sub/draft-e.txt",
		".git/config.txt", "node_modules/x/readme.md", ".hidden/f.html", "sub/.g.html",
	} {
		p := filepath.Join(root, f)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	rel := func(in []Input) []string {
		var out []string
		for _, i := range in {
			r, _ := filepath.Rel(root, i.Path)
			out = append(out, filepath.ToSlash(r))
		}
		return out
	}
	run := func(args []string, o Options) []string {
		t.Helper()
		in, err := Expand(args, o)
		if err != nil {
			t.Fatal(err)
		}
		return rel(in)
	}
	j := func(p string) string { return filepath.Join(root, p) }

	if got, want := run([]string{root}, DefaultOptions()), []string{"a.md", "b.html", "notes.txt", "sub/c.htm", "sub/deep/d.markdown", "sub/draft-e.txt"}; !eqStrings(got, want) {
		t.Errorf("walk = %q, want %q", got, want)
	}
	// An explicitly named file is read whatever its extension.
	if got := run([]string{j("page.php")}, DefaultOptions()); !eqStrings(got, []string{"page.php"}) {
		t.Errorf("explicit = %q", got)
	}
	o := DefaultOptions()
	o.Root = root
	o.Exclude = []string{"draft-*", "deep/**"}
	if got, want := run([]string{root}, o), []string{"a.md", "b.html", "notes.txt", "sub/c.htm"}; !eqStrings(got, want) {
		t.Errorf("exclude = %q, want %q", got, want)
	}
	o = DefaultOptions()
	o.Root = root
	o.Include = []string{"sub/**/*.markdown", "*.md"}
	if got, want := run([]string{root}, o), []string{"a.md", "sub/deep/d.markdown"}; !eqStrings(got, want) {
		t.Errorf("include = %q, want %q", got, want)
	}
	if got, want := run([]string{j("*.html"), j("sub/**/*.*")}, DefaultOptions()), []string{"b.html", "sub/c.htm", "sub/deep/d.markdown", "sub/draft-e.txt"}; !eqStrings(got, want) {
		t.Errorf("globs = %q, want %q", got, want)
	}
	if got := run([]string{j("a.md"), j("*.md")}, DefaultOptions()); !eqStrings(got, []string{"a.md"}) {
		t.Errorf("duplicates = %q", got)
	}
	in, err := Expand([]string{"-"}, DefaultOptions())
	if err != nil || len(in) != 1 || !in[0].Stdin {
		t.Errorf("stdin = %+v, %v", in, err)
	}

	for _, bad := range []string{j("missing.html"), j("*.docx"), j("nothing/**/*.md")} {
		_, err := Expand([]string{bad}, DefaultOptions())
		if err == nil || !strings.Contains(err.Error(), bad) {
			t.Errorf("Expand(%q) error = %v, want one naming it", bad, err)
		}
	}
}

func TestGlobMatch(t *testing.T) {
	for _, c := range []struct {
		pat, name string
		want      bool
	}{
		{"**/*.md", "a.md", true},
		{"**/*.md", "x/y/a.md", true},
		{"x/**", "x", true},
		{"x/**/z", "x/a/b/z", true},
		{"*.md", "x/a.md", false},
		{"drafts", "drafts", true},
	} {
		if got := globMatch(c.pat, c.name); got != c.want {
			t.Errorf("globMatch(%q, %q) = %v", c.pat, c.name, got)
		}
	}
}
