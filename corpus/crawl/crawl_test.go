package crawl

import (
	"context"
	"net/http"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"
)

// siteHandler serves a small site with one of every kind of trouble.
func siteHandler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("/robots.txt", func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte("User-agent: *\nDisallow: /private/\nCrawl-delay: 0.06\n"))
	})
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/" {
			http.NotFound(w, r)
			return
		}
		writeHTML(w, page("Home", `<p>Our outpatient program runs for eight weeks.</p>
<a href="/a">A</a> <a href="/private/secret">secret</a> <a href="/old">old</a>
<a href="/loop1">loop</a> <a href="/slow">slow</a> <a href="/missing">missing</a>
<a href="/broken">broken</a> <a href="/big">big</a> <a href="/download">download</a>
<a href="/photo.png">photo</a> <a href="/latin">latin</a> <a href="/dup?utm=1">dup</a>
<a href="http://other.test/x">elsewhere</a> <a href="mailto:x@example.org">mail</a> <a href="#top">top</a>`))
	})
	mux.HandleFunc("/a", func(w http.ResponseWriter, r *http.Request) {
		writeHTML(w, page("A", `<p>Page A says the program meets three days a week.</p><a href="/">home</a> <a href="/deep">deeper</a>`))
	})
	mux.HandleFunc("/deep", func(w http.ResponseWriter, r *http.Request) {
		writeHTML(w, page("Deep", `<p>Two links down.</p><a href="/deeper">deeper still</a>`))
	})
	mux.HandleFunc("/deeper", func(w http.ResponseWriter, r *http.Request) {
		writeHTML(w, page("Deeper", `<p>Three links down.</p>`))
	})
	mux.HandleFunc("/a2", func(w http.ResponseWriter, r *http.Request) {
		writeHTML(w, page("A2", `<p>The page the old address moved to.</p>`))
	})
	mux.HandleFunc("/old", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/a2", http.StatusMovedPermanently)
	})
	mux.HandleFunc("/loop1", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/loop2", http.StatusFound)
	})
	mux.HandleFunc("/loop2", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/loop1", http.StatusFound)
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-time.After(3 * time.Second):
		}
	})
	mux.HandleFunc("/missing", http.NotFound)
	mux.HandleFunc("/broken", func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "boom", http.StatusInternalServerError)
	})
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte("<html><body><p>" + strings.Repeat("word ", 40<<10) + "</p></body></html>"))
	})
	mux.HandleFunc("/download", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/pdf")
		w.Write([]byte("%PDF-1.4 not a page"))
	})
	mux.HandleFunc("/latin", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=windows-1252")
		w.Write([]byte(page("Caf\xe9", "<p>Our caf\xe9 program \x96 six weeks.</p>")))
	})
	mux.HandleFunc("/dup", func(w http.ResponseWriter, r *http.Request) {
		writeHTML(w, `<html><head><link rel="canonical" href="/a"></head><body><p>Page A again, with a tracking parameter.</p></body></html>`)
	})
	return mux
}

