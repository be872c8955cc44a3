package checker

import (
	"fmt"
	"math/rand/v2"
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

// The index finds the suppressions that cover each finding as trying
// every suppression of the run does: on random findings and directives
// of every form, the same findings are silenced and the same
// suppressions reported unused.
func TestApplySuppressionsIndexAsEverySuppression(t *testing.T) {
	rng := rand.New(rand.NewPCG(6, 7))
	files := []string{"a.html", "b.html", "c.md"}
	rules := []string{"within-page", "reference", "across-pages", "all"}
	directives := []corpus.Directive{corpus.DirectiveIgnore, corpus.DirectiveDisable, corpus.DirectiveDisableFile}
	cfg := &Config{}
	for round := range 200 {
		var inline []Suppression
		for range rng.IntN(12) {
			line := 1 + rng.IntN(30)
			inline = append(inline, Suppression{File: files[rng.IntN(3)], Rule: rules[rng.IntN(4)], Reason: "checked by hand",
				Block: rng.IntN(8) - 1, Line: line, EndLine: line + rng.IntN(10), Directive: directives[rng.IntN(3)], Column: 1})
		}
		var fs []Finding
		for k := range rng.IntN(15) {
			var locs []Location
			for range 1 + rng.IntN(3) {
				locs = append(locs, Location{File: files[rng.IntN(3)], Line: 1 + rng.IntN(40), Block: rng.IntN(8) - 1})
			}
			fs = append(fs, Finding{Rule: rules[rng.IntN(3)], Severity: Error, Message: fmt.Sprint("f", k), Locations: locs})
		}
		// Every suppression tried against every finding, as before the index.
		want := map[string]bool{}
		used := make([]bool, len(inline))
		for _, f := range fs {
			silenced := false
			for i, s := range inline {
				if !ruleMatches(s.Rule, f.Rule) {
					continue
				}
				for _, l := range f.Locations {
					if s.covers(l) {
						used[i], silenced = true, true
					}
				}
			}
			want[f.Message] = !silenced
		}
		got := ApplySuppressions(fs, inline, cfg)
		kept, unused := map[string]bool{}, 0
		for _, f := range got {
			switch f.Rule {
			case RuleUnusedSuppression:
				unused++
			case RuleInvalidSuppression:
			default:
				kept[f.Message] = true
			}
		}
		wantUnused := 0
		for i, u := range used {
			if !u && invalidReason(inline[i], knownSuppressionRules(cfg)) == "" {
				wantUnused++
			}
		}
		for _, f := range fs {
			if kept[f.Message] != want[f.Message] {
				t.Fatalf("round %d: finding %s kept %v, want %v", round, f.Message, kept[f.Message], want[f.Message])
			}
		}
		if unused != wantUnused {
			t.Fatalf("round %d: %d unused suppressions reported, want %d", round, unused, wantUnused)
		}
	}
}
