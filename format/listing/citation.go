package listing

import (
	"bytes"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/labor-annals/annals"
)

// authorCitation reads a reference that starts with its authors, as
// bibliographies print them:
//
//	Chicago/MLA  Brody, David. Steelworkers in America. Cambridge, MA: Harvard University Press, 1960.
//	             Cohen, Lizabeth, and Jane Doe. “Title.” Journal 12, no. 3 (1990): 1–20.
//	APA          Smith, J. A., & Jones, B. (2001). Title. Journal, 12(3), 1–20.
//	GOST         Иванов И. И. Заголовок // Известия. – 2019. – № 3.
//
// The names stay as printed ("Brody, David", "Иванов И. И."); the
// publisher of a book or the periodical of an article is the source. It
// asks for a well-formed author block, a title of two words or more, and
// a year or a source after it, so a headline that merely starts
// "Word, Word." is not taken for one.
func authorCitation(s string, order dayOrder) (lead, bool) {
	var c lead
	if len(s) > 600 || len(s) < 20 {
		return c, false
	}
	authors, rest, ok := authorBlock(s)
	if !ok {
		if authors, rest, ok = corporateAuthor(s); !ok {
			return c, false
		}
	}
	title, after, ok := citationTitle(rest)
	if !ok || wordCount(title) < 2 && !apaYear(rest) {
		// (A title of one word, "Strike!", is one only after APA's
		// year, which no headline has.)
		return c, false
	}
	// APA prints the date before the title.
	dateText := after
	if strings.HasPrefix(rest, "(") {
		if e := strings.IndexByte(rest, ')'); e > 0 {
			dateText = rest[1:e] + " " + after
		}
	}
	source := citationSource(skipEdition(after))
	if t, thesis := cutGenre(title); t != title {
		title = t
		if thesis {
			source = ""
		}
	}
	if o := strings.LastIndex(title, " ("); o > 0 && strings.HasSuffix(title, ")") && isEdition(title[o+2:len(title)-1]) {
		title = title[:o] // APA's "Rank and file (Expanded ed.)."
	}
	if t, ok := cutWorkType(title); ok {
		// APA's "Title [Unpublished manuscript]. Department of History,
		// University of Mumbai.": the work's kind is no part of its
		// title, and the body that holds it is named whole.
		title = t
		if inst := trimRightMarks(trimSpace(after), ". "); inst != "" && indexDigit(inst) < 0 && wordCount(inst) <= 10 && isUpperStart(inst) {
			source = inst
		}
	}
	if d, ok := citationDate(dateText, order); ok {
		c.date, c.dated = d.date, true
		if d.date.Precision == annals.PrecisionYear && dateText != after {
			// "(2021) Title. Journal. Vol 52, No 3, May.": the issue's
			// month, or day and month, after the year in brackets.
			c.date = issueMonth(after, d.date)
		}
	}
	if !c.dated && source == "" && !strings.HasPrefix(rest, "(n.d.)") {
		// (A reference may say it has no date: "(n.d.)".)
		return c, false
	}
	if !c.dated && looksLikeNameList(s) {
		// "Keisha M. Dorsey & Alan R. Whitcomb": names with initials,
		// not "Surname I. Title. Source".
		return c, false
	}
	c.title, c.authors, c.source = title, authors, source
	return c, true
}

// apaYear reports whether s opens with APA's year in brackets: "(2014).".
func apaYear(s string) bool {
	y, ok := strings.CutPrefix(s, "(")
	return ok && len(y) >= 7 && isDigits(y[:4]) && (strings.HasPrefix(y[4:], ").") || y[4] == ',' || y[4] == ')' && y[5] == ' ')
}

// cutWorkType cuts the bracketed kind of an unpublished work from the
// end of a reference's title: "… of Nizamabad (Doctoral dissertation)",
// "… from Girangaon [Unpublished manuscript]".
func cutWorkType(title string) (string, bool) {
	if title == "" {
		return title, false
	}
	var open byte
	switch title[len(title)-1] {
	case ')':
		open = '('
	case ']':
		open = '['
	default:
		return title, false
	}
	b := strings.LastIndexByte(title, open)
	if b <= 0 || title[b-1] != ' ' {
		return title, false
	}
	kind := strings.ToLower(title[b+1 : len(title)-1])
	for _, w := range workTypeWords {
		if strings.Contains(kind, w) {
			return trimSpace(title[:b]), true
		}
	}
	return title, false
}

// workTypeWords name the kinds of unpublished work a reference states in
// brackets after the title.
var workTypeWords = []string{"dissertation", "thesis", "manuscript", "unpublished", "mémoire", "tesis", "doktorarbeit"}

// corporateAuthor reads a body's name as the author of a Harvard or APA
// reference, before its date: "National Coal Mining Museum for England
// (n.d.) Title…". The name is words in capitals, joined by a few small
// words, with no comma or digit.
func corporateAuthor(s string) ([]string, string, bool) {
	b := strings.IndexByte(headOf(s, 100), '(')
	if b <= 1 || s[b-1] != ' ' || b+1 == len(s) || !isDigitByte(s[b+1]) && s[b+1] != 'n' {
		return nil, "", false // the date's bracket: "(2004)", "(n.d.)"
	}
	b--
	e := strings.IndexByte(s[b:], ')')
	if e < 0 {
		return nil, "", false
	}
	if d := s[b+2 : b+e]; !bareYear(d) && d != "n.d." && d != "n.d" {
		return nil, "", false
	}
	// CIPD's style closes the name with a stop: "ACAS. (2024)". A
	// name of one word is an acronym in capitals.
	name := strings.TrimSuffix(s[:b], ".")
	ws := strings.Fields(name)
	if len(ws) == 1 && len(name) >= 3 && allUpper(name) {
		return []string{name}, s[b+1:], true
	}
	if len(ws) < 2 || len(ws) > 10 || strings.ContainsAny(name, ",.:;\"“”") || indexDigit(name) >= 0 {
		return nil, "", false
	}
	for k, w := range ws {
		if !isUpperStart(w) && (k == 0 || k == len(ws)-1 || !orgJoinWords.has(w)) {
			return nil, "", false
		}
	}
	return []string{name}, s[b+1:], true
}

// orgJoinWords join the capitalised words of a body's name.
var orgJoinWords = newWordSet("for", "of", "the", "and", "on", "in", "de", "du", "des", "la", "le", "et", "für", "der", "und")

// authorBlock reads the names at the start of a reference, up to the
// full stop (or the APA date) that ends them, and returns them with the
// text after.
func authorBlock(s string) ([]string, string, bool) {
	names, rest, ok := authorNames(s)
	if ok {
		trimListStop(names)
	}
	return names, rest, ok
}

// trimListStop drops the full stop after the last of a list of names
// whose initials are printed without stops, Vancouver's ("Kerr C, Siegel
// A. Title", "Kerr JM, Sim PJ."): it ends the list, not an initial.
func trimListStop(names []string) {
	if len(names) < 2 {
		return
	}
	last := names[len(names)-1]
	if w, ok := strings.CutSuffix(lastField(last), "."); ok && bareInitials(w) && bareInitials(lastField(names[len(names)-2])) {
		names[len(names)-1] = strings.TrimSuffix(last, ".")
	}
}

// authorNames is authorBlock's reading of the names, as printed.
func authorNames(s string) ([]string, string, bool) {
	var names []string
	i := 0
	for n := 0; n < 12; n++ {
		name, j, ok := invertedName(s, i, n > 0)
		if ok && n > 0 && strings.Contains(names[0], ", ") {
			// After a first name inverted with its comma (MLA's "High,
			// Steven, and David W. Lewis."), the others are in direct
			// order, their initials in the middle.
			if dn, dj, dok := directName(s, i); dok && dj > j {
				name, j = dn, dj
			}
		}
		if !ok {
			return nil, "", false
		}
		names = append(names, name)
		i = j
		// An editors' mark after the names: "Doe, Jane, eds. (2019)";
		// "et al." after the last name printed.
		for _, m := range editorMarks {
			if strings.HasPrefix(s[i:], m) {
				i += len(m)
				break
			}
		}
		if strings.HasPrefix(s[i:], ", et al.") || strings.HasPrefix(s[i:], " et al.") {
			i += strings.Index(s[i:], "et al.") + len("et al")
		} else if strings.HasPrefix(s[i:], " a kol.") { // Czech and Slovak "et al."
			i += len(" a kol")
		}
		// A separator to the next name, or the end of the block.
		rest := s[i:]
		switch {
		case strings.HasPrefix(rest, ". "), strings.HasPrefix(rest, ".. "):
			return names, trimSpace(trimLeftMarks(rest, ".")), true
		case strings.HasPrefix(rest, " ("), strings.HasPrefix(rest, ". ("):
			// APA: "Smith, J. (2001). Title."
			return names, trimSpace(trimLeftMarks(rest, ". ")), true
		case strings.HasPrefix(rest, ": ") && strings.Contains(names[0], ", "):
			// DIN 1505: "Kittner, Michael: Arbeitskampf. München : Beck".
			return names, trimSpace(rest[2:]), true
		case endsInitial(s[:i]) && startsTitle(rest):
			// "Thompson, E. P. The Making…", "Иванов И. И. Заголовок":
			// the initial's own stop ends the block. "Joan E. Whitcombe
			// and Harold P. Lasker, Title" is a name in direct order.
			if len(names) == 1 && surnameFollows(rest) {
				return nil, "", false
			}
			return names, trimSpace(rest), true
		}
		sep := nameSeparator(rest)
		if sep == 0 {
			return nil, "", false
		}
		i += sep
	}
	return nil, "", false
}

// surnameFollows reports whether rest, after "Given I.", goes on with a
// surname and then another name or the comma before a title: " Whitcombe
// and Harold P. Lasker, …", " Whitcombe, Labor in…".
func surnameFollows(rest string) bool {
	w, j := nextWord(rest, 1)
	if !isSurnameWord(w) || j >= len(rest) {
		return false
	}
	after := rest[j:]
	if strings.HasPrefix(after, " and ") || strings.HasPrefix(after, " & ") {
		next, _ := nextWord(after, strings.IndexByte(after[1:], ' ')+2)
		return isSurnameWord(next) // "and Harold", not "and denial"
	}
	return strings.HasPrefix(after, ", ")
}

// editorMarks follow the names of a book's editors.
var editorMarks = []string{", eds", ", ed", " (eds.)", " (ed.)", " (Eds.)", " (Ed.)", " (Hrsg.)", " (Hg.)", " (dir.)", " (éd.)", " (éds.)",
	" (coord.)", " (a cura di)", " (red.)", " (ред.)", " (eds)", " (ed)"}

// nameSeparator returns the length of the separator between two names
// at the start of s: a comma or semicolon, a conjunction, or both
// (", and "); 0 if there is none.
func nameSeparator(s string) int {
	n := 0
	if strings.HasPrefix(s, ",") || strings.HasPrefix(s, ";") {
		n = 1
	} else if strings.HasPrefix(s, " ; ") {
		return 3 // DIN 1505: "Nachtwey, Oliver ; Wolf, Luigi"
	}
	for _, c := range conjunctions {
		if strings.HasPrefix(s[n:], c) {
			return n + len(c)
		}
	}
	if n > 0 && strings.HasPrefix(s[n:], " ") {
		return n + 1
	}
	return 0
}

// invertedName reads one author name at s[i:]: "Surname, Given Names",
// "Surname, I. I.", "Surname I. O." or, after the first, also a name in
// direct order ("and Jane Smith"). It returns the name and where it ends.
func invertedName(s string, i int, later bool) (string, int, bool) {
	start := i
	// The surname: capitalised words joined by hyphens or particles
	// ("Kessler-Harris", "van der Linden").
	words := 0
	for {
		w, j := nextWord(s, i)
		if w == "" {
			return "", 0, false
		}
		if nameParticles.has(w) && words == 0 {
			i = j + 1
			continue
		}
		if !isSurnameWord(w) {
			return "", 0, false
		}
		i = j
		words++
		break
	}
	if j, ok := longSurname(s, i); ok {
		// Spanish and Portuguese double surnames ("Balcells Pujol,
		// Roser (1994)"), taken only before the date in brackets or
		// another author's name: the words before a comma open many a
		// headline.
		if name, k, ok := givenPart(s, start, j); ok && (strings.HasPrefix(s[k:], " (") && k+2 < len(s) && isDigitByte(s[k+2]) || strings.HasPrefix(s[k:], "; ")) {
			return name, k, true
		}
	}
	if strings.HasPrefix(s[i:], ", ") {
		return givenPart(s, start, i)
	}
	// "Surname I. O." (GOST, also "Ivanov I.I."), or Vancouver's "Smith
	// JA," with the initials run together and no stops.
	if i < len(s) && s[i] == ' ' {
		w, j := nextWord(s, i+1)
		if bareInitials(w) && j < len(s) && (s[j] == ',' || s[j] == '.' && j+1 < len(s) && s[j+1] == ' ' || bareInitialsEnd(s[j:])) {
			return s[start:j], j, true
		}
		// A surname of more words: "Martínez Lucio M and …", "De la
		// Cruz Romero A (2017)".
		for n, k := 0, j; n < 3 && (isSurnameWord(w) || nameParticles.has(w)) && k < len(s) && s[k] == ' '; n++ {
			var k2 int
			w, k2 = nextWord(s, k+1)
			if bareInitials(w) && k2 < len(s) && (s[k2] == ',' || bareInitialsEnd(s[k2:])) {
				return s[start:k2], k2, true
			}
			k = k2
		}
		if isInitial(w) || isInitialRun(w) {
			k := j
			for k < len(s) && s[k] == ' ' {
				nw, nj := nextWord(s, k+1)
				if !isInitial(nw) {
					break
				}
				k = nj
			}
			return s[start:k], k, true
		}
		if later {
			// Direct order after "and": "Jane Smith", "Jane K. Smith".
			k := i
			for n := 0; n < 3 && k < len(s) && s[k] == ' '; n++ {
				nw, nj := nextWord(s, k+1)
				if nw == "" || !(isSurnameWord(nw) || isInitial(nw)) {
					break
				}
				k = nj
			}
			if k > i && !isInitial(lastField(s[start:k])) {
				return s[start:k], k, true
			}
		}
	}
	return "", 0, false
}

