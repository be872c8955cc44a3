package crawl

import (
	"net/url"
	"path"
	"strings"
)

// normalize parses raw against base and returns the URL factlint fetches
// and compares: http(s) only, fragment dropped, host lowercased, default
// port dropped, empty path as "/", dot segments resolved.
func normalize(base *url.URL, raw string) (*url.URL, bool) {
	raw = strings.TrimSpace(raw)
	if raw == "" {
		return nil, false
	}
	u, err := url.Parse(raw)
	if err != nil {
		return nil, false
	}
	if base != nil {
		u = base.ResolveReference(u)
	}
	u.Scheme = strings.ToLower(u.Scheme)
	if u.Scheme != "http" && u.Scheme != "https" || u.Host == "" {
		return nil, false
	}
	u.Fragment, u.RawFragment = "", ""
	u.User = nil
	host := strings.ToLower(u.Hostname())
	port := u.Port()
	if port == "" || u.Scheme == "http" && port == "80" || u.Scheme == "https" && port == "443" {
		u.Host = hostPort(host, "")
	} else {
		u.Host = hostPort(host, port)
	}
	if u.Path == "" {
		u.Path, u.RawPath = "/", ""
	} else if strings.Contains(u.Path, "/.") {
		trailing := strings.HasSuffix(u.Path, "/")
		u.Path = path.Clean(u.Path)
		if trailing && u.Path != "/" {
			u.Path += "/"
		}
		u.RawPath = ""
	}
	if u.RawQuery == "" {
		u.ForceQuery = false
	}
	return u, true
}

func hostPort(host, port string) string {
	if strings.Contains(host, ":") {
		host = "[" + host + "]"
	}
	if port == "" {
		return host
	}
	return host + ":" + port
}

// IsURL reports whether a command-line argument names a web address
// rather than a path.
func IsURL(arg string) bool {
	l := strings.ToLower(arg)
	return strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://")
}

// nonPageExts are extensions of links that are surely no HTML page;
// they are not requested at all, which spares the site the requests.
var nonPageExts = map[string]bool{
	".jpg": true, ".jpeg": true, ".png": true, ".gif": true, ".webp": true, ".svg": true, ".ico": true, ".bmp": true, ".avif": true,
	".pdf": true, ".doc": true, ".docx": true, ".xls": true, ".xlsx": true, ".ppt": true, ".pptx": true, ".odt": true,
	".zip": true, ".gz": true, ".tgz": true, ".rar": true, ".7z": true, ".dmg": true, ".exe": true,
	".mp3": true, ".mp4": true, ".m4a": true, ".mov": true, ".avi": true, ".webm": true, ".wav": true, ".ogg": true,
	".css": true, ".js": true, ".json": true, ".xml": true, ".rss": true, ".atom": true, ".txt": true,
	".woff": true, ".woff2": true, ".ttf": true, ".otf": true, ".eot": true,
}

func looksNonPage(u *url.URL) bool {
	return nonPageExts[strings.ToLower(path.Ext(u.Path))]
}
