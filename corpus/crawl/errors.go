package crawl

import (
	"context"
	"crypto/x509"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"syscall"
	"time"

	"github.com/cenkalti/backoff/v5"
)

// fetchError is a request that went wrong, with the reason a person reads
// in the summary.
type fetchError struct {
	outcome   Outcome
	reason    string
	retryable bool
	// status is the HTTP status of an error response, 0 for others.
	status int
	// after is the server's Retry-After, when it sent one.
	after time.Duration
}

func (e *fetchError) Error() string { return e.reason }

// Unwrap lets backoff.Retry see a Retry-After as its own RetryAfterError
// while the error itself keeps its reason.
func (e *fetchError) Unwrap() []error {
	if e.after <= 0 {
		return nil
	}
	return []error{backoff.RetryAfter(int((e.after + time.Second - 1) / time.Second))}
}

func failf(format string, args ...any) *fetchError {
	return &fetchError{outcome: Failed, reason: fmt.Sprintf(format, args...)}
}

// maxRetryAfter caps how long a Retry-After is waited for: a server that
// asks for more is down for longer than an audit waits.
const maxRetryAfter = 2 * time.Minute

// statusError names an HTTP error status; 429 and 5xx are worth a retry.
func statusError(resp *http.Response) *fetchError {
	e := failf("HTTP %s", resp.Status)
	if resp.Status == "" {
		e.reason = fmt.Sprintf("HTTP %d", resp.StatusCode)
	}
	e.status = resp.StatusCode
	e.retryable = resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode >= 500
	if s := resp.Header.Get("Retry-After"); s != "" && e.retryable {
		if n, err := strconv.Atoi(s); err == nil && n >= 0 {
			e.after = time.Duration(n) * time.Second
		} else if t, err := http.ParseTime(s); err == nil {
			e.after = time.Until(t)
		}
		e.after = min(e.after, maxRetryAfter)
	}
	return e
}

// netError names a transport failure: DNS, refused, reset, timeout, TLS.
func netError(err error, timeout time.Duration) *fetchError {
	var ue *url.Error
	if errors.As(err, &ue) {
		err = ue.Err
	}
	var dns *net.DNSError
	var ne net.Error
	var cert *x509.UnknownAuthorityError
	var host x509.HostnameError
	switch {
	case errors.Is(err, context.Canceled):
		return failf("interrupted")
	case errors.Is(err, context.DeadlineExceeded) || errors.As(err, &ne) && ne.Timeout():
		return &fetchError{outcome: Failed, reason: fmt.Sprintf("timed out after %s", timeout), retryable: true}
	case errors.As(err, &dns):
		return &fetchError{outcome: Failed, reason: fmt.Sprintf("DNS lookup of %s failed: %s", dns.Name, dns.Err), retryable: dns.IsTemporary}
	case errors.Is(err, syscall.ECONNREFUSED):
		return failf("connection refused")
	case errors.Is(err, syscall.ECONNRESET) || errors.Is(err, syscall.EPIPE):
		return &fetchError{outcome: Failed, reason: "connection reset by the server", retryable: true}
	case errors.As(err, &cert), errors.As(err, &host):
		return failf("TLS certificate not trusted: %v", err)
	}
	return &fetchError{outcome: Failed, reason: err.Error(), retryable: true}
}
