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
			return tableHeader{no: l.no, roles: roles}, true
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
	title, known := false, 0
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
	}
	return roles, title && known >= 1
}

// headerRole is the role a header cell names: the label itself ("Author",
// "Journal"), else its last word ("Document Date", "Article Title").
func headerRole(c string) fieldRole {
	var buf [64]byte
	key := trimRightMarks(trimSpace(string(appendLower(buf[:0], c))), ".:")
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
		case roleAuthors:
			r.authors = fieldNames(c)
		case roleDate:
			if d, ok := dateLine(c, order); ok && !d.IsZero() {
				r.date, r.dated = d, true
			} else if m, ok := firstYear(c, true); ok {
				r.date, r.dated = annals.YearDate(m.date.Year), true
			}
		case rolePublisher, roleContainer:
			if r.source == "" {
				r.source = c
			}
		}
	}
	return r, r.title != ""
}
