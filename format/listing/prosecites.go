package listing

import "strings"

// An encyclopedia's "Additional Reading" and a survey's bibliographic
// essay cite their works inside sentences: "Histories of organized labour
// include Margaret Hollis, The Coalfield Commons (1987); Derek Vane,
// Dockers and Stevedores (1994); and J.D. Rowe, Strikes (1989)." Each
// work is an entry. splitProseCites cuts such a paragraph into one line a
// work, "Name, Title (Year)", which the reference probes then read.

// minProseCites is how many works a paragraph must cite, each closed by
// its bracketed year, before it is read as a list of them: a news story
// may give a year in brackets once or twice.
const minProseCites = 3

// splitProseCites replaces each paragraph that cites works in its
// sentences with a line for each work; other lines pass unchanged. An
// essay may cite two works a paragraph: a paragraph of two counts where
// another paragraph of the page cites two or more as well.
func splitProseCites(lines []line) []line {
	var cites [][]string
	var paired []bool // the paragraph cites two works, not more
	pairs := 0
	for i, l := range lines {
		if !l.facts.any(hasParen) { // every work's year is in brackets
			continue
		}
		parts, pair := proseCites(l.text), false
		// Works parted by semicolons are each one, dated in brackets or
		// not ("“Strikers Stand Firm,” The Seattle Times, May 12, 1934,
		// p. 1;"): where the semicolons part more works than the
		// bracketed years close, they are read.
		works := semicolonWorks(l.text)
		if len(parts) >= minProseCites && len(works) > len(parts) {
			parts = works
		}
		if len(parts) < minProseCites {
			// A note's works are read whole, each on its own: a
			// note of two stands alone.
			if notes := jointNotes(l.text); notes != nil {
				parts = notes
			} else if parts != nil {
				pair = true
				pairs++
			}
		}
		if parts == nil {
			parts = works
		}
		if parts == nil {
			continue
		}
		if cites == nil {
			cites = make([][]string, len(lines))
			paired = make([]bool, len(lines))
		}
		cites[i], paired[i] = parts, pair
	}
	if cites == nil {
		return lines
	}
	out := make([]line, 0, len(lines)+8)
	for i, l := range lines {
		parts := cites[i]
		if paired[i] && pairs < 2 {
			parts = nil
		}
		if parts == nil {
			out = append(out, l)
			continue
		}
		for k, p := range parts {
			out = append(out, line{no: l.no, text: p, indent: l.indent, gap: l.gap && k == 0, facts: factsOf(p)})
		}
	}
	return out
}

// proseCites returns the works a paragraph cites, each as "Name, Title
// (Year)" followed by what the sentence says of it, or nil when it is no
// such paragraph. Two works are enough here; splitProseCites asks more.
func proseCites(s string) []string {
	// Counting the brackets alone (a fast count) rules out most
	// paragraphs before the count of " (".
	if len(s) < 120 || len(s) > 8000 || strings.Count(s, "(") < 2 || strings.Count(s, " (") < 2 {
		return nil
	}
	var parts []string
	rest := s
	for len(rest) > 0 {
		end := citeEnd(rest)
		if end < 0 {
			break
		}
		seg := rest[:end]
		// "Galveston Daily News, March 20, 1920; …, June 8, 1920.
		// George N. Green, "…," Journal 94 (October 1990)": sources cited
		// by their date alone, before the next work, are works too.
		for {
			i := datedCiteEnd(seg)
			if i < 0 {
				break
			}
			parts = append(parts, seg[:i])
			seg = seg[i+2:]
		}
		work, ok := citedWork(seg)
		if !ok {
			return nil
		}
		// ", which gives particular attention to …;" says what the work
		// is: it stays with it, as the work's summary.
		if gloss := citeGloss(rest[end:]); gloss != "" {
			work += ", " + gloss
			end += len(gloss) + 2
		}
		parts = append(parts, work)
		rest = trimLeftMarks(rest[end:], ";. ")
	}
	if len(parts) < 2 {
		return nil
	}
	// A last work printed without a year ("Vertical Files, Briscoe
	// Center…") is still one of the list's: it is kept, not lost.
	if rest = trimSpace(rest); len(rest) >= 12 && strings.Contains(rest, ", ") {
		parts = append(parts, rest)
	}
	return parts
}

