package claims

import "testing"

// A heading that lists drugs and ends on their class names the class; so
// does a class in brackets after the drugs.
func TestSubstanceVariant(t *testing.T) {
	for _, tc := range []struct {
		heading, want string
	}{
		{"alcohol", "alcohol"},
		{"oxycodone, hydrocodone and other short-acting opioids", "short-acting opioid"},
		{"buprenorphine and other long-acting opioids", "long-acting opioid"},
		{"morphine, codeine (short-acting opioids)", "short-acting opioid"},
		{"cocaine, crack and other stimulants", "stimulant"},
		{"xanax and other benzos", "benzodiazepine"},
		// A list with anything but drugs in it is no class.
		{"alcohol and family support", ""},
		{"how we treat alcohol, opioids and stimulants at our center", ""},
	} {
		if got := substanceVariant(tc.heading); got != tc.want {
			t.Errorf("%q: %q, want %q", tc.heading, got, tc.want)
		}
	}
}
