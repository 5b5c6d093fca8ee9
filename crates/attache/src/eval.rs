//! `attache eval`: score the coder against hand-coded sentences.
//!
//! Gold format (JSON Lines, documented in `docs/gold-format.md`):
//!
//! ```json
//! {"id":"g0001","text":"...","date":"2024-03-05","events":[{"source":"USAGOV","target":"CHN","code":"042"}],"tags":["passive"]}
//! ```
//!
//! An empty `events` list means the sentence must yield no event.
//!
//! Matching: a produced event matches a gold event when the codes agree (at
//! the root level: the first two digits; at the full level: the whole code)
//! and both actors agree. A produced actor agrees with a gold actor when the
//! gold one is null (not coded), or when their country parts are equal and
//! the gold role, if any, is the produced role (`USA` accepts `USAGOV`;
//! `USAGOV` does not accept `USAMIL`). Each event is matched at most once.
//!
//! The `multicoped` format reads the Multi-CoPED sentences (text + quad
//! class 0-4) and scores event detection and quad-class agreement only.

use crate::pipeline::Pipeline;
use anyhow::{bail, Context, Result};
use attache_model::{Article, Event};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::io::BufRead;
use std::path::Path;

#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct GoldEvent {
    pub source: Option<String>,
    pub target: Option<String>,
    pub code: String,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct GoldSentence {
    pub id: String,
    pub text: String,
    pub date: Option<String>,
    #[serde(default)]
    pub events: Vec<GoldEvent>,
    #[serde(default)]
    pub tags: Vec<String>,
}

/// Precision / recall counts.
#[derive(Debug, Default, Clone, Copy, Serialize)]
pub struct Prf {
    pub tp: u64,
    pub fp: u64,
    pub fn_: u64,
}

