package report

import (
	"bytes"
	"fmt"
	"io"
	"strings"

	"github.com/factlint/factlint/checker"
)

// WriteLine renders one line per finding, `file:line:col: severity:
// message (rule)`, the shape compilers print and that editors (Vim's
// quickfix, Emacs compile mode, VS Code problem matchers) already parse.
// Line breaks in a message become spaces so that a finding stays one
// line; skipped files and the summary are left out, as in other one-line
// formats, since a reader would take them for findings.
func WriteLine(w io.Writer, r *checker.Result, opt Options) error {
	var buf bytes.Buffer
	flat := strings.NewReplacer("\r\n", " ", "\n", " ", "\r", " ")
	for _, f := range findingsOf(r) {
		l := primary(f)
		file := l.File
		if file == "" {
			file = "-"
		}
		line, col := max(l.Line, 1), max(l.Column, 1)
		fmt.Fprintf(&buf, "%s:%d:%d: %s: %s (%s)\n", file, line, col, f.Severity, flat.Replace(f.Message), f.Rule)
	}
	return flush(w, &buf)
}
