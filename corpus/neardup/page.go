package neardup

// Sentence is one sentence of a page and where it starts in the source
// file (1-based, columns in runes).
type Sentence struct {
	Text         string
	Line, Column int
}

// Page is what alignment needs of a document: its ID and its sentences in
// reading order. It is a plain value so this package does not depend on how
// documents are loaded.
type Page struct {
	ID        string
	Sentences []Sentence
}

// Hunk classes.
const (
	ClassFact      = "fact"      // a number, or a quantity or duration word, differs
	ClassSlot      = "slot"      // a place or proper name filled in per page
	ClassSpin      = "spin"      // ordinary words reworded, values unchanged
	ClassStructure = "structure" // a sentence added, removed or moved
)

// Hunk is one difference between a variant and its family's canonical page.
// A is the canonical's words and B the variant's; either is empty for an
// insertion or deletion. Line and Column are in File (the variant),
// CanonLine and CanonColumn in the canonical page; for an empty side they
// point where the words would be.
type Hunk struct {
	File        string `json:"file"`
	Class       string `json:"class"`
	A           string `json:"a"`
	B           string `json:"b"`
	Line        int    `json:"line"`
	Column      int    `json:"column"`
	CanonLine   int    `json:"canon_line"`
	CanonColumn int    `json:"canon_column"`
	// Before and After are up to contextWords words of the variant's
	// sentence on either side of a word change, so a reader can place it;
	// empty for whole sentences added, removed or moved.
	Before string `json:"before,omitempty"`
	After  string `json:"after,omitempty"`
}

// contextWords is how many words Hunk.Before and Hunk.After show.
const contextWords = 4
