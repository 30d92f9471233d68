package web

import (
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/labor-annals/annals"
)

const searchPageSize = 20

type searchPage struct {
	layoutData
	Result  *annals.SearchResult
	Page    int
	PrevURL string
	NextURL string
	Problem string
	Facets  []facetGroup
	// Help is filled when nothing matched: how the words were folded and
	// looser queries that do match.
	Help *noResultsHelp
}

// count is the line above the results: "About 1,200 records match “x”."
func (d *searchPage) count() string {
	s := plural(d.Result.Total, "record matches", "records match") + " “" + d.Query + "”."
	if !d.Result.TotalExact {
		s = "About " + s
	}
	return s
}

// searchURL is the address of the search page for a query.
func searchURL(q string) string { return "/search?" + url.Values{"q": {q}}.Encode() }

// facetGroup is one facet as links that narrow the query.
type facetGroup struct {
	Name  string
	Links []facetLink
}

type facetLink struct {
	Label string
	Count int
	URL   string
}

func (s *Server) handleSearch(w http.ResponseWriter, r *http.Request) {
	raw := strings.TrimSpace(r.URL.Query().Get("q"))
	if slug := r.URL.Query().Get("topic"); slug != "" && annals.ValidateSlug(slug) == nil {
		// The "search this topic" box of a topic page: the query is the
		// topic filter plus the words, at its own address.
		http.Redirect(w, r, searchURL(strings.TrimSpace("topic:"+slug+" "+raw)), http.StatusSeeOther)
		return
	}
	data := &searchPage{layoutData: s.layout("Search", "/search"), Page: 1}
	data.Query, data.Wide, data.NoIndex = raw, true, raw != ""
	if p := r.URL.Query().Get("page"); p != "" {
		if n, err := strconv.Atoi(p); err == nil && n >= 1 && n <= 500 {
			data.Page = n
		}
	}
	if raw == "" {
		s.render(w, r, http.StatusOK, searchView(data))
		return
	}
	data.Title = "Search: " + raw
	q, err := annals.ParseQuery(raw)
	var res *annals.SearchResult
	if err == nil {
		res, err = s.DB.Search(r.Context(), q, annals.SearchOptions{Offset: (data.Page - 1) * searchPageSize, Limit: searchPageSize, Facets: true})
	}
	switch {
	case annals.ErrorCode(err) == annals.EINVALID:
		// A query we cannot run is the user's to fix, on the same page,
		// with the message saying how.
		data.Problem = annals.ErrorMessage(err)
		s.render(w, r, http.StatusOK, searchView(data))
		return
	case err != nil:
		s.Error(w, r, err)
		return
	}
	data.Result = res
	if res.Total == 0 {
		data.Help = s.noResults(r.Context(), q)
	}
	link := func(query string, page int) string {
		v := url.Values{"q": {query}}
		if page > 1 {
			v.Set("page", strconv.Itoa(page))
		}
		return "/search?" + v.Encode()
	}
	if data.Page > 1 {
		data.PrevURL = link(raw, data.Page-1)
	}
	if data.Page*searchPageSize < res.Total && data.Page < 500 {
		data.NextURL = link(raw, data.Page+1)
	}
	narrow := func(name string, counts []annals.FacetCount, filter func(v string) string) {
		if len(counts) < 2 {
			// A facet with one value narrows nothing.
			return
		}
		g := facetGroup{Name: name}
		for _, c := range counts {
			g.Links = append(g.Links, facetLink{Label: c.Value, Count: c.Count, URL: link(raw+" "+filter(c.Value), 1)})
		}
		data.Facets = append(data.Facets, g)
	}
	f := res.Facets
	narrow("Decade", f.Decades, func(v string) string {
		d := strings.TrimSuffix(v, "s")
		n, _ := strconv.Atoi(d)
		return "year:" + d + ".." + strconv.Itoa(n+9)
	})
	narrow("Year", f.Years, func(v string) string { return "year:" + v })
	narrow("Author", f.Authors, func(v string) string { return `author:"` + stripQuotes(v) + `"` })
	narrow("Source", f.Sources, func(v string) string { return `source:"` + stripQuotes(v) + `"` })
	narrow("Topic", f.Topics, func(v string) string { return "topic:" + v })
	narrow("Language", f.Languages, func(v string) string { return "lang:" + v })
	s.render(w, r, http.StatusOK, searchView(data))
}

// stripQuotes removes characters that would end a quoted phrase.
func stripQuotes(s string) string {
	return strings.Map(func(c rune) rune {
		switch c {
		case '"', '“', '”', '„', '«', '»':
			return ' '
		}
		return c
	}, s)
}
