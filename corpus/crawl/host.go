package crawl

import (
	"context"
	"errors"
	"net/url"
	"sync"
	"time"

	"github.com/temoto/robotstxt"
	"golang.org/x/time/rate"
)

// host is the politeness state of one scheme://host[:port]: its
// robots.txt, its rate limiter and its concurrency slots.
type host struct {
	origin  string
	limiter *rate.Limiter
	slots   chan struct{}

	once   sync.Once
	robots *robotstxt.RobotsData
	// unreachable, when set, is why robots.txt could not be asked for at
	// all (DNS, refused, timeout): every page of the host fails with it
	// without a request of its own.
	unreachable string
	delay       time.Duration
}

func (c *crawler) host(u *url.URL) *host {
	origin := u.Scheme + "://" + u.Host
	c.mu.Lock()
	defer c.mu.Unlock()
	h := c.hosts[origin]
	if h == nil {
		h = &host{
			origin:  origin,
			limiter: rate.NewLimiter(rate.Every(c.opt.Delay), 1),
			slots:   make(chan struct{}, c.opt.Concurrency),
			delay:   c.opt.Delay,
		}
		c.hosts[origin] = h
	}
	return h
}

// loadRobots reads the host's robots.txt once, through the same polite
// request path as pages. A 4xx means no rules; a 5xx means keep off, as
// Google's crawler does (robotstxt.FromStatusAndBytes); rules that do not
// parse are no rules. A Crawl-delay longer than the configured delay
// slows this host's limiter to it.
func (c *crawler) loadRobots(ctx context.Context, h *host) {
	h.once.Do(func() {
		u, _ := url.Parse(h.origin + "/robots.txt")
		resp, err := c.request(ctx, h, u, kindRobots)
		if err != nil {
			var fe *fetchError
			if errors.As(err, &fe) && fe.status >= 400 {
				h.robots, _ = robotstxt.FromStatusAndBytes(fe.status, nil)
				return
			}
			h.unreachable = "host unreachable (robots.txt: " + err.Error() + ")"
			return
		}
		if resp.status >= 300 && resp.status < 400 {
			// A redirected robots.txt is followed once, on the same host
			// only: anything else is treated as no rules.
			h.robots, _ = robotstxt.FromStatusAndBytes(404, nil)
			if next, ok := normalize(u, resp.location); ok && next.Scheme+"://"+next.Host == h.origin {
				if r2, err := c.request(ctx, h, next, kindRobots); err == nil && r2.status == 200 {
					h.robots, _ = robotstxt.FromStatusAndBytes(200, r2.body)
				}
			}
		} else if rd, err := robotstxt.FromStatusAndBytes(resp.status, resp.body); err == nil {
			h.robots = rd
		}
		if h.robots == nil {
			h.robots, _ = robotstxt.FromStatusAndBytes(404, nil)
		}
		if d := h.robots.FindGroup(robotsAgent).CrawlDelay; d > h.delay {
			h.delay = d
			h.limiter.SetLimit(rate.Every(d))
		}
	})
}

// allowed reports whether robots.txt lets factlint fetch u.
func (h *host) allowed(u *url.URL) bool {
	if h.robots == nil {
		return true
	}
	p := u.EscapedPath()
	if u.RawQuery != "" {
		p += "?" + u.RawQuery
	}
	return h.robots.TestAgent(p, robotsAgent)
}
