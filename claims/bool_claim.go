package claims

import (
	"slices"
	"strings"

	"github.com/factlint/factlint/corpus"
	"github.com/factlint/factlint/internal/prefilter"
)

// explainedTerm reports the words at [start, end) inside quotation marks
// that the sentence goes on to explain: "“On-site 24/7” means …", "the
// label \"around the clock\" refers to …".
func explainedTerm(lower string, start, end int) bool {
	open := strings.LastIndexAny(lower[:start], "\"“")
	if open < 0 {
		return false
	}
	k := strings.IndexAny(lower[end:], "\"”")
	if k < 0 || strings.ContainsAny(lower[open+1:start], "\"”") {
		return false
	}
	rest := strings.TrimLeft(lower[end+k+1:], " ,")
	for _, p := range []string{"means ", "refers to ", "is defined as ", "stands for ", "indicates "} {
		if strings.HasPrefix(rest, p) {
			return true
		}
	}
	return false
}

// deniedLevel ends on a level of need denied: "do not rise to the level
// of requiring ".
var deniedLevel = prefilter.MustCompile(`(?:\bnot|n't|n’t|\bnever)\s+(?:rise|rises|come|comes)\s+to\s+the\s+level\s+of\s+(?:requiring|needing)\s+$`)

// careNeededBy come before care someone needs.
var careNeededBy = wordSet("requiring", "needing", "need", "needs", "require", "requires")

// fewBefore is a clause opening on a scarce number, up to the detox
// word: "very few offered ", "with few ", "only a few programs provide ".
var fewBefore = prefilter.MustCompile(`^\s*(?:with\s+)?(?:very\s+|only\s+a\s+|relatively\s+|too\s+|so\s+)?few\s+(?:[a-z-]+\s+){0,5}$`)

// oneOfTheFew follows scarce detox with the provider among those who
// offer it: "…, but we do", "; ours is one of them", "and we are proud to
// be one".
var oneOfTheFew = prefilter.MustCompile(`\bbut\s+(?:we|ours|our\s+[a-z]+)\s+(?:proudly\s+|also\s+)?(?:do|does|offer\s+it|offers\s+it|provide\s+it|provides\s+it|is\s+one|are\s+one)\s*(?:[.,;!]|$)|[;,]\s*(?:we\s+do|ours\s+does)\s*(?:[,.;!]|$)|;\s*ours\s+is\b|\bwe\s+do\s*(?:[.!]|$)|\bwe\s+are\s+(?:one|proud\s+to\s+be\s+one)\b`)

// clauseOpen is where the clause holding i opens: after the last stop,
// semicolon, colon or comma before it.
func clauseOpen(lower string, i int) int {
	return strings.LastIndexAny(lower[:i], ".;:,") + 1
}

