package listing

import (
	"strings"

	"github.com/labor-annals/annals"
)

// A table copied from a database's results often brings its header row:
// "Document Date | Title | Document Type | Report No. | Author". The
// header names what each column holds, which beats guessing it from the
// cells: a column of report numbers or document types is then left out,
// and the authors' column is read as names however they are printed
// ("Margolis,David Neal; Strokova,Victoria").

// tableHeader is a table's header row and the role of each column.
type tableHeader struct {
	no    int         // the header line's number
	roles []fieldRole // by column
	forum bool        // a forum's thread list: "Threads | Replies | Last post"
}

// findTableHeader returns the header of the page's table: the first row
// of three cells or more whose cells are all labels, naming a title
// column and one other known field, over at least two rows as wide or
// narrower (a row's trailing empty cells are not copied).
func findTableHeader(lines []line) (tableHeader, bool) {
	for i, l := range lines {
		if len(l.cells()) < 3 || len(l.cells()) > 12 {
			continue
		}
		roles, ok := headerRoles(l.cells())
		if !ok {
			continue
		}
		rows := 0
		for _, r := range lines[i+1 : min(i+6, len(lines))] {
			if len(r.cells()) >= 2 && len(r.cells()) <= len(roles) {
				rows++
			}
		}
		if rows >= 2 {
			forum := false
			for _, c := range l.cells() {
				_, ok := forumColumns[headerKey(c)]
				forum = forum || ok
			}
			return tableHeader{no: l.no, roles: roles, forum: forum}, true
		}
		return tableHeader{}, false // the first label row decides
	}
	return tableHeader{}, false
}

// headerRoles reads the role of each header cell; ok is false unless
// every cell is a label (a few words, no digits) and the labels name a
// title and one other field the records keep.
func headerRoles(cells []string) ([]fieldRole, bool) {
	roles := make([]fieldRole, len(cells))
	title, known, subject := false, 0, -1
	for j, c := range cells {
		if indexDigit(c) >= 0 || wordCountUpTo(c, 5) > 4 || !isUpperStart(c) {
			return nil, false
		}
		r := headerRole(c)
		roles[j] = r
		switch r {
		case roleTitle:
			title = true
		case roleAuthors, roleDate, rolePublisher, roleContainer, roleSummary:
			known++
		}
		if subject < 0 && subjectColumns.has(headerKey(c)) {
			subject = j
		}
	}
	// A mail archive's or a forum's "Subject" is the title where no other
	// column is: "Subject | Author | Replies | Posted". In a catalogue,
	// beside the title, it holds subject headings.
	if !title && subject >= 0 {
		roles[subject], title = roleTitle, true
	}
	return roles, title && known >= 1
}

// subjectColumns head the column of a message's or a thread's subject.
// (forumColumns has "sujet", "emne" and "тема" as titles already.)
var subjectColumns = newWordSet("subject", "betreff", "objet", "asunto", "assunto", "oggetto", "ämne",
	"onderwerp", "temat", "aihe", "konu")

// headerRole is the role a header cell names: the label itself ("Author",
// "Journal"), else its last word ("Document Date", "Article Title").
func headerRole(c string) fieldRole {
	key := headerKey(c)
	if r, ok := forumColumns[key]; ok {
		return r
	}
	if r, ok := fieldLabels[key]; ok {
		return r
	}
	if i := strings.LastIndexByte(key, ' '); i > 0 {
		if r, ok := fieldLabels[key[i+1:]]; ok && r != roleOther {
			return r
		}
	}
	return roleOther
}

// headerKey is a header cell as the label maps key it: lower case,
// without a closing stop or colon.
func headerKey(c string) string {
	var buf [64]byte
	return trimRightMarks(trimSpace(string(appendLower(buf[:0], c))), ".:")
}

// forumColumns are the columns of a forum's thread list: the threads,
// who started each, and its last post, whose date is the only one a
// thread list prints. As a field label elsewhere, "Subject" is a
// catalogue's.
var forumColumns = map[string]fieldRole{
	"thread": roleTitle, "threads": roleTitle, "topic": roleTitle, "topics": roleTitle, "discussion": roleTitle,
	"discussions": roleTitle, "thema": roleTitle, "themen": roleTitle, "sujet": roleTitle, "sujets": roleTitle,
	"tema": roleTitle, "temas": roleTitle, "emne": roleTitle, "тема": roleTitle, "темы": roleTitle,
	"started by": roleAuthors, "starter": roleAuthors, "thread starter": roleAuthors, "topic starter": roleAuthors,
	"last post": roleDate, "latest post": roleDate, "last reply": roleDate, "latest reply": roleDate,
	"posted": roleDate, "date posted": roleDate, "last activity": roleDate, "freshness": roleDate, "last message": roleDate, "letzter beitrag": roleDate,
	"dernier message": roleDate, "último mensaje": roleDate, "seneste indlæg": roleDate, "последнее сообщение": roleDate,
}

// forumFlags mark a thread that the forum keeps on top or has settled;
// "Q:", "CFP:" or "Obituary:" are the poster's own and stay.
var forumFlags = newWordSet("sticky", "pinned", "announcement", "solved", "locked")

// relativeCell reports whether a table cell prints a relative date.
func relativeCell(c string) bool {
	var buf [16]token
	return isRelativeDateToks(appendTokens(buf[:0], c, 16))
}

// forumTitle is a thread's title without the flag before it ("Sticky:
// READ FIRST…") and the links to its pages after it ("… (1 2 3)").
func forumTitle(c string) string {
	if flag, rest, ok := strings.Cut(c, ": "); ok && forumFlags.hasFold(flag) && rest != "" {
		c = rest
	}
	if o := strings.LastIndex(c, " ("); o > 0 && strings.HasSuffix(c, ")") && isPageLinks(c[o+2:len(c)-1]) {
		c = c[:o]
	}
	return c
}

// headedRow reads a row of the table under h, each cell by its column's
// role; ok is false for a row wider than the header.
func headedRow(cells []string, h tableHeader, order dayOrder) (lead, bool) {
	var r lead
	if len(cells) > len(h.roles) {
		return r, false
	}
	for j, c := range cells {
		switch h.roles[j] {
		case roleTitle:
			r.title = c
			if h.forum {
				r.title = forumTitle(c)
			}
		case roleAuthors:
			r.authors = fieldNames(c)
		case roleDate:
			if when, _, ok := strings.Cut(c, " by "); ok && h.forum {
				c = when // "14/8/2023 by mod_jj": the last poster is no author
			}
			if d, ok := dateLine(c, order); ok && !d.IsZero() {
				r.date, r.dated = d, true
			} else if m, ok := firstYear(c, true); ok {
				r.date, r.dated = annals.YearDate(m.date.Year), true
			} else if relativeCell(c) {
				// "11 minutes ago", "yesterday": printed, but no date to
				// keep; the row is dated as its neighbours are.
				r.dated = true
			}
		case rolePublisher, roleContainer:
			if r.source == "" {
				r.source = c
			}
		}
	}
	return r, r.title != ""
}
