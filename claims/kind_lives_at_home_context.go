package claims

import (
	"strings"

	"github.com/factlint/factlint/internal/prefilter"
)

// livesAtName finds living at a named place, "live at Wrenfield": where
// the verb starts and where the name (up to three capitalised words)
// starts and ends; ne is 0 when there is none. (A hand scan: an
// expression over every sentence that may speak of living cost a
// twentieth of extraction.)
func livesAtName(text, lower string) (start, ns, ne int) {
	for from := 0; ; {
		k := strings.Index(lower[from:], " at ")
		if i := strings.Index(lower[from:], " in "); i >= 0 && (k < 0 || i < k) {
			k = i
		}
		if k < 0 {
			return 0, 0, 0
		}
		k += from
		from = k + 4
		v := wordBefore(lower, k)
		switch v {
		case "live", "lives", "living", "reside", "resides", "residing":
		default:
			continue
		}
		// ("rebuild their lives at Cedar Point Recovery": the noun.)
		if v == "lives" && ownerWordBefore(lower, lastIndex(lower[:k], v)) {
			continue
		}
		ns = k + 4
		if ns >= len(text) || text[ns] < 'A' || text[ns] > 'Z' {
			continue
		}
		ne = ns
		for n := 0; n < 3; n++ {
			j := ne + 1
			for j < len(text) && (text[j] >= 'a' && text[j] <= 'z' || text[j] >= 'A' && text[j] <= 'Z') {
				j++
			}
			ne = j
			if n == 2 || j+1 >= len(text) || text[j] != ' ' || text[j+1] < 'A' || text[j+1] > 'Z' {
				break
			}
			ne = j + 1
		}
		return lastIndex(lower[:k], v), ns, ne
	}
}

// housingAsNeed follows "including housing" with the other needs of a
// list, or a word that makes it help with housing.
var housingAsNeed = prefilter.MustCompile(`^(?:\s+(?:assistance|support|help|referrals?|services|needs?|issues|instability|problems|search|applications?)\b|\s*,?\s+(?:and\s+|or\s+)?(?:employment|jobs?|legal|food|transportation|finances|financial|education|school|childcare|benefits|insurance|income|work)\b)`)

// housingName ends a place's name on a kind of housing: "Oakhaven
// Residences", "Birch House".
var housingName = prefilter.MustCompile(`\b(?:residences?|house|houses|home|homes|lodge|apartments|cottages?|campus)$`)

// ourHousingAfter is an appositive saying a named place is the
// provider's housing: ", our gender-specific supportive apartments".
var ourHousingAfter = prefilter.MustCompile(`^,\s+our\s+(?:[a-z-]+\s+){0,3}(?:apartments?|residences?|houses?|homes?|housing|dorms?|dormitory|cottages?|lodge|campus)\b(\s+(?:town|city|county|area|region|community|neighborhood|neighbourhood)\b)?`)

// ourHousing reports an appositive calling a place the provider's
// housing: ", our supportive apartments" (", our home town" is a town).
func ourHousing(rest string) bool {
	m := ourHousingAfter.FindStringSubmatch(rest)
	return m != nil && m[1] == ""
}

// visitorsStay reports someone other than a client staying: "Relatives
// traveling from out of town stay in one of our guest cottages".
func visitorsStay(lower string, i int) bool {
	lo, _ := clauseBounds(lower, i, i)
	// ("Family may visit on Sundays, but they cannot stay the night":
	// "they" opening the clause are the visitors of the clause before.)
	from := max(lo, i-60)
	if strings.HasPrefix(strings.TrimLeft(lower[lo:i], " ,"), "they ") {
		from = max(0, lo-80)
	}
	// (Some providers call their clients guests: "Guests live at the
	// lodge" is the clients.)
	return hasWord(lower[from:i], "relatives", "relative", "family", "families", "visitors", "visitor", "parents", "loved", "pets", "pet")
}

