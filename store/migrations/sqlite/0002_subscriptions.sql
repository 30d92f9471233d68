-- 0002: feed subscriptions. A subscription fetches a URL on a schedule
-- and imports what it finds into a topic; the validators of the last
-- answer make the next fetch conditional, and failures push the next
-- check back (backoff) without losing the subscription.

CREATE TABLE subscriptions (
	id              INTEGER PRIMARY KEY,
	topic_id        INTEGER NOT NULL REFERENCES topics (id) ON DELETE CASCADE,
	url             TEXT NOT NULL,
	etag            TEXT NOT NULL DEFAULT '',
	last_modified   TEXT NOT NULL DEFAULT '',
	created_at      TEXT NOT NULL,
	checked_at      TEXT NOT NULL DEFAULT '',
	next_check_at   TEXT NOT NULL,
	failures        INTEGER NOT NULL DEFAULT 0,
	last_error      TEXT NOT NULL DEFAULT '',
	UNIQUE (topic_id, url)
);
CREATE INDEX subscriptions_due ON subscriptions (next_check_at);
