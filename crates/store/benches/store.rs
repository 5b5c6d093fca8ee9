//! Store benchmarks: article insert throughput and `dyad` query latency.
//!
//! ```text
//! cargo bench -p attache-store --bench store
//! ATTACHE_BENCH_EVENTS=10000000 cargo bench -p attache-store --bench store -- dyad
//! ```
//!
//! * `insert`: 2,048 synthetic articles (~600 words, 8 events each, 10% near-duplicate
//!   copies) stored through `Batch::add` in transactions of 256 into a fresh file database:
//!   MinHash, LSH lookup, fusion and FTS indexing included.
//! * `signature`: the MinHash signature of one ~600-word article.
//! * `dyad`: a synthetic events table of `ATTACHE_BENCH_EVENTS` rows (default 1,000,000;
//!   60 countries with Zipf popularity, 8 roles, 5 years) built once and kept in
//!   `target/tmp/`; then country-level and code-level dyads by month and by day.
//!   The database size per event is printed when the table is built or reused.

use attache_model::{
    ActorRef, Article, DatePrecision, Event, Location, Modality, PlacePrecision, Trigger,
};
use attache_store::{ActorMatch, Period, Store};
use chrono::NaiveDate;
use criterion::{criterion_group, criterion_main, BatchSize, Criterion, Throughput};
use std::hint::black_box;

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
    /// Zipf-like rank in 0..n (weight 1/(k+1)).
    fn zipf(&mut self, cdf: &[f64]) -> usize {
        let u = (self.next() >> 11) as f64 / (1u64 << 53) as f64;
        cdf.partition_point(|c| *c < u).min(cdf.len() - 1)
    }
}

const COUNTRIES: &[&str] = &[
    "USA", "RUS", "CHN", "UKR", "ISR", "IRN", "GBR", "FRA", "DEU", "TUR", "IND", "PAK", "SYR",
    "IRQ", "AFG", "JPN", "KOR", "PRK", "SAU", "EGY", "NGA", "ZAF", "BRA", "MEX", "CAN", "AUS",
    "ITA", "ESP", "POL", "GRC", "LBN", "YEM", "SDN", "ETH", "KEN", "SOM", "LBY", "VEN", "COL",
    "ARG", "CHL", "PER", "IDN", "PHL", "VNM", "THA", "MMR", "BGD", "NPL", "LKA", "QAT", "ARE",
    "JOR", "MAR", "DZA", "TUN", "MLI", "NER", "COD", "HTI",
];
const ROLES: &[&str] = &["", "GOV", "MIL", "CVL", "OPP", "REB", "COP", "BUS"];
const CODES: &[(&str, u8, f64)] = &[
    ("010", 1, 0.0),
    ("036", 1, 4.0),
    ("042", 1, 1.9),
    ("057", 2, 8.0),
    ("070", 2, 7.0),
    ("111", 3, -2.0),
    ("112", 3, -2.0),
    ("130", 3, -4.4),
    ("141", 3, -6.5),
    ("173", 4, -5.0),
    ("190", 4, -10.0),
    ("193", 4, -10.0),
];

fn zipf_cdf(n: usize) -> Vec<f64> {
    let w: Vec<f64> = (0..n).map(|k| 1.0 / (k + 1) as f64).collect();
    let total: f64 = w.iter().sum();
    let mut acc = 0.0;
    w.iter()
        .map(|x| {
            acc += x / total;
            acc
        })
        .collect()
}

fn actor(r: &mut Rng, cdf: &[f64]) -> String {
    format!(
        "{}{}",
        COUNTRIES[r.zipf(cdf)],
        ROLES[r.below(ROLES.len() as u64) as usize]
    )
}

fn words(r: &mut Rng, n: usize) -> String {
    (0..n)
        .map(|_| format!("w{}", r.below(20_000)))
        .collect::<Vec<_>>()
        .join(" ")
}

