-- attache store, schema version 5 (PRAGMA user_version 4 -> 5).
--
-- Band segments. Until v4, every 262,144 rows of `article_bands_recent` were
-- merged into `article_bands` in key order. The keys are random, so each
-- merge read and rewrote nearly every page of `article_bands`: the cost of a
-- merge grew with the store, and an ingest's merges with the square of its
-- size (13% of the writer's CPU at 40,000 articles). Now a full
-- `article_bands_recent` is copied whole into the first empty segment below
-- (a copy into an empty table with the same key, which SQLite does by
-- appending), and only when all eight segments are full are they merged
-- into `article_bands`, eight times less often. Duplicate lookups read all
-- ten tables; a bulk ingest reads them only for keys that its in-memory
-- filter cannot rule out (crates/store/src/gate.rs).
CREATE TABLE article_bands_s0 (band INTEGER NOT NULL, article INTEGER NOT NULL, PRIMARY KEY (band, article)) WITHOUT ROWID;
CREATE TABLE article_bands_s1 (band INTEGER NOT NULL, article INTEGER NOT NULL, PRIMARY KEY (band, article)) WITHOUT ROWID;
CREATE TABLE article_bands_s2 (band INTEGER NOT NULL, article INTEGER NOT NULL, PRIMARY KEY (band, article)) WITHOUT ROWID;
CREATE TABLE article_bands_s3 (band INTEGER NOT NULL, article INTEGER NOT NULL, PRIMARY KEY (band, article)) WITHOUT ROWID;
CREATE TABLE article_bands_s4 (band INTEGER NOT NULL, article INTEGER NOT NULL, PRIMARY KEY (band, article)) WITHOUT ROWID;
CREATE TABLE article_bands_s5 (band INTEGER NOT NULL, article INTEGER NOT NULL, PRIMARY KEY (band, article)) WITHOUT ROWID;
CREATE TABLE article_bands_s6 (band INTEGER NOT NULL, article INTEGER NOT NULL, PRIMARY KEY (band, article)) WITHOUT ROWID;
CREATE TABLE article_bands_s7 (band INTEGER NOT NULL, article INTEGER NOT NULL, PRIMARY KEY (band, article)) WITHOUT ROWID;
