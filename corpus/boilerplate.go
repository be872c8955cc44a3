package corpus

import (
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
			switch {
			case c >= 'a' && c <= 'z', c >= '0' && c <= '9':
			case c >= 'A' && c <= 'Z':
				c += 'a' - 'A'
			default:
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

// BlockHashes returns the distinct hashes of d's blocks, in block order:
// what a site-wide boilerplate index needs of a page.
func (d *Document) BlockHashes() []uint64 {
	seen := make(map[uint64]bool, len(d.Blocks))
	out := make([]uint64, 0, len(d.Blocks))
	for i := range d.Blocks {
		h := d.Blocks[i].Hash
		if !seen[h] {
			seen[h] = true
			out = append(out, h)
		}
	}
	return out
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
// A block on every page of a site (a pop-up, a footer band, the same FAQ
// everywhere) says nothing about the page it sits on; Is tells the
// corpus-wide stage to drop claims from such blocks. A page checked alone
// has no boilerplate: one page is under MinPages.
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

// Add records one page of site with its block hashes (repeats within the
// page count once).
func (x *BoilerplateIndex) Add(site string, hashes []uint64) {
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

// Is says whether blocks with hash h are boilerplate on site: on at least
// MinPages of its pages and at least MinShare of them.
func (x *BoilerplateIndex) Is(site string, h uint64) bool {
	x.mu.Lock()
	defer x.mu.Unlock()
	s := x.sites[site]
	if s == nil {
		return false
	}
	c := s.count[h]
	return c >= x.opt.MinPages && float64(c) >= x.opt.MinShare*float64(s.pages)
}
