package neardup

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
)

func TestURLNetwork(t *testing.T) {
	net := func(u string) (uint32, uint32) {
		_, host := pageHost(u)
		return urlNetwork(host)
	}
	base, baseFill := net("http://www.soberlivingcentersohio.com/treatment/day-program/")
	if base == 0 {
		t.Fatal("soberlivingcentersohio.com: no network")
	}
	for _, tc := range []struct {
		url       string
		same      bool
		samePlace bool
	}{
		{"http://soberlivingcentersmaine.com/treatments/evening-program/", true, false},
		{"https://www.soberlivingcenters-newmexico.com/", true, false},
		{"https://www.sober-living-centers-new-mexico.com/", true, false},
		// The longest state wins: West Virginia, not Virginia.
		{"http://soberlivingcenterswestvirginia.com/a", true, false},
		{"http://soberlivingcentersohio.com/other-page", true, true},
		{"http://soberlivingcentersohio.org/a", false, false},
		{"http://carefulrecoverycentersohio.com/a", false, false},
	} {
		n, f := net(tc.url)
		if got := n == base; got != tc.same {
			t.Errorf("%s: same network %v, want %v", tc.url, got, tc.same)
		}
		if tc.same {
			if got := f == baseFill; got != tc.samePlace {
				t.Errorf("%s: same state %v, want %v", tc.url, got, tc.samePlace)
			}
		}
	}
	if wv, _ := net("http://soberlivingcenterswestvirginia.com/"); wv == 0 {
		t.Error("West Virginia: no network")
	}
	if a, b := maskState("clinicarkansas"); a != "clinic" || b != "arkansas" {
		t.Errorf("clinicarkansas: %q + %q, want clinic + arkansas", a, b)
	}
	for _, u := range []string{
		"https://rehabsohio.com/",                       // too short a name to be a network's
		"https://texas.staterecoveryguide.org/iop",      // a subdomain: one site's pages
		"https://www.soberlivingcenters.com/ohio/",      // the state in the path
		"https://www.ohio.gov/health/recovery-centers/", // a state's own site
		"", "not a url", "http://localhost/",
	} {
		if n, f := net(u); n != 0 || f != 0 {
			t.Errorf("%s: network %x/%x, want none", u, n, f)
		}
	}
}

