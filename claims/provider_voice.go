package claims

import (
	"net/url"
	"strings"

	"github.com/factlint/factlint/corpus"
	"github.com/factlint/factlint/internal/prefilter"
)

// providerAnswer reports s answering question q about the provider's own
// program: "How long is detox at Mountain Laurel? / Detox usually takes
// three to five days.", and, on a page in the provider's voice, "How long
// will I be in treatment?" (on its blog, the reader's question about
// programs in general). On its questions page, "How long is the evening
// IOP?" asks about its own, unless the question or the answer speaks of
// programs at large.
func (st *state) providerAnswer(q, s *sentence) bool {
	if askedOfProvider(q) {
		// ("Is Pinecrest's IOP Right for You? / Intensive outpatient care
		// generally runs six to eight weeks": the reader asked whether
		// care suits them, and the answer speaks of such care in
		// general.)
		// ("Partial hospitalization here typically runs two to four
		// weeks": the hedge rounds the provider's own.)
		return !readerSuited.MatchString(q.lower) || hasWord(s.lower, "here", "our", "we", "us") ||
			!hasWord(s.lower, "generally", "typically", "usually", "often", "commonly", "in general", "most", "programs", "iops", "phps")
	}
	if definiteAsked.MatchString(q.lower) && (st.voiced || faqAddress(s.doc.URL) && !generalQuestion(q.lower) &&
		!hasWord(s.lower, "programs", "iops", "phps", "centers", "centres", "facilities", "providers")) {
		return true
	}
	// ("How long is residential? Four weeks.", "How many hours a week is
	// IOP?" on the provider's own questions page: a level named bare, as
	// its own program is, asks about the provider's.)
	if faqAddress(s.doc.URL) && bareLevelAsked(q) && !generalQuestion(q.lower) &&
		!hasWord(s.lower, "programs", "iops", "phps", "centers", "centres", "facilities", "providers", "typically", "usually", "generally", "often", "most") {
		return true
	}
	// ("How long will I be in detox? Plan on three to five days. Our
	// nurses …": the provider's voice may come after the answer's figure.)
	return (st.voiced || st.pageVoiced() && !hasWord(s.lower, "programs", "iops", "phps", "nationwide", "nationally", "facilities", "centers", "centres")) &&
		hasWord(q.lower, "i", "my", "me") && !articlePage(s.doc.URL)
}

func hasProviderVoice(lower string) bool {
	return providerVoiceIn(lower, func(w string) bool { return strings.Contains(lower, w) })
}

// providerVoiceIn is hasProviderVoice with holds(w) for
// strings.Contains(lower, w): a sentence asks its trigram filter first,
// as every sentence of every page asks.
func providerVoiceIn(lower string, holds func(string) bool) bool {
	if !firstPerson(lower) {
		// "Granite Peak's own IOP": the publisher naming its program.
		// ("Teen IOP here runs 10 to 12 weeks": the program at the
		// provider's own place.)
		return holds("s own ") && (holds("'s own ") || holds("’s own ")) ||
			holds(" here ") && programHere.MatchString(lower)
	}
	// "In our experience, most programs …": the provider speaking of
	// programs in general, not of its own. Every aside is in the first
	// person, so only first-person sentences pay for the look.
	if holds("experience") || holds("our view") || holds("our opinion") ||
		holds("found") || holds("find that") {
		for _, aside := range []string{"in our experience", "in our view", "in our opinion", "our experience is", "we find that", "we have found", "we've found"} {
			if holds(aside) && !hasWord(strings.Replace(lower, aside, "", 1), "our", "we", "us") {
				return false
			}
		}
	}
	// "Adult programs in our area usually run three or four days a week",
	// "Most IOPs in our county meet …": the programs of the provider's
	// region, not its own. (Only when no other first person is left.)
	if (holds("our ") || holds("near us")) && regionOnly(lower) {
		return false
	}
	// "Across the programs we have worked alongside, most people finish
	// IOP in 6 to 10 weeks": other programs, which the provider knows.
	// ("Compared with centers we have visited, IOP here lasts 12
	// weeks": "here" is the provider's.)
	if holds("we") {
		if loc := othersWeKnow.FindStringIndex(lower); loc != nil {
			if rest := lower[:loc[0]] + lower[loc[1]:]; !firstPerson(rest) && !hasWord(rest, "here") {
				return false
			}
		}
	}
	return true
}

