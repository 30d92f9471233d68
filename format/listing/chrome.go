package listing

import (
	"bytes"
	"math/bits"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// chromeLines are whole lines of page furniture, compared after lower-casing
// and dropping everything but letters and spaces: link tails, media player
// controls, sharing buttons. They carry no bibliographic content.
var chromeLines = newWordSet(
	"read more", "more", "read the rest", "read full article", "read the full story", "full story",
	"read article", "read the article", "read story", "view more", "see more", "show more", "load more",
	"toggle caption", "hide caption", "show caption", "enlarge this image", "download", "transcript",
	"embed", "share", "share this", "tweet", "comments", "comment", "leave a comment", "reply",
	"add to favourites", "add to favorites", "print", "email", "listen", "play", "audio", "video",
	"photo", "image", "advertisement", "sponsored", "top", "back to top",
	"leer más", "ver más", "seguir leyendo", "leer", "lire la suite", "lire plus", "en savoir plus",
	"weiterlesen", "mehr", "mehr lesen", "von mehr", "mehr dazu", "læs mere", "les mer", "läs mer",
	"leia mais", "saiba mais", "ler mais", "continua a leggere", "leggi tutto", "leggi di più",
	"подробнее", "читать далее", "читать полностью", "далее", "толығырақ", "толық оқу",
	"lees meer", "lees verder",
	// Paywall markers.
	"paid", "premium", "subscribers only", "subscriber only", "members only", "exclusive",
	"article réservé à nos abonnés", "article réservé aux abonnés", "réservé aux abonnés", "abonnés",
	"s", "z", "f", "plus", "exklusiv", "nur für abonnenten", "solo para suscriptores", "exclusivo para suscriptores",
	"только для подписчиков", "kun for abonnenter",
	// Advertising slots.
	"publicidad", "publicité", "anzeige", "werbung", "annonce", "reklame", "реклама", "жарнама",
	"pubblicità", "publicidade", "advertentie", "sponsored content", "paid content", "partner content",
)

// chromePrefixes start lines of furniture: a tail that names the article,
// an embedded player, taxonomy lists, photo credits.
var chromePrefixes = []string{
	"continue reading", "read more", "<iframe", "<img", "<script", "<embed", "<video", "<audio",
	"tags:", "categories:", "category:", "filed under", "share on", "photo:", "foto:", "фото:",
	"image:", "credit:", "photo credit", "©", "(c) ", "posted in",
	"read this article in", "also available in", "available in:", "lire en :", "disponible en:", "auch verfügbar",
	"this article is also available", "cet article est disponible",
	// A link to another article set in the list.
	"read also:", "see also:", "also read:", "related:", "lire aussi :", "lire aussi:",
	"à lire aussi :", "lea también:", "lee también:", "leia também:", "lesen sie auch:", "mehr zum thema:",
	"læs også:", "läs också:", "les også:", "leggi anche:", "czytaj też:", "czytaj także:", "lees ook:",
	"читайте также:", "читайте також:", "смотрите также:", "сондай-ақ оқыңыз:", "оқи отырыңыз:",
}

// taxonomyLabels head a list of the entry's tags or categories, printed
// one to a line under the label alone ("Tags:" / "Donations" / "Detroit").
var taxonomyLabels = newWordSet(
	"tags", "tag", "topics", "categories", "category", "keywords", "subjects", "filed under", "themes",
	"schlagwörter", "schlagworte", "stichwörter", "stichworte", "themen", "kategorien",
	"étiquettes", "mots clés", "mots clefs", "thèmes", "sujets", "catégories",
	"etiquetas", "temas", "palabras clave", "categorías", "tópicos",
	"теги", "метки", "темы", "рубрики", "ключевые слова", "тегтер", "тақырыптар",
	"emner", "nøgleord", "kategorier",
)

// isTaxonomyLabel reports whether s is a tag list's label alone: "Tags:".
func isTaxonomyLabel(s string) bool {
	s = strings.TrimSpace(s)
	if len(s) > 40 || !strings.HasSuffix(s, ":") {
		return false
	}
	var buf [48]byte
	return taxonomyLabels.hasBytes(appendLetterKey(buf[:0], s, 40))
}

// isTag reports whether s could be one tag of a list printed a tag to a
// line: a few words, no sentence.
func isTag(s string) bool {
	return wordCountUpTo(s, 5) <= 4 && !strings.ContainsAny(s, ".!?:;") && indexDigit(s) < 0
}

// chromePrefixIndex is chromePrefixes by first byte.
var chromePrefixIndex = indexWords(chromePrefixes)

// chromePrefixHead is how much of a line's start isChrome compares: the
// longest prefix, with room for capitals that lower-case to fewer bytes.
var chromePrefixHead = func() int {
	n := 0
	for _, p := range chromePrefixes {
		n = max(n, len(p))
	}
	return n + 8
}()

// chromeKeyMax is the length of the longest of chromeLines: a longer key
// is none of them.
var chromeKeyMax = func() int {
	n := 0
	for _, w := range chromeLines.slots {
		n = max(n, len(w))
	}
	return n
}()

// chromeFirstWords are the first words of chromeLines.
var chromeFirstWords = func() *wordSet {
	var ws []string
	for _, k := range chromeLines.slots {
		if k != "" {
			ws = append(ws, strings.SplitN(k, " ", 2)[0])
		}
	}
	return newWordSet(ws...)
}()

// appendFirstLetterRun appends to the empty dst what appendLetterKey(dst,
// s, max) appends up to its first space: the first run of letters in s,
// lower-cased, stopping past max bytes.
func appendFirstLetterRun(dst []byte, s string, max int) []byte {
	for _, r := range s {
		switch {
		case r < utf8.RuneSelf && ('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'):
			dst = append(dst, byte(r)|0x20) // lower case
		case r >= utf8.RuneSelf && isLetter(r):
			dst = utf8.AppendRune(dst, toLower(r))
		case len(dst) > 0:
			return dst
		}
		if len(dst) > max {
			break
		}
	}
	return dst
}

// appendLetterKey appends to the empty dst s lower-cased with only letters
// and single spaces kept, stopping past max bytes.
func appendLetterKey(dst []byte, s string, max int) []byte {
	space := false
	for _, r := range s {
		switch {
		case r < utf8.RuneSelf && ('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'):
			if space && len(dst) > 0 {
				dst = append(dst, ' ')
			}
			space = false
			dst = append(dst, byte(r)|0x20) // lower case
		case r >= utf8.RuneSelf && isLetter(r):
			if space && len(dst) > 0 {
				dst = append(dst, ' ')
			}
			space = false
			dst = utf8.AppendRune(dst, toLower(r))
		default:
			space = true
		}
		if len(dst) > max {
			break
		}
	}
	return dst
}

// isChrome reports whether a whole line is page furniture.
func isChrome(s string) bool { return chromeLine(s, factsOf(s)) }

// chromeLine is isChrome(s) given f, the facts of s: the tests that
// need a digit, a slash or a colon are not run on a line without.
func chromeLine(s string, f facts) bool {
	if len(s) < 60 {
		var buf [80]byte
		// The key's first word first: most lines' is no chrome line's,
		// and the rest of the key need not be made.
		w := appendFirstLetterRun(buf[:0], s, chromeKeyMax)
		if len(w) == 0 && !f.any(hasDigit) {
			return true // only punctuation or symbols: "»", "***"
		}
		// Only as much of the key as the longest chrome line needs.
		if chromeFirstWords.hasBytes(w) && chromeLines.hasBytes(appendLetterKey(buf[:0], s, chromeKeyMax)) {
			return true
		}
	}
	if n := typeTag(s); n > 0 && isDomain(strings.TrimSpace(s[n:])) {
		return true // a search result's side link: "[PDF] example.org"
	}
	if f.any(hasDigit) && (isPageRange(s) || isClock(s) && strings.IndexByte(s, ':') > 0 || isDuration(s)) {
		return true // "pp. 1–10"; a clock or a video's length, "02:31", "3 min read"
	}
	// Only the ends of a line can make it chrome; lower-case just those,
	// and only as far as a phrase with the right first letter needs.
	head := headOf(s, chromePrefixHead)
	for _, p := range chromePrefixIndex[lowerFirstByte(head)] {
		if hasPrefixFold(head, p) {
			return true
		}
	}
	// A photo caption ends with its toggle. Its last letter, "n", rules
	// out most lines without lower-casing anything.
	if c := s[len(s)-1]; c >= utf8.RuneSelf || c == 'n' || c == 'N' {
		var buf [64]byte
		if end := appendLower(buf[:0], tailOf(s, 16)); bytes.HasSuffix(end, []byte("hide caption")) || bytes.HasSuffix(end, []byte("toggle caption")) {
			return true
		}
	}
	if f.any(hasDigit) && isCounter(s) { // a number
		return true
	}
	if isBracketedCredit(s) {
		return true // "(Jane Doe)", "(Courtesy of the union)" over a picture
	}
	if len(s) < 80 && !f.any(hasSlash|hasColon) && !containsFoldASCIIAround(s, creditOrAgencyWords) {
		// Most short lines: one scan for the words of both credit tests
		// below finds none, and neither has the bytes it looks for.
		return false
	}
	if len(s) < 80 && mayBePhotoCredit(s) {
		var buf [160]byte
		if isPhotoCreditBytes(appendLower(buf[:0], s)) {
			return true
		}
	}
	return len(s) < 400 && creditEndsIn(s, f.any(hasSlash|hasColon))
}

// isCounter reports whether s is a counter: a symbol and a number with no
// letters ("👁 3 412", "♥ 12").
func isCounter(s string) bool {
	if len(s) > 24 {
		return false
	}
	symbol, digit := false, false
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			digit = true
		case isLetter(r):
			return false
		case unicode.Is(unicode.So, r):
			symbol = true
		}
	}
	return symbol && digit
}

