package checker

import (
	"net/url"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"strings"

	"golang.org/x/net/publicsuffix"
)

// SiteRule maps pages whose path matches a glob to a named site.
type SiteRule struct {
	// Path is a glob matched against the page's path and each folder
	// above it, so "exports/north" covers every page below that folder.
	Path string `yaml:"path"`
	Site string `yaml:"site"`
}

// Sites decides which site, that is which publisher, each page belongs to.
// In order: the first config rule whose glob matches; the registrable
// domain of the page's URL (fetched, canonical or og:url), so that
// www.example.org, staging.example.org and florida.example.org are one
// publisher's site while two pages.dev projects, under a public suffix,
// are two (publicsuffix.EffectiveTLDPlusOne; labelled same-site pages
// include state and staging subdomains); the top-level folder of a
// checked directory when it is named like a host (example.org/…, the
// layout crawlers and mirroring tools write), read the same way; else "",
// the one site of the whole run. A directory's page about one provider
// ("…/listing/<provider>", "…/facility/<provider>") is a site of its own:
// it speaks for that provider, not for the directory's other listings.
type Sites struct {
	Rules []SiteRule
	// Roots are the paths given on the command line.
	Roots []string
	// BaseURL is where the site is published and BaseDir the folder a
	// page's path from it is taken (the config's base_url and folder).
	BaseURL, BaseDir string
}

// NewSites is the site assignment for a run over roots.
func NewSites(cfg *Config, roots []string) *Sites {
	s := &Sites{Rules: cfg.Sites, Roots: roots, BaseURL: cfg.BaseURL}
	if s.BaseURL != "" {
		s.BaseDir = cfg.Dir()
	}
	return s
}

// Address is the address of the page at file when the page names none
// itself: under a checked folder's top-level folder named like a host
// ("example.org/programs/iop.html", as mirroring tools save pages), the
// address that folder and the path below it make; else, with base_url
// set, base_url and the page's path from the config's folder; else "".
// The claim reader reads a page by its address (its own name in the host,
// a location's folder, a blog's path), so a saved or checked-out site
// reads as the same site crawled does.
func (s *Sites) Address(file string) string {
	if s == nil || file == "-" {
		return ""
	}
	if h, rest := hostFolder(s.relatives(cleanPath(file))); h != "" {
		return joinPagePath("https://"+h+"/", rest)
	}
	if s.BaseURL == "" || s.BaseDir == "" {
		return ""
	}
	abs, err := filepath.Abs(file)
	if err != nil {
		return ""
	}
	rel, err := filepath.Rel(s.BaseDir, abs)
	if err != nil {
		return ""
	}
	return joinPagePath(s.BaseURL, filepath.ToSlash(rel))
}

// joinPagePath is base joined with a page's path rel below it, an index
// file standing for its folder; "" when rel leaves base's folder.
func joinPagePath(base, rel string) string {
	rel = path.Clean(rel)
	if rel == "." || rel == ".." || strings.HasPrefix(rel, "../") || path.IsAbs(rel) {
		return ""
	}
	if b := path.Base(rel); b == "index.html" || b == "index.htm" {
		rel = strings.TrimSuffix(path.Dir(rel), ".") + "/"
		if rel == "/" {
			rel = ""
		}
	}
	if !strings.HasSuffix(base, "/") {
		base += "/"
	}
	bu, err := url.Parse(base)
	if err != nil {
		return ""
	}
	return bu.ResolveReference(&url.URL{Path: rel}).String()
}

// Of returns the site of the page at file with the given URL ("" if unknown).
func (s *Sites) Of(file, pageURL string) string {
	if s == nil {
		return ""
	}
	f := cleanPath(file)
	rels := s.relatives(f)
	// Globs match the path as given or relative to a checked folder.
	for _, r := range s.Rules {
		if globCovers(r.Path, f) || slices.ContainsFunc(rels, func(rel string) bool { return globCovers(r.Path, rel) }) {
			return r.Site
		}
	}
	if u, err := url.Parse(pageURL); err == nil && u.Hostname() != "" {
		site := publisher(strings.ToLower(u.Hostname()))
		// "rehabfinder.com/listing/lakeview-counseling": a directory's
		// page about one provider speaks for that provider, not for the
		// directory's other listings.
		if entry := listingEntry(u.Path); entry != "" {
			return site + "/" + entry
		}
		return site
	}
	if h, _ := hostFolder(rels); h != "" {
		return publisher(h)
	}
	return ""
}

