package listing

import (
	"math/bits"
	"strings"
	"unicode/utf8"
)

// wordSet is a set of words, for the lookups made for most words of a
// line (is it a particle, a label, a sentence opener). It is an open-
// addressed table hashed on a word's length and three of its bytes,
// which costs less than a map's hash of the whole string, and it takes
// a word as a string or as bytes lower-cased into a buffer. It also
// gives a word's place among those it was made from, so that it can
// stand in for a map from words to what is known of them.
type wordSet struct {
	slots []string // a power of two of them, at most a quarter in use
	ids   []int32  // ids[i] is the index of slots[i] among the words given
	shift uint     // 64 - log2(len(slots)): a hash's top bits pick the slot
	// firstBytes[n] has a bit for the first byte of each word of n
	// bytes, and longest is the length of the longest word: most words
	// looked up share their length and first byte with no word of the
	// set, and are ruled out before they are hashed.
	firstBytes [shapeLens][4]uint64
	longest    int
	// asciiOnly is whether every word is ASCII: a word outside ASCII
	// lower-cases into none of them unless its runes outside ASCII are
	// all 'İ' or 'K' (Kelvin), the only ones that lower-case into ASCII.
	asciiOnly bool
}

// shapeLens is how many lengths of words firstBytes tells apart; a
// longer word is looked up in the table.
const shapeLens = 16

// newWordSet returns the set of words, none of them empty. A word given
// twice keeps the index of its first place.
func newWordSet(words ...string) *wordSet {
	n := 16
	for n < 4*len(words) {
		n *= 2
	}
	s := &wordSet{slots: make([]string, n), ids: make([]int32, n), shift: uint(64 - bits.TrailingZeros(uint(n))), asciiOnly: true}
	for k, w := range words {
		if w == "" {
			panic("listing: an empty word in a word set")
		}
		i := wordSlot(w, s.shift)
		for s.slots[i] != "" && s.slots[i] != w {
			i = (i + 1) & (n - 1)
		}
		if s.slots[i] == "" {
			s.slots[i], s.ids[i] = w, int32(k)
		}
		if len(w) < shapeLens {
			s.firstBytes[len(w)][w[0]>>6] |= 1 << (w[0] & 63)
		}
		s.longest = max(s.longest, len(w))
		s.asciiOnly = s.asciiOnly && isASCII(w)
	}
	return s
}

// mayHold is a quick test that the set can hold a word of n bytes, not
// 0, whose first byte is c.
func (s *wordSet) mayHold(n int, c byte) bool {
	if n >= shapeLens {
		return n <= s.longest
	}
	return s.firstBytes[n][c>>6]&(1<<(c&63)) != 0
}

// has reports whether w is in the set.
func (s *wordSet) has(w string) bool { return lookupWord(s, w) >= 0 }

// hasBytes reports whether string(w) is in the set.
func (s *wordSet) hasBytes(w []byte) bool { return lookupWord(s, w) >= 0 }

// indexBytes returns the index of string(w) among the words the set was
// made from, or -1 when it is not in the set.
func (s *wordSet) indexBytes(w []byte) int { return lookupWord(s, w) }

func lookupWord[W string | []byte](s *wordSet, w W) int {
	if len(w) == 0 || !s.mayHold(len(w), w[0]) {
		return -1
	}
	mask := len(s.slots) - 1
	for i := wordSlot(w, s.shift); ; i = (i + 1) & mask {
		e := s.slots[i]
		if e == string(w) {
			return int(s.ids[i])
		}
		if e == "" {
			return -1
		}
	}
}

// wordSlot hashes w, not empty, to a slot.
func wordSlot[W string | []byte](w W, shift uint) int {
	n := len(w)
	h := uint64(n) | uint64(w[0])<<8 | uint64(w[n-1])<<16 | uint64(w[n/2])<<24
	return int(h * 0x9E3779B97F4A7C15 >> shift)
}

// indexFold is s.indexBytes(appendLower(nil, w)). A word of ASCII (most)
// is lower-cased as it is hashed and compared, with no copy; another is
// lower-cased into a buffer first.
func (s *wordSet) indexFold(w string) int {
	n := len(w)
	if n == 0 {
		return -1
	}
	// A word of four to eight bytes is tested for bytes outside ASCII in
	// two loads that overlap; others byte by byte.
	ascii := true
	if n >= 4 && n <= 8 {
		ascii = (load32(w)|load32(w[n-4:]))&highBits == 0
	} else {
		for i := 0; i < n; i++ {
			if w[i] >= 0x80 {
				ascii = false
				break
			}
		}
	}
	if !ascii {
		if s.asciiOnly && !lowersToASCII(w) {
			return -1
		}
		var buf [64]byte
		return lookupWord(s, appendLower(buf[:0], w))
	}
	// Lower-casing ASCII keeps its length.
	if !s.mayHold(n, lowerASCII(w[0])) {
		return -1
	}
	// wordSlot's hash of the lower-cased word.
	h := uint64(n) | uint64(lowerASCII(w[0]))<<8 | uint64(lowerASCII(w[n-1]))<<16 | uint64(lowerASCII(w[n/2]))<<24
	mask := len(s.slots) - 1
	for i := int(h * 0x9E3779B97F4A7C15 >> s.shift); ; i = (i + 1) & mask {
		e := s.slots[i]
		if e == "" {
			return -1
		}
		if len(e) == n && hasPrefixFoldASCII(w, e) {
			return int(s.ids[i])
		}
	}
}

// unionOf returns the set of the words of sets, for a test that asks
// whether a word is in any of them with one lookup.
func unionOf(sets ...*wordSet) *wordSet {
	var ws []string
	for _, set := range sets {
		for _, w := range set.slots {
			if w != "" {
				ws = append(ws, w)
			}
		}
	}
	return newWordSet(ws...)
}

// hasFold reports whether strings.ToLower(w) is in the set.
func (s *wordSet) hasFold(w string) bool { return s.indexFold(w) >= 0 }

// lowersToASCII reports whether strings.ToLower(w) is ASCII: whether
// every rune of w outside ASCII is 'İ' (U+0130) or 'K' (U+212A).
func lowersToASCII(w string) bool {
	for i := 0; i < len(w); {
		switch {
		case w[i] < utf8.RuneSelf:
			i++
		case strings.HasPrefix(w[i:], "\u0130"):
			i += len("\u0130")
		case strings.HasPrefix(w[i:], "\u212a"):
			i += len("\u212a")
		default:
			return false
		}
	}
	return true
}
