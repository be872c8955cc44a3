package checks

import (
	"errors"
	"fmt"
	"iter"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/factlint/factlint/checker"
	"github.com/factlint/factlint/claims"
)

// TemplateDrift reports near-duplicate variants of one article that state different facts.
var TemplateDrift = &checker.Check{
	ID:       "template-drift",
	Title:    "Variants of one templated article state different values",
	Severity: checker.Warning,
	Requires: []checker.Requirement{checker.NeedFamilies},
	Doc: `template-drift looks at families of near-duplicate pages (one article
published per state or city, or reworded by a spinner; see factlint dupes).
Each variant is compared with the family's canonical page (its medoid): for
every fact, a value the variant states that is disjoint, after tolerance,
from every value the canonical page states for the same fact is reported
with both locations. Where more variants state another value for a fact
than state the canonical page's, the variants holding that value stand in
for it: a canonical page that is the odd one out is one finding, not one
per variant. A fact the canonical page does not state (a family chained
from two versions of an article may take its medoid from the version
without the sentence) is compared with the value two or more variants
state. Every copy stating the value compared with stands in for
the page that states it, so a variant's sentence is compared with its
own version wherever a copy keeps it (a spinner may have reworded the
canonical page's). Every other copy that states the value the variant departs
from, in the same sentence, is a location of the finding, up to ten; the
message counts the rest (a template published for three thousand cities
would otherwise list every copy in every finding). Reworded but equal values ("three to five weeks" and
"3–5 weeks") are not drift. A table cell that holds only its figure ("6
hours" under "Hours per day" in the PHP row) is the same statement as that
cell in another copy: its row and column are the fact it states. One
figure a copy changes in two places (its table cell and its prose) is one
finding, the second place's statements listed as restatements. The same templated sentence restated with a
changed figure that still overlaps the canonical one ("three to five days
a week" against "three or four days a week") is reported at info
severity: nothing need be wrong, but the copies no longer say one thing.
When another copy states that sentence with a figure this one cannot be
true with ("8 to 12 weeks" and "4 to 6 weeks" beside most copies' "6 to
10 weeks"), that copy is named too and the finding is a warning. A timetable
entry ("Day groups run from 9 a.m. to 12 p.m., and evening groups from 6
to 9 p.m.": one track's or one day's hours by the clock) is compared only
with the same entry in the other copies, not with a length of day. A family is compared wherever its pages live,
across sites too: a template copied to another publisher's site still says
one thing. A disagreement between two pages of one family is reported here
only, not also by across-pages. Copies of a provider's page for its
locations ("Our Phoenix IOP meets three days a week", "Our Mesa IOP meets
four days a week") each describe that location's own program: figures
both copies give as the provider's own in so many words ("our", "we", or
the name the page's own address holds: "At Brightline, groups meet …"),
where the copies name their own places in the sentence ("Our Phoenix
IOP", "Our IOP here") or say each location keeps its own schedule, are
not compared; the template's sentence with nothing changed but its figure
("Our IOP meets three days a week" on every city's page) is. All are
compared when a copy
says the locations run one schedule ("Every location follows the same
weekly schedule", "Every Larkfield IOP follows the same ten-week
curriculum") or the figure's own sentence says it holds at every
location ("Our IOP curriculum runs 10 weeks at every Quillmoor
location"), or the copies are one page at one address (a staging or
mirror copy on a www, staging, dev or similar host); what the template says in general
("IOPs typically meet 9 to 15 hours a week") is one article's and is
compared; an article republished by two providers, each closing on its own
program ("Our residential program typically lasts 30 to 60 days"), is
compared on what the article says, not on what each provider says of its
own. A spinner that rewords a sentence's tail but keeps its lead ("Most
stays last about 12 weeks, after which …" and "Most stays run about 12
weeks, and afterward …") keeps the sentence. Words a spinner swaps for one another ("run" and "last",
"typically" and "commonly", "meet" and "run", "around" and "about",
"provide" and "offer", "care" and "treatment") keep one sentence one sentence, but one that
speaks of other stays or clients ("Longer stays last …" beside "Typical
stays run …") is another statement. Two
listing pages of one directory (…/listings/cedar-hollow, …/listings/
pine-ridge) fill one form with two providers' facts and are not
compared. Nor is a figure each copy attributes to a source and says of
the state it names ("According to a federal survey, the average detox
stay in Ohio is eight days"): that is the state's statistic, which the
template fills in per place.

` + compareRule + ` One exception: two variants hedging alike ("many clients
complete an IOP in 3 to 5 weeks" against "… in 8 to 12 weeks") are one
sentence of one article with the value changed, and are compared.

It needs the near-duplicate families; when clustering did not run the check
reports an error saying so instead of staying silent.

Severity: warning, because which variant is right is for a reviewer to say;
the contradiction checks report the wrong value itself. To fix: make the
variants agree, or make clear why one variant's program differs.`,
	Run: runTemplateDrift,
}

