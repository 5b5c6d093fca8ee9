//! Fusing a bulk ingest's events at the end.
//!
//! Keeping the unique fusion index `events(fkey)` up to date row by row is
//! the store's most expensive habit at scale: its keys are 64-bit hashes, so
//! every batch writes leaf pages all over an index that outgrows the page
//! cache long before a million articles. A bulk ingest therefore drops the
//! index and writes every event that it cannot fuse within its batch (or with
//! the first copy of a near-duplicate) as a new row. [`fuse_deferred`] then
//! finds the rows that share a fusion key (two scans and a Bloom filter,
//! see [`shared_keys`]), keeps the oldest row
//! of each key (the one an incremental ingest would have created), moves the
//! others' mentions to it, recounts it from its mentions and deletes the
//! rest, adjusting the running totals and actor counts. The result is the
//! same database an incremental ingest writes; a test compares the two.

use anyhow::Result;
use rusqlite::{params, Connection};

/// Bits per stored event in the filter of [`shared_keys`] (rounded up to a
/// power of two in all): 8-16, so about 1 key in 150 to 1 in 2,000 is a
/// false candidate.
const FILTER_BITS_PER_EVENT: u64 = 8;

/// `(fkey, id)` of every event whose fusion key may occur more than once,
/// found without sorting the events: one scan puts each key into a Bloom
/// filter and keeps the keys the filter had seen (every repeated key, and
/// a few false positives), a second scan collects the rows of those keys.
/// In a bulk ingest very few keys repeat across batches (a few hundred in
/// 440,000 events of the synthetic corpus), and a sort of every event's key
/// cost more than the two scans; the rows are the same, so the merge is too.
fn shared_keys(c: &Connection) -> Result<Vec<(i64, i64)>> {
    let events: i64 = c.query_row("SELECT coalesce(max(id), 0) FROM events", [], |r| r.get(0))?;
    let mut seen =
        crate::gate::Bloom::new((events.max(0) as u64).saturating_mul(FILTER_BITS_PER_EVENT));
    let mut candidates: rustc_hash::FxHashSet<i64> = Default::default();
    let mut st = c.prepare("SELECT fkey FROM events")?;
    let mut rows = st.query([])?;
    while let Some(r) = rows.next()? {
        let key: i64 = r.get(0)?;
        if seen.may_contain(key) {
            candidates.insert(key);
        } else {
            seen.insert(key);
        }
    }
    drop(rows);
    drop(seen);
    let mut out = Vec::new();
    if candidates.is_empty() {
        return Ok(out);
    }
    let mut st = c.prepare("SELECT fkey, id FROM events")?;
    let mut rows = st.query([])?;
    while let Some(r) = rows.next()? {
        let key: i64 = r.get(0)?;
        if candidates.contains(&key) {
            out.push((key, r.get(1)?));
        }
    }
    Ok(out)
}

