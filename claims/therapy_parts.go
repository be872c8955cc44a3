package claims

import "strings"

// sentenceProgram marks, while a page is read, a therapy part timed in a
// sentence that names one program; partsOfOneProgram settles it.
const sentenceProgram = "\x00in "

// partsOfOneProgram makes a therapy part's program its variant ("in
// iop", as a heading naming the program makes it) only on a page that
// times one part, in one kind, for two programs or more: there the IOP's
// three hours of groups and the PHP's five are two schedules. On a page
// that names one program, its groups are the page's groups, held against
// every other statement of them.
func partsOfOneProgram(cs []Claim) {
	type part struct {
		kind    Kind
		subject Subject
	}
	// (Most pages mark no part: the maps are made for the first mark.)
	var programs map[part]string
	var several map[part]bool
	for i := range cs {
		c := &cs[i]
		if !strings.HasPrefix(c.Variant, sentenceProgram) {
			continue
		}
		if programs == nil {
			programs, several = map[part]string{}, map[part]bool{}
		}
		k := part{c.Kind, c.Subject}
		if p, ok := programs[k]; ok && p != c.Variant {
			several[k] = true
		}
		programs[k] = c.Variant
	}
	if programs == nil {
		return
	}
	for i := range cs {
		c := &cs[i]
		if !strings.HasPrefix(c.Variant, sentenceProgram) {
			continue
		}
		if several[part{c.Kind, c.Subject}] {
			c.Variant = c.Variant[1:]
		} else {
			c.Variant = ""
		}
	}
}