// relatives is the page's path f relative to each checked folder it is
// inside.
func (s *Sites) relatives(f string) []string {
	var rels []string
	for _, root := range s.Roots {
		if rel, ok := below(cleanPath(root), f); ok {
			rels = append(rels, rel)
		}
	}
	return rels
}

// hostFolder is the first of rels that lies in a top-level folder named
// like a host: that host, lowercased, and the path below it; "" when
// none does.
func hostFolder(rels []string) (host, rest string) {
	for _, rel := range rels {
		top, rest, nested := strings.Cut(rel, "/")
		if h := strings.ToLower(top); nested && rest != "" && isHost(h) {
			return h, rest
		}
	}
	return "", ""
}

func cleanPath(p string) string { return path.Clean(filepath.ToSlash(p)) }

// below returns f relative to the folder root, if f is inside it.
func below(root, f string) (string, bool) {
	if root == "." {
		if path.IsAbs(f) || f == ".." || strings.HasPrefix(f, "../") {
			return "", false
		}
		return f, true
	}
	if strings.HasPrefix(f, root+"/") {
		return f[len(root)+1:], true
	}
	return "", false
}

// globCovers reports whether pattern matches f or a folder above it.
func globCovers(pattern, f string) bool {
	pattern = cleanPath(pattern)
	for p := f; p != "." && p != "/" && p != ""; p = path.Dir(p) {
		if ok, _ := path.Match(pattern, p); ok {
			return true
		}
	}
	return false
}

var hostName = regexp.MustCompile(`^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$`)

// isHost reports whether a folder name is a host name under a known
// public suffix: a folder called "v1.2" or "notes.old" is not a site.
func isHost(h string) bool {
	if !hostName.MatchString(h) {
		return false
	}
	ps, icann := publicsuffix.PublicSuffix(h)
	if !icann && !strings.Contains(ps, ".") {
		return false
	}
	_, err := publicsuffix.EffectiveTLDPlusOne(h)
	return err == nil
}

// publisher is the registrable domain of host h, or h without "www."
// when it has none (localhost, an IP address).
func publisher(h string) string {
	if d, err := publicsuffix.EffectiveTLDPlusOne(h); err == nil {
		return d
	}
	return strings.TrimPrefix(h, "www.")
}

// listingEntry is the provider a directory page's path names ("listing/
// lakeview-counseling" of "/listing/lakeview-counseling-springfield-il"),
// "" for any other path.
func listingEntry(p string) string {
	parts := strings.Split(strings.Trim(p, "/"), "/")
	for i := 0; i+1 < len(parts); i++ {
		switch strings.ToLower(parts[i]) {
		case "listing", "listings", "facility", "facilities", "provider", "providers", "directory":
			return strings.ToLower(parts[i] + "/" + parts[i+1])
		}
	}
	return ""
}

// pageAddress is a page's address reduced to what a staging or mirror
// copy keeps: the host without a www, staging, dev or similar label and
// the path without a trailing slash or an index file, so that
// "https://staging.example.com/php/" and "https://www.example.com/php/index.html"
// are one page ("phoenix.example.com/iop" and "mesa.example.com/iop" stay
// two). "" when the page has no address.
func pageAddress(u string) string {
	pu, err := url.Parse(u)
	if err != nil || pu.Host == "" {
		return ""
	}
	host := strings.ToLower(pu.Hostname())
	if k := strings.IndexByte(host, '.'); k > 0 && strings.Count(host, ".") >= 2 && copyHostLabels[host[:k]] {
		host = host[k+1:]
	}
	p := strings.TrimSuffix(pu.Path, "/")
	for _, idx := range []string{"/index.html", "/index.htm", "/index.php"} {
		p = strings.TrimSuffix(p, idx)
	}
	return host + strings.ToLower(p)
}

// copyHostLabels name a host that serves a copy of a site.
var copyHostLabels = map[string]bool{"www": true, "staging": true, "stage": true, "dev": true, "test": true, "beta": true,
	"preview": true, "old": true, "new": true, "mirror": true, "archive": true, "m": true}
