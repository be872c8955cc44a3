package claims

import (
	"slices"
	"strings"

	"github.com/factlint/factlint/internal/prefilter"
)

// trackLabel reports a line labelled by a track of the program: "Day
// track: …", "Evening cohort: …".
func trackLabel(text string) bool {
	label, e := labelSplit(text)
	if e <= 0 {
		return false
	}
	l := lowerASCII(label)
	return wordCount(l) <= 3 && hasWord(l, "track", "cohort", "schedule", "option")
}

// namedTrackBefore is the provider's own name of a track ("core" for
// "Core IOP") that the sentence gives the claim's program last before
// the claim, "" when it gives none. A name counts only where the page
// names two or more tracks of the program so ("Core IOP", "Flex IOP"):
// one alone may be the provider's own name.
func (st *state) namedTrackBefore(s *sentence, c *Claim) string {
	if c.Subject != IOP && c.Subject != PHP {
		return ""
	}
	if st.tracks == nil {
		st.tracks = st.readNamedTracks()
	}
	names := st.tracks[c.Subject]
	if len(names) < 2 {
		return ""
	}
	at := strings.Index(s.text, c.Text)
	if at < 0 {
		return ""
	}
	best, where := "", -1
	t := s.text[:at]
	for _, m := range abbrTracks(t) {
		name := strings.ToLower(m.name(t))
		if subjectNamed(strings.ToLower(m.abbr(t))) == c.Subject && slices.Contains(names, name) && m.start > where {
			best, where = name, m.start
		}
	}
	return best
}

// readNamedTracks collects, per program, the capitalised words the page
// puts right before its abbreviation as a track's name.
func (st *state) readNamedTracks() map[Subject][]string {
	out := map[Subject][]string{}
	for i := range st.doc.Blocks {
		t := st.doc.Blocks[i].Text
		if !strings.Contains(t, "IOP") && !strings.Contains(t, "PHP") {
			continue
		}
		for _, m := range abbrTracks(t) {
			name, subj := strings.ToLower(m.name(t)), subjectNamed(strings.ToLower(m.abbr(t)))
			if notAbbrTrackNames[name] || slices.Contains(out[subj], name) || st.placeName(name) {
				continue
			}
			// Only as a name is used: after "our" or "the", or opening a
			// label ("Core IOP (adults): …", "Flex IOP: …").
			pre := strings.ToLower(strings.TrimRight(t[:m.start], " "))
			w := pre[strings.LastIndexByte(pre, ' ')+1:]
			opens := pre == "" || strings.HasSuffix(pre, "•") || strings.HasSuffix(pre, "-")
			if w != "our" && w != "the" && !(opens && labelAfter(t[m.end:])) {
				continue
			}
			out[subj] = append(out[subj], name)
		}
	}
	return out
}

// labelAfter reports a label's end opening rest: ":", a bracket, a dash.
func labelAfter(rest string) bool {
	rest = strings.TrimLeft(rest, " ")
	return strings.HasPrefix(rest, ":") || strings.HasPrefix(rest, "(") || strings.HasPrefix(rest, "—") || strings.HasPrefix(rest, "–")
}

// placeName reports a name the page gives a place, or the provider's own
// (in its site's address): "Arizona IOP", "Larchmont PHP" are a place's
// program, or the provider's.
func (st *state) placeName(name string) bool {
	for _, p := range st.places {
		if hasWord(lowerASCII(p), name) {
			return true
		}
	}
	return strings.Contains(hostLetters(st.doc.URL), lettersOnly(name))
}

