package claims

import (
	"strings"

	"github.com/factlint/factlint/corpus"
	"github.com/factlint/factlint/internal/prefilter"
)

// namedProgramLead opens a paragraph on a program's own name and says what
// it is: "Harbor House is a residential program …", "Recovery in Motion
// (formerly …) is a semi-independent, 24-hour supervised program".
var namedProgramLead = prefilter.MustCompile(`^([A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|in|on|for|and|the|at|to)){0,5})\s*(?:\([^)]{0,80}\)\s*)?\s(?:is|was)\s+(?:a|an)\s+((?:[\w'’/-]+,?\s+){0,5}?)(?:program|programme|service|home|house|residence|facility|unit|center|centre|clinic)s?\b`)

// ourLevel names a level of care as the provider's own: "our IOP", "our
// residential program".
var ourLevel = prefilter.MustCompile(`\bour\s+(?:[a-z-]+\s+){0,2}?(?:iop|php|iops|phps|programs?|residential|outpatient|inpatient|detox|levels?)\b`)

// genericNameWords name a level or a kind of care, not one program: a
// name made of them alone ("Intensive Treatment Residential Program") is
// the level's.
var genericNameWords = wordSet("intensive", "outpatient", "partial", "hospitalization", "hospitalisation", "residential", "inpatient", "in-patient", "detox", "detoxification",
	"withdrawal", "management", "program", "programme", "programs", "services", "service", "treatment", "adult", "adults", "adolescent", "adolescents", "teen", "teens",
	"youth", "day", "evening", "our", "the", "this", "that", "substance", "abuse", "use", "mental", "health", "behavioral", "behavioural", "addiction", "drug", "alcohol",
	"dual", "diagnosis", "crisis", "stabilization", "stabilisation", "recovery", "medical", "medically", "supervised", "standard", "general", "outpatients", "of", "in", "on",
	"for", "and", "at", "to", "care", "therapy", "men's", "women's", "men", "women", "iop", "php", "iops", "phps")

// namedParagraph is the name of the program a paragraph opens on, when
// the page gives two or more programs a paragraph each that way ("Harbor
// House is a residential program … This program is 6 months in length."
// then "New Path Men's Program is a transitional housing service … The
// average stay is 30 days."): each paragraph's figures are its program's,
// which the others' do not contradict. "" for any other block. (A page
// naming one program so speaks of its own.)
func (st *state) namedParagraph(bi int) string {
	if st.namedParas == nil {
		st.namedParas = st.readNamedParagraphs()
	}
	return st.namedParas[bi]
}

func (st *state) readNamedParagraphs() map[int]string {
	names := map[int]string{}
	distinct := map[string]bool{}
	for i := range st.doc.Blocks {
		b := &st.doc.Blocks[i]
		if b.Kind != corpus.BlockParagraph || len(b.Sentences) == 0 {
			continue
		}
		first := b.Text[b.Sentences[0].Start:b.Sentences[0].End]
		// (The words first: most paragraphs open otherwise.)
		if first == "" || first[0] < 'A' || first[0] > 'Z' || !strings.Contains(first, " is a") && !strings.Contains(first, " was a") {
			continue
		}
		m := namedProgramLead.FindStringSubmatch(first)
		// ("Jane Ortiz is a counselor who leads our IOP program": the
		// words before the noun describe it, no clause of their own.)
		if m == nil || hasWord(strings.ToLower(m[2]), "who", "which", "that", "used", "for", "in", "of", "with", "by", "at", "to", "on", "from", "our", "their", "your",
			"counselor", "counsellor", "director", "therapist", "nurse", "manager", "coordinator", "doctor", "physician", "psychiatrist", "founder", "member", "staff", "licensed") {
			continue
		}
		name := ownProgramName(m[1])
		// (The provider's own name is the page's voice, not one program
		// of several: by the address, the title, or a paragraph that goes
		// on about "our IOP".)
		if name == "" || hostHolds(st.doc, name) || strings.Contains(st.doc.Title, name) || ourLevel.MatchString(lowerASCII(b.Text)) {
			continue
		}
		if first := strings.Fields(name)[0]; len(first) >= 5 && hostHolds(st.doc, first) {
			continue
		}
		names[i] = name
		distinct[strings.ToLower(name)] = true
	}

	if len(distinct) < 2 {
		return map[int]string{}
	}
	return names
}

// ownProgramName is name without the small words it may end on, "" when
// it holds no word of its own: every word a level's or care's.
func ownProgramName(name string) string {
	f := strings.Fields(name)
	for len(f) > 0 && !upperStart(f[len(f)-1]) {
		f = f[:len(f)-1]
	}
	// ("Pathways IOP" is Pathways.)
	for len(f) > 1 && genericNameWords[strings.ToLower(f[len(f)-1])] {
		f = f[:len(f)-1]
	}
	if len(f) == 0 {
		return ""
	}
	own := false
	for _, w := range f {
		if !genericNameWords[strings.ToLower(w)] {
			own = true
			break
		}
	}
	if !own || notOrgs[strings.ToLower(f[0])] {
		return ""
	}
	return strings.Join(f, " ")
}

func upperStart(w string) bool { return w != "" && w[0] >= 'A' && w[0] <= 'Z' }