// boolClaim appends the claim of one yes/no statement.
func (x *Extractor) boolClaim(st *state, s *sentence, bk *boolKind, h boolHit, out []Claim) []Claim {
	v, start, end := h.value, h.start, h.end
	// "Does IOP Include Detox? What Families Should Know": a heading's
	// question, which the page goes on to answer, asserts nothing.
	if k := s.block.Kind; (k == corpus.BlockHeading || k == corpus.BlockTitle) && askedWithin(s.text, end) {
		return out
	}
	// "Detox and Overnight Care" heads a section about it and says
	// nothing of whether there is any; "Withdrawal management with 24/7
	// nursing care" says there is.
	if k := s.block.Kind; bk.kind == Supervision24x7 && (k == corpus.BlockHeading || k == corpus.BlockTitle) && !roundTheClock(s.lower[start:end]) {
		return out
	}
	// "Overnight Stays in PHP" heads a section about them, which may
	// well say there are none; "Overnight stays available" says there
	// are.
	if k := s.block.Kind; bk.kind == LivesAtHome && (k == corpus.BlockHeading || k == corpus.BlockTitle) && strings.HasPrefix(s.lower[start:end], "overnight") &&
		strings.TrimLeft(s.lower[:start], " ") == "" && (strings.TrimSpace(s.lower[end:]) == "" || topicJoins[wordAfter(s.lower, end)] && wordCount(s.lower[end:]) <= 4 && !hasWord(s.lower[end:], headingVerbs...)) {
		return out
	}
	// "PHP suits patients well enough to live at home whose symptoms
	// still need constant monitoring": watched constantly while there,
	// not around the clock, since they sleep at home.
	if bk.kind == Supervision24x7 && v && !roundTheClock(s.lower[start:end]) && livesAtHomeToo(s.lower) {
		return out
	}
	// ("\"Staff present 24/7\" means a clinician is in the building
	// at all hours": a term explained, no statement of the care.)
	if explainedTerm(s.lower, start, end) {
		return out
	}
	// ("Of these, very few offered detox", "With few detox beds
	// available, …": how rare detox is among others, no program's own.)
	// ("Few rehabs in the region offer detox on site, but we do": the
	// provider one of the few.)
	if bk.kind == DetoxOffered && strings.Contains(s.lower[:start], "few") && fewBefore.MatchString(s.lower[clauseOpen(s.lower, start):start]) && !oneOfTheFew.MatchString(s.lower[end:]) {
		return out
	}
	if deniedAfter(s.lower[end:]) {
		// "Overnight supervision is not provided", "Detox included: no":
		// the denial follows the phrase.
		v = !v
	}
	// "for adults unable to keep safe without 24/7 supervision": what
	// someone cannot do without is a need, not care gone without.
	if bk.kind == Supervision24x7 && !v {
		need, unsure := withoutReading(s.lower[:start])
		if unsure {
			return out
		}
		if need {
			v = true
		}
	}
	// "adults whose symptoms never rise to the level of needing
	// round-the-clock care": a level of need denied.
	if pre := s.lower[max(0, start-60):start]; bk.kind == Supervision24x7 && v && strings.Contains(pre, "level of") && deniedLevel.MatchString(pre) {
		v = false
	}
	// "| Overnight stay | None – clients return home each evening |": a
	// table row's own header names the fact; its cell gives the answer.
	if rowHeaderCell(st.doc, s.bi) {
		return out
	}
	{
		var subj Subject
		// Whether living at home here is said of a program other than
		// residential care (set in the default case below).
		homeNotResidential := false
		want := bk.Holds
		// A detox item of the provider's own list of services (read once:
		// both the holder and the scope ask).
		listed := bk.kind == DetoxOffered && s.block.Kind == corpus.BlockListItem && servicesListItem(s)
		referred := bk.kind == Supervision24x7 && v && referredNeed(s.lower, start, end)
		if referred {
			// "Teens who need round-the-clock supervision are referred
			// to a residential program": the program described lacks it.
			// (The care they are sent to, named after the need, is not
			// the one described: "… we can help you find a residential
			// program".)
			v = false
			for _, m := range s.mentions {
				if m.start >= end && programSubject(m.subject) {
					want = excluding(want, m.subject)
				}
				// ("not a match for people with a disorder requiring
				// detox, or self-harm that requires 24/7 monitoring":
				// care needed in the same list is not the holder.)
				if m.start < start && programSubject(m.subject) && careNeededBy[wordBefore(s.lower, m.start)] {
					want = excluding(want, m.subject)
				}
			}
		}
		if bk.kind == Supervision24x7 {
			// "detox or 24/7 supervision": two things a person needs,
			// not detox's supervision.
			if coordinatedDetox(s, start, end) {
				want = func(x Subject) bool { return programSubject(x) && x != Detox }
			}
		}
		// "People who do not require 24/7 inpatient monitoring",
		// "offering care without 24/7 supervision": round-the-clock
		// care someone can do without is never residential's own lack;
		// "inpatient" only says what kind of care it is.
		needless := bk.kind == Supervision24x7 && !v && !referred && needlessBefore(s.lower[:start])
		if needless {
			want = excluding(want, Residential)
		}
		// ("Unlike 24-hour hospitalization, our PHP …", "a step down from
		// 24-hour hospitalization": a hospital's care, named to set the
		// program apart from it, says nothing of the program; a need for
		// it denied, "people who do not need 24-hour hospitalization",
		// says the program has none, and "Our detox unit offers 24-hour
		// hospitalization" that it has it.)
		if bk.kind == Supervision24x7 && !needless && hasWord(s.lower[start:end], "hospitalization", "hospitalisation") && hospitalSetApart.MatchString(s.lower[max(0, start-40):start]) {
			return out
		}
		// ("Unlike 24-hour care, our IOP meets three evenings a week":
		// round-the-clock care of no program named, set apart, says
		// nothing of the program after it.)
		if bk.kind == Supervision24x7 && !needless && clockCareSetApart.MatchString(s.lower[max(0, start-30):start]) {
			if _, named := s.programWithin(start, end+30, end); !named {
				return out
			}
		}
		// "… are referred to inpatient treatment, since they need closer
		// care and 24-hour supervision": the need that sends them there
		// is met by the program they are sent to.
		if bk.kind == Supervision24x7 && v && !referred {
			if to, ok := referredForNeed(s, start); ok {
				c := newClaim(s, bk.kind, start, end)
				c.Subject, c.Value, c.Polarity = to, &v, Asserted
				return append(out, c)
			}
		}
		if bk.kind == Supervision24x7 && !referred {
			// "the 24-hour supervision of residential care" is
			// residential's, whatever the clause says of its subject;
			// "24/7 inpatient care" names its program inside the phrase.
			if owner, ok := s.programWithin(start, end+30, end); ok && !(needless && owner == Residential) {
				// ("Nobody supervises PHP clients overnight": the clients
				// of the program named inside the denied phrase go
				// without.)
				if !v && s.mentionAt(start, end) != nil && supervisesClients.MatchString(s.lower[start:end]) && negated(s.lower, start) {
					c := newClaim(s, bk.kind, start, end)
					c.Subject, c.Value, c.Polarity = owner, &v, Asserted
					return append(out, c)
				}
				if !v && s.mentionAt(start, end) == nil && wordAfter(s.lower, end) != "of" && thereIsNo(s.lower, start) {
					// "There is no 24-hour supervision in PHP": the
					// program named after it is where it is missing
					// ("without the supervision provided in residential
					// care" still says residential care has it).
					c := newClaim(s, bk.kind, start, end)
					c.Subject, c.Value, c.Polarity = owner, &v, Asserted
					return append(out, c)
				}
				t := true
				c := newClaim(s, bk.kind, start, end)
				c.Subject, c.Value, c.Polarity = owner, &t, Asserted
				out = append(out, c)
				// ("adults who need less than 24/7 residential care": the program named inside the phrase has
				// the care; the clause's own program falls short of it.)
				if v || s.mentionAt(start, end) != nil && !shortOf(s.lower, start) && !negated(s.lower, start) {
					return out
				}
				want = func(x Subject) bool { return programSubject(x) && x != owner }
			}
		}
		switch {
		case h.subject != NoSubject && want(h.subject):
			subj = h.subject
		case (bk.kind == LivesAtHome || bk.kind == Supervision24x7) && acuteCareOpens(s, start):
			// "Inpatient psychiatric units provide 24-hour nursing care,
			// and patients sleep on the unit" under the PHP's heading: a
			// hospital unit's care, named as the sentence's subject, is
			// not the program the page is about.
			subj = Other
		case st.topic == Other && st.residence && !namesOwnProgram(s) && st.headingProgram(s) == NoSubject:
			// "We are not a 24-hour staffed facility" on a sober house's
			// page is the house's, not the IOP its residents attend.
			subj = Other
		case st.answersUnnamed(s) && !namesOwnProgram(s) && st.programInView() != NoSubject && !st.backInAnswer(s):
			// "Will my teen sleep here? / No. This is an outpatient
			// program; every teen goes home": neither the question nor
			// the answer names a program, so the page's is meant, not
			// the one the FAQ answer before spoke of.
			subj = st.programInView()
		case thereIs(s.lower) && !namesProgram(s):
			// "There is no overnight staff": the place the page is
			// about, not the program the sentence before mentioned.
			subj = st.placeSubject()
		case bk.kind == DetoxOffered && admitsForDetox.MatchString(s.lower[start:end]):
			// "Tollison admits adults for medically monitored detox": the
			// provider's detox service itself.
			subj = Detox
		case bk.kind == DetoxOffered && s.contains("-bed ") && bedsOfDetox.MatchString(s.lower[start:end]):
			// "Our 30-bed residence, with a 6-bed detox unit, …":
			// the unit is detox of its own, not the residence's.
			subj = Detox
		case listed && (detoxServiceLine(s) > 0 || start == 0):
			// "What we offer / • Medical detox – …", "Services at the
			// Center / • Social detox (withdrawal management) with
			// 24-hour staff": the provider's detox service itself.
			subj = Detox
		case bk.kind == DetoxOffered:
			subj = st.detoxHolder(s, start, end, v)
		default:
			if bk.kind == LivesAtHome || bk.kind == Supervision24x7 {
				// "We do not offer detox or residential care; every
				// client lives at home": a program the sentence says
				// the provider does not run is not where clients live.
				if denied := deniedPrograms(s); len(denied) > 0 {
					want = excluding(want, denied...)
				}
				// "for young people who do not need detox or 24-hour
				// supervision and who can safely live at home": care the
				// clients need or need not is not where they live.
				if needless := needlessPrograms(s, start); len(needless) > 0 {
					want = excluding(want, needless...)
				}
			}
			// "A PHP is nearly as intense as a residential program, but
			// you go home in the evening": living at home is not
			// residential care's own where the sentence names another
			// program beside it, or names none ("In our residential
			// program, clients go home each evening" says it of
			// residential care, and contradicts its page).
			homeNotResidential = bk.kind == LivesAtHome && v && !residentialLivesHome(s, start)
			if homeNotResidential {
				want = excluding(want, Residential)
			}
			subj = st.resolve(s, start, end, false, want)
			// "Most people step down to PHP or IOP and live at home
			// again": where they live in the program moved on to.
			if bk.kind == LivesAtHome {
				if p := movedOnAndLive(s, start); p != NoSubject {
					subj = p
				}
				// (Where resolving still lands on residential care, carried
				// from the sentence before: "Residential care gives
				// structure around the clock. Some people need to keep
				// living at home while they work" is no program's.)
				if homeNotResidential && subj == Residential {
					subj = Other
				}
			}
			// ("Clients who don't require 24/7 inpatient care can step
			// down to our PHP" on a residential page: the care done
			// without is the PHP's no, not residential care's, which the
			// page's topic would give.)
			if needless && subj == Residential {
				subj = Other
				for _, m := range s.mentions {
					if programSubject(m.subject) && m.subject != Residential && m.subject != Detox {
						subj = m.subject
						break
					}
				}
			}
			// "does not offer detox, medication, or overnight care",
			// "round-the-clock supervision or detox": detox listed
			// beside the care is another service, not its holder.
			if subj == Detox && detoxListedBeside(s, start, end) {
				subj = st.resolve(s, start, end, false, excluding(want, Detox))
			}
		}
		// ("You will have to finish detoxification before you begin your
		// rehabilitation program": detox asked for before a program
		// that names no level is that program's lack, not a denial that
		// detox exists; the page may run its own.)
		if bk.kind == DetoxOffered && !v && subj == Detox && detoxFirst.MatchString(s.lower[start:end]) {
			subj = Other
			if p := st.programInView(); p != NoSubject && p != Detox {
				subj = p
			}
		}
		if bk.kind == DetoxOffered && subj == Detox && detoxLabel.MatchString(s.lower) && !detoxOnSiteLabel(s.lower) {
			// "Detox included: no" on a program's fact card is whether
			// the program includes detox, not a fact about detox.
			if p := st.programInView(); p != NoSubject {
				subj = p
			}
		}
		// "Clients go to St. Anne's, which has its own withdrawal unit":
		// the detox of the place referred to, not the provider's.
		if bk.kind == DetoxOffered && v && referredToWhich.MatchString(s.lower[:start]) {
			return out
		}
		// "… is helped by our intake team to set up supervised
		// withdrawal, usually at Bayview General":
		// withdrawal care arranged at another place, or by the admissions
		// office with no place of the provider's named, is a referral.
		if bk.kind == DetoxOffered && v && hasWord(s.lower[max(0, start-30):end], "set up", "sets up", "arrange", "arranges", "arranged", "coordinate", "coordinates", "book", "books") &&
			(arrangedAt.MatchString(s.lower[end:]) || strings.Contains(s.lower[max(0, start-40):end], "admissions") && !onSite(s.lower) && !hasWord(s.lower, "our detox", "our unit", "in-house", "here")) {
			return out
		}
		// ("the skills residents will need outside 24/7 care", "withdrawal
		// is dangerous outside round-the-clock care": life beyond the
		// care residential and detox give, no lack of theirs; the care
		// named is theirs, as it was read before "outside" denied it. A
		// need for more under "not a good fit if:" on their pages says
		// nothing of theirs.)
		if bk.kind == Supervision24x7 && !v && (subj == Residential || subj == Detox) {
			if outsideCare(s.lower, start) {
				v = true
			} else if s.unmet {
				return out
			}
		}
		// "Sober living homes provide 24/7 support" on a residential
		// program's page, "IOP clients may live in our sober home, which
		// has 24-hour staff": the house the clause is about, no program,
		// however the subject was found.
		if (bk.kind == Supervision24x7 || bk.kind == LivesAtHome) && subj != Other && residenceOfClause(s, start, end) {
			subj = Other
		}
		c := newClaim(s, bk.kind, start, end)
		c.Subject = subj
		if trackOfAnother(s, c.Variant, subj) {
			c.Variant = ""
		}
		// "During the week, PHP patients stay overnight at the
		// facility": where they sleep on program days is where they
		// live while in it, no phase of the program.
		// ("During the week, clients stay at our house. On weekends they
		// go home": a weekday and weekend arrangement keeps its phase.)
		if bk.kind == LivesAtHome && c.Variant == "phase: during the week" && !strings.Contains(lowerASCII(s.block.Text), "weekend") {
			c.Variant = ""
		}
		// "If you're still drinking, the first step may be our on-site
		// detox unit": the condition is the client's; the unit is there.
		// So is "If you are at risk of withdrawal, you can begin with
		// detox in our on-site suite", and "if needed, we provide detox".
		// ("If our state grant is approved, we will offer detox": the
		// condition is the provider's own, and stays one.)
		// (So is "If your withdrawal is expected to be mild, Harborline
		// offers ambulatory detox": the provider named as the one who
		// offers it.)
		if bk.kind == DetoxOffered && c.Force == Conditional && (ourDetoxUnit.MatchString(lowerASCII(c.Text)) || v && (ownDetoxHere(s.lower) || ownNameBefore(s, start)) && clientCondition.MatchString(s.lower)) {
			c.Force = Typical
		}
		// "Patients can start with medical detox in our six-bed unit":
		// the clients' option, in a unit that exists.
		if bk.kind == DetoxOffered && v && c.Force == Existential && clientsMay.MatchString(s.lower[:start]) && unitAfter.MatchString(s.lower[end:]) {
			c.Force = Typical
			// ("… in New Dawn's six-bed unit" on New Dawn's page: its own.)
			if m := namedUnitAfter.FindStringSubmatch(s.text[end:]); m != nil && ownName(s.doc, m[1], s.bi) {
				c.Scope = Provider
			}
		}
		if bk.kind == DetoxOffered && subj == Detox && (onSite(s.lower) || ownNameBefore(s, start) || hasBefore(s, start) || detoxServiceLine(s) > 0 || atOwnPlace(s, start, end) ||
			start == 0 && !st.directory && listed) {
			// "Medical detox is available on site", "Pathway Bridge does
			// not provide detox services", "Detox: Yes" in its list of
			// services, "Services at the Center / • Social detox", "no
			// longer offered at the Crisis Center" on the center's page:
			// the provider's own.
			c.Scope = Provider
		}
		c.Value = &v
		// A yes/no claim's denial is its value ("does not offer detox"
		// is detox-offered = false), so its polarity is always asserted.
		c.Polarity = Asserted
		out = append(out, c)
		// "Neither our IOP nor our PHP offers detox", "residential and
		// PHP clients receive detox": coordinated programs share it.
		// ("inpatient or residential detox" is one detox, its setting
		// words coordinated, so such a sentence shares nothing.)
		if h.subject == NoSubject && !settingDetoxNamed(s) {
			// ("Detox is not a standard part of IOP or PHP care": the
			// programs named after "part of" are the ones it is said
			// of.)
			at := start
			if strings.HasSuffix(s.lower[start:end], "part of") {
				at = len(s.lower)
			}
			for _, other := range s.coordinated(subj, at) {
				// (Living at home is not shared with residential care
				// named beside the program.)
				if bk.Holds(other) && !(homeNotResidential && other == Residential) {
					d := c
					d.Subject = other
					out = append(out, d)
				}
			}
		}
	}
	return out
}

