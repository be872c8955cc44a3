package gen

// Options control one run of Generate.
type Options struct {
	N       int    // pages to write
	Seed    uint64 // same Seed and N give byte-identical output
	Out     string // directory; created if missing
	Workers int    // rendering goroutines; 0 means GOMAXPROCS
}

// Truth is what truth.json holds. Paths are relative to the output
// directory, with forward slashes.
type Truth struct {
	Seed           uint64          `json:"seed"`
	N              int             `json:"n"`
	Pages          []string        `json:"pages"`
	Families       []Family        `json:"families"`
	Contradictions []Contradiction `json:"contradictions"`
}

// Family is a set of pages rendered from one base article for different
// places. Canonical is the unspun rendering, the member a clustering
// medoid should land on.
type Family struct {
	Template  string   `json:"template"`
	Files     []string `json:"files"`
	Canonical string   `json:"canonical"`
}

// Contradiction is one planted inconsistency. Files, Lines and Texts are
// parallel: side i is Texts[i], which starts on line Lines[i] of Files[i].
// Rule is the check the plant was made for; Rules lists every check that
// should report it given the checks' documented semantics and default
// tolerances (for example a 1-hour IOP week is also a reference error).
type Contradiction struct {
	Rule    string   `json:"rule"`
	Rules   []string `json:"rules"`
	Kind    string   `json:"kind"`
	Subject string   `json:"subject"`
	Files   []string `json:"files"`
	Lines   []int    `json:"lines"`
	Texts   []string `json:"texts"`
	Why     string   `json:"why"`
}
