package web

import (
	"net/http"
	"strconv"

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
	s.render(w, r, http.StatusOK, homeView(&homePage{
		layoutData: s.layout(s.SiteName, "/"),
		Topics:     topics,
	}))
}

// topicSpan is the line beside a topic on the home page: its records and
// the years they span, "18 records, 1997–2022".
func topicSpan(t *annals.Topic) string {
	s := plural(t.RecordCount, "record", "records")
	if !t.First.IsZero() {
		s += ", " + strconv.Itoa(t.First.Year)
		if t.First.Year != t.Last.Year {
			s += "–" + strconv.Itoa(t.Last.Year)
		}
	}
	return s
}
