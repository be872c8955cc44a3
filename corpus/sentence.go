package corpus

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/clipperhouse/uax29/v2/sentences"
)

// splitSentences splits a block's text. Headings and titles are one
// sentence whatever their punctuation. breaks are the offsets of spaces
// that stand for line breaks: each line is split on its own unless it
// plainly runs on into the next (a line wrapped with <br> mid-sentence).
func splitSentences(text string, kind BlockKind, breaks []int) []Sentence {
	return capSentences(text, splitBlock(text, kind, breaks))
}

// maxSentence bounds a sentence's length in bytes. The longest sentence
// holding a claim on the labelled real pages is 558 bytes; what runs on
// for thousands without a full stop is a list or a table flattened into
// prose, and reading each of its figures against all of it made a
// 40 KB "sentence" of a thousand figures take half a minute.
const maxSentence = 2000

// capSentences cuts every sentence longer than maxSentence at the last
// clause break (", ", "; ", ": ") within the bound, else the last space,
// else the bound itself (on a character boundary).
func capSentences(text string, in []Sentence) []Sentence {
	long := false
	for _, s := range in {
		long = long || s.End-s.Start > maxSentence
	}
	if !long {
		return in
	}
	out := make([]Sentence, 0, len(in)+1)
	for _, s := range in {
		for s.End-s.Start > maxSentence {
			part := text[s.Start : s.Start+maxSentence]
			cut := clauseBreak(part)
			if cut <= 0 {
				cut = strings.LastIndexByte(part, ' ')
			}
			if cut <= 0 {
				cut = len(part)
				for cut > 0 && !utf8.RuneStart(text[s.Start+cut]) {
					cut--
				}
			}
			if p := trimSentence(text, s.Start, s.Start+cut); p.End > p.Start {
				out = append(out, p)
			}
			s = trimSentence(text, s.Start+cut, s.End)
		}
		if s.End > s.Start {
			out = append(out, s)
		}
	}
	return out
}

// clauseBreak is where the last ", ", "; " or ": " of part ends, after
// its mark; 0 when there is none.
func clauseBreak(part string) int {
	for i := len(part) - 2; i > 0; i-- {
		if part[i+1] == ' ' && (part[i] == ',' || part[i] == ';' || part[i] == ':') {
			return i + 1
		}
	}
	return 0
}

// splitBlock is splitSentences without the bound on length.
func splitBlock(text string, kind BlockKind, breaks []int) []Sentence {
	if text == "" {
		return nil
	}
	if kind == BlockHeading || kind == BlockTitle {
		return []Sentence{trimSentence(text, 0, len(text))}
	}
	if len(breaks) == 0 {
		return splitFields(text, splitLine(text, 0, len(text), nil))
	}
	var out []Sentence
	start := 0
	for _, br := range breaks {
		if br <= start || br >= len(text) {
			continue
		}
		if runsOn(strings.TrimSpace(text[start:br]), strings.TrimSpace(text[br:])) {
			continue
		}
		out = splitLine(text, start, br, out)
		start = br
	}
	return splitFields(text, splitLine(text, start, len(text), out))
}

// splitFields splits a listing's line of fields at each " | " that opens
// a labelled field: "Levels of care: IOP, PHP | Detox: No | Accepts:
// Medicaid" states three facts, each its own sentence, as the same
// fields on lines of their own would be. ("Home | Programs | Contact"
// and "3 hrs/day | 5 days/week" carry no label and stay whole.)
func splitFields(text string, in []Sentence) []Sentence {
	var out []Sentence // nil until a sentence is split: most are not
	for k, s := range in {
		start := s.Start
		// ("… at 6 p.m. | Notes: none": a full stop before the pipe
		// has split there already, leaving the pipe to open the field.)
		if t := text[s.Start:s.End]; strings.HasPrefix(t, "| ") && fieldLabel.MatchString(t[2:]) {
			if out == nil {
				out = append(make([]Sentence, 0, len(in)+2), in[:k]...)
			}
			start += 2
		}
		// ("Hours per week - PHP: 25 or more | IOP: 10 to 14": a label
		// the fields share opens the line, and each field needs it.)
		p := strings.Index(text[s.Start:s.End], " | ")
		if p < 0 || strings.Contains(text[s.Start:s.Start+p], ":") && !fieldLabel.MatchString(text[s.Start:s.End]) {
			if out != nil {
				out = append(out, Sentence{Start: start, End: s.End})
			}
			continue
		}
		// (From the first pipe, found already.)
		for i := s.Start + p; i < s.End; {
			j := strings.Index(text[i:s.End], " | ")
			if j < 0 {
				break
			}
			i += j + len(" | ")
			if !fieldLabel.MatchString(text[i:s.End]) {
				continue
			}
			if out == nil {
				out = append(make([]Sentence, 0, len(in)+2), in[:k]...)
			}
			if p := trimSentence(text, start, i-len(" | ")); p.End > p.Start {
				out = append(out, p)
			}
			start = i
		}
		if out != nil {
			if p := trimSentence(text, start, s.End); p.End > p.Start {
				out = append(out, p)
			}
		}
	}
	if out == nil {
		return in
	}
	return out
}

