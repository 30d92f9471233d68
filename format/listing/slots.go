package listing

import (
	"strings"
	"unicode/utf8"

	"github.com/labor-annals/annals"
)

// Result pages of repositories, catalogues and finders print the same
// lines under every headline: the authors, the series and year, labelled
// fields. Alone, such a line could be a headline or a teaser; in the same
// slot entry after entry, a few entries apart, it is what the template
// puts there.

// underHeadlines reads two kinds of line that a repository's or
// catalogue's results print under each headline, where two entries or
// more on the page print them: the authors as inverted names set apart
// by semicolons ("Harker, Tom; Ruiz, Ana", or one: "Okafor, Chidi"),
// and the series or publisher with the year ("IRLE Working Paper Series
// (2024)"). Alone, either could be a headline; in that slot, page after
// page, they are not.
func underHeadlines(items []item) {
	var names, sources []int
	listed := false // a line of several names: the page's convention
	named := 0      // names already read under headlines (with life dates)
	for i := 1; i < len(items); i++ {
		it := &items[i]
		if it.kind == kName && !it.gap && items[i-1].kind == kTitle && strings.IndexByte(it.authors[0], ',') > 0 {
			named++
		}
		// Names ending in an initial's stop read as a sentence.
		if it.gap || it.kind != kTitle && it.kind != kProse || it.source != "" {
			continue
		}
		// Under the headline, or under the names under it.
		if prev := &items[i-1]; prev.kind != kTitle && prev.kind != kName && prev.kind != kProse {
			continue
		}
		if it.kind == kProse && !strings.HasSuffix(it.body, ".") {
			continue
		}
		if !it.dated && invertedNameList(it.body) != nil {
			names = append(names, i)
			listed = listed || strings.Contains(it.body, "; ")
		} else if _, _, ok := yearSourceLine(it.body); ok && it.kind == kTitle {
			sources = append(sources, i)
		}
	}
	// "Sociology, Political Science" reads as one inverted name too: one
	// name alone counts where other lines list several so.
	// So is a name where other entries print theirs, inverted, in the
	// same slot: "Berg, Anna" among "Ek, Lars, 1951-".
	slotted := named >= 2 && len(names) <= named
	if len(names) >= 2 && listed || slotted {
		for _, i := range names {
			if !slotted && !nearby(names, i, 1) {
				continue // a template's lines recur a few entries apart
			}
			it := &items[i]
			it.kind, it.authors, it.title = kName, invertedNameList(it.body), ""
			// Where names stand under the headline, a name-like line
			// opening the block over it is a label: "Data Brief".
			if i >= 2 && items[i-1].kind == kTitle && !items[i-1].gap && items[i-2].kind == kName && (i == 2 || items[i-2].gap) {
				items[i-2].kind, items[i-2].authors = kChrome, nil
			}
		}
	}
	if len(sources) >= 2 {
		for _, i := range sources {
			if !nearby(sources, i, 1) {
				continue
			}
			it := &items[i]
			src, d, _ := yearSourceLine(it.body)
			it.kind, it.source, it.date, it.dated, it.title = kDate, src, d, true, ""
		}
	}
}

// invertedNameList splits "Harker, Tom; Nguyen, Linh" into its names;
// nil unless every part is "Surname, Given" in capitalised words.
func invertedNameList(s string) []string {
	// Every name holds ", " (looked for first: most lines have no comma,
	// and one search for it is quick).
	if len(s) > 300 || strings.IndexByte(s, ',') < 0 || strings.ContainsAny(s, "0123456789!?:()") || strings.IndexByte(s, '.') >= 0 && !hasInitials(s) {
		return nil
	}
	parts := strings.Split(s, "; ")
	for _, p := range parts {
		if !strings.Contains(p, ", ") {
			return nil
		}
		// "Batalha, Claudio H. M.", "Santos, Maria Aparecida dos": given
		// names may end in initials or a particle.
		if _, end, ok := invertedName(p, 0, false); (!ok || end != len(p)) && !(isInvertedName(p) && givenNames(p[strings.IndexByte(p, ',')+1:])) {
			return nil
		}
	}
	return parts
}

