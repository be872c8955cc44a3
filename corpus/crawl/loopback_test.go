package crawl

import (
	"context"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"
)

// loopback maps made-up host names to httptest servers on 127.0.0.1, so
// tests can have several hosts, a host that does not resolve and one
// that refuses connections without any traffic leaving the machine.
type loopback struct {
	t     *testing.T
	mu    sync.Mutex
	addrs map[string]string // host name → 127.0.0.1:port
	log   []request
	// sent logs, per host, when the crawler handed each request to the
	// transport: what its rate limiter controls, free of the network
	// and scheduling delays that shift arrival times at the server.
	sent map[string][]time.Time
}

type request struct {
	host, path string
	at         time.Time
	header     http.Header
}

func newLoopback(t *testing.T) *loopback {
	return &loopback{t: t, addrs: map[string]string{}, sent: map[string][]time.Time{}}
}

// serve starts a loopback server for host; every request is logged.
func (l *loopback) serve(host string, h http.Handler) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		l.mu.Lock()
		l.log = append(l.log, request{host: host, path: r.URL.RequestURI(), at: time.Now(), header: r.Header.Clone()})
		l.mu.Unlock()
		h.ServeHTTP(w, r)
	}))
	l.t.Cleanup(srv.Close)
	l.addrs[host] = srv.Listener.Addr().String()
}

// refuse maps host to a loopback port nothing listens on.
func (l *loopback) refuse(host string) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		l.t.Fatal(err)
	}
	l.addrs[host] = ln.Addr().String()
	ln.Close()
}

type loggingTransport struct {
	l    *loopback
	next http.RoundTripper
}

func (t loggingTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	t.l.mu.Lock()
	t.l.sent[r.URL.Hostname()] = append(t.l.sent[r.URL.Hostname()], time.Now())
	t.l.mu.Unlock()
	return t.next.RoundTrip(r)
}

func (l *loopback) transport() http.RoundTripper {
	return loggingTransport{l, l.dialer()}
}

func (l *loopback) dialer() http.RoundTripper {
	return &http.Transport{DialContext: func(ctx context.Context, network, addr string) (net.Conn, error) {
		host, _, err := net.SplitHostPort(addr)
		if err != nil {
			return nil, err
		}
		target, ok := l.addrs[host]
		if !ok {
			return nil, &net.DNSError{Err: "no such host", Name: host, IsNotFound: true}
		}
		if !strings.HasPrefix(target, "127.0.0.1:") {
			l.t.Fatalf("refusing to dial %s: tests reach loopback only", target)
		}
		var d net.Dialer
		return d.DialContext(ctx, network, target)
	}}
}

func (l *loopback) requests(host string) []request {
	l.mu.Lock()
	defer l.mu.Unlock()
	var out []request
	for _, r := range l.log {
		if r.host == host {
			out = append(out, r)
		}
	}
	return out
}

func (l *loopback) count(host, path string) int {
	n := 0
	for _, r := range l.requests(host) {
		if r.path == path {
			n++
		}
	}
	return n
}

// testOptions are fast but otherwise real politeness settings.
func (l *loopback) options() Options {
	return Options{
		Transport:   l.transport(),
		Delay:       20 * time.Millisecond,
		Timeout:     time.Second,
		Retries:     1,
		Backoff:     10 * time.Millisecond,
		MaxBodySize: 64 << 10,
	}
}

// collect runs a crawl and returns the pages read, by URL.
func collect(t *testing.T, tg Targets, opt Options) (map[string]*Page, *Summary) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	var mu sync.Mutex
	pages := map[string]*Page{}
	sum := Run(ctx, tg, opt, func(p *Page) {
		mu.Lock()
		defer mu.Unlock()
		if pages[p.URL] != nil {
			t.Errorf("page %s handed on twice", p.URL)
		}
		pages[p.URL] = p
	})
	if ctx.Err() != nil {
		t.Fatal("crawl did not finish in time")
	}
	return pages, sum
}

func page(title, body string) string {
	return "<!DOCTYPE html><html><head><title>" + title + "</title></head><body><main>\n" + body + "\n</main></body></html>\n"
}

func writeHTML(w http.ResponseWriter, s string) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Write([]byte(s))
}

func skipOf(s *Summary, url string) *Skip {
	for i := range s.Skips {
		if s.Skips[i].URL == url {
			return &s.Skips[i]
		}
	}
	return nil
}
