package claims

import (
	"slices"
	"sort"
	"strings"

	"github.com/factlint/factlint/claims/quantity"
	"github.com/factlint/factlint/internal/prefilter"
)

// mention is a place in a sentence that names a subject.
type mention struct {
	start, end int
	subject    Subject
	// contrast marks a program named only to set the subject against it:
	// "unlike residential rehab", "more support than weekly therapy",
	// "step down from PHP", "without requiring inpatient admission",
	// "non-residential". It is never the subject of a claim.
	contrast bool
	// weak marks a bare "outpatient": IOP and PHP are outpatient care too,
	// so it names standard outpatient only in the sentence that says it.
	weak bool
	// classified marks the kind of care something is said to be ("this
	// is an outpatient program"): a contrast that names no other program.
	classified bool
	// ended marks a program an opening clause says is over ("After our
	// IOP ends, …"): what follows the comma is what comes next.
	ended bool
}

// term is one way of naming a subject. Acronyms match case-sensitively
// ("IOP", "PHP", "OP") because their lowercase forms are ordinary letters
// inside other words often enough to matter; phrases match in lowercase.
type term struct {
	text    string
	subject Subject
	acronym bool
}

var builtinTerms = []term{
	{"intensive outpatient", IOP, false},
	{"intensive out-patient", IOP, false},
	{"intensive out patient", IOP, false},
	{"intensives", IOP, false},
	// "Intense outpatient therapy (IOP)": a common misspelling, not
	// weekly outpatient therapy.
	{"intense outpatient", IOP, false},
	// "an extensive outpatient program (IOP)": spun copy's word for
	// intensive.
	{"extensive outpatient program", IOP, false},
	{"extensive outpatient programs", IOP, false},
	{"extensive outpatient treatment", IOP, false},
	// ASAM's fourth edition names Level 2.5 "High-Intensity Outpatient
	// Treatment": partial hospitalization.
	{"high intensity outpatient", PHP, false},
	{"high-intensity outpatient", PHP, false},
	// "After IOP, clients move to low intensity outpatient care": the
	// outpatient level below IOP.
	{"low intensity outpatient", OP, false},
	{"low-intensity outpatient", OP, false},
	{"low intensive outpatient", OP, false},
	{"IOP", IOP, true},
	{"IOPs", IOP, true},
	{"IOP's", IOP, true},
	{"partial hospitalization", PHP, false},
	{"partial hospitalisation", PHP, false},
	// "acute inpatient care … lasting only a few days", "Crisis
	// stabilization units": a hospital's acute stay, no residential
	// program (the labelled pages call it other). ("24/7 inpatient
	// hospitalization" stays the inpatient level a program is set
	// against.)
	{"acute inpatient", Other, false},
	{"crisis stabilization", Other, false},
	{"crisis stabilisation", Other, false},
	// "Partial inpatient programs let clients sleep at home": a spun
	// page's name for partial hospitalization.
	{"partial inpatient", PHP, false},
	{"partial hospital", PHP, false},
	// New Jersey licenses its partial hospitalization level as "Partial
	// Care".
	{"partial care", PHP, false},
	{"day treatment", PHP, false},
	// "Day/night treatment lets people live at home": a partial program
	// run by day or by night.
	{"day/night treatment", PHP, false},
	{"day and night treatment", PHP, false},
	{"day/night program", PHP, false},
	{"day/night programs", PHP, false},
	{"day program", PHP, false},
	{"day programs", PHP, false},
	// "Day hospital track: up to five hours daily": a hospital's partial
	// program, as health systems name it.
	{"day hospital", PHP, false},
	{"day hospitalization", PHP, false},
	{"PHP", PHP, true},
	{"PHPs", PHP, true},
	{"standard outpatient", OP, false},
	{"regular outpatient", OP, false},
	{"routine outpatient", OP, false},
	{"basic outpatient", OP, false},
	// "Regular counseling is usually a single hour, once a week": the
	// once-a-week care below IOP, named by its counseling.
	{"regular counseling", OP, false},
	{"regular counselling", OP, false},
	{"traditional counseling", OP, false},
	{"traditional counselling", OP, false},
	{"standard counseling", OP, false},
	{"ordinary counseling", OP, false},
	// "many continue with an outpatient counselor once a week": the
	// outpatient level's counselor, not a weak "outpatient" the section's
	// program takes over.
	{"outpatient counselor", OP, false},
	{"outpatient counselors", OP, false},
	{"outpatient therapist", OP, false},
	{"outpatient therapists", OP, false},
	{"ordinary counselling", OP, false},
	{"standard counselling", OP, false},
	// ASAM's levels of care name their programs.
	{"level 1 outpatient", OP, false},
	{"level i outpatient", OP, false},
	{"level 2.1", IOP, false},
	{"level 2.5", PHP, false},
	{"level 3.5", Residential, false},
	{"level 3.7", Residential, false},
	{"general outpatient", OP, false},
	{"traditional outpatient", OP, false},
	// "asks more than typical outpatient care, which may meet once or
	// twice a week": the usual outpatient level, as "traditional
	// outpatient" is.
	{"typical outpatient", OP, false},
	{"conventional outpatient", OP, false},
	// "outpatient counseling generally involves 10 to 12 hours per week":
	// standard outpatient care by its usual name, not a weak "outpatient"
	// that may be any of the outpatient levels.
	{"outpatient counseling", OP, false},
	// "… step down to our IOP, and then to outpatient therapy once a
	// week": so is outpatient therapy, the weekly sessions after IOP.
	{"outpatient therapy", OP, false},
	// "Step 3: Outpatient aftercare. One 90-minute group a week": the
	// outpatient level after IOP, not aftercare beside it.
	{"outpatient aftercare", OP, false},
	{"outpatient continuing care", OP, false},
	// "After IOP, most clients continue in weekly outpatient groups for
	// three to six months": the outpatient level's groups.
	{"outpatient groups", OP, false},
	{"outpatient group", OP, false},
	{"outpatient counselling", OP, false},
	// "many continue with an outpatient counselor once a week": the
	// outpatient level's counselor, not a weak "outpatient" the section's
	// program takes over.
	{"outpatient counselor", OP, false},
	{"outpatient counselors", OP, false},
	{"outpatient therapist", OP, false},
	{"outpatient therapists", OP, false},
	{"outpatient", OP, false},
	{"outpatients", OP, false},
	{"out-patient", OP, false},
	{"out-patients", OP, false},
	{"OP", OP, true},
	// "SOP | 1–2 days/week": a standard (or supportive) outpatient
	// program, as level-of-care tables abbreviate it.
	{"SOP", OP, true},
	{"residential", Residential, false},
	{"inpatient", Residential, false},
	{"in-patient", Residential, false},
	// A setting before detox says what kind of detox it is.
	{"outpatient detox", Detox, false},
	{"outpatient detoxification", Detox, false},
	{"ambulatory detox", Detox, false},
	{"ambulatory detoxification", Detox, false},
	{"inpatient detox", Detox, false},
	{"inpatient detoxification", Detox, false},
	{"residential detox", Detox, false},
	{"inpatient withdrawal management", Detox, false},
	{"residential withdrawal management", Detox, false},
	{"outpatient withdrawal management", Detox, false},
	{"ambulatory withdrawal management", Detox, false},
	{"medical withdrawal management", Detox, false},
	{"inpatient withdrawal", Detox, false},
	{"outpatient withdrawal", Detox, false},
	{"ambulatory withdrawal", Detox, false},
	{"withdrawal clinic", Detox, false},
	{"detox", Detox, false},
	{"detoxes", Detox, false},
	{"detoxification", Detox, false},
	{"withdrawal management", Detox, false},
	{"withdrawal unit", Detox, false},
	{"medical withdrawal unit", Detox, false},
	// ASAM's names of the levels of withdrawal care, said without
	// "management" ("Medically monitored withdrawal" heading a section).
	{"medically monitored withdrawal", Detox, false},
	{"medically managed withdrawal", Detox, false},
	{"medically supervised withdrawal", Detox, false},
	{"individual therapy", IndividualTherapy, false},
	{"individual counseling", IndividualTherapy, false},
	{"individual counselling", IndividualTherapy, false},
	{"individual sessions", IndividualTherapy, false},
	{"individual session", IndividualTherapy, false},
	{"private sessions", IndividualTherapy, false},
	{"private session", IndividualTherapy, false},
	{"individual psychotherapy", IndividualTherapy, false},
	// "instead of an hour of talk therapy each week": one client's
	// hour with a therapist.
	{"talk therapy", IndividualTherapy, false},
	// "individual and couples counseling": counseling of one client (or
	// two), said in one breath.
	{"individual and couples counseling", IndividualTherapy, false},
	{"individual and couples therapy", IndividualTherapy, false},
	{"individual and couples counselling", IndividualTherapy, false},
	// "one individual or family session each week": a session with the
	// client, the family sometimes there.
	{"individual or family session", IndividualTherapy, false},
	{"individual or family sessions", IndividualTherapy, false},
	{"individual and family sessions", IndividualTherapy, false},
	{"individual and family therapy", IndividualTherapy, false},
	{"individual or family therapy", IndividualTherapy, false},
	{"individual treatment", IndividualTherapy, false},
	{"one-on-one therapy", IndividualTherapy, false},
	{"one-on-one sessions", IndividualTherapy, false},
	{"one-on-one counseling", IndividualTherapy, false},
	{"one-on-one counselling", IndividualTherapy, false},
	{"one-on-one session", IndividualTherapy, false},
	// "Each week there is also a one-on-one with your therapist": the
	// noun alone, before a person.
	{"one-on-one with your", IndividualTherapy, false},
	{"one-on-one with their", IndividualTherapy, false},
	// "plus one-on-one time with a counselor once a week": time of one's
	// own with a clinician.
	{"one-on-one time", IndividualTherapy, false},
	// (British and Canadian pages write "one-to-one".)
	{"one-to-one sessions", IndividualTherapy, false},
	{"one-to-one session", IndividualTherapy, false},
	{"one-to-one therapy", IndividualTherapy, false},
	{"one-to-one counseling", IndividualTherapy, false},
	{"one-to-one counselling", IndividualTherapy, false},
	{"one-to-one time", IndividualTherapy, false},
	{"one-to-one meetings", IndividualTherapy, false},
	{"1:1 time", IndividualTherapy, false},
	{"individual time", IndividualTherapy, false},
	// "clients also sit down with a primary therapist for an hour every
	// week":
	// one's own therapist is individual care.
	{"with a primary therapist", IndividualTherapy, false},
	{"with your primary therapist", IndividualTherapy, false},
	{"with their primary therapist", IndividualTherapy, false},
	{"with a primary counselor", IndividualTherapy, false},
	{"with your primary counselor", IndividualTherapy, false},
	{"with their primary counselor", IndividualTherapy, false},
	// "meets with that therapist individually": the person, then how.
	{"therapist individually", IndividualTherapy, false},
	{"counselor individually", IndividualTherapy, false},
	{"counsellor individually", IndividualTherapy, false},
	{"clinician individually", IndividualTherapy, false},
	// A counseling session or appointment of one's own is one client's
	// ("group counseling" is matched first); "counseling sessions" in
	// general are a program's.
	{"counseling session", IndividualTherapy, false},
	{"counseling appointment", IndividualTherapy, false},
	{"counseling appointments", IndividualTherapy, false},
	{"counselling session", IndividualTherapy, false},
	{"counselling appointment", IndividualTherapy, false},
	{"therapy appointment", OP, false},
	{"therapy appointments", OP, false},
	{"1:1 therapy", IndividualTherapy, false},
	{"1:1 counseling", IndividualTherapy, false},
	{"1:1 sessions", IndividualTherapy, false},
	{"1:1 session", IndividualTherapy, false},
	{"one-on-one meetings", IndividualTherapy, false},
	{"one-on-one meeting", IndividualTherapy, false},
	// "Clients also meet with an individual counselor every week": the
	// counselor's sessions, not the program's days.
	{"individual counselor", IndividualTherapy, false},
	{"individual counselors", IndividualTherapy, false},
	{"individual counsellor", IndividualTherapy, false},
	{"individual therapist", IndividualTherapy, false},
	{"individual therapists", IndividualTherapy, false},
	{"group therapy", GroupTherapy, false},
	{"group sessions", GroupTherapy, false},
	{"group session", GroupTherapy, false},
	{"group counseling", GroupTherapy, false},
	{"counseling group", GroupTherapy, false},
	{"counseling groups", GroupTherapy, false},
	{"therapy group", GroupTherapy, false},
	{"therapy groups", GroupTherapy, false},
	{"process group", GroupTherapy, false},
	{"process groups", GroupTherapy, false},
	{"group counselling", GroupTherapy, false},
	{"group psychotherapy", GroupTherapy, false},
	// Care after a program ends is none of the programs.
	{"continuing care", Other, false},
	{"continuing-care", Other, false},
	{"family group", Other, false},
	{"psychiatry appointments", Other, false},
	{"psychiatric appointments", Other, false},
	{"psychiatry visits", Other, false},
	// "Psychiatric follow-up once a week" under a line about individual
	// therapy: a prescriber's visit, no therapy session.
	{"psychiatric follow-up", Other, false},
	{"psychiatric follow-ups", Other, false},
	{"psychiatric visit", Other, false},
	{"psychiatric visits", Other, false},
	{"psychiatry visit", Other, false},
	{"psychiatric appointment", Other, false},
	{"psychiatry appointment", Other, false},
	{"medication check", Other, false},
	{"medication checks", Other, false},
	{"medication check-in", Other, false},
	{"medication check-ins", Other, false},
	{"medication management appointments", Other, false},
	{"medication appointments", Other, false},
	// "Visits with a psychiatrist twice a week": a prescriber seen,
	// named by the person.
	{"visits with a psychiatrist", Other, false},
	{"visits with the psychiatrist", Other, false},
	{"visits with your psychiatrist", Other, false},
	{"visit with a psychiatrist", Other, false},
	{"visit with your psychiatrist", Other, false},
	{"appointments with a psychiatrist", Other, false},
	{"appointments with your psychiatrist", Other, false},
	{"appointment with a psychiatrist", Other, false},
	{"psychiatrist visits", Other, false},
	{"psychiatrist appointments", Other, false},
	{"visits with a prescriber", Other, false},
	{"appointments with a nurse practitioner", Other, false},
	{"visits with a nurse practitioner", Other, false},
	{"prescriber visits", Other, false},
	{"family groups", Other, false},
	{"multi-family group", Other, false},
	{"multi-family groups", Other, false},
	{"multifamily group", Other, false},
	{"multifamily groups", Other, false},
	{"family program", Other, false},
	{"family programs", Other, false},
	{"family programming", Other, false},
	{"family education", Other, false},
	{"parent workshops", Other, false},
	{"parenting groups", Other, false},
	{"parent group", Other, false},
	{"parent groups", Other, false},
	{"parenting group", Other, false},
	{"parents group", Other, false},
	{"aftercare", Other, false},
	{"alumni groups", Other, false},
	{"alumni group", Other, false},
	{"aftercare group", Other, false},
	{"alumni meetings", Other, false},
	{"alumni meeting", Other, false},
	{"couples therapy", Other, false},
	{"couples counseling", Other, false},
	{"couples counselling", Other, false},
	{"couples sessions", Other, false},
	{"couples session", Other, false},
	{"family night", Other, false},
	{"family nights", Other, false},
	{"aftercare groups", Other, false},
	{"alumni program", Other, false},
	// Court-ordered driving classes are no treatment program: "DUI
	// classes", "Level II education", "our 12-hour Risk Education class".
	// (Not "an education class" of an IOP, nor "our DUI program", which
	// may be a treatment program.)
	{"dui class", Other, false},
	{"dui classes", Other, false},
	{"dwi class", Other, false},
	{"dwi classes", Other, false},
	{"owi class", Other, false},
	{"owi classes", Other, false},
	{"dui education", Other, false},
	{"dwi education", Other, false},
	{"dui school", Other, false},
	{"dwi school", Other, false},
	{"owi school", Other, false},
	{"dui course", Other, false},
	{"dwi course", Other, false},
	{"drunk driving class", Other, false},
	{"drunk driving classes", Other, false},
	{"drunk driving course", Other, false},
	{"risk education", Other, false},
	{"alcohol and drug education", Other, false},
	{"drug and alcohol education", Other, false},
	{"dui services", Other, false},
	{"dwi services", Other, false},
	{"owi services", Other, false},
	// A camp (a day camp for siblings, a summer camp) is recreation,
	// not a level of care.
	{"camp", Other, false},
	{"camps", Other, false},
	{"level i class", Other, false},
	{"level ii class", Other, false},
	{"level 1 class", Other, false},
	{"level 2 class", Other, false},
	{"education course", Other, false},
	{"education courses", Other, false},
	{"level i education", Other, false},
	{"level ii education", Other, false},
	{"level 1 education", Other, false},
	{"level 2 education", Other, false},
	{"level i alcohol education", Other, false},
	{"level ii alcohol education", Other, false},
	{"traffic school", Other, false},
	{"victim impact panel", Other, false},
	{"dui court", Other, false},
	{"dwi court", Other, false},
	{"drug court", Other, false},
	{"treatment court", Other, false},
	{"specialty court", Other, false},
	// Acute psychiatric care, a mental health crisis's stay of days, is
	// no addiction program of any level.
	{"crisis stabilization units", Other, false},
	{"crisis stabilization unit", Other, false},
	{"acute psychiatric inpatient care", Other, false},
	{"acute psychiatric units", Other, false},
	{"acute psychiatric unit", Other, false},
	{"inpatient psychiatric units", Other, false},
	{"inpatient psychiatric unit", Other, false},
	{"inpatient psychiatric care", Other, false},
	{"psychiatric units", Other, false},
	{"psychiatric unit", Other, false},
	{"psychiatric hospitals", Other, false},
	{"psychiatric hospital", Other, false},
	{"psychiatric hospitalization", Other, false},
	{"sober living", Other, false},
	{"sober living homes", Other, false},
	{"sober houses", Other, false},
	{"sober house", Other, false},
	{"sober homes", Other, false},
	{"sober home", Other, false},
	{"recovery residences", Other, false},
	{"recovery residence", Other, false},
	{"recovery homes", Other, false},
	{"recovery housing", Other, false},
	{"sober housing", Other, false},
	{"transitional housing", Other, false},
	{"transitional living", Other, false},
	{"supportive housing", Other, false},
	{"recovery home", Other, false},
	{"halfway houses", Other, false},
	{"halfway house", Other, false},
	{"family therapy", Other, false},
	{"family counseling", Other, false},
	{"family counselling", Other, false},
	{"family sessions", Other, false},
	{"family session", Other, false},
	{"support organizations", SupportGroup, false},
	{"support organization", SupportGroup, false},
	{"12-step groups", SupportGroup, false},
	{"12-step meetings", SupportGroup, false},
	// "go to community recovery meetings", "peer support meetings
	// outside program hours": mutual help outside the program.
	{"recovery meetings", SupportGroup, false},
	{"recovery meeting", SupportGroup, false},
	{"peer support meetings", SupportGroup, false},
	{"mutual-help groups", SupportGroup, false},
	{"mutual-help group", SupportGroup, false},
	{"mutual-help meeting", SupportGroup, false},
	{"mutual-help meetings", SupportGroup, false},
	{"mutual help meeting", SupportGroup, false},
	{"mutual help meetings", SupportGroup, false},
	{"mutual-support meeting", SupportGroup, false},
	{"mutual-support meetings", SupportGroup, false},
	{"self-help groups", SupportGroup, false},
	{"peer support groups", SupportGroup, false},
	{"support group", SupportGroup, false},
	{"support groups", SupportGroup, false},
	{"alcoholics anonymous", SupportGroup, false},
	{"narcotics anonymous", SupportGroup, false},
	{"aa meetings", SupportGroup, false},
	{"na meetings", SupportGroup, false},
	// A meeting list: "Monday 7:00 p.m. - AA Big Book study, 60 minutes".
	{"AA", SupportGroup, true},
	{"NA", SupportGroup, true},
	// (By their names, capitalised: "smart recovery habits" is none.)
	{"SMART Recovery", SupportGroup, true},
	{"Refuge Recovery", SupportGroup, true},
	{"Celebrate Recovery", SupportGroup, true},
	{"12-step meeting", SupportGroup, false},
}

