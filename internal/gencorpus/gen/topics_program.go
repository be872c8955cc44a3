package gen

import "slices"

// Program pages are in the provider's own voice. Every site has one of
// each, written from these grammars with the site's name and city.
var (
	iopPage = &topic{
		name: "iop-page",
		titles: []string{
			"Intensive Outpatient Program[ (IOP)|] in {city}, {abbr}",
			"[Our|The] Intensive Outpatient Program at {site}",
		},
		headings: []string{
			"[How|The way] our IOP [works|is organized]",
			"[Who|Which clients] our IOP [serves|is for]",
			"[What|The therapies] you will [do|work on] in [group|IOP]",
			"[Scheduling|Your schedule] and [flexibility|program times]",
			"[Admission|Getting started] [steps|at {site}]",
			"[After|Beyond] the IOP",
		},
		sentences: []string{
			"[At {site},|Here in {city},] [our|the] intensive outpatient program [gives|offers] [adults|clients] [structured|focused] [therapy|treatment] [without|while avoiding] a [residential stay|move into a facility].",
			"[We|Our clinicians] [build|design] [each|every] [treatment plan|care plan] [around|from] [a full|an in-depth] [assessment|intake interview] [with|by] a [licensed|credentialed] [counselor|clinician].",
			"[Most|Many] of our IOP [clients|participants] [step down|come to us] from [inpatient|residential] [care|treatment] or [partial hospitalization|our PHP], [while|and] [others|some] [start|begin] [here|with the IOP] [directly|right away].",
			"[Our|The] [groups|sessions] [cover|focus on] [relapse prevention|coping with cravings], [emotional regulation|managing emotions], [communication|healthy relationships] and [building|planning] a [sober|stable] [routine|week].",
			"[Individual|One-on-one] [counseling|therapy] [complements|supports] [group|the group] [work|sessions], and [family sessions|meetings with loved ones] are [available|arranged] [on request|when helpful].",
			"[We|Our team] [coordinate|work closely] with [primary care doctors|outside physicians] and [psychiatrists|prescribers] so [medications|prescriptions] and [therapy|counseling] [pull|work] in the same direction.",
			"[Clients|Participants] [leave|finish] [each|every] [day|session] with [a concrete|a practical] [assignment|goal] to [try|practice] [before|until] the [next|following] [meeting|group].",
			"[Our|The] [staff|care team] [includes|brings together] [licensed|master's-level] [therapists|counselors], [a psychiatric nurse practitioner|a consulting psychiatrist] and [certified peer specialists|peer recovery coaches].",
			"[When|Once] [clients|participants] [complete|graduate from] the IOP, [we help|our team helps] [set up|arrange] [outpatient counseling|ongoing therapy] and [alumni|peer] [support|meetings].",
			"[Call|Contact] [our admissions team|{site}] to [schedule|book] a [free|no-cost], [confidential|private] [assessment|screening].",
		},
		items: []string{
			"[Cognitive behavioral therapy|CBT] [groups|skills groups]",
			"[Dialectical behavior therapy|DBT] [skills|training]",
			"[Relapse prevention|Craving management] [planning|work]",
			"[Family|Couples] [sessions|counseling]",
			"[Medication-assisted treatment|MAT] [coordination|support]",
			"[Mindfulness|Stress management] [practice|sessions]",
		},
	}
	phpPage = &topic{
		name: "php-page",
		titles: []string{
			"Partial Hospitalization Program (PHP) in {city}",
			"[Our|The] [PHP|Day Treatment Program] at {site}",
		},
		headings: []string{
			"[What|How] partial hospitalization [means|looks like] [here|at {site}]",
			"A [day|weekday] in [our|the] PHP",
			"[Clinical|Medical] [care|oversight] [during|in] PHP",
			"[Moving|Stepping down] to the IOP",
			"[Is|Would] PHP [right|the right fit] for you?",
		},
		sentences: []string{
			"[Partial hospitalization|Our PHP] [offers|gives] [hospital-level|intensive] [structure|treatment] [during the day|in daytime hours] [while|and] [clients|patients] [return|head] home [in the evening|at night].",
			"[Mornings|The first block of the day] [usually|typically] [begin|start] with a [check-in|community meeting] [led by|run by] a [nurse|clinician] [who reviews|who goes over] [sleep, mood and cravings|how the night went].",
			"[Our psychiatrist|A psychiatric provider] [sees|meets with] [each|every] [patient|client] [during|within] the first [days|visits] and [adjusts|fine-tunes] [medication|prescriptions] [as needed|when necessary].",
			"[Afternoons|Later blocks] [focus on|turn to] [skills groups|practical skills] [such as|like] [distress tolerance|handling distress], [sleep hygiene|better sleep] and [planning|preparing] for [weekends|high-risk times].",
			"PHP [suits|fits] [people|adults] who [need|require] [daily|close] [support|structure] [but not|without needing] [round-the-clock|overnight] [care|supervision] in a [residential|hospital] [setting|unit].",
			"[As|When] [symptoms|cravings] [ease|settle], [clients|patients] [move|step down] [to|into] our IOP [with|keeping] the [same|familiar] [therapist|counselor] [where possible|when we can].",
			"[Lunch|A midday meal] is [provided|served] [on site|at the center], and [we|our staff] can [help|assist] [with|in] [arranging|planning] [transportation|rides] [for|to] [appointments|program days].",
			"[We|Our team] [accept|work with] [most|many] [commercial|major] [insurance|health] plans and [verify|check] [benefits|coverage] [before|ahead of] [admission|your first day].",
		},
		items: []string{
			"[Daily|Weekday] [nursing|medical] check-ins",
			"[Psychiatric|Medication] [evaluation|management]",
			"[Group|Process] therapy [blocks|sessions]",
			"[Individual|One-on-one] therapy",
			"[Discharge|Step-down] [planning|coordination]",
		},
	}
	detoxPage = &topic{
		name: "detox-page",
		titles: []string{
			"[Detox|Withdrawal Management] [and Next Steps|Services] [at|from] {site}",
			"[Alcohol and Drug Detox|Safe Withdrawal] in {city}, {abbr}",
		},
		headings: []string{
			"[Why|How come] withdrawal [needs|deserves] [medical attention|care]",
			"[Symptoms|Signs] [to expect|of withdrawal]",
			"[After|Following] withdrawal",
			"[Questions|Common questions] [families|people] ask",
		},
		sentences: []string{
			"[Stopping|Quitting] [alcohol|benzodiazepines] [abruptly|suddenly] can [cause|trigger] [seizures|dangerous complications], [which is why|so] [withdrawal|the first days] [should|ought to] [happen|take place] under [medical supervision|a doctor's care].",
			"[Opioid|Heroin and fentanyl] withdrawal [is rarely|is seldom] [life-threatening|fatal] [but|yet] [feels|can feel] [miserable|brutal], and [the discomfort|that misery] [drives|pushes] [many|plenty of] [people|patients] back to [using|use].",
			"[Common|Typical] [symptoms|signs] [include|are] [sweating|chills], [nausea|stomach upset], [anxiety|restlessness], [insomnia|poor sleep] and [strong|intense] [cravings|urges].",
			"[Medications|Prescriptions] [such as|like] buprenorphine, [clonidine|gabapentin] and [tapering|scheduled] [doses|regimens] [ease|soften] [symptoms|the worst of it] and [lower|reduce] [risk|danger].",
			"[Withdrawal|Stabilization] [by itself|alone] [does not|will not] [treat|address] [addiction|the underlying disorder]; [it prepares|it readies] [someone|a person] [for|to start] [therapy|ongoing treatment].",
			"[We|Our admissions staff] [ask|check] [about|on] [what|which] [substances|drugs] [someone|a person] [uses|has used], [how much|the amounts] and [when|the time] they [last used|used last].",
			"[Families|Relatives] [can|may] [call|phone] [for|with] [updates|news] [once|after] the [patient|person] [signs|gives] [a release|consent].",
		},
		items: []string{
			"[Medical|Nursing] [assessment|evaluation] [on arrival|at intake]",
			"[Symptom|Comfort] [medications|support]",
			"[Vital signs|Blood pressure and pulse] [checks|monitoring]",
			"[A plan|Planning] for [treatment|care] [afterward|after withdrawal]",
		},
	}
)

