package export

import (
	"strconv"
	"strings"
	"unicode"

	"github.com/labor-annals/annals"
)

// particles are the lower-case name words that may sit inside a personal
// name ("Ludwig van Beethoven"); any other lower-case word makes a name
// look like a phrase, not a person.
var particles = map[string]bool{
	"van": true, "von": true, "de": true, "der": true, "den": true, "del": true, "della": true, "di": true,
	"da": true, "du": true, "la": true, "le": true, "ten": true, "ter": true, "bin": true, "ibn": true, "al": true, "dos": true, "das": true,
}

// orgWords mark a name as an organisation's (folded, lower case).
var orgWords = map[string]bool{
	"union": true, "unions": true, "committee": true, "party": true, "federation": true, "association": true,
	"organization": true, "organisation": true, "council": true, "institute": true, "confederation": true,
	"workers": true, "league": true, "movement": true, "congress": true, "ministry": true, "agency": true,
	"press": true, "news": true, "group": true, "network": true, "center": true, "centre": true, "foundation": true,
	"society": true, "international": true, "bureau": true, "service": true, "coalition": true, "solidarity": true,
	"front": true, "collective": true, "editorial": true, "staff": true, "editors": true, "inc": true, "ltd": true,
	"desk": true, "office": true, "board": true, "watch": true, "rights": true, "labour": true, "labor": true,
	"trade": true, "human": true, "reuters": true, "tass": true, "ria": true, "interfax": true,
}

// splitName splits a personal name at its last space into family and given
// names. ok is false when the name has no clear split: one word, more than
// four, digits or punctuation other than "." "-" "'" "’", a lower-case word
// that is not a particle, an all-capitals acronym, or a word that marks an
// organisation. Such names are kept whole (CSL "literal", a braced BibTeX
// name). The rule is deliberately simple: it never reorders a name, so
// given + " " + family is always the name as written.
func splitName(n string) (family, given string, ok bool) {
	words := strings.Fields(n)
	if len(words) < 2 || len(words) > 4 || strings.Join(words, " ") != n {
		return "", "", false
	}
	for i, w := range words {
		for _, c := range w {
			if !unicode.IsLetter(c) && !unicode.IsMark(c) && !strings.ContainsRune(".-'’", c) {
				return "", "", false
			}
		}
		if orgWords[asciiFold(w)] {
			return "", "", false
		}
		first := []rune(w)[0]
		switch {
		case unicode.IsLower(first):
			if !particles[w] || i == len(words)-1 {
				return "", "", false
			}
		case !unicode.IsUpper(first):
			return "", "", false
		case len([]rune(w)) > 1 && !strings.ContainsRune(w, '.') && strings.ToUpper(w) == w:
			return "", "", false
		}
	}
	last := len(words) - 1
	return words[last], strings.Join(words[:last], " "), true
}

// keyer makes BibTeX keys (also CSL ids): first author's family name,
// year and first significant title word, folded to lower-case ASCII, as
// in levine2020kazakhstan. Keys are unique within one export: a repeat
// gets a, b, … z, aa, ab … appended.
type keyer struct {
	used map[string]bool
}

func newKeyer() *keyer { return &keyer{used: map[string]bool{}} }

func (k *keyer) key(r *annals.Record) string {
	base := keyName(r.Authors)
	if r.Date.IsZero() {
		base += "nd"
	} else {
		base += strconv.Itoa(r.Date.Year)
	}
	// An untitled record is known by its summary, as everywhere else.
	base += keyWord(r.DisplayTitle())
	key := base
	for i := 1; k.used[key]; i++ {
		key = base + letters(i)
	}
	k.used[key] = true
	return key
}

// letters returns 1 → "a", 26 → "z", 27 → "aa".
func letters(i int) string {
	var b []byte
	for ; i > 0; i = (i - 1) / 26 {
		b = append([]byte{byte('a' + (i-1)%26)}, b...)
	}
	return string(b)
}

// keyName is the name part of a key: the first author's family name, or
// the first significant word of an organisation; "anon" without authors.
func keyName(authors []string) string {
	if len(authors) > 0 {
		if fam, _, ok := splitName(authors[0]); ok {
			if f := asciiFold(fam); f != "" {
				return clipKey(f)
			}
		}
		if w := keyWord(authors[0]); w != "" {
			return w
		}
	}
	return "anon"
}

// stopWords are skipped when picking a key's title word (folded forms).
var stopWords = map[string]bool{
	"the": true, "and": true, "for": true, "from": true, "with": true, "about": true, "into": true, "over": true,
	"under": true, "how": true, "why": true, "what": true, "when": true, "are": true, "was": true, "were": true,
	"its": true, "this": true, "that": true, "our": true, "des": true, "der": true, "die": true, "das": true,
	"den": true, "les": true, "une": true, "los": true, "las": true, "del": true, "dans": true, "und": true,
	"von": true, "pour": true, "sur": true, "dlia": true, "pri": true, "pod": true, "nad": true, "bez": true,
	"kak": true, "chto": true, "eto": true, "ili": true, "zhane": true, "men": true, "pen": true,
}

// keyWord returns the first word of s that folds to three ASCII letters or
// digits or more and is not a stop word, or "".
func keyWord(s string) string {
	for _, w := range strings.FieldsFunc(s, func(c rune) bool { return !unicode.IsLetter(c) && !unicode.IsDigit(c) && !unicode.IsMark(c) }) {
		if f := asciiFold(w); len(f) >= 3 && !stopWords[f] {
			return clipKey(f)
		}
	}
	return ""
}

func clipKey(s string) string {
	if len(s) > 20 {
		return s[:20]
	}
	return s
}

// foldTable folds lower-case letters with diacritics and Cyrillic
// (Russian, Ukrainian, Kazakh) to ASCII. It is a key's spelling, not a
// transliteration standard: кооператив → kooperativ, Жаңаөзен → zhangaozen.
var foldTable = func() map[rune]string {
	m := map[rune]string{}
	for _, p := range strings.Fields(`àa áa âa ãa äa åa āa ăa ąa ǎa æae çc ćc čc ĉc ċc ďd đd ðd èe ée êe ëe ēe ĕe ėe ęe ěe
		ğg ĝg ġg ģg ĥh ħh ìi íi îi ïi ĩi īi ĭi įi ıi ĵj ķk ĺl ļl ľl ŀl łl ñn ńn ņn ňn òo óo ôo õo öo øo ōo ŏo őo œoe
		ŕr ŗr řr śs ŝs şs šs ßss șs ţt ťt țt ùu úu ûu üu ũu ūu ŭu ůu űu ųu ŵw ýy ÿy ŷy źz żz žz þth əa
		аa бb вv гg дd еe ёe жzh зz иi йi кk лl мm нn оo пp рr сs тt уu фf хkh цts чch шsh щshch ыy эe юiu яia
		әa ғg қq ңng өo ұu үu һh іi єie їi ґg`) {
		r := []rune(p)
		m[r[0]] = string(r[1:])
	}
	return m
}()

// asciiFold lower-cases s and keeps ASCII letters and digits, folding
// letters with diacritics and Cyrillic by foldTable; other characters
// (ъ, ь, marks, punctuation, other scripts) are dropped.
func asciiFold(s string) string {
	var b strings.Builder
	for _, c := range strings.ToLower(s) {
		switch {
		case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
			b.WriteRune(c)
		default:
			b.WriteString(foldTable[c])
		}
	}
	return b.String()
}
