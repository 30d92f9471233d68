package main

import (
	"context"
	"fmt"
	"time"
)

// runOptimize merges the search index after bulk imports.
func runOptimize(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "optimize", "[-db PATH]")
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
	if err := db.Optimize(ctx); err != nil {
		return err
	}
	fmt.Fprintf(e.stderr, "annals: search index merged in %s\n", time.Since(start).Round(time.Millisecond))
	return nil
}
