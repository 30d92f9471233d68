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

// TestCutsAfterLengthChangingCase cuts titles where lower-casing changes
// a rune's length ("İ" lowers to two runes): the cut lands where the
// phrase starts in the text as printed.
func TestCutsAfterLengthChangingCase(t *testing.T) {
	if got, want := cleanTitle("İZMİR LİMANI İŞÇİLERİ GREVDE Read more"), "İZMİR LİMANI İŞÇİLERİ GREVDE"; got != want {
		t.Errorf("cleanTitle = %q, want %q", got, want)
	}
	title, src := gluedSource("İZMİR'İN İŞÇİLERİ, 1900-1950 Published by Ege University Press")
	if title != "İZMİR'İN İŞÇİLERİ, 1900-1950" || src != "Ege University Press" {
		t.Errorf("gluedSource = %q, %q", title, src)
	}
}
