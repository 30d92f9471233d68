package listing

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// chromeLines are whole lines of page furniture, compared after lower-casing
// and dropping everything but letters and spaces: link tails, media player
// controls, sharing buttons. They carry no bibliographic content.
var chromeLines = map[string]bool{}

func init() {
	for _, s := range []string{
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
	} {
		chromeLines[s] = true
	}
}

// chromePrefixes start lines of furniture: a tail that names the article,
// an embedded player, taxonomy lists, photo credits.
var chromePrefixes = []string{
	"continue reading", "read more", "<iframe", "<img", "<script", "<embed", "<video", "<audio",
	"tags:", "categories:", "category:", "filed under", "share on", "photo:", "foto:", "фото:",
	"image:", "credit:", "photo credit", "©", "(c) ", "published in", "posted in",
}

// letterKey lower-cases s and keeps only letters and single spaces.
func letterKey(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		switch {
		case unicode.IsLetter(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(r))
		default:
			space = true
		}
		if b.Len() > 60 {
			break
		}
	}
	return b.String()
}

// isChrome reports whether a whole line is page furniture.
func isChrome(s string) bool {
	if len(s) < 60 {
		k := letterKey(s)
		if k == "" && !strings.ContainsAny(s, "0123456789") {
			return true // only punctuation or symbols: "»", "***"
		}
		if chromeLines[k] {
			return true
		}
	}
	// Only the ends of a line can make it chrome; lower-case just those.
	ls := strings.ToLower(headOf(s, 24))
	for _, p := range chromePrefixes {
		if strings.HasPrefix(ls, p) {
			return true
		}
	}
	// A photo caption ends with its toggle.
	if end := strings.ToLower(tailOf(s, 16)); strings.HasSuffix(end, "hide caption") || strings.HasSuffix(end, "toggle caption") {
		return true
	}
	if len(s) < 80 && isPhotoCredit(strings.ToLower(s)) {
		return true
	}
	return false
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

// isPhotoCredit spots credits naming photo agencies ("Spencer Platt/Getty
// Images", "AFP via Getty Images").
func isPhotoCredit(ls string) bool {
	for _, a := range []string{"getty images", "/afp", "afp/", "ap photo", "/ap", "/reuters", "reuters/", "shutterstock", "/epa", "epa/", "via getty"} {
		if strings.Contains(ls, a) {
			return true
		}
	}
	return false
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
		lt := strings.ToLower(tail)
		if len(lt) != len(tail) {
			break // case mapping changed lengths; offsets would not line up
		}
		for _, t := range tailPhrases {
			if strings.HasSuffix(lt, t) {
				s = s[:len(s)-len(t)]
				changed = true
				break
			}
			// "Continue reading TITLE" names the article after the phrase.
			if t == "continue reading" {
				if i := strings.LastIndex(lt, t); i >= 0 && len(s)-len(tail)+i > 0 {
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
