package main

import (
	"runtime/debug"
	"strings"
	"testing"
)

func TestVersionString(t *testing.T) {
	info := func(v string, settings ...string) func() (*debug.BuildInfo, bool) {
		return func() (*debug.BuildInfo, bool) {
			bi := &debug.BuildInfo{Main: debug.Module{Path: "github.com/factlint/factlint", Version: v}}
			for i := 0; i+1 < len(settings); i += 2 {
				bi.Settings = append(bi.Settings, debug.BuildSetting{Key: settings[i], Value: settings[i+1]})
			}
			return bi, true
		}
	}
	for _, tc := range []struct {
		name string
		read func() (*debug.BuildInfo, bool)
		want string
	}{
		{"go install @version", info("v1.2.3"), "v1.2.3"},
		{"checkout", info("(devel)", "vcs.revision", "0123456789abcdef0123", "vcs.modified", "false"), "dev (0123456789ab)"},
		{"dirty checkout", info("(devel)", "vcs.revision", "0123456789abcdef0123", "vcs.modified", "true"), "dev (0123456789ab-dirty)"},
		{"pseudo-version", info("v0.0.0-20261129120000-0123456789ab", "vcs.revision", "0123456789abcdef"), "v0.0.0-20261129120000-0123456789ab (0123456789ab)"},
		{"no build info", func() (*debug.BuildInfo, bool) { return nil, false }, "dev"},
	} {
		if got := versionString(tc.read); got != tc.want {
			t.Errorf("%s: %q, want %q", tc.name, got, tc.want)
		}
	}
}

func TestVersionFlag(t *testing.T) {
	flag := runCLI(t, "", "--version")
	flag.mustCode(t, exitClean, "--version")
	cmd := runCLI(t, "", "version")
	if !strings.HasPrefix(flag.stdout, "factlint ") || flag.stdout != cmd.stdout {
		t.Errorf("--version printed %q, version printed %q", flag.stdout, cmd.stdout)
	}
}
