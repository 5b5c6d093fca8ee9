//! Recall of the place finder on annotated place spans (Halterman's
//! event-location format: one JSON object a line with `text` and
//! `event_locations`, offsets in characters).
//!
//! ```text
//! cargo run --release -p attache-place --example eval_spans -- ../shared/dev/event_location.jsonl [--misses] [--found]
//! ```
//!
//! Every sentence is read on its own with no article context, so the figures
//! are a little below those of `attache eval --gold-format event-location`,
//! which gives the finder the actors' countries. `--misses` lists the gold
//! names never found (with counts), `--found` the names found that no gold
//! span overlaps (a rough look at false alarms; gold spans mark only the
//! event's place).

use std::collections::HashMap;

use attache_model::Span;
use attache_place::{find_places, PlaceContext};

fn byte_offset(text: &str, chars: usize) -> Option<usize> {
    if chars == text.chars().count() {
        return Some(text.len());
    }
    text.char_indices().nth(chars).map(|(b, _)| b)
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let path = args
        .iter()
        .find(|a| !a.starts_with("--"))
        .expect("usage: eval_spans FILE [--misses] [--found]");
    let show_misses = args.iter().any(|a| a == "--misses");
    let show_found = args.iter().any(|a| a == "--found");
    let data = std::fs::read_to_string(path).expect("read the file");
    let (mut gold_n, mut exact, mut overlap, mut found_n, mut unmatched) = (0, 0, 0, 0, 0);
    let mut no_coords = 0;
    let mut misses: HashMap<String, usize> = HashMap::new();
    let mut extra: HashMap<String, usize> = HashMap::new();
    let mut out = Vec::new();
    let t0 = std::time::Instant::now();
    for line in data.lines().filter(|l| !l.trim().is_empty()) {
        let v: serde_json::Value = serde_json::from_str(line).expect("a JSON line");
        let text = v["text"].as_str().unwrap_or("");
        out.clear();
        find_places(
            text,
            Span::new(0, text.len()),
            &PlaceContext::default(),
            &mut out,
        );
        found_n += out.len();
        no_coords += out.iter().filter(|m| m.location.lat.is_none()).count();
        let mut gold_spans = Vec::new();
        for g in v["event_locations"].as_array().into_iter().flatten() {
            let (Some(s), Some(e)) = (g["start"].as_u64(), g["end"].as_u64()) else {
                continue;
            };
            let (Some(s), Some(e)) = (byte_offset(text, s as usize), byte_offset(text, e as usize))
            else {
                continue;
            };
            let sp = Span::new(s, e);
            gold_spans.push(sp);
            gold_n += 1;
            if out.iter().any(|m| m.span == sp) {
                exact += 1;
            }
            if out.iter().any(|m| m.span.overlaps(sp)) {
                overlap += 1;
            } else {
                *misses.entry(text[s..e].to_string()).or_default() += 1;
            }
        }
        for m in &out {
            if !gold_spans.iter().any(|g| g.overlaps(m.span)) {
                unmatched += 1;
                *extra
                    .entry(format!(
                        "{} [{}] -> {} {}",
                        &text[m.span.start..m.span.end],
                        m.cue.as_str(),
                        m.location.name,
                        m.location.country.as_deref().unwrap_or("-")
                    ))
                    .or_default() += 1;
            }
        }
    }
    let pct = |a: usize, b: usize| 100.0 * a as f64 / b.max(1) as f64;
    println!(
        "gold spans {gold_n}: found exactly {exact} ({:.1}%), overlapping {overlap} ({:.1}%)",
        pct(exact, gold_n),
        pct(overlap, gold_n)
    );
    println!(
        "mentions found {found_n} ({no_coords} without coordinates); overlapping no gold span {unmatched}; {:.0} ms",
        t0.elapsed().as_secs_f64() * 1000.0
    );
    let list = |m: &HashMap<String, usize>| {
        let mut v: Vec<_> = m.iter().collect();
        v.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
        for (k, n) in v {
            println!("{n:5}  {k}");
        }
    };
    if show_misses {
        println!("--- gold names never found");
        list(&misses);
    }
    if show_found {
        println!("--- found names overlapping no gold span");
        list(&extra);
    }
}
