package checks

import (
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strings"

	"github.com/factlint/factlint/checker"
	"github.com/factlint/factlint/claims"
)

// AcrossPages reports pages of one site that disagree with the site's other pages.
var AcrossPages = &checker.Check{
	ID:       "across-pages",
	Title:    "A page states a value the other pages of its site contradict",
	Severity: checker.Error,
	Requires: []checker.Requirement{checker.NeedFamilies},
	Doc: `across-pages compares the claims of the pages of one site. A site is one
publisher: by default the whole run; pages with a known URL (fetched,
<link rel=canonical>, og:url) group by registrable domain (www.,
staging. and state subdomains are one publisher), pages in a checked
folder's top-level subfolders named like hosts (example.org/…) likewise, and the config's sites: entries map path globs to sites. Pages
of different sites are never compared: two providers may run different
schedules, and general statements of unrelated publishers are not one
voice. Set across_sites: true to compare a whole run regardless.

` + compareRule + `

Each page's claims are read in the page's voice first, as within-page
reads them: on a page where the provider speaks of its own IOP, or gives
its hours by the clock (a timetable is a program someone runs), "Clients
meet two days a week" is the provider's IOP too, and is compared with
what the provider says on its other pages, not with a blog post's account
of IOPs in general. Across pages the voice reaches further. A page that
says its provider runs the program ("We offer an IOP", "Juniper Point is
a 16-bed detox and residential facility", "our evening IOP", the one
program a sentence names before "our program"; not a blog
or articles page, which writes of programs in general) speaks of it in
its unmarked figures, unless they name the program with an indefinite
article ("Clients in an IOP attend …"); so does a page naming the program
as the one at the provider's own place ("The Evening IOP at Stonebridge
helps …" on Stonebridge's site). A list of the provider's
programs says so of each program it names, under "Our levels of care",
"Compare our programs" or "Programs at Fernway" ("Partial Hospitalization
(PHP) — a structured day program, five days a week": the article there
describes the program the line names), and so does a row of its price
list ("| Residential treatment | $780 per day |" under "our self-pay
rates"; not an insurer's copays). So does a page whose address is
named for a program the site runs ("/residential" on a site that gives
"Pinecrest's residential program" its length elsewhere). (Within one
page, a figure so lifted would no longer be compared with the page's
general statements of the program, which it may well contradict.) Days
counted in evenings or nights ("our IOP meets
three evenings a week") also meet the site's evening track ("our evening
IOP meets four nights a week"): the program that meets in the evenings is
that track, and so are the other figures of the sentence that counts its
evenings ("about seven hours a week over three evenings, and most people
are done in ten weeks"). Read under the evening track and under the
program, one statement that contradicts two statements of one value on
the same pages ("four evenings a week" against the evening track's
"M/W/F" and "both tracks meet three days a week") is one finding that
lists both. A page whose tracks all give one figure ("Day track: Monday,
Tuesday and Thursday", "Evening track: Monday, Tuesday and Thursday"),
and that gives none for the program itself, gives the program that
figure; so does a page at the program's own address ("/programs/iop/")
titled for one track of it ("Evening Intensive Outpatient"), when it
gives the program no other track and no figure of its own. An
exception one page allows ("those who live far away may stay at a
hotel") does not contradict another page's rule ("PHP clients head
home each afternoon"); a "can" that says yes ("we can arrange detox")
meets another page's plain no. A location page's no to detox ("Dayton
does not run detox on site") is that campus's own answer,
unless another page of the site says every campus offers it ("Each
Larchwood campus runs its own detox unit"): then it answers
that rule.

Examples and conditions take no part here; a "some programs" statement
counts as agreeing with what it overlaps and contradicts only a universal
statement on another page. A page that states a value plainly and also
as a hedge ("You may need to come in three evenings a week") is quoted
by its plain statement. Claims about an unnamed program ("rehab", "a
program") are compared only within their page: "a program" on two pages
need not be the same program. Timetable entries ("9am to 2pm") are one
day's hours, not the program's, and are not compared across pages either
(but a list entry that is nothing but a track's days and hours under the
track's heading, "Adult Evening IOP" over "Mon–Thu, 6:00–9:00 p.m.", is
the track's week);
nor are individual or group therapy's figures, which belong to the program
each page describes ("one individual session each week" in the IOP, "two"
in the PHP).

For each fact, the value most pages agree with (overlap after tolerance, as
in within-page) is the consensus; every value disjoint from it is reported
once, quoting each side as written and naming at most three pages on each
side ("and 4 more"; the finding's locations list up to twenty a side,
and after the odd side every further statement of its value on those
pages, each of which has to change too, marked "restated" in JSON and
left out of the fingerprint). A page
that states the outlier is on the outlier side only, never also on the
consensus side; when no other page agrees with the consensus, the page only
contradicts itself and within-page reports it. Two pages of one
near-duplicate family stating one templated sentence with its value
changed are left to template-drift, and so is every other disagreement
of those two pages on that fact; twins contradicting each other only in
sentences of their own are reported here. For yes/no facts, the
minority answer is reported against the majority.

Severity: error for disjoint exact values; warning when either side is
approximate, when the outlier is stated on as many pages as the consensus,
or when a yes/no question splits evenly. To fix: make the pages agree, or
make clear that the odd page describes a different program.`,
	Run: runAcrossPages,
}

