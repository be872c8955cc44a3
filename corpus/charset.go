package corpus

import (
	"bytes"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
)

// decodeCharset returns src as UTF-8 when it declares another encoding:
// a UTF-16 byte-order mark in any format, or for HTML a <meta charset> or
// http-equiv Content-Type, honoured only when the bytes are not UTF-8
// already (pages often declare Latin-1 and are written in UTF-8).
// golang.org/x/net/html/charset finds the declaration the way browsers
// do. Decoding keeps every line break and maps one source character to
// one rune, so lines and columns of the result are those of the file.
// name is the encoding decoded from, "" when src is returned as it is.
func decodeCharset(src []byte, format Format) (out []byte, name string, err error) {
	utf16BOM := bytes.HasPrefix(src, []byte{0xfe, 0xff}) || bytes.HasPrefix(src, []byte{0xff, 0xfe})
	if !utf16BOM && (format != FormatHTML || utf8.Valid(src)) {
		return src, "", nil
	}
	enc, name, certain := charset.DetermineEncoding(src, "")
	if name == "utf-8" || enc == nil {
		return src, "", nil
	}
	// Without a BOM, DetermineEncoding falls back to windows-1252 when the
	// page names no charset; only a page that names one is decoded.
	if !certain && !bytes.Contains(bytes.ToLower(src[:min(len(src), 1024)]), []byte("charset")) {
		return src, "", nil
	}
	out, err = enc.NewDecoder().Bytes(src)
	if err != nil {
		return nil, name, err
	}
	return out, name, nil
}
