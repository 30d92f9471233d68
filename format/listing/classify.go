package listing

import (
	"math/bits"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/labor-annals/annals"
)

// kind is what a line is, judged on its own.
type kind uint8

const (
	kTitle  kind = iota // short, headline-like
	kProse              // descriptive text: a teaser, lede or abstract
	kDate               // a date alone (or a relative date such as "Friday")
	kByline             // "By X", "Von X", "by X | on Mon D, YYYY"
	kName               // a bare personal name or list of names
	kMeta               // a line led by a byline, source or date, then text
	kURL                // a bare link or DOI
	kChrome             // page furniture: "Read more", captions, players
	kCite               // a bracketed citation: "[Programme, date, Broadcaster]"
)

var kindLetters = "TPDBNMUCS"

func (k kind) String() string { return kindLetters[k : k+1] }

// item is a classified line with the fields read from it. The one-byte
// fields stand together, where they share one word: a page holds an item
// for each of its lines.
type item struct {
	kind   kind
	bullet byte // '#' numbered, '*' bulleted, 0 plain
	dated  bool // a date was printed (relative dates leave date zero)
	// field is the role of the labelled field the line is ("Journal:
	// …"), if it is one: a periodical's field outranks a publisher's.
	field fieldRole
	// monthDay is the date printed without its year, when the line's
	// date is one: yearlessDates gives it the page's year.
	monthDay monthDay
	// nwords is 1 + the words of body up to maxCountedWords, 0 until
	// wordsUpTo counts them: the page passes ask again and again.
	nwords int8
	// dateless is whether classify scanned body for dates and found
	// none (in any day order: the order picks a date's reading, not
	// whether it is one): labelledDates and longKey need not scan
	// again. A pass that changes body clears it, as it clears nwords.
	dateless bool
	// ruled is whether a rule ("--", "***", "___") stands over the line
	// with a blank line above it: the end of what came before.
	ruled bool
	body  string // text without list numbering or bullet
	line
	date    annals.Date
	authors []string
	source  string
	title   string // the title part of the line, when it has one
	rest    string // descriptive text after a byline or date lead
	// group is the date of the heading the entry is printed under ("Thursday
	// 15 January 2026" over that day's stories), for entries without one;
	// nil for most items, which are under none (a pointer keeps items small).
	group *annals.Date
}

// pageContext is what classify needs to know of the whole page.
type pageContext struct {
	order        dayOrder
	nameColumn   int // the table column of authors' names, or -1
	sourceColumn int // the table column of periodicals or publishers, or -1
	header       tableHeader
	headed       bool // the page's table has a header row
	credits      bool // the page credits its stories "Writer / Outlet:" (creditsOverHeadlines)
	// dates is room for the dates and tokens of the line classify
	// reads, made once for the page: its token buffer is too big to
	// clear for every line. Nil, classify makes its own.
	dates *lineDates
}

