package listing

import (
	"strings"
	"unicode/utf8"

	"github.com/labor-annals/annals"
)

// pageCleanup applies rules that need the whole page: a tag or rubric that
// most titles share in the same shape is not part of the titles, and an
// author appended as "Title - Author" is split off.
func pageCleanup(recs []*annals.Record) {
	for _, r := range recs {
		if r.Source != "" && issueOnly(r.Source) {
			r.Source = "" // "Vol. 46 No. 4" numbers an issue; it names no outlet
		}
	}
	onDateTitles(recs)
	titleDates(recs)
	stripTagPrefix(recs)
	stripListTag(recs)
	stripGluedRubric(recs)
	pipeOutlets(recs)
	for _, r := range recs {
		r.Title = rubricPipe(r.Title)
	}
	namePrefixes(recs)
	domainTails(recs)
	for _, r := range recs {
		if len(r.Authors) == 0 {
			if t, names, ok := parenByline(r.Title); ok {
				r.Title, r.Authors = t, names
			}
		}
	}
	sourcePrefixes(recs)
	agencyTails(recs)
	agencyBylines(recs)
	houseBylines(recs)
	outletTails(recs)
	responsibilityTails(recs)
	// The name after " - " is the author on some sites (libcom) and the
	// outlet on aggregators (Google News). A page does one or the other:
	// when its names read as outlets rather than people, all are sources.
	type cut struct {
		r        *annals.Record
		t, a     string
		longDash bool // cut at " — " or " – ", not " - "
	}
	var cuts []cut // each title is split once
	outlets, people := 0, 0
	for _, r := range recs {
		if len(r.Authors) > 0 || r.Source != "" {
			continue
		}
		if t, a, ok := titleAuthor(r.Title); ok {
			cuts = append(cuts, cut{r, t, a, !strings.HasPrefix(r.Title[len(t):], " - ")})
			switch {
			case outletLike(a):
				outlets++
			case personLike(a):
				people++
			}
		}
	}
	asSource := outlets > 0 && outlets >= people
	// A dash set as " — " or " – " runs inside titles too ("The Strike
	// Wave That Wasn’t — Yet"): it parts title and author only where
	// most titles on the page are cut at one.
	long := 0
	for _, c := range cuts {
		if c.longDash {
			long++
		}
	}
	longOK := long >= 3 && long*2 >= len(recs)
	for _, c := range cuts {
		if c.longDash && !longOK {
			continue
		}
		if asSource {
			c.r.Title, c.r.Source = c.t, c.a
		} else {
			c.r.Title, c.r.Authors = c.t, SplitAuthors(c.a)
		}
	}
}

// parenByline splits "Title (by Name)" and "Title (by A and B) [6 min
// read]": a byline in brackets closing the title.
func parenByline(t string) (string, []string, bool) {
	i, names, end, ok := parenBy(t)
	if !ok {
		return "", nil, false
	}
	tail := trimSpace(t[end:])
	if tail != "" && !(strings.HasPrefix(tail, "[") && strings.HasSuffix(tail, "]")) {
		return "", nil, false
	}
	if !looksLikeNameList(names) || wordCount(t[:i]) < 2 {
		return "", nil, false
	}
	return trimSpace(t[:i]), SplitAuthors(names), true
}

// sourcePrefixes splits "Outlet — Title" when two or more titles on the
// page open with a short name and a dash and those names read mostly
// as outlets: a digest prints where each item comes from first.
func sourcePrefixes(recs []*annals.Record) {
	type cut struct {
		r    *annals.Record
		o, t string
	}
	var cuts []cut
	outlets := 0
	for _, r := range recs {
		// Both dashes are three bytes opening with 0xE2, which most
		// titles lack.
		if r.Source != "" || strings.IndexByte(r.Title, 0xE2) < 0 {
			continue
		}
		for _, sep := range []string{" — ", " – "} {
			// "Today's News & Commentary — November 14, 2024": a
			// series' title over the day's issue; after it, no headline.
			if o, t, ok := cutSpaced(r.Title, sep); ok && isUpperStart(o) && wordCount(t) >= 3 &&
				!strings.ContainsAny(o, ".!?:,;\"“”«»0123456789") && !isWholeDate(t) {
				// "In the Seattle Times — …", "From Jacobin — …": the
				// words that say where are no part of the name, nor is a
				// place in brackets before it ("(Tacoma) News Tribune").
				if o = trimLeadWords(o, true); strings.HasPrefix(o, "(") {
					if j := strings.IndexByte(o, ')'); j > 0 {
						o = trimSpace(o[j+1:])
					}
				}
				if o == "" || wordCount(o) > 4 || !isUpperStart(o) {
					break
				}
				cuts = append(cuts, cut{r, o, t})
				if outletLike(o) || orgLike(o) {
					outlets++
				}
				break
			}
		}
	}
	if len(cuts) < 2 || outlets*2 < len(cuts) {
		return
	}
	for _, c := range cuts {
		c.r.Title, c.r.Source = c.t, c.o
	}
}

