package listing

import (
	"bytes"
	"math/bits"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/labor-annals/annals"
)

// parseLines runs the whole pipeline on the input's non-blank lines.
func parseLines(lines []line, opts Options) *Result {
	res := &Result{}
	res.Records = []*annals.Record{}
	if len(lines) == 0 {
		return res
	}
	items := pageItems(lines, opts.Now)
	if len(items) == 0 {
		return res
	}
	sp := chooseSplit(items)
	if kept, ok := dropKickers(items, sp); ok {
		items, sp = kept, chooseSplit(kept)
	}
	if sp.start == 'G' {
		sp = dropPromotions(items, sp)
		if oneNameEach(items, sp) {
			// Where every entry names its author, a block of one short
			// line is a section's heading: "Право и общество".
			sp.segs = slices.DeleteFunc(sp.segs, func(sg [2]int) bool { return sectionHeading(items, sg) })
		}
		blockHeadlines(items, sp)
		blockLeads(items, sp)
	}
	sp = dropFooter(items, sp)
	sp = dropStrays(items, sp)
	sp = cutAtGaps(items, sp)
	sp = cutAtRules(items, sp)
	sp = sourcesOverTitles(items, sp)
	slotNames(items, sp)
	handlesOverDates(items, sp)
	slotTeasers(items, sp)
	slotTitles(items, sp)
	datedKickers(items, sp)
	res.Layout = sp.layout(items)
	header := items[:sp.headerEnd]
	res.Title, res.Disclaimer = headerFields(header)
	runTogether := sp.modal == "P" || sp.modal == "T" && allLong(items, sp)
	res.Layout.RunTogether = runTogether
	res.Records = make([]*annals.Record, 0, len(sp.segs))
	// Every record's provenance is one entry: they are made in one
	// allocation, each record's slice capped at its own.
	provs := make([]annals.Provenance, len(sp.segs))
	for k, seg := range sp.segs {
		rec := buildRecord(items[seg[0]:seg[1]], runTogether)
		if rec == nil {
			continue
		}
		provs[k] = annals.Provenance{Origin: opts.Origin, Line: items[seg[0]].no, Document: res.Title}
		rec.Provenance = provs[k : k+1 : k+1]
		res.Records = append(res.Records, rec)
	}
	pageCleanup(res.Records)
	if !looksLikeListing(res.Records) {
		// One paragraph of prose, or a couple of bare lines, is not a
		// listing; saving it as records would be saving nonsense.
		res.Records = []*annals.Record{}
		res.Layout = Layout{Rejected: "fewer than three entries, and none has a date, byline, source or link"}
		return res
	}
	for _, rec := range res.Records {
		rec.Confidence = confidence(rec, sp)
	}
	res.Order = dateOrder(res.Records)
	switch res.Order {
	case annals.NewestFirst:
		res.Layout.Order = "newest first"
	case annals.OldestFirst:
		res.Layout.Order = "oldest first"
	}
	res.Language = documentLanguage(res.Records)
	return res
}

// pageItems classifies the lines and settles what the page as a whole
// says of them, up to where the page is split into entries.
func pageItems(lines []line, now time.Time) []item {
	lines = splitProseCites(lines)
	lines = joinLoneLabels(lines)
	lines = joinDateBadges(lines)
	lines = joinWrapped(lines)
	lines = mailMessages(lines)
	order := inferOrder(lines)
	items := classifyAll(lines, order)
	gluedTeaserDates(items, order)
	titleOverByline(items)
	datedTitlesOverDates(items)
	labelledDates(items, order)
	items = mergeAdjacent(items)
	rubricLines(items, order)
	echoTitles(items)
	forumThreads(items, lines)
	forumRows(items, order)
	handlesInMetaFields(items)
	starterLines(items)
	outletHeads(items)
	outletsOverDateLines(items)
	datedOutletLines(items)
	items = dropTemplateChrome(items)
	items = affiliationLines(items)
	items = programmeSlots(items)
	items = menuRuns(items)
	items = dateHeadings(items)
	items = monthHeadings(items)
	dekLines(items)
	datelineBylines(items)
	titlesOverNames(items)
	namesInTitleSlots(items)
	headlinesOverAnchors(items)
	headlinesOverTeasers(items)
	capsNamesOverDates(items)
	capsNamesUnderTitles(items)
	outletSlots(items)
	outletsOverDates(items)
	outletsUnderDates(items)
	outletsUnderDateHeads(items)
	sectionsOverDates(items)
	items = venueSlots(items)
	sourcesOverBylines(items)
	venueLines(items)
	addressLines(items)
	loneNameHeadings(items)
	underHeadlines(items)
	recurringLabels(items)
	numberedHeads(items)
	applySuffixes(items)
	yearlessDates(items, now)
	headlinesOverBylines(items)
	senderTails(items)
	proseHeadlines(items)
	gluedKickers(items)
	return items
}

// gluedKickers drops the kicker a site prints glued to its headlines
// with a colon and no space, as a copied page runs the two spans
// together: "Wilde Streiks:Die Frauen von Pierburg". Only where two
// headlines or more are so: one such title may be a name ("Re:Work").
func gluedKickers(items []item) {
	at := recurs(len(items), 2, func(i int) bool {
		return items[i].kind == kTitle && gluedKicker(items[i].title) > 0
	})
	for _, i := range at {
		it := &items[i]
		it.title = it.title[gluedKicker(it.title)+1:]
	}
}

// gluedKicker returns where the colon after a glued kicker stands in
// title, or -1: a colon between a letter and a capital or an opening
// quote, after five words at most.
func gluedKicker(title string) int {
	c := strings.IndexByte(title, ':')
	if c <= 0 || c > 60 || c+1 >= len(title) || wordCountUpTo(title[:c], 6) > 5 {
		return -1
	}
	before, _ := utf8.DecodeLastRuneInString(title[:c])
	after, _ := decodeRune(title[c+1:])
	if !unicode.IsLetter(before) || !(isUpper(after) || strings.ContainsRune("„“\"«‚'", after)) {
		return -1
	}
	if wordCountUpTo(title[c+1:], 2) < 2 {
		return -1 // "Ausgabe:März", no headline
	}
	return c
}

// gluedTeaserDates takes the date glued to the end of a teaser's last
// sentence, as pages print the teaser and the date in boxes side by
// side: "…must now be strengthened at committee stage.12 March 2025". The
// date runs to the end of the line and opens right after the stop.
func gluedTeaserDates(items []item, order dayOrder) {
	// The stop ends a word, not a number: "03.05.2018" is one date.
	afterStop := func(b string, i int) bool {
		c := b[i-1]
		return (c == '.' || c == '!' || c == '?') && i >= 2 && !isDigitByte(b[i-2]) && b[i] != ' ' && b[i] != '.'
	}
	for i := range items {
		it := &items[i]
		b := it.body
		if it.kind != kProse && it.kind != kTitle || len(b) < 40 || !isDigitByte(b[len(b)-1]) {
			continue
		}
		if at, d := gluedDateAt(b, order, afterStop); at > 0 && !d.IsZero() {
			// A teaser's sentences, read whole as a title with a date
			// after it.
			it.kind, it.title, it.rest = kProse, "", ""
			it.body, it.date, it.dated = b[:at], d, true
			it.nwords, it.dateless = 0, false
		}
	}
}

// headlinesOverTeasers reads the first of two prose lines as the
// headline, where entry after entry prints a long headline in sentence
// case right over its teaser: the headline ends without a full stop, the
// teaser with one, and the teaser opens a sentence of its own (a wrapped
// line's second half does not). A line under a headline is a teaser's
// first paragraph, not another headline; a kicker's short line may stand
// over it.
func headlinesOverTeasers(items []item) {
	pair := func(i int) bool {
		if i+1 >= len(items) || items[i].kind != kProse || items[i+1].kind != kProse || items[i+1].gap {
			return false
		}
		head, teaser := &items[i], &items[i+1]
		last := finalMark(head.body)
		if last == '.' || last == '…' || last == ':' || !endsSentence(teaser.body) || !isUpperStart(teaser.body) || len(head.body) > 220 {
			return false
		}
		return i == 0 || head.gap || items[i-1].kind != kTitle && items[i-1].kind != kProse || items[i-1].wordsUpTo(5) <= 4
	}
	at := recurs(len(items), 2, pair)
	if at == nil {
		// One such pair is the headline too where it stands where the
		// page's headlines do, right under the last line of an entry
		// (its date, byline or meta line), and three headlines or more
		// stand over their teasers there: a forum's question run on into
		// a second one ("Anyone remember the 2008 strike? How long did it
		// take…") reads as prose.
		headed := recurs(len(items), 3, func(i int) bool {
			return i > 0 && i+1 < len(items) && items[i].kind == kTitle && !items[i].dated && items[i].source == "" &&
				items[i+1].kind == kProse && !items[i+1].gap && closesEntry(items[i-1].kind)
		})
		if headed != nil {
			at = recurs(len(items), 1, func(i int) bool { return i > 0 && !items[i].gap && closesEntry(items[i-1].kind) && pair(i) })
		}
	}
	for _, i := range at {
		it := &items[i]
		it.kind, it.title = kTitle, it.body
	}
}

// closesEntry reports whether a line of kind k ends an entry on pages
// that print it under the headline and teaser: a date, byline or meta
// line.
func closesEntry(k kind) bool { return k == kDate || k == kByline || k == kMeta }

// recurs returns the i < n for which ok holds, or nil where fewer than
// min do: a page pass reads a line by the slot it stands in only where
// the page prints that slot entry after entry.
func recurs(n, min int, ok func(int) bool) []int {
	var at []int
	for i := range n {
		if ok(i) {
			at = append(at, i)
		}
	}
	if len(at) < min {
		return nil
	}
	return at
}

// proseHeadlines reads the first line of a two-line block as its
// headline where the page prints block after block of a headline over a
// teaser and this block's headline, long and in sentence case, reads as
// prose: "In the (Tacoma) News Tribune — Teachers in Tacoma set strike
// vote as talks stall". A headline ends without a full stop.
func proseHeadlines(items []item) {
	// pair reports whether items[i:] opens with a block of two lines.
	pair := func(i int) bool {
		return (i == 0 || items[i].gap) && i+1 < len(items) && !items[i+1].gap && (i+2 == len(items) || items[i+2].gap)
	}
	headed := 0
	for i := range items {
		if pair(i) && items[i].kind == kTitle && items[i+1].kind == kProse {
			headed++
		}
	}
	if headed < 3 {
		return
	}
	for i := range items {
		it := &items[i]
		if !pair(i) || it.kind != kProse || items[i+1].kind != kProse || len(it.body) > 200 || len(it.authors) > 0 || it.dated {
			continue
		}
		if last, _ := utf8.DecodeLastRuneInString(it.body); strings.ContainsRune(".!?…:;,", last) {
			continue
		}
		it.kind, it.title = kTitle, it.body
	}
}

// inferOrder decides how all-numeric dates are read on this page: a date
// whose first part exceeds 12 shows day-first, a second part over 12 shows
// month-first. Sites are consistent, so one vote decides the page.
func inferOrder(lines []line) dayOrder {
	dayFirst, monthFirst := 0, 0
	// The parts of the dates that read either way, as day-first reads
	// them: the first part is the date's day, the second its month.
	var firsts, seconds uint32
	ambiguous := 0
	for _, l := range lines {
		if !l.facts.any(hasDigit) || !l.facts.any(hasDot|hasSlash|hasDash) || !hasNumericDate(l.text) || !mayHoldNumericDay(l.text) {
			continue
		}
		var buf [8]dateMatch // room for most lines' dates, not allocated for each
		for _, m := range appendDates(buf[:0], headOf(l.text, 2000), orderUnknown, -1) {
			if m.date.Precision != annals.PrecisionDay || m.lang != "" {
				continue
			}
			// scanDates reads ambiguous dates day-first; unambiguous ones
			// tell which way they were printed.
			if m.ambiguous {
				ambiguous++
				firsts |= 1 << m.date.Day
				seconds |= 1 << m.date.Month
			} else {
				raw := l.text[m.start:m.end]
				if k := indexDigit(raw); k > 0 {
					raw = raw[k:] // past a weekday: "Fri, 02/23/2024"
				}
				a := leadingNumber(raw)
				if a > 12 && a <= 31 {
					dayFirst++
				} else if a >= 1 && a <= 12 && m.date.Day > 12 && len(raw) > 0 && a == int(m.date.Month) {
					monthFirst++
				}
			}
		}
	}
	switch {
	case monthFirst > dayFirst:
		return orderMonthFirst
	case dayFirst > 0:
		return orderDayFirst
	}
	// No date tells. A listing's dates lie close together, so the part
	// that varies less is the month: "03-12-2025", "03-09-2025",
	// "03-04-2025" are days of March, not the third of three months.
	if ambiguous >= 3 {
		switch f, s := bits.OnesCount32(firsts), bits.OnesCount32(seconds); {
		case f < s:
			return orderMonthFirst
		case f > s:
			return orderDayFirst
		}
	}
	return orderUnknown
}

// hasNumericDate reports whether s has a digit, a separator and a digit in
// a row, the least an all-numeric date needs.
func hasNumericDate(s string) bool {
	for i := 0; i+1 < len(s); i++ {
		// Find the next digit; the separator follows it.
		k := indexDigit(s[i:])
		if k < 0 {
			return false
		}
		i += k
		// Only the last digit of a number can have a separator after it.
		for i+1 < len(s) && s[i+1]-'0' <= 9 {
			i++
		}
		if i+2 < len(s) {
			if c := s[i+1]; (c == '.' || c == '/' || c == '-') && s[i+2] >= '0' && s[i+2] <= '9' {
				return true
			}
		}
	}
	return false
}

// mayHoldNumericDay is a quick test that s holds a date that can vote in
// inferOrder: one read from numbers alone, opening with a number of one
// or two digits: D{1,2} S D{1,2} S D{2,4}, both separators the same
// '.', '/' or '-', a space allowed after each dot.
func mayHoldNumericDay(s string) bool {
	digits := func(i int) int { // the length of the run of digits at i
		j := i
		for j < len(s) && s[j] >= '0' && s[j] <= '9' {
			j++
		}
		return j - i
	}
	// Each run of digits, found eight bytes at a time, and the byte
	// after it.
	for from := 0; from < len(s); {
		k := indexDigit(s[from:])
		if k < 0 {
			break
		}
		// The first number: one or two digits, ending at i.
		first := digits(from + k)
		i := from + k + first
		from = i
		if first > 2 || i == len(s) {
			continue
		}
		sep := s[i]
		if sep != '.' && sep != '/' && sep != '-' {
			continue
		}
		j := i + 1
		if sep == '.' && j < len(s) && s[j] == ' ' {
			j++
		}
		n := digits(j)
		if n < 1 || n > 2 {
			continue
		}
		j += n
		if j >= len(s) || s[j] != sep {
			continue
		}
		j++
		if sep == '.' && j < len(s) && s[j] == ' ' {
			j++
		}
		if n := digits(j); n == 2 || n == 4 {
			return true
		}
	}
	return false
}

func leadingNumber(s string) int {
	n, i := 0, 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' && i < 4 {
		n = n*10 + int(s[i]-'0')
		i++
	}
	if i > 2 {
		return 0
	}
	return n
}

// classifyAll classifies every line; a short line right after a photo
// caption's toggle is its credit.
func classifyAll(lines []line, order dayOrder) []item {
	items := make([]item, 0, len(lines))
	pc := pageContext{order: order, nameColumn: nameColumn(lines)}
	pc.sourceColumn = sourceColumn(lines, pc.nameColumn, order)
	pc.header, pc.headed = findTableHeader(lines)
	pc.credits = creditsOverHeadlines(lines)
	pc.dates = new(lineDates)
	afterToggle, inTags, gap, numbered, ruled, inBox := false, false, false, false, false, false
	// afterAppeal is whether a newsletter's appeal came just before, and
	// inAppeal whether it stands in a block of its own.
	afterAppeal, inAppeal := false, false
	ranked := rankLines(lines)
	for _, l := range lines {
		// Classified in place, in the room made for every line (classify
		// sets the whole item): it stays if it is no chrome.
		items = items[:len(items)+1]
		it := &items[len(items)-1]
		classify(it, l, pc)
		if ranked && isRank(it.body) {
			// The next entry's number, which parts it from the entry
			// before as a blank line would.
			it.kind, it.gap = kChrome, true
		}
		if afterToggle && it.kind != kChrome && it.wordsUpTo(9) <= 8 {
			it.kind = kChrome
		}
		if afterToggle = false; it.kind == kChrome {
			// Searched in place: chrome lines are many, and
			// strings.ToLower would allocate for each.
			afterToggle = containsCaption(it.body)
		}
		// The tags under a "Tags:" label alone, down to the next blank
		// line, are furniture like the label.
		if inTags && !l.gap && it.kind != kChrome && isTag(it.body) {
			it.kind = kChrome
		} else {
			inTags = it.kind == kChrome && isTaxonomyLabel(it.body)
		}
		// The numbered list under a "Most read" box's heading is the
		// box's: "1. Petrol price: big relief expected in April".
		if inBox && it.bullet == '#' {
			it.kind = kChrome
		} else {
			inBox = it.kind == kChrome && isBoxHeading(it.body)
		}
		if afterAppeal && it.kind != kChrome {
			afterAppeal = appealTail(it, inAppeal, gap)
		}
		if it.kind == kChrome && newsletterAppeal(it.body) {
			// The box's name and pitch go with the appeal (appealHead,
			// appealTail).
			n := appealHead(items[:len(items)-1], it.gap || gap)
			inAppeal = n < len(items)-1 || it.gap || gap
			if n < len(items)-1 {
				it.gap = it.gap || items[n].gap
				items[n] = *it
				items = items[:n+1]
				it = &items[n]
			}
			afterAppeal = true
		}
		if it.kind == kChrome {
			// The blank line above dropped furniture still opens a block,
			// and a list's number on a line of its own the entry below.
			gap = gap || it.gap || listNumberLine(it.body)
			numbered = numbered || listNumberLine(it.body) || ranked && isRank(it.body)
			ruled = ruled || it.gap && isRule(it.body)
			items = items[:len(items)-1]
			continue
		}
		it.gap, it.ruled = it.gap || gap, ruled
		if numbered && it.bullet == 0 {
			it.bullet = '#'
		}
		gap, numbered, ruled = false, false, false
	}
	return items
}

