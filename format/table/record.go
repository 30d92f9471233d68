package table

import (
	"encoding/json"
	"fmt"
	"github.com/labor-annals/annals/langtag"
	"net/url"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/labor-annals/annals"
	"github.com/labor-annals/annals/format/listing"
)

// A cell's value is a string for CSV, and for JSON what encoding/json
// decodes with UseNumber: string, json.Number, bool, nil, []any or
// map[string]any.

// build makes the record of one row. cell returns the value of a column,
// nil when the row lacks it. It returns nil, with a problem, for a row
// with neither title nor summary.
func (p plan) build(cell func(int) any, line int, origin string, probs *[]Problem) *annals.Record {
	rec := &annals.Record{
		Authors:    []string{},
		Confidence: 1,
		Provenance: []annals.Provenance{{Origin: origin, Line: line}},
	}
	problem := func(format string, args ...any) {
		*probs = append(*probs, Problem{line, fmt.Sprintf(format, args...)})
	}
	for _, f := range fields {
		cols := p.cols[f]
		// bad is the first non-empty value that could not be read, reported
		// when no column gives a usable one.
		bad := ""
		for _, c := range cols {
			v := cell(c)
			ok, why := p.set(rec, f, v)
			if ok {
				// A value read in part (a date kept to its year) still
				// says why.
				bad = why
				break
			}
			if why != "" && bad == "" {
				bad = why
			}
		}
		if bad != "" {
			problem("%s: %s", f, bad)
		}
	}
	if rec.Title == "" && rec.Summary == "" {
		problem("row has neither a title nor a summary; skipped")
		return nil
	}
	return rec
}

// set reads v into field f of rec. It reports whether v was usable, and
// when it was not but held something, why.
func (p plan) set(rec *annals.Record, f string, v any) (ok bool, why string) {
	switch f {
	case "title", "source", "summary":
		s, why := text(v)
		if s == "" {
			return false, why
		}
		switch f {
		case "title":
			rec.Title = s
		case "source":
			rec.Source = s
		default:
			rec.Summary = s
		}
		return true, ""
	case "authors":
		names, why := authors(v, p.inverted)
		if len(names) == 0 {
			return false, why
		}
		rec.Authors = names
		return true, ""
	case "date":
		d, why := date(v)
		if d.IsZero() {
			return false, why
		}
		rec.Date = d
		if s, ok := v.(string); ok && p.order != nil {
			p.order.observe(rec, s)
		}
		// A date read only in part is kept and still reported.
		return true, why
	case "url":
		s, why := text(v)
		if s == "" {
			return false, why
		}
		u := cleanURL(s)
		if u == "" {
			return false, fmt.Sprintf("%q is not an http(s) URL or a DOI; left out", clip(s))
		}
		rec.URL = u
		return true, ""
	case "language":
		s, why := text(v)
		if s == "" {
			return false, why
		}
		t := langtag.FromName(s)
		if t == "" {
			return false, fmt.Sprintf("%q is not a language name or tag; left out", clip(s))
		}
		rec.Language = t
		return true, ""
	case "topics":
		ts, why := topics(v)
		if len(ts) == 0 {
			return false, why
		}
		rec.Topics = ts
		return true, why
	}
	return false, ""
}

// text returns a cell as trimmed text. A list of strings is joined with
// "; "; an object is not text.
func text(v any) (string, string) {
	switch v := v.(type) {
	case string:
		return strings.TrimSpace(v), ""
	case json.Number:
		return v.String(), ""
	case bool:
		return strconv.FormatBool(v), ""
	case []any:
		var parts []string
		for _, e := range v {
			if s, _ := text(e); s != "" {
				if _, isList := e.([]any); !isList {
					parts = append(parts, s)
				}
			}
		}
		if len(parts) == 0 && len(v) > 0 {
			return "", "a list without text; left out"
		}
		return strings.Join(parts, "; "), ""
	case map[string]any:
		return "", "an object, not text; left out"
	}
	return "", ""
}

// clip shortens s for a message.
func clip(s string) string {
	if len(s) <= 80 {
		return s
	}
	n := 80
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n] + "…"
}

