package listing

import (
	"math/bits"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/labor-annals/annals"
)

// ParseDate finds a single date in s. The whole of s should be a date, maybe
// with a weekday, a label such as "Posted:" or a time of day. It returns the
// date at the precision printed ("March 2014" is month precision). Relative
// dates ("3 days ago", "Friday") are not dates.
func ParseDate(s string) (annals.Date, bool) {
	m, ok := wholeDate(s, orderUnknown)
	return m.date, ok
}

// dayOrder says how an all-numeric date like 05/04/2020 is read.
type dayOrder uint8

const (
	orderUnknown    dayOrder = iota // decide per date, day first when unsure
	orderDayFirst                   // 05/04/2020 is 5 April
	orderMonthFirst                 // 05/04/2020 is May 4
)

// dateMatch is a date found in a string: its value and its byte span.
type dateMatch struct {
	date       annals.Date
	start, end int
	// numeric marks all-numeric dates with two small parts, whose day and
	// month may be swapped; a and b are those parts as printed.
	ambiguous bool
	lang      string // language of the month name, "" for numbers
}

// token is one word, number or punctuation mark of a string.
type token struct {
	// The two one-byte fields come last, where they share one word, and
	// the end is not kept (it is start plus the length of text): scans
	// copy and clear many tokens.
	text  string
	start int  // the offset of text in the string tokenized
	kind  byte // 'n' number, 'w' word, 'p' punctuation
	space bool // whitespace before the token
}

// end is the offset just past the token in the string tokenized.
func (t *token) end() int { return t.start + len(t.text) }

// tokenize splits s into tokens. It is linear in len(s) and bounds the
// number of tokens so that huge lines cost no more than their prefix.
func tokenize(s string, max int) []token { return appendTokens(nil, s, max) }

// appendTokens appends the tokens of s to toks, at most max of them, so
// that callers can tokenize into a buffer they reuse.
func appendTokens(toks []token, s string, max int) []token {
	toks, _, _ = appendTokensFrom(toks, s, 0, false, max)
	return toks
}

// appendTokensFrom is appendTokens resumed at s[i:], space saying
// whether white space came right before i; it returns where it stopped
// and whether white space came right before that, for the next call.
func appendTokensFrom(toks []token, s string, i int, space bool, max int) ([]token, int, bool) {
	max += len(toks)
	for i < len(s) && len(toks) < max {
		c := s[i]
		if c < utf8.RuneSelf {
			// ASCII, most text: the same classes without table lookups.
			switch {
			case c == ' ' || '\t' <= c && c <= '\r':
				space = true
				i++
				continue
			case '0' <= c && c <= '9':
				j := i + 1
				for j < len(s) && s[j] >= '0' && s[j] <= '9' {
					j++
				}
				toks = append(toks, token{kind: 'n', start: i, text: s[i:j], space: space})
				i = j
			case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z':
				j := wordEnd(s, i+1)
				toks = append(toks, token{kind: 'w', start: i, text: s[i:j], space: space})
				i = j
			default:
				toks = append(toks, token{kind: 'p', start: i, text: s[i : i+1], space: space})
				i++
			}
			space = false
			continue
		}
		r, n := decodeRune(s[i:])
		switch {
		case isSpaceRune(r):
			space = true
			i += n
			continue
		case isLetter(r) || isMark(r):
			j := wordEnd(s, i+n)
			toks = append(toks, token{kind: 'w', start: i, text: s[i:j], space: space})
			i = j
		default:
			toks = append(toks, token{kind: 'p', start: i, text: s[i : i+n], space: space})
			i += n
		}
		space = false
	}
	return toks, i, space
}

// wordEnd returns the end of the run of letters and combining marks that
// starts at j.
func wordEnd(s string, j int) int {
	for j < len(s) {
		if j <= len(s)-8 && s[j] < utf8.RuneSelf {
			// Eight ASCII bytes at a time: the first that is no letter
			// ends the word.
			if x := load64(s[j:]); x&highBits == 0 {
				if m := ^asciiLetters(x) & highBits; m != 0 {
					return j + bits.TrailingZeros64(m)/8
				}
				j += 8
				continue
			}
		}
		if c := s[j]; c < utf8.RuneSelf {
			if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' {
				j++
				continue
			}
			return j
		}
		if c := s[j]; (c == 0xD0 || c == 0xD1) && j+1 < len(s) && s[j+1]&0xC0 == 0x80 {
			j += 2 // U+0400–U+047F: Cyrillic letters, most of Russian text
			continue
		}
		r2, n2 := decodeRune(s[j:])
		if !isLetter(r2) && !isMark(r2) {
			break
		}
		j += n2
	}
	return j
}

// mayHoldDate is a quick test that s could hold a date matchDate reads:
// every such date has a four-digit number (a year) or two numbers joined
// by '.', '/' or '-' (10.05.10, 2022-08-08). Most lines have neither, and
// need no tokenizing.
func mayHoldDate(s string) bool {
	for i := 0; i < len(s); i++ {
		// Most of a line has no digit: skip to the next, eight bytes at
		// a time.
		k := indexDigit(s[i:])
		if k < 0 {
			break
		}
		i += k
		j := i + 1
		for j < len(s) && s[j] >= '0' && s[j] <= '9' {
			j++
		}
		if j-i == 4 {
			return true
		}
		if j+1 < len(s) && (s[j] == '.' || s[j] == '/' || s[j] == '-') && s[j+1] >= '0' && s[j+1] <= '9' {
			return true
		}
		i = j
	}
	return false
}

// digitBytes marks (with its high bit) each byte of x that is an ASCII
// digit. Adding 0x80-k to a byte's low seven bits sets its high bit
// exactly when they are k or more, with no carry into the next byte.
func digitBytes(x uint64) uint64 {
	x7 := x &^ highBits
	return (x7 + (0x80-'0')*lowBits) &^ (x7 + (0x80-'9'-1)*lowBits) &^ x & highBits
}