// staffLives reports staff as the one who lives there: "A house manager
// lives on site" says where the manager sleeps, not the residents.
func staffLives(lower string, i int) bool {
	// "The house has a manager who lives on site": the relative
	// clause's verb is the manager's.
	if w := wordBefore(lower, i); w == "who" || w == "that" {
		k := lastIndex(lower[:i], w)
		if residentStaff[wordBefore(lower, k)] {
			return true
		}
		// ("Each home has a resident mentor, a graduate in long-term
		// recovery who lives in the home": the staff member the
		// appositive describes.)
		if ante := lower[max(0, k-70):k]; !strings.ContainsAny(ante, ".;:") && (anyWordIn(ante, residentStaff) || hasWord(ante, "mentor", "mentors")) {
			if !hasWord(ante, "clients", "patients", "residents", "participants", "client", "patient") {
				return true
			}
		}
	}
	// ("A house manager may live on site": past a modal or an adverb.)
	if staffBehind(lower, i, staffModals, 3) {
		return true
	}
	// ("Women staff members live on the property", "At night no staff
	// member stays on site": members of staff, not of the program.)
	if w := wordBefore(lower, i); w == "member" || w == "members" {
		if b := wordBefore(lower, lastIndex(lower[:i], w)); b == "staff" || b == "team" {
			return true
		}
	}
	// ("PHP patients treated by our therapists live at home": the
	// clients, named first, are who lives there.)
	lo := max(0, i-60)
	if k := strings.LastIndexAny(lower[:i], ".;:"); k >= lo {
		lo = k + 1
	}
	if hasWord(lower[lo:i], "clients", "patients", "residents", "participants", "members", "teens", "adults", "client", "patient") {
		return false
	}
	if residentStaff[wordBefore(lower, i)] {
		return true
	}
	if securityStaffBefore(lower, i) {
		return true
	}
	// ("Staff do not stay overnight", "no staff stay overnight": the
	// staff's nights, past the negation.)
	if staffBehind(lower, i, staffNegation, 2) {
		return true
	}
	// "A live-in house manager is on the property": the manager lives
	// there, not the clients.
	if strings.HasPrefix(lower[i:], "live-in ") {
		rest := strings.Fields(lower[i+len("live-in ") : min(len(lower), i+40)])
		for k := 0; k < len(rest) && k < 2; k++ {
			if w := strings.Trim(rest[k], ",.;"); residentStaff[w] || liveInStaff[w] {
				return true
			}
		}
	}
	return false
}

// staffBehind reports staff named right before up to n words of skip
// before i: "A house manager may live", "Staff do not stay".
func staffBehind(lower string, i int, skip map[string]bool, n int) bool {
	for k := 0; k < n; k++ {
		w := wordBefore(lower, i)
		if !skip[w] {
			return false
		}
		i = lastIndex(lower[:i], w)
		if residentStaff[wordBefore(lower, i)] {
			return true
		}
	}
	return false
}

// securityStaffBefore reports a guard service named right before i:
// "a security professional stays on site". Whoever "security" names is
// staff, and "professionals" or "officers" alone may be the clients of a
// track for them; so may "Police and security officers", joined to
// others by "and", whence the determiner before "security".
func securityStaffBefore(lower string, i int) bool {
	w := wordBefore(lower, i)
	if w == "" {
		return false
	}
	k := lastIndex(lower[:i], w)
	if k <= 0 || wordBefore(lower, k) != "security" {
		return false
	}
	return securityDeterminers[wordBefore(lower, lastIndex(lower[:k], "security"))]
}

// securityDeterminers open a phrase naming one guard or a guard service:
// "a licensed security professional", "our security staff".
var securityDeterminers = wordSet("a", "an", "the", "our", "their", "one", "each", "licensed", "armed", "on-site", "onsite", "24-hour", "overnight")

var staffModals = wordSet("may", "might", "can", "will", "must", "also", "often", "usually", "typically", "always", "sometimes")

var staffNegation = wordSet("not", "do", "does", "don't", "doesn't", "don’t", "doesn’t", "never", "no")

// residentStaff are the staff whose living on site says nothing of the
// clients': "a house manager lives on site".
var (
	residentStaff = wordSet("manager", "managers", "staff", "director", "directors", "supervisor", "supervisors", "coordinator", "monitor", "monitors",
		"nurse", "nurses", "technician", "techs", "therapists", "counselors", "counsellors", "clinicians", "doctors", "physicians", "aides",
		// ("… on the condition that a security guard remain on site".)
		"guard", "guards", "caretaker", "caretakers")
	// liveInStaff are more staff a "live-in" names; before "lives on
	// site" a counselor may be a client's.
	liveInStaff = wordSet("tech", "mentor", "mentors", "counselor", "counselors")
)