// siteGroups gathers a run's claims by site and fact, in the order the
// groups first appear. Pages come site by site, so the groups of the site
// at hand sit in a small map of their own that stays in cache: one map
// of every site's groups, keyed by site and fact, missed it at most
// claims (at 100,000 pages it held some 200,000 groups).
type siteGroups struct {
	bySite map[string]map[key]int
	site   string
	cur    map[key]int
	keys   []key
	claims [][]*claims.Claim
}

func (g *siteGroups) add(site string, k key, c *claims.Claim) {
	if g.cur == nil || site != g.site {
		m, ok := g.bySite[site]
		if !ok {
			m = map[key]int{}
			g.bySite[site] = m
		}
		g.site, g.cur = site, m
	}
	i, ok := g.cur[k]
	if !ok {
		i = len(g.keys)
		g.cur[k] = i
		g.keys = append(g.keys, k)
		g.claims = append(g.claims, nil)
	}
	g.claims[i] = append(g.claims[i], c)
}

// acrossForce reports whether a claim speaks for the program as a whole.
func acrossForce(c *claims.Claim) bool {
	f := force(c)
	return f == claims.Typical || f == claims.Universal
}

func runAcrossPages(cp *checker.Pass) error {
	p := &acrossPass{Pass: cp, seen: map[string]bool{}, byOdd: map[string]int{}}
	groups := gatherSites(cp)
	twins := familyOf(p.Families)
	for i, k := range groups.keys {
		cs := groups.claims[i]
		if onePage(cs) {
			continue
		}
		if cs[0].Value != nil {
			reportBoolSplit(p, k, cs, twins)
			continue
		}
		reportOutliers(p, k, cs, twins)
	}
	for _, f := range p.pending {
		p.Report(f)
	}
	return nil
}

// acrossPass is a pass of across-pages, with the sides it has reported
// and its findings, held until the end so that a later key's finding on
// the same odd statement can join an earlier one.
type acrossPass struct {
	*checker.Pass
	seen    map[string]bool
	byOdd   map[string]int
	pending []checker.Finding
}

// gatherSites groups the claims of a run that may speak for a site by
// site and fact, each page's read in its voice: once per run, shared by
// across-pages and restated-across-pages, which only read the groups.
func gatherSites(p *checker.Pass) *siteGroups {
	return p.Shared("site groups", func() any { return buildSiteGroups(p) }).(*siteGroups)
}

