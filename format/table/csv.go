package table

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	xunicode "golang.org/x/text/encoding/unicode"

	"github.com/labor-annals/annals"
)

// delimiters are the field separators ParseCSV tries, in the order ties go.
var delimiters = []rune{',', '\t', ';'}

// sniffSize is how much of an input detection reads.
const sniffSize = 64 << 10

// ParseCSV reads a CSV or TSV file whose first row names the columns, one
// record per later row. The delimiter (comma, semicolon or tab) is
// detected; a UTF-8 or UTF-16 byte order mark is honoured, and input that
// is not UTF-8 is read as Windows-1252. Quoted fields may span lines; a
// record's line is the first physical line of its row. Rows with too few
// or too many fields, bad quoting and unreadable cells are reported in
// Result.Problems and do not stop the rest. An input without a header, a
// mapped column that is not in the header, or a header with no column for
// titles or summaries returns a *SyntaxError. A map naming an unknown
// field returns an EINVALID *annals.Error.
func ParseCSV(data []byte, opts Options) (*Result, error) {
	if err := checkMap(opts.Map); err != nil {
		return nil, err
	}
	text := decode(data)
	res := &Result{Document: annals.Document{Records: []*annals.Record{}}}
	if strings.TrimSpace(text) == "" {
		return nil, &SyntaxError{Line: 1, Msg: "empty input; a table needs a header row naming its columns"}
	}
	delim, _ := detectDelimiter(text)
	lines := lineStarts(text)
	r := newReader(strings.NewReader(text), delim, false)
	header, err := r.Read()
	if err != nil {
		var pe *csv.ParseError
		if errors.As(err, &pe) {
			return nil, &SyntaxError{Line: pe.StartLine, Msg: fmt.Sprintf("header row: %v", pe.Err)}
		}
		return nil, &SyntaxError{Line: 1, Msg: "no header row"}
	}
	headerLine, _ := r.FieldPos(0)
	header = trimAll(header)
	if strings.Join(header, "") == "" {
		return nil, &SyntaxError{Line: headerLine, Msg: "the header row names no columns"}
	}
	p, missing := makePlan(header, opts.Map)
	if len(missing) > 0 {
		return nil, missingError(headerLine, "column", missing, header)
	}
	if !p.hasText() {
		err := noTextError(headerLine, "column", header)
		if looksLikeData(header) {
			err.Msg = "the first row looks like data, not a header naming the columns; " + err.Msg
		}
		return nil, err
	}
	for {
		row, err := r.Read()
		if err == io.EOF {
			break
		}
		var line int
		if err != nil {
			var pe *csv.ParseError
			if !errors.As(err, &pe) {
				// A strings.Reader fails only with EOF.
				return nil, fmt.Errorf("table: read csv: %w", err)
			}
			line = pe.StartLine
			if pe.Err == csv.ErrQuote && pe.Line >= len(lines) && pe.Line > pe.StartLine {
				res.Problems = append(res.Problems, Problem{line, "quoted field is never closed; the rest of the file is skipped"})
				break
			}
			// Read the row's lines again taking stray quotes literally, as
			// hand-written files mean them.
			row = lazyRow(text, lines, pe.StartLine, pe.Line, delim)
			res.Problems = append(res.Problems, Problem{line, fmt.Sprintf("%v; read with the quote taken literally", pe.Err)})
		} else {
			line, _ = r.FieldPos(0)
		}
		if blankRow(row) {
			continue
		}
		if len(row) != len(header) {
			if len(row) < len(header) {
				res.Problems = append(res.Problems, Problem{line, fmt.Sprintf("row has %d fields, the header %d; the missing ones are read as empty", len(row), len(header))})
			} else if !blankRow(row[len(header):]) {
				res.Problems = append(res.Problems, Problem{line, fmt.Sprintf("row has %d fields, the header %d; the extra ones are ignored", len(row), len(header))})
			}
		}
		cell := func(i int) any {
			if i < len(row) {
				return row[i]
			}
			return nil
		}
		if rec := p.build(cell, line, opts.Origin, &res.Problems); rec != nil {
			res.Records = append(res.Records, rec)
		}
	}
	p.order.settle()
	return res, nil
}

// SniffCSV reports whether data looks like a CSV or TSV table: a header
// row of at least two short, named fields separated by commas, semicolons
// or tabs, and at least one more row; the first of them and three in four
// of the first rows have as many fields as the header. Header fields that
// read like prose (long, or ending a sentence) mean it is not a table.
func SniffCSV(data []byte) bool {
	if len(data) > 2*sniffSize {
		data = data[:2*sniffSize]
	}
	text := decode(data)
	if t := strings.TrimLeftFunc(text, unicode.IsSpace); t == "" || strings.IndexByte("{[<@", t[0]) >= 0 || strings.ContainsRune(text, 0) {
		return false
	}
	_, s := detectDelimiter(text)
	if s.fields < 2 || s.rows < 2 || !s.firstConsistent || s.consistent*4 < (s.rows-1)*3 {
		return false
	}
	named, empty := 0, 0
	for _, h := range s.header {
		h = strings.TrimSpace(h)
		switch {
		case h == "":
			empty++
		case len(h) > 64 || strings.ContainsAny(h, "\r\n") || len(strings.Fields(h)) > 5 || strings.ContainsAny(h[len(h)-1:], ".!?"):
			return false
		case len(strings.Fields(h)) > 1 && (strings.ContainsAny(h, "()[]") || hasYear(h)):
			// "by Eugene V. Debs (1905)": a line of a listing with one
			// comma, not a column's name.
			return false
		case strings.IndexFunc(h, unicode.IsLetter) >= 0:
			named++
		}
	}
	return named >= 2 && empty <= 1
}

