package gen

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"strings"
)

// htmlw writes one element per line. Indented sites also put text on its
// own line inside each block, as pretty-printers and CMS themes do, so a
// claim's line is not always its element's line.
type htmlw struct {
	b      *bytes.Buffer
	indent bool
	depth  int
}

func (w *htmlw) line(s string) {
	if w.indent {
		for i := 0; i < w.depth; i++ {
			w.b.WriteString("  ")
		}
	}
	w.b.WriteString(s)
	w.b.WriteByte('\n')
}

func (w *htmlw) open(tag string)  { w.line("<" + tag + ">"); w.depth++ }
func (w *htmlw) close(tag string) { w.depth--; w.line("</" + tag + ">") }

// elem writes a text element; attrs is written verbatim after the tag name.
func (w *htmlw) elem(tag, attrs, text string) {
	if w.indent && len(text) > 60 {
		w.line("<" + tag + attrs + ">")
		w.depth++
		w.line(text)
		w.depth--
		w.line("</" + tag + ">")
		return
	}
	w.line("<" + tag + attrs + ">" + text + "</" + tag + ">")
}

var textEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;")
var attrEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;", "\x1e", "", "\x1f", "")

// shell holds what a page needs besides its article.
type shell struct {
	site   *site
	path   string // relative to the site directory
	title  string
	desc   string
	byline string   // blog posts only
	recent []string // other blog paths on the site, for the sidebar
}

// writeHead writes everything before the article body.
func writeHead(w *htmlw, sh *shell, r *rand.Rand) {
	s := sh.site
	w.line("<!doctype html>")
	w.line(`<html lang="en">`)
	w.open("head")
	w.line(`<meta charset="utf-8">`)
	w.line(`<meta name="viewport" content="width=device-width, initial-scale=1">`)
	w.line("<title>" + textEscaper.Replace(sh.title) + " | " + textEscaper.Replace(s.name) + "</title>")
	w.line(`<meta name="description" content="` + attrEscaper.Replace(sh.desc) + `">`)
	w.line(`<link rel="canonical" href="https://` + s.domain + "/" + sh.path + `">`)
	w.line(`<meta property="og:title" content="` + attrEscaper.Replace(sh.title) + `">`)
	w.line(`<meta property="og:site_name" content="` + attrEscaper.Replace(s.name) + `">`)
	w.line(`<link rel="preconnect" href="https://fonts.gstatic.com" crossorigin>`)
	w.line(fmt.Sprintf(`<link rel="stylesheet" href="/wp-content/themes/recovery/style.css?ver=%d.%d.%d">`, 2+r.IntN(4), r.IntN(10), r.IntN(20)))
	w.line(`<link rel="icon" href="/favicon.ico" sizes="any">`)
	w.line(`<script type="application/ld+json">{"@context":"https://schema.org","@type":"MedicalClinic","name":"` +
		attrEscaper.Replace(s.name) + `","telephone":"` + s.phone + `","address":{"@type":"PostalAddress","streetAddress":"` +
		s.street + `","addressLocality":"` + s.place.City + `","addressRegion":"` + s.place.Abbr + `","postalCode":"` + s.zip + `"}}</script>`)
	w.line(fmt.Sprintf(`<script async src="https://www.googletagmanager.com/gtag/js?id=G-%X"></script>`, r.Uint32()))
	w.line(`<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());gtag('config','site');</script>`)
	w.close("head")
	w.line(`<body class="page-template-default">`)
	w.line(`<a class="skip-link" href="#content">Skip to content</a>`)
	w.line(`<header class="site-header">`)
	w.depth++
	w.line(`<div class="top-bar">Confidential help: <a href="tel:` + s.phone + `">` + s.phone + `</a></div>`)
	w.line(`<a class="logo" href="/">` + textEscaper.Replace(s.name) + `</a>`)
	w.line(`<nav class="main-nav" aria-label="Main">`)
	w.depth++
	w.open(`ul class="menu"`)
	links := [][2]string{{"/", "Home"}, {"/about.html", "About Us"}, {"/detox.html", "Detox"},
		{"/php.html", "Partial Hospitalization"}, {"/iop.html", "Intensive Outpatient"},
		{"/insurance.html", "Insurance"}, {"/blog/", "Blog"}, {"/contact.html", "Contact"}}
	for _, l := range links {
		w.line(`<li class="menu-item"><a href="` + l[0] + `">` + l[1] + `</a></li>`)
	}
	w.close("ul")
	w.depth--
	w.line("</nav>")
	w.depth--
	w.line("</header>")
	w.line(`<div id="content" class="site-content">`)
	w.depth++
	w.line(`<main id="main" class="content-area">`)
	w.depth++
	w.line(`<article class="entry">`)
	w.depth++
}

