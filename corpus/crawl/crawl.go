package crawl

import (
	"context"
	"net/http"
	"net/url"
	"sync"
	"time"
)

// Targets are what a crawl starts from.
type Targets struct {
	// Start URLs are crawled: their links are followed on their host.
	Start []string
	// List URLs are read as they are, their links not followed (a URL
	// list file, the pages of a sitemap).
	List []string
	// Sitemaps are URLs or local files of sitemaps, sitemap indexes
	// (followed to their children), gzipped or not, or plain URL lists.
	Sitemaps []string
}

// item is one URL to read.
type item struct {
	url    string
	depth  int
	follow bool
}

// levelResult is what reading one item gave the next level: URLs reached
// by redirect (already read), and new links in document order.
type levelResult struct {
	reached []string
	links   []item
}

type crawler struct {
	opt    Options
	client *http.Client
	cache  *diskCache
	saver  *saver
	emit   func(*Page)
	start  time.Time

	mu      sync.Mutex
	hosts   map[string]*host
	allowed map[string]bool // hosts links are followed to
	read    map[string]bool // final URLs handed on
	sum     Summary
	queued  int
	failed  int
	// seen is every URL scheduled or reached so far; workers only read it
	// during a level and it grows between levels.
	seen map[string]bool
}

// Run crawls targets and calls emit, from several goroutines at once, for
// every HTML page read; emit may block, which slows the crawl to the pace
// of whatever consumes the pages. The crawl stops early when ctx is done.
func Run(ctx context.Context, t Targets, opt Options, emit func(*Page)) *Summary {
	opt = opt.withDefaults()
	c := &crawler{
		opt:     opt,
		client:  &http.Client{Transport: opt.Transport, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }},
		emit:    emit,
		start:   time.Now(),
		hosts:   map[string]*host{},
		allowed: map[string]bool{},
		read:    map[string]bool{},
		seen:    map[string]bool{},
	}
	if opt.CacheDir != "" {
		c.cache = &diskCache{dir: opt.CacheDir}
	}
	if opt.SaveDir != "" {
		c.saver = newSaver(opt.SaveDir)
	}
	for _, h := range opt.AllowHosts {
		if u, ok := normalize(nil, "http://"+h); ok {
			c.allowed[u.Host] = true
		}
	}
	var level []item
	add := func(raw string, follow bool) {
		u, ok := normalize(nil, raw)
		if !ok {
			c.sum.Skips = append(c.sum.Skips, Skip{URL: raw, Outcome: Failed, Reason: "not an http or https URL"})
			return
		}
		if follow {
			c.allowed[u.Host] = true
		}
		if s := u.String(); !c.seen[s] {
			c.seen[s] = true
			level = append(level, item{url: s, follow: follow})
		}
	}
	for _, s := range t.Start {
		add(s, true)
	}
	for _, s := range t.List {
		add(s, false)
	}
	for _, s := range t.Sitemaps {
		for _, p := range c.sitemapPages(ctx, s) {
			add(p, false)
		}
	}
	budget := opt.MaxPages
	for len(level) > 0 && ctx.Err() == nil {
		if len(level) > budget {
			level, c.sum.LimitReached = level[:budget], true
		}
		budget -= len(level)
		results := c.runLevel(ctx, level)
		var next []item
		for _, r := range results {
			for _, u := range r.reached {
				c.seen[u] = true
			}
		}
		for _, r := range results {
			for _, l := range r.links {
				if !c.seen[l.url] {
					c.seen[l.url] = true
					next = append(next, l)
				}
			}
		}
		if budget == 0 && len(next) > 0 {
			c.sum.LimitReached = true
			break
		}
		level = next
	}
	for o := range c.hosts {
		c.sum.Hosts = append(c.sum.Hosts, o)
	}
	c.sum.Duration = time.Since(c.start)
	c.sum.sort()
	return &c.sum
}

// runLevel reads one depth level: hosts in parallel (up to opt.Hosts),
// each with up to opt.Concurrency workers taking its URLs in order.
func (c *crawler) runLevel(ctx context.Context, level []item) []levelResult {
	results := make([]levelResult, len(level))
	byHost := map[string][]int{}
	var order []string
	for i, it := range level {
		u, _ := url.Parse(it.url)
		o := u.Scheme + "://" + u.Host
		if _, ok := byHost[o]; !ok {
			order = append(order, o)
		}
		byHost[o] = append(byHost[o], i)
	}
	c.mu.Lock()
	c.queued = len(level)
	c.mu.Unlock()
	hostSlots := make(chan struct{}, c.opt.Hosts)
	var wg sync.WaitGroup
	for _, o := range order {
		idx := byHost[o]
		next := make(chan int)
		wg.Add(1)
		go func() {
			defer wg.Done()
			hostSlots <- struct{}{}
			defer func() { <-hostSlots }()
			var hw sync.WaitGroup
			for range min(c.opt.Concurrency, len(idx)) {
				hw.Add(1)
				go func() {
					defer hw.Done()
					for i := range next {
						if ctx.Err() == nil {
							results[i] = c.visit(ctx, level[i])
						}
						c.mu.Lock()
						c.queued--
						c.mu.Unlock()
						c.progress()
					}
				}()
			}
			for _, i := range idx {
				next <- i
			}
			close(next)
			hw.Wait()
		}()
	}
	wg.Wait()
	return results
}

