package corpus

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// Trees are reused page after page; a page must read the same whatever
// was parsed before it, including a page larger than what is pooled.
func TestReusedTreeLeavesNothingBehind(t *testing.T) {
	names := []string{"compare.html", "faq.html", "webflow.html", "elementor.html", "builder.html"}
	parse := func(name string, src []byte) *Document {
		d, err := Parse(name, src, FormatHTML, DefaultOptions())
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	srcs := map[string][]byte{}
	first := map[string]*Document{}
	for _, n := range names {
		src, err := os.ReadFile(filepath.Join("testdata", n))
		if err != nil {
			t.Fatal(err)
		}
		srcs[n] = src
		first[n] = parse(n, src)
	}
	huge := []byte("<html><body>" + strings.Repeat("<p>Group meets <b>daily</b>.</p>", maxPooledNodes/3) + "</body></html>")
	for round := range 3 {
		for i := range names {
			// Another order each round, with the huge page in between.
			n := names[(i*(round+2))%len(names)]
			parse("huge.html", huge)
			if got := parse(n, srcs[n]); !reflect.DeepEqual(got, first[n]) {
				t.Fatalf("round %d: %s parsed after other pages differs from its first parse", round, n)
			}
		}
	}
}
