// Package htmlpage reads one saved article web page into one annals record.
//
// The page's own metadata wins: JSON-LD (schema.org Article and its kinds),
// Highwire citation_* tags, Dublin Core, OpenGraph, <meta name="author">,
// <title> and <html lang>, read with goquery. The main text, and any field
// the page does not declare, come from github.com/markusmobius/go-trafilatura
// (which brings go-htmldate for the date). It does not fetch pages, validate
// records or touch storage.
package htmlpage

import (
	"bytes"
	"fmt"
	"net/url"
	"strings"
	"unicode/utf8"

	"github.com/PuerkitoBio/goquery"
	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"

	"github.com/labor-annals/annals"
)

// Options say how to read a page.
type Options struct {
	// Origin names the input in the record's provenance.
	Origin string
	// URL is the page's address when known. It resolves relative links
	// and is the record's URL when the page names no canonical address.
	URL string
}

// Result is what Parse read from a page.
type Result struct {
	annals.Document
	// Text is the page's main text as plain text, for full-text use.
	Text string
}

// SyntaxError reports an input that is not an HTML page with a title or
// text.
type SyntaxError struct {
	// Line is the 1-based line the error is on.
	Line int
	// Msg says what is wrong.
	Msg string
}

// Error returns "htmlpage: line N: msg".
func (e *SyntaxError) Error() string { return fmt.Sprintf("htmlpage: line %d: %s", e.Line, e.Msg) }

// Position returns the line and the message without the package prefix,
// for callers that report the input's name themselves.
func (e *SyntaxError) Position() (line int, msg string) { return e.Line, e.Msg }

// Confidence of a record whose title and one of date or author come from
// the page's declared metadata, and of one pieced together from <title>
// and the text.
const (
	confidenceDeclared = 0.9
	confidenceGuessed  = 0.6
)

// Parse reads a whole HTML page into one record. Fields come from the
// page's declared metadata first and from trafilatura's extraction
// otherwise; Result.Text is trafilatura's main text. Input that is not
// HTML, or a page with neither a title nor text, returns a *SyntaxError.
func Parse(data []byte, opts Options) (*Result, error) {
	if !looksHTML(data) {
		return nil, &SyntaxError{Line: 1, Msg: "not an HTML document"}
	}
	root, err := html.Parse(bytes.NewReader(decode(data)))
	if err != nil {
		return nil, &SyntaxError{Line: 1, Msg: "not an HTML document: " + err.Error()}
	}
	base, _ := url.Parse(opts.URL)
	if base != nil && !base.IsAbs() {
		base = nil
	}
	m := readMeta(goquery.NewDocumentFromNode(root), base)

	// trafilatura prunes the tree it is given, so it runs after the
	// metadata has been read.
	topts := trafilatura.Options{
		ExcludeComments: true,
		HtmlDateMode:    trafilatura.Fast,
		OriginalURL:     base,
	}
	var ext trafilatura.ExtractResult
	if r, err := trafilatura.ExtractDocument(root, topts); err == nil && r != nil {
		ext = *r
	}
	text := strings.TrimSpace(ext.ContentText)

	rec, declared := m.record(&ext)
	if rec.Summary == "" {
		rec.Summary = lede(strings.TrimPrefix(strings.Join(strings.Fields(text), " "), rec.Title))
	}
	if rec.Title == "" && rec.Summary == "" {
		return nil, &SyntaxError{Line: 1, Msg: "HTML document has neither a title nor text"}
	}
	rec.Confidence = confidenceGuessed
	if declared {
		rec.Confidence = confidenceDeclared
	}
	rec.Provenance = []annals.Provenance{{Origin: opts.Origin, Document: m.pageTitle, Line: 1}}
	if rec.URL == "" && base != nil {
		rec.URL = absHTTP(base, opts.URL)
	}
	return &Result{
		Document: annals.Document{
			Title:    m.pageTitle,
			Language: rec.Language,
			Records:  []*annals.Record{rec},
		},
		Text: text,
	}, nil
}

// sniffLen is how much of the input Sniff reads: a page's head, and
// usually the start of its article, fit well within it.
const sniffLen = 256 << 10

// Sniff reports whether data is a whole HTML document that reads as an
// article page: a doctype or <html>, a <head> or <title>, and either
// article-like metadata (JSON-LD, OpenGraph, citation_*, Dublin Core,
// article:*) or an <article> or <main> element. Pasted HTML fragments,
// which the listing parser takes, are not.
func Sniff(data []byte) bool {
	if len(data) > sniffLen {
		data = data[:sniffLen]
	}
	s := bytes.ToLower(decode(data))
	has := func(subs ...string) bool {
		for _, sub := range subs {
			if bytes.Contains(s, []byte(sub)) {
				return true
			}
		}
		return false
	}
	return has("<!doctype html", "<html") &&
		has("<head", "<title") &&
		has("application/ld+json", `property="og:`, `property='og:`, "property=og:",
			`name="citation_`, `name='citation_`, "name=citation_",
			`name="dc.`, `name="dcterms.`, `property="article:`,
			"<article", "<main")
}

// looksHTML reports whether data has an HTML tag near its start, so that
// plain text is not taken for a page.
func looksHTML(data []byte) bool {
	if len(data) > sniffLen {
		data = data[:sniffLen]
	}
	s := bytes.ToLower(decode(data))
	for _, tag := range []string{"<!doctype html", "<html", "<head", "<body", "<title", "<meta", "<article", "<main", "<p>", "<div"} {
		if bytes.Contains(s, []byte(tag)) {
			return true
		}
	}
	return false
}

// ledeLen is how much of the text stands in for a missing description.
const ledeLen = 300

// lede returns the start of the text, cut at a word, as the summary of a
// page that declares no description.
func lede(text string) string {
	s := strings.TrimSpace(strings.ToValidUTF8(text, "\uFFFD"))
	if utf8.RuneCountInString(s) <= ledeLen {
		return s
	}
	return atWord(string([]rune(s)[:ledeLen-1])) + "…"
}
