package feed

import (
	"bytes"
	"iter"
)

// This file is a small XML scanner: just enough of the grammar (tags,
// comments, CDATA, processing instructions, DOCTYPE) to find the root
// element and where each item starts and ends, in one linear pass. gofeed
// gives items but not their lines, and nothing at all from a feed that is
// not well-formed; the scanner fills both gaps.

// tagKind says which of the three kinds of tag a tag is.
type tagKind uint8

const (
	startTag tagKind = iota
	endTag
	emptyTag // <x/>
)

// tag is one tag of an XML text.
type tag struct {
	kind       tagKind
	name       []byte // qualified name, e.g. "rdf:RDF"
	start, end int    // offsets of '<' and just past '>'
}

// local returns the tag's name without its prefix.
func (t tag) local() []byte {
	if i := bytes.LastIndexByte(t.name, ':'); i >= 0 {
		return t.name[i+1:]
	}
	return t.name
}

// tags yields the tags of text in order, skipping comments, CDATA sections,
// processing instructions and declarations. Unterminated constructs end
// the scan.
func tags(text []byte) iter.Seq[tag] {
	return func(yield func(tag) bool) {
		i := 0
		for {
			j := bytes.IndexByte(text[i:], '<')
			if j < 0 {
				return
			}
			i += j
			rest := text[i:]
			var skip []byte // terminator of a construct to skip
			switch {
			case bytes.HasPrefix(rest, []byte("<!--")):
				skip = []byte("-->")
			case bytes.HasPrefix(rest, []byte("<![CDATA[")):
				skip = []byte("]]>")
			case bytes.HasPrefix(rest, []byte("<?")):
				skip = []byte("?>")
			case bytes.HasPrefix(rest, []byte("<!")):
				// A DOCTYPE may hold an internal subset in brackets, with
				// '>' inside it.
				k := bytes.IndexAny(rest, "[>")
				if k >= 0 && rest[k] == '[' {
					skip = []byte("]>")
				} else {
					skip = []byte(">")
				}
			}
			if skip != nil {
				k := bytes.Index(rest[2:], skip)
				if k < 0 {
					return
				}
				i += 2 + k + len(skip)
				continue
			}
			t := tag{kind: startTag, start: i}
			n := 1
			if len(rest) > 1 && rest[1] == '/' {
				t.kind = endTag
				n = 2
			}
			m := n
			for m < len(rest) && isNameByte(rest[m]) {
				m++
			}
			if m == n {
				// A '<' that starts no name is text (broken markup);
				// step over it.
				i++
				continue
			}
			t.name = rest[n:m]
			// Find the closing '>', stepping over quoted attribute values,
			// which may hold '>'.
			var quote byte
			for ; m < len(rest); m++ {
				c := rest[m]
				if quote != 0 {
					if c == quote {
						quote = 0
					}
				} else if c == '"' || c == '\'' {
					quote = c
				} else if c == '>' {
					break
				} else if c == '<' {
					// An unclosed tag; resume at the next one.
					break
				}
			}
			if m >= len(rest) {
				return
			}
			if rest[m] == '<' {
				i += m
				continue
			}
			if t.kind == startTag && rest[m-1] == '/' {
				t.kind = emptyTag
			}
			t.end = i + m + 1
			if !yield(t) {
				return
			}
			i = t.end
		}
	}
}

func isNameByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' ||
		c == ':' || c == '_' || c == '-' || c == '.' || c >= 0x80
}

// root is what the scanner learned of a feed's outer structure.
type root struct {
	// tag is the root element's start tag; channel is RSS 2.0's <channel>
	// start tag when the items are inside it.
	tag, channel tag
	// atom is true for an Atom feed, whose items are <entry> elements.
	atom bool
}

// findRoot returns the root element of an XML feed, or errNoRoot when
// text's root element is not rss, rdf:RDF or an Atom feed.
func findRoot(text []byte) (root, string, error) {
	for t := range tags(text) {
		if t.kind == endTag {
			break
		}
		name := string(t.local())
		switch lower(name) {
		case "rss", "rdf":
			return root{tag: t}, name, nil
		case "feed":
			if ns, ok := attr(text[t.start:t.end], "xmlns"); ok && !isAtomNS(ns) {
				return root{tag: t}, name, errNoRoot
			}
			return root{tag: t, atom: true}, name, nil
		}
		return root{tag: t}, name, errNoRoot
	}
	return root{}, "", errNoRoot
}

