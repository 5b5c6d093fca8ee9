//! Reading the store: event filters, dyad time series, actor counts, stats.
//!
//! **Actor specs** (for `--actor`, `--source`, `--target`, `--dyad`, `dyad A B`):
//! a code matches itself and every more specific code that starts with it,
//! so `USA` matches `USA`, `USAGOV`, `USAMIL`...; `USAGOV` matches `USAGOV`
//! and `USAGOVLEG`; a leading `=` asks for exactly that code (`=USA` is the
//! United States with no role). Specs are case-insensitive.

use crate::Store;
use anyhow::{bail, Result};
use chrono::{Datelike, NaiveDate, NaiveDateTime};
use rusqlite::types::Value;
use rusqlite::Row;
use serde::Serialize;
use std::collections::BTreeMap;

/// How an actor spec matches codes (see the module docs).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ActorMatch {
    Exact(String),
    Prefix(String),
}

impl ActorMatch {
    pub fn parse(spec: &str) -> Result<ActorMatch> {
        let s = spec.trim();
        let (exact, code) = match s.strip_prefix('=') {
            Some(rest) => (true, rest.trim()),
            None => (false, s),
        };
        let code = code.to_ascii_uppercase();
        if code.is_empty() || !code.bytes().all(|b| b.is_ascii_uppercase() || b == b'-') {
            bail!("{spec:?} is not an actor code (letters A-Z and '-', e.g. USA, USAGOV, IGOUNO)");
        }
        Ok(if exact {
            ActorMatch::Exact(code)
        } else {
            ActorMatch::Prefix(code)
        })
    }

    /// SQL for this spec on one side of an event (`source` or `target`): a
    /// code and the codes that start with it form one range of the index.
    fn sql(&self, col: &str, params: &mut Vec<Value>) -> String {
        match self {
            ActorMatch::Exact(c) => {
                params.push(Value::Text(c.clone()));
                format!("{col} = ?")
            }
            ActorMatch::Prefix(c) => {
                params.push(Value::Text(c.clone()));
                params.push(Value::Text(format!("{c}~")));
                format!("({col} >= ? AND {col} < ?)")
            }
        }
    }

    /// SQL for this spec on the `source` or `target` column of `events`. A
    /// prefix is expanded to the codes it matches through the `actors` table
    /// (one row per code in the events), so the condition is an `IN` list
    /// that the `(source, target, day)` and `(target, day)` indexes seek,
    /// rather than a range that cannot be combined with the other side.
    fn events_sql(&self, store: &Store, col: &str, params: &mut Vec<Value>) -> Result<String> {
        let ActorMatch::Prefix(c) = self else {
            return Ok(self.sql(col, params));
        };
        let mut st = store
            .conn()
            .prepare_cached("SELECT code FROM actors WHERE code >= ?1 AND code < ?2 LIMIT 1001")?;
        let codes = st
            .query_map([c.clone(), format!("{c}~")], |r| r.get::<_, String>(0))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        if codes.len() > 1000 {
            return Ok(self.sql(col, params));
        }
        if codes.is_empty() {
            return Ok("0".into());
        }
        let qs = vec!["?"; codes.len()].join(",");
        params.extend(codes.into_iter().map(Value::Text));
        Ok(format!("{col} IN ({qs})"))
    }
}

/// Filters for [`Store::events`]; all given filters must hold.
#[derive(Debug, Clone, Default)]
pub struct EventFilter {
    /// Source or target.
    pub actor: Option<ActorMatch>,
    pub source: Option<ActorMatch>,
    pub target: Option<ActorMatch>,
    /// Directed dyad: source matches the first, target the second.
    pub dyad: Option<(ActorMatch, ActorMatch)>,
    /// Root codes ("19", "14"); any of them.
    pub roots: Vec<String>,
    /// CAMEO code prefix ("190" matches 190; "19" matches the whole root).
    pub code: Option<String>,
    pub quad: Option<u8>,
    /// Only events in an article lead (GDELT IsRootEvent).
    pub lead_only: bool,
    pub since: Option<NaiveDate>,
    pub until: Option<NaiveDate>,
    /// ISO 3166 alpha-3 of the event location.
    pub place_country: Option<String>,
    /// FTS5 query over the evidence sentences.
    pub text: Option<String>,
    /// At most this many events (`None`: all).
    pub limit: Option<usize>,
    /// Newest first (`attache events`) instead of by id (exports).
    pub newest_first: bool,
}

/// A day's (or period's) dyad counts: events by quad class, all events,
/// Goldstein sum.
type DayCounts = ([i64; 4], i64, f64);

