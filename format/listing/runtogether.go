package listing

import (
	"math/bits"
	"strings"

	"github.com/labor-annals/annals"
	"unicode/utf8"
)

// splitRunTogether splits a line that holds a title and its teaser with no
// separator. It looks, in order, for a glue point ("…CoronavirusFrom
// Whole…", "…Conditions“We…"), a dateline ("… 7th September 2010 - In
// response…"), and a word where a new sentence plausibly starts.
//
// f are the facts of the line s comes from: a dateline needs a digit, and
// a dash and a space after the date.
func splitRunTogether(s string, f facts) (title, summary string, date annals.Date) {
	if !f.any(hasParen) {
		// No "(by Name)": the search for one is spared.
	} else if t, rest, ok := cutParenByline(s); ok && wordCountUpTo(rest, 3) >= 3 {
		// "Title (by Name). Teaser": the byline closes the title.
		return t, rest, date
	}
	if i := firstGlue(s); i > 0 && wordCountUpTo(s[:i], 3) >= 3 && wordCountUpTo(s[i:], 3) >= 3 {
		return trimSpace(s[:i]), trimSpace(s[i:]), date
	}
	if f.any(hasDigit) && (f.any(hasDash) && strings.Contains(s, "- ") || f.any(hasE2) && (strings.Contains(s, "– ") || strings.Contains(s, "— "))) {
		if d, ok := firstDateN(s, orderUnknown, 400); ok {
			after := trimLeftMarks(s[d.end:], " ")
			if d.start > 0 && (strings.HasPrefix(after, "- ") || strings.HasPrefix(after, "– ") || strings.HasPrefix(after, "— ")) {
				return trimSpace(s[:d.start]), trimSpace(after[len("-"):]), d.date
			}
		}
	}
	// Candidates are the words before the 30th; words past the 32nd
	// change nothing.
	// The words as appendFields splits them, and where each starts.
	var wbuf [32]string
	var starts, ends [32]int
	n := fieldBounds(s, starts[:], ends[:])
	for j := range n {
		wbuf[j] = s[starts[j]:ends[j]]
	}
	rw := runWords{words: wbuf[:n]}
	words := rw.words
	best, bestScore := -1, 1.0
	for k := 2; k < len(words)-2 && k < 30; k++ {
		if !mayOpenTeaser(words[k]) {
			continue // scores 0
		}
		sc := splitScore(&rw, k, bestScore)
		if sc > bestScore {
			best, bestScore = k, sc
		}
	}
	if best < 0 {
		return s, "", date
	}
	// The teaser starts at word best, just past the spaces after the word
	// before it.
	off := ends[best-1]
	return trimSpace(s[:off]), trimSpace(s[off:]), date
}

// sentenceOpeners often start a teaser's first sentence.
var sentenceOpeners = newWordSet(strings.Fields(`the a an in on at after for from with as this these those our it its we they he she his her
		when while since over last more many two three four five according following here there some one after before during
		despite amid about today yesterday now more than
		le la les un une des en dans depuis après alors ce cette il elle ils nous on
		el los las un una en desde tras durante este esta
		der die das ein eine im am nach seit wie was diese dieser es sie er wir
		в на по после с о это как`)...)

// titleGlue are words after which a capitalised word continues a name in
// the title ("in West Virginia", "of the Daily Mail").
var titleGlue = newWordSet(strings.Fields(`of in the and for at by to on with a an from over against into under as vs via de la le du des el los y der die das und von zu im`)...)

// isQuoteMark reports whether r is one of "“”‘’'«»(),.:;?! that are
// trimmed off words before comparing them.
func isQuoteMark(r rune) bool {
	switch r {
	case '"', '“', '”', '‘', '’', '\'', '«', '»', '(', ')', ',', '.', ':', ';', '?', '!':
		return true
	}
	return false
}

// isWordTrim reports whether r is trimmed off the word splitScore rates:
// an opening quote or , . : ;
func isWordTrim(r rune) bool { return isOpenQuote(r) || r == ',' || r == '.' || r == ':' || r == ';' }

