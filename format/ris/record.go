package ris

import (
	"github.com/labor-annals/annals/langtag"
	"strconv"
	"strings"

	"github.com/labor-annals/annals"
)

// record is one TY … ER block as read: each tag's values in order.
type record struct {
	line   int
	typ    string
	fields map[string][]string
	last   string   // the tag a continuation line belongs to
	more   []string // continuation lines of last's latest value
}

// flush joins the pending continuation lines to the value they continue.
// Collecting them first keeps a value of many lines linear to build.
func (r *record) flush() {
	if len(r.more) == 0 {
		return
	}
	vs := r.fields[r.last]
	if len(vs) == 0 {
		vs = []string{""}
	}
	vs[len(vs)-1] = strings.TrimSpace(vs[len(vs)-1] + " " + strings.Join(r.more, " "))
	r.fields[r.last] = vs
	r.more = r.more[:0]
}

// bookTypes are RIS types whose publisher is their source; for the rest
// (articles, chapters, papers) the journal or book they appeared in is.
// For these types T2 is a series or subtitle, not a container.
var bookTypes = map[string]bool{
	"BOOK": true, "EBOOK": true, "EDBOOK": true, "THES": true, "RPRT": true, "STAND": true,
	"MANSCPT": true, "UNPB": true, "GOVDOC": true, "CTLG": true, "COMP": true, "MAP": true,
	"ART": true, "VIDEO": true, "SOUND": true, "MPCT": true, "ADVS": true, "BILL": true,
}

// first returns the first non-empty value of the first tag that has one.
func (r *record) first(tags ...string) string {
	for _, t := range tags {
		for _, v := range r.fields[t] {
			if v != "" {
				return v
			}
		}
	}
	return ""
}

func (r *record) build(origin string) *annals.Record {
	rec := &annals.Record{
		Title:      r.first("TI", "T1", "CT"),
		Authors:    r.names("AU", "A1"),
		Summary:    r.first("AB", "N2"),
		Confidence: 1,
		Provenance: []annals.Provenance{{Origin: origin, Line: r.line}},
	}
	book := bookTypes[r.typ]
	if rec.Title == "" && book {
		// For a book BT is the title itself.
		rec.Title = r.first("BT")
	}
	if rec.Title == "" {
		// A short title is better than none.
		rec.Title = r.first("ST")
	}
	if len(rec.Authors) == 0 {
		// An edited volume is known by its editors.
		rec.Authors = r.names("ED", "A2")
	}
	if book {
		rec.Source = r.first("PB", "JF", "JO", "T2", "JA", "J2")
	} else {
		rec.Source = r.first("JF", "JO", "T2", "BT", "JA", "J2", "PB")
	}
	rec.Date = r.date()
	for _, t := range []string{"UR", "L2", "L1", "L3", "L4"} {
		for _, v := range r.fields[t] {
			if u := cleanURL(v); u != "" && rec.URL == "" {
				rec.URL = u
			}
		}
	}
	if rec.URL == "" {
		rec.URL = annals.DOIURL(r.first("DO", "DI"))
	}
	rec.Language = langtag.FromName(r.first("LA"))
	return rec
}

// names returns the values of the first of tags that has any, each in
// display order. "Lastname, Firstname, Suffix" is RIS's form; names
// without a comma are kept as written.
func (r *record) names(tags ...string) []string {
	out := []string{}
	for _, t := range tags {
		for _, v := range r.fields[t] {
			// Some exporters put several names in one AU, separated by
			// semicolons.
			for n := range strings.SplitSeq(v, ";") {
				if n = displayName(n); n != "" {
					out = append(out, n)
				}
			}
		}
		if len(out) > 0 {
			break
		}
	}
	return out
}

func displayName(s string) string {
	parts := strings.Split(s, ",")
	for i := range parts {
		parts[i] = strings.TrimSpace(parts[i])
	}
	var order []string
	switch len(parts) {
	case 1:
		order = parts
	case 2:
		order = []string{parts[1], parts[0]}
	default:
		order = []string{parts[1], parts[0], strings.Join(parts[2:], " ")}
	}
	var kept []string
	for _, p := range order {
		if p != "" {
			kept = append(kept, p)
		}
	}
	return strings.Join(kept, " ")
}

// date returns the most precise of the record's publication dates. PY is
// the year (often "2014///"), DA and Y1 the full date as
// "YYYY/MM/DD/other". A more precise date only counts when its year
// agrees. Y2, an access or secondary date, is ignored.
func (r *record) date() annals.Date {
	var best annals.Date
	for _, t := range []string{"PY", "Y1", "DA"} {
		for _, v := range r.fields[t] {
			if d := parseDate(v); d.Precision > best.Precision && (best.IsZero() || d.Year == best.Year) {
				best = d
			}
		}
	}
	return best
}

// parseDate reads "YYYY/MM/DD/other", with any part empty, or
// "YYYY-MM-DD".
func parseDate(s string) annals.Date {
	s = strings.TrimSpace(s)
	sep := "/"
	if !strings.Contains(s, "/") && strings.Count(s, "-") >= 1 {
		sep = "-"
	}
	parts := strings.SplitN(s, sep, 4)
	if len(parts[0]) != 4 {
		return annals.Date{}
	}
	nums := []int{}
	for i, p := range parts {
		if i == 3 {
			break
		}
		n, err := strconv.Atoi(strings.TrimSpace(p))
		if err != nil {
			break
		}
		nums = append(nums, n)
	}
	return annals.DateFromParts(nums...)
}

// cleanURL returns the first http(s) URL in a UR-like value ("a; b" and
// "a b" lists occur), or "".
func cleanURL(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexAny(s, "; \t"); i >= 0 {
		s = s[:i]
	}
	l := strings.ToLower(s)
	if (strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://")) && len(s) > len("https://") {
		return s
	}
	return ""
}
