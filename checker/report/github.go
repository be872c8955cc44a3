package report

import (
	"bytes"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/factlint/factlint/checker"
)

// githubCommand maps severities onto the workflow commands that create
// annotations; GitHub calls info "notice".
func githubCommand(s checker.Severity) string {
	switch s {
	case checker.Error:
		return "error"
	case checker.Warning:
		return "warning"
	}
	return "notice"
}

// githubData escapes a command's message the way the Actions runner
// decodes it (actions/toolkit, escapeData); without it a line break in a
// message would end the command.
func githubData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

// githubProperty escapes a property value, where ':' and ',' would also
// end the value (actions/toolkit, escapeProperty).
func githubProperty(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}

// githubLine formats one workflow command. Properties come in a fixed
// order and empty ones are left out, since GitHub rejects "line=" without
// a number.
func githubLine(cmd string, props [][2]string, msg string) string {
	var b strings.Builder
	b.WriteString("::" + cmd)
	sep := " "
	for _, p := range props {
		if p[1] == "" {
			continue
		}
		b.WriteString(sep + p[0] + "=" + githubProperty(p[1]))
		sep = ","
	}
	b.WriteString("::" + githubData(msg) + "\n")
	return b.String()
}

// githubSeeAlso is how many other locations an annotation names.
const githubSeeAlso = 5

// WriteGitHub renders GitHub Actions workflow commands, one per finding at
// its primary location; the other sides of a contradiction are named in
// the message, because an annotation has only one place. Unless Quiet,
// skipped files and stale baseline entries follow as warnings and a notice.
func WriteGitHub(w io.Writer, r *checker.Result, opt Options) error {
	var buf bytes.Buffer
	for _, f := range findingsOf(r) {
		l := primary(f)
		msg := f.Message
		if len(f.Locations) > 1 {
			// A finding about a template repeated on 200 pages would make
			// an annotation of every page; the JSON and SARIF reports keep
			// the full list.
			rest := f.Locations[1:]
			others := make([]string, 0, min(len(rest), githubSeeAlso)+1)
			for _, o := range rest[:min(len(rest), githubSeeAlso)] {
				others = append(others, position(relPath(o.File, opt), o))
			}
			if n := len(rest) - githubSeeAlso; n > 0 {
				others = append(others, fmt.Sprintf("and %d more", n))
			}
			msg += " (see also " + strings.Join(others, ", ") + ")"
		}
		buf.WriteString(githubLine(githubCommand(f.Severity), [][2]string{
			{"file", relPath(l.File, opt)},
			{"line", positive(l.Line)},
			{"col", positive(l.Column)},
			{"title", "factlint " + f.Rule},
		}, msg))
	}
	if opt.Quiet {
		return flush(w, &buf)
	}
	for _, s := range skippedOf(r) {
		buf.WriteString(githubLine("warning", [][2]string{
			{"file", relPath(s.File, opt)},
			{"title", "factlint skipped a file"},
		}, "not checked: "+s.Reason))
	}
	if n := len(r.Stale); n > 0 {
		buf.WriteString(githubLine("notice", [][2]string{{"title", "factlint baseline"}}, fmt.Sprintf(
			"%d baseline %s no longer %s; rewrite the baseline with --write-baseline",
			n, plural(n, "entry", "entries"), plural(n, "occurs", "occur"))))
	}
	return flush(w, &buf)
}

// positive formats n, or nothing when the position is unknown.
func positive(n int) string {
	if n <= 0 {
		return ""
	}
	return strconv.Itoa(n)
}
