package quantity

// Unit is a measured unit. Time units are the ones claims care about; other
// quantities (sessions, times as in "three times a week") have their own.
type Unit string

const (
	None    Unit = ""
	Second  Unit = "second"
	Minute  Unit = "minute"
	Hour    Unit = "hour"
	Day     Unit = "day"
	Week    Unit = "week"
	Month   Unit = "month"
	Year    Unit = "year"
	Session Unit = "session"
	Times   Unit = "time" // "three times a week", "once a week"
)

// Qualifier says how exactly the text committed to the number.
type Qualifier string

const (
	Exact   Qualifier = "exact"
	Approx  Qualifier = "approx"
	AtLeast Qualifier = "at-least" // "at least", "a minimum of", "N or more", "N+", "more than", "over"
	UpTo    Qualifier = "up-to"    // "up to", "no more than", "at most", "under", "less than", "within"
	Vague   Qualifier = "vague"    // "several", "a few", "a couple of": never a number
)

// Quantity is one quantity read from a text. Offsets are byte offsets into
// the string given to Parse.
type Quantity struct {
	Start, End int
	// Text is text[Start:End]: the words that said it, rate included.
	Text string
	// Min and Max are in Unit. For an open bound (HasMin or HasMax false) the
	// field is zero and must not be used. A single value has Min == Max.
	Min, Max       float64
	HasMin, HasMax bool
	Unit           Unit
	// Per is the rate's denominator: "hours per week" has Unit Hour, Per Week.
	Per       Unit
	Qualifier Qualifier
	// Adjectival marks a compound modifier ("a 90-day program", "one-hour sessions").
	Adjectival bool
	// OpenEnded marks a continuation that widens the range upwards
	// ("and sometimes longer", "or more"); Max stays what the text said.
	OpenEnded bool
}
