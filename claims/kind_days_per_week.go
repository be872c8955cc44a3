package claims

import "github.com/factlint/factlint/claims/quantity"

// statesDaysPerWeek: days with a weekly rate ("3–5 days a week", "Monday
// through Friday", "at least 3 days per week"). Canonical unit: days.
func statesDaysPerWeek(q *quantity.Quantity) bool {
	return q.Unit == quantity.Day && q.Per == quantity.Week
}