// fieldLabel opens a labelled field: one to four words, the first
// capitalised, and a colon ("Detox: ", "Levels of care: ").
var fieldLabel = regexp.MustCompile(`^[A-Z][A-Za-z/&'’-]*(?: [A-Za-z/&'’-]+){0,3}: `)

// splitLine appends the sentences of text[from:to] to out.
func splitLine(text string, from, to int, out []Sentence) []Sentence {
	first := len(out)
	line := text[from:to]
	if !mayBreak(line) {
		if s := trimSentence(text, from, to); s.End > s.Start {
			out = append(out, s)
		}
		return out
	}
	if out == nil {
		// Room for all the line's sentences at once: each but the last
		// ends at a terminator, nearly always one of these.
		out = make([]Sentence, 0, 1+strings.Count(line, ".")+strings.Count(line, "!")+strings.Count(line, "?"))
	}
	it := sentences.FromString(line)
	for it.Next() {
		s := trimSentence(text, from+it.Start(), from+it.End())
		if s.End <= s.Start {
			continue
		}
		if n := len(out); n > first && continues(text[out[n-1].Start:out[n-1].End], text[s.Start:s.End]) {
			out[n-1].End = s.End
			continue
		}
		out = append(out, s)
	}
	if first == 0 {
		return splitAfterCitations(text, splitBeforeDigits(text, out))
	}
	return append(out[:first], splitAfterCitations(text, splitBeforeDigits(text, out[first:]))...)
}

// mayBreak is false for a line UAX #29 leaves whole: it breaks only after
// a sentence terminator or a paragraph separator, and in ASCII those are
// ".!?" and CR and LF. Short lines (list items, table cells, labels)
// mostly have none, and the splitters after it look for the same marks.
func mayBreak(line string) bool {
	for i := 0; i < len(line); i++ {
		switch c := line[i]; {
		case c >= utf8.RuneSelf, c == '.', c == '!', c == '?', c == '\r', c == '\n':
			return true
		}
	}
	return false
}

// splitAfterCitations splits "…than residential care.2,3 Most programs…":
// a page's footnote numbers set right after a full stop (superscripts
// once the markup is gone) glue the sentence to the next, which UAX #29
// does not split since no space follows the stop. The numbers stay with
// the sentence they cite.
func splitAfterCitations(text string, in []Sentence) []Sentence {
	var out []Sentence
	for k, s := range in {
		start := s.Start
		for i := s.Start + 1; i+2 < s.End; i++ {
			d := strings.IndexByte(text[i:s.End-2], '.')
			if d < 0 {
				break
			}
			i += d
			if !isDigitByte(text[i+1]) || !isLowerByte(text[i-1]) {
				continue
			}
			j := citationEnd(text, i+1, s.End)
			if j+1 >= s.End || text[j] != ' ' || !isUpperByte(text[j+1]) {
				continue
			}
			if out == nil {
				out = append(make([]Sentence, 0, len(in)+1), in[:k]...)
			}
			out = append(out, Sentence{Start: start, End: j})
			start = j + 1
			i = j
		}
		if out != nil {
			out = append(out, Sentence{Start: start, End: s.End})
		}
	}
	if out == nil {
		return in
	}
	return out
}

// citationEnd is the end of the footnote numbers from i ("1", "12",
// "1,2", "3-5").
func citationEnd(text string, i, end int) int {
	j := i
	for j < end && (isDigitByte(text[j]) || ((text[j] == ',' || text[j] == '-') && j+1 < end && isDigitByte(text[j+1]))) {
		j++
	}
	return j
}

func isUpperByte(c byte) bool { return c >= 'A' && c <= 'Z' }

