package claims

import (
	"strings"

	"github.com/factlint/factlint/corpus"
)

// Naming is a program's name written out with its abbreviation after it:
// "Intensive Outpatient Program (IOP)". Long is the program the words
// name, Short the one the abbreviation names; a page whose heading reads
// "Partial Hospitalization Program (IOP)" has called one program by
// another's name.
type Naming struct {
	Long, Short Subject
	// Text is the name and its abbreviation as written.
	Text  string
	File  string
	Pos   corpus.Position
	Block int
}

// Mismatched reports a name whose abbreviation is another program's.
func (n Naming) Mismatched() bool { return n.Long != n.Short }

// Reading is what one page states: its claims and the program names it
// spells out.
type Reading struct {
	Claims  []Claim
	Namings []Naming
	// Rankings are the comparisons of levels of care it makes in words.
	Rankings []Ranking
	// SharedSchedule is set when the page says its provider's locations
	// run one schedule ("Every location follows the same weekly
	// schedule"): a copy of it for another location is then the same
	// program.
	SharedSchedule bool
	// SharedPrograms are the programs the sentence saying so names ("All
	// our locations follow the same IOP schedule"): only theirs are one
	// program across the copies. Empty when it names none: all are.
	SharedPrograms []Subject
	// Offered are the programs the page says its provider runs ("We
	// offer IOP and PHP", "our evening IOP"), in the order named.
	Offered []Subject
	// TitleTrack is the time-of-day track the page's title or masthead
	// names for its program ("Evening Intensive Outpatient"), when the
	// page names no other track of any program ("We also run a daytime
	// IOP"); "" otherwise.
	TitleTrack string
}

// namings finds the names a block spells out with their abbreviation: a
// program named in words, optionally "program(s)", "treatment" or "care",
// then an acronym in brackets ("partial hospitalization programs (PHPs)").
// A bare "outpatient" names no program of its own (IOP and PHP are
// outpatient care too), so "outpatient program (IOP)" is no mismatch.
func (st *state) namings(out []Naming) []Naming {
	for bi, ms := range st.mentions {
		b := &st.doc.Blocks[bi]
		for i := 0; i+1 < len(ms); i++ {
			long, short := ms[i], ms[i+1]
			if long.weak || !programSubject(long.subject) || !programSubject(short.subject) || !acronymAt(b.Text, short) {
				continue
			}
			// ("Substance Abuse Day Treatment (IOP)": day treatment names
			// the hours, not the level; some providers' day programs are
			// their IOPs.)
			if strings.HasPrefix(st.lower[bi][long.start:long.end], "day ") && short.subject == IOP {
				continue
			}
			if lessIntensive(st.lower[bi], long) || plainOutpatient(st.lower[bi], long, short) {
				continue
			}
			between := strings.TrimSpace(st.lower[bi][long.end:short.start])
			if !strings.HasSuffix(between, "(") || !nameTail[strings.TrimSpace(strings.TrimSuffix(between, "("))] {
				continue
			}
			if after := b.Text[short.end:]; !strings.HasPrefix(after, ")") && !strings.HasPrefix(after, "s)") {
				continue
			}
			sp := b.SourceSpan(long.start, short.end+1)
			out = append(out, Naming{
				Long: long.subject, Short: short.subject,
				Text:  strings.Clone(b.Text[long.start : short.end+1]),
				File:  st.doc.ID,
				Pos:   st.doc.Position(sp.Start),
				Block: bi,
			})
		}
	}
	return out
}

// lessIntensive reports an IOP's name read inside "less-intensive
// outpatient (OP)" or "non-intensive outpatient": the words name the
// lighter level, as the abbreviation does.
func lessIntensive(lower string, m mention) bool {
	if m.subject != IOP {
		return false
	}
	w := wordBefore(lower, m.start)
	return w == "less" || w == "non" || strings.HasSuffix(lower[:m.start], "less-") || strings.HasSuffix(lower[:m.start], "non-")
}

// plainOutpatient reports "outpatient therapy (IOPs)": outpatient care
// named with no word of its level (standard, traditional, weekly …),
// which leaves the level to the abbreviation.
func plainOutpatient(lower string, long, short mention) bool {
	name := lower[long.start:long.end]
	return long.subject == OP && short.subject == IOP && strings.HasPrefix(name, "outpatient ")
}

// nameTail are the words a program's name may end with before its
// abbreviation.
var nameTail = wordSet("", "program", "programs", "programme", "programmes", "treatment", "care", "services")

// acronymAt reports whether a mention is written as an abbreviation: all
// capitals ("IOP", "PHPs").
func acronymAt(text string, m mention) bool {
	w := strings.TrimSuffix(text[m.start:m.end], "s")
	if len(w) < 2 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}