// longSurname returns the end of a surname of two or three words that
// starts at i's word ("Balcells Pujol", "Ferrer Gimeno", "Soto y
// Llorente"), where ", " follows it.
func longSurname(s string, i int) (int, bool) {
	for n := 0; n < 2 && i < len(s) && s[i] == ' '; n++ {
		w, j := nextWord(s, i+1)
		if !isSurnameWord(w) && !surnameJoins.has(w) {
			return 0, false
		}
		if strings.HasPrefix(s[j:], ", ") {
			return j, !surnameJoins.has(w)
		}
		i = j
	}
	return 0, false
}

// surnameJoins join the two surnames of a Spanish or Portuguese name.
var surnameJoins = newWordSet("y", "i", "e", "de", "del", "da", "do", "dos")

// givenPart reads "Surname, Given" from start, the surname ending at
// i: given names or initials until a stop or a separator.
func givenPart(s string, start, i int) (string, int, bool) {
	// "Surname, Given": given names or initials until a stop or a
	// separator.
	k := i + 2
	given := 0
	for given < 4 {
		w, j := nextWord(s, k)
		if strings.HasSuffix(w, ":") && strings.HasPrefix(s[j:], " ") {
			// DIN 1505's colon ends the names: "Kittner, Michael:
			// Arbeitskampf".
			w, j = w[:len(w)-1], j-1
		}
		if w == "" || !(isInitial(w) || isSurnameWord(w) && !strings.HasSuffix(w, ".") || isInitialRun(w)) {
			break
		}
		given++
		k = j
		if isInitial(w) || isInitialRun(w) {
			if k < len(s) && s[k] == ' ' {
				if nw, _ := nextWord(s, k+1); isInitial(nw) || isInitialRun(nw) {
					k++
					continue
				}
			}
		}
		// A given name goes on with another ("Foster Rhea"), but a
		// middle initial ends it ("Robert H. The CIO").
		if k < len(s) && s[k] == ' ' && !isInitial(w) && !isInitialRun(w) {
			// A second given name that the block's stop ends
			// ("MATTOS, Marcelo Badaró. Greves…") is one too.
			if nw, nj := nextWord(s, k+1); nw != "" && (isInitial(nw) && given < 3 || isSurnameWord(nw) && !isInitial(nw) && given < 3 && (!startsTitleWord(s[k+1:]) || strings.HasPrefix(s[nj:], ". "))) {
				k++
				continue
			}
		}
		break
	}
	if given == 0 {
		return "", 0, false
	}
	// An initial keeps its stop ("Abernathy, L. M."); a given name
	// does not take the stop that ends the author block.
	if name := s[start:k]; endsInitial(name) {
		return name, k, true
	}
	return trimRightMarks(s[start:k], "."), k, true
}

// bareInitialsEnd reports whether rest, after "Surname I" with the
// initials bare, closes the name as SAGE's author-date style does: with
// "and" or "&" before another "Surname I", or with the year in brackets
// ("Ackers P and Payne J (1998)").
func bareInitialsEnd(rest string) bool {
	if y, ok := strings.CutPrefix(rest, " ("); ok {
		return len(y) >= 4 && isDigits(y[:4])
	}
	for _, c := range []string{" and ", " & "} {
		if next, ok := strings.CutPrefix(rest, c); ok {
			// The next surname may have more words: "and Martínez Lucio
			// M", "and De la Cruz Romero A".
			j := 0
			for n := 0; n < 4; n++ {
				w, e := nextWord(next, j)
				if !isSurnameWord(w) && !nameParticles.has(w) || e >= len(next) || next[e] != ' ' {
					return false
				}
				if ini, _ := nextWord(next, e+1); bareInitials(ini) {
					return true
				}
				j = e + 1
			}
			return false
		}
	}
	return false
}

// directName reads a name in direct order at s[i:] up to the stop or
// comma after its surname: "David W. Lewis", "Ellen Rees".
func directName(s string, i int) (string, int, bool) {
	k := i
	words := 0
	for words < 4 {
		w, j := nextWord(s, k)
		if w == "" || !(isSurnameWord(w) || isInitial(w)) {
			break
		}
		words++
		k = j
		if k >= len(s) || s[k] != ' ' {
			break
		}
		k++
	}
	k = min(k, len(s))
	name := trimRightMarks(s[i:k], " ")
	end := i + len(name)
	if words < 2 || isInitial(lastField(name)) || end < len(s) && s[end] != '.' && s[end] != ',' {
		return "", 0, false
	}
	return name, end, true
}

// nextWord returns the word at s[i:] (up to a space or a comma) and its
// end; a word's trailing stop is kept so initials read as initials.
func nextWord(s string, i int) (string, int) {
	if i >= len(s) {
		return "", i
	}
	j := i
	for j < len(s) && s[j] != ' ' && s[j] != ',' && s[j] != ';' && s[j] != '(' {
		j++
	}
	w := s[i:j]
	// "David." ends the block: the stop is not part of a name word.
	if strings.HasSuffix(w, ".") && !isInitial(w) && !isInitialRun(w) {
		w, j = w[:len(w)-1], j-1
	}
	return w, j
}

// isSurnameWord is a capitalised word of letters, hyphens and apostrophes.
func isSurnameWord(w string) bool {
	if w == "" || runesOver(w, 30) {
		return false
	}
	r, _ := decodeRune(w)
	if !isUpper(r) {
		return false
	}
	letters := 0
	for _, r := range w {
		switch {
		case isLetter(r):
			letters++
		case r == '-' || r == '\'' || r == '’':
		default:
			return false
		}
	}
	return letters >= 2
}

// isInitial is "J." or "Ж.".
func isInitial(w string) bool {
	r, n := decodeRune(w)
	return isUpper(r) && w[n:] == "."
}

// isInitialRun is "J.A." or "И.И." printed without spaces.
func isInitialRun(w string) bool {
	if len(w) < 4 || !strings.HasSuffix(w, ".") {
		return false
	}
	for rest := w; rest != ""; {
		// Each part is a capital and its stop.
		r, n := decodeRune(rest)
		if !isUpper(r) || n >= len(rest) || rest[n] != '.' {
			return false
		}
		rest = rest[n+1:]
	}
	return true
}

// bareInitials is "J" or "JA": up to three capitals without stops, as
// Vancouver references print a name's initials.
func bareInitials(w string) bool {
	n := 0
	for _, r := range w {
		if !isUpper(r) {
			return false
		}
		n++
	}
	return n >= 1 && n <= 3
}

func endsInitial(s string) bool {
	w := lastField(s)
	return isInitial(w) || isInitialRun(w)
}

func lastField(s string) string {
	s = trimRightMarks(s, " ")
	if i := strings.LastIndexByte(s, ' '); i >= 0 {
		return s[i+1:]
	}
	return s
}

// startsTitle reports whether s (after a name) begins a title: a space and
// a word that is not an initial, or an opening quote.
func startsTitle(s string) bool {
	if !strings.HasPrefix(s, " ") {
		return false
	}
	return startsTitleWord(s[1:])
}

func startsTitleWord(s string) bool {
	r, _ := decodeRune(s)
	if strings.ContainsRune("“\"«„'‘", r) {
		return true
	}
	w, _ := nextWord(s, 0)
	return w != "" && !isInitial(w) && !isInitialRun(w) && (isUpper(r) || isDigit(r))
}

// citationTitle reads the title after the author block: quoted
// (“Title.” or «Заголовок»), or up to the stop, " // " or " / " that ends
// it. An APA date in brackets before it is skipped.
func citationTitle(s string) (title, after string, ok bool) {
	dated := false // the date came before the title, as Harvard and APA print it
	if strings.HasPrefix(s, "(") {
		e := strings.IndexByte(s, ')')
		if e < 0 || e > 40 {
			return "", "", false
		}
		s, dated = trimLeftMarks(s[e+1:], ". "), true
		if len(s) > 6 && s[0] == '[' && s[5] == ']' && isDigits(s[1:5]) {
			// The year first published, after the edition's: "(1978)
			// [1948]. Memorias…".
			s = trimLeftMarks(s[6:], ". ")
		}
	}
	for _, q := range [][2]string{{"“", "”"}, {"\"", "\""}, {"«", "»"}, {"‘", "’"}, {"'", "'"}} {
		if strings.HasPrefix(s, q[0]) {
			e := strings.Index(s[len(q[0]):], q[1])
			if q[1] == "’" || q[1] == "'" {
				// A single quote doubles as an apostrophe ("'Workers'
				// control…',"): the closing one stands before a comma
				// or a stop.
				e = closingQuote(s[len(q[0]):], q[1])
			}
			if e < 0 {
				return "", "", false
			}
			t := s[len(q[0]) : len(q[0])+e]
			closed := len(q[0]) + e + len(q[1])
			if rest := s[closed:]; strings.HasPrefix(rest, ": ") {
				// A title that opens with a quotation and goes on past
				// it: "“A Wagner act for public employees”: Labor's
				// deferred dream, 1970–1976. Journal…", quotes and all.
				if k := titleStop(rest); k > 0 {
					return trimSpace(s[:closed+k]), trimLeftMarks(rest[k:], " .,"), true
				}
			}
			return trimRightMarks(t, " .,"), trimLeftMarks(s[closed:], " .,"), true
		}
	}
	end, skip := -1, 0
	for _, m := range []string{" // ", " / ", ". – ", ". — ", ". ", "? ", "! "} {
		i := strings.Index(s, m)
		if m == ". " {
			i = titleStop(s)
		}
		if i > 0 && (end < 0 || i < end) {
			end, skip = i, len(m)
			if m == "? " || m == "! " {
				end++ // the mark belongs to the title
				skip--
			}
		}
	}
	if end < 0 {
		if dated {
			return commaImprint(s)
		}
		return "", "", false
	}
	title = trimSpace(s[:end])
	after = trimSpace(s[end+skip:])
	if strings.HasPrefix(s[end:], " // ") {
		after = "// " + after
	}
	return title, after, title != ""
}

// commaImprint reads a book's title and imprint set apart by commas
// alone, as the Open University's Harvard style prints them: "The Enemy
// Within, 4th edn, London, Verso." gives the title and the publisher.
func commaImprint(s string) (title, after string, ok bool) {
	t := trimRightMarks(s, ". ")
	p := lastIndexPair(t, ',', ' ')
	if p <= 0 {
		return "", "", false
	}
	q := lastIndexPair(t[:p], ',', ' ')
	if q <= 0 {
		return "", "", false
	}
	place, pub := t[q+2:p], t[p+2:]
	if !isUpperStart(place) || !isUpperStart(pub) || wordCountUpTo(place, 4) > 3 || indexDigit(place) >= 0 || indexDigit(pub) >= 0 {
		return "", "", false
	}
	title = t[:q]
	if e := lastIndexPair(title, ',', ' '); e > 0 && isEdition(title[e+2:]) {
		title = title[:e]
	}
	return trimSpace(title), pub, wordCount(title) >= 2
}

// firstStop returns the index of the first ". " in s for which ok
// holds, or -1.
func firstStop(s string, ok func(i int) bool) int {
	for k := 0; ; {
		i := strings.Index(s[k:], ". ")
		if i < 0 {
			return -1
		}
		if ok(k + i) {
			return k + i
		}
		k += i + 2
	}
}

// stopBeforeYear returns the index of the first ". " in s that a year
// follows ("Правда. 1989. 18 июля"), or -1.
func stopBeforeYear(s string) int {
	return firstStop(s, func(i int) bool {
		y := s[i+2:]
		return len(y) >= 4 && isDigits(y[:4]) && (len(y) == 4 || !isDigitByte(y[4])) && plausibleYear(atoi(y[:4]))
	})
}

// titleStop returns the index of the first ". " in s that is not an
// abbreviation's within the title ("сб. документов", "1989–1991 гг. и"),
// or -1.
func titleStop(s string) int {
	return firstStop(s, func(i int) bool {
		return !titleAbbreviations.has(s[strings.LastIndexAny(s[:i], " (")+1 : i])
	})
}

// titleAbbreviations are the words Russian references shorten inside a
// title: "сб. документов", "Т. 2", "изд. 2-е".
var titleAbbreviations = newWordSet("сб", "гг", "г", "вып", "ч", "кн", "изд", "доп", "испр", "перераб", "науч", "тр", "ст", "др", "т", "ред", "сост")

// closingQuote returns the index in s of the quote q that closes a
// title: the first followed by a comma or a stop, else the last; -1 if
// there is none.
func closingQuote(s, q string) int {
	for _, end := range []string{q + ",", q + "."} {
		if i := strings.Index(s, end); i >= 0 {
			return i
		}
	}
	return strings.LastIndex(s, q)
}

// periodicalMark gives the periodical a GOST reference names after its
// " // " as the source, the mark kept: the conventions record sources as
// the entry prints them, and their example is "// Известия".
func periodicalMark(name string) string {
	if name = trimSpace(name); name == "" {
		return ""
	}
	return "// " + name
}