// unitAfter follows detox with the unit it is given in: "in our six-bed
// unit", "in the hospital's detox wing" (any owner's: whose it is, the
// scope says).
var unitAfter = prefilter.MustCompile(`^\s+(?:in|at|on)\s+[^,.;]{0,40}?\b(?:unit|wing)\b`)

// namedUnitAfter names whose unit follows detox: " in Pine Lodge's
// eight-bed unit".
var namedUnitAfter = prefilter.MustCompile(`^\s+(?:in|at|on)\s+([A-Z][A-Za-z]+(?:\s[A-Z][A-Za-z]+){0,3})['’]s\s`)

// thereIsNo reports "there is no", "there are no" or "there's no" right
// before i.
func thereIsNo(lower string, i int) bool {
	if wordBefore(lower, i) != "no" {
		return false
	}
	k := lastIndex(lower[:i], "no")
	switch wordBefore(lower, k) {
	case "is", "are", "there's", "s":
		return true
	}
	return false
}

var detoxLabel = prefilter.MustCompile(`^\W*(?:medical\s+)?(?:detox|detoxification|withdrawal\s+management)\s+(?:included|offered|available|provided|on[\s-]site)\s*[:?]`)

// thereIs reports an existential opening: "There is no …", "There are
// nurses …".
func thereIs(lower string) bool {
	t := strings.TrimLeft(lower, " ")
	return strings.HasPrefix(t, "there is ") || strings.HasPrefix(t, "there are ") || strings.HasPrefix(t, "there's ") ||
		strings.HasPrefix(t, "there’s ")
}