// counselingLevelNames name counseling as a level of its own, the
// lightest one ("Ongoing counseling / A counselor once or twice a week, for
// people finishing IOP"), but only where they head a line or follow a step
// down (counselingLevel).
var counselingLevelNames = []string{"ongoing counseling", "ongoing counselling", "standard counseling", "traditional counseling",
	"ordinary counseling", "ordinary counselling"}

var counselingLevel = func() map[string]bool {
	m := map[string]bool{}
	for _, n := range counselingLevelNames {
		m[n] = true
	}
	return m
}()

// counselingLevelTerms are counselingLevelNames as names of outpatient
// care.
func counselingLevelTerms() []term {
	out := make([]term, len(counselingLevelNames))
	for i, n := range counselingLevelNames {
		out[i] = term{n, OP, false}
	}
	return out
}

// settingDetoxTerms name detox by its setting and substance: "outpatient
// alcohol and drug detoxification" is detox done as an outpatient, not
// outpatient care, however many substance words stand between.
func settingDetoxTerms() []term {
	var out []term
	for _, setting := range []string{"outpatient", "inpatient", "ambulatory", "residential", "medical"} {
		for _, drug := range []string{"drug", "alcohol", "drug and alcohol", "alcohol and drug", "opioid", "opiate", "substance"} {
			for _, noun := range []string{"detox", "detoxification"} {
				out = append(out, term{setting + " " + drug + " " + noun, Detox, false})
			}
		}
	}
	return out
}

