package csljson

import (
	"strings"
)

// cleanURL returns the first http(s) URL in a UR-like value ("a; b" and
// "a b" lists occur), or "".
func cleanURL(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexAny(s, "; \t"); i >= 0 {
		s = s[:i]
	}
	l := strings.ToLower(s)
	if (strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://")) && len(s) > len("https://") {
		return s
	}
	return ""
}