// indexDigit returns the index of the first ASCII digit in s, or -1.
func indexDigit(s string) int {
	i := 0
	for ; i <= len(s)-8; i += 8 {
		if m := digitBytes(load64(s[i:])); m != 0 {
			return i + bits.TrailingZeros64(m)/8
		}
	}
	for ; i < len(s); i++ {
		if s[i]-'0' <= 9 {
			return i
		}
	}
	return -1
}

// scanDates returns the dates in s in order, without overlaps.
func scanDates(s string, order dayOrder) []dateMatch { return appendDates(nil, s, order, -1) }

// firstDate returns the first date in s, as scanDates(s)[0] would.
func firstDate(s string, order dayOrder) (dateMatch, bool) {
	var buf [1]dateMatch // most lines are scanned for one date: no allocation
	if ds := appendDates(buf[:0], s, order, 1); len(ds) > 0 {
		return ds[0], true
	}
	return dateMatch{}, false
}

// appendDates appends to the empty out the dates scanDates finds in s,
// stopping after max dates if max >= 0: a caller that wants one date
// passes a buffer on its stack.
func appendDates(out []dateMatch, s string, order dayOrder, max int) []dateMatch {
	if !mayHoldDate(s) {
		return nil
	}
	// A buffer on the stack as big as most strings need, cleared on
	// every call: a short string's is smaller.
	var toks []token
	if len(s) <= 100 {
		var buf [32]token
		toks = appendTokens(buf[:0], s, maxDateTokens)
	} else {
		var buf [64]token
		toks = appendTokens(buf[:0], s, maxDateTokens)
	}
	return appendDatesToks(out, s, toks, order, max)
}

// maxDateTokens is as many tokens of a string as a scan for dates reads.
const maxDateTokens = 4000

// appendDatesToks is appendDates given the tokens of s (as many as
// maxDateTokens), for a caller that has them.
func appendDatesToks(out []dateMatch, s string, toks []token, order dayOrder, max int) []dateMatch {
	num := 0 // the first number token at or after i
	for i := 0; i < len(toks); {
		if toks[i].kind == 'p' {
			i++
			continue
		}
		// A date's first number is at most six tokens into it ("Friday,
		// March . , de 3"), four without a weekday: words farther from a
		// number start none, and are not looked up as weekdays or months.
		for num < len(toks) && (num < i || toks[num].kind != 'n') {
			num++
		}
		if num == len(toks) {
			break
		}
		if num-i > 6 {
			i = num - 6
			continue
		}
		// Five or six tokens before it, only a weekday starts one.
		if num-i > 4 && !isWeekday(toks[i].text) {
			i++
			continue
		}
		if toks[i].kind == 'n' && afterIssueWord(toks, i) {
			i++ // "Issue 3 March 2024": the number is the issue's, not a day
			continue
		}
		if m, next, ok := matchDate(s, toks, i, order); ok {
			if m.date.Precision == annals.PrecisionMonth && monthRangeBefore(toks, i) {
				// "maio-ago. 2023", "Jan–Feb 2024": an issue of months
				// is dated by its year.
				m.date = annals.YearDate(m.date.Year)
			}
			out = append(out, m)
			if len(out) == max {
				break
			}
			i = next
			continue
		}
		i++
	}
	return out
}

// afterIssueWord reports whether the number toks[i] follows a word that
// numbers an issue or volume: "Issue 3", "No. 12", "Heft 4", "№ 5".
func afterIssueWord(toks []token, i int) bool {
	j := i - 1
	if j >= 0 && toks[j].kind == 'p' && toks[j].text == "." {
		j--
	}
	if j < 0 {
		return false
	}
	return numberingWords.hasFold(toks[j].text)
}

// numberingWords number the issue or volume of a periodical. They are
// fewer than citation's issueWords: a page's "p" or "s" and an "Art" may
// stand before a day ("Art 5 May", a name's initial), where an issue's
// word does not.
var numberingWords = newWordSet(strings.Fields(`issue no nr vol volume number heft band bd num núm número numéro
		n° № # выпуск вып том номер nummer`)...)

// lineDates are the dates of one line, scanned when a probe first asks:
// several probes read the dates of the same line, and a scan tokenizes
// the whole of it.
//
// Its first tokens are made once too, as far as asked for: the test for
// a date line (dateLineHold) reads some, and the scan for dates all of a
// short line's. classifyAll makes one lineDates for the page and resets
// it for each line, so the buffer is not cleared for every line.
type lineDates struct {
	s       string
	order   dayOrder
	scanned bool
	dates   []dateMatch // scanDates(s, order), once scanned
	// hold is mayHoldDate(s) once asked (holdKnown): classify asks
	// before the scan does.
	hold, holdKnown bool
	// buf[:ntoks] are the first tokens of s; tokEnd is where in s
	// making them stopped, and tokSpace whether white space came right
	// before it.
	ntoks    int
	tokEnd   int
	tokSpace bool
	buf      [64]token
	// datesBuf is room for the dates of most lines, which would
	// otherwise be allocated for every line scanned.
	datesBuf [8]dateMatch
}

// reset makes ld the lineDates of s, nothing scanned or made yet. The
// tokens left in buf are not cleared: only buf[:ntoks] is read.
func (ld *lineDates) reset(s string, order dayOrder) {
	ld.s, ld.order, ld.scanned, ld.dates = s, order, false, nil
	ld.holdKnown = false
	ld.ntoks, ld.tokEnd, ld.tokSpace = 0, 0, false
}

// tokens returns tokenize(s, n) for n <= len(ld.buf), made once.
func (ld *lineDates) tokens(n int) []token {
	if ld.ntoks < n && ld.tokEnd < len(ld.s) {
		toks, end, space := appendTokensFrom(ld.buf[:ld.ntoks:len(ld.buf)], ld.s, ld.tokEnd, ld.tokSpace, n-ld.ntoks)
		ld.ntoks, ld.tokEnd, ld.tokSpace = len(toks), end, space
	}
	return ld.buf[:min(n, ld.ntoks)]
}

