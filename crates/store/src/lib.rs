//! attache's embedded event store.
//!
//! A single SQLite file (rusqlite with bundled SQLite, FTS5 included) in WAL
//! mode holds the articles, the sentences that produced events, every event
//! mention, and the canonical events fused from them. The schema is
//! versioned with `PRAGMA user_version` and migrated on open; it is
//! documented in `crates/store/README.md` and `docs/store.md`.
//!
//! * [`Store::open`] creates or migrates a database.
//! * [`Store::batch`] starts a write transaction; [`Batch::add`] stores one
//!   article with all its mentions (or skips it when it is already stored),
//!   [`Batch::commit`] makes the batch durable. An article is never half
//!   stored: it and its mentions are in the same transaction, so a process
//!   killed at any moment leaves a consistent database.
//! * Near-duplicates are found with MinHash + LSH ([`minhash`]) and linked to
//!   the first copy; their events become mentions of the existing events.
//! * Queries: [`Store::events`], [`Store::dyad`], [`Store::top_actors`],
//!   [`Store::stats`] (see [`query`]).

use anyhow::{bail, Context, Result};
use rusqlite::{Connection, OptionalExtension, Transaction, TransactionBehavior};
use std::path::Path;

mod bandlog;
mod fuse;
mod gate;
mod ingest;
pub mod minhash;
pub mod query;
mod raw;

pub use ingest::{content_hash, fusion_key, outlet_name, place_key, Batch, Outcome};
pub use query::{
    ActorMatch, ActorRow, DyadRow, EventFilter, Period, Stats, StoredEvent, StoredMention,
};

/// The schema migrations, in order; `PRAGMA user_version` is the number applied.
const MIGRATIONS: &[&str] = &[
    include_str!("sql/v1.sql"),
    include_str!("sql/v2.sql"),
    include_str!("sql/v3.sql"),
    include_str!("sql/v4.sql"),
    include_str!("sql/v5.sql"),
    include_str!("sql/v6.sql"),
];

/// The schema version this build writes.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

/// How long a connection waits for another's write lock.
const BUSY_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(30);

/// SQLite's page cache per connection (`PRAGMA cache_size`; negative: KiB).
const CACHE_SIZE: i64 = -16384;

/// The page cache while the deferred indexes are built, which also sizes
/// the sorter's in-memory runs (see [`Store::ensure_query_indexes`]).
const SORT_CACHE_SIZE: i64 = -2048;

/// Articles per write transaction used by `attache ingest`. Every commit
/// writes each page the transaction dirtied to the WAL, and some pages are
/// dirtied by every batch (the last pages of the appended tables; before
/// schema v6, also the recent band rows): 1,024 articles per batch instead
/// of 256 wrote 16.8 instead of 30.4 kB per article to the WAL
/// (`store_replay 20000`, second 10,000, schema v5). A killed ingest codes
/// at most one batch again.
pub const BATCH_ARTICLES: usize = 1024;

/// Indexes that only queries use (ingest never reads them). A large ingest
/// may drop them with [`Store::defer_query_indexes`] and build them once at
/// the end with [`Store::ensure_query_indexes`]: building an index by sorting
/// is several times cheaper than keeping it up to date row by row, and these
/// three are keyed by actor codes and dates, so row-by-row upkeep touches
/// pages all over the file. The definitions are those of `sql/v1.sql` and
/// `sql/v3.sql`; `events_source` covers `attache dyad` (source, target, day,
/// quad class, Goldstein), so a dyad is read from the index alone.
const QUERY_INDEXES: &[(&str, &str)] = &[
    (
        "events_source",
        "CREATE INDEX IF NOT EXISTS events_source ON events(source, target, day, quad, goldstein)",
    ),
    (
        "events_target",
        "CREATE INDEX IF NOT EXISTS events_target ON events(target, day)",
    ),
    (
        "events_day",
        "CREATE INDEX IF NOT EXISTS events_day ON events(day)",
    ),
];

/// FTS5's pending-terms limit while indexing a bulk ingest's sentences.
const FTS_BULK_HASHSIZE: i64 = 4 << 20;
/// FTS5's default, restored after.
const FTS_HASHSIZE: i64 = 1 << 20;

