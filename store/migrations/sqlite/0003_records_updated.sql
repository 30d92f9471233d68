-- 0003: harvesting (OAI-PMH) lists records in the order of their last
-- change, to the second, then by id, and pages through them with a cursor
-- on that pair. updated_at is RFC 3339 text with a variable-length fraction,
-- which does not sort as text within a second; its first 19 characters
-- (YYYY-MM-DDThh:mm:ss, UTC) do. The index is on that expression, so that
-- a page is read from the index in order, whatever the archive's size.

CREATE INDEX records_updated ON records (substr(updated_at, 1, 19), id);
