package store

import (
	"context"
	"database/sql"
	"fmt"
)

// ChangeStamp returns a value that changes whenever the archive's records or
// topics may have changed, so that a reader can cache what it derives from
// them (a topic's year counts) and know when to throw it away. It costs
// three index lookups. Every write of records goes through an import, which
// adds a row to imports; topics keep their updated_at.
func (db *DB) ChangeStamp(ctx context.Context) (string, error) {
	var imports, records sql.NullInt64
	var topics sql.NullString
	err := db.read.QueryRowContext(ctx, `SELECT (SELECT max(id) FROM imports), (SELECT max(id) FROM records),
		(SELECT max(updated_at) || '/' || count(*) FROM topics)`).Scan(&imports, &records, &topics)
	if err != nil {
		return "", fmt.Errorf("read change stamp: %w", err)
	}
	return fmt.Sprintf("%d/%d/%s", imports.Int64, records.Int64, topics.String), nil
}
