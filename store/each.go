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
	return inBatches(func(last *annals.Record) ([]*annals.Record, error) {
		return db.recordsAfter(ctx, f, lastID(last), false)
	})
}

// EachRecordWithProvenance is EachRecord with each record's provenance
// loaded as FindRecordByID loads it: for exports of whole record pages.
func (db *DB) EachRecordWithProvenance(ctx context.Context, f annals.RecordFilter) iter.Seq2[*annals.Record, error] {
	return inBatches(func(last *annals.Record) ([]*annals.Record, error) {
		return db.recordsAfter(ctx, f, lastID(last), true)
	})
}

// inBatches yields the records of successive batches, each loaded by load
// after the last record of the one before (nil for the first batch),
// until a batch is short.
func inBatches(load func(last *annals.Record) ([]*annals.Record, error)) iter.Seq2[*annals.Record, error] {
	return func(yield func(*annals.Record, error) bool) {
		var last *annals.Record
		for {
			recs, err := load(last)
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
			last = recs[len(recs)-1]
		}
	}
}

// lastID is the id of the last record of a batch, 0 before the first.
func lastID(last *annals.Record) int64 {
	if last == nil {
		return 0
	}
	return last.ID
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
// filters; sort and paging are ignored), loading them in batches like
// EachRecord: newest first when the query has words or filters other than
// dates (the search index's order), otherwise most recently added first.
// Unlike Search it has no bound: it is for exports of a query's whole
// result.
func (db *DB) EachMatch(ctx context.Context, q *annals.Query) iter.Seq2[*annals.Record, error] {
	text, err := compileText(q.Text, db.folder())
	if err != nil {
		return func(yield func(*annals.Record, error) bool) { yield(nil, err) }
	}
	return inBatches(func(last *annals.Record) ([]*annals.Record, error) {
		return db.matchesAfter(ctx, q, text, last)
	})
}

// matchesAfter loads the next batch of EachMatch: the matches after last,
// or the first ones when last is nil.
func (db *DB) matchesAfter(ctx context.Context, q *annals.Query, text ftsQuery, last *annals.Record) ([]*annals.Record, error) {
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
	var ids []int64
	if full := s.match(text.match); full != "" {
		within := s.keys
		if last != nil {
			within.lo = max(within.lo, orderKey(last.Date, last.ID)+1)
		}
		cands, err := s.scan(ctx, full, eachBatch, false, false, within, s.skip)
		if err != nil {
			return nil, fmt.Errorf("find matches: %w", err)
		}
		for _, c := range cands {
			ids = append(ids, c.id)
		}
	} else {
		where, args := s.recordsWhere()
		if last != nil {
			where += ` AND id < ?`
			args = append(args, last.ID)
		}
		rows, err := tx.query(ctx, `SELECT id FROM records WHERE `+where+` ORDER BY id DESC LIMIT ?`, append(args, eachBatch)...)
		if err != nil {
			return nil, fmt.Errorf("find matches: %w", err)
		}
		if ids, err = scanIDs(rows); err != nil {
			return nil, err
		}
	}
	recs, err := loadRecords(ctx, tx, ids)
	if errors.Is(err, errNoRecord) {
		return nil, fmt.Errorf("find matches: a record vanished during the read")
	}
	return recs, err
}
