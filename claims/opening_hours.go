package claims

import (
	"strings"

	"github.com/factlint/factlint/corpus"
	"github.com/factlint/factlint/internal/prefilter"
)

// blockHours remembers hoursLabel of the block read last.
type blockHours struct {
	bi          int
	read, label bool
}

// blockHoursLabel is hoursLabel of s's block, read once a block.
func (s *sentence) blockHoursLabel() bool {
	h := s.hours
	if h == nil {
		return hoursLabel(s.block.Text, hoursSection(s.block)) || contactHours(s.doc, s.bi)
	}
	if !h.read || h.bi != s.bi {
		h.bi, h.read, h.label = s.bi, true, hoursLabel(s.block.Text, hoursSection(s.block)) || contactHours(s.doc, s.bi)
	}
	return h.label
}

// hoursAre opens a sentence on a place's hours, days or times right
// after: "Hours are Monday through Friday", "Our office hours are 9 to
// 5", "Visit us Monday to Friday" ("Hours are flexible" says no hours).
var hoursAre = prefilter.MustCompile(hoursOpening + `(?:mon|tue|wed|thu|fri|sat|sun|weekdays|daily|every|\d)`)

// hoursOpening is what hoursAre and hoursAreBefore open on.
const hoursOpening = `^\s*(?:(?:our\s+|the\s+)?(?:(?:office|clinic|business|center|centre|opening|building|facility|reception)(?:['’]s)?\s+)?hours\s+are|visit\s+us)\s+(?:(?:on|from)\s+)?`

// forPrograms follows a span said to be the programs': " for programs",
// " for our groups".
var forPrograms = prefilter.MustCompile(`^\s*(?:for|of)\s+(?:the\s+|our\s+)?(?:programs?|groups?|iop|php|treatment|sessions)\b`)

// hoursAreBefore is hoursAre up to the days that follow it.
var hoursAreBefore = prefilter.MustCompile(hoursOpening + `$`)

// hoursHeading reports a block under a heading of opening hours ("Office
// hours", "Hours of operation"): when the doors are open. (A bare "Hours"
// heads a program's schedule as often as an office's: only a line open
// longer than any program's day, "Monday to Friday 8:00 a.m. to 6:00
// p.m.", is the door's, as under the label "Hours:".)
func hoursHeading(b *corpus.Block) bool {
	if len(b.Headings) == 0 {
		return false
	}
	switch h := doorHeading(b.Headings[len(b.Headings)-1]); h {
	case "business hours", "office and phone hours":
		return true
	case "what are your hours?", "what are your hours", "what are your office hours?", "when are you open?", "what hours are you open?":
		// "What are your hours? / Monday to Thursday 8 a.m. to 7 p.m.,
		// Friday 8 a.m. to 4 p.m. Evening groups start at 5:30.": the
		// door's, when the answer's opening sentence names no program.
		first := openingSentence(b)
		// (Open longer than a program's day: "Monday through Friday, 9
		// a.m. to 3 p.m. That's when the day program runs" is the
		// program's.)
		return longestClockSpan(first) >= 7 && !hasWord(lowerASCII(first), "iop", "php", "program", "programs", "group", "groups", "treatment", "sessions", "meet", "meets",
			"intensive", "outpatient", "partial", "run", "runs", "attend", "attends", "clients", "patients")
	case "hours", "open hours", "center hours", "centre hours":
		// ("Monday to Friday, 8:00 a.m. to 6:00 p.m. (therapeutic day
		// with meals, recreation and groups)" is the program's.)
		return longestClockSpan(b.Text) >= 10 && !hasWord(lowerASCII(b.Text), "therapeutic", "treatment", "program", "programming", "group", "groups", "php", "iop")
	default:
		// ("Walk-in hours" over "Once enrolled, our IOP meets Monday
		// through Thursday": the program's days, under the door's.)
		// ("Bridge Clinic hours", "Outpatient pharmacy hours": a room's
		// or a clinic's door.)
		// ("IOP Clinic Hours", "Day Treatment Clinic Hours" are the
		// program's.)
		door := openingHoursNames[h] || openHeadings[h] || strings.HasSuffix(h, " hours") && (placeLabel(h) || hasWord(h, "clinic", "office", "desk")) &&
			!(namesProgramHours(h) && !hasWord(h, "office"))
		// (Only the opening sentence, which the hours open: "Monday
		// through Friday, 8 a.m. to 4:30 p.m. Groups are held at our main
		// office" says where groups are held, not when the office is
		// open.)
		return door && !hasWord(lowerASCII(openingSentence(b)), "iop", "php", "program", "programs", "groups", "treatment", "enrolled") &&
			!(openHeadings[h] && attendsIn(lowerASCII(b.Text)))
	}
}