// citationSource finds the periodical or publisher after the title:
// "// Известия. – 2019", "Cambridge, MA: Harvard University Press, 1960",
// "Journal 12, no. 3 (1990)", "Journal, 12(3), 1–20", "М.: Наука, 1990".
func citationSource(s string) string {
	s = trimSpace(s)
	if strings.HasPrefix(s, "// ") {
		s = s[3:]
		if i := strings.Index(s, ". –"); i > 0 {
			return periodicalMark(s[:i])
		}
		if i := strings.Index(s, ". —"); i > 0 {
			return periodicalMark(s[:i])
		}
		if i := stopBeforeYear(s); i > 0 {
			// The areas set apart by stops alone, as journals print
			// GOST: "// Вестник … университета. 2014. № 3. С. 15–20".
			return periodicalMark(s[:i])
		}
		return periodicalMark(trimRightMarks(firstClause(s), "."))
	}
	s = trimLeftMarks(s, "–—- ")
	if strings.HasPrefix(s, "Available at") || strings.HasPrefix(s, "Available from") || strings.HasPrefix(s, "Retrieved from") {
		// A web page's address, not a publisher.
		return ""
	}
	// A chapter "In Editor (ed.). Book. Place: Publisher", "in Fink, L.
	// (ed.) Book.", APA's "In A. Editor (Ed.), Book (pp. 3–9).": the book.
	if strings.HasPrefix(s, "In ") || strings.HasPrefix(s, "in ") || strings.HasPrefix(s, "In: ") {
		// Chicago names the book first: "In Book, edited by Ann Lee,
		// 45–67."
		for _, m := range []string{", edited by ", ", ed. ", ", eds. ", ", hrsg. von ", ", herausgegeben von ", ", sous la direction de ", ", под ред. "} {
			if i := strings.Index(s, m); i > 3 && i < 200 {
				return trimSpace(s[strings.IndexByte(s, ' ')+1 : i])
			}
		}
		for _, m := range []string{"(eds.). ", "(ed.). ", "(Hrsg.). ", "(eds.) ", "(ed.) ", "(Eds.), ", "(Ed.), ", "(eds.), ", "(ed.), ", "(Hrsg.), ", "eds. ", "ed. "} {
			if i := strings.Index(s, m); i > 0 && i < 120 {
				book := s[i+len(m):]
				if e := sentenceEnd(book); e > 0 {
					book = book[:e]
				}
				if e := strings.Index(book, " (p"); e > 0 {
					book = book[:e] // "(pp. 33–58)"
				}
				return trimSpace(trimRightMarks(book, ". ,"))
			}
		}
	}
	// "Place: Publisher, Year": the imprint as printed, place and all
	// ("М.: Междунар. отношения"), up to the year.
	if i := strings.Index(s, ": "); i > 0 && i < 40 && indexDigit(s[:i]) < 0 {
		// Unless a volume number ends it: then the colon is a
		// periodical's own ("Labor: Studies in Working-Class History
		// 21, no. 1").
		if imp := imprintEnd(s[i+2:]); !isVolumeTail(imp) {
			return trimSpace(s[:i+1] + " " + imp)
		}
	}
	// A periodical: its name up to the volume, the year or the pages.
	end := len(s)
	for _, m := range []string{", vol", ", no.", ", pp", ", p.", " (", ", ", ". "} {
		if i := strings.Index(s, m); i > 0 && i < end {
			end = i
		}
	}
	for i := 1; i < end; i++ {
		if s[i-1] == ' ' && s[i] >= '0' && s[i] <= '9' {
			end = i - 1
			break
		}
	}
	if end < len(s) && strings.HasPrefix(s[end:], ", ") {
		end = max(end, listedNameEnd(s))
	}
	src := trimRightMarks(trimSpace(s[:end]), ".,:;")
	if src == "" || !isUpperStart(src) || wordCount(src) > 8 {
		return ""
	}
	if _, ok := ParseDate(src); ok {
		return ""
	}
	return src
}

// listedNameEnd returns where a periodical whose name lists its
// subjects ends, at its volume: "Work, Employment and Society 32(6)",
// "Gender, Work & Organization, 28(2)". The name has a comma, then an
// "and" or "&" and no number or stop before the volume; -1 otherwise.
func listedNameEnd(s string) int {
	v := -1
	for i := 1; i < len(s) && i < 100; i++ {
		if s[i-1] == ' ' && isDigitByte(s[i]) {
			v = i
			break
		}
	}
	if v < 0 {
		return -1
	}
	name := trimRightMarks(s[:v], " ,")
	c := strings.Index(name, ", ")
	if c <= 0 || strings.Contains(name, ". ") || strings.ContainsAny(name, "()") || wordCount(name) > 8 {
		return -1
	}
	tail := name[c+2:]
	if !strings.Contains(tail, " and ") && !strings.Contains(tail, " & ") || !isUpperStart(tail) {
		return -1
	}
	return len(name)
}

// isVolumeTail reports whether s ends in a number of at most three
// digits, a periodical's volume rather than an imprint's year.
func isVolumeTail(s string) bool {
	w := lastField(trimRightMarks(s, " ,.;:"))
	return len(w) > 0 && len(w) <= 3 && strings.Trim(w, "0123456789") == ""
}

func firstClause(s string) string {
	if i := strings.IndexAny(s, ",;"); i > 0 {
		return s[:i]
	}
	return s
}

// citationDate is the first date after the title: a full date when the
// reference prints one, else the year.
func citationDate(s string, order dayOrder) (dateMatch, bool) {
	// The day the compiler read a web page is no date of the work: "2009.
	// № 2. URL: … (дата обращения: 14.03.2019)".
	s = cutAccessNote(headOf(s, 200))
	var buf [8]dateMatch // most references print few dates: none allocated
	for _, d := range appendDates(buf[:0], s, order, -1) {
		if d.date.Year >= 1000 {
			return d, true
		}
	}
	// A bare year: four digits standing alone, not a page or a range.
	return firstYear(s, true)
}

// firstYear returns the first number of four digits in s that is a
// plausible year. With alone, a number opening a range or a fraction
// ("1984-85", "2024/3") is passed over.
func firstYear(s string, alone bool) (dateMatch, bool) {
	for i := 0; i+4 <= len(s); i++ {
		if (i > 0 && isDigitByte(s[i-1])) || !isDigitByte(s[i]) {
			continue
		}
		j := i
		for j < len(s) && isDigitByte(s[j]) {
			j++
		}
		if j-i == 4 && plausibleYear(atoi(s[i:j])) && (!alone || (j == len(s) || !strings.ContainsRune("–-/", rune(s[j]))) && !pageRangeEnd(s, i)) {
			return dateMatch{date: annals.YearDate(atoi(s[i:j])), start: i, end: j}, true
		}
		i = j
	}
	return dateMatch{}, false
}

// pageRangeEnd reports whether the number at s[i:] closes a range of
// pages: "page 1712-1736", "pp. 1101–1124".
func pageRangeEnd(s string, i int) bool {
	k := trimRightMarks(s[:i], "-–")
	if len(k) == i || k == "" || !isDigitByte(k[len(k)-1]) {
		return false
	}
	k = trimRightMarks(strings.TrimRight(k, "0123456789"), " ")
	w := k[strings.LastIndexAny(k, " (,;")+1:]
	var buf [16]byte
	return len(w) < len(buf) && pageAbbrevs.hasBytes(bytes.TrimSuffix(appendLower(buf[:0], w), []byte(".")))
}

func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }

// scholarByline reads a search engine's line under a scholarly result:
// "E Carradine, M Oduya - Labour History Review, 2011 - Taylor & Francis",
// "GR Hollis - 2003 - books.google.com": authors as initials and surname,
// then the periodical and year, then the host or publisher.
func scholarByline(s string) (lead, bool) {
	var c lead
	if len(s) > 300 {
		return c, false
	}
	// The line splits at " - " into two or three parts; most lines with
	// a dash hold none.
	first, rest, ok := cutSpaced(s, " - ")
	if !ok {
		return c, false
	}
	mid, last, three := cutSpaced(rest, " - ")
	if three && indexSpaced(last, " - ") >= 0 {
		return c, false
	}
	for names := trimRightMarks(first, "… "); ; {
		n, rest, more := strings.Cut(names, ", ")
		// The words as strings.Fields splits them: two or three (a
		// fourth rules the name out).
		var wbuf [4]string
		ws := appendFields(wbuf[:0], n, len(wbuf))
		if len(ws) < 2 || len(ws) == len(wbuf) || !allUpper(ws[0]) || utf8.RuneCountInString(ws[0]) > 3 || !isSurnameWord(ws[len(ws)-1]) {
			return lead{}, false
		}
		c.authors = append(c.authors, n)
		if !more {
			break
		}
		names = rest
	}
	mid = trimRightMarks(trimSpace(mid), "…")
	y, cut, ok := yearSuffix(mid)
	switch {
	case ok:
		c.source = trimRightMarks(trimSpace(mid[:cut]), ",… ")
	case len(mid) == 4 && plausibleYear(atoi(mid)):
		y = atoi(mid)
	default:
		return c, false
	}
	c.date, c.dated = annals.YearDate(y), true
	if c.source == "" && three && !isDomain(trimSpace(last)) {
		c.source = trimSpace(last)
	}
	return c, true
}

// volumeMarks follow a periodical's name in a reference to an issue.
var volumeMarks = []string{", Vol. ", ", Vol.", ", vol.", ", Volume: ", ", Vol.: ", ", vol. ", ", Vol ", ", vol ", ", Volume ", ", volume ", ", No. ", ", no. ", ", Issue ", ", issue ",
	", Bd. ", ", Jg. ", ", т. ", ", Т. ", ", № ", ", vol. ", ", Nr. ", ", nr ", ", núm. ", ", n° ", ", n. ",
	", ISSN ", ", Nº ", ", N.º ", ", nº ", ", Heft ", ", вып. ", ", Вып. ", ", v. ", ", t. "}

// containerLine reads the line under a search result or a table of
// contents that names the periodical and issue: "Labour History Review,
// Vol. 71, No. 2 (August 2006), pp. 123-145". The periodical is the
// source and the issue's date the date. A line that names only the
// volume and issue ("Journal of Eurasian Studies, Volume 17, Issue 1")
// gives the source alone.
func containerLine(s string, order dayOrder) (lead, bool) {
	return containerLineOf(s, order, nil)
}

// containerLineOf is containerLine, reading the tokens of s from ld (the
// lineDates of s, which classify has at hand) when ld is not nil.
func containerLineOf(s string, order dayOrder, ld *lineDates) (lead, bool) {
	if c, ok := inContainer(s); ok {
		return c, true
	}
	if c, ok := issueDateLine(s, order); ok {
		return c, true
	}
	if c, ok := yearFirstIssue(s); ok {
		return c, true
	}
	if c, ok := labelledYearIssue(s, ld); ok {
		return c, true
	}
	var c lead
	// Every volume mark has a comma: IndexByte rules most lines out
	// before the search for each mark.
	if len(s) > 200 || !isUpperStart(s) || strings.IndexByte(s, ',') < 0 {
		return c, false
	}
	at := indexVolumeMark(s)
	if at < 0 {
		return c, false
	}
	src := trimSpace(s[:at])
	// The year may come before the volume: "Northern Scotland, 2016,
	// Vol.7, pp.22-41", "Scottish Historical Review, April 1996, Vol.75(1)".
	var before annals.Date
	if k := strings.LastIndex(src, ", "); k > 0 && indexDigit(src[k:]) >= 0 {
		if d, ok := ParseDate(src[k+2:]); ok && d.Precision != annals.PrecisionDay {
			src, before = src[:k], d
		}
	}
	// A stop inside a word is part of a name ("Cadernos EBAPE.BR"); one
	// before a space ends a sentence, unless the name is abbreviated.
	if wordCount(src) > 8 || (strings.ContainsAny(src, "!?\"“”") || strings.Contains(src, ". ")) && !strings.HasSuffix(src, ".") {
		return c, false
	}
	d, ok := citationDate(s[at:], order)
	if !ok && !before.IsZero() {
		c.source, c.date, c.dated = src, before, true
		return c, true
	}
	if !ok {
		if indexDigit(src) >= 0 || !issueOnly(s[at:]) {
			return c, false
		}
		c.source = src
		return c, true
	}
	c.source, c.date, c.dated = src, d.date, true
	return c, true
}

// issueDateLine reads the issue line a journal's table of contents
// prints under each article, without the journal's name, which heads the
// page: "Vol. 43, No. 1 (January 2025): pp. 1–48". It gives the date alone.
func issueDateLine(s string, order dayOrder) (lead, bool) {
	var c lead
	// The line opens with an issue word ("Vol.", "Volume", "No.",
	// "Issue"): look at its first letter before tokenizing.
	if len(s) > 120 || s == "" || !strings.ContainsRune("VvNnIi", rune(s[0])) {
		return c, false
	}
	var buf [32]token
	toks := appendTokens(buf[:0], s, 32)
	if len(toks) == 0 || len(toks) >= 32 {
		return c, false
	}
	var lb [16]byte
	if toks[0].kind != 'w' || !issueWords.hasBytes(appendLower(lb[:0], toks[0].text)) {
		return c, false
	}
	for _, t := range toks {
		if t.kind != 'w' {
			continue
		}
		if _, _, ok := lookupMonth(t.text, false); !ok && !issueWords.hasBytes(appendLower(lb[:0], t.text)) && !seasonWords.hasBytes(appendLower(lb[:0], t.text)) {
			return c, false
		}
	}
	d, ok := citationDate(s, order)
	if !ok {
		return c, false
	}
	c.date, c.dated = d.date, true
	return c, true
}