// Pages on two sites of one network, one a state, share the network's
// header and menu and little else: the articles were written apart.
// They are one template; the same pages on two unrelated sites are not,
// nor are two network sites' pages that share no line.
func TestClusterJoinsNetworkSites(t *testing.T) {
	header := `Talk to a caring recovery advisor now! 555-010-0199

See Every Listing
Chat With Us

Find By Town

`
	first := "SOURCE: http://www.soberlivingcentersohio.com/treatment/day-program/\n\n" + header +
		`Day Program

A day program is a form of treatment in which people come to a clinic in the morning and go home in the evening.
Most people attend five days each week, and the days are filled with group work and individual counseling.
The program suits people who are medically stable but still need a lot of structure to stay sober.
Staff meet every week to review progress and adjust each plan as the person grows stronger.
When the team agrees, people step down to an evening schedule that leaves room for work.
Meals are served at noon, and a nurse checks medications before the afternoon groups begin.
Relatives are invited to a weekend workshop that explains relapse warning signs and healthy boundaries.
Transportation can be arranged for anyone who lives within twenty miles of the clinic.
Art therapy and gentle yoga give the long afternoons a change of pace from talking.
Graduates return each month for an alumni dinner that keeps old friendships alive.
A psychiatrist visits twice a week to treat depression and anxiety alongside addiction.
`
	second := "SOURCE: http://www.soberlivingcentersmaine.com/treatments/day-program/\n\n" + header +
		`Day Program

Choosing care after detox can feel overwhelming, and families often ask what comes next.
Some find that a structured weekday schedule gives enough support without an overnight stay.
Counselors assess each newcomer and suggest how many sessions fit their situation and budget.
Insurance often covers a large share, although coverage rules vary from plan to plan.
Calling the admissions line is the quickest way to learn what a local clinic can offer.
Veterans may qualify for federal benefits that pay for most of the cost of care.
Bring photo identification, a list of current prescriptions and your insurance card to intake.
Waiting lists are short in spring, while winter months tend to fill faster.
Employers rarely learn the reason for leave, because privacy laws protect medical records.
Online reviews help, yet a conversation with former clients says far more about a place.
Accreditation by a national body shows that a clinic meets published standards of safety.
`
	opt := DefaultOptions()
	opt.MinWords = 0
	a, b := Sign("a", first, opt), Sign("b", second, opt)
	if e, _ := opt.judge(a, b); e.Bag >= slotMinBag || e.Shingle >= opt.TemplateThreshold {
		t.Fatalf("bag %.2f, shingles %.2f: the test needs a pair only the network joins", e.Bag, e.Shingle)
	}
	if g, _ := Cluster([]Signature{a, b}, opt); len(g) != 1 || g[0].Tier != TierTemplate {
		t.Errorf("two sites of one network: groups %+v, want one template family", g)
	}
	apart := Sign("c", replaceFirstLine(second, "SOURCE: http://www.unrelatedclinicgroup.com/treatments/day-program/"), opt)
	if g, _ := Cluster([]Signature{a, apart}, opt); len(g) != 0 {
		t.Errorf("two unrelated sites: groups %+v, want none", g)
	}
	// Two sites of a network that share their menu and title but no
	// sentence are not one template.
	menu := "Home\n\nOur Team\n\nInsurance\n\nContact Us\n\nDay Program\n\n"
	navA := Sign("e", "SOURCE: http://www.soberlivingcentersohio.com/treatment/day-program/\n\n"+menu+first[len("SOURCE: http://www.soberlivingcentersohio.com/treatment/day-program/\n\n")+len(header):], opt)
	navB := Sign("f", "SOURCE: http://www.soberlivingcentersmaine.com/programs/day/\n\n"+menu+second[len("SOURCE: http://www.soberlivingcentersmaine.com/treatments/day-program/\n\n")+len(header):], opt)
	if g, _ := Cluster([]Signature{navA, navB}, opt); len(g) != 0 {
		t.Errorf("network sites sharing only a menu: groups %+v, want none", g)
	}
	bare := Sign("d", "SOURCE: http://www.soberlivingcentersmaine.com/treatments/day-program/\n\n"+second[len("SOURCE: http://www.soberlivingcentersmaine.com/treatments/day-program/\n\n")+len(header):], opt)
	if g, _ := Cluster([]Signature{a, bare}, opt); len(g) != 0 {
		t.Errorf("network sites sharing no line: groups %+v, want none", g)
	}
}

// A network runs many sites and many pages a site: its header is in
// every page, so the header's shingle buckets are too full to be judged,
// and the pages meet as candidates by their network alone.
func TestClusterNetworkAtScale(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 7))
	word := func() string {
		b := make([]byte, 5+r.IntN(5))
		for i := range b {
			b[i] = byte('a' + r.IntN(26))
		}
		return string(b)
	}
	header := "Talk to a caring recovery advisor now! 555-010-0199\n\nSee Every Listing\nChat With Us\n\nFind By Town\n\n"
	states := []string{"ohio", "maine", "texas", "utah", "idaho", "iowa", "oregon", "nevada", "alaska", "hawaii", "vermont", "kansas", "montana", "georgia", "florida", "indiana", "alabama", "arizona"}
	opt := DefaultOptions()
	opt.MinWords = 0
	var sigs []Signature
	for i, st := range states {
		var b strings.Builder
		fmt.Fprintf(&b, "SOURCE: http://www.soberlivingcenters%s.com/treatment/page-%d/\n\n%s", st, i, header)
		for range 12 {
			for range 12 {
				b.WriteString(word() + " ")
			}
			b.WriteString("done.\n")
		}
		sigs = append(sigs, Sign(st, b.String(), opt))
	}
	g, _ := Cluster(sigs, opt)
	if len(g) != 1 || len(g[0].Files) != len(states) {
		t.Errorf("%d pages on one network: groups %+v, want one family of all", len(states), g)
	}
}
