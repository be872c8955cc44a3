package claims

import (
	"os"
	"testing"

	"github.com/factlint/factlint/internal/prefilter"
)

// TestMain checks every expression's literal filter on every text the
// tests reach it with: a match the filter would have ruled out panics.
func TestMain(m *testing.M) {
	prefilter.Verify(true)
	os.Exit(m.Run())
}
