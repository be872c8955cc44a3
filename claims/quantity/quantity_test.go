package quantity

import (
	"fmt"
	"strings"
	"testing"
)

// show renders a quantity compactly: "text" min..max unit/per qualifier
// [adj] [open], with "_" for an open bound.
func show(q Quantity) string {
	b := func(ok bool, v float64) string {
		if !ok {
			return "_"
		}
		return fmt.Sprint(v)
	}
	s := fmt.Sprintf("%q %s..%s %s", q.Text, b(q.HasMin, q.Min), b(q.HasMax, q.Max), q.Unit)
	if q.Per != None {
		s += "/" + string(q.Per)
	}
	s += " " + string(q.Qualifier)
	if q.Adjectival {
		s += " adj"
	}
	if q.OpenEnded {
		s += " open"
	}
	return s
}

func TestParse(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		// Numbers.
		{"We have treated 1,000 clients.", []string{`"1,000" 1000..1000  exact`}},
		{"Sessions run 1.5 hours.", []string{`"1.5 hours" 1.5..1.5 hour exact`}},
		{"Plan on .5 hours of paperwork.", []string{`".5 hours" 0.5..0.5 hour exact`}},
		{"Allow 1/2 hour for intake.", []string{`"1/2 hour" 0.5..0.5 hour exact`}},
		// Two counts of a week's meetings to choose from, no fraction.
		{"Groups meet 3/4 evenings per week.", []string{`"3/4 evenings per week" 3..4 day/week exact`}},
		{"Plan on 2/3 days weekly.", []string{`"2/3 days weekly" 2..3 day/week exact`}},
		{"Allow 3/4 hour for the first visit.", []string{`"3/4 hour" 0.75..0.75 hour exact`}},
		// "over" after meetings spreads them across the span.
		{"It is 30 sessions over about ten weeks.", []string{`"30 sessions" 30..30 session exact`, `"about ten weeks" 10..10 week approx`}},
		{"Most clients stay over 30 days.", []string{`"over 30 days" 30.._ day at-least`}},
		// A bound on a range's near end, its own unit apart from the far
		// end's, keeps the far end; a bound on a whole range does not.
		{"Stays last more than 45 days to 1 year.", []string{`"more than 45 days to 1 year" 45..365.25 day exact`}},
		{"Stays last more than 4-6 weeks.", []string{`"more than 4-6 weeks" 4.._ week at-least`}},
		{"Allow ½ hour for intake.", []string{`"½ hour" 0.5..0.5 hour exact`}},
		{"Check-in takes ¼ hour; the walk ¾ hour.", []string{`"¼ hour" 0.25..0.25 hour exact`, `"¾ hour" 0.75..0.75 hour exact`}},
		{"It takes twenty-five minutes.", []string{`"twenty-five minutes" 25..25 minute exact`}},
		// A length word between a count and its days.
		{"Stays begin at 30 days.", []string{`"begin at 30 days" 30.._ day at-least`}},
		{"The group meets for nine consecutive weeks, 40 straight days in all.", []string{`"nine consecutive weeks" 9..9 week exact`, `"40 straight days" 40..40 day exact`}},
		{"Our weekend track runs seven weekends; a weekend retreat is extra.", []string{`"seven weekends" 7..7 week exact`}},
		{"Four shorter days of two hours each.", []string{`"Four shorter days" 4..4 day exact`, `"two hours" 2..2 hour exact`}},
		{"one hundred and twenty days of care", []string{`"one hundred and twenty days" 120..120 day exact`}},
		{"over three thousand families", []string{`"over three thousand" 3000.._  at-least`}},
		{"Each group lasts an hour.", []string{`"an hour" 1..1 hour exact`}},
		{"It lasts between a month and a half and three months.", []string{`"between a month and a half and three months" 1.5..3 month exact`}},
		// A range stretched to a further figure before its unit spans to
		// that figure; a figure with no stretch word, or set off on one
		// side only, is a figure of its own.
		{"Most stay 2 to 3, even 4, months.", []string{`"2 to 3, even 4, months" 2..4 month exact`}},
		// A capital D glued to a figure is a name, not days.
		{"She works for 4D Recovery; detox took 5d.", []string{`"4" 4..4  exact`, `"5d" 5..5 day exact`}},
		// A bound set off by a comma after a figure, closing the clause.
		{"Groups meet twice a week, at a minimum.", []string{`"twice a week, at a minimum" 2.._ time/week at-least`}},
		{"Clients attend 9 hours a week, at the very least.", []string{`"9 hours a week, at the very least" 9.._ hour/week at-least`}},
		{"Stays last 30 days, at a maximum.", []string{`"30 days, at a maximum" _..30 day up-to`}},
		{"Groups meet 3 days a week, at least one of them in person.", []string{`"3 days a week" 3..3 day/week exact`, `"at least one" 1.._  at-least`}},
		{"Groups meet three or four, occasionally five, evenings a week.", []string{`"three or four, occasionally five, evenings a week" 3..5 day/week exact`}},
		{"Clients come 2 to 3 or even up to 4 days a week.", []string{`"2 to 3 or even up to 4 days a week" 2..4 day/week exact`}},
		{"Groups run 3 to 4, sometimes 6 weeks later than planned.", []string{`"3 to 4" 3..4  exact`, `"6 weeks" 6..6 week exact`}},
		{"Sessions run 4 to 5, 6 to 8 weeks apart.", []string{`"4 to 5" 4..5  exact`, `"6 to 8 weeks" 6..8 week exact`}},
		{"We see 10 to 12, sometimes 9, new clients.", []string{`"10 to 12" 10..12  exact`, `"9" 9..9  exact`}},
		{"It lasts between a week and a half and a month.", []string{`"between a week and a half and a month" 1.5..4.348214285714286 week exact`}},
		{"Two weekday afternoons plus Saturday morning, 2 hours each.", []string{`"Two weekday afternoons plus Saturday morning" 3..3 day/week exact`, `"2 hours" 2..2 hour exact`}},
		// Days with their hours, then "and" another day with its own.
		{"Groups meet Monday and Wednesday from 5 to 8 p.m. and Sunday from 11 a.m. to 2 p.m.", []string{`"Monday and Wednesday from 5 to 8 p.m. and Sunday" 3..3 day/week exact`}},
		{"We meet on Monday and Friday mornings from 8 to 11 a.m. and on Wednesday evenings from 6 to 9 p.m.", []string{`"Monday and Friday mornings from 8 to 11 a.m. and on Wednesday evenings" 3..3 day/week exact`}},
		{"Groups meet Monday and Wednesday from 5 to 8 p.m. and Sunday is for families.", []string{`"Monday and Wednesday" 2..2 day/week exact`}},
		{"IOP is three hours on four evenings.", []string{`"three hours" 3..3 hour/day exact`, `"four evenings" 4..4 day exact`}},
		{"Clients complete 12 hours on three evenings.", []string{`"12 hours" 12..12 hour exact`, `"three evenings" 3..3 day exact`}},
		{"IOP is a total of nine hours on three evenings each week.", []string{`"nine hours" 9..9 hour exact`, `"three evenings each week" 3..3 day/week exact`}},
		// A bound said after the figure takes the unit after it; so does
		// a "-plus"; a hyphen may join a whole to its half.
		{"Standard care asks for seven or fewer hours of therapy each week.", []string{`"seven or fewer hours" _..7 hour up-to`}},
		{"Clients put in eight or less hours a week.", []string{`"eight or less hours a week" _..8 hour/week up-to`}},
		{"Residents get 25-plus hours of programming per week.", []string{`"25-plus hours" 25.._ hour at-least`}},
		{"The day program runs 5-1/2 hours per day.", []string{`"5-1/2 hours per day" 5.5..5.5 hour/day exact`}},
		// Two lengths to choose from, parted by a slash; a small fraction
		// stays one.
		{"Short stays (45 / 60 Day)", []string{`"45 / 60 Day" 45..60 day exact`}},
		{"Our 45/60-day programs", []string{`"45/60-day" 45..60 day exact adj`}},
		{"about 3/4 of a day", []string{`"about 3/4 of a day" 0.75..0.75 day approx`}},
		// A times sign before the week.
		{"Groups: 2–4× week, 3 hours each.", []string{`"2–4× week" 2..4 time/week exact`, `"3 hours" 3..3 hour exact`}},
		{"Check-ins 2x week.", []string{`"2x week" 2..2 time/week exact`}},
		// The days named twice, then their rate.
		{"Our group meets 4 days or evenings a week.", []string{`"4 days or evenings a week" 4..4 day/week exact`}},
		{"Choose 2 or 3 mornings or evenings per week.", []string{`"2 or 3 mornings or evenings per week" 2..3 day/week exact`}},
		{"She stayed 3 days or nights in a row.", []string{`"3 days" 3..3 day exact`}},
		{"Three evenings a week plus a Sunday afternoon, for clients stepping down.", []string{`"Three evenings a week plus a Sunday afternoon" 4..4 day/week exact`}},
		{"Three evenings a week plus a Sunday alumni brunch once a month.", []string{`"Three evenings a week" 3..3 day/week exact`, `"once a month" 1..1 time/month exact`}},
		{"Three evenings a week, and a Sunday session for those stepping down.", []string{`"Three evenings a week, and a Sunday session" 4..4 day/week exact`}},
		{"Three evenings a week plus a Sunday, twice a month, for family workshops.", []string{`"Three evenings a week" 3..3 day/week exact`, `"twice a month" 2..2 time/month exact`}},
		{"Three evenings a week plus a Friday for graduation at the end.", []string{`"Three evenings a week" 3..3 day/week exact`}},
		{"Two nights a week plus a Saturday and Sunday retreat each spring.", []string{`"Two nights a week" 2..2 day/week exact`, `"Saturday and Sunday" 2..2 day/week exact`}},
		// A day added after a list of days.
		{"Groups run Mon/Wed nights + Sun afternoon, two hours each.", []string{`"Mon/Wed nights + Sun afternoon" 3..3 day/week exact`, `"two hours" 2..2 hour exact`}},
		{"We meet Tue & Fri plus Sat.", []string{`"Tue & Fri plus Sat" 3..3 day/week exact`}},
		{"Sessions fall on Mon/Thu and Sat at 10 a.m.", []string{`"Mon/Thu and Sat" 3..3 day/week exact`}},
		{"Groups run Mon/Wed nights + Sun outings when the weather allows.", []string{`"Mon/Wed" 2..2 day/week exact`}},
		{"Groups run Mon/Wed nights + Sun afternoon (every other week).", []string{`"Mon/Wed" 2..2 day/week exact`}},
		{"Groups run Mon/Wed nights plus Sun afternoon* at the annex.", []string{`"Mon/Wed" 2..2 day/week exact`}},
		{"Evening track: Tue · Wed · Fri, 6 to 9 p.m.", []string{`"Tue · Wed · Fri" 3..3 day/week exact`}},
		{"Every lodge has a night-shift counselor.", nil},
		{"Groups run Monday and Wednesday nights plus Sunday, twice a month.", []string{`"Monday and Wednesday nights" 2..2 day/week exact`, `"twice a month" 2..2 time/month exact`}},
		{"Groups meet 3x weekly.", []string{`"3x weekly" 3..3 time/week exact`}},
		{"Sessions run 2x/week.", []string{`"2x/week" 2..2 time/week exact`}},
		{"A 3x zoom lens.", []string{`"3" 3..3  exact`}},
		{"We treat you from the first days of withdrawal through aftercare.", nil},
		{"An evening option opens in the spring.", nil},
		{"We also run a morning group for parents.", nil},
		{"Later, most clients move to an evening IOP.", nil},
		{"Some step down to an afternoon PHP.", nil},
		{"Parents meet an evening a week.", []string{`"an evening a week" 1..1 day/week exact`}},
		{"Parents join us for an evening.", []string{`"an evening" 1..1 day exact`}},
		{"Stay a week, a month or a year.", []string{`"a week" 1..1 week exact`, `"a month" 1..1 month exact`, `"a year" 1..1 year exact`}},
		{"This is a program for adults.", nil},
		{"Meditate for half an hour.", []string{`"half an hour" 0.5..0.5 hour exact`}},
		{"Group runs an hour and a half.", []string{`"an hour and a half" 1.5..1.5 hour exact`}},
		// A compound's tail after a range adds to the right side alone.
		{"Groups last an hour to an hour and a half.", []string{`"an hour to an hour and a half" 1..1.5 hour exact`}},
		{"Each visit runs between a day and a day and a half.", []string{`"between a day and a day and a half" 1..1.5 day exact`}},
		{"Sessions run from an hour to an hour and 20 minutes.", []string{`"from an hour to an hour and 20 minutes" 60..80 minute exact`}},
		// A compound left side spans to the right one as a plain number does.
		{"Each group meets for an hour and a half to two hours.", []string{`"an hour and a half to two hours" 1.5..2 hour exact`}},
		{"The stay runs a week and a half to three weeks.", []string{`"a week and a half to three weeks" 1.5..3 week exact`}},
		{"Plan on 1 hour and 15 minutes to 2 hours.", []string{`"1 hour and 15 minutes to 2 hours" 75..120 minute exact`}},
		// A smaller right side is another quantity, not a span.
		{"It took an hour and a half to two minutes' drive.", []string{`"an hour and a half" 1.5..1.5 hour exact`, `"two minutes" 2..2 minute exact`}},
		{"Take a half hour break.", []string{`"a half hour" 0.5..0.5 hour exact`}},
		{"a dozen peers", []string{`"a dozen" 12..12  exact`}},
		{"a fortnight of detox", []string{`"a fortnight" 14..14 day exact`}},
		// Business and working days are days, counted as said.
		{"Most stay 7–10 business days.", []string{`"7–10 business days" 7..10 day exact`}},
		{"about ten working days", []string{`"about ten working days" 10..10 day approx`}},
		// "up to" after "from … to" is the range's far end.
		{"Stays run from 5 days to up to 3 weeks.", []string{`"from 5 days to up to 3 weeks" 5..21 day exact`}},
		{"Clients come from four to up to six evenings.", []string{`"from four to up to six evenings" 4..6 day exact`}},
		{"one and a half hours per session", []string{`"one and a half hours" 1.5..1.5 hour exact`}},
		{"Each visit is 1 hour and 30 minutes.", []string{`"1 hour and 30 minutes" 90..90 minute exact`}},
		// Hours named as hours of care by one word, with a rate after
		// them; not without the rate, and not one such hour.
		{"Members log 10 to 14 clinical hours per week.", []string{`"10 to 14 clinical hours per week" 10..14 hour/week exact`}},
		{"Expect sixteen programming hours weekly.", []string{`"sixteen programming hours weekly" 16..16 hour/week exact`}},
		// Daytime hours, spelled as one word, apart or hyphenated, are
		// hours of care; "day time" before anything else is days.
		{"Plan on 22 daytime hours a week.", []string{`"22 daytime hours a week" 22..22 hour/week exact`}},
		{"Plan on 22 day time hours a week.", []string{`"22 day time hours a week" 22..22 hour/week exact`}},
		{"Plan on 22 day-time hours a week.", []string{`"22 day-time hours a week" 22..22 hour/week exact`}},
		{"There is a 30 day time limit on refunds.", []string{`"30 day" 30..30 day exact adj`}},
		{"The course awards 40 credit hours a term.", []string{`"40" 40..40  exact`}},
		{"Plan for 3 program hours.", []string{`"3" 3..3  exact`}},
		{"Sometimes one therapy hour a week is too little.", []string{`"one" 1..1  exact`, `"a week" 1..1 week exact`}},
		{"Two live video sessions a week, four hours each.", []string{`"Two live video sessions a week" 2..2 session/week exact`, `"four hours" 4..4 hour exact`}},
		{"Stays run 1 week, 3 days on average.", []string{`"1 week, 3 days" 10..10 day exact`}},
		{"thirty (30) days", []string{`"thirty (30) days" 30..30 day exact`}},
		// Ranges.
		{"3-5 days", []string{`"3-5 days" 3..5 day exact`}},
		{"3–5 days", []string{`"3–5 days" 3..5 day exact`}},
		{"3—5 days", []string{`"3—5 days" 3..5 day exact`}},
		{"3 – 5 days", []string{`"3 – 5 days" 3..5 day exact`}},
		{"3 to 5 days", []string{`"3 to 5 days" 3..5 day exact`}},
		{"3-to-5 days", []string{`"3-to-5 days" 3..5 day exact`}},
		{"a two-to-six week course", []string{`"two-to-six week" 2..6 week exact adj`}},
		{"from 20, 40, to 80 days", []string{`"from 20, 40, to 80 days" 20..80 day exact`}},
		{"from 20, 40 to 80 days", []string{`"from 20" 20..20  exact`, `"40 to 80 days" 40..80 day exact`}},
		{"two-to-six weeks", []string{`"two-to-six weeks" 2..6 week exact`}},
		{"two to six week stays", []string{`"two to six week" 2..6 week exact`}},
		// A span in the singular before a program's noun, a few words
		// on, modifies it; before a stay or a period it keeps its reading.
		{"a nine week intensive group program", []string{`"nine week" 9..9 week exact adj`}},
		{"a nine week skills course", []string{`"nine week" 9..9 week exact`}},
		{"a 3 to 5 month, faith-based recovery course", []string{`"3 to 5 month" 3..5 month exact adj`}},
		{"a nine week period", []string{`"nine week" 9..9 week exact`}},
		{"a nine week stay", []string{`"nine week" 9..9 week exact`}},
		{"3 or 4 days", []string{`"3 or 4 days" 3..4 day exact`}},
		{"IOP runs between 6 and 30 hours per week.", []string{`"between 6 and 30 hours per week" 6..30 hour/week exact`}},
		{"Care lasts from 9 to 12 weeks.", []string{`"from 9 to 12 weeks" 9..12 week exact`}},
		{"anywhere from 9 to 12 weeks and sometimes longer", []string{`"anywhere from 9 to 12 weeks and sometimes longer" 9..12 week exact open`}},
		{"requires 6 and 30 hours", []string{`"6 and 30 hours" 6..30 hour exact`}},
		{"therapy lasts three to five weeks", []string{`"three to five weeks" 3..5 week exact`}},
		{"an 8- to 12-week program", []string{`"8- to 12-week" 8..12 week exact adj`}},
		{"60- or 90-day stays", []string{`"60- or 90-day" 60..90 day exact adj`}},
		{"programs of 30, 60 or 90 days", []string{`"30, 60 or 90 days" 30..90 day exact`}},
		// Commas alone join three or more rising lengths; two are two
		// figures, and a list that runs on ("…, and longer") is left to
		// the reading of a series.
		{"stays of 28, 45, 60 days depending on need", []string{`"28, 45, 60 days" 28..60 day exact`}},
		{"stays of 45, 60 days", []string{`"45" 45..45  exact`, `"60 days" 60..60 day exact`}},
		{"stays of 28, 45, 60 days, and longer", []string{`"28" 28..28  exact`, `"45" 45..45  exact`, `"60 days" 60..60 day exact`}},
		{"detox lasts a week or two", []string{`"a week or two" 1..2 week exact`}},
		{"A third session each week is held by video", nil},
		{"four mornings, three hours each", []string{`"four mornings" 4..4 day exact`, `"three hours" 3..3 hour exact`}},
		{"a third of the week", nil},
		{"lasts 30 days at minimum", []string{`"30 days at minimum" 30.._ day at-least`}},
		{"12 weeks at most", []string{`"12 weeks at most" _..12 week up-to`}},
		{"stays are 45 days minimum", []string{`"45 days minimum" 45.._ day at-least`}},
		{"sessions run 2 hours max", []string{`"2 hours max" _..2 hour up-to`}},
		{"detox lasts 7 days at max", []string{`"7 days at max" _..7 day up-to`}},
		{"groups meet 3 days most weeks", []string{`"3 days" 3..3 day exact`}},
		{"two hours minimum of homework", []string{`"two hours" 2..2 hour exact`}},
		{"nine hours minimum of therapeutic support weekly", []string{`"nine hours minimum" 9.._ hour at-least`}},
		{"three hours minimum of support three days a week", []string{`"three hours" 3..3 hour exact`, `"three days a week" 3..3 day/week exact`}},
		{"the 9-hour minimum", []string{`"9-hour" 9..9 hour exact adj`}},
		{"detox lasts 5 to 7 days max", []string{`"5 to 7 days" 5..7 day exact`}},
		{"Length of stay: 30 days Minimum age: 18", []string{`"30 days" 30..30 day exact`, `"18" 18..18  exact`}},
		{"8 to 12 weeks at most centers", []string{`"8 to 12 weeks" 8..12 week exact`}},
		{"7 days at most in most cases", []string{`"7 days at most" _..7 day up-to`}},
		{"30 days at least for most people", []string{`"30 days at least" 30.._ day at-least`}},
		{"meet at least twice", nil},
		{"an hour or two each day", []string{`"an hour or two each day" 1..2 hour/day exact`}},
		{"a week or 10 days", []string{`"a week" 1..1 week exact`, `"10 days" 10..10 day exact`}},
		{"3, 4, and 5 weeks", []string{`"3, 4, and 5 weeks" 3..5 week exact`}},
		{"on days 1, 2 or 3", []string{`"1, 2 or 3" 1..3  exact`}},
		// A list that does not rise is no span of alternatives.
		{"rated 5, 3 or 4 hours", []string{`"5" 5..5  exact`, `"3 or 4 hours" 3..4 hour exact`}},
		{"a single day of the week", []string{`"a single day of the week" 1..1 day/week exact`}},
		{"a 90-day program", []string{`"90-day" 90..90 day exact adj`}},
		{"one-hour sessions", []string{`"one-hour" 1..1 hour exact adj`}},
		{"three-hour training sessions", []string{`"three-hour" 3..3 hour exact adj`}},
		{"our 12-week track", []string{`"12-week" 12..12 week exact adj`}},
		// Qualifiers.
		{"about 15 hours each week", []string{`"about 15 hours each week" 15..15 hour/week approx`}},
		{"around 10 days", []string{`"around 10 days" 10..10 day approx`}},
		{"approximately 90 days", []string{`"approximately 90 days" 90..90 day approx`}},
		{"roughly 2 months", []string{`"roughly 2 months" 2..2 month approx`}},
		{"nearly 3 weeks", []string{`"nearly 3 weeks" 3..3 week approx`}},
		{"~20 hours", []string{`"~20 hours" 20..20 hour approx`}},
		{"some 20 hours", []string{`"some 20 hours" 20..20 hour approx`}},
		{"an estimated 12 weeks", []string{`"an estimated 12 weeks" 12..12 week approx`}},
		{"typically 12 weeks", []string{`"12 weeks" 12..12 week exact`}},
		{"at least 9 hours", []string{`"at least 9 hours" 9.._ hour at-least`}},
		{"three half-days a week", []string{`"three half-days a week" 3..3 day/week exact`}},
		{"a four-day-a-week schedule", []string{`"four-day-a-week" 4..4 day/week exact adj`}},
		{"our 3-hour-per-day program", []string{`"3-hour-per-day" 3..3 hour/day exact adj`}},
		{"a once-a-week group", nil},
		{"a four-day week-long retreat", []string{`"four-day" 4..4 day exact adj`}},
		{"two and a half days", []string{`"two and a half days" 2.5..2.5 day exact`}},
		{"each three-and-a-half-hour session", []string{`"three-and-a-half-hour" 3.5..3.5 hour exact adj`}},
		{"a one-and-a-quarter-hour group", []string{`"one-and-a-quarter-hour" 1.25..1.25 hour exact adj`}},
		{"for as few as six weeks or as many as twelve", []string{`"as few as six weeks or as many as twelve" 6..12 week exact`}},
		// "and" before "up to", and the ceiling named after it, leave a
		// range opened by "from" whole.
		{"from 21 days and up to 45 days", []string{`"from 21 days and up to 45 days" 21..45 day exact`}},
		{"from 21 days up to a maximum of 45 days", []string{`"from 21 days up to a maximum of 45 days" 21..45 day exact`}},
		{"we see 21 days and up to 45 days", []string{`"21 days" 21..21 day exact`, `"up to 45 days" _..45 day up-to`}},
		// A hedge before the far end leaves the range whole.
		{"a stay of 45 or even 60 days", []string{`"45 or even 60 days" 45..60 day exact`}},
		{"two or possibly three hours", []string{`"two or possibly three hours" 2..3 hour exact`}},
		{"as few as six weeks or up to 16 weeks", []string{`"as few as six weeks or up to 16 weeks" 6..16 week exact`}},
		// Two bounds in units of one family span in the finer unit; an
		// hour and a day are no span. A month or a year at one end is the
		// calendar's average (30.4375 and 365.25 days), as claims read one
		// said alone; a duration said in parts keeps the spec data's
		// 30-day month.
		{"stays of as little as a month or as long as 100 days", []string{`"as little as a month or as long as 100 days" 30.4375..100 day exact`}},
		{"anywhere from 21 days to 4 months", []string{`"anywhere from 21 days to 4 months" 21..121.75 day exact`}},
		{"a stay of 3 weeks to a year", []string{`"3 weeks to a year" 3..52.17857142857143 week exact`}},
		{"at least 10 days and no more than 3 weeks", []string{`"at least 10 days and no more than 3 weeks" 10..21 day exact`}},
		{"at least 9 hours and no more than 2 days", []string{`"at least 9 hours" 9.._ hour at-least`, `"no more than 2 days" _..2 day up-to`}},
		{"with a choice of a morning block or an evening block", nil},
		{"clients choose a morning or evening cohort", nil},
		{"starting at about 6 hours", []string{`"starting at about 6 hours" 6.._ hour at-least`}},
		{"up to roughly 12 weeks", []string{`"up to roughly 12 weeks" _..12 week up-to`}},
		{"a minimum of 9 hours", []string{`"a minimum of 9 hours" 9.._ hour at-least`}},
		{"a minimum commitment of 45 days", []string{`"a minimum commitment of 45 days" 45.._ day at-least`}},
		{"sets a floor of 20 hours", []string{`"a floor of 20 hours" 20.._ hour at-least`}},
		{"a ceiling of 45 days", []string{`"a ceiling of 45 days" _..45 day up-to`}},
		{"9 hours or more", []string{`"9 hours or more" 9.._ hour at-least open`}},
		{"9 hours and more", []string{`"9 hours and more" 9.._ hour at-least open`}},
		{"a stay no shorter than 45 days", []string{`"no shorter than 45 days" 45.._ day at-least`}},
		{"programs are never shorter than eight weeks", []string{`"never shorter than eight weeks" 8.._ week at-least`}},
		{"five days a week and more than 20 hours a week", []string{`"five days a week" 5..5 day/week exact`, `"more than 20 hours a week" 20.._ hour/week at-least`}},
		{"a minimum of nine therapeutic hours per week", []string{`"a minimum of nine therapeutic hours per week" 9.._ hour/week at-least`}},
		{"9 contact hours a week", []string{`"9 contact hours a week" 9..9 hour/week exact`}},
		{"three hours per day, MWF", []string{`"three hours per day" 3..3 hour/day exact`, `"MWF" 3..3 day/week exact`}},
		{"groups on TTh evenings", []string{`"TTh" 2..2 day/week exact`}},
		{"a minimum of eight hours with a maximum of 18 hours per week", []string{`"a minimum of eight hours with a maximum of 18 hours per week" 8..18 hour/week exact`}},
		{"for at least 6 hours per scheduled day", []string{`"at least 6 hours per scheduled day" 6.._ hour/day at-least`}},
		{"4 hours each treatment day", []string{`"4 hours each treatment day" 4..4 hour/day exact`}},
		{"12 total hours of counseling per week", []string{`"12 total hours" 12..12 hour exact`}},
		{"has a minimum length of stay of 97 days", []string{`"a minimum length of stay of 97 days" 97.._ day at-least`}},
		{"a maximum length of stay of 30 days", []string{`"a maximum length of stay of 30 days" _..30 day up-to`}},
		{"with some extending to 16 weeks", []string{`"some extending to 16 weeks" _..16 week up-to`}},
		{"programs extending to 16 weeks", []string{`"extending to 16 weeks" _..16 week up-to`}},
		{"stays extending to 90 days or more", []string{`"extending to 90 days or more" 90.._ day at-least open`}},
		{"3 therapeutic hours", []string{`"3" 3..3  exact`}},
		{"treatment lasts six months and later", []string{`"six months and later" 6..6 month exact open`}},
		{"members come four days a week and later step down", []string{`"four days a week" 4..4 day/week exact`}},
		{"6+ hours daily", []string{`"6+ hours daily" 6.._ hour/day at-least`}},
		{"more than 30 days", []string{`"more than 30 days" 30.._ day at-least`}},
		{"upwards of 60 days", []string{`"upwards of 60 days" 60.._ day at-least`}},
		{"no less than 3 days a week", []string{`"no less than 3 days a week" 3.._ day/week at-least`}},
		{"up to a year", []string{`"up to a year" _..1 year up-to`}},
		{"Others offer care for up to a year or more.", []string{`"up to a year or more" _..1 year up-to open`}},
		{"The schedule adds up to 15 to 19 hours per week.", []string{`"15 to 19 hours per week" 15..19 hour/week exact`}},
		{"Groups meet Monday, Wednesday and Friday from 6 p.m. to 9 p.m.", []string{`"Monday, Wednesday and Friday" 3..3 day/week exact`}},
		{"Groups meet Tuesday and Thursday nights (6 to 9) and Sunday morning.", []string{`"Tuesday and Thursday nights (6 to 9) and Sunday morning" 3..3 day/week exact`}},
		{"We meet Monday (online only), Wednesday and Friday.", []string{`"Monday (online only), Wednesday and Friday" 3..3 day/week exact`}},
		{"Groups meet Monday (and sometimes Tuesday).", nil},
		// A short aside between a unit and its rate.
		{"Members come in 2 to 4 days (or nights) per week.", []string{`"2 to 4 days (or nights) per week" 2..4 day/week exact`}},
		{"The day track runs five days (Monday to Friday) a week.", []string{`"five days (Monday to Friday) a week" 5..5 day/week exact`}},
		{"Each group is 2 hours (with a break) per day.", []string{`"2 hours (with a break) per day" 2..2 hour/day exact`}},
		{"Length of stay: 21 days (on average)\nA week of family work is part of it.", []string{`"21 days" 21..21 day exact`, `"A week" 1..1 week exact`}},
		{"Stays run 30 days (on average)", []string{`"30 days" 30..30 day exact`}},
		{"IOP: 3 Days (Mon, Wed, Fri) A Week", []string{`"3 Days (Mon, Wed, Fri) A Week" 3..3 day/week exact`}},
		{"Residents stay 28 days (four weeks) each year.", []string{`"28 days" 28..28 day exact`, `"four weeks" 4..4 week exact`}},
		{"A stay lasts 21 days (three weeks) in all.", []string{`"21 days" 21..21 day exact`, `"three weeks" 3..3 week exact`}},
		{"Clients stay 14 days (see the schedule below for the hours of each group) a month.", []string{`"14 days" 14..14 day exact`, `"a month" 1..1 month exact`}},
		// Letter codes, only in a slash list of two or more capitals.
		{"Days: M/W/F, 6 to 9 p.m.", []string{`"M/W/F" 3..3 day/week exact`}},
		{"Teen group: T/Th after school", []string{`"T/Th" 2..2 day/week exact`}},
		{"Ages 18 and up, M/F. Section A/B. Answer T/F.", nil},
		// Kinds of meeting listed before the counted one.
		{"Each client has at least one individual or family session every week.", []string{`"at least one individual or family session every week" 1.._ session/week at-least`}},
		{"Members join one group, individual or family session a month.", []string{`"one group, individual or family session a month" 1..1 session/month exact`}},
		{"Clients attend three group and individual sessions each week.", []string{`"three" 3..3  exact`}},
		// Or in a comma list of three or more, "&" or "and" before the last.
		{"Morning groups (M, W & F)", []string{`"M, W & F" 3..3 day/week exact`}},
		{"Groups meet M, T, and Th.", []string{`"M, T, and Th" 3..3 day/week exact`}},
		{"Ages 18 and up, M, F. Sizes S, M, L. Rows M, W.", nil},
		// (Not days to choose from, nor a list that goes on in other words.)
		{"Evening groups: M, T, W, or Th; pick the one that suits you.", nil},
		{"Groups meet M, W, F, and Saturday mornings.", nil},
		{"Choose any three evenings: M, T, W, Th, F.", []string{`"three evenings" 3..3 day exact`}},
		{"Groups meet M, W, F, or M, T, Th.", nil},
		{"Choose the evening IOP: groups meet M, T, Th.", []string{`"M, T, Th" 3..3 day/week exact`}},
		{"Choose our evening IOP, where groups are held M, W, Th.", []string{`"M, W, Th" 3..3 day/week exact`}},
		{"Choose the three evenings that are best for you: M, T, W, Th, F.", []string{`"three evenings" 3..3 day exact`}},
		{"Clients attend any three of the evenings offered: M, T, W, Th, F.", []string{`"three" 3..3  exact`}},
		{"Groups meet M, W & F, 6 to 9 p.m.", []string{`"M, W & F" 3..3 day/week exact`}},
		{"The IOP meets Tuesday and Thursday evenings (5:30–8:30 p.m.) and Saturday family sessions are optional.", []string{`"Tuesday and Thursday evenings" 2..2 day/week exact`}},
		{"Groups run Monday and Wednesday (6–9 p.m.), and Saturday morning.", []string{`"Monday and Wednesday (6–9 p.m.), and Saturday morning" 3..3 day/week exact`}},
		// Each group of days timed by its own clock span, between commas.
		{"Tuesday and Friday, 5:30 to 8:30 p.m., and Saturday, 10 a.m. to 1 p.m.", []string{`"Tuesday and Friday, 5:30 to 8:30 p.m., and Saturday" 3..3 day/week exact`}},
		{"Groups meet Tuesday and Friday, 5:30 to 8:30 p.m., and Saturday family sessions are optional.", []string{`"Tuesday and Friday" 2..2 day/week exact`}},
		{"Tuesday and Friday, 5:30 to 8:30 p.m., Saturday from 10 a.m. to 1 p.m.", []string{`"Tuesday and Friday, 5:30 to 8:30 p.m., Saturday" 3..3 day/week exact`}},
		{"Monday and Wednesday from 6 to 9 p.m., plus Sunday 1 to 4 p.m.", []string{`"Monday and Wednesday from 6 to 9 p.m., plus Sunday" 3..3 day/week exact`}},
		// (Not a day added for something else.)
		{"Monday and Wednesday from 6 to 9 p.m., plus Sunday visiting hours.", []string{`"Monday and Wednesday" 2..2 day/week exact`}},
		{"Tuesday and Friday, 5:30 to 8:30 p.m., and Saturday, families join us for a picnic lunch.", []string{`"Tuesday and Friday" 2..2 day/week exact`}},
		{"Tuesday and Friday, 5:30 to 8:30 p.m., and Saturday, 10:00 to 11:00 a.m., is our optional alumni coffee.", []string{`"Tuesday and Friday" 2..2 day/week exact`}},
		{"Groups run Monday (9–12), Wednesday and Friday.", []string{`"Monday (9–12), Wednesday and Friday" 3..3 day/week exact`}},
		{"The gap between Friday and Monday is the hardest part.", nil},
		{"Groups meet between Monday and Thursday, 6 to 9 p.m.", []string{`"Monday and Thursday" 4..4 day/week exact`}},
		{"Pick the track that suits you: choose between Tuesday and Thursday evenings.", nil},
		{"Groups meet on Monday and Thursday evenings (choose one) at the Elm Street office.", []string{`"one" 1..1  exact`}},
		{"Groups meet Tuesday and Friday mornings, your choice of which.", nil},
		{"Groups meet Monday, Wednesday and Friday (pick the 9 a.m. or 6 p.m. group).", []string{`"Monday, Wednesday and Friday" 3..3 day/week exact`}},
		{"Groups meet Tuesday and Thursday mornings; choose one.", []string{`"one" 1..1  exact`}},
		{"Groups meet Tuesday and Thursday mornings, choose from three locations.", []string{`"Tuesday and Thursday mornings" 2..2 day/week exact`, `"from three" 3..3  exact`}},
		{"Groups meet Tuesday and Friday mornings, with lunch provided.", []string{`"Tuesday and Friday mornings" 2..2 day/week exact`}},
		{"Clients choose between Monday, Wednesday and Friday mornings or Tuesday and Thursday evenings.", []string{`"Monday, Wednesday and Friday mornings" 3..3 day/week exact`, `"Tuesday and Thursday evenings" 2..2 day/week exact`}},
		{"Groups meet Thursday evening, Saturday morning and Sunday.", []string{`"Thursday evening, Saturday morning and Sunday" 3..3 day/week exact`}},
		{"Groups meet Tuesday nights and Thursday nights.", []string{`"Tuesday nights and Thursday nights" 2..2 day/week exact`}},
		{"| Weekday track | Mon, Wed, Fri | 9 a.m. |", []string{`"Mon, Wed, Fri" 3..3 day/week exact`}},
		{"Groups: Sat and Sun mornings", []string{`"Sat and Sun mornings" 2..2 day/week exact`}},
		{"Saturday counts as one of your three weekly IOP sessions.", []string{`"one" 1..1  exact`, `"three weekly IOP sessions" 3..3 session/week exact`}},
		// "weekly" before the unit gives the count its rate.
		{"Outpatient care means one or two weekly therapy sessions.", []string{`"one or two weekly therapy sessions" 1..2 session/week exact`}},
		{"The course has 18 weekly counseling groups.", []string{`"18 weekly counseling groups" 18..18 session exact`}},
		{"Each cycle runs for three weekly sessions of 90 minutes.", []string{`"three weekly sessions" 3..3 session exact`, `"90 minutes" 90..90 minute exact`}},
		{"The family track has two weekly sessions on Saturday mornings.", []string{`"two weekly sessions" 2..2 session exact`}},
		{"Clients attend five weekly group sessions.", []string{`"five weekly group sessions" 5..5 session exact`}},
		// Maintenance sessions are sessions; a count beyond three, or one
		// completed, is a course's.
		{"Aftercare means 1-2 weekly maintenance sessions.", []string{`"1-2 weekly maintenance sessions" 1..2 session/week exact`}},
		{"Most IOPs hold 4-5 weekly sessions.", []string{`"4-5 weekly sessions" 4..5 session exact`}},
		{"Most clients complete two weekly sessions before graduating.", []string{`"two weekly sessions" 2..2 session exact`}},
		{"The first two weekly sessions set goals.", []string{`"two weekly sessions" 2..2 session exact`}},
		{"Anyone who misses three weekly sessions in a row meets the director.", []string{`"three weekly sessions" 3..3 session exact`}},
		{"One group a week (choose Monday evening, Wednesday morning or Thursday evening)", []string{`"One group a week" 1..1 session/week exact`}},
		{"Alumni keep 1 class per week.", []string{`"1 class per week" 1..1 session/week exact`}},
		{"Clients keep one session and one group a week.", []string{`"one session" 1..1 session exact`, `"one" 1..1  exact`, `"a week" 1..1 week exact`}},
		{"Each client joins three group sessions a week.", []string{`"three group sessions a week" 3..3 session/week exact`}},
		{"Pick Monday, Wednesday, or Friday for your session.", nil},
		{"Groups are held Monday, Wednesday, and/or Friday evenings.", nil},
		{"Meet Tuesday and Thursday or Monday and Wednesday evenings.", []string{`"Tuesday and Thursday" 2..2 day/week exact`, `"Monday and Wednesday evenings" 2..2 day/week exact`}},
		{"The evening IOP is on a four-evening week.", []string{`"four-evening week" 4..4 day/week exact`}},
		{"Our PHP keeps a 5-day week.", []string{`"5-day week" 5..5 day/week exact`}},
		{"Our therapists work a four-day week.", []string{`"four-day" 4..4 day exact adj`}},
		{"Groups are held Tues. Thurs. and Sat. mornings.", []string{`"Tues. Thurs. and Sat. mornings" 3..3 day/week exact`}},
		{"Our group meets on Fri. Sat. and Sun. are for family visits.", nil},
		{"The IOP meets Mon. and Wed. Sat. is for family programming.", []string{`"Mon. and Wed" 2..2 day/week exact`}},
		{"The IOP meets Mon., Wed. and Fri. Sat. sessions are optional.", []string{`"Mon., Wed. and Fri" 3..3 day/week exact`}},
		{"The clinic is closed on Sun. Monday groups are for PHP only.", nil},
		{"IOP groups meet Mon. Wed. Fri.", []string{`"Mon. Wed. Fri" 3..3 day/week exact`}},
		{"Cravings build in the gap between Tuesday and Thursday.", nil},
		{"Our PHP meets on all the days between Monday and Friday.", []string{`"Monday and Friday" 5..5 day/week exact`}},
		{"Groups are held at the same time between Monday and Thursday.", []string{`"Monday and Thursday" 4..4 day/week exact`}},
		{"Our IOP meets Tues. Thurs. Sat. at 6 p.m.", []string{`"Tues. Thurs. Sat" 3..3 day/week exact`}},
		{"Our IOP meets Monday, Wednesday and Friday and/or by appointment.", []string{`"Monday, Wednesday and Friday" 3..3 day/week exact`}},
		{"Schedule: Tue & Thu 6-9 pm, Sat 10 am - 1 pm", []string{`"Tue & Thu 6-9 pm, Sat" 3..3 day/week exact`}},
		{"Group meets Tue. and Fri. at 5 p.m.", []string{`"Tue. and Fri" 2..2 day/week exact`}},
		{"Evenings: Mon., Tues. & Thurs. evenings", []string{`"Mon., Tues. & Thurs. evenings" 3..3 day/week exact`}},
		{"We are closed on Sat. Sun. is family day.", nil},
		{"the sun and sat down", nil},
		{"A PHP involves 20 or more hours per week.", []string{`"20 or more hours per week" 20.._ hour/week at-least open`}},
		{"Clients attend three evenings per week.", []string{`"three evenings per week" 3..3 day/week exact`}},
		{"Sessions are spread over three to five days a week.", []string{`"three to five days a week" 3..5 day/week exact`}},
		{"The program is broken up over 3 days each week.", []string{`"3 days each week" 3..3 day/week exact`}},
		{"Treatment is split over four evenings a week.", []string{`"four evenings a week" 4..4 day/week exact`}},
		{"Hours are divided over five days.", []string{`"five days" 5..5 day exact`}},
		{"Stays over 30 days need approval.", []string{`"over 30 days" 30.._ day at-least`}},
		// A ceiling a stay tops or maxes out at.
		{"Stays top out at 60 days.", []string{`"top out at 60 days" _..60 day up-to`}},
		{"Most run 30 to 90 days, with a few maxing out at one year.", []string{`"30 to 90 days" 30..90 day exact`, `"maxing out at one year" _..1 year up-to`}},
		// (After a rate and its comma, too.)
		{"Nine hours a week, over three days.", []string{`"Nine hours a week" 9..9 hour/week exact`, `"three days" 3..3 day exact`}},
		{"Our residents stay for 60 days, over two months.", []string{`"60 days" 60..60 day exact`, `"over two months" 2.._ month at-least`}},
		{"Thirty hours a week, over 20 hours of it in groups.", []string{`"Thirty hours a week" 30..30 hour/week exact`, `"over 20 hours" 20.._ hour at-least`}},
		{"no more than 19 hours", []string{`"no more than 19 hours" _..19 hour up-to`}},
		{"programs last one to three months", []string{`"one to three months" 1..3 month exact`}},
		{"the last one to leave", nil},
		{"as little as four hours a day", []string{`"as little as four hours a day" 4.._ hour/day at-least`}},
		{"as little as 12 to 14 days", []string{`"as little as 12 to 14 days" 12..14 day exact`}},
		{"as long as 12 weeks", []string{`"as long as 12 weeks" _..12 week up-to`}},
		{"as long as four to eight months", []string{`"as long as four to eight months" 4..8 month exact`}},
		// "up to" before a span names the span; before two figures
		// joined by "or", the higher is the ceiling.
		{"up to four to six weeks", []string{`"up to four to six weeks" 4..6 week exact`}},
		{"up to 2-3 days a week", []string{`"up to 2-3 days a week" 2..3 day/week exact`}},
		{"up to 4 or 5 evenings a week", []string{`"up to 4 or 5 evenings a week" _..5 day/week up-to`}},
		{"Detox lasts anywhere from 3-10 days.", []string{`"anywhere from 3-10 days" 3..10 day exact`}},
		{"anywhere from 2 weeks to 45 days", []string{`"anywhere from 2 weeks to 45 days" 14..45 day exact`}},
		{"Groups meet once or twice a week.", []string{`"once or twice a week" 1..2 time/week exact`}},
		{"three to five therapy sessions per week", []string{`"three to five therapy sessions per week" 3..5 session/week exact`}},
		{"3-5 half days per week", []string{`"3-5 half days per week" 3..5 day/week exact`}},
		{"one additional individual session each week", []string{`"one additional individual session each week" 1..1 session/week exact`}},
		{"two extra sessions a week", []string{`"two extra sessions a week" 2..2 session/week exact`}},
		{"three days of the week", []string{`"three days of the week" 3..3 day/week exact`}},
		{"at least four days in each week", []string{`"at least four days in each week" 4.._ day/week at-least`}},
		{"takes up six to seven hours of the day", []string{`"six to seven hours of the day" 6..7 hour/day exact`}},
		{"the first two hours of the day", []string{`"two hours of the day" 2..2 hour/day exact`}},
		{"four days out of the week", []string{`"four days out of the week" 4..4 day/week exact`}},
		{"at least five days out of every week", []string{`"at least five days out of every week" 5.._ day/week at-least`}},
		{"three days out of the office", []string{`"three days" 3..3 day exact`}},
		// A count of meetings "during the week" is the week's; hours said
		// so may be each weekday's.
		{"at least 2 individual sessions during the week", []string{`"at least 2 individual sessions during the week" 2.._ session/week at-least`}},
		{"four groups during the week", []string{`"four groups during the week" 4..4 session/week exact`}},
		// A possessive span names its noun by its length.
		{"a month's stay", []string{`"a month's" 1..1 month exact adj`}},
		{"about a week’s treatment", []string{`"about a week’s" 1..1 week approx adj`}},
		{"today's group", nil},
		// Spread across, over or throughout the week: the week's total.
		{"9 hours across the week", []string{`"9 hours across the week" 9..9 hour/week exact`}},
		{"six hours over the week", []string{`"six hours over the week" 6..6 hour/week exact`}},
		{"12 hours throughout the week", []string{`"12 hours throughout the week" 12..12 hour/week exact`}},
		{"3 hours during the week", []string{`"3 hours" 3..3 hour exact`}},
		{"Most PHPs schedule 5–7 days of care.", []string{`"5–7 days" 5..7 day exact`}},
		{"Schedule 2 drugs are held for 30 days.", []string{`"2" 2..2  exact`, `"30 days" 30..30 day exact`}},
		{"Moderate IntensityThree hours per day", []string{`"Three hours per day" 3..3 hour/day exact`}},
		{"Long-term residential – 6 to12 months", []string{`"6 to12 months" 6..12 month exact`}},
		{"Peak 24-72 hours5-7 days", []string{`"24-72 hours" 24..72 hour exact`, `"5-7 days" 5..7 day exact`}},
		{"Ask for model B12 today.", []string{}},
		// A note's number glued to a sentence's end is no decimal; a
		// decimal after a space or a digit still is.
		{"Some clinics also run day programs (PHPs).4 Others", []string{}},
		{"a .5 hour check-in", []string{`".5 hour" 0.5..0.5 hour exact adj`}},
		{"Clients attend at least once a week.", []string{`"at least once a week" 1.._ time/week at-least`}},
		{"up to twice weekly", []string{`"up to twice weekly" _..2 time/week up-to`}},
		{"Groups meet Tuesdays and Thursdays.", []string{`"Tuesdays and Thursdays" 2..2 day/week exact`}},
		{"at most 2 hours", []string{`"at most 2 hours" _..2 hour up-to`}},
		{"At most, 6 hours", []string{`"At most, 6 hours" _..6 hour up-to`}},
		{"stays of 30 to 90+ days", []string{`"30 to 90+ days" 30.._ day at-least`}},
		// (So is one whose plus follows the unit.)
		{"outpatient care of 1–6 months+ (varies)", []string{`"1–6 months+" 1.._ month at-least`}},
		{"a stay of 8-12 weeks+.", []string{`"8-12 weeks+" 8.._ week at-least`}},
		{"stays of 30 to 90 days", []string{`"30 to 90 days" 30..90 day exact`}},
		{"a stay runs from 45 days to several months", []string{`"from 45 days to several months" 45.._ day at-least`}},
		{"a stay runs from 21-28 days to many months", []string{`"from 21-28 days to many months" 21.._ day at-least`}},
		{"stays run about 30 days up to several months", []string{`"about 30 days up to several months" 30.._ day at-least`}},
		{"stays run from two to four weeks to a few months", []string{`"from two to four weeks to a few months" 2.._ week at-least`}},
		{"it asks 10-14 hours over 3-5 days a week", []string{`"10-14 hours" 10..14 hour/week exact`, `"3-5 days a week" 3..5 day/week exact`}},
		{"eleven hours across four evenings each week", []string{`"eleven hours" 11..11 hour/week exact`, `"four evenings each week" 4..4 day/week exact`}},
		{"3 hours over three days a week", []string{`"3 hours" 3..3 hour exact`, `"three days a week" 3..3 day/week exact`}},
		{"between three weeks and many months", []string{`"between three weeks and many months" 3.._ week at-least`}},
		{"from four weeks to a few days", []string{`"from four weeks" 4..4 week exact`, `"a few days" _.._ day vague`}},
		{"about 45 days (or less)", []string{`"about 45 days (or less)" _..45 day up-to`}},
		{"12 weeks (or more)", []string{`"12 weeks (or more)" 12.._ week at-least open`}},
		{"only a few short visits a week", []string{`"a few short visits a week" _.._ session/week vague`}},
		{"teens attend two days per a week", []string{`"two days per a week" 2..2 day/week exact`}},
		{"three hours per a day", []string{`"three hours per a day" 3..3 hour/day exact`}},
		{"a 21-day (minimum) stay", []string{`"21-day (minimum)" 21.._ day at-least adj`}},
		{"60 days (max) in the unit", []string{`"60 days (max)" _..60 day up-to`}},
		{"plan for at least a 45-day stay", []string{`"at least a 45-day" 45.._ day at-least adj`}},
		{"no more than a 2-hour session", []string{`"no more than a 2-hour" _..2 hour up-to adj`}},
		{"spread over a 3-5 week period", []string{`"3-5 week" 3..5 week exact adj`}},
		{"12 weeks (or so)", []string{`"12 weeks (or so)" 12..12 week approx`}},
		{"12 weeks (or two)", []string{`"12 weeks" 12..12 week exact`, `"two" 2..2  exact`}},
		{"stays run three to five (3-5) weeks", []string{`"three to five (3-5) weeks" 3..5 week exact`}},
		{"stays run three to five (3-6) weeks", []string{`"three to five" 3..5  exact`, `"3-6" 3..6  exact`}},
		{"a minimum treatment requirement of 20 hours", []string{`"a minimum treatment requirement of 20 hours" 20.._ hour at-least`}},
		{"counseling begins at once or twice a week", []string{`"begins at once or twice a week" 1..2 time/week exact`}},
		{"counseling begins at once a week", []string{`"begins at once a week" 1.._ time/week at-least`}},
		{"at least, usually 4 days", []string{`"at least, usually 4 days" 4.._ day at-least`}},
		{"at least, in most cases, 4 days", []string{`"4 days" 4..4 day exact`}},
		{"a minimum commitment, often 60 days", []string{`"a minimum commitment, often 60 days" 60.._ day at-least`}},
		{"a maximum of 4 weeks", []string{`"a maximum of 4 weeks" _..4 week up-to`}},
		{"under 9 hours", []string{`"under 9 hours" _..9 hour up-to`}},
		{"less than 9 hours", []string{`"less than 9 hours" _..9 hour up-to`}},
		{"within 48 hours", []string{`"within 48 hours" _..48 hour up-to`}},
		{"at least 6 and no more than 19 hours", []string{`"at least 6 and no more than 19 hours" 6..19 hour exact`}},
		// "nor" denies the bound after it; a range opened by "from" runs
		// to the far end after its "to".
		{"not fewer than 4 months nor more than 10 months", []string{`"not fewer than 4 months nor more than 10 months" 4..10 month exact`}},
		{"at least 3 weeks nor longer than 8 weeks", []string{`"at least 3 weeks nor longer than 8 weeks" 3..8 week exact`}},
		{"stays run from 21-28 days to 60 days", []string{`"from 21-28 days to 60 days" 21..60 day exact`}},
		{"stays run 21-28 days to 60 days", []string{`"21-28 days" 21..28 day exact`, `"60 days" 60..60 day exact`}},
		{"from 5-7 days to 3 days", []string{`"from 5-7 days" 5..7 day exact`, `"3 days" 3..3 day exact`}},
		{"12 weeks or longer", []string{`"12 weeks or longer" 12..12 week exact open`}},
		// Set off by a comma, the widening closes its clause or opens its
		// condition; "or more often" and "or longer stays" are other words.
		{"stays of 45 to 60 days, or longer when needed", []string{`"45 to 60 days, or longer when needed" 45..60 day exact open`}},
		{"about 12 weeks, or more.", []string{`"about 12 weeks, or more" 12.._ week at-least open`}},
		{"about 12 weeks, or more often 16", []string{`"about 12 weeks" 12..12 week approx`, `"16" 16..16  exact`}},
		{"about 12 weeks, or longer stays for some", []string{`"about 12 weeks" 12..12 week approx`}},
		{"8 weeks, or longer in our residential program", []string{`"8 weeks" 8..8 week exact`}},
		{"12 weeks and beyond", []string{`"12 weeks and beyond" 12..12 week exact open`}},
		// An emphatic comparison bounds nothing.
		{"Clients need much more than an hour a week of support.", []string{`"more than an hour a week" 1..1 hour/week vague`}},
		{"It lasts much longer than 30 days.", []string{`"longer than 30 days" 30.._ day at-least`}},
		{"It lasts not much more than two months.", []string{`"more than two months" 2.._ month at-least`}},
		{"It takes less than a month.", []string{`"less than a month" _..1 month up-to`}},
		{"several hours a day", []string{`"several hours a day" _.._ hour/day vague`}},
		{"a few weeks", []string{`"a few weeks" _.._ week vague`}},
		{"a couple of days", []string{`"a couple of days" _.._ day vague`}},
		{"many months", []string{`"many months" _.._ month vague`}},
		{"multiple sessions", []string{`"multiple sessions" _.._ session vague`}},
		{"numerous weeks", []string{`"numerous weeks" _.._ week vague`}},
		{"some days", []string{`"some days" _.._ day vague`}},
		// Units.
		{"3 s, 3 secs, 3 mins, 3 hr, 3 hrs, 3 wks, 3 mos, 3 yrs", []string{`"3 s" 3..3 second exact`, `"3 secs" 3..3 second exact`, `"3 mins" 3..3 minute exact`, `"3 hr" 3..3 hour exact`, `"3 hrs" 3..3 hour exact`, `"3 wks" 3..3 week exact`, `"3 mos" 3..3 month exact`, `"3 yrs" 3..3 year exact`}},
		{"3h then 3.5years", []string{`"3h" 3..3 hour exact`, `"3.5years" 3.5..3.5 year exact`}},
		{"four Sessions", []string{`"four Sessions" 4..4 session exact`}},
		// Rates.
		{"9 hours per week", []string{`"9 hours per week" 9..9 hour/week exact`}},
		{"9 hours every week", []string{`"9 hours every week" 9..9 hour/week exact`}},
		{"9 hours a week", []string{`"9 hours a week" 9..9 hour/week exact`}},
		{"9 hours/week", []string{`"9 hours/week" 9..9 hour/week exact`}},
		{"9 hrs/wk", []string{`"9 hrs/wk" 9..9 hour/week exact`}},
		{"15 hours weekly", []string{`"15 hours weekly" 15..15 hour/week exact`}},
		{"3–4 hours daily", []string{`"3–4 hours daily" 3..4 hour/day exact`}},
		{"2 hours each day", []string{`"2 hours each day" 2..2 hour/day exact`}},
		{"five to six hours each week day", []string{`"five to six hours each week day" 5..6 hour/day exact`}},
		{"6 days a week day/night program", []string{`"6 days a week" 6..6 day/week exact`}},
		{"3 times a week", []string{`"3 times a week" 3..3 time/week exact`}},
		{"once a week", []string{`"once a week" 1..1 time/week exact`}},
		{"twice a week", []string{`"twice a week" 2..2 time/week exact`}},
		{"once weekly", []string{`"once weekly" 1..1 time/week exact`}},
		{"5 days per week", []string{`"5 days per week" 5..5 day/week exact`}},
		{"seven days a week", []string{`"seven days a week" 7..7 day/week exact`}},
		{"Monday through Friday", []string{`"Monday through Friday" 5..5 day/week exact`}},
		// Full day names side by side are a list without its commas.
		{"Groups meet every Monday Wednesday and Friday morning.", []string{`"Monday Wednesday and Friday morning" 3..3 day/week exact`}},
		// A day outside a range, joined to it by "and", is one more.
		{"Groups meet Monday through Thursday and Saturday.", []string{`"Monday through Thursday and Saturday" 5..5 day/week exact`}},
		{"Groups meet Mon-Thu & Sat mornings.", []string{`"Mon-Thu & Sat mornings" 5..5 day/week exact`}},
		{"Groups meet Monday to Friday and Wednesday.", []string{`"Monday to Friday" 5..5 day/week exact`}},
		{"Groups meet Monday to Friday, and Saturday is family day.", []string{`"Monday to Friday" 5..5 day/week exact`}},
		{"Groups meet Monday to Friday and Saturday is family day.", []string{`"Monday to Friday" 5..5 day/week exact`}},
		{"The PHP runs Monday through Friday and Saturday and Sunday.", []string{`"Monday through Friday and Saturday and Sunday" 7..7 day/week exact`}},
		// A day with its own hours in the bracket after a range.
		{"Groups run Monday to Thursday (10-2 Friday).", []string{`"Monday to Thursday" 5..5 day/week exact`, `"10" 10..10  exact`, `"2" 2..2  exact`}},
		{"Groups run Monday to Thursday (closed Friday).", []string{`"Monday to Thursday" 4..4 day/week exact`}},
		// Side by side with no "and" to close them, a timetable's header.
		{"Sunday Monday Tuesday Wednesday Thursday Friday Saturday", nil},
		{"Groups meet Monday through Thursday and Saturday from 9 to 11.", []string{`"Monday through Thursday and Saturday" 5..5 day/week exact`, `"from 9 to 11" 9..11  exact`}},
		{"Sunday through Thursday nights", []string{`"Sunday through Thursday" 5..5 day/week exact`}},
		{"Friday to Monday retreats", nil},
		{"Monday to Friday", []string{`"Monday to Friday" 5..5 day/week exact`}},
		{"Mon–Fri", []string{`"Mon–Fri" 5..5 day/week exact`}},
		{"our Tuesday-Wednesday-Thursday group", []string{`"Tuesday-Wednesday-Thursday" 3..3 day/week exact`}},
		{"Mon-Wed-Fri mornings", []string{`"Mon-Wed-Fri" 3..3 day/week exact`}},
		{"on weekdays", []string{`"weekdays" 5..5 day/week exact`}},
		{"on most weekdays", []string{`"most weekdays" 3..5 day/week approx`}},
		{"on specific weekdays", nil},
		{"meets on certain weekdays in the evening", nil},
		{"Our PHP meets M-F.", []string{`"M-F" 5..5 day/week exact`}},
		{"Groups run M–Th, evenings.", []string{`"M–Th" 4..4 day/week exact`}},
		{"Bring a T-shirt and an F-M adapter.", nil},
		{"most residents stay with us 45 to 90 days", []string{`"45 to 90 days" 45..90 day exact`}},
		{"counseling for six months to a yr afterward", []string{`"six months to a yr" 6..12 month exact`}},
		{"spread across three to five weekdays", []string{`"three to five weekdays" 3..5 day/week exact`}},
		{"four weeknights", []string{`"four weeknights" 4..4 day/week exact`}},
		{"Sessions: 1-2 per week", []string{`"1-2 per week" 1..2 time/week exact`}},
		{"one or two appointments a week", []string{`"one or two appointments a week" 1..2 session/week exact`}},
		{"costs $3 per week", nil},
		{"We offer 30-, 60- and 90-day stays.", []string{`"30-, 60- and 90-day" 30..90 day exact adj`}},
		{"We offer 30-day, 60-day, and 90-day stays.", []string{`"30-day, 60-day, and 90-day" 30..90 day exact adj`}},
		{"a 3-day or 5-day detox", []string{`"3-day or 5-day" 3..5 day exact adj`}},
		{"a 5-day, 4-hour schedule", []string{`"5-day" 5..5 day exact adj`, `"4-hour" 4..4 hour exact adj`}},
		{"a 30-day, 60-day stay", []string{`"30-day" 30..30 day exact adj`, `"60-day" 60..60 day exact adj`}},
		{"Clients keep a 2- or 3-day weekly schedule.", []string{`"2- or 3-day weekly" 2..3 day/week exact adj`}},
		// "built around" says what the programs are organised round.
		{"Most programs are built around 30-, 60- or 90-day stays.", []string{`"30-, 60- or 90-day" 30..90 day exact adj`}},
		{"Each evening is structured around 90-minute groups.", []string{`"90-minute" 90..90 minute exact adj`}},
		{"Detox takes around 5 days.", []string{`"around 5 days" 5..5 day approx`}},
		{"Stays are planned around 35 days.", []string{`"around 35 days" 35..35 day approx`}},
		{"a 30- or 60-day stay", []string{`"30- or 60-day" 30..60 day exact adj`}},
		{"Adolescent programs can start at 6 hours per week.", []string{`"start at 6 hours per week" 6.._ hour/week at-least`}},
		{"Groups start at 6 p.m.", nil},
		{"filling what officials called a years-long gap", nil},
		{"three live groups a week", []string{`"three live groups a week" 3..3 session/week exact`}},
		{"two virtual sessions each week", []string{`"two virtual sessions each week" 2..2 session/week exact`}},
		{"delivered over five weekdays", []string{`"over five weekdays" 5..5 day/week exact`}},
		{"Monday through Saturday", []string{`"Monday through Saturday" 6..6 day/week exact`}},
		{"Every week, they last an hour.", []string{`"an hour" 1..1 hour exact`}},
		{"an hour per week", []string{`"an hour per week" 1..1 hour/week exact`}},
		{"stays of upto 45 days", []string{`"upto 45 days" _..45 day up-to`}},
		{"groups add upto 12 hours a week", []string{`"12 hours a week" 12..12 hour/week exact`}},
		{"10 hours a week over 12 weeks", []string{`"10 hours a week" 10..10 hour/week exact`, `"12 weeks" 12..12 week exact`}},
		{"stays over 30 days", []string{`"over 30 days" 30.._ day at-least`}},
		{"groups meet as often as five days a week", []string{`"as often as five days a week" _..5 day/week up-to`}},
		{"some stay longer, up-to a year", []string{`"up-to a year" _..1 year up-to`}},
		{"one hour a week", []string{`"one hour a week" 1..1 hour/week exact`}},
		{"an hour every week", []string{`"an hour every week" 1..1 hour/week exact`}},
		// Not quantities.
		{"Doors open at 9 a.m. and close at 6 p.m.", nil},
		{"Call between 9am and 5pm.", nil},
		{"Lunch is at 12:30 or 12:30 p.m.", nil},
		{"Lights out at noon or midnight.", nil},
		{"Check in by twelve o’clock or twelve o'clock.", nil},
		{"Office hours are 8 am to 6 pm, Monday to Friday.", []string{`"Monday to Friday" 5..5 day/week exact`}},
		{"Doors open at 7 am and close at 9 pm.", nil},
		{"Visiting runs from 9 to 5 p.m.", nil},
		{"Visits last till twelve.", nil},
		{"Opened January 21, 2025; renovated 21 January.", nil},
		{"Founded in 2019 and accredited in 2025.", nil},
		{"Dated 1/21/2025 and 2025-01-21.", nil},
		{"Our 12-step program follows the Twelve Steps.", nil},
		{"We follow 12 steps.", nil},
		{"Each client gets one-on-one and one on one time with a counselor.", nil},
		{"She sees clients one on one once a week.", []string{`"once a week" 1..1 time/week exact`}},
		{"Staff on site 24/7 with 24-hour care, 24 hours a day, around the clock.", nil},
		{"Call (207) 555-0100, 1-800-662-4357 or 207.555.0100.", nil},
		{"It costs $300, 300 dollars or USD 50.", nil},
		{"About 40% or 40 percent relapse.", nil},
		{"For ages 18-25, aged 18 to 25, 18 years old, 18 and older.", nil},
		{"Adults 18+ and teens 13-17 welcome.", nil},
		{"Toddlers under 3 years and babies under six months join their mothers; newborns younger than 8 weeks too.", nil},
		{"Infants under 12 months stay with a parent, and the program lasts under six months.", []string{`"under six months" _..6 month up-to`}},
		{"1. Call us\n2. Visit", nil},
		{"Complete Step 2 first.", nil},
		{"An extension. 2 Those who stay", nil},
		{"We provide care.2 Next", nil},
		{"Weekly hours: 8–14 [6]", []string{`"8–14" 8..14  exact`}},
		{"Groups meet 4 days a week.[11]", []string{`"4 days a week" 4..4 day/week exact`}},
		{"The first step is the second one.", nil},
		{"Take 5 mg and walk 10 miles.", nil},
		{"Trained on GPT-4 and SCP-173.", nil},
		{"The one you mentioned is fine.", nil},
		{"Get a second opinion.", nil},
		{"Family day runs from 9 to 4.", nil},
		{"Care spans 4 months to a year.", []string{`"4 months to a year" 4..12 month exact`}},
		{"1 year, 2 months", []string{`"1 year, 2 months" 14..14 month exact`}},
	}
	for _, tt := range tests {
		var got []string
		for _, q := range Parse(tt.text) {
			got = append(got, show(q))
		}
		if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
			t.Errorf("Parse(%q)\n got: %s\nwant: %s", tt.text, strings.Join(got, "\n      "), strings.Join(tt.want, "\n      "))
		}
	}
}

