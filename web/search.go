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
	Records []*annals.Record
	Total   int
	Page    int
	PrevURL string
	NextURL string
	Problem string
}

func (s *Server) handleSearch(w http.ResponseWriter, r *http.Request) {
	q := strings.TrimSpace(r.URL.Query().Get("q"))
	if len(q) > 1000 {
		q = q[:1000]
	}
	data := &searchPage{layoutData: layoutData{SiteName: s.SiteName, Title: "Search", Query: q}, Page: 1}
	if p := r.URL.Query().Get("page"); p != "" {
		if n, err := strconv.Atoi(p); err == nil && n >= 1 && n <= 10000 {
			data.Page = n
		}
	}
	if q != "" {
		data.Title = "Search: " + q
		recs, total, err := s.DB.SearchRecords(r.Context(), q, (data.Page-1)*searchPageSize, searchPageSize)
		switch {
		case annals.ErrorCode(err) == annals.EINVALID:
			// A query we cannot run is the user's to fix, on the same page.
			data.Problem = annals.ErrorMessage(err)
		case err != nil:
			s.Error(w, r, err)
			return
		}
		data.Records, data.Total = recs, total
		link := func(p int) string {
			v := url.Values{"q": {q}}
			if p > 1 {
				v.Set("page", strconv.Itoa(p))
			}
			return "/search?" + v.Encode()
		}
		if data.Page > 1 {
			data.PrevURL = link(data.Page - 1)
		}
		if data.Page*searchPageSize < total {
			data.NextURL = link(data.Page + 1)
		}
	}
	s.render(w, r, http.StatusOK, "search", data)
}