// isWholeDate reports whether s is one date and nothing more.
func isWholeDate(s string) bool {
	_, ok := wholeDate(s, orderUnknown)
	return ok
}

// domainTails splits "Title (example.org)" when two or more titles on
// the page end that way: link aggregators print the linked site's
// domain after the headline, and an original year before it
// ("… (2017) (epi.org)").
func domainTails(recs []*annals.Record) {
	n := 0
	for _, r := range recs {
		if _, _, ok := domainTail(r.Title); ok && r.Source == "" {
			n++
		}
	}
	if n < 2 {
		return
	}
	for _, r := range recs {
		t, d, ok := domainTail(r.Title)
		if !ok || r.Source != "" {
			continue
		}
		r.Title, r.Source = t, d
		if y, ok := parenYear(t); ok {
			r.Title = trimSpace(t[:len(t)-6])
			if r.Date.IsZero() {
				r.Date = y
			}
		}
	}
}

// domainTail splits a final "(host.tld)" or "(host.tld/path)" off t.
func domainTail(t string) (string, string, bool) {
	if !strings.HasSuffix(t, ")") {
		return "", "", false
	}
	i := strings.LastIndex(t, " (")
	if i <= 0 {
		return "", "", false
	}
	d := t[i+2 : len(t)-1]
	host, _, _ := strings.Cut(d, "/")
	if !isDomain(host) || strings.ContainsAny(d, " ?") || wordCount(t[:i]) < 2 {
		return "", "", false
	}
	return trimSpace(t[:i]), d, true
}

// parenYear reads a final "(1999)".
func parenYear(t string) (annals.Date, bool) {
	if len(t) < 6 || t[len(t)-6] != '(' || t[len(t)-1] != ')' || !isDigits(t[len(t)-5:len(t)-1]) {
		return annals.Date{}, false
	}
	if len(t) > 6 && t[len(t)-7] != ' ' {
		return annals.Date{}, false
	}
	return ParseDate(t[len(t)-5 : len(t)-1])
}

// namePrefixes splits "Name Surname: Title" and "Name Surname – Title",
// the opinion pieces and commentary of many pages, when two or more
// titles on the page open with a person's name and a colon or dash.
func namePrefixes(recs []*annals.Record) {
	n, titled := 0, 0
	for _, r := range recs {
		if r.Title != "" {
			titled++
		}
		if _, _, ok := namePrefix(r); ok {
			n++
		}
	}
	if n < 2 || n*4 < titled {
		return
	}
	for _, r := range recs {
		if name, t, ok := namePrefix(r); ok {
			r.Title, r.Authors = t, SplitAuthors(name)
		}
	}
}

// namePrefix splits a title opening with names and a colon or a dash:
// "Name Surname: Title", "A and B – Title".
func namePrefix(r *annals.Record) (string, string, bool) {
	if len(r.Authors) > 0 {
		return "", "", false
	}
	i, sep := -1, 0
	// A separator starting past byte 60 rules the line out: only the
	// bytes a nearer one can take are searched.
	head := r.Title[:min(len(r.Title), 60+len(" — "))]
	for _, s := range []string{": ", " – ", " — ", " - "} {
		if j := indexSpaced(head, s); j > 0 && (i < 0 || j < i) {
			i, sep = j, len(s)
		}
	}
	if i <= 0 || i > 60 {
		return "", "", false
	}
	name, t := r.Title[:i], trimSpace(r.Title[i+sep:])
	if outletLike(name) || isLabelPhrase(name) || wordCount(t) < 2 {
		return "", "", false
	}
	if !looksLikeName(name) && !(looksLikeNameList(name) && len(SplitAuthors(name)) > 1) {
		return "", "", false
	}
	return name, t, true
}

