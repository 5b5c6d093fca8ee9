//! Date finding speed on synthetic news sentences (our own).
//!
//! `cargo bench -p attache-time --bench time` — criterion reports the
//! throughput in sentences per second ("elem/s").

use attache_model::Span;
use attache_time::find_dates;
use chrono::NaiveDate;
use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};

const SENTENCES: &[&str] = &[
    "Government forces shelled rebel positions near the city on Tuesday, a monitoring group said.",
    "The foreign minister will fly to the capital next week for talks.",
    "Police fired tear gas at protesters after the vote.",
    "The group said three of its workers were abducted two days ago.",
    "Officials said the talks would resume on March 3.",
    "The president met business leaders and promised new jobs.",
    "Heavy rain flooded parts of the coast overnight.",
    "The treaty, signed on 3 March 2019, expires in 2030.",
    "Militants attacked a checkpoint, killing four soldiers.",
    "The plan had been delayed since the 1990s, the report said.",
    "Troops withdrew from the town after days of fighting.",
    "Thousands marched against the pension reform earlier this month.",
    "The ministry did not say when the new rules would take effect.",
    "Two people died when a storm knocked down power lines.",
    "Aircraft struck targets in the south last night.",
    "The central bank raised interest rates for the third time this year.",
];

fn bench(c: &mut Criterion) {
    let article = NaiveDate::from_ymd_opt(2024, 3, 13).unwrap();
    let mut group = c.benchmark_group("time");
    group.throughput(Throughput::Elements(SENTENCES.len() as u64));
    group.bench_function("find_dates", |b| {
        let mut out = Vec::with_capacity(32);
        b.iter(|| {
            out.clear();
            for s in SENTENCES {
                find_dates(black_box(s), Span::new(0, s.len()), article, &mut out);
            }
            black_box(out.len())
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
