package fold

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// This file splits text into words and folds one word to its key: script
// and diacritics here (base), spelling variants in roman.go.

// elisions are the French words that lose their vowel before an
// apostrophe. "d'Almaty" must index "Almaty", so the apostrophe after one
// of them ends a word; every other apostrophe between letters is part of
// the word (Uzbek Farg'ona, O'zbekiston; Irish O'Brien).
var elisions = map[string]bool{
	"l": true, "d": true, "j": true, "m": true, "n": true, "s": true,
	"t": true, "c": true, "qu": true, "jusqu": true, "lorsqu": true,
	"puisqu": true,
}

// isApostrophe reports whether c is one of the apostrophes found inside
// words (ASCII, typographic, and the modifier letters Uzbek uses).
func isApostrophe(c rune) bool {
	return c == '\'' || c == '’' || c == 'ʼ' || c == 'ʻ' || c == '`' || c == '‘'
}

// isWordRune reports whether c belongs to a word.
func isWordRune(c rune) bool {
	if c < utf8.RuneSelf {
		return asciiWord[c]
	}
	if c == 'ʼ' || c == 'ʻ' {
		// Letters (Lm) in Unicode, but apostrophes in practice: only
		// inside a word, like the ASCII apostrophe.
		return false
	}
	return unicode.IsLetter(c) || unicode.IsNumber(c) || unicode.In(c, unicode.Mn, unicode.Mc)
}

// asciiWord is the fast path of isWordRune.
var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for c := '0'; c <= '9'; c++ {
		t[c] = true
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c] = true
		t[c-'a'+'A'] = true
	}
	return t
}()

// words calls yield with the byte span of each word of s, in order.
func words(s string, yield func(start, end int)) {
	start := -1
	for i := 0; i < len(s); {
		c, size := rune(s[i]), 1
		if c >= utf8.RuneSelf {
			c, size = utf8.DecodeRuneInString(s[i:])
		}
		switch {
		case isWordRune(c):
			if start < 0 {
				start = i
			}
		case start >= 0 && isApostrophe(c) && i+size < len(s):
			next, nsize := utf8.DecodeRuneInString(s[i+size:])
			if !isWordRune(next) {
				yield(start, i)
				start = -1
				break
			}
			if next == 's' || next == 'S' {
				// English possessive: "Nazarbayev's" indexes as
				// "Nazarbayev".
				j := i + size + nsize
				if after, _ := utf8.DecodeRuneInString(s[j:]); j == len(s) || !isWordRune(after) {
					yield(start, i)
					start = -1
					i = j
					continue
				}
			}
			if isElision(s[start:i]) {
				yield(start, i)
				start = -1
			}
		case start >= 0:
			yield(start, i)
			start = -1
		}
		i += size
	}
	if start >= 0 {
		yield(start, len(s))
	}
}

// isElision reports whether w is a French elided word, in any case.
func isElision(w string) bool {
	if len(w) > 6 {
		return false
	}
	var buf [6]byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return elisions[string(buf[:len(w)])]
}

// scratch holds the buffers one call of Tokens folds its words in, so
// that folding a word allocates only its result.
type scratch struct {
	buf [2][]byte
}

// word returns the key of one word: base, then romanize.
func (sc *scratch) word(w string) string {
	cur := sc.base(w)
	cur = sc.romanize(cur)
	if string(sc.buf[cur]) == w {
		// Already a key (lower-case English "the", "of"): share the
		// input's bytes instead of allocating.
		return w
	}
	return string(sc.buf[cur])
}

// simple reports whether w has only runes that are NFKC-normal in any
// sequence: ASCII, Latin-1 letters and Cyrillic. It spares the
// normalisation check for nearly all of our text.
func simple(w string) bool {
	for _, r := range w {
		if r >= utf8.RuneSelf && (r < 0xC0 || r > 0xFF) && (r < 0x400 || r > 0x4FF || (0x483 <= r && r <= 0x489)) {
			return false
		}
	}
	return true
}

// base writes the lower-case, Latin-script, mark-free spelling of w into
// a scratch buffer and returns its index. Scripts we do not transliterate
// keep their letters, lower-cased, and their marks (a Thai or Devanagari
// vowel sign is a letter part, not an accent).
func (sc *scratch) base(w string) int {
	out := sc.buf[0][:0]
	ascii := true
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		for i := 0; i < len(w); i++ {
			c := w[i]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			if asciiWord[c] {
				out = append(out, c)
			}
		}
		sc.buf[0] = out
		return 0
	}
	// NFKC first: it composes "и"+U+0306 into "й" (which must not lose
	// its breve) and flattens ligatures, full-width and other
	// compatibility forms.
	if !simple(w) && !norm.NFKC.IsNormalString(w) {
		w = norm.NFKC.String(w)
	}
	dropMarks := true
	for i, r := range w {
		if r >= 0x300 && unicode.Is(unicode.Mn, r) {
			if !dropMarks {
				out = utf8.AppendRune(out, r)
			}
			continue
		}
		r = unicode.ToLower(r)
		if isSoftSign(r) {
			dropMarks = true
			if next, _ := utf8.DecodeRuneInString(w[i+utf8.RuneLen(r):]); iotated(next) {
				out = append(out, 'y')
			}
			continue
		}
		if s, ok := sc.letter(r); ok {
			out = append(out, s...)
			dropMarks = true
			continue
		}
		if !isWordRune(r) {
			// Punctuation that NFKC produced (the fraction slash of ½)
			// or that the caller passed to Word.
			continue
		}
		out = utf8.AppendRune(out, r)
		dropMarks = unicode.In(r, unicode.Latin, unicode.Cyrillic, unicode.Greek)
	}
	sc.buf[0] = out
	return 0
}

// letter returns the Latin spelling of a lower-case letter that is
// transliterated or loses its marks, and false for any other letter.
func (sc *scratch) letter(r rune) (string, bool) {
	if r < utf8.RuneSelf {
		if asciiWord[r] {
			return asciiLetters[r : r+1], true
		}
		return "", false
	}
	if s, ok := cyrillic(r); ok {
		return s, true
	}
	if s, ok := latin(r); ok {
		return s, true
	}
	// Any other letter whose canonical decomposition is an ASCII letter
	// plus combining marks (é, ö, ū, ǵ, ý…) is that ASCII letter.
	var tmp [utf8.UTFMax]byte
	n := utf8.EncodeRune(tmp[:], r)
	d := norm.NFD.Properties(tmp[:n]).Decomposition()
	if len(d) == 0 || d[0] >= utf8.RuneSelf {
		return "", false
	}
	for _, m := range string(d[1:]) {
		if !unicode.Is(unicode.Mn, m) {
			return "", false
		}
	}
	c := d[0]
	if 'A' <= c && c <= 'Z' {
		c += 'a' - 'A'
	}
	if !asciiWord[c] {
		return "", false
	}
	return asciiLetters[c : c+1], true
}

// asciiLetters lets letter return one-byte strings without allocating.
const asciiLetters = "\x00\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0a\x0b\x0c\x0d\x0e\x0f" +
	"\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f" +
	" !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~\x7f"
