package corpus

import "testing"

func TestParseIgnore(t *testing.T) {
	for _, c := range []struct {
		body         string
		ok           bool
		dir          Directive
		rule, reason string
		fix, written string
	}{
		{" factlint-ignore within-page confirmed by phone ", true, DirectiveIgnore, "within-page", "confirmed by phone", "", "factlint-ignore"},
		{"factlint-ignore", true, DirectiveIgnore, "", "", "", "factlint-ignore"},
		{"factlint-disable reference old schedule", true, DirectiveDisable, "reference", "old schedule", "", "factlint-disable"},
		{"factlint-enable reference", true, DirectiveEnable, "reference", "", "", "factlint-enable"},
		{"factlint-disable-file all archived page", true, DirectiveDisableFile, "all", "archived page", "", "factlint-disable-file"},
		// Near misses come back invalid, with the fix.
		{"FACTLINT-IGNORE within-page ok per director", true, DirectiveInvalid, "within-page", "ok per director", "<!-- factlint-ignore within-page ok per director -->", "FACTLINT-IGNORE"},
		{"factlint-ignore: within-page ok", true, DirectiveInvalid, "within-page", "ok", "<!-- factlint-ignore within-page ok -->", "factlint-ignore:"},
		{"factlint-ignore-next-line within-page", true, DirectiveInvalid, "within-page", "", "<!-- factlint-ignore within-page reason -->", "factlint-ignore-next-line"},
		{"factlint ignore reference seasonal", true, DirectiveInvalid, "reference", "seasonal", "<!-- factlint-ignore reference seasonal -->", "factlint ignore"},
		{"factlint-ingore reference seasonal", true, DirectiveInvalid, "reference", "seasonal", "<!-- factlint-ignore reference seasonal -->", "factlint-ingore"},
		{"factlint-ignore-file", true, DirectiveInvalid, "", "", "<!-- factlint-disable-file RULE reason -->", "factlint-ignore-file"},
		// Not directives at all.
		{"factlint-ignored-pages are listed in the wiki", false, "", "", "", "", ""},
		{"factlint config is managed by the web team", false, "", "", "", "", ""},
		{"navigation starts here", false, "", "", "", "", ""},
		{"factlint-ignorewithin-page", false, "", "", "", "", ""},
	} {
		ig, ok := parseIgnore([]byte(c.body), Span{})
		if ok != c.ok {
			t.Errorf("%q: ok = %v, want %v", c.body, ok, c.ok)
			continue
		}
		if !ok {
			continue
		}
		if ig.Directive != c.dir || ig.Rule != c.rule || ig.Reason != c.reason || ig.Fix != c.fix || ig.Written != c.written {
			t.Errorf("%q:\ngot  %+v\nwant dir %q rule %q reason %q fix %q written %q", c.body, ig, c.dir, c.rule, c.reason, c.fix, c.written)
		}
	}
}
