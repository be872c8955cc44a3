package claims_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/factlint/factlint/claims"
	"github.com/factlint/factlint/corpus"
)

// TestModality checks polarity, force, attribution, population and
// variant on sentences of the project's own: each row names the claim by
// its kind and the words that said it.
func TestModality(t *testing.T) {
	type want struct {
		polarity    claims.Polarity
		force       claims.Force
		attribution string
		population  string
		variant     string
	}
	for _, tc := range []struct {
		text string
		kind claims.Kind
		want want
	}{
		// force
		{"Every IOP must provide at least 9 hours of care per week.", claims.HoursPerWeek, want{claims.Asserted, claims.Universal, "", "", ""}},
		{"Clients with co-occurring conditions often stay 60 or 90 days in residential care.", claims.ProgramLength, want{claims.Asserted, claims.Conditional, "", "", ""}},
		{"People who also have a long history of use may stay in residential care for 60 days.", claims.ProgramLength, want{claims.Asserted, claims.Conditional, "", "", ""}},
		{"Longer residential stays of 60 to 90 days are usually reserved for people with repeated relapses.", claims.ProgramLength, want{claims.Asserted, claims.Conditional, "", "", ""}},
		// A figure labelling its line, then whom it is for: one option.
		{"Two days a week: often picked by clients stepping down from our PHP.", claims.DaysPerWeek, want{claims.Asserted, claims.Conditional, "", "", ""}},
		{"Two days a week: groups run from 9 to noon.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", ""}},
		{"Adults with co-occurring mental health and substance use disorders attend our PHP five days a week.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "adult", ""}},
		{"Benzodiazepine tapers usually require three to four weeks of detox.", claims.ProgramLength, want{claims.Asserted, claims.Typical, "", "", "benzodiazepine"}},
		// So does each kind of opioid or benzodiazepine by how long it acts.
		{"With short-acting opioids, the acute phase usually takes 3 to 6 days.", claims.ProgramLength, want{claims.Asserted, claims.Typical, "", "", "short-acting opioid"}},
		{"With long-acting benzodiazepines, withdrawal often runs 3 to 6 weeks.", claims.ProgramLength, want{claims.Asserted, claims.Typical, "", "", "long-acting benzodiazepine"}},
		// Each degree of withdrawal runs its own course.
		{"Severe withdrawal usually takes 8 to 12 days under medical care.", claims.ProgramLength, want{claims.Asserted, claims.Typical, "", "", "severe"}},
		{"Inpatient detox is the safer choice for severe withdrawal, and it usually lasts 8 to 12 days.", claims.ProgramLength, want{claims.Asserted, claims.Typical, "", "", "inpatient"}},
		{"Mild withdrawal usually clears in 2 to 4 days.", claims.ProgramLength, want{claims.Asserted, claims.Typical, "", "", "mild"}},
		{"Our PHP requires 20 hours a week of attendance.", claims.HoursPerWeek, want{claims.Asserted, claims.Universal, "", "", ""}},
		{"An IOP is defined as a program of 9 to 19 hours per week.", claims.HoursPerWeek, want{claims.Asserted, claims.Universal, "", "", ""}},
		{"Our IOP typically meets 3 days a week.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", ""}},
		{"Our IOP meets 3 days a week.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", ""}},
		{"Some IOPs meet only 2 days a week.", claims.DaysPerWeek, want{claims.Asserted, claims.Existential, "", "", ""}},
		// Programs beside the ones described, and a claim said to be
		// rare, are some programs'; the provider's own rare figure is
		// still its own.
		{"Other PHPs ask clients to stay overnight.", claims.LivesAtHome, want{claims.Asserted, claims.Existential, "", "", ""}},
		{"PHP clients stay overnight in the unit, though this is rare.", claims.LivesAtHome, want{claims.Asserted, claims.Existential, "", "", ""}},
		{"PHP clients sleep on site, but that is not common.", claims.LivesAtHome, want{claims.Asserted, claims.Existential, "", "", ""}},
		{"Our PHP lasts six weeks, though this is unusual.", claims.ProgramLength, want{claims.Asserted, claims.Typical, "", "", ""}},
		// People picked out by what they are not ready to do are a
		// condition.
		{"For those not ready to live at home, our sober house is an option.", claims.LivesAtHome, want{claims.Asserted, claims.Conditional, "", "", ""}},
		{"Our sober house suits clients who are not yet able to live at home.", claims.LivesAtHome, want{claims.Asserted, claims.Conditional, "", "", ""}},
		// One end of a range of options holds for some; a range of
		// figures is one claim.
		{"The level of oversight varies from 24-hour supervision in the house to on-call support.", claims.Supervision24x7, want{claims.Asserted, claims.Existential, "", "", ""}},
		{"Housing ranges from live-in apartments to weekly visits at home.", claims.LivesAtHome, want{claims.Asserted, claims.Existential, "", "", ""}},
		{"Our IOP ranges from 9 to 12 hours a week.", claims.HoursPerWeek, want{claims.Asserted, claims.Typical, "", "", ""}},
		// A range of figures the grammar reads in two keeps its force.
		{"Options range from 2 days a week to 4.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", ""}},
		{"Outpatient programs range from one or two hours a week up to a few hours a day.", claims.HoursPerWeek, want{claims.Asserted, claims.Existential, "", "", ""}},
		{"Schedules range from twice a week to as many as four days a week.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", ""}},
		// Programs set aside, or a figure rare among others, are still
		// the page's own.
		{"Other programs aside, the PHP here meets 4 days a week.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", ""}},
		{"This PHP meets 6 days a week, though this is rare for PHPs.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", ""}},
		{"Stays run 60 days, though this is rare for first-time clients.", claims.ProgramLength, want{claims.Asserted, claims.Existential, "", "", ""}},
		{"IOP clients attend 5 days a week, but this is not common knowledge.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", ""}},
		{"Other programs, by contrast, last 12 weeks.", claims.ProgramLength, want{claims.Asserted, claims.Existential, "", "", ""}},
		{"A typical evening IOP might ask you to come in four nights a week.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", "evening"}},
		{"In our IOP, many clients choose four mornings a week.", claims.DaysPerWeek, want{claims.Asserted, claims.Existential, "", "", ""}},
		{"Withdrawal from benzodiazepines, such as Xanax, can start within a day. It usually lasts ten to fourteen days.", claims.ProgramLength, want{claims.Asserted, claims.Typical, "", "", "benzodiazepine"}},
		{"Detox begins with an assessment. It usually lasts ten to fourteen days.", claims.ProgramLength, want{claims.Asserted, claims.Typical, "", "", ""}},
		{"Many families pick our IOP, which meets four mornings a week.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", ""}},
		// A variant cue before the spelled-out level names its variant
		// as it does before "PHP".
		{"We also run a half-day partial hospitalization track that meets three hours a day.", claims.HoursPerDay, want{claims.Asserted, claims.Typical, "", "", "half-day"}},
		{"The full-day partial hospitalisation programme is held five days a week.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", "full-day"}},
		// A relative clause that picks people out by what they can or
		// would do is a condition, not the program's rule; the claim as
		// the main verb's object is not.
		{"Our PHP keeps beds at a partner sober house for patients who cannot live at home during treatment.", claims.LivesAtHome, want{claims.Asserted, claims.Conditional, "", "", ""}},
		{"A sober residence suits people who don't feel safe staying at home.", claims.LivesAtHome, want{claims.Asserted, claims.Conditional, "", "", ""}},
		{"Those who attend our IOP do not need to stay overnight.", claims.LivesAtHome, want{claims.Asserted, claims.Typical, "", "", ""}},
		// One choice offered beside the usual one is some clients'.
		{"In this option, clients of our day program live at our campus lodge.", claims.LivesAtHome, want{claims.Asserted, claims.Existential, "", "", ""}},
		{"Clients of our day program also have the option to live on campus.", claims.LivesAtHome, want{claims.Asserted, claims.Existential, "", "", ""}},
		{"Some evening IOPs might ask you to come in four nights a week.", claims.DaysPerWeek, want{claims.Asserted, claims.Existential, "", "", "evening"}},
		{"There are also IOP plans that ask clients to attend five days a week.", claims.DaysPerWeek, want{claims.Asserted, claims.Existential, "", "", ""}},
		{"There is an IOP track on weekday mornings that meets four days a week.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", ""}},
		{"Several centers run their IOP 2 days a week.", claims.DaysPerWeek, want{claims.Asserted, claims.Existential, "", "", ""}},
		{"Programs that use the Seven Rivers curriculum last 14 weeks.", claims.ProgramLength, want{claims.Asserted, claims.Existential, "", "", ""}},
		{"IOPs built around a medication clinic meet five days a week.", claims.DaysPerWeek, want{claims.Asserted, claims.Existential, "", "", ""}},
		{"Programs run 14 weeks.", claims.ProgramLength, want{claims.Asserted, claims.Typical, "", "", ""}},
		// Programs a comparative picks out are some of them.
		{"Shorter programs (3 to 5 weeks) often suit people leaving residential care.", claims.ProgramLength, want{claims.Asserted, claims.Existential, "", "", ""}},
		{"Longer IOP programs, such as those lasting 100 days or more, can cost over $20,000.", claims.ProgramLength, want{claims.Asserted, claims.Existential, "", "", ""}},
		{"Longer programs than ours exist, but our IOP runs 12 weeks.", claims.ProgramLength, want{claims.Asserted, claims.Typical, "", "", ""}},
		// An item of a list of choices is one choice; an item that names
		// its program is that program's.
		{"PHP clients have flexible housing options:\n\n- Stay at our treatment facility for added structure\n- Live with family", claims.LivesAtHome, want{claims.Asserted, claims.Existential, "", "", ""}},
		{"Our IOP offers two options:\n\n- Day IOP: three days a week\n- Call us to ask about others", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", "weekday"}},
		// The other name an opening gives its program keeps its kind.
		{"Short-term crisis programs, sometimes called acute or urgent residential services, serve people in crisis. These programs usually run up to ten days.", claims.ProgramLength, want{claims.Asserted, claims.Typical, "", "", "short-term"}},
		// Clients "under age 18" are minors.
		{"In our IOP, a client who is under age 17 receives at least 7 hours of counseling each week.", claims.HoursPerWeek, want{claims.Asserted, claims.Typical, "", "adolescent", ""}},
		{"In our IOP, clients under the age of 17 receive at least 7 hours of counseling each week.", claims.HoursPerWeek, want{claims.Asserted, claims.Typical, "", "adolescent", ""}},
		// Figures inside an opening "Unlike …" phrase are the programs
		// held up against the page's.
		{"Unlike most residential programs, where stays run 20 to 30 days, long-term centers give people more time.", claims.ProgramLength, want{claims.Asserted, claims.Typical, "", "", "compared"}},
		// So are those inside "Compared with …" or "As opposed to …".
		{"Compared with most hospital day programs, which hold patients eight hours a day, ours is a shorter day.", claims.HoursPerDay, want{claims.Asserted, claims.Typical, "", "", "compared"}},
		{"As opposed to inpatient rehab, where a stay runs 28 days, an IOP leaves evenings free.", claims.ProgramLength, want{claims.Asserted, claims.Typical, "", "", "compared"}},
		// A phase named as the subject is that phase; a program named as
		// a phase is the program.
		{"The induction phase should take about ten days.", claims.ProgramLength, want{claims.Asserted, claims.Typical, "", "", "phase: induction"}},
		// A portion or component named as the clause's subject is one
		// part of the program, apart from the others.
		{"The classroom portion is a course that clients attend over 10 weeks.", claims.ProgramLength, want{claims.Asserted, claims.Typical, "", "", "phase: classroom"}},
		{"The counseling component of the level II program can last 4 to 8 months.", claims.ProgramLength, want{claims.Asserted, claims.Existential, "", "", "phase: counseling"}},
		{"The detox phase lasts five days.", claims.ProgramLength, want{claims.Asserted, claims.Typical, "", "", ""}},
		// A line opening on a named phase of medication treatment, its
		// figure right after it, is that phase's.
		{"How Long Does Suboxone Treatment Last?\n\nTreatment Phase Typical Duration\nInduction 2-4 days", claims.ProgramLength, want{claims.Asserted, claims.Typical, "", "", "phase: induction"}},
		// "The length of stay" points back to the program just named.
		{"Short-term residential treatment is a structured form of care for people in crisis. The length of stay is usually 10 to 20 days.", claims.ProgramLength, want{claims.Asserted, claims.Typical, "", "", "short-term"}},
		// Every figure of the list a schedule changes to is the later one.
		{"Our IOP starts at four days a week. When clients progress, the schedule is adjusted to two hours a day, two days a week.", claims.HoursPerDay, want{claims.Asserted, claims.Typical, "", "", "later"}},
		{"When clients progress, the schedule is adjusted to two hours a day, two days a week.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", "later"}},
		{"When clients progress, their IOP schedule is two hours a day, two days a week.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", ""}},
		{"Programs modeled after the Seven Rivers curriculum last 14 weeks.", claims.ProgramLength, want{claims.Asserted, claims.Existential, "", "", ""}},
		{"Tracks that meet in the morning run four days a week.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", ""}},
		{"Programs that we run at both campuses meet four days a week.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", ""}},
		{"Programs which meet at our Hollis office run three days a week.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", ""}},
		{"Last month the evening IOP met two nights a week.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", "before"}},
		// A program compared with the page's, its figure in brackets.
		{"Compared to a standard IOP (three days a week), our track is lighter.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", "compared"}},
		// One imagined person's path through several levels illustrates a
		// total; a client of one program is its client.
		{"Someone who spends four weeks in PHP and then steps down to IOP has been in care for a good while.", claims.ProgramLength, want{claims.Asserted, claims.Example, "", "", ""}},
		// A total made by what only some clients do holds as that does.
		{"Some clients also join the Friday group, which makes three visits a week.", claims.DaysPerWeek, want{claims.Asserted, claims.Existential, "", "", ""}},
		// A schedule held up as one popular choice among others.
		{"Many IOPs meet on Tuesday and Friday mornings, which is a common pairing.", claims.DaysPerWeek, want{claims.Asserted, claims.Example, "", "", ""}},
		{"A popular combination is Monday, Wednesday and Friday.", claims.DaysPerWeek, want{claims.Asserted, claims.Example, "", "", ""}},
		{"Tuesday and Thursday evenings are the most common pairing.", claims.DaysPerWeek, want{claims.Asserted, claims.Example, "", "", ""}},
		{"Monday and Friday mornings are popular with shift workers.", claims.DaysPerWeek, want{claims.Asserted, claims.Example, "", "", ""}},
		{"A common pattern is two or three nights a week.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", ""}},
		{"Clients go home each night, which is why our IOP is a common choice for parents.", claims.LivesAtHome, want{claims.Asserted, claims.Typical, "", "", ""}},
		{"A client who completes our IOP usually spends ten weeks with us.", claims.ProgramLength, want{claims.Asserted, claims.Typical, "", "", ""}},
		{"A client who steps down from PHP to our IOP typically spends ten weeks in it.", claims.ProgramLength, want{claims.Asserted, claims.Typical, "", "", ""}},
		// An extension's length, and what very few do, are some stays'.
		{"An extension of our residential program to 60 days is possible for clients who need it.", claims.ProgramLength, want{claims.Asserted, claims.Existential, "", "", ""}},
		{"Very few clients stay in our residential program longer than 60 days.", claims.ProgramLength, want{claims.Asserted, claims.Existential, "", "", ""}},
		// A review's stars before its quote.
		{"★★★★★ \"Four nights a week felt like a lot at first.\" — R.T.", claims.DaysPerWeek, want{claims.Asserted, claims.Example, "", "", ""}},
		// A quote under its review's header line: stars, or a rating in
		// words, with the reviewer's name.
		{"★★★★★ Renata P.\n\n\"Sixteen weeks in the IOP, and worth every one.\"", claims.ProgramLength, want{claims.Asserted, claims.Example, "", "", ""}},
		{"Keisha W. — Google, 5 stars\n\nCame four nights a week. Staff were wonderful.", claims.DaysPerWeek, want{claims.Asserted, claims.Example, "", "", ""}},
		{"Five Star Recovery Center\n\nOur IOP meets three evenings a week.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", ""}},
		{"Dr. Ana Patel previously worked in emergency medicine and directs our 30-day residential program.", claims.ProgramLength, want{claims.Asserted, claims.Typical, "", "", ""}},
		{"Because withdrawal can be unpredictable, we ask families to plan on 7 to 10 days in our detox unit.", claims.ProgramLength, want{claims.Asserted, claims.Typical, "", "", ""}},
		{"Because some clients relapse, the IOP may last 16 weeks.", claims.ProgramLength, want{claims.Asserted, claims.Existential, "", "", ""}},
		{"Alumni can move on to our evening PHP: five hours a day, four days a week.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", "evening"}},
		{"A PHP, sometimes called day treatment, usually runs 5 days a week.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", ""}},
		{"A PHP sometimes runs 4 days a week.", claims.DaysPerWeek, want{claims.Asserted, claims.Existential, "", "", ""}},
		{"Intensive outpatient care is sometimes described as five days a week of treatment.", claims.DaysPerWeek, want{claims.Asserted, claims.Existential, "", "", ""}},
		{"Other providers may run a very different IOP: five days a week.", claims.DaysPerWeek, want{claims.Asserted, claims.Existential, "", "", ""}},
		{"Younger clients, most of them in their twenties, attend our IOP for 7 hours a week.", claims.HoursPerWeek, want{claims.Asserted, claims.Typical, "", "", ""}},
		{"For younger clients, our IOP starts at 6 hours a week, below the adult floor.", claims.HoursPerWeek, want{claims.Asserted, claims.Typical, "", "adolescent", ""}},
		{"Families may also enroll a loved one in our IOP: 4 hours a day on Saturdays and Sundays.", claims.HoursPerDay, want{claims.Asserted, claims.Typical, "", "", ""}},
		{"Alumni can move on to our PHP: some clients attend four days a week.", claims.DaysPerWeek, want{claims.Asserted, claims.Existential, "", "", "step-down"}},
		{"Schedules may vary: four days a week is common.", claims.DaysPerWeek, want{claims.Asserted, claims.Existential, "", "", ""}},
		{"A program billed as IOP but delivering 25 hours a week may be asked to justify the level of care.", claims.HoursPerWeek, want{claims.Asserted, claims.Conditional, "", "", ""}},
		{"A small number of IOPs meet five days a week.", claims.DaysPerWeek, want{claims.Asserted, claims.Existential, "", "", ""}},
		// A share of the people counted is some of them.
		{"Our IOP runs three evenings a week, and roughly a third of our clients live in one of our sober houses.", claims.LivesAtHome, want{claims.Asserted, claims.Existential, "", "", ""}},
		{"Our IOP runs three evenings a week, and two of our counselors live nearby; every client lives in one of our sober houses.", claims.LivesAtHome, want{claims.Asserted, claims.Universal, "", "", ""}},
		{"In practice, a handful of IOPs run for six months.", claims.ProgramLength, want{claims.Asserted, claims.Existential, "", "", ""}},
		{"Programs differ, but IOP clients typically attend several weekly sessions and spend 9 to 12 hours a week in treatment.", claims.HoursPerWeek, want{claims.Asserted, claims.Typical, "", "", ""}},
		{"Outpatient care (typically 1 to 8 hours per week, sometimes with medication management) suits milder needs.", claims.HoursPerWeek, want{claims.Asserted, claims.Typical, "", "", ""}},
		{"Our IOP lasts 16 weeks in some cases.", claims.ProgramLength, want{claims.Asserted, claims.Existential, "", "", ""}},
		{"The IOP may last up to 16 weeks.", claims.ProgramLength, want{claims.Asserted, claims.Existential, "", "", ""}},
		{"For example, an IOP client might attend 3 days × 3 hours = 9 hours a week.", claims.HoursPerWeek, want{claims.Asserted, claims.Example, "", "", ""}},
		{"By the end I had spent five weeks in the PHP, and I'd do it again.", claims.ProgramLength, want{claims.Asserted, claims.Example, "", "", ""}},
		{"Dana, a teacher from Hollis Bay, attended our IOP on Tuesday and Thursday evenings.", claims.DaysPerWeek, want{claims.Asserted, claims.Example, "", "", ""}},
		{"One graduate, Marcus, likes to say he \"spent three months in IOP\" before he felt steady.", claims.ProgramLength, want{claims.Asserted, claims.Example, "", "", ""}},
		{"One of our graduates, Imani, spent eleven weeks in our IOP before going back to work.", claims.ProgramLength, want{claims.Asserted, claims.Example, "", "", ""}},
		{"Marcus, 41, started PHP five days a week after his hospital stay.", claims.DaysPerWeek, want{claims.Asserted, claims.Example, "", "", ""}},
		{"We've seen \"teen IOPs\" that meet once a week for 90 minutes.", claims.DaysPerWeek, want{claims.Asserted, claims.Example, "", "adolescent", ""}},
		{"I tell families that our IOP meets three days a week.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", ""}},
		// An illustration that is itself a general statement.
		{"Our approach is flexible. For instance, partial hospitalization programs usually run 5 hours a day.", claims.HoursPerDay, want{claims.Asserted, claims.Typical, "", "", ""}},
		{"For example, a PHP client might attend 5 hours a day.", claims.HoursPerDay, want{claims.Asserted, claims.Example, "", "", ""}},
		// A sentence labelled as an example or an estimate.
		{"Example: a client who spends 4 weeks in our PHP pays about $5,000.", claims.ProgramLength, want{claims.Asserted, claims.Example, "", "", ""}},
		{"Sample bill – 20 days of PHP at our standard rate.", claims.ProgramLength, want{claims.Asserted, claims.Example, "", "", ""}},
		{"Estimated stay: 4 weeks in our PHP.", claims.ProgramLength, want{claims.Asserted, claims.Typical, "", "", ""}},
		{"Estimate: most clients finish our PHP in 4 weeks.", claims.ProgramLength, want{claims.Asserted, claims.Typical, "", "", ""}},
		{"Schedules vary, such as an IOP of 4 days a week.", claims.DaysPerWeek, want{claims.Asserted, claims.Example, "", "", ""}},
		{"\"Our IOP's four evenings a week kept me sober.\" - Dana, alumna", claims.DaysPerWeek, want{claims.Asserted, claims.Example, "", "", ""}},
		{"“Twelve hours a week in the IOP sounded like a lot.” — former client", claims.HoursPerWeek, want{claims.Asserted, claims.Example, "", "", ""}},
		{"The IOP adds a fourth day a week if clients relapse.", "", want{}},
		{"Our IOP meets 4 days a week if clients relapse.", claims.DaysPerWeek, want{claims.Asserted, claims.Conditional, "", "", ""}},
		// an evening as a time is no evening track
		{"Our IOP clients return home every evening after group.", claims.LivesAtHome, want{claims.Asserted, claims.Typical, "", "", ""}},
		{"Our PHP lets clients go back home in the evening after their sessions.", claims.LivesAtHome, want{claims.Asserted, claims.Typical, "", "", ""}},
		{"Not every outpatient program offers detox.", claims.DetoxOffered, want{claims.Asserted, claims.Existential, "", "", ""}},
		// Detox named by its service noun, then the substance it is for.
		{"Our clinic does not run detox services for benzodiazepines.", claims.DetoxOffered, want{claims.Asserted, claims.Typical, "", "", "benzodiazepine"}},
		{"A few residential programs offer stays as short as 14 days.", claims.ProgramLength, want{claims.Asserted, claims.Existential, "", "", ""}},
		{"In weeks 1-4, our IOP clients attend four days a week.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", "phase: in weeks 1-4"}},
		// A reason opening on whom it speaks of is no time.
		{"Since members sleep at home, our PHP meets five days a week.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", ""}},
		// A program's own level is a phase; one of ASAM's levels of care,
		// named after its number, is a kind of care.
		{"Level 2: our IOP clients attend four days a week.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", "phase: level 2"}},
		{"- Level 1 (Outpatient): clients come in one day a week.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", ""}},
		{"Level 1: Outpatient – a client attends up to eight hours a week.", claims.HoursPerWeek, want{claims.Asserted, claims.Typical, "", "", ""}},
		{"Attendance at our IOP keeps tapering to two days a week near the end.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", "later"}},
		{"Attendance at our IOP will be cut back to two days a week.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", "later"}},
		{"Our IOP hours are scaled down to six hours a week toward discharge.", claims.HoursPerWeek, want{claims.Asserted, claims.Typical, "", "", "later"}},
		{"Our IOP is cut to two days a week for those who work.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", ""}},
		{"In PHP you will be going to six hours of programming a day.", claims.HoursPerDay, want{claims.Asserted, claims.Typical, "", "", ""}},
		{"During the first month, PHP clients attend six days a week.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", "phase: during the first month"}},
		{"Toward the end, most IOP clients attend two evenings a week.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", "phase: toward the end"}},
		{"Near the end of the program, IOP clients come in twice a week.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", "phase: near the end of the program"}},
		// (The end of one program, the schedule of the next.)
		{"Toward the end, most clients step down to our IOP, which meets three days a week.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", ""}},
		{"Phase 2: our IOP meets three days a week.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", "phase: phase 2"}},
		// A bracket after one place of a list holds that place's
		// schedule; one after a program's name holds the program's.
		{"Our adult IOP sites are in Ohio, Maryland (with IOP on four nights weekly), Texas and Utah.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "adult", "at maryland"}},
		{"Adults may join our IOP, Pathways (with groups four nights per week).", claims.DaysPerWeek, want{claims.Asserted, claims.Existential, "", "adult", ""}},
		{"Groups meet Monday, Wednesday and Friday (with each session lasting 3 hours).", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", ""}},
		// A part of something else, or one of a count, is no phase.
		{"Our IOP is Part 2 of a three-level continuum and runs 8 weeks.", claims.ProgramLength, want{claims.Asserted, claims.Typical, "", "", ""}},
		{"As explained in Part 2, our IOP meets three evenings a week.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", ""}},
		// A numbered part of a program named in its sentence.
		{"Part 2 of our PHP meets twice a week for 8 weeks.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", "phase: part 2"}},
		{"Unlike our teen program, our adult IOP runs 12 weeks.", claims.ProgramLength, want{claims.Asserted, claims.Typical, "", "adult", ""}},
		// A substance opening its clause, timed by its verb, is its
		// withdrawal's.
		{"Benzodiazepines usually need 10 to 14 days of detox on our unit.", claims.ProgramLength, want{claims.Asserted, claims.Typical, "", "", "benzodiazepine"}},
		{"Most benzo clients stay on our unit for three to five weeks.", claims.ProgramLength, want{claims.Asserted, claims.Typical, "", "", "benzodiazepine"}},
		{"Alcohol patients usually need five to seven days here.", claims.ProgramLength, want{claims.Asserted, claims.Typical, "", "", "alcohol"}},
		// A track alone in brackets after the program names it.
		{"Teen IOP (afternoon): two days a week after school.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "adolescent", "afternoon"}},
		{"Our adult IOP is longer; our IOP provides 6 hours a week for adolescents.", claims.HoursPerWeek, want{claims.Asserted, claims.Typical, "", "adolescent", ""}},
		{"Our IOP runs 9 hours a week (adults), and teens join it twice a week.", claims.HoursPerWeek, want{claims.Asserted, claims.Typical, "", "adult", ""}},
		{"Our PHP meets five days a week (for teens); adults attend our IOP.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "adolescent", ""}},
		{"Our veterans' residential program lasts 45 days.", claims.ProgramLength, want{claims.Asserted, claims.Typical, "", "", "veterans"}},
		{"The county hospital's IOP meets five mornings a week.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", "elsewhere"}},
		// After "our", a possessive says whom the program is for.
		{"Our grandparents' residential program lasts 60 days.", claims.ProgramLength, want{claims.Asserted, claims.Typical, "", "", ""}},
		{"The dads' IOP meets two evenings a week.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", ""}},
		{"Our women's residential program lasts 45 days.", claims.ProgramLength, want{claims.Asserted, claims.Typical, "", "", "women's"}},
		{"At the start, most IOP clients attend twice a week.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", "phase: at the start"}},
		{"As symptoms improve, our outpatient sessions usually drop to once a week.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", "phase: as symptoms improve"}},
		{"Since January, our IOP meets four days a week.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", "phase: since january"}},
		// A reason, not a time.
		{"Since you sleep at home, our IOP meets four days a week.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", ""}},
		{"Our outpatient sessions usually drop to once a week.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", "later"}},
		// (A date the schedule held until, in the past tense, is what the
		// program was.)
		{"Until December 2025, our IOP met four days a week.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", "before"}},
		{"Until December 2025, our IOP meets four days a week.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", "phase: until december 2025"}},
		{"Our IOP met four days a week last year.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", "before"}},
		{"When we started, our IOP lasted six weeks.", claims.ProgramLength, want{claims.Asserted, claims.Typical, "", "", "before"}},
		{"Dr. Lee previously directed an inpatient unit at a city hospital, where stays averaged six days.", claims.ProgramLength, want{claims.Asserted, claims.Typical, "", "", "before"}},
		// What a program was, in a clause a past marker opens, or a
		// figure said to be the old one.
		{"For the last six years our IOP met on Mondays, Wednesdays and Fridays.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", "before"}},
		{"Our evening IOP: until June 2024 the evening track met four nights a week.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", "before"}},
		{"Our downtown IOP was previously four mornings a week.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", "before"}},
		{"Members who were previously in detox attend our IOP three evenings a week, like everyone else.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", ""}},
		{"For the past six years our IOP met on Mondays, Wednesdays and Fridays.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", "before"}},
		{"A decade ago, residential treatment usually meant a 28-day stay.", claims.ProgramLength, want{claims.Asserted, claims.Typical, "", "", "before"}},
		{"When you enrolled in the past, our PHP was a six-week program.", claims.ProgramLength, want{claims.Asserted, claims.Typical, "", "", "before"}},
		{"Our PHP now runs five days a week, up from four.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", ""}},
		// The perfect goes on to now; a past word of someone else, a
		// comparison of levels and a group "from" its time do not date.
		{"For the past 20 years our IOP has met three evenings a week.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", ""}},
		{"Previously hospitalized patients attend our PHP five days a week.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", ""}},
		{"Guidelines set a lower floor for teens than for adults: at least six hours a week.", claims.HoursPerWeek, want{claims.Asserted, claims.Typical, "", "adolescent", ""}},
		{"Previously, the IOP was 8 weeks long, and clients attended 3 days a week.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", "before"}},
		{"In the past, our IOP met three evenings a week, two hours each night.", claims.HoursPerDay, want{claims.Asserted, claims.Typical, "", "", "before"}},
		{"Last year the evening group ran two nights a week.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", "before"}},
		{"Last spring, our PHP lasted four weeks.", claims.ProgramLength, want{claims.Asserted, claims.Typical, "", "", "before"}},
		{"A year ago the weekend track met on Saturdays and Sundays.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", "before"}},
		{"Since last year, our IOP meets four nights a week.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", "phase: since last year"}},
		{"Founded 20 years ago, our IOP was designed for working adults and meets three days a week.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "adult", ""}},
		{"Our director, who previously ran a hospital PHP, built our IOP around three days a week.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", ""}},
		{"Clients who struggled in the past were often surprised that our IOP meets three days a week.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", ""}},
		{"IOP is a step up from weekly counseling.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", "compared"}},
		{"Our IOP adds a Saturday group from 10:00 to noon.", claims.HoursPerDay, want{claims.Asserted, claims.Typical, "", "", "weekend"}},
		{"Teens in our adolescent IOP attend for 14 weeks before moving to aftercare.", claims.ProgramLength, want{claims.Asserted, claims.Typical, "", "adolescent", ""}},
		{"Our residential clients complete treatment in 21 to 28 days and then step down to IOP.", claims.ProgramLength, want{claims.Asserted, claims.Typical, "", "", ""}},
		// polarity
		{"It is not uncommon for IOP to run about 10 hours a week.", claims.HoursPerWeek, want{claims.Asserted, claims.Typical, "", "", ""}},
		// (So is a litotes in the past, or contracted: "wasn't unusual for".)
		{"Back then it wasn't unusual for our residents to stay six to eight weeks.", claims.ProgramLength, want{claims.Asserted, claims.Typical, "", "", ""}},
		{"It wasn’t unusual for clients to spend ten weeks in our IOP.", claims.ProgramLength, want{claims.Asserted, claims.Typical, "", "", ""}},
		{"Our IOP is not 30 days long.", claims.ProgramLength, want{claims.Negated, claims.Typical, "", "", ""}},
		{"Our IOP never lasts more than 12 weeks.", claims.ProgramLength, want{claims.Asserted, claims.Universal, "", "", ""}},
		{"Our IOP does not meet 7 days a week.", claims.DaysPerWeek, want{claims.Negated, claims.Typical, "", "", ""}},
		// The weekly visit a program is set against after "not just" is
		// denied; "not only … but also" keeps what it lists.
		{"With our IOP you are not just stopping by once a week for a chat.", claims.DaysPerWeek, want{claims.Negated, claims.Typical, "", "", ""}},
		{"Our IOP isn't simply a weekly group.", claims.DaysPerWeek, want{claims.Negated, claims.Typical, "", "", ""}},
		{"Our IOP gives you not only a weekly group but also daily check-ins.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", ""}},
		{"Not only does our outpatient group meet weekly, it also pairs you with a mentor.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", ""}},
		// A denial in an aside between em dashes, glued or spaced, is the
		// aside's.
		{"Our PHP—not our IOP—meets four days a week.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", ""}},
		{"Our IOP—no overnight stays required—meets three days a week.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", ""}},
		{"All clients—whatever their schedule—must attend 9 hours a week.", claims.HoursPerWeek, want{claims.Asserted, claims.Universal, "", "", ""}},
		// A phrase of whom, fronted with its denial, is closed by its comma.
		{"For teens who are new to care and do not have other diagnoses, we usually suggest a 45-day residential stay.", claims.ProgramLength, want{claims.Asserted, claims.Typical, "", "adolescent", ""}},
		{"For teens, our residential stay does not last 45 days.", claims.ProgramLength, want{claims.Negated, claims.Typical, "", "adolescent", ""}},
		// A level set aside by "not", closed by its comma, is no denial;
		// nor is a denial whose clause a colon ends.
		{"For clients who use our outpatient program and not inpatient care, the suggested stay is at least 60 days.", claims.ProgramLength, want{claims.Asserted, claims.Typical, "", "", ""}},
		{"Days here are not spent in groups alone: residents live on the ranch for about five months.", claims.ProgramLength, want{claims.Asserted, claims.Typical, "", "", ""}},
		{"Our IOP is not a residential program, and it does not last 90 days.", claims.ProgramLength, want{claims.Negated, claims.Typical, "", "", ""}},
		// "require" sets a rule only where no hedge stands in its clause
		// and "most" does not count the programs before it.
		{"Most IOPs require 9 to 12 hours a week.", claims.HoursPerWeek, want{claims.Asserted, claims.Typical, "", "", ""}},
		{"Inpatient rehab requires you to live on site, usually for 30 days.", claims.ProgramLength, want{claims.Asserted, claims.Typical, "", "", ""}},
		{"Our IOP requires 9 hours a week.", claims.HoursPerWeek, want{claims.Asserted, claims.Universal, "", "", ""}},
		// A denial in the clause before ", so/and/but <subject>" is that
		// clause's.
		{"Working parents cannot leave their jobs for a month, so our IOP meets 3 evenings a week.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", ""}},
		{"Many people cannot take time off work, and our IOP meets 3 evenings a week.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", ""}},
		{"Our IOP does not last 90 days, and the sessions do not run 4 hours a day.", claims.HoursPerDay, want{claims.Negated, claims.Typical, "", "", ""}},
		// A denial in an aside, or of a likeness, is not the claim's.
		{"The evening IOP (not to be confused with our day program) meets three times a week.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", "evening"}},
		{"Our IOP, which is not the same as a day program, lasts eight weeks.", claims.ProgramLength, want{claims.Asserted, claims.Typical, "", "", ""}},
		{"Our IOP is not the same as a 12-week outpatient course.", claims.ProgramLength, want{claims.Asserted, claims.Typical, "", "", ""}},
		{"Our IOP is not the same as 12 weeks of outpatient counseling.", claims.ProgramLength, want{claims.Negated, claims.Typical, "", "", ""}},
		{"Our IOP (which meets in the evening) does not last 12 weeks.", claims.ProgramLength, want{claims.Negated, claims.Typical, "", "", ""}},
		{"Our IOP does not (as a rule) last 12 weeks.", claims.ProgramLength, want{claims.Negated, claims.Typical, "", "", ""}},
		// A negator ends with its clause when another clause, with a
		// modal or auxiliary of its own, follows it before the figure.
		{"Our IOP suits people who do not need a hospital bed, have a safe home and can commit to four mornings a week.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", ""}},
		{"Clients in our IOP do not live on site but are expected to attend three days a week.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", ""}},
		{"Our IOP does not meet on weekends, mornings or 5 days a week.", claims.DaysPerWeek, want{claims.Negated, claims.Typical, "", "", ""}},
		{"Our IOP does not last, and has never lasted, 30 days.", claims.ProgramLength, want{claims.Negated, claims.Universal, "", "", ""}},
		{"Our IOP does not run all day or have sessions 5 days a week.", claims.DaysPerWeek, want{claims.Negated, claims.Typical, "", "", ""}},
		// A denial in a clause fronted before the main one, in a relative
		// clause the main verb follows, or before a second verb that
		// agrees with the subject, is that clause's.
		{"Since clients in our IOP do not sleep here, the program meets 4 afternoons a week.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", ""}},
		{"If counseling alone is not enough, our IOP meets 4 days a week.", claims.DaysPerWeek, want{claims.Asserted, claims.Conditional, "", "", ""}},
		{"People who do not need a medical bed attend our IOP 4 days a week.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", ""}},
		{"Our IOP does not keep anyone overnight and meets 4 days a week.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", ""}},
		{"People who do not attend 4 days a week are not in our IOP.", claims.DaysPerWeek, want{claims.Negated, claims.Typical, "", "", ""}},
		{"Because our IOP does not meet on weekends, evenings, or 5 days a week, clients keep their jobs.", claims.DaysPerWeek, want{claims.Negated, claims.Typical, "", "", ""}},
		{"While we offer many services, our IOP does not, on its own, meet 5 days a week.", claims.DaysPerWeek, want{claims.Negated, claims.Typical, "", "", ""}},
		{"People who do not want to attend 5 days a week can choose our IOP.", claims.DaysPerWeek, want{claims.Negated, claims.Typical, "", "", ""}},
		// A daily return is no second stint.
		{"Clients live at home and return to our IOP each evening for 8 weeks.", claims.ProgramLength, want{claims.Asserted, claims.Typical, "", "", ""}},
		{"Some clients in our IOP can attend 5 days a week.", claims.DaysPerWeek, want{claims.Asserted, claims.Existential, "", "", ""}},
		// A bracket after the figure naming two tracks times each; one
		// naming one track is that track's.
		{"Our IOP runs 3 hours a day (morning track or evening track).", claims.HoursPerDay, want{claims.Asserted, claims.Typical, "", "", ""}},
		{"Our IOP runs 3 hours a day (evening track).", claims.HoursPerDay, want{claims.Asserted, claims.Typical, "", "", "evening"}},
		// Tracks named for whom they serve.
		{"Our executive IOP meets 4 evenings a week.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", "executive"}},
		{"Our LGBTQ+ IOP meets 4 days a week.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", "lgbtq+"}},
		{"Our first responder IOP meets 2 days a week.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", "first-responders"}},
		{"Our physician-led IOP meets 4 days a week.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", ""}},
		{"Our LGBTQ-affirming IOP meets 4 days a week.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", ""}},
		{"Our IOP sessions last 2 hours (3 on Saturdays) for evening clients.", claims.SessionLength, want{claims.Asserted, claims.Typical, "", "", "evening"}},
		{"If you join our evening track, you will attend IOP three nights a week.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", "evening"}},
		{"If you relapse, our evening IOP meets four nights a week.", claims.DaysPerWeek, want{claims.Asserted, claims.Conditional, "", "", "evening"}},
		{"Parents of young-adult children can join our family program, which meets once a week.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", ""}},
		{"Our young-adult IOP track (ages 18 to 25) meets three evenings a week.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "young-adult", ""}},
		{"In the last month, our evening IOP tapers to two nights a week.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", "evening, later"}},
		{"Near the end, evening IOP members shift to a lighter schedule of two evenings weekly.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", "evening, later"}},
		{"Morning clients attend our IOP three days a week.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", "morning"}},
		{"In our IOP, afternoon participants come in twice a week.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", "afternoon"}},
		{"In the morning clients of our IOP check in, three days a week.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", ""}},
		// Said of every track, a rule; hedged, a usual figure.
		{"Whichever track you choose, our IOP meets four days a week.", claims.DaysPerWeek, want{claims.Asserted, claims.Universal, "", "", ""}},
		{"Whichever track you choose, our IOP typically meets four days a week.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", ""}},
		{"Both tracks last eight weeks, and our evening IOP clients attend 3 nights a week.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", "evening"}},
		// attribution
		{"According to ASAM, an IOP provides 9 to 19 hours of care per week.", claims.HoursPerWeek, want{claims.Asserted, claims.Typical, "ASAM", "", ""}},
		// A source named in a clause of its own after the figure's is
		// not the figure's; one the figure's clause names is.
		{"An IOP offers 10 to 15 hours of care per week, and ASAM sets its own range.", claims.HoursPerWeek, want{claims.Asserted, claims.Typical, "", "", ""}},
		{"An IOP offers 10 to 15 hours of care per week, as ASAM describes it.", claims.HoursPerWeek, want{claims.Asserted, claims.Typical, "ASAM", "", ""}},
		{"Our ASAM Level 2.1 program meets three days a week.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", ""}},
		{"Standard outpatient (ASAM Level 1) involves 10 to 12 hours of counseling a week.", claims.HoursPerWeek, want{claims.Asserted, claims.Typical, "", "", ""}},
		{"Our weekly total comes to 9 hours (ASAM 2.1).", claims.HoursPerWeek, want{claims.Asserted, claims.Typical, "", "", ""}},
		{"The American Society of Addiction Medicine (ASAM) defines IOP as 9 to 19 hours a week.", claims.HoursPerWeek, want{claims.Asserted, claims.Typical, "ASAM", "", ""}},
		{"SAMHSA notes that IOPs run 6 to 30 hours per week.", claims.HoursPerWeek, want{claims.Asserted, claims.Typical, "SAMHSA", "", ""}},
		{"Partial hospitalization is a daytime program, five days a week.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", ""}},
		{"Daytime PHP meets five days a week, 9 a.m. to 3 p.m.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", "weekday"}},
		{"Residential treatment lasts 30 days and includes private rooms reserved for clients with medical needs.", claims.ProgramLength, want{claims.Asserted, claims.Typical, "", "", ""}},
		{"In line with national guidelines, our adult IOP meets 12 hours a week.", claims.HoursPerWeek, want{claims.Asserted, claims.Typical, "", "adult", ""}},
		{"Our IOP runs a daytime track three days a week.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", "weekday"}},
		{"National guidance for teens sets intensive outpatient care at 6 to 19 hours a week.", claims.HoursPerWeek, want{claims.Asserted, claims.Typical, "guidelines", "adolescent", ""}},
		{"Federal criteria place the floor of intensive outpatient care for teens at six hours a week.", claims.HoursPerWeek, want{claims.Asserted, claims.Typical, "guidelines", "adolescent", ""}},
		{"Our IOP meets 9 hours per week.", claims.HoursPerWeek, want{claims.Asserted, claims.Typical, "", "", ""}},
		// population
		{"Our adolescent IOP meets 6 hours per week.", claims.HoursPerWeek, want{claims.Asserted, claims.Typical, "", "adolescent", ""}},
		{"Teen IOP (13–17) — Monday and Wednesday afternoons, 3 to 5 p.m. Four hours a week, after the school day.", claims.HoursPerWeek, want{claims.Asserted, claims.Typical, "", "adolescent", ""}},
		{"Our teen IOP meets three afternoons a week from 3 to 5 p.m. That's six hours of group each week.", claims.HoursPerWeek, want{claims.Asserted, claims.Typical, "", "adolescent", ""}},
		{"Our teen IOP meets on Monday afternoons. Adults in our evening IOP get nine hours a week.", claims.HoursPerWeek, want{claims.Asserted, claims.Typical, "", "adult", "evening"}},
		{"For teens, the IOP meets 3 days a week.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "adolescent", ""}},
		{"Our young adult IOP meets 4 days a week.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "young-adult", ""}},
		{"The adult IOP meets 9 hours per week.", claims.HoursPerWeek, want{claims.Asserted, claims.Typical, "", "adult", ""}},
		{"The IOP meets 9 hours per week for everyone.", claims.HoursPerWeek, want{claims.Asserted, claims.Typical, "", "", ""}},
		{"IOP guide\n\nAn IOP gives at least 9 hours of group work every week for adults, and teen programs start lower.", claims.HoursPerWeek, want{claims.Asserted, claims.Typical, "", "adult", ""}},
		// variant
		{"Short-term residential stays last 28 days.", claims.ProgramLength, want{claims.Asserted, claims.Typical, "", "", "short-term"}},
		{"During orientation our IOP meets Monday through Friday.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", "phase: orientation"}},
		{"Our IOP meets 3 days a week after orientation.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", "phase: after orientation"}},
		{"Our short-stay residential track lasts 21 days.", claims.ProgramLength, want{claims.Asserted, claims.Typical, "", "", "short-term"}},
		{"Long-term residential programs last 6 to 12 months.", claims.ProgramLength, want{claims.Asserted, claims.Typical, "", "", "long-term"}},
		{"Medium-term residential programs last 45 to 60 days.", claims.ProgramLength, want{claims.Asserted, claims.Typical, "", "", "medium-term"}},
		{"Detox options\n\n- Social model: a social detox has peers and counselors but no round-the-clock medical staff.", claims.Supervision24x7, want{claims.Asserted, claims.Typical, "", "", "social-model"}},
		{"Residential care\n\nMid-Term Stays\n\nMost clients in this group stay about 50 days.", claims.ProgramLength, want{claims.Asserted, claims.Typical, "", "", "medium-term"}},
		{"Residential care\n\nShort-term and mid-term stays\n\nMost clients stay about 50 days.", claims.ProgramLength, want{claims.Asserted, claims.Typical, "", "", ""}},
		{"Our evening IOP meets 3 days a week.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", "evening"}},
		{"Day clients stay for five hours, and evening clients come in three nights a week after work.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", "evening"}},
		{"Medically supervised detox usually lasts five to seven days for alcohol.", claims.ProgramLength, want{claims.Asserted, claims.Typical, "", "", "alcohol"}},
		{"Our IOP lasts 12 weeks for alcohol use disorder.", claims.ProgramLength, want{claims.Asserted, claims.Typical, "", "", ""}},
		{"Our IOP meets three days a week for alcohol recovery.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", ""}},
		{"Detox usually takes about a week for alcohol.", claims.ProgramLength, want{claims.Asserted, claims.Typical, "", "", "alcohol"}},
		{"Alcohol Detox at Lakeshore\n\nHow long will I be in detox?\n\nMost guests finish detox in seven to ten days.", claims.ProgramLength, want{claims.Asserted, claims.Typical, "", "", "alcohol"}},
		{"Alcohol and Opioid Detox at Lakeshore\n\nHow long will I be in detox?\n\nMost guests finish detox in seven to ten days.", claims.ProgramLength, want{claims.Asserted, claims.Typical, "", "", ""}},
		{"Safe Detox From Drug or Alcohol Use\n\nHow long will I be in detox?\n\nMost guests finish detox in seven to ten days.", claims.ProgramLength, want{claims.Asserted, claims.Typical, "", "", ""}},
		{"SOURCE: https://www.example-recovery.org/teen-program/\n\nLarkspur Hollow Recovery\n\nIntensive Outpatient\n\nAttendance: four afternoons per week.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "adolescent", ""}},
		{"IOP clients split their week between evening groups three nights a week and one Saturday session.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", "evening"}},
		{"Our IOP\n\nClients in the evening IOP attend three nights a week.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", "evening"}},
		{"Our IOP\n\nOver the summer the groups shift to mornings, four days a week.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", "summer"}},
		{"Day treatment\n\nMost PHPs meet on weekdays, so you can expect roughly 25 hours of programming a week.", claims.HoursPerWeek, want{claims.Asserted, claims.Typical, "", "", ""}},
		{"Day treatment\n\nSome PHPs can run around 25 hours of care each week.", claims.HoursPerWeek, want{claims.Asserted, claims.Existential, "", "", ""}},
		{"Our IOP\n\nClients of our IOP put in at least ten hours of group work a week, consistent with ASAM Level 2.1.", claims.HoursPerWeek, want{claims.Asserted, claims.Typical, "", "", ""}},
		{"IOP guide\n\nIn line with ASAM criteria, an IOP provides at least nine hours a week.", claims.HoursPerWeek, want{claims.Asserted, claims.Typical, "ASAM", "", ""}},
		{"Our PHP\n\nMost clients stay three weeks and then move into our evening IOP.", claims.ProgramLength, want{claims.Asserted, claims.Typical, "", "", ""}},
		{"Our IOP\n\nIn the winter months our IOP meets two evenings a week rather than three.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", "winter"}},
		{"Our IOP\n\nOver the holidays the groups meet twice a week.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", "holiday"}},
		{"Our IOP\n\nThe IOP runs four days a week, winter or summer.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", ""}},
		{"Our IOP\n\nSummer groups meet two mornings a week.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", "summer"}},
		{"Detox\n\nMost people complete outpatient withdrawal care in seven to ten days.", claims.ProgramLength, want{claims.Asserted, claims.Typical, "", "", "outpatient"}},
		{"Our IOP\n\nOur summer IOP meets four mornings a week.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", "summer"}},
		{"Summer Teen IOP\n\nTeens meet two mornings a week.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "adolescent", "summer"}},
		{"Teen IOP\n\nOlder teens (16 and 17) come four afternoons a week.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "adolescent", "older-teens"}},
		{"Teen IOP\n\nYounger teens keep a lighter week: two afternoons a week.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "adolescent", "younger-teens"}},
		// What follows the program is not what its figure is of.
		{"Our IOP\n\nOur IOP lasts six weeks and is followed by aftercare.", claims.ProgramLength, want{claims.Asserted, claims.Typical, "", "", ""}},
		{"Our IOP\n\nOur eight-week IOP is followed by our alumni group.", claims.ProgramLength, want{claims.Asserted, claims.Typical, "", "", ""}},
		// People a cue names doing something in the program are its
		// clients, not a track.
		{"Our IOP\n\nMost veterans finish IOP in 10 to 12 weeks.", claims.ProgramLength, want{claims.Asserted, claims.Typical, "", "", ""}},
		{"Our IOP\n\nExecutives attend IOP three evenings a week.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", ""}},
		{"Our IOP\n\nOur veterans outpatient program meets three days a week.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", "veterans"}},
		// Adults the figure is set against are not whom it is for.
		{"Our programs\n\nOur teen IOP asks for 7 hours a week (for adults, 10 or more).", claims.HoursPerWeek, want{claims.Asserted, claims.Typical, "", "adolescent", ""}},
		{"Our programs\n\nOur teen IOP asks for 7 hours a week (adults put in 10).", claims.HoursPerWeek, want{claims.Asserted, claims.Typical, "", "adolescent", ""}},
		{"Our programs\n\nAdolescent IOP begins at 7 hours a week rather than the 10 hours set for adults.", claims.HoursPerWeek, want{claims.Asserted, claims.Typical, "", "adolescent", ""}},
		{"Our programs\n\nOur IOP asks for 10 hours a week (for adults).", claims.HoursPerWeek, want{claims.Asserted, claims.Typical, "", "adult", ""}},
		{"Summer Cohort for Teens\n\nThe Summer Cohort is an intensive outpatient program. It meets four mornings a week.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "adolescent", "summer"}},
		{"Our IOP\n\nOur summer intensive outpatient program meets four mornings a week.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", "summer"}},
		{"Summer Safety for Families\n\nOur IOP meets three afternoons a week all year.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", ""}},
		{"Our IOP\n\nTeens who attend school or a summer program come three afternoons a week.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "adolescent", ""}},
		{"Our IOP\n\nExcept during the holidays, the IOP meets three days a week.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", ""}},
		{"Our IOP\n\nOur IOP meets three days a week except over the holidays.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", ""}},
		{"Our IOP\n\nExcept over the holidays, when it meets twice a week, the IOP runs year-round.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", "holiday"}},
		{"Our IOP\n\nUnlike programs that slow down in winter, our IOP meets four days a week.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", ""}},
		{"Our IOP\n\nEven over the holidays, the IOP meets three days a week.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", ""}},
		{"Our PHP\n\nPHP runs Monday, Tuesday and Friday during Christmas week.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", "holiday"}},
		{"Our PHP\n\nBecause of the holiday, the PHP meets Monday through Wednesday next week.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", "holiday"}},
		{"Our IOP\n\nAdults in the evening group come in three nights a week.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "adult", "evening"}},
		{"Our IOP\n\nAn adult counselor leads each group on three afternoons a week.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", ""}},
		{"Our IOP\n\nOur pregnancy and postpartum IOP meets on four mornings a week.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", "perinatal"}},
		{"Our IOP\n\nThe perinatal PHP runs five weekdays from 9 to 2.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", "perinatal"}},
		// A guide to the numbered levels sets out ASAM's, unless the
		// provider speaks or keeps a timetable.
		{"Levels of care\n\nLevel 1 - Outpatient\n\nUp to nine hours of care weekly.\n\nLevel 2.1 - Intensive outpatient\n\nNine to nineteen hours of care weekly.\n\nLevel 2.5: Day hospital (PHP)\n\nA full day of treatment, most often on five days a week.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "ASAM", "", ""}},
		{"Levels of care\n\nLevel 1 - Outpatient\n\nUp to nine hours of care weekly.\n\nLevel 2.1 - Intensive outpatient\n\nOur IOP is for working adults.\n\nGroups run on four mornings a week.\n\nLevel 2.5: Day hospital (PHP)\n\nA full day of treatment.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", ""}},
		{"Levels we offer\n\nLevel 1: Outpatient counseling\n\nAn hour with your counselor.\n\nLevel 2.1: Intensive outpatient\n\nGroups run on four mornings a week.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", ""}},
		{"Levels of care\n\nLevel 1 - Outpatient\n\nUp to nine hours of care weekly.\n\nLevel 2.5: Day hospital (PHP)\n\nA full day of treatment.\n\nLevel 2.1: Intensive outpatient\n\nIn Dover, groups meet on Monday and Friday, 9 a.m. to noon.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", ""}},
		{"IOP schedules\n\nAs an illustration, a student off for the summer could attend five mornings weekly.", claims.DaysPerWeek, want{claims.Asserted, claims.Example, "", "", ""}},
		{"Our IOP\n\nTo illustrate, our current cohort meets four days a week.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", ""}},
		{"Our residential program\n\nLonger stays of 60 or 90 days are available.", claims.ProgramLength, want{claims.Asserted, claims.Existential, "", "", ""}},
		{"Our residential program\n\nOur residential program lasts 45 days, is available to men and women.", claims.ProgramLength, want{claims.Asserted, claims.Typical, "", "", ""}},
		{"Our IOP\n\nAvailable in person and by telehealth, our IOP meets four days a week for 10 weeks.", claims.ProgramLength, want{claims.Asserted, claims.Typical, "", "", ""}},
		// Those who pay their own way are a subgroup a hedged stay is
		// said of.
		{"Our residential program\n\nPrivate-pay clients often stay 45 days or more.", claims.ProgramLength, want{claims.Asserted, claims.Conditional, "", "", ""}},
		{"Our IOP\n\nClients who join us in IOP rather than stepping down from PHP often stay 12 to 14 weeks.", claims.ProgramLength, want{claims.Asserted, claims.Conditional, "", "", ""}},
		{"Our IOP\n\nPeople who come straight from detox usually stay 12 weeks.", claims.ProgramLength, want{claims.Asserted, claims.Conditional, "", "", ""}},
		{"Our IOP\n\nClients who attend our IOP usually stay 10 weeks.", claims.ProgramLength, want{claims.Asserted, claims.Typical, "", "", ""}},
		{"Partial Hospitalization\n\nOut-of-town PHP clients live in our sober living apartments.", claims.LivesAtHome, want{claims.Asserted, claims.Conditional, "", "", ""}},
		{"Our PHP\n\nAfter a setback, many clients briefly return to a higher level of care, such as PHP for a week or two.", claims.ProgramLength, want{claims.Asserted, claims.Conditional, "", "", ""}},
		{"Our PHP\n\nSome clients step back up to residential care for about ten days.", claims.ProgramLength, want{claims.Asserted, claims.Conditional, "", "", "re-entry"}},
		{"Our PHP\n\nMost clients return to work after four weeks in our PHP.", claims.ProgramLength, want{claims.Asserted, claims.Typical, "", "", ""}},
		{"Partial Hospitalization\n\nClients from out of state live in our sober living apartments during the program.", claims.LivesAtHome, want{claims.Asserted, claims.Conditional, "", "", ""}},
		{"Partial Hospitalization\n\nOur PHP clients live in our sober living apartments.", claims.LivesAtHome, want{claims.Asserted, claims.Typical, "", "", ""}},
		// Sessions held by video in a hybrid week are its virtual part;
		// a program offered both ways is one program.
		{"Hybrid IOP\n\nOur IOP meets three days a week, with one of those sessions by video.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", ""}},
		{"Hybrid IOP\n\nCountry programs now offer a hybrid week that has one or two sessions a week by video.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", "virtual"}},
		{"Hybrid IOP\n\nSome programs add one or two video sessions a week.", claims.DaysPerWeek, want{claims.Asserted, claims.Existential, "", "", "virtual"}},
		{"Our IOP\n\nOffered in person and by video, our IOP meets four days a week.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", ""}},
		{"Our IOP\n\nOur IOP meets four days a week in person or by video.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", ""}},
		{"Our residential program\n\nExtensions are available when your team recommends them, and about a third of residents stay 45 days or longer.", claims.ProgramLength, want{claims.Asserted, claims.Existential, "", "", ""}},
		{"Our IOP\n\nClients attend three days a week and head home in the evening after group.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", ""}},
		{"We also offer ambulatory benzodiazepine tapers, with weekly visits over several weeks.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", "benzodiazepine"}},
		{"Our PHP offers far more hours than our evening IOP: six hours a day, five days a week.", claims.HoursPerDay, want{claims.Asserted, claims.Typical, "", "", ""}},
		{"Evening Intensive Outpatient for Working Adults\n\nOur IOP meets Monday, Wednesday and Thursday.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", "evening"}},
		{"Our Outpatient Programs\n\nOur evening IOP suits people who work days. Our IOP meets three mornings a week.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", ""}},
		{"“Intensive outpatient” — IOP for short — meets three days a week at our clinic.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", ""}},
		{"Our IOP\n\nPhase 1 (weeks 1-4): five days a week, three hours a day", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", "phase: phase 1"}},
		{"Detox timelines\n\nShort-acting opioids such as heroin: most people complete detox in 5 to 7 days.", claims.ProgramLength, want{claims.Asserted, claims.Typical, "", "", "short-acting opioid"}},
		{"Detox timelines\n\nLong-acting opioids: 10 to 14 days", claims.ProgramLength, want{claims.Asserted, claims.Typical, "", "", "long-acting opioid"}},
		{"Detox timelines\n\nMethamphetamine: 7 to 10 days", claims.ProgramLength, want{claims.Asserted, claims.Typical, "", "", "methamphetamine"}},
		{"Detox timelines\n\nCocaine withdrawal usually lasts 3 to 5 days.", claims.ProgramLength, want{claims.Asserted, claims.Typical, "", "", "cocaine"}},
		{"Detox timelines\n\n| Substance | Usual detox |\n|---|---|\n| Buprenorphine | 10-14 days |", claims.ProgramLength, want{claims.Asserted, claims.Typical, "", "", "buprenorphine"}},
		{"Detox timelines\n\nStimulant withdrawal usually lasts 3 to 5 days.", claims.ProgramLength, want{claims.Asserted, claims.Typical, "", "", "stimulant"}},
		{"| Track | Nights per week |\n|---|---|\n| Evening IOP | 3 nights |", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", "evening"}},
		{"Our virtual IOP meets 3 days a week.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", "virtual"}},
		{"Our IOP meets 3 days a week.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", ""}},
		{"Our IOP runs short evening blocks, 3 days a week.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", ""}},
		{"Alcohol detox usually lasts 5 to 7 days.", claims.ProgramLength, want{claims.Asserted, claims.Typical, "", "", "alcohol"}},
		{"Many programs in the region require five days a week of attendance.", claims.DaysPerWeek, want{claims.Asserted, claims.Existential, "", "", ""}},
		{"Many clients in our IOP attend four days a week.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", ""}},
		{"For alcohol, supervised withdrawal generally takes four to six days.", claims.ProgramLength, want{claims.Asserted, claims.Typical, "", "", "alcohol"}},
		{"For alcohol, our evening IOP adds a relapse-prevention group that runs eight weeks.", claims.ProgramLength, want{claims.Asserted, claims.Typical, "", "", "evening"}},
		{"Heroin detox lasts 4 to 7 days.", claims.ProgramLength, want{claims.Asserted, claims.Typical, "", "", "opioid"}},
		{"Withdrawal from heroin lasts 4 to 7 days in our detox.", claims.ProgramLength, want{claims.Asserted, claims.Typical, "", "", "opioid"}},
		{"Our drug or alcohol addiction IOP lasts 8 weeks.", claims.ProgramLength, want{claims.Asserted, claims.Typical, "", "", ""}},
		{"In IOP3, clients meet 3 days a week.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", "iop3"}},
		{"Outpatient detox takes 5 to 10 days.", claims.ProgramLength, want{claims.Asserted, claims.Typical, "", "", "outpatient"}},
		// a rate is no universal, an opening condition governs the sentence
		{"Every week, IOP groups last an hour.", claims.SessionLength, want{claims.Asserted, claims.Typical, "", "", ""}},
		{"If you relapse, the IOP lasts 20 weeks.", claims.ProgramLength, want{claims.Asserted, claims.Conditional, "", "", ""}},
		{"Most IOP clients move from four evenings to two evenings a week after the first month.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", "later"}},
		// A client's condition does not make the provider's own detox
		// conditional; a referral stays one.
		{"If you still drink every day, you can start with medical detox in the on-site unit.", claims.DetoxOffered, want{claims.Asserted, claims.Typical, "", "", ""}},
		{"If needed, we provide detox before PHP begins.", claims.DetoxOffered, want{claims.Asserted, claims.Typical, "", "", ""}},
		{"If you need detox, we will refer you to the county hospital.", claims.DetoxOffered, want{claims.Asserted, claims.Conditional, "", "", ""}},
		{"If our state grant is approved, we will offer detox in our on-site unit next year.", claims.DetoxOffered, want{claims.Asserted, claims.Conditional, "", "", ""}},
		{"Many clients stay 30 days in our residential program.", claims.ProgramLength, want{claims.Asserted, claims.Typical, "", "", ""}},
		{"Most people complete the IOP in 8 to 12 weeks, and some continue in aftercare.", claims.ProgramLength, want{claims.Asserted, claims.Typical, "", "", ""}},
		{"Clients in the PHP step down to our IOP, which meets 3 days a week.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", ""}},
		{"Our step-down IOP meets 3 days a week.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", "step-down"}},
		{"Most clients step down to our weekly aftercare group after about six weeks of IOP.", claims.ProgramLength, want{claims.Asserted, claims.Typical, "", "", ""}},
		{"The IOP lasts ten weeks, with a gradual step-down to two afternoons a week near the end.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", "step-down"}},
		{"Weekday clients attend our standard IOP, which meets three days a week.", claims.DaysPerWeek, want{claims.Asserted, claims.Typical, "", "", "weekday"}},
		{"As the usual step-down from PHP, an IOP involves 9 to 15 hours a week.", claims.HoursPerWeek, want{claims.Asserted, claims.Typical, "", "", ""}},
		{"Clients may start in our PHP, which lasts 2 to 4 weeks.", claims.ProgramLength, want{claims.Asserted, claims.Typical, "", "", ""}},
		{"Our IOP meets 6 hours a week in all.", claims.HoursPerWeek, want{claims.Asserted, claims.Typical, "", "", ""}},
		{"According to NIDA, outpatient programs should last at least 90 days.", claims.ProgramLength, want{claims.Asserted, claims.Typical, "NIDA", "", ""}},
	} {
		doc, err := corpus.Parse("m.txt", []byte(tc.text+"\n"), corpus.FormatText, corpus.DefaultOptions())
		if err != nil {
			t.Fatal(err)
		}
		var got []claims.Claim
		for _, c := range claims.Extract(doc) {
			if c.Kind == tc.kind {
				got = append(got, c)
			}
		}
		if tc.kind == "" {
			if len(got) != 0 {
				t.Errorf("%q: want no claim, got %+v", tc.text, got)
			}
			continue
		}
		if len(got) != 1 {
			t.Errorf("%q: want one %s claim, got %d", tc.text, tc.kind, len(got))
			continue
		}
		c := got[0]
		g := want{c.Polarity, c.Force, c.Attribution, c.Population, c.Variant}
		if g != tc.want {
			t.Errorf("%q:\n got  %+v\n want %+v", tc.text, g, tc.want)
		}
	}
}

