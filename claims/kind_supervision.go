package claims

import "github.com/factlint/factlint/claims/quantity"

// matchSupervision reads whether a program provides round-the-clock
// supervision. The phrase must be about care ("24-hour medical
// monitoring", "24/7 supervision"), and a sentence about what a patient
// needs ("people who don't need 24/7 supervision") says nothing about what
// the program provides, so it is skipped.
func matchSupervision(s *sentence) (bool, int, int, bool) {
	start, end, ok := quantity.Supervision24x7(s.text)
	if !ok {
		return false, 0, 0, false
	}
	noun := wordAfter(s.lower, end)
	if noun == "medical" || noun == "nursing" || noun == "on-site" {
		noun = wordAfter(s.lower, end+len(noun)+1)
	}
	if !careNouns[noun] {
		return false, 0, 0, false
	}
	end = indexFrom(s.lower, noun, end) + len(noun)
	lo, _ := clauseBounds(s.lower, start, end)
	if hasWord(s.lower[lo:start], "need", "needs", "needed", "require", "requires", "required", "requiring", "have to have", "has to have") {
		return false, 0, 0, false
	}
	return !negated(s.lower, start), start, end, true
}

var careNouns = wordSet("supervision", "monitoring", "care", "support", "staff", "staffing", "nursing", "observation", "oversight", "supervised")

func init() {
	register(KindSpec{
		ID: Supervision24x7, Label: "24/7 supervision", Bool: true,
		Examples: []KindExample{
			{"Residential treatment provides 24/7 supervision.", "residential true"},
			{"Our IOP does not offer 24-hour supervision.", "iop false"},
			{"Our hotline is answered 24/7.", ""},
		},
	})
}
