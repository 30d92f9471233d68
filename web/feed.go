package web

import (
	"bytes"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/labor-annals/annals"
)

// feedSize is how many entries a feed carries: the newest records by
// record date. Feed readers poll; they need what is new, not the archive.
const feedSize = 50

// feedTagDate is the date in the tag: URI (RFC 4151) of feeds that have no
// creation date of their own (authors, sources and searches). It must
// never change, or every reader would see a new feed.
const feedTagDate = "2026"

// atomType is the media type of the feeds.
const atomType = "application/atom+xml; charset=utf-8"

// Paths of the feeds, beside the paths of the pages they follow.
func TopicFeed(slug string) string  { return "/feeds/topics/" + url.PathEscape(slug) }
func AuthorFeed(name string) string { return "/feeds/authors/" + url.PathEscape(name) }
func SourceFeed(name string) string { return "/feeds/sources/" + url.PathEscape(name) }
func searchFeed(q string) string    { return "/feeds/search?" + url.Values{"q": {q}}.Encode() }

// feedInfo describes one feed apart from its records.
type feedInfo struct {
	// Title and Subtitle are shown by feed readers.
	Title, Subtitle string
	// Page is the path of the HTML page the feed follows, Self the path
	// (and query) of the feed itself.
	Page, Self string
	// Tag is the tag: URI date and specific part of the feed's id, e.g.
	// "2026" and "feeds/authors/Clara%20Weiss".
	TagDate, TagName string
	// Changed is when what the feed says about itself last changed (a
	// topic's title); the feed's updated is the latest of it and its
	// entries.
	Changed time.Time
}

// handleTopicFeed serves the newest records of a topic.
func (s *Server) handleTopicFeed(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	topic, err := s.topic(ctx, r.PathValue("slug"))
	if err != nil {
		s.Error(w, r, err)
		return
	}
	recs, _, err := s.DB.FindRecords(ctx, annals.RecordFilter{Topic: topic.Slug, Order: annals.NewestFirst, Limit: feedSize})
	if err != nil {
		s.Error(w, r, err)
		return
	}
	info := topicFeedInfo(topic)
	s.serveFeed(w, r, info, recs)
}

// handleAuthorFeed serves the newest records of one author, by exact name.
func (s *Server) handleAuthorFeed(w http.ResponseWriter, r *http.Request) {
	name := r.PathValue("name")
	s.handlePersonFeed(w, r, "author", name, annals.RecordFilter{Author: name}, personFeedInfo("author", name))
}

// handleSourceFeed serves the newest records of one source, by exact name.
func (s *Server) handleSourceFeed(w http.ResponseWriter, r *http.Request) {
	name := r.PathValue("name")
	s.handlePersonFeed(w, r, "source", name, annals.RecordFilter{Source: name}, personFeedInfo("source", name))
}

// topicFeedInfo describes the feed of a topic.
func topicFeedInfo(topic *annals.Topic) feedInfo {
	info := feedInfo{
		Title: topic.Title, Subtitle: topic.Description,
		Page: TopicPath(topic.Slug), Self: TopicFeed(topic.Slug),
		TagDate: feedTagDate, TagName: strings.TrimPrefix(TopicFeed(topic.Slug), "/"),
		Changed: topic.UpdatedAt,
	}
	if !topic.CreatedAt.IsZero() {
		// A topic deleted and made again is a new feed.
		info.TagDate = topic.CreatedAt.UTC().Format(time.DateOnly)
	}
	if info.Subtitle == "" {
		info.Subtitle = fmt.Sprintf("The newest records of the topic %s.", topic.Title)
	}
	return info
}

// personFeedInfo describes the feed of an author or a source (kind).
func personFeedInfo(kind, name string) feedInfo {
	info := feedInfo{Title: name, Subtitle: fmt.Sprintf("The newest records by %s.", name),
		Page: AuthorPath(name), Self: AuthorFeed(name)}
	if kind == "source" {
		info = feedInfo{Title: name, Subtitle: fmt.Sprintf("The newest records from %s.", name),
			Page: SourcePath(name), Self: SourceFeed(name)}
	}
	info.TagDate, info.TagName = feedTagDate, strings.TrimPrefix(info.Self, "/")
	return info
}

// handlePersonFeed serves author and source feeds, which differ only in the
// filter and the words. A name without records is not found, as its page is.
func (s *Server) handlePersonFeed(w http.ResponseWriter, r *http.Request, kind, name string, f annals.RecordFilter, info feedInfo) {
	f.Order, f.Limit = annals.NewestFirst, feedSize
	recs, total, err := s.DB.FindRecords(r.Context(), f)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	if total == 0 {
		s.Error(w, r, annals.Errorf(annals.ENOTFOUND, "The archive has no records with the %s %q.", kind, name))
		return
	}
	s.serveFeed(w, r, info, recs)
}