// suspendedDetox follows a setting word that shares the detox named
// after the next one: "(inpatient) vs. outpatient detox".
var suspendedDetox = prefilter.MustCompile(`^\s*(?:vs\.?|versus|or|and|/)\s*(?:inpatient|outpatient|residential|ambulatory)\s+(?:medical\s+|medically\s+(?:supervised|monitored|managed)\s+)?(?:detox|detoxification|withdrawal\s+management)\b`)

// settingOfDetox returns where a detox name ends when a setting word ending
// at e goes on to it with its care words: "inpatient medical detox",
// "inpatient, medically monitored withdrawal management" are the setting
// of the detox, not a residential program beside it. 0 when it does not.
// (Read here rather than as names of their own: four settings by four care
// phrases by three nouns, two ways, were 96 names on the setting words, and
// the setting words are on most pages.)
func settingOfDetox(lower string, e int) int {
	rest := lower[e:]
	if strings.HasPrefix(rest, ", ") {
		rest = rest[2:]
	} else if strings.HasPrefix(rest, " ") {
		rest = rest[1:]
	} else {
		return 0
	}
	care := false
	for _, c := range []string{"medically supervised ", "medically monitored ", "medically managed ", "medical "} {
		if strings.HasPrefix(rest, c) {
			rest, care = rest[len(c):], true
			break
		}
	}
	if !care {
		return 0
	}
	for _, n := range []string{"detoxification", "detox", "withdrawal management"} {
		if strings.HasPrefix(rest, n) && (len(rest) == len(n) || !isWordByte(rest[len(n)])) {
			return len(lower) - len(rest) + len(n)
		}
	}
	return 0
}

// superlativeOf reports "the most intensive outpatient" at i, a
// superlative said of one level, not most IOPs; and "our most intensive
// outpatient level" right after a program it is said of ("Day
// treatment (PHP): our most intensive outpatient option"). Opening
// a sentence, "Our most intensive outpatient level meets …" names the
// IOP.
func superlativeOf(lower string, ms []mention, i int) bool {
	switch wordBefore(lower, lastIndex(lower[:i], "most")) {
	case "the":
		return true
	case "our", "its", "their":
		// ("Our most intensive outpatient level (PHP) meets …": the
		// bracket names the level.)
		if strings.HasPrefix(strings.TrimLeft(wordsAfterOf(lower, i, 4), " "), "(") {
			return true
		}
		if len(ms) == 0 {
			return false
		}
		last := ms[len(ms)-1]
		return programSubject(last.subject) && !last.weak && i-last.end <= 40 && !strings.ContainsAny(lower[last.end:i], ".!?")
	}
	return false
}

// optionNouns name one option among levels of care.
var optionNouns = wordSet("option", "level", "choice", "alternative", "form", "tier")

// ownMostIntensive reports "our most intensive outpatient" at i, opening
// its sentence: the provider's top outpatient level, whichever it is.
func ownMostIntensive(lower string, i int) bool {
	if !strings.HasPrefix(lower[i:], "intensive") || wordBefore(lower, i) != "most" {
		return false
	}
	k := lastIndex(lower[:i], "most")
	w := wordBefore(lower, k)
	return (w == "our" || w == "its" || w == "their") && strings.Trim(lower[:k-len(w)-1], " ") == ""
}

// subjectTerms indexes the names by their first word, so that finding the
// mentions in a text is one pass over its words rather than one search per
// name (which dominated extraction time).
type subjectTerms struct {
	byFirst map[string][]term // longest first
	// starts has a bit for each first two bytes and length of a name's
	// first word: most words of a page start no name, and the bit test
	// spares them the map lookup. (The length keeps out the many words
	// that share a first word's first two bytes, "insurance" and
	// "include" those of "intensive".)
	starts [1 << 16 / 64]uint64
}

func startKey(w string) uint16 {
	var k uint16
	if len(w) == 1 {
		k = uint16(w[0]) << 8
	} else {
		k = uint16(w[0])<<8 | uint16(w[1])
	}
	return k ^ uint16(len(w))*0x9E37
}

func (st *subjectTerms) mayStart(w string) bool {
	k := startKey(w)
	return st.starts[k>>6]&(1<<(k&63)) != 0
}

