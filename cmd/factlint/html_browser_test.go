package main

// The html report opened in a real browser: headless Chromium driven over
// the DevTools protocol (chromedp). It checks what a golden file cannot:
// that the page loads without script errors and without a single network
// request, that the filters change what is shown, that links to live
// pages carry a text fragment of the quoted sentence, and that a large
// site's report loads quickly.

import (
	"context"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	cdplog "github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"github.com/factlint/factlint/internal/gencorpus/gen"
)

// chromium finds a Chromium or Chrome binary on PATH.
func chromium() string {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

func needChromium(t *testing.T) string {
	t.Helper()
	bin := chromium()
	if bin == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("no Chromium on PATH: .ci/run installs Debian's chromium package for this test")
		}
		t.Skip("no Chromium on PATH (apt-get install chromium): skipping the browser test of the html report")
	}
	return bin
}

// writeHTMLReport runs `factlint check --format html` on dir with a fixed
// date and returns the report's path.
func writeHTMLReport(t *testing.T, dir string) string {
	t.Helper()
	out := filepath.Join(t.TempDir(), "report.html")
	var stdout, stderr strings.Builder
	e := &env{stdin: strings.NewReader(""), stdout: &stdout, stderr: &stderr, getenv: func(k string) string {
		if k == "SOURCE_DATE_EPOCH" {
			return "1767225600"
		}
		return ""
	}}
	if code := run([]string{"check", "--format", "html", "-o", out, dir}, e); code > 1 {
		t.Fatalf("check exited %d: %s", code, stderr.String())
	}
	return out
}

// browserPage is a report opened in a fresh headless Chromium.
type browserPage struct {
	ctx      context.Context
	mu       sync.Mutex
	requests []string // every non-file request the page made
	problems []string // console errors and uncaught exceptions
	loadMS   float64
}

func openReport(t *testing.T, bin, path string) *browserPage {
	t.Helper()
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(bin),
		chromedp.NoSandbox, // CI and containers run as root
		chromedp.WindowSize(1280, 900),
	)
	actx, cancelA := chromedp.NewExecAllocator(context.Background(), opts...)
	t.Cleanup(cancelA)
	ctx, cancel := chromedp.NewContext(actx)
	t.Cleanup(cancel)
	ctx, cancelT := context.WithTimeout(ctx, 2*time.Minute)
	t.Cleanup(cancelT)
	p := &browserPage{ctx: ctx}
	err := chromedp.Listen(ctx, func(ev any) {
		p.mu.Lock()
		defer p.mu.Unlock()
		switch ev := ev.(type) {
		case *network.EventRequestWillBeSent:
			if !strings.HasPrefix(ev.Request.URL, "file://") {
				p.requests = append(p.requests, ev.Request.URL)
			}
		case *runtime.EventConsoleAPICalled:
			if ev.Type == runtime.ConsoleAPICalledTypeError || ev.Type == runtime.ConsoleAPICalledTypeWarning {
				var args []string
				for _, a := range ev.Args {
					args = append(args, string(a.Value))
				}
				p.problems = append(p.problems, fmt.Sprintf("console.%s: %s", ev.Type, strings.Join(args, " ")))
			}
		case *cdplog.EventEntryAdded:
			// Blocked resources and CSP violations are reported here.
			if ev.Entry.Level == cdplog.EntryLevelError || ev.Entry.Level == cdplog.EntryLevelWarning {
				p.problems = append(p.problems, fmt.Sprintf("%s %s: %s", ev.Entry.Source, ev.Entry.Level, ev.Entry.Text))
			}
		case *runtime.EventExceptionThrown:
			p.problems = append(p.problems, fmt.Sprintf("exception: %s (line %d)", ev.ExceptionDetails.Text, ev.ExceptionDetails.LineNumber))
		}
	})
	if err != nil {
		t.Fatalf("start Chromium: %v", err)
	}
	if _, err := chromedp.Run(ctx, chromedp.Navigate("file://"+path)); err != nil {
		t.Fatalf("open %s: %v", path, err)
	}
	p.loadMS = eval[float64](t, p, `performance.getEntriesByType("navigation")[0].loadEventEnd`)
	return p
}

// eval runs js in the page and returns its value.
func eval[T any](t *testing.T, p *browserPage, js string) T {
	t.Helper()
	v, err := chromedp.Run(p.ctx, chromedp.Evaluate[T](js))
	if err != nil {
		t.Fatalf("evaluate %s: %v", js, err)
	}
	return v
}

