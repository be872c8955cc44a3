package claims

import (
	"slices"
	"strings"
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

// readFocusTracks collects, per level, the focuses the page names before
// it.
func (st *state) readFocusTracks() map[Subject][]string {
	out := map[Subject][]string{}
	for i := range st.doc.Blocks {
		for _, m := range st.mentions[i] {
			if (m.subject != IOP && m.subject != PHP) || m.weak || m.contrast {
				continue
			}
			if f := focusBefore(st.lower[i], m.start); f != "" && !slices.Contains(out[m.subject], f) {
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
	best := ""
	for _, m := range s.mentions {
		if m.subject == c.Subject && !m.weak && m.end <= at {
			if f := focusBefore(s.lower, m.start); f != "" {
				best = f
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
			// ("Anxiety and Depression IOP": two conditions, no one track.)
			if f := focusBefore(title, i); otherCare(f) && !hasWord(title[:i], "addiction", "substance", "alcohol", "drug", "drugs", "chemical", "recovery", "sud", "and", "&") {
				return f + " track"
			}
		}
	}
	return ""
}
