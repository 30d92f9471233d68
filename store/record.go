package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/labor-annals/annals"
	"github.com/labor-annals/annals/fold"
)

// recordColumns are the columns loadRecords scans, in order.
const recordColumns = `records.id, records.fingerprint, records.title, records.source, records.date_text, records.summary,
	records.url, records.language, records.confidence, records.created_at, records.updated_at, records.authors`

// ImportRecords saves recs as one import of imp, in one transaction: either
// every valid record of the input is saved or, on any error, none is. Records
// are matched to stored ones by fingerprint; a known record gains the
// import's topic and provenance and any field it lacked, and is reported as
// merged, or as unchanged when it gained nothing. Invalid records are
// rejected with their reason and do not stop the import. progress, when not
// nil, is called with the number of records handled so far.
//
// It returns EINVALID when imp's topic is invalid.
func (db *DB) ImportRecords(ctx context.Context, imp *annals.Import, recs []*annals.Record, progress func(done int)) (annals.ImportResult, error) {
	res := annals.ImportResult{Origin: imp.Origin}
	tx, err := db.beginWrite(ctx)
	if err != nil {
		return res, err
	}
	defer tx.tx.Rollback()

	topicID, err := ensureTopic(ctx, tx, imp.Topic)
	if err != nil {
		return res, err
	}
	if imp.StartedAt.IsZero() {
		imp.StartedAt = tx.now
	}
	if err := tx.queryRow(ctx, `INSERT INTO imports (topic_id, origin, format, document, started_at) VALUES (?, ?, ?, ?, ?) RETURNING id`,
		topicID, imp.Origin, imp.Format, imp.Document, db.d.timeValue(imp.StartedAt)).Scan(&imp.ID); err != nil {
		return res, fmt.Errorf("create import: %w", err)
	}
	res.ImportID = imp.ID

	for i, r := range recs {
		if err := ctx.Err(); err != nil {
			return res, err
		}
		line := 0
		if len(r.Provenance) > 0 {
			line = r.Provenance[0].Line
		}
		if err := r.Validate(); err != nil {
			res.Rejected++
			res.Rejections = append(res.Rejections, annals.Rejection{Line: line, Title: r.Title, Reason: annals.ErrorMessage(err)})
			continue
		}
		outcome, err := saveRecord(ctx, tx, imp, topicID, r, line)
		if err != nil {
			return res, fmt.Errorf("save record at %s:%d: %w", imp.Origin, line, err)
		}
		switch outcome {
		case outcomeNew:
			res.New++
		case outcomeMerged:
			res.Merged++
		default:
			res.Unchanged++
		}
		if progress != nil && (i%64 == 0 || i == len(recs)-1) {
			progress(i + 1)
		}
	}
	if _, err := tx.exec(ctx, `UPDATE imports SET new_count = ?, unchanged_count = ?, merged_count = ?, rejected_count = ? WHERE id = ?`,
		res.New, res.Unchanged, res.Merged, res.Rejected, imp.ID); err != nil {
		return res, fmt.Errorf("finish import: %w", err)
	}
	if err := tx.tx.Commit(); err != nil {
		return res, fmt.Errorf("commit import: %w", err)
	}
	if res.New >= mergeMinRecords {
		// A bulk import leaves the search index in many segments, and
		// every query reads each: at a million records, p99 went from 13
		// ms to 8 ms once merged. An import that grows the archive by a
		// tenth or more of what it held pays for the merge (about two
		// seconds per 100,000 records in the archive); smaller ones leave
		// it to FTS5's automerge and to `annals optimize`.
		var last int64
		if err := db.read.QueryRowContext(ctx, `SELECT coalesce(max(id), 0) FROM records`).Scan(&last); err != nil {
			return res, fmt.Errorf("import committed, but sizing the archive failed: %w", err)
		}
		if int64(res.New)*10 >= last-int64(res.New) {
			if err := db.Optimize(ctx); err != nil {
				return res, fmt.Errorf("import committed, but merging the search index failed: %w", err)
			}
			res.IndexMerged = true
		}
	}
	return res, nil
}

// mergeMinRecords is the fewest new records after which an import merges
// the search index (a variable for tests).
var mergeMinRecords = 10000

type outcome int

const (
	outcomeUnchanged outcome = iota
	outcomeNew
	outcomeMerged
)

