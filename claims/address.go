package claims

import "strings"

// dropInAddresses drops the claims, from out[from:], that a web address or
// a site path holds, and those of a cookie banner:
// "harborlight.example/blog/does-outpatient-include-detox" and
// "/programs/iop-five-days-a-week/" name pages, they state nothing.
func dropInAddresses(s *sentence, out []Claim, from int) []Claim {
	// ("We use cookies to remember your login for 30 days": the site's
	// banner, not its program.)
	if len(out) > from && s.contains("cookie") && cookieBanner(s.lower) {
		return out[:from]
	}
	if len(out) == from || strings.IndexByte(s.text, '/') < 0 && !s.contains("www.") {
		return out
	}
	kept := out[:from]
	for i := range out[from:] {
		if c := &out[from+i]; !claimInAddress(s, c) {
			kept = append(kept, *c)
		}
	}
	return kept
}

// claimInAddress reports a claim whose words stand in an address. It is
// judged at its own place, the occurrence its source span maps to:
// "described at /programs/30-day-residential/, is a 30-day stay" says its
// 30 days outside the path too. Where no occurrence maps there, every
// occurrence must stand in one.
func claimInAddress(s *sentence, c *Claim) bool {
	found, all := false, true
	for at, own := range claimOccurrences(s, c) {
		in := inAddress(s.text, at, at+len(c.Text))
		if own {
			return in
		}
		found, all = true, all && in
	}
	return found && all
}

// inAddress reports whether text[start:end] lies in a token that reads as
// a web address or a path.
func inAddress(text string, start, end int) bool {
	a := strings.LastIndexAny(text[:start], " \t\n\"'(<[") + 1
	b := len(text)
	if k := strings.IndexAny(text[end:], " \t\n\"')>]"); k >= 0 {
		b = end + k
	}
	return looksLikeAddress(strings.TrimRight(text[a:b], ".,;:!?"))
}

// looksLikeAddress: a scheme, a "www." host, a host before a path
// ("example.com/…"), or a path from the site's root with a hyphened slug
// ("/blog/is-php-daily", "/iop-five-days-a-week"). "24/7", "IOP/PHP",
// "Mon/Wed/Fri-evening" and "5 days/week" are none.
func looksLikeAddress(tok string) bool {
	if strings.Contains(tok, "://") || len(tok) > 4 && strings.EqualFold(tok[:4], "www.") {
		return true
	}
	slash := strings.IndexByte(tok, '/')
	if slash < 0 {
		return false
	}
	if dot := strings.LastIndexByte(tok[:slash], '.'); dot > 0 && dot < slash-1 && letters(tok[dot+1:slash]) {
		return true
	}
	return tok[0] == '/' && len(tok) > 1 && strings.Contains(tok, "-")
}

func letters(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i] | 0x20; c < 'a' || c > 'z' {
			return false
		}
	}
	return s != ""
}

// cookieBanner reports a site's cookie notice: "We use cookies to
// remember your login for 30 days", "Analytics cookies are kept for 13
// months" (not "no cookie-cutter plans").
func cookieBanner(l string) bool {
	l = strings.ReplaceAll(l, "cookie-cutter", "")
	return hasWord(l, "cookie", "cookies") && hasWord(l, "use", "uses", "accept", "store", "stores", "stored", "kept", "remember", "consent", "policy", "settings", "site", "website", "browser", "analytics")
}
