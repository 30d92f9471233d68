// Package storetest provides real, migrated databases for tests. It is
// imported only from _test.go files.
package storetest

import (
	"path/filepath"
	"testing"

	"github.com/labor-annals/annals/demo"
	"github.com/labor-annals/annals/store"
)

// NewDB returns a migrated SQLite database in a temporary directory, closed
// when the test ends.
func NewDB(tb testing.TB) *store.DB {
	tb.Helper()
	db, err := store.Open(tb.Context(), filepath.Join(tb.TempDir(), "annals.db"))
	if err != nil {
		tb.Fatalf("open test database: %v", err)
	}
	tb.Cleanup(func() {
		if err := db.Close(); err != nil {
			tb.Errorf("close test database: %v", err)
		}
	})
	return db
}

// SeedDB returns a database holding the demo archive: the two seed pages
// imported under the topic "kazakhstan" (18 records).
func SeedDB(tb testing.TB) *store.DB {
	tb.Helper()
	db := NewDB(tb)
	if err := demo.Build(tb.Context(), db, nil); err != nil {
		tb.Fatalf("build the seed archive: %v", err)
	}
	return db
}
