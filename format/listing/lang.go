package listing

import (
	"math/bits"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/labor-annals/annals"
)

// stopwords are frequent short words that tell Latin-script languages
// apart, mapped to their language's index in stopLangs. They are keyed by
// stopKey: every word of prose is looked up, and an integer key hashes
// faster than a string.
var stopwords = map[uint64]int{}

// stopKey packs a word of at most 7 bytes and its length into an integer.
func stopKey(w []byte) uint64 {
	k := uint64(len(w)) << 56
	for i, c := range w {
		k |= uint64(c) << (8 * i)
	}
	return k
}

// maxStopword is the length of the longest stop word, in bytes: longer
// words need no lookup.
var maxStopword int

// stopShapes has, for each length of an ASCII stop word and each letter
// from 'a' to 'z' one of that length starts with, a bit for each letter
// one ends with: most words of prose share their length and first and
// last letters with none, and need no key.
var stopShapes [8][26]uint32

func init() {
	// Earlier languages win words they share with later ones.
	for _, l := range []struct{ lang, ws string }{
		{"en", "the and of to in is for on with that are from was by"},
		{"fr", "le la les des et est une du pour dans qui sur au aux ce"},
		{"es", "el los las y del que en por con una para se al"},
		{"de", "der die das und ist mit von den zu ein eine nicht auf im für"},
		{"da", "og af til det er som på med ikke at en den"},
		{"pt", "os as do da em um uma para com não que dos das"},
		{"it", "il gli della di che è per con una non delle nel"},
		{"nl", "het een van en de is op voor met niet"},
	} {
		lang := slices.Index(stopLangs, l.lang)
		for _, w := range strings.Fields(l.ws) {
			if len(w) > 7 {
				panic("listing: stop word too long for stopKey: " + w)
			}
			if _, ok := stopwords[stopKey([]byte(w))]; !ok {
				stopwords[stopKey([]byte(w))] = lang
			}
			maxStopword = max(maxStopword, len(w))
			if c, e := w[0], w[len(w)-1]; isASCII(w) && 'a' <= c && c <= 'z' && 'a' <= e && e <= 'z' {
				stopShapes[len(w)][c-'a'] |= 1 << (e - 'a')
			}
		}
	}
	for k, l := range stopwords {
		stopTable.add(k, l)
	}
}

// stopLangs are the languages of stopwords, in alphabetical order: ties
// between languages go to the first.
var stopLangs = []string{"da", "de", "en", "es", "fr", "it", "nl", "pt"}

// detectLanguage guesses a BCP 47 tag from script and frequent words; ""
// when it cannot tell.
func detectLanguage(s string) string {
	if len(s) > 4000 {
		s = s[:4000]
	}
	var c langCount
	c.add(s)
	return c.language()
}

// romanceWords reports whether the stop words of s are French, Spanish,
// Italian or Portuguese more than English or Germanic: a short title
// ("Lo sciopero generale del 1904 e il movimento operaio") may hold too
// few of one language's for detectLanguage, yet tell its family.
func romanceWords(s string) bool {
	var c langCount
	c.add(headOf(s, 400))
	romance, other := 0, 0
	for l, v := range c.votes {
		switch stopLangs[l] {
		case "es", "fr", "it", "pt":
			romance += v
		default:
			other += v
		}
	}
	return romance > other
}

// recordLanguage is detectLanguage(title + " " + summary), without
// building that string: the space between ends a word, so the two parts
// can be counted one after the other.
func recordLanguage(title, summary string) string {
	if len(title)+1+len(summary) > 4000 {
		return detectLanguage(title + " " + summary)
	}
	var c langCount
	c.add(title)
	c.add(summary)
	return c.language()
}

// langCount counts letters by script and, word by word, the stop words
// of each language.
type langCount struct {
	cyr, lat, kk int
	votes        [8]int // by stopLangs index
}

