package report

import (
	"bytes"
	"reflect"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// payload is page text that would run script or break out of an
// attribute if any field reached the page unescaped.
const payload = `<x-evil onload="alert(1)">"'&amp;</x-evil><script>alert(2)</script>`

// poison sets every string reachable from v (struct fields, slice and
// array elements, map keys and values, pointers) to payload.
func poison(v reflect.Value) {
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			poison(v.Elem())
		}
	case reflect.String:
		if v.CanSet() {
			v.SetString(payload)
		}
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			if v.Type().Field(i).IsExported() {
				poison(v.Field(i))
			}
		}
	case reflect.Slice, reflect.Array:
		for i := 0; i < v.Len(); i++ {
			poison(v.Index(i))
		}
	case reflect.Map:
		if v.IsNil() {
			return
		}
		m := reflect.MakeMap(v.Type())
		for _, k := range v.MapKeys() {
			nk := reflect.New(k.Type()).Elem()
			nk.Set(k)
			poison(nk)
			nv := reflect.New(v.Type().Elem()).Elem()
			nv.Set(v.MapIndex(k))
			poison(nv)
			m.SetMapIndex(nk, nv)
		}
		v.Set(m)
	}
}

// TestHTMLEscapesEveryField feeds markup through every string of the
// Result, the Corpus and the Options and checks that the report has no
// element, attribute or script it did not write itself.
func TestHTMLEscapesEveryField(t *testing.T) {
	r := sampleResult()
	opt := htmlOptions()
	poison(reflect.ValueOf(r))
	poison(reflect.ValueOf(&opt))
	// A live URL with markup after a valid start must stay one attribute.
	opt.Corpus.Pages[0].URL = `https://example.org/a"><script>alert(3)</script>`
	var buf bytes.Buffer
	if err := WriteHTML(&buf, r, opt); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	z := html.NewTokenizer(strings.NewReader(out))
	scripts, texts := 0, 0
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		tok := z.Token()
		switch tt {
		case html.StartTagToken, html.SelfClosingTagToken:
			if tok.Data == "x-evil" {
				t.Errorf("page text became an element: %s", tok)
			}
			if tok.Data == "script" {
				scripts++
			}
			for _, a := range tok.Attr {
				if strings.HasPrefix(a.Key, "on") || a.Key == "x-evil" {
					t.Errorf("page text became an attribute: %s", tok)
				}
				if (a.Key == "href") && !strings.HasPrefix(a.Val, "#") && !strings.HasPrefix(a.Val, "https://example.org/a") {
					t.Errorf("link to %q", a.Val)
				}
			}
		case html.TextToken:
			texts += strings.Count(tok.Data, payload)
		}
	}
	if scripts != 1 {
		t.Errorf("%d script elements, want only the report's own", scripts)
	}
	if texts == 0 {
		t.Error("the payload never appears as text: the test checks nothing")
	}
	if strings.Contains(out, "<script>alert") {
		t.Error("a script from page text is in the report")
	}
}