/// A bulk ingest indexes its new sentences for full-text search whenever
/// this many are waiting (see [`Batch::commit`]), and the rest at the end.
/// Each pass writes the same index segments as one pass at the end would
/// (the pending terms of this many sentences fit in
/// [`FTS_BULK_HASHSIZE`]), but most of the work is then done while the
/// coders still run instead of after them.
const FTS_CHUNK_SENTENCES: i64 = 32_768;

/// Add the sentences after `from` (by id) to the full-text index in one pass,
/// flushing the index in large segments (FTS5's `hashsize`, 1 MB by
/// default, bounds the terms held in memory), so that few segment merges
/// follow. Inside the caller's transaction.
fn index_new_sentences(tx: &Connection, from: i64) -> Result<()> {
    tx.execute(
        "INSERT INTO sentences_fts(sentences_fts, rank) VALUES ('hashsize', ?1)",
        [FTS_BULK_HASHSIZE],
    )?;
    tx.execute(
        "INSERT INTO sentences_fts(rowid, text) SELECT id, text FROM sentences WHERE id > ?1",
        [from],
    )?;
    tx.execute(
        "INSERT INTO sentences_fts(sentences_fts, rank) VALUES ('hashsize', ?1)",
        [FTS_HASHSIZE],
    )?;
    Ok(())
}

/// In bulk mode: index the sentences waiting for the full-text index when
/// there are at least `chunk` of them ([`FTS_CHUNK_SENTENCES`]), and move
/// `fts_from` past them, in the caller's transaction (so a kill loses neither).
pub(crate) fn index_sentences_chunk(tx: &Connection, chunk: i64) -> Result<()> {
    let Some(from) = tx
        .prepare_cached("SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'fts_from'")?
        .query_row([], |r| r.get::<_, i64>(0))
        .optional()?
    else {
        return Ok(());
    };
    let last: i64 = tx
        .prepare_cached("SELECT coalesce(max(id), 0) FROM sentences")?
        .query_row([], |r| r.get(0))?;
    if last - from < chunk {
        return Ok(());
    }
    index_new_sentences(tx, from)?;
    tx.prepare_cached("UPDATE meta SET value = ?1 WHERE key = 'fts_from'")?
        .execute([last])?;
    Ok(())
}

/// The unique index that fuses events (`sql/v1.sql`). A bulk ingest drops it
/// with the query indexes, stores events unfused across its batches, and
/// [`Store::ensure_query_indexes`] fuses them by sorting and builds it again.
const FUSION_INDEX: (&str, &str) = (
    "events_fkey",
    "CREATE UNIQUE INDEX IF NOT EXISTS events_fkey ON events(fkey)",
);

/// An open event store.
pub struct Store {
    conn: Connection,
    /// The derived tables are deferred (see [`Store::defer_query_indexes`]).
    deferred: bool,
    /// This connection has put the store in the bulk state ([`Store::enter_bulk`]).
    bulk_ready: bool,
    /// The band log in memory and the full band segments (loaded by the first batch).
    bands: ingest::BandTables,
    /// When a batch moves band rows and indexes sentences.
    limits: ingest::Limits,
    /// The advisory lock a bulk ingest holds on the database file.
    bulk_lock: Option<std::fs::File>,
    /// Bulk mode: the Bloom filter over the stored band keys ([`gate`]).
    gate: Option<gate::BandGate>,
    /// Bulk mode: the actor counts held until the end ([`ingest::ActorPending`]).
    pending: Option<ingest::ActorPending>,
}

impl Store {
    /// Open (creating if needed) the database at `path` and bring its schema
    /// up to date.
    pub fn open(path: impl AsRef<Path>) -> Result<Store> {
        let path = path.as_ref();
        let conn = Connection::open(path)
            .with_context(|| format!("{}: cannot open the database", path.display()))?;
        Self::setup(conn).with_context(|| format!("{}: cannot use the database", path.display()))
    }

