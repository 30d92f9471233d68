// Package table reads tabular exports into annals records: CSV and TSV
// spreadsheets (ParseCSV) and JSON Lines files (ParseJSONL), one record per
// row or line, with a map from record fields to column names or JSON keys.
// Fields the map leaves out are guessed from common column names in
// several languages.
//
// It owns delimiter and header detection, the column map and the reading
// of cells (author lists, dates, topic lists). It does not decompress
// input (Gunzip is a helper for the caller), validate records or touch
// storage.
package table

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/labor-annals/annals"
)

// Options say how to read an input.
type Options struct {
	// Origin names the input in each record's provenance.
	Origin string
	// Map maps record fields to column names (a CSV header) or JSON keys,
	// e.g. {"title": "headline", "date": "published"}. The fields are
	// title, authors, source, date, summary, url, language and topics.
	// Names match exactly, else ignoring case, spaces and punctuation.
	// fields left out are guessed from common header names in several
	// languages (title/headline/titel/заголовок, author(s)/by/автор,
	// source/publication/journal, date/published/year/datum/fecha/дата,
	// summary/abstract/description, url/link/doi, language/lang,
	// topics/topic). Other columns, such as a news category, are topics
	// only when mapped.
	Map map[string]string
}

// Result is what a parser read from a file.
type Result struct {
	annals.Document
	// Problems lists the rows skipped or repaired and why, in input order.
	Problems []Problem
}

// Problem is one fault found in an input.
type Problem struct {
	// Line is the 1-based line the faulty row starts on.
	Line int `json:"line"`
	// Msg says what is wrong.
	Msg string `json:"msg"`
}

// SyntaxError reports an input that cannot be read as a table at all: no
// header, no column for titles or summaries, a mapped column that does not
// exist, or not JSON Lines.
type SyntaxError struct {
	// Line is the 1-based line the error is on.
	Line int
	// Msg says what is wrong.
	Msg string
}

// Error returns "table: line N: msg".
func (e *SyntaxError) Error() string { return fmt.Sprintf("table: line %d: %s", e.Line, e.Msg) }

// Position returns the line and the message without the package prefix,
// for callers that report the input's name themselves.
func (e *SyntaxError) Position() (line int, msg string) { return e.Line, e.Msg }

// fields are the record fields a map may name, in the order they are
// reported.
var fields = []string{"title", "authors", "source", "date", "summary", "url", "language", "topics"}

// guesses lists, per field, the column names tried when the map leaves the
// field out, in order of preference, in the folded form of foldName. The
// lists are disjoint, so a column is guessed for one field at most.
var guesses = map[string][]string{
	"title": {"title", "headline", "heading", "titel", "titre", "título", "titulo", "titolo", "tytuł", "заголовок", "название", "назва", "тақырып", "name"},
	"authors": {"authors", "author", "byline", "by", "creators", "creator", "writer", "writers", "autor", "autoren", "auteur", "auteurs", "autores", "autori",
		"автор", "авторы", "автори", "авторлар"},
	"source": {"source", "publication", "journal", "outlet", "newspaper", "periodical", "containertitle", "publicationtitle", "booktitle", "publisher", "quelle", "zeitung", "fuente", "fonte",
		"источник", "издание", "джерело", "дереккөз", "басылым"},
	"date": {"date", "published", "publishdate", "publisheddate", "pubdate", "publicationdate", "datepublished", "publishedat", "issued",
		"datum", "fecha", "дата", "year", "jahr", "año", "anno", "год", "рік", "жыл"},
	"summary": {"summary", "abstract", "description", "shortdescription", "abstractnote", "lede", "lead", "teaser", "excerpt", "zusammenfassung", "resumen", "résumé", "resume", "riassunto",
		"аннотация", "описание", "анотація", "опис", "аңдатпа", "сипаттама"},
	"url":      {"url", "link", "href", "permalink", "uri", "doi"},
	"language": {"language", "lang", "languagecode", "sprache", "idioma", "langue", "lingua", "язык", "мова", "тіл"},
	"topics":   {"topics", "topic"},
}

// ParseMap parses a column map as the CLI's -map flag spells it:
// "title=headline,date=published". Spaces around names are ignored; a
// column name may not hold "," or "=". The error names the bad part.
func ParseMap(spec string) (map[string]string, error) {
	m := map[string]string{}
	if strings.TrimSpace(spec) == "" {
		return m, nil
	}
	for part := range strings.SplitSeq(spec, ",") {
		field, col, ok := strings.Cut(part, "=")
		field, col = strings.ToLower(strings.TrimSpace(field)), strings.TrimSpace(col)
		switch {
		case strings.TrimSpace(part) == "":
			return nil, annals.Errorf(annals.EINVALID, "Column map %q has an empty part; write field=column,field=column.", spec)
		case !ok || field == "" || col == "":
			return nil, annals.Errorf(annals.EINVALID, "Column map part %q is not field=column.", strings.TrimSpace(part))
		case !slices.Contains(fields, field):
			return nil, annals.Errorf(annals.EINVALID, "Column map part %q names no field; fields are %s.", strings.TrimSpace(part), strings.Join(fields, ", "))
		case m[field] != "":
			return nil, annals.Errorf(annals.EINVALID, "Column map part %q maps %s a second time.", strings.TrimSpace(part), field)
		}
		m[field] = col
	}
	return m, nil
}

