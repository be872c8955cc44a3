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
	hostEnd := len(toks)
	// (Each folder its own run of words, so a county's name never
	// reaches back into the folder before it.)
	segs := strings.Split(path, "/")
	starts := make([]int, len(segs))
	for k, seg := range segs {
		starts[k] = len(toks)
		split(seg)
	}
	nested := nestedPlaces(segs)
	var sh, fl xxhash.Digest
	sh.Reset()
	fl.Reset()
	places := 0
	for i := 0; i < len(toks); {
		// A directory's folders under a state, "/georgia/candler/metter/":
		// the county and the town, each a place however small.
		if nested >= 0 && i >= starts[nested] {
			if toks[i] == "/" {
				sh.WriteString("/")
				i++
				continue
			}
			k := i
			for k < len(toks) && toks[k] != "/" {
				k++
			}
			fl.WriteString(strings.Join(toks[i:k], ""))
			fl.WriteString("/")
			sh.WriteString("<place>")
			places++
			i = k
			continue
		}
		n := placeRun(toks[i:])
		// "/putnam-county/", "/st-lucie-county/": a county by its word,
		// whatever its name.
		if n == 0 && i >= hostEnd {
			n = countyRun(toks[i:])
		}
		if n > 0 {
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
				fl.WriteString(s)
				fl.WriteString("/")
				t = strings.Replace(t, s, "<place>", 1)
				places++
				break
			}
		}
		sh.WriteString(t)
		sh.WriteString("/")
		i++
	}
	if places == 0 {
		return 0, 0
	}
	return uint32(sh.Sum64() >> 32), uint32(fl.Sum64()>>32) | 1
}

// urlStateSet is urlStates as a set.
var urlStateSet = func() map[string]bool {
	m := map[string]bool{}
	for _, s := range urlStates {
		m[s] = true
	}
	return m
}()

// nestedPlaces is the index of the first folder of a directory's places
// under a state ("/clinics/georgia/candler/metter/": candler), -1 when
// the address has none: one or two folders end the path right after a
// folder that is a state's name, each a name of a few words and no word
// of care or of a site's sections ("/tennessee/iop", "/new-york/levels-
// of-care/detox", "/arkansas/sozo-recovery-centers" name no place).
func nestedPlaces(segs []string) int {
	for k := len(segs) - 2; k >= 0 && k >= len(segs)-3; k-- {
		if !urlStateSet[strings.ReplaceAll(segs[k], "-", "")] {
			continue
		}
		for _, seg := range segs[k+1:] {
			ws := addressWords(seg)
			if len(ws) == 0 || len(ws) > 4 {
				return -1
			}
			for _, w := range ws {
				if w[0] <= '9' || notPlaceWords[w] {
					return -1
				}
			}
		}
		return k + 1
	}
	return -1
}

// notPlaceWords name care, programs or a site's sections, never a town.
var notPlaceWords = map[string]bool{
	"iop": true, "php": true, "op": true, "detox": true, "detoxification": true, "outpatient": true, "inpatient": true, "residential": true,
	"intensive": true, "partial": true, "hospitalization": true, "treatment": true, "treatments": true, "rehab": true, "rehabs": true,
	"rehabilitation": true, "recovery": true, "program": true, "programs": true, "care": true, "levels": true, "level": true,
	"center": true, "centers": true, "centre": true, "centres": true, "clinic": true, "clinics": true, "services": true, "service": true,
	"facility": true, "facilities": true, "inc": true, "llc": true, "about": true, "contact": true, "faq": true, "faqs": true, "blog": true,
	"insurance": true, "admissions": true, "locations": true, "location": true, "alcohol": true, "drug": true, "drugs": true, "addiction": true,
	"methadone": true, "suboxone": true, "therapy": true, "counseling": true, "health": true, "behavioral": true, "mental": true, "sober": true,
	"living": true, "news": true, "resources": true, "guide": true, "page": true, "index": true, "html": true, "php5": true, "aspx": true, "htm": true,
}

// placeRun is the number of tokens (up to three) that spell a place when
// glued together, longest first; 0 when none does.
func placeRun(toks []string) int {
	// Glued in a buffer and looked up as bytes: joined as a string, every
	// word of every address signed was a new string or two.
	var buf [64]byte
	for n := min(3, len(toks)); n > 0; n-- {
		if toks[n-1] == "/" {
			continue
		}
		glued := buf[:0]
		for _, t := range toks[:n] {
			glued = append(glued, t...)
		}
		if urlPlaces[string(glued)] {
			return n
		}
	}
	return 0
}

// countyRun is the number of tokens of a county's name right before a
// word for a county: one ("putnam", "county"), or two when the first is
// one that opens names ("st", "lucie", "county"); 0 when none. (Not
// "out-of-county": a word of a phrase is no name.) The name is the last
// words before the county word, never the words of the address before
// them ("alcohol-rehab-putnam-county" names Putnam, not "alcohol rehab
// putnam").
func countyRun(toks []string) int {
	name := func(t string) bool { return t != "/" && t[0] > '9' && !countyWords[t] && !countyNotNames[t] }
	switch {
	case len(toks) > 1 && countyWords[toks[1]] && name(toks[0]):
		return 1
	case len(toks) > 2 && countyWords[toks[2]] && countyNamePrefixes[toks[0]] && name(toks[1]):
		return 2
	}
	return 0
}

var countyWords = map[string]bool{"county": true, "parish": true, "borough": true}

// countyNamePrefixes open two-word county names: "st-lucie", "san-mateo".
var countyNamePrefixes = map[string]bool{"st": true, "saint": true, "san": true, "santa": true, "los": true, "las": true, "el": true, "la": true, "le": true,
	"de": true, "du": true, "fort": true, "ft": true, "mount": true, "mt": true, "new": true, "palm": true, "east": true, "west": true, "north": true, "south": true,
	"lake": true, "grand": true, "prince": true, "queen": true, "king": true, "red": true, "green": true, "little": true, "big": true}

// countyNotNames are words before "county" that are not its name.
var countyNotNames = map[string]bool{"of": true, "in": true, "out": true, "per": true, "the": true, "a": true, "and": true, "your": true, "our": true, "my": true,
	"this": true, "every": true, "each": true, "any": true, "by": true, "for": true, "to": true, "cross": true, "multi": true, "tri": true, "home": true}

// addressWords splits lowercased address text into its runs of letters
// and digits: "how-long-is-php-2" into how, long, is, php, 2.
func addressWords(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9') })
}
