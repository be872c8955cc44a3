package neardup

import (
	"fmt"
	"math/rand/v2"
	"strings"
)

// The fixtures below are written for these tests. baseArticle is a
// location page with a {{place}} slot; variants swap the place, replace a
// share of its words from synonyms, and may change one stated fact.

const baseArticle = `Outpatient Addiction Care in {{place}}

Finding the right level of support after detox can feel confusing. This guide explains how a structured outpatient program in {{place}} works, who tends to benefit from it, and what a typical week looks like for a new client.

What Is an Intensive Outpatient Program?

This kind of program offers focused therapy while people keep living at home. Clients attend group sessions several mornings or evenings each week and return to their families, jobs and classes afterwards. Most participants spend 10-15 hours per week in treatment, spread across three or four visits.

The approach suits adults whose withdrawal is already managed and who have a stable place to sleep. It is often the next step after residential rehab, although some people begin here when their use has not yet caused serious medical problems.

Core Services

Group therapy sits at the centre of the schedule. Small circles of peers practise honest conversation, share setbacks and rehearse new coping skills under the guidance of a licensed counselor. Individual sessions happen once a week and give each person private time to work on goals that feel too personal for a group.

Many programs in {{place}} also include family workshops. Relatives learn how addiction changes the brain, why relapse is not a moral failure, and how to set healthy boundaries without cutting off contact. Medication management is available for people who take buprenorphine or naltrexone, and a nurse checks in regularly to adjust doses.

Building Skills for Daily Life

Recovery is more than avoiding a substance. Staff help clients plan meals, rebuild sleep routines and prepare for difficult moments such as holidays, paydays or conflicts at work. Relapse prevention classes teach people to notice early warning signs, like isolation or skipped meetings, and to reach out before a craving turns into a drink.

Vocational coaching is another common feature. Counselors review resumes, practise interview questions and connect participants with employers who understand recovery. For students, the team can coordinate with schools so that coursework continues during treatment.

How Long Does the Program Last?

Length depends on progress rather than a fixed calendar. A typical plan runs eight to twelve weeks, with attendance tapering as the client grows more confident. Some people step down to standard outpatient care, which meets for about an hour each week, once they have completed the intensive phase.

Paying for Treatment

Most private insurance plans cover part of the cost, and state funding helps residents of {{place}} who have no coverage. Admissions staff verify benefits before the first appointment, explain any copay and suggest payment plans when needed.

Taking the First Step

Reaching out is often the hardest part. A short phone assessment helps the team recommend the right level of care, whether that is an intensive program, a partial hospitalization schedule or a referral to a residential center. Calls are confidential, and most new clients can begin within a few days of their first conversation.`

// synonyms drive the spin: each key may be replaced by one of its values.
var synonyms = map[string][]string{
	"confusing": {"overwhelming", "puzzling"}, "explains": {"describes", "outlines"},
	"structured": {"organised", "planned"}, "typical": {"usual", "normal"},
	"offers": {"provides", "delivers"}, "focused": {"concentrated", "targeted"},
	"attend": {"join", "visit"}, "return": {"go back"}, "spend": {"devote"},
	"suits": {"fits", "serves"}, "stable": {"safe", "secure"}, "often": {"frequently", "usually"},
	"serious": {"severe", "grave"}, "centre": {"heart", "core"}, "small": {"little", "compact"},
	"honest": {"open", "candid"}, "guidance": {"direction", "supervision"},
	"private": {"personal", "one-on-one"}, "goals": {"aims", "targets"},
	"learn": {"discover", "find out"}, "healthy": {"sound", "wholesome"},
	"available": {"offered", "provided"}, "regularly": {"routinely", "often"},
	"help": {"assist", "support"}, "plan": {"organise", "arrange"}, "rebuild": {"restore", "repair"},
	"difficult": {"hard", "tough"}, "teach": {"show", "train"}, "notice": {"spot", "recognise"},
	"early": {"first", "initial"}, "common": {"frequent", "standard"}, "review": {"check", "examine"},
	"understand": {"appreciate", "grasp"}, "continues": {"carries on", "proceeds"},
	"depends": {"relies"}, "progress": {"improvement", "advancement"}, "fixed": {"set", "rigid"},
	"grows": {"becomes", "gets"}, "confident": {"assured", "secure"},
	"completed": {"finished", "done"}, "cover": {"pay for", "include"}, "helps": {"aids", "supports"},
	"verify": {"confirm", "check"}, "explain": {"clarify", "describe"}, "suggest": {"propose", "recommend"},
	"hardest": {"toughest", "most difficult"}, "short": {"brief", "quick"},
	"recommend": {"advise", "suggest"}, "confidential": {"private", "discreet"},
	"begin": {"start", "commence"}, "right": {"correct", "proper"}, "support": {"help", "care"},
	"new": {"fresh", "recent"}, "people": {"individuals", "persons"}, "clients": {"patients", "participants"},
	"adults": {"grown-ups"}, "benefit": {"gain", "profit"}, "practise": {"rehearse", "drill"},
	"share": {"discuss", "talk about"}, "feel": {"seem", "appear"}, "prepare": {"get ready"},
	"connect": {"link", "match"}, "staff": {"team members", "employees"},
}

