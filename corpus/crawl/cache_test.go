package crawl

import (
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"testing"
)

func TestCacheRevalidates(t *testing.T) {
	lb := newLoopback(t)
	body := page("Cached", `<p>Stored with its validators.</p><a href="/dated">dated</a> <a href="/plain">plain</a>`)
	mux := http.NewServeMux()
	mux.HandleFunc("/robots.txt", http.NotFound)
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("ETag", `"v1"`)
		if r.Header.Get("If-None-Match") == `"v1"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		writeHTML(w, body)
	})
	mux.HandleFunc("/dated", func(w http.ResponseWriter, r *http.Request) {
		const lm = "Mon, 02 Jan 2006 15:04:05 GMT"
		w.Header().Set("Last-Modified", lm)
		if r.Header.Get("If-Modified-Since") == lm {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		writeHTML(w, page("Dated", "<p>Stored with a date.</p>"))
	})
	mux.HandleFunc("/plain", func(w http.ResponseWriter, r *http.Request) {
		writeHTML(w, page("Plain", "<p>No validator, so never stored.</p>"))
	})
	lb.serve("cache.test", mux)
	opt := lb.options()
	opt.CacheDir = t.TempDir()

	first, s1 := collect(t, Targets{Start: []string{"http://cache.test/"}}, opt)
	second, s2 := collect(t, Targets{Start: []string{"http://cache.test/"}}, opt)
	if len(first) != 3 || len(second) != 3 {
		t.Fatalf("pages: %d then %d, want 3 each", len(first), len(second))
	}
	if s1.NotModified != 0 || s2.NotModified != 2 {
		t.Errorf("304s: %d then %d, want 0 then 2", s1.NotModified, s2.NotModified)
	}
	if p := second["http://cache.test/"]; !p.FromCache || string(p.Body) != body {
		t.Errorf("revalidated page not served from the cache: %+v", p)
	}
	if second["http://cache.test/plain"].FromCache {
		t.Error("a page without validators came from the cache")
	}
	var conditional int
	for _, r := range lb.requests("cache.test") {
		if r.header.Get("If-None-Match") != "" || r.header.Get("If-Modified-Since") != "" {
			conditional++
		}
	}
	if conditional != 2 {
		t.Errorf("%d conditional requests, want 2 (the second visit of / and /dated)", conditional)
	}
	// A damaged entry is no entry: the page is fetched again.
	c := &diskCache{dir: opt.CacheDir}
	u, _ := url.Parse("http://cache.test/")
	if err := os.WriteFile(c.path(u.String()), []byte("garbage"), 0o644); err != nil {
		t.Fatal(err)
	}
	third, s3 := collect(t, Targets{Start: []string{"http://cache.test/"}}, opt)
	if len(third) != 3 || s3.NotModified != 1 || third["http://cache.test/"].FromCache {
		t.Errorf("after damaging the cache: %d pages, %d 304s", len(third), s3.NotModified)
	}
	if m, _ := filepath.Glob(filepath.Join(opt.CacheDir, "*", ".tmp-*")); len(m) > 0 {
		t.Errorf("temporary files left in the cache: %v", m)
	}
}

func TestPageLimitIsDeterministic(t *testing.T) {
	lb := newLoopback(t)
	mux := http.NewServeMux()
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		writeHTML(w, page("Hub", `<p>Hub.</p><a href="/p1">1</a><a href="/p2">2</a><a href="/p3">3</a><a href="/p4">4</a>`))
	})
	for _, p := range []string{"/p1", "/p2", "/p3", "/p4"} {
		mux.HandleFunc(p, func(w http.ResponseWriter, r *http.Request) {
			writeHTML(w, page(p, `<p>Leaf.</p><a href="/p4">4</a><a href="/leaf`+p[2:]+`">more</a>`))
		})
	}
	lb.serve("limit.test", mux)
	opt := lb.options()
	opt.MaxPages = 3
	opt.Concurrency = 3
	for range 2 {
		pages, sum := collect(t, Targets{Start: []string{"http://limit.test/"}}, opt)
		if len(pages) != 3 || pages["http://limit.test/p1"] == nil || pages["http://limit.test/p2"] == nil || !sum.LimitReached {
			t.Errorf("with a 3-page limit: %d pages, limit reached %v; want /, /p1, /p2", len(pages), sum.LimitReached)
		}
	}
	opt.MaxPages, opt.MaxDepth = 100, -1
	pages, sum := collect(t, Targets{Start: []string{"http://limit.test/"}}, opt)
	if len(pages) != 1 || sum.DeepLinks != 4 {
		t.Errorf("depth 0: %d pages, %d deep links; want the start page alone and 4", len(pages), sum.DeepLinks)
	}
}

func TestSavePath(t *testing.T) {
	for raw, want := range map[string]string{
		"https://example.org/":               "example.org/index.html",
		"https://example.org/about/":         "example.org/about/index.html",
		"https://example.org/about":          "example.org/about.html",
		"https://example.org/a/b.html":       "example.org/a/b.html",
		"https://example.org/page.php":       "example.org/page.php.html",
		"http://127.0.0.1:8080/x/.hidden":    "127.0.0.1_8080/x/_.hidden.html",
		"https://Example.org/p?id=3":         "example.org/p@",
		"https://example.org/%C3%A9t%C3%A9/": "example.org/%C3%A9t%C3%A9/index.html",
	} {
		u, ok := normalize(nil, raw)
		if !ok {
			t.Fatalf("%s: not a URL", raw)
		}
		got := filepath.ToSlash(SavePath(u))
		if got != want && !(want[len(want)-1] == '@' && len(got) > len(want) && got[:len(want)] == want) {
			t.Errorf("SavePath(%s) = %s, want %s", raw, got, want)
		}
	}
}
