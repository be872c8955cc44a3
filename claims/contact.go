package claims

import (
	"strings"

	"github.com/factlint/factlint/claims/quantity"
	"github.com/factlint/factlint/corpus"
	"github.com/factlint/factlint/internal/prefilter"
)

// phoneNumber is a North American phone number as pages print it:
// "207-555-0126", "(208) 555-0139", "800.555.0100".
var phoneNumber = prefilter.MustCompile(`\(?\b\d{3}\)?[-. ]\d{3}[-.]\d{4}\b`)

// contactLine reports a sentence that gives a phone number: the days and
// hours beside it ("Call 207-555-0126, 8 a.m.-8 p.m., seven days") are
// when someone answers, not when a program meets.
func contactLine(text string) bool {
	digits := 0
	for i := 0; i < len(text) && digits < 10; i++ {
		if text[i] >= '0' && text[i] <= '9' {
			digits++
		}
	}
	return digits >= 10 && phoneNumber.MatchString(text)
}

// streetAddress is a street address as a footer or a listing prints it:
// "88 Fairview Boulevard", "2100 Canyon Parkway, Suite 4".
var streetAddress = prefilter.MustCompile(`\b[A-Z][a-z]+,\s+(?:AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY)\b|\b\d{1,5}\s+(?:[NSEW]\.?\s+)?(?:[A-Z][A-Za-z]+\s+){1,3}(?:Street|St|Avenue|Ave|Boulevard|Blvd|Road|Rd|Parkway|Pkwy|Drive|Dr|Lane|Ln|Way|Court|Ct|Highway|Hwy|Place|Pl)\b`)

var meetsAt = prefilter.MustCompile(`(?i)\b(?:meets?|meeting|runs?|held|attend|attends|sessions?|groups?)\b`)

// addressLine reports a sentence that gives a street address: "ClearStart
// · 88 Fairview Boulevard · Mon–Sun 7 a.m. – 3 p.m." gives when the
// office is open.
func addressLine(text string) bool {
	for i := 0; i+1 < len(text); i++ {
		// Most sentences hold no number followed by a capitalised word.
		// ("Dayton, OH | Mon-Fri 8am-8pm": a city and its state.)
		if text[i] >= '0' && text[i] <= '9' && text[i+1] == ' ' && i+2 < len(text) && text[i+2] >= 'A' && text[i+2] <= 'Z' ||
			text[i] == ',' && text[i+1] == ' ' && i+3 < len(text) && text[i+2] >= 'A' && text[i+2] <= 'Z' && text[i+3] >= 'A' && text[i+3] <= 'Z' {
			// "Our IOP group meets at 1200 Oak Street, Monday through
			// Thursday" says where the program meets, and when.
			// ("Located at 12 Oak Street, Dalton, our evening IOP operates on
			// three nights": so does a place fronted before the
			// program's clause.)
			return streetAddress.MatchString(text) && !meetsAt.MatchString(text) && !locatedThenProgram.MatchString(text)
		}
	}
	return false
}

// contactNear reports a phone number within a few words of one of the
// clock ranges: "(208) 555-0139 | Mon-Fri 8 a.m.-6 p.m." gives when the
// phone is answered; "Our IOP meets 6 to 9 p.m.; call 207-555-0126 to
// enroll" still times the IOP.
func contactNear(text string, cr []quantity.Quantity) bool {
	for _, q := range cr {
		if near := text[max(0, q.Start-40):min(len(text), q.End+12)]; contactLine(near) || addressLine(near) && !meetsAt.MatchString(text) {
			return true
		}
	}
	return false
}

// breadcrumb reports a trail of links ("Home > Blog > A Week in IOP"):
// its ">" separates pages, it does not say "more than".
func breadcrumb(text string) bool {
	if strings.IndexByte(text, '>') < 0 {
		return false
	}
	n := 0
	for i := 0; i+2 < len(text); i++ {
		if text[i] == ' ' && text[i+1] == '>' && text[i+2] == ' ' {
			n++
		}
		if n >= 2 {
			return true
		}
	}
	return false
}

