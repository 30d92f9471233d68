// Package store keeps the archive in a SQL database: SQLite by default, one
// file that needs no server. It owns the schema, its migrations and every SQL
// statement; nothing outside it sees a driver or a dialect. Text is folded for
// search by package fold before it is written, so every dialect indexes the
// same keys.
package store

import (
	"context"
	"database/sql"
	"embed"
	"fmt"
	"io/fs"
	"log/slog"
	"path"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/labor-annals/annals"
	"github.com/labor-annals/annals/fold"
)

//go:embed migrations/sqlite/*.sql
var migrations embed.FS

// DB is an open archive database.
type DB struct {
	// Now returns the current time; tests replace it to control timestamps.
	Now func() time.Time
	// Logger receives operational messages.
	Logger *slog.Logger
	// Folder folds text for the search index and for queries. Changing
	// it (a user gazetteer) changes the keys: run Reindex afterwards.
	Folder *fold.Folder

	write *sql.DB // one connection: the single writer
	read  *sql.DB // readers; WAL lets them run beside the writer
	d     sqliteDialect

	hist histogramCache // records per year, for estimates
}

// Open opens the database named by dsn, creating and migrating it when
// needed. A dsn is "sqlite:PATH" or a plain file path.
func Open(ctx context.Context, dsn string) (*DB, error) {
	return open(ctx, dsn, 0)
}

// open opens the database and applies migrations up to version upTo, or
// all of them when upTo is 0 (tests of a migration start from the schema
// before it).
func open(ctx context.Context, dsn string, upTo int) (*DB, error) {
	p, ok := strings.CutPrefix(dsn, "sqlite:")
	if !ok && strings.Contains(dsn, "://") {
		return nil, annals.Errorf(annals.EINVALID, "Database %q is not supported; use a file path or sqlite:PATH.", dsn)
	}
	write, read, err := openSQLite(p)
	if err != nil {
		return nil, fmt.Errorf("open database %s: %w", p, err)
	}
	db := &DB{Now: time.Now, Logger: slog.New(slog.DiscardHandler), write: write, read: read}
	if err := db.migrate(ctx, upTo); err != nil {
		db.Close()
		return nil, fmt.Errorf("migrate database %s: %w", p, err)
	}
	return db, nil
}

func (db *DB) folder() *fold.Folder {
	if db.Folder == nil {
		return fold.Default()
	}
	return db.Folder
}

// Close closes the database.
func (db *DB) Close() error {
	var err error
	if db.read != nil {
		err = db.read.Close()
	}
	if db.write != nil {
		if e := db.write.Close(); e != nil {
			err = e
		}
	}
	return err
}

// Migration is one schema change and whether it has been applied.
type Migration struct {
	Version   int
	Name      string
	AppliedAt time.Time
}

// migrationFiles lists the embedded migrations in version order.
func migrationFiles() ([]Migration, error) {
	names, err := fs.Glob(migrations, "migrations/sqlite/*.sql")
	if err != nil {
		return nil, err
	}
	var out []Migration
	for _, n := range names {
		base := path.Base(n)
		num, _, ok := strings.Cut(base, "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil {
			return nil, fmt.Errorf("migration %s: name must start with a number and _", base)
		}
		out = append(out, Migration{Version: v, Name: strings.TrimSuffix(base, ".sql")})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Version < out[j].Version })
	return out, nil
}

// migrate applies pending migrations up to version upTo (0: all), each in
// its own transaction, and records them in schema_migrations.
func (db *DB) migrate(ctx context.Context, upTo int) error {
	if _, err := db.write.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
		version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`); err != nil {
		return fmt.Errorf("create schema_migrations: %w", err)
	}
	files, err := migrationFiles()
	if err != nil {
		return err
	}
	for _, m := range files {
		if upTo > 0 && m.Version > upTo {
			break
		}
		if err := db.applyMigration(ctx, m); err != nil {
			return fmt.Errorf("migration %s: %w", m.Name, err)
		}
	}
	return nil
}

func (db *DB) applyMigration(ctx context.Context, m Migration) error {
	tx, err := db.write.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM schema_migrations WHERE version = ?`, m.Version).Scan(&n); err != nil {
		return err
	} else if n > 0 {
		return nil
	}
	body, err := migrations.ReadFile("migrations/sqlite/" + m.Name + ".sql")
	if err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, string(body)); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)`,
		m.Version, m.Name, db.d.timeValue(db.Now())); err != nil {
		return err
	}
	db.Logger.Info("migration applied", "version", m.Version, "name", m.Name)
	return tx.Commit()
}

// Migrations lists every known migration with the time it was applied (zero
// when pending).
func (db *DB) Migrations(ctx context.Context) ([]Migration, error) {
	files, err := migrationFiles()
	if err != nil {
		return nil, err
	}
	rows, err := db.read.QueryContext(ctx, `SELECT version, applied_at FROM schema_migrations`)
	if err != nil {
		return nil, fmt.Errorf("list migrations: %w", err)
	}
	defer rows.Close()
	applied := map[int]time.Time{}
	for rows.Next() {
		var v int
		var at string
		if err := rows.Scan(&v, &at); err != nil {
			return nil, err
		}
		applied[v], _ = db.d.parseTime(at)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	for i := range files {
		files[i].AppliedAt = applied[files[i].Version]
	}
	return files, nil
}

// Tx is a transaction with the time frozen at its start, so every row it
// writes carries the same timestamp.
type Tx struct {
	tx  *sql.Tx
	db  *DB
	now time.Time
}

// beginWrite starts a read-write transaction on the single writer.
func (db *DB) beginWrite(ctx context.Context) (*Tx, error) {
	tx, err := db.write.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("begin: %w", err)
	}
	return &Tx{tx: tx, db: db, now: db.Now().UTC()}, nil
}

// beginRead starts a read-only transaction, so multi-statement reads see one
// snapshot.
func (db *DB) beginRead(ctx context.Context) (*Tx, error) {
	tx, err := db.read.BeginTx(ctx, &sql.TxOptions{ReadOnly: true})
	if err != nil {
		return nil, fmt.Errorf("begin: %w", err)
	}
	return &Tx{tx: tx, db: db, now: db.Now().UTC()}, nil
}

func (tx *Tx) exec(ctx context.Context, q string, args ...any) (sql.Result, error) {
	return tx.tx.ExecContext(ctx, tx.db.d.rebind(q), args...)
}

func (tx *Tx) query(ctx context.Context, q string, args ...any) (*sql.Rows, error) {
	return tx.tx.QueryContext(ctx, tx.db.d.rebind(q), args...)
}

func (tx *Tx) queryRow(ctx context.Context, q string, args ...any) *sql.Row {
	return tx.tx.QueryRowContext(ctx, tx.db.d.rebind(q), args...)
}

// nowValue is the frozen transaction time, encoded for storage.
func (tx *Tx) nowValue() any { return tx.db.d.timeValue(tx.now) }

func (tx *Tx) parseTime(s string) time.Time {
	t, err := tx.db.d.parseTime(s)
	if err != nil {
		return time.Time{}
	}
	return t
}

// placeholders returns "?, ?, ?" for n arguments.
func placeholders(n int) string {
	if n == 0 {
		return ""
	}
	return strings.Repeat("?, ", n-1) + "?"
}