// comparedTo reports a living phrase held up for comparison: "far less
// immersive than living at a facility".
func comparedTo(lower string, i int) bool {
	w := wordBefore(lower, i)
	// ("less than a live-in program", "from a counseling visit now and
	// then to living at a treatment center": the far end of a
	// comparison or of a range of levels.)
	if w == "a" || w == "an" {
		w = wordBefore(lower, lastIndex(lower[:i], w))
	}
	// ("go from living on site to sleeping at home" moves from one to
	// the other.)
	// (A range is one short phrase: "from 9 a.m. to noon, and
	// participants continue to live at home" is no range of levels.)
	if w == "to" {
		lo := max(0, i-70)
		k := lastIndex(lower[lo:i], "from ")
		return k >= 0 && (k == 0 || !isWordByte(lower[lo+k-1])) && !strings.ContainsAny(lower[lo+k:i], ",;") &&
			!hasWord(lower[lo+k:i], "living", "live", "sleeping", "sleep", "staying", "stay", "home", "site", "campus")
	}
	return w == "than" || w == "unlike" || w == "versus" || w == "vs"
}

// stayNoun reports "stay" used as a noun ("a typical PHP stay at our
// center lasts two to four weeks"): a length of stay, not where clients
// sleep.
func stayNoun(lower string, i int) bool {
	if strings.HasPrefix(lower[i:], "move ") {
		// "without a move into a facility": the noun, not the client moving.
		w := wordBefore(lower, i)
		return w == "a" || w == "the" || w == "any"
	}
	if !strings.HasPrefix(lower[i:], "stay ") {
		return false
	}
	switch w := wordBefore(lower, i); w {
	// ("a shorter length of stay on a locked unit": the noun after
	// "of".)
	case "a", "the", "typical", "average", "your", "their", "our", "short", "long", "whole", "entire", "of":
		return true
	case "iop", "php", "residential", "inpatient", "detox", "treatment", "rehab":
		// "Clients in our IOP stay in our housing": the program closes
		// a prepositional phrase, so "stay" is the clients' verb.
		k := lastIndex(lower[:i], w)
		d := wordBefore(lower, k)
		if d == "our" || d == "the" || d == "an" || d == "a" || d == "this" {
			d = wordBefore(lower, lastIndex(lower[:k], d))
		}
		return d != "in" && d != "at"
	}
	return false
}

// wished reports living words a client wants rather than a program
// provides: "for those who need flexibility to live at home", "you don't
// want to live in a facility", "if you like the idea of living at home".
// Whom a program suits is no statement of where its clients live.
func wished(lower string, i int) bool {
	lo, _ := clauseBounds(lower, i, i)
	pre := lower[max(lo, i-40):i]
	// ("Not all of us need to move into a facility to recover": a need
	// denied to some says where no program's clients live.)
	if k := lastIndex(pre, "flexibility to"); k >= 0 {
		// ("You keep the flexibility to sleep at home each night", "gives
		// clients recovering from addiction the flexibility to live at
		// home": the flexibility the program gives; "those who need
		// flexibility to live at home" is the client's need.) The
		// nearest verb of the clause before it says which.
		ws := strings.Fields(lower[lo : max(lo, i-40)+k])
		for n := len(ws) - 1; n >= 0 && n >= len(ws)-12; n-- {
			w := strings.Trim(ws[n], ",;:")
			if flexibilityGiven[w] {
				return false
			}
			if flexibilityNeeded[w] {
				break
			}
		}
	}
	return hasWord(pre, wishWords...) || hasWord(lower[lo:i], "not everyone", "not all", "not every") && hasWord(pre, "need", "needs", "has", "have")
}

// flexibilityNeeded are the words that make the flexibility a client's
// need or wish.
var flexibilityNeeded = wordSet("need", "needs", "needing", "want", "wants", "wanting", "wish", "wishes", "prefer", "prefers", "require", "requires", "seek", "seeks", "seeking", "value", "values", "if", "who")

