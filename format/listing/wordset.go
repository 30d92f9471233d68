package listing

import "math/bits"

// wordSet is a set of words, for the lookups made for most words of a
// line (is it a particle, a label, a sentence opener). It is an open-
// addressed table hashed on a word's length and three of its bytes,
// which costs less than a map's hash of the whole string, and it takes
// a word as a string or as bytes lower-cased into a buffer.
type wordSet struct {
	slots []string // a power of two of them, at most a quarter in use
	shift uint     // 64 - log2(len(slots)): a hash's top bits pick the slot
}

// newWordSet returns the set of words, none of them empty.
func newWordSet(words ...string) *wordSet {
	n := 16
	for n < 4*len(words) {
		n *= 2
	}
	s := &wordSet{slots: make([]string, n), shift: uint(64 - bits.TrailingZeros(uint(n)))}
	for _, w := range words {
		if w == "" {
			panic("listing: an empty word in a word set")
		}
		i := wordSlot(w, s.shift)
		for s.slots[i] != "" && s.slots[i] != w {
			i = (i + 1) & (n - 1)
		}
		s.slots[i] = w
	}
	return s
}

// has reports whether w is in the set.
func (s *wordSet) has(w string) bool { return hasWord(s, w) }

// hasBytes reports whether string(w) is in the set.
func (s *wordSet) hasBytes(w []byte) bool { return hasWord(s, w) }

func hasWord[W string | []byte](s *wordSet, w W) bool {
	if len(w) == 0 {
		return false
	}
	mask := len(s.slots) - 1
	for i := wordSlot(w, s.shift); ; i = (i + 1) & mask {
		e := s.slots[i]
		if e == string(w) {
			return true
		}
		if e == "" {
			return false
		}
	}
}

// wordSlot hashes w, not empty, to a slot.
func wordSlot[W string | []byte](w W, shift uint) int {
	n := len(w)
	h := uint64(n) | uint64(w[0])<<8 | uint64(w[n-1])<<16 | uint64(w[n/2])<<24
	return int(h * 0x9E3779B97F4A7C15 >> shift)
}
