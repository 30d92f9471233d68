// Package listing parses a pasted article listing (a topic page, a tag
// archive, a table of contents, a bibliography) into bibliographic records.
//
// A listing has no schema: every site prints its entries differently. The
// parser therefore reads the page as a whole. It classifies each line (title,
// prose, date, byline, chrome such as "Read more"), infers which kind of line
// starts each entry from the pattern that repeats best across the page, cuts
// the page into entries at those lines, and only then assigns fields. Rules
// are about layout, never about particular sites.
package listing

import (
	"fmt"
	"time"

	"github.com/labor-annals/annals"
)

// Options tune parsing.
type Options struct {
	// Origin names the input in errors and provenance (a file name or "-").
	Origin string
	// Now is when the page was copied, for the dates it prints without
	// their year ("18 November at 7:21PM"), which sites print so for the
	// current year: each is the latest such day not after Now. Zero, they
	// get a year only from a full date the page prints.
	Now time.Time
}

// Result is a parsed listing.
type Result struct {
	annals.Document
	// Layout is the repeating pattern the parser inferred.
	Layout Layout
}

// SyntaxError is an input error at a line, printed by callers as
// "file:line: message".
type SyntaxError struct {
	// Line is the 1-based line of the problem.
	Line int
	// Msg says what is wrong and, when it can, what to do.
	Msg string
}

// Error implements error as "listing: line N: message".
func (e *SyntaxError) Error() string {
	return fmt.Sprintf("listing: line %d: %s", e.Line, e.Msg)
}

// Position returns the line and the message without the package prefix,
// for callers that report the input's name themselves.
func (e *SyntaxError) Position() (line int, msg string) { return e.Line, e.Msg }

// Parse parses a listing. data is the whole input: plain text or an HTML
// fragment or page. An input without recognisable entries gives a Result
// with no Records and no error; only unreadable input (invalid UTF-8,
// binary data) is an error, a *SyntaxError.
func Parse(data []byte, opts Options) (*Result, error) {
	lines, err := readLines(data)
	if err != nil {
		return nil, err
	}
	return parseLines(lines, opts), nil
}
