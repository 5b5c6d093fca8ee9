//! Score place recognition on TR-News (gold toponyms with coordinates).
//!
//! ```text
//! cargo run --release -p attache-place --example eval_trnews -- ../shared/dev/places_trnews.jsonl [--demonyms] [--misses N]
//! ```
//!
//! Reads the file given on the command line (never copied into the repo).
//! Sentences are cut naively (line breaks and ". "); the article context is
//! the countries the article names most often, as the pipeline's actor and
//! dateline countries would be.

use std::collections::HashMap;

use attache_model::Span;
use attache_place::{
    find_demonyms, find_places, resolve_dateline, Gazetteer, PlaceContext, PlaceKind, PlaceMention,
};

fn sentences(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let b = text.as_bytes();
    let mut start = 0;
    let mut i = 0;
    while i < b.len() {
        let end_here = b[i] == b'\n'
            || (matches!(b[i], b'.' | b'!' | b'?')
                && i + 2 < b.len()
                && b[i + 1] == b' '
                && b[i + 2].is_ascii_uppercase()
                && (i < 2 || b[i - 2] != b' ' && b[i - 2] != b'.')
                && !abbreviation_before(b, i));
        if end_here {
            let e = if b[i] == b'\n' { i } else { i + 1 };
            if e > start {
                out.push(Span::new(start, e));
            }
            start = i + 1;
        }
        i += 1;
    }
    if start < b.len() {
        out.push(Span::new(start, b.len()));
    }
    out
}

/// "St." / "Mr." / "Gen." end no sentence.
fn abbreviation_before(b: &[u8], i: usize) -> bool {
    let start = b[..i]
        .iter()
        .rposition(|c| !c.is_ascii_alphabetic())
        .map_or(0, |p| p + 1);
    matches!(
        &b[start..i],
        b"St"
            | b"Mr"
            | b"Mrs"
            | b"Ms"
            | b"Dr"
            | b"Gen"
            | b"Sen"
            | b"Rep"
            | b"Gov"
            | b"Lt"
            | b"Col"
            | b"Jr"
            | b"Sr"
            | b"No"
            | b"Mt"
            | b"Ft"
            | b"Rev"
            | b"Capt"
            | b"Sgt"
            | b"Const"
    )
}

fn around(text: &str, sp: Span) -> String {
    let mut a = sp.start.saturating_sub(50);
    while !text.is_char_boundary(a) {
        a -= 1;
    }
    let mut b = (sp.end + 40).min(text.len());
    while !text.is_char_boundary(b) {
        b += 1;
    }
    text[a..b].replace('\n', " ")
}

