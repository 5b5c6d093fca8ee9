//! Writing articles and their events: idempotency, near-duplicates, fusion.

use crate::bandlog::BandLog;
use crate::gate::BandGate;
use crate::minhash::{Signature, THRESHOLD};
use crate::raw::{vals, Raw, Val};
use anyhow::Result;
use attache_model::{ActorRef, Article, Event, Location, Modality};
use rusqlite::{params, Connection, OptionalExtension, Transaction};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use xxhash_rust::xxh3::xxh3_64;

/// Band-key hits read per band when looking for duplicate candidates.
const BAND_FANOUT: usize = 64;
/// Candidates whose signatures are compared, most band hits first.
const MAX_CANDIDATES: usize = 32;

/// Band keys the band log collects before they are appended to a band
/// segment (see [`crate::bandlog`], `sql/v5.sql` and `sql/v6.sql`): 16 per
/// first copy, so about 16,000 articles; ~8.5 MB of memory for its table.
pub const RECENT_BANDS: u64 = 1 << 18;

/// Band segments (`article_bands_s0` ... `_s7`, `sql/v5.sql`): each one
/// emptying of the band log, merged into `article_bands` when all are full.
pub const BAND_SEGMENTS: usize = 8;

/// Band rows appended to a segment by one statement.
const SEGMENT_ROWS: usize = 64;

/// The tables that hold band rows: the main one, then the segments (the
/// newest keys are in the band log).
fn band_table_names() -> impl Iterator<Item = String> {
    std::iter::once("article_bands".to_string())
        .chain((0..BAND_SEGMENTS).map(|i| format!("article_bands_s{i}")))
}

/// `query` (with `{t}` for the table) over every band table, joined by UNION ALL.
pub(crate) fn band_tables_sql(query: &str) -> String {
    band_table_names()
        .map(|t| query.replace("{t}", &t))
        .collect::<Vec<_>>()
        .join(" UNION ALL ")
}

/// The articles stored under one band key, in every band table (one
/// statement per key: with an `IN` list of 16 keys, SQLite builds an
/// ephemeral index of the list for each of the ten tables, which cost more
/// than the lookups themselves).
static BAND_LOOKUP: std::sync::LazyLock<String> =
    std::sync::LazyLock::new(|| band_tables_sql("SELECT article FROM {t} WHERE band = ?1"));

/// The newest band keys ([`BandLog`]) and how many band segments are full
/// (they fill in order and are emptied together).
#[derive(Debug, Default)]
pub(crate) struct BandTables {
    pub log: BandLog,
    pub segments: usize,
}

impl BandTables {
    /// Bring both up to date inside the batch's transaction `tx`; the full
    /// segments are counted again whenever the log is loaded again.
    pub(crate) fn sync(&mut self, tx: &Connection, limits: Limits) -> Result<()> {
        // A batch goes past the limit by its own keys before the log is
        // emptied at its commit: room for one ingest batch's keys more.
        let capacity = limits.recent_bands as usize + crate::BATCH_ARTICLES * crate::minhash::BANDS;
        if self.log.sync(tx, capacity)? {
            self.segments = full_segments(tx)?;
        }
        Ok(())
    }
}

/// Full band segments: the index after the last non-empty one.
pub(crate) fn full_segments(conn: &Connection) -> Result<usize> {
    let mut segments = 0;
    for i in 0..BAND_SEGMENTS {
        let full: bool = conn
            .prepare_cached(&format!("SELECT EXISTS (SELECT 1 FROM article_bands_s{i})"))?
            .query_row([], |r| r.get(0))?;
        if full {
            segments = i + 1;
        }
    }
    Ok(segments)
}

const EVENT_INSERT_SQL: &str =
    "INSERT INTO events(fkey, day, date_precision, source, target, source_name,
        target_name, cameo, root, quad, goldstein, plover, place_name, place_country,
        place_admin1, lat, lon, place_precision, num_mentions, num_sources, num_articles,
        is_root, confidence, first_seen, first_article, added)
     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17,
        ?18, 1, 1, 1, ?19, ?20, ?21, ?22, ?23)";

/// A new canonical event, or nothing when its fusion key exists.
static EVENT_INSERT: std::sync::LazyLock<String> =
    std::sync::LazyLock::new(|| format!("{EVENT_INSERT_SQL} ON CONFLICT(fkey) DO NOTHING"));

/// A new event row in bulk mode (no fusion index: fused at the end).
static EVENT_INSERT_BULK: std::sync::LazyLock<String> =
    std::sync::LazyLock::new(|| EVENT_INSERT_SQL.to_string());

const BAND_LOG_INSERT: &str = "INSERT INTO article_bands_log(article, bands) VALUES (?1, ?2)";

const ARTICLE_EXISTS: &str = "SELECT 1 FROM articles WHERE ext_id = ?1 AND content_hash = ?2";

const ARTICLE_INSERT: &str =
    "INSERT INTO articles(ext_id, content_hash, outlet, url, title, date, lang, bytes, sentences, events,
                          minhash, duplicate_of, similarity, ingested_at)
     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)";

