package listing

import (
	"bytes"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/labor-annals/annals"
)

// lead is what a byline, a source-and-date lead or a citation says.
type lead struct {
	relative bool // a relative date was printed
	// monthDay is a date printed without its year ("Laura Benedek •
	// Nov. 17"), which yearlessDates may date.
	monthDay monthDay
	title    string
	authors  []string
	source   string
	date     annals.Date
	dated    bool
	rest     string // the text after the lead
}

// bylineText returns the text after a by-word at the start of s, or glued
// after a short label ("SZ PlusVon Björn Finke").
func bylineText(s string) (string, bool) {
	if rest, ok := cutByWord(s); ok {
		return rest, true
	}
	// A by-word after a label of the kind of piece: "Ein Interview von
	// X", "Interview by X", "Une analyse de X".
	if rest, ok := labelledByline(s); ok {
		return rest, true
	}
	if s != "" && s[len(s)-1] >= 0x80 {
		if names, ok := reporterTitled(s); ok {
			return names, true
		}
	}
	// A by-word glued to a short label: a lower-case letter followed
	// directly by a capitalised by-word. Most heads hold no capital
	// that starts one.
	if !gluedByWordCapital(s[:min(len(s), 24)]) {
		return "", false
	}
	for _, w := range gluedByWords {
		// Only the head of s can hold the by-word: search just that.
		if i := strings.Index(s[:min(len(s), 23+len(w))], w); i > 0 && i < 24 {
			prev, _ := utf8.DecodeLastRuneInString(s[:i])
			if isLower(prev) {
				return s[i+len(w):], true
			}
		}
	}
	return "", false
}

// reporterTitled reads a Korean byline, where the reporter's title
// follows each name ("김민수 기자", "이정훈 기자, 최서연 기자", "한승희
// 사회부 기자", with the desk): the names, without titles or desk.
func reporterTitled(s string) (string, bool) {
	// The last title ends the line, and every title ends in 자 or 원:
	// the many lines that end in another letter need not be split
	// (fast_test checks).
	if t := strings.TrimRightFunc(s, unicode.IsSpace); !strings.HasSuffix(t, "자") && !strings.HasSuffix(t, "원") {
		return "", false
	}
	return reporterNames(s)
}

// reporterNames is reporterTitled's reading of the names, for any line.
func reporterNames(s string) (string, bool) {
	if len(s) > 80 {
		return "", false
	}
	var names []string
	for part := range strings.SplitSeq(s, ",") {
		ws := strings.Fields(part)
		if len(ws) < 2 || len(ws) > 3 || !reporterTitles.has(ws[len(ws)-1]) {
			return "", false
		}
		names = append(names, ws[0])
	}
	// Semicolons part the names as they stand: a comma between two
	// one-word names would read as a name and a place.
	return strings.Join(names, "; "), true
}

// reporterTitles follow a reporter's name in a Korean byline.
var reporterTitles = newWordSet("기자", "특파원", "선임기자", "기상전문기자", "논설위원", "객원기자")

// gluedByWords are the by-words bylineText finds glued to a label.
var gluedByWords = []string{"Von ", "By ", "Par ", "Por ", "Af ", "Door "}

// gluedByWordCapital reports whether some byte of head after its first
// is the first letter of one of gluedByWords, as a glued by-word's is.
func gluedByWordCapital(head string) bool {
	// A plain loop over a table: the head is short, and in title case
	// has capitals enough that skipping to each costs more.
	for i := 1; i < len(head); i++ {
		if gluedByWordFirst[head[i]] {
			return true
		}
	}
	return false
}

// gluedByWordFirst marks the first letters of gluedByWords.
var gluedByWordFirst = func() (t [256]bool) {
	for _, w := range gluedByWords {
		t[w[0]] = true
	}
	return t
}()

// labelsOrArticles are labelWords and pieceArticles, for one lookup.
var labelsOrArticles = unionOf(labelWords, pieceArticles)

// pieceArticles may open a label of the kind of piece.
var pieceArticles = newWordSet("a", "an", "ein", "eine", "un", "une",
	"una", "uno", "en", "et", "um", "uma")

// labelledByline reads "Ein Interview von Name": one to three words
// naming the kind of piece (an article, then label words only), a
// by-word, and a list of names.
func labelledByline(s string) (string, bool) {
	if len(s) > 120 {
		return "", false
	}
	// The first word is a label or an article: look at it before
	// splitting the line.
	a, b := nextField(s, 0)
	if !labelsOrArticles.hasFold(s[a:b]) {
		return "", false
	}
	// The first words, as strings.Fields has them, in a buffer: the
	// loop reads three, and needs a fourth to be there.
	var wbuf [4]string
	ws := appendFields(wbuf[:0], s, len(wbuf))
	for i := 1; i < len(ws) && i <= 3; i++ {
		if w := ws[i-1]; !labelWords.hasFold(w) {
			if i == 1 && pieceArticles.hasFold(w) {
				continue
			}
			return "", false
		}
		// The words from the i-th on, joined by single spaces.
		after := strings.Join(strings.Fields(s[fieldsEnd(s, i):]), " ")
		r, ok := cutByWord(after + " ")
		if r = trimSpace(r); ok && looksLikeNameList(r) {
			return r, true
		}
	}
	return "", false
}

// fieldsEnd returns where the first n fields of s, as strings.Fields
// splits it, end.
func fieldsEnd(s string, n int) int {
	end := 0
	for ; n > 0; n-- {
		_, end = nextField(s, end)
	}
	return end
}

// withAgencies splits a name credited together with a wire agency,
// "Tiago Moreira with Reuters", into the writer and the agency: both are
// authors.
func withAgencies(authors []string) []string {
	for k := 0; k < len(authors); k++ {
		a := authors[k]
		i := strings.Index(a, " with ")
		if i <= 0 || !newsAgencies.hasFold(a[i+6:]) {
			continue
		}
		out := append(append(append([]string{}, authors[:k]...), a[:i], a[i+6:]), authors[k+1:]...)
		authors = out
		k++
	}
	return authors
}

// parseByline reads the text after a by-word: names, then maybe a source,
// a date and descriptive text. "Kris LaGrange | on Oct 08, 2021";
// "Bill Doares, Workers World, 12 December 1996. President …".
func parseByline(s string, order dayOrder) (lead, bool) {
	var b lead
	s = unglueTailDate(trimSpace(s), order)
	head, tail := s, ""
	// "Name | on DATE | Section"
	if i := strings.Index(s, "|"); i > 0 {
		head, tail = trimSpace(s[:i]), s[i+1:]
	}
	names, post := head, ""
	if d, ok := firstDateN(head, order, 300); ok && wordCountUpTo(head[:d.start], 15) <= 14 {
		names, post = head[:d.start], head[d.end:]
		b.date, b.dated = d.date, true
	} else if tail == "" {
		// No date: the names end at the first sentence break.
		if i := sentenceEnd(head); i > 0 {
			names, post = head[:i], head[i:]
		}
	}
	if tail != "" && !b.dated {
		if d, ok := firstDateN(tail, order, 200); ok {
			b.date, b.dated = d.date, true
		}
	}

	// "Post by Name » 14 Mar 2019": a forum sets the name apart by a
	// guillemet.
	names = cutClockTail(trimMarks(names, " ,;:(-–—|»"))
	// "Reviewed by Name (University) Published on H-Labor (May, 2025)":
	// the outlet follows a published-word; affiliations are in brackets.
	if before, outlet, ok := cutPublishedOn(names); ok {
		if b.source == "" {
			b.source = trimMarks(outlet, " ,;:(")
		}
		names = before
	}
	if strings.IndexByte(names, '(') > 0 {
		names = dropBracketed(names)
	}
	names = trimLeadWords(trimMarks(names, " ,;:(-–—|"), false)
	if strings.Contains(names, " / ") || strings.Contains(names, " @") || strings.Contains(names, " - ") || strings.Contains(names, " – ") || strings.Contains(names, " — ") {
		var outlet string
		if names, outlet = cutNameTails(names); outlet != "" && b.source == "" {
			b.source = outlet
		}
	}
	// "by the Mine Safety and Health Administration": an agency's name
	// without its article.
	if rest, ok := strings.CutPrefix(names, "the "); ok && isUpperStart(rest) {
		names = rest
	}
	// "By X in Business on 12 March 2025": the section (or a dateline's
	// city) after "in" is no part of the name.
	if i := strings.LastIndex(names, " in "); i > 0 && isUpperStart(names[i+4:]) && wordCountUpTo(names[i+4:], 4) <= 3 {
		names = names[:i]
	}
	names = cutGluedOutlet(names)
	if strings.Contains(names, "; ") {
		if inverted := invertedNameList(names); len(inverted) >= 2 {
			// "Hallett, Anne; Ortega, Ramon J": a catalogue's creators.
			b.authors = inverted
			return b, true
		}
	}
	var room [8]string // most bylines' parts, on the stack
	parts := appendCommaParts(room[:0], names)
	if len(parts) == 0 {
		return b, false
	}
	// "A, B and C" is a list of names; "A, Publication" is a name and a
	// source.
	last := parts[len(parts)-1]
	// Without a date, "A, B" of two names is a book's co-authors: a
	// news byline names its outlet beside a date.
	if len(parts) >= 2 && (hasConj(last) || !b.dated && tail == "" && post == "") && allNames(parts) && !isAffiliation(parts[1:]) {
		b.authors = SplitAuthors(names)
	} else if len(parts) == 1 && orgLike(names) {
		// "Mine Safety and Health Administration": one agency, whose
		// "and" joins no two names.
		b.authors = []string{names}
	} else {
		b.authors = SplitAuthors(parts[0])
		if len(parts) > 1 && !isAffiliation(parts[1:]) {
			b.source = trimLeadWords(strings.Join(parts[1:], ", "), true)
		}
	}
	b.authors = withAgencies(b.authors)
	for _, a := range b.authors {
		// A by-word, a short name and a date make a byline even when the
		// name is a desk in lower case ("Par la rédaction, le 28 février").
		if !plausibleAuthor(a) && !(b.dated && len(b.authors) == 1 && wordCountUpTo(a, 4) <= 3 && !strings.ContainsAny(a, ".!?:")) {
			return b, false
		}
	}
	post = trimLeftMarks(post, " .,;:)–—-")
	if post != "" && indexDigit(post[:min(len(post), 12)]) >= 0 {
		post = cutLeadingTime(post)
	}
	if post != "" && wordCountUpTo(post, 9) <= 8 && isLower(firstRune(post)) && !strings.Contains(post, ". ") {
		// "… July 09, 2025 @09:00PM from the back-to-the-booth dept.":
		// a fragment in lower case finishing the byline is no teaser.
		post = ""
	}
	b.rest, b.source = fromSentence(post, b.source)
	return b, len(b.authors) > 0
}

