-- attache store, schema version 1. Applied once by `Store::open` (PRAGMA user_version 0 -> 1).
-- Documented in crates/store/README.md and docs/store.md.

-- Outlets (the agency or site an article came from); NumSources counts distinct outlets.
CREATE TABLE outlets (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
);

-- Dictionary rules (`file:line`) that coded a mention, stored once.
CREATE TABLE rules (
    id   INTEGER PRIMARY KEY,
    rule TEXT NOT NULL UNIQUE
);

-- One row per stored article. (ext_id, content_hash) is the idempotency key: an
-- article already stored with the same id and text is skipped on re-ingest.
CREATE TABLE articles (
    id           INTEGER PRIMARY KEY,
    ext_id       TEXT    NOT NULL,           -- the input's article id
    content_hash INTEGER NOT NULL,           -- xxh3-64 of the body text
    outlet       INTEGER NOT NULL REFERENCES outlets(id),
    url          TEXT,
    title        TEXT,
    date         TEXT,                       -- publication 'YYYY-MM-DD HH:MM:SS', NULL if unknown
    lang         TEXT,
    bytes        INTEGER NOT NULL,           -- body length in bytes
    sentences    INTEGER NOT NULL,           -- sentences found by the segmenter
    events       INTEGER NOT NULL,           -- event mentions coded in it
    minhash      BLOB,                       -- 112 x u16 LE MinHash signature (NULL: no words)
    duplicate_of INTEGER REFERENCES articles(id), -- first copy when a near-duplicate
    similarity   REAL,                       -- estimated Jaccard with duplicate_of
    ingested_at  INTEGER NOT NULL,           -- unix seconds
    UNIQUE (ext_id, content_hash)
);
CREATE INDEX articles_duplicate_of ON articles(duplicate_of) WHERE duplicate_of IS NOT NULL;

-- LSH index over the MinHash signatures: 16 bands of 7 rows, one row per (band key, article).
CREATE TABLE article_bands (
    band    INTEGER NOT NULL,                -- 64-bit hash of (band number, its 7 minima)
    article INTEGER NOT NULL,
    PRIMARY KEY (band, article)
) WITHOUT ROWID;

-- Sentences that produced at least one event (the evidence), with full-text search.
CREATE TABLE sentences (
    id      INTEGER PRIMARY KEY,
    article INTEGER NOT NULL REFERENCES articles(id),
    idx     INTEGER NOT NULL,                -- sentence index within the article, from 0
    text    TEXT    NOT NULL
);
CREATE VIRTUAL TABLE sentences_fts USING fts5(text, content='sentences', content_rowid='id');

-- Canonical (fused) events: one per (date, source code, target code, CAMEO code, place key).
CREATE TABLE events (
    id              INTEGER PRIMARY KEY,     -- GDELT GlobalEventID in exports
    fkey            INTEGER NOT NULL,        -- xxh3-64 of the fusion key
    day             INTEGER,                 -- YYYYMMDD, NULL when the event has no date
    date_precision  TEXT,                    -- day | week | month | year
    source          TEXT NOT NULL,           -- CAMEO actor code, '' when none
    target          TEXT NOT NULL,
    source_name     TEXT,                    -- actor text of the first mention
    target_name     TEXT,
    cameo           TEXT NOT NULL,
    root            TEXT NOT NULL,
    quad            INTEGER NOT NULL,
    goldstein       REAL NOT NULL,
    plover          TEXT,
    place_name      TEXT,
    place_country   TEXT,                    -- ISO 3166 alpha-3
    place_admin1    TEXT,
    lat             REAL,
    lon             REAL,
    place_precision TEXT,                    -- place | admin1 | country
    num_mentions    INTEGER NOT NULL,
    num_sources     INTEGER NOT NULL,        -- distinct outlets
    num_articles    INTEGER NOT NULL,        -- distinct articles (copies included)
    is_root         INTEGER NOT NULL,        -- 1 if any mention is in an article's lead paragraph
    confidence      REAL NOT NULL,           -- highest mention confidence
    first_seen      TEXT,                    -- earliest publication date-time among mentions
    first_article   INTEGER NOT NULL REFERENCES articles(id),
    added           INTEGER NOT NULL         -- unix seconds when first stored
);
CREATE UNIQUE INDEX events_fkey ON events(fkey);
-- Actor filters (a code and the codes that start with it are one range) and code-level dyads.
CREATE INDEX events_source ON events(source, target, day);
CREATE INDEX events_target ON events(target, day);
CREATE INDEX events_day ON events(day);

-- Every coded event occurrence, linked to its canonical event.
CREATE TABLE mentions (
    id            INTEGER PRIMARY KEY,
    event         INTEGER NOT NULL REFERENCES events(id),
    article       INTEGER NOT NULL REFERENCES articles(id),
    sentence      INTEGER NOT NULL REFERENCES sentences(id),
    outlet        INTEGER NOT NULL REFERENCES outlets(id),
    uid           INTEGER NOT NULL,          -- the event id of `attache code` (64-bit hash)
    trigger       TEXT NOT NULL,
    trigger_start INTEGER NOT NULL,          -- byte offsets into the article text
    trigger_end   INTEGER NOT NULL,
    source_text   TEXT,
    target_text   TEXT,
    reported_by   TEXT,                      -- actor code of the speaker, if reported speech
    confidence    REAL NOT NULL,
    rule          INTEGER NOT NULL REFERENCES rules(id),
    modality      INTEGER NOT NULL,          -- 0 asserted, 1 planned
    background    INTEGER NOT NULL,
    is_root       INTEGER NOT NULL,
    duplicate     INTEGER NOT NULL           -- 1 if the article is a near-duplicate copy
);
CREATE INDEX mentions_event ON mentions(event, outlet);
CREATE INDEX mentions_article ON mentions(article, sentence);

-- Daily dyad counts at the level of the first three letters of the codes (country or
-- IGO/NGO/...), kept up to date by ingest: `attache dyad USA RUS` reads this table, not the
-- events, so it answers in milliseconds whatever the number of events. Undated events are not in it.
CREATE TABLE dyad_daily (
    src3      TEXT NOT NULL,
    tgt3      TEXT NOT NULL,
    day       INTEGER NOT NULL,              -- YYYYMMDD
    quad      INTEGER NOT NULL,
    events    INTEGER NOT NULL,              -- canonical events
    goldstein REAL NOT NULL,                 -- their Goldstein sum
    PRIMARY KEY (src3, tgt3, day, quad)
) WITHOUT ROWID;

-- Per-actor counts, kept up to date by ingest (for `attache actors`).
CREATE TABLE actors (
    code      TEXT PRIMARY KEY,
    name      TEXT,
    as_source INTEGER NOT NULL,              -- canonical events with this source
    as_target INTEGER NOT NULL,
    mentions  INTEGER NOT NULL               -- mentions where it is source or target
) WITHOUT ROWID;

-- Running totals kept by ingest so that `attache stats` does not scan the events:
-- 'quad1'..'quad4' (canonical events by quad class), 'root_events' (events with is_root = 1).
CREATE TABLE totals (
    key   TEXT PRIMARY KEY,
    value INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
INSERT INTO meta(key, value) VALUES ('minhash', 'v1 words=4 hashes=112 bands=16x7 bits=16 threshold=0.8');