// classify judges one line on its own, in its page's context, into it:
// classifyAll makes the items in place, as they are too big to copy
// cheaply.
func classify(it *item, l line, pc pageContext) {
	order := pc.order
	*it = item{line: l, body: l.text}
	it.body, it.bullet = stripBullet(l.text)
	// sf are the facts of the body: the line's, as the body is part of
	// its text, but for a ranked row's, made of its cells (read from the
	// raw line, before Markdown was taken out).
	sf := l.facts
	if l.more != nil && l.more.mail != mailNone {
		switch l.more.mail {
		case mailSubject:
			it.kind, it.title = kTitle, it.body
		case mailSender:
			it.kind, it.authors = kByline, []string{it.body}
		case mailText:
			it.kind = kProse
		}
		return
	}
	if rest, ok := rankCell(l.cells()); ok && it.bullet == 0 {
		// "1<tab>Title": a ranked list copied from a table numbers its
		// entries in a cell of their own.
		it.bullet = '#'
		if len(rest) == 1 {
			it.line.newMore().cells, it.body = nil, rest[0]
		} else {
			it.line.newMore().cells, it.body = rest, strings.Join(rest, " ")
		}
		sf = factsOf(it.body)
	}
	if sf.any(hasColon) && it.body != "" && it.body[0] >= '0' && it.body[0] <= '9' {
		// A news feed under a day's heading prints each headline after
		// its time: "17:42 Kumtor miners stage sit-in". The time dates
		// nothing the heading does not.
		if rest, ok := cutLeadingClock(it.body); ok {
			it.body = rest
		}
	}
	if sf.any(hasSlash) && sf.any(hasColon) && len(it.body) > 12 {
		// "Title, Site. https://…": a reference to a web page with its
		// address printed after it. The address is the entry's link.
		if text, u, ok := cutTrailingURL(it.body); ok {
			it.body = text
			if it.line.href() == "" {
				it.line.newMore().href = u
			}
			if t, src, ok := titleCommaSite(text); ok {
				it.kind, it.title, it.source = kTitle, t, src
				return
			}
		}
	}
	if l.more != nil && l.more.menu {
		it.kind = kChrome
		return
	}
	s := it.body
	cells := it.line.cells()
	if pc.headed && len(cells) >= 2 {
		if l.no == pc.header.no {
			it.kind = kChrome // the table's header row
			return
		}
		if l.no > pc.header.no {
			if r, ok := headedRow(cells, pc.header, order); ok {
				it.take(kTitle, r)
				return
			}
		}
	}
	// A row of three cells or more is read by its cells: its text joined
	// ("PHM/84/112 Photograph: picket line 18 Jun 1984 Item") says little.
	if len(cells) >= 3 {
		if r, ok := tableRow(cells, order, pc); ok {
			it.take(kTitle, r)
			return
		}
	}
	if s != "" && sf.any(hasColon) && (s[0]|0x20 == 'w' || s[0]|0x20 == 't') {
		// "Words: Dana Tulegenova · Photos: Askar Iskakov": the writer
		// is the author; the rest is a photo credit.
		if names, ok := writerCredit(s); ok {
			it.kind, it.authors = kByline, names
			return
		}
	}
	if s != "" && s[len(s)-1] == ')' && sf.any(hasParen) && len(s) < 300 {
		// "Richard O. Boyer (Author), Herbert M. Morais (Author)": a
		// bookseller's contributors, each with the part they had.
		if names, ok := roleCredits(s); ok {
			it.kind, it.authors = kByline, names
			return
		}
	}
	if s != "" && s[0] == 'F' {
		if c, ok := fromSourceLine(s, order); ok {
			// A headline line, whose bracketed day is the outlet's, dated
			// by the digest's issue (yearlessDates).
			it.take(kTitle, c)
			return
		}
	}
	if strings.HasPrefix(s, "With ") && len(s) < 160 {
		// "With Dr Harriet Colley": an event's speakers, on a line of
		// their own, are its authors.
		if rest := s[5:]; looksLikeNameList(rest) {
			it.kind, it.authors = kByline, SplitAuthors(rest)
			return
		}
	}
	if s != "" && s[0] >= 'a' && s[0] <= 'z' {
		if u, ok := hostCrumbs(s); ok {
			// A search result's address, printed as breadcrumbs.
			it.kind, it.body = kURL, u
			return
		}
	}
	if s != "" && s[len(s)-1] == ':' && sf.any(hasColon) {
		if names, outlet, ok := creditOverHeadline(s); ok {
			it.kind, it.authors, it.source = kByline, names, outlet
			return
		}
		if outlet := s[:len(s)-1]; pc.credits && len(s) <= 40 && isOutletName(outlet) {
			it.kind, it.source = kCite, outlet // "Bloomberg:"
			return
		}
	}
	switch {
	case chromeLine(s, sf) || sf.any(hasDigit) && listNumberLine(s) || s != "" && s[0] >= 'a' && s[0] <= 'z' && slugTags(s):
		// A list's number on a line of its own numbers the line below
		// (classifyAll).
		it.kind = kChrome
		return
	case isURL(s):
		it.kind = kURL
		return
	case len(s) <= 40 && s[len(s)-1] == ':' && sf.any(hasColon) && wordCountUpTo(s, 5) <= 4:
		// "References:", "Image Credits:": a heading over what follows,
		// no entry's line.
		it.kind = kChrome
		return
	case len(s) <= 24 && !sf.any(hasDigit) && loneFieldLabel(s):
		// "Format" over a search page's facet values: a heading of
		// furniture.
		it.kind = kChrome
		return
	}
	if tail := l.italicTail(); tail != "" {
		// "[Headline](url) — *Outlet*": the italics name the outlet.
		if t, ok := strings.CutSuffix(s, tail); ok {
			t = trimRightMarks(t, " —–-")
			if wordCountUpTo(t, 2) >= 2 {
				it.kind, it.title, it.source = kTitle, t, tail
				// "11 March 2025 Headline – The Guardian": a list item
				// opening with its date.
				if m, ok := firstDate(headOf(t, 50), order); ok && m.start == 0 && !m.date.IsZero() {
					if rest := trimLeftMarks(t[m.end:], " ,:|·–—-"); wordCountUpTo(rest, 2) >= 2 {
						it.title, it.date, it.dated = rest, m.date, true
					}
				}
				return
			}
		}
	}
	if src, ok := bracketCitation(s); ok {
		it.kind, it.source = kCite, src
		return
	}
	if len(s) <= 80 && strings.IndexByte("RrOoTtCc", s[0]) >= 0 {
		if src, ok := reprintLine(s); ok {
			it.kind, it.source = kCite, src // "Reprinted from Labor Notes"
			return
		}
	}
	if sf.any(hasColon) { // "Source:"
		if src, ok := sourceLine(s); ok {
			it.kind, it.source = kCite, src
			// "Kaynak: Evrensel | 11.03.2025": the outlet, then the day.
			if name, m, ok := cutTrailingDate(src, order); ok {
				it.source, it.date, it.dated = name, m.date, true
			}
			return
		}
	}
	if f := l.facts; f.any(hasDigit) && len(s) <= 80 && shelfMarkLine(s) { // "Box 12"
		it.kind = kChrome
		return
	}
	if sf.any(hasColon) && classifyField(it, s, order) { // "Label: value"
		return
	}
	if l.more != nil && l.more.wide != nil && it.bullet == 0 {
		if title, names, ok := ideographicParts(l.more.wide); ok {
			it.kind, it.title, it.body, it.authors = kTitle, title, title, names
			if len(names) > 0 {
				it.kind = kMeta
			}
			return
		}
	}
	if lc := l.cells(); lc != nil && !(len(lc) == 2 && it.bullet == '#') { // "1.<tab>Title" is a list item
		if r, ok := tableRow(lc, order, pc); ok {
			it.take(kTitle, r)
			return
		}
	}
	// Probes that need bytes the line lacks are not run (see facts); the
	// comments say what each needs.
	f := l.facts
	// The line's dates and tokens, made for the first probe below that
	// reads them.
	dates := pc.dates
	if dates == nil {
		dates = new(lineDates)
	}
	dates.reset(s, order)
	if f.any(hasDigit) && f.any(hasDot) && sf.any(hasColon) && len(s) <= 240 { // "Am J Ind Med. 2024 Nov;67(11):985-994."
		if src, d, ok := nlmCitation(s); ok {
			it.kind, it.source, it.date, it.dated = kCite, src, d, true
			return
		}
	}
	if f.any(hasDigit) && len(s) <= 60 { // the year
		if d, ok := materialYear(s); ok {
			it.kind, it.date, it.dated = kDate, d, true
			return
		}
	}
	if len(s) <= 200 {
		// mayHoldDate needs a digit.
		if d, ok := dateLineHold(dates, f.any(hasDigit) && dates.mayHold()); ok {
			it.kind, it.date, it.dated = kDate, d, true
			if d.IsZero() && len(s) <= 60 {
				// A date without its year: yearlessDates may give it one.
				it.monthDay, _ = yearlessMonthDay(dates.tokens(16))
			}
			return
		}
	}
	if f.any(hasDigit) && len(s) <= 160 && (s[0]|0x20 == 'p' || s[0] >= utf8.RuneSelf) { // the date; "Published in", "Publié dans"…
		if src, d, ok := publishedInLine(s, order); ok {
			it.kind, it.date, it.dated, it.source = kDate, d, true, src
			return
		}
	}
	if f.any(hasDash | hasE2) { // " - ", " – "
		if b, ok := scholarByline(s); ok {
			it.take(kByline, b)
			return
		}
		if b, ok := namesDashOutlet(s); ok {
			it.take(kByline, b)
			return
		}
	}
	if f.any(fieldSepFacts) && len(s) <= 160 && hasFieldSep(s) { // " | ", " - "…; fieldedMeta reads 160 bytes at most
		if m, ok := fieldedMeta(s, order); ok {
			it.take(kDate, m)
			if len(m.authors) > 0 {
				it.kind = kByline
			}
			return
		}
	}
	if d, src, ok := dateWithOutlet(s, order); ok {
		it.kind, it.date, it.dated, it.source = kDate, d, true, src
		return
	}
	if f.any(hasY) && len(s) <= 160 && postVerbStart(s) { // " by "
		if b, ok := postedAgoBy(s, order); ok {
			it.take(kByline, b)
			return
		}
	}
	if f.any(hasY) && len(s) <= 60 && keeperCredit(s) { // " by "
		it.kind = kChrome
		return
	}
	if s[0] == 'w' {
		if names, ok := speakersLine(s); ok {
			it.kind, it.authors = kByline, names
			return
		}
	}
	if f.any(hasSlash) && len(s) <= 80 { // "Name/Post"
		if name, ok := nameSlashPost(s); ok {
			it.kind, it.authors = kByline, []string{name}
			return
		}
	}
	if by, ok := bylineText(s); ok {
		if b, ok := parseByline(by, order); ok {
			it.take(kByline, b)
			if wordCountUpTo(b.rest, 4) >= 4 {
				it.kind = kMeta
			}
			return
		}
	}
	if f.any(strongSepFacts | hasDigit) { // a separator, or a date glued to the text
		if d, rest, ok := dateFieldLead(s, f, order); ok {
			it.kind, it.date, it.dated, it.rest = kMeta, d, true, rest
			return
		}
	}
	if len(s) <= 80 && (f.any(hasDigit) || s[len(s)-1]|0x20 == 'y') { // "14m", "1h", "10 Mar"; "Yesterday", "Today"
		if src, ok := outletThenAge(s); ok {
			it.kind, it.source, it.dated = kByline, src, true
			return
		}
	}
	if f.any(hasDigit) && len(s) <= 120 { // a date
		if b, ok := nameThenDate(dates); ok {
			it.take(kByline, b)
			return
		}
		if b, ok := dateThenBy(dates); ok {
			it.take(kByline, b)
			return
		}
		if b, ok := nameThenAge(s); ok {
			it.take(kByline, b)
			return
		}
	}
	if f.any(hasDigit) { // a date
		if m, ok := metaLead(dates); ok {
			it.take(kMeta, m)
			return
		}
	}
	if f.any(hasDash | hasE2) { // " - ", " — "
		if rest, ok := relativeLead(s); ok {
			it.kind, it.dated, it.rest = kMeta, true, rest
			return
		}
	}
	if f.any(citationMarkFacts) { // ". Af ", " - By "
		if c, ok := inlineCitation(s, f, order); ok {
			it.take(kMeta, c)
			return
		}
	}
	if f.any(hasSlash) || f.any(hasDot) && f.any(hasDash|hasE2) { // " / ", or an anonymous work's ". – "
		if c, ok := isbdCitation(s, order); ok {
			it.take(kMeta, c)
			return
		}
	}
	if f.any(hasSlash) {
		if c, ok := chapterContainer(s, order); ok {
			it.take(kDate, c)
			return
		}
	}
	if f.any(hasDigit) && sf.any(hasColon) && strings.Contains(s, " : ") { // a year
		if c, ok := imprintLine(s, order); ok {
			it.take(kDate, c)
			return
		}
	}
	if f.any(hasDigit) && sf.any(hasComma) && len(s) <= 80 { // the year; the comma after the publisher
		if c, ok := publisherImprint(s); ok {
			it.take(kDate, c)
			return
		}
	}
	if sf.any(hasDot | hasParen) { // the stop or bracket that ends the names
		if c, ok := authorCitation(s, order); ok {
			it.take(kMeta, c)
			return
		}
	}
	if f.any(hasDigit) && f.any(hasE2|hasC2) && len(s) > 80 { // a date; '“', '”' or '»'
		if c, ok := quoteAttribution(s, order); ok {
			it.take(kMeta, c)
			return
		}
	}
	if f.any(hasDigit) && (s[0] == '"' || s[0] == 0xE2 || s[0] == 0xC2) { // a date; '"', '“' or '«'
		if c, ok := webCitation(s, order); ok {
			it.take(kMeta, c)
			return
		}
	}
	if sf.any(hasComma) && (s[0] == '"' || s[0] == 0xE2) { // the comma after the title; '"' or '“'
		if c, ok := quotedPaper(s); ok {
			it.take(kMeta, c)
			return
		}
	}
	if f.any(hasE2|hasDash) && sf.any(hasParen) && s[len(s)-1] == ')' { // the dash; the affiliation's bracket
		if c, ok := paperThenSpeakers(s); ok {
			it.take(kMeta, c)
			return
		}
	}
	if f.any(hasE2|hasQuote) && endsQuote(s) || sf.any(hasParen) && strings.Contains(s, "): ") { // the title's closing quote, or the affiliation's bracket before its colon
		if c, ok := speakerPaper(s); ok {
			it.take(kMeta, c)
			return
		}
	}
	if f.any(hasDigit|hasDot) && sf.any(hasDot) && sf.any(hasComma) { // a year; initials, with their dots; ", "
		if c, ok := commaCitation(s, order); ok {
			it.take(kMeta, c)
			return
		}
	}
	if f.any(hasDigit) && sf.any(hasComma) { // ", 2003"
		if c, ok := imprintTailCitation(s, order); ok {
			it.take(kMeta, c)
			return
		}
	}
	if f.any(hasDigit) && sf.any(hasComma) && sf.any(hasParen|hasQuote|hasE2) { // a year; ", " after the names; a quoted title or an imprint
		if c, ok := noteCitation(s, order); ok {
			it.take(kMeta, c)
			return
		}
	}
	if it.bullet == '#' && f.any(hasDigit) && sf.any(hasComma) { // the pages cited
		if c, ok := shortNote(s); ok {
			it.take(kMeta, c)
			return
		}
	}
	if f.any(hasDigit) && sf.any(hasParen) { // a date, in brackets
		if c, ok := parenSourceDate(s, order); ok {
			it.take(kMeta, c)
			return
		}
	}
	if strings.HasPrefix(s, "in ") { // lower case, as no headline starts
		if src, ok := bareContainer(s); ok {
			it.kind, it.source = kCite, src
			return
		}
	}
	if f.any(hasDigit) && sf.any(hasParen) && sf.any(hasDash) { // the years it ran
		if serialLine(s) {
			it.kind, it.source = kCite, s
			return
		}
	}
	if f.any(hasDigit) { // a volume's year
		if c, ok := containerLineOf(s, order, dates); ok {
			if !c.dated {
				it.kind, it.source = kCite, c.source
				return
			}
			it.take(kDate, c)
			return
		}
	}
	if sf.any(hasComma) && len(s) <= 120 { // the comma after the surname
		if name, ok := catalogueHeading(s); ok {
			it.kind, it.authors = kName, []string{name}
			return
		}
	}
	if sf.any(hasComma) && len(s) <= 600 && (strings.Contains(s, ".; ") || strings.Contains(s, " ; ")) {
		// "Smith, Hubert Llewellyn, Sir, 1864-1945, author.; Nash,
		// Vaughan, 1861-1932, author.": a catalogue's headings in a row;
		// "Nyström, Kjell, 1955- ; Rautio, Anna", spaced as ISBD sets them.
		if names, ok := catalogueHeadings(s); ok {
			it.kind, it.authors = kName, names
			return
		}
	}
	if sf.any(hasComma) { // the comma after the name
		if name, ok := nameWithAffiliation(s); ok {
			it.kind, it.authors = kName, []string{name}
			return
		}
	}
	if s[len(s)-1] == ')' && !f.any(hasDigit) {
		if name, ok := nameWithParty(s); ok {
			it.kind, it.authors = kName, []string{name}
			return
		}
		// "Knud Andresen, Michaela Kuhnhenne (Hg.)": a book's editors on
		// a line of their own are its authors.
		if names, ok := editorsLine(s); ok {
			it.kind, it.authors = kName, names
			return
		}
	}
	if len(s) <= 80 {
		// "Proskauer Rose LLP", "Jackson Lewis P.C.": a firm, which
		// publishes what is listed under it.
		if firmName(s) {
			it.kind, it.source = kCite, s
			return
		}
	}
	if f.any(hasDigit) && strings.Contains(s, ", +") {
		// "Shahidul Alam, Farhana Rahman, +3 authors, M. Hossain": a
		// search engine's list of authors with the middle ones left out.
		if names, ok := nameListAuthors(cutElidedAuthors(s)); ok {
			it.kind, it.authors = kName, names
			return
		}
	}
	// A bare line in capitals is a rubric ("SALUTE E SICUREZZA"); names
	// in capitals come with a by-word or a date.
	if !f.any(hasDigit) { // names hold no digits
		if names, ok := nameListAuthors(s); ok && !allUpper(s) && !(len(names) == 1 && institutionName(s)) {
			it.kind, it.authors = kName, names
			return
		}
	}
	it.dateless = dates.scanned && len(dates.dates) == 0
	it.title = s
	if f.any(hasDash|hasE2) && sf.any(hasComma) { // " - ", " — "; the ", " before the outlet
		if t, ok := titleBylineOutlet(s); ok {
			it.kind, it.title, it.authors, it.source = kTitle, t.title, t.authors, t.source
			return
		}
	}
	if f.any(hasDigit|hasCloseBracket) || s[len(s)-1] == ')' { // a date, a year, "[Source]" or "(Outlet)"
		if t, ok := titleSuffix(dates); ok {
			it.title, it.source, it.date, it.dated = t.title, t.source, t.date, t.dated
			it.monthDay = t.monthDay
			it.authors = t.authors
			it.rest = t.rest
			it.kind = kTitle
			return
		}
	}
	if (f.any(hasDigit) || len(s) > 40) && sf.any(hasDot) { // a date, or a relative one after a sentence; its full stop
		// A teaser with its date glued on: "…the complaint.Yesterday, 18:40".
		if body, d, ok := gluedTailDate(s, order); ok && strings.HasSuffix(body, ".") && wordCountUpTo(body, 6) >= 6 {
			it.kind, it.title = kProse, ""
			it.body, it.date, it.dated = body, d, true
			return
		}
	}
	if f.any(hasPipe) && actionBar(s) {
		it.kind, it.title = kChrome, ""
		return
	}
	// s is the body: a count short of isProse's bound is all its words,
	// which the page passes ask for again and again (wordsUpTo).
	n := wordCountUpTo(s, 20)
	if n < min(20, maxCountedWords) {
		it.nwords = int8(n + 1)
	}
	if isProseN(s, n) {
		it.kind = kProse
		it.title = ""
		return
	}
	if len(s) <= 40 && agencyOrDesk(s) {
		// "NTB", "ANKA", "T24 Haber Merkezi": a wire agency or a desk on
		// a line of its own credits the story.
		it.kind, it.authors, it.title = kName, []string{s}, ""
		return
	}
	it.kind = kTitle
	return
}

