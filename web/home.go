package web

import (
	"net/http"

	"github.com/labor-annals/annals"
)

type homePage struct {
	layoutData
	Topics []*annals.Topic
}

func (s *Server) handleHome(w http.ResponseWriter, r *http.Request) {
	topics, err := s.topics(r.Context())
	if err != nil {
		s.Error(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "home", &homePage{
		layoutData: s.layout(s.SiteName, "/"),
		Topics:     topics,
	})
}
