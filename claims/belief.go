package claims

import "strings"

// believedUntil returns where a sentence that reports what people wrongly
// believe stops reporting it: at its correction, else its end; 0 for
// other sentences.
func believedUntil(lower string) int {
	if !misconception(lower) {
		return 0
	}
	end := len(lower)
	// ("Clients worry about their jobs, so our IOP meets after work": the
	// answer to the worry is the page's own.)
	for _, w := range []string{"but", "however", "actually", "in fact", "in reality", "the truth", "ours", "at our", "here", "so", "which is why", "that is why", "that's why"} {
		if k := indexWord(lower, w, 0); k >= 0 && k < end {
			end = k
		}
	}
	// ("…, they usually expect it to be part-time; ours meets five days
	// a week": the clause after the semicolon is the page's own.)
	if k := strings.IndexByte(lower, ';'); k >= 0 && k < end {
		end = k
	}
	return end
}

// misconception reports a sentence opening with what people wrongly
// believe: "Many people assume …", "Some families still think …", "It is a
// common myth that …". Words, not a regular expression: it runs on every
// sentence.
func misconception(lower string) bool {
	// "… the word leads many people to assume they will stay
	// overnight": the belief set out mid-sentence.
	if strings.Contains(lower, " people to ") || strings.Contains(lower, " families to ") {
		for _, w := range []string{"people to assume", "people to think", "people to believe", "people to expect", "families to assume", "families to think", "families to believe", "families to expect"} {
			if strings.Contains(lower, w) {
				return true
			}
		}
	}
	// "When people hear \"outpatient,\" they often picture one therapy
	// appointment a week": what comes to mind, set out to be corrected.
	if strings.HasPrefix(lower, "when ") && strings.Contains(lower, " they ") {
		var buf [6]string
		if ws := leadingWords(lower, buf[:0]); len(ws) >= 3 && believers[ws[1]] && (ws[2] == "hear" || ws[2] == "think") {
			k := strings.Index(lower, " they ") + len(" they ")
			w := wordAfter(lower, k-1)
			if w == "often" || w == "usually" || w == "may" || w == "might" || w == "still" {
				w = wordAfter(lower, k+len(w))
			}
			if believeVerbs[w] {
				return true
			}
		}
	}
	// "PHP clients worry that they will need to stay overnight": a fear
	// set out to be answered.
	if strings.Contains(lower, " worr") || strings.Contains(lower, " fear") || strings.Contains(lower, " afraid") {
		if worriedOpening(lower) {
			return true
		}
	}
	switch {
	case strings.HasPrefix(lower, "many "), strings.HasPrefix(lower, "some "), strings.HasPrefix(lower, "most "),
		strings.HasPrefix(lower, "it"), strings.HasPrefix(lower, "a "):
	default:
		return false // most sentences: no words to split
	}
	var buf [6]string
	ws := leadingWords(lower, buf[:0])
	if len(ws) < 3 {
		return false
	}
	if ws[0] == "a" && len(ws) > 3 && ws[1] == "lot" && ws[2] == "of" {
		ws = append(ws[:1], ws[3:]...)
		ws[0] = "many"
	}
	switch ws[0] {
	case "many", "some", "most":
		if !believers[ws[1]] {
			return false
		}
		return believeVerbs[ws[2]] || len(ws) > 3 && believeVerbs[ws[3]]
	case "it", "it's", "it’s", "a":
		for _, w := range ws[1:min(len(ws), 5)] {
			if w == "myth" || w == "misconception" {
				return true
			}
		}
	}
	return false
}

// worriedOpening reports a sentence opening, within its first five
// words, on people who worry or fear that something is so: "PHP clients
// worry that", "Parents often fear they", "Many teens are afraid that".
func worriedOpening(lower string) bool {
	var buf [7]string
	ws := leadingWords(lower, buf[:0])
	for k := 0; k+1 < len(ws) && k < 5; k++ {
		if !believers[ws[k]] && ws[k] != "parents" && ws[k] != "teens" && ws[k] != "adults" {
			continue
		}
		rest := ws[k+1:]
		if len(rest) > 0 && (rest[0] == "often" || rest[0] == "sometimes" || rest[0] == "may" || rest[0] == "understandably") {
			rest = rest[1:]
		}
		switch {
		case len(rest) > 1 && (rest[0] == "worry" || rest[0] == "fear") && fearedWhat[rest[1]]:
			// ("Clients worry less once they see …" fears nothing.)
			return true
		case len(rest) > 1 && (rest[0] == "are" || rest[0] == "feel") && (rest[1] == "afraid" || rest[1] == "worried"):
			return true
		}
	}
	return false
}

// fearedWhat open what is feared: "worry that", "fear they".
var fearedWhat = wordSet("that", "they", "their", "about", "it", "he", "she", "you", "treatment", "rehab")

var (
	believers    = wordSet("people", "families", "clients", "patients", "individuals")
	believeVerbs = wordSet("assume", "believe", "think", "imagine", "expect", "fear", "picture")
)

// leadingWords fills ws with the sentence's first words, up to its
// capacity, without allocating.
func leadingWords(lower string, ws []string) []string {
	i := 0
	for len(ws) < cap(ws) && i < len(lower) {
		for i < len(lower) && lower[i] == ' ' {
			i++
		}
		j := i
		for j < len(lower) && lower[j] != ' ' {
			j++
		}
		if j > i {
			ws = append(ws, lower[i:j])
		}
		i = j
	}
	return ws
}
