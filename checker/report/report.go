package report

import (
	"bytes"
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"github.com/factlint/factlint/checker"
)

// Options carries what a writer needs beyond the Result.
type Options struct {
	// Color enables ANSI colour in the text format. The CLI decides (a
	// terminal, NO_COLOR unset) because writers cannot see where w goes.
	Color bool
	// Quiet drops everything but findings from the human formats (text,
	// markdown, github). Machine formats are always complete, since their
	// readers rely on the shape.
	Quiet bool
	// ToolVersion is the factlint version recorded in SARIF and JUnit.
	ToolVersion string
	// Root, when set, is the directory that file paths in the sarif and
	// github formats are made relative to; both are read by services that
	// resolve paths against a repository checkout. Other formats show paths
	// as the Result has them.
	Root string
	// Files lists every checked file. Result only counts them, and JUnit
	// needs their names to report the clean ones as passing testcases;
	// without Files, JUnit knows only the files findings and skips mention.
	Files []string
	// Corpus is the pages, claims, families and run settings the html
	// format shows beyond the Result; other formats ignore it.
	Corpus *Corpus
}

// WriterFunc renders r to w in one format.
type WriterFunc func(w io.Writer, r *checker.Result, opt Options) error

// DefaultFormat is the format for people at a terminal.
const DefaultFormat = "text"

// Writers maps format names, as given to --format, to their writers.
var Writers = map[string]WriterFunc{
	"text":     WriteText,
	"json":     WriteJSON,
	"sarif":    WriteSARIF,
	"github":   WriteGitHub,
	"junit":    WriteJUnit,
	"markdown": WriteMarkdown,
	"csv":      WriteCSV,
	"line":     WriteLine,
	"html":     WriteHTML,
}

// Formats lists the known format names, sorted.
func Formats() []string {
	names := make([]string, 0, len(Writers))
	for name := range Writers {
		names = append(names, name)
	}
	sort.Strings(names)
	return names
}

// Known reports whether format names a writer.
func Known(format string) bool {
	_, ok := Writers[format]
	return ok
}

// Write renders r to w in format.
func Write(format string, w io.Writer, r *checker.Result, opt Options) error {
	write, ok := Writers[format]
	if !ok {
		return fmt.Errorf("unknown format %q (want one of %s)", format, strings.Join(Formats(), ", "))
	}
	if r == nil {
		return fmt.Errorf("%s report: no result", format)
	}
	return write(w, r, opt)
}

// flush sends a rendered report to w in one write, so that a report is
// built completely before any of it reaches a file or pipe and write
// errors surface in one place.
func flush(w io.Writer, buf *bytes.Buffer) error {
	_, err := w.Write(buf.Bytes())
	return err
}

// findingsOf returns r's findings in report order without touching r:
// callers may hand writers an unsorted Result, and output must not depend
// on it.
func findingsOf(r *checker.Result) []checker.Finding {
	fs := slices.Clone(r.Findings)
	checker.SortFindings(fs)
	return fs
}

// skippedOf returns the skipped inputs sorted by file.
func skippedOf(r *checker.Result) []checker.Skipped {
	sk := slices.Clone(r.Skipped)
	sort.SliceStable(sk, func(i, j int) bool { return sk[i].File < sk[j].File })
	return sk
}

// staleOf returns the stale baseline entries in baseline order.
func staleOf(r *checker.Result) []checker.BaselineEntry {
	out := make([]checker.BaselineEntry, 0, len(r.Stale))
	for _, f := range r.Stale {
		out = append(out, checker.NewBaselineEntry(f))
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Rule != b.Rule {
			return a.Rule < b.Rule
		}
		return a.Fingerprint < b.Fingerprint
	})
	return out
}

// fingerprint returns f's fingerprint, computing it for findings that did
// not come through the engine (tests, hand-built results).
func fingerprint(f checker.Finding) string {
	if f.Fingerprint != "" {
		return f.Fingerprint
	}
	return checker.Fingerprint(f)
}

// primary is the location a one-line format points at.
func primary(f checker.Finding) checker.Location {
	if len(f.Locations) == 0 {
		return checker.Location{}
	}
	return f.Locations[0]
}

// relPath makes file slash-separated and, when opt.Root is set, relative
// to it. Files outside Root stay as they are: a path with "../" would point
// code-scanning services at nothing.
func relPath(file string, opt Options) string {
	if file == "" {
		return ""
	}
	if opt.Root != "" {
		if rel, err := filepath.Rel(opt.Root, file); err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
			file = rel
		}
	}
	return filepath.ToSlash(file)
}

// position formats a location as file:line:col, leaving out what is unknown.
func position(file string, l checker.Location) string {
	switch {
	case l.Line <= 0:
		return file
	case l.Column <= 0:
		return fmt.Sprintf("%s:%d", file, l.Line)
	}
	return fmt.Sprintf("%s:%d:%d", file, l.Line, l.Column)
}

// plural picks the word for n.
func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