// seasonWords name the season a quarterly dates its issues by; the issue
// is dated by its year.
var seasonWords = newWordSet("spring", "summer", "autumn", "fall", "winter",
	"printemps", "été", "automne", "hiver", "frühjahr", "frühling", "sommer", "herbst",
	"primavera", "verano", "otoño", "invierno", "verão", "outono", "inverno", "estate", "autunno")

// yearFirstIssue reads the issue line journal platforms print under an
// article: "Labor (2025) 22 (1): 11–38." — the periodical, the year in
// brackets, then only volume, issue and pages.
func yearFirstIssue(s string) (lead, bool) {
	var c lead
	if len(s) > 200 {
		return c, false // before the search: most prose is longer
	}
	i := indexSpaced(s, " (")
	if i <= 0 || len(s) < i+7 || s[i+6] != ')' || !isDigits(s[i+2:i+6]) || !isUpperStart(s) {
		return c, false
	}
	src, rest := s[:i], trimSpace(s[i+7:])
	if rest == "" || wordCount(src) > 8 || strings.ContainsAny(src, ".!?\"“”:") {
		return c, false
	}
	for _, r := range rest {
		if !isDigit(r) && !strings.ContainsRune(" ():.,-–e", r) {
			return c, false
		}
	}
	d, ok := ParseDate(s[i+2 : i+6])
	if !ok {
		return c, false
	}
	c.source, c.date, c.dated = src, d, true
	return c, true
}

// labelledYearIssue reads the issue line of a journal portal's search
// result, the year under a label between the periodical and the issue:
// "Revue du Nord  Année 1985  267  pp. 901-925", "Arbeit  Jahrgang 2019
// Heft 3  S. 12-30". Only numbers and issue words follow the year, and
// the pages end the line.
//
// ld, when not nil, are the lineDates of s, whose tokens are read
// instead of tokenizing s again.
func labelledYearIssue(s string, ld *lineDates) (lead, bool) {
	var c lead
	if len(s) > 160 || !isUpperStart(s) {
		return c, false
	}
	var buf [24]token
	var toks []token
	if ld != nil {
		toks = ld.tokens(24)
	} else {
		toks = appendTokens(buf[:0], s, 24)
	}
	if len(toks) < 5 || len(toks) >= 24 {
		return c, false
	}
	y := -1
	for k := 1; k+1 < len(toks); k++ {
		if t := toks[k]; t.kind == 'n' && len(t.text) == 4 && plausibleYear(atoi(t.text)) && toks[k-1].kind == 'w' && yearLabels.hasFold(toks[k-1].text) {
			y = k
			break
		}
	}
	if y < 2 {
		return c, false
	}
	pages := false
	for _, t := range toks[y+1:] {
		switch t.kind {
		case 'w':
			if !issueWords.hasFold(t.text) {
				return c, false
			}
			pages = pages || pageAbbrevs.hasFold(t.text)
		case 'p':
			if !strings.Contains(".,-–():/", t.text) {
				return c, false
			}
		}
	}
	src := trimRightMarks(trimSpace(s[:toks[y-1].start]), " ,.")
	if !pages || src == "" || indexDigit(src) >= 0 || wordCountUpTo(src, 11) > 10 {
		return c, false
	}
	d, ok := ParseDate(toks[y].text)
	if !ok {
		return c, false
	}
	c.source, c.date, c.dated = src, d, true
	return c, true
}

// yearLabels name the year of an issue in a portal's fields.
var yearLabels = newWordSet("année", "year", "jahrgang", "jahr", "año", "anno", "ano", "год", "rok", "år", "jaargang", "vuosi")

// indexVolumeMark returns the index of the first of volumeMarks in s, or
// -1. Every mark opens with a comma, so only the commas are tried, not
// a search of the whole line for each mark.
func indexVolumeMark(s string) int {
	for i := 0; ; i++ {
		k := strings.IndexByte(s[i:], ',')
		if k < 0 {
			return -1
		}
		i += k
		if i+2 >= len(s) {
			return -1 // every mark goes on past ", "
		}
		for _, m := range volumeMarksAfter[s[i+2]] {
			if strings.HasPrefix(s[i:], m) {
				return i
			}
		}
	}
}

// volumeMarksAfter indexes volumeMarks by their byte after ", ".
var volumeMarksAfter = func() (idx [256][]string) {
	for _, m := range volumeMarks {
		idx[m[2]] = append(idx[m[2]], m)
	}
	return idx
}()

// issueWords name the parts of an issue reference.
var issueWords = newWordSet("heft", "pág", "págs", "pag", "str", "sid", "seiten", "vol", "volume", "no", "issue", "number", "pp", "p", "nr", "bd", "jg", "т", "n", "núm", "s", "с", "pages", "art", "article")

// issueOnly reports whether s holds nothing but volume, issue and page
// numbers: ", Volume 17, Issue 1", ", Vol. 4, No. 2, pp. 1-20".
func issueOnly(s string) bool {
	var buf [24]token
	toks := appendTokens(buf[:0], s, 24)
	if len(toks) == 0 || len(toks) >= 24 {
		return false
	}
	nums := 0
	for _, t := range toks {
		switch t.kind {
		case 'n':
			nums++
		case 'w':
			if !issueWords.hasFold(t.text) {
				return false
			}
		}
	}
	return nums > 0
}

// isbdCitation reads a catalogue description that starts with the title,
// as library catalogues print it (ISBD, GOST 7.1):
//
//	Title : subtitle / A. B. Author, C. Author. — Place : Publisher, 2016. — 198 p.
//	Title / A. Author // Journal. — 2009. — № 7. — P. 45–58.
//
// The statement of responsibility after " / " gives the authors (roles
// such as "ed." dropped); the periodical after " // ", else the publisher
// after the place, is the source; the first year after the title is the
// date.
func isbdCitation(s string, order dayOrder) (lead, bool) {
	var c lead
	if len(s) > 600 {
		return c, false
	}
	slash := indexSpaced(s, " / ")
	var title, resp, rest string
	if slash <= 0 {
		// An anonymous work's description states no one responsible:
		// "Забастовка на Путиловском заводе // Правда. – 1913. – 14
		// февр.", "Профессиональные союзы СССР : сборник документов. –
		// Москва : Профиздат, 1963."; it must name a source. A heading's
		// name before the title ("Иванов И. И. Заголовок // Известия") is
		// authorCitation's to read.
		k := isbdAreaBreak(s)
		if k <= 0 {
			return c, false
		}
		if _, _, ok := authorBlock(s); ok {
			return c, false
		}
		title, rest = trimSpace(s[:k]), s[k:]
	} else {
		// The areas after the title start past " / ", which " // " overlaps.
		area := isbdAreaBreak(s[slash+3:])
		if area < 0 {
			// A short form sets its areas apart by stops alone: "Title /
			// под ред. Л. Н. Ходаковой. СПб.: Нестор, 1997. 512 с."
			area = stoppedImprint(s[slash+3:])
		}
		if area < 0 {
			// A catalogue's title line: "Title : subtitle / Name Surname."
			resp := trimRightMarks(s[slash+3:], ". ")
			names := responsibilityNames(resp)
			if len(names) == 0 || !strings.HasSuffix(s, ".") || wordCount(s[:slash]) < 2 || !allNames(names) {
				return c, false
			}
			c.title, c.authors = trimSpace(s[:slash]), names
			return c, true
		}
		area += 3
		title = trimSpace(s[:slash])
		resp = s[slash+3 : slash+area]
		rest = s[slash+area:]
	}
	if wordCount(title) < 2 {
		return c, false
	}
	if j := strings.Index(resp, " // "); j >= 0 {
		rest = resp[j:] + rest
		resp = resp[:j]
	}
	c.authors = responsibilityNames(resp)
	var thesis bool // a dissertation names the place it was defended, no publisher
	c.title, thesis = cutGenre(title)
	if heading, t, ok := gostHeading(c.title, c.authors); ok {
		c.title, c.authors = t, heading
	}
	if strings.HasPrefix(rest, " // ") {
		src := rest[4:]
		if k := isbdAreaBreak(src); k >= 0 {
			src = src[:k]
		}
		c.source = periodicalMark(trimRightMarks(trimSpace(src), "."))
	} else {
		// The publication area is the first that names a publisher
		// ("Place : Publisher, 2019"); an edition area may come first.
		for area := rest; area != ""; {
			area = trimLeftMarks(area, " .—–-")
			pub := area
			k := isbdAreaBreak(area)
			if k >= 0 {
				pub, area = area[:k], area[k+1:]
			} else {
				area = ""
			}
			if strings.Contains(pub, " : ") || placeColon(pub) > 0 {
				c.source, _, _ = publisherField(pub, order)
				break
			}
		}
	}
	if thesis {
		c.source = ""
	}
	if d, ok := citationDate(rest, order); ok {
		c.date, c.dated = d.date, true
		if d.date.Precision == annals.PrecisionYear {
			// A newspaper's issue: "// Пермский край. — 1906. — 14 янв."
			c.date = issueMonth(headOf(rest[d.end:], 40), d.date)
		}
	}
	if len(c.authors) == 0 && c.source == "" || !c.dated {
		return c, false
	}
	return c, true
}

// gostHeading reads the heading a GOST description opens with: its
// first author's name, which the statement of responsibility repeats
// ("Иванов П. С. Забастовочное движение … / П. С. Иванов. — М. : Наука,
// 1986."). Without the repeat, a title that opens with a name is left
// whole.
func gostHeading(title string, stated []string) (authors []string, rest string, ok bool) {
	names, rest, ok := authorBlock(title)
	if !ok || len(names) != 1 || wordCount(rest) < 2 {
		return nil, title, false
	}
	if authors, ok = headingForms(names, stated); !ok {
		return nil, title, false
	}
	return authors, rest, true
}

// headingForms gives the authors a statement of responsibility names in
// the form the catalogue's heading prints them ("Кудрявцев А. П.",
// "Горбунов, Виктор Степанович" for "А. П. Кудрявцев", "В. С.
// Горбунов"), where a heading's surname is a stated name's; the stated
// names it does not head follow as printed. It reports false if the
// heading names no one stated.
func headingForms(heading, stated []string) ([]string, bool) {
	var out []string
	for _, h := range heading {
		if slices.ContainsFunc(stated, func(n string) bool { return heads(h, n) }) {
			out = append(out, h)
		}
	}
	if len(out) == 0 {
		return nil, false
	}
	for _, n := range stated {
		if !slices.ContainsFunc(heading, func(h string) bool { return heads(h, n) }) {
			out = append(out, n)
		}
	}
	return out, true
}

// heads reports whether the heading h ("Кудрявцев А. П.", "Горбунов,
// Виктор") names the stated name n, in either order: its surname opens h
// and opens or closes n.
func heads(h, n string) bool {
	surname := firstWord(h)
	return lastField(n) == surname || firstWord(n) == surname
}

// stoppedImprint finds the stop before a publication area ("… Ходаковой.
// СПб.: Нестор, 1997"): a place of a word or two, a colon, and a year
// after a comma; -1 if there is none.
func stoppedImprint(s string) int {
	for off := 0; ; {
		k := strings.Index(s[off:], ". ")
		if k < 0 {
			return -1
		}
		k += off
		area := s[k+2:]
		if c := placeColon(area); c > 0 {
			if y := strings.Index(headOf(area[c:], 80), ", "); y > 0 && len(area) >= c+y+6 && isDigits(area[c+y+2:c+y+6]) {
				return k
			}
		}
		off = k + 2
	}
}

// placeColon gives the end of the place that opens an imprint, "СПб.:
// Нестор", "Кемерово: Кузбассвузиздат": a capitalised word or two before
// ": ", with no stop between them (the one after "Л. Н. Ходаковой. СПб."
// ends a name); 0 if s opens with none.
func placeColon(s string) int {
	c := strings.Index(headOf(s, 48), ": ")
	if c <= 0 || !isUpperStart(s) || wordCount(s[:c]) > 2 || strings.Contains(s[:c], ". ") {
		return 0
	}
	return c
}

// isbdAreaBreak finds the ". — " (or ". – ", ". - ") that ends an area of
// a catalogue description, or a " // " before a periodical.
func isbdAreaBreak(s string) int {
	at, _ := firstOf(s, isbdAreaSeps)
	return at
}

var isbdAreaSeps = []string{". — ", ". – ", ". - ", ". -- ", " // "}

// responsibilityRoles are words of a statement of responsibility that are
// not names: "сост. А. Н. Ким ; под ред. Б. С. Оспанова", "ed. by".
var responsibilityRoles = []string{"под ред.", "под общ. ред.", "сост.", "ред.", "пер.", "авт.", "отв. ред.", "науч. ред.",
	"edited by", "ed. by", "eds.", "ed.", "hrsg. von", "hrsg.", "éd.", "trad.", "comp.", "coord."}

