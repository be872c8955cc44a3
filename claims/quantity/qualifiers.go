package quantity

import "strings"

var approxWords = map[string]bool{
	"about": true, "around": true, "approximately": true, "roughly": true, "nearly": true,
	"almost": true, "approx": true, "circa": true, "some": true, "averaging": true,
}

// Bound phrases, longest first where one is a prefix of another.
var atLeastPhrases = [][]string{
	{"a", "minimum", "length", "of", "stay", "of"}, {"minimum", "length", "of", "stay", "of"},
	{"a", "minimum", "stay", "of"}, {"minimum", "stay", "of"}, {"a", "minimum", "length", "of"}, {"a", "minimum", "commitment", "of"}, {"minimum", "commitment", "of"}, {"a", "minimum", "commitment"}, {"minimum", "commitment"},
	{"a", "minimum", "requirement", "of"}, {"minimum", "requirement", "of"}, {"a", "minimum", "treatment", "requirement", "of"}, {"minimum", "treatment", "requirement", "of"},
	{"at", "least", "or", "equal", "to"}, {"at", "least"}, {"a", "minimum", "of"}, {"minimum", "of"}, {"a", "floor", "of"}, {"floor", "of"},
	{"no", "less", "than"}, {"no", "fewer", "than"}, {"not", "less", "than"}, {"not", "fewer", "than"},
	// "no shorter than 45 days", "never shorter than eight weeks".
	{"no", "shorter", "than"}, {"never", "shorter", "than"}, {"not", "shorter", "than"}, {"never", "less", "than"}, {"never", "fewer", "than"},
	{"more", "than", "or", "equal", "to"}, {"more", "than"}, {"upwards", "of"}, {"upward", "of"},
	{"equal", "to", "or", "more", "than"}, {"equal", "to", "or", "greater", "than"},
	{"greater", "than", "or", "equal", "to"}, {"greater", "or", "equal", "than"}, {"greater", "than"},
	{"larger", "or", "equal", "than"}, {"larger", "than"}, {"bigger", "or", "equal", "than"}, {"bigger", "than"},
	{"higher", "or", "equal", "than"}, {"higher", "than"}, {"longer", "than"},
	{"in", "excess", "of"}, {"starting", "at"}, {"starts", "at"}, {"start", "at"}, {"beginning", "at"}, {"begins", "at"}, {"begin", "at"}, {"over"}, {"above"}, {"minimum"}, {"exceeding"}, {"exceeds"}, {"exceeded"},
	{"exceed"}, {"surpass"}, {"surpassing"}, {"beyond"},
	// "no stay runs past 45 days": past a length is longer than it ("the
	// past 30 days" is a window, which only a verb before tells apart).
	{"runs", "past"}, {"run", "past"}, {"lasts", "past"}, {"last", "past"}, {"goes", "past"}, {"go", "past"},
	{"extends", "past"}, {"extend", "past"}, {"continues", "past"}, {"continue", "past"}, {">", "="}, {"≥"}, {">"},
}

var comparatives = map[string]bool{"more": true, "greater": true, "higher": true}

var emphatic = map[string]bool{"much": true, "far": true, "way": true, "considerably": true, "significantly": true, "substantially": true}

// rateEnds end a rate ("a week", "daily") that a span may follow.
var rateEnds = map[string]bool{"week": true, "weekly": true, "day": true, "daily": true}

// spreadOver are words of meetings, or of spreading them, that "over"
// follows as "across": "24 sessions over eight weeks", "held over ten
// weeks" ("stays over 30 days" is more than 30).
// ("split over four evenings", "divided over five days"; "broken up
// over three days" is read by its particle.)
var spreadOver = map[string]bool{"sessions": true, "groups": true, "meetings": true, "visits": true, "classes": true, "appointments": true, "hours": true,
	"spread": true, "held": true, "scheduled": true, "offered": true, "meet": true, "meets": true,
	"split": true, "divided": true, "spaced": true, "distributed": true, "staggered": true}

