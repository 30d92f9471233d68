package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"iter"
	"math"

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
	return inBatches(func(last int64, first bool) ([]*annals.Record, error) {
		return db.recordsAfter(ctx, f, last, false)
	})
}

// EachRecordWithProvenance is EachRecord with each record's provenance
// loaded as FindRecordByID loads it: for exports of whole record pages.
func (db *DB) EachRecordWithProvenance(ctx context.Context, f annals.RecordFilter) iter.Seq2[*annals.Record, error] {
	return inBatches(func(last int64, first bool) ([]*annals.Record, error) {
		return db.recordsAfter(ctx, f, last, true)
	})
}

// inBatches yields the records of successive batches, each loaded by load
// from the id of the last record of the one before (first is true for
// the first batch), until a batch is short.
func inBatches(load func(last int64, first bool) ([]*annals.Record, error)) iter.Seq2[*annals.Record, error] {
	return func(yield func(*annals.Record, error) bool) {
		var last int64
		for first := true; ; first = false {
			recs, err := load(last, first)
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

func (db *DB) recordsAfter(ctx context.Context, f annals.RecordFilter, after int64, provenance bool) ([]*annals.Record, error) {
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
	if err == nil && provenance {
		err = loadProvenance(ctx, tx, recs)
	}
	return recs, err
}

// EachMatch yields every record that matches q (its words, exclusions and
// filters; sort and paging are ignored), most recently added first,
// loading them in batches like EachRecord. Unlike Search it has no bound:
// it is for exports of a query's whole result.
func (db *DB) EachMatch(ctx context.Context, q *annals.Query) iter.Seq2[*annals.Record, error] {
	text, err := compileText(q.Text, db.folder())
	if err != nil {
		return func(yield func(*annals.Record, error) bool) { yield(nil, err) }
	}
	return inBatches(func(last int64, first bool) ([]*annals.Record, error) {
		before := last
		if first {
			before = math.MaxInt64
		}
		return db.matchesBefore(ctx, q, text, before)
	})
}

// matchesBefore loads the next batch of EachMatch: matches with ids below
// before, highest first.
func (db *DB) matchesBefore(ctx context.Context, q *annals.Query, text ftsQuery, before int64) ([]*annals.Record, error) {
	tx, err := db.beginRead(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.tx.Rollback()
	s := &searcher{tx: tx, q: q, text: text}
	if err := s.compileFilters(ctx); err != nil {
		return nil, err
	}
	if s.none {
		return nil, nil
	}
	bound := before
	var rows *sql.Rows
	switch full := s.match(text.match); {
	case full != "":
		rows, err = tx.query(ctx, `SELECT rowid FROM records_fts WHERE records_fts MATCH ? AND rowid < ?
			ORDER BY rowid DESC LIMIT ?`, full, bound, eachBatch)
	case text.exclude != "":
		rows, err = tx.query(ctx, `SELECT id FROM records WHERE id < ?
			AND id NOT IN (SELECT rowid FROM records_fts WHERE records_fts MATCH ?) ORDER BY id DESC LIMIT ?`, bound, text.exclude, eachBatch)
	default:
		rows, err = tx.query(ctx, `SELECT id FROM records WHERE id < ? ORDER BY id DESC LIMIT ?`, bound, eachBatch)
	}
	if err != nil {
		return nil, fmt.Errorf("find matches: %w", err)
	}
	ids, err := scanIDs(rows)
	if err != nil {
		return nil, err
	}
	recs, err := loadRecords(ctx, tx, ids)
	if errors.Is(err, errNoRecord) {
		return nil, fmt.Errorf("find matches: a record vanished during the read")
	}
	return recs, err
}