// isBracketedCredit reports whether a whole line is a short remark in
// parentheses without digits: the credit a picture leaves in the text
// ("(Jane Doe)", "(Courtesy of the union)"). Headlines and citations do
// not stand wholly in brackets.
func isBracketedCredit(s string) bool {
	if len(s) < 3 || len(s) > 120 || s[0] != '(' || s[len(s)-1] != ')' {
		return false
	}
	inner := s[1 : len(s)-1]
	return !strings.ContainsAny(inner, "()0123456789") && wordCount(inner) <= 8
}

// creditMarks end a photo caption with its credit.
var creditMarks = []string{"getty images", "photo by ", "photograph: ", "photo: ", "foto: ", "фото: ", "ap photo",
	"shutterstock", "alamy", "photo credit", "image: ", "credit: ", "bild: ", "kuva: ", "zdjęcie: ", "(foto ", "(photo "}

// foldsLikeASCII reports whether strings.ToLower(t) holds one of
// creditMarks exactly when t holds it with ASCII letters case-folded:
// when t has no rune that lowers into one of the marks' letters other
// than the ASCII letters themselves. Only "İ" and "K" (Kelvin) lower to
// ASCII; the marks' other letters are "ę" (from "Ę", lead byte C4, as
// "İ") and Cyrillic (lead bytes D0 and D1).
func foldsLikeASCII(t string) bool {
	for i := 0; i < len(t); i++ {
		switch t[i] {
		case 0xC4, 0xD0, 0xD1:
			return false
		case 0xE2: // K is E2 84 AA
			if strings.HasPrefix(t[i:], "\u212a") {
				return false
			}
		}
	}
	return true
}

