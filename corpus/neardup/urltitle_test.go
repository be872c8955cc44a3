package neardup

import "testing"

func TestURLTitle(t *testing.T) {
	checkAddressKey(t, urlTitle, "https://www.example.org/how-long-does-a-day-program-last/", map[string]bool{
		"https://example.org/how-long-does-a-day-program-last-2/":     true,
		"https://example.org/how-long-does-a-day-program-last":        true,
		"https://www.example.org/how-long-does-the-day-program-last":  true,
		"https://www.example.org/how-long-does-a-night-program-last/": false,
		"https://www.other.example/how-long-does-a-day-program-last/": false,
		"https://example.org/blog/how-long-does-a-day-program-last/":  true,
		"https://example.org/blog/how-long-does-a-day-program-cost/":  false,
		"https://example.org/iop/how-long-does-a-day-program-last/":   false,
	}, []string{"https://example.org/", "https://example.org/about-us", "https://example.org/iop-2", "https://example.org/care/intensive-outpatient-program-iop/", "", "not a url"})
}

// Two articles a blog wrote separately from one title share content
// words but few shingles; under addresses that give one title they are
// one article published twice, under two titles two articles.
func TestClusterJoinsOneTitlePublishedTwice(t *testing.T) {
	first := `SOURCE: https://blog.example/how-long-does-a-day-program-last

How long does a day program last?

A day program gives people structured treatment during the daytime while they sleep at home.
Most people attend for several weeks, and the exact length depends on progress in therapy.
Each day usually includes group therapy, individual counseling and skills practice with a clinician.
Clinicians review progress every week and decide together with the client when to step down.
Many clients move on to an evening program once their symptoms are stable and their plan is ready.
Insurance plans often approve the program one or two weeks at a time after a review of progress.
Family sessions help relatives understand the plan and support the person at home after discharge.
`
	second := `SOURCE: https://blog.example/how-long-does-a-day-program-last-2

How long does a day program last?

People in a day program receive therapy through the day and return home to sleep each night.
The length differs from person to person, though several weeks is common for most clients.
A clinician leads group therapy and individual counseling sessions and teaches coping skills daily.
Progress is reviewed weekly, and the client and clinician choose the right moment to step down.
Once symptoms settle, many clients continue in an evening program with a plan for ongoing care.
Insurers tend to approve a week or two at a time and ask for progress notes before approving more.
Relatives join family sessions so they understand the plan and can support recovery at home.
`
	opt := DefaultOptions()
	opt.MinWords = 0
	a, b := Sign("a", first, opt), Sign("b", second, opt)
	other := Sign("c", replaceFirstLine(second, "SOURCE: https://blog.example/what-to-expect-on-your-first-morning"), opt)
	if e, tier := opt.judge(a, other); tier != "" || e.Bag < urlTitleMinBag {
		t.Fatalf("two titles: judged %q with bag %.2f; the test needs a pair only the title joins", tier, e.Bag)
	}
	if g, _ := Cluster([]Signature{a, other}, opt); len(g) != 0 {
		t.Errorf("two titles: groups %+v, want none", g)
	}
	if g, _ := Cluster([]Signature{a, b}, opt); len(g) != 1 || g[0].Tier != TierSpun {
		t.Errorf("one title published twice: groups %+v, want one spun family", g)
	}
}

func replaceFirstLine(text, line string) string {
	for i := 0; i < len(text); i++ {
		if text[i] == '\n' {
			return line + text[i:]
		}
	}
	return line
}

// A location network writes one article afresh for each town and files
// it under the town ("/locations/<town>/<title>/"): the copies share a
// quarter of their content words and next to no shingles, so only the
// address brings them together.
func TestClusterJoinsOneTitleRewrittenPerTown(t *testing.T) {
	first := `SOURCE: https://clinic.example/locations/harlow/how-long-is-rehab-treatment/

How long is rehab treatment?

Recovery does not follow one timetable for everybody who walks through our doors in Harlow.
Researchers suggest staying engaged for roughly three months gives the strongest results.
Short stays of a month suit people whose drinking began recently and who have support nearby.
Longer placements allow time to rebuild routines, repair relationships and practise new habits.
After discharge, alumni meetings and check-in calls keep momentum going through the first year.
Our admissions coordinators explain which option fits once they hear about your history.
Call the Harlow office today and a counselor will walk you through what comes next.
`
	second := `SOURCE: https://clinic.example/locations/denby-falls/how-long-is-rehab-treatment/

Rehab lengths, explained

No single schedule works for every person who arrives at the Denby Falls campus.
Studies point toward ninety days of care as the period with the best recovery outcomes.
A thirty-day stay may be enough when a habit is new and family members are close at hand.
Extended programs leave room to settle into healthy routines and mend strained family ties.
Once treatment ends, graduate groups and follow-up phone contact continue for twelve months.
Intake staff can tell you which length matches your needs after a short conversation.
Reach our Denby Falls team by phone and learn how the first week is organised.
Momentum, routines and relationships matter; our coordinators and counselors explain each option.
Alumni check-in calls and meetings support results after discharge, whatever your history.
`
	opt := DefaultOptions()
	opt.MinWords = 0
	a, b := Sign("a", first, opt), Sign("b", second, opt)
	e, tier := opt.judge(a, b)
	if e.Bag < urlTitleMinBag || e.Bag >= 0.4 || e.Shingle > 0.05 || tier != TierSpun || !e.URLTitle {
		t.Fatalf("judged %q with %+v; the test needs a pair only the title joins, sharing a quarter of its words", tier, e)
	}
	if g, _ := Cluster([]Signature{a, b}, opt); len(g) != 1 {
		t.Errorf("one title rewritten per town: groups %+v, want one family", g)
	}
	// In a large site the pair shares no shingle band worth scanning:
	// the address itself must bring the two together.
	var sorter entrySorter
	entries := slotEntries(nil, []Signature{a, b}, []int32{0, 1}, []int32{0, 1}, &sorter)
	met := false
	for i := 1; i < len(entries); i++ {
		met = met || entries[i].key == entries[i-1].key && entries[i].pos != entries[i-1].pos
	}
	if !met {
		t.Errorf("one title rewritten per town: the pages share no slot entry (%+v)", entries)
	}
	other := Sign("c", replaceFirstLine(second, "SOURCE: https://other-clinic.example/locations/denby-falls/how-long-is-rehab-treatment/"), opt)
	if g, _ := Cluster([]Signature{a, other}, opt); len(g) != 0 {
		t.Errorf("one title on two sites: groups %+v, want none", g)
	}
}
