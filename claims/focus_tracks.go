package claims

import (
	"slices"
	"strings"

	"github.com/factlint/factlint/internal/prefilter"
)

// Hospitals and community clinics often run two programs of one level
// side by side: a mental health IOP and a substance use IOP, each with
// its own hours ("The Mental Health IOP runs Monday, Wednesday and
// Friday", "The Substance Use IOP runs four days a week"). Where a page
// names one level with two or more such focuses, each focus is a track
// of its own, as named tracks are.

// focusWords are the focuses a program's name may open with, longest
// first, and the track each names.
var focusWords = []struct{ words, track string }{
	{"substance abuse", "substance use"},
	{"substance use", "substance use"},
	{"chemical dependency", "substance use"},
	{"addiction", "substance use"},
	{"dual diagnosis", "dual diagnosis"},
	{"co-occurring", "dual diagnosis"},
	{"mental health", "mental health"},
	{"psychiatric", "mental health"},
	{"eating disorder", "eating disorder"},
	{"eating disorders", "eating disorder"},
	// "Our Depression IOP", "the Trauma PHP": care for one condition.
	{"mood disorder", "mood disorder"},
	{"mood disorders", "mood disorder"},
	{"depression", "depression"},
	{"anxiety", "anxiety"},
	{"trauma", "trauma"},
	{"ptsd", "trauma"},
}

// focusBefore is the focus named right before a mention at i ("…
// mental health intensive outpatient"), or "".
func focusBefore(lower string, i int) string {
	pre := strings.TrimRight(lower[:i], " ")
	for _, f := range focusWords {
		if strings.HasSuffix(pre, f.words) {
			return f.track
		}
	}
	return ""
}

// focusAfterName is a focus set right after a program's name by a
// hyphen, a dash or a bracket, as hospitals name their tracks: "IOP-MH",
// "IOP-SUD", "PHP – Mental Health", "IOP (substance use)".
var focusAfterName = prefilter.MustCompile(`^(?:\s*[-–—]\s*|\s*\(\s*)(mh|sud|sa|mental\s+health|psychiatric|substance\s+use|substance\s+abuse|addiction|chemical\s+dependency|dual\s+diagnosis|co-occurring|eating\s+disorders?)\b`)

// focusNamedAt is the focus named right before the mention m or set
// right after its name (focusAfterName), "" when neither is.
func focusNamedAt(lower string, m mention) string {
	if f := focusBefore(lower, m.start); f != "" {
		return f
	}
	// (Every program mention asks: most are followed by a plain word,
	// which one look past the spaces rules out.)
	rest := strings.TrimLeft(lower[m.end:], " ")
	if rest == "" || rest[0] != '-' && rest[0] != '(' && !strings.HasPrefix(rest, "–") && !strings.HasPrefix(rest, "—") {
		return ""
	}
	sub := focusAfterName.FindStringSubmatch(lower[m.end:])
	if sub == nil {
		return ""
	}
	// (The abbreviations hospitals use; a focus written out is named as
	// focusWords names it before the program.)
	w := strings.Join(strings.Fields(sub[1]), " ")
	switch w {
	case "mh":
		return "mental health"
	case "sud", "sa":
		return "substance use"
	}
	for _, f := range focusWords {
		if f.words == w {
			return f.track
		}
	}
	return ""
}

// readFocusTracks collects, per level, the focuses the page names before
// it.
func (st *state) readFocusTracks() map[Subject][]string {
	out := map[Subject][]string{}
	for i := range st.doc.Blocks {
		for _, m := range st.mentions[i] {
			if (m.subject != IOP && m.subject != PHP) || m.weak || m.contrast {
				continue
			}
			if f := focusNamedAt(st.lower[i], m); f != "" && !slices.Contains(out[m.subject], f) {
				out[m.subject] = append(out[m.subject], f)
			}
		}
	}
	return out
}

