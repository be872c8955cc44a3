package prefilter

import "testing"

// EndsOnWord lets a text through only when it ends on one of the words
// and a space, and Verify catches a declaration a match breaks.
func TestEndsOnWord(t *testing.T) {
	re := MustCompile(`\bnot\s+(?:offer|run)\s+$`).EndsOnWord("offer", "run")
	for text, want := range map[string]bool{
		"we do not offer ":  true,
		"we do not run\t":   true,
		"we do not offer":   false, // no space after
		"we do not offers ": false,
		"not offer a ":      false,
	} {
		if got := re.MatchString(text); got != want {
			t.Errorf("MatchString(%q) = %v, want %v", text, got, want)
		}
	}

	wrong := MustCompile(`\bnot\s+(?:offer|run)\s+$`).EndsOnWord("offer")
	Verify(true)
	defer Verify(false)
	defer func() {
		if recover() == nil {
			t.Error("a match ending on a word not declared passed Verify")
		}
	}()
	wrong.MatchString("we do not run ")
}
