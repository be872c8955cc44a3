// Package corpus turns files into Documents: ordered blocks of main-content
// text whose every byte maps back to a file:line:col of the source file.
//
// It is the first stage of factlint's flow (paths → corpus.Document →
// claims → checker → report) and knows nothing of claims or checks.
// Loaders exist for HTML (goquery), Markdown and plain text; sentence
// splitting uses UAX #29 sentence boundaries inside each block followed by an
// abbreviation merge, because block boundaries from extraction already give
// the hard breaks and UAX #29 is an order of magnitude faster than Punkt-style
// splitters while getting "a.m.", "e.g." and decimals right after the merge.
package corpus