// mayHold returns mayHoldDate(s), found once.
func (ld *lineDates) mayHold() bool {
	if !ld.holdKnown {
		ld.hold, ld.holdKnown = mayHoldDate(ld.s), true
	}
	return ld.hold
}

// all returns scanDates(s, order).
func (ld *lineDates) all() []dateMatch {
	if !ld.scanned {
		if ld.mayHold() {
			// A line of no more tokens than buf holds is scanned from
			// them; a longer one is tokenized afresh.
			if toks := ld.tokens(len(ld.buf)); ld.tokEnd == len(ld.s) {
				ld.dates = appendDatesToks(ld.datesBuf[:0], ld.s, toks, ld.order, -1)
			} else {
				ld.dates = scanDates(ld.s, ld.order)
			}
		}
		ld.scanned = true
	}
	return ld.dates
}

// datesIn is appendDates(out, ld.s[a:b], ld.order, max), a and b at
// rune starts, read from the line's tokens where they reach b: the
// tokens of s[a:b] are those of the line between a and b, the ones
// running over a or b cut there, as tokenizing s[a:b] would find them
// (the white space between tokens is all that is left out).
func (ld *lineDates) datesIn(out []dateMatch, a, b int, max int) []dateMatch {
	sub := ld.s[a:b]
	if !mayHoldDate(sub) {
		return nil
	}
	// The tokens up to b, made as far as b.
	for ld.tokEnd < b && ld.tokEnd < len(ld.s) && ld.ntoks < len(ld.buf) {
		ld.tokens(ld.ntoks + 8)
	}
	if ld.tokEnd < b && ld.tokEnd < len(ld.s) {
		return appendDates(out, sub, ld.order, max) // more tokens than buf holds
	}
	all := ld.buf[:ld.ntoks]
	k1 := 0
	for k1 < len(all) && all[k1].end() <= a {
		k1++
	}
	k2 := k1
	for k2 < len(all) && all[k2].start < b {
		k2++
	}
	toks := all[k1:k2]
	if a == 0 && (len(toks) == 0 || toks[len(toks)-1].end() <= b) {
		return appendDatesToks(out, sub, toks, ld.order, max) // nothing to cut
	}
	// The tokens running over a or b are cut in place and put back
	// after: no copy, and no tokenizing afresh however many there are.
	// They keep their offsets in the line, which the dates found are
	// moved from to offsets in sub (a date's span is all the scan reads
	// of the offsets).
	if len(toks) == 0 {
		return out
	}
	first, last := toks[0], toks[len(toks)-1]
	if t := &toks[0]; t.start < a {
		t.text, t.start, t.space = ld.s[a:t.end()], a, false
	} else {
		t.space = t.start > a
	}
	if t := &toks[len(toks)-1]; t.end() > b {
		t.text = ld.s[t.start:b]
	}
	n := len(out)
	out = appendDatesToks(out, ld.s, toks, ld.order, max)
	toks[0], toks[len(toks)-1] = first, last
	for k := n; k < len(out); k++ {
		out[k].start -= a
		out[k].end -= a
	}
	return out
}

// firstIn returns firstDateN(s, order, n): the first of all the line's
// dates when the line is no longer than n.
func (ld *lineDates) firstIn(n int) (dateMatch, bool) {
	if len(ld.s) > n {
		var buf [1]dateMatch
		if ds := ld.datesIn(buf[:0], 0, len(headOf(ld.s, n)), 1); len(ds) > 0 {
			return ds[0], true
		}
		return dateMatch{}, false
	}
	if ds := ld.all(); len(ds) > 0 {
		return ds[0], true
	}
	return dateMatch{}, false
}

// wholeDate reports whether s is, apart from a label, a weekday, a time of
// day and punctuation, exactly one date.
func wholeDate(s string, order dayOrder) (dateMatch, bool) {
	s = trimSpace(s)
	if s == "" || len(s) > 80 || indexDigit(s) < 0 {
		return dateMatch{}, false
	}
	var buf [40]token
	return wholeDateToks(s, appendTokens(buf[:0], s, 40), order)
}

// wholeDateToks is wholeDate on s already trimmed, checked and split into
// its first 40 tokens.
func wholeDateToks(s string, toks []token, order dayOrder) (dateMatch, bool) {
	i := skipDateLabel(toks)
	if i >= len(toks) {
		return dateMatch{}, false
	}
	m, next, ok := matchDate(s, toks, i, order)
	return wholeDateAt(toks, i, m, next, ok)
}

// wholeDateAt finishes wholeDateToks given what matchDate read at token
// i, the first after the label: callers that need that match anyway
// read it once.
func wholeDateAt(toks []token, i int, m dateMatch, next int, ok bool) (dateMatch, bool) {
	if !ok {
		// A bare year is a date only when it is the whole string.
		if t := toks[i]; i == len(toks)-1 && t.kind == 'n' && len(t.text) == 4 {
			if y := atoi(t.text); plausibleYear(y) {
				return dateMatch{date: annals.YearDate(y), start: t.start, end: t.end()}, true
			}
		}
		return dateMatch{}, false
	}
	if !onlyTimeAfter(toks[next:]) {
		return dateMatch{}, false
	}
	return m, true
}

// dateLabels are words that introduce a date on a meta line.
var dateLabels = newWordSet(
	"posted", "published", "updated", "date", "dated",
	"on", "publié", "publiée", "le", "mis", "à", "jour",
	"publicado", "el", "publicada", "veröffentlicht", "am",
	"aktualisiert", "stand", "opdateret", "udgivet", "den",
	"опубликовано", "дата", "обновлено", "pubblicato", "il",
	"publicación", "fecha", "datum", "data", "em",
	"asked", "answered", "modified", "edited",
)

