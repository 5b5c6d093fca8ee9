//! The data that flows through attache's pipeline.
//!
//! Every stage (read → segment → actors → events → time/place → store/export)
//! speaks in these types. The one rule they all keep: **every span is a byte
//! range into the article's original `text`**, so any piece of an event can be
//! traced back to the words that produced it. Nothing here does any work; the
//! stages live in their own crates.

use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};

pub mod code;
pub mod dictfile;
pub use code::{ActorCode, ROLE_CODES};

/// A half-open byte range `[start, end)` into an article's `text`.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, Default,
)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub const fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }
    pub fn len(&self) -> usize {
        self.end - self.start
    }
    pub fn is_empty(&self) -> bool {
        self.end <= self.start
    }
    /// The text this span covers. Panics if the span is out of range.
    pub fn slice<'a>(&self, text: &'a str) -> &'a str {
        &text[self.start..self.end]
    }
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
    /// Shift a span that is relative to a sub-slice starting at `base`.
    pub fn offset(&self, base: usize) -> Span {
        Span::new(self.start + base, self.end + base)
    }
}

/// One news article, as a reader produced it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Article {
    /// Stable identifier (from the input, or the file stem).
    pub id: String,
    /// Outlet or agency ("Reuters", "AFP", a domain name...).
    pub source: Option<String>,
    pub url: Option<String>,
    pub title: Option<String>,
    /// Publication date-time. `None` when neither the input nor `--date` gave one;
    /// then no event of this article has a date.
    pub date: Option<NaiveDateTime>,
    /// ISO 639-1 language code; `None` means unknown (treated as English).
    pub lang: Option<String>,
    /// The body text. All spans index into this string.
    pub text: String,
    /// Where the article came from, for error messages: "file.jsonl:12".
    #[serde(skip)]
    pub origin: String,
}

impl Article {
    pub fn date_only(&self) -> Option<NaiveDate> {
        self.date.map(|d| d.date())
    }
}

/// A sentence found by the segmenter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sentence {
    /// Index of the sentence within its article, from 0.
    pub index: usize,
    pub span: Span,
    /// Index of the paragraph the sentence sits in, from 0.
    pub paragraph: usize,
}

/// A dateline at the head of an article: "KABUL, Afghanistan (Reuters) -".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Dateline {
    /// The whole dateline, including the trailing dash.
    pub span: Span,
    /// The place part ("KABUL, Afghanistan").
    pub place: Span,
    /// The date part, if the dateline has one ("May 12").
    pub date: Option<Span>,
    /// The agency in parentheses, if any ("Reuters").
    pub agency: Option<Span>,
}

/// Where an actor mention came from in the dictionaries.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct RuleRef {
    /// Shared: a rule is cloned into every mention and event it produces.
    pub file: std::sync::Arc<str>,
    pub line: usize,
}

impl std::fmt::Display for RuleRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}", self.file, self.line)
    }
}

/// An actor as it appears in an event's `source` / `target`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActorRef {
    pub text: String,
    /// Full CAMEO actor code ("USAGOV", "IGOWSTNAT", "---REB"); `None` when unknown.
    pub code: Option<String>,
    pub country: Option<String>,
    pub org: Option<String>,
    pub role: Option<String>,
    pub start: usize,
    pub end: usize,
}

/// The text and span that triggered an event.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Trigger {
    pub text: String,
    pub start: usize,
    pub end: usize,
}

/// How precise a date is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DatePrecision {
    Day,
    Week,
    Month,
    Year,
}

impl DatePrecision {
    pub fn as_str(&self) -> &'static str {
        match self {
            DatePrecision::Day => "day",
            DatePrecision::Week => "week",
            DatePrecision::Month => "month",
            DatePrecision::Year => "year",
        }
    }
}

/// How precise a location is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PlacePrecision {
    Place,
    Admin1,
    Country,
}