// yearSourceLine reads "IRLE Working Paper Series (2024)": a few
// capitalised words, then a year alone in brackets.
func yearSourceLine(s string) (string, annals.Date, bool) {
	d, ok := parenYear(s)
	if !ok || len(s) > 120 || !plausibleYear(d.Year) {
		return "", annals.Date{}, false
	}
	name := trimSpace(s[:len(s)-6])
	if !isUpperStart(name) || wordCountUpTo(name, 11) > 10 || strings.ContainsAny(name, "0123456789.,;!?:()") {
		return "", annals.Date{}, false
	}
	return name, d, true
}

// recurringLabels drops the labelled lines of a catalogue's fields that
// the field table does not know ("Jurisdiction code: …", "Citation: 89
// FR 18904") where the same label recurs under two or more headlines:
// fields, not a teaser. A label before the block's headline is the
// headline's own rubric ("Kazakhstan: …") and stays.
func recurringLabels(items []item) {
	where := map[string][]int{} // the items of each label, ascending
	var at []int
	titled := false // the block has its headline above
	for i := 0; i < len(items); i++ {
		it := &items[i]
		if i == 0 || it.gap {
			titled = it.kind == kTitle
			continue
		}
		if titled && (it.kind == kTitle || it.kind == kProse) && !it.dated && !labelledTeaser(it.body) {
			if label := fieldLabel(it.body); label != "" {
				where[label] = append(where[label], i)
				at = append(at, i)
			}
		}
		titled = titled || it.kind == kTitle
	}
	// Copies a few entries apart, as a template's lines are.
	for _, i := range at {
		if it := &items[i]; nearby(where[fieldLabel(it.body)], i, 1) {
			it.kind, it.title = kChrome, ""
		}
	}
}

// forumThreads reads a forum's list of threads, each block a title, the
// starter's name and the date it was started, then counters ("Replies"
// 68, "Views" 4K, "Replies: 23") and the last post's date and poster.
// Starters' handles ("redsquirrel") read as no names; their slot, right
// above the block's first date (and the links to the thread's pages),
// says what they are. The last poster is no author. The counters are
// read from the page's lines: a counter with its count is page chrome,
// no item.
func forumThreads(items []item, lines []line) {
	var blocks [][2]int
	for i := 0; i < len(items); {
		j := i + 1
		for j < len(items) && !items[j].gap {
			j++
		}
		blocks = append(blocks, [2]int{i, j})
		i = j
	}
	counted := 0 // blocks of lines with a counter
	for i := 0; i < len(lines); {
		j := i + 1
		for j < len(lines) && !lines[j].gap {
			j++
		}
		for k := i; k < j; k++ {
			if isThreadCounter(lines[k].text) {
				counted++
				break
			}
		}
		i = j
	}
	if counted < 2 || counted*2 < len(blocks) {
		return
	}
	for _, b := range blocks {
		first, last := -1, -1
		for k := b[0] + 1; k < b[1]; k++ {
			if items[k].kind == kDate {
				if first < 0 {
					first = k
				}
				last = k
			}
		}
		if first < 0 {
			continue
		}
		k := first - 1
		for k > b[0] && isPageLinks(items[k].body) {
			// Links to the thread's pages, "( 1 2 3 … Last Page)".
			items[k].kind, items[k].title = kChrome, ""
			k--
		}
		started := k > b[0] && isHandle(&items[k])
		if started {
			items[k].kind, items[k].authors, items[k].title = kName, []string{items[k].body}, ""
		}
		for k := last + 1; k < b[1]; k++ {
			// The last post's poster, perhaps "by TruckinTom" under its
			// date.
			if last > first && isHandle(&items[k]) || started && items[k].kind == kByline {
				items[k].kind, items[k].authors, items[k].title = kChrome, nil, ""
			}
		}
	}
}

