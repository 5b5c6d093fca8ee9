//! The newest LSH band keys: a log on disk, a hash table in memory.
//!
//! Why: every first copy adds its 16 band keys to the store (see
//! [`crate::minhash`]). Until schema v6 they went into `article_bands_recent`,
//! a `(band, article)` table kept small enough to stay in the page cache and
//! copied to a band segment when full. Band keys are hashes, so each batch's
//! ~16,000 new rows landed on nearly every page of that table, and every
//! commit wrote all those pages to the WAL again: a quarter of the writer's
//! CPU and half the bytes it wrote (`store_replay 20000`: 0.103 → 0.077
//! CPU ms per article with the band rows not written, 13.9 → 6.5 kB written
//! per article).
//!
//! Now an article's keys are one row of `article_bands_log` (its id and a
//! 128-byte blob), appended in the article's own transaction, so a killed
//! ingest loses nothing and the log only grows at its end. Lookups read the
//! same keys from a hash table ([`BandLog`]) that each writing connection
//! loads from the log. When the log holds [`crate::ingest::RECENT_BANDS`]
//! keys, they are sorted in memory and appended to an empty band segment
//! (as the recent table's rows were), and the log is emptied in the same
//! transaction.
//!
//! Other connections: every emptying of the log adds one to the `meta` row
//! `band_log_epoch`. At the start of each batch, inside its transaction,
//! [`BandLog::sync`] reads the epoch: if it changed (another writer emptied
//! the log) or this connection's last batch was rolled back, the table is
//! loaded again; otherwise only the log rows after the last article it has
//! seen are read (none, unless another writer stored articles).

use anyhow::{bail, Result};
use rusqlite::{Connection, OptionalExtension};

/// `meta` key of the log's epoch.
const EPOCH_KEY: &str = "band_log_epoch";

/// An empty slot of [`BandLog`].
const NONE: u32 = u32::MAX;

/// Bytes of one band key in a log row.
const KEY_BYTES: usize = 8;

/// The stored form of an article's band keys: 8 bytes each, little-endian.
pub(crate) fn to_blob(keys: &[i64]) -> Vec<u8> {
    keys.iter().flat_map(|k| k.to_le_bytes()).collect()
}

/// The in-memory copy of `article_bands_log`: its (band key, article) pairs
/// in a vector, and an open-addressing table of their indexes keyed by the
/// band key (the keys are hashes already; a key with several articles has
/// several slots, met in the order they were added). 16 bytes per pair and
/// 4 per slot, about 8.5 MB at [`crate::ingest::RECENT_BANDS`] keys: a
/// `HashMap` of keys and chains, and its growth, took ~20 MB more of the
/// ingest's peak memory.
#[derive(Debug, Default)]
pub(crate) struct BandLog {
    /// Index in `pairs` of a pair, [`NONE`] in empty slots; the length is a
    /// power of two, at least twice the pairs.
    slots: Vec<u32>,
    /// (band key, article), in the order added.
    pairs: Vec<(i64, i64)>,
    /// The highest article id read or added.
    last: i64,
    /// `band_log_epoch` when last loaded.
    epoch: i64,
    /// Changed by a batch that has not committed (a rollback leaves pairs
    /// here that are not in the log): load again before the next batch.
    pub(crate) dirty: bool,
    /// Loaded at all.
    loaded: bool,
}

impl BandLog {
    /// Band keys held (16 per logged article).
    pub(crate) fn keys(&self) -> u64 {
        self.pairs.len() as u64
    }

    /// Bring the map up to date with the log, inside the batch's
    /// transaction; whether it was loaded from the start (first use, another
    /// writer emptied the log, or this connection's last batch rolled back).
    /// `capacity`: the keys the log will hold at most, reserved at once so
    /// that the pairs are not copied as they grow.
    pub(crate) fn sync(&mut self, tx: &Connection, capacity: usize) -> Result<bool> {
        let epoch = epoch(tx)?;
        let reload = !self.loaded || self.dirty || epoch != self.epoch;
        if reload {
            *self = BandLog {
                epoch,
                loaded: true,
                ..BandLog::default()
            };
        }
        self.pairs
            .reserve(capacity.saturating_sub(self.pairs.len()));
        let mut st = tx.prepare_cached(
            "SELECT article, bands FROM article_bands_log WHERE article > ?1 ORDER BY article",
        )?;
        let mut rows = st.query([self.last])?;
        while let Some(r) = rows.next()? {
            let article: i64 = r.get(0)?;
            let blob = r.get_ref(1)?.as_blob()?;
            if blob.is_empty() || blob.len() % KEY_BYTES != 0 {
                bail!(
                    "article_bands_log: the row of article {article} holds {} bytes, not 8 per band key",
                    blob.len()
                );
            }
            for k in blob.chunks_exact(KEY_BYTES) {
                let key = i64::from_le_bytes(k.try_into().expect("8 bytes"));
                self.insert(key, article);
            }
        }
        Ok(reload)
    }