var totalVerbs = map[string]bool{"add": true, "adds": true, "added": true, "adding": true, "comes": true, "come": true, "amounts": true, "amount": true, "works": true}

var upToPhrases = [][]string{
	{"a", "maximum", "length", "of", "stay", "of"}, {"maximum", "length", "of", "stay", "of"},
	{"a", "maximum", "stay", "of"}, {"maximum", "stay", "of"},
	{"up", "to"}, {"upto"}, {"up", "-", "to"}, {"no", "more", "than"}, {"not", "more", "than"}, {"no", "longer", "than"},
	{"at", "most"}, {"a", "maximum", "of"}, {"maximum", "of"}, {"a", "ceiling", "of"}, {"ceiling", "of"}, {"a", "cap", "of"},
	{"less", "than", "or", "equal", "to"}, {"less", "or", "equal", "than"}, {"less", "than"},
	{"fewer", "than"}, {"smaller", "or", "equal", "than"}, {"smaller", "than"},
	{"lower", "or", "equal", "than"}, {"lower", "than"}, {"shorter", "than"},
	{"equal", "to", "or", "less", "than"}, {"equal", "to", "or", "fewer", "than"},
	{"as", "much", "as"}, {"as", "many", "as"}, {"as", "long", "as"}, {"as", "often", "as"},
	{"under"}, {"within"}, {"below"}, {"maximum"}, {"<", "="}, {"≤"}, {"<"},
	{"tops", "out", "at"}, {"top", "out", "at"}, {"topping", "out", "at"}, {"topped", "out", "at"}, {"maxes", "out", "at"}, {"max", "out", "at"}, {"maxing", "out", "at"}, {"maxed", "out", "at"}, {"capped", "at"}, {"caps", "at"},
	// "6 to 10 weeks, with some extending to 14 weeks": how far the
	// longest go.
	{"extending", "to"}, {"stretching", "to"},
}

// "as little as 12 to 14 days": the low end a program may run at, stated
// as that range (a single figure is a floor, see quantity).
var exactPhrases = [][]string{{"as", "little", "as"}, {"as", "few", "as"}, {"as", "short", "as"}, {"equals", "to"}, {"equal", "to"}, {"equals"}, {"equaling", "to"}, {"equalling", "to"}, {"="}}

// qualWords are the first words of every prefix, to skip the phrase
// tables for ordinary words.
var qualWords = firstWords()

// asLittle reports the words of "as little as", "as few as", "as short
// as".
func asLittle(a, b, c string) bool {
	return a == "as" && c == "as" && (b == "little" || b == "few" || b == "short")
}

// asLong reports the words of "as long as", "as much as", "as many as".
func asLong(a, b, c string) bool {
	return a == "as" && c == "as" && (b == "long" || b == "much" || b == "many")
}

func firstWords() map[string]bool {
	qualWords := map[string]bool{}
	for _, list := range [][][]string{atLeastPhrases, upToPhrases, exactPhrases} {
		for _, ph := range list {
			qualWords[ph[0]] = true
		}
	}
	for w := range approxWords {
		qualWords[w] = true
	}
	for _, w := range []string{"~", "between", "from", "anywhere", "an", "somewhere"} {
		qualWords[w] = true
	}
	return qualWords
}