// forumRows reads a forum's thread list printed a thread to a few lines,
// with the counts and the last post on one line under the starter's:
// "Lollypop_88 Posts: 14 Forumite" / "312 views 9 comments Most recent
// by sangie595 5 March". The starter's handle, before their own count,
// is the thread's author, under the thread's title; the last post's
// date, the only one printed, is its date; the last poster is no author. Two rows or more make a page
// a forum's.
func forumRows(items []item, order dayOrder) {
	var rows []int
	var dates []item
	for i := range items {
		it := &items[i]
		if it.kind != kTitle || len(it.body) > 160 || !isDigitByte(it.body[0]) {
			continue
		}
		rest, ok := afterCounts(it.body)
		if !ok {
			continue
		}
		label, when, ok := strings.Cut(rest, " by ")
		if !ok || len(label) > 20 {
			continue // "Most recent by", "Last post by": a few words
		}
		_, when, ok = strings.Cut(when, " ") // the poster's handle
		if !ok {
			continue
		}
		l, ok := makeLine(when, it.no)
		if !ok {
			continue
		}
		var d item
		classify(&d, l, pageContext{order: order, nameColumn: -1, sourceColumn: -1})
		if d.kind != kDate || len(d.authors) > 0 {
			continue
		}
		rows = append(rows, i)
		dates = append(dates, d)
	}
	if len(rows) < 2 {
		return
	}
	for k, i := range rows {
		it := &items[i]
		it.kind, it.title = kDate, ""
		it.date, it.dated, it.monthDay = dates[k].date, dates[k].dated, dates[k].monthDay
		if i > 0 && !it.gap {
			if up := &items[i-1]; up.kind == kTitle || up.kind == kName {
				if name, ok := posterCount(up.body); ok {
					up.kind, up.authors, up.title = kName, []string{name}, ""
					// Above the starter stands the thread's title, which
					// may read as a sentence: "Can my employer …?"
					if i > 1 && !up.gap && items[i-2].kind == kProse && len(items[i-2].body) <= 200 {
						items[i-2].kind, items[i-2].title = kTitle, items[i-2].body
					}
				}
			}
		}
	}
}

// starterLines reads the handle before a middot, on the line under an
// entry's title, as the entry's author where two lines or more in that
// slot print a person's name there: a forum's thread list gives each
// thread's starter so, "Mugby Junction · 2 Dec 2024", and a handle of
// one word ("Trainbow · 11 Mar 2025", "scouserail · Today at 08:14")
// is a name like theirs, not an outlet's, unless it reads as one.
func starterLines(items []item) {
	named := 0
	var at []int
	for i := 1; i < len(items); i++ {
		it := &items[i]
		if it.gap || items[i-1].kind != kTitle {
			continue
		}
		h, _, ok := strings.Cut(it.body, " · ")
		if !ok || h == "" || len(h) > 40 {
			continue
		}
		switch {
		case it.kind == kByline && len(it.authors) == 1 && it.authors[0] == h && strings.IndexByte(h, ' ') > 0:
			named++
		case it.kind == kDate && len(it.authors) == 0 && (it.source == "" || it.source == h) && handleWord(h) && !outletLike(h):
			at = append(at, i)
		}
	}
	if named < 2 {
		return
	}
	for _, i := range at {
		it := &items[i]
		h, _, _ := strings.Cut(it.body, " · ")
		it.kind, it.authors, it.source = kByline, []string{h}, ""
	}
}

// outletHeads reads the short line over each headline as the entry's
// source where three lines or more there name outlets, as a press
// cuttings list prints each story under its paper's name: "The Northern
// Echo" / headline / date. Alone such a line reads as a name ("The
// Guardian") or a headline ("BBC Radio Newcastle").
func outletHeads(items []item) {
	var at []int
	for i := 0; i+1 < len(items); i++ {
		it := &items[i]
		if it.kind != kName && it.kind != kTitle || items[i+1].kind != kTitle || items[i+1].gap || it.dated || it.source != "" {
			continue
		}
		// A name's line goes on with the name's outlet or post ("Josh
		// Crabb" / "CTV News Winnipeg Videojournalist"), and a section's
		// path is no outlet ("News - Canada - Montreal").
		// A byline with its date ends its entry: "Mark Beise — 14.03.2025" /
		// "The New York Times" / headline.
		if i > 0 && !it.gap && (items[i-1].kind == kName || items[i-1].kind == kByline && !items[i-1].dated) {
			continue
		}
		if b := it.body; len(b) <= 40 && wordCountUpTo(b, 6) <= 5 && indexDigit(b) < 0 && !allUpper(b) && !strings.ContainsAny(b, "-–/|›>") && outletLike(b) && isOutletName(b) && !eventSeries.hasFold(lastField(b)) {
			at = append(at, i)
		}
	}
	if len(at) < 3 {
		return
	}
	outletsAt(items, at)
}