// responsibilityNames reads the names in a statement of responsibility:
// separated by commas or semicolons, each maybe with a role.
func responsibilityNames(s string) []string {
	var names []string
	for _, part := range strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ';' }) {
		p := trimSpace(part)
		for _, r := range responsibilityRoles {
			if hasPrefixFold(p, r) {
				p = trimSpace(p[len(r):])
			}
		}
		p = trimMarks(p, " []")
		if p == "" || strings.HasPrefix(p, "и др") || strings.HasPrefix(p, "et al") {
			continue
		}
		// A role in words before the name ("uspořádal Tomáš Hrubý");
		// a body with words in lower case is no person ("Российская
		// академия наук" after the author).
		for w := firstWord(p); w != p && w != "" && !isUpperStart(w); w = firstWord(p) {
			p = trimSpace(p[len(w):])
		}
		if !capitalisedWords(p) {
			continue
		}
		// "edited by Callum Drysdale and Fiona Meikle": two people. A
		// name has five words at most.
		for _, n := range SplitAuthors(p) {
			if wordCountUpTo(n, 6) <= 5 {
				names = append(names, n)
			}
		}
	}
	return names
}

// commaCitation reads a reference whose parts are set apart by commas, as
// Italian, Spanish and French bibliographies print them:
//
//	N. Balestrini, Vogliamo tutto, Feltrinelli, Milano 1971.
//	P. Conti, L’autunno caldo nelle fabbriche, in «Meridiana», n. 97, marzo 2021, pp. 45-71.
//
// The authors must be written with initials ("N. Balestrini", "G. Ferraris
// e M. Lanzi"), so that a headline with commas is not taken for one; the
// periodical after "in", else the part after the title, is the source.
func commaCitation(s string, order dayOrder) (lead, bool) {
	var c lead
	if len(s) > 400 {
		return c, false
	}
	t := trimRightMarks(s, ". ")
	// Three parts or more, and initials (with their dots) in the first:
	// most lines fail these before the work of splitting.
	first, after, ok := strings.Cut(t, ", ")
	if !ok || !strings.Contains(after, ", ") || strings.IndexByte(first, '.') < 0 {
		return c, false
	}
	parts := strings.Split(t, ", ")
	authors := initialNames(parts[0])
	if o := strings.LastIndex(t, " ("); len(authors) > 0 && o > len(parts[0]) && strings.HasSuffix(t, ")") && strings.IndexByte(t[o:], ':') < 0 {
		// "G. F. Dunstan, The Barrier Strikes of 1909 (Melb, 1962)": the
		// place, shortened, and the year in brackets after the title; a
		// publisher after a colon is noteCitation's to read.
		if title := trimSpace(t[len(parts[0])+2 : o]); wordCount(title) >= 2 && strings.IndexByte(title, '(') < 0 {
			if d, ok := citationDate(t[o+2:len(t)-1], order); ok {
				c.authors, c.title, c.date, c.dated = authors, title, d.date, true
				return c, true
			}
		}
	}
	if len(authors) == 0 || wordCount(parts[1]) < 2 || strings.Count(parts[1], "(") != strings.Count(parts[1], ")") {
		// (A bracket left open in the title is a note's imprint,
		// "Title (Cambridge: Harvard University Press, 1967)", which
		// noteCitation reads.)
		return c, false
	}
	d, ok := citationDate(strings.Join(parts[2:], ", "), order)
	if !ok {
		return c, false
	}
	c.authors, c.title, c.date, c.dated = authors, trimSpace(parts[1]), d.date, true
	next := trimSpace(parts[2])
	switch {
	case strings.HasPrefix(next, "in "):
		c.source = inPeriodical(next)
	case next != "" && !isDigitByte(next[0]) && wordCount(next) <= 5:
		c.source = next
	}
	return c, true
}

// imprintTailCitation reads the parts of a reference set apart by commas
// whose authors are written in full, as New Zealand and Australian
// reading lists and Wikipedia's bibliographies print them:
//
//	Hemi Walker, Ships, sweat and solidarity: watersiders in Auckland, Auckland University Press, Auckland, 2003
//	Giuseppe Berti, Lo sciopero generale del 1904, Milano, Feltrinelli, 1964, ISBN 978-88-07-00000-0.
//	Luisa Cavallaro, «Le mondine e lo sciopero del 1904», in Movimento operaio e socialista, n. 3, 1982, pp. 211-238.
//
// A title may hold commas, so the reference is read from both ends: the
// names first, the year last, and before it the publisher and its place
// (in either order), or the periodical after "in" and its issue. A
// headline does not end so.
func imprintTailCitation(s string, order dayOrder) (lead, bool) {
	var c lead
	if len(s) > 400 {
		return c, false
	}
	if t := trimRightMarks(s, ". "); t == "" || !isDigitByte(t[len(t)-1]) && t[len(t)-1] != 'X' {
		return c, false // most lines: no year, ISBN or pages at the end
	}
	t := referenceBody(s)
	if len(t) < 7 || !isDigits(t[len(t)-4:]) {
		return c, false // most lines: no year at the end
	}
	parts := strings.Split(t, ", ")
	n := len(parts)
	if n < 3 {
		return c, false
	}
	names := trimSpace(parts[0])
	for _, m := range editorMarks {
		names = strings.TrimSuffix(names, m)
	}
	authors, ok := nameListAuthors(names)
	if !ok {
		return c, false
	}
	if k := containerPart(parts); k > 0 {
		// An article: the periodical after "in", then its issue and date.
		title := trimSpace(strings.Join(parts[1:k], ", "))
		d, ok := citationDate(strings.Join(parts[k+1:], ", "), order)
		if !ok || wordCount(title) < 2 {
			return c, false
		}
		c.authors, c.title, c.source, c.date, c.dated = authors, title, inPeriodical(parts[k]), d.date, true
		return c, true
	}
	y, cut, ok := yearSuffix(t)
	if !ok || n < 4 {
		return c, false
	}
	parts = strings.Split(t[:cut], ", ")
	n = len(parts)
	a, b := trimSpace(parts[n-2]), trimSpace(parts[n-1])
	if !imprintName(a, 6) || !imprintName(b, 6) {
		return c, false
	}
	titleParts := parts[1 : n-2]
	if k := len(titleParts) - 1; k > 0 && isVolumePart(titleParts[k]) {
		titleParts = titleParts[:k] // "…dalla nascita al fascismo, vol. 1"
	}
	title := trimSpace(strings.Join(titleParts, ", "))
	if wordCount(title) < 2 {
		return c, false
	}
	pub, place := a, b
	if placeFirst(a, b, title) {
		pub, place = b, a
	}
	if !imprintName(place, 3) {
		return c, false
	}
	c.authors, c.title, c.source, c.date, c.dated = authors, title, pub, annals.YearDate(y), true
	return c, true
}

// referenceBody is a reference without its final stop and the ISBN or
// the pages that close it: "…, 2006, ISBN 978-88-464-7512-3." and "…,
// 1982, pp. 211-238." end with their years.
func referenceBody(s string) string {
	t := trimRightMarks(s, ". ")
	// A tail cut off t leaves a prefix of it, so the tails t lacks
	// anywhere are never searched for: one pass finds those it holds.
	held := referenceTailsIn(t)
	for k, m := range referenceTails {
		if held&(1<<k) == 0 {
			continue
		}
		if i := strings.LastIndex(t, m); i > 0 {
			t = trimRightMarks(t[:i], ". ")
		}
	}
	return t
}

// referenceTails open what referenceBody cuts off a reference's end, in
// the order it cuts them. Each opens with ',' or '.' and a space.
var referenceTails = []string{", ISBN", ". ISBN", ", pp. ", ", p. ", ", pp ", ", S. ", ", pag. ", ", págs. ", ", с. "}

// referenceTailsIn returns the set of referenceTails that s holds, bit k
// for referenceTails[k].
func referenceTailsIn(s string) uint32 {
	var held uint32
	for i := 0; i+1 < len(s); i++ {
		if s[i+1] != ' ' || s[i] != ',' && s[i] != '.' {
			continue
		}
		for k, m := range referenceTails {
			if strings.HasPrefix(s[i:], m) {
				held |= 1 << k
			}
		}
	}
	return held
}

// containerPart returns the index of the part, after the names and a
// title, that names the periodical a piece is in ("in Movimento operaio
// e socialista"), or -1.
func containerPart(parts []string) int {
	for k := 2; k < len(parts)-1; k++ {
		p := parts[k]
		if (strings.HasPrefix(p, "in ") || strings.HasPrefix(p, "In ")) && len(p) > 4 && !isLower(firstRune(p[3:])) {
			return k
		}
	}
	return -1
}

// inPeriodical is the periodical a reference's part names after "in",
// without its quotes: "in «Meridiana»".
func inPeriodical(part string) string {
	return trimMarks(part[len("in "):], " «»\"“”")
}

// isVolumePart reports whether a part of a reference numbers a volume:
// "vol. 1", "voll. 2", "t. 3", "Bd. 2".
func isVolumePart(p string) bool {
	w, num, ok := strings.Cut(trimSpace(p), " ")
	switch strings.ToLower(w) {
	case "vol.", "voll.", "vols.", "t.", "tome", "tomo", "bd.", "band", "т.":
		return ok && (indexDigit(num) == 0 || strings.Trim(num, "IVXLC") == "")
	}
	return false
}

// placeFirst reports whether, of the two parts before a reference's year,
// the place comes first, as Italian, French and Spanish references print
// it ("Milano, Feltrinelli, 1964"), not the publisher ("Otago University
// Press, Dunedin, 2011"). A word that only publishers' names hold
// decides; else a one-word part against a longer one is the place; else
// the title's language.
func placeFirst(a, b, title string) bool {
	pa, pb := holdsWordOf(a, publisherWords), holdsWordOf(b, publisherWords)
	switch {
	case pb && !pa:
		return true
	case pa && !pb:
		return false
	}
	wa, wb := wordCount(a), wordCount(b)
	switch {
	case wa == 1 && wb > 1:
		return true
	case wb == 1 && wa > 1:
		return false
	}
	return romanceWords(title)
}

// publisherWords are words that publishers' names hold and places' do
// not.
var publisherWords = newWordSet("press", "presses", "books", "publishing", "publishers", "publications", "verlag",
	"editore", "editori", "edizioni", "éditions", "editions", "editorial", "ediciones", "edições", "editora",
	"tipografia", "imprenta", "imprimerie", "forlag", "förlag", "forlaget", "wydawnictwo", "издательство",
	"university", "universitaria", "universitarie", "universidad", "universität", "universiteit", "ltd", "inc")

// imprintName reports whether s can name a publisher or a place in an
// imprint: capitalised, no number, at most max words.
func imprintName(s string, max int) bool {
	return isUpperStart(s) && indexDigit(s) < 0 && wordCountUpTo(s, max+1) <= max && capRatio(s) >= 0.5
}

// initialNames reads "N. Balestrini" or "G. Ferraris e M. Lanzi": names
// that each open with an initial, joined by a conjunction.
func initialNames(s string) []string {
	names := SplitAuthors(s)
	for _, n := range names {
		ws := strings.Fields(n)
		if len(ws) < 2 || len(ws) > 4 || !isInitial(ws[0]) || !isUpperStart(ws[len(ws)-1]) || isInitial(ws[len(ws)-1]) {
			return nil
		}
	}
	return names
}

// containerWords introduce the periodical or book a piece is in.
var containerWords = []string{"In: ", "In ", "Dans ", "En ", "Em ", "Im ", "I: ", "I ", "В: ", "В ", "W: ", "W "}

// containerFirst marks the first bytes of containerWords.
var containerFirst = func() (t [256]bool) {
	for _, w := range containerWords {
		t[w[0]] = true
	}
	return t
}()

// issueMarks show a reference to an issue or pages.
var issueMarks = []string{"pages ", "pp.", "p. ", "S. ", "С. ", "с. ", "págs", "n° ", "no. ", "No. ", "Nr. ", "nr ", "№", "Vol. ", "vol. ", "Heft "}

// inContainer reads a search result's line naming the periodical or book
// an article is in, after a preposition: "Dans Le Mouvement Social 2024/3
// (n° 288), pages 17 à 38", "In Labour History Review 87 (2022), pp.
// 1-27". The periodical ends at its first number or bracket; the year is
// the issue's. Headlines also start with "In", so the line must hold an
// issue or page mark and a year.
func inContainer(s string) (lead, bool) {
	var c lead
	if len(s) > 200 {
		return c, false
	}
	rest, labelled := "", false
	if s == "" || !containerFirst[s[0]] {
		return c, false // most lines: no container word's first byte
	}
	for _, w := range containerWords {
		if strings.HasPrefix(s, w) {
			rest, labelled = s[len(w):], strings.HasSuffix(w, ": ")
			break
		}
	}
	if rest == "" || !isUpper(firstRune(rest)) {
		return c, false
	}
	// A catalogue's labelled container with the article's date: "I:
	// Dagens Nyheter, 1999-12-09", "In: Tribune, 3 May 1985".
	if k := lastIndexPair(rest, ',', ' '); labelled && k > 0 && wordCount(rest[:k]) <= 6 {
		if m, ok := wholeDate(rest[k+2:], orderUnknown); ok && m.date.Precision >= annals.PrecisionMonth {
			c.source, c.date, c.dated = trimSpace(rest[:k]), m.date, true
			return c, true
		}
	}
	marked := false
	for _, m := range issueMarks {
		if strings.Contains(rest, m) {
			marked = true
			break
		}
	}
	if !marked {
		return c, false
	}
	end := strings.IndexAny(rest, "0123456789(")
	if end <= 0 {
		return c, false
	}
	src := trimRightMarks(rest[:end], " ,.:")
	if src == "" || wordCount(src) > 8 || strings.ContainsAny(src, "!?\"“”") {
		return c, false
	}
	// The issue's year, "2024/3" as well as "(2022)".
	y, ok := firstYear(rest[end:], false)
	if !ok {
		return c, false
	}
	c.source, c.date, c.dated = src, y.date, true
	return c, true
}

