package claims_test

import (
	"strings"
	"testing"

	"github.com/factlint/factlint/claims"
	"github.com/factlint/factlint/corpus"
)

func TestRankings(t *testing.T) {
	for _, tc := range []struct {
		text string
		want string // "above>below" per ranking, "above" for a superlative
	}{
		{"Our PHP is even more intensive than residential treatment.", "php>residential"},
		{"An IOP is less intensive than a PHP.", "php>iop"},
		{"Residential care is a higher level of care than IOP.", "residential>iop"},
		{"Most clients start in residential treatment, the most intensive level of care.", "residential"},
		{"Our PHP is the most intensive level we offer.", "php"},
		{"Our PHP is the most structured care we run at Elm Hill.", "php"},
		{"Our PHP is not the most structured care we run.", ""},
		{"Our PHP was once the most structured care we ran.", ""},
		{"At Harbor House across town, PHP is the most structured care they run.", ""},
		{"Our IOP is not more intensive than our PHP.", ""},
		{"Our IOP offers more support than weekly therapy.", ""},
		{"Our IOP gives clients more structure than our day treatment program.", "iop>php"},
		{"PHP offers more hours of treatment per week than IOP.", "php>iop"},
		{"IOP offers more weekly hours than PHP.", "iop>php"},
		{"IOP is the more intensive of the two day programs: it offers more weekly hours than PHP.", "iop iop>php"},
		{"Our IOP asks for fewer hours than our PHP.", "php>iop"},
		{"IOP is the most intensive kind of outpatient care, with even more support than partial hospitalization.", "iop iop>php"},
		{"Partial hospitalization is the highest level of outpatient treatment we know of.", "php"},
		{"Many clients step down from IOP to PHP once they stabilize.", "iop>php"},
		{"Most clients step down from our PHP to our IOP after three weeks.", "php>iop"},
		{"Some clients step up from IOP to PHP when they struggle.", "php>iop"},
		{"Clients step down from detox to residential care.", ""},
		{"Our IOP is one step above our partial hospitalization program.", "iop>php"},
		// A comparison asked, reported as asked, or set out as a myth
		// states no order; its answer does.
		{"Is IOP more intensive than PHP? No.", ""},
		{"Some families ask whether IOP is more intensive than PHP.", ""},
		{"Myth: IOP is more intensive than PHP.", ""},
		// No object after the comparison: the level after the clause's
		// end is not it.
		{"Day treatment (PHP) is a step above, and residential care is higher still.", ""},
		{"PHP is a step above IOP, and residential care adds a bed.", "php>iop"},
		// Another clause's people step down, not the level before.
		{"Outpatient groups are not held on this campus; residents who step down to IOP drive to our other clinic.", ""},
		{"Outpatient care happens in town, and residents who step down to IOP go there.", ""},
		{"Clients who finish residential care step down to our IOP.", "residential>iop"},
		{"Graduates of our IOP, and anyone who needs less, step down to PHP.", "iop>php"},
		{"Our IOP, where clients live at home, is followed by a step down to PHP.", "iop>php"},
		{"Whether you work or study, IOP is more intensive than PHP.", "iop>php"},
		{"Our IOP sits a level below our PHP.", "php>iop"},
		{"Intensive outpatient is the top outpatient level, one rung above partial hospitalization.", "iop>php"},
		{"Families tell us our PHP is a notch above the residential programs they toured.", ""},
		{"For most clients our IOP is a step down from our PHP.", "php>iop"},
		{"Our PHP is a step down from IOP, for clients who need less structure than intensive outpatient.", "iop>php"},
		{"After three weeks most people move down to IOP, the step below PHP.", "php>iop"},
		{"Most people move down to IOP, the step below PHP.", "php>iop"},
		{"Our IOP is the step below PHP.", "php>iop"},
		{"Alternatively, a PHP is a step down from an IOP, with fewer hours.", "iop>php"},
		{"Our PHP often serves as a step-down from residential care.", "residential>php"},
		{"Our PHP is a step up from IOP for clients who need more.", "php>iop"},
		{"After completing PHP, clients step down to IOP, which meets fewer hours.", "php>iop"},
		{"Day treatment is our most intensive outpatient option.", "php"},
		{"Day treatment is our most intensive option.", ""},
		{"From residential, most people step down to our PHP and then to our IOP.", "php>iop residential>php"},
		// A sentence opening on its step: the word with no space before it.
		{"Stepping down from PHP to our IOP is the usual path.", "php>iop"},
		{"Once detox ends, people step down to an IOP and then to a PHP.", "iop>php"},
		{"Clients step down to our IOP and then meet with a counselor for PHP planning.", ""},
		{"When IOP is not enough, clients can step up to PHP.", "php>iop"},
		{"After detox, clients step down to residential care.", ""},
		{"Outpatient: clients who live close by can step down to our IOP, which meets two evenings a week.", ""},
		{"PHP: after two weeks, most clients step down to our IOP.", "php>iop"},
		{"Standard outpatient: most clients then step down to our IOP.", "op>iop"},
		{"Outpatient: after four weeks, clients step down to our IOP.", "op>iop"},
		{"Our office is one step above the pharmacy.", ""},
		{"A partial hospitalization program (PHP) is the more intensive of the two.", "php"},
		{"Outpatient services sit at the bottom, followed by partial hospitalization, then intensive outpatient, with residential care at the top.", "php>op iop>php residential>iop"},
		{"From most to least intensive: residential care, PHP, IOP and standard outpatient.", "residential>php php>iop iop>op"},
		// A sentence that says the order by comparisons, on a scale from
		// most to least intensive, lists nothing in that order.
		{"Seen on a scale from the most intensive to the least intensive, an IOP is a higher level of care than routine outpatient care yet a lower level of care than a residential program.", "iop>op residential>iop"},
	} {
		doc, err := corpus.Parse("r.txt", []byte(tc.text+"\n"), corpus.FormatText, corpus.DefaultOptions())
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, r := range claims.NewExtractor(claims.Options{}).Read(doc).Rankings {
			s := r.Above.String()
			if r.Below != claims.NoSubject {
				s += ">" + r.Below.String()
			}
			got = append(got, s)
		}
		if g := strings.Join(got, " "); g != tc.want {
			t.Errorf("%q: rankings %q, want %q", tc.text, g, tc.want)
		}
	}
	inv := claims.Ranking{Above: claims.PHP, Below: claims.Residential}
	if !inv.Inverted() || (claims.Ranking{Above: claims.Residential, Below: claims.PHP}).Inverted() {
		t.Error("PHP above residential is inverted, residential above PHP is not")
	}
	if !(claims.Ranking{Above: claims.Residential}).Contradicts(inv) {
		t.Error("residential as the most intensive level contradicts PHP above residential")
	}
}
