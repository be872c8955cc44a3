package claims

import (
	"strings"

	"github.com/factlint/factlint/claims/quantity"
	"github.com/factlint/factlint/corpus"
	"github.com/factlint/factlint/internal/prefilter"
)

// lengthPredicate reports a compound length said of the program: after a
// copula ("is a six-week program", "runs as a 12-week program") or
// "the full/whole/entire" ("complete the full 12-week program").
func lengthPredicate(lower string, i int) bool {
	// ("Our IOP is a highly focused 6-week program": a word or two that
	// describe the program may stand before its length.)
	i = pastModifiers(lower, i)
	w := wordBefore(lower, i)
	// "follow the same 8-week curriculum".
	if w == "same" {
		i = lastIndex(lower[:i], w)
		w = wordBefore(lower, i)
	}
	// ("Clients complete our ten-week curriculum", "Over our ten-week
	// curriculum you will build a plan": the provider's own course,
	// finished or gone through, is as long.)
	if w == "a" || w == "an" || w == "the" || w == "our" || w == "your" {
		k := lastIndex(lower[:i], w)
		w2 := wordBefore(lower, k)
		if w == "our" || w == "your" {
			switch w2 {
			case "over", "throughout", "across":
				return true
			}
		}
		// "such as the 28-day program" names an example.
		if w2 == "as" && wordBefore(lower, lastIndex(lower[:k], w2)) == "such" {
			return false
		}
		// ("It's a six-week program": the copula contracted; a straight
		// apostrophe ends a word, a curly one does not.)
		switch w2 {
		case "it’s", "that’s":
			w2 = "is"
		case "s":
			if kk := lastIndex(lower[:k], w2); kk > 0 && strings.HasSuffix(lower[:kk], "'") {
				w2 = "is"
			}
		}
		// ("Our IOP is now an eight-week program": an adverb between the
		// copula and its article.)
		switch w2 {
		case "now", "still", "currently", "typically", "usually", "generally", "also", "officially":
			w2 = wordBefore(lower, lastIndex(lower[:k], w2))
		}
		// ("Participants work through a ten-week curriculum": going
		// through the course is finishing it.)
		if w2 == "through" {
			switch wordBefore(lower, lastIndex(lower[:k], w2)) {
			case "move", "moves", "moving", "go", "goes", "going", "work", "works", "working", "progress", "progresses", "progressing":
				return true
			}
		}
		// "Most clients complete the 10-week program": finishing it
		// states its length too.
		return w2 == "is" || w2 == "are" || w2 == "as" || w2 == "be" || w2 == "was" ||
			w2 == "complete" || w2 == "completes" || w2 == "completing" || w2 == "finish" || w2 == "finishes" || w2 == "finishing" ||
			w2 == "follow" || w2 == "follows" || w2 == "share" || w2 == "shares"
	}
	return w == "full" || w == "whole" || w == "entire"
}

// madeCommitment ends on a commitment made or asked for, before its
// length: "must make a ", "we ask for a ", "requires a ".
var madeCommitment = prefilter.MustCompile(`\b(?:make|makes|making|made|ask\s+for|asks\s+for|require|requires|required|sign\s+up\s+for)\s+(?:a|an)\s+(?:full\s+|minimum\s+|firm\s+)?$`)

// pricedFor reports a price in the 80 bytes before i, then "for" and at
// most six words before i: "$6,100 for a 30-day ", "$1,500 for an
// outpatient program of up to ".
func pricedFor(lower string, i int) bool {
	pre := lower[max(0, i-80):i]
	k := strings.LastIndexByte(pre, '$')
	if k < 0 || sentenceBreak(pre[k:]) {
		return false
	}
	f := strings.Index(pre[k:], " for ")
	// ("$1,400 to $10,000 over 30 days": the span right after the price
	// is the period it pays for.)
	return f >= 0 && wordCount(pre[k+f:]) <= 6 || !strings.ContainsFunc(pre[k:], func(r rune) bool { return r >= 'a' && r <= 'z' })
}

// sentenceBreak reports a ";", "!", "?" or a period that is no decimal
// point ("$1,499.99 for a " has none) in t.
func sentenceBreak(t string) bool {
	for j := 0; j < len(t); j++ {
		if t[j] == '.' && (j+1 >= len(t) || t[j+1] < '0' || t[j+1] > '9') {
			return true
		}
	}
	return strings.ContainsAny(t, ";!?")
}

// selfPledge follows a length with a commitment made to oneself or
// one's sobriety: " commitment to yourself", " commitment to staying
// sober".
var selfPledge = prefilter.MustCompile(`^\s+commitment\s+to\s+(?:yourself|yourselves|themselves|himself|herself|myself|your|their|sobriety|stay|staying|remain|remaining|recovery|abstinence|change)\b`)