// datedCiteEnd returns where the first source cited by its date alone
// ends in s: at a year followed by "; " or ". " and a capital, -1 where
// none does. A year inside quotes is a title's. (The quotes are counted
// as the scan goes, which keeps it linear.)
func datedCiteEnd(s string) int {
	straight, open := 0, 0 // '"' seen; '“' not yet closed by '”'
	for i := 0; i+6 < len(s); i++ {
		switch {
		case s[i] == '"':
			straight++
		case strings.HasPrefix(s[i:], "“"):
			open++
		case strings.HasPrefix(s[i:], "”") && open > 0:
			open--
		}
		if s[i+4] != ';' && s[i+4] != '.' || s[i+5] != ' ' || !isDigits(s[i:i+4]) || i > 0 && isDigitByte(s[i-1]) {
			continue
		}
		if next, _ := decodeRune(s[i+6:]); !isUpper(next) || straight%2 == 1 || open > 0 {
			continue
		}
		return i + 4
	}
	return -1
}

// citeGloss returns the clause that follows a cited work's year and
// describes it (", on the general strike there;", ", which gives …."):
// text after a comma, opening in lower case, up to the semicolon or the
// stop that ends it; "" if there is none.
func citeGloss(s string) string {
	if !strings.HasPrefix(s, ", ") || len(s) < 4 || !isLower(firstRune(s[2:])) {
		return ""
	}
	g := s[2:]
	end := len(g)
	if k := strings.IndexByte(g, ';'); k >= 0 {
		end = k
	}
	if k := strings.Index(g, ". "); k >= 0 && k < end {
		end = k
	}
	g = strings.TrimSuffix(g[:end], ".")
	// A gloss that holds a year in brackets holds the next work.
	if strings.Contains(g, " (") {
		return ""
	}
	return g
}

// citeEnd returns the end of the first work cited in s: the closing
// bracket of a year in brackets ("(1987)", "(1978, reissued 2009)")
// followed by a semicolon, a stop or the end; -1 if there is none.
func citeEnd(s string) int {
	for i := 0; i < len(s); {
		k := strings.Index(s[i:], " (")
		if k < 0 {
			return -1
		}
		k += i + 2
		// A year's brackets close within a few words, an imprint's
		// within a line: look no further, so that a paragraph of open
		// brackets stays linear.
		e := strings.IndexByte(headOf(s[k:], 120), ')')
		if e < 0 {
			i = k
			continue
		}
		e += k
		if (bareYear(s[k:e]) || imprintYear(s[k:e]) || issueYear(s[k:e])) && (e+1 == len(s) || s[e+1] == ';' || s[e+1] == '.' || s[e+1] == ',') {
			return e + 1
		}
		i = k
	}
	return -1
}

// issueYear reports whether a bracket holds a journal issue's date, a
// month or a season and the year: "(Spring 1978)", "(October 1990)".
func issueYear(b string) bool {
	w, y, ok := strings.Cut(b, " ")
	if !ok || len(y) != 4 || !isDigits(y) {
		return false
	}
	var buf [16]byte
	if _, _, month := lookupMonth(w, false); month {
		return true
	}
	return len(w) <= len(buf) && seasonWords.hasBytes(appendLower(buf[:0], w))
}

// imprintYear reports whether a bracket holds a Chicago note's imprint
// ending in its year: "Austin: University of Texas, 1941", "Ph.D.
// dissertation, Florida State University, 1965".
func imprintYear(b string) bool {
	n := len(b)
	if n < 10 || !isDigits(b[n-4:]) || b[n-6:n-4] != ", " && b[n-5] != ' ' {
		return false
	}
	return strings.IndexByte(b, ':') > 0 || strings.Count(b, ", ") >= 2
}

// citedWork reads one cited work, "… include Margaret Hollis, The
// Coalfield Commons (1987)": the names are the capitalised run before a
// comma, the sentence's words before them are left out. The comma is the
// first that ends such a run ("For its place in labour history, see Nora
// Hale, The Long Depression (2015)" skips the first).
func citedWork(s string) (string, bool) {
	s = trimSpace(s)
	for from := 0; ; {
		c := strings.Index(s[from:], ", ")
		if c < 0 {
			return "", false
		}
		comma := from + c
		if names, ok := namesBefore(s[:comma]); ok {
			return names + s[comma:], true
		}
		from = comma + 2
	}
}

