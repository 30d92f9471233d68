package bibtex

import (
	"fmt"
	"sort"
	"strings"
)

// entry is one @type{key, name = value, …} as read, before any LaTeX is
// translated: values keep their inner braces, which names and case
// protection need.
type entry struct {
	typ, key string
	line     int
	fields   map[string]string
	// fieldLine holds the line each field starts on, for messages.
	fieldLine map[string]int
}

// parser scans a whole input. Errors inside one entry become a Problem and
// scanning resumes at the next line that starts with @, as BibTeX does.
type parser struct {
	src    string
	pos    int
	line   int
	nl     []int // offsets of '\n', to turn an offset into a line
	macros map[string]string
	// undefined holds the undefined macros already reported.
	undefined map[string]bool
	entries   []*entry
	problems  []Problem
	sawEntry  bool
	key       string  // of the entry being read, for messages
	match     []int32 // offset of the } closing each {; see matchBrace
	parenEOF  bool    // a ( group has run to the end of input
}

// errAt is a fault at an offset of the input.
type errAt struct {
	pos int
	msg string
}

func (e *errAt) Error() string { return e.msg }

func (p *parser) lineAt(pos int) int {
	if p.nl == nil {
		p.nl = []int{}
		for i := 0; i < len(p.src); i++ {
			if p.src[i] == '\n' {
				p.nl = append(p.nl, i)
			}
		}
	}
	return sort.SearchInts(p.nl, pos) + 1
}

func (p *parser) problem(line int, format string, args ...any) {
	p.problems = append(p.problems, Problem{Line: line, Msg: fmt.Sprintf(format, args...)})
}

// skipped reports an entry that was left out.
func (p *parser) skipped(line int, format string, args ...any) {
	p.problems = append(p.problems, Problem{Line: line, Msg: fmt.Sprintf(format, args...), Skipped: true})
}

func (p *parser) run() {
	for p.pos < len(p.src) {
		c := p.src[p.pos]
		if c == '%' {
			// A % line outside entries is a comment; without this an
			// address such as "% mail me@example.org {" would start an entry.
			p.skipLine()
			continue
		}
		if c != '@' {
			p.pos++
			continue
		}
		start := p.pos
		p.pos++
		p.skipSpace()
		typ := strings.ToLower(p.ident())
		if typ == "" {
			continue
		}
		p.skipSpace()
		if p.pos >= len(p.src) || (p.src[p.pos] != '{' && p.src[p.pos] != '(') {
			// "@comment text" without a group comments out just the word,
			// as in BibTeX; any other @word is stray text such as an
			// e-mail address.
			continue
		}
		p.sawEntry = true
		p.key = ""
		var err error
		switch typ {
		case "comment", "preamble":
			// A group without its closing brace hides the rest of the file
			// from BibTeX; we report it and read on from the next entry.
			_, err = p.group()
		case "string":
			err = p.stringDef()
		default:
			err = p.entry(start, typ)
		}
		if err != nil {
			e := err.(*errAt)
			what := "@" + typ
			if p.key != "" {
				what += fmt.Sprintf(" %q", p.key)
			}
			p.skipped(p.lineAt(e.pos), "%s (line %d): %s; skipped", what, p.lineAt(start), e.msg)
			p.resync(start)
		}
	}
}

// resync moves to the next line after start's that begins with @.
func (p *parser) resync(start int) {
	i := strings.IndexByte(p.src[start:], '\n')
	if i < 0 {
		p.pos = len(p.src)
		return
	}
	i += start + 1
	for i < len(p.src) {
		j := i
		for j < len(p.src) && (p.src[j] == ' ' || p.src[j] == '\t' || p.src[j] == '\r') {
			j++
		}
		if j < len(p.src) && p.src[j] == '@' {
			p.pos = j
			return
		}
		k := strings.IndexByte(p.src[j:], '\n')
		if k < 0 {
			break
		}
		i = j + k + 1
	}
	p.pos = len(p.src)
}

func (p *parser) skipLine() {
	i := strings.IndexByte(p.src[p.pos:], '\n')
	if i < 0 {
		p.pos = len(p.src)
		return
	}
	p.pos += i + 1
}

func (p *parser) skipSpace() {
	for p.pos < len(p.src) && isSpace(p.src[p.pos]) {
		p.pos++
	}
}

// ident reads an entry type or macro name.
func (p *parser) ident() string {
	start := p.pos
	for p.pos < len(p.src) && isIdentByte(p.src[p.pos]) {
		p.pos++
	}
	return p.src[start:p.pos]
}