// programHere is a program named at the provider's own place: "IOP here
// runs", "treatment here lasts".
var programHere = prefilter.MustCompile(`\b(?:iop|php|program|treatment|detox|stays?|residential|outpatient|care)\s+here\s+(?:runs|lasts|meets|takes|is|are|usually|typically|generally)\b`)

// othersWeKnow is programs the provider has seen or worked with, named
// with a first-person relative clause.
var othersWeKnow = prefilter.MustCompile(`\b(?:programs|providers|centers|centres|facilities|clinics|hospitals|iops|phps|treatment\s+teams)\s+(?:that\s+|which\s+)?we(?:'ve|’ve|\s+have)?\s+(?:worked\s+(?:alongside|with)|work\s+(?:alongside|with)|seen|toured|partnered\s+with|partner\s+with|reviewed|visited|studied|surveyed|compared|referred\s+(?:clients\s+|patients\s+)?to|refer\s+(?:clients\s+|patients\s+)?to)\b`)

// firstPerson is hasWord(lower, "our", "we", "we're", "we’re", "us") in one
// pass over the words' first letters: it is asked of every sentence.
func firstPerson(l string) bool {
	for i := 0; i+1 < len(l); i++ {
		// (The first letter first: most bytes open none of the words.)
		if c := l[i]; c != 'w' && c != 'u' && c != 'o' || i > 0 && isWordByte(l[i-1]) {
			continue
		}
		var n int
		switch {
		case l[i] == 'w' && l[i+1] == 'e':
			n = 2
		case l[i] == 'u' && l[i+1] == 's':
			n = 2
		case l[i] == 'o' && strings.HasPrefix(l[i:], "ours"):
			// "Ours works differently: …" ("Unlike ours, many IOPs last
			// 12 weeks", "Programs like ours …" speak of others.)
			switch wordBefore(l, i) {
			case "like", "unlike", "than", "as", "including":
				continue
			}
			n = 4
		case l[i] == 'o' && strings.HasPrefix(l[i:], "our"):
			n = 3
		default:
			continue
		}
		if i+n == len(l) || !isWordByte(l[i+n]) {
			return true
		}
		for _, w := range [...]string{"we're", "we’re"} {
			if strings.HasPrefix(l[i:], w) && (i+len(w) == len(l) || !isWordByte(l[i+len(w)])) {
				return true
			}
		}
	}
	return false
}

// askedOfProvider reports a question put to the provider: in its own
// voice ("do you", "your", "our"), or about it by name ("How long is detox
// at Mountain Laurel?").
func askedOfProvider(q *sentence) bool {
	if q.provider || hasWord(q.lower, "you", "your") {
		return true
	}
	for _, m := range atName.FindAllStringSubmatch(q.text, -1) {
		if ownName(q.doc, m[1], q.bi) {
			return true
		}
	}
	return false
}

// articlePage reports an address under a blog or articles path, where a
// provider writes about programs in general.
func articlePage(u string) bool {
	l := strings.ToLower(u)
	for _, p := range []string{"/blog/", "/blogs/", "/articles/", "/article/", "/news/", "/resources/", "/insights/", "/learn/"} {
		if strings.Contains(l, p) {
			return true
		}
	}
	return false
}

// definiteAsked is a question about "the" program: on a page that speaks
// as the provider ("Here are the questions our admissions team hears"),
// "How long does the intensive outpatient program last?" asks about its
// own.
var definiteAsked = prefilter.MustCompile(`\bthe\s+(?:(?:evening|morning|day|daytime|weekend|adult|teen|adolescent|virtual)\s+)?(?:intensive\s+outpatient\s+program|partial\s+hospitalization\s+program|residential\s+program|detox\s+program|iop|php|program)\b`)

