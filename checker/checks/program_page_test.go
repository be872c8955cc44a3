package checks

import (
	"testing"

	"github.com/factlint/factlint/claims"
)

func TestAddressProgram(t *testing.T) {
	for addr, want := range map[string]claims.Subject{
		"pinecrest.example/residential":                           claims.Residential,
		"pinecrest.example/programs/intensive-outpatient-program": claims.IOP,
		"pinecrest.example/php.html":                              claims.PHP,
		"pinecrest.example/medical-detox":                         claims.Detox,
		"pinecrest.example/partial-hospitalization-program":       claims.PHP,
		"pinecrest.example/what-is-residential-treatment":         claims.NoSubject,
		"pinecrest.example/iop-vs-php":                            claims.NoSubject,
		"pinecrest.example/blog/residential":                      claims.NoSubject,
		"pinecrest.example/residential/faq":                       claims.NoSubject,
		"pinecrest.example":                                       claims.NoSubject,
		"":                                                        claims.NoSubject,
	} {
		if got := addressProgram(addr); got != want {
			t.Errorf("addressProgram(%q) = %q, want %q", addr, got, want)
		}
	}
}