// creditMarkIndex is creditMarks by first byte.
var creditMarkIndex = indexWords(creditMarks)

// containsAnyFoldASCII reports whether the ASCII string s, lower-cased,
// holds one of the lower-case words in ix.
func containsAnyFoldASCII(s string, ix *wordIndex) bool {
	for i := 0; i < len(s); i++ {
		for _, w := range ix[lowerASCII(s[i])] {
			if hasPrefixFoldASCII(s[i:], w) {
				return true
			}
		}
	}
	return false
}

// creditEnds reports a photo caption: a line whose last words credit the
// photographer or agency ("…on September 12. Photo by Kerem Yucel/AFP").
func creditEnds(s string) bool { return creditEndsIn(s, true) }

// creditEndsIn is creditEnds(s) given whether s may hold a '/' or ':'.
func creditEndsIn(s string, slashOrColon bool) bool {
	t := tailOf(s, 70)
	if !(slashOrColon && mayBeCredit(t) || !slashOrColon && containsFoldASCIIAround(t, creditWords)) {
		return false
	}
	if foldsLikeASCII(t) {
		// Lower-case ASCII only where a mark's first letter is.
		return containsAnyFoldASCII(t, creditMarkIndex)
	}
	var buf [96]byte
	lt := appendLower(buf[:0], t)
	for _, m := range creditMarks {
		if bytes.Contains(lt, []byte(m)) {
			return true
		}
	}
	return false
}

