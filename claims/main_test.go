package claims

import (
	"flag"
	"os"
	"testing"

	"github.com/factlint/factlint/internal/prefilter"
)

// TestMain checks every expression's literal filter on every text the
// tests reach it with: a match the filter would have ruled out panics.
// (Not under -bench: see VerifyUnlessBenchmarking.)
func TestMain(m *testing.M) {
	flag.Parse()
	prefilter.VerifyUnlessBenchmarking()
	os.Exit(m.Run())
}
