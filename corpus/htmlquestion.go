package corpus

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// faqContext reads FAQ markup on n: whether n opens an FAQ or accordion
// container, a question (a toggle's title, <summary>, <dt>, a schema.org
// Question) or an answer (a toggle's panel, <dd>, an acceptedAnswer). It
// returns the FAQ depth and question flag that hold inside n, and whether
// either differs from the current ones.
func (e *htmlExtractor) faqContext(n *html.Node) (faq int, question, changed bool) {
	faq, question = e.faq, e.question
	switch n.DataAtom {
	case atom.Summary, atom.Dt:
		question = true
	case atom.Dd:
		question = false
	case atom.Html, atom.Body, atom.Main, atom.Article:
		// A page-wide "faq-page" class says nothing about one block.
		return faq, question, false
	}
	var class string
	for _, a := range n.Attr {
		switch a.Key {
		case "class":
			class = a.Val
		case "itemtype":
			switch {
			case strings.HasSuffix(a.Val, "/Question"):
				question = true
			case strings.HasSuffix(a.Val, "/Answer"):
				question = false
			}
		case "itemprop":
			if strings.Contains(a.Val, "Answer") {
				question = false
			}
		case "aria-expanded":
			// A disclosure trigger inside an FAQ is its question.
			if e.faq > 0 {
				question = true
			}
		}
	}
	if class != "" {
		for tok := range strings.FieldsSeq(strings.ToLower(class)) {
			switch {
			case strings.Contains(tok, "questions"), strings.Contains(tok, "answers"):
				// "faq-questions", "common-questions": the list, not one.
				faq = e.faq + 1
			case strings.Contains(tok, "question"):
				question = true
			case strings.Contains(tok, "answer"):
				question = false
			case strings.Contains(tok, "faq") || strings.Contains(tok, "accordion") || strings.Contains(tok, "toggle"):
				if faqPart(tok, questionParts) {
					question = true
				} else if faqPart(tok, answerParts) {
					question = false
				} else {
					faq = e.faq + 1
				}
			case e.faq > 0 && faqPart(tok, questionParts):
				question = true
			case e.faq > 0 && faqPart(tok, answerParts):
				question = false
			}
		}
	}
	if e.faq > 0 && headingLevel(n.DataAtom) > 1 {
		question = true
	}
	return faq, question, faq != e.faq || question != e.question
}

// questionParts and answerParts are the words builders put in the class
// of an FAQ toggle's title and panel ("elementor-tab-title",
// "accordion-header", "faq-body").
var (
	questionParts = []string{"title", "header", "heading", "head", "trigger", "btn", "button", "label", "summary", "q"}
	answerParts   = []string{"content", "body", "panel", "collapse", "text", "desc", "description", "a", "inner"}
)

// faqPart says whether a class token has one of parts as a word of its
// own (split at '-' and '_').
func faqPart(tok string, parts []string) bool {
	for len(tok) > 0 {
		i := strings.IndexAny(tok, "-_")
		w := tok
		if i >= 0 {
			w, tok = tok[:i], tok[i+1:]
		} else {
			tok = ""
		}
		for _, p := range parts {
			if w == p {
				return true
			}
		}
	}
	return false
}

// answerPanel says whether an element inside an FAQ is the panel that
// holds an answer.
func answerPanel(class, role string) bool {
	if role == "region" || role == "tabpanel" {
		return true
	}
	for tok := range strings.FieldsSeq(strings.ToLower(class)) {
		if strings.Contains(tok, "answer") || faqPart(tok, answerParts) {
			return true
		}
	}
	return false
}

// asksOnly is true for text that is one question: it ends in "?", maybe
// followed by the disclosure glyph of an accordion toggle.
func asksOnly(text string) bool {
	t := strings.TrimRightFunc(text, func(r rune) bool { return isSpaceRune(r) || disclosureGlyph(r) })
	r, _ := utf8.DecodeLastRuneInString(t)
	return r == '?' || r == '？'
}

func disclosureGlyph(r rune) bool {
	switch r {
	case '+', '-', '−', '–', '›', '»', '>', '⌄', '⌃', '˅', '˄', '∨', '∧', '↓', '↑',
		'▼', '▲', '▾', '▴', '▽', '△', '►', '▶', '▸', '◄', '◀', '◂', '❯', '❮', '〉', '⟩', '⏷', '⏶', '✚', '✕', '×':
		return true
	}
	// Private-use code points are icon-font glyphs.
	return r >= 0xE000 && r <= 0xF8FF
}