func TestSupervision24x7(t *testing.T) {
	for _, tt := range []struct {
		text, want string
	}{
		{"Nurses are on site 24/7.", "24/7"},
		{"Counselors are on site 24-7.", "24-7"},
		{"Our hotline number ends in 24-7-3.", ""},
		{"Call 1-800-24-7 today.", ""},
		{"Care is there 24/7/365.", "24/7"},
		{"We offer 24-hour supervision.", "24-hour"},
		{"Staff are present 24 hours a day.", "24 hours a day"},
		{"Care around the clock.", "around the clock"},
		{"Twenty-four-hour care.", "Twenty-four-hour"},
		{"Clients may not need twenty four hour care.", "twenty four hour"},
		{"Twenty four hours a day, staff are present.", "Twenty four hours a day"},
		{"About twenty four clients attend.", ""},
		{"Nurses are on duty 24 hours, 7 days a week.", "24 hours, 7 days a week"},
		{"Staff are present 24 hours/seven days per week.", "24 hours/seven days per week"},
		{"Open 24 hours, 3 days a week.", ""},
		{"It is a 24 hours per day, 7 days per week residential program.", "24 hours per day, 7 days per week"},
		{"Our 24 hour, 7 day per week inpatient unit.", "24 hour, 7 day per week"},
		{"We give 24-hour per day, 7 days per week care.", "24-hour per day, 7 days per week"},
		{"We give 24 hour a day, 7 days a week care.", "24 hour a day, 7 days a week"},
		{"Residents have 24-hour, 7-days-a-week supervision.", "24-hour, 7-days-a-week"},
		{"A 24-hour, seven-day-a-week program.", "24-hour, seven-day-a-week"},
		{"Nurses give 24-hour, seven-day per-week watch.", "24-hour, seven-day per-week"},
		{"Nurses give 24-hour, 7-day a week watch.", "24-hour, 7-day a week"},
		{"It is a 24-hour, 7-day detox stay.", "24-hour"},
		{"We staff the unit 24 hours a day, 5 days a week.", "24 hours a day"},
		{"Sessions last 2 hours a day.", ""},
		{"The unit is staffed twenty-four (24) hours a day.", "twenty-four (24) hours a day"},
		{"It is a twenty four (24) hour facility.", "twenty four (24) hour"},
		{"We serve twenty-four (24) clients.", ""},
	} {
		s, e, ok := Supervision24x7(tt.text)
		got := ""
		if ok {
			got = tt.text[s:e]
		}
		if got != tt.want {
			t.Errorf("Supervision24x7(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestParseNumber(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want float64
		ok   bool
	}{
		{"1,000", 1000, true}, {"twenty-five", 25, true}, {"½", 0.5, true}, {"three thousand", 3000, true},
		{"one and a half", 1.5, true}, {"-1.2M", -1.2e6, true}, {"a program", 0, false}, {"hours", 0, false},
		{"5 dogs", 0, false},
	} {
		got, ok := ParseNumber(tt.in)
		if ok != tt.ok || ok && !near(got, tt.want) {
			t.Errorf("ParseNumber(%q) = %v, %v; want %v, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}