// flexibilityGiven are the verbs before "the flexibility to" that say a
// program gives it.
// ("combines group counseling with the flexibility to sleep at home",
// "still maintaining a flexibility to return home each night")
var flexibilityGiven = wordSet("have", "has", "keep", "keeps", "keeping", "retain", "retains", "give", "gives", "giving", "offer", "offers", "offering",
	"provide", "provides", "providing", "allow", "allows", "allowing", "maintain", "maintains", "maintaining", "afford", "affords", "with")

var wishWords = []string{"want", "wants", "wanting", "wish", "wishes", "prefer", "prefers", "preferring", "idea of", "flexibility to", "hope", "hoping", "desire"}

// keptWhileAway follows housing kept for clients while they are in
// live-in care: "… while they are in residential treatment", "… while
// receiving residential care", "… when they enter residential
// treatment", "… while they are hospitalized" (not "while receiving
// hospital-level care during the day", a PHP's).
var keptWhileAway = prefilter.MustCompile(`\b(?:while|during|when)\b[^.;,]{0,30}?\b(?:residential|inpatient|detox|hospitalized|hospitalised|(?:in|at)\s+(?:a|the|our)\s+hospital)\b`)

// weakAnchorHolds reports whether a weak anchor w at i is followed by
// what makes it one ("is spent at home", "attend from"), or is the verb
// of clients "home in the evening"; other anchors always hold.
func weakAnchorHolds(l string, i int, w string) bool {
	rest := l[i+len(w):]
	if w == "home" {
		return homeFragment(l, i)
	}
	if weakAnchor[w] == "" || strings.HasPrefix(rest, weakAnchor[w]) {
		return true
	}
	// ("The schedule lets clients be home with their families at
	// night": "be" opens the phrase as "are" does.)
	if w == "be" && strings.HasPrefix(rest, " home with ") {
		return true
	}
	return (w == "is" || w == "are") && strings.HasPrefix(rest, " home ") && clientsHomeAtNight(l, i)
}

// homeFragment reports "home at night" at i as a fragment of its own, set
// off by a comma or a dash or opening the sentence: "structured care by
// day, home at night", "- Home each evening". (Not "parents are home at
// night" or "call home at night": a clause's words, whoever's.)
func homeFragment(l string, i int) bool {
	rest := l[i+len("home"):]
	if !strings.HasPrefix(rest, " at night") && !strings.HasPrefix(rest, " each night") && !strings.HasPrefix(rest, " every night") &&
		!strings.HasPrefix(rest, " each evening") && !strings.HasPrefix(rest, " every evening") {
		return false
	}
	before := strings.TrimRight(l[:i], " ")
	if before == "" {
		return true
	}
	if strings.HasSuffix(before, "-") || strings.HasSuffix(before, "•") || strings.HasSuffix(before, "*") {
		return strings.TrimRight(before, "-•* ") == ""
	}
	return strings.HasSuffix(before, ",") || strings.HasSuffix(before, "–") || strings.HasSuffix(before, "—") || strings.HasSuffix(before, ";")
}

// clientsHomeAtNight reports "… is/are home in the evening" (the verb at
// i) said of clients: the words of its clause before the verb name
// clients, patients or "you" ("Clients in our PHP are", "Each client
// is"), and no one else (parents, families, staff, a building).
func clientsHomeAtNight(l string, i int) bool {
	lo, _ := clauseBounds(l, i, i)
	who := l[lo:i]
	return hasWord(who, homeAtNight...) && !hasWord(who, notClientsAtNight...)
}

var homeAtNight = []string{"clients", "client", "patients", "patient", "participants", "participant", "members", "member", "you", "teens", "teen", "adolescents", "adolescent", "youth"}

var notClientsAtNight = []string{"parents", "parent", "families", "family", "staff", "counselor", "counselors", "therapist", "therapists", "children", "kids", "spouses", "partners", "siblings"}