// appealHead returns where the block a newsletter's appeal stands in
// starts among items, the lines kept before it, when the block holds
// nothing but the newsletter's name over the appeal ("Newsletter" / "The
// Warm Up" / "Get the morning's top stories in your inbox"); else
// len(items). gap is whether a blank line stands right over the appeal.
func appealHead(items []item, gap bool) int {
	if gap {
		return len(items)
	}
	for k := len(items) - 1; k >= 0 && k >= len(items)-2; k-- {
		it := &items[k]
		if datesOrSigns(it) || it.kind == kProse || it.wordsUpTo(6) > 5 {
			return len(items)
		}
		if it.gap {
			return k
		}
	}
	return len(items)
}

// datesOrSigns reports whether it prints a date or a byline, which no
// newsletter's box does.
func datesOrSigns(it *item) bool {
	return it.dated || it.kind == kDate || it.kind == kByline || it.kind == kMeta
}

// appealTail makes chrome of a line under a newsletter's appeal that is
// the appeal's pitch ("Get the news you need to start your day."): in a
// block of the appeal's own, any short undated line up to the blank line;
// else one short sentence. gap is whether a blank line stands over it. It
// reports whether the lines after may be the appeal's still.
func appealTail(it *item, inBlock, gap bool) bool {
	if it.gap || gap || datesOrSigns(it) || it.wordsUpTo(13) > 12 {
		return false
	}
	if inBlock {
		it.kind = kChrome
		return true
	}
	if strings.HasSuffix(it.body, ".") {
		it.kind = kChrome
	}
	return false
}

// isRule reports whether s is a horizontal rule: two marks or more of
// one kind ("--", "***", "___", "===", "* * *"), perhaps spaced.
func isRule(s string) bool {
	n := 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == ' ':
		case c != s[0] || c != '-' && c != '*' && c != '_' && c != '=' && c != '~':
			return false
		default:
			n++
		}
	}
	return n >= 2
}

// rankLines reports whether the page numbers its entries on lines of
// their own without a stop, "1" / "2" / "3": three such lines or more,
// each one more than the one before, with an entry's lines between them.
// A lone number elsewhere is a count, and numbers one under the other
// are the pages of the listing ("1" / "2" / "3" / "Next").
func rankLines(lines []line) bool {
	run, last, at := 0, 0, -2
	for i := range lines {
		s := lines[i].text
		if !isRank(s) {
			continue
		}
		n := atoi(s)
		switch {
		case i == at+1:
			run = 0
		case n == last+1 || run == 0:
			run++
		default:
			run = 1
		}
		if last, at = n, i; run >= 3 {
			return true
		}
	}
	return false
}

// isRank reports whether s is a bare number of one to three digits.
func isRank(s string) bool { return len(s) > 0 && len(s) <= 3 && isDigits(s) }

// mergeAdjacent joins lines that belong together: a title printed twice
// (image alt text, then the headline with its date), a kicker above a
// ":Headline", and a list number on a rubric line above the headline.
func mergeAdjacent(items []item) []item {
	out := items[:0]
	for i := 0; i < len(items); i++ {
		// Items are big: read in place, and copied only once one before
		// has been dropped.
		it := &items[i]
		if i+1 < len(items) {
			next := &items[i+1]
			switch {
			case (it.kind == kTitle && len(it.body) >= 12 || (it.kind == kTitle || it.kind == kName) && yearInBrackets(next.body, len(it.body))) && strings.HasPrefix(next.body, it.body) && next.kind != kProse:
				if wordCountUpTo(next.body[len(it.body):], 9) > 8 {
					// A line running on far past the title is the notice
					// under it, which opens by naming its subject again:
					// "Connolly, Lillie" / "Connolly, Lillie (1867–1938),
					// wife of …".
					*next = item{line: next.line, body: next.body, bullet: next.bullet, kind: kProse}
					break
				}
				// The same title printed twice: keep the fuller copy.
				if next.kind != kTitle {
					// "Coal Face" / "Coal Face (1935)": the title and its
					// year, though the copy reads like an outlet's date.
					next.kind, next.title, next.source, next.authors = kTitle, it.body, "", nil
				}
				next.gap = next.gap || it.gap
				if next.bullet == 0 {
					next.bullet = it.bullet
				}
				next.no = it.no
				continue
			case (it.kind == kTitle || it.kind == kName) && strings.HasPrefix(next.body, ":") && it.wordsUpTo(6) <= 5:
				// (The kind first: it is at hand, and the next line's text
				// may not be in the cache.)
				// "Autoindustrie" / ":Headline": the kicker is dropped.
				t := trimSpace(trimLeftMarks(next.body, ":"))
				next.body, next.title, next.kind = t, t, kTitle
				next.nwords, next.dateless = 0, false // body changed
				next.authors = nil
				next.no, next.gap = it.no, it.gap
				continue
			case it.bullet == '#' && next.bullet == 0 && next.indent > it.indent && it.wordsUpTo(4) <= 3:
				// "1. rubric" / "   Headline…": the number belongs to the
				// headline; the rubric is not part of it.
				next.bullet = '#'
				next.no, next.gap = it.no, it.gap
				continue
			}
		}
		if len(out) == i {
			out = out[:i+1] // it is in its place
		} else {
			out = append(out, *it)
		}
	}
	return out
}

// yearInBrackets reports whether s, from byte n on, is only a year in
// brackets: a short title printed again with its year, "Coal Face
// (1935)", is the same title however short.
func yearInBrackets(s string, n int) bool {
	if n > len(s) {
		return false
	}
	t := trimSpace(s[n:])
	_, ok := parenYear(t)
	return len(t) == 6 && ok
}

// applySuffixes keeps the dates and sources printed after titles only when
// most title lines on the page carry them: on a page of plain headlines, a
// single "… - October 16, 2002" is part of that headline.
func applySuffixes(items []item) {
	titles, with := 0, 0
	for i := range items {
		if items[i].kind == kTitle && !isLocator(&items[i]) {
			titles++
			if items[i].dated || items[i].source != "" {
				with++
			}
		}
	}
	keep := with >= 2 && with*2 >= titles || with == titles
	for i := range items {
		it := &items[i]
		if it.kind != kTitle || (!it.dated && it.source == "") || keep {
			continue
		}
		it.title, it.date, it.dated, it.source, it.rest, it.authors = it.body, annals.Date{}, false, "", "", nil
		it.monthDay = monthDay{}
		if isProseN(it.body, it.wordsUpTo(20)) {
			it.kind, it.title = kProse, ""
		}
	}
}

// sentenceInTitle reports whether a title holds a sentence's stop, before
// the statement of responsibility a catalogue may print after it, whose
// abbreviations are no sentences' ("… / Jan Mazur ; [red. nauk. Jerzy
// Kolasa]").
func sentenceInTitle(t string) bool {
	if i := responsibilityTail(t); i > 0 {
		t = t[:i]
	}
	return strings.Contains(t, ". ") || strings.HasSuffix(t, ".")
}

// isLocator reports whether it is a short label with a number, no
// headline: "Box 1, Folder 3-4", "Item 12".
func isLocator(it *item) bool {
	return !it.dated && it.source == "" && it.wordsUpTo(5) <= 4 && indexDigit(it.body) >= 0 && !strings.ContainsAny(it.body, ".!?:")
}

// yearlessDates gives the dates printed without their year ("— Reuters,
// March 4") the year of the full date printed above the first of them,
// an issue's date or a newer entry's: the latest such day not after it.
//
// An entry's own date line printed without its year ("18 November at
// 7:21PM") is the current year's, as sites print them: the latest such
// day not after now, the time the page was copied.
func yearlessDates(items []item, now time.Time) {
	var ref annals.Date
	var today annals.Date
	if !now.IsZero() {
		today = annals.DayDate(now.Year(), now.Month(), now.Day())
	}
	// below[i] is the first full date printed below items[i], if any;
	// newestFirst, whether the year-less days run backwards down the page.
	var below []annals.Date
	newestFirst := false
	for i := range items {
		if items[i].monthDay.month != 0 {
			below = make([]annals.Date, len(items))
			var next annals.Date
			back, forth := 0, 0
			var last monthDay
			for j := len(items) - 1; j >= 0; j-- {
				below[j] = next
				if md := items[j].monthDay; md.month == 0 && items[j].date.Precision == annals.PrecisionDay {
					next = items[j].date
				} else if md.month != 0 {
					switch {
					case last.month == 0:
					case md.month > last.month || md.month == last.month && md.day > last.day:
						back++ // the one above is later
					case md != last:
						forth++
					}
					last = md
				}
			}
			newestFirst = back > forth
			break
		}
	}
	for i := range items {
		it := &items[i]
		if it.monthDay.month == 0 {
			if ref.IsZero() && it.date.Precision == annals.PrecisionDay {
				ref = it.date
			}
			continue
		}
		m, d := time.Month(it.monthDay.month), int(it.monthDay.day)
		r := ref
		if it.kind == kDate || it.kind == kByline || it.kind == kMeta {
			// An entry's own date line, year-less: the site prints the
			// current year's dates so. Over an older entry's full date,
			// on a page whose days run backwards, it may be the first
			// such day after that one: where that is within a season
			// of it, the list is one of news, which skips no year
			// between one story and the next. (A list running forward,
			// an events page, prints later days below; a forum's
			// questions sorted by votes may be years apart.)
			if older := below[i]; newestFirst && !older.IsZero() {
				y := older.Year
				if m < older.Month || m == older.Month && d < older.Day {
					y++
				}
				date := annals.DayDate(y, m, d)
				if date.Validate() == nil && date.Time().Sub(older.Time()) <= 92*24*time.Hour && (today.IsZero() || !today.Before(date)) {
					it.date, it.dated = date, true
					continue
				}
			}
			// Without the time of copying there is no telling which
			// year.
			if today.IsZero() {
				continue
			}
			r = today
		} else if r.IsZero() {
			return // no year to give
		}
		y := r.Year
		if m > r.Month || m == r.Month && d > r.Day {
			y--
		}
		if wd := it.monthDay.weekday; wd != 0 {
			// "WED, MAR 19": the weekday says the year, the nearest in
			// which the day fell on it (an events page lists days to
			// come).
			y = yearOfWeekday(y, m, d, time.Weekday(wd-1))
		}
		if date := annals.DayDate(y, m, d); date.Validate() == nil {
			it.date, it.dated = date, true
		}
	}
}

// yearOfWeekday is the year nearest y, within six, in which the day d
// of month m falls on weekday wd; y where there is none.
func yearOfWeekday(y int, m time.Month, d int, wd time.Weekday) int {
	fits := func(c int) bool {
		t := time.Date(c, m, d, 12, 0, 0, 0, time.UTC)
		return t.Day() == d && t.Weekday() == wd // (30 February is no day)
	}
	for k := 0; k <= 6; k++ {
		if fits(y - k) {
			return y - k
		}
		if fits(y + k) {
			return y + k
		}
	}
	return y
}

// sym is the letter of an item in entry patterns.
func sym(it *item) byte {
	switch it.kind {
	case kTitle:
		if it.dated || it.source != "" {
			return 't'
		}
		return 'T'
	case kMeta:
		if it.title != "" {
			return 'm'
		}
		return 'M'
	}
	return kindLetters[it.kind]
}

// dropFooter cuts the page's footer off its last entry: titles or prose
// after a blank line, where the entry's lines before it already make the
// page's pattern ("Digital Commonwealth is a service of …" under the last
// result).
func dropFooter(items []item, sp split) split {
	if len(sp.segs) < 3 || sp.modal == "" {
		return sp
	}
	a, b := sp.segs[len(sp.segs)-1][0], sp.segs[len(sp.segs)-1][1]
	if b-a > 40 {
		return sp
	}
	syms := make([]byte, b)
	for i := a; i < b; i++ {
		syms[i] = sym(&items[i])
	}
	var buf [16]byte
	if string(appendSignature(buf[:0], syms, a, b, sp.start, sp.headsAlike)) == sp.modal {
		return sp
	}
	for k := a + 1; k < b; k++ {
		if !items[k].gap || string(appendSignature(buf[:0], syms, a, k, sp.start, sp.headsAlike)) != sp.modal {
			continue
		}
		for i := k; i < b; i++ {
			if kd := items[i].kind; kd != kProse && kd != kTitle && kd != kChrome && kd != kName || items[i].dated {
				return sp
			}
		}
		segs := slices.Clone(sp.segs)
		segs[len(segs)-1][1] = k
		sp.segs = segs
		return sp
	}
	return sp
}

// dropStrays leaves out the lone short lines between entries that each
// carry a date, a byline or a source: a site's name, a menu's link, a
// widget's heading, read as bare headlines ("Sponsors", "City of
// Seattle"). Where the page's pattern is the bare headline, they are its
// entries and stay.
func dropStrays(items []item, sp split) split {
	if sp.start == 'G' || len(sp.segs) < 4 || !strings.ContainsAny(sp.modal, "DBMmtNS") {
		return sp
	}
	rich, other := 0, 0
	stray := make([]bool, len(sp.segs))
	for k, sg := range sp.segs {
		switch {
		case strayEntry(items, sg):
			stray[k] = true
		case anchoredEntry(items, sg):
			rich++
		default:
			other++
		}
	}
	if rich < 3 || other*2 > rich || rich+other == len(sp.segs) {
		return sp
	}
	segs := make([][2]int, 0, rich+other)
	for k, sg := range sp.segs {
		if !stray[k] {
			segs = append(segs, sg)
		}
	}
	sp.segs = segs
	return sp
}

// cutAtGaps ends each entry at its first blank line, or its first line
// that heads the next (headsNext), where the page's entry is one
// reference line, whole in itself: what stands after the blank (a day's
// heading, a session's title, a section's name) heads the entries
// below, and is no part of the one above ("Marika Szabo –
// ‘Miners’" / "" / "Friday 4 July" / "9.00 Session 4C" / "Lucía Ortiz –
// ‘Seasonal workers’"). A headline's byline may stand after a blank:
// only a page of whole references is cut.
func cutAtGaps(items []item, sp split) split {
	if sp.modal != "m" || sp.start == 'G' {
		return sp
	}
	for k, sg := range sp.segs {
		for i := sg[0] + 1; i < sg[1]; i++ {
			if items[i].gap || headsNext(&items[i]) {
				sp.segs[k][1] = i
				break
			}
		}
	}
	return sp
}

// cutAtRules ends each entry at a rule: what a page sets under a rule
// (a newsletter's appeal between its sections, a footer) is no part of
// the entry above it.
func cutAtRules(items []item, sp split) split {
	for k, sg := range sp.segs {
		for i := sg[0] + 1; i < sg[1]; i++ {
			if items[i].ruled {
				sp.segs[k][1] = i
				break
			}
		}
	}
	return sp
}

// sourcesOverTitles gives the outlet's line right over an entry's title
// to that entry, not to the one above, where two entries or more are so
// (outletHeads: "The Northern Echo" / headline / date). The split, which
// starts entries at their titles, left it at the end of the entry before.
func sourcesOverTitles(items []item, sp split) split {
	over := func(k int) bool {
		i := sp.segs[k][0] - 1
		return i >= 0 && items[i].kind == kCite && items[sp.segs[k][0]].kind == kTitle && !items[sp.segs[k][0]].gap &&
			(k == 0 || i > sp.segs[k-1][0] && i >= sp.segs[k-1][1]-1) && (k > 0 || i >= sp.headerEnd-1)
	}
	at := recurs(len(sp.segs), 2, over)
	for _, k := range at {
		sp.segs[k][0]--
		if k > 0 {
			sp.segs[k-1][1] = min(sp.segs[k-1][1], sp.segs[k][0])
		} else if sp.headerEnd > sp.segs[0][0] {
			sp.headerEnd = sp.segs[0][0]
		}
	}
	return sp
}

// headsNext reports whether a line under a whole reference line heads
// what follows rather than annotating the reference: a date alone (a
// programme's day) or a short title (a session's name, "Coffee break").
// An annotation is prose.
func headsNext(it *item) bool {
	c := sym(it)
	return c == 'D' || c == 'T'
}

