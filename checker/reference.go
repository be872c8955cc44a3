package checker

// The built-in reference pack. Every fact quotes its source because a
// finding that says "outside the reference" is only as credible as the
// reference; a site whose programs follow another standard replaces the
// pack in its config rather than arguing with these numbers.

import "math"

const (
	citeASAM21 = "ASAM Criteria, 3rd ed. (2013), Level 2.1 Intensive Outpatient Services"
	citeASAM25 = "ASAM Criteria, 3rd ed. (2013), Level 2.5 Partial Hospitalization Services"
	citeASAM1  = "ASAM Criteria, 3rd ed. (2013), Level 1 Outpatient Services"
)

// BuiltinReference returns the reference facts that apply unless the
// config sets reference.replace. Bounds are in canonical units (hours for
// hours-per-week). Each call returns fresh values, so callers may modify
// the result.
func BuiltinReference() []ReferenceFact {
	return []ReferenceFact{
		{
			Kind: "hours-per-week", Subject: "iop", Min: refBound(9), Max: refBound(19), Unit: "hour", Country: "us",
			Source:   "ASAM 3rd ed. Level 2.1 and Medicare IOP",
			Citation: citeASAM21 + ": 9 or more hours of services a week for adults; Medicare IOP benefit (CY 2024 OPPS final rule, 42 CFR 410.44): 9 to 19 hours a week",
			Note:     "The floor is ASAM's and Medicare's; the ceiling is Medicare's, one hour below where partial hospitalization starts.",
		},
		{
			Kind: "hours-per-week", Subject: "iop", Audience: "adolescent", Min: refBound(6), Max: refBound(19), Unit: "hour", Country: "us",
			Source:   "ASAM 3rd ed. Level 2.1 (adolescents)",
			Citation: citeASAM21 + ": 6 or more hours of services a week for adolescents",
			Note:     "ASAM sets no separate adolescent ceiling; the adult 19 applies because 20 or more hours is Level 2.5 at any age.",
		},
		{
			Kind: "hours-per-week", Subject: "php", Min: refBound(20), Unit: "hour", Country: "us",
			Source:   "ASAM 3rd ed. Level 2.5 and Medicare PHP",
			Citation: citeASAM25 + ": 20 or more hours of services a week; Medicare partial hospitalization (42 CFR 410.43): a minimum of 20 hours a week of therapeutic services",
			Note:     "No ceiling: more intensive care is residential or inpatient, which pages name as such.",
		},
		{
			Kind: "hours-per-week", Subject: "op", Max: refBound(8.99), Unit: "hour", Country: "us",
			Source:   "ASAM 3rd ed. Level 1",
			Citation: citeASAM1 + ": fewer than 9 hours of services a week for adults",
			Note:     "8.99 stands for the strict \"fewer than 9\". The adolescent Level 1 bound (fewer than 6 hours) is not in the pack.",
		},
	}
}

func refBound(v float64) *float64 { return &v }

// BuiltinCitations lists the full citation of each built-in fact, for the
// reference check's documentation.
func BuiltinCitations() []string {
	var out []string
	for _, f := range BuiltinReference() {
		out = append(out, f.Source+": "+f.Citation)
	}
	return out
}

// ShortSource is how a finding names the fact's source: its Source, else
// its Citation.
func (f ReferenceFact) ShortSource() string {
	if f.Source != "" {
		return f.Source
	}
	return f.Citation
}

// Interval is the fact's range, open where it sets no bound.
func (f ReferenceFact) Interval() Interval {
	iv := Interval{Lo: 0, Hi: math.Inf(1)}
	if f.Min != nil {
		iv.Lo = *f.Min
	}
	if f.Max != nil {
		iv.Hi = *f.Max
	}
	return iv
}

// ReferenceFacts returns the facts the reference check uses: the built-in
// pack unless Reference.Replace, with each configured fact replacing a
// built-in one for the same kind, subject and audience, or added after
// them. Adult and adolescent facts never replace each other, so a site can
// tighten one without losing the other.
func (c *Config) ReferenceFacts() []ReferenceFact {
	var out []ReferenceFact
	if !c.Reference.Replace {
		out = BuiltinReference()
	}
	index := map[string]int{}
	for i, f := range out {
		index[referenceKey(f)] = i
	}
	for _, f := range c.Reference.Facts {
		if f.Audience == "adult" {
			f.Audience = "" // the check reads "" as the general, adult fact
		}
		k := referenceKey(f)
		if i, ok := index[k]; ok {
			out[i] = f
			continue
		}
		index[k] = len(out)
		out = append(out, f)
	}
	return out
}