// weakAnchor holds the common anchor words with what must follow them,
// so that not every "is" runs the expressions.
var weakAnchor = map[string]string{"is": " spent at home", "are": " spent at home", "be": " at home", "with": " ", "include": " ", "includes": " ", "including": " ",
	// "You attend from home on a laptop": only "from" makes these a place.
	"attend": " from ", "attends": " from ", "join": " from ", "joins": " from ", "participate": " from ", "participates": " from ",
	// "Our day programmes can be completed from home".
	"completed": " from "}

// clientsOwn reports the place a facility phrase ends on (place) made
// the client's own by what follows it (after): "stay in their room at
// home", "live in a quiet residence of their own". A night is no place,
// and rooms "of their own" may be on the campus.
func clientsOwn(place, after string) bool {
	switch {
	case strings.HasSuffix(place, "the night"), strings.HasSuffix(place, "rooms"):
		return false
	case strings.HasSuffix(place, "room"):
		return strings.HasPrefix(strings.TrimLeft(after, " "), "at home")
	}
	return clientsOwnPlace.MatchString(after)
}

// clientsOwnPlace says a place just named is the client's own.
var clientsOwnPlace = prefilter.MustCompile(`^\s*(?:at\s+home|of\s+(?:their|your|his|her)\s+own|at\s+(?:their|your|his|her)\s+(?:own\s+)?homes?)\b`)

// homeAfterStay follows a way home with the length of stay it ends: "
// after about four days", " within a week", " within 72 hours" (hours
// only of a stay's days: "after three hours of group" is the day's).
var homeAfterStay = prefilter.MustCompile(`^\s+(?:after|within)\s+(?:about\s+|roughly\s+|around\s+|approximately\s+|just\s+|only\s+)?(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several)\s+(?:to\s+\w+\s+|or\s+\w+\s+)?(?:days?|weeks?|months?|nights?)\b|^\s+within\s+(?:about\s+|roughly\s+)?(?:24|36|48|72|96|twenty-four|forty-eight|seventy-two)\s+hours\b`)

// nextLevelInstead follows a way home with another way out of a stay.
var nextLevelInstead = prefilter.MustCompile(`^,?\s+or\s+(?:to\s+)?(?:transition|transitions|transfer|step|steps|move|moves|go\s+on)\s+(?:down\s+)?(?:on\s+)?(?:to|into)\s+(?:a|an|the)\s+(?:lower|less\s+intensive|next|outpatient|step-down)\b`)

// homeByClock follows a way home with the time it is taken: " by 9:15",
// " around 8 p.m.", " at noon".
var homeByClock = prefilter.MustCompile(`^\s+(?:by|at|around|about|after|before|until)\s+(?:about\s+)?(?:\d{1,2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?|noon|midnight|nine|ten|eight|seven|six|five|four|three)\b`)

// dailyAfterClock is a clock time said of every day, or of a return the
// next day: " at 3:15 every afternoon", " at 3 p.m. and return the next
// day".
var dailyAfterClock = prefilter.MustCompile(`^\s+(?:by|at|around|about|after)\s+(?:about\s+)?[\d:.]+(?:\s*[ap]\.?m\.?)?\s+(?:(?:each|every)\s+(?:afternoon|evening|day|weekday|night)\b|and\s+(?:come|comes|return|returns)\s+(?:back\s+)?(?:the\s+)?next\s+(?:morning|day)\b)`)

// returnToLife goes on from a return home to the rest of a life it is a
// return to: ", friends and jobs", " and their work".
var returnToLife = prefilter.MustCompile(`^(?:\s*,\s*[a-z'’ ]{1,25}?){0,3}?(?:\s*,)?\s*(?:and|or)\s+(?:their\s+|your\s+|his\s+|her\s+)?(?:jobs?|work|careers?|society|communities|community|schools?|normal\s+lives?|daily\s+lives?|everyday\s+lives?)\b`)

// returnAfterCare follows a return home with the end of a stay: " after
// the program", " following discharge". ("return home after treatment"
// in a day program is each day's.)
var returnAfterCare = prefilter.MustCompile(`^\s+(?:after|once|when|following)\s+(?:(?:the|their|your|a)\s+)?(?:program|programme|rehab|stay|discharge|graduation|graduating|completing|finishing)\b`)