// residentsStay reports a length said of residents in a sentence that
// names no program: "Most residents stay 60 to 90 days".
func residentsStay(s *sentence, start int) bool {
	for _, m := range s.mentions {
		if programSubject(m.subject) {
			return false
		}
	}
	lo, _ := clauseBounds(s.lower, start, start)
	pre := s.lower[max(lo, start-25):start]
	if !hasWord(pre, "residents", "resident") || hasWord(pre, "withdrawal", "detox") {
		return false
	}
	// ("Out-of-area residents stay three weeks in nearby hotels": where
	// people live.)
	k := lastIndex(pre, "resident")
	switch wordBefore(pre, k) {
	case "out-of-area", "out-of-state", "local", "area", "county", "city", "state", "nearby", "rural", "urban":
		return false
	}
	return !hasWord(s.lower[start:], "hotel", "hotels")
}

// readyAfterDetox reports a length of time before clients are ready to
// join a program, in a paragraph about withdrawal care.
//
// The paragraph, or the heading over it, must speak of detox or
// withdrawal management, not only of withdrawal symptoms ("PHP helps
// with post-acute withdrawal … ready to move on to IOP within four weeks"
// is the PHP's length), and the withdrawal care must be the provider's
// own (no referral in it).
func readyAfterDetox(s *sentence, start int) bool {
	lo, _ := clauseBounds(s.lower, start, start)
	ready := readyToJoin.FindStringIndex(s.lower[lo:start])
	if ready == nil {
		return false
	}
	b := strings.ToLower(s.block.Text)
	// ("How long does detox take at Mossgate?" over "Most clients are
	// ready to begin residential treatment in three to seven days": the
	// heading's question names the withdrawal care.)
	// (Only a heading about detox alone, "How long does detox take?",
	// over a sentence naming no program but the one joined: "Do I need
	// detox before PHP?", "After detox" and "… after three to four weeks
	// in PHP" time another program.)
	if hs := s.block.Headings; len(hs) > 0 && !strings.Contains(b, "detox") && !strings.Contains(b, "withdrawal management") {
		if h := strings.ToLower(hs[len(hs)-1]); (strings.Contains(h, "detox") || strings.Contains(h, "withdrawal management")) &&
			// ("Outpatient detox" names a form of detox.)
			!hasWord(detoxForms.Replace(h), "php", "iop", "residential", "outpatient", "partial", "intensive", "inpatient", "rehab", "after", "following", "beyond", "before", "from", "then",
				"referral", "referrals", "refer", "partner", "partners", "elsewhere") &&
			onlyJoinedProgram(s, lo+ready[1]) {
			b = h + " " + b
		}
	}
	return (strings.Contains(b, "withdrawal management") || strings.Contains(b, "detox")) && !referralVerb.MatchString(b)
}

var detoxForms = strings.NewReplacer("outpatient detox", "detox", "inpatient detox", "detox", "residential detox", "detox", "ambulatory detox", "detox")

// onlyJoinedProgram reports that the programs s names are the one
// joined right after "ready to …", which ends at end, and none other.
func onlyJoinedProgram(s *sentence, end int) bool {
	for _, m := range s.mentions {
		if programSubject(m.subject) && (m.start < end || m.start-end > 25) {
			return false
		}
	}
	return true
}

var readyToJoin = prefilter.MustCompile(`\bready\s+to\s+(?:join|start|begin|move\s+(?:on|into|to)|step\s+into)\b`)

// spanIn reports a span followed by the program it is spent in: "after
// about four to six weeks in PHP".
func spanIn(s *sentence, q *quantity.Quantity) bool {
	if w := wordAfter(s.masked, q.End); w != "in" && w != "of" {
		return false
	}
	for _, m := range s.mentions {
		if m.start >= q.End && m.start-q.End <= 12 && programSubject(m.subject) {
			return true
		}
	}
	return false
}

// combinedOpening reports a sentence opening on what its figure adds to:
// "Combined with primary residential treatment, many clients are with us
// for four to five months in total" is the sum of two programs.
func combinedOpening(lower string) bool {
	t := strings.TrimLeft(lower, " ")
	return strings.HasPrefix(t, "combined with") || strings.HasPrefix(t, "together with")
}