// pipeOutlets splits "Title | Outlet" when two or more titles on the page
// end that way: after a bar stands the outlet (or the site), not a person.
func pipeOutlets(recs []*annals.Record) {
	n := 0
	for _, r := range recs {
		if _, _, ok := pipeTail(r); ok {
			n++
		}
	}
	if n < 2 {
		return
	}
	for _, r := range recs {
		if t, o, ok := pipeTail(r); ok {
			r.Title, r.Source = t, o
		}
	}
}

// rubricPipe takes a section label printed before the headline off the
// title: "Perspectives | Turkmenistan: Forced labor…".
func rubricPipe(title string) string {
	if strings.IndexByte(title, '|') < 0 {
		return title // most titles: IndexByte is much faster than Index
	}
	i := indexSpaced(title, " | ")
	if i <= 0 || indexSpaced(title[i+3:], " | ") >= 0 {
		return title
	}
	label, rest := title[:i], title[i+3:]
	if wordCount(label) > 2 || !isUpperStart(label) || indexDigit(label) >= 0 || wordCount(rest) < 4 {
		return title
	}
	return rest
}

func pipeTail(r *annals.Record) (string, string, bool) {
	if r.Source != "" {
		return "", "", false
	}
	if strings.IndexByte(r.Title, '|') < 0 {
		return "", "", false // IndexByte is much faster than LastIndex
	}
	i := strings.LastIndex(r.Title, " | ")
	if i <= 0 || wordCount(r.Title[:i]) < 2 {
		return "", "", false
	}
	o := trimSpace(r.Title[i+3:])
	ws := strings.Fields(o)
	if len(ws) == 0 || len(ws) > 5 || !isUpperStart(o) && !isDomain(o) || strings.ContainsAny(o, "!?:;\"“”«»") {
		return "", "", false
	}
	if _, ok := ParseDate(o); ok {
		return "", "", false
	}
	return trimSpace(r.Title[:i]), o, true
}

// outletArticles start the names of newspapers, not of people.
var outletArticles = newWordSet("the", "el", "la", "los", "las",
	"le", "les", "die", "der", "das", "il", "lo", "de")

// outletWords are the common nouns of outlet names in several languages.
var outletWords = newWordSet("news", "times", "post", "journal", "daily", "star", "notícias", "noticias", "nachrichten", "nyheder", "nieuws", "nouvelles", "zprávy", "hírek", "notizie",
	"herald", "tribune", "gazette", "press", "radio", "tv", "television", "télévision", "televisión", "fernsehen", "televizyon", "телевидение",
	"magazine", "weekly", "online", "newsroom", "newswire", "wire", "zeitung", "rundschau",
	"nachrichten", "diario", "noticias", "periódico", "газета",
	"новости", "вести", "gazeta", "avis", "avisen", "dagblad",
	"tidende", "notizie", "giornale", "journalen", "presse", "info",
	"review", "monitor", "blog", "courant", "krant", "gazet", "kurier", "koerier", "courier",
	"telegraph", "telegraaf", "chronicle", "observer", "guardian", "mercury", "standard", "express",
	"mail", "independent", "bulletin", "gazzetta", "corriere", "tageblatt", "blatt", "tidning", "avisa",
	// Journals: "Labor History", "Modern Asian Studies", "Third World Quarterly".
	"quarterly", "studies", "history", "historical", "annals", "annales", "proceedings", "transactions",
	"yearbook", "jahrbuch", "revue", "revista", "rivista", "zeitschrift", "tijdschrift", "tidsskrift",
	"tidskrift", "cahiers", "quaderni", "cuadernos")

