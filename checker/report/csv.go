package report

import (
	"bytes"
	"encoding/csv"
	"io"
	"strconv"

	"github.com/factlint/factlint/checker"
)

var csvHeader = []string{"rule", "severity", "kind", "subject", "file", "line", "column", "text", "message", "fingerprint"}

// WriteCSV renders one row per finding and location, so that a spreadsheet
// can filter by file and still see every side of a contradiction; the
// fingerprint column ties a finding's rows together. Skipped files and
// stale entries have no place in this shape and are left out.
func WriteCSV(w io.Writer, r *checker.Result, _ Options) error {
	var buf bytes.Buffer
	cw := csv.NewWriter(&buf)
	if err := cw.Write(csvHeader); err != nil {
		return err
	}
	for _, f := range findingsOf(r) {
		locs := f.Locations
		if len(locs) == 0 {
			// A finding without a location still gets its row.
			locs = []checker.Location{{}}
		}
		fp := fingerprint(f)
		for _, l := range locs {
			row := []string{f.Rule, f.Severity.String(), f.Kind, f.Subject, l.File, csvInt(l.Line), csvInt(l.Column), l.Text, f.Message, fp}
			if err := cw.Write(row); err != nil {
				return err
			}
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return err
	}
	return flush(w, &buf)
}

// csvInt leaves unknown positions empty rather than writing a 0 that
// spreadsheets would sort as line zero.
func csvInt(n int) string {
	if n <= 0 {
		return ""
	}
	return strconv.Itoa(n)
}
