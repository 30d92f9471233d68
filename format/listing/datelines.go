package listing

import (
	"strings"
	"time"

	"github.com/labor-annals/annals"
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
		if it.kind != kTitle && it.kind != kProse || len(it.body) > 160 || !it.facts.any(hasDigit) || indexDigit(it.body) < 0 {
			continue
		}
		if _, year := labelledYear(it.body); it.dateless && !year {
			continue
		}
		key, m, ok := dateLabel(it.body, order)
		if !ok {
			continue
		}
		cands = append(cands, cand{i, key, m})
		count[key]++
	}
	// Whether the line after a candidate is one, by looking at the next
	// candidate: they are in line order.
	for k, c := range cands {
		nextIsCandidate := k+1 < len(cands) && cands[k+1].i == c.i+1
		if next := c.i + 1; next < len(items) && !items[next].gap && items[next].dated && !nextIsCandidate &&
			(items[next].kind == kByline || items[next].kind == kDate) {
			// The entry prints its date on a line of its own below: the
			// recurring words are a series' title, dated by its day ("This
			// Day in Labor History: January 19, 1915" over "January 19,
			// 2025 / Ben Harlan"), and the date is the title's.
			if it := &items[c.i]; it.source == "" && len(it.authors) == 0 && it.rest == "" {
				it.title, it.date, it.dated = it.body, annals.Date{}, false
			}
			continue
		}
		if count[c.key] >= 2 || strings.HasSuffix(c.key, ":") && wordCount(c.key) <= 2 {
			it := &items[c.i]
			it.kind, it.date, it.dated = kDate, c.m.date, true
			it.title, it.source, it.rest, it.authors = "", "", "", nil
		}
	}
}

// titleOverByline makes a title of a line read as "Name: date" right
// above the entry's own byline: an entry has one byline, and a line of
// a name, a colon and a date over it is a series' headline dated by its
// subject's day ("Labor Almanac: March 8, 1917" over "March 8, 2025 /
// Ruth Okafor").
func titleOverByline(items []item) {
	for i := 0; i+1 < len(items); i++ {
		it, next := &items[i], &items[i+1]
		if it.kind != kByline || next.kind != kByline || next.gap || !it.dated || !next.dated || len(next.authors) == 0 {
			continue
		}
		name, _, ok := strings.Cut(it.body, ": ")
		if !ok || len(it.authors) != 1 || it.authors[0] != name || it.source != "" {
			continue
		}
		it.kind, it.title, it.authors, it.date, it.dated, it.rest = kTitle, it.body, nil, annals.Date{}, false, ""
	}
}

// datedTitlesOverDates makes headlines of lines led by a date right
// above a date line of their own, where two entries or more print so:
// "March 5, 1770: Boston's ropewalk workers" over "Mar 5, 2025" is a
// this-day-in-history episode, titled by its subject's day and dated by
// the line below. An entry prints one date of its own.
func datedTitlesOverDates(items []item) {
	over := func(i int) bool {
		if i+1 >= len(items) {
			return false
		}
		it, next := &items[i], &items[i+1]
		return it.kind == kMeta && it.dated && it.rest != "" && len(it.authors) == 0 && it.source == "" &&
			next.kind == kDate && next.dated && !next.gap && len(next.authors) == 0
	}
	for _, i := range recurs(len(items), 2, over) {
		it := &items[i]
		it.kind, it.title, it.rest, it.date, it.dated = kTitle, it.body, "", annals.Date{}, false
	}
}

