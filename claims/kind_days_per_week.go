package claims

import "github.com/factlint/factlint/claims/quantity"

// statesDaysPerWeek: days with a weekly rate ("3–5 days a week", "Monday
// through Friday", "at least 3 days per week"). Canonical unit: days.
// Opening hours ("we're open 7 days a week", "admissions are available
// seven days a week") say when the doors are open, not how often clients
// attend, so a clause about them is not a claim.
func statesDaysPerWeek(s *sentence, i int) bool {
	q := &s.qs[i]
	if q.Unit != quantity.Day || q.Per != quantity.Week {
		return false
	}
	lo, hi := clauseBounds(s.lower, q.Start, q.End)
	return !hasWord(s.masked[lo:hi], openingWords...)
}

var openingWords = []string{"open", "opened", "call", "calls", "answer", "answers", "answered", "admissions", "admission", "staffed", "reach", "reached", "hotline", "helpline", "phone", "phones", "available"}