/// How far ahead of every same-named place in another country a town's
/// best reading must score for the town to give the article a country.
const SURE_MARGIN: f32 = 0.25;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let path = args
        .get(1)
        .expect("usage: eval_trnews FILE.jsonl [--demonyms] [--misses N]");
    let demonyms = args.iter().any(|a| a == "--demonyms");
    let show_misses: usize = args
        .iter()
        .position(|a| a == "--misses")
        .and_then(|i| args.get(i + 1))
        .and_then(|n| n.parse().ok())
        .unwrap_or(0);
    let g = Gazetteer::get();
    let data = std::fs::read_to_string(path).expect("read file");
    let (mut gold_n, mut found, mut with_coord, mut within50, mut country_ok, mut country_n) =
        (0, 0, 0, 0, 0, 0);
    let (mut pred_n, mut pred_ok) = (0, 0);
    let mut misses: Vec<String> = Vec::new();
    // By gold feature class: P = populated places, A1 = first-level
    // divisions, C = countries: (gold, found, within 50 km, right country).
    let mut by_class: HashMap<&'static str, [usize; 4]> = HashMap::new();
    let mut wrong: Vec<String> = Vec::new();
    let mut spurious: HashMap<String, usize> = HashMap::new();
    let t0 = std::time::Instant::now();
    let mut n_sent = 0;
    for line in data.lines().filter(|l| !l.trim().is_empty()) {
        let v: serde_json::Value = serde_json::from_str(line).expect("json");
        let text = v["text"].as_str().unwrap_or("");
        let sents = sentences(text);
        n_sent += sents.len();
        // Pass 1: countries the article names, most frequent first.
        let mut first: Vec<PlaceMention> = Vec::new();
        for s in &sents {
            find_places(text, *s, &PlaceContext::default(), &mut first);
        }
        let mut counts: HashMap<String, usize> = HashMap::new();
        // Divisions the article names (as division mentions), most frequent first.
        let mut div_counts: HashMap<(String, String), usize> = HashMap::new();
        for m in &first {
            if m.location.precision == attache_model::PlacePrecision::Admin1 {
                if let (Some(c), Some(a)) = (&m.location.country, &m.location.admin1) {
                    *div_counts.entry((c.clone(), a.clone())).or_default() += 1;
                }
            }
        }
        // Only the surer places count: countries, divisions and towns whose
        // name no town of another country comes close to (a mis-read
        // "London" or "Edmonton" must not pull the other names abroad),
        // each name once.
        let mut seen: std::collections::HashSet<(String, String)> = Default::default();
        for m in &first {
            let Some(c) = &m.location.country else {
                continue;
            };
            let name = m.span.slice(text).to_string();
            if !seen.insert((name.clone(), c.clone())) {
                continue;
            }
            let w = match m.location.precision {
                attache_model::PlacePrecision::Country => 2,
                attache_model::PlacePrecision::Admin1 => 1,
                attache_model::PlacePrecision::Place => {
                    let cands = g.candidates(&name, None);
                    let best = cands.first().map_or(0.0, |b| b.score);
                    let rival = cands
                        .iter()
                        .any(|x| x.iso3 != c.as_str() && x.score >= best - SURE_MARGIN);
                    usize::from(!rival)
                }
            };
            *counts.entry(c.clone()).or_default() += w;
        }
        let mut cs: Vec<(String, usize)> = counts.into_iter().collect();
        cs.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        // A dateline ("GLASGOW, Ky. (WBKO) --") gives the first country, as
        // the pipeline's dateline reader would.
        let head: String = text.chars().take(60).collect();
        let dl = head
            .split(" (")
            .next()
            .filter(|h| h.len() < head.len() && h.chars().next().is_some_and(|c| c.is_uppercase()))
            .and_then(|h| {
                let first = h.split(',').next().unwrap_or(h);
                (first
                    .chars()
                    .filter(|c| c.is_alphabetic())
                    .all(|c| c.is_uppercase()))
                .then(|| resolve_dateline(h, &PlaceContext::default()))
                .flatten()
            });
        // The dateline's division ("GLASGOW, Ky."), as the pipeline's dateline reader gives it.
        let known: Vec<attache_model::Location> = dl.iter().cloned().collect();
        let dl_div = dl
            .as_ref()
            .and_then(|l| Some((l.country.clone()?, l.admin1.clone()?)));
        let dl = dl.and_then(|l| l.country);
        if let Some(c) = &dl {
            cs.retain(|(x, _)| x != c);
            cs.insert(0, (c.clone(), 0));
        }
        let ctx_codes: Vec<&str> = cs.iter().take(3).map(|(c, _)| c.as_str()).collect();
        let mut ds: Vec<((String, String), usize)> = div_counts.into_iter().collect();
        ds.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        if let Some((c, a)) = dl_div {
            ds.retain(|(d, _)| *d != (c.clone(), a.clone()));
            ds.insert(0, ((c, a), 0));
        }
        let ctx_divs: Vec<(&str, &str)> = if std::env::var("NO_DIVS").is_ok() {
            Vec::new()
        } else {
            ds.iter()
                .take(3)
                .map(|((c, a), _)| (c.as_str(), a.as_str()))
                .collect()
        };
        let ctx = PlaceContext {
            countries: &ctx_codes,
            divisions: &ctx_divs,
            known: if std::env::var("NO_KNOWN").is_ok() {
                &[]
            } else {
                &known
            },
        };
        let mut pred: Vec<PlaceMention> = Vec::new();
        for s in &sents {
            find_places(text, *s, &ctx, &mut pred);
            if demonyms {
                find_demonyms(text, *s, &mut pred);
            }
        }
        let gold = v["toponyms"].as_array().cloned().unwrap_or_default();
        // Gold offsets count characters; ours count bytes.
        let mut c2b: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
        c2b.push(text.len());
        let at = |c: u64| c2b.get(c as usize).copied().unwrap_or(text.len());
        let gold_spans: Vec<Span> = gold
            .iter()
            .map(|t| {
                Span::new(
                    at(t["start"].as_u64().unwrap()),
                    at(t["end"].as_u64().unwrap()),
                )
            })
            .collect();
        for m in &pred {
            pred_n += 1;
            if gold_spans.iter().any(|s| s.overlaps(m.span)) {
                pred_ok += 1;
            } else {
                let k = if std::env::var("CTX").is_ok() {
                    format!(
                        "{} -> {} {:?} …{}…",
                        m.span.slice(text),
                        m.location.name,
                        m.location.country,
                        around(text, m.span)
                    )
                } else {
                    m.span.slice(text).to_string()
                };
                *spurious.entry(k).or_default() += 1;
            }
        }
        for (t, sp) in gold.iter().zip(&gold_spans) {
            gold_n += 1;
            let hit = pred.iter().find(|m| m.span.overlaps(*sp));
            let coord = t["lat"].as_f64().zip(t["lon"].as_f64());
            let gold_country = t["country"].as_str().and_then(|c| {
                g.candidates(c, None)
                    .into_iter()
                    .find(|c| c.kind == PlaceKind::Country)
                    .map(|c| c.iso3)
            });
            if coord.is_some() {
                with_coord += 1;
            }
            if gold_country.is_some() {
                country_n += 1;
            }
            let fcode = t["fcode"].as_str().unwrap_or("");
            let class = if fcode.starts_with("PPL") {
                "P (towns)"
            } else if fcode == "ADM1" {
                "A1 (divisions)"
            } else if fcode.starts_with("PCL") {
                "C (countries)"
            } else {
                "other"
            };
            let row = by_class.entry(class).or_default();
            row[0] += 1;
            if let Some(m) = hit {
                row[1] += 1;
                if let (Some(gc), Some(lat), Some(lon)) = (coord, m.location.lat, m.location.lon) {
                    if attache_place::great_circle_km(gc, (lat, lon)) <= 50.0 {
                        row[2] += 1;
                    }
                }
                if gold_country.is_some() && gold_country.map(str::to_string) == m.location.country
                {
                    row[3] += 1;
                }
            }
            match hit {
                None => misses.push(if std::env::var("CTX").is_ok() {
                    format!(
                        "{} [{}] …{}…",
                        sp.slice(text),
                        t["fcode"].as_str().unwrap_or("-"),
                        around(text, *sp)
                    )
                } else {
                    format!(
                        "{} [{}]",
                        sp.slice(text),
                        t["fcode"].as_str().unwrap_or("-")
                    )
                }),
                Some(m) => {
                    found += 1;
                    if let (Some(gc), Some(lat), Some(lon)) =
                        (coord, m.location.lat, m.location.lon)
                    {
                        let d = attache_place::great_circle_km(gc, (lat, lon));
                        if d <= 50.0 {
                            within50 += 1;
                        } else {
                            wrong.push(format!(
                                "{} -> {} {:?} ({:.0} km) gold {} {}",
                                sp.slice(text),
                                m.location.name,
                                m.location.country,
                                d,
                                t["name"].as_str().unwrap_or(""),
                                t["fcode"].as_str().unwrap_or("")
                            ));
                        }
                    }
                    if gold_country.is_some()
                        && gold_country.map(str::to_string) == m.location.country
                    {
                        country_ok += 1;
                    } else if gold_country.is_some() && m.location.lat.is_none() {
                        wrong.push(format!(
                            "{} -> {} {:?} (no coordinates) gold {} {:?}",
                            sp.slice(text),
                            m.location.name,
                            m.location.country,
                            t["name"].as_str().unwrap_or(""),
                            gold_country
                        ));
                    }
                }
            }
        }
    }
    let el = t0.elapsed();
    let pct = |a: usize, b: usize| 100.0 * a as f64 / b.max(1) as f64;
    println!(
        "articles: {}  sentences: {}  time: {:.1} ms (gazetteer loaded before)",
        data.lines().count(),
        n_sent,
        el.as_secs_f64() * 1e3
    );
    println!(
        "gold toponyms: {gold_n}; found (span overlap): {found} ({:.1}%)",
        pct(found, gold_n)
    );
    println!(
        "resolved within 50 km: {within50} of {with_coord} with coordinates ({:.1}%; {:.1}% of those found)",
        pct(within50, with_coord),
        100.0 * within50 as f64 / found.max(1) as f64
    );
    println!(
        "right country: {country_ok} of {country_n} with a country ({:.1}%)",
        pct(country_ok, country_n)
    );
    println!(
        "predicted mentions: {pred_n}; overlapping a gold toponym: {pred_ok} ({:.1}% precision)",
        pct(pred_ok, pred_n)
    );
    let mut classes: Vec<_> = by_class.into_iter().collect();
    classes.sort();
    for (c, r) in classes {
        println!(
            "  {c:15} gold {:4}  found {:5.1}%  within 50 km {:5.1}% of found  right country {:5.1}% of found",
            r[0],
            pct(r[1], r[0]),
            pct(r[2], r[1]),
            pct(r[3], r[1])
        );
    }
    if show_misses > 0 {
        let mut mc: HashMap<&String, usize> = HashMap::new();
        for m in &misses {
            *mc.entry(m).or_default() += 1;
        }
        let mut mc: Vec<_> = mc.into_iter().collect();
        mc.sort_by_key(|m| std::cmp::Reverse(m.1));
        println!("\n-- missed (most frequent first):");
        for (m, c) in mc.iter().take(show_misses) {
            println!("{c:4} {m}");
        }
        println!("\n-- resolved > 50 km:");
        for w in wrong.iter().take(show_misses) {
            println!("  {w}");
        }
        let mut sp: Vec<_> = spurious.into_iter().collect();
        sp.sort_by_key(|m| std::cmp::Reverse(m.1));
        println!("\n-- predicted, not gold:");
        for (s, c) in sp.iter().take(show_misses) {
            println!("{c:4} {s}");
        }
    }
}
