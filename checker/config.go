package checker

// Config is the parsed .factlint.yaml. The zero value is not usable; start
// from DefaultConfig.
type Config struct {
	// Path is the file it was read from, empty for the built-in default.
	Path string `yaml:"-"`
	// Known are the rule IDs of the run (its checks and the engine's own
	// rules), set by LoadConfig and ForChecks: suppressions naming any
	// other rule are invalid. Nil accepts any name.
	Known []string `yaml:"-"`

	// Checks enables or disables checks by ID; absent IDs keep their default (enabled).
	Checks map[string]bool `yaml:"checks"`
	// Severity overrides a check's default severity by ID.
	Severity map[string]Severity `yaml:"severity"`
	// FailOn is the lowest severity that makes `check` exit 1 ("never" disables).
	FailOn string `yaml:"fail_on"`

	Tolerance Tolerance `yaml:"tolerance"`

	// Subjects adds site-specific names for subjects: iop: ["Evening Program"].
	Subjects map[string][]string `yaml:"subjects"`

	// Reference controls the reference facts: the built-in pack unless
	// Replace is set, plus Facts.
	Reference ReferenceConfig `yaml:"reference"`

	Include []string   `yaml:"include"`
	Exclude []string   `yaml:"exclude"`
	HTML    HTMLConfig `yaml:"html"`
	// MaxFileSize in bytes; 0 means the default (10 MiB). At most 1 GiB
	// is read whatever it says.
	MaxFileSize int64 `yaml:"max_file_size"`

	// Sites maps path globs to sites; see Sites.Of for the other rules.
	Sites []SiteRule `yaml:"sites"`
	// AcrossSites lets across-pages compare pages of different sites.
	AcrossSites bool `yaml:"across_sites"`

	NearDup NearDupConfig `yaml:"neardup"`

	Ignore []IgnoreRule `yaml:"ignore"`

	// BaseURL is where the site is published ("https://example.org/"):
	// the html report links a local page to BaseURL plus its path from
	// the config's folder when the page names no URL of its own.
	BaseURL string `yaml:"base_url"`
}

// Tolerance widens ranges before comparing them.
type Tolerance struct {
	// Relative widens every bound by this fraction (default 0.05).
	Relative float64 `yaml:"relative"`
	// Approx widens approximate values ("about 15 hours") by this fraction (default 0.2).
	Approx float64 `yaml:"approx"`
}

// ReferenceConfig selects reference facts.
type ReferenceConfig struct {
	Replace bool            `yaml:"replace"`
	Facts   []ReferenceFact `yaml:"facts"`
}

// ReferenceFact is an accepted range for a kind and subject, with its source.
type ReferenceFact struct {
	Kind    string `yaml:"kind"`
	Subject string `yaml:"subject"`
	// Audience narrows the fact to pages about one group: "" (adults, the
	// general case) or "adolescent". ASAM sets lower hours for adolescents,
	// so one program type can need two facts.
	Audience string `yaml:"audience"`
	// Min and Max are in Unit; LoadConfig converts them to the kind's
	// canonical unit so that checks compare like with like.
	Min  *float64 `yaml:"min"`
	Max  *float64 `yaml:"max"`
	Unit string   `yaml:"unit"`
	// Source names the source briefly in findings ("ASAM 3rd ed. Level
	// 2.1"); Citation is the full reference for explain and SARIF help.
	Source   string `yaml:"source"`
	Citation string `yaml:"citation"`
	// Note explains how the range was read from the source, for reviewers.
	Note string `yaml:"note"`
	// Severity overrides the reference check's severity for this fact.
	Severity Severity `yaml:"severity"`
	// Country is the country whose rules the fact states, as its
	// two-letter domain code ("us"): pages served from another country's
	// domain (.uk, .ie, .au) are not held to it. Empty holds every page.
	Country string `yaml:"country"`
}

// HTMLConfig tunes main-content extraction.
type HTMLConfig struct {
	Exclude []string `yaml:"exclude"` // CSS selectors dropped in addition to the defaults
	Include []string `yaml:"include"` // CSS selectors of the content area; when set, only these are read
}

// NearDupConfig tunes near-duplicate detection.
type NearDupConfig struct {
	TemplateThreshold float64 `yaml:"template_threshold"`
	NearThreshold     float64 `yaml:"near_threshold"`
	MinWords          int     `yaml:"min_words"`
}

// IgnoreRule silences findings by rule, path glob and kind; empty fields match anything.
type IgnoreRule struct {
	Rule   string `yaml:"rule"`
	Path   string `yaml:"path"`
	Kind   string `yaml:"kind"`
	Reason string `yaml:"reason"`
}

// Family is a near-duplicate family as the checks see it.
type Family struct {
	Files     []string
	Canonical string
}

// DefaultMaxFileSize is the largest input read unless the config says
// otherwise: provider pages are far smaller, so anything bigger is most
// likely a data dump that would only slow the run down.
const DefaultMaxFileSize int64 = 10 << 20

// ForChecks records the run's checks in c (see Known) and returns c.
func (c *Config) ForChecks(checks []*Check) *Config {
	c.Known = IDs(checks)
	return c
}

// DefaultConfig returns the built-in settings, which apply when no
// .factlint.yaml exists and underlie every file that does. Maps are
// non-nil so that callers can add to them without checking.
func DefaultConfig() *Config {
	return &Config{
		Checks:      map[string]bool{},
		Severity:    map[string]Severity{},
		FailOn:      "error",
		Tolerance:   Tolerance{Relative: 0.05, Approx: 0.2},
		Subjects:    map[string][]string{},
		MaxFileSize: DefaultMaxFileSize,
		NearDup:     NearDupConfig{TemplateThreshold: 0.08, NearThreshold: 0.5, MinWords: 50},
	}
}