    /// Add one band key of `article` (the row in the log is the caller's).
    pub(crate) fn insert(&mut self, key: i64, article: i64) {
        if 2 * (self.pairs.len() + 1) > self.slots.len() {
            self.grow();
        }
        let mask = self.slots.len() - 1;
        let mut i = Self::home(key, mask);
        while self.slots[i] != NONE {
            i = (i + 1) & mask;
        }
        self.slots[i] = self.pairs.len() as u32;
        self.pairs.push((key, article));
        self.last = self.last.max(article);
    }

    fn home(key: i64, mask: usize) -> usize {
        (key as u64 as usize) & mask
    }

    /// Double the slots (at least 1,024) and put every pair back, in order.
    fn grow(&mut self) {
        let len = (2 * self.slots.len()).max(1024);
        self.slots = vec![NONE; len];
        let mask = len - 1;
        for (at, &(key, _)) in self.pairs.iter().enumerate() {
            let mut i = Self::home(key, mask);
            while self.slots[i] != NONE {
                i = (i + 1) & mask;
            }
            self.slots[i] = at as u32;
        }
    }

    /// The articles logged under `key`, oldest first.
    pub(crate) fn articles(&self, key: i64, out: &mut Vec<i64>) {
        out.clear();
        if self.slots.is_empty() {
            return;
        }
        let mask = self.slots.len() - 1;
        let mut i = Self::home(key, mask);
        while self.slots[i] != NONE {
            let (k, article) = self.pairs[self.slots[i] as usize];
            if k == key {
                out.push(article);
            }
            i = (i + 1) & mask;
        }
    }

    /// Every (band key, article) pair, sorted in place (for a band segment).
    /// The lookup table no longer matches them: the caller empties the log
    /// or, if its transaction fails, leaves it dirty to be loaded again.
    pub(crate) fn sort_pairs(&mut self) -> &[(i64, i64)] {
        self.pairs.sort_unstable();
        &self.pairs
    }

    /// Every band key held.
    pub(crate) fn all_keys(&self) -> impl Iterator<Item = i64> + '_ {
        self.pairs.iter().map(|p| p.0)
    }

    /// Empty the log inside `tx` and move to the next epoch; returns the
    /// new epoch, for [`BandLog::emptied`] once `tx` has committed.
    pub(crate) fn empty(tx: &Connection) -> Result<i64> {
        let next = epoch(tx)? + 1;
        tx.execute_batch("DELETE FROM article_bands_log")?;
        tx.prepare_cached(
            "INSERT INTO meta(key, value) VALUES (?1, ?2)
             ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        )?
        .execute(rusqlite::params![EPOCH_KEY, next.to_string()])?;
        Ok(next)
    }

    /// The log was emptied and the new epoch is `epoch` (committed).
    pub(crate) fn emptied(&mut self, epoch: i64) {
        self.pairs.clear();
        self.slots.fill(NONE);
        self.epoch = epoch;
    }
}

/// The log's epoch (0 before it was first emptied).
fn epoch(c: &Connection) -> Result<i64> {
    Ok(
        c.prepare_cached("SELECT CAST(value AS INTEGER) FROM meta WHERE key = ?1")?
            .query_row([EPOCH_KEY], |r| r.get(0))
            .optional()?
            .unwrap_or(0),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_found_oldest_first_and_sort_for_segments() {
        let mut log = BandLog::default();
        log.insert(7, 1);
        log.insert(3, 1);
        log.insert(7, 4);
        log.insert(7, 9);
        let mut out = Vec::new();
        log.articles(7, &mut out);
        assert_eq!(out, [1, 4, 9]);
        log.articles(3, &mut out);
        assert_eq!(out, [1]);
        log.articles(5, &mut out);
        assert!(out.is_empty());
        // Enough keys to grow the table twice, each found again.
        for k in 100..3000 {
            log.insert(k * 1024, k);
        }
        for k in (100..3000).step_by(7) {
            log.articles(k * 1024, &mut out);
            assert_eq!(out, [k]);
        }
        log.articles(7, &mut out);
        assert_eq!(out, [1, 4, 9]);
        assert_eq!(log.keys(), 2904);
        assert_eq!(log.last, 2999);
        assert_eq!(&log.sort_pairs()[..4], [(3, 1), (7, 1), (7, 4), (7, 9)]);
    }

    #[test]
    fn a_malformed_log_row_is_an_error_naming_the_article() {
        let s = crate::Store::open_in_memory().unwrap();
        s.conn()
            .execute(
                "INSERT INTO article_bands_log(article, bands) VALUES (42, x'0102030405')",
                [],
            )
            .unwrap();
        let mut log = BandLog::default();
        let e = log.sync(s.conn(), 0).unwrap_err().to_string();
        assert!(e.contains("article 42") && e.contains("5 bytes"), "{e}");
    }
}
