package neardup

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// The pages below are written for these tests.

// spunA and spunB are one outline rewritten sentence by sentence, the way
// article spinners and rewriting tools do: the facts, the headings' order
// and most topic words survive, the phrasing does not.
const spunA = `Day Treatment Versus Evening Programs: Picking a Level of Care

Recovering from a drinking problem rarely happens in one step. A national survey found that 21 million adults needed treatment for a substance use disorder last year, yet fewer than one in five received it.

The surest route to lasting sobriety is a licensed treatment center with trained clinical staff. Residential care is what most families picture, but outpatient schedules suit people who must keep working.

How a day treatment program works

Day treatment is the most structured form of outpatient care. Patients attend therapy five days a week for roughly six hours at a time, then return home each evening. The schedule includes group counseling, medication reviews and relapse prevention classes.

How an evening program differs

Evening programs meet three nights a week for about three hours per session. Clients keep their jobs during the day and practise new coping skills at home and at work. Counselors still track progress with weekly individual sessions.

Choosing between the two

People leaving a hospital detox unit usually start in day treatment and step down later. Someone with a stable home, a supportive family and a mild addiction can often begin with evening sessions. An intake assessment with a licensed clinician settles which level fits best.

Paying for outpatient care

Most insurance plans cover both levels when a clinician documents medical need. Admissions staff verify benefits before the first visit and explain any copay.`

const spunB = `Evening Programs or Day Treatment? Comparing Levels of Care

Healing from alcohol addiction seldom happens all at once. According to a national survey, 21 million adults required help for a substance use disorder in the past year, but under one in five actually got it.

The most reliable path to long-term sobriety is a licensed treatment facility staffed by trained clinicians. Families usually imagine residential care first, yet outpatient schedules fit people who need to keep their jobs.

What happens in day treatment

Day treatment is the most intensive kind of outpatient care. Patients come in for therapy five days a week for around six hours each time and go back home every evening. Their schedule covers group counseling, medication checks and relapse prevention workshops.

What sets evening programs apart

Evening programs gather three nights a week for roughly three hours each session. Participants hold on to their daytime jobs and rehearse fresh coping skills at home and on the job. Counselors keep tracking progress through weekly individual meetings.

Deciding which one fits

Patients discharged from a hospital detox unit typically begin with day treatment and move down afterwards. A person with a stable home, a caring family and a milder addiction may start with evening sessions instead. An intake evaluation by a licensed clinician decides which level is the right fit.

Covering the cost of outpatient care

Most health plans pay for both levels once a clinician records medical necessity. The admissions team confirms benefits before the first appointment and explains any copay.`

// sameOutlineOtherArticle is written separately on spunA's topic and to
// its length: the same kind of sections in the same order, with facts of
// its own.
const sameOutlineOtherArticle = `Evening IOP or Day Program: What Our Clinicians Recommend

Most people who call our admissions line ask the same first question. They want to know how much of their week treatment will take and whether they can keep their job.

Our clinic has offered both schedules since it opened. We also run a small sober-living house two blocks away for clients who need a quieter place to stay.

Inside our day program

The day program starts at nine and ends mid-afternoon, Monday through Thursday. Lunch is provided, and a nurse is on site for medication questions. Fridays are set aside for family sessions and case management.

Inside our evening IOP

Evening groups begin after work on Tuesdays, Wednesdays and Thursdays. Parking is free after five, and childcare vouchers are available for parents. Each client has a primary counselor who meets with them every other week.

How we decide with you

Your first appointment includes a conversation about sleep, work, family and past treatment. If you have recently finished inpatient care we may suggest the day program first. Otherwise most adults start in the evening track and adjust as needed.

Insurance and payment

We are in network with most regional plans and offer a sliding fee scale. Our billing office will walk you through the estimate before your first group.`

// siteStock is what every page of one made-up provider site repeats:
// a call bar, a review line and a closing call to action.
const siteStock = `Call Harbor Light Recovery today: our admissions team answers around the clock.

Reviewed by the Harbor Light clinical team.

Ready to talk? Harbor Light Recovery accepts most major insurance plans, and a short confidential call is all it takes to begin.`

