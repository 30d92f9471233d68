package export

import (
	"bufio"
	"fmt"
	"strconv"
	"strings"

	"github.com/labor-annals/annals"
)

// bibEncoder writes UTF-8 BibTeX that BibTeX, biber and format/bibtex all
// read.
//
//   - @article with journal = source when there is a source, else @misc;
//   - keys from keyer (levine2020kazakhstan, then …a, …b on collision);
//   - author names joined with " and "; a name that is not a clear
//     personal name (an organisation, one holding a comma or the word
//     "and") is wrapped in braces so that it stays one name, kept whole;
//   - the title is wrapped in a second pair of braces, so styles do not
//     change its case (proper names, acronyms, Cyrillic);
//   - the date as biblatex's date = {YYYY[-MM[-DD]]} at its precision,
//     plus classic year = {YYYY} and month = jan … dec when known;
//   - abstract, url (verbatim, as biblatex reads urls), language (the
//     BCP 47 tag) and keywords (topic slugs).
//
// Text is escaped by bibText. Runs of white space, line breaks included,
// become one space: BibTeX cannot carry them.
type bibEncoder struct {
	keys *keyer
}

var monthMacro = [...]string{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"}

func (e *bibEncoder) begin(*bufio.Writer) error { return nil }

func (e *bibEncoder) item(w *bufio.Writer, r *annals.Record) error {
	typ := "misc"
	if r.Source != "" {
		typ = "article"
	}
	fmt.Fprintf(w, "@%s{%s,\n", typ, e.keys.key(r))
	field := func(name, braced string) {
		fmt.Fprintf(w, "  %s = {%s},\n", name, braced)
	}
	if len(r.Authors) > 0 {
		names := make([]string, len(r.Authors))
		for i, a := range r.Authors {
			names[i] = bibName(a)
		}
		field("author", strings.Join(names, " and "))
	}
	if r.Title != "" {
		field("title", "{"+bibText(r.Title)+"}")
	}
	if r.Source != "" {
		field("journal", bibText(r.Source))
	}
	if !r.Date.IsZero() {
		field("date", r.Date.String())
		field("year", strconv.Itoa(r.Date.Year))
		if r.Date.Precision >= annals.PrecisionMonth {
			// A bare month macro, as BibTeX styles expect.
			fmt.Fprintf(w, "  month = %s,\n", monthMacro[r.Date.Month-1])
		}
	}
	if r.Summary != "" {
		field("abstract", bibText(r.Summary))
	}
	if r.URL != "" {
		field("url", bibURL(r.URL))
	}
	if r.Language != "" {
		field("language", bibText(r.Language))
	}
	if len(r.Topics) > 0 {
		field("keywords", bibText(strings.Join(r.Topics, ", ")))
	}
	_, err := w.WriteString("}\n\n")
	return err
}

func (e *bibEncoder) end(*bufio.Writer) error { return nil }

// bibName escapes one author name, braced unless it is a clear personal
// name that BibTeX's name parser splits as we do.
func bibName(n string) string {
	n = strings.Join(strings.Fields(n), " ")
	t := bibText(n)
	if _, _, ok := splitName(n); ok {
		return t
	}
	return "{" + t + "}"
}

// bibURL writes a URL verbatim, except braces, which would unbalance the
// field and are not legal in a URL anyway: they are percent-encoded.
func bibURL(u string) string {
	return strings.NewReplacer("{", "%7B", "}", "%7D", "\\", "%5C", " ", "%20").Replace(u)
}

// bibText escapes plain text for a braced BibTeX value so that it prints
// as s in LaTeX and reads back as s through format/bibtex:
//
//   - \ { } % & # $ _ become \textbackslash{} \{ \} \% \& \# \$ \_ and ~
//     becomes \textasciitilde{} (the {} stops the command eating the
//     space after it);
//   - ligatures that TeX would make are broken with {}: -- and --- (en
//     and em dashes), “ and ” (curly quotes);
//   - ^ is left as it is. LaTeX's \^{} and \textasciicircum{} are what a
//     LaTeX document wants, but format/bibtex reads both as nothing, and
//     round-tripping our own exports comes first; in text ^ only breaks
//     LaTeX, never BibTeX or biber;
//   - white space is collapsed, as every BibTeX reader does.
//
// BibTeX pairs braces without regard to backslashes, so an unpaired
// \{ or \} would end the field early. When escaped braces do not pair up,
// the missing partners are added inside \noopsort{…}, whose argument is
// never printed (a document using such a record needs the usual
// \providecommand{\noopsort}[1]{}).
func bibText(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	var b strings.Builder
	depth, low := 0, 0
	rs := []rune(s)
	for i, c := range rs {
		next := rune(0)
		if i+1 < len(rs) {
			next = rs[i+1]
		}
		switch c {
		case '\\':
			b.WriteString(`\textbackslash{}`)
		case '{':
			b.WriteString(`\{`)
			depth++
		case '}':
			b.WriteString(`\}`)
			depth--
			low = min(low, depth)
		case '%', '&', '#', '$', '_':
			b.WriteByte('\\')
			b.WriteRune(c)
		case '~':
			b.WriteString(`\textasciitilde{}`)
		case '-', '`', '\'':
			b.WriteRune(c)
			if next == c {
				b.WriteString("{}")
			}
		default:
			b.WriteRune(c)
		}
	}
	out := b.String()
	if open := -low; open > 0 {
		out = `\noopsort{` + strings.Repeat(`\{`, open) + "}" + out
	}
	if closeN := depth - low; closeN > 0 {
		out += `\noopsort{` + strings.Repeat(`\}`, closeN) + "}"
	}
	return out
}
