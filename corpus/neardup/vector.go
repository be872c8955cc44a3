package neardup

// vectorKernels names a set of vector kernels: signing's multiplies and
// judging's compares run in them when the CPU has them.
type vectorKernels uint8

const (
	scalarOnly vectorKernels = iota
	withAVX2
	withAVX512
)

// vector is the best set this CPU runs. (Tests set it lower, to hold each
// set to the scalar code.)
var vector = func() vectorKernels {
	for _, v := range []vectorKernels{withAVX512, withAVX2} {
		if cpuHas(v) {
			return v
		}
	}
	return scalarOnly
}()

// block is how many hash functions v's MinHash kernel takes at once; 0
// for none.
func (v vectorKernels) block() int {
	switch v {
	case withAVX512:
		return 32
	case withAVX2:
		return 16
	}
	return 0
}

// agreeWord has bit i set when a[i] == b[i].
func agreeWord(a, b *[64]uint32) uint64 {
	switch vector {
	case withAVX512:
		return agreeWordAVX512(a, b)
	case withAVX2:
		return agreeWordAVX2(a, b)
	}
	return agreeWordScalar(a, b)
}

// bins64 is binsAVX512 or binsAVX2, whichever the CPU runs.
func bins64(a, b *[64]uint32) (eq, empty uint64) {
	if vector == withAVX512 {
		return binsAVX512(a, b)
	}
	return binsAVX2(a, b)
}
