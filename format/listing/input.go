package listing

import (
	"bytes"
	"encoding/binary"
	"math"
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"
)

// line is one non-blank line of the input, trimmed, with internal runs of
// whitespace collapsed to one space.
//
// Lines and the items made of them are many and copied about, so the
// few lines with a link, cells or an italic tail keep them apart (more).
type line struct {
	text   string    // trimmed text
	more   *lineMore // nil for most lines
	no     int       // 1-based line number in the input
	indent int32     // leading whitespace, in characters (saturated)
	facts  facts     // which bytes text holds
	gap    bool      // a blank line comes before it
}

// lineMore is what few lines have besides their text. Lines share it
// when copied: it is replaced, never changed.
type lineMore struct {
	href  string   // link target, from HTML input
	cells []string // the cells of a row whose fields are set apart by tabs
	// italicTail is the Markdown emphasis closing the line after a dash
	// ("[Title](url) — *The BMJ*"): a publication's name, set in italics
	// as references set them.
	italicTail string
	// menu marks a row of a site's links set apart by runs of spaces:
	// "Forums  Categories  Recent Discussions".
	menu bool
	// wide are the parts of a line the ideographic space sets apart, as
	// Japanese and Chinese tables of contents print title and authors.
	wide []string
	// mail marks a header of a mail digest's message that names the
	// entry's title or its sender.
	mail mailPart
}

// cells returns the cells of a row whose fields are set apart by tabs.
func (l *line) cells() []string {
	if l.more == nil {
		return nil
	}
	return l.more.cells
}

// href returns the line's link target, from HTML input.
func (l *line) href() string {
	if l.more == nil {
		return ""
	}
	return l.more.href
}

// italicTail returns the Markdown emphasis closing the line after a
// dash (lineMore).
func (l *line) italicTail() string {
	if l.more == nil {
		return ""
	}
	return l.more.italicTail
}

// newMore gives the line a copy of its lineMore to change, as other
// lines may share the one it has.
func (l *line) newMore() *lineMore {
	m := new(lineMore)
	if l.more != nil {
		*m = *l.more
	}
	l.more = m
	return m
}

// readLines checks that data is text and splits it into lines. Plain
// text is checked for UTF-8 as its lines are read (makeTextLine): the
// whole input is read again only to find the line of an error.
func readLines(data []byte) ([]line, error) {
	if err := checkBinary(data); err != nil {
		return nil, err
	}
	if looksLikeHTML(data) {
		if err := checkUTF8(data); err != nil {
			return nil, err
		}
		return htmlLines(data), nil
	}
	lines, valid := textLines(data)
	if !valid {
		return nil, checkUTF8(data)
	}
	return lines, nil
}

// checkBinary rejects input that is not text: NUL bytes or mostly
// control characters (binary data). Errors name the line.
func checkBinary(data []byte) error {
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
	return nil
}

// checkUTF8 rejects invalid UTF-8, naming the line of the first
// invalid byte.
func checkUTF8(data []byte) error {
	if utf8.Valid(data) {
		return nil
	}
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n <= 1 {
			return &SyntaxError{Line: lineAt(data, i), Msg: "invalid UTF-8 (convert the file to UTF-8)"}
		}
		i += n
	}
	return nil
}

// lineAt returns the 1-based line of byte offset i.
func lineAt(data []byte, i int) int {
	return bytes.Count(data[:i], []byte{'\n'}) + 1
}

// textLines splits plain text into non-blank lines; valid is false,
// and lines nil, when data is not valid UTF-8.
func textLines(data []byte) (lines []line, valid bool) {
	// One copy of the whole input, which lines then share, instead of a
	// copy per line.
	text := strings.TrimPrefix(string(data), "\ufeff")
	// Room for every line at once: counting them is much cheaper than
	// growing the slice, which copies the lines made so far.
	out := make([]line, 0, strings.Count(text, "\n")+1)
	var spaced []spacedRow
	gap := false
	no := 0
	for len(text) > 0 {
		no++
		var raw string
		if i := strings.IndexByte(text, '\n'); i >= 0 {
			raw, text = text[:i], text[i+1:]
		} else {
			raw, text = text, ""
		}
		ln, cells, ok, valid := makeTextLine(raw, no)
		if !valid {
			return nil, false
		}
		if !ok {
			gap = true
			continue
		}
		ln.gap = gap
		gap = false
		if cells != nil {
			spaced = append(spaced, spacedRow{len(out), cells})
		}
		out = append(out, ln)
	}
	spacedTable(out, spaced)
	return out, true
}

