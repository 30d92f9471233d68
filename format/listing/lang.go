package listing

import (
	"slices"
	"strings"
	"unicode"
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
		}
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
	// One pass counts letters by script and, word by word, the stop
	// words of each language.
	cyr, lat, kk := 0, 0, 0
	var votes [8]int // by stopLangs index
	start := -1      // of the current word
	for i, r := range s {
		if isSpaceRune(r) {
			if start >= 0 {
				voteStopword(s[start:i], &votes)
				start = -1
			}
			continue
		}
		if start < 0 {
			start = i
		}
		switch {
		case r < utf8.RuneSelf:
			// The only ASCII letters of either script are Latin.
			if 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' {
				lat++
			}
		case unicode.Is(unicode.Cyrillic, r):
			cyr++
			if strings.ContainsRune("әғқңөұүһӘҒҚҢӨҰҮҺ", r) {
				kk++
			}
		case unicode.Is(unicode.Latin, r):
			lat++
		}
	}
	if start >= 0 {
		voteStopword(s[start:], &votes)
	}
	if cyr > lat {
		if kk > 0 {
			return "kk"
		}
		return "ru"
	}
	if lat == 0 {
		return ""
	}
	// The language with most votes, above one; on a tie the first.
	best, n := "", 1
	for l, v := range votes {
		if v > n {
			best, n = stopLangs[l], v
		}
	}
	return best
}

// voteStopword counts w for its language if it is a stop word.
func voteStopword(w string, votes *[8]int) {
	if len(w) > 8 {
		return // stop words are short
	}
	var buf [32]byte
	lw := appendLower(buf[:0], trimQuoteOrStop(w))
	if len(lw) > maxStopword {
		return
	}
	if l, ok := stopwords[stopKey(lw)]; ok {
		votes[l]++
	}
}

// trimQuoteOrStop is strings.TrimFunc(w, isQuoteOrStop), minus the call
// per byte for ASCII.
func trimQuoteOrStop(w string) string {
	for len(w) > 0 {
		r, n := rune(w[0]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(w)
		}
		if !isQuoteOrStop(r) {
			break
		}
		w = w[n:]
	}
	for len(w) > 0 {
		r, n := rune(w[len(w)-1]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeLastRuneInString(w)
		}
		if !isQuoteOrStop(r) {
			break
		}
		w = w[:len(w)-n]
	}
	return w
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
