package corpus

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"

	"github.com/go-git/go-git/v5/plumbing/format/gitignore"
)

// gitIgnore answers whether a path met in a walk is ignored by the
// repository's .gitignore files, so that build output (_site/, public/)
// listed there is not checked. Pattern semantics are go-git's, the
// matcher git tooling in Go relies on; this type only decides which files
// to read: .git/info/exclude, then every .gitignore from the repository
// root down to the folders walked, each scoped to its folder.
//
// As ripgrep does by default, only a walk inside a git repository (a
// folder with .git, upward) uses them.
type gitIgnore struct {
	root     string // repository root, absolute
	patterns []gitignore.Pattern
	read     map[string]bool // folders whose .gitignore was read
}

// newGitIgnore prepares for a walk from dir; nil outside a repository.
func newGitIgnore(dir string) *gitIgnore {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil
	}
	root := abs
	for {
		if _, err := os.Stat(filepath.Join(root, ".git")); err == nil {
			break
		}
		parent := filepath.Dir(root)
		if parent == root {
			return nil
		}
		root = parent
	}
	g := &gitIgnore{root: root, read: map[string]bool{}}
	g.load(filepath.Join(root, ".git", "info", "exclude"), nil)
	// The folders above the walk start hold rules for it too.
	rel, _ := filepath.Rel(root, abs)
	d := root
	g.enter(d)
	if rel != "." {
		for _, part := range strings.Split(rel, string(filepath.Separator)) {
			d = filepath.Join(d, part)
			g.enter(d)
		}
	}
	return g
}

// segments is p relative to the repository root, split at slashes; nil
// for a path outside it.
func (g *gitIgnore) segments(p string) []string {
	abs, err := filepath.Abs(p)
	if err != nil {
		return nil
	}
	rel, err := filepath.Rel(g.root, abs)
	if err != nil || rel == "." || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return nil
	}
	return strings.Split(filepath.ToSlash(rel), "/")
}

// enter reads dir's .gitignore, once, before the walk looks inside dir.
func (g *gitIgnore) enter(dir string) {
	abs, err := filepath.Abs(dir)
	if err != nil || g.read[abs] {
		return
	}
	g.read[abs] = true
	domain := g.segments(abs)
	if abs != g.root && domain == nil {
		return
	}
	g.load(filepath.Join(abs, ".gitignore"), domain)
}

// load adds the patterns of one ignore file, read as go-git reads them.
func (g *gitIgnore) load(file string, domain []string) {
	f, err := os.Open(file)
	if err != nil {
		return // no file, or unreadable: nothing is ignored by it
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		s := sc.Text()
		if !strings.HasPrefix(s, "#") && strings.TrimSpace(s) != "" {
			g.patterns = append(g.patterns, gitignore.ParsePattern(s, domain))
		}
	}
}

// ignored reports whether p is ignored; isDir says whether it is a folder.
func (g *gitIgnore) ignored(p string, isDir bool) bool {
	if g == nil {
		return false
	}
	seg := g.segments(p)
	if seg == nil {
		return false
	}
	return gitignore.NewMatcher(g.patterns).Match(seg, isDir)
}
