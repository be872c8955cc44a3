package checker

import (
	"sort"

	"github.com/factlint/factlint/claims"
)

// Pages lists the files the claims come from, each once, sorted.
func Pages(cs []*claims.Claim) []string {
	seen := map[string]bool{}
	var out []string
	for _, c := range cs {
		if !seen[c.File] {
			seen[c.File] = true
			out = append(out, c.File)
		}
	}
	sort.Strings(out)
	return out
}
