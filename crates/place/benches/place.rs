//! Place recognition speed on synthetic news sentences (our own).
//!
//! `cargo bench -p attache-place --bench place` — criterion reports the
//! throughput in sentences per second ("elem/s").

use attache_model::Span;
use attache_place::{find_places, Gazetteer, PlaceContext};
use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};

const SENTENCES: &[&str] = &[
    "Government forces shelled rebel positions near Aleppo on Tuesday, a monitoring group said.",
    "The foreign minister flew to Moscow for talks with his Russian counterpart.",
    "Police fired tear gas at protesters in central Nairobi after the vote.",
    "A Kabul-based aid group said three of its workers were abducted in Helmand province.",
    "Officials said the talks would resume next week in Geneva.",
    "The president met business leaders and promised new jobs.",
    "Heavy rain flooded parts of Rio de Janeiro and Sao Paulo overnight.",
    "Mr. Jordan said the company would not comment on the report.",
    "Militants attacked a checkpoint in northern Sinai, killing four soldiers.",
    "The Washington Post reported that the plan had been delayed.",
    "Troops withdrew from the town of Kramatorsk after days of fighting.",
    "Thousands marched through Paris, Lyon and Marseille against the pension reform.",
    "The ministry did not say when the new rules would take effect.",
    "Two people died in Louisville, Ky., when a storm knocked down power lines.",
    "Israeli aircraft struck targets in the Gaza Strip and southern Lebanon.",
    "The central bank raised interest rates for the third time this year.",
];

fn bench(c: &mut Criterion) {
    let g = Gazetteer::get(); // load outside the timing
    let mut group = c.benchmark_group("place");
    group.throughput(Throughput::Elements(SENTENCES.len() as u64));
    let countries = ["USA", "SYR"];
    let ctx = PlaceContext {
        countries: &countries,
        ..Default::default()
    };
    group.bench_function("find_places", |b| {
        let mut out = Vec::with_capacity(64);
        b.iter(|| {
            out.clear();
            for s in SENTENCES {
                find_places(black_box(s), Span::new(0, s.len()), &ctx, &mut out);
            }
            black_box(out.len())
        })
    });
    group.finish();
    let mut group = c.benchmark_group("gazetteer");
    group.throughput(Throughput::Elements(1));
    group.bench_function("candidates", |b| {
        b.iter(|| black_box(g.candidates(black_box("Springfield"), None).len()))
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
