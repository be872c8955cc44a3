package gen

// The consistent facts every page agrees on, each with several plain
// wordings of the same value. A frame names a fact as {name}; composition
// fixes the wording as {name:k} so a family keeps one wording across its
// members and a drifted member can swap the value alone.
var factWordings = map[string][]string{
	"iop_hpw":  {"9 to 15 hours", "nine to fifteen hours", "between 9 and 15 hours", "9–15 hours", "from 9 to 15 hours"},
	"iop_dpw":  {"three to five days", "3 to 5 days", "3–5 days", "between three and five days"},
	"iop_hpd":  {"3 hours", "three hours"},
	"iop_len":  {"8 to 12 weeks", "eight to twelve weeks", "between 8 and 12 weeks", "8–12 weeks"},
	"session":  {"3 hours", "three hours", "about three hours"},
	"php_hpw":  {"20 to 30 hours", "twenty to thirty hours", "between 20 and 30 hours"},
	"php_dpw":  {"5 days", "five days"},
	"php_hpd":  {"6 hours", "six hours"},
	"php_len":  {"2 to 4 weeks", "two to four weeks"},
	"dtx_len":  {"3 to 7 days", "three to seven days"},
	"dtx_yes":  {"Medical detox is available on site", "Medically supervised detox is available here", "We offer medical detox on site"},
	"dtx_no":   {"We do not offer detox", "Detox is not offered at our center", "We do not provide detox on site"},
	"low_hpw":  {"1 hour per week", "one hour per week"},
	"sched":    {"3 days a week, 3 hours a day", "three days a week, three hours a day"},
	"high_hpw": {"20 hours per week", "twenty hours per week"},
}

// driftWordings replace a fact on one member of a family. Each is disjoint
// from the consistent value even after the checks' tolerances, so the
// drift is a real contradiction and not a rounding difference.
var driftWordings = map[string][]string{
	"iop_len": {"3 to 5 weeks", "three to five weeks"},
	"iop_hpw": {"1 to 2 hours", "one to two hours"},
}

// providerFacts are frames in a provider's own voice, for program pages.
var providerFacts = map[string][]string{
	"iop_dpw": {
		"[Our intensive outpatient program|Our IOP|The IOP at {site}] meets {iop_dpw} a week.",
		"[Clients|Participants] in our IOP come in {iop_dpw} [a week|per week|each week].",
	},
	"iop_hpd": {
		"Each IOP day [runs|lasts] {iop_hpd}[, with a short break in the middle|].",
		"[On|During] each program day, IOP clients spend {iop_hpd} with [us|our clinical team].",
	},
	"iop_hpw": {
		"IOP clients attend {iop_hpw} of therapy each week.",
		"[In total,|Altogether,] our IOP [adds up to|comes to] {iop_hpw} [a week|per week] of [group and individual therapy|structured treatment].",
	},
	"iop_len": {
		"Most clients complete the [program|IOP] in {iop_len}.",
		"[Our IOP|Our intensive outpatient program] [usually lasts|typically runs for] {iop_len}[, depending on progress|].",
	},
	"session": {
		"[Group sessions|Our group sessions] [last|run] {session} each.",
		"[Each group|A typical group] session [lasts|runs] {session}.",
	},
	"iop_home": {
		"IOP clients live at home and [keep working|keep up with school or work|sleep in their own beds].",
		"[Because you|Since you] live at home during the IOP, you can [keep your job|stay close to your family|keep your routines].",
	},
	"php_hpw": {
		"Our PHP [provides|involves] {php_hpw} of treatment [each week|per week].",
		"[Clients|Patients] in [partial hospitalization|our PHP] receive {php_hpw} of care [a week|each week].",
	},
	"php_dpw": {
		"[Our partial hospitalization program|Our PHP|The PHP] meets {php_dpw} a week.",
	},
	"php_hpd": {
		"[Each PHP day|A PHP day here] [runs|lasts] {php_hpd}.",
		"PHP clients spend {php_hpd} a day [at the center|in treatment|with our team].",
	},
	"php_len": {
		"[Most people|Most clients] [stay in|complete] our PHP in {php_len}.",
		"[Our PHP|Partial hospitalization here] [usually lasts|typically runs] {php_len}.",
	},
	"php_home": {
		"PHP clients [go home each evening|return home at night|sleep at home] and [come back the next morning|return the next day].",
	},
	"php_iop": {
		"Our IOP, by contrast, [runs|involves] {iop_hpw} a week.",
		"[When you step down|After PHP], our IOP [runs|involves] {iop_hpw} a week.",
	},
	"dtx_yes": {
		"{dtx_yes}[, and our nurses can start the process the day you arrive| for adults who need to withdraw safely|].",
	},
	"dtx_no": {
		"{dtx_no}; [our admissions team can refer you to a hospital program|we refer clients who need it to a partner hospital|we help arrange a referral first].",
	},
	"dtx_len": {
		"[Most people|Most patients] finish detox in {dtx_len}.",
		"Detox [usually|typically] takes {dtx_len}[, depending on the substance|].",
	},
	"dtx_24": {
		"Nurses [monitor|check on] detox patients 24/7.",
		"Our detox unit is staffed [24/7|around the clock] by nurses and [a physician|medical staff].",
	},
	"low_hpw": {
		"[In practice,|For most clients,|Week to week,] our IOP [takes|requires] just {low_hpw}.",
	},
	"sched": {
		"Our IOP meets {sched}.",
	},
	"high_hpw": {
		"[All told,|In total,] the IOP [adds up to|comes to] {high_hpw} of [treatment|therapy].",
	},
}

// generalFacts are frames in a general voice, for blog articles.
var generalFacts = map[string][]string{
	"iop_hpw": {
		"[Most IOPs|A typical intensive outpatient program|An IOP] [involves|requires] {iop_hpw} of [treatment|therapy] [each week|per week|a week].",
		"IOP [clients|participants] [usually|typically] attend {iop_hpw} of therapy [each week|per week].",
	},
	"iop_len": {
		"[Most people|Many clients] complete an IOP in {iop_len}.",
		"[An IOP|Intensive outpatient treatment] [usually|typically] lasts {iop_len}.",
	},
	"iop_dpw": {
		"[IOP groups|Intensive outpatient programs] [usually|typically] meet {iop_dpw} a week.",
	},
	"session": {
		"[Group sessions|IOP group sessions] [usually|typically] last {session}.",
	},
	"php_hpw": {
		"[A partial hospitalization program|A PHP] [usually|typically] involves {php_hpw} [a week|per week].",
	},
}
