package web

import (
	"bytes"
	"unicode/utf8"
)

// atomWriter writes an Atom document (RFC 4287) into a buffer, element
// by element, as encoding/xml's Encoder with Indent("", " ") wrote it
// before, without its reflection: the static export writes a feed for
// every author and source. Every value goes through escape, so a
// record's text cannot close an element, open a CDATA section or bring
// in a character XML cannot carry.
type atomWriter struct{ b *bytes.Buffer }

// indent starts a line at depth d.
func (w atomWriter) indent(d int) {
	w.b.WriteByte('\n')
	for range d {
		w.b.WriteByte(' ')
	}
}

// attr writes ` name="value"`.
func (w atomWriter) attr(name, value string) {
	w.b.WriteByte(' ')
	w.b.WriteString(name)
	w.b.WriteString(`="`)
	escapeXML(w.b, value)
	w.b.WriteByte('"')
}

// element writes <name>text</name> on a line of its own.
func (w atomWriter) element(d int, name, text string) {
	w.indent(d)
	w.b.WriteByte('<')
	w.b.WriteString(name)
	w.b.WriteByte('>')
	escapeXML(w.b, text)
	w.b.WriteString("</")
	w.b.WriteString(name)
	w.b.WriteByte('>')
}

// text writes a text construct: always type="text", plain text being all
// a record holds.
func (w atomWriter) text(d int, name, text string) {
	w.indent(d)
	w.b.WriteByte('<')
	w.b.WriteString(name)
	w.attr("type", "text")
	w.b.WriteByte('>')
	escapeXML(w.b, text)
	w.b.WriteString("</")
	w.b.WriteString(name)
	w.b.WriteByte('>')
}

// link writes a link; typ and title are left out when "".
func (w atomWriter) link(d int, rel, typ, href, title string) {
	w.indent(d)
	w.b.WriteString("<link")
	w.attr("rel", rel)
	if typ != "" {
		w.attr("type", typ)
	}
	w.attr("href", href)
	if title != "" {
		w.attr("title", title)
	}
	w.b.WriteString("></link>")
}

// person writes an author: a name and, when known, a URI.
func (w atomWriter) person(d int, name, uri string) {
	w.indent(d)
	w.b.WriteString("<author>")
	w.element(d+1, "name", name)
	if uri != "" {
		w.element(d+1, "uri", uri)
	}
	w.indent(d)
	w.b.WriteString("</author>")
}

// escapeXML writes s as XML character data that is also safe in a
// double-quoted attribute: the markup characters and tab, newline and
// return as references (as encoding/xml writes them), without what XML
// 1.0 cannot carry (NUL and the other C0 controls, surrogates, U+FFFE and
// U+FFFF) or discourages (the C1 controls), and with each run of invalid
// UTF-8 as U+FFFD. It is xmlText and the escaping in one pass.
func escapeXML(b *bytes.Buffer, s string) {
	last := 0
	bad := -1 // where a run of invalid bytes would continue
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if xmlPlain[c] {
				i++
				continue
			}
			b.WriteString(s[last:i])
			b.WriteString(xmlEscapes[c]) // "" drops a control character
			i++
			last = i
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			// One U+FFFD for a run of bad bytes, as strings.ToValidUTF8.
			if i != bad {
				b.WriteString(s[last:i])
				b.WriteString("\uFFFD")
			}
			i += n
			last, bad = i, i
		case r >= 0x80 && r <= 0x9f, r == 0xfffe, r == 0xffff:
			b.WriteString(s[last:i])
			i += n
			last = i
		default:
			i += n
		}
	}
	b.WriteString(s[last:])
}

// xmlEscapes are the references of the ASCII characters escapeXML
// replaces, "" for the controls it drops; xmlPlain marks the others.
var xmlEscapes, xmlPlain = func() (esc [utf8.RuneSelf]string, plain [utf8.RuneSelf]bool) {
	for c := range plain {
		plain[c] = c >= 0x20 && c != 0x7f
	}
	for c, e := range map[byte]string{'&': "&amp;", '<': "&lt;", '>': "&gt;", '"': "&#34;", '\'': "&#39;", '\t': "&#x9;", '\n': "&#xA;", '\r': "&#xD;"} {
		esc[c], plain[c] = e, false
	}
	return esc, plain
}()
