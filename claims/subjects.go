package claims

import (
	"sort"
	"strings"
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
	// "Day-patient treatment": the day level as British and Australian
	// services name it (not "daycare" in any form, mostly children's or
	// elders' care; nor "day patient" spaced, as in "each day patient
	// care").
	{"day-patient", PHP, false},
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
	{"level 3.1", Residential, false},
	{"level 3.3", Residential, false},
	// (In Roman numerals, as state standards write them: "Level II.1
	// treatment".)
	{"level ii.1", IOP, false},
	{"level ii.5", PHP, false},
	{"level iii.1", Residential, false},
	{"level iii.3", Residential, false},
	{"level iii.5", Residential, false},
	{"level iii.7", Residential, false},
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
	// Spelled apart, but only before what it names: "in patient care"
	// and "in patient treatment" may be a skill in treating patients.
	{"in patient program", Residential, false},
	{"in patient programs", Residential, false},
	{"in patient rehab", Residential, false},
	{"in patient facility", Residential, false},
	{"in patient stay", Residential, false},
	// "a 9 to 12 month in-residence program": a program clients live in.
	{"in-residence program", Residential, false},
	{"in-residence programs", Residential, false},
	{"in-residence treatment", Residential, false},
	{"in-residence rehabilitation", Residential, false},
	// A setting before detox says what kind of detox it is.
	{"outpatient detox", Detox, false},
	{"outpatient detoxification", Detox, false},
	{"ambulatory detox", Detox, false},
	{"ambulatory detoxification", Detox, false},
	{"inpatient detox", Detox, false},
	{"inpatient detoxification", Detox, false},
	{"in-patient detox", Detox, false},
	{"in-patient detoxification", Detox, false},
	{"in-patient withdrawal", Detox, false},
	{"residential detox", Detox, false},
	{"residential detoxification", Detox, false},
	{"inpatient withdrawal management", Detox, false},
	{"residential withdrawal management", Detox, false},
	{"outpatient withdrawal management", Detox, false},
	{"ambulatory withdrawal management", Detox, false},
	{"medical withdrawal management", Detox, false},
	{"inpatient withdrawal", Detox, false},
	// ("A residential withdrawal stay usually lasts 5 to 10 days",
	// "non-residential withdrawal": the names of detox in Australian and
	// British services. Not "withdrawal services" alone, which a
	// residential program "includes".)
	{"residential withdrawal", Detox, false},
	{"non-residential withdrawal", Detox, false},
	{"home-based withdrawal", Detox, false},
	{"outpatient withdrawal", Detox, false},
	{"ambulatory withdrawal", Detox, false},
	{"withdrawal clinic", Detox, false},
	{"detox", Detox, false},
	{"detoxes", Detox, false},
	{"detoxification", Detox, false},
	{"withdrawal management", Detox, false},
	// "Caring for withdrawal is not a usual part of our IOP":
	// care for withdrawal, which is what detox is.
	{"managing withdrawal", Detox, false},
	{"management of withdrawal", Detox, false},
	{"treating withdrawal", Detox, false},
	{"treatment of withdrawal", Detox, false},
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
	{"individual meetings", IndividualTherapy, false},
	{"individual meeting", IndividualTherapy, false},
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
	{"group therapies", GroupTherapy, false},
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
	// ("Psychoeducation groups are held weekly": a group of the
	// program's, no day of the whole program.)
	{"education group", GroupTherapy, false},
	{"education groups", GroupTherapy, false},
	{"educational group", GroupTherapy, false},
	{"educational groups", GroupTherapy, false},
	{"psychoeducation group", GroupTherapy, false},
	{"psychoeducation groups", GroupTherapy, false},
	{"psycho-education group", GroupTherapy, false},
	{"psycho-education groups", GroupTherapy, false},
	{"psychoeducational group", GroupTherapy, false},
	{"psychoeducational groups", GroupTherapy, false},
	// Care after a program ends is none of the programs.
	{"continuing care", Other, false},
	{"continuing-care", Other, false},
	{"family group", Other, false},
	{"psychiatry appointments", Other, false},
	{"psychiatric appointments", Other, false},
	{"psychiatry visits", Other, false},
	// ("nursing at any hour, weekly pediatrician visits and help with
	// medications": a doctor's rounds, no day of the program.)
	{"pediatrician visits", Other, false},
	{"paediatrician visits", Other, false},
	{"physician visits", Other, false},
	{"doctor visits", Other, false},
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
	// "Psychiatric sessions are scheduled once a week", "medication
	// management visits": a prescriber's sessions, named by their kind.
	{"psychiatric sessions", Other, false},
	{"psychiatric session", Other, false},
	{"psychiatry sessions", Other, false},
	{"psychiatry session", Other, false},
	{"medication management visits", Other, false},
	{"medication management visit", Other, false},
	{"medication management sessions", Other, false},
	{"medication management session", Other, false},
	{"medication management appointment", Other, false},
	{"visits with a prescriber", Other, false},
	{"appointments with a nurse practitioner", Other, false},
	{"visits with a nurse practitioner", Other, false},
	{"prescriber visits", Other, false},
	// "Follow-up visits are shorter, usually 20 to 30 minutes, and
	// happen at least weekly": a prescriber's visits, timed on their own.
	{"follow-up visits", Other, false},
	{"follow-up visit", Other, false},
	{"psychiatry follow-ups", Other, false},
	{"psychiatric follow-ups", Other, false},
	{"psychiatry visits", Other, false},
	{"psychiatric visits", Other, false},
	{"medication visits", Other, false},
	{"medication checks", Other, false},
	{"medication check-ins", Other, false},
	{"family groups", Other, false},
	{"multi-family group", Other, false},
	{"multi-family groups", Other, false},
	{"multifamily group", Other, false},
	{"multifamily groups", Other, false},
	// "weekly multifamily therapy sessions": the families' sessions, met
	// with other families, as the group is.
	{"multifamily therapy", Other, false},
	{"multi-family therapy", Other, false},
	{"multifamily sessions", Other, false},
	{"multi-family sessions", Other, false},
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
	// (Written with a hyphen as often: "After-care groups meet
	// weekly".)
	{"after-care", Other, false},
	{"after-care group", Other, false},
	{"after-care groups", Other, false},
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
	// "A family workshop is held every Saturday from 9 to 5".
	{"family workshop", Other, false},
	{"family workshops", Other, false},
	// "The family support circle meets every Sunday": the families'.
	{"family support circle", Other, false},
	{"family circle", Other, false},
	{"support circle", Other, false},
	// "A caregiver meeting once a week", "a parent night every
	// Thursday": the families' own evening, none of the program's days.
	{"family meeting", Other, false},
	{"family meetings", Other, false},
	{"caregiver meeting", Other, false},
	{"caregiver meetings", Other, false},
	{"caregivers meeting", Other, false},
	{"parent meeting", Other, false},
	{"parent meetings", Other, false},
	{"parents meeting", Other, false},
	{"parent night", Other, false},
	{"parent nights", Other, false},
	{"parents night", Other, false},
	{"caregiver night", Other, false},
	{"caregiver group", Other, false},
	{"caregiver groups", Other, false},
	{"caregiver session", Other, false},
	{"caregiver sessions", Other, false},
	{"parent session", Other, false},
	{"parent sessions", Other, false},
	{"aftercare groups", Other, false},
	{"alumni program", Other, false},
	// "our maintenance group, which meets once a week", "a
	// continuing-care group": the weekly group clients keep after the
	// program, none of its own meetings. (A "step-down group" may be the
	// program itself: "Our IOP, a step-down group for PHP graduates".)
	{"maintenance group", Other, false},
	{"maintenance groups", Other, false},
	{"continuing care group", Other, false},
	{"continuing care groups", Other, false},
	{"continuing-care group", Other, false},
	{"continuing-care groups", Other, false},
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
	// A school that houses its students, the step after a wilderness
	// program or a treatment center, is no treatment program.
	{"therapeutic boarding schools", Other, false},
	{"therapeutic boarding school", Other, false},
	{"emotional growth schools", Other, false},
	{"emotional growth school", Other, false},
	{"therapeutic schools", Other, false},
	{"therapeutic school", Other, false},
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
	{"transitional house", Other, false},
	{"transitional houses", Other, false},
	{"supportive housing", Other, false},
	{"recovery home", Other, false},
	{"halfway houses", Other, false},
	{"halfway house", Other, false},
	// "Men typically stay in a re-entry home for six months": the
	// sober house graduates move on to, no treatment.
	{"re-entry homes", Other, false},
	{"re-entry home", Other, false},
	{"reentry homes", Other, false},
	{"reentry home", Other, false},
	{"re-entry houses", Other, false},
	{"re-entry house", Other, false},
	{"sober living houses", Other, false},
	{"sober living house", Other, false},
	{"sober-living homes", Other, false},
	{"sober-living home", Other, false},
	// "Bible study is held two evenings a week": an activity of its own,
	// not the program's schedule.
	{"bible study", Other, false},
	{"bible studies", Other, false},
	{"scripture study", Other, false},
	{"personal study", Other, false},
	{"family therapy", Other, false},
	{"family counseling", Other, false},
	{"family counselling", Other, false},
	{"family sessions", Other, false},
	{"family session", Other, false},
	// "one family-based treatment session every week", "Teens also
	// attend one FBT session": a family's sessions, named by the
	// treatment's name.
	// "A parent education group runs every Tuesday": the parents'
	// meetings, not the teen program's.
	{"parent education group", Other, false},
	{"parent education groups", Other, false},
	{"parent education", Other, false},
	{"parent support group", Other, false},
	{"parent support groups", Other, false},
	{"parents' group", Other, false},
	{"parenting class", Other, false},
	{"parenting classes", Other, false},
	{"family treatment sessions", Other, false},
	{"family treatment session", Other, false},
	{"family-based treatment", Other, false},
	{"family-based therapy", Other, false},
	{"FBT", Other, true},
	{"multifamily sessions", Other, false},
	{"multifamily session", Other, false},
	{"multi-family sessions", Other, false},
	{"multi-family session", Other, false},
	{"couples therapy", Other, false},
	{"couples counseling", Other, false},
	{"couples counselling", Other, false},
	// "Al-Anon groups usually meet weekly": the fellowships for
	// families, mutual help outside any program.
	{"al-anon", SupportGroup, false},
	{"nar-anon", SupportGroup, false},
	{"alateen", SupportGroup, false},
	{"families anonymous", SupportGroup, false},
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
	// (Spelled out or without the hyphen, as often. Not "twelve-step group
	// therapy", a program's group therapy.)
	{"12 step groups", SupportGroup, false},
	{"12 step meetings", SupportGroup, false},
	{"12 step meeting", SupportGroup, false},
	{"twelve-step groups", SupportGroup, false},
	{"twelve-step meetings", SupportGroup, false},
	{"twelve-step meeting", SupportGroup, false},
	{"twelve step groups", SupportGroup, false},
	{"twelve step meetings", SupportGroup, false},
	{"twelve step meeting", SupportGroup, false},
	// ("attend 12-Step program meetings three times a week": the
	// fellowship's meetings, named by its program of steps.)
	{"12-step program meetings", SupportGroup, false},
	{"12-step program meeting", SupportGroup, false},
	{"12 step program meetings", SupportGroup, false},
	{"twelve-step program meetings", SupportGroup, false},
	{"twelve-step program meeting", SupportGroup, false},
	{"twelve step program meetings", SupportGroup, false},
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
	// ("Our day programme runs three days a week": British and
	// Australian copy spells the noun of every "… program" name so.)
	for _, t := range ts {
		if base, ok := strings.CutSuffix(t.text, " program"); ok {
			ts = append(ts, term{base + " programme", t.subject, t.acronym})
		} else if base, ok := strings.CutSuffix(t.text, " programs"); ok {
			ts = append(ts, term{base + " programmes", t.subject, t.acronym})
		}
	}
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
		if one != NoSubject && one != m.subject {
			return NoSubject
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

// Subjects lists every subject a claim can have, in a fixed order.
func Subjects() []Subject {
	return []Subject{IOP, PHP, OP, Residential, Detox, IndividualTherapy, GroupTherapy, SupportGroup, Other}
}