// testimonial reports a block that quotes a client: it opens with a
// quotation mark and the quote closes on an attribution ("… ." - Maria,
// Denver; “…” — former client).
func testimonial(text string) bool {
	// ("★★★★★ "Three nights a week was doable." — K.M.": a review's
	// stars before the quote.)
	t := strings.TrimLeft(strings.TrimSpace(text), "★☆⭐ ")
	if !strings.HasPrefix(t, "\"") && !strings.HasPrefix(t, "“") {
		return false
	}
	loc := attribution.FindStringIndex(t)
	// The quote is a sentence of someone's ("“Intensive outpatient” — IOP
	// for short — …" quotes a term), and what follows it names the
	// speaker in a few words.
	return loc != nil && wordCount(t[:loc[0]]) >= 5 && wordCount(t[loc[0]:]) <= 9
}

var attribution = prefilter.MustCompile(`["”]\s*(?:[-–—]|&mdash;)\s*[^"“”]{1,80}$`)

// narrator reports a sentence told by one client in the first person
// singular ("I was in PHP for three weeks", "things I'd avoided for a
// decade"): an account of one stay, an example of the program rather
// than a statement of it, however the page frames it. A provider
// speaking as "we" or "our" is not one.
func narrator(s *sentence) bool {
	if s.provider || s.question {
		return false
	}
	l := s.lower
	// ("My IOP was only about six hours a week": the writer's own
	// program, told in the past.)
	if myPast.MatchString(l) {
		return true
	}
	for i := 0; i < len(l); i++ {
		if l[i] != 'i' || i > 0 && isWordByte(l[i-1]) {
			continue
		}
		// "I", "I,", "I'd", "I’m": the pronoun, capitalised.
		if i+1 == len(l) || l[i+1] == ' ' || l[i+1] == ',' || l[i+1] == '\'' || strings.HasPrefix(l[i+1:], "’") {
			return s.text[i] == 'I'
		}
	}
	return false
}

// myPast is the writer's own care told in the past: "my IOP was", "my
// stay lasted", "my first week in PHP was".
var myPast = prefilter.MustCompile(`(?:^|[^a-z])my\s+(?:[a-z-]+\s+)?(?:iop|php|program|stay|treatment|rehab|detox|outpatient|residential|group|schedule)\s+(?:[a-z]+\s+){0,3}?(?:was|were|lasted|ran|took|met|had)\b`)

// friendStory reports a sentence telling what someone the writer knows
// did: "A friend in Portland went four days a week", "My sister spent
// 45 days in residential care". Like a client's story, it is an example.
func friendStory(s *sentence) bool {
	return friendWent.MatchString(s.lower)
}

var friendWent = prefilter.MustCompile(`^\s*(?:a|my|one|another)\s+(?:(?:close|old|good)\s+)?(?:friend|friends|coworker|co-worker|cousin|brother|sister|neighbor|neighbour|relative|buddy|roommate)\b[^.;]{0,60}?\b(?:went|attended|did|spent|stayed|completed|finished|was|had)\b`)

// clientStory reports a sentence that tells one client's story in the
// third person: "Jordan, an electrician from Pender Mill, came to group on
// Monday, Tuesday and Thursday evenings for ten weeks". Like a client's
// own words, it is an example of the program, not a statement of it.
func clientStory(s *sentence) bool {
	return len(s.text) > 0 && s.text[0] >= 'A' && s.text[0] <= 'Z' && storyOpening.MatchString(s.text)
}

// storyOpens reports what every match of storyOpening opens on, its
// gate: a word and a comma right after it ("Rosa, an electrician …"), or
// "One", "Another" or "A" as its first word. Every sentence with a
// figure asks, and the expression costs a microsecond before its first
// word fails.
func storyOpens(t string) bool {
	e := wordEnd(t, 0)
	if e < len(t) && t[e] == ',' {
		return true
	}
	switch t[:e] {
	case "One", "Another", "A":
		return true
	}
	return false
}

