//! Read + segment throughput: a JSON Lines file generated into a temp dir
//! from our own sentence templates, read with `read_paths`, then every
//! article split into sentences and tokenised.

use std::io::Write;

use attache_read::{read_paths, ReadOptions};
use attache_segment::{split_sentences, tokenize, Tokens};
use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};

const PLACES: &[&str] = &[
    "KABUL, Afghanistan",
    "MOSCOW",
    "NAIROBI, Kenya",
    "GENEVA",
    "LIMA, Peru",
];
const ACTORS: &[&str] = &[
    "Gen. Amir Haidari",
    "the U.S. envoy",
    "Sen. Lora Quist",
    "rebel commanders",
    "Mr. Tobias Wendt",
    "the U.N. Security Council",
    "President Ilse Marrow",
    "riot police",
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
    "held talks with",
];
const TEMPLATES: &[&str] = &[
    "{A} {V} {B} on Tuesday, officials said.",
    "\u{201C}We will not accept this,\u{201D} {A} told reporters after meeting {B}.",
    "About 1,200 people marched in the U.S. The protest was peaceful, {A} said.",
    "{A} {V} {B}, according to a statement posted at 9 p.m. local time.",
    "Officials said $3.5 billion in aid was frozen... {A} denied it.",
    "{A}'s aides said talks with {B} (held in Doha) would resume on Oct. 12.",
];

fn article(k: usize) -> String {
    let mut s = format!("{} (Reuters) - ", PLACES[k % PLACES.len()]);
    for p in 0..4 {
        for q in 0..3 {
            let t = TEMPLATES[(k + p * 3 + q) % TEMPLATES.len()];
            let sent = t
                .replace("{A}", ACTORS[(k * 7 + p + q) % ACTORS.len()])
                .replace("{B}", ACTORS[(k * 3 + p * 5 + q + 1) % ACTORS.len()])
                .replace("{V}", VERBS[(k + q * 2 + p) % VERBS.len()]);
            let mut cs = sent.chars();
            if let Some(c) = cs.next() {
                s.extend(c.to_uppercase());
                s.push_str(cs.as_str());
            }
            s.push(' ');
        }
        s.push_str("\n\n");
    }
    s
}

fn bench(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("wire.jsonl");
    let mut f = std::io::BufWriter::new(std::fs::File::create(&path).unwrap());
    let mut k = 0;
    let mut size = 0usize;
    while size < 4 * 1024 * 1024 {
        let rec = serde_json::json!({
            "id": format!("wire-{k}"),
            "date": "2024-05-12T10:00:00Z",
            "title": "Talks stall as envoys trade accusations",
            "source": "Wire",
            "text": article(k),
        });
        let line = serde_json::to_string(&rec).unwrap();
        size += line.len() + 1;
        writeln!(f, "{line}").unwrap();
        k += 1;
    }
    f.flush().unwrap();
    drop(f);
    let paths = vec![path];
    let opts = ReadOptions::default();
    let mut g = c.benchmark_group("read");
    g.throughput(Throughput::Bytes(size as u64));
    g.sample_size(20);
    g.bench_function("read_jsonl", |b| {
        b.iter(|| {
            read_paths(black_box(&paths), &opts)
                .filter(|r| r.is_ok())
                .count()
        })
    });
    let mut sents = Vec::new();
    let mut toks = Tokens::new();
    g.bench_function("read_jsonl+segment+tokenize", |b| {
        b.iter(|| {
            let mut n = 0;
            for a in read_paths(black_box(&paths), &opts).flatten() {
                sents.clear();
                split_sentences(&a.text, &mut sents);
                for s in &sents {
                    toks.clear();
                    tokenize(&a.text, s.span, &mut toks);
                    n += toks.len();
                }
            }
            n
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
