package corpus

import (
	"slices"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// faqState is where the walk is in FAQ markup: the depth of FAQ or
// accordion containers around it, and whether it is inside a question or
// inside an answer.
type faqState struct {
	faq              int
	question, answer bool
}

// faqContext reads FAQ markup on n: whether n opens an FAQ or accordion
// container, a question (a toggle's title, <summary>, <dt>, a schema.org
// Question) or an answer (a toggle's panel, <dd>, an acceptedAnswer), and
// returns the state that holds inside n. Inside an answer, only explicit
// markup starts a question: a button or a label in an answer's text is
// part of the answer.
func (e *htmlExtractor) faqContext(n *html.Node) faqState {
	fs := e.faqState
	ask := func() {
		fs.question, fs.answer = true, false
	}
	answer := func() {
		fs.question, fs.answer = false, true
	}
	switch n.DataAtom {
	case atom.Summary, atom.Dt:
		ask()
	case atom.Dd:
		answer()
	case atom.Html, atom.Body, atom.Main, atom.Article:
		// A page-wide "faq-page" class says nothing about one block.
		return fs
	}
	var class string
	for _, a := range n.Attr {
		switch a.Key {
		case "class":
			class = a.Val
		case "itemtype":
			switch {
			case strings.HasSuffix(a.Val, "/Question"):
				ask()
			case strings.HasSuffix(a.Val, "/Answer"):
				answer()
			}
		case "itemprop":
			if strings.Contains(a.Val, "Answer") {
				answer()
			}
		case "aria-expanded":
			// A disclosure trigger inside an FAQ is its question.
			if e.faq > 0 && !e.answer {
				ask()
			}
		}
	}
	if class == "" || e.answer {
		if e.faq > 0 && !e.answer && headingLevel(n.DataAtom) > 1 {
			ask()
		}
		return fs
	}
	for tok := range strings.FieldsSeq(strings.ToLower(class)) {
		switch {
		case strings.Contains(tok, "questions"), strings.Contains(tok, "answers"):
			// "faq-questions", "common-questions": the list, not one.
			fs.faq = e.faq + 1
		case strings.Contains(tok, "question"):
			ask()
		case strings.Contains(tok, "answer"):
			answer()
		case strings.Contains(tok, "faq") || strings.Contains(tok, "accordion") || strings.Contains(tok, "toggle"):
			if faqPart(tok, questionParts) {
				ask()
			} else if faqPart(tok, answerParts) {
				answer()
			} else {
				fs.faq = e.faq + 1
			}
		case e.faq > 0 && faqPart(tok, questionParts):
			ask()
		case e.faq > 0 && faqPart(tok, answerParts):
			answer()
		}
	}
	if e.faq > 0 && headingLevel(n.DataAtom) > 1 {
		ask()
	}
	return fs
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
	for w := range strings.FieldsFuncSeq(tok, func(r rune) bool { return r == '-' || r == '_' }) {
		if slices.Contains(parts, w) {
			return true
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