// isPrevWordTrim reports whether r is trimmed off the word before it: a
// quote mark other than ? and !.
func isPrevWordTrim(r rune) bool { return isQuoteMark(r) && r != '?' && r != '!' }

// isOpenQuote reports whether r is one of "“‘'«( that open a quotation
// or an aside.
func isOpenQuote(r rune) bool {
	switch r {
	case '"', '“', '‘', '\'', '«', '(':
		return true
	}
	return false
}

// runWords are the words of a run-together line, and as many of them
// trimmed of quote marks as the candidates so far compared theirs with.
type runWords struct {
	words   []string   // at most 32
	trimmed [32]string // trimmed[j] is words[j] without quote marks, for j < ntrim
	ntrim   int
}

// trimmedTo returns the first k words trimmed of quote marks, trimming
// those not trimmed yet: few candidates get as far as comparing words.
func (rw *runWords) trimmedTo(k int) []string {
	for ; rw.ntrim < k; rw.ntrim++ {
		rw.trimmed[rw.ntrim] = trimRunes(rw.words[rw.ntrim], isQuoteMark)
	}
	return rw.trimmed[:k]
}

// mayOpenTeaser is a quick test that splitScore can rate w above 0:
// most words start with a small letter, and need no closer look.
func mayOpenTeaser(w string) bool {
	c := w[0]
	return c >= utf8.RuneSelf || c < 'a' || c > 'z'
}

// splitScore rates word k as the first word of the teaser. A word that
// cannot score above floor may get any score up to floor: the
// comparisons with every earlier word are made only when they can lift
// it above.
func splitScore(rw *runWords, k int, floor float64) float64 {
	words := rw.words
	w, p := words[k], words[k-1]
	r := firstRune(strings.TrimLeftFunc(w, isOpenQuote))
	if !isUpper(r) && !isDigit(r) {
		return 0
	}
	// The word sets fold case as they look up; the word is lower-cased
	// only for the repeat checks, which few candidates reach.
	tw := trimRunes(w, isWordTrim)
	// Every term but the last is a multiple of 0.5, so their sum is exact
	// in any order: the repeat checks can come after the others.
	sc := 0.0
	opener := sentenceOpeners.hasFold(tw)
	if opener {
		sc += 3
	}
	pr := firstRune(p)
	glue := titleGlue.hasFold(trimRunes(p, isPrevWordTrim))
	if isLower(pr) && !glue && isUpper(r) {
		sc += 2
	}
	if glue || p == "-" || p == "–" {
		sc -= 3
	}
	if k+1 < len(words) && isUpperStart(words[k+1]) && !opener {
		sc -= 0.5
	}
	// A capital right after a year starts a sentence: "… 2002 Original call …".
	if len(p) == 4 && atoi(p) > 999 && isDigits(p) {
		sc += 1.5
	}
	if strings.HasSuffix(p, ":") {
		sc -= 2
	}
	// Titles are usually five to fifteen words long.
	if k < 4 {
		sc -= float64(4-k) * 0.5
	}
	long := 0.0
	if k > 15 {
		long = float64(k-15) * 0.3
	}
	// The repeat checks add at most 2.
	if sc+2-long <= floor {
		return sc + 2 - long
	}
	// A phrase of the title repeated mid-teaser ("… east London …") is not
	// where the teaser starts; the word itself repeated in the title is.
	// Both look for the word among the earlier ones, in one pass.
	var lwBuf [32]byte
	lw := string(appendLower(lwBuf[:0], tw))
	trimmed := rw.trimmedTo(k)
	phrase, repeated := false, false
	for j, t := range trimmed[:k] {
		if !mayEqualFold(t, lw) || !strings.EqualFold(t, lw) {
			continue
		}
		repeated = true
		if j >= 1 && j < k-1 && strings.EqualFold(words[j-1], p) {
			phrase = true
			break // both are settled
		}
	}
	if phrase {
		sc -= 3
	}
	if repeated && len(lw) > 2 {
		sc += 2
	}
	return sc - long
}