// outletsOverDateLines reads the line over each entry's date line as the
// entry's source where the lines in that slot read mostly as outlets and
// vary (variedOutletVote), as a newspaper archive's search results print
// each story under its paper's name and issue: "Vancouver Sun" /
// "Tuesday, 4 Mar 2025" / headline, or headline / "The Straits Times" /
// "3 May 1952" / page, or "Le Temps" / "Date d'édition : 22/01/1869" /
// snippet. The line opens its block, or follows a headline or the last
// entry's snippet; under a name or byline it is the writer's post. A
// paper's subtitle after " : " is no part of its name ("Le Peuple :
// organe quotidien du syndicalisme"). Once the slot is the outlet's, a
// paper's name that reads as no outlet by its words ("Prince Rupert
// Northern View") is one there.
func outletsOverDateLines(items []item) {
	var at []int
	var names []string
	var vote variedOutletVote
	for i := 0; i+1 < len(items); i++ {
		it, next := &items[i], &items[i+1]
		if next.kind != kDate || next.gap || len(next.authors) > 0 || next.source != "" {
			continue
		}
		name := it.body
		if k := strings.Index(name, " : "); k > 0 && !isUpperStart(name[k+3:]) {
			name = name[:k]
		}
		if !slotName(it, name, 6) {
			continue
		}
		if !(i == 0 || it.gap) {
			// Under a headline, or under the last entry's teaser or
			// snippet; names in capitals there are the writers'.
			prev := &items[i-1]
			if !(prev.kind == kTitle && !prev.dated || prev.kind == kProse) || capsName(name) {
				continue
			}
		}
		at, names = append(at, i), append(names, name)
		vote.add(name)
	}
	// A paper may fill most of the slot where three papers or more,
	// each named as papers are, fill the rest: an archive's search
	// gives "The Straits Times" again and again. Sections repeat, and
	// few read as papers.
	papers := map[string]bool{}
	for _, n := range names {
		if outletLike(n) {
			papers[n] = true
		}
	}
	if !vote.holds() && !(len(papers) >= 3 && vote.outletLines*2 >= vote.lines && vote.outletLines > vote.personLines) {
		return
	}
	// Where two people's names or more fill a quarter of the slot, it
	// credits the site's writer or a wire agency, line by line: "PTI" /
	// "Sanjana Ghosh" / "Reuters".
	mixed := vote.personLines >= 2 && vote.personLines*4 >= vote.lines
	for k, i := range at {
		if mixed && personLike(names[k]) && !outletLike(names[k]) {
			continue
		}
		if isOutletName(names[k]) {
			items[i].asOutlet()
			items[i].source = names[k]
		}
	}
}

