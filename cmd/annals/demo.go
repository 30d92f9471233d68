package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"

	"github.com/labor-annals/annals"
	"github.com/labor-annals/annals/demo"
	"github.com/labor-annals/annals/store"
	"github.com/labor-annals/annals/web"
)

func runDemo(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "demo", "[-addr HOST:PORT]")
	addr := fs.String("addr", defaultAddr(e), "`address` to listen on (env ANNALS_ADDR)")
	verbose := fs.Bool("v", false, "log every request")
	baseURL := fs.String("base-url", e.getenv("ANNALS_BASE_URL"), "public `URL` of the site, for absolute canonical links and citations (env ANNALS_BASE_URL)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usagef("unexpected argument %q", fs.Arg(0))
	}
	if err := checkBaseURL(*baseURL); err != nil {
		return err
	}
	dir, err := os.MkdirTemp("", "annals-demo-")
	if err != nil {
		return fmt.Errorf("create demo directory: %w", err)
	}
	defer os.RemoveAll(dir)
	log := newLogger(e, *verbose)
	db, err := e.openDB(ctx, filepath.Join(dir, "demo.db"))
	if err != nil {
		return err
	}
	defer db.Close()
	db.Logger = log
	if err := buildDemo(ctx, e, db); err != nil {
		return err
	}
	return serve(ctx, e, &web.Server{DB: db, Logger: log, Addr: *addr, BaseURL: *baseURL})
}

// buildDemo imports the seed pages into db, reporting each as it goes.
func buildDemo(ctx context.Context, e *env, db *store.DB) error {
	return demo.Build(ctx, db, func(s demo.Seed, res annals.ImportResult) {
		fmt.Fprintf(e.stderr, "annals: demo: %s (from %s): %d new, %d unchanged, %d merged, %d rejected\n",
			s.Name, s.Origin, res.New, res.Unchanged, res.Merged, res.Rejected)
	})
}