// TestCarriedModality checks what a claim takes from its context: the
// page title's population, the sentence before when it points back, and
// the phase a heading opens.
func TestCarriedModality(t *testing.T) {
	page := `Teen Intensive Outpatient Program

The young people's IOP meets three afternoons a week.

The track lasts 8 weeks.

Our half-day PHP is a step down for clients near the end of PHP. It runs five days a week, for 20 hours a week.

Our full-day PHP runs five days a week, for 30 hours a week.

Phase 1 (weeks 1 to 4): Stabilization

Clients attend four days a week.

Phase 2 (weeks 5 to 8): Skills

Clients attend three days a week.
`
	got := positionedLines(extractPage(t, "teen.txt", page), func(c claims.Claim) string { return c.Population + "/" + c.Variant })
	want := []string{
		"3 iop 3 adolescent/",
		"5 iop 56 adolescent/",
		"7 php 5 adolescent/half-day",
		"7 php 20 adolescent/half-day",
		"9 php 5 adolescent/full-day",
		"9 php 30 adolescent/full-day",
		"13 php 4 adolescent/phase: phase 1",
		"17 php 3 adolescent/phase: phase 2",
	}
	sameLines(t, got, want)
}

// A heading that names a program for teens makes its section's figures
// theirs; the next heading ends the section.
func TestSectionPopulation(t *testing.T) {
	text := "Our outpatient programs | Alder Creek\n\nOur outpatient programs\n\nWe run two outpatient tracks at our Main Street clinic.\n\nBoth tracks share one curriculum.\n\nTEEN AFTER-SCHOOL IOP (ages 14-17)\nWhen: two afternoons a week, 4:00-6:00 p.m.\nLength: 10 weeks.\n\nWeekday IOP\nWhen: four mornings a week.\n"
	got := populations(t, text, claims.DaysPerWeek, claims.ProgramLength)
	if want := "two afternoons a week=adolescent; 10 weeks=adolescent; four mornings a week="; got != want {
		t.Errorf("populations %q, want %q", got, want)
	}
}