// mayBeCredit is a quick test that t can end a caption with a credit: it
// holds '/', ':', "photo", "foto" or "getty" (ASCII case folded).
func mayBeCredit(t string) bool {
	return strings.IndexByte(t, '/') >= 0 || strings.IndexByte(t, ':') >= 0 || containsFoldASCIIAround(t, creditWords)
}

// durationUnits measure a video's length or an article's reading time;
// durationWords may go with them.
var durationUnits = newWordSet("min", "mins", "minute", "minutes", "minuten",
	"minutos", "minuti", "minutter", "мин", "минут", "минуты", "sec",
	"secs", "seconds", "sek", "sekunden")
var durationWords = newWordSet("read", "lesezeit", "lecture", "de", "lectura",
	"lettura", "video", "listen", "чтения", "and", "und")

// isDuration reports a line that is only a length of time: "02:14 Min",
// "5 min read", "Lesezeit: 4 Minuten", "3 minutes 20 seconds".
func isDuration(s string) bool {
	if len(s) > 40 || indexDigit(s) < 0 {
		return false
	}
	// Most lines fail on their first field: look at it before splitting.
	isSep := func(c byte) bool { return c == ' ' || c == '.' || c == ':' || c == ',' }
	i := 0
	for i < len(s) && isSep(s[i]) {
		i++
	}
	j := i
	for j < len(s) && !isSep(s[j]) {
		j++
	}
	var buf [48]byte
	if w := string(appendLower(buf[:0], s[i:j])); !durationUnits.has(w) && !durationWords.has(w) && w != "" && !isDigits(w) {
		return false
	}
	units := 0
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return r == ' ' || r == '.' || r == ':' || r == ',' }) {
		switch {
		case durationUnits.has(w):
			units++
		case durationWords.has(w):
		case isDigits(w): // FieldsFunc makes no empty fields
		default:
			return false
		}
	}
	return units > 0
}