func TestCrawlSite(t *testing.T) {
	lb := newLoopback(t)
	lb.serve("site.test", siteHandler())
	lb.serve("other.test", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { writeHTML(w, page("Other", "<p>x</p>")) }))
	lb.refuse("refused.test")
	opt := lb.options()
	opt.MaxDepth = 2
	pages, sum := collect(t, Targets{Start: []string{"http://site.test/", "http://nowhere.test/", "http://refused.test/"}}, opt)

	var got []string
	for u := range pages {
		got = append(got, u)
	}
	sort.Strings(got)
	want := []string{"http://site.test/", "http://site.test/a", "http://site.test/a2", "http://site.test/deep", "http://site.test/latin"}
	if !slices.Equal(got, want) {
		t.Errorf("pages read:\n got %v\nwant %v", got, want)
	}

	for _, tc := range []struct {
		url     string
		outcome Outcome
		reason  string
	}{
		{"http://site.test/private/secret", Disallowed, "disallowed by robots.txt"},
		{"http://site.test/loop1", Failed, "redirect loop: http://site.test/loop1 → http://site.test/loop2 → http://site.test/loop1"},
		{"http://site.test/slow", Failed, "timed out after 1s"},
		{"http://site.test/missing", Failed, "HTTP 404 Not Found"},
		{"http://site.test/broken", Failed, "HTTP 500 Internal Server Error"},
		{"http://site.test/big", Failed, "over the 65536-byte size limit"},
		{"http://site.test/download", NotHTML, "not HTML (application/pdf)"},
		{"http://site.test/dup?utm=1", Duplicate, "its canonical URL is http://site.test/a"},
		{"http://nowhere.test/", Failed, "DNS lookup of nowhere.test failed: no such host"},
		{"http://refused.test/", Failed, "connection refused"},
	} {
		s := skipOf(sum, tc.url)
		if s == nil {
			t.Errorf("%s: not in the summary", tc.url)
			continue
		}
		if s.Outcome != tc.outcome || !strings.Contains(s.Reason, tc.reason) {
			t.Errorf("%s: %s %q, want %s containing %q", tc.url, s.Outcome, s.Reason, tc.outcome, tc.reason)
		}
	}

	if n := lb.count("site.test", "/private/secret"); n != 0 {
		t.Errorf("a path robots.txt disallows was requested %d times", n)
	}
	if n := lb.count("site.test", "/photo.png"); n != 0 || sum.NonPageLinks == 0 {
		t.Errorf("image link: requested %d times, %d non-page links counted", n, sum.NonPageLinks)
	}
	if n := len(lb.requests("other.test")); n != 0 || sum.OffSiteLinks == 0 {
		t.Errorf("other host: %d requests, %d off-site links counted", n, sum.OffSiteLinks)
	}
	if n := lb.count("site.test", "/deeper"); n != 0 || sum.DeepLinks == 0 {
		t.Errorf("past the depth limit: /deeper requested %d times, %d deep links counted", n, sum.DeepLinks)
	}
	if n := lb.count("site.test", "/broken"); n != 2 {
		t.Errorf("/broken requested %d times, want 2 (one retry)", n)
	}
	if n := lb.count("site.test", "/missing"); n != 1 {
		t.Errorf("/missing requested %d times, want 1 (a 404 is not retried)", n)
	}
	if n := lb.count("site.test", "/robots.txt"); n != 1 {
		t.Errorf("robots.txt requested %d times, want 1", n)
	}
	if !slices.Contains(sum.Redirects, Redirect{From: "http://site.test/old", To: "http://site.test/a2", Status: 301}) {
		t.Errorf("redirect /old → /a2 not recorded: %v", sum.Redirects)
	}

	reqs := lb.requests("site.test")
	if len(reqs) > 40 {
		t.Errorf("%d requests to site.test, want a bounded crawl", len(reqs))
	}
	for _, r := range reqs {
		if ua := r.header.Get("User-Agent"); !strings.Contains(ua, "factlint") || !strings.Contains(ua, "https://") {
			t.Errorf("User-Agent %q names neither factlint nor a URL", ua)
			break
		}
	}
	// Crawl-delay 0.06 s beats the configured 20 ms: after robots.txt is
	// read, requests to the host are sent at most one per 60 ms. Times are
	// taken where the crawler hands a request to the transport; a
	// goroutine woken late can still shorten one gap (by 25 ms on a busy
	// machine), so a single gap need only be half the delay, and the
	// whole span gets no slack.
	lb.mu.Lock()
	sent := slices.Clone(lb.sent["site.test"])
	lb.mu.Unlock()
	for i := 2; i < len(sent); i++ {
		if gap := sent[i].Sub(sent[i-1]); gap < 30*time.Millisecond {
			t.Errorf("requests %d and %d sent only %v apart, want the 60ms Crawl-delay", i-1, i, gap)
		}
	}
	if n := len(sent); n > 3 {
		if span, min := sent[n-1].Sub(sent[1]), time.Duration(n-2)*60*time.Millisecond-5*time.Millisecond; span < min {
			t.Errorf("%d requests in %v, faster than one per 60ms", n-1, span)
		}
	}

	latin := pages["http://site.test/latin"]
	if latin == nil || !strings.Contains(string(latin.Body), "Our café program – six weeks.") || latin.Charset != "windows-1252" {
		t.Errorf("windows-1252 page not decoded from the header's charset: %+v", latin)
	}
}

func TestRetryAfterAndInterrupt(t *testing.T) {
	lb := newLoopback(t)
	var mu sync.Mutex
	busy := 0
	mux := http.NewServeMux()
	mux.HandleFunc("/busy", func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		busy++
		first := busy == 1
		mu.Unlock()
		if first {
			w.Header().Set("Retry-After", "1")
			http.Error(w, "busy", http.StatusServiceUnavailable)
			return
		}
		writeHTML(w, page("Busy", "<p>Served on the second try.</p>"))
	})
	lb.serve("retry.test", mux)
	opt := lb.options()
	start := time.Now()
	pages, _ := collect(t, Targets{List: []string{"http://retry.test/busy"}}, opt)
	if len(pages) != 1 || time.Since(start) < 900*time.Millisecond {
		t.Errorf("503 with Retry-After: 1: %d pages after %v, want the page after waiting a second", len(pages), time.Since(start))
	}

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	sum := Run(ctx, Targets{Start: []string{"http://retry.test/busy"}}, opt, func(*Page) { t.Error("a page was read after the run was interrupted") })
	if sum.Pages != 0 {
		t.Errorf("interrupted run read %d pages", sum.Pages)
	}
}

func TestRedirectsAcrossHosts(t *testing.T) {
	lb := newLoopback(t)
	lb.serve("apex.test", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "http://www.apex.test"+r.URL.Path, http.StatusMovedPermanently)
	}))
	mux := http.NewServeMux()
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		writeHTML(w, page("Home", `<p>Home.</p><a href="/about">about</a> <a href="/out">out</a> <a href="http://apex.test/about">apex</a>`))
	})
	mux.HandleFunc("/about", func(w http.ResponseWriter, r *http.Request) {
		writeHTML(w, page("About", `<p>About.</p>`))
	})
	mux.HandleFunc("/out", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "http://other.test/", http.StatusFound)
	})
	lb.serve("www.apex.test", mux)
	lb.serve("other.test", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { writeHTML(w, page("Other", "<p>x</p>")) }))

	pages, sum := collect(t, Targets{Start: []string{"http://apex.test/"}}, lb.options())
	if len(pages) != 2 || pages["http://www.apex.test/"] == nil || pages["http://www.apex.test/about"] == nil {
		t.Errorf("a start URL redirecting to www: pages %v, want www's home and about", pages)
	}
	if s := skipOf(sum, "http://www.apex.test/out"); s == nil || s.Outcome != OffSite || !strings.Contains(s.Reason, "http://other.test/") {
		t.Errorf("a followed link redirecting off-site: %+v", s)
	}
	if n := len(lb.requests("other.test")); n != 0 {
		t.Errorf("the off-site host got %d requests", n)
	}
	if s := skipOf(sum, "http://apex.test/about"); s == nil || s.Outcome != Duplicate {
		t.Errorf("apex link redirecting to a page already read: %+v", s)
	}
}