// saveRecord inserts r or merges it into the stored record with the same
// fingerprint, and links it to the topic and the import.
func saveRecord(ctx context.Context, tx *Tx, imp *annals.Import, topicID int64, r *annals.Record, line int) (outcome, error) {
	if r.Fingerprint == "" {
		r.Fingerprint = annals.Fingerprint(r)
	}
	// The import's topic, and any the record names itself (a topics
	// column of a spreadsheet), created when missing.
	topics := []int64{topicID}
	for _, slug := range r.Topics {
		if slug == imp.Topic.Slug {
			continue
		}
		id, err := ensureTopic(ctx, tx, annals.Topic{Slug: slug})
		if err != nil {
			return 0, err
		}
		if !slices.Contains(topics, id) {
			topics = append(topics, id)
		}
	}
	result := outcomeUnchanged
	existing, err := findRecordByFingerprint(ctx, tx, r.Fingerprint)
	switch {
	case errors.Is(err, errNoRecord):
		if err := insertRecord(ctx, tx, r, topics); err != nil {
			return 0, err
		}
		for _, id := range topics {
			if _, err := tx.exec(ctx, `INSERT INTO record_topics (topic_id, record_id) VALUES (?, ?)`, id, r.ID); err != nil {
				return 0, fmt.Errorf("link topic: %w", err)
			}
		}
		result = outcomeNew
	case err != nil:
		return 0, err
	default:
		r.ID = existing.ID
		changed := mergeFields(existing, r)
		// Topic links are idempotent: a second import of the same file
		// adds nothing.
		var linked int64
		for _, id := range topics {
			res, err := tx.exec(ctx, `INSERT INTO record_topics (topic_id, record_id) VALUES (?, ?) ON CONFLICT DO NOTHING`, id, r.ID)
			if err != nil {
				return 0, fmt.Errorf("link topic: %w", err)
			}
			n, _ := res.RowsAffected()
			linked += n
		}
		if linked > 0 || changed {
			// A new topic changes the record's filter keys even when no
			// field changed.
			if err := updateRecord(ctx, tx, existing); err != nil {
				return 0, err
			}
			result = outcomeMerged
		}
	}
	doc := imp.Document
	if len(r.Provenance) > 0 && r.Provenance[0].Document != "" {
		doc = r.Provenance[0].Document
	}
	prov, err := tx.exec(ctx, `INSERT INTO provenance (record_id, import_id, origin, document, line, imported_at) VALUES (?, ?, ?, ?, ?, ?)
		ON CONFLICT DO NOTHING`, r.ID, imp.ID, imp.Origin, doc, line, tx.db.d.timeValue(imp.StartedAt))
	if err != nil {
		return 0, fmt.Errorf("add provenance: %w", err)
	}
	if n, _ := prov.RowsAffected(); n > 0 && result == outcomeUnchanged {
		result = outcomeMerged
	}
	return result, nil
}

// topicIDs returns the ids of the topics a record belongs to.
func topicIDs(ctx context.Context, tx *Tx, id int64) ([]int64, error) {
	rows, err := tx.query(ctx, `SELECT topic_id FROM record_topics WHERE record_id = ? ORDER BY topic_id`, id)
	if err != nil {
		return nil, fmt.Errorf("find topics of record %d: %w", id, err)
	}
	return scanIDs(rows)
}

// mergeFields fills the fields dst lacks from src, and takes a more precise
// date when it agrees with the one stored. It reports whether dst changed.
func mergeFields(dst, src *annals.Record) bool {
	changed := false
	fill := func(d *string, s string) {
		if *d == "" && s != "" {
			*d, changed = s, true
		}
	}
	fill(&dst.Title, src.Title)
	fill(&dst.Source, src.Source)
	fill(&dst.Summary, src.Summary)
	fill(&dst.URL, src.URL)
	fill(&dst.Language, src.Language)
	if len(dst.Authors) == 0 && len(src.Authors) > 0 {
		dst.Authors, changed = slices.Clone(src.Authors), true
	}
	if src.Date.Precision > dst.Date.Precision && (dst.Date.IsZero() || strings.HasPrefix(src.Date.String(), dst.Date.String())) {
		dst.Date, changed = src.Date, true
	}
	return changed
}

var errNoRecord = errors.New("no such record")

func findRecordByFingerprint(ctx context.Context, tx *Tx, fp string) (*annals.Record, error) {
	var id int64
	err := tx.queryRow(ctx, `SELECT id FROM records WHERE fingerprint = ?`, fp).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, errNoRecord
	} else if err != nil {
		return nil, fmt.Errorf("find record by fingerprint: %w", err)
	}
	recs, err := loadRecords(ctx, tx, []int64{id})
	if err != nil {
		return nil, err
	}
	return recs[0], nil
}

