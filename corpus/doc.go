// Package corpus turns files into Documents: ordered blocks of main-content
// text whose every byte maps back to a file:line:col of the source file.
//
// It is the first stage of factlint's flow (paths → corpus.Document →
// claims → checker → report) and knows nothing of claims or checks.
//
// Expand turns arguments (files, directories, globs with "**", "-") into
// Inputs; Load reads one and Parse parses bytes. A file that cannot be used
// (empty, binary, invalid UTF-8, too big, unreadable, no text) comes back
// as a *SkipError so the run warns and carries on.
//
// HTML is tokenized by a port of golang.org/x/net/html's tokenizer that
// reads the page in memory (htmltoken.go: x/net's reads through an
// io.Reader a byte at a time and interns every attribute key; a fuzz
// target holds the two to the same tokens) into a lenient tree that
// keeps each text node's source offsets; boilerplate (navigation, hidden
// elements, cookie banners, sidebars, dialogs, responsive duplicates, icon
// glyphs, configured selectors) is dropped by name and role, blocks that
// are mostly links by density, and <main>/<article> is preferred as the
// content root. FAQ questions are marked (Block.Question) so no claims are
// read from them. Meta and Open Graph descriptions and JSON-LD FAQ answers
// become blocks too. A page that declares another charset is decoded with
// golang.org/x/net/html/charset first.
//
// Every block carries a hash of its normalised text; BoilerplateIndex
// finds the blocks that recur across a site's pages from those hashes
// alone, so the corpus-wide stage can drop their claims. Markdown is parsed
// with goldmark (GFM tables), whose AST carries source segments. Plain text
// is split on blank lines and on line breaks that do not run on mid-sentence.
// All three feed one text buffer that collapses whitespace and decodes
// entities while recording runs from text offsets to source offsets.
//
// Sentence splitting uses UAX #29 sentence boundaries inside each block
// followed by an abbreviation merge, because block boundaries from
// extraction already give the hard breaks and UAX #29 is an order of
// magnitude faster than Punkt-style splitters while getting "a.m.", "e.g."
// and decimals right after the merge.
package corpus
