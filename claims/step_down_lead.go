package claims

import "regexp"

// steppedToLast is the program a paragraph of one sentence ends on as
// the step clients move to ("… many clients later transition into our
// evening IOP."), NoSubject otherwise. A list right after such a
// paragraph describes that program.
func steppedToLast(lower string, ms []mention) Subject {
	if len(ms) == 0 || len(ms) > 4 {
		return NoSubject
	}
	m := ms[len(ms)-1]
	if !programSubject(m.subject) || !sentenceEndsAt(lower, m.end) {
		return NoSubject
	}
	if !stepVerbBefore.MatchString(lower[:m.start]) {
		return NoSubject
	}
	// The paragraph tells of the step itself: it opens on the program
	// done ("After finishing the PHP, …", "Once the PHP is done, …") or
	// says the move comes next ("will then transition"); not "The PHP
	// prepares you to transition to our IOP", which is about the PHP,
	// nor a step denied ("cannot yet advance to a PHP").
	if hasWord(lower, "not", "cannot", "can't", "yet", "never") {
		return NoSubject
	}
	first := leadingWord(lower, 0)
	if first != "after" && first != "once" && first != "upon" && first != "following" && first != "when" &&
		!hasWord(lower[:m.start], "then", "next", "finish", "finishes", "finished", "complete", "completes", "completed") {
		return NoSubject
	}
	return m.subject
}

// sentenceEndsAt reports nothing but a closing mark after i, and one
// sentence only before it.
func sentenceEndsAt(lower string, i int) bool {
	rest := lower[i:]
	rest = rest[stepTail.FindStringIndex(rest)[1]:]
	for _, c := range rest {
		switch c {
		case '.', ' ', ')', '!':
		default:
			return false
		}
	}
	for k := 0; k+1 < i; k++ {
		if (lower[k] == '.' || lower[k] == '!' || lower[k] == '?') && lower[k+1] == ' ' {
			return false
		}
	}
	return true
}

// stepTail is what may follow a program's name before the sentence
// ends: " program", " (iop)".
var stepTail = regexp.MustCompile(`^\s*(?:programs?|programmes?|level\s+of\s+care)?\s*(?:\([a-z]{2,5}\))?`)

// stepVerbBefore ends on a move to the next level and its article:
// "will then transition to the ", "transition into our evening ".
var stepVerbBefore = regexp.MustCompile(`\b(?:transition|transitions|step\s+down|steps\s+down|move|moves|move\s+on|moves\s+on|progress|progresses|graduate|graduates|advance|advances)\s+(?:on\s+)?(?:to|into)\s+(?:the\s+|our\s+|an\s+|a\s+)?(?:[a-z-]+\s+){0,2}?$`)