var variantPlaces = []string{"Maine", "Ohio", "Texas", "Oregon", "Vermont", "Nevada", "Georgia",
	"Iowa", "Utah", "Kansas", "Denver", "Boston", "Seattle", "Chicago", "Phoenix", "Atlanta"}

type swap struct{ from, to string }

// spin rewrites text: fills {{place}}, replaces about rate of the words that
// have synonyms, and if fact is set changes "10-15 hours" to "6-30 hours".
// It reports the synonym swaps it made, in order.
func spin(text, place string, rate float64, fact bool, rng *rand.Rand) (string, []swap) {
	text = strings.ReplaceAll(text, "{{place}}", place)
	if fact {
		text = strings.Replace(text, "10-15 hours", "6-30 hours", 1)
	}
	total, swappable := 0, 0
	for _, w := range strings.Fields(text) {
		total++
		if _, ok := synonyms[strings.TrimRight(w, ".,?!")]; ok {
			swappable++
		}
	}
	p := rate * float64(total) / float64(max(swappable, 1))
	var b strings.Builder
	var swaps []swap
	for i, line := range strings.Split(text, "\n") {
		if i > 0 {
			b.WriteByte('\n')
		}
		for j, w := range strings.Split(line, " ") {
			if j > 0 {
				b.WriteByte(' ')
			}
			core := strings.TrimRight(w, ".,?!")
			if alts, ok := synonyms[core]; ok && j > 0 && rng.Float64() < p {
				to := alts[rng.IntN(len(alts))]
				swaps = append(swaps, swap{core, to})
				w = to + w[len(core):]
			}
			b.WriteString(w)
		}
	}
	return b.String(), swaps
}

// Vocabulary for unrelated articles on the same topic: they share the
// subject and many words with the family but were written separately.
var (
	genFacts = []string{"Sessions run %d hours a day.", "Clients attend %d days each week.",
		"The program lasts %d weeks on average.", "Groups hold no more than %d people.",
		"About %d percent of alumni stay in contact.", "Staff answer calls within %d minutes."}
	genHeads = []string{"How Our Outpatient Program Works", "What to Expect", "Therapy Options",
		"Insurance and Costs", "Life After Treatment", "Getting Started", "Why Outpatient Care",
		"Our Approach", "Family Involvement", "Frequently Asked Questions"}
)

