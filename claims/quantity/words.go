package quantity

// Number words. Tables are keyed by the lowercased word.

var smallNumbers = map[string]float64{
	"zero": 0, "nought": 0, "naught": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
	"six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
	"thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
	"eighteen": 18, "nineteen": 19,
}

var tens = map[string]float64{
	"twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
	"seventy": 70, "eighty": 80, "ninety": 90,
}

// scales multiply what precedes them. Indian lakh and crore appear in the
// spec data; the abbreviations are only read after a number.
var scales = map[string]float64{
	"hundred": 100, "hundreds": 100, "thousand": 1e3, "thousands": 1e3,
	"million": 1e6, "millions": 1e6, "billion": 1e9, "billions": 1e9,
	"trillion": 1e12, "trillions": 1e12,
	"lakh": 1e5, "lakhs": 1e5, "lac": 1e5, "lacs": 1e5, "lkh": 1e5, "lkhs": 1e5,
	"crore": 1e7, "crores": 1e7, "cr": 1e7, "koti": 1e7, "krore": 1e7, "krores": 1e7, "kr": 1e7,
}

var dozens = map[string]bool{"dozen": true, "dozens": true, "dz": true, "dzs": true, "doz": true, "dozs": true}

// denominators are the ordinal words that close a fraction ("two thirds").
// "second" is missing on purpose: "two seconds" is a duration, never 2/2.
var denominators = map[string]float64{
	"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
	"fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6,
	"seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9,
	"tenth": 10, "tenths": 10, "eleventh": 11, "elevenths": 11, "twelfth": 12, "twelfths": 12,
	"thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17,
	"eighteenth": 18, "nineteenth": 19, "twentieth": 20, "twentieths": 20, "thirtieth": 30,
	"thirtieths": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70,
	"eightieth": 80, "ninetieth": 90,
	"hundredth": 100, "hundredths": 100, "thousandth": 1e3, "thousandths": 1e3,
	"millionth": 1e6, "millionths": 1e6, "billionth": 1e9, "billionths": 1e9,
	"trillionth": 1e12, "trillionths": 1e12,
}

// ordinalUnits close a compound ordinal ("twenty-first"); alone they are
// ranks, not numbers.
var ordinalUnits = map[string]float64{
	"first": 1, "firsts": 1, "second": 2, "seconds": 2, "third": 3, "thirds": 3,
	"fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6,
	"seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9,
}

// ordinals are ranks ("the tenth"); only ranges between ranks read them.
var ordinals = map[string]float64{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
	"eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
	"fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
	"nineteenth": 19, "twentieth": 20, "thirtieth": 30, "hundredth": 100,
}

var unicodeFractions = map[string]float64{
	"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1.0 / 3, "⅔": 2.0 / 3, "⅛": 0.125,
	"⅜": 0.375, "⅝": 0.625, "⅞": 0.875, "⅕": 0.2, "⅖": 0.4, "⅗": 0.6, "⅘": 0.8, "⅙": 1.0 / 6, "⅚": 5.0 / 6,
}

// frequencies are the adverbs that carry their own count ("twice a week").
var frequencies = map[string]float64{"once": 1, "twice": 2, "thrice": 3}

// pronounOne marks determiners after which "one" is a pronoun ("the one
// you mentioned"), not a count.
var pronounOne = map[string]bool{
	"the": true, "this": true, "that": true, "which": true, "any": true, "every": true,
	"each": true, "no": true, "another": true, "whichever": true, "someone": true, "anyone": true,
	"everyone": true, "little": true, "only": true, "last": true, "right": true, "wrong": true,
}

var months = map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true,
	"july": true, "august": true, "september": true, "october": true, "november": true, "december": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
}

var weekdays = map[string]int{
	"monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
	"mon": 1, "tue": 2, "tues": 2, "wed": 3, "thu": 4, "thur": 4, "thurs": 4, "fri": 5, "sat": 6, "sun": 7,
	// "Tuesdays and Thursdays": a recurring day.
	"mondays": 1, "tuesdays": 2, "wednesdays": 3, "thursdays": 4, "fridays": 5, "saturdays": 6, "sundays": 7,
}

// keywords are the other words the grammar compares against; listing them
// lets capitalised ones lowercase without allocating (see canon).
const keywords = `a an and or to through thru until till til between from anywhere somewhere about around
round approximately roughly nearly almost approx circa some averaging estimated average at least most
minimum maximum floor ceiling cap of no not less more fewer than upwards upward equal equals equaling equalling greater
larger bigger higher lower smaller shorter longer in excess over above under below within exceeding
exceeds exceeded exceed surpass surpassing up several few many multiple numerous couple extra
additional long full all whole another per each every single weekly daily nightly monthly hourly
yearly annually evening weekday weekdays night once twice thrice minus negative point half quarter
dozen dozens pair nil the this that which any whichever sometimes often even possibly perhaps maybe
beyond later so older old ago yo younger age ages aged adults adult teens teenagers adolescents
children kids youth step steps level phase stage chapter section part page number room suite floor
route highway unit tier type grade version article title rule figure table form box exit am pm
o'clock oclock noon midnight clock fortnight fortnights decade decades out over k mm mil mln e x
percent pct dollars usd cent mg mcg kg lb lbs miles mile feet hours hour`
