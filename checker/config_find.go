package checker

import (
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/factlint/factlint/corpus"
)

// ConfigLookup is the outcome of looking for the config that applies to
// a set of checked paths.
type ConfigLookup struct {
	// Path is the config file found, empty when none applies.
	Path string
	// Dir is the folder the lookup started from.
	Dir string
	// Others are config files that some of the paths would find on their
	// own but that do not apply, because the paths do not agree on one.
	Others []string
}

// LookupConfig finds the config for checking paths as golangci-lint does:
// upward from the checked paths, not from the working directory, so that
// `factlint check site/` from a repository root uses site/.factlint.yaml.
// When every path finds the same file (or none) that file applies;
// otherwise the lookup starts from the deepest folder holding all the
// paths, and the files the paths would have found are listed in Others.
// Stdin ("-") and no paths at all stand for the working directory.
func LookupConfig(paths []string) ConfigLookup {
	if len(paths) == 0 {
		paths = []string{"."}
	}
	var dirs []string
	for _, p := range paths {
		dirs = append(dirs, startDir(p))
	}
	found := map[string]bool{}
	for _, d := range dirs {
		p, _ := FindConfig(d)
		found[p] = true
	}
	if len(found) == 1 {
		for p := range found {
			return ConfigLookup{Path: p, Dir: commonDir(dirs)}
		}
	}
	dir := commonDir(dirs)
	p, _ := FindConfig(dir)
	l := ConfigLookup{Path: p, Dir: dir}
	for o := range found {
		if o != "" && o != p {
			l.Others = append(l.Others, o)
		}
	}
	sort.Strings(l.Others)
	return l
}

// startDir is the folder a path argument's lookup starts from: a folder
// itself, a file's folder, a glob's fixed prefix.
func startDir(arg string) string {
	if arg == "-" {
		arg = "."
	}
	arg = corpus.StaticRoot(arg)
	abs, err := filepath.Abs(arg)
	if err != nil {
		return arg
	}
	if fi, err := os.Stat(abs); err == nil && fi.IsDir() {
		return abs
	}
	return filepath.Dir(abs)
}

// commonDir is the deepest folder holding all of dirs (absolute paths).
func commonDir(dirs []string) string {
	c := dirs[0]
	for _, d := range dirs[1:] {
		for !within(c, d) {
			parent := filepath.Dir(c)
			if parent == c {
				break
			}
			c = parent
		}
	}
	return c
}

func within(dir, p string) bool {
	r, err := filepath.Rel(dir, p)
	return err == nil && r != ".." && !strings.HasPrefix(r, ".."+string(filepath.Separator))
}

// Dir is the folder the config's globs are relative to: the config file's
// folder, or the working directory for the built-in default.
func (c *Config) Dir() string {
	if c.Path == "" {
		wd, err := os.Getwd()
		if err != nil {
			return "."
		}
		return wd
	}
	abs, err := filepath.Abs(c.Path)
	if err != nil {
		return filepath.Dir(c.Path)
	}
	return filepath.Dir(abs)
}
