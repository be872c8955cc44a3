package claims

import (
	"slices"
	"strings"

	"github.com/factlint/factlint/corpus"
	"github.com/factlint/factlint/internal/prefilter"
)

// offeredIn appends to out the programs s says the provider runs: "We offer
// IOP and PHP", "Northgate offers intensive outpatient treatment", "Our
// evening IOP is built for working adults". A page that says so speaks of
// its own program when it gives that program's figures without a mark of
// voice ("Adult IOP: 3 hours a day, 4 days a week"), as a page that gives
// one of its figures in the first person does.
//
// A denial names no program of the provider's ("We do not offer detox"),
// nor does a referral or a partner ("our detox referrals", "our partner
// Ridge Medical offers detox"), a question, a program set against others
// ("unlike a residential program") or a bare "outpatient", which IOP and
// PHP are too. A program named after the verb must be in its clause
// ("Juniper Point offers IOP; Ridge Medical handles detox").
func offeredIn(s *sentence, out []Subject) []Subject {
	if s.question || len(s.mentions) == 0 {
		return out
	}
	verb, isA := s.providerVerb()
	n := len(out)
	for _, m := range s.mentions {
		if !programSubject(m.subject) || m.weak || m.contrast || m.classified || slices.Contains(out, m.subject) {
			continue
		}
		if verb >= 0 && m.start >= verb && inVerbClause(s.lower[verb:m.start], isA) || ourBefore(s.lower, m.start) || ownerNamedBefore(s, m) || ownPlaceAfter(s, m) {
			out = append(out, m.subject)
		}
	}
	// "For day treatment in Ohio, our program is the most structured
	// care we provide": the one program a sentence names before "our
	// program" is that program.
	if len(out) == n {
		if p, ok := namedAsOurProgram(s); ok && !slices.Contains(out, p) {
			out = append(out, p)
		}
	}
	// (The words of a denial are looked for only in a sentence that names
	// an offer: most sentences name none, and every one is asked.)
	if len(out) > n && negatedOffer(s.lower) {
		return out[:n]
	}
	return out
}

// namedAsOurProgram is the one program s names before "our program",
// when nothing in s sends clients elsewhere or sets a condition: "For
// day treatment in Ohio, our program is …" (not "If you need detox, our
// program will refer you to a partner").
func namedAsOurProgram(s *sentence) (Subject, bool) {
	k := strings.Index(s.lower, "our program")
	if k < 0 {
		return NoSubject, false
	}
	var found Subject
	for _, m := range s.mentions {
		if !programSubject(m.subject) || m.contrast || m.classified {
			continue
		}
		if m.weak || m.start > k || found != NoSubject && found != m.subject {
			return NoSubject, false
		}
		found = m.subject
	}
	if found == NoSubject || hasWord(s.lower, "refer", "refers", "referral", "referrals", "partner", "partners", "if", "after", "before", "elsewhere", "unless", "once") {
		return NoSubject, false
	}
	return found, true
}

// notProgramPage reports an address whose page writes about programs
// rather than presenting the provider's: articles and guides, clients'
// stories, careers and partners.
func notProgramPage(u string) bool {
	if articlePage(u) {
		return true
	}
	l := strings.ToLower(u)
	for _, p := range []string{"/guides/", "/guide/", "/stories/", "/story/", "/testimonials/", "/careers/", "/jobs/", "/partners/", "/press/"} {
		if strings.Contains(l, p) {
			return true
		}
	}
	return false
}

// inVerbClause reports whether between, the text from a verb of running a
// program to a program's name, keeps to the verb's clause: no new clause
// ("; Ridge Medical handles detox", ", but …") and, after "is a", only the
// words of what the provider is ("a 24-bed medical detox and residential
// facility", not "a quiet suburb with a residential program nearby").
func inVerbClause(between string, isA bool) bool {
	if strings.ContainsAny(between, ";:") || hasWord(between, "but", "while", "whereas", "although", "which", "who", "where") {
		return false
	}
	return !isA || len(between) <= 40 && !hasWord(between, "with", "near", "of", "former", "from", "for", "to", "in", "at")
}

