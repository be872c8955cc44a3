package report

import (
	"bytes"
	_ "embed"
	"html/template"
	"io"

	"github.com/factlint/factlint/checker"
)

// The report's stylesheet and script are inlined into the page, so the
// file opens offline from an email or a CI artifact and makes no request.
var (
	//go:embed html_assets/report.tmpl
	htmlTemplateText string
	//go:embed html_assets/report.css
	htmlCSS string
	//go:embed html_assets/report.js
	htmlJS string
)

var htmlTemplate = template.Must(template.New("report").Funcs(template.FuncMap{
	// Both are the project's own files, embedded above; page text never
	// goes through these.
	"css":    func() template.CSS { return template.CSS(htmlCSS) },
	"js":     func() template.JS { return template.JS(htmlJS) },
	"add":    func(a, b int) int { return a + b },
	"plural": plural,
}).Parse(htmlTemplateText))

// WriteHTML renders one self-contained page for people who audit a site
// rather than read CI output: a summary, the findings by problem and by
// page with each side quoted in its sentence and linked to the live page,
// charts of what the site states for each kind and subject, and its
// near-duplicate families side by side. Page text is escaped by
// html/template like every other value.
func WriteHTML(w io.Writer, r *checker.Result, opt Options) error {
	var buf bytes.Buffer
	if err := htmlTemplate.Execute(&buf, buildHTML(r, opt)); err != nil {
		return err
	}
	return flush(w, &buf)
}