// tableRow reads a row copied from a table: the cell holding a date is
// the date, the cell in the page's column of names the authors, and the
// first other cell of several words (else the longest) the title. Links
// and labels such as a section or a type are left out.
func tableRow(cells []string, order dayOrder, pc pageContext) (lead, bool) {
	var r lead
	var texts []string
	nameColumn := pc.nameColumn
	for j, c := range cells {
		if j == 0 {
			c, _ = stripBullet(c) // "* Subject   Sender"
		}
		if j == pc.sourceColumn && len(cells) >= 3 {
			if src := sourceCell(c, order); src != "" {
				r.source = src
				continue
			}
		}
		if d, ok := dateLine(c, order); ok {
			if !r.dated && !d.IsZero() {
				r.date, r.dated = d, true
			}
			continue
		}
		if isURL(c) || !hasLetterOrDigit(c) { // a link; a rating, "★★★★"
			continue
		}
		if j == nameColumn && isInvertedName(c) {
			r.authors = []string{trimRightMarks(c, " ,")} // "Thompson, E. P.", as printed
			continue
		}
		if j == nameColumn && looksLikeNameList(c) {
			r.authors = SplitAuthors(c)
			continue
		}
		texts = append(texts, c)
	}
	if len(texts) == 0 {
		return r, false
	}
	for _, c := range texts {
		if wordCountUpTo(c, 4) >= 4 && !isTagList(c) {
			r.title = c
			break
		}
	}
	if r.title == "" {
		for _, c := range texts {
			if len(c) > len(r.title) && !isTagList(c) {
				r.title = c
			}
		}
	}
	if r.title == "" {
		r.title = texts[0]
	}
	return r, true
}

// roleCredits reads a line of contributors each followed by their part
// in brackets, and returns those who wrote or edited the work: "Stewart
// Bird (Editor), Dan Georgakas (Editor)". Illustrators, translators and
// the like are not authors.
func roleCredits(s string) ([]string, bool) {
	var names []string
	for part := range strings.SplitSeq(s, "), ") {
		part = strings.TrimSuffix(part, ")")
		name, role, ok := strings.Cut(part, " (")
		if !ok || !looksLikeName(name) {
			return nil, false
		}
		switch r := strings.ToLower(role); {
		case r == "author" || r == "editor" || r == "compiler" || r == "autor" || r == "auteur" || r == "herausgeber":
			names = append(names, name)
		case creditRoles.has(r) || otherRoles.has(r):
		default:
			return nil, false
		}
	}
	return names, true
}

// shelfMarkLine reports a finding aid's line saying where a file is
// shelved: "File — Box: 12, Folder: 3", "Box 14, folder 7", "Item: 7".
func shelfMarkLine(s string) bool {
	// The kind of the unit may come first: "File — ". Only the first
	// word is looked at before the line is split.
	first, rest, _ := strings.Cut(s, " ")
	if strings.HasPrefix(rest, "— ") && len(first) <= 20 {
		s = rest[len("— "):]
	} else if !shelfWords.hasFold(strings.TrimSuffix(first, ":")) {
		return false
	}
	for part := range strings.SplitSeq(s, ", ") {
		word, num, ok := strings.Cut(part, " ")
		word = strings.TrimSuffix(word, ":")
		if !ok || len(num) > 12 || indexDigit(num) < 0 || strings.Contains(num, " ") || !shelfWords.hasFold(word) {
			return false
		}
	}
	return true
}

// shelfWords name the boxes and folders of an archive.
var shelfWords = newWordSet("box", "folder", "item", "carton", "reel", "envelope", "drawer", "shelf", "bundle",
	"tape", "cassette", "disc", "oversize", "flatfile", "volume", "vol", "roll", "frame", "sleeve", "mapcase",
	"karton", "mappe", "kasse", "låda", "boîte", "dossier", "carpeta", "caja", "busta", "fascicolo", "teczka")

// firmName reports a short line that is a firm's name, closed by its
// legal form: "Proskauer Rose LLP", "Ogletree, Deakins, Nash, Smoak &
// Stewart, P.C.", "Lehmann GmbH".
func firmName(s string) bool {
	last := s[strings.LastIndexByte(s, ' ')+1:]
	return last != s && firmForms.has(last) && isUpperStart(s) && wordCountUpTo(s, 9) <= 8 && !strings.ContainsAny(s, ":!?")
}

// firmForms are the legal forms closing firms' names, as printed (their
// last word: "sp. z o.o." ends in "o.o.").
var firmForms = newWordSet("LLP", "LLC", "PLLC", "P.C.", "PC", "Inc.", "Ltd", "Ltd.", "GmbH", "AG", "plc", "PLC",
	"S.A.", "SA", "S.L.", "SL", "B.V.", "BV", "N.V.", "A/S", "AB", "Oy", "S.p.A.", "SpA", "S.r.l.", "Srl", "K.K.",
	"LLP.", "Co.", "Corp.", "Corporation", "Pty", "LP", "L.P.", "o.o.", "s.r.o.", "a.s.", "ООО", "АО")

// institutionName reports a capitalised name closed by a noun no surname
// is, an institution's or a site's: "Special Collections", "Lawrence
// History Center", "Massachusetts Collections Online".
func institutionName(s string) bool {
	last := s[strings.LastIndexByte(s, ' ')+1:]
	return institutionNouns.hasFold(last)
}

// institutionNouns close the names of libraries, archives, sites and
// societies.
var institutionNouns = newWordSet("collections", "collection", "archives", "archive", "library", "libraries",
	"online", "records", "museum", "center", "centre", "institute", "university", "society", "foundation",
	"network", "project", "services", "service", "digital", "portal", "database", "repository", "catalogue",
	"catalog", "search", "home", "menu")

// cutTrailingURL cuts a web address off the end of a line of text:
// "Ella May Wiggins, NCpedia. https://www.ncpedia.org/…" gives the text
// and the address.
func cutTrailingURL(s string) (text, u string, ok bool) {
	sp := strings.LastIndexByte(s, ' ')
	if sp < 8 {
		return s, "", false
	}
	u = s[sp+1:]
	if !hasPrefixFold(u, "https://") && !hasPrefixFold(u, "http://") || len(u) < 12 {
		return s, "", false
	}
	text = strings.TrimRight(s[:sp], " :–—-")
	if wordCountUpTo(text, 2) < 2 {
		return s, "", false
	}
	return text, strings.TrimRight(u, ".,;)"), true
}

