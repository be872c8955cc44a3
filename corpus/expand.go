package corpus

import (
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
)

// Input is one page to load: a file path, or standard input.
type Input struct {
	Path  string
	Stdin bool
	// Name, for standard input, is the file name it stands for
	// (--stdin-filename): reports show it and its extension picks the format.
	Name string
	// Open, when set, makes the document instead of reading Path: a page
	// fetched over HTTP, whose Path is its URL.
	Open func(Options) (*Document, error)
}

// contentExts are the extensions a directory walk picks up; files named
// explicitly are read whatever their extension.
var contentExts = map[string]bool{".html": true, ".htm": true, ".md": true, ".markdown": true, ".txt": true}

// Expand turns command-line arguments (files, directories, globs, "-")
// into inputs in a stable order. A path that does not exist or a glob that
// matches nothing is an error naming it.
func Expand(args []string, opts Options) ([]Input, error) {
	var out []Input
	// Inputs are told apart by the file they resolve to, so a page and a
	// symlink to it (or "a.md" and "./a.md") are read once, under the
	// first name met in the stable order.
	seen := map[string]bool{}
	ps := newPaths(opts)
	add := func(f found) {
		if key := ps.key(f); !seen[key] {
			seen[key] = true
			out = append(out, Input{Path: f.path})
		}
	}
	for _, arg := range args {
		if arg == "-" {
			out = append(out, Input{Path: "-", Stdin: true})
			continue
		}
		fi, err := os.Stat(arg)
		switch {
		case err == nil && fi.IsDir():
			files, err := walk(arg, opts, ps)
			if err != nil {
				return nil, err
			}
			if len(files) == 0 {
				return nil, fmt.Errorf("%s: no .html, .htm, .md, .markdown or .txt files found", arg)
			}
			for _, f := range files {
				add(f)
			}
		case err == nil:
			if keep(opts, ps.rel(arg), filepath.Base(arg)) {
				add(found{path: arg})
			}
		case hasMeta(arg):
			files, err := glob(arg, opts, ps)
			if err != nil {
				return nil, err
			}
			if len(files) == 0 {
				return nil, fmt.Errorf("%s: no files match", arg)
			}
			for _, f := range files {
				add(f)
			}
		default:
			return nil, fmt.Errorf("%s: %w", arg, unwrapPathError(err))
		}
	}
	return out, nil
}

func unwrapPathError(err error) error {
	if pe, ok := err.(*fs.PathError); ok {
		return pe.Err
	}
	return err
}

func hasMeta(p string) bool { return strings.ContainsAny(p, "*?[") }

// skipDir names directories no one means to check: VCS metadata, tool
// caches and dependencies.
func skipDir(name string) bool {
	return name == "node_modules" || (len(name) > 1 && name[0] == '.' && name != "..")
}

// walk lists content files under root, sorted, filtered by opts.Include
// and opts.Exclude.
func walk(root string, opts Options, ps *paths) ([]found, error) {
	var files []found
	var gi *gitIgnore
	if !opts.NoGitIgnore {
		gi = newGitIgnore(root)
	}
	// WalkDir does not follow a root that is a link to a folder; with a
	// trailing separator the OS does, and the paths keep the name given.
	if fi, err := os.Lstat(root); err == nil && fi.Mode()&fs.ModeSymlink != 0 && !strings.HasSuffix(root, string(filepath.Separator)) {
		root += string(filepath.Separator)
	}
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if p == root {
				return err
			}
			// An unreadable subdirectory is reported when its files are
			// loaded; here it only must not stop the walk.
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		rel := ps.rel(p)
		if d.IsDir() {
			if p != root && (skipDir(d.Name()) || matchAny(opts.Exclude, rel, d.Name()) || gi.ignored(p, true)) {
				return fs.SkipDir
			}
			if p != root {
				ps.subdir(p)
			}
			if gi != nil {
				gi.enter(p)
			}
			return nil
		}
		if gi.ignored(p, false) {
			return nil
		}
		if strings.HasPrefix(d.Name(), ".") || !contentExts[strings.ToLower(filepath.Ext(p))] {
			return nil
		}
		if !keep(opts, rel, d.Name()) {
			return nil
		}
		files = append(files, found{path: p, listed: d.Type().IsRegular()})
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("%s: %w", root, unwrapPathError(err))
	}
	sortFound(files)
	return files, nil
}

