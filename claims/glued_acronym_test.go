package claims

import "testing"

func TestGluedAcronym(t *testing.T) {
	for w, want := range map[string]Subject{
		"MHIOP": IOP, "CDIOP": IOP, "EIOP": IOP, "AIOPs": IOP, "CDPHP": PHP, "APHP": PHP,
		"IOP": "", "PHP": "", "HIOP": PHP, "LIOP": OP, "MhIOP": "", "ABCDIOP": "", "SHOP": "", "BIOPSY": "",
	} {
		if got := gluedAcronym(w); got != want {
			t.Errorf("gluedAcronym(%q) = %q, want %q", w, got, want)
		}
	}
}
