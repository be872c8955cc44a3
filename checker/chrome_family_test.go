package checker

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/factlint/factlint/corpus"
	"github.com/factlint/factlint/corpus/neardup"
)

// chromeHeader and chromeFooter are a small practice's site chrome, as a
// text export keeps it: the same lines at the top and bottom of every
// page, in no markup a reader could drop by name.
const (
	chromeHeader = `Juniper Flats Counseling
Skip to main content
Menu
Home   Services   Our Team   Insurance   Resources   Contact
Call or text (555) 010-0177, weekdays 8 to 6
Outpatient care for adults in the Fenwick Valley
`
	chromeFooter = `
Ready when you are. Call (555) 010-0177 to set up a free first visit.
Juniper Flats Counseling · 41 Orchard Row · Fenwick Falls
Office hours: Monday to Thursday 8 to 6, Friday 8 to 2
Services: Assessment | Outpatient Counseling | Intensive Outpatient | Family Sessions
Follow us: Facebook · Instagram · Newsletter
© 2026 Juniper Flats Counseling. Privacy | Accessibility | Site Map
`
)

var chromeArticles = map[string]string{
	"index.txt": `Counseling that fits a working week
We are a small outpatient practice for adults who want help with drinking, drugs or gambling. Most of our clients are referred by a doctor, an employer or a family member.
Care starts with a conversation. A counselor meets with you, listens to what is going on, and suggests a plan you can try for a month before anything is decided for good.
Everything we offer happens in our office or by video. Nobody stays overnight, and most clients keep their jobs while they come to see us.`,
	"services.txt": `Our services
Outpatient counseling is one hour with your counselor each week, on a day that suits you.
Our intensive outpatient program meets three mornings a week for three hours, and most people finish it in ten weeks.
Family sessions are held every other Thursday evening. Partners, parents and adult children are welcome.
We do not offer detox. When someone needs withdrawal care first, we arrange it with the county hospital.`,
	"team.txt": `Meet the team
Our clinical director has worked in addiction treatment for eighteen years and still carries a small caseload.
Two licensed counselors lead the groups, and a peer mentor who has been in recovery for nine years runs the Friday check-in.
A psychiatric nurse practitioner visits twice a month to review medication for clients who want it.
Every member of the team takes part in weekly case review, so no plan is made by one person alone.`,
	"insurance.txt": `Paying for care
Most employer plans cover counseling here, and we check your benefits before the first visit.
If you have no coverage, ask about our sliding scale; nobody is turned away for lack of money.
We send one plain bill a month and never charge for a missed first appointment.
Our front desk can explain deductibles and copays in everyday words, by phone or in person.`,
	"resources.txt": `Reading and links
These are the books and sites our clients ask about most often.
A short guide to talking with a loved one about drinking, written by a family therapist.
A workbook on cravings that many of our group members keep on their nightstand.
A list of mutual-help meetings in the valley, updated by volunteers each season.`,
}

// A site's header and footer on every page do not make its short pages
// one family; a copy of one of them on the same site still is one.
func TestSiteChromeMakesNoFamily(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) corpus.Input {
		p := filepath.Join(dir, "juniperflats.example", name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		text := "SOURCE: https://juniperflats.example/" + name + "\n\n" + chromeHeader + "\n" + body + "\n" + chromeFooter
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return corpus.Input{Path: p}
	}
	var in []corpus.Input
	for _, name := range slices.Sorted(func(yield func(string) bool) {
		for k := range chromeArticles {
			if !yield(k) {
				return
			}
		}
	}) {
		in = append(in, write(name, chromeArticles[name]))
	}
	opt := neardup.DefaultOptions()
	analyze := func(in []corpus.Input) [][]string {
		a := Analyze(in, AnalyzeOptions{Jobs: 2, NoClaims: true, PerDoc: func(d *corpus.Document) any { return SignDocument(d, opt) }})
		groups, _ := Groups(a, opt)
		var out [][]string
		for _, g := range groups {
			out = append(out, g.Files)
		}
		return out
	}
	if got := analyze(in); len(got) != 0 {
		t.Errorf("pages sharing only the site's chrome grouped: %v", got)
	}

	// An older copy of the services page, one figure changed, is a
	// family of two on the same site.
	old := write("services-old.txt", `Our services
Outpatient counseling is one hour with your counselor each week, on a day that suits you.
Our intensive outpatient program meets three mornings a week for three hours, and most people finish it in twelve weeks.
Family sessions are held every other Thursday evening. Partners, parents and adult children are welcome.
We do not offer detox. When someone needs withdrawal care first, we arrange it with the county hospital.`)
	got := analyze(append(slices.Clone(in), old))
	if len(got) != 1 || len(got[0]) != 2 || filepath.Base(got[0][0]) != "services-old.txt" || filepath.Base(got[0][1]) != "services.txt" {
		t.Errorf("families %v, want services-old.txt and services.txt", got)
	}
}