// ErrNoFamilies is returned when the engine ran without clustering.
var ErrNoFamilies = errors.New("template-drift needs near-duplicate families, but clustering did not run")

func runTemplateDrift(p *checker.Pass) error {
	if p.Families == nil {
		return ErrNoFamilies
	}
	byFile := map[string]*checker.DocClaims{}
	for _, d := range p.Docs {
		byFile[d.File] = d
	}
	tol := p.Config.Tolerance
	var memo statements
	bases := map[key]factBase{}
	var drifts driftReports
	defer drifts.report(p)
	for _, fam := range p.Families {
		if byFile[fam.Canonical] == nil {
			continue
		}
		members := make([]variant, 0, len(fam.Files))
		canon := -1
		var shared sharedSchedules
		for _, f := range fam.Files {
			d := byFile[f]
			if d == nil {
				continue
			}
			shared.add(d)
			m, keys := withoutPlaces(byKey(pointers(d.Claims)))
			if f == fam.Canonical {
				canon = len(members)
			}
			members = append(members, variant{file: f, claims: m, keys: keys})
		}
		memo.reset()
		clear(bases)
		for vi, v := range members {
			for _, k := range v.keys {
				fb, ok := bases[k]
				if !ok {
					fb = memo.baseFor(members, canon, k)
					bases[k] = fb
				}
				bi := fb.at
				if vi == bi && bi == canon {
					continue
				}
				// The stand-ins are compared with each other too, each
				// without its own claims.
				base := otherPages(fb.claims, v.file, memo.spare[:0])
				memo.spare = base
				if len(base) == 0 {
					continue
				}
				// Two listings of one directory ("…/listings/cedar-hollow",
				// "…/listings/pine-ridge") fill one form with two
				// providers' facts.
				if twoListings(byFile[v.file].Site, byFile[members[bi].file].Site) {
					continue
				}
				for _, g := range groupByValue(v.claims[k]) {
					c := g.claims[0]
					b, bad := memo.driftFrom(c, base, tol)
					// "Our Phoenix IOP meets three days a week" and "Our
					// Mesa IOP meets four days a week": copies of a
					// provider's page for its locations each describe
					// that location's own program. (A blog's "IOP clients
					// attend 1 to 2 hours a week", read as the provider's
					// from the rest of its page, is still one article's.)
					// (Unless a copy says every location follows one
					// schedule.)
					// (A staging or mirror copy at one address is the
					// same page, not another location's.)
					// (Nor when the figure's own sentence says it holds
					// at every location: "Our IOP curriculum is 10 weeks at
					// every Brookline location".)
					// ("We do not run detox at our Pine Hollow campus" on
					// …/campuses/pine-hollow/ is that campus's own,
					// whatever another campus's copy lists.)
					if b != nil && (ownedBy(c, byFile[v.file]) && ownedBy(b, byFile[b.File]) && (namesDiffer(c.Sentence, b.Sentence) || localSentence.MatchString(c.Sentence) || localSentence.MatchString(b.Sentence)) || atOwnSite(c, byFile[v.file]) || atOwnSite(b, byFile[b.File])) && !shared.of(k.subject) && !samePage(byFile[v.file], byFile[b.File]) && !everyLocation(c) && !everyLocation(b) {
						continue
					}
					// "Detox in Ohio takes seven days on average, a federal
					// survey finds" and "… in Maine … six days": each copy
					// cites a statistic of the state it names, which the
					// template fills in per place. (Not the program's own
					// facts said per state, "In Utah, an IOP asks for 2 to 4
					// hours each week": those are one article's.)
					if b != nil && ownStates(c, b) {
						continue
					}
					sev := p.Check.Severity
					if !bad {
						// The templated sentence with its figure changed
						// but still overlapping ("three to five days a
						// week" against "three or four days a week"):
						// noted for information.
						// (Unless two publishers each say it of their own
						// program: an article republished by two
						// providers, "Our residential program typically
						// lasts 30 to 60 days" and "… 30 to 90 days".)
						if b = memo.changedFrom(c, base, tol); b == nil || ownSaid(c) && ownSaid(b) && byFile[v.file].Site != byFile[b.File].Site || ownStates(c, b) {
							continue
						}
						sev = checker.Info
					}
					// With two variants the medoid is a tie: neither is "canonical".
					other := "canonical "
					switch {
					case bi != canon:
						other = "most variants' "
					case len(fam.Files) < 3:
						other = ""
					case b.File != fam.Canonical:
						// The canonical page states the value in a
						// sentence of its own; this copy keeps the
						// sentence the variant changed.
						other = "other variants' "
					}
					copies, more := memo.agreeing(members, vi, k, b)
					also := ""
					if more > 0 {
						also = fmt.Sprintf(" (and %d more variants)", more)
					}
					// "8 to 12 weeks" and "4 to 6 weeks" in two copies,
					// each overlapping the canonical "6 to 10 weeks": the
					// copies cannot both be right.
					if sev == checker.Info {
						if o := disjointSibling(members, vi, k, c, tol); o != nil {
							sev = checker.Warning
							also += fmt.Sprintf(", and cannot be true with %s", quote(o))
							copies = append(copies, o)
						}
					}
					drifts.add(v.file, k, checker.Finding{
						Severity: sev,
						Kind:     string(k.kind),
						Subject:  k.subject.String(),
						Message: fmt.Sprintf("%s differs between template variants: %s vs %s%s%s; make the variants agree, or make clear why this one's program differs", topic(k),
							quote(c), other, quote(b), also),
						Locations: append(locations(g.claims, copies), restatedLocations(memo.restatedCopies(members, vi, k, g.claims, c, memo.value(b), copies))...),
						Values:    sortedValues(g.value, memo.value(b)),
					})
				}
			}
		}
	}
	return nil
}