// readerSuited asks whether care suits the reader: "right for you",
// "a good fit for you", "is it for me".
var readerSuited = prefilter.MustCompile(`\b(?:right|best|good|the\s+right|a\s+good\s+fit|a\s+fit|ideal|suitable)\s+(?:choice\s+|option\s+|fit\s+)?for\s+(?:you|me)\b`)

var atName = prefilter.MustCompile(`\b(?:at|with|from)\s+([A-Z][A-Za-z'’-]+(?:\s+[A-Z][A-Za-z'’-]+){0,2})`)

// definiteIsOwn gives the provider's voice to "The program is 12 weeks
// long", "The IOP runs a minimum of six weeks" on a page where the provider
// speaks of that program as its own elsewhere ("our IOP meets four days a
// week"), or says it runs with no figure ("Our IOP is for adults"): the
// definite program is the one the page offers. ("Most programs …", "The
// IOPs in Ohio …" stay general.)
func definiteIsOwn(cs []Claim, offered []Subject) {
	own := map[Subject]bool{}
	for i := range cs {
		if cs[i].Scope == Provider && programSubject(cs[i].Subject) {
			own[cs[i].Subject] = true
		}
	}
	for _, p := range offered {
		if programSubject(p) {
			own[p] = true
		}
	}
	if len(own) == 0 {
		return
	}
	for i := range cs {
		c := &cs[i]
		if c.Scope != General || !own[c.Subject] || c.Attribution != "" {
			continue
		}
		if definiteProgram.MatchString(c.Sentence) && !ofProgramsInGeneral(lowerASCII(c.Sentence)) {
			c.Scope = Provider
		}
	}
}

// ofProgramsInGeneral reports words that make a sentence speak of a class
// of programs, not of one: "most", "all", "programs", "typical".
func ofProgramsInGeneral(lower string) bool {
	// ("Six to eight weeks is common in the field": the usual figure,
	// said of the field.)
	// ("That's nine hours a week, at the low end of the usual range" is
	// still the provider's.)
	return hasWord(lower, "most", "many", "all", "some", "any", "every", "programs", "iops", "phps", "typical", "average", "nationally", "nationwide", "industry") ||
		anyIn(lower, []string{" is common", " are common", " is the norm", " is usual"})
}

// definiteProgram opens a sentence on one program named with "the" or
// "this": "The program …", "The IOP …", "This partial hospitalization
// program …", "Typically the program …".
var definiteProgram = prefilter.MustCompile(`^\s*(?:(?:Typically|Usually|Generally|Normally|Often),?\s+(?:the|this)|The|This)\s+(?:(?:adult|adolescent|teen|evening|day|daytime|virtual|intensive|outpatient|partial|hospitalization|residential|treatment|recovery|day\s+treatment)\s+){0,3}(?:program|programme|IOP|PHP|track|curriculum)\b`)

// generalQuestion asks about programs elsewhere or in general: "How long
// does the residential program at most rehabs last?", "How do I know
// whether the IOP is right for me?".
func generalQuestion(lower string) bool {
	return hasWord(lower, "most", "other", "others", "typical", "typically", "usually", "generally", "rehabs", "programs", "centers", "centres", "facilities", "right for me", "right for you")
}

// bareLevelAsked reports a question naming a program bare, with no
// article or quantifier and not in the plural: "How long is
// residential?", "How many hours a week is IOP?" (not "How long does an
// IOP last?", "How long do IOPs run?").
func bareLevelAsked(q *sentence) bool {
	for _, m := range q.mentions {
		if !programSubject(m.subject) || m.contrast || strings.HasSuffix(q.lower[m.start:m.end], "s") {
			continue
		}
		switch wordBefore(q.lower, m.start) {
		case "is", "does", "do", "in", "of", "for":
			return true
		}
	}
	return false
}

// faqAddress reports a provider's own questions page: ".../faq/",
// ".../faqs", ".../frequently-asked-questions/". Its questions about "the
// IOP" ask about the provider's.
func faqAddress(u string) bool {
	l := strings.ToLower(u)
	if notProgramPage(u) {
		return false
	}
	return strings.Contains(l, "/faq") || strings.Contains(l, "frequently-asked")
}

