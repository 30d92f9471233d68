package site

import (
	"bytes"
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"
	"sync/atomic"

	"github.com/labor-annals/annals"
	"github.com/labor-annals/annals/store"
	"github.com/labor-annals/annals/web"
)

// archive is the whole archive in memory, in the order the server lists
// records, with the lists every page shows: the static export reads the
// store once instead of a few queries per page.
type archive struct {
	topics []*annals.Topic
	bySlug map[string]*annals.Topic
	// recs are every record oldest first, as the server orders a list:
	// dated records by date (ISO text, so "2011" before "2011-03") then
	// id, then the undated ones by id.
	recs []*annals.Record
	// entries are the records' entries in lists, by position in recs,
	// rendered when first needed (see entry).
	entries []atomic.Pointer[string]
	// feedEntries are the records' Atom entries, by position in recs,
	// kept from the first feed that needs one to the last: feedUses
	// counts the feeds still to write with it (see feedEntry).
	feedEntries []atomic.Pointer[string]
	feedUses    []atomic.Int32
	// lk makes the entries' links.
	lk *linker
	// all is the whole archive as one list (for the year pages).
	all                *list
	byTopic            map[string]*list
	authors, sources   []*list // by name
	authorBy, sourceBy map[string]*list
}

// list is the records of one topic, author, source or of the archive, as
// positions in archive.recs, oldest first.
type list struct {
	name  string
	pos   []int32
	dated int // pos[:dated] are dated, pos[dated:] are not
	// counts are the dated records per year, oldest first; starts[i] is
	// the position in pos of the first record of counts[i].Year.
	counts []annals.YearCount
	starts []int
}

// loadArchive reads every record with its provenance, once, and files it
// under topics and the archive's authors and sources; each is passed
// to each as soon as it is read (the record pages are written while the
// rest loads).
func loadArchive(ctx context.Context, db *store.DB, topics []*annals.Topic, each func(*annals.Record)) (*archive, error) {
	a := &archive{topics: topics, bySlug: map[string]*annals.Topic{}, byTopic: map[string]*list{},
		authorBy: map[string]*list{}, sourceBy: map[string]*list{}, all: &list{}}
	for _, t := range topics {
		a.bySlug[t.Slug] = t
		a.byTopic[t.Slug] = &list{name: t.Slug}
	}
	type keyed struct {
		date string
		rec  *annals.Record
	}
	var recs []keyed
	for r, err := range db.EachRecordWithProvenance(ctx, annals.RecordFilter{}) {
		if err != nil {
			return nil, fmt.Errorf("read the archive: %w", err)
		}
		each(r)
		recs = append(recs, keyed{r.Date.String(), r})
	}
	slices.SortFunc(recs, func(x, y keyed) int {
		if (x.date == "") != (y.date == "") {
			if x.date == "" {
				return 1
			}
			return -1
		}
		if c := cmp.Compare(x.date, y.date); c != 0 {
			return c
		}
		return cmp.Compare(x.rec.ID, y.rec.ID)
	})
	a.recs = make([]*annals.Record, len(recs))
	a.entries = make([]atomic.Pointer[string], len(recs))
	a.feedEntries = make([]atomic.Pointer[string], len(recs))
	a.feedUses = make([]atomic.Int32, len(recs))
	for i, k := range recs {
		r := k.rec
		a.recs[i] = r
		p := int32(i)
		a.all.add(p, r)
		for _, slug := range r.Topics {
			if l := a.byTopic[slug]; l != nil {
				l.add(p, r)
			}
		}
		for j, name := range r.Authors {
			if slices.Contains(r.Authors[:j], name) {
				continue // listed twice in one record: one entry
			}
			l := a.authorBy[name]
			if l == nil {
				l = &list{name: name}
				a.authorBy[name] = l
				a.authors = append(a.authors, l)
			}
			l.add(p, r)
		}
		if r.Source != "" {
			l := a.sourceBy[r.Source]
			if l == nil {
				l = &list{name: r.Source}
				a.sourceBy[r.Source] = l
				a.sources = append(a.sources, l)
			}
			l.add(p, r)
		}
	}
	byName := func(x, y *list) int { return cmp.Compare(x.name, y.name) }
	slices.SortFunc(a.authors, byName)
	slices.SortFunc(a.sources, byName)
	return a, nil
}

// add appends the record r at position p; records come in archive order.
func (l *list) add(p int32, r *annals.Record) {
	if !r.Date.IsZero() {
		l.dated++
		y := r.Date.Year
		if n := len(l.counts); n == 0 || l.counts[n-1].Year != y {
			l.counts = append(l.counts, annals.YearCount{Year: y})
			l.starts = append(l.starts, len(l.pos))
		}
		l.counts[len(l.counts)-1].Count++
	}
	l.pos = append(l.pos, p)
}