// titleCommaSite reads a web reference's title and the site it is on,
// after the last comma: "Ella May Wiggins and the Gastonia strike of 1929,
// NCpedia.".
func titleCommaSite(s string) (title, site string, ok bool) {
	body, stop := strings.CutSuffix(s, ".")
	c := strings.LastIndex(body, ", ")
	if !stop || c <= 0 {
		return "", "", false
	}
	title, site = body[:c], body[c+2:]
	if !isUpperStart(site) || wordCountUpTo(site, 4) > 3 || indexDigit(site) >= 0 || wordCountUpTo(title, 3) < 3 ||
		!(outletLike(site) || isDomain(site) || wordCountUpTo(site, 2) == 1) {
		return "", "", false
	}
	return title, site, true
}

// loneFieldLabel reports a line that is only a catalogue field's label,
// with no value: "Format", "Institution", "Subjects:".
func loneFieldLabel(s string) bool {
	var buf [32]byte
	key := appendLower(buf[:0], strings.TrimRight(s, ": "))
	_, ok := fieldLabels[string(key)]
	return ok
}

// keeperCredit reports a line naming who kept, not wrote, what is listed:
// "Clipped by anthrax_dave", "Digitised by the State Library". A
// clipping site's user or a library is no author of the clipping.
func keeperCredit(s string) bool {
	verb, rest, ok := strings.Cut(s, " by ")
	if !ok || rest == "" || !keeperVerbs.hasFold(verb) {
		return false
	}
	return handleWord(rest) || looksLikeNameList(rest) || isUpperStart(rest)
}

// keeperVerbs say what a keeper did to a piece.
var keeperVerbs = newWordSet("clipped", "saved", "curated", "collected", "digitised", "digitized", "scanned",
	"transcribed", "indexed", "catalogued", "cataloged", "donated", "bookmarked", "pinned")

// otherRoles are further parts in a work that make no author of it,
// besides creditRoles.
var otherRoles = newWordSet("contributor", "foreword by", "introduction by", "afterword by", "read by", "cover design",
	"foreword", "introduction", "afterword")

// agencyOrDesk reports a news agency ("NTB") or a newsroom's desk named
// as a story's author ("T24 Haber Merkezi", "Politics Desk", "Redaktion
// Inland"), lower-cased on the stack: most short lines ask.
func agencyOrDesk(s string) bool {
	if !isUpperStart(s) {
		return false
	}
	if newsAgencies.hasFold(s) {
		return true
	}
	sp := strings.IndexByte(s, ' ')
	if sp < 0 || wordCountUpTo(s, 5) > 4 {
		return false
	}
	return deskWords.hasFold(s[strings.LastIndexByte(s, ' ')+1:]) || deskWords.hasFold(s[:sp])
}

// cutElidedAuthors cuts the count of authors left out of a list ("+3
// authors", "+12 more") from s.
func cutElidedAuthors(s string) string {
	var b strings.Builder
	for part := range strings.SplitSeq(s, ", ") {
		if rest, ok := strings.CutPrefix(part, "+"); ok {
			n, word, _ := strings.Cut(rest, " ")
			if isDigits(n) && (word == "authors" || word == "author" || word == "more") {
				continue
			}
		}
		if b.Len() > 0 {
			b.WriteString(", ")
		}
		b.WriteString(part)
	}
	return b.String()
}

// deskWords name a newsroom's desk, first or last in its name.
var deskWords = newWordSet("merkezi", "desk", "newsroom", "redaktion", "rédaction", "redacción", "redazione",
	"редакция", "редакція")

// writerCredit reads a magazine's credit line naming who wrote the piece:
// "Words: Dana Tulegenova · Photos: Askar Iskakov", "Words and photos:
// Aibek Sydykov", "Text: …". The photographer is no author.
func writerCredit(s string) ([]string, bool) {
	label, value, ok := strings.Cut(s, ": ")
	if !ok || len(label) > 20 || !writerLabels.hasFold(label) {
		return nil, false
	}
	for _, sep := range [...]string{" · ", " | ", " / ", " • ", "; "} {
		if i := strings.Index(value, sep); i > 0 {
			value = value[:i]
		}
	}
	if !looksLikeNameList(value) {
		return nil, false
	}
	return SplitAuthors(value), true
}

// writerLabels label the writer in a credit line.
var writerLabels = newWordSet("words", "words and photos", "words & photos", "text", "text and photos", "text & photos",
	"texto", "tekst", "testo", "texte", "text und fotos", "texto y fotos")

// hostCrumbs reads a search engine's address line under a result, the
// host and then the path as breadcrumbs ("www.hrw.org › report › 2012"),
// as the address it stands for, as far as it is printed whole.
func hostCrumbs(s string) (string, bool) {
	// The host is one word: the crumbs follow its first space.
	sp := strings.IndexByte(s, ' ')
	if sp <= 0 || sp >= 80 || !strings.HasPrefix(s[sp:], " › ") || strings.IndexByte(s[:sp], '.') < 0 {
		return "", false
	}
	u := "https://" + s[:sp]
	for part := range strings.SplitSeq(s[sp+len(" › "):], " › ") {
		if part == "" || strings.ContainsAny(part, " …") || strings.Contains(part, "...") {
			break // the rest is cut short
		}
		u += "/" + part
	}
	return u, true
}

// slugTags reports whether s is a row of tags as a question site or a
// repository prints them, in their address form: "united-kingdom
// 20th-century labor-history strikes". Every word is lower-case letters,
// digits and hyphens, one at least is hyphenated, and there are two
// words or more.
func slugTags(s string) bool {
	if len(s) > 160 {
		return false
	}
	words, hyphened := 1, false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
		case c == '-':
			if i == 0 || s[i-1] == ' ' || i+1 == len(s) || s[i+1] == ' ' {
				return false // a dash, not a hyphen
			}
			hyphened = true
		case c == ' ':
			if i+1 < len(s) && s[i+1] == ' ' {
				return false
			}
			words++
		default:
			return false
		}
	}
	return hyphened && words >= 2 && words <= 10
}

// isTagList reports whether s is a list of subject tags ("social
// history, banditry, millenarianism"): short terms set apart by commas,
// one at least in lower case, none a sentence.
func isTagList(s string) bool {
	if !strings.Contains(s, ", ") || strings.ContainsAny(s, ".:;!?") {
		return false
	}
	lower := false
	for part := range strings.SplitSeq(s, ",") {
		part = trimSpace(part)
		if part == "" || wordCountUpTo(part, 4) > 3 {
			return false
		}
		lower = lower || isLower(firstRune(part))
	}
	return lower
}

// nameColumn finds the table column that holds authors' names: the one
// whose cells read as names in most rows (German capitalises nouns, so
// one row's "Besondere Dienstleistungen" says nothing).
func nameColumn(lines []line) int {
	var names, rows []int
	for _, l := range lines {
		for j, c := range l.cells() {
			for len(rows) <= j {
				rows, names = append(rows, 0), append(names, 0)
			}
			rows[j]++
			if looksLikeNameList(c) || isInvertedName(c) {
				names[j]++
			}
		}
	}
	best := -1
	for j := range rows {
		if rows[j] >= 2 && names[j]*4 >= rows[j]*3 && (best < 0 || names[j] > names[best]) {
			best = j
		}
	}
	return best
}

// sourceColumn finds the table column that names where each entry was
// published: right of the longest column (the titles), a cell that reads
// as a periodical or a publisher in most rows, and mostly different ones
// (a column of types, "Book", "Article", repeats a few values).
func sourceColumn(lines []line, nameCol int, order dayOrder) int {
	var rows, words []int
	for _, l := range lines {
		if len(l.cells()) < 3 {
			continue
		}
		for j, c := range l.cells() {
			for len(rows) <= j {
				rows, words = append(rows, 0), append(words, 0)
			}
			rows[j]++
			words[j] += wordCountUpTo(c, 40)
		}
	}
	titles := -1
	for j := range rows {
		if j != nameCol && rows[j] >= 3 && (titles < 0 || words[j]*rows[titles] > words[titles]*rows[j]) {
			titles = j
		}
	}
	if titles < 0 {
		return -1
	}
	for j := titles + 1; j < len(rows); j++ {
		if j == nameCol || rows[j] < 3 {
			continue
		}
		seen := map[string]bool{}
		n := 0
		for _, l := range lines {
			if lc := l.cells(); len(lc) > j && len(lc) >= 3 {
				if src := sourceCell(lc[j], order); src != "" {
					n++
					seen[src] = true
				}
			}
		}
		if n*4 >= rows[j]*3 && len(seen)*4 >= n*3 {
			return j
		}
	}
	return -1
}

// sourceCell reads a table cell naming a periodical ("Labour History,
// no. 126") or a publisher ("Melbourne University Press"), or a book and
// its publisher ("Migrants and Unions (Monash University Publishing)"):
// the periodical or the book.
func sourceCell(c string, order dayOrder) string {
	if !isUpperStart(c) || len(c) > 160 {
		return ""
	}
	if l, ok := containerLine(c, order); ok {
		return l.source
	}
	if i := strings.LastIndex(c, " ("); i > 0 && strings.HasSuffix(c, ")") {
		c = c[:i]
	}
	n := wordCountUpTo(c, 13)
	if n < 2 || n > 12 || endsSentence(c) || capRatio(c) < 0.34 {
		return ""
	}
	return c
}

// maxCountedWords is as far as wordsUpTo counts an item's words.
const maxCountedWords = 40

// wordsUpTo is wordCountUpTo(it.body, max) for max <= maxCountedWords,
// counted once. Whatever changes body after classify must reset nwords.
func (it *item) wordsUpTo(max int) int {
	if it.nwords == 0 {
		it.nwords = int8(wordCountUpTo(it.body, maxCountedWords) + 1)
	}
	return min(int(it.nwords)-1, max)
}

// asOutlet makes the line the name of the entry's outlet, where a page
// pass finds it in the outlet's slot: its words are no title or names.
func (it *item) asOutlet() {
	it.kind, it.source, it.authors, it.title = kCite, it.body, nil, ""
}

// outletsAt makes each of the items at the outlet of its entry: the lines
// a page pass found in the outlet's slot.
func outletsAt(items []item, at []int) {
	for _, i := range at {
		items[i].asOutlet()
	}
}

// take makes the line of kind k with the fields a probe read from it.
func (it *item) take(k kind, l lead) {
	it.kind = k
	it.title, it.authors, it.source, it.date, it.dated, it.rest = l.title, l.authors, l.source, l.date, l.dated, l.rest
	it.monthDay = l.monthDay
}

