package claims

import (
	"slices"
	"strings"

	"github.com/factlint/factlint/internal/prefilter"
)

// vacancyWords name a job the provider is filling: the hours and days around
// them are the job's ("We are hiring a part-time counselor for 20 hours a
// week", "Forty hours per week. Applicants should have …"). Words that
// clinical text uses as well are left out: "job" and "employment" (keeping
// one's job while in treatment), "candidates" ("good candidates for our
// PHP"), "caseload" ("our therapists keep small caseloads"), "paid time
// off" (which clients use to attend).
var vacancyWords = append([]string{"applicant", "applicants"}, jobOnlyWords...)

// jobOnlyWords are the vacancyWords said of nothing but a job ("the
// applicants" may be applying for a place in the program).
var jobOnlyWords = []string{"hiring", "apply now", "salary", "salaried", "open position", "open positions", "this position", "the position",
	"job opening", "job openings", "job description", "post-licensure", "job posting"}

// jobNouns name a job without saying it is open: "the tech role", "a
// counselor opening".
var jobNouns = []string{"opening", "openings", "role", "roles", "job", "jobs", "position", "positions"}

// vacancyHeaded reports a heading over the text that opens on a vacancy:
// "Careers", "Join our team".
func vacancyHeaded(headings []string) bool {
	for _, h := range headings {
		if hasPrefixWord(lowerASCII(h), vacancyHeadings...) {
			return true
		}
	}
	return false
}

// vacancyHeadings open a heading over job postings ("Careers", "Careers at
// Cedar Hollow", "Join our team"); a heading that only mentions careers
// ("Treatment That Protects Your Career") heads none.
var vacancyHeadings = []string{"careers", "join our team", "open positions", "employment opportunities", "work with us", "job openings", "now hiring",
	"job posting", "shift", "shifts", "about the role"}

// volunteerHeading is a section of volunteers' roles, the heading right
// over the text: "Volunteer roles", "Volunteer with us", "Volunteer at
// Harborlight". (Not a name: "Volunteers of the Valley Recovery
// Services", "Volunteer Park Counseling Center"; nor "Volunteering and
// community service" on a court program's page.)
var volunteerHeading = prefilter.MustCompile(`^(?:volunteer|volunteers|volunteering)(?:\s+(?:roles|opportunities|positions|needs|(?:with|at)\s+(?:us|[a-z]+(?:\s+[a-z]+){0,2})))?\s*:?$`)

// clientsOpen opens a sentence on the people a program serves.
var clientsOpen = prefilter.MustCompile(`^\W*(?:(?:our|the|most|all|each|every|many)\s+)?(?:clients|patients|participants|residents|members|teens|adolescents|client|patient|participant|resident)\b`)