// authors reads an author cell: a JSON list of names or of name objects
// ({"first", "last"}, {"given", "family"}, {"name"}), or a byline split
// by listing.SplitAuthors. A CSV cell holding a JSON list is read as one.
func authors(v any, inverted bool) ([]string, string) {
	switch v := v.(type) {
	case string:
		s := strings.TrimSpace(v)
		if strings.HasPrefix(s, "[") {
			var list []any
			if json.Unmarshal([]byte(s), &list) == nil {
				return authors(list, false)
			}
		}
		if names := invertedList(s, inverted); names != nil {
			return names, ""
		}
		return listing.SplitAuthors(s), ""
	case []any:
		out := []string{}
		for _, e := range v {
			var n string
			switch e := e.(type) {
			case string:
				// One name per element: a comma here is part of the name
				// as printed ("Doe, Jane"), not a separator.
				n = strings.TrimSpace(e)
			case map[string]any:
				n = personName(e)
			}
			if n != "" {
				out = append(out, n)
			}
		}
		if len(out) == 0 && len(v) > 0 {
			return nil, "a list without names; left out"
		}
		return out, ""
	case map[string]any:
		if n := personName(v); n != "" {
			return []string{n}, ""
		}
		return nil, "an object without a name; left out"
	case json.Number, bool:
		return nil, fmt.Sprintf("%v is not a name; left out", v)
	}
	return nil, ""
}

// invertedList reads "Last, First; Last, First", the author cell of
// Zotero's and most reference managers' CSV export, as names in display
// order. It returns nil for anything else: with a comma in every
// ";"-separated part and two parts at least, commas cannot be separating
// names, which is how SplitAuthors would take them. When the file is
// known to invert names (sure), one part is enough.
func invertedList(s string, sure bool) []string {
	parts := strings.Split(s, ";")
	out := []string{}
	for _, p := range parts {
		if strings.TrimSpace(p) == "" {
			continue
		}
		last, first, ok := strings.Cut(p, ",")
		last, first = strings.TrimSpace(last), strings.TrimSpace(first)
		if !ok || strings.Contains(first, ",") || last == "" {
			return nil
		}
		out = append(out, strings.TrimSpace(first+" "+last))
	}
	if len(out) < 2 && !(sure && len(out) == 1) {
		return nil
	}
	return out
}

// personName returns the display name of a name object.
func personName(m map[string]any) string {
	str := func(keys ...string) string {
		for _, k := range keys {
			if s, ok := m[k].(string); ok && strings.TrimSpace(s) != "" {
				return strings.TrimSpace(s)
			}
		}
		return ""
	}
	if n := str("name", "literal", "full", "fullname", "full_name"); n != "" {
		return n
	}
	return strings.TrimSpace(str("first", "given", "firstname", "first_name", "given_name") + " " + str("last", "family", "lastname", "last_name", "family_name"))
}

// date reads a date cell: a year as a number, an ISO 8601 date or
// date-time at the precision printed (the time of day is dropped), an
// eight-digit YYYYMMDD, else any date listing.ParseDate understands. A
// date with an impossible part is kept to the precision that is right,
// and the second result says so.
func date(v any) (annals.Date, string) {
	var s string
	switch v := v.(type) {
	case json.Number:
		s = v.String()
	case string:
		s = strings.TrimSpace(v)
	case nil:
		return annals.Date{}, ""
	default:
		return annals.Date{}, "not a date; left out"
	}
	if s == "" {
		return annals.Date{}, ""
	}
	if d, ok, why := isoDate(s); ok {
		return d, why
	}
	if allDigits(s) {
		return annals.Date{}, fmt.Sprintf("%q is not a year or a date; left out", clip(s))
	}
	if len(s) > 120 {
		// Longer than any printed date: text in the wrong column.
		return annals.Date{}, fmt.Sprintf("%q is not a date; left out", clip(s))
	}
	for _, layout := range machineLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return annals.DayDate(t.Year(), t.Month(), t.Day()), ""
		}
	}
	if d, ok := listing.ParseDate(s); ok && d.Validate() == nil {
		return d, ""
	}
	return annals.Date{}, fmt.Sprintf("%q is not a date; left out", clip(s))
}

// machineLayouts are the date-times that programs write and
// listing.ParseDate, made for dates as people print them, does not read:
// mail and feed dates, and the DD-MON-YYYY of databases and newswires
// ("26-FEB-1987 15:01:01.79" in Reuters-21578). Month names match in any
// case, and fractional seconds are accepted after the seconds.
var machineLayouts = []string{
	time.RFC1123Z, time.RFC1123, "Mon, 2 Jan 2006 15:04:05 -0700", "Mon, 2 Jan 2006 15:04:05 MST", time.RFC850,
	time.UnixDate, time.RubyDate, time.ANSIC,
	"2-Jan-2006 15:04:05", "2-Jan-2006 15:04", "2-Jan-2006",
}

