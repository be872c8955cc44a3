package checker

import (
	"strings"
	"testing"
)

// A page with no address of its own takes the one its host-named folder
// or the config's base_url gives it.
func TestSitesAddress(t *testing.T) {
	dir := t.TempDir()
	s := &Sites{Roots: []string{".", "crawl"}, BaseURL: "https://www.example.org/site/", BaseDir: dir}
	for _, tc := range []struct{ file, want string }{
		{"example.com/programs/iop.html", "https://example.com/programs/iop.html"},
		{"crawl/www.Example.net/iop/index.html", "https://www.example.net/iop/"},
		{"crawl/www.example.net/index.html", "https://www.example.net/"},
		{"example.com", ""},
		{"notes.old/q.html", ""},
		{dir + "/public/iop/index.html", "https://www.example.org/site/public/iop/"},
		{dir + "/faq.txt", "https://www.example.org/site/faq.txt"},
		{"-", ""},
	} {
		if got := s.Address(tc.file); got != tc.want {
			t.Errorf("Address(%q) = %q, want %q", tc.file, got, tc.want)
		}
	}
	outside := &Sites{Roots: []string{"."}, BaseURL: "https://www.example.org/", BaseDir: dir}
	if got := outside.Address(dir + "/../elsewhere/x.html"); got != "" {
		t.Errorf("a page outside the config's folder: %q, want none", got)
	}
	if got := (&Sites{Roots: []string{"."}}).Address("docs/x.html"); got != "" {
		t.Errorf("no base_url, no host folder: %q, want none", got)
	}
	var none *Sites
	if got := none.Address("example.com/a.html"); got != "" {
		t.Errorf("nil Sites: %q, want none", got)
	}
}

func TestSitesOf(t *testing.T) {
	s := &Sites{
		Rules: []SiteRule{{Path: "exports/north", Site: "north"}, {Path: "mirror/*.html", Site: "mirror"}},
		Roots: []string{".", "crawl"},
	}
	for _, tc := range []struct{ file, url, want string }{
		// Config globs first, covering the pages below a matching folder.
		{"exports/north/a/b.html", "https://example.org/b", "north"},
		{"mirror/x.html", "", "mirror"},
		// A known URL groups by registrable domain: www., staging. and
		// state subdomains are one publisher; each project under a
		// public suffix such as pages.dev is its own.
		{"x/a.html", "https://www.Example.org/a", "example.org"},
		{"x/b.html", "https://staging.example.org/b", "example.org"},
		{"x/b2.html", "https://florida.example.co.uk/b", "example.co.uk"},
		{"x/c.html", "https://one.pages.dev/c", "one.pages.dev"},
		{"x/d.html", "https://two.pages.dev/d", "two.pages.dev"},
		{"x/e.html", "http://localhost:8080/e", "localhost"},
		// A directory's page about one provider is that provider's site.
		{"x/f.html", "https://rehabfinder.example.com/listing/lakeview-counseling-il", "example.com/listing/lakeview-counseling-il"},
		{"x/g.html", "https://www.findhelp.example.org/facility/oak-meridian/reviews", "example.org/facility/oak-meridian"},
		{"x/h.html", "https://example.org/programs/iop", "example.org"},
		// Host-named top-level folders of a checked directory.
		{"example.com/p/q.html", "", "example.com"},
		{"crawl/www.example.net/q.html", "", "example.net"},
		{"crawl/dev.example.net/r.html", "", "example.net"},
		// Folders that are no host, and files at the top, stay in the run's site.
		{"notes.old/q.html", "", ""},
		{"v1.2/q.html", "", ""},
		{"docs/q.html", "", ""},
		{"example.com", "", ""},
		{"../elsewhere.org/q.html", "", ""},
	} {
		if got := s.Of(tc.file, tc.url); got != tc.want {
			t.Errorf("Of(%q, %q) = %q, want %q", tc.file, tc.url, got, tc.want)
		}
	}
	var none *Sites
	if got := none.Of("example.com/a.html", "https://example.org/"); got != "" {
		t.Errorf("nil Sites: %q, want one site", got)
	}
}

func TestSitesConfig(t *testing.T) {
	cfg, err := ParseConfig("s.yaml", []byte("sites:\n  - path: \"a/*\"\n    site: a.example\n  - path: \"[x\"\n    site: b\n  - site: c\n"), testChecks)
	if err == nil {
		t.Fatalf("bad sites entries accepted: %+v", cfg.Sites)
	}
	for _, want := range []string{`s.yaml:4:11: bad glob pattern "[x"`, "s.yaml:6:5: sites entry has no path"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q lacks %q", err, want)
		}
	}
	cfg, err = ParseConfig("s.yaml", []byte("sites:\n  - path: \"a/*\"\n    site: a.example\n"), testChecks)
	if err != nil || len(cfg.Sites) != 1 || cfg.Sites[0] != (SiteRule{Path: "a/*", Site: "a.example"}) {
		t.Errorf("sites = %+v, %v", cfg, err)
	}
}

func TestPageAddress(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		same bool
	}{
		{"https://staging.alder.com/programs/php/", "https://www.alder.com/programs/php/index.html", true},
		{"https://alder.com/programs/php", "https://dev.alder.com/programs/php/", true},
		{"https://phoenix.desertbloom.com/programs/iop/", "https://mesa.desertbloom.com/programs/iop/", false},
		{"https://www.alder.com/programs/php/", "https://www.alder.com/programs/iop/", false},
		{"https://www.alder.com/php/", "https://www.birch.com/php/", false},
	} {
		if got := pageAddress(tc.a) == pageAddress(tc.b); got != tc.same {
			t.Errorf("%s and %s: same page %v, want %v (%q, %q)", tc.a, tc.b, got, tc.same, pageAddress(tc.a), pageAddress(tc.b))
		}
	}
	if a := pageAddress(""); a != "" {
		t.Errorf("no address: %q", a)
	}
}
