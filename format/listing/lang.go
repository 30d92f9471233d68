package listing

import (
	"strings"
	"unicode"

	"github.com/labor-annals/annals"
)

// stopwords are frequent short words that tell Latin-script languages
// apart.
var stopwords = map[string]string{}

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
		lang := l.lang
		for _, w := range strings.Fields(l.ws) {
			if _, ok := stopwords[w]; !ok {
				stopwords[w] = lang
			}
		}
	}
}

// detectLanguage guesses a BCP 47 tag from script and frequent words; ""
// when it cannot tell.
func detectLanguage(s string) string {
	if len(s) > 4000 {
		s = s[:4000]
	}
	cyr, lat, kk := 0, 0, 0
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Cyrillic, r):
			cyr++
			if strings.ContainsRune("әғқңөұүһӘҒҚҢӨҰҮҺ", r) {
				kk++
			}
		case unicode.Is(unicode.Latin, r):
			lat++
		}
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
	votes := map[string]int{}
	for _, w := range strings.Fields(s) {
		if len(w) > 8 {
			continue // stop words are short
		}
		if l, ok := stopwords[strings.ToLower(strings.Trim(w, ".,;:!?\"'“”«»()"))]; ok {
			votes[l]++
		}
	}
	best, n := "", 1
	for l, v := range votes {
		if v > n || v == n && l < best {
			best, n = l, v
		}
	}
	return best
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
