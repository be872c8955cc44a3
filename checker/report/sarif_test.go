package report

import (
	"bytes"
	"testing"

	"github.com/factlint/factlint/checker"
	"github.com/factlint/factlint/internal/sarifschema"
)

func TestSARIFSchema(t *testing.T) {
	tests := []struct {
		name string
		r    *checker.Result
		opt  Options
	}{
		{"sample", sampleResult(), sampleOptions()},
		{"empty", &checker.Result{}, Options{}},
		{"root", sampleResult(), Options{Root: "site"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := WriteSARIF(&buf, tt.r, tt.opt); err != nil {
				t.Fatal(err)
			}
			if err := sarifschema.Validate(buf.Bytes()); err != nil {
				t.Errorf("SARIF output does not match the schema: %v", err)
			}
		})
	}
}

// TestSARIFSchemaCatchesErrors guards the validator itself: a schema test
// that cannot fail proves nothing.
func TestSARIFSchemaCatchesErrors(t *testing.T) {
	bad := []byte(`{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"factlint"}},"results":[{"message":{"text":"m"},"level":"info"}]}]}`)
	if err := sarifschema.Validate(bad); err == nil {
		t.Error("schema accepted level \"info\", which SARIF does not have")
	}
}
