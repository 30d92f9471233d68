package store

import (
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"

	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"
)

// This file holds everything that is particular to SQLite. The SQL elsewhere
// in the package is written once, with ? placeholders, and must run on both
// SQLite and (issue: PostgreSQL backend) PostgreSQL.

// sqliteDialect is the SQLite flavour of the store.
type sqliteDialect struct{}

// openSQLite opens two pools on one database file: a single writer, because
// SQLite allows one writer at a time and queueing in Go beats SQLITE_BUSY
// retries, and a pool of readers, which WAL lets run beside the writer.
func openSQLite(path string) (write, read *sql.DB, err error) {
	if path == "" || path == ":memory:" || strings.HasPrefix(path, "file::memory:") {
		// Two pools on an in-memory database would be two databases.
		return nil, nil, fmt.Errorf("sqlite: an in-memory database cannot be shared by the reader and writer pools; use a file")
	}
	q := url.Values{}
	// WAL lets readers run while the writer commits; foreign keys are off
	// by default in SQLite and our schema relies on them; busy_timeout
	// makes a second process wait for the lock instead of failing.
	q.Add("_pragma", "busy_timeout(10000)")
	q.Add("_pragma", "foreign_keys(1)")
	q.Add("_pragma", "journal_mode(WAL)")
	// NORMAL is durable in WAL mode except for the last transactions
	// before a power cut, never corrupting; the usual choice for WAL.
	q.Add("_pragma", "synchronous(NORMAL)")
	wq := url.Values{}
	for k, v := range q {
		wq[k] = v
	}
	// BEGIN IMMEDIATE takes the write lock at the start, so a transaction
	// never fails halfway on upgrading a read lock.
	wq.Set("_txlock", "immediate")
	write, err = sql.Open("sqlite", "file:"+path+"?"+wq.Encode())
	if err != nil {
		return nil, nil, err
	}
	write.SetMaxOpenConns(1)
	write.SetConnMaxIdleTime(0)

	rq := url.Values{}
	for k, v := range q {
		rq[k] = v
	}
	rq.Add("_pragma", "query_only(1)")
	// Searches read pages scattered over the whole file (index segments,
	// then records by id). Mapping the file lets those reads come from the
	// OS page cache without a system call each; the default 2 MB page
	// cache per connection holds little of a million-record archive.
	rq.Add("_pragma", "mmap_size(17179869184)")
	rq.Add("_pragma", "cache_size(-262144)")
	read, err = sql.Open("sqlite", "file:"+path+"?"+rq.Encode())
	if err != nil {
		write.Close()
		return nil, nil, err
	}
	read.SetMaxOpenConns(8)
	return write, read, nil
}

// rebind turns ? placeholders into the dialect's own; SQLite takes ? as is.
func (sqliteDialect) rebind(q string) string { return q }

// timeValue encodes a time for storage: RFC 3339 UTC text in SQLite.
func (sqliteDialect) timeValue(t time.Time) any {
	return t.UTC().Format(time.RFC3339Nano)
}

// parseTime decodes a stored time.
func (sqliteDialect) parseTime(v string) (time.Time, error) {
	return time.Parse(time.RFC3339Nano, v)
}

// isUniqueViolation reports whether err is a UNIQUE constraint failure.
func (sqliteDialect) isUniqueViolation(err error) bool {
	var se *sqlite.Error
	if errors.As(err, &se) {
		return se.Code() == sqlite3.SQLITE_CONSTRAINT_UNIQUE || se.Code() == sqlite3.SQLITE_CONSTRAINT_PRIMARYKEY
	}
	return false
}