// summedClause reports the clause before a figure at start adding up the
// programs it names: "Together, PHP and IOP usually take 10 to 16 weeks"
// ("PHP and IOP each last 4 to 8 weeks, and together they take 8 to 16"
// gives each its 4 to 8 weeks).
func summedClause(lower string, start int) bool {
	if combinedOpening(lower) {
		return true
	}
	lo, _ := clauseBounds(lower, start, start)
	if k := lastIndex(lower[:start], "together"); k >= 0 && k < lo && k >= lo-12 {
		lo = k // "Together, PHP and IOP …": the opening word before its comma
	}
	pre := lower[lo:start]
	// ("many continue in PHP and IOP for another two to three months":
	// the time spent in both, one after the other.)
	// ("Total stay, including PHP and IOP care, is 40–45 days": the
	// whole stay, its parts listed.)
	return hasWord(pre, "together", "combined", "altogether", "in total", "back to back") && !hasWord(pre, "each") || inBothFor.MatchString(pre) ||
		totalIncluding.MatchString(lower[sentenceStart(lower, start):start])
}

// totalIncluding names a total with the parts it takes in: "total stay
// including ", "The total length of care, which includes ".
var totalIncluding = prefilter.MustCompile(`\btotal\b[^.;:]{0,40}?\binclud(?:ing|es|e)\b`)

var inBothFor = prefilter.MustCompile(`\bin\s+(?:our\s+)?[a-z]+\s+(?:and|then)\s+(?:our\s+)?[a-z]+\s+for\s+(?:another\s+|an\s+additional\s+|a\s+further\s+)?$`)

// acrossLevels reports a span said of treatment across its levels right
// after end: "across all levels of care", "across multiple levels of care".
func acrossLevels(s *sentence, end int) bool {
	_, hi := clauseBounds(s.lower, end, end)
	t := s.lower[end:hi]
	// ("Someone who goes through each step stays with us five to nine
	// months": the whole path.)
	return (strings.Contains(t, "levels of care") || strings.Contains(t, "all levels")) && hasWord(t, "across", "through", "throughout") ||
		fromOneToAnother(s, end) || throughEveryStep(s, end) || acrossOpening(s.lower) && !programBefore(s, 0, end)
}

// summedOpening reports a sentence opening on a sum, fronted before its
// comma: "All together, …", "In total, …", "All told, …", "From start to
// finish, …".
func summedOpening(lower string) bool {
	t := strings.TrimLeft(lower, " ")
	for _, p := range []string{"all together,", "altogether,", "in total,", "all told,", "start to finish,", "from start to finish,", "all in all,", "taken together,", "put together,"} {
		if strings.HasPrefix(t, p) {
			return true
		}
	}
	return false
}

// acrossOpening reports a sentence opening on every level of care, fronted
// before its figure: "Across all levels of care, the usual stay with us
// comes to about four months".
func acrossOpening(lower string) bool {
	t := strings.TrimLeft(lower, " ")
	for _, p := range []string{"across all levels", "across every level", "across the levels", "across all of our levels", "across all our levels", "across levels of care", "throughout all levels",
		"across all our programs", "across all of our programs", "across all programs", "across our programs"} {
		if strings.HasPrefix(t, p) {
			return true
		}
	}
	return false
}

// throughEveryStep reports a span said of someone who goes through every
// step of care, naming no program before the figure: "Someone who goes
// through each step stays with us five to nine months". ("We support you
// every step of the way", "each step of our IOP" are no path.)
func throughEveryStep(s *sentence, end int) bool {
	pre := s.lower[:end]
	if !hasWord(pre, "every step", "each step", "every level", "each level", "every phase") || strings.Contains(pre, "of the way") {
		return false
	}
	for _, m := range s.mentions {
		if m.start < end && programSubject(m.subject) {
			return false
		}
	}
	return true
}

// summedUp reports a sentence that opens by summing up what came before
// and names no program of its own: "Altogether, many people are in
// treatment for about three months" after a PHP and an IOP stay. Only
// after two programs or more in its block: "In all, clients stay about
// six weeks" on a PHP's page is the PHP's.
func (st *state) summedUp(s *sentence, end int) bool {
	if !anyPrefix(s.lower, []string{"altogether,", "all told,", "all in all,", "in total,", "in all,", "taken together,", "combined,"}) {
		return false
	}
	for _, m := range s.mentions {
		if m.end <= end && programSubject(m.subject) {
			return false
		}
	}
	return st.programCount(s.block.Text[:min(s.off, len(s.block.Text))]) >= 2
}

