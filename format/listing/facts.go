package listing

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
)

// byteFacts maps each byte to the facts it makes true.
var byteFacts = func() (t [256]facts) {
	for c := '0'; c <= '9'; c++ {
		t[c] = hasDigit
	}
	t['.'], t['-'], t['/'], t['|'], t[']'], t['y'] = hasDot, hasDash, hasSlash, hasPipe, hasCloseBracket, hasY
	t[0xC2], t[0xE2] = hasC2, hasE2
	return t
}()

// factsOf reads the facts of s.
func factsOf(s string) facts {
	var f facts
	for i := 0; i < len(s); i++ {
		f |= byteFacts[s[i]]
	}
	return f
}

// any reports whether f holds any of g.
func (f facts) any(g facts) bool { return f&g != 0 }

// fieldSepFacts are the bytes some field separator (fieldSeps,
// weakFieldSeps) needs.
const fieldSepFacts = hasPipe | hasSlash | hasDash | hasC2 | hasE2
