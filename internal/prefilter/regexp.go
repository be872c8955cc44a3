package prefilter

import (
	"fmt"
	"regexp"
	"regexp/syntax"
	"slices"
	"strings"
	"sync/atomic"
)

// Regexp is a regexp.Regexp whose string-matching methods first ask
// whether the text holds one of the literals every match contains. The
// methods it does not redefine are regexp's own, unfiltered.
type Regexp struct {
	*regexp.Regexp
	need [][]string
}

var verify atomic.Bool

// Verify turns checking on or off: while on, a text the literals rule out
// is matched anyway, and a match there panics, naming the expression.
func Verify(on bool) { verify.Store(on) }

// MustCompile is regexp.MustCompile with the literal set read from the
// expression's syntax.
func MustCompile(expr string) *Regexp {
	re := regexp.MustCompile(expr)
	parsed, err := syntax.Parse(expr, syntax.Perl)
	if err != nil { // regexp.MustCompile accepted it with the same flags
		panic(fmt.Sprintf("prefilter: %q: %v", expr, err))
	}
	return &Regexp{Regexp: re, need: required(parsed)}
}

// Literals returns the sets of strings of which every match holds one
// member each, or nil when the expression gave none and every text is
// matched.
func (re *Regexp) Literals() [][]string { return re.need }

// mayMatch is false only when s cannot hold a match.
func (re *Regexp) mayMatch(s string) bool {
	if holdsAll(s, re.need) {
		return true
	}
	if verify.Load() && re.Regexp.MatchString(s) {
		panic(fmt.Sprintf("prefilter: %q matches %q, which holds no member of one of %q", re.String(), s, re.need))
	}
	return false
}

func holdsAll(s string, sets [][]string) bool {
	for _, set := range sets {
		if !slices.ContainsFunc(set, func(lit string) bool { return strings.Contains(s, lit) }) {
			return false
		}
	}
	return true
}

func (re *Regexp) MatchString(s string) bool {
	return re.mayMatch(s) && re.Regexp.MatchString(s)
}

func (re *Regexp) FindString(s string) string {
	if !re.mayMatch(s) {
		return ""
	}
	return re.Regexp.FindString(s)
}

func (re *Regexp) FindStringIndex(s string) []int {
	if !re.mayMatch(s) {
		return nil
	}
	return re.Regexp.FindStringIndex(s)
}

func (re *Regexp) FindStringSubmatch(s string) []string {
	if !re.mayMatch(s) {
		return nil
	}
	return re.Regexp.FindStringSubmatch(s)
}

func (re *Regexp) FindStringSubmatchIndex(s string) []int {
	if !re.mayMatch(s) {
		return nil
	}
	return re.Regexp.FindStringSubmatchIndex(s)
}

func (re *Regexp) FindAllStringIndex(s string, n int) [][]int {
	if !re.mayMatch(s) {
		return nil
	}
	return re.Regexp.FindAllStringIndex(s, n)
}

func (re *Regexp) FindAllStringSubmatch(s string, n int) [][]string {
	if !re.mayMatch(s) {
		return nil
	}
	return re.Regexp.FindAllStringSubmatch(s, n)
}

func (re *Regexp) FindAllStringSubmatchIndex(s string, n int) [][]int {
	if !re.mayMatch(s) {
		return nil
	}
	return re.Regexp.FindAllStringSubmatchIndex(s, n)
}
