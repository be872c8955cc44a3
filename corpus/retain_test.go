package corpus

import (
	"fmt"
	"runtime"
	"strings"
	"testing"
)

// TestAddressKeepsNoPage: a document's address taken from its canonical
// link is kept for the whole run, so it must not hold on to the string
// of all the page's attributes it was cut from. 200 pages with 40 KB of
// attributes each, of which only the addresses are kept, must not keep
// megabytes alive.
func TestAddressKeepsNoPage(t *testing.T) {
	class := strings.Repeat("card card--wide ", 2500) // 40 KB in one attribute
	urls := make([]string, 0, 200)
	runtime.GC()
	var before runtime.MemStats
	runtime.ReadMemStats(&before)
	for i := range 200 {
		src := fmt.Sprintf(`<html><head><link rel="canonical" href="https://clinic.example/p%d.html"><title>Page %d</title></head><body class=%q><p>Our IOP meets three days a week.</p></body></html>`, i, i, class)
		d, err := Parse(fmt.Sprintf("p%d.html", i), []byte(src), FormatHTML, Options{})
		if err != nil {
			t.Fatal(err)
		}
		urls = append(urls, d.URL)
	}
	runtime.GC()
	var after runtime.MemStats
	runtime.ReadMemStats(&after)
	if grown := int64(after.HeapAlloc) - int64(before.HeapAlloc); grown > 2<<20 {
		t.Errorf("keeping 200 addresses keeps %d KB alive, want under 2 MB", grown>>10)
	}
	if urls[7] != "https://clinic.example/p7.html" {
		t.Errorf("address = %q", urls[7])
	}
	runtime.KeepAlive(urls)
}