// dropKickers drops the entries of sp that are a kicker alone, on pages
// whose entries open with a title: one short line right over the next
// entry's longer headline ("España" / "Temporeras marroquíes de la fresa
// denuncian…"), where two entries or more are so. A kicker names the
// story's section, and is no story. ok is false when there are none; the
// items left, with each kicker's blank line passed to the line under it,
// are to be split again.
func dropKickers(items []item, sp split) ([]item, bool) {
	if sp.start != 'T' || len(sp.segs) < 4 {
		return nil, false
	}
	var kickers []int // the kickers' lines
	found := 0        // and the kickers, a labelled one counting twice
	for k, sg := range sp.segs {
		if k+1 >= len(sp.segs) || sp.segs[k+1][0] != sg[1] {
			continue
		}
		// A kicker may carry a label that reads as a name under it,
		// in the block of the entry below ("Politics" / "Free Press
		// Exclusive" / headline), where entries print more than a
		// headline and a name: that alone says what it is.
		labelled := sg[1]-sg[0] == 2 && items[sg[0]+1].kind == kName && items[sg[0]+1].wordsUpTo(4) <= 3 &&
			!strings.HasPrefix(sp.modal, "TN") && len(sp.modal) >= 3 && items[sg[0]].gap && !items[sg[1]].gap
		if sg[1]-sg[0] != 1 && !labelled {
			continue
		}
		if it := &items[sg[0]]; it.wordsUpTo(4) <= 3 && isKickerOver(it, &items[sg[1]], true) && anchoredEntry(items, sp.segs[k+1]) {
			for i := sg[0]; i < sg[1]; i++ {
				kickers = append(kickers, i)
			}
			found++
			if labelled {
				found++
			}
		}
	}
	if found < 2 {
		return nil, false
	}
	kept := make([]item, 0, len(items)-len(kickers))
	gap := false
	for i := range items {
		if len(kickers) > 0 && kickers[0] == i {
			kickers = kickers[1:]
			gap = gap || items[i].gap
			continue
		}
		kept = append(kept, items[i])
		kept[len(kept)-1].gap = kept[len(kept)-1].gap || gap
		gap = false
	}
	return kept, true
}

// anchoredEntry reports whether the entry sg says more than a headline:
// a date, a byline or name, a source or a link.
func anchoredEntry(items []item, sg [2]int) bool {
	for i := sg[0]; i < sg[1]; i++ {
		it := &items[i]
		switch {
		case it.dated || it.source != "" || len(it.authors) > 0 || it.href() != "":
			return true
		case it.kind == kByline || it.kind == kMeta || it.kind == kCite || it.kind == kURL || it.kind == kName:
			return true
		}
	}
	return false
}

// strayEntry reports whether the entry sg is one short bare line and
// furniture at most: a headline or a name alone ("My FR").
func strayEntry(items []item, sg [2]int) bool {
	lines := 0
	for i := sg[0]; i < sg[1]; i++ {
		it := &items[i]
		if it.kind == kChrome {
			continue
		}
		if lines++; lines > 1 || it.kind != kTitle && it.kind != kName || it.dated || it.source != "" || it.href() != "" || it.wordsUpTo(9) > 8 {
			return false
		}
	}
	return lines == 1
}

// split is a way of cutting the page into entries.
type split struct {
	start     byte // the sym that starts an entry; '*' list items
	headerEnd int  // items before the first entry
	segs      [][2]int
	modal     string // most common entry pattern
	regular   int
	score     float64
	// headsAlike is whether byline and date lines are one part of the
	// entries' pattern (appendSignature).
	headsAlike bool
}

// appendSignature appends to the empty sb the pattern of items[a:b],
// given their syms: runs collapsed, links left out. Where headsAlike,
// a byline counts as a date line: both head entries (the split by
// either), or the byline carries the date another entry prints alone.
func appendSignature(sb []byte, syms []byte, a, b int, start byte, headsAlike bool) []byte {
	for i := a; i < b; i++ {
		c := syms[i]
		if headsAlike && c == 'B' {
			c = 'D'
		}
		if start == 'G' && i == a && c == 'P' {
			c = 'T' // a block's first line is its headline, however long
		}
		if c == 'U' || c == 'S' {
			continue // links and citations are optional parts of an entry
		}
		if len(sb) > 0 && sb[len(sb)-1] == c && c != 'T' && c != 't' {
			continue
		}
		sb = append(sb, c)
		if len(sb) > 12 {
			break
		}
	}
	return sb
}

// blockCut is what a split loses for each entry it starts inside a block,
// on a page whose blocks read as whole entries.
const blockCut = 0.8

// startPreference breaks ties between equally regular splits.
const startPreference = "TtmMDBHN*PGRS"

// chooseSplit tries each kind of line as the start of entries and keeps the
// split under which the entries look most alike: the page's layout is the
// pattern that repeats best, and the last entry must be complete because
// excerpts end after a whole entry.
func chooseSplit(items []item) split {
	var best split
	bestScore := -1e9
	for _, sp := range candidateSplits(items) {
		if sp.score > bestScore {
			best, bestScore = sp, sp.score
		}
	}
	return best
}

// candidateSplits returns the splits chooseSplit weighs, scored, in
// order of preference.
func candidateSplits(items []item) []split {
	// Every split reads every item's sym: work them out once.
	syms := make([]byte, len(items))
	var counts [256]int
	// bulletsTo[i] is the number of bulleted items before i: each split
	// counts an entry's bullets without reading its items again.
	bulletsTo := make([]int, len(items)+1)
	// gapAt[i] is items[i].gap: the splits by blank lines read it for
	// every item, and items are big.
	gapAt := make([]bool, len(items))
	for i := range items {
		gapAt[i] = items[i].gap
		syms[i] = sym(&items[i])
		counts[syms[i]]++
		bulletsTo[i+1] = bulletsTo[i]
		if items[i].bullet != 0 {
			bulletsTo[i+1]++
		}
	}
	bullets := bulletsTo[len(items)]
	// numberedBlocks: the bullets are a list's numbers, each opening a
	// block of several lines.
	numberedBlocks := bullets >= 3
	for i := range items {
		if items[i].bullet != 0 && (items[i].bullet != '#' || i > 0 && !gapAt[i] || i+1 < len(items) && gapAt[i+1]) {
			numberedBlocks = false
			break
		}
	}
	// citesTo counts, as bulletsTo does, the lines that are whole
	// references on their own (sym 'm': a title with its authors, date
	// or source): an entry holding several is several entries.
	citesTo := make([]int, len(items)+1)
	for i := range items {
		citesTo[i+1] = citesTo[i]
		if syms[i] == 'm' || syms[i] == 't' {
			citesTo[i+1]++
		}
	}
	// Where every byline carries a date and other entries print a date
	// line alone ("Name — 18.03.2025" / "17.03.2025"), the byline stands
	// in the date line's slot: the two are one part of the pattern.
	datedHeads := counts['D'] > 0 && counts['B'] > 0 && allDatedBylines(items, syms)
	gaps := gapCount(items)
	isBlocked := gapsBlock(gaps, len(items)) && !groupedBlocks(items) // blocked(items), counted once
	// Where the blocks read as whole entries, blank lines are strong
	// evidence: a split cutting blocks in two needs more than regularity.
	blockEntries := false
	if isBlocked && !citeRuns(citesTo, items, gapAt) {
		g := trySplit(items, syms, 'G', gaps+1, true, datedHeads, func(i int) bool { return i == 0 || gapAt[i] })
		blockEntries = wholeBlocks(items, g, oneAnchorEach(items, g)) && extraBullets(bulletsTo, g) == 0 && !titleRuns(syms, g)
	}
	var out []split
	for pi := 0; pi < len(startPreference); pi++ {
		c := startPreference[pi]
		n := counts[c]
		switch c {
		case '*':
			n = bullets
		case 'H':
			n = counts['D'] + counts['B']
		case 'G':
			n = gaps + 1
		case 'R':
			// References opened by either kind of whole line, where the
			// page prints both: a reading list's quoted articles ('m')
			// among its books ('t').
			n = counts['m'] + counts['t']
			if counts['m'] == 0 || counts['t'] == 0 {
				n = 0
			}
		}
		if n == 0 {
			continue
		}
		var isStart func(int) bool // nil: syms[i] == c
		switch c {
		case 'D':
			// A date line under another ("Published: …" / "Updated: …")
			// is the same entry's.
			isStart = func(i int) bool { return syms[i] == 'D' && (i == 0 || syms[i-1] != 'D' || gapAt[i]) }
		case 'N':
			// So is an author line under another: authors printed one to
			// a line, each with where they work.
			isStart = func(i int) bool { return syms[i] == 'N' && (i == 0 || syms[i-1] != 'N' || gapAt[i]) }
		case '*':
			isStart = func(i int) bool { return bulletsTo[i+1] > bulletsTo[i] } // items[i].bullet != 0
		case 'H':
			// Entries headed by a date line or a byline, whichever each
			// prints: "By X, DATE" over one, "DATE | Rubric" over the next.
			if counts['D'] == 0 || counts['B'] == 0 {
				continue
			}
			// A byline right above a date line (or the reverse) is one
			// header, not two.
			isHead := func(i int) bool { k := syms[i]; return k == 'D' || k == 'B' }
			// On a page in blocks, a head below another in the same
			// block ("DATE" / title / "By X") is the same entry's.
			headAbove := make([]bool, len(items))
			for i := range items {
				if i > 0 && !gapAt[i] {
					headAbove[i] = headAbove[i-1] || isHead(i-1)
				}
			}
			isStart = func(i int) bool {
				return isHead(i) && (i == 0 || gapAt[i] || !isHead(i-1)) && !(isBlocked && headAbove[i])
			}
		case 'G':
			// Entries as the blank lines print them: each block one
			// entry, whatever kind of line opens it.
			if !isBlocked {
				continue
			}
			isStart = func(i int) bool { return i == 0 || gapAt[i] }
		case 'R':
			isStart = func(i int) bool { return syms[i] == 'm' || syms[i] == 't' }
		}
		sp := trySplit(items, syms, c, n, isBlocked, datedHeads || c == 'H', isStart)
		if blockEntries && c != 'G' {
			for _, sg := range sp.segs {
				if !items[sg[0]].gap {
					sp.score -= blockCut
				}
			}
		}
		// Every split but the one by references pays for the entries
		// holding several; the split by one kind of them does not where
		// the page prints no other kind.
		if c != 'R' && !(c == 'm' && counts['t'] == 0) && !(c == 't' && counts['m'] == 0) && citesTo[len(items)] >= 3 {
			sp.score -= float64(extraBullets(citesTo, sp))
		}
		if c != '*' && bullets >= 3 {
			// A list's bullets mark its entries: an entry holding several
			// bulleted lines (a section heading over its list) is a
			// section, not an entry.
			sp.score -= 0.5 * float64(extraBullets(bulletsTo, sp))
			// So does an entry whose bullet stands below its first line:
			// the bullet opens the entry the line above ends.
			sp.score -= float64(lateBullets(items, sp))
			if numberedBlocks {
				// Where each number opens a block of lines, the lines
				// under it are its entry's, however alike they read.
				sp.score -= float64(unbulleted(bulletsTo, sp))
			}
		}
		if c == 'G' {
			// Blocks that each hold one date or byline are one entry
			// each, even where a block prints two headline-like lines.
			anchored := oneAnchorEach(items, sp) || oneNameEach(items, sp)
			if !wholeBlocks(items, sp, anchored) {
				continue
			}
			if anchored {
				sp.score += 0.5 * float64(len(sp.segs))
			}
		}
		sp.score -= float64(pi) * 0.01
		out = append(out, sp)
	}
	return out
}

// allDatedBylines reports whether every byline among items carries a
// date.
func allDatedBylines(items []item, syms []byte) bool {
	for i, c := range syms {
		if c == 'B' && !items[i].dated {
			return false
		}
	}
	return true
}

// citeRuns reports whether a block holds three whole references or more:
// a reference list printed one to a line, under a heading, within a page
// in blocks. Its blocks are no entries.
func citeRuns(citesTo []int, items []item, gapAt []bool) bool {
	start := 0
	for i := 1; i <= len(items); i++ {
		if i == len(items) || gapAt[i] {
			if citesTo[i]-citesTo[start] >= 3 {
				return true
			}
			start = i
		}
	}
	return false
}

// titleRuns reports whether the segments of sp hold four title lines in
// a row: a list of entries one to a line, not one entry. One segment in
// five may: a widget of questions or links between the entries ("People
// also ask").
func titleRuns(syms []byte, sp split) bool {
	runs := 0
	for _, sg := range sp.segs {
		run := 0
		for i := sg[0]; i < sg[1]; i++ {
			if syms[i] == 'T' || syms[i] == 't' {
				run++
				if run == 4 {
					runs++
					break
				}
			} else {
				run = 0
			}
		}
	}
	return runs > 0 && (runs*5 > len(sp.segs) || len(sp.segs) < 5)
}

// unbulleted counts the entries of sp holding no bulleted item.
func unbulleted(bulletsTo []int, sp split) int {
	n := 0
	for _, sg := range sp.segs {
		if bulletsTo[sg[1]] == bulletsTo[sg[0]] {
			n++
		}
	}
	return n
}

// lateBullets counts the entries of sp whose first line has no bullet
// and a later one has a mark ("•", "☐"). A number is left out: it may
// be a page's, run into the snippet under it ("18. oldal").
func lateBullets(items []item, sp split) int {
	n := 0
	for _, sg := range sp.segs {
		if items[sg[0]].bullet != 0 {
			continue
		}
		for i := sg[0] + 1; i < sg[1]; i++ {
			if items[i].bullet == '*' {
				n++
				break
			}
		}
	}
	return n
}

// extraBullets counts the bulleted items beyond the first in each entry;
// bulletsTo[i] is the number of bulleted items before item i. Given
// citesTo, it counts whole references instead.
func extraBullets(bulletsTo []int, sp split) int {
	n := 0
	for _, sg := range sp.segs {
		if k := bulletsTo[sg[1]] - bulletsTo[sg[0]]; k > 1 {
			n += k - 1
		}
	}
	return n
}

// trySplit cuts items at the items where isStart holds (where their sym
// is c, when it is nil); n, their number if known, sizes the slices;
// syms are the items' syms, isBlocked is blocked(items), and headsAlike
// whether bylines count as date lines in the entries' patterns.
func trySplit(items []item, syms []byte, c byte, n int, isBlocked, headsAlike bool, isStart func(int) bool) split {
	sp := split{start: c, headsAlike: headsAlike}
	starts := make([]int, 0, n)
	if isStart == nil {
		// The items whose sym is c, found with IndexByte: a call per
		// item costs more, and most splits start at one kind of line.
		for i := 0; ; {
			k := bytes.IndexByte(syms[i:], c)
			if k < 0 {
				break
			}
			starts = append(starts, i+k)
			i += k + 1
		}
	} else {
		for i := range items {
			if isStart(i) {
				starts = append(starts, i)
			}
		}
	}
	if len(starts) == 0 {
		sp.headerEnd = len(items)
		return sp
	}
	sp.headerEnd = starts[0]
	sp.segs = make([][2]int, 0, len(starts))
	for k, s := range starts {
		e := len(items)
		if k+1 < len(starts) {
			e = starts[k+1]
		}
		sp.segs = append(sp.segs, [2]int{s, e})
	}
	sigs := make([]string, len(sp.segs))
	// Pages repeat a few patterns: one string and one count for each,
	// found with one map lookup per entry.
	ids := map[string]int{} // a pattern's index in distinct and counts
	var distinct []string
	var counts []int
	var buf [16]byte
	last := -1 // the id of the entry before; entries mostly repeat it
	for k, sg := range sp.segs {
		sig := appendSignature(buf[:0], syms, sg[0], sg[1], c, headsAlike)
		id := last
		if id < 0 || distinct[id] != string(sig) {
			var ok bool
			if id, ok = ids[string(sig)]; !ok {
				id = len(distinct)
				s := string(sig)
				ids[s] = id
				distinct, counts = append(distinct, s), append(counts, 0)
			}
		}
		sigs[k] = distinct[id]
		counts[id]++
		last = id
	}
	freq := func(s string) int {
		if id, ok := ids[s]; ok {
			return counts[id]
		}
		return 0
	}
	modalN := freq(sp.modal)
	for id, s := range distinct {
		if n := counts[id]; n > modalN || n == modalN && len(s) > len(sp.modal) || n == modalN && len(s) == len(sp.modal) && s < sp.modal {
			sp.modal, modalN = s, n
		}
	}
	// The pattern is the one that fits the most entries, counting those
	// that print only some of its lines: where the teaser is optional,
	// "DTP" over three entries fits the four "DT" too, and "DT" does not
	// fit them. A pattern must recur, and fit better by an entry at
	// least. An entry fits in part when it lacks one kind of line, not
	// its headline: a headline the pattern adds at its end is the next
	// entry's, and a headline alone under a pattern of three lines is a
	// kicker. (Leading entries of the commonest pattern stay entries.)
	common := sp.modal // the commonest pattern, which fit may widen
	if len(distinct) <= 32 {
		fit := func(m string) float64 {
			f := 0.0
			for id, s := range distinct {
				switch {
				case s == m:
					f += float64(counts[id])
				case isSubseq(s, m) && headlines(s) == headlines(m) && len(s)+1 >= len(m):
					f += 0.5 * float64(counts[id])
				default:
					f -= 0.25 * float64(counts[id])
				}
			}
			return f
		}
		best := fit(sp.modal) + 1
		for id, s := range distinct {
			if counts[id] >= 2 && s != sp.modal {
				if f := fit(s); f >= best {
					sp.modal, best = s, f
				}
			}
		}
	}
	// Leading entries made only of titles and prose that do not fit the
	// pattern are the page's heading and notices.
	// A lone capitalised line opening the page ("Central Asia") is its
	// title even when it reads like a name.
	// So is a short one whose lines come in another order than the
	// pattern's: a journal issue's name over its volume and year.
	for len(sp.segs) > 1 && sigs[0] != sp.modal && sigs[0] != common && (onlyTP(sigs[0]) || sigs[0] == "N" || len(sigs[0]) <= 2 && len(sp.modal) >= 3 && !isSubseq(sigs[0], sp.modal)) && !(len(sigs[0]) == len(sp.modal) && onlyTP(sp.modal)) {
		sp.headerEnd = sp.segs[1][0]
		sp.segs, sigs = sp.segs[1:], sigs[1:]
	}
	if c == 'G' && len(sp.modal) >= 3 && sp.modal[0] != 'T' && sp.modal[0] != 'P' {
		// A block holding one line or two over an entry of the page's
		// pattern, which opens with no headline: the page's heading over
		// the first entry ("Events near New York, NY" / DATE / title /
		// "Hosted by …"), a promotion over another. The entry starts
		// where its pattern does. (Over a headline, a short line is the
		// entry's kicker, which dropKickers reads.)
		for k, sg := range sp.segs {
			if sigs[k] == sp.modal {
				continue
			}
			for n := 1; n <= 2 && sg[0]+n < sg[1]; n++ {
				if b := syms[sg[0]+n-1]; b != 'T' && b != 'P' {
					break
				}
				if string(appendSignature(buf[:0], syms, sg[0]+n, sg[1], c, headsAlike)) == sp.modal {
					sp.segs[k][0], sigs[k] = sg[0]+n, sp.modal
					if k == 0 {
						sp.headerEnd = sg[0] + n
					}
					break
				}
			}
		}
	}
	for _, s := range sigs {
		switch {
		case s == sp.modal:
			sp.score++
			sp.regular++
		case isSubseq(s, sp.modal):
			sp.score += 0.5
		default:
			sp.score -= 0.25
		}
	}
	// A shorter last entry is a cut-off one, unless entries of its shape
	// recur on the page (bare titles among full entries) or it ends as
	// the pattern does: a cut takes an entry's end, not its middle.
	// (A block of furniture alone has an empty signature.)
	if last := sigs[len(sigs)-1]; last != sp.modal && len(sigs) > 1 && freq(last) < 2 && (last == "" || sp.modal == "" || last[len(last)-1] != sp.modal[len(sp.modal)-1]) {
		for i := 0; i < len(sp.modal); i++ {
			if !strings.Contains(last, sp.modal[i:i+1]) {
				sp.score--
			}
		}
	}
	// On a page in blocks, blank lines say where entries start: a split
	// whose entries begin after blank lines is the likelier one. When
	// nearly every line stands alone, blank lines say nothing.
	if isBlocked && c != 'G' { // blocks agree with themselves
		// A heading ends with its block: a split that leaves the top of
		// the first entry's block in the heading cut an entry in two.
		if sp.headerEnd > 0 && len(sp.segs) > 0 && !items[sp.segs[0][0]].gap {
			sp.score--
		}
		for _, sg := range sp.segs {
			if items[sg[0]].gap {
				sp.score += 0.2
			} else {
				sp.score -= 0.2
			}
		}
	}
	// Entry-like lines left in the header mean the split missed entries.
	for i := 0; i < sp.headerEnd; i++ {
		if k := items[i].kind; k != kTitle && k != kProse {
			sp.score -= 0.5
			if k == kByline && items[i].dated {
				sp.score -= 0.5 // "By X on DATE" heads no page
			}
		}
	}
	// A pattern ending in its headline, under a heading that ends in a
	// headline's line below the page's title, leaves the first entry's
	// headline in the heading: the entries open with their headlines,
	// "Headline" / name / date, not with what follows them. (A word or
	// two there is the page's topic: "Stories About" / "labor".)
	if m := sp.modal; sp.headerEnd >= 2 && len(m) >= 2 && m[0] != 'T' && m[len(m)-1] == 'T' && syms[sp.headerEnd-1] == 'T' && items[sp.headerEnd-1].wordsUpTo(5) >= 5 {
		sp.score--
	}
	return sp
}

