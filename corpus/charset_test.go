package corpus

import (
	"strings"
	"testing"
	"unicode/utf16"
)

func TestDeclaredCharsets(t *testing.T) {
	// windows-1252: 0x96 is an en dash, 0xE9 an e acute, 0x92 a
	// right single quote; each is one byte in the file and one column.
	w1252 := "<html><head><meta charset=\"windows-1252\"><title>Caf\xe9</title></head>\n" +
		"<body><main>\n<p>Caf\xe9 Pine\x92s IOP \x96 it meets 3 days a week.</p></main></body></html>\n"
	latin1 := "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\"></head>\n" +
		"<body><p>D\xe9tox \xe0 5 jours.</p></body></html>\n"
	cases := []struct {
		name, src, text, sub string
		line, col            int
	}{
		{"meta charset", w1252, "Café Pine’s IOP – it meets 3 days a week.", "3 days", 3, 31},
		{"http-equiv", latin1, "Détox à 5 jours.", "5 jours", 2, 18},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := parseHTMLString(t, c.src, DefaultOptions())
			checkInvariants(t, d)
			b := findBlock(t, d, c.sub)
			if b.Text != c.text {
				t.Errorf("text %q, want %q", b.Text, c.text)
			}
			wantPos(t, d, c.sub, c.line, c.col)
		})
	}
}

func TestUTF16WithBOM(t *testing.T) {
	page := "<html><body>\n<p>Our PHP – 6 hours a day.</p></body></html>\n"
	u := utf16.Encode([]rune(page))
	src := []byte{0xff, 0xfe}
	for _, c := range u {
		src = append(src, byte(c), byte(c>>8))
	}
	d, err := Parse("u16.html", src, FormatHTML, DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	checkInvariants(t, d)
	if got := texts(d); !eqStrings(got, []string{"Our PHP – 6 hours a day."}) {
		t.Errorf("got %q", got)
	}
	wantPos(t, d, "6 hours", 2, 14)
}

func TestUndeclaredOrMisdeclaredCharset(t *testing.T) {
	// Invalid UTF-8 that names no charset is still skipped with the offset.
	_, err := Parse("x.html", []byte("<p>Caf\xe9 hours</p>"), FormatHTML, DefaultOptions())
	if err == nil || !strings.Contains(err.Error(), "invalid UTF-8 at byte offset 6") {
		t.Errorf("err = %v", err)
	}
	// A page declaring Latin-1 but written in UTF-8 is read as UTF-8.
	d := parseHTMLString(t, `<meta charset="iso-8859-1"><p>Café – open</p>`, DefaultOptions())
	if got := texts(d); !eqStrings(got, []string{"Café – open"}) {
		t.Errorf("got %q", got)
	}
}