// placeSubject is what an existential sentence's place is: the section's
// program, else the page's topic.
func (st *state) placeSubject() Subject {
	if st.section != NoSubject {
		return st.section
	}
	if st.topic != NoSubject {
		return st.topic
	}
	// A page about no program (a sober house, a clinic's staffing page)
	// speaks of its own place.
	return Other
}

// answersUnnamed reports a sentence of the answer to a question that
// named no program ("Will my teen sleep here?"): in the answer's own
// block, or in the block after the question's.
func (st *state) answersUnnamed(s *sentence) bool {
	if st.unnamedAnswer < 0 {
		return false
	}
	return s.bi == st.unnamedAnswer && s.off >= st.unnamedFrom || s.bi == st.unnamedAnswer+1
}

// backInAnswer reports a sentence that points back ("It requires …",
// "They stay …") to the program an earlier sentence of its own paragraph
// named: under "What is rehab?", "Inpatient rehab suits long-term use.
// It asks patients to stay on site" speaks of inpatient rehab, not
// of the page's program.
func (st *state) backInAnswer(s *sentence) bool {
	return st.lastNamedIn == s.bi && programSubject(st.last) && s.off > s.block.Sentences[0].Start && startsWithPronoun(s.lower)
}

// deniedAfter reports a denial right after a yes/no phrase: a passive
// "is not provided" or a label's "…: no".
func deniedAfter(rest string) bool {
	// Every denial holds a "not", an "n't" or a label's colon or
	// question mark within its first words.
	head := rest[:min(len(rest), 60)]
	if !strings.ContainsAny(head, ":?–—-") && !strings.Contains(head, "not") && !strings.Contains(head, "n't") && !strings.Contains(head, "n’t") && !strings.Contains(head, "unnecessary") {
		return false
	}
	return denialAfter.MatchString(rest)
}

