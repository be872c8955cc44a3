package prefilter

import (
	"regexp/syntax"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxSet bounds the literal sets built by crossing a concatenation's
// parts: past it a set costs more scans than it saves.
const maxSet = 32

// maxAlternatives bounds a requirement united from an alternation's
// branches ("offer|provide|run|…"), once the literals that hold another
// are dropped.
const maxAlternatives = 48

// facts is what one syntax node says about the strings it matches.
// exact, when not nil, holds every string the node can match (a node
// matching only empty strings holds ""); need, when not nil, is a set of
// which every match contains at least one member.
type facts struct {
	exact []string
	need  []string
	// all holds, for a concatenation, every part's requirement: a match
	// meets each of them, so a text may be asked for more than one.
	all [][]string
}

// maxClauses bounds how many sets a text is asked for: the first
// rejects most texts that can be rejected at all.
const maxClauses = 3

// required returns sets of literals such that every match of re holds a
// member of each set, the most selective first, or nil when no such set
// was found (the expression can match the empty string, or only text of
// broad classes).
func required(re *syntax.Regexp) [][]string {
	f := analyse(re.Simplify())
	var sets [][]string
	for _, s := range append([][]string{strongest(f)}, f.all...) {
		if !usable(s) {
			continue
		}
		if s = minimal(s); worthScanning(s) && !slices.ContainsFunc(sets, func(t []string) bool { return slices.Equal(s, t) }) {
			sets = append(sets, s)
		}
	}
	slices.SortStableFunc(sets, func(a, b []string) int {
		switch {
		case better(a, b):
			return -1
		case better(b, a):
			return 1
		}
		return 0
	})
	if len(sets) > maxClauses {
		sets = sets[:maxClauses]
	}
	return sets
}

func analyse(re *syntax.Regexp) facts {
	switch re.Op {
	case syntax.OpLiteral:
		// (Invalid UTF-8 in a text reads as U+FFFD to regexp but not to
		// strings.Contains.)
		if slices.Contains(re.Rune, utf8.RuneError) {
			return facts{}
		}
		if re.Flags&syntax.FoldCase != 0 {
			return facts{exact: folded(re.Rune)}
		}
		return facts{exact: []string{string(re.Rune)}}
	case syntax.OpCharClass:
		return facts{exact: classRunes(re.Rune)}
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText,
		syntax.OpEndText, syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return facts{exact: []string{""}}
	case syntax.OpCapture:
		return analyse(re.Sub[0])
	case syntax.OpQuest:
		sub := analyse(re.Sub[0])
		if sub.exact != nil && len(sub.exact) < maxSet {
			return facts{exact: union([]string{""}, sub.exact)}
		}
		return facts{}
	case syntax.OpPlus:
		return facts{need: strongest(analyse(re.Sub[0]))}
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return facts{need: strongest(analyse(re.Sub[0]))}
		}
		return facts{}
	case syntax.OpConcat:
		return concat(re.Sub)
	case syntax.OpAlternate:
		return alternate(re.Sub)
	}
	// OpAnyChar, OpAnyCharNotNL, OpStar, OpNoMatch: nothing certain.
	return facts{}
}

// concat crosses runs of exactly known parts into longer literals
// ("n" then "['’]" then "t" is "n't" or "n’t"); every run and part gives
// a requirement, the strongest of which is the concatenation's.
func concat(subs []*syntax.Regexp) facts {
	run := []string{""}
	allExact := true
	var all [][]string
	keep := func(set []string) {
		if usable(set) {
			all = append(all, set)
		}
	}
	for _, sub := range subs {
		f := analyse(sub)
		if f.exact != nil && len(run)*len(f.exact) <= maxSet {
			run = cross(run, f.exact)
			continue
		}
		allExact = false
		keep(run)
		run = []string{""}
		keep(strongest(f))
	}
	if allExact {
		return facts{exact: run}
	}
	keep(run)
	var best []string
	for _, set := range all {
		if better(set, best) {
			best = set
		}
	}
	return facts{need: best, all: all}
}

// alternate unites its branches: exact when every branch is, otherwise
// a requirement when every branch has one.
func alternate(subs []*syntax.Regexp) facts {
	var exact, need []string
	allExact, allNeed := true, true
	for _, sub := range subs {
		f := analyse(sub)
		if f.exact == nil {
			allExact = false
		} else {
			exact = union(exact, f.exact)
		}
		if s := strongest(f); usable(s) && allNeed {
			need = minimal(union(need, s))
		} else {
			allNeed = false
		}
	}
	var out facts
	if allExact && len(exact) <= maxSet {
		out.exact = exact
	}
	if allNeed && len(need) <= maxAlternatives {
		out.need = need
	}
	return out
}

// strongest is the better of what a node's matches must contain.
func strongest(f facts) []string {
	if usable(f.exact) && better(f.exact, f.need) {
		return f.exact
	}
	if usable(f.need) {
		return f.need
	}
	return nil
}

// worthScanning is false for a set of many single characters (a
// class such as \s): nearly every text holds one, so asking costs
// scans and rejects nothing.
func worthScanning(set []string) bool {
	return shortest(set) > 1 || len(set) <= 2
}

// usable reports whether set is a requirement at all: a set holding the
// empty string is met by every text.
func usable(set []string) bool {
	return len(set) > 0 && !slices.Contains(set, "")
}

// better reports whether a is the more selective requirement: its
// shortest literal is longer, or as long with fewer literals to scan for.
func better(a, b []string) bool {
	if !usable(a) {
		return false
	}
	if !usable(b) {
		return true
	}
	la, lb := shortest(a), shortest(b)
	if la != lb {
		return la > lb
	}
	return len(a) < len(b)
}

func shortest(set []string) int {
	n := -1
	for _, s := range set {
		if n < 0 || len(s) < n {
			n = len(s)
		}
	}
	return n
}

// folded spells a case-insensitive literal every way it can be written,
// or gives nil past maxSet spellings.
func folded(runes []rune) []string {
	out := []string{""}
	for _, r := range runes {
		var orbit []string
		for f := r; ; {
			orbit = append(orbit, string(f))
			if f = unicode.SimpleFold(f); f == r {
				break
			}
		}
		if len(out)*len(orbit) > maxSet {
			return nil
		}
		out = cross(out, orbit)
	}
	return out
}

func classRunes(ranges []rune) []string {
	var out []string
	for i := 0; i+1 < len(ranges); i += 2 {
		for r := ranges[i]; r <= ranges[i+1]; r++ {
			if len(out) == 8 || r == utf8.RuneError {
				return nil
			}
			out = append(out, string(r))
		}
	}
	return out
}

func cross(a, b []string) []string {
	out := make([]string, 0, len(a)*len(b))
	for _, x := range a {
		for _, y := range b {
			out = append(out, x+y)
		}
	}
	return out
}

func union(a, b []string) []string {
	out := slices.Clone(a)
	for _, s := range b {
		if !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}

// minimal drops every literal that holds another of the set: a text
// holding "needs" holds "need", so scanning for "need" alone says as much.
func minimal(set []string) []string { return minimalBy(set, strings.Contains) }

// minimalBy drops every literal s of the set for which holds(s, t) is
// true of another literal t (of two equal literals, the later), and sorts
// the rest.
func minimalBy(set []string, holds func(s, t string) bool) []string {
	var out []string
	for i, s := range set {
		covered := false
		for j, t := range set {
			if i != j && holds(s, t) && (len(t) < len(s) || j < i) {
				covered = true
				break
			}
		}
		if !covered {
			out = append(out, s)
		}
	}
	slices.Sort(out)
	return out
}
