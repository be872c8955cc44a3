package crawl

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"strings"
	"sync"
)

// saver writes pages in the host/path layout that `factlint check DIR`
// reads back: one top folder per host (named like the host, which is
// how the checker tells sites apart offline), the URL path below it,
// "index.html" for a path ending in "/", and ".html" added to any other
// name without an HTML extension so that a directory walk picks it up.
type saver struct {
	dir string

	mu      sync.Mutex
	written map[string]string // file → URL
}

func newSaver(dir string) *saver { return &saver{dir: dir, written: map[string]string{}} }

// SavePath is the file, relative to the save folder, that holds the page
// at u.
func SavePath(u *url.URL) string {
	hostDir := strings.ToLower(u.Hostname())
	if p := u.Port(); p != "" {
		// ":" is not allowed in Windows file names.
		hostDir += "_" + p
	}
	segs := strings.Split(strings.TrimPrefix(u.EscapedPath(), "/"), "/")
	last := segs[len(segs)-1]
	if last == "" {
		last = "index.html"
	}
	ext := strings.ToLower(path.Ext(last))
	if ext != ".html" && ext != ".htm" {
		last += ".html"
		ext = ".html"
	}
	if u.RawQuery != "" {
		sum := sha256.Sum256([]byte(u.RawQuery))
		last = strings.TrimSuffix(last, path.Ext(last)) + "@" + hex.EncodeToString(sum[:4]) + path.Ext(last)
	}
	segs[len(segs)-1] = last
	for i, s := range segs {
		if s == "" || s == "." || s == ".." || strings.HasPrefix(s, ".") {
			// Dot names would be hidden from (or escape) the walk.
			segs[i] = "_" + s
		}
	}
	return filepath.Join(append([]string{hostDir}, segs...)...)
}

func (s *saver) save(u *url.URL, body []byte) error {
	rel := SavePath(u)
	s.mu.Lock()
	if prev, ok := s.written[rel]; ok && prev != u.String() {
		// Two URLs map to one name ("/a" and "/a.html"): the later one
		// gets a suffix from its URL.
		sum := sha256.Sum256([]byte(u.String()))
		ext := filepath.Ext(rel)
		rel = strings.TrimSuffix(rel, ext) + "@" + hex.EncodeToString(sum[:4]) + ext
	}
	s.written[rel] = u.String()
	s.mu.Unlock()
	p := filepath.Join(s.dir, rel)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		return fmt.Errorf("save %s: %w", u, err)
	}
	if err := writeAtomic(p, body); err != nil {
		return fmt.Errorf("save %s: %w", u, err)
	}
	return nil
}