// ("Overnight stay - no", "Overnight stay - PHP: no | IOP: no": a
// line's label, a dash, and the answer, for a program or none.)
// ("… support is needed but 24/7 care is not": the verb left out after
// "not", which closes the clause.)
var denialAfter = prefilter.MustCompile(`^\s*(?:(?:is|are)(?:\s+not|n't|n’t)\s+(?:(?:really|always|usually|typically)\s+)?(?:provided|available|offered|included|part\s+of|required|needed|necessary|an\s+option)\b|(?:is|are)(?:\s+not|n't|n’t)\s*(?:[.;,)!]|$)|(?:is|are)\s+(?:(?:usually|typically|often|generally)\s+)?unnecessary\b|(?:\s*(?:included|offered|available|provided|required|needed|on\s+site|on-site))?\s*(?:[:?]|\s[-–—])\s*(?:(?:php|iop|op|residential|detox)\s*:\s*)?(?:no|none|not\s+(?:usually|generally|typically)|(?:usually|generally|typically)\s+(?:not|no))\s*(?:[.;,)!|]|$))`)

// arrangedAt opens on where care arranged is held, elsewhere: ", most
// often at Mercy Coastal Hospital", " at a partner hospital".
var arrangedAt = prefilter.MustCompile(`^[^.;]{0,40}?\b(?:at|through|with)\s+(?:a\s+|an\s+|the\s+|one\s+of\s+(?:our\s+)?)?(?:[a-z'’.-]+\s+){0,3}(?:hospital|hospitals|medical\s+center|partner|partners|detox\s+center|withdrawal\s+center)\b`)