// add counts the letters and words of s, a word ending at its end.
func (c *langCount) add(s string) {
	// Every byte that is not white space belongs to a word; a word is
	// s[from:i] at the white space at i.
	from := 0
	// ascii is whether s[from:i] is all ASCII: then a word that starts
	// and ends with a letter, whose shape no stop word has, is passed
	// over without a call (voteStopword would find the same).
	ascii := true
	for i := 0; i < len(s); {
		if i <= len(s)-8 {
			if x := load64(s[i:]); x&highBits == 0 {
				// Eight ASCII bytes at once: letters counted by a mask,
				// words cut at the white space another mask marks.
				c.lat += bits.OnesCount64(asciiLetters(x))
				for sp := asciiSpaces(x); sp != 0; sp &= sp - 1 {
					p := i + bits.TrailingZeros64(sp)/8
					if w := s[from:p]; len(w) > 0 && len(w) <= maxVotedWord { // longer: no stop word
						if ascii && isASCIILetter(w[0]) && isASCIILetter(w[len(w)-1]) {
							// Most words: ASCII between letters, nothing
							// to trim, looked up without a call when their
							// shape is a stop word's.
							if stopShaped(w) {
								voteASCII(w, &c.votes)
							}
						} else {
							voteStopword(w, &c.votes)
						}
					}
					from, ascii = p+1, true
				}
				i += 8
				continue
			}
		}
		if b := s[i]; b < utf8.RuneSelf {
			// ASCII: the only letters are Latin.
			if b == ' ' || '\t' <= b && b <= '\r' {
				if i > from {
					voteStopword(s[from:i], &c.votes)
				}
				from, ascii = i+1, true
			} else if 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' {
				c.lat++
			}
			i++
			continue
		}
		ascii = false
		if b := s[i]; (b == 0xD0 || b == 0xD1) && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
			// U+0400–U+047F, most of Russian and Kazakh text: Cyrillic
			// letters, none a space or one only Kazakh has. A run of
			// them is counted in one loop.
			for {
				c.cyr++
				i += 2
				if i+1 >= len(s) || s[i] != 0xD0 && s[i] != 0xD1 || s[i+1]&0xC0 != 0x80 {
					break
				}
			}
			continue
		}
		r, n := decodeRune(s[i:])
		switch {
		case isSpaceRune(r):
			if i > from {
				voteStopword(s[from:i], &c.votes)
			}
			from = i + n
		case isCyrillic(r):
			c.cyr++
			switch r { // letters only Kazakh has
			case 'ә', 'ғ', 'қ', 'ң', 'ө', 'ұ', 'ү', 'һ', 'Ә', 'Ғ', 'Қ', 'Ң', 'Ө', 'Ұ', 'Ү', 'Һ':
				c.kk++
			}
		case isLatin(r):
			c.lat++
		}
		i += n
	}
	if len(s) > from {
		voteStopword(s[from:], &c.votes)
	}
}

// asciiLetters marks (with its high bit) each byte of x, eight ASCII
// bytes, that is a letter. Adding 0x80-k to a byte below 0x80 sets its
// high bit exactly when it is k or more, without carrying into the next.
func asciiLetters(x uint64) uint64 {
	l := x | 0x20*lowBits // capitals to small letters; no other byte becomes one
	return (l + (0x80-'a')*lowBits) &^ (l + (0x80-'z'-1)*lowBits) & highBits
}

// asciiSpaces marks each byte of x, eight ASCII bytes, that is ' ' or
// one of '\t' to '\r', as unicode.IsSpace has them.
func asciiSpaces(x uint64) uint64 {
	sp := (x + (0x80-' ')*lowBits) &^ (x + (0x80-' '-1)*lowBits)
	ctl := (x + (0x80-'\t')*lowBits) &^ (x + (0x80-'\r'-1)*lowBits)
	return (sp | ctl) & highBits
}

// language decides from the counts.
func (c *langCount) language() string {
	if c.cyr > c.lat {
		if c.kk > 0 {
			return "kk"
		}
		return "ru"
	}
	if c.lat == 0 {
		return ""
	}
	// The language with most votes, above one; on a tie the first.
	best, n := "", 1
	for l, v := range c.votes {
		if v > n {
			best, n = stopLangs[l], v
		}
	}
	return best
}

// maxVotedWord is the longest word voteStopword looks up, trimmed
// marks and all.
const maxVotedWord = 8

// voteStopword counts w for its language if it is a stop word.
func voteStopword(w string, votes *[8]int) {
	if len(w) > maxVotedWord || len(w) == 0 {
		return // stop words are short
	}
	// Most words start and end with a letter: trim only the others.
	if c, e := w[0], w[len(w)-1]; c >= utf8.RuneSelf || asciiQuoteOrStop[c] || e >= utf8.RuneSelf || asciiQuoteOrStop[e] {
		w = trimRunes(w, isQuoteOrStop)
	}
	if len(w) == 0 {
		return
	}
	if isASCII(w) {
		if mayBeStopword(w) {
			voteASCII(w, votes)
		}
		return
	}
	var buf [32]byte
	lw := appendLower(buf[:0], w)
	if len(lw) > maxStopword {
		return
	}
	if l := stopTable.lookup(stopKey(lw)); l >= 0 {
		votes[l]++
	}
}