/// `n` coded articles: ~600 words, 8 events, every 10th a near-copy of an earlier one.
fn articles(n: usize, seed: u64) -> Vec<(Article, Vec<Event>)> {
    let mut r = Rng(seed | 1);
    let cdf = zipf_cdf(COUNTRIES.len());
    let base = NaiveDate::from_ymd_opt(2024, 1, 1).unwrap();
    let mut out: Vec<(Article, Vec<Event>)> = Vec::with_capacity(n);
    for i in 0..n {
        let date = base + chrono::Duration::days(r.below(365) as i64);
        let (text, mut events) = if i % 10 == 9 && i > 20 {
            let (src, evs) = &out[r.below(i as u64 - 1) as usize];
            (
                format!("LONDON (Wire) - {} Editing by the desk.", src.text),
                evs.clone(),
            )
        } else {
            let t = words(&mut r, 600);
            let mut evs = Vec::new();
            for s in 0..8 {
                let (cameo, quad, g) = CODES[r.below(CODES.len() as u64) as usize];
                let (src, tgt) = (actor(&mut r, &cdf), actor(&mut r, &cdf));
                let aref = |c: &str| ActorRef {
                    text: format!("{c} text"),
                    code: Some(c.to_string()),
                    country: Some(c[..3].to_string()),
                    org: None,
                    role: None,
                    start: 0,
                    end: 1,
                };
                evs.push(Event {
                    id: format!("{:016x}", r.next()),
                    article_id: String::new(),
                    sentence: s * 3,
                    evidence: words(&mut r, 25),
                    date: Some(
                        (date - chrono::Duration::days(r.below(3) as i64))
                            .format("%Y-%m-%d")
                            .to_string(),
                    ),
                    date_precision: Some(DatePrecision::Day),
                    date_span: None,
                    source: Some(aref(&src)),
                    target: Some(aref(&tgt)),
                    cameo: cameo.into(),
                    root: cameo[..2].into(),
                    quad_class: quad,
                    goldstein: g,
                    plover: None,
                    location: Some(Location {
                        name: format!("City{}", r.below(500)),
                        country: Some(src[..3].to_string()),
                        admin1: None,
                        lat: Some(1.0),
                        lon: Some(2.0),
                        precision: PlacePrecision::Place,
                        span: None,
                    }),
                    trigger: Trigger {
                        text: "met".into(),
                        start: 0,
                        end: 3,
                    },
                    confidence: 0.8,
                    rule: format!("data/events/{cameo}.txt:{}", r.below(200)),
                    modality: Modality::Asserted,
                    background: false,
                    reported_by: None,
                    is_root: s == 0,
                });
            }
            (t, evs)
        };
        let id = format!("bench-{seed}-{i}");
        for e in &mut events {
            e.article_id = id.clone();
        }
        out.push((
            Article {
                id,
                source: Some(format!("outlet{}", r.below(40))),
                url: None,
                title: None,
                date: date.and_hms_opt(12, 0, 0),
                lang: None,
                text,
                origin: String::new(),
            },
            events,
        ));
    }
    out
}

/// CPU time of the calling thread, in seconds (Linux), to report throughput
/// that does not depend on what else the machine is doing.
fn thread_cpu_secs() -> Option<f64> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    Some(s.split_whitespace().next()?.parse::<f64>().ok()? / 1e9)
}

fn insert(c: &mut Criterion) {
    let n = 2048;
    let data = articles(n, 7);
    {
        // One pass measured in CPU time, and the size of a realistic store.
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(dir.path().join("b.db")).unwrap();
        let (t, cpu) = (std::time::Instant::now(), thread_cpu_secs());
        for chunk in data.chunks(attache_store::BATCH_ARTICLES) {
            let mut batch = store.batch().unwrap();
            for (a, evs) in chunk {
                batch.add(a, 30, evs).unwrap();
            }
            batch.commit().unwrap();
        }
        store.checkpoint().unwrap();
        let wall = t.elapsed().as_secs_f64();
        let st = store.stats().unwrap();
        if let (Some(c0), Some(c1)) = (cpu, thread_cpu_secs()) {
            eprintln!(
                "insert: {n} articles, {} mentions in {wall:.2} s wall, {:.2} s CPU: {:.0} articles and {:.0} mentions per CPU-second",
                st.mentions,
                c1 - c0,
                n as f64 / (c1 - c0),
                st.mentions as f64 / (c1 - c0)
            );
        }
        eprintln!(
            "insert: store of {} articles ({} copies), {} events, {} mentions: {:.1} MB = {:.0} bytes per event, {:.0} per mention",
            st.articles,
            st.duplicates,
            st.events,
            st.mentions,
            st.bytes as f64 / 1e6,
            st.bytes_per_event,
            st.bytes as f64 / st.mentions as f64
        );
    }
    let mut g = c.benchmark_group("insert");
    g.sample_size(10);
    g.throughput(Throughput::Elements(n as u64));
    g.bench_function("articles_8_events_each", |b| {
        b.iter_batched(
            || {
                let dir = tempfile::tempdir().unwrap();
                let store = Store::open(dir.path().join("b.db")).unwrap();
                (dir, store)
            },
            |(dir, mut store)| {
                for chunk in data.chunks(attache_store::BATCH_ARTICLES) {
                    let mut batch = store.batch().unwrap();
                    for (a, evs) in chunk {
                        black_box(batch.add(a, 30, evs).unwrap());
                    }
                    batch.commit().unwrap();
                }
                (dir, store)
            },
            BatchSize::PerIteration,
        )
    });
    g.finish();
}

