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
use rusqlite::Connection;
use std::path::Path;

mod ingest;
pub mod minhash;
pub mod query;

pub use ingest::{content_hash, fusion_key, outlet_name, place_key, Batch, Outcome};
pub use query::{
    ActorMatch, ActorRow, DyadRow, EventFilter, Period, Stats, StoredEvent, StoredMention,
};

/// The schema migrations, in order; `PRAGMA user_version` is the number applied.
const MIGRATIONS: &[&str] = &[include_str!("sql/v1.sql")];

/// The schema version this build writes.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

/// How long a connection waits for another's write lock.
const BUSY_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(30);

/// SQLite's page cache per connection (`PRAGMA cache_size`; negative: KiB).
const CACHE_SIZE: i64 = -32768;

/// Articles per write transaction used by `attache ingest`.
pub const BATCH_ARTICLES: usize = 256;

/// Indexes that only queries use (ingest never reads them). A large ingest
/// may drop them with [`Store::defer_query_indexes`] and build them once at
/// the end with [`Store::ensure_query_indexes`]: building an index by sorting
/// is several times cheaper than keeping it up to date row by row, and these
/// three are keyed by actor codes and dates, so row-by-row upkeep touches
/// pages all over the file. The definitions are those of `sql/v1.sql`.
const QUERY_INDEXES: &[(&str, &str)] = &[
    (
        "events_source",
        "CREATE INDEX IF NOT EXISTS events_source ON events(source, target, day)",
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

/// An open event store.
pub struct Store {
    conn: Connection,
    /// The derived tables are deferred (see [`Store::defer_query_indexes`]).
    deferred: bool,
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
        // missing; the next command to open the store builds them. When
        // another process holds the write lock (an ingest running now),
        // queries still work without them, only slower.
        if store.needs_rebuild()? {
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
        };
        store.migrate()?;
        Ok(store)
    }

    /// Are the derived tables deferred (a query index missing, or
    /// `dyad_daily` marked stale in `meta`)?
    fn needs_rebuild(&self) -> Result<bool> {
        let mut st = self
            .conn
            .prepare_cached("SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?1")?;
        for (name, _) in QUERY_INDEXES {
            if !st.exists([name])? {
                return Ok(true);
            }
        }
        Ok(self
            .conn
            .prepare_cached("SELECT 1 FROM meta WHERE key = 'deferred'")?
            .exists([])?)
    }

    /// Build any query index that is missing and rebuild `dyad_daily` from
    /// the events when it is marked stale (after [`Store::defer_query_indexes`],
    /// or after an ingest that deferred them was killed). One transaction.
    pub fn ensure_query_indexes(&mut self) -> Result<()> {
        self.deferred = false;
        if !self.needs_rebuild()? {
            return Ok(());
        }
        // The index builds sort every event: let SQLite's sorter spill to
        // temporary files rather than hold the sort in memory, and give it
        // the page cache's memory (the sorter's buffers grow with
        // `cache_size`; both at full size would top the ingest's memory).
        self.conn
            .execute_batch("PRAGMA temp_store = FILE; PRAGMA cache_size = -8192;")?;
        let built = (|| -> Result<()> {
            let tx = self.conn.transaction()?;
            for (_, sql) in QUERY_INDEXES {
                tx.execute_batch(sql)?;
            }
            if tx
                .prepare("SELECT 1 FROM meta WHERE key = 'deferred'")?
                .exists([])?
            {
                // The same counts `Batch` keeps: canonical events by the first
                // three letters of their codes, day and quad class.
                tx.execute_batch(
                    "DELETE FROM dyad_daily;
                     INSERT INTO dyad_daily(src3, tgt3, day, quad, events, goldstein)
                        SELECT substr(source, 1, 3), substr(target, 1, 3), day, quad, count(*), sum(goldstein)
                        FROM events WHERE day IS NOT NULL
                        GROUP BY 1, 2, 3, 4;
                     DELETE FROM meta WHERE key = 'deferred';",
                )?;
            }
            tx.commit()?;
            Ok(())
        })();
        self.conn.execute_batch(&format!(
            "PRAGMA temp_store = MEMORY; PRAGMA cache_size = {CACHE_SIZE};"
        ))?;
        built
    }

    /// Defer the derived structures for a large ingest, when `expected_events`
    /// (an estimate of the events the ingest will add) is at least a quarter
    /// of the events already stored: drop the query-only indexes, and stop
    /// keeping `dyad_daily` (the per-day dyad counts, keyed by actor codes
    /// and day, so its upkeep also writes pages all over the file); then
    /// rebuilding them at the end costs less than keeping them up to date.
    /// Returns whether they were deferred. The caller runs
    /// [`Store::ensure_query_indexes`] when it is done; if it never does
    /// (killed), the next [`Store::open`] rebuilds them (`meta` row
    /// `deferred` marks `dyad_daily` stale, in the same transaction as the
    /// drop).
    pub fn defer_query_indexes(&mut self, expected_events: u64) -> Result<bool> {
        let stored: i64 =
            self.conn
                .query_row("SELECT coalesce(max(id), 0) FROM events", [], |r| r.get(0))?;
        if expected_events.saturating_mul(4) < stored as u64 {
            return Ok(false);
        }
        let tx = self.conn.transaction()?;
        for (name, _) in QUERY_INDEXES {
            tx.execute_batch(&format!("DROP INDEX IF EXISTS {name}"))?;
        }
        tx.execute_batch("INSERT OR REPLACE INTO meta(key, value) VALUES ('deferred', '1')")?;
        tx.commit()?;
        self.deferred = true;
        Ok(true)
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
        for (i, sql) in MIGRATIONS.iter().enumerate().skip(version as usize) {
            let tx = self.conn.transaction()?;
            tx.execute_batch(sql)
                .with_context(|| format!("schema migration to version {}", i + 1))?;
            tx.pragma_update(None, "user_version", (i + 1) as i64)?;
            tx.commit()?;
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
        Batch::new(self.conn.transaction()?, !self.deferred)
    }

    /// Fold the WAL back into the main file (done at the end of an ingest).
    pub fn checkpoint(&self) -> Result<()> {
        self.conn
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
        Ok(())
    }
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
