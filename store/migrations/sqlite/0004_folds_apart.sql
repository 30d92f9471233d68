-- 0004: the search index leaves the records table.
--
-- Why: a page of search results, an item page or a list loads records by
-- id, one B-tree leaf each. With the folded shadows in the row (folded
-- text, word pairs and filter keys are about twice the display text) a
-- record took ~3.3 KB, one row per 4 KB page, and at a million records the
-- table was 3.2 GB of a 5 GB file: every load read a page of its own,
-- mostly from outside the part of the file SQLite maps (2 GB at most).
-- Display rows alone are ~0.8 KB.
--
-- - The search index is contentless (FTS5 keeps no copy of the text, and
--   contentless_delete lets a row be removed by its rowid alone); Go
--   writes its rows beside the record's.
-- - It numbers its rows by an order key instead of the record id: newest
--   date first, undated last, highest id first within a date (see
--   store/order.go). Date filters and date order become ranges of rowids,
--   so the filter keys of dates leave the meta column.
-- - record_folds keeps the folded text of the four searchable fields, with
--   the order key, for the relevance scores computed in Go (store/score.go);
--   the word pairs and filter keys are only in the index.
-- - A record's authors are also kept with the record, as a JSON array:
--   they were read by a subquery per record (an index and a table lookup
--   per author). record_authors stays for author pages and facets.

CREATE TABLE record_folds (
	-- By record id, not by order key: rows then arrive in key order and
	-- fill their pages (in date order they left them a third empty).
	record_id    INTEGER PRIMARY KEY REFERENCES records (id) ON DELETE CASCADE,
	key          INTEGER NOT NULL, -- the order key, the index's rowid
	fold_title   TEXT NOT NULL DEFAULT '',
	fold_authors TEXT NOT NULL DEFAULT '',
	fold_source  TEXT NOT NULL DEFAULT '',
	fold_summary TEXT NOT NULL DEFAULT ''
);
CREATE TEMP TABLE keyed AS
	SELECT (CASE WHEN date_text = '' THEN 100000000
			ELSE 99999999 - (CAST(substr(date_text, 1, 4) AS INTEGER) * 10000
				+ CAST(substr(date_text, 6, 2) AS INTEGER) * 100 + CAST(substr(date_text, 9, 2) AS INTEGER)) END) << 32
			| (4294967295 - id) AS key,
		id, fold_title, fold_authors, fold_source, fold_summary,
		-- The filter keys without dates: languages, then topics.
		trim(CASE WHEN language = '' THEN ''
				ELSE '_l' || lower(substr(language, 1, instr(language || '-', '-') - 1))
					|| CASE WHEN instr(language, '-') > 0 THEN ' _l' || replace(lower(language), '-', '') ELSE '' END
			END
			|| coalesce((SELECT ' ' || group_concat('_t' || topic_id, ' ')
				FROM (SELECT topic_id FROM record_topics WHERE record_id = records.id ORDER BY topic_id)), '')) AS meta,
		fold_pairs
	FROM records;
INSERT INTO record_folds (record_id, key, fold_title, fold_authors, fold_source, fold_summary)
	SELECT id, key, fold_title, fold_authors, fold_source, fold_summary FROM keyed ORDER BY id;

DROP TRIGGER records_fts_insert;
DROP TRIGGER records_fts_delete;
DROP TRIGGER records_fts_update;
DROP TABLE records_fts_vocab;
DROP TABLE records_fts;

CREATE VIRTUAL TABLE records_fts USING fts5(
	fold_title, fold_authors, fold_source, fold_summary, fold_meta, fold_pairs,
	content = '', contentless_delete = 1,
	-- '_' is part of a token so that filter keys ("_t12") can never equal
	-- a folded word, which has only letters and digits.
	tokenize = 'unicode61 remove_diacritics 0 tokenchars ''_'''
);
INSERT INTO records_fts (rowid, fold_title, fold_authors, fold_source, fold_summary, fold_meta, fold_pairs)
	SELECT key, fold_title, fold_authors, fold_source, fold_summary, meta, fold_pairs FROM keyed ORDER BY key;
DROP TABLE keyed;
CREATE VIRTUAL TABLE records_fts_vocab USING fts5vocab(records_fts, 'row');

ALTER TABLE records DROP COLUMN fold_title;
ALTER TABLE records DROP COLUMN fold_authors;
ALTER TABLE records DROP COLUMN fold_source;
ALTER TABLE records DROP COLUMN fold_summary;
ALTER TABLE records DROP COLUMN fold_meta;
ALTER TABLE records DROP COLUMN fold_pairs;

-- The authors, in order, as a JSON array of names.
ALTER TABLE records ADD COLUMN authors TEXT NOT NULL DEFAULT '[]';
UPDATE records SET authors = (SELECT json_group_array(name ORDER BY position) FROM record_authors WHERE record_id = records.id)
	WHERE id IN (SELECT record_id FROM record_authors);

-- A record's topics from the index alone, without a lookup in the table.
DROP INDEX record_topics_record;
CREATE INDEX record_topics_record ON record_topics (record_id, topic_id);
