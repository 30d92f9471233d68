package listing

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/labor-annals/annals"
)

// pageCleanup applies rules that need the whole page: a tag or rubric that
// most titles share in the same shape is not part of the titles, and an
// author appended as "Title - Author" is split off.
func pageCleanup(recs []*annals.Record) {
	stripTagPrefix(recs)
	stripGluedRubric(recs)
	for _, r := range recs {
		if len(r.Authors) == 0 {
			if t, a, ok := titleAuthor(r.Title); ok {
				r.Title, r.Authors = t, []string{a}
			}
		}
	}
}

// stripTagPrefix removes "/ China " style tags: a slash-led word group
// that two or more titles start with identically.
func stripTagPrefix(recs []*annals.Record) {
	count := map[string]int{}
	for _, r := range recs {
		if p := slashTag(r.Title); p != "" {
			count[p]++
		}
	}
	for _, r := range recs {
		p := slashTag(r.Title)
		if p == "" {
			continue
		}
		if count[p] >= 2 || len(recs) == 1 {
			r.Title = strings.TrimSpace(r.Title[len(p):])
		} else if i := strings.IndexByte(r.Title[2:], ' '); i > 0 {
			r.Title = strings.TrimSpace(r.Title[2+i:])
		}
	}
}

// slashTag returns the "/ Word" prefix of t, or "".
func slashTag(t string) string {
	if !strings.HasPrefix(t, "/ ") {
		return ""
	}
	i := strings.IndexByte(t[2:], ' ')
	if i < 0 {
		return ""
	}
	return t[:2+i]
}

// stripGluedRubric removes a one-word rubric glued to the title
// ("SocialMont-Saint-Michel") when most titles on the page have that shape.
func stripGluedRubric(recs []*annals.Record) {
	n, titled := 0, 0
	cuts := make([]int, len(recs))
	for i, r := range recs {
		if r.Title == "" {
			continue
		}
		titled++
		cuts[i] = gluedPrefix(r.Title)
		if cuts[i] > 0 {
			n++
		}
	}
	if n < 2 || n*2 < titled {
		return
	}
	for i, r := range recs {
		if cuts[i] > 0 {
			r.Title = r.Title[cuts[i]:]
		}
	}
}

// gluedPrefix returns the end of a capitalised first word glued to a
// second capital ("Social|Mont…", "Santé|La …"), or 0.
func gluedPrefix(t string) int {
	var prev rune
	for i, r := range t {
		if r == ' ' || i > 40 {
			return 0
		}
		if i > 1 && unicode.IsLower(prev) && unicode.IsUpper(r) {
			if utf8.RuneCountInString(t[:i]) >= 3 && !mcPrefix(t[:i]) {
				return i
			}
			return 0
		}
		prev = r
	}
	return 0
}

// titleAuthor splits "Title - Author": a final " - " followed by one to
// three capitalised words that are not a date.
func titleAuthor(t string) (string, string, bool) {
	i := strings.LastIndex(t, " - ")
	if i <= 0 {
		return t, "", false
	}
	a := strings.TrimSpace(t[i+3:])
	ws := strings.Fields(a)
	if len(ws) == 0 || len(ws) > 3 || wordCount(t[:i]) < 2 {
		return t, "", false
	}
	for _, w := range ws {
		if !unicode.IsUpper(firstRune(w)) || strings.ContainsAny(w, "0123456789:!?") {
			return t, "", false
		}
	}
	if _, ok := ParseDate(a); ok {
		return t, "", false
	}
	return strings.TrimSpace(t[:i]), a, true
}