// sample is what reading the start of a text with one delimiter shows.
type sample struct {
	header     []string
	fields     int // fields in the header row
	rows       int // complete rows read, the header included
	consistent int // rows after the header with as many fields as it
	// firstConsistent says the row after the header has as many fields.
	firstConsistent bool
}

// detectDelimiter returns the delimiter that splits the start of text into
// the most rows of the header's width, then the most fields, and what it
// saw with it. Without a delimiter that gives two fields it returns comma.
func detectDelimiter(text string) (rune, sample) {
	truncated := false
	if len(text) > sniffSize {
		text, truncated = text[:sniffSize], true
	}
	best, bestS := ',', sample{}
	for _, d := range delimiters {
		s := sample{}
		r := newReader(strings.NewReader(text), d, true)
		var rows [][]string
		for len(rows) < 20 {
			row, err := r.Read()
			if err != nil {
				break
			}
			rows = append(rows, row)
		}
		if truncated && len(rows) > 1 && len(rows) < 20 {
			// The last row read may be cut off by the sample's end.
			rows = rows[:len(rows)-1]
		}
		if len(rows) == 0 {
			continue
		}
		s.header, s.fields, s.rows = rows[0], len(rows[0]), len(rows)
		for i, row := range rows[1:] {
			if len(row) == s.fields {
				s.consistent++
				s.firstConsistent = s.firstConsistent || i == 0
			}
		}
		if s.fields < 2 {
			continue
		}
		// Compare the share of consistent rows, then the width.
		a, b := s.consistent*max(bestS.rows-1, 1), bestS.consistent*max(s.rows-1, 1)
		if bestS.fields < 2 || a > b || a == b && s.fields > bestS.fields {
			best, bestS = d, s
		}
	}
	if bestS.fields < 2 {
		// Report the one-column reading, so callers see its width.
		r := newReader(strings.NewReader(text), ',', true)
		if row, err := r.Read(); err == nil {
			bestS = sample{header: row, fields: len(row), rows: 1}
		}
	}
	return best, bestS
}

func newReader(r io.Reader, delim rune, lazy bool) *csv.Reader {
	cr := csv.NewReader(r)
	cr.Comma = delim
	cr.FieldsPerRecord = -1
	cr.LazyQuotes = lazy
	return cr
}

// lineStarts returns the byte offset of each line of text; line n (1-based)
// starts at lines[n-1].
func lineStarts(text string) []int {
	starts := []int{0}
	for i := 0; i < len(text); i++ {
		if text[i] == '\n' && i+1 < len(text) {
			starts = append(starts, i+1)
		}
	}
	return starts
}

// lazyRow reads lines from..to of text as one row, taking stray quotes
// literally.
func lazyRow(text string, lines []int, from, to int, delim rune) []string {
	if from < 1 || from > len(lines) {
		return nil
	}
	end := len(text)
	if to < len(lines) {
		end = lines[to]
	}
	row, err := newReader(strings.NewReader(text[lines[from-1]:end]), delim, true).Read()
	if err != nil {
		return nil
	}
	return row
}

func trimAll(row []string) []string {
	out := make([]string, len(row))
	for i, s := range row {
		out[i] = strings.TrimSpace(s)
	}
	return out
}

// blankRow reports whether every field of row is blank, as in the padding
// rows spreadsheets export.
func blankRow(row []string) bool {
	for _, s := range row {
		if strings.TrimSpace(s) != "" {
			return false
		}
	}
	return true
}

// looksLikeData reports whether a header row holds what cells hold rather
// than column names: URLs, dates, numbers or long text.
func looksLikeData(header []string) bool {
	for _, h := range header {
		if len(h) > 60 || strings.Contains(h, "://") || allDigits(h) {
			return true
		}
		if d, ok, _ := isoDate(h); ok && !d.IsZero() {
			return true
		}
	}
	return false
}

// decode returns the input as UTF-8 text without a byte order mark. UTF-16
// needs its BOM, as Excel's "Unicode text" export writes it; other input
// that is not UTF-8 is read as Windows-1252, what spreadsheet programs on
// Windows write.
func decode(data []byte) string {
	var enc encoding.Encoding
	switch {
	case bytes.HasPrefix(data, []byte("\xef\xbb\xbf")):
		data = data[3:]
	case bytes.HasPrefix(data, []byte("\xff\xfe")):
		enc = xunicode.UTF16(xunicode.LittleEndian, xunicode.ExpectBOM)
	case bytes.HasPrefix(data, []byte("\xfe\xff")):
		enc = xunicode.UTF16(xunicode.BigEndian, xunicode.ExpectBOM)
	}
	if enc == nil {
		if utf8.Valid(data) {
			return string(data)
		}
		enc = charmap.Windows1252
	}
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return string(bytes.ToValidUTF8(data, []byte("\uFFFD")))
	}
	return string(out)
}

// hasYear reports four digits standing alone, as a year is printed.
func hasYear(s string) bool {
	run := 0
	for i := 0; i <= len(s); i++ {
		if i < len(s) && s[i] >= '0' && s[i] <= '9' {
			run++
			continue
		}
		if run == 4 {
			return true
		}
		run = 0
	}
	return false
}