// A page whose address names a teen program (".../adolescent-iop") is
// about teens, as one whose title does: "Adult IOP participants" on it
// stay adults.
func TestAddressPopulation(t *testing.T) {
	text := "SOURCE: https://health.example.org/addiction/adolescent-iop\n\nRiver Bend Health | Find a Doctor | Locations\n\nSchedule\nThe program meets two afternoons a week, after school.\n\nAdult IOP participants attend three days a week.\n"
	got := populations(t, text, claims.DaysPerWeek)
	if want := "two afternoons a week=adolescent; three days a week=adult"; got != want {
		t.Errorf("populations %q, want %q", got, want)
	}
}

// A program's page filed under whom it serves (".../youth/intensive-outpatient/")
// is theirs; a folder naming adults, or a page that names no program in
// its address, is not.
func TestAddressFolderPopulation(t *testing.T) {
	for _, c := range []struct{ url, want string }{
		{"https://www.example.org/youth/intensive-outpatient/", "three afternoons a week=adolescent"},
		{"https://www.example.org/teens/family-resources/", "three afternoons a week="},
		{"https://www.example.org/adults-and-teens/intensive-outpatient/", "three afternoons a week="},
	} {
		text := "SOURCE: " + c.url + "\n\nBirch Lane Health\n\nSchedule\nThe program meets three afternoons a week.\n"
		if got := populations(t, text, claims.DaysPerWeek); got != c.want {
			t.Errorf("%s: populations %q, want %q", c.url, got, c.want)
		}
	}
}

