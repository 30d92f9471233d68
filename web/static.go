package web

import (
	"bytes"
	"html/template"
	"io"
	"net/http"
	"slices"

	"github.com/labor-annals/annals"
)

// Renderer renders the server's pages and feeds from records its caller
// already holds, for the static export (package site), which writes
// hundreds of thousands of pages and cannot afford a request and a few
// queries for each. The page data comes from the same builders the
// handlers use and goes through the same templates, so a page rendered
// here is byte for byte the page the server answers at its address
// (site's tests compare them); links are the server's absolute paths.
type Renderer struct {
	s         *Server
	site      string
	authority string
	titles    map[string]string
}

// ListPage is one page of a list of records (a topic's, an author's, a
// source's, a year's) as the caller computed it, in the order the server
// lists them: dated records by date then id, undated ones last by id,
// both reversed for NewestFirst.
type ListPage struct {
	// Records are this page's records, at most ListPageSize.
	Records []*annals.Record
	// Total is the number of records of the whole list, narrowed to
	// Year when it is set.
	Total int
	// Counts are the list's records per year, every year, oldest first:
	// the timeline. A year page takes the whole archive's.
	Counts []annals.YearCount
	Order  annals.Order
	// Year narrows the list to one year (0: every year); Page counts
	// from 1.
	Year, Page int
	// Entries, when set, are the entries of Records rendered beforehand
	// (see Entry), in the same order: a record in many lists is rendered
	// once.
	Entries []template.HTML
}

// entries maps the page's records to their rendered entries.
func (lp ListPage) entries() map[*annals.Record]template.HTML {
	if len(lp.Entries) != len(lp.Records) {
		return nil
	}
	m := make(map[*annals.Record]template.HTML, len(lp.Records))
	for i, r := range lp.Records {
		m[r] = lp.Entries[i]
	}
	return m
}

// Entry writes the entry of rec as lists show it.
func (rd *Renderer) Entry(w io.Writer, rec *annals.Record) error {
	return rd.s.pages.byName["topic"].ExecuteTemplate(w, "entry", rec)
}

// ListPageSize is how many records a page of a list shows.
const ListPageSize = listPageSize

// FeedSize is how many records, the newest first, a feed carries.
const FeedSize = feedSize

// NewRenderer returns a renderer for the server's pages as the server
// answers requests made to host (feeds carry absolute links and tag: ids
// made from it, or from BaseURL when set); topics are the archive's
// topics.
func (s *Server) NewRenderer(host string, topics []*annals.Topic) (*Renderer, error) {
	if _, err := s.Handler(); err != nil {
		return nil, err
	}
	r := &http.Request{Host: host}
	return &Renderer{s: s, site: s.siteURL(r), authority: s.tagAuthority(r), titles: topicTitles(topics)}, nil
}

// StaticPaths are the addresses of the static assets the pages use.
func (rd *Renderer) StaticPaths() []string {
	var out []string
	for name := range rd.s.pages.hashes {
		out = append(out, rd.s.pages.staticURL(name))
	}
	slices.Sort(out)
	return out
}

func (lp ListPage) params() listParams {
	return listParams{order: lp.Order, page: max(lp.Page, 1), year: lp.Year}
}

// Home writes the home page.
func (rd *Renderer) Home(w io.Writer, topics []*annals.Topic) error {
	return rd.s.execute(w, "home", &homePage{layoutData: rd.s.layout(rd.s.SiteName, "/"), Topics: topics})
}

// Record writes the page of rec, filed under topics.
func (rd *Renderer) Record(w io.Writer, rec *annals.Record, topics []*annals.Topic) error {
	return rd.s.execute(w, "record", rd.s.recordData(rec, topics))
}

// Topic writes a page of a topic's records.
func (rd *Renderer) Topic(w io.Writer, t *annals.Topic, lp ListPage) error {
	l, err := newListing(topicPath(t.Slug), lp.Records, lp.Total, lp.Counts, lp.params(), t.Order, true)
	if err != nil {
		return err
	}
	l.entries = lp.entries()
	return rd.s.execute(w, "topic", rd.s.topicData(t, l))
}

// Author writes a page of an author's records.
func (rd *Renderer) Author(w io.Writer, name string, lp ListPage) error {
	return rd.person(w, "author", name, authorPath(name), lp)
}

// Source writes a page of a source's records.
func (rd *Renderer) Source(w io.Writer, name string, lp ListPage) error {
	return rd.person(w, "source", name, sourcePath(name), lp)
}

func (rd *Renderer) person(w io.Writer, kind, name, base string, lp ListPage) error {
	l, err := newListing(base, lp.Records, lp.Total, lp.Counts, lp.params(), annals.NewestFirst, true)
	if err != nil {
		return err
	}
	l.entries = lp.entries()
	return rd.s.execute(w, kind, rd.s.personData(kind, name, l))
}

// Year writes a page of the records of the year lp.Year; lp.Counts are the
// whole archive's records per year.
func (rd *Renderer) Year(w io.Writer, lp ListPage) error {
	data, err := rd.s.yearData(lp.Year, lp.Records, lp.Total, lp.Counts, lp.params())
	if err != nil {
		return err
	}
	data.entries = lp.entries()
	return rd.s.execute(w, "year", data)
}

// TopicFeed writes the Atom feed of a topic; recs are its newest records,
// at most FeedSize.
func (rd *Renderer) TopicFeed(buf *bytes.Buffer, t *annals.Topic, recs []*annals.Record) error {
	_, err := rd.s.writeAtom(buf, rd.site, rd.authority, rd.titles, topicFeedInfo(t), recs)
	return err
}

// AuthorFeed writes the Atom feed of an author.
func (rd *Renderer) AuthorFeed(buf *bytes.Buffer, name string, recs []*annals.Record) error {
	_, err := rd.s.writeAtom(buf, rd.site, rd.authority, rd.titles, personFeedInfo("author", name), recs)
	return err
}

// SourceFeed writes the Atom feed of a source.
func (rd *Renderer) SourceFeed(buf *bytes.Buffer, name string, recs []*annals.Record) error {
	_, err := rd.s.writeAtom(buf, rd.site, rd.authority, rd.titles, personFeedInfo("source", name), recs)
	return err
}