// genVocab is wide enough that unrelated generated pages share few
// three-word runs by chance; genStock supplies the stock phrases that
// real same-topic pages do share, so the background is not zero.
var (
	genVocab = strings.Fields(`recovery treatment therapy counseling group individual family support plan
		goal skill habit routine craving trigger relapse sobriety wellness health mind body stress anxiety
		depression trauma grief anger sleep nutrition exercise work school home housing transport insurance
		cost payment schedule evening morning weekday weekend session meeting check progress review team
		nurse doctor therapist counselor mentor coach peer alumni friend partner parent child sibling
		community church gym park library clinic office campus center room space program track phase level
		step stage path journey choice decision change growth hope trust honesty patience courage strength
		calm focus balance purpose meaning value belief story lesson question answer problem solution tool
		method practice exercise journal letter call text message visit walk meal class workshop lecture
		film book song art music garden kitchen shift job career resume interview budget loan bill court
		probation license medication dose refill pharmacy lab test result screening intake assessment
		referral discharge aftercare alumni reunion milestone coin chip anniversary daily weekly steady
		gentle honest safe private open careful patient warm kind firm clear simple practical personal
		builds explores reviews teaches shares tracks plans restores repairs rebuilds guides welcomes
		encourages supports strengthens measures adapts combines invites prepares celebrates`)
	genStock = []string{"intensive outpatient program", "drug and alcohol addiction", "mental health care",
		"substance use disorder", "evidence-based therapy", "cognitive behavioral therapy", "12-step meetings",
		"medication-assisted treatment", "partial hospitalization program", "residential treatment center"}
)

// randomArticle writes an unrelated same-topic page of about words words.
func randomArticle(rng *rand.Rand, words int) string {
	var b strings.Builder
	n := 0
	for n < words {
		h := genHeads[rng.IntN(len(genHeads))]
		b.WriteString(h + "\n\n")
		n += len(strings.Fields(h))
		for s := 0; s < 4+rng.IntN(4); s++ {
			var sent []string
			if rng.IntN(6) == 0 {
				sent = strings.Fields(fmt.Sprintf(genFacts[rng.IntN(len(genFacts))], 2+rng.IntN(40)))
			} else {
				for w := 0; w < 8+rng.IntN(10); w++ {
					if rng.IntN(12) == 0 {
						sent = append(sent, genStock[rng.IntN(len(genStock))])
					} else {
						sent = append(sent, genVocab[rng.IntN(len(genVocab))])
					}
				}
				sent[0] = strings.ToUpper(sent[0][:1]) + sent[0][1:]
				sent[len(sent)-1] += "."
			}
			if s > 0 {
				b.WriteByte(' ')
			}
			line := strings.Join(sent, " ")
			b.WriteString(line)
			n += len(strings.Fields(line))
		}
		b.WriteString("\n\n")
	}
	return b.String()
}

// corpusPage is one generated page and the family it was built from.
type corpusPage struct {
	id, text string
	family   int // -1 for singletons
}

// genCorpus builds n pages: families of 2–10 spun from their own random
// base article, and singletons, about half the pages each.
func genCorpus(n, words int, seed uint64) []corpusPage {
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	var pages []corpusPage
	fam := 0
	for len(pages) < n {
		base := randomArticle(rng, words)
		if rng.IntN(2) == 0 {
			pages = append(pages, corpusPage{fmt.Sprintf("p%07d", len(pages)), base, -1})
			continue
		}
		size := 2 + rng.IntN(9)
		for v := 0; v < size && len(pages) < n; v++ {
			text, _ := spinWords(base, 0.05, rng)
			pages = append(pages, corpusPage{fmt.Sprintf("p%07d", len(pages)), text, fam})
		}
		fam++
	}
	return pages
}

// spinWords swaps about rate of all words for a random filler word; the
// generated vocabulary has no synonym table, so any word stands in.
func spinWords(text string, rate float64, rng *rand.Rand) (string, int) {
	fill := []string{"really", "truly", "often", "also", "simply", "closely", "gently", "warmly"}
	var b strings.Builder
	swaps := 0
	for i, line := range strings.Split(text, "\n") {
		if i > 0 {
			b.WriteByte('\n')
		}
		for j, w := range strings.Split(line, " ") {
			if j > 0 {
				b.WriteByte(' ')
			}
			if w != "" && rng.Float64() < rate {
				w = fill[rng.IntN(len(fill))]
				swaps++
			}
			b.WriteString(w)
		}
	}
	return b.String(), swaps
}