// supervisesClients opens on supervising a program's clients: "supervises
// php clients", "monitor iop patients".
var supervisesClients = prefilter.MustCompile(`^(?:supervises?|monitors?|watch(?:es)?|oversees?)\s+(?:the\s+|our\s+)?[a-z-]+\s+(?:clients|patients|participants|members|residents)\b`)

// excluding narrows want (nil: any subject) to subjects other than drop.
func excluding(want func(Subject) bool, drop ...Subject) func(Subject) bool {
	return func(x Subject) bool { return !slices.Contains(drop, x) && (want == nil || want(x)) }
}

// residentialLivesHome reports residential care as what the living
// phrase at i is said of: every program named before it is residential
// care, named plainly, with no turn after it ("In our residential
// program, clients go home each evening"; not "Outpatient care asks less
// than inpatient treatment, since clients live at home", "as
// intense as an inpatient program; however, patients reside at home").
func residentialLivesHome(s *sentence, i int) bool {
	last := -1
	for j, m := range s.mentions {
		if m.end > i || !programSubject(m.subject) {
			continue
		}
		if m.subject != Residential || m.contrast {
			return false
		}
		last = j
	}
	return last >= 0 && !hasWord(s.lower[s.mentions[last].end:i], "however", "but", "while", "whereas", "unlike", "instead", "although", "though", "yet")
}

