package feed

import (
	"bytes"
	"io"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// source is an input converted to UTF-8.
type source struct {
	// text is the whole input as UTF-8, with the same lines as the
	// original. It is the caller's slice when the input was UTF-8.
	text []byte
	// declEnd is the length of text's XML declaration when it names an
	// encoding other than UTF-8, else 0.
	declEnd int
	// decl replaces text[:declEnd] for the XML parser: the same
	// declaration saying UTF-8, with the same number of newlines.
	decl string
}

// reader returns the text for the XML parser. The declaration is swapped
// rather than the text copied, so that the parser does not convert what
// is already UTF-8 a second time.
func (s source) reader() io.Reader {
	if s.declEnd == 0 {
		return bytes.NewReader(s.text)
	}
	return io.MultiReader(strings.NewReader(s.decl), bytes.NewReader(s.text[s.declEnd:]))
}

// decode converts an input to UTF-8. The rules, in order:
//
//   - a byte order mark decides, and is dropped;
//   - bytes that are valid UTF-8 are UTF-8, whatever the XML declaration
//     says: feeds that declare ISO-8859-1 but send UTF-8 are common
//     (mediacontent-dupes.xml), and text in any other encoding is almost
//     never valid UTF-8 by accident;
//   - otherwise the declared encoding, when it is one we know;
//   - otherwise Windows-1252, the superset of ISO-8859-1 that undeclared
//     Western feeds use in practice (uolNoticias.rss).
func decode(data []byte) source {
	switch {
	case bytes.HasPrefix(data, []byte("\xef\xbb\xbf")):
		data = data[3:]
	case bytes.HasPrefix(data, []byte("\xff\xfe")), bytes.HasPrefix(data, []byte("\xfe\xff")):
		return withDecl(convert(data, unicode.UTF16(unicode.BigEndian, unicode.ExpectBOM)))
	case bytes.HasPrefix(data, []byte("<\x00?\x00")):
		return withDecl(convert(data, unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM)))
	case bytes.HasPrefix(data, []byte("\x00<\x00?")):
		return withDecl(convert(data, unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM)))
	}
	if utf8.Valid(data) {
		return withDecl(data)
	}
	enc := encoding.Encoding(charmap.Windows1252)
	if label := declaredEncoding(data); label != "" {
		if e, name := charset.Lookup(label); e != nil && name != "utf-8" && !strings.HasPrefix(name, "utf-16") {
			enc = e
		}
	}
	return withDecl(convert(data, enc))
}

// convert decodes data with enc. Decoders from x/text replace what they
// cannot map with U+FFFD rather than fail, so the error is only a
// safeguard.
func convert(data []byte, enc encoding.Encoding) []byte {
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return bytes.ToValidUTF8(data, []byte("\uFFFD"))
	}
	return bytes.TrimPrefix(out, []byte("\xef\xbb\xbf"))
}

// withDecl returns text as a source whose XML declaration, if it names an
// encoding other than UTF-8, is replaced for the parser. Without that the
// parser would decode the UTF-8 text a second time as that encoding.
func withDecl(text []byte) source {
	s := source{text: text}
	label := declaredEncoding(text)
	if label == "" || strings.EqualFold(label, "utf-8") || strings.EqualFold(label, "utf8") {
		return s
	}
	end := bytes.Index(text, []byte("?>"))
	s.declEnd = end + 2
	s.decl = `<?xml version="1.0" encoding="UTF-8"?>` + strings.Repeat("\n", bytes.Count(text[:end], []byte("\n")))
	return s
}

// declaredEncoding returns the encoding named in the XML declaration at
// the start of data, or "".
func declaredEncoding(data []byte) string {
	t := bytes.TrimLeft(data, " \t\r\n")
	if !bytes.HasPrefix(t, []byte("<?xml")) {
		return ""
	}
	end := bytes.Index(t, []byte("?>"))
	if end < 0 || end > 512 {
		return ""
	}
	decl := t[:end]
	i := bytes.Index(decl, []byte("encoding"))
	if i < 0 {
		return ""
	}
	rest := bytes.TrimLeft(decl[i+len("encoding"):], " \t\r\n")
	if len(rest) == 0 || rest[0] != '=' {
		return ""
	}
	rest = bytes.TrimLeft(rest[1:], " \t\r\n")
	if len(rest) < 2 || (rest[0] != '"' && rest[0] != '\'') {
		return ""
	}
	j := bytes.IndexByte(rest[1:], rest[0])
	if j < 0 {
		return ""
	}
	return strings.TrimSpace(string(rest[1 : 1+j]))
}