// programDayAfter follows a return home with the end of the program's
// day, not of its stay: " after program hours", " when the program day
// ends".
var programDayAfter = prefilter.MustCompile(`^\s+(?:after|once|when|following)\s+(?:(?:the|their|your|a)\s+)?(?:program|programme)\s+(?:day|days|hours?|sessions?)\b`)

// discharge reports a return home that ends treatment ("stay until they
// are well enough to return home", "ready to go home"), not the
// nightly return of an outpatient program.
func discharge(lower string, i, end int) bool {
	// "before going home at night", "return home afterward": nightly.
	// (The phrase may hold it: "after that heading home each evening".)
	if hasWord(lower[i:min(len(lower), end+25)], "night", "nights", "evening", "evenings", "each", "every", "afterward", "afterwards", "daily") {
		return false
	}
	if w := wordBefore(lower, i); w == "keep" || w == "continue" || w == "still" {
		return false
	}
	// "After treatment, many people return home or move into sober
	// living": where they go once the program is over.
	if afterCareEnds.MatchString(lower[:i]) {
		return true
	}
	// "… so patients return home quickly and safely": how soon or how
	// well the stay ends, not where clients sleep during it.
	if strings.HasPrefix(lower[i:], "return") && homeSoon.MatchString(lower[end:]) && !dayEnds.MatchString(lower) {
		return true
	}
	// "Before discharge, teens spend weekends at home": visits home that
	// lead out of the stay.
	if beforeDischarge.MatchString(lower[:i]) {
		return true
	}
	// ("Our nurses ready patients for step-down care or a return to
	// their homes": the way out of the stay, prepared for.)
	if preparedFor.MatchString(lower[:i]) {
		return true
	}
	// "Most patients here go home after about four days": the
	// stay's end, timed.
	if homeAfterStay.MatchString(lower[end:]) {
		return true
	}
	// "… as they return to their families, friends and jobs", "Men
	// return to their families after the program": a return to one's
	// life once treatment is over.
	// ("participants continue to live at home and work" is the
	// program's: only a return.)
	if ret := lower[i:]; (strings.HasPrefix(ret, "return") || strings.HasPrefix(ret, "go back") || strings.HasPrefix(ret, "going back") || strings.HasPrefix(ret, "get back")) &&
		(returnToLife.MatchString(lower[end:]) || returnAfterCare.MatchString(lower[end:]) && !programDayAfter.MatchString(lower[end:])) {
		return true
	}
	// "… keeps stays short so each teen can go back home or step down to
	// a lower level of care": the way out of the stay, one of two.
	if nextLevelInstead.MatchString(lower[end:]) {
		return true
	}
	// "Most clients continue with us; others return home with a referral
	// to an outpatient program": the clients who leave. ("… return home
	// with referral paperwork for their employer each evening" is
	// nightly.)
	// ("… others go home with a follow-up appointment already set": the
	// next step's, booked.)
	// ("… and return home with a recovery plan": the plan for after.)
	if (hasWord(lower[end:min(len(lower), end+20)], "referral", "referrals") || strings.HasPrefix(lower[end:], " with ") && hasWord(lower[end:min(len(lower), end+36)], "appointment", "appointments", "follow-up", "aftercare", "plan")) && !hasWord(lower[end:], "night", "nights", "evening", "evenings", "each", "every", "daily") {
		return true
	}
	// "adults who are stable enough to live at home": living at home is
	// the state the program is for, unless something ends first ("until
	// they are stable enough to live at home").
	living := strings.HasPrefix(lower[i:], "live") || strings.HasPrefix(lower[i:], "living") || strings.HasPrefix(lower[i:], "resid")
	j := i
	look := 4
	if living {
		look = 6
	}
	for n := 0; n < look; n++ {
		w := wordBefore(lower, j)
		switch w {
		case "":
			return false
		case "enough", "ready":
			// ("helps adults become stable enough to live at home
			// again": the end of the stay.)
			if !living || hasWord(lower[max(0, i-60):i], "become", "becomes", "get", "gets", "until", "once") || hasWord(lower[end:min(len(lower), end+12)], "again") {
				return true
			}
		case "until", "after", "before", "once", "when", "discharged", "eventually", "staged", "gradual", "planned", "eventual":
			return true
		case "then":
			// ("finish our residential program after 30 days and then go
			// home": the stay's end; "groups end at 3, then clients go
			// home" is a day's, which the words of a day above keep.)
			// (Not a day's: "from 9 a.m. to 3 p.m., and then clients go
			// home", "five days a week, and then go home".)
			if !living && hasWord(lower[max(0, i-90):i], "finish", "finishes", "finished", "complete", "completes", "completed", "graduate", "graduates", "discharge", "discharged") {
				return true
			}
		case "graduates", "graduate", "alumni", "completers":
			// "Most graduates return home and go on to an IOP": those who
			// finished the stay, as the verb's subject. ("welcomes
			// graduates as well as neighbours who live at home" is not.)
			if n == 0 {
				return true
			}
		case "the", "their", "your", "his", "her":
			// "prepare their family for the return home": a return
			// named as a noun is the one at the end of the stay.
			if n == 0 && strings.HasPrefix(lower[i:], "return") {
				return true
			}
		}
		j = lastIndex(lower[:j], w)
		if j < 0 {
			return false
		}
	}
	return false
}