// namesBefore returns the run of names that ends s ("… include Edwin T.
// Marsh and Ann Lee"), if it reads as a list of names.
func namesBefore(s string) (string, bool) {
	words := strings.Fields(s)
	start := len(words)
	for start > 0 {
		w := words[start-1]
		switch {
		case w == "(ed.)" || w == "(eds.)" || isInitial(w) || isInitialRun(w) || isSurnameWord(w) || nameParticles.has(w):
			start--
			continue
		case (w == "and" || w == "&") && start >= 2 && isUpperStart(words[start-2]) && start < len(words):
			start--
			continue
		}
		break
	}
	// The run starts with a name, not with "and" or a particle.
	for start < len(words) && (words[start] == "and" || words[start] == "&" || nameParticles.has(words[start])) {
		start++
	}
	names := strings.Join(words[start:], " ")
	if start == len(words) || !looksLikeNameList(dropBracketed(names)) {
		return "", false
	}
	return names, true
}

// jointNotes splits a note citing two works or more, set apart by
// semicolons: "4. Dorothy Sue Cobble, The Other Women's Movement
// (Princeton: Princeton University Press, 2004); Alice Kessler-Harris, In
// Pursuit of Equity (New York: Oxford University Press, 2001)." Each
// part must read as a note's reference on its own; nil otherwise.
func jointNotes(s string) []string {
	if len(s) > 4000 || !strings.Contains(s, "); ") {
		return nil
	}
	parts := splitNotes(s)
	if len(parts) < 2 {
		return nil
	}
	read := 0
	for k, p := range parts {
		if k == 0 {
			p, _ = stripBullet(p)
		}
		if _, ok := noteCitation(p, 0); ok {
			read++
		}
	}
	// Two works: both must read as references. A longer list ("Sources:
	// A; B; C; …") may hold some the note reader does not know (an
	// interview, a newspaper's page): they are still the list's.
	if read < len(parts) && (len(parts) < 4 || read*2 < len(parts)) {
		return nil
	}
	return parts
}

// splitNotes splits s at the semicolons outside brackets and quotes that
// are followed by a capital or a quote, as a new work's reference starts.
func splitNotes(s string) []string {
	var parts []string
	depth, from := 0, 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '(', '[':
			depth++
		case ')', ']':
			if depth > 0 {
				depth--
			}
		case ';':
			if depth > 0 || i+2 >= len(s) || s[i+1] != ' ' {
				continue
			}
			if r := firstRune(s[i+2:]); isUpper(r) || r == '"' || r == '“' {
				parts = append(parts, trimSpace(s[from:i]))
				from = i + 2
			}
		}
	}
	return append(parts, trimSpace(s[from:]))
}

// semicolonWorks returns the works a bibliography's paragraph lists
// apart by semicolons, as a biographical dictionary's "Select
// Bibliography" prints them ("G. F. Dunstan, The Barrier Strikes of 1909
// (Melb, 1962); E. M. Kerrigan, Miners and Militants (Syd, 1979);
// Barrier Miner (Broken Hill), 9 Jan 1909; …"), or nil. Three parts or
// more must end in a year (a page after it aside), and the first open
// with a name and a comma: a sentence's clauses do not.
func semicolonWorks(s string) []string {
	if len(s) < 120 || len(s) > 8000 || strings.Count(s, "; ") < 3 {
		return nil
	}
	parts := strings.Split(trimRightMarks(s, ". "), "; ")
	dated := 0
	for _, p := range parts {
		if len(p) > 300 {
			return nil
		}
		if _, ok := firstYear(tailOf(trimRightMarks(p, " .)"), 24), false); ok {
			dated++
		}
	}
	if dated < 3 || dated*2 < len(parts) {
		return nil
	}
	if c := strings.Index(parts[0], ", "); c <= 0 || !looksLikeName(parts[0][:c]) {
		return nil
	}
	return parts
}
