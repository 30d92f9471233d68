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
	// Pagination.
	"next", "next page", "previous", "previous page", "prev", "older posts", "newer posts", "older entries", "newer entries",
	"previous entries", "next entries", "previous posts", "next posts",
	"próxima", "próxima página", "anterior", "siguiente", "suivant", "page suivante", "précédent", "weiter", "zurück",
	"nächste seite", "næste", "forrige", "следующая", "предыдущая", "successiva", "precedente",
	"następna", "poprzednia", "sonraki", "önceki", "наступна", "попередня", "volgende", "vorige",
	// A podcast app's and a video site's buttons under each episode.
	"play later", "listen later", "watch later", "save for later", "add to queue", "add to playlist",
	"play episode", "play now", "listen now", "watch now", "lists", "like", "subscribe", "follow",
	// An event's badges.
	"online event", "in person event", "in person", "hybrid event", "free event", "sold out",
	"leer más", "ver más", "seguir leyendo", "leer", "lire la suite", "lire plus", "en savoir plus",
	"weiterlesen", "mehr", "mehr lesen", "von mehr", "mehr dazu", "læs mere", "les mer", "läs mer",
	"leia mais", "saiba mais", "ler mais", "continua a leggere", "leggi tutto", "leggi di più",
	"подробнее", "читать далее", "читать полностью", "далее", "толығырақ", "толық оқу",
	"lees meer", "lees verder",
	// "Load more" under a list, in other languages.
	"muat lebih banyak", "baca selengkapnya", "mehr laden", "mehr anzeigen", "charger plus", "voir plus", "afficher plus",
	"cargar más", "mostrar más", "carica altro", "mostra altro", "carregar mais", "mostrar mais", "toon meer", "laad meer",
	"näytä lisää", "lue lisää", "visa fler", "visa mer", "vis flere", "vis mere", "indlæs flere", "încarcă mai multe",
	"citește mai mult", "načíst další", "zobrazit více", "załaduj więcej", "pokaż więcej", "czytaj więcej",
	"daha fazla yükle", "devamını oku", "загрузить ещё", "показать ещё", "показати ще", "більше", "φόρτωση περισσότερων",
	"περισσότερα", "továbbiak", "több", "tovább",
	// A journal platform's access marks and links to an article's forms.
	"open access", "free access", "free", "full access", "get access", "full text", "abstract", "pdf", "epub",
	"full text pdf", "supplemental material", "supplementary material", "get permissions", "request permissions",
	// A finding aid's headings over the fields they name.
	"scope and contents", "scope and content", "biographical historical", "biographical note", "historical note",
	// Paywall markers.
	"paid", "premium", "subscribers only", "subscriber only", "members only", "exclusive",
	"article réservé à nos abonnés", "article réservé aux abonnés", "réservé aux abonnés", "abonnés",
	"s", "z", "f", "plus", "exklusiv", "nur für abonnenten", "solo para suscriptores", "exclusivo para suscriptores",
	"только для подписчиков", "kun for abonnenter",
	// Account links in a site's bar.
	"sign up", "sign in", "log in", "login", "log out", "register", "get started", "my account", "create account",
	"create an account", "join now", "join us", "donate", "donate now", "menu", "search", "close", "skip to content",
	"skip to main content", "cookie settings", "accept", "accept all", "reject all", "manage cookies",
	"terms", "privacy", "terms of use", "terms of service", "privacy policy", "cookie policy", "cookies",
	"contact", "contact us", "about", "about us", "help", "faq", "sitemap", "accessibility", "impressum",
	// Advertising slots.
	"publicidad", "publicité", "anzeige", "werbung", "annonce", "reklame", "реклама", "жарнама",
	"pubblicità", "publicidade", "advertentie", "sponsored content", "paid content", "partner content",
	"ad", "ads", "advert", "hide ad", "skip ad", "close ad", "report ad", "report this ad", "remove ads",
	// A box of the site's most read stories, set among the entries.
	"most read", "most popular", "most viewed", "most commented", "most recent", "most shared", "most emailed",
	"most watched", "trending", "trending now", "top stories", "meistgelesen", "meist gelesen", "les plus lus",
	"lo más leído", "lo más visto", "più letti", "самое читаемое",
	"mest læste", "mest lästa", "més llegit", "nejčtenější", "legolvasottabb", "mais lidas", "najczęściej czytane",
)

// isBoxHeading reports whether s heads a box of the site's most read
// stories, a chrome line whose numbered list is chrome too.
func isBoxHeading(s string) bool {
	if len(s) > 40 {
		return false
	}
	var buf [48]byte
	k := appendLetterKey(buf[:0], s, 40)
	return bytes.HasPrefix(k, []byte("most ")) || boxHeadings.hasBytes(k)
}

// boxHeadings are the headings of isBoxHeading but for those opening "most".
var boxHeadings = newWordSet("trending", "trending now", "top stories", "meistgelesen", "meist gelesen", "les plus lus",
	"lo más leído", "lo más visto", "più letti", "самое читаемое", "mest læste", "mest lästa", "més llegit",
	"nejčtenější", "legolvasottabb", "mais lidas", "najczęściej czytane")

// buttonVerbs open a button's label, which names what it opens.
var buttonVerbs = newWordSet("view", "watch", "download", "listen", "play", "explore", "browse", "order", "buy")