/// Add one day's (or period's) dyad counts to another's.
fn add_day(to: &mut DayCounts, v: &DayCounts) {
    for (a, b) in to.0.iter_mut().zip(v.0) {
        *a += b;
    }
    to.1 += v.1;
    to.2 += v.2;
}

fn day_of(d: NaiveDate) -> i64 {
    d.year() as i64 * 10000 + d.month() as i64 * 100 + d.day() as i64
}

fn date_of(day: i64) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(
        (day / 10000) as i32,
        (day / 100 % 100) as u32,
        (day % 100) as u32,
    )
}

impl EventFilter {
    fn to_sql(&self, store: &Store) -> Result<(String, Vec<Value>)> {
        let mut w: Vec<String> = Vec::new();
        let mut p: Vec<Value> = Vec::new();
        if let Some(a) = &self.actor {
            let s = a.events_sql(store, "e.source", &mut p)?;
            let t = a.events_sql(store, "e.target", &mut p)?;
            w.push(format!("({s} OR {t})"));
        }
        if let Some(a) = &self.source {
            w.push(a.events_sql(store, "e.source", &mut p)?);
        }
        if let Some(a) = &self.target {
            w.push(a.events_sql(store, "e.target", &mut p)?);
        }
        if let Some((a, b)) = &self.dyad {
            w.push(a.events_sql(store, "e.source", &mut p)?);
            w.push(b.events_sql(store, "e.target", &mut p)?);
        }
        if !self.roots.is_empty() {
            let mut qs = Vec::new();
            for r in &self.roots {
                let r = r.trim();
                if r.len() != 2 || !r.bytes().all(|b| b.is_ascii_digit()) {
                    bail!("--root {r:?}: want a two-digit CAMEO root such as 14 or 19");
                }
                qs.push("?");
                p.push(Value::Text(r.to_string()));
            }
            w.push(format!("e.root IN ({})", qs.join(",")));
        }
        if let Some(c) = &self.code {
            let c = c.trim();
            if c.is_empty() || !c.bytes().all(|b| b.is_ascii_alphanumeric()) {
                bail!("--code {c:?}: want a CAMEO code such as 190 or 0431");
            }
            p.push(Value::Text(c.to_string()));
            p.push(Value::Text(format!("{c}~")));
            w.push("(e.cameo >= ? AND e.cameo < ?)".into());
        }
        if let Some(q) = self.quad {
            if !(1..=4).contains(&q) {
                bail!("--quad {q}: want 1 (verbal cooperation) to 4 (material conflict)");
            }
            p.push(Value::Integer(q as i64));
            w.push("e.quad = ?".into());
        }
        if self.lead_only {
            w.push("e.is_root = 1".into());
        }
        if let Some(d) = self.since {
            p.push(Value::Integer(day_of(d)));
            w.push("e.day >= ?".into());
        }
        if let Some(d) = self.until {
            p.push(Value::Integer(day_of(d)));
            w.push("e.day <= ?".into());
        }
        if let Some(c) = &self.place_country {
            p.push(Value::Text(c.trim().to_ascii_uppercase()));
            w.push("e.place_country = ?".into());
        }
        if let Some(t) = &self.text {
            p.push(Value::Text(t.clone()));
            w.push(
                "e.id IN (SELECT m.event FROM sentences_fts f JOIN sentences s ON s.id = f.rowid
                          JOIN mentions m ON m.article = s.article AND m.sentence = s.id
                          WHERE sentences_fts MATCH ?)"
                    .into(),
            );
        }
        let mut sql = String::from(
            "SELECT e.id, e.day, e.date_precision, e.source, e.target, e.source_name, e.target_name, e.cameo,
                    e.root, e.quad, e.goldstein, e.plover, e.place_name, e.place_country, e.place_admin1, e.lat,
                    e.lon, e.place_precision, e.num_mentions, e.num_sources, e.num_articles, e.is_root,
                    e.confidence, e.first_seen, e.added, a.ext_id, a.url, o.name
             FROM events e JOIN articles a ON a.id = e.first_article JOIN outlets o ON o.id = a.outlet",
        );
        if !w.is_empty() {
            sql.push_str(" WHERE ");
            sql.push_str(&w.join(" AND "));
        }
        sql.push_str(if self.newest_first {
            " ORDER BY e.day DESC, e.id DESC"
        } else {
            " ORDER BY e.id"
        });
        if let Some(n) = self.limit {
            sql.push_str(&format!(" LIMIT {n}"));
        }
        Ok((sql, p))
    }
}

