package claims

import (
	"slices"

	"github.com/factlint/factlint/claims/quantity"
	"github.com/factlint/factlint/internal/prefilter"
)

// The figures claimsOf sets aside before asking whose they are: how
// often someone drinks or pays, the care the people a program is for
// had before, a rule for getting there, a schedule held up after "than".

// daysCountedElsewhere reports a count of days a week in s other than
// its i-th quantity: "three evenings a week", "Monday, Wednesday and
// Thursday".
func daysCountedElsewhere(s *sentence, i int) bool {
	for k := range s.qs {
		if k == i {
			continue
		}
		q := &s.qs[k]
		if q.Unit == quantity.Day && q.Per == quantity.Week && !frequencyWord(q) || weekdaySpan(q.Text) {
			return true
		}
	}
	return false
}

// boundWords before "than" make the figure after a bound or a choice,
// not a schedule held up: "more than 20 hours weekly", "rather than".
var boundWords = wordSet("more", "less", "fewer", "greater", "longer", "shorter", "higher", "lower", "no", "rather", "other")

// logisticsWords name getting to and from the program: pick-ups,
// arrivals, parking, late fees.
var logisticsWords = []string{"pick-up", "pick-ups", "pickup", "pickups", "pick", "drop-off", "drop-offs", "dropoff", "arrive", "arrival", "arrivals", "late", "parking", "fee", "fees", "curbside", "carpool", "shuttle"}

// pastCareOfPeople ends inside a relative clause telling what the people
// a program is for went through: "who struggle to stay sober with ",
// "who relapsed while getting ", "who have tried ".
// (The figure inside the clause, right after what they got: "Clients who
// relapsed in the past attend 6 hours a day" is the program's.)
var pastCareOfPeople = prefilter.MustCompile(`\bwho\s+(?:have\s+|had\s+|still\s+)?(?:struggle|struggles|struggled|relapse|relapsed|did\s+not\s+do\s+well|didn't\s+do\s+well|didn’t\s+do\s+well|were\s+getting|have\s+been\s+getting|had\s+been\s+getting|got\s+worse|kept\s+using|kept\s+drinking)\b[^.;:,]{0,50}?\b(?:with|getting|receiving|on|in)\s+(?:only\s+|just\s+|about\s+|roughly\s+)?$`)

// pastCareOfPeopleAt reports pastCareOfPeople ending at i with no program
// named after its "who" ("Clients who struggled before were surprised
// that our IOP meets three days a week" is the IOP's).
func pastCareOfPeopleAt(s *sentence, i int) bool {
	lo := max(0, i-90)
	loc := pastCareOfPeople.FindStringIndex(s.lower[lo:i])
	if loc == nil {
		return false
	}
	return !slices.ContainsFunc(s.mentions, func(m mention) bool { return m.start >= lo+loc[0] && m.start < i && programSubject(m.subject) })
}

// substanceUseBefore ends on drinking or using right before a frequency:
// "who drinks ", "were using ", "drank heavily ".
// ("ours uses four shorter days" uses no drug: "using" only in the
// progressive.)
var substanceUseBefore = prefilter.MustCompile(`\b(?:drinks|drink|drank|drinking|binge|binges|binged|bingeing|(?:were|was|are|is|been|kept|keep|started|start)\s+using|(?:uses|used|use)\s+(?:cocaine|alcohol|opioids|heroin|fentanyl|meth|methamphetamine|marijuana|cannabis|pills|drugs|benzodiazepines))\s+(?:(?:heavily|alcohol|opioids|drugs|only|about|roughly|around)\s+){0,2}$`)

// billingWords name paying and billing.
var billingWords = []string{"pay", "pays", "paid", "billed", "bill", "bills", "invoiced", "invoice", "invoices", "statement", "statements", "copay", "copays", "co-pay", "co-pays", "payment", "payments", "charged", "collected"}

// ofCareAfter opens on the care a figure counts: " of IOP treatment", " of
// care", " of programming".
var ofCareAfter = prefilter.MustCompile(`^\s+of\s+(?:[a-z]+\s+){0,2}?(?:treatment|care|programming|therapy|groups?)\b`)
