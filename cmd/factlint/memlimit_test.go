package main

import (
	"math"
	"runtime/debug"
	"testing"
)

func TestSetMemoryLimit(t *testing.T) {
	old := debug.SetMemoryLimit(-1)
	oldGC := debug.SetGCPercent(100)
	t.Cleanup(func() { debug.SetMemoryLimit(old); debug.SetGCPercent(oldGC) })
	t.Setenv("GOMEMLIMIT", "")
	t.Setenv("GOGC", "")
	for _, tc := range []struct {
		pages int
		want  int64
	}{
		{0, minMemoryLimit},
		{50_000, minMemoryLimit},
		{100_000, minMemoryLimit}, // (the benchmark's largest corpus)
		{1_000_000, 1_000_000 * livePerPage * 4 / 3},
	} {
		debug.SetMemoryLimit(math.MaxInt64)
		setMemoryLimit(tc.pages)
		if got := debug.SetMemoryLimit(-1); got != tc.want {
			t.Errorf("setMemoryLimit(%d): limit %d, want %d", tc.pages, got, tc.want)
		}
	}
	if got := debug.SetGCPercent(100); got != gcPercent {
		t.Errorf("GC percent %d under the limit, want %d", got, gcPercent)
	}
	// The user's GOGC wins.
	t.Setenv("GOGC", "50")
	setMemoryLimit(0)
	if got := debug.SetGCPercent(100); got != 100 {
		t.Errorf("with GOGC set, the GC percent changed to %d", got)
	}
	// The user's GOMEMLIMIT wins, and the GC percent is left alone.
	t.Setenv("GOGC", "")
	t.Setenv("GOMEMLIMIT", "2GiB")
	debug.SetMemoryLimit(math.MaxInt64)
	setMemoryLimit(1_000_000)
	if got := debug.SetMemoryLimit(-1); got != math.MaxInt64 {
		t.Errorf("with GOMEMLIMIT set, the limit changed to %d", got)
	}
	if got := debug.SetGCPercent(100); got != 100 {
		t.Errorf("with GOMEMLIMIT set, the GC percent changed to %d", got)
	}
}
