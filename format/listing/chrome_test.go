package listing

import (
	"testing"
	"unicode"
	"unicode/utf8"
)

// Every chrome prefix is compared whole, however long, and in capitals
// too: "This article is also available in …", "Читайте также: …".
func TestChromePrefixesWholeLength(t *testing.T) {
	for _, p := range chromePrefixes {
		r, n := utf8.DecodeRuneInString(p)
		line := string(unicode.ToUpper(r)) + p[n:] + " the rest of the line"
		if !isChrome(line) {
			t.Errorf("isChrome(%q) = false, want true", line)
		}
	}
}
