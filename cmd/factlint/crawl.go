package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/factlint/factlint/checker"
	"github.com/factlint/factlint/corpus"
	"github.com/factlint/factlint/corpus/crawl"
)

// webFlags are the inputs and the politeness settings for checking a live
// site; URLs themselves are given as paths.
type webFlags struct {
	Sitemap     []string      `help:"Check the pages a sitemap lists: a URL or a file; sitemap indexes, gzipped sitemaps and plain URL lists are read (repeatable)." placeholder:"URL|FILE" sep:"none"`
	URLs        string        `name:"urls" help:"Check the URLs listed in FILE, one a line (their links are not followed)." placeholder:"FILE" type:"path"`
	MaxPages    int           `name:"max-pages" help:"Request at most N pages from the web (default: ${default})." default:"1000" placeholder:"N"`
	Depth       int           `help:"Follow links at most N deep from a start URL; 0 reads the start pages alone (default: ${default})." default:"10" placeholder:"N"`
	Delay       time.Duration `help:"Least time between two requests to one host; 0 for none, on a site of your own (a longer robots.txt Crawl-delay wins)." default:"1s"`
	Concurrency int           `help:"Most requests in flight to one host (default: ${default})." default:"2" placeholder:"N"`
	Timeout     time.Duration `help:"Time limit of one request, body included." default:"20s"`
	Retries     int           `help:"Retries of a timeout, dropped connection, 429 or 5xx, with exponential backoff (default: ${default})." default:"2" placeholder:"N"`
	AllowHost   []string      `name:"allow-host" help:"Also follow links to this host (repeatable); by default a crawl stays on the hosts of its start URLs." placeholder:"HOST"`
	Cache       string        `help:"Keep fetched pages in DIR and revalidate them on the next run (If-None-Match, If-Modified-Since)." placeholder:"DIR" type:"path"`
	Save        string        `help:"Write the pages read from the web to DIR as host/path files, to check again offline with factlint check DIR." placeholder:"DIR" type:"path"`
}

// webInputs splits the arguments into start URLs, sitemap files and
// the paths left for corpus.Expand; online is false when nothing comes
// from the web, so local runs take the unchanged path.
func (f inputFlags) webInputs() (urls, sitemaps, paths []string, online bool) {
	sitemaps = append(sitemaps, f.Sitemap...)
	for _, p := range f.Paths {
		switch {
		case crawl.IsURL(p):
			urls = append(urls, p)
		case crawl.IsSitemapFile(p):
			sitemaps = append(sitemaps, p)
		default:
			paths = append(paths, p)
		}
	}
	return urls, sitemaps, paths, len(urls)+len(sitemaps) > 0 || f.URLs != ""
}

// analyzeWeb is analyze for runs that read from the web: local inputs and
// crawled pages flow through one per-page stage, pages being dropped
// after extraction, and every URL that gave no page is a skipped input.
func (e *env) analyzeWeb(f inputFlags, cfg *checker.Config, stage docStage) (*checker.Analysis, error) {
	urls, sitemaps, paths, _ := f.webInputs()
	var list []string
	if f.URLs != "" {
		var err error
		if list, err = readURLList(f.URLs); err != nil {
			return nil, &exitError{code: exitUsage, err: err}
		}
	}
	copt := corpusOptions(cfg)
	copt.NoGitIgnore = f.NoGitignore
	copt.Stdin = e.stdin
	var local []corpus.Input
	if len(paths) > 0 {
		var err error
		if local, err = corpus.Expand(paths, copt); err != nil {
			return nil, &exitError{code: exitUsage, err: err}
		}
		for i := range local {
			if local[i].Stdin {
				local[i].Name = f.StdinFilename
			}
		}
	}
	depth := f.Depth
	if depth <= 0 {
		depth = -1
	}
	opt := crawl.Options{
		UserAgent:   "factlint/" + version + " (+https://github.com/factlint/factlint)",
		Delay:       crawlDelay(f.Delay),
		Concurrency: f.Concurrency,
		Timeout:     f.Timeout,
		Retries:     f.Retries,
		MaxPages:    f.MaxPages,
		MaxDepth:    depth,
		MaxBodySize: copt.MaxSize,
		AllowHosts:  f.AllowHost,
		CacheDir:    f.Cache,
		SaveDir:     f.Save,
	}
	if f.Retries <= 0 {
		opt.Retries = -1
	}
	p := &crawlProgress{e: e, start: time.Now()}
	opt.Progress = p.update

	setMemoryLimit(len(local) + max(f.MaxPages, 0))
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	in := make(chan corpus.Input)
	done := make(chan *checker.Analysis)
	go func() {
		aopt := checker.AnalyzeOptions{
			Jobs: f.Jobs, Corpus: copt,
			// A crawled page's site is its URL's domain; local paths keep
			// their folder rules.
			Sites: checker.NewSites(cfg, paths),
		}
		stage.options(cfg, &aopt)
		done <- checker.AnalyzeStream(in, aopt)
	}()
	for _, l := range local {
		in <- l
	}
	sum := crawl.Run(ctx, crawl.Targets{Start: urls, List: list, Sitemaps: sitemaps}, opt, func(pg *crawl.Page) { in <- pg.Input() })
	close(in)
	a := <-done
	p.finish()

	for _, s := range sum.Skips {
		if s.Outcome != crawl.Duplicate {
			a.Skipped = append(a.Skipped, checker.Skipped{File: s.URL, Reason: s.Reason})
		}
	}
	sort.SliceStable(a.Skipped, func(i, j int) bool { return a.Skipped[i].File < a.Skipped[j].File })
	for _, s := range a.Skipped {
		fmt.Fprintf(e.stderr, "factlint: warning: skipped %s: %s\n", s.File, s.Reason)
	}
	for _, w := range sum.Warnings {
		fmt.Fprintf(e.stderr, "factlint: warning: %s\n", w)
	}
	fmt.Fprintln(e.stderr, "factlint: "+crawlSummary(sum, f))
	if f.Save != "" && sum.Pages > 0 {
		if err := writeCrawlLog(f.Save, sum); err != nil {
			fmt.Fprintf(e.stderr, "factlint: warning: %v\n", err)
		}
	}
	if ctx.Err() != nil {
		fmt.Fprintln(e.stderr, "factlint: interrupted: checking the pages read so far")
	}
	if len(a.Docs) == 0 {
		return a, &exitError{code: exitUsage, err: errors.New("nothing could be read")}
	}
	return a, nil
}

