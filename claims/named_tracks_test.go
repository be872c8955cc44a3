package claims_test

import (
	"strings"
	"testing"

	"github.com/factlint/factlint/claims"
)

// Tracks a provider names before the program's abbreviation ("Core IOP",
// "Flex IOP") are programs of their own, where the page names two or
// more; the provider's own name before it (its page's title), or one name
// alone, is no track.
func TestNamedTracks(t *testing.T) {
	for _, tc := range []struct{ name, text, want string }{
		{"two", "SOURCE: https://www.tidewell.example/iop/\n\nOur IOP tracks\n\nAnchor IOP (adults): four mornings a week.\n\nOur Harbor IOP meets two evenings a week.\n", "anchor track,harbor track"},
		{"one", "SOURCE: https://www.tidewell.example/iop/\n\nOur IOP\n\nAnchor IOP (adults): four mornings a week.\n\nClients meet two evenings a week in aftercare.\n", ""},
		{"prose", "SOURCE: https://www.tidewell.example/iop/\n\nOur IOP\n\nClients of Anchor IOP meet four mornings a week; clients of Harbor IOP meet two evenings a week.\n", ","},
		{"opening", "SOURCE: https://www.tidewell.example/iop/\n\nOur IOP\n\nAnchor IOP meets four mornings a week.\n\nHarbor IOP meets two evenings a week.\n", ","},
		{"ownname", "SOURCE: https://www.tidewell.example/iop/\n\nTidewell IOP\n\nTidewell IOP: four mornings a week.\n\nOur Harbor IOP meets two evenings a week.\n", ","},
	} {
		if got := iopDayVariants(t, tc.name, tc.text); got != tc.want {
			t.Errorf("%s: variants %q, want %q", tc.name, got, tc.want)
		}
	}
}

// A page naming one level with two focuses ("mental health IOP",
// "substance use IOP") runs two programs of that level, each a track; a
// focus named alone is the program's description, unless it is care for
// another condition than substance use ("our mental health IOP"), which
// is another program than an addiction provider's IOP.
func TestFocusTracks(t *testing.T) {
	for _, tc := range []struct{ name, text, want string }{
		{"two", "SOURCE: https://www.hillcrest.example/iop/\n\nProgram hours\n\nThe Mental Health IOP meets Monday, Wednesday and Friday mornings.\n\nOur Substance Use Intensive Outpatient track meets four mornings a week.\n", "mental health track,substance use track"},
		{"one", "SOURCE: https://www.hillcrest.example/iop/\n\nProgram hours\n\nThe Substance Use IOP meets four mornings a week.\n\nMost clients stay in the Substance Use IOP for eight weeks.\n", ""},
		{"other care", "SOURCE: https://www.hillcrest.example/php/\n\nAdult PHP\n\nWhen you are ready, most people step down to our mental health IOP, which meets three days per week.\n", "mental health track"},
		{"named first", "SOURCE: https://www.hillcrest.example/iop/\n\nProgram hours\n\nOur IOP has a chemical dependency track and a psychiatric IOP.\n\nThe Chemical Dependency IOP meets four mornings a week.\n", "substance use track"},
		// A track named as such ("the substance use track") is one of
		// the page's tracks, focus named once or not.
		{"track word", "SOURCE: https://www.hillcrest.example/teen-iop/\n\nTeen IOP\n\nOur after-school IOP meets three afternoons a week.\n\nTeens whose main worry is vaping join the substance use track, which meets Monday and Wednesday.\n", ",substance use track"},
		// An answer naming no program is about the one its question
		// names.
		{"faq", "SOURCE: https://www.hillcrest.example/faq/\n\nQuestions\n\nHow many days a week is the trauma IOP?\n\nThree mornings a week.\n\nHow many days a week is the substance use IOP?\n\nFour evenings a week.\n", "trauma track,substance use track"},
		// A focus set after the name by a hyphen, a dash or a bracket, as
		// hospitals name their tracks, is the same focus.
		{"after name", "SOURCE: https://www.hillcrest.example/iop/\n\nIntensive Outpatient Programs\n\nIOP-MH meets Tuesday and Friday afternoons.\n\nIOP-SUD meets Monday through Thursday afternoons.\n", "mental health track,substance use track"},
		{"dash", "SOURCE: https://www.hillcrest.example/iop/\n\nProgram hours\n\nIOP – Mental Health meets two mornings a week.\n\nIOP (substance use) meets four mornings a week.\n", "mental health track,substance use track"},
		{"no focus", "SOURCE: https://www.hillcrest.example/iop/\n\nProgram hours\n\nIOP - our evening program meets three nights a week.\n", "evening"},
	} {
		if got := iopDayVariants(t, tc.name, tc.text); got != tc.want {
			t.Errorf("%s: variants %q, want %q", tc.name, got, tc.want)
		}
	}
}

// iopDayVariants joins the variants of a page's IOP days-per-week claims.
func iopDayVariants(t *testing.T, name, text string) string {
	t.Helper()
	var got []string
	for _, c := range extractPage(t, name+".txt", text) {
		if c.Kind == "days-per-week" && c.Subject == claims.IOP {
			got = append(got, c.Variant)
		}
	}
	return strings.Join(got, ",")
}

// A question heads its own answer, not the page of questions it opens:
// "How many hours a week is the virtual IOP?" makes the answer the
// virtual track's, and the next question's answer the program's.
func TestQuestionHeadsItsAnswer(t *testing.T) {
	text := "SOURCE: https://www.hillcrest.example/faq/\n\nQuestions\n\nIs online therapy as good as meeting in person?\n\nStudies so far suggest it is.\n\nHow many hours a week is the virtual IOP?\n\nNine. Clients log in on three evenings a week.\n\nHow long is the IOP?\n\nUsually ten weeks.\n"
	var got []string
	for _, c := range extractPage(t, "faq.txt", text) {
		got = append(got, string(c.Kind)+" "+c.Variant)
	}
	if g, want := strings.Join(got, "; "), "days-per-week virtual; program-length "; g != want {
		t.Errorf("got %s\nwant %s", g, want)
	}
}

// A question naming no program, after a sentence that names the next
// step only as where clients go, asks of the page's program.
func TestQuestionAfterNextStep(t *testing.T) {
	subject := func(c claims.Claim) string { return string(c.Kind) + " " + c.Subject.String() }
	checkPages(t, subject, []pageCase{
		{"continue with", "SOURCE: https://www.larkmoor.example/iop/\n\nIntensive Outpatient\n\nOur IOP meets four evenings a week.\n\nOnce IOP is finished, most people continue with weekly outpatient counseling.\n\nHow many evenings a week do I come in?\n\nFour evenings a week, three hours each evening.\n",
			[]string{"5 days-per-week iop", "7 days-per-week op", "11 days-per-week iop", "11 hours-per-day iop"}},
		{"a question naming the next step", "SOURCE: https://www.larkmoor.example/iop/\n\nIntensive Outpatient\n\nOur IOP meets four mornings a week.\n\nAfter IOP, most members continue with outpatient counseling.\n\nHow many days a week is outpatient counseling?\n\nOne day a week.\n",
			[]string{"5 days-per-week iop", "11 days-per-week op"}},
	})
}
