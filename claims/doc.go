// Package claims turns a corpus.Document into typed claims: what a page
// states about a program (how long it lasts, hours and days a week, hours a
// day, session length, whether detox is offered, whether clients live at
// home, 24/7 supervision), about whom (iop, php, op, residential, …), the
// normalised value in the kind's canonical unit, and the exact words and
// source position that said it.
//
// It sits between corpus (documents, blocks, sentences) and checker (which
// compares claims). The quantity grammar lives in the subpackage quantity;
// this package decides which quantity is which kind of claim and whom it is
// about. Each claim kind's rule lives in its own file (kind_*.go).
//
// Subject resolution order, most specific first: the program mention that
// governs the quantity inside its sentence (an adjectival quantity looks at
// the noun it modifies; otherwise the nearest mention before it in the
// clause), a pronoun or bare sentence inherits the previous sentence's
// subject, then table column/row headers, then the heading path, then the
// page's main topic. Precision beats recall: a quantity whose kind cannot be
// told from its sentence ("3 hours of therapy, 5 days a week" — per day or
// per week?) is not reported, because a wrong claim becomes a false finding.
package claims
