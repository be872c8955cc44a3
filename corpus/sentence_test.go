package corpus

import (
	"fmt"
	"math/rand/v2"
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/clipperhouse/uax29/v2/sentences"
)

// TestSentences runs testdata/sentences.txt: each case is a paragraph
// whose lines are its expected sentences.
func TestSentences(t *testing.T) {
	data, err := os.ReadFile("testdata/sentences.txt")
	if err != nil {
		t.Fatal(err)
	}
	var cases [][]string
	var cur []string
	for _, l := range strings.Split(string(data)+"\n", "\n") {
		switch {
		case strings.HasPrefix(l, "#"):
		case strings.TrimSpace(l) == "":
			if cur != nil {
				cases = append(cases, cur)
				cur = nil
			}
		default:
			cur = append(cur, l)
		}
	}
	if len(cases) < 40 {
		t.Fatalf("only %d cases", len(cases))
	}
	for _, want := range cases {
		text := strings.Join(want, " ")
		var got []string
		for _, s := range splitSentences(text, BlockParagraph, nil) {
			got = append(got, text[s.Start:s.End])
		}
		if !eqStrings(got, want) {
			t.Errorf("split %q\n got %q\nwant %q", text, got, want)
		}
	}
}

func TestSentencesPerBlockKind(t *testing.T) {
	if got := splitSentences("Why IOP? Flexible care.", BlockHeading, nil); len(got) != 1 {
		t.Errorf("heading split into %v", got)
	}
	text := " Two sentences. In one item. "
	got := splitSentences(text, BlockListItem, nil)
	if len(got) != 2 || text[got[0].Start:got[0].End] != "Two sentences." || text[got[1].Start:got[1].End] != "In one item." {
		t.Errorf("list item split %v", got)
	}
}

// A block that runs on for thousands of bytes without a full stop (a list
// or a table flattened into prose) is cut into sentences of at most
// maxSentence bytes, after a clause's comma where there is one, else at a
// space, else inside a word on a character boundary; nothing is lost and
// the pieces come in order.
func TestSentencesCappedInLength(t *testing.T) {
	var list, words, word strings.Builder
	for i := 0; list.Len() < 9000; i++ {
		fmt.Fprintf(&list, "the Tuesday group %d meets %d days a week, ", i, 3+i%3)
	}
	for i := 0; words.Len() < 9000; i++ {
		fmt.Fprintf(&words, "word%d ", i)
	}
	for word.Len() < 5000 {
		word.WriteString("café")
	}
	for _, tc := range []struct {
		name, text string
		lastByte   byte // each cut piece but the last ends with it (0: any)
	}{
		{"commas", strings.TrimSpace(list.String()), ','},
		{"spaces", strings.TrimSpace(words.String()), 0},
		{"one word", word.String(), 0},
	} {
		got := splitSentences(tc.text, BlockParagraph, nil)
		if len(got) < 3 {
			t.Fatalf("%s: %d sentences from %d bytes, want it cut", tc.name, len(got), len(tc.text))
		}
		var joined strings.Builder
		prev := 0
		for i, s := range got {
			piece := tc.text[s.Start:s.End]
			if s.End-s.Start > maxSentence || s.Start < prev || !utf8.ValidString(piece) {
				t.Fatalf("%s: sentence %d [%d:%d] is %d bytes, or out of order, or cuts a character", tc.name, i, s.Start, s.End, s.End-s.Start)
			}
			if tc.lastByte != 0 && i < len(got)-1 && piece[len(piece)-1] != tc.lastByte {
				t.Errorf("%s: sentence %d ends %q, want a cut after %q", tc.name, i, piece[max(0, len(piece)-12):], tc.lastByte)
			}
			prev = s.End
			joined.WriteString(piece)
		}
		if strip := func(s string) string { return strings.Join(strings.Fields(s), "") }; strip(joined.String()) != strip(tc.text) {
			t.Errorf("%s: the sentences do not hold all of the text", tc.name)
		}
	}
	// The last clause break counts, not the last colon ("9:00").
	var timed strings.Builder
	for timed.Len() < 1900 {
		timed.WriteString("groups meet on weekday evenings, ")
	}
	timed.WriteString("and the last one starts at 9:00 sharp")
	for timed.Len() < 2600 {
		timed.WriteString(" and then more words")
	}
	got := splitSentences(timed.String(), BlockParagraph, nil)
	if first := timed.String()[got[0].Start:got[0].End]; !strings.HasSuffix(first, ",") {
		t.Errorf("cut at %q, want after a comma", first[max(0, len(first)-20):])
	}
	// Ordinary sentences are untouched.
	short := "IOP meets three days a week. Sessions last three hours, with a break."
	if got := splitSentences(short, BlockParagraph, nil); len(got) != 2 || short[got[1].Start:got[1].End] != "Sessions last three hours, with a break." {
		t.Errorf("ordinary sentences changed: %+v", got)
	}
}

// A line without a terminator or a line break is one sentence to UAX #29,
// which splitLine relies on to skip the segmenter for it.
func TestLineWithoutTerminatorIsOneSentence(t *testing.T) {
	const alphabet = "ab AB09 ,;:-'\"()[]{}/&%$#*+=<>@^_`|~\t\f\v"
	rnd := rand.New(rand.NewPCG(1, 2))
	for range 5000 {
		b := make([]byte, 1+rnd.IntN(40))
		for i := range b {
			b[i] = alphabet[rnd.IntN(len(alphabet))]
		}
		line := string(b)
		if mayBreak(line) {
			t.Fatalf("mayBreak(%q)", line)
		}
		it := sentences.FromString(line)
		if !it.Next() || it.Start() != 0 || it.End() != len(line) || it.Next() {
			t.Fatalf("%q is not one sentence to UAX #29", line)
		}
	}
}

// A listing's line of labelled fields is a sentence a field; pipes
// between fields without labels split nothing.
func TestSplitFields(t *testing.T) {
	for text, want := range map[string][]string{
		"Levels of care: OP, IOP | Withdrawal care: No | Payment: Self-pay, sliding scale": {"Levels of care: OP, IOP", "Withdrawal care: No", "Payment: Self-pay, sliding scale"},
		"10-14 hrs/week | Detox: No":            {"10-14 hrs/week", "Detox: No"},
		"Home | Programs | Contact us":          {"Home | Programs | Contact us"},
		"Days a week - PHP: 5 | IOP: 3":         {"Days a week - PHP: 5 | IOP: 3"},
		"Groups run 3 hrs/day | 4 days/week.":   {"Groups run 3 hrs/day | 4 days/week."},
		"Our IOP meets at 6 p.m. | Notes: none": {"Our IOP meets at 6 p.m.", "Notes: none"},
	} {
		var got []string
		for _, s := range splitSentences(text, BlockParagraph, nil) {
			got = append(got, text[s.Start:s.End])
		}
		if !eqStrings(got, want) {
			t.Errorf("split %q\n got %q\nwant %q", text, got, want)
		}
	}
}
