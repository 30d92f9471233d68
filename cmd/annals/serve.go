package main

import (
	"context"
	"fmt"
	"net/url"
	"time"

	"github.com/labor-annals/annals/web"
)

func runServe(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "serve", "[-db PATH] [-addr HOST:PORT]")
	dbPath := dbFlag(fs, e)
	addr := fs.String("addr", defaultAddr(e), "`address` to listen on (env ANNALS_ADDR)")
	verbose := fs.Bool("v", false, "log every request")
	baseURL := fs.String("base-url", e.getenv("ANNALS_BASE_URL"), "public `URL` of the site, for absolute canonical links and citations (env ANNALS_BASE_URL)")
	poll := fs.Duration("poll", 5*time.Minute, "look for due feed subscriptions this often (0 turns polling off)")
	allowPrivate := fs.Bool("allow-private", false, "allow subscriptions on loopback and private networks")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usagef("unexpected argument %q", fs.Arg(0))
	}
	if err := checkBaseURL(*baseURL); err != nil {
		return err
	}
	log := newLogger(e, *verbose)
	db, err := e.openDB(ctx, *dbPath)
	if err != nil {
		return err
	}
	defer db.Close()
	db.Logger = log
	if *poll > 0 {
		go newPoller(db, log, *allowPrivate).Run(ctx, *poll)
	}
	return serve(ctx, e, &web.Server{DB: db, Logger: log, Addr: *addr, BaseURL: *baseURL})
}

// checkBaseURL accepts "" or an absolute http(s) URL without a query.
func checkBaseURL(s string) error {
	if s == "" {
		return nil
	}
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.RawQuery != "" || u.Fragment != "" {
		return usagef("-base-url %q is not an absolute http(s) URL such as https://archive.example.org", s)
	}
	return nil
}

func defaultAddr(e *env) string {
	if a := e.getenv("ANNALS_ADDR"); a != "" {
		return a
	}
	return "127.0.0.1:8080"
}

// serve runs srv until ctx is cancelled.
func serve(ctx context.Context, e *env, srv *web.Server) error {
	if err := srv.Open(); err != nil {
		return err
	}
	fmt.Fprintf(e.stderr, "annals: serving on %s (Ctrl-C to stop)\n", srv.URL())
	<-ctx.Done()
	return srv.Close()
}
