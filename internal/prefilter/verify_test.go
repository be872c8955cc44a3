package prefilter

import (
	"flag"
	"testing"
)

// TestVerifyUnlessBenchmarking checks that a test run turns checking on
// and a benchmark run leaves it off.
func TestVerifyUnlessBenchmarking(t *testing.T) {
	f := flag.Lookup("test.bench")
	if f == nil {
		t.Fatal("no -test.bench flag in a test binary")
	}
	was := f.Value.String()
	defer func() {
		if err := f.Value.Set(was); err != nil {
			t.Fatal(err)
		}
		Verify(false)
	}()
	for _, tc := range []struct {
		bench string
		want  bool
	}{{"", true}, {".", false}, {"Analyze", false}} {
		Verify(false)
		if err := f.Value.Set(tc.bench); err != nil {
			t.Fatal(err)
		}
		VerifyUnlessBenchmarking()
		if Verifying() != tc.want {
			t.Errorf("-test.bench=%q: verifying %v, want %v", tc.bench, Verifying(), tc.want)
		}
	}
}
