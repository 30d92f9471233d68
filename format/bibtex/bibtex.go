// Package bibtex reads BibTeX and BibLaTeX files into annals records.
//
// It owns the .bib grammar as BibTeX and biber accept it (braced, quoted
// and parenthesised entries, @string macros with # concatenation, crossref
// inheritance) and the translation of the LaTeX inside field values to
// plain Unicode. It does not validate records or touch storage: the ingest
// pipeline does that with what Parse returns.
package bibtex

import (
	"bytes"
	"fmt"
	"sort"

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
	// Problems lists the entries Parse skipped and why, and smaller faults
	// in entries it kept (such as an undefined @string), in input order.
	Problems []Problem
}

// Problem is a note on an entry of the file that was left out or is worth a look.
type Problem = annals.Problem

// SyntaxError reports an input that is not BibTeX at all.
type SyntaxError struct {
	// Line is the 1-based line the error is on.
	Line int
	// Msg says what is wrong.
	Msg string
}

// Error returns "bibtex: line N: msg".
func (e *SyntaxError) Error() string { return fmt.Sprintf("bibtex: line %d: %s", e.Line, e.Msg) }

// Position returns the line and the message without the package prefix,
// for callers that report the input's name themselves.
func (e *SyntaxError) Position() (line int, msg string) { return e.Line, e.Msg }

// Parse reads a whole .bib file. It returns the records it could read;
// entries it could not read are reported in Result.Problems with their line
// and do not stop the rest. Input that is not UTF-8 is decoded as GB18030
// or Windows-1252 (see decode). A file with no @entry at all returns a
// *SyntaxError.
func Parse(data []byte, opts Options) (*Result, error) {
	text, err := decode(data)
	if err != nil {
		return nil, err
	}
	p := &parser{src: text, line: 1, macros: monthMacros(), undefined: map[string]bool{}}
	p.run()
	if !p.sawEntry && hasContent(text) {
		return nil, &SyntaxError{Line: 1, Msg: "no @entry found; not a BibTeX file"}
	}
	res := &Result{Document: annals.Document{Records: []*annals.Record{}}}
	res.Records = buildRecords(p.entries, opts.Origin, p.problem)
	// Crossref problems are found after the scan; keep input order.
	sort.SliceStable(p.problems, func(i, j int) bool { return p.problems[i].Line < p.problems[j].Line })
	res.Problems = p.problems
	return res, nil
}

// Sniff reports whether data looks like BibTeX: an @type{ or @type( near
// the start, after any comments and blank lines.
func Sniff(data []byte) bool {
	if len(data) > 64<<10 {
		data = data[:64<<10]
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	for i := 0; i < len(data); i++ {
		if data[i] != '@' {
			continue
		}
		j := i + 1
		for j < len(data) && isIdentByte(data[j]) {
			j++
		}
		if j == i+1 {
			continue
		}
		for j < len(data) && isSpace(data[j]) {
			j++
		}
		if j < len(data) && (data[j] == '{' || data[j] == '(') {
			return true
		}
	}
	return false
}

// hasContent reports whether s holds anything but whitespace and %
// comments, so that an empty or comment-only file is an empty
// bibliography rather than an error.
func hasContent(s string) bool {
	inComment := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case inComment:
			inComment = c != '\n'
		case c == '%':
			inComment = true
		case !isSpace(c):
			return true
		}
	}
	return false
}
