//! Throughput of sentence splitting and tokenisation on synthetic wire copy
//! built from our own sentence templates.

use attache_segment::{split_sentences, tokenize, Tokens};
use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};

const PLACES: &[&str] = &[
    "KABUL, Afghanistan",
    "MOSCOW",
    "NAIROBI, Kenya",
    "GENEVA",
    "ST. LOUIS",
    "BOGOT\u{C1}, Colombia",
];
const AGENCIES: &[&str] = &["Reuters", "AP", "AFP"];
const ACTORS: &[&str] = &[
    "Gen. Amir Haidari",
    "the U.S. envoy",
    "Sen. Lora Quist",
    "rebel commanders",
    "Mr. Tobias Wendt",
    "the U.N. Security Council",
    "President Ilse Marrow",
    "police in the capital",
    "Erdo\u{11F}an's spokesman",
    "the interior ministry",
];
const VERBS: &[&str] = &[
    "accused",
    "met",
    "condemned",
    "threatened",
    "praised",
    "urged",
    "attacked",
    "signed a cease-fire with",
    "imposed sanctions on",
    "held talks with",
];
const TEMPLATES: &[&str] = &[
    "{A} {V} {B} on Tuesday, officials said.",
    "\u{201C}We will not accept this,\u{201D} {A} told reporters after meeting {B}.",
    "The 30-year-old agreement was signed in 1994. {A} {V} {B} at 10 a.m. Monday.",
    "About 1,200 people marched in the U.S. The protest was peaceful, {A} said.",
    "{A} {V} {B}, according to a statement posted at 9 p.m. local time.",
    "Officials said $3.5 billion in aid was frozen... {A} denied it.",
    "Why did {A} wait? Nobody in the cabinet would say.",
    "{A}'s aides said talks with {B} (held in Doha) would resume on Oct. 12.",
];

fn build_corpus(target: usize) -> String {
    let mut s = String::with_capacity(target + 4096);
    let mut k = 0usize;
    while s.len() < target {
        // One article: headline, dateline paragraph, a few more paragraphs.
        s.push_str("Talks stall as envoys trade accusations\n\n");
        s.push_str(PLACES[k % PLACES.len()]);
        s.push_str(" (");
        s.push_str(AGENCIES[k % AGENCIES.len()]);
        s.push_str(") - ");
        for p in 0..4 {
            for q in 0..3 {
                let t = TEMPLATES[(k + p * 3 + q) % TEMPLATES.len()];
                let a = ACTORS[(k * 7 + p + q) % ACTORS.len()];
                let b = ACTORS[(k * 3 + p * 5 + q + 1) % ACTORS.len()];
                let v = VERBS[(k + q * 2 + p) % VERBS.len()];
                let sent = t.replace("{A}", a).replace("{B}", b).replace("{V}", v);
                let mut cs = sent.chars();
                if let Some(c) = cs.next() {
                    s.extend(c.to_uppercase());
                    s.push_str(cs.as_str());
                }
                s.push(' ');
            }
            s.push_str("\n\n");
        }
        k += 1;
    }
    s
}

fn bench(c: &mut Criterion) {
    let text = build_corpus(400 * 1024);
    let mut g = c.benchmark_group("segment");
    g.throughput(Throughput::Bytes(text.len() as u64));
    let mut sents = Vec::new();
    g.bench_function("split_sentences", |b| {
        b.iter(|| {
            sents.clear();
            split_sentences(black_box(&text), &mut sents);
            sents.len()
        })
    });
    let mut toks = Tokens::new();
    g.bench_function("split_sentences+tokenize", |b| {
        b.iter(|| {
            sents.clear();
            split_sentences(black_box(&text), &mut sents);
            let mut n = 0;
            for s in &sents {
                toks.clear();
                tokenize(&text, s.span, &mut toks);
                n += toks.len();
            }
            n
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
