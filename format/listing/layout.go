package listing

import (
	"fmt"
	"strings"
)

// Layout describes the repeating pattern of entries the parser inferred.
type Layout struct {
	// Start is the kind of line that begins each entry: "title", "date",
	// "byline", "name", "citation", "list item" or "paragraph".
	Start string
	// Pattern is the most common sequence of line kinds in an entry, in
	// the letters T title, P prose, D date, B byline, N name, M lead+text,
	// U link; "t" is a title carrying a date or source on its line.
	Pattern string
	// Blocks reports that entries are separated by blank lines.
	Blocks bool
	// RunTogether reports one line per entry with title and teaser run
	// together, split by the parser.
	RunTogether bool
	// Header counts the lines before the first entry (heading, notice).
	Header int
	// Entries counts the entries found; Regular those matching Pattern.
	Entries, Regular int
	// Order is "newest first", "oldest first" or "".
	Order string
	// Rejected says why the input was not taken for a listing, when it
	// was not.
	Rejected string
}

var patternWords = map[byte]string{
	'T': "title", 't': "title with date/source", 'P': "summary", 'D': "date", 'B': "byline",
	'N': "author names", 'M': "byline/date lead + summary", 'm': "title + byline + summary", 'U': "link",
}

// Explain returns one or two lines a person understands, e.g. "blocks
// separated by blank lines: title / byline / summary; newest first".
func (l Layout) Explain() string {
	if l.Rejected != "" {
		return "no entries recognised: " + l.Rejected
	}
	if l.Entries == 0 {
		return "no entries recognised"
	}
	var parts []string
	for i := 0; i < len(l.Pattern); i++ {
		if w, ok := patternWords[l.Pattern[i]]; ok {
			parts = append(parts, w)
		}
	}
	if l.RunTogether {
		parts = []string{"title + teaser"}
	}
	shape := "lines"
	if l.Blocks {
		shape = "blocks separated by blank lines"
	}
	if l.RunTogether {
		shape = "one line per entry, title and teaser run together"
	}
	s := fmt.Sprintf("%s, each starting with a %s: %s", shape, l.Start, strings.Join(parts, " / "))
	if l.Order != "" {
		s += "; " + l.Order
	}
	s += fmt.Sprintf("\n%d entries (%d follow the pattern), %d header lines", l.Entries, l.Regular, l.Header)
	return s
}
