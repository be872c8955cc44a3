package crawl

import (
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"time"

	"github.com/cenkalti/backoff/v5"
)

// kind is what a request is for; it decides the Accept header and which
// content types are welcome.
type kind int

const (
	kindPage kind = iota
	kindRobots
	kindSitemap
)

// response is a request's outcome that the crawl goes on with: a body
// (2xx, or the cached one after a 304) or a redirect.
type response struct {
	url         *url.URL
	status      int
	location    string
	contentType string
	body        []byte
	fromCache   bool
}

// request sends one GET for u to h, politely: it takes one of the host's
// concurrency slots, waits for its rate limiter, revalidates a cached
// copy, and retries what may pass (timeouts, resets, 429, 5xx) with
// exponential backoff, each retry queueing for the limiter again.
func (c *crawler) request(ctx context.Context, h *host, u *url.URL, k kind) (*response, error) {
	b := backoff.NewExponentialBackOff()
	b.InitialInterval = c.opt.Backoff
	b.MaxInterval = 30 * c.opt.Backoff
	op := func() (*response, error) {
		select {
		case h.slots <- struct{}{}:
		case <-ctx.Done():
			return nil, backoff.Permanent(ctx.Err())
		}
		defer func() { <-h.slots }()
		if err := h.limiter.Wait(ctx); err != nil {
			return nil, backoff.Permanent(err)
		}
		resp, err := c.send(ctx, u, k)
		var fe *fetchError
		if errors.As(err, &fe) && !fe.retryable {
			return nil, backoff.Permanent(err)
		}
		return resp, err
	}
	return backoff.Retry(ctx, op,
		backoff.WithBackOff(b),
		backoff.WithMaxTries(uint(c.opt.Retries+1)),
		backoff.WithMaxElapsedTime(0))
}

// send is one HTTP exchange, body read and checked.
func (c *crawler) send(ctx context.Context, u *url.URL, k kind) (*response, error) {
	ctx, cancel := context.WithTimeout(ctx, c.opt.Timeout)
	defer cancel()
	raw := u.String()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, raw, nil)
	if err != nil {
		return nil, failf("bad URL: %v", err)
	}
	req.Header.Set("User-Agent", c.opt.UserAgent)
	switch k {
	case kindPage:
		req.Header.Set("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1")
	case kindSitemap:
		req.Header.Set("Accept", "application/xml,text/xml;q=0.9,text/plain;q=0.5,*/*;q=0.1")
	}
	cached, cachedBody := c.cache.get(raw)
	if cached != nil {
		if cached.ETag != "" {
			req.Header.Set("If-None-Match", cached.ETag)
		}
		if cached.LastModified != "" {
			req.Header.Set("If-Modified-Since", cached.LastModified)
		}
	}
	c.count(func(s *Summary) { s.Requests++ })
	resp, err := c.client.Do(req)
	if err != nil {
		return nil, netError(cause(ctx, err), c.opt.Timeout)
	}
	defer resp.Body.Close()
	out := &response{url: u, status: resp.StatusCode, contentType: resp.Header.Get("Content-Type")}
	switch {
	case resp.StatusCode == http.StatusNotModified && cached != nil:
		c.count(func(s *Summary) { s.NotModified++ })
		out.status, out.contentType, out.body, out.fromCache = cached.Status, cached.ContentType, cachedBody, true
		return out, nil
	case resp.StatusCode >= 300 && resp.StatusCode < 400 && resp.Header.Get("Location") != "":
		out.location = resp.Header.Get("Location")
		return out, nil
	case resp.StatusCode < 200 || resp.StatusCode > 299:
		return nil, statusError(resp)
	}
	if k == kindPage && out.contentType != "" && !isHTMLType(out.contentType) {
		return nil, &fetchError{outcome: NotHTML, reason: "not HTML (" + mediaType(out.contentType) + ")"}
	}
	if resp.ContentLength > c.opt.MaxBodySize {
		return nil, failf("body is %d bytes, over the %d-byte size limit", resp.ContentLength, c.opt.MaxBodySize)
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, c.opt.MaxBodySize+1))
	if err != nil {
		return nil, netError(cause(ctx, err), c.opt.Timeout)
	}
	if int64(len(body)) > c.opt.MaxBodySize {
		return nil, failf("body is over the %d-byte size limit", c.opt.MaxBodySize)
	}
	if k == kindPage && out.contentType == "" {
		if t := http.DetectContentType(body); !isHTMLType(t) {
			return nil, &fetchError{outcome: NotHTML, reason: "not HTML (no Content-Type; the body looks like " + mediaType(t) + ")"}
		}
	}
	out.body = body
	if err := c.cache.put(&cacheEntry{
		URL: raw, Status: resp.StatusCode, ContentType: out.contentType,
		ETag: resp.Header.Get("ETag"), LastModified: resp.Header.Get("Last-Modified"), Stored: time.Now().UTC(),
	}, body); err != nil {
		c.warn(err.Error())
	}
	return out, nil
}