// do runs js in the page for its effect.
func do(t *testing.T, p *browserPage, js string) {
	t.Helper()
	eval[chromedp.Void](t, p, js)
}

// check fails the test on requests and console problems so far.
func (p *browserPage) check(t *testing.T) {
	t.Helper()
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, r := range p.requests {
		t.Errorf("the report made a network request: %s", r)
	}
	for _, m := range p.problems {
		t.Errorf("browser console: %s", m)
	}
}

// visible counts the finding cards a reader can see.
const visibleFindings = `Array.from(document.querySelectorAll('li.finding')).filter(e => e.offsetParent !== null).length`

func setControl(name, value string) string {
	return fmt.Sprintf(`(() => { const el = document.querySelector('#filters [name=%q]'); el.value = %q; el.dispatchEvent(new Event('change', {bubbles: true})); })()`, name, value)
}

func TestHTMLReportInBrowser(t *testing.T) {
	bin := needChromium(t)
	dir := examplesWithBaseURL(t)
	path := writeHTMLReport(t, dir)
	p := openReport(t, bin, path)

	// The filters are checked against whatever the examples' findings are
	// today: a severity and a rule taken from the report itself.
	total := eval[int](t, p, visibleFindings)
	if total == 0 {
		t.Fatal("the examples' report shows no finding")
	}
	sev := eval[string](t, p, `document.querySelector('li.finding').dataset.severity`)
	ofSev := eval[int](t, p, fmt.Sprintf(`document.querySelectorAll('li.finding.sev-%s').length`, sev))
	// Unticking a severity hides exactly its findings.
	do(t, p, fmt.Sprintf(`document.querySelector('#filters input[value=%s]').click()`, sev))
	shown := eval[int](t, p, visibleFindings)
	if shown != total-ofSev {
		t.Errorf("with %s hidden %d findings show, want %d", sev, shown, total-ofSev)
	}
	count := eval[string](t, p, `document.getElementById('count').textContent`)
	if want := fmt.Sprintf("Showing %d of %d findings", total-ofSev, total); count != want {
		t.Errorf("count says %q, want %q", count, want)
	}
	do(t, p, fmt.Sprintf(`document.querySelector('#filters input[value=%s]').click()`, sev))
	if shown := eval[int](t, p, visibleFindings); shown != total {
		t.Errorf("with every severity ticked again %d of %d findings show", shown, total)
	}
	// A rule filter leaves exactly that rule's findings.
	rule := eval[string](t, p, `Array.from(document.querySelectorAll('li.finding')).pop().dataset.rule`)
	ofRule := eval[int](t, p, fmt.Sprintf(`document.querySelectorAll('li.finding[data-rule=%q]').length`, rule))
	do(t, p, setControl("rule", rule))
	others := eval[int](t, p, fmt.Sprintf(`Array.from(document.querySelectorAll('li.finding')).filter(e => e.offsetParent !== null && e.dataset.rule !== %q).length`, rule))
	shown = eval[int](t, p, visibleFindings)
	if others != 0 || shown != ofRule {
		t.Errorf("rule filter %s: %d findings show (want %d), %d of another rule", rule, shown, ofRule, others)
	}
	do(t, p, setControl("rule", ""))
	// The page search narrows the by-page table to matching files.
	file := eval[string](t, p, `document.querySelector('table.bypage tbody tr code').textContent`)
	word := strings.TrimSuffix(filepath.Base(file), filepath.Ext(file))
	do(t, p, setControl("page", word))
	rows := eval[[]string](t, p, `Array.from(document.querySelectorAll('table.bypage tbody tr')).filter(e => e.offsetParent !== null).map(e => e.querySelector('code').textContent)`)
	if len(rows) == 0 {
		t.Errorf("page search for %s left no page", word)
	}
	for _, r := range rows {
		if !strings.Contains(r, word) {
			t.Errorf("page search for %s shows %s", word, r)
		}
	}
	do(t, p, setControl("page", ""))

	// Every live link lands on the quoted sentence: its text fragment is
	// made of the sentence's words.
	links := eval[[]struct {
		Href  string `json:"href"`
		Quote string `json:"quote"`
	}](t, p, `Array.from(document.querySelectorAll('.sides .where a')).map(a => ({href: a.href, quote: a.closest('li').querySelector('blockquote').textContent}))`)
	if len(links) == 0 {
		t.Fatal("no finding links to a live page, though base_url is set")
	}
	for _, l := range links {
		u, err := url.Parse(l.Href)
		if err != nil || !strings.HasPrefix(l.Href, "https://example.org/guides/") {
			t.Errorf("live link %q is not under the base_url", l.Href)
			continue
		}
		frag, ok := strings.CutPrefix(u.EscapedFragment(), ":~:text=")
		if !ok {
			t.Errorf("live link %q has no text fragment", l.Href)
			continue
		}
		quote := strings.Join(strings.Fields(l.Quote), " ")
		for _, part := range strings.Split(frag, ",") {
			text, err := url.PathUnescape(part)
			if err != nil || !strings.Contains(quote, text) {
				t.Errorf("fragment %q of %s is not in the quoted sentence %q", text, l.Href, quote)
			}
		}
	}

	// The print stylesheet hides the controls and shows every item the
	// filters leave, also those behind "show more".
	if _, err := chromedp.Call(p.ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: "print"}); err != nil {
		t.Fatal(err)
	}
	if d := eval[string](t, p, `getComputedStyle(document.getElementById('filters')).display`); d != "none" {
		t.Errorf("in print the filters display as %q", d)
	}
	do(t, p, `document.querySelector('li.finding').classList.add('more')`)
	if d := eval[string](t, p, `getComputedStyle(document.querySelector('li.finding.more')).display`); d == "none" {
		t.Error("in print an item behind show more stays hidden")
	}
	if _, err := chromedp.Call(p.ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: ""}); err != nil {
		t.Fatal(err)
	}
	if d := eval[string](t, p, `getComputedStyle(document.querySelector('li.finding.more')).display`); d != "none" {
		t.Errorf("on screen an item behind show more displays as %q", d)
	}
	do(t, p, `document.querySelector('li.finding.more').classList.remove('more')`)

	buf, err := chromedp.Run(p.ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatal(err)
	}
	shot := filepath.Join(t.TempDir(), "report.png")
	if d := os.Getenv("FACTLINT_SCREENSHOT_DIR"); d != "" {
		shot = filepath.Join(d, "report-examples.png")
	}
	if err := os.WriteFile(shot, buf, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("loaded in %.0f ms; screenshot %s", p.loadMS, shot)
	p.check(t)
}

