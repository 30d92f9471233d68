package listing

import (
	"strings"
	"unicode/utf8"
)

// joinWrapped joins the lines of a numbered list that a PDF or a narrow
// column broke: a reference list copied from an article prints one item
// over two or three lines. A line joins the numbered one above it, with
// no blank line between, when it starts in lower case or ends a word the
// line above broke with a hyphen ("Сык-" / "тывкар : Изд-во…"). Where two
// lines or more show the list so broken, any line under a number is the
// rest of its item ("Ann Arbor : University of Michigan Press, 1997."); on
// other pages such lines stay lines of their own (a teaser under a
// numbered headline).
func joinWrapped(lines []line) []line {
	var num []bool // num[i]: lines[i] opens with a list's number
	numbered := 0
	for i := range lines {
		if listNumbered(lines[i].text) {
			if num == nil {
				num = make([]bool, len(lines))
			}
			num[i] = true
			numbered++
		}
	}
	if numbered < 3 {
		return lines
	}
	under := func(i int, inItem bool) bool {
		l := &lines[i]
		return inItem && !l.gap && l.cells() == nil && lines[i-1].cells() == nil && !num[i]
	}
	broken, inItem := 0, false
	for i := range lines {
		if i > 0 && under(i, inItem) {
			if _, ok := joinWrap(lines[i-1].text, lines[i].text); ok {
				broken++
			}
			continue
		}
		inItem = num[i]
	}
	out := lines[:0]
	inItem = false
	for i, l := range lines {
		if n := len(out); n > 0 && under(i, inItem) {
			joined, ok := joinWrap(out[n-1].text, l.text)
			if !ok && broken >= 2 {
				joined, ok = out[n-1].text+" "+l.text, true
			}
			if ok {
				out[n-1].text, out[n-1].facts = joined, factsOf(joined)
				continue
			}
		}
		inItem = num[i]
		out = append(out, l)
	}
	return out
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
