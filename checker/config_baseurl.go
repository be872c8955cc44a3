package checker

import (
	"net/url"
	"reflect"

	"gopkg.in/yaml.v3"
)

// validateBaseURL accepts an absolute http(s) URL: links built from
// anything else would lead nowhere.
func validateBaseURL(d *configDecoder, n *yaml.Node, v reflect.Value) {
	u, err := url.Parse(v.String())
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		d.errorf(n, "an absolute address such as https://example.org/", "base_url %q is not an http(s) URL", v.String())
	}
}
