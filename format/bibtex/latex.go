package bibtex

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// accents maps LaTeX accent commands to Unicode combining marks. The
// letter and the mark are composed by NFC at the end, so \'e and \'{e}
// both become é, and an accent on a letter Unicode has no precomposed
// form for still renders.
var accents = map[string]rune{
	"'": '\u0301', "`": '\u0300', "^": '\u0302', "\"": '\u0308', "~": '\u0303',
	"=": '\u0304', ".": '\u0307', "u": '\u0306', "v": '\u030C', "H": '\u030B',
	"c": '\u0327', "d": '\u0323', "b": '\u0331', "k": '\u0328', "r": '\u030A',
	"t": '\u0361',
}

// symbols maps argument-less LaTeX commands to text.
var symbols = map[string]string{
	"ss": "ß", "o": "ø", "O": "Ø", "aa": "å", "AA": "Å", "ae": "æ", "AE": "Æ",
	"oe": "œ", "OE": "Œ", "i": "ı", "j": "ȷ", "l": "ł", "L": "Ł", "dh": "ð",
	"DH": "Ð", "th": "þ", "TH": "Þ", "ng": "ŋ", "NG": "Ŋ", "dj": "đ", "DJ": "Đ",
	"&": "&", "%": "%", "$": "$", "#": "#", "_": "_", "{": "{", "}": "}",
	"textendash": "–", "textemdash": "—", "dots": "…", "ldots": "…",
	"textellipsis": "…", "S": "§", "P": "¶", "copyright": "©",
	"textcopyright": "©", "pounds": "£", "textsterling": "£", "euro": "€",
	"texteuro": "€", "textregistered": "®", "texttrademark": "™",
	"textdegree": "°", "textmu": "µ", "textquoteleft": "‘",
	"textquoteright": "’", "textquotedblleft": "“", "textquotedblright": "”",
	"guillemotleft": "«", "guillemotright": "»", "textbackslash": "\\",
	"textasciitilde": "~", "textbar": "|", "textless": "<", "textgreater": ">",
	"LaTeX": "LaTeX", "TeX": "TeX", "BibTeX": "BibTeX", "textperiodcentered": "·",
	"textbullet": "•", "textdagger": "†",
	// Spacing: all of it becomes one ordinary space.
	",": " ", ";": " ", ":": " ", " ": " ", "quad": " ", "qquad": " ",
	"enspace": " ", "thinspace": " ", "\\": " ", "newline": " ", "par": " ",
	"-": "", "!": "", "/": "", "relax": "", "protect": "", "noindent": "", "hyp": "-",
	// Math that turns up in titles.
	"mu": "μ", "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ",
	"epsilon": "ε", "varepsilon": "ε", "zeta": "ζ", "eta": "η", "theta": "θ",
	"kappa": "κ", "lambda": "λ", "nu": "ν", "xi": "ξ", "pi": "π", "rho": "ρ",
	"sigma": "σ", "tau": "τ", "phi": "φ", "varphi": "φ", "chi": "χ", "psi": "ψ",
	"omega": "ω", "Gamma": "Γ", "Delta": "Δ", "Theta": "Θ", "Lambda": "Λ",
	"Pi": "Π", "Sigma": "Σ", "Phi": "Φ", "Psi": "Ψ", "Omega": "Ω",
	"pm": "±", "mp": "∓", "times": "×", "cdot": "·", "div": "÷", "leq": "≤",
	"le": "≤", "geq": "≥", "ge": "≥", "neq": "≠", "ne": "≠", "approx": "≈",
	"sim": "∼", "simeq": "≃", "equiv": "≡", "infty": "∞", "to": "→",
	"rightarrow": "→", "leftarrow": "←", "Rightarrow": "⇒", "deg": "°",
	"circ": "°", "partial": "∂", "nabla": "∇", "sqrt": "√", "prime": "′",
	"ell": "ℓ", "hbar": "ℏ", "cdots": "⋯", "in": "∈", "subset": "⊂",
	"cup": "∪", "cap": "∩", "forall": "∀", "exists": "∃", "neg": "¬",
	"wedge": "∧", "vee": "∨", "langle": "⟨", "rangle": "⟩",
}

// quoting commands print their argument between curly quotes.
var quoting = map[string]bool{"enquote": true, "mkbibquote": true, "textquote": true}

// skipArg commands print nothing of their argument: sort keys and the like.
var skipArg = map[string]bool{"noopsort": true, "sortkey": true, "hyphenation": true, "label": true, "cite": true, "nocite": true}

var superscripts = map[rune]rune{'0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹', '+': '⁺', '-': '⁻', 'n': 'ⁿ'}
var subscripts = map[rune]rune{'0': '₀', '1': '₁', '2': '₂', '3': '₃', '4': '₄', '5': '₅', '6': '₆', '7': '₇', '8': '₈', '9': '₉', '+': '₊', '-': '₋'}

