package store

import (
	"context"
	"fmt"
)

// Reindex rewrites every record's folded text and search index row with
// the store's Folder, in one transaction, then merges the index. Run it
// after changing the gazetteers search folds with (a user's gazetteer
// added or edited): the keys already stored were folded with the old
// ones, so a new alias would find only records imported after it.
// progress, when not nil, is called with the records done and the total.
func (db *DB) Reindex(ctx context.Context, progress func(done, total int)) error {
	tx, err := db.beginWrite(ctx)
	if err != nil {
		return err
	}
	defer tx.tx.Rollback()
	var total int
	if err := tx.queryRow(ctx, `SELECT count(*) FROM records`).Scan(&total); err != nil {
		return fmt.Errorf("reindex: %w", err)
	}
	// A contentless index is emptied whole; the rows are written again
	// below, each under its record's order key.
	if _, err := tx.exec(ctx, `INSERT INTO records_fts (records_fts) VALUES ('delete-all')`); err != nil {
		return fmt.Errorf("reindex: empty the search index: %w", err)
	}
	if _, err := tx.exec(ctx, `DELETE FROM record_folds`); err != nil {
		return fmt.Errorf("reindex: %w", err)
	}
	done := 0
	for after := int64(0); ; {
		ids, err := tx.idsAfter(ctx, after)
		if err != nil {
			return fmt.Errorf("reindex: %w", err)
		}
		if len(ids) == 0 {
			break
		}
		recs, err := loadRecords(ctx, tx, ids)
		if err != nil {
			return fmt.Errorf("reindex: %w", err)
		}
		for _, r := range recs {
			if err := ctx.Err(); err != nil {
				return err
			}
			topics, err := topicIDs(ctx, tx, r.ID)
			if err != nil {
				return err
			}
			if err := indexRecord(ctx, tx, r, foldedColumns(db.folder(), r), topics); err != nil {
				return fmt.Errorf("reindex record %d: %w", r.ID, err)
			}
		}
		done += len(recs)
		if progress != nil {
			progress(done, total)
		}
		after = ids[len(ids)-1]
	}
	if err := tx.tx.Commit(); err != nil {
		return fmt.Errorf("reindex: %w", err)
	}
	return db.Optimize(ctx)
}

// idsAfter returns the next batch of record ids above after, in order.
func (tx *Tx) idsAfter(ctx context.Context, after int64) ([]int64, error) {
	rows, err := tx.query(ctx, `SELECT id FROM records WHERE id > ? ORDER BY id LIMIT ?`, after, eachBatch)
	if err != nil {
		return nil, err
	}
	return scanIDs(rows)
}