// detoxListedBeside reports a detox mention listed beside the words at
// [start, end): "detox, medication for opioid use disorder, or overnight
// care", "supervision or detox".
func detoxListedBeside(s *sentence, start, end int) bool {
	for _, m := range s.mentions {
		if m.subject != Detox {
			continue
		}
		switch {
		case m.end <= start:
			between := strings.TrimSpace(s.lower[m.end:start])
			// The care is the list's last item: what comes between closes
			// on "or", "and" or "nor".
			last := wordBefore(s.lower, start)
			listed := (strings.HasPrefix(between, ",") || strings.HasPrefix(between, "or ") || strings.HasPrefix(between, "and ") || strings.HasPrefix(between, "nor ") || between == "or" || between == "and") &&
				(last == "or" || last == "and" || last == "nor")
			if listed && !strings.ContainsAny(between, ".;:") && wordCount(between) <= 8 {
				return true
			}
		case m.start >= end:
			switch strings.Trim(s.lower[end:m.start], " ,") {
			case "or", "and", "nor", "":
				return true
			}
		}
	}
	return false
}

// coordinatedDetox reports a detox mention joined to the words at start by
// "or" or "and".
func coordinatedDetox(s *sentence, start, end int) bool {
	for _, m := range s.mentions {
		var between string
		switch {
		case m.subject != Detox:
			continue
		case m.end <= start:
			between = strings.TrimSpace(s.lower[m.end:start])
		case m.start >= end:
			// ("don't need 24-hour supervision or medical detox": the
			// need named after it, its setting words aside.)
			f := strings.Fields(s.lower[end:m.start])
			for len(f) > 1 && detoxSettingWords[f[len(f)-1]] {
				f = f[:len(f)-1]
			}
			between = strings.Join(f, " ")
		default:
			continue
		}
		if between == "or" || between == "and" || between == "nor" {
			return true
		}
	}
	return false
}

// settingDetoxNamed reports a detox named with its setting ("residential
// detox", "outpatient detoxification").
func settingDetoxNamed(s *sentence) bool {
	for _, m := range s.mentions {
		if m.subject == Detox && strings.Contains(s.lower[m.start:m.end], " ") {
			switch wordAfter(s.lower, m.start) {
			case "inpatient", "outpatient", "residential", "ambulatory", "medical":
				return true
			}
		}
	}
	return false
}

// answersTakeSite gives a bare "No." the site of the statement it opens:
// "Do you offer detox in Dayton? / No. Our Dayton office does not provide
// detox" answers for the Dayton office, not for the provider.
func answersTakeSite(cs []Claim) {
	for i := 0; i+1 < len(cs); i++ {
		c, n := &cs[i], &cs[i+1]
		t := strings.Trim(c.Text, " .!")
		if c.Value == nil || n.Value == nil || c.Variant != "" || !strings.EqualFold(t, "yes") && !strings.EqualFold(t, "no") {
			continue
		}
		if n.Block == c.Block && n.Kind == c.Kind && n.Subject == c.Subject && *n.Value == *c.Value && strings.HasPrefix(n.Variant, "at ") {
			c.Variant = n.Variant
		}
	}
}

// dropRepeatedAnswers keeps one yes/no claim per sentence for each
// program and value: "a safe place to go home to at night … without an
// overnight stay" says once that clients live at home.
func dropRepeatedAnswers(cs []Claim) []Claim {
	out := cs[:0]
	for i := range cs {
		c := &cs[i]
		dup := false
		if c.Value != nil {
			for j := len(out) - 1; j >= 0; j-- {
				o := &out[j]
				if o.Block != c.Block || o.Sentence != c.Sentence {
					break
				}
				if o.Kind == c.Kind && o.Subject == c.Subject && o.Value != nil && *o.Value == *c.Value &&
					o.Variant == c.Variant && o.Population == c.Population && o.Scope == c.Scope {
					// Keep the fuller wording: "Riverbend does not offer
					// detox" over the bare "No." that answered first.
					if len(c.Text) > len(o.Text) {
						*o = *c
					}
					dup = true
					break
				}
			}
		}
		if !dup {
			out = append(out, *c)
		}
	}
	return out
}

// detoxOnSiteLabel reports "Detox on site: No": whether the provider has
// detox where it is, not whether a program includes it.
func detoxOnSiteLabel(l string) bool {
	label, _, ok := strings.Cut(l, ":")
	return ok && (strings.HasSuffix(strings.TrimSpace(label), "on site") || strings.HasSuffix(strings.TrimSpace(label), "on-site"))
}

