package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/labor-annals/annals"
)

// stampLayout is a record's datestamp for harvesting, to the second, as
// the first 19 characters of its updated_at column hold it.
const stampLayout = "2006-01-02T15:04:05"

// stampSQL is the datestamp expression, the same as in the records_updated
// index so that the planner uses it.
const stampSQL = `substr(records.updated_at, 1, 19)`

// Harvest selects records for a harvester (OAI-PMH): the records of a
// topic, or all, whose last change falls within From and Until, in the order
// of their last change to the second, then of their id.
type Harvest struct {
	// Topic is the slug of a topic; "" for every record. An unknown slug
	// matches nothing.
	Topic string
	// From and Until bound the last change, inclusive, to the second;
	// the zero time leaves the bound open.
	From, Until time.Time
	// AfterStamp and AfterID are the cursor: the datestamp and id of the
	// last record of the previous page. Records after it are returned;
	// a zero AfterID starts from the beginning.
	AfterStamp time.Time
	AfterID    int64
	// Limit is the most records to return; DefaultLimit when zero, at
	// most MaxLimit.
	Limit int
}

// Datestamp returns a record's harvesting datestamp: its last change, in
// UTC, to the second.
func Datestamp(r *annals.Record) time.Time { return r.UpdatedAt.UTC().Truncate(time.Second) }

// HarvestRecords returns up to h.Limit records that pass h after its
// cursor, with authors and topics, and the number of records that pass h
// regardless of the cursor, read in one snapshot.
func (db *DB) HarvestRecords(ctx context.Context, h Harvest) ([]*annals.Record, int, error) {
	tx, err := db.beginRead(ctx)
	if err != nil {
		return nil, 0, err
	}
	defer tx.tx.Rollback()
	p, err := planFilter(ctx, tx, annals.RecordFilter{Topic: h.Topic})
	if err != nil {
		return nil, 0, err
	}
	where, args := p.where, slices.Clone(p.args)
	if !h.From.IsZero() {
		where += ` AND ` + stampSQL + ` >= ?`
		args = append(args, h.From.UTC().Format(stampLayout))
	}
	if !h.Until.IsZero() {
		where += ` AND ` + stampSQL + ` <= ?`
		args = append(args, h.Until.UTC().Format(stampLayout))
	}
	var total int
	if err := tx.queryRow(ctx, `SELECT count(*) FROM records WHERE `+where, args...).Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("count harvested records: %w", err)
	}
	if h.AfterID != 0 {
		where += ` AND (` + stampSQL + ` > ? OR (` + stampSQL + ` = ? AND records.id > ?))`
		at := h.AfterStamp.UTC().Format(stampLayout)
		args = append(args, at, at, h.AfterID)
	}
	limit, _ := pageBounds(0, h.Limit)
	rows, err := tx.query(ctx, `SELECT id FROM records WHERE `+where+` ORDER BY `+stampSQL+`, id LIMIT ?`, append(args, limit)...)
	if err != nil {
		return nil, 0, fmt.Errorf("list harvested records: %w", err)
	}
	ids, err := scanIDs(rows)
	if err != nil {
		return nil, 0, err
	}
	recs, err := loadRecords(ctx, tx, ids)
	if errors.Is(err, errNoRecord) {
		return nil, 0, fmt.Errorf("list harvested records: a record vanished during the read")
	}
	return recs, total, err
}

// EarliestDatestamp returns the earliest harvesting datestamp of any
// record (see Datestamp), or the zero time when the archive is empty.
func (db *DB) EarliestDatestamp(ctx context.Context) (time.Time, error) {
	var s sql.NullString
	if err := db.read.QueryRowContext(ctx, `SELECT min(`+stampSQL+`) FROM records`).Scan(&s); err != nil {
		return time.Time{}, fmt.Errorf("find earliest datestamp: %w", err)
	}
	if !s.Valid {
		return time.Time{}, nil
	}
	t, err := time.Parse(stampLayout, s.String)
	if err != nil {
		return time.Time{}, fmt.Errorf("find earliest datestamp: %w", err)
	}
	return t, nil
}

// TopicNames returns every topic's slug, title and description, by slug,
// without the counts and date spans FindTopics computes.
func (db *DB) TopicNames(ctx context.Context) ([]*annals.Topic, error) {
	rows, err := db.read.QueryContext(ctx, `SELECT slug, title, description, sort_order FROM topics ORDER BY slug`)
	if err != nil {
		return nil, fmt.Errorf("list topic names: %w", err)
	}
	defer rows.Close()
	var out []*annals.Topic
	for rows.Next() {
		var t annals.Topic
		var order string
		if err := rows.Scan(&t.Slug, &t.Title, &t.Description, &order); err != nil {
			return nil, fmt.Errorf("scan topic name: %w", err)
		}
		t.Order = annals.Order(order)
		out = append(out, &t)
	}
	return out, rows.Err()
}