// folded is the folded shadow of a record's searchable fields.
type folded struct {
	title, authors, source, summary, pairs string
}

// foldedColumns folds the searchable fields, and lists the adjacent key
// pairs of each field for phrase lookups.
func foldedColumns(f *fold.Folder, r *annals.Record) folded {
	out := folded{
		title:   f.Text(r.Title),
		authors: f.Text(strings.Join(r.Authors, " ; ")),
		source:  f.Text(r.Source),
		summary: f.Text(r.Summary),
	}
	var b strings.Builder
	for _, field := range []string{out.title, out.authors, out.source, out.summary} {
		keys := strings.Fields(field)
		for i := 0; i+1 < len(keys); i++ {
			if b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(pairKey(keys[i], keys[i+1]))
		}
	}
	out.pairs = b.String()
	return out
}

// pairKey joins two adjacent keys into one token. Keys hold only letters
// and digits, so the underscore cannot make two different pairs equal.
func pairKey(a, b string) string { return a + "_" + b }

func dateYear(d annals.Date) any {
	if d.IsZero() {
		return nil
	}
	return d.Year
}

func insertRecord(ctx context.Context, tx *Tx, r *annals.Record, topics []int64) error {
	fc := foldedColumns(tx.db.folder(), r)
	conf := r.Confidence
	if conf == 0 {
		conf = 1
	}
	err := tx.queryRow(ctx, `INSERT INTO records (fingerprint, title, source, date_text, date_year, summary, url, language, confidence,
			created_at, updated_at, authors)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id`,
		r.Fingerprint, r.Title, r.Source, r.Date.String(), dateYear(r.Date), r.Summary, r.URL, r.Language, conf,
		tx.nowValue(), tx.nowValue(), authorsJSON(r.Authors)).Scan(&r.ID)
	if err != nil {
		return fmt.Errorf("insert record %q: %w", r.Title, err)
	}
	if err := indexRecord(ctx, tx, r, fc, topics); err != nil {
		return fmt.Errorf("index record %q: %w", r.Title, err)
	}
	return insertAuthors(ctx, tx, r.ID, r.Authors)
}

// indexRecord writes a record's rows in the search index, under its order
// key, and in record_folds.
func indexRecord(ctx context.Context, tx *Tx, r *annals.Record, fc folded, topics []int64) error {
	key := orderKey(r.Date, r.ID)
	if _, err := tx.exec(ctx, `INSERT INTO record_folds (record_id, key, fold_title, fold_authors, fold_source, fold_summary)
		VALUES (?, ?, ?, ?, ?, ?)`, r.ID, key, fc.title, fc.authors, fc.source, fc.summary); err != nil {
		return err
	}
	_, err := tx.exec(ctx, `INSERT INTO records_fts (rowid, fold_title, fold_authors, fold_source, fold_summary, fold_meta, fold_pairs)
		VALUES (?, ?, ?, ?, ?, ?, ?)`, key, fc.title, fc.authors, fc.source, fc.summary, metaText(r, topics), fc.pairs)
	return err
}

// authorsJSON encodes the authors column: a JSON array of names, in order.
func authorsJSON(authors []string) string {
	if len(authors) == 0 {
		return "[]"
	}
	b, err := json.Marshal(authors)
	if err != nil {
		panic(err) // a []string always encodes
	}
	return string(b)
}

func insertAuthors(ctx context.Context, tx *Tx, id int64, authors []string) error {
	for i, a := range authors {
		if _, err := tx.exec(ctx, `INSERT INTO record_authors (record_id, position, name) VALUES (?, ?, ?)`, id, i, a); err != nil {
			return fmt.Errorf("insert author %q: %w", a, err)
		}
	}
	return nil
}

