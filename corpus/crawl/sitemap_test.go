package crawl

import (
	"bytes"
	"compress/gzip"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
)

func gzipped(t *testing.T, s string) []byte {
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	zw.Write([]byte(s))
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestSitemapIndexWithGzippedChild(t *testing.T) {
	lb := newLoopback(t)
	child := gzipped(t, `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <url><loc>http://maps.test/one</loc><lastmod>2026-01-01</lastmod></url>
  <url><loc> http://maps.test/two </loc></url>
  <url><loc>http://maps.test/private/three</loc></url>
</urlset>`)
	mux := http.NewServeMux()
	mux.HandleFunc("/robots.txt", func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte("User-agent: factlint\nDisallow: /private/\n"))
	})
	mux.HandleFunc("/sitemap_index.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/xml")
		w.Write([]byte(`<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>http://maps.test/pages.xml.gz</loc></sitemap>
<sitemap><loc>http://maps.test/gone.xml</loc></sitemap>
</sitemapindex>`))
	})
	mux.HandleFunc("/pages.xml.gz", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/gzip")
		w.Write(child)
	})
	for _, p := range []string{"/one", "/two"} {
		mux.HandleFunc(p, func(w http.ResponseWriter, r *http.Request) {
			writeHTML(w, page(p, `<p>Listed page.</p><a href="/unlisted">more</a>`))
		})
	}
	lb.serve("maps.test", mux)

	pages, sum := collect(t, Targets{Sitemaps: []string{"http://maps.test/sitemap_index.xml"}}, lb.options())
	var got []string
	for u := range pages {
		got = append(got, u)
	}
	sort.Strings(got)
	if want := []string{"http://maps.test/one", "http://maps.test/two"}; !slices.Equal(got, want) {
		t.Errorf("pages %v, want %v", got, want)
	}
	if s := skipOf(sum, "http://maps.test/gone.xml"); s == nil || !strings.Contains(s.Reason, "sitemap: HTTP 404") {
		t.Errorf("missing child sitemap: %+v", s)
	}
	if s := skipOf(sum, "http://maps.test/private/three"); s == nil || s.Outcome != Disallowed {
		t.Errorf("disallowed sitemap entry: %+v", s)
	}
	if n := lb.count("maps.test", "/unlisted") + lb.count("maps.test", "/private/three"); n != 0 {
		t.Errorf("sitemap pages' links or disallowed entries requested (%d)", n)
	}
}

func TestParseSitemapForms(t *testing.T) {
	for _, tc := range []struct {
		name, data      string
		pages, children []string
	}{
		{"urlset", `<urlset><url><loc>https://a.example/x</loc></url></urlset>`, []string{"https://a.example/x"}, nil},
		{"index", `<sitemapindex><sitemap><loc>s1.xml</loc></sitemap></sitemapindex>`, nil, []string{"s1.xml"}},
		{"bare locs", "<loc>https://a.example/1</loc>\n<loc>https://a.example/2</loc>", []string{"https://a.example/1", "https://a.example/2"}, nil},
		{"text list", "https://a.example/1\n\n# comment\nhttps://a.example/2\n", []string{"https://a.example/1", "https://a.example/2"}, nil},
		{"entities", `<urlset><url><loc>https://a.example/?a=1&amp;b=2</loc></url></urlset>`, []string{"https://a.example/?a=1&b=2"}, nil},
	} {
		e, err := parseSitemap([]byte(tc.data), 1<<20)
		if err != nil {
			t.Errorf("%s: %v", tc.name, err)
			continue
		}
		if !slices.Equal(e.pages, tc.pages) || !slices.Equal(e.children, tc.children) {
			t.Errorf("%s: pages %v children %v, want %v %v", tc.name, e.pages, e.children, tc.pages, tc.children)
		}
	}
	if _, err := parseSitemap([]byte("<urlset><url><loc>x</url"), 1<<20); err == nil {
		t.Error("truncated XML: no error")
	}
	if _, err := parseSitemap(gzipped(t, strings.Repeat("https://a.example/\n", 100)), 100); err == nil {
		t.Error("gzip bomb over the limit: no error")
	}
}

func TestLocalSitemapFile(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	idx := write("sitemap.xml", []byte(`<?xml version="1.0"?><sitemapindex><sitemap><loc>child.xml.gz</loc></sitemap></sitemapindex>`))
	write("child.xml.gz", gzipped(t, `<urlset><url><loc>http://local.test/page</loc></url></urlset>`))
	notMap := write("feed.xml", []byte(`<rss><channel><item><link>http://local.test/</link></item></channel></rss>`))
	if !IsSitemapFile(idx) || !IsSitemapFile(filepath.Join(dir, "child.xml.gz")) || IsSitemapFile(notMap) {
		t.Error("IsSitemapFile: wrong answer for sitemap.xml, child.xml.gz or feed.xml")
	}
	lb := newLoopback(t)
	lb.serve("local.test", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		writeHTML(w, page("Local", "<p>Read from a local sitemap.</p>"))
	}))
	pages, _ := collect(t, Targets{Sitemaps: []string{idx}}, lb.options())
	if len(pages) != 1 || pages["http://local.test/page"] == nil {
		t.Errorf("pages from a local sitemap index: %v", pages)
	}
}
