package quantity

// MayHold reports whether Parse can read a quantity from text: false is
// certain, and costs a pass over the words instead of the grammar. Every
// quantity holds a digit, a fraction sign, or one of the grammar's own
// words (anchorSet): a number, an ordinal, a unit, a weekday, a
// frequency word or a day's letter code ("M/W/F"); FuzzParse checks that
// Parse never reads one from a text MayHold refuses.
//
// Words are runs of ASCII letters, split where the tokenizer splits two
// glued words: the tokenizer's words are these runs or longer, and every
// anchor is ASCII, so an anchor the tokenizer reads is one of the runs.
func MayHold(text string) bool {
	for i := 0; i < len(text); {
		c := text[i]
		if c >= '0' && c <= '9' {
			return true
		}
		if c >= 0x80 {
			if fractionAt(text[i:]) {
				return true
			}
			i++
			continue
		}
		if !isASCIILetter(c) {
			i++
			continue
		}
		j := i + 1
		for j < len(text) && isASCIILetter(text[j]) {
			// The tokenizer's split of two glued words ("IntensityThree").
			if d := text[j]; d >= 'A' && d <= 'Z' && text[j-1] >= 'a' && text[j-1] <= 'z' && j+1 < len(text) && text[j+1] >= 'a' && text[j+1] <= 'z' {
				break
			}
			j++
		}
		if j-i <= maxAnchor && anchorWord(text[i:j]) {
			return true
		}
		i = j
	}
	return false
}

func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// fractionAt reports a fraction sign ("½") opening s.
func fractionAt(s string) bool {
	for f := range unicodeFractions {
		if len(s) >= len(f) && s[:len(f)] == f {
			return true
		}
	}
	return false
}

// anchorWord reports an anchor, in any case. (A day's letter code counts
// only capitalised, as the grammar reads it.) w is at most maxAnchor
// letters.
func anchorWord(w string) bool {
	var buf [32]byte
	lw := buf[:copy(buf[:], w)]
	for i, c := range lw {
		if c >= 'A' && c <= 'Z' {
			lw[i] = c + 'a' - 'A'
		}
	}
	if len(w) <= 2 && w[0] >= 'A' && w[0] <= 'Z' {
		if _, ok := dayLetters[string(lw)]; ok {
			return true
		}
	}
	return anchorStarts[len(lw)]&(1<<(lw[0]-'a')) != 0 && anchors[string(lw)]
}

// anchors holds the anchor words in lower case; anchorStarts[n] has a bit
// for each first letter of an anchor of n letters, so that most words
// cost no map lookup; maxAnchor is the longest.
var anchors, anchorStarts, maxAnchor = anchorSet()

func anchorSet() (map[string]bool, [32]uint32, int) {
	set := map[string]bool{}
	for k := range units {
		set[k] = true
	}
	for k := range multiUnits {
		set[k] = true
	}
	for k := range weekdays {
		set[k] = true
	}
	for k := range dozens {
		set[k] = true
	}
	for _, m := range []map[string]float64{frequencies, smallNumbers, tens, scales, denominators, ordinalUnits, ordinals} {
		for k := range m {
			set[k] = true
		}
	}
	for _, k := range []string{"weekday", "weekdays", "weeknight", "weeknights", "weekend", "weekends", "daily", "weekly", "monthly", "quarterly", "yearly", "annually"} {
		set[k] = true
	}
	var starts [32]uint32
	longest := 0
	for k := range set {
		starts[len(k)] |= 1 << (k[0] - 'a')
		longest = max(longest, len(k))
	}
	return set, starts, longest
}