// isoDate reads "YYYY", "YYYY-MM", "YYYY-MM-DD" (or with "/"), an RFC 3339
// date-time, "YYYYMMDD" and a JSON year such as 1999.0. ok is false when s
// has none of these shapes.
func isoDate(s string) (d annals.Date, ok bool, why string) {
	if i := strings.IndexAny(s, "T "); i == 10 {
		// A date-time: the date as printed counts, in its own time zone.
		s = s[:i]
	}
	if strings.HasSuffix(s, ".0") && len(s) == 6 {
		s = s[:4]
	}
	var parts []string
	switch {
	case allDigits(s) && len(s) == 8:
		parts = []string{s[:4], s[4:6], s[6:]}
	case len(s) >= 4 && allDigits(s[:4]):
		sep := "-"
		if strings.Contains(s, "/") {
			sep = "/"
		}
		parts = strings.Split(s, sep)
		if len(parts) > 3 || len(parts[0]) != 4 {
			return annals.Date{}, false, ""
		}
		for _, p := range parts[1:] {
			if len(p) < 1 || len(p) > 2 || !allDigits(p) {
				return annals.Date{}, false, ""
			}
		}
	default:
		return annals.Date{}, false, ""
	}
	n := make([]int, len(parts))
	for i, p := range parts {
		n[i], _ = strconv.Atoi(p)
	}
	if n[0] < 1 || n[0] > 9999 {
		return annals.Date{}, true, fmt.Sprintf("%q has no year in 1–9999; left out", s)
	}
	d = annals.YearDate(n[0])
	if len(n) > 1 {
		if n[1] < 1 || n[1] > 12 {
			return d, true, fmt.Sprintf("%q has no month %d; kept as %s", s, n[1], d)
		}
		d = annals.MonthDate(n[0], time.Month(n[1]))
	}
	if len(n) > 2 {
		dd := annals.DayDate(n[0], time.Month(n[1]), n[2])
		if dd.Validate() != nil {
			return d, true, fmt.Sprintf("%q has no day %d; kept as %s", s, n[2], d)
		}
		d = dd
	}
	return d, true, ""
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// topics reads a topic cell, a list or a ";"-separated string, as slugs.
// Topics that make no slug are reported and left out.
func topics(v any) ([]string, string) {
	var names []string
	switch v := v.(type) {
	case string:
		s := strings.TrimSpace(v)
		var list []any
		if strings.HasPrefix(s, "[") && json.Unmarshal([]byte(s), &list) == nil {
			return topics(list)
		}
		names = strings.Split(s, ";")
	case []any:
		for _, e := range v {
			if s, _ := text(e); s != "" {
				names = append(names, s)
			}
		}
	case nil:
		return nil, ""
	default:
		t, _ := text(v)
		names = []string{t}
	}
	var out, dropped []string
	seen := map[string]bool{}
	for _, n := range names {
		n = strings.TrimSpace(n)
		if n == "" {
			continue
		}
		if s := slug(n); s == "" {
			dropped = append(dropped, fmt.Sprintf("%q", clip(n)))
		} else if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	if len(dropped) > 0 {
		return out, fmt.Sprintf("%s made no topic slug (a–z, 0–9, hyphens); left out", strings.Join(dropped, ", "))
	}
	return out, ""
}

// slug makes a topic slug of a name: accents dropped, lower case, each run
// of other characters a hyphen, as annals.ValidateSlug wants. It returns
// "" for names with no Latin letters or digits ("Рабочее движение").
func slug(s string) string {
	var b strings.Builder
	hyphen := false
	for _, c := range norm.NFKD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, c):
		case c < 128 && (unicode.IsLetter(c) || unicode.IsDigit(c)):
			if hyphen && b.Len() > 0 {
				b.WriteByte('-')
			}
			hyphen = false
			b.WriteRune(unicode.ToLower(c))
		default:
			hyphen = true
		}
	}
	out := b.String()
	if len(out) > annals.MaxSlugLen {
		out = strings.TrimRight(out[:annals.MaxSlugLen], "-")
	}
	if annals.ValidateSlug(out) != nil {
		return ""
	}
	return out
}

// cleanURL returns an absolute http(s) URL for a URL cell, https://doi.org/
// for a DOI, or "".
func cleanURL(s string) string {
	if u := annals.DOIURL(s); u != "" {
		return u
	}
	if strings.HasPrefix(strings.ToLower(s), "www.") {
		s = "https://" + s
	}
	u, err := url.Parse(s)
	if err != nil || u.Host == "" || len(s) > annals.MaxURLLen || strings.ContainsAny(s, " \t\r\n") {
		return ""
	}
	if sc := strings.ToLower(u.Scheme); sc != "http" && sc != "https" {
		return ""
	}
	return s
}