// jobPosting reports a sentence of a job posting, whose figures are the
// job's hours, no program's: the sentence names a vacancy, or its block
// or a heading over it does and the sentence names no program ("Forty
// hours per week. Applicants should have …"; beside "We are not hiring
// at this time", "Our IOP meets three days a week" is still the IOP's).
func (st *state) jobPosting(s *sentence) bool {
	// (The sentence's trigram filter first: few sentences hold any.)
	if s.containsAny(vacancyWords...) && hasWord(s.lower, vacancyWords...) {
		// ("Applicants attend our IOP three days a week", "applicants
		// must finish withdrawal care first": those applying for a place
		// in the program, on a page naming no vacancy.)
		if hasWord(s.lower, "applicant", "applicants") && !hasWord(s.lower, jobOnlyWords...) && !hasWord(s.lower, jobNouns...) && !hasWord(s.lower, jobTitleWords...) && !st.jobPage && !underPosition(s) &&
			!vacancyHeaded(s.block.Headings) && (namesProgram(s) || hasWord(s.lower, "withdrawal", "detox", "treatment", "admission", "admitted", "sober", "sobriety")) {
			return false
		}
		return true
	}
	// "Full-time, 40 hours per week, Monday through Friday, 9:30 a.m. to
	// 6:00 p.m.": the terms of a position, opening on how much of one.
	// ("Type: Full-time, 40 hours/week, non-exempt" under a position's
	// title: the same terms behind a label.)
	if jobTerms.MatchString(s.lower) || (st.jobPage || underPosition(s)) && jobTerms.MatchString(afterLabel(s.lower)) {
		return true
	}
	// ("Your workweek is Tuesday through Saturday, 9:30 a.m. to 5:30 p.m."
	// on a job's page: the position's week.)
	if st.jobPage && workweekOpens.MatchString(s.lower) {
		return true
	}
	// ("The schedule is Tuesday through Saturday, 9:30 a.m. to 5:30 p.m."
	// on a job's page, naming no program: the position's. "The IOP
	// schedule is …" there is the program's.)
	if st.jobPage && plainScheduleOpens.MatchString(s.lower) && !namesProgram(s) {
		return true
	}
	// ("Licensed Addiction Counselor — full time, 40 hours a week": a
	// position and its terms on one line.)
	// (With the terms right after the dash, a specialist or a manager is
	// a position too.)
	// ("Counselor-led outpatient — part time, two evenings a week" names
	// a program.)
	if before, after, ok := cutDash(s.lower); ok && (hasWord(before, jobTitleWords...) || hasWord(before, "specialist", "manager", "director", "coach", "aide", "tech")) && jobTerms.MatchString(after) &&
		(!hasWord(before, "outpatient", "iop", "php", "program", "group", "groups", "treatment", "residential", "track") || endsOnJobTitle(before)) && !strings.Contains(before, "-led") {
		return true
	}
	// ("This is a part-time position of roughly 24 hours a week, built
	// around our adolescent IOP" on a job's page: the position's hours,
	// whatever program it serves. "In this role, you will lead IOP
	// groups that meet three evenings a week" gives the groups'.)
	if st.jobPage && positionExtent.MatchString(s.lower) {
		return true
	}
	// ("Coaches give three hours a week, supporting people just leaving
	// detox": a program named as the step before is not the role's.)
	if namesProgramServed(s) {
		return false
	}
	// ("Participants work through a ten-week curriculum" under "What you'll
	// do": what the clients do is the program's, whoever leads it.)
	if clientsOpen.MatchString(s.lower) {
		return false
	}
	// On a job's own page (".../careers/licensed-therapist/", "Careers ›
	// Licensed Therapist"), "40 hours per week: Monday–Thursday" under
	// "Your schedule" or "Compensation" is the job's too. (Its "Program
	// snapshot" is the program's.)
	if st.jobPage && len(s.block.Headings) > 0 && hasPrefixWord(lowerASCII(s.block.Headings[len(s.block.Headings)-1]), jobSectionHeadings...) {
		return true
	}
	// "Psychiatric Nurse Practitioner – PHP (0.6 FTE)" over "Schedule:
	// three days a week, 8:30 a.m. to 4:00 p.m.": a position's terms on a
	// list of openings, under the job's title.
	if underPosition(s) {
		if label, e := s.label(); e > 0 && hasPrefixWord(lowerASCII(strings.TrimSpace(label)), jobSectionHeadings...) {
			return true
		}
	}
	// (A block's answer holds for all its sentences: read it once.)
	if st.jobBlock != s.bi+1 {
		st.jobBlock, st.jobBlockPosting = s.bi+1, vacancyBlock(st.lower[s.bi], s.block.Headings)
	}
	return st.jobBlockPosting
}

// vacancyBlock reports a block that names a vacancy, or sits under a
// heading that opens on one.
func vacancyBlock(lower string, headings []string) bool {
	if hasWord(lower, vacancyWords...) {
		return true
	}
	// (A volunteer page's roles sit under headings of their own, "Event
	// volunteer"; a section about a program under it is the program's.)
	volunteers := len(headings) > 0 && !hasWord(lowerASCII(headings[len(headings)-1]), "program", "programs", "iop", "php", "residential", "outpatient", "detox", "treatment")
	if vacancyHeaded(headings) {
		return true
	}
	for _, h := range headings {
		if volunteers && volunteerHeading.MatchString(strings.TrimSpace(lowerASCII(h))) {
			return true
		}
	}
	return false
}

// jobTerms opens a sentence on a position's extent, followed by its hours
// or days.
var jobTerms = prefilter.MustCompile(`^\s*(?:full-time|part-time|full\s+time|part\s+time|per\s+diem|prn)\s*[,:;–—-]\s*(?:\d|one|two|three|four|five|six|seven|eight|ten|twelve|twenty|thirty|forty|monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekdays|days|evenings|nights|rotating)`)

// positionExtent is a position said to be of an extent: "a part-time
// position of roughly 24 hours", "a full-time role of five days".
var positionExtent = prefilter.MustCompile(`\b(?:part-time|full-time|part\s+time|full\s+time|per\s+diem)\s+(?:position|role|job)\s+(?:of|at)\s+(?:about\s+|roughly\s+|around\s+|approximately\s+|up\s+to\s+)?(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|sixteen|eighteen|twenty|thirty|forty)`)

// plainScheduleOpens opens a sentence on a schedule that names no one's:
// "The schedule is ", "The hours are ".
var plainScheduleOpens = prefilter.MustCompile(`^\W*the\s+(?:schedule|hours)\s+(?:is|are|will\s+be)\b`)

// workweekOpens opens a sentence on the position's own week: "Your
// workweek is ", "The schedule for this role is ".
var workweekOpens = prefilter.MustCompile(`^\W*(?:your|the|this\s+role's|this\s+position's)\s+(?:work\s*week|workweek|work\s+schedule|shifts?|schedule\s+for\s+this\s+(?:role|position))\s+(?:is|are|runs|will\s+be)\b`)