const SENTENCE_INSERT: &str = "INSERT INTO sentences(article, idx, text) VALUES (?1, ?2, ?3)";

/// Columns of a mention row.
const MENTION_COLUMNS: usize = 17;

/// Mention rows inserted by one statement at most.
const MENTION_ROWS: usize = 32;

/// `MENTION_INSERTS[k - 1]` inserts k mention rows. An article's mentions go
/// in one statement (or a few of [`MENTION_ROWS`]): each statement opens,
/// seeks and closes a cursor on the table and both its indexes, which cost
/// about as much as a row.
static MENTION_INSERTS: std::sync::LazyLock<Vec<String>> = std::sync::LazyLock::new(|| {
    let row = format!("({})", vec!["?"; MENTION_COLUMNS].join(", "));
    (1..=MENTION_ROWS)
        .map(|k| {
            format!(
                "INSERT INTO mentions(event, article, sentence, outlet, uid, trigger, trigger_start,
                    trigger_end, source_text, target_text, reported_by, confidence, rule, modality,
                    background, is_root, duplicate)
                 VALUES {}",
                vec![row.as_str(); k].join(", ")
            )
        })
        .collect()
});

/// The statements run for every article, sentence, event or mention,
/// prepared once per batch and held by it: taking them from rusqlite's
/// statement cache on every use hashes the SQL text and resets and clears
/// the statement each time (~8% of the writer's instructions), and
/// rusqlite's binding copies every text (see [`crate::raw`]).
struct Hot<'a> {
    article_exists: Raw<'a>,
    article_insert: Raw<'a>,
    band_log_insert: Raw<'a>,
    sentence_insert: Raw<'a>,
    event_insert: Raw<'a>,
    /// `mention_inserts[k - 1]`: [`MENTION_INSERTS`]`[k - 1]`, prepared when first used.
    mention_inserts: Vec<Option<Raw<'a>>>,
    conn: &'a Connection,
}

impl<'a> Hot<'a> {
    fn new(conn: &'a Connection, bulk: bool) -> Result<Hot<'a>> {
        let event_sql: &'static str = if bulk {
            &EVENT_INSERT_BULK
        } else {
            &EVENT_INSERT
        };
        Ok(Hot {
            article_exists: Raw::prepare(conn, ARTICLE_EXISTS)?,
            article_insert: Raw::prepare(conn, ARTICLE_INSERT)?,
            band_log_insert: Raw::prepare(conn, BAND_LOG_INSERT)?,
            sentence_insert: Raw::prepare(conn, SENTENCE_INSERT)?,
            event_insert: Raw::prepare(conn, event_sql)?,
            mention_inserts: (0..MENTION_ROWS).map(|_| None).collect(),
            conn,
        })
    }

    /// Insert mention rows (each [`MENTION_COLUMNS`] values, in order).
    fn insert_mentions(&mut self, rows: &[[Val<'_>; MENTION_COLUMNS]]) -> Result<()> {
        for chunk in rows.chunks(MENTION_ROWS) {
            let st = &mut self.mention_inserts[chunk.len() - 1];
            if st.is_none() {
                *st = Some(Raw::prepare(self.conn, &MENTION_INSERTS[chunk.len() - 1])?);
            }
            let flat: Vec<Val<'_>> = chunk.iter().flatten().copied().collect();
            st.as_mut().expect("prepared above").execute(&flat)?;
        }
        Ok(())
    }
}

/// The content hash stored with each article: xxh3-64 of the body text.
pub fn content_hash(text: &str) -> i64 {
    xxh3_64(text.as_bytes()) as i64
}

/// The place part of the fusion key: `country|admin1|name` (name lower-cased),
/// or `""` when the event has no location.
pub fn place_key(loc: Option<&Location>) -> String {
    match loc {
        None => String::new(),
        Some(l) => format!(
            "{}|{}|{}",
            l.country.as_deref().unwrap_or(""),
            l.admin1.as_deref().unwrap_or(""),
            l.name.to_lowercase()
        ),
    }
}

fn code(a: &Option<ActorRef>) -> &str {
    a.as_ref().and_then(|x| x.code.as_deref()).unwrap_or("")
}

/// The fusion key of an event: a 64-bit hash of (date, source code, target
/// code, CAMEO code, place key). Events of any article with the same key are
/// mentions of one canonical event.
pub fn fusion_key(ev: &Event) -> i64 {
    // The bytes hashed: each part followed by a NUL, the place part being
    // [`place_key`] (written straight into the buffer: this runs for every
    // stored mention).
    let mut buf = Vec::with_capacity(96);
    for p in [
        ev.date.as_deref().unwrap_or(""),
        code(&ev.source),
        code(&ev.target),
        ev.cameo.as_str(),
    ] {
        buf.extend_from_slice(p.as_bytes());
        buf.push(0);
    }
    if let Some(l) = ev.location.as_ref() {
        buf.extend_from_slice(l.country.as_deref().unwrap_or("").as_bytes());
        buf.push(b'|');
        buf.extend_from_slice(l.admin1.as_deref().unwrap_or("").as_bytes());
        buf.push(b'|');
        if l.name.is_ascii() {
            buf.extend(l.name.bytes().map(|b| b.to_ascii_lowercase()));
        } else {
            buf.extend_from_slice(l.name.to_lowercase().as_bytes());
        }
    }
    buf.push(0);
    xxh3_64(&buf) as i64
}

/// The outlet an article is counted under for NumSources: its `source`, else
/// the host of its URL (without `www.`), else `""` (unknown outlets count as one).
pub fn outlet_name(a: &Article) -> String {
    if let Some(s) = a.source.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
        return s.to_string();
    }
    if let Some(u) = a.url.as_deref() {
        let rest = u.split_once("://").map(|x| x.1).unwrap_or(u);
        let host = rest.split(['/', '?', '#']).next().unwrap_or("");
        let host = host.rsplit_once('@').map(|x| x.1).unwrap_or(host);
        let host = host.split(':').next().unwrap_or("");
        let host = host.strip_prefix("www.").unwrap_or(host);
        if !host.is_empty() {
            return host.to_ascii_lowercase();
        }
    }
    String::new()
}

/// `YYYY-MM-DD` → `YYYYMMDD`.
fn day_number(date: &str) -> Option<i64> {
    let b = date.as_bytes();
    if b.len() < 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let digits: String = date[..10].chars().filter(|c| c.is_ascii_digit()).collect();
    if digits.len() != 8 {
        return None;
    }
    digits.parse().ok()
}

fn uid_number(id: &str) -> i64 {
    u64::from_str_radix(id, 16).unwrap_or_else(|_| xxh3_64(id.as_bytes())) as i64
}

/// What [`Batch::add`] did with an article.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    /// Already stored (same id and same text): nothing written.
    Skipped,
    Stored {
        /// Row id of the article.
        article: i64,
        /// The first copy and the estimated Jaccard similarity, when the
        /// article is a near-duplicate.
        duplicate_of: Option<(i64, f64)>,
        /// Canonical events created.
        new_events: usize,
        /// Mentions stored (one per coded event).
        mentions: usize,
    },
}

