package checker

import "github.com/factlint/factlint/claims"

// DocClaims is what the corpus-wide checks see of one document: its claims,
// never its parsed tree, so that memory stays bounded on large corpora.
type DocClaims struct {
	File string
	// Site groups pages of one publisher: the directory the file is in,
	// unless the config says otherwise.
	Site   string
	Claims []claims.Claim
	// Namings are the program names the page spells out with their
	// abbreviations ("Intensive Outpatient Program (IOP)").
	Namings []claims.Naming
	// Rankings are the page's comparisons of two levels of care, in the
	// wrong order ("PHP is more intensive than residential") or the right
	// one, and the superlatives that contradict a wrong one.
	Rankings []claims.Ranking
	// SharedSchedule: the page says its provider's locations run one
	// schedule, so its copies for other locations are one program.
	SharedSchedule bool
	// SharedPrograms are the programs that one schedule is said of;
	// empty when every program's is (claims.Reading.SharedPrograms).
	SharedPrograms []claims.Subject
	// Offered are the programs the page says its provider runs.
	Offered []claims.Subject
	// TitleTrack is the one time-of-day track the page's title names for
	// its program (claims.Reading.TitleTrack).
	TitleTrack string
	// Address is the page's address as a copy of it keeps it
	// ("example.com/programs/php" for a staging.example.com copy too), ""
	// when the page has none.
	Address string
}

// Pass is one check's view of the corpus.
type Pass struct {
	Check *Check
	Docs  []*DocClaims
	// Families are the near-duplicate families (nil when clustering did not run).
	Families []Family
	Config   *Config

	report func(Finding)
	shared *shared
}

// Report records a finding. Rule, Severity and Fingerprint are filled in
// when left empty.
func (p *Pass) Report(f Finding) {
	if f.Rule == "" {
		f.Rule = p.Check.ID
	}
	if f.Severity == 0 {
		f.Severity = p.Check.Severity
	}
	p.report(f)
}
