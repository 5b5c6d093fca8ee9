//! Exports of attache's event store.
//!
//! * [`Format::Gdelt`]: the GDELT 2.0 event table, 61 tab-separated columns
//!   in the order of `data/cameo/gdelt2_event_columns.txt`, no header, FIPS
//!   10-4 country codes in the geography fields (see [`gdelt`]).
//! * [`Format::Csv`]: our own flat columns ([`COLUMNS`]) with a header, RFC 4180 quoting.
//! * [`Format::Jsonl`]: one JSON object per canonical event, optionally with its mentions.
//! * [`Format::Parquet`]: the same flat columns as CSV, typed (see [`parquet_schema`]),
//!   snappy-compressed, one row group per 65,536 events.
//!
//! Every format exports the events that pass an [`EventFilter`], ordered by id.

use anyhow::{Context, Result};
use attache_model::ActorCode;
use attache_store::{EventFilter, Store, StoredEvent};
use chrono::{Datelike, NaiveDate};
use std::io::Write;
use std::path::Path;

pub mod gdelt;
mod parquet_out;

pub use parquet_out::{parquet_schema, write_parquet};

/// Export formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Gdelt,
    Csv,
    Jsonl,
    Parquet,
}

impl std::str::FromStr for Format {
    type Err = anyhow::Error;
    fn from_str(s: &str) -> Result<Format> {
        Ok(match s.to_ascii_lowercase().as_str() {
            "gdelt" => Format::Gdelt,
            "csv" => Format::Csv,
            "jsonl" | "json" | "ndjson" => Format::Jsonl,
            "parquet" => Format::Parquet,
            _ => anyhow::bail!("unknown export format {s:?} (gdelt, csv, jsonl, parquet)"),
        })
    }
}

/// Write the events passing `filter` to `out` in `format`; returns the number
/// of events. `mentions` adds each event's mentions (JSON Lines only).
pub fn export(
    store: &Store,
    filter: &EventFilter,
    format: Format,
    out: &Path,
    mentions: bool,
) -> Result<usize> {
    let file =
        std::fs::File::create(out).with_context(|| format!("{}: cannot create", out.display()))?;
    let n = match format {
        Format::Parquet => write_parquet(store, filter, file)?,
        _ => {
            let mut w = std::io::BufWriter::with_capacity(1 << 16, file);
            let n = match format {
                Format::Gdelt => gdelt::write(store, filter, &mut w)?,
                Format::Csv => write_csv(store, filter, &mut w)?,
                _ => write_jsonl(store, filter, &mut w, mentions)?,
            };
            w.flush()?;
            n
        }
    };
    Ok(n)
}

/// Column types of the flat event table (CSV and Parquet).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Int,
    /// Small integer (quad class): Parquet INT8.
    Tiny,
    Float,
    Text,
    Bool,
    Date,
    /// Date-time, stored in seconds; Parquet TIMESTAMP(MILLIS) without time zone
    /// (UTC for `added`; the article's own clock for `first_seen`).
    Timestamp,
}

/// One value of a flat row.
#[derive(Debug, Clone, PartialEq)]
pub enum Val {
    Int(Option<i64>),
    Float(Option<f64>),
    Text(Option<String>),
    Bool(bool),
    Date(Option<NaiveDate>),
    Timestamp(Option<i64>),
}

/// The flat event table: name, type and meaning of each column, in order.
pub const COLUMNS: &[(&str, Kind, &str)] = &[
    (
        "event_id",
        Kind::Int,
        "canonical event id (GDELT GlobalEventID)",
    ),
    ("date", Kind::Date, "the event's own date"),
    ("date_precision", Kind::Text, "day, week, month or year"),
    ("source", Kind::Text, "source actor CAMEO code"),
    (
        "source_name",
        Kind::Text,
        "source actor text of the first mention",
    ),
    (
        "source_country",
        Kind::Text,
        "country part of the source code (ISO alpha-3)",
    ),
    (
        "source_org",
        Kind::Text,
        "known-group part of the source code",
    ),
    (
        "source_role",
        Kind::Text,
        "first role part of the source code",
    ),
    ("target", Kind::Text, "target actor CAMEO code"),
    (
        "target_name",
        Kind::Text,
        "target actor text of the first mention",
    ),
    (
        "target_country",
        Kind::Text,
        "country part of the target code",
    ),
    (
        "target_org",
        Kind::Text,
        "known-group part of the target code",
    ),
    (
        "target_role",
        Kind::Text,
        "first role part of the target code",
    ),
    ("cameo", Kind::Text, "CAMEO event code"),
    (
        "base_code",
        Kind::Text,
        "first three digits of the CAMEO code",
    ),
    ("root", Kind::Text, "CAMEO root (two digits)"),
    (
        "quad_class",
        Kind::Tiny,
        "1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict",
    ),
    ("goldstein", Kind::Float, "Goldstein scale of the code"),
    ("plover", Kind::Text, "PLOVER category"),
    ("is_root", Kind::Bool, "some mention is in an article lead"),
    ("num_mentions", Kind::Int, "mentions (copies included)"),
    ("num_sources", Kind::Int, "distinct outlets"),
    ("num_articles", Kind::Int, "distinct articles"),
    ("place_name", Kind::Text, "event location name"),
    (
        "place_country",
        Kind::Text,
        "location country (ISO alpha-3)",
    ),
    (
        "place_admin1",
        Kind::Text,
        "location first-level division code",
    ),
    ("lat", Kind::Float, "latitude"),
    ("lon", Kind::Float, "longitude"),
    ("place_precision", Kind::Text, "place, admin1 or country"),
    ("confidence", Kind::Float, "highest mention confidence"),
    (
        "first_seen",
        Kind::Timestamp,
        "earliest publication date-time among mentions",
    ),
    (
        "added",
        Kind::Timestamp,
        "when the event was first stored (UTC)",
    ),
    (
        "first_article",
        Kind::Text,
        "id of the first article that reported it",
    ),
    ("outlet", Kind::Text, "outlet of that article"),
    ("source_url", Kind::Text, "URL of that article"),
];

