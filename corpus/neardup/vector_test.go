package neardup

import "testing"

// kernelSets are the sets of kernels this CPU runs, the scalar code first.
func kernelSets() []vectorKernels {
	var out []vectorKernels
	for _, v := range []vectorKernels{scalarOnly, withAVX2, withAVX512} {
		if cpuHas(v) {
			out = append(out, v)
		}
	}
	return out
}

// keepVector puts vector back as it was when the test ends, so that a
// test may hold each set of kernels to the scalar code.
func keepVector(t *testing.T) {
	best := vector
	t.Cleanup(func() { vector = best })
}

func (v vectorKernels) String() string {
	return [...]string{"scalar", "AVX2", "AVX-512"}[v]
}

// TestVectorIsTheBest: a CPU with AVX-512 has AVX2 too, and each set the
// CPU has below the one in use is held to the scalar code all the same.
func TestVectorIsTheBest(t *testing.T) {
	sets := kernelSets()
	if sets[0] != scalarOnly || vector != sets[len(sets)-1] {
		t.Fatalf("kernel sets %v, in use %v", sets, vector)
	}
	t.Logf("kernel sets on this CPU: %v", sets)
}
