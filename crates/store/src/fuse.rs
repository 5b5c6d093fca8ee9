//! Fusing a bulk ingest's events at the end, by sorting.
//!
//! Keeping the unique fusion index `events(fkey)` up to date row by row is
//! the store's most expensive habit at scale: its keys are 64-bit hashes, so
//! every batch writes leaf pages all over an index that outgrows the page
//! cache long before a million articles. A bulk ingest therefore drops the
//! index and writes every event that it cannot fuse within its batch (or with
//! the first copy of a near-duplicate) as a new row. [`fuse_deferred`] then
//! finds the rows that share a fusion key with one sort, keeps the oldest row
//! of each key (the one an incremental ingest would have created), moves the
//! others' mentions to it, recounts it from its mentions and deletes the
//! rest, adjusting the running totals and actor counts. The result is the
//! same database an incremental ingest writes; a test compares the two.

use anyhow::Result;
use rusqlite::{params, Connection};

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
        let mut st = c.prepare("SELECT fkey, id FROM events ORDER BY fkey, id")?;
        let mut rows = st.query([])?;
        let mut current: Option<(i64, i64)> = None;
        while let Some(r) = rows.next()? {
            let (key, id): (i64, i64) = (r.get(0)?, r.get(1)?);
            match current {
                Some((k, keeper)) if k == key => {
                    ins.execute([id, keeper])?;
                    merged += 1;
                }
                _ => current = Some((key, id)),
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