// outletLike reports a name printed the way outlets are and people are
// not: a domain, a leading article, an acronym, or an outlet noun.
func outletLike(a string) bool {
	var wb [16]string // the words on the stack: strings.Fields allocates
	ws := appendFields(wb[:0], a, len(a))
	if len(ws) == 0 {
		return false
	}
	if len(ws) == 1 && isDomain(a) {
		return true // elDiario.es, cabar.asia
	}
	var buf [64]byte // words lower-cased on the stack: strings.ToLower allocates
	if len(ws) > 1 && outletArticles.hasBytes(appendLower(buf[:0], ws[0])) {
		return true
	}
	for _, w := range ws {
		// The parts strings.Split(w, "-") would make, without a slice.
		for rest, more := w, true; more; {
			var part string
			part, rest, more = strings.Cut(rest, "-")
			// Initials with their stops ("С.П.", "J.K.") are a person's.
			if p := trimRightMarks(part, ".,"); utf8.RuneCountInString(p) >= 2 && allUpper(part) && strings.IndexByte(p, '.') < 0 {
				return true // BBC, Levante-EMV
			}
		}
		if outletWords.hasBytes(appendLower(buf[:0], trimMarks(w, ".,"))) {
			return true
		}
	}
	return false
}

// orgNouns head or close the names of organisations: "Office of the
// Solicitor", "Wage and Hour Division", "Министерство труда".
var orgNouns = newWordSet("ministry", "department", "office", "division",
	"administration", "agency", "bureau", "committee", "commission",
	"council", "authority", "inspectorate", "directorate", "secretariat",
	"ministerium", "bundesamt", "ministère", "ministerio", "ministero",
	"министерство", "комитет", "управление", "департамент", "агентство",
	"служба", "инспекция", "министрлігі", "комитеті", "басқармасы")

// orgLike reports a name that opens or closes with an organisation's
// noun and reads as a name, not a sentence: every word capitalised but
// the short ones, or (in languages that capitalise only the first) a
// first word that is the noun.
func orgLike(a string) bool {
	// The first and last words as strings.Fields splits them, found
	// without making the list: bylines ask this of every name.
	fa, fb := nextField(a, 0)
	la, lb := fa, fb
	for i := fb; ; {
		x, y := nextField(a, i)
		if x == len(a) {
			break
		}
		la, lb, i = x, y, y
	}
	if fa == len(a) || la == fa {
		return false // fewer than two words
	}
	switch {
	case orgNouns.hasFold(a[fa:fb]) && isUpperStart(a[fa:fb]):
		return true
	case orgNouns.hasFold(trimMarks(a[la:lb], ".,")):
		return capitalisedWords(a)
	}
	return false
}

// personLike reports a name shaped like a person's: two or three
// capitalised words.
func personLike(a string) bool {
	var wb [4]string // enough to tell 2 or 3 words from more, on the stack
	ws := appendFields(wb[:0], a, 4)
	return len(ws) >= 2 && len(ws) <= 3 && !outletLike(a) && looksLikeName(a)
}

// stripTagPrefix removes "/ China " style tags: a slash-led word group
// that two or more titles start with identically.
func stripTagPrefix(recs []*annals.Record) {
	count := map[string]int{}
	for _, r := range recs {
		if p := slashTag(r.Title); p != "" {
			count[p]++
		}
	}
	for _, r := range recs {
		p := slashTag(r.Title)
		if p == "" {
			continue
		}
		if count[p] >= 2 || len(recs) == 1 {
			r.Title = trimSpace(r.Title[len(p):])
		} else if i := strings.IndexByte(r.Title[2:], ' '); i > 0 {
			r.Title = trimSpace(r.Title[2+i:])
		}
	}
}

// slashTag returns the "/ Word" prefix of t, or "".
func slashTag(t string) string {
	if !strings.HasPrefix(t, "/ ") {
		return ""
	}
	i := strings.IndexByte(t[2:], ' ')
	if i < 0 {
		return ""
	}
	return t[:2+i]
}

// stripListTag removes the mailing list's name in brackets that a list
// puts before every subject ("[Labor-history-kz] Re: …") when most titles
// on the page open with the same one.
func stripListTag(recs []*annals.Record) {
	count := map[string]int{}
	for _, r := range recs {
		if tag := listTag(r.Title); tag != "" {
			count[tag]++
		}
	}
	for _, r := range recs {
		if tag := listTag(r.Title); tag != "" && count[tag] >= 2 && count[tag]*2 >= len(recs) {
			r.Title = trimSpace(r.Title[len(tag):])
		}
	}
}

// listTag returns the bracketed tag opening t, "[Labor-history-kz]",
// or "".
func listTag(t string) string {
	if !strings.HasPrefix(t, "[") {
		return ""
	}
	e := strings.IndexByte(t, ']')
	if e < 2 || e > 40 || e+2 >= len(t) || t[e+1] != ' ' || strings.IndexByte(t[1:e], ' ') >= 0 {
		return ""
	}
	return t[:e+1]
}

