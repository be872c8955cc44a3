package neardup

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

func TestClusterRecoversFamilies(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	opt := DefaultOptions()
	var sigs []Signature
	want := map[string][]string{} // family name → sorted files
	add := func(fam, id, text string) {
		sigs = append(sigs, Sign(id, text, opt))
		if fam != "" {
			want[fam] = append(want[fam], id)
		}
	}
	for i, place := range variantPlaces[:6] {
		text, _ := spin(baseArticle, place, 0.1+0.02*float64(i), i == 3, rng)
		add("fixture", "fixture-"+place, text)
	}
	for f := range 5 {
		base := randomArticle(rng, 600)
		for v := range 2 + f {
			text, _ := spinWords(base, 0.05, rng)
			add(fmt.Sprint("gen", f), fmt.Sprintf("gen%d-%d", f, v), text)
		}
	}
	for u := range 30 {
		add("", fmt.Sprintf("unrelated-%02d", u), randomArticle(rng, 400+rng.IntN(400)))
	}
	add("", "short", "Call us today to learn about our outpatient program.")
	dup := randomArticle(rng, 300)
	add("dup", "dup-a", dup)
	add("dup", "dup-b", strings.ReplaceAll(dup, " ", "  "))

	rng.Shuffle(len(sigs), func(i, j int) { sigs[i], sigs[j] = sigs[j], sigs[i] })
	groups, short := Cluster(sigs, opt)
	if !slices.Equal(short, []string{"short"}) {
		t.Errorf("tooShort = %v", short)
	}
	var got, exp [][]string
	for _, g := range groups {
		got = append(got, g.Files)
		t.Logf("%s %v canonical=%s sim=%.2f [%.2f, %.2f]", g.Tier, g.Files, g.Canonical, g.Similarity, g.MinSimilarity, g.MaxSimilarity)
		if !slices.Contains(g.Files, g.Canonical) {
			t.Errorf("canonical %s not in %v", g.Canonical, g.Files)
		}
		if g.Files[0] == "dup-a" && g.Tier != TierExact {
			t.Errorf("dup tier = %s", g.Tier)
		}
	}
	for _, files := range want {
		slices.Sort(files)
		exp = append(exp, files)
	}
	slices.SortFunc(exp, func(a, b []string) int { return strings.Compare(a[0], b[0]) })
	if fmt.Sprint(got) != fmt.Sprint(exp) {
		t.Errorf("groups\n got %v\nwant %v", got, exp)
	}
}

func TestSeedsGroupOnlyTheSpunPair(t *testing.T) {
	seeds := readSeeds(t)
	opt := DefaultOptions()
	var sigs []Signature
	for name, text := range seeds {
		sigs = append(sigs, Sign(name, text, opt))
	}
	groups, short := Cluster(sigs, opt)
	if len(short) != 0 {
		t.Errorf("tooShort = %v", short)
	}
	if len(groups) != 1 || len(groups[0].Files) != 2 ||
		!strings.HasPrefix(groups[0].Files[0], "000_") || !strings.HasPrefix(groups[0].Files[1], "004_") {
		t.Fatalf("groups = %+v, want exactly {000, 004}", groups)
	}
	g := groups[0]
	t.Logf("%s %v sim=%.3f", g.Tier, g.Files, g.Similarity)
	var pages []Page
	for _, f := range g.Files {
		pages = append(pages, testPage(f, seeds[f]))
	}
	classes := map[string]int{}
	for _, h := range ClassifyFamily(pages, g.Canonical, opt) {
		classes[h.Class]++
		if h.Class == ClassSlot || h.Class == ClassFact {
			t.Logf("%s:%d:%d %s %q → %q", h.File, h.Line, h.Column, h.Class, h.A, h.B)
		}
	}
	t.Logf("hunk classes: %v", classes)
	if classes[ClassSlot] == 0 {
		t.Errorf("no Maine/Connecticut slot found")
	}
}

// TestSharedBlockIsNotAFamily: two different articles that embed the same
// block (a table, a disclaimer) in the same place share enough shingles for
// the template tier, but only in one region, which Placement rejects; the
// same block spread through a spun copy would pass.
func TestSharedBlockIsNotAFamily(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	opt := DefaultOptions()
	shared := randomArticle(rng, 120)
	page := func() string {
		return randomArticle(rng, 300) + "\n" + shared + "\n" + randomArticle(rng, 300)
	}
	a, b := Sign("a", page(), opt), Sign("b", page(), opt)
	sim := Similarity(a, b)
	lower, spread := Placement(a, b)
	t.Logf("similarity %.3f placement %.3f spread %d", sim, lower, spread)
	if sim < opt.TemplateThreshold || sim >= opt.NearThreshold {
		t.Fatalf("similarity %.3f is not in the template tier; the test needs retuning", sim)
	}
	if groups, _ := Cluster([]Signature{a, b}, opt); len(groups) != 0 {
		t.Errorf("pages sharing one block grouped: %+v", groups)
	}
}

