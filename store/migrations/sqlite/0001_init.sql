-- 0001: the first schema. Records and topics, authors as rows (for author
-- pages and facets), every provenance of every record, the import log, and
-- an FTS5 index over the folded shadow columns. Folding happens in Go (package
-- fold) so that SQLite and PostgreSQL index exactly the same keys.

CREATE TABLE topics (
	id          INTEGER PRIMARY KEY,
	slug        TEXT NOT NULL UNIQUE,
	title       TEXT NOT NULL,
	description TEXT NOT NULL DEFAULT '',
	disclaimer  TEXT NOT NULL DEFAULT '',
	sort_order  TEXT NOT NULL DEFAULT 'newest' CHECK (sort_order IN ('newest', 'oldest')),
	created_at  TEXT NOT NULL,
	updated_at  TEXT NOT NULL
);

CREATE TABLE records (
	id             INTEGER PRIMARY KEY,
	fingerprint    TEXT NOT NULL UNIQUE,
	title          TEXT NOT NULL DEFAULT '',
	source         TEXT NOT NULL DEFAULT '',
	-- The date as its ISO string truncated to its precision ('1999',
	-- '1999-09', '1999-09-26'), '' when unknown: it sorts correctly as text.
	date_text      TEXT NOT NULL DEFAULT '',
	date_year      INTEGER,
	summary        TEXT NOT NULL DEFAULT '',
	url            TEXT NOT NULL DEFAULT '',
	language       TEXT NOT NULL DEFAULT '',
	confidence     REAL NOT NULL DEFAULT 1,
	created_at     TEXT NOT NULL,
	updated_at     TEXT NOT NULL,
	-- Folded shadows of the searchable text, written by Go at save time.
	fold_title     TEXT NOT NULL DEFAULT '',
	fold_authors   TEXT NOT NULL DEFAULT '',
	fold_source    TEXT NOT NULL DEFAULT '',
	fold_summary   TEXT NOT NULL DEFAULT '',
	-- Filter keys (year, month, day, decade, language, topic ids) as
	-- tokens, so that filters are FTS5 terms intersected with the words
	-- instead of joins evaluated row by row. See store/meta.go.
	fold_meta      TEXT NOT NULL DEFAULT '',
	-- Adjacent word pairs of each text field ("police_massacre"), so that
	-- a phrase is found by looking up its pairs instead of checking the
	-- word positions of every record holding all its words.
	fold_pairs     TEXT NOT NULL DEFAULT ''
);
CREATE INDEX records_date ON records (date_text, id);
-- Source (publication) pages list a source's records by date.
CREATE INDEX records_source ON records (source, date_text);
CREATE INDEX records_year ON records (date_year);

CREATE TABLE record_authors (
	record_id INTEGER NOT NULL REFERENCES records (id) ON DELETE CASCADE,
	position  INTEGER NOT NULL,
	name      TEXT NOT NULL,
	PRIMARY KEY (record_id, position)
);
CREATE INDEX record_authors_name ON record_authors (name);

CREATE TABLE record_topics (
	topic_id  INTEGER NOT NULL REFERENCES topics (id) ON DELETE CASCADE,
	record_id INTEGER NOT NULL REFERENCES records (id) ON DELETE CASCADE,
	PRIMARY KEY (topic_id, record_id)
);
CREATE INDEX record_topics_record ON record_topics (record_id);

CREATE TABLE imports (
	id          INTEGER PRIMARY KEY,
	topic_id    INTEGER REFERENCES topics (id) ON DELETE SET NULL,
	origin      TEXT NOT NULL,
	format      TEXT NOT NULL,
	document    TEXT NOT NULL DEFAULT '',
	started_at  TEXT NOT NULL,
	new_count       INTEGER NOT NULL DEFAULT 0,
	unchanged_count INTEGER NOT NULL DEFAULT 0,
	merged_count    INTEGER NOT NULL DEFAULT 0,
	rejected_count  INTEGER NOT NULL DEFAULT 0
);

-- One row per place a record arrived from. Re-importing the same file adds
-- nothing: the same origin and line is the same provenance.
CREATE TABLE provenance (
	id          INTEGER PRIMARY KEY,
	record_id   INTEGER NOT NULL REFERENCES records (id) ON DELETE CASCADE,
	import_id   INTEGER NOT NULL REFERENCES imports (id) ON DELETE CASCADE,
	origin      TEXT NOT NULL,
	document    TEXT NOT NULL DEFAULT '',
	line        INTEGER NOT NULL DEFAULT 0,
	imported_at TEXT NOT NULL,
	UNIQUE (record_id, origin, line)
);

-- External-content FTS5 index over the folded shadows. The triggers keep it
-- in the same transaction as the rows.
CREATE VIRTUAL TABLE records_fts USING fts5(
	fold_title, fold_authors, fold_source, fold_summary, fold_meta, fold_pairs,
	content = 'records', content_rowid = 'id',
	-- '_' is part of a token so that filter keys ("_y2012") can never
	-- equal a folded word, which has only letters and digits.
	tokenize = 'unicode61 remove_diacritics 0 tokenchars ''_'''
);
CREATE TRIGGER records_fts_insert AFTER INSERT ON records BEGIN
	INSERT INTO records_fts (rowid, fold_title, fold_authors, fold_source, fold_summary, fold_meta, fold_pairs)
	VALUES (new.id, new.fold_title, new.fold_authors, new.fold_source, new.fold_summary, new.fold_meta, new.fold_pairs);
END;
CREATE TRIGGER records_fts_delete AFTER DELETE ON records BEGIN
	INSERT INTO records_fts (records_fts, rowid, fold_title, fold_authors, fold_source, fold_summary, fold_meta, fold_pairs)
	VALUES ('delete', old.id, old.fold_title, old.fold_authors, old.fold_source, old.fold_summary, old.fold_meta, old.fold_pairs);
END;
CREATE TRIGGER records_fts_update AFTER UPDATE OF fold_title, fold_authors, fold_source, fold_summary, fold_meta, fold_pairs ON records BEGIN
	INSERT INTO records_fts (records_fts, rowid, fold_title, fold_authors, fold_source, fold_summary, fold_meta, fold_pairs)
	VALUES ('delete', old.id, old.fold_title, old.fold_authors, old.fold_source, old.fold_summary, old.fold_meta, old.fold_pairs);
	INSERT INTO records_fts (rowid, fold_title, fold_authors, fold_source, fold_summary, fold_meta, fold_pairs)
	VALUES (new.id, new.fold_title, new.fold_authors, new.fold_source, new.fold_summary, new.fold_meta, new.fold_pairs);
END;

-- Document frequency of every indexed token: the exact number of matches
-- of a one-word query, without reading its matches.
CREATE VIRTUAL TABLE records_fts_vocab USING fts5vocab(records_fts, 'row');