    /// Open an existing database; an error (not an empty new file) when there is none.
    pub fn open_existing(path: impl AsRef<Path>) -> Result<Store> {
        let path = path.as_ref();
        if !path.exists() {
            bail!(
                "{}: no database here (run `attache ingest` first, or give --db / ATTACHE_DB)",
                path.display()
            );
        }
        let mut store = Self::open(path)?;
        // An ingest killed while it had the query indexes deferred left them
        // missing; the next command to open the store builds them. While a
        // bulk ingest runs (it holds the advisory lock) or another process
        // holds the write lock, queries work without them, only slower.
        let file = std::fs::File::open(path)?;
        let bulk_running = matches!(file.try_lock(), Err(std::fs::TryLockError::WouldBlock));
        if !bulk_running && store.needs_rebuild()? {
            store.conn.busy_timeout(std::time::Duration::ZERO)?;
            let built = store.ensure_query_indexes();
            store.conn.busy_timeout(BUSY_TIMEOUT)?;
            match built {
                Err(e) if !is_busy(&e) => return Err(e),
                _ => {}
            }
        }
        Ok(store)
    }

    /// A private in-memory database (tests, benchmarks).
    pub fn open_in_memory() -> Result<Store> {
        Self::setup(Connection::open_in_memory()?)
    }

