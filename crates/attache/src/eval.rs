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
//! The `multicoped` format reads the Multi-CoPED sentences (text, quad class
//! 0-4, annotated source/target/reciprocal actor phrases) and scores event
//! detection, quad-class agreement, and actor agreement: whether the chosen
//! event's source and target spans overlap the annotated phrases (see
//! [`ActorAgreement`]).

use crate::pipeline::Pipeline;
use anyhow::{bail, Context, Result};
use attache_actors::Mention;
use attache_model::{ActorRef, Article, Event};
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
/// cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict),
/// and the annotated actor phrases `source`, `target`, `reciprocal`.
#[derive(Debug, Default, Serialize)]
pub struct QuadReport {
    pub sentences: u64,
    /// Every Multi-CoPED sentence holds an event, so this is detection recall.
    pub detected: u64,
    pub quad_agree: u64,
    /// Agreement when root 16 (reduce relations: sanctions, expulsions, aid
    /// cuts) counts as verbal conflict, as these annotators mostly class it;
    /// `quad_agree` keeps GDELT's classes (16 is material conflict).
    pub quad_agree_16_verbal: u64,
    /// Among detected sentences: the class of the first event (by confidence) agrees.
    pub per_class: BTreeMap<u8, (u64, u64, u64)>,
    /// Actor agreement of the chosen event (the one scored for the quad class).
    pub actors: ActorAgreement,
    /// Disagreements, for `--errors`.
    #[serde(skip)]
    pub errors: Vec<ActorError>,
}

/// Does the coded event's actor span overlap an annotated actor phrase?
///
/// A source agrees when its span overlaps one of the annotated `source` or
/// `reciprocal` phrases; a target when it overlaps a `target` or `reciprocal`
/// phrase (reciprocal actors are each other's source and target). A side is
/// scored only in detected sentences that have at least one annotated phrase
/// for it that could be found in the text; a missing actor on our side counts
/// as a disagreement. `*_any` counts sentences where any of our events
/// agrees on that side; `*_recognised` counts scored sentences where one of the
/// annotated phrases holds a recognised actor at all (a dictionary-coverage
/// figure, independent of which actor the coder chose).
#[derive(Debug, Default, Clone, Copy, Serialize)]
pub struct ActorAgreement {
    pub source_scored: u64,
    pub source_agree: u64,
    pub source_agree_any: u64,
    pub source_recognised: u64,
    pub target_scored: u64,
    pub target_agree: u64,
    pub target_agree_any: u64,
    pub target_recognised: u64,
    /// Annotated phrases, and those that could not be found in the text.
    pub phrases: u64,
    pub phrases_unlocated: u64,
}

/// One actor disagreement of the multicoped eval.
#[derive(Debug, Clone, Serialize)]
pub struct ActorError {
    pub id: String,
    pub text: String,
    /// "source" or "target".
    pub side: &'static str,
    /// The annotated phrases of that side, each with the actor codes we
    /// recognised inside it.
    pub annotated: Vec<(String, Vec<String>)>,
    /// Our actor: text and code, `None` when the event has no actor there.
    pub ours: Option<(String, String)>,
    pub event: String,
}

/// Our quad class (1-4, roots 01-02 count as statements) in Multi-CoPED's 0-4 scale.
fn multicoped_class(e: &Event) -> u8 {
    match e.root.as_str() {
        "01" | "02" => 0,
        _ => e.quad_class,
    }
}

/// Fold a character for phrase location: lower case, typographic quotes to ASCII.
fn fold_char(c: char) -> char {
    match c {
        '\u{2018}' | '\u{2019}' | '`' | '\u{00b4}' => '\'',
        '\u{201c}' | '\u{201d}' => '"',
        '\u{2013}' | '\u{2014}' => '-',
        _ => c.to_lowercase().next().unwrap_or(c),
    }
}