// noteCitation reads a reference in the style of British history
// journals and list round-ups: the names in direct order, then the title
// in quotes or a book's title before its imprint in brackets.
//
//	Maeve Gallagher and Joseph Orr, 'Mill girls and the strike of 1906', Irish Historical Studies, 48:173 (2024), 201-223.
//	Colin Pratt, The Clydeside Apprentices' Strikes (Edinburgh: Edinburgh University Press, 2024).
//	Owen Lloyd, 'Slate, chapel and union' (PhD thesis, Bangor University, 2024).
//
// Every name must read as a personal name and the reference must print a
// year, so a headline with a comma is not taken for one. Text after the
// reference's closing full stop is its note.
func noteCitation(s string, order dayOrder) (lead, bool) {
	var c lead
	if len(s) > 600 {
		return c, false
	}
	s = noteLead(s)
	authors, rest, ok := directNames(s)
	if !ok {
		if authors, rest, ok = otherNoteAuthor(s); !ok {
			if s != "" && (s[0] == '"' || strings.HasPrefix(s, "“")) {
				return unsignedArticle(s, order)
			}
			return c, false
		}
	}
	var after string
	title, tail, quoted := quotedTitle(rest)
	if quoted {
		c.title, after = title, tail
	} else {
		// A book: its title runs to the bracketed imprint.
		i := indexSpaced(rest, " (")
		if i <= 0 || !isUpperStart(rest) {
			return c, false
		}
		c.title, after = trimSpace(rest[:i]), rest[i+1:]
	}
	c.title = cutEdition(c.title)
	if wordCount(c.title) < 2 {
		return c, false
	}
	after = trimLeftMarks(after, " ,.")
	ref, note := after, ""
	if book, imprint, ok := inEditedBook(ref); quoted && ok {
		// "“Chapter,” in Book, ed. Names (Place: Publisher, 1977)": the
		// book is the source, its imprint dates it.
		e := strings.IndexByte(imprint, ')')
		if e < 0 {
			return c, false
		}
		c.source, ref, note = book, imprint[1:e], imprint[e+1:]
	} else if strings.HasPrefix(ref, "(") {
		// The imprint: "(Place: Publisher, 2024)", "(PhD thesis, University, 2024)".
		e := strings.IndexByte(ref, ')')
		if e < 0 {
			return c, false
		}
		ref, note = ref[1:e], ref[e+1:]
		c.source = imprintSource(ref)
		if c.source == "" && !quoted && !bareYear(ref) {
			// "Journal, Vol. 71, No. 2 (August 2006)": a book's imprint
			// names its publisher; a bare date is an issue's.
			return c, false
		}
	} else {
		// A periodical: "Journal, 48:173 (2024), pp. 201-223."
		if e := referenceEnd(ref); e > 0 {
			ref, note = ref[:e], ref[e+1:]
		}
		c.source = citationSource(ref)
		if w, _, _ := strings.Cut(c.source, " "); w != "" && wordCountUpTo(c.source, 3) <= 2 {
			if _, _, month := lookupMonth(w, false); month {
				c.source = "" // "Name, “Interview,” February 12, 1976": a day, no periodical
			}
		}
	}
	d, ok := citationDate(ref, order)
	if !ok {
		return c, false
	}
	c.authors, c.date, c.dated = authors, d.date, true
	c.rest = trimSpace(trimLeftMarks(note, ". "))
	if locatorOnly(c.rest) {
		// ", 12–15." / ", chap. 3.": the pages a note cites.
		c.rest = ""
	}
	return c, true
}

// otherNoteAuthor reads the author of a note who is no person named in
// full: a pen name with the real one in brackets ("Anise [Anna Louise
// Strong], …": the pen name is printed, and kept), or a body ("History
// Committee of the General Strike Committee, The Seattle General Strike
// (…)").
func otherNoteAuthor(s string) ([]string, string, bool) {
	i := strings.Index(s, ", ")
	if i <= 0 || i > 100 {
		return nil, "", false
	}
	head, rest := s[:i], s[i+2:]
	if b := strings.Index(head, " ["); b > 0 && head[len(head)-1] == ']' {
		if pen := head[:b]; isUpperStart(pen) && wordCountUpTo(pen, 3) <= 2 && isNameWord(pen[strings.LastIndexByte(pen, ' ')+1:]) && looksLikeName(head[b+2:len(head)-1]) {
			return []string{pen}, rest, true
		}
	}
	if orgLike(head) && !strings.ContainsAny(head, "\"“") {
		return []string{head}, rest, true
	}
	return nil, "", false
}

// unsignedArticle reads a note citing an unsigned newspaper story: the
// headline in quotes, the paper and the day, perhaps the page: "\"Mayor
// Issues Proclamation to People of Seattle,\" The Seattle Star, February
// 7, 1919, p. 1". Nothing may follow but the page: a headline that
// quotes someone reads on.
func unsignedArticle(s string, order dayOrder) (lead, bool) {
	var c lead
	title, tail, ok := quotedTitle(s)
	if !ok || wordCount(title) < 2 {
		return c, false
	}
	tail = strings.TrimLeft(tail, " ,.")
	src, when, ok := strings.Cut(tail, ", ")
	if !ok || !isUpperStart(src) || wordCountUpTo(src, 7) > 6 || indexDigit(src) >= 0 {
		return c, false
	}
	d, ok := citationDate(when, order)
	if !ok || d.start > 0 || !locatorOnly(when[d.end:]) && strings.Trim(when[d.end:], " .") != "" {
		return c, false
	}
	c.title, c.source, c.date, c.dated = title, src, d.date, true
	return c, true
}

// inEditedBook reads "in Book, ed. Names (imprint…" after a chapter's
// title: the book's title and the rest from the imprint's bracket.
func inEditedBook(s string) (book, imprint string, ok bool) {
	rest, ok := strings.CutPrefix(s, "in ")
	if !ok {
		return "", "", false
	}
	// The imprint is the last bracket: an editor's mark may come first,
	// "in Mark Fenwick (ed.), Book (Woodbridge: Boydell, 2008)".
	b := strings.LastIndex(rest, " (")
	if b <= 0 {
		return "", "", false
	}
	// citationSource knows the editors' marks around a book's title.
	book = citationSource(s[:len("in ")+b])
	if !isUpperStart(book) || wordCount(book) < 2 {
		return "", "", false
	}
	return trimSpace(book), rest[b+1:], true
}

// shortNote reads a numbered note citing a work again in short, after
// its full reference: "6. Montgomery, Fall of the House of Labor, 44."
// gives the surname and the short title; the pages are dropped.
func shortNote(s string) (lead, bool) {
	var c lead
	if len(s) > 160 {
		return c, false
	}
	t := trimRightMarks(s, ". ")
	first, after, ok := strings.Cut(t, ", ")
	last := lastIndexPair(after, ',', ' ')
	if !ok || last <= 0 || strings.IndexByte(first, ' ') >= 0 || !isSurnameWord(first) || !locatorOnly(after[last:]) || fourDigits(after[last:]) {
		return c, false // (a span of years closes many a title: "…, 1890–1920")
	}
	title := trimMarks(after[:last], " \"“”'‘’")
	if wordCount(title) < 2 || !isUpperStart(title) || indexDigit(title) >= 0 {
		return c, false
	}
	c.authors, c.title = []string{first}, title
	return c, true
}

// fourDigits reports whether s holds a run of four digits or more: a
// year, where pages seldom run so high.
func fourDigits(s string) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		if isDigitByte(s[i]) {
			if run++; run >= 4 {
				return true
			}
		} else {
			run = 0
		}
	}
	return false
}

// noteLead skips the words a note puts before the work it cites: "See
// also Aaron Brenner…", "On drives that failed, see Lane Windham…".
func noteLead(s string) string {
	for _, p := range [...]string{"See also ", "see also ", "See ", "Cf. ", "cf. "} {
		if strings.HasPrefix(s, p) {
			return s[len(p):]
		}
	}
	if i := strings.Index(headOf(s, 200), ", see "); i > 0 && isUpperStart(s[i+6:]) {
		return s[i+6:]
	}
	return s
}

// locatorOnly reports whether what follows a note's reference is only the
// place it points to: ", 2.", ", 12–15.", ", chap. 3.", ", pp. 4-9.".
func locatorOnly(s string) bool {
	s = trimMarks(s, " ,.;")
	if s == "" || len(s) > 24 || indexDigit(s) < 0 {
		return false
	}
	for w := range strings.FieldsSeq(s) {
		w = trimMarks(w, ".,;")
		if !pageMarks.hasFold(w) && w != "chap" && w != "chaps" && strings.TrimLeft(w, "0123456789–-") != "" {
			return false
		}
	}
	return true
}

// bareYear reports whether a bracketed imprint is only a year, perhaps
// with a later one: "1987", "1978, reissued 2009". A book cited so in
// prose ("Derek Vane, Dockers and Stevedores (1994)") names no publisher.
func bareYear(ref string) bool {
	ref = trimSpace(ref)
	if len(ref) < 4 || !isDigits(ref[:4]) || len(ref) > 4 && isDigitByte(ref[4]) {
		return false
	}
	return len(ref) == 4 || ref[4] == ',' && indexDigit(ref[5:]) >= 0 && wordCountUpTo(ref, 5) <= 3
}

// skipEdition skips the edition statement that may follow a book's
// title in a reference: "2nd edn. Leeds: Valley Press." → "Leeds: Valley
// Press.".
func skipEdition(s string) string {
	// APA brackets it: "(Rev. ed.). PM Press", "(2nd ed.). Verso".
	if e := strings.IndexByte(s, ')'); strings.HasPrefix(s, "(") && e > 0 && e <= 30 && isEdition(s[1:e]) {
		return trimSpace(trimLeftMarks(s[e+1:], ". "))
	}
	// MLA sets the edition off with a comma: "2nd ed., Oxford UP, 2021".
	if c := strings.Index(s, "., "); c > 0 && c <= 24 && (strings.Index(s, ". ") < 0 || c < strings.Index(s, ". ")) && isEdition(s[:c+1]) {
		return trimSpace(s[c+3:])
	}
	// The stop after a number ("2. ed. Campinas", "2., überarb. Aufl.
	// Bonn") is the edition's own: each stop in reach may end it.
	e := firstStop(s, func(i int) bool { return i > 48 || isEdition(s[:i+1]) })
	if e < 0 || e > 48 {
		return s
	}
	return trimSpace(s[e+2:])
}

// cutEdition drops the edition a book title names at its end: "American
// Labor: A Short History, 2nd ed.".
func cutEdition(t string) string {
	i := lastIndexPair(t, ',', ' ')
	if i <= 0 {
		return t
	}
	if isEdition(t[i+2:]) {
		return trimSpace(t[:i])
	}
	return t
}

// isEdition reports whether s names an edition: "2nd ed.", "3rd
// edition", "Rev. edn.".
func isEdition(s string) bool {
	s = strings.ToLower(trimSpace(s))
	if s == "" || !(isDigitByte(s[0]) || strings.HasPrefix(s, "rev") || strings.HasPrefix(s, "new") || strings.HasPrefix(s, "expanded") || strings.HasPrefix(s, "enlarged") || strings.HasPrefix(s, "updated")) {
		return false
	}
	// A numbered edition may say how it was revised: "2., überarb. und
	// aktualisierte Aufl.".
	if n := wordCountUpTo(s, 7); n > 3 && !(isDigitByte(s[0]) && n <= 6) {
		return false
	}
	for _, m := range []string{" ed.", " ed", " edn", " edn.", " edition", " éd.", " aufl.", " изд.", " edição", " edición", " vyd.", " wyd."} {
		if strings.HasSuffix(s, m) {
			return true
		}
	}
	return false
}

// directNames reads the names opening a note-style reference up to the
// comma before its title, past an editors' mark: "Maeve Gallagher and
// Joseph Orr, ", "Hanne Sørensen (ed.), ", "Ann Lee and Jo Orr, eds., ".
func directNames(s string) ([]string, string, bool) {
	// A head that holds s's first comma opens with the part before it,
	// which is judged once: in prose it is no names, and every head
	// fails on it.
	first := strings.IndexByte(s, ',')
	judged, firstFails := false, false // whether that part is not empty and not names
	i := strings.Index(s, ", ")
	for i > 0 {
		head := cutOthers(s[:i])
		for _, m := range editorMarks {
			head = strings.TrimSuffix(head, m)
		}
		holdsFirst := len(head) > first
		if holdsFirst && !judged {
			p := trimSpace(s[:first])
			judged, firstFails = true, p != "" && !partIsNames(p)
		}
		if !(holdsFirst && firstFails) && commaPartsAreNames(head) {
			i = longerNameList(s, i)
			head = cutOthers(s[:i])
			for _, m := range editorMarks {
				head = strings.TrimSuffix(head, m)
			}
			names := personNames(head)
			rest := s[i:]
			for _, m := range editorMarks {
				if strings.HasPrefix(rest, m) && strings.HasPrefix(rest[len(m):], ".") {
					rest = trimLeftMarks(rest[len(m):], ".")
					break
				}
			}
			return names, strings.TrimPrefix(rest, ", "), true
		}
		if !judged && len(head) == first {
			// The head was the part before the first comma, and it is
			// no names (commaPartsAreNames failed on it alone): it need
			// not be judged again.
			judged, firstFails = true, true
		}
		// "A, B and C, Title": the list goes on past the first comma.
		j := strings.Index(s[i+2:], ", ")
		if j < 0 || i > 120 {
			break
		}
		i += 2 + j
	}
	return nil, "", false
}

