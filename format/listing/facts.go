package listing

import "strconv"

// facts record which bytes a line holds, read in one pass when the line
// is made. Most probes need some byte to match at all (a date needs a
// digit, a field separator a '|' or a dash); classify skips the probes
// whose bytes a line lacks instead of letting each scan the line to find
// that out. A line's facts hold for every part of it too.
type facts uint16

const (
	hasDigit        facts = 1 << iota // 0-9
	hasDot                            // .
	hasDash                           // -
	hasSlash                          // /
	hasPipe                           // |
	hasCloseBracket                   // ]
	hasY                              // y, as in " By "
	hasC2                             // lead byte of "·" (U+00B7)
	hasE2                             // lead byte of "–", "—", "•", "❘" (U+2000–U+2FFF)
	hasMarkup                         // * _ [ #, which Markdown marks up with
	hasParen                          // (
	hasQuote                          // ' "
	hasComma                          // ,
	hasColon                          // :
)

// commonFacts are of bytes too common in text to tell much: needFacts
// leaves them out of a mark that has others.
const commonFacts = hasComma | hasColon

// byteFacts maps each byte to the facts it makes true.
var byteFacts = func() (t [256]facts) {
	for c := '0'; c <= '9'; c++ {
		t[c] = hasDigit
	}
	t['.'], t['-'], t['/'], t['|'], t[']'], t['y'] = hasDot, hasDash, hasSlash, hasPipe, hasCloseBracket, hasY
	t[0xC2], t[0xE2] = hasC2, hasE2
	t['*'], t['_'], t['['], t['#'] = hasMarkup, hasMarkup, hasMarkup, hasMarkup
	t['('], t['\''], t['"'] = hasParen, hasQuote, hasQuote
	t[','], t[':'] = hasComma, hasColon
	return t
}()

// factsOf reads the facts of s.
func factsOf(s string) facts {
	var f facts
	i := 0
	for ; i <= len(s)-8; i += 8 {
		f |= factsOf8(s[i : i+8])
	}
	for ; i < len(s); i++ {
		f |= byteFacts[s[i]]
	}
	return f
}

// factsOf8 reads the facts of the first eight bytes of b. Eight bytes a
// round: the loop's own work is most of the cost of one.
func factsOf8(b string) facts {
	_ = b[7]
	t := &wideFacts
	return facts(t[b[0]] | t[b[1]] | t[b[2]] | t[b[3]] | t[b[4]] | t[b[5]] | t[b[6]] | t[b[7]])
}

// wideFacts is byteFacts widened to 32 bits, which an OR can take
// straight from memory.
var wideFacts = func() (t [256]uint32) {
	for c, f := range byteFacts {
		t[c] = uint32(f)
	}
	return t
}()

// any reports whether f holds any of g.
func (f facts) any(g facts) bool { return f&g != 0 }

// needFacts returns the facts a line needs to hold one of marks: any of
// those of each mark. A mark with no byte facts track would make every
// line a candidate, and is refused where the lists are made.
func needFacts(marks ...[]string) facts {
	var f facts
	for _, ms := range marks {
		for _, m := range ms {
			g := factsOf(m)
			if g&^commonFacts != 0 {
				g &^= commonFacts
			}
			if g == 0 {
				panic("listing: no byte of " + strconv.Quote(m) + " is among the facts; add one to byteFacts")
			}
			f |= g
		}
	}
	return f
}

// The facts a line needs for a field separator (fieldedMeta), for one of
// fieldSeps (dateFieldLead) and for a citation mark (inlineCitation).
var (
	fieldSepFacts     = needFacts(fieldSeps, weakFieldSeps)
	strongSepFacts    = needFacts(fieldSeps)
	citationMarkFacts = needFacts(citationMarks)
)
