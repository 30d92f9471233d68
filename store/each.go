package store

import (
	"context"
	"errors"
	"fmt"
	"iter"

	"github.com/labor-annals/annals"
)

// eachBatch is how many records EachRecord loads per query.
const eachBatch = 500

// EachRecord yields every record that passes f (its topic, author, source
// and year; order and paging are ignored), in id order, loading them in
// batches so that an export of a million records streams in constant
// memory. Each batch is its own read, so a long export does not hold a
// snapshot open against the writer.
func (db *DB) EachRecord(ctx context.Context, f annals.RecordFilter) iter.Seq2[*annals.Record, error] {
	return func(yield func(*annals.Record, error) bool) {
		var last int64
		for {
			recs, err := db.recordsAfter(ctx, f, last)
			if err != nil {
				yield(nil, err)
				return
			}
			for _, r := range recs {
				if !yield(r, nil) {
					return
				}
			}
			if len(recs) < eachBatch {
				return
			}
			last = recs[len(recs)-1].ID
		}
	}
}

func (db *DB) recordsAfter(ctx context.Context, f annals.RecordFilter, after int64) ([]*annals.Record, error) {
	tx, err := db.beginRead(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.tx.Rollback()
	p, err := planFilter(ctx, tx, f)
	if err != nil {
		return nil, err
	}
	rows, err := tx.query(ctx, `SELECT id FROM records WHERE `+p.where+` AND records.id > ? ORDER BY id LIMIT ?`, append(p.args, after, eachBatch)...)
	if err != nil {
		return nil, fmt.Errorf("list records: %w", err)
	}
	ids, err := scanIDs(rows)
	if err != nil {
		return nil, err
	}
	recs, err := loadRecords(ctx, tx, ids)
	if errors.Is(err, errNoRecord) {
		return nil, fmt.Errorf("list records: a record vanished during the read")
	}
	return recs, err
}
