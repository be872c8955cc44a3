package claims_test

import (
	"strings"
	"testing"

	"github.com/factlint/factlint/claims"
	"github.com/factlint/factlint/corpus"
)

func TestOffered(t *testing.T) {
	for _, tc := range []struct {
		url, text string
		want      string // the offered programs, space-separated
	}{
		{"https://juniperpoint.example/", "Juniper Point offers an intensive outpatient program for adults.", "iop"},
		{"https://juniperpoint.example/", "We offer partial hospitalization and intensive outpatient care.", "php iop"},
		{"https://juniperpoint.example/", "Our evening IOP is built around work schedules.", "iop"},
		{"https://juniperpoint.example/", "Juniper Point also runs a 30-day residential program in the hills.", "residential"},
		{"https://juniperpoint.example/", "Juniper Point is a 16-bed medical detox and residential facility.", "detox residential"},
		{"https://juniperpoint.example/", "We are an intensive outpatient practice for working adults.", "iop"},
		{"https://juniperpoint.example/", "Juniper Point is not a detox facility.", ""},
		{"https://juniperpoint.example/", "Harbor Ridge is a residential center nearby.", ""},
		{"https://juniperpoint.example/", "Juniper Point's IOP is a step down from day treatment.", "iop"},
		{"https://juniperpoint.example/", "Harbor Ridge's IOP is a step down from day treatment.", ""},
		{"https://juniperpoint.example/", "We do not offer detox, but we can refer you.", ""},
		{"https://juniperpoint.example/", "We don't run a PHP of our own.", ""},
		{"https://juniperpoint.example/", "If we cannot provide residential care, we find a bed for you.", ""},
		{"https://juniperpoint.example/", "Most centers offer intensive outpatient programs.", ""},
		{"https://juniperpoint.example/", "Harbor Ridge offers an intensive outpatient program.", ""},
		{"https://juniperpoint.example/", "Does Juniper Point offer an IOP?", ""},
		{"https://juniperpoint.example/", "We offer outpatient counseling.", "op"},
		{"https://juniperpoint.example/", "We provide outpatient and residential care.", "residential"},
		{"https://juniperpoint.example/", "Unlike a residential program, our approach keeps you at home.", ""},
		{"https://juniperpoint.example/blog/choosing/", "Our evening IOP is one option among many.", ""},
		{"https://juniperpoint.example/programs/day/", "For partial hospitalization in Ohio, our program is the most structured care Juniper Point provides.", "php"},
		{"https://juniperpoint.example/programs/day/", "If you need medical detox, our program will refer you to a partner.", ""},
		{"https://juniperpoint.example/programs/day/", "Clients of a PHP or an IOP, our program welcomes you.", ""},
	} {
		doc, err := corpus.Parse("o.txt", []byte("SOURCE: "+tc.url+"\n\n"+tc.text+"\n"), corpus.FormatText, corpus.DefaultOptions())
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, s := range claims.NewExtractor(claims.Options{}).Read(doc).Offered {
			got = append(got, s.String())
		}
		if g := strings.Join(got, " "); g != tc.want {
			t.Errorf("%q: offered %q, want %q", tc.text, g, tc.want)
		}
	}
}