func buildSiteGroups(p *checker.Pass) *siteGroups {
	groups := &siteGroups{bySite: map[string]map[key]int{}}
	var ptrs []*claims.Claim
	var offered []claims.Subject
	var tracks trackFigures
	siteOwn := siteOwnPrograms(p.Docs)
	twoSchedules := siteSchedules(p.Docs)
	detoxEverywhere := sitesOfferingEverywhere(p.Docs)
	statePages := sitesOfSeveralStates(p.Docs)
	for _, d := range p.Docs {
		// A page named for a program its site runs ("/residential" on a
		// site whose admissions page gives "Cedar Hollow's residential
		// program" its minimum stay) describes that program: its
		// unmarked figures are the provider's too.
		offered = d.Offered
		pageProgram := addressProgram(d.Address)
		if pageProgram != claims.NoSubject && slices.Contains(siteOwn[d.Site], pageProgram) && !slices.Contains(offered, pageProgram) {
			offered = append(slices.Clip(offered), pageProgram)
		}
		// The page's voice is read as inVoice reads it, which copies
		// only the claims it changes: the groups hold every claim of the
		// run until the end, and a copy of each page's claims was a fifth
		// more live heap on 100,000 pages. (The copies stay with the
		// groups; the pointers are read here only.)
		ptrs, _ = inVoice(d, offered, ptrs[:0], nil)
		// A page is quoted by a statement it makes in the provider's
		// voice before one the page's voice lifts ("Our IOP runs Monday,
		// Wednesday and Thursday" before "Usual schedule: three days a
		// week"): its own claims go first. (inVoice gives one pointer per
		// claim, in order; only a lifted copy changes the scope.)
		ptrs = firstThose(ptrs, func(i int) bool { return ptrs[i].Scope == d.Claims[i].Scope })
		site := d.Site
		if p.Config.AcrossSites {
			site = ""
		}
		tracks.reset()
		soleTrack := ""
		if pageProgram != claims.NoSubject {
			soleTrack = onlyTrack(ptrs, pageProgram)
		}
		evenings := eveningSentences(ptrs)
		// On a network of state pages ("/guides/ohio/…" beside
		// "/guides/michigan/…"), the state a page's address names.
		pageState := ""
		if statePages[d.Site] {
			pageState = addressState(d.Address)
		}
		addrHost, addrPlaces, sitesOnly := addressPlaces(d)
		for _, c := range ptrs {
			// (How often individual or group therapy meets depends on the
			// program it is part of, which another page need not share:
			// "one individual session each week" in the IOP, "twice a
			// week" in the PHP.)
			// (A "may" or "some" that says no — "those who live far away
			// may stay at a hotel" — is an exception, which another page's
			// "Veterans head home in the afternoon" allows; one that says
			// yes, "we can arrange detox", meets a plain no.)
			if !usable(c) || !acrossForce(c) && (force(c) != claims.Existential || c.Value != nil && !truth(c)) || c.Value == nil && negated(c) || c.Subject == claims.Other || timetable(c) ||
				c.Subject == claims.IndividualTherapy || c.Subject == claims.GroupTherapy || supportSchedule(c.Subject, c.Kind) {
				continue
			}
			k, whole, lifted := keysOf(c)
			// A survey's figure on a state's page ("Detox in Ohio takes
			// five days on average, according to a federal survey") is
			// that state's, met only by the same state's pages; the
			// network's own statements are compared as before ("12 hours
			// per week" on its Florida page against "about nine" on its
			// Texas page is one network's two answers).
			if pageState != "" && k.variant == "" && c.Attribution != "" {
				k.variant = "in " + pageState
			}
			// "Our Stockton IOP meets four evenings a week" on
			// …/locations/stockton/ beside "At our Fresno clinic, the IOP
			// meets three evenings a week" on …/locations/fresno/: each
			// location's own schedule, said of the place its page is for.
			// (The template's "Our IOP meets three evenings a week" on
			// every city's page is still one provider's answer.)
			if k.variant == "" {
				if place := addressPlace(c, d, addrHost, addrPlaces, sitesOnly); place != "" {
					k.variant = "at " + place
				}
			}
			// "Our Tulsa clinic has no detox" against "Every Brightwell
			// campus has a detox unit":
			// the one campus's no answers the rule for every campus.
			if !lifted && c.Kind == claims.DetoxOffered && c.Value != nil && !*c.Value && strings.HasPrefix(k.variant, "at ") && detoxEverywhere[d.Site] {
				whole, lifted = k.fact(), true
			}
			// "Groups meet three evenings a week" on one page is the
			// evening program another page calls its "evening IOP": it
			// meets that track's figures too.
			// So are the other figures of the sentence that counts the
			// evenings: "about seven hours a week over three
			// evenings, and most are done in ten weeks".
			// (An evening count with no variant is itself one of those
			// sentences' claims.)
			if !lifted && k.variant == "" && slices.Contains(evenings, subjectSentence{c.Subject, c.Sentence}) {
				whole, lifted = k, true
				whole.variant = "evening"
			}
			// "Evening Intensive Outpatient" as the title of the page at
			// /programs/iop/: the address names the site's one IOP, and the
			// title says when it meets. (A page that gives the program two
			// tracks, or figures of its own beside the track's, runs more
			// than one schedule.)
			if !lifted && timeTrack(k.variant) && pageProgram == c.Subject && soleTrack == k.variant && d.TitleTrack == k.variant && !twoSchedules[siteSubject{d.Site, c.Subject}] {
				whole, lifted = k.fact(), true
			}
			tracks.see(k, c)
			for i, k := range [2]key{k, whole} {
				if i == 1 && !lifted {
					break
				}
				groups.add(site, k, c)
			}
		}
		// "Day track: Monday, Tuesday and Thursday … Evening track:
		// Monday, Tuesday and Thursday …": every track meeting three
		// days is the program meeting three days.
		for _, t := range tracks.agreed() {
			groups.add(site, t.key.fact(), t.first)
		}
	}
	return groups
}