func newSubjectTerms(synonyms map[Subject][]string) *subjectTerms {
	ts := append(append(append([]term(nil), builtinTerms...), counselingLevelTerms()...), settingDetoxTerms()...)
	for subj, names := range synonyms {
		for _, n := range names {
			if n = strings.TrimSpace(n); n != "" {
				ts = append(ts, term{strings.ToLower(n), subj, false})
			}
		}
	}
	sort.SliceStable(ts, func(i, j int) bool { return len(ts[i].text) > len(ts[j].text) })
	st := &subjectTerms{byFirst: map[string][]term{}}
	for _, t := range ts {
		k := lowerASCII(leadingWord(t.text, 0))
		st.byFirst[k] = append(st.byFirst[k], t)
		if k != "" {
			b := startKey(k)
			st.starts[b>>6] |= 1 << (b & 63)
		}
	}
	return st
}

// leadingWord returns the run of letters and digits at s[i:].
// gluedAcronym is IOP or PHP for an all-capital word of one to three
// capitals and then "IOP" or "PHP" ("MHIOP", "AIOP", "CDPHP"), with an
// "s" for more than one, and the level HIOP (PHP) or LIOP (OP) names;
// "" otherwise.
func gluedAcronym(w string) Subject {
	w = strings.TrimSuffix(w, "s")
	if len(w) < 4 || len(w) > 6 {
		return ""
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return ""
		}
	}
	// ("HIOP", "LIOP": high- and low-intensity outpatient programs, whose
	// "IOP" is no intensive outpatient program: they name the levels
	// above and below it, as "high-intensity outpatient" and
	// "low-intensity outpatient" do.)
	switch w {
	case "HIOP":
		return PHP
	case "LIOP":
		return OP
	}
	switch w[len(w)-3:] {
	case "IOP":
		return IOP
	case "PHP":
		return PHP
	}
	return ""
}

func leadingWord(s string, i int) string {
	j := i
	for j < len(s) && isWordByte(s[j]) {
		j++
	}
	return s[i:j]
}

// find returns the non-overlapping mentions in s (lower is lowerASCII(s)),
// in order of position; at each word the longest name wins.
func (st *subjectTerms) find(s, lower string) []mention {
	var ms []mention
	for i := 0; i < len(lower); {
		if openingMark(lower, i+3) {
			i += 3
			continue
		}
		if !isWordByte(lower[i]) || i > 0 && isWordByte(lower[i-1]) && !openingMark(lower, i) {
			i++
			continue
		}
		w := leadingWord(lower, i)
		next := i + len(w)
		// "CDIOP and MHIOP", "EIOP": a program's acronym with a letter or
		// three of its kind in front (chemical dependency, mental health,
		// evening) is that program.
		if c := s[i]; c >= 'A' && c <= 'Z' && next-i >= 4 {
			if subj := gluedAcronym(s[i:next]); subj != "" {
				ms = append(ms, mention{start: i, end: next, subject: subj})
				i = next
				continue
			}
		}
		if !st.mayStart(w) {
			i = next
			continue
		}
		for _, t := range st.byFirst[w] {
			hay := lower
			if t.acronym {
				hay = s
			}
			e := i + len(t.text)
			if e > len(hay) || hay[i:e] != t.text || e < len(hay) && isWordByte(hay[e]) && !closingMark(hay, e) {
				continue
			}
			// "full-day programs", "half-day treatment": a length of day,
			// not a day program.
			// ("our 28 day rehab program", "shorter 7-14 day programs",
			// "a thirty day program": a number of days, written without
			// the hyphen.)
			// ("a three-hour a day program": hours a day, then the
			// program.)
			if strings.HasPrefix(t.text, "day ") && (i > 0 && lower[i-1] == '-' || countedDays(lower, i) || hoursADay(lower, i)) {
				continue
			}
			// ("Ongoing counseling" heads the lightest level, and clients
			// step down "to ordinary counseling"; "Residents receive
			// ongoing counseling throughout their stay" is a part of
			// theirs.)
			if counselingLevel[t.text] && strings.TrimLeft(lower[:i], " •*-–—") != "" && wordBefore(lower, i) != "to" && wordBefore(lower, i) != "into" {
				continue
			}
			m := mention{start: i, end: e, subject: t.subject, weak: t.text == "outpatient" || t.text == "outpatients"}
			// "Standard adolescent outpatient", "traditional adult
			// outpatient care": the standard level, for whom it is
			// named between.
			if m.weak && t.text == "outpatient" {
				if k := standardFor(lower, i); k >= 0 {
					m.start, m.weak = k, false
				}
			}
			switch t.text {
			case "inpatient", "outpatient", "residential":
				if d := settingOfDetox(lower, e); d > 0 {
					m = mention{start: i, end: d, subject: Detox}
					e = d
				} else if loc := suspendedDetox.FindStringIndex(lower[e:]); loc != nil && !strings.HasSuffix(strings.TrimRight(lower[:i], " "), ",") {
					// "Inpatient vs. outpatient detox", "inpatient or
					// outpatient detox": both settings of detox, one
					// name. (Not the last of a list: "PHP, IOP,
					// residential and outpatient detox".)
					m = mention{start: i, end: e + loc[1], subject: Detox}
					e = m.end
				}
			}
			// "less intensive outpatient services", "a more intensive
			// outpatient option": a comparative, not the IOP's name
			// ("most intensive outpatient programs" is most IOPs).
			// ("PHP is the most intensive outpatient option": a
			// superlative, said of PHP; "the most intensive outpatient
			// programs" are still the most of IOPs.)
			if t.subject == IOP && strings.HasPrefix(t.text, "intensive") {
				// ("Most intensive outpatient option, also known as day
				// treatment": a superlative with its article left off, of
				// one option; "most intensive outpatient programs" are
				// most IOPs.)
				if w := wordBefore(lower, i); w == "less" || w == "more" || w == "least" ||
					w == "most" && (superlativeOf(lower, ms, i) || optionNouns[wordAfter(lower, e)]) && !strings.HasSuffix(wordAfter(lower, e), "s") {
					m.subject, m.weak = OP, true
				}
			}
			// "a wing beside our residential building", "a quiet
			// residential neighborhood": a kind of building or street,
			// no program.
			if t.text == "residential" && residentialPlaces[wordAfter(lower, e)] {
				next = e
				break
			}
			ms = append(ms, m)
			next = e
			break
		}
		i = next
	}
	// "individual IOP treatment": an adjective two words before a therapy noun.
	if loose := individualLoose(lower, ms); len(loose) > 0 {
		ms = append(ms, loose...)
		slices.SortFunc(ms, func(a, b mention) int { return a.start - b.start })
	}
	starts := sentenceStarts{lower: lower}
	for i := range ms {
		// What opens the mention's sentence (mentions are found per
		// block, and come in order).
		open := lower[starts.before(ms[i].start):ms[i].start]
		ms[i].ended = endedClause(lower, ms[i], open)
		ms[i].contrast = ms[i].ended || contrasted(lower, ms, i)
		// "fewer hours than a partial hospitalization track (PHP),
		// meeting …": a short name in brackets after the name it
		// abbreviates is held up as that name is.
		if i > 0 && !ms[i].contrast && ms[i-1].contrast && ms[i-1].subject == ms[i].subject && aliasGap(lower[ms[i-1].end:ms[i].start]) {
			ms[i].contrast = true
		}
		// "This is an outpatient program; every teen goes home": on an
		// IOP or PHP page, a classification, not standard outpatient care.
		if m := &ms[i]; m.subject == OP && classifiedAs(lower, m.start) {
			m.weak, m.contrast, m.classified = true, true, true
		}
		// "Day treatment here … is an intensive outpatient program of five
		// days a week": the kind the program named first is said to be,
		// not a program of its own.
		if m := &ms[i]; m.subject != OP && programSubject(m.subject) && classifiedAs(lower, m.start) && namedBeforeCopula(lower, ms[:i], m) {
			m.contrast, m.classified = true, true
		}
		// "Is this a residential program?": a kind of care the page's
		// program is asked about, not a program of its own.
		if m := &ms[i]; askedKind(open) {
			m.contrast, m.classified = true, true
		}
		// "Day treatment, known in North Carolina as Comprehensive
		// Outpatient Treatment (COT), meets …": another name for the
		// program named before, not a program of its own.
		if m := &ms[i]; i > 0 && !m.contrast && knownAsName(lower[max(0, m.start-70):m.start]) {
			m.contrast, m.classified = true, true
		}
		// "Structured outpatient therapy … offers a path between
		// weekly outpatient therapy and hospital care":
		// outpatient care set between the two is the levels in between,
		// IOP and PHP together, no standard outpatient care.
		if m := &ms[i]; m.subject == OP && !m.contrast && outpatientBetween.MatchString(lower[m.end:min(len(lower), m.end+160)]) {
			m.subject, m.weak = Other, false
		}
	}
	return ms
}

