// Package csljson reads CSL-JSON, the citation data format of citeproc,
// Zotero, Better BibTeX, pandoc and the DOI content-negotiation services,
// into annals records.
//
// It owns the mapping of CSL variables to record fields and the reading of
// CSL's several date and name shapes. It accepts what real exporters
// write rather than only what the schema allows: a single object instead
// of an array, numbers as strings, unknown properties. It does not
// validate records or touch storage.
package csljson

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/labor-annals/annals"
)

// Options say how to read an input.
type Options struct {
	// Origin names the input in each record's provenance.
	Origin string
}

// Result is what Parse read from a file.
type Result struct {
	annals.Document
	// Problems lists the items Parse skipped and why, in input order.
	Problems []Problem
}

// Problem is a note on an item of the file (Line is where it starts) that was left out or is worth a look.
type Problem = annals.Problem

// SyntaxError reports an input that is not CSL-JSON at all: invalid JSON,
// or JSON that is neither an object nor an array.
type SyntaxError struct {
	// Line is the 1-based line the error is on.
	Line int
	// Msg says what is wrong.
	Msg string
}

// Error returns "csljson: line N: msg".
func (e *SyntaxError) Error() string { return fmt.Sprintf("csljson: line %d: %s", e.Line, e.Msg) }

// Position returns the line and the message without the package prefix,
// for callers that report the input's name themselves.
func (e *SyntaxError) Position() (line int, msg string) { return e.Line, e.Msg }

// Parse reads a whole CSL-JSON file: an array of items, or one item. It
// returns the records it could read; items that are not objects are
// reported in Result.Problems with their line and do not stop the rest.
// Invalid JSON returns a *SyntaxError with the line of the fault.
func Parse(data []byte, opts Options) (*Result, error) {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	res := &Result{Document: annals.Document{Records: []*annals.Record{}}}
	start := firstNonSpace(data)
	if start < 0 {
		return nil, &SyntaxError{Line: 1, Msg: "empty input; not CSL-JSON"}
	}
	// Validate first so that a broken file fails whole, with the
	// decoder's offset turned into a line, before we record anything.
	if err := validJSON(data); err != nil {
		return nil, err
	}
	switch data[start] {
	case '{':
		rec, err := parseItem(data[start:], opts.Origin, lineAt(data, start))
		if err != nil {
			return nil, &SyntaxError{Line: lineAt(data, start), Msg: err.Error()}
		}
		res.Records = append(res.Records, rec)
	case '[':
		dec := json.NewDecoder(bytes.NewReader(data))
		lines := lineCounter{data: data}
		if _, err := dec.Token(); err != nil {
			return nil, syntaxError(data, err)
		}
		for dec.More() {
			var raw json.RawMessage
			if err := dec.Decode(&raw); err != nil {
				return nil, syntaxError(data, err)
			}
			// The item ends where the decoder stands; RawMessage holds its
			// exact bytes, so it starts len(raw) before that.
			line := lines.at(int(dec.InputOffset()) - len(raw))
			rec, err := parseItem(raw, opts.Origin, line)
			if err != nil {
				res.Problems = append(res.Problems, Problem{Line: line, Msg: err.Error(), Skipped: true})
				continue
			}
			res.Records = append(res.Records, rec)
		}
	default:
		return nil, &SyntaxError{Line: lineAt(data, start), Msg: "JSON is neither an array of items nor an item; not CSL-JSON"}
	}
	return res, nil
}

// Sniff reports whether data looks like CSL-JSON: JSON that opens with an
// array or object and names CSL's "type" together with "title", "issued"
// or "author" near the start, and is not a JSON Schema.
func Sniff(data []byte) bool {
	if len(data) > 64<<10 {
		data = data[:64<<10]
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	i := firstNonSpace(data)
	if i < 0 || (data[i] != '[' && data[i] != '{') {
		return false
	}
	if !bytes.Contains(data, []byte(`"type"`)) || bytes.Contains(data, []byte(`"$schema"`)) {
		return false
	}
	return bytes.Contains(data, []byte(`"title"`)) || bytes.Contains(data, []byte(`"issued"`)) || bytes.Contains(data, []byte(`"author"`))
}

// validJSON checks data is one JSON value, reporting the line of the
// first fault.
func validJSON(data []byte) error {
	if json.Valid(data) {
		return nil
	}
	var v any
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	err := dec.Decode(&v)
	if err == nil {
		// One value, then something else.
		off := int(dec.InputOffset())
		if i := firstNonSpace(data[off:]); i >= 0 {
			off += i
		}
		return &SyntaxError{Line: lineAt(data, off), Msg: "text after the JSON value"}
	}
	return syntaxError(data, err)
}

// syntaxError turns a decoder error into a *SyntaxError with a line.
func syntaxError(data []byte, err error) error {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		// Offset counts the bytes read, the bad one included.
		return &SyntaxError{Line: lineAt(data, int(se.Offset)-1), Msg: "invalid JSON: " + se.Error()}
	}
	if errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) {
		return &SyntaxError{Line: lineAt(data, len(data)), Msg: "invalid JSON: unexpected end of input"}
	}
	return &SyntaxError{Line: lineAt(data, len(data)), Msg: "invalid JSON: " + err.Error()}
}

// lineAt returns the 1-based line of byte offset off.
func lineAt(data []byte, off int) int {
	off = max(0, min(off, len(data)))
	return 1 + bytes.Count(data[:off], []byte("\n"))
}

// lineCounter turns increasing offsets into lines, counting each byte
// once, so that an array of many items stays linear.
type lineCounter struct {
	data []byte
	off  int // offset counted up to
	line int // line at off, minus one
}

func (c *lineCounter) at(off int) int {
	off = max(0, min(off, len(c.data)))
	if off < c.off {
		c.off, c.line = 0, 0
	}
	c.line += bytes.Count(c.data[c.off:off], []byte("\n"))
	c.off = off
	return c.line + 1
}

func firstNonSpace(data []byte) int {
	for i, c := range data {
		if c != ' ' && c != '\t' && c != '\n' && c != '\r' {
			return i
		}
	}
	return -1
}
