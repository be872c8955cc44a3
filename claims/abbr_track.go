package claims

import "strings"

// abbrTrackAt is one capitalised word right before IOP or PHP ("Core
// IOP"): the span of the whole, of the word and of the abbreviation.
type abbrTrackAt struct {
	start, nameEnd, abbrStart, end int
}

func (a abbrTrackAt) name(t string) string { return t[a.start:a.nameEnd] }
func (a abbrTrackAt) abbr(t string) string { return t[a.abbrStart:a.end] }

// abbrTracks finds, in order, what `\b([A-Z][a-z]{2,})\s(IOP|PHP)\b`
// would match in t. It starts from the abbreviations, which most blocks
// lack, instead of trying the expression at every capital: the regexp
// took 5 % of a run's CPU on generated pages (BENCHMARKS.md).
func abbrTracks(t string) []abbrTrackAt {
	var out []abbrTrackAt
	nextIOP, nextPHP := indexFrom(t, "IOP", 0), indexFrom(t, "PHP", 0)
	for nextIOP >= 0 || nextPHP >= 0 {
		q := nextIOP
		if q < 0 || (nextPHP >= 0 && nextPHP < q) {
			q = nextPHP
			nextPHP = indexFrom(t, "PHP", q+3)
		} else {
			nextIOP = indexFrom(t, "IOP", q+3)
		}
		if m, ok := abbrTrackEndingAt(t, q); ok {
			out = append(out, m)
		}
	}
	return out
}

// abbrTrackEndingAt reads the track name before the abbreviation at q.
func abbrTrackEndingAt(t string, q int) (abbrTrackAt, bool) {
	if q+3 < len(t) && isASCIIWordByte(t[q+3]) {
		return abbrTrackAt{}, false
	}
	if q < 4 || !strings.ContainsRune("\t\n\f\r ", rune(t[q-1])) {
		return abbrTrackAt{}, false
	}
	j := q - 1
	for j > 0 && t[j-1] >= 'a' && t[j-1] <= 'z' {
		j--
	}
	if q-1-j < 2 || j == 0 {
		return abbrTrackAt{}, false
	}
	j--
	if t[j] < 'A' || t[j] > 'Z' || (j > 0 && isASCIIWordByte(t[j-1])) {
		return abbrTrackAt{}, false
	}
	return abbrTrackAt{start: j, nameEnd: q - 1, abbrStart: q, end: q + 3}, true
}