// outpatientBetween follows a kind of outpatient care, in its sentence, with
// the two levels it sits between.
var outpatientBetween = prefilter.MustCompile(`^[^.;!?]{0,80}?\bbetween\s+(?:traditional|standard|regular|routine|weekly|basic)\s+outpatient\s+(?:care|therapy|treatment|counseling|services)\s+and\s+(?:full(?:-time)?\s+|24-hour\s+)?(?:residential|inpatient|hospital)`)

// knownAs ends on the words that give a name another is known by, and
// at most three words of the name before the program's word (the
// group): "known in Ohio as substance abuse comprehensive ", "also
// called ", "referred to as the ".
var knownAs = prefilter.MustCompile(`\b(?:(?:also\s+|sometimes\s+|often\s+)?(?:known|referred\s+to)\s+(?:[a-z]+\s+){0,4}?as|(?:also|sometimes|often)\s+called)\s+(?:the\s+|a\s+|an\s+)?((?:[a-z-]+\s+){0,3})$`)

// knownAsName reports pre ending on knownAs, the name's words before the
// program's word being words of a name ("known as a step down from" is
// no name: it ranks the program after it).
func knownAsName(pre string) bool {
	m := knownAs.FindStringSubmatch(pre)
	return m != nil && !hasWord(m[1], "from", "to", "than", "after", "before", "of", "for", "in", "with", "like")
}

// aliasGap reports what stands between a name and its short name in
// brackets: the bracket, after at most a word that ends the name ("partial
// hospitalization program (PHP)").
func aliasGap(between string) bool {
	rest, ok := strings.CutSuffix(strings.TrimRight(between, " "), "(")
	if !ok {
		return false
	}
	rest = strings.TrimSpace(rest)
	return len(rest) <= 12 && !strings.ContainsAny(rest, " ,.;:()")
}

// hoursADay reports "hour a" or "hours a" right before the word at i:
// "a three-hour a day program", "a 6 hours a day program".
func hoursADay(lower string, i int) bool {
	if wordBefore(lower, i) != "a" {
		return false
	}
	w := wordBefore(lower, lastIndex(lower[:i], "a"))
	return strings.HasSuffix(w, "hour") || strings.HasSuffix(w, "hours")
}

// countedDays reports a number of days right before the word at i: "28
// day", "7-14 day", "thirty day". A week's days or fewer ("Our PHP is a 5
// day program") are how many days a week the day program meets, and a
// label's number ("Phase 2 day program", "Level 10 day program") names it.
func countedDays(lower string, i int) bool {
	w := wordBefore(lower, i)
	n := w
	if k := strings.LastIndexByte(n, '-'); k >= 0 {
		n = n[k+1:]
	}
	if n == "" {
		return false
	}
	v, ok := quantity.ParseNumber(n)
	if !ok || v <= 7 {
		return false
	}
	switch wordBefore(lower, lastIndex(lower[:i], w)) {
	case "phase", "level", "track", "step", "stage", "tier", "group", "room", "unit", "building", "suite":
		return false
	}
	return true
}

// partIncluded reports ms[i] set off right after "including" (past a
// "medical" or "medically supervised"), within 60 bytes of a program named before it in the same sentence.
func partIncluded(lower string, ms []mention, i int) bool {
	if i == 0 {
		return false
	}
	j := ms[i].start
	w := wordBefore(lower, j)
	for n := 0; n < 2 && (w == "medical" || w == "medically" || w == "supervised" || w == "monitored" || w == "managed"); n++ {
		j = lastIndex(lower[:j], w)
		w = wordBefore(lower, j)
	}
	if w != "including" {
		return false
	}
	// Only an aside: "including detox for 5 to 7 days" goes on with the
	// part's own figure.
	if rest := strings.TrimLeft(lower[ms[i].end:], " "); rest != "" && !strings.ContainsAny(rest[:1], ",;:)") {
		return false
	}
	p := ms[i-1]
	return programSubject(p.subject) && !p.weak && ms[i].start-p.end <= 60 && !strings.ContainsAny(lower[p.end:ms[i].start], ".!?")
}

// openingMark reports a curly opening quote or a dash ending right before
// i: a “continuing care” group names continuing care, though the bytes
// of the marks count as word bytes elsewhere (they are not ASCII).
func openingMark(s string, i int) bool {
	return i >= 3 && i <= len(s) && s[i-3] == 0xE2 && s[i-2] == 0x80 && (s[i-1] == 0x9C || s[i-1] == 0x98 || s[i-1] == 0x93 || s[i-1] == 0x94)
}

// closingMark reports a curly closing double quote or a dash starting at i.
func closingMark(s string, i int) bool {
	return i+3 <= len(s) && s[i] == 0xE2 && s[i+1] == 0x80 && (s[i+2] == 0x9D || s[i+2] == 0x93 || s[i+2] == 0x94)
}

// namedBeforeCopula reports another program, named strongly, opening the
// sentence of m before its copula: "Our PHP runs weekdays and is an".
func namedBeforeCopula(lower string, before []mention, m *mention) bool {
	starts := sentenceStarts{lower: lower}
	open := starts.before(m.start)
	for _, o := range before {
		if o.start < open || o.weak || o.contrast || !programSubject(o.subject) || o.subject == m.subject {
			continue
		}
		switch strings.TrimSpace(lower[open:o.start]) {
		case "", "our", "the", "a", "an":
			return true
		}
	}
	return false
}

// askedKind reports a program named after "is this a", "is it an"
// opening a question; open is what opens the sentence up to the name.
func askedKind(open string) bool {
	switch strings.TrimRight(open, " ") {
	case "is this a", "is this an", "is it a", "is it an", "is this", "is this program a", "is this program an":
		return true
	}
	return false
}

// classifiedAs reports a program word after "is a", "is an" or "are":
// the kind of care something is said to be.
func classifiedAs(lower string, i int) bool {
	w := wordBefore(lower, i)
	if w == "are" {
		return true
	}
	if w != "a" && w != "an" {
		return false
	}
	v := wordBefore(lower, lastIndex(lower[:i], w))
	return v == "is" || v == "it's" || v == "it’s" || v == "remains"
}

func overlaps(ms []mention, start, end int) bool {
	for _, m := range ms {
		if start < m.end && m.start < end {
			return true
		}
	}
	return false
}

var therapyNouns = []string{"therapy", "treatment", "counseling", "counselling", "sessions", "session"}

// standardFor is where "standard" (or "traditional", "routine", "regular")
// starts when it and a word of whom care is for come right before i:
// "standard adolescent outpatient"; -1 when they do not.
func standardFor(lower string, i int) int {
	w := wordBefore(lower, i)
	if !forWhomWords[w] {
		return -1
	}
	k := lastIndex(lower[:i], w)
	switch wordBefore(lower, k) {
	case "standard", "traditional", "routine", "regular":
		return lastIndex(lower[:k], wordBefore(lower, k))
	}
	return -1
}

// lowestLevelOf ends on a level named by its rank: "the lightest level
// of ".
var lowestLevelOf = prefilter.MustCompile(`\b(?:lowest|lightest|least\s+intensive|most\s+basic|first)\s+level\s+of\s+$`)

var forWhomWords = wordSet("adolescent", "adolescents", "teen", "teens", "adult", "adults", "youth", "child", "children")

// leavingBefore ends on a level being left, with what else is left
// beside it: "leaving a hospital or ", "finishing their ".
var leavingBefore = prefilter.MustCompile(`\b(?:leaving|finishing|completing|discharged\s+from)\s+(?:an?\s+|the\s+|their\s+|your\s+|his\s+|her\s+|our\s+)?(?:(?:[a-z-]+\s+){1,2}(?:or|and)\s+)?$`)

// individualLoose finds "individual X therapy" with one word between, which
// the fixed terms miss; the found span replaces any mention inside it.
func individualLoose(lower string, ms []mention) []mention {
	var out []mention
	for from := 0; ; {
		i := indexWord(lower, "individual", from)
		if i < 0 {
			return out
		}
		from = i + len("individual")
		// The second field after "individual", read in place: the
		// block's rest split into fields was most of what finding names
		// cost.
		_, f1e, ok := nextField(lower, from)
		if !ok {
			continue
		}
		f2s, f2e, ok := nextField(lower, f1e)
		if !ok {
			continue
		}
		noun := strings.TrimRight(lower[f2s:f2e], ".,;:!?)")
		for _, n := range therapyNouns {
			if noun == n {
				end := f2s + len(noun)
				// Drop the mentions this phrase swallows ("IOP" in "individual IOP treatment").
				for k := range ms {
					if ms[k].start >= i && ms[k].end <= end {
						ms[k].subject = IndividualTherapy
					}
				}
				if !overlaps(ms, i, end) {
					out = append(out, mention{start: i, end: end, subject: IndividualTherapy})
				}
				break
			}
		}
	}
}