// mayEqualFold is a quick test that strings.EqualFold(a, b) can hold: two
// ASCII bytes that open a and b fold alike only when they are the same
// letter (the runes outside ASCII that fold to ASCII letters, such as the
// Kelvin sign, do not start with an ASCII byte).
func mayEqualFold(a, b string) bool {
	if a == "" || b == "" {
		return a == b
	}
	if c, d := a[0], b[0]; c < utf8.RuneSelf && d < utf8.RuneSelf {
		return lowerASCII(c) == lowerASCII(d)
	}
	return true
}

// trimRunes is strings.TrimFunc(w, cut) without the call per byte that
// TrimFunc makes for ASCII: an ASCII byte is its own rune. cut trims
// marks, never an ASCII letter or digit (trimRunesCuts lists those it is
// given, for the test that checks): most words start and end with one,
// and are returned at once.
func trimRunes(w string, cut func(rune) bool) string {
	if len(w) > 0 && asciiAlnum[w[0]] && asciiAlnum[w[len(w)-1]] {
		return w
	}
	for len(w) > 0 {
		r, n := rune(w[0]), 1
		if r >= utf8.RuneSelf {
			r, n = decodeRune(w)
		}
		if !cut(r) {
			break
		}
		w = w[n:]
	}
	for len(w) > 0 {
		r, n := rune(w[len(w)-1]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeLastRuneInString(w)
		}
		if !cut(r) {
			break
		}
		w = w[:len(w)-n]
	}
	return w
}

// trimMarks is strings.Trim(s, cutset) for a cutset of marks (no ASCII
// letter or digit): a string that starts and ends with one, as most
// names do, is returned at once. (strings.Trim makes a set of the
// cutset on every call, and goes rune by rune for one outside ASCII.)
func trimMarks(s, cutset string) string {
	if len(s) > 0 && asciiAlnum[s[0]] && asciiAlnum[s[len(s)-1]] {
		return s
	}
	return strings.Trim(s, cutset)
}

// trimLeftMarks is strings.TrimLeft(s, cutset) for a cutset of marks, as
// trimMarks is strings.Trim.
func trimLeftMarks(s, cutset string) string {
	if len(s) > 0 && asciiAlnum[s[0]] {
		return s
	}
	return strings.TrimLeft(s, cutset)
}

// trimRightMarks is strings.TrimRight(s, cutset) for a cutset of marks,
// as trimMarks is strings.Trim.
func trimRightMarks(s, cutset string) string {
	if len(s) > 0 && asciiAlnum[s[len(s)-1]] {
		return s
	}
	return strings.TrimRight(s, cutset)
}

// trimRunesCuts are the functions trimRunes is given to cut with.
var trimRunesCuts = []func(rune) bool{isNameTrim, isQuoteOrStop, isQuoteMark, isWordTrim, isPrevWordTrim}

// asciiAlnum marks the ASCII letters and digits.
var asciiAlnum = func() (t [256]bool) {
	for c := range utf8.RuneSelf {
		t[c] = 'a' <= c|0x20 && c|0x20 <= 'z' || '0' <= c && c <= '9'
	}
	return t
}()

// firstGlue returns the byte index of the first place where a new sentence
// is glued to the previous word: a lower-case letter followed directly by
// a capital ("CoronavirusFrom") or an opening quote ("Conditions“We").
// Glue inside the first word ("McDonald") does not count.
func firstGlue(s string) int {
	for i := 0; i < len(s); {
		// Capitals after a small letter, and quotes (outside ASCII), are
		// rare.
		if i = nextGlueOrNonASCII(s, i); i == len(s) {
			break
		}
		c := s[i]
		r, n := rune(c), 1
		if c >= utf8.RuneSelf {
			if k := skipSmallCyrillic(s, i); k > i {
				i = k // most of Russian text
				continue
			}
			if i+2 < len(s) && c == 0xE2 && s[i+1] == 0x80 && s[i+2]&0xC0 == 0x80 && s[i+2] != 0x9C && s[i+2] != 0x9E {
				i += 3 // U+2000–U+203F but '“' and '„': dashes, other quotes, no letter
				continue
			}
			r, n = decodeRune(s[i:])
		} else if c < 'A' || c > 'Z' {
			i++
			continue
		} else if i == 0 || s[i-1] < 'a' || s[i-1] > 'z' && s[i-1] < utf8.RuneSelf {
			i++ // a capital after a space or mark: no glue
			continue
		}
		if upper, quote := isUpper(r), r == '“' || r == '«' || r == '„'; (upper || quote) && i > 0 {
			// The rune before and the start of the word, as a scan
			// from the start would have them.
			prev, _ := utf8.DecodeLastRuneInString(s[:i])
			wordStart := strings.LastIndexByte(s[:i], ' ') + 1
			if isLower(prev) && i-wordStart >= 3 && (quote || !mcPrefix(s[wordStart:i])) {
				return i
			}
		}
		i += n
	}
	return 0
}