// writeTail closes the article and writes the sidebar and footer, whose
// numbers (hours, phone, 24/7, years) are the boilerplate the loader drops.
func writeTail(w *htmlw, sh *shell, r *rand.Rand) {
	s := sh.site
	w.depth--
	w.line("</article>")
	w.depth--
	w.line("</main>")
	w.line(`<aside class="sidebar">`)
	w.depth++
	w.line(`<section class="widget cta">`)
	w.depth++
	w.line(`<h3>Call 24/7</h3>`)
	w.line(`<p><a href="tel:` + s.phone + `">` + s.phone + `</a></p>`)
	w.line(`<p>Admissions office open 9 a.m. to 5 p.m., Monday to Friday.</p>`)
	w.line(fmt.Sprintf(`<p>Rated %d.%d out of 5 by %d families.</p>`, 4, 5+r.IntN(5), 40+r.IntN(400)))
	w.depth--
	w.line("</section>")
	w.line(`<section class="widget insurance">`)
	w.depth++
	w.line(`<h3>Insurance we accept</h3>`)
	w.open("ul")
	for _, ins := range []string{"Aetna", "Cigna", "Blue Cross Blue Shield", "UnitedHealthcare", "Humana"} {
		w.line("<li>" + ins + "</li>")
	}
	w.close("ul")
	w.depth--
	w.line("</section>")
	if len(sh.recent) > 0 {
		w.line(`<section class="widget recent-posts">`)
		w.depth++
		w.line(`<h3>Recent posts</h3>`)
		w.open("ul")
		for _, p := range sh.recent {
			w.line(`<li><a href="/` + p + `">` + humanize(p) + `</a></li>`)
		}
		w.close("ul")
		w.depth--
		w.line("</section>")
	}
	w.depth--
	w.line("</aside>")
	w.depth--
	w.line("</div>")
	w.line(`<footer class="site-footer">`)
	w.depth++
	w.line(`<div class="footer-contact">`)
	w.depth++
	w.line("<p>" + textEscaper.Replace(s.name) + "<br>" + s.street + "<br>" + s.place.City + ", " + s.place.Abbr + " " + s.zip + "</p>")
	w.line(`<p>Phone: <a href="tel:` + s.phone + `">` + s.phone + `</a></p>`)
	w.line(fmt.Sprintf("<p>Serving %s since %d.</p>", s.place.State, s.founded))
	w.depth--
	w.line("</div>")
	w.line(`<nav class="footer-nav" aria-label="Footer">`)
	w.depth++
	w.line(`<a href="/privacy.html">Privacy Policy</a> <a href="/terms.html">Terms of Use</a> <a href="/accessibility.html">Accessibility</a> <a href="/sitemap.xml">Sitemap</a>`)
	w.depth--
	w.line("</nav>")
	w.line(`<p class="crisis">If you are in crisis, call or text 988 for the Suicide and Crisis Lifeline.</p>`)
	w.line("<p>© 2025 " + textEscaper.Replace(s.name) + ". All rights reserved.</p>")
	w.depth--
	w.line("</footer>")
	w.line(`<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1"></script>`)
	w.line(`<script src="/wp-content/themes/recovery/js/navigation.js?ver=1.4"></script>`)
	w.line("</body>")
	w.line("</html>")
}

// writeArticle writes the article body; text is final (slots filled).
func writeArticle(w *htmlw, sh *shell, a *article, fillText func(string) string) {
	w.elem("h1", ` class="entry-title"`, textEscaper.Replace(sh.title))
	if sh.byline != "" {
		w.elem("p", ` class="byline"`, sh.byline)
	}
	for _, b := range a.blocks {
		switch b.tag {
		case "h2":
			w.elem("h2", "", textEscaper.Replace(fillText(b.text)))
		case "p":
			w.elem("p", "", textEscaper.Replace(fillText(strings.Join(b.sents, " "))))
		case "ul":
			w.open("ul")
			for _, it := range b.items {
				w.elem("li", "", textEscaper.Replace(fillText(it)))
			}
			w.close("ul")
		case "table":
			w.open(`table class="compare"`)
			w.open("thead")
			w.line("<tr>" + cells("th", b.rows[0], fillText) + "</tr>")
			w.close("thead")
			w.open("tbody")
			for _, row := range b.rows[1:] {
				w.line("<tr>" + cells("td", row, fillText) + "</tr>")
			}
			w.close("tbody")
			w.close("table")
		}
	}
}

func cells(tag string, row []string, fillText func(string) string) string {
	var b strings.Builder
	for _, c := range row {
		b.WriteString("<" + tag + ">" + textEscaper.Replace(fillText(c)) + "</" + tag + ">")
	}
	return b.String()
}

// humanize turns "blog/paying-for-rehab-in-ohio.html" into a link label.
func humanize(p string) string {
	p = strings.TrimSuffix(p[strings.LastIndexByte(p, '/')+1:], ".html")
	p = strings.ReplaceAll(p, "-", " ")
	if p == "" {
		return p
	}
	return strings.ToUpper(p[:1]) + p[1:]
}