// isAtomNS reports whether ns is the namespace of Atom 1.0 (RFC 4287) or
// of its draft, Atom 0.3.
func isAtomNS(ns []byte) bool {
	ns = bytes.ToLower(bytes.TrimSpace(ns))
	return bytes.Contains(ns, []byte("w3.org/2005/atom")) || bytes.Contains(ns, []byte("purl.org/atom/ns"))
}

// attr returns the value of the attribute name in a start tag.
func attr(start []byte, name string) ([]byte, bool) {
	for i := 0; ; {
		k := bytes.Index(start[i:], []byte(name))
		if k < 0 {
			return nil, false
		}
		i += k
		before := start[i-1]
		after := bytes.TrimLeft(start[i+len(name):], " \t\r\n")
		i += len(name)
		if (before != ' ' && before != '\t' && before != '\n' && before != '\r') || len(after) < 2 || after[0] != '=' {
			continue
		}
		v := bytes.TrimLeft(after[1:], " \t\r\n")
		if len(v) < 2 || (v[0] != '"' && v[0] != '\'') {
			return nil, false
		}
		end := bytes.IndexByte(v[1:], v[0])
		if end < 0 {
			return nil, false
		}
		return v[1 : 1+end], true
	}
}

func lower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// span is where one item is in the text.
type span struct {
	start, end int
	line       int
	// closed is false for an item cut short by the next item, the end of
	// its parent or the end of the text.
	closed bool
}

// layout is the scanner's view of a feed: its root and its items.
type layout struct {
	root root
	// items are the top-level items.
	items []span
	// nested are empty items inside other items (<item/> within <item>),
	// which feed readers ignore; parent is the index in items of the item
	// each is inside.
	nested []nestedItem
}

type nestedItem struct {
	line, parent int
}

// scan finds the items of an XML feed whose root is r. An item start tag
// inside an open item starts a new item: either the first was not closed
// or the nesting is illegal, and reading them as siblings loses least.
func scan(text []byte, r root) layout {
	l := layout{root: r}
	item := []byte("item")
	if r.atom {
		item = []byte("entry")
	}
	// RSS 2.0 items are inside <channel>; RSS 1.0 items follow it.
	isRSS := lower(string(r.tag.local())) == "rss"
	lines := lineCounter{text: text}
	open := -1 // index in l.items of the open item, or -1
	closeAt := func(end int, closed bool) {
		if open >= 0 {
			l.items[open].end = end
			l.items[open].closed = closed
			open = -1
		}
	}
	for t := range tags(text[r.tag.end:]) {
		t.start += r.tag.end
		t.end += r.tag.end
		isItem := bytes.Equal(t.local(), item)
		switch {
		case isItem && t.kind == emptyTag && open >= 0:
			l.nested = append(l.nested, nestedItem{lines.at(t.start), open})
		case isItem && t.kind == emptyTag:
			l.items = append(l.items, span{start: t.start, end: t.end, line: lines.at(t.start), closed: true})
		case isItem && t.kind == startTag:
			closeAt(t.start, false)
			l.items = append(l.items, span{start: t.start, end: len(text), line: lines.at(t.start)})
			open = len(l.items) - 1
		case isItem && t.kind == endTag:
			closeAt(t.end, true)
		case t.kind == endTag && open >= 0 && (bytes.Equal(t.name, r.tag.name) || bytes.Equal(t.local(), []byte("channel"))):
			closeAt(t.start, false)
		case t.kind == startTag && open < 0 && len(l.items) == 0 && isRSS && bytes.Equal(t.local(), []byte("channel")):
			l.root.channel = t
		}
	}
	return l
}

// lineCounter maps increasing offsets to 1-based line numbers in one pass.
type lineCounter struct {
	text      []byte
	off, line int
}

func (c *lineCounter) at(off int) int {
	if c.line == 0 {
		c.line = 1
	}
	if off > len(c.text) {
		off = len(c.text)
	}
	if off > c.off {
		c.line += bytes.Count(c.text[c.off:off], []byte("\n"))
		c.off = off
	}
	return c.line
}