// cutNameTails cuts what follows a byline's names after " / " or " - ":
// the writer's handle and post, which go, and the outlet, which is kept
// ("Marianne Reyes - Reporter / @mreyesINQ", "KARL DELA CRUZ /
// Bulatlat", "Rolando Dizon - Inquirer Mindanao / @InqMindanao").
func cutNameTails(s string) (names, outlet string) {
	var room [6]string
	parts := splitFieldsAt(room[:0], s, weakFieldSeps)
	if len(parts) < 2 || !plausibleAuthor(parts[0]) && !strings.Contains(parts[0], " and ") && !strings.Contains(parts[0], ", ") {
		return s, ""
	}
	for _, p := range parts[1:] {
		switch {
		case strings.HasPrefix(p, "@") || isAffiliation([]string{p}) && wordCountUpTo(p, 4) <= 3 || roleLine(p):
			// "@MLacsonINQ", "Reporter", "Senior Correspondent"
		case outlet == "" && isUpperStart(p) && wordCountUpTo(p, 5) <= 4 && indexDigit(p) < 0:
			outlet = p
		default:
			return s, ""
		}
	}
	return parts[0], outlet
}

// isAffiliation reports whether the parts after a byline's names say
// where or as what the author works ("Senior Analyst, Central Asia"),
// which is no publication.
func isAffiliation(parts []string) bool {
	for _, p := range parts {
		for w := range strings.FieldsSeq(p) {
			if affiliationWords.hasFold(trimMarks(w, ".,;:()")) {
				return true
			}
		}
	}
	return false
}

// cutPublishedOn cuts s around " Published on " or " Published in ":
// the names before, the outlet after.
func cutPublishedOn(s string) (before, outlet string, ok bool) {
	for _, sep := range []string{" Published on ", " Published in ", " published on ", " published in "} {
		if i := strings.Index(s, sep); i > 0 {
			return s[:i], s[i+len(sep):], true
		}
	}
	return s, "", false
}

// fromSentence takes a leading "From PUBLICATION." attribution off text
// as the source, when no source is known yet.
func fromSentence(s, source string) (string, string) {
	if source != "" {
		return s, source
	}
	n := 0
	if strings.HasPrefix(s, "From ") {
		n = len("From ")
	} else if rest, ok := cutSourceLabel(s); ok {
		n = len(s) - len(rest)
	}
	if n > 0 {
		if i := sentenceEnd(s); i > n && wordCountUpTo(s[:i], 11) <= 10 {
			return trimLeftMarks(s[i:], " ."), trimLeadWords(s[n:i], true)
		}
	}
	return s, source
}

// sourceLabels are the words that, with a colon, open what names where
// an entry comes from, on a line of their own ("Fuentes: Rebelión") or
// before a teaser ("Source: Reuters. The union said…").
var sourceLabels = []string{"source", "sources", "fuente", "fuentes", "quelle", "quellen", "источник", "дереккөз", "kilde",
	"fonte", "bron", "källa", "źródło", "lähde", "джерело", "sumber", "sursa", "πηγή", "zdroj", "forrás", "kaynak",
	"nguồn", "izvor", "vir", "avots", "šaltinis", "allikas", "المصدر", "مصدر", "منبع", "מקור", "出典", "来源", "來源", "출처", "स्रोत"}

// cutSourceLabel cuts a source label and its colon off the start of s:
// "Source: Reuters", "Source : AFP" and "المصدر : الجزيرة" spaced as
// French and Arabic set a colon, "来源：新华社" with a full-width one.
func cutSourceLabel(s string) (string, bool) {
	for _, l := range sourceLabelIndex[lowerFirstByte(s)] {
		if len(s) <= len(l) || !hasPrefixFold(s, l) {
			continue
		}
		rest := s[len(l):]
		if r, ok := strings.CutPrefix(rest, "："); ok {
			return trimSpace(r), true
		}
		rest = strings.TrimPrefix(rest, " ")
		if r, ok := strings.CutPrefix(rest, ": "); ok {
			return trimSpace(r), true
		}
	}
	return s, false
}

// sourceLabelIndex is sourceLabels by first byte: only those with the
// first byte of a line lower-cased can open it.
var sourceLabelIndex = indexWords(sourceLabels)

// sentenceEnd returns the index of the first ". " that ends a sentence
// (not an initial such as "J."), or -1.
func sentenceEnd(s string) int {
	for i := 1; i+1 < len(s) && i < 400; i++ {
		if s[i] == '.' && s[i+1] == ' ' {
			prev, n := utf8.DecodeLastRuneInString(s[:i])
			if isUpper(prev) && (i-n == 0 || s[i-n-1] == ' ') {
				continue
			}
			if w := s[strings.LastIndexByte(s[:i], ' ')+1 : i]; givenNameAbbrevs.has(w) {
				continue // "Wm. P. Roberts"
			}
			return i
		}
	}
	return -1
}

// givenNameAbbrevs are the short forms of given names that old title
// pages and catalogues print with a stop: "Wm. P. Roberts".
var givenNameAbbrevs = newWordSet("Wm", "Chas", "Thos", "Jas", "Geo", "Jno", "Robt", "Edw", "Benj", "Saml", "Richd", "Alex", "Fredk", "Hy")

// trimLeadWords drops leading prepositions and articles ("on the Labour
// Chronicle" → "Labour Chronicle") when source is set, and trailing ones
// ("Name, on") always.
func trimLeadWords(s string, source bool) string {
	s = trimSpace(s)
	for _, w := range []string{" on", " le", " am", " el", " den", " published", " posted"} {
		s = strings.TrimSuffix(s, w)
	}
	if source {
		for changed := true; changed; {
			changed = false
			for _, w := range []string{"on ", "in ", "the ", "from ", "for ", "at ", "published by ", "via "} {
				if len(s) > len(w) && strings.EqualFold(s[:len(w)], w) {
					s = s[len(w):]
					changed = true
				}
			}
		}
	}
	return trimMarks(s, " ,;:")
}

func splitComma(s string) []string { return appendCommaParts(nil, s) }

// appendCommaParts appends the parts splitComma makes of s to dst.
func appendCommaParts(dst []string, s string) []string {
	// The parts strings.Split(s, ",") would make, without its slice.
	for rest, more := s, true; more; {
		var p string
		p, rest, more = strings.Cut(rest, ",")
		if p = trimSpace(p); p != "" {
			dst = append(dst, p)
		}
	}
	return dst
}

func hasConj(s string) bool {
	for _, c := range conjunctions {
		if strings.Contains(s, c) {
			return true
		}
	}
	return false
}

func allNames(parts []string) bool {
	for _, p := range parts {
		if !partIsNames(p) {
			return false
		}
	}
	return true
}

// cutLeadConj cuts the conjunction opening the last of "A, B, and C"
// ("and C"), and reports whether there was one.
func cutLeadConj(p string) (string, bool) {
	for _, w := range conjunctions {
		if rest, ok := strings.CutPrefix(p, w[1:]); ok && rest != "" {
			return rest, true
		}
	}
	return p, false
}

// partIsNames reports whether every name splitConj makes of p looks like
// one.
func partIsNames(p string) bool {
	p, _ = cutLeadConj(p)
	// The first of those names starts where p does, unless p starts
	// with a space, and a name starts with a capital: a part that does
	// not needs no search for conjunctions.
	if r := firstRune(p); !isSpaceRune(r) && !isUpper(r) {
		return false
	}
	return namesLead(p) && conjParts(p, looksLikeName)
}

// namesLead is a quick test that conjParts(p, looksLikeName) can hold,
// before the search for conjunctions through all of p: the first name
// it tests holds the words before p's first conjunction, and so must
// they all be name words, five at most (the words of a sentence fail
// at once).
func namesLead(p string) bool {
	for i, n := 0, 0; ; n++ {
		a, b := nextField(p, i)
		if a == len(p) || conjunctionWords.has(p[a:b]) {
			return true
		}
		if n == 5 || !isNameWord(p[a:b]) {
			return false
		}
		i = b
	}
}

// plausibleAuthor accepts a personal name, an organisation or desk of a
// few capitalised words, or a user name.
func plausibleAuthor(a string) bool {
	if a == "" || runesOver(a, 60) {
		return false
	}
	var wb [7]string // enough to tell 6 words from more, on the stack
	ws := appendFields(wb[:0], a, 7)
	if len(ws) > 6 {
		return false
	}
	if len(ws) == 1 {
		return !strings.ContainsAny(a, ".!?")
	}
	if !isUpper(firstRune(ws[0])) {
		return false
	}
	lower := 0
	for _, w := range ws[1:] {
		if !isUpper(firstRune(w)) && !nameParticles.has(w) {
			lower++
		}
	}
	return lower <= 1 && !strings.ContainsAny(a, "!?:")
}

// firstDateN is firstDate on the first n bytes of s.
func firstDateN(s string, order dayOrder, n int) (dateMatch, bool) {
	return firstDate(headOf(s, n), order)
}

// prepositions that may stand before a date without being a source.
var leadStop = newWordSet("on", "in", "at", "since", "from", "until",
	"le", "el", "am", "den", "в", "с", "by", "de", "du")

// metaLead reads a line that starts with a date, or a short source and a
// date, followed by text: "8 August 1998. After …", "Workers' World,
// 6 November 1997. Thousands …", "7th September 2010 - In response …".
func metaLead(ld *lineDates) (lead, bool) {
	if !mayLead(ld.s) {
		return lead{}, false
	}
	d, ok := ld.firstIn(120)
	if !ok {
		return lead{}, false
	}
	return leadAround(ld.s, d)
}

