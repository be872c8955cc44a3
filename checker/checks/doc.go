// Package checks holds factlint's built-in checks, one file each, and the
// explicit list of them in all.go. Each check is a checker.Check value;
// adding one is a file here, a line in all.go and a testdata mini-corpus.
package checks
