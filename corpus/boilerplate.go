package corpus

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/cespare/xxhash/v2"
)

// blockHash hashes text normalised the way a reader compares two blocks:
// letters lowercased, digits as they are, every run of whitespace,
// punctuation and symbols folded to one space. buf is scratch space
// reused across blocks.
func blockHash(text string, buf []byte) (uint64, []byte) {
	buf = buf[:0]
	gap := false
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			i++
			if c = asciiFold[c]; c == 0 {
				gap = true
				continue
			}
			if gap && len(buf) > 0 {
				buf = append(buf, ' ')
			}
			gap = false
			buf = append(buf, c)
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		i += n
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			gap = true
			continue
		}
		if gap && len(buf) > 0 {
			buf = append(buf, ' ')
		}
		gap = false
		buf = utf8.AppendRune(buf, unicode.ToLower(r))
	}
	return xxhash.Sum64(buf), buf
}

// asciiFold maps an ASCII letter to lower case, a digit to itself and
// anything else to 0, a separator.
var asciiFold = func() (t [utf8.RuneSelf]byte) {
	for c := byte('0'); c <= '9'; c++ {
		t[c] = c
	}
	for c := byte('a'); c <= 'z'; c++ {
		t[c] = c
		t[c-'a'+'A'] = c
	}
	return t
}()

// PageHashes is what a site-wide boilerplate index needs of a page: the
// hashes of its blocks in order with the length of each block's text, the
// first Head of them the title and descriptions that lead the page.
type PageHashes struct {
	Hashes []uint64
	Sizes  []int
	Head   int
	// Lead is one more than the index of the page's first heading after
	// Head (0: no heading): where the article starts. A repeated block
	// from there to the page's last own block is the template's content
	// (a shared schedule paragraph), not chrome.
	Lead int
}

// PageHashes returns d's block hashes for a BoilerplateIndex.
func (d *Document) PageHashes() PageHashes {
	p := PageHashes{Hashes: make([]uint64, len(d.Blocks)), Sizes: make([]int, len(d.Blocks))}
	for i := range d.Blocks {
		p.Hashes[i] = d.Blocks[i].Hash
		p.Sizes[i] = len(d.Blocks[i].Text)
		// A text export's "SOURCE: <url>" line is its address, as a
		// title is: the page's own, but not where its content starts.
		if k := d.Blocks[i].Kind; (k == BlockTitle || k == BlockMeta || i == 0 && d.URL != "" && strings.HasPrefix(d.Blocks[i].Text, "SOURCE:")) && p.Head == i {
			p.Head = i + 1
		}
	}
	for i := p.Head; i < len(d.Blocks); i++ {
		if d.Blocks[i].Kind == BlockHeading {
			p.Lead = i + 1
			break
		}
	}
	return p
}

// BoilerplateOptions say how often a block must recur on a site's pages
// to be the site's boilerplate rather than its content.
type BoilerplateOptions struct {
	// MinPages is the fewest pages the block must be on (default 3).
	MinPages int
	// MinShare is the smallest share of the site's pages it must be on
	// (default 0.3).
	MinShare float64
}

// DefaultBoilerplateOptions are three pages and 30 % of the site.
func DefaultBoilerplateOptions() BoilerplateOptions {
	return BoilerplateOptions{MinPages: 3, MinShare: 0.3}
}

// BoilerplateIndex counts, per site, on how many pages each block hash
// occurs. It holds hashes and counts only, never documents, so a large
// site costs a few bytes per distinct block. It is safe for concurrent use.
//
// A block on many pages of a site (a pop-up, a footer band, the same FAQ
// everywhere) says nothing about the page it sits on; Boilerplate tells
// the corpus-wide stage which of a page's blocks to drop claims from. A
// page checked alone has no boilerplate: one page is under MinPages.
type BoilerplateIndex struct {
	opt   BoilerplateOptions
	mu    sync.Mutex
	sites map[string]*siteCounts
}

type siteCounts struct {
	pages int
	count map[uint64]int
}

// NewBoilerplateIndex returns an empty index; zero fields of opt take
// their defaults.
func NewBoilerplateIndex(opt BoilerplateOptions) *BoilerplateIndex {
	def := DefaultBoilerplateOptions()
	if opt.MinPages <= 0 {
		opt.MinPages = def.MinPages
	}
	if opt.MinShare <= 0 {
		opt.MinShare = def.MinShare
	}
	return &BoilerplateIndex{opt: opt, sites: map[string]*siteCounts{}}
}

// Add records one page of site (repeats within the page count once).
func (x *BoilerplateIndex) Add(site string, page PageHashes) {
	hashes := page.Hashes
	x.mu.Lock()
	defer x.mu.Unlock()
	s := x.sites[site]
	if s == nil {
		s = &siteCounts{count: map[uint64]int{}}
		x.sites[site] = s
	}
	s.pages++
	seen := make(map[uint64]bool, len(hashes))
	for _, h := range hashes {
		if !seen[h] {
			seen[h] = true
			s.count[h]++
		}
	}
}

// Recurs says whether blocks with hash h recur on site: on at least
// MinPages of its pages and at least MinShare of them.
func (x *BoilerplateIndex) Recurs(site string, h uint64) bool {
	x.mu.Lock()
	defer x.mu.Unlock()
	return x.recurs(x.sites[site], h)
}

func (x *BoilerplateIndex) recurs(s *siteCounts, h uint64) bool {
	if s == nil {
		return false
	}
	c := s.count[h]
	return c >= x.opt.MinPages && float64(c) >= x.opt.MinShare*float64(s.pages)
}

// Boilerplate returns the hashes of page's blocks that are the site's
// boilerplate: blocks that recur on the site and lie outside the page's
// own content, before the first block of the body that is the page's
// alone or after the last. Recurring blocks between the page's own blocks
// are kept: pages cut from one template (a program described once per
// city) share their schedule and fees in the middle of the content, while
// pop-ups, call-to-action bands, footers and site-wide FAQs sit at the
// edges. A page whose own text is under a fifth of its body is a copy of
// the template (a duplicate, a city page that changes only its name): the
// shared text is its content, and nothing on it is boilerplate. It returns
// nil when nothing is boilerplate.
func (x *BoilerplateIndex) Boilerplate(site string, page PageHashes) map[uint64]bool {
	x.mu.Lock()
	defer x.mu.Unlock()
	s := x.sites[site]
	if s == nil {
		return nil
	}
	first, last := -1, -1
	own, body := 0, 0
	for i := page.Head; i < len(page.Hashes); i++ {
		size := 1
		if i < len(page.Sizes) {
			size = page.Sizes[i]
		}
		body += size
		if !x.recurs(s, page.Hashes[i]) {
			own += size
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	if own*5 < body {
		return nil
	}
	var out map[uint64]bool
	inside := map[uint64]bool{}
	for i, h := range page.Hashes {
		if !x.recurs(s, h) {
			continue
		}
		if i > first && i < last || page.Lead > 0 && i >= page.Lead-1 && i < last {
			inside[h] = true
			continue
		}
		if out == nil {
			out = map[uint64]bool{}
		}
		out[h] = true
	}
	for h := range inside {
		// One copy inside the content keeps the text: its claims cannot
		// be told from the copy at the edge.
		delete(out, h)
	}
	return out
}
