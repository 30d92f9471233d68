package subscription_test

import (
	"net/http"
	"net/http/httptest"
	"sync"
	"testing"
	"time"

	"github.com/labor-annals/annals"
	"github.com/labor-annals/annals/fetch"
	"github.com/labor-annals/annals/ingest"
	"github.com/labor-annals/annals/store/storetest"
	"github.com/labor-annals/annals/subscription"
)

const feed = `<?xml version="1.0"?><rss version="2.0"><channel><title>Union news</title><link>https://union.example/</link>
<item><title>Miners strike in Karaganda</title><link>https://union.example/1</link><pubDate>Mon, 06 Sep 2021 16:45:00 +0000</pubDate></item>
<item><title>Teachers win pay rise</title><link>https://union.example/2</link><pubDate>Tue, 07 Sep 2021 09:00:00 +0000</pubDate></item>
</channel></rss>`

// server serves the feed with an ETag, or fails while broken is set.
type server struct {
	mu       sync.Mutex
	broken   bool
	requests int
}

func (s *server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.requests++
	switch {
	case s.broken:
		http.Error(w, "down for maintenance", http.StatusServiceUnavailable)
	case r.Header.Get("If-None-Match") == `"v1"`:
		w.WriteHeader(http.StatusNotModified)
	default:
		w.Header().Set("ETag", `"v1"`)
		w.Write([]byte(feed))
	}
}

func TestPoller(t *testing.T) {
	ctx := t.Context()
	db := storetest.NewDB(t)
	srv := &server{}
	ts := httptest.NewServer(srv)
	defer ts.Close()
	now := time.Date(2026, 11, 22, 12, 0, 0, 0, time.UTC)
	db.Now = func() time.Time { return now }
	p := &subscription.Poller{
		Store:    db,
		Fetcher:  &fetch.Client{AllowPrivate: true, IgnoreRobots: true, HostInterval: -1},
		Ingester: &ingest.Ingester{Store: db},
		Interval: time.Hour,
		Now:      func() time.Time { return now },
	}
	if _, err := db.CreateSubscription(ctx, "unions", ts.URL+"/feed.xml"); err != nil {
		t.Fatal(err)
	}
	if _, err := db.CreateSubscription(ctx, "unions", ts.URL+"/feed.xml"); annals.ErrorCode(err) != annals.ECONFLICT {
		t.Errorf("second subscription: %v, want ECONFLICT", err)
	}
	run := func() []subscription.Outcome {
		t.Helper()
		out, err := p.RunOnce(ctx)
		if err != nil {
			t.Fatal(err)
		}
		return out
	}

	// Due at once: the feed is imported.
	if out := run(); len(out) != 1 || out[0].Err != nil || out[0].Result.New != 2 {
		t.Fatalf("first round: %+v", out)
	}
	// Not due again within the interval.
	now = now.Add(30 * time.Minute)
	if out := run(); len(out) != 0 {
		t.Fatalf("round within the interval checked %d", len(out))
	}
	// Due after it; the server answers 304 to the stored ETag.
	now = now.Add(31 * time.Minute)
	if out := run(); len(out) != 1 || !out[0].NotModified {
		t.Fatalf("conditional round: %+v", out)
	}
	// Failures back off: 2h, then 4h.
	srv.broken = true
	for _, want := range []time.Duration{2 * time.Hour, 4 * time.Hour} {
		now = now.Add(24 * time.Hour)
		out := run()
		if len(out) != 1 || out[0].Err == nil {
			t.Fatalf("broken round: %+v", out)
		}
		subs, _ := db.FindSubscriptions(ctx, time.Time{})
		if got := subs[0].NextCheckAt.Sub(now); got != want || subs[0].LastError == "" {
			t.Errorf("after %d failures: next check in %v (error %q), want %v", subs[0].Failures, got, subs[0].LastError, want)
		}
	}
	// Recovery resets the count; nothing is imported twice.
	srv.broken = false
	now = now.Add(24 * time.Hour)
	out := run()
	if len(out) != 1 || out[0].Err != nil || out[0].Result.New != 0 && !out[0].NotModified {
		t.Fatalf("recovered round: %+v", out)
	}
	subs, _ := db.FindSubscriptions(ctx, time.Time{})
	if subs[0].Failures != 0 || subs[0].LastError != "" {
		t.Errorf("after recovery: %+v", subs[0])
	}
	if _, total, _ := db.FindRecords(ctx, annals.RecordFilter{Topic: "unions"}); total != 2 {
		t.Errorf("topic has %d records, want 2", total)
	}
}
