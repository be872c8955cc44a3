package neardup

import "testing"

func TestURLSlots(t *testing.T) {
	cases := []struct {
		a, b      string
		sameShape bool
	}{
		{"https://texas.example.org/outpatient", "https://florida.example.org/outpatient", true},
		{"https://newjersey.example.org/outpatient", "https://www.tennessee.example.org/outpatient/", true},
		{"https://example.com/iop-los-angeles/", "https://example.com/iop-houston/", true},
		{"http://rehabscolorado.example/php-colorado/", "http://rehabsarizona.example/php-arizona/", true},
		{"https://texas.example.org/outpatient", "https://texas.example.org/detox", false},
		{"https://texas.example.org/outpatient", "https://texas.example.net/outpatient", false},
	}
	for _, c := range cases {
		sa, fa := urlSlots(pageHost(c.a))
		sb, fb := urlSlots(pageHost(c.b))
		if sa == 0 || sb == 0 {
			t.Errorf("%s / %s: no place found (%x, %x)", c.a, c.b, sa, sb)
			continue
		}
		if (sa == sb) != c.sameShape {
			t.Errorf("%s / %s: same shape %v, want %v", c.a, c.b, sa == sb, c.sameShape)
		}
		if c.sameShape && fa == fb {
			t.Errorf("%s / %s: same fill, want the places to differ", c.a, c.b)
		}
	}
	if s, _ := urlSlots(pageHost("https://example.com/blog/what-is-iop")); s != 0 {
		t.Errorf("an address without a place has a shape")
	}
	for text, want := range map[string]string{
		"SOURCE: https://a.example/x\n\nBody":                  "https://a.example/x",
		"URL: https://a.example/x":                             "https://a.example/x",
		"Read more at https://a.example/x in our guide.\nBody": "",
		"Body text without an address":                         "",
	} {
		if got := pageURL(text); got != want {
			t.Errorf("pageURL(%q) = %q, want %q", text, got, want)
		}
	}
}
