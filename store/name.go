package store

import (
	"context"
	"fmt"

	"github.com/labor-annals/annals"
)

// NameFilter selects from the names of an archive (authors or sources).
type NameFilter struct {
	// Topic is a topic slug; empty means the whole archive.
	Topic string
	// Offset and Limit page through the names; Limit 0 means 100, and
	// at most 1,000 are returned.
	Offset int
	Limit  int
}

// FindAuthors returns one page of the archive's author names with the
// number of records of each, in name order, and the number of names in all.
func (db *DB) FindAuthors(ctx context.Context, f NameFilter) ([]annals.FacetCount, int, error) {
	from := `record_authors a`
	args := []any{}
	if f.Topic != "" {
		from += ` JOIN record_topics rt ON rt.record_id = a.record_id JOIN topics t ON t.id = rt.topic_id AND t.slug = ?`
		args = append(args, f.Topic)
	}
	return db.findNames(ctx, `a.name`, from, `a.name <> ''`, args, f)
}

// FindSources returns one page of the archive's source publications with
// the number of records of each, in name order, and the number of sources
// in all.
func (db *DB) FindSources(ctx context.Context, f NameFilter) ([]annals.FacetCount, int, error) {
	from := `records r`
	args := []any{}
	if f.Topic != "" {
		from += ` JOIN record_topics rt ON rt.record_id = r.id JOIN topics t ON t.id = rt.topic_id AND t.slug = ?`
		args = append(args, f.Topic)
	}
	return db.findNames(ctx, `r.source`, from, `r.source <> ''`, args, f)
}

// findNames groups the rows of from by col. Both indexes it relies on
// (record_authors_name, records_source) are ordered by the name, so the
// grouping is a walk of the index, not a sort.
func (db *DB) findNames(ctx context.Context, col, from, where string, args []any, f NameFilter) ([]annals.FacetCount, int, error) {
	if f.Topic != "" {
		if _, err := db.FindTopicBySlug(ctx, f.Topic); err != nil {
			return nil, 0, err
		}
	}
	tx, err := db.beginRead(ctx)
	if err != nil {
		return nil, 0, err
	}
	defer tx.tx.Rollback()
	var total int
	if err := tx.queryRow(ctx, `SELECT count(DISTINCT `+col+`) FROM `+from+` WHERE `+where, args...).Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("count names: %w", err)
	}
	limit := f.Limit
	if limit <= 0 {
		limit = 100
	}
	limit = min(limit, 1000)
	rows, err := tx.query(ctx, `SELECT `+col+`, count(*) FROM `+from+` WHERE `+where+`
		GROUP BY `+col+` ORDER BY `+col+` LIMIT ? OFFSET ?`, append(args, limit, max(0, f.Offset))...)
	if err != nil {
		return nil, 0, fmt.Errorf("find names: %w", err)
	}
	defer rows.Close()
	var out []annals.FacetCount
	for rows.Next() {
		var c annals.FacetCount
		if err := rows.Scan(&c.Value, &c.Count); err != nil {
			return nil, 0, fmt.Errorf("read name: %w", err)
		}
		out = append(out, c)
	}
	return out, total, rows.Err()
}