// prefix reads qualifier words before a number and returns the qualifier,
// whether a "between"/"from" opened a range, and the index after.
func (p *parser) prefix(i int) (Qualifier, bool, int) {
	w := p.tokText(i)
	if !qualWords[w] {
		return "", false, i
	}
	switch {
	case w == "~":
		return Approx, false, i + 1
	case approxWords[w]:
		if w == "around" && p.word(i+1) == "the" {
			return "", false, i
		}
		// "built around 3-hour group sessions": what the program is
		// organised round, not an approximation of the figure.
		if (w == "around" || w == "round") && builtAround[p.word(i-1)] {
			return "", false, i
		}
		// "about 10 to 12": the range keeps the approximation.
		q, between, j := p.prefix(i + 1)
		if q == "" {
			q = Approx
		}
		return q, between, j
	case w == "between", w == "from":
		return "", true, i + 1
	case w == "anywhere" || w == "somewhere":
		if p.word(i+1) == "from" || p.word(i+1) == "between" {
			return "", true, i + 2
		}
		return "", false, i
	case w == "an":
		if p.word(i+1) == "estimated" {
			return Approx, false, i + 2
		}
		if p.word(i+1) == "average" && p.word(i+2) == "of" {
			return Approx, false, i + 3
		}
	}
	for _, ph := range qualPhrases[w] {
		j, ok := p.phrase(i, ph.words)
		if !ok {
			continue
		}
		// "clients want much more than one hour a week with a counselor": a
		// comparison made emphatic, no bound on the figure it measures
		// against.
		// ("much longer than 30 days" still bounds the stay from below,
		// and "not much more than two months" from above.)
		if ph.qual == AtLeast && comparatives[ph.words[0]] && emphatic[p.word(i-1)] && p.word(i-2) != "not" {
			return Vague, false, j
		}
		// "adds up to 15 hours" is a total, not a ceiling.
		if ph.qual == UpTo && (ph.words[0] == "up" || ph.words[0] == "upto") && totalVerbs[p.word(i-1)] {
			return "", false, i
		}
		// "12 hours a week over 10 weeks": the span a rate is kept up
		// across, no bound.
		// ("24 sessions over about eight weeks", "groups spread over ten
		// weeks": the span meetings are spread across, too.)
		// ("Twelve hours per week, over four days": so after the rate's
		// comma.)
		if ph.words[0] == "over" && len(ph.words) == 1 && (rateEnds[p.word(i-1)] || spreadOver[p.word(i-1)] || p.word(i-1) == "up" && (p.word(i-2) == "broken" || p.word(i-2) == "split") ||
			p.punct(i-1) == "," && rateEnds[p.word(i-2)] && spanAfter(p, j)) {
			return "", false, i
		}
		// "At most, 5 hours a week", "a minimum commitment, often 90
		// days": a comma sets the figure after its bound, a hedge may
		// stand between.
		if p.punct(j) == "," && commaBounds(ph.words) {
			k := j + 1
			if hedgeWords[p.word(k)] || approxWords[p.word(k)] && p.word(k) != "some" {
				k++
			}
			if p.isNum(k) {
				return ph.qual, false, k
			}
		}
		// "starting at about 6 hours", "up to roughly 12 weeks": the
		// bound holds whatever hedges the figure.
		if approxWords[p.word(j)] && p.word(j) != "some" {
			j++
		}
		// "at least a 90-day stay", "no more than a 2-hour session": the
		// bound reaches past the article of a length named by its
		// figure. ("over a 2-4 week period" is the span, no bound.)
		if (p.word(j) == "a" || p.word(j) == "an") && p.isNum(j+1) && articleBounds[ph.words[0]] {
			j++
		}
		return ph.qual, false, j
	}
	return "", false, i
}

// articleBounds are the first words of the bound phrases that reach past
// an article: "at least a", "up to a", "no more than a", "not less than
// a".
var articleBounds = map[string]bool{"at": true, "up": true, "no": true, "not": true}

type qualPhrase struct {
	words []string
	qual  Qualifier
}

// qualPhrases are the bound phrases by their first word, in the order
// they are tried: at-least, up-to, exact, each list in its own order.
var qualPhrases = func() map[string][]qualPhrase {
	m := map[string][]qualPhrase{}
	for _, l := range []struct {
		phrases [][]string
		qual    Qualifier
	}{{atLeastPhrases, AtLeast}, {upToPhrases, UpTo}, {exactPhrases, Exact}} {
		for _, ph := range l.phrases {
			m[ph[0]] = append(m[ph[0]], qualPhrase{ph, l.qual})
		}
	}
	return m
}()

