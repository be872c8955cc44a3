package neardup

// Unit is one sentence or line of a page, reduced to what the spun and
// template tiers compare: its shape (the words with places and numbers
// masked), what filled the masked slots, and its content words.
type Unit struct {
	// Shape hashes the masked words: two units with equal shapes say the
	// same thing, up to the places and numbers filled in.
	Shape uint32
	// Fill hashes the words that were masked (places, numbers); 0 when
	// the unit has none.
	Fill uint32
	// Bits has one bit set per stemmed content word (stop words, numbers
	// and places left out): a 64-bit Bloom filter, so two reworded
	// sentences are compared by popcount without keeping their words.
	// Two halves rather than a uint64, so a unit is 20 bytes, not 24
	// padded: units are a fifth of what a run keeps of every page.
	Bits [2]uint32
	// Pos is where the unit starts, as a fraction of the page ×255.
	Pos uint8
	// Content is the number of content words, at most 255.
	Content uint8
	// Heading: a line of its own, short, not ending in a full stop.
	Heading bool
	// Place: a place name was masked in the unit.
	Place bool
}

// bits64 is Bits as one word.
func (u Unit) bits64() uint64 { return uint64(u.Bits[1])<<32 | uint64(u.Bits[0]) }

// maxUnits bounds a signature's units; a page longer than this keeps its
// first maxUnits sentences, which is where an article's outline is.
const maxUnits = 160

// maxHeadingWords: a line of more words is a sentence even without a stop.
const maxHeadingWords = 14

// unitMeta is what the scanner knows of a unit while words are read.
type unitMeta struct {
	lineStart bool
	lineEnd   bool
	stop      bool // ended by a full stop
	words     int
	line      uint16 // the text line the unit opens on, saturated
}

// Word classes signing looks up, one map lookup per word.
const (
	classNumber = 1 << iota // a number word, masked like digits
	classStop               // a stop word, not a content word
	classPlace              // the first word of a place name (placeSeqs)
)

// wordClasses: stop words carry no topic, so content-word comparison
// leaves them out and rewording ("is a type of" / "is one kind of") does
// not count; number words are masked like digits.
var wordClasses = newClassTable(wordClassMap())

func wordClassMap() map[uint64]uint8 {
	m := map[uint64]uint8{}
	for w := range numberWords {
		m[hashWord(w)] |= classNumber
	}
	for _, w := range []string{"a", "about", "above", "after", "again", "against", "all", "also", "am",
		"an", "and", "any", "are", "as", "at", "be", "because", "been", "before", "being", "below",
		"between", "both", "but", "by", "can", "could", "did", "do", "does", "doing", "down", "during",
		"each", "either", "even", "ever", "every", "few", "for", "from", "further", "get", "gets", "had",
		"has", "have", "having", "he", "her", "here", "hers", "him", "his", "how", "however", "i", "if",
		"in", "into", "is", "it", "its", "itself", "just", "let", "like", "made", "make", "makes", "many",
		"may", "me", "might", "more", "most", "much", "must", "my", "no", "nor", "not", "of", "off",
		"often", "on", "once", "one", "only", "or", "other", "others", "our", "ours", "out", "over", "own",
		"per", "rather", "same", "she", "should", "so", "some", "such", "than", "that", "the", "their",
		"theirs", "them", "then", "there", "these", "they", "this", "those", "through", "to", "too",
		"under", "until", "up", "upon", "us", "very", "via", "was", "we", "well", "were", "what", "when",
		"where", "whether", "which", "while", "who", "whom", "whose", "why", "will", "with", "within",
		"without", "would", "yet", "you", "your", "yours", "yourself", "s", "t", "re", "ve", "ll", "d",
		"etc", "e", "g", "ie", "eg", "usually", "typically", "generally", "also", "various", "several",
		"including", "include", "includes", "use", "used", "uses", "using"} {
		m[hashWord(w)] |= classStop
	}
	for h := range placeSeqs {
		m[h] |= classPlace
	}
	return m
}

// stemKey strips the common English inflections from a lower-case key, in
// place, so that "programs"/"program" and "recommended"/"recommends" meet.
// A few suffix rules rather than a Snowball stemmer: the Go ports allocate
// a string per word, and signing stems every word of every page; both
// sides go through the same rules, which is all comparison needs.
func stemKey(k []byte) []byte {
	n := len(k)
	has := func(suf string) bool {
		return n > len(suf)+2 && string(k[n-len(suf):]) == suf
	}
	switch {
	case has("ies"):
		k = append(k[:n-3], 'y')
	case has("sses"):
		k = k[:n-2]
	case has("ing"):
		k = k[:n-3]
	case has("ied"):
		k = append(k[:n-3], 'y')
	case has("ed") && k[n-3] != 'e':
		k = k[:n-2]
	case has("ly"):
		k = k[:n-2]
	case has("es") && (k[n-3] == 's' || k[n-3] == 'x' || k[n-3] == 'h'):
		k = k[:n-2]
	case has("s") && k[n-2] != 's' && k[n-2] != 'u' && k[n-2] != 'i':
		k = k[:n-1]
	}
	// "therapies"→"therapy", "counseling"→"counsel": drop a final e or a
	// doubled consonant left by the cut, so "schedule"/"scheduled" agree.
	if n := len(k); n > 4 && k[n-1] == 'e' {
		k = k[:n-1]
	}
	if n := len(k); n > 4 && k[n-1] == k[n-2] && k[n-1] != 'l' && k[n-1] != 's' {
		k = k[:n-1]
	}
	return k
}

// bit is the Bloom position of a content word.
func bit(h uint64) uint64 { return 1 << (h >> 58) }
