package web

import (
	"net/http"
	"strconv"

	"github.com/labor-annals/annals"
)

type recordPage struct {
	layoutData
	Record *annals.Record
	Topics []*annals.Topic
}

func (s *Server) handleRecordView(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil || id <= 0 {
		s.Error(w, r, annals.Errorf(annals.ENOTFOUND, "There is no record %q.", r.PathValue("id")))
		return
	}
	rec, err := s.DB.FindRecordByID(ctx, id)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	var topics []*annals.Topic
	for _, slug := range rec.Topics {
		t, err := s.DB.FindTopicBySlug(ctx, slug)
		if err != nil {
			s.Error(w, r, err)
			return
		}
		topics = append(topics, t)
	}
	s.render(w, r, http.StatusOK, "record", &recordPage{
		layoutData: layoutData{SiteName: s.SiteName, Title: rec.DisplayTitle(), Canonical: "/records/" + strconv.FormatInt(id, 10)},
		Record:     rec, Topics: topics,
	})
}