// providerVerb returns where a verb of running a program ends with the
// provider as its subject ("We offer", "Northgate also provides"), -1
// when there is none.
//
// isA reports the verb "is a"/"are an". It is read once a sentence.
func (s *sentence) providerVerb() (end int, isA bool) {
	if !s.verbRead {
		s.verbRead = true
		s.verbEnd, s.verbIsA = readProviderVerb(s)
	}
	return s.verbEnd, s.verbIsA
}

func readProviderVerb(s *sentence) (end int, isA bool) {
	// (The expression runs only on sentences that hold one of its verbs.)
	if !s.containsAny("offer", "provide", "run", "operate", " is a", " are a") {
		return -1, false
	}
	for _, loc := range runsProgram.FindAllStringSubmatchIndex(s.text, -1) {
		// ("Ridgeview offers …" names the provider only when the name is
		// the site's own; "Most centers offer …" is no provider, nor is
		// "Dr. Carter" on carterwellness.example.)
		subj := s.text[loc[2]:loc[3]]
		if strings.EqualFold(subj, "we") || ownName(s.doc, subj, s.bi) && !titledBefore(s.text, loc[2]) {
			return loc[1], strings.HasSuffix(strings.TrimRight(s.lower[:loc[1]], " "), " a") || strings.HasSuffix(s.lower[:loc[1]], " an")
		}
	}
	return -1, false
}

// capitalisedBeforeVerb reports one of runsProgram's verbs after white
// space and a word opening on a capital, or after such a word, an adverb
// the expression allows and white space: every match has one. Most
// sentences with the verb name their subject in lower case ("our team
// provides"), and the expression, which may start at any capital after
// any punctuation, costs about 7 µs a sentence.
func capitalisedBeforeVerb(text string) bool {
	for v := 1; v < len(text); v++ {
		if !providerVerbOpens[text[v]] || !isSpace(text[v-1]) || !anyPrefix(text[v:], providerVerbs) {
			continue
		}
		w := wordEndingBefore(text, v)
		if w < 0 {
			continue
		}
		if text[w] >= 'A' && text[w] <= 'Z' {
			return true
		}
		if e := wordEnd(text, w); runsAdverbs[text[w:e]] {
			if w2 := wordEndingBefore(text, w); w2 >= 0 && text[w2] >= 'A' && text[w2] <= 'Z' {
				return true
			}
		}
	}
	return false
}

// providerVerbs open every verb of runsProgram, as written there.
var providerVerbs = []string{"offer", "provide", "run", "operate", "is", "are"}

// providerVerbOpens has the first bytes of providerVerbs: most bytes of a
// sentence open none, and the test spares them the prefix comparisons.
var providerVerbOpens = func() (open [256]bool) {
	for _, v := range providerVerbs {
		open[v[0]] = true
	}
	return
}()

var runsAdverbs = wordSet("also", "now", "proudly", "currently")

// titledBefore reports a title of address right before i: "Dr. Carter".
func titledBefore(text string, i int) bool {
	p := strings.TrimRight(text[:i], " ")
	for _, t := range []string{"Dr.", "Mr.", "Mrs.", "Ms.", "Prof."} {
		if strings.HasSuffix(p, t) {
			return true
		}
	}
	return false
}

// runsProgram is a subject that may be the provider, then a verb of running
// a program: "We offer", "Northgate also provides", "Cedar Hollow Ranch
// operates", or the provider saying what it is: "Ridgeway is a 24-bed
// medical detox and residential facility", "We are an IOP".
var runsProgram = prefilter.MustCompile(`(?:^|[.;:!?,]\s+|^\s*)(We|[A-Z][A-Za-z]+(?:\s[A-Z][A-Za-z]+){0,2})\s+(?:(?:also|now|proudly|currently)\s+)?(?:offers?|provides?|runs?|operates?|(?:is|are)\s+an?)\b`).Gate(capitalisedBeforeVerb)