// voteASCII counts the ASCII word w, of one to maxVotedWord bytes, for
// its language if it is a stop word. It is lower-cased as its key is
// packed.
func voteASCII(w string, votes *[8]int) {
	k := packBytes(w)
	// Lower-cased at once: a byte from 'A' to 'Z' gains 0x20 (as in
	// appendLower; the bytes are ASCII, so none carries).
	k |= (k + 0x3F*lowBits) &^ (k + 0x25*lowBits) & highBits >> 2
	k |= uint64(len(w)) << 56
	if l := stopTable.lookup(k); l >= 0 {
		votes[l]++
	}
}

// packBytes packs w, of one to eight bytes, into an integer, its first
// byte lowest: two loads that overlap instead of a loop over its bytes.
func packBytes(w string) uint64 {
	n := len(w)
	switch {
	case n >= 4:
		return load32(w) | load32(w[n-4:])<<(8*(n-4))
	case n >= 2:
		return uint64(w[0]) | uint64(w[1])<<8 | (uint64(w[n-2])|uint64(w[n-1])<<8)<<(8*(n-2))
	}
	return uint64(w[0])
}

// load32 reads the first four bytes of s as a little-endian integer.
func load32(s string) uint64 {
	_ = s[3]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24
}

// stopShaped is mayBeStopword for a word of ASCII that starts and ends
// with a letter.
func stopShaped(w string) bool {
	return len(w) <= maxStopword && stopShapes[len(w)][w[0]|0x20-'a']&(1<<(w[len(w)-1]|0x20-'a')) != 0
}

// mayBeStopword is a quick test that the ASCII word w, not empty, can
// be a stop word when lower-cased: lower-casing keeps ASCII's length,
// and its first and last letters are a stop word's of that length.
// (The stop words are all letters, and a word of ASCII can only be one
// of ASCII.)
func mayBeStopword(w string) bool {
	if len(w) > maxStopword {
		return false
	}
	c, e := lowerASCII(w[0]), lowerASCII(w[len(w)-1])
	return c < 'a' || c > 'z' || e < 'a' || e > 'z' || stopShapes[len(w)][c-'a']&(1<<(e-'a')) != 0
}

// stopHash is an open-addressing table of stopwords: every word of prose
// is looked up, and this costs a multiply and a compare or two where a
// map costs a hash call.
type stopHash struct {
	keys [512]uint64 // 0 is empty: a key holds its word's length
	lang [512]int8
}

func stopSlot(k uint64) int { return int((k * 0x9E3779B97F4A7C15) >> (64 - 9)) }

func (h *stopHash) lookup(k uint64) int {
	for i := stopSlot(k); ; i = (i + 1) & 511 {
		switch h.keys[i] {
		case k:
			return int(h.lang[i])
		case 0:
			return -1
		}
	}
}

// stopTable holds stopwords, filled by the init that fills them.
var stopTable = &stopHash{}

func (h *stopHash) add(k uint64, lang int) {
	i := stopSlot(k)
	for h.keys[i] != 0 {
		i = (i + 1) & 511
	}
	h.keys[i], h.lang[i] = k, int8(lang)
}

// isQuoteOrStop reports whether r is one of .,;:!?"'“”«»() that are
// trimmed off words before looking them up.
func isQuoteOrStop(r rune) bool {
	switch r {
	case '.', ',', ';', ':', '!', '?', '"', '\'', '“', '”', '«', '»', '(', ')':
		return true
	}
	return false
}

// asciiQuoteOrStop marks the bytes below utf8.RuneSelf that
// isQuoteOrStop holds.
var asciiQuoteOrStop = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = isQuoteOrStop(rune(c))
	}
	return t
}()

// documentLanguage is the most common language of the records.
func documentLanguage(recs []*annals.Record) string {
	votes := map[string]int{}
	best := ""
	for _, r := range recs {
		if r.Language != "" {
			votes[r.Language]++
			if votes[r.Language] > votes[best] {
				best = r.Language
			}
		}
	}
	return best
}
