package claims

import (
	"regexp"
	"slices"
	"testing"
)

// abbrTrackSpec is what abbrTracks reads by hand.
var abbrTrackSpec = regexp.MustCompile(`\b([A-Z][a-z]{2,})\s(IOP|PHP)\b`)

func specTracks(t string) []abbrTrackAt {
	var out []abbrTrackAt
	for _, m := range abbrTrackSpec.FindAllStringSubmatchIndex(t, -1) {
		out = append(out, abbrTrackAt{start: m[0], nameEnd: m[3], abbrStart: m[4], end: m[5]})
	}
	return out
}

func TestAbbrTracksMatchesExpression(t *testing.T) {
	for _, s := range []string{
		"", "IOP", " IOP", "Our Core IOP meets; Flex PHP runs.", "Core IOP", "Co IOP", "Cor IOP",
		"CoreIOP", "Core IOPs", "Core IOP_", "Core IOP2", "Core IOP.", "McCore IOP", "xCore IOP", "_Core IOP",
		"Core  IOP", "Core\tPHP", "Core\nIOP", "Core\vIOP", "Core\u00a0IOP", "éCore IOP", "Core PHP IOP",
		"Core IOPHP", "Core PHPIOP", "Anchor IOP (adults): Harbor PHP, Tide IOP—", "Ánchor IOP", "CORE IOP",
		"Core-IOP", "1Core IOP", "Core IOP IOP Flex PHP", "ab Core IOP", "Xyz IOP",
	} {
		got, want := abbrTracks(s), specTracks(s)
		if !slices.Equal(got, want) {
			t.Errorf("%q: got %v, want %v", s, got, want)
		}
	}
}

func FuzzAbbrTracks(f *testing.F) {
	for _, s := range []string{"Our Core IOP meets; Flex PHP runs.", "McCore IOP", "Core\nPHP_", "Ánchor IOP"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := abbrTracks(s), specTracks(s); !slices.Equal(got, want) {
			t.Errorf("%q: got %v, want %v", s, got, want)
		}
	})
}
