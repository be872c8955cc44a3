package checker

import (
	"path/filepath"
	"strings"
	"testing"
)

const samplePatch = `diff --git a/site/a.md b/site/a.md
index 1111111..2222222 100644
--- a/site/a.md
+++ b/site/a.md
@@ -3,0 +4,2 @@ Intro
+Our IOP lasts 20 weeks.
+Call us.
@@ -10 +12 @@ Hours
-Old line.
+New line.
diff --git a/site/gone.md b/site/gone.md
deleted file mode 100644
index 3333333..0000000
--- a/site/gone.md
+++ /dev/null
@@ -1 +0,0 @@
-Removed.
`

func TestChangedLines(t *testing.T) {
	root := t.TempDir()
	c := NewChangedLines()
	if err := c.AddPatch(strings.NewReader(samplePatch), root); err != nil {
		t.Fatal(err)
	}
	c.AddFile(root, filepath.Join("site", "new.md"))
	a := filepath.Join(root, "site", "a.md")
	for _, tc := range []struct {
		loc  Location
		want bool
	}{
		{Location{File: a, Line: 4}, true},
		{Location{File: a, Line: 5}, true},
		{Location{File: a, Line: 6}, false},
		{Location{File: a, Line: 12}, true},
		{Location{File: a, Line: 3}, false},
		{Location{File: a, Line: 11, Text: "spans\ntwo lines"}, true},
		{Location{File: filepath.Join(root, "site", "new.md"), Line: 40}, true},
		{Location{File: filepath.Join(root, "site", "b.md"), Line: 4}, false},
		{Location{File: "-", Line: 4}, false},
	} {
		if got := c.Touches(tc.loc); got != tc.want {
			t.Errorf("Touches(%s:%d) = %v, want %v", tc.loc.File, tc.loc.Line, got, tc.want)
		}
	}
	fs := []Finding{
		{Rule: "a", Locations: []Location{{File: a, Line: 1}, {File: a, Line: 4}}},
		{Rule: "b", Locations: []Location{{File: a, Line: 1}}},
	}
	if got := c.Filter(fs); len(got) != 1 || got[0].Rule != "a" {
		t.Errorf("Filter kept %v, want only the finding with a changed location", got)
	}
}