// storyOpening is a first name, who the person is (", an electrician from
// Pender Mill," or ", 34,") and a verb in the past.
// ("One alumna, Rosa, likes to say she …", "One of our graduates, Rosa,
// spent …": the person first, then the name.)
var storyOpening = prefilter.MustCompile(`^(?:[A-Z][a-z]+,\s+(?:(?:a|an)\s+[a-z-]+(?:\s+[a-z-]+)?|\d{2})(?:\s+(?:from|in)\s+[A-Z][A-Za-z]+(?:\s[A-Z][A-Za-z]+)?)?|(?:One|Another|A\s+(?:recent|former))\s+(?:[a-z]+\s+)?(?:alumna|alumnus|alum|graduate|client|member|patient|resident|participant|mother|father|mom|dad)\s*,\s+[A-Z][a-z]+|One\s+of\s+our\s+(?:[a-z]+\s+)?(?:alumni|alums|graduates|clients|members|patients|residents|participants)\s*,\s+[A-Z][a-z]+)` +
	`,\s+(?:came|attended|went|started|joined|spent|completed|finished|began|stayed|enrolled|entered|likes\s+to\s+say|says|said|recalls|remembers|jokes|tells)\b`).Gate(storyOpens)

// otherProviderFigures gives the figures of a sentence that opens on
// another provider ("Another clinic across town runs its IOP four days a
// week", "A different provider in the county keeps PHP clients six
// weeks") a listing of their own: that provider's program, never set
// against the page's own.
func otherProviderFigures(s *sentence, cs []Claim) {
	if len(cs) == 0 || !anotherProvider.MatchString(s.lower) {
		return
	}
	for i := range cs {
		if cs[i].Variant == "" {
			cs[i].Variant = "listing: another provider"
		}
	}
}

var anotherProvider = prefilter.MustCompile(`^\s*(?:(?:by\s+contrast|in\s+contrast|meanwhile|elsewhere),?\s+)?(?:another|a\s+different|one\s+other)\s+(?:[a-z-]+\s+)?(?:clinic|provider|program|programme|center|centre|facility|practice|hospital|rehab)\b`)

// seenElsewhere reports a sentence about what the writer has seen of other
// programs: "We've seen \"teen IOPs\" that meet once a week for 90
// minutes" gives an example, not the page's own figure.
func seenElsewhere(s *sentence) bool {
	return anyPrefix(trimLeftWords(s.lower), []string{"we've seen ", "we’ve seen ", "we have seen ", "i've seen ", "i’ve seen ", "i have seen "})
}

// contactHours reports a line labelled "Hours:" beside a line that gives
// the phone or the street address ("Address: 318 Orange St., …" /
// "Phone: …" / "Hours: Monday to Thursday 8 a.m. to 9 p.m."): a contact
// block's hours are when the office is open. ("Nights: Monday-Thursday" /
// "Hours: 6:00 to 9:00 p.m." in a program's fact box, and a value that
// names the program, keep theirs.)
func contactHours(doc *corpus.Document, bi int) bool {
	text := doc.Blocks[bi].Text
	label, e := labelSplit(text)
	if e == 0 || !strings.EqualFold(strings.TrimSpace(label), "hours") {
		// "Schedule your evaluation: (765) 555-0143" / "Monday-Thursday 8
		// a.m.-7 p.m., Friday 8 a.m.-4 p.m.": a line of bare days and
		// times right under or over the phone is when it is answered.
		// (Longer than a day program's 8:00 to 4:30, or 8 to 5.)
		// (A line that names its time zone is an office's from 7 hours,
		// and so is the next such line of the block: "Monday - Friday 9
		// a.m. - 5 p.m. EST" / "Saturday 9:00 am - 1:00 pm EST". A
		// virtual IOP's "Mon, Wed, Thu 6:00-9:00 pm EST" stays its own.)
		if !bareTimes(text) {
			return false
		}
		// ("PHP Schedule" / "Monday - Friday 9:00 am - 4:00 pm EST": under
		// a heading of the program or its times, the program's own.)
		office := longestClockSpan(text) >= 10 || zoned(text) && !programHeaded(doc, bi) && (zonedOffice(text) || bi > 0 && zonedOffice(doc.Blocks[bi-1].Text))
		return office && (phoneBeside(doc, bi, -1) || phoneBeside(doc, bi, +1))
	}
	// (An office is open most of the day: "Hours: 9:00 a.m. to 11:00
	// a.m." beside "Call: …" times a group.)
	// ("Hours: Mon–Fri, 9 a.m.–5 p.m.; groups as scheduled": the clause
	// of the hours is the office's, whatever the next says of the
	// groups.)
	if longestClockSpan(text) < 7 || hasWord(cutAt(lowerASCII(text[e:]), ";"), "program", "programs", "iop", "php", "intensive", "outpatient", "treatment", "group", "groups", "sessions", "meets", "meet") {
		return false
	}
	contact := false
	for j := max(0, bi-3); j <= min(len(doc.Blocks)-1, bi+3); j++ {
		b := &doc.Blocks[j]
		if j == bi || b.Kind == corpus.BlockHeading || b.Kind == corpus.BlockTitle || len(b.Text) >= 120 {
			continue
		}
		// ("Nights: Monday-Thursday" / "Hours: …" / "Phone: …": a
		// program's fact box, whose hours are the program's.)
		if scheduleLine(b.Text) {
			return false
		}
		contact = contact || contactLine(b.Text) || addressLine(b.Text)
	}
	return contact
}