// splitBeforeDigits splits "…on hold. 12-step programs…": UAX #29 (rule
// SB8) keeps a sentence going after a full stop when the next letter is
// lowercase, even past a number that begins a new sentence.
func splitBeforeDigits(text string, in []Sentence) []Sentence {
	var out []Sentence // nil until a sentence is split: most are not
	for k, s := range in {
		start := s.Start
		for i := s.Start + 1; i+2 < s.End; i++ {
			d := indexStop(text[i : s.End-2])
			if d < 0 {
				break
			}
			i += d
			if text[i+1] != ' ' || !isDigitByte(text[i+2]) || !isLowerByte(text[i-1]) {
				continue
			}
			if w := lastWord(text[start : i+1]); len(w) < 3 || strings.Count(w, ".") > 1 || continues(text[start:i+1], text[i+2:s.End]) {
				continue
			}
			if out == nil {
				out = append(make([]Sentence, 0, len(in)+1), in[:k]...)
			}
			out = append(out, Sentence{Start: start, End: i + 1})
			start = i + 2
		}
		if out != nil {
			out = append(out, Sentence{Start: start, End: s.End})
		}
	}
	if out == nil {
		return in
	}
	return out
}

// indexStop is the index of the first '.', '!' or '?' in s, or -1. Inside
// a sentence they are few, and IndexByte passes over the rest faster than
// a look at every byte.
func indexStop(s string) int {
	k := strings.IndexByte(s, '.')
	if k < 0 {
		k = len(s)
	}
	if j := strings.IndexByte(s[:k], '!'); j >= 0 {
		k = j
	}
	if j := strings.IndexByte(s[:k], '?'); j >= 0 {
		k = j
	}
	if k == len(s) {
		return -1
	}
	return k
}

func lastWord(s string) string {
	if i := strings.LastIndexAny(s, " (\"“"); i >= 0 {
		return s[i+1:]
	}
	return s
}

func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }

func isLowerByte(c byte) bool { return c >= 'a' && c <= 'z' }

func trimSentence(text string, start, end int) Sentence {
	for start < end {
		r, n := utf8.DecodeRuneInString(text[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		start += n
	}
	for end > start {
		r, n := utf8.DecodeLastRuneInString(text[start:end])
		if !unicode.IsSpace(r) {
			break
		}
		end -= n
	}
	return Sentence{Start: start, End: end}
}

// alwaysJoin are abbreviations that never end a sentence in these pages,
// so UAX #29's break after them (before a capital) is wrong.
var alwaysJoin = map[string]bool{
	"dr.": true, "st.": true, "mr.": true, "mrs.": true, "ms.": true, "vs.": true,
	"approx.": true, "e.g.": true, "i.e.": true, "u.s.": true, "prof.": true, "jr.": true,
	"mt.": true, "ft.": true, "sr.": true, "rev.": true, "cf.": true, "ca.": true,
	"lic.": true, "u.s.a.": true, "n.a.": true,
}

// continues says whether next was split off prev in error.
func continues(prev, next string) bool {
	nr, _ := utf8.DecodeRuneInString(next)
	// Punctuation or a closing quote left on its own belongs to what precedes.
	if !hasAlnum(next) {
		return true
	}
	// A lone list number ("1.") is not a sentence.
	if isListNumber(prev) {
		return true
	}
	word := prev
	if i := strings.LastIndexAny(prev, " (\"“"); i >= 0 {
		word = prev[i+1:]
	}
	lw := strings.ToLower(word)
	if alwaysJoin[lw] {
		return true
	}
	switch lw {
	case "no.", "nos.":
		// "No. 5" is a number sign; "No. We don't" is an answer.
		return unicode.IsDigit(nr)
	case "a.m.", "p.m.", "etc.", "inc.", "hrs.", "hr.", "min.", "mins.", "wk.", "wks.", "approx":
		// "9 a.m. to 3 p.m. (PHP)": a bracket after the abbreviation
		// goes on with the sentence. So does a timetable entry after
		// the time it opens on: "1:00 p.m. Skills group (90 minutes)".
		// ("staffed 8 a.m. to 8 p.m. Monday through Thursday": the days
		// the hours are kept on.)
		// ("… until 2:30 p.m. Fridays are kept open for appointments": a
		// day that a verb follows opens a sentence.)
		// ("The session from 9 a.m. to 12 p.m. Saturday is optional":
		// a subject with no verb yet goes on.)
		// ("answered from 8 a.m. to 10 p.m. Central, seven days a week":
		// the time zone the hours are kept in.)
		return unicode.IsLower(nr) || unicode.IsDigit(nr) || nr == '(' || onlyTime(prev) || dayAndTime(prev) || lw != "etc." && lw != "inc." && (weekdayFirst(next) && !(dayThenVerb(next) && scheduleVerbIn(prev)) || zoneFirst(next))
	}
	// "Mon., Wed. & Fri.", "Tues. Thurs. and Sat. mornings": a day's
	// abbreviation goes on with the list of days.
	switch lw {
	case "mon.", "tue.", "tues.", "wed.", "thu.", "thur.", "thurs.", "fri.", "sat.", "sun.":
		return unicode.IsLower(nr) || unicode.IsDigit(nr) || nr == '&' || nr == '(' || weekdayFirst(next)
	}
	// An initial: "J. Smith", "John F. Kennedy".
	if len(word) == 2 && word[1] == '.' && word[0] >= 'A' && word[0] <= 'Z' {
		return true
	}
	return false
}

// weekdayFirst reports a piece that opens on a day of the week:
// "Monday through Thursday", "Fridays", "Sat".
func weekdayFirst(s string) bool {
	w := strings.TrimLeft(s, " ")
	if i := strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }); i >= 0 {
		w = w[:i]
	}
	switch strings.ToLower(strings.TrimSuffix(w, "s")) {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "weekday", "weekend":
		return true
	}
	return false
}

