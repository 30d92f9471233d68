// Package subscription keeps feed subscriptions fresh: it fetches each
// subscription that is due, conditionally, imports what changed into its
// topic, and schedules the next check, backing off after failures. It
// owns the schedule, not the storage, the fetching or the parsing, which
// it is handed.
package subscription

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"log/slog"
	"net/url"
	"time"

	"github.com/labor-annals/annals"
	"github.com/labor-annals/annals/fetch"
	"github.com/labor-annals/annals/ingest"
)

// Defaults for a Poller's zero fields.
const (
	DefaultInterval   = time.Hour
	DefaultMaxBackoff = 24 * time.Hour
)

// store keeps the subscriptions; *store.DB is one.
type store interface {
	FindSubscriptions(ctx context.Context, due time.Time) ([]*annals.Subscription, error)
	UpdateSubscription(ctx context.Context, s *annals.Subscription) error
}

// fetcher downloads a URL; *fetch.Client is one.
type fetcher interface {
	Fetch(ctx context.Context, u *url.URL, cond fetch.Conditional) (*fetch.Response, error)
}

// importer saves an input's records; *ingest.Ingester is one.
type importer interface {
	Import(ctx context.Context, name string, r io.Reader, opts ingest.Options) (annals.ImportResult, *ingest.Parsed, error)
}

// Poller checks subscriptions.
type Poller struct {
	Store    store
	Fetcher  fetcher
	Ingester importer
	// Interval is the time between checks of a healthy subscription.
	Interval time.Duration
	// MaxBackoff bounds the wait after repeated failures.
	MaxBackoff time.Duration
	// Now returns the current time; time.Now when nil.
	Now func() time.Time
	// Logger receives one message per check.
	Logger *slog.Logger
}

// Outcome is what one check did.
type Outcome struct {
	Subscription *annals.Subscription
	// NotModified reports that the server had nothing new.
	NotModified bool
	// Result is the import's report when something was imported.
	Result annals.ImportResult
	// Err is why the check failed; the subscription is kept and retried
	// later.
	Err error
}

// RunOnce checks every subscription that is due now, one after another,
// and returns what happened to each. Only a failure to read or update the
// subscriptions themselves is returned as an error.
func (p *Poller) RunOnce(ctx context.Context) ([]Outcome, error) {
	now := p.now()
	due, err := p.Store.FindSubscriptions(ctx, now)
	if err != nil {
		return nil, err
	}
	var out []Outcome
	for _, s := range due {
		if err := ctx.Err(); err != nil {
			return out, err
		}
		o := p.check(ctx, s)
		s.CheckedAt = p.now()
		if o.Err != nil {
			s.Failures++
			s.LastError = annals.ErrorMessage(o.Err)
			if annals.ErrorCode(o.Err) == annals.EINTERNAL {
				s.LastError = o.Err.Error()
			}
		} else {
			s.Failures, s.LastError = 0, ""
		}
		s.NextCheckAt = s.CheckedAt.Add(p.wait(s.Failures))
		if err := p.Store.UpdateSubscription(ctx, s); err != nil {
			return out, fmt.Errorf("update subscription %d: %w", s.ID, err)
		}
		p.logger().Info("subscription checked", "url", s.URL, "topic", s.Topic, "not_modified", o.NotModified,
			"new", o.Result.New, "failures", s.Failures, "next_check_at", s.NextCheckAt)
		out = append(out, o)
	}
	return out, nil
}

// Run checks due subscriptions every tick until ctx ends.
func (p *Poller) Run(ctx context.Context, tick time.Duration) {
	t := time.NewTicker(tick)
	defer t.Stop()
	for {
		if _, err := p.RunOnce(ctx); err != nil && ctx.Err() == nil {
			p.logger().Error("subscriptions not checked", "error", err)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

func (p *Poller) check(ctx context.Context, s *annals.Subscription) Outcome {
	o := Outcome{Subscription: s}
	u, err := url.Parse(s.URL)
	if err != nil {
		o.Err = annals.Errorf(annals.EINVALID, "%q is not a URL", s.URL)
		return o
	}
	resp, err := p.Fetcher.Fetch(ctx, u, fetch.Conditional{ETag: s.ETag, LastModified: s.LastModified})
	if err != nil {
		o.Err = err
		return o
	}
	if resp.NotModified {
		o.NotModified = true
		return o
	}
	body, err := resp.UTF8()
	if err != nil {
		o.Err = err
		return o
	}
	o.Result, _, o.Err = p.Ingester.Import(ctx, s.URL, bytes.NewReader(body), ingest.Options{Topic: annals.Topic{Slug: s.Topic}})
	if o.Err == nil {
		// Only a feed that was read is trusted to be unchanged next time.
		s.ETag, s.LastModified = resp.ETag, resp.LastModified
	}
	return o
}

// wait is the time to the next check after the given number of failures
// in a row: the interval, doubled for each failure, up to MaxBackoff.
func (p *Poller) wait(failures int) time.Duration {
	d := p.Interval
	if d <= 0 {
		d = DefaultInterval
	}
	limit := p.MaxBackoff
	if limit <= 0 {
		limit = DefaultMaxBackoff
	}
	for i := 0; i < failures && d < limit; i++ {
		d *= 2
	}
	return min(d, limit)
}

func (p *Poller) now() time.Time {
	if p.Now != nil {
		return p.Now()
	}
	return time.Now()
}

func (p *Poller) logger() *slog.Logger {
	if p.Logger != nil {
		return p.Logger
	}
	return slog.New(slog.DiscardHandler)
}
