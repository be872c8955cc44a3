package report

import (
	"fmt"
	"net/url"
	"strings"
	"unicode/utf8"

	"github.com/factlint/factlint/claims"
)

// subjectLabel names a subject for people: program acronyms in capitals,
// the rest as words.
func subjectLabel(s string) string {
	switch s {
	case "iop", "php", "op":
		return strings.ToUpper(s)
	case "":
		return ""
	}
	return strings.ReplaceAll(s, "-", " ")
}

// topicLabel is "IOP hours per week".
func topicLabel(kind, subject string) string {
	k := claims.Kind(kind).Label()
	if subject == "" {
		return k
	}
	return subjectLabel(subject) + " " + k
}

// unitWord is the unit a chart's axis is in.
func unitWord(unit string, v float64) string {
	switch unit {
	case "hour":
		if v == 1 {
			return "hour"
		}
		return "hours"
	case "day":
		if v == 1 {
			return "day"
		}
		return "days"
	}
	return unit
}

// quoted splits a sentence around the words a claim was read from, so the
// report can show the claim highlighted in its sentence. When the words
// are not in the sentence (a claim spanning two, text normalised
// differently), the sentence is shown whole and the words after it.
func quoted(sentence, words string) (before, claim, after string) {
	if sentence == "" {
		return "", words, ""
	}
	if i := strings.Index(sentence, words); i >= 0 && words != "" {
		return sentence[:i], words, sentence[i+len(words):]
	}
	if i := strings.Index(strings.ToLower(sentence), strings.ToLower(words)); i >= 0 && words != "" && len(strings.ToLower(sentence)) == len(sentence) {
		return sentence[:i], sentence[i : i+len(words)], sentence[i+len(words):]
	}
	return sentence + " ", words, ""
}

// textFragment returns a URL fragment (#:~:text=…) that makes a browser
// scroll to and highlight the sentence. Short sentences are matched
// whole; long ones by their first and last words (textStart,textEnd), so
// that markup inside the sentence or a normalised space in its middle
// does not break the match.
func textFragment(sentence string) string {
	words := strings.Fields(sentence)
	if len(words) == 0 {
		return ""
	}
	const edge = 4
	if len(words) <= 2*edge+1 {
		return "#:~:text=" + fragmentEscape(strings.Join(words, " "))
	}
	return "#:~:text=" + fragmentEscape(strings.Join(words[:edge], " ")) + "," + fragmentEscape(strings.Join(words[len(words)-edge:], " "))
}

// fragmentEscape percent-encodes everything but unreserved characters:
// the text-fragment syntax gives '-', ',' and '&' meanings of their own,
// so they must be encoded inside the text.
func fragmentEscape(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '.' || c == '_' || c == '~' {
			b.WriteByte(c)
			continue
		}
		fmt.Fprintf(&b, "%%%02X", c)
	}
	return b.String()
}

// liveURL returns u when it is an absolute http(s) address and "" otherwise:
// a canonical link is page content, and a javascript: or relative URL
// there must not become a link in the report.
func liveURL(u string) string {
	p, err := url.Parse(u)
	if err != nil || (p.Scheme != "http" && p.Scheme != "https") || p.Host == "" {
		return ""
	}
	p.Fragment = ""
	p.RawFragment = ""
	return p.String()
}

// shorten cuts s to about n runes at a word boundary.
func shorten(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)[:n]
	if i := strings.LastIndexByte(string(r), ' '); i > n/2 {
		return string(r)[:i] + "…"
	}
	return string(r) + "…"
}