// stripBullet removes list numbering ("1.", "2)") or a bullet.
// listNumberEnd returns the length of the list number opening s, one to
// three digits and a stop or bracket ("1.", "12)"), or 0.
func listNumberEnd(s string) int {
	i := 0
	for i < len(s) && i < 3 && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i == 0 || i >= len(s) || s[i] != '.' && s[i] != ')' {
		return 0
	}
	return i + 1
}

// listNumberLine reports whether s is only a list's number: "1.", "12)".
func listNumberLine(s string) bool {
	n := listNumberEnd(s)
	return n > 0 && n == len(s)
}

func stripBullet(s string) (string, byte) {
	if s == "" || s[0] < '0' || s[0] > '9' {
		return stripMark(s)
	}
	if s[0] == '0' {
		// A series number with leading zeros ("00263: Title") numbers
		// the item as "1." does; no year or headline opens so.
		j := 1
		for j < len(s) && j < 8 && s[j] >= '0' && s[j] <= '9' {
			j++
		}
		if j >= 3 && j+1 < len(s) && s[j] == ':' && s[j+1] == ' ' {
			return trimSpace(s[j+2:]), '#'
		}
	}
	if i := listNumberEnd(s); i > 0 && i < len(s) && s[i] == ' ' {
		// "1. April 2018" and "5. 5. 2024" are dates, not item one.
		rest := s[i+1:]
		if _, _, ok := monthOf(firstWord(rest)); !ok && !spacedNumericDate(s) {
			return trimSpace(rest), '#'
		}
	}
	return s, 0
}

// rankCell reports whether a table row opens with a cell holding only an
// item's number ("1", "12."), and returns the other cells.
func rankCell(cells []string) ([]string, bool) {
	if len(cells) < 2 {
		return nil, false
	}
	c := trimRightMarks(cells[0], ".)")
	if c == "" || len(c) > 3 || len(cells[0])-len(c) > 1 {
		return nil, false
	}
	for i := 0; i < len(c); i++ {
		if c[i] < '0' || c[i] > '9' {
			return nil, false
		}
	}
	return cells[1:], true
}

// stripMark removes a bullet mark.
func stripMark(s string) (string, byte) {
	r, n := decodeRune(s)
	if r == '^' && n < len(s) && s[n] == ' ' {
		// A wiki's reference, its backlink and the letters of each use:
		// "^ a b Smith, John (2012)…".
		rest := trimSpace(s[n:])
		for len(rest) > 2 && rest[0] >= 'a' && rest[0] <= 'z' && rest[1] == ' ' {
			rest = rest[2:]
		}
		return rest, '*'
	}
	switch r {
	case '•', '·', '-', '*', '–', '—', '▪', '►', '■', '○', '●', '◦', '‣', '⁃', '▸', '▶',
		'☐', '☑', '☒', '□': // a search result's box to tick, one to each
		if n < len(s) && s[n] == ' ' {
			return trimSpace(s[n:]), '*'
		}
	case '★', '☆':
		// A star flags some items of a list ("essential reading"); it
		// marks no entry's start, as only some have it.
		if n < len(s) && s[n] == ' ' {
			return trimSpace(s[n:]), 0
		}
	}
	return s, 0
}

func firstWord(s string) string {
	if i := strings.IndexAny(s, " ,."); i >= 0 {
		return s[:i]
	}
	return s
}

func isURL(s string) bool {
	// Every prefix starts with h, d or w, and no rune outside ASCII
	// lower-cases to those: most lines fail on their first byte.
	if s == "" {
		return false
	}
	if c := s[0] | 0x20; c != 'h' && c != 'd' && c != 'w' {
		return false
	}
	return (hasPrefixFold(s, "http://") || hasPrefixFold(s, "https://") || hasPrefixFold(s, "doi:") || hasPrefixFold(s, "www.")) && !strings.Contains(s, " ")
}

// wordCount counts space-separated words, stopping early past 100.
func wordCount(s string) int { return wordCountUpTo(s, 101) }

// wordCountUpTo is min(wordCount(s), max), stopping at max.
func wordCountUpTo(s string, max int) int {
	n, in := 0, false
	i := 0
	for ; i <= len(s)-8 && n < max; i += 8 {
		// Eight bytes at once: a word starts at each byte other than a
		// space that follows a space (or the start).
		nz := nonSpaceBytes(load64(s[i:]))
		var prev uint64
		if in {
			prev = 0x80
		}
		n += bits.OnesCount64(nz &^ (nz<<8 | prev))
		in = nz>>63 != 0
	}
	if n >= max {
		return max
	}
	for ; i < len(s) && n < max; i++ {
		if s[i] == ' ' {
			in = false
		} else if !in {
			in = true
			n++
		}
	}
	return n
}

// nonSpaceBytes marks (with its high bit) each byte of x that is not
// ' ': the high bit of a byte is set when its low seven bits, plus 0x7F,
// carry into it, or it was set.
func nonSpaceBytes(x uint64) uint64 {
	y := x ^ ' '*lowBits
	return ((y &^ highBits) + 0x7F*lowBits | y) & highBits
}

// cutLeadingClock cuts a time of day ("17:42", "9:05") off the text
// after it, when that text is a headline: it starts with a capital and
// runs to three words or more.
func cutLeadingClock(s string) (string, bool) {
	n, meridiem := leadingClockLen(s)
	if n == 0 || meridiem || n >= len(s) || s[n] != ' ' {
		return s, false // "10:00 AM Opening session" is an event's time
	}
	rest := trimLeftMarks(s[n:], " ")
	if rest == "" || !isUpperStart(rest) || wordCountUpTo(rest, 3) < 3 {
		return s, false
	}
	var buf [4]byte
	if w := appendFirstLetterRun(buf[:0], rest, 3); string(w) == "uhr" {
		return s, false
	}
	return rest, true
}

// isProse reports whether s reads as running text rather than a headline:
// long, or a sentence of some length that ends with a full stop.
func isProse(s string) bool { return isProseN(s, wordCountUpTo(s, 20)) }

// isProseN is isProse given n, wordCountUpTo(s, 20): the tests look no
// further.
func isProseN(s string, n int) bool {
	if n >= 20 {
		return true
	}
	// A long line in sentence case is a teaser even when cut off without
	// punctuation; headlines in title case can be as long.
	if n >= 14 && casedScript(s) && capRatio(s) < 0.35 {
		// Save for a headline signed after a dash: "Orgreave inquiry must
		// not be kicked into the long grass again - Bill Harland".
		t, _, signed := titleAuthor(s)
		if !signed || wordCountUpTo(t, 14) >= 14 {
			return true
		}
	}
	if strings.HasSuffix(s, "]") {
		// A teaser cut short: "…Let's talk about it. […]".
		for _, cut := range []string{" […]", " [...]", " [..]"} {
			s = strings.TrimSuffix(s, cut)
		}
	}
	s = cutGluedLink(s) // "…Notdienste sind gesichert. mehr"
	last, _ := utf8.DecodeLastRuneInString(trimRightMarks(s, "”\"’')»"))
	// A short sentence ends with a full stop (a danda in Devanagari); a
	// short headline ending so is rare, and then it capitalises its
	// words. (The stop is looked at first: it spares most headlines the
	// count of capitals.)
	// Nor is a line in capitals prose, however many stops it prints: old
	// papers headed their stories "THE STRIKE. MEETING OF SEAMEN.".
	return (last == '.' && !endsWithInitialism(s) || last == '…' || last == '।') && (n >= 7 || n >= 5 && capRatio(s) < 0.25) && !allUpper(s)
}

// nameSlashPost reads a byline that prints the writer's post after a
// slash, unspaced: "Kimberley Frater-Blake/Senior Staff Reporter".
func nameSlashPost(s string) (string, bool) {
	name, post, ok := strings.Cut(s, "/")
	if !ok || name == "" || name[len(name)-1] == ' ' || post == "" || post[0] == ' ' || strings.IndexByte(post, '/') >= 0 {
		return "", false
	}
	// A post before the slash too is two posts: "Winnipeg Anchor/Reporter".
	return name, looksLikeName(name) && roleLine(post) && !roleLine(name)
}

// casedScript reports whether the first letter of s has case: a script
// without (Devanagari, Arabic) sets headlines and teasers alike, so the
// share of capitals tells nothing there.
func casedScript(s string) bool {
	for _, r := range s {
		if isLetter(r) {
			return isUpper(r) || isLower(r)
		}
	}
	return false
}

// endsWithInitialism reports whether s ends with an initialism, whose
// last stop is its own and ends no sentence: "…disputes in Montreal and
// B.C.", "…across the U.S.".
func endsWithInitialism(s string) bool {
	return isInitialRun(s[strings.LastIndexByte(s, ' ')+1:])
}

// gluedTailDate splits a teaser from the date glued to its end, when the
// page printed them in one box: "…to review the complaint.Yesterday,
// 18:40", "…a raise of 100 per cent.14 March 2024, 16:20".
func gluedTailDate(s string, order dayOrder) (string, annals.Date, bool) {
	// The date starts right after the teaser's last full stop, with no
	// space, and runs to the end of the line.
	from := len(s) - 40
	if from < 1 {
		from = 1
	}
	for end := len(s) - 1; end > from; {
		i := lastSentenceStop(s[from:end])
		if i < 0 {
			break
		}
		i += from
		end = i
		next, _ := decodeRune(s[i+1:])
		if !isUpper(next) && !isDigit(next) {
			continue
		}
		if d, ok := dateLine(s[i+1:], order); ok {
			return s[:i+1], d, true
		}
		return "", annals.Date{}, false
	}
	return "", annals.Date{}, false
}

// lastSentenceStop returns the index of the last '.', '!' or '?' in s,
// or -1: eight bytes at a time from the end.
func lastSentenceStop(s string) int {
	i := len(s)
	for ; i >= 8; i -= 8 {
		x := load64(s[i-8:])
		if m := zeroBytes(x^'.'*lowBits) | zeroBytes(x^'!'*lowBits) | zeroBytes(x^'?'*lowBits); m != 0 {
			return i - 8 + (63-bits.LeadingZeros64(m))/8
		}
	}
	for i--; i >= 0; i-- {
		if c := s[i]; c == '.' || c == '!' || c == '?' {
			return i
		}
	}
	return -1
}

