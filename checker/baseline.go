package checker

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
)

// BaselineVersion is the format version WriteBaseline writes and
// ReadBaseline accepts. Bump it only for changes old readers would misread.
const BaselineVersion = 1

// Baseline records accepted findings so that a site with known problems can
// adopt factlint and fail only on new ones. Entries match findings by
// fingerprint; the other fields are there for humans reviewing the file.
type Baseline struct {
	Version  int             `json:"version"`
	Findings []BaselineEntry `json:"findings"`
}

// BaselineEntry is one recorded finding.
type BaselineEntry struct {
	Fingerprint string `json:"fingerprint"`
	Rule        string `json:"rule"`
	Kind        string `json:"kind"`
	Subject     string `json:"subject"`
	// File is the primary location's file, slash-separated.
	File    string `json:"file"`
	Message string `json:"message"`
}

// NewBaselineEntry describes f as a baseline records it, computing the
// fingerprint when the finding has none.
func NewBaselineEntry(f Finding) BaselineEntry {
	fp := f.Fingerprint
	if fp == "" {
		fp = Fingerprint(f)
	}
	return BaselineEntry{
		Fingerprint: fp,
		Rule:        f.Rule,
		Kind:        f.Kind,
		Subject:     f.Subject,
		File:        filepath.ToSlash(primary(f).File),
		Message:     f.Message,
	}
}

// Finding turns a stale entry back into a finding for Result.Stale. It has
// no severity or position: the baseline does not record them, and a stale
// entry has no current text to point at.
func (e BaselineEntry) Finding() Finding {
	return Finding{
		Rule:        e.Rule,
		Kind:        e.Kind,
		Subject:     e.Subject,
		Message:     e.Message,
		Locations:   []Location{{File: e.File, Block: -1}},
		Fingerprint: e.Fingerprint,
	}
}

// WriteBaseline records findings as a version 1 baseline. Entries are
// sorted so that rewriting an unchanged baseline gives an identical file
// and reviews of baseline changes show only real differences.
func WriteBaseline(w io.Writer, findings []Finding) error {
	b := Baseline{Version: BaselineVersion, Findings: make([]BaselineEntry, 0, len(findings))}
	for _, f := range findings {
		b.Findings = append(b.Findings, NewBaselineEntry(f))
	}
	sortEntries(b.Findings)
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(b); err != nil {
		return err
	}
	_, err := w.Write(buf.Bytes())
	return err
}

// ReadBaseline reads a baseline written by WriteBaseline.
func ReadBaseline(path string) (*Baseline, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read baseline: %w", err)
	}
	b, err := parseBaseline(data)
	if err != nil {
		return nil, fmt.Errorf("baseline %s: %w", path, err)
	}
	return b, nil
}

func parseBaseline(data []byte) (*Baseline, error) {
	var b Baseline
	if err := json.Unmarshal(data, &b); err != nil {
		return nil, fmt.Errorf("not a factlint baseline: %w", err)
	}
	if b.Version != BaselineVersion {
		return nil, fmt.Errorf("unsupported version %d (want %d); rewrite it with --write-baseline", b.Version, BaselineVersion)
	}
	for i, e := range b.Findings {
		if e.Fingerprint == "" {
			return nil, fmt.Errorf("entry %d (%s, %s) has no fingerprint", i+1, e.Rule, e.File)
		}
	}
	return &b, nil
}

// Filter splits findings into those the baseline does not account for and
// the baseline entries that no longer occur. Matching counts occurrences:
// an entry accounts for one finding, so a third copy of a problem the
// baseline recorded twice is fresh. Entries for the finding's own file are
// used first, so that when pages share a fingerprint the stale entry
// reported is the one for the page that changed.
//
// Stale entries are returned as findings (see BaselineEntry.Finding)
// because that is what Result.Stale holds; fresh keeps the input order.
func (b *Baseline) Filter(findings []Finding) (fresh []Finding, stale []Finding) {
	if b == nil {
		// No baseline accounts for nothing, so callers need no nil check.
		return findings, nil
	}
	byFP := map[string][]int{}
	for i, e := range b.Findings {
		byFP[e.Fingerprint] = append(byFP[e.Fingerprint], i)
	}
	used := make([]bool, len(b.Findings))
	matched := make([]bool, len(findings))
	fps := make([]string, len(findings))
	for i, f := range findings {
		fps[i] = f.Fingerprint
		if fps[i] == "" {
			fps[i] = Fingerprint(f)
		}
	}
	// Two passes: same file first, then any file.
	for pass := 0; pass < 2; pass++ {
		for i, f := range findings {
			if matched[i] {
				continue
			}
			file := filepath.ToSlash(primary(f).File)
			for _, j := range byFP[fps[i]] {
				if !used[j] && (pass == 1 || b.Findings[j].File == file) {
					used[j], matched[i] = true, true
					break
				}
			}
		}
	}
	for i, f := range findings {
		if !matched[i] {
			fresh = append(fresh, f)
		}
	}
	var left []BaselineEntry
	for j, e := range b.Findings {
		if !used[j] {
			left = append(left, e)
		}
	}
	sortEntries(left)
	for _, e := range left {
		stale = append(stale, e.Finding())
	}
	return fresh, stale
}

func sortEntries(es []BaselineEntry) {
	sort.SliceStable(es, func(i, j int) bool {
		a, b := es[i], es[j]
		switch {
		case a.File != b.File:
			return a.File < b.File
		case a.Rule != b.Rule:
			return a.Rule < b.Rule
		case a.Kind != b.Kind:
			return a.Kind < b.Kind
		case a.Subject != b.Subject:
			return a.Subject < b.Subject
		case a.Fingerprint != b.Fingerprint:
			return a.Fingerprint < b.Fingerprint
		}
		return a.Message < b.Message
	})
}
