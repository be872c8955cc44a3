package neardup

import (
	"strings"
	"testing"
)

func TestURLLevel(t *testing.T) {
	for _, tc := range []struct {
		url  string
		want uint8
	}{
		{"https://example.org/programs/iop", levelIOP},
		{"https://example.org/programs/intensive-outpatient-program-iop/", levelIOP},
		{"https://example.org/admissions/faqs/partial-hospitalization/", levelPHP},
		{"https://example.org/services/day-treatment/", levelPHP},
		{"https://example.org/services/residential-treatment/", levelResidential},
		{"https://example.org/care/medical-detox.html", levelDetox},
		{"https://example.org/faqs/outpatient/", levelOP},
		{"https://example.org/programs/intensive%20outpatient", levelIOP},
		// An address naming levels and nothing else names each of them.
		{"https://example.org/programs/php-iop/", levelPHP | levelIOP},
		{"https://example.org/programs/partial-hospitalization-outpatient-programs/", levelPHP | levelOP},
		// A setting word before another level qualifies it.
		{"https://example.org/programs/inpatient-detox/", levelDetox},
		{"https://example.org/programs/outpatient-day-treatment/", levelPHP},
		// An address naming more than levels names none.
		{"https://example.org/blog/how-long-is-iop/", levelNone},
		{"https://example.org/iop-vs-php/", levelNone},
		{"https://example.org/programs/teen-iop/", levelNone},
		{"https://example.org/programs/", levelNone},
		{"", levelNone},
	} {
		if got := urlLevel(must(pageHost(tc.url))); got != tc.want {
			t.Errorf("%q: level %d, want %d", tc.url, got, tc.want)
		}
	}
}

// Two program pages of one site built from one template, one about its
// IOP and one about its PHP, share the template's sentences in place; they
// are not one article. The same two texts under addresses of one level
// are.
func TestSiblingLevelPagesAreNoFamily(t *testing.T) {
	// The template keeps its questions and its sentence openings; each
	// page answers them for its own level, so the two share under half
	// their shingles.
	questions := []string{
		"How many days a week does my teen come in?",
		"How many hours is each day?",
		"Who leads the groups?",
		"Is there a psychiatrist on the team?",
		"How are families involved?",
		"Does insurance cover it?",
		"What happens after the program?",
	}
	page := func(url string, answers []string) string {
		lines := []string{"Admissions questions"}
		for i, q := range questions {
			lines = append(lines, q, answers[i])
		}
		return "SOURCE: " + url + "\n\n" + strings.Join(lines, "\n")
	}
	// Each answer fills the template's sentence with the level's own
	// words every few words.
	iop := []string{
		"Teens in our evening track come on three afternoons each week after their school day ends.",
		"Each afternoon lasts about three hours, with a short snack break between the two groups.",
		"Licensed therapists lead every group and also meet each teen alone once a week.",
		"A child psychiatrist sees the teens who take medication about once a month for a review.",
		"Parents join a multifamily group every Thursday evening and a private family session weekly.",
		"Most health plans cover this track once our clinicians document the teen's need for it.",
		"Afterwards teens step down to weekly counseling and keep an alumni group for a year.",
	}
	php := []string{
		"Teens in our daytime track come on five mornings each week instead of their school day.",
		"Each morning lasts about six hours, with a short lunch break between the four groups.",
		"Licensed therapists lead every group and also meet each teen alone twice a week.",
		"A child psychiatrist sees all the teens who take medication about once a week for a review.",
		"Parents join a multifamily group every Tuesday evening and a private family session twice weekly.",
		"Most health plans cover this track for a week or two at a time once our clinicians document it.",
		"Afterwards teens step down to our evening track and keep an alumni group for a year.",
	}
	opt := DefaultOptions()
	opt.MinWords = 0
	judge := func(u1, u2 string) string {
		a, b := Sign("a", page(u1, iop), opt), Sign("b", page(u2, php), opt)
		_, tier := opt.judge(a, b)
		return tier
	}
	if tier := judge("https://oakgrove.example/programs/iop", "https://oakgrove.example/programs/php"); tier != "" {
		t.Errorf("IOP and PHP pages of one site: tier %q, want none", tier)
	}
	// (One template on two providers' sites is still one article.)
	if tier := judge("https://oakgrove.example/programs/iop", "https://elmwood.example/programs/php"); tier == "" {
		t.Errorf("IOP and PHP pages of two sites: no tier, want a family")
	}
	if tier := judge("https://oakgrove.example/programs/iop", "https://oakgrove.example/programs/intensive-outpatient"); tier == "" {
		t.Errorf("two pages of one site about one level: no tier, want a family")
	}
}

func must[T any](v T, _ string) T { return v }
