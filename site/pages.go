package site

import (
	"bytes"
	"context"
	"io"
	"net/url"
	"sync/atomic"

	"github.com/labor-annals/annals"
	"github.com/labor-annals/annals/web"
)

// job is one page or feed to write: the server's address of it and how
// to render it with the page's links.
type job struct {
	url    string
	feed   bool
	render func(ctx context.Context, rd *web.Renderer, links web.Links, b *bytes.Buffer) error
}

// pager renders jobs and writes their files; its methods are safe for
// concurrent use by the workers.
type pager struct {
	rd       *web.Renderer
	lk       *linker
	w        *writer
	sitemap  *sitemap
	progress func(written, found int)
	hook     func(url, file string)
	topics   map[string]*annals.Topic // by slug

	pages atomic.Int64 // HTML pages written
	found atomic.Int64 // pages known so far
}

// do renders one job into page with its links relative to its file (a
// feed's absolute under the base URL, when there is one) and writes the
// file.
func (p *pager) do(ctx context.Context, j job, page *bytes.Buffer) error {
	u, err := url.Parse(j.url)
	if err != nil {
		return err
	}
	name := fileOf(u)
	page.Reset()
	if err := j.render(ctx, p.rd, p.lk.pageLinks(name), page); err != nil {
		return err
	}
	if err := p.w.write(name, page.Bytes()); err != nil {
		return err
	}
	if p.hook != nil {
		p.hook(j.url, name)
	}
	if j.feed {
		return nil
	}
	if p.sitemap != nil {
		if err := p.sitemap.add(name); err != nil {
			return err
		}
	}
	if n := p.pages.Add(1); p.progress != nil && n%1000 == 0 {
		p.progress(int(n), int(max(p.found.Load(), n)))
	}
	return nil
}

// recordJob is the page of one record.
func (p *pager) recordJob(r *annals.Record) job {
	p.found.Add(1)
	return job{url: web.RecordPath(r), render: func(ctx context.Context, rd *web.Renderer, links web.Links, b *bytes.Buffer) error {
		var topics []*annals.Topic
		for _, slug := range r.Topics {
			if t := p.topics[slug]; t != nil {
				topics = append(topics, t)
			}
		}
		return rd.Record(ctx, b, links, r, topics)
	}}
}

// pageCount is the number of pages of a list of n records.
func pageCount(n int) int { return max(1, (n+web.ListPageSize-1)/web.ListPageSize) }

var orders = []annals.Order{annals.NewestFirst, annals.OldestFirst}

// listPages sends the pages of one list in both orders, and, when it is
// too long for one page, of each of its years; render writes one.
func (a *archive) listPages(l *list, base string, def annals.Order, years bool, send func(job) bool,
	render func(ctx context.Context, rd *web.Renderer, links web.Links, b *bytes.Buffer, lp web.ListPage) error) bool {
	narrow := []int{0}
	if years && pageCount(len(l.pos)) > 1 {
		for _, c := range l.counts {
			narrow = append(narrow, c.Year)
		}
	}
	for _, year := range narrow {
		for _, o := range orders {
			if !a.sendPages(l.ordered(o, year), base, o, def, year, l.counts, send, render) {
				return false
			}
		}
	}
	return true
}

// sendPages sends the pages of the records at positions pos, in order.
func (a *archive) sendPages(pos []int32, base string, o, def annals.Order, year int, counts []annals.YearCount, send func(job) bool,
	render func(ctx context.Context, rd *web.Renderer, links web.Links, b *bytes.Buffer, lp web.ListPage) error) bool {
	for page := 1; page <= pageCount(len(pos)); page++ {
		onPage := pos[(page-1)*web.ListPageSize : min(page*web.ListPageSize, len(pos))]
		lp := web.ListPage{Total: len(pos), Counts: counts, Order: o, Year: year, Page: page}
		j := job{url: web.ListAddress(base, o, def, year, page), render: func(ctx context.Context, rd *web.Renderer, links web.Links, b *bytes.Buffer) error {
			lp.Records = make([]*annals.Record, len(onPage))
			lp.Entries = make([]string, len(onPage))
			for i, p := range onPage {
				lp.Records[i] = a.recs[p]
				h, err := a.entry(ctx, rd, a.lk, p)
				if err != nil {
					return err
				}
				lp.Entries[i] = h
			}
			return render(ctx, rd, links, b, lp)
		}}
		if !send(j) {
			return false
		}
	}
	return true
}