const siteDetox = `What Happens During Medical Detox

Detox is the first stage of care for people whose bodies have come to depend on alcohol, opioids or sedatives. Nurses watch vital signs through the night and physicians adjust comfort medication as withdrawal symptoms rise and fall. Most guests stay between four and seven days, depending on the substance and their health. Before discharge the team schedules the next level of care so that nobody leaves without a plan. Family members may visit after the first forty-eight hours once the guest feels steady.`

const siteAlumni = `Life After Treatment: Our Alumni Community

Finishing a program is a beginning, not an ending. Graduates join a monthly dinner, a weekly phone check-in and a private online forum moderated by peer mentors. Alumni who hit a rough patch can book a refresher session with their former counselor at no charge. Each summer the community hosts a picnic where families meet the staff who walked beside them. Volunteering at intake events lets longtime members share what recovery looks like a few years on.`

// siteNav and siteFooter stand for the chrome a page's reader did not
// strip: long, and the same on every page of the site.
const siteNav = `Home About Us Our Team Admissions Insurance Programs Detox Residential Partial Hospitalization Intensive Outpatient Outpatient Family Program Alumni Blog Contact Careers Locations Harbor Light North Harbor Light South Harbor Light Coast Verify Your Insurance Call Now Chat With Us Tour the Campus Request a Callback Patient Portal Pay a Bill Refer a Client Media Inquiries`

const siteFooter = `Harbor Light Recovery is accredited by a national behavioral health accreditation body and licensed by the state department of health. Our admissions coordinators can verify insurance benefits, arrange transportation and answer questions about every level of care we offer. The content on this website is for information only and does not replace the advice of a medical professional. If you are in crisis, contact emergency services right away. Privacy Policy Terms of Use Notice of Privacy Practices Accessibility Statement Nondiscrimination Notice Sitemap Copyright Harbor Light Recovery All rights reserved.`

// sharedParagraph is quoted, word for word, by two otherwise unrelated pages.
const sharedParagraph = `Federal guidance describes residential treatment as round-the-clock care in a setting outside a hospital, where a structured community helps each resident rebuild daily routines, relationships and accountability over several months.`

// placeListing is a provider's name and description filled in for city.
func placeListing(city string) string {
	return "Brookfield Recovery " + city + "\n\nBrookfield Recovery " + city + " runs three outpatient levels for grown-ups of every age, and every Brookfield clinic shares one treatment calendar, letting anyone relocating from " + city + " to a sister clinic carry on with the same plan and counselor."
}

// siteSections is two pages, at addresses a and b, each of a text of its
// own followed by the same three stock sections of a provider.
func siteSections(a, b string) [2]string {
	rng := rand.New(rand.NewPCG(3, 4))
	why := "Why Harbor Light?\n\nEvery Harbor Light clinic follows one shared curriculum built on CBT, motivational interviewing and medications for addiction. Licensed counselors lead each clinical team and a regional medical director oversees them, so care is the same whichever clinic you walk into."
	live := "Living at home\n\nClients in our outpatient programs sleep at home, or in a recovery residence if home is not safe. Ask us for a list of sober houses near each clinic."
	pay := "Paying for care\n\nHarbor Light is in network with the state Medicaid plan and most commercial insurers. Phone us and we check what your plan covers before you start."
	pa := "SOURCE: https://" + a + "\n\nHarbor Light > Locations > Coast\n\n" + randomArticle(rng, 90) + "\n\n" + why + "\n\n" + randomArticle(rng, 30) + "\n\n" + live + "\n\n" + pay
	pb := "SOURCE: https://" + b + "\n\nHarbor Light > Programs > IOP\n\n" + randomArticle(rng, 90) + "\n\n" + why + "\n\n" + randomArticle(rng, 30) + "\n\n" + live + "\n\n" + pay
	return [2]string{pa, pb}
}

