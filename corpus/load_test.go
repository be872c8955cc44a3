package corpus

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestLoadBadInput(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	small := DefaultOptions()
	small.MaxSize = 100
	cases := []struct {
		name, path string
		opts       Options
		reason     string
	}{
		{"empty", write("empty.txt", nil), DefaultOptions(), "empty file"},
		{"binary", write("nul.txt", []byte("PK\x03\x04\x00\x00 zip")), DefaultOptions(), "binary"},
		{"invalid utf-8", write("latin1.txt", []byte("Caf\xe9 hours")), DefaultOptions(), "invalid UTF-8 at byte offset 3"},
		{"too big", write("big.txt", bytes.Repeat([]byte("a"), 101)), small, "file is 101 bytes, over the 100-byte size limit"},
		{"not regular", dir, DefaultOptions(), "not a regular file"},
		{"missing", filepath.Join(dir, "gone.html"), DefaultOptions(), "no such file"},
		{"html without text", write("empty.html", []byte("<html><head><script>x()</script></head><body><nav>Menu</nav></body></html>")), DefaultOptions(), "no extractable text"},
		{"whitespace only", write("blank.txt", []byte("\n \n\t\n")), DefaultOptions(), "no text"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Load(Input{Path: c.path}, c.opts)
			var se *SkipError
			if !errors.As(err, &se) {
				t.Fatalf("err = %v, want a SkipError", err)
			}
			if se.File != c.path || !strings.Contains(se.Reason, c.reason) {
				t.Errorf("skip %q, want reason containing %q", err, c.reason)
			}
			if !strings.HasPrefix(err.Error(), c.path+": ") {
				t.Errorf("message %q does not start with the file", err)
			}
		})
	}

	t.Run("unreadable", func(t *testing.T) {
		if os.Geteuid() == 0 {
			t.Skip("root reads files whatever their mode")
		}
		p := write("locked.txt", []byte("Text."))
		if err := os.Chmod(p, 0); err != nil {
			t.Fatal(err)
		}
		_, err := Load(Input{Path: p}, DefaultOptions())
		var se *SkipError
		if !errors.As(err, &se) || !strings.Contains(se.Reason, "permission denied") {
			t.Errorf("err = %v", err)
		}
	})

	t.Run("broken html still parses", func(t *testing.T) {
		p := write("broken.html", []byte("<html><body><div><p>IOP meets <b>3 days</i> a week<table><td>x</tr></span>"))
		d, err := Load(Input{Path: p}, DefaultOptions())
		if err != nil {
			t.Fatal(err)
		}
		if got := texts(d); !eqStrings(got, []string{"IOP meets 3 days a week", "x"}) {
			t.Errorf("got %q", got)
		}
	})
}

func TestLoadStdin(t *testing.T) {
	o := DefaultOptions()
	o.Stdin = strings.NewReader("<!doctype html><title>T</title><p>From stdin.</p>")
	d, err := Load(Input{Path: "-", Stdin: true}, o)
	if err != nil {
		t.Fatal(err)
	}
	if d.ID != "-" || d.Format != FormatHTML || d.Title != "T" {
		t.Errorf("id %q format %s title %q", d.ID, d.Format, d.Title)
	}
	o.Stdin = strings.NewReader(strings.Repeat("x", 200))
	o.MaxSize = 100
	if _, err := Load(Input{Path: "-", Stdin: true}, o); err == nil || !strings.Contains(err.Error(), "size limit") {
		t.Errorf("oversized stdin: %v", err)
	}
}

func TestDetectFormat(t *testing.T) {
	cases := []struct {
		path, src string
		want      Format
	}{
		{"a.html", "plain words", FormatHTML},
		{"a.HTM", "", FormatHTML},
		{"a.md", "<p>x</p>", FormatMarkdown},
		{"a.markdown", "", FormatMarkdown},
		{"a.txt", "# Heading\n- item", FormatText},
		{"a.txt", "\ufeff  <!DOCTYPE html><html>", FormatHTML},
		{"", "<html><body>x", FormatHTML},
		{"", "<div><p>One</p><p>Two</p></div>", FormatHTML},
		{"", "# Looks like markdown\n\n- but no extension says so", FormatText},
		{"page", "Just text < with an angle.", FormatText},
	}
	for _, c := range cases {
		if got := DetectFormat(c.path, []byte(c.src)); got != c.want {
			t.Errorf("DetectFormat(%q, %q) = %s, want %s", c.path, c.src, got, c.want)
		}
	}
}

// Offsets into a page are 32 bits, so no config reads a page over 1 GiB.
func TestMaxSizeCappedAtOffsetRange(t *testing.T) {
	for _, c := range []struct{ set, want int64 }{{0, DefaultMaxSize}, {5 << 20, 5 << 20}, {1 << 30, 1 << 30}, {8 << 30, 1 << 30}} {
		if got := (Options{MaxSize: c.set}).maxSize(); got != c.want {
			t.Errorf("MaxSize %d: reads up to %d, want %d", c.set, got, c.want)
		}
	}
}
