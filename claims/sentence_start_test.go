package claims

import (
	"math/rand/v2"
	"testing"
)

// sentenceStarts, asked in order, gives what sentenceStart gives.
func TestSentenceStartsInOrder(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	alphabet := ". ?!ab"
	for range 2000 {
		b := make([]byte, r.IntN(60))
		for i := range b {
			b[i] = alphabet[r.IntN(len(alphabet))]
		}
		lower := string(b)
		starts := sentenceStarts{lower: lower}
		for i := 0; i <= len(lower); i += r.IntN(4) + 1 {
			if got, want := starts.before(i), sentenceStart(lower, i); got != want {
				t.Fatalf("%q at %d: sentenceStarts %d, sentenceStart %d", lower, i, got, want)
			}
		}
	}
}
