package corpus

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"
)

// SkipError says a file could not be read as a page. The caller warns,
// counts it and carries on with the other files.
type SkipError struct {
	File, Reason string
}

func (e *SkipError) Error() string { return e.File + ": " + e.Reason }

func skip(file, format string, args ...any) error {
	return &SkipError{File: file, Reason: fmt.Sprintf(format, args...)}
}

// Load reads and parses one input.
func Load(in Input, opts Options) (*Document, error) {
	if in.Open != nil {
		return in.Open(opts)
	}
	limit := opts.maxSize()
	if in.Stdin {
		r := opts.Stdin
		if r == nil {
			r = os.Stdin
		}
		src, err := io.ReadAll(io.LimitReader(r, limit+1))
		id := "-"
		if in.Name != "" {
			id = in.Name
		}
		if err != nil {
			return nil, skip(id, "unreadable: %v", err)
		}
		return Parse(id, src, DetectFormat(in.Name, src), opts)
	}
	fi, err := os.Stat(in.Path)
	if err != nil {
		return nil, skip(in.Path, "unreadable: %v", unwrapPathError(err))
	}
	if !fi.Mode().IsRegular() {
		return nil, skip(in.Path, "not a regular file (%s)", fileKind(fi.Mode()))
	}
	if fi.Size() > limit {
		return nil, skip(in.Path, "file is %d bytes, over the %d-byte size limit", fi.Size(), limit)
	}
	f, err := os.Open(in.Path)
	if err != nil {
		if errors.Is(err, fs.ErrPermission) {
			return nil, skip(in.Path, "unreadable: permission denied")
		}
		return nil, skip(in.Path, "unreadable: %v", unwrapPathError(err))
	}
	defer f.Close()
	// The limit guards against files that grow between Stat and read.
	src, err := readAll(io.LimitReader(f, limit+1), fi.Size())
	if err != nil {
		return nil, skip(in.Path, "unreadable: %v", unwrapPathError(err))
	}
	return Parse(in.Path, src, DetectFormat(in.Path, src), opts)
}

// readAll is io.ReadAll into a buffer of the size the file had when it
// was stat'ed, as os.ReadFile does: one allocation instead of a doubling
// series and a final copy, which were a tenth of the bytes a page costs.
func readAll(r io.Reader, size int64) ([]byte, error) {
	b := make([]byte, 0, size+512) // room to see the end without growing
	for {
		n, err := r.Read(b[len(b):cap(b)])
		b = b[:len(b)+n]
		if err == io.EOF {
			return b, nil
		}
		if err != nil {
			return b, err
		}
		if len(b) == cap(b) {
			b = append(b, 0)[:len(b)]
		}
	}
}

func fileKind(m fs.FileMode) string {
	switch {
	case m.IsDir():
		return "directory"
	case m&fs.ModeNamedPipe != 0:
		return "named pipe"
	case m&fs.ModeSocket != 0:
		return "socket"
	case m&fs.ModeDevice != 0:
		return "device"
	}
	return m.Type().String()
}

// Parse reads src as format. id is what reports print for the document.
func Parse(id string, src []byte, format Format, opts Options) (*Document, error) {
	if len(src) == 0 {
		return nil, skip(id, "empty file")
	}
	if limit := opts.maxSize(); int64(len(src)) > limit {
		return nil, skip(id, "file is over the %d-byte size limit", limit)
	}
	src, enc, err := decodeCharset(src, format)
	if err != nil {
		return nil, skip(id, "cannot decode from %s: %v", enc, err)
	}
	if bytes.IndexByte(src[:min(len(src), 8<<10)], 0) >= 0 {
		return nil, skip(id, "binary file (NUL byte in the first 8 KiB)")
	}
	if !utf8.Valid(src) {
		if enc != "" {
			return nil, skip(id, "invalid %s", enc)
		}
		return nil, skip(id, "invalid UTF-8 at byte offset %d", invalidUTF8At(src))
	}
	d := &Document{ID: id, Format: format, Source: src}
	switch format {
	case FormatHTML:
		parseHTML(d, opts)
	case FormatMarkdown:
		parseMarkdown(d)
	default:
		d.Format = FormatText
		parseText(d)
	}
	if len(d.Blocks) == 0 {
		if format == FormatHTML {
			return nil, skip(id, "no extractable text in HTML")
		}
		return nil, skip(id, "no text")
	}
	d.finish()
	return d, nil
}

func invalidUTF8At(src []byte) int {
	for i := 0; i < len(src); {
		r, n := utf8.DecodeRune(src[i:])
		if r == utf8.RuneError && n == 1 {
			return i
		}
		i += n
	}
	return len(src)
}

// DetectFormat decides by extension, then by sniffing the content. Markdown
// is never sniffed: most plain text would pass for it.
func DetectFormat(path string, src []byte) Format {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".html", ".htm", ".xhtml", ".shtml":
		return FormatHTML
	case ".md", ".markdown", ".mdown", ".mkd":
		return FormatMarkdown
	case ".txt", ".text":
		if looksHTMLDocument(src) {
			return FormatHTML
		}
		return FormatText
	}
	if looksHTMLDocument(src) || tagDense(src) {
		return FormatHTML
	}
	return FormatText
}

func sniffHead(src []byte) []byte {
	src = bytes.TrimPrefix(src, []byte("\xef\xbb\xbf"))
	src = bytes.TrimLeft(src, " \t\r\n\f")
	return src[:min(len(src), 512)]
}

func looksHTMLDocument(src []byte) bool {
	h := bytes.ToLower(sniffHead(src))
	for _, p := range []string{"<!doctype html", "<html", "<head", "<body"} {
		if bytes.HasPrefix(h, []byte(p)) {
			return true
		}
	}
	// An XML prolog or a leading comment before the document element.
	if bytes.HasPrefix(h, []byte("<?xml")) || bytes.HasPrefix(h, []byte("<!--")) {
		return bytes.Contains(h, []byte("<html"))
	}
	return false
}

// tagDense is true when the start of src is mostly markup: fragments
// like "<div><p>…</p></div>" without a document element.
func tagDense(src []byte) bool {
	h := sniffHead(src)
	if len(h) == 0 || h[0] != '<' {
		return false
	}
	tags := 0
	for _, t := range []string{"<p>", "<p ", "<div", "<h1", "<h2", "<h3", "<ul", "<li", "<table", "<section", "<article", "<main", "<span", "<a ", "<br"} {
		tags += bytes.Count(bytes.ToLower(h), []byte(t))
	}
	return tags >= 3
}