// TestClusterGeneratedSites: on generated sites, where every page carries
// its site's stock lines and families are spread over sites as light or
// spun copies, no group joins pages of different families or adds
// unrelated pages, and at most a tenth of the family members are left out
// of their family's group. Those are spun copies whose shared shingles
// look shuffled (Order 0.43–0.65 < spunMinOrder): the generated corpus's
// grammar siblings, which are not families, reach 0.45 with as many
// sentences aligned, so the spun tier does not reach further (doc.go).
func TestClusterGeneratedSites(t *testing.T) {
	for _, seed := range []uint64{1, 2, 3} {
		pages := genSites(400, 500, seed)
		opt := DefaultOptions()
		famOf := map[string]int{}
		var sigs []Signature
		for _, p := range pages {
			sigs = append(sigs, Sign(p.id, p.text, opt))
			famOf[p.id] = p.family
		}
		groups, _ := Cluster(sigs, opt)
		groupOf := map[string]int{}
		tiers := map[string]int{}
		for gi, g := range groups {
			tiers[g.Tier]++
			fams := map[int]bool{}
			for _, f := range g.Files {
				groupOf[f] = gi
				fams[famOf[f]] = true
			}
			if len(fams) != 1 || fams[-1] {
				t.Errorf("seed %d: group %v mixes families %v", seed, g.Files, fams)
			}
		}
		split, members := 0, 0
		seen := map[int]int{}
		for _, p := range pages {
			if p.family < 0 {
				continue
			}
			members++
			gi, ok := groupOf[p.id]
			if !ok {
				gi = -1 - len(seen)
			}
			if prev, ok := seen[p.family]; ok && prev != gi {
				split++
			}
			seen[p.family] = gi
		}
		t.Logf("seed %d: %d families, %d members, %d groups %v, %d members outside their family's group", seed, len(seen), members, len(groups), tiers, split)
		if split*10 > members {
			t.Errorf("seed %d: %d of %d family members not grouped with their family", seed, split, members)
		}
	}
}

// TestHundredsOfPlaces: one article filled in for 300 cities is one
// family. Every shingle band of the copies is one bucket of 300 pages,
// larger than maxBandBucket, where each page meets only its nearest
// neighbours; the copies still join up.
func TestHundredsOfPlaces(t *testing.T) {
	opt := DefaultOptions()
	var sigs []Signature
	for i := range 300 {
		city := fmt.Sprintf("Town%c%c", 'A'+i/26%26, 'a'+i%26)
		text := "Intensive Outpatient Programs in " + city + "\n" +
			"An intensive outpatient program in " + city + " lets adults keep their jobs and family routines while they work on recovery from alcohol or drug use with a team of counselors.\n" +
			"Programs across " + city + " usually meet in the evening so that people can attend after work, and most combine group therapy, individual counseling and family education.\n" +
			"The core curriculum lasts three to five weeks, followed by a lighter step-down phase that keeps clients connected to peers and to their counselor.\n" +
			"Relapse prevention, coping skills and medication support are part of every " + city + " program, and family members are invited to weekly education nights.\n"
		sigs = append(sigs, Sign(fmt.Sprintf("p%03d", i), text, opt))
	}
	groups, short := Cluster(sigs, opt)
	if len(short) != 0 || len(groups) != 1 || len(groups[0].Files) != 300 {
		sizes := []int{}
		for _, g := range groups {
			sizes = append(sizes, len(g.Files))
		}
		t.Errorf("groups of %v (%d too short), want one of 300", sizes, len(short))
	}
}

// Two copies of one article that first share a band in a bucket of
// hundreds of pages, far apart in its order, were never judged: every
// later band they shared counted as judged in that first one. They are
// judged where they meet again, and joined.
func TestCopiesApartInABigBucketAreJoined(t *testing.T) {
	rng := rand.New(rand.NewPCG(11, 12))
	opt := DefaultOptions()
	page := func(id string, exact uint64) Signature {
		s := Signature{ID: id, Exact: exact, Words: 1000, Mins: make([]uint32, opt.Hashes)}
		for i := range s.Mins {
			s.Mins[i] = rng.Uint32()
		}
		// Band 0 is two stock shingles every page shares.
		s.Mins[0], s.Mins[1] = 1, 2
		return s
	}
	var sigs []Signature
	for i := range maxBandBucket + 40 {
		s := page(fmt.Sprintf("filler-%03d", i), uint64(1000+i))
		// Mins[2] orders the band-0 bucket (bandEntry.sub): the fillers
		// sit between the two copies.
		s.Mins[2] = 1000 + uint32(i)
		sigs = append(sigs, s)
	}
	a, b := page("copy-a", 1), page("copy-b", 2)
	// They share none of the minimums the single-value bands read
	// (rareSlots) but the stock two, and four in five after: Jaccard
	// about 0.7, a band in four.
	for i := rareSlots; i < len(a.Mins); i++ {
		if i%5 != 0 {
			b.Mins[i] = a.Mins[i]
		}
	}
	a.Mins[2], b.Mins[2] = 0, 1<<31
	sigs = append(sigs, a, b)
	groups, _ := Cluster(sigs, opt)
	if len(groups) != 1 || !slices.Equal(groups[0].Files, []string{"copy-a", "copy-b"}) {
		t.Fatalf("groups = %+v, want copy-a and copy-b alone", groups)
	}
}