// spacedRow is the space-aligned cells of the line at index i, which
// only textLines keeps: lines are many, and such rows few.
type spacedRow struct {
	i     int
	cells []string
}

// makeLine trims and collapses raw; ok is false for a blank line.
func makeLine(raw string, no int) (line, bool) {
	ln, _, ok, _ := makeTextLine(raw, no)
	return ln, ok
}

// makeTextLine is makeLine that also returns the cells of a row whose
// columns are aligned by spaces, for spacedTable, and reports whether
// raw is valid UTF-8, read with its spaces and facts (scanClean).
func makeTextLine(raw string, no int) (ln line, spaced []string, ok, valid bool) {
	indent := 0
	for _, r := range raw {
		if r == '\t' {
			indent += 4
		} else if isSpaceRune(r) {
			indent++
		} else {
			break
		}
	}
	text, f, clean := scanClean(raw)
	valid = true // a clean line is valid UTF-8
	if !clean {
		text, valid = collapseRuns(raw), utf8.ValidString(raw)
		f = factsOf(text)
	}
	if text == "" {
		return line{}, nil, false, valid
	}
	ln = line{no: no, text: text, indent: int32(min(indent, math.MaxInt32)), facts: f}
	if ln.facts.any(hasMarkup) {
		if plain, href := plainMarkdown(text); plain != text {
			if plain = trimSpace(plain); plain == "" {
				return line{}, nil, false, valid
			}
			ln.text, ln.facts = plain, factsOf(plain)
			m := lineMore{href: href}
			if t := italicTail(text); t != "" && strings.HasSuffix(plain, t) {
				m.italicTail = t
			}
			if m.href != "" || m.italicTail != "" {
				ln.more = &m
			}
		}
	}
	// A line scanClean left as it was (the same string, so the
	// comparison is quick) holds no tab.
	if text != raw {
		if cells := tabCells(raw); cells != nil {
			ln.newMore().cells = cells
		} else if strings.Contains(raw, "\u3000") {
			if parts := wideParts(raw); len(parts) >= 2 {
				ln.newMore().wide = parts
			}
		} else if strings.Contains(trimSpace(raw), "  ") {
			// (Spaces at the ends, as an indent, make no cells.)
			spaced = spacedCells(raw)
		}
	}
	return ln, spaced, true, valid
}

// spacedCells splits a row of a table printed as text, its columns
// aligned with runs of spaces, into cells: nil when there are not three,
// or two with a short second one.
// Whether the page is such a table is for spacedTable to say.
func spacedCells(raw string) []string {
	var cells []string
	for rest := trimSpace(raw); rest != ""; {
		i := strings.Index(rest, "  ")
		if i < 0 {
			cells = append(cells, collapseSpace(rest))
			break
		}
		cells = append(cells, collapseSpace(rest[:i]))
		rest = trimLeftMarks(rest[i:], " ")
	}
	if len(cells) == 2 && !endsSentence(cells[0]) && wordCountUpTo(cells[1], 6) <= 5 {
		// "Subject   Sender": a short second column. Prose set with two
		// spaces after its full stops makes no such rows.
		return cells
	}
	if len(cells) < 3 {
		return nil
	}
	return cells
}

// spacedTable takes the space-aligned cells of the lines for table cells
// when most lines of the page are rows of three cells or more: a table
// printed as text. One line with a wide gap is no table.
func spacedTable(lines []line, rows []spacedRow) {
	if len(rows) >= 3 && len(rows)*2 >= len(lines) {
		for _, r := range rows {
			lines[r.i].newMore().cells = r.cells
		}
		return
	}
	// Or a run of four rows or more in a row, of as many cells each:
	// a thread index between an archive's header and footer.
	for k := 0; k < len(rows); {
		j := k + 1
		for j < len(rows) && rows[j].i == rows[j-1].i+1 && len(rows[j].cells) == len(rows[k].cells) {
			j++
		}
		if j-k >= 4 {
			for _, r := range rows[k:j] {
				lines[r.i].newMore().cells = r.cells
			}
		} else {
			for _, r := range rows[k:j] {
				if menuRow(r.cells) {
					lines[r.i].newMore().menu = true
				}
			}
		}
		k = j
	}
}

