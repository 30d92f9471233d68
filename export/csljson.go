package export

import (
	"bufio"
	"encoding/json"
	"html"
	"regexp"
	"strings"

	"github.com/labor-annals/annals"
)

// cslEncoder writes CSL-JSON: one JSON array, streamed item by item, each
// item valid against the CSL-JSON schema (csl-data.json).
//
//   - type is "article-newspaper" for a record with a source and a date
//     to the day (a dated issue of a periodical), else "article";
//   - id is the record's BibTeX key, unique within the export;
//   - author entries are {"family", "given"} split at the last space when
//     splitName finds a clear personal name, else {"literal"}. Splitting
//     at the last space never reorders the name, so readers that print
//     "given family" show it as written; compound surnames ("García
//     Márquez") come out as a given name plus the last word, which is
//     wrong for citation sorting but not for display, and literal is
//     used wherever the shape is doubtful (organisations, one word,
//     acronyms, digits);
//   - issued has date-parts at the date's precision: [[Y]], [[Y, M]] or
//     [[Y, M, D]];
//   - container-title is the source, abstract the summary, URL and
//     language as stored.
//
// CSL text fields may carry HTML-like rich text, and readers (ours among
// them) strip tags and decode entities. A value that would change that way
// ("<b>", "&amp;") is written with &, < and > as entities, so it reads
// back as written; plain text is left alone.
type cslEncoder struct {
	keys *keyer
	n    int
}

type cslItem struct {
	ID             string    `json:"id"`
	Type           string    `json:"type"`
	Title          string    `json:"title,omitempty"`
	Author         []cslName `json:"author,omitempty"`
	Issued         *cslDate  `json:"issued,omitempty"`
	ContainerTitle string    `json:"container-title,omitempty"`
	Abstract       string    `json:"abstract,omitempty"`
	URL            string    `json:"URL,omitempty"`
	Language       string    `json:"language,omitempty"`
}

type cslName struct {
	Family  string `json:"family,omitempty"`
	Given   string `json:"given,omitempty"`
	Literal string `json:"literal,omitempty"`
}

type cslDate struct {
	DateParts [][]int `json:"date-parts"`
}

func (e *cslEncoder) begin(w *bufio.Writer) error {
	_, err := w.WriteString("[")
	return err
}

func (e *cslEncoder) item(w *bufio.Writer, r *annals.Record) error {
	it := cslItem{
		ID:             e.keys.key(r),
		Type:           "article",
		Title:          cslText(r.Title),
		ContainerTitle: cslText(r.Source),
		Abstract:       cslText(r.Summary),
		URL:            r.URL,
		Language:       r.Language,
	}
	if r.Source != "" && r.Date.Precision == annals.PrecisionDay {
		it.Type = "article-newspaper"
	}
	for _, a := range r.Authors {
		if fam, given, ok := splitName(a); ok {
			it.Author = append(it.Author, cslName{Family: cslText(fam), Given: cslText(given)})
		} else {
			it.Author = append(it.Author, cslName{Literal: cslText(a)})
		}
	}
	switch d := r.Date; d.Precision {
	case annals.PrecisionYear:
		it.Issued = &cslDate{[][]int{{d.Year}}}
	case annals.PrecisionMonth:
		it.Issued = &cslDate{[][]int{{d.Year, int(d.Month)}}}
	case annals.PrecisionDay:
		it.Issued = &cslDate{[][]int{{d.Year, int(d.Month), d.Day}}}
	}
	b, err := marshalNoEscape(it)
	if err != nil {
		return err
	}
	sep := ",\n"
	if e.n == 0 {
		sep = "\n"
	}
	e.n++
	w.WriteString(sep)
	_, err = w.Write(b)
	return err
}

func (e *cslEncoder) end(w *bufio.Writer) error {
	if e.n > 0 {
		w.WriteString("\n")
	}
	_, err := w.WriteString("]\n")
	return err
}

// richMarkup is what CSL readers take for a tag (format/csljson's markup).
var richMarkup = regexp.MustCompile(`</?[A-Za-z][A-Za-z0-9:_-]*(\s[^<>]*)?/?>`)

var entityEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;")

// cslText returns s as CSL rich text that reads back as s: unchanged when
// it holds no tag and no entity, else with &, < and > escaped.
func cslText(s string) string {
	if richMarkup.MatchString(s) || (strings.ContainsRune(s, '&') && html.UnescapeString(s) != s) {
		return entityEscaper.Replace(s)
	}
	return s
}

// marshalNoEscape is json.Marshal without HTML escaping of &, < and >.
func marshalNoEscape(v any) ([]byte, error) {
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return []byte(strings.TrimSuffix(b.String(), "\n")), nil
}
