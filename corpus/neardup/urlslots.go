package neardup

import (
	"net/url"
	"strings"

	"github.com/cespare/xxhash/v2"
)

// Location networks publish one template per place under addresses that
// differ only by the place: texas.example.org/outpatient and
// florida.example.org/outpatient, /iop-houston/ and /iop-los-angeles/.
// When a page's address is known, the address with its places masked is
// one more slot of the template.

// urlPlaces are the place names as they appear in addresses: lower case,
// spaces dropped ("newjersey", "losangeles").
var urlPlaces = func() map[string]bool {
	m := map[string]bool{}
	for _, p := range placeNames {
		k := strings.ToLower(strings.NewReplacer(" ", "", ".", "").Replace(p))
		if len(k) >= 4 {
			m[k] = true
		}
	}
	return m
}()

// urlStates are the state names, which address labels also glue to other
// words ("rehabsflorida.com").
var urlStates = func() []string {
	var out []string
	for _, p := range placeNames[:50] {
		out = append(out, strings.ToLower(strings.ReplaceAll(p, " ", "")))
	}
	return out
}()

// pageURL is the address a saved page names on its first line, as crawlers
// write it ("SOURCE: https://…", "URL: https://…"); "" when none.
func pageURL(text string) string {
	line := strings.TrimSpace(text)
	if i := strings.IndexByte(line, '\n'); i >= 0 {
		line = strings.TrimSpace(line[:i])
	}
	i := strings.Index(line, "://")
	if i < 0 || len(line) > 2048 {
		return ""
	}
	start := strings.LastIndexAny(line[:i], " \t:") + 1
	if label := strings.TrimSpace(line[:max(start-1, 0)]); len(strings.Fields(label)) > 2 {
		return "" // a sentence that mentions an address, not a header naming one
	}
	end := strings.IndexAny(line[i:], " \t")
	if end < 0 {
		return line[start:]
	}
	return line[start : i+end]
}

// pageHost parses a page's address: the address and its host, lower
// case, "www." left out; nil when raw cannot be parsed or has no host.
func pageHost(raw string) (*url.URL, string) {
	if raw == "" {
		return nil, ""
	}
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return nil, ""
	}
	return u, strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
}

// hostHash hashes an address's host (as pageHost reads it); 0 when it
// has none.
func hostHash(u *url.URL, host string) uint32 {
	if u != nil {
		return uint32(xxhash.Sum64String(host)) | 1
	}
	return 0
}

// urlSlots hashes an address (as pageHost reads it) with its place names
// masked (shape) and the place names themselves (fill). Both are 0 when
// the address could not be parsed or names no place.
func urlSlots(u *url.URL, host string) (shape, fill uint32) {
	if u == nil {
		return 0, 0
	}
	path := strings.ToLower(strings.Trim(u.EscapedPath(), "/"))
	var toks []string
	split := func(s string) {
		toks = append(toks, addressWords(s)...)
		toks = append(toks, "/")
	}
	split(host)
	split(path)
	var sh, fl xxhash.Digest
	sh.Reset()
	fl.Reset()
	places := 0
	for i := 0; i < len(toks); {
		if n := placeRun(toks[i:]); n > 0 {
			fl.WriteString(strings.Join(toks[i:i+n], ""))
			fl.WriteString("/")
			sh.WriteString("<place>/")
			places++
			i += n
			continue
		}
		// "/putnam-county/", "/st-lucie-county/": a county by its word,
		// whatever its name.
		if n := countyRun(toks[i:]); n > 0 {
			fl.WriteString(strings.Join(toks[i:i+n], ""))
			fl.WriteString("/")
			sh.WriteString("<place>/")
			places++
			i += n
			continue
		}
		t := toks[i]
		for _, s := range urlStates {
			if len(t) > len(s)+2 && (strings.HasSuffix(t, s) || strings.HasPrefix(t, s)) {
				fl.WriteString(s + "/")
				t = strings.Replace(t, s, "<place>", 1)
				places++
				break
			}
		}
		sh.WriteString(t + "/")
		i++
	}
	if places == 0 {
		return 0, 0
	}
	return uint32(sh.Sum64() >> 32), uint32(fl.Sum64()>>32) | 1
}

// placeRun is the number of tokens (up to three) that spell a place when
// glued together, longest first; 0 when none does.
func placeRun(toks []string) int {
	for n := min(3, len(toks)); n > 0; n-- {
		if toks[n-1] == "/" {
			continue
		}
		if urlPlaces[strings.Join(toks[:n], "")] {
			return n
		}
	}
	return 0
}

// countyRun is the number of tokens (up to three) of a name right before
// a word for a county ("putnam" of "putnam", "county"); 0 when none.
func countyRun(toks []string) int {
	for n := 1; n <= 3 && n < len(toks); n++ {
		if t := toks[n-1]; t == "/" || t[0] >= '0' && t[0] <= '9' || countyWords[t] {
			return 0
		}
		if countyWords[toks[n]] {
			return n
		}
	}
	return 0
}

var countyWords = map[string]bool{"county": true, "parish": true, "borough": true}

// addressWords splits lowercased address text into its runs of letters
// and digits: "how-long-is-php-2" into how, long, is, php, 2.
func addressWords(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9') })
}
