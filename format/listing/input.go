package listing

import (
	"bytes"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// line is one non-blank line of the input, trimmed, with internal runs of
// whitespace collapsed to one space.
type line struct {
	no     int    // 1-based line number in the input
	text   string // trimmed text
	indent int    // leading whitespace, in characters
	gap    bool   // a blank line comes before it
	href   string // link target, from HTML input
}

// checkText rejects input that is not text: NUL bytes or mostly control
// characters (binary data), and invalid UTF-8. Errors name the line.
func checkText(data []byte) error {
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return &SyntaxError{Line: lineAt(data, i), Msg: "binary data (NUL byte); a listing must be text"}
	}
	// Sample the start: text has almost no control characters besides
	// tabs and line breaks.
	sample := data
	if len(sample) > 1<<16 {
		sample = sample[:1<<16]
	}
	ctl, first := 0, -1
	for i, c := range sample {
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\v' {
			ctl++
			if first < 0 {
				first = i
			}
		}
	}
	if ctl > 0 && ctl*10 > len(sample) {
		return &SyntaxError{Line: lineAt(data, first), Msg: "binary data (mostly control characters); a listing must be text"}
	}
	if !utf8.Valid(data) {
		for i := 0; i < len(data); {
			r, n := utf8.DecodeRune(data[i:])
			if r == utf8.RuneError && n <= 1 {
				return &SyntaxError{Line: lineAt(data, i), Msg: "invalid UTF-8 (convert the file to UTF-8)"}
			}
			i += n
		}
	}
	return nil
}

// lineAt returns the 1-based line of byte offset i.
func lineAt(data []byte, i int) int {
	return bytes.Count(data[:i], []byte{'\n'}) + 1
}

// textLines splits plain text into non-blank lines.
func textLines(data []byte) []line {
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	var out []line
	gap := false
	no := 0
	for len(data) > 0 {
		no++
		var raw []byte
		if i := bytes.IndexByte(data, '\n'); i >= 0 {
			raw, data = data[:i], data[i+1:]
		} else {
			raw, data = data, nil
		}
		ln, ok := makeLine(string(raw), no)
		if !ok {
			gap = true
			continue
		}
		ln.gap = gap
		gap = false
		if len(out) == cap(out) {
			// Double: append grows large slices by a quarter, which
			// on big inputs copies the lines several times over.
			out = slices.Grow(out, len(out)+16)
		}
		out = append(out, ln)
	}
	return out
}

// makeLine trims and collapses raw; ok is false for a blank line.
func makeLine(raw string, no int) (line, bool) {
	indent := 0
	for _, r := range raw {
		if r == '\t' {
			indent += 4
		} else if unicode.IsSpace(r) {
			indent++
		} else {
			break
		}
	}
	text := collapseSpace(raw)
	if text == "" {
		return line{}, false
	}
	return line{no: no, text: text, indent: indent}, true
}

// collapseSpace trims s and replaces every run of white space (including
// no-break spaces) by one space.
func collapseSpace(s string) string {
	// Most lines need no change: check that first, without copying.
	clean := true
	prevSpace := true
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			sp := c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v'
			if sp && (prevSpace || c != ' ') {
				clean = false
				break
			}
			prevSpace = sp
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 || unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff' {
			clean = false // invalid bytes are replaced, spaces collapsed
			break
		}
		prevSpace = false
		i += n
	}
	if clean && !prevSpace {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	pending := false
	for _, r := range s {
		if unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff' {
			pending = b.Len() > 0
			continue
		}
		if pending {
			b.WriteByte(' ')
			pending = false
		}
		b.WriteRune(r)
	}
	return b.String()
}
