package crawl

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"time"
)

// diskCache keeps successful responses that carry a validator (ETag or
// Last-Modified), one file per URL named by the URL's SHA-256. It is hand-written rather than an RFC 9111 cache
// (such as the archived gregjones/httpcache) because an audit must never
// trust a stored page without asking: every use revalidates, and a
// cache that serves fresh entries unasked would miss a page edited
// within its max-age.
type diskCache struct {
	dir string
}

type cacheEntry struct {
	URL          string    `json:"url"`
	Status       int       `json:"status"`
	ContentType  string    `json:"content_type"`
	ETag         string    `json:"etag,omitempty"`
	LastModified string    `json:"last_modified,omitempty"`
	Stored       time.Time `json:"stored"`
}

// path is where url's entry lives: its JSON header on the first line,
// the body after it, in one file so that one rename replaces both.
func (c *diskCache) path(url string) string {
	sum := sha256.Sum256([]byte(url))
	h := hex.EncodeToString(sum[:])
	return filepath.Join(c.dir, h[:2], h)
}

// get returns the stored entry for url, if any; a damaged entry counts as
// none, since the page is simply fetched again.
func (c *diskCache) get(url string) (*cacheEntry, []byte) {
	if c == nil {
		return nil, nil
	}
	data, err := os.ReadFile(c.path(url))
	if err != nil {
		return nil, nil
	}
	head, body, ok := bytes.Cut(data, []byte("\n"))
	var e cacheEntry
	if !ok || json.Unmarshal(head, &e) != nil || e.URL != url {
		return nil, nil
	}
	return &e, body
}

// put stores a response that carries a validator; others could not be
// revalidated, so keeping them would only take disk.
func (c *diskCache) put(e *cacheEntry, body []byte) error {
	if c == nil || e.ETag == "" && e.LastModified == "" {
		return nil
	}
	p := c.path(e.URL)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		return fmt.Errorf("cache: %w", err)
	}
	head, err := json.Marshal(e)
	if err != nil {
		return fmt.Errorf("cache: %w", err)
	}
	data := make([]byte, 0, len(head)+1+len(body))
	data = append(append(append(data, head...), '\n'), body...)
	if err := writeAtomic(p, data); err != nil {
		return fmt.Errorf("cache: %w", err)
	}
	return nil
}

func writeAtomic(path string, data []byte) error {
	f, err := os.CreateTemp(filepath.Dir(path), ".tmp-*")
	if err != nil {
		return err
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		os.Remove(f.Name())
		return err
	}
	if err := f.Close(); err != nil {
		os.Remove(f.Name())
		return err
	}
	return os.Rename(f.Name(), path)
}