/// Byte spans of every occurrence of `phrase` in `text`, ignoring white space
/// and case: annotations are tokenised ("the government 's request",
/// "Air Force ( NAF )") while the text is not. Tokeniser quotes (two back-ticks,
/// two apostrophes) count as a double quote.
fn locate_phrase(text: &str, phrase: &str) -> Vec<(usize, usize)> {
    let phrase = phrase.replace("``", "\"").replace("''", "\"");
    let pat: Vec<char> = phrase
        .chars()
        .filter(|c| !c.is_whitespace())
        .map(fold_char)
        .collect();
    if pat.is_empty() {
        return Vec::new();
    }
    // Non-space characters of the text with their byte ranges.
    let hay: Vec<(usize, usize, char)> = text
        .char_indices()
        .filter(|(_, c)| !c.is_whitespace())
        .map(|(i, c)| (i, i + c.len_utf8(), fold_char(c)))
        .collect();
    let mut out = Vec::new();
    if hay.len() < pat.len() {
        return out;
    }
    for i in 0..=hay.len() - pat.len() {
        if hay[i..i + pat.len()]
            .iter()
            .zip(&pat)
            .all(|((_, _, a), b)| a == b)
        {
            out.push((hay[i].0, hay[i + pat.len() - 1].1));
        }
    }
    out
}

fn overlaps(a: (usize, usize), b: (usize, usize)) -> bool {
    a.0 < b.1 && b.0 < a.1
}

/// One annotated side of a sentence, located in the text.
struct Side {
    phrases: Vec<(String, Vec<(usize, usize)>)>,
}

impl Side {
    fn new(text: &str, own: &[String], recip: &[String]) -> Side {
        let phrases = own
            .iter()
            .chain(recip)
            .map(|p| (p.clone(), locate_phrase(text, p)))
            .collect();
        Side { phrases }
    }

    fn scorable(&self) -> bool {
        self.phrases.iter().any(|(_, s)| !s.is_empty())
    }

    fn agrees(&self, a: Option<&ActorRef>) -> bool {
        let Some(a) = a else { return false };
        self.phrases
            .iter()
            .flat_map(|(_, s)| s)
            .any(|s| overlaps(*s, (a.start, a.end)))
    }

    /// Each phrase with the codes of the recognised actors inside it.
    fn recognised(&self, mentions: &[&Mention]) -> Vec<(String, Vec<String>)> {
        self.phrases
            .iter()
            .map(|(p, spans)| {
                let codes = mentions
                    .iter()
                    .filter(|m| {
                        spans
                            .iter()
                            .any(|s| overlaps(*s, (m.span.start, m.span.end)))
                    })
                    .map(|m| m.code.as_deref().unwrap_or("?").to_string())
                    .collect();
                (p.clone(), codes)
            })
            .collect()
    }
}

/// Score the actors of one multicoped sentence; `best` is the event scored for the quad class.
#[allow(clippy::too_many_arguments)]
fn score_actors<'a>(
    r: &mut QuadReport,
    id: &str,
    text: &str,
    src: &Side,
    tgt: &Side,
    got: &'a [Event],
    best: &'a Event,
    mentions: &[&Mention],
) {
    for (is_src, side) in [(true, src), (false, tgt)] {
        if !side.scorable() {
            continue;
        }
        let pick = |e: &'a Event| -> Option<&'a ActorRef> {
            if is_src {
                e.source.as_ref()
            } else {
                e.target.as_ref()
            }
        };
        let agree = side.agrees(pick(best));
        let any = got.iter().any(|e| side.agrees(pick(e)));
        let annotated = side.recognised(mentions);
        let recognised = annotated.iter().any(|(_, c)| !c.is_empty());
        let a = &mut r.actors;
        if is_src {
            a.source_scored += 1;
            a.source_agree += agree as u64;
            a.source_agree_any += any as u64;
            a.source_recognised += recognised as u64;
        } else {
            a.target_scored += 1;
            a.target_agree += agree as u64;
            a.target_agree_any += any as u64;
            a.target_recognised += recognised as u64;
        }
        if !agree {
            r.errors.push(ActorError {
                id: id.to_string(),
                text: text.to_string(),
                side: if is_src { "source" } else { "target" },
                annotated,
                ours: pick(best)
                    .map(|x| (x.text.clone(), x.code.clone().unwrap_or_else(|| "?".into()))),
                event: fmt_events(std::slice::from_ref(best)),
            });
        }
    }
}

