package claims_test

import "testing"

// A span that marks a point reached during a stay ("After ten days in
// residential care, residents may use their phones"; "once your son has
// been in treatment for three weeks") is not the stay's length, unless
// the clause it leads to moves the client on.
func TestPointInStay(t *testing.T) {
	page := func(s string) string {
		return "SOURCE: https://larkspur.example/programs/residential\n\nResidential Treatment\n\n" + s + "\n"
	}
	checkLines(t, page, []lineCase{
		{"After ten days in residential care, residents may use their phones in the evening.", ""},
		{"After about two weeks of treatment, most residents are ready for a first family session.", ""},
		{"Parents may visit once your son has been in treatment for three weeks.", ""},
		{"Weekend passes start after the client has been with us for 21 days.", ""},
		{"After 28 days in residential care, most residents move to our day program.", "program-length residential 28"},
		{"After 45 days of residential treatment, clients step down to outpatient care.", "program-length residential 45"},
		{"Residents graduate once they have been in the program for 60 days.", "program-length residential 60"},
		{"After 35 days in residential care, residents celebrate with a small ceremony.", "program-length residential 35"},
		{"After 40 days of residential treatment, the stay is over.", "program-length residential 40"},
		// The point may trail the clause it times.
		{"Most residents start a part-time job after 30 days in residential treatment.", ""},
		{"Residents earn weekend passes after 21 days of residential care.", ""},
		{"Most people head home after about 45 days in residential care.", "program-length residential 45"},
		{"Most clients go back to their jobs after six weeks in our residential program.", "program-length residential 42"},
	})
}

// Where someone other than a client sleeps (a spouse, a client's guests,
// children, therapists asked about) is not where the clients live.
func TestOthersLive(t *testing.T) {
	page := func(s string) string {
		return "SOURCE: https://larkspur.example/programs/residential\n\nResidential Treatment\n\n" + s + "\n"
	}
	checkLines(t, page, []lineCase{
		{"Can my wife stay the night?\n\nNo. Husbands and wives head home when visiting hours end.", ""},
		{"Guests of our residents cannot stay overnight on the property.", ""},
		{"Can the children come along?\n\nNo, children stay at home with a relative; they may visit on Saturdays.", ""},
		{"Do counselors live at the ranch?\n\nNo. They go home at the end of each shift.", ""},
		{"Do I go home at night?\n\nNo. You stay on the property for the whole program.", "lives-at-home residential false"},
		{"Our guests live on the property for the whole program.", "lives-at-home residential false"},
		{"Need care that fits around your job and family?\n\nOur program lets adults keep their jobs while they continue living at home.", "lives-at-home residential true"},
		{"Children in our residential program sleep on campus.", "lives-at-home residential false"},
		{"Partners in our couples track live on site together.", "lives-at-home residential false"},
		// A young child's age between the child and the verb.
		{"Infants under nine months can stay in the nursery beside the group room.", ""},
		{"Toddlers younger than 3 years stay with their mothers in our family suites.", ""},
		{"Babies under six months may stay in the room with their mother during group.", ""},
	})
}

// A dash after the program a sentence compares with ("lighter than IOP
// — usually …") goes on about the sentence's subject; a dash right
// after a program named plainly describes that program.
func TestDashAfterCompared(t *testing.T) {
	page := func(s string) string {
		return "SOURCE: https://larkspur.example/programs/iop\n\nIntensive Outpatient\n\n" + s + "\n"
	}
	checkLines(t, page, []lineCase{
		{"Standard outpatient care asks far less of you than IOP — often a single hour a week.", "hours-per-week op 1"},
		{"Day treatment is a heavier lift than standard outpatient care — usually 25 hours a week.", "hours-per-week php 25"},
		{"The step below is standard outpatient care — typically one session a week.", "days-per-week op 1"},
	})
}

// "there" after a stay points back at the one program the sentence
// before named; a program named after "before joining" is the next step;
// "your last two weeks" is a part of the stay.
func TestThereAndNextStep(t *testing.T) {
	page := func(s string) string {
		return "SOURCE: https://larkspur.example/programs/residential\n\nResidential Treatment\n\n" + s + "\n"
	}
	checkLines(t, page, []lineCase{
		{"Our detox unit has eight beds. Most people stay four to six days there before joining residential care.", "detox-offered detox true; program-length detox 4–6"},
		{"Clients who start in our detox unit spend four days there, then join residential care.", "program-length detox 4; detox-offered detox true"},
		{"Our residential program lasts 45 days. Discharge planning begins during your last two weeks.", "program-length residential 45"},
		{"Treatment here can last 45 days.", "program-length residential 45"},
	})
}

