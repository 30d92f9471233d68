package listing

import (
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
	kind       byte // 'n' number, 'w' word, 'p' punctuation
	start, end int
	text       string
	space      bool // whitespace before the token
}

// tokenize splits s into tokens. It is linear in len(s) and bounds the
// number of tokens so that huge lines cost no more than their prefix.
func tokenize(s string, max int) []token {
	var toks []token
	space := false
	for i := 0; i < len(s) && len(toks) < max; {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsSpace(r):
			space = true
			i += n
			continue
		case r >= '0' && r <= '9':
			j := i
			for j < len(s) && s[j] >= '0' && s[j] <= '9' {
				j++
			}
			toks = append(toks, token{'n', i, j, s[i:j], space})
			i = j
		case unicode.IsLetter(r) || unicode.Is(unicode.Mn, r):
			j := i + n
			for j < len(s) {
				r2, n2 := utf8.DecodeRuneInString(s[j:])
				if !unicode.IsLetter(r2) && !unicode.Is(unicode.Mn, r2) {
					break
				}
				j += n2
			}
			toks = append(toks, token{'w', i, j, s[i:j], space})
			i = j
		default:
			toks = append(toks, token{'p', i, i + n, s[i : i+n], space})
			i += n
		}
		space = false
	}
	return toks
}

// scanDates returns the dates in s in order, without overlaps.
func scanDates(s string, order dayOrder) []dateMatch {
	// Every date we read has a number in it.
	if strings.IndexAny(s, "0123456789") < 0 {
		return nil
	}
	toks := tokenize(s, 4000)
	var out []dateMatch
	for i := 0; i < len(toks); {
		if toks[i].kind == 'p' {
			i++
			continue
		}
		if m, next, ok := matchDate(s, toks, i, order); ok {
			out = append(out, m)
			i = next
			continue
		}
		i++
	}
	return out
}