    fn setup(conn: Connection) -> Result<Store> {
        conn.busy_timeout(BUSY_TIMEOUT)?;
        let _mode: String = conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))?;
        conn.execute_batch(&format!(
            "PRAGMA synchronous = NORMAL;
             PRAGMA foreign_keys = OFF;
             PRAGMA temp_store = MEMORY;
             PRAGMA cache_size = {CACHE_SIZE};
             PRAGMA wal_autocheckpoint = 16384;"
        ))?;
        conn.set_prepared_statement_cache_capacity(64);
        let mut store = Store {
            conn,
            deferred: false,
            bulk_ready: false,
            bands: ingest::BandTables::default(),
            limits: ingest::Limits::default(),
            bulk_lock: None,
            gate: None,
            pending: None,
        };
        store.migrate()?;
        // A store left deferred by a killed bulk ingest has no fusion index:
        // write to it in bulk mode until its deferred work is done.
        store.deferred = store.needs_rebuild()?;
        Ok(store)
    }

    /// Are the derived structures deferred (an index missing, or new
    /// sentences not yet in the full-text index: `fts_from` in `meta`)?
    fn needs_rebuild(&self) -> Result<bool> {
        let mut st = self
            .conn
            .prepare_cached("SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?1")?;
        for name in std::iter::once(FUSION_INDEX.0).chain(QUERY_INDEXES.iter().map(|x| x.0)) {
            if !st.exists([name])? {
                return Ok(true);
            }
        }
        Ok(self
            .conn
            .prepare_cached("SELECT 1 FROM meta WHERE key IN ('fts_from', ?1)")?
            .exists([ingest::ACTORS_PENDING])?)
    }

    /// Finish what a bulk ingest deferred (after [`Store::defer_query_indexes`],
    /// or after an ingest that deferred it was killed): fuse the events stored
    /// unfused and build the fusion index ([`fuse`]), build the query
    /// indexes, and add the new sentences to the full-text index. Each step is its own transaction with a
    /// checkpoint after it, so the WAL stays small; a step that is killed is
    /// rolled back, and the next writer enters bulk mode again, so the work
    /// is redone from a consistent state. Returns the number of event rows
    /// that were merged into older rows with the same fusion key.
    pub fn ensure_query_indexes(&mut self) -> Result<u64> {
        self.ensure_query_indexes_with(|_| {})
    }

    /// [`Store::ensure_query_indexes`], calling `step` with the name of each
    /// step before it starts (for progress reports and timings).
    pub fn ensure_query_indexes_with(&mut self, step: impl FnMut(&str)) -> Result<u64> {
        // The band filter is for bulk batches only, and the band log's map
        // is loaded again by the next batch: free both before the sorts,
        // which set the ingest's peak memory (a bulk batch after a failed
        // step builds them again).
        self.gate = None;
        self.bands = ingest::BandTables::default();
        if !self.needs_rebuild()? {
            // No mark: whoever removed it counted this connection's batches.
            if let Some(p) = self.pending.as_mut() {
                p.reset();
            }
            self.deferred = false;
            self.bulk_ready = false;
            return Ok(0);
        }
        // The index builds sort every event: let SQLite's sorter spill to
        // temporary files rather than hold the sort in memory. Its in-memory
        // runs are as large as the page cache, and small runs sort faster
        // (they stay in the CPU's caches) than the merge of more runs costs:
        // with a 2 MB cache the four builds on a 100,000-article store took
        // ~2.1 s instead of ~2.8 s with 8 MB (and more with 16 MB). The sorts
        // may use helper threads: the ingest's coders are done by now, so
        // the other cores are idle; one helper more than the other cores
        // keeps them busy while the main thread reads the table.
        let threads = std::thread::available_parallelism().map_or(1, |n| n.get().min(3));
        self.conn.execute_batch(&format!(
            "PRAGMA temp_store = FILE; PRAGMA cache_size = {SORT_CACHE_SIZE}; PRAGMA threads = {threads};"
        ))?;
        let built = self.finish_deferred(step);
        self.conn.execute_batch(&format!(
            "PRAGMA temp_store = MEMORY; PRAGMA cache_size = {CACHE_SIZE}; PRAGMA threads = 0;"
        ))?;
        let merged = built?;
        self.deferred = false;
        self.bulk_ready = false;
        self.bulk_lock = None;
        Ok(merged)
    }

    fn finish_deferred(&mut self, mut step: impl FnMut(&str)) -> Result<u64> {
        let mut merged = 0;
        let has_index = |c: &Connection, name: &str| -> Result<bool> {
            Ok(
                c.prepare_cached("SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?1")?
                    .exists([name])?,
            )
        };
        // The actor counts first: fusion subtracts the rows it merges.
        if self
            .conn
            .prepare_cached("SELECT 1 FROM meta WHERE key = ?1")?
            .exists([ingest::ACTORS_PENDING])?
        {
            step("counting actors");
            let tx = self
                .conn
                .transaction_with_behavior(TransactionBehavior::Immediate)?;
            ingest::ActorPending::finish(self.pending.as_ref(), &tx)?;
            tx.commit()?;
        }
        if let Some(p) = self.pending.as_mut() {
            p.reset();
        }
        if !has_index(&self.conn, FUSION_INDEX.0)? {
            step("fusing events across batches");
            let tx = self
                .conn
                .transaction_with_behavior(TransactionBehavior::Immediate)?;
            merged = fuse::fuse_deferred(&tx)?;
            step(&format!("building index {}", FUSION_INDEX.0));
            tx.execute_batch(FUSION_INDEX.1)?;
            tx.commit()?;
            self.checkpoint()?;
        }
        for (name, sql) in QUERY_INDEXES {
            if !has_index(&self.conn, name)? {
                step(&format!("building index {name}"));
                self.conn.execute_batch(sql)?;
                self.checkpoint()?;
            }
        }
        let fts_from: Option<i64> = self
            .conn
            .query_row(
                "SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'fts_from'",
                [],
                |r| r.get(0),
            )
            .optional()?;
        if let Some(from) = fts_from {
            step("indexing new sentences for full-text search");
            let tx = self
                .conn
                .transaction_with_behavior(TransactionBehavior::Immediate)?;
            index_new_sentences(&tx, from)?;
            tx.execute_batch("DELETE FROM meta WHERE key = 'fts_from'")?;
            tx.commit()?;
            self.checkpoint()?;
        }
        Ok(merged)
    }

    /// Defer the derived structures for a large ingest, when `expected_events`
    /// (an estimate of the events the ingest will add) is at least a quarter
    /// of the events already stored, or when the store is still deferred by
    /// an earlier ingest that was killed. In this bulk mode the fusion index
    /// and the query-only indexes are dropped, events are fused only within
    /// a batch (see [`fuse`]), and new sentences are not added to the full-text index; building all of these
    /// once at the end, by sorting, costs far less than keeping them up to
    /// date. Returns whether the store is in bulk mode. The caller runs
    /// [`Store::ensure_query_indexes`] when it is done; if it never does
    /// (killed), the next [`Store::open_existing`] or ingest does.
    pub fn defer_query_indexes(&mut self, expected_events: u64) -> Result<bool> {
        if !self.deferred {
            let stored: i64 =
                self.conn
                    .query_row("SELECT coalesce(max(id), 0) FROM events", [], |r| r.get(0))?;
            if expected_events.saturating_mul(4) < stored as u64 {
                return Ok(false);
            }
        }
        self.enter_bulk()?;
        Ok(true)
    }

    /// Put the store in the bulk state: the `meta` rows that record what is
    /// deferred, and the indexes dropped, in one transaction. Idempotent; an
    /// older `fts_from` is kept (those sentences are not indexed yet either).
    fn enter_bulk(&mut self) -> Result<()> {
        if self.bulk_ready {
            return Ok(());
        }
        let tx = self.conn.transaction()?;
        bulk_state(&tx)?;
        tx.commit()?;
        self.deferred = true;
        self.bulk_ready = true;
        // Tell other attache processes that a bulk ingest is running here, so
        // that a query command does not finish its deferred work under it
        // ([`Store::open_existing`]). An advisory lock on the database file
        // (flock, separate from SQLite's own locks); the kernel drops it when
        // the process ends, even by kill -9. Waits while a query command
        // holds it to check for a running bulk ingest or to finish the work
        // a killed one left.
        if let Some(path) = self.conn.path().filter(|p| !p.is_empty()) {
            if let Ok(f) = std::fs::File::open(path) {
                if f.lock().is_ok() {
                    self.bulk_lock = Some(f);
                }
            }
        }
        Ok(())
    }

    fn migrate(&mut self) -> Result<()> {
        let version: i64 = self
            .conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))?;
        if version > SCHEMA_VERSION {
            bail!(
                "the database has schema version {version}, newer than this attache knows ({SCHEMA_VERSION}); \
                 upgrade attache"
            );
        }
        if version == SCHEMA_VERSION {
            return Ok(());
        }
        // Another process may be creating or migrating the same file right
        // now (a query command opening the database an ingest has just
        // created). Take the write lock first and read the version again
        // under it, so that each migration runs once; while another process
        // holds the lock, look again whether it has migrated the file (an
        // ingest goes on to take the lock batch after batch, so waiting for
        // the lock alone could wait for the whole ingest).
        let start = std::time::Instant::now();
        self.conn.busy_timeout(std::time::Duration::ZERO)?;
        loop {
            let version: i64 = self
                .conn
                .query_row("PRAGMA user_version", [], |r| r.get(0))?;
            if version == SCHEMA_VERSION {
                self.conn.busy_timeout(BUSY_TIMEOUT)?;
                return Ok(());
            }
            match self.conn.execute_batch("BEGIN IMMEDIATE") {
                Ok(()) => break,
                Err(rusqlite::Error::SqliteFailure(f, _))
                    if f.code == rusqlite::ErrorCode::DatabaseBusy
                        && start.elapsed() < BUSY_TIMEOUT =>
                {
                    std::thread::sleep(std::time::Duration::from_millis(5));
                }
                Err(e) => {
                    self.conn.busy_timeout(BUSY_TIMEOUT)?;
                    return Err(e.into());
                }
            }
        }
        self.conn.busy_timeout(BUSY_TIMEOUT)?;
        let migrated = (|| -> Result<()> {
            let version: i64 = self
                .conn
                .query_row("PRAGMA user_version", [], |r| r.get(0))?;
            for (i, sql) in MIGRATIONS.iter().enumerate().skip(version as usize) {
                self.conn
                    .execute_batch(sql)
                    .with_context(|| format!("schema migration to version {}", i + 1))?;
                self.conn
                    .pragma_update(None, "user_version", (i + 1) as i64)?;
            }
            Ok(())
        })();
        match migrated {
            Ok(()) => self.conn.execute_batch("COMMIT")?,
            Err(e) => {
                let _ = self.conn.execute_batch("ROLLBACK");
                return Err(e);
            }
        }
        Ok(())
    }

    /// The schema version of the open database.
    pub fn schema_version(&self) -> Result<i64> {
        Ok(self
            .conn
            .query_row("PRAGMA user_version", [], |r| r.get(0))?)
    }

    /// The underlying connection, for ad-hoc SQL.
    pub fn conn(&self) -> &Connection {
        &self.conn
    }

    /// Is this article (same id, same text) already stored?
    pub fn has_article(&self, ext_id: &str, text: &str) -> Result<bool> {
        let mut st = self
            .conn
            .prepare_cached("SELECT 1 FROM articles WHERE ext_id = ?1 AND content_hash = ?2")?;
        Ok(st.exists(rusqlite::params![ext_id, content_hash(text)])?)
    }

    /// Start a write transaction.
    pub fn batch(&mut self) -> Result<Batch<'_>> {
        if self.deferred {
            self.enter_bulk()?;
        }
        let tx = if self.deferred {
            // With the write lock taken at once, make sure nobody finished
            // the deferred work between this connection's batches (bulk
            // inserts need the fusion index absent); if so, go back to bulk.
            // (`new_unchecked`: the batch keeps `&self.conn` for its
            // prepared statements; `&mut self` rules out a second transaction.)
            let tx = Transaction::new_unchecked(&self.conn, TransactionBehavior::Immediate)?;
            if tx
                .prepare_cached("SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?1")?
                .exists([FUSION_INDEX.0])?
            {
                bulk_state(&tx)?;
            }
            self.bands.sync(&tx, self.limits)?;
            refresh_gate(&tx, &mut self.gate, &self.bands.log)?;
            tx
        } else {
            let tx = Transaction::new_unchecked(&self.conn, TransactionBehavior::Deferred)?;
            self.bands.sync(&tx, self.limits)?;
            tx
        };
        // Until the batch commits, the map may hold keys the log will not.
        self.bands.log.dirty = true;
        let (gate, pending) = if self.deferred {
            (
                self.gate.as_mut(),
                Some(self.pending.get_or_insert_with(ingest::ActorPending::new)),
            )
        } else {
            (None, None)
        };
        Batch::new(
            &self.conn,
            tx,
            self.deferred,
            &mut self.bands,
            gate,
            pending,
            self.limits,
        )
    }

    /// Empty the band log into a band segment every `rows` keys
    /// instead of every [`RECENT_BANDS`](ingest::RECENT_BANDS) (tests).
    #[cfg(test)]
    pub(crate) fn set_recent_bands_limit(&mut self, rows: u64) {
        self.limits.recent_bands = rows;
    }

    /// Index a bulk ingest's sentences for full-text search every `sentences`
    /// instead of every [`FTS_CHUNK_SENTENCES`] (tests).
    #[cfg(test)]
    pub(crate) fn set_fts_chunk(&mut self, sentences: i64) {
        self.limits.fts_chunk = sentences;
    }

    /// Fold the WAL back into the main file (done at the end of an ingest).
    pub fn checkpoint(&self) -> Result<()> {
        self.conn
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
        Ok(())
    }
}