// lists sends the pages of every list: topics, authors, sources and
// years, and their feeds.
func (a *archive) lists(send func(job) bool) bool {
	for _, t := range a.topics {
		a.countFeeds([]*list{a.byTopic[t.Slug]})
	}
	a.countFeeds(a.authors)
	a.countFeeds(a.sources)
	for _, t := range a.topics {
		l := a.byTopic[t.Slug]
		ok := a.listPages(l, web.TopicPath(t.Slug), t.Order, true, send, func(ctx context.Context, rd *web.Renderer, links web.Links, b *bytes.Buffer, lp web.ListPage) error {
			return rd.Topic(ctx, b, links, t, lp)
		}) && send(job{url: web.TopicFeed(t.Slug), feed: true, render: func(_ context.Context, rd *web.Renderer, links web.Links, b *bytes.Buffer) error {
			a.feed(rd, l, func(recs []*annals.Record, entries []string) { rd.TopicFeed(b, links, t, recs, entries) })
			return nil
		}})
		if !ok {
			return false
		}
	}
	people := []struct {
		lists          []*list
		path, feedPath func(string) string
		page           func(*web.Renderer, context.Context, io.Writer, web.Links, string, web.ListPage) error
		feed           func(*web.Renderer, *bytes.Buffer, web.Links, string, []*annals.Record, []string)
	}{
		{a.authors, web.AuthorPath, web.AuthorFeed, (*web.Renderer).Author, (*web.Renderer).AuthorFeed},
		{a.sources, web.SourcePath, web.SourceFeed, (*web.Renderer).Source, (*web.Renderer).SourceFeed},
	}
	for _, kind := range people {
		for _, l := range kind.lists {
			name := l.name
			ok := a.listPages(l, kind.path(name), annals.NewestFirst, true, send, func(ctx context.Context, rd *web.Renderer, links web.Links, b *bytes.Buffer, lp web.ListPage) error {
				return kind.page(rd, ctx, b, links, name, lp)
			})
			if !ok {
				return false
			}
		}
		// The feeds go in the order of their newest records, not of
		// names: the authors of one record are then near one another,
		// so its entry, written once for all their feeds, is kept for a
		// short while.
		for _, l := range a.byNewest(kind.lists) {
			name := l.name
			if !send(job{url: kind.feedPath(name), feed: true, render: func(_ context.Context, rd *web.Renderer, links web.Links, b *bytes.Buffer) error {
				a.feed(rd, l, func(recs []*annals.Record, entries []string) { kind.feed(rd, b, links, name, recs, entries) })
				return nil
			}}) {
				return false
			}
		}
	}
	// A year page is a list of its own, by month, under the archive's
	// timeline.
	for i, c := range a.all.counts {
		year := a.all.counts[i].Year
		yl := &list{pos: a.all.pos[a.all.starts[i] : a.all.starts[i]+c.Count], dated: c.Count}
		for _, o := range orders {
			if !a.sendPages(yl.ordered(o, 0), web.YearPath(year), o, annals.OldestFirst, 0, a.all.counts, send, func(ctx context.Context, rd *web.Renderer, links web.Links, b *bytes.Buffer, lp web.ListPage) error {
				lp.Year = year
				return rd.Year(ctx, b, links, lp)
			}) {
				return false
			}
		}
	}
	return true
}

// countPages is the number of HTML pages lists will send, for progress.
func countPages(a *archive) int {
	n := 1 // home
	count := func(l *list) {
		n += 2 * pageCount(len(l.pos))
		if pageCount(len(l.pos)) > 1 {
			for _, c := range l.counts {
				n += 2 * pageCount(c.Count)
			}
		}
	}
	for _, t := range a.topics {
		count(a.byTopic[t.Slug])
	}
	for _, l := range a.authors {
		count(l)
	}
	for _, l := range a.sources {
		count(l)
	}
	for _, c := range a.all.counts {
		n += 2 * pageCount(c.Count)
	}
	return n
}

// pagedLists are the paths of the lists too long for one page (see
// linker.paged).
func pagedLists(a *archive) map[string]bool {
	m := map[string]bool{}
	for _, t := range a.topics {
		if pageCount(len(a.byTopic[t.Slug].pos)) > 1 {
			m["/topics/"+t.Slug] = true
		}
	}
	for _, l := range a.authors {
		if pageCount(len(l.pos)) > 1 {
			m["/authors/"+l.name] = true
		}
	}
	for _, l := range a.sources {
		if pageCount(len(l.pos)) > 1 {
			m["/sources/"+l.name] = true
		}
	}
	return m
}