// menuRow reports whether the cells of a row set apart by spaces are a
// site's menu: three links or more of a few words each, no sentence,
// a count in brackets at most ("Episodes (1,882)  Podcasts (96)").
func menuRow(cells []string) bool {
	if len(cells) < 3 {
		return false
	}
	for _, c := range cells {
		if b := strings.LastIndex(c, " ("); b > 0 && strings.HasSuffix(c, ")") {
			c = c[:b]
		}
		if c == "" || wordCountUpTo(c, 4) > 3 || indexDigit(c) >= 0 || strings.ContainsAny(c, ".!?:;,") {
			return false
		}
	}
	return true
}

// tabCells splits a row copied from a table, its cells set apart by tabs,
// into the non-empty cells; nil when there are not two.
func tabCells(raw string) []string {
	raw = trimSpace(raw)
	if strings.IndexByte(raw, '\t') < 0 {
		return nil
	}
	var cells []string
	for _, c := range strings.Split(raw, "\t") {
		if c = collapseSpace(c); c != "" {
			cells = append(cells, c)
		}
	}
	if len(cells) < 2 {
		return nil
	}
	return cells
}

// spaceOrNonASCII marks the bytes collapseSpace must look at closely.
var spaceOrNonASCII = func() (t [256]bool) {
	for c := range t {
		t[c] = c == ' ' || '\t' <= c && c <= '\r' || c >= utf8.RuneSelf
	}
	return t
}()

// collapseSpace trims s and replaces every run of white space (including
// no-break spaces) by one space.
func collapseSpace(s string) string {
	// Most lines need no change: check that first, without copying.
	if t, _, clean := scanClean(s); clean {
		return t
	}
	return collapseRuns(s)
}

// scanClean trims the ASCII white space off both ends of s and reports
// whether the rest needs no collapsing (clean): it holds no white space
// but single ' ', and no invalid UTF-8. A clean line's facts come from
// the same pass (f, zero otherwise): lines are read once, not once for
// each question.
func scanClean(s string) (t string, f facts, clean bool) {
	// Indented lines, or with a space left at the end, are clean too but
	// for the ends, which are cut off: the check reads the rest.
	s = trimASCIISpace(s)
	// prev is 0x80 when the byte before i is a space, as the high bit of
	// the byte before a word's first.
	var prev uint64
	for i := 0; i < len(s); {
		for ; i <= len(s)-8; i += 8 {
			// Eight ASCII bytes at once: clean unless they hold white
			// space other than ' ', or a space after a space.
			x := load64(s[i:])
			if x&highBits != 0 {
				break
			}
			// The spaces are the bytes that ' ' xors to 0: adding 0x7F
			// sets the high bit of the others, with no carry into the
			// next byte, as no byte has its high bit set. Subtracting
			// ' ' borrows through the high bit of the first byte below
			// it (and maybe of bytes above that one): white space other
			// than ' ' is looked for only among such control bytes,
			// which text rarely holds.
			sp := ^((x ^ ' '*lowBits) + 0x7F*lowBits) & highBits
			if ctl := (x - ' '*lowBits) & highBits; ctl|sp&(sp<<8|prev) != 0 {
				if sp&(sp<<8|prev) != 0 || holdsControlSpace(s[i:i+8]) {
					return s, 0, false
				}
			}
			f |= factsOf8(s[i : i+8])
			prev = sp >> 56
		}
		if i == len(s) {
			break
		}
		if i <= len(s)-8 {
			// The ASCII bytes before the first that is not, tested as
			// above: adding to a byte below 0x80 carries into no other,
			// so the bytes past them change none of theirs.
			x := load64(s[i:])
			if k := bits.TrailingZeros64(x&highBits) / 8; k > 0 {
				low := uint64(1)<<(8*k) - 1
				ws := (x + (0x80-'\t')*lowBits) &^ (x + (0x80-'\r'-1)*lowBits) & highBits & low
				sp := (x + (0x80-' ')*lowBits) &^ (x + (0x80-' '-1)*lowBits) & highBits & low
				if ws != 0 || sp&(sp<<8|prev) != 0 {
					return s, 0, false
				}
				for _, c := range []byte(s[i : i+k]) {
					f |= byteFacts[c]
				}
				prev = sp >> (8 * (k - 1)) & 0x80
				i += k
			}
		}
		// Of the bytes outside ASCII only lead bytes have facts (0xC2,
		// 0xE2), and of those only the first of a run of two-byte runes
		// can: the run's other lead bytes are 0xC3 to 0xDF.
		c := s[i]
		f |= byteFacts[c]
		if !spaceOrNonASCII[c] {
			prev = 0
			i++
			continue
		}
		if c < utf8.RuneSelf {
			sp := c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v'
			if sp && (prev != 0 || c != ' ') {
				return s, 0, false
			}
			prev = 0
			if sp {
				prev = 0x80
			}
			i++
			continue
		}
		if c >= 0xC3 && c <= 0xDF && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
			// A valid rune of two bytes past U+00BF (Cyrillic, Greek,
			// most accented Latin): no space; the two-byte spaces,
			// U+0085 and U+00A0, lead with 0xC2. A run of them (a word
			// of Cyrillic) is passed in one loop.
			prev = 0
			for i += 2; i+1 < len(s) && s[i] >= 0xC3 && s[i] <= 0xDF && s[i+1]&0xC0 == 0x80; i += 2 {
			}
			continue
		}
		if c == 0xE2 && i+2 < len(s) && s[i+1] == 0x80 && s[i+2]&0xC0 == 0x80 && s[i+2] > 0x8B && s[i+2] != 0xA8 && s[i+2] != 0xA9 && s[i+2] != 0xAF {
			// U+200C to U+203F but for the line and paragraph
			// separators and U+202F: dashes, quotes, bullets, none a
			// space or the zero-width space.
			prev = 0
			i += 3
			continue
		}
		r, n := decodeRune(s[i:])
		if r == utf8.RuneError && n == 1 || isSpaceRune(r) || r == '\u200b' || r == '\ufeff' {
			return s, 0, false // invalid bytes are replaced, spaces collapsed
		}
		prev = 0
		i += n
	}
	return s, f, true
}