// afterCareEnds opens a sentence on the end of treatment, a comma after
// it, and then on the people who leave: "After treatment, many people",
// "Once rehab is over, clients", "When the program ends, you". ("After
// rehab, our IOP lets clients live at home" speaks of the IOP.)
// preparedFor ends on what a stay readies clients for, a return home
// among it: "ready patients for step-down care or a ", "prepare them
// for the ".
var preparedFor = prefilter.MustCompile(`\b(?:prepare|prepares|prepared|preparing|ready|readies|readying)\s+(?:[a-z]+\s+){0,2}?for\s+(?:[a-z-]+\s+){0,4}?(?:(?:or|and)\s+)?(?:a|an|the|their|your)?\s*$`)

// homeSoon follows a return home with how soon or how well it comes:
// " swiftly", " quickly and safely", " sooner".
var homeSoon = prefilter.MustCompile(`^\s*(?:as\s+)?(?:swiftly|quickly|safely|sooner|faster|soon|healthier|stronger)\b`)

// dayEnds is a day's end said with a return home, in the sentence, which
// makes it the program's nights: "… at the end of the treatment day", "… soon after
// group ends each afternoon", "… sooner than they would from a job".
var dayEnds = prefilter.MustCompile(`\b(?:(?:each|every)\s+(?:[a-z]+\s+)?(?:day|night|evening|afternoon|morning)|daily|afternoons|evenings|nights|at\s+night|in\s+the\s+(?:evening|afternoon)|end\s+of\s+(?:the\s+|each\s+)?(?:[a-z]+\s+)?day|than\s+they\s+would|after\s+(?:group|groups|sessions?|class|classes|programming))\b`)

// beforeDischarge opens a sentence on the time just before a stay ends,
// up to the clients: "Before a planned discharge, residents ".
var beforeDischarge = prefilter.MustCompile(`^\s*(?:before|prior\s+to|ahead\s+of|in\s+the\s+weeks\s+before)\s+(?:(?:their|a|the|successful|final|planned)\s+)*discharge\s*,\s*(?:[a-z'’-]+\s+){0,4}$`)

var afterCareEnds = prefilter.MustCompile(`^\s*(?:after|once|when|following)\s+(?:(?:their|your|the|a|an|inpatient|residential|formal|initial)\s+)?(?:treatment|rehab|rehabilitation|program|stay|discharge)(?:\s+(?:ends|is\s+over|is\s+complete|is\s+completed|concludes|is\s+finished))?\s*,\s*(?:(?:many|most|some|all|often)\s+)?(?:people|clients|patients|individuals|they|you|residents|graduates|he|she)\b[^.;:]*$`)