// phoneBeside reports the phone on the line next to bi in direction dir,
// or one further when the line between is more of the contact block: an
// e-mail or street address, or the weekend's hours ("Call (207) 555-0126"
// / "intake@…" / "Mon-Fri 8 a.m.-6 p.m.").
func phoneBeside(doc *corpus.Document, bi, dir int) bool {
	for j, step := bi+dir, 0; j >= 0 && j < len(doc.Blocks) && step < 2; j, step = j+dir, step+1 {
		t := doc.Blocks[j].Text
		if contactLine(t) {
			return true
		}
		// ("Call …" / "Hours" / "Monday - Friday 8:00 am - 8:00 pm": a
		// heading of hours is part of the contact block.)
		if hoursOnlyLine(t) {
			continue
		}
		// (A text export makes each short line of the block a heading:
		// one of times or an address is still the block's.)
		if doc.Blocks[j].Kind == corpus.BlockTitle || !(emailLine(t) || addressLine(t) || bareTimes(t)) {
			return false
		}
	}
	return false
}

// hoursOnlyLine reports a line that only says hours follow: "Hours",
// "Office hours:", "Business Hours".
func hoursOnlyLine(text string) bool {
	switch strings.TrimRight(lowerASCII(strings.TrimSpace(text)), ":") {
	case "hours", "office hours", "business hours", "office hrs", "business hrs", "phone hours", "call hours", "hours of operation":
		return true
	}
	return false
}

// programHeaded reports a line right under a heading that names a
// program or its times, past other lines of times: "Virtual PHP
// schedule" / "Monday - Friday 9:00 am - 4:00 pm EST", "Group times" /
// "Mon-Thu …" / "Saturday …".
func programHeaded(doc *corpus.Document, bi int) bool {
	for j := bi - 1; j >= 0 && j >= bi-3; j-- {
		b := &doc.Blocks[j]
		if bareTimes(b.Text) || weekdayLine(b.Text) {
			continue
		}
		if b.Kind != corpus.BlockHeading {
			return false
		}
		return hasWord(lowerASCII(b.Text), "schedule", "times", "iop", "php", "program", "programs", "group", "groups", "sessions", "outpatient", "treatment")
	}
	return false
}

// weekdayLine reports a line of nothing but days: "Monday - Friday".
func weekdayLine(text string) bool {
	for _, w := range strings.FieldsFunc(lowerASCII(text), func(r rune) bool { return !(r >= 'a' && r <= 'z') }) {
		if !weekdayWord(w) && w != "to" && w != "through" && w != "and" {
			return false
		}
	}
	return strings.TrimSpace(text) != ""
}

// zonedOffice reports a bare line of days and times that names its time
// zone and is open 7 hours or more: "Monday - Friday 9 a.m. - 5 p.m. EST".
func zonedOffice(text string) bool {
	return bareTimes(text) && zoned(text) && longestClockSpan(text) >= 7
}

// zoned reports a line that names a time zone by its code: "9 a.m. - 5
// p.m. EST".
func zoned(text string) bool {
	for _, w := range strings.FieldsFunc(lowerASCII(text), func(r rune) bool { return !(r >= 'a' && r <= 'z') }) {
		if zoneCodes[w] {
			return true
		}
	}
	return false
}

