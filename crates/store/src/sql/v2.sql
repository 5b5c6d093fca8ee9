-- attache store, schema version 2. Documented in docs/store.md.

-- The newest LSH band rows. Band keys are hashes, so inserting each article's 16 rows
-- straight into `article_bands` writes pages all over a table that outgrows the page cache
-- (it holds 16 rows per first copy). New rows go here instead, a table small enough to stay
-- in the cache; when it holds `RECENT_BANDS` rows (crates/store/src/ingest.rs) they are
-- moved to `article_bands` in key order, which writes each page of it at most once.
-- Duplicate lookups read both tables.
CREATE TABLE article_bands_recent (
    band    INTEGER NOT NULL,
    article INTEGER NOT NULL,
    PRIMARY KEY (band, article)
) WITHOUT ROWID;
