package bibtex

import (
	"github.com/labor-annals/annals/langtag"
	"strings"

	"github.com/labor-annals/annals"
)

// containers are entry types whose own publisher or institution is their
// source. For the rest (articles, chapters, papers) the journal or book
// they appeared in comes first.
var containers = map[string]bool{
	"book": true, "mvbook": true, "collection": true, "mvcollection": true, "proceedings": true,
	"mvproceedings": true, "reference": true, "mvreference": true, "periodical": true, "booklet": true,
	"manual": true, "report": true, "techreport": true, "thesis": true, "phdthesis": true,
	"mastersthesis": true, "masterthesis": true,
}

// notRecords are entry types that group or share data rather than
// describe a work: biblatex's @set and @xdata.
var notRecords = map[string]bool{"set": true, "xdata": true}

// noInherit lists fields a child never takes from its crossref parent:
// biblatex's \noinherit defaults plus the title, which becomes the
// child's booktitle instead.
var noInherit = map[string]bool{
	"title": true, "subtitle": true, "shorttitle": true, "sorttitle": true, "indextitle": true,
	"crossref": true, "xref": true, "ids": true, "entryset": true, "label": true, "shorthand": true,
	"sortkey": true, "options": true, "related": true, "execute": true, "key": true,
}

// resolver looks fields up in an entry and, for missing ones, in the
// entries it crossrefs.
type resolver struct {
	byKey map[string]*entry
}

// get returns the raw value of field name in e or its crossref parents.
func (r *resolver) get(e *entry, name string) string {
	for depth := 0; e != nil && depth < 8; depth++ {
		if v, ok := e.fields[name]; ok && strings.TrimSpace(v) != "" {
			return v
		}
		parent := r.byKey[strings.ToLower(strings.TrimSpace(e.fields["crossref"]))]
		if parent == nil || parent == e || noInherit[name] {
			return ""
		}
		if name == "booktitle" && containers[parent.typ] {
			// biblatex maps a book's title to its chapters' booktitle.
			if t := parent.fields["title"]; strings.TrimSpace(t) != "" {
				return t
			}
		}
		e = parent
	}
	return ""
}

// buildRecords turns entries into records, in input order.
func buildRecords(entries []*entry, origin string, problem func(line int, format string, args ...any)) []*annals.Record {
	r := &resolver{byKey: map[string]*entry{}}
	for _, e := range entries {
		k := strings.ToLower(e.key)
		if _, dup := r.byKey[k]; !dup && k != "" {
			r.byKey[k] = e
		}
	}
	recs := []*annals.Record{}
	missing := map[string]bool{}
	for _, e := range entries {
		if notRecords[e.typ] {
			continue
		}
		if x := strings.TrimSpace(e.fields["crossref"]); x != "" && r.byKey[strings.ToLower(x)] == nil && !missing[strings.ToLower(x)] {
			// A parent kept in another file is common; one report is enough.
			missing[strings.ToLower(x)] = true
			problem(e.fieldLine["crossref"], "entry %q: crossref %q not found (reported at its first use only)", e.key, x)
		}
		recs = append(recs, r.record(e, origin))
	}
	return recs
}

func (r *resolver) text(e *entry, name string) string { return toUnicode(r.get(e, name)) }

func (r *resolver) record(e *entry, origin string) *annals.Record {
	rec := &annals.Record{
		Title:      r.text(e, "title"),
		Authors:    splitNames(r.get(e, "author")),
		Summary:    r.text(e, "abstract"),
		Confidence: 1,
		Provenance: []annals.Provenance{{Origin: origin, Line: e.line}},
	}
	if sub := r.text(e, "subtitle"); sub != "" && rec.Title != "" {
		rec.Title = strings.TrimRight(rec.Title, ":.") + ": " + sub
	}
	if len(rec.Authors) == 0 {
		// A collection or proceedings volume is known by its editors.
		rec.Authors = splitNames(r.get(e, "editor"))
	}
	if rec.Authors == nil {
		rec.Authors = []string{}
	}
	rec.Source = r.source(e)
	if d, ok := parseDate(toUnicode(r.get(e, "date"))); ok {
		rec.Date = d
	} else if d, ok := yearMonthDay(toUnicode(r.get(e, "year")), toUnicode(r.get(e, "month")), toUnicode(r.get(e, "day"))); ok {
		rec.Date = d
	}
	rec.URL = r.url(e)
	// languages is calibre's field.
	for _, f := range []string{"langid", "language", "languages", "hyphenation"} {
		if t := langtag.FromName(toUnicode(r.get(e, f))); t != "" {
			rec.Language = t
			break
		}
	}
	return rec
}

// source picks the container the work was published in; see containers.
func (r *resolver) source(e *entry) string {
	order := []string{"journaltitle", "journal", "booktitle", "publisher", "institution", "school", "organization", "howpublished"}
	if containers[e.typ] {
		order = []string{"publisher", "institution", "school", "organization", "journaltitle", "journal", "booktitle", "howpublished"}
	}
	for _, f := range order {
		raw := r.get(e, f)
		if f == "howpublished" && (strings.Contains(raw, `\url`) || strings.Contains(raw, "://")) {
			continue
		}
		if v := toUnicode(raw); v != "" {
			return v
		}
	}
	return ""
}

// url returns the entry's address: its url field (or BibDesk's
// bdsk-url-1, or a \url in howpublished), else the DOI's resolver URL.
// Only absolute http(s) URLs count.
func (r *resolver) url(e *entry) string {
	for _, f := range []string{"url", "bdsk-url-1", "howpublished"} {
		if u := cleanURL(r.get(e, f)); u != "" {
			return u
		}
	}
	return annals.DOIURL(unescapeURL(r.get(e, "doi")))
}

// unescapeURL undoes the escapes and braces BibTeX writers put in URLs,
// which biblatex reads verbatim.
func unescapeURL(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.Index(s, `\url{`); i >= 0 {
		s = s[i+len(`\url{`):]
		if j := strings.IndexByte(s, '}'); j >= 0 {
			s = s[:j]
		}
	}
	s = strings.NewReplacer(`\_`, "_", `\%`, "%", `\&`, "&", `\#`, "#", `\~`, "~", `{`, "", `}`, "", `\textasciitilde`, "~").Replace(s)
	return strings.TrimSpace(s)
}

// cleanURL returns the first http(s) URL in a url-like field, or "".
func cleanURL(s string) string {
	s = unescapeURL(s)
	if f := strings.Fields(s); len(f) > 0 {
		s = strings.TrimRight(f[0], ";,")
	}
	l := strings.ToLower(s)
	if (strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://")) && len(s) > len("https://") {
		return s
	}
	return ""
}