func TestTierFixtures(t *testing.T) {
	opt := DefaultOptions()
	rng := rand.New(rand.NewPCG(9, 10))
	article, _ := spin(baseArticle, "Maine", 0, false, rng)
	light, _ := spin(baseArticle, "Maine", 0.08, false, rng)
	republished := "Republished with permission from a partner clinic.\n\n" + light +
		"\n\n| Level | Hours a week |\n|---|---|\n| IOP | 10-15 |\n| Standard outpatient | 1-2 |\n"
	cases := []struct {
		name string
		a, b string
		want string
	}{
		{"exact: same words, other spacing", article, strings.ReplaceAll(article, " ", "  "), TierExact},
		{"near: republished, lightly reworded, header and table added", article, republished, TierNear},
		{"template: another state filled in and reworded", article, func() string { s, _ := spin(baseArticle, "Oregon", 0.15, false, rng); return s }(), TierTemplate},
		{"spun: one outline rewritten sentence by sentence", spunA, spunB, TierSpun},
		{"negative: one topic and outline, written separately", spunA, sameOutlineOtherArticle, ""},
		{"negative: one site, two topics, its stock phrasing", siteStock + "\n\n" + siteDetox + "\n\n" + siteStock, siteStock + "\n\n" + siteAlumni + "\n\n" + siteStock, ""},
		{"negative: one site's chrome around two articles", siteNav + "\n\n" + siteDetox + "\n\n" + randomArticle(rng, 250) + "\n\n" + siteFooter,
			siteNav + "\n\n" + siteAlumni + "\n\n" + randomArticle(rng, 250) + "\n\n" + siteFooter, ""},
		{"negative: one paragraph in common", siteDetox + "\n\n" + sharedParagraph + "\n\n" + spunA, siteAlumni + "\n\n" + sharedParagraph + "\n\n" + randomArticle(rng, 250), ""},
		// A directory listing quoting a location page's description: its
		// name and that paragraph filled in for the place, nothing else.
		{"negative: one place-slotted paragraph in common", placeListing("Denver") + "\n\n" + randomArticle(rng, 200),
			placeListing("Columbus") + "\n\n" + siteDetox + "\n\n" + randomArticle(rng, 200), ""},
		// A location page and a program page of one site repeating its
		// stock sections in place: the site's own paragraphs, no spun
		// copy; the same two texts on two sites are one.
		{"negative: one site's stock sections in place", siteSections("harborlight.example/locations/coast", "harborlight.example/programs/iop")[0],
			siteSections("harborlight.example/locations/coast", "harborlight.example/programs/iop")[1], ""},
		{"spun: the same stock sections on two sites", siteSections("harborlight.example/a", "otherplace.example/b")[0],
			siteSections("harborlight.example/a", "otherplace.example/b")[1], TierSpun},
	}
	for _, c := range cases {
		a, b := Sign("a", c.a, opt), Sign("b", c.b, opt)
		_, tier := opt.judge(a, b)
		e := Compare(a, b)
		t.Logf("%s: sh=%.3f order=%.2f/%d bag=%.2f aligned=%d cover=%.2f/%d slots=%d → %q", c.name,
			e.Shingle, e.Order, e.OrderSpread, e.Bag, e.Aligned, e.Cover, e.AlignSpread, e.Slots, tier)
		if tier != c.want {
			t.Errorf("%s: tier %q, want %q", c.name, tier, c.want)
		}
		groups, _ := Cluster([]Signature{a, b}, opt)
		if got := len(groups) == 1 && groups[0].Tier == c.want; c.want != "" && !got || c.want == "" && len(groups) != 0 {
			t.Errorf("%s: Cluster gave %+v", c.name, groups)
		}
	}
}

func TestRespunCandidate(t *testing.T) {
	for _, c := range []struct {
		name    string
		e       Evidence
		outline bool
		want    bool
	}{
		{"spun word by word: few shingles and words, same outline", Evidence{Shingle: 0.078, Bag: 0.21}, true, true},
		{"same figures, another outline", Evidence{Shingle: 0.078, Bag: 0.21}, false, false},
		{"too few shingles in common", Evidence{Shingle: 0.04, Bag: 0.21}, true, false},
		{"too few words in common", Evidence{Shingle: 0.078, Bag: 0.15}, true, false},
		{"enough words for the spun rule itself", Evidence{Shingle: 0.078, Bag: 0.3}, true, false},
	} {
		if got := respunCandidate(c.e, c.outline); got != c.want {
			t.Errorf("%s: respunCandidate = %v, want %v", c.name, got, c.want)
		}
	}
	units := func(n int) []Unit { return make([]Unit, n) }
	for _, c := range []struct {
		a, b int
		want bool
	}{{28, 28, true}, {28, 26, true}, {28, 20, false}, {8, 8, false}} {
		if got := outlineAlike(units(c.a), units(c.b)); got != c.want {
			t.Errorf("outlineAlike(%d, %d units) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}
