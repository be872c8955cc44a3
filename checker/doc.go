// Package checker turns claims into findings. It owns the check framework
// (Check, Pass, Finding, Severity), the per-document pipeline that loads
// pages and extracts claims on a worker pool (Analyze), the engine that
// runs enabled checks over the corpus-wide claims (Run), the config file,
// the built-in reference facts, inline and config suppressions, baselines
// and fingerprints.
//
// Flow: corpus.Load → claims.Extract (per document, in parallel, documents
// dropped afterwards) → neardup signatures and families → checks →
// suppressions, baseline → checker/report. The built-in checks live in
// checker/checks, the output formats in checker/report.
package checker
