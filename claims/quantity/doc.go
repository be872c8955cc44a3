// Package quantity is factlint's quantity grammar: it reads numbers, ranges,
// qualifiers, units and rates out of English prose ("between 6 and 30 hours
// per week", "an hour and a half", "3–5 days a week") and refuses what only
// looks like a quantity (clock times, dates, "12-step", "24/7", phone
// numbers, prices, percentages, ages, list numbering, footnote markers).
//
// It sits under package claims, which decides what each quantity is a claim
// about; this package knows nothing of programs or subjects.
package quantity
