package main

import (
	"math"
	"runtime/debug"
	"testing"
)

func TestSetMemoryLimit(t *testing.T) {
	old := debug.SetMemoryLimit(-1)
	t.Cleanup(func() { debug.SetMemoryLimit(old) })
	t.Setenv("GOMEMLIMIT", "")
	for _, tc := range []struct {
		pages int
		want  int64
	}{
		{0, minMemoryLimit},
		{50_000, minMemoryLimit},
		{1_000_000, 1_000_000 * livePerPage * 3 / 2},
	} {
		debug.SetMemoryLimit(math.MaxInt64)
		setMemoryLimit(tc.pages)
		if got := debug.SetMemoryLimit(-1); got != tc.want {
			t.Errorf("setMemoryLimit(%d): limit %d, want %d", tc.pages, got, tc.want)
		}
	}
	// The user's GOMEMLIMIT wins.
	t.Setenv("GOMEMLIMIT", "2GiB")
	debug.SetMemoryLimit(math.MaxInt64)
	setMemoryLimit(1_000_000)
	if got := debug.SetMemoryLimit(-1); got != math.MaxInt64 {
		t.Errorf("with GOMEMLIMIT set, the limit changed to %d", got)
	}
}
