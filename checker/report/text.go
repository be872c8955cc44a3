package report

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/olekukonko/tablewriter"
	"github.com/olekukonko/tablewriter/tw"

	"github.com/factlint/factlint/checker"
)

// ANSI styles for the text format; raw codes rather than a colour library,
// so that Options.Color alone decides and output is the same everywhere.
const (
	ansiReset  = "\x1b[0m"
	ansiBold   = "\x1b[1m"
	ansiDim    = "\x1b[2m"
	ansiRed    = "\x1b[31m"
	ansiYellow = "\x1b[33m"
	ansiCyan   = "\x1b[36m"
)

type styler bool

func (on styler) paint(style, s string) string {
	if !on || s == "" {
		return s
	}
	return style + s + ansiReset
}

func severityStyle(s checker.Severity) string {
	switch s {
	case checker.Error:
		return ansiBold + ansiRed
	case checker.Warning:
		return ansiYellow
	}
	return ansiCyan
}

// WriteText renders findings grouped by file for a terminal, then a
// summary table, the skipped files and stale baseline entries.
func WriteText(w io.Writer, r *checker.Result, opt Options) error {
	var buf bytes.Buffer
	st := styler(opt.Color)
	fs := findingsOf(r)
	for start := 0; start < len(fs); {
		file := primary(fs[start]).File
		end := start
		for end < len(fs) && primary(fs[end]).File == file {
			end++
		}
		if start > 0 {
			buf.WriteByte('\n')
		}
		writeTextGroup(&buf, st, file, fs[start:end])
		start = end
	}
	if !opt.Quiet {
		if err := writeTextSummary(&buf, st, r, len(fs) > 0); err != nil {
			return err
		}
	}
	return flush(w, &buf)
}

func writeTextGroup(buf *bytes.Buffer, st styler, file string, fs []checker.Finding) {
	name := file
	if name == "" {
		name = "(no file)"
	}
	buf.WriteString(st.paint(ansiBold, clean(name)) + "\n")
	// Pad columns within the file so that messages line up; padding is
	// measured on the plain text because colour codes have no width.
	posW, ruleW := 0, 0
	for _, f := range fs {
		posW = max(posW, utf8.RuneCountInString(linecol(primary(f))))
		ruleW = max(ruleW, utf8.RuneCountInString(f.Rule))
	}
	for _, f := range fs {
		sev := f.Severity.String()
		fmt.Fprintf(buf, "  %s  %s  %s  %s\n",
			pad(linecol(primary(f)), posW),
			padPainted(st.paint(severityStyle(f.Severity), sev), sev, len("warning")),
			padPainted(st.paint(ansiDim, f.Rule), f.Rule, ruleW),
			clean(f.Message))
		rest := f.Locations[min(1, len(f.Locations)):]
		for _, l := range rest[:min(len(rest), textMaxSides)] {
			fmt.Fprintf(buf, "      %s %s “%s”\n", st.paint(ansiDim, "↳"), clean(l.String()), clean(l.Text))
		}
		if n := len(rest) - textMaxSides; n > 0 {
			fmt.Fprintf(buf, "      %s and %d more (--format json lists them all)\n", st.paint(ansiDim, "↳"), n)
		}
	}
}

// textMaxSides is how many further locations a finding lists in text.
const textMaxSides = 10

func writeTextSummary(buf *bytes.Buffer, st styler, r *checker.Result, hasFindings bool) error {
	if hasFindings {
		buf.WriteByte('\n')
	} else {
		buf.WriteString("No findings.\n\n")
	}
	s := r.Summary
	t := tablewriter.NewTable(buf, tablewriter.WithRowAlignment(tw.AlignRight))
	t.Header("files", "skipped", "claims", "findings", "errors", "warnings", "info")
	if err := t.Append(s.Files, s.Skipped, s.Claims, s.Findings, s.Errors, s.Warnings, s.Infos); err != nil {
		return fmt.Errorf("text report: %w", err)
	}
	if err := t.Render(); err != nil {
		return fmt.Errorf("text report: %w", err)
	}
	if sk := skippedOf(r); len(sk) > 0 {
		fmt.Fprintf(buf, "\n%s\n", st.paint(ansiYellow, fmt.Sprintf("Skipped %d %s:", len(sk), plural(len(sk), "file", "files"))))
		for _, s := range sk {
			fmt.Fprintf(buf, "  %s: %s\n", clean(s.File), clean(s.Reason))
		}
	}
	if stale := staleOf(r); len(stale) > 0 {
		fmt.Fprintf(buf, "\n%d baseline %s no longer %s; rewrite the baseline with --write-baseline:\n",
			len(stale), plural(len(stale), "entry", "entries"), plural(len(stale), "occurs", "occur"))
		fileW, ruleW := 0, 0
		for _, e := range stale {
			fileW = max(fileW, utf8.RuneCountInString(clean(e.File)))
			ruleW = max(ruleW, utf8.RuneCountInString(e.Rule))
		}
		for _, e := range stale {
			fmt.Fprintf(buf, "  %s  %s  %s\n", pad(clean(e.File), fileW), pad(e.Rule, ruleW), clean(e.Message))
		}
	}
	return nil
}

func linecol(l checker.Location) string {
	return fmt.Sprintf("%d:%d", l.Line, l.Column)
}

func pad(s string, width int) string {
	return padPainted(s, s, width)
}

// padPainted pads a possibly coloured string to width by the length of
// its plain text, so that colour codes never count as columns.
func padPainted(painted, plain string, width int) string {
	if n := utf8.RuneCountInString(plain); n < width {
		return painted + strings.Repeat(" ", width-n)
	}
	return painted
}

// clean keeps text quoted from web pages from driving the terminal: an
// escape sequence in a page must not recolour or rewrite the user's screen,
// and a line break must not fake a finding line.
func clean(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\t' || r == '\n' || r == '\r':
			return ' '
		case r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0):
			return utf8.RuneError
		}
		return r
	}, s)
}