// disjointSibling finds another variant's claim of fact k stating c's
// templated sentence with a value c cannot be true with.
func disjointSibling(members []variant, skip int, k key, c *claims.Claim, tol checker.Tolerance) *claims.Claim {
	for i, m := range members {
		if i == skip {
			continue
		}
		for _, o := range m.claims[k] {
			if same, _ := sameStatement(c, o); !same || !forcesMeet(c, o) {
				continue
			}
			if _, bad := conflict(c, o, tol); bad {
				return o
			}
		}
	}
	return nil
}

// agreeing is b and the claims of the family's other pages that state
// b's value in b's sentence: every copy the drifting one departs from is a
// location of the drift, up to maxDriftCopies; more counts the rest.
func (s *statements) agreeing(members []variant, skip int, k key, b *claims.Claim) (out []*claims.Claim, more int) {
	out = []*claims.Claim{b}
	v := s.value(b)
	for i, m := range members {
		if i == skip {
			continue
		}
		for _, c := range m.claims[k] {
			if c == b || c.File == b.File || s.value(c) != v {
				continue
			}
			if same, known := s.same(c, b); same && known {
				if len(out) < maxDriftCopies {
					out = append(out, c)
				} else {
					more++
				}
				break
			}
		}
	}
	return out, more
}

// restatedCopies are, for each further statement x of the drifted value
// on the variant (cs but first), the other copies' versions of x that keep
// the value departed from (v): a city page that changed "3" in its table
// and "three hours" in its prose has the copies' prose to compare as well
// as their table. The copies already listed are left out, and each copy
// gives at most one version of each statement.
func (s *statements) restatedCopies(members []variant, skip int, k key, cs []*claims.Claim, first *claims.Claim, v string, listed []*claims.Claim) []*claims.Claim {
	var out []*claims.Claim
	for _, x := range cs {
		if x == first {
			continue
		}
		for i, m := range members {
			if i == skip || len(out) >= maxDriftCopies {
				continue
			}
			for _, o := range m.claims[k] {
				if s.value(o) != v || slices.Contains(listed, o) || slices.Contains(out, o) {
					continue
				}
				if same, known := s.same(x, o); same && known {
					out = append(out, o)
					break
				}
			}
		}
	}
	return out
}

