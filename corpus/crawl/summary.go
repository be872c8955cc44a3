package crawl

import (
	"sort"
	"time"
)

// Outcome says why a URL gave no page to check.
type Outcome string

const (
	// Failed: the request went wrong (DNS, refused, timeout, HTTP error
	// status, body over the limit, redirect loop, undecodable charset).
	Failed Outcome = "failed"
	// Disallowed: robots.txt forbids it; it was never requested.
	Disallowed Outcome = "disallowed"
	// NotHTML: the response was no HTML page.
	NotHTML Outcome = "not-html"
	// OffSite: a redirect led to a host the crawl does not visit.
	OffSite Outcome = "off-site"
	// Duplicate: the page names another URL as its canonical one, or a
	// redirect led to a page already read.
	Duplicate Outcome = "duplicate"
)

// Skip is a URL that gave no page to check, and why.
type Skip struct {
	URL     string
	Outcome Outcome
	Reason  string
}

// Redirect is one hop of a followed redirect.
type Redirect struct {
	From, To string
	Status   int
}

// Summary is what a crawl did.
type Summary struct {
	// Pages is the number of pages handed on for checking.
	Pages int
	// Requests counts every HTTP request sent, robots.txt and retries included.
	Requests int
	// NotModified counts cached responses the server confirmed unchanged.
	NotModified int
	Redirects   []Redirect
	// Skips are sorted by URL.
	Skips []Skip
	// OffSiteLinks and NonPageLinks count links not followed because they
	// lead to another host or to a file that is no page (an image, a PDF).
	OffSiteLinks, NonPageLinks int
	// DeepLinks counts links not followed past the depth limit.
	DeepLinks int
	// LimitReached is set when MaxPages stopped the crawl with links left.
	LimitReached bool
	Hosts        []string
	// Warnings are problems that cost no page: a cache or save folder
	// that could not be written.
	Warnings []string
	Duration time.Duration
}

// Count returns the number of skips with the given outcome.
func (s *Summary) Count(o Outcome) int {
	n := 0
	for _, k := range s.Skips {
		if k.Outcome == o {
			n++
		}
	}
	return n
}

func (s *Summary) sort() {
	sort.SliceStable(s.Skips, func(i, j int) bool { return s.Skips[i].URL < s.Skips[j].URL })
	sort.SliceStable(s.Redirects, func(i, j int) bool { return s.Redirects[i].From < s.Redirects[j].From })
	sort.Strings(s.Hosts)
}
