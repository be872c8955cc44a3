package neardup

// Options tune signing and clustering. A zero Shingle, Hashes, Bands or
// threshold means the default, so a hand-built Options still works;
// MinWords is taken as given (0 compares every page).
type Options struct {
	// Shingle is the number of consecutive words in a shingle.
	Shingle int
	// Hashes is the MinHash signature length.
	Hashes int
	// Bands splits the signature for LSH; Hashes/Bands rows per band.
	Bands int
	// TemplateThreshold is the least estimated Jaccard similarity (of
	// masked shingles) at which two pages whose shared shingles sit in the
	// same places (PlacementThreshold) are one article, spun or templated.
	TemplateThreshold float64
	// NearThreshold is the similarity at which two pages are one article
	// on shingles alone: near, or template when a place differs.
	NearThreshold float64
	// PlacementThreshold is the least Placement at which a pair below
	// NearThreshold (but at TemplateThreshold or above) joins a family.
	PlacementThreshold float64
	// MinWords leaves shorter pages out of clustering: a short page shares
	// most of its few shingles with any page on the same topic.
	MinWords int
}

// DefaultOptions are calibrated in doc.go.
func DefaultOptions() Options {
	return Options{
		Shingle:            3,
		Hashes:             128,
		Bands:              64,
		TemplateThreshold:  0.08,
		NearThreshold:      0.5,
		PlacementThreshold: 0.6,
		MinWords:           50,
	}
}

func (o Options) withDefaults() Options {
	d := DefaultOptions()
	if o.Shingle <= 0 {
		o.Shingle = d.Shingle
	}
	if o.Hashes <= 0 {
		o.Hashes = d.Hashes
	}
	if o.Hashes > maxHashes {
		o.Hashes = maxHashes
	}
	if o.Bands <= 0 || o.Bands > o.Hashes {
		o.Bands = d.Bands
		if o.Bands > o.Hashes {
			o.Bands = o.Hashes
		}
	}
	if o.TemplateThreshold <= 0 {
		o.TemplateThreshold = d.TemplateThreshold
	}
	if o.NearThreshold <= 0 {
		o.NearThreshold = d.NearThreshold
	}
	if o.PlacementThreshold <= 0 {
		o.PlacementThreshold = d.PlacementThreshold
	}
	if o.MinWords < 0 {
		o.MinWords = 0
	}
	return o
}

// rows is the band width; trailing hashes that do not fill a band still
// count towards similarity but not towards candidate generation.
func (o Options) rows() int { return o.Hashes / o.Bands }
