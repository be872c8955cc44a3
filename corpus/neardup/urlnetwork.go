package neardup

import (
	"cmp"
	"slices"
	"strings"

	"github.com/cespare/xxhash/v2"
	"golang.org/x/net/publicsuffix"
)

// Some location networks run one site a state, all from one template:
// the same domain name with the state glued on ("recoverycentersohio.com",
// "recoverycenters-newyork.com"), the same header and menu, and an article
// written afresh on each. The addresses below the host need not match
// (one site files its pages under "/treatment/", another under
// "/treatments/"), and the articles share few shingles or content words,
// so only the domain name says they are one template; the header lines
// they share in order (networkMinAligned) confirm it. In the labelled sets
// every pair of pages on such sites is a labelled template family (five of
// five, over three sets), and no other pair of pages has two domain names
// equal but for a state. A network of subdomains ("texas.example.org")
// is one site whose chrome is dropped as a site's: its pages are judged
// by their addresses' paths (urlSlots) and text.

// networkMinName is the least number of letters the domain name keeps
// once its state is taken out: "rehabs" + a state is a name many
// businesses could choose apart; "treatmentcenters" + a state is a
// network's.
const networkMinName = 10

// networkMinAligned is the least number of units two network sites'
// pages pair in order. A text export's address line is split into units
// that pair by themselves (two, when the paths match), and so does the
// title; the labelled pairs pair 6 to 9, their header lines among them.
const networkMinAligned = 5

// networkMinSentences is how many of those units must be sentences of
// three content words or more: two sites that share only a menu ("Home",
// "About Us", "Contact Us") and a title are not one template, whatever
// their names. The labelled pairs pair 3 to 6 such sentences.
const networkMinSentences = 3

// sentencesAligned counts the sentences of three content words or more
// that two pages pair in order (see alignUnits).
func sentencesAligned(a, b []Unit) int {
	long := func(us []Unit) []Unit {
		var out []Unit
		for _, u := range us {
			if u.Content >= alignMinContent {
				out = append(out, u)
			}
		}
		return out
	}
	n, _, _ := alignUnits(long(a), long(b))
	return n
}

// networkStates are the state names as domain names glue them, longest
// first, so that "westvirginia" is not read as "virginia" and "arkansas"
// not as "kansas".
var networkStates = func() []string {
	out := slices.Clone(urlStates)
	slices.SortStableFunc(out, func(a, b string) int { return cmp.Compare(len(b), len(a)) })
	return out
}()

// urlNetwork hashes a host's registered domain with the state in its name
// masked (network) and the state (fill); both 0 when the domain names no
// state at its start or end, or too little besides (networkMinName).
func urlNetwork(host string) (network, fill uint32) {
	if host == "" {
		return 0, 0
	}
	reg, err := publicsuffix.EffectiveTLDPlusOne(host)
	if err != nil {
		return 0, 0
	}
	name, suffix, _ := strings.Cut(reg, ".")
	// ("recovery-centers-new-york": a state of two words is glued with
	// a hyphen too.)
	rest, place := maskState(strings.ReplaceAll(name, "-", ""))
	if place == "" || letters(rest) < networkMinName {
		return 0, 0
	}
	var d xxhash.Digest
	d.Reset()
	d.WriteString(rest)
	d.WriteString("." + suffix)
	return uint32(d.Sum64()>>32) | 1, uint32(xxhash.Sum64String(place)>>32) | 1
}

// maskState takes the state off the start or end of a domain name
// written without hyphens: "centersohio" is "centers" and "ohio"; place
// is "" when the name holds no state there.
func maskState(name string) (rest, place string) {
	for _, s := range networkStates {
		switch {
		case len(name) > len(s) && strings.HasSuffix(name, s):
			return name[:len(name)-len(s)], s
		case len(name) > len(s) && strings.HasPrefix(name, s):
			return name[len(s):], s
		}
	}
	return name, ""
}

// letters counts the letters of s.
func letters(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'a' && c <= 'z' {
			n++
		}
	}
	return n
}

// urlNetworked says whether two pages sit on two sites of one network
// (see urlNetwork).
func urlNetworked(a, b *Signature) bool {
	return a.URLNetwork != 0 && a.URLNetwork == b.URLNetwork && a.NetworkFill != b.NetworkFill
}