// notAbbrTrackNames are words before IOP or PHP that say whom, when or how a
// program is, or begin a sentence, not a track's own name (abbrTracks
// takes words of three letters or more).
var notAbbrTrackNames = wordSet("adult", "adults", "teen", "teens", "adolescent", "youth", "young", "senior", "women", "womens", "men", "mens",
	"evening", "morning", "afternoon", "day", "daytime", "night", "weekend", "weekday", "virtual", "online", "telehealth", "hybrid",
	"our", "the", "this", "that", "each", "every", "your", "about", "after", "before", "during", "from",
	"standard", "traditional", "intensive", "outpatient", "partial", "general", "typical", "most", "many", "some", "both",
	"what", "how", "why", "when", "does", "can", "will", "which", "who", "new", "current", "full", "residential",
	"detox", "program", "programs", "level", "step", "into", "and", "for", "with")

// opensOnTrack reports a heading that opens on a track of a program and
// then says whom it is for: "Evening IOP for working parents".
func opensOnTrack(lower string) bool {
	f := strings.Fields(lower)
	if len(f) < 3 || f[2] != "for" {
		return false
	}
	two := f[0] + " " + f[1]
	return variantOf(two, 0, len(two), len(two), len(two)) != ""
}

// focusTrack names the clinical focus a heading gives a program: "mental
// health", "substance use", "dual diagnosis"; "" for none.
// ("Addiction Treatment Programs" heads the page's programs, no track.)
func focusTrack(lower string) string {
	m := focusProgram.FindStringSubmatch(lower)
	if m == nil {
		return ""
	}
	if m[1] == "co-occurring" {
		return "dual diagnosis"
	}
	return m[1]
}

var focusProgram = prefilter.MustCompile(`\b(mental health|substance use|dual diagnosis|co-occurring)\s+(?:intensive\s+outpatient|iop|php|partial\s+hospitalization)\b`)

// namedTrack is a track the provider names: "Our Flex track", "the
// Bridge track".
var namedTrack = prefilter.MustCompile(`\b(?:[Oo]ur|[Tt]he)\s+([A-Z][a-z]+)\s+[Tt]rack\b`)

// namedTier is a plan the provider names by its tier: "The Plus tier",
// "our Core tier".
var namedTier = prefilter.MustCompile(`\b(?:[Oo]ur|[Tt]he)\s+([A-Z][a-z]+)\s+tier\b`)

// headingTrack is a heading opening on a track's name: "Valor Track",
// "Bridge Track: for shift workers".
var headingTrack = prefilter.MustCompile(`^\s*(?:The\s+)?([A-Z][a-z]+)\s+Track\b`)

// notTrackNames are words before "track" that are no name of one.
var notTrackNames = map[string]bool{"evening": true, "morning": true, "day": true, "daytime": true, "weekend": true, "weekday": true,
	"virtual": true, "online": true, "standard": true, "regular": true, "main": true, "adult": true, "teen": true, "adolescent": true,
	"iop": true, "php": true, "same": true, "first": true, "second": true, "next": true}

// namedTrackTitle is the track a page's title names by the word
// "track" with a name of its own ("Healthcare Professionals Track",
// "Eating Disorders and Substance Use: Our Integrated Track"), lowercased
// with its noun, "" when none: the page is about that track. A name of
// known track words alone ("Evening Track", "Veterans Track") is left to
// trackInTitle, which names it as the page's sentences do.
func namedTrackTitle(title string) string {
	m := titleTrackName.FindStringSubmatch(title)
	if m == nil {
		return ""
	}
	name := strings.TrimSpace(m[1])
	own := false
	for _, w := range strings.Fields(name) {
		if programWords[w] || notTrackNames[w] || w == "op" || w == "recovery" {
			return ""
		}
		if variantOf(w, 0, len(w), len(w), len(w)) == "" && populationOf(w) == "" && !trackCueWord[w] {
			own = true
		}
	}
	if !own {
		return ""
	}
	return name + " track"
}

// titleTrackName is a title that is, or ends on, a track's name: "the
// healthcare professionals track", "…: our integrated track".
var titleTrackName = prefilter.MustCompile(`(?:^|[:|–—-]\s*)(?:the\s+|our\s+)?((?:[a-z][a-z'’+-]*\s+){1,3})track\s*$`)

