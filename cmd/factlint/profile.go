package main

import (
	"fmt"
	"io"
	"os"
	"runtime/pprof"
)

// startProfile writes a CPU profile of the whole run to the file
// $FACTLINT_CPUPROFILE names, for `go tool pprof`: the Go benchmarks
// regenerate their corpus per test binary, and the 100,000-page corpus
// scripts/bench times is too large for that. It returns the function
// that stops the profile; a file that cannot be written is reported and
// the run goes on unprofiled.
func startProfile(getenv func(string) string, stderr io.Writer) func() {
	path := getenv("FACTLINT_CPUPROFILE")
	if path == "" {
		return func() {}
	}
	f, err := os.Create(path)
	if err != nil {
		fmt.Fprintln(stderr, "factlint: FACTLINT_CPUPROFILE:", err)
		return func() {}
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		fmt.Fprintln(stderr, "factlint: FACTLINT_CPUPROFILE:", err)
		f.Close()
		return func() {}
	}
	return func() {
		pprof.StopCPUProfile()
		if err := f.Close(); err != nil {
			fmt.Fprintln(stderr, "factlint: FACTLINT_CPUPROFILE:", err)
		}
	}
}
