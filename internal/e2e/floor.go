package e2e

import (
	"io"

	"github.com/PuerkitoBio/goquery"
)

// FloorText parses an HTML page with goquery and returns the text of its
// body. Reading and parsing each page is work every HTML checker must do,
// so its speed is the floor the benchmarks compare factlint with.
func FloorText(r io.Reader) (string, error) {
	doc, err := goquery.NewDocumentFromReader(r)
	if err != nil {
		return "", err
	}
	return doc.Find("body").Text(), nil
}