// cutOthers cuts the words for authors left unnamed off a list of names:
// "Jacquelyn Dowd Hall and others", "Ann Lee et al.".
func cutOthers(names string) string {
	for _, m := range [...]string{" and others", " et al.", " et al", ", et al."} {
		if h, ok := strings.CutSuffix(names, m); ok {
			return h
		}
	}
	return names
}

// longerNameList returns where the list of names opening s ends, given
// that it may end at the comma at i: further on, when the names run on to
// a last one opened by its conjunction or closed by an editors' mark
// ("Aaron Brenner, Robert Brenner, and Cal Winslow, eds., Title").
func longerNameList(s string, i int) int {
	best := i
	for k, at := 0, i; k < 4; k++ {
		j := strings.Index(s[at+2:], ", ")
		if j < 0 {
			break
		}
		j += at + 2
		p := s[at+2 : j]
		if !partIsNames(p) {
			break
		}
		if _, conj := cutLeadConj(p); conj || strings.HasPrefix(s[j:], ", eds") || strings.HasPrefix(s[j:], ", ed.") {
			best = j
		}
		at = j
	}
	return best
}

// personNames splits head into names, each a personal name in direct
// order; nil when one is not.
func personNames(head string) []string {
	parts := splitComma(head)
	if !allNames(parts) {
		return nil
	}
	var names []string
	for _, p := range parts {
		p, _ = cutLeadConj(p)
		names = append(names, splitConj(p)...)
	}
	return names
}

// commaPartsAreNames is allNames(splitComma(head)) without making the
// parts: directNames tries it at every comma of most lines that reach
// it, and almost always fails on the first part.
func commaPartsAreNames(head string) bool {
	for rest := head; rest != ""; {
		p := rest
		if k := strings.IndexByte(rest, ','); k >= 0 {
			p, rest = rest[:k], rest[k+1:]
		} else {
			rest = ""
		}
		if p = trimSpace(p); p == "" {
			continue
		}
		if !partIsNames(p) {
			return false
		}
	}
	return true
}

// quotedTitle reads a title in quotes at the start of s and the text
// after it: 'Title', “Title,” (the comma inside, as Americans print it).
func quotedTitle(s string) (title, after string, ok bool) {
	for _, q := range [][2]string{{"‘", "’"}, {"'", "'"}, {"“", "”"}, {"\"", "\""}, {"«", "»"}, {"„", "“"}} {
		if !strings.HasPrefix(s, q[0]) {
			continue
		}
		body := s[len(q[0]):]
		// The closing quote is the one before a comma, a bracket or the
		// end: an apostrophe inside the title ("workers' union") is not.
		for k := 0; k < len(body); {
			e := strings.Index(body[k:], q[1])
			if e < 0 {
				return "", "", false
			}
			e += k
			tail := body[e+len(q[1]):]
			// American style sets the comma inside: “Title,” Journal. A
			// title's own mark ends it as well: “No One Knows Where!” Journal.
			inside := e > 0 && strings.IndexByte(",.!?", body[e-1]) >= 0
			if tail == "" || strings.HasPrefix(tail, ",") || strings.HasPrefix(tail, " (") || strings.HasPrefix(tail, ".") || inside && strings.HasPrefix(tail, " ") {
				return trimRightMarks(body[:e], " ,."), tail, true
			}
			k = e + len(q[1])
		}
	}
	return "", "", false
}

// imprintSource is the publisher or institution in a bracketed imprint:
// the publisher with its place ("Edinburgh: Edinburgh University Press",
// as a book's source is printed elsewhere: "М.: Междунар. отношения"),
// or the part before the year that is not the kind of work ("PhD thesis,
// Bangor University, 2024").
func imprintSource(s string) string {
	if i := strings.Index(s, ": "); i > 0 {
		if pub := imprintEnd(s[i+2:]); pub != "" && indexDigit(pub) < 0 {
			// imprintEnd trimmed the stop after "Publishing Co.".
			return s[:i+2] + abbrevStop(pub, strings.HasPrefix(s[i+2+len(pub):], "."))
		}
		return ""
	}
	parts := splitComma(s)
	for k := len(parts) - 1; k >= 0; k-- {
		p := trimSpace(parts[k])
		if p == "" || indexDigit(p) >= 0 || !isUpperStart(p) {
			continue
		}
		if k > 0 || len(parts) == 1 {
			return p
		}
	}
	return ""
}

// referenceEnd is where the reference in s closes with a full stop before
// a sentence of its own: not the stop of "pp. 12" or "no. 3".
func referenceEnd(s string) int {
	for k := 0; ; {
		e := strings.Index(s[k:], ". ")
		if e < 0 {
			return -1
		}
		e += k
		w := s[strings.LastIndexByte(s[:e], ' ')+1 : e]
		if !pageMarks.hasFold(w) && isUpperStart(s[e+2:]) {
			return e
		}
		k = e + 2
	}
}

// pageMarks are the abbreviations whose stop does not end a reference.
var pageMarks = newWordSet("p", "pp", "no", "nos", "vol", "vols", "ed", "eds", "n", "s", "nr", "col", "cols", "ch", "fol", "fols")

// imprintEnd is the publisher's name at the start of s, up to the year,
// the next area (". –") or a bracket; a stop inside an abbreviation
// ("Междунар. отношения") does not end it.
func imprintEnd(s string) string {
	end := len(s)
	for _, m := range []string{". –", ". —", " (", "; "} {
		if i := strings.Index(s, m); i >= 0 && i < end {
			end = i
		}
	}
	for i := 0; i+2 < end; i++ {
		if s[i+1] != ' ' {
			continue
		}
		switch s[i] {
		case ',':
			if isDigitByte(s[i+2]) || !isUpperStart(s[i+2:]) {
				end = i
			}
		case '.':
			// "Glamorgan Books. ISBN …": a sentence after the publisher;
			// the stop of a short abbreviation ("Univ. Press") is not one.
			w := s[strings.LastIndexByte(s[:i], ' ')+1 : i]
			// Nor is an acronym's: "Newport: ONS. Available at: …".
			// An identifier opens an area of its own: "Akal. ISBN …".
			if isDigitByte(s[i+2]) || isUpperStart(s[i+2:]) && (utf8.RuneCountInString(w) >= 5 || len(w) >= 2 && allUpper(w) && isLetters(w)) || identifierLead(s[i+2:]) {
				end = i
			}
		}
	}
	return trimSpace(trimRightMarks(s[:end], " ,.;:"))
}