// ownUnit reports a sentence opening on a detox unit whose beds it
// counts ("A 14-bed inpatient detox unit for adults …") on a provider's
// own page: a unit that exists, described by its owner.
func (st *state) ownUnit(s *sentence) bool {
	return s.contains("-bed ") && !st.directory && !articlePage(s.doc.URL) && bedsOfDetox.MatchString(s.lower)
}

// ownTitle reports a page whose title or an opening heading names a
// program as the provider's: "Inside Our IOP", "Starting PHP at
// Hollowbrook" on hollowbrook's site. (A heading naming the site alone,
// "Hollowbrook Health Blog", or a program alone, "OP vs. IOP", does not.)
func (st *state) ownTitle() bool {
	heads := []string{st.doc.Title}
	textTitle := st.textTitle()
	for i := 0; i < len(st.doc.Blocks) && i < 6; i++ {
		if k := st.doc.Blocks[i].Kind; k == corpus.BlockHeading || k == corpus.BlockTitle || i == textTitle {
			heads = append(heads, st.doc.Blocks[i].Text)
		}
	}
	for _, t := range heads {
		// ("OP vs. IOP | Northstar Behavioral Health": the site's name
		// after a bar is the page title's suffix.)
		// ("Fernbrook Health Blog · Outpatient Care": a blog's name
		// and its category.)
		if k := strings.IndexAny(t, "|–—·"); k >= 0 {
			t = t[:k]
		}
		l := lowerASCII(t)
		if !hasWord(l, "iop", "php", "program", "programs", "detox", "residential", "outpatient", "rehab", "treatment", "hospitalization") || hasWord(l, "blog", "news", "journal") {
			continue
		}
		if hasWord(l, "our") {
			return true
		}
		for _, w := range strings.Fields(t) {
			if w = strings.Trim(w, ",.:;!?()'’\""); len(w) > 3 && w[0] >= 'A' && w[0] <= 'Z' && hostHolds(st.doc, w) {
				return true
			}
		}
	}
	return false
}

// ownVoice reports a page on which a provider speaks of its own programs
// or places ("Our IOP meets …", "every location", "our offices"): its
// headings of hospitals, insurers or its own locations list no providers.
func (st *state) ownVoice() bool {
	for i, l := range st.lower {
		// ("Our IOP meets …", not "our IOP checklist"; "none of our
		// offices", "our locations offer", not "each of our picks" or
		// "Our offices are not affiliated with any program below".)
		for _, m := range st.mentions[i] {
			if programSubject(m.subject) && wordBefore(l, m.start) == "our" && ownVerbs[verbAfterName(l, m.end)] {
				return true
			}
		}
		if strings.Contains(l, "of our locations") || strings.Contains(l, "of our offices") || strings.Contains(l, "of our clinics") ||
			strings.Contains(l, "every one of our") || strings.Contains(l, "at every location") {
			return true
		}
	}
	return false
}

// verbAfterName is the word after a program's name, past a bracketed
// abbreviation, "which" and an adverb: "Our intensive outpatient program
// (IOP) meets", "Our IOP, which meets", "Our IOP currently meets".
func verbAfterName(l string, end int) string {
	rest := strings.TrimLeft(l[end:], " ")
	if strings.HasPrefix(rest, "(") {
		if k := strings.IndexByte(rest, ')'); k > 0 {
			rest = strings.TrimLeft(rest[k+1:], " ")
		}
	}
	rest = strings.TrimLeft(strings.TrimPrefix(strings.TrimLeft(rest, ", "), "which "), " ")
	w := firstWord(rest)
	switch w {
	case "currently", "now", "still", "also", "usually", "typically", "generally", "only":
		w = firstWord(strings.TrimLeft(rest[len(w):], " "))
	}
	return strings.Trim(w, ",.;:")
}