// trackCueWord are words of whom a track serves that variantOf reads
// only beside a program word.
var trackCueWord = wordSet("professionals", "executive", "executives", "veterans", "veteran", "women's", "men's", "seniors", "senior")

// seasonProgramNouns name a season's program after the season: "Summer
// Intensive", "Winter Session".
var seasonProgramNouns = wordSet("intensive", "intensives", "session", "sessions", "track", "cohort", "program", "programme")

// trackInTitle is the track (evening, virtual, weekend, full-day,
// half-day) a page's title names right before its topic program, "" when
// none: the whole page then speaks of that track.
func trackInTitle(title string, topic Subject) string {
	if topic == NoSubject || title == "" {
		return ""
	}
	if f := titleFocus(title, topic); f != "" {
		return f
	}
	// ("Summer Teen IOP": a season's schedule of the program, whom it
	// serves between.) ("Summer Intensive for Teens", "Winter Session":
	// the season's program by its own name.)
	for _, season := range []string{"summer", "winter"} {
		if i := indexWord(title, season, 0); i >= 0 {
			rest := strings.Fields(title[i+len(season):])
			if len(rest) > 0 && seasonProgramNouns[strings.Trim(rest[0], ":,")] {
				return season
			}
			for k := 0; k < len(rest) && k < 3; k++ {
				at := strings.Join(rest[k:], " ")
				for _, p := range topicNames[topic] {
					if at == p || strings.HasPrefix(at, p+" ") {
						return season
					}
				}
			}
		}
	}
	for _, v := range variants {
		switch v.name {
		case "evening", "weekend", "virtual", "full-day", "half-day", "older-adult", "perinatal":
		case "women's", "men's", "veterans", "professionals", "executive", "first-responders":
			// "Women's Recovery Program" over a page about an IOP track:
			// whom the track is for names it, its own name after.
			for _, cue := range v.cues {
				if i := indexWord(title, cue, 0); i >= 0 && ownTrackName.MatchString(title[i+len(cue):]) {
					return v.name
				}
			}
			continue
		default:
			continue
		}
		for _, cue := range v.cues {
			if i := indexWord(title, cue, 0); i >= 0 {
				// "Daytime and evening IOP in Lakeport": a title naming
				// two tracks is about the program, not one track.
				if w := wordBefore(title, i); w == "and" || w == "or" || strings.HasSuffix(strings.TrimRight(title[:i], " "), "&") || strings.HasSuffix(strings.TrimRight(title[:i], " "), "/") {
					return ""
				}
				rest := strings.TrimLeft(title[i+len(cue):], " ")
				// (The track of the page's own program: "Day PHP — 5
				// Days" above "Evening IOP — 3 Nights" is no evening PHP.)
				for _, p := range topicNames[topic] {
					if strings.HasPrefix(rest, p) {
						return v.name
					}
				}
			}
		}
	}
	return ""
}

// ownTrackName is a track's own name after whom it is for: " recovery
// program", " track", " intensive outpatient group".
var ownTrackName = prefilter.MustCompile(`^\s+(?:[a-z-]+\s+){0,2}(?:program|programme|track|group)\s*(?:$|[—–:|(-])`)

// stackedTracks are the tracks a title names together right before its
// program, "evening virtual iop": ["evening", "virtual"]; nil when it
// names fewer than two.
func stackedTracks(title string, topic Subject) []string {
	for _, p := range topicNames[topic] {
		i := indexWord(title, p, 0)
		if i < 0 {
			continue
		}
		var out []string
		for k, n := i, 0; n < 2; n++ {
			w := wordBefore(title, k)
			v := trackRow(w)
			if v == "" {
				for _, x := range variants {
					if (x.name == "virtual" || x.name == "full-day" || x.name == "half-day") && slices.Contains(x.cues, w) {
						v = x.name
					}
				}
			}
			if v == "" {
				break
			}
			out = append(out, v)
			k = lastIndex(title[:k], w)
		}
		// (Only a time of day with video: "Weekend Evening IOP" and
		// "Half-Day Virtual PHP" may name two tracks the page times apart.)
		if len(out) == 2 && slices.Contains(out, "virtual") && videoAndTime[out[0]+out[1]] {
			return out
		}
		return nil
	}
	return nil
}

