//! `attache eval --gold-format event-location`: score the choice of an
//! event's location against sentences whose event trigger and event place
//! spans were marked by people.
//!
//! A record is one JSON object per line:
//!
//! ```json
//! {"id": "...", "text": "...",
//!  "verb": [{"text": "...", "start": 10, "end": 16}],
//!  "event_locations": [{"text": "...", "start": 30, "end": 36}]}
//! ```
//!
//! Offsets count characters (not bytes); `event_locations` is empty when the
//! sentence names no place for the event. Each sentence is run through the
//! pipeline's stages (segmenter, actor recogniser, coder, place finder); the
//! event at the gold trigger gets its actors from the coder when the coder
//! coded an event there, and none otherwise. The in-sentence place that
//! [`timeplace::event_place`] chooses is compared with the gold spans.

use crate::pipeline::Pipeline;
use crate::timeplace;
use anyhow::{Context, Result};
use attache_actors::{ArticleContext, Mention, Recogniser};
use attache_events::{Coder, DateCue, SentenceInput};
use attache_model::{Sentence, Span};
use attache_place::{Cue, PlaceMention};
use attache_segment::{find_dateline, split_sentences, tokenize, Tokens};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::io::BufRead;
use std::path::Path;

#[derive(Deserialize)]
struct GoldSpan {
    start: usize,
    end: usize,
}

#[derive(Deserialize)]
struct Record {
    #[serde(default)]
    id: Option<serde_json::Value>,
    text: String,
    #[serde(default)]
    verb: Vec<GoldSpan>,
    #[serde(default)]
    event_locations: Vec<GoldSpan>,
}

/// One disagreement, for `--errors`.
#[derive(Debug, Clone, Serialize)]
pub struct LocationError {
    pub id: String,
    pub text: String,
    pub trigger: String,
    pub gold: Vec<String>,
    /// The chosen place and its cue, if any.
    pub chosen: Option<String>,
    /// Every place mention found, with its cue.
    pub found: Vec<String>,
}

/// Agreement of one way of choosing with the gold spans.
#[derive(Debug, Default, Clone, Serialize)]
pub struct Agreement {
    /// Chosen span equals a gold span, or both are none.
    pub exact: u64,
    /// Chosen span overlaps a gold span, or both are none.
    pub overlap: u64,
    /// Overlap, or the chosen place resolves to the same place (same name
    /// and country) as a gold span, or has the same name.
    pub same_place: u64,
    /// Of the records with a gold place: exact agreement.
    pub with_gold_exact: u64,
    /// Of the records with a gold place: no in-sentence place chosen.
    pub with_gold_none: u64,
    /// Of the records without a gold place: no in-sentence place chosen either.
    pub empty_none: u64,
    /// Chosen places by cue: (cue, chosen, of which exact).
    pub by_cue: Vec<(String, u64, u64)>,
}

/// Agreement of the chosen event place with the gold spans.
#[derive(Debug, Default, Clone, Serialize)]
pub struct LocationReport {
    pub records: u64,
    /// Records whose gold trigger could not be placed in the text.
    pub skipped: u64,
    /// Records with at least one gold place.
    pub with_gold: u64,
    /// Records without a gold place.
    pub gold_empty: u64,
    /// What the pipeline uses: only places attached to the event's clause
    /// (tiers 0 to 2) count as chosen.
    pub attached: Agreement,
    /// Any tier: the attached place, else another place of the sentence (a
    /// reference point, a bare name). Not used by the pipeline since
    /// tiers 3 and 4 were wrong in most records; kept to show that.
    pub any_tier: Agreement,
    /// Gold place spans in all.
    pub gold_spans: u64,
    /// Gold spans that the place finder found with exactly that span.
    pub gold_found_exact: u64,
    /// Gold spans that some found place overlaps.
    pub gold_found_overlap: u64,
    /// Records whose gold trigger the coder also coded an event at.
    pub coded_at_trigger: u64,
    /// The choices by tier: [chosen, exact, gold empty] for
    /// tiers 0 to 4 (see `timeplace::EventPlace::tier`).
    pub by_tier: [[u64; 3]; 5],
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<LocationError>,
}