/// A canonical event as read back from the store.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StoredEvent {
    pub id: i64,
    pub date: Option<NaiveDate>,
    pub date_precision: Option<String>,
    /// Actor codes; `""` when the event has no such actor.
    pub source: String,
    pub target: String,
    pub source_name: Option<String>,
    pub target_name: Option<String>,
    pub cameo: String,
    pub root: String,
    pub quad_class: u8,
    pub goldstein: f64,
    pub plover: Option<String>,
    pub place_name: Option<String>,
    pub place_country: Option<String>,
    pub place_admin1: Option<String>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub place_precision: Option<String>,
    pub num_mentions: i64,
    pub num_sources: i64,
    pub num_articles: i64,
    pub is_root: bool,
    pub confidence: f64,
    /// Earliest publication date-time among the mentions.
    pub first_seen: Option<NaiveDateTime>,
    /// When the event was first stored (unix seconds).
    pub added: i64,
    /// The article that first reported it: its id, URL and outlet.
    pub first_article: String,
    pub source_url: Option<String>,
    pub outlet: String,
}

impl StoredEvent {
    fn from_row(r: &Row) -> rusqlite::Result<StoredEvent> {
        let first_seen: Option<String> = r.get(23)?;
        Ok(StoredEvent {
            id: r.get(0)?,
            date: r.get::<_, Option<i64>>(1)?.and_then(date_of),
            date_precision: r.get(2)?,
            source: r.get(3)?,
            target: r.get(4)?,
            source_name: r.get(5)?,
            target_name: r.get(6)?,
            cameo: r.get(7)?,
            root: r.get(8)?,
            quad_class: r.get::<_, i64>(9)? as u8,
            goldstein: r.get(10)?,
            plover: r.get(11)?,
            place_name: r.get(12)?,
            place_country: r.get(13)?,
            place_admin1: r.get(14)?,
            lat: r.get(15)?,
            lon: r.get(16)?,
            place_precision: r.get(17)?,
            num_mentions: r.get(18)?,
            num_sources: r.get(19)?,
            num_articles: r.get(20)?,
            is_root: r.get::<_, i64>(21)? != 0,
            confidence: r.get(22)?,
            first_seen: first_seen
                .and_then(|s| NaiveDateTime::parse_from_str(&s, "%Y-%m-%d %H:%M:%S").ok()),
            added: r.get(24)?,
            first_article: r.get(25)?,
            source_url: r.get(26)?,
            outlet: r.get(27)?,
        })
    }
}

/// One mention of a canonical event.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StoredMention {
    pub article: String,
    pub outlet: String,
    pub url: Option<String>,
    pub published: Option<String>,
    pub sentence: i64,
    pub evidence: String,
    pub trigger: String,
    pub source_text: Option<String>,
    pub target_text: Option<String>,
    pub confidence: f64,
    pub rule: String,
    pub is_root: bool,
    /// The article is a near-duplicate copy of an earlier one.
    pub duplicate: bool,
}

/// Time buckets for [`Store::dyad`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Period {
    Day,
    /// ISO weeks, labelled by their Monday.
    Week,
    Month,
}

impl Period {
    fn start(&self, d: NaiveDate) -> NaiveDate {
        match self {
            Period::Day => d,
            Period::Week => d - chrono::Duration::days(d.weekday().num_days_from_monday() as i64),
            Period::Month => d.with_day(1).unwrap_or(d),
        }
    }
    fn next(&self, d: NaiveDate) -> NaiveDate {
        match self {
            Period::Day => d + chrono::Duration::days(1),
            Period::Week => d + chrono::Duration::days(7),
            Period::Month => {
                let (y, m) = if d.month() == 12 {
                    (d.year() + 1, 1)
                } else {
                    (d.year(), d.month() + 1)
                };
                NaiveDate::from_ymd_opt(y, m, 1).unwrap_or(d)
            }
        }
    }
    fn label(&self, d: NaiveDate) -> String {
        match self {
            Period::Month => d.format("%Y-%m").to_string(),
            _ => d.format("%Y-%m-%d").to_string(),
        }
    }
}

/// One period of a dyad's time series.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DyadRow {
    /// `YYYY-MM-DD` (day; Monday of the week) or `YYYY-MM` (month).
    pub period: String,
    /// Events by quad class 1..4 (verbal coop, material coop, verbal conflict, material conflict).
    pub quad: [i64; 4],
    pub total: i64,
    pub goldstein_sum: f64,
    pub goldstein_mean: f64,
}

