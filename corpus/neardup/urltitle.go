package neardup

import (
	"net/url"
	"strings"

	"github.com/cespare/xxhash/v2"
)

// A blog that publishes one article twice gets a second address from its
// CMS with a number after the first's slug ("/how-long-is-php" and
// "/how-long-is-php-2"), or a slug that words the title a little
// differently ("…-required-in-an-iop" and "…-required-for-an-iop"). The
// two texts are often written separately from one prompt, so they share
// content words but hardly any shingles. In the labelled sets every such
// pair of addresses with content words in common is a labelled family
// (seven of seven); two articles of one site on one topic under different
// titles (IOP's length and PHP's) are not, and share as many words. Such
// copies may share no shingle band at all, so the pages of one title meet
// as candidates in the slot band (slotEntries).

// urlTitleMinBag is the share of content words the two copies need:
// the labelled pairs share 0.30–0.72; pages of one site under an equal
// title that are not one article would share less than articles of one
// topic do (0.4). (0.20 took dupes pair recall up on r251 and r253,
// where a location network wrote one article afresh per town, but
// joined different articles of one site sharing a slug under different
// folders at 0.21–0.22: "/careers/what-to-expect-on-your-first-day/"
// and "/patients/…", "/adolescents/how-long-does-treatment-last/" and
// "/adults/…".)
const urlTitleMinBag = 0.25

// urlTitleMinWords: a slug of fewer content words ("/about", "/iop")
// names a section, not an article.
const urlTitleMinWords = 3

// urlTitle hashes a page's host and the content words of the last segment
// of its address's path (as pageHost reads them), stop words and a
// trailing number left out; 0 when the address could not be parsed, the
// segment holds fewer than urlTitleMinWords words or names only a level
// of care (urlLevel).
func urlTitle(u *url.URL, host string) uint32 {
	// ("/services/intensive-outpatient-program-iop/" names a program's
	// page, the section, however many words it takes.)
	if u == nil || urlLevel(u) != levelNone {
		return 0
	}
	path := strings.ToLower(u.EscapedPath())
	words := addressWords(lastSegment(path))
	if n := len(words); n > 0 && allDigits(words[n-1]) {
		words = words[:n-1]
	}
	var d xxhash.Digest
	d.Reset()
	d.WriteString(host)
	// ("/iop/how-long-does-treatment-last/" and "/php/how-long-does-
	// treatment-last/": one question asked of two programs, two titles.)
	parent := strings.TrimSuffix(strings.TrimRight(path, "/"), lastSegment(path))
	d.Write([]byte{levelsNamed(addressWords(parent))})
	n := 0
	for _, w := range words {
		if slugStopWords[w] {
			continue
		}
		d.WriteString("/" + w)
		n++
	}
	if n < urlTitleMinWords {
		return 0
	}
	return uint32(d.Sum64()>>32) | 1
}

// lastSegment is the last non-empty segment of an address's path: a site
// that moves its articles under "/blog/" keeps the slug ("/blog/what-a-
// 5-day-detox-is-like/" and "/what-a-5-day-detox-is-like/" are one title).
func lastSegment(path string) string {
	path = strings.TrimRight(path, "/")
	return path[strings.LastIndexByte(path, '/')+1:]
}

func allDigits(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return w != ""
}

// slugStopWords are the words a title may swap without becoming another
// title ("required in an IOP", "required for an IOP").
var slugStopWords = map[string]bool{
	"a": true, "an": true, "the": true, "in": true, "for": true, "of": true, "to": true, "on": true, "at": true,
	"and": true, "or": true, "with": true, "is": true, "are": true, "do": true, "does": true, "your": true, "you": true,
	"html": true, "htm": true,
}
