// Package prefilter compiles regular expressions that first ask whether
// the text can hold a match at all.
//
// Most of the extractor's expressions look for words most sentences lack
// ("unstaffed", "off duty", "referred"), and Go's regexp package scans the
// whole text to say no: its backtracker costs microseconds on a sentence
// where strings.Index costs nanoseconds. At Compile time a Regexp reads
// its syntax tree for sets of literal strings such that every match holds
// a member of each set (the way RE2's prefilter does): a match of
// `\bis(?:\s+not|n't)\s+(?:right|suitable)` holds "right" or
// "suitable", and "is". A text that misses a set is answered "no match" without running the
// expression; any other text runs it as before, so answers never change:
// the sets are a necessary condition, never a sufficient one.
//
// An expression anchored at the end of the text may also declare the
// words every match ends on (EndsOnWord): Go's regexp tries every byte of
// the text as a match's start, and the text's last word alone rules out
// most texts.
//
// An expression that is not anchored at the start, and whose matches all
// begin with one of a few literals ("each", "every", "same"), is tried
// only where one of them stands in the text, compiled anchored there with
// the byte before as context (so that \b and the like read the text as a
// whole): Go's regexp tries every byte of the text as a start, and with
// more than one possible first literal it cannot skip ahead. A text with
// more such places than a dozen runs the expression as before. The
// answers are regexp's own: the leftmost place that matches gives the
// leftmost match.
//
// An expression anchored at the text's start (`^\s*(?:people|clients)\s+
// who`) is answered "no match" when the text, past its leading white space
// where the expression may skip it, opens on none of the literals every
// match opens on: Go's regexp spends about a microsecond on such an
// expression even when the first word rules it out.
//
// Where an expression's literals rule out too little, its caller may
// declare a gate (Gate): a test of its own that every text holding a
// match passes ("a capitalised word before the verb"), asked first.
//
// Verify(true) makes every call check that claim as well (running the
// expression even when the set says no, or over the whole text when it
// was tried at its start literals, and panicking when they disagree);
// test suites turn it on so that every expression their examples reach is
// checked on every text they reach it with.
package prefilter