// openingSentence is a block's first sentence, its whole text when it
// has none.
func openingSentence(b *corpus.Block) string {
	if len(b.Sentences) == 0 {
		return b.Text
	}
	return b.Text[b.Sentences[0].Start:b.Sentences[0].End]
}

// serviceRow reports a table cell whose row is headed by a service
// beside the program ("| Childcare | on site, 8:00 a.m. - 3:30 p.m. |",
// "| Van | leaves at 7:45 a.m. |"): its hours are the service's.
func serviceRow(b *corpus.Block) bool {
	if b.Kind != corpus.BlockTableCell || b.RowHeader == "" {
		return false
	}
	return hasWord(lowerASCII(b.RowHeader), "childcare", "child care", "daycare", "nursery", "van", "shuttle", "transportation", "transport", "pharmacy", "meals", "lunch", "cafeteria", "gym")
}

// othersColumn reports a table cell under a column of someone else's
// hours: "Visiting window", "Office hours", "Lunch".
func othersColumn(b *corpus.Block) bool {
	return b.Kind == corpus.BlockTableCell && b.ColHeader != "" && hasWord(lowerASCII(b.ColHeader), hoursOfOthers...)
}

// doorHeading is a heading lower-cased, with a place after a dash set
// aside when what is left names opening hours: a chain's location pages
// head theirs "Pharmacy hours – Eastside", and the hours are the door's
// wherever it is.
func doorHeading(heading string) string {
	h := strings.ToLower(strings.TrimSpace(strings.TrimRight(heading, ":")))
	for _, dash := range []string{" – ", " — ", " - ", " | "} {
		if k := strings.Index(h, dash); k > 0 && openingHoursNames[strings.TrimSpace(h[:k])] {
			return strings.TrimSpace(h[:k])
		}
	}
	return h
}

// placeOpenNames, and openHeadings, label a place's open hours on a line
// that a program's own may carry too: "Center hours: Monday-Saturday, 9
// a.m. to 9 p.m." is a drop-in center's door, "Center hours: IOP groups
// Monday, Wednesday and Thursday" the program's, as is "When we're open"
// over "Clients attend Monday through Friday".
var placeOpenNames = map[string]bool{"open hours": true, "center hours": true, "centre hours": true}

// openHeadings head a place's open hours: "When we are open". ("Center
// hours" as a heading may head a program's own schedule; as a line's
// label the line says whose.)
var openHeadings = map[string]bool{"when we are open": true, "when we're open": true, "when we’re open": true}

// attendsIn reports text saying who attends or meets then.
func attendsIn(l string) bool {
	return hasWord(l, "attend", "attends", "clients", "patients", "meet", "meets", "sessions", "session")
}

// openingHoursNames are the labels and headings of a provider's opening
// times, which say when the door or the phone is open, not when a program
// meets.
var openingHoursNames = map[string]bool{
	"opening hours": true, "clinic hours": true, "office hours": true, "phone hours": true,
	"visiting hours": true, "hours of operation": true, "admissions hours": true,
	"front desk hours": true, "reception hours": true, "business hours": true, "pharmacy hours": true,
	"building hours": true, "lobby hours": true,
	// A location page's widget: "Hours Today: 7:30 a.m. - 5 p.m. (see
	// all hours)", the door's hours on the day it is read.
	"hours today": true, "today's hours": true, "today’s hours": true, "open today": true,
	// ("Facility Hours / 08:30 am - 04:00 pm" on a page of several
	// programs: the building's door.)
	"facility hours": true,
	// An opioid treatment program's window for its daily doses: when the
	// dispensary is open, no program's day.
	"dosing hours": true, "dosing times": true, "dosing schedule": true, "dispensing hours": true, "medication hours": true,
	"methadone dosing hours": true, "dosing window": true, "dosing": true,
	// A clinic's door for walk-ins.
	"walk-in hours": true, "walk-in clinic hours": true, "drop-in hours": true, "open access hours": true, "same-day access hours": true,
}

// frontOfficeIn reports a label joining a front office or desk to
// something else: "Counseling and front office", "Front desk / intake".
func frontOfficeIn(l string) bool {
	if !strings.Contains(l, " and ") && !strings.Contains(l, " & ") && !strings.Contains(l, "/") {
		return false
	}
	return strings.Contains(l, "front office") || strings.Contains(l, "front desk") || hasWord(l, "reception")
}

