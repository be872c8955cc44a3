package claims

import "sort"

// KindSpec is everything the project knows about one claim kind. Checks,
// config validation, reports and `factlint explain` read it from here, so
// a kind's unit, label and plausible range are written once.
type KindSpec struct {
	ID Kind
	// Label names the kind in messages ("hours per week").
	Label string
	// Bool kinds carry a yes/no Value instead of a range.
	Bool bool
	// Unit is the canonical unit of Min and Max; Units converts the units
	// a page may write into it.
	Unit  string
	Units map[string]float64
	// Max is the largest value a real schedule can have (9 days a week is
	// a misreading, not a claim).
	Max float64
	// Floor is the smallest value a real schedule can have (two minutes
	// of an app a day is a task's, no session's or day's); 0 for none.
	Floor float64
	// Examples are sentences of the project's own with the claim they must
	// (or must not) give; they run as table tests.
	Examples []KindExample
	// YesNo reads a yes/no kind's statements; nil for range kinds, whose
	// quantities the shared grammar reads (see classify).
	YesNo *YesNo
}

// KindKindExample is one sentence and what the kind must read from it: Want is
// "SUBJECT VALUE" in the canonical form of the golden files ("iop 9–12",
// "php false"), several joined by "; " in the order of the text, or ""
// when the sentence holds no claim of the kind.
type KindExample struct {
	Text string
	Want string
}

// month is the average Gregorian month in days; every conversion uses it.
const month = 30.4375

var (
	lengthUnits = map[string]float64{"day": 1, "week": 7, "month": month, "year": 365.25}
	hourUnits   = map[string]float64{"hour": 1, "minute": 1.0 / 60, "second": 1.0 / 3600}
	dayUnits    = map[string]float64{"day": 1, "time": 1, "session": 1}
)

var registry = map[Kind]*KindSpec{}

// register adds a kind; each kind_*.go file registers its own.
func register(k KindSpec) {
	if _, dup := registry[k.ID]; dup {
		panic("claims: kind registered twice: " + string(k.ID))
	}
	registry[k.ID] = &k
}

// Kinds returns every claim kind, sorted by ID.
func Kinds() []KindSpec {
	out := make([]KindSpec, 0, len(registry))
	for _, k := range registry {
		out = append(out, *k)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

// Spec returns the spec of k.
func Spec(k Kind) (KindSpec, bool) {
	s, ok := registry[k]
	if !ok {
		return KindSpec{}, false
	}
	return *s, true
}

// Label returns the human name of k, or k itself when unknown.
func (k Kind) Label() string {
	if s, ok := registry[k]; ok {
		return s.Label
	}
	return string(k)
}