// sitesOfSeveralStates are the sites whose page addresses name two
// states or more: a network of state pages, each state's figures its
// own. (A site's Ohio guide and its Columbus page speak of one state.)
func sitesOfSeveralStates(docs []*checker.DocClaims) map[string]bool {
	first := map[string]string{}
	out := map[string]bool{}
	for _, d := range docs {
		st := addressState(d.Address)
		if st == "" {
			continue
		}
		if f, ok := first[d.Site]; !ok {
			first[d.Site] = st
		} else if f != st {
			out[d.Site] = true
		}
	}
	return out
}

// addressState is the state a page's address names ("ohio" of
// "ohio.example.org/detox", "new york" of "/rehab/new-york/"), or "".
func addressState(address string) string {
	return claims.StateIn(addressWords.Replace(strings.ToLower(address)))
}

// addressPlaces parts a page's address into its host and the words past
// a part that lists places ("/locations/", "/areas-we-serve/",
// "/cities/"). An address with no such part gives the words of its whole
// path, which name a place only where the sentence names one of the
// provider's sites by it (sitesOnly): "Our Denver center offers …" on
// ".../rehab/denver/"; "/programs/medicaid-iop/" and "/iop/schedule/"
// name none. Read once a page.
func addressPlaces(d *checker.DocClaims) (host string, words []string, sitesOnly bool) {
	if d == nil || d.Address == "" {
		return "", nil, false
	}
	host, path, ok := strings.Cut(strings.ToLower(d.Address), "/")
	if !ok || path == "" {
		return "", nil, false
	}
	k := placesPart.FindStringIndex(path)
	if k == nil {
		return host, strings.Fields(addressWords.Replace(path)), true
	}
	return host, strings.Fields(addressWords.Replace(path[k[1]:])), false
}

// addressPlace is the place a claim's own sentence names by a word of
// its page's address past the host (words, from addressPlaces:
// "Stockton" in "Our Stockton IOP meets …" on …/locations/stockton/iop),
// when the provider says it as its own (ownedBy); "" otherwise. (Not a
// sentence that says the place runs what another does, "the same IOP as
// Fresno".)
func addressPlace(c *claims.Claim, d *checker.DocClaims, host string, words []string, sitesOnly bool) string {
	if len(words) == 0 || c.Scope != claims.Provider || strings.Contains(strings.ToLower(c.Sentence), "same") {
		return ""
	}
	for _, w := range capitalised(c.Sentence) {
		if l := strings.ToLower(w); len(l) >= 4 && slices.Contains(words, l) && !strings.Contains(host, l) && !programWord[l] && (!sitesOnly || namesOwnSite(c.Sentence, w)) {
			if !ownedBy(c, d) {
				return ""
			}
			return l
		}
	}
	return ""
}

// namesOwnSite reports a sentence naming one of the provider's sites by
// the word w: "Our Denver center", "the Aspen campus".
func namesOwnSite(sentence, w string) bool {
	for _, pre := range []string{"Our " + w + " ", "our " + w + " ", "The " + w + " ", "the " + w + " "} {
		k := strings.Index(sentence, pre)
		if k >= 0 && siteNouns[strings.ToLower(strings.Trim(firstField(sentence[k+len(pre):]), ",.;:"))] {
			return true
		}
	}
	return false
}

// firstField is the first word of s.
func firstField(s string) string {
	if f := strings.Fields(s); len(f) > 0 {
		return f[0]
	}
	return ""
}

// siteNouns name one of a provider's sites.
var siteNouns = map[string]bool{"center": true, "centre": true, "campus": true, "clinic": true, "office": true, "location": true, "facility": true, "house": true, "residence": true, "site": true}

// placesPart is a part of an address that lists a provider's places.
var placesPart = regexp.MustCompile(`(?:^|/)(?:locations?|areas?(?:-we-serve)?|cities|city|offices|clinics|campuses|service-areas?)/`)

// programWord are address words that name care, not a place.
var programWord = map[string]bool{"detox": true, "residential": true, "outpatient": true, "intensive": true, "partial": true,
	"hospitalization": true, "treatment": true, "rehab": true, "programs": true, "program": true, "locations": true, "services": true}

