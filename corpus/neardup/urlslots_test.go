package neardup

import (
	"strings"
	"testing"
)

func TestURLSlots(t *testing.T) {
	cases := []struct {
		a, b      string
		sameShape bool
	}{
		{"https://texas.example.org/outpatient", "https://florida.example.org/outpatient", true},
		{"https://newjersey.example.org/outpatient", "https://www.tennessee.example.org/outpatient/", true},
		{"https://example.com/iop-los-angeles/", "https://example.com/iop-houston/", true},
		{"http://rehabscolorado.example/php-colorado/", "http://rehabsarizona.example/php-arizona/", true},
		{"https://example.org/rehab/harlow-county/", "https://example.org/rehab/san-mateo-county/", true},
		{"https://php.example.com/location/kansas/ellery-county/salem", "https://php.example.com/location/ohio/brandt-county/salem", true},
		{"https://example.org/rehab/harlow-county/", "https://example.org/rehab/harlow-county/detox", false},
		{"https://example.org/drug-rehab/harlow-county/", "https://example.org/drug-rehab/st-anselm-county/", true},
		{"https://example.org/drug-rehab-harlow-county/", "https://example.org/drug-rehab-st-anselm-county/", true},
		{"https://example.org/new/harlow-county/", "https://example.org/new/st-anselm-county/", true},
		{"https://example.org/iop/harlow-county/", "https://example.org/php/harlow-county/", false},
		{"https://example.org/iop/harlow-county/", "https://example.org/php/brandt-county/", false},
		{"https://example.org/alcohol-rehab-harlow-county/", "https://example.org/drug-rehab-brandt-county/", false},
		{"https://texas.example.org/outpatient", "https://texas.example.org/detox", false},
		{"https://texas.example.org/outpatient", "https://texas.example.net/outpatient", false},
		// A directory's county and town folders under a state, however
		// small the town; not a level, a section or a provider there.
		{"https://dir.example.org/clinics/ohio/brandt/elmsville/", "https://dir.example.org/clinics/iowa/harlow/fenwick-falls/", true},
		{"https://dir.example.org/clinics/ohio/elmsville/", "https://dir.example.org/clinics/ohio/fenwick/", true},
		{"https://dir.example.org/centers/ohio/iop", "https://dir.example.org/centers/ohio/php", false},
		{"https://dir.example.org/ohio/levels-of-care/detox", "https://dir.example.org/ohio/levels-of-care/iop", false},
		{"https://dir.example.org/ohio/elmsville-recovery-center/", "https://dir.example.org/ohio/fenwick-recovery-center/", false},
	}
	for _, c := range cases {
		sa, fa := urlSlots(pageHost(c.a))
		sb, fb := urlSlots(pageHost(c.b))
		if sa == 0 || sb == 0 {
			t.Errorf("%s / %s: no place found (%x, %x)", c.a, c.b, sa, sb)
			continue
		}
		if (sa == sb) != c.sameShape {
			t.Errorf("%s / %s: same shape %v, want %v", c.a, c.b, sa == sb, c.sameShape)
		}
		if c.sameShape && fa == fb {
			t.Errorf("%s / %s: same fill, want the places to differ", c.a, c.b)
		}
	}
	for _, a := range []string{"https://example.com/blog/what-is-iop", "https://example.com/county/iop", "https://example.com/2024-county-report",
		"https://harlow-county-recovery.example/iop", "https://example.com/admissions/out-of-county-clients"} {
		if s, _ := urlSlots(pageHost(a)); s != 0 {
			t.Errorf("%s: an address without a place has a shape", a)
		}
	}
	for text, want := range map[string]string{
		"SOURCE: https://a.example/x\n\nBody":                  "https://a.example/x",
		"URL: https://a.example/x":                             "https://a.example/x",
		"Read more at https://a.example/x in our guide.\nBody": "",
		"Body text without an address":                         "",
	} {
		if got := pageURL(text); got != want {
			t.Errorf("pageURL(%q) = %q, want %q", text, got, want)
		}
	}
}