// populations lists the claims of the given kinds in a text page as
// "text=population", joined by "; ".
func populations(t *testing.T, text string, kinds ...claims.Kind) string {
	t.Helper()
	doc, err := corpus.Parse("p.txt", []byte(text), corpus.FormatText, corpus.DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, c := range claims.Extract(doc) {
		if slices.Contains(kinds, c.Kind) {
			got = append(got, c.Text+"="+c.Population)
		}
	}
	return strings.Join(got, "; ")
}

// TestMinorsAfterFigure reads "(6 hours for members under 18)" after a
// figure, in a sentence that also names adults, as the minors' figure.
func TestMinorsAfterFigure(t *testing.T) {
	text := "Plan benefits\n\nIntensive outpatient: at least 9 hours of treatment per week for adults (6 hours for members under 18).\n"
	want := "at least 9 hours=adult; 6 hours=adolescent"
	if got := populations(t, text, claims.HoursPerWeek); got != want {
		t.Errorf("populations %q, want %q", got, want)
	}
}

// TestMinorsNotAcrossClauses keeps the age of the next clause from the
// figure before it: "Adult IOP: 9 hours a week; under 18: …".
func TestMinorsNotAcrossClauses(t *testing.T) {
	text := "Plan benefits\n\nAdults attend IOP 9 hours per week; clients under 18 need a parent's consent.\n"
	want := "9 hours per week=adult"
	if got := populations(t, text, claims.HoursPerWeek); got != want {
		t.Errorf("populations %q, want %q", got, want)
	}
}

// A heading that names two tracks joined ("Morning and evening IOP") heads
// both: the section's figures are no one track's. One that names one track
// makes its section that track's.
func TestTwoTracksHeading(t *testing.T) {
	for _, tc := range []struct{ heading, want string }{
		{"Day and evening IOP", ""},
		{"Morning & evening groups", ""},
		{"Evening IOP", "evening"},
	} {
		text := "Our IOP\n\n" + tc.heading + "\nOur IOP meets three days a week.\n"
		cs := extractPage(t, "tracks.txt", text)
		if len(cs) != 1 || cs[0].Variant != tc.want {
			t.Errorf("%q: got %+v, want one claim of variant %q", tc.heading, cs, tc.want)
		}
	}
}

// A heading setting two forms of detox side by side heads both: the
// sentence pointing back at inpatient detox keeps its own form, and the
// setting word before "vs." names detox, not residential care.
func TestDetoxFormsHeading(t *testing.T) {
	text := "Detox\n\nInpatient vs. outpatient detox\nInpatient detox means staying at a hospital with nurses on hand day and night. It is the safer choice for severe withdrawal, and it usually lasts three to seven days.\n"
	got := showKind(t, "detox.txt", text, claims.ProgramLength, textSubjectVariant)
	if want := "three to seven days detox/inpatient"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// A sentence pointing back at one naming two tracks speaks of both, and
// "most clients" of the provider's own program are its clients, not most
// programs'.
func TestBackAcrossTracks(t *testing.T) {
	text := "SOURCE: https://www.fernhollow.example/programs/iop/\n\nIntensive outpatient\n\nOur IOP meets three days a week, with a day track (10 a.m. to 1 p.m.) and a night track (6 to 9 p.m.). Most clients complete the program in 9 to 11 weeks.\n"
	got := showKind(t, "iop.txt", text, claims.ProgramLength, func(c claims.Claim) string { return fmt.Sprintf("%s %s %s/%s", c.Text, c.Subject, c.Scope, c.Variant) })
	if want := "9 to 11 weeks iop provider/"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// A site's front page lists its own programs on labelled lines; an FAQ
// answer to "How long will I …?" is the provider's even when its own voice
// comes a sentence later. A directory's front page lists others'.
func TestFrontPageAndAnswerScope(t *testing.T) {
	for _, tc := range []struct{ name, text, want string }{
		{"front", "SOURCE: https://www.tallowcreek.example/\n\nTallow Creek Recovery\n\nWe have served Tallow County since 2004.\n\nLevels of care\nDay treatment: 5 days a week, 6 hours a day.\n", "provider provider"},
		// A guide's front page, with no voice of a provider, and a line
		// comparing two levels, speak of programs in general.
		{"guide", "SOURCE: https://www.rehabbasics.example/\n\nRehab Basics: A Guide\n\nThis guide explains typical schedules.\n\nLevels of care\nDay treatment: 5 days a week, 6 hours a day.\n", "general general"},
		// A cookie banner's "we" is the site's software, not a provider.
		{"cookies", "SOURCE: https://www.rehabbasics.example/states/ohio/iop/\n\nWe use cookies to personalize content. By continuing you accept our cookie policy.\n\nIntensive Outpatient Rehab in Ohio\n\nClients attend group therapy and individual counseling three times per week.\n", "general"},
		{"versus", "SOURCE: https://www.tallowcreek.example/\n\nTallow Creek Recovery\n\nWe have served Tallow County since 2004.\n\nIOP vs PHP: PHP is usually 5 days a week.\n", "general"},
		{"national", "SOURCE: https://www.tallowcreek.example/faq/\n\nFAQ\n\nHow long will I stay in residential care?\nResidential programs usually last 30 to 90 days nationwide. Our team sets your length with you.\n", "general"},
		{"inner", "SOURCE: https://www.tallowcreek.example/blog/levels-of-care/\n\nLevels of care explained\n\nLevels of care\nDay treatment: 5 days a week, 6 hours a day.\n", "general general"},
		// Lines under a heading that explains the levels define them, also
		// where a text export took a line for a heading of its own.
		{"explained", "SOURCE: https://www.tallowcreek.example/\n\nTallow Creek Recovery\n\nWe run an evening IOP.\n\nLevels of care explained\nOutpatient (OP): under 9 hours a week\nResidential: live-in, staffed around the clock\n", "general general general"},
		// A bare schedule line under the schedule heading of the
		// provider's own program page is the program's; on a blog it is
		// not.
		{"schedule", "SOURCE: https://www.tallowcreek.example/programs/php/\n\nPartial Hospitalization\n\nOur PHP gives you medical oversight every day.\n\nProgram schedule\nMonday through Thursday, 9:00 a.m. to 1:00 p.m.\n", "provider provider"},
		{"blogschedule", "SOURCE: https://www.tallowcreek.example/blog/what-php-looks-like/\n\nPartial Hospitalization\n\nOur PHP gives you medical oversight every day.\n\nProgram schedule\nMonday through Thursday, 9:00 a.m. to 1:00 p.m.\n", "general general"},
		// The site's name as the program's modifier says whose; a
		// program's own plural in capitals names no one.
		{"modifier", "SOURCE: https://www.wickfern.example/treatment/iop/\n\nEvening IOP\n\nThe Wickfern IOP is held three evenings a week.\n", "provider"},
		{"plural", "SOURCE: https://www.iopsguide.example/blog/what-to-know/\n\nWhat to know\n\nThe IOPs here meet three days a week.\n", "general"},
		{"opensname", "SOURCE: https://www.wickfern.example/treatment/iop/\n\nEvening IOP\n\nWickfern IOP nights are Monday, Wednesday and Thursday.\n", "provider"},
		{"opensword", "Several programs\n\nSeveral IOPs meet three days a week.\n", "general"},
		{"opensplural", "SOURCE: https://www.wickfern.example/blog/teens/\n\nTeen programs\n\nWickfern PHPs run five days a week.\n", "general"},
		{"opensrunon", "SOURCE: https://www.wickfern.example/pharmacy/\n\nPharmacy\n\nWickfern IOP Transport Service runs three days a week.\n", "general"},
		{"opensother", "SOURCE: https://www.wickfern.example/blog/options/\n\nOptions nearby\n\nDenver IOP nights are Monday and Thursday.\n", "general"},
		// Only a heading that explains terms, not a paragraph saying
		// "which means", nor the provider's "What recovery means to us";
		// a call to book a tour heads no schedule of the program.
		{"meansparagraph", "SOURCE: https://www.willowfen.example/\n\nWillowfen Recovery\n\nWe are in network with most insurers, which means your cost is often lower than you expect.\n\nIntensive Outpatient (IOP): Three Evenings a Week\n", "provider"},
		{"meanstous", "SOURCE: https://www.willowfen.example/\n\nWillowfen Recovery\n\nWe treat adults.\n\nWhat recovery means to us\nResidential: 28 days with staff on site around the clock\n", "provider provider"},
		{"tour", "SOURCE: https://www.tallowcreek.example/programs/php/\n\nPartial Hospitalization\n\nOur PHP gives you medical oversight every day.\n\nSchedule a tour\nTours Monday through Wednesday, 10 a.m. to noon.\n", "general"},
		// Only the site's whole name, on no directory, and not another's
		// program ("at …", "run by …", a curriculum).
		{"directory", "SOURCE: https://www.denverrehabguide.example/listings/\n\nListings\n\nThe Denver IOP at Front Range Clinic meets three evenings a week.\n", "general"},
		{"curriculum", "SOURCE: https://www.matrixhealthclinic.example/iop/\n\nOur IOP\n\nThe Matrix IOP, as published by university researchers, lasts 16 weeks.\n", "general"},
		{"partname", "SOURCE: https://www.tampabayrecovery.example/nearby\n\nTampa Bay Recovery\n\nOther options nearby\n\nThe Tampa General outpatient program meets five mornings a week.\n", "general"},
		{"waitlist", "SOURCE: https://www.ridgelinerecovery.example/detox/\n\nDetox\n\nRidgeline has no detox waiting list.\n", "general"},
		// Programs in general, set against the provider's own past a
		// contrast: only what follows the contrast is the provider's.
		{"contrast", "SOURCE: https://www.fernhollow.example/iop/\n\nEvening IOP\n\nMost IOPs last 8 to 16 weeks, but our evening track runs 6 weeks.\n", "general provider"},
		{"contrastsemi", "SOURCE: https://www.fernhollow.example/iop/\n\nEvening IOP\n\nMany programs meet five days a week; ours meets on Tuesday and Thursday evenings.\n", "general provider"},
		{"contrastso", "SOURCE: https://www.fernhollow.example/php/\n\nDay program\n\nDay programs nationwide run about 4 to 7 hours a day, so ours, at six hours, is on the long side.\n", "general provider"},
		{"contrastbare", "SOURCE: https://www.fernhollow.example/iop/\n\nEvening IOP\n\nMost places run an IOP at about 6 hours a week but we offer more.\n", "general"},
		{"contrastboth", "SOURCE: https://www.fernhollow.example/iop/\n\nEvening IOP\n\nBoth programs last 12 weeks, but our evening track meets fewer days.\n", "provider"},
		{"contrastname", "SOURCE: https://www.fernhollow.example/iop/\n\nEvening IOP\n\nAll programs at Fern Hollow last 90 days, but we extend stays when needed.\n", "provider"},
		{"contrastown", "SOURCE: https://www.fernhollow.example/iop/\n\nEvening IOP\n\nOur IOP lasts 10 weeks, but we can extend it for another 4 weeks.\n", "provider"},
		{"contrasthere", "SOURCE: https://www.fernhollow.example/iop/\n\nEvening IOP\n\nThe IOP lasts 10 weeks, but we can extend it for another 4 weeks.\n", "provider"},
		{"answer", "SOURCE: https://www.tallowcreek.example/faq/\n\nFAQ\n\nHow long will I stay in detox?\nPlan on four to six days. Our nurses adjust the plan as you go.\n", "provider"},
	} {
		var got []string
		for _, c := range extractPage(t, tc.name+".txt", tc.text) {
			got = append(got, c.Scope.String())
		}
		if strings.Join(got, " ") != tc.want {
			t.Errorf("%s: scopes %q, want %q", tc.name, strings.Join(got, " "), tc.want)
		}
	}
}

// The hedged next sentence of the provider's own account is its clients'
// ("Most clients are discharged after 9 weeks"), and "Typically/Often the
// program …" on a page where the provider speaks of its IOP as its own is
// that program's, as "The program takes …" is.
func TestOwnProgramScope(t *testing.T) {
	for _, text := range []string{
		"SOURCE: https://www.birchfield.example/iop/\n\nEvening IOP\n\nOur IOP meets three evenings a week.\n\nHow long it lasts\nGroups stay small.\n\nTypically the program takes 10 to 12 weeks to complete.\n\nOften the program takes 10 weeks.\n",
		"SOURCE: https://www.fernhollow.example/programs/iop/\n\nIntensive outpatient\n\nOur IOP meets three days a week. Most clients are discharged after 9 weeks.\n",
	} {
		for _, c := range extractPage(t, "iop.txt", text) {
			if c.Kind == claims.ProgramLength && c.Scope != claims.Provider {
				t.Errorf("%q: scope %s, want provider", c.Text, c.Scope)
			}
		}
	}
}

// scopeCase is a page and the scopes, in order, of its claims of the
// kinds a test asks about.
type scopeCase struct {
	page string
	want []claims.Scope
}

// checkScopes reads each case's page and compares the scopes of its
// claims of the given kinds with the case's.
func checkScopes(t *testing.T, kinds []claims.Kind, cases []scopeCase) {
	t.Helper()
	for _, tc := range cases {
		var got []claims.Scope
		for _, c := range extractPage(t, "page.txt", tc.page) {
			if slices.Contains(kinds, c.Kind) {
				got = append(got, c.Scope)
			}
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: scopes %v, want %v", tc.page, got, tc.want)
		}
	}
}

var (
	provider = []claims.Scope{claims.Provider}
	general  = []claims.Scope{claims.General}
	lengths  = []claims.Kind{claims.ProgramLength}
)

// A figure in a fronted concession about programs in general is not the
// provider's, though the main clause after its comma speaks as it.
func TestConcededGeneralScope(t *testing.T) {
	checkScopes(t, lengths, []scopeCase{
		{"SOURCE: https://www.tamsinbrook.example/iop/\n\nOur IOP\n\nWhile most IOPs wrap up in 8 weeks, ours runs for 12 weeks.\n", []claims.Scope{claims.General, claims.Provider}},
		{"SOURCE: https://www.tamsinbrook.example/iop/\n\nOur IOP\n\nWhereas many programs stop at 30 days, our residential stay lasts 45 days.\n", []claims.Scope{claims.General, claims.Provider}},
		{"SOURCE: https://www.tamsinbrook.example/iop/\n\nOur IOP\n\nWhile our IOP runs for 8 weeks, we keep alumni groups going for a year.\n", []claims.Scope{claims.Provider, claims.Provider}},
	})
}

// On the provider's own questions page, an unhedged answer to a question
// naming a level bare is the provider's; one to a question about "an IOP"
// or IOPs, or a hedged one, is not.
func TestBareLevelAnswerScope(t *testing.T) {
	checkScopes(t, []claims.Kind{claims.DaysPerWeek, claims.ProgramLength}, []scopeCase{
		{"SOURCE: https://www.tamsinbrook.example/faq/\n\nTamsin Brook FAQ\n\nHow many days a week is PHP?\n\nPHP meets four days a week.\n", provider},
		{"SOURCE: https://www.tamsinbrook.example/faq/\n\nTamsin Brook FAQ\n\nHow long is residential?\n\nSix weeks.\n", provider},
		{"SOURCE: https://www.tamsinbrook.example/faq/\n\nTamsin Brook FAQ\n\nHow many days a week does a PHP meet?\n\nPHP meets four days a week.\n", general},
		{"SOURCE: https://www.tamsinbrook.example/faq/\n\nTamsin Brook FAQ\n\nHow many days a week is PHP?\n\nPHP usually meets four days a week.\n", general},
		{"SOURCE: https://www.tamsinbrook.example/blog/php-basics/\n\nPHP basics\n\nHow many days a week is PHP?\n\nPHP meets four days a week.\n", general},
	})
}

// A question whether care suits the reader, answered about such care in
// general, leaves the answer general; an answer about the provider's own
// program, hedged or not, is the provider's.
func TestReaderSuitedAnswerScope(t *testing.T) {
	checkScopes(t, lengths, []scopeCase{
		{"SOURCE: https://www.tamsinbrook.example/programs/php/\n\nIs Tamsin Brook's PHP a Good Fit for You?\n\nDay treatment generally lasts three to five weeks.\n", general},
		{"SOURCE: https://www.tamsinbrook.example/programs/php/\n\nIs Tamsin Brook's PHP a Good Fit for You?\n\nDay treatment here typically lasts three to five weeks.\n", provider},
		{"SOURCE: https://www.tamsinbrook.example/programs/php/\n\nIs Tamsin Brook's PHP a Good Fit for You?\n\nPHP clients stay for three to five weeks.\n", provider},
	})
}

// A sentence opening on the site's own name as the one that runs or
// offers a program speaks for the provider; another's name, or a level
// named by its care, does not.
func TestOwnNameActsScope(t *testing.T) {
	checkScopes(t, lengths, []scopeCase{
		{"SOURCE: https://www.tamsinbrook.example/faq/\n\nQuestions\n\nTamsin Brook offers a residential program that lasts 45 days.\n", provider},
		{"SOURCE: https://www.tamsinbrook-recovery.example/faq/\n\nQuestions\n\nTamsin Brook Recovery now runs a 45-day residential program.\n", provider},
		{"SOURCE: https://www.tamsinbrook.example/faq/\n\nQuestions\n\nOdell House offers a residential program that lasts 45 days.\n", general},
		{"SOURCE: https://www.tamsinbrook.example/faq/\n\nResidential Treatment at Tamsin Brook\n\nResidential Treatment provides a stay that lasts 45 days.\n", general},
		// (What the name is, by the name the address holds, not a title's
		// place.)
		{"SOURCE: https://www.tamsinbrook.example/about/\n\nAbout\n\nTamsin Brook is a residential center where stays last 45 days.\n", provider},
		{"SOURCE: https://travel.example/stories/rehab-in-arvelle/\n\nRehab in Arvelle\n\nArvelle is a country where rehab stays last 45 days.\n", general},
	})
}

// Clients named by their program, in the sentence after the provider's
// own account of it, are the program's clients; alone they are anyone's.
func TestProgramClientsScope(t *testing.T) {
	for _, tc := range []struct {
		text string
		want claims.Scope
	}{
		{"SOURCE: https://www.quarryside.example/day-program/\n\nDay program\n\nOur PHP meets Monday to Thursday, 9 to 2. PHP members get 20 hours of care each week.\n", claims.Provider},
		{"SOURCE: https://www.quarryside.example/day-program/\n\nDay program\n\nPHP members get 20 hours of care each week.\n", claims.General},
	} {
		n := 0
		for _, c := range extractPage(t, "php.txt", tc.text) {
			if c.Kind == claims.HoursPerWeek {
				n++
				if c.Scope != tc.want {
					t.Errorf("%q: scope %s, want %s", c.Text, c.Scope, tc.want)
				}
			}
		}
		if n != 1 {
			t.Errorf("%q: %d weekly figures, want 1", tc.text, n)
		}
	}
}

// A headline naming young adults is no adults' program; a title naming
// whom a track serves, then its own name, is that track.
func TestTitledTracks(t *testing.T) {
	for _, tc := range []struct {
		text, population, variant string
	}{
		{"SOURCE: https://www.larkmoor.example/services/emerging-adults/\n\nLarkmoor Health\n\nYoung Adult IOP (Ages 19 to 26)\n\nWhy a separate group\nPeople in their twenties share worries of their own.\n\nWhen we meet\nThe group meets three evenings a week.\n", "young-adult", ""},
		{"SOURCE: https://www.larkmoor.example/services/mens-program/\n\nLarkmoor Health\n\nMen's Recovery Program\n\nAn intensive outpatient track for men.\n\nThe group meets three evenings a week.\n", "", "men's"},
		{"SOURCE: https://www.larkmoor.example/about/\n\nLarkmoor Health\n\nMen's Recovery Center\n\nOur intensive outpatient groups gather on three evenings weekly.\n", "", ""},
	} {
		n := 0
		for _, c := range extractPage(t, "p.txt", tc.text) {
			if c.Kind != claims.DaysPerWeek {
				continue
			}
			n++
			if c.Population != tc.population || c.Variant != tc.variant {
				t.Errorf("%q: population %q variant %q, want %q %q", tc.text, c.Population, c.Variant, tc.population, tc.variant)
			}
		}
		if n != 1 {
			t.Errorf("%q: %d day counts, want 1", tc.text, n)
		}
	}
}

// What a section's heading, or a sentence of the section, says holds for
// the figures under it: a season's schedule (its dates in brackets), a
// length of stay short or long ("extended care" heads a step-down
// program, and a heading naming both sets neither), figures the page says
// only illustrate (up to the next heading), and whom the program of a
// fact block's short lines is for.
func TestSectionReadings(t *testing.T) {
	variant := func(c claims.Claim) string { return fmt.Sprintf("%s/%s", c.FormatValue(), c.Variant) }
	force := func(c claims.Claim) string { return fmt.Sprintf("%s/%s", c.FormatValue(), c.Force) }
	population := func(c claims.Claim) string { return c.FormatValue() + "/" + c.Population }
	for _, tc := range []struct {
		name, text string
		kind       claims.Kind
		show       func(claims.Claim) string
		want       string
	}{
		{"season", "SOURCE: https://www.larkmoor.example/teen-iop/\n\nTeen IOP\n\nDuring the school year (September to June)\nTuesdays, Wednesdays and Fridays, 4 to 7 p.m.\n\nSummer schedule (July 1 to August 20)\nMonday to Thursday, 10 a.m. to 1 p.m.\n", claims.DaysPerWeek, variant, "3/; 4/summer"},
		{"stay length", "SOURCE: https://www.ridgefold.example/rehab-guide/\n\nRehab programs\n\nShort-term and long-term stays\nResidential programs run 30 to 90 days.\n\nLong-Term Residential Programs\nA long stay gives residents three months in the house.\n\nShort-Term Residential Programs\nThe 28-day program is residential as well.\n\nExtended Care for Long Term Recovery\nAfter rehab, most clients spend 60 days in our IOP.\n", claims.ProgramLength, variant, "30–90/; 91.3125/long-term; 28/short-term; 60/"},
		{"illustrative", "SOURCE: https://www.ridgefold.example/php-guide/\n\nDay treatment\n\nOur PHP runs 25 hours a week.\n\nA sample week\n\nThe numbers below are illustrative only.\n\nGroup therapy: 12 hours per week\n\nSkills practice: 4 hours per week\n\nWhat we expect\n\nClients attend 20 hours per week at least.\n", claims.HoursPerWeek, force, "25/typical; 12/example; 4/example; ≥20/typical"},
		{"population", "SOURCE: https://www.larkmoor.example/iop/\n\nOur IOP tracks\n\nAdult IOP\nMonday to Thursday, 9 am to noon\nUsual length: 7 weeks\n\nTeen IOP (ages 13 to 17)\nTue/Wed/Fri\n4:00–6:00 pm\nUsual length: 9 weeks\n", claims.ProgramLength, population, "49/adult; 63/adolescent"},
	} {
		if got := showKind(t, "p.txt", tc.text, tc.kind, tc.show); got != tc.want {
			t.Errorf("%s: %q, want %q", tc.name, got, tc.want)
		}
	}
}

// textSubjectVariant shows a claim as its words, subject and variant.
func textSubjectVariant(c claims.Claim) string {
	return fmt.Sprintf("%s %s/%s", c.Text, c.Subject, c.Variant)
}

// showKind extracts the page and joins, with "; ", what show makes of
// each claim of kind.
func showKind(t *testing.T, name, text string, kind claims.Kind, show func(claims.Claim) string) string {
	t.Helper()
	var got []string
	for _, c := range extractPage(t, name, text) {
		if c.Kind == kind {
			got = append(got, show(c))
		}
	}
	return strings.Join(got, "; ")
}

// extractPage parses text as a text page named name and returns its claims.
func extractPage(t *testing.T, name, text string) []claims.Claim {
	t.Helper()
	doc, err := corpus.Parse(name, []byte(text), corpus.FormatText, corpus.DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	return claims.Extract(doc)
}

// A possessive naming the provider the page's address holds ("What
// Harborlight's IOP Looks Like" on harborlightrecovery.example) is the
// page's own program; another's name makes it another program.
func TestHostPossessiveIsOwn(t *testing.T) {
	for _, tc := range []struct{ name, owner, want string }{
		{"own", "Harborlight's", "four evenings a week iop/"},
		{"other", "Mercy Hospital's", "four evenings a week iop/elsewhere"},
	} {
		text := "SOURCE: https://www.harborlightrecovery.example/blog/what-iop-looks-like/\n\nBlog\n\nWhat " + tc.owner + " IOP Looks Like\nThe IOP meets four evenings a week, so you can keep your daytime commitments.\n"
		got := showKind(t, "iop.txt", text, claims.DaysPerWeek, textSubjectVariant)
		if got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
}

// A track for older adults named in the title is the page's program's
// track; the standard program set beside it, named in the sentence or
// before its relative clause, keeps its own.
func TestOlderAdultTrack(t *testing.T) {
	text := "SOURCE: https://www.larkspur.example/programs/older-adult-iop/\n\nOlder Adult IOP\n\nThe Older Adult IOP meets three mornings a week. Younger adults can join our standard IOP, which meets Monday through Thursday evenings. Our standard adult IOP lasts ten weeks.\n"
	got := showKind(t, "iop.txt", text, claims.DaysPerWeek, textSubjectVariant)
	if want := "three mornings a week iop/older-adult; Monday through Thursday iop/weekday"; got != want {
		t.Errorf("days: got %q, want %q", got, want)
	}
	got = showKind(t, "iop.txt", text, claims.ProgramLength, textSubjectVariant)
	if want := "ten weeks iop/weekday"; got != want {
		t.Errorf("length: got %q, want %q", got, want)
	}
	// (The standard program held up against the track is not the
	// figure's.)
	text = "SOURCE: https://www.larkspur.example/programs/older-adult-iop/\n\nOlder Adult IOP\n\nUnlike our standard IOP, this program meets three mornings a week.\n"
	got = showKind(t, "iop.txt", text, claims.DaysPerWeek, textSubjectVariant)
	if want := "three mornings a week iop/older-adult"; got != want {
		t.Errorf("unlike: got %q, want %q", got, want)
	}
}

// A title naming the program by care for another condition than
// substance use names its track; an addiction program's title does not.
func TestTitleFocus(t *testing.T) {
	for _, tc := range []struct{ title, want string }{
		{"Mental Health IOP", "mental health track"},
		{"Adult Psychiatric Partial Hospitalization", "mental health track"},
		{"Eating Disorder PHP", "eating disorder track"},
		{"Depression IOP", "depression track"},
		{"Substance Use IOP", ""},
		{"Addiction and Trauma IOP", ""},
		{"Anxiety and Depression IOP", "anxiety track"},
		{"Trauma & PTSD IOP", "trauma track"},
		{"Mental Health and Substance Use IOP", ""},
		{"Intensive Outpatient Program", ""},
	} {
		text := "SOURCE: https://www.glenmoor.example/programs/x/\n\n" + tc.title + "\n\nSchedule\n\nOur groups meet four mornings a week.\n"
		got := showKind(t, "x.txt", text, claims.DaysPerWeek, func(c claims.Claim) string { return c.Variant })
		if got != tc.want {
			t.Errorf("%q: variant %q, want %q", tc.title, got, tc.want)
		}
	}
}

// On a location's page, detox denied "here" is denied at that location.
func TestDetoxDeniedHere(t *testing.T) {
	text := "SOURCE: https://www.saltcove.example/locations/millbrook/\n\nMillbrook\n\nDetox is not provided here. Our IOP meets three evenings a week.\n"
	got := showKind(t, "loc.txt", text, claims.DetoxOffered, func(c claims.Claim) string { return fmt.Sprintf("%s/%s", c.Subject, c.Variant) })
	if want := "detox/at millbrook"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// A sentence opening on one day of the schedule just given ("Each
// morning …") goes on about that schedule's track, and so does the one
// pointing back after it.
func TestEachDayCarriesTrack(t *testing.T) {
	page := "SOURCE: https://larchmont.example/programs/teen-iop\n\nTeen IOP\n\nDuring the school year our teen IOP meets three afternoons a week and runs ten weeks. In July our summer track meets four mornings a week. Each morning brings about four hours of groups, or roughly 16 hours per week. The track runs for six weeks.\n"
	doc, err := corpus.Parse("t.txt", []byte(page), corpus.FormatText, corpus.DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, c := range claims.Extract(doc) {
		got = append(got, fmt.Sprintf("%s %s %s", c.Kind, c.FormatValue(), c.Variant))
	}
	want := "days-per-week 3 ; program-length 70 ; days-per-week 4 summer; hours-per-week 16 summer; program-length 42 summer"
	if g := strings.Join(got, "; "); g != want {
		t.Errorf("got  %s\nwant %s", g, want)
	}
}

// A title naming a track by the word "track" and a name of its own, or a
// program for whom a track serves ("First Responders Program"), makes
// the page's figures that track's.
func TestTitleNamedTrack(t *testing.T) {
	for _, tc := range []struct{ title, want string }{
		{"Healthcare Professionals Track", "healthcare professionals track"},
		{"Eating Disorders and Substance Use: Our Integrated Track", "integrated track"},
		{"The Professionals Program: Early-Morning IOP", "professionals"},
		{"First Responders Program", "first-responders"},
		{"Veterans Track", "veterans"},
		{"Intensive Outpatient Track", ""},
		{"Our IOP", ""},
	} {
		text := "SOURCE: https://www.glenmoor.example/programs/x/\n\n" + tc.title + "\n\nSchedule\n\nOur IOP meets four mornings a week.\n"
		got := showKind(t, "x.txt", text, claims.DaysPerWeek, func(c claims.Claim) string { return c.Variant })
		if got != tc.want {
			t.Errorf("%q: variant %q, want %q", tc.title, got, tc.want)
		}
	}
}

// A kind of stay with its span in brackets right after it names the
// span's variant, as "a short-term program" would.
func TestVariantBeforeBracketedSpan(t *testing.T) {
	text := "How long is rehab?\n\nRehab programs may be short-term (21-28 days) or long-term (60 days or more).\n"
	got := showKind(t, "rehab.txt", text, claims.ProgramLength, textSubjectVariant)
	if want := "21-28 days other/short-term; 60 days or more other/long-term"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
