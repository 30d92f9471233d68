-- 0004: the folded shadows move out of the records table into a table of
-- their own, and a record's authors are kept with the record as well.
--
-- Why: a page of search results, an item page or a list loads records by
-- id, one B-tree leaf each. With the shadows in the row (folded text plus
-- word pairs are about twice the display text) a record took ~3.3 KB, one
-- row per 4 KB page, and at a million records the table was 3.2 GB of a
-- 5 GB file: every load read a page of its own, mostly from outside the
-- mapped part of the file. Display rows alone are ~0.8 KB. Authors were
-- read by a subquery per record (an index and a table lookup per author);
-- record_authors stays for author pages and facets, and the JSON copy is
-- written in the same statement as the row.

-- The search index numbers its rows by an order key instead of the record
-- id: newest date first, undated last, highest id first within a date (see
-- store/order.go). Date filters and date order become ranges of rowids.
-- The filter keys of dates leave the meta column with it.
CREATE TABLE record_folds (
	id           INTEGER PRIMARY KEY, -- the order key
	record_id    INTEGER NOT NULL UNIQUE REFERENCES records (id) ON DELETE CASCADE,
	fold_title   TEXT NOT NULL DEFAULT '',
	fold_authors TEXT NOT NULL DEFAULT '',
	fold_source  TEXT NOT NULL DEFAULT '',
	fold_summary TEXT NOT NULL DEFAULT '',
	-- Filter keys (language, topic ids) as tokens; see store/meta.go.
	fold_meta    TEXT NOT NULL DEFAULT '',
	-- Adjacent word pairs of each text field ("police_massacre").
	fold_pairs   TEXT NOT NULL DEFAULT ''
);
INSERT INTO record_folds (id, record_id, fold_title, fold_authors, fold_source, fold_summary, fold_meta, fold_pairs)
	SELECT (CASE WHEN date_text = '' THEN 100000000
			ELSE 99999999 - (CAST(substr(date_text, 1, 4) AS INTEGER) * 10000
				+ CAST(substr(date_text, 6, 2) AS INTEGER) * 100 + CAST(substr(date_text, 9, 2) AS INTEGER)) END) << 32
			| (4294967295 - id),
		id, fold_title, fold_authors, fold_source, fold_summary,
		trim(CASE WHEN language = '' THEN ''
				ELSE '_l' || lower(substr(language, 1, instr(language || '-', '-') - 1))
					|| CASE WHEN instr(language, '-') > 0 THEN ' _l' || replace(lower(language), '-', '') ELSE '' END
			END
			|| coalesce((SELECT ' ' || group_concat('_t' || topic_id, ' ')
				FROM (SELECT topic_id FROM record_topics WHERE record_id = records.id ORDER BY topic_id)), '')),
		fold_pairs
	FROM records;

DROP TRIGGER records_fts_insert;
DROP TRIGGER records_fts_delete;
DROP TRIGGER records_fts_update;
DROP TABLE records_fts_vocab;
DROP TABLE records_fts;

CREATE VIRTUAL TABLE records_fts USING fts5(
	fold_title, fold_authors, fold_source, fold_summary, fold_meta, fold_pairs,
	content = 'record_folds', content_rowid = 'id',
	-- '_' is part of a token so that filter keys ("_y2012") can never
	-- equal a folded word, which has only letters and digits.
	tokenize = 'unicode61 remove_diacritics 0 tokenchars ''_'''
);
CREATE TRIGGER records_fts_insert AFTER INSERT ON record_folds BEGIN
	INSERT INTO records_fts (rowid, fold_title, fold_authors, fold_source, fold_summary, fold_meta, fold_pairs)
	VALUES (new.id, new.fold_title, new.fold_authors, new.fold_source, new.fold_summary, new.fold_meta, new.fold_pairs);
END;
CREATE TRIGGER records_fts_delete AFTER DELETE ON record_folds BEGIN
	INSERT INTO records_fts (records_fts, rowid, fold_title, fold_authors, fold_source, fold_summary, fold_meta, fold_pairs)
	VALUES ('delete', old.id, old.fold_title, old.fold_authors, old.fold_source, old.fold_summary, old.fold_meta, old.fold_pairs);
END;
CREATE TRIGGER records_fts_update AFTER UPDATE ON record_folds BEGIN
	INSERT INTO records_fts (records_fts, rowid, fold_title, fold_authors, fold_source, fold_summary, fold_meta, fold_pairs)
	VALUES ('delete', old.id, old.fold_title, old.fold_authors, old.fold_source, old.fold_summary, old.fold_meta, old.fold_pairs);
	INSERT INTO records_fts (rowid, fold_title, fold_authors, fold_source, fold_summary, fold_meta, fold_pairs)
	VALUES (new.id, new.fold_title, new.fold_authors, new.fold_source, new.fold_summary, new.fold_meta, new.fold_pairs);
END;
INSERT INTO records_fts (records_fts) VALUES ('rebuild');
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
