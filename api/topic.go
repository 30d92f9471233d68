package api

import (
	"net/http"
	"net/url"
	"time"

	"github.com/labor-annals/annals"
)

// topicJSON is a topic as the API shows it: the Topic schema.
type topicJSON struct {
	Slug        string       `json:"slug"`
	Title       string       `json:"title"`
	Description *string      `json:"description"`
	Disclaimer  *string      `json:"disclaimer"`
	Order       annals.Order `json:"order"`
	RecordCount int          `json:"record_count"`
	// First and Last are the earliest and latest record dates; null when
	// no record of the topic is dated.
	First     annals.Date `json:"first"`
	Last      annals.Date `json:"last"`
	CreatedAt time.Time   `json:"created_at"`
	UpdatedAt time.Time   `json:"updated_at"`
	Links     topicLinks  `json:"links"`
}

type topicLinks struct {
	Self    string `json:"self"`
	HTML    string `json:"html"`
	Records string `json:"records"`
}

// topicList is the TopicList schema: every topic, by title.
type topicList struct {
	Total  int         `json:"total"`
	Topics []topicJSON `json:"topics"`
}

func (h *Handler) topicOf(t *annals.Topic) topicJSON {
	slug := url.PathEscape(t.Slug)
	return topicJSON{
		Slug: t.Slug, Title: t.Title, Description: nullable(t.Description), Disclaimer: nullable(t.Disclaimer),
		Order: t.Order, RecordCount: t.RecordCount, First: t.First, Last: t.Last,
		CreatedAt: t.CreatedAt.UTC(), UpdatedAt: t.UpdatedAt.UTC(),
		Links: topicLinks{
			Self:    h.url(Prefix + "/topics/" + slug),
			HTML:    h.url("/topics/" + slug),
			Records: h.url(Prefix + "/records?" + url.Values{"topic": {t.Slug}}.Encode()),
		},
	}
}

// listTopics serves /api/v1/topics. An archive has few topics, so the list
// is not paged.
func (h *Handler) listTopics(r *http.Request) (any, error) {
	ts, err := h.DB.FindTopics(r.Context())
	if err != nil {
		return nil, err
	}
	out := &topicList{Total: len(ts), Topics: make([]topicJSON, 0, len(ts))}
	for _, t := range ts {
		out.Topics = append(out.Topics, h.topicOf(t))
	}
	return out, nil
}

// getTopic serves /api/v1/topics/{slug}.
func (h *Handler) getTopic(r *http.Request) (any, error) {
	slug := r.PathValue("slug")
	if annals.ValidateSlug(slug) != nil {
		return nil, annals.Errorf(annals.ENOTFOUND, "There is no topic %q.", truncate(slug, 80))
	}
	t, err := h.DB.FindTopicBySlug(r.Context(), slug)
	if err != nil {
		return nil, err
	}
	return h.topicOf(t), nil
}