impl Prf {
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

fn ratio(a: u64, b: u64) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// Scores for a gold set.
#[derive(Debug, Default, Serialize)]
pub struct Report {
    pub sentences: u64,
    pub root: Prf,
    pub full: Prf,
    /// Sentence level: does the sentence yield any event?
    pub detection: Prf,
    pub per_root: BTreeMap<String, Prf>,
    pub per_country: BTreeMap<String, Prf>,
    /// gold root → produced root → count ("none" when unmatched).
    pub confusion: BTreeMap<String, BTreeMap<String, u64>>,
    /// Sentences with errors, for inspection: (id, expected, produced).
    #[serde(skip)]
    pub errors: Vec<(String, String, String)>,
}

fn actor_ok(gold: &Option<String>, got: Option<&str>) -> bool {
    match gold {
        None => true,
        Some(g) if g.is_empty() => true,
        Some(g) => match got {
            None => false,
            Some(p) => {
                if g.len() < 3 || p.len() < 3 || g[..3] != p[..3] {
                    return false;
                }
                g.len() == 3 || (p.len() >= 6 && g[3..6] == p[3..6])
            }
        },
    }
}

fn ev_code(e: &Event, src: bool) -> Option<&str> {
    let a = if src { &e.source } else { &e.target };
    a.as_ref().and_then(|x| x.code.as_deref())
}

fn fmt_events(es: &[Event]) -> String {
    es.iter()
        .map(|e| {
            format!(
                "{}→{}:{}",
                ev_code(e, true).unwrap_or("?"),
                ev_code(e, false).unwrap_or("?"),
                e.cameo
            )
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Score one sentence's produced events against its gold events.
fn score(report: &mut Report, g: &GoldSentence, got: &[Event]) {
    report.sentences += 1;
    // Detection.
    match (g.events.is_empty(), got.is_empty()) {
        (false, false) => report.detection.tp += 1,
        (true, false) => report.detection.fp += 1,
        (false, true) => report.detection.fn_ += 1,
        (true, true) => {}
    }
    let mut errors = false;
    for (level, full) in [(0, false), (1, true)] {
        let mut used = vec![false; got.len()];
        let mut tp = 0;
        for ge in &g.events {
            let groot = &ge.code[..2.min(ge.code.len())];
            let found = got.iter().enumerate().position(|(k, e)| {
                !used[k]
                    && (if full {
                        e.cameo == ge.code
                    } else {
                        e.root == groot
                    })
                    && actor_ok(&ge.source, ev_code(e, true))
                    && actor_ok(&ge.target, ev_code(e, false))
            });
            let country = ge
                .source
                .as_deref()
                .map(|s| s.get(..3).unwrap_or(s).to_string())
                .unwrap_or_else(|| "---".into());
            if let Some(k) = found {
                used[k] = true;
                tp += 1;
                if level == 0 {
                    report.per_root.entry(groot.to_string()).or_default().tp += 1;
                    report.per_country.entry(country).or_default().tp += 1;
                    *report
                        .confusion
                        .entry(groot.to_string())
                        .or_default()
                        .entry(groot.to_string())
                        .or_default() += 1;
                }
            } else if level == 0 {
                report.per_root.entry(groot.to_string()).or_default().fn_ += 1;
                report.per_country.entry(country).or_default().fn_ += 1;
                // Confusion: the produced event with the same actors, if any.
                let other = got.iter().enumerate().find(|(k, e)| {
                    !used[*k]
                        && actor_ok(&ge.source, ev_code(e, true))
                        && actor_ok(&ge.target, ev_code(e, false))
                });
                let col = other
                    .map(|(_, e)| e.root.clone())
                    .unwrap_or_else(|| "none".into());
                *report
                    .confusion
                    .entry(groot.to_string())
                    .or_default()
                    .entry(col)
                    .or_default() += 1;
                errors = true;
            }
        }
        let prf_tp = tp;
        let fp = used.iter().filter(|u| !**u).count() as u64;
        let fnn = g.events.len() as u64 - prf_tp;
        let prf = if full {
            &mut report.full
        } else {
            &mut report.root
        };
        prf.tp += prf_tp;
        prf.fp += fp;
        prf.fn_ += fnn;
        if level == 0 {
            for (k, e) in got.iter().enumerate() {
                if !used[k] {
                    report.per_root.entry(e.root.clone()).or_default().fp += 1;
                    let c = ev_code(e, true)
                        .map(|s| s.get(..3).unwrap_or(s).to_string())
                        .unwrap_or_else(|| "---".into());
                    report.per_country.entry(c).or_default().fp += 1;
                    *report
                        .confusion
                        .entry("none".into())
                        .or_default()
                        .entry(e.root.clone())
                        .or_default() += 1;
                    errors = true;
                }
            }
        }
    }
    if errors {
        let exp = g
            .events
            .iter()
            .map(|e| {
                format!(
                    "{}→{}:{}",
                    e.source.as_deref().unwrap_or("?"),
                    e.target.as_deref().unwrap_or("?"),
                    e.code
                )
            })
            .collect::<Vec<_>>()
            .join(" ");
        report.errors.push((g.id.clone(), exp, fmt_events(got)));
    }
}

fn code_sentence(pipe: &Pipeline, id: &str, text: &str, date: Option<&str>) -> Result<Vec<Event>> {
    let date = match date {
        Some(d) => Some(
            NaiveDate::parse_from_str(d, "%Y-%m-%d")
                .with_context(|| format!("{id}: bad date {d:?} (want YYYY-MM-DD)"))?
                .and_hms_opt(12, 0, 0)
                .unwrap(),
        ),
        None => None,
    };
    let a = Article {
        id: id.to_string(),
        date,
        text: text.to_string(),
        ..Default::default()
    };
    Ok(pipe.code_article(&a, false).events)
}

/// Score a gold file in our format.
pub fn eval_gold(pipe: &Pipeline, path: &Path) -> Result<Report> {
    let f =
        std::fs::File::open(path).with_context(|| format!("{}: cannot open", path.display()))?;
    let mut report = Report::default();
    for (i, line) in std::io::BufReader::new(f).lines().enumerate() {
        let line = line.with_context(|| format!("{}:{}: cannot read", path.display(), i + 1))?;
        if line.trim().is_empty() {
            continue;
        }
        let g: GoldSentence = serde_json::from_str(&line)
            .with_context(|| format!("{}:{}: invalid gold record", path.display(), i + 1))?;
        for e in &g.events {
            if attache_events::Cameo::get().lookup(&e.code).is_none() {
                bail!(
                    "{}:{}: unknown CAMEO code {:?}",
                    path.display(),
                    i + 1,
                    e.code
                );
            }
        }
        let got = code_sentence(pipe, &g.id, &g.text, g.date.as_deref())?;
        score(&mut report, &g, &got);
    }
    Ok(report)
}

/// Multi-CoPED-style records: `text` and `class` (0 statement, 1 verbal
/// cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict).
#[derive(Debug, Default, Serialize)]
pub struct QuadReport {
    pub sentences: u64,
    /// Every Multi-CoPED sentence holds an event, so this is detection recall.
    pub detected: u64,
    pub quad_agree: u64,
    /// Among detected sentences: the class of the first event (by confidence) agrees.
    pub per_class: BTreeMap<u8, (u64, u64, u64)>,
}

/// Our quad class (1-4, roots 01-02 count as statements) in Multi-CoPED's 0-4 scale.
fn multicoped_class(e: &Event) -> u8 {
    match e.root.as_str() {
        "01" | "02" => 0,
        _ => e.quad_class,
    }
}

pub fn eval_multicoped(pipe: &Pipeline, path: &Path) -> Result<QuadReport> {
    #[derive(Deserialize)]
    struct Rec {
        text: String,
        class: u8,
    }
    let f =
        std::fs::File::open(path).with_context(|| format!("{}: cannot open", path.display()))?;
    let mut r = QuadReport::default();
    for (i, line) in std::io::BufReader::new(f).lines().enumerate() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let rec: Rec = serde_json::from_str(&line)
            .with_context(|| format!("{}:{}: invalid record", path.display(), i + 1))?;
        let got = code_sentence(pipe, &format!("m{i}"), &rec.text, Some("2020-01-01"))?;
        r.sentences += 1;
        let e = r.per_class.entry(rec.class).or_default();
        e.0 += 1;
        if !got.is_empty() {
            r.detected += 1;
            e.1 += 1;
            let best = got
                .iter()
                .filter(|e| e.cameo != "010")
                .max_by(|a, b| a.confidence.total_cmp(&b.confidence))
                .unwrap_or(&got[0]);
            if multicoped_class(best) == rec.class {
                r.quad_agree += 1;
                e.2 += 1;
            }
        }
    }
    Ok(r)
}

impl Report {
    pub fn to_text(&self, show_errors: bool) -> String {
        use std::fmt::Write;
        let mut s = String::new();
        let line = |s: &mut String, name: &str, p: &Prf| {
            let _ = writeln!(
                s,
                "{name:<12} P {:.3}  R {:.3}  F1 {:.3}   (tp {} fp {} fn {})",
                p.precision(),
                p.recall(),
                p.f1(),
                p.tp,
                p.fp,
                p.fn_
            );
        };
        let _ = writeln!(s, "{} sentences", self.sentences);
        line(&mut s, "detection", &self.detection);
        line(&mut s, "root", &self.root);
        line(&mut s, "full code", &self.full);
        let _ = writeln!(s, "\nper root (gold root; root-level matching):");
        for (k, p) in &self.per_root {
            line(&mut s, &format!("  {k}"), p);
        }
        let _ = writeln!(s, "\nper source country:");
        for (k, p) in &self.per_country {
            line(&mut s, &format!("  {k}"), p);
        }
        let _ = writeln!(s, "\nconfusion (rows gold root, columns produced root):");
        let mut cols: Vec<&String> = self.confusion.values().flat_map(|m| m.keys()).collect();
        cols.sort();
        cols.dedup();
        let _ = write!(s, "{:>6}", "");
        for c in &cols {
            let _ = write!(s, "{c:>5}");
        }
        let _ = writeln!(s);
        for (r, m) in &self.confusion {
            let _ = write!(s, "{r:>6}");
            for c in &cols {
                let _ = write!(s, "{:>5}", m.get(*c).copied().unwrap_or(0));
            }
            let _ = writeln!(s);
        }
        if show_errors {
            let _ = writeln!(s, "\nerrors (id: expected | produced):");
            for (id, e, g) in &self.errors {
                let _ = writeln!(s, "  {id}: {e} | {g}");
            }
        }
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn actor_agreement_rules() {
        assert!(actor_ok(&None, Some("USAGOV")));
        assert!(actor_ok(&Some("USA".into()), Some("USAGOV")));
        assert!(actor_ok(&Some("USAGOV".into()), Some("USAGOV")));
        assert!(!actor_ok(&Some("USAGOV".into()), Some("USAMIL")));
        assert!(!actor_ok(&Some("USAGOV".into()), Some("USA")));
        assert!(!actor_ok(&Some("USA".into()), None));
        assert!(!actor_ok(&Some("RUS".into()), Some("USAGOV")));
    }

    #[test]
    fn prf_math() {
        let p = Prf {
            tp: 8,
            fp: 2,
            fn_: 2,
        };
        assert!((p.precision() - 0.8).abs() < 1e-9);
        assert!((p.recall() - 0.8).abs() < 1e-9);
        assert!((p.f1() - 0.8).abs() < 1e-9);
        assert_eq!(Prf::default().f1(), 0.0);
    }
}
