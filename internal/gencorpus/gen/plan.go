package gen

import (
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"
)

type pageKind uint8

const (
	kindIOP pageKind = iota
	kindPHP
	kindDetox
	kindBlog
)

type plantKind uint8

const (
	plantNone   plantKind = iota
	plantLow              // (a) a 1-hour IOP week beside the real figure
	plantDetox            // (c) detox offered and not offered
	plantSched            // (d) 3 days × 3 hours beside 20 hours a week
	plantDrift            // (b) one family member changes a fact
	plantAnchor           // the canonical side of a drift: marks only
)

// pagePlan is everything needed to render one page independently of the
// others, which is what lets rendering run in parallel and stay
// deterministic.
type pagePlan struct {
	path   string
	site   int
	kind   pageKind
	topic  int // blog topic; -1 for program pages
	family int // -1 when not a family member
	member int
	place  place
	seed   uint64
	spinP  float64
	plant  plantKind
	drift  string   // fact a drifted member changes
	marks  []string // facts whose first occurrence truth.json locates
	facts  []string // the facts an article outside families states
}

type family struct {
	topic int
	slug  string
	base  *article
	facts []string
	pages []int
}

// side points at one side of a planted contradiction.
type side struct {
	page int
	fact string
}

type plannedContradiction struct {
	Contradiction
	sides []side
}

type corpusPlan struct {
	sites    []*site
	pages    []pagePlan
	families []*family
	contras  []plannedContradiction
}

// planCorpus lays out sites, pages, families and plants with one random
// stream; rendering later draws only from per-page streams seeded here.
func planCorpus(opt Options) *corpusPlan {
	r := rand.New(rand.NewPCG(opt.Seed, 0x6a09e667f3bcc908))
	p := &corpusPlan{}

	var sizes []int
	for total := 0; total < opt.N; {
		k := 5 + r.IntN(10)
		if k > opt.N-total {
			k = opt.N - total
		}
		sizes = append(sizes, k)
		total += k
	}
	width := max(3, len(strconv.Itoa(len(sizes)-1)))
	var blogSlots []int
	for si, k := range sizes {
		s := newSite(r, si, width)
		p.sites = append(p.sites, s)
		for j := 0; j < k; j++ {
			pg := pagePlan{site: si, topic: -1, family: -1, place: s.place}
			switch j {
			case 0:
				pg.kind, pg.path = kindIOP, s.dir+"/iop.html"
			case 1:
				pg.kind, pg.path = kindPHP, s.dir+"/php.html"
			case 2:
				pg.kind, pg.path = kindDetox, s.dir+"/detox.html"
			default:
				pg.kind = kindBlog
				blogSlots = append(blogSlots, len(p.pages))
			}
			s.pages = append(s.pages, len(p.pages))
			p.pages = append(p.pages, pg)
		}
	}

	// Families take a share of the blog slots, scattered over sites the
	// way syndicated or spun articles are.
	r.Shuffle(len(blogSlots), func(i, j int) { blogSlots[i], blogSlots[j] = blogSlots[j], blogSlots[i] })
	inFamilies := len(blogSlots) * 45 / 100
	i := 0
	for i+2 <= inFamilies {
		k := min(2+r.IntN(7), inFamilies-i)
		if inFamilies-i-k == 1 {
			k++
		}
		p.addFamily(r, blogSlots[i:i+k])
		i += k
	}
	for _, pi := range blogSlots[i:] {
		pg := &p.pages[pi]
		pg.topic = r.IntN(len(blogTopics))
		// The facts an article states are settled here, optional ones
		// too, so that the plants know which articles state what.
		for _, name := range blogTopics[pg.topic].facts {
			if name, ok := stated(r, name); ok {
				pg.facts = append(pg.facts, name)
			}
		}
		if r.IntN(10) < 3 {
			pg.place = allPlaces[r.IntN(len(allPlaces))]
		}
		slug := fill(choose(r, blogTopics[pg.topic].slug), func(string) string { return slugify(pg.place.City + " " + pg.place.Abbr) })
		pg.path = p.sites[pg.site].dir + "/blog/" + slug + ".html"
	}
	p.dedupePaths()

	p.plantContradictions(r, opt.N)
	for i := range p.pages {
		p.pages[i].seed = r.Uint64()
	}
	return p
}

func (p *corpusPlan) addFamily(r *rand.Rand, slots []int) {
	f := &family{topic: r.IntN(len(blogTopics))}
	t := blogTopics[f.topic]
	var sents []string
	for _, name := range t.facts {
		name, ok := stated(r, name)
		if !ok {
			continue
		}
		f.facts = append(f.facts, name)
		sents = append(sents, factFrame(r, generalFacts, name))
	}
	f.base = compose(r, t, composeSpec{facts: sents, traps: 1 + r.IntN(2), target: 1800 + r.IntN(4400)})
	f.slug = choose(r, t.slug)
	places := r.Perm(len(allPlaces))
	fi := len(p.families)
	for m, pi := range slots {
		pg := &p.pages[pi]
		pg.topic, pg.family, pg.member = f.topic, fi, m
		pg.place = allPlaces[places[m]]
		if m > 0 {
			pg.spinP = 0.10 + 0.10*r.Float64()
		}
		slug := fill(f.slug, func(string) string { return slugify(pg.place.City + " " + pg.place.Abbr) })
		pg.path = p.sites[pg.site].dir + "/blog/" + slug + ".html"
		f.pages = append(f.pages, pi)
	}
	p.families = append(p.families, f)
}

// dedupePaths numbers repeated blog file names within a site.
func (p *corpusPlan) dedupePaths() {
	seen := map[string]int{}
	for i := range p.pages {
		pg := &p.pages[i]
		n := seen[pg.path]
		seen[pg.path] = n + 1
		if n > 0 {
			pg.path = strings.TrimSuffix(pg.path, ".html") + fmt.Sprintf("-%d.html", n+1)
		}
	}
}

// stated reports whether an article states a topic's fact, and the fact's
// name: a name ending in "?" is optional, stated by half the articles.
func stated(r *rand.Rand, name string) (string, bool) {
	if !strings.HasSuffix(name, "?") {
		return name, true
	}
	if r.IntN(2) == 0 {
		return "", false
	}
	return strings.TrimSuffix(name, "?"), true
}

func (p *corpusPlan) hasFact(f *family, name string) bool {
	for _, x := range f.facts {
		if x == name {
			return true
		}
	}
	return false
}