// dateLabel splits s into a label of one to four words (seven before a
// colon) and a date that
// ends the line (a time of day may follow). The key is the label in
// lower case.
func dateLabel(s string, order dayOrder) (string, dateMatch, bool) {
	m, ok := firstDate(s, order)
	if !ok {
		m, ok = labelledYear(s)
	}
	if !ok || m.start == 0 {
		return "", m, false
	}
	label := trimSpace(s[:m.start])
	// A label closed by a colon may be longer: "Published online by
	// Cambridge University Press:".
	most := 4
	if strings.HasSuffix(label, ":") {
		most = 7
	} else if k := strings.LastIndexByte(label, ' '); k > 0 && dateLabels.has(label[k+1:]) {
		// So may one that leads into the date with a word such as "le"
		// or "on": "Version mise en ligne le".
		most = 6
	}
	if label == "" || indexDigit(label) >= 0 || wordCount(label) > most {
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
	if !onlyTimeAfter(appendTokens(buf[:0], s[m.end:], 40)) && !secondDateLabel(s[m.end:], order) {
		return "", m, false
	}
	return strings.ToLower(label), m, true
}

// labelledYear reads a year alone ending s behind a word that labels a
// date, which a year alone is not taken for elsewhere: "Publication date
// 1903".
func labelledYear(s string) (dateMatch, bool) {
	k := strings.LastIndexByte(s, ' ')
	if k <= 0 || len(s)-k-1 != 4 || !isDigits(s[k+1:]) {
		return dateMatch{}, false
	}
	y := atoi(s[k+1:])
	before := s[:k]
	if !plausibleYear(y) || !dateLabelWords.hasFold(trimRightMarks(before[strings.LastIndexByte(before, ' ')+1:], ":")) {
		return dateMatch{}, false
	}
	return dateMatch{date: annals.YearDate(y), start: k + 1, end: len(s)}, true
}

// secondDateLabel reports whether s, what follows a labelled date, is
// another one after a comma: ", dernière modification le 15 janvier
// 2022." The first is the entry's date; the second says when it changed.
func secondDateLabel(s string, order dayOrder) bool {
	s = trimRightMarks(s, " .")
	rest, ok := strings.CutPrefix(s, ", ")
	if !ok || len(rest) > 80 {
		return false
	}
	_, _, ok = dateLabel(rest, order)
	return ok
}

// dateHeadings takes out the dates a page prints as headings over groups
// of entries (a day's stories, a year's articles) and gives each entry
// under one its date, unless the entry prints its own. A heading is a
// date line alone between blank lines with entries below it, on a page
// whose date lines all stand alone; on a page whose last block is such a
// line, the dates close their entries instead.
func dateHeadings(items []item) []item {
	n := len(items)
	if n < 3 {
		return items
	}
	if !blocked(items) {
		return dayHeadings(items)
	}
	lone := func(i int) bool {
		return (i == 0 || items[i].gap) && (i+1 == n || items[i+1].gap)
	}
	isHeading := func(i int) bool {
		it := &items[i]
		return it.kind == kDate && lone(i) && !it.date.IsZero() && len(it.authors) == 0 && it.source == "" && it.rest == ""
	}
	if isHeading(n - 1) {
		return items
	}
	heading := make([]bool, n)
	headings := 0
	for i := 0; i < n-1; i++ {
		heading[i] = isHeading(i)
		if heading[i] && (i == 0 || !heading[i-1]) {
			headings++ // an issue's date lines one under another count once
		}
		if items[i].kind == kDate && !heading[i] {
			// Date lines that stand in their entries' blocks mark
			// entries, and a lone one among them is no heading.
			return items
		}
	}
	if headings < 2 {
		// One date over the whole list dates the page (an issue's
		// publication), not the entries.
		return items
	}
	out := items[:0]
	var group *annals.Date
	for i := 0; i < n; i++ {
		if heading[i] {
			group = new(items[i].date)
			continue
		}
		it := items[i]
		if i > 0 && heading[i-1] {
			it.gap = true
		}
		it.group = group
		out = append(out, it)
	}
	return out
}

// monthHeadings takes out the months an events page or an archive
// prints as headings over entries that each print their own day: "March
// 2025" over "March 15 @ 12:00 pm", "March 20 @ 6:30 pm". A heading is
// a date of month precision right above an entry's date in that month;
// two such make the page one that heads its months. The days printed
// without a year take the heading's.
func monthHeadings(items []item) []item {
	heads := func(i int) bool {
		h, next := &items[i], &items[i+1]
		if h.kind != kDate || h.date.Precision != annals.PrecisionMonth || len(h.authors) > 0 || h.source != "" || h.rest != "" || next.kind != kDate {
			return false
		}
		if md := next.monthDay; md.month != 0 && next.date.IsZero() {
			return time.Month(md.month) == h.date.Month
		}
		return next.date.Precision == annals.PrecisionDay && next.date.Year == h.date.Year && next.date.Month == h.date.Month
	}
	count := 0
	for i := 0; i+1 < len(items) && count < 2; i++ {
		if heads(i) {
			count++
		}
	}
	if count < 2 {
		return items
	}
	out := items[:0]
	var year int
	var month time.Month
	for i := 0; i < len(items); i++ {
		if i+1 < len(items) && heads(i) {
			year, month = items[i].date.Year, items[i].date.Month
			items[i+1].gap = true
			continue
		}
		it := items[i]
		if md := it.monthDay; year != 0 && md.month != 0 && it.date.IsZero() && time.Month(md.month) == month {
			if d := annals.DayDate(year, month, int(md.day)); d.Validate() == nil {
				it.date, it.dated, it.monthDay = d, true, monthDay{}
			}
		}
		out = append(out, it)
	}
	return out
}

// dayHeadings takes out the dates of a news feed printed without blank
// lines, where each day's date heads its headlines, one to a line:
// "Tuesday, March 4, 2025" / "17:42 Kumtor miners stage sit-in…" /
// "16:05 …". The page must hold nothing but such dates and bare
// headlines, open with a date, and print two headlines under one date
// somewhere: a date above each headline alone is the entry's own.
func dayHeadings(items []item) []item {
	isHeading := func(it *item) bool {
		return it.kind == kDate && !it.date.IsZero() && len(it.authors) == 0 && it.source == "" && it.rest == ""
	}
	if !isHeading(&items[0]) {
		return items
	}
	headings, run, longest := 0, 0, 0
	for i := range items {
		it := &items[i]
		switch {
		case isHeading(it):
			headings++
			run = 0
		case it.kind == kTitle && !it.dated && it.source == "" && len(it.authors) == 0:
			run++
			longest = max(longest, run)
		default:
			return items
		}
	}
	if headings < 2 || longest < 2 || isHeading(&items[len(items)-1]) {
		return items
	}
	out := items[:0]
	var group *annals.Date
	for i := range items {
		if isHeading(&items[i]) {
			group = new(items[i].date)
			continue
		}
		it := items[i]
		it.group = group
		out = append(out, it)
	}
	return out
}

// joinDateBadges joins the lines of a calendar's date badge, which an
// events page prints stacked, each part on a line of its own: "SAT" /
// "MAR" / "22", or "22" / "MAR". Apart, the parts date nothing; joined,
// "SAT MAR 22" is the entry's day. Only where the page prints two badges
// or more: a lone number under a month is as likely a count.
func joinDateBadges(lines []line) []line {
	// badge returns how many lines from i make a badge: a weekday
	// perhaps, then the month and the day in either order.
	badge := func(i int) int {
		// Each part is a word or a number: most lines are longer.
		if len(lines[i].text) > 12 {
			return 0
		}
		n := 0
		if isWeekday(trimSpace(lines[i].text)) {
			n = 1
		}
		if i+n+1 >= len(lines) || lines[i+n].gap && n > 0 || lines[i+n+1].gap {
			return 0
		}
		a, b := trimSpace(lines[i+n].text), trimSpace(lines[i+n+1].text)
		if isBadgeDay(a) {
			a, b = b, a
		}
		if !isBadgeDay(b) || strings.IndexByte(a, ' ') >= 0 {
			return 0
		}
		if _, _, ok := lookupMonth(strings.TrimSuffix(a, "."), false); !ok {
			return 0
		}
		return n + 2
	}
	found := 0
	for i := 0; i < len(lines) && found < 2; i++ {
		if n := badge(i); n > 0 {
			found++
			i += n - 1
		}
	}
	if found < 2 {
		return lines
	}
	out := lines[:0]
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		if n := badge(i); n > 0 {
			parts := make([]string, n)
			for k := range parts {
				parts[k] = trimSpace(lines[i+k].text)
			}
			l.text = strings.Join(parts, " ")
			l.facts = factsOf(l.text)
			i += n - 1
		}
		out = append(out, l)
	}
	return out
}

// isBadgeDay reports whether s is a day of the month alone: "5", "22".
func isBadgeDay(s string) bool {
	return len(s) > 0 && len(s) <= 2 && isDigits(s) && atoi(s) >= 1 && atoi(s) <= 31
}
