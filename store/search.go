package store

import (
	"context"
	"errors"
	"fmt"

	"github.com/labor-annals/annals"
	"github.com/labor-annals/annals/fold"
)

// SearchRecords returns one page of the records matching every word of q,
// best matches first, and the number of matches in all. Words are folded
// the same way as the index, so case, diacritics and script do not matter.
//
// It returns EINVALID when q has no words.
func (db *DB) SearchRecords(ctx context.Context, q string, offset, limit int) ([]*annals.Record, int, error) {
	var terms []string
	for _, t := range fold.Tokens(q) {
		if t.Text != "" {
			terms = append(terms, t.Text)
		}
	}
	if len(terms) == 0 {
		return nil, 0, annals.Errorf(annals.EINVALID, "Search for at least one word.")
	}
	tx, err := db.beginRead(ctx)
	if err != nil {
		return nil, 0, err
	}
	defer tx.tx.Rollback()
	join, cond, rank := db.d.matchSQL()
	expr := db.d.matchExpr(terms)
	var total int
	if err := tx.queryRow(ctx, `SELECT count(*) FROM records `+join+` WHERE `+cond, expr).Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("count matches: %w", err)
	}
	limit, offset = pageBounds(offset, limit)
	rows, err := tx.query(ctx, `SELECT records.id FROM records `+join+` WHERE `+cond+` ORDER BY `+rank+`, records.id LIMIT ? OFFSET ?`,
		expr, limit, offset)
	if err != nil {
		return nil, 0, fmt.Errorf("search records: %w", err)
	}
	ids, err := scanIDs(rows)
	if err != nil {
		return nil, 0, err
	}
	recs, err := loadRecords(ctx, tx, ids)
	if errors.Is(err, errNoRecord) {
		return nil, total, nil
	}
	return recs, total, err
}