// holdsControlSpace reports whether s holds white space among the
// control bytes, '\t' to '\r'. (A loop, not a test on eight bytes at
// once, whose constants the compiler would load on scanClean's every
// round.)
func holdsControlSpace(s string) bool {
	for _, c := range []byte(s) {
		if '\t' <= c && c <= '\r' {
			return true
		}
	}
	return false
}

// collapseRuns is collapseSpace on a line that is not clean.
func collapseRuns(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	pending := false
	for i := 0; i < len(s); {
		// A run of ASCII bytes other than white space is copied at once,
		// not rune by rune.
		j := i
		for j < len(s) && !spaceOrNonASCII[s[j]] {
			j++
		}
		r, n := rune(0), 0
		if j == i {
			r, n = decodeRune(s[i:])
			if isSpaceRune(r) || r == '\u200b' || r == '\ufeff' {
				pending = b.Len() > 0
				i += n
				continue
			}
		}
		if pending {
			b.WriteByte(' ')
			pending = false
		}
		if j > i {
			b.WriteString(s[i:j])
			i = j
			continue
		}
		b.WriteRune(r) // an invalid byte becomes U+FFFD, as ranging over s has it
		i += n
	}
	return b.String()
}

// trimASCIISpace cuts the ASCII white space (' ' and '\t' to '\r') off
// both ends of s.
func trimASCIISpace(s string) string {
	for len(s) > 0 && (s[0] == ' ' || '\t' <= s[0] && s[0] <= '\r') {
		s = s[1:]
	}
	for len(s) > 0 && (s[len(s)-1] == ' ' || '\t' <= s[len(s)-1] && s[len(s)-1] <= '\r') {
		s = s[:len(s)-1]
	}
	return s
}

// Case folding without allocation. The classifiers compare most lines
// against word lists; lower-casing each line into a new string for that
// dominated parsing time. These helpers give exactly what
// strings.ToLower would (rune by rune through unicode.ToLower, invalid
// bytes as U+FFFD), but write into a caller's buffer or compare as they go.

