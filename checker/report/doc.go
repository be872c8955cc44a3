// Package report renders a checker.Result in the formats factlint offers:
// text for people at a terminal, json for scripts, sarif for code-scanning
// services, github for workflow annotations, junit for CI test views,
// markdown for pull-request comments, csv for spreadsheets, line for
// editors, and html: one self-contained page for people who audit a site
// (html*.go, with its template, stylesheet and script in html_assets/).
// The html writer alone reads Options.Corpus, the pages, claims and
// families the CLI gathers for it, to chart what a site states.
//
// It sits at the end of the flow in docs/ARCHITECTURE.md: the CLI runs the
// checks, applies suppressions and the baseline, and hands the Result to
// Write. Writers never change the Result and never decide policy (exit
// codes, colour detection, which files were inputs): what they cannot learn
// from the Result comes in through Options.
//
// Every writer is deterministic — the same Result gives the same bytes — so
// reports can be diffed, cached and compared against golden files.
package report
