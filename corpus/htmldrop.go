package corpus

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// dropped says whether an element is boilerplate rather than page content.
func (e *htmlExtractor) dropped(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Head, atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Nav, atom.Aside,
		atom.Svg, atom.Math, atom.Iframe, atom.Object, atom.Select, atom.Button, atom.Textarea:
		return true
	case atom.Header, atom.Footer:
		// Inside an article or <main> these are the article's own header
		// (often holding its h1) and footer, not the site's.
		if e.inContent == 0 && !e.keep[n] {
			return true
		}
	case atom.Form:
		// ASP.NET pages wrap the whole body in one <form>.
		if !e.keep[n] {
			return true
		}
	}
	var class, id, style string
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			return true
		case "aria-hidden":
			if strings.EqualFold(strings.TrimSpace(a.Val), "true") {
				return true
			}
		case "role":
			switch strings.ToLower(strings.TrimSpace(a.Val)) {
			case "navigation", "banner", "contentinfo", "complementary", "search", "menubar", "menu":
				if !e.keep[n] {
					return true
				}
			}
		case "style":
			style = a.Val
		case "class":
			class = a.Val
		case "id":
			id = a.Val
		}
	}
	if style != "" && hiddenStyle(style) {
		return true
	}
	if e.heuristics && !e.keep[n] && (boilerplateName(class) || boilerplateName(id)) {
		return true
	}
	return e.excluded[n]
}

func hiddenStyle(style string) bool {
	s := strings.ToLower(strings.Join(strings.Fields(style), ""))
	return strings.Contains(s, "display:none") || strings.Contains(s, "visibility:hidden")
}

// boilerTokens are whole class tokens or ids that mark page chrome.
// Matching whole tokens keeps "menu-free" or "social-support" as content.
var boilerTokens = map[string]bool{
	"sidebar": true, "breadcrumb": true, "breadcrumbs": true, "menu": true, "main-menu": true,
	"nav": true, "navbar": true, "navigation": true, "nav-menu": true, "sub-menu": true,
	"share": true, "sharing": true, "social": true, "socials": true, "social-share": true,
	"social-links": true, "social-icons": true, "social-media": true, "share-buttons": true,
	"sharedaddy": true, "addtoany": true, "newsletter": true, "related": true,
	"related-posts": true, "comments": true, "comments-area": true, "comment-respond": true,
	"respond": true, "sr-only": true, "screen-reader-text": true, "skip-link": true,
	"visually-hidden": true, "site-header": true, "site-footer": true, "popup": true,
	"modal": true, "widget-area": true,
}

// boilerSubstrings are unambiguous enough to match inside a token.
var boilerSubstrings = []string{"cookie", "consent", "gdpr", "breadcrumb", "newsletter",
	"related-post", "relatedpost", "share-button", "social-share", "comment-list"}

// boilerplateName reads a class list or an id.
func boilerplateName(v string) bool {
	if v == "" {
		return false
	}
	for _, tok := range strings.Fields(strings.ToLower(v)) {
		if boilerTokens[tok] {
			return true
		}
		for _, s := range boilerSubstrings {
			if strings.Contains(tok, s) {
				return true
			}
		}
		if sidebarToken(tok) || strings.HasSuffix(tok, "-menu") || strings.HasSuffix(tok, "_menu") {
			return true
		}
	}
	return false
}

// sidebarToken matches "sidebar-primary" or "left-sidebar" but not layout
// flags like "has-sidebar" or wrappers like "content-sidebar-wrap".
func sidebarToken(tok string) bool {
	if strings.HasPrefix(tok, "sidebar") {
		return true
	}
	if !strings.HasSuffix(tok, "sidebar") {
		return false
	}
	for _, p := range []string{"has-", "no-", "with-", "without-", "has_", "no_"} {
		if strings.HasPrefix(tok, p) {
			return false
		}
	}
	return true
}
