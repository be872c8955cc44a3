package prefilter

import (
	"strings"
	"testing"
)

// A gate rules out the texts it says no to, and Verify holds it to the
// expression: a gate that refuses a text holding a match panics.
func TestGate(t *testing.T) {
	re := MustCompile(`\b[A-Z][a-z]+\s+offers\b`).Gate(func(s string) bool { return strings.Contains(s, " offers") })
	if !re.MatchString("Northgate offers detox") || re.MatchString("our team offers detox") || re.FindStringIndex("no verb here") != nil {
		t.Error("a gated expression answers unlike regexp")
	}
	wrong := MustCompile(`\b[A-Z][a-z]+\s+offers\b`).Gate(func(string) bool { return false })
	if wrong.MatchString("Northgate offers detox") {
		t.Error("a gate that says no let the expression run")
	}
	Verify(true)
	defer Verify(false)
	defer func() {
		if recover() == nil {
			t.Error("Verify let a gate refuse a text holding a match")
		}
	}()
	wrong.MatchString("Northgate offers detox")
}