// headOf returns about the first n bytes of s, at a rune boundary.
func headOf(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// photoAgencies name photo agencies in credits.
var photoAgencies = []string{"getty images", "/afp", "afp/", "ap photo", "/ap", "/reuters", "reuters/", "shutterstock", "/epa", "epa/", "via getty"}

// isPhotoCredit spots credits naming photo agencies ("Spencer Platt/Getty
// Images", "AFP via Getty Images"); ls is lower-cased.
func isPhotoCredit(ls string) bool {
	for _, a := range photoAgencies {
		if strings.Contains(ls, a) {
			return true
		}
	}
	return false
}

// mayBePhotoCredit is a quick test that strings.ToLower(s) can name an
// agency, without lower-casing s: each agency has a slash or holds
// "getty", "ap photo" or "shutterstoc", and the only runes outside ASCII
// that lower to ASCII letters, İ and K (Kelvin), lower to "i" and "k",
// which are not in those.
func mayBePhotoCredit(s string) bool {
	return strings.IndexByte(s, '/') >= 0 || containsFoldASCIIAround(s, agencyWords)
}

// foldWords are lower-case ASCII words that each hold the letter c, not
// last and followed by a letter, for containsFoldASCIIAround.
type foldWords struct {
	c     byte
	words []string
	at    []int  // the index of c in each word
	next  []byte // the distinct letters after c in the words
}

func newFoldWords(c byte, words ...string) *foldWords {
	fw := &foldWords{c: c, words: words}
	for _, w := range words {
		o := strings.IndexByte(w, c)
		if o < 0 || o+1 == len(w) || w[o+1] < 'a' || w[o+1] > 'z' {
			panic("listing: " + w + " does not hold " + string(c) + " and a letter after it")
		}
		fw.at = append(fw.at, o)
		if strings.IndexByte(string(fw.next), w[o+1]) < 0 {
			fw.next = append(fw.next, w[o+1])
		}
	}
	return fw
}

// The words mayBeCredit and mayBePhotoCredit look for, around each 't'.
var (
	creditWords = newFoldWords('t', "photo", "foto", "getty")
	agencyWords = newFoldWords('t', "getty", "ap photo", "shutterstoc")
	// Both, for isChrome to rule out short lines in one scan.
	creditOrAgencyWords = newFoldWords('t', "photo", "foto", "getty", "ap photo", "shutterstoc")
)

// containsFoldASCIIAround reports whether s holds one of fw's words,
// ignoring the case of ASCII letters in s. Each word is tried only where
// its letter c is followed by the word's next letter: eight places at a
// time, those pairs are found with a few masks (letters such as 't' are
// common, the pairs much less so).
func containsFoldASCIIAround(s string, fw *foldWords) bool {
	p := 0
	for ; p+9 <= len(s); p += 8 {
		// Or-ing 0x20 lower-cases ASCII letters, and makes no other
		// byte one.
		x, y := load64(s[p:])|0x20*lowBits, load64(s[p+1:])|0x20*lowBits
		var nextOK uint64
		for _, n := range fw.next {
			nextOK |= zeroBytes(y ^ uint64(n)*lowBits)
		}
		for m := zeroBytes(x^uint64(fw.c)*lowBits) & nextOK; m != 0; m &= m - 1 {
			if fw.wordAt(s, p+bits.TrailingZeros64(m)/8) {
				return true
			}
		}
	}
	for ; p+1 < len(s); p++ { // every word has a byte after c
		if lowerASCII(s[p]) == fw.c && fw.wordAt(s, p) {
			return true
		}
	}
	return false
}

// wordAt reports whether one of fw's words is in s with its letter c at
// p, where s[p] is c in either case and a byte follows it.
func (fw *foldWords) wordAt(s string, p int) bool {
	next := lowerASCII(s[p+1])
	for j, w := range fw.words {
		if o := fw.at[j]; w[o+1] == next && p >= o && hasPrefixFoldASCII(s[p-o:], w) {
			return true
		}
	}
	return false
}

// zeroBytes marks (with its high bit) each byte of x that is 0: adding
// 0x7F to a byte's low seven bits sets its high bit unless they are all
// 0, without carrying into the next byte.
func zeroBytes(x uint64) uint64 {
	return ^(x&^highBits + 0x7F*lowBits | x) & highBits
}

// hasPrefixFoldASCII reports whether s starts with lp, which is
// lower-case ASCII, ignoring the case of ASCII letters in s.
func hasPrefixFoldASCII(s, lp string) bool {
	if len(s) < len(lp) {
		return false
	}
	for j := 0; j < len(lp); j++ {
		if lowerASCII(s[j]) != lp[j] {
			return false
		}
	}
	return true
}

// containsFoldASCII reports whether s holds lp, which is lower-case ASCII,
// ignoring the case of ASCII letters in s.
func containsFoldASCII(s, lp string) bool {
	for i := 0; i+len(lp) <= len(s); i++ {
		j := 0
		for j < len(lp) && lowerASCII(s[i+j]) == lp[j] {
			j++
		}
		if j == len(lp) {
			return true
		}
	}
	return false
}

func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// isPhotoCreditBytes is isPhotoCredit on a lower-cased buffer. Most
// agencies are written with a slash; without one, only the others are
// looked for.
func isPhotoCreditBytes(ls []byte) bool {
	if bytes.IndexByte(ls, '/') >= 0 {
		for _, a := range photoAgencies {
			if bytes.Contains(ls, []byte(a)) {
				return true
			}
		}
		return false
	}
	return bytes.Contains(ls, []byte("getty")) && (bytes.Contains(ls, []byte("getty images")) || bytes.Contains(ls, []byte("via getty"))) ||
		bytes.Contains(ls, []byte("ap photo")) || bytes.Contains(ls, []byte("shutterstock"))
}

// tailPhrases are link tails printed at the end of a teaser.
var tailPhrases = []string{
	"continue reading", "read more", "read the rest", "(more…)", "(more...)", "more »", "more>>", "… more", "... more",
	"leer más", "ver más", "seguir leyendo", "lire la suite", "weiterlesen", "von mehr...", "mehr...", "læs mere",
	"leia mais", "подробнее", "читать далее", "толығырақ", "- подробности", "lees meer",
}

// trimTail removes link tails and truncation marks from the end of a
// teaser: "… Read more", "(…)", "[...]", "»".
func trimTail(s string) string {
	// Only a bounded number of tails is removed, and only the end of the
	// text is lower-cased, so that hostile input stays linear.
	for changed, rounds := true, 0; changed && rounds < 8; rounds++ {
		changed = false
		s = strings.TrimSpace(s)
		tail := tailOf(s, 240)
		var buf [256]byte
		lt := appendLower(buf[:0], tail)
		if len(lt) != len(tail) {
			break // case mapping changed lengths; offsets would not line up
		}
		for _, t := range tailPhrases {
			// The last byte first: it rules out most phrases without a call.
			if len(lt) >= len(t) && lt[len(lt)-1] == t[len(t)-1] && string(lt[len(lt)-len(t):]) == t {
				s = s[:len(s)-len(t)]
				changed = true
				break
			}
			// "Continue reading TITLE" names the article after the phrase.
			// (Index first: it is much faster, and usually finds none.)
			if t == "continue reading" && bytes.Index(lt, []byte(t)) >= 0 {
				if i := bytes.LastIndex(lt, []byte(t)); i >= 0 && len(s)-len(tail)+i > 0 {
					s = s[:len(s)-len(tail)+i]
					changed = true
					break
				}
			}
		}
		for _, m := range []string{"[...]", "[…]", "(...)", "(…)", "….", "…", "...", "»", "›", ">>"} {
			if strings.HasSuffix(s, m) {
				s = strings.TrimSuffix(s, m)
				changed = true
			}
		}
	}
	return strings.TrimSpace(s)
}

// templateKey appends to the empty dst the shape of a short line: lower
// case, every number (with the spaces, dots and commas inside it) as '#'.
// "12 Comments" and "4 Comments" share a key; so do "Views: 1 245" and
// "Views: 982".
func templateKey(dst []byte, s string) []byte {
	num := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			if !num {
				dst = append(dst, '#')
			}
			num = true
			continue
		case num && (c == ' ' || c == '.' || c == ',') && i+1 < len(s) && s[i+1] >= '0' && s[i+1] <= '9':
			continue
		}
		num = false
		dst = append(dst, c)
	}
	if isASCII(s) {
		// Lower-cased in place: ASCII keeps its length.
		for i, c := range dst {
			dst[i] = lowerASCII(c)
		}
		return dst
	}
	return appendLower(dst[:0:0], string(dst))
}

