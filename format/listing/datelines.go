package listing

import (
	"strings"
)

// labelledDates reads date lines whose label the parser does not know
// ("Publikacja: 13.01.2026 17:45", "EDIZIONE DEL 14.01.2026", "First
// published online January 6, 2026") from the page: a site prints every
// entry's date behind the same words, so a short label that recurs before
// a date on two or more lines is a date label, whatever its language. A
// single line is read so only when its label is one or two words ending
// in a colon.
func labelledDates(items []item, order dayOrder) {
	type cand struct {
		i   int
		key string
		m   dateMatch
	}
	var cands []cand
	count := map[string]int{}
	for i := range items {
		it := &items[i]
		if it.kind != kTitle || len(it.body) > 80 || indexDigit(it.body) < 0 {
			continue
		}
		key, m, ok := dateLabel(it.body, order)
		if !ok {
			continue
		}
		cands = append(cands, cand{i, key, m})
		count[key]++
	}
	for _, c := range cands {
		if count[c.key] >= 2 || strings.HasSuffix(c.key, ":") && wordCount(c.key) <= 2 {
			it := &items[c.i]
			it.kind, it.date, it.dated = kDate, c.m.date, true
			it.title, it.source, it.rest, it.authors = "", "", "", nil
		}
	}
}

// dateLabel splits s into a label of one to four words and a date that
// ends the line (a time of day may follow). The key is the label in
// lower case.
func dateLabel(s string, order dayOrder) (string, dateMatch, bool) {
	m, ok := firstDate(s, order)
	if !ok || m.start == 0 {
		return "", m, false
	}
	label := strings.TrimSpace(s[:m.start])
	if label == "" || indexDigit(label) >= 0 || wordCount(label) > 4 {
		return "", m, false
	}
	// The label is words, not a headline's clause: no sentence
	// punctuation inside it, and a colon only at its end.
	if i := strings.IndexAny(label, ".!?;\"“”«»‘’"); i >= 0 {
		return "", m, false
	}
	if i := strings.IndexByte(label, ':'); i >= 0 && i != len(label)-1 {
		return "", m, false
	}
	var buf [40]token
	if !onlyTimeAfter(appendTokens(buf[:0], s[m.end:], 40)) {
		return "", m, false
	}
	return strings.ToLower(label), m, true
}
