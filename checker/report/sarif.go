package report

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"path/filepath"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/factlint/factlint/checker"
)

// SARIF 2.1.0 (OASIS), only the parts factlint fills. Plain structs rather
// than a SARIF library: the subset is small and its shape is pinned by the
// schema test.
const (
	sarifSchema  = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
	sarifVersion = "2.1.0"
	// sarifFingerprintKey names factlint's fingerprint in partialFingerprints;
	// the version suffix lets a future algorithm coexist with this one.
	sarifFingerprintKey = "factlint/v1"
	informationURI      = "https://github.com/factlint/factlint"
)

type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool        sarifTool         `json:"tool"`
	Invocations []sarifInvocation `json:"invocations"`
	// ColumnKind is stated because SARIF defaults to UTF-16 code units,
	// while corpus positions count runes.
	ColumnKind string        `json:"columnKind"`
	Results    []sarifResult `json:"results"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name           string      `json:"name"`
	Version        string      `json:"version,omitempty"`
	InformationURI string      `json:"informationUri"`
	Rules          []sarifRule `json:"rules"`
}

type sarifRule struct {
	ID                   string          `json:"id"`
	Name                 string          `json:"name"`
	ShortDescription     sarifText       `json:"shortDescription"`
	FullDescription      *sarifText      `json:"fullDescription,omitempty"`
	Help                 *sarifText      `json:"help,omitempty"`
	DefaultConfiguration sarifRuleConfig `json:"defaultConfiguration"`
}

type sarifRuleConfig struct {
	Level string `json:"level"`
}

type sarifText struct {
	Text string `json:"text"`
}

type sarifResult struct {
	RuleID              string            `json:"ruleId"`
	RuleIndex           int               `json:"ruleIndex"`
	Level               string            `json:"level"`
	Message             sarifText         `json:"message"`
	Locations           []sarifLocation   `json:"locations"`
	RelatedLocations    []sarifLocation   `json:"relatedLocations,omitempty"`
	PartialFingerprints map[string]string `json:"partialFingerprints"`
}

type sarifLocation struct {
	// ID numbers related locations from 1, so that 0 can mean "none".
	ID               int            `json:"id,omitempty"`
	PhysicalLocation *sarifPhysical `json:"physicalLocation,omitempty"`
	Message          *sarifText     `json:"message,omitempty"`
}

type sarifPhysical struct {
	ArtifactLocation sarifArtifact `json:"artifactLocation"`
	Region           *sarifRegion  `json:"region,omitempty"`
}

type sarifArtifact struct {
	URI string `json:"uri"`
}

type sarifRegion struct {
	StartLine   int        `json:"startLine,omitempty"`
	StartColumn int        `json:"startColumn,omitempty"`
	Snippet     *sarifText `json:"snippet,omitempty"`
}

type sarifInvocation struct {
	ExecutionSuccessful        bool                `json:"executionSuccessful"`
	ToolExecutionNotifications []sarifNotification `json:"toolExecutionNotifications,omitempty"`
}

type sarifNotification struct {
	Level     string          `json:"level"`
	Message   sarifText       `json:"message"`
	Locations []sarifLocation `json:"locations,omitempty"`
}

// sarifLevel maps severities onto SARIF's levels, which call info "note".
func sarifLevel(s checker.Severity) string {
	switch s {
	case checker.Error:
		return "error"
	case checker.Warning:
		return "warning"
	}
	return "note"
}

// WriteSARIF renders the result as a SARIF 2.1.0 log with one run.
func WriteSARIF(w io.Writer, r *checker.Result, opt Options) error {
	fs := findingsOf(r)
	rules, index := sarifRules(r.Rules, fs)
	run := sarifRun{
		Tool: sarifTool{Driver: sarifDriver{
			Name:           "factlint",
			Version:        opt.ToolVersion,
			InformationURI: informationURI,
			Rules:          rules,
		}},
		// A skipped file is reported, not a failure of the run: the
		// architecture promises one bad file never stops factlint.
		Invocations: []sarifInvocation{{ExecutionSuccessful: true, ToolExecutionNotifications: sarifNotifications(r, opt)}},
		ColumnKind:  "unicodeCodePoints",
		Results:     []sarifResult{},
	}
	for _, f := range fs {
		res := sarifResult{
			RuleID:              f.Rule,
			RuleIndex:           index[f.Rule],
			Level:               sarifLevel(f.Severity),
			Message:             sarifText{Text: f.Message},
			Locations:           []sarifLocation{},
			PartialFingerprints: map[string]string{sarifFingerprintKey: fingerprint(f)},
		}
		for i, l := range f.Locations {
			loc := sarifLocation{PhysicalLocation: sarifPhysicalOf(l, opt)}
			if i == 0 {
				res.Locations = append(res.Locations, loc)
				continue
			}
			loc.ID = i
			if l.Text != "" {
				loc.Message = &sarifText{Text: l.Text}
			}
			res.RelatedLocations = append(res.RelatedLocations, loc)
		}
		run.Results = append(run.Results, res)
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(sarifLog{Schema: sarifSchema, Version: sarifVersion, Runs: []sarifRun{run}}); err != nil {
		return err
	}
	return flush(w, &buf)
}

// sarifRules lists the rules that ran, then any rule a finding names that
// the Result does not describe, so that every result's ruleIndex is valid.
func sarifRules(infos []checker.RuleInfo, fs []checker.Finding) ([]sarifRule, map[string]int) {
	index := map[string]int{}
	rules := []sarifRule{}
	add := func(ri checker.RuleInfo) {
		if _, ok := index[ri.ID]; ok {
			return
		}
		index[ri.ID] = len(rules)
		short := ri.Title
		if short == "" {
			short = ri.ID
		}
		rule := sarifRule{
			ID:                   ri.ID,
			Name:                 pascalCase(ri.ID),
			ShortDescription:     sarifText{Text: short},
			DefaultConfiguration: sarifRuleConfig{Level: sarifLevel(ri.Severity)},
		}
		if ri.Doc != "" {
			rule.FullDescription = &sarifText{Text: ri.Doc}
			rule.Help = &sarifText{Text: ri.Doc}
		}
		rules = append(rules, rule)
	}
	for _, ri := range infos {
		add(ri)
	}
	var missing []checker.RuleInfo
	seen := map[string]bool{}
	for _, f := range fs {
		if _, ok := index[f.Rule]; !ok && !seen[f.Rule] {
			seen[f.Rule] = true
			missing = append(missing, checker.RuleInfo{ID: f.Rule, Severity: f.Severity})
		}
	}
	sort.Slice(missing, func(i, j int) bool { return missing[i].ID < missing[j].ID })
	for _, ri := range missing {
		add(ri)
	}
	return rules, index
}

func sarifPhysicalOf(l checker.Location, opt Options) *sarifPhysical {
	if l.File == "" {
		return nil
	}
	p := &sarifPhysical{ArtifactLocation: sarifArtifact{URI: sarifURI(l.File, opt)}}
	if l.Line > 0 {
		p.Region = &sarifRegion{StartLine: l.Line, StartColumn: max(l.Column, 0)}
		if l.Text != "" {
			p.Region.Snippet = &sarifText{Text: l.Text}
		}
	}
	return p
}

// sarifURI turns a file path into the URI SARIF requires: relative paths
// stay relative (code scanning resolves them against the checkout) but are
// percent-encoded, and absolute ones become file URIs.
func sarifURI(file string, opt Options) string {
	p := relPath(file, opt)
	if filepath.IsAbs(file) && p == filepath.ToSlash(file) {
		if !strings.HasPrefix(p, "/") {
			p = "/" + p // a Windows drive path
		}
		return (&url.URL{Scheme: "file", Path: p}).String()
	}
	return (&url.URL{Path: p}).String()
}

func sarifNotifications(r *checker.Result, opt Options) []sarifNotification {
	var out []sarifNotification
	for _, s := range skippedOf(r) {
		n := sarifNotification{Level: "warning", Message: sarifText{Text: fmt.Sprintf("skipped %s: %s", s.File, s.Reason)}}
		if s.File != "" {
			n.Locations = []sarifLocation{{PhysicalLocation: &sarifPhysical{ArtifactLocation: sarifArtifact{URI: sarifURI(s.File, opt)}}}}
		}
		out = append(out, n)
	}
	if n := len(r.Stale); n > 0 {
		out = append(out, sarifNotification{Level: "note", Message: sarifText{Text: fmt.Sprintf(
			"%d baseline %s no longer %s; rewrite the baseline with --write-baseline",
			n, plural(n, "entry", "entries"), plural(n, "occurs", "occur"))}})
	}
	return out
}

// pascalCase turns a rule ID into the identifier-like name SARIF suggests
// for reportingDescriptor.name: "within-page" becomes "WithinPage".
func pascalCase(id string) string {
	var b strings.Builder
	for _, part := range strings.FieldsFunc(id, func(r rune) bool { return r == '-' || r == '_' || r == ' ' }) {
		first, size := utf8.DecodeRuneInString(part)
		b.WriteRune(unicode.ToUpper(first))
		b.WriteString(part[size:])
	}
	return b.String()
}