// dateLine reports whether s is a line holding only a date: maybe with a
// label ("Posted:"), a weekday, a time, or trailing taxonomy ("Categories:
// News"). Relative dates count, with a zero date.
func dateLine(s string, order dayOrder) (annals.Date, bool) {
	if len(s) > 200 {
		return annals.Date{}, false
	}
	return dateLineHold(&lineDates{s: s, order: order}, mayHoldDate(s))
}

// dateLineHold is dateLine on ld.s of at most 200 bytes, given
// mayHoldDate(ld.s): classify knows it is false for a line without
// digits. It reads the line's tokens from ld, which later probes share.
func dateLineHold(ld *lineDates, hold bool) (annals.Date, bool) {
	s, order := ld.s, ld.order
	// Both kinds of date are read from the same tokens, made once. Only
	// a line that holds a number that could belong to a date can hold a
	// printed date; only a short one can be a relative date.
	if len(s) > 60 && !hold {
		return annals.Date{}, false
	}
	// The end first: it is read without tokenizing.
	if !hold && !(mayEndRelativeDate(s) && mayStartRelativeDate(s)) {
		return annals.Date{}, false // most short lines: no need to tokenize
	}
	if len(s) > 60 {
		// Too long for a relative date: only a date opening the line,
		// after at most 4 label tokens, makes it a date line, and such a
		// date has a number within its first 6 tokens. So no more than
		// 10 words stand before the line's first digit.
		if i := indexDigit(s); i < 0 || wordCountUpTo(s[:i], 12) > 11 {
			return annals.Date{}, false
		}
	}
	n := 16
	if len(s) <= 80 && hold {
		n = 60
	}
	// A line too long for a relative or whole date is a date line only
	// by a date at its start, and the first 16 tokens tell; a relative
	// date needs no more.
	toks := ld.tokens(n)
	if len(s) <= 60 && isRelativeDateToks(toks[:min(len(toks), 16)]) {
		return annals.Date{}, true
	}
	if !hold {
		return annals.Date{}, false
	}
	trimmed := trimSpace(s) == s
	if !trimmed {
		// Lines come trimmed; anything else takes the long way.
		if m, ok := wholeDate(s, order); ok {
			return m.date, true
		}
	}
	// The date after the label, for the whole-date test and the test
	// below. skipDateLabel reads 4 tokens at most and matchDate at most
	// 11 past i, so the first 40 tokens, which wholeDateToks reads, give
	// the same.
	i := skipDateLabel(toks)
	if i >= len(toks) {
		return annals.Date{}, false
	}
	m, next, ok := matchDate(s, toks, i, order)
	if trimmed && s != "" && len(s) <= 80 && indexDigit(s) >= 0 {
		if m, ok := wholeDateAt(toks[:min(len(toks), 40)], i, m, next, ok); ok {
			return m.date, true
		}
	}
	if i > 4 || !ok {
		return annals.Date{}, false
	}
	if n < 60 {
		toks = ld.tokens(60)
	}
	// What follows must be metadata: "Key: value" pairs or a time.
	rest := toks[next:]
	for len(rest) > 0 && rest[0].kind == 'p' {
		rest = rest[1:]
	}
	if onlyTimeAfter(toks[next:]) {
		return m.date, true
	}
	if len(rest) >= 2 && rest[0].kind == 'w' && rest[1].kind == 'p' && rest[1].text == ":" {
		return m.date, true
	}
	if k := rubricAfter(toks[next:]); k >= 0 && onlyTimeAfter(toks[next:next+k]) {
		return m.date, true
	}
	return firstPublished(s, toks, next, order)
}

// publishedWords say when a story was first published, after the date
// it was updated.
var publishedWords = newWordSet("published", "publié", "publiée", "veröffentlicht", "publicado", "publicada", "pubblicato",
	"опубликовано", "udgivet", "publiceret", "gepubliceerd")

// firstPublished reads the date a line gives a story as first published
// after the date it was updated, toks[next:] being what follows that:
// "Updated March 8 2025 - 9:10am, first published March 7 2025 -
// 7:00pm". The story's date is its first.
func firstPublished(s string, toks []token, next int, order dayOrder) (annals.Date, bool) {
	for k := next; k < len(toks) && k < next+8; k++ {
		var buf [32]byte
		if toks[k].kind != 'w' || !publishedWords.hasBytes(appendLower(buf[:0], toks[k].text)) {
			continue
		}
		j := k
		if j > next && strings.EqualFold(toks[j-1].text, "first") {
			j--
		}
		if !onlyTimeAfter(toks[next:j]) {
			break
		}
		if m, end, ok := matchDate(s, toks, k+1, order); ok && !m.date.IsZero() && onlyTimeAfter(toks[end:]) {
			return m.date, true
		}
		break
	}
	return annals.Date{}, false
}

// rubricAfter finds the section a news list names after an entry's date
// and time: "20 Dec 2024, 16:25, Society", "12 March 2025, Politics". It
// gives the index of the comma before one to three capitalised words
// that end toks, or -1.
func rubricAfter(toks []token) int {
	c := -1
	for k := len(toks) - 1; k >= 0 && k >= len(toks)-4; k-- {
		if t := toks[k]; t.kind == 'p' {
			if t.text == "," {
				c = k
			}
			break
		} else if t.kind != 'w' || !isUpperStart(t.text) {
			return -1
		}
	}
	if c < 0 || c == len(toks)-1 {
		return -1
	}
	return c
}

// mayStartRelativeDate is a quick test that isRelativeDateToks can hold
// for the tokens of s: their first must be a short number, punctuation,
// or a word a relative or yearless date can start with.
func mayStartRelativeDate(s string) bool {
	var buf [1]token
	toks := appendTokens(buf[:0], s, 1)
	if len(toks) == 0 {
		return false
	}
	switch t := toks[0]; t.kind {
	case 'n':
		return len(t.text) <= 3
	case 'w':
		return relativeDateWord(t.text) || yearlessLabels.hasFold(t.text)
	}
	return true // punctuation: left to isRelativeDateToks
}

// mayEndRelativeDate is mayStartRelativeDate's test of a word on the
// last token of s, when that is a word of ASCII letters (a byte outside
// ASCII before them passes): every word of a relative or yearless date
// must pass it, and most short headlines end with one that does not.
func mayEndRelativeDate(s string) bool {
	if endsRelativeDate(s) {
		return true
	}
	// The section after a date: "11 Mar, 09:40, Business".
	c := strings.LastIndex(s, ", ")
	return c > 0 && len(s)-c <= 32 && isUpperStart(s[c+2:]) && endsRelativeDate(s[:c])
}

// endsRelativeDate is mayEndRelativeDate's test of the last word alone.
func endsRelativeDate(s string) bool {
	j := len(s)
	for j > 0 && isASCIILetter(s[j-1]) {
		j--
	}
	if j == len(s) || j > 0 && s[j-1] >= utf8.RuneSelf {
		return true // no such word: left to isRelativeDateToks
	}
	// An ASCII byte before the letters ends the token before them.
	return relativeEndWords.hasFold(s[j:])
}

// relativeEndWords are the words of relativeDateWord (relativeDateWords,
// weekdays and month names) and yearlessEnds in one set: most short
// lines end with a word mayEndRelativeDate looks up, and one lookup
// costs less than four. (Set with relativeDateWords.)
var relativeEndWords *wordSet

func isASCIILetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }

// relativeDateWord reports whether the word w can be in a relative date
// (isRelativeDateToks) or a yearless one (isYearlessDate).
func relativeDateWord(w string) bool {
	if relativeDateWords.hasFold(w) || isWeekday(w) {
		return true
	}
	_, _, ok := lookupMonth(w, false)
	return ok
}

// relativeDateWords are the words relativeDateWord takes but month
// names, in one set for one lookup: weekdays of more than three bytes,
// relativeMarkers and relativeWords, in that order. The words before
// relativeMarkersEnd, the weekdays and markers, make a run of relative
// words a date (isRelativeDateToks). Both are made with weekdays.
var (
	relativeDateWords  *wordSet
	relativeMarkersEnd int
)

func newRelativeDateWords() (*wordSet, int) {
	var ws []string
	for _, w := range weekdays.slots {
		if len(w) > 3 {
			ws = append(ws, w)
		}
	}
	for _, w := range relativeMarkers.slots {
		if w != "" {
			ws = append(ws, w)
		}
	}
	markersEnd := len(ws)
	for _, w := range relativeWords.slots {
		if w != "" {
			ws = append(ws, w)
		}
	}
	return newWordSet(ws...), markersEnd
}

// relativeWords make up relative dates in the languages we know.
var relativeWords = newWordSet(strings.Fields(`today yesterday ago just now last this updated posted hour hours minute minutes min mins
		second seconds day days week weeks month months year years h hr hrs d w m y an a one
		heute gestern vor stunden stunde minuten tagen tag wochen woche monaten jahr jahren
		hoy ayer hace horas hora minutos días dia día semanas semana meses mes años año este esta
		aujourd hui il y a heures heure jours jour semaines mois ans an ce cette
		i dag går siden timer time uger uge måneder år
		сегодня вчера назад час часа часов минут минуту минуты дней дня день недели недель неделю месяц месяца месяцев лет год года
		бүгін кеше бұрын сағат күн апта ай жыл
		сьогодні вчора позавчора тому годин годину години хвилин хвилину днів дні тижні тижнів
		dzisiaj dziś wczoraj temu godz godzin minut dni vandaag gisteren geleden uur dagen
		idag igår sedan timmar dagar dnes včera před hodinami dny bugün dün önce saat gün
		oggi ieri fa ore giorni settimane mesi anni há hoje ontem dias
		at am pm à alle um uhr kl às в publié publiée publicado publicada veröffentlicht aktualisiert mis modifié
		bugun kecha oldin soat daqiqa kun hari ini kemarin lalu jam menit yang detik minggu bulan tahun tänään eilen sitten tuntia tunti minuuttia päivää
		σήμερα χθες πριν ώρες ώρα λεπτά ημέρες आज कल पहले घंटे घंटा मिनट दिन 오늘 어제 전 시간 분 일 اليوم أمس منذ ساعة ساعات دقيقة دقائق يوم أيام
		azi acum ore minute zile
		pred hodinami hodinou minútami minútou dňami dňom týždňami mesiacmi rokmi
		prije pre пре sati sata minuta dana danas jučer juče danes včeraj urami uro dnevi данас јуче сати минута дана
		преди часа минути дни днес prieš valandas valandą minutes dienas šiandien vakar hores dies avui ahir
		duela ordu egun gaur atzo trước giờ phút ngày hôm nay qua órája perce napja tegnap ezelőtt
		timer dager 時間前 分前 日前 前
		updated posted published`)...)