// plural is "1 page", "2 pages".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// readURLList reads one URL a line; blank lines and # comments are skipped.
func readURLList(path string) ([]string, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("--urls: %w", err)
	}
	var out []string
	sc := bufio.NewScanner(strings.NewReader(string(data)))
	for n := 1; sc.Scan(); n++ {
		l := strings.TrimSpace(sc.Text())
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		if !crawl.IsURL(l) {
			return nil, fmt.Errorf("--urls: %s:%d: %q is not an http or https URL", path, n, l)
		}
		out = append(out, l)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("--urls: %s lists no URL", path)
	}
	return out, sc.Err()
}

// crawlSummary is the one line that says what the crawl did.
func crawlSummary(s *crawl.Summary, f inputFlags) string {
	var b strings.Builder
	fmt.Fprintf(&b, "read %s from %s in %s (%s", plural(s.Pages, "page"), plural(len(s.Hosts), "host"), s.Duration.Round(100*time.Millisecond), plural(s.Requests, "request"))
	if s.NotModified > 0 {
		fmt.Fprintf(&b, ", %d unchanged since cached", s.NotModified)
	}
	b.WriteString(")")
	var parts []string
	add := func(n int, what string) {
		if n > 0 {
			parts = append(parts, fmt.Sprintf("%d %s", n, what))
		}
	}
	add(s.Count(crawl.Failed), "failed")
	add(s.Count(crawl.Disallowed), "disallowed by robots.txt")
	add(s.Count(crawl.NotHTML), "not HTML")
	add(s.Count(crawl.OffSite), "redirected off-site")
	add(s.Count(crawl.Duplicate), "read under another URL (canonical or redirect)")
	add(len(s.Redirects), "redirects followed")
	add(s.OffSiteLinks, "links to other hosts not followed")
	add(s.NonPageLinks, "links to files not followed")
	add(s.DeepLinks, fmt.Sprintf("links past --depth %d not followed", f.Depth))
	if len(parts) > 0 {
		b.WriteString(": " + strings.Join(parts, ", "))
	}
	if s.LimitReached {
		fmt.Fprintf(&b, "; stopped at --max-pages %d with links left", f.MaxPages)
	}
	return b.String()
}

// writeCrawlLog records, next to the saved pages, what happened to every
// URL that gave no page and every redirect followed; .tsv, so that a
// later `factlint check DIR` does not read it as a page.
func writeCrawlLog(dir string, s *crawl.Summary) error {
	var b strings.Builder
	b.WriteString("url\toutcome\tdetail\n")
	for _, r := range s.Redirects {
		fmt.Fprintf(&b, "%s\tredirect %d\t%s\n", r.From, r.Status, r.To)
	}
	for _, k := range s.Skips {
		fmt.Fprintf(&b, "%s\t%s\t%s\n", k.URL, k.Outcome, k.Reason)
	}
	if err := os.WriteFile(filepath.Join(dir, "crawl-log.tsv"), []byte(b.String()), 0o644); err != nil {
		return fmt.Errorf("--save: %w", err)
	}
	return nil
}

// crawlProgress draws pages read, queued, errors and rate on one line of
// stderr, on a terminal only, once the crawl has run for two seconds.
type crawlProgress struct {
	e           *env
	start, last time.Time
	shown       bool
}

func (p *crawlProgress) update(s crawl.Progress) {
	if !p.e.stderrTerminal {
		return
	}
	now := time.Now()
	if now.Sub(p.start) < 2*time.Second || now.Sub(p.last) < 200*time.Millisecond {
		return
	}
	p.last, p.shown = now, true
	rate := float64(s.Fetched) / max(s.Elapsed.Seconds(), 0.001)
	fmt.Fprintf(p.e.stderr, "\r\033[Kfactlint: %d pages read, %d queued, %d errors, %.1f pages/s", s.Fetched, s.Queued, s.Errors, rate)
}

func (p *crawlProgress) finish() {
	if p.shown {
		fmt.Fprint(p.e.stderr, "\r\033[K")
	}
}

// crawlDelay is --delay as crawl.Options takes it: the flag's 0 asks for
// no delay, where the options' zero means the default.
func crawlDelay(d time.Duration) time.Duration {
	if d <= 0 {
		return -1
	}
	return d
}