// handleSearchFeed serves a saved search: the newest records matching ?q=
// (the query language of the search page), whatever order the query asks
// for. A query that cannot run is the user's to fix: 400 with the reason.
func (s *Server) handleSearchFeed(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	raw := strings.TrimSpace(r.URL.Query().Get("q"))
	if raw == "" {
		s.Error(w, r, annals.Errorf(annals.EINVALID, "A search feed needs a query, as in /feeds/search?q=strike."))
		return
	}
	q, err := annals.ParseQuery(raw)
	var res *annals.SearchResult
	if err == nil {
		q.Sort = annals.SortDateDesc
		res, err = s.DB.Search(ctx, q, annals.SearchOptions{Limit: feedSize})
	}
	if err != nil {
		s.Error(w, r, err)
		return
	}
	recs := make([]*annals.Record, len(res.Hits))
	for i, h := range res.Hits {
		recs[i] = h.Record
	}
	info := feedInfo{
		Title: "Search: " + raw, Subtitle: fmt.Sprintf("The newest records matching “%s”.", raw),
		Page: searchURL(raw), Self: searchFeed(raw),
		TagDate: feedTagDate, TagName: "feeds/search?q=" + url.QueryEscape(raw),
	}
	if len(recs) == 0 {
		// Nothing matches yet: the feed last changed when the archive's
		// topics did, the nearest thing to the archive's change time.
		ts, err := s.topics(ctx)
		if err != nil {
			s.Error(w, r, err)
			return
		}
		for _, t := range ts {
			info.Changed = latest(info.Changed, t.UpdatedAt)
		}
	}
	s.serveFeed(w, r, info, recs)
}

// serveFeed writes recs, newest first, as an Atom feed with an ETag and a
// Last-Modified, answering conditional requests with 304.
func (s *Server) serveFeed(w http.ResponseWriter, r *http.Request, info feedInfo, recs []*annals.Record) {
	body, updated, err := s.atom(r, info, recs)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	writeBody(w, r, http.StatusOK, atomType, body, updated)
}

// atom builds the feed document and returns it with its updated time.
func (s *Server) atom(r *http.Request, info feedInfo, recs []*annals.Record) ([]byte, time.Time, error) {
	ts, err := s.topics(r.Context())
	if err != nil {
		return nil, time.Time{}, err
	}
	var buf bytes.Buffer
	site := s.siteURL(r)
	abs := func(p string) string { return site + p }
	updated := s.writeAtom(&buf, abs, s.tagAuthority(r), topicTitles(ts), info, recs, nil)
	return buf.Bytes(), updated, nil
}

// topicTitles maps the topics' slugs to their titles.
func topicTitles(ts []*annals.Topic) map[string]string {
	titles := make(map[string]string, len(ts))
	for _, t := range ts {
		titles[t.Slug] = t.Title
	}
	return titles
}

// writeAtom writes the feed document of recs to buf and returns its
// updated time. abs makes a site path an absolute address (the site's
// address and the path, on the server), authority is the host of the
// tag: ids, titles the topics' titles by slug. entries, when not nil,
// are recs' entries written beforehand by writeEntry with the same
// abs, authority and titles; an empty one is written here.
func (s *Server) writeAtom(buf *bytes.Buffer, abs func(p string) string, authority string, titles map[string]string, info feedInfo, recs []*annals.Record, entries []string) time.Time {
	// The feed's updated and author come before its entries but depend
	// on them.
	updated := info.Changed
	anonymous := len(recs) == 0
	for _, rec := range recs {
		updated = latest(updated, changedAt(rec))
		anonymous = anonymous || len(rec.Authors) == 0
	}
	if updated.IsZero() {
		updated = time.Unix(0, 0)
	}

	w := atomWriter{buf}
	buf.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n" + `<feed xmlns="http://www.w3.org/2005/Atom">`)
	w.element(1, "id", "tag:"+authority+","+info.TagDate+":"+info.TagName)
	w.text(1, "title", info.Title+" · "+s.SiteName)
	if info.Subtitle != "" {
		w.text(1, "subtitle", info.Subtitle)
	}
	w.element(1, "updated", rfc3339(updated))
	w.link(1, "self", "application/atom+xml", abs(info.Self), "")
	w.link(1, "alternate", "text/html", abs(info.Page), "")
	if anonymous {
		// RFC 4287 §4.1.1: a feed needs an author unless every entry has
		// one. The archive that compiled the records stands in for the
		// writers nobody named; entries with their own authors keep them.
		w.person(1, s.SiteName, abs("/"))
	}
	w.indent(1)
	buf.WriteString(`<generator uri="https://github.com/labor-annals/annals">annals</generator>`)
	for i, rec := range recs {
		if entries != nil && entries[i] != "" {
			buf.WriteString(entries[i])
			continue
		}
		writeEntry(w, abs, authority, titles, rec)
	}
	buf.WriteString("\n</feed>\n")
	return updated
}