// focusTrackBefore is the focus of the last mention of c's level before
// c in its sentence, where the page names two or more focuses of it.
func (st *state) focusTrackBefore(s *sentence, c *Claim) string {
	if c.Subject != IOP && c.Subject != PHP {
		return ""
	}
	if st.focuses == nil {
		st.focuses = st.readFocusTracks()
	}
	several := len(st.focuses[c.Subject]) >= 2
	if !several && !slices.ContainsFunc(st.focuses[c.Subject], otherCare) {
		return ""
	}
	at := strings.Index(s.text, c.Text)
	if at < 0 {
		return ""
	}
	best, named := "", false
	for _, m := range s.mentions {
		if m.subject == c.Subject && !m.weak && m.end <= at {
			named = true
			if f := focusNamedAt(s.lower, m); f != "" {
				best = f
			}
		}
	}
	// "How many hours a week is the depression IOP? / Nine hours, spread
	// over three mornings": an answer naming no program is about the
	// one its question names.
	if !named && s.answerOf != "" {
		for _, m := range st.x.terms.find(strings.ToUpper(s.answerOf), s.answerOf) {
			if m.subject == c.Subject && !m.weak {
				best = focusBefore(s.answerOf, m.start)
			}
		}
	}
	// "most people step down to our mental health IOP, which meets three
	// days per week": care for another condition than substance use is
	// another program than the site's addiction IOP, named so once.
	if !several && !otherCare(best) {
		return ""
	}
	return best
}

// focusTrackNamed is the focus of a track the sentence names by the
// word itself before c ("Teens whose main concern is drugs join the
// substance use track, which meets …", "The trauma track meets four
// afternoons a week"), "" when none: "track" says the page runs it
// beside its other tracks, which one focus named alone does not.
func focusTrackNamed(s *sentence, c *Claim) string {
	if c.Subject != IOP && c.Subject != PHP || !strings.Contains(s.lower, " track") {
		return ""
	}
	at := strings.Index(s.text, c.Text)
	if at < 0 {
		return ""
	}
	best := ""
	for k := range wordIndexes(s.lower[:at], "track") {
		if f := focusBefore(s.lower, k); f != "" {
			best = f
		}
	}
	return best
}

// askedTrack is the track the question an answer belongs to names
// right before c's program ("How many hours a week is the Virtual IOP? /
// Twelve. Adults attend three hours a day …", "… the depression IOP?"),
// when the answer names no program of its own; "" otherwise.
func askedTrack(s *sentence, c *Claim) string {
	if s.answerOf == "" || s.question || namesProgram(s) {
		return ""
	}
	return trackInTitle(s.answerOf, c.Subject)
}

// otherCareOnly is the first focus of words before a program's name
// that join conditions of other care alone: "depression & anxiety ",
// "trauma and ptsd "; "" when they do not ("mental health and substance
// use " names addiction too).
func otherCareOnly(pre string) string {
	parts := strings.FieldsFunc(pre, func(r rune) bool { return r == '&' || r == ',' || r == '/' })
	var conds []string
	for _, p := range parts {
		for _, q := range strings.Split(p, " and ") {
			if q = strings.TrimSpace(q); q != "" {
				conds = append(conds, q)
			}
		}
	}
	if len(conds) < 2 {
		return ""
	}
	first := ""
	for _, c := range conds {
		f := focusBefore(c, len(c))
		if !otherCare(f) && !otherConditions[c] {
			return ""
		}
		if first == "" {
			first = f
		}
	}
	return first
}

// otherConditions name conditions that no focus word covers but that are
// other care than addiction all the same.
var otherConditions = wordSet("ocd", "bipolar", "grief", "stress", "mood")

// otherCare reports a focus that is not substance use, the care whose
// levels the checks compare by default.
func otherCare(focus string) bool {
	return focus != "" && focus != "substance use" && focus != "dual diagnosis"
}

// titleFocus is the track a page's title names for its program by care
// for another condition than substance use ("Mental Health IOP",
// "Eating Disorder Partial Hospitalization", "Adult Psychiatric PHP"),
// "" for none: a site running such a program beside its addiction
// program keeps the two apart.
func titleFocus(title string, topic Subject) string {
	for _, p := range topicNames[topic] {
		if p == "outpatient" {
			continue
		}
		if i := indexWord(title, p, 0); i >= 0 {
			// ("Addiction and Trauma IOP", "Substance Use and Mental
			// Health IOP": both conditions, the site's addiction program
			// among them.)
			// ("Depression & Anxiety IOP": two conditions, neither of them
			// addiction, still name another program than the addiction
			// IOP, by the first, as a page names it short: "the
			// depression IOP".)
			f := focusBefore(title, i)
			if !otherCare(f) || hasWord(title[:i], "addiction", "substance", "alcohol", "drug", "drugs", "chemical", "recovery", "sud") {
				continue
			}
			if !hasWord(title[:i], "and") && !strings.Contains(title[:i], "&") {
				return f + " track"
			}
			if first := otherCareOnly(title[:i]); first != "" {
				return first + " track"
			}
		}
	}
	return ""
}