// fromOneToAnother reports a span the sentence counts from one program to
// another before it: "From the first day of residential care to the end
// of IOP, the path often takes four to six months": the whole path's.
func fromOneToAnother(s *sentence, end int) bool {
	// (Fronted, and closed by a comma before the span: "step you up from
	// IOP to PHP for a week or two" is the stay in PHP.)
	if !strings.HasPrefix(s.lower, "from ") {
		return false
	}
	if c := strings.IndexByte(s.lower, ','); c < 0 || c >= end {
		return false
	}
	var first Subject
	to := -1
	for _, m := range s.mentions {
		if m.end > end || !programSubject(m.subject) {
			continue
		}
		switch {
		case first == NoSubject:
			// ("From detox through IOP, most clients are in our care for
			// four to six months".)
			first = m.subject
			to = -1
			for _, w := range []string{"to", "through", "until", "into"} {
				if k := indexWord(s.lower[:end], w, m.end); k >= 0 && (to < 0 || k < to) {
					to = k
				}
			}
		case to >= 0 && m.start > to && m.subject != first:
			return true
		}
	}
	return false
}

// hospitalStay reports a length of a stay in a hospital named in its
// clause before it: "the average hospital stay is … about a week",
// "psychiatric hospitalization usually lasts 5 to 10 days".
// The stay must be what the figure is said of: no program named between
// them ("Unlike a hospital stay, our residential program lasts 30 days"),
// and not a program named by it ("partial-hospitalization program", "day
// hospitalization program").
// continuedGroup reports a length of a group gone on with after the
// program: "continue with our weekly recovery group for three to six
// months", "keep attending an alumni circle for a year", "keep
// quarterly check-ins for two years". Not where a
// program is named after the verb ("continue in our IOP group for eight
// weeks"), nor "stay in group for ten weeks", the program's own groups.
func continuedGroup(s *sentence, q *quantity.Quantity) bool {
	lo, _ := clauseBounds(s.lower, q.Start, q.End)
	pre := s.lower[lo:q.Start]
	if !strings.Contains(pre, "continu") && !strings.Contains(pre, "keep") {
		return false
	}
	return matchNoProgramAfter(s, continuedGroupBefore, pre, lo, q)
}

var continuedGroupBefore = prefilter.MustCompile(`\b(?:continues?|continued|continuing|keeps?|kept)\s+(?:on\s+)?(?:(?:with|in|attending|going to|coming to|to attend|at)\s+(?:an?|our|the|their|your|weekly)\s+(?:[a-z'’-]+\s+){0,4}(?:group|groups|circle|circles|meeting|meetings)|(?:(?:with|up)\s+)?(?:their\s+|your\s+|the\s+|occasional\s+|regular\s+|monthly\s+|quarterly\s+|weekly\s+)*(?:check-ins|check-in|follow-ups|follow-up\s+visits|booster\s+sessions))\s+(?:for\s+)?(?:another\s+|up to\s+|about\s+|around\s+)?$`)

// therapyStepAfter reports a length of one-to-one care a client steps
// down to or goes on seeing after the program: "Most clients step down to
// weekly individual therapy with the same counselor for three to six
// months", "Most clients then see their counselor weekly for a year". No
// program named between the step and the length.
func therapyStepAfter(s *sentence, q *quantity.Quantity) bool {
	lo, _ := clauseBounds(s.lower, q.Start, q.End)
	return matchNoProgramAfter(s, therapyStepBefore, s.masked[lo:q.Start], lo, q)
}

// matchNoProgramAfter reports re matching pre, the words of s from lo up
// to q, with no program named from the match's start to q: the reading
// the match names owns the figure, unless a program is named after it.
func matchNoProgramAfter(s *sentence, re *prefilter.Regexp, pre string, lo int, q *quantity.Quantity) bool {
	loc := re.FindStringIndex(pre)
	return loc != nil && !programBefore(s, lo+loc[0], q.Start)
}

var therapyStepBefore = prefilter.MustCompile(`\b(?:step(?:s|ped|ping)?\s+down\s+to|move(?:s|d)?\s+on\s+to|continue(?:s|d)?\s+(?:with|seeing|to\s+see)|then\s+(?:[a-z]+\s+){0,2}?(?:see|keep\s+seeing)|keep(?:s)?\s+seeing)\s+(?:[a-z'’-]+\s+){0,4}?(?:individual\s+(?:therapy|counseling|counselling|sessions)|(?:their|your|his|her|a|the)\s+(?:own\s+|same\s+|primary\s+)?(?:therapist|counselor|counsellor|clinician))\b[^.;]*$`)

