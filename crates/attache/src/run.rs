//! Streaming, parallel, ordered coding of an article stream.
//!
//! Articles are read lazily and coded in chunks: a chunk is coded in
//! parallel with rayon, then handed to the sink in input order. Memory is
//! bounded by the chunk size, not the corpus size, and output is identical
//! whatever the number of threads.

use crate::pipeline::{ArticleResult, Pipeline};
use anyhow::{bail, Result};
use attache_model::Article;
use attache_read::ReadError;
use rayon::prelude::*;

/// Articles coded per parallel chunk.
pub const CHUNK: usize = 256;

/// Counts for the closing summary.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct RunStats {
    /// Records read, good or bad.
    pub read: u64,
    /// Articles coded.
    pub coded: u64,
    /// Records skipped because they were bad.
    pub skipped: u64,
    pub sentences: u64,
    pub events: u64,
    /// Bytes of article text coded.
    pub bytes: u64,
}

impl RunStats {
    pub fn summary(&self) -> String {
        format!(
            "{} articles read, {} coded, {} skipped; {} sentences, {} events",
            self.read, self.coded, self.skipped, self.sentences, self.events
        )
    }
}

/// Build the rayon pool for `--threads` (0 = all cores).
pub fn pool(threads: usize) -> Result<rayon::ThreadPool> {
    Ok(rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()?)
}

/// Code every article of `input`, calling `sink` for each in input order.
/// Bad records are reported through `on_error` and skipped; with `strict`
/// the first bad record stops the run with an error.
pub fn code_stream<I, S, E>(
    pipe: &Pipeline,
    pool: &rayon::ThreadPool,
    input: I,
    strict: bool,
    on_error: E,
    mut sink: S,
) -> Result<RunStats>
where
    I: Iterator<Item = Result<Article, ReadError>>,
    S: FnMut(&Article, ArticleResult) -> Result<()>,
    E: FnMut(&ReadError),
{
    code_stream_with(
        pipe,
        pool,
        input,
        strict,
        on_error,
        |_| (),
        |a, r, ()| sink(a, r),
    )
}

/// [`code_stream`] that also runs `prepare` on each article on the worker
/// threads (ingest computes the MinHash signature there, so that the single
/// store writer only writes) and hands its result to `sink`.
pub fn code_stream_with<I, S, E, P, X>(
    pipe: &Pipeline,
    pool: &rayon::ThreadPool,
    input: I,
    strict: bool,
    mut on_error: E,
    prepare: P,
    mut sink: S,
) -> Result<RunStats>
where
    I: Iterator<Item = Result<Article, ReadError>>,
    S: FnMut(&Article, ArticleResult, X) -> Result<()>,
    E: FnMut(&ReadError),
    P: Fn(&Article) -> X + Sync,
    X: Send,
{
    let mut stats = RunStats::default();
    let mut chunk: Vec<Article> = Vec::with_capacity(CHUNK);
    let mut flush = |chunk: &mut Vec<Article>, stats: &mut RunStats| -> Result<()> {
        let results: Vec<(ArticleResult, X)> = pool.install(|| {
            chunk
                .par_iter()
                .map(|a| (pipe.code_article(a, false), prepare(a)))
                .collect()
        });
        for (a, (r, x)) in chunk.iter().zip(results) {
            stats.coded += 1;
            stats.sentences += r.sentences as u64;
            stats.events += r.events.len() as u64;
            stats.bytes += a.text.len() as u64;
            sink(a, r, x)?;
        }
        chunk.clear();
        Ok(())
    };
    for item in input {
        stats.read += 1;
        match item {
            Ok(a) => {
                chunk.push(a);
                if chunk.len() == CHUNK {
                    flush(&mut chunk, &mut stats)?;
                }
            }
            Err(e) => {
                stats.skipped += 1;
                on_error(&e);
                if strict {
                    flush(&mut chunk, &mut stats)?;
                    bail!("stopping at the first bad record (--strict): {e}");
                }
            }
        }
    }
    flush(&mut chunk, &mut stats)?;
    Ok(stats)
}
