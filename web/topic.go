package web

import (
	"fmt"
	"net/http"

	"github.com/labor-annals/annals"
)

type topicPage struct {
	layoutData
	Topic *annals.Topic
	*listing
}

// handleTopicView shows a topic: its description and disclaimer, the
// timeline of its records, and one page of them grouped by year, newest
// or oldest first (?order=), narrowed to a year (?year=) and paged
// (?page=).
func (s *Server) handleTopicView(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	topic, err := s.topic(ctx, r.PathValue("slug"))
	if err != nil {
		s.Error(w, r, err)
		return
	}
	p, err := parseListParams(r, topic.Order, true)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	l, err := s.listRecords(r, TopicPath(topic.Slug), annals.RecordFilter{Topic: topic.Slug}, p, topic.Order, true)
	if err != nil {
		s.Error(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, topicView(s.topicData(topic, l)))
}

// topicData is the page of a topic showing the listing l.
func (s *Server) topicData(topic *annals.Topic, l *listing) *topicPage {
	data := &topicPage{layoutData: s.layout(topic.Title, l.SelfURL), Topic: topic, listing: l}
	data.Description = topic.Description
	if data.Description == "" {
		data.Description = fmt.Sprintf("%s: %s in the archive.", topic.Title, plural(topic.RecordCount, "record", "records"))
	}
	if l.Year != 0 {
		data.Title = fmt.Sprintf("%s in %d", topic.Title, l.Year)
	}
	if l.Page > 1 {
		data.Title += fmt.Sprintf(" (page %d)", l.Page)
	}
	return data
}
