package web

import (
	"fmt"
	"net/http"
	"net/url"
	"strconv"

	"github.com/labor-annals/annals"
)

// topicPageSize is how many records a topic page shows.
const topicPageSize = 100

type yearGroup struct {
	Year    int // 0 for undated records
	Records []*annals.Record
}

type topicPage struct {
	layoutData
	Topic     *annals.Topic
	Order     annals.Order
	Groups    []yearGroup
	Total     int
	Page      int
	PrevURL   string
	NextURL   string
	NewestURL string
	OldestURL string
}

func (s *Server) handleTopicView(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	topic, err := s.DB.FindTopicBySlug(ctx, r.PathValue("slug"))
	if err != nil {
		s.Error(w, r, err)
		return
	}
	order := topic.Order
	switch o := annals.Order(r.URL.Query().Get("order")); {
	case o.Valid():
		order = o
	case o != "":
		s.Error(w, r, annals.Errorf(annals.EINVALID, "Order %q is not newest or oldest.", o))
		return
	}
	page := 1
	if p := r.URL.Query().Get("page"); p != "" {
		if page, err = strconv.Atoi(p); err != nil || page < 1 || page > 1_000_000 {
			s.Error(w, r, annals.Errorf(annals.EINVALID, "Page %q is not a page number.", p))
			return
		}
	}
	recs, total, err := s.DB.FindRecords(ctx, annals.RecordFilter{
		Topic: topic.Slug, Order: order, Offset: (page - 1) * topicPageSize, Limit: topicPageSize,
	})
	if err != nil {
		s.Error(w, r, err)
		return
	}
	base := "/topics/" + url.PathEscape(topic.Slug)
	pageURL := func(o annals.Order, p int) string {
		q := url.Values{}
		if o != topic.Order {
			q.Set("order", string(o))
		}
		if p > 1 {
			q.Set("page", strconv.Itoa(p))
		}
		if len(q) == 0 {
			return base
		}
		return base + "?" + q.Encode()
	}
	data := &topicPage{
		layoutData: layoutData{SiteName: s.SiteName, Title: topic.Title, Canonical: pageURL(order, page)},
		Topic:      topic, Order: order, Groups: groupByYear(recs), Total: total, Page: page,
		NewestURL: pageURL(annals.NewestFirst, 1), OldestURL: pageURL(annals.OldestFirst, 1),
	}
	if page > 1 {
		data.PrevURL = pageURL(order, page-1)
	}
	if page*topicPageSize < total {
		data.NextURL = pageURL(order, page+1)
	}
	if page > 1 {
		data.Title = fmt.Sprintf("%s (page %d)", topic.Title, page)
	}
	s.render(w, r, http.StatusOK, "topic", data)
}

// groupByYear splits records, already in date order, into runs of one year.
func groupByYear(recs []*annals.Record) []yearGroup {
	var out []yearGroup
	for _, r := range recs {
		y := 0
		if !r.Date.IsZero() {
			y = r.Date.Year
		}
		if len(out) == 0 || out[len(out)-1].Year != y {
			out = append(out, yearGroup{Year: y})
		}
		g := &out[len(out)-1]
		g.Records = append(g.Records, r)
	}
	return out
}