/// One row of [`Store::top_actors`].
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ActorRow {
    pub code: String,
    pub name: Option<String>,
    pub as_source: i64,
    pub as_target: i64,
    pub events: i64,
    pub mentions: i64,
}

/// Database summary for `attache stats`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Stats {
    pub schema_version: i64,
    pub articles: i64,
    pub duplicates: i64,
    pub sentences: i64,
    pub events: i64,
    pub mentions: i64,
    pub outlets: i64,
    pub actors: i64,
    pub root_events: i64,
    /// Events by quad class 1..4.
    pub quad: [i64; 4],
    pub first_date: Option<NaiveDate>,
    pub last_date: Option<NaiveDate>,
    pub undated_events: i64,
    /// Database size in bytes (pages in use, WAL excluded).
    pub bytes: i64,
    pub bytes_per_event: f64,
}

impl Store {
    /// Call `each` for every event that passes `f`; returns how many.
    pub fn events<F>(&self, f: &EventFilter, mut each: F) -> Result<usize>
    where
        F: FnMut(StoredEvent) -> Result<()>,
    {
        let (sql, params) = f.to_sql(self)?;
        let mut st = self.conn().prepare(&sql)?;
        let mut rows = st.query(rusqlite::params_from_iter(params))?;
        let mut n = 0;
        while let Some(r) = rows.next()? {
            each(StoredEvent::from_row(r)?)?;
            n += 1;
        }
        Ok(n)
    }

