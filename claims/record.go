package claims

// Record is the flat, serialisable form of a claim: the JSON and CSV rows of
// `factlint claims`. Min and Max are nil for open bounds and booleans.
type Record struct {
	File      string   `json:"file"`
	Line      int      `json:"line"`
	Column    int      `json:"column"`
	Kind      Kind     `json:"kind"`
	Subject   Subject  `json:"subject"`
	Min       *float64 `json:"min"`
	Max       *float64 `json:"max"`
	Unit      string   `json:"unit"`
	Qualifier string   `json:"qualifier"`
	OpenEnded bool     `json:"open_ended,omitempty"`
	Value     *bool    `json:"value"`
	Text      string   `json:"text"`
	Sentence  string   `json:"sentence"`
	Scope     Scope    `json:"scope"`
	Polarity  Polarity `json:"polarity"`
	Force     Force    `json:"force"`
	// Attribution, Population and Variant are empty when the page says none.
	Attribution string `json:"attribution,omitempty"`
	Population  string `json:"population,omitempty"`
	Variant     string `json:"variant,omitempty"`
	// Statistic is "median" for a figure given as a median, else empty.
	Statistic string `json:"statistic,omitempty"`
}

// Record flattens c.
func (c *Claim) Record() Record {
	return Record{
		File: c.File, Line: c.Pos.Line, Column: c.Pos.Column,
		Kind: c.Kind, Subject: c.Subject, Min: c.Min, Max: c.Max, Unit: c.Unit,
		Qualifier: c.Qualifier.String(), OpenEnded: c.OpenEnded, Value: c.Value,
		Text: c.Text, Sentence: c.Sentence, Scope: c.Scope,
		Polarity: c.Polarity, Force: c.Force, Attribution: c.Attribution,
		Population: c.Population, Variant: c.Variant, Statistic: c.Statistic,
	}
}

// FormatValue renders a claim's value for people: "3–5", "≤365.25", "true".
func (c *Claim) FormatValue() string {
	if c.Value != nil {
		if *c.Value {
			return "true"
		}
		return "false"
	}
	return FormatRange(c.Min, c.Max)
}