// skipDateLabel skips a leading label such as "Posted:" or "Publié le",
// or a time of day printed before the date ("14:30, 3 MAR 2024").
func skipDateLabel(toks []token) int {
	i := leadingClock(toks)
	clocked := i > 0
	for labels := i + 4; i < len(toks) && i < labels; {
		t := toks[i]
		if t.kind == 'w' && dateLabels.hasFold(t.text) {
			i++
			continue
		}
		if t.kind == 'p' && (t.text == ":" || t.text == "-" || t.text == "|" || t.text == "—" || t.text == "–") {
			i++
			continue
		}
		break
	}
	if !clocked && i > 0 && i < len(toks) {
		i += leadingClock(toks[i:]) // "Posted: 6:02 PM CDT Tuesday, …"
	}
	return i
}

// leadingClock is the number of tokens of a time of day opening toks,
// with its am/pm and the punctuation that parts it from the date:
// "14:30, ", "9:05 am | ". It is 0 when toks do not open with one.
func leadingClock(toks []token) int {
	if len(toks) < 4 || toks[0].kind != 'n' || len(toks[0].text) > 2 || toks[1].text != ":" || toks[2].kind != 'n' || len(toks[2].text) != 2 {
		return 0
	}
	i := 3
	if t := toks[i]; t.kind == 'w' && (strings.EqualFold(t.text, "am") || strings.EqualFold(t.text, "pm")) {
		i++
	}
	if i < len(toks) && toks[i].kind == 'w' && (zoneAbbrev(toks[i].text) || toks[i].text == "UTC") {
		i++ // "6:02 PM CDT Tuesday, Mar. 11, 2025"
	}
	if i < len(toks) && toks[i].kind == 'p' && strings.ContainsAny(toks[i].text, ",|-–—·") {
		i++
	}
	if i >= len(toks) || i == 3 && toks[3].kind != 'n' {
		// A clock alone, or one run into the next word; a clock
		// straight before a number opens a date ("07:12 13.03.2025").
		return 0
	}
	return i
}

// pageAbbrevs name a page before its number: "p. 5", "S. 12", "с. 3";
// they are pageWords as words, without their stops.
var pageAbbrevs = func() *wordSet {
	var ws []string
	for _, w := range pageWords {
		if w = strings.TrimSuffix(w, "."); !slices.Contains(ws, w) {
			ws = append(ws, w)
		}
	}
	return newWordSet(ws...)
}()

// pageAfterDate reports whether toks are a page number or range and
// nothing else: "p. 5", "pp. 3-4".
func pageAfterDate(toks []token) bool {
	if len(toks) < 2 || !pageAbbrevs.hasFold(toks[0].text) {
		return false
	}
	toks = toks[1:]
	if toks[0].kind == 'p' && toks[0].text == "." {
		toks = toks[1:]
	}
	if len(toks) == 0 || toks[0].kind != 'n' {
		return false
	}
	for _, t := range toks {
		if t.kind != 'n' && !(t.kind == 'p' && trimMarks(t.text, "-–,.") == "") {
			return false
		}
	}
	return true
}

// timeWords may follow a date as part of a time of day.
var timeWords = newWordSet(strings.Fields(`at um à às a las alle ore kl klo в о h am pm uhr utc gmt cet cest est edt pst pdt bst г года год ж жыл de hs hrs
	wib wita wit msk eet eest ist jst kst aest aedt awst cst cdt mst mdt ict pkt sast wat eat cat brt art clt hkt sgt pht
	pukul jam saat godz v στις ώρα o klokken kello`)...)

// monthRangeBefore reports whether the month-and-year date at token i
// closes a range of months: a month name and a dash before it.
func monthRangeBefore(toks []token, i int) bool {
	if i < 2 || toks[i-1].kind != 'p' || !strings.ContainsAny(toks[i-1].text, "-–/") || toks[i-2].kind != 'w' {
		return false
	}
	_, _, ok := lookupMonth(toks[i-2].text, false)
	return ok
}

// onlyTimeAfter reports whether the tokens after a date are only a time of
// day ("21:36", "at 10:00 am", "- 14:30 CET") or closing punctuation.
func onlyTimeAfter(toks []token) bool {
	clocked := false
	for k, t := range toks {
		switch t.kind {
		case 'n':
			if clocked && len(t.text) == 4 && k > 0 && (toks[k-1].text == "-" || toks[k-1].text == "+") {
				continue // a zone's offset, as mail dates it: "09:14:55 -0500"
			}
			if len(t.text) > 2 {
				return false
			}
			clocked = true
		case 'w':
			var buf [32]byte
			w := appendLower(buf[:0], t.text)
			if timeWords.hasBytes(w) || isWeekday(t.text) {
				// A weekday may follow the date too: "12 Şubat 2025 Çarşamba".
				continue
			}
			if clocked && updateWords.hasBytes(w) {
				continue // "09:12 pm | Updated 09:13 pm IST"
			}
			if clocked && dottedPeriod(toks, k) {
				continue // "6:03 a.m. EST", in its three tokens
			}
			if clocked && k > 0 && datelinePlace(toks[k-1:]) {
				return true // where it was filed: "09:12 pm IST - CHENNAI"
			}
			if clocked && zoneAbbrev(t.text) {
				continue // a zone not in timeWords: "5:00 AM ET", "9:30 NZDT"
			}
			if clocked && k > 0 && zoneAfterClock(toks[k-1:]) {
				return true // the clock's country or zone: "07:12, UK"
			}
			// So may the page of a print edition: "…de 2024, p. 5", or a
			// count of comments: "- 38 comments".
			j := k
			for j > 0 && toks[j-1].kind == 'n' {
				j--
			}
			return pageAfterDate(toks[k:]) || j < k && countsAfter(toks[j:])
		case 'p':
			if !strings.ContainsAny(t.text, ":,.-–—|()/") {
				// A counter of views or comments: "👁 1 245".
				return countsAfter(toks[k:])
			}
		}
	}
	return true
}

