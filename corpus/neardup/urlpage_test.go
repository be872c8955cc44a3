package neardup

import "testing"

func TestURLPage(t *testing.T) {
	checkAddressKey(t, urlPage, "https://www.example.org/programs/intensive-outpatient/", map[string]bool{
		"http://example.org/programs/intensive-outpatient":           true,
		"https://EXAMPLE.org/Programs/Intensive-Outpatient/":         true,
		"https://example.org/programs/intensive-outpatient-2/":       true,
		"https://example.org/programs/intensive-outpatient-12":       true,
		"https://example.org/programs/intensive-outpatient-123":      false,
		"https://example.org/programs/intensive-outpatient-evening/": false,
		"https://example.org/intensive-outpatient/":                  false,
		"https://other.example/programs/intensive-outpatient/":       false,
		"https://example.org/programs/intensive-outpatient/?lang=es": false,
	}, []string{"", "not a url"})
	if got := trimCopyNumber("/2024/05/19"); got != "/2024/05/19" {
		t.Errorf("a date's last part is no copy number: %q", got)
	}
}

// Two files of one page, one crawled over http and one over https, each a
// version the site rewrote: they share a fifth of their content words
// and hardly a shingle, fewer than two articles under one title need, so
// only the one address joins them. The same text under another address
// of the site is another page.
func TestClusterJoinsOnePageRewritten(t *testing.T) {
	first := `SOURCE: https://clinic.example/programs/intensive-outpatient/

Intensive outpatient at Fernwood

Our intensive outpatient program meets on weekday evenings so clients can keep working.
Groups focus on relapse prevention, coping skills and rebuilding routines at home.
Each client also meets a counselor one to one and joins a family session every month.
Most people stay in the program for around ten weeks before moving to aftercare groups.
We accept most major insurance plans and help with the paperwork during admission.
Call our admissions line to ask about the next start date and the intake steps.
`
	second := `SOURCE: http://clinic.example/programs/intensive-outpatient

Evening treatment that fits your week

Fernwood built its evening track for adults balancing recovery with jobs and families.
Sessions cover craving management, stress, sleep and the habits that support sobriety.
A counselor is assigned to every participant, and relatives are invited to join monthly.
Participants usually complete the track within a couple of months, then step down.
Insurance questions are handled by our billing team before your first evening group.
Reach the front desk to book an assessment or to ask about schedules and parking.
`
	opt := DefaultOptions()
	opt.MinWords = 0
	a, b := Sign("a", first, opt), Sign("b", second, opt)
	e, tier := opt.judge(a, b)
	if e.Bag < urlPageMinBag || e.Bag >= urlTitleMinBag || e.Shingle > 0.05 || tier != TierSpun || !e.URLPage {
		t.Fatalf("judged %q with %+v; the test needs a pair only the address joins", tier, e)
	}
	if g, _ := Cluster([]Signature{a, b}, opt); len(g) != 1 {
		t.Errorf("one page rewritten: groups %+v, want one family", g)
	}
	other := Sign("c", replaceFirstLine(second, "SOURCE: http://clinic.example/programs/partial-hospitalization"), opt)
	if g, _ := Cluster([]Signature{a, other}, opt); len(g) != 0 {
		t.Errorf("two pages of one site: groups %+v, want none", g)
	}
}