// maxDriftCopies bounds the copies a drift lists as the side it departs
// from: the labelled families have at most five pages, and a template
// published for three thousand cities listed every copy in each of its
// two thousand drifts (a 250 MB report).
const maxDriftCopies = 10

// variant is one page of a family with its claims by fact.
type variant struct {
	file   string
	claims map[key][]*claims.Claim
	keys   []key
}

// factBase is what a family's variants are compared with on one fact:
// the claims of the members that state the base value, the base member's
// first (at: the canonical page, or the first copy standing in for it).
type factBase struct {
	at     int
	claims []*claims.Claim
}

// baseFor finds whom the members' claims on fact k are compared with. The
// base value is the canonical page's, unless more members state another
// value for k than state any of the canonical page's: a canonical page
// that is the odd one out is then one finding against the others, not
// one finding per member against it. Every member stating a base value
// stands in for the base, so a copy's sentence meets its own version on
// whichever of them has it: copies spun sentence by sentence keep a
// sentence the canonical page may have reworded or dropped.
func (s *statements) baseFor(members []variant, canon int, k key) factBase {
	held := map[string]int{}
	for _, m := range members {
		seen := map[string]bool{}
		for _, c := range m.claims[k] {
			if v := s.value(c); !seen[v] {
				seen[v] = true
				held[v]++
			}
		}
	}
	best := 0
	for _, c := range members[canon].claims[k] {
		best = max(best, held[s.value(c)])
	}
	// A canonical page silent on k (or stating it in another voice, which
	// is another key) leaves the value two or more members state as the
	// base: the medoid of a family need not state every fact its copies do.
	top, at, value := max(best, 1), canon, ""
	for i, m := range members {
		for _, c := range m.claims[k] {
			if n := held[s.value(c)]; n > top {
				top, at, value = n, i, s.value(c)
			}
		}
	}
	base := slices.Clone(members[at].claims[k])
	holds := func(c *claims.Claim) bool { return s.value(c) == value }
	if at == canon {
		holds = func(c *claims.Claim) bool {
			return slices.ContainsFunc(members[canon].claims[k], func(b *claims.Claim) bool { return s.value(b) == s.value(c) })
		}
	}
	for i, m := range members {
		if i != at && slices.ContainsFunc(m.claims[k], holds) {
			base = append(base, m.claims[k]...)
		}
	}
	return factBase{at, base}
}

// otherPages appends to out the claims of cs not on file.
func otherPages(cs []*claims.Claim, file string, out []*claims.Claim) []*claims.Claim {
	for _, c := range cs {
		if c.File != file {
			out = append(out, c)
		}
	}
	return out
}

