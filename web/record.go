package web

import (
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/labor-annals/annals"
)

type recordPage struct {
	layoutData
	Record *annals.Record
	Topics []*annals.Topic
	// Citation is the record as a Chicago-style bibliography entry.
	Citation citation
	// Meta are the citation_* and Dublin Core tags that reference
	// managers (Zotero's connector, Google Scholar) read.
	Meta []metaTag
	// JSONLD is the schema.org description, written as JSON inside
	// <script type="application/ld+json"> (see recordHead).
	JSONLD *schemaWork
}

type metaTag struct{ Name, Content string }

func (s *Server) handleRecordView(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil || id <= 0 {
		s.Error(w, r, annals.Errorf(annals.ENOTFOUND, "There is no record %q.", r.PathValue("id")))
		return
	}
	rec, err := s.DB.FindRecordByID(ctx, id)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	var topics []*annals.Topic
	for _, slug := range rec.Topics {
		t, err := s.topic(ctx, slug)
		if err != nil {
			s.Error(w, r, err)
			return
		}
		topics = append(topics, t)
	}
	s.render(w, r, http.StatusOK, recordView(s.recordData(rec, topics)))
}

// recordData is the page of a record filed under topics.
func (s *Server) recordData(rec *annals.Record, topics []*annals.Topic) *recordPage {
	data := &recordPage{layoutData: s.layout(rec.DisplayTitle(), RecordPath(rec)), Record: rec, Topics: topics}
	data.Description = describe(rec)
	data.Citation = chicago(rec)
	data.Meta = citationMeta(rec, data.Canonical)
	data.JSONLD = schemaOf(rec, data.Canonical)
	return data
}

// nameSep is what comes before the i-th of n names in a byline: "",
// ", " or " and ".
func nameSep(i, n int) string {
	switch {
	case i == 0:
		return ""
	case i == n-1:
		return " and "
	}
	return ", "
}

// commaIf is ", " when b holds: the comma before a part of a list that
// is not its first.
func commaIf(b bool) string {
	if b {
		return ", "
	}
	return ""
}

// provenanceLine is what follows an import's origin: its line, if known,
// and the word before the date.
func provenanceLine(p annals.Provenance) string {
	if p.Line != 0 {
		return ", line " + strconv.Itoa(p.Line) + ", imported "
	}
	return ", imported "
}

// end is the full stop after the source and date, when there is either.
func (c citation) end() string {
	if c.Source != "" || c.Date != "" {
		return "."
	}
	return ""
}

// describe returns a one-line description of a record for <meta>.
func describe(r *annals.Record) string {
	if r.Summary != "" {
		return truncateText(r.Summary, 240)
	}
	return Byline(r)
}

// truncateText cuts s to about n bytes at a word boundary.
func truncateText(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := strings.ToValidUTF8(s[:n], "")
	if i := strings.LastIndexByte(cut, ' '); i > n/2 {
		cut = cut[:i]
	}
	return cut + "…"
}

// citation is a Chicago-style (17th ed., notes and bibliography)
// bibliography entry, in parts so the template can italicise the source:
// Weiss, Clara, and David Levine. “Title.” Source, March 30, 2019. URL.
type citation struct {
	Authors string // "Weiss, Clara, and David Levine." or ""
	Title   string // "“Title.”" with its closing punctuation
	Source  string // set in italics
	Date    string // ", March 30, 2019" or "2019"
	URL     string
}

