package checker

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"hash"
	"path"
	"slices"
	"strings"
)

// Fingerprint identifies a finding across edits that only move text, so
// that a baseline keeps matching after a paragraph is moved or a page gains
// a header. It covers what the finding is about — rule, kind, subject, the
// normalised values — and the words each side quoted, with the base name of
// the file that said them. Line and column numbers are left out on purpose,
// and so is Message, because messages embed positions ("000.txt:9").
//
// Base names rather than paths keep fingerprints equal when the tool runs
// from another directory or checkout; the count-aware baseline copes with
// the rare pages that share a base name and the same words.
//
// Locations are sorted, so a check that lists the sides of a contradiction
// in another order still produces the same fingerprint.
func Fingerprint(f Finding) string {
	h := sha256.New()
	field(h, "factlint/v1")
	field(h, f.Rule)
	field(h, f.Kind)
	field(h, f.Subject)

	values := slices.Clone(f.Values)
	slices.Sort(values)
	field(h, fmt.Sprint(len(values)))
	for _, v := range values {
		field(h, v)
	}

	sides := make([]string, 0, len(f.Locations))
	for _, l := range f.Locations {
		if l.Restated {
			continue
		}
		// NUL cannot occur in a base name, so the pair cannot be
		// confused with a different split of the same bytes.
		sides = append(sides, baseName(l.File)+"\x00"+normalizeText(l.Text))
	}
	slices.Sort(sides)
	field(h, fmt.Sprint(len(sides)))
	for _, s := range sides {
		field(h, s)
	}
	return hex.EncodeToString(h.Sum(nil)[:16])
}

// field writes s length-prefixed so that adjacent fields can never run
// together: ("ab", "c") and ("a", "bc") must hash differently.
func field(h hash.Hash, s string) {
	fmt.Fprintf(h, "%d:%s;", len(s), s)
}

// normalizeText makes the quoted words insensitive to reflowing and
// re-casing, which editors and CMS templates do without changing a fact.
func normalizeText(s string) string {
	return strings.ToLower(strings.Join(strings.Fields(s), " "))
}

// baseName treats backslashes as separators too, so that a baseline written
// on Windows matches on Linux.
func baseName(file string) string {
	if file == "" {
		return ""
	}
	return path.Base(strings.ReplaceAll(file, `\`, "/"))
}

// UniqueFingerprints makes every fingerprint in fs distinct. Two findings
// can say the same words about the same values (one schedule stated twice
// on a page, each time against the same weekly total); the second and
// later of them, in report order, get their occurrence number hashed in.
// Moving a paragraph keeps every fingerprint unless it reorders two such
// identical findings, which are interchangeable for a baseline anyway.
func UniqueFingerprints(fs []Finding) {
	seen := map[string]int{}
	for i := range fs {
		fp := fs[i].Fingerprint
		seen[fp]++
		if n := seen[fp]; n > 1 {
			h := sha256.New()
			field(h, fp)
			field(h, fmt.Sprint(n))
			fs[i].Fingerprint = hex.EncodeToString(h.Sum(nil)[:16])
			seen[fs[i].Fingerprint]++
		}
	}
}
