package listing

import (
	"unicode"
	"unicode/utf8"
)

// runeClass records which of the unicode tests the parser asks a rune
// passes. Outside Latin-1, unicode answers by searching range tables,
// and text in Cyrillic, Greek or accented Latin asks of nearly every
// letter; a table of the runes up to the end of Cyrillic answers at
// once. It is filled from unicode itself, so the answers are the same.
type runeClass uint8

const (
	rcUpper runeClass = 1 << iota
	rcLower
	rcLetter
	rcMark
	rcDigit
	rcCyrillic
	rcLatin
)

// classedRunes is where runeClasses ends: past Latin, Greek, Cyrillic
// and its supplement (U+0500–U+052F).
const classedRunes = 0x530

// runeClasses is the class of each rune below classedRunes.
var runeClasses = func() (t [classedRunes]runeClass) {
	for r := rune(0); r < classedRunes; r++ {
		tests := []struct {
			c  runeClass
			ok bool
		}{
			{rcUpper, unicode.IsUpper(r)}, {rcLower, unicode.IsLower(r)}, {rcLetter, unicode.IsLetter(r)},
			{rcMark, unicode.IsMark(r)}, {rcDigit, unicode.IsDigit(r)},
			{rcCyrillic, unicode.Is(unicode.Cyrillic, r)}, {rcLatin, unicode.Is(unicode.Latin, r)},
		}
		for _, tt := range tests {
			if tt.ok {
				t[r] |= tt.c
			}
		}
	}
	return t
}()

// isRune reports whether r is of class c, asking unicode's test when r
// is past the table.
func isRune(r rune, c runeClass, test func(rune) bool) bool {
	if uint32(r) < classedRunes {
		return runeClasses[r]&c != 0
	}
	return test(r)
}

// isUpper is unicode.IsUpper.
func isUpper(r rune) bool { return isRune(r, rcUpper, unicode.IsUpper) }

// isLower is unicode.IsLower.
func isLower(r rune) bool { return isRune(r, rcLower, unicode.IsLower) }

// isLetter is unicode.IsLetter.
func isLetter(r rune) bool { return isRune(r, rcLetter, unicode.IsLetter) }

// isMark is unicode.IsMark.
func isMark(r rune) bool { return isRune(r, rcMark, unicode.IsMark) }

// isDigit is unicode.IsDigit.
func isDigit(r rune) bool { return isRune(r, rcDigit, unicode.IsDigit) }

// isCyrillic is unicode.Is(unicode.Cyrillic, r).
func isCyrillic(r rune) bool {
	return isRune(r, rcCyrillic, func(r rune) bool { return unicode.Is(unicode.Cyrillic, r) })
}

// isLatin is unicode.Is(unicode.Latin, r).
func isLatin(r rune) bool {
	return isRune(r, rcLatin, func(r rune) bool { return unicode.Is(unicode.Latin, r) })
}

// decodeRune is utf8.DecodeRuneInString with ASCII and the two-byte
// runes of Latin, Greek and Cyrillic decoded inline: utf8 takes its slow
// path for every rune outside ASCII.
func decodeRune(s string) (rune, int) {
	if len(s) > 1 {
		if c, d := s[0], s[1]; c < utf8.RuneSelf {
			return rune(c), 1
		} else if c-0xC2 < 0xE0-0xC2 && d&0xC0 == 0x80 {
			return rune(c&0x1F)<<6 | rune(d&0x3F), 2
		}
	}
	return decodeOther(s)
}

// decodeOther is utf8.DecodeRuneInString, kept out of line so that
// decodeRune is inlined.
//
//go:noinline
func decodeOther(s string) (rune, int) { return utf8.DecodeRuneInString(s) }
