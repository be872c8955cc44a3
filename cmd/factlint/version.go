package main

import (
	"fmt"
	"runtime/debug"
)

type versionCmd struct{}

func (versionCmd) Run(e *env) error {
	fmt.Fprintf(e.stdout, "factlint %s\n", versionString(debug.ReadBuildInfo))
	return nil
}

// versionString is -ldflags' version when a release build set one, else
// what the Go toolchain recorded: the module version for `go install
// …@vX`, and for builds from a checkout the VCS revision and whether the
// tree had uncommitted changes, so a bug report says which code ran.
func versionString(read func() (*debug.BuildInfo, bool)) string {
	if version != "dev" {
		return version
	}
	info, ok := read()
	if !ok {
		return version
	}
	v := info.Main.Version
	if v == "" || v == "(devel)" {
		v = version
	}
	var rev, modified string
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			modified = s.Value
		}
	}
	if rev == "" {
		return v
	}
	if len(rev) > 12 {
		rev = rev[:12]
	}
	if modified == "true" {
		rev += "-dirty"
	}
	return fmt.Sprintf("%s (%s)", v, rev)
}