// Text returns the citation as plain text.
func (c citation) Text() string {
	var b strings.Builder
	for _, part := range []string{c.Authors, c.Title, c.Source + c.Date + ".", c.URL} {
		part = strings.TrimSpace(part)
		if part == "" || part == "." {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(part)
	}
	return b.String()
}

func chicago(r *annals.Record) citation {
	var c citation
	if n := len(r.Authors); n > 0 {
		// The first author is inverted; more than ten are cut to seven
		// and "et al." (CMOS 14.76).
		names := []string{invertName(r.Authors[0])}
		shown := r.Authors[1:]
		etal := n > 10
		if etal {
			shown = r.Authors[1:7]
		}
		names = append(names, shown...)
		switch {
		case etal:
			c.Authors = strings.Join(names, ", ") + ", et al."
		case len(names) == 1:
			c.Authors = names[0]
		case len(names) == 2:
			c.Authors = names[0] + ", and " + names[1]
		default:
			c.Authors = strings.Join(names[:len(names)-1], ", ") + ", and " + names[len(names)-1]
		}
		if !strings.HasSuffix(c.Authors, ".") {
			c.Authors += "."
		}
	}
	title := strings.TrimSpace(r.DisplayTitle())
	if !strings.ContainsAny(title[len(title)-1:], ".?!") {
		title += "."
	}
	c.Title = "“" + title + "”"
	c.Source = r.Source
	d := chicagoDate(r.Date)
	switch {
	case c.Source != "" && d != "":
		c.Date = ", " + d
	case d != "":
		c.Date = d
	}
	c.URL = r.URL
	if c.URL != "" && c.Source == "" && d == "" {
		c.URL = strings.TrimSpace(c.URL)
	}
	return c
}

// invertName turns "Clara Weiss" into "Weiss, Clara". A name with a comma
// already, or of one word (an organisation, a pen name), stays as it is;
// so does a name in a script written family name first, which we cannot
// tell apart, and that is a known limit.
func invertName(name string) string {
	name = strings.TrimSpace(name)
	f := strings.Fields(name)
	if len(f) < 2 || strings.Contains(name, ",") {
		return name
	}
	last := f[len(f)-1]
	rest := f[:len(f)-1]
	// "Jr." and friends stay after the given names.
	suffix := ""
	switch strings.TrimSuffix(strings.ToLower(last), ".") {
	case "jr", "sr", "ii", "iii", "iv":
		if len(f) > 2 {
			suffix, last, rest = ", "+last, f[len(f)-2], f[:len(f)-2]
		}
	}
	return last + ", " + strings.Join(rest, " ") + suffix
}

// chicagoDate writes a date as Chicago does: "March 30, 2019",
// "March 2019", "2019".
func chicagoDate(d annals.Date) string {
	switch d.Precision {
	case annals.PrecisionDay:
		return fmt.Sprintf("%s %d, %d", d.Month, d.Day, d.Year)
	case annals.PrecisionMonth:
		return fmt.Sprintf("%s %d", d.Month, d.Year)
	case annals.PrecisionYear:
		return strconv.Itoa(d.Year)
	}
	return ""
}

// schemaType guesses the schema.org type of a record from its source: a
// proceedings, journal or review is scholarly; a dated item with a
// publication is news; anything else a creative work.
func schemaType(r *annals.Record) string {
	src := strings.ToLower(r.Source)
	for _, w := range []string{"proceedings", "journal", "conference", "workshop", "review", "quarterly", "transactions", "studies", "university", "symposium"} {
		if strings.Contains(src, w) {
			return "ScholarlyArticle"
		}
	}
	if r.Source != "" && r.Date.Precision >= annals.PrecisionMonth {
		return "NewsArticle"
	}
	return "CreativeWork"
}

// schemaWork is the JSON-LD of a record (https://schema.org/CreativeWork
// and its subtypes). Field order is the output order.
type schemaWork struct {
	Context       string         `json:"@context"`
	Type          string         `json:"@type"`
	ID            string         `json:"@id,omitempty"`
	Headline      string         `json:"headline,omitempty"`
	Name          string         `json:"name"`
	Author        []schemaThing  `json:"author,omitempty"`
	DatePublished string         `json:"datePublished,omitempty"`
	IsPartOf      *schemaThing   `json:"isPartOf,omitempty"`
	Publisher     *schemaThing   `json:"publisher,omitempty"`
	Description   string         `json:"description,omitempty"`
	URL           string         `json:"url,omitempty"`
	SameAs        string         `json:"sameAs,omitempty"`
	InLanguage    string         `json:"inLanguage,omitempty"`
	About         []schemaThing  `json:"about,omitempty"`
	Page          *schemaWebPage `json:"mainEntityOfPage,omitempty"`
}

type schemaThing struct {
	Type string `json:"@type"`
	Name string `json:"name"`
}

type schemaWebPage struct {
	Type string `json:"@type"`
	ID   string `json:"@id"`
}

func schemaOf(r *annals.Record, canonical string) *schemaWork {
	w := &schemaWork{Context: "https://schema.org", Type: schemaType(r), Name: r.DisplayTitle(),
		DatePublished: r.Date.String(), Description: truncateText(r.Summary, 1000), InLanguage: r.Language}
	if w.Type != "CreativeWork" {
		// Google requires a headline of at most 110 characters.
		w.Headline = truncateText(r.DisplayTitle(), 110)
	}
	for _, a := range r.Authors {
		w.Author = append(w.Author, schemaThing{Type: "Person", Name: a})
	}
	if r.Source != "" {
		if w.Type == "NewsArticle" {
			w.Publisher = &schemaThing{Type: "Organization", Name: r.Source}
		} else {
			w.IsPartOf = &schemaThing{Type: "CreativeWork", Name: r.Source}
		}
	}
	if r.URL != "" {
		w.URL, w.SameAs = r.URL, r.URL
	}
	if canonical != "" {
		w.ID = canonical
		w.Page = &schemaWebPage{Type: "WebPage", ID: canonical}
	}
	return w
}

// citationMeta returns the Highwire Press citation_* tags (read by Zotero
// and Google Scholar) and the Dublin Core tags for a record.
func citationMeta(r *annals.Record, canonical string) []metaTag {
	var m []metaTag
	add := func(name, content string) {
		if content != "" {
			m = append(m, metaTag{name, content})
		}
	}
	add("citation_title", r.DisplayTitle())
	for _, a := range r.Authors {
		add("citation_author", a)
	}
	if !r.Date.IsZero() {
		add("citation_publication_date", strings.ReplaceAll(r.Date.String(), "-", "/"))
	}
	switch src := strings.ToLower(r.Source); {
	case r.Source == "":
	case strings.Contains(src, "proceedings") || strings.Contains(src, "conference") || strings.Contains(src, "workshop"):
		add("citation_conference_title", r.Source)
	case schemaType(r) == "ScholarlyArticle":
		add("citation_journal_title", r.Source)
	default:
		add("citation_publisher", r.Source)
	}
	add("citation_language", r.Language)
	add("citation_abstract_html_url", canonical)
	add("citation_public_url", r.URL)
	add("DC.title", r.DisplayTitle())
	for _, a := range r.Authors {
		add("DC.creator", a)
	}
	add("DC.date", r.Date.String())
	add("DC.source", r.Source)
	add("DC.description", truncateText(r.Summary, 1000))
	add("DC.identifier", r.URL)
	add("DC.language", r.Language)
	add("DC.type", "Text")
	return m
}

// isoTime formats an import time for <time datetime>.
func isoTime(t time.Time) string { return t.UTC().Format(time.RFC3339) }
