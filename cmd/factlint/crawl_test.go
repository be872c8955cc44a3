package main

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
)

// liveSite serves, on 127.0.0.1 only, a site whose pages contradict
// themselves, plus the troubles a crawl must name and survive.
func liveSite(t *testing.T) (*httptest.Server, *[]string) {
	var mu sync.Mutex
	var paths []string
	mux := http.NewServeMux()
	mux.HandleFunc("/robots.txt", func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte("User-agent: *\nDisallow: /staff/\n"))
	})
	page := func(body string) string {
		return "<!DOCTYPE html><html><head><title>Program</title></head><body><main>\n" + body + "\n</main></body></html>\n"
	}
	mux.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/" {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte(page(`<p>Welcome.</p><a href="/iop">IOP</a> <a href="/cafe">Café</a> <a href="/staff/notes">notes</a> <a href="/gone">gone</a>`)))
	})
	mux.HandleFunc("/iop", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write([]byte(page("<p>Our intensive outpatient program meets 3 days a week.</p>\n<p>The intensive outpatient program meets 5 days a week.</p>")))
	})
	mux.HandleFunc("/cafe", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=windows-1252")
		w.Write([]byte(page("<p>Caf\xe9 \x96 our intensive outpatient program meets 3 days a week.</p>\n<p>Caf\xe9 \x96 the intensive outpatient program meets 4 days a week.</p>")))
	})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		paths = append(paths, r.URL.Path)
		mu.Unlock()
		mux.ServeHTTP(w, r)
	}))
	t.Cleanup(srv.Close)
	return srv, &paths
}

// findingKeys are a report's findings with every file named by URL, so a
// live run and an offline run of its saved pages can be compared.
func findingKeys(r *jsonReportT, toURL func(string) string) []string {
	var out []string
	for _, f := range r.Findings {
		msg := f.Message
		var locs []string
		for _, l := range f.Locations {
			u := toURL(l.File)
			msg = strings.ReplaceAll(msg, l.File, u)
			locs = append(locs, fmt.Sprintf("%s:%d:%d %q", u, l.Line, l.Column, l.Text))
		}
		out = append(out, f.Rule+" "+msg+" @ "+strings.Join(locs, " "))
	}
	slices.Sort(out)
	return out
}

func TestCheckLiveSiteThenOffline(t *testing.T) {
	srv, paths := liveSite(t)
	save := t.TempDir()
	live := runCLI(t, "", "check", "--format", "json", "--delay", "5ms", "--save", save, srv.URL+"/")
	live.mustCode(t, exitFindings, "check URL")
	lr := parseReport(t, live.stdout)
	if lr.Summary.Files != 3 {
		t.Errorf("live: %d pages checked, want 3 (/, /iop, /cafe)\n%s", lr.Summary.Files, live.stderr)
	}
	for _, want := range []string{
		"skipped " + srv.URL + "/gone: HTTP 404 Not Found",
		"skipped " + srv.URL + "/staff/notes: disallowed by robots.txt",
		"read 3 pages from 1 host",
	} {
		if !strings.Contains(live.stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, live.stderr)
		}
	}
	if slices.Contains(*paths, "/staff/notes") {
		t.Error("a path robots.txt disallows was requested")
	}
	var cafe bool
	for _, f := range lr.Findings {
		for _, l := range f.Locations {
			if l.File == srv.URL+"/cafe" && l.Line == 3 && l.Column == 50 {
				cafe = true
			}
		}
	}
	if !cafe {
		t.Errorf("no finding at %s/cafe:3:50 (the windows-1252 page, columns in characters):\n%s", srv.URL, live.stdout)
	}

	host := strings.Replace(strings.TrimPrefix(srv.URL, "http://"), ":", "_", 1)
	for _, f := range []string{"index.html", "iop.html", "cafe.html"} {
		if _, err := os.Stat(filepath.Join(save, host, f)); err != nil {
			t.Errorf("saved page: %v", err)
		}
	}
	offline := runCLI(t, "", "check", "--format", "json", save)
	offline.mustCode(t, exitFindings, "check DIR of saved pages")
	or := parseReport(t, offline.stdout)
	toURL := func(f string) string {
		rel, err := filepath.Rel(filepath.Join(save, host), f)
		if err != nil || strings.HasPrefix(rel, "..") {
			return f
		}
		rel = strings.TrimSuffix(filepath.ToSlash(rel), ".html")
		return srv.URL + "/" + strings.TrimSuffix(rel, "index")
	}
	same := func(f string) string { return f }
	if got, want := findingKeys(or, toURL), findingKeys(lr, same); !slices.Equal(got, want) || len(want) == 0 {
		t.Errorf("offline findings differ from live ones:\noffline %q\n   live %q", got, want)
	}
}

