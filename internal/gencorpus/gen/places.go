package gen

import "strings"

// place is where a page says it is; families are rendered once per place.
type place struct {
	City, State, Abbr string
}

// statesAndCities holds each state's name, postal code and a few cities.
var statesAndCities = []struct {
	state, abbr string
	cities      []string
}{
	{"Alabama", "AL", []string{"Birmingham", "Huntsville", "Mobile"}},
	{"Arizona", "AZ", []string{"Phoenix", "Tucson", "Mesa"}},
	{"Arkansas", "AR", []string{"Little Rock", "Fayetteville"}},
	{"California", "CA", []string{"Sacramento", "San Diego", "Fresno", "Oakland"}},
	{"Colorado", "CO", []string{"Denver", "Boulder", "Pueblo"}},
	{"Connecticut", "CT", []string{"Hartford", "New Haven", "Stamford"}},
	{"Delaware", "DE", []string{"Wilmington", "Dover"}},
	{"Florida", "FL", []string{"Tampa", "Orlando", "Jacksonville", "Sarasota"}},
	{"Georgia", "GA", []string{"Atlanta", "Savannah", "Macon"}},
	{"Idaho", "ID", []string{"Boise", "Nampa"}},
	{"Illinois", "IL", []string{"Chicago", "Peoria", "Springfield"}},
	{"Indiana", "IN", []string{"Indianapolis", "Fort Wayne", "Bloomington"}},
	{"Iowa", "IA", []string{"Des Moines", "Cedar Rapids"}},
	{"Kansas", "KS", []string{"Wichita", "Topeka"}},
	{"Kentucky", "KY", []string{"Louisville", "Lexington"}},
	{"Louisiana", "LA", []string{"Baton Rouge", "Shreveport"}},
	{"Maine", "ME", []string{"Portland", "Bangor"}},
	{"Maryland", "MD", []string{"Baltimore", "Annapolis"}},
	{"Massachusetts", "MA", []string{"Boston", "Worcester", "Lowell"}},
	{"Michigan", "MI", []string{"Detroit", "Grand Rapids", "Lansing"}},
	{"Minnesota", "MN", []string{"Minneapolis", "Duluth", "Rochester"}},
	{"Mississippi", "MS", []string{"Jackson", "Gulfport"}},
	{"Missouri", "MO", []string{"Kansas City", "St. Louis", "Columbia"}},
	{"Montana", "MT", []string{"Billings", "Missoula"}},
	{"Nebraska", "NE", []string{"Omaha", "Lincoln"}},
	{"Nevada", "NV", []string{"Las Vegas", "Reno"}},
	{"New Hampshire", "NH", []string{"Manchester", "Concord"}},
	{"New Jersey", "NJ", []string{"Newark", "Trenton", "Camden"}},
	{"New Mexico", "NM", []string{"Albuquerque", "Santa Fe"}},
	{"New York", "NY", []string{"Buffalo", "Albany", "Syracuse"}},
	{"North Carolina", "NC", []string{"Charlotte", "Raleigh", "Asheville"}},
	{"Ohio", "OH", []string{"Columbus", "Cleveland", "Dayton"}},
	{"Oklahoma", "OK", []string{"Tulsa", "Norman"}},
	{"Oregon", "OR", []string{"Salem", "Eugene", "Bend"}},
	{"Pennsylvania", "PA", []string{"Pittsburgh", "Allentown", "Erie"}},
	{"Rhode Island", "RI", []string{"Providence", "Warwick"}},
	{"South Carolina", "SC", []string{"Charleston", "Greenville"}},
	{"Tennessee", "TN", []string{"Nashville", "Knoxville", "Memphis"}},
	{"Texas", "TX", []string{"Austin", "Houston", "El Paso", "Lubbock"}},
	{"Utah", "UT", []string{"Provo", "Ogden"}},
	{"Vermont", "VT", []string{"Burlington", "Montpelier"}},
	{"Virginia", "VA", []string{"Richmond", "Norfolk", "Roanoke"}},
	{"Washington", "WA", []string{"Spokane", "Tacoma", "Olympia"}},
	{"West Virginia", "WV", []string{"Charleston", "Morgantown"}},
	{"Wisconsin", "WI", []string{"Milwaukee", "Madison", "Green Bay"}},
	{"Wyoming", "WY", []string{"Cheyenne", "Casper"}},
}

// allPlaces lists every city in a fixed order.
var allPlaces = func() []place {
	var ps []place
	for _, s := range statesAndCities {
		for _, c := range s.cities {
			ps = append(ps, place{City: c, State: s.state, Abbr: s.abbr})
		}
	}
	return ps
}()

// PlaceNames returns every city and state name the generator uses, for
// tests that mask place names before comparing texts.
func PlaceNames() []string {
	var out []string
	for _, s := range statesAndCities {
		out = append(out, s.state)
		out = append(out, s.cities...)
	}
	return out
}

func slugify(s string) string {
	var b strings.Builder
	dash := false
	for _, c := range strings.ToLower(s) {
		if c >= 'a' && c <= 'z' || c >= '0' && c <= '9' {
			b.WriteRune(c)
			dash = false
		} else if !dash && b.Len() > 0 {
			b.WriteByte('-')
			dash = true
		}
	}
	return strings.TrimSuffix(b.String(), "-")
}
