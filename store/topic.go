package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/labor-annals/annals"
)

// FindTopics returns every topic with its record count and date span, by
// title.
func (db *DB) FindTopics(ctx context.Context) ([]*annals.Topic, error) {
	tx, err := db.beginRead(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.tx.Rollback()
	return findTopics(ctx, tx, "", nil)
}

// FindTopicBySlug returns one topic. It returns ENOTFOUND when there is none.
func (db *DB) FindTopicBySlug(ctx context.Context, slug string) (*annals.Topic, error) {
	tx, err := db.beginRead(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.tx.Rollback()
	return findTopicBySlug(ctx, tx, slug)
}

// UpdateTopic changes a topic's title, description, disclaimer and order.
// It returns ENOTFOUND for an unknown slug and EINVALID for bad fields.
func (db *DB) UpdateTopic(ctx context.Context, t *annals.Topic) error {
	if err := t.Validate(); err != nil {
		return err
	}
	tx, err := db.beginWrite(ctx)
	if err != nil {
		return err
	}
	defer tx.tx.Rollback()
	res, err := tx.exec(ctx, `UPDATE topics SET title = ?, description = ?, disclaimer = ?, sort_order = ?, updated_at = ? WHERE slug = ?`,
		t.Title, t.Description, t.Disclaimer, string(t.Order), tx.nowValue(), t.Slug)
	if err != nil {
		return fmt.Errorf("update topic %s: %w", t.Slug, err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return annals.Errorf(annals.ENOTFOUND, "Topic %q not found.", t.Slug)
	}
	return tx.tx.Commit()
}

func findTopicBySlug(ctx context.Context, tx *Tx, slug string) (*annals.Topic, error) {
	ts, err := findTopics(ctx, tx, "WHERE t.slug = ?", []any{slug})
	if err != nil {
		return nil, err
	} else if len(ts) == 0 {
		return nil, annals.Errorf(annals.ENOTFOUND, "Topic %q not found.", slug)
	}
	return ts[0], nil
}

func findTopics(ctx context.Context, tx *Tx, where string, args []any) ([]*annals.Topic, error) {
	rows, err := tx.query(ctx, `
		SELECT t.id, t.slug, t.title, t.description, t.disclaimer, t.sort_order, t.created_at, t.updated_at,
			(SELECT count(*) FROM record_topics rt WHERE rt.topic_id = t.id),
			(SELECT max(id) FROM records)
		FROM topics t `+where+` ORDER BY t.title, t.id`, args...)
	if err != nil {
		return nil, fmt.Errorf("find topics: %w", err)
	}
	defer rows.Close()
	var out []*annals.Topic
	var maxID sql.NullInt64
	for rows.Next() {
		var t annals.Topic
		var order, created, updated string
		if err := rows.Scan(&t.ID, &t.Slug, &t.Title, &t.Description, &t.Disclaimer, &order, &created, &updated,
			&t.RecordCount, &maxID); err != nil {
			return nil, fmt.Errorf("scan topic: %w", err)
		}
		t.Order = annals.Order(order)
		t.CreatedAt, t.UpdatedAt = tx.parseTime(created), tx.parseTime(updated)
		out = append(out, &t)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	rows.Close()
	for _, t := range out {
		if err := topicSpan(ctx, tx, t, maxID.Int64); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// topicSpan sets t.First and t.Last. For a topic holding a large share of
// the archive it walks the records_date index from either end and stops at
// the first member, which takes microseconds; for a small one it reads the
// dates of its members, which would take a second for a large topic.
func topicSpan(ctx context.Context, tx *Tx, t *annals.Topic, maxID int64) error {
	if t.RecordCount == 0 {
		return nil
	}
	var first, last sql.NullString
	var err error
	if int64(t.RecordCount)*denseShare >= maxID {
		const q = `SELECT date_text FROM records WHERE date_text > ''
			AND EXISTS (SELECT 1 FROM record_topics rt WHERE rt.topic_id = ? AND rt.record_id = records.id) ORDER BY date_text `
		if err = tx.queryRow(ctx, q+`ASC LIMIT 1`, t.ID).Scan(&first); err == nil {
			err = tx.queryRow(ctx, q+`DESC LIMIT 1`, t.ID).Scan(&last)
		}
		if errors.Is(err, sql.ErrNoRows) {
			err = nil // no dated records
		}
	} else {
		err = tx.queryRow(ctx, `SELECT min(r.date_text), max(r.date_text) FROM record_topics rt JOIN records r ON r.id = rt.record_id
			WHERE rt.topic_id = ? AND r.date_text <> ''`, t.ID).Scan(&first, &last)
	}
	if err != nil {
		return fmt.Errorf("find date span of topic %s: %w", t.Slug, err)
	}
	t.First, _ = annals.ParseDate(first.String)
	t.Last, _ = annals.ParseDate(last.String)
	return nil
}

// ensureTopic returns the id of the topic with want's slug, creating it from
// want when it does not exist, and filling its empty title, description and
// disclaimer from want when it does.
func ensureTopic(ctx context.Context, tx *Tx, want annals.Topic) (int64, error) {
	if want.Title == "" {
		want.Title = want.Slug
	}
	if want.Order == "" {
		want.Order = annals.NewestFirst
	}
	if err := want.Validate(); err != nil {
		return 0, err
	}
	var id int64
	var title, desc, disc string
	err := tx.queryRow(ctx, `SELECT id, title, description, disclaimer FROM topics WHERE slug = ?`, want.Slug).Scan(&id, &title, &desc, &disc)
	if errors.Is(err, sql.ErrNoRows) {
		err = tx.queryRow(ctx, `INSERT INTO topics (slug, title, description, disclaimer, sort_order, created_at, updated_at)
			VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id`,
			want.Slug, want.Title, want.Description, want.Disclaimer, string(want.Order), tx.nowValue(), tx.nowValue()).Scan(&id)
		if err != nil {
			return 0, fmt.Errorf("create topic %s: %w", want.Slug, err)
		}
		return id, nil
	} else if err != nil {
		return 0, fmt.Errorf("find topic %s: %w", want.Slug, err)
	}
	// A title equal to the slug is the placeholder a topic gets when it is
	// created from an input with no heading; the first real one replaces it.
	placeholder := title == want.Slug && want.Title != want.Slug
	if placeholder || (desc == "" && want.Description != "") || (disc == "" && want.Disclaimer != "") {
		if placeholder {
			title = want.Title
		}
		if desc == "" {
			desc = want.Description
		}
		if disc == "" {
			disc = want.Disclaimer
		}
		if _, err := tx.exec(ctx, `UPDATE topics SET title = ?, description = ?, disclaimer = ?, updated_at = ? WHERE id = ?`,
			title, desc, disc, tx.nowValue(), id); err != nil {
			return 0, fmt.Errorf("update topic %s: %w", want.Slug, err)
		}
	}
	return id, nil
}
