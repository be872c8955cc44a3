// Command plants compares the findings of `factlint check --format json`
// on a generated corpus with the contradictions the generator planted
// (truth.json), rule by rule:
//
//	plants CORPUS_DIR REPORT.json
//
// For each rule it prints how many plants call for it, how many findings
// it made, how many of the plants one of them reports (same rule, kind and
// subject, a location on a planted file:line) and how many findings report
// no plant. It exits 1 when the findings differ from the plants: a plant
// missed, a plant reported twice, or a finding that reports none.
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"

	"github.com/factlint/factlint/internal/gencorpus/gen"
)

type report struct {
	Findings []struct {
		Rule      string `json:"rule"`
		Severity  string `json:"severity"`
		Kind      string `json:"kind"`
		Subject   string `json:"subject"`
		Locations []struct {
			File string `json:"file"`
			Line int    `json:"line"`
		} `json:"locations"`
	} `json:"findings"`
}

type fileLine struct {
	file string
	line int
}

type tally struct{ planted, findings, reported, extra int }

func main() {
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: plants CORPUS_DIR REPORT.json")
		os.Exit(2)
	}
	dir, err := filepath.Abs(os.Args[1])
	if err != nil {
		fail(err)
	}
	var truth gen.Truth
	readJSON(filepath.Join(dir, "truth.json"), &truth)
	var rep report
	readJSON(os.Args[2], &rep)

	rules := map[string]*tally{}
	get := func(r string) *tally {
		if rules[r] == nil {
			rules[r] = &tally{}
		}
		return rules[r]
	}
	reportedBy := make([]map[string]int, len(truth.Contradictions))
	for ci, c := range truth.Contradictions {
		reportedBy[ci] = map[string]int{}
		for _, r := range c.Rules {
			get(r).planted++
		}
	}
	for _, f := range rep.Findings {
		t := get(f.Rule)
		t.findings++
		hit := false
		for ci, c := range truth.Contradictions {
			if !contains(c.Rules, f.Rule) || c.Kind != f.Kind || c.Subject != f.Subject {
				continue
			}
			sides := map[fileLine]bool{}
			for i := range c.Files {
				sides[fileLine{c.Files[i], c.Lines[i]}] = true
			}
			for _, l := range f.Locations {
				if sides[fileLine{rel(dir, l.File), l.Line}] {
					reportedBy[ci][f.Rule]++
					hit = true
					break
				}
			}
		}
		if !hit {
			t.extra++
		}
	}
	twice := 0
	for ci, c := range truth.Contradictions {
		for _, r := range c.Rules {
			switch n := reportedBy[ci][r]; {
			case n > 0:
				get(r).reported++
				if n > 1 {
					twice++
				}
			}
		}
	}

	names := make([]string, 0, len(rules))
	for r := range rules {
		names = append(names, r)
	}
	sort.Strings(names)
	same := twice == 0
	fmt.Printf("| %-20s | %7s | %8s | %8s | %12s |\n", "rule", "planted", "findings", "reported", "not planted")
	fmt.Printf("|%s|%s|%s|%s|%s|\n", "----------------------", "--------:", "---------:", "---------:", "-------------:")
	var sum tally
	for _, r := range names {
		t := rules[r]
		fmt.Printf("| %-20s | %7d | %8d | %8d | %12d |\n", r, t.planted, t.findings, t.reported, t.extra)
		sum.planted += t.planted
		sum.findings += t.findings
		sum.reported += t.reported
		sum.extra += t.extra
		if t.reported != t.planted || t.extra != 0 || t.findings != t.planted {
			same = false
		}
	}
	fmt.Printf("| %-20s | %7d | %8d | %8d | %12d |\n", "all", sum.planted, sum.findings, sum.reported, sum.extra)
	if !same {
		fmt.Printf("findings differ from the plants: %d of %d planted reported, %d findings report no plant, %d plants reported more than once by one rule\n",
			sum.reported, sum.planted, sum.extra, twice)
		os.Exit(1)
	}
	fmt.Println("findings equal the plants")
}

func contains(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}

// rel makes a report's file name relative to the corpus, as truth.json
// names files; the report names them as the command line gave them.
func rel(dir, file string) string {
	abs, err := filepath.Abs(file)
	if err != nil {
		return file
	}
	r, err := filepath.Rel(dir, abs)
	if err != nil {
		return file
	}
	return filepath.ToSlash(r)
}

func readJSON(path string, v any) {
	data, err := os.ReadFile(path)
	if err != nil {
		fail(err)
	}
	if err := json.Unmarshal(data, v); err != nil {
		fail(fmt.Errorf("%s: %w", path, err))
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "plants:", err)
	os.Exit(2)
}
