package store

import (
	"context"
	"fmt"
	"time"

	"github.com/labor-annals/annals"
)

// CreateSubscription subscribes a topic (created when missing) to a URL,
// due at once. It returns ECONFLICT when the topic already has it and
// EINVALID for a bad slug or URL.
func (db *DB) CreateSubscription(ctx context.Context, topic, rawURL string) (*annals.Subscription, error) {
	if annals.NormalizeURL(rawURL) == "" {
		return nil, annals.Errorf(annals.EINVALID, "%q is not an http(s) URL.", rawURL)
	}
	tx, err := db.beginWrite(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.tx.Rollback()
	topicID, err := ensureTopic(ctx, tx, annals.Topic{Slug: topic})
	if err != nil {
		return nil, err
	}
	s := &annals.Subscription{Topic: topic, URL: rawURL, NextCheckAt: tx.now}
	err = tx.queryRow(ctx, `INSERT INTO subscriptions (topic_id, url, created_at, next_check_at) VALUES (?, ?, ?, ?) RETURNING id`,
		topicID, rawURL, tx.nowValue(), tx.nowValue()).Scan(&s.ID)
	if tx.db.d.isUniqueViolation(err) {
		return nil, annals.Errorf(annals.ECONFLICT, "Topic %q is already subscribed to %s.", topic, rawURL)
	} else if err != nil {
		return nil, fmt.Errorf("create subscription: %w", err)
	}
	return s, tx.tx.Commit()
}

// FindSubscriptions returns every subscription, or only those due at or
// before due when it is not zero, oldest due first.
func (db *DB) FindSubscriptions(ctx context.Context, due time.Time) ([]*annals.Subscription, error) {
	tx, err := db.beginRead(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.tx.Rollback()
	where, args := "", []any{}
	if !due.IsZero() {
		where, args = "WHERE s.next_check_at <= ?", append(args, db.d.timeValue(due))
	}
	rows, err := tx.query(ctx, `SELECT s.id, t.slug, s.url, s.etag, s.last_modified, s.checked_at, s.next_check_at, s.failures, s.last_error
		FROM subscriptions s JOIN topics t ON t.id = s.topic_id `+where+` ORDER BY s.next_check_at, s.id`, args...)
	if err != nil {
		return nil, fmt.Errorf("find subscriptions: %w", err)
	}
	defer rows.Close()
	var out []*annals.Subscription
	for rows.Next() {
		var s annals.Subscription
		var checked, next string
		if err := rows.Scan(&s.ID, &s.Topic, &s.URL, &s.ETag, &s.LastModified, &checked, &next, &s.Failures, &s.LastError); err != nil {
			return nil, err
		}
		if checked != "" {
			s.CheckedAt = tx.parseTime(checked)
		}
		s.NextCheckAt = tx.parseTime(next)
		out = append(out, &s)
	}
	return out, rows.Err()
}

// UpdateSubscription records the outcome of a fetch: validators, the
// time of the next check, and the failure count and error. It returns
// ENOTFOUND for an unknown id.
func (db *DB) UpdateSubscription(ctx context.Context, s *annals.Subscription) error {
	tx, err := db.beginWrite(ctx)
	if err != nil {
		return err
	}
	defer tx.tx.Rollback()
	checked := ""
	if !s.CheckedAt.IsZero() {
		checked = db.d.timeValue(s.CheckedAt).(string)
	}
	res, err := tx.exec(ctx, `UPDATE subscriptions SET etag = ?, last_modified = ?, checked_at = ?, next_check_at = ?, failures = ?, last_error = ?
		WHERE id = ?`, s.ETag, s.LastModified, checked, db.d.timeValue(s.NextCheckAt), s.Failures, s.LastError, s.ID)
	if err != nil {
		return fmt.Errorf("update subscription %d: %w", s.ID, err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return annals.Errorf(annals.ENOTFOUND, "Subscription %d not found.", s.ID)
	}
	return tx.tx.Commit()
}

// DeleteSubscription removes a subscription. It returns ENOTFOUND for an
// unknown id.
func (db *DB) DeleteSubscription(ctx context.Context, id int64) error {
	tx, err := db.beginWrite(ctx)
	if err != nil {
		return err
	}
	defer tx.tx.Rollback()
	res, err := tx.exec(ctx, `DELETE FROM subscriptions WHERE id = ?`, id)
	if err != nil {
		return fmt.Errorf("delete subscription %d: %w", id, err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return annals.Errorf(annals.ENOTFOUND, "Subscription %d not found.", id)
	}
	return tx.tx.Commit()
}
