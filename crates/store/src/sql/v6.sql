-- attache store, schema version 6 (PRAGMA user_version 5 -> 6).
--
-- The newest band keys become a log: one row per first copy, its 16 band
-- keys in one blob, appended in the article's transaction. Writers keep the
-- log's keys in a hash map for lookups (crates/store/src/bandlog.rs). Until
-- v5 they were rows of `article_bands_recent`, keyed by band: random
-- inserts that dirtied nearly every page of that table in every batch, so
-- each commit wrote it to the WAL again (a quarter of the writer's CPU).
-- When the log holds `RECENT_BANDS` keys (crates/store/src/ingest.rs) they
-- are appended in key order to an empty band segment, as the recent rows
-- were, and the log is emptied; `meta` row `band_log_epoch` counts the
-- emptyings so that other writers know to reload it.
CREATE TABLE article_bands_log (
    article INTEGER PRIMARY KEY REFERENCES articles(id),
    bands   BLOB NOT NULL                    -- band keys, 8 bytes each, little-endian
);

-- The recent rows of a v5 store join the main band table.
INSERT OR IGNORE INTO article_bands(band, article) SELECT band, article FROM article_bands_recent;
DROP TABLE article_bands_recent;