// datedOutletLines reads the line under each headline that prints a
// name and a date as the outlet's and the date, where the names in that
// slot read mostly as outlets and vary (variedOutletVote): an aggregator credits each story to the
// paper it ran in ("Daily Graphic, 17 March 2025", "GNA, 14 March
// 2025"). Alone such a line reads as a byline, or, with one word before
// the date, as a dated title.
func datedOutletLines(items []item) {
	var at []int
	var names []string
	var vote variedOutletVote
	for i := 1; i < len(items); i++ {
		it, head := &items[i], &items[i-1]
		if it.gap || head.kind != kTitle || head.dated || !it.dated || it.source != "" {
			continue
		}
		name := ""
		switch {
		case it.kind == kByline && len(it.authors) > 0 && !hasByWord(it.body):
			last := it.authors[len(it.authors)-1]
			if end := strings.Index(it.body, last); end >= 0 {
				name = trimRightMarks(it.body[:end+len(last)], " ,|·•–—-")
			}
		case it.kind == kTitle && it.title != it.body && it.wordsUpTo(9) <= 8 && wordCountUpTo(it.title, 4) <= 3:
			name = it.title // "GNA, 14 March 2025": one word before the date
		}
		if name == "" || !isOutletName(name) {
			continue
		}
		at, names = append(at, i), append(names, name)
		vote.add(name)
	}
	if !vote.holds() {
		return
	}
	for k, i := range at {
		it := &items[i]
		it.kind, it.source, it.authors, it.title = kDate, names[k], nil, ""
	}
}

// eventSeries end the name of a series of events, which publishes
// nothing: "Modern British History seminar".
var eventSeries = newWordSet("seminar", "seminars", "lecture", "lectures", "series", "workshop", "conference",
	"webinar", "colloquium", "symposium", "talks", "forum", "kolloquium", "séminaire", "seminario", "семинар")

// afterCounts returns what follows a row of counts opening s: "312 views
// 9 comments Most recent by …" gives "Most recent by …".
func afterCounts(s string) (string, bool) {
	pairs := 0
	for {
		n, rest, ok := strings.Cut(s, " ")
		if !ok || !isCount(n) {
			break
		}
		noun, after, _ := strings.Cut(rest, " ")
		if !isCountNoun(trimRightMarks(noun, ",;·")) {
			break
		}
		pairs++
		s = trimLeftMarks(after, " ·|•")
	}
	return s, pairs > 0 && s != ""
}

// posterCount reads a user's handle before their count of posts and
// perhaps their rank: "TeesMike Posts: 3 Newbie".
func posterCount(s string) (string, bool) {
	name, rest, ok := strings.Cut(s, " ")
	if !ok {
		return "", false
	}
	label, count, ok := strings.Cut(rest, ": ")
	if !ok || !isThreadCounter(label) {
		return "", false
	}
	n, _, _ := strings.Cut(count, " ")
	return name, isCount(n)
}

// isThreadCounter reports a thread's counter's label, alone or with its
// count: "Replies", "Views: 2,914".
func isThreadCounter(s string) bool {
	if c := strings.IndexByte(s, ':'); c > 0 {
		s = s[:c]
	}
	var buf [32]byte
	// A label is one word: a line with a space (most) is none, and is
	// not lower-cased.
	return len(s) < len(buf) && strings.IndexByte(s, ' ') < 0 && threadCounters.hasBytes(appendLower(buf[:0], s))
}

// threadCounters label a forum thread's counts.
var threadCounters = newWordSet("replies", "views", "posts", "topics", "ответы", "ответов", "просмотры", "просмотров",
	"antworten", "zugriffe", "aufrufe", "réponses", "affichages", "vues", "respuestas", "vistas", "svar", "visninger")

// isHandle reports whether a line can be a user's name on a forum: one to
// three words, no sentence, no date.
func isHandle(it *item) bool {
	return (it.kind == kTitle || it.kind == kName) && !it.dated && it.source == "" && it.wordsUpTo(4) <= 3 && !endsSentence(it.body)
}

