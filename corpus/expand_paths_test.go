package corpus

import (
	"os"
	"path/filepath"
	"testing"
)

// tree writes files (name → content) under a new temporary folder.
func tree(t *testing.T, files map[string]string) string {
	t.Helper()
	root := t.TempDir()
	for name, content := range files {
		p := filepath.Join(root, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return root
}

func expandRel(t *testing.T, root string, args []string, o Options) []string {
	t.Helper()
	in, err := Expand(args, o)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, i := range in {
		r, _ := filepath.Rel(root, i.Path)
		out = append(out, filepath.ToSlash(r))
	}
	return out
}

func TestExpandGlobsRelativeToRoot(t *testing.T) {
	root := tree(t, map[string]string{"site/a.md": "x", "site/drafts/b.md": "x", "site/legacy/c.md": "x"})
	o := DefaultOptions()
	o.Root = root
	o.Exclude = []string{"site/drafts/**"}
	j := func(p string) string { return filepath.Join(root, p) }
	// The same exclude holds whichever folder is walked…
	for _, arg := range []string{root, j("site")} {
		got := expandRel(t, root, []string{arg}, o)
		for _, g := range got {
			if g == "site/drafts/b.md" {
				t.Errorf("walk of %s kept an excluded file: %q", arg, got)
			}
		}
	}
	// …and for files named explicitly.
	if got := expandRel(t, root, []string{j("site/drafts/b.md"), j("site/a.md")}, o); !eqStrings(got, []string{"site/a.md"}) {
		t.Errorf("explicit files = %q, want only site/a.md", got)
	}
	// A pattern relative to the walked folder, not Root, no longer matches.
	o.Exclude = []string{"drafts/b.md"}
	if got := expandRel(t, root, []string{j("site")}, o); len(got) != 3 {
		t.Errorf("exclude drafts/b.md relative to Root should match nothing: %q", got)
	}
}

func TestExpandSymlinkReadOnce(t *testing.T) {
	root := tree(t, map[string]string{"site/a.md": "x"})
	if err := os.Symlink("a.md", filepath.Join(root, "site", "b.md")); err != nil {
		t.Skip("symlinks unsupported:", err)
	}
	if got := expandRel(t, root, []string{filepath.Join(root, "site")}, DefaultOptions()); !eqStrings(got, []string{"site/a.md"}) {
		t.Errorf("walk with a symlinked page = %q, want it once", got)
	}
	j := filepath.Join(root, "site", "a.md")
	dot := filepath.Join(root, "site", ".", "a.md")
	if got := expandRel(t, root, []string{j, dot}, DefaultOptions()); len(got) != 1 {
		t.Errorf("one file named twice = %q", got)
	}
}

// A folder reached through a link to it and by its own name is walked
// twice, but each page in it is read once, under the name met first, and
// a relative path names the same file as an absolute one.
func TestExpandLinkedFolderReadOnce(t *testing.T) {
	root := tree(t, map[string]string{"site/a.md": "x", "site/sub/b.md": "x"})
	if err := os.Symlink("site", filepath.Join(root, "mirror")); err != nil {
		t.Skip("symlinks unsupported:", err)
	}
	j := func(p string) string { return filepath.Join(root, p) }
	got := expandRel(t, root, []string{j("mirror"), j("site")}, DefaultOptions())
	if !eqStrings(got, []string{"mirror/a.md", "mirror/sub/b.md"}) {
		t.Errorf("a folder and a link to it = %q, want each page once, under the link", got)
	}
	t.Chdir(root)
	in, err := Expand([]string{"site", j("site/sub")}, DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	if len(in) != 2 || in[0].Path != filepath.Join("site", "a.md") || in[1].Path != filepath.Join("site", "sub", "b.md") {
		t.Errorf("a relative folder and an absolute subfolder = %+v, want each page once", in)
	}
}

func TestExpandGitIgnore(t *testing.T) {
	root := tree(t, map[string]string{
		".git/HEAD":            "ref: refs/heads/main\n",
		".git/info/exclude":    "scratch.md\n",
		".gitignore":           "# build output\n_site/\n*.tmp.md\n",
		"site/.gitignore":      "generated/\n!keep.tmp.md\n",
		"site/a.md":            "x",
		"site/scratch.md":      "x",
		"site/b.tmp.md":        "x",
		"site/keep.tmp.md":     "x",
		"site/generated/c.md":  "x",
		"_site/index.html":     "x",
		"other/generated/d.md": "x",
		"site/sub/.gitignore":  "e.md\n",
		"site/sub/e.md":        "x",
		"site/sub/f.md":        "x",
		"site/sibling/e.md":    "x",
	})
	want := []string{"other/generated/d.md", "site/a.md", "site/keep.tmp.md", "site/sibling/e.md", "site/sub/f.md"}
	if got := expandRel(t, root, []string{root}, DefaultOptions()); !eqStrings(got, want) {
		t.Errorf("walk = %q\nwant %q", got, want)
	}
	// Rules above the walked folder apply to it.
	if got := expandRel(t, root, []string{filepath.Join(root, "site")}, DefaultOptions()); !eqStrings(got, want[1:]) {
		t.Errorf("walk of site = %q\nwant %q", got, want[1:])
	}
	// A glob walk honours them too; a file named explicitly is read.
	if got := expandRel(t, root, []string{filepath.Join(root, "**/*.md")}, DefaultOptions()); !eqStrings(got, want) {
		t.Errorf("glob = %q\nwant %q", got, want)
	}
	if got := expandRel(t, root, []string{filepath.Join(root, "site/b.tmp.md")}, DefaultOptions()); len(got) != 1 {
		t.Errorf("explicit ignored file = %q, want it read", got)
	}
	o := DefaultOptions()
	o.NoGitIgnore = true
	if got := expandRel(t, root, []string{filepath.Join(root, "site")}, o); len(got) != 8 {
		t.Errorf("NoGitIgnore walk = %q, want all 8 pages under site", got)
	}
	// Outside a repository .gitignore files mean nothing.
	plain := tree(t, map[string]string{".gitignore": "*.md\n", "a.md": "x"})
	if got := expandRel(t, plain, []string{plain}, DefaultOptions()); len(got) != 1 {
		t.Errorf("walk outside a repository = %q, want a.md", got)
	}
}
