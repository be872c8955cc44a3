package crawl

import (
	"net/http"
	"time"

	"github.com/factlint/factlint/corpus"
)

// Politeness defaults: one request a second and at most two at a time on
// any one host is less than a reader with two tabs open, so no site owner
// has cause to object; Crawl-delay in robots.txt slows it further.
const (
	DefaultDelay       = time.Second
	DefaultConcurrency = 2
	DefaultHosts       = 4
	DefaultTimeout     = 20 * time.Second
	DefaultRetries     = 2
	DefaultMaxPages    = 1000
	DefaultMaxDepth    = 10
	DefaultRedirects   = 10
	// DefaultUserAgent names the tool and where a site owner reads about it.
	DefaultUserAgent = "factlint (+https://github.com/factlint/factlint)"
	// robotsAgent is the token robots.txt groups are matched against.
	robotsAgent = "factlint"
)

// Options configure a crawl. The zero value of a field means its default.
type Options struct {
	// UserAgent is sent with every request.
	UserAgent string
	// Delay is the least time between two requests to one host; a longer
	// Crawl-delay in the host's robots.txt wins. Negative means none (a
	// site of one's own, or a staging server).
	Delay time.Duration
	// Concurrency is the most requests in flight to one host.
	Concurrency int
	// Hosts is the most hosts crawled at once.
	Hosts int
	// Timeout bounds one request, body included.
	Timeout time.Duration
	// Retries is how many times a timeout, a dropped connection, a 429 or
	// a 5xx is tried again, with exponential backoff; negative means none.
	Retries int
	// Backoff is the first wait before a retry (default one second); it
	// doubles with each retry.
	Backoff time.Duration
	// MaxPages caps the pages requested (failures count too).
	MaxPages int
	// MaxDepth is how many links deep from a start URL the crawl goes;
	// negative means the start URLs only.
	MaxDepth int
	// MaxRedirects is the longest redirect chain followed.
	MaxRedirects int
	// MaxBodySize is the largest body read, in bytes (default corpus.DefaultMaxSize).
	MaxBodySize int64
	// AllowHosts are hosts (host or host:port) links may lead to besides
	// those of the start URLs.
	AllowHosts []string
	// CacheDir, when set, keeps responses with their validators and
	// revalidates them with If-None-Match / If-Modified-Since.
	CacheDir string
	// SaveDir, when set, receives every page read, as host/path files.
	SaveDir string
	// Transport, when set, replaces http.DefaultTransport (tests give one
	// that dials loopback servers).
	Transport http.RoundTripper
	// Progress, when set, is called after each request.
	Progress func(Progress)
}

// Progress is the state of a running crawl.
type Progress struct {
	Fetched, Queued, Errors int
	Elapsed                 time.Duration
}

func (o Options) withDefaults() Options {
	if o.UserAgent == "" {
		o.UserAgent = DefaultUserAgent
	}
	switch {
	case o.Delay == 0:
		o.Delay = DefaultDelay
	case o.Delay < 0:
		o.Delay = 0
	}
	if o.Concurrency <= 0 {
		o.Concurrency = DefaultConcurrency
	}
	if o.Hosts <= 0 {
		o.Hosts = DefaultHosts
	}
	if o.Timeout <= 0 {
		o.Timeout = DefaultTimeout
	}
	if o.Retries == 0 {
		o.Retries = DefaultRetries
	}
	if o.Retries < 0 {
		o.Retries = 0
	}
	if o.Backoff <= 0 {
		o.Backoff = time.Second
	}
	if o.MaxPages <= 0 {
		o.MaxPages = DefaultMaxPages
	}
	if o.MaxDepth == 0 {
		o.MaxDepth = DefaultMaxDepth
	}
	if o.MaxDepth < 0 {
		o.MaxDepth = 0
	}
	if o.MaxRedirects <= 0 {
		o.MaxRedirects = DefaultRedirects
	}
	if o.MaxBodySize <= 0 {
		o.MaxBodySize = corpus.DefaultMaxSize
	}
	if o.Transport == nil {
		o.Transport = http.DefaultTransport
	}
	return o
}