// headlinesOverBylines makes a headline of the long line opening a block
// right over a byline, where the page's other bylines stand under
// headlines: "‘A company of idle and disorderly persons’: apprentices
// and the language of riot, 1641" over "Posted on 30 January 2025 by
// Laura Sangha" reads like a sentence, but it stands where titles stand.
func headlinesOverBylines(items []item) {
	parted := func(i int) bool { return items[i].gap }
	if gapsEverywhere(gapCount(items), len(items)) {
		parted = func(int) bool { return false }
	}
	// A line opens an entry's head where a blank line or no headline
	// stands over it: a kicker ("Analysis") or the last entry's teaser.
	opens := func(i int) bool {
		if i == 0 || parted(i) {
			return true
		}
		above := &items[i-1]
		return above.kind != kProse && (above.kind != kTitle || above.wordsUpTo(4) <= 3)
	}
	// A line of words and a date over a byline of the same day ("Today's
	// News — November 14, 2024" / "by X on November 14, 2024") is no
	// date line: the byline dates the entry, and the line is its
	// headline, where the page's other bylines stand under headlines.
	datedHead := func(i int) bool {
		it := &items[i-1]
		return it.kind == kDate && it.source != "" && items[i].dated && it.date == items[i].date && wordCountUpTo(it.source, 3) >= 3
	}
	titled, other, heads := 0, 0, 0
	for i := 1; i < len(items); i++ {
		if items[i].kind != kByline || parted(i) {
			continue
		}
		switch {
		case items[i-1].kind == kTitle:
			titled++
		case items[i-1].kind == kProse && opens(i-1):
			other++
		case datedHead(i):
			heads++
		}
	}
	if titled < 2 || other*2 > titled || other+heads == 0 {
		return
	}
	for i := 1; i < len(items); i++ {
		it := &items[i-1]
		if items[i].kind != kByline || parted(i) {
			continue
		}
		switch {
		case it.kind == kProse && opens(i-1) && (!endsSentence(it.body) || asks(it.body)):
			it.kind, it.title = kTitle, it.body
		case datedHead(i):
			it.kind, it.title, it.source = kTitle, it.body, ""
			it.date, it.dated = annals.Date{}, false
		}
	}
}

// asks reports whether s is one question: a headline may ask one, where
// a teaser ends its last sentence with a stop, or asks after one.
func asks(s string) bool {
	return finalMark(s) == '?' && !strings.Contains(s, ". ")
}

// senderTails reads the sender's name off the subjects of a mailing
// list's index, "Subject, Sender Name, 03/14/2024": where most dated
// titles on the page end in ", " and a personal name before their date.
// One title so ("Address delivered at the Palace, New York, 10 December
// 1905") says nothing.
func senderTails(items []item) {
	var at []int
	dated := 0
	for i := range items {
		it := &items[i]
		if it.kind != kTitle || !it.dated || len(it.authors) > 0 || it.source != "" {
			continue
		}
		dated++
		// The date followed the title after a comma, on the same line.
		if !strings.HasPrefix(it.body, it.title) || !strings.HasPrefix(trimLeftMarks(it.body[len(it.title):], " "), ",") {
			continue
		}
		// An index prints a line a message; a catalogue's "Banner -
		// Ironworkers' Association, Footscray Branch, 1938" has its
		// description under it, and its names are places.
		if i+1 < len(items) && items[i+1].kind == kProse {
			continue
		}
		if _, _, ok := commaNameTail(it.title); ok {
			at = append(at, i)
		}
	}
	if len(at) < 3 || len(at)*2 < dated {
		return
	}
	for _, i := range at {
		it := &items[i]
		title, name, _ := commaNameTail(it.title)
		it.title, it.authors = title, []string{name}
	}
}

// numberedHeads makes the numbered line that opens a block its title
// where the block below it is fields (a byline, a date, a publisher): a
// catalogue's results, "1. Oil workers of the Caspian : labor, the
// state, and the Soviet petroleum industry, 1920-1940", print titles in
// sentence case and as long as a teaser's sentence.
func numberedHeads(items []item) {
	var heads []int
	for i := range items {
		it := &items[i]
		if (i == 0 || it.gap) && it.bullet == '#' && i+1 < len(items) && !items[i+1].gap {
			heads = append(heads, i)
		}
	}
	if len(heads) < 2 {
		return
	}
	for _, i := range heads {
		it, next := &items[i], &items[i+1]
		if it.kind != kProse || endsSentence(it.body) {
			continue
		}
		if next.kind == kByline || next.kind == kDate || next.kind == kCite || next.kind == kName {
			it.kind, it.title = kTitle, it.body
		}
	}
}