fn ratio(a: u64, b: u64) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// Character offsets to byte offsets (`None` when out of range).
fn char_span(text: &str, start: usize, end: usize) -> Option<Span> {
    if text.is_ascii() {
        return (start <= end && end <= text.len()).then(|| Span::new(start, end));
    }
    let mut s = None;
    let mut e = None;
    for (ci, (bi, _)) in text.char_indices().enumerate() {
        if ci == start {
            s = Some(bi);
        }
        if ci == end {
            e = Some(bi);
            break;
        }
    }
    if e.is_none() && end == text.chars().count() {
        e = Some(text.len());
    }
    match (s, e) {
        (Some(s), Some(e)) if s <= e => Some(Span::new(s, e)),
        _ => None,
    }
}

/// What the pipeline does with one sentence text: the place mentions of the
/// sentence holding `trigger`, the event's actors and the chosen place.
pub struct LocationRun {
    pub places: Vec<PlaceMention>,
    pub chosen: Option<timeplace::EventPlace>,
    /// The coder coded an event whose trigger overlaps the given one.
    pub coded: bool,
}

/// Run the pipeline's stages over `text` and choose the place of the event
/// whose trigger is `trigger` (byte span).
pub fn locate_event(pipe: &Pipeline, text: &str, trigger: Span) -> LocationRun {
    let rec = Recogniser::new(pipe.actors());
    let coder = Coder::new(pipe.patterns());
    let date = NaiveDate::from_ymd_opt(2020, 1, 1);
    let mut ctx = ArticleContext::new(date);
    if let Some(d) = find_dateline(text) {
        if let Some(loc) = timeplace::dateline_place(text, &d) {
            ctx.dateline_country = loc.country.clone();
        }
    }
    let mut sentences: Vec<Sentence> = Vec::new();
    split_sentences(text, &mut sentences);
    let mut toks = Tokens::default();
    let mut mentions: Vec<Mention> = Vec::new();
    let mut dates: Vec<DateCue> = Vec::new();
    let mut out = LocationRun {
        places: Vec::new(),
        chosen: None,
        coded: false,
    };
    for s in &sentences {
        toks.clear();
        tokenize(text, s.span, &mut toks);
        mentions.clear();
        rec.recognise(text, &toks, &mut ctx, &mut mentions);
        let holds = s.span.start <= trigger.start && trigger.start < s.span.end.max(1);
        if !holds {
            continue;
        }
        dates.clear();
        if let Some(ad) = date {
            timeplace::dates(text, s.span, ad, &mut dates);
        }
        let res = coder.code(&SentenceInput {
            text,
            toks: &toks,
            mentions: &mentions,
            dates: &dates,
            article_date: date,
        });
        let mut actors = [Span::default(); 2];
        let mut n = 0;
        if let Some(c) = res.events.iter().find(|c| c.trigger.overlaps(trigger)) {
            out.coded = true;
            for k in [c.source, c.target].into_iter().flatten() {
                actors[n] = mentions[k].span;
                n += 1;
            }
        }
        out.places = timeplace::places(text, s.span, &ctx, &mentions);
        out.chosen = timeplace::event_place(text, trigger, &actors[..n], &out.places);
        break;
    }
    out
}

fn same_place(a: &PlaceMention, text: &str, gold: Span, places: &[PlaceMention]) -> bool {
    if a.span.overlaps(gold) {
        return true;
    }
    let gk = attache_place::key(gold.slice(text));
    if attache_place::key(a.span.slice(text)) == gk {
        return true;
    }
    places.iter().any(|p| {
        p.span.overlaps(gold)
            && p.location.name == a.location.name
            && p.location.country == a.location.country
    })
}

type CueCounts = Vec<(Cue, u64, u64)>;

fn cue_table(mut v: CueCounts) -> Vec<(String, u64, u64)> {
    v.sort_by_key(|e| std::cmp::Reverse(e.1));
    v.into_iter()
        .map(|(c, n, e)| (c.as_str().to_string(), n, e))
        .collect()
}

/// Count one record's agreement; true when the spans agree exactly.
fn score(
    a: &mut Agreement,
    cues: &mut CueCounts,
    text: &str,
    chosen: Option<&PlaceMention>,
    gold: &[Span],
    places: &[PlaceMention],
) -> bool {
    let (exact, overlap, same) = match chosen {
        None => {
            let e = gold.is_empty();
            (e, e, e)
        }
        Some(p) => (
            gold.contains(&p.span),
            gold.iter().any(|g| g.overlaps(p.span)),
            gold.iter().any(|g| same_place(p, text, *g, places)),
        ),
    };
    if let Some(p) = chosen {
        let k = match cues.iter().position(|(c, _, _)| *c == p.cue) {
            Some(k) => k,
            None => {
                cues.push((p.cue, 0, 0));
                cues.len() - 1
            }
        };
        cues[k].1 += 1;
        cues[k].2 += exact as u64;
    }
    a.exact += exact as u64;
    a.overlap += overlap as u64;
    a.same_place += same as u64;
    if gold.is_empty() {
        a.empty_none += chosen.is_none() as u64;
    } else {
        a.with_gold_exact += exact as u64;
        a.with_gold_none += chosen.is_none() as u64;
    }
    exact
}

