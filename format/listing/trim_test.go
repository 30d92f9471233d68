package listing

import "testing"

// TestTrimRunesCuts checks what trimRunes' quick return assumes: no
// function it cuts with trims an ASCII letter or digit.
func TestTrimRunesCuts(t *testing.T) {
	for k, cut := range trimRunesCuts {
		for c := rune(0); c < 128; c++ {
			if asciiAlnum[c] && cut(c) {
				t.Errorf("trimRunesCuts[%d] trims %q", k, c)
			}
		}
	}
}