// quantifiedPlaces are what "at most" quantifies rather than bounds: "at
// most centers", "at most programs".
var quantifiedPlaces = map[string]bool{"centers": true, "centres": true, "programs": true, "programmes": true, "facilities": true, "clinics": true,
	"providers": true, "rehabs": true, "places": true, "sites": true, "locations": true, "hospitals": true, "iops": true, "phps": true, "agencies": true}

// weekRateWithin reports "weekly", "per week", "each week" or "every week"
// within n words from i: the bound care's week.
func (p *parser) weekRateWithin(i, n int) bool {
	for k := i; k < i+n && k < len(p.toks); k++ {
		switch w := p.word(k); w {
		case "weekly":
			return true
		case "week":
			// (Not "three days a week": the days' rate.)
			if v := p.word(k - 1); v == "per" || v == "each" || v == "every" {
				return true
			}
		}
	}
	return false
}

// careOf are the words after "minimum of" that make it care's bound:
// "10 hours minimum of therapeutic support", "of treatment". (A therapy
// named there, "9 hours minimum of group therapy", is read as the
// therapy's hours would be; it keeps its plain reading.)
var careOf = map[string]bool{"therapeutic": true, "treatment": true, "support": true, "programming": true, "care": true, "clinical": true, "structured": true}

// boundWord is the bound a word names after a quantity, "" for none:
// "minimum", "at least" and "min" a lower one, "maximum", "at most" and
// "max" an upper one.
func boundWord(w string) Qualifier {
	switch w {
	case "minimum", "least", "min":
		return AtLeast
	case "maximum", "most", "max":
		return UpTo
	}
	return ""
}