    /// The mentions of one event, in the order they were stored.
    pub fn mentions(&self, event: i64) -> Result<Vec<StoredMention>> {
        let mut st = self.conn().prepare_cached(
            "SELECT a.ext_id, o.name, a.url, a.date, s.idx, s.text, m.trigger, m.source_text, m.target_text,
                    m.confidence, r.rule, m.is_root, m.duplicate
             FROM mentions m JOIN articles a ON a.id = m.article JOIN outlets o ON o.id = m.outlet
                  JOIN sentences s ON s.id = m.sentence JOIN rules r ON r.id = m.rule
             WHERE m.event = ?1 ORDER BY m.id",
        )?;
        let rows = st.query_map([event], |r| {
            Ok(StoredMention {
                article: r.get(0)?,
                outlet: r.get(1)?,
                url: r.get(2)?,
                published: r.get(3)?,
                sentence: r.get(4)?,
                evidence: r.get(5)?,
                trigger: r.get(6)?,
                source_text: r.get(7)?,
                target_text: r.get(8)?,
                confidence: r.get(9)?,
                rule: r.get(10)?,
                is_root: r.get::<_, i64>(11)? != 0,
                duplicate: r.get::<_, i64>(12)? != 0,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    /// The dyad `a` → `b` (and `b` → `a` too with `both`) by period: event
    /// counts by quad class and the Goldstein sum and mean. Empty periods
    /// between the first and the last are included. Undated events are left out.
    /// The events are read from the covering `events_source` index (source,
    /// target, day, quad class, Goldstein), one seek per pair of matching
    /// codes, and summed here rather than with a SQL `GROUP BY` (no sort).
    pub fn dyad(
        &self,
        a: &ActorMatch,
        b: &ActorMatch,
        by: Period,
        both: bool,
        since: Option<NaiveDate>,
        until: Option<NaiveDate>,
    ) -> Result<Vec<DyadRow>> {
        // With the same spec on both sides (USA→USA) the reverse direction is
        // the same set of events: count them once.
        let both = both && a != b;
        let dirs: &[(&ActorMatch, &ActorMatch)] = if both { &[(a, b), (b, a)] } else { &[(a, b)] };
        let mut parts = Vec::new();
        let mut params: Vec<Value> = Vec::new();
        for (x, y) in dirs {
            let mut w = vec![
                x.events_sql(self, "source", &mut params)?,
                y.events_sql(self, "target", &mut params)?,
                "day IS NOT NULL".to_string(),
            ];
            if let Some(d) = since {
                params.push(Value::Integer(day_of(d)));
                w.push("day >= ?".into());
            }
            if let Some(d) = until {
                params.push(Value::Integer(day_of(d)));
                w.push("day <= ?".into());
            }
            parts.push(format!(
                "SELECT day, quad, goldstein FROM events WHERE {}",
                w.join(" AND ")
            ));
        }
        let sql = parts.join(" UNION ALL ");
        let mut st = self.conn().prepare_cached(&sql)?;
        let mut rows = st.query(rusqlite::params_from_iter(params))?;
        // Sum by day first (a dyad's rows come day-ordered per pair of codes,
        // and there are far fewer days than rows), then days into periods.
        let mut days: rustc_hash::FxHashMap<i64, DayCounts> = Default::default();
        let mut last: Option<(i64, DayCounts)> = None;
        while let Some(r) = rows.next()? {
            let day: i64 = r.get(0)?;
            let quad: i64 = r.get(1)?;
            let g: f64 = r.get(2)?;
            match &mut last {
                Some((d, _)) if *d == day => {}
                _ => {
                    if let Some((d, v)) = last.take() {
                        add_day(days.entry(d).or_default(), &v);
                    }
                    last = Some((day, Default::default()));
                }
            }
            let e = &mut last.as_mut().expect("set above").1;
            if (1..=4).contains(&quad) {
                e.0[quad as usize - 1] += 1;
            }
            e.1 += 1;
            e.2 += g;
        }
        if let Some((d, v)) = last {
            add_day(days.entry(d).or_default(), &v);
        }
        let mut acc: BTreeMap<NaiveDate, DayCounts> = BTreeMap::new();
        for (day, v) in days {
            if let Some(d) = date_of(day) {
                add_day(acc.entry(by.start(d)).or_default(), &v);
            }
        }
        let mut out = Vec::new();
        let (Some(first), Some(last)) = (acc.keys().next().copied(), acc.keys().last().copied())
        else {
            return Ok(out);
        };
        let mut d = first;
        while d <= last {
            let (quad, total, g) = acc.get(&d).copied().unwrap_or_default();
            out.push(DyadRow {
                period: by.label(d),
                quad,
                total,
                goldstein_sum: g,
                goldstein_mean: if total > 0 { g / total as f64 } else { 0.0 },
            });
            d = by.next(d);
        }
        Ok(out)
    }

    /// The `n` actors in most canonical events (as source or target).
    pub fn top_actors(&self, n: usize) -> Result<Vec<ActorRow>> {
        let mut st = self.conn().prepare_cached(
            "SELECT code, name, as_source, as_target, mentions FROM actors
             ORDER BY as_source + as_target DESC, mentions DESC, code LIMIT ?1",
        )?;
        let rows = st.query_map([n as i64], |r| {
            let (s, t): (i64, i64) = (r.get(2)?, r.get(3)?);
            Ok(ActorRow {
                code: r.get(0)?,
                name: r.get(1)?,
                as_source: s,
                as_target: t,
                events: s + t,
                mentions: r.get(4)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    /// Counts, date range and size.
    pub fn stats(&self) -> Result<Stats> {
        let c = self.conn();
        let one = |sql: &str| -> Result<i64> {
            Ok(c.query_row(sql, [], |r| r.get::<_, Option<i64>>(0))?
                .unwrap_or(0))
        };
        let events = one("SELECT count(*) FROM events")?;
        let mut quad = [0i64; 4];
        let mut root_events = 0;
        {
            let mut st = c.prepare("SELECT key, value FROM totals")?;
            let mut rows = st.query([])?;
            while let Some(r) = rows.next()? {
                let (k, v): (String, i64) = (r.get(0)?, r.get(1)?);
                match k.as_str() {
                    "quad1" => quad[0] = v,
                    "quad2" => quad[1] = v,
                    "quad3" => quad[2] = v,
                    "quad4" => quad[3] = v,
                    "root_events" => root_events = v,
                    _ => {}
                }
            }
        }
        let bytes = one(
            "SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()",
        )? - one(
            "SELECT freelist_count * page_size FROM pragma_freelist_count(), pragma_page_size()",
        )?;
        Ok(Stats {
            schema_version: self.schema_version()?,
            articles: one("SELECT count(*) FROM articles")?,
            duplicates: one("SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL")?,
            sentences: one("SELECT count(*) FROM sentences")?,
            events,
            mentions: one("SELECT count(*) FROM mentions")?,
            outlets: one("SELECT count(*) FROM outlets")?,
            actors: one("SELECT count(*) FROM actors")?,
            root_events,
            quad,
            first_date: c
                .query_row(
                    "SELECT min(day) FROM events WHERE day IS NOT NULL",
                    [],
                    |r| r.get::<_, Option<i64>>(0),
                )?
                .and_then(date_of),
            last_date: c
                .query_row("SELECT max(day) FROM events", [], |r| {
                    r.get::<_, Option<i64>>(0)
                })?
                .and_then(date_of),
            undated_events: one("SELECT count(*) FROM events WHERE day IS NULL")?,
            bytes,
            bytes_per_event: if events > 0 {
                bytes as f64 / events as f64
            } else {
                0.0
            },
        })
    }
}
