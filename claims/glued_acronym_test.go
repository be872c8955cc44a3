package claims

import "testing"

func TestGluedAcronym(t *testing.T) {
	for w, want := range map[string]Subject{
		"MHIOP": IOP, "CDIOP": IOP, "EIOP": IOP, "AIOPs": IOP, "CDPHP": PHP, "APHP": PHP,
		"IOP": NoSubject, "PHP": NoSubject, "HIOP": PHP, "LIOP": OP, "MhIOP": NoSubject, "ABCDIOP": NoSubject, "SHOP": NoSubject, "BIOPSY": NoSubject,
	} {
		if got := gluedAcronym(w); got != want {
			t.Errorf("gluedAcronym(%q) = %q, want %q", w, got, want)
		}
	}
}