// mayLead is a quick test that metaLead can find a lead in s. The date
// opens the line (after spaces and brackets) or follows a source of at
// most 6 words and a comma, and its first number is at most 6 tokens in.
// So before the line's first digit stand at most 12 words that are not
// just commas and brackets, and at most 6 without a comma (the source
// then holds that digit). A line with more has no lead, and needs no
// date scan.
func mayLead(s string) bool {
	head := headOf(s, 120)
	i := indexDigit(head)
	if i < 0 {
		return false
	}
	pre := head[:i]
	comma := strings.IndexByte(pre, ',') >= 0
	var n int // the test looks no further than 14
	if !comma && strings.IndexByte(pre, '(') < 0 {
		n = wordCountUpTo(pre, 14) // every word is solid, and counted faster
	} else {
		n = solidWordsUpTo(pre, 14)
	}
	return n <= 13 && (n <= 7 || comma)
}

// leadAround reads the lead of s around d, the first date in its first
// 120 bytes.
func leadAround(s string, d dateMatch) (lead, bool) {
	var m lead
	pre := trimRightMarks(s[:d.start], " (")
	if pre != "" {
		// Only "Source, DATE." leads; anything else before the date is
		// a headline or a sentence.
		if !strings.HasSuffix(pre, ",") {
			return m, false
		}
		pre = trimRightMarks(pre, " ,")
		if wordCountUpTo(pre, 7) > 6 || strings.ContainsAny(pre, ".!?:;") && !hasInitials(pre) || !isUpper(firstRune(pre)) {
			return m, false
		}
		if leadStop.hasFold(pre) {
			return m, false
		}
	}
	post := s[d.end:]
	sep := trimLeftMarks(post, " ")
	if sep == "" {
		return m, false
	}
	switch r, _ := decodeRune(sep); r {
	case '.', ':', '-', '–', '—', ')':
	default:
		return m, false
	}
	rest := trimLeftMarks(sep, " .:-–—)")
	if wordCountUpTo(rest, 3) < 3 {
		return m, false
	}
	m.source, m.date, m.dated = trimLeadWords(pre, true), d.date, true
	m.rest, m.source = fromSentence(rest, m.source)
	return m, true
}

// solidWordsUpTo counts the space-separated words of s that hold
// something besides commas and opening brackets, stopping at max.
func solidWordsUpTo(s string, max int) int {
	n, in, solid := 0, false, false
	for i := 0; i <= len(s) && n < max; i++ {
		if i == len(s) || s[i] == ' ' {
			if in && solid {
				n++
			}
			in, solid = false, false
			continue
		}
		in = true
		if s[i] != ',' && s[i] != '(' {
			solid = true
		}
	}
	return n
}

// firstOf finds the first of seps to stand in s: where it stands and
// which it is, or -1 and "".
func firstOf(s string, seps []string) (int, string) {
	at, sep := -1, ""
	for _, d := range seps {
		if k := strings.Index(s, d); k >= 0 && (at < 0 || k < at) {
			at, sep = k, d
		}
	}
	return at, sep
}

// spacedDashes are the dashes set between a line's parts.
var spacedDashes = []string{" — ", " – ", " - "}

// indexSpaced is strings.Index(s, sep) for a sep that starts with a
// space. strings.Index looks for sep's first byte and then compares, and
// in text spaces are everywhere: this looks for the rest of sep instead
// and checks for the space before it.
func indexSpaced(s, sep string) int {
	if sep == "" || sep[0] != ' ' {
		return strings.Index(s, sep)
	}
	rest := sep[1:]
	if rest != "" && strings.IndexByte(s, rest[0]) < 0 {
		return -1 // most lines lack the byte after the space: one fast search
	}
	for off := 1; off <= len(s); {
		k := strings.Index(s[off:], rest)
		if k < 0 {
			return -1
		}
		p := off + k
		if s[p-1] == ' ' {
			return p - 1
		}
		off = p + 1
	}
	return -1
}

// cutSpaced is strings.Cut(s, sep) for a sep that starts with a space,
// searched with indexSpaced.
func cutSpaced(s, sep string) (before, after string, found bool) {
	if i := indexSpaced(s, sep); i >= 0 {
		return s[:i], s[i+len(sep):], true
	}
	return s, "", false
}

// citationMarks introduce a byline in the middle of a line.
var citationMarks = []string{". Af ", ". By ", ". by ", ". Von ", ". Par ", ". Por ", ". Door ", ". Av ", " - By ", " – By ", " — By ", " - by ", ". Автор: "}

// stopMarks are the citationMarks that start ". ", in their order;
// dashMarks the others, which all hold a dash (fast_test checks).
var stopMarks, dashMarks = splitMarks(citationMarks)

func splitMarks(marks []string) (stop, dash []string) {
	for _, m := range marks {
		if strings.HasPrefix(m, ". ") {
			stop = append(stop, m)
		} else {
			dash = append(dash, m)
		}
	}
	if len(stop) > 32 || len(dash) > 32 {
		panic("listing: too many citation marks for firstStopMark or firstDashMark")
	}
	for _, m := range dash {
		if !strings.HasSuffix(m, " By ") && !strings.HasSuffix(m, " by ") {
			panic("listing: a citation mark with a dash must end \" By \" or \" by \": " + m)
		}
	}
	return stop, dash
}

// firstDashMark is firstStopMark for dashMarks, in one pass over the
// " By " and " by " they all end with.
func firstDashMark(head string) (int, string) {
	var opening uint32 // the marks that open head
	for from := 0; ; {
		k := strings.Index(head[from:], "y ")
		if k < 0 {
			return -1, ""
		}
		y := from + k
		from = y + 1
		if y < 2 || head[y-2] != ' ' || head[y-1] != 'B' && head[y-1] != 'b' {
			continue
		}
		// The marks end at y+2; two "y " are at least three bytes apart,
		// further than the marks' dashes differ in length, so the first
		// place any mark ends is where the first starts.
		for j, m := range dashMarks {
			p := y + 2 - len(m)
			if p >= 0 && opening&(1<<j) == 0 && strings.HasPrefix(head[p:], m) {
				if p > 0 {
					return p, m
				}
				opening |= 1 << j
			}
		}
	}
}

// firstStopMark finds the first of stopMarks in head, in one pass over
// its ". ": the least, over the marks, of strings.Index(head, m) when
// that is above 0, and its mark; -1 when there is none. A mark whose
// first place opens head counts nowhere, as it would not by Index.
func firstStopMark(head string) (int, string) {
	var opening uint32 // the marks that open head
	for p := 0; ; p++ {
		k := strings.Index(head[p:], ". ")
		if k < 0 {
			return -1, ""
		}
		p += k
		if p+2 >= len(head) {
			continue // no mark is ". " alone
		}
		// Only the marks going on with the byte after ". ": prose has a
		// ". " in every sentence, and most start none.
		for _, j := range stopMarksAfter[head[p+2]] {
			if m := stopMarks[j]; opening&(1<<j) == 0 && strings.HasPrefix(head[p:], m) {
				if p > 0 {
					return p, m
				}
				opening |= 1 << j
			}
		}
	}
}

// stopMarksAfter indexes stopMarks (by their place in it, in order) by
// their third byte, the one after ". ".
var stopMarksAfter = func() (idx [256][]int) {
	for j, m := range stopMarks {
		idx[m[2]] = append(idx[m[2]], j)
	}
	return idx
}()

// inlineCitation reads "Title. Af AUTHOR (DATE). text": a title, a byline
// and a date run into one paragraph. f are the facts of s.
func inlineCitation(s string, f facts, order dayOrder) (lead, bool) {
	var c lead
	head := s
	if len(head) > 400 {
		head = head[:400]
	}
	// The first mark: a dash mark and a stop mark never start at the
	// same byte, so which is looked for first makes no difference. Dash
	// marks need a dash.
	at, mark := firstStopMark(head)
	if f.any(hasDash | hasE2) {
		if i, m := firstDashMark(head); i > 0 && (at < 0 || i < at) {
			at, mark = i, m
		}
	}
	if at < 0 || wordCountUpTo(s[:at], 31) > 30 {
		return c, false
	}
	title, after := s[:at], s[at+len(mark):]
	byText, rest := after, ""
	// "Name (14. september 2018, s.2). text"
	if o := strings.IndexByte(after, '('); o > 0 && o < 80 {
		if e := strings.IndexByte(after[o:], ')'); e > 0 {
			inside := after[o+1 : o+e]
			if _, ok := firstDate(inside, order); ok {
				byText = after[:o] + ", " + inside
				rest = trimLeftMarks(after[o+e+1:], " .,;:")
			}
		}
	}
	b, ok := parseByline(byText, order)
	if !ok {
		return c, false
	}
	if rest == "" {
		rest = b.rest
	} else {
		b.source = ""
	}
	// "By Hattie Morrow. 2018. 288 pages.": the year it came out and
	// its length, no teaser.
	if y, n, ok := yearAndLength(rest); ok {
		rest = ""
		if n > 0 && !b.dated {
			b.date, b.dated = y, true
		}
	}
	c = b
	c.title, c.rest = trimSpace(title), rest
	return c, true
}

// yearAndLength reads what a catalogue prints after a work's authors: its
// length ("8 pages.", "288 pp."), after its year ("2018. 288 pages."),
// or its year alone. n is 0 when there is no year.
func yearAndLength(s string) (annals.Date, int, bool) {
	s = trimRightMarks(trimSpace(s), " .")
	var y annals.Date
	n := 0
	if len(s) >= 4 && isDigits(s[:4]) && (len(s) == 4 || s[4] == '.' || s[4] == ',') {
		d, ok := yearOf(s[:4])
		if !ok {
			return y, 0, false
		}
		y, n, s = d, 1, trimLeftMarks(s[4:], " .,")
	}
	if s == "" {
		return y, n, n > 0
	}
	num, unit, ok := strings.Cut(s, " ")
	if !ok || !isDigits(num) || len(num) > 4 {
		return y, n, false
	}
	switch strings.ToLower(unit) {
	case "pages", "page", "pp", "p", "seiten", "s", "sider", "sidor", "páginas", "pagine", "стр", "с":
		return y, n, true
	}
	return y, n, false
}