// headlines counts the headline lines in a signature.
func headlines(sig string) int { return strings.Count(sig, "T") + strings.Count(sig, "t") }

func onlyTP(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] != 'T' && s[i] != 'P' {
			return false
		}
	}
	return true
}

// isSubseq reports whether a's letters appear in b in order.
func isSubseq(a, b string) bool {
	j := 0
	for i := 0; i < len(b) && j < len(a); i++ {
		if a[j] == b[i] {
			j++
		}
	}
	return j == len(a)
}

var startNames = map[byte]string{'T': "title", 't': "title line with date/source", 'm': "citation paragraph", 'M': "byline/date lead",
	'D': "date", 'B': "byline", 'H': "date or byline", 'N': "author name", '*': "list item", 'P': "paragraph", 'G': "block",
	'R': "reference (citation paragraph or title line with date/source)"}

func (sp split) layout(items []item) Layout {
	l := Layout{Start: startNames[sp.start], Pattern: sp.modal, Header: sp.headerEnd, Entries: len(sp.segs), Regular: sp.regular}
	if sp.start == 'G' && len(sp.segs) > 0 {
		// Blocks that all open with one kind of line are named by it.
		c := sym(&items[sp.segs[0][0]])
		same := true
		for _, sg := range sp.segs {
			same = same && sym(&items[sg[0]]) == c
		}
		if same {
			l.Start = startNames[c]
		}
	}
	gaps := 0
	for _, sg := range sp.segs {
		if items[sg[0]].gap {
			gaps++
		}
	}
	l.Blocks = len(sp.segs) > 1 && gaps*2 >= len(sp.segs)
	return l
}

// allLong reports whether single-line entries are long enough to hold a
// teaser after the title.
func allLong(items []item, sp split) bool {
	long := 0
	for _, sg := range sp.segs {
		if items[sg[0]].wordsUpTo(14) >= 14 {
			long++
		}
	}
	return long*2 > len(sp.segs)
}

// headerFields reads the page heading and a notice from the lines before
// the first entry.
func headerFields(header []item) (title, disclaimer string) {
	var notes []string
	for i := range header {
		it := &header[i]
		switch {
		case title == "" && len(notes) == 0 && !isProseN(it.body, it.wordsUpTo(20)):
			title = it.body
		case isProseN(it.body, it.wordsUpTo(20)):
			notes = append(notes, it.body)
		}
	}
	return title, strings.Join(notes, " ")
}

// capsRubric returns the index of an entry's first title line when it is
// a rubric in capitals ("EXCLUSIVE", "ЭКСКЛЮЗИВ") over a headline that
// follows, or -1. A title line under the entry's teaser is no headline
// the rubric heads: "THE MARITIME STRIKE." is the headline itself.
func capsRubric(seg []item) int {
	first := -1
	for i := range seg {
		if first >= 0 && seg[i].kind == kProse {
			return -1
		}
		if seg[i].kind != kTitle {
			continue
		}
		if first < 0 {
			if !isCapsLabel(seg[i].body) {
				return -1
			}
			first = i
			continue
		}
		if !isCapsLabel(seg[i].body) {
			return first
		}
	}
	return -1
}

// isCapsLabel reports whether s is one to three words in capitals with no
// digits: a rubric, not a headline.
func isCapsLabel(s string) bool {
	if wordCountUpTo(s, 4) > 3 {
		return false
	}
	letters := 0
	for _, r := range s {
		switch {
		case isLower(r) || isDigit(r):
			return false
		case isUpper(r):
			letters++
		}
	}
	return letters >= 3
}

// fullCitation returns the index of the first line of seg that is a
// whole reference, with its own title, names (or, for an anonymous work,
// its source) and date, or -1.
func fullCitation(seg []item) int {
	for i := range seg {
		if it := &seg[i]; it.kind == kMeta && it.title != "" && (len(it.authors) > 0 || it.source != "") && it.dated {
			return i
		}
	}
	return -1
}

// buildRecord assigns the fields of one entry.
func buildRecord(seg []item, runTogether bool) *annals.Record {
	if len(seg) == 1 && seg[0].kind == kTitle && isLabelPhrase(seg[0].body) {
		return nil // a widget's label between entries: "Featured Review Essay"
	}
	rec := &annals.Record{Authors: []string{}}
	// The summary's parts, in room on the stack for as many as most
	// entries have: a slice grown on the heap for every record was
	// among the parse's commonest allocations.
	var summaryBuf [4]string
	summary := summaryBuf[:0]
	bylined, fromName := false, false // fromName: the authors came from a bare name line
	// fromTitle: the authors came from the title's line, its statement of
	// responsibility ("Title / Darnell J. Whitlock."): a labelled field of
	// authors below gives them as the catalogue heads them.
	fromTitle := false
	sourceField := roleNone // the labelled field the source came from
	rubric := capsRubric(seg)
	cite := fullCitation(seg)
	titleAt := -2        // the title line's index
	authorLine := -2     // the line the authors came from, or the last of their lines
	var heading []string // the names a catalogue's heading prints over its description
	for i := range seg {
		it := &seg[i]
		switch it.kind {
		case kTitle:
			if i == rubric {
				continue
			}
			if i < cite && (it.wordsUpTo(4) <= 3 || isInvertedName(trimRightMarks(it.body, ". "))) {
				// A catalogue record's type ("Book") and heading
				// ("Smith, John Henry.") over the full description.
				if name := trimRightMarks(it.body, ". "); isInvertedName(name) {
					heading = []string{name}
				}
				continue
			}
			if src, ok := bracketCitation(it.body); ok {
				if rec.Source == "" {
					rec.Source = src
				}
				continue
			}
			if rec.Title == "" && i+1 < len(seg) && (seg[i+1].kind == kTitle || seg[i+1].kind == kProse) && isLabelPhrase(it.body) {
				continue // a label over the headline: "Opinion", "Featured Review Essay"
			}
			if rec.Title == "" && it.wordsUpTo(3) <= 2 && badgeOverHeadline(seg, i) {
				continue // "Politics" / "Free Press Exclusive" / headline
			}
			if rec.Title == "" && i > 0 && i+1 < len(seg) && (seg[i-1].kind == kDate || seg[i-1].kind == kCite) && !seg[i+1].gap &&
				it.wordsUpTo(3) <= 2 && isKickerOver(it, &seg[i+1], true) {
				continue // a section's name between the date and the headline: "Business"
			}
			if rec.Title == "" {
				rec.Title, titleAt = it.title, i
				if len(it.authors) > 0 && !bylined {
					rec.Authors, bylined, fromTitle = it.authors, true, true
				}
				if it.rest != "" {
					summary = append(summary, it.rest)
				}
			} else if len(summary) == 0 && (runTogether || i == titleAt+1 && (i+1 < len(seg) || shortSentence(it)) || !it.dated && !it.gap && it.wordsUpTo(8) >= 8 && capRatio(it.body) < 0.4) {
				// A second headline-like line right under the title,
				// with more of the entry below it or ending in a full
				// stop, is its dek; a long one in sentence case further
				// down the block, a teaser without its full stop.
				summary = append(summary, it.body)
			}
		case kProse:
			// A block without a title line whose prose comes in two
			// paragraphs, the first shorter and not cut off: the first
			// is the headline (long headlines read as prose).
			if rec.Title == "" && len(summary) == 0 && !runTogether && headlineOverTeaser(seg, i) {
				rec.Title = it.body
				continue
			}
			// "[Programme, 30/04/2005, Broadcaster]": a bracketed citation
			// names the outlet after its date.
			if src, ok := bracketCitation(it.body); ok {
				if rec.Source == "" {
					rec.Source = src
				}
				continue
			}
			if runTogether && rec.Title == "" && len(summary) == 0 {
				t, s, d := splitRunTogether(it.body, it.facts)
				rec.Title = t
				if rec.Date.IsZero() {
					rec.Date = d
				}
				if s != "" {
					summary = append(summary, s)
				}
				continue
			}
			summary = append(summary, it.body)
		case kName:
			if i < cite {
				// A catalogue's heading over the full description: its
				// statement of responsibility names the authors, and the
				// heading gives the form of those it heads.
				heading = it.authors
				continue
			}
		case kMeta:
			if it.title != "" && rec.Title == "" {
				rec.Title = it.title
			}
			if it.rest != "" {
				summary = append(summary, it.rest)
			}
		case kURL:
			if rec.URL == "" {
				rec.URL = normalizeURL(it.body)
			}
			continue
		}
		if (it.kind == kByline || it.kind == kName || it.kind == kMeta || it.kind == kDate) && (!bylined || fromName && it.kind == kByline && hasByWord(it.body) || fromTitle && it.field == roleAuthors) && len(it.authors) > 0 {
			// A byline's by-word outweighs a bare name-like line above
			// it, which may be a label ("Proposed Rule").
			rec.Authors = it.authors
			bylined, fromName, fromTitle = true, it.kind == kName, it.kind == kMeta && it.title != ""
			authorLine = i
		} else if it.kind == kName && i > 0 && authorLine == i-1 && seg[i-1].kind == kName && !it.gap && bylined {
			// Authors printed one to a line, each with where they work;
			// not a label under a labelled byline ("Open Access" / "Get
			// Permissions").
			rec.Authors = append(rec.Authors[:len(rec.Authors):len(rec.Authors)], it.authors...)
			authorLine = i
		}
		// A periodical's field outranks a publisher's, and both a
		// report's series.
		if it.source != "" && (rec.Source == "" || it.field == roleContainer && sourceField == rolePublisher ||
			(it.field == roleContainer || it.field == rolePublisher) && sourceField == roleSeries) {
			rec.Source, sourceField = it.source, it.field
		}
		if it.dated && !it.date.IsZero() && (rec.Date.IsZero() || refines(it.date, rec.Date)) {
			rec.Date = it.date
		}
		if href := it.href(); href != "" && rec.URL == "" && (it.kind == kTitle || it.kind == kMeta) {
			rec.URL = href
		}
	}
	if rec.Date.IsZero() && seg[0].group != nil {
		rec.Date = *seg[0].group
	}
	if len(heading) > 0 && len(rec.Authors) > 0 {
		if names, ok := headingForms(heading, rec.Authors); ok {
			rec.Authors = names
		}
	}
	if len(summary) == 0 && !runTogether && titleAt >= 0 && wordCountUpTo(rec.Title, 15) > 14 && sentenceInTitle(rec.Title) {
		// A headline with a sentence in it and no teaser elsewhere: the
		// teaser is run into the headline's line.
		if t, s, _ := splitRunTogether(rec.Title, factsOf(rec.Title)); s != "" && t != "" {
			rec.Title, summary = t, append(summary, s)
		}
	}
	rec.Title = cleanTitle(rec.Title)
	// A reference's gloss keeps the comma that set it off: ", which …".
	rec.Summary = cutSummaryLabel(trimLeftMarks(dropLeadingEllipsis(trimTail(strings.Join(summary, " "))), ",; "))
	if rec.Title == "" && rec.Summary == "" {
		return nil
	}
	if rec.Language == "" {
		rec.Language = recordLanguage(rec.Title, rec.Summary)
	}
	return rec
}

// badgeOverHeadline reports whether seg[i], a short line, is a kicker
// over a badge (a short line read as a name: "Free Press Exclusive") and
// the headline under both.
func badgeOverHeadline(seg []item, i int) bool {
	if i+2 >= len(seg) || seg[i+1].kind != kName || seg[i+1].wordsUpTo(4) > 3 || seg[i+1].gap || seg[i+2].gap {
		return false
	}
	return isKickerOver(&seg[i], &seg[i+2], true)
}

// cutSummaryLabel cuts the label a search engine sets before the summary
// it wrote: "TLDR The paper analyses…", "TL;DR: …".
// dropLeadingEllipsis takes the ellipsis off a snippet that opens
// inside a sentence, as a search result's does ("… the strike entered
// its sixth day"): it marks where the text was cut, and says nothing.
func dropLeadingEllipsis(s string) string {
	for _, e := range []string{"…", "..."} {
		if rest, ok := strings.CutPrefix(s, e); ok {
			return trimSpace(rest)
		}
	}
	return s
}

func cutSummaryLabel(s string) string {
	for _, l := range []string{"TLDR ", "TL;DR ", "TLDR: ", "TL;DR: "} {
		if rest, ok := strings.CutPrefix(s, l); ok && isUpperStart(rest) {
			return rest
		}
	}
	return s
}

// shortSentence reports whether it is a short sentence of four words or
// more, ended by its full stop: "The ballot closes on Friday."
func shortSentence(it *item) bool {
	return !it.dated && strings.HasSuffix(it.body, ".") && !strings.HasSuffix(it.body, "..") && it.wordsUpTo(4) >= 4 && capRatio(it.body) < 0.5
}

// refines reports whether d is a more precise reading of the date had:
// "Published online: 12 Feb 2025" under an issue line's "2025".
func refines(d, had annals.Date) bool {
	return d.Precision > had.Precision && d.Year == had.Year && (had.Precision < annals.PrecisionMonth || d.Month == had.Month)
}

// bracketCitation reads a line that is one bracketed citation holding a
// date; the outlet is what follows the date, or the last comma part.
func bracketCitation(s string) (string, bool) {
	if !strings.HasPrefix(s, "[") {
		return "", false // most lines; trimming the end keeps the '['
	}
	s = trimRightMarks(s, ". ")
	if !strings.HasSuffix(s, "]") || len(s) > 300 {
		return "", false
	}
	inner := s[1 : len(s)-1]
	ds := scanDates(inner, orderUnknown)
	if len(ds) == 0 {
		return "", false
	}
	after := trimMarks(inner[ds[len(ds)-1].end:], " ,.;")
	if after == "" {
		parts := splitComma(inner[:ds[len(ds)-1].start])
		if len(parts) == 0 {
			return "", false
		}
		after = parts[len(parts)-1]
	}
	return after, true
}

// normalizeURL turns a DOI or bare host into an absolute URL.
func normalizeURL(s string) string {
	ls := strings.ToLower(s)
	switch {
	case strings.HasPrefix(ls, "doi:"):
		return "https://doi.org/" + trimSpace(s[4:])
	case strings.HasPrefix(ls, "www."):
		return "https://" + s
	}
	return s
}

