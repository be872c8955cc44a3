package crawl

import (
	"fmt"
	"mime"
	"strings"

	"golang.org/x/net/html/charset"

	"github.com/factlint/factlint/corpus"
)

// Page is one HTML page read from the web.
type Page struct {
	// URL is where the page was read from, after redirects; reports show it.
	URL   string
	Depth int
	// Body is the page as served, decoded to UTF-8 when the HTTP header
	// names another charset. A charset named only inside the page is left
	// to corpus, which honours <meta charset> as it does for files.
	Body []byte
	// Charset is the charset the header named, "" when none.
	Charset   string
	FromCache bool
}

func newPage(final string, depth int, r *response) (*Page, error) {
	p := &Page{URL: final, Depth: depth, Body: r.body, FromCache: r.fromCache}
	if _, params, err := mime.ParseMediaType(r.contentType); err == nil {
		p.Charset = strings.ToLower(strings.Trim(params["charset"], `"' `))
	}
	if p.Charset == "" || p.Charset == "utf-8" || p.Charset == "utf8" || p.Charset == "us-ascii" {
		return p, nil
	}
	enc, name := charset.Lookup(p.Charset)
	if enc == nil || name == "utf-8" {
		// A charset no browser knows is ignored, as browsers do: the
		// page's own declaration decides.
		return p, nil
	}
	body, err := enc.NewDecoder().Bytes(r.body)
	if err != nil {
		return nil, fmt.Errorf("cannot decode the body from %s: %v", name, err)
	}
	// Every byte of a single-byte charset becomes one rune and line
	// breaks stay where they were, so line:col in the decoded page are
	// those of the page as served.
	p.Body = body
	return p, nil
}

// Input is the page as an input of the per-page pipeline: its document
// ID and URL are the page's URL.
func (p *Page) Input() corpus.Input {
	return corpus.Input{Path: p.URL, Open: func(o corpus.Options) (*corpus.Document, error) {
		d, err := corpus.Parse(p.URL, p.Body, corpus.FormatHTML, o)
		if err != nil {
			return nil, err
		}
		d.URL = p.URL
		return d, nil
	}}
}