// nextField returns the bounds of the first run of non-space bytes at or
// after i, as strings.Fields would split it.
func nextField(s string, i int) (int, int, bool) {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r') {
		i++
	}
	j := i
	for j < len(s) && s[j] != ' ' && s[j] != '\t' && s[j] != '\n' && s[j] != '\r' {
		j++
	}
	return i, j, j > i
}

// programSubject reports whether s names a treatment program (as opposed
// to a therapy modality inside one).
// soleProgramNamed is the one program ms name as subjects (not only to
// set another against), or "" when they name none or several.
func soleProgramNamed(ms []mention) Subject {
	var one Subject
	for _, m := range ms {
		if m.contrast || !programSubject(m.subject) {
			continue
		}
		if one != "" && one != m.subject {
			return ""
		}
		one = m.subject
	}
	return one
}

func programSubject(s Subject) bool {
	switch s {
	case IOP, PHP, OP, Residential, Detox:
		return true
	}
	return false
}

// nextStep are words of going on to a program that mark it as where care
// goes next only after a word of sequence (leadsOn): "stay four to six
// days before transferring to residential care", not "Patients heading to
// our IOP afterward stay 8 weeks".
var nextStep = wordSet("transferring", "transfer", "transfers", "transitions", "discharged", "heading")

// leadsOn reports a word of sequence right before i: "before", "then",
// "until".
func leadsOn(lower string, i int) bool {
	switch wordBefore(lower, i) {
	case "before", "then", "until", "prior":
		return true
	}
	return false
}

var residentialPlaces = wordSet("building", "buildings", "neighborhood", "neighborhoods", "neighbourhood", "neighbourhoods", "area", "areas", "street", "streets", "address", "addresses", "zone", "zoning", "property", "properties", "district", "subdivision")

// contrasted reports whether the i-th mention is named as a contrast: a
// contrast word among the few words before it, skipping articles,
// adjectives and the other programs of a coordination ("unlike inpatient
// or residential rehab").
// comparedAt is where "compared with/to" and at most three small words
// end pre, -1 when they do not.
func comparedAt(pre string) int {
	if k := lastIndex(pre, "compared "); k >= 0 && comparedWith.MatchString(pre[k:]) {
		return k
	}
	return -1
}

var comparedWith = prefilter.MustCompile(`^compared\s+(?:with|to)\s+(?:(?:a|an|the|one|single|weekly|standard|traditional|regular)\s+){0,3}$`)

// opposedAt is where "in contrast to/with" or "as opposed to" and at most
// three small words end pre, -1 when they do not: "In contrast to
// outpatient care, clients stay on site" holds outpatient care up beside
// the program the clause is about.
func opposedAt(pre string) int {
	for _, cue := range [...]string{"contrast ", "opposed "} {
		if k := lastIndex(pre, cue); k >= 0 && opposedTo.MatchString(pre[max(0, k-3):]) {
			return k
		}
	}
	return -1
}

var opposedTo = prefilter.MustCompile(`^(?:in |as )(?:contrast\s+(?:to|with)|opposed\s+to)\s+(?:(?:a|an|the|one|single|weekly|standard|traditional|regular)\s+){0,3}$`)

// negatedBySpacedNon reports "non " or "non- " right before start: "a
// non residential service", and "non- residential" where a line break
// split the word in a document exported to the web.
func negatedBySpacedNon(lower string, start int) bool {
	for _, p := range [...]string{"non ", "non- "} {
		if k := start - len(p); k >= 0 && lower[k:start] == p && (k == 0 || !isWordByte(lower[k-1])) {
			return true
		}
	}
	return false
}

// otherwiseNeeded ends on the care someone would need without the
// program: "would otherwise need ", "otherwise require an ".
var otherwiseNeeded = prefilter.MustCompile(`\botherwise\s+(?:need|needs|require|requires|be\s+in|have\s+to\s+enter|enter)\s+(?:an?\s+|the\s+)?$`)