// A location network rewrites each place's page around one outline:
// the addresses equal but for the place and a few headings in common
// make it a template, though the pages share less than a fifth of their
// content words. The same pages under two different addresses are two
// articles of one topic.
func TestClusterJoinsPlaceAddressesRewritten(t *testing.T) {
	first := `SOURCE: https://georgia.rehabguide.example/inpatient

Inpatient Rehab in Georgia

What Is Inpatient Rehab?

Inpatient rehab means living at a treatment center while you recover, away from daily triggers and old routines.
Georgia centers range from small farmhouses in the hills to large hospital units near Atlanta and Savannah.

How Long Does Inpatient Rehab Last?

Most Georgia programs run about a month, and longer stays are common for people with a long history of use.
Counselors review progress each week and may suggest a step down to outpatient groups near home.

Paying for Inpatient Rehab

Medicaid in Georgia covers some residential care, and many private insurers pay for part of a stay.
`
	second := `SOURCE: https://vermont.rehabguide.example/inpatient

Inpatient Rehab in Vermont

What Is Inpatient Rehab?

Residential treatment gives people a quiet place to focus on recovery, with meals, lodging and therapy in one building.
Vermont has few large facilities, so many residents travel to lakeside lodges or mountain retreats for care.

How Long Does Inpatient Rehab Last?

A typical Vermont stay lasts several weeks; clinicians decide with each resident when discharge makes sense.
Families are encouraged to visit on weekends and to join education sessions about relapse.

Paying for Inpatient Rehab

State grants help uninsured Vermonters, and sliding-scale fees keep costs within reach for many families.
`
	opt := DefaultOptions()
	opt.MinWords = 0
	a, b := Sign("a", first, opt), Sign("b", second, opt)
	if e := Compare(a, b); !e.URLSlot || e.Bag >= slotMinBag || e.Bag < urlSlotMinBag || e.Shingle >= opt.TemplateThreshold {
		t.Fatalf("url slot %v, bag %.2f, shingles %.2f: the test needs a pair only the address and a few lines join", e.URLSlot, e.Bag, e.Shingle)
	}
	if g, _ := Cluster([]Signature{a, b}, opt); len(g) != 1 || g[0].Tier != TierTemplate {
		t.Errorf("one outline at two places' addresses: groups %+v, want one template family", g)
	}
	// Below a fifth of their words the pages must pair sentences, not
	// only a menu and short headings.
	menu := func(text string) string {
		for _, h := range [][2]string{{"What Is Inpatient Rehab?", "Overview"}, {"How Long Does Inpatient Rehab Last?", "Length"}, {"Paying for Inpatient Rehab", "Costs"}} {
			text = strings.Replace(text, h[0], h[1], 1)
		}
		return text
	}
	ma := Sign("d", menu(first)+"Volunteers from local churches bring homemade dinners on Thursday evenings.\n", opt)
	mb := Sign("e", menu(second)+"Snowshoe hikes and maple sugaring fill the winter recreation calendar.\n", opt)
	if e := Compare(ma, mb); !e.URLSlot || e.Bag >= slotMinBag || e.Bag < urlSlotMinBag || e.Aligned < slotMinAligned {
		t.Fatalf("url slot %v, bag %.2f, aligned %d: the test needs a pair in the band that pairs only headings", e.URLSlot, e.Bag, e.Aligned)
	}
	if g, _ := Cluster([]Signature{ma, mb}, opt); len(g) != 0 {
		t.Errorf("one address at two places, headings alone in common: groups %+v, want none", g)
	}
	// A directory's pages under a state, its county and its town, are
	// the template filled in for two towns however small.
	na := Sign("f", replaceFirstLine(first, "SOURCE: https://rehabguide.example/clinics/georgia/brandt/elmsville/"), opt)
	nb := Sign("g", replaceFirstLine(second, "SOURCE: https://rehabguide.example/clinics/vermont/harlow/fenwick-falls/"), opt)
	if g, _ := Cluster([]Signature{na, nb}, opt); len(g) != 1 || g[0].Tier != TierTemplate {
		t.Errorf("one outline at two towns' directory addresses: groups %+v, want one template family", g)
	}
	other := Sign("c", replaceFirstLine(second, "SOURCE: https://vermont.rehabguide.example/detox"), opt)
	if g, _ := Cluster([]Signature{a, other}, opt); len(g) != 0 {
		t.Errorf("two addresses: groups %+v, want none", g)
	}
}
