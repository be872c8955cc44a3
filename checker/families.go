package checker

import (
	"strings"

	"github.com/factlint/factlint/corpus"
	"github.com/factlint/factlint/corpus/neardup"
)

// NearDupOptions turns the config's neardup section into clustering options.
func NearDupOptions(cfg *Config) neardup.Options {
	o := neardup.DefaultOptions()
	if cfg.NearDup.TemplateThreshold > 0 {
		o.TemplateThreshold = cfg.NearDup.TemplateThreshold
	}
	if cfg.NearDup.NearThreshold > 0 {
		o.NearThreshold = cfg.NearDup.NearThreshold
	}
	if cfg.NearDup.MinWords > 0 {
		o.MinWords = cfg.NearDup.MinWords
	}
	return o
}

// MainText is the document's extracted text, one block per line; it is what
// near-duplicate signatures are computed over.
func MainText(doc *corpus.Document) string {
	var b strings.Builder
	// Sized at once: grown by doubling it was half again the bytes of
	// every page's text, a fifteenth of what a run allocated.
	n := len(doc.Blocks)
	for i := range doc.Blocks {
		n += len(doc.Blocks[i].Text)
	}
	b.Grow(n)
	for i := range doc.Blocks {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(doc.Blocks[i].Text)
	}
	return b.String()
}

// Signed is what SignDocument keeps of a document.
type Signed struct {
	Sig neardup.Signature
	// Page is kept only for a document that cannot be read again when a
	// family's pages are aligned: standard input, or a page fetched over
	// HTTP (see Rereadable).
	Page *neardup.Page
}

// Rereadable reports whether a document can be loaded again from its ID:
// a file can, standard input ("-") and a fetched page (its URL) cannot.
func Rereadable(id string) bool {
	return id != "-" && !strings.HasPrefix(id, "http://") && !strings.HasPrefix(id, "https://")
}

// SignDocument computes a document's near-duplicate signature (use as
// AnalyzeOptions.PerDoc). It keeps the page of standard input, which the
// html report aligns with its family.
func SignDocument(doc *corpus.Document, opt neardup.Options) any {
	return sign(doc, opt, doc.ID == "-")
}

// SignForAlignment is SignDocument for a run that aligns every family's
// pages afterwards (factlint dupes, the html report): it also keeps each
// page fetched over HTTP, which cannot be read again. A crawl is bounded
// by --max-pages, and only such runs pay for the pages.
func SignForAlignment(doc *corpus.Document, opt neardup.Options) any {
	return sign(doc, opt, !Rereadable(doc.ID))
}

func sign(doc *corpus.Document, opt neardup.Options, keepPage bool) any {
	// A page's own address (fetched, canonical or og:url) marks template
	// slots in URLs; a text export names it on its first line instead,
	// which Sign reads.
	text := MainText(doc)
	var sig neardup.Signature
	if doc.URL != "" {
		sig = neardup.SignURL(doc.ID, doc.URL, text, opt)
	} else {
		sig = neardup.Sign(doc.ID, text, opt)
	}
	s := Signed{Sig: sig}
	if keepPage {
		p := Page(doc)
		s.Page = &p
	}
	return s
}

// Groups clusters the signatures that SignDocument stored in the analysis.
// tooShort lists pages left out for having too few words.
func Groups(a *Analysis, opt neardup.Options) (groups []neardup.Group, tooShort []string) {
	sigs := make([]neardup.Signature, 0, len(a.Docs))
	for _, d := range a.Docs {
		if s, ok := d.Extra.(Signed); ok {
			sigs = append(sigs, s.Sig)
		}
	}
	return neardup.Cluster(sigs, opt)
}

// Families is Groups as the checks see them. It is never nil, so that
// template-drift can tell "no families" from "clustering did not run".
func Families(a *Analysis, opt neardup.Options) []Family {
	groups, _ := Groups(a, opt)
	return FamiliesOf(groups)
}

// FamiliesOf is Families for groups clustered already (the html report
// shows the groups themselves, and clustering twice cost a tenth of the
// run at 100,000 pages). It is never nil.
func FamiliesOf(groups []neardup.Group) []Family {
	out := make([]Family, 0, len(groups))
	for _, g := range groups {
		out = append(out, Family{Files: g.Files, Canonical: g.Canonical})
	}
	return out
}

// StoredPages returns, by document ID, the pages SignDocument kept
// because they cannot be read again (nil when there are none).
func StoredPages(a *Analysis) map[string]neardup.Page {
	var out map[string]neardup.Page
	for _, d := range a.Docs {
		if s, ok := d.Extra.(Signed); ok && s.Page != nil {
			if out == nil {
				out = map[string]neardup.Page{}
			}
			out[d.File] = *s.Page
		}
	}
	return out
}

// Page converts a document to the sentence list alignment works on.
func Page(doc *corpus.Document) neardup.Page {
	p := neardup.Page{ID: doc.ID}
	for bi := range doc.Blocks {
		b := &doc.Blocks[bi]
		for _, s := range b.Sentences {
			pos := doc.Position(b.SourceOffset(s.Start))
			p.Sentences = append(p.Sentences, neardup.Sentence{Text: b.Text[s.Start:s.End], Line: pos.Line, Column: pos.Column})
		}
	}
	return p
}
