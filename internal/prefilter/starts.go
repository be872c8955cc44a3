package prefilter

import (
	"regexp"
	"regexp/syntax"
	"slices"
	"strings"
	"sync"
)

// minStart is the shortest literal a match may be searched from: shorter
// ones start at too many places of a text.
const minStart = 3

// maxStartSet bounds the literals a text is searched for; an expression
// with more runs over the whole text as before.
const maxStartSet = 48

// maxStarts bounds the places a text is tried at; past it the expression
// runs over the whole text as before.
const maxStarts = 12

// starting is a match's beginning: strings of which every match starts
// with one (its prefixes), exact when the node matches those strings and
// no others.
type starting struct {
	set   []string
	exact bool
	ok    bool
}

// startLiterals returns literals of which every match of re begins with
// one, or nil when there is no such set worth searching for (a class
// such as \d, a literal shorter than minStart, too many literals).
func startLiterals(re *syntax.Regexp) []string {
	re = re.Simplify()
	if anchoredStart(re) {
		return nil
	}
	s := starts(re)
	if !s.ok || len(s.set) == 0 || shortest(s.set) < minStart {
		return nil
	}
	if set := prefixMinimal(s.set); len(set) <= maxStartSet {
		return set
	}
	return nil
}

// anchoredStart reports an expression that can match only at the text's
// start, where regexp needs no help.
func anchoredStart(re *syntax.Regexp) bool {
	for re.Op == syntax.OpConcat || re.Op == syntax.OpCapture {
		if len(re.Sub) == 0 {
			return false
		}
		re = re.Sub[0]
	}
	return re.Op == syntax.OpBeginText
}

func starts(re *syntax.Regexp) starting {
	if f := analyse(re); f.exact != nil {
		return starting{set: f.exact, exact: true, ok: true}
	}
	switch re.Op {
	case syntax.OpCapture:
		return starts(re.Sub[0])
	case syntax.OpAlternate:
		out := starting{exact: true, ok: true}
		for _, sub := range re.Sub {
			s := starts(sub)
			if !s.ok {
				return starting{}
			}
			out.set = union(out.set, s.set)
			out.exact = out.exact && s.exact
		}
		return out
	case syntax.OpPlus:
		s := starts(re.Sub[0])
		s.exact = false
		return s
	case syntax.OpRepeat:
		s := starts(re.Sub[0])
		if re.Min == 0 {
			s.set = union([]string{""}, s.set)
		}
		s.exact = false
		return s
	case syntax.OpQuest, syntax.OpStar:
		s := starts(re.Sub[0])
		s.set = union([]string{""}, s.set)
		s.exact = s.exact && re.Op == syntax.OpQuest
		return s
	case syntax.OpConcat:
		return concatStarts(re.Sub)
	}
	return starting{}
}

// concatStarts crosses the beginnings of a concatenation's parts while
// each part before is known exactly and too short to search for alone. A
// part that may match nothing lets a match begin where its successors do.
func concatStarts(subs []*syntax.Regexp) starting {
	if len(subs) == 0 {
		return starting{set: []string{""}, exact: true, ok: true}
	}
	s := starts(subs[0])
	if !s.ok {
		return starting{}
	}
	empty := slices.Contains(s.set, "")
	if !empty && (!s.exact || shortest(s.set) >= minStart) {
		return starting{set: s.set, exact: s.exact && len(subs) == 1, ok: true}
	}
	rest := concatStarts(subs[1:])
	if s.exact {
		// Only the literals too short to search for are crossed with
		// what follows ("rn" of "rns?\s+…"); the others begin matches
		// as they are.
		var long, short []string
		for _, x := range s.set {
			if len(x) >= minStart {
				long = append(long, x)
			} else {
				short = append(short, x)
			}
		}
		if !rest.ok || len(long)+len(short)*len(rest.set) > 2*maxStartSet {
			if empty {
				return starting{}
			}
			return starting{set: s.set, ok: true}
		}
		return starting{set: union(long, cross(short, rest.set)), exact: long == nil && rest.exact, ok: true}
	}
	if !rest.ok {
		return starting{}
	}
	return starting{set: union(slices.DeleteFunc(slices.Clone(s.set), func(x string) bool { return x == "" }), rest.set), ok: true}
}

// prefixMinimal drops every literal another of the set begins: a match
// starting with "all of" starts with "all".
func prefixMinimal(set []string) []string { return minimalBy(set, strings.HasPrefix) }

// atStart tries an expression only at the places of a text where one of
// the literals every match begins with stands, compiled to match at one
// place only: at the text's start, or one byte after it, that byte read
// as the context the place has in the whole text (for \b and the like).
// The literals are read and the expression compiled when first used:
// most expressions never run, and doing it for all of them cost every
// run a few hundredths of a second.
type atStart struct {
	expr   string
	parsed *syntax.Regexp
	once   sync.Once
	// starts are the literals, nil when there are none worth searching
	// for.
	starts  []string
	first   *regexp.Regexp // \A(?:expr)
	context *regexp.Regexp // \A(?s:.)(?:expr)
}

func (a *atStart) compiled() *atStart {
	a.once.Do(func() {
		defer func() { a.parsed = nil }()
		starts := startLiterals(a.parsed)
		if starts == nil {
			return
		}
		// (An expression may not survive being wrapped as text: an
		// unclosed \Q takes the closing bracket for a literal. It then
		// runs over the whole text as before.)
		first, err1 := regexp.Compile(`\A(?:` + a.expr + `)`)
		context, err2 := regexp.Compile(`\A(?s:.)(?:` + a.expr + `)`)
		if err1 != nil || err2 != nil {
			return
		}
		a.starts, a.first, a.context = starts, first, context
	})
	return a
}

func (a *atStart) match(s string, p int) bool {
	if p == 0 {
		return a.first.MatchString(s)
	}
	return a.context.MatchString(s[p-1:])
}

// index is the match at p as s's indexes (with its groups' when
// groups is set), nil when none starts there.
func (a *atStart) index(s string, p int, groups bool) []int {
	re, base := a.first, 0
	if p > 0 {
		re, base = a.context, p-1
	}
	var m []int
	if groups {
		m = re.FindStringSubmatchIndex(s[base:])
	} else {
		m = re.FindStringIndex(s[base:])
	}
	if m == nil {
		return nil
	}
	for i := range m {
		if m[i] >= 0 {
			m[i] += base
		}
	}
	m[0] = p
	return m
}

// startLits are the literals re is tried at, nil when it runs over the
// whole text.
func (re *Regexp) startLits() []string {
	if re.at == nil {
		return nil
	}
	return re.at.compiled().starts
}
