package checker

import (
	"sync/atomic"
	"testing"
)

// Checks of one run asking for one shared value get the same value, built
// once however many ask at the same time; another run builds its own.
func TestSharedBuiltOncePerRun(t *testing.T) {
	var builds atomic.Int32
	got := make([]*int, 4)
	var checks []*Check
	for i := range got {
		checks = append(checks, &Check{ID: "c", Requires: []Requirement{NeedFamilies}, Run: func(p *Pass) error {
			got[i] = p.Shared("groups", func() any {
				builds.Add(1)
				return new(int)
			}).(*int)
			return nil
		}})
	}
	if _, err := Run(nil, nil, &Config{}, checks); err != nil {
		t.Fatal(err)
	}
	if n := builds.Load(); n != 1 {
		t.Fatalf("built %d times in one run, want once", n)
	}
	for i := range got {
		if got[i] != got[0] {
			t.Fatalf("check %d got another value", i)
		}
	}
	first := got[0]
	if _, err := Run(nil, nil, &Config{}, checks); err != nil {
		t.Fatal(err)
	}
	if builds.Load() != 2 || got[0] == first {
		t.Fatal("a second run reused the first run's value")
	}
}
