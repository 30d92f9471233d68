package web

import (
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"time"

	"github.com/labor-annals/annals"
)

// listPageSize is how many records a topic, author, source or year page
// shows.
const listPageSize = 100

// maxPage bounds the page number a URL may ask for.
const maxPage = 1_000_000

// listing is the part of a page that lists records over time: the
// timeline, the records of the page in groups, the order toggle and the
// pager. Topic, author, source and year pages share it.
type listing struct {
	// Base is the page's path without a query.
	Base     string
	Order    annals.Order
	Year     int // the year the list is narrowed to, or 0
	Groups   []recordGroup
	Total    int
	Page     int
	Pages    int
	Timeline *timeline
	// entries are entries rendered beforehand, by record (the static
	// export renders each record's entry once for all its lists).
	entries map[*annals.Record]string
	// Links of the order toggle and the pager; "" when not applicable.
	NewestURL, OldestURL          string
	FirstURL, PrevURL, NextURL    string
	LastURL, AllYearsURL, SelfURL string
}

// summary is the line above the list: "230 records in 1999, page 2 of 3."
func (l *listing) summary() string {
	s := plural(l.Total, "record", "records")
	if l.Year != 0 {
		s += " in " + strconv.Itoa(l.Year)
	}
	if l.Pages > 1 {
		s += ", page " + num(l.Page) + " of " + num(l.Pages)
	}
	return s + "."
}

// recordGroup is a run of records under one heading: a year, or a month on
// a year page.
type recordGroup struct {
	ID      string // the heading's fragment id
	Heading string
	Link    string // where the heading leads: the year's page, or ""
	Year    int    // 0 for undated records
	Records []*annals.Record
}

// listParams are a listing's query parameters.
type listParams struct {
	order annals.Order
	page  int
	year  int
}

// parseListParams reads order, page and year from the URL; a value that
// is present but wrong is the user's mistake, reported as EINVALID.
func parseListParams(r *http.Request, def annals.Order, allowYear bool) (listParams, error) {
	p := listParams{order: def, page: 1}
	q := r.URL.Query()
	switch o := annals.Order(q.Get("order")); {
	case o.Valid():
		p.order = o
	case o != "":
		return p, annals.Errorf(annals.EINVALID, "Order %q is not newest or oldest.", o)
	}
	if v := q.Get("page"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > maxPage {
			return p, annals.Errorf(annals.EINVALID, "Page %q is not a page number.", v)
		}
		p.page = n
	}
	if v := q.Get("year"); v != "" && allowYear {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > 9999 {
			return p, annals.Errorf(annals.EINVALID, "Year %q is not a year.", v)
		}
		p.year = n
	}
	return p, nil
}

// listRecords fills a listing from the store: one page of the records
// that pass f in the order and year of p, and the timeline of f (when
// withTimeline). def is the default order, left out of links.
func (s *Server) listRecords(r *http.Request, base string, f annals.RecordFilter, p listParams, def annals.Order, withTimeline bool) (*listing, error) {
	ctx := r.Context()
	f.Order, f.Year = p.order, p.year
	f.Offset, f.Limit = (p.page-1)*listPageSize, listPageSize
	recs, total, err := s.DB.FindRecords(ctx, f)
	if err != nil {
		return nil, err
	}
	var counts []annals.YearCount
	if withTimeline {
		if counts, err = s.yearCounts(ctx, f); err != nil {
			return nil, err
		}
	}
	return newListing(base, recs, total, counts, p, def, withTimeline)
}

// newListing builds a listing from one page of records (recs, in order),
// the number of records of the whole list (narrowed to p's year, if any),
// and the list's records per year for the timeline; links keep the other
// parameters. The server and the static export both build listings here.
func newListing(base string, recs []*annals.Record, total int, counts []annals.YearCount, p listParams, def annals.Order, withTimeline bool) (*listing, error) {
	l := &listing{Base: base, Order: p.order, Year: p.year, Total: total, Page: p.page}
	l.Pages = max(1, (total+listPageSize-1)/listPageSize)
	if p.page > l.Pages {
		return nil, annals.Errorf(annals.ENOTFOUND, "There is no page %d; the last page is %d.", p.page, l.Pages)
	}
	link := func(order annals.Order, year, page int) string {
		return ListAddress(base, order, def, year, page)
	}
	l.SelfURL = link(p.order, p.year, p.page)
	l.NewestURL, l.OldestURL = link(annals.NewestFirst, p.year, 1), link(annals.OldestFirst, p.year, 1)
	if p.year != 0 {
		l.AllYearsURL = link(p.order, 0, 1)
	}
	if p.page > 1 {
		l.FirstURL, l.PrevURL = link(p.order, p.year, 1), link(p.order, p.year, p.page-1)
	}
	if p.page < l.Pages {
		l.NextURL, l.LastURL = link(p.order, p.year, p.page+1), link(p.order, p.year, l.Pages)
	}
	l.Groups = groupByYear(recs)
	if withTimeline {
		l.Timeline = newTimeline(counts, p.year, func(y int) string { return link(p.order, y, 1) })
	}
	return l, nil
}

