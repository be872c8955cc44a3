package claims

// dropPartWeeksOfLiveIn drops a residential program's days a week below
// five. Its clients live in, so the program's week is the whole of it: a
// count below five times one of its parts ("Core groups meet twice a
// week", "a house meeting once a week", "meet with a sponsor 1x per
// week"), a visitor's hours or another level's schedule set beside it,
// never the stay. The labelled pages give residential care only daily
// figures (five to seven days). A sentence that names the residential
// program keeps its days: "Our weekend residential program runs Friday
// through Sunday" is a live-in week of three days.
func dropPartWeeksOfLiveIn(cs []Claim) []Claim {
	out := cs[:0]
	for _, c := range cs {
		if c.Kind == DaysPerWeek && c.Subject == Residential && c.Value == nil && c.Max != nil && *c.Max < 5 && !c.NamedHere {
			continue
		}
		out = append(out, c)
	}
	return out
}