/// Score a file of event-location records.
pub fn eval_event_location(pipe: &Pipeline, path: &Path) -> Result<LocationReport> {
    let f =
        std::fs::File::open(path).with_context(|| format!("{}: cannot open", path.display()))?;
    let mut r = LocationReport::default();
    let mut cues: (CueCounts, CueCounts) = Default::default();
    for (i, line) in std::io::BufReader::new(f).lines().enumerate() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let rec: Record = serde_json::from_str(&line)
            .with_context(|| format!("{}:{}: invalid record", path.display(), i + 1))?;
        r.records += 1;
        let text = rec.text.as_str();
        let Some(trigger) = rec
            .verb
            .first()
            .and_then(|v| char_span(text, v.start, v.end))
        else {
            r.skipped += 1;
            continue;
        };
        let gold: Vec<Span> = rec
            .event_locations
            .iter()
            .filter_map(|g| char_span(text, g.start, g.end))
            .collect();
        let run = locate_event(pipe, text, trigger);
        if run.coded {
            r.coded_at_trigger += 1;
        }
        let strict = run
            .chosen
            .filter(|c| c.attached())
            .map(|c| &run.places[c.index]);
        let loose = run.chosen.map(|c| &run.places[c.index]);
        if let Some(c) = run.chosen {
            let t = &mut r.by_tier[usize::from(c.tier.min(4))];
            t[0] += 1;
            t[1] += gold.contains(&run.places[c.index].span) as u64;
            t[2] += gold.is_empty() as u64;
        }
        for g in &gold {
            r.gold_spans += 1;
            if run.places.iter().any(|p| p.span == *g) {
                r.gold_found_exact += 1;
            }
            if run.places.iter().any(|p| p.span.overlaps(*g)) {
                r.gold_found_overlap += 1;
            }
        }
        if gold.is_empty() {
            r.gold_empty += 1;
        } else {
            r.with_gold += 1;
        }
        let exact = score(
            &mut r.attached,
            &mut cues.0,
            text,
            strict,
            &gold,
            &run.places,
        );
        score(
            &mut r.any_tier,
            &mut cues.1,
            text,
            loose,
            &gold,
            &run.places,
        );
        if !exact {
            let id = match &rec.id {
                Some(serde_json::Value::String(s)) => s.clone(),
                Some(v) => v.to_string(),
                None => format!("line {}", i + 1),
            };
            let show = |p: &PlaceMention| format!("{} [{}]", p.span.slice(text), p.cue.as_str());
            r.errors.push(LocationError {
                id,
                text: text.to_string(),
                trigger: trigger.slice(text).to_string(),
                gold: gold.iter().map(|g| g.slice(text).to_string()).collect(),
                chosen: strict.or(loose).map(|p| {
                    let s = show(p);
                    let t = run.chosen.map_or(0, |c| c.tier);
                    if strict.is_some() {
                        format!("{s} tier {t}")
                    } else {
                        format!("({s} tier {t})")
                    }
                }),
                found: run.places.iter().map(show).collect(),
            });
        }
    }
    r.attached.by_cue = cue_table(cues.0);
    r.any_tier.by_cue = cue_table(cues.1);
    Ok(r)
}

impl LocationReport {
    /// Drop the error list (for `--format json` without `--errors`).
    pub fn without_errors(mut self) -> Self {
        self.errors.clear();
        self
    }