// wholeDate reports whether s is, apart from a label, a weekday, a time of
// day and punctuation, exactly one date.
func wholeDate(s string, order dayOrder) (dateMatch, bool) {
	s = strings.TrimSpace(s)
	if s == "" || len(s) > 80 || strings.IndexAny(s, "0123456789") < 0 {
		return dateMatch{}, false
	}
	toks := tokenize(s, 40)
	i := skipDateLabel(toks)
	if i >= len(toks) {
		return dateMatch{}, false
	}
	m, next, ok := matchDate(s, toks, i, order)
	if !ok {
		// A bare year is a date only when it is the whole string.
		if t := toks[i]; i == len(toks)-1 && t.kind == 'n' && len(t.text) == 4 {
			if y := atoi(t.text); plausibleYear(y) {
				return dateMatch{date: annals.YearDate(y), start: t.start, end: t.end}, true
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
var dateLabels = map[string]bool{
	"posted": true, "published": true, "updated": true, "date": true, "dated": true,
	"on": true, "publié": true, "publiée": true, "le": true, "mis": true, "à": true, "jour": true,
	"publicado": true, "el": true, "publicada": true, "veröffentlicht": true, "am": true,
	"aktualisiert": true, "stand": true, "opdateret": true, "udgivet": true, "den": true,
	"опубликовано": true, "дата": true, "обновлено": true, "pubblicato": true, "il": true,
	"publicación": true, "fecha": true, "datum": true, "data": true, "em": true,
}

// skipDateLabel skips a leading label such as "Posted:" or "Publié le".
func skipDateLabel(toks []token) int {
	i := 0
	for i < len(toks) && i < 4 {
		t := toks[i]
		if t.kind == 'w' && dateLabels[strings.ToLower(t.text)] {
			i++
			continue
		}
		if t.kind == 'p' && (t.text == ":" || t.text == "-" || t.text == "|" || t.text == "—" || t.text == "–") {
			i++
			continue
		}
		break
	}
	return i
}

// onlyTimeAfter reports whether the tokens after a date are only a time of
// day ("21:36", "at 10:00 am", "- 14:30 CET") or closing punctuation.
func onlyTimeAfter(toks []token) bool {
	for _, t := range toks {
		switch t.kind {
		case 'n':
			if len(t.text) > 2 {
				return false
			}
		case 'w':
			switch strings.ToLower(t.text) {
			case "at", "um", "à", "a", "las", "в", "h", "am", "pm", "uhr", "utc", "gmt", "cet", "cest", "est", "edt", "pst", "pdt", "bst", "г", "года", "год", "ж", "жыл", "de", "hs", "hrs":
			default:
				return false
			}
		case 'p':
			if !strings.ContainsAny(t.text, ":,.-–—|()/") {
				return false
			}
		}
	}
	return true
}

// matchDate tries to read a date starting at token i. It returns the match
// and the index of the first token after it.
func matchDate(s string, toks []token, i int, order dayOrder) (dateMatch, int, bool) {
	start := i
	// A weekday before the date is part of it: "Vendredi 12 janvier 2024".
	if toks[i].kind == 'w' && isWeekday(toks[i].text) {
		j := i + 1
		if j < len(toks) && toks[j].kind == 'p' && (toks[j].text == "," || toks[j].text == ".") {
			j++
		}
		if j < len(toks) {
			if m, next, ok := matchDateCore(s, toks, j, order); ok {
				m.start = toks[start].start
				return m, next, true
			}
		}
		return dateMatch{}, 0, false
	}
	return matchDateCore(s, toks, i, order)
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
		return dateMatch{date: d, start: t.start, end: toks[next-1].end, lang: lang}, next, true
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
		if n <= 2 && isP(i+1, "./-") && at(i+2) != nil && at(i+2).kind == 'n' && !at(i+2).space && len(at(i+2).text) <= 2 {
			sep := at(i + 1).text
			if isP(i+3, sep) && at(i+4) != nil && at(i+4).kind == 'n' && !at(i+4).space {
				yt := at(i + 4).text
				if len(yt) != 2 && len(yt) != 4 {
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
		if n == 4 {
			y := atoi(t.text)
			if !plausibleYear(y) {
				return dateMatch{}, 0, false
			}
			// "2016: 1 de mayo", "2026 жылғы 22 қаңтар", "2014 March 3".
			j := i + 1
			if isP(j, ":,") {
				j++
			}
			if tk := at(j); tk != nil && tk.kind == 'w' && (strings.EqualFold(tk.text, "жылғы") || strings.EqualFold(tk.text, "ж")) {
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
						return done(annals.DayDate(y, mo, atoi(tk2.text)), skipOrdinal(toks, k+1), lang)
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
			if len(t.text) <= 3 && unicode.IsLower(firstRune(t.text)) && strings.EqualFold(t.text, "may") {
				return dateMatch{}, 0, false
			}
			return done(annals.MonthDate(atoi(tk.text), mo), j+1, lang)
		}
	}
	return dateMatch{}, 0, false
}

// skipOrdinal skips an ordinal suffix glued to a number: 15th, 1er, 1º, 2nd.
func skipOrdinal(toks []token, k int) int {
	if k < len(toks) && toks[k].kind == 'w' && !toks[k].space {
		switch strings.ToLower(toks[k].text) {
		case "st", "nd", "rd", "th", "er", "re", "e", "eme", "ème", "o", "a", "º", "ª", "го", "-го":
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
	r, _ := utf8.DecodeRuneInString(s)
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
	lw := w
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= 0x80 || c >= 'A' && c <= 'Z' {
			lw = strings.ToLower(w)
			break
		}
	}
	if e, ok := monthTable[lw]; ok {
		return e.m, e.lang, true
	}
	if !typo {
		return 0, "", false
	}
	n := utf8.RuneCountInString(lw)
	if n < 4 || n > 11 {
		return 0, "", false
	}
	// One deletion in w, or w is a name with one deletion, or both
	// (a substitution): the deletion neighbourhoods meet.
	if name, ok := monthDeletions[lw]; ok {
		e := monthTable[name]
		return e.m, e.lang, true
	}
	for i := range lw {
		_, size := utf8.DecodeRuneInString(lw[i:])
		d := lw[:i] + lw[i+size:]
		name, ok := monthDeletions[d]
		if !ok {
			if e, ok2 := monthTable[d]; ok2 && utf8.RuneCountInString(d) >= 5 {
				return e.m, e.lang, true
			}
			continue
		}
		if editDistanceAtMost1(lw, name) {
			e := monthTable[name]
			return e.m, e.lang, true
		}
	}
	return 0, "", false
}

// isWeekday reports whether w names a day of the week in a known language.
func isWeekday(w string) bool {
	lw := strings.ToLower(strings.TrimSuffix(w, "."))
	return weekdays[lw]
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
