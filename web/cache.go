package web

import (
	"context"
	"sync"

	"github.com/labor-annals/annals"
)

// maxCachedCounts bounds the year counts kept, so that a crawler walking
// every author page cannot grow the cache without end.
const maxCachedCounts = 2000

// statsCache keeps what every topic page needs and a large archive makes
// expensive: the topics with their counts and spans, and the records per
// year behind each timeline (a tenth of a second for a 100,000-record
// topic). It is valid while the store's change stamp stays the same.
type statsCache struct {
	mu     sync.Mutex
	stamp  string
	topics []*annals.Topic
	years  map[annals.RecordFilter][]annals.YearCount
}

// fresh empties the cache when the archive changed since it was filled.
func (s *Server) fresh(ctx context.Context) error {
	stamp, err := s.DB.ChangeStamp(ctx)
	if err != nil {
		return err
	}
	c := &s.cache
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.stamp != stamp {
		c.stamp, c.topics, c.years = stamp, nil, nil
	}
	return nil
}

// topics returns every topic with its count and date span, by title. The
// slice is shared: callers must not change it.
func (s *Server) topics(ctx context.Context) ([]*annals.Topic, error) {
	if err := s.fresh(ctx); err != nil {
		return nil, err
	}
	c := &s.cache
	c.mu.Lock()
	ts := c.topics
	c.mu.Unlock()
	if ts != nil {
		return ts, nil
	}
	ts, err := s.DB.FindTopics(ctx)
	if err != nil {
		return nil, err
	}
	if ts == nil {
		ts = []*annals.Topic{}
	}
	c.mu.Lock()
	c.topics = ts
	c.mu.Unlock()
	return ts, nil
}

// topic returns one topic from the cached list; ENOTFOUND when there is
// none with that slug.
func (s *Server) topic(ctx context.Context, slug string) (*annals.Topic, error) {
	ts, err := s.topics(ctx)
	if err != nil {
		return nil, err
	}
	for _, t := range ts {
		if t.Slug == slug {
			return t, nil
		}
	}
	return nil, annals.Errorf(annals.ENOTFOUND, "Topic %q not found.", slug)
}

// yearCounts returns the records per year that pass f (paging, order and
// year ignored), oldest first.
func (s *Server) yearCounts(ctx context.Context, f annals.RecordFilter) ([]annals.YearCount, error) {
	f = annals.RecordFilter{Topic: f.Topic, Author: f.Author, Source: f.Source}
	if err := s.fresh(ctx); err != nil {
		return nil, err
	}
	c := &s.cache
	c.mu.Lock()
	yc, ok := c.years[f]
	c.mu.Unlock()
	if ok {
		return yc, nil
	}
	yc, err := s.DB.YearCounts(ctx, f)
	if err != nil {
		return nil, err
	}
	c.mu.Lock()
	if c.years == nil || len(c.years) >= maxCachedCounts {
		c.years = map[annals.RecordFilter][]annals.YearCount{}
	}
	c.years[f] = yc
	c.mu.Unlock()
	return yc, nil
}
