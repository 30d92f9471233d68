// Package ris reads RIS files (the tagged format of Reference Manager,
// EndNote, Zotero and most publishers' "export citation" links) into
// annals records.
//
// It owns the RIS line grammar and the mapping of RIS tags to record
// fields. It does not read Web of Science's look-alike tagged format
// (FN/PT … ER without hyphens): Parse recognises it and says so. It does
// not validate records or touch storage.
package ris

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"

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
	// Problems lists the records Parse skipped or repaired and why, in
	// input order.
	Problems []Problem
}

// Problem is a note on a reference of the file that was left out or is worth a look.
type Problem = annals.Problem

// SyntaxError reports an input that is not RIS at all.
type SyntaxError struct {
	// Line is the 1-based line the error is on.
	Line int
	// Msg says what is wrong.
	Msg string
}

// Error returns "ris: line N: msg".
func (e *SyntaxError) Error() string { return fmt.Sprintf("ris: line %d: %s", e.Line, e.Msg) }

// Position returns the line and the message without the package prefix,
// for callers that report the input's name themselves.
func (e *SyntaxError) Position() (line int, msg string) { return e.Line, e.Msg }

// Parse reads a whole RIS file. It returns the records it could read;
// faults are reported in Result.Problems with their line and do not stop
// the rest. Text between records (export banners, numbering) is ignored.
// Input that is not UTF-8 is read as Windows-1252. A file with no TY line
// returns a *SyntaxError, one that says so when it is Web of Science
// format.
func Parse(data []byte, opts Options) (*Result, error) {
	text := decode(data)
	res := &Result{Document: annals.Document{Records: []*annals.Record{}}}
	var cur *record
	sawTY := false
	outside := 0 // line of the first stray tag since the last record, 0 if none
	finish := func() {
		if cur != nil {
			cur.flush()
			res.Records = append(res.Records, cur.build(opts.Origin))
			cur = nil
		}
	}
	n := 0
	for line := range strings.Lines(text) {
		n++
		line = strings.TrimRight(line, "\r\n")
		tag, value, ok := splitTag(line)
		switch {
		case ok && tag == "TY":
			sawTY = true
			if cur != nil {
				res.Problems = append(res.Problems, Problem{Line: cur.line, Msg: fmt.Sprintf("record starting at line %d has no ER before the TY at line %d; kept", cur.line, n), Skipped: false})
				finish()
			}
			outside = 0
			cur = &record{line: n, typ: strings.ToUpper(strings.TrimSpace(value)), fields: map[string][]string{}}
			cur.last = "TY"
		case cur == nil:
			if ok && tag != "ER" && outside == 0 {
				// Tags without a TY before them: a record whose first line
				// was lost. We cannot tell its type or trust its start, so
				// it is skipped, and reported once.
				outside = n
				res.Problems = append(res.Problems, Problem{Line: n, Msg: fmt.Sprintf("tag %s outside a record (no TY before it); lines skipped up to the next TY", tag), Skipped: true})
			}
		case ok && tag == "ER":
			finish()
		case ok:
			cur.flush()
			cur.fields[tag] = append(cur.fields[tag], strings.TrimSpace(value))
			cur.last = tag
		default:
			// A line that is not a tag continues the previous value, as
			// exporters wrap long abstracts.
			if t := strings.TrimSpace(line); t != "" && cur.last != "" && cur.last != "TY" {
				cur.more = append(cur.more, t)
			}
		}
	}
	if cur != nil {
		res.Problems = append(res.Problems, Problem{Line: cur.line, Msg: fmt.Sprintf("record starting at line %d is not closed by ER; kept", cur.line), Skipped: false})
		finish()
	}
	if !sawTY {
		if looksWoS(text) {
			return nil, &SyntaxError{Line: 1, Msg: "this is Web of Science tagged format (FN/PT … ER), not RIS; export from Web of Science as RIS, or use a WoS reader"}
		}
		if strings.TrimSpace(text) != "" {
			return nil, &SyntaxError{Line: 1, Msg: "no \"TY  - \" line; not an RIS file"}
		}
	}
	return res, nil
}

// Sniff reports whether data looks like RIS: a "TY  - " line among the
// first lines, after any banner text.
func Sniff(data []byte) bool {
	if len(data) > 64<<10 {
		data = data[:64<<10]
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	n := 0
	for line := range strings.Lines(string(data)) {
		if tag, _, ok := splitTag(strings.TrimRight(line, "\r\n")); ok && tag == "TY" {
			return true
		}
		if n++; n > 50 {
			break
		}
	}
	return false
}

// splitTag splits "TY  - JOUR" into its tag and value. The standard is two
// capitals or a capital and a digit, two spaces, a hyphen and a space; we
// accept one to three spaces before the hyphen and none after it, as
// exporters get this wrong ("TY -  BOOK", "ER  -").
func splitTag(line string) (tag, value string, ok bool) {
	if len(line) < 4 || !isUpper(line[0]) || !(isUpper(line[1]) || line[1] >= '0' && line[1] <= '9') {
		return "", "", false
	}
	i := 2
	for i < len(line) && i < 5 && line[i] == ' ' {
		i++
	}
	if i == 2 || i >= len(line) || line[i] != '-' {
		return "", "", false
	}
	i++
	if i < len(line) && line[i] != ' ' && line[i] != '\t' {
		return "", "", false
	}
	return line[:2], strings.TrimSpace(line[i:]), true
}

func isUpper(c byte) bool { return c >= 'A' && c <= 'Z' }

// looksWoS reports whether text is Web of Science's tagged export: it
// opens with "FN " (or "PT " after a BOM) and tags have no hyphen.
func looksWoS(text string) bool {
	t := strings.TrimLeft(text, " \t\r\n")
	return strings.HasPrefix(t, "FN ") || strings.HasPrefix(t, "PT ") || strings.HasPrefix(t, "VR ")
}

// decode returns the input as UTF-8. RIS files from Windows tools that are
// not UTF-8 are Windows-1252 in practice.
func decode(data []byte) string {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if utf8.Valid(data) {
		return string(data)
	}
	out, err := charmap.Windows1252.NewDecoder().Bytes(data)
	if err != nil {
		return string(bytes.ToValidUTF8(data, []byte("\uFFFD")))
	}
	return string(out)
}