func updateRecord(ctx context.Context, tx *Tx, r *annals.Record) error {
	fc := foldedColumns(tx.db.folder(), r)
	topics, err := topicIDs(ctx, tx, r.ID)
	if err != nil {
		return err
	}
	if _, err := tx.exec(ctx, `UPDATE records SET title = ?, source = ?, date_text = ?, date_year = ?, summary = ?, url = ?, language = ?,
			updated_at = ?, authors = ? WHERE id = ?`,
		r.Title, r.Source, r.Date.String(), dateYear(r.Date), r.Summary, r.URL, r.Language,
		tx.nowValue(), authorsJSON(r.Authors), r.ID); err != nil {
		return fmt.Errorf("update record %d: %w", r.ID, err)
	}
	// The index row goes and comes back: a new date moves the record in
	// the index's order (its key changes), and a contentless index
	// replaces a row whole.
	var old int64
	if err := tx.queryRow(ctx, `DELETE FROM record_folds WHERE record_id = ? RETURNING key`, r.ID).Scan(&old); err != nil {
		return fmt.Errorf("unindex record %d: %w", r.ID, err)
	}
	if _, err := tx.exec(ctx, `DELETE FROM records_fts WHERE rowid = ?`, old); err != nil {
		return fmt.Errorf("unindex record %d: %w", r.ID, err)
	}
	if err := indexRecord(ctx, tx, r, fc, topics); err != nil {
		return fmt.Errorf("index record %d: %w", r.ID, err)
	}
	if _, err := tx.exec(ctx, `DELETE FROM record_authors WHERE record_id = ?`, r.ID); err != nil {
		return fmt.Errorf("update authors of record %d: %w", r.ID, err)
	}
	return insertAuthors(ctx, tx, r.ID, r.Authors)
}

// FindRecordByID returns a record with its topics and every provenance. It
// returns ENOTFOUND when there is none.
func (db *DB) FindRecordByID(ctx context.Context, id int64) (*annals.Record, error) {
	tx, err := db.beginRead(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.tx.Rollback()
	recs, err := loadRecords(ctx, tx, []int64{id})
	if errors.Is(err, errNoRecord) {
		return nil, annals.Errorf(annals.ENOTFOUND, "Record %d not found.", id)
	} else if err != nil {
		return nil, err
	}
	if err := loadProvenance(ctx, tx, recs); err != nil {
		return nil, err
	}
	return recs[0], nil
}

// loadProvenance fills the provenance of recs, which are in id order, in
// the order it was recorded: one range query for the lot.
func loadProvenance(ctx context.Context, tx *Tx, recs []*annals.Record) error {
	if len(recs) == 0 {
		return nil
	}
	byID := make(map[int64]*annals.Record, len(recs))
	lo, hi := recs[0].ID, recs[0].ID
	for _, r := range recs {
		byID[r.ID] = r
		lo, hi = min(lo, r.ID), max(hi, r.ID)
	}
	rows, err := tx.query(ctx, `SELECT record_id, import_id, origin, document, line, imported_at FROM provenance
		WHERE record_id BETWEEN ? AND ? ORDER BY record_id, imported_at, id`, lo, hi)
	if err != nil {
		return fmt.Errorf("find provenance of records %d–%d: %w", lo, hi, err)
	}
	defer rows.Close()
	for rows.Next() {
		var p annals.Provenance
		var id int64
		var at string
		if err := rows.Scan(&id, &p.ImportID, &p.Origin, &p.Document, &p.Line, &at); err != nil {
			return err
		}
		if r := byID[id]; r != nil {
			p.ImportedAt = tx.parseTime(at)
			r.Provenance = append(r.Provenance, p)
		}
	}
	return rows.Err()
}

// FindRecords returns one page of the records that pass f, in date order
// (undated records last in either order), and the number of records that
// pass f in all.
func (db *DB) FindRecords(ctx context.Context, f annals.RecordFilter) ([]*annals.Record, int, error) {
	tx, err := db.beginRead(ctx)
	if err != nil {
		return nil, 0, err
	}
	defer tx.tx.Rollback()
	plan, err := planFilter(ctx, tx, f)
	if err != nil {
		return nil, 0, err
	}
	var total int
	if plan.topicOnly {
		// The topic's links are its records; counting them reads only
		// the record_topics primary key.
		total = plan.topicSize
	} else if err := tx.queryRow(ctx, `SELECT count(*) FROM records WHERE `+plan.where, plan.args...).Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("count records: %w", err)
	}
	dir := "DESC"
	if f.Order == annals.OldestFirst {
		dir = "ASC"
	}
	limit, offset := pageBounds(f.Offset, f.Limit)
	var ids []int64
	if plan.dense || f.Year != 0 {
		// A large set, or a year, is read in the order of the
		// records_date index, testing each record for membership, and
		// stops as soon as the page is full: sorting 100,000 records for
		// a page of 100 would cost a second. Dated records come first,
		// then undated ones.
		rows, err := tx.query(ctx, `SELECT id FROM records WHERE date_text > '' AND `+plan.where+`
			ORDER BY date_text `+dir+`, id `+dir+` LIMIT ? OFFSET ?`, append(slices.Clone(plan.args), limit, offset)...)
		if err != nil {
			return nil, 0, fmt.Errorf("find records: %w", err)
		}
		if ids, err = scanIDs(rows); err != nil {
			return nil, 0, err
		}
		if len(ids) < limit {
			var dated int
			if err := tx.queryRow(ctx, `SELECT count(*) FROM records WHERE date_text > '' AND `+plan.where, plan.args...).Scan(&dated); err != nil {
				return nil, 0, fmt.Errorf("count dated records: %w", err)
			}
			rows, err := tx.query(ctx, `SELECT id FROM records WHERE date_text = '' AND `+plan.where+`
				ORDER BY id `+dir+` LIMIT ? OFFSET ?`, append(slices.Clone(plan.args), limit-len(ids), max(0, offset-dated))...)
			if err != nil {
				return nil, 0, fmt.Errorf("find undated records: %w", err)
			}
			more, err := scanIDs(rows)
			if err != nil {
				return nil, 0, err
			}
			ids = append(ids, more...)
		}
	} else {
		// Undated records go last in either order.
		rows, err := tx.query(ctx, `SELECT id FROM records WHERE `+plan.where+`
			ORDER BY date_text = '' ASC, date_text `+dir+`, id `+dir+` LIMIT ? OFFSET ?`, append(slices.Clone(plan.args), limit, offset)...)
		if err != nil {
			return nil, 0, fmt.Errorf("find records: %w", err)
		}
		if ids, err = scanIDs(rows); err != nil {
			return nil, 0, err
		}
	}
	recs, err := loadRecords(ctx, tx, ids)
	if errors.Is(err, errNoRecord) {
		return nil, total, nil
	}
	return recs, total, err
}