// ListAddress is the address of a page of the list at base, as the
// list's links write it: the order o when it is not the default def, the
// year when not 0, the page past the first.
//
// The query is what url.Values.Encode writes, keys sorted, built without
// a map: a list page has a link like this for every year of its
// timeline.
func ListAddress(base string, o, def annals.Order, year, page int) string {
	if o == def && year == 0 && page <= 1 {
		return base
	}
	b := make([]byte, 0, len(base)+40)
	b = append(b, base...)
	sep := byte('?')
	if o != def {
		b = append(b, sep)
		b = append(b, "order="...)
		b = append(b, url.QueryEscape(string(o))...)
		sep = '&'
	}
	if page > 1 {
		b = append(b, sep)
		b = append(b, "page="...)
		b = strconv.AppendInt(b, int64(page), 10)
		sep = '&'
	}
	if year != 0 {
		b = append(b, sep)
		b = append(b, "year="...)
		b = strconv.AppendInt(b, int64(year), 10)
	}
	return string(b)
}

// groupByYear splits records, already in date order, into runs of one year.
func groupByYear(recs []*annals.Record) []recordGroup {
	var out []recordGroup
	for _, r := range recs {
		y := 0
		if !r.Date.IsZero() {
			y = r.Date.Year
		}
		if len(out) == 0 || out[len(out)-1].Year != y {
			g := recordGroup{Year: y, ID: "y" + strconv.Itoa(y), Heading: strconv.Itoa(y), Link: YearPath(y)}
			if y == 0 {
				g.ID, g.Heading, g.Link = "undated", "Undated", ""
			}
			out = append(out, g)
		}
		g := &out[len(out)-1]
		g.Records = append(g.Records, r)
	}
	return out
}

// groupByMonth splits the records of one year, in date order, into runs
// of one month; records dated only by the year form their own group.
func groupByMonth(recs []*annals.Record) []recordGroup {
	var out []recordGroup
	for _, r := range recs {
		m := time.Month(0)
		if r.Date.Precision >= annals.PrecisionMonth {
			m = r.Date.Month
		}
		id := fmt.Sprintf("m%02d", int(m))
		if len(out) == 0 || out[len(out)-1].ID != id {
			g := recordGroup{ID: id, Year: r.Date.Year, Heading: fmt.Sprintf("%s %d", m, r.Date.Year)}
			if m == 0 {
				g.Heading = fmt.Sprintf("Month not given (%d)", r.Date.Year)
			}
			out = append(out, g)
		}
		g := &out[len(out)-1]
		g.Records = append(g.Records, r)
	}
	return out
}

// timeline is the records-per-year chart, drawn on the server as an inline
// SVG whose bars link to the years.
type timeline struct {
	Width, Height  int // of the viewBox
	Baseline       int // y of the axis
	Bars           []timelineBar
	First, Last    int // the years the axis spans
	Max, MaxYear   int // the highest count and its year
	Total, Current int
}

// timelineBar is one year's bar. Coordinates are in viewBox units.
type timelineBar struct {
	X, W, Y, H float64
	Year       int
	Count      int
	URL        string
	Current    bool
}

const (
	timelineWidth  = 640
	timelineHeight = 96 // bars, then a 16-unit band for the year labels
)

// newTimeline lays out one bar per year between the first and last year of
// counts (years with no record leave a gap, so time reads evenly); nil when
// there is nothing to draw.
func newTimeline(counts []annals.YearCount, current int, link func(year int) string) *timeline {
	if len(counts) == 0 {
		return nil
	}
	t := &timeline{Width: timelineWidth, Height: timelineHeight, Baseline: timelineHeight - 18,
		First: counts[0].Year, Last: counts[len(counts)-1].Year, Current: current}
	for _, c := range counts {
		t.Total += c.Count
		if c.Count > t.Max {
			t.Max, t.MaxYear = c.Count, c.Year
		}
	}
	span := float64(t.Last - t.First + 1)
	slot := float64(t.Width) / span
	gap := slot * 0.15
	if slot < 3 {
		gap = 0
	}
	for _, c := range counts {
		h := float64(t.Baseline-4) * float64(c.Count) / float64(t.Max)
		h = max(h, 2) // a year with one record must still show
		t.Bars = append(t.Bars, timelineBar{
			X: round1(float64(c.Year-t.First)*slot + gap/2), W: round1(slot - gap),
			Y: round1(float64(t.Baseline) - h), H: round1(h),
			Year: c.Year, Count: c.Count, URL: link(c.Year), Current: c.Year == current,
		})
	}
	return t
}

func round1(f float64) float64 { return float64(int(f*10+0.5)) / 10 }

// caption describes the timeline in words.
func (t *timeline) caption() string {
	span := strconv.Itoa(t.First)
	if t.First != t.Last {
		span += "–" + strconv.Itoa(t.Last)
	}
	return "Records per year, " + span + "; the busiest year is " + strconv.Itoa(t.MaxYear) +
		" with " + plural(t.Max, "record", "records") + ". Choose a bar to see that year."
}

// label names a bar for screen readers and tooltips: "1999: 3 records".
func (b *timelineBar) label() string {
	return strconv.Itoa(b.Year) + ": " + plural(b.Count, "record", "records")
}

// coord writes a viewBox coordinate as the shortest decimal.
func coord(f float64) string { return strconv.FormatFloat(f, 'g', -1, 64) }

// yearText writes a year.
func yearText(y int) string { return strconv.Itoa(y) }
