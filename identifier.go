package annals

import (
	"fmt"
	"strings"
)

// DOIURL returns https://doi.org/DOI for a DOI in any of its usual
// spellings ("10.x/y", "doi:10.x/y", "http://dx.doi.org/10.x/y"), or ""
// when s is not a DOI. Every bibliography format carries DOIs this way.
func DOIURL(s string) string {
	s = strings.TrimSpace(s)
	l := strings.ToLower(s)
	for _, p := range []string{"https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/", "doi:", "doi "} {
		if strings.HasPrefix(l, p) {
			s = strings.TrimSpace(s[len(p):])
			break
		}
	}
	if !strings.HasPrefix(s, "10.") || !strings.Contains(s, "/") || strings.ContainsAny(s, " \t\r\n") {
		return ""
	}
	var b strings.Builder
	b.WriteString("https://doi.org/")
	for i := 0; i < len(s); i++ {
		// Escape what would end or break the URL's path; DOIs may hold any
		// printable character.
		if c := s[i]; c < 0x21 || c >= 0x7f || strings.IndexByte("\"#%<>?\\^`{|}", c) >= 0 {
			fmt.Fprintf(&b, "%%%02X", c)
		} else {
			b.WriteByte(c)
		}
	}
	return b.String()
}