// suffix is metadata printed after a title on the same line.
type suffix struct {
	title   string
	authors []string
	source  string
	date    annals.Date
	dated   bool
	rest    string
	// monthDay is a date printed without its year ("— Eurasianet,
	// March 4"), left for the page to place (yearlessDates).
	monthDay monthDay
}

// titleSuffix reads metadata printed after a title: "Title [SRC]
// DD-MM-YYYY", "Title YYYY-MM-DD [SRC]", "Title10.05.10", "TitleJournal,
// 1994", "TitlePublished by PUBLISHER ,1983".
//
// ld are the dates of the line s, which the tail scan reuses when the
// tail is the whole line.
func titleSuffix(ld *lineDates) (suffix, bool) {
	s, order := ld.s, ld.order
	var t suffix
	found := false
	rest := trimSpace(s)
	for step := 0; step < 3; step++ {
		rest = trimRightMarks(rest, " .")
		if strings.HasSuffix(rest, "]") {
			if o := strings.LastIndexByte(rest, '['); o >= 0 && len(rest)-o < 80 {
				inside := rest[o+1 : len(rest)-1]
				if m, ok := wholeDate(inside, order); ok && !t.dated {
					t.date, t.dated = m.date, true
				} else if t.source == "" && hasLetterOrDigit(inside) { // "[…]" marks a cut and names no source
					t.source = inside
				} else {
					break
				}
				rest = trimSpace(rest[:o])
				found = true
				continue
			}
		}
		// "Title — Outlet (Sept. 16, 2022)": a date in closing brackets.
		if strings.HasSuffix(rest, ")") && !t.dated {
			if o := strings.LastIndexByte(rest, '('); o > 0 && len(rest)-o < 40 {
				if m, ok := wholeDate(rest[o+1:len(rest)-1], order); ok {
					t.date, t.dated = m.date, true
					rest = trimSpace(rest[:o])
					found = true
					continue
				}
			}
		}
		// "Headline (Houston Chronicle)": a digest names the outlet it
		// links to in brackets.
		if strings.HasSuffix(rest, ")") && t.source == "" && !t.dated {
			o := strings.LastIndexByte(rest, '(')
			if o > 0 && len(rest)-o < 90 {
				// "Headline (Payday Report by Eli Sandoval & Naomi Fisk)":
				// the outlet with its writers.
				if src, names, ok := outletByNames(rest[o+1 : len(rest)-1]); ok {
					t.source, t.authors = src, names
					rest = trimSpace(rest[:o])
					found = true
					continue
				}
			}
			if o > 0 && len(rest)-o < 50 && isOutletName(rest[o+1:len(rest)-1]) {
				t.source = rest[o+1 : len(rest)-1]
				rest = trimSpace(rest[:o])
				found = true
				continue
			}
		}
		if t.dated {
			break
		}
		tail := tailOf(rest, 60)
		var ds []dateMatch
		var buf [4]dateMatch // a tail of 60 bytes holds few dates
		switch {
		case len(tail) == len(s): // tail is s
			ds = ld.all()
		case len(rest) <= len(s) && s[:len(rest)] == rest:
			// rest is a prefix of s (the same bytes: the comparison is
			// quick), as it is unless s was not trimmed: the tail is
			// read from the line's tokens.
			ds = ld.datesIn(buf[:0], len(rest)-len(tail), len(rest), -1)
		default:
			ds = appendDates(buf[:0], tail, order, -1)
		}
		if len(ds) > 0 {
			d := ds[len(ds)-1]
			if trimSpace(tail[d.end:]) == "" {
				cut := len(rest) - len(tail) + d.start
				if cut > 0 {
					t.date, t.dated = d.date, true
					rest = trimRightMarks(rest[:cut], " ,–—-|")
					found = true
					continue
				}
			}
		}
		// "— Outlet, March 4": a digest's date without its year, after
		// the outlet; the outlet must follow.
		if md, cut, ok := monthDaySuffix(rest); ok && !found {
			if head, src := outletTail(rest[:cut]); src != "" {
				t.monthDay, t.dated, t.source = md, true, src
				rest = head
				found = true
			} else if head, names, src := byForOutlet(rest[:cut]); src != "" {
				t.monthDay, t.dated, t.source, t.authors = md, true, src, names
				rest = head
				found = true
			}
			break
		}
		// ", ca. 1930s", ", c. 1925": a catalogue's guess closing an
		// item's title (a decade dates it at no precision).
		if n := len(rest); !found && n > 16 && (isDigitByte(rest[n-1]) || rest[n-1] == 's') {
			// (Only the last 14 bytes are searched: most lines reach here.)
			if c := strings.LastIndex(rest[n-14:], ", c"); c >= 0 {
				c += n - 14
				if d, ok := archivalDate(rest[c+2:]); ok {
					t.date, t.dated = d, true
					rest = rest[:c]
					found = true
					continue
				}
			}
		}
		// ", 1959 July-October": a finding aid's months of one year.
		if n := len(rest); !found && n > 20 && rest[n-1] >= 'a' && rest[n-1] <= 'z' && lastWordSpans(rest) {
			if c := strings.LastIndex(rest[max(n-40, 0):], ", "); c >= 0 {
				c += max(n-40, 0)
				if d, ok := archivalDate(rest[c+2:]); ok && strings.ContainsAny(rest[c+2:], "-–") {
					t.date, t.dated = d, true
					rest = rest[:c]
					found = true
					continue
				}
			}
		}
		// ", 1994" or " ,1983": a year closing a reference.
		if y, cut, ok := yearSuffix(rest); ok {
			t.date, t.dated = annals.YearDate(y), true
			rest = rest[:cut]
			found = true
			if t.source == "" {
				rest, t.source = gluedSource(rest)
			}
			continue
		}
		break
	}
	if !found {
		return t, false
	}
	// The segment that holds the date also holds the outlet: "Title –
	// The Guardian, 3 March 2020", "Title // Outlet. – 14.03.2019".
	if t.dated && t.source == "" {
		rest, t.source = outletTail(rest)
	}
	// "Title — by Author for Outlet, 3 March 2024".
	if t.dated && t.source == "" {
		if head, names, src := byForOutlet(rest); src != "" {
			rest, t.authors, t.source = head, names, src
		}
	}
	// "Title, by Author (1905)": a byline between title and date.
	if t.dated && t.source == "" {
		rest, t.authors = bylineTail(rest)
	}
	t.title = trimSpace(rest)
	// A date inside what is left splits a scraped headline from its teaser.
	if d, ok := titleDate(ld, t.title); ok {
		after := trimLeftMarks(t.title[d.end:], " .:-–—")
		// One word before the date opens a sentence, not a headline:
		// "Born 4 May 1871 at Bolton; …".
		if d.start > 0 && wordCountUpTo(after, 5) >= 5 && wordCountUpTo(t.title[:d.start], 2) >= 2 {
			t.rest = after
			t.title = trimSpace(t.title[:d.start])
		}
	}
	// What the date leaves can end in a word that leads into it ("Né
	// le", "Posted on"): a label or a sentence's opening, not a title.
	return t, t.title != "" && !leadsIntoDate(t.title)
}

// leadsIntoDate reports whether s ends in a lower-case word that leads
// into what follows it, a preposition or article: "Né le", "Version
// mise en ligne le", "Posted on". No headline ends so.
func leadsIntoDate(s string) bool {
	k := strings.LastIndexByte(s, ' ')
	if k < 0 {
		return false
	}
	w := s[k+1:]
	if w == "" || w[0] < 'a' || w[0] > 'z' && w[0] < 0x80 {
		return false
	}
	return dateLabels.has(w) || titleGlue.has(w)
}

// titleDate is firstDateN(title, ld.order, 400) for the title that
// titleSuffix leaves of the line: one that opens it (as most do) is read
// from the line's tokens, not tokenized again.
func titleDate(ld *lineDates, title string) (dateMatch, bool) {
	if len(title) > len(ld.s) || ld.s[:len(title)] != title {
		return firstDateN(title, ld.order, 400)
	}
	var buf [1]dateMatch
	if ds := ld.datesIn(buf[:0], 0, len(headOf(title, 400)), 1); len(ds) > 0 {
		return ds[0], true
	}
	return dateMatch{}, false
}

// titleBylineOutlet reads a reading list's item, the headline then who
// wrote it and where after a dash: "The strike that built the UAW — Leo
// Barrett and Nina Patel, Labor Notes".
func titleBylineOutlet(s string) (lead, bool) {
	var l lead
	if len(s) > 300 {
		return l, false
	}
	// The names and the outlet are short: only the line's end is
	// searched for the dash before them.
	from := max(len(s)-100, 0)
	at, n := lastSpacedSep(s[from:], false)
	if at < 0 {
		return l, false
	}
	at += from
	tail := s[at+n:]
	c := lastIndexPair(tail, ',', ' ')
	if c <= 0 || wordCountUpTo(s[:at], 3) < 3 {
		return l, false
	}
	names, outlet := tail[:c], trimRightMarks(tail[c+2:], ". ")
	if !isOutletName(outlet) || !looksLikeNameList(names) {
		return l, false
	}
	l.title, l.authors, l.source = trimSpace(s[:at]), SplitAuthors(names), outlet
	return l, true
}

// lastClosingQuote returns the offset of the last "“", "”" or "»" in t,
// or -1: German quotes close with “, English ones with ”. One backward
// pass finds what three strings.LastIndex calls (a rolling hash each)
// would; the marks cannot overlap, as their lead bytes differ.
func lastClosingQuote(t string) int {
	for k := len(t) - 1; k >= 0; k-- {
		if k >= 7 && load64(t[k-7:])&highBits == 0 {
			k -= 7 // eight ASCII bytes ending at k: no mark starts there
			continue
		}
		switch t[k] {
		case 0xE2: // “ U+201C, ” U+201D
			if k+2 < len(t) && t[k+1] == 0x80 && (t[k+2] == 0x9C || t[k+2] == 0x9D) {
				return k
			}
		case 0xC2: // » U+00BB
			if k+1 < len(t) && t[k+1] == 0xBB {
				return k
			}
		}
	}
	return -1
}

