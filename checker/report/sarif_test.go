package report

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/factlint/factlint/checker"
)

// validateSARIF checks data against the official SARIF 2.1.0 schema
// (testdata/sarif-schema-2.1.0.json, draft-04), with formats asserted so
// that a malformed URI fails too.
func validateSARIF(data []byte) error {
	schemaFile, err := os.Open(filepath.Join("testdata", "sarif-schema-2.1.0.json"))
	if err != nil {
		return err
	}
	defer schemaFile.Close()
	schemaDoc, err := jsonschema.UnmarshalJSON(schemaFile)
	if err != nil {
		return err
	}
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	const url = "sarif-schema-2.1.0.json"
	if err := c.AddResource(url, schemaDoc); err != nil {
		return err
	}
	schema, err := c.Compile(url)
	if err != nil {
		return err
	}
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if err != nil {
		return fmt.Errorf("not JSON: %w", err)
	}
	return schema.Validate(inst)
}

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
			if err := validateSARIF(buf.Bytes()); err != nil {
				t.Errorf("SARIF output does not match the schema: %v", err)
			}
		})
	}
}

// TestSARIFSchemaCatchesErrors guards the validator itself: a schema test
// that cannot fail proves nothing.
func TestSARIFSchemaCatchesErrors(t *testing.T) {
	bad := []byte(`{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"factlint"}},"results":[{"message":{"text":"m"},"level":"info"}]}]}`)
	if err := validateSARIF(bad); err == nil {
		t.Error("schema accepted level \"info\", which SARIF does not have")
	}
}