fn opt(s: &str) -> Option<String> {
    (!s.is_empty()).then(|| s.to_string())
}

/// The flat row of an event, in [`COLUMNS`] order.
pub fn flat_row(e: &StoredEvent) -> Vec<Val> {
    let sc = ActorCode::parse(&e.source).unwrap_or_default();
    let tc = ActorCode::parse(&e.target).unwrap_or_default();
    let t = |s: &Option<String>| Val::Text(s.clone());
    vec![
        Val::Int(Some(e.id)),
        Val::Date(e.date),
        t(&e.date_precision),
        Val::Text(opt(&e.source)),
        t(&e.source_name),
        t(&sc.country),
        t(&sc.org),
        t(&sc.role),
        Val::Text(opt(&e.target)),
        t(&e.target_name),
        t(&tc.country),
        t(&tc.org),
        t(&tc.role),
        Val::Text(Some(e.cameo.clone())),
        Val::Text(Some(e.cameo.chars().take(3).collect())),
        Val::Text(Some(e.root.clone())),
        Val::Int(Some(e.quad_class as i64)),
        Val::Float(Some(e.goldstein)),
        t(&e.plover),
        Val::Bool(e.is_root),
        Val::Int(Some(e.num_mentions)),
        Val::Int(Some(e.num_sources)),
        Val::Int(Some(e.num_articles)),
        t(&e.place_name),
        t(&e.place_country),
        t(&e.place_admin1),
        Val::Float(e.lat),
        Val::Float(e.lon),
        t(&e.place_precision),
        Val::Float(Some(e.confidence)),
        Val::Timestamp(e.first_seen.map(|d| d.and_utc().timestamp())),
        Val::Timestamp(Some(e.added)),
        Val::Text(Some(e.first_article.clone())),
        Val::Text(opt(&e.outlet)),
        t(&e.source_url),
    ]
}

/// A CSV field, quoted when it holds a comma, quote or line break.
pub fn csv_field(s: &str) -> std::borrow::Cow<'_, str> {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\"")).into()
    } else {
        s.into()
    }
}

fn val_text(v: &Val) -> String {
    match v {
        Val::Int(x) => x.map(|x| x.to_string()).unwrap_or_default(),
        Val::Float(x) => x.map(|x| x.to_string()).unwrap_or_default(),
        Val::Text(x) => x.clone().unwrap_or_default(),
        Val::Bool(b) => (if *b { "1" } else { "0" }).to_string(),
        Val::Date(d) => d
            .map(|d| d.format("%Y-%m-%d").to_string())
            .unwrap_or_default(),
        Val::Timestamp(t) => t
            .and_then(|t| chrono::DateTime::from_timestamp(t, 0))
            .map(|d| d.naive_utc().format("%Y-%m-%dT%H:%M:%S").to_string())
            .unwrap_or_default(),
    }
}

/// The flat table as CSV with a header line.
pub fn write_csv<W: Write>(store: &Store, filter: &EventFilter, w: &mut W) -> Result<usize> {
    let header: Vec<&str> = COLUMNS.iter().map(|c| c.0).collect();
    writeln!(w, "{}", header.join(","))?;
    store.events(filter, |e| {
        writeln!(w, "{}", csv_row(&e))?;
        Ok(())
    })
}

/// One CSV line (without the line break) of an event's flat row.
pub fn csv_row(e: &StoredEvent) -> String {
    let row: Vec<String> = flat_row(e)
        .iter()
        .map(|v| csv_field(&val_text(v)).into_owned())
        .collect();
    row.join(",")
}

/// One JSON object per event (the [`StoredEvent`] fields), with a
/// `mentions` array when asked.
pub fn write_jsonl<W: Write>(
    store: &Store,
    filter: &EventFilter,
    w: &mut W,
    mentions: bool,
) -> Result<usize> {
    store.events(filter, |e| {
        let mut v = serde_json::to_value(&e)?;
        if mentions {
            v["mentions"] = serde_json::to_value(store.mentions(e.id)?)?;
        }
        serde_json::to_writer(&mut *w, &v)?;
        w.write_all(b"\n")?;
        Ok(())
    })
}

/// Days since 1970-01-01 (Parquet/Arrow DATE32).
pub(crate) fn epoch_days(d: NaiveDate) -> i32 {
    d.num_days_from_ce() - 719_163
}

#[cfg(test)]
mod tests;