func contrasted(lower string, ms []mention, i int) bool {
	m := ms[i]
	// "what makes the program intensive compared with a single therapy
	// appointment": the care held up beside it, a word or two on.
	// (Each cue is searched for only in the bytes a cue within reach can
	// start in: the whole block before every mention made blocks of many
	// mentions quadratic.)
	lo := max(0, m.start-40)
	if k := comparedAt(lower[lo:m.start]); k >= 0 {
		return true
	}
	// "a doctor must certify that you would otherwise need inpatient
	// care": the care the program stands in for.
	if otherwiseNeeded.MatchString(lower[lo:m.start]) {
		return true
	}
	lo = max(0, m.start-43)
	if k := opposedAt(lower[lo:m.start]); k >= 0 && m.start-(lo+k) <= 40 {
		return true
	}
	if m.start >= 4 && lower[m.start-4:m.start] == "non-" || m.start >= 3 && lower[m.start-3:m.start] == "non" || negatedBySpacedNon(lower, m.start) {
		return true
	}
	// "needs that reach beyond what an IOP can provide":
	// the care a program is more than.
	lo = max(0, m.start-60)
	if k := lastIndex(lower[lo:m.start], "beyond what "); k >= 0 && !strings.ContainsAny(lower[lo+k:m.start], ",;.") &&
		canOfferAfter.MatchString(lower[m.end:min(len(lower), m.end+60)]) {
		return true
	}
	// "more help than what anyone could reasonably offer inside a
	// traditional outpatient setting": the care a program is more than.
	// (Only the 60 bytes before the mention are read: every mention of
	// a page asks.)
	near := lower[max(0, m.start-60):m.start]
	if k := lastIndex(near, "than what "); k >= 0 && !strings.ContainsAny(near[k:], ",;.") {
		return true
	}
	// "moods that could call for more intensive inpatient or PHP care
	// later": the higher levels a program keeps clients from.
	if m.subject == Residential || m.subject == PHP {
		if k := lastIndex(near, "more intensive "); k >= 0 && onlyCoordinated(lower, ms[:i], m.start-len(near)+k+len("more intensive "), m.start) {
			return true
		}
	}
	// "Adults leaving residential care, or IOP clients whose symptoms
	// are getting worse": people in another program, listed among those
	// a program is for.
	if w := wordBefore(lower, m.start); w == "or" || w == "and" {
		rest := strings.Fields(lower[m.end:min(len(lower), m.end+24)])
		if len(rest) >= 2 && (rest[0] == "clients" || rest[0] == "patients" || rest[0] == "members" || rest[0] == "participants") && rest[1] == "whose" {
			return true
		}
	}
	// "an ideal landing spot after IOP": the level before, not the one
	// the sentence speaks of. (Only right before the name: "after school
	// in our teen IOP" is the IOP's.)
	// ("anyone just leaving a detox unit or residential care": the level
	// left, the step before.)
	if leavingBefore.MatchString(lower[max(0, m.start-48):m.start]) {
		return true
	}
	w, _ := wordBeforeArticle(lower, m.start)
	// ("detox takes place on site before residential begins, usually
	// lasting three to five days": the level after.)
	if w == "after" || w == "before" && beginsAfter(lower, m.end) {
		return true
	}
	// "a 30-day program, focusing mainly on detoxification": what a
	// program is about, not which program it is.
	// ("Rincon Path focuses on standard outpatient care: one group a
	// week": a provider's focus is the program it runs.)
	if focusedOn(lower[max(0, m.start-40):m.start]) && programFocusing(lower, ms, i) {
		return true
	}
	// ("Following PHP, you move to IOP": opening its sentence or clause,
	// "following" names the step before; "the following IOP schedule"
	// lists what comes.)
	if w == "following" {
		k := lastIndex(lower[:m.start], "following")
		if pre := strings.TrimRight(lower[:k], " "); pre == "" || strings.HasSuffix(pre, ",") || strings.HasSuffix(pre, ";") {
			return true
		}
	}
	// "residential-level care", "inpatient-level intensity": a level
	// likened, not the program spoken of.
	if strings.HasPrefix(lower[m.end:], "-level") {
		return true
	}
	// "open to residential graduates": people who finished a program.
	// ("Most residential graduates stayed 45 days", "our residential
	// alumni" open the clause on them: their stay is the program's.)
	switch wordAfter(lower, m.end) {
	case "graduates", "alumni", "grads":
		g := indexFrom(lower, wordAfter(lower, m.end), m.end)
		switch wordAfter(lower, g+len(wordAfter(lower, m.end))) {
		case "stayed", "spent", "completed", "finished", "averaged", "were", "had":
		default:
			return true
		}
	}
	// "PHP clients live in sober housing and attend treatment 6 hours a
	// day": where the program's clients live, not what the figures are of.
	// ("clients may live in our transitional housing for 3 to 6 months"
	// gives the housing's.)
	// ("Our PHP with sober housing runs 6 hours a day": housing the
	// program comes with.)
	if m.subject == Other && strings.Contains(lower[m.start:m.end], "housing") && slices.ContainsFunc(ms[:i], func(o mention) bool { return programSubject(o.subject) }) &&
		(livesIn(lower, m.start) && movesOnToTreatment(lower[m.end:]) || comesWith(lower, m.start)) {
		return true
	}
	// "Our residential program, including detox, lasts 28 days": a part
	// of the program named before, not what the figure is of.
	if partIncluded(lower, ms, i) {
		return true
	}
	// ("Can I go home after detox instead of staying for residential?":
	// the program not taken.)
	if k := lastIndex(lower[:m.start], "instead of "); k >= 0 && insteadOfProgram.MatchString(lower[k:m.start]) {
		return true
	}
	j := m.start
	for n := 0; n < 7 && j > 0; n++ {
		// Step over an earlier mention in the same coordination.
		// (Mentions are in order: past the first one that ends before j
		// and is not beside it, none can be.)
		for k := i - 1; k >= 0; k-- {
			if ms[k].end > j {
				continue
			}
			// ("inpatient/residential programs": one coordination.)
			if strings.Trim(lower[ms[k].end:j], " ,/") != "" {
				break
			}
			j = ms[k].start
		}
		w := wordBefore(lower, j)
		if w == "" {
			return false
		}
		// ("a common step-down after residential care or PHP": every
		// program of the coordination is left behind.)
		if w == "after" && n > 0 {
			return true
		}
		if contrastWords[w] {
			// "Neither our IOP nor our PHP offers detox" denies both.
			return !(w == "nor" && strings.Contains(lower[:j], "neither"))
		}
		// "and like IOP, you return home each evening": the program
		// likened to, set off by its comma.
		// ("Our levels of care, like IOP, include …" names an example:
		// there "like" follows a comma.)
		// ("intensive care like inpatient residential treatment but
		// lets patients go home at night": likened, then set apart.)
		if w == "like" && likenedThenApart(lower[m.end:]) {
			return true
		}
		if w == "like" && strings.HasPrefix(strings.TrimLeft(lower[m.end:], " "), ",") {
			k := lastIndex(lower[:j], "like")
			p := strings.TrimRight(lower[:k], " ")
			if b := wordBefore(lower, k); p == "" || b == "and" || b == "but" || b == "just" {
				return true
			}
		}
		// ("step down into our evening IOP": so does "into" after a
		// step; "move into our sober living house, where …" names a
		// place the clause goes on about.)
		if w == "into" {
			at := lastIndex(lower[:j], w)
			if p := wordBefore(lower, at); p == "down" || p == "up" {
				return true
			}
		}
		if w == "to" {
			at := lastIndex(lower[:j], w)
			p := wordBefore(lower, at)
			// ("Unlike going away to a residential rehab, our IOP members
			// sleep at home": the program gone away to is read on to what
			// governs it.)
			if p == "away" {
				j = lastIndex(lower[:at], p)
				continue
			}
			// ("the closest thing to residential care": the level likened.)
			if p == "thing" {
				switch wordBefore(lower, lastIndex(lower[:at], p)) {
				case "closest", "nearest", "next":
					return true
				}
			}
			// "moves you to PHP", "refers clients to residential care".
			if p == "you" || p == "them" || p == "clients" || p == "patients" || p == "people" {
				if v := wordBefore(lower, lastIndex(lower[:at], p)); v == "moves" || v == "move" || v == "refer" ||
					v == "refers" || v == "referred" || v == "transfer" || v == "transfers" || v == "send" || v == "sends" {
					return true
				}
			}
			// "are referred to a residential program": where clients
			// go instead, not the program the page describes.
			// ("Long-term rehab refers to inpatient programs": a name
			// explained, the program itself.)
			return p == "down" || p == "up" || p == "step-down" || p == "step-up" || p == "transition" || p == "transitioning" || p == "compared" || p == "similar" ||
				p == "referred" || p == "transferred" ||
				nextStep[p] && leadsOn(lower, lastIndex(lower[:at], p)) || p == "moves" || p == "move" ||
				p == "moving" || p == "moved" ||
				p == "alternative" || p == "alternatives" || p == "prior" || p == "preferable" || p == "superior" ||
				p == "comparable" || p == "equivalent" || p == "close" || p == "closest" || p == "nearest"
		}
		// "well under the nine-hour threshold for intensive outpatient
		// care": the program whose bar is named, not the one described.
		if w == "for" {
			if p := wordBefore(lower, lastIndex(lower[:j], w)); thresholdNouns[p] {
				return true
			}
			// "Our IOP is no replacement for inpatient care": the care the
			// program is not.
			if p := wordBefore(lower, lastIndex(lower[:j], w)); p == "substitute" || p == "replacement" || p == "stand-in" {
				return true
			}
		}
		// "the benefits of residential care", "the intensity of inpatient
		// treatment": a program held up for comparison.
		if w == "of" {
			at := lastIndex(lower[:j], w)
			p := wordBefore(lower, at)
			// ("the lightest level of outpatient care" names a level
			// by its rank, no comparison.)
			if p == "level" && lowestLevelOf.MatchString(lower[max(0, m.start-40):m.start]) {
				return false
			}
			// ("well under the time commitment of IOP": the program
			// whose measure is held up.)
			// ("The defining features of an IOP
			// are …": a sentence opening on them is about the program.)
			if comparisonNouns[p] && opensOnNoun(lower, lastIndex(lower[:at], p)) {
				return false
			}
			// "a treatment intensity similar to that of inpatient
			// programs", "more structure than that of weekly therapy":
			// the program whose measure is held up.
			if p == "that" || p == "those" {
				switch wordBefore(lower, lastIndex(lower[:at], p)) {
				case "to", "than", "as", "with":
					return true
				}
			}
			return comparisonNouns[p] || anyIn(lower[max(0, at-40):at], underWords)
		}
		if !skippable[w] {
			return false
		}
		k := lastIndex(lower[:j], w)
		if k < 0 {
			return false
		}
		j = k
		if p := strings.TrimRight(lower[:j], " "); strings.HasSuffix(p, ",") || strings.HasSuffix(p, ";") || strings.HasSuffix(p, ".") {
			return false
		}
	}
	return false
}

// endedClause reports a program named in an opening clause as over
// ("After our intensive outpatient program ends, graduates meet weekly",
// "Once residential treatment is over, …"): the figures after the comma
// are of what follows it. open is what opens the sentence up to m.
func endedClause(lower string, m mention, open string) bool {
	rest := strings.TrimLeft(lower[m.end:], " ")
	for _, w := range []string{"program ", "programs ", "treatment ", "care ", "stay "} {
		rest = strings.TrimPrefix(rest, w)
	}
	// "After detox, clients move into one of our lodges": "after" and
	// the program alone open the clause.
	if strings.HasPrefix(rest, ",") && strings.HasPrefix(open, "after ") && strings.TrimSpace(open[len("after "):]) == "" {
		return true
	}
	// "When you finish IOP, most people move to …": the client finishing
	// it opens the clause.
	if strings.HasPrefix(rest, ",") && finishedOpening.MatchString(open) {
		return true
	}
	end := false
	for _, e := range endings {
		if strings.HasPrefix(rest, e) {
			rest, end = strings.TrimLeft(rest[len(e):], " "), true
			break
		}
	}
	if !end || !strings.HasPrefix(rest, ",") {
		return false
	}
	first, _, _ := strings.Cut(open, " ")
	return first == "after" || first == "once" || first == "when"
}

// sentenceStart is where the sentence holding i begins in a block's
// text: after the last full stop, question or exclamation mark and space
// before it.
func sentenceStart(lower string, i int) int {
	k := 0
	for _, p := range []string{". ", "? ", "! "} {
		if j := lastIndex(lower[:i], p); j >= 0 && j+2 > k {
			k = j + 2
		}
	}
	return k
}

// sentenceStarts answers sentenceStart for positions asked in order, in
// one pass over the text: find asks it of every mention, and a search
// back to the block's start for each made long blocks cost more than
// their length.
type sentenceStarts struct {
	lower    string
	from, at int // the next byte to look at; the start found so far
}

// before is sentenceStart(s.lower, i); i may not be less than the last.
func (s *sentenceStarts) before(i int) int {
	for ; s.from+2 <= i; s.from++ {
		if c := s.lower[s.from]; s.lower[s.from+1] == ' ' && (c == '.' || c == '?' || c == '!') {
			s.at = s.from + 2
		}
	}
	return s.at
}

