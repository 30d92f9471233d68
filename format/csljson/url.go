package csljson

import (
	"fmt"
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

// doiURL returns https://doi.org/DOI for a DOI in any of its usual
// spellings ("10.x/y", "doi:10.x/y", "http://dx.doi.org/10.x/y"), or ""
// when s is not a DOI.
func doiURL(s string) string {
	s = strings.TrimSpace(s)
	l := strings.ToLower(s)
	for _, p := range []string{"https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/", "doi:", "doi "} {
		if strings.HasPrefix(l, p) {
			s = strings.TrimSpace(s[len(p):])
			break
		}
	}
	if !strings.HasPrefix(s, "10.") || !strings.Contains(s, "/") || strings.ContainsAny(s, " \t\n") {
		return ""
	}
	var b strings.Builder
	b.WriteString("https://doi.org/")
	for i := 0; i < len(s); i++ {
		// Escape what would end or break the URL's path; DOIs may contain
		// any printable character.
		if c := s[i]; c < 0x21 || c >= 0x7f || strings.IndexByte("\"#%<>?\\^`{|}", c) >= 0 {
			fmt.Fprintf(&b, "%%%02X", c)
		} else {
			b.WriteByte(c)
		}
	}
	return b.String()
}
