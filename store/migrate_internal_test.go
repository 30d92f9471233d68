package store

import (
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/labor-annals/annals"
)

// TestMigrationMovesFolds builds an archive in the schema before 0004
// (folded shadows in the records row, authors only in record_authors),
// migrates it, and checks that it then reads and searches exactly like an
// archive imported into the current schema.
func TestMigrationMovesFolds(t *testing.T) {
	ctx := t.Context()
	recs := []*annals.Record{
		{Title: "Police massacre striking oil workers in Kazakhstan", Authors: []string{"David Firestone", "Clara Weiss"},
			Date: annals.DayDate(2011, time.December, 19), Summary: "A commemoration in Zhanaozen turned into a police massacre."},
		{Title: "Regime attacks workers, welcomes Big Oil", Authors: []string{"Bill Doares"}, Source: "Workers World",
			Date: annals.DayDate(1996, time.December, 12), Summary: "President Nursultan Nazarbaev has banned unions.", Language: "en"},
		{Title: "Забастовка в Жанаозене", Date: annals.MonthDate(2011, time.May), Summary: "Назарбаев и нефтяники."},
	}
	for i, r := range recs {
		r.Fingerprint = annals.Fingerprint(r)
		r.Provenance = []annals.Provenance{{Line: i + 1}}
	}

	oldPath := filepath.Join(t.TempDir(), "old.db")
	old, err := open(ctx, oldPath, 3)
	if err != nil {
		t.Fatal(err)
	}
	tx, err := old.beginWrite(ctx)
	if err != nil {
		t.Fatal(err)
	}
	topic, err := ensureTopic(ctx, tx, annals.Topic{Slug: "kazakhstan"})
	if err != nil {
		t.Fatal(err)
	}
	// The insert of schema 0003, as the code before 0004 ran it.
	for _, r := range recs {
		fc := foldedColumns(old.folder(), r)
		if err := tx.queryRow(ctx, `INSERT INTO records (fingerprint, title, source, date_text, date_year, summary, url, language, confidence,
				created_at, updated_at, fold_title, fold_authors, fold_source, fold_summary, fold_meta, fold_pairs)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
			r.Fingerprint, r.Title, r.Source, r.Date.String(), dateYear(r.Date), r.Summary, r.URL, r.Language,
			tx.nowValue(), tx.nowValue(), fc.title, fc.authors, fc.source, fc.summary, metaText(r, []int64{topic}), fc.pairs).Scan(&r.ID); err != nil {
			t.Fatal(err)
		}
		if err := insertAuthors(ctx, tx, r.ID, r.Authors); err != nil {
			t.Fatal(err)
		}
		if _, err := tx.exec(ctx, `INSERT INTO record_topics (topic_id, record_id) VALUES (?, ?)`, topic, r.ID); err != nil {
			t.Fatal(err)
		}
	}
	if err := tx.tx.Commit(); err != nil {
		t.Fatal(err)
	}
	old.Close()

	migrated, err := Open(ctx, oldPath)
	if err != nil {
		t.Fatal(err)
	}
	defer migrated.Close()
	fresh, err := Open(ctx, filepath.Join(t.TempDir(), "fresh.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer fresh.Close()
	if _, err := fresh.ImportRecords(ctx, &annals.Import{Topic: annals.Topic{Slug: "kazakhstan"}, Origin: "t"}, recs, nil); err != nil {
		t.Fatal(err)
	}

	var cols []string
	rows, err := migrated.read.QueryContext(ctx, `SELECT name FROM pragma_table_info('records')`)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var c string
		rows.Scan(&c)
		cols = append(cols, c)
	}
	rows.Close()
	if slices.Contains(cols, "fold_title") || !slices.Contains(cols, "authors") {
		t.Errorf("records columns after migration: %v", cols)
	}
	if err := migrated.CheckIndex(ctx); err != nil {
		t.Errorf("index after migration: %v", err)
	}

	ignore := cmpopts.IgnoreFields(annals.Record{}, "CreatedAt", "UpdatedAt", "Provenance", "Confidence")
	for _, q := range []string{"Nazarbayev", `"police massacre"`, "Жанаозен year:2011", `author:"Clara Weiss"`, "workers -Zhanaozen", "topic:kazakhstan"} {
		pq, err := annals.ParseQuery(q)
		if err != nil {
			t.Fatal(err)
		}
		want, err := fresh.Search(ctx, pq, annals.SearchOptions{Limit: 10, Facets: true})
		if err != nil {
			t.Fatal(err)
		}
		got, err := migrated.Search(ctx, pq, annals.SearchOptions{Limit: 10, Facets: true})
		if err != nil {
			t.Fatal(err)
		}
		if len(want.Hits) == 0 {
			t.Errorf("%s: no hits in the fresh archive", q)
		}
		if diff := cmp.Diff(want, got, ignore); diff != "" {
			t.Errorf("%s: migrated archive differs from a fresh one (-fresh +migrated):\n%s", q, diff)
		}
	}
}