// skipSmallCyrillic returns i moved on past the small Cyrillic letters
// from U+0430 to U+045F in s from i: none is a capital or a quote.
func skipSmallCyrillic(s string, i int) int {
	for i+1 < len(s) {
		if c, d := s[i], s[i+1]; !(c == 0xD0 && d >= 0xB0 && d <= 0xBF || c == 0xD1 && d >= 0x80 && d <= 0x9F) {
			break
		}
		i += 2
	}
	return i
}

// nextGlueOrNonASCII returns i moved on, eight bytes at a time, to the
// first byte outside ASCII or ASCII capital after a small ASCII letter
// or a byte outside ASCII in s from i (the capitals firstGlue looks at),
// or to the last fewer than eight bytes of s, which the caller reads
// one by one.
func nextGlueOrNonASCII(s string, i int) int {
	for i <= len(s)-8 {
		x := load64(s[i:])
		// Each byte of before is the byte before x's: s[i-1] for the
		// first.
		before := x << 8
		if i > 0 {
			before |= uint64(s[i-1])
		}
		if m := (x | capitalBytes(x)&smallOrNonASCII(before)) & highBits; m != 0 {
			return i + bits.TrailingZeros64(m)/8
		}
		i += 8
	}
	return i
}

// capitalBytes marks (with its high bit) each byte of x whose low seven
// bits are an ASCII capital.
func capitalBytes(x uint64) uint64 {
	x7 := x &^ highBits
	return (x7 + (0x80-'A')*lowBits) &^ (x7 + (0x80-'Z'-1)*lowBits) & highBits
}

// smallOrNonASCII marks (with its high bit) each byte of x that is a
// small ASCII letter or outside ASCII.
func smallOrNonASCII(x uint64) uint64 {
	x7 := x &^ highBits
	return ((x7+(0x80-'a')*lowBits)&^(x7+(0x80-'z'-1)*lowBits) | x) & highBits
}

// mcPrefix reports name prefixes glued to a capital: McDonald, MacArthur, O'Leary.
func mcPrefix(w string) bool {
	return w == "Mc" || w == "Mac" || utf8.RuneCountInString(w) <= 2
}

// cutParenByline cuts s after a "(by Name)" that closes its title,
// before the full stop and text that follow.
func cutParenByline(s string) (title, rest string, ok bool) {
	_, names, end, ok := parenBy(s)
	if !ok {
		return "", "", false
	}
	after := trimLeftMarks(s[end:], " ")
	if !strings.HasPrefix(after, ". ") || !looksLikeNameList(names) {
		return "", "", false
	}
	return s[:end], trimSpace(after[1:]), true
}

// parenBy finds the first "(by Name)" in s: where its " (by " starts,
// the names inside, and the end of its closing bracket.
func parenBy(s string) (at int, names string, end int, ok bool) {
	at = indexSpaced(s, " (by ")
	if at <= 0 {
		return 0, "", 0, false
	}
	j := strings.IndexByte(s[at:], ')')
	if j < 0 {
		return 0, "", 0, false
	}
	end = at + j + 1
	return at, s[at+len(" (by ") : end-1], end, true
}