// dropTemplateChrome removes the furniture a page's template prints in
// every entry. A short line that recurs on the page, identical or
// differing only in a number ("12 Comments", "Share", "Facebook", "Read
// on"), is chrome unless it is a date or a byline. A short rubric that
// opens a block right above the headline ("BUSINESS", "Society") in
// several blocks is a kicker, not an entry.
func dropTemplateChrome(items []item) []item {
	// Each title's word count (as far as the tests below look; they
	// count the words of titles only) and whether it is a candidate,
	// once: the tests ask many times.
	words := make([]int, len(items))
	cand := make([]bool, len(items))
	for i := range items {
		if it := &items[i]; it.kind == kTitle {
			words[i] = it.wordsUpTo(8)
			cand[i] = !it.dated && it.source == "" && len(it.body) <= 40 && words[i] <= 4
		}
	}
	candidate := func(i int) bool { return cand[i] }
	// Where each short line's shape occurs. A template repeats within a
	// few entries; text recurring only far apart (two pages pasted one
	// after the other) is not its furniture.
	// Each candidate's key is made once: the tests below look it up again.
	// Keys are numbered as they are met, so that the tests below index
	// a slice instead of hashing a key again.
	ids := map[string]int{}
	var at [][]int                   // by key number, the items with that key
	keyOf := make([]int, len(items)) // an item's key number, for those with keys
	addKey := func(i int, key []byte) {
		id, ok := ids[string(key)]
		if !ok {
			id = len(at)
			ids[string(key)] = id
			at = append(at, nil)
		}
		keyOf[i] = id
		at[id] = append(at[id], i)
	}
	var buf [96]byte
	for i := range items {
		if candidate(i) {
			addKey(i, templateKey(buf[:0], items[i].body))
		}
	}
	// A longer line printed identically in several entries ("click here
	// to share on social media") is furniture too: no two entries share
	// a headline or a teaser.
	longCandidate := func(i int) bool {
		it := &items[i]
		return (it.kind == kTitle || it.kind == kProse) && !it.dated && it.source == "" && len(it.body) <= 100 && !candidate(i)
	}
	for i := range items {
		if longCandidate(i) {
			addKey(i, longKey(items, i, buf[:0]))
		}
	}
	isKicker := func(i int) bool {
		it := &items[i]
		return candidate(i) && i+1 < len(items) && (it.gap || i == 0) && words[i] <= 3 && isKickerOver(it, &items[i+1], true)
	}
	kickers := 0
	for i := range items {
		if isKicker(i) {
			kickers++
		}
	}
	recurring := func(i int) bool {
		it := &items[i]
		return candidate(i) && nearby(at[keyOf[i]], i, 1) && !(i > 0 && items[i-1].kind == kProse && looksLikeName(it.body))
	}
	// The slot recurring chrome sits in, right above a date or byline: a
	// label that varies ("Press Release", "Statement", "Blog Post") in
	// the same slot is the same furniture.
	slots := map[kind]int{}
	slotOf := func(i int) kind {
		if i+1 < len(items) {
			return items[i+1].kind
		}
		return kChrome
	}
	for i := range items {
		if recurring(i) {
			slots[slotOf(i)]++
		}
	}
	// A short line right under an entry's date and closing its block
	// ("2 hrs ago" / "Health") is the entry's section label, when the
	// page has its headlines elsewhere: on a page of "date / short title"
	// pairs the short lines are the titles.
	sectionLabel := func(i int) bool {
		it := &items[i]
		return candidate(i) && words[i] <= 3 && i > 0 && items[i-1].kind == kDate && !it.gap &&
			(i+1 == len(items) || items[i+1].gap)
	}
	labels, headlines := 0, 0
	for i := range items {
		switch {
		case sectionLabel(i):
			labels++
		case items[i].kind == kTitle && words[i] > 3:
			headlines++
		}
	}
	drop := func(i int) bool {
		if longCandidate(i) && nearby(at[keyOf[i]], i, 2) {
			return true
		}
		if labels >= 2 && headlines >= labels && sectionLabel(i) {
			return true
		}
		// An agency issues several releases: its recurring name is no
		// furniture, and blockHeadlines reads it as their source.
		if candidate(i) && !orgLike(items[i].body) {
			if recurring(i) {
				return true
			}
			if sl := slotOf(i); slots[sl] >= 2 && (sl == kDate || sl == kByline) && words[i] <= 3 {
				return true
			}
			if kickers >= 2 && isKicker(i) {
				return true
			}
		}
		return false
	}
	out := items[:0]
	gap := false
	for i := range items {
		if drop(i) {
			// The line after dropped furniture takes its place at the
			// top of the block.
			gap = gap || items[i].gap
			continue
		}
		// Items are big: one is copied only once one before has been
		// dropped.
		g := items[i].gap || gap
		gap = false
		if len(out) == i {
			items[i].gap = g
			out = out[:i+1] // it is in its place
		} else {
			it := items[i]
			it.gap = g
			out = append(out, it)
		}
	}
	return out
}