/// Put the store in the bulk state inside `tx`: the fusion and query
/// indexes dropped, the `meta` rows that record what is deferred. An older
/// `fts_from` is kept (those sentences are not indexed yet either).
fn bulk_state(tx: &Connection) -> Result<()> {
    for name in std::iter::once(FUSION_INDEX.0).chain(QUERY_INDEXES.iter().map(|x| x.0)) {
        tx.execute_batch(&format!("DROP INDEX IF EXISTS {name}"))?;
    }
    tx.execute_batch(
        "INSERT OR IGNORE INTO meta(key, value)
            SELECT 'fts_from', coalesce(max(id), 0) FROM sentences;",
    )?;
    Ok(())
}

/// Bring the band-key filter of a bulk ingest up to date inside `tx` (which
/// holds the write lock): build it on the first batch, and read the keys
/// again when the store's highest article id is not the one the filter saw
/// last (another connection stored articles since).
fn refresh_gate(
    tx: &Connection,
    gate: &mut Option<gate::BandGate>,
    log: &bandlog::BandLog,
) -> Result<()> {
    let last: i64 = tx
        .prepare_cached("SELECT coalesce(max(id), 0) FROM articles")?
        .query_row([], |r| r.get(0))?;
    if gate.as_ref().is_some_and(|g| g.last_article == last) {
        return Ok(());
    }
    let g = gate.get_or_insert_with(|| gate::BandGate::new(last));
    g.clear(last);
    let mut st = tx.prepare(&ingest::band_tables_sql("SELECT band FROM {t}"))?;
    let mut rows = st.query([])?;
    while let Some(r) = rows.next()? {
        g.insert(r.get(0)?);
    }
    for key in log.all_keys() {
        g.insert(key);
    }
    Ok(())
}

/// Is this error SQLite's "database is locked/busy"?
fn is_busy(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        matches!(
            c.downcast_ref::<rusqlite::Error>(),
            Some(rusqlite::Error::SqliteFailure(f, _))
                if matches!(f.code, rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked)
        )
    })
}

#[cfg(test)]
mod tests;
