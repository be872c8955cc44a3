package checks

import (
	"fmt"

	"github.com/factlint/factlint/checker"
	"github.com/factlint/factlint/claims"
)

// ProgramName reports a program's name written out with another program's
// abbreviation.
var ProgramName = &checker.Check{
	ID:       "program-name",
	Title:    "A program's name is abbreviated as another program",
	Severity: checker.Warning,
	Doc: `program-name reads the program names a page spells out with their
abbreviation ("Intensive Outpatient Program (IOP)", "partial
hospitalization programs (PHPs)") and reports one whose abbreviation is
another program's: a heading "What Is a Partial Hospitalization Program
(IOP)?" tells readers that the section is about the IOP, and every claim
under it reads as the wrong program's. Templated pages carry such a slip
to every copy.

Where the page spells the same name elsewhere with its own abbreviation,
or the abbreviation with its own name, the finding points there too. A
bare "outpatient" before an abbreviation ("our outpatient program (IOP)")
is no mismatch: IOP and PHP are outpatient care too. Nor is "Day
Treatment (IOP)": day treatment names when care is given, and some
providers' daytime IOPs go by it. Nor is outpatient care named with no
word of its level ("outpatient therapy (IOPs)"; "standard outpatient
care (IOP)" is a slip), nor "a less-intensive outpatient (OP) group",
whose words name the lighter level as its abbreviation does. Each
distinct slip on a page is one finding.

Severity: warning. To fix: correct the abbreviation or the name.`,
	Run: runProgramName,
}

func runProgramName(p *checker.Pass) error {
	for _, d := range p.Docs {
		seen := map[string]bool{}
		for _, n := range d.Namings {
			if !n.Mismatched() || seen[n.Text] {
				continue
			}
			seen[n.Text] = true
			locs := []checker.Location{namingLocation(n)}
			fix := fmt.Sprintf("%s is %s's abbreviation", subjectNames[n.Short], subjectNames[n.Short])
			if w, ok := namedRightly(d.Namings, n); ok {
				locs = append(locs, namingLocation(w))
				fix = fmt.Sprintf("the page writes %q (%s:%d:%d) elsewhere", w.Text, w.File, w.Pos.Line, w.Pos.Column)
			}
			p.Report(checker.Finding{
				Subject:   n.Long.String(),
				Message:   fmt.Sprintf("%q (%s:%d:%d) names %s but abbreviates it as %s, and %s: correct the abbreviation or the name", n.Text, n.File, n.Pos.Line, n.Pos.Column, longName[n.Long], subjectNames[n.Short], fix),
				Locations: locs,
				Values:    []string{n.Long.String(), n.Short.String()},
			})
		}
	}
	return nil
}

// namedRightly finds where the page gives the slip's name its own
// abbreviation, or failing that its abbreviation its own name.
func namedRightly(ns []claims.Naming, slip claims.Naming) (claims.Naming, bool) {
	for _, want := range []claims.Subject{slip.Long, slip.Short} {
		for _, n := range ns {
			if !n.Mismatched() && n.Long == want {
				return n, true
			}
		}
	}
	return claims.Naming{}, false
}

func namingLocation(n claims.Naming) checker.Location {
	return checker.Location{File: n.File, Line: n.Pos.Line, Column: n.Pos.Column, Text: n.Text, Block: n.Block}
}

// longName is how a program is spelled out in a message.
var longName = map[claims.Subject]string{
	claims.IOP: "an intensive outpatient program", claims.PHP: "a partial hospitalization program",
	claims.OP: "an outpatient program", claims.Residential: "a residential program", claims.Detox: "detox",
}
