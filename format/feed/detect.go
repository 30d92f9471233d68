package feed

import (
	"bytes"
	"fmt"
	"unicode/utf8"
)

// kind is an input's syntax, as far as detection can tell.
type kind uint8

const (
	kindUnknown kind = iota
	kindXML          // XML whose root is rss, rdf:RDF or an Atom feed
	kindJSON         // a JSON object; parseJSON decides which kind
)

// detect tells XML feeds from JSON by content: file names lie
// (DaringFireball.rss is Atom, allthis.atom is RSS).
func detect(text []byte) kind {
	t := bytes.TrimLeft(text, " \t\r\n")
	switch {
	case len(t) == 0:
		return kindUnknown
	case t[0] == '{':
		return kindJSON
	case t[0] == '<':
		if _, _, err := findRoot(t); err == nil {
			return kindXML
		}
	}
	return kindUnknown
}

// notAFeed returns the *SyntaxError for input that detect did not
// recognise, saying what the input looks like instead.
func notAFeed(text []byte) error {
	t := bytes.TrimLeft(text, " \t\r\n")
	line := 1 + bytes.Count(text[:len(text)-len(t)], []byte("\n"))
	switch {
	case len(t) == 0:
		return &SyntaxError{Line: 1, Msg: "empty input; not a feed"}
	case t[0] == '<':
		r, name, _ := findRoot(text)
		if name != "" {
			line = 1 + bytes.Count(text[:r.tag.start], []byte("\n"))
		}
		switch lower(name) {
		case "":
			return &SyntaxError{Line: line, Msg: "markup without a root element; not a feed"}
		case "html":
			return &SyntaxError{Line: line, Msg: "this is an HTML page, not a feed; look for its <link rel=\"alternate\"> feed address"}
		case "feed":
			return &SyntaxError{Line: line, Msg: "root element <feed> is not in the Atom namespace; not a feed"}
		}
		return &SyntaxError{Line: line, Msg: fmt.Sprintf("root element <%s> is not rss, rdf:RDF or an Atom feed", clip(name, 40))}
	case t[0] == '[':
		return &SyntaxError{Line: line, Msg: "JSON array, not a feed (a JSON Feed is an object with an \"items\" array)"}
	}
	return &SyntaxError{Line: line, Msg: "neither XML nor JSON; not a feed"}
}

// clip shortens s to at most n bytes without splitting a character.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n] + "…"
}