// writeEntry writes the <entry> of rec, as writeAtom places it in a feed.
func writeEntry(w atomWriter, abs func(p string) string, authority string, titles map[string]string, rec *annals.Record) {
	buf := w.b
	w.indent(1)
	buf.WriteString("<entry")
	if rec.Language != "" {
		w.attr("xml:lang", rec.Language)
	}
	buf.WriteByte('>')
	w.element(2, "id", recordTag(authority, rec))
	w.text(2, "title", rec.DisplayTitle())
	page := abs(RecordPath(rec))
	if rec.URL != "" {
		w.link(2, "alternate", "", rec.URL, "")
		w.link(2, "related", "text/html", page, "This record in the archive")
	} else {
		w.link(2, "alternate", "text/html", page, "")
	}
	w.element(2, "updated", rfc3339(changedAt(rec)))
	if rec.Date.Precision == annals.PrecisionDay {
		// Only a full date is an instant; a month or a year would
		// claim a day the record was not published on.
		w.element(2, "published", rfc3339(rec.Date.Time()))
	}
	for _, a := range rec.Authors {
		w.person(2, a, abs(AuthorPath(a)))
	}
	summary := rec.Summary
	if summary == "" {
		summary = Byline(rec)
	}
	if summary != "" {
		w.text(2, "summary", summary)
	}
	for _, slug := range rec.Topics {
		w.indent(2)
		buf.WriteString("<category")
		w.attr("term", slug)
		w.attr("scheme", abs("/topics/"))
		if t := titles[slug]; t != "" && t != slug {
			w.attr("label", t)
		}
		buf.WriteString("></category>")
	}
	w.indent(1)
	buf.WriteString("</entry>")
}

// changedAt is when a record last changed, as its entry's updated says.
func changedAt(rec *annals.Record) time.Time {
	if rec.UpdatedAt.IsZero() {
		return rec.CreatedAt
	}
	return rec.UpdatedAt
}

// recordTag is a record's entry id: tag:HOST,YYYY-MM-DD:records/ID, where
// the date is the day the record was first stored. Neither changes while
// the record exists (a re-import that merges into it keeps both), so a
// feed reader never sees the same record twice.
func recordTag(authority string, rec *annals.Record) string {
	return "tag:" + authority + "," + rec.CreatedAt.UTC().Format(time.DateOnly) + ":records/" + strconv.FormatInt(rec.ID, 10)
}

// siteURL is the absolute address of the site, without a trailing slash:
// BaseURL when set, else the address the request came to.
func (s *Server) siteURL(r *http.Request) string {
	if s.BaseURL != "" {
		return strings.TrimRight(s.BaseURL, "/")
	}
	scheme := "http"
	if r.TLS != nil {
		scheme = "https"
	}
	host := r.Host
	if host == "" {
		host = "localhost"
	}
	return scheme + "://" + host
}

// tagAuthority is the host name that mints the site's tag: URIs: BaseURL's
// host when set, else the request's, without the port. RFC 4151 wants a DNS
// name; anything else (an IPv6 literal) becomes "localhost". Set BaseURL
// for ids that do not depend on how a reader reached the site.
func (s *Server) tagAuthority(r *http.Request) string {
	host := r.Host
	if s.BaseURL != "" {
		if u, err := url.Parse(s.BaseURL); err == nil {
			host = u.Host
		}
	}
	if h, _, err := net.SplitHostPort(host); err == nil {
		host = h
	}
	host = strings.ToLower(strings.TrimSuffix(host, "."))
	if !dnsName(host) {
		return "localhost"
	}
	return host
}

// dnsName reports whether s is a DNS name as RFC 4151 writes it: labels of
// letters, digits and inner hyphens, joined by dots.
func dnsName(s string) bool {
	if s == "" || len(s) > 253 {
		return false
	}
	for label := range strings.SplitSeq(s, ".") {
		if label == "" || len(label) > 63 || label[0] == '-' || label[len(label)-1] == '-' {
			return false
		}
		for _, c := range label {
			if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-') {
				return false
			}
		}
	}
	return true
}

// rfc3339 formats an instant as Atom's dates want it, in UTC.
func rfc3339(t time.Time) string { return t.UTC().Format(time.RFC3339) }

// latest returns the later of two times.
func latest(a, b time.Time) time.Time {
	if b.After(a) {
		return b
	}
	return a
}

// xmlText removes what XML 1.0 cannot carry (NUL and the other C0
// controls but tab, newline and return; surrogates; U+FFFE and U+FFFF),
// and the C1 controls it discourages, and replaces invalid UTF-8.
// encoding/xml would otherwise write U+FFFD for each; a stray control
// character in a pasted listing is noise, not text.
func xmlText(s string) string {
	return strings.Map(func(c rune) rune {
		switch {
		case c == '\t' || c == '\n' || c == '\r':
			return c
		case c < 0x20 || c >= 0x7f && c <= 0x9f:
			return -1
		case c >= 0xd800 && c <= 0xdfff, c == 0xfffe, c == 0xffff, c > 0x10ffff:
			return -1
		}
		return c
	}, strings.ToValidUTF8(s, "\uFFFD"))
}