// videoAndTime are the stacks of one time-of-day track and "virtual".
var videoAndTime = map[string]bool{"eveningvirtual": true, "virtualevening": true, "morningvirtual": true, "virtualmorning": true, "afternoonvirtual": true, "virtualafternoon": true}

// topicNames are the names a track's cue may stand before for each topic.
var topicNames = map[Subject][]string{
	IOP: {"intensive outpatient", "iop", "outpatient"},
	PHP: {"partial hospitalization", "php", "day treatment"},
	OP:  {"outpatient"},
}

// TimeTrackLabel is the track a line's label names by its time of day or
// week, when the line names its weekdays ("Weekday Morning: Mon, Tue, Thu,
// Fri", "Weekend: Saturday and Sunday"), "" when none: the time word that
// tells the track from the others. The checks read such a line as the
// track's schedule, no timetable entry.
func TimeTrackLabel(text string) string {
	label, e := labelSplit(text)
	if e <= 0 {
		return ""
	}
	m := trackTimeLabel.FindStringSubmatch(lowerASCII(strings.TrimSpace(label)))
	// (A day's parts, "Morning: 9:00–12:00 groups", name no days.)
	if m == nil || !weekdayInLabel.MatchString(text[e:]) {
		return ""
	}
	if m[2] != "" {
		return m[2]
	}
	return m[1]
}

var weekdayInLabel = prefilter.MustCompile(`(?i)\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thur?s?|fri|sat|sun)s?\b`)

var trackTimeLabel = prefilter.MustCompile(`^(weekday|weekend|daytime|evening|morning|afternoon|night)(?:\s+(morning|evening|afternoon|night))?$`)

// trackOfLevel names one track of a level of care in a table's row
// header: "Outpatient Plus", "Standard Outpatient", "Step-Up IOP",
// "Level 1 OP".
var trackOfLevel = prefilter.MustCompile(`\b(?:plus|standard|basic|enhanced|extended|core|step-up|step-down|level\s+\d(?:\.\d)?)\b`)

// twoTracks reports a heading naming two parts of the day or week joined:
// "Morning and evening IOP", "Day & evening tracks", "Weekday or weekend
// groups".
func twoTracks(l string) bool {
	n := 0
	for _, w := range strings.FieldsFunc(l, func(r rune) bool { return r == ' ' || r == ',' || r == '/' }) {
		switch w {
		case "morning", "mornings", "afternoon", "afternoons", "evening", "evenings", "day", "daytime", "night", "nights", "weekday", "weekdays", "weekend", "weekends", "in-person", "virtual", "online":
			n++
		}
	}
	return n >= 2 && hasWord(l, "and", "or", "&")
}

// tracksAgree is the variant the sentence's claims of last's subject
// share, "" when they differ: "… with a morning track (9 a.m. to noon) and
// an evening track (6 to 9 p.m.). Most clients complete the program in 8
// to 12 weeks" speaks of both tracks.
func tracksAgree(cs []Claim, last *Claim) string {
	for i := range cs {
		if c := &cs[i]; c.Subject == last.Subject && c.Variant != last.Variant && (c.Variant == "" || trackVariant(c.Variant)) && trackVariant(last.Variant) {
			return ""
		}
	}
	return last.Variant
}

func trackVariant(v string) bool {
	switch v {
	case "morning", "afternoon", "evening", "weekend", "weekday", "virtual", "full-day", "half-day":
		return true
	}
	return false
}
