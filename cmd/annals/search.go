package main

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/labor-annals/annals"
	"github.com/labor-annals/annals/store"
)

func runSearch(ctx context.Context, e *env, args []string) error {
	fs := newFlagSet(e, "search", "[-db PATH] [-json] [-limit N] QUERY...")
	dbPath := dbFlag(fs, e)
	asJSON := fs.Bool("json", false, "print results as JSON")
	limit := fs.Int("limit", 20, "show at most `n` results")
	offset := fs.Int("offset", 0, "skip the first `n` results")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	q := strings.Join(fs.Args(), " ")
	if strings.TrimSpace(q) == "" {
		return usagef("give words to search for")
	}
	db, err := store.Open(ctx, *dbPath)
	if err != nil {
		return err
	}
	defer db.Close()
	recs, total, err := db.SearchRecords(ctx, q, *offset, *limit)
	if err != nil {
		return err
	}
	if *asJSON {
		if recs == nil {
			recs = []*annals.Record{}
		}
		enc := json.NewEncoder(e.stdout)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		return enc.Encode(struct {
			Query   string           `json:"query"`
			Total   int              `json:"total"`
			Records []*annals.Record `json:"records"`
		}{q, total, recs})
	}
	fmt.Fprintf(e.stdout, "%d %s\n", total, plural(total, "match", "matches"))
	for _, r := range recs {
		date := r.Date.String()
		if date == "" {
			date = "undated"
		}
		fmt.Fprintf(e.stdout, "%6d  %-10s  %s\n", r.ID, date, r.DisplayTitle())
		if len(r.Authors) > 0 || r.Source != "" {
			by := strings.Join(r.Authors, ", ")
			if r.Source != "" {
				if by != "" {
					by += "; "
				}
				by += r.Source
			}
			fmt.Fprintf(e.stdout, "%6s  %-10s  %s\n", "", "", by)
		}
	}
	return nil
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