// A pair sharing a band was judged there when it sat within the bucket's
// window: maxBucketChecks apart, bigBucketChecks in a bucket over
// maxBandBucket; a place past noPlace is unknown, so not judged.
func TestPairSeenReadsTheWindow(t *testing.T) {
	w := newWindows(3, 4, 0.5)
	// Band 0: pages 0 and 1 maxBucketChecks apart, 2 and 3 one further.
	// Band 1: a big bucket, pages 0 and 1 bigBucketChecks apart, 2 and 3
	// one further. Band 2: a bucket judged whole.
	for p, o := range []uint16{0, maxBucketChecks, 0, maxBucketChecks + 1} {
		w.off[p*w.bands] = o
	}
	for p, o := range []uint16{5, 5 + bigBucketChecks, 5, 5 + bigBucketChecks + 1} {
		w.off[p*w.bands+1] = o
		w.masks[p].big |= 1 << 1
		w.masks[p].small |= 1 << 2
	}
	for _, c := range []struct {
		band   int
		pi, pj int32
		want   bool
	}{{0, 0, 1, true}, {0, 2, 3, false}, {1, 0, 1, true}, {1, 2, 3, false}, {2, 0, 3, true}} {
		if got := (pairSeen{w, c.pi, c.pj}).in(c.band); got != c.want {
			t.Errorf("band %d, pages %d and %d: judged %v, want %v", c.band, c.pi, c.pj, got, c.want)
		}
	}
	w.off[0], w.off[w.bands] = noPlace, noPlace
	if (pairSeen{w, 0, 1}).in(0) {
		t.Error("pages whose places are unknown taken for judged")
	}
	if !(pairSeen{}).in(0) || !(pairSeen{w, 0, 1}).in(3) {
		t.Error("without windows, or past the bands recorded, a shared band is a judged one")
	}
}

// Two families of several pages join only when each page of the link
// resembles the other family's root, not the roots alone: families of
// one topic chained into groups of hundreds that way.
func TestJoinableAsksBothLinksOfTwoFamilies(t *testing.T) {
	opt := DefaultOptions()
	// Minimums in four runs: 8 all four pages share, then three runs of
	// 40 shared as each case says (a letter is a value of its own).
	page := func(id string, exact uint64, runs string) Signature {
		s := Signature{ID: id, Exact: exact, Words: 1000, Mins: make([]uint32, opt.Hashes)}
		for i := range s.Mins {
			switch {
			case i < 8:
				s.Mins[i] = uint32(i)
			default:
				run := (i - 8) / 40
				s.Mins[i] = uint32(runs[run])<<16 | uint32(i)
			}
		}
		return s
	}
	for _, c := range []struct {
		name string
		b2   string // the second family's member, in the link
		want bool
	}{
		// a1 and b2 share only the 8: a link page unlike the other root.
		{"b2 unlike a1", "wzq", false},
		{"b2 like a1", "xzq", true},
	} {
		sigs := []Signature{
			page("a1", 1, "xyp"), // root of the first family
			page("a2", 2, "xzp"), // its member, in the link
			page("b1", 3, "xyq"), // root of the second family
			page("b2", 4, c.b2),
		}
		for _, pair := range [][2]int{{0, 1}, {2, 3}, {1, 3}, {0, 2}} {
			if _, tier := opt.judge(sigs[pair[0]], sigs[pair[1]]); tier == "" {
				t.Fatalf("%s: %s and %s unrelated; the fixture needs them related", c.name, sigs[pair[0]].ID, sigs[pair[1]].ID)
			}
		}
		idx := []int32{0, 1, 2, 3}
		if _, ok := opt.joinable(sigs, idx, 1, 3, 0, 2, 1); ok != c.want {
			t.Errorf("%s: joinable %v, want %v", c.name, ok, c.want)
		}
	}
}

// TestClusterFindsSpunPairs: a pair rewritten sentence by sentence keeps
// a tenth of its shingles or less, which two-row bands seldom catch; the
// rare single slots must bring nearly every such pair judge relates to
// judge. (With 16 slots 53 of 61 were found, with 32, 60.)
func TestClusterFindsSpunPairs(t *testing.T) {
	opt := DefaultOptions()
	judged, clustered := 0, 0
	for _, rate := range []float64{0.5, 0.6} {
		for seed := uint64(1); seed <= 60; seed++ {
			rng := rand.New(rand.NewPCG(seed, 77))
			a := randomArticle(rng, 350)
			b := spinSentences(a, rate, 0, rng)
			sa, sb := Sign("a", a, opt), Sign("b", b, opt)
			if _, tier := opt.judge(sa, sb); tier == "" {
				continue
			}
			judged++
			if g, _ := Cluster([]Signature{sa, sb}, opt); len(g) == 1 {
				clustered++
			}
		}
	}
	if judged < 40 || float64(clustered) < 0.95*float64(judged) {
		t.Errorf("clustered %d of %d spun pairs judge relates", clustered, judged)
	}
}
