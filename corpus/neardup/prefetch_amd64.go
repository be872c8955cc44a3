package neardup

import "unsafe"

// prefetch asks for the cache line at p without waiting for it. Go has no
// prefetch of its own, and a plain load of a line not in cache holds up
// the core until it comes.
//
//go:noescape
func prefetch(p unsafe.Pointer)

// prefetchBytes asks for the cache lines of the n bytes at p: one call
// for a signature's block rather than one a line.
//
//go:noescape
func prefetchBytes(p unsafe.Pointer, n int)
