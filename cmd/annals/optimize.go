package main

import (
	"context"
	"fmt"
	"time"

	"github.com/labor-annals/annals/store"
)

// runOptimize merges the search index after bulk imports.
func runOptimize(ctx context.Context, e *env, args []string) error {
	return maintain(ctx, e, "optimize", args, "search index merged", func(db *store.DB) error {
		return db.Optimize(ctx)
	})
}

// runReindex folds every record again with the current gazetteers.
func runReindex(ctx context.Context, e *env, args []string) error {
	return maintain(ctx, e, "reindex", args, "search index rebuilt", func(db *store.DB) error {
		var bar *progress
		err := db.Reindex(ctx, func(done, total int) {
			if bar == nil {
				bar = newProgress(e, e.stderr, total, "reindexing")
			}
			bar.set(done)
		})
		if bar != nil {
			bar.finish()
		}
		return err
	})
}

// maintain runs one piece of upkeep on the archive named by -db and says
// how long it took.
func maintain(ctx context.Context, e *env, name string, args []string, done string, work func(*store.DB) error) error {
	fs := newFlagSet(e, name, "[-db PATH]")
	dbPath := dbFlag(fs, e)
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	db, err := e.openDB(ctx, *dbPath)
	if err != nil {
		return err
	}
	defer db.Close()
	start := time.Now()
	if err := work(db); err != nil {
		return err
	}
	fmt.Fprintf(e.stderr, "annals: %s in %s\n", done, time.Since(start).Round(time.Millisecond))
	return nil
}
