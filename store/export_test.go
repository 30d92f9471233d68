package store

import (
	"context"
	"errors"
)

// SetMergeMinRecords lowers the import size that merges the search index,
// for a test, and returns the function that restores it.
func SetMergeMinRecords(n int) (restore func()) {
	old := mergeMinRecords
	mergeMinRecords = n
	return func() { mergeMinRecords = old }
}

// IndexSegments returns the number of segments of the search index, read
// from FTS5's structure record (rowid 10 of records_fts_data): a 4-byte
// cookie, FTS5's version-2 marker when present, then the number of levels
// and the number of segments as SQLite varints.
func (db *DB) IndexSegments(ctx context.Context) (int, error) {
	var b []byte
	if err := db.read.QueryRowContext(ctx, `SELECT block FROM records_fts_data WHERE id = 10`).Scan(&b); err != nil {
		return 0, err
	}
	if len(b) < 4 {
		return 0, errors.New("short structure record")
	}
	b = b[4:]
	if len(b) >= 4 && b[0] == 0xff && b[1] == 0 && b[2] == 0 && b[3] == 1 {
		b = b[4:]
	}
	varint := func() uint64 {
		var v uint64
		for i := 0; i < 9 && len(b) > 0; i++ {
			c := b[0]
			b = b[1:]
			if i == 8 {
				return v<<8 | uint64(c)
			}
			v = v<<7 | uint64(c&0x7f)
			if c&0x80 == 0 {
				break
			}
		}
		return v
	}
	varint() // levels
	return int(varint()), nil
}
