package claims

import (
	"strings"
	"testing"
)

func TestInOpeningPhrase(t *testing.T) {
	s := "knowing how risky detox can be, we offer inpatient detox."
	if !inOpeningPhrase(s, strings.Index(s, "detox")) {
		t.Errorf("the phrase's own word: not in the opening phrase")
	}
	if inOpeningPhrase(s, strings.LastIndex(s, "detox")) {
		t.Errorf("a word after the comma: in the opening phrase")
	}
	if p := "our detox team, on call all night, offers inpatient detox."; inOpeningPhrase(p, strings.Index(p, "detox")) {
		t.Errorf("a subject before the comma: in the opening phrase")
	}
}