// quoteAttribution reads an aggregator's excerpt, a quoted passage then
// who wrote it, when and where: "„Bei Ford in Köln…“ Artikel von Bernd
// Müller vom 14. Mai 2025 in Telepolis", "“…” Article by Ann Lee of 3
// March 2024 in The Guardian". The rest is the quote.
func quoteAttribution(s string, order dayOrder) (lead, bool) {
	var l lead
	// The attribution is short: the closing quote is near the end.
	from := max(len(s)-300, 0)
	i := lastClosingQuote(s[from:])
	if i < 0 || from+i == 0 {
		return l, false
	}
	i += from
	_, n := utf8.DecodeRuneInString(s[i:])
	quote, tail := trimSpace(s[:i+n]), trimSpace(s[i+n:])
	if wordCountUpTo(quote, 6) < 6 || tail == "" {
		return l, false
	}
	// The kind of piece, then "von"/"by" and the names, to the date.
	w := firstWord(tail)
	var buf [32]byte
	if len(w) >= len(buf) || !attributionKinds.hasBytes(appendLower(buf[:0], w)) {
		return l, false
	}
	rest := trimSpace(tail[len(w):])
	d, ok := firstDate(rest, order)
	if !ok {
		return l, false
	}
	head := trimSpace(rest[:d.start])
	for _, by := range []string{"von ", "by ", "de ", "par "} {
		if strings.HasPrefix(head, by) {
			head = trimSpace(head[len(by):])
			for _, of := range []string{" vom", " from", " of", " on", " du", " del"} {
				head = strings.TrimSuffix(head, of)
			}
			if names := SplitAuthors(head); len(names) > 0 && looksLikeNameList(head) {
				l.authors = names
			}
		}
	}
	src := trimSpace(rest[d.end:])
	for _, in := range []string{"in der ", "im ", "in ", "bei ", "auf ", "at ", "on ", "dans ", "en "} {
		if strings.HasPrefix(src, in) {
			src = trimSpace(src[len(in):])
			break
		}
	}
	l.date, l.dated, l.source, l.rest = d.date, true, trimRightMarks(src, "."), quote
	return l, true
}

// attributionKinds name the piece an aggregator quotes.
var attributionKinds = newWordSet("artikel", "beitrag", "interview", "meldung", "pressemitteilung", "kommentar", "bericht",
	"article", "report", "post", "statement", "press", "column", "op-ed", "artículo", "entrevista", "nota")

// isOutletName reports whether s reads as a publication's name: one to
// six words, capitalised but for small words, or a domain ("Vlast.kz"),
// and not a label a site puts after headlines ("Video", "PDF").
func isOutletName(s string) bool {
	n := wordCountUpTo(s, 7)
	if n == 0 || n > 6 || indexDigit(s) >= 0 || !isUpperStart(s) {
		return false
	}
	var buf [48]byte
	if isLabelPhrase(s) || len(s) < len(buf) && headlineTags.hasBytes(appendLower(buf[:0], s)) {
		return false
	}
	if isDomain(s) {
		return true
	}
	return capRatio(s) >= 0.5 && !strings.ContainsAny(s, ",;:!?\"") && !isVenue(s)
}

// isVenue reports whether s names a place where something is held (an
// event's "(University of Salford)"), not a publication; a university's
// press publishes.
func isVenue(s string) bool {
	var buf [64]byte
	ls := appendLower(buf[:0], s)
	if bytes.Contains(ls, []byte("press")) {
		return false
	}
	for _, w := range venueWords {
		// A word opening with the noun: "Newsroom" is no room, nor
		// "Marshall" a hall.
		for rest := ls; ; {
			i := bytes.Index(rest, []byte(w))
			if i < 0 {
				break
			}
			if i == 0 && len(rest) == len(ls) || i > 0 && rest[i-1] == ' ' {
				return true
			}
			rest = rest[i+len(w):]
		}
	}
	return false
}

// venueWords mark the name of a place.
var venueWords = []string{"university", "college", "institute", "museum", "library", "hall", "centre", "center",
	"school", "room", "theatre", "theater", "universität", "université", "universidad", "университет"}

// headlineTags are what sites print in brackets after a headline that
// name no outlet, beyond the labels isLabelPhrase knows ("Video",
// "Opinion").
var headlineTags = newWordSet("audio", "pdf", "updated", "watch", "listen", "explainer", "exclusive", "paywall",
	"paywalled", "subscription", "subscribers", "free", "long read", "english", "en", "fr", "de", "es", "ru",
	"audio version", "видео", "фото", "vidéo", "vídeo", "français", "deutsch", "español", "русский", "қазақша",
	"dansk", "italiano", "português", "polski", "türkçe", "українська", "obituary", "satire", "thread", "map",
	"graphic", "chart")

// tailOf returns about the last n bytes of s, at a rune boundary.
func tailOf(s string, n int) string {
	if len(s) <= n {
		return s
	}
	i := len(s) - n
	for i < len(s) && !utf8.RuneStart(s[i]) {
		i++
	}
	return s[i:]
}

// yearSuffix finds ", YYYY" or " ,YYYY" at the end of s.
func yearSuffix(s string) (int, int, bool) {
	if len(s) < 7 {
		return 0, 0, false
	}
	y := s[len(s)-4:]
	for i := 0; i < 4; i++ {
		if y[i] < '0' || y[i] > '9' {
			return 0, 0, false
		}
	}
	p := trimRightMarks(s[:len(s)-4], " ")
	if !strings.HasSuffix(p, ",") || !plausibleYear(atoi(y)) {
		return 0, 0, false
	}
	return atoi(y), len(trimRightMarks(p[:len(p)-1], " ")), true
}

// lastWordSpans reports whether the last word of s joins two parts with
// a dash: "July-October". (Only the last word is read: most titles
// reach here.)
func lastWordSpans(s string) bool {
	w := s[strings.LastIndexByte(s, ' ')+1:]
	return strings.IndexByte(w, '-') > 0 || strings.Contains(w, "–")
}

// cutAny cuts s around the first of the separators seps that it holds.
func cutAny(s string, seps ...string) (string, string, bool) {
	for _, sep := range seps {
		if before, after, ok := strings.Cut(s, sep); ok {
			return before, after, true
		}
	}
	return s, "", false
}

// monthDay is a day of a month whose year was not printed: its month
// (0 when there is none) and day.
type monthDay struct {
	month, day uint8
	weekday    uint8 // the weekday printed with it, time.Weekday+1; 0 for none
}

// monthDaySuffix reads a date without its year closing s after a comma:
// ", March 4", ", 4 March". It returns the date and where the comma is.
func monthDaySuffix(s string) (monthDay, int, bool) {
	// The comma is among the last 20 bytes: only they are searched.
	from := max(len(s)-20, 0)
	c := lastIndexPair(s[from:], ',', ' ')
	if c < 0 || from+c == 0 {
		return monthDay{}, 0, false
	}
	c += from
	var buf [8]token
	toks := appendTokens(buf[:0], s[c+2:], 8)
	if len(toks) != 2 || !isYearlessDate(toks) {
		return monthDay{}, 0, false
	}
	var md monthDay
	for _, t := range toks {
		if t.kind == 'n' {
			md.day = uint8(atoi(t.text))
		} else if m, _, ok := lookupMonth(t.text, false); ok {
			md.month = uint8(m)
		}
	}
	return md, c, true
}

// gluedSource splits a journal or publisher run into the end of a title
// with no separator: "…Soviet UnionWorld Politics", "Red PetrogradPublished
// by Cambridge University Press".
func gluedSource(s string) (string, string) {
	// Lower-cased into a buffer on the stack, and searched backwards (a
	// rolling hash over every byte) only when the phrase is there.
	var buf [256]byte
	ls := appendLower(buf[:0], s)
	if bytes.Contains(ls, []byte("published by ")) {
		if i := indexFold(s, ls, "published by ", true); i > 0 {
			return trimSpace(s[:i]), trimSpace(s[i+len("published by "):])
		}
	}
	if i := lastGlue(s); i > 0 {
		return s[:i], s[i:]
	}
	return s, ""
}

// lastGlue returns the byte index of the last place where a capitalised
// word is glued to the end of the previous word: "UnionWorld", "IMFChallenge",
// "1989Politics". 0 when there is none.
func lastGlue(s string) int {
	best := 0
	var p2, p1 rune
	for i, r := range s {
		if i > 0 && isUpper(r) {
			switch {
			case isLower(p1) || isDigit(p1):
				best = i
			}
		}
		if i > 0 && isLower(r) && isUpper(p1) && isUpper(p2) {
			// "IMFChallenge": the glue is before the last capital.
			_, n := utf8.DecodeLastRuneInString(s[:i])
			best = i - n
		}
		p2, p1 = p1, r
	}
	return best
}

// fieldSeps join the fields of a metadata line.
var fieldSeps = []string{" | ", " · ", " • ", " ❘ "}

// weakFieldSeps join fields too, but also the parts of headlines; a line
// split by them is metadata only when one of its fields is a date:
// "May 9, 2025 / Ellen Kovac", "Algeciras - 14 may 2025 - 05:40 CEST".
var weakFieldSeps = []string{" / ", " - ", " – ", " — "}

// splitFieldsAt splits s at the separators of seps it holds, into at
// most seven fields appended to dst, empty (room on the caller's stack);
// nil when it holds none.
func splitFieldsAt(dst []string, s string, seps []string) []string {
	out := dst
	rest := s
	for len(out) < 6 {
		at, n := -1, 0
		for _, sep := range seps {
			if i := indexSpaced(rest, sep); i >= 0 && (at < 0 || i < at) {
				at, n = i, len(sep)
			}
		}
		if at < 0 {
			break
		}
		out = append(out, trimSpace(rest[:at]))
		rest = rest[at+n:]
	}
	if len(out) == 0 {
		return nil
	}
	return append(out, trimSpace(rest))
}