// stripGluedRubric removes a one-word rubric glued to the title
// ("SocialMont-Saint-Michel") when most titles on the page have that shape.
func stripGluedRubric(recs []*annals.Record) {
	n, titled := 0, 0
	cuts := make([]int, len(recs))
	for i, r := range recs {
		if r.Title == "" {
			continue
		}
		titled++
		cuts[i] = gluedPrefix(r.Title)
		if cuts[i] > 0 {
			n++
		}
	}
	if n < 2 || n*2 < titled {
		return
	}
	for i, r := range recs {
		if cuts[i] > 0 {
			r.Title = r.Title[cuts[i]:]
		}
	}
}

// gluedPrefix returns the end of a capitalised first word glued to a
// second capital ("Social|Mont…", "Santé|La …"), or 0.
func gluedPrefix(t string) int {
	var prev rune
	for i, r := range t {
		if r == ' ' || i > 40 {
			return 0
		}
		if i > 1 && isLower(prev) && isUpper(r) {
			if utf8.RuneCountInString(t[:i]) >= 3 && !mcPrefix(t[:i]) {
				return i
			}
			return 0
		}
		prev = r
	}
	return 0
}

// titleAuthor splits "Title - Author": a final " - " followed by one to
// three capitalised words that are not a date.
func titleAuthor(t string) (string, string, bool) {
	i, n := lastSpacedSep(t, false) // " - ", " — ", " – "
	if i <= 0 {
		return t, "", false
	}
	a := trimSpace(t[i+n:])
	// The first four words tell more than three; they are all the loop
	// below reads.
	var room [4]string
	ws := appendFields(room[:0], a, 4)
	if len(ws) > 3 && wordCount(t[:i]) >= 2 && strings.ContainsAny(a, "&,") && looksLikeNameList(a) {
		return trimSpace(t[:i]), a, true // "Ann Lee & Bob Ray"
	}
	if len(ws) == 0 || len(ws) > 3 || wordCount(t[:i]) < 2 {
		return t, "", false
	}
	for _, w := range ws {
		if !isUpper(firstRune(w)) && !(len(ws) == 1 && isDomain(w)) || strings.ContainsAny(w, "0123456789:!?") {
			return t, "", false
		}
	}
	if _, ok := ParseDate(a); ok {
		return t, "", false
	}
	return trimSpace(t[:i]), a, true
}

// isDomain reports a host name printed as a name: "elDiario.es".
func isDomain(w string) bool {
	i := strings.LastIndexByte(w, '.')
	if i <= 0 || len(w)-i-1 < 2 || len(w)-i-1 > 6 {
		return false
	}
	for _, r := range w {
		if !isLetter(r) && !isDigit(r) && r != '.' && r != '-' {
			return false
		}
	}
	for _, r := range w[i+1:] {
		if !isLower(r) {
			return false
		}
	}
	return true
}

// commaNameTail splits "Subject, Sender Name" at its last comma, as a
// mailing list's index prints a message before its date: "Subject,
// Sender Name, 03/14/2024".
func commaNameTail(t string) (string, string, bool) {
	i := lastIndexPair(t, ',', ' ')
	if i <= 0 {
		return t, "", false
	}
	name := trimSpace(t[i+2:])
	if !looksLikeName(name) || outletLike(name) || wordCount(t[:i]) < 2 {
		return t, "", false
	}
	return trimSpace(t[:i]), name, true
}

// agencyBylines moves a news agency named alone in the byline slot to
// the source: "By Reuters", "Europa Press", "ТАСС". A wire service is
// the outlet the story comes from, not its author; other organisations
// and desks in a byline ("AFL-CIO", "Agencias") stay authors as printed.
func agencyBylines(recs []*annals.Record) {
	for _, r := range recs {
		if len(r.Authors) != 1 || r.Source != "" {
			continue
		}
		a := strings.TrimSuffix(strings.TrimSuffix(r.Authors[0], " staff"), " Staff")
		var buf [64]byte // lower-cased on the stack: strings.ToLower allocates
		if newsAgencies.hasBytes(appendLower(buf[:0], strings.TrimPrefix(a, "The "))) {
			r.Source, r.Authors = a, []string{}
		}
	}
}