// siteStockLines are what every page of a generated site repeats around
// its article: a call bar, a review line, a closing call to action.
var siteStockLines = []string{
	"Call %s today: our admissions team answers every call around the clock.",
	"Every article on this site is reviewed by the %s clinical team.",
	"Ready to take the next step? %s accepts most insurance plans, and a short confidential call is all it takes.",
	"Visit %s to tour our campus and meet the counselors who lead each group.",
}

// genSites builds n pages in sites of 6–12 pages, each page wrapped in its
// site's stock lines, so that unrelated pages of one site share phrasing
// as real ones do. Families, about half the pages, are planted across
// sites: lightly reworded copies (5 % of words swapped) or spun copies
// (a quarter of the words replaced and neighbouring sentences swapped).
func genSites(n, words int, seed uint64) []corpusPage {
	rng := rand.New(rand.NewPCG(seed, seed^0x243f6a8885a308d3))
	var bodies []corpusPage
	fam := 0
	for len(bodies) < n {
		base := randomArticle(rng, words)
		if rng.IntN(2) == 0 {
			bodies = append(bodies, corpusPage{"", base, -1})
			continue
		}
		spun := rng.IntN(2) == 0
		for v := 0; v < 2+rng.IntN(4) && len(bodies) < n; v++ {
			text, _ := spinWords(base, 0.05, rng)
			if spun && v > 0 {
				text = spinSentences(base, 0.25, 0.3, rng)
			}
			bodies = append(bodies, corpusPage{"", text, fam})
		}
		fam++
	}
	// Scatter the pages over sites, so family members sit on different
	// sites and each site holds pages on unrelated articles.
	rng.Shuffle(len(bodies), func(i, j int) { bodies[i], bodies[j] = bodies[j], bodies[i] })
	pages := make([]corpusPage, 0, n)
	for site := 0; len(pages) < n; site++ {
		name := fmt.Sprintf("%s %s", strings.ToUpper(genVocab[rng.IntN(len(genVocab))][:1])+genVocab[rng.IntN(len(genVocab))][1:], "Recovery")
		lines := rng.Perm(len(siteStockLines))
		head := fmt.Sprintf(siteStockLines[lines[0]], name) + "\n\n" + fmt.Sprintf(siteStockLines[lines[1]], name)
		foot := fmt.Sprintf(siteStockLines[lines[2]], name) + "\n\n" + fmt.Sprintf(siteStockLines[lines[3]], name)
		for k := 6 + rng.IntN(7); k > 0 && len(pages) < n; k-- {
			b := bodies[len(pages)]
			pages = append(pages, corpusPage{fmt.Sprintf("s%03d/p%05d", site, len(pages)), head + "\n\n" + b.text + "\n\n" + foot, b.family})
		}
	}
	return pages
}

// spinSentences rewrites text the way a spinner does: each word is
// replaced with probability rate by another word of the vocabulary, and
// each sentence trades places with the next one in its paragraph with
// probability swap.
func spinSentences(text string, rate, swap float64, rng *rand.Rand) string {
	var out []string
	for _, para := range strings.Split(text, "\n\n") {
		sents := strings.SplitAfter(para, ". ")
		for i := 0; i+1 < len(sents); i++ {
			if rng.Float64() < swap {
				a, b := strings.TrimSpace(sents[i]), strings.TrimSpace(sents[i+1])
				sents[i], sents[i+1] = b+" ", a
				i++
			}
		}
		ws := strings.Fields(strings.Join(sents, " "))
		for i, w := range ws {
			if rng.Float64() < rate && !strings.HasSuffix(w, ".") {
				ws[i] = genVocab[rng.IntN(len(genVocab))]
			}
		}
		out = append(out, strings.Join(ws, " "))
	}
	return strings.Join(out, "\n\n")
}