// fieldedMeta reads a line made only of metadata fields joined by " | ",
// " · " or " • ": a date (printed or relative), a byline or bare name, an
// outlet, a short label. "PRESS RELEASE | 05/03/2020", "3. März 2020 |
// Tarifrunde", "Name · 2 hours ago", "Reuters | February 26, 1987". Such
// a line is an entry's header or footer, never its title. A short
// capitalised field before the date that is neither a name nor an
// all-capitals label is the outlet.
func fieldedMeta(s string, order dayOrder) (lead, bool) {
	var m lead
	if len(s) > 160 {
		return m, false
	}
	var room [7]string // as many fields as splitFieldsAt makes
	fields, weak := splitFieldsAt(room[:0], s, fieldSeps), false
	if len(fields) < 2 {
		fields, weak = splitFieldsAt(room[:0], s, weakFieldSeps), true
	}
	if len(fields) < 2 {
		return m, false
	}
	kinds := make([]byte, len(fields)) // 'd' date, 'b' byline, 'l' label, 'o' outlet, 'p' page, 'h' handle
	anchor := false
	for i, f := range fields {
		if f == "" {
			return m, false
		}
		if f[len(f)-1] == ')' && i+1 < len(fields) {
			// A newspaper's town in brackets after its name: "The
			// Scranton Republican (Scranton, Pennsylvania)".
			if name, ok := cutPlaceBracket(f); ok && !hasByWord(f) {
				f, fields[i] = name, name
			}
		}
		if pageLocator(f) {
			kinds[i] = 'p' // "Page 1": where in the issue, after its name
			continue
		}
		if i+1 < len(fields) && len(f) <= 40 && isUpperStart(f) && pageLocator(fields[i+1]) {
			kinds[i] = 'l' // a periodical, whatever its name looks like
			continue
		}
		if d, ok := dateLine(f, order); ok {
			kinds[i] = 'd'
			anchor = true
			m.relative = m.relative || d.IsZero()
			if d.IsZero() && len(f) <= 40 {
				var buf [16]token
				m.monthDay, _ = yearlessMonthDay(appendTokens(buf[:0], f, 16))
			}
			if !d.IsZero() && !m.dated {
				m.date, m.dated = d, true
			}
			continue
		}
		if d, src, ok := dateWithOutlet(f, order); ok {
			kinds[i] = 'd'
			anchor = true
			if !m.dated {
				m.date, m.dated = d, true
			}
			if m.source == "" {
				m.source = src
			}
			continue
		}
		if src, d, ok := publishedIn(f, order); ok && m.source == "" {
			kinds[i] = 'd'
			anchor = true
			m.source = src
			if !d.IsZero() && !m.dated {
				m.date, m.dated = d, true
			}
			continue
		}
		if i > 0 && citeCounter(f) {
			kinds[i] = 'c' // a search result's footer: "Cites 14 - Cited by 22"
			anchor = true
			continue
		}
		if by, ok := bylineText(f); ok {
			if b, ok := parseByline(by, order); ok && len(m.authors) == 0 {
				kinds[i] = 'b'
				anchor = true
				m.authors = b.authors
				if b.source != "" && m.source == "" {
					m.source = b.source
				}
				if b.dated && !m.dated {
					m.date, m.dated = b.date, true
				}
				continue
			}
			return m, false
		}
		// A user's handle opening a post's line: "sligobhoy · History &
		// Heritage · 14-08-2013 9:15pm". The forum after it is no outlet.
		if i == 0 && len(fields) >= 3 && len(m.authors) == 0 && strings.IndexByte(f, ' ') < 0 && handleWord(f) && (isUserHandle(f) || strings.IndexByte(f, '.') > 0 && !isDomain(f)) {
			kinds[i] = 'h'
			m.authors = []string{f}
			continue
		}
		// A publication's name before the date is its outlet: "The
		// Guardian • 3h".
		if i+1 < len(fields) && len(f) <= 40 && outletLike(f) && !strings.ContainsAny(f, "!?") {
			kinds[i] = 'o'
			continue
		}
		// Capitals are a label's ("PRESS RELEASE | date") unless they
		// follow the date, where bylines stand ("MAY 7 • RUTH GALLOWAY").
		if looksLikeNameList(f) && len(m.authors) == 0 && (!allUpper(f) || i > 0 && kinds[i-1] == 'd') {
			kinds[i] = 'b'
			anchor = true
			m.authors = SplitAuthors(f)
			continue
		}
		// "Alastair Reid-Munro, University of Leeds | 21 October 2026".
		if name, ok := nameWithAffiliation(f); ok && len(m.authors) == 0 && strings.IndexByte(f, ',') > 0 {
			kinds[i] = 'b'
			anchor = true
			m.authors = []string{name}
			continue
		}
		if wordCountUpTo(f, 5) <= 4 && !strings.ContainsAny(f, "!?") && !strings.HasSuffix(f, ".") && len(f) <= 40 {
			kinds[i] = 'l'
			continue
		}
		return m, false
	}
	// Fields parted by " - " must hold a date, or a search result's
	// counters: a headline may hold a dash.
	if !anchor || weak && !m.dated && !m.relative && !slices.Contains(kinds, 'c') {
		return m, false
	}
	// An outlet: a label right before the date, printed like a name. (Not
	// after a dash, where it is the dateline's city, unless its words say
	// it is an outlet: "Philippine Daily Inquirer / 05:20 AM March 12".)
	for i := 0; i+1 < len(fields) && m.source == "" && kinds[0] != 'h'; i++ {
		next := i + 1
		for next+1 < len(fields) && kinds[next] == 'p' {
			next++ // "Outlet · Page 1 · date"
		}
		if (kinds[i] == 'l' && !weak || kinds[i] == 'o') && kinds[next] == 'd' && isUpperStart(fields[i]) && !allUpper(fields[i]) && !isSectionLabel(fields[i]) && !contentKind(fields[i]) {
			m.source = fields[i]
		}
	}
	// Or the first, before the counters of a law report's or a
	// scholar's search result, however much it reads like a name:
	// "Bombay High Court - Cites 14 - Cited by 22 - Full Document" names
	// the court.
	if k := kinds[0]; m.source == "" && (k == 'l' || k == 'b' || k == 'o') && isUpperStart(fields[0]) && !allUpper(fields[0]) && !contentKind(fields[0]) {
		counted := true
		for _, k := range kinds[1:] {
			counted = counted && (k == 'c' || k == 'l' || k == 'o')
		}
		if c := slices.Index(kinds, 'c'); counted && c > 0 {
			// The fields before the counters, as printed: "Supreme Court
			// - Daily Orders", "Rajasthan High Court - Jodhpur".
			src := fields[0]
			if at := strings.Index(s, fields[c]); c > 1 && at > 0 {
				src = trimRightMarks(s[:at], " -–—|·•")
			}
			m.source, m.authors = src, nil
		}
	}
	// Or the field after a byline that opens the line, named as outlets
	// are: "by Ardis Cameron-Hale | Smithsonian Magazine". (After a date
	// and a byline, a blog files the post: "February 17, 2025 | Sean
	// Graham | History Slam".)
	if f := fields[1]; m.source == "" && kinds[0] == 'b' && kinds[1] == 'l' && (isDomain(f) || outletLike(f) && isOutletName(f)) && !isSectionLabel(f) && !contentKind(f) {
		m.source = f
	}
	// Or the last field, after the date, where its words or its form say
	// it is an outlet: "Marguerite Oduya | 10 Mar 2025 | TheTyee.ca". A
	// label there is the section's.
	if n := len(fields); m.source == "" && n >= 3 && kinds[n-2] == 'd' && kinds[n-1] == 'l' {
		if f := fields[n-1]; isDomain(f) || outletLike(f) && isUpperStart(f) && !isSectionLabel(f) && !contentKind(f) {
			m.source = f
		}
	}
	return m, true
}

// placeDate reads a run-in dateline that gives the date in brackets after
// the town: "Edmonton (5 March 2025)", "St. John's (13 Feb. 2025)". A
// union's news list opens each teaser so.
func placeDate(s string, order dayOrder) (annals.Date, bool) {
	open := strings.Index(s, " (")
	if open <= 0 || !strings.HasSuffix(s, ")") || open > 40 {
		return annals.Date{}, false
	}
	place := s[:open]
	if !isUpperStart(place) || indexDigit(place) >= 0 || wordCountUpTo(place, 5) > 4 || !capitalisedWords(place) {
		return annals.Date{}, false
	}
	m, ok := wholeDate(s[open+2:len(s)-1], order)
	if !ok || m.date.IsZero() {
		return annals.Date{}, false
	}
	return m.date, true
}

// placeDateLead reads placeDate's dateline opening a teaser, set off by
// a dash: "Edmonton (5 March 2025) — The Alberta Union…".
func placeDateLead(s string, order dayOrder) (annals.Date, string, bool) {
	end := strings.Index(headOf(s, 64), ") ")
	if end <= 0 {
		return annals.Date{}, "", false
	}
	rest := s[end+1:]
	for _, sep := range weakFieldSeps[1:] { // the dashes
		if r, ok := strings.CutPrefix(rest, sep); ok {
			if d, ok := placeDate(s[:end+1], order); ok && wordCountUpTo(r, 4) >= 4 {
				return d, trimSpace(r), true
			}
			break
		}
	}
	return annals.Date{}, "", false
}

// citeCounter reports a field counting citations, or the link to the
// cited text: "Cites 14", "Cited by 22", "Full Document", "Full text".
func citeCounter(f string) bool {
	var buf [24]byte
	lf := string(appendLower(buf[:0], f))
	switch lf {
	case "full document", "full text", "full-text":
		return true
	}
	for _, p := range []string{"cited by ", "cites "} {
		if rest, ok := strings.CutPrefix(lf, p); ok {
			return rest != "" && isDigits(rest)
		}
	}
	return false
}