// agencyTails takes the agency a wire story credits at the end of its
// lede ("…before the next Budget is tabled. — Bernama") out of the
// summary, as the record's source: where the name is a known agency's,
// or closes two summaries or more on the page and is no person's.
func agencyTails(recs []*annals.Record) {
	count := map[string]int{}
	for _, r := range recs {
		if _, tail, ok := agencyTail(r.Summary); ok {
			count[tail]++
		}
	}
	if len(count) == 0 {
		return
	}
	for _, r := range recs {
		head, tail, ok := agencyTail(r.Summary)
		if !ok {
			continue
		}
		// A writer signs off so too: "… on the picket line. — Jane Roe".
		if !newsAgencies.hasFold(tail) && (count[tail] < 2 || personLike(tail)) {
			continue
		}
		r.Summary = head
		if r.Source == "" {
			r.Source = tail
		}
	}
}

// agencyTail cuts a summary whose last sentence is followed by a dash
// and a name of one to three capitalised words: "… is tabled. — Bernama".
func agencyTail(s string) (head, tail string, ok bool) {
	if len(s) < 20 || !strings.ContainsAny(s[max(0, len(s)-50):], "-–—") {
		return "", "", false
	}
	for _, sep := range []string{" — ", " – ", " - "} {
		i := strings.LastIndex(s, sep)
		if i < 0 {
			continue
		}
		head, tail = trimSpace(s[:i]), trimSpace(s[i+len(sep):])
		if head == "" || !endsSentence(head) || tail == "" || indexDigit(tail) >= 0 || wordCountUpTo(tail, 4) > 3 || strings.ContainsAny(tail, ".!?,;:") {
			return "", "", false
		}
		for _, w := range strings.Fields(tail) {
			if !isUpperStart(w) {
				return "", "", false
			}
		}
		return head, tail, true
	}
	return "", "", false
}

// houseBylines moves the outlet's own name out of the authors when it
// stands alone in the byline slot of three entries or more and reads as
// an outlet: a broadcaster's site signs its stories "Channels
// Television", a paper its desk pieces "Daily Monitor". A person who
// signs every entry on the page (an author's archive) keeps the name.
func houseBylines(recs []*annals.Record) {
	count := map[string]int{}
	sources := map[string]bool{}
	for _, r := range recs {
		if len(r.Authors) == 1 && r.Source == "" {
			count[r.Authors[0]]++
		}
		if r.Source != "" {
			sources[r.Source] = true
		}
	}
	for name, n := range count {
		// Or the name is another entry's outlet: "Mayumi Dalisay - The
		// Philippine Star" over one story, "The Philippine Star" alone
		// over the editorial.
		if !sources[name] && (n < 3 || !outletLike(name) || !isUpperStart(name)) {
			continue
		}
		for _, r := range recs {
			if len(r.Authors) == 1 && r.Authors[0] == name && r.Source == "" {
				r.Source, r.Authors = name, []string{}
			}
		}
	}
}

// outletTails moves the outlet out of bylines that name the writer and
// then the paper: "Author: Pete Pattisson, The Guardian". Only where two
// bylines or more on the page end so, as one "Jane Doe, The Nation"
// could be a list of names; there, a byline of the outlet alone ("Author:
// Khmer Times") names the outlet too.
func outletTails(recs []*annals.Record) {
	tailed := 0
	for _, r := range recs {
		if outletTailed(r) {
			tailed++
		}
	}
	if tailed < 2 {
		return
	}
	for _, r := range recs {
		switch {
		case outletTailed(r):
			n := len(r.Authors) - 1
			r.Source, r.Authors = r.Authors[n], r.Authors[:n:n]
		case len(r.Authors) == 1 && r.Source == "" && outletLike(r.Authors[0]) && isUpperStart(r.Authors[0]):
			r.Source, r.Authors = r.Authors[0], []string{}
		}
	}
}

// outletTailed reports a byline of people's names ending in an outlet's.
func outletTailed(r *annals.Record) bool {
	n := len(r.Authors) - 1
	if n < 1 || r.Source != "" || !outletLike(r.Authors[n]) || !isUpperStart(r.Authors[n]) {
		return false
	}
	for _, a := range r.Authors[:n] {
		if !personLike(a) {
			return false
		}
	}
	return true
}

