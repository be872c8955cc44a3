package corpus

import (
	"strings"
	"unicode"

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
	case atom.Form, atom.Dialog:
		// ASP.NET pages wrap the whole body in one <form>.
		if !e.keep[n] {
			return true
		}
	}
	var class, id, style, role string
	hidden := false
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			hidden = true
		case "aria-hidden":
			if strings.EqualFold(strings.TrimSpace(a.Val), "true") {
				hidden = true
			}
		case "role":
			role = strings.ToLower(strings.TrimSpace(a.Val))
			switch role {
			case "navigation", "banner", "contentinfo", "complementary", "search", "menubar", "menu",
				"dialog", "alertdialog", "alert", "status", "tooltip":
				if !e.keep[n] {
					return true
				}
			}
		case "aria-modal":
			if strings.EqualFold(strings.TrimSpace(a.Val), "true") && !e.keep[n] {
				return true
			}
		case "style":
			style = a.Val
		case "class":
			class = a.Val
		case "id":
			id = a.Val
		}
	}
	if hidden || (style != "" && hiddenStyle(style)) {
		// A collapsed FAQ answer or an inactive tab is hidden until
		// clicked; a reader opens it, so it is read.
		if role != "tabpanel" && (e.faq == 0 || !answerPanel(class, role)) {
			return true
		}
	}
	if class != "" && (hiddenOnDesktop(class) || e.iconGlyph(n, class)) {
		return true
	}
	if e.heuristics && !e.keep[n] && (boilerplateName(class) || boilerplateName(id) || e.linkContainer(n)) {
		return true
	}
	return e.excluded[n]
}

// hiddenOnDesktop reads the visibility classes of CSS frameworks and page
// builders. Builders repeat a call to action once for desktop and once for
// phones; the desktop copy is the one kept, so the page's text is read
// once. A class that hides an element everywhere ("d-none", Tailwind's
// "hidden", Webflow's conditional visibility) hides it unless a responsive
// class shows it again on desktops ("d-none d-lg-block", "hidden md:flex").
func hiddenOnDesktop(class string) bool {
	toks := strings.FieldsSeq(strings.ToLower(class))
	none := false
	for tok := range toks {
		if hiddenDesktopTokens[tok] {
			return true
		}
		switch tok {
		case "d-none", "hidden", "is-hidden", "invisible", "w-condition-invisible", "w-dyn-hide", "w-dyn-empty":
			none = true
		}
	}
	if !none {
		return false
	}
	for tok := range toks {
		if shownResponsively(tok) {
			return false
		}
	}
	return true
}

// shownResponsively is a class that displays an element from some screen
// width up: Bootstrap's "d-md-block", Tailwind's "lg:flex".
func shownResponsively(tok string) bool {
	if strings.HasPrefix(tok, "d-") && tok != "d-none" && !strings.HasSuffix(tok, "-none") {
		return true
	}
	if i := strings.IndexByte(tok, ':'); i > 0 {
		switch tok[i+1:] {
		case "block", "flex", "grid", "inline", "inline-block", "inline-flex", "table", "contents", "visible":
			return true
		}
	}
	return false
}

var hiddenDesktopTokens = map[string]bool{
	"elementor-hidden-desktop": true, "elementor-hidden-widescreen": true,
	"hidden-lg": true, "hidden-md": true, "visible-xs": true, "visible-sm": true,
	"visible-xs-block": true, "visible-sm-block": true, "d-lg-none": true, "d-xl-none": true,
	"d-md-none": true, "d-sm-none": true, "lg:hidden": true, "md:hidden": true, "sm:hidden": true, "w-hidden-main": true,
	"hide-desktop": true, "hide-on-desktop": true, "hidden-desktop": true, "mobile-only": true,
	"show-mobile": true, "show-on-mobile": true, "only-mobile": true, "visible-mobile": true,
	"show-for-small-only": true, "hide-for-large": true, "hide-for-medium": true,
	"et_pb_hidden_desktop": true, "hidden-on-desktop": true, "fl-visible-mobile": true,
	"wp-block-hidden-desktop": true, "uk-hidden@m": true, "visible-phone": true,
}

// iconGlyph is an icon-font element: a class naming an icon set and at
// most two visible characters (the glyph a font draws as a picture), or a
// ligature icon set, whose text is the icon's name.
func (e *htmlExtractor) iconGlyph(n *html.Node, class string) bool {
	ligature := false
	icon := false
	for tok := range strings.FieldsSeq(strings.ToLower(class)) {
		switch {
		case strings.HasPrefix(tok, "material-icons"), strings.HasPrefix(tok, "material-symbols"):
			ligature = true
		case iconSets[tok], strings.Contains(tok, "icon"), strings.Contains(tok, "glyph"),
			strings.HasPrefix(tok, "fa-"), strings.HasPrefix(tok, "bi-"), strings.HasPrefix(tok, "ti-"):
			icon = true
		}
	}
	if ligature {
		return true
	}
	if !icon {
		return false
	}
	// A digit is a badge or a counter, not a glyph.
	vis, digit := visibleRunes(e, n, 3)
	return vis <= 2 && !digit
}

var iconSets = map[string]bool{
	"fa": true, "fas": true, "far": true, "fal": true, "fab": true, "fad": true, "fat": true,
	"bi": true, "ti": true, "lni": true, "la": true, "las": true, "lab": true, "mdi": true,
	"dashicons": true, "genericon": true, "ionicons": true, "feather": true,
}

// visibleRunes counts the non-space characters in n's text, stopping at
// limit, and says whether a digit is among them.
func visibleRunes(e *htmlExtractor, n *html.Node, limit int) (count int, digit bool) {
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil && count < limit; c = c.NextSibling {
			switch c.Type {
			case html.TextNode:
				sp := e.t.at[c]
				for _, r := range string(e.d.Source[sp.Start:sp.End]) {
					if !isSpaceRune(r) {
						digit = digit || unicode.IsDigit(r)
						count++
						if count >= limit {
							return
						}
					}
				}
			case html.ElementNode:
				walk(c)
			}
		}
	}
	walk(n)
	return count, digit
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
	"modal": true, "widget-area": true, "masthead": true, "topbar": true, "top-bar": true,
	"cta": true, "author": true, "byline": true, "tags": true, "post-tags": true,
	"elementor-location-header": true, "tooltip": true, "toast": true, "w-form-done": true,
	"w-form-fail": true, "w-nav": true, "w-nav-menu": true,
}

// boilerSubstrings are unambiguous enough to match inside a token.
var boilerSubstrings = []string{"cookie", "consent", "gdpr", "breadcrumb", "newsletter",
	"related-post", "relatedpost", "share-button", "social-share", "comment-list",
	"footer", "modal", "popup", "pop-up", "lightbox", "offcanvas", "off-canvas",
	"author-box", "author-bio", "authorbox", "about-author", "author-info", "saboxplugin",
	"announcement", "notification-bar", "crisis-bar", "sticky-bar", "sticky-cta",
	"related-article", "related-content", "relatedarticle", "read-more-posts", "more-posts",
	"response-output", "form-message", "form-success", "form-error", "form-fail", "form-done",
	"form-confirmation", "gform_confirmation", "wpforms-confirmation", "elementor-message",
	"skip-to", "backtotop", "back-to-top", "scroll-top", "legal", "disclaimer", "copyright"}

// boilerplateName reads a class list or an id.
func boilerplateName(v string) bool {
	if v == "" {
		return false
	}
	for tok := range strings.FieldsSeq(strings.ToLower(v)) {
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
