package listing

import (
	"strings"
	"unicode/utf8"
)

// joinWrapped joins the lines of a list that a PDF or a narrow column
// broke: a reference list copied from an article prints one item over two
// or three lines. Items open with a list's number, or with an author-date
// reference's head ("Banerjee, S., & Mitra, R. (2007). Title…"). A line
// joins the item above it, with no blank line between, when it starts in
// lower case or ends a word the line above broke with a hyphen ("Сык-" /
// "тывкар : Изд-во…"); under a reference's head, also when the line above
// stops mid-sentence ("…Migration, kinship and strike," / "1920–1937. New
// Delhi: Manohar."), since a reference ends with a full stop. Where two
// lines or more show the list so broken, any line under an item is the
// rest of it ("Ann Arbor : University of Michigan Press, 1997."); on other
// pages such lines stay lines of their own (a teaser under a numbered
// headline).
func joinWrapped(lines []line) []line {
	var opens []itemOpen // opens[i]: how lines[i] opens an item, if it does
	numbered, refs := 0, 0
	for i := range lines {
		o := openNone
		if listNumbered(lines[i].text) {
			o = openNumber
			numbered++
		} else if lines[i].facts.any(hasParen) && referenceHead(lines[i].text) {
			o = openReference
			refs++
		}
		if o != openNone {
			if opens == nil {
				opens = make([]itemOpen, len(lines))
			}
			opens[i] = o
		}
	}
	if numbered < 3 && refs < 3 {
		return lines
	}
	counts := func(o itemOpen) bool {
		return o == openNumber && numbered >= 3 || o == openReference && refs >= 3
	}
	under := func(i int, item itemOpen) bool {
		l := &lines[i]
		return counts(item) && !l.gap && l.cells() == nil && lines[i-1].cells() == nil && opens[i] == openNone
	}
	broke := func(a, b string, item itemOpen) (string, bool) {
		if joined, ok := joinWrap(a, b); ok {
			return joined, true
		}
		if item == openReference && midSentence(a) {
			return a + " " + b, true
		}
		return "", false
	}
	broken, item := 0, openNone
	for i := range lines {
		if i > 0 && under(i, item) {
			if _, ok := broke(lines[i-1].text, lines[i].text, item); ok {
				broken++
			}
			continue
		}
		item = opens[i]
	}
	out := lines[:0]
	item = openNone
	for i, l := range lines {
		if n := len(out); n > 0 && under(i, item) {
			joined, ok := broke(out[n-1].text, l.text, item)
			if !ok && broken >= 2 {
				joined, ok = out[n-1].text+" "+l.text, true
			}
			if ok {
				out[n-1].text, out[n-1].facts = joined, factsOf(joined)
				continue
			}
		}
		item = opens[i]
		out = append(out, l)
	}
	return out
}

// itemOpen is how a line opens an item of a list that joinWrapped mends.
type itemOpen uint8

const (
	openNone itemOpen = iota
	openNumber
	openReference
)

// referenceHead reports whether s opens an author-date reference: names,
// then the year in brackets ("Ahmad, I. (1998). ", "Labour Bureau. (2014).
// ", "Dutta, N. (n.d.). ").
func referenceHead(s string) bool {
	b := strings.Index(headOf(s, 160), " (")
	if b < 2 || b+3 >= len(s) || !isDigitByte(s[b+2]) && !strings.HasPrefix(s[b+2:], "n.d") || !isUpperStart(s) {
		return false
	}
	e := strings.IndexByte(s[b:], ')')
	if e < 0 || e > 20 {
		return false // "(1998)", "(2019a)", "(n.d.)", "(2024, March 12)" are short
	}
	if y := trimSpace(s[b+2 : b+e]); strings.ContainsAny(y, "-–") && isLifeYears(y) {
		return false // a catalogue heading's years of life: "Mazur, Jan (1938-2011). Autor"
	}
	if _, rest, ok := authorBlock(s); ok && strings.HasPrefix(rest, "(") {
		return true
	}
	// A body's name is any capitalised words, so its year must close
	// with APA's stop: "Labour Bureau. (2014). Report…", not a film's
	// "Coal Town (1936) Documentary".
	_, rest, ok := corporateAuthor(s)
	e = strings.IndexByte(rest, ')')
	return ok && e > 0 && strings.HasPrefix(rest[e+1:], ". ")
}

// midSentence reports whether a line stops where no reference ends: on a
// comma, an ampersand, an opening bracket or a word with no stop after it.
func midSentence(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return isLetter(r) || r == ',' || r == '&' || r == '(' || r == '['
}

// listNumbered reports whether s opens with a list's number: "1. ".
func listNumbered(s string) bool {
	// One to three digits, a stop or bracket and a space, before
	// stripBullet's closer look (which tells "1. April 2018" from item 1).
	if i := listNumberEnd(s); i == 0 || i >= len(s) || s[i] != ' ' {
		return false
	}
	_, b := stripBullet(s)
	return b == '#'
}

// joinWrap returns line a with the line b that continues it, when b does:
// b starts in lower case, or a ends with a word broken by a hyphen.
func joinWrap(a, b string) (string, bool) {
	first, _ := utf8.DecodeRuneInString(b)
	if !isLetter(first) {
		return "", false
	}
	if _, ok := cutByWord(b); ok {
		return "", false // a byline under the title: "by Marta Vidal"
	}
	if strings.HasSuffix(a, "-") && len(a) >= 2 {
		if last, _ := utf8.DecodeLastRuneInString(a[:len(a)-1]); isLetter(last) {
			if isLower(first) {
				return a[:len(a)-1] + b, true
			}
			return a + b, true // a hyphen of the compound: "Anglo-" / "American"
		}
	}
	if isLower(first) {
		return a + " " + b, true
	}
	return "", false
}
