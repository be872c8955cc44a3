// Package sarifschema validates documents against the official SARIF 2.1.0
// JSON schema (OASIS, errata01; a draft-04 schema), embedded here so the
// report writer's tests and the CLI's end-to-end tests share one copy. It
// is imported by tests only, so the schema never reaches the binary.
// The schema is published by OASIS with the SARIF standard under the OASIS
// IPR policy and is used unmodified.
package sarifschema