// negatedOffer reports a sentence that denies or conditions what it names:
// "We do not offer detox", "Northgate no longer runs a PHP", "if we cannot
// provide it, we refer you".
func negatedOffer(lower string) bool {
	return hasWord(lower, "not", "no", "never", "neither", "nor", "if", "unless", "instead", "elsewhere", "referral", "referrals", "refer", "refers",
		"partner", "partners", "partnered", "partnering", "affiliate", "affiliated") || strings.Contains(lower, "n't") || strings.Contains(lower, "n’t")
}

// ownerNamedBefore reports the site's own name in the possessive before
// m: "Harborline's IOP", "Cedar Point's evening program".
func ownerNamedBefore(s *sentence, m mention) bool {
	// (Most mentions have no possessive before them: the expression runs
	// only on those that do.)
	pre := s.text[max(0, m.start-40):m.start]
	if !strings.Contains(pre, "'s ") && !strings.Contains(pre, "’s ") {
		return false
	}
	sub := ownerBefore.FindStringSubmatch(pre)
	return sub != nil && !notOwners[sub[2]] && ownName(s.doc, sub[1], s.bi)
}

// ownPlaceAfter reports a program named as the one at the provider's own
// place: "The Adult IOP at Northgate helps …" on Northgate's site.
func ownPlaceAfter(s *sentence, m mention) bool {
	rest := s.text[m.end:]
	if !strings.HasPrefix(rest, " at ") || wordBefore(s.lower, m.start) != "the" && !strings.HasPrefix(strings.TrimSpace(s.lower[:m.start]), "the ") {
		return false
	}
	sub := atPlaceName.FindStringSubmatch(rest)
	return sub != nil && !notOwners[sub[1]] && ownName(s.doc, sub[1], s.bi)
}

// atPlaceName is " at " and a capitalised name of up to three words.
var atPlaceName = prefilter.MustCompile(`^ at ([A-Z][A-Za-z'’-]+(?:\s[A-Z][A-Za-z'’-]+){0,2})`)

// ourBefore reports "our" at most two words before i: "our IOP", "our
// evening IOP", "our adult day program".
func ourBefore(lower string, i int) bool {
	for range 3 {
		for i > 0 && lower[i-1] == ' ' {
			i--
		}
		k := i
		for k > 0 && (lower[k-1] >= 'a' && lower[k-1] <= 'z' || lower[k-1] == '-') {
			k--
		}
		if k == i || k > 0 && isWordByte(lower[k-1]) {
			return false
		}
		if lower[k:i] == "our" {
			return true
		}
		i = k
	}
	return false
}

// soleTitleTrack is Reading.TitleTrack.
func (st *state) soleTitleTrack() string {
	if st.titleVariant == "" {
		return ""
	}
	want := strings.TrimSuffix(st.titleVariant, " track")
	for _, l := range st.lower {
		for _, m := range partOfDayTrack.FindAllStringSubmatch(l, -1) {
			w := m[1]
			if w == "daytime" {
				w = "day"
			}
			if w != want {
				return ""
			}
		}
	}
	return st.titleVariant
}

// partOfDayTrack is a part of the day or week naming a track: "daytime
// IOP", "morning track", "day program", "weekend option".
var partOfDayTrack = prefilter.MustCompile(`\b(day|daytime|morning|afternoon|evening|night|weekend)\s+(?:iop|track|tracks|option|options|intensive|schedule|cohort)\b`)

