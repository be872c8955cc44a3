package claims_test

import (
	"testing"

	"github.com/factlint/factlint/claims"
	"github.com/factlint/factlint/corpus"
)

// FuzzExtract feeds arbitrary pages through loading and extraction: no
// panic, and every claim points inside the source.
func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"Our IOP meets 3–5 days a week, 3–4 hours daily, for 8 to 12 weeks.",
		"<table><tr><th>Feature</th><th>PHP</th><th>IOP</th></tr><tr><td>Days</td><td>5 days a week</td><td>3 days a week</td></tr></table>",
		"Feature\nPHP\nIOP\nIntensity\n5 days a week\n3 days a week\n",
		"IOPs have a lack of detox programs. Detox is available via the IOPs.",
		"In IOP, individual therapy lasts one hour per week. They last 50 minutes.",
		"Teens meet fewer hours (six a week): four mornings, 2 hours each. Two weekday afternoons plus Saturday morning, 3x weekly.",
		"Adult IOP - Mon/Tue/Thu 5:30-8:30 p.m. - 10-week program - between a month and a half and three months - Detox: Yes (on site)",
		// A track named before its figure, and a bracket after one: the
		// variant reader slices between them.
		"Our evening IOP meets 3 days a week (morning track or evening track), 3 hours (3 on Saturdays) for evening clients.",
		// A figure's clause that starts after the "to" before it.
		"PHP runs 20 hours a week, compared to 9 hours a week for IOP. Clients go from about 25 hours a week to about nine; IOP clients, once a week.",
		// A week heading over a line whose figure comes before its colon.
		"Weekly structure\n\n3 sessions: individual therapy\n",
		"A typical week\n\nIndividual therapy: 1 session\nEach day: 6 hours\n",
		// A session with a person named before a later session's length.
		"Our IOP\n\nYou'll see a counselor about once a week — a 45-minute session with your therapist — and a 90-minute family session each week.",
		// A yes/no phrase inside an opening condition that runs past its
		// comma.
		"Our IOP\n\nWhen detox is needed, it takes place on our medical unit.",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, format := range []corpus.Format{corpus.FormatText, corpus.FormatHTML, corpus.FormatMarkdown} {
			doc, err := corpus.Parse("fuzz", []byte(s), format, corpus.DefaultOptions())
			if err != nil {
				continue
			}
			for _, c := range claims.Extract(doc) {
				if c.Span.Start < 0 || c.Span.End > len(s) || c.Span.Start > c.Span.End {
					t.Fatalf("%s claim %q span %v outside source of %d bytes", format, c.Text, c.Span, len(s))
				}
				if c.Pos.Line < 1 || c.Pos.Column < 1 {
					t.Fatalf("%s claim %q at %v", format, c.Text, c.Pos)
				}
			}
		}
	})
}
