//! Time and memory of loading the gazetteer.
//!
//! ```text
//! cargo run --release -p attache-place --example load_stats
//! ```
//! Prints resident memory (from /proc/self/status, Linux) before and after
//! the first `Gazetteer::get()`, the load time, and the table sizes.

use attache_place::Gazetteer;

fn rss_kb() -> Option<u64> {
    let s = std::fs::read_to_string("/proc/self/status").ok()?;
    s.lines()
        .find(|l| l.starts_with("VmRSS:"))?
        .split_whitespace()
        .nth(1)?
        .parse()
        .ok()
}

fn main() {
    let before = rss_kb();
    let t = std::time::Instant::now();
    let g = Gazetteer::get();
    let el = t.elapsed();
    let after = rss_kb();
    let (c, a, p, k) = g.stats();
    println!("load: {:.1} ms", el.as_secs_f64() * 1e3);
    if let (Some(b), Some(a)) = (before, after) {
        println!(
            "RSS before: {:.1} MB, after: {:.1} MB, added: {:.1} MB",
            b as f64 / 1024.0,
            a as f64 / 1024.0,
            (a - b) as f64 / 1024.0
        );
    }
    println!("countries {c}, divisions {a}, places {p}, index entries {k}");
    if std::env::args().any(|a| a == "--load-only") {
        return;
    }
    let t = std::time::Instant::now();
    let n = 100_000;
    let names = [
        "Paris",
        "Springfield",
        "Kabul",
        "Georgia",
        "New York",
        "Aleppo",
        "Lagos",
        "Qwxz",
    ];
    let mut hits = 0;
    for i in 0..n {
        hits += g.candidates(names[i % names.len()], None).len();
    }
    println!(
        "candidates(): {:.2} µs per call ({hits} candidates in {n} calls)",
        t.elapsed().as_secs_f64() * 1e6 / n as f64
    );
}
