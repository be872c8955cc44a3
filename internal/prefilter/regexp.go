package prefilter

import (
	"flag"
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
	// lastWords, when set, are the words every match ends the text on
	// (see EndsOnWord).
	lastWords []string
	// at, when set, tries the expression only where one of the literals
	// every match begins with stands (see startLiterals).
	at *atStart
	// open, for an expression anchored at the text's start, reads what
	// its matches open on (see openers).
	open *anchored
	// gate, when set, is a test every text holding a match passes (see
	// Gate).
	gate func(string) bool
}

var verify atomic.Bool

// Verify turns checking on or off: while on, a text the literals rule out
// is matched anyway, and a match there panics, naming the expression.
func Verify(on bool) { verify.Store(on) }

// VerifyUnlessBenchmarking turns checking on in a test binary's TestMain,
// after flag.Parse, unless it runs benchmarks (-test.bench): checking runs
// every expression a filter spares, which made a quarter of a benchmark's
// profile and none of the program's.
func VerifyUnlessBenchmarking() {
	if f := flag.Lookup("test.bench"); f == nil || f.Value.String() == "" {
		Verify(true)
	}
}

// Verifying reports whether checking is on, for callers whose own tests in
// front of an expression should be checked the same way.
func Verifying() bool { return verify.Load() }

// MustCompile is regexp.MustCompile with the literal set read from the
// expression's syntax.
func MustCompile(expr string) *Regexp {
	re := regexp.MustCompile(expr)
	parsed, err := syntax.Parse(expr, syntax.Perl)
	if err != nil { // regexp.MustCompile accepted it with the same flags
		panic(fmt.Sprintf("prefilter: %q: %v", expr, err))
	}
	out := &Regexp{Regexp: re, need: required(parsed)}
	// (Go's regexp skips to a single literal prefix by itself.)
	if prefix, _ := re.LiteralPrefix(); prefix == "" {
		if anchoredStart(parsed) {
			out.open = &anchored{parsed: parsed}
		} else {
			out.at = &atStart{expr: expr, parsed: parsed}
		}
	}
	return out
}

// Gate declares a test that every text holding a match passes (false
// is certain), for an expression whose literals rule out too little:
// mayMatch asks it first, and Verify checks it as it checks the literal
// sets. It returns re, to be chained to MustCompile.
func (re *Regexp) Gate(may func(string) bool) *Regexp {
	re.gate = may
	return re
}

// Longest makes future searches prefer leftmost-longest matches, as
// regexp's Longest does; the expression then always runs over the whole
// text (its forms anchored at start literals prefer leftmost-first).
func (re *Regexp) Longest() {
	re.Regexp.Longest()
	re.at = nil
}

// Literals returns the sets of strings of which every match holds one
// member each, or nil when the expression gave none and every text is
// matched.
func (re *Regexp) Literals() [][]string { return re.need }

// EndsOnWord declares, for an expression anchored at the end of the
// text, that every match ends on one of words (ASCII letters), not
// preceded by a letter, and then at least one space, as "… do not offer
// " does; mayMatch then reads the text's end before its literals. Go's
// regexp finds where such a match starts by trying every byte of the
// text; the end alone settles most texts. Verify checks the declaration
// as it checks the literal sets. It returns re, to be chained to
// MustCompile.
func (re *Regexp) EndsOnWord(words ...string) *Regexp {
	re.lastWords = words
	return re
}

// mayMatch is false only when s cannot hold a match.
func (re *Regexp) mayMatch(s string) bool {
	if (re.gate == nil || re.gate(s)) && re.opensAsMatches(s) && (re.lastWords == nil || endsOnWord(s, re.lastWords)) && holdsAll(s, re.need) {
		return true
	}
	if verify.Load() && re.Regexp.MatchString(s) {
		panic(fmt.Sprintf("prefilter: %q matches %q, which fails its gate, opens on none of %v, ends on none of %q or holds no member of one of %q", re.String(), s, re.openers(), re.lastWords, re.need))
	}
	return false
}

