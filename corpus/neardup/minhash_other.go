//go:build !amd64

package neardup

// cpuHas reports only the scalar code where there are no vector kernels.
func cpuHas(v vectorKernels) bool { return v == scalarOnly }

func minHashBlocks(best, shingles []uint64, j int) { panic("no vector kernel") }

func agreeWordAVX512(a, b *[64]uint32) uint64 { panic("no vector kernel") }

func agreeWordAVX2(a, b *[64]uint32) uint64 { panic("no vector kernel") }

func binsAVX512(a, b *[64]uint32) (eq, empty uint64) { panic("no vector kernel") }

func binsAVX2(a, b *[64]uint32) (eq, empty uint64) { panic("no vector kernel") }