// officeLabel reports the label of a line about the office's business:
// "Billing and insurance questions: Monday–Friday, 9 to 5" says when the
// office answers them.
func officeLabel(l string) bool {
	return strings.Contains(l, "billing") || strings.Contains(l, "insurance")
}

// placeLabel reports a label naming a room or service of the premises
// ("Café and gift shop", "Pharmacy hours", "Visiting", "Dining hall"): the
// days and times after it are when the place is open or can be visited,
// whatever program word the label holds.
func placeLabel(l string) bool {
	f := strings.Fields(l)
	if len(f) > 1 && f[len(f)-1] == "hours" {
		f = f[:len(f)-1]
	}
	// ("Lab on site", "Pharmacy onsite": the room, where it is.)
	if n := len(f); n > 2 && f[n-2] == "on" && f[n-1] == "site" {
		f = f[:n-2]
	} else if n > 1 && (f[n-1] == "on-site" || f[n-1] == "onsite") {
		f = f[:n-1]
	}
	if len(f) == 0 {
		return false
	}
	switch last := f[len(f)-1]; last {
	case "café", "cafe", "cafeteria", "shop", "store", "pharmacy", "lobby", "library", "gym", "chapel", "garage", "kitchen", "lab", "laboratory",
		"visiting", "visitation", "visitors":
		return true
	case "hall", "center", "centre", "room":
		return len(f) > 1 && (f[len(f)-2] == "dining" || f[len(f)-2] == "fitness" || f[len(f)-2] == "visitor" || f[len(f)-2] == "visitors")
	}
	return false
}

// buildingLabel reports a label naming a building or an office ("Outpatient
// building", "Administrative offices"), which may be where a program
// meets as well as a door with opening hours.
func buildingLabel(l string) bool {
	f := strings.Fields(l)
	if len(f) == 0 {
		return false
	}
	switch f[len(f)-1] {
	case "building", "buildings", "office", "offices":
		return true
	}
	return false
}

// hoursSection reports a block under a heading for hours: "Hours", "Campus
// hours", "Hours of operation".
func hoursSection(b *corpus.Block) bool {
	if len(b.Headings) == 0 {
		return false
	}
	h := strings.ToLower(strings.TrimSpace(strings.TrimRight(b.Headings[len(b.Headings)-1], ": ")))
	return h == "hours" || strings.HasSuffix(h, " hours") || strings.HasPrefix(h, "hours ") || openingHoursNames[h] || openHeadings[h]
}