// appendLower appends strings.ToLower(s) to dst.
func appendLower(dst []byte, s string) []byte {
	for i := 0; i < len(s); {
		// Eight ASCII bytes at a time: a byte from 'A' to 'Z' gains
		// 0x20. No byte below 0x80 carries into the next when 0x3F or
		// 0x25 is added, so each byte's high bit tells its own
		// comparison.
		ascii := len(s) - i // the ASCII bytes from i, as far as known
		if ascii >= 8 {
			x := load64(s[i:])
			if x&highBits == 0 {
				atLeastA := (x + 0x3F*lowBits) & highBits // byte >= 'A'
				pastZ := (x + 0x25*lowBits) & highBits    // byte > 'Z'
				dst = binary.LittleEndian.AppendUint64(dst, x|(atLeastA&^pastZ)>>2)
				i += 8
				continue
			}
			ascii = bits.TrailingZeros64(x&highBits) / 8
		}
		// Byte by byte up to the first rune outside ASCII, which is
		// decoded; then eight bytes at a time again.
		for end := i + ascii; i < end; i++ {
			c := s[i]
			if c >= utf8.RuneSelf {
				break
			}
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
		}
		if i+1 < len(s) && s[i] >= 0xC2 && s[i] < 0xE0 && s[i+1]&0xC0 == 0x80 {
			// A rune of two bytes, mostly to one of two bytes.
			l := lowerTwoByte[rune(s[i]&0x1F)<<6|rune(s[i+1]&0x3F)]
			if l >= 0x80 && l < 0x800 {
				dst = append(dst, 0xC0|byte(l>>6), 0x80|byte(l&0x3F))
			} else {
				dst = utf8.AppendRune(dst, rune(l))
			}
			i += 2
		} else if i+2 < len(s) && s[i] == 0xE2 && s[i+1]&0xFE == 0x80 && s[i+2]&0xC0 == 0x80 {
			// U+2000 to U+207F, dashes and quotes most: no case to map,
			// and no call to decode them.
			dst = append(dst, s[i:i+3]...)
			i += 3
		} else if i < len(s) && s[i] >= utf8.RuneSelf {
			r, n := decodeRune(s[i:])
			dst = utf8.AppendRune(dst, toLower(r))
			i += n
		}
	}
	return dst
}

// toLower is unicode.ToLower, from a table for the runes of two UTF-8
// bytes (Latin, Greek, Cyrillic): unicode.ToLower searches its case
// ranges for each, and Russian or Kazakh text is made of them.
func toLower(r rune) rune {
	if r < rune(len(lowerTwoByte)) {
		return rune(lowerTwoByte[r])
	}
	return unicode.ToLower(r)
}

// lowerTwoByte maps each rune below U+0800 to its lower case, all of
// which are below U+10000.
var lowerTwoByte = func() (t [0x800]uint16) {
	for r := range t {
		l := unicode.ToLower(rune(r))
		if l > 0xFFFF {
			panic("listing: a lower case outside uint16")
		}
		t[r] = uint16(l)
	}
	return t
}()

const (
	lowBits  = 0x0101010101010101 // 1 in every byte
	highBits = 0x8080808080808080 // the high bit of every byte
)

// load64 reads the first eight bytes of s as a little-endian word.
func load64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// hasPrefixFold reports whether strings.ToLower(s) starts with prefix,
// lower-casing only as much of s as it needs.
func hasPrefixFold(s, prefix string) bool {
	_, ok, _ := foldPrefix(s, prefix)
	return ok
}

// indexFold returns where in s the lower-case phrase p starts, matched
// case-insensitively, the first match or (last) the last; -1 if none.
// ls is s lower-cased: its offsets are s's when lower-casing kept every
// rune's length, and otherwise ("İ", "K") s is searched rune by rune.
func indexFold(s string, ls []byte, p string, last bool) int {
	if len(ls) == len(s) {
		if last {
			return bytes.LastIndex(ls, []byte(p))
		}
		return bytes.Index(ls, []byte(p))
	}
	at := -1
	for i := 0; i < len(s); i++ {
		if utf8.RuneStart(s[i]) && hasPrefixFold(s[i:], p) {
			if !last {
				return i
			}
			at = i
		}
	}
	return at
}

// foldEqual reports whether s lower-cases to exactly p, compared rune by
// rune as hasPrefixFold compares them.
func foldEqual(s, p string) bool {
	n, ok, whole := foldPrefix(s, p)
	return ok && whole && n == len(s)
}

// foldPrefix matches p against strings.ToLower(s) from the start. ok
// reports whether p is a prefix of it; n is how many bytes of s were
// lower-cased to match it, and whole whether p ends where a lower-cased
// rune ends rather than inside one.
func foldPrefix(s, p string) (n int, ok, whole bool) {
	i, j := 0, 0
	for j < len(p) {
		if i >= len(s) {
			return i, false, false
		}
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			if p[j] != c {
				return i, false, false
			}
			i++
			j++
			continue
		}
		r, size := decodeRune(s[i:])
		i += size
		var buf [utf8.UTFMax]byte
		k := utf8.EncodeRune(buf[:], toLower(r))
		for _, b := range buf[:k] {
			if j == len(p) {
				return i, true, false
			}
			if p[j] != b {
				return i, false, false
			}
			j++
		}
	}
	return i, true, true
}

