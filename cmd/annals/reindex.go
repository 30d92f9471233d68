package main

import (
	"context"
	"fmt"
	"time"
)

// runReindex folds every record again with the current gazetteers.
func runReindex(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "reindex", "[-db PATH]")
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
	var bar *progress
	err = db.Reindex(ctx, func(done, total int) {
		if bar == nil {
			bar = newProgress(e, e.stderr, total, "reindexing")
		}
		bar.set(done)
	})
	if bar != nil {
		bar.finish()
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stderr, "annals: search index rebuilt in %s\n", time.Since(start).Round(time.Millisecond))
	return nil
}