// withoutPlaces merges the variants a template names by its place ("at
// fort collins", "at greeley"): the place is the template's blank, the
// facts around it are what the copies must agree on.
func withoutPlaces(m map[key][]*claims.Claim, keys []key) (map[key][]*claims.Claim, []key) {
	out := make(map[key][]*claims.Claim, len(m))
	var order []key
	for _, k := range keys {
		cs := m[k]
		if strings.HasPrefix(k.variant, "at ") {
			k = k.fact()
		}
		if _, ok := out[k]; !ok {
			order = append(order, k)
		}
		out[k] = append(out[k], cs...)
	}
	return out, order
}

// driftFrom returns the canonical claim c contradicts, if c agrees with
// none of them and one may contradict it (see compareRule).
func (s *statements) driftFrom(c *claims.Claim, base []*claims.Claim, tol checker.Tolerance) (*claims.Claim, bool) {
	// ("Day groups run from 9 a.m. to 12 p.m., and evening groups from 6
	// p.m. to 9 p.m." gives one track's hours: a timetable entry, which
	// no other copy's length of day contradicts, as across pages; the
	// same entry in another copy with its times changed does.)
	entry := timetable(c)
	var against *claims.Claim
	againstKnown := false
	for _, b := range base {
		if !forcesMeet(c, b) && !(force(c) == claims.Existential && force(b) == claims.Existential) || timetable(b) != entry {
			continue
		}
		// Drift is one templated sentence with its value changed; two
		// unrelated sentences of the variants ("clients attend their
		// daily sessions" and "programs meet two to three days a week")
		// are different statements, not a changed template.
		same, known := s.same(c, b)
		if !same || !known && c.Subject == claims.Other {
			// A bare table cell of an unnamed program ("14 days" in a
			// "2-week program" row, "1 to 2 years" in a "sober houses"
			// row) cannot be told from another row's.
			continue
		}
		if _, bad := conflict(c, b, tol); !bad {
			return nil, false
		}
		// The sentence the variant changed, where the canonical page has
		// it, over a bare table cell of the same fact.
		if against == nil || known && !againstKnown {
			against, againstKnown = b, known
		}
	}
	return against, against != nil
}

// changedFrom returns the canonical claim whose templated sentence c
// restates with a different figure, when every version of the sentence
// agrees with c in nothing but overlaps it: "Sessions usually last about
// three hours" against "… two to three hours". Equal values written
// differently ("3–5 weeks", "three to five weeks") are no change.
func (s *statements) changedFrom(c *claims.Claim, base []*claims.Claim, tol checker.Tolerance) *claims.Claim {
	if c.Value != nil || negated(c) || timetable(c) {
		return nil
	}
	var changed *claims.Claim
	for _, b := range base {
		if b.Value != nil || negated(b) || timetable(b) || !forcesMeet(c, b) && force(c) != force(b) {
			continue
		}
		same, known := s.same(c, b)
		if !same || !known || !s.strongSame(c, b) {
			continue
		}
		// "about three hours" and "3 hours" name one figure.
		if sc, sb := checker.Stated(c), checker.Stated(b); s.value(b) == s.value(c) || sc.Lo == sb.Lo && sc.Hi == sb.Hi {
			return nil
		}
		if changed == nil {
			changed = b
		}
	}
	return changed
}

// strongSameWords asks more of a pair than sameWords: most of the words
// around the figures are shared, as in one sentence of a template with its
// figure changed, not two sentences on one topic.
func strongSameWords(wa, wb map[string]bool) bool {
	inter, union := overlap(wa, wb)
	return float64(inter) >= 0.6*float64(union) && !qualifierDiffers(wa, wb)
}