// endsSentence reports whether s ends with a sentence's stop.
func endsSentence(s string) bool {
	last := finalMark(s)
	return last == '.' || last == '!' || last == '?' || last == '…'
}

// finalMark is the last rune of s before its closing quotes and brackets.
func finalMark(s string) rune {
	last, _ := utf8.DecodeLastRuneInString(trimRightMarks(s, "”\"’')»"))
	return last
}

// labelledTeaser reports whether a "Label: value" line is a teaser its
// site opens with a label ("BACKGROUND: In January 2024, parliament
// approved…"): a field's value is a name, a number or a phrase, not twenty
// words of running text.
func labelledTeaser(s string) bool {
	_, value, ok := cutLabel(s)
	return ok && wordCountUpTo(value, 20) >= 20
}

// fieldLabel returns the lower-cased label of a "Label: value" line: one
// to four words, capitalised, without digits; "" for any other line.
func fieldLabel(s string) string {
	label, _, ok := cutLabel(s)
	// (The quotes outside ASCII are looked for only in a label with
	// their lead bytes: strings.ContainsAny tests every rune against a
	// set that holds any.)
	if !ok || !isUpperStart(label) || strings.ContainsAny(label, "0123456789.,;!?\"'") ||
		(strings.IndexByte(label, 0xE2) >= 0 || strings.IndexByte(label, 0xC2) >= 0) && strings.ContainsAny(label, "“”«»") {
		return ""
	}
	return strings.ToLower(label)
}

// rubricLines drops the line of labels set apart by " | " or " / " that
// opens each block over its headline ("Report | Public Sector", "Briefing
// 98 / Europe & Central Asia"), keeping its date ("Analyse | 03.03.2025").
// Alone, "Blog Post | Child Labor" reads as a title and an author; as the
// first line of block after block, where the labels recur or are mostly
// single words (a type: "Studie", "Broschüre"), it is the template's.
func rubricLines(items []item, order dayOrder) {
	if !blocked(items) {
		return
	}
	type rubric struct {
		at    int
		keys  []string // the labels that are no person's name, lower-cased
		date  annals.Date
		dated bool
	}
	var rubrics []rubric
	var at, singles []int
	where := map[string][]int{} // the rubrics holding each label
	for i := 0; i+1 < len(items); i++ {
		it := &items[i]
		if i > 0 && !it.gap || items[i+1].gap || it.bullet != 0 || len(it.body) > 120 {
			continue
		}
		labels, d, dated, ok := rubricLabels(it.body, order)
		if !ok {
			continue
		}
		r := rubric{at: i, date: d, dated: dated}
		if wordCount(labels[0]) == 1 {
			singles = append(singles, i)
		}
		for _, l := range labels {
			if !personLike(l) {
				k := strings.ToLower(l)
				if ps := where[k]; len(ps) == 0 || ps[len(ps)-1] != i {
					where[k] = append(where[k], i)
					r.keys = append(r.keys, k)
				}
			}
		}
		rubrics, at = append(rubrics, r), append(at, i)
	}
	for _, r := range rubrics {
		if !nearby(at, r.at, 1) {
			continue
		}
		recurs := false
		for _, k := range r.keys {
			recurs = recurs || nearby(where[k], r.at, 1)
		}
		if !recurs && !(nearby(singles, r.at, 1) && countNearby(singles, r.at)*2 >= countNearby(at, r.at)) {
			continue
		}
		it := &items[r.at]
		it.title, it.authors, it.source, it.rest = "", nil, "", ""
		if r.dated {
			it.kind, it.date, it.dated = kDate, r.date, true
		} else {
			it.kind, it.dated = kChrome, false
		}
	}
}