// lowerFirstByte returns the first byte of strings.ToLower(s), 0 for "".
// Word lists are indexed by it to skip the words that cannot match.
func lowerFirstByte(s string) byte {
	if s == "" {
		return 0
	}
	c := s[0]
	if c < utf8.RuneSelf {
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		return c
	}
	r, _ := decodeRune(s)
	var buf [utf8.UTFMax]byte
	utf8.EncodeRune(buf[:], toLower(r))
	return buf[0]
}

// wordIndex holds a word list split by first byte, each part in list
// order, so that a lookup tries only the words that can match.
type wordIndex [256][]string

func indexWords(words []string) *wordIndex {
	var ix wordIndex
	for _, w := range words {
		ix[w[0]] = append(ix[w[0]], w)
	}
	return &ix
}

// runesOver reports whether s has more than n runes. A rune is one to
// four bytes, so the length alone settles most strings uncounted.
func runesOver(s string, n int) bool {
	return len(s) > n && (len(s) > 4*n || utf8.RuneCountInString(s) > n)
}

// isSpaceRune is unicode.IsSpace without its table search: Unicode's
// white space is the few runes listed here (unicode.White_Space).
func isSpaceRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || '\t' <= r && r <= '\r'
	}
	switch {
	case r < 0x1680:
		return r == 0x85 || r == 0xA0
	case r < 0x2000:
		return r == 0x1680
	case r <= 0x200A:
		return true
	}
	return r == 0x2028 || r == 0x2029 || r == 0x202F || r == 0x205F || r == 0x3000
}

// nextField returns the bounds of the first field of s[i:] as
// strings.Fields splits (runs of non-space), or start == len(s) when none
// is left.
func nextField(s string, i int) (start, end int) {
skip:
	for i < len(s) {
		switch byteClass[s[i]] {
		case classOther:
			break skip
		case classSpace:
			i++
			continue
		}
		r, n := decodeRune(s[i:])
		if !isSpaceRune(r) {
			break
		}
		i += n
	}
	start = i
	for i < len(s) {
		if i <= len(s)-8 {
			// Eight bytes at a time to the first space or byte that
			// may start a space outside ASCII (ASCII alone, mostly,
			// needs the simpler test).
			x := load64(s[i:])
			m := asciiSpaces(x)
			if x&highBits != 0 {
				m = spaceOrSpaceLead(x)
			}
			if m == 0 {
				i += 8
				continue
			}
			i += bits.TrailingZeros64(m) / 8
		}
		switch byteClass[s[i]] {
		case classOther:
			i++
			continue
		case classSpace:
			return start, i
		}
		r, n := decodeRune(s[i:])
		if isSpaceRune(r) {
			break
		}
		i += n
	}
	return start, i
}

// Byte classes for splitting at white space: ASCII spaces, other bytes,
// and the bytes that lead the white space outside ASCII (0xC2, 0xE1 to
// 0xE3), whose rune must be decoded. Any other byte outside ASCII is no
// space, and steps on as decoding would: a rune's continuation bytes
// lead none, and a bad byte decodes to one byte of U+FFFD.
const (
	classOther = iota
	classSpace
	classRune
)

var byteClass = func() (t [256]uint8) {
	for c := range t {
		switch {
		case spaceLead(byte(c)):
			t[c] = classRune
		case c < utf8.RuneSelf && isSpaceRune(rune(c)):
			t[c] = classSpace
		}
	}
	return t
}()

// spaceLead reports whether c leads a white space rune outside ASCII
// (U+0085, U+00A0, U+1680, U+2000–U+3000).
func spaceLead(c byte) bool { return c == 0xC2 || 0xE1 <= c && c <= 0xE3 }

// spaceOrSpaceLead marks (with its high bit) each byte of x that is an
// ASCII space (as asciiSpaces) or spaceLead. It works on the low seven
// bits of each byte, where adding up to 0x80 carries into no other.
func spaceOrSpaceLead(x uint64) uint64 {
	x7 := x &^ highBits
	sp := (x7 + (0x80-' ')*lowBits) &^ (x7 + (0x80-' '-1)*lowBits)
	ctl := (x7 + (0x80-'\t')*lowBits) &^ (x7 + (0x80-'\r'-1)*lowBits)
	notC2 := (x7 ^ 0x42*lowBits) + 0x7F*lowBits // high bit clear where x7 is 0x42
	e1e3 := (x7 + (0x80-0x61)*lowBits) &^ (x7 + (0x80-0x63-1)*lowBits)
	return ((sp|ctl)&^x | (^notC2|e1e3)&x) & highBits
}

