package claims

import "github.com/factlint/factlint/corpus"

// Kind names what a claim states. Each kind has one canonical unit. It
// stays a string so that a kind is added in one file (doc.go).
type Kind string

const (
	ProgramLength   Kind = "program-length"   // days
	HoursPerWeek    Kind = "hours-per-week"   // hours
	DaysPerWeek     Kind = "days-per-week"    // days
	HoursPerDay     Kind = "hours-per-day"    // hours
	SessionLength   Kind = "session-length"   // hours
	DetoxOffered    Kind = "detox-offered"    // bool
	LivesAtHome     Kind = "lives-at-home"    // bool
	Supervision24x7 Kind = "supervision-24-7" // bool
)

// Subject is whom a claim is about; the zero Subject is none.
//
// Subject and the other small enumerations of a claim (Scope, Qualifier,
// Polarity, Force) are bytes, not strings: a run keeps every claim of
// every page until its end, and five strings cost 80 bytes a claim
// against 5. Each is numbered in the alphabetical order of its name, the
// zero value being the empty name, so values sort as their names do. They
// print, marshal and parse as their names (enums.go).
type Subject uint8

const (
	NoSubject         Subject = iota
	Detox                     // "detox"
	GroupTherapy              // "group-therapy"
	IndividualTherapy         // "individual-therapy"
	IOP                       // "iop"
	OP                        // "op"
	Other                     // "other"
	PHP                       // "php"
	Residential               // "residential"
	SupportGroup              // "support-group"
)

// Scope says whether a claim is about the publisher's own program ("our
// IOP") or programs in general.
type Scope uint8

const (
	_        Scope = iota
	General        // "general"
	Provider       // "provider"
)

// Qualifier mirrors quantity.Qualifier for claims.
type Qualifier uint8

const (
	_       Qualifier = iota
	Approx            // "approx"
	AtLeast           // "at-least"
	Exact             // "exact"
	UpTo              // "up-to"
	Vague             // "vague"
)

// Polarity says whether a range claim is asserted or denied ("IOP is not
// 30 days long"). A yes/no claim carries its denial in its value ("IOPs do
// not offer detox" is detox-offered = false) and is always asserted.
type Polarity uint8

const (
	_        Polarity = iota
	Asserted          // "asserted"
	Negated           // "negated"
)

// Force says how strongly the text commits to a claim, which decides what
// it can contradict: a condition contradicts nothing, an example or an
// existential ("some programs may") only a universal, as a counterexample.
type Force uint8

const (
	_           Force = iota
	Conditional       // "conditional": "if …"
	Example           // "example": "for example", "such as", a worked schedule
	Existential       // "existential": "some programs", "may", "can", "in some cases"
	Typical           // "typical": "typically", "usually", "most", unmarked generic present
	Universal         // "universal": "all", "every", "must", "required", definitions
)

// TransitionStepDown is the variant of a schedule given as a brief step
// down out of its level ("less than nine hours a week as a transition step
// down"), apart from a step-down program ("our step-down PHP"), which is
// a level's own.
const TransitionStepDown = "transition step-down"

// Claim is one typed fact a page states.
type Claim struct {
	Kind      Kind
	Subject   Subject
	Scope     Scope
	Qualifier Qualifier
	// Polarity and Force, with Attribution, Population and Variant
	// below, are the clause's modality: the checker compares like with
	// like. (The bytes and flags come first and together: a run keeps
	// every claim until its end.)
	Polarity Polarity
	Force    Force

	// OpenEnded marks "and sometimes longer", "or more".
	OpenEnded bool
	// Listed marks a claim read from an entry of an enumeration: a table
	// cell, a list item or a "Label: value" line. Several such entries
	// with different figures are options side by side (30-, 60- and
	// 90-day programs), not one figure said three ways.
	Listed bool
	// FactBox: the claim sits in a program's fact box, the lines under a
	// heading such as "Program at a glance" or "Quick facts", so a line
	// of days and clock times there is the program's schedule.
	FactBox bool
	// WhenHeading: the heading over the claim says when the program
	// meets ("When we meet", "Group times", "Our evening IOP"), not
	// someone else's hours ("Contact us", "Family visits", "Drug
	// testing").
	WhenHeading bool
	// WeekLine: a line of the page's schedule that opens on a range of
	// weekdays with its hours ("Monday through Thursday: 8:30 am – 2:30
	// pm") and stands alone, no other weekday line of times beside it:
	// the days are the program's week, not one row of a timetable.
	WeekLine bool
	// OwnSection: the provider speaks in the claim's section (a sentence
	// of it says "our" or names the provider), or the page's title does
	// ("Inside Our IOP", "Starting PHP at Hollowbrook"): on an article,
	// the claim may be the provider's account of its own program.
	OwnSection bool
	// Predicate marks a length said of a program by a compound after a
	// copula ("Our IOP is a six-week program", "the full 12-week
	// program"): the program's length, not the name of one of several
	// programs ("our 30-day program").
	Predicate bool
	// Named: the claim's subject is named near it (see namedNear),
	// not only guessed from the page; two guesses on one page are no
	// contradiction.
	Named bool
	// NamedHere: the claim's own sentence names its subject (or opens on
	// a pronoun for the program its paragraph names, or sits in a table
	// row headed by it), not only a heading, the title or the page.
	NamedHere bool
	// Topical: the claim's subject is the page's topic, the one program
	// it names or the one its title or address names (see markTopical).
	Topical bool

	// Min and Max are in the kind's canonical unit; nil is an open bound.
	// Both are nil for boolean kinds.
	Min, Max *float64
	// Unit is the canonical unit name ("day", "hour"); empty for booleans.
	Unit string
	// WrittenUnit is the unit the text used ("month"), which decides how
	// loosely the value is compared (a month is 28 to 31 days).
	WrittenUnit string
	// Value holds a boolean kind's value.
	Value *bool

	// Section is the index of the heading block the claim sits under
	// (its own, for a heading), -1 before the page's first heading: on an
	// article, the sections where the provider speaks of its own program
	// are told from those explaining programs in general.
	Section int
	// Attribution names who the page says states it ("ASAM", "SAMHSA").
	Attribution string
	// Population is "adult", "adolescent", "young-adult" or "".
	Population string
	// Variant narrows the subject: "short-term", "long-term", "evening",
	// "virtual", "step-down", a phase ("first 4 weeks"), or "".
	Variant string
	// Statistic is Median for a figure given as the median of the stays
	// or schedules a survey counted, "" for an average or a plain figure.
	Statistic string

	// File is the document ID; Span is the source range of Text.
	File string
	Span corpus.Span
	Pos  corpus.Position
	// Text is the words that said it, Sentence the sentence around them.
	Text     string
	Sentence string
	// Block is the index of the block in the document, for suppressions;
	// BlockHash is corpus.Block.Hash, so the corpus-wide stage can drop
	// claims of blocks that turn out to be site-wide boilerplate.
	Block     int
	BlockHash uint64
}

// IsBool reports whether the claim carries a boolean value.
func (c *Claim) IsBool() bool { return c.Value != nil }
