package checker

import (
	"testing"
	"time"
)

// The checks that need no families run from Start, before the families
// are known; those that need them run from Finish with them. Findings are
// joined in the order of the checks whichever finished first.
func TestStartRunsChecksWithoutFamiliesAtOnce(t *testing.T) {
	ran := make(chan struct{})
	perPage := &Check{ID: "per-page", Run: func(p *Pass) error {
		close(ran)
		p.Report(Finding{Rule: "per-page", Message: "b", Locations: []Location{{File: "a.html", Line: 2}}})
		return nil
	}}
	var got []Family
	sitewide := &Check{ID: "site-wide", Requires: []Requirement{NeedFamilies}, Run: func(p *Pass) error {
		got = p.Families
		p.Report(Finding{Rule: "site-wide", Message: "a", Locations: []Location{{File: "a.html", Line: 2}}})
		return nil
	}}
	r := Start(nil, &Config{}, []*Check{sitewide, perPage})
	select {
	case <-ran:
	case <-time.After(10 * time.Second):
		t.Fatal("a check that needs no families did not start before Finish")
	}
	fams := []Family{{Files: []string{"a.html", "b.html"}, Canonical: "a.html"}}
	fs, err := r.Finish(fams)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || got[0].Canonical != "a.html" {
		t.Errorf("the check that needs families got %v", got)
	}
	if len(fs) != 2 || fs[0].Rule != "per-page" || fs[1].Rule != "site-wide" {
		t.Errorf("findings = %+v, want per-page then site-wide (same place, by rule)", fs)
	}
}