// addressWords parts an address into words.
var addressWords = strings.NewReplacer("-", " ", "_", " ", ".", " ", "/", " ")

// sitesOfferingEverywhere are the sites with a page saying every one of
// their campuses offers detox ("Every Brightwell campus has a detox
// unit", "detox is available at every Fernway campus").
func sitesOfferingEverywhere(docs []*checker.DocClaims) map[string]bool {
	var out map[string]bool
	for _, d := range docs {
		for i := range d.Claims {
			c := &d.Claims[i]
			if c.Kind != claims.DetoxOffered || c.Value == nil || !*c.Value || c.Variant != "" || !(everyLocation(c) || everyCampusOpens.MatchString(c.Sentence)) {
				continue
			}
			if out == nil {
				out = map[string]bool{}
			}
			out[d.Site] = true
		}
	}
	return out
}

// everyCampusOpens opens a sentence on every campus of the provider:
// "Every Brightwell campus has …", "All of our locations provide …".
var everyCampusOpens = regexp.MustCompile(`^\s*(?:[Ee]very|[Ee]ach|[Aa]ll)\s+(?:of\s+)?(?:our\s+|the\s+)?(?:[A-Z][\w'’-]*\s+){0,2}(?:campus|campuses|locations?|clinics?|sites?|centers?|centres?|facilities|facility)\s+(?:offers?|provides?|has|have|runs?)\b`)

// subjectSentence is a program and a sentence that speaks of it.
type subjectSentence struct {
	subject  claims.Subject
	sentence string
}

// eveningSentences are the sentences of a page's claims that count a
// program's days as evenings or nights, with no track named.
func eveningSentences(cs []*claims.Claim) []subjectSentence {
	var out []subjectSentence
	for _, c := range cs {
		if c.Kind == claims.DaysPerWeek && c.Variant == "" && countsEvenings(c.Text) {
			out = append(out, subjectSentence{c.Subject, c.Sentence})
		}
	}
	return out
}

// countsEvenings reports days counted as evenings or nights: "three
// evenings a week", "4 nights/week".
func countsEvenings(text string) bool {
	m, ok := asciiWordMatch(text, []string{"evenings", "nights", "evening", "night"})
	return ok && m
}

// firstThose orders cs with the claims first holds for first, each part
// in its order; cs itself when the order stays.
func firstThose(cs []*claims.Claim, first func(i int) bool) []*claims.Claim {
	n := 0
	for i := range cs {
		if first(i) {
			n++
		}
	}
	if n == len(cs) {
		return cs
	}
	out := make([]*claims.Claim, 0, len(cs))
	for i := range cs {
		if first(i) {
			out = append(out, cs[i])
		}
	}
	for i := range cs {
		if !first(i) {
			out = append(out, cs[i])
		}
	}
	return out
}

// familyOf maps each page in a near-duplicate family to the family's index.
func familyOf(fams []checker.Family) map[string]int {
	m := map[string]int{}
	for i, f := range fams {
		for _, file := range f.Files {
			m[file] = i + 1
		}
	}
	return m
}

// firstPerPage keeps one claim per page, the first, so a finding lists each
// page once per side.
func firstPerPage(cs []*claims.Claim) []*claims.Claim {
	return firstBy(cs, func(c *claims.Claim) string { return c.File })
}

// firstFirmPerPage is firstPerPage preferring each page's plain
// statements to its "may" and "some": a page whose figure in its own
// voice is a hedge ("IOP may suit you if you can come three evenings a
// week") and whose fact list, read in that voice, states it plainly
// stands on its side by the list, which can contradict another page's
// plain figure.
func firstFirmPerPage(cs []*claims.Claim) []*claims.Claim {
	return firstPerPage(firstThose(cs, func(i int) bool { return acrossForce(cs[i]) }))
}

// firstBy keeps the first claim of each key, in order.
func firstBy(cs []*claims.Claim, key func(*claims.Claim) string) []*claims.Claim {
	var out []*claims.Claim
	if len(cs) <= smallSet {
		// No map for the few claims of one fact: see groupByValue.
		var keys [smallSet]string
		for _, c := range cs {
			if k := key(c); !slices.Contains(keys[:len(out)], k) {
				keys[len(out)] = k
				out = append(out, c)
			}
		}
		return out
	}
	seen := map[string]bool{}
	for _, c := range cs {
		if k := key(c); !seen[k] {
			seen[k] = true
			out = append(out, c)
		}
	}
	return out
}