// qualifierDiffers reports a word that tells which stays or programs a
// sentence speaks of in one sentence and not the other: "Typical stays
// run 2 to 4 weeks" and "Longer stays last 6 to 8 weeks" are two
// statements, however alike.
func qualifierDiffers(wa, wb map[string]bool) bool {
	for w := range statementQualifiers {
		if wa[w] != wb[w] {
			return true
		}
	}
	return false
}

var statementQualifiers = map[string]bool{"longer": true, "shorter": true, "extended": true, "brief": true, "minimum": true, "maximum": true,
	"initial": true, "first": true, "final": true, "later": true, "teen": true, "teens": true, "adult": true, "adults": true, "adolescent": true, "adolescents": true}

// sameStatement reports whether two claims sit in versions of one
// sentence: the words around the values overlap (Jaccard of content
// words, values and stop words left out, at least sameStatementMin).
// known is false when either claim has no words around its value (a bare
// table cell), which then counts as the same statement.
func sameStatement(a, b *claims.Claim) (same, known bool) {
	return sameWords(contentWords(a), contentWords(b))
}

// sameWords is sameStatement on the claims' content words.
func sameWords(wa, wb map[string]bool) (same, known bool) {
	if len(wa) == 0 || len(wb) == 0 {
		return true, false
	}
	inter, union := overlap(wa, wb)
	return float64(inter) >= sameStatementMin*float64(union) && !qualifierDiffers(wa, wb), true
}

// overlap is the size of the intersection and of the union of two word sets.
func overlap(wa, wb map[string]bool) (inter, union int) {
	for w := range wa {
		if wb[w] {
			inter++
		}
	}
	return inter, len(wa) + len(wb) - inter
}

// sameStatementMin was set on the near-duplicate families of the labelled
// pages: templated sentences with a changed figure share half or more of
// their content words, unrelated sentences of one family under a fifth.
const sameStatementMin = 0.3

func contentWords(c *claims.Claim) map[string]bool {
	w, _ := statementWords(c)
	return w
}

// statementWords are contentWords, and of them those before the figure
// (its lead: "Most programs last about" in "Most programs last about 90
// days, and afterward …").
func statementWords(c *claims.Claim) (out, lead map[string]bool) {
	s := c.Sentence
	// after is where the words after the figure begin; the lead begins
	// at the figure's clause (from is -1 when the figure is not found).
	after, from := len(s), -1
	if i := strings.Index(strings.ToLower(s), strings.ToLower(c.Text)); i >= 0 && len(s) == len(strings.ToLower(s)) {
		s = s[:i] + " " + s[i+len(c.Text):]
		after = i
		from = strings.LastIndexAny(s[:i], ",;:") + 1
	}
	out, lead = map[string]bool{}, map[string]bool{}
	first := true
	for w, at := range wordsAt(s) {
		// A capitalised word inside the sentence is a name, most often
		// the place a template was filled in for ("In Phoenix, …" / "In
		// Mesa, …"): the slot, not the sentence.
		if !first && placeLike(w) {
			continue
		}
		first = false
		w = strings.ToLower(w)
		// ("Most programs last about 30 days, and later many clients
		// join …": a qualifier after the figure tells nothing of which
		// programs the figure is said of; "Longer stays last …" does.)
		if at > after && statementQualifiers[w] {
			continue
		}
		if len(w) > 2 && !stopWords[w] {
			if c, ok := spunSynonyms[w]; ok {
				w = c
			}
			out[w] = true
			if from >= 0 && at >= from && at < after {
				lead[w] = true
			}
		}
	}
	return out, lead
}

// spunSynonyms are words a spinner swaps for one another in a sentence it
// keeps ("Typical stays run 2 to 4 weeks" / "Typical stays last 3 to 6
// weeks"), each read as one word.
var spunSynonyms = map[string]string{
	"lasts": "last", "run": "last", "runs": "last", "takes": "take", "spans": "span",
	"typically": "usually", "commonly": "usually", "generally": "usually", "normally": "usually", "often": "usually",
	"involve": "include", "involves": "include", "includes": "include", "involving": "include", "including": "include",
	"programmes": "programs", "programme": "program",
	"meet": "last", "meets": "last",
	"around": "about", "roughly": "about", "approximately": "about",
	"delivers": "provide", "offers": "provide", "provides": "provide", "gives": "provide",
	"care": "treatment", "therapy": "treatment",
}