    pub fn to_text(&self, show_errors: bool) -> String {
        use std::fmt::Write;
        let mut s = String::new();
        let n = self.records - self.skipped;
        let _ = writeln!(
            s,
            "{} records ({} with a gold place, {} without; {} skipped); coder coded the gold trigger in {} ({:.3})",
            self.records,
            self.with_gold,
            self.gold_empty,
            self.skipped,
            self.coded_at_trigger,
            ratio(self.coded_at_trigger, n)
        );
        for (name, a) in [
            (
                "pipeline: place attached to the event's clause (tiers 0-2)",
                &self.attached,
            ),
            (
                "any tier (attached, else another place of the sentence; not used)",
                &self.any_tier,
            ),
        ] {
            let _ = writeln!(s, "{name}:");
            let _ = writeln!(
                s,
                "  exact-span agreement   {:>6} ({:.3})",
                a.exact,
                ratio(a.exact, n)
            );
            let _ = writeln!(
                s,
                "  overlap agreement      {:>6} ({:.3})",
                a.overlap,
                ratio(a.overlap, n)
            );
            let _ = writeln!(
                s,
                "  same-place agreement   {:>6} ({:.3})",
                a.same_place,
                ratio(a.same_place, n)
            );
            let _ = writeln!(
                s,
                "  with a gold place: exact {} ({:.3}), no place chosen {} ({:.3})",
                a.with_gold_exact,
                ratio(a.with_gold_exact, self.with_gold),
                a.with_gold_none,
                ratio(a.with_gold_none, self.with_gold)
            );
            let _ = writeln!(
                s,
                "  without a gold place: no place chosen either {} ({:.3})",
                a.empty_none,
                ratio(a.empty_none, self.gold_empty)
            );
            let _ = writeln!(s, "  chosen places by cue (chosen, exact):");
            for (c, k, e) in &a.by_cue {
                let _ = writeln!(s, "    {c:<10} {k:>6} {e:>6} ({:.3})", ratio(*e, *k));
            }
        }
        let _ = writeln!(
            s,
            "place finder recall on gold spans: exact {} ({:.3}), overlapping {} ({:.3}) of {}",
            self.gold_found_exact,
            ratio(self.gold_found_exact, self.gold_spans),
            self.gold_found_overlap,
            ratio(self.gold_found_overlap, self.gold_spans),
            self.gold_spans
        );
        let _ = writeln!(
            s,
            "choices by tier (chosen, exact, gold has no place; the pipeline uses tiers 0-2):"
        );
        for (t, [k, e, none]) in self.by_tier.iter().enumerate() {
            let _ = writeln!(
                s,
                "  tier {t} {k:>6} {e:>6} ({:.3}) {none:>6} ({:.3})",
                ratio(*e, *k),
                ratio(*none, *k)
            );
        }
        if show_errors {
            for e in &self.errors {
                let _ = writeln!(
                    s,
                    "\n{}: {}\n  trigger {:?}; gold {:?}; chosen {}; found {:?}",
                    e.id,
                    e.text,
                    e.trigger,
                    e.gold,
                    e.chosen.as_deref().unwrap_or("none"),
                    e.found
                );
            }
        }
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chosen(text: &str, trigger: &str) -> Option<String> {
        let pipe = Pipeline::builtin();
        let at = text.find(trigger).expect("trigger in text");
        let run = locate_event(&pipe, text, Span::new(at, at + trigger.len()));
        run.chosen
            .filter(|c| c.attached())
            .map(|c| run.places[c.index].span.slice(text).to_string())
    }

    #[test]
    fn char_offsets_become_byte_offsets() {
        let t = "Café in Bogotá, then Quito.";
        let sp = char_span(t, 8, 14).unwrap();
        assert_eq!(sp.slice(t), "Bogotá");
        let sp = char_span(t, 21, 26).unwrap();
        assert_eq!(sp.slice(t), "Quito");
        assert!(char_span(t, 21, 99).is_none());
        assert_eq!(char_span("abc", 0, 3), Some(Span::new(0, 3)));
    }

    #[test]
    fn place_after_in_is_chosen() {
        assert_eq!(
            chosen("Soldiers arrested four men in Mosul on Friday.", "arrested").as_deref(),
            Some("Mosul")
        );
    }

    #[test]
    fn report_counts_agreement() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("g.jsonl");
        let lines = [
            r#"{"id":"a","text":"Police detained three students in Lagos.","verb":[{"start":7,"end":15}],"event_locations":[{"start":34,"end":39}]}"#,
            r#"{"id":"b","text":"The minister resigned on Tuesday.","verb":[{"start":13,"end":21}],"event_locations":[]}"#,
        ];
        std::fs::write(&p, lines.join("\n")).unwrap();
        let r = eval_event_location(&Pipeline::builtin(), &p).unwrap();
        assert_eq!(r.records, 2);
        assert_eq!(r.with_gold, 1);
        assert_eq!(r.gold_empty, 1);
        assert_eq!(r.attached.exact, 2, "{}", r.to_text(true));
        assert_eq!(r.attached.empty_none, 1);
        assert_eq!(r.any_tier.exact, 2);
        assert_eq!(r.gold_found_exact, 1);
    }
}