// onePage reports claims all of one page (or none): len(checker.Pages(cs))
// < 2 without building the list, for every fact group of a run.
func onePage(cs []*claims.Claim) bool {
	for _, c := range cs {
		if c.File != cs[0].File {
			return false
		}
	}
	return true
}

// pageCount is len(checker.Pages(cs)).
func pageCount(cs []*claims.Claim) int {
	if len(cs) > smallSet {
		return len(checker.Pages(cs))
	}
	n := 0
	for i, c := range cs {
		if !slices.ContainsFunc(cs[:i], func(d *claims.Claim) bool { return d.File == c.File }) {
			n++
		}
	}
	return n
}

type candidate struct {
	g       *valueGroup
	iv      checker.Interval
	support []*claims.Claim // first claim per page agreeing with the value
	pages   int             // pages stating the value itself
	vague   bool            // an impression: no consensus, no support
}

func reportOutliers(p *acrossPass, k key, cs []*claims.Claim, twins map[string]int) {
	tol := p.Config.Tolerance
	cands := candidates(cs, tol)
	cons := cands[0]
	for _, c := range cands[1:] {
		if sev, ok := conflict(c.g.claims[0], cons.g.claims[0], tol); ok {
			reportAgainst(p, k, c, cons, sev, cs, twins)
		}
	}
}

// reportAgainst reports the value c against the value cons stands for: a
// page stating the outlier is
// on the outlier side only, even when it also states an agreeing value:
// it is never listed against itself, and when no other page agrees with
// the consensus the page only contradicts itself, which is within-page's
// finding.
func reportAgainst(p *acrossPass, k key, c, cons *candidate, sev checker.Severity, cs []*claims.Claim, twins map[string]int) {
	tol := p.Config.Tolerance
	side := firstFirmPerPage(c.g.claims)
	agree := orderConsensus(cons, side, twins)
	// Each side keeps the claims whose force lets them contradict a
	// claim of the other: "some programs" only against "every".
	side, agree = meeting(side, agree), meeting(agree, side)
	// Only pages whose own value contradicts the outlier stand
	// against it: "8 to 12 weeks" supports a consensus of "8 weeks"
	// but does not contradict "12 to 16 weeks".
	agree = contradicting(agree, c.g.claims[0], tol)
	agree = notDrifted(agree, side, cs, twins)
	if len(side) == 0 || len(agree) == 0 {
		return
	}
	if len(side) >= len(agree) {
		sev = checker.Warning
	}
	reportSides(p, k, sev, side, restatedOn(firstN(side, maxListedPages), c.g.claims), agree, restatedOn(firstN(agree, maxListedPages), cons.g.claims), sortedValues(c.g.value, cons.g.value))
}

// restatedLocations are the locations of cs marked as restatements.
func restatedLocations(cs []*claims.Claim) []checker.Location {
	out := locations(cs)
	for i := range out {
		out[i].Restated = true
	}
	return out
}

// restatedOn lists the claims of cs, firm ones, that state a side's
// value again on a page of side after the one side quotes ("| Evening
// IOP | Mon, Tue, Wed, Thu |" and, further down, "Evening IOP meets four
// evenings a week"): to make the pages agree, each may have to change,
// so the finding's locations name them all, on both sides.
func restatedOn(side, cs []*claims.Claim) []*claims.Claim {
	var out []*claims.Claim
	for _, c := range cs {
		if acrossForce(c) && !slices.Contains(side, c) && slices.ContainsFunc(side, func(s *claims.Claim) bool { return s.File == c.File }) {
			out = append(out, c)
		}
	}
	return out
}

