package prefilter

import (
	"regexp/syntax"
	"slices"
	"strings"
	"sync"
)

// maxOpeners bounds the literals a text's opening is compared with.
const maxOpeners = 64

// openers is what every match of an expression anchored at the text's
// start opens on: one of lits, at the start or, when skipSpace is set,
// after the text's leading white space (`^\s*(?:people|clients)\s+who`).
// Go's regexp answers such an expression in about a microsecond even
// when the first word rules it out, most of it spent clearing the
// backtracker's record of the text; the comparison costs nanoseconds.
type openers struct {
	lits      []string
	skipSpace bool
	// first holds the lits' first bytes: most texts open on none of
	// them, and one bit test answers those without a comparison per
	// literal.
	first [4]uint64
}

// anchored reads an anchored expression's openers on first use, as
// atStart reads start literals: most expressions never run.
type anchored struct {
	parsed *syntax.Regexp
	once   sync.Once
	open   *openers
}

func (a *anchored) read() *openers {
	a.once.Do(func() {
		a.open = openersOf(a.parsed)
		a.parsed = nil
	})
	return a.open
}

// isSpace reports a byte of space.
func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' }

// space is what \s matches.
const space = "\t\n\f\r "

// openersOf returns the openers of an expression anchored at the text's
// start (\A or ^ without (?m)), nil for any other, or when no set of
// literals worth comparing was found.
func openersOf(re *syntax.Regexp) *openers {
	re = re.Simplify()
	for re.Op == syntax.OpCapture {
		re = re.Sub[0]
	}
	if re.Op != syntax.OpConcat || len(re.Sub) < 2 || re.Sub[0].Op != syntax.OpBeginText {
		return nil
	}
	rest := re.Sub[1:]
	o := &openers{}
	if spaceRun(rest[0]) {
		o.skipSpace = true
		rest = rest[1:]
	}
	s := concatStarts(rest)
	if !s.ok || len(s.set) == 0 || len(s.set) > maxOpeners || slices.Contains(s.set, "") {
		return nil
	}
	// (After skipping the text's white space, a literal opening on white
	// space would be looked for in the wrong place.)
	if o.skipSpace && slices.ContainsFunc(s.set, func(l string) bool { return strings.IndexByte(space, l[0]) >= 0 }) {
		return nil
	}
	o.lits = prefixMinimal(s.set)
	for _, l := range o.lits {
		o.first[l[0]>>6] |= 1 << (l[0] & 63)
	}
	return o
}

// spaceRun reports \s*, \s+ or \s?: white space a match may skip
// before its first literal.
func spaceRun(re *syntax.Regexp) bool {
	switch re.Op {
	case syntax.OpStar, syntax.OpPlus, syntax.OpQuest:
	default:
		return false
	}
	sub := re.Sub[0]
	if sub.Op != syntax.OpCharClass || len(sub.Rune) == 0 {
		return false
	}
	// (A class such as \W holds white space and much else: the first
	// rune outside white space ends the look.)
	for i := 0; i+1 < len(sub.Rune); i += 2 {
		for r := sub.Rune[i]; r <= sub.Rune[i+1]; r++ {
			if r >= 0x80 || strings.IndexByte(space, byte(r)) < 0 {
				return false
			}
		}
	}
	return true
}

// may reports whether s opens as a match must: false is certain.
func (o *openers) may(s string) bool {
	if o.skipSpace {
		for len(s) > 0 && isSpace(s[0]) {
			s = s[1:]
		}
	}
	if len(s) == 0 || o.first[s[0]>>6]&(1<<(s[0]&63)) == 0 {
		return false
	}
	for _, l := range o.lits {
		if strings.HasPrefix(s, l) {
			return true
		}
	}
	return false
}
