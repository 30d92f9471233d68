package export

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"strings"

	"github.com/labor-annals/annals"
)

// csvHeader is the CSV export's header; format/table guesses every column
// from these names without a map.
var csvHeader = []string{"title", "authors", "source", "date", "summary", "url", "language", "topics"}

// csvEncoder writes RFC 4180 CSV: a header, CRLF line ends, fields quoted
// when they hold a comma, quote or line break.
//
// Authors are joined with "; ". A name that a reader would split or
// reorder (one holding ",", ";", "&" or the word "and", or starting with
// "[" or "by") cannot be told apart in such a list, so for those records
// the cell is a JSON array of names instead, which format/table reads as
// a list. Topics are slugs and are joined with "; ".
type csvEncoder struct {
	w *csv.Writer
}

func (e *csvEncoder) begin(w *bufio.Writer) error {
	e.w = csv.NewWriter(w)
	e.w.UseCRLF = true
	e.w.Write(csvHeader)
	e.w.Flush()
	return e.w.Error()
}

func (e *csvEncoder) item(_ *bufio.Writer, r *annals.Record) error {
	e.w.Write([]string{r.Title, csvAuthors(r.Authors), r.Source, r.Date.String(), r.Summary, r.URL, r.Language, strings.Join(r.Topics, "; ")})
	// csv.Writer buffers in the bufio.Writer below it; flushing here moves
	// the row on, so a stream cut later keeps whole rows only.
	e.w.Flush()
	return e.w.Error()
}

func (e *csvEncoder) end(*bufio.Writer) error { return nil }

// csvAuthors joins names with "; ", or makes a JSON array of them when
// a plain list would not split back into the same names.
func csvAuthors(names []string) string {
	for _, n := range names {
		if ambiguousInList(n) {
			b, _ := json.Marshal(names)
			return string(b)
		}
	}
	return strings.Join(names, "; ")
}

// ambiguousInList reports whether a byline reader could split or reorder
// the name: list separators, "and" in any of the languages bylines use,
// a leading by-word or a leading "[".
func ambiguousInList(n string) bool {
	if strings.ContainsAny(n, ",;&/|[]") {
		return true
	}
	for _, w := range strings.Fields(strings.ToLower(n)) {
		switch w {
		case "and", "und", "et", "y", "e", "i", "и", "і", "және", "men", "og", "en", "och", "by", "von", "par", "af", "por", "автор:":
			return true
		}
	}
	return false
}

// jsonlEncoder writes JSON Lines: one object per record with the keys of
// `annals parse` output. Strings are written as they are, so every field
// round-trips exactly (format/table trims leading and trailing space).
type jsonlEncoder struct{}

// jsonRecord is the JSON Lines object, shaped like `annals parse` output
// (cmd/annals parsedRecord) in key order and null conventions: an empty
// string field and an unknown date are null, authors and topics are
// always arrays.
type jsonRecord struct {
	Title    *string     `json:"title"`
	Authors  []string    `json:"authors"`
	Source   *string     `json:"source"`
	Date     annals.Date `json:"date"`
	Summary  *string     `json:"summary"`
	URL      *string     `json:"url"`
	Language *string     `json:"language"`
	Topics   []string    `json:"topics"`
}

func nullable(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func (jsonlEncoder) begin(*bufio.Writer) error { return nil }

func (jsonlEncoder) item(w *bufio.Writer, r *annals.Record) error {
	jr := jsonRecord{Title: nullable(r.Title), Authors: r.Authors, Source: nullable(r.Source), Date: r.Date,
		Summary: nullable(r.Summary), URL: nullable(r.URL), Language: nullable(r.Language), Topics: r.Topics}
	if jr.Authors == nil {
		jr.Authors = []string{}
	}
	if jr.Topics == nil {
		jr.Topics = []string{}
	}
	enc := json.NewEncoder(w)
	// Keep & < > readable; the output is a file, not HTML.
	enc.SetEscapeHTML(false)
	return enc.Encode(jr) // Encode ends the line with "\n"
}

func (jsonlEncoder) end(*bufio.Writer) error { return nil }