#[derive(Default)]
pub(crate) struct ActorDelta {
    name: Option<String>,
    as_source: i64,
    as_target: i64,
    mentions: i64,
}

const ACTOR_UPSERT: &str =
    "INSERT INTO actors(code, name, as_source, as_target, mentions) VALUES (?1, ?2, ?3, ?4, ?5)
     ON CONFLICT(code) DO UPDATE SET
        name = coalesce(actors.name, excluded.name),
        as_source = actors.as_source + excluded.as_source,
        as_target = actors.as_target + excluded.as_target,
        mentions = actors.mentions + excluded.mentions";

/// The `meta` key that says the `actors` counts lack some committed
/// batches; its value is the token of the [`ActorPending`] that holds them.
pub(crate) const ACTORS_PENDING: &str = "actors_pending";
/// The `actors_pending` value when more than one writer held deltas.
const RECOUNT: &str = "recount";

/// A bulk ingest's changes to the `actors` counts, held in memory across its
/// batches and written once at the end ([`ActorPending::finish`]).
///
/// Why: each batch of a bulk ingest touches a few thousand actor codes, and
/// upserting them on every commit was ~4.5% of the store writer's
/// instructions; the counts are derived from the events, so they can wait
/// like the query indexes do. A batch that leaves the counts behind records
/// so in `meta` (`actors_pending`, in its own transaction), so a killed
/// ingest, or a second writer that cannot see this one's memory, leads the
/// end of the deferred work to count the actors again from the events
/// instead ([`recount_actors`]).
pub(crate) struct ActorPending {
    /// Written to `meta` by the batches whose deltas are held here.
    token: String,
    deltas: HashMap<String, ActorDelta>,
    /// Another writer's batches (or a killed run's) are missing too, or the
    /// mark was removed while deltas were held here: count from the events.
    recount: bool,
}

impl ActorPending {
    pub(crate) fn new() -> ActorPending {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or(0);
        ActorPending {
            token: format!("{}-{nanos}", std::process::id()),
            deltas: HashMap::default(),
            recount: false,
        }
    }

    /// Forget the held deltas (they are in the table, or were counted).
    pub(crate) fn reset(&mut self) {
        self.deltas.clear();
        self.recount = false;
    }

    /// In a batch's transaction: mark the counts behind (the batch's deltas
    /// are [`ActorPending::absorb`]ed once it is committed).
    fn mark(&mut self, tx: &Connection) -> Result<()> {
        let mark: Option<String> = tx
            .prepare_cached("SELECT value FROM meta WHERE key = ?1")?
            .query_row([ACTORS_PENDING], |r| r.get(0))
            .optional()?;
        match mark {
            Some(t) if t == self.token => {}
            Some(t) => {
                // Another writer holds deltas too: whoever ends the deferred
                // work must count from the events.
                self.recount = true;
                if t != RECOUNT {
                    tx.prepare_cached("UPDATE meta SET value = ?2 WHERE key = ?1")?
                        .execute(params![ACTORS_PENDING, RECOUNT])?;
                }
            }
            None => {
                // Removed since this connection last held deltas: whoever
                // removed it counted from the events (a mark that is not
                // its own), so they are in the table.
                self.deltas.clear();
                self.recount = false;
                tx.prepare_cached("INSERT INTO meta(key, value) VALUES (?1, ?2)")?
                    .execute(params![ACTORS_PENDING, self.token])?;
            }
        }
        Ok(())
    }