func hospitalStay(s *sentence, q *quantity.Quantity) bool {
	lo, _ := clauseBounds(s.lower, q.Start, q.End)
	pre := s.lower[lo:q.Start]
	ms := hospitalStayWords.FindAllStringIndex(pre, -1)
	if ms == nil {
		return false
	}
	m := ms[len(ms)-1]
	before := pre[max(0, m[0]-10):m[0]]
	if strings.HasSuffix(before, "-") || strings.Contains(before, "partial") || strings.Contains(before, "day") {
		return false
	}
	rest := pre[m[1]:]
	// ("The average hospital stay is 2 to 10 days, and 35 to 50 days for
	// residential care": a figure with its own program behind "for" is
	// that program's.)
	if programBefore(s, lo+m[1], q.Start) || hasWord(rest, "our", "program", "programs", "we") || programForAfter(s, q.End) {
		return false
	}
	return true
}

// hospitalStayWords name a hospital's stay.
var hospitalStayWords = prefilter.MustCompile(`\bhospital\s+stays?\b|\bhospitali[sz]ations?\b`)

// lengthLabelLine reports a line labelled by a length: "30 days: for
// guests with a shorter history".
// (The line says whom or what the length is for; "60 days: partial
// hospitalization and IOP" is a milestone of a continuum, "3-5 days:
// symptoms peak" a timeline.)
func lengthLabelLine(lower string) bool {
	_, value, ok := strings.Cut(lower, ": ")
	if !ok {
		return false
	}
	if v := strings.TrimSpace(value); !strings.HasPrefix(v, "for ") && !hasWord(v, "program", "programme", "stay", "track", "option", "standard", "recommended", "typical", "most", "our", "guests", "clients", "residents") {
		return false
	}
	return lengthLabelled(lower)
}

// lengthsIntro reports a sentence that announces a list of lengths: it
// ends on a colon and names them ("… built around one of three
// lengths:", "Choose the length of stay that fits:").
func lengthsIntro(lower string) bool {
	t := strings.TrimRight(lower, " ")
	return strings.HasSuffix(t, ":") && wordCount(t) >= 3 && hasWord(t, "length", "lengths", "durations")
}

// lengthLabelled reports a line whose label before its colon is a length
// and nothing else: "30 days: …", "- 12 weeks: …".
func lengthLabelled(lower string) bool {
	label, _, ok := strings.Cut(lower, ": ")
	if !ok || wordCount(label) > 3 {
		return false
	}
	label = strings.TrimLeft(label, " -•*")
	qs := quantity.Parse(label)
	return len(qs) == 1 && strings.TrimSpace(label) == strings.TrimSpace(qs[0].Text) &&
		(qs[0].Unit == quantity.Day || qs[0].Unit == quantity.Week || qs[0].Unit == quantity.Month)
}

// headedByLength reports the nearest heading naming the length figure
// names, on a page whose headings name another length too: under
// "60-Day Programs", beside "30-Day Programs", "The 60-day program adds
// deeper work" speaks of one of the lengths the page offers, by its name,
// as "our 30-day and 60-day programs" do. (Under "The 30-Day Program"
// alone, it is the program's length.)
func headedByLength(doc *corpus.Document, headings []string, figure string) bool {
	if len(headings) == 0 {
		return false
	}
	fig := strings.ReplaceAll(figure, "-", " ")
	if indexWord(strings.ReplaceAll(lowerASCII(headings[len(headings)-1]), "-", " "), fig, 0) < 0 {
		return false
	}
	for i := range doc.Blocks {
		b := &doc.Blocks[i]
		if b.Kind != corpus.BlockHeading {
			continue
		}
		if m := lengthName.FindString(lowerASCII(b.Text)); m != "" && strings.ReplaceAll(m, "-", " ") != fig {
			return true
		}
	}
	return false
}

// lengthName is a length named as a program's: "30-day", "12 week".
var lengthName = prefilter.MustCompile(`\b[0-9]+[- ](?:day|week|month)\b`)

// withdrawalInView reports withdrawal named in the sentence or its
// nearest heading: "The medical stabilization phase …", "… during detox",
// "Medical detox" / "3 to 7 days".
func withdrawalInView(s *sentence) bool {
	hs := s.block.Headings
	return namesWithdrawal(s.lower) || len(hs) > 0 && namesWithdrawal(lowerASCII(hs[len(hs)-1]))
}

// withdrawalLasts reports withdrawal as what the clause before start is
// about, with no program named there: "Acute alcohol withdrawal usually
// eases within 5 to 7 days", not "After withdrawal, our IOP runs 8 weeks".
func withdrawalLasts(s *sentence, start int) bool {
	lo, _ := clauseBounds(s.lower, start, start)
	pre := s.lower[lo:start]
	k := lastIndex(pre, "withdrawal")
	if k < 0 || !wordAt(pre, k, len("withdrawal")) {
		return false
	}
	switch wordBefore(pre, k) {
	case "after", "post", "following", "before", "for", "from", "of", "to", "post-acute", "protracted":
		return false
	}
	for _, m := range s.mentions {
		if m.start >= lo && m.end <= start && programSubject(m.subject) && m.subject != Detox {
			return false
		}
	}
	return true
}