// cleanTitle removes list punctuation: a single trailing full stop.
func cleanTitle(t string) string {
	t = trimSpace(t)
	// Scraped buttons left after a headline. Most titles can hold none,
	// and are not lower-cased.
	if mayHoldButton(t) {
		// Lower-cased again only when t changes, into a buffer on the
		// stack (as strings.ToLower would, without allocating).
		var buf [256]byte
		lt := appendLower(buf[:0], t)
		for _, c := range []string{"read this article in", "add to favourites", "add to favorites", "read more", "подробности"} {
			if i := indexFold(t, lt, c, false); i > 0 && len(t)-i < len(c)+24 {
				t = trimRightMarks(trimSpace(t[:i]), " -–—|")
				lt = appendLower(buf[:0], t)
			}
		}
	}
	if strings.HasSuffix(t, ".") && !strings.HasSuffix(t, "..") && !endsWithInitialism(t) {
		t = trimSpace(t[:len(t)-1])
	}
	if strings.IndexByte(t, '[') > 0 && holdsDesignation(t) {
		// A reference's material designation: "Title [Электронный ресурс]".
		for _, m := range materialDesignations {
			if i := strings.Index(t, m); i > 0 {
				t = trimSpace(t[:i] + t[i+len(m):])
			}
		}
	}
	// A format tag after the title: "The Winnipeg Strike (PDF)". Each
	// ends with a bracket: a title ending otherwise keeps its end.
	if t != "" && formatTags.lastBytes[t[len(t)-1]] {
		for _, tag := range formatTags.words {
			if strings.HasSuffix(t, tag) && len(t) > len(tag)+8 {
				t = t[:len(t)-len(tag)]
			}
		}
	}
	return trimSpace(t[max(typeTag(t), rubricTag(t)):])
}

// rubricTag returns the length of a bracketed rubric opening a headline,
// "[Exclusive] ", "[한겨레 프리즘] ", "[Video] ": a label of the column or
// kind of piece, at most three words and no number, before a headline
// of two words or more; or 0.
func rubricTag(t string) int {
	if len(t) < 8 || t[0] != '[' {
		return 0
	}
	e := strings.IndexByte(t, ']')
	if e < 2 || e > 40 || e+2 >= len(t) || t[e+1] != ' ' || indexDigit(t[1:e]) >= 0 || wordCountUpTo(t[1:e], 4) > 3 ||
		wordCountUpTo(t[e+2:], 2) < 2 || strings.ContainsAny(t[1:e], "?.,:") {
		return 0
	}
	return e + 2
}

// materialDesignations say what medium a reference's work is in, in
// brackets after its title.
var materialDesignations = []string{" [Электронный ресурс]", " [Электронный текст]", " [Текст]", " [Text]",
	" [Electronic resource]", " [electronic resource]", " [Elektronische Ressource]", " [Ressource électronique]",
	" [Recurso electrónico]", " [Електронний ресурс]", " [Online]", " [online]"}

// formatTags name a file's format or a recording's kind after a title.
var formatTags = newEndings(" (PDF)", " [PDF]", " (pdf)", " (video)", " (audio)", " (in Russian)", " (in German)", " (in French)")

// holdsDesignation reports whether t holds one of materialDesignations,
// trying them only where t has a " [": most titles with a bracket hold a
// source or date in it, and no designation.
func holdsDesignation(t string) bool {
	for i := 1; i < len(t); i++ {
		k := strings.IndexByte(t[i:], '[')
		if k < 0 {
			return false
		}
		i += k
		if t[i-1] != ' ' {
			continue
		}
		for _, m := range materialDesignations {
			if strings.HasPrefix(t[i-1:], m) {
				return true
			}
		}
	}
	return false
}

// mayHoldButton is a quick test that strings.ToLower(t) holds one of the
// buttons cleanTitle removes: each holds "read ", "add to favo" or "п",
// and only ASCII letters lower to those ASCII letters, only "п" and "П"
// to "п".
func mayHoldButton(t string) bool {
	// Both ASCII buttons have a "d" near their start: find each "d" or
	// "D" with IndexByte and look around it.
	lo, up := strings.IndexByte(t, 'd'), strings.IndexByte(t, 'D')
	for lo >= 0 || up >= 0 {
		var p int
		if up < 0 || lo >= 0 && lo < up {
			p = lo
			if k := strings.IndexByte(t[lo+1:], 'd'); k >= 0 {
				lo += 1 + k
			} else {
				lo = -1
			}
		} else {
			p = up
			if k := strings.IndexByte(t[up+1:], 'D'); k >= 0 {
				up += 1 + k
			} else {
				up = -1
			}
		}
		if p >= 3 && hasPrefixFoldASCII(t[p-3:], "read ") || p >= 1 && hasPrefixFoldASCII(t[p-1:], "add to favo") {
			return true
		}
	}
	return strings.Contains(t, "п") || strings.Contains(t, "П")
}