func TestCheckLiveNothingRead(t *testing.T) {
	srv := httptest.NewServer(http.NotFoundHandler())
	defer srv.Close()
	r := runCLI(t, "", "check", "--delay", "5ms", "--retries", "0", srv.URL+"/")
	r.mustCode(t, exitUsage, "a site that serves nothing")
	if !strings.Contains(r.stderr, "nothing could be read") || !strings.Contains(r.stderr, srv.URL+"/: HTTP 404") {
		t.Errorf("stderr:\n%s", r.stderr)
	}
}

func TestCheckURLListAndLocalSitemap(t *testing.T) {
	srv, paths := liveSite(t)
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{
		"urls.txt":    "# pages to audit\n" + srv.URL + "/iop\n\n",
		"sitemap.xml": `<?xml version="1.0"?><urlset><url><loc>` + srv.URL + `/cafe</loc></url></urlset>`,
		"local.html":  "<html><body><p>A local page.</p></body></html>",
	})
	r := runCLI(t, "", "check", "--format", "json", "--delay", "5ms", "--urls", filepath.Join(dir, "urls.txt"), filepath.Join(dir, "sitemap.xml"), filepath.Join(dir, "local.html"))
	r.mustCode(t, exitFindings, "--urls, a sitemap file and a local page")
	rep := parseReport(t, r.stdout)
	if rep.Summary.Files != 3 {
		t.Errorf("%d files checked, want 3 (/iop, /cafe, local.html)\n%s", rep.Summary.Files, r.stderr)
	}
	if slices.Contains(*paths, "/") {
		t.Error("listed pages' links were followed")
	}
	bad := runCLI(t, "", "check", "--urls", filepath.Join(dir, "local.html"))
	bad.mustCode(t, exitUsage, "--urls naming a file of no URLs")
}

// Pages fetched over HTTP cannot be read again from disk to align a
// family: dupes keeps them from the crawl, shows their differences, and
// warns of nothing.
func TestDupesLiveSiteShowsDifferences(t *testing.T) {
	state := func(name, city, hours string) string {
		var b strings.Builder
		b.WriteString("<!DOCTYPE html><html><head><title>IOP in " + name + "</title></head><body><main>\n")
		for _, line := range strings.Split(fmt.Sprintf(iopStateTemplate, name, city, hours), "\n") {
			switch {
			case strings.HasPrefix(line, "## "):
				b.WriteString("<h2>" + line[3:] + "</h2>\n")
			case strings.HasPrefix(line, "# "):
				b.WriteString("<h1>" + line[2:] + "</h1>\n")
			case line != "":
				b.WriteString("<p>" + line + "</p>\n")
			}
		}
		b.WriteString("</main></body></html>\n")
		return b.String()
	}
	pages := map[string]string{
		"/":      `<!DOCTYPE html><html><head><title>Guides</title></head><body><main><p>Our guides.</p><a href="/maine">Maine</a> <a href="/idaho">Idaho</a></main></body></html>`,
		"/maine": state("Maine", "Portland", "9"),
		"/idaho": state("Idaho", "Boise", "15"),
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, ok := pages[r.URL.Path]
		if !ok {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write([]byte(body))
	}))
	t.Cleanup(srv.Close)

	r := runCLI(t, "", "dupes", "--format", "json", srv.URL+"/")
	r.mustCode(t, exitClean, "dupes of a live site")
	if strings.Contains(r.stderr, "unreadable") {
		t.Errorf("dupes tried to read fetched pages from disk:\n%s", r.stderr)
	}
	var out struct {
		Groups []struct {
			Files []string `json:"files"`
			Hunks []struct {
				File  string `json:"file"`
				Class string `json:"class"`
				A     string `json:"a"`
				B     string `json:"b"`
			} `json:"hunks"`
		} `json:"groups"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &out); err != nil {
		t.Fatalf("dupes JSON: %v\n%s", err, r.stdout)
	}
	if len(out.Groups) != 1 || len(out.Groups[0].Files) != 2 {
		t.Fatalf("want one family of the two state pages, got %+v", out.Groups)
	}
	fact := false
	for _, h := range out.Groups[0].Hunks {
		fact = fact || h.Class == "fact" && strings.HasPrefix(h.File, srv.URL) && (h.A == "9" && h.B == "15" || h.A == "15" && h.B == "9")
	}
	if !fact {
		t.Errorf("the family's hunks miss the changed weekly hours (9 against 15): %+v", out.Groups[0].Hunks)
	}
}

// --delay 0 asks for no delay; crawl.Options' zero would mean the default.
func TestCrawlDelayFlag(t *testing.T) {
	for d, want := range map[time.Duration]time.Duration{0: -1, -time.Second: -1, time.Second: time.Second, 50 * time.Millisecond: 50 * time.Millisecond} {
		if got := crawlDelay(d); got != want {
			t.Errorf("crawlDelay(%v) = %v, want %v", d, got, want)
		}
	}
}
