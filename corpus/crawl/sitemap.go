package crawl

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

// maxSitemaps bounds how many sitemap files one run reads through
// indexes, so an index that lists itself or a huge tree cannot run away.
const maxSitemaps = 1000

// sitemapEntries are the <loc>s of one sitemap file.
type sitemapEntries struct {
	pages, children []string
}

// parseSitemap reads a sitemap, a sitemap index, a bare list of <loc>
// elements, or a plain text list of URLs (one a line), gunzipping first
// when the bytes are gzip. A <loc> inside <sitemap> names a child
// sitemap; any other <loc> names a page.
func parseSitemap(data []byte, limit int64) (sitemapEntries, error) {
	var e sitemapEntries
	if bytes.HasPrefix(data, []byte{0x1f, 0x8b}) {
		zr, err := gzip.NewReader(bytes.NewReader(data))
		if err != nil {
			return e, fmt.Errorf("bad gzip: %v", err)
		}
		data, err = io.ReadAll(io.LimitReader(zr, limit+1))
		if err != nil {
			return e, fmt.Errorf("bad gzip: %v", err)
		}
		if int64(len(data)) > limit {
			return e, fmt.Errorf("unzips to over the %d-byte size limit", limit)
		}
	}
	trimmed := bytes.TrimLeft(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")), " \t\r\n")
	if len(trimmed) == 0 || trimmed[0] != '<' {
		sc := bufio.NewScanner(bytes.NewReader(trimmed))
		sc.Buffer(nil, 1<<20)
		for sc.Scan() {
			if l := strings.TrimSpace(sc.Text()); l != "" && !strings.HasPrefix(l, "#") {
				e.pages = append(e.pages, l)
			}
		}
		return e, sc.Err()
	}
	d := xml.NewDecoder(bytes.NewReader(trimmed))
	d.Strict = false
	inSitemap, inLoc := false, false
	var loc strings.Builder
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return e, fmt.Errorf("bad XML: %v", err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "sitemap":
				inSitemap = true
			case "loc":
				inLoc = true
				loc.Reset()
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "sitemap":
				inSitemap = false
			case "loc":
				inLoc = false
				if l := strings.TrimSpace(loc.String()); l != "" {
					if inSitemap {
						e.children = append(e.children, l)
					} else {
						e.pages = append(e.pages, l)
					}
				}
			}
		case xml.CharData:
			if inLoc {
				loc.Write(t)
			}
		}
	}
	return e, nil
}

// IsSitemapFile reports whether a local file is a sitemap rather than a
// page: an .xml or .xml.gz file whose root element is <urlset> or
// <sitemapindex>, or a gzipped .xml.gz.
func IsSitemapFile(path string) bool {
	base := strings.ToLower(filepath.Base(path))
	if !strings.HasSuffix(base, ".xml") && !strings.HasSuffix(base, ".xml.gz") {
		return false
	}
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	head := make([]byte, 4096)
	n, _ := io.ReadFull(f, head)
	head = head[:n]
	if bytes.HasPrefix(head, []byte{0x1f, 0x8b}) {
		return strings.HasPrefix(base, "sitemap") || strings.HasSuffix(base, ".xml.gz")
	}
	h := bytes.ToLower(head)
	return bytes.Contains(h, []byte("<urlset")) || bytes.Contains(h, []byte("<sitemapindex"))
}

// sitemapPages reads a sitemap (URL or local file) and the children of
// indexes, breadth first, and returns its page URLs in document order.
// Each sitemap that cannot be read is a Failed skip.
func (c *crawler) sitemapPages(ctx context.Context, src string) []string {
	var pages []string
	queue := []string{src}
	seen := map[string]bool{src: true}
	for n := 0; len(queue) > 0 && n < maxSitemaps && ctx.Err() == nil; n++ {
		s := queue[0]
		queue = queue[1:]
		data, skip := c.readSitemap(ctx, s)
		if skip != nil {
			c.sum.Skips = append(c.sum.Skips, *skip)
			continue
		}
		e, err := parseSitemap(data, c.opt.MaxBodySize)
		if err != nil {
			c.sum.Skips = append(c.sum.Skips, Skip{URL: s, Outcome: Failed, Reason: "sitemap: " + err.Error()})
			continue
		}
		pages = append(pages, e.pages...)
		for _, ch := range e.children {
			if !IsURL(ch) && !IsURL(s) {
				// A local index may name its children by relative path.
				ch = filepath.Join(filepath.Dir(s), ch)
			}
			if !seen[ch] {
				seen[ch] = true
				queue = append(queue, ch)
			}
		}
	}
	return pages
}

func (c *crawler) readSitemap(ctx context.Context, src string) ([]byte, *Skip) {
	if !IsURL(src) {
		fi, err := os.Stat(src)
		if err != nil {
			return nil, &Skip{URL: src, Outcome: Failed, Reason: "sitemap: " + unwrapPath(err).Error()}
		}
		if fi.Size() > c.opt.MaxBodySize {
			return nil, &Skip{URL: src, Outcome: Failed, Reason: fmt.Sprintf("sitemap: %d bytes, over the %d-byte size limit", fi.Size(), c.opt.MaxBodySize)}
		}
		data, err := os.ReadFile(src)
		if err != nil {
			return nil, &Skip{URL: src, Outcome: Failed, Reason: "sitemap: " + unwrapPath(err).Error()}
		}
		return data, nil
	}
	u, ok := normalize(nil, src)
	if !ok {
		return nil, &Skip{URL: src, Outcome: Failed, Reason: "sitemap: not an http or https URL"}
	}
	resp, skip := c.fetch(ctx, item{url: u.String()}, kindSitemap)
	if skip != nil {
		skip.Reason = "sitemap: " + skip.Reason
		return nil, skip
	}
	return resp.body, nil
}

func unwrapPath(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
