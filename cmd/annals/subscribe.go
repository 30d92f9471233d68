package main

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"time"

	"github.com/labor-annals/annals"
	"github.com/labor-annals/annals/fetch"
	"github.com/labor-annals/annals/ingest"
	"github.com/labor-annals/annals/store"
	"github.com/labor-annals/annals/subscription"
)

func runSubscribe(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "subscribe", "[-db PATH] -topic SLUG URL... | -list | -delete ID")
	dbPath := dbFlag(fs, e)
	slug := fs.String("topic", "", "`slug` of the topic the feed's records are filed under")
	list := fs.Bool("list", false, "list the subscriptions")
	del := fs.Int64("delete", 0, "remove the subscription with this `id`")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	db, err := e.openDB(ctx, *dbPath)
	if err != nil {
		return err
	}
	defer db.Close()
	switch {
	case *list:
		subs, err := db.FindSubscriptions(ctx, time.Time{})
		if err != nil {
			return err
		}
		for _, s := range subs {
			state := "ok"
			if s.Failures > 0 {
				state = fmt.Sprintf("%d failures: %s", s.Failures, s.LastError)
			}
			fmt.Fprintf(e.stdout, "%4d  %-16s  %s  next %s  (%s)\n", s.ID, s.Topic, s.URL, s.NextCheckAt.Local().Format("2006-01-02 15:04"), state)
		}
		return nil
	case *del != 0:
		return db.DeleteSubscription(ctx, *del)
	}
	if *slug == "" || fs.NArg() == 0 {
		return usagef("give -topic and at least one URL")
	}
	for _, u := range fs.Args() {
		s, err := db.CreateSubscription(ctx, *slug, u)
		if err != nil {
			return err
		}
		fmt.Fprintf(e.stdout, "subscribed %s to %s (id %d); 'annals fetch' or 'annals serve' will fetch it\n", s.Topic, s.URL, s.ID)
	}
	return nil
}

func runFetch(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "fetch", "[-db PATH] [-allow-private] [-json]")
	dbPath := dbFlag(fs, e)
	allowPrivate := fs.Bool("allow-private", false, "allow fetching from loopback and private networks")
	asJSON := fs.Bool("json", false, "print what each check did as JSON")
	verbose := fs.Bool("v", false, "log each fetch")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	log := newLogger(e, *verbose)
	db, err := e.openDB(ctx, *dbPath)
	if err != nil {
		return err
	}
	defer db.Close()
	out, err := newPoller(db, log, *allowPrivate).RunOnce(ctx)
	if err != nil {
		return err
	}
	if *asJSON {
		type check struct {
			ID          int64                `json:"id"`
			URL         string               `json:"url"`
			NotModified bool                 `json:"not_modified"`
			Result      *annals.ImportResult `json:"result,omitempty"`
			Error       string               `json:"error,omitempty"`
		}
		checks := []check{}
		for _, o := range out {
			c := check{ID: o.Subscription.ID, URL: o.Subscription.URL, NotModified: o.NotModified}
			if o.Err != nil {
				c.Error = o.Subscription.LastError
			} else if !o.NotModified {
				c.Result = &o.Result
			}
			checks = append(checks, c)
		}
		return json.NewEncoder(e.stdout).Encode(checks)
	}
	if len(out) == 0 {
		fmt.Fprintln(e.stdout, "no subscription is due")
	}
	for _, o := range out {
		switch {
		case o.Err != nil:
			fmt.Fprintf(e.stdout, "%s: failed (%s); retrying %s\n", o.Subscription.URL, o.Subscription.LastError, o.Subscription.NextCheckAt.Local().Format("2006-01-02 15:04"))
		case o.NotModified:
			fmt.Fprintf(e.stdout, "%s: not modified\n", o.Subscription.URL)
		default:
			r := o.Result
			fmt.Fprintf(e.stdout, "%s: %d new, %d unchanged, %d merged, %d rejected\n", o.Subscription.URL, r.New, r.Unchanged, r.Merged, r.Rejected)
		}
	}
	return nil
}

// newPoller wires the subscription poller to the archive and the network.
func newPoller(db *store.DB, log *slog.Logger, allowPrivate bool) *subscription.Poller {
	return &subscription.Poller{
		Store:    db,
		Fetcher:  &fetch.Client{AllowPrivate: allowPrivate, Logger: log},
		Ingester: &ingest.Ingester{Store: db, Logger: log},
		Logger:   log,
	}
}