// cause prefers the request context's own error (its deadline, or the
// run's interruption) to the transport's wording of it.
func cause(ctx context.Context, err error) error {
	if ctx.Err() != nil {
		return ctx.Err()
	}
	return err
}

func mediaType(ct string) string {
	mt, _, err := mime.ParseMediaType(ct)
	if err != nil {
		return strings.TrimSpace(ct)
	}
	return mt
}

func isHTMLType(ct string) bool {
	mt := mediaType(ct)
	return mt == "text/html" || mt == "application/xhtml+xml"
}

// fetch requests u and follows its redirects hop by hop: each hop passes
// robots.txt, the host's rate limit and, for a followed link, the host
// check; the chain is recorded and a loop is named.
func (c *crawler) fetch(ctx context.Context, it item, k kind) (*response, *Skip) {
	u, _ := url.Parse(it.url)
	chain := []string{u.String()}
	for hop := 0; ; hop++ {
		h := c.host(u)
		c.loadRobots(ctx, h)
		if h.unreachable != "" {
			return nil, &Skip{URL: it.url, Outcome: Failed, Reason: h.unreachable}
		}
		if !h.allowed(u) {
			reason := "disallowed by robots.txt"
			if hop > 0 {
				reason = "redirects to " + u.String() + ", which robots.txt disallows"
			}
			return nil, &Skip{URL: it.url, Outcome: Disallowed, Reason: reason}
		}
		resp, err := c.request(ctx, h, u, k)
		if err != nil {
			fe := &fetchError{outcome: Failed, reason: err.Error()}
			errors.As(err, &fe)
			reason := fe.reason
			if hop > 0 {
				reason = fmt.Sprintf("%s (after redirects to %s)", reason, u)
			}
			return nil, &Skip{URL: it.url, Outcome: fe.outcome, Reason: reason}
		}
		if resp.location == "" {
			return resp, nil
		}
		next, ok := normalize(u, resp.location)
		if !ok {
			return nil, &Skip{URL: it.url, Outcome: Failed, Reason: fmt.Sprintf("redirect to an unusable Location %q", resp.location)}
		}
		to := next.String()
		c.count(func(s *Summary) {
			s.Redirects = append(s.Redirects, Redirect{From: u.String(), To: to, Status: resp.status})
		})
		if slices.Contains(chain, to) {
			return nil, &Skip{URL: it.url, Outcome: Failed, Reason: "redirect loop: " + strings.Join(append(chain, to), " → ")}
		}
		if hop+1 >= c.opt.MaxRedirects {
			return nil, &Skip{URL: it.url, Outcome: Failed, Reason: fmt.Sprintf("more than %d redirects", c.opt.MaxRedirects)}
		}
		if !c.redirectAllowed(it, next) {
			return nil, &Skip{URL: it.url, Outcome: OffSite, Reason: "redirects to another host: " + to}
		}
		chain = append(chain, to)
		u = next
	}
}
