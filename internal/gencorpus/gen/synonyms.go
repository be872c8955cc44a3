package gen

// synonymGroups are interchangeable words for spinning family members.
// Words that carry facts (week, day, hour, numbers, detox, offer) are left
// out on purpose: a spin must never change what a page claims, only how
// it reads. Like real spinners, some swaps are slightly off in tone.
var synonymGroups = [][]string{
	{"treatment", "care"},
	{"clients", "patients", "participants"},
	{"people", "individuals", "folks"},
	{"often", "frequently"},
	{"usually", "typically", "generally"},
	{"choose", "pick", "select"},
	{"start", "begin"},
	{"important", "vital", "essential", "crucial"},
	{"therapist", "counselor", "clinician"},
	{"therapists", "counselors", "clinicians"},
	{"recovery", "sobriety"},
	{"addiction", "dependence"},
	{"staff", "team"},
	{"skills", "tools"},
	{"safe", "secure"},
	{"simple", "easy", "straightforward"},
	{"hard", "difficult", "tough"},
	{"many", "numerous", "plenty of"},
	{"also", "additionally", "likewise"},
	{"goal", "aim", "objective"},
	{"goals", "aims", "objectives"},
	{"help", "support", "assist"},
	{"helps", "supports", "assists"},
	{"need", "require"},
	{"family", "household"},
	{"job", "work", "employment"},
	{"plan", "strategy"},
	{"honest", "candid", "frank"},
	{"difference", "distinction"},
	{"quickly", "rapidly", "fast"},
	{"stress", "pressure", "strain"},
	{"learn", "discover", "pick up"},
	{"practice", "rehearse"},
	{"support", "backing", "encouragement"},
	{"problem", "issue", "difficulty"},
	{"problems", "issues", "difficulties"},
	{"cravings", "urges"},
	{"friends", "peers"},
	{"road", "path", "journey"},
	{"big", "large", "major"},
	{"small", "little", "minor"},
	{"option", "choice", "alternative"},
	{"options", "choices", "alternatives"},
	{"questions", "queries", "concerns"},
	{"mental", "emotional"},
	{"benefit", "advantage", "upside"},
	{"every", "each"},
	{"first", "initial", "earliest"},
	{"daily", "everyday", "day-to-day"},
	{"can", "may"},
	{"strong", "solid", "robust"},
	{"clear", "plain", "explicit"},
	{"ask", "inquire"},
	{"helpful", "useful", "valuable"},
	{"common", "frequent", "widespread"},
	{"specific", "particular", "concrete"},
	{"build", "develop", "create"},
	{"keep", "maintain", "retain"},
	{"usual", "normal", "standard"},
	{"risk", "danger", "hazard"},
	{"plans", "strategies"},
	{"focus", "concentrate", "center"},
	{"healthy", "wholesome", "sound"},
	{"change", "shift", "adjust"},
	{"changes", "shifts", "adjustments"},
	{"talk", "speak", "chat"},
	{"feel", "sense"},
	{"early", "initial"},
	{"regular", "routine", "steady"},
	{"benefits", "advantages", "upsides"},
}

// synonymIndex maps each word to the other words of its group.
var synonymIndex = func() map[string][]string {
	m := map[string][]string{}
	for _, g := range synonymGroups {
		for i, w := range g {
			var others []string
			for j, o := range g {
				if j != i {
					others = append(others, o)
				}
			}
			m[w] = append(m[w], others...)
		}
	}
	return m
}()