// chromePrefixes start lines of furniture: a tail that names the article,
// an embedded player, taxonomy lists, photo credits.
var chromePrefixes = []string{
	"continue reading", "read more", "<iframe", "<img", "<script", "<embed", "<video", "<audio",
	"tags:", "categories:", "category:", "filed under", "share on", "photo:", "foto:", "фото:", "picture:", "pictures:",
	"image:", "credit:", "photo credit", "©", "(c) ", "posted in", "copyright ©", "copyright (c)", "copyright 19", "copyright 20",
	// Sharing buttons behind their label: "Share: Bluesky · Facebook · Email".
	"share:", "share this:", "partager :", "partager:", "compartir:", "compartilhe:", "teilen:", "del:", "dela:", "condividi:", "поделиться:",
	"read this article in", "also available in", "available in:", "lire en :", "disponible en:", "auch verfügbar",
	"this article is also available", "cet article est disponible",
	// A link to another article set in the list.
	// A Mailman archive's index around its messages.
	"messages sorted by:", "more info on this list", "last message date:", "archived on:",
	"this archive was generated by", "starting: mon", "starting: tue", "starting: wed", "starting: thu",
	"starting: fri", "starting: sat", "starting: sun", "ending: mon", "ending: tue", "ending: wed",
	"ending: thu", "ending: fri", "ending: sat", "ending: sun",
	// A search page's controls over its results.
	"sort by", "sorted by", "limit your search", "refine your search", "narrow your search", "refine by",
	"filter by", "filter results", "search results", "search results for", "search results:", "your search for",
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
	s = trimSpace(s)
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
// physicalExtent reports whether s is a catalogue's physical
// description, ended by the item's size: "Book — 848 p. ; 21 cm.",
// "1 videodisc (104 min.) : sound, color ; 4 3/4 in.".
func physicalExtent(s string) bool {
	// The unit ends the line, maybe with a stop: most lines end otherwise.
	if len(s) > 100 || len(s) < 8 {
		return false
	}
	if t := strings.TrimSuffix(s, "."); !strings.HasSuffix(t, "cm") && !strings.HasSuffix(t, "mm") && !strings.HasSuffix(t, "in") && !strings.HasSuffix(t, "см") {
		return false
	}
	i := strings.LastIndex(s, " ; ")
	if i < 0 {
		return false
	}
	// A whole description ends so too: "Title / Author. -- Place :
	// Publisher, 2019. -- 284 stran ; 24 cm".
	for _, area := range []string{" / ", " -- ", ". - ", ". – ", ". — "} {
		if strings.Contains(s, area) {
			return false
		}
	}
	size := strings.Fields(trimRightMarks(s[i+3:], " ."))
	if len(size) < 2 || len(size) > 4 {
		return false
	}
	switch size[len(size)-1] {
	case "cm", "mm", "in", "см":
	default:
		return false
	}
	for _, w := range size[:len(size)-1] {
		if w != "x" && w != "×" && !isDigits(strings.ReplaceAll(w, "/", "")) {
			return false
		}
	}
	return true
}

// seriesStatement reports whether s is a catalogue's series line, the
// series and the book's number in it: "Studies in global social history
// ; v. 1", "Criterion collection ; 334".
func seriesStatement(s string) bool {
	if len(s) > 100 || strings.IndexByte(s, ';') < 0 {
		return false // most lines: no semicolon to search for
	}
	i := strings.LastIndex(s, " ; ")
	if i <= 0 || strings.Contains(s[:i], " ; ") {
		return false
	}
	num := strings.Fields(trimRightMarks(s[i+3:], " ."))
	switch {
	case len(num) == 1:
		return indexDigit(num[0]) >= 0 && len(num[0]) <= 8
	case len(num) == 2:
		return seriesNumberMarks.hasFold(trimRightMarks(num[0], ".")) && isDigits(num[1])
	}
	return false
}

// seriesNumberMarks label a number in a series.
var seriesNumberMarks = newWordSet("v", "vol", "no", "nr", "bd", "t", "т", "вып", "n", "num")

// editionStatement reports whether s only states the edition: "Revised,
// expanded, and updated edition.", "2nd ed.".
func editionStatement(s string) bool {
	t := trimRightMarks(s, " .")
	last := t[strings.LastIndexByte(t, ' ')+1:]
	if last != "edition" && last != "ed" || last == t {
		return false
	}
	return wordCountUpTo(t, 7) <= 6 && capRatio(t) <= 0.5
}

func chromeLine(s string, f facts) bool {
	if len(s) < 60 {
		var buf [80]byte
		// The key's first word first: most lines' is no chrome line's,
		// and the rest of the key need not be made.
		w := appendFirstLetterRun(buf[:0], s, chromeKeyMax)
		if len(w) == 0 && !f.any(hasDigit) {
			return true // only punctuation or symbols: "»", "***"
		}
		if appealVerbs.hasBytes(w) && newsletterAppeal(s) { // its first word, asked first
			return true
		}
		// Only as much of the key as the longest chrome line needs.
		if chromeFirstWords.hasBytes(w) && chromeLines.hasBytes(appendLetterKey(buf[:0], s, chromeKeyMax)) {
			return true
		}
		// A button naming what it opens: "View Film", "Watch video",
		// "Download PDF".
		if len(s) <= 30 && buttonVerbs.hasBytes(w) && !f.any(hasDigit|hasColon|hasQuote) && wordCountUpTo(s, 4) <= 3 {
			return true
		}
	}
	if f.any(hasPipe|hasC2) && len(s) < 100 && chromeParts(s) {
		return true // links to an article's forms: "Abstract | Full Text | PDF"
	}
	if n := typeTag(s); n > 0 && isDomain(trimSpace(s[n:])) {
		return true // a search result's side link: "[PDF] example.org"
	}
	if strings.HasPrefix(s, "【") && strings.HasSuffix(s, "】") && strings.Count(s, "【") == 1 {
		return true // a section's heading in a Japanese table of contents: "【論文】"
	}
	if f.any(hasDigit) && len(s) <= 30 && priceLine(s) {
		return true // an event's or a book's price: "From £12.00", "€15"
	}
	if f.any(hasDigit) && len(s) <= 8 && strings.IndexByte("kKmM", s[len(s)-1]) >= 0 && isCount(s) {
		return true // a count in thousands or millions alone: a thread's "9K" views
	}
	if len(s) <= 12 && isThreadCounter(s) {
		return true // the label over a thread's count: "Replies", "Views"
	}
	if f.any(hasDigit) && (isStatLine(s) || isPageLinks(s) || countsLine(s) || facetCount(s) || resultRange(s)) {
		return true // "Messages: 7", "Hits: 1204"; a thread's pages, "1 2 3 … 11"
	}
	if len(s) < 32 && (strings.HasSuffix(s, "→") || strings.HasSuffix(s, "›")) && wordCountUpTo(s, 4) <= 3 {
		return true // a button: "Join →", "Alle Artikel ›"
	}
	if f.any(hasDigit) && (isPageRange(s) || isClock(s) && strings.IndexByte(s, ':') > 0 || isDuration(s) || physicalExtent(s) || seriesStatement(s)) {
		return true // "pp. 1–10"; a clock or a video's length, "02:31", "3 min read"; a book's size or series
	}
	if f.any(hasDigit) && len(s) <= 40 && timesOfDay(s) {
		return true // an event's hours: "10 am – 3 pm", "18:00–20:00"
	}
	if len(s) <= 60 && editionStatement(s) {
		return true // "Revised and expanded edition."
	}
	// Only the ends of a line can make it chrome; lower-case just those,
	// and only as far as a phrase with the right first letter needs.
	head := headOf(s, chromePrefixHead)
	// When the line opens with two ASCII bytes, the second rules out
	// most phrases with the right first letter without a call.
	ascii2 := len(head) > 1 && head[0] < utf8.RuneSelf && head[1] < utf8.RuneSelf
	for _, p := range chromePrefixIndex[lowerFirstByte(head)] {
		if ascii2 && len(p) > 1 && p[1] != lowerASCII(head[1]) {
			continue
		}
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
	if f.any(hasComma) && len(s) <= 48 && placeLine(s) {
		return true // "Charlotte, North Carolina" under a newspaper's name
	}
	if len(s) <= 60 && buttonRow(s) {
		return true // "Clip  Save", "Share · Print · Email"
	}
	if f.any(hasDash|hasPipe|hasE2) && isHoldings(s) {
		return true // "Memorial Library, Stacks — HD9575 .S652 — Available"
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
	if f.any(hasColon) && describedItem(s) {
		return false
	}
	if len(s) < 400 && f.any(hasSlash) && agencyCreditTail(s) {
		return true
	}
	return len(s) < 400 && creditEndsIn(s, f.any(hasSlash|hasColon))
}

// slashCreditInBrackets reports whether s ends a caption's sentence with the
// photographer and the agency in brackets, joined by a slash: "…during
// the sit-in. (Jane Roe/Gallo Images)".
func slashCreditInBrackets(s string) bool {
	if !strings.HasSuffix(s, ")") {
		return false
	}
	open := strings.LastIndex(s, ". (")
	if open < 0 || len(s)-open > 70 {
		return false
	}
	name, agency, ok := strings.Cut(s[open+3:len(s)-1], "/")
	if !ok || !looksLikeName(name) || agency == "" || wordCountUpTo(agency, 5) > 4 {
		return false
	}
	for _, w := range strings.Fields(agency) {
		if !isUpperStart(w) {
			return false
		}
	}
	return true
}

// captionAgency reports whether w names, in capitals, an agency a
// caption credits beside the photographer's name ("REUTERS/David
// Ryder", "Kerem Yucel/AFP"): a wire service (newsAgencies) or a photo
// agency that credits no stories' text.
func captionAgency(w string) bool {
	return allUpper(w) && (newsAgencies.hasFold(w) || w == "EPA" || w == "PA")
}

// agencyCreditTail reports whether s ends with a wire agency's photo
// credit: the agency in capitals (captionAgency), a slash, and the photographer's
// capitalised name to the end of the line ("…in Washington, U.S.
// REUTERS/David Ryder", "…REUTERS/Jaimi Joy/File Photo"), or the name,
// a slash and the agency last ("…Kerem Yucel/AFP"). A headline citing a
// poll ("a Reuters/Ipsos poll") prints the agency's name in lower case.
func agencyCreditTail(s string) bool {
	if slashCreditInBrackets(s) {
		return true
	}
	tail := tailOf(s, 60)
	words := strings.Fields(strings.TrimRight(tail, ")] "))
	if at := len(s) - len(tail); at > 0 && s[at-1] != ' ' && len(words) > 0 {
		words = words[1:] // the tail cut its first word
	}
	for k := max(0, len(words)-4); k < len(words); k++ {
		before, after, ok := strings.Cut(strings.TrimLeft(words[k], "("), "/")
		if !ok {
			continue
		}
		if k == len(words)-1 && captionAgency(after) && before != "" && isUpperStart(before) {
			return true // "Yucel/AFP"
		}
		if !captionAgency(before) || after == "" || !isUpperStart(after) {
			continue
		}
		for _, w := range words[k+1:] {
			if !isUpperStart(w) {
				return false
			}
		}
		return true
	}
	return false
}

// appealVerbs open a newsletter's appeal to sign up.
var appealVerbs = newWordSet("sign", "subscribe", "get", "join", "register", "receive", "enter")

// newsletterAppeal reports whether s asks the reader to sign up to the
// site's newsletter, as boxes between a page's entries do: "Sign up to
// the WalesOnline newsletter", "Get the biggest stories delivered
// straight to your inbox".
func newsletterAppeal(s string) bool {
	if len(s) >= 60 {
		return false
	}
	var buf [80]byte
	if !appealVerbs.hasBytes(appendFirstLetterRun(buf[:0], s, chromeKeyMax)) {
		return false
	}
	ls := appendLower(buf[:0], s)
	return bytes.Contains(ls, []byte("newsletter")) || bytes.Contains(ls, []byte("inbox"))
}

// describedItem reports an archive's item described by its form, a
// short label and then what it shows in lower case: "Photograph:
// pickets at the gates of Tilbury Docks". A credit names someone:
// "Photograph: Jane Doe".
func describedItem(s string) bool {
	c := strings.Index(s, ": ")
	if c <= 0 || c > 16 || strings.IndexByte(s[c+1:], ':') >= 0 {
		return false
	}
	rest := s[c+2:]
	r, _ := decodeRune(rest)
	return isLower(r) && wordCountUpTo(rest, 3) >= 3
}

// isStatLine reports a count an index prints with its label: "Messages:
// 7", "Hits: 1204", "Views: 4K".
func isStatLine(s string) bool {
	if len(s) > 30 || s[len(s)-1] < '0' || s[len(s)-1] > '9' && s[len(s)-1] != 'K' && s[len(s)-1] != 'k' {
		return false // the count ends the line
	}
	label, value, ok := cutLabel(s)
	if !ok || value == "" || value[0] < '0' || value[0] > '9' || strings.IndexByte(value, ' ') >= 0 {
		return false
	}
	var buf [24]byte
	if len(label) >= len(buf) {
		return false
	}
	key := appendLower(buf[:0], label)
	return counterWords.hasBytes(key) || threadCounters.hasBytes(key)
}

// countsLine reports a line of counts alone, each a number and what it
// counts: "1 reply · 98.4K views", "14 votes", "3 answers | 1k views".
func countsLine(s string) bool {
	if len(s) > 60 || s[0] < '0' || s[0] > '9' {
		return false
	}
	var wb [12]string
	ws := appendFields(wb[:0], s, 12)
	pairs := 0
	for k := 0; k < len(ws); {
		switch w := ws[k]; {
		case w == "·" || w == "|" || w == "•" || w == "-" || w == "–":
			k++
		case pairs > 0 && k == len(ws)-1 && countVerbs.hasFold(w):
			k++ // "1,732 documents matching"
		case k+1 < len(ws) && isCount(w) && isCountNoun(trimRightMarks(ws[k+1], ",;")):
			pairs++
			k += 2
		default:
			return false
		}
	}
	return pairs > 0
}

// isCount reports a count as sites print it: "14", "1,204", "98.4K".
func isCount(w string) bool {
	w = strings.TrimRight(w, "kKmM")
	return w != "" && isDigitByte(w[0]) && strings.Trim(w, "0123456789.,") == ""
}

// isCountNoun reports whether w, case-folded, is what a post's counters
// count: the words of the counts read elsewhere (counterWords,
// threadCounters), and a question site's votes and answers.
func isCountNoun(w string) bool {
	return counterWords.hasFold(w) || threadCounters.hasFold(w) || postCounts.hasFold(w)
}

// countVerbs may close a search page's count: "1,732 documents matching".
var countVerbs = newWordSet("found", "matching", "match", "shown", "gefunden", "trouvés", "trouvées", "encontrados", "trovati", "найдено")

var postCounts = newWordSet("votes", "vote", "answers", "answer", "like", "points", "responses", "reactions",
	// A search page's and an event's counts.
	"results", "result", "hits", "matches", "documents", "records", "items", "members", "attendees", "attendee", "going", "followers", "subscribers",
	"treffer", "résultats", "resultados", "risultati", "wyników", "результатов", "resultaten", "tulosta", "sonuç")

// facetCount reports a search page's facet, a value and the number of
// results that hold it: "Still image (44)", "Boston Public Library
// (23)", "English (1,204)". A year in brackets is no count.
func facetCount(s string) bool {
	if len(s) > 60 || s[len(s)-1] != ')' {
		return false
	}
	open := strings.LastIndex(s, " (")
	if open <= 0 {
		return false
	}
	n := s[open+2 : len(s)-1]
	if n == "" || strings.Trim(n, "0123456789,.") != "" || !isDigitByte(n[0]) {
		return false
	}
	if len(n) == 4 && plausibleYear(atoi(n)) {
		return false
	}
	return wordCountUpTo(s[:open], 6) <= 5 && !strings.ContainsAny(s[:open], "()")
}

// resultRange reports the line saying which results a page shows: "1 - 6
// of 57", "1–20 of 1,204 results", "Results 1 - 10 of 57".
func resultRange(s string) bool {
	if len(s) > 50 || strings.IndexByte(s, '-') < 0 && !strings.Contains(s, "–") {
		return false
	}
	var wb [8]string
	ws := appendFields(wb[:0], s, 8)
	if len(ws) > 0 && !isDigitByte(ws[0][0]) {
		ws = ws[1:] // "Results", "Showing", "Treffer"
	}
	if len(ws) > 0 && (ws[0] == "-" || ws[0] == "–") {
		return false
	}
	// "1 - 6" or "1–6", then "of" and a count.
	k := 0
	if len(ws) >= 3 && isCount(ws[0]) && (ws[1] == "-" || ws[1] == "–") && isCount(ws[2]) {
		k = 3
	} else if len(ws) >= 1 {
		a, b, ok := cutAny(ws[0], "-", "–")
		if !ok || !isCount(a) || !isCount(b) {
			return false
		}
		k = 1
	}
	if k == 0 || len(ws) < k+2 || !rangeOfWords.hasFold(ws[k]) || !isCount(ws[k+1]) {
		return false
	}
	return len(ws) <= k+3
}

// rangeOfWords join a page's first and last result to their number.
var rangeOfWords = newWordSet("of", "von", "de", "sur", "di", "av", "af", "van", "из", "z", "/")

// isPageLinks reports a row of page numbers: "1 2 3 … 11", "1 2 3".
func isPageLinks(s string) bool {
	// "Previous 1 2 3 … 7 Next", "1 2 3 … Last": the links around the
	// numbers.
	if len(s) > 3 && len(s) <= 60 {
		// A thread's own pages, in brackets: "( 1 2 3 … Last Page)".
		if s[0] == '(' || s[0] == '[' {
			s = strings.Trim(s, "()[] ")
		}
		// "Pagination : < 1 2 3 >", "Pages: 1 2 3": a label before them.
		if c := strings.IndexByte(s, ':'); c > 0 && c <= 16 && indexDigit(s[:c]) < 0 && wordCountUpTo(s[:c], 3) <= 2 {
			s = trimSpace(s[c+1:])
		}
		// Two turn words a side at most: "< Previous 1 2 3 … 15 Next >".
		for range 2 {
			if len(s) > 0 && (s[0] < '0' || s[0] > '9') {
				if w, rest, ok := strings.Cut(s, " "); ok && pageTurns.hasFold(w) {
					s = rest
				}
			}
			if i := strings.LastIndexByte(s, ' '); i > 0 && pageTurns.hasFold(s[i+1:]) {
				s = s[:i]
			}
		}
	}
	if len(s) > 40 || len(s) < 3 || s[0] < '0' || s[0] > '9' {
		return false
	}
	// The first pages in a row from 1, then maybe an ellipsis and the
	// last: "1 245" is a count.
	numbers, skipped := 0, false
	var wb [20]string // the words of 40 bytes at most, on the stack
	for _, w := range appendFields(wb[:0], s, len(s)) {
		switch {
		case isDigits(w) && (skipped || atoi(w) == numbers+1):
			numbers++
		case (w == "…" || w == "...") && !skipped:
			skipped = true
		default:
			return false
		}
	}
	return numbers >= 2
}

// pageTurns are the links before and after a row of page numbers.
var pageTurns = newWordSet("previous", "prev", "next", "first", "last", "page", "«", "»", "‹", "›", "<", ">", "←", "→",
	"zurück", "weiter", "précédent", "suivant", "anterior", "siguiente", "назад", "далее", "forrige", "næste",
	"vorige", "volgende", "precedente", "successivo", "successiva", "próximo", "próxima", "seguinte", "önceki", "sonraki",
	"poprzednia", "następna", "föregående", "nästa", "neste", "edellinen", "seuraava", "předchozí", "další",
	"előző", "következő", "următor", "următoarea", "предыдущая", "следующая", "вперёд", "вперед", "попередня",
	"наступна", "алдыңғы", "келесі", "προηγούμενη", "επόμενη")

// isHoldings reports a library catalogue's holdings line under a record:
// where a copy is, its call number and whether it is on the shelf,
// "Memorial Library, Stacks — HD9575.S652 P48 2019 — Available".
func isHoldings(s string) bool {
	if len(s) > 160 || len(s) < 12 {
		return false
	}
	// The status is the last part, short, after a dash or bar set in
	// spaces: only the line's end is searched.
	from := max(len(s)-32, 1)
	at, n := lastSpacedSep(s[from:], true)
	if at < 0 {
		return false
	}
	var buf [32]byte
	return holdingStatus.hasBytes(appendLower(buf[:0], trimSpace(s[from+at+n:])))
}

// lastSpacedSep returns the index in s of the last dash set in spaces
// (" — ", " – ", " - "), or of " | " with bar, and its length; -1 if
// there is none. One pass from the end: eight bytes at a time where
// none is a dash's or bar's first byte (most), else byte by byte.
func lastSpacedSep(s string, bar bool) (int, int) {
	barMask := uint64(0)
	if bar {
		barMask = highBits
	}
	for i := len(s) - 3; i >= 0; {
		if i >= 6 {
			// The bytes after the spaces at i-7 to i: skip all eight
			// when none is '-', '|' or the lead byte of '—' and '–'.
			x := load64(s[i-6:])
			if zeroBytes(x^'-'*lowBits)|zeroBytes(x^0xE2*lowBits)|zeroBytes(x^'|'*lowBits)&barMask == 0 {
				i -= 8
				continue
			}
		}
		for end := i - 8; i >= 0 && i > end; i-- {
			if s[i] != ' ' {
				continue
			}
			switch c := s[i+1]; {
			case c == '-' || bar && c == '|':
				if s[i+2] == ' ' {
					return i, 3
				}
			case c == 0xE2 && i+5 < len(s) && s[i+2] == 0x80 && (s[i+3] == 0x94 || s[i+3] == 0x93) && s[i+4] == ' ':
				return i, 5 // " — ", " – "
			}
		}
	}
	return -1, 0
}

// holdingStatus are what a catalogue says of a copy.
var holdingStatus = newWordSet("available", "checked out", "on loan", "library use only", "in library use only",
	"not available", "unavailable", "on order", "in transit", "missing", "lost", "on shelf", "reference only",
	"verfügbar", "ausleihbar", "ausgeliehen", "entliehen", "präsenzbestand", "nicht ausleihbar",
	"disponible", "emprunté", "prêté", "sur place", "consultation sur place", "no disponible", "prestado",
	"доступно", "выдано", "на руках", "в наличии", "på hylden", "udlånt", "hjemme", "tilgængelig",
	"disponibile", "in prestito", "dostępna", "wypożyczona")

// isCounter reports whether s is a counter: a symbol and a number with no
// letters ("👁 3 412", "♥ 12"). The symbol comes first: after a date,
// "12.03.2025 👁 2 418", it counts the views of a dated entry.
func isCounter(s string) bool {
	if len(s) > 24 {
		return false
	}
	symbol, digit := false, false
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			if !symbol {
				return false
			}
			digit = true
		case isLetter(r):
			return false
		case unicode.Is(unicode.So, r):
			symbol = true
		}
	}
	return symbol && digit
}

// placeLine reports whether s is a place alone, a town and its state
// or country: "Charlotte, North Carolina", "Halifax, Nova Scotia". A
// newspaper archive prints it under each paper's name; it is no entry's
// title. Regions that are also given
// names ("Virginia", "Georgia", "Jordan") are left out: "Woolf,
// Virginia" is a catalogue's heading.
func placeLine(s string) bool {
	town, region, ok := strings.Cut(s, ", ")
	if !ok || !regionNames.has(region) {
		return false
	}
	// A town of three words or more would be a headline's as often
	// ("Dockers Strike Again, New York").
	n := wordCountUpTo(town, 3)
	return n >= 1 && n <= 2 && isUpperStart(town) && capRatio(town) == 1 && indexDigit(town) < 0
}

// regionNames are states, provinces and countries, as a town's line
// names them.
var regionNames = newWordSet(
	"Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida",
	"Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland",
	"Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada",
	"New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio", "Oklahoma",
	"Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah",
	"Vermont", "Washington", "West Virginia", "Wisconsin", "Wyoming", "District of Columbia", "D.C.",
	"Ontario", "Quebec", "Québec", "Nova Scotia", "New Brunswick", "Manitoba", "British Columbia",
	"Prince Edward Island", "Saskatchewan", "Alberta", "Newfoundland", "Newfoundland and Labrador",
	"New South Wales", "Queensland", "South Australia", "Tasmania", "Western Australia",
	"England", "Scotland", "Wales", "Northern Ireland", "Ireland", "United Kingdom", "UK", "USA", "U.S.A.",
	"United States", "Canada", "Australia", "New Zealand", "France", "Germany", "Italy", "Spain", "Portugal",
	"Belgium", "Netherlands", "Switzerland", "Austria", "Sweden", "Norway", "Denmark", "Finland", "Iceland",
	"Poland", "Czech Republic", "Czechia", "Slovakia", "Hungary", "Romania", "Bulgaria", "Greece", "Turkey",
	"Türkiye", "Russia", "Ukraine", "Belarus", "Lithuania", "Latvia", "Estonia", "Serbia", "Croatia", "Slovenia",
	"Bosnia and Herzegovina", "Albania", "North Macedonia", "Moldova", "Kazakhstan", "Kyrgyzstan", "Uzbekistan",
	"Tajikistan", "Turkmenistan", "Mongolia", "China", "Japan", "South Korea", "Korea", "Taiwan", "Philippines",
	"Vietnam", "Thailand", "Cambodia", "Myanmar", "Malaysia", "Singapore", "Indonesia", "Bangladesh", "Pakistan",
	"Sri Lanka", "Nepal", "Afghanistan", "Iran", "Iraq", "Syria", "Lebanon", "Saudi Arabia", "Egypt", "Tunisia",
	"Morocco", "Algeria", "Libya", "Nigeria", "Ghana", "Senegal", "Ethiopia", "Kenya", "Uganda", "Tanzania",
	"Zambia", "Zimbabwe", "South Africa", "Mozambique", "Angola", "Namibia", "Botswana", "Mexico", "Guatemala",
	"Honduras", "El Salvador", "Nicaragua", "Costa Rica", "Panama", "Cuba", "Haiti", "Dominican Republic",
	"Puerto Rico", "Jamaica", "Colombia", "Venezuela", "Ecuador", "Peru", "Bolivia", "Chile", "Argentina",
	"Uruguay", "Paraguay", "Brazil",
)

// buttonRow reports whether s is a row of buttons side by side, two or
// more: "Clip  Save", "Share · Print · Email". One button alone is
// chromeLines'.
func buttonRow(s string) bool {
	n := 0
	for w := range strings.FieldsSeq(s) {
		if w == "·" || w == "|" || w == "•" {
			continue
		}
		if !buttonWords.hasFold(w) {
			return false
		}
		n++
	}
	return n >= 2
}

// buttonWords label the buttons a site sets under each entry.
var buttonWords = newWordSet("share", "save", "clip", "print", "email", "e-mail", "tweet", "like", "reply",
	"download", "embed", "cite", "bookmark", "follow", "comment", "comments", "subscribe", "listen", "copy",
	"report", "repost", "retweet")

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
var creditMarks = []string{"getty images", "photo by ", "picture by ", "photograph: ", "photo: ", "foto: ", "фото: ", "ap photo",
	"shutterstock", "alamy", "photo credit", "image: ", "credit: ", "bild: ", "kuva: ", "zdjęcie: ", "(foto ", "(photo ",
	"pic: ", "picture: ", "imagen: ", "imagem: ", "immagine: ", "billede: "}

// foldsLikeASCII reports whether strings.ToLower(t) holds one of
// creditMarks exactly when t holds it with ASCII letters case-folded:
// when t has no rune that lowers into one of the marks' letters other
// than the ASCII letters themselves. Only "İ" and "K" (Kelvin) lower to
// ASCII; the marks' other letters are "ę" (from "Ę", lead byte C4, as
// "İ") and Cyrillic (lead bytes D0 and D1).
func foldsLikeASCII(t string) bool {
	i := 0
	// Eight ASCII bytes at once: most text is ASCII.
	for ; i <= len(t)-8 && load64(t[i:])&highBits == 0; i += 8 {
	}
	for ; i < len(t); i++ {
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
		// Most lines hold none of the words the marks are made of: of
		// the marks t can hold, the others are a label before ": ".
		if !containsFoldASCIIAround(t, creditMarkWords) && !containsFoldASCIIAround(t, alamyWord) {
			return colonCreditMark(t)
		}
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

// creditMarkWords and alamyWord are in every one of creditMarks but
// creditColonLabels' (and "фото: " and "zdjęcie: ", which a string
// foldsLikeASCII cannot hold): fast_test checks.
var (
	creditMarkWords = newFoldWords('t', "photo", "foto", "getty", "shutterstoc", "picture")
	alamyWord       = newFoldWords('l', "alamy")
)

// creditColonLabels are the creditMarks made of an ASCII label and ": ",
// without the label.
var creditColonLabels = []string{"image", "credit", "bild", "kuva", "pic", "picture", "imagen", "imagem", "immagine", "billede"}

// colonCreditMark reports whether t, lower-cased as ASCII, holds one of
// creditColonLabels followed by ": ".
func colonCreditMark(t string) bool {
	for i := 0; ; i++ {
		k := strings.IndexByte(t[i:], ':')
		if k < 0 {
			return false
		}
		i += k
		if i+1 < len(t) && t[i+1] == ' ' {
			for _, l := range creditColonLabels {
				if i >= len(l) && hasPrefixFoldASCII(t[i-len(l):], l) {
					return true
				}
			}
		}
	}
}

// mayBeCredit is a quick test that t can end a caption with a credit: it
// holds '/', ':', "photo", "foto", "getty" or "picture" (ASCII case folded).
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
	// Every field, lower-cased one at a time into a buffer: lower-casing
	// makes and takes no separator, so the fields are those of the
	// lower-cased line.
	units := 0
	for i := 0; ; {
		for i < len(s) && isSep(s[i]) {
			i++
		}
		if i == len(s) {
			return units > 0
		}
		j := i
		for j < len(s) && !isSep(s[j]) {
			j++
		}
		w := appendLower(buf[:0], s[i:j])
		switch {
		case durationUnits.hasBytes(w):
			units++
		case durationWords.hasBytes(w):
		case isDigits(s[i:j]): // digits lower-case to themselves
		default:
			return false
		}
		i = j
	}
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
		if containsAgency(ls, a) {
			return true
		}
	}
	return false
}

// containsAgency reports whether ls holds the agency a as a word of its
// own: "/ap" ends a credit ("Jane Doe/AP"), not "(March/April 2024)".
func containsAgency(ls, a string) bool {
	for i := 0; ; {
		k := strings.Index(ls[i:], a)
		if k < 0 {
			return false
		}
		start, end := i+k, i+k+len(a)
		// The slash parts the agency from the name it credits.
		before := a[0] == '/' || start == 0 || !isASCIILetter(ls[start-1])
		after := a[len(a)-1] == '/' || end == len(ls) || !isASCIILetter(ls[end])
		if before && after {
			return true
		}
		i = start + 1
	}
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
	creditWords = newFoldWords('t', "photo", "foto", "getty", "picture")
	agencyWords = newFoldWords('t', "getty", "ap photo", "shutterstoc")
	// Both, for isChrome to rule out short lines in one scan.
	creditOrAgencyWords = newFoldWords('t', "photo", "foto", "getty", "picture", "ap photo", "shutterstoc")
)

// containsFoldASCIIAround reports whether s holds one of fw's words,
// ignoring the case of ASCII letters in s. Each word is tried only where
// its letter c is followed by the word's next letter: eight places at a
// time, those pairs are found with a few masks (letters such as 't' are
// common, the pairs much less so).
func containsFoldASCIIAround(s string, fw *foldWords) bool {
	p := 0
	for ; p <= len(s)-9; p += 8 {
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
func hasPrefixFoldASCII[T ~string | ~[]byte](s T, lp string) bool {
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

// containsCaption reports whether strings.ToLower(s) holds "caption",
// without lower-casing s: of the runes outside ASCII only 'İ' (U+0130)
// lower-cases into one of its letters (lowersToASCII), and without one
// the word is held exactly where containsFoldASCIIAround finds it.
func containsCaption(s string) bool {
	if strings.Contains(s, "\u0130") {
		return strings.Contains(strings.ToLower(s), "caption")
	}
	return containsFoldASCIIAround(s, captionWord)
}

var captionWord = newFoldWords('p', "caption")

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

func upperASCII(c byte) byte {
	if 'a' <= c && c <= 'z' {
		return c - ('a' - 'A')
	}
	return c
}

// isPhotoCreditBytes is isPhotoCredit on a lower-cased buffer. Most
// agencies are written with a slash; without one, only the others are
// looked for.
func isPhotoCreditBytes(ls []byte) bool {
	if bytes.IndexByte(ls, '/') >= 0 {
		s := string(ls) // converted once, not for every agency
		for _, a := range photoAgencies {
			if containsAgency(s, a) {
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
	"continue reading", "read more", "read more »", "read more ›", "read more →", "read the rest", "(more…)", "(more...)", "more »", "more>>", "… more", "... more",
	"leer más", "ver más", "seguir leyendo", "lire la suite", "weiterlesen", "von mehr...", "mehr...", "læs mere",
	"leia mais", "подробнее", "читать далее", "толығырақ", "- подробности", "lees meer",
}

// endings are words or marks trimTail cuts off a text's end, and the
// last bytes they end with.
type endings struct {
	words     []string
	lastBytes [256]bool
	// maxLen is the longest word's length; spaced is whether every
	// word starts with a space.
	maxLen int
	spaced bool
}

func newEndings(words ...string) *endings {
	e := &endings{words: words, spaced: true}
	for _, w := range words {
		e.maxLen = max(e.maxLen, len(w))
		e.spaced = e.spaced && w[0] == ' '
		c := w[len(w)-1]
		e.lastBytes[c] = true
		e.lastBytes[upperASCII(c)] = true // cutGluedLink compares in any case
	}
	return e
}

// spaced returns each of words after a space.
func spaced(words []string) []string {
	out := make([]string, len(words))
	for i, w := range words {
		out[i] = " " + w
	}
	return out
}

// glued are the link words glued after a teaser's last sentence, and
// truncationMarks the marks of a cut text.
var (
	glued = newEndings(append([]string{" mehr", " more", " más", " plus", " mere", " ещё", " далее", " expand",
		" детальніше", " les mer", " läs mer", " leggi tutto", " czytaj więcej", " devamı"}, spaced(tailPhrases)...)...)
	truncationMarks = newEndings("[...]", "[…]", "(...)", "(…)", "….", "…", "...", "»", "›", ">>")
)

// loweredTailPhrase finds the first of tailPhrases that ends lt, the
// lower-cased tail of s (as long as tail), or a "continue reading" in it:
// it returns where s is cut.
func loweredTailPhrase(s, tail string, lt []byte) (int, bool) {
	if len(lt) == 0 {
		return 0, false
	}
	// "Continue reading TITLE" names the article after the phrase.
	// (Index first: it is much faster, and usually finds none.)
	if bytes.HasSuffix(lt, []byte(continueReadingPhrase)) {
		return len(s) - len(continueReadingPhrase), true
	}
	if bytes.Index(lt, []byte(continueReadingPhrase)) >= 0 {
		if i := bytes.LastIndex(lt, []byte(continueReadingPhrase)); i >= 0 && len(s)-len(tail)+i > 0 {
			return len(s) - len(tail) + i, true
		}
	}
	// The other phrases, those ending in the tail's last byte.
	for _, t := range tailPhrasesByLast[lt[len(lt)-1]] {
		if len(lt) >= len(t) && string(lt[len(lt)-len(t):]) == t {
			return len(s) - len(t), true
		}
	}
	return 0, false
}

// asciiTailPhrase is loweredTailPhrase for an ASCII tail, lower-cased
// byte by byte as it is compared: no phrase outside ASCII ends it.
func asciiTailPhrase(s, tail string) (int, bool) {
	if tail == "" {
		return 0, false
	}
	if n := len(continueReadingPhrase); len(tail) >= n && hasPrefixFoldASCII(tail[len(tail)-n:], continueReadingPhrase) {
		return len(s) - n, true
	}
	if i := lastIndexFoldASCII(tail, continueReadingPhrase); i >= 0 && len(s)-len(tail)+i > 0 {
		return len(s) - len(tail) + i, true
	}
	for _, t := range tailPhrasesByLast[lowerASCII(tail[len(tail)-1])] {
		if len(tail) >= len(t) && hasPrefixFoldASCII(tail[len(tail)-len(t):], t) {
			return len(s) - len(t), true
		}
	}
	return 0, false
}

// continueReadingPhrase is the first of tailPhrases, the one found
// anywhere in a tail.
const continueReadingPhrase = "continue reading"

// tailPhrasesByLast holds the tail phrases after the first, in order,
// by their last byte.
var tailPhrasesByLast = func() (idx [256][]string) {
	if tailPhrases[0] != continueReadingPhrase {
		panic("listing: tailPhrases must open with " + continueReadingPhrase)
	}
	for _, t := range tailPhrases[1:] {
		idx[t[len(t)-1]] = append(idx[t[len(t)-1]], t)
	}
	return idx
}()

// lastIndexFoldASCII is bytes.LastIndex of the lower-case ASCII phrase p,
// of two letters or more, in s lower-cased, s ASCII: p is tried where its first two letters are,
// found eight places at a time.
func lastIndexFoldASCII(s, p string) int {
	at := -1
	i := 0
	for ; i <= len(s)-9; i += 8 {
		x, y := load64(s[i:])|0x20*lowBits, load64(s[i+1:])|0x20*lowBits
		for m := zeroBytes(x^uint64(p[0])*lowBits) & zeroBytes(y^uint64(p[1])*lowBits); m != 0; m &= m - 1 {
			if k := i + bits.TrailingZeros64(m)/8; hasPrefixFoldASCII(s[k:], p) {
				at = k
			}
		}
	}
	for ; i < len(s); i++ {
		if hasPrefixFoldASCII(s[i:], p) {
			at = i
		}
	}
	return at
}

// asciiOnly reports whether s is all ASCII, eight bytes at a time.
func asciiOnly(s string) bool {
	i := 0
	for ; i <= len(s)-8; i += 8 {
		if load64(s[i:])&highBits != 0 {
			return false
		}
	}
	for ; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// trimTail removes link tails and truncation marks from the end of a
// teaser: "… Read more", "(…)", "[...]", "»".
func trimTail(s string) string {
	// Only a bounded number of tails is removed, and only the end of the
	// text is lower-cased, so that hostile input stays linear.
	for changed, rounds := true, 0; changed && rounds < 8; rounds++ {
		changed = false
		s = trimSpace(s)
		tail := tailOf(s, 240)
		if asciiOnly(tail) {
			// Most tails: the phrases are matched with ASCII letters
			// case-folded in place, not in a lower-cased copy.
			if cut, ok := asciiTailPhrase(s, tail); ok {
				s = s[:cut]
				changed = true
			}
		} else {
			var buf [256]byte
			lt := appendLower(buf[:0], tail)
			if len(lt) != len(tail) {
				break // case mapping changed lengths; offsets would not line up
			}
			if cut, ok := loweredTailPhrase(s, tail, lt); ok {
				s = s[:cut]
				changed = true
			}
		}
		// A link word glued after the teaser's last sentence: "…in der
		// laufenden Tarifrunde. mehr".
		// (The last byte first: a text that ends as no word or mark
		// does keeps its end through each loop.)
		if cut := cutGluedLink(s); len(cut) != len(s) {
			s, changed = cut, true
		}
		if s != "" && truncationMarks.lastBytes[s[len(s)-1]] {
			for _, m := range truncationMarks.words {
				if s != "" && s[len(s)-1] == m[len(m)-1] && strings.HasSuffix(s, m) {
					s = strings.TrimSuffix(s, m)
					changed = true
				}
			}
		}
	}
	return trimSpace(s)
}

// cutGluedLink cuts a link word glued after a teaser's last sentence:
// "…in der laufenden Tarifrunde. mehr" loses " mehr".
func cutGluedLink(s string) string {
	// (The last byte first: most text ends as no link word does.)
	if s == "" || !glued.lastBytes[s[len(s)-1]] {
		return s
	}
	// A word starts with a space, after the mark ending the sentence:
	// most tails hold no such pair, and no word need be compared.
	if glued.spaced && !markedSpace(s[max(0, len(s)-glued.maxLen-1):]) {
		return s
	}
	for _, w := range glued.words {
		// The mark before the word first: a sentence's end is rarely
		// where a word would start, and the compare is spared.
		k := len(s) - len(w)
		if k <= 0 {
			continue
		}
		if c := s[k-1]; c != '.' && c != '!' && c != '?' && !(c == 0xA6 && strings.HasSuffix(s[:k], "…")) {
			continue
		}
		if strings.EqualFold(s[k:], w) {
			return s[:k]
		}
	}
	return s
}

// markedSpace reports whether t holds a space right after '.', '!', '?'
// or the last byte of '…'.
func markedSpace(t string) bool {
	for i := 1; i < len(t); i++ {
		if t[i] == ' ' {
			if c := t[i-1]; c == '.' || c == '!' || c == '?' || c == 0xA6 {
				return true
			}
		}
	}
	return false
}

// templateKey appends to the empty dst the shape of a short line: lower
// case, every number (with the spaces, dots and commas inside it) as '#'.
// "12 Comments" and "4 Comments" share a key; so do "Views: 1 245" and
// "Views: 982".
func templateKey(dst []byte, s string) []byte {
	if isASCII(s) {
		// Lower-cased in place: ASCII keeps its length.
		start := len(dst)
		dst = appendNumberKey(dst, s)
		for i, c := range dst[start:] {
			dst[start+i] = lowerASCII(c)
		}
		return dst
	}
	// Lower-cased first, into a buffer on the stack: lower-casing makes
	// and takes no digit, space, '.' or ',', and splits no rune, so the
	// numbers are read alike.
	var buf [128]byte
	return appendNumberKey(dst, appendLower(buf[:0], s))
}

// appendNumberKey appends s to dst with every number (and the spaces,
// dots and commas inside it) made one '#'.
func appendNumberKey[S string | []byte](dst []byte, s S) []byte {
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
	return dst
}

// sharedSources reads a name printed the same in every entry, right under
// its headline and over its date or byline, as the entries' source: a
// podcast's show under each episode ("Épisode 3/4 : Les canuts de Lyon" /
// "Le Cours de l’histoire" / "Mercredi 13 mars 2024"), a series' name. A
// name has two capitalised words or more, which the template's buttons
// ("Écouter plus tard") do not. The lines it takes are no longer
// candidates for furniture.
func sharedSources(items []item, cand []bool, recurring func(int) bool) {
	slot := func(i int) bool {
		if i == 0 || i+1 >= len(items) || !recurring(i) {
			return false
		}
		it, head, next := &items[i], &items[i-1], &items[i+1]
		return !it.gap && head.kind == kTitle && (head.gap || i == 1) && !next.gap && (next.kind == kDate || next.kind == kByline) &&
			capitalisedCount(it.body) >= 2 && indexDigit(it.body) < 0
	}
	for _, i := range recurs(len(items), 3, slot) {
		it := &items[i]
		it.kind, it.source, it.title = kCite, it.body, ""
		cand[i] = false
	}
}

// capitalisedCount counts the words of s that start in upper case.
func capitalisedCount(s string) int {
	n := 0
	for i := 0; i < len(s); {
		a, b := nextField(s, i)
		if a == len(s) {
			break
		}
		if isUpperStart(s[a:b]) {
			n++
		}
		i = b
	}
	return n
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
	// A label of the record's kind opening its block above the title:
	// "Archival Object" / "Lockout correspondence, 1895".
	isKindLabel := func(i int) bool {
		return candidate(i) && (items[i].gap || i == 0) && i+1 < len(items) && !items[i+1].gap &&
			items[i+1].kind == kTitle && isLabelPhrase(items[i].body)
	}
	kickers, kindLabels := 0, 0
	for i := range items {
		if isKicker(i) {
			kickers++
		}
		if isKindLabel(i) {
			kindLabels++
		}
	}
	recurring := func(i int) bool {
		it := &items[i]
		return candidate(i) && nearby(at[keyOf[i]], i, 1) && !(i > 0 && items[i-1].kind == kProse && looksLikeName(it.body))
	}
	sharedSources(items, cand, recurring)
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
			if kickers >= 2 && isKicker(i) || kindLabels >= 2 && isKindLabel(i) {
				return true
			}
		}
		return false
	}
	out := items[:0]
	gap := false
	var bullet byte
	for i := range items {
		if drop(i) {
			// The line after dropped furniture takes its place at the
			// top of the block, with the list number it held ("1." /
			// "Select" / title).
			gap = gap || items[i].gap
			if bullet == 0 && items[i].bullet == '#' {
				bullet = '#'
			}
			continue
		}
		// Items are big: one is copied only once one before has been
		// dropped.
		g := items[i].gap || gap
		gap = false
		if len(out) != i {
			out = append(out, items[i])
		} else {
			out = out[:i+1] // it is in its place
		}
		it := &out[len(out)-1]
		it.gap = g
		if it.bullet == 0 {
			it.bullet = bullet
		}
		bullet = 0
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
			rest = trimSpace(s[len(w):])
			break
		}
	}
	if rest == "" || rest[0] < '0' || rest[0] > '9' {
		return false
	}
	for f := range strings.FieldsSeq(rest) {
		if strings.Trim(f, "0123456789-–—,/") != "" && !pageConnectives.hasFold(f) {
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
// or a date ("This Day in Labor History: January 19, 1915") stay apart.
func longKey(items []item, i int, buf []byte) []byte {
	it := &items[i]
	if i > 0 && !it.gap && (items[i-1].kind == kProse || i+1 == len(items) || items[i+1].gap) || it.kind == kTitle && numberRuns(it.body) >= 2 && (it.dateless || !holdsDate(it.body)) {
		// A NUL sets these keys apart from text; lower-casing keeps it.
		return templateKey(append(buf, 0), it.body)
	}
	return append(buf, it.body...)
}

// chromeParts reports whether s is two or more chrome lines set apart by
// " | ".
func chromeParts(s string) bool {
	n := 0
	sep := "|"
	if strings.Contains(s, " · ") {
		sep = " · "
	}
	// A footer's row may open with the site's name: "Boards.ie · Terms ·
	// Privacy · Cookie Settings".
	other := 0
	for part := range strings.SplitSeq(s, sep) {
		part = trimSpace(part)
		var buf [80]byte
		if part == "" || len(part) > chromeKeyMax+8 || !chromeLines.hasBytes(appendLetterKey(buf[:0], part, chromeKeyMax)) {
			if n > 0 || other > 0 {
				return false
			}
			other++
			continue
		}
		n++
	}
	return n >= 2 && (other == 0 || n >= 3)
}

// holdsDate reports whether s holds a date.
func holdsDate(s string) bool {
	_, ok := firstDate(s, orderUnknown)
	return ok
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

// priceLine reports a price alone on its line: "£10.00", "From £12.00",
// "US$ 25", "12,50 €", "$5 – $20".
func priceLine(s string) bool {
	if !mayHoldCurrency(s) {
		return false // most lines: no currency's mark to look for
	}
	s = trimSpace(s)
	for _, p := range []string{"From ", "from ", "Price: ", "Ab ", "Dès ", "Desde "} {
		s = strings.TrimPrefix(s, p)
	}
	currency := false
	for _, c := range currencyMarks {
		if strings.Contains(s, c) {
			currency = true
			s = strings.ReplaceAll(s, c, "")
		}
	}
	if !currency {
		return false
	}
	for _, r := range s {
		switch {
		case isDigit(r), r == '.', r == ',', r == ' ', r == '-', r == '–', r == 'U', r == 'S', r == 'A', r == 'C':
		default:
			return false
		}
	}
	return indexDigit(s) >= 0
}

// currencyMarks are the currencies priceLine reads.
var currencyMarks = []string{"£", "€", "$", "¥", "₹", "zł", "kr", "Kč", "CHF", "руб", "₽"}

// mayHoldCurrency is a quick test that s can hold one of currencyMarks:
// each has a byte outside ASCII, or a '$', a 'k' or a 'C' (fast_test
// checks).
func mayHoldCurrency(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || c == '$' || c == 'k' || c == 'C' {
			return true
		}
	}
	return false
}

// dayPeriods mark a time of day as before or after noon, or as a clock's.
// ("6h" is as often an age: "6 hours ago".)
var dayPeriods = newWordSet("am", "pm", "a.m.", "p.m.", "a.m", "p.m", "uhr")

// timeSeps join the times of a range: "10 am – 3 pm", "9 to 5".
var timeSeps = newWordSet("to", "bis", "à", "a", "till", "until", "до")

// timesOfDay reports whether s is only a time of day or a range of them,
// as an event's hours are printed on a line of their own: "1 pm",
// "10 am – 3 pm", "12:00 pm - 2:00 pm", "9.30am–5pm", "18:00–20:00". A
// bare number is no time: one time at least has its minutes or its
// "am"/"pm".
func timesOfDay(s string) bool {
	clocks, marked := 0, false
	isDash := func(r rune) bool { return r == '-' || r == '–' || r == '—' }
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == ' ':
			i += n
		case isDash(r):
			i += n // what joins two times
		case r >= '0' && r <= '9':
			// The hour, and the minutes after ':', '.' or 'h'.
			j := i
			for j < len(s) && isDigitByte(s[j]) {
				j++
			}
			if j-i > 2 {
				return false
			}
			if j+2 < len(s) && (s[j] == ':' || s[j] == '.' || s[j] == 'h') && isDigitByte(s[j+1]) && isDigitByte(s[j+2]) && (j+3 == len(s) || !isDigitByte(s[j+3])) {
				j += 3
				marked = true
			}
			clocks++
			i = j
		default:
			// A word: a period of the day, or what joins two times.
			j := i
			for j < len(s) {
				r, n := utf8.DecodeRuneInString(s[j:])
				if r == ' ' || isDash(r) || r >= '0' && r <= '9' {
					break
				}
				j += n
			}
			var buf [16]byte
			switch w := appendLower(buf[:0], s[i:j]); {
			case dayPeriods.hasBytes(w):
				if clocks == 0 {
					return false
				}
				marked = true
			case !timeSeps.hasBytes(w):
				return false
			}
			i = j
		}
	}
	return clocks > 0 && clocks <= 2 && marked
}