// fieldBounds sets starts and ends to the bounds of the first fields of
// s, as nextField finds them, up to len(starts) of them (ends is as
// long), and returns how many it found. Eight ASCII bytes a round, it
// marks where the white space starts and stops, instead of a call for
// each field.
func fieldBounds(s string, starts, ends []int) int {
	n, inField := 0, false
	for i := 0; i < len(s); {
		if i <= len(s)-8 {
			x := load64(s[i:])
			if x&highBits == 0 {
				// A field starts or ends where a byte's white space
				// differs from the byte's before it (white space before
				// the first when no field is open).
				sp := asciiSpaces(x)
				before := sp << 8
				if !inField {
					before |= 0x80
				}
				for t := sp ^ before; t != 0; t &= t - 1 {
					p := i + bits.TrailingZeros64(t)/8
					if inField {
						if ends[n] = p; n+1 == len(starts) {
							return n + 1
						}
						n++
					} else {
						starts[n] = p
					}
					inField = !inField
				}
				i += 8
				continue
			}
			// Bytes outside ASCII: those before the first that may
			// start white space are in a field.
			m := spaceOrSpaceLead(x)
			k := 8
			if m != 0 {
				k = bits.TrailingZeros64(m) / 8
			}
			if k > 0 {
				if !inField {
					starts[n], inField = i, true
				}
				i += k
				continue
			}
		}
		size, space := 1, false
		switch byteClass[s[i]] {
		case classSpace:
			space = true
		case classRune:
			var r rune
			r, size = decodeRune(s[i:])
			space = isSpaceRune(r)
		}
		if space == inField {
			if inField {
				if ends[n] = i; n+1 == len(starts) {
					return n + 1
				}
				n++
			} else {
				starts[n] = i
			}
			inField = !inField
		}
		i += size
	}
	if inField {
		ends[n] = len(s)
		n++
	}
	return n
}

// lastIndexPair is strings.LastIndex(s, string([]byte{a, b})) for a
// byte a rarer than b, as in ", ": strings.LastIndex hashes every byte,
// where this looks at each a alone.
func lastIndexPair(s string, a, b byte) int {
	for end := len(s) - 1; end > 0; {
		i := strings.LastIndexByte(s[:end], a)
		if i < 0 {
			return -1
		}
		if s[i+1] == b {
			return i
		}
		end = i
	}
	return -1
}

// trimSpace is strings.TrimSpace, which falls back on TrimFunc, calling
// unicode.IsSpace rune by rune, at an end with a byte outside ASCII (a
// quote, an ellipsis, a Cyrillic letter): here such an end's rune alone
// is decoded and tested.
func trimSpace(s string) string {
	start := 0
	for start < len(s) {
		if c := s[start]; c < utf8.RuneSelf {
			if byteClass[c] != classSpace {
				break
			}
			start++
			continue
		}
		r, n := decodeRune(s[start:])
		if !isSpaceRune(r) {
			break
		}
		start += n
	}
	stop := len(s)
	for stop > start {
		if c := s[stop-1]; c < utf8.RuneSelf {
			if byteClass[c] != classSpace {
				break
			}
			stop--
			continue
		}
		r, n := utf8.DecodeLastRuneInString(s[start:stop])
		if !isSpaceRune(r) {
			break
		}
		stop -= n
	}
	return s[start:stop]
}

// appendFields appends to dst the first max fields of s, as strings.Fields
// would split it, without allocating beyond dst.
func appendFields(dst []string, s string, max int) []string {
	for i, n := 0, 0; n < max; n++ {
		a, b := nextField(s, i)
		if a == len(s) {
			break
		}
		dst = append(dst, s[a:b])
		i = b
	}
	return dst
}

// wideParts splits raw at its ideographic spaces, leaving out the empty
// parts.
func wideParts(raw string) []string {
	var parts []string
	for p := range strings.SplitSeq(raw, "\u3000") {
		if p = collapseSpace(p); p != "" {
			parts = append(parts, p)
		}
	}
	return parts
}
