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

/// Articles per write transaction used by `attache ingest`.
pub const BATCH_ARTICLES: usize = 256;

/// An open event store.
pub struct Store {
    conn: Connection,
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
        Self::open(path)
    }

    /// A private in-memory database (tests, benchmarks).
    pub fn open_in_memory() -> Result<Store> {
        Self::setup(Connection::open_in_memory()?)
    }

    fn setup(conn: Connection) -> Result<Store> {
        conn.busy_timeout(std::time::Duration::from_secs(30))?;
        let _mode: String = conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))?;
        conn.execute_batch(
            "PRAGMA synchronous = NORMAL;
             PRAGMA foreign_keys = OFF;
             PRAGMA temp_store = MEMORY;
             PRAGMA cache_size = -32768;
             PRAGMA wal_autocheckpoint = 4096;",
        )?;
        conn.set_prepared_statement_cache_capacity(64);
        let mut store = Store { conn };
        store.migrate()?;
        Ok(store)
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
        Batch::new(self.conn.transaction()?)
    }

    /// Fold the WAL back into the main file (done at the end of an ingest).
    pub fn checkpoint(&self) -> Result<()> {
        self.conn
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
        Ok(())
    }
}

#[cfg(test)]
mod tests;