// ordered returns the positions of the records of the list, or of one
// year of it (year not 0), in the order o: newest first reverses the
// dated records and, after them, the undated ones, as the server does.
func (l *list) ordered(o annals.Order, year int) []int32 {
	dated, undated := l.pos[:l.dated], l.pos[l.dated:]
	if year != 0 {
		undated = nil
		i, ok := slices.BinarySearchFunc(l.counts, year, func(c annals.YearCount, y int) int { return cmp.Compare(c.Year, y) })
		if !ok {
			return nil
		}
		dated = dated[l.starts[i] : l.starts[i]+l.counts[i].Count]
	}
	if o == annals.OldestFirst {
		return slices.Concat(dated, undated)
	}
	out := make([]int32, 0, len(dated)+len(undated))
	for i := len(dated) - 1; i >= 0; i-- {
		out = append(out, dated[i])
	}
	for i := len(undated) - 1; i >= 0; i-- {
		out = append(out, undated[i])
	}
	return out
}

// entry returns the record at position p as lists show it, with its
// links already made relative to a file one folder down (every list page
// is: topics/, authors/, sources/, years/). Each is rendered once, by
// whichever worker needs it first.
func (a *archive) entry(ctx context.Context, rd *web.Renderer, lk *linker, p int32) (string, error) {
	if h := a.entries[p].Load(); h != nil {
		return *h, nil
	}
	var b strings.Builder
	if err := rd.Entry(ctx, &b, lk.pageLinks("records/entry.html"), a.recs[p]); err != nil {
		return "", err
	}
	h := b.String()
	a.entries[p].Store(&h)
	return h, nil
}

// newest returns the positions of the list's newest n records, newest
// first.
func (a *archive) newest(l *list, n int) []int32 {
	out := make([]int32, 0, min(n, len(l.pos)))
	for i := l.dated - 1; i >= 0 && len(out) < n; i-- {
		out = append(out, l.pos[i])
	}
	for i := len(l.pos) - 1; i >= l.dated && len(out) < n; i-- {
		out = append(out, l.pos[i])
	}
	return out
}

// byNewest returns the lists ordered by their newest record, the newest
// first.
func (a *archive) byNewest(lists []*list) []*list {
	type keyed struct {
		newest int32 // position in recs
		l      *list
	}
	ks := make([]keyed, 0, len(lists))
	for _, l := range lists {
		k := keyed{-1, l}
		if n := a.newest(l, 1); len(n) > 0 {
			k.newest = n[0]
		}
		ks = append(ks, k)
	}
	slices.SortStableFunc(ks, func(x, y keyed) int { return cmp.Compare(y.newest, x.newest) })
	out := make([]*list, len(ks))
	for i, k := range ks {
		out[i] = k.l
	}
	return out
}

// feedFolder is a feed's file as far as its entries' links go: every
// feed is two folders down (feeds/KIND/NAME.atom), so an entry is the
// same in all.
const feedFolder = "feeds/any/entry.atom"

// countFeeds counts, for each record, the feeds of lists that will carry
// it (a list's feed has its newest FeedSize records).
func (a *archive) countFeeds(lists []*list) {
	for _, l := range lists {
		for _, p := range a.newest(l, web.FeedSize) {
			a.feedUses[p].Add(1)
		}
	}
}

// feed writes the feed of the list l with write, its entries written
// once for all the feeds that carry them (countFeeds must have counted
// l): an entry more feeds will need is kept until the last.
func (a *archive) feed(rd *web.Renderer, l *list, write func(recs []*annals.Record, entries []string)) {
	pos := a.newest(l, web.FeedSize)
	recs := make([]*annals.Record, len(pos))
	entries := make([]string, len(pos))
	for i, p := range pos {
		recs[i] = a.recs[p]
		if e := a.feedEntries[p].Load(); e != nil {
			entries[i] = *e
		} else if a.feedUses[p].Load() > 1 {
			var b bytes.Buffer
			rd.FeedEntry(&b, a.lk.pageLinks(feedFolder), recs[i])
			e := b.String()
			a.feedEntries[p].Store(&e)
			entries[i] = e
		} // else the feed writes it: no other feed needs it
	}
	write(recs, entries)
	for _, p := range pos {
		if a.feedUses[p].Add(-1) <= 0 {
			a.feedEntries[p].Store(nil)
		}
	}
}