// othersLive reports a living phrase at i whose clause opens on people
// other than the clients ("Spouses go home at the end of visiting hours",
// "No, children sleep at home", "Guests of residents do not sleep on
// campus"), or on a pronoun answering a question about such people ("Do
// therapists live on campus? No. They go home in the evening").
func othersLive(s *sentence, l string, i int) bool {
	lo, _ := clauseBounds(l, i, i)
	words := strings.Fields(strings.Trim(l[lo:i], " ,.:;"))
	for len(words) > 0 && openingFillers[strings.Trim(words[0], ",.")] {
		words = words[1:]
	}
	if len(words) == 0 {
		return false
	}
	switch w := strings.Trim(words[0], ",."); {
	case otherPeople[w]:
		// ("Kids in our residential program live on campus", "Partners
		// in our couples program live on site": the clients, named by
		// their program.)
		// ("Babies under six months may stay in the room": a child's age
		// is no more than who they are.)
		return peopleVerbOnly(withoutAge(words[1:]))
	case w == "guests" || w == "guest":
		// (Some providers call their clients guests; a client's guests
		// are visitors.)
		if len(words) < 3 || words[1] != "of" {
			return false
		}
		rest := words[2:]
		if articleWords[rest[0]] {
			rest = rest[1:]
		}
		return len(rest) > 0 && peopleVerbOnly(rest[1:])
	case w == "they" || w == "he" || w == "she":
		// (Only a question whose subject they are: "Do therapists live on
		// campus?", not "Looking for care that fits around your job and
		// family?")
		return othersAsked(s.answers)
	}
	return false
}

var openingFillers = wordSet("no", "yes", "most", "many", "all", "the", "our", "your", "visiting", "their")

// otherPeople are the people besides clients whose nights othersLive
// reads: notClientsAtNight and a client's visitors.
var otherPeople = wordSet(append([]string{"spouse", "husband", "husbands", "wife", "wives", "visitors", "visitor", "relatives", "relative", "pets", "pet", "friends",
	"babies", "baby", "infants", "infant", "newborns", "newborn", "toddlers", "toddler"}, notClientsAtNight...)...)

// withoutAge is words without the age they open on: "under six months
// may" is "may".
func withoutAge(words []string) []string {
	if len(words) == 0 || !ageOpeners[words[0]] {
		return words
	}
	for i, w := range words[:min(len(words), 5)] {
		if ageUnits[strings.Trim(w, ",.")] {
			return words[i+1:]
		}
	}
	return words
}

var ageOpeners = wordSet("under", "over", "younger", "older", "aged", "up")

var ageUnits = wordSet("weeks", "months", "years", "old")

// peopleVerbOnly reports the words between people named and the living
// verb as nothing but more people, auxiliaries and adverbs: "and wives",
// "do not", "usually".
func peopleVerbOnly(words []string) bool {
	for _, w := range words {
		w = strings.Trim(w, ",.")
		if !otherPeople[w] && !peopleAuxiliaries[w] {
			return false
		}
	}
	return true
}

var peopleAuxiliaries = wordSet("and", "or", "do", "does", "not", "don't", "don’t", "can", "cannot", "can't", "can’t", "may", "must", "will", "should",
	"usually", "typically", "generally", "also", "never", "always", "often", "then", "simply", "all")

// othersAsked reports a question whose subject is people other than the
// clients: "Do therapists live on campus?", "Can my husband stay with
// me?", "Where do visiting parents stay?".
func othersAsked(q string) bool {
	f := strings.Fields(strings.TrimLeft(q, " "))
	for len(f) > 0 && (questionOpeners[f[0]] || openingFillers[f[0]] || f[0] == "my") {
		f = f[1:]
	}
	if len(f) == 0 {
		return false
	}
	w := strings.Trim(f[0], ",.?")
	return otherPeople[w]
}

var questionOpeners = wordSet("do", "does", "did", "can", "could", "will", "would", "may", "are", "is", "where", "when", "how")

// collegeHousing reports a place to live that is a college's: "a
// residence" followed by "hall", or dorms that are not the provider's
// ("the dorms"; "our dorms" are its own).
func collegeHousing(match, rest string) bool {
	if hasWord(match, "our") {
		return false
	}
	return strings.HasSuffix(match, "residence") && (strings.HasPrefix(rest, " hall") || strings.HasPrefix(rest, "s hall")) ||
		hasWord(match, "dorm", "dorms", "dormitory", "dormitories")
}