// dottedPeriod reports whether toks[k] is a letter of "a.m." or "p.m.",
// which the tokenizer parts: "a", ".", "m".
func dottedPeriod(toks []token, k int) bool {
	switch toks[k].text {
	case "a", "p", "A", "P":
		return k+2 < len(toks) && toks[k+1].text == "." && (toks[k+2].text == "m" || toks[k+2].text == "M")
	case "m", "M":
		return k >= 2 && toks[k-1].text == "." && (toks[k-2].text == "a" || toks[k-2].text == "p" || toks[k-2].text == "A" || toks[k-2].text == "P")
	}
	return false
}

// updateWords say that the time after them is when an entry was updated.
var updateWords = newWordSet("updated", "modified", "aktualisiert", "обновлено", "actualizado", "actualizada", "opdateret")

// datelinePlace reports whether toks are a dash and a place in capitals to
// the end, the city a story was filed from: "- NEW DELHI".
func datelinePlace(toks []token) bool {
	if len(toks) < 2 || toks[0].kind != 'p' || !strings.ContainsAny(toks[0].text, "-–—") {
		return false
	}
	for _, t := range toks[1:] {
		if t.kind == 'p' && t.text != "." || t.kind == 'n' || t.kind == 'w' && (len(t.text) < 3 && len(toks) == 2 || strings.ToUpper(t.text) != t.text) {
			return false
		}
	}
	return true
}

// zoneAfterClock reports whether toks are a comma and one word in
// capitals to the end, the country or zone a clock is read in: ", UK".
func zoneAfterClock(toks []token) bool {
	if len(toks) != 2 || toks[0].text != "," {
		return false
	}
	w := toks[1].text
	return len(w) >= 2 && len(w) <= 5 && strings.ToUpper(w) == w
}

