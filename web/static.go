package web

import (
	"bytes"
	"context"
	"io"
	"net/http"
	"slices"

	"github.com/labor-annals/annals"
)

// Renderer renders the server's pages and feeds from records its caller
// already holds, for the static export (package site), which writes
// hundreds of thousands of pages and cannot afford a request and a few
// queries for each. The page data comes from the same builders the
// handlers use and goes through the same components, so a page rendered
// here is byte for byte the page the server answers at its address but
// for its links, which the caller's Links writes (site's tests compare
// them).
type Renderer struct {
	s         *Server
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
	// by Entry with the page's links, in the same order: a record in many
	// lists is rendered once. They are markup, written as they are: only
	// Entry's output belongs here.
	Entries []string
}

// entries maps the page's records to their rendered entries.
func (lp ListPage) entries() map[*annals.Record]string {
	if len(lp.Entries) != len(lp.Records) {
		return nil
	}
	m := make(map[*annals.Record]string, len(lp.Records))
	for i, r := range lp.Records {
		m[r] = lp.Entries[i]
	}
	return m
}

// Entry writes the entry of rec as lists show it.
func (rd *Renderer) Entry(ctx context.Context, w io.Writer, links Links, rec *annals.Record) error {
	return entry(rec, links).Render(ctx, w)
}

// ListPageSize is how many records a page of a list shows.
const ListPageSize = listPageSize

// FeedSize is how many records, the newest first, a feed carries.
const FeedSize = feedSize

// NewRenderer returns a renderer for the server's pages as the server
// answers requests made to host (feeds carry tag: ids made from it, or
// from BaseURL when set); topics are the archive's topics.
func (s *Server) NewRenderer(host string, topics []*annals.Topic) (*Renderer, error) {
	if _, err := s.Handler(); err != nil {
		return nil, err
	}
	r := &http.Request{Host: host}
	return &Renderer{s: s, authority: s.tagAuthority(r), titles: topicTitles(topics)}, nil
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

// The pages below are written with their links made by links.

// Home writes the home page.
func (rd *Renderer) Home(ctx context.Context, w io.Writer, links Links, topics []*annals.Topic) error {
	d := &homePage{layoutData: rd.s.layout(rd.s.SiteName, "/"), Topics: topics}
	d.links = links
	return homeView(d).Render(ctx, w)
}

// Record writes the page of rec, filed under topics.
func (rd *Renderer) Record(ctx context.Context, w io.Writer, links Links, rec *annals.Record, topics []*annals.Topic) error {
	d := rd.s.recordData(rec, topics)
	d.links = links
	return recordView(d).Render(ctx, w)
}

// Topic writes a page of a topic's records.
func (rd *Renderer) Topic(ctx context.Context, w io.Writer, links Links, t *annals.Topic, lp ListPage) error {
	l, err := newListing(TopicPath(t.Slug), lp.Records, lp.Total, lp.Counts, lp.params(), t.Order, true)
	if err != nil {
		return err
	}
	l.entries = lp.entries()
	d := rd.s.topicData(t, l)
	d.links = links
	return topicView(d).Render(ctx, w)
}

// Author writes a page of an author's records.
func (rd *Renderer) Author(ctx context.Context, w io.Writer, links Links, name string, lp ListPage) error {
	return rd.person(ctx, w, links, "author", name, AuthorPath(name), lp)
}

// Source writes a page of a source's records.
func (rd *Renderer) Source(ctx context.Context, w io.Writer, links Links, name string, lp ListPage) error {
	return rd.person(ctx, w, links, "source", name, SourcePath(name), lp)
}

func (rd *Renderer) person(ctx context.Context, w io.Writer, links Links, kind, name, base string, lp ListPage) error {
	l, err := newListing(base, lp.Records, lp.Total, lp.Counts, lp.params(), annals.NewestFirst, true)
	if err != nil {
		return err
	}
	l.entries = lp.entries()
	d := rd.s.personData(kind, name, l)
	d.links = links
	return personView(d).Render(ctx, w)
}

// Year writes a page of the records of the year lp.Year; lp.Counts are the
// whole archive's records per year.
func (rd *Renderer) Year(ctx context.Context, w io.Writer, links Links, lp ListPage) error {
	d, err := rd.s.yearData(lp.Year, lp.Records, lp.Total, lp.Counts, lp.params())
	if err != nil {
		return err
	}
	d.entries = lp.entries()
	d.links = links
	return yearView(d).Render(ctx, w)
}

// The feeds below carry absolute addresses: links.Canonical makes them.
// entries, when not nil, are the entries of recs written beforehand by
// FeedEntry with links of the same folder ("" for one to write here): a
// record in many feeds (one for each of its authors, its source's, its
// topic's) is written once.

// FeedEntry writes the Atom entry of rec as a feed written with links
// has it.
func (rd *Renderer) FeedEntry(buf *bytes.Buffer, links Links, rec *annals.Record) {
	writeEntry(atomWriter{buf}, links.Canonical, rd.authority, rd.titles, rec)
}

// TopicFeed writes the Atom feed of a topic; recs are its newest records,
// at most FeedSize.
func (rd *Renderer) TopicFeed(buf *bytes.Buffer, links Links, t *annals.Topic, recs []*annals.Record, entries []string) {
	rd.s.writeAtom(buf, links.Canonical, rd.authority, rd.titles, topicFeedInfo(t), recs, entries)
}

// AuthorFeed writes the Atom feed of an author.
func (rd *Renderer) AuthorFeed(buf *bytes.Buffer, links Links, name string, recs []*annals.Record, entries []string) {
	rd.s.writeAtom(buf, links.Canonical, rd.authority, rd.titles, personFeedInfo("author", name), recs, entries)
}

// SourceFeed writes the Atom feed of a source.
func (rd *Renderer) SourceFeed(buf *bytes.Buffer, links Links, name string, recs []*annals.Record, entries []string) {
	rd.s.writeAtom(buf, links.Canonical, rd.authority, rd.titles, personFeedInfo("source", name), recs, entries)
}
