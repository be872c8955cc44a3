package checker

import (
	"strings"
	"testing"

	"github.com/factlint/factlint/corpus"
)

func TestApplySuppressionRanges(t *testing.T) {
	const f = "page.md"
	at := func(line int) Location { return Location{File: f, Line: line, Block: -1} }
	finding := func(rule string, line int) Finding {
		return Finding{Rule: rule, Severity: Error, Message: rule, Locations: []Location{at(line)}}
	}
	sup := func(d corpus.Directive, rule, reason string, line int) Suppression {
		return Suppression{File: f, Rule: rule, Reason: reason, Line: line, Column: 1, Block: -1, Directive: d}
	}
	doc := &corpus.Document{ID: f, Source: []byte(strings.Repeat("x\n", 40)), Ignores: []corpus.Ignore{
		{Directive: corpus.DirectiveDisable, Rule: "within-page", Reason: "r", Span: corpus.Span{Start: 2 * 4, End: 2*4 + 1}}, // line 5
		{Directive: corpus.DirectiveEnable, Rule: "within-page", Span: corpus.Span{Start: 2 * 9, End: 2*9 + 1}},               // line 10
		{Directive: corpus.DirectiveEnable, Rule: "reference", Span: corpus.Span{Start: 2 * 11, End: 2*11 + 1}},               // line 12, closes nothing
		{Directive: corpus.DirectiveDisable, Rule: "schedule-math", Reason: "r", Span: corpus.Span{Start: 2 * 19, End: 2*19 + 1}},
	}}
	inline := suppressionsOf(doc)
	if len(inline) != 3 || inline[0].EndLine != 10 || inline[1].Directive != corpus.DirectiveEnable || inline[2].Line != 20 {
		t.Fatalf("suppressionsOf = %+v", inline)
	}
	inline = append(inline, sup(corpus.DirectiveDisableFile, "reference", "archived", 30), sup(corpus.DirectiveIgnore, "withinpage", "typo", 2))
	out := ApplySuppressions([]Finding{
		finding("within-page", 7),    // in the range
		finding("within-page", 11),   // after it
		finding("schedule-math", 39), // in a range left open to the end
		finding("reference", 1),      // in the file
	}, inline, DefaultConfig().ForChecks(testChecks))
	var got []string
	for _, f := range out {
		got = append(got, f.Rule+" "+f.Message)
	}
	joined := strings.Join(got, "\n")
	for _, want := range []string{
		"within-page within-page",
		"invalid-suppression factlint-enable reference follows no factlint-disable reference",
		`invalid-suppression factlint-ignore names unknown rule "withinpage" (did you mean "within-page"?)`,
	} {
		if !strings.Contains(joined, want) {
			t.Errorf("missing %q in\n%s", want, joined)
		}
	}
	if len(out) != 3 {
		t.Errorf("%d findings, want 3:\n%s", len(out), joined)
	}
}