impl PlacePrecision {
    pub fn as_str(&self) -> &'static str {
        match self {
            PlacePrecision::Place => "place",
            PlacePrecision::Admin1 => "admin1",
            PlacePrecision::Country => "country",
        }
    }
}

/// An event's location.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Location {
    pub name: String,
    /// ISO 3166-1 alpha-3.
    pub country: Option<String>,
    pub admin1: Option<String>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    pub precision: PlacePrecision,
    /// Span of the place name in the text, when it came from the text.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub span: Option<Span>,
}

/// Whether an event happened or is planned.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Modality {
    /// Reported as having happened (or happening).
    #[default]
    Asserted,
    /// Announced, scheduled or intended, not yet happened.
    Planned,
}

/// One coded event: the stable output contract of `attache code` (one JSON
/// object per line). Field order here is the output order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// Stable hash of (article id, sentence, trigger start, source, target, cameo).
    pub id: String,
    pub article_id: String,
    /// Sentence index within the article.
    pub sentence: usize,
    /// The sentence text.
    pub evidence: String,
    /// The event's own date, ISO `YYYY-MM-DD` (first day of the week/month/year
    /// for coarser precisions).
    pub date: Option<String>,
    pub date_precision: Option<DatePrecision>,
    /// The span of the date expression used, if one was found in the text.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub date_span: Option<Span>,
    pub source: Option<ActorRef>,
    pub target: Option<ActorRef>,
    pub cameo: String,
    pub root: String,
    pub quad_class: u8,
    pub goldstein: f64,
    pub plover: Option<String>,
    pub location: Option<Location>,
    pub trigger: Trigger,
    pub confidence: f32,
    /// The dictionary `file:line` that produced the event.
    pub rule: String,
    pub modality: Modality,
    /// True when the clause carries its own past time ("in April 1998").
    pub background: bool,
    /// The speaker, when the event is reported by someone other than its source.
    pub reported_by: Option<ActorRef>,
    /// True when the event comes from the article's lead paragraph (GDELT's IsRootEvent).
    #[serde(default)]
    pub is_root: bool,
}

/// Stable 64-bit FNV-1a hash rendered as 16 hex digits; used for event ids.
/// (FNV is used rather than `std::hash` because ids must not change between
/// Rust versions or runs.)
pub fn stable_id(parts: &[&str]) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for p in parts {
        for b in p.as_bytes() {
            h ^= *b as u64;
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        h ^= 0xff;
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{h:016x}")
}

/// `w` in capitalised form ("GEN" -> "Gen", "MARCH" -> "March"), written
/// into `buf`, when it is all capitals of `min` to `buf.len()` ASCII letters;
/// `None` otherwise. Text set in capitals (older wire copy, headlines) is
/// matched against word lists kept in their capitalised form by the
/// segmenter (abbreviations, sentence starters) and the date finder (month
/// and weekday names).
pub fn capitalise_caps<'b>(w: &str, min: usize, buf: &'b mut [u8]) -> Option<&'b str> {
    let b = w.as_bytes();
    if b.len() < min || b.len() > buf.len() || !b.iter().all(u8::is_ascii_uppercase) {
        return None;
    }
    let out = &mut buf[..b.len()];
    out.copy_from_slice(b);
    out[1..].make_ascii_lowercase();
    std::str::from_utf8(out).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn span_helpers() {
        let s = Span::new(2, 5);
        assert_eq!(s.slice("abcdefg"), "cde");
        assert!(s.contains(Span::new(3, 4)));
        assert!(s.overlaps(Span::new(4, 9)));
        assert!(!s.overlaps(Span::new(5, 9)));
        assert_eq!(s.offset(10), Span::new(12, 15));
    }

    #[test]
    fn stable_id_is_stable_and_separates_parts() {
        assert_eq!(stable_id(&["a", "b"]), stable_id(&["a", "b"]));
        assert_ne!(stable_id(&["ab", ""]), stable_id(&["a", "b"]));
        assert_eq!(stable_id(&["x"]).len(), 16);
    }
}
