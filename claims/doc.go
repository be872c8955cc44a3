// Package claims turns a corpus.Document into typed claims: what a page
// states about a program (how long it lasts, hours and days a week, hours a
// day, session length, whether detox is offered, whether clients live at
// home, 24/7 supervision, whether it takes clients still using), about
// whom (iop, php, op, residential, …), the value, the exact words and
// source position that said it, and the modality of its clause (polarity,
// force, attribution, population, variant) so that the checker compares
// like with like.
//
// It sits between corpus (documents, blocks, sentences) and checker (which
// compares claims). The quantity grammar lives in the subpackage quantity;
// this package decides which quantity is which kind of claim and whom it is
// about.
//
// # Kinds
//
// Every kind is one KindSpec in one registry (kinds.go): its ID, label,
// canonical unit and conversions, plausible range and example sentences.
// Checks, config validation, reports and `factlint explain` read the
// registry; nothing else keeps a table of kinds or units. Each kind's file
// (kind_*.go) registers its spec in an init function, and TestKindExamples
// runs every spec's examples.
//
// Adding a yes/no kind such as accepts-insurance is one file,
// kind_accepts_insurance.go, holding:
//
//   - the constant: const AcceptsInsurance Kind = "accepts-insurance";
//   - a matcher func(*sentence) []boolHit that finds the words and their
//     value, using the helpers shared by the yes/no kinds: negated for the
//     scoped negator grammar ("does not", "unable to", "rarely", "without"),
//     clauseBounds for the clause, and regular expressions over word stems;
//   - register(KindSpec{ID: AcceptsInsurance, Label: "accepts insurance",
//     Bool: true, YesNo: &YesNo{Hits: match, Holds: programSubject},
//     Examples: …}) in init, with positive and negative sentences.
//
// The extractor then reads it, resolves its subject like the other kinds,
// and the checks compare it (a yes/no claim's denial is its value).
//
// # Reading a sentence
//
// Quantities come from the grammar, plus what the grammar leaves to this
// package: frequency words ("daily", "weekly"), clock-time schedules ("9
// a.m. to 12:15 p.m."), vague counts people read as numbers ("a few times
// a week" = 2–4) and header context (a table cell's column and row
// headers, a "Label:" line). Range kinds are then told apart by their rate
// and cues (classify, kind_hours.go, kind_program_length.go,
// kind_days_per_week.go).
//
// Subject resolution (resolve.go), most specific first: a program right
// after the quantity in a coordination; a therapy after "hours of"; the
// mention that governs the quantity in its clause (an adjectival quantity's
// noun, else the nearest mention before it, a therapy only when it opens
// its clause); mentions in earlier clauses of the sentence; the previous
// sentence's subject; the table row or column; the section heading; the
// page's main topic. A program named as a contrast ("unlike residential",
// "more than weekly therapy", "step down from PHP", "non-residential") is
// never a subject. Sentences that point back name their programs through
// the sentence before: "Respectively, …" pairs its figures of one kind
// with the programs named there, in order; "Both programs …" gives its
// claims to both (respectively.go); a short FAQ answer reads with its "How
// long …?" question. A belief the page sets out to correct ("Many people
// assume …") states nothing up to its correction (belief.go).
//
// The state of one page's reading (section, previous subjects, tables)
// lives in state.go; the fixes applied to a sentence's quantities before
// they are classified (shared bounds and rates, elided units, vague
// counts) in sentence_quantities.go.
//
// Precision beats recall: a quantity whose kind cannot be told from its
// sentence is not reported, because a wrong claim becomes a false
// finding.
package claims
