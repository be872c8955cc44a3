package quantity

var smallNumbers = map[string]float64{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
	"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
	"seventeen": 17, "eighteen": 18, "nineteen": 19,
}

var tens = map[string]float64{
	"twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}

var scales = map[string]float64{"hundred": 100, "thousand": 1000, "million": 1e6, "billion": 1e9}

var unicodeFractions = map[string]float64{"½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1.0 / 3, "⅔": 2.0 / 3, "⅛": 0.125}

var units = map[string]Unit{
	"s": Second, "sec": Second, "secs": Second, "second": Second, "seconds": Second,
	"min": Minute, "mins": Minute, "minute": Minute, "minutes": Minute,
	"h": Hour, "hr": Hour, "hrs": Hour, "hour": Hour, "hours": Hour,
	"d": Day, "day": Day, "days": Day,
	"wk": Week, "wks": Week, "week": Week, "weeks": Week,
	"mo": Month, "mos": Month, "month": Month, "months": Month,
	"yr": Year, "yrs": Year, "year": Year, "years": Year,
	"session": Session, "sessions": Session,
	"time": Times, "times": Times,
}

// unitsThatNeedANumber are abbreviations too short to stand as units after
// "a"/"an" or vague words ("a d" is not a day).
var shortUnit = map[string]bool{"s": true, "h": true, "d": true, "mo": true, "min": true, "sec": true, "hr": true, "wk": true, "yr": true}

var vagueWords = map[string]bool{"several": true, "few": true, "many": true, "multiple": true, "numerous": true, "couple": true}

var approxWords = map[string]bool{"about": true, "around": true, "approximately": true, "roughly": true, "nearly": true, "almost": true, "approx": true, "circa": true, "~": true}

var atLeastPhrases = [][]string{{"at", "least"}, {"a", "minimum", "of"}, {"minimum", "of"}, {"no", "less", "than"}, {"no", "fewer", "than"}, {"more", "than"}, {"over"}, {"upwards", "of"}, {"upward", "of"}, {"greater", "than"}, {"larger", "than"}, {"above"}, {"minimum"}}

var upToPhrases = [][]string{{"up", "to"}, {"no", "more", "than"}, {"not", "more", "than"}, {"at", "most"}, {"a", "maximum", "of"}, {"maximum", "of"}, {"under"}, {"less", "than"}, {"fewer", "than"}, {"within"}, {"below"}, {"no", "longer", "than"}, {"maximum"}}

var months = map[string]bool{"january": true, "february": true, "march": true, "april": true, "may": true, "june": true, "july": true, "august": true, "september": true, "october": true, "november": true, "december": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true}

var weekdays = map[string]int{"monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
	"mon": 1, "tue": 2, "tues": 2, "wed": 3, "thu": 4, "thur": 4, "thurs": 4, "fri": 5, "sat": 6, "sun": 7}

var unitRank = map[Unit]int{Second: 1, Minute: 2, Hour: 3, Day: 4, Week: 5, Month: 6, Year: 7}

var unitSeconds = map[Unit]float64{Second: 1, Minute: 60, Hour: 3600, Day: 86400, Week: 7 * 86400, Month: 30 * 86400, Year: 365 * 86400}

// finer reports whether a is a smaller time unit than b.
func finer(a, b Unit) bool { return unitRank[a] > 0 && unitRank[b] > 0 && unitRank[a] < unitRank[b] }

// toFiner is how many a's make one b.
func toFiner(b, a Unit) float64 { return unitSeconds[b] / unitSeconds[a] }