// placeLike reports a word capitalised as a name is: "Phoenix", not "IOPs".
func placeLike(w string) bool {
	r, size := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) {
		return false
	}
	for _, x := range w[size:] {
		if unicode.IsUpper(x) {
			return false
		}
	}
	return true
}

var stopWords = map[string]bool{"the": true, "and": true, "for": true, "with": true, "our": true, "are": true, "that": true,
	"this": true, "from": true, "your": true, "their": true, "they": true, "you": true, "can": true, "may": true, "will": true,
	"which": true, "who": true, "its": true, "into": true, "per": true, "each": true, "has": true, "have": true, "not": true,
	"but": true, "all": true, "most": true, "some": true, "any": true, "these": true, "those": true, "than": true, "such": true}

// samePage reports two copies of one page at one address, such as a
// staging copy of a live page.
func samePage(a, b *checker.DocClaims) bool {
	return a != nil && b != nil && a.Address != "" && a.Address == b.Address
}

// ownSaid reports a claim the provider states as its own in so many words
// ("Our IOP meets …", "We offer …"), not one read as the provider's from
// the rest of its page.
func ownSaid(c *claims.Claim) bool {
	if c.Scope != claims.Provider {
		return false
	}
	return ownVoiced(c.Sentence)
}

// ownVoiced reports the provider's own words ("our", "we", "us") in a
// sentence.
func ownVoiced(sentence string) bool {
	m, ok := asciiWordMatch(sentence, ownWords)
	return m || !ok && ownWordRE.MatchString(sentence)
}

var ownWords = []string{"our", "we", "us"}

// sharedSchedules are the programs a family's copies say every location
// runs alike ("Every location follows the same weekly schedule": all of
// them; "… the same IOP schedule": the IOP's).
type sharedSchedules struct {
	all      bool
	programs []claims.Subject
}

func (s *sharedSchedules) add(d *checker.DocClaims) {
	if !d.SharedSchedule {
		return
	}
	if len(d.SharedPrograms) == 0 {
		s.all = true
	}
	s.programs = append(s.programs, d.SharedPrograms...)
}

func (s *sharedSchedules) of(subj claims.Subject) bool {
	return s.all || slices.Contains(s.programs, subj)
}

// ownedBy reports a claim its provider states as its own: in the first
// person (ownSaid), or naming itself by the name its page's address
// holds ("At Brightline, groups meet three days a week" on
// brightlinecare.com).
func ownedBy(c *claims.Claim, d *checker.DocClaims) bool {
	if ownSaid(c) {
		return true
	}
	if c.Scope != claims.Provider || d == nil || d.Address == "" {
		return false
	}
	host, _, _ := strings.Cut(strings.ToLower(d.Address), "/")
	for _, w := range capitalised(c.Sentence) {
		if len(w) >= 4 && strings.Contains(host, strings.ToLower(w)) {
			return true
		}
	}
	return false
}

// ownStates reports two statements, each attributed to a source, that
// each name a different one of the United States: a source's figure for
// each state.
func ownStates(a, b *claims.Claim) bool {
	if a.Attribution == "" || b.Attribution == "" {
		return false
	}
	sa, sb := claims.StateIn(a.Sentence), claims.StateIn(b.Sentence)
	return sa != "" && sb != "" && sa != sb
}

// namesDiffer reports two copies of a sentence that name different
// things by a capitalised word past their first ("Our Denver IOP meets
// …", "Our Tucson IOP meets …"): each copy names its own place. Copies
// whose names agree ("Our IOP meets three days a week" in every city's
// page) are the template's sentence, its figure changed.
func namesDiffer(a, b string) bool {
	return !slices.Equal(capitalised(a), capitalised(b))
}

