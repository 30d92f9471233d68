package web

import (
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/labor-annals/annals"
)

type yearPage struct {
	layoutData
	Year int
	// PrevYear and NextYear are the nearest years with records, or 0.
	PrevYear, NextYear int
	*listing
}

// handleYearView lists everything dated in one year, across topics,
// grouped by month.
func (s *Server) handleYearView(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	year, err := strconv.Atoi(r.PathValue("year"))
	if err != nil || year < 1 || year > 9999 {
		s.Error(w, r, annals.Errorf(annals.ENOTFOUND, "%q is not a year.", r.PathValue("year")))
		return
	}
	p, err := parseListParams(r, annals.OldestFirst, false)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	p.year = year
	counts, err := s.yearCounts(ctx, annals.RecordFilter{})
	if err != nil {
		s.Error(w, r, err)
		return
	}
	f := annals.RecordFilter{Order: p.order, Year: year, Offset: (p.page - 1) * listPageSize, Limit: listPageSize}
	recs, total, err := s.DB.FindRecords(ctx, f)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	data, err := s.yearData(year, recs, total, counts, p)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, yearView(data))
}

// yearData is the page of one year showing one page of its records
// (recs, in the order of p), given the year's number of records and the
// whole archive's records per year.
func (s *Server) yearData(year int, recs []*annals.Record, total int, counts []annals.YearCount, p listParams) (*yearPage, error) {
	p.year = year
	l, err := newListing(YearPath(year), recs, total, nil, p, annals.OldestFirst, false)
	if err != nil {
		return nil, err
	}
	// The year is in the path, not the query: drop it from the links.
	l.SelfURL, l.NewestURL, l.OldestURL = dropYear(l.SelfURL), dropYear(l.NewestURL), dropYear(l.OldestURL)
	l.FirstURL, l.PrevURL, l.NextURL, l.LastURL = dropYear(l.FirstURL), dropYear(l.PrevURL), dropYear(l.NextURL), dropYear(l.LastURL)
	l.AllYearsURL = ""
	l.Groups = groupByMonth(flatten(l.Groups))
	// The whole archive's timeline, with this year marked, leads to the
	// others.
	l.Timeline = newTimeline(counts, year, YearPath)
	data := &yearPage{layoutData: s.layout(strconv.Itoa(year), l.SelfURL), Year: year, listing: l}
	for _, c := range counts {
		if c.Year < year {
			data.PrevYear = c.Year
		} else if c.Year > year && data.NextYear == 0 {
			data.NextYear = c.Year
		}
	}
	data.Description = fmt.Sprintf("%s of the archive dated %d.", plural(l.Total, "record", "records"), year)
	if p.page > 1 {
		data.Title += fmt.Sprintf(" (page %d)", p.page)
	}
	return data, nil
}

// dropYear removes the year parameter from a listing link.
func dropYear(link string) string {
	base, query, ok := strings.Cut(link, "?")
	if !ok {
		return link
	}
	q, _ := url.ParseQuery(query)
	q.Del("year")
	if len(q) == 0 {
		return base
	}
	return base + "?" + q.Encode()
}

func flatten(gs []recordGroup) []*annals.Record {
	var out []*annals.Record
	for _, g := range gs {
		out = append(out, g.Records...)
	}
	return out
}