// rubricLabels splits a line of two or three short labels set apart by
// " | " or " / ", one of which may be a date. ok is false for anything
// else: a sentence, a long part, a line without a label.
func rubricLabels(s string, order dayOrder) (labels []string, d annals.Date, dated, ok bool) {
	sep := " | "
	if !strings.Contains(s, sep) {
		if sep = " / "; !strings.Contains(s, sep) {
			return nil, d, false, false // most lines: no labels
		}
	}
	parts := strings.Split(s, sep)
	if len(parts) < 2 || len(parts) > 3 {
		return nil, d, false, false
	}
	for _, p := range parts {
		p = trimSpace(p)
		if p == "" || wordCountUpTo(p, 6) > 5 {
			return nil, d, false, false
		}
		if pd, isDate := dateLine(p, order); isDate {
			if dated {
				return nil, d, false, false
			}
			d, dated = pd, true
			continue
		}
		if !isUpperStart(p) || strings.ContainsAny(p, ".!?:;\"“”«»") {
			return nil, d, false, false
		}
		labels = append(labels, p)
	}
	return labels, d, dated, len(labels) > 0
}

// sectionsOverDates makes furniture of the line between an entry's
// authors and its date where that slot holds the same words in three
// entries or more, and in half of them at least: the section or region a
// news site files each story under ("Lwazi Hlongwane" / "South Africa" /
// "04 March 2025 - 16:20"). Read alone, "South Africa" passes for a
// second author; the other sections in the slot ("Business") go with it.
// outletsOverDates has read the slot first when it holds outlets under
// the headline's byline; this reads them under the teaser's.
func sectionsOverDates(items []item) {
	var at []int
	seen := map[string]int{}
	named := 0 // slot lines under a line of authors
	for i := 2; i+1 < len(items); i++ {
		it, prev, next := &items[i], &items[i-1], &items[i+1]
		if next.kind != kDate || next.gap || it.gap || prev.gap || !slotLine(it, 4) {
			continue
		}
		switch prev.kind {
		case kName, kByline:
			named++
		case kTitle:
		default:
			continue
		}
		at = append(at, i)
		seen[it.body]++
	}
	top := 0
	for _, n := range seen {
		top = max(top, n)
	}
	// Two entries at least show the slot under their authors: on an
	// author's archive, the one name over each date is the author's.
	if top < 3 || top*2 < len(at) || named < 2 {
		return
	}
	for _, i := range at {
		sectionLine(&items[i])
	}
	// An entry without authors has its section over the date as well.
	for i := 1; i+1 < len(items); i++ {
		it, next := &items[i], &items[i+1]
		if seen[it.body] > 0 && next.kind == kDate && !next.gap && !it.gap && slotLine(it, 4) {
			sectionLine(it)
		}
	}
}

// sectionLine makes furniture of a line in sectionsOverDates' slot, or
// the source where it names an outlet: a paper that prints its own name
// under each byline ("Periódico La Jornada") files the story there.
func sectionLine(it *item) {
	if outletLike(it.body) {
		it.asOutlet()
		return
	}
	it.kind, it.authors, it.title = kChrome, nil, ""
}

// venueSlots makes furniture of the line a programme prints right under
// each event's title to say where it is held ("Main Stage", "Marquee 2
// (Speakers’ Tent)"), where two events or more have their speakers named
// after it ("with Ruth Calloway"): the speakers are the authors, so the
// line before them, however much it reads like a name, is not. Events
// without speakers have their venue in the same slot.
func venueSlots(items []item) []item {
	var slots []int
	spoken := 0
	for i := 0; i+1 < len(items); i++ {
		head, it := &items[i], &items[i+1]
		if !(i == 0 || head.gap) || head.kind != kTitle || it.gap || !venueLine(it) {
			continue
		}
		slots = append(slots, i+1)
		if i+2 < len(items) && !items[i+2].gap && items[i+2].kind == kByline && strings.HasPrefix(items[i+2].body, "with ") {
			spoken++
		}
	}
	if spoken < 2 {
		return items
	}
	for _, i := range slots {
		items[i].kind = kChrome // never the first of its block
	}
	return withoutChrome(items)
}

// venueLine reports whether it can name a venue: slotLine's line of six
// words at most, whatever source the classifier read in it. A bracket
// may say which room, and reads as an outlet ("Marquee 2 (Speakers’
// Tent)").
func venueLine(it *item) bool {
	v := *it
	v.source = ""
	return slotLine(&v, 6)
}