// typeTag returns the length of a search engine's type tag leading t,
// "[PDF] ", "[BOOK] ", "[CITATION] ", or 0.
func typeTag(t string) int {
	if !strings.HasPrefix(t, "[") {
		return 0
	}
	e := strings.IndexByte(t, ']')
	if e < 3 || e > 11 || e+1 >= len(t) || t[e+1] != ' ' || !allUpper(t[1:e]) || strings.ContainsAny(t[1:e], " 0123456789") {
		return 0
	}
	return e + 2
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// dateBefore is a.Before(b), which compares the dates as printed,
// without printing them (Before formats both with fmt): dates with
// years of four digits and months and days of two compare by dateKey.
func dateBefore(a, b annals.Date) bool {
	ka, okA := dateKey(a)
	kb, okB := dateKey(b)
	if !okA || !okB {
		return a.Before(b)
	}
	return ka < kb
}

// dateKey orders dates as their printed forms sort: by year, month and
// day, a date printed without a part before those printed with it, and
// an unknown date ("") first. ok is false for parts printed otherwise
// than as four or two digits, whose order only the strings tell.
func dateKey(d annals.Date) (key int, ok bool) {
	switch d.Precision {
	case annals.PrecisionYear:
		return d.Year * 10000, 0 <= d.Year && d.Year <= 9999
	case annals.PrecisionMonth:
		return d.Year*10000 + int(d.Month)*100, 0 <= d.Year && d.Year <= 9999 && 1 <= d.Month && d.Month <= 99
	case annals.PrecisionDay:
		return d.Year*10000 + int(d.Month)*100 + d.Day, 0 <= d.Year && d.Year <= 9999 && 1 <= d.Month && d.Month <= 99 && 1 <= d.Day && d.Day <= 99
	}
	return -1, true // printed as ""
}

// dateOrder reports whether the dated entries run newest or oldest first.
func dateOrder(recs []*annals.Record) annals.Order {
	down, up := 0, 0
	var prev annals.Date
	for _, r := range recs {
		if r.Date.IsZero() {
			continue
		}
		// Equal dates are in neither order.
		if !prev.IsZero() && r.Date != prev {
			if dateBefore(r.Date, prev) {
				down++
			} else if dateBefore(prev, r.Date) {
				up++
			}
		}
		prev = r.Date
	}
	switch {
	case down > 0 && up == 0 || down >= 3*up && down > 2:
		return annals.NewestFirst
	case up > 0 && down == 0 || up >= 3*down && up > 2:
		return annals.OldestFirst
	}
	return ""
}

// confidence estimates how sure the parse of rec is: entries that follow
// the page's pattern, with a title and more fields, score higher.
func confidence(rec *annals.Record, sp split) float64 {
	c := 0.4
	if rec.Title != "" {
		c += 0.2
	}
	if !rec.Date.IsZero() {
		c += 0.1
	}
	if len(rec.Authors) > 0 || rec.Source != "" {
		c += 0.1
	}
	if rec.Summary != "" {
		c += 0.05
	}
	if len(sp.segs) > 0 {
		c += 0.15 * float64(sp.regular) / float64(len(sp.segs))
	}
	if c > 1 {
		c = 1
	}
	return c
}

// isUpperStart reports whether s starts with an upper-case letter.
func isUpperStart(s string) bool {
	r, _ := decodeRune(s)
	return isUpper(r)
}

// looksLikeListing reports whether recs are evidence of a listing rather
// than of stray text: some entry carries a date, a byline, a source or a
// link, or at least three entries repeat the same bare shape.
func looksLikeListing(recs []*annals.Record) bool {
	for _, r := range recs {
		if !r.Date.IsZero() || len(r.Authors) > 0 || r.Source != "" || r.URL != "" {
			return true
		}
	}
	return len(recs) >= 3
}

// wholeBlocks reports whether a split at blank lines gives entries of
// several kinds of line (two if each holds one date or byline) with few
// one-line blocks: on pages that set a
// teaser or footer apart with blank lines, blocks are parts of entries.
func wholeBlocks(items []item, sp split, anchored bool) bool {
	singles, headings := 0, 0
	for _, sg := range sp.segs {
		switch {
		case sectionHeading(items, sg):
			headings++
		case sg[1]-sg[0] == 1:
			singles++
		}
	}
	// A headline over its teaser, block after block, is an entry a
	// block as well: "Headline" / "Standfirst", blank.
	return (len(sp.modal) >= 3 || len(sp.modal) == 2 && (anchored || sp.modal == "TP")) && singles*5 <= len(sp.segs)-headings
}

// sectionHeading reports whether the block sg is a section's heading
// ("Articles", "Book Reviews"): one short undated title line, with
// blocks after it.
func sectionHeading(items []item, sg [2]int) bool {
	it := &items[sg[0]]
	return sg[1]-sg[0] == 1 && sg[1] < len(items) && it.kind == kTitle && !it.dated && it.source == "" && it.wordsUpTo(5) <= 4
}

// oneAnchorEach reports whether the entries of sp hold one run of date,
// byline or meta lines each: no entry two, and at most one in five (a
// promotion box between entries) none.
func oneAnchorEach(items []item, sp split) bool {
	bare, headings, widgets, edges := 0, 0, 0, 0
	// Bare blocks above the first anchored one and below the last are the
	// page's head and foot (a site's name and menus, its footer), which
	// say nothing of how entries are printed.
	lead := true
	for _, sg := range sp.segs {
		if sectionHeading(items, sg) {
			headings++
			continue
		}
		if isWidget(items, sg) {
			widgets++
			continue
		}
		switch anchorRuns(items, sg) {
		case 0:
			if lead {
				edges++
			} else {
				bare++
			}
		case 1:
			lead = false
		default:
			return false
		}
	}
	// The trailing bare blocks were counted as bare: count them as edges.
	for k := len(sp.segs) - 1; k >= 0 && bare > 0; k-- {
		sg := sp.segs[k]
		if sectionHeading(items, sg) || isWidget(items, sg) {
			continue
		}
		if anchorRuns(items, sg) != 0 {
			break
		}
		bare--
		edges++
	}
	anchored := len(sp.segs) - headings - widgets - bare - edges
	return anchored > 0 && bare*5 <= len(sp.segs)-headings-widgets-edges && edges <= anchored && widgets*2 <= anchored
}

// dropPromotions leaves out the blocks with no date, byline or meta line
// on a page whose other blocks each hold one: a newsletter sign-up or
// promotion box between the entries.
func dropPromotions(items []item, sp split) split {
	if !oneAnchorEach(items, sp) {
		return dropWidgets(items, sp)
	}
	// Where nearly every block links to its story, a bare block with its
	// link is an entry without a date, not a promotion.
	linked := 0
	for _, sg := range sp.segs {
		if hasLinkLine(items, sg) {
			linked++
		}
	}
	byLink := linked*5 >= len(sp.segs)*4
	// Where every anchored block opens with the time of day, as a
	// programme's events do ("18.00 Welcome to Tolpuddle"), a bare block
	// so opened is an event with no speaker.
	timed := true
	for _, sg := range sp.segs {
		if anchorRuns(items, sg) > 0 && !clockLed(&items[sg[0]]) {
			timed = false
			break
		}
	}
	// Where the blocks are a numbered list's items, a bare one is an
	// item without a date: a promotion carries no number.
	numbered := 0
	for _, sg := range sp.segs {
		if items[sg[0]].bullet == '#' {
			numbered++
		}
	}
	byNumber := numbered >= 3 && numbered*5 >= len(sp.segs)*4
	segs := make([][2]int, 0, len(sp.segs))
	for _, sg := range sp.segs {
		if anchorRuns(items, sg) > 0 || byLink && hasLinkLine(items, sg) || timed && clockLed(&items[sg[0]]) ||
			byNumber && items[sg[0]].bullet == '#' {
			segs = append(segs, sg)
		}
	}
	if len(segs) > 0 && len(segs) < len(sp.segs) {
		sp.segs = segs
	}
	return sp
}

// clockLed reports whether it is a title opening with the time of day.
func clockLed(it *item) bool {
	if it.kind != kTitle || it.body == "" || !isDigitByte(it.body[0]) {
		return false
	}
	w, rest, ok := strings.Cut(it.body, " ")
	return ok && rest != "" && isClock(trimRightMarks(w, "–-"))
}

// hasLinkLine reports whether the entry sg holds a bare link line.
func hasLinkLine(items []item, sg [2]int) bool {
	for i := sg[0]; i < sg[1]; i++ {
		if items[i].kind == kURL {
			return true
		}
	}
	return false
}

// dropWidgets leaves out a lone widget block, a heading over three or
// more short links ("People also ask" and its questions), among four or
// more blocks of another make.
func dropWidgets(items []item, sp split) split {
	w := -1
	for k, sg := range sp.segs {
		if sg[1]-sg[0] >= 4 && isWidget(items, sg) {
			if w >= 0 {
				return sp // widgets that recur are the page's entries
			}
			w = k
		}
	}
	if w < 0 || len(sp.segs) < 5 {
		return sp
	}
	sp.segs = slices.Delete(slices.Clone(sp.segs), w, w+1)
	return sp
}

// anchorRuns counts the runs of date, byline and meta lines in the
// entry sg. A name line between two of them is the byline's role or
// desk ("By X" / "Local Democracy Reporter" / date), not a break.
func anchorRuns(items []item, sg [2]int) int {
	runs, in := 0, false
	for i := sg[0]; i < sg[1]; i++ {
		k := items[i].kind
		// A teaser with its date glued on ("…said.12 March 2025") dates
		// its block as a date line would.
		a := k == kDate || k == kByline || k == kMeta || k == kProse && items[i].dated
		if in && k == kName && i+1 < sg[1] && (items[i+1].kind == kDate || items[i+1].kind == kMeta) && !items[i+1].gap {
			continue
		}
		if a && !in {
			runs++
		}
		in = a
	}
	return runs
}

// oneNameEach reports whether every block of sp but section headings is
// an author's name and a title, as a journal's contents print them
// ("Ирина Петрова" / "Нефтяники Мангышлака…"): the name anchors the
// block as a byline would.
func oneNameEach(items []item, sp split) bool {
	pairs := 0
	for _, sg := range sp.segs {
		if sectionHeading(items, sg) {
			continue
		}
		names, titles := 0, 0
		for i := sg[0]; i < sg[1]; i++ {
			switch items[i].kind {
			case kName:
				names++
			case kTitle:
				titles++
			}
		}
		if names != 1 || titles != 1 || sg[1]-sg[0] != 2 {
			return false
		}
		pairs++
	}
	return pairs >= 3
}

// isWidget reports whether the block sg is a widget between entries (a
// video player's labels, a newsletter sign-up): no date, byline or meta
// line, and three short lines in a row, which no entry's headline and
// teaser make.
func isWidget(items []item, sg [2]int) bool {
	if anchorRuns(items, sg) > 0 {
		return false
	}
	run := 0
	for i := sg[0]; i < sg[1]; i++ {
		if k := items[i].kind; (k == kTitle || k == kName) && items[i].wordsUpTo(9) <= 8 {
			run++
			if run == 3 {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

// blocked reports whether blank lines cut the page into blocks of
// several lines; when nearly every line stands alone they say nothing,
// nor where the blocks hold several entries each.
func blocked(items []item) bool {
	return gapsBlock(gapCount(items), len(items)) && !groupedBlocks(items)
}

// groupedBlocks reports whether the blocks between blank lines hold
// several entries, counted by their dates and bylines. A page may
// set its cards in rows and leave a blank line between rows, which says
// nothing of where an entry starts; one entry prints its date once, and
// its byline once, however it places them.
func groupedBlocks(items []item) bool {
	runs, anchored := 0, 0
	start := 0
	for i := 1; i <= len(items); i++ {
		if i < len(items) && !items[i].gap {
			continue
		}
		if n := headedAnchors(items[start:i]); n > 0 {
			runs += n
			anchored++
		}
		start = i
	}
	// Entries more than blocks by two or more, and by a third of them:
	// a page of one entry a block may print a second date in one.
	extra := runs - anchored
	return extra >= 2 && 3*extra >= anchored
}

// headedAnchors counts the date lines (or dated bylines, but not a
// journal's "Labor (2025) 22 (1)") in the block that a headline parts,
// or its bylines so parted, whichever are more: one entry prints one
// date and one byline, above its headline or below, and a teaser or a
// byline between two dates may be one entry's. A byline counts by its
// by-word ("By X", "Started by X"): a line of labels over the headline
// ("Report | Minimum Wage") may read as names.
func headedAnchors(block []item) int {
	dates, bylines := 0, 0
	dateHeaded, bylineHeaded := true, true
	for i := range block {
		switch it := &block[i]; {
		case it.kind == kDate && it.source == "" || it.dated && it.kind == kByline:
			if dateHeaded {
				dates++
			}
			dateHeaded = false
		case it.kind == kByline && (hasByWord(it.body) || strings.Contains(it.body, " by ")):
			if bylineHeaded {
				bylines++
			}
			bylineHeaded = false
		case it.kind == kTitle && !it.dated:
			dateHeaded, bylineHeaded = true, true
		}
	}
	return max(dates, bylines)
}

// gapsBlock is blocked for n items, gapped of them after a blank line.
func gapsBlock(gapped, n int) bool { return gapped >= 2 && !gapsEverywhere(gapped, n) }

// gapsEverywhere reports whether blank lines stand before nearly every
// one of n lines, gapped of them (as a page's HTML sets every line in a
// block of its own): then they part nothing.
func gapsEverywhere(gapped, n int) bool { return gapped*10 > n*7 }

// gapCount counts the items after a blank line, the first item aside.
func gapCount(items []item) int {
	n := 0
	for i := 1; i < len(items); i++ {
		if items[i].gap {
			n++
		}
	}
	return n
}

// datelineBylines reads "Name in City" as a byline where a byline stands:
// after the teaser and before the date. Elsewhere such a line
// ("Steelworkers Strike in Minnesota") is a headline.
func datelineBylines(items []item) {
	for i := 1; i < len(items); i++ {
		it := &items[i]
		// "Jane Roe in Lagos    March 3, 2025" under the headline: the
		// byline and its date on one line.
		if it.kind == kTitle && it.dated && it.source == "" && !it.gap && items[i-1].kind == kTitle && (i+1 == len(items) || items[i+1].gap || items[i+1].kind == kProse) {
			if name, ok := nameInPlace(it.title); ok {
				it.kind, it.authors, it.title = kByline, SplitAuthors(name), ""
			}
			continue
		}
		// (A line opening a block is its headline, not the byline.)
		if it.kind != kTitle || it.dated || it.gap || items[i-1].kind != kProse || i+1 < len(items) && items[i+1].kind != kDate {
			continue
		}
		if name, ok := nameInPlace(it.body); ok {
			it.kind, it.authors, it.title = kName, []string{name}, ""
		}
	}
}

// namesInTitleSlots reads a name line as the entry's title where it
// stands where the page's headlines stand, over the same kind of line,
// opening its entry: a biographical dictionary heads each notice with
// its subject's name, which alone reads as a name ("KOWALSKI Stanislas"
// where another notice has "BERTHELOT Marius, Jean", each over its
// summary). Authors stand elsewhere: under a headline, or over a date or
// byline.
func namesInTitleSlots(items []item) {
	next := func(i int) byte {
		if i+1 < len(items) && !items[i+1].gap {
			return sym(&items[i+1])
		}
		return '$'
	}
	// opens reports whether the line at i opens an entry as a headline
	// does: no headline or name right above it, and below it neither a
	// date nor a byline, which would make a name there the author's.
	opens := func(i int) bool {
		if i > 0 && !items[i].gap && strings.IndexByte("TtmN", sym(&items[i-1])) >= 0 {
			return false
		}
		return strings.IndexByte("NDBM$", next(i)) < 0
	}
	// blockRest is the pattern of the lines under i in its block.
	blockRest := func(i int) string {
		var buf [8]byte
		b := buf[:0]
		for k := i + 1; k < len(items) && !items[k].gap && len(b) < len(buf); k++ {
			b = append(b, sym(&items[k]))
		}
		return string(b)
	}
	var titles, names [128]int // by the sym of the line below
	headlines := 0
	// headedRests are the patterns under the headlines that open blocks.
	headedRests := map[string]bool{}
	for i := range items {
		switch it := &items[i]; {
		case it.kind == kName && len(it.authors) == 1 && opens(i):
			names[next(i)&127]++
		case it.kind == kTitle && !it.dated && it.source == "":
			headlines++
			if opens(i) {
				titles[next(i)&127]++
			}
			if it.gap || i == 0 {
				headedRests[blockRest(i)] = true
			}
		}
	}
	for i := range items {
		it := &items[i]
		// A name after a blank line opens a block, which the page's
		// split by blocks reads; it may be a label over the headline
		// ("Independent Premium"). Over the rest of a block the page's
		// headlines open, it stands where they do.
		if it.kind != kName || len(it.authors) != 1 || i == 0 || it.gap && !headedRests[blockRest(i)] || !opens(i) {
			continue
		}
		// Most of the page's headlines stand so, and with the names they
		// make two entries or more: a page whose headlines stand
		// elsewhere prints an author with a role in such a slot.
		c := next(i) & 127
		if titles[c] >= 1 && 2*titles[c] > headlines && titles[c]+names[c] >= 3 && names[c] >= 1 {
			it.kind, it.title, it.authors = kTitle, it.body, nil
		}
	}
}

// titlesOverNames reads the first of two name lines that open a block as
// its headline: "Union Density and Regional Inequality" over "Jonas Berg
// and Priya Nair" is a title-case title above its authors, since a block
// does not print two lists of names in a row.
func titlesOverNames(items []item) {
	for i := 0; i+1 < len(items); i++ {
		it, next := &items[i], &items[i+1]
		if it.kind != kName || !(i == 0 || it.gap) || next.gap || next.kind != kName && next.kind != kByline {
			continue
		}
		it.kind, it.title, it.authors = kTitle, it.body, nil
	}
}

// headlinesOverAnchors reads the line above an entry's author line,
// byline or date line as its title, where the page prints a headline there
// entry after entry and this headline read as a sentence or a name: a
// table of contents' long title in sentence case ("« On n'est pas des
// machines » : les ouvrières du vêtement à Montréal et la grève de 1937"
// / "Marie-Ève Desrochers"), a review's book ("Kathleen Ferris, Paper
// Mill Towns…" / "Alan Brisco"), a headline of two sentences over
// "Published: March 10, 2025". A line under a headline is no headline:
// on pages of title, teaser and author the teaser stays; a short line
// over it may be the section's heading ("Reviews / Comptes rendus"). A
// teaser ends its sentence; these headlines do not.
func headlinesOverAnchors(items []item) {
	for _, k := range []kind{kName, kDate, kByline} {
		headlinesOver(items, k)
	}
}

// headlinesOver is headlinesOverAnchors for the lines of kind k.
func headlinesOver(items []item, k kind) {
	over := func(i int) bool { // items[i] stands right over a line of kind k
		if i+1 >= len(items) || items[i+1].kind != k || items[i+1].gap {
			return false
		}
		return k != kName || len(items[i+1].authors) <= 4
	}
	headed := 0
	for i := range items {
		if items[i].kind == kTitle && !items[i].dated && over(i) {
			headed++
		}
	}
	if headed < 2 {
		return
	}
	var at []int
	for i := range items {
		it := &items[i]
		if !over(i) || it.dated || i > 0 && !it.gap && items[i-1].kind == kTitle && items[i-1].wordsUpTo(5) > 4 {
			continue
		}
		switch {
		case it.kind == kProse && !endsSentence(it.body):
		case k == kName && it.kind == kName && it.wordsUpTo(6) >= 5 && !looksLikeNameList(it.body):
		default:
			continue
		}
		at = append(at, i)
	}
	if len(at) > headed {
		return // the page's pattern is the other one
	}
	for _, i := range at {
		it := &items[i]
		it.kind, it.title, it.authors = kTitle, it.body, nil
	}
}

// outletSlots reads the short line between each headline and its
// snippet as the outlet, on pages that print one there and whose lines in
// that slot read mostly as outlets rather than people: news alerts and
// aggregators ("The Diplomat", "Eurasianet", "Orda.kz").
func outletSlots(items []item) {
	var slots []int
	var vote outletVote
	for i := 1; i+1 < len(items); i++ {
		head, it, next := &items[i-1], &items[i], &items[i+1]
		if !(i == 1 || head.gap) || head.kind != kTitle && head.kind != kProse || it.gap || next.gap || next.kind != kProse || !slotLine(it, 4) {
			continue
		}
		slots = append(slots, i)
		vote.add(it.body)
	}
	if !vote.holds() {
		return
	}
	for _, i := range slots {
		it := &items[i]
		it.asOutlet()
		// Above the outlet stands the headline, however long it runs.
		if head := &items[i-1]; head.kind == kProse {
			head.kind, head.title = kTitle, head.body
		}
	}
}

// slotLine reports whether it can be the line an outlet fills in a
// template's slot: a title or name line of at most max words, undated,
// ending no sentence.
func slotLine(it *item, max int) bool {
	return slotName(it, it.body, max)
}

// slotName is slotLine for name, the part of its line an outlet would
// fill ("Le Peuple" of "Le Peuple : organe quotidien du syndicalisme").
func slotName(it *item, name string, max int) bool {
	if it.kind != kTitle && it.kind != kName || it.dated || it.source != "" {
		return false
	}
	if name == it.body && it.wordsUpTo(max+1) > max || name != it.body && wordCountUpTo(name, max+1) > max {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(name)
	return !strings.ContainsRune(".!?:…", last)
}

// capsName reports whether s is two words or more in capitals: a
// writer's name as magazines print it ("HELEN MARSH-OKAFOR"), more often
// than an acronym's outlet.
func capsName(s string) bool {
	return allUpper(s) && wordCountUpTo(s, 2) > 1
}

// outletVote counts the lines found in one slot on a page, and those of
// them that read as outlets or as people.
type outletVote struct{ lines, outletLines, personLines int }

func (v *outletVote) add(b string) {
	v.lines++
	switch {
	case outletLike(b) || wordCount(b) == 1:
		v.outletLines++
	case personLike(b):
		v.personLines++
	}
}

// holds reports whether the slot is the outlet's: three lines or more,
// mostly outlets and no fewer than people.
func (v outletVote) holds() bool {
	return v.lines >= 3 && v.outletLines >= v.personLines && v.outletLines*2 >= v.lines
}

// variedOutletVote is outletVote's stricter count, for a slot where a
// site's own labels stand as often as outlets do: a word alone counts as
// an outlet only when it reads as one's name ("Reuters", not
// "user5521"), and the lines must vary, as outlets do and a site's
// sections ("Nation", "India News"), the same few again and again, do
// not.
type variedOutletVote struct {
	outletVote
	seen map[string]int
}

func (v *variedOutletVote) add(b string) {
	v.lines++
	switch {
	case outletLike(b) || wordCount(b) == 1 && isOutletName(b):
		v.outletLines++
	case personLike(b):
		v.personLines++
	}
	if v.seen == nil {
		v.seen = map[string]int{}
	}
	v.seen[b]++
}

// holds reports whether the slot is the outlet's: three outlets or more,
// most of its lines and more than the people, none repeated in more
// than a third of them.
func (v variedOutletVote) holds() bool {
	for _, n := range v.seen {
		if n*3 > v.lines {
			return false
		}
	}
	return v.outletLines >= 3 && v.outletLines*2 >= v.lines && v.outletLines > v.personLines
}

// sourcesOverBylines reads the short line between each headline and its
// byline as the entry's source, where three entries or more print one
// there: a podcast's show under the episode ("Orgreave, forty-two years
// on" / "Working Class History" / "By Working Class History"). The
// byline names the authors, so the line over it does not, however much
// it reads like a name. A byline naming only the source credits no
// author.
func sourcesOverBylines(items []item) {
	var slots []int
	for i := 1; i+1 < len(items); i++ {
		head, it, next := &items[i-1], &items[i], &items[i+1]
		if !(i == 1 || head.gap) || head.kind != kTitle || it.gap || next.gap || next.kind != kByline || len(next.authors) == 0 {
			continue
		}
		if !slotLine(it, 6) && !(it.kind == kCite && it.field == roleNone) {
			continue // a source read already counts toward the pattern
		}
		if !hasByWord(next.body) {
			if role, _, ok := labelledField(next.body); !ok || role != roleAuthors {
				return // a byline of names alone may be read from a line that is none
			}
		}
		slots = append(slots, i)
	}
	if len(slots) < 3 {
		return
	}
	for _, i := range slots {
		it, by := &items[i], &items[i+1]
		if it.kind != kCite {
			it.asOutlet()
		}
		if len(by.authors) == 1 && strings.EqualFold(by.authors[0], it.source) {
			by.authors = nil
		}
	}
}

// loneNameHeadings makes furniture of a name standing alone between blank
// lines on a page in blocks of several lines: a section's heading
// ("Workplace Safety"), not the authors of the entry above it, who are
// named in its block.
func loneNameHeadings(items []item) {
	var lone []int
	multi := 0
	for i := range items {
		if !items[i].gap {
			continue
		}
		end := i + 1
		for end < len(items) && !items[end].gap {
			end++
		}
		switch {
		case end-i >= 3:
			multi++
		case end-i == 1 && items[i].kind == kName && i > 0 && end < len(items) && items[end].kind == kTitle:
			lone = append(lone, i)
		}
	}
	if multi < 3 || len(lone)*3 > multi {
		return
	}
	for _, i := range lone {
		items[i].kind, items[i].authors = kChrome, nil
	}
}

// addressLines makes furniture of an events page's addresses: a venue,
// its street and its town, then a region the same on three lines or
// more ("Queen's Park, 111 Wellesley St. W, Toronto, ON"). Read alone,
// such a line passes for a headline.
func addressLines(items []item) {
	region := func(it *item) string {
		if it.kind != kTitle || it.dated || len(it.body) > 100 || strings.Count(it.body, ", ") < 2 {
			return ""
		}
		i := strings.LastIndex(it.body, ", ")
		r := it.body[i+2:]
		if wordCountUpTo(r, 4) > 3 || !isUpperStart(r) || indexDigit(r) >= 0 || strings.ContainsAny(r, ".!?:;") {
			return ""
		}
		return r
	}
	// Each item's region is read once: the items holding one are few,
	// and kept with it for the second pass.
	regions := map[string]int{}
	var at []int
	var held []string
	for i := range items {
		if r := region(&items[i]); r != "" {
			regions[r]++
			at, held = append(at, i), append(held, r)
		}
	}
	for k, i := range at {
		if regions[held[k]] >= 3 {
			items[i].kind = kChrome
		}
	}
}

// venueLines makes furniture of the lines that say where an event is: a
// place and then its town, the town the same on three lines or more
// ("Bow Church DLR station · London", "Toynbee Hall · London"). Read
// alone, such a line passes for names.
func venueLines(items []item) {
	var at []int
	towns := map[string]int{}
	for i := range items {
		it := &items[i]
		if it.kind == kProse || it.kind == kChrome || it.dated || len(it.body) > 80 || !it.facts.any(fieldSepFacts) || it.facts.any(hasDigit) {
			continue
		}
		place, town, ok := cutSpaced(it.body, " · ")
		if !ok || strings.Contains(town, " · ") || wordCountUpTo(place, 7) > 6 || wordCountUpTo(town, 4) > 3 || !isUpperStart(town) {
			continue
		}
		at = append(at, i)
		towns[town]++
	}
	most := 0
	for _, n := range towns {
		most = max(most, n)
	}
	for _, i := range at {
		it := &items[i]
		place, town, _ := cutSpaced(it.body, " · ")
		// A town of its own is a venue too where it stands where the
		// others do, under the event's date.
		recurs := towns[town] >= 3 || most >= 3 && i > 0 && !it.gap && items[i-1].kind == kDate
		if recurs && place != town && !outletLike(town) {
			it.kind, it.authors, it.source, it.title = kChrome, nil, "", ""
		}
	}
}

// outletsOverDates reads the short line between the authors and the date
// as the outlet, on pages that print one there: "Dana Whitford" /
// "Labor Notes" / "March 14, 2024". Where the slot is shown by three
// entries or more whose lines there read mostly as outlets, an entry
// without authors has its outlet right under the headline.
func outletsOverDates(items []item) {
	var slots, bare []int
	var vote outletVote
	for i := 2; i+1 < len(items); i++ {
		it, next, prev := &items[i], &items[i+1], &items[i-1]
		if next.kind != kDate || next.gap || it.gap || !slotLine(it, 5) {
			continue
		}
		switch {
		case (prev.kind == kName || prev.kind == kByline) && !prev.gap && items[i-2].kind == kTitle,
			// Under the teaser where no author is named: "…to the end
			// of the month." / "Тверская жизнь" / "11 марта". Names in
			// capitals there are the writers' (capsNamesOverDates), and
			// a label the next entry's kind ("PRESS RELEASE").
			prev.kind == kProse && !prev.gap && items[i-2].kind == kTitle && !isLabelPhrase(it.body) && !capsName(it.body):
			slots = append(slots, i)
			vote.add(it.body)
		case prev.kind == kTitle && prev.gap:
			bare = append(bare, i)
		}
	}
	if !vote.holds() {
		bareOutlets(items)
		return
	}
	outletsAt(items, append(slots, bare...))
}

// outletsUnderDates reads the short line under each entry's date, ending
// the entry's head before a blank line, as the outlet, where the lines in
// that slot read mostly as outlets and vary (variedOutletVote): a union's list of press coverage,
// "Cheryl Vance" / "March 9, 2025" / "In These Times" / "" / teaser.
func outletsUnderDates(items []item) {
	var slots []int
	var vote variedOutletVote
	for i := 1; i < len(items); i++ {
		it, prev := &items[i], &items[i-1]
		// A date opening its block is over the headline: "March 9,
		// 2025" / "Dockers walk out".
		if prev.kind != kDate || !prev.dated || prev.source != "" || prev.gap || i < 2 || it.gap || !slotLine(it, 6) {
			continue
		}
		if i+1 < len(items) && !items[i+1].gap {
			continue // the next entry's headline, where blocks have no blank lines between them
		}
		slots = append(slots, i)
		vote.add(it.body)
	}
	if !vote.holds() {
		return
	}
	outletsAt(items, slots)
}

// outletsUnderDateHeads reads the short line between a date opening its
// block and the headline under both as the story's outlet, where that
// slot votes for outlets and repeats little: a union's press cuttings
// print "10. marts 2025" / "Jyllands-Posten" / headline. A site's own
// sections there repeat, or do not read as outlets, and are kickers.
func outletsUnderDateHeads(items []item) {
	var slots []int
	var vote variedOutletVote
	named := 0 // the lines outletLike
	for i := 1; i+1 < len(items); i++ {
		it, prev, next := &items[i], &items[i-1], &items[i+1]
		if prev.kind != kDate || !prev.dated || prev.source != "" || !prev.gap && i > 1 || it.gap || next.gap || !slotLine(it, 4) {
			continue
		}
		if next.kind != kTitle && next.kind != kProse || next.wordsUpTo(8) < int(it.wordsUpTo(4))+2 {
			continue
		}
		slots = append(slots, i)
		vote.add(it.body)
		if outletLike(it.body) {
			named++
		}
	}
	// A one-word line there may as well be a rubric ("Rente", "Film"):
	// two lines at least must be an outlet's name by their words.
	if named < 2 || !vote.holds() {
		return
	}
	for _, i := range slots {
		items[i].asOutlet()
		if next := &items[i+1]; next.kind == kProse {
			next.kind, next.title = kTitle, next.body
		}
	}
}

// capsNamesOverDates reads a line in capitals between an entry's teaser
// and its date as the authors, where two entries or more print one
// there: "…told members to comply." / "KARA DUBOIS" / "PUBLISHED
// DECEMBER 18, 2025". A line in capitals elsewhere is a rubric.
func capsNamesOverDates(items []item) {
	var at []int
	for i := 1; i+1 < len(items); i++ {
		it, prev, next := &items[i], &items[i-1], &items[i+1]
		if it.kind != kTitle || it.gap || next.gap || prev.kind != kProse || next.kind != kDate || !next.dated || len(next.authors) > 0 {
			continue
		}
		if it.dated || it.source != "" || it.wordsUpTo(9) > 8 || indexDigit(it.body) >= 0 || !isUpperStart(it.body) || !allUpper(it.body) { // scripts without case are in no capitals
			continue
		}
		if isLabelPhrase(it.body) {
			continue // "PRESS RELEASE": the next entry's kind, over its date
		}
		at = append(at, i)
	}
	if len(at) < 2 {
		return
	}
	for _, i := range at {
		it := &items[i]
		it.kind, it.authors, it.title = kName, SplitAuthors(it.body), ""
	}
}

// capsNamesUnderTitles reads a short line in capitals between an entry's
// headline and its teaser as the authors, where two entries or more print
// one there, as a newspaper's own pages credit the reporter: "Port strike
// looms as talks collapse" / "KEVIN MACLEOD" / "Longshore workers…".
// An agency's initials stand where a name would ("CP").
func capsNamesUnderTitles(items []item) {
	at := recurs(len(items), 2, func(i int) bool {
		if i == 0 || i+1 >= len(items) {
			return false
		}
		it, prev, next := &items[i], &items[i-1], &items[i+1]
		if it.kind != kTitle || it.gap || next.gap || prev.kind != kTitle || next.kind != kProse {
			return false
		}
		b := it.body
		return !it.dated && it.source == "" && it.wordsUpTo(5) <= 4 && indexDigit(b) < 0 && isUpperStart(b) && allUpper(b) &&
			!isLabelPhrase(b) && !allUpper(prev.body) && !strings.ContainsAny(b, ".!?:;")
	})
	for _, i := range at {
		it := &items[i]
		it.kind, it.authors, it.title = kName, SplitAuthors(it.body), ""
	}
}

// bareOutlets reads the line between each headline and its date as the
// outlet, where no entry prints authors and three or more such lines
// read mostly as outlets: a newspaper archive's results, "HAVENSTAKING
// TE ROTTERDAM." / "Het volk : dagblad voor de arbeiderspartij" /
// "Datum: 04-09-1920".
func bareOutlets(items []item) {
	var at []int
	outlets, people := 0, 0
	for i := 1; i+1 < len(items); i++ {
		it, next, prev := &items[i], &items[i+1], &items[i-1]
		if next.kind != kDate || next.gap || it.gap || prev.kind != kTitle || !prev.gap && i > 1 {
			continue
		}
		if it.kind != kTitle && it.kind != kName || it.dated || it.source != "" || it.wordsUpTo(9) > 8 {
			continue
		}
		at = append(at, i)
		switch {
		case capsName(it.body): // a writer's, not an acronym's
		case outletLike(it.body):
			outlets++
		case personLike(it.body):
			people++
		}
	}
	// A paper's name of two plain words ("Algemeen Handelsblad") reads
	// as a person's: one such to three outlets does not outvote them.
	if len(at) < 3 || outlets*2 <= len(at) || people*3 > outlets {
		return
	}
	outletsAt(items, at)
}

// echoTitles makes chrome of a link label that repeats a headline just
// above it: "View article titled, <headline>", "Read more about
// <headline>". A title printed twice is one entry's.
func echoTitles(items []item) {
	for i := range items {
		it := &items[i]
		if it.kind != kTitle && it.kind != kProse {
			continue
		}
		for j := i - 1; j >= 0 && j >= i-12; j-- {
			head := &items[j]
			if head.kind != kTitle || len(head.body) < 20 || len(head.body) >= len(it.body) {
				continue
			}
			// The last bytes first: most pairs differ there, and the
			// comparison of the whole suffix costs a call.
			if it.body[len(it.body)-1] == head.body[len(head.body)-1] && strings.HasSuffix(it.body, head.body) && wordCount(it.body[:len(it.body)-len(head.body)]) <= 5 &&
				!replyMark(it.body[:len(it.body)-len(head.body)]) {
				it.kind, it.title, it.authors, it.source = kChrome, "", nil, ""
				break
			}
		}
	}
}

// replyMark reports whether s is a reply's mark before the subject it
// answers ("Re: ", "AW: "): a forum's reply is an entry of its own.
func replyMark(s string) bool {
	switch strings.ToLower(trimSpace(s)) {
	case "re:", "aw:", "sv:", "vs:", "odp:", "ответ:":
		return true
	}
	return false
}

// blockHeadlines makes the prose line opening a block its headline when
// the page's blocks open with headlines: on a page in blocks, a long
// headline is told from a teaser by where it stands.
func blockHeadlines(items []item, sp split) {
	named := strings.HasPrefix(sp.modal, "NT") // outlets read as names
	if !strings.HasPrefix(sp.modal, "T") && !named {
		return
	}
	// overHead reports a block opening with a short line or an
	// organisation's name over its headline.
	overHead := func(sg [2]int) bool {
		return sg[1]-sg[0] >= 2 && (isKickerOver(&items[sg[0]], &items[sg[0]+1], false) || isIssuerOver(&items[sg[0]], &items[sg[0]+1]))
	}
	kickers, issuers, over := 0, 0, 0
	for _, sg := range sp.segs {
		if sg[1]-sg[0] < 2 {
			continue
		}
		it, next := &items[sg[0]], &items[sg[0]+1]
		// Plainly a kicker: much shorter than the headline, or over a
		// headline that has its teaser below.
		if sg[1]-sg[0] > 2 && (isKickerOver(it, next, next.kind != kProse && items[sg[0]+2].kind != kProse) || items[sg[0]+2].kind == kProse && isKickerOverProse(items, sg)) {
			kickers++
		}
		if overHead(sg) {
			over++
			if issuerName(it.body) {
				issuers++
			}
		}
	}
	// The line over the headline names who issued it (an outlet on an
	// aggregator, an agency on a government newsroom) when most such
	// lines on the page read as outlets or organisations, not rubrics.
	bySource := issuers >= 2 && issuers*2 >= over
	// A search engine's results print the site's name over the link,
	// and the headline under it.
	sites, long := 0, 0
	for _, sg := range sp.segs {
		if sg[1]-sg[0] >= 3 {
			long++
			if siteOverLink(items, sg) {
				sites++
			}
		}
	}
	bySite := sites >= 2 && sites*2 >= long
	// An events page prints the event's kind over its date, then the
	// title: "Talk" / "Thursday, 14 March 2024" / title.
	kinds := 0
	for _, sg := range sp.segs {
		if kindOverDate(items, sg) {
			kinds++
		}
	}
	byKind := kinds >= 2 && kinds*2 >= len(sp.segs)
	if named && !bySource && !bySite {
		return
	}
	for _, sg := range sp.segs {
		it := &items[sg[0]]
		if byKind && kindOverDate(items, sg) {
			it.kind, it.authors, it.title = kChrome, nil, ""
			// A short line between the title and the teaser is where
			// the event is held: "Reading Room", "Online (Zoom)".
			if v := sg[0] + 3; v+1 < sg[1] && (items[v].kind == kTitle || items[v].kind == kName) && items[v].wordsUpTo(5) <= 4 && !items[v].dated && items[v+1].kind == kProse {
				items[v].kind, items[v].authors, items[v].title = kChrome, nil, ""
			}
			continue
		}
		if bySite && siteOverLink(items, sg) {
			it.asOutlet()
			head := &items[sg[0]+2]
			if head.kind == kByline {
				// "Title | Site" read as a title and its author's name.
				head.kind, head.authors, head.title = kTitle, nil, head.body
			}
			// The page's title closes with the site's name: " - Wikipedia".
			if t, ok := cutSiteSuffix(head.body, it.source); ok {
				head.body, head.nwords, head.dateless = t, 0, false
				if head.title != "" {
					head.title = t
				}
			}
			it = head
		} else if bySource && overHead(sg) {
			it.asOutlet()
			it = &items[sg[0]+1]
		} else if kickers >= 2 && sg[1]-sg[0] > 2 && (isKickerOver(it, &items[sg[0]+1], false) || isKickerOverProse(items, sg)) ||
			// A short line over the headline is its kicker ("Tarifkonflikt
			// bei der Bahn" over "GDL droht mit Streiks"), on pages that
			// print kickers.
			sg[1]-sg[0] > 2 && isKickerOver(it, &items[sg[0]+1], true) && extraHead(items, sg, sp.modal) {
			it.kind, it.authors = kChrome, nil
			it = &items[sg[0]+1]
		}
		if it.kind != kProse {
			continue
		}
		titled := false
		for j := sg[0] + 1; j < sg[1]; j++ {
			titled = titled || items[j].kind == kTitle
		}
		if !titled {
			it.kind, it.title = kTitle, it.body
		}
	}
}

// datedKickers drops the kicker between an entry's date and its
// headline, on pages whose entries open with their date: "06.03.2025" /
// "Tarifstreit Metall- und Elektroindustrie" / "IG Metall kündigt
// Warnstreiks in Baden-Württemberg an". Where two entries or more print a
// short line plainly over a longer headline, the short line over the
// headline is the kicker in every entry ("Video").
func datedKickers(items []item, sp split) {
	if !strings.HasPrefix(sp.modal, "DTT") {
		return
	}
	over := func(sg [2]int, clear bool) bool {
		return sg[1]-sg[0] >= 3 && items[sg[0]].kind == kDate && isKickerOver(&items[sg[0]+1], &items[sg[0]+2], clear)
	}
	kickers := 0
	for _, sg := range sp.segs {
		if over(sg, true) {
			kickers++
		}
	}
	if kickers < 2 {
		return
	}
	for _, sg := range sp.segs {
		if over(sg, false) {
			it := &items[sg[0]+1]
			it.kind, it.authors, it.title = kChrome, nil, ""
		}
	}
}

// kindOverDate reports whether the block sg opens with a short label
// over its date line and a longer title: "Exhibition" / "1 March – 31
// May 2024" / "Banners of the Great Strike".
func kindOverDate(items []item, sg [2]int) bool {
	if sg[1]-sg[0] < 3 {
		return false
	}
	it, date, head := &items[sg[0]], &items[sg[0]+1], &items[sg[0]+2]
	return isLeadLine(it) && it.wordsUpTo(3) <= 2 && date.kind == kDate && !date.date.IsZero() && head.kind == kTitle && head.wordsUpTo(4) > it.wordsUpTo(3)
}

// siteOverLink reports whether the block sg opens with a short line
// over a bare link and the headline: "Vlast.kz" / "https://vlast.kz/…" /
// headline.
func siteOverLink(items []item, sg [2]int) bool {
	if sg[1]-sg[0] < 3 {
		return false
	}
	it, link, head := &items[sg[0]], &items[sg[0]+1], &items[sg[0]+2]
	return (it.kind == kTitle || it.kind == kName) && !it.dated && it.wordsUpTo(7) <= 6 && link.kind == kURL &&
		(head.kind == kTitle || head.kind == kProse || head.kind == kByline && !head.dated && len(head.authors) == 1 && strings.EqualFold(head.authors[0], it.body))
}

// blockLeads drops the short lines printed over the headline in blocks
// whose headline stands right above the teaser: kickers, flags and
// rubrics ("Featured" / "Organizing Stories" / headline / teaser). Blocks
// are aligned on the teaser, as their tops vary. A lead line that reads
// as a name is taken for a rubric only when another block repeats it,
// since a name over a headline may be its author's.
func blockLeads(items []item, sp split) {
	type block struct{ lead, head int }
	var blocks []block
	aligned, leaded := 0, 0
	seen := map[string]int{}
	// untaught are the blocks with no teaser that end with their
	// headline: their leads go too once the taught blocks show the page
	// prints them.
	var untaught []block
	for _, sg := range sp.segs {
		// A date line opening the block stands over its leads: "04.03.2024
		// | PM 012" / "Gleichstellung" / headline.
		top := sg[0]
		for top < sg[1] && top < sg[0]+2 && items[top].kind == kDate {
			top++
		}
		p := -1
		for i := top; i < sg[1]; i++ {
			if items[i].kind == kProse {
				p = i
				break
			}
		}
		if p < 0 && sg[1]-top >= 2 {
			if last := &items[sg[1]-1]; last.kind == kTitle && !last.dated && last.source == "" && isLeadLine(&items[sg[1]-2]) {
				untaught = append(untaught, block{top, sg[1] - 1})
			}
			continue
		}
		if p <= top {
			continue
		}
		head := &items[p-1]
		if head.kind != kTitle && head.kind != kName || head.dated || head.source != "" {
			continue
		}
		ok := true
		for i := top; i < p-1 && ok; i++ {
			ok = items[i].kind == kChrome || isLeadLine(&items[i])
		}
		if !ok {
			continue
		}
		aligned++
		if p-1 > top {
			leaded++
			blocks = append(blocks, block{top, p - 1})
			for i := top; i < p-1; i++ {
				seen[items[i].body]++
			}
		}
	}
	if leaded < 2 || aligned*5 < len(sp.segs)*3 {
		return
	}
	if leaded*2 > aligned {
		for _, b := range untaught {
			ok := true
			for i := b.lead; i < b.head && ok; i++ {
				ok = items[i].kind == kChrome || isLeadLine(&items[i])
			}
			if ok {
				blocks = append(blocks, b)
			}
		}
	}
	// Where most leads read as rubrics, not names, the slot is the
	// rubric's, and a name-like one ("Gute Arbeit") is a rubric too.
	names, leads := 0, 0
	for _, b := range blocks {
		for i := b.lead; i < b.head; i++ {
			if k := items[i].kind; k == kName {
				names++
				leads++
			} else if k == kTitle {
				leads++
			}
		}
	}
	rubricSlot := names*3 < leads
	for _, b := range blocks {
		for i := b.lead; i < b.head; i++ {
			it := &items[i]
			if it.kind == kName && seen[it.body] < 2 && !rubricSlot {
				continue
			}
			it.kind, it.title, it.authors = kChrome, "", nil
		}
		head := &items[b.head]
		head.kind, head.title, head.authors = kTitle, head.body, nil
	}
}

// isLeadLine reports whether it could be a kicker or flag over a
// headline: a short label, no date, number or sentence. (Lines already
// taken for furniture are leads too.)
func isLeadLine(it *item) bool {
	if it.kind != kTitle && it.kind != kName || it.dated || it.source != "" || it.wordsUpTo(5) > 4 || indexDigit(it.body) >= 0 {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(it.body)
	return !strings.ContainsRune(".!?:,;", last)
}

// extraHead reports whether the block sg is the page's pattern with one
// more title line on top, where the pattern has one title before its
// other lines: a flag such as "Open access" over one entry's headline.
func extraHead(items []item, sg [2]int, modal string) bool {
	if len(modal) < 2 || modal[0] != 'T' || modal[1] == 'T' || modal[1] == 't' {
		return false
	}
	syms := make([]byte, sg[1]-sg[0])
	for i := range syms {
		syms[i] = sym(&items[sg[0]+i])
	}
	var buf [16]byte
	sig := appendSignature(buf[:0], syms, 0, len(syms), 'G', false)
	return len(sig) == len(modal)+1 && sig[0] == 'T' && string(sig[1:]) == modal
}

// dekLines reads the longer line under a headline in the same block as
// its standfirst, where the page prints blocks so on two or more
// entries: standfirsts often lack a final full stop and then read, line
// by line, like headlines. A headline is five words or more here; a
// shorter first line is a kicker over the headline.
func dekLines(items []item) {
	if !blocked(items) {
		return
	}
	plain := func(it *item) bool {
		return it.kind == kTitle && !it.dated && it.source == "" && len(it.authors) == 0
	}
	var deks []int
	for a := 0; a < len(items); a++ {
		if a > 0 && !items[a].gap || !plain(&items[a]) {
			continue
		}
		head := items[a].wordsUpTo(40)
		if head < 5 || a+1 >= len(items) {
			continue
		}
		next := &items[a+1]
		if next.gap || !plain(next) || next.bullet != 0 {
			continue
		}
		if n := next.wordsUpTo(40); n >= 8 && n > head {
			deks = append(deks, a+1)
		}
	}
	if len(deks) < 2 {
		return
	}
	for _, i := range deks {
		it := &items[i]
		it.kind, it.title = kProse, ""
	}
}

// slotNames reads a short capitalised line as the entry's author when it
// stands where the page's other entries print their names, right above
// the date: "Agencias" or "STT" where others have "Marta Gil".
func slotNames(items []item, sp split) {
	k := strings.IndexByte(sp.modal, 'N')
	if k <= 0 || k+1 >= len(sp.modal) || sp.modal[k+1] != 'D' && sp.modal[k+1] != 'B' || sp.regular < 2 {
		return
	}
	for _, sg := range sp.segs {
		for i := sg[0] + 1; i+1 < sg[1]; i++ {
			if next := items[i+1].kind; next != kDate && next != kByline {
				continue
			}
			it := &items[i]
			if it.kind == kTitle && !it.dated && it.source == "" && it.wordsUpTo(4) <= 3 && isUpperStart(it.body) &&
				!strings.ContainsAny(it.body, "0123456789.!?:;,") && !isLabelPhrase(it.body) {
				it.kind, it.authors, it.title = kName, []string{it.body}, ""
			}
			break
		}
	}
}

// handlesOverDates reads the short line right above or right below each
// entry's date as its author where entry after entry prints one there,
// under a headline, and the lines differ: a blog platform's or a
// question site's user names ("UnionMaid1912", "coloradomom", "Kestrel
// Vane for Daily Kos Labor"), which alone read as headlines. A label the
// template repeats there is no name.
func handlesOverDates(items []item, sp split) {
	for _, off := range [...]int{-1, 1} {
		if handlesBeside(items, sp, off) {
			return
		}
	}
}

// handlesBeside is handlesOverDates for the line off the date (-1 above
// it, 1 below), and reports whether that slot held the names.
func handlesBeside(items []item, sp split, off int) bool {
	var at []int
	dated, named, strict := 0, 0, 0
	for _, sg := range sp.segs {
		d := -1
		for i := sg[0]; i < sg[1]; i++ {
			if items[i].kind == kDate {
				d = i
				break
			}
		}
		if d < 0 {
			continue
		}
		dated++
		c := d + off
		if c <= sg[0] || c >= sg[1] {
			continue
		}
		if items[c].kind == kName && !items[c].gap {
			named++
			continue
		}
		if !isHandleLine(&items[c]) {
			continue
		}
		headed := false
		for i := sg[0]; i < min(c, d); i++ {
			if k := items[i].kind; (k == kTitle || k == kProse) && items[i].wordsUpTo(4) >= 4 {
				headed = true
			}
		}
		if headed {
			at = append(at, c)
			if isUserHandle(items[c].body) {
				strict++
			}
		}
	}
	if len(at) == 0 || len(at)+named < 3 || (len(at)+named)*3 < dated*2 {
		return false
	}
	if off > 0 && (strict+named)*2 < len(at)+named {
		// Under the date a short line may as well be the section's
		// label: most must be plainly names.
		return false
	}
	distinct := map[string]bool{}
	for _, i := range at {
		distinct[items[i].body] = true
	}
	if len(distinct)*3 < len(at)*2 {
		return false // the same line in every slot: a label
	}
	for _, i := range at {
		it := &items[i]
		name := it.body
		if k := strings.Index(name, " for "); k > 0 {
			name = name[:k] // "Kestrel Vane for Daily Kos Labor"
		}
		it.kind, it.authors, it.title = kName, []string{name}, ""
	}
	return true
}

// handlesInMetaFields reads the user's handle a link aggregator prints
// among the fields of each entry's line of counts and age: "412 points |
// mhollis | 2 years ago | 388 comments". A handle alone could be a label
// ("pdf"); the same field holding a different one line after line, on
// three lines or more, is the posters'.
func handlesInMetaFields(items []item) {
	type slot struct {
		item, field int
		handle      string
	}
	var at []slot
	for i := range items {
		it := &items[i]
		if it.kind != kDate || len(it.authors) > 0 || len(it.body) > 160 || !it.facts.any(hasPipe|hasC2|hasE2) {
			continue
		}
		var room [7]string
		found := slot{field: -1}
		for k, v := range splitFieldsAt(room[:0], it.body, fieldSeps) {
			if k == 0 || strings.IndexByte(v, ' ') >= 0 || !handleWord(v) || !isUserHandle(v) || isDomain(v) {
				continue
			}
			if _, ok := dateLine(v, orderUnknown); ok {
				continue // an age: "3h"
			}
			if found.field >= 0 {
				found.field = -1 // two: no telling which
				break
			}
			found = slot{i, k, v}
		}
		if found.field > 0 {
			at = append(at, found)
		}
	}
	if len(at) < 3 {
		return
	}
	distinct := map[string]bool{}
	for _, a := range at {
		if a.field != at[0].field {
			return
		}
		distinct[a.handle] = true
	}
	if len(distinct)*3 < len(at)*2 {
		return // the same word on every line: a label
	}
	for _, a := range at {
		items[a.item].authors = []string{a.handle}
	}
}

// cutSiteSuffix cuts the site's name closing a page title, " - Site" or
// " | SITE", the name printed whole or as its initials ("Human Rights
// Watch" as "HRW").
func cutSiteSuffix(title, site string) (string, bool) {
	for _, sep := range [...]string{" | ", " - ", " – ", " — ", " · "} {
		i := strings.LastIndex(title, sep)
		if i <= 0 {
			continue
		}
		tail := title[i+len(sep):]
		if strings.EqualFold(tail, site) || len(tail) >= 2 && len(tail) <= 6 && tail == initialsOf(site) {
			return trimSpace(title[:i]), true
		}
	}
	return title, false
}

// initialsOf is the capitals of s's words: "Human Rights Watch" gives
// "HRW".
func initialsOf(s string) string {
	var b strings.Builder
	for w := range strings.FieldsSeq(s) {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// isHandleLine reports whether it can be a user's name or handle: a
// short undated line that ends no sentence, is no label and names no
// outlet.
func isHandleLine(it *item) bool {
	if it.kind != kTitle || it.gap || it.dated || it.source != "" || it.body == "" || len(it.body) > 60 || it.wordsUpTo(8) > 7 {
		return false
	}
	// Commas list the story's tags ("Забастовки, Франция, В мире"); a
	// handle is one name, perhaps inverted ("Morrison, Claire").
	if strings.ContainsAny(it.body, ".!?:;|\"“”") || strings.Count(it.body, ",") >= 2 || isLabelPhrase(it.body) {
		return false
	}
	if strings.IndexByte(it.body, ' ') < 0 {
		return true // "coloradomom", "RN_in_Rochester"
	}
	name, _, _ := strings.Cut(it.body, " for ")
	return looksLikeName(name)
}

// isUserHandle reports whether s is plainly a user's handle or a
// person's name, not a one-word label: "m_halloran", "user4411",
// "coloradomom", "Pieter Geerts".
func isUserHandle(s string) bool {
	if strings.IndexByte(s, ' ') > 0 {
		return looksLikeName(s)
	}
	return strings.ContainsAny(s, "_0123456789") || s[0] >= 'a' && s[0] <= 'z'
}

// slotTitles reads a block's line as its headline where the page's
// pattern has one in that slot and the block, otherwise of that pattern,
// has a line of prose there instead, its headline reading as a teaser:
// "Employer says they will dock a full day's pay for a 2-hour strike —
// legal?", or under an outlet and a date "In Jordan's garment zones,
// migrant women push for a seat at the bargaining table".
func slotTitles(items []item, sp split) {
	t := strings.IndexByte(sp.modal, 'T')
	if len(sp.modal) < 2 || t < 0 || sp.regular < 2 {
		return
	}
	for _, sg := range sp.segs {
		// The block's lines as its pattern has them: links and
		// citations are no part of it (appendSignature).
		k, at := 0, -1
		for i := sg[0]; i < sg[1] && k >= 0; i++ {
			c := sym(&items[i])
			switch {
			case c == 'U' || c == 'S':
				continue
			case k >= len(sp.modal):
				k = -1
			case k == t:
				if c != 'P' || len(items[i].body) > 200 {
					k = -1
				} else {
					at, k = i, k+1
				}
			case c == sp.modal[k] || c == 'N' && sp.modal[k] == 'T':
				// (A line of the pattern's read since as a name still
				// counts: handlesOverDates.)
				k++
			default:
				k = -1
			}
		}
		if k < 2 || at < 0 {
			continue
		}
		if it := &items[at]; len(it.authors) == 0 && !it.dated {
			it.kind, it.title = kTitle, it.body
		}
	}
}

// slotTeasers reads a short sentence as an entry's teaser where the
// page's pattern prints the teaser and the block, otherwise of that
// pattern, has a headline-like line instead: "Schritt für Schritt zur
// ersten Betriebsratswahl." reads, alone, as another headline.
func slotTeasers(items []item, sp split) {
	t := strings.IndexByte(sp.modal, 'T')
	if t < 0 || sp.regular < 2 {
		return
	}
	p := strings.IndexByte(sp.modal[t:], 'P')
	if p < 0 {
		return
	}
	p += t
	// The pattern of a block whose teaser reads as a headline.
	want := sp.modal[:p] + "T" + sp.modal[p+1:]
	for _, sg := range sp.segs {
		// The whole pattern, or the part of it up to the teaser: the
		// lines after it (a byline) may be missing.
		n := sg[1] - sg[0]
		if n <= p || n > len(want) {
			continue
		}
		k := 0
		for k < n && sym(&items[sg[0]+k]) == want[k] {
			k++
		}
		if k < n {
			continue
		}
		it := &items[sg[0]+p]
		if it.gap || len(it.authors) > 0 {
			continue
		}
		if last, _ := utf8.DecodeLastRuneInString(it.body); strings.ContainsRune(".!…", last) {
			it.kind, it.title = kProse, ""
		}
	}
}

// isKickerOverProse reports whether the block sg opens with a kicker over
// a long headline that reads as prose, with no teaser: the line after the
// headline is the date or byline.
func isKickerOverProse(items []item, sg [2]int) bool {
	it, next := items[sg[0]], items[sg[0]+1]
	if next.kind != kProse {
		return false
	}
	switch under := &items[sg[0]+2]; under.kind {
	case kDate, kByline, kMeta:
	case kProse:
		// A headline long enough to read as prose over its longer
		// teaser: headlineOverTeaser's shape.
		if b := trimSpace(next.body); len(b) >= len(under.body) || strings.HasSuffix(b, ".") {
			return false
		}
	default:
		return false
	}
	next.kind = kTitle
	return isKickerOver(&it, &next, true)
}

// issuerName reports a line that may name who issued the entry below
// it: an outlet or an organisation. A name in capitals is a person's.
func issuerName(s string) bool {
	return outletLike(s) && !allUpper(s) || orgLike(s)
}

// isIssuerOver reports whether it, opening a block, names an
// organisation over the headline next: "Office of the Solicitor",
// "Министерство труда и социальной защиты".
func isIssuerOver(it, next *item) bool {
	if it.kind != kTitle && it.kind != kName || it.dated || it.source != "" || next.kind != kTitle && next.kind != kProse {
		return false
	}
	if it.wordsUpTo(13) > 12 || indexDigit(it.body) >= 0 || !orgLike(it.body) {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(it.body)
	return !strings.ContainsRune(".!?:,;", last)
}

// isKickerOver reports whether it, opening a block, is a kicker over the
// headline next: a short label line, no sentence; clear asks for the
// headline to be longer by two words, which makes the page's pattern.
func isKickerOver(it, next *item, clear bool) bool {
	if next.kind != kTitle || !isLeadLine(it) {
		return false
	}
	return !clear || wordCount(next.body) >= wordCount(it.body)+2
}

// headlineOverTeaser reports whether seg[i], a prose line, is a headline
// above its teaser: no title line in the entry, the next line prose, and
// this one shorter, not ending in a sentence-final stop or a cut-off mark.
func headlineOverTeaser(seg []item, i int) bool {
	if i+1 >= len(seg) || seg[i+1].kind != kProse || seg[i+1].gap && !seg[i].gap {
		return false
	}
	for j := range seg {
		if j < i && seg[j].kind == kTitle && isLabelPhrase(seg[j].body) {
			continue // a label over the headline: "Opinion"
		}
		if seg[j].kind == kTitle || seg[j].kind == kMeta && seg[j].title != "" {
			return false
		}
	}
	b := trimSpace(seg[i].body)
	if len(b) > 220 || len(b) >= len(seg[i+1].body) || strings.HasSuffix(b, "…") || strings.HasSuffix(b, "...") {
		return false
	}
	return !strings.HasSuffix(b, ".") || strings.HasSuffix(b, "..")
}

// hasByWord reports whether s opens with a by-word: "By X", "von X".
func hasByWord(s string) bool {
	_, ok := cutByWord(s)
	return ok
}

// affiliationLines leaves out the line under an author's name that says
// where the author works, or as what ("Political Editor" under "By Name"
// and over the date), where the names are printed one to a line:
// "Helen R. Markham" / "Princeton University - Industrial Relations
// Section" / "David Osei" / "University of Arizona". Read alone it is a
// headline; between names and dates it is no entry's.
func affiliationLines(items []item) []item {
	drop := 0
	for i := 1; i < len(items); i++ {
		it, prev := &items[i], &items[i-1]
		if it.kind != kTitle && it.kind != kName || it.gap || it.dated || prev.kind != kName && !(prev.kind == kByline && !prev.dated) || len(prev.authors) == 0 {
			continue
		}
		if i+1 < len(items) && !items[i+1].gap {
			if k := items[i+1].kind; k != kName && k != kByline && k != kDate {
				continue
			}
		}
		if it.wordsUpTo(13) > 12 || !isUpperStart(it.body) || strings.ContainsAny(it.body, ".!?") || !institutionLine(it.body) && !roleLine(it.body) {
			continue
		}
		if _, ok := nameWithAffiliation(it.body); ok {
			continue // the next author, with where they work
		}
		it.kind = kChrome
		drop++
	}
	if drop == 0 {
		return items
	}
	return withoutChrome(items)
}

// roleLine reports whether s is a writer's post as a paper prints it
// under the byline: "Columnist", "Political Editor", "Local Democracy
// Reporter", "Reporters". The post is the line's last word, or one of
// two joined by a slash ("Anchor/Reporter").
func roleLine(s string) bool {
	if wordCountUpTo(s, 5) > 4 || indexDigit(s) >= 0 {
		return false
	}
	w := trimMarks(s[strings.LastIndexByte(s, ' ')+1:], ".,;:()")
	if a, b, ok := strings.Cut(w, "/"); ok && (affiliationWords.hasFold(a) || affiliationWords.hasFold(b)) {
		return true
	}
	if affiliationWords.hasFold(w) {
		return true
	}
	// A desk signs as a team: "Reporters", "Correspondents".
	w, ok := strings.CutSuffix(w, "s")
	return ok && len(w) >= 5 && affiliationWords.hasFold(w)
}

// programmeSlots leaves out a programme's time slots where its papers
// are printed whole, speaker and title on one line ("Anna Kolářová
// (Czech National Archives): “Gig Workers and the Paper Trail”"): a
// line opening with a time ("10:00–11:30 Session 1: …", "11:30–12:00
// Coffee break") is then a session's or a break's, no paper's.
func programmeSlots(items []item) []item {
	papers := 0
	for i := range items {
		if it := &items[i]; it.kind == kMeta && it.title != "" && len(it.authors) > 0 {
			papers++
		}
	}
	if papers < 3 {
		return items
	}
	drop := 0
	for i := range items {
		it := &items[i]
		if it.kind != kTitle || it.dated || it.source != "" || !it.facts.any(hasColon) {
			continue
		}
		if n, _ := leadingClockLen(it.body); n > 0 {
			it.kind = kChrome
			drop++
		}
	}
	if drop == 0 {
		return items
	}
	return withoutChrome(items)
}

// institutionLine reports whether s names a university, an institute or
// one of their parts: the word capitalised, as a name's is ("School of
// History"; a headline's "report to school" names none).
func institutionLine(s string) bool {
	for w := range strings.FieldsSeq(s) {
		if w = trimMarks(w, ".,;:()"); isUpperStart(w) && institutionWords.hasFold(w) {
			return true
		}
	}
	return false
}

// holdsWordOf reports whether a word of s, its marks trimmed, is one of
// set's, in any case.
func holdsWordOf(s string, set *wordSet) bool {
	for w := range strings.FieldsSeq(s) {
		if set.hasFold(trimMarks(w, ".,;:()")) {
			return true
		}
	}
	return false
}

// menuRuns leaves out runs of four or more short bare lines in a row (a
// site's menu, a search page's filters: "Info" / "Alerts" / "Maps" /
// "Calendar") on a page whose entries carry dates, bylines or whole
// references: there, a line of a word or two is no entry.
func menuRuns(items []item) []item {
	anchors := 0
	for i := range items {
		switch items[i].kind {
		case kDate, kByline, kMeta:
			anchors++
		}
	}
	if anchors < 3 {
		return items
	}
	short := func(it *item) bool {
		return (it.kind == kTitle || it.kind == kName) && !it.dated && it.source == "" && it.bullet == 0 &&
			len(it.body) <= 30 && it.wordsUpTo(4) <= 3 && !it.facts.any(hasDigit) && !strings.ContainsAny(it.body, ".!?:;")
	}
	drop := 0
	for i := 0; i < len(items); {
		j := i
		for j < len(items) && short(&items[j]) && (j == i || !items[j].gap) {
			j++
		}
		if j-i >= 4 {
			for k := i; k < j; k++ {
				items[k].kind = kChrome
			}
			if j < len(items) && items[i].gap {
				items[j].gap = true // the run's blank line parts what follows it
			}
			drop += j - i
		}
		i = max(j, i+1)
	}
	if drop == 0 {
		return items
	}
	return withoutChrome(items)
}

// withoutChrome leaves out, in place, the items a pass made chrome.
func withoutChrome(items []item) []item {
	out := items[:0]
	for i := range items {
		if items[i].kind != kChrome {
			out = append(out, items[i])
		}
	}
	return out
}
