//go:build !amd64

package neardup

import "unsafe"

// prefetch does nothing where there is no prefetch instruction written
// for the architecture: the line comes when it is read.
func prefetch(p unsafe.Pointer) {}

// prefetchBytes does nothing, as prefetch.
func prefetchBytes(p unsafe.Pointer, n int) {}