// identifierLead reports whether s opens with a book's, a serial's or
// a document's identifier, or an address.
func identifierLead(s string) bool {
	for _, p := range []string{"ISBN", "ISSN", "doi:", "DOI", "https://", "http://", "URL"} {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// capitalisedWords reports whether every word of s is capitalised but
// short particles ("van", "de", "ibn", "of"), as the words of a
// person's or an organisation's name are.
func capitalisedWords(s string) bool {
	for w := range strings.FieldsSeq(s) {
		if !isUpperStart(w) && runesOver(w, 3) {
			return false
		}
	}
	return s != ""
}

// genreStatements are the kinds of work a Russian catalogue states after
// the title (": монография"): what the work is, not its title. A
// dissertation's is abbreviated, with the degree after it (": дис. …
// канд. ист. наук : 07.00.02").
var genreStatements = []string{"монография", "автореферат", "диссертация", "учебное пособие", "учебник",
	"сборник статей", "сборник научных трудов", "материалы конференции", "справочник", "дис.", "дисс.", "автореф."}

// cutGenre drops a genre statement after the title and reports whether
// it states a dissertation, which names no publisher: the place after it
// is where it was defended.
func cutGenre(title string) (string, bool) {
	for off := 0; ; {
		i := strings.Index(title[off:], ": ")
		if i < 0 {
			return title, false
		}
		i += off
		g := title[i+2:]
		for _, w := range genreStatements {
			// The abbreviation may end the title cut at its stop: "…: дис".
			if strings.HasPrefix(g, w) || w[len(w)-1] == '.' && g == w[:len(w)-1] {
				return trimSpace(title[:i]), strings.HasPrefix(w, "дис") || strings.HasPrefix(w, "автореф")
			}
		}
		off = i + 2
	}
}

// imprintLine reads a catalogue's line naming only a book's publisher
// and year, as printed: "Sevilla : Universidad de Sevilla, 2019. ISBN
// 978-84-472-2105-3", "London : Merlin Press, 1985". The place is one to
// three capitalised words before " : ".
func imprintLine(s string, order dayOrder) (lead, bool) {
	var c lead
	i := strings.Index(s, " : ")
	if i <= 0 || i > 40 || len(s) > 160 {
		return c, false
	}
	// A place the cataloguer supplied is in brackets: "[United States]".
	place := trimMarks(s[:i], "[]")
	// A place has no number: "Épisode 3/4 : Les Italiens, 1893" is a
	// headline.
	if !imprintName(place, 3) {
		return c, false
	}
	v := s
	if k := strings.Index(v, ". ISBN"); k > 0 {
		v = v[:k]
	}
	y, cut, ok := yearSuffix(unmarkYear(trimRightMarks(strings.TrimSuffix(trimSpace(v), "."), "] [")))
	if !ok {
		return c, false
	}
	pub := trimSpace(v[i+3 : cut])
	if n := wordCountUpTo(pub, 8); n == 0 || n > 7 || !isUpperStart(pub) || endsSentence(pub) {
		return c, false
	}
	c.source, c.date, c.dated = trimSpace(v[:cut]), annals.YearDate(y), true
	return c, true
}

// publisherImprint reads a book's imprint printed publisher first, on a
// line of its own: "Dietz Verlag, Bonn 2024", "Pluto Press, London,
// 2019". The publisher is the source, without its town; a word that only
// publishers' names hold ("Verlag", "Press") tells the line from a
// headline or a catalogue's "eBook, English, 2016".
func publisherImprint(s string) (lead, bool) {
	var c lead
	v := strings.TrimSuffix(trimSpace(s), ".")
	if len(v) > 80 || len(v) < 12 || !isDigits(v[len(v)-4:]) || v[len(v)-5] != ' ' {
		return c, false
	}
	y := atoi(v[len(v)-4:])
	if !plausibleYear(y) {
		return c, false
	}
	rest := strings.TrimSuffix(v[:len(v)-5], ",")
	pub, place, ok := strings.Cut(rest, ", ")
	if !ok || strings.Contains(place, ", ") || !imprintName(place, 3) {
		return c, false
	}
	if n := wordCountUpTo(pub, 7); n == 0 || n > 6 || indexDigit(pub) >= 0 || !holdsWordOf(pub, publisherWords) {
		return c, false
	}
	c.source, c.date, c.dated = pub, annals.YearDate(y), true
	return c, true
}

// unmarkYear drops the mark a catalogue sets before an imprint's closing
// year, a bracket for a year supplied or a "c" or "©" for a copyright
// year ("[2014", "c1997"), so that the year ends s after its comma. The
// comma keeps its place, so cuts read on the result hold for s.
func unmarkYear(s string) string {
	n := len(s)
	if n < 6 || !isDigits(s[n-4:]) {
		return s
	}
	for _, m := range []string{"[", "c", "©"} {
		if p := n - 4 - len(m); strings.HasSuffix(s[:n-4], m) && p > 0 && s[p-1] == ' ' {
			return s[:p] + s[n-4:]
		}
	}
	return s
}

// chapterContainer reads the line under a chapter's title naming the
// book it is in, with its editors, year, ISBN and pages: "Trabajo y
// conflicto en la España contemporánea / coord. por Ana Belén Iglesias,
// 2020, ISBN 978-84-9097-912-0, págs. 77-99". The book is the source.
func chapterContainer(s string, order dayOrder) (lead, bool) {
	var c lead
	i := strings.Index(s, " / ")
	if i <= 0 || len(s) > 300 {
		return c, false
	}
	resp := strings.ToLower(headOf(s[i+3:], 24))
	editors := false
	for _, m := range []string{"coord", "ed.", "eds.", "ed ", "edited", "dir.", "hrsg", "herausgegeben", "под ред", "sous la dir", "a cura"} {
		if strings.HasPrefix(resp, m) {
			editors = true
		}
	}
	if !editors {
		return c, false
	}
	d, ok := citationDate(s[i:], order)
	if !ok {
		return c, false
	}
	c.source, c.date, c.dated = trimSpace(s[:i]), d.date, true
	return c, wordCountUpTo(c.source, 21) <= 20
}

// webCitation reads a reference to a web page that opens with its
// quoted title, as wikis cite news: "\"Zhanaozen massacre: ten years
// on\". BBC News. 16 December 2021. Retrieved 3 January 2022." The part
// after the title is the site or periodical, then the date; when it was
// retrieved or archived is no date of the work.
func webCitation(s string, order dayOrder) (lead, bool) {
	var c lead
	if len(s) > 400 {
		return c, false
	}
	title, after, ok := quotedTitle(s)
	if !ok || wordCount(title) < 2 || !strings.HasPrefix(after, ".") {
		return c, false
	}
	rest := cutAccessNote(trimSpace(after[1:]))
	if rest == "" {
		return c, false
	}
	// The site, then the date, each closed by a stop.
	site, tail := rest, ""
	if e := sentenceEnd(rest); e > 0 {
		site, tail = rest[:e], rest[e+1:]
	}
	site = trimRightMarks(trimSpace(site), ".")
	if m, ok := wholeDate(site, order); ok {
		c.date, c.dated, site = m.date, true, "" // "Title". 2021. : no site
	} else if m, ok := firstDate(tail, order); ok {
		c.date, c.dated = m.date, true
	}
	if !c.dated || site != "" && (wordCountUpTo(site, 9) > 8 || !isUpperStart(site)) {
		return c, false
	}
	if name, ok := cutPlaceBracket(site); ok && strings.HasSuffix(site, ")") {
		site = name // "La Vanguardia (Barcelona)": the paper's city
	}
	c.title, c.source = title, site
	return c, true
}

// cutAccessNote cuts what a reference says of the copy its compiler
// read, "Retrieved 3 January 2022.", "Archived from the original on
// …", "Accessed …", and what follows.
func cutAccessNote(s string) string {
	for _, m := range accessNotes {
		if i := strings.Index(s, m); i >= 0 {
			s = s[:i]
		}
	}
	return trimSpace(s)
}

// accessNotes open the note of when a web page was read or archived.
var accessNotes = []string{"Retrieved ", "Archived from the original", "Archived ", "Accessed ", "Last accessed",
	"Consulté le", "Abgerufen am", "Проверено ", "Дата обращения", "дата обращения", "(accessed ", "Consultado el", "Hentet "}

// parenSourceDate reads a digest's item: the headline, the outlet and
// the date in brackets, then maybe a summary.
//
//	Marker to be rededicated (The Chronicle, 3/4/2024) — The society will move the marker.
//
// The date must name a month at least: "(Smith, 2020)" is an author-date
// citation, not an outlet.
func parenSourceDate(s string, order dayOrder) (lead, bool) {
	var c lead
	if len(s) > 600 {
		return c, false
	}
	for from := 0; ; {
		o := indexSpaced(s[from:], " (")
		if o < 0 {
			return c, false
		}
		o += from
		from = o + 2
		e := strings.IndexByte(s[o+2:], ')')
		if e < 0 {
			return c, false
		}
		inside := s[o+2 : o+2+e]
		comma := lastIndexPair(inside, ',', ' ')
		if comma <= 0 {
			continue
		}
		src, when := trimSpace(inside[:comma]), inside[comma+2:]
		if !isUpperStart(src) || wordCountUpTo(src, 8) > 7 || strings.ContainsAny(src, "0123456789()") {
			continue
		}
		m, ok := wholeDate(when, order)
		if !ok || m.date.Precision < annals.PrecisionMonth || strings.ContainsAny(when, "–—") {
			// A range of days in brackets is an event's, and the
			// place before it no outlet: "(Aberdeen, 12–13 September
			// 2024)".
			continue
		}
		title := trimSpace(s[:o])
		if wordCountUpTo(title, 3) < 3 {
			return c, false
		}
		rest := trimSpace(s[o+2+e+1:])
		rest = trimSpace(trimLeftMarks(rest, "—–-:.,"))
		c.title, c.source, c.date, c.dated, c.rest = title, src, m.date, true, rest
		return c, true
	}
}

// bareContainer reads the line a publisher's platform prints under an
// article's authors to name its journal, "in Work in the Global
// Economy": a lower-case "in" and a capitalised name, with no sentence.
func bareContainer(s string) (string, bool) {
	name := s[3:]
	if len(s) > 120 || !isUpper(firstRune(name)) || wordCountUpTo(name, 13) > 12 || capRatio(name) < 0.5 || strings.ContainsAny(name, ".!?:;,") {
		return "", false
	}
	return name, true
}

// issueMonth refines year y by the month, or the day and month, that a
// clause of s prints alone: "Vol 52, No 3, May", "People Management. 14
// September".
func issueMonth(s string, y annals.Date) annals.Date {
	for clause := range strings.FieldsFuncSeq(s, func(r rune) bool { return r == '.' || r == ',' || r == ';' }) {
		clause = trimLeftMarks(trimSpace(clause), "—–- ") // GOST's areas: ". — 14 янв."
		if clause == "" || len(clause) > 20 {
			continue
		}
		var buf [4]token
		toks := appendTokens(buf[:0], clause, 4)
		switch len(toks) {
		case 1:
			if m, _, ok := lookupMonth(toks[0].text, false); ok && toks[0].kind == 'w' {
				return annals.MonthDate(y.Year, m)
			}
		case 2:
			if md, ok := yearlessMonthDay(toks); ok {
				return annals.DayDate(y.Year, time.Month(md.month), int(md.day))
			}
		}
	}
	return y
}

// quotedPaper reads a paper as a conference programme lists it: the
// title in quotes, then its speakers, each perhaps with where they work:
// "“Company Doctors and Black Lung, 1968–1972,” Ruth Ellerbe, Marshall
// University", "“Title,” A. Lin, University of Toronto, and W. Cho, York
// University". After the title come only names and affiliations: a
// quoted headline followed by a periodical is another kind of line.
func quotedPaper(s string) (lead, bool) {
	var c lead
	if len(s) > 400 {
		return c, false
	}
	title, after, ok := quotedTitle(s)
	if !ok || wordCount(title) < 2 {
		return c, false
	}
	after = trimSpace(strings.TrimPrefix(trimSpace(after), ","))
	if after == "" {
		return c, false
	}
	for k, p := range splitComma(after) {
		p = trimSpace(p)
		if k > 0 {
			if rest, ok := strings.CutPrefix(p, "and "); ok {
				p = rest
			} else if isAffiliation([]string{p}) || orgLike(p) {
				continue // where the speaker before works
			}
		}
		names, ok := nameListAuthors(p)
		if !ok {
			return lead{}, false // a periodical, a place: no programme's line
		}
		c.authors = append(c.authors, names...)
	}
	c.title = title
	return c, true
}

// speakerPaper reads a paper as a programme lists it speaker first:
// "Bruce McAllister (University of Newcastle) – ‘Ghost gangs and the 1928
// lockout’", "Amy Tran and Joseph Kerr (Monash University): “From bull
// system to rotation”". The speakers, each perhaps with where they work in
// brackets and an academic title, then a dash, colon or comma, then the title in
// quotes and nothing after it. Unquoted, the title must follow the
// affiliation's bracket and a colon: "Ahmed Benali (EHESS): Algerian
// dockers in Marseille".
func speakerPaper(s string) (lead, bool) {
	var c lead
	if len(s) > 400 {
		return c, false
	}
	// A comma sets the speakers apart only right before the quoted
	// title: "Sarah Dunmore (University of Hull), ‘Casual men’" (a
	// bracket may hold one: "(University of Hull, History)").
	at, d := firstOf(s, speakerSeps)
	if at <= 0 {
		return c, false
	}
	sep := len(d)
	if d[0] == ',' {
		sep = 2 // the quote opens the title
	}
	rest := trimSpace(s[at+sep:])
	title, after, ok := quotedTitle(rest)
	if !ok {
		// Unquoted, the title needs the affiliation's bracket right before
		// the colon to set the speaker apart: "Name (Univ.): Title".
		if sep != 2 || at < 1 || s[at-1] != ')' || endsQuote(rest) {
			return c, false
		}
		title, after, ok = trimRightMarks(rest, " ."), "", true
	}
	if trimSpace(after) != "" || wordCount(title) < 2 {
		return c, false
	}
	speakers := dropBracketed(s[:at])
	if speakers == "" || strings.IndexByte(speakers, ')') >= 0 {
		return c, false
	}
	names, ok := nameListAuthors(dropAcademicTitles(speakers))
	if !ok {
		return c, false
	}
	c.authors, c.title = names, title
	return c, true
}

// paperThenSpeakers reads a paper as a programme lists it title first:
// "Bread Before Wages: Food Riots in Lancashire — Hannah Barker
// (University of Manchester)", "Title – Marie Lemieux (Université de
// Montréal) and Dan Ho (McGill University)". After the last dash
// come only the speakers, each with where they work in brackets; the
// brackets tell them from a headline's "— Yet".
func paperThenSpeakers(s string) (lead, bool) {
	var c lead
	if len(s) > 400 || !strings.HasSuffix(s, ")") {
		return c, false
	}
	i, n := lastSpacedSep(s, false)
	if i <= 0 || wordCount(s[:i]) < 2 {
		return c, false
	}
	tail := trimSpace(s[i+n:])
	speakers := dropBracketed(tail)
	if speakers == tail || speakers == "" || strings.ContainsAny(speakers, "()") {
		return c, false
	}
	if _, ok := firstDate(tail[strings.IndexByte(tail, '('):], orderUnknown); ok {
		return c, false // an outlet's day: "— Daily Loom (May 12, 2015)"
	}
	names, ok := nameListAuthors(dropAcademicTitles(speakers))
	if !ok {
		return c, false
	}
	c.title, c.authors = trimSpace(s[:i]), names
	return c, true
}

// speakerSeps set a programme's speakers apart from their paper's title.
var speakerSeps = []string{" – ", " — ", " - ", ": ", ", ‘", ", “", ", \""}

// endsQuote reports whether s ends with a closing quote: ’ ” " or '.
func endsQuote(s string) bool {
	return strings.HasSuffix(s, "’") || strings.HasSuffix(s, "”") || strings.HasSuffix(s, "\"") || strings.HasSuffix(s, "'")
}

// academicTitles stand before a speaker's name in a programme; they are
// not part of it.
var academicTitles = newWordSet("Dr", "Dr.", "Prof", "Prof.", "Professor", "Assoc.", "Associate", "Asst.", "Assistant", "Emeritus", "Rev.", "Dott.", "Dott.ssa", "Mgr.", "Ing.")

// dropAcademicTitles removes the academic titles before each name of a
// list: "Dr Kate Moss and Assoc. Prof. Lena Fitz" → "Kate Moss and Lena
// Fitz".
func dropAcademicTitles(s string) string {
	words := strings.Fields(s)
	out := words[:0]
	for i, w := range words {
		// A title stands before a name, never last.
		if academicTitles.has(w) && i+1 < len(words) {
			continue
		}
		out = append(out, w)
	}
	return strings.Join(out, " ")
}

// serialLine reports whether s names a newspaper as a library's
// catalogue of papers does, with where and in which years it came out:
// "The Argus (Melbourne, Vic. : 1848 - 1957)", "The Seattle Star
// (Seattle, Wash.) 1899-1947", "Barrier Miner (Broken Hill, NSW : 1888
// -)". Under a story's headline it is the story's source.
func serialLine(s string) bool {
	o := strings.IndexByte(s, '(')
	if o <= 0 || len(s) > 120 {
		return false
	}
	name := trimSpace(s[:o])
	if !isUpperStart(name) || wordCountUpTo(name, 7) > 6 || indexDigit(name) >= 0 || endsSentence(name) {
		return false
	}
	c := strings.IndexByte(s[o:], ')')
	if c < 0 {
		return false
	}
	place, after := s[o+1:o+c], trimSpace(s[o+c+1:])
	if after == "" {
		// The years close the bracket: "(Melbourne, Vic. : 1848 - 1957)".
		i := strings.LastIndex(place, ":")
		if i < 0 {
			return false
		}
		place, after = place[:i], trimSpace(place[i+1:])
	}
	// The years it ran, as a catalogue prints a life's: "1848 - 1957",
	// "1888 -". A lone year is a book's imprint.
	after = strings.ReplaceAll(after, " ", "")
	return isUpperStart(trimSpace(place)) && indexDigit(place) < 0 && strings.ContainsAny(after, "-–") && isLifeYears(after)
}

// isLetters reports whether s is letters only.
func isLetters(s string) bool {
	for _, r := range s {
		if !isLetter(r) {
			return false
		}
	}
	return s != ""
}

// nlmCitation reads a journal citation in the National Library of
// Medicine's style, on a line of its own under a search result's title
// and authors: "Am J Ind Med. 2024 Nov;67(11):985-994. doi: …", "Ind
// Labor Relat Rev. 2013;66(1):88-116.", "BMC Public Health. 2022 Apr
// 12;22(1):745." The journal's abbreviation holds no stops; the year,
// perhaps a month and a day, then the volume or the pages follow it.
func nlmCitation(s string) (string, annals.Date, bool) {
	j := strings.Index(s, ". ")
	if j <= 0 || j > 80 {
		return "", annals.Date{}, false
	}
	journal, rest := s[:j], s[j+2:]
	if !isUpperStart(journal) || indexDigit(journal) >= 0 || strings.ContainsAny(journal, ",;:") || wordCountUpTo(journal, 9) > 8 {
		return "", annals.Date{}, false
	}
	// The date runs to the ';' before the volume or the ':' before the
	// pages.
	end := strings.IndexAny(rest, ";:")
	if end < 4 || end > 20 || end+1 >= len(rest) || !isDigitByte(rest[end+1]) {
		return "", annals.Date{}, false
	}
	f := strings.Fields(rest[:end])
	if len(f[0]) != 4 || !isDigits(f[0]) || len(f) > 3 {
		return "", annals.Date{}, false
	}
	y, _ := strconv.Atoi(f[0])
	d := annals.YearDate(y)
	if a, b, ok := strings.Cut(f[len(f)-1], "-"); ok && len(f) == 2 {
		// "1981 May-Jun": an issue of two months dates its year.
		if _, _, ok := lookupMonth(a, false); !ok {
			return "", annals.Date{}, false
		}
		if _, _, ok := lookupMonth(b, false); !ok {
			return "", annals.Date{}, false
		}
		f = f[:1]
	}
	if len(f) >= 2 {
		m, _, ok := lookupMonth(f[1], false)
		if !ok {
			return "", annals.Date{}, false
		}
		d = annals.MonthDate(y, m)
		if len(f) == 3 {
			day, err := strconv.Atoi(f[2])
			if err != nil {
				return "", annals.Date{}, false
			}
			d = annals.DayDate(y, m, day)
		}
	}
	if d.Validate() != nil {
		return "", annals.Date{}, false
	}
	return journal, d, true
}
