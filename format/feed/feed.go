// Package feed reads syndication feeds (RSS 0.9x, 1.0 and 2.0, Atom, JSON
// Feed, and Dave Winer's RSS-in-JSON) into annals records.
//
// It owns format detection, charset repair, the mapping of feed items to
// record fields and the recovery of items from feeds that are not
// well-formed. The XML and JSON Feed grammars are read by
// github.com/mmcdole/gofeed; HTML in titles and descriptions is reduced to
// plain text with github.com/microcosm-cc/bluemonday. It does not fetch
// feeds, cap their size (ingest/fetch does), validate records or touch
// storage.
package feed

import (
	"bytes"
	"errors"
	"fmt"
	"regexp"

	"github.com/labor-annals/annals"
)

// Options say how to read an input.
type Options struct {
	// Origin names the input in each record's provenance.
	Origin string
}

// Result is what Parse read from a feed.
type Result struct {
	annals.Document
	// Problems lists the items Parse skipped or repaired and why, in input
	// order, and faults in the feed as a whole.
	Problems []Problem
}

// Problem is a note on an item of the feed, or the feed itself (Line is zero in JSON feeds) that was left out or is worth a look.
type Problem = annals.Problem

// SyntaxError reports an input that is not a feed at all.
type SyntaxError struct {
	// Line is the 1-based line the error is on.
	Line int
	// Msg says what is wrong.
	Msg string
	// Err is the underlying parser error, when there is one.
	Err error
}

// Error returns "feed: line N: msg".
func (e *SyntaxError) Error() string { return fmt.Sprintf("feed: line %d: %s", e.Line, e.Msg) }

// Position returns the line and the message without the package prefix,
// for callers that report the input's name themselves.
func (e *SyntaxError) Position() (line int, msg string) { return e.Line, e.Msg }

// Unwrap returns the underlying parser error.
func (e *SyntaxError) Unwrap() error { return e.Err }

// Parse reads a whole feed: RSS, Atom, JSON Feed or RSS-in-JSON, told apart
// by content, never by file name. It returns one record per item it could
// read, in feed order; items it had to skip (no title and no summary, not
// well-formed, nested inside another item) and links it had to drop are
// reported in Result.Problems and do not stop the rest. A feed that is not
// well-formed XML is read item by item, so one broken item costs only
// itself. Input that is not a feed (an HTML page, plain text, JSON of
// another kind) returns a *SyntaxError.
//
// Parse is linear in the size of the input. It keeps at most one
// converted copy of it, and only when the input is not UTF-8.
func Parse(data []byte, opts Options) (*Result, error) {
	src := decode(data)
	var (
		f   *parsed
		err error
	)
	switch detect(src.text) {
	case kindXML:
		f, err = parseXML(src)
	case kindJSON:
		f, err = parseJSON(src.text)
	default:
		return nil, notAFeed(src.text)
	}
	if err != nil {
		return nil, err
	}
	return f.result(opts), nil
}

// Sniff reports whether data looks like a feed: an <rss>, <rdf:RDF> or
// Atom <feed> root element, or a JSON object with a JSON Feed "version",
// an "items" array or an "rss" member. It reads only the first few
// kilobytes and does not check the rest.
func Sniff(data []byte) bool {
	if len(data) > sniffLen {
		data = data[:sniffLen]
	}
	src := decode(data)
	switch detect(src.text) {
	case kindXML:
		return true
	case kindJSON:
		return sniffJSON(src.text)
	}
	return false
}

// sniffLen is how much of the input Sniff reads: feeds name their root
// element, or their JSON version, well within it.
const sniffLen = 16 << 10

// sniffJSON reports whether the start of a JSON object looks like a feed.
// It looks for the tell-tale member names rather than decoding, as the
// input may be cut short.
func sniffJSON(text []byte) bool {
	return bytes.Contains(text, []byte(`"https://jsonfeed.org/version/`)) ||
		itemsArray.Match(text) ||
		bytes.Contains(text, []byte(`"rss"`)) && bytes.Contains(text, []byte(`"channel"`))
}

// itemsArray is JSON Feed's "items" member holding an array.
var itemsArray = regexp.MustCompile(`"items"\s*:\s*\[`)

// errNoRoot is the detection failure for XML without a feed root.
var errNoRoot = errors.New("no feed root element")
