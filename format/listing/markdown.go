package listing

import "strings"

// Listings pasted from Markdown (a notes app, a README, a reference
// manager's export) print their emphasis, links and headings as marks:
// "*Title*", "[Title](https://…)", "## Articles". plainMarkdown reads the
// text those marks stand for, as a browser's copy of the rendered page
// would give it, and the link's target.

// plainMarkdown returns s without Markdown emphasis and heading marks, a
// lone inline link replaced by its text, and that link's target. Text
// without marks comes back as it was.
func plainMarkdown(s string) (text, href string) {
	if h := markdownHeading(s); h != "" {
		s = h
	}
	s, href = markdownLink(s)
	return stripEmphasis(s), href
}

// markdownHeading is the text of an ATX heading ("## Articles"), or "".
func markdownHeading(s string) string {
	n := 0
	for n < len(s) && s[n] == '#' {
		n++
	}
	if n == 0 || n > 6 || n >= len(s) || s[n] != ' ' {
		return ""
	}
	return trimSpace(trimRightMarks(s[n:], "#"))
}

// markdownLink replaces the line's one inline link "[text](url)" by its
// text and returns the target. Lines with several links, or a link to
// anything but a web address, are left alone: which would be the
// entry's is not clear.
func markdownLink(s string) (string, string) {
	i := strings.Index(s, "](")
	if i < 0 || strings.Count(s, "](") != 1 {
		return s, ""
	}
	open := strings.LastIndexByte(s[:i], '[')
	end := strings.IndexByte(s[i+2:], ')')
	if open < 0 || end < 0 || open+1 == i {
		return s, ""
	}
	url := s[i+2 : i+2+end]
	if j := strings.IndexByte(url, ' '); j > 0 {
		url = url[:j] // a title after the target: (url "title")
	}
	if !strings.HasPrefix(url, "http://") && !strings.HasPrefix(url, "https://") {
		return s, ""
	}
	return s[:open] + s[open+1:i] + s[i+2+end+1:], url
}

// stripEmphasis removes paired emphasis marks: runs of one to three
// asterisks, or underscores, that open before a word and close after
// one ("*Title*", "**bold**", "_Journal_"). A bullet ("* item"), a
// footnote mark ("Title*") or an underscore inside a word ("snake_case")
// is not emphasis and stays.
func stripEmphasis(s string) string {
	if strings.IndexByte(s, '*') < 0 && strings.IndexByte(s, '_') < 0 {
		return s
	}
	type run struct{ at, n int }
	var cut []run
	open := run{at: -1}
	var mark byte
	for i := 0; i < len(s); {
		c := s[i]
		if c != '*' && c != '_' {
			i++
			continue
		}
		j := i
		for j < len(s) && s[j] == c {
			j++
		}
		n := j - i
		before := i == 0 || !isWordByte(s[i-1])
		after := j == len(s) || !isWordByte(s[j])
		prevSpace := i == 0 || s[i-1] == ' '
		nextSpace := j == len(s) || s[j] == ' '
		switch {
		case n > 3:
		case open.at >= 0 && c == mark && n == open.n && !prevSpace && after:
			cut = append(cut, open, run{i, n})
			open.at = -1
		case open.at < 0 && before && !nextSpace:
			open, mark = run{i, n}, c
		}
		i = j
	}
	if len(cut) == 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	last := 0
	for _, r := range cut {
		b.WriteString(s[last:r.at])
		last = r.at + r.n
	}
	b.WriteString(s[last:])
	return b.String()
}

// isWordByte reports an ASCII letter or digit, or any byte of a
// multi-byte character (letters, mostly).
func isWordByte(c byte) bool {
	return c >= 0x80 || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// italicTail returns the text of the emphasis that closes s after a
// spaced dash ("… — *The BMJ*", "… - _Jacobin_"), or "".
func italicTail(s string) string {
	s = trimRightMarks(s, " ")
	if s == "" || s[len(s)-1] != '*' && s[len(s)-1] != '_' {
		return ""
	}
	c := s[len(s)-1]
	n := 0
	for n < len(s) && n < 3 && s[len(s)-1-n] == c {
		n++
	}
	mark := s[len(s)-n:]
	body := s[:len(s)-n]
	open := strings.LastIndex(body, " "+mark)
	if open < 0 {
		return ""
	}
	inner := body[open+1+n:]
	if inner == "" || inner[0] == ' ' || strings.Contains(inner, mark) || len(inner) > 80 {
		return ""
	}
	if !endsWithSpacedDash(body[:open+1]) {
		return ""
	}
	return inner
}

// endsWithSpacedDash reports whether s ends with a dash between spaces,
// as the text before an outlet's name in italics does: "Headline – ".
func endsWithSpacedDash(s string) bool {
	return strings.HasSuffix(s, " — ") || strings.HasSuffix(s, " – ") || strings.HasSuffix(s, " - ")
}