// finishedOpening is a clause opening on someone finishing a program:
// "when you finish", "once clients complete their", "after graduating from".
var finishedOpening = prefilter.MustCompile(`^(?:when|once|after)\s+(?:(?:you|clients|patients|participants|people|most\s+people)\s+)?(?:finish|finishes|finishing|complete|completes|completing|graduate\s+from|graduating\s+from|leave|leaving)\s+(?:the\s+|our\s+|your\s+|their\s+)?$`)

var endings = []string{"ends", "has ended", "is over", "is complete", "is completed", "is finished", "is done",
	"concludes", "has concluded", "wraps up", "comes to an end", "draws to a close"}

// movesOnToTreatment reports a clause going on from where clients live to
// what they attend: " and attend treatment …", " while attending groups".
func movesOnToTreatment(rest string) bool {
	for _, p := range []string{" and attend", ", attend", " and come", " and go to", " and participate", " and take part", " while attending", " while they attend"} {
		if strings.HasPrefix(rest, p) {
			return true
		}
	}
	return false
}

// comesWith reports housing a program comes with: "with sober housing",
// "which includes supportive housing", "plus recovery housing".
func comesWith(lower string, i int) bool {
	switch w, _ := wordBeforeArticle(lower, i); w {
	case "with", "includes", "include", "including", "plus":
		return true
	}
	return false
}

// wordBeforeArticle is the word before i past one article or "our" ("via"
// in "via the IOPs"), and where that article starts (i when there is none).
func wordBeforeArticle(lower string, i int) (string, int) {
	return wordPast(lower, i, articleWords)
}

// articleWords are the words wordBeforeArticle steps over.
var articleWords = wordSet("the", "our", "an", "a")

// wordPast is the word before i past one word of skip, and where that
// word starts (i when there is none).
func wordPast(lower string, i int, skip map[string]bool) (string, int) {
	w := wordBefore(lower, i)
	if skip[w] {
		i = lastIndex(lower[:i], w)
		w = wordBefore(lower, i)
	}
	return w, i
}

// livesIn reports "live in", "stay in our", "reside at the" right before i.
func livesIn(lower string, i int) bool {
	w, i := wordBeforeArticle(lower, i)
	if w != "in" && w != "at" {
		return false
	}
	switch wordBefore(lower, lastIndex(lower[:i], w)) {
	case "live", "lives", "living", "stay", "stays", "staying", "reside", "resides":
		return true
	}
	return false
}

// insteadOfProgram is "instead of" taking the program as its object: "instead
// of staying for residential", "instead of an inpatient stay" (not
// "instead of going home during residential treatment").
var insteadOfProgram = prefilter.MustCompile(`^instead of (?:(?:staying|going|entering|attending|choosing|doing|starting)\s+(?:(?:for|in|into|to|at|with)\s+)?)?(?:a\s+|an\s+|the\s+|our\s+)?$`)

// canOfferAfter opens on what the care named can give, in the same
// clause: "… can offer", " or an IOP can provide".
var canOfferAfter = prefilter.MustCompile(`^[^,;.]*?\b(?:can|could|may|will|would|is\s+able\s+to)\s+(?:offer|provide|give|handle|manage|deliver)\b`)

var contrastWords = wordSet("unlike", "than", "without", "from", "instead", "versus", "vs", "between", "rather", "except", "nor", "alternative", "beyond", "outside", "over", "not",
	// "mimics residential care without the overnight stay": the program
	// imitated is held up for comparison.
	"mimics", "mimic", "mirrors", "resembles", "resemble", "replicates", "emulates",
	// "people who have completed residential treatment": a program left
	// behind.
	"completed", "finished", "completing", "finishing", "left", "leaving", "graduated",
	// "PHP is a step below inpatient care and must include …": the level
	// it is ranked against.
	"below", "above", "beneath")

var comparisonNouns = wordSet("benefits", "advantages", "aspects", "features", "intensity", "structure", "elements", "level",
	"equivalent", "instead", "cost", "costs")

// skippable words may sit between a contrast word and the program it
// governs: "than standard weekly outpatient", "from a full-time inpatient".
var skippable = wordSet("a", "an", "the", "or", "and", "of", "standard", "traditional", "full-time", "weekly", "more",
	"intensive", "requiring", "require", "going", "higher", "lower", "levels", "level", "care", "typical", "other",
	"an", "in", "into", "into a", "inside", "24-hour", "overnight", "costly", "expensive", "full", "complete", "time", "stay", "stays", "staying", "living", "live",
	"treatment", "rehab", "programs", "program", "our", "their", "your", "its",
	// "more support than weekly therapy or an after-school IOP",
	// "between residential treatment and our evening IOP".
	"therapy", "counseling", "evening", "morning", "daytime", "after-school", "teen", "adolescent", "adult", "virtual",
	// "no substitute for medically supervised detox".
	"medical", "medically", "supervised", "monitored", "managed")

// Subjects lists every subject a claim can have, in a fixed order.
func Subjects() []Subject {
	return []Subject{IOP, PHP, OP, Residential, Detox, IndividualTherapy, GroupTherapy, SupportGroup, Other}
}

// beginsWords after "before <program>" make it the level that follows.
var beginsWords = wordSet("begins", "begin", "starts", "start")

// beginsAfter reports a beginning right after i, past a noun of care:
// "before residential begins", "before residential treatment starts".
func beginsAfter(lower string, i int) bool {
	w := wordAfter(lower, i)
	switch w {
	case "treatment", "care", "program", "programming", "stay":
		i = indexFrom(lower, w, i) + len(w)
		w = wordAfter(lower, i)
	}
	return beginsWords[w]
}

var thresholdNouns = wordSet("threshold", "minimum", "cutoff", "cut-off", "bar", "floor", "ceiling", "benchmark")

// underWords put a figure below a program's: "well under the time
// commitment of", "far below the hours of".
var underWords = []string{"well under ", "well below ", "far under ", "far below ", "just under ", "just below "}

// wordsAfterOf is what follows the n words from i on: "(PHP) meets" after
// "intensive outpatient level".
func wordsAfterOf(lower string, i, n int) string {
	j := i
	for ; n > 0 && j < len(lower); n-- {
		for j < len(lower) && lower[j] == ' ' {
			j++
		}
		if j < len(lower) && lower[j] == '(' {
			break
		}
		for j < len(lower) && lower[j] != ' ' {
			j++
		}
	}
	return lower[j:]
}

// onlyCoordinated reports that lower[from:to] holds nothing but the
// mentions of ms inside it joined by "or", "and" and commas: the
// programs of one coordination.
func onlyCoordinated(lower string, ms []mention, from, to int) bool {
	rest := []byte(lower[from:to])
	for _, o := range ms {
		if o.start >= from && o.end <= to {
			for j := o.start; j < o.end; j++ {
				rest[j-from] = ' '
			}
		}
	}
	for _, w := range strings.Fields(strings.ReplaceAll(string(rest), ",", " ")) {
		if w != "or" && w != "and" {
			return false
		}
	}
	return true
}

// likenedThenApart reports a likeness the clause then qualifies with
// "but", a few words on and before any other punctuation: "like
// residential treatment (rehab) but …".
func likenedThenApart(rest string) bool {
	k := strings.Index(rest, " but ")
	if k < 0 || k > 40 {
		return false
	}
	return !strings.ContainsAny(rest[:k], ".;:,")
}

// programFocusing reports a program named before mention i in its
// clause, whose focus the mention is: "a 30-day program, focusing mainly
// on detoxification".
func programFocusing(lower string, ms []mention, i int) bool {
	for j := i - 1; j >= 0; j-- {
		if ms[j].end <= ms[i].start && ms[i].start-ms[j].end <= 80 && !strings.ContainsAny(lower[ms[j].end:ms[i].start], ".;:") {
			return true
		}
	}
	return strings.Contains(lower[max(0, ms[i].start-60):ms[i].start], "program")
}

// focusedOn reports before ending in a program's focus named before its
// object. (The expression runs only where its last words are: every
// mention of a page asks.)
func focusedOn(before string) bool {
	w := wordBefore(before, len(strings.TrimRight(before, " \t\n\r\f")))
	return (w == "on" || w == "the") && focusOn.MatchString(before)
}

// focusOn ends in a program's focus named before its object.
var focusOn = prefilter.MustCompile(`\b(?:focus|focuses|focused|focusing|centered|centred|concentrating|concentrates)\s+(?:(?:mainly|mostly|primarily|largely|heavily|chiefly)\s+)?on\s+(?:the\s+)?$`)

// opensOnNoun reports the noun at k opening its sentence, after "the" and
// at most one adjective: "The defining features of …".
func opensOnNoun(lower string, k int) bool {
	if k < 0 {
		return false
	}
	ws := strings.Fields(lower[sentenceStart(lower, k):k])
	return len(ws) >= 1 && len(ws) <= 2 && ws[0] == "the"
}