// TestHTMLReportLargeSiteInBrowser opens the report of a generated
// 3,000-page site: it must load without errors and its filters must work.
// How fast it loads is a measurement (logged here, tracked in
// BENCHMARKS.md), not a pass/fail condition on a shared CI machine.
func TestHTMLReportLargeSiteInBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("generates and checks 3,000 pages")
	}
	bin := needChromium(t)
	dir := t.TempDir()
	if _, err := gen.Generate(gen.Options{N: 3000, Seed: 1, Out: dir}); err != nil {
		t.Fatal(err)
	}
	path := writeHTMLReport(t, dir)
	st, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	p := openReport(t, bin, path)
	total := eval[int](t, p, `document.querySelectorAll('li.finding').length`)
	if total == 0 {
		t.Fatal("the generated site's report has no findings")
	}
	if p.loadMS <= 0 {
		t.Errorf("the report (%d bytes, %d findings) never finished loading", st.Size(), total)
	}
	start := time.Now()
	do(t, p, setControl("page", "site-00"))
	t.Logf("%d bytes, %d findings, loaded in %.0f ms, page search %v", st.Size(), total, p.loadMS, time.Since(start))
	p.check(t)
}

// TestBrowserHarnessSeesProblems keeps the checks above honest: a page
// that loads an image from the network and logs an error must fail them.
func TestBrowserHarnessSeesProblems(t *testing.T) {
	bin := needChromium(t)
	path := filepath.Join(t.TempDir(), "bad.html")
	writeFiles(t, filepath.Dir(path), map[string]string{"bad.html": `<!DOCTYPE html><title>bad</title><img src="http://127.0.0.1:9/x.png" alt=""><script>console.error("broken")</script>`})
	p := openReport(t, bin, path)
	p.mu.Lock()
	defer p.mu.Unlock()
	if len(p.requests) == 0 {
		t.Error("the request for http://127.0.0.1:9/x.png was not seen")
	}
	if len(p.problems) == 0 {
		t.Error("console.error was not seen")
	}
}