// YearCounts returns how many of the records that pass f are dated in each
// year, oldest first. f's paging and year are ignored.
func (db *DB) YearCounts(ctx context.Context, f annals.RecordFilter) ([]annals.YearCount, error) {
	tx, err := db.beginRead(ctx)
	if err != nil {
		return nil, err
	}
	defer tx.tx.Rollback()
	f.Year = 0
	plan, err := planFilter(ctx, tx, f)
	if err != nil {
		return nil, err
	}
	// With a topic condition the planner groups over records_year, which
	// holds (date_year, id), and never reads the wide record rows.
	rows, err := tx.query(ctx, `SELECT date_year, count(*) FROM records
		WHERE date_year IS NOT NULL AND `+plan.where+` GROUP BY date_year ORDER BY date_year`, plan.args...)
	if err != nil {
		return nil, fmt.Errorf("count records by year: %w", err)
	}
	defer rows.Close()
	var out []annals.YearCount
	for rows.Next() {
		var yc annals.YearCount
		if err := rows.Scan(&yc.Year, &yc.Count); err != nil {
			return nil, err
		}
		out = append(out, yc)
	}
	return out, rows.Err()
}

// filterPlan is a RecordFilter turned into SQL, with what the planner
// learnt about the topic's size.
type filterPlan struct {
	where string
	args  []any
	// topicOnly is set when the filter is a topic and nothing else;
	// topicSize is then the number of records in the topic.
	topicOnly bool
	topicSize int
	// dense is set when the topic holds a large share of the archive, so
	// that walking an index in order and probing membership finds a page
	// sooner than collecting the whole topic.
	dense bool
}

// denseShare is the share of the archive above which a topic counts as
// dense: one record in denseShare is in it.
const denseShare = 4

