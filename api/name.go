package api

import (
	"context"
	"net/http"
	"net/url"

	"github.com/labor-annals/annals"
	"github.com/labor-annals/annals/store"
)

// nameJSON is an author or source with its number of records: the
// NameCount schema.
type nameJSON struct {
	Name  string    `json:"name"`
	Count int       `json:"count"`
	Links nameLinks `json:"links"`
}

type nameLinks struct {
	// Records lists the name's records in the API; HTML is its page.
	Records string `json:"records"`
	HTML    string `json:"html"`
}

// authorList and sourceList are the AuthorList and SourceList schemas.
type authorList struct {
	Total   int        `json:"total"`
	Offset  int        `json:"offset"`
	Limit   int        `json:"limit"`
	Authors []nameJSON `json:"authors"`
	Next    *string    `json:"next"`
}

type sourceList struct {
	Total   int        `json:"total"`
	Offset  int        `json:"offset"`
	Limit   int        `json:"limit"`
	Sources []nameJSON `json:"sources"`
	Next    *string    `json:"next"`
}

// listAuthors serves /api/v1/authors: author names in name order.
func (h *Handler) listAuthors(r *http.Request) (any, error) {
	names, total, p, err := h.names(r, h.DB.FindAuthors, "author", "/authors/")
	if err != nil {
		return nil, err
	}
	return &authorList{Total: total, Offset: p.offset, Limit: p.limit, Authors: names,
		Next: h.nextURL(r, p, len(names) == p.limit, total, 0)}, nil
}

// listSources serves /api/v1/sources: publications in name order.
func (h *Handler) listSources(r *http.Request) (any, error) {
	names, total, p, err := h.names(r, h.DB.FindSources, "source", "/sources/")
	if err != nil {
		return nil, err
	}
	return &sourceList{Total: total, Offset: p.offset, Limit: p.limit, Sources: names,
		Next: h.nextURL(r, p, len(names) == p.limit, total, 0)}, nil
}

// names reads one page of names with find, for the records filter param
// and the site's pages under htmlPrefix.
func (h *Handler) names(r *http.Request, find func(context.Context, store.NameFilter) ([]annals.FacetCount, int, error),
	param, htmlPrefix string) ([]nameJSON, int, page, error) {
	ctx := r.Context()
	v := r.URL.Query()
	p, err := pageParams(v)
	if err != nil {
		return nil, 0, p, err
	}
	slug, err := h.topicParam(ctx, v)
	if err != nil {
		return nil, 0, p, err
	}
	counts, total, err := find(ctx, store.NameFilter{Topic: slug, Offset: p.offset, Limit: p.limit})
	if err != nil {
		return nil, 0, p, err
	}
	out := make([]nameJSON, 0, len(counts))
	for _, c := range counts {
		q := url.Values{param: {c.Value}}
		if slug != "" {
			q.Set("topic", slug)
		}
		out = append(out, nameJSON{Name: c.Value, Count: c.Count, Links: nameLinks{
			Records: h.url(Prefix + "/records?" + q.Encode()),
			HTML:    h.url(htmlPrefix + url.PathEscape(c.Value)),
		}})
	}
	return out, total, p, nil
}