// pageWords label a page number or range in tables of contents, or a
// page of a paged list between its entries.
// A word that begins another comes after it: the first that matches is taken.
var pageWords = []string{"pp.", "p.", "pp", "pages", "page", "s.", "с.", "страница", "стр.", "стр", "str.", "pág.", "págs.",
	"pgs.", "página", "pagina", "pagină", "seite", "бет", "side", "sida", "strona", "sivu", "sayfa"}

// pageConnectives join a page's number to the count: "Seite 3 von 12".
var pageConnectives = newWordSet("of", "von", "de", "из", "sur", "di")

// isPageRange reports whether s is only a page number or range: "pp.
// 1–10", "p. 5", "S. 12-20", "с. 5–10", "Página 2", "Page 2 of 9".
func isPageRange(s string) bool {
	if len(s) > 30 || indexDigit(s) < 0 {
		return false
	}
	rest := ""
	for _, w := range pageWords {
		if hasPrefixFold(s, w) {
			rest = strings.TrimSpace(s[len(w):])
			break
		}
	}
	if rest == "" || rest[0] < '0' || rest[0] > '9' {
		return false
	}
	for _, f := range strings.Fields(rest) {
		if strings.Trim(f, "0123456789-–—,/") != "" && !pageConnectives.has(strings.ToLower(f)) {
			return false
		}
	}
	return true
}

