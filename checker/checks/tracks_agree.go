package checks

import (
	"slices"
	"strings"

	"github.com/factlint/factlint/checker"
	"github.com/factlint/factlint/claims"
)

// trackFigures gathers, for one page, the figures its tracks of a program
// give ("Day track: three days a week", "Evening track: three evenings a
// week"): when two or more tracks give one figure, and the page gives
// none for the program itself, the program has that figure.
type trackFigures struct {
	facts []trackFact
	// plain are the facts the page states for the program itself.
	plain []key
}

type trackFact struct {
	key      key // the fact, variant aside
	value    string
	first    *claims.Claim
	variants []string
	differ   bool
}

func (t *trackFigures) reset() { t.facts, t.plain = t.facts[:0], t.plain[:0] }

// see records c under its key k.
func (t *trackFigures) see(k key, c *claims.Claim) {
	if k.variant == "" {
		t.plain = append(t.plain, k)
		return
	}
	if !timeTrack(k.variant) {
		return
	}
	f := k.fact()
	v := c.FormatValue()
	for i := range t.facts {
		if tf := &t.facts[i]; tf.key == f {
			if tf.value != v {
				tf.differ = true
			}
			if !slices.Contains(tf.variants, k.variant) {
				tf.variants = append(tf.variants, k.variant)
			}
			return
		}
	}
	t.facts = append(t.facts, trackFact{key: f, value: v, first: c, variants: []string{k.variant}})
}

// agrees reports a fact two or more tracks give alike.
func (f *trackFact) agrees() bool { return !f.differ && len(f.variants) >= 2 }

// agreed returns the facts two or more tracks give alike, of programs
// the page gives no such figure for itself.
func (t *trackFigures) agreed() []trackFact {
	out := t.facts[:0:0]
	for i := range t.facts {
		if f := &t.facts[i]; f.agrees() && !slices.Contains(t.plain, f.key) {
			out = append(out, *f)
		}
	}
	return out
}

// timeTrack reports a variant that is a track by its time of day or week
// ("evening", "weekday", "morning track"): one schedule among the
// program's, where a phase or a named length is a part or a kind of it.
func timeTrack(v string) bool {
	switch strings.TrimSuffix(v, " track") {
	case "day", "daytime", "evening", "morning", "afternoon", "night", "weekday", "weekend":
		return true
	}
	return false
}

// onlyTrack returns the one time-of-day track a page gives subject's
// figures under, "" when it gives two, or any figure of the program
// without a variant.
func onlyTrack(cs []*claims.Claim, subject claims.Subject) string {
	track := ""
	for _, c := range cs {
		if c.Subject != subject || c.Value != nil {
			continue
		}
		v := variantOf(c)
		switch {
		case v == "":
			return ""
		case !timeTrack(v):
		case track == "":
			track = v
		case track != v:
			return ""
		}
	}
	return track
}

// tracksGiveProgram adds to m, under the program's own key, the figure
// every time-of-day track of the program gives alike ("| Day IOP | … |
// 12 weeks |", "| Evening IOP | … | 12 weeks |"): within a page, the
// program lasts as long as every one of its tracks, so "our eight-week IOP
// curriculum" beside them is a contradiction. Days and hours a week are
// left out: tracks meeting three days or nine hours each may meet on six
// days, or 18 hours, between them. It returns keys with any key it adds.
func tracksGiveProgram(m map[key][]*claims.Claim, keys []key) []key {
	var t trackFigures
	for _, k := range keys {
		// (Only the tracks' figures are gathered: the page's own figures
		// are its plain keys already, and most pages have no track.)
		if !timeTrack(k.variant) || k.kind == claims.DaysPerWeek || k.kind == claims.HoursPerWeek {
			continue
		}
		for _, c := range m[k] {
			t.see(k, c)
		}
	}
	for _, f := range t.facts {
		if !f.agrees() {
			continue
		}
		if _, ok := m[f.key]; !ok {
			keys = append(keys, f.key)
		}
		m[f.key] = append(m[f.key], f.first)
	}
	return keys
}

// siteSubject is a program on a site.
type siteSubject struct {
	site    string
	subject claims.Subject
}

// siteSchedules reports the programs a site gives more than one time of
// day: figures of two time-of-day tracks, or a figure said of mornings,
// days or afternoons beside an evening track ("Our IOP meets four days a
// week, three hours a day, in the mornings" on one page, an "Evening
// IOP" page on another).
//
// Only the sites with a page titled for one track are read: the answer is
// asked of no other, and reading every claim's sentence of a run would
// lowercase them all.
func siteSchedules(docs []*checker.DocClaims) map[siteSubject]bool {
	var titled map[string]bool
	for _, d := range docs {
		if d.TitleTrack != "" {
			if titled == nil {
				titled = map[string]bool{}
			}
			titled[d.Site] = true
		}
	}
	if titled == nil {
		return nil
	}
	seen := map[siteSubject]string{}
	out := map[siteSubject]bool{}
	note := func(k siteSubject, v string) {
		if prev, ok := seen[k]; ok && prev != v {
			out[k] = true
		}
		seen[k] = v
	}
	for _, d := range docs {
		if !titled[d.Site] {
			continue
		}
		for i := range d.Claims {
			c := &d.Claims[i]
			if c.Value != nil {
				continue
			}
			k := siteSubject{d.Site, c.Subject}
			if v := variantOf(c); timeTrack(v) {
				note(k, strings.TrimSuffix(v, " track"))
				continue
			}
			if m := partOfDayIn(c.Sentence); m != "" {
				note(k, m)
			}
		}
	}
	return out
}

// partOfDayIn is the part of the day a sentence times its program in:
// "in the mornings", "weekday mornings"; "" when none. ("so you can keep
// working during the day" times the client's job.)
func partOfDayIn(sentence string) string {
	l := strings.ToLower(sentence)
	for _, p := range [...]struct{ words, part string }{
		{"in the morning", "morning"}, {"mornings", "morning"}, {"in the afternoon", "afternoon"}, {"afternoons", "afternoon"},
		{"in the evening", "evening"}, {"evenings", "evening"},
	} {
		if strings.Contains(l, p.words) {
			return p.part
		}
	}
	return ""
}
