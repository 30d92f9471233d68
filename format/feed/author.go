package feed

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/labor-annals/annals"
)

// itemAuthors returns the item's authors as individual names, in order.
// RSS items name them in <author> ("email (Name)"), dc:creator (possibly
// several elements, possibly "X and Y" in one) or itunes:author; gofeed's
// universal item keeps only the first, so RSS is read here. Atom and JSON
// Feed items without authors take the feed's.
func (m *mapper) itemAuthors(it item) []string {
	var raw []string
	if r := it.rss; r != nil {
		dc := r.DublinCoreExt
		switch {
		case strings.TrimSpace(r.Author) != "":
			raw = []string{r.Author}
		case dc != nil && len(dc.Author) > 0:
			raw = dc.Author
		case dc != nil && len(dc.Creator) > 0:
			raw = dc.Creator
		}
	}
	if raw == nil {
		for _, p := range it.g.Authors {
			if p != nil {
				raw = append(raw, p.Name)
			}
		}
	}
	out := []string{}
	seen := map[string]bool{}
	for _, s := range raw {
		for _, n := range m.names(s) {
			if !seen[n] && len(out) < annals.MaxAuthors {
				seen[n] = true
				out = append(out, n)
			}
		}
	}
	if len(out) == 0 && len(m.authors) > 0 {
		out = append(out, m.authors...)
	}
	return out
}

var (
	// parenthetical is a byline's aside: "(now)", "(earlier)", or the
	// name in RSS's "email (Name)".
	parenthetical = regexp.MustCompile(`\s*\([^)]*\)`)
	// inPlace is a byline's dateline: "David Smith in Washington".
	inPlace = regexp.MustCompile(`\s+in\s+\p{Lu}.*$`)
	// role is a byline's job title: "Patrick Wintour Diplomatic editor".
	role = regexp.MustCompile(`\s+\p{Lu}\p{Ll}+\s+(?:editor|correspondent|reporter|writer|columnist|critic)$`)
	// andSep separates the people of a byline.
	andSep = regexp.MustCompile(`\s+(?:and|&)\s+`)
	// initials are the given names of "Kaur, M." or "Bhati, K. K.".
	initials = regexp.MustCompile(`^(?:\p{Lu}\.\s?-?)+$`)
	// email is an address standing in for, or beside, a name.
	email = regexp.MustCompile(`<?[^\s<>()]+@[^\s<>()]+>?`)
)

// names splits one author string into the people it names. It reads the
// name out of "email (Name)" and "Name <email>", splits bylines ("X and
// Y", "X, Y and Z") when every part looks like a person's name, drops
// datelines and job titles ("in Washington", "Environment editor"), and
// turns lists of "Surname, I." into "I. Surname". Anything else is kept
// as written: "Staff and agencies" stays one author.
func (m *mapper) names(s string) []string {
	s = m.text(s, annals.MaxNameLen)
	if s == "" {
		return nil
	}
	// "email (Name)": the name is the parenthetical.
	if loc := parenthetical.FindStringIndex(s); loc != nil && email.MatchString(s[:loc[0]]) && strings.TrimSpace(s[loc[1]:]) == "" {
		s = strings.Trim(strings.TrimSpace(s[loc[0]:loc[1]]), "()")
	}
	s = strings.TrimSpace(parenthetical.ReplaceAllString(s, ""))
	s = strings.TrimSpace(email.ReplaceAllString(s, ""))
	s = strings.TrimPrefix(strings.TrimPrefix(s, "By "), "by ")
	if s == "" {
		return nil
	}
	if ns := invertedList(s); ns != nil {
		return ns
	}
	parts := andSep.Split(s, -1)
	var out []string
	for _, p := range parts {
		p = role.ReplaceAllString(inPlace.ReplaceAllString(p, ""), "")
		for q := range strings.SplitSeq(p, ",") {
			out = append(out, strings.TrimSpace(q))
		}
	}
	for _, n := range out {
		if !personLike(n) {
			// Not a list of people: keep the string whole, less a
			// dateline.
			return []string{strings.TrimSpace(role.ReplaceAllString(inPlace.ReplaceAllString(s, ""), ""))}
		}
	}
	return out
}

// personLike reports whether s could be one person's name: two to five
// words, the first capitalised.
func personLike(s string) bool {
	w := strings.Fields(s)
	if len(w) < 2 || len(w) > 5 {
		return false
	}
	c, _ := utf8.DecodeRuneInString(w[0])
	return unicode.IsUpper(c)
}

// invertedList reads "Kaur, M., Shukla, A., Bhati, K. K." (bioRxiv's
// dc:creator) as ["M. Kaur", "A. Shukla", "K. K. Bhati"], or returns nil
// when s is not such a list.
func invertedList(s string) []string {
	parts := strings.Split(s, ",")
	if len(parts) < 2 || len(parts)%2 != 0 {
		return nil
	}
	var out []string
	for i := 0; i < len(parts); i += 2 {
		sur, given := strings.TrimSpace(parts[i]), strings.TrimSpace(parts[i+1])
		if sur == "" || !initials.MatchString(given) || strings.Contains(sur, ".") {
			return nil
		}
		out = append(out, given+" "+sur)
	}
	return out
}