// zoneFirst reports a piece that opens on a time zone, alone or before
// "time": "Central, seven days a week", "ET.", "Pacific time on
// weekdays" (not "Central Avenue is closed").
func zoneFirst(s string) bool {
	w := strings.TrimLeft(s, " ")
	i := strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) })
	word, rest := w, ""
	if i >= 0 {
		word, rest = w[:i], w[i:]
	}
	switch word {
	case "Central", "Eastern", "Pacific", "Mountain", "ET", "EST", "EDT", "CT", "CST", "CDT", "PT", "PST", "PDT", "MT", "MST", "MDT":
	default:
		return false
	}
	if strings.TrimSpace(rest) == "" || rest[0] != ' ' {
		return true // "Central", "Central, …", "ET."
	}
	next, _, _ := strings.Cut(strings.TrimLeft(rest, " "), " ")
	switch strings.ToLower(strings.TrimRight(next, ",.;")) {
	case "time", "standard", "daylight":
		return true
	}
	return false
}

// dayThenVerb reports a piece that opens on a day and a verb: "Fridays
// are kept open", "Saturday is family day".
func dayThenVerb(s string) bool {
	f := strings.Fields(s)
	if len(f) < 2 {
		return false
	}
	switch strings.ToLower(strings.Trim(f[1], ",.")) {
	case "are", "is", "was", "were", "will", "remain", "remains", "stay", "stays", "have", "has":
		return true
	}
	return false
}

// scheduleVerbIn reports a piece with a verb a schedule's sentence uses:
// "Groups end at 3 p.m.", "PHP runs … until 2:30 p.m.".
func scheduleVerbIn(s string) bool {
	for _, w := range strings.Fields(strings.ToLower(s)) {
		switch strings.Trim(w, ",.;:()") {
		case "is", "are", "was", "were", "run", "runs", "meet", "meets", "end", "ends", "start", "starts", "begin", "begins",
			"last", "lasts", "open", "opens", "close", "closes", "offer", "offers", "hold", "holds", "held", "take", "takes",
			"attend", "attends", "work", "works", "finish", "finishes":
			return true
		}
	}
	return false
}

// onlyTime reports a piece that is a time of day and nothing else:
// "1:00 p.m.", "10 a.m.".
func onlyTime(s string) bool {
	t := strings.TrimSpace(s)
	i := 0
	for i < len(t) && i < 2 && isDigitByte(t[i]) {
		i++
	}
	if i == 0 {
		return false
	}
	if i+2 < len(t) && t[i] == ':' && isDigitByte(t[i+1]) && isDigitByte(t[i+2]) {
		i += 3
	}
	rest := strings.ToLower(strings.TrimSpace(t[i:]))
	return rest == "a.m." || rest == "p.m."
}

// dayAndTime reports a piece that is a day of the week and a time of day
// and nothing else: "Tuesday 7:30 p.m.", "Sat., 10 a.m." opening a line of
// a meeting list ("Tuesday 7:30 p.m. NA open meeting").
func dayAndTime(s string) bool {
	t := strings.TrimSpace(s)
	if !weekdayFirst(t) {
		return false
	}
	i := strings.IndexAny(t, " ,")
	if i < 0 {
		return false
	}
	return onlyTime(strings.TrimLeft(t[i:], " ,"))
}

func hasAlnum(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

func isListNumber(s string) bool {
	if len(s) < 2 || len(s) > 4 {
		return false
	}
	for i := 0; i < len(s)-1; i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s[len(s)-1] == '.' || s[len(s)-1] == ')'
}
