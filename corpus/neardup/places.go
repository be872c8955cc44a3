package neardup

import "strings"

// placeNames are masked before shingling and count as template slots when
// they differ. Cities are the large ones that location-page templates are
// spun over; a longer list would start to swallow ordinary words ("Mobile",
// "Reading"), which is also why a place must be capitalised to count.
var placeNames = []string{
	// States and DC.
	"Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut",
	"Delaware", "Florida", "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa",
	"Kansas", "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan",
	"Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire",
	"New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio",
	"Oklahoma", "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota",
	"Tennessee", "Texas", "Utah", "Vermont", "Virginia", "Washington", "West Virginia",
	"Wisconsin", "Wyoming", "District of Columbia", "DC", "D.C.",
	// Large cities.
	"New York City", "Los Angeles", "Chicago", "Houston", "Phoenix", "Philadelphia",
	"San Antonio", "San Diego", "Dallas", "San Jose", "Austin", "Jacksonville", "Fort Worth",
	"Columbus", "Charlotte", "San Francisco", "Indianapolis", "Seattle", "Denver", "Boston",
	"El Paso", "Nashville", "Detroit", "Oklahoma City", "Portland", "Las Vegas", "Memphis",
	"Louisville", "Baltimore", "Milwaukee", "Albuquerque", "Tucson", "Fresno", "Sacramento",
	"Kansas City", "Atlanta", "Omaha", "Colorado Springs", "Raleigh", "Miami", "Long Beach",
	"Virginia Beach", "Oakland", "Minneapolis", "Tulsa", "Tampa", "New Orleans", "Cleveland",
	"Pittsburgh", "Cincinnati", "St. Louis", "Saint Louis", "Orlando", "Salt Lake City",
	"Hartford", "Providence", "Newark", "Buffalo", "Richmond", "Boise", "Spokane", "Anchorage",
	"Honolulu", "Bangor", "Burlington", "Manchester", "Wilmington", "Charleston", "Birmingham",
	"Des Moines", "Little Rock", "Jackson", "Santa Fe", "Scottsdale", "Fort Lauderdale",
	"West Palm Beach", "St. Petersburg", "Knoxville", "Chattanooga", "Lexington", "Dayton",
	"Toledo", "Akron", "Rochester", "Syracuse", "Albany", "New Haven", "Worcester",
	"Springfield", "Trenton", "Camden", "Madison", "Green Bay", "Grand Rapids", "Lansing",
}

// placeSeqs holds each place as its lowercase word sequence, indexed by the
// hash of its first word, longest first so "New York City" beats "New York".
var placeSeqs = func() map[uint64][][]uint64 {
	m := map[uint64][][]uint64{}
	for _, p := range placeNames {
		ws := splitWordsLower(p)
		hs := make([]uint64, len(ws))
		for i, w := range ws {
			hs[i] = hashWord(w)
		}
		m[hs[0]] = append(m[hs[0]], hs)
	}
	for k, seqs := range m {
		for i := 1; i < len(seqs); i++ {
			for j := i; j > 0 && len(seqs[j]) > len(seqs[j-1]); j-- {
				seqs[j], seqs[j-1] = seqs[j-1], seqs[j]
			}
		}
		m[k] = seqs
	}
	return m
}()

// splitWordsLower splits with the same word rule as the signer.
func splitWordsLower(s string) []string {
	var out []string
	for _, t := range tokenize(s) {
		out = append(out, strings.ToLower(t.text))
	}
	return out
}