/// Build (or reuse) a store with `n` synthetic canonical events.
fn events_db(n: u64) -> Store {
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR"));
    let path = dir.join(format!("attache-bench-{n}.db"));
    if path.exists() {
        let s = Store::open(&path).unwrap();
        let have: i64 = s
            .conn()
            .query_row("SELECT count(*) FROM events", [], |r| r.get(0))
            .unwrap();
        if have as u64 == n {
            report_size(&s, n);
            return s;
        }
        drop(s);
        let _ = std::fs::remove_file(&path);
    }
    eprintln!("building {n} synthetic events in {} ...", path.display());
    let t = std::time::Instant::now();
    let s = Store::open(&path).unwrap();
    let mut r = Rng(12345);
    let cdf = zipf_cdf(COUNTRIES.len());
    let base = NaiveDate::from_ymd_opt(2020, 1, 1).unwrap();
    {
        let tx = s.conn().unchecked_transaction().unwrap();
        tx.execute("INSERT INTO outlets(name) VALUES ('bench')", [])
            .unwrap();
        tx.execute(
            "INSERT INTO articles(ext_id, content_hash, outlet, bytes, sentences, events, ingested_at)
             VALUES ('bench', 0, 1, 0, 0, 0, 0)",
            [],
        )
        .unwrap();
        tx.commit().unwrap();
    }
    let mut done = 0u64;
    while done < n {
        let tx = s.conn().unchecked_transaction().unwrap();
        {
            let mut st = tx
                .prepare_cached(
                    "INSERT INTO events(fkey, day, date_precision, source, target, source_name,
                        target_name, cameo, root, quad, goldstein, place_name, place_country, lat, lon,
                        place_precision, num_mentions, num_sources, num_articles, is_root, confidence,
                        first_seen, first_article, added)
                     VALUES (?1, ?2, 'day', ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, 1.5, 2.5,
                        'place', ?13, ?14, ?14, ?15, 0.8, NULL, 1, 0)",
                )
                .unwrap();
            for _ in 0..100_000.min(n - done) {
                let (src, tgt) = (actor(&mut r, &cdf), actor(&mut r, &cdf));
                let (cameo, quad, g) = CODES[r.below(CODES.len() as u64) as usize];
                let d = base + chrono::Duration::days(r.below(5 * 365) as i64);
                let day: i64 = d.format("%Y%m%d").to_string().parse().unwrap();
                let m = 1 + r.below(4) as i64;
                st.execute(rusqlite::params![
                    &(r.next() as i64),
                    &day,
                    &src,
                    &tgt,
                    &format!("{src} text"),
                    &format!("{tgt} text"),
                    &cameo.to_string(),
                    &cameo[..2].to_string(),
                    &(quad as i64),
                    &g,
                    &format!("City{}", r.below(500)),
                    &src[..3].to_string(),
                    &m,
                    &m.min(2),
                    &((r.below(3) == 0) as i64),
                ])
                .unwrap();
                done += 1;
            }
        }
        tx.commit().unwrap();
    }
    // The actor table and totals that ingest keeps up to date.
    s.conn()
        .execute_batch(
            "INSERT INTO actors(code, name, as_source, as_target, mentions)
             SELECT code, code, sum(s), sum(t), sum(s) + sum(t) FROM
                (SELECT source AS code, 1 AS s, 0 AS t FROM events UNION ALL SELECT target, 0, 1 FROM events)
             GROUP BY code;
             INSERT INTO totals(key, value) SELECT 'quad' || quad, count(*) FROM events GROUP BY quad;
             INSERT INTO totals(key, value) SELECT 'root_events', count(*) FROM events WHERE is_root = 1;
             ANALYZE;",
        )
        .unwrap();
    s.checkpoint().unwrap();
    eprintln!("built in {:.1}s", t.elapsed().as_secs_f64());
    report_size(&s, n);
    s
}

fn report_size(s: &Store, n: u64) {
    let st = s.stats().unwrap();
    eprintln!(
        "events table: {n} events, database {:.1} MB = {:.0} bytes per event (synthetic events only: no articles, mentions or text)",
        st.bytes as f64 / 1e6,
        st.bytes as f64 / n as f64
    );
}

fn dyad(c: &mut Criterion) {
    let n: u64 = std::env::var("ATTACHE_BENCH_EVENTS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1_000_000);
    let s = events_db(n);
    let m = |x: &str| ActorMatch::parse(x).unwrap();
    let mut g = c.benchmark_group(format!("dyad_{n}_events"));
    g.sample_size(30);
    for (name, a, b, by, both) in [
        ("USA_RUS_month", "USA", "RUS", Period::Month, false),
        ("USA_RUS_both_week", "USA", "RUS", Period::Week, true),
        ("USAGOV_CHNGOV_day", "USAGOV", "CHNGOV", Period::Day, false),
        ("ISR_IRN_day", "ISR", "IRN", Period::Day, false),
    ] {
        let rows = s.dyad(&m(a), &m(b), by, both, None, None).unwrap();
        let total: i64 = rows.iter().map(|r| r.total).sum();
        eprintln!("{name}: {total} events in {} periods", rows.len());
        g.bench_function(name, |bch| {
            bch.iter(|| black_box(s.dyad(&m(a), &m(b), by, both, None, None).unwrap()))
        });
    }
    g.finish();
}

/// The MinHash signature of one ~600-word article (what `ingest`'s coder
/// threads compute for each article besides coding it).
fn signature(c: &mut Criterion) {
    let mut r = Rng(11);
    let text = words(&mut r, 600);
    let mut g = c.benchmark_group("signature");
    g.throughput(Throughput::Bytes(text.len() as u64));
    g.bench_function("article_600_words", |b| {
        b.iter(|| attache_store::minhash::Signature::of(black_box(&text)))
    });
    g.finish();
}

criterion_group!(benches, insert, dyad, signature);
criterion_main!(benches);