// emailLine reports a short line that gives an e-mail address.
func emailLine(text string) bool {
	at := strings.IndexByte(text, '@')
	return at > 0 && len(text) < 80 && strings.IndexByte(text[at:], '.') > 0
}

// scheduleLine reports a line labelled with a part of a program's
// schedule: "Nights: Monday-Thursday", "Days: …", "Program length: …".
func scheduleLine(text string) bool {
	label, e := labelSplit(text)
	if e == 0 {
		return false
	}
	switch l := lowerASCII(strings.TrimSpace(label)); l {
	case "days", "nights", "evenings", "mornings", "meets", "meeting days", "group days", "group nights", "schedule", "when", "length", "program length",
		"weekly total", "hours per week", "hours a week", "days per week", "duration", "format", "level of care", "sessions", "groups":
		return true
	}
	return false
}

// bareTimes reports a line of nothing but days and clock times: "Monday-
// Thursday 8 a.m.-7 p.m., Friday 8 a.m.-4 p.m.", "Mon–Fri 9–5; Sat 10–2".
func bareTimes(text string) bool {
	words := 0
	l := lowerASCII(text)
	for i := 0; i < len(l); {
		if l[i] < 'a' || l[i] > 'z' {
			i++
			continue
		}
		j := i
		for j < len(l) && l[j] >= 'a' && l[j] <= 'z' {
			j++
		}
		w := l[i:j]
		i = j
		switch {
		case weekdayWord(w), zoneCodes[w], zoneWords[w], w == "a" || w == "p" || w == "m" || w == "am" || w == "pm" || w == "to" || w == "and" || w == "through" || w == "thru" || w == "noon" || w == "closed" || w == "midnight":
		default:
			words++
		}
	}
	return words == 0 && strings.ContainsAny(text, "0123456789")
}

// zoneCodes and zoneWords are how an office's hours name their zone after
// the clock: "8 a.m. - 6 p.m. EST", "9-5 Eastern Time".
var (
	zoneCodes = wordSet("est", "edt", "et", "cst", "cdt", "ct", "mst", "mdt", "mt", "pst", "pdt", "pt", "akst", "hst")
	zoneWords = wordSet("eastern", "central", "mountain", "pacific", "time")
)

// weekdayWord reports a day's name or its short form: "monday",
// "fridays", "mon", "tues", "weekdays".
func weekdayWord(w string) bool {
	if weekdayNames[strings.TrimSuffix(w, "s")] > 0 {
		return true
	}
	switch w {
	case "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "weekdays", "weekends", "daily":
		return true
	}
	return false
}

// underReviewHeader reports a block right under a review's header line:
// "★★★★★ Renata P." or "Keisha W. — Google, 5 stars" over the quote,
// which is one client's account.
func underReviewHeader(doc *corpus.Document, bi int) bool {
	if bi == 0 {
		return false
	}
	h := strings.TrimSpace(doc.Blocks[bi-1].Text)
	if wordCount(h) > 8 {
		return false
	}
	stars := strings.Contains(h, "★") || strings.Contains(h, "⭐") || reviewStars.MatchString(strings.ToLower(h))
	return stars && reviewerName.MatchString(h)
}

var (
	// reviewStars is a rating in words: "5 stars", "five-star review".
	reviewStars = prefilter.MustCompile(`\b(?:[1-5]|one|two|three|four|five)[- ]stars?\b`)
	// reviewerName is a reviewer's name: a capitalised first name and an
	// initial ("Renata P.", "Keisha W."; not "Five Star Recovery
	// Center").
	reviewerName = prefilter.MustCompile(`\b[A-Z][a-z]+\s+[A-Z]\.`)
)

// locatedThenProgram opens on where something is, fronted by a comma
// before a clause on the program: "Located at 12 Oak Street, Dalton, the
// ", "Based in Elm Park, our ".
var locatedThenProgram = prefilter.MustCompile(`^\W*(?i:located|based|situated|housed)\s+(?:at|in|on)\s[^;]{0,80},\s+(?i:the|our)\s`)
