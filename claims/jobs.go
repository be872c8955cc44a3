package claims

// vacancyWords name a job the provider is filling: the hours and days around
// them are the job's ("We are hiring a part-time counselor for 20 hours a
// week", "Forty hours per week. Applicants should have …"). "job" and
// "employment" alone are left out: keeping one's job while in treatment is
// what most outpatient pages talk about.
var vacancyWords = []string{"hiring", "applicant", "applicants", "apply now", "salary", "salaried", "caseload", "caseloads",
	"open position", "open positions", "this position", "the position", "job opening", "job openings", "job description",
	"paid time off", "post-licensure", "candidates", "now hiring"}

// vacancyHeadings head a section of job postings. ("careers" in running
// text is as often the clients' own: "time away from their careers".)
var vacancyHeadings = []string{"careers", "join our team", "open positions", "employment opportunities", "work with us", "job openings", "now hiring"}

// jobPosting reports a sentence in a job posting: its block, or the
// heading over it, names a job being filled. Its figures are the job's
// hours, no program's, and are dropped.
func (st *state) jobPosting(s *sentence) bool {
	if hasWord(st.lower[s.bi], vacancyWords...) {
		return true
	}
	for _, h := range s.block.Headings {
		if hasWord(lowerASCII(h), vacancyHeadings...) {
			return true
		}
	}
	return false
}