// checkMap reports a map naming an unknown field or an empty column.
func checkMap(m map[string]string) error {
	for f, c := range m {
		if !slices.Contains(fields, f) {
			return annals.Errorf(annals.EINVALID, "Column map names no field %q; fields are %s.", f, strings.Join(fields, ", "))
		}
		if strings.TrimSpace(c) == "" {
			return annals.Errorf(annals.EINVALID, "Column map gives %s an empty column name.", f)
		}
	}
	return nil
}

// foldName reduces a column name to lower-case letters and digits, so that
// "Pub Date", "pub_date" and "pubDate" match.
func foldName(s string) string {
	var b strings.Builder
	for _, c := range s {
		if unicode.IsLetter(c) || unicode.IsDigit(c) {
			b.WriteRune(unicode.ToLower(c))
		}
	}
	return b.String()
}

// plan says which columns feed which field. Columns are indexes into the
// header of a CSV file or the key list of a JSON Lines file.
type plan struct {
	// cols lists, per field, the columns to try in order; the first with a
	// usable value wins. A mapped field has exactly one.
	cols map[string][]int
	// mapped marks fields the caller mapped.
	mapped map[string]bool
	// inverted says author cells are "Last, First; Last, First", as in
	// Zotero's CSV export, even when they hold one name.
	inverted bool
	// order settles the day/month order of the date column's numeric
	// dates once all rows are read.
	order *dayOrder
}

// resolveMapped finds the column of a mapped name: the exact name first,
// then the first whose folded name matches. It returns -1 when none does.
func resolveMapped(names []string, want string) int {
	if i := slices.Index(names, want); i >= 0 {
		return i
	}
	f := foldName(want)
	for i, n := range names {
		if f != "" && foldName(n) == f {
			return i
		}
	}
	return -1
}

// makePlan maps the fields onto names. missing lists mapped names that
// are not among names.
func makePlan(names []string, m map[string]string) (p plan, missing []string) {
	p = plan{cols: map[string][]int{}, mapped: map[string]bool{}, order: &dayOrder{}}
	used := map[int]bool{}
	for _, f := range fields {
		c, ok := m[f]
		if !ok {
			continue
		}
		p.mapped[f] = true
		i := resolveMapped(names, c)
		if i < 0 {
			missing = append(missing, fmt.Sprintf("%s=%s", f, c))
			continue
		}
		p.cols[f] = []int{i}
		used[i] = true
	}
	folded := make([]string, len(names))
	// A duplicated header name counts once, at its first column.
	firstCol := map[string]int{}
	for i, n := range names {
		folded[i] = foldName(n)
		if _, ok := firstCol[folded[i]]; !ok {
			firstCol[folded[i]] = i
		}
	}
	for _, f := range fields {
		if p.mapped[f] {
			continue
		}
		for _, g := range guesses[f] {
			if i, ok := firstCol[g]; ok && !used[i] {
				p.cols[f] = append(p.cols[f], i)
				used[i] = true
			}
		}
	}
	// "Release Date", "Issue date": a column named as a kind of date is
	// the date when no column is named plainly so.
	if !p.mapped["date"] && len(p.cols["date"]) == 0 {
		for i, n := range folded {
			if !used[i] && len(n) > len("date") && strings.HasSuffix(n, "date") {
				p.cols["date"] = []int{i}
				used[i] = true
				break
			}
		}
	}
	// Zotero's export is known by its columns; its authors are always
	// inverted, which a lone "Commons, John R." does not show by itself.
	p.inverted = slices.Contains(folded, "itemtype") && slices.Contains(folded, "publicationtitle")
	return p, missing
}

// hasText reports whether the plan has a column for titles or summaries.
func (p plan) hasText() bool { return len(p.cols["title"]) > 0 || len(p.cols["summary"]) > 0 }

// listNames formats column names for an error message, at most 40.
func listNames(names []string) string {
	var q []string
	for _, n := range names {
		if len(q) == 40 {
			q = append(q, fmt.Sprintf("… (%d in all)", len(names)))
			break
		}
		q = append(q, fmt.Sprintf("%q", n))
	}
	if len(q) == 0 {
		return "none"
	}
	return strings.Join(q, ", ")
}

// sortedKeys returns m's keys in order.
func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// missingError is the SyntaxError for mapped names that are not columns.
func missingError(line int, what string, missing, names []string) *SyntaxError {
	return &SyntaxError{Line: line, Msg: fmt.Sprintf("mapped %s %s not found; the %ss are %s",
		what, strings.Join(missing, ", "), what, listNames(names))}
}

// noTextError is the SyntaxError for a table without a title or summary
// column.
func noTextError(line int, what string, names []string) *SyntaxError {
	return &SyntaxError{Line: line, Msg: fmt.Sprintf("no %s for the title or summary (map one with title=NAME or summary=NAME); the %ss are %s",
		what, what, listNames(names))}
}

// sortProblems orders problems by line, keeping the order of those on one
// line.
func sortProblems(ps []Problem) {
	slices.SortStableFunc(ps, func(a, b Problem) int { return a.Line - b.Line })
}