// planFilter turns f into a WHERE condition on records. A topic is tested
// with a correlated probe of record_topics when it is large or combined
// with another filter (each candidate costs one primary-key lookup), and
// with IN when it is small (collecting it costs one lookup per member).
func planFilter(ctx context.Context, tx *Tx, f annals.RecordFilter) (filterPlan, error) {
	var p filterPlan
	conds := []string{"1 = 1"}
	if f.Topic != "" {
		var id int64
		err := tx.queryRow(ctx, `SELECT id FROM topics WHERE slug = ?`, f.Topic).Scan(&id)
		if errors.Is(err, sql.ErrNoRows) {
			id = -1 // matches nothing, as an unknown slug should
		} else if err != nil {
			return p, fmt.Errorf("find topic %s: %w", f.Topic, err)
		}
		var maxID sql.NullInt64
		if err := tx.queryRow(ctx, `SELECT count(*), (SELECT max(id) FROM records) FROM record_topics WHERE topic_id = ?`, id).Scan(&p.topicSize, &maxID); err != nil {
			return p, fmt.Errorf("count topic %s: %w", f.Topic, err)
		}
		p.dense = p.topicSize > 0 && int64(p.topicSize)*denseShare >= maxID.Int64
		p.topicOnly = f.Author == "" && f.Source == "" && f.Year == 0
		if p.dense || !p.topicOnly {
			conds = append(conds, `EXISTS (SELECT 1 FROM record_topics rt WHERE rt.topic_id = ? AND rt.record_id = records.id)`)
		} else {
			conds = append(conds, `records.id IN (SELECT record_id FROM record_topics WHERE topic_id = ?)`)
		}
		p.args = append(p.args, id)
	}
	if f.Author != "" {
		conds = append(conds, `records.id IN (SELECT record_id FROM record_authors WHERE name = ?)`)
		p.args = append(p.args, f.Author)
	}
	if f.Source != "" {
		conds = append(conds, `records.source = ?`)
		p.args = append(p.args, f.Source)
	}
	if f.Year != 0 {
		// A range of records_date rather than date_year = ?, so that the
		// year's records are read, counted and ordered from that index
		// alone: '1987', '1987-02' and '1987-02-26' all sort within it.
		conds = append(conds, `records.date_text >= ? AND records.date_text < ?`)
		p.args = append(p.args, fmt.Sprintf("%04d", f.Year), fmt.Sprintf("%04d", f.Year+1))
	}
	p.where = strings.Join(conds, " AND ")
	return p, nil
}

// Page size bounds.
const (
	DefaultLimit = 50
	MaxLimit     = 1000
)

func pageBounds(offset, limit int) (int, int) {
	if limit <= 0 {
		limit = DefaultLimit
	} else if limit > MaxLimit {
		limit = MaxLimit
	}
	if offset < 0 {
		offset = 0
	}
	return limit, offset
}

func scanIDs(rows *sql.Rows) ([]int64, error) {
	defer rows.Close()
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	return ids, rows.Err()
}

// loadRecords loads the records with the given ids, with authors and topic
// slugs, in the order of ids. It returns errNoRecord when any is missing.
// Two statements: the rows (authors are a JSON column of the row), then
// the topics of them all from the covering index on record_topics. (A
// correlated subquery per row for the topics cost three times as much as
// the rows themselves.)
func loadRecords(ctx context.Context, tx *Tx, ids []int64) ([]*annals.Record, error) {
	if len(ids) == 0 {
		return nil, nil
	}
	args := make([]any, len(ids))
	for i, id := range ids {
		args[i] = id
	}
	in := placeholders(len(ids))
	byID := make(map[int64]*annals.Record, len(ids))
	rows, err := tx.query(ctx, `SELECT `+recordColumns+` FROM records WHERE id IN (`+in+`)`, args...)
	if err != nil {
		return nil, fmt.Errorf("load records: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		r := &annals.Record{}
		var date, created, updated, authors string
		if err := rows.Scan(&r.ID, &r.Fingerprint, &r.Title, &r.Source, &date, &r.Summary, &r.URL, &r.Language,
			&r.Confidence, &created, &updated, &authors); err != nil {
			return nil, fmt.Errorf("scan record: %w", err)
		}
		r.Date, _ = annals.ParseDate(date)
		r.CreatedAt, r.UpdatedAt = tx.parseTime(created), tx.parseTime(updated)
		if err := json.Unmarshal([]byte(authors), &r.Authors); err != nil {
			return nil, fmt.Errorf("read authors of record %d: %w", r.ID, err)
		}
		byID[r.ID] = r
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	rows.Close()
	if len(byID) != len(ids) {
		return nil, errNoRecord
	}
	topics, err := tx.query(ctx, `SELECT rt.record_id, t.slug FROM record_topics rt JOIN topics t ON t.id = rt.topic_id
		WHERE rt.record_id IN (`+in+`)`, args...)
	if err != nil {
		return nil, fmt.Errorf("load topics of records: %w", err)
	}
	defer topics.Close()
	for topics.Next() {
		var id int64
		var slug string
		if err := topics.Scan(&id, &slug); err != nil {
			return nil, fmt.Errorf("load topics of records: %w", err)
		}
		if r := byID[id]; r != nil {
			r.Topics = append(r.Topics, slug)
		}
	}
	if err := topics.Err(); err != nil {
		return nil, fmt.Errorf("load topics of records: %w", err)
	}
	out := make([]*annals.Record, len(ids))
	for i, id := range ids {
		out[i] = byID[id]
		slices.Sort(out[i].Topics)
	}
	return out, nil
}