// relativeMarkers make a run of relative words a date.
var relativeMarkers = newWordSet(strings.Fields(`ago назад hace vor siden fa бұрын today yesterday heute gestern hoy ayer
		сегодня вчера hier бүгін кеше oggi ieri hoje ontem há aujourd dag går сьогодні вчора позавчора тому
		dzisiaj dziś wczoraj temu vandaag gisteren geleden idag igår sedan dnes včera před bugün dün önce
		bugun kecha oldin kemarin lalu tänään eilen sitten σήμερα χθες πριν आज पहले 오늘 어제 전 اليوم أمس منذ azi acum
		pred prije pre пре danas jučer juče danes včeraj данас јуче преди днес prieš šiandien vakar avui ahir duela gaur atzo
		trước tegnap ezelőtt 時間前 分前 日前`)...)

// isRelativeDateToks reports whether a string of at most 60 bytes, given
// as its first 16 tokens, is a relative date: a bare weekday, "3 days
// ago", "Updated: 1 year 13 weeks ago", "вчера".
func isRelativeDateToks(toks []token) bool {
	if len(toks) == 0 || len(toks) > 12 {
		return false
	}
	if isYearlessDate(toks) {
		return true
	}
	if len(toks) == 2 && toks[0].kind == 'n' && len(toks[0].text) <= 2 && toks[1].kind == 'w' && !toks[1].space && ageUnits.has(toks[1].text) {
		return true // an aggregator's compact age: "3h", "2d"
	}
	marker := false
	for _, t := range toks {
		switch t.kind {
		case 'n':
			if len(t.text) > 3 {
				return false
			}
		case 'w':
			// A weekday or marker (before relativeMarkersEnd) makes the
			// run a date; another relative word may stand in it.
			switch k := relativeDateWords.indexFold(t.text); {
			case k < 0 && yearlessExtras.hasFold(t.text):
				// "asked 2 days ago": the post's label
			case k < 0:
				return false
			case k < relativeMarkersEnd:
				marker = true
			}
		case 'p':
			if !strings.ContainsAny(t.text, ":,.-'’") {
				return false
			}
		}
	}
	return marker
}

// catalogueHeading reads a catalogue's heading, an inverted name with
// the years its bearer lived or the roles they had in the work, or both:
// "Lidman, Sara, 1923-2004", "Ek, Lars, 1951-", "Brecher, Jeremy,
// author.", "Thompson, E. P. (Edward Palmer), 1924-1993". It returns the
// name as printed, with the fuller form of its initials.
func catalogueHeading(s string) (string, bool) {
	// Such a heading ends with a stop, a year, a dash or a relator term:
	// most lines end otherwise, and need no search for the commas.
	switch c := s[len(s)-1]; {
	case c == '.' || c >= '0' && c <= '9' || c == '-' || c == 0x93: // 0x93 ends '–'
	case relatorTerms.hasFold(s[strings.LastIndexByte(s, ' ')+1:]):
	default:
		return "", false
	}
	// A heading with neither ends with its stop: "McCartin, Joseph
	// Anthony.", "Linden, Marcel van der.".
	stopped := strings.HasSuffix(s, ".") && !strings.HasSuffix(s, "..")
	s = trimRightMarks(s, " .")
	end, tagged := len(s), false
	// The role after the name's stop, as Polish and Czech catalogues set
	// it: "Nowicki, Piotr. Autor", "Kowalczyk, Anna (1961- ). Autor".
	if k := strings.LastIndex(s, ". "); k > 0 && relatorTerms.hasFold(s[k+2:]) {
		s, stopped, tagged = s[:k], false, true
		if last := lastField(s); utf8.RuneCountInString(last) == 1 && isUpperStart(last) {
			s += "." // the initial's stop: "Baran, Krzysztof W. Autor"
		}
		if o := strings.LastIndex(s, " ("); o > 0 && strings.HasSuffix(s, ")") && strings.ContainsAny(s[o:], "-–") && isLifeYears(trimSpace(s[o+2:len(s)-1])) {
			s = s[:o] // the years of life in brackets
		}
		end = len(s)
	}
	for range 4 {
		c := lastIndexPair(s[:end], ',', ' ')
		if c <= 0 {
			break
		}
		// The dash tells life dates from a year of publication.
		part := s[c+2 : end]
		if !((strings.IndexByte(part, '-') >= 0 || strings.Contains(part, "–")) && isLifeYears(part) || relatorTerms.has(part) || tagged && honorifics.has(part)) {
			break
		}
		end, tagged = c, true
	}
	name := dropBracketed(s[:end])
	if !isInvertedName(name) {
		return "", false
	}
	sur, given, _ := strings.Cut(name, ", ")
	if !givenNames(given) {
		return "", false // "Work, Society and Politics, 1880-1914": a title
	}
	if !tagged && (!stopped || !isNameWord(sur) || isInitial(given)) {
		return "", false
	}
	if last := lastField(s[:end]); end == len(s) && stopped && utf8.RuneCountInString(last) == 1 && isUpperStart(last) {
		return s + ".", true // the stop is the initial's: "Ferreira, Luciana M."
	}
	return s[:end], true
}

// honorifics may stand in a heading between the name and the years:
// "Smith, Hubert Llewellyn, Sir, 1864-1945".
var honorifics = newWordSet("Sir", "Dame", "Lord", "Lady", "Jr.", "Jr", "Sr.", "Rev.", "Baron", "Baroness", "Count", "Countess")

// catalogueHeadings reads headings for several people, each closed by its
// stop and set apart by semicolons.
func catalogueHeadings(s string) ([]string, bool) {
	var names []string
	for part := range strings.SplitSeq(s, "; ") {
		part = trimSpace(part)
		if part == "" {
			continue
		}
		if !strings.HasSuffix(part, ".") {
			part += "."
		}
		name, ok := catalogueHeading(part)
		if !ok {
			return nil, false
		}
		names = append(names, name)
	}
	return names, len(names) >= 2
}

// relatorTerms name the part a person had in a work, as catalogues print
// them after the name in a heading.
var relatorTerms = newWordSet("author", "editor", "compiler", "translator", "illustrator", "photographer",
	"director", "producer", "film director", "film producer", "television director", "television producer",
	"narrator", "contributor", "interviewer", "interviewee", "speaker", "performer", "composer", "creator",
	"author of introduction", "writer of introduction", "writer of foreword", "writer of preface",
	"editor of compilation", "honoree", "honouree", "cartographer", "artist", "joint author",
	"ed", "eds", "comp", "trans", "ill", "herausgeber", "verfasser", "hrsg", "автор", "редактор", "составитель",
	"autor", "autorka", "redaktor", "redaktorka", "autore", "auteur", "tłumacz", "překladatel")

// relativeLead reads a relative date leading a snippet across a dash,
// as search results print it ("3 days ago — How a seven-month dispute…"),
// and returns the snippet: the date is no date, but neither is it text.
func relativeLead(s string) (string, bool) {
	at, sep := firstOf(headOf(s, 40), spacedDashes)
	if at <= 0 {
		return "", false
	}
	pre, rest := s[:at], trimSpace(s[at+len(sep):])
	if wordCountUpTo(rest, 4) < 4 || !mayStartRelativeDate(pre) || !mayEndRelativeDate(pre) {
		return "", false
	}
	var buf [16]token
	toks := appendTokens(buf[:0], pre, 16)
	if len(toks) > 6 || !isRelativeDateToks(toks) {
		return "", false
	}
	return rest, true
}

// capRatio is the share of words that start with a capital letter.
func capRatio(s string) float64 {
	caps, n := 0, 0
	for i := 0; ; {
		a, b := nextField(s, i)
		if a == len(s) {
			break
		}
		n++
		if isUpper(firstRune(s[a:b])) {
			caps++
		}
		i = b
	}
	if n == 0 {
		return 0
	}
	return float64(caps) / float64(n)
}

// isTitleCaseWord reports whether w starts with an upper-case letter.
func isTitleCaseWord(w string) bool { return isUpper(firstRune(w)) }

// hasFieldSep reports whether s holds a separator fieldedMeta splits at
// (fieldSeps or weakFieldSeps): one pass over the spaces, trying only
// the separators that continue with the byte after each.
func hasFieldSep(s string) bool {
	i := 0
	for ; i <= len(s)-9; i += 8 {
		// Eight bytes at once: only a space followed by a separator's
		// second byte ('|', '/', '-', or the lead byte of '·' or of the
		// others) is tried; most spaces are followed by letters.
		x, y := load64(s[i:]), load64(s[i+1:])
		m := zeroBytes(x^' '*lowBits) & (zeroBytes(y^'|'*lowBits) | zeroBytes(y^'/'*lowBits) |
			zeroBytes(y^'-'*lowBits) | zeroBytes(y^0xC2*lowBits) | zeroBytes(y^0xE2*lowBits))
		for ; m != 0; m &= m - 1 {
			if fieldSepAt(s, i+bits.TrailingZeros64(m)/8) {
				return true
			}
		}
	}
	for ; i+2 < len(s); i++ {
		if fieldSepAt(s, i) {
			return true
		}
	}
	return false
}

// fieldSepAt reports whether a separator of fieldSepsAfter starts at
// s[i], which is followed by at least two bytes.
func fieldSepAt(s string, i int) bool {
	if s[i] != ' ' {
		return false
	}
	for _, sep := range fieldSepsAfter[s[i+1]] {
		if strings.HasPrefix(s[i:], sep) {
			return true
		}
	}
	return false
}

