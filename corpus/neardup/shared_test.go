package neardup

import (
	"os"
	"path/filepath"
	"testing"
)

// sharedDir is ../shared beside the module root, joined with parts. Under
// CI (CI=true) a missing directory fails the test; elsewhere it skips.
func sharedDir(t testing.TB, parts ...string) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		up := filepath.Dir(dir)
		if up == dir {
			t.Fatal("no go.mod above the test directory")
		}
		dir = up
	}
	p := filepath.Join(append([]string{dir, "..", "shared"}, parts...)...)
	if _, err := os.Stat(p); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("%s is missing: %v", p, err)
		}
		t.Skipf("%s is missing: %v", p, err)
	}
	return p
}
