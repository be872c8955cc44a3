package corpus

import (
	"errors"
	"fmt"
	"io"
	"path"

	"github.com/andybalholm/cascadia"
)

// DefaultMaxSize is the largest file read by default; real provider pages
// are well under 1 MiB, so anything bigger is almost surely not a page.
const DefaultMaxSize = 10 << 20

// Options control how inputs are found and how pages are read.
type Options struct {
	// MaxSize is the largest file, in bytes, that is read; 0 means
	// DefaultMaxSize. Above 1 GiB it is 1 GiB.
	MaxSize int64
	// IncludeSelectors name the content area: when set, only text inside
	// matching HTML elements is read.
	IncludeSelectors []string
	// ExcludeSelectors are dropped in addition to the built-in boilerplate list.
	ExcludeSelectors []string
	// Include and Exclude filter inputs by glob ("**" spans directories),
	// matched against the slash path relative to Root and against the base
	// name. They apply to explicitly named files as well as to walks, so
	// that a hook passing file names sees the same set as a directory run.
	Include, Exclude []string
	// NoGitIgnore turns off .gitignore handling: by default, walks inside
	// a git repository skip what its .gitignore files list (files named
	// explicitly are read all the same).
	NoGitIgnore bool
	// Root is the folder Include and Exclude are relative to, normally the
	// config file's; empty means the working directory.
	Root string
	// Stdin is read for the "-" input; nil means os.Stdin.
	Stdin io.Reader
}

// DefaultOptions returns the options used when nothing is configured.
func DefaultOptions() Options {
	return Options{MaxSize: DefaultMaxSize}
}

// maxSource is the largest page read whatever the options say: offsets
// into a page's source are kept in 32 bits (see run).
const maxSource = 1 << 30

func (o Options) maxSize() int64 {
	if o.MaxSize <= 0 {
		return DefaultMaxSize
	}
	return min(o.MaxSize, maxSource)
}

// Validate reports invalid CSS selectors and path globs, so configuration
// mistakes surface when the config is loaded rather than per page.
func (o Options) Validate() error {
	var errs []error
	for _, s := range append(append([]string{}, o.IncludeSelectors...), o.ExcludeSelectors...) {
		if _, err := compileSelector(s); err != nil {
			errs = append(errs, fmt.Errorf("invalid CSS selector %q: %w", s, err))
		}
	}
	for _, g := range append(append([]string{}, o.Include...), o.Exclude...) {
		if _, err := path.Match(g, ""); err != nil {
			errs = append(errs, fmt.Errorf("invalid path glob %q: %w", g, err))
		}
	}
	return errors.Join(errs...)
}

func compileSelector(s string) (cascadia.Matcher, error) {
	return cascadia.Compile(s)
}