pub fn eval_multicoped(pipe: &Pipeline, path: &Path) -> Result<QuadReport> {
    #[derive(Deserialize)]
    struct Rec {
        text: String,
        class: u8,
        #[serde(default)]
        source: Vec<String>,
        #[serde(default)]
        target: Vec<String>,
        #[serde(default)]
        reciprocal: Vec<String>,
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
        let id = format!("m{i}");
        let a = Article {
            id: id.clone(),
            date: NaiveDate::from_ymd_opt(2020, 1, 1).and_then(|d| d.and_hms_opt(12, 0, 0)),
            text: rec.text.clone(),
            ..Default::default()
        };
        let out = pipe.code_article(&a, true);
        let got = &out.events;
        r.sentences += 1;
        let src = Side::new(&rec.text, &rec.source, &rec.reciprocal);
        let tgt = Side::new(&rec.text, &rec.target, &rec.reciprocal);
        for p in rec.source.iter().chain(&rec.target).chain(&rec.reciprocal) {
            r.actors.phrases += 1;
            if locate_phrase(&rec.text, p).is_empty() {
                r.actors.phrases_unlocated += 1;
            }
        }
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
            let class = multicoped_class(best);
            if class == rec.class {
                r.quad_agree += 1;
                e.2 += 1;
            }
            let class16 = if best.root == "16" { 3 } else { class };
            if class16 == rec.class {
                r.quad_agree_16_verbal += 1;
            }
            let mentions: Vec<&Mention> = out.explain.iter().flat_map(|s| &s.actors).collect();
            score_actors(&mut r, &id, &rec.text, &src, &tgt, got, best, &mentions);
        }
    }
    Ok(r)
}

impl QuadReport {
    pub fn to_text(&self, show_errors: bool) -> String {
        use std::fmt::Write;
        let mut s = String::new();
        let _ = writeln!(
            s,
            "{} sentences; event detected in {} ({:.3}); quad class agrees in {} ({:.3} of all, {:.3} of detected)",
            self.sentences,
            self.detected,
            ratio(self.detected, self.sentences),
            self.quad_agree,
            ratio(self.quad_agree, self.sentences),
            ratio(self.quad_agree, self.detected)
        );
        let _ = writeln!(
            s,
            "  (with root 16 counted as verbal conflict, as these annotators mostly do: {} ({:.3} of detected))",
            self.quad_agree_16_verbal,
            ratio(self.quad_agree_16_verbal, self.detected)
        );
        for (c, (n, d, a)) in &self.per_class {
            let _ = writeln!(s, "  class {c}: {n} sentences, {d} detected, {a} agree");
        }
        let a = &self.actors;
        let _ = writeln!(
            s,
            "actor agreement (detected sentences; span overlaps an annotated phrase):"
        );
        for (name, n, agree, any, rec) in [
            (
                "source",
                a.source_scored,
                a.source_agree,
                a.source_agree_any,
                a.source_recognised,
            ),
            (
                "target",
                a.target_scored,
                a.target_agree,
                a.target_agree_any,
                a.target_recognised,
            ),
        ] {
            let _ = writeln!(
                s,
                "  {name}-agree {:.3} ({agree} of {n}); any event {:.3}; annotated phrase holds a recognised actor {:.3}",
                ratio(agree, n),
                ratio(any, n),
                ratio(rec, n)
            );
        }
        let _ = writeln!(
            s,
            "  {} annotated phrases, {} not found in the text",
            a.phrases, a.phrases_unlocated
        );
        if show_errors {
            let _ = writeln!(
                s,
                "\nactor disagreements (id side: annotated [recognised] | ours (event)):"
            );
            for e in &self.errors {
                let ann = e
                    .annotated
                    .iter()
                    .map(|(p, c)| format!("{p:?} [{}]", c.join(" ")))
                    .collect::<Vec<_>>()
                    .join("; ");
                let ours = e
                    .ours
                    .as_ref()
                    .map(|(t, c)| format!("{t:?} {c}"))
                    .unwrap_or_else(|| "none".into());
                let _ = writeln!(s, "  {} {}: {ann} | {ours} ({})", e.id, e.side, e.event);
                let _ = writeln!(s, "      {}", e.text);
            }
        }
        s
    }
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