// ownSectionOffers appends to out the program an entry of the provider's
// list of its programs names: under "Our levels of care" or "Levels of
// care at Tallgrass", each heading or labelled line naming one program
// ("Partial Hospitalization (PHP)", "Intensive Outpatient (IOP) — our
// evening program …") is a program the provider runs. A heading that
// names no program ends the list.
func (st *state) ownSectionOffers(s *sentence, out []Subject) []Subject {
	b := s.block
	heading := b.Kind == corpus.BlockHeading || b.Kind == corpus.BlockTitle
	if heading && s.off == 0 {
		if ownProgramsHeading.MatchString(strings.TrimSpace(s.lower)) {
			st.ownPrograms = true
			return out
		}
		if len(s.mentions) == 0 {
			st.ownPrograms = false
		}
	}
	if !st.ownPrograms || s.question || b.Sentences[0].Start != s.off {
		return out
	}
	var subj Subject
	if heading {
		for _, m := range s.mentions {
			if !programSubject(m.subject) || m.contrast || subj != NoSubject && subj != m.subject {
				return out
			}
			subj = m.subject
		}
	} else if b.Kind == corpus.BlockTableCell {
		// "| Partial hospitalization | 5 days/week | 3–4 weeks |" under
		// "Compare our adult programs": the head of a row.
		if b.RowHeader == "" {
			subj, _ = st.namedInCell(b.Text)
		}
	} else {
		subj = labelProgram(st, s)
	}
	if subj != NoSubject && !slices.Contains(out, subj) {
		out = append(out, subj)
	}
	return out
}

// pricedOffers appends to out the program a row of the provider's price
// list names: "| Residential treatment | $895 per day |" below "our
// current self-pay rates" is a program the provider sells. (A directory
// prices others' programs, and an insurer's copays and coinsurance are
// what a member pays anywhere.)
func (st *state) pricedOffers(s *sentence, out []Subject) []Subject {
	b := s.block
	if b.Kind != corpus.BlockTableCell || b.RowHeader == "" || !st.voiced || st.directory || !strings.Contains(s.text, "$") ||
		hasWord(s.lower+" "+lowerASCII(b.ColHeader), "copay", "copays", "co-pay", "coinsurance", "deductible", "covered", "coverage", "reimbursement", "in-network", "network", "national", "average") ||
		!st.ownPriceList(s.bi) {
		return out
	}
	if subj, ok := st.namedInCell(b.RowHeader); ok && !slices.Contains(out, subj) {
		out = append(out, subj)
	}
	return out
}

// ownPriceList reports the table holding block bi introduced as the
// provider's own prices, by its heading or the paragraph before it: "Below
// are our current self-pay rates", "Self-pay rates", not "here is what
// treatment costs nationally".
func (st *state) ownPriceList(bi int) bool {
	i := bi
	for i >= 0 && st.doc.Blocks[i].Kind == corpus.BlockTableCell {
		i--
	}
	var intro []string
	if i >= 0 {
		intro = append(intro, st.lower[i])
	}
	if hs := st.doc.Blocks[bi].Headings; len(hs) > 0 {
		intro = append(intro, lowerASCII(hs[len(hs)-1]))
	}
	own := false
	for _, l := range intro {
		if hasWord(l, "nationally", "national", "nationwide", "average", "averages", "comparison", "typical", "typically", "industry", "research", "across the country", "survey") {
			return false
		}
		own = own || strings.Contains(l, "self-pay") || hasWord(l, "our") && hasWord(l, "rate", "rates", "price", "prices", "pricing", "fees", "costs")
	}
	return own
}

// ownProgramsHeading heads the provider's list of its programs: "our"
// before it, or the provider named after it ("Levels of care at
// Tallgrass").
var ownProgramsHeading = prefilter.MustCompile(`^(?:(?:compare|explore|see|browse|meet)\s+)?(?:our\s+(?:(?:adult|adolescent|teen|youth|outpatient|addiction|recovery)\s+)?(?:levels\s+of\s+care|programs|services|treatment\s+programs|treatment\s+options|programs\s+and\s+services|care\s+options)(?:\s+at\s+a\s+glance|\s+side\s+by\s+side)?|(?:levels\s+of\s+care|programs|services|treatment\s+programs|programs\s+and\s+services)\s+(?:at|offered\s+at)\s+[a-z][a-z’'-]*(?:\s+[a-z][a-z’'-]*){0,3}|(?:programs|services|levels\s+of\s+care)\s+we\s+(?:offer|provide)|(?:our\s+)?(?:treatment\s+)?programs\s+for\s+(?:[a-z’'-]+\s+){0,4}[a-z’'-]+)\s*:?$`)