// toUnicode turns a BibTeX field value into plain text: accents and
// symbols to Unicode, formatting commands dropped with their argument
// kept, case-protecting braces removed, dashes and quotes typeset as LaTeX
// would, and white space collapsed. It is one pass with an explicit stack,
// so deeply nested braces cost linear time and no recursion.
func toUnicode(s string) string {
	if !strings.ContainsAny(s, "\\{}~$-`'\n\t\r ") {
		return s
	}
	var b strings.Builder
	// closers holds what each open brace prints when it closes: "" for a
	// plain group, a quote for \enquote{…}, and skip marks for a group
	// whose text must not print.
	var closers []string
	skipping := 0 // depth inside a skipped group, 0 when printing
	math := false
	script := rune(0) // '^' or '_' when the next math atom is raised or lowered
	space := false
	emit := func(t string) {
		if skipping > 0 {
			return
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteString(t)
	}
	emitRune := func(r rune) {
		if script != 0 {
			tbl := superscripts
			if script == '_' {
				tbl = subscripts
			}
			if m, ok := tbl[r]; ok {
				r = m
			}
		}
		emit(string(r))
	}
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == '\\':
			name, n := commandName(s[i+1:])
			i += 1 + n
			if name == "" {
				continue
			}
			if mark, ok := accents[name]; ok {
				base, rest, m := accentArg(s[i:])
				i += m
				if base != "" {
					emit(base + string(mark) + rest)
				}
				continue
			}
			if isLetterName(name) {
				// A control word eats the spaces after it.
				for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
					i++
				}
			}
			if t, ok := symbols[name]; ok {
				if t == " " {
					space = true
				} else {
					emit(t)
				}
				continue
			}
			if i < len(s) && s[i] == '{' {
				switch {
				case quoting[name]:
					emit("“")
					closers = append(closers, "”")
					i++
					continue
				case skipArg[name]:
					closers = append(closers, "\x00skip")
					skipping++
					i++
					continue
				}
			}
			// Any other command (\emph, \textbf, \url, \mbox…) is dropped
			// and its argument printed as text.
		case c == '{':
			closers = append(closers, "")
			i++
		case c == '}':
			if n := len(closers); n > 0 {
				cl := closers[n-1]
				closers = closers[:n-1]
				if cl == "\x00skip" {
					skipping--
				} else if cl != "" {
					emit(cl)
				}
			}
			i++
			script = 0
		case c == '$':
			math = !math
			script = 0
			i++
		case math && (c == '^' || c == '_'):
			script = rune(c)
			i++
			if i < len(s) && s[i] != '{' {
				r, n := utf8.DecodeRuneInString(s[i:])
				emitRune(r)
				script = 0
				i += n
			}
		case c == '~':
			space = true
			i++
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			space = true
			i++
		case c == '-' && strings.HasPrefix(s[i:], "---"):
			emit("—")
			i += 3
		case c == '-' && strings.HasPrefix(s[i:], "--"):
			emit("–")
			i += 2
		case c == '`' && strings.HasPrefix(s[i:], "``"):
			emit("“")
			i += 2
		case c == '\'' && strings.HasPrefix(s[i:], "''"):
			emit("”")
			i += 2
		default:
			r, n := utf8.DecodeRuneInString(s[i:])
			if r == '\u00a0' {
				space = true
			} else {
				emitRune(r)
			}
			i += n
		}
	}
	return norm.NFC.String(b.String())
}

// commandName reads the name after a backslash: a run of letters, or one
// other character. It returns the name and the bytes it took.
func commandName(s string) (string, int) {
	if s == "" {
		return "", 0
	}
	n := 0
	for n < len(s) && isASCIILetter(s[n]) {
		n++
	}
	if n > 0 {
		return s[:n], n
	}
	_, size := utf8.DecodeRuneInString(s)
	return s[:size], size
}

// accentArg reads an accent's argument: a letter, {letter}, {\i} or a
// control word such as \i, after optional spaces. It returns the letter to accent, any text after
// it inside the braces, and the bytes taken.
func accentArg(s string) (base, rest string, n int) {
	// TeX skips spaces before an undelimited argument, so "\' e" and
	// "\c c" both take the letter.
	i := 0
	for i < len(s) && s[i] == ' ' {
		i++
	}
	braced := false
	if i < len(s) && s[i] == '{' {
		braced = true
		i++
	}
	if i >= len(s) || (!braced && (s[i] == '}' || s[i] == '{')) {
		// No argument, as in JabRef's "{\d}": print nothing rather than
		// swallow the brace.
		return "", "", i
	}
	switch {
	case s[i] == '\\':
		name, n := commandName(s[i+1:])
		i += 1 + n
		switch name {
		case "i":
			base = "i"
		case "j":
			base = "j"
		default:
			base = symbols[name]
		}
	case braced && s[i] == '}':
		// \"{} prints the bare accent; we print nothing.
	default:
		r, n := utf8.DecodeRuneInString(s[i:])
		base = string(r)
		i += n
	}
	if braced {
		// Take the rest of the group as text after the accented letter,
		// so \t{oo} keeps its second o.
		j := i
		for j < len(s) && s[j] != '}' && s[j] != '{' && s[j] != '\\' {
			j++
		}
		rest = s[i:j]
		i = j
		if i < len(s) && s[i] == '}' {
			i++
		}
	}
	return base, rest, i
}

func isLetterName(name string) bool { return name != "" && isASCIILetter(name[0]) }

func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