    #[test]
    fn locate_tokenised_phrases() {
        let t = "Meanwhile, a court rejected the Ruritanian government\u{2019}s request (again).";
        let spans = locate_phrase(t, "Ruritanian government 's request");
        assert_eq!(spans.len(), 1);
        let (a, b) = spans[0];
        assert_eq!(&t[a..b], "Ruritanian government\u{2019}s request");
        assert_eq!(locate_phrase(t, "a COURT").len(), 1);
        assert_eq!(locate_phrase(t, "request ( again )").len(), 1);
        assert!(locate_phrase(t, "a tribunal").is_empty());
        assert!(locate_phrase(t, "   ").is_empty());
        assert_eq!(locate_phrase("a b a b", "a").len(), 2);
    }

    fn actor_at(text: &str, word: &str, code: &str) -> ActorRef {
        let start = text.find(word).unwrap();
        ActorRef {
            text: word.into(),
            code: Some(code.into()),
            country: None,
            org: None,
            role: None,
            start,
            end: start + word.len(),
        }
    }

    fn event(source: Option<ActorRef>, target: Option<ActorRef>) -> Event {
        Event {
            id: String::new(),
            article_id: String::new(),
            sentence: 0,
            evidence: String::new(),
            date: None,
            date_precision: None,
            date_span: None,
            source,
            target,
            cameo: "190".into(),
            root: "19".into(),
            quad_class: 4,
            goldstein: -10.0,
            plover: None,
            location: None,
            trigger: attache_model::Trigger {
                text: String::new(),
                start: 0,
                end: 0,
            },
            confidence: 1.0,
            rule: String::new(),
            modality: Default::default(),
            background: false,
            reported_by: None,
            is_root: false,
        }
    }

    #[test]
    fn actor_agreement_by_span() {
        let t = "Ruritanian troops shelled rebel positions near the border with Borduria.";
        let v = |x: &[&str]| x.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let src = Side::new(t, &v(&["Ruritanian troops"]), &[]);
        let tgt = Side::new(t, &v(&["rebel positions near the border"]), &[]);
        let good = event(
            Some(actor_at(t, "Ruritanian troops", "RURMIL")),
            Some(actor_at(t, "rebel", "---REB")),
        );
        // Source right, target wrong (Borduria is outside the target phrase).
        let bad = event(
            Some(actor_at(t, "troops", "---MIL")),
            Some(actor_at(t, "Borduria", "BOR")),
        );
        let mut r = QuadReport::default();
        score_actors(
            &mut r,
            "m0",
            t,
            &src,
            &tgt,
            std::slice::from_ref(&good),
            &good,
            &[],
        );
        assert_eq!((r.actors.source_agree, r.actors.target_agree), (1, 1));
        score_actors(
            &mut r,
            "m1",
            t,
            &src,
            &tgt,
            &[bad.clone(), good.clone()],
            &bad,
            &[],
        );
        let a = r.actors;
        assert_eq!((a.source_scored, a.source_agree), (2, 2));
        assert_eq!(
            (a.target_scored, a.target_agree, a.target_agree_any),
            (2, 1, 2)
        );
        assert_eq!(r.errors.len(), 1);
        assert_eq!(r.errors[0].side, "target");
        // A missing actor disagrees; reciprocal phrases count on both sides.
        let recip = Side::new(t, &[], &v(&["Borduria"]));
        let none = event(None, Some(actor_at(t, "Borduria", "BOR")));
        let mut r = QuadReport::default();
        score_actors(
            &mut r,
            "m2",
            t,
            &recip,
            &recip,
            std::slice::from_ref(&none),
            &none,
            &[],
        );
        assert_eq!((r.actors.source_scored, r.actors.source_agree), (1, 0));
        assert_eq!((r.actors.target_scored, r.actors.target_agree), (1, 1));
        // An unlocatable phrase is not scored.
        let lost = Side::new(t, &v(&["the navy"]), &[]);
        let mut r = QuadReport::default();
        score_actors(
            &mut r,
            "m3",
            t,
            &lost,
            &lost,
            std::slice::from_ref(&good),
            &good,
            &[],
        );
        assert_eq!(r.actors.source_scored + r.actors.target_scored, 0);
        assert!(r.to_text(true).contains("source-agree"));
    }
}