    /// Hold a committed batch's deltas.
    fn absorb(&mut self, batch: HashMap<String, ActorDelta>) {
        for (code, d) in batch {
            let e = self.deltas.entry(code).or_default();
            if e.name.is_none() {
                e.name = d.name;
            }
            e.as_source += d.as_source;
            e.as_target += d.as_target;
            e.mentions += d.mentions;
        }
    }

    /// In the transaction that ends the deferred work, when the counts are
    /// marked behind: write this connection's held deltas if the mark is
    /// its own, else count from the events; clear the mark. The caller
    /// [`ActorPending::reset`]s after the commit.
    pub(crate) fn finish(pending: Option<&ActorPending>, tx: &Connection) -> Result<()> {
        let mark: Option<String> = tx
            .query_row(
                "SELECT value FROM meta WHERE key = ?1",
                [ACTORS_PENDING],
                |r| r.get(0),
            )
            .optional()?;
        match pending {
            Some(p) if mark.as_deref() == Some(p.token.as_str()) && !p.recount => {
                let mut st = tx.prepare_cached(ACTOR_UPSERT)?;
                for (code, d) in &p.deltas {
                    st.execute(params![code, d.name, d.as_source, d.as_target, d.mentions])?;
                }
            }
            _ => recount_actors(tx)?,
        }
        tx.execute("DELETE FROM meta WHERE key = ?1", [ACTORS_PENDING])?;
        Ok(())
    }
}

/// Count the `actors` table again from the events, as the batches keep it:
/// canonical events per code as source and as target, and the mentions of
/// those events (a mention counts once for each side that has the code); the
/// name is the actor text of the code's first event. Run before fusion,
/// which then subtracts the merged rows.
pub(crate) fn recount_actors(tx: &Connection) -> Result<()> {
    tx.execute_batch(
        "DELETE FROM actors;
         INSERT INTO actors(code, name, as_source, as_target, mentions)
         SELECT code, name, s, t, m FROM (
             -- One min() and no max(): SQLite takes the bare `name` from
             -- the row with the lowest id.
             SELECT code, name, min(id), sum(s) AS s, sum(t) AS t, sum(m) AS m FROM (
                 SELECT id, source AS code, source_name AS name, 1 AS s, 0 AS t, num_mentions AS m
                     FROM events WHERE source <> ''
                 UNION ALL
                 SELECT id, target, target_name, 0, 1, num_mentions FROM events WHERE target <> ''
             ) GROUP BY code
         );",
    )?;
    Ok(())
}

/// A write transaction. Dropping it without [`Batch::commit`] rolls it back.
pub struct Batch<'a> {
    /// Declared before `tx`, so dropped (returned to the cache) before it.
    hot: Hot<'a>,
    tx: Transaction<'a>,
    now: i64,
    outlets: HashMap<String, i64>,
    rules: HashMap<String, i64>,
    actors: HashMap<String, ActorDelta>,
    /// Changes to the `totals` table, flushed on commit.
    totals: HashMap<&'static str, i64>,
    /// The store's derived structures are deferred (see
    /// [`crate::Store::defer_query_indexes`]): there is no fusion index, so events are fused within the
    /// batch and with a copy's first article here, and across batches by
    /// [`crate::Store::ensure_query_indexes`] at the end.
    bulk: bool,
    /// Bulk mode: fusion key → event created in this batch.
    fresh: HashMap<i64, i64>,
    /// How full the store's band tables are.
    bands: &'a mut BandTables,
    /// Bulk mode: the filter over the stored band keys (see [`crate::gate`]).
    gate: Option<&'a mut BandGate>,
    /// Bulk mode: where the actor counts wait for the end ([`ActorPending`]).
    pending: Option<&'a mut ActorPending>,
    /// The highest article id this batch stored.
    last_article: Option<i64>,
    /// When to move band rows and index sentences.
    limits: Limits,
}

/// Sizes at which a batch does its periodic work; the defaults are
/// [`RECENT_BANDS`] and [`crate::FTS_CHUNK_SENTENCES`], tests lower them.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Limits {
    /// Empty the band log into a segment when it holds this many keys.
    pub recent_bands: u64,
    /// Bulk mode: index the sentences waiting for full-text search at this many.
    pub fts_chunk: i64,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            recent_bands: RECENT_BANDS,
            fts_chunk: crate::FTS_CHUNK_SENTENCES,
        }
    }
}

#[derive(Clone, Copy)]
enum Interned {
    Outlet,
    Rule,
}