// underPosition reports a sentence under a heading naming a position
// ("Licensed Alcohol and Drug Counselor – Evening IOP", "Front Desk
// Coordinator"), not a program, track or message named after a role
// ("Peer Recovery Specialist Support Track", "Medical Director's
// Message").
func underPosition(s *sentence) bool {
	hs := s.block.Headings
	if len(hs) == 0 {
		return false
	}
	h := lowerASCII(hs[len(hs)-1])
	return hasWord(h, jobTitleWords...) && !hasWord(h, "program", "programs", "track", "tracks", "group", "groups", "message", "team", "letter", "clinic", "service", "services", "nurse-led")
}

// jobTitleWords name a position: "Licensed Alcohol and Drug Counselor",
// "Front Desk Coordinator", "Nurse Practitioner (0.6 FTE)". (A
// director, manager or specialist is named in too many other headings.)
var jobTitleWords = []string{"counselor", "counsellor", "nurse", "therapist", "coordinator", "technician", "practitioner",
	"receptionist", "assistant", "fte", "ladc", "lcsw", "lpc", "lpn", "cna", "intern", "internship", "position", "opening"}

// jobSectionHeadings open the sections of a job's page about the job
// itself.
var jobSectionHeadings = []string{"your schedule", "schedule", "hours", "shift", "shifts", "compensation", "pay", "salary", "benefits",
	"pay and benefits", "requirements", "qualifications", "what you'll do", "what you’ll do", "responsibilities", "the role", "position", "about the job"}

// researchPage reports a page of research studies: its address files it
// under research, trials or studies ("…/psychiatry/research/addiction-
// trials"), or its title names clinical trials or research studies. Its
// figures said of no program are a study's visits and spans.
func researchPage(addr, title string) bool {
	for _, seg := range strings.Split(strings.ToLower(addr), "/") {
		switch seg {
		case "research", "clinical-trials", "trials", "studies", "clinical-research":
			return true
		}
	}
	return strings.Contains(title, "clinical trial") || strings.Contains(title, "research stud") || strings.Contains(title, "research trial")
}

// jobPage reports a page of one job: its address is in a careers or jobs
// folder below the folder itself, or its title opens on a vacancy heading
// ("Careers › Licensed Therapist"). (A careers folder's own page, a list
// of openings, may speak of the programs too.)
func jobPage(addr, title string) bool {
	l := strings.ToLower(addr)
	// ("/employment/job-readiness-iop/" is a program for clients.)
	for _, p := range []string{"/careers/", "/jobs/", "/job/"} {
		if k := strings.Index(l, p); k >= 0 && strings.Trim(l[k+len(p):], "/") != "" {
			return true
		}
	}
	return jobTitle(title)
}

// jobTitle reports a title that names one job under the careers
// section: "Careers › Licensed Therapist", "Careers | Peer Mentor". A
// menu opening on it ("Careers | Donate | Patient Portal"), a path on
// through the site ("Careers › Meet Our Team › Jane Ortiz") and a title
// that only opens on the word ("Careers and Recovery: Keeping Your Job")
// name no job.
func jobTitle(title string) bool {
	if !hasPrefixWord(title, "careers") {
		return false
	}
	rest := strings.TrimLeft(title[len("careers"):], " ")
	sep := ""
	for _, s := range []string{"›", ">", "|", "»", ":", "–", "—", "-", "/"} {
		if strings.HasPrefix(rest, s) {
			sep = s
			break
		}
	}
	if sep == "" {
		return false
	}
	job := strings.TrimSpace(rest[len(sep):])
	return job != "" && !strings.Contains(job, sep)
}

// namesProgramServed reports a program named in s other than as the
// step before ("people just leaving detox").
func namesProgramServed(s *sentence) bool {
	for _, m := range s.mentions {
		if programSubject(m.subject) && !afterStep[wordBefore(s.lower, m.start)] {
			return true
		}
	}
	return false
}

// cutDash splits a line at its first spaced dash: "Peer Support
// Specialist — part time, 20 hours a week".
func cutDash(l string) (string, string, bool) {
	for _, d := range []string{" — ", " – ", " - "} {
		if before, after, ok := strings.Cut(l, d); ok {
			return before, after, true
		}
	}
	return "", "", false
}

// endsOnJobTitle reports words ending on a position's title: "PHP
// therapist", "IOP counselor (evenings)" name a position in a program.
func endsOnJobTitle(t string) bool {
	t = strings.TrimSpace(withoutBrackets(t))
	k := strings.LastIndexByte(t, ' ')
	return slices.Contains(jobTitleWords, t[k+1:])
}