// A clinician met again by a pronoun, with a session between ("meets
// with them for a 45-minute session once a week"), keeps the meetings;
// an intake a relative clause times is done once.
func TestPronounMeetingsAndIntake(t *testing.T) {
	page := func(s string) string {
		return "SOURCE: https://larkspur.example/programs/iop\n\nIntensive Outpatient\n\n" + s + "\n"
	}
	checkLines(t, page, []lineCase{
		{"Each client has a primary counselor and meets with them for a private session once a week.", "days-per-week individual-therapy 1"},
		{"You are paired with a therapist, who meets with you once a week.", "days-per-week individual-therapy 1"},
		{"We hold an intake appointment, which takes about two hours.", ""},
		{"Each group session, which lasts three hours, covers one skill.", "session-length group-therapy 3"},
	})
}

// A length opening on a sum ("All together, …", "In total, …") after a
// sentence that named two programs' lengths is the whole path's, no one
// program's; said of one program it stays that program's.
func TestSummedOpening(t *testing.T) {
	page := func(s string) string {
		return "SOURCE: https://greyfield.example/programs/\n\nOur Programs\n\n" + s + "\n"
	}
	checkLines(t, page, []lineCase{
		{"Day treatment takes two to three weeks and the IOP eight to ten weeks. All together, most clients are with us for three to four months.", "program-length php 14–21; program-length iop 56–70; program-length other 91.3125–121.75"},
		{"Day treatment takes two to three weeks and the IOP eight to ten weeks. All told, most clients spend about three months in our care.", "program-length php 14–21; program-length iop 56–70; program-length other 91.3125"},
		{"Our IOP meets three evenings a week. In total, most clients are with us for ten weeks.", "days-per-week iop 3; program-length iop 70"},
	})
}

// A span a stay lasts before one client moves or joins the next step
// ("before a resident moves into the main program", "before guests join
// the full schedule") is its length; a time to call before someone moves
// in is none.
func TestLastsBeforeOneMoves(t *testing.T) {
	page := func(s string) string {
		return "SOURCE: https://greyfield.example/programs/\n\nOur Programs\n\n" + s + "\n"
	}
	checkLines(t, page, []lineCase{
		{"Most detox stays last four to six days before a resident moves into the main program.", "program-length detox 4–6"},
		{"Detox lasts 4 to 8 days before guests join the full schedule.", "program-length detox 4–8"},
		{"Call us two weeks before a patient moves in.", ""},
	})
}

// A length named before a program with whom it serves between ("our
// 45-day young adult residential program", "a 28-day women's residential
// program") is that program's.
func TestLengthBeforeWhomAndProgram(t *testing.T) {
	page := func(s string) string {
		return "SOURCE: https://greyfield.example/programs/\n\nOur Programs\n\n" + s + "\n"
	}
	checkLines(t, page, []lineCase{
		{"Our 40-day young adult residential program has a waiting list.", "program-length residential 40"},
		{"We run a 21-day women's residential program in the spring.", "program-length residential 21"},
		{"A 10-week adult IOP meets here on weeknights.", "program-length iop 70"},
	})
}

// A stay or a program that "ends after" a span lasts that long;
// symptoms that end after it, or a waitlist, say nothing of care.
func TestEndsAfter(t *testing.T) {
	page := func(s string) string {
		return "SOURCE: https://greyfield.example/detox/\n\nDetox\n\n" + s + "\n"
	}
	checkLines(t, page, []lineCase{
		{"Most detox stays end after 4 to 6 days.", "program-length detox 4–6"},
		{"Detox usually ends after six days.", "program-length detox 6"},
		{"Withdrawal symptoms usually end after six days.", ""},
		{"The waitlist ends after two weeks.", ""},
	})
}

// A level named with "rehab" as its noun and its length set after a
// comma ("Residential rehab, usually 30 to 90 days") gives that level
// its length, as "Residential care, …" does; rehab alone names no level.
func TestRehabItemLength(t *testing.T) {
	page := func(s string) string {
		return "SOURCE: https://greyfield.example/guide/\n\nLevels of care\n\n" + s + "\n"
	}
	checkLines(t, page, []lineCase{
		{"Residential rehab, usually 30 to 60 days.", "program-length residential 30–60"},
		{"- Inpatient rehab, typically 21 days", "program-length residential 21"},
		{"Drug rehab, usually 30 days.", ""},
	})
}