// suffix reads what follows a quantity and widens or bounds it: "or
// more", "and up", "or longer", "or so", "or less".
func (p *parser) suffix(end int, q *Quantity) int {
	w0, w1 := p.word(end), p.word(end+1)
	// "30 days at minimum", "12 weeks at most", "a month at the least".
	if (q.Qualifier == "" || q.Qualifier == Exact) && w0 == "at" {
		k := end + 1
		if w1 == "a" || w1 == "the" {
			k++
		}
		// ("8 to 12 weeks at most centers": a quantifier of what
		// follows, no bound; "7 days at most in most cases" is one.)
		if w := p.word(k); (w == "most" || w == "least") && quantifiedPlaces[p.word(k+1)] {
			return end
		}
		if b := boundWord(p.word(k)); b != "" {
			q.Qualifier = b
			return k + 1
		}
	}
	// "9 hours a week, at the very least", "twice a week, at a minimum":
	// the bound set off by a comma, closing the clause.
	if (q.Qualifier == "" || q.Qualifier == Exact) && p.punct(end) == "," && p.word(end+1) == "at" {
		if k, b := p.boundPhrase(end + 1); b != "" && clauseClosesAt(p, k) {
			q.Qualifier = b
			return k
		}
	}
	// "3 days/week minimum", "90 days min.": the bound said after, bare.
	// ("two hours minimum of homework" names something else, though
	// "10 hours minimum of therapeutic support" bounds the care; "the
	// 9-hour minimum" is a noun, read elsewhere.)
	// (Not a range, "5 to 7 days max" keeps both ends; nor a label after
	// a table's cell, "30 days Minimum age: 18".)
	if (q.Qualifier == "" || q.Qualifier == Exact) && !q.Adjectival && (p.word(end+1) != "of" || careOf[p.word(end+2)] && p.weekRateWithin(end+2, 6)) && p.single &&
		end < len(p.toks) && p.text[p.toks[end].start] >= 'a' && w0 != "least" && w0 != "most" {
		if b := boundWord(w0); b != "" {
			q.Qualifier = b
			return end + 1
		}
	}
	// "a 14-day (minimum) stay", "90 days (max)": the bound alone in
	// brackets.
	if (q.Qualifier == "" || q.Qualifier == Exact) && p.punct(end) == "(" && p.punct(end+2) == ")" {
		if b := boundWord(p.word(end + 1)); b != "" && p.word(end+1) != "least" && p.word(end+1) != "most" {
			q.Qualifier = b
			return end + 3
		}
	}
	// "30 days (or less)": the bound set off in brackets.
	if p.punct(end) == "(" && p.word(end+1) == "or" && p.punct(end+3) == ")" {
		inner := end + 1
		if k := p.suffix(inner, q); k == end+3 {
			return k + 1
		}
	}
	// "30 to 90 days, or longer if needed": the widening set off by a
	// comma, closing the clause or going on to its condition. (Not "…,
	// or more often", "…, or longer stays": another figure's words.)
	if w2 := p.word(end + 2); p.punct(end) == "," && p.word(end+1) == "or" && (w2 == "longer" || w2 == "more") {
		w, cond := p.word(end+3), widenedOnCondition[p.word(end+3)] && neededWords[p.word(end+4)]
		if (w == "" || cond) && !p.listedAfter() {
			if k := p.suffix(end+1, q); k > end+1 {
				// (The condition is the widening's alone: read with it,
				// it governs nothing else the sentence says.)
				if cond && k == end+3 {
					k += 2
				}
				return k
			}
		}
	}
	if w0 != "or" && w0 != "and" {
		return end
	}
	// "six weeks or up to 16": a second bound follows, not "or up".
	if w1 == "up" && p.word(end+2) == "to" {
		return end
	}
	switch w1 {
	case "more", "over", "above", "greater", "up", "older":
		if w0 == "and" && w1 != "up" && w1 != "more" && w1 != "over" && w1 != "above" {
			return end
		}
		// ("five days a week and more than 20 hours a week": "more than"
		// opens the next figure's bound.)
		if w0 == "and" && p.word(end+2) == "than" {
			return end
		}
		// "up to a year or more" keeps its stated bound; the text only
		// says it can run longer.
		if q.Qualifier != UpTo {
			q.Qualifier = AtLeast
		}
		q.OpenEnded = true
		end += 2
		if p.word(end) == "than" {
			end++
		}
		if p.word(end) == "equal" {
			end++
			if p.word(end) == "to" {
				end++
			}
		}
		return end
	case "less", "fewer", "under", "below":
		if w0 == "or" {
			q.Qualifier = UpTo
			return end + 2
		}
	case "equal":
		end += 2
		if p.word(end) == "to" {
			end++
		}
		return end
	case "longer", "beyond", "later":
		// ("four days a week and later step down to two": a
		// later step, said by the verb after it, no longer week.)
		if w1 == "later" && p.word(end+2) != "" {
			return end
		}
		q.OpenEnded = true
		return end + 2
	case "sometimes", "often", "even", "possibly", "perhaps", "maybe":
		if w2 := p.word(end + 2); w2 == "longer" || w2 == "more" {
			q.OpenEnded = true
			return end + 3
		}
	case "so":
		if w0 == "or" {
			if q.Qualifier == "" || q.Qualifier == Exact {
				q.Qualifier = Approx
			}
			return end + 2
		}
	}
	return end
}

// listedAfter reports the figure suffix reads after as the last entry of
// a list of figures ("45, 75 days, or more", "7 days, 14 days, or
// longer"), whose open tail the list's reader takes for the whole list.
func (p *parser) listedAfter() bool {
	return p.punct(p.first-1) == "," && (p.isNum(p.first-2) || p.isNum(p.first-3))
}

// widenedOnCondition and neededWords are the condition a widening may
// close on: "…, or longer if needed", "…, or more when necessary". ("…,
// or longer in our residential program" names another program's length.)
var (
	widenedOnCondition = map[string]bool{"if": true, "when": true, "as": true}
	neededWords        = map[string]bool{"needed": true, "necessary": true, "required": true, "indicated": true, "warranted": true, "appropriate": true}
)

// phrase reports whether the tokens from i spell ws, returning the index after.
func (p *parser) phrase(i int, ws []string) (int, bool) {
	for _, w := range ws {
		if p.tokText(i) != w {
			return i, false
		}
		i++
	}
	return i, true
}

