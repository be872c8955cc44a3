package neardup

import (
	"net/url"
	"strings"

	"github.com/cespare/xxhash/v2"
)

// Two files with one address are two snapshots of one page: "http://" and
// "https://", with "www." and without, with a slash at the end and
// without. A CMS that publishes an article twice numbers the second copy
// ("/what-is-php" and "/what-is-php-2"). In the labelled sets 25 pairs of
// files have one address so read; 23 are labelled one family (near,
// spun or exact), two "shared-boilerplate": new versions of one page
// that kept its frame and rewrote its text. Rewritten, such a pair shares
// hardly a shingle, and the content words it shares (0.19–0.52 on the
// labelled pairs) are fewer than urlTitleMinBag asks of two pages that
// only share a title: one address asks for less.

// urlPageMinBag is the share of content words two files of one address
// need: two pages that share nothing but a site's frame share less than
// the rewrites above (0.19 the least).
const urlPageMinBag = 0.15

// urlPage hashes a page's host (as pageHost reads it) and its path,
// lowercased, a trailing slash and a trailing copy number ("-2") left
// out, and its query; 0 when the address could not be parsed.
func urlPage(u *url.URL, host string) uint32 {
	if u == nil {
		return 0
	}
	path := strings.TrimRight(strings.ToLower(u.EscapedPath()), "/")
	path = trimCopyNumber(path)
	var d xxhash.Digest
	d.Reset()
	d.WriteString(host)
	d.WriteString("\x00")
	d.WriteString(path)
	if u.RawQuery != "" {
		d.WriteString("?")
		d.WriteString(u.RawQuery)
	}
	return uint32(d.Sum64()>>32) | 1
}

// trimCopyNumber cuts "-2" (up to two digits) off the end of a path's
// last segment, where a CMS numbers a second copy of one slug.
func trimCopyNumber(path string) string {
	i := len(path)
	for i > 0 && path[i-1] >= '0' && path[i-1] <= '9' && len(path)-i < 2 {
		i--
	}
	if i < len(path) && i > 1 && path[i-1] == '-' && path[i-2] != '/' {
		return path[:i-1]
	}
	return path
}