// newsAgencies are the wire services whose names stand in bylines, in
// the forms they print, lower-cased. Short names that are also given
// names or words ("Ana", "Ria", "Trend") are left out.
var newsAgencies = newWordSet("reuters", "associated press", "ap", "afp", "agence france-presse", "agence france presse",
	"dpa", "deutsche presse-agentur", "efe", "agencia efe", "europa press", "ansa", "tass", "тасс", "риа новости",
	"ria novosti", "интерфакс", "interfax", "kazinform", "казинформ", "қазақпарат", "xinhua",
	"pti", "press trust of india", "ians", "ritzau", "ntb", "bloomberg", "upi", "anadolu agency",
	"kyodo", "kyodo news", "yonhap", "aap", "canadian press", "pa media", "press association", "lusa",
	"anp", "belga", "keystone-sda", "epd", "kuna", "sputnik", "ukrinform",
	"укрінформ", "bta", "mti", "čtk", "tanjug", "ana-mpa", "notimex", "télam",
	"prensa latina", "agência brasil", "akipress", "ap news", "afp news", "anka", "dha", "iha", "anadolu ajansı",
	"unian", "lehtikuva")

// titleCut is a title with the date it closes with cut off: the record,
// the title left, the date.
type titleCut struct {
	r *annals.Record
	t string
	d annals.Date
}

// titleDates takes the date a finding aid prints at the end of an
// item's title ("Strike bulletins, 1946", "Photographs of picket lines,
// 1985-1986", "Agreement …, 1946 April 12") as the record's date, on a
// page where two or more undated records end so, in a single year or
// day. A title ending in a span of years ("Work, Society and Politics,
// 1880-1914") is a history's, and keeps it, unless the page dates its
// items so.
func titleDates(recs []*annals.Record) {
	var cuts []titleCut
	for _, r := range recs {
		if !r.Date.IsZero() || len(r.Title) < 8 || !isDigitByte(r.Title[len(r.Title)-1]) && !strings.HasSuffix(r.Title, "0s") && !monthLastWord(r.Title) {
			continue
		}
		i := lastIndexPair(r.Title, ',', ' ')
		if i <= 0 || wordCountUpTo(r.Title[:i], 2) < 2 {
			continue
		}
		// The date ends in a year or a day, a decade ("1930s"), or opens
		// with the year ("1959 October").
		if t := r.Title[i+2:]; !isDigitByte(t[len(t)-1]) && !strings.HasSuffix(t, "0s") && !(len(t) > 5 && isDigits(t[:4]) && t[4] == ' ') {
			continue
		}
		if d, ok := archivalDate(r.Title[i+2:]); ok {
			cuts = append(cuts, titleCut{r, r.Title[:i], d})
		}
	}
	// Two at least must end in a single year or day: a span of years
	// closes many a history's title ("…in Ontario, 1966–1990").
	single := 0
	for _, c := range cuts {
		if t := c.r.Title[len(c.t)+2:]; len(t) == 4 || !strings.ContainsAny(t, "-–") {
			single++
		}
	}
	if single < 2 {
		return
	}
	for _, c := range cuts {
		c.r.Title, c.r.Date = c.t, c.d
	}
}

// onDateTitles takes the day a title closes with after " on " as the
// record's date, where two undated records on the page or more end so:
// a law report's search results print each judgment as "Union vs Mills
// Ltd. on 14 October, 1986".
func onDateTitles(recs []*annals.Record) {
	var cuts []titleCut
	for _, r := range recs {
		if !r.Date.IsZero() || len(r.Title) < 16 || !isDigitByte(r.Title[len(r.Title)-1]) {
			continue
		}
		i := strings.LastIndex(r.Title, " on ")
		if i <= 0 || len(r.Title)-i > 30 || wordCountUpTo(r.Title[:i], 2) < 2 {
			continue
		}
		m, ok := wholeDate(r.Title[i+4:], orderUnknown)
		if !ok || m.date.Precision != annals.PrecisionDay {
			continue
		}
		cuts = append(cuts, titleCut{r, r.Title[:i], m.date})
	}
	if len(cuts) < 2 {
		return
	}
	for _, c := range cuts {
		c.r.Title, c.r.Date = c.t, c.d
	}
}

