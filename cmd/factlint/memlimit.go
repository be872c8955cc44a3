package main

import (
	"os"
	"runtime/debug"
)

// Go's collector lets the heap grow to twice what is live before it
// collects, and a run keeps every page's claims and signatures until the
// corpus-wide checks: at 100,000 generated pages about 650 MB are live and
// peak RSS reached 1.35 GB, of which half was garbage waiting. A soft
// memory limit makes the collector start earlier as the heap nears it;
// with the live heap well under the limit this costs no measurable CPU
// (100,000 pages: 113 CPU s either way, peak RSS 931 MB under a 900 MiB
// limit; BENCHMARKS.md).
const (
	// minMemoryLimit is the limit for runs up to about 100,000 pages.
	minMemoryLimit = 900 << 20
	// livePerPage is the most heap a page keeps at once until the end
	// of a run (claims, signatures, block hashes, and its share of
	// clustering and of the checks' working sets), measured on generated
	// pages: 657 MB at 100,000.
	livePerPage = 6600
)

// Above the floor the limit leaves the collector a third of the expected
// live heap as room (from about 107,000 pages on). Peak RSS runs 15 to 65
// MiB above the limit (the binary's pages, and what is allocated while a
// collection marks): at 100,000 pages, half the live heap as room (973
// MiB) put peak RSS at 983-1,035 MiB against a budget of 1 GiB; the floor
// the smaller room leaves there, 900 MiB, puts it at 943-963 MiB for about
// 4 % more CPU time in the collector (BENCHMARKS.md).
const limitInThirds = 4 // the limit in thirds of the expected live heap

// gcPercent lets the heap grow to three times what is live between
// collections instead of twice while the memory limit is far off: a page
// allocates about 130 KB of which almost nothing stays, so at 10,000
// generated pages (a live heap near 100 MB) the collector took 0.6 of 8.3
// CPU s more at the default 100 than at 200, for 55 MB more peak RSS. Near
// the limit the limit decides, so at 100,000 pages CPU time and peak RSS
// are the same either way (BENCHMARKS.md).
const gcPercent = 200

// setMemoryLimit sets Go's soft memory limit for a run over about pages
// pages, unless the user set GOMEMLIMIT. The limit is the expected live
// heap and a third again (limitInThirds), and never less than
// minMemoryLimit, so that a larger corpus than expected slows collection
// down rather than making it run without pause. Under that limit, and
// unless the user set GOGC, the collector runs at gcPercent.
func setMemoryLimit(pages int) {
	if os.Getenv("GOMEMLIMIT") != "" {
		return
	}
	limit := int64(minMemoryLimit)
	if want := int64(pages) * livePerPage * limitInThirds / 3; want > limit {
		limit = want
	}
	debug.SetMemoryLimit(limit)
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(gcPercent)
	}
}