// localSentence says its figure is this location's, or that each sets
// its own: "Our IOP here meets …", "… at this clinic", "each clinic sets
// its own weekly schedule".
var localSentence = regexp.MustCompile(`(?i)\bhere\b|\bthis\s+(?:location|clinic|site|office|campus|center|centre|branch)\b|\b(?:its|their)\s+own\s+(?:weekly\s+|daily\s+)?(?:schedules?|hours|days|calendar)\b`)

// capitalised lists the capitalised words of a sentence past its first,
// in order.
func capitalised(s string) []string {
	var out []string
	for i, w := range strings.Fields(s) {
		w = strings.Trim(w, ".,;:!?()\"'“”‘’")
		if i == 0 || w == "" || w[0] < 'A' || w[0] > 'Z' {
			continue
		}
		out = append(out, w)
	}
	return out
}

// atOwnSite reports a claim placed at the site its page's address is
// about: "at pine hollow" on ".../campuses/pine-hollow/".
func atOwnSite(c *claims.Claim, d *checker.DocClaims) bool {
	place, ok := strings.CutPrefix(c.Variant, "at ")
	if !ok || d == nil || d.Address == "" || place == "this location" || place == "other locations" {
		return false
	}
	return strings.Contains(strings.ToLower(d.Address), strings.ReplaceAll(place, " ", "-"))
}

var ownWordRE = regexp.MustCompile(`(?i)\b(?:our|we|us)\b`)

// twoListings reports the sites of two different providers' pages on one
// directory: a site the address gives with a listing's path
// ("findrecovery.com/listings/cedar-hollow", see checker.Sites).
func twoListings(a, b string) bool {
	ha, la, okA := strings.Cut(a, "/")
	hb, lb, okB := strings.Cut(b, "/")
	return okA && okB && ha == hb && la != lb
}

// everyLocation reports a sentence saying its figure holds at every
// location of the provider: "at every Brookline location", "across all
// of our clinics", "in each of our offices".
func everyLocation(c *claims.Claim) bool {
	// (Most sentences name no place of the provider's: they are spared
	// the expression.)
	if !strings.Contains(c.Sentence, "location") && !strings.Contains(c.Sentence, "clinic") && !strings.Contains(c.Sentence, "site") &&
		!strings.Contains(c.Sentence, "campus") && !strings.Contains(c.Sentence, "office") && !strings.Contains(c.Sentence, "cent") {
		return false
	}
	// ("schedules differ at each of our other locations", "not offered
	// at every location", "one of the most flexible schedules across all
	// of our clinics": what differs, or a comparison, holds nowhere.)
	l := strings.ToLower(c.Sentence)
	for _, w := range []string{"not ", "n't", "n’t", "differ", "vary", "varies", "other ", "own ", "most ", "some "} {
		if strings.Contains(l, w) {
			return false
		}
	}
	return everyLocationRE.MatchString(c.Sentence)
}

var everyLocationRE = regexp.MustCompile(`(?i)\b(?:at|across|in|for|to)\s+(?:every|each|all)\s+(?:of\s+)?(?:our\s+|the\s+|its\s+)?(?:[a-z][\w'’-]*\s+){0,2}?(?:locations?|clinics?|sites?|campuses|offices?|centers|centres)\b`)

// wordsAt yields the runs of letters of s, each with its byte offset.
func wordsAt(s string) iter.Seq2[string, int] {
	return func(yield func(string, int) bool) {
		start := -1
		for i, r := range s {
			if unicode.IsLetter(r) {
				if start < 0 {
					start = i
				}
				continue
			}
			if start >= 0 {
				if !yield(s[start:i], start) {
					return
				}
				start = -1
			}
		}
		if start >= 0 {
			yield(s[start:], start)
		}
	}
}