// pageLocator reports a field that is only a page of a periodical's issue:
// "Page 1", "p. 4", "pp. 3-5", "Seite 2", "Page A12".
func pageLocator(f string) bool {
	if len(f) > 16 || indexDigit(f) < 0 {
		return false
	}
	word, num, ok := strings.Cut(f, " ")
	if !ok || strings.TrimLeft(num, "0123456789–-ABCDEFGH") != "" || strings.IndexAny(num, "0123456789") < 0 {
		return false
	}
	switch strings.ToLower(strings.TrimSuffix(word, ".")) {
	case "page", "pages", "p", "pp", "seite", "s", "side", "sida", "sivu", "página", "pagina", "strona", "стр", "с":
		return true
	}
	return false
}

// cutPlaceBracket cuts the place in brackets off a periodical's name:
// "Pottsville Republican (Pottsville, Pennsylvania)" is "Pottsville
// Republican". The bracket holds capitalised words only, a comma or two
// between them.
func cutPlaceBracket(f string) (string, bool) {
	open := strings.LastIndex(f, " (")
	if open <= 0 || len(f)-open > 50 {
		return f, false
	}
	place := f[open+2 : len(f)-1]
	if place == "" || strings.Count(place, ",") > 2 || indexDigit(place) >= 0 || strings.ContainsAny(place, "()") {
		return f, false
	}
	for w := range strings.FieldsSeq(place) {
		if !isUpperStart(strings.TrimRight(w, ",")) && w != "of" && w != "de" {
			return f, false
		}
	}
	name := f[:open]
	if len(name) > 40 || !isUpperStart(name) {
		return f, false
	}
	return name, true
}

// publishedInWords open a field naming the periodical an entry
// appeared in.
var publishedInWords = []string{"published in ", "publié dans ", "paru dans ", "erschienen in ", "publicado en ", "pubblicato in ", "udgivet i ", "опубликовано в "}

// publishedIn reads "Published in History Today Volume 74 Issue 3 March
// 2024": the periodical, without its volume and issue, and the date.
func publishedIn(f string, order dayOrder) (string, annals.Date, bool) {
	rest := ""
	for _, w := range publishedInWords {
		if len(f) > len(w) && hasPrefixFold(f, w) {
			rest = f[len(w):]
			break
		}
	}
	if rest == "" || !isUpperStart(rest) {
		return "", annals.Date{}, false
	}
	var d annals.Date
	if ds := scanDates(rest, order); len(ds) > 0 {
		last := ds[len(ds)-1]
		d, rest = last.date, rest[:last.start]
	}
	src := trimMarks(cutNumbering(rest), " ,;:-–—(")
	if src == "" || wordCountUpTo(src, 9) > 8 {
		return "", annals.Date{}, false
	}
	return src, d, true
}

// publishedInLine reads a line of publishedIn's, or one that names only
// the issue: "Published in Issue 2 (March/April 2024), Volume 32", as a
// magazine's archive prints it under each article. It must hold a date.
func publishedInLine(s string, order dayOrder) (string, annals.Date, bool) {
	if src, d, ok := publishedIn(s, order); ok {
		if d.IsZero() {
			return "", d, false
		}
		if numberingWords.hasFold(firstWord(src)) {
			src = "" // the number, no periodical
		}
		return src, d, true
	}
	return "", annals.Date{}, false
}

// cutNumbering cuts a periodical's name before its volume and issue
// numbers: "History Today Volume 74 Issue 3" → "History Today".
func cutNumbering(s string) string {
	var buf [24]token
	toks := appendTokens(buf[:0], s, 24)
	for i := 1; i+1 < len(toks); i++ {
		if toks[i].kind == 'w' && numberingWords.hasFold(toks[i].text) && (toks[i+1].kind == 'n' || toks[i+1].text == "." && i+2 < len(toks) && toks[i+2].kind == 'n') {
			return s[:toks[i].start]
		}
	}
	return s
}

// sectionWords end a label that screen readers are told names a section
// ("Europecategory", "Business section"): such a label is the site's own
// section, not an outlet.
var sectionWords = []string{"category", "section", "topic", "rubric", "kategorie", "rubrique", "sección"}

// contentKind reports a field naming the kind of an entry, numbered or
// not, which is no outlet: "Press Release", "Statement",
// "Pressemitteilung Nr. 14/2025".
func contentKind(f string) bool {
	if i := indexDigit(f); i > 0 {
		head := trimRightMarks(f[:i], " #.")
		if sp := strings.LastIndexByte(head, ' '); sp > 0 && numberWords.hasFold(strings.TrimSuffix(head[sp+1:], ".")) {
			head = head[:sp] // "Nr. 14/2025", "No. 12"
		}
		f = trimSpace(head)
	}
	return f != "" && isLabelPhrase(f)
}

func isSectionLabel(f string) bool {
	f = strings.ToLower(f)
	for _, w := range sectionWords {
		if strings.HasSuffix(f, w) {
			return true
		}
	}
	return false
}

// dateWithOutlet reads "DATE (Outlet)" and "DATE HHhMM (Outlet)": a date
// line whose agency or outlet is in brackets at its end.
func dateWithOutlet(s string, order dayOrder) (annals.Date, string, bool) {
	if !strings.HasSuffix(s, ")") || len(s) > 80 {
		return annals.Date{}, "", false
	}
	o := strings.LastIndexByte(s, '(')
	if o <= 0 {
		return annals.Date{}, "", false
	}
	src := trimSpace(s[o+1 : len(s)-1])
	if src == "" || wordCountUpTo(src, 5) > 4 || !isUpperStart(src) {
		return annals.Date{}, "", false
	}
	head := trimSpace(s[:o])
	d, ok := firstDate(head, order)
	if !ok || d.start != 0 {
		return annals.Date{}, "", false
	}
	// Only a time may follow the date: "13h48", "14:05".
	after := trimSpace(head[d.end:])
	if after != "" && !isClock(after) {
		return annals.Date{}, "", false
	}
	return d.date, src, true
}

// unglueTailDate sets a space before the date glued to the end of a
// name, as pages print a byline and a date in boxes side by side: "by
// Dana WhitcombeMarch 12, 2025" becomes "by Dana Whitcombe March 12,
// 2025". The date runs to the end of s, opens right after a lower-case
// letter, with a capital or a digit, and is more than a year.
func unglueTailDate(s string, order dayOrder) string {
	if indexDigit(s) < 0 {
		return s // no date
	}
	afterName := func(s string, i int) bool {
		c := s[i]
		if !(c >= 'A' && c <= 'Z' || isDigitByte(c)) {
			return false
		}
		prev, _ := utf8.DecodeLastRuneInString(s[:i])
		return isLower(prev)
	}
	// A year alone glued to a name is a handle's: "JustMe2020".
	if i, d := gluedDateAt(s, order, afterName); i > 0 && d.Precision != annals.PrecisionYear {
		return s[:i] + " " + s[i:]
	}
	return s
}

// gluedDateAt finds a date glued to the end of s: the first i among the
// last 40 bytes where glued(s, i) says the text before it ends and a
// date line runs from i to the end. It returns that i and the date, or
// 0 when there is none.
func gluedDateAt(s string, order dayOrder, glued func(s string, i int) bool) (int, annals.Date) {
	for i := max(1, len(s)-40); i < len(s); i++ {
		if !glued(s, i) {
			continue
		}
		if d, ok := dateLine(s[i:], order); ok {
			return i, d
		}
	}
	return 0, annals.Date{}
}

// cutClockTail cuts the time of posting off the names before a date:
// "ursula_k at 9:14 AM on" → "ursula_k".
func cutClockTail(names string) string {
	if indexDigit(names) < 0 {
		return names // no clock: most bylines
	}
	for _, at := range []string{" at ", " um ", " à ", " a las ", " kl. ", " в "} {
		i := strings.LastIndex(names, at)
		if i <= 0 {
			continue
		}
		clock, _, _ := strings.Cut(names[i+len(at):], " ")
		if isClock(clock) || len(clock) <= 5 && strings.Contains(clock, ":") {
			return names[:i]
		}
	}
	return names
}

// cutLeadingTime cuts a time of day opening s: "@09:00PM", "09:00 PM",
// "at 9:05".
func cutLeadingTime(s string) string {
	rest := strings.TrimPrefix(strings.TrimPrefix(s, "at "), "@")
	n, _ := leadingClockLen(rest)
	if n == 0 {
		return s
	}
	return trimLeftMarks(rest[n:], " ,.;")
}

// leadingClockLen returns the length of the time of day opening s, an
// hour of one or two digits, a colon and two digits, perhaps the seconds
// after another colon, with "am" or "pm"
// glued on or after a space (meridiem then says so); 0 when s opens with
// none.
func leadingClockLen(s string) (n int, meridiem bool) {
	i := 0
	for i < len(s) && i < 2 && isDigitByte(s[i]) {
		i++
	}
	if i == 0 || i+3 > len(s) || s[i] != ':' || !isDigitByte(s[i+1]) || !isDigitByte(s[i+2]) || i+3 < len(s) && isDigitByte(s[i+3]) {
		return 0, false
	}
	n = i + 3
	if n+3 <= len(s) && s[n] == ':' && isDigitByte(s[n+1]) && isDigitByte(s[n+2]) && (n+3 == len(s) || !isDigitByte(s[n+3])) {
		n += 3 // the seconds, or an episode's length: "1:04:22"
	}
	m := n
	if m < len(s) && s[m] == ' ' {
		m++
	}
	if m+2 <= len(s) && (strings.EqualFold(s[m:m+2], "am") || strings.EqualFold(s[m:m+2], "pm")) && (m+2 == len(s) || !isASCIILetter(s[m+2])) {
		return m + 2, true
	}
	return n, false
}

// isClock reports whether s is a time of day: "14:05", "13h48", "9.30".
func isClock(s string) bool {
	if len(s) < 3 || len(s) > 8 {
		return false
	}
	digits := 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
			digits++
		case c == ':' || c == 'h' || c == '.':
		default:
			return false
		}
	}
	return digits >= 3
}

// allUpper reports whether s has capitals and no lower-case letter. A
// script without case (Arabic, Han, Devanagari) has neither: its text is
// never set in capitals.
func allUpper(s string) bool {
	upper := 0
	for _, r := range s {
		if isLower(r) {
			return false
		}
		if isUpper(r) {
			upper++
		}
	}
	return upper > 0
}