// opensAsMatches is false only when s, for an expression anchored at its
// start, opens on none of the literals every match opens on.
func (re *Regexp) opensAsMatches(s string) bool {
	o := re.openers()
	return o == nil || o.may(s)
}

func (re *Regexp) openers() *openers {
	if re.open == nil {
		return nil
	}
	return re.open.read()
}

// endsOnWord reports s ending in one of words, not preceded by a letter,
// and then at least one space (as \s matches).
func endsOnWord(s string, words []string) bool {
	t := strings.TrimRight(s, " \t\n\f\r")
	if len(t) == len(s) {
		return false
	}
	k := len(t)
	for k > 0 && (t[k-1] >= 'a' && t[k-1] <= 'z' || t[k-1] >= 'A' && t[k-1] <= 'Z') {
		k--
	}
	return slices.Contains(words, t[k:])
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
	if !re.mayMatch(s) {
		return false
	}
	var buf [maxStarts]int
	ps, ok := re.places(s, &buf)
	if !ok {
		return re.Regexp.MatchString(s)
	}
	found := false
	for _, p := range ps {
		if re.at.match(s, p) {
			found = true
			break
		}
	}
	if verify.Load() && found != re.Regexp.MatchString(s) {
		panic(fmt.Sprintf("prefilter: %q tried at %v (starts %q) gives %v on %q", re.String(), ps, re.at.starts, found, s))
	}
	return found
}

func (re *Regexp) FindString(s string) string {
	if loc := re.FindStringIndex(s); loc != nil {
		return s[loc[0]:loc[1]]
	}
	return ""
}

func (re *Regexp) FindStringIndex(s string) []int { return re.locate(s, false) }

func (re *Regexp) FindStringSubmatch(s string) []string {
	m := re.FindStringSubmatchIndex(s)
	if m == nil {
		return nil
	}
	out := make([]string, len(m)/2)
	for i := range out {
		if m[2*i] >= 0 {
			out[i] = s[m[2*i]:m[2*i+1]]
		}
	}
	return out
}

func (re *Regexp) FindStringSubmatchIndex(s string) []int { return re.locate(s, true) }

// locate is FindStringIndex, or FindStringSubmatchIndex when groups is
// set.
func (re *Regexp) locate(s string, groups bool) []int {
	if !re.mayMatch(s) {
		return nil
	}
	var buf [maxStarts]int
	ps, ok := re.places(s, &buf)
	if !ok {
		return re.plainIndex(s, groups)
	}
	var m []int
	for _, p := range ps {
		if m = re.at.index(s, p, groups); m != nil {
			break
		}
	}
	if verify.Load() {
		re.check(s, ps, m, re.plainIndex(s, groups))
	}
	return m
}

// plainIndex is regexp's own answer over the whole of s.
func (re *Regexp) plainIndex(s string, groups bool) []int {
	if groups {
		return re.Regexp.FindStringSubmatchIndex(s)
	}
	return re.Regexp.FindStringIndex(s)
}

// places are where s holds one of the start literals, in order, and ok;
// not ok when the expression has none or s holds more than maxStarts.
func (re *Regexp) places(s string, buf *[maxStarts]int) (ps []int, ok bool) {
	if re.at == nil || re.at.compiled().starts == nil {
		return nil, false
	}
	ps = buf[:0]
	for _, lit := range re.at.starts {
		for from := 0; ; {
			i := strings.Index(s[from:], lit)
			if i < 0 {
				break
			}
			if len(ps) == maxStarts {
				return nil, false
			}
			ps = append(ps, from+i)
			from += i + 1
		}
	}
	// (Two literals of the set never start at one place: neither
	// begins the other.)
	slices.Sort(ps)
	return ps, true
}

func (re *Regexp) check(s string, ps, got, want []int) {
	if !slices.Equal(got, want) {
		panic(fmt.Sprintf("prefilter: %q tried at %v (starts %q) gives %v on %q, regexp gives %v", re.String(), ps, re.at.starts, got, s, want))
	}
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