// traps are sentences with numbers that are not claims: clock times,
// names with digits, ages, shares of people, prices, years. They go into
// articles of every kind so the extractor meets them everywhere.
var traps = []string{
	"[Many|Plenty of] [clients|people] also [join|attend] a 12-step [group|fellowship] such as [Alcoholics Anonymous|Narcotics Anonymous].",
	"[Services are|Our programs are] for adults 18 and older.",
	"[Roughly|About] 40% of [people|adults] in recovery [have a setback|slip] at some point, [which is why|and that is why] [aftercare|follow-up] matters.",
	"A [self-pay|private-pay] assessment costs $150, and [many|most] insurance plans cover [most|much] of the rest.",
	"[Call|Phone] {phone} to [speak with|reach] [admissions|an admissions coordinator].",
	"[Our team|The founders] [has|have] served {state} since [2009|2012|1998].",
	"[Intake|The admissions office] [closes|shuts] at 5 p.m. on Fridays[ and reopens Monday at 8 a.m.|].",
	"In [2023|2022], [more than|over] 1,200 [residents|people] of {state} [called|contacted] [our|the] [helpline|admissions line].",
}

// programTraps go into program pages only. A timetable is a program
// someone runs, and factlint reads a page that gives its groups' hours by
// the clock in its provider's voice (within-page, across-pages): in a blog
// article, written in a general voice, it would make the article's general
// statements the provider's, and a drift planted on another article of the
// site would have no general statement left to contradict.
var programTraps = []string{
	"[Morning groups|Day groups] run from 9 a.m. to 12 p.m., and [evening groups|the evening track] from 6 p.m. to 9 p.m.",
}

// programPageTraps is what a program page draws its traps from.
var programPageTraps = append(slices.Clip(traps), programTraps...)