// reportSides reports the pages of side against the pages of other, quoting
// the first claim of each and listing up to maxListedPages a side.
func reportSides(p *acrossPass, k key, sev checker.Severity, side, restated, other, otherRestated []*claims.Claim, values []string) {
	// A fact read under two keys ("Evening IOP" and "IOP") may set the
	// same pages against each other twice, quoting the same statement of
	// the odd page: one finding says it.
	// (Only the same statements on both sides: another program, or the
	// same page held against another statement, is another finding.)
	var b strings.Builder
	fmt.Fprintf(&b, "%s|%s|%s:%d|%s:%d", k.kind, side[0].Subject, side[0].File, side[0].Span.Start, other[0].File, other[0].Span.Start)
	for _, cs := range [][]*claims.Claim{side, other} {
		b.WriteByte('|')
		for _, c := range cs {
			b.WriteString(c.File)
			b.WriteByte(';')
		}
	}
	sig := b.String()
	if p.seen[sig] {
		return
	}
	p.seen[sig] = true
	// The odd page's statement held against two statements of one value
	// on the same other pages ("four evenings a week" against the
	// evening track's "M/W/F" and against "Both tracks meet three days a
	// week") is one contradiction: one finding lists both.
	b.Reset()
	fmt.Fprintf(&b, "%s|%s", k.kind, strings.Join(values, "|"))
	for _, c := range side {
		fmt.Fprintf(&b, "|%s:%d", c.File, c.Span.Start)
	}
	b.WriteByte('|')
	for _, f := range checker.Pages(other) {
		b.WriteString(f)
		b.WriteByte(';')
	}
	if i, ok := p.byOdd[b.String()]; ok {
		f := &p.pending[i]
		for _, l := range locations(firstN(other, maxListedPages)) {
			if !slices.ContainsFunc(f.Locations, func(m checker.Location) bool { return m.File == l.File && m.Line == l.Line && m.Column == l.Column }) {
				f.Locations = append(f.Locations, l)
			}
		}
		return
	}
	p.byOdd[b.String()] = len(p.pending)
	p.pending = append(p.pending, checker.Finding{
		Severity: sev,
		Kind:     string(k.kind),
		Subject:  k.subject.String(),
		Message: fmt.Sprintf("%s: %q on %s (%s) vs %q on %s (%s); make the pages agree, or make clear that the odd one describes a different program",
			topic(k), side[0].Text, plural(len(side), "page", "pages"), pageList(side),
			other[0].Text, plural(len(other), "page", "pages"), pageList(other)),
		Locations: slices.Concat(locations(firstN(side, maxListedPages)), restatedLocations(restated), locations(firstN(other, maxListedPages)), restatedLocations(otherRestated)),
		Values:    values,
	})
}

// meeting keeps the claims of xs that may contradict one of ys.
func meeting(xs, ys []*claims.Claim) []*claims.Claim {
	var out []*claims.Claim
	for _, x := range xs {
		for _, y := range ys {
			if forcesMeet(x, y) {
				out = append(out, x)
				break
			}
		}
	}
	return out
}

// orderConsensus lists the consensus side: the claims stating the
// consensus value first, then agreeing claims from pages not yet named,
// skipping pages on the outlier side and their near-duplicate twins.
func orderConsensus(cons *candidate, outlier []*claims.Claim, twins map[string]int) []*claims.Claim {
	skip := map[string]bool{}
	for _, c := range outlier {
		skip[c.File] = true
	}
	var out []*claims.Claim
	for _, c := range append(firstFirmPerPage(cons.g.claims), cons.support...) {
		if !skip[c.File] && !templated(c, outlier, twins) {
			skip[c.File] = true
			out = append(out, c)
		}
	}
	return out
}

// notDrifted drops the pages of agree whose templated sentence for the
// fact drifted from a twin's on the outlier side: template-drift reports
// the two pages' disagreement, and a sentence of one twin's own that
// goes on to agree with its templated figure ("Most clients come four or
// five days a week" beside "five days a week") is no second one.
func notDrifted(agree, outlier, all []*claims.Claim, twins map[string]int) []*claims.Claim {
	var out []*claims.Claim
	for _, c := range agree {
		if !driftedTwins(c.File, outlier, all, twins) {
			out = append(out, c)
		}
	}
	return out
}

// driftedTwins reports a page of outlier in file's family where one
// templated sentence states the fact with another value than file's.
func driftedTwins(file string, outlier, all []*claims.Claim, twins map[string]int) bool {
	f := twins[file]
	if f == 0 {
		return false
	}
	var mine []*claims.Claim
	for _, a := range all {
		if a.File == file {
			mine = append(mine, a)
		}
	}
	for _, o := range outlier {
		if twins[o.File] != f || o.File == file {
			continue
		}
		for _, b := range all {
			if b.File != o.File {
				continue
			}
			for _, a := range mine {
				if same, _ := sameStatement(a, b); same && valueKey(a) != valueKey(b) {
					return true
				}
			}
		}
	}
	return false
}

// templated reports whether c and one of others are one templated
// sentence of two family twins with its value changed: template-drift's
// finding, not across-pages'. Twins that state the fact in sentences of
// their own contradict each other like any two pages of a site.
func templated(c *claims.Claim, others []*claims.Claim, twins map[string]int) bool {
	f := twins[c.File]
	if f == 0 {
		return false
	}
	for _, o := range others {
		if twins[o.File] != f {
			continue
		}
		if same, _ := sameStatement(c, o); same {
			return true
		}
	}
	return false
}