// zoneAbbrev reports whether w reads as a time zone's abbreviation: two
// to five capitals ending in T ("ET", "AEST", "NZDT").
func zoneAbbrev(w string) bool {
	if len(w) < 2 || len(w) > 5 || w[len(w)-1] != 'T' {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// countsAfter reports whether toks, after a date, are counters of views
// or comments: a symbol and numbers ("👁 1 245", "💬 3") or numbers and
// their words ("38 comments", "1 245 просмотров").
func countsAfter(toks []token) bool {
	counted := false
	for _, t := range toks {
		switch t.kind {
		case 'n':
			counted = true
		case 'w':
			if !counterWords.hasFold(t.text) || !counted {
				return false
			}
		case 'p':
			r, _ := utf8.DecodeRuneInString(t.text)
			if !unicode.IsSymbol(r) && !strings.ContainsAny(t.text, ",.-–—|·•") {
				return false
			}
		}
	}
	return counted
}

// counterWords name what a page counts under an entry.
var counterWords = newWordSet(strings.Fields(`views view comments comment replies reply reads likes shares
		просмотров просмотра просмотр комментариев комментария комментарий пікір қаралым
		kommentare kommentar aufrufe commentaires commentaire vues comentarios comentario visitas
		kommentarer visninger messages hits downloads citations сообщений lecturas visites`)...)

// matchDate tries to read a date starting at token i. It returns the match
// and the index of the first token after it.
func matchDate(s string, toks []token, i int, order dayOrder) (dateMatch, int, bool) {
	start := i
	// A weekday before the date is part of it: "Vendredi 12 janvier 2024",
	// and so are the weekdays a series meets on: "Tuesdays, 9 April…".
	if t := toks[i].text; toks[i].kind == 'w' && (isWeekday(t) || len(t) > 6 && strings.HasSuffix(t, "days") && isWeekday(t[:len(t)-1])) {
		j := i + 1
		if (t == "Thứ" || t == "thứ" || t == "Chủ" || t == "chủ") && j < len(toks) && toks[j].kind == 'w' {
			j++ // Vietnamese numbers the day after its word: "Thứ Tư", "Chủ nhật"
		}
		if j < len(toks) && toks[j].kind == 'p' && (toks[j].text == "," || toks[j].text == ".") {
			j++
		}
		if j < len(toks) {
			if m, next, ok := matchDateOrRange(s, toks, j, order); ok {
				m.start = toks[start].start
				return m, next, true
			}
		}
		// "Mar" abbreviates a French weekday and an English month: read
		// as a weekday it dated nothing, so read it as a month.
		if len(t) > 3 {
			return dateMatch{}, 0, false
		}
	}
	return matchDateOrRange(s, toks, i, order)
}

// matchDateOrRange is matchDateCore, or the start of a range of days
// printed with the year once, at its end: "14–16 March 2024", "1 March
// – 31 May 2024". An event is dated by its first day.
func matchDateOrRange(s string, toks []token, i int, order dayOrder) (dateMatch, int, bool) {
	m, next, ok := matchDateCore(s, toks, i, order)
	if ok || toks[i].kind != 'n' || len(toks[i].text) > 2 {
		return m, next, ok
	}
	day := atoi(toks[i].text)
	k := i + 1
	var month time.Month
	if k < len(toks) && toks[k].kind == 'w' {
		mo, _, isMonth := lookupMonth(toks[k].text, false)
		if !isMonth {
			return m, next, ok
		}
		month = mo
		k++
	}
	if k+1 >= len(toks) || toks[k].kind != 'p' || !strings.ContainsAny(toks[k].text, "-–—") || len(toks[k].text) > 3 {
		return m, next, ok
	}
	end, after, endOK := matchDateCore(s, toks, k+1, order)
	if !endOK || end.date.Precision != annals.PrecisionDay || day < 1 || day > 31 {
		return m, next, ok
	}
	y := end.date.Year
	if month == 0 {
		month = end.date.Month
	} else if month > end.date.Month {
		y-- // "20 December – 5 January 2025"
	}
	d := annals.DayDate(y, month, day)
	if d.Validate() != nil || month == end.date.Month && day > end.date.Day {
		return m, next, ok
	}
	return dateMatch{date: d, start: toks[i].start, end: end.end, lang: end.lang}, after, true
}

func matchDateCore(s string, toks []token, i int, order dayOrder) (dateMatch, int, bool) {
	t := toks[i]
	at := func(k int) *token {
		if k < len(toks) {
			return &toks[k]
		}
		return nil
	}
	isP := func(k int, set string) bool {
		tk := at(k)
		return tk != nil && tk.kind == 'p' && !tk.space && strings.Contains(set, tk.text)
	}
	done := func(d annals.Date, next int, lang string) (dateMatch, int, bool) {
		if d.Validate() != nil {
			return dateMatch{}, 0, false
		}
		return dateMatch{date: d, start: t.start, end: toks[next-1].end(), lang: lang}, next, true
	}
	switch t.kind {
	case 'n':
		n := len(t.text)
		// ISO and year-first numeric: 2022-08-08, 2022/08/08, 2022.08.08, 2022-08.
		if n == 4 && isP(i+1, "-/.") && at(i+2) != nil && at(i+2).kind == 'n' && !at(i+2).space && len(at(i+2).text) <= 2 {
			y, mo := atoi(t.text), atoi(at(i+2).text)
			sep := at(i + 1).text
			if isP(i+3, sep) && at(i+4) != nil && at(i+4).kind == 'n' && !at(i+4).space && len(at(i+4).text) <= 2 {
				return done(annals.DayDate(y, time.Month(mo), atoi(at(i+4).text)), i+5, "")
			}
			if sep == "-" && len(at(i+2).text) == 2 && plausibleYear(y) && !isP(i+3, "-/.") {
				return done(annals.MonthDate(y, time.Month(mo)), i+3, "")
			}
			return dateMatch{}, 0, false
		}
		// Day-month-year numeric: 10.05.10, 22.01.2026, 15/5/2025, 12/31/2013, 18-02-2026.
		// German and Czech print spaces after the dots: "5. 5. 2024".
		if n <= 2 && isP(i+1, "./-") && at(i+2) != nil && at(i+2).kind == 'n' && (!at(i+2).space || at(i+1).text == ".") && len(at(i+2).text) <= 2 {
			sep := at(i + 1).text
			spaced := at(i + 2).space
			if isP(i+3, sep) && at(i+4) != nil && at(i+4).kind == 'n' && at(i+4).space == spaced {
				yt := at(i + 4).text
				if len(yt) != 2 && len(yt) != 4 || spaced && len(yt) != 4 {
					return dateMatch{}, 0, false
				}
				// "1.2.3.4" is a section number, not a date.
				if isP(i+5, sep) && at(i+6) != nil && at(i+6).kind == 'n' {
					return dateMatch{}, 0, false
				}
				y := atoi(yt)
				if len(yt) == 2 {
					y = expandYear(y)
				}
				a, b := atoi(t.text), atoi(at(i+2).text)
				day, mo, amb := a, b, false
				switch {
				case a > 12 && b <= 12:
				case b > 12 && a <= 12:
					day, mo = b, a
				case a <= 12 && b <= 12:
					amb = a != b
					if order == orderMonthFirst {
						day, mo = b, a
					}
				}
				m, next, ok := done(annals.DayDate(y, time.Month(mo), day), i+5, "")
				m.ambiguous = amb
				return m, next, ok
			}
			return dateMatch{}, 0, false
		}
		// Month and year: "12/1902", "03.2025". The month has two digits,
		// and a "Nr." before it makes it an issue's number instead
		// (appendDatesToks skips numbers after such words).
		if n == 2 && isP(i+1, "/.") && at(i+2) != nil && at(i+2).kind == 'n' && !at(i+2).space && len(at(i+2).text) == 4 && !isP(i+3, "/.-") {
			mo, y := atoi(t.text), atoi(at(i+2).text)
			if mo >= 1 && mo <= 12 && plausibleYear(y) {
				return done(annals.MonthDate(y, time.Month(mo)), i+3, "")
			}
			return dateMatch{}, 0, false
		}
		if n == 4 {
			y := atoi(t.text)
			if !plausibleYear(y) {
				return dateMatch{}, 0, false
			}
			// CJK and Korean: "2020年5月1日", "2020년 5월 1일", "2020年5月".
			if tk := at(i + 1); tk != nil && tk.kind == 'w' && (tk.text == "年" || tk.text == "년") {
				if m, next, ok := cjkDate(toks, i, y, done); ok {
					return m, next, ok
				}
			}
			// Korean and Hungarian: "2025. 2. 12.".
			if isP(i+1, ".") && at(i+2) != nil && at(i+2).kind == 'n' && at(i+2).space && len(at(i+2).text) <= 2 &&
				isP(i+3, ".") && at(i+4) != nil && at(i+4).kind == 'n' && at(i+4).space && len(at(i+4).text) <= 2 {
				next := i + 5
				if isP(next, ".") {
					next++
				}
				return done(annals.DayDate(y, time.Month(atoi(at(i+2).text)), atoi(at(i+4).text)), next, "")
			}
			// "2016: 1 de mayo", "2026 жылғы 22 қаңтар", "2014 March 3",
			// "2025. február 12.".
			j := i + 1
			if isP(j, ":,.") {
				j++
			}
			// The year's word: Kazakh "жылғы", Lithuanian "m." (metų),
			// Basque "-ko" glued to the number ("2026ko azaroaren 18a").
			if tk := at(j); tk != nil && tk.kind == 'w' && (strings.EqualFold(tk.text, "жылғы") || strings.EqualFold(tk.text, "ж") || tk.text == "m" || j == i+1 && !tk.space && (tk.text == "ko" || tk.text == "eko")) {
				j++
				if isP(j, ".") {
					j++
				}
			}
			if tk := at(j); tk != nil && tk.kind == 'n' && len(tk.text) <= 2 {
				k := skipOrdinal(toks, j+1)
				if tk2 := at(k); tk2 != nil && tk2.kind == 'w' && strings.EqualFold(tk2.text, "de") {
					k++
				}
				if tk2 := at(k); tk2 != nil && tk2.kind == 'w' {
					if mo, lang, ok := monthOf(tk2.text); ok {
						return done(annals.DayDate(y, mo, atoi(tk.text)), k+1, lang)
					}
				}
			}
			if tk := at(j); tk != nil && tk.kind == 'w' {
				if mo, lang, ok := monthOf(tk.text); ok {
					k := j + 1
					if isP(k, ".") {
						k++
					}
					if tk2 := at(k); tk2 != nil && tk2.kind == 'n' && len(tk2.text) <= 2 {
						next := skipOrdinal(toks, k+1)
						if tk3 := at(next); tk3 != nil && tk3.text == "d" && isP(next+1, ".") {
							next += 2 // Lithuanian "18 d." (diena, the day)
						}
						return done(annals.DayDate(y, mo, atoi(tk2.text)), next, lang)
					}
					// "1934 July": an archive's month, year first, closing
					// the string.
					if j == i+1 && k == j+1 && at(k) == nil && len(tk.text) >= 3 {
						return done(annals.MonthDate(y, mo), k, lang)
					}
				}
			}
			return dateMatch{}, 0, false
		}
		if n > 2 {
			return dateMatch{}, 0, false
		}
		// "15 March 2014", "15th March 2014", "1. maj 2018", "1 de mayo de 2016", "5 апреля 2010 г."
		day := atoi(t.text)
		j := skipOrdinal(toks, i+1)
		if isP(j, ".") {
			j++
		}
		if tk := at(j); tk != nil && tk.kind == 'w' && (strings.EqualFold(tk.text, "de") || strings.EqualFold(tk.text, "of")) {
			j++
		}
		tk := at(j)
		if tk == nil || tk.kind != 'w' {
			return dateMatch{}, 0, false
		}
		mo, lang, ok := monthOf(tk.text)
		if !ok {
			return dateMatch{}, 0, false
		}
		j++
		if isP(j, ".") {
			j++
		}
		if tk := at(j); tk != nil && tk.kind == 'p' && tk.text == "," {
			j++
		}
		if tk := at(j); tk != nil && tk.kind == 'w' && (strings.EqualFold(tk.text, "de") || strings.EqualFold(tk.text, "del")) {
			j++
		}
		if tk := at(j); tk != nil && tk.kind == 'n' && len(tk.text) == 4 {
			y := atoi(tk.text)
			if plausibleYear(y) {
				return done(annals.DayDate(y, mo, day), j+1, lang)
			}
		}
		return dateMatch{}, 0, false
	case 'w':
		// Typos are only forgiven in a word followed by a number.
		k := i + 1
		for k < len(toks) && k < i+3 && toks[k].kind == 'p' {
			k++
		}
		mo, lang, ok := lookupMonth(t.text, k < len(toks) && toks[k].kind == 'n')
		if !ok {
			return dateMatch{}, 0, false
		}
		j := i + 1
		if isP(j, ".") {
			j++
		}
		// "Mar - 12 - 2024", "Mar-12-2024": dashes between the parts.
		if tk := at(j); tk != nil && tk.kind == 'p' && tk.text == "-" {
			d, dash, y := at(j+1), at(j+2), at(j+3)
			if d != nil && d.kind == 'n' && len(d.text) <= 2 && dash != nil && dash.kind == 'p' && dash.text == "-" &&
				y != nil && y.kind == 'n' && len(y.text) == 4 && plausibleYear(atoi(y.text)) {
				return done(annals.DayDate(atoi(y.text), mo, atoi(d.text)), j+4, lang)
			}
		}
		// "March 3, 2014", "Feb. 15th 2023", "Mar 31 2021"
		if tk := at(j); tk != nil && tk.kind == 'n' && len(tk.text) <= 2 {
			k := skipOrdinal(toks, j+1)
			if isP(k, ",") || (at(k) != nil && at(k).kind == 'p' && at(k).text == ",") {
				k++
			}
			if tk2 := at(k); tk2 != nil && tk2.kind == 'n' && len(tk2.text) == 4 && plausibleYear(atoi(tk2.text)) {
				return done(annals.DayDate(atoi(tk2.text), mo, atoi(tk.text)), k+1, lang)
			}
			return dateMatch{}, 0, false
		}
		// A bimonthly issue, "March/April 2024", "Jul–Aug 2023": the
		// month it opens with.
		if tk := at(j); tk != nil && tk.kind == 'p' && (tk.text == "/" || tk.text == "-" || tk.text == "–") {
			if m2 := at(j + 1); m2 != nil && m2.kind == 'w' {
				if _, _, ok := lookupMonth(m2.text, false); ok {
					if y := at(j + 2); y != nil && y.kind == 'n' && len(y.text) == 4 && plausibleYear(atoi(y.text)) {
						return done(annals.MonthDate(atoi(y.text), mo), j+3, lang)
					}
				}
			}
		}
		// "March 2014", "March, 2014", "mayo de 2016"
		if tk := at(j); tk != nil && tk.kind == 'p' && tk.text == "," {
			j++
		}
		if tk := at(j); tk != nil && tk.kind == 'w' && (strings.EqualFold(tk.text, "de") || strings.EqualFold(tk.text, "del")) {
			j++
		}
		if tk := at(j); tk != nil && tk.kind == 'n' && len(tk.text) == 4 && plausibleYear(atoi(tk.text)) {
			// A month name needs a capital or to be long to stand alone:
			// "may 2010" in prose is more often a verb than a date.
			if len(t.text) <= 3 && isLower(firstRune(t.text)) && strings.EqualFold(t.text, "may") {
				return dateMatch{}, 0, false
			}
			return done(annals.MonthDate(atoi(tk.text), mo), j+1, lang)
		}
	}
	return dateMatch{}, 0, false
}

// ordinalSuffixes are glued to a day number.
var ordinalSuffixes = newWordSet("st", "nd", "rd", "th", "er", "re", "e",
	"eme", "ème", "o", "a", "º", "ª", "го", "-го")

// skipOrdinal skips an ordinal suffix glued to a number: 15th, 1er, 1º, 2nd.
func skipOrdinal(toks []token, k int) int {
	if k < len(toks) && toks[k].kind == 'w' && !toks[k].space {
		if ordinalSuffixes.hasFold(toks[k].text) {
			return k + 1
		}
	}
	return k
}

func plausibleYear(y int) bool { return y >= 1000 && y <= 2100 }

// expandYear turns a two-digit year into four digits, assuming a listing
// of the recent past.
func expandYear(y int) int {
	if y < 50 {
		return 2000 + y
	}
	return 1900 + y
}

func atoi(s string) int {
	n := 0
	for i := 0; i < len(s) && i < 9; i++ {
		n = n*10 + int(s[i]-'0')
	}
	return n
}

func firstRune(s string) rune {
	r, _ := decodeRune(s)
	return r
}

// monthOf looks a word up in the month tables, allowing one typo in names
// of five letters or more ("Septeber").
func monthOf(w string) (time.Month, string, bool) { return lookupMonth(w, true) }

// lookupMonth looks w up exactly, and with one typo when typo is set.
// Typo matching costs more; callers ask for it only next to a number.
func lookupMonth(w string, typo bool) (time.Month, string, bool) {
	if len(w) > 30 {
		return 0, "", false
	}
	// Most words share their first two runes with no month name: no
	// exact match, and a typo can only be early, leaving the last two.
	// Those runes are lower-cased alone: most words need no more.
	if r0, r1, ok := firstTwoLower(w); ok && !monthStarts.has(r0, r1) {
		if !typo {
			return 0, "", false
		}
		if r0, r1, ok := lastTwoLower(w); ok && !longMonthEnds.has(r0, r1) {
			return 0, "", false
		}
	}
	// monthKeys answers for monthTable and monthDeletions at once.
	k := monthKeys.indexFold(w)
	if k >= 0 && monthKeyInfo[k].name {
		e := monthKeyInfo[k].entry
		return e.m, e.lang, true
	}
	if !typo {
		return 0, "", false
	}
	var buf [64]byte
	lb := appendLower(buf[:0], w)
	n := utf8.RuneCount(lb)
	if n < 4 || n > 11 {
		return 0, "", false
	}
	// One deletion in w, or w is a name with one deletion, or both
	// (a substitution): the deletion neighbourhoods meet.
	if k >= 0 && monthKeyInfo[k].deletedOf != "" {
		e := monthTable[monthKeyInfo[k].deletedOf]
		return e.m, e.lang, true
	}
	var dbuf [64]byte
	for i := 0; i < len(lb); {
		_, size := utf8.DecodeRune(lb[i:])
		d := append(append(dbuf[:0], lb[:i]...), lb[i+size:]...)
		i += size
		k := monthKeys.indexBytes(d)
		if k < 0 {
			continue
		}
		key := &monthKeyInfo[k]
		if key.deletedOf == "" {
			if key.name && utf8.RuneCount(d) >= 5 {
				return key.entry.m, key.entry.lang, true
			}
			continue
		}
		if editDistanceAtMost1(string(lb), key.deletedOf) {
			e := monthTable[key.deletedOf]
			return e.m, e.lang, true
		}
	}
	return 0, "", false
}

// isWeekday reports whether w names a day of the week in a known language.
func isWeekday(w string) bool {
	w = strings.TrimSuffix(w, ".")
	if r0, r1, ok := firstTwoLower(w); ok && !weekdayStarts.has(r0, r1) {
		return false // most words: not even lower-cased
	}
	return weekdays.hasFold(w)
}

// editDistanceAtMost1 reports whether a and b differ by at most one
// insertion, deletion or substitution (of runes).
func editDistanceAtMost1(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	if len(ra) > len(rb) {
		ra, rb = rb, ra
	}
	if len(rb)-len(ra) > 1 || len(rb) < 5 {
		return false
	}
	i := 0
	for i < len(ra) && ra[i] == rb[i] {
		i++
	}
	if len(ra) == len(rb) {
		return i == len(ra) || string(ra[i+1:]) == string(rb[i+1:])
	}
	return string(ra[i:]) == string(rb[i+1:])
}

// cjkDate reads the month and day after a year and its 年/년 marker.
func cjkDate(toks []token, i, y int, done func(annals.Date, int, string) (dateMatch, int, bool)) (dateMatch, int, bool) {
	at := func(k int) *token {
		if k < len(toks) {
			return &toks[k]
		}
		return nil
	}
	mo, mk := at(i+2), at(i+3)
	if mo == nil || mo.kind != 'n' || len(mo.text) > 2 || mk == nil || mk.kind != 'w' || mk.text != "月" && mk.text != "월" {
		return dateMatch{}, 0, false
	}
	if d, dk := at(i+4), at(i+5); d != nil && d.kind == 'n' && len(d.text) <= 2 && dk != nil && dk.kind == 'w' && (dk.text == "日" || dk.text == "일") {
		return done(annals.DayDate(y, time.Month(atoi(mo.text)), atoi(d.text)), i+6, "")
	}
	return done(annals.MonthDate(y, time.Month(atoi(mo.text))), i+4, "")
}