// fieldSepsAfter indexes the field separators by their second byte.
var fieldSepsAfter = func() (idx [256][]string) {
	for _, seps := range [][]string{fieldSeps, weakFieldSeps} {
		for _, sep := range seps {
			switch sep[1] {
			case '|', '/', '-', 0xC2, 0xE2: // the bytes hasFieldSep looks for
			default:
				panic("listing: hasFieldSep does not look for the second byte of " + strconv.Quote(sep))
			}
			idx[sep[1]] = append(idx[sep[1]], sep)
		}
	}
	return idx
}()

// isYearlessDate reports a day and month printed without a year ("MAY
// 14", "14. Mai", "Apr 30", "Thursday 18 November at 7:21PM", "asked
// Mar 5 at 10:00"): a date, whose year only the page or the time it was
// copied can tell (yearlessDates).
func isYearlessDate(toks []token) bool {
	_, ok := yearlessMonthDay(toks)
	return ok
}

// yearlessMonthDay reads the day and month of a date printed without its
// year: a month name and a day, with perhaps a weekday, a time of day and
// the word a post's date is labelled with.
func yearlessMonthDay(toks []token) (monthDay, bool) {
	var md monthDay
	for k, t := range toks {
		switch t.kind {
		case 'n':
			switch {
			case len(t.text) > 2:
				return md, false // a year, or no date
			case k+1 < len(toks) && toks[k+1].text == ":" || k > 0 && toks[k-1].text == ":":
				// The hour or the minutes of a time: "at 7:21PM".
			case md.day != 0 || atoi(t.text) < 1 || atoi(t.text) > 31:
				return md, false
			default:
				md.day = uint8(atoi(t.text))
			}
		case 'w':
			if m, _, ok := lookupMonth(t.text, false); ok && md.month == 0 {
				if k > 0 && ageUnits.hasFold(toks[k-1].text) {
					return md, false // "2h ago", where "ago" is no agosto
				}
				md.month = uint8(m)
				continue
			}
			if isWeekday(t.text) {
				if wd, ok := weekdayOf(t.text); ok {
					md.weekday = uint8(wd) + 1
				}
				continue
			}
			if !yearlessExtras.hasFold(t.text) {
				// "12 мар, 14:05, Общество": the section after the date.
				if md.month != 0 && md.day != 0 && k > 0 && rubricAfter(toks[k-1:]) == 0 {
					return md, true
				}
				return md, false
			}
		case 'p':
			// "March 15 @ 12:00 pm - 2:00 pm": an events calendar sets
			// "@" for "at".
			if !strings.ContainsAny(t.text, ".,:·•|-@") {
				return md, false
			}
		default:
			return md, false
		}
	}
	return md, md.month != 0 && md.day != 0
}

// yearlessLabels open a post's year-less date ("asked Mar 5 at 10:00"),
// and yearlessEnds close one ("18 November at 7:21PM", "… 7:42 AM
// EST"): the quick tests of a line's first and last words ask them.
// yearlessExtras are all the words such a date may stand with: those,
// and the word before its time.
var (
	yearlessLabelWords = []string{"asked", "answered", "modified", "edited", "posted", "published", "updated"}
	yearlessEndWords   = []string{"am", "pm", "a.m", "p.m", "uhr", "h", "est", "edt", "cst", "cdt", "pst", "pdt", "gmt", "utc",
		"bst", "cet", "cest", "ist"}
	yearlessLabels = newWordSet(yearlessLabelWords...)
	yearlessEnds   = newWordSet(yearlessEndWords...)
	yearlessExtras = newWordSet(append(append([]string{"at", "um", "à", "alle", "om", "às", "kl", "klo"},
		yearlessLabelWords...), yearlessEndWords...)...)
)

// ageUnits close a compact age, "3h", "45m", "2d".
var ageUnits = newWordSet("h", "m", "d", "w", "min", "mins", "hr", "hrs")

// spacedNumericDate reports a line that opens with a date such as
// "5. 5. 2024", whose first number is no list number.
func spacedNumericDate(s string) bool {
	m, ok := firstDate(headOf(s, 16), orderDayFirst)
	return ok && m.start == 0
}

// sourceLine reads a line that only names the entry's outlet: "Source:
// Reuters", "Fuentes: Rebelión".
func sourceLine(s string) (string, bool) {
	if len(s) > 80 || strings.IndexByte(s, ':') < 0 {
		return "", false
	}
	if rest, ok := cutSourceLabel(s); ok {
		return sourceAfterLabel(rest)
	}
	return "", false
}

// sourceAfterLabel reads the outlet a source line names after its label:
// a name of six words at most, no sentence.
func sourceAfterLabel(rest string) (string, bool) {
	src := trimSpace(trimRightMarks(rest, ". "))
	return src, src != "" && wordCountUpTo(src, 7) <= 6 && !strings.ContainsAny(src, "!?")
}

// reprintPhrases open a line that names where a story ran first, which
// is its source: "Reprinted from Labor Notes".
var reprintPhrases = []string{"reprinted from ", "republished from ", "originally published in ", "originally published by ",
	"originally appeared in ", "this article first appeared in ", "this story first appeared in ", "cross-posted from "}

// reprintLine reads a line that names where the story ran first.
func reprintLine(s string) (string, bool) {
	for _, p := range reprintPhrases {
		if len(s) > len(p) && hasPrefixFoldASCII(s, p) {
			src, ok := sourceAfterLabel(s[len(p):])
			return src, ok && isUpperStart(src)
		}
	}
	return "", false
}

// cutTrailingDate cuts a date printed after a name and a separator:
// "Evrensel | 11.03.2025", "Reuters, 4 March 2025".
func cutTrailingDate(s string, order dayOrder) (string, dateMatch, bool) {
	if indexDigit(s) < 0 {
		return s, dateMatch{}, false
	}
	for _, sep := range []string{" | ", " · ", " – ", " — ", " - ", ", "} {
		if i := strings.LastIndex(s, sep); i > 0 {
			if m, ok := wholeDate(s[i+len(sep):], order); ok {
				// A name may hold a digit ("T24"), not a number alone.
				if name := trimSpace(s[:i]); name != "" && !isDigits(name) && wordCountUpTo(name, 7) <= 6 {
					return name, m, true
				}
			}
		}
	}
	return s, dateMatch{}, false
}

// actionBar reports a row of links and counters under an entry: four or
// more fields between bars, most of them one or two words, none a
// sentence ("412 points by user 7 hours ago | hide | past | 318
// comments").
func actionBar(s string) bool {
	fields := strings.Split(s, " | ")
	if len(fields) < 4 {
		return false
	}
	short := 0
	for _, f := range fields {
		n := wordCountUpTo(f, 9)
		if n == 0 || n > 8 || strings.ContainsAny(f, ".!?") && n > 2 {
			return false
		}
		if n <= 2 {
			short++
		}
	}
	return short*2 > len(fields)
}

// editorsLine reads names followed by a bracketed editors' mark,
// "(Hg.)", "(eds.)", alone on a line. The marks after a comma (", eds")
// are left out: they close a reference's names, before its title.
func editorsLine(s string) ([]string, bool) {
	for _, m := range editorMarks {
		if names, ok := strings.CutSuffix(s, m); ok && m[1] == '(' {
			return nameListAuthors(names)
		}
	}
	return nil, false
}

// nameWithParty reads a speaker's name with the seat or party they speak
// for in brackets: "Alan Whitworth (Blyth and Ashington, Labour)",
// "Baroness Harkness (Labour)". What is bracketed is capitalised names,
// not a note ("Joe Hill (song)").
func nameWithParty(s string) (string, bool) {
	i := strings.LastIndex(s, " (")
	if i <= 0 || strings.IndexByte(s[:i], '(') >= 0 {
		return "", false
	}
	name, inner := s[:i], s[i+2:len(s)-1]
	if n := wordCountUpTo(name, 5); n < 2 || n > 4 || !looksLikeName(name) || institutionName(name) {
		return "", false
	}
	n := 0
	for w := range strings.FieldsSeq(inner) {
		w = strings.TrimRight(w, ",;")
		if n++; n > 8 || !isUpperStart(w) && !orgJoinWords.has(w) {
			return "", false
		}
	}
	return name, n > 0
}

// ideographicParts reads a line of a Japanese or Chinese table of
// contents, whose parts the ideographic space sets apart: the title, then
// its authors (each family and given name parted by a space), then links
// to the article's files: "国鉄労働運動の形成　田中 美和　[PDF]". A label
// before the names ("評者：", the reviewer) is left out.
func ideographicParts(parts []string) (title string, names []string, ok bool) {
	n := len(parts)
	for len(parts) > 1 && fileLink(parts[len(parts)-1]) {
		parts = parts[:len(parts)-1]
	}
	if len(parts) == 1 && n > 1 {
		return parts[0], nil, true // the title and its files
	}
	if len(parts) != 2 {
		return "", nil, false
	}
	who := parts[1]
	if i := strings.Index(who, "："); i > 0 && utf8.RuneCountInString(who[:i]) <= 4 {
		who = trimSpace(who[i+len("："):])
	}
	for n := range strings.FieldsFuncSeq(who, func(r rune) bool { return r == '・' || r == '、' || r == ',' }) {
		n = trimSpace(n)
		if !cjkName(n) {
			return "", nil, false
		}
		names = append(names, n)
	}
	return parts[0], names, len(names) > 0
}

// fileLink reports a bracketed link to an article's file: "[PDF]",
// "［HTML］", "(PDF)".
func fileLink(p string) bool {
	p = trimMarks(p, "[]［］()（） ")
	return len(p) <= 8 && p != "" && allUpper(p)
}

// cjkName reports a person's name written in Han or kana: two to eight
// characters, the family and given names parted by at most one space.
func cjkName(s string) bool {
	n, spaces := 0, 0
	for _, r := range s {
		switch {
		case r == ' ':
			spaces++
		case unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r):
			n++
		default:
			return false
		}
	}
	return n >= 2 && n <= 8 && spaces <= 1
}
