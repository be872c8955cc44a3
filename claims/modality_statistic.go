package claims

import "strings"

// Median is Claim.Statistic for a figure given as a median.
const Median = "median"

// averageWords name the mean of the stays a survey counted, the
// statistic that "typically", "usually" and an unmarked figure read as.
var averageWords = []string{"average", "averages", "averaged", "avg"}

var medianWords = []string{"median", "medians"}

// statisticOf is Median when the figure at [start, end) of lower is given
// as a median: "the median stay is 19 days", "The medians are lower, at 35
// days for long-term care", "19 days (median)". A median and an average
// of the same stays differ whenever stays are skewed, as lengths of care
// are, so the two are not set against each other. The statistic named
// nearest before the figure in its sentence decides ("stays average 25
// days, while the median is 19 days"); with none before it, a "median"
// just after the figure does.
func statisticOf(lower string, start, end int) string {
	if !strings.Contains(lower, "median") {
		return ""
	}
	med, avg := lastWordIndex(lower[:start], medianWords), lastWordIndex(lower[:start], averageWords)
	if med > avg || med < 0 && avg < 0 && hasWord(lower[end:min(len(lower), end+16)], "median") {
		return Median
	}
	return ""
}