// movedOnAndLive is the program clients move on to in the clause joined
// by "and" to where they live ("step down to PHP or IOP and live at
// home"): the first program of the ones moved to; "" when there is none.
func movedOnAndLive(s *sentence, start int) Subject {
	k := lastIndex(s.lower[:start], " and ")
	// ("… and keep attending while they live at home": the same
	// clients, going on in the program moved to.)
	if k < 0 || wordCount(s.lower[k:start]) > 3 && !(wordCount(s.lower[k:start]) <= 7 && goingOn.MatchString(s.lower[k:start])) {
		return NoSubject
	}
	for _, m := range s.mentions {
		if m.end <= k && programSubject(m.subject) && movedTo(s.lower, m.start) && !strings.ContainsAny(s.lower[m.end:k], ",;.") {
			return m.subject
		}
	}
	return NoSubject
}

// goingOn is "and" going on in care while living somewhere: "and
// continue treatment while", "and keep attending while".
var goingOn = prefilter.MustCompile(`^ and (?:continue|continues|keep|keeps|carry on)\s+(?:(?:with\s+)?(?:treatment|care|therapy|attending|their\s+treatment|their\s+care)\s+)?(?:while|from)\s`)

// rowHeaderCell reports the header cell of a table row (the cell the next
// cells of its row name as their row header).
func rowHeaderCell(doc *corpus.Document, bi int) bool {
	b := &doc.Blocks[bi]
	if b.Kind != corpus.BlockTableCell || b.RowHeader != "" || bi+1 >= len(doc.Blocks) {
		return false
	}
	n := &doc.Blocks[bi+1]
	return n.Kind == corpus.BlockTableCell && n.RowHeader == b.Text
}

// acuteCareOpens reports a sentence whose first mention, before start, is
// acute psychiatric or hospital care and which names no program: what it
// says is that care's.
func acuteCareOpens(s *sentence, start int) bool {
	if len(s.mentions) == 0 || s.mentions[0].start >= start || s.mentions[0].subject != Other {
		return false
	}
	// (As the sentence's subject, opening it: "Like a psychiatric
	// hospital, we provide 24-hour supervision", "After a psychiatric
	// hospital stay, clients live at home" speak of the page's own.)
	switch strings.TrimSpace(s.lower[:s.mentions[0].start]) {
	case "", "a", "an", "the", "most", "many", "all":
	default:
		return false
	}
	name := s.lower[s.mentions[0].start:s.mentions[0].end]
	if !strings.Contains(name, "psychiatric") && !strings.Contains(name, "hospital") {
		return false
	}
	return !namesProgram(s)
}

// clockCareSetApart ends on words that set a program apart from the
// care right after them: "Unlike ", "instead of the ".
var clockCareSetApart = prefilter.MustCompile(`\b(?:unlike|instead\s+of|versus|compared\s+(?:with|to))\s+(?:(?:the|a|an)\s+)?$`)

// residenceOfClause reports a sober-living or transitional residence as
// the last thing the claim's clause (or, for a relative clause, what it
// follows) names before it, no program between:
// what is said there is the house's ("Transitional living programs
// provide 24/7 support"), whichever program the page is about.
func residenceOfClause(s *sentence, start, end int) bool {
	lo, _ := clauseBounds(s.lower, start, end)
	// ("… stay in our sober living residence, which has 24-hour staff":
	// a relative clause is about what it follows; ", which means …" is
	// about the whole clause before.)
	from := lo
	if strings.HasSuffix(s.lower[:lo], ", which ") && !strings.HasPrefix(s.lower[lo:], "mean") {
		from = 0
	}
	var last *mention
	for i := range s.mentions {
		if m := &s.mentions[i]; m.start >= from && m.end <= start {
			last = m
		}
	}
	if last == nil || last.subject != Other {
		return false
	}
	name := s.lower[last.start:last.end]
	return strings.Contains(name, "sober") || strings.Contains(name, "halfway") || strings.Contains(name, "recovery residence") || strings.Contains(name, "transitional")
}

// headingVerbs make a heading a statement: "Overnight Stays in Detox
// Are Required", "… Last 30 Days".
var headingVerbs = []string{"is", "are", "was", "were", "last", "lasts", "require", "required", "requires", "include", "includes", "part", "mean", "means"}

// topicJoins go on from a heading's topic to what it is about:
// "Overnight Stays in PHP", "Overnight Stays and Visits". ("Overnight
// stays available", "Overnight stay - no" say whether there are any.)
var topicJoins = wordSet("in", "during", "for", "and", "at", "with", "vs", "versus")