// visit reads one URL and decides what becomes of it.
func (c *crawler) visit(ctx context.Context, it item) levelResult {
	var res levelResult
	resp, skip := c.fetch(ctx, it, kindPage)
	if skip != nil {
		c.skip(*skip)
		return res
	}
	final := resp.url.String()
	if final != it.url {
		if c.seen[final] {
			// The target is read (or will be, in this level) under its own
			// address; deciding by the schedule, not by which response came
			// first, keeps the summary the same from run to run.
			c.skip(Skip{URL: it.url, Outcome: Duplicate, Reason: "redirects to " + final + ", read under that URL"})
			return res
		}
		res.reached = append(res.reached, final)
	}
	pl := scanLinks(resp.body)
	base := resp.url
	if pl.base != "" {
		if b, ok := normalize(resp.url, pl.base); ok {
			base = b
		}
	}
	if cu, ok := normalize(base, pl.canonical); ok && cu.String() != final && c.canonicalUsable(ctx, cu, it) {
		c.skip(Skip{URL: final, Outcome: Duplicate, Reason: "its canonical URL is " + cu.String()})
		res.links = append(res.links, item{url: cu.String(), depth: it.depth, follow: it.follow})
		return res
	}
	if !c.claim(final) {
		c.skip(Skip{URL: it.url, Outcome: Duplicate, Reason: "redirects to " + final + ", read once"})
		return res
	}
	p, err := newPage(final, it.depth, resp)
	if err != nil {
		c.skip(Skip{URL: final, Outcome: Failed, Reason: err.Error()})
		return res
	}
	if c.saver != nil {
		if err := c.saver.save(resp.url, p.Body); err != nil {
			c.warn(err.Error())
		}
	}
	c.count(func(s *Summary) { s.Pages++ })
	c.emit(p)
	if it.follow && !pl.nofollow {
		res.links = c.links(base, pl.hrefs, it)
	}
	return res
}

// canonicalUsable reports whether a page's canonical URL stands in for
// it: one the crawl may read (an allowed host that robots.txt opens), so
// that the content is still checked once, under its canonical address.
func (c *crawler) canonicalUsable(ctx context.Context, cu *url.URL, it item) bool {
	c.mu.Lock()
	ok := c.allowed[cu.Host] || !it.follow
	c.mu.Unlock()
	if !ok || looksNonPage(cu) {
		return false
	}
	h := c.host(cu)
	c.loadRobots(ctx, h)
	return h.unreachable == "" && h.allowed(cu)
}

// links filters a page's links to those the next level reads.
func (c *crawler) links(base *url.URL, hrefs []string, it item) []item {
	var out []item
	mine := map[string]bool{}
	var offsite, nonpage, deep int
	for _, href := range hrefs {
		u, ok := normalize(base, href)
		if !ok {
			continue
		}
		s := u.String()
		if c.seen[s] || mine[s] {
			continue
		}
		mine[s] = true
		c.mu.Lock()
		allowed := c.allowed[u.Host]
		c.mu.Unlock()
		switch {
		case !allowed:
			offsite++
		case looksNonPage(u):
			nonpage++
		case it.depth >= c.opt.MaxDepth:
			deep++
		default:
			out = append(out, item{url: s, depth: it.depth + 1, follow: true})
		}
	}
	c.count(func(s *Summary) { s.OffSiteLinks += offsite; s.NonPageLinks += nonpage; s.DeepLinks += deep })
	return out
}

// redirectAllowed reports whether a redirect to next is followed: always
// for listed URLs, which were named one by one; for a start URL also to
// another host, which then counts as the site's (example.org redirecting
// to www.example.org); for a followed link only within allowed hosts.
func (c *crawler) redirectAllowed(it item, next *url.URL) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	switch {
	case !it.follow || c.allowed[next.Host]:
		return true
	case it.depth == 0:
		c.allowed[next.Host] = true
		return true
	}
	return false
}

// claim marks a final URL as read; false when it already was.
func (c *crawler) claim(final string) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.read[final] {
		return false
	}
	c.read[final] = true
	return true
}

func (c *crawler) skip(s Skip) {
	c.count(func(sum *Summary) {
		sum.Skips = append(sum.Skips, s)
		if s.Outcome == Failed {
			c.failed++
		}
	})
}

func (c *crawler) warn(msg string) {
	c.count(func(s *Summary) { s.Warnings = append(s.Warnings, msg) })
}

func (c *crawler) count(f func(*Summary)) {
	c.mu.Lock()
	f(&c.sum)
	c.mu.Unlock()
}

func (c *crawler) progress() {
	if c.opt.Progress == nil {
		return
	}
	c.mu.Lock()
	p := Progress{Fetched: c.sum.Pages, Queued: c.queued, Errors: c.failed, Elapsed: time.Since(c.start)}
	c.mu.Unlock()
	c.opt.Progress(p)
}
