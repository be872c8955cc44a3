package corpus

import (
	"strings"
	"testing"
	"time"
)

// TestHostileInputs feeds shapes that break naive parsers: deep nesting
// (stack exhaustion is a crash, not a recoverable panic), delimiter floods
// and huge lines. Each must parse or skip quickly.
func TestHostileInputs(t *testing.T) {
	if testing.Short() {
		t.Skip("slow")
	}
	var nested strings.Builder
	for i := 0; i < 3000; i++ {
		nested.WriteString(strings.Repeat("  ", i) + "- x\n")
	}
	cases := []struct {
		name   string
		format Format
		src    string
	}{
		{"html deep divs", FormatHTML, strings.Repeat("<div>", 200000) + "text"},
		{"html deep inline", FormatHTML, strings.Repeat("<b><i>", 100000) + "text"},
		{"html deep lists", FormatHTML, strings.Repeat("<ul><li>a", 50000)},
		{"html deep tables", FormatHTML, strings.Repeat("<table><tr><td>a", 30000)},
		{"html entity flood", FormatHTML, "<p>" + strings.Repeat("&amp;&#8217;&nbsp;", 100000)},
		{"html comment flood", FormatHTML, strings.Repeat("<!-- factlint-ignore a b --><p>x</p>", 20000)},
		{"markdown deep quotes", FormatMarkdown, strings.Repeat(">", 100000) + " x"},
		{"markdown deep lists", FormatMarkdown, nested.String()},
		{"markdown emphasis flood", FormatMarkdown, strings.Repeat("*", 100000) + "a" + strings.Repeat("_", 100000)},
		{"markdown bracket flood", FormatMarkdown, strings.Repeat("[", 100000) + strings.Repeat("](", 1000)},
		{"markdown table flood", FormatMarkdown, "|a|b|\n|-|-|\n" + strings.Repeat("|x|y|\n", 50000)},
		{"text long line", FormatText, strings.Repeat("word", 500000)},
		{"text many lines", FormatText, strings.Repeat("and\n", 300000)},
		{"text dots", FormatText, strings.Repeat("Dr. ", 200000)},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			start := time.Now()
			d, err := Parse("hostile", []byte(c.src), c.format, DefaultOptions())
			if took := time.Since(start); took > 10*time.Second {
				t.Errorf("took %v", took)
			}
			if err == nil && len(c.src) < 1<<20 {
				checkInvariants(t, d)
			}
		})
	}
}