func namesWithdrawal(t string) bool {
	return strings.Contains(t, "withdraw") || strings.Contains(t, "detox") || strings.Contains(t, "stabiliz") || strings.Contains(t, "stabilis")
}

// pastModifiers is where the run of up to three describing words ("highly
// focused", "intensive, structured") before i starts; i when there is
// none.
func pastModifiers(lower string, i int) int {
	for range 3 {
		j := i
		if t := strings.TrimRight(lower[:j], " "); strings.HasSuffix(t, ",") {
			j = len(t) - 1
		}
		w := wordBefore(lower, j)
		if !modifierWord(w) {
			return i
		}
		i = lastIndex(lower[:j], w)
	}
	return i
}

// modifierWord reports a word that describes rather than names or links:
// "highly", "focused", "intensive", "structured", "flexible".
func modifierWord(w string) bool {
	switch w {
	case "new", "short", "brief", "free", "proven", "unique", "small":
		return true
	case "during", "including", "following", "according", "regarding", "beginning", "starting", "lasting", "running", "spanning", "totaling", "totalling", "only", "early", "daily", "weekly", "monthly", "nightly", "family", "typical",
		// ("a traditional 28-day program", "an expensive 30-day program out
		// of state": words that set a program apart as the usual kind,
		// not the page's.)
		"traditional", "conventional", "standard", "usual", "expensive", "costly", "old", "former", "other", "outside":
		return false
	}
	if strings.Contains(w, "-") {
		return false
	}
	for _, suf := range modifierEndings {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// modifierEndings are the endings of describing words: "highly",
// "focused", "intensive", "clinical", "flexible".
var modifierEndings = []string{"ly", "ed", "ive", "al", "ful", "ous", "ic", "ble", "ing"}

// phaseOfStay reports a span that times a period within a stay, or a
// medication's start, named as what lasts: "New residents have a
// settling-in period of seven days", "Methadone induction usually lasts
// one to two weeks", "Getting started on buprenorphine takes most people
// one to three days". The stay or the program lasts longer. No program
// named in the clause before the span.
func phaseOfStay(s *sentence, q *quantity.Quantity) bool {
	lo, _ := clauseBounds(s.lower, q.Start, q.End)
	pre := s.masked[lo:q.Start]
	loc := settlingPeriod.FindStringIndex(pre)
	// ("The assessment for a residential place can take 4 to 6 weeks":
	// the time before the stay. "Assessment and detox take a week" is
	// the program's.)
	if loc == nil {
		// ("Intake through discharge takes 28 days", "an evaluation at
		// intake helps decide if care should last 30 or 60 days": the
		// care itself lasts.)
		if loc = assessmentTakes.FindStringIndex(pre); loc != nil && (hasWord(pre[loc[0]:], "and", "through", "until", "care", "treatment", "stay", "program", "decide", "decides", "determine", "determines", "whether", "if") ||
			programOwnsSpan(s, lo+loc[0], q.Start)) {
			loc = nil
		}
	}
	// ("The average length of each stage is ten weeks", "The first phase
	// is a two-week period": one part of the stay. "The first phase is
	// residential care for 30 days" names the program the phase is.)
	if loc == nil {
		// ("The first step is a 7-day medical detox", "Each phase of our
		// 30-day residential program": a length that names the program
		// it is of.)
		if loc = partOfStay.FindStringIndex(pre); loc != nil && (programBefore(s, lo+loc[0], q.Start) || q.Adjectival) {
			loc = nil
		}
	}
	if loc == nil {
		loc = medicationStart.FindStringIndex(pre)
		// ("After induction, the program lasts about 16 weeks", "With
		// induction included, treatment takes 12 weeks": something else
		// lasts.)
		if loc != nil && hasWord(pre[loc[0]:], "program", "programs", "stay", "treatment", "course", "rehab", "iop", "php", "care") {
			return false
		}
	}
	if loc == nil {
		return false
	}
	// ("an orientation period before a residential stay that lasts 30
	// days": the stay lasts.)
	// ("an assessment period of one week followed by residential care
	// that lasts 30 days": what follows the period lasts.)
	if hasWord(pre[loc[0]:], "stay", "stays", "program", "programs", "programme", "course", "followed", "then", "before", "after", "and") {
		return false
	}
	// ("Opioid detox that includes a buprenorphine induction can take up
	// to 10 days": the program the clause is about, named before the
	// period. One named after it, "an orientation period at the start of
	// residential treatment that lasts", is where the period falls.)
	return !programBefore(s, lo, lo+loc[0])
}

// settlingPeriod ends on a period of a stay's start named before its
// span: "a settling-in period of ", "an adjustment period of about ",
// "an orientation period when you begin treatment, lasting up to ".
var settlingPeriod = prefilter.MustCompile(`\b(?:settling-in|settling\s+in|adjustment|blackout|black-out|no-contact|no\s+contact|quiet|observation|orientation|introductory|grace|trial|probationary|assessment)\s+(?:period|window|phase)\s+(?:of|lasting|that\s+lasts|[^.;:()]{1,60}?\s(?:lasting|that\s+lasts|which\s+lasts))\s+(?:about\s+|around\s+|roughly\s+|at\s+least\s+|up\s+to\s+)?$`)

// programOwnsSpan reports a program named in [lo, start) other than as
// what an assessment is for or leads into: "the assessment, then IOP,
// takes", not "the assessment for residential rehab takes".
func programOwnsSpan(s *sentence, lo, start int) bool {
	for _, m := range s.mentions {
		if m.start < lo || m.end > start || !programSubject(m.subject) {
			continue
		}
		w := wordBefore(s.lower, m.start)
		if w == "a" || w == "an" || w == "the" || w == "our" {
			w = wordBefore(s.lower, lastIndex(s.lower[:m.start], w))
		}
		switch w {
		case "for", "into", "to", "at":
		default:
			return true
		}
	}
	return false
}

// partOfStay names one stage or phase of a stay as what the clause
// measures: "each stage is ", "the initial phase is a ".
var partOfStay = prefilter.MustCompile(`\b(?:(?:each|every)\s+(?:of\s+the\s+(?:[a-z]+\s+)?)?|(?:the\s+)?(?:initial|first|second|third|fourth|final|last|opening)\s+)(?:stage|stages|phase|phases|step|steps)\b[^.;:()]{0,40}$`)

// assessmentTakes ends on an assessment as what takes the span: "the
// assessment for residential rehab can take ", "our intake process
// usually takes about ".
var assessmentTakes = prefilter.MustCompile(`\b(?:assessment|assessments|evaluation|intake)(?:\s+(?:process|period|phase|stage))?\b[^.;:,]{0,50}?\s(?:can|may|will|could|usually|often|typically|generally)?\s*(?:take|takes|last|lasts)\s+(?:about\s+|around\s+|roughly\s+|up\s+to\s+|between\s+|anywhere\s+from\s+)?$`)

// medicationStart ends on a medication's start or dose adjustment as what
// lasts: "methadone induction at our clinic usually lasts ", "getting
// started on buprenorphine takes most people ".
var medicationStart = prefilter.MustCompile(`\b(?:induction|titration|dose\s+adjustment|getting\s+started\s+on\s+(?:buprenorphine|methadone|suboxone|naltrexone|medication)|stabiliz(?:ing|ation)\s+on\s+(?:buprenorphine|methadone|suboxone|naltrexone|medication|(?:a|your|the)\s+dose))\b[^.;]{0,40}?\b(?:lasts?|takes?|runs?|is|are)\b[^.;]{0,30}$`)

// attendedDaysOf opens on the meetings a count of days is of: " of
// group", " of groups", " of sessions".
var attendedDaysOf = prefilter.MustCompile(`^\s+of\s+(?:group|groups|group\s+therapy|sessions|classes|attendance|programming)\b`)

// staysTimed opens a sentence on stays as what a length measures: "Most
// stays last ", "Stays here run ", "The average stay is ", "Length of
// stay is ".
var staysTimed = prefilter.MustCompile(`^\W*(?:(?:most|typical|average|many|the\s+average|the\s+typical|a\s+typical|an\s+average)\s+)?(?:stays?|length\s+of\s+stay)\s+(?:here\s+|with\s+us\s+|on\s+campus\s+)?(?:usually\s+|typically\s+|generally\s+|often\s+)?(?:last|lasts|run|runs|are|is|range|ranges)\b`)

// alumniOpening opens a sentence on the people who have finished a
// program, as its subject: "Graduates of our IOP ", "People who finish
// our IOP keep meeting ", "Clients who have completed the PHP ".
//
// (Only meetings after the program: "… keep meeting", "… meet weekly",
// "… join"; "Clients who complete our IOP do so in eight to ten weeks",
// "Graduates of our residential program have usually lived with us for
// 30 to 45 days" give the program's own figures.)
var alumniOpening = prefilter.MustCompile(`^\W*(?:(?:graduates|alumni|alums)\s+of|(?:people|clients|patients|those|adults|teens|members|anyone|everyone)\s+who\s+(?:have\s+)?(?:finish|finished|complete|completed|graduate|graduated)(?:\s+from)?)\s+(?:our|the|an?|their)?\s*[^.;,]{0,40}?\b(?:iop|php|program|programs|treatment|intensive\s+outpatient|partial\s+hospitalization|residential|outpatient)\s+(?:(?:usually|often|typically|can|may|still|also|then)\s+)?(?:keep\s+meeting|keep\s+coming|continue\s+to\s+meet|meet|meets|gather|gathers|join|joins|come\s+back|return)\b`)

// packedFor ends on packing for a length: "Pack for about ", "bring
// enough clothes for ".
var packedFor = prefilter.MustCompile(`\b(?:pack|packing|bring|bringing)\s+(?:(?:enough\s+)?(?:clothes|clothing|outfits|medication)\s+)?for\s+(?:about\s+|around\s+|roughly\s+|at\s+least\s+|up\s+to\s+)?$`)

// detoxAsStep names detox as a step of a longer stay before a figure: "go
// through detox and then", "complete detox and then remain", "Including
// detox,", "With detox first,", "detox included".
//
// (The stay itself, in the figure's clause: "complete detox and then move
// into residential care; detox itself usually lasts five to seven days",
// "go through detox and then go home", "With detox first, the withdrawal
// phase takes four to six days" are detox's.)
var detoxAsStep = prefilter.MustCompile(`\b(?:(?:go|goes|went|going)\s+through|complete|completes|completed|finish|finishes|finished)\s+(?:(?:their|your|medical|the)\s+)*detox\s+(?:and\s+)?then\s+(?:stay|stays|remain|remains|spend|spends|live|lives)\b[^.;]*$|^\W*including\s+(?:the\s+)?detox\s*,\s*(?:most\s+|our\s+)?(?:residents|clients|patients|people|guests)\b[^.;]*$|^\W*with\s+detox\s+first\s*,\s*(?:most\s+|our\s+)?(?:residents|clients|patients|people|guests)\b[^.;]*$|,\s+detox\s+included\b[^.;]*$|\bcounting\s+(?:their\s+|the\s+)?detox\b[^.;]*$`)

// programPastModifiers reports a program's noun after up to three words
// that describe it, from i: " therapeutic day recovery program", ",
// intensive therapeutic program". A word of joining, a preposition or a
// verb ends the search.
func programPastModifiers(masked string, i int) bool {
	rest := strings.TrimPrefix(masked[i:], ",")
	for n := 0; n < 4; n++ {
		w := wordAfter(rest, 0)
		if w == "" {
			return false
		}
		switch w {
		case "program", "programs", "programme", "programmes", "course", "curriculum":
			return n > 0
		}
		if n == 3 || !lengthModifiers[w] && !quantity.DescribesProgram(w) {
			return false
		}
		rest = strings.TrimLeft(rest, " ")[len(w):]
		if strings.HasPrefix(rest, "-") {
			return false
		}
	}
	return false
}

// partOfSubject opens a clause on a part of a program, the subject of
// the copula that names another course: "Part of our IOP is a …",
// "Included with the IOP is a …", "Within the IOP is a …".
var partOfSubject = prefilter.MustCompile(`^\W*(?:(?:a|one|another|the\s+first|the\s+last)\s+)?(?:part\s+of|parts\s+of|(?:the\s+)?(?:(?:first|second|third|final|last|next)\s+)?(?:phase|stage|step)\s+of|included\s+(?:with|in)|within|inside|also\s+(?:part|included|available|offered)|one\s+of|among|alongside|in\s+addition\s+to|available\s+to|offered\s+to)\b`)

// programNounAt reports a program's noun as the word at i: " program".
func programNounAt(lower string, i int) bool {
	switch wordAfter(lower, i) {
	case "program", "programs", "programme", "programmes":
		return true
	}
	return false
}

// copulaArticleBefore reports a copula and an article right before i, past words
// that describe: "is a ", "is a structured ", "is a full-time, " — a
// program defined by its length and kind, not one a client is ordered
// to finish.
func copulaArticleBefore(lower string, i int) bool {
	i = pastModifiers(lower, i)
	w := wordBefore(lower, i)
	if w != "a" && w != "an" {
		return false
	}
	switch wordBefore(lower, lastIndex(lower[:i], w)) {
	case "is", "are", "was", "be":
		return true
	}
	return false
}