impl<'a> Batch<'a> {
    pub(crate) fn new(
        conn: &'a Connection,
        tx: Transaction<'a>,
        bulk: bool,
        bands: &'a mut BandTables,
        gate: Option<&'a mut BandGate>,
        pending: Option<&'a mut ActorPending>,
        limits: Limits,
    ) -> Result<Batch<'a>> {
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_secs() as i64)
            .unwrap_or(0);
        Ok(Batch {
            hot: Hot::new(conn, bulk)?,
            tx,
            now,
            outlets: HashMap::default(),
            rules: HashMap::default(),
            actors: HashMap::default(),
            totals: HashMap::default(),
            bulk,
            fresh: HashMap::default(),
            bands,
            gate,
            pending,
            last_article: None,
            limits,
        })
    }

    /// Commit the batch: everything added becomes durable at once.
    pub fn commit(mut self) -> Result<()> {
        {
            if let Some(p) = self.pending.as_deref_mut() {
                p.mark(&self.tx)?;
            } else {
                let mut st = self.tx.prepare_cached(ACTOR_UPSERT)?;
                for (code, d) in self.actors.drain() {
                    st.execute(params![code, d.name, d.as_source, d.as_target, d.mentions])?;
                }
            }
            let mut st = self.tx.prepare_cached(
                "INSERT INTO totals(key, value) VALUES (?1, ?2)
                 ON CONFLICT(key) DO UPDATE SET value = totals.value + excluded.value",
            )?;
            for (k, v) in self.totals.drain() {
                st.execute(params![k, v])?;
            }
        }
        if self.bulk {
            crate::index_sentences_chunk(&self.tx, self.limits.fts_chunk)?;
        }
        let mut emptied = None;
        if self.bands.log.keys() >= self.limits.recent_bands {
            emptied = Some(self.empty_band_log()?);
        }
        self.tx.commit()?;
        if let Some(p) = self.pending {
            p.absorb(self.actors);
        }
        if let Some((epoch, segments)) = emptied {
            self.bands.log.emptied(epoch);
            self.bands.segments = segments;
        }
        self.bands.log.dirty = false;
        if let (Some(g), Some(last)) = (self.gate, self.last_article) {
            g.last_article = last;
        }
        Ok(())
    }

    /// Append the band log's keys, in key order, to the first empty band
    /// segment (an append: SQLite fills the empty table page after page), and
    /// empty the log; when all segments are full, merge them into the main
    /// band table first, in key order, which writes each of its pages once.
    /// Returns the log's new epoch and the full segments after the commit.
    fn empty_band_log(&mut self) -> Result<(i64, usize)> {
        let mut segments = self.bands.segments;
        if segments >= BAND_SEGMENTS {
            let rows = band_table_names()
                .skip(1)
                .map(|t| format!("SELECT band, article FROM {t}"))
                .collect::<Vec<_>>()
                .join(" UNION ALL ");
            let mut sql = format!(
                "INSERT OR IGNORE INTO article_bands(band, article)
                    SELECT band, article FROM ({rows}) ORDER BY band, article;"
            );
            for t in band_table_names().skip(1) {
                sql.push_str(&format!("DELETE FROM {t};"));
            }
            self.tx.execute_batch(&sql)?;
            segments = 0;
        }
        let table = format!("article_bands_s{segments}");
        let pairs = self.bands.log.sort_pairs();
        let one = format!("INSERT OR IGNORE INTO {table}(band, article) VALUES (?1, ?2)");
        let many = format!(
            "INSERT OR IGNORE INTO {table}(band, article) VALUES {}",
            vec!["(?, ?)"; SEGMENT_ROWS].join(", ")
        );
        let mut st_many = self.tx.prepare(&many)?;
        let mut st_one = self.tx.prepare(&one)?;
        for chunk in pairs.chunks(SEGMENT_ROWS) {
            if chunk.len() == SEGMENT_ROWS {
                st_many.execute(rusqlite::params_from_iter(
                    chunk.iter().flat_map(|&(k, a)| [k, a]),
                ))?;
            } else {
                for &(k, a) in chunk {
                    st_one.execute([k, a])?;
                }
            }
        }
        let epoch = BandLog::empty(&self.tx)?;
        Ok((epoch, segments + 1))
    }

    fn interned(&mut self, kind: Interned, value: &str) -> Result<i64> {
        let (cache, select, insert) = match kind {
            Interned::Outlet => (
                &mut self.outlets,
                "SELECT id FROM outlets WHERE name = ?1",
                "INSERT INTO outlets(name) VALUES (?1)",
            ),
            Interned::Rule => (
                &mut self.rules,
                "SELECT id FROM rules WHERE rule = ?1",
                "INSERT INTO rules(rule) VALUES (?1)",
            ),
        };
        if let Some(id) = cache.get(value) {
            return Ok(*id);
        }
        let found: Option<i64> = self
            .tx
            .prepare_cached(select)?
            .query_row([value], |r| r.get(0))
            .optional()?;
        let id = match found {
            Some(id) => id,
            None => {
                self.tx.prepare_cached(insert)?.execute([value])?;
                self.tx.last_insert_rowid()
            }
        };
        cache.insert(value.to_string(), id);
        Ok(id)
    }

    fn actor(&mut self, a: &Option<ActorRef>) -> Option<&mut ActorDelta> {
        let r = a.as_ref()?;
        let code = r.code.as_deref().filter(|c| !c.is_empty())?;
        // Look up before inserting: most codes recur within a batch, and
        // `entry` would allocate the key every time.
        if !self.actors.contains_key(code) {
            self.actors.insert(
                code.to_string(),
                ActorDelta {
                    name: Some(r.text.clone()),
                    ..ActorDelta::default()
                },
            );
        }
        self.actors.get_mut(code)
    }

    /// The first copy of a near-duplicate of `sig` already stored, with the
    /// estimated similarity.
    fn find_duplicate(&mut self, sig: &Signature) -> Result<Option<(i64, f64)>> {
        let mut hits: HashMap<i64, u32> = HashMap::default();
        {
            let mut keys = sig.bands();
            // In bulk mode, only the keys the filter cannot rule out.
            let mut n = keys.len();
            if let Some(g) = self.gate.as_deref() {
                n = 0;
                for i in 0..keys.len() {
                    if g.may_contain(keys[i]) {
                        keys[n] = keys[i];
                        n += 1;
                    }
                }
            }
            if n == 0 {
                return Ok(None);
            }
            let keys = &mut keys[..n];
            keys.sort_unstable();
            let mut st = self.tx.prepare_cached(&BAND_LOOKUP)?;
            let mut last = None;
            let mut logged = Vec::new();
            for &key in keys.iter() {
                if last == Some(key) {
                    continue;
                }
                last = Some(key);
                // Each key is read at most BAND_FANOUT times: the band
                // tables first (older articles), then the band log.
                let mut rows = st.query([key])?;
                let mut read = 0;
                while read < BAND_FANOUT {
                    let Some(r) = rows.next()? else { break };
                    *hits.entry(r.get(0)?).or_default() += 1;
                    read += 1;
                }
                self.bands.log.articles(key, &mut logged);
                for &a in logged.iter().take(BAND_FANOUT - read) {
                    *hits.entry(a).or_default() += 1;
                }
            }
        }
        if hits.is_empty() {
            return Ok(None);
        }
        let mut cands: Vec<(i64, u32)> = hits.into_iter().collect();
        cands.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        cands.truncate(MAX_CANDIDATES);
        let mut best: Option<(i64, f64, Option<i64>)> = None;
        let mut st = self
            .tx
            .prepare_cached("SELECT minhash, duplicate_of FROM articles WHERE id = ?1")?;
        for (cand, _) in cands {
            let (blob, dup_of): (Option<Vec<u8>>, Option<i64>) =
                st.query_row([cand], |r| Ok((r.get(0)?, r.get(1)?)))?;
            let Some(blob) = blob else { continue };
            let s = sig.similarity(&blob);
            if s >= THRESHOLD && best.is_none_or(|b| s > b.1 || (s == b.1 && cand < b.0)) {
                best = Some((cand, s, dup_of));
            }
        }
        // Link to the first copy, not to a copy of it.
        Ok(best.map(|(cand, s, dup_of)| (dup_of.unwrap_or(cand), s)))
    }

    /// Insert a new canonical event; `None` when its fusion key already exists.
    fn insert_event(
        &mut self,
        fkey: i64,
        ev: &Event,
        published: &Option<String>,
        article: i64,
    ) -> Result<Option<i64>> {
        let (src, tgt) = (code(&ev.source), code(&ev.target));
        let loc = ev.location.as_ref();
        let n = self.hot.event_insert.execute(&vals![
            fkey,
            ev.date.as_deref().and_then(day_number),
            ev.date_precision.map(|p| p.as_str()),
            src,
            tgt,
            ev.source.as_ref().map(|r| &r.text),
            ev.target.as_ref().map(|r| &r.text),
            &ev.cameo,
            &ev.root,
            ev.quad_class as i64,
            ev.goldstein,
            ev.plover.as_ref(),
            loc.map(|l| &l.name),
            loc.and_then(|l| l.country.as_ref()),
            loc.and_then(|l| l.admin1.as_ref()),
            loc.and_then(|l| l.lat),
            loc.and_then(|l| l.lon),
            loc.map(|l| l.precision.as_str()),
            ev.is_root as i64,
            ev.confidence as f64,
            published.as_ref(),
            article,
            self.now,
        ])?;
        Ok((n == 1).then(|| self.tx.last_insert_rowid()))
    }

    /// Store one coded article and its events. `sentences` is the number of
    /// sentences the segmenter found. Returns [`Outcome::Skipped`] when the
    /// same article (id and text) is already stored.
    pub fn add(&mut self, a: &Article, sentences: usize, events: &[Event]) -> Result<Outcome> {
        self.add_signed(a, sentences, events, Signature::of(&a.text))
    }

    /// [`Batch::add`] with the article's MinHash signature computed already
    /// (`Signature::of(&a.text)`), so that callers can compute it on their
    /// worker threads and keep the single writer thread for SQLite.
    pub fn add_signed(
        &mut self,
        a: &Article,
        sentences: usize,
        events: &[Event],
        sig: Option<Signature>,
    ) -> Result<Outcome> {
        let hash = content_hash(&a.text);
        let exists = self.hot.article_exists.exists(&vals![&a.id, hash])?;
        if exists {
            return Ok(Outcome::Skipped);
        }
        let dup = match &sig {
            Some(s) => self.find_duplicate(s)?,
            None => None,
        };
        let outlet = self.interned(Interned::Outlet, &outlet_name(a))?;
        let published = a.date.map(|d| d.format("%Y-%m-%d %H:%M:%S").to_string());
        let blob = sig.as_ref().map(|s| s.to_blob());
        self.hot.article_insert.execute(&vals![
            &a.id,
            hash,
            outlet,
            a.url.as_ref(),
            a.title.as_ref(),
            published.as_ref(),
            a.lang.as_ref(),
            a.text.len() as i64,
            sentences as i64,
            events.len() as i64,
            blob.as_deref(),
            dup.map(|d| d.0),
            dup.map(|d| d.1),
            self.now,
        ])?;
        let article = self.tx.last_insert_rowid();
        self.last_article = Some(article);
        // Copies are not indexed: later copies find the first one, and a story
        // copied a thousand times does not make its band keys a thousand rows long.
        if let (Some(s), None) = (&sig, dup) {
            let bands = s.bands();
            let blob = crate::bandlog::to_blob(&bands);
            self.hot
                .band_log_insert
                .execute(&vals![article, blob.as_slice()])?;
            for b in bands {
                self.bands.log.insert(b, article);
                if let Some(g) = self.gate.as_deref_mut() {
                    g.insert(b);
                }
            }
        }

        // The events of the first copy, when this article is a copy:
        // (id, fusion key, source, target, CAMEO code), in the order of the
        // first copy's mentions. Not in the order of event ids: in bulk mode
        // those depend on where batches began, and the choice must not.
        let mut first_events: Vec<(i64, i64, String, String, String)> = Vec::new();
        if let Some((first, _)) = dup {
            let mut st = self.tx.prepare_cached(
                "SELECT e.id, e.fkey, e.source, e.target, e.cameo
                 FROM mentions m JOIN events e ON e.id = m.event
                 WHERE m.article = ?1 ORDER BY m.id",
            )?;
            let rows = st.query_map([first], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
            })?;
            for row in rows {
                first_events.push(row?);
            }
        }
        // Sized for the article's events at once: growing from empty
        // rehashed twice per article (rehashing was 0.8% of the writer's
        // perf samples, not all of it from these two).
        let mut sentence_rows: HashMap<usize, i64> =
            HashMap::with_capacity_and_hasher(events.len(), Default::default());
        let mut touched: HashSet<i64> =
            HashSet::with_capacity_and_hasher(events.len(), Default::default());
        let mut new_events = 0;
        // This article's mention rows, inserted together at the end.
        let mut mentions: Vec<[Val<'_>; MENTION_COLUMNS]> = Vec::with_capacity(events.len());
        for ev in events {
            let sentence = match sentence_rows.get(&ev.sentence) {
                Some(id) => *id,
                None => {
                    self.hot.sentence_insert.execute(&vals![
                        article,
                        ev.sentence as i64,
                        &ev.evidence
                    ])?;
                    let id = self.tx.last_insert_rowid();
                    // Bulk mode indexes the new sentences in one pass at the end.
                    if !self.bulk {
                        self.tx
                            .prepare_cached(
                                "INSERT INTO sentences_fts(rowid, text) VALUES (?1, ?2)",
                            )?
                            .execute(params![id, ev.evidence])?;
                    }
                    sentence_rows.insert(ev.sentence, id);
                    id
                }
            };
            let fkey = fusion_key(ev);
            let (src, tgt) = (code(&ev.source), code(&ev.target));
            // A copy's event is the first copy's event with the same key,
            // else the one with the same actors and action (a later copy
            // resolves "yesterday" to another day, or names the place
            // differently).
            let mut existing = first_events
                .iter()
                .find(|e| e.1 == fkey)
                .or_else(|| {
                    first_events
                        .iter()
                        .find(|e| e.2 == src && e.3 == tgt && e.4 == ev.cameo)
                })
                .map(|e| e.0);
            let mut created = None;
            if existing.is_none() {
                if self.bulk {
                    // No fusion index: fuse within the batch now, across
                    // batches when the store's deferred work is done.
                    existing = self.fresh.get(&fkey).copied();
                    if existing.is_none() {
                        created = self.insert_event(fkey, ev, &published, article)?;
                        if let Some(id) = created {
                            self.fresh.insert(fkey, id);
                        }
                    }
                } else {
                    // Most events are new: try the insert first; a conflict
                    // on the fusion key means the event exists.
                    created = self.insert_event(fkey, ev, &published, article)?;
                    if created.is_none() {
                        existing = Some(
                            self.tx
                                .prepare_cached("SELECT id FROM events WHERE fkey = ?1")?
                                .query_row([fkey], |r| r.get(0))?,
                        );
                    }
                }
            }
            let event = match (existing, created) {
                (Some(id), _) => {
                    let new_article = touched.insert(id);
                    let new_source = new_article
                        && !self
                            .tx
                            .prepare_cached(
                                "SELECT 1 FROM mentions WHERE event = ?1 AND outlet = ?2",
                            )?
                            .exists(params![id, outlet])?;
                    self.tx
                        .prepare_cached(
                            "UPDATE events SET
                                num_mentions = num_mentions + 1,
                                num_sources = num_sources + ?2,
                                num_articles = num_articles + ?3,
                                confidence = max(confidence, ?4),
                                first_seen = coalesce(min(first_seen, ?5), first_seen, ?5)
                             WHERE id = ?1",
                        )?
                        .execute(params![
                            id,
                            new_source as i64,
                            new_article as i64,
                            ev.confidence as f64,
                            published
                        ])?;
                    if ev.is_root {
                        let flipped = self
                            .tx
                            .prepare_cached(
                                "UPDATE events SET is_root = 1 WHERE id = ?1 AND is_root = 0",
                            )?
                            .execute([id])?;
                        *self.totals.entry("root_events").or_default() += flipped as i64;
                    }
                    id
                }
                (None, Some(id)) => {
                    touched.insert(id);
                    new_events += 1;
                    let quad = match ev.quad_class {
                        1 => "quad1",
                        2 => "quad2",
                        3 => "quad3",
                        4 => "quad4",
                        _ => "quad0",
                    };
                    *self.totals.entry(quad).or_default() += 1;
                    if ev.is_root {
                        *self.totals.entry("root_events").or_default() += 1;
                    }
                    if let Some(d) = self.actor(&ev.source) {
                        d.as_source += 1;
                    }
                    if let Some(d) = self.actor(&ev.target) {
                        d.as_target += 1;
                    }
                    id
                }
                (None, None) => anyhow::bail!("event key {fkey} neither found nor inserted"),
            };
            for side in [&ev.source, &ev.target] {
                if let Some(d) = self.actor(side) {
                    d.mentions += 1;
                }
            }
            let rule = self.interned(Interned::Rule, &ev.rule)?;
            mentions.push(vals![
                event,
                article,
                sentence,
                outlet,
                uid_number(&ev.id),
                &ev.trigger.text,
                ev.trigger.start as i64,
                ev.trigger.end as i64,
                ev.source.as_ref().map(|r| &r.text),
                ev.target.as_ref().map(|r| &r.text),
                ev.reported_by.as_ref().and_then(|r| r.code.as_ref()),
                ev.confidence as f64,
                rule,
                (ev.modality == Modality::Planned) as i64,
                ev.background as i64,
                ev.is_root as i64,
                dup.is_some() as i64,
            ]);
        }
        self.hot.insert_mentions(&mentions)?;
        Ok(Outcome::Stored {
            article,
            duplicate_of: dup,
            new_events,
            mentions: events.len(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outlet_from_source_or_url() {
        let mut a = Article {
            source: Some(" Reuters ".into()),
            ..Default::default()
        };
        assert_eq!(outlet_name(&a), "Reuters");
        a.source = None;
        a.url = Some("https://www.Example.com:443/world/story?id=1".into());
        assert_eq!(outlet_name(&a), "example.com");
        a.url = None;
        assert_eq!(outlet_name(&a), "");
    }

    /// The band lookup reads one key's rows from every band table (the
    /// main one and the segments) and no other key's.
    #[test]
    fn the_band_lookup_reads_one_key_from_every_band_table() {
        let s = crate::Store::open_in_memory().unwrap();
        let c = s.conn();
        c.execute_batch(
            "INSERT INTO article_bands(band, article) VALUES (5, 1), (5, 2), (9, 3);
             INSERT INTO article_bands_s3(band, article) VALUES (5, 4), (7, 5);
             INSERT INTO article_bands_s0(band, article) VALUES (5, 6);
             INSERT INTO article_bands_s7(band, article) VALUES (5, 7), (6, 8);",
        )
        .unwrap();
        let mut st = c.prepare(&BAND_LOOKUP).unwrap();
        let mut read = |key: i64| {
            let mut v: Vec<i64> = st
                .query_map([key], |r| r.get(0))
                .unwrap()
                .map(|r| r.unwrap())
                .collect();
            v.sort();
            v
        };
        assert_eq!(read(5), [1, 2, 4, 6, 7]);
        assert_eq!(read(9), [3]);
        assert!(read(8).is_empty());
    }

    #[test]
    fn day_numbers() {
        assert_eq!(day_number("2024-03-05"), Some(20240305));
        assert_eq!(day_number("2024-3-5"), None);
        assert_eq!(uid_number("00000000000000ff"), 255);
    }
}
