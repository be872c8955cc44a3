package claims_test

import (
	"testing"

	"github.com/factlint/factlint/claims"
)

// A table's rows of phases on a program's page ("| Phase 1 | 4 evenings a
// week |", or any row under a "Program Phases" heading) are phases of the
// page's program, each its own variant, and the prose after the table is
// the program's again.
func TestPhaseRows(t *testing.T) {
	field := func(c claims.Claim) string { return string(c.Kind) + " " + c.Subject.String() + " " + c.Variant }
	checkPages(t, field, []pageCase{
		{"named", "SOURCE: https://www.cedar.example/programs/intensive-outpatient\n\nEvening Intensive Outpatient Program\n\nHow it works\n| Phase | Schedule |\n|---|---|\n| Phase 1 | 4 evenings a week |\n| Phase 2 | 3 evenings a week |\n",
			[]string{"8 days-per-week iop phase: phase 1", "9 days-per-week iop phase: phase 2"}},
		{"heading", "SOURCE: https://www.cedar.example/programs/intensive-outpatient\n\nIntensive Outpatient Program\n\nProgram Phases\n| Step | Schedule |\n|---|---|\n| 1 - Settle | 4 evenings a week |\n| 2 - Grow | 3 evenings a week |\n\nMost people finish in 10 to 12 weeks.\n",
			[]string{"8 days-per-week iop phase: 1 - settle", "9 days-per-week iop phase: 2 - grow", "11 program-length iop "}},
	})
}