/// Merge the events that share a fusion key; returns the number of rows
/// merged into an older row (and deleted). Run inside the transaction that
/// then builds the unique fusion index.
pub(crate) fn fuse_deferred(c: &Connection) -> Result<u64> {
    c.execute_batch(
        "DROP TABLE IF EXISTS temp.fuse_map;
         CREATE TEMP TABLE fuse_map(loser INTEGER PRIMARY KEY, keeper INTEGER NOT NULL);",
    )?;
    let mut merged = 0u64;
    {
        let mut ins = c.prepare("INSERT INTO temp.fuse_map(loser, keeper) VALUES (?1, ?2)")?;
        let mut rows = shared_keys(c)?;
        rows.sort_unstable();
        for group in rows.chunk_by(|a, b| a.0 == b.0) {
            // The oldest row of a key is kept (the one an incremental
            // ingest would have created).
            let keeper = group[0].1;
            for &(_, loser) in &group[1..] {
                ins.execute([loser, keeper])?;
                merged += 1;
            }
        }
    }
    if merged == 0 {
        c.execute_batch("DROP TABLE temp.fuse_map")?;
        return Ok(0);
    }
    c.execute_batch(
        "CREATE TEMP TABLE fuse_keepers AS SELECT DISTINCT keeper AS id FROM temp.fuse_map;",
    )?;

    // The losers were counted as canonical events by their batches.
    let mut total = c.prepare(
        "INSERT INTO totals(key, value) VALUES (?1, ?2)
         ON CONFLICT(key) DO UPDATE SET value = totals.value + excluded.value",
    )?;
    let mut roots_delta = 0i64;
    {
        let mut st = c.prepare(
            "SELECT quad, count(*), sum(is_root) FROM events
             WHERE id IN (SELECT loser FROM temp.fuse_map) GROUP BY quad",
        )?;
        let rows = st.query_map([], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, i64>(1)?,
                r.get::<_, i64>(2)?,
            ))
        })?;
        for row in rows {
            let (quad, n, roots) = row?;
            let key = match quad {
                1..=4 => format!("quad{quad}"),
                _ => "quad0".to_string(),
            };
            total.execute(params![key, -n])?;
            roots_delta -= roots;
        }
    }
    for (column, counter) in [("source", "as_source"), ("target", "as_target")] {
        let mut st = c.prepare(&format!(
            "SELECT {column}, count(*) FROM events
             WHERE id IN (SELECT loser FROM temp.fuse_map) AND {column} <> '' GROUP BY 1"
        ))?;
        let mut up = c.prepare(&format!(
            "UPDATE actors SET {counter} = {counter} - ?2 WHERE code = ?1"
        ))?;
        let rows = st.query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?)))?;
        for row in rows {
            let (code, n) = row?;
            up.execute(params![code, n])?;
        }
    }
    let keeper_roots = || -> Result<i64> {
        Ok(c.query_row(
            "SELECT count(*) FROM events WHERE id IN (SELECT id FROM temp.fuse_keepers) AND is_root = 1",
            [],
            |r| r.get(0),
        )?)
    };
    roots_delta -= keeper_roots()?;

    // Move the mentions, drop the losers, recount the keepers from their
    // mentions exactly as incremental upkeep counts them.
    c.execute_batch(
        "UPDATE mentions SET event = (SELECT keeper FROM temp.fuse_map WHERE loser = mentions.event)
            WHERE event IN (SELECT loser FROM temp.fuse_map);
         DELETE FROM events WHERE id IN (SELECT loser FROM temp.fuse_map);
         UPDATE events SET (num_mentions, num_sources, num_articles, confidence, is_root, first_seen) =
            (SELECT count(*), count(DISTINCT m.outlet), count(DISTINCT m.article), max(m.confidence),
                    max(m.is_root), min(a.date)
             FROM mentions m JOIN articles a ON a.id = m.article
             WHERE m.event = events.id)
            WHERE id IN (SELECT id FROM temp.fuse_keepers);",
    )?;
    roots_delta += keeper_roots()?;
    if roots_delta != 0 {
        total.execute(params!["root_events", roots_delta])?;
    }
    drop(total);
    c.execute_batch("DROP TABLE temp.fuse_map; DROP TABLE temp.fuse_keepers;")?;
    Ok(merged)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every row of every repeated key is found (a Bloom filter has no
    /// false negatives), whatever the number of events; keys that occur
    /// once may come back only as rare false candidates.
    #[test]
    fn shared_keys_returns_all_rows_of_each_repeated_key() {
        let s = crate::Store::open_in_memory().unwrap();
        let c = s.conn();
        c.execute_batch("DROP INDEX events_fkey").unwrap();
        let key = |i: u64| xxhash_rust::xxh3::xxh3_64(&i.to_le_bytes()) as i64;
        let mut ins = c
            .prepare(
                "INSERT INTO events(fkey, source, target, cameo, root, quad, goldstein,
                    num_mentions, num_sources, num_articles, is_root, confidence, first_article, added)
                 VALUES (?1, '', '', '010', '01', 1, 0, 1, 1, 1, 0, 1, 1, 0)",
            )
            .unwrap();
        // 20,000 distinct keys; keys 7 and 300 again later, 7 twice.
        for i in 0..20_000 {
            ins.execute([key(i)]).unwrap();
        }
        for i in [7, 300, 7] {
            ins.execute([key(i)]).unwrap();
        }
        drop(ins);
        let mut rows = shared_keys(c).unwrap();
        rows.sort_unstable();
        let repeated: Vec<(i64, Vec<i64>)> = rows
            .chunk_by(|a, b| a.0 == b.0)
            .filter(|g| g.len() > 1)
            .map(|g| (g[0].0, g.iter().map(|r| r.1).collect()))
            .collect();
        let mut want = vec![
            (key(7), vec![8, 20_001, 20_003]),
            (key(300), vec![301, 20_002]),
        ];
        want.sort();
        assert_eq!(repeated, want);
        // Few false candidates: at most 1 in 100 of the single keys.
        assert!(rows.len() < 5 + 200, "{} candidate rows", rows.len());
        // No repeated key: nothing at all to read back.
        c.execute_batch("DELETE FROM events WHERE id > 20000")
            .unwrap();
        assert!(shared_keys(c).unwrap().len() < 200);
    }
}
