// Command factlint checks provider web pages for contradicting facts.
// This package is wiring only: flags, subcommands and exit codes; the work
// is done by corpus, claims, corpus/neardup and checker.
package main