// ownVerbs after "our IOP" make it the provider's program speaking.
var ownVerbs = map[string]bool{"meets": true, "runs": true, "lasts": true, "is": true, "offers": true, "provides": true, "includes": true,
	"has": true, "takes": true, "requires": true, "uses": true, "serves": true}

// homeProgramLine reports a line labelled with a program on a site's
// front page: "Intensive outpatient: 4 days a week, 3 hours a day" under
// "Levels of care" at https://provider.example/ lists the provider's own
// programs, as a program page's "Our IOP" does. (A directory's front page
// lists others'.)
func (st *state) homeProgramLine(s *sentence) bool {
	if !st.home || st.directory {
		return false
	}
	label, e := s.label()
	// ("IOP vs PHP: PHP is usually 5 days a week" compares two levels; a
	// guide's front page speaks of programs in general.)
	if e <= 0 || hasWord(lowerASCII(label), "vs", "versus", "or") || !st.pageVoiced() {
		return false
	}
	// ("Levels of care explained / Intensive outpatient (IOP): 9-20 hours
	// a week": lines under a heading that explains the terms define them.)
	// (A text export may take such a line for a heading of its own: the
	// line before it then says which section it is in.)
	if hs := s.block.Headings; len(hs) > 0 && explainsTerms(lowerASCII(hs[len(hs)-1])) {
		return false
	}
	if k := s.block.Kind; (k == corpus.BlockHeading || k == corpus.BlockTitle) && s.bi > 0 {
		prev := &st.doc.Blocks[s.bi-1]
		if pk := prev.Kind; (pk == corpus.BlockHeading || pk == corpus.BlockTitle) && explainsTerms(lowerASCII(prev.Text)) ||
			pk != corpus.BlockHeading && pk != corpus.BlockTitle && len(prev.Headings) > 0 && explainsTerms(lowerASCII(prev.Headings[len(prev.Headings)-1])) {
			return false
		}
	}
	var named Subject
	for _, m := range s.mentions {
		if m.end <= e && programSubject(m.subject) && !m.contrast {
			if named != NoSubject && named != m.subject {
				return false
			}
			named = m.subject
		}
	}
	return named != NoSubject
}

// frontPage reports an address with no path: a site's front page.
func frontPage(addr string) bool {
	u, err := url.Parse(strings.TrimSpace(addr))
	return err == nil && u.Host != "" && strings.Trim(u.Path, "/") == "" && u.RawQuery == ""
}

// pageVoiced reports a page that speaks in its provider's voice anywhere,
// read once.
func (st *state) pageVoiced() bool {
	if st.voicedPage == 0 {
		st.voicedPage = 1
		for _, l := range st.lower {
			// (A cookie banner's "We use cookies" is the site's software
			// speaking.)
			if hasProviderVoice(l) && !cookieBanner(l) {
				st.voicedPage = 2
				break
			}
		}
	}
	return st.voicedPage == 2
}

// explainsTerms reports a heading over definitions: "Levels of care
// explained", "What the levels mean", "Glossary".
// (Not the provider's own: "Our programs, explained", "What recovery
// means to us", "Recovery on your terms".)
func explainsTerms(h string) bool {
	if hasWord(h, "our", "us", "we") {
		return false
	}
	return strings.Contains(h, "explained") || strings.Contains(h, "defined") || strings.Contains(h, "definitions") || strings.Contains(h, "glossary") ||
		strings.HasPrefix(h, "what ") && hasWord(h, "mean", "means") && hasWord(h, "level", "levels", "care", "terms")
}

// ourRegion names the provider's region as where other programs are: "in
// our area", "across our county", "near us".
var ourRegion = prefilter.MustCompile(`\b(?:in|across|around|throughout)\s+our\s+(?:area|region|county|state|city|community|part\s+of\s+the\s+state)\b|\bnear\s+us\b`)

// regionOnly reports a sentence whose only first person names the
// provider's region as where the programs it speaks of are ("Most IOPs in
// our county meet three or four days a week").
func regionOnly(lower string) bool {
	loc := ourRegion.FindStringIndex(lower)
	return loc != nil && !firstPerson(lower[:loc[0]]+lower[loc[1]:])
}
