//! Per-stage throughput on the synthetic corpus (`attache gen-corpus`).
//!
//! Every stage runs on the same articles (seed 42), so the figures add up:
//!
//! | group | measures | throughput |
//! |---|---|---|
//! | `stage_bytes/segment` | sentence splitting | MB/s of text |
//! | `stage_bytes/segment+tokenize` | + tokenisation | MB/s |
//! | `stage_bytes/actors` | split + tokenise + actor recognition | MB/s |
//! | `stage_bytes/recognise` | actor recognition on tokenised sentences | MB/s (issue 3: ≥ 20 MB/s) |
//! | `stage_sentences/actors+events` | + event coding (no dates, no places) | sentences/s (issue 4: ≥ 30,000/s) |
//! | `stage_sentences/dates` | date expressions of every sentence | sentences/s |
//! | `stage_sentences/places` | place names of every sentence | sentences/s |
//! | `article/code_article` | the whole pipeline, one thread | articles/s (issue 7: ≥ 1,000/s) |
//!
//! Run: `cargo bench -p attache --bench stages` (add `-- --quick` for a
//! rough figure; `ATTACHE_CORPUS_PROFILE=dense` for the event-dense corpus,
//! see `attache::gencorpus::Profile`). `dates + places` over `code_article` gives the share of
//! time and place in coding (issue 5: ≤ 30%).

use attache::gencorpus::{Generator, Profile};
use attache::pipeline::Pipeline;
use attache::timeplace;
use attache_actors::{ArticleContext, Mention, Recogniser};
use attache_events::{Coder, DateCue, SentenceInput};
use attache_model::{Article, Sentence};
use attache_segment::{split_sentences, tokenize, Tokens};
use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use std::time::Duration;

/// Articles per iteration: about 1.5 MB of text.
const ARTICLES: usize = 400;

fn corpus() -> Vec<Article> {
    let mut g = Generator::with_profile(42, Profile::from_env());
    (0..ARTICLES).map(|_| g.next_article()).collect()
}

/// Sentences of every article, split once.
fn split_all(arts: &[Article]) -> Vec<Vec<Sentence>> {
    arts.iter()
        .map(|a| {
            let mut v = Vec::new();
            split_sentences(&a.text, &mut v);
            v
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let arts = corpus();
    let pipe = Pipeline::builtin();
    // Load the dictionaries and gazetteer outside the timings.
    let _ = pipe.code_article(&arts[0], false);
    let bytes: u64 = arts.iter().map(|a| a.text.len() as u64).sum();
    let sents = split_all(&arts);
    let n_sent: u64 = sents.iter().map(|s| s.len() as u64).sum();
    eprintln!(
        "corpus: {} articles, {:.2} MB, {} sentences ({:.1} per article)",
        arts.len(),
        bytes as f64 / 1e6,
        n_sent,
        n_sent as f64 / arts.len() as f64
    );

    let mut g = c.benchmark_group("stage_bytes");
    g.sample_size(10)
        .measurement_time(Duration::from_secs(6))
        .throughput(Throughput::Bytes(bytes));
    let mut buf = Vec::new();
    g.bench_function("segment", |b| {
        b.iter(|| {
            let mut n = 0;
            for a in &arts {
                buf.clear();
                split_sentences(black_box(&a.text), &mut buf);
                n += buf.len();
            }
            n
        })
    });
    let mut toks = Tokens::default();
    g.bench_function("segment+tokenize", |b| {
        b.iter(|| {
            let mut n = 0;
            for a in &arts {
                buf.clear();
                split_sentences(&a.text, &mut buf);
                for s in &buf {
                    toks.clear();
                    tokenize(&a.text, s.span, &mut toks);
                    n += toks.len();
                }
            }
            n
        })
    });
    let rec = Recogniser::new(pipe.actors());
    let mut ms: Vec<Mention> = Vec::new();
    g.bench_function("actors", |b| {
        b.iter(|| {
            let mut n = 0;
            for a in &arts {
                let mut ctx = ArticleContext::new(a.date_only());
                buf.clear();
                split_sentences(&a.text, &mut buf);
                for s in &buf {
                    toks.clear();
                    tokenize(&a.text, s.span, &mut toks);
                    ms.clear();
                    rec.recognise(&a.text, &toks, &mut ctx, &mut ms);
                    n += ms.len();
                }
            }
            n
        })
    });
    // Recognition alone: sentences split and tokenised beforehand (the
    // pipeline tokenises once for every stage).
    let tokenised: Vec<Vec<Tokens>> = arts
        .iter()
        .zip(&sents)
        .map(|(a, ss)| {
            ss.iter()
                .map(|s| {
                    let mut t = Tokens::default();
                    tokenize(&a.text, s.span, &mut t);
                    t
                })
                .collect()
        })
        .collect();
    g.bench_function("recognise", |b| {
        b.iter(|| {
            let mut n = 0;
            for (a, ts) in arts.iter().zip(&tokenised) {
                let mut ctx = ArticleContext::new(a.date_only());
                for t in ts {
                    ms.clear();
                    rec.recognise(&a.text, t, &mut ctx, &mut ms);
                    n += ms.len();
                }
            }
            n
        })
    });
    g.finish();

    let mut g = c.benchmark_group("stage_sentences");
    g.sample_size(10)
        .measurement_time(Duration::from_secs(6))
        .throughput(Throughput::Elements(n_sent));
    let coder = Coder::new(pipe.patterns());
    g.bench_function("actors+events", |b| {
        b.iter(|| {
            let mut n = 0;
            for (a, ss) in arts.iter().zip(&sents) {
                let mut ctx = ArticleContext::new(a.date_only());
                for s in ss {
                    toks.clear();
                    tokenize(&a.text, s.span, &mut toks);
                    ms.clear();
                    rec.recognise(&a.text, &toks, &mut ctx, &mut ms);
                    let r = coder.code(&SentenceInput {
                        text: &a.text,
                        toks: &toks,
                        mentions: &ms,
                        dates: &[],
                        article_date: a.date_only(),
                    });
                    n += r.events.len();
                }
            }
            n
        })
    });
    let mut dates: Vec<DateCue> = Vec::new();
    g.bench_function("dates", |b| {
        b.iter(|| {
            let mut n = 0;
            for (a, ss) in arts.iter().zip(&sents) {
                let d = a.date_only().unwrap();
                for s in ss {
                    dates.clear();
                    timeplace::dates(&a.text, s.span, d, &mut dates);
                    n += dates.len();
                }
            }
            n
        })
    });
    g.bench_function("places", |b| {
        let ctx = ArticleContext::new(None);
        b.iter(|| {
            let mut n = 0;
            for (a, ss) in arts.iter().zip(&sents) {
                for s in ss {
                    n += timeplace::places(&a.text, s.span, &ctx, &[]).len();
                }
            }
            n
        })
    });
    g.finish();

    let mut g = c.benchmark_group("article");
    g.sample_size(10)
        .measurement_time(Duration::from_secs(8))
        .throughput(Throughput::Elements(arts.len() as u64));
    g.bench_function("code_article", |b| {
        b.iter(|| {
            arts.iter()
                .map(|a| pipe.code_article(a, false).events.len())
                .sum::<usize>()
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
