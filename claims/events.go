package claims

import (
	"strings"

	"github.com/factlint/factlint/internal/prefilter"
)

// eventWords name an occasion the provider holds beside its programs: an
// alumni night, a family weekend, an open house. (All but "alumni" also
// name one in a heading; an "Alumni" section tells former clients'
// stories of the program as often.)
var eventWords = []string{"alumni", "family weekend", "family weekends", "family night", "family nights", "family day", "open house",
	// "Family Week is five days long", "The Family Intensive lasts three
	// days": a family program's own stretch, not the stay's.
	"family week", "family weeks", "family intensive", "family retreat",
	"graduation", "reunion", "picnic", "fundraiser",
	// "Information Session, 7 to 8 p.m.", "Workshop for Teachers":
	// talks and sessions for the public.
	"information session", "information sessions", "info session", "info sessions", "webinar", "webinars", "lecture", "lectures",
	"coffee hour", "speaker meeting", "seminar", "seminars", "q&a", "workshop for"}

// familyStretch are the events whose length is a span of their own
// beside the client's stay: "Family Week is five days long".
var familyStretch = map[string]bool{"family week": true, "family weeks": true, "family intensive": true, "family retreat": true, "family weekend": true, "family weekends": true}

// eventsOwn gives the schedule of an event to no program: "our alumni
// night, held the first Saturday of each month from 7 to 9 p.m.", or a
// line under a "Family Weekend" heading, times the event ("other"), not
// the program the page is about. The event is named in the 60 bytes
// before the figure with no program named between, or heads the block of
// a sentence that names no program. ("our alumni IOP, which meets three
// evenings a week" is a program.) The event becomes the claim's variant;
// a figure the client's family keeps ("Families join a weekly video
// session") is the family's.
func eventsOwn(s *sentence, out []Claim, from int) {
	family := -1 // familySubject(s.lower), read at the first schedule
	// The event the sentence's last figure was given, and where that
	// figure ends: the figures after it in the same clause are the
	// event's too ("our alumni group, which meets once a week on Tuesday
	// evenings for an hour and a half").
	lastEvent, lastEnd := "", 0
	for i := from; i < len(out); i++ {
		c := &out[i]
		// ("Each client's family meets with a counselor once a week":
		// the family's meetings, not the client's own therapy.)
		if c.Kind != DaysPerWeek && c.Kind != HoursPerDay && c.Kind != HoursPerWeek && c.Kind != SessionLength && c.Kind != ProgramLength || !programSubject(c.Subject) && c.Subject != IndividualTherapy && !(c.Kind == ProgramLength && c.Subject == Other && c.Variant == "") {
			continue
		}
		if family < 0 {
			family = 0
			if familySubject(s.lower) && !namesProgram(s) {
				family = 1
			}
		}
		// ("Family Week is five days long": the family program's own
		// stretch; a length is any other event's only as a family's.)
		// (Only the event named in the figure's own sentence, no clause
		// of another subject between: "Family Week is five days long, and
		// clients stay 30 days in total" gives the stay its 30.)
		if c.Kind == ProgramLength {
			at := strings.Index(s.text, c.Text)
			if event := eventBefore(s, at); familyStretch[event] && at >= 0 {
				if k := lastIndex(s.lower[:at], event); k >= 0 && !anyIn(s.lower[k:at], []string{", and ", ", but ", ", while ", ";", ". "}) {
					c.Subject, c.Variant = Other, "event: "+event
					continue
				}
			}
			// ("Near the close of the program, parents get to spend three
			// nights and four days at base camp": the family's days with
			// the client, no length of the program.)
			if family == 1 && !inLaterClause(s, c) {
				c.Subject, c.Variant = Other, "event: family"
			}
			continue
		}
		// ("A parent joins a multi-family group every week, and every
		// teen also meets a therapist for sessions that last 45 minutes":
		// the family's clause ends where another subject's begins.)
		if family == 1 && !inLaterClause(s, c) {
			c.Subject, c.Variant = Other, "event: family"
			continue
		}
		if c.Subject == IndividualTherapy {
			continue // an event is no one-on-one session
		}
		at := strings.Index(s.text, c.Text)
		// "Residents attend a trauma group three times a week": one group
		// of the program's, named with "a", meets on days of its own.
		// ("PHP clients also join one weekly group for family members":
		// the families'.)
		if c.Kind == DaysPerWeek && at >= 0 {
			pre := s.lower[max(0, at-60):at]
			if loc := oneGroupAttended.FindStringIndex(pre); loc != nil && !hasWord(pre[loc[0]:], groupTrackWords...) && !strings.Contains(pre[loc[0]:], "hour") {
				c.Subject = GroupTherapy
				continue
			}
			if joinsOne.MatchString(s.lower[max(0, at-30):at]) {
				if groupForFamilies.MatchString(s.lower[at+len(c.Text):]) {
					c.Subject, c.Variant = Other, "event: family"
					continue
				}
			}
		}
		event := eventBefore(s, at)
		if event == "" && lastEvent != "" && at >= lastEnd && !anyIn(s.lower[lastEnd:at], []string{", and ", ", but ", " while ", " whereas ", ";", ". "}) && !programBetween(s, lastEnd, at) {
			event = lastEvent
		}
		if event != "" {
			lastEvent, lastEnd = event, at+len(c.Text)
			// The event is a variant of its own: one event's days are
			// not another's, nor a weekly group's.
			c.Subject, c.Variant = Other, "event: "+event
		}
	}
}

