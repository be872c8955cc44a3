package crawl

import (
	"net/url"
	"testing"
	"time"

	"golang.org/x/time/rate"
)

// The zero Delay is the polite default; a negative one asks for none, for
// a site of one's own: the host's limiter then lets every request through.
func TestDelayZeroDefaultNegativeNone(t *testing.T) {
	u, _ := url.Parse("http://127.0.0.1:1/")
	for _, tc := range []struct {
		delay, want time.Duration
		limit       rate.Limit
	}{
		{0, DefaultDelay, rate.Every(DefaultDelay)},
		{250 * time.Millisecond, 250 * time.Millisecond, rate.Every(250 * time.Millisecond)},
		{-1, 0, rate.Inf},
	} {
		opt := Options{Delay: tc.delay}.withDefaults()
		if opt.Delay != tc.want {
			t.Errorf("Delay %v: withDefaults gives %v, want %v", tc.delay, opt.Delay, tc.want)
		}
		c := &crawler{opt: opt, hosts: map[string]*host{}}
		if got := c.host(u).limiter.Limit(); got != tc.limit {
			t.Errorf("Delay %v: the host's limiter allows %v a second, want %v", tc.delay, got, tc.limit)
		}
	}
}
