package api

import (
	"net/http"

	"github.com/labor-annals/annals"
)

// facetsJSON is the FacetsResult schema: how the records matching a query
// spread over years, decades, authors, sources, topics and languages.
type facetsJSON struct {
	Query      string `json:"query"`
	Total      int    `json:"total"`
	TotalExact bool   `json:"total_exact"`
	// FacetsExact is false when the matches were too many to count
	// whole; the facets then count the best FacetSample matches.
	FacetsExact bool       `json:"facets_exact"`
	FacetSample *int       `json:"facet_sample"`
	Facets      facetLists `json:"facets"`
}

// facetLists is the Facets schema. Years and decades are in time order,
// the others largest first (at most 20 of each).
type facetLists struct {
	Years     []annals.FacetCount `json:"years"`
	Decades   []annals.FacetCount `json:"decades"`
	Authors   []annals.FacetCount `json:"authors"`
	Sources   []annals.FacetCount `json:"sources"`
	Topics    []annals.FacetCount `json:"topics"`
	Languages []annals.FacetCount `json:"languages"`
}

// getFacets serves /api/v1/facets, with the same q and filters as
// /api/v1/records.
func (h *Handler) getFacets(r *http.Request) (any, error) {
	ctx := r.Context()
	v := r.URL.Query()
	q, none, err := h.searchQuery(ctx, v)
	if err != nil {
		return nil, err
	}
	out := &facetsJSON{Query: q.Raw, TotalExact: true, FacetsExact: true}
	if !none {
		// Facets are counted over the matches whatever the page; one
		// hit is the least a page can hold.
		res, err := h.DB.Search(ctx, q, annals.SearchOptions{Limit: 1, Facets: true})
		if err != nil {
			return nil, err
		}
		out.Total, out.TotalExact, out.FacetsExact = res.Total, res.TotalExact, res.FacetsExact
		if !res.FacetsExact {
			n := res.FacetSample
			out.FacetSample = &n
		}
		f := res.Facets
		out.Facets = facetLists{f.Years, f.Decades, f.Authors, f.Sources, f.Topics, f.Languages}
	}
	for _, l := range []*[]annals.FacetCount{&out.Facets.Years, &out.Facets.Decades, &out.Facets.Authors,
		&out.Facets.Sources, &out.Facets.Topics, &out.Facets.Languages} {
		if *l == nil {
			*l = []annals.FacetCount{}
		}
	}
	return out, nil
}