func keep(opts Options, rel, base string) bool {
	if len(opts.Include) > 0 && !matchAny(opts.Include, rel, base) {
		return false
	}
	return !matchAny(opts.Exclude, rel, base)
}

// glob expands a pattern; "**" matches any number of directories.
// Directories it matches are walked; files it matches are kept when the
// pattern names their extension or the extension is a content one, so
// "site/**" does not pull in images.
func glob(pattern string, opts Options, ps *paths) ([]found, error) {
	var matches []string
	if strings.Contains(pattern, "**") {
		root := globRoot(pattern)
		pat := filepath.ToSlash(pattern)
		var gi *gitIgnore
		if !opts.NoGitIgnore {
			gi = newGitIgnore(root)
		}
		err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return nil
			}
			if d.IsDir() && p != root && (skipDir(d.Name()) || gi.ignored(p, true)) {
				return fs.SkipDir
			}
			if d.IsDir() && gi != nil {
				gi.enter(p)
			}
			if !d.IsDir() && !strings.HasPrefix(d.Name(), ".") && !gi.ignored(p, false) && globMatch(pat, filepath.ToSlash(p)) {
				matches = append(matches, p)
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	} else {
		var err error
		if matches, err = filepath.Glob(pattern); err != nil {
			return nil, fmt.Errorf("%s: %w", pattern, err)
		}
	}
	extNamed := filepath.Ext(pattern) != "" && !hasMeta(filepath.Ext(pattern))
	var files []found
	for _, m := range matches {
		fi, err := os.Stat(m)
		if err != nil {
			continue
		}
		if fi.IsDir() {
			sub, err := walk(m, opts, ps)
			if err != nil {
				return nil, err
			}
			files = append(files, sub...)
			continue
		}
		if (extNamed || contentExts[strings.ToLower(filepath.Ext(m))]) && keep(opts, ps.rel(m), filepath.Base(m)) {
			files = append(files, found{path: m})
		}
	}
	sortFound(files)
	return files, nil
}

// globRoot is the directory part of pattern before the first metacharacter.
func globRoot(pattern string) string {
	i := strings.IndexAny(pattern, "*?[")
	dir := filepath.Dir(pattern[:i] + "x")
	if dir == "" {
		return "."
	}
	return dir
}

func matchAny(globs []string, rel, base string) bool {
	for _, g := range globs {
		if globMatch(g, rel) || globMatch(g, base) {
			return true
		}
	}
	return false
}

// MatchGlob reports whether the slash path name matches pattern, where
// "**" as a whole segment matches zero or more segments, as config globs
// are matched everywhere.
func MatchGlob(pattern, name string) bool { return globMatch(pattern, name) }

// StaticRoot is the folder part of a path argument that does not depend
// on a glob: the argument itself when it has no metacharacters.
func StaticRoot(arg string) string {
	if !hasMeta(arg) {
		return arg
	}
	return globRoot(arg)
}

// globMatch matches a slash path against a slash pattern where "**" as a
// whole segment matches zero or more segments.
func globMatch(pattern, name string) bool {
	return matchSegs(strings.Split(pattern, "/"), strings.Split(name, "/"))
}

func matchSegs(pat, name []string) bool {
	for len(pat) > 0 {
		if pat[0] == "**" {
			for i := 0; i <= len(name); i++ {
				if matchSegs(pat[1:], name[i:]) {
					return true
				}
			}
			return false
		}
		if len(name) == 0 {
			return false
		}
		if ok, _ := path.Match(pat[0], name[0]); !ok {
			return false
		}
		pat, name = pat[1:], name[1:]
	}
	return len(name) == 0
}