// eventBefore is the event a figure at the sentence's byte at times, ""
// when none: named in the 60 bytes before it with no program between, or
// heading the block of a sentence that names no program before it.
func eventBefore(s *sentence, at int) string {
	if at < 0 {
		return ""
	}
	lo := max(0, at-60)
	k, event := -1, ""
	for _, w := range eventWords {
		if j := lastIndex(s.lower[lo:at], w); j >= 0 && wordAt(s.lower, lo+j, len(w)) && lo+j > k {
			k, event = lo+j, w
		}
	}
	named := func(from int) bool {
		for _, m := range s.mentions {
			if m.start >= from && m.end <= at && programSubject(m.subject) && !m.contrast {
				return true
			}
		}
		return false
	}
	switch {
	case k >= 0:
		if named(k) {
			return ""
		}
		return event
	case len(s.block.Headings) > 0 && !named(0):
		return leadingPhrase(lowerASCII(strings.TrimSpace(s.block.Headings[len(s.block.Headings)-1])), eventWords[1:])
	}
	return ""
}

// leadingPhrase returns the first of ws standing as a whole word in t, ""
// when none does.
func leadingPhrase(t string, ws []string) string {
	best, at := "", len(t)
	for _, w := range ws {
		if i := indexWord(t, w, 0); i >= 0 && i < at {
			best, at = w, i
		}
	}
	return best
}

// familySubject reports a sentence whose subject is the client's family:
// "Families join a weekly video session", "Parents meet with staff every
// other Tuesday", "On Sunday afternoons relatives may attend a one-hour
// talk", "Each client's family meets a counselor every Monday", "Once a
// week, a parent or guardian joins the last hour" (not
// "The family therapy group meets …", a therapy).
func familySubject(lower string) bool {
	return familyOpens.MatchString(trimLeftWords(lower))
}

// familyOpens is a sentence opening on the family, after a fronted time
// of at most four words or the end of a stay set off by a comma:
// "Families join …", "Most families spend …", "Family involvement takes
// …", "Near the close of the program, parents …".
var familyOpens = prefilter.MustCompile(`^(?:(?:on|every|each|once|twice|during)\s+(?:[a-z]+,?\s+){0,3}?|(?:at|near|toward|towards|by|in)\s+(?:the\s+)?(?:end|close|last\s+(?:week|days?|weekend))\s+of\s+(?:[a-z'’-]+\s+){0,4}?[a-z'’-]+,\s+)?(?:(?:(?:most|many|some|all|the)\s+)?(?:families|family\s+members|parents|caregivers|guardians|loved\s+ones|relatives|spouses|partners)\s|(?:a|one|each|every|the|your)\s+(?:parent|caregiver|guardian|family\s+member|loved\s+one|relative)\s+(?:or\s+[a-z]+\s+)?(?:joins|attends|comes|meets|takes|sits|spends)\b|(?:each|every|your|their|the)\s+(?:[a-z]+(?:'s|’s)\s+)?family\s+(?:meets|meet|joins|join|attends|attend|comes|come|takes|take)\b|family\s+(?:involvement|participation)\s+(?:takes|take|is|runs|adds|requires|means)\b)`)

// inLaterClause reports a claim after a clause break (", and ", ", but ",
// ";") that opens on a subject of its own: not the family's.
func inLaterClause(s *sentence, c *Claim) bool {
	at := strings.Index(s.text, c.Text)
	if at < 0 {
		return false
	}
	for _, sep := range []string{", and ", ", but ", "; ", ", while "} {
		if k := strings.Index(s.lower[:at], sep); k >= 0 && !familySubject(s.lower[k+len(sep):at]) {
			return true
		}
	}
	return false
}

// oneGroupAttended ends on one group a client attends, named with its
// topic right before the figure: "attend a trauma group ", "also join
// an anger management group ".
var oneGroupAttended = prefilter.MustCompile(`\b(?:attends?|attending|joins?|joining|takes?\s+part\s+in|participates?\s+in)\s+(?:a|an|one)\s+(?:[a-z'’+-]+\s+){1,3}group\s+$`)

// groupTrackWords name a track or time of a program's own groups, which
// meet on the program's days: "attend an evening group four nights a
// week".
var groupTrackWords = []string{"evening", "morning", "afternoon", "day", "daytime", "night", "weekend", "weekday", "virtual", "online", "in-person", "teen", "adult", "adolescent", "iop", "php", "core", "main", "daily"}

// joinsOne ends on a client joining one of something: "also join one ",
// "attend a ". ("Our outpatient program adds a weekly group for
// families" is the program's own.)
var joinsOne = prefilter.MustCompile(`\b(?:attends?|joins?|take\s+part\s+in|takes\s+part\s+in)\s+(?:a|one)\s+$`)

// groupForFamilies opens on a group for the families after its rate:
// " group for family members", " support group for parents".
var groupForFamilies = prefilter.MustCompile(`^\s+(?:[a-z-]+\s+){0,2}group\s+for\s+(?:(?:their|your)\s+)?(?:family|families|parents|caregivers|loved\s+ones|relatives|spouses|partners)\b`)

// programBetween reports a program named between from and to: "… alumni
// meet weekly while the IOP continues three days a week" names whose
// figure follows.
func programBetween(s *sentence, from, to int) bool {
	for _, m := range s.mentions {
		if m.start >= from && m.end <= to && programSubject(m.subject) {
			return true
		}
	}
	return false
}
