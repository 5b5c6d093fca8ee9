-- attache store, schema version 3 (PRAGMA user_version 2 -> 3).
--
-- `dyad_daily` is gone: `attache dyad` reads the events through a covering
-- index on (source, target, day, quad, goldstein) instead. Both answer a
-- dyad in milliseconds, but the daily table cost a GROUP BY over every event
-- at the end of a bulk ingest (and scattered upserts in every batch of an
-- incremental one), while the covering index is the old (source, target, day)
-- index with two more columns: a few percent more to build.
DROP TABLE IF EXISTS dyad_daily;
DELETE FROM meta WHERE key = 'deferred';
DROP INDEX IF EXISTS events_source;
CREATE INDEX events_source ON events(source, target, day, quad, goldstein);