// group skips a balanced {…} or (…) group starting at p.pos and returns
// its inside.
func (p *parser) group() (string, error) {
	open := p.pos
	if p.src[open] == '{' {
		end := p.matchBrace(open)
		if end < 0 {
			return "", &errAt{open, "unterminated {"}
		}
		p.pos = end + 1
		return p.src[open+1 : end], nil
	}
	if p.parenEOF {
		// An earlier ( group ran to the end of the input, and this one
		// starts on its path: it would too. Failing at once keeps a file
		// of unclosed groups linear.
		return "", &errAt{open, "unterminated ("}
	}
	for i := open + 1; i < len(p.src); i++ {
		switch p.src[i] {
		case '{':
			if i = p.matchBrace(i); i < 0 {
				return "", &errAt{open, "unterminated ("}
			}
		case ')':
			p.pos = i + 1
			return p.src[open+1 : i], nil
		}
	}
	p.parenEOF = true
	return "", &errAt{open, "unterminated ("}
}

// matchBrace returns the offset of the } that closes the { at open, or -1.
// All braces are paired in one pass on first use, so that many unclosed
// groups cost linear time rather than a scan to the end each.
func (p *parser) matchBrace(open int) int {
	if p.match == nil {
		p.match = make([]int32, len(p.src))
		var stack []int32
		for i := 0; i < len(p.src); i++ {
			switch p.src[i] {
			case '{':
				p.match[i] = -1
				stack = append(stack, int32(i))
			case '}':
				if n := len(stack); n > 0 {
					p.match[stack[n-1]] = int32(i)
					stack = stack[:n-1]
				}
			}
		}
	}
	return int(p.match[open])
}

// stringDef reads @string{name = value}.
func (p *parser) stringDef() error {
	closer := closerOf(p.src[p.pos])
	p.pos++
	p.skipSpace()
	namePos := p.pos
	name := p.fieldName()
	if name == "" {
		return &errAt{namePos, "expected a macro name"}
	}
	p.skipSpace()
	if p.pos >= len(p.src) || p.src[p.pos] != '=' {
		return &errAt{p.pos, fmt.Sprintf("expected = after %q", name)}
	}
	p.pos++
	v, err := p.value(nil)
	if err != nil {
		return err
	}
	p.skipSpace()
	if p.pos >= len(p.src) || p.src[p.pos] != closer {
		return &errAt{p.pos, fmt.Sprintf("expected %c after @string %q", closer, name)}
	}
	p.pos++
	p.macros[strings.ToLower(name)] = v
	return nil
}

// entry reads @type{key, name = value, …} with p.pos at the opening
// delimiter.
func (p *parser) entry(start int, typ string) error {
	closer := closerOf(p.src[p.pos])
	p.pos++
	p.skipSpace()
	e := &entry{typ: typ, line: p.lineAt(start), fields: map[string]string{}, fieldLine: map[string]int{}}
	keyPos := p.pos
	for p.pos < len(p.src) {
		c := p.src[p.pos]
		if c == ',' || isSpace(c) || c == closer || c == '=' {
			break
		}
		p.pos++
	}
	e.key = p.src[keyPos:p.pos]
	p.key = e.key
	p.skipSpace()
	switch {
	case p.pos >= len(p.src):
		return &errAt{start, "unterminated entry"}
	case p.src[p.pos] == '=':
		// EndNote writes "@article{" and goes straight to the fields:
		// what we took for a key is the first field's name.
		e.key = ""
		p.pos = keyPos
	case p.src[p.pos] == ',':
		p.pos++
	case p.src[p.pos] == closer:
	default:
		return &errAt{p.pos, fmt.Sprintf("expected , after key %q", e.key)}
	}
	for {
		p.skipSpace()
		if p.pos >= len(p.src) {
			return &errAt{start, fmt.Sprintf("missing closing %c", closer)}
		}
		switch c := p.src[p.pos]; c {
		case ',':
			p.pos++
			continue
		case closer:
			p.pos++
			p.entries = append(p.entries, e)
			return nil
		case '%':
			// biber ignores comment lines between fields; BibTeX would
			// choke on them.
			p.skipLine()
			continue
		case '@':
			// The closing delimiter is missing and the next entry begins.
			return &errAt{start, fmt.Sprintf("missing closing %c before the @ at line %d", closer, p.lineAt(p.pos))}
		}
		namePos := p.pos
		name := p.fieldName()
		if name == "" {
			return &errAt{p.pos, fmt.Sprintf("unexpected %q", p.src[p.pos])}
		}
		p.skipSpace()
		if p.pos >= len(p.src) || p.src[p.pos] != '=' {
			return &errAt{p.pos, fmt.Sprintf("expected = after field %q", name)}
		}
		p.pos++
		v, err := p.value(e)
		if err != nil {
			return err
		}
		name = strings.ToLower(name)
		// BibTeX keeps the first of two equal fields and warns.
		if _, dup := e.fields[name]; !dup {
			e.fields[name] = v
			e.fieldLine[name] = p.lineAt(namePos)
		}
		p.skipSpace()
		if p.pos >= len(p.src) {
			return &errAt{start, fmt.Sprintf("missing closing %c", closer)}
		}
		if c := p.src[p.pos]; c != ',' && c != closer {
			return &errAt{p.pos, fmt.Sprintf("expected , or %c after field %q", closer, name)}
		}
	}
}