// templateReach is how many lines apart two copies of a template's line
// may be: a few entries of a long layout.
const templateReach = 60

// nearby reports whether at least n other positions in ps (ascending)
// lie within templateReach of i.
func nearby(ps []int, i, n int) bool {
	k := sort.SearchInts(ps, i-templateReach)
	found := 0
	for ; k < len(ps) && ps[k] <= i+templateReach; k++ {
		if ps[k] != i {
			found++
		}
	}
	return found >= n
}

// countNearby counts the positions in ps (ascending) within
// templateReach of i, i among them.
func countNearby(ps []int, i int) int {
	k := sort.SearchInts(ps, i-templateReach)
	n := 0
	for ; k < len(ps) && ps[k] <= i+templateReach; k++ {
		n++
	}
	return n
}

// longKey is what a longer line must share with its copies to be
// template furniture: the text itself, or, for a footer (a line under
// prose or closing a block of several: "Cited by 41 Related articles"),
// the text up to its numbers. Headlines differing in a number ("Strike bulletin 12")
// stay apart.
func longKey(items []item, i int, buf []byte) []byte {
	it := &items[i]
	if i > 0 && !it.gap && (items[i-1].kind == kProse || i+1 == len(items) || items[i+1].gap) || it.kind == kTitle && numberRuns(it.body) >= 2 {
		// A NUL sets these keys apart from text; lower-casing keeps it.
		return templateKey(append(buf, 0), it.body)
	}
	return append(buf, it.body...)
}

// numberRuns counts the numbers in s, a number's "1,873" or "4.21" being
// one. A short line whose words recur around two or more numbers that
// vary ("4.21 avg rating — 1,873 ratings") is a template's statistics; a
// teaser's sentence is not.
func numberRuns(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= '0' && c <= '9' {
			n++
			for i+1 < len(s) && (s[i+1] >= '0' && s[i+1] <= '9' || (s[i+1] == '.' || s[i+1] == ',') && i+2 < len(s) && s[i+2] >= '0' && s[i+2] <= '9') {
				i++
			}
		}
	}
	return n
}