// hoursLabel reports a line labelled with when a place is open: "Hours:
// Monday-Sunday, 8 a.m. to 6 p.m.", "Clinic hours: …". In a section headed
// for hours ("Hours", "Campus hours": hoursSection) a building's line is
// when it is open, "Outpatient building: Monday-Saturday, 7 a.m.-10 p.m.";
// elsewhere "Main building: Monday through Friday, 9 a.m. to 3 p.m." on a
// PHP page is where and when the program meets.
func hoursLabel(text string, hoursSection bool) bool {
	// "Mon–Thu 8:00–8:00 · Fri 8:00–5:00 · Sat by appointment": a line of
	// opening hours without a label, its days set apart and one of them
	// longer than any program's.
	if strings.Contains(text, "·") && longestClockSpan(text) >= 10 {
		return true
	}
	label, e := labelSplit(text)
	if e == 0 {
		return false
	}
	// "Clinic hours - IOP groups: Mon, Wed, Thu 6:00-9:00 p.m.",
	// "Residential - Pharmacy: Mon-Fri 9:00 a.m.-5:00 p.m.": a dash label
	// with a part of its value labelled by a colon; the part says whose
	// the times are.
	if sub, ok := subLabel(text[e:]); ok {
		sl := lowerASCII(sub)
		switch {
		case hasWord(sl, "program", "programs", "iop", "php", "groups") && !hasWord(sl, "room", "team", "meeting", "meetings", "closed"):
			return false
		case placeLabel(sl) || officeLabel(sl) || hasWord(sl, "clinic", "office", "desk", "lab", "laboratory", "pharmacy", "café", "cafe", "cafeteria"):
			return true
		}
	}
	switch l := strings.ToLower(strings.TrimSpace(label)); {
	case l == "open" || openingHoursNames[l]:
		return true
	case placeOpenNames[l] || openHeadings[l]:
		rest := lowerASCII(text[e:])
		return !hasWord(rest, "program", "programs", "iop", "php", "intensive", "outpatient", "residential", "treatment", "group", "groups") && !attendsIn(rest)
	case officeLabel(l):
		return true
	case strings.HasSuffix(l, " hours") && hasWord(l, "clinic", "office", "desk") || strings.HasSuffix(l, " coverage") || strings.HasSuffix(l, " staffing"):
		// "Outpatient clinic hours - Weekdays: 8:00 a.m.-5:00 p.m.",
		// "Hospitalist coverage: on the unit 7 a.m.-7 p.m.": a door's
		// hours, a staff's shift. ("IOP clinic hours: …", "Program
		// staffing: …", "therapists are with clients Monday through
		// Friday" are the program's.)
		// (A staff's coverage is the staff's whatever it says of the
		// clients: "Weekend staffing: counselors are with clients
		// Saturday and Sunday".)
		rest := lowerASCII(text[e:])
		if !strings.HasSuffix(l, " hours") {
			return !namesProgramHours(l) || hasWord(rest, "psychiatrist", "psychiatrists", "nurse", "nurses", "therapist", "therapists", "counselor", "counselors",
				"physician", "physicians", "doctor", "doctors", "techs", "technicians", "staff")
		}
		return !namesProgramHours(l) && !hasWord(rest, "program", "programs", "iop", "php", "intensive", "treatment", "group", "groups")
	case placeLabel(l) || buildingLabel(l) && (hoursSection || hasWord(l, "administrative", "administration", "business", "corporate")):
		// ("Café – our intensive outpatient program meets 3 days a week":
		// a line that goes on to a program is the program's.)
		return !hasWord(lowerASCII(text[e:]), "program", "programs", "iop", "php", "intensive", "outpatient", "residential", "treatment", "group", "groups")
	case frontOfficeIn(l):
		// "Counseling and front office: weekdays, 6:30 a.m. to 3 p.m.":
		// the desk's hours, with whatever else keeps them.
		return len(clockRanges(text)) > 0 || clockTimes(text) >= 2
	case l == "clinic" || l == "office" || l == "front desk" || l == "reception" || l == "main office":
		// "Clinic: Monday–Friday, 7:30 a.m.–5:30 p.m.": when its doors
		// are open. (Open longer than the clock ranges read as a day,
		// "8:00 a.m.-9:30 p.m.", still by the clock.)
		return len(clockRanges(text)) > 0 || clockTimes(text) >= 2
	case l == "hours":
		// "Hours: Monday-Sunday, 8 a.m. to 6 p.m. | Call …" is a
		// contact line; a program page's "Hours: Monday through
		// Thursday, 6 p.m. to 9 p.m." is its schedule.
		// ("Hours: Mon–Fri 7:30 a.m.–8:00 p.m. · Sat 9:00 a.m.–1:00 p.m.":
		// a clinic's door, open longer than any program's day, or on
		// days with hours of their own.)
		// ("Hours: Monday–Thursday 12:00–9:00 p.m.; Friday by
		// appointment": a door open to appointments.)
		return contactLine(text) || strings.Contains(text, "|") || strings.Contains(strings.ToLower(text), "call") ||
			strings.Contains(text, "·") || longestClockSpan(text) >= 10 || strings.Contains(strings.ToLower(text), "appointment")
	}
	return false
}

// longestClockSpan is the longest span between two clock times the text
// gives, in hours (0 when none).
func longestClockSpan(text string) float64 {
	longest := 0.0
	for _, q := range clockRanges(text) {
		if q.HasMax {
			longest = max(longest, q.Max)
		}
	}
	return longest
}

// subLabel is the label of a value's opening part, before its colon:
// "IOP groups" of "IOP groups: Mon, Wed, Thu 6:00-9:00 p.m.".
func subLabel(value string) (string, bool) {
	v := strings.TrimLeft(value, " ")
	k := strings.IndexByte(v, ':')
	if k <= 0 || k > 30 || wordCount(v[:k]) > 4 || strings.IndexFunc(v[:k], func(r rune) bool { return r >= '0' && r <= '9' }) >= 0 {
		return "", false
	}
	return v[:k], true
}

// namesProgramHours reports a label or heading of hours that names the
// program they time: "IOP Clinic Hours", "PHP clinic hours", "Day
// Treatment Clinic Hours", "IOP coverage". ("Same-Day Clinic Hours",
// "Evening Office Hours", "Teen Clinic Hours" are a clinic's.)
func namesProgramHours(l string) bool {
	return hasWord(l, "iop", "php", "program", "programs") || strings.Contains(l, "day treatment") || strings.Contains(l, "partial hospitalization") ||
		strings.Contains(l, "intensive outpatient")
}