// fieldName reads a field or macro name. Names are whatever BibTeX allows:
// anything but white space and the characters that delimit values, so
// biblatex annotations such as "author+an" pass.
func (p *parser) fieldName() string {
	start := p.pos
	for p.pos < len(p.src) {
		c := p.src[p.pos]
		if isSpace(c) || strings.IndexByte("=,{}()\"#%", c) >= 0 {
			break
		}
		p.pos++
	}
	return p.src[start:p.pos]
}

// value reads a field value: pieces joined by #, each a {braced} or
// "quoted" string, a number or a macro name. e is the entry being read,
// for messages; nil inside @string.
func (p *parser) value(e *entry) (string, error) {
	var b strings.Builder
	for {
		p.skipSpace()
		if p.pos >= len(p.src) {
			return "", &errAt{p.pos, "expected a value"}
		}
		switch c := p.src[p.pos]; {
		case c == '{':
			open := p.pos
			end := p.matchBrace(open)
			if end < 0 {
				return "", &errAt{open, "unterminated brace"}
			}
			b.WriteString(p.src[open+1 : end])
			p.pos = end + 1
		case c == '"':
			open := p.pos
			end := -1
			for i := open + 1; i < len(p.src); i++ {
				ch := p.src[i]
				if ch == '{' {
					// Skip the group: a quote inside braces does not end
					// the string.
					if i = p.matchBrace(i); i < 0 {
						return "", &errAt{open, "unterminated brace in quoted string"}
					}
				} else if ch == '"' {
					end = i
					break
				}
			}
			if end < 0 {
				return "", &errAt{open, "unterminated quoted string"}
			}
			b.WriteString(p.src[open+1 : end])
			p.pos = end + 1
		case c >= '0' && c <= '9':
			start := p.pos
			for p.pos < len(p.src) && p.src[p.pos] >= '0' && p.src[p.pos] <= '9' {
				p.pos++
			}
			b.WriteString(p.src[start:p.pos])
		case isIdentByte(c):
			namePos := p.pos
			name := p.fieldName()
			v, ok := p.macros[strings.ToLower(name)]
			if !ok {
				// BibTeX warns and prints nothing. The name is usually a
				// readable abbreviation ("AIJ", "IJCAI-75", "September")
				// from a @string file that was not exported with the
				// entries, so we keep it as text, and report it once.
				v = name
				if !p.undefined[strings.ToLower(name)] {
					p.undefined[strings.ToLower(name)] = true
					where := ""
					if e != nil {
						where = fmt.Sprintf("entry %q: ", e.key)
					}
					p.problem(p.lineAt(namePos), "%sundefined @string %q kept as text (reported at its first use only)", where, name)
				}
			}
			b.WriteString(v)
		default:
			return "", &errAt{p.pos, fmt.Sprintf("expected a value, found %q", c)}
		}
		p.skipSpace()
		if p.pos < len(p.src) && p.src[p.pos] == '#' {
			p.pos++
			continue
		}
		return b.String(), nil
	}
}

func closerOf(open byte) byte {
	if open == '(' {
		return ')'
	}
	return '}'
}

func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
}

// isIdentByte reports whether c may be part of an entry type or macro
// name.
func isIdentByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-' || c == ':' || c == '.' || c == '+' || c == '/' || c >= 0x80
}

// monthMacros returns BibTeX's predefined @strings: jan…dec.
func monthMacros() map[string]string {
	m := map[string]string{}
	for _, name := range monthNames {
		m[name[:3]] = name
	}
	return m
}