// monthLastWord reports whether the last word of s is a month's name or
// a span of two: "1946 April", "1959 July-October".
func monthLastWord(s string) bool {
	w := s[strings.LastIndexByte(s, ' ')+1:]
	if from, _, ok := cutAny(w, "-", "–"); ok {
		w = from
	}
	_, _, ok := lookupMonth(w, false)
	return ok
}

// archivalDate reads a date as finding aids print it: a year, a span of
// years (dated by its first), or year, month and day ("1946 April 12").
func archivalDate(s string) (annals.Date, bool) {
	if len(s) >= 8 && len(s) <= 10 && strings.Count(s, "/") == 2 && isDigitByte(s[0]) {
		// "1/14/1937", "08/16/1933": an item's day, as a catalogue in
		// the United States prints it.
		if m, ok := wholeDate(s, orderUnknown); ok && !m.ambiguous && m.date.Precision == annals.PrecisionDay {
			return m.date, true
		}
		return annals.Date{}, false
	}
	if len(s) > 3 && (s[0] == 'c' || s[0] == 'C') {
		// "ca. 1930s", "c.1925": a guess, dated by its year or, for a
		// decade, not at all.
		return approximateDate(s)
	}
	if len(s) < 4 || !isDigits(s[:4]) {
		return annals.Date{}, false
	}
	if len(s) == 4 {
		return yearOf(s)
	}
	if d, ok := approximateDate(s); ok && !d.IsZero() {
		return d, true // "1985-1986"
	}
	ws := strings.Fields(s[4:])
	if len(ws) == 0 || len(ws) > 2 {
		return annals.Date{}, false
	}
	if from, to, ok := cutAny(ws[0], "-", "–"); ok && len(ws) == 1 {
		// "1959 July-October": months of one year, dated by the year.
		_, _, ok1 := lookupMonth(from, false)
		_, _, ok2 := lookupMonth(to, false)
		if y := atoi(s[:4]); ok1 && ok2 && plausibleYear(y) {
			return annals.YearDate(y), true
		}
		return annals.Date{}, false
	}
	m, _, ok := lookupMonth(ws[0], false)
	if !ok {
		return annals.Date{}, false
	}
	y := atoi(s[:4])
	if len(ws) == 1 {
		d := annals.MonthDate(y, m)
		return d, plausibleYear(y)
	}
	if !isDigits(ws[1]) || len(ws[1]) > 2 {
		return annals.Date{}, false
	}
	d := annals.DayDate(y, m, atoi(ws[1]))
	return d, plausibleYear(y) && d.Validate() == nil
}

// responsibilityTails cuts the statement of responsibility a catalogue
// prints after its titles ("Polmaise : the fight for a pit / Kenneth
// Hamill ; foreword by Tam Docherty", "Metallstrejken 1945 / utgiven av
// Svenska metallindustriarbetareförbundet"), where the records name
// their authors or publisher on lines of their own and two records or
// more on the page end their titles so: one " / " may be a headline's.
func responsibilityTails(recs []*annals.Record) {
	var at []int
	for k, r := range recs {
		if (len(r.Authors) > 0 || r.Source != "") && responsibilityTail(r.Title) > 0 {
			at = append(at, k)
		}
	}
	if len(at) < 2 {
		return
	}
	for _, k := range at {
		r := recs[k]
		r.Title = trimSpace(r.Title[:responsibilityTail(r.Title)])
	}
}

// responsibilityTail returns where the " / " before a title's statement
// of responsibility stands, or -1: after a title of two words or more, a
// tail of names ("by Ian Donachie", "edited by Fiona MacAulay and John
// Ritchie") or of a role in lower case before a name ("utgiven av
// Svenska…").
func responsibilityTail(title string) int {
	i := strings.Index(title, " / ")
	if i <= 0 || wordCountUpTo(title[:i], 2) < 2 {
		return -1
	}
	tail := title[i+3:]
	if strings.Contains(tail, " / ") || wordCountUpTo(tail, 16) > 15 || indexDigit(tail) >= 0 {
		return -1
	}
	if len(responsibilityNames(tail)) > 0 {
		return i
	}
	// A role in words, then the body responsible.
	w := firstWord(tail)
	if w == "" || isUpperStart(w) {
		return -1
	}
	for v := range strings.FieldsSeq(tail[len(w):]) {
		if isUpperStart(v) {
			return i
		}
	}
	return -1
}