// reportBoolSplit reports the minority answer to a yes/no question. Pages
// that say both are within-page's; one templated sentence of two family
// twins is template-drift's.
func reportBoolSplit(p *acrossPass, k key, cs []*claims.Claim, twins map[string]int) {
	byPage := map[string][2]bool{}
	for _, c := range cs {
		v := byPage[c.File]
		if truth(c) {
			v[1] = true
		} else {
			v[0] = true
		}
		byPage[c.File] = v
	}
	var yes, no []*claims.Claim
	// A page is quoted by the sentence that says its answer before a
	// bare "Yes." after a question.
	for _, c := range firstPerPage(firstThose(cs, func(i int) bool { return !bareAnswerClaim(cs[i]) })) {
		if v := byPage[c.File]; v[0] && v[1] {
			continue
		}
		if truth(c) {
			yes = append(yes, c)
		} else {
			no = append(no, c)
		}
	}
	minority, majority := no, yes
	if len(yes) < len(no) {
		minority, majority = yes, no
	}
	var others []*claims.Claim
	for _, c := range majority {
		if !templated(c, minority, twins) {
			others = append(others, c)
		}
	}
	if len(minority) == 0 || len(others) == 0 {
		return
	}
	sev := p.Check.Severity
	if len(yes) == len(no) {
		sev = checker.Warning
	}
	reportSides(p, k, sev, minority, nil, others, nil, sortedValues(yesNo(truth(minority[0])), yesNo(truth(others[0]))))
}

// bareAnswerClaim reports a claim that is only "Yes" or "No".
func bareAnswerClaim(c *claims.Claim) bool {
	t := strings.Trim(c.Text, " .!")
	return strings.EqualFold(t, "yes") || strings.EqualFold(t, "no")
}

func yesNo(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}

// contradicting keeps the claims of cs that contradict c.
func contradicting(cs []*claims.Claim, c *claims.Claim, tol checker.Tolerance) []*claims.Claim {
	var out []*claims.Claim
	for _, o := range cs {
		if _, bad := conflict(c, o, tol); bad {
			out = append(out, o)
		}
	}
	return out
}

// maxListedPages bounds the pages a finding lists as locations on each
// side; its message counts them all. A site of thousands of pages
// stating a fact many ways made every finding list a thousand pages (a
// 185 MB report for 3,000 pages); the labelled and generated sites list
// at most a dozen.
const maxListedPages = 20

// firstN is cs cut to its first n.
func firstN(cs []*claims.Claim, n int) []*claims.Claim {
	return cs[:min(len(cs), n)]
}

// candidates are the values of one fact on a site, each with the pages
// that agree with it, the consensus first: the value most pages agree
// with, then the one most pages state, then a bounded one, then the
// narrower.
//
// A figure given as an impression ("a few days a week") is no consensus
// and supports none, as it overlaps both sides of "three evenings" and
// "four days" and would make the site agree with itself; it can still be
// the odd one out ("a few weeks" against "90 days"). (When every figure
// is one, they decide.)
func candidates(cs []*claims.Claim, tol checker.Tolerance) []*candidate {
	var cands []*candidate
	// Each claim is widened and read for an impression once, not once
	// per value it is held against.
	widened := make([]checker.Interval, len(cs))
	vague := make([]bool, len(cs))
	all := true
	for i, c := range cs {
		widened[i], vague[i] = checker.Widen(c, tol), impression(c)
		all = all && vague[i]
	}
	for _, g := range groupByValue(cs) {
		c := &candidate{g: g, iv: checker.Widen(g.claims[0], tol), vague: !all && impression(g.claims[0])}
		var agree []*claims.Claim
		for i, o := range cs {
			if !all && vague[i] {
				continue
			}
			if widened[i].Overlaps(c.iv) {
				agree = append(agree, o)
			}
		}
		c.support = firstPerPage(agree)
		c.pages = pageCount(g.claims)
		cands = append(cands, c)
	}
	sort.SliceStable(cands, func(i, j int) bool {
		a, b := cands[i], cands[j]
		if a.vague != b.vague {
			return b.vague
		}
		if len(a.support) != len(b.support) {
			return len(a.support) > len(b.support)
		}
		if a.pages != b.pages {
			return a.pages > b.pages
		}
		if a.iv.Bounded() != b.iv.Bounded() {
			return a.iv.Bounded()
		}
		return a.iv.Width() < b.iv.Width()
	})
	return cands
}
