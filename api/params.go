package api

import (
	"context"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/labor-annals/annals"
)

// Page size bounds of every paged route.
const (
	defaultLimit = 20
	maxLimit     = 100
	// maxSearchOffset is the deepest offset store.Search pages to; a next
	// link never points beyond it.
	maxSearchOffset = 10000
)

// page is the offset and limit a request asked for, within bounds.
type page struct {
	offset, limit int
}

// pageParams reads offset and limit. A limit above maxLimit is lowered to
// it; anything that is not a whole number in range is the client's mistake.
func pageParams(v url.Values) (page, error) {
	p := page{limit: defaultLimit}
	if s := v.Get("offset"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 0 {
			return p, annals.Errorf(annals.EINVALID, "offset=%s is not a whole number from 0 up, or is too large; write e.g. offset=20.", truncate(s, 40))
		}
		p.offset = n
	}
	if s := v.Get("limit"); s != "" {
		n, err := strconv.Atoi(s)
		switch {
		case err == nil && n >= 1:
			p.limit = min(n, maxLimit)
		case err != nil && isBigNumber(s):
			p.limit = maxLimit // too big for an int: as many as allowed
		default:
			return p, annals.Errorf(annals.EINVALID, "limit=%s is not a whole number from 1 to %d; write e.g. limit=20.", truncate(s, 40), maxLimit)
		}
	}
	return p, nil
}

// isBigNumber reports whether s is all digits: a whole number too large to
// parse, which as a limit simply means "as many as allowed".
func isBigNumber(s string) bool {
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return s != ""
}

// nextURL is the address of the page after p, with the request's other
// parameters kept; "" when there is none. full says whether p was a full
// page, total is the number of items in all, and last is the deepest
// offset the route can serve (0 for no bound).
func (h *Handler) nextURL(r *http.Request, p page, full bool, total, last int) *string {
	next := p.offset + p.limit
	if !full || next >= total || (last > 0 && next > last) {
		return nil
	}
	v := r.URL.Query()
	v.Set("offset", strconv.Itoa(next))
	v.Set("limit", strconv.Itoa(p.limit))
	u := h.url(r.URL.Path + "?" + v.Encode())
	return &u
}

// topicParam reads and checks the topic parameter: "" when absent, a 400
// for a malformed slug and a 404 for an unknown topic.
func (h *Handler) topicParam(ctx context.Context, v url.Values) (string, error) {
	slug := strings.TrimSpace(v.Get("topic"))
	if slug == "" {
		return "", nil
	}
	if annals.ValidateSlug(slug) != nil {
		return "", annals.Errorf(annals.EINVALID, "topic=%s is not a topic slug; slugs look like topic=kazakhstan.", truncate(slug, 80))
	}
	if _, err := h.DB.FindTopicBySlug(ctx, slug); err != nil {
		return "", err
	}
	return slug, nil
}

// searchQuery parses the q parameter and merges the filter parameters
// (topic, author, source, year, sort) into the parsed query. The filters
// are joined to the parsed tree, not pasted into the text, so that no
// value can change the query's meaning: `q=a OR b&author=X` means
// (a OR b) AND author:"X". It reports none when the filters contradict the
// query's own so that nothing can match (q=topic:a&topic=b).
func (h *Handler) searchQuery(ctx context.Context, v url.Values) (q *annals.Query, none bool, err error) {
	q, err = annals.ParseQuery(strings.TrimSpace(v.Get("q")))
	if err != nil {
		return nil, false, err
	}
	slug, err := h.topicParam(ctx, v)
	if err != nil {
		return nil, false, err
	}
	if slug != "" {
		// q's topics are alternatives; the parameter narrows them.
		none = len(q.Topics) > 0 && !slices.Contains(q.Topics, slug)
		q.Topics = []string{slug}
	}
	var terms []annals.Node
	for _, field := range []string{annals.FieldAuthor, annals.FieldSource} {
		name := strings.TrimSpace(v.Get(field))
		if name == "" {
			continue
		}
		if len(name) > annals.MaxNameLen {
			return nil, false, annals.Errorf(annals.EINVALID, "The %s parameter is longer than %d bytes.", field, annals.MaxNameLen)
		}
		// A phrase term, as author:"…" in a query: the words of the name
		// in order, folded like every search.
		terms = append(terms, &annals.Term{Field: field, Text: name, Phrase: true})
	}
	if len(terms) > 0 {
		if q.Text != nil {
			terms = append([]annals.Node{q.Text}, terms...)
		}
		if len(terms) == 1 {
			q.Text = terms[0]
		} else {
			q.Text = &annals.And{Nodes: terms}
		}
	}
	if s := strings.TrimSpace(v.Get("year")); s != "" {
		y, err := strconv.Atoi(s)
		if err != nil || len(s) != 4 || y < 1 {
			return nil, false, annals.Errorf(annals.EINVALID, "year=%s is not a year; write e.g. year=2012 (or year:1995..2001 in q).", truncate(s, 40))
		}
		d := annals.YearDate(y)
		if q.From.IsZero() || start(d).After(start(q.From)) {
			q.From = d
		}
		if q.To.IsZero() || end(d).Before(end(q.To)) {
			q.To = d
		}
		if end(q.To).Before(start(q.From)) {
			return nil, false, annals.Errorf(annals.EINVALID, "year=%d lies outside the dates the query asks for; nothing can match.", y)
		}
	}
	if s := v.Get("sort"); s != "" {
		switch sort := annals.Sort(s); sort {
		case annals.SortRelevance, annals.SortDateAsc, annals.SortDateDesc:
			q.Sort = sort
		default:
			return nil, false, annals.Errorf(annals.EINVALID, "sort=%s is not an order; write sort=relevance, sort=date (oldest first) or sort=-date (newest first).", truncate(s, 40))
		}
	}
	return q, none, nil
}

// start and end are the first and last day a known date covers.
func start(d annals.Date) time.Time { return d.Time() }

func end(d annals.Date) time.Time {
	t := d.Time()
	switch d.Precision {
	case annals.PrecisionYear:
		return t.AddDate(1, 0, -1)
	case annals.PrecisionMonth:
		return t.AddDate(0, 1, -1)
	}
	return t
}