// vagueWords take a unit and give no number: "several hours".
var vagueWords = map[string]bool{"several": true, "few": true, "many": true, "multiple": true, "numerous": true, "couple": true, "some": true}

// vague reads "several hours", "a few weeks", "a couple of days" at j
// (after any qualifier from i).
func (p *parser) vague(i, j int) (Quantity, int, bool) {
	k := j
	switch {
	case p.word(k) == "a" && p.word(k+1) == "few":
		k += 2
	case p.word(k) == "a" && p.word(k+1) == "couple":
		k += 2
	case vagueWords[p.word(k)]:
		k++
	default:
		return Quantity{}, 0, false
	}
	if p.word(k) == "of" && p.word(k-1) == "couple" {
		k++
	}
	if w := p.word(k); w == "more" || w == "extra" || w == "additional" || w == "long" || w == "full" || w == "short" || w == "brief" {
		k++
	}
	u, _, k2, _ := p.unit(k, true)
	if u == None {
		return Quantity{}, 0, false
	}
	q := Quantity{Unit: u, Qualifier: Vague}
	if per, j2, ok := p.rate(k2); ok && per != u {
		q.Per, k2 = per, j2
	}
	p.span(&q, i, k2)
	return q, k2, true
}

// builtAround are the verbs whose "around" is a preposition: "built
// around", "centred around", "structured around".
// ("planned around 35 days", "scheduled around 9 hours a week" are
// approximate.)
var builtAround = map[string]bool{"built": true, "centered": true, "centred": true, "structured": true, "organized": true,
	"organised": true}

// commaBounds are the bound phrases a comma may part from their figure.
func commaBounds(words []string) bool {
	switch strings.Join(words, " ") {
	case "at most", "at least", "a minimum commitment", "minimum commitment":
		return true
	}
	return false
}

// hedgeWords soften a figure set after a comma without changing its bound.
var hedgeWords = map[string]bool{"often": true, "usually": true, "typically": true, "generally": true, "commonly": true}

// boundPhrase reads "at minimum", "at a minimum", "at the (very) least",
// "at most" from token k (on "at"): where it ends and its bound, "" when
// there is none.
func (p *parser) boundPhrase(k int) (int, Qualifier) {
	k++
	if w := p.word(k); w == "a" || w == "the" {
		k++
	}
	if p.word(k) == "very" {
		k++
	}
	return k + 1, boundWord(p.word(k))
}

// clauseClosesAt reports token k as the end of the text or a mark that
// closes a clause: a bound set off after a figure does not run on into
// another figure ("3 days a week, at least one of them in person").
func clauseClosesAt(p *parser, k int) bool {
	if k >= len(p.toks) {
		return true
	}
	switch p.punct(k) {
	case ".", ",", ";", ":", ")", "!":
		return true
	}
	return false
}

// FloorAfter reports text opening on a floor set off after a figure or a
// frequency word: ", at a minimum", " at minimum", ", at the very least".
func FloorAfter(text string) bool {
	// (Most figures are followed by no "at": they are not tokenized.)
	if !strings.HasPrefix(strings.TrimLeft(text, " ,"), "at ") {
		return false
	}
	p := parser{text: text}
	p.toks = tokenize(text, nil)
	k := 0
	if p.punct(0) == "," {
		k = 1
	}
	if p.word(k) != "at" {
		return false
	}
	e, b := p.boundPhrase(k)
	return b == AtLeast && clauseClosesAt(&p, e)
}

// spanAfter reports a span of days, weeks or months within the few words
// from j: "over four days", "over ten weeks". ("over 20 hours of it" is
// an amount, more than 20.)
func spanAfter(p *parser, j int) bool {
	for k := j; k < j+4; k++ {
		switch p.word(k) {
		case "day", "days", "week", "weeks", "month", "months", "evening", "evenings", "morning", "mornings", "weekday", "weekdays":
			return true
		}
	}
	return false
}
