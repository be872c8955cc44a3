package checker

// Suggest is the CLI's "did you mean" for flag values, the same rule the
// config loader uses for keys and values: it returns `did you mean "x"?`
// when s is a likely typo of a candidate, else fallback.
func Suggest(s string, candidates []string, fallback string) string {
	return didYouMean(s, candidates, fallback)
}
