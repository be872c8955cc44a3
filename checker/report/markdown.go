package report

import (
	"bytes"
	"fmt"
	"io"
	"strings"

	"github.com/factlint/factlint/checker"
)

// markdownMaxFindings keeps a PR comment readable and well under GitHub's
// 65,536-character limit for comments; the full list belongs in another
// format.
const markdownMaxFindings = 50

// WriteMarkdown renders a report sized for a pull-request comment: a
// summary table, then at most markdownMaxFindings findings in a table.
// Quiet leaves only the findings table.
// markdownMaxSides is how many locations a table row names.
const markdownMaxSides = 6

func WriteMarkdown(w io.Writer, r *checker.Result, opt Options) error {
	var buf bytes.Buffer
	fs := findingsOf(r)
	s := r.Summary
	if !opt.Quiet {
		buf.WriteString("### factlint\n\n")
		buf.WriteString("| errors | warnings | info | files | skipped | claims |\n")
		buf.WriteString("|---:|---:|---:|---:|---:|---:|\n")
		fmt.Fprintf(&buf, "| %d | %d | %d | %d | %d | %d |\n\n", s.Errors, s.Warnings, s.Infos, s.Files, s.Skipped, s.Claims)
		if len(fs) == 0 {
			buf.WriteString("No findings.\n")
		}
	}
	if len(fs) > 0 {
		buf.WriteString("| severity | rule | location | message |\n")
		buf.WriteString("|---|---|---|---|\n")
		for _, f := range fs[:min(len(fs), markdownMaxFindings)] {
			locs := make([]string, 0, min(len(f.Locations), markdownMaxSides)+1)
			for _, l := range f.Locations[:min(len(f.Locations), markdownMaxSides)] {
				locs = append(locs, mdEscape(position(l.File, l)))
			}
			if n := len(f.Locations) - markdownMaxSides; n > 0 {
				locs = append(locs, fmt.Sprintf("and %d more", n))
			}
			fmt.Fprintf(&buf, "| %s | %s | %s | %s |\n", f.Severity, mdEscape(f.Rule), strings.Join(locs, "<br>"), mdEscape(f.Message))
		}
		if more := len(fs) - markdownMaxFindings; more > 0 {
			fmt.Fprintf(&buf, "\n…and %d more %s.\n", more, plural(more, "finding", "findings"))
		}
	}
	if opt.Quiet {
		return flush(w, &buf)
	}
	if sk := skippedOf(r); len(sk) > 0 {
		fmt.Fprintf(&buf, "\n<details><summary>%d %s skipped</summary>\n\n", len(sk), plural(len(sk), "file", "files"))
		for _, s := range sk {
			fmt.Fprintf(&buf, "- %s: %s\n", mdEscape(s.File), mdEscape(s.Reason))
		}
		buf.WriteString("\n</details>\n")
	}
	if n := len(r.Stale); n > 0 {
		fmt.Fprintf(&buf, "\n%d baseline %s no longer %s; rewrite the baseline with `--write-baseline`.\n",
			n, plural(n, "entry", "entries"), plural(n, "occurs", "occur"))
	}
	return flush(w, &buf)
}

// mdEscape makes text from web pages inert in a GitHub comment: a '|'
// would split a table cell, a newline would end the row, and markup or
// HTML (even a stray "<!--") could hide the rest of the comment.
var mdEscape = strings.NewReplacer(
	`\`, `\\`,
	"|", `\|`,
	"`", "\\`",
	"*", `\*`,
	"_", `\_`,
	"[", `\[`,
	"]", `\]`,
	"&", "&amp;",
	"<", "&lt;",
	">", "&gt;",
	"\r\n", "<br>",
	"\n", "<br>",
	"\r", "<br>",
).Replace
