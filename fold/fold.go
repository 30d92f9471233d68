// Package fold turns text into search keys: the same key for every way of
// writing a word that a reader would count as the same (case, diacritics,
// script, romanisation, known aliases). It is used at index time and at
// query time by every store dialect, so both sides always agree.
package fold

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Token is one folded word and where it came from in the original text.
type Token struct {
	// Text is the folded key.
	Text string
	// Start and End are byte offsets of the word in the original string.
	Start, End int
}

// Tokens splits s into words and folds each one.
func Tokens(s string) []Token {
	var out []Token
	start := -1
	for i, c := range s {
		if isWordRune(c) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			out = append(out, Token{Text: word(s[start:i]), Start: start, End: i})
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, Token{Text: word(s[start:]), Start: start, End: len(s)})
	}
	return out
}

// Text folds s to a string of space-separated keys.
func Text(s string) string {
	toks := Tokens(s)
	parts := make([]string, 0, len(toks))
	for _, t := range toks {
		if t.Text != "" {
			parts = append(parts, t.Text)
		}
	}
	return strings.Join(parts, " ")
}

func isWordRune(c rune) bool {
	return unicode.IsLetter(c) || unicode.IsDigit(c) || unicode.Is(unicode.Mn, c)
}

// word folds one word: compatibility forms, case and diacritics.
func word(w string) string {
	w = norm.NFKD.String(w)
	var b strings.Builder
	for _, c := range w {
		if unicode.Is(unicode.Mn, c) {
			continue
		}
		b.WriteRune(unicode.ToLower(c))
	}
	return b.String()
}