// outletTail splits "Title – Outlet" when the last segment reads as the
// name of an outlet: one to four words, each capitalised or a domain.
func outletTail(s string) (string, string) {
	s = trimRightMarks(s, " ,.–—-|")
	at, n := lastOutletSep(s)
	if at <= 0 {
		return s, ""
	}
	src := trimSpace(trimRightMarks(s[at+n:], " ."))
	ws := strings.Fields(src)
	if len(ws) == 0 || len(ws) > 4 || wordCountUpTo(s[:at], 2) < 2 || strings.ContainsAny(src, "!?:;\"“”«»") {
		return s, ""
	}
	// Outlet names capitalise their first word; many languages leave the
	// rest lower-case ("Новая газета", "Le Monde diplomatique"), so a
	// short name may, and one after "//" (the citation mark of Russian
	// bibliographies) always may.
	lowerOK := n == len(" // ") || len(ws) <= 3
	for i, w := range ws {
		if isUpperStart(w) || strings.Contains(w, ".") && len(ws) == 1 || nameParticles.has(w) {
			continue
		}
		if i == 0 || !lowerOK {
			return s, ""
		}
	}
	if n == len(" // ") {
		src = periodicalMark(src)
	}
	return trimSpace(s[:at]), src
}

// lastOutletSep returns where the last separator that sets an outlet
// off the end of a title (" // ", " – ", " — ", " - ", " | ") starts in
// s, and its length; -1 if there is none. s must not end in a space (no
// separator may end it), as lastSpacedSep, which finds the dashes and
// the bar in one pass from the end, asks.
func lastOutletSep(s string) (int, int) {
	at, n := lastSpacedSep(s, true)
	// " // " is looked for only after the dash or bar found.
	if i := strings.LastIndex(s[at+1:], " // "); i >= 0 {
		return at + 1 + i, len(" // ")
	}
	return at, n
}

// bylineTail splits "Title, by Author" or "Title. By Author" at the last
// by-word that follows a comma or full stop, when plausible names follow.
func bylineTail(s string) (string, []string) {
	for _, sep := range []byte{',', '.'} { // ", ", ". "
		i := lastIndexPair(s, sep, ' ')
		if i <= 0 || wordCountUpTo(s[:i], 1) < 1 {
			continue
		}
		rest, ok := cutByWord(s[i+2:])
		if !ok {
			continue
		}
		names := SplitAuthors(rest)
		if len(names) == 0 {
			continue
		}
		for _, n := range names {
			if !plausibleAuthor(n) {
				return s, nil
			}
		}
		return trimSpace(s[:i]), names
	}
	return s, nil
}

// byForOutlet splits "Title — by Author for Outlet": who wrote the story
// for which outlet, after the last dash.
func byForOutlet(s string) (string, []string, string) {
	s = trimRightMarks(s, " ,")
	// The last separator but " // " (see lastOutletSep): s ends in no
	// space, so none ends it, which lastSpacedSep would miss.
	at, n := lastSpacedSep(s, true)
	if at <= 0 || wordCountUpTo(s[:at], 2) < 2 {
		return s, nil, ""
	}
	tail, ok := cutByWord(s[at+n:])
	if !ok {
		return s, nil, ""
	}
	f := strings.LastIndex(tail, " for ")
	if f <= 0 {
		return s, nil, ""
	}
	names, src := SplitAuthors(tail[:f]), trimSpace(tail[f+len(" for "):])
	if len(names) == 0 || !isOutletName(src) {
		return s, nil, ""
	}
	for _, nm := range names {
		if !plausibleAuthor(nm) {
			return s, nil, ""
		}
	}
	return trimSpace(s[:at]), names, src
}

// outletByNames reads "Outlet by A & B", a digest's credit in brackets:
// an outlet's name, a by-word and the names of people.
func outletByNames(s string) (string, []string, bool) {
	i := strings.Index(s, " by ")
	if i <= 0 {
		i = strings.Index(s, " By ")
	}
	if i <= 0 || !isOutletName(s[:i]) {
		return "", nil, false
	}
	names := SplitAuthors(s[i+len(" by "):])
	if len(names) == 0 {
		return "", nil, false
	}
	for _, nm := range names {
		if !plausibleAuthor(nm) || !isUpperStart(nm) {
			return "", nil, false
		}
	}
	return s[:i], names, true
}

// digitBeforeUpper reports whether one of the first n bytes of s is a
// digit followed directly by an upper-case letter.
func digitBeforeUpper(s string, n int) bool {
	end := min(n, len(s)-1) // a digit at i < end has a byte after it
	for i := 0; i < end; i++ {
		k := indexDigit(s[i:end]) // digits are few: skip to the next
		if k < 0 {
			return false
		}
		i += k
		if isUpper(firstRune(s[i+1:])) {
			return true
		}
	}
	return false
}

// firstFieldSep returns where the first of fieldSeps in s starts, past
// its first byte, and its length; -1 if there is none. It is the nearest
// of their first places, as strings.Index finds them, found in one pass.
func firstFieldSep(s string) (int, int) {
	if s != "" && s[0] == ' ' {
		// A separator at 0 does not count, nor then does its next
		// place: the search for each tells.
		at, n := -1, 0
		for _, sep := range fieldSeps {
			if i := indexSpaced(s, sep); i > 0 && (at < 0 || i < at) {
				at, n = i, len(sep)
			}
		}
		return at, n
	}
	for i := 1; i+2 < len(s); i++ {
		if s[i] != ' ' {
			continue
		}
		for _, sep := range strongSepsAfter[s[i+1]] {
			if strings.HasPrefix(s[i:], sep) {
				return i, len(sep)
			}
		}
	}
	return -1, 0
}

// strongSepsAfter indexes fieldSeps by their second byte.
var strongSepsAfter = func() (idx [256][]string) {
	for _, sep := range fieldSeps {
		idx[sep[1]] = append(idx[sep[1]], sep)
	}
	return idx
}()

// dateFieldLead reads a date glued to a snippet by a field separator:
// "28 Dec 2022 · The snippet…", "3 hours ago · The snippet…". A relative
// date gives a zero date. f are the facts of s: most lines lack the
// bytes of every separator, and need no search for them.
func dateFieldLead(s string, f facts, order dayOrder) (annals.Date, string, bool) {
	head := headOf(s, 50)
	at, n := -1, 0
	if f.any(strongSepFacts) {
		at, n = firstFieldSep(head)
	}
	if at < 0 {
		if d, rest, ok := placeDateLead(s, order); ok {
			return d, rest, true
		}
		// A date glued to the teaser it opens: "14 March, 2024Mining
		// unions in Zambia are calling…".
		// Such a date ends in a digit right before the capital: a date
		// ending in a word (a month, "3rd") would run on into it, unless
		// head cut the word there.
		if !digitBeforeUpper(s, len(head)) && !(len(head) < len(s) && isUpper(firstRune(s[len(head):]))) {
			return annals.Date{}, "", false
		}
		if m, ok := firstDate(head, order); ok && m.start == 0 && m.end < len(s) {
			end := m.end
			// The time may stand between: "Mar - 12 - 2024 , 07:14The
			// Trades Union Congress…".
			if t := trimLeftMarks(s[end:], " ,"); t != s[end:] {
				if n, _ := leadingClockLen(t); n > 0 {
					end = len(s) - len(t) + n
				}
			}
			if rest := s[end:]; end < len(s) && isUpper(firstRune(rest)) && wordCountUpTo(rest, 4) >= 4 {
				return m.date, rest, true
			}
		}
		return annals.Date{}, "", false
	}
	rest := trimSpace(s[at+n:])
	if wordCountUpTo(rest, 4) < 4 {
		return annals.Date{}, "", false
	}
	d, ok := dateLine(s[:at], order)
	if _, _, second := dateLabel(rest, order); ok && second && strings.HasSuffix(rest[:strings.IndexByte(rest+":", ':')+1], ":") {
		// "Published: … | Last modified: …": a second labelled date,
		// no teaser.
		rest = ""
	}
	return d, rest, ok
}

// fromSourceLine reads a digest's item that opens with the outlet it
// quotes, then the headline and the digest's excerpt, set apart by
// dashes: "From the Seattle Times — Nurses set strike date — More than
// 1,400 nurses…", "From KING 5 (March 11) — Crane operators ratify
// contract". The outlet may carry the day it ran, in brackets.
func fromSourceLine(s string, order dayOrder) (lead, bool) {
	var c lead
	name, ok := strings.CutPrefix(s, "From ")
	if !ok || len(s) > 1000 {
		return c, false
	}
	at, d := firstOf(headOf(name, 80), spacedDashes)
	if at <= 0 {
		return c, false
	}
	name, rest := trimSpace(name[:at]), name[at+len(d):]
	if o := strings.LastIndex(name, " ("); o > 0 && strings.HasSuffix(name, ")") {
		day := name[o+2 : len(name)-1]
		if d, ok := dateLine(day, order); ok {
			c.date, c.dated = d, !d.IsZero()
			if d.IsZero() {
				var buf [8]token
				c.monthDay, _ = yearlessMonthDay(appendTokens(buf[:0], day, 8))
			}
			name = trimSpace(name[:o])
		}
	}
	name = strings.TrimPrefix(name, "the ")
	if name == "" || !isUpperStart(name) || wordCountUpTo(name, 7) > 6 || endsSentence(name) {
		return c, false
	}
	title, summary := rest, ""
	if k, d := firstOf(rest, spacedDashes[:2]); k > 0 { // a hyphen may join the headline's words
		title, summary = rest[:k], trimSpace(rest[k+len(d):])
	}
	if wordCountUpTo(title, 3) < 3 {
		return c, false
	}
	if summary == "" && !c.dated && c.monthDay.month == 0 {
		// "From Pit to Parliament – the miners' MPs" is a headline: a
		// digest's item has the excerpt or the day as well.
		return c, false
	}
	c.source, c.title, c.rest = name, trimSpace(title), summary
	return c, true
}
