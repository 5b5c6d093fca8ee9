//! Streaming, parallel, ordered coding of an article stream.
//!
//! Articles are read lazily and coded in chunks: a chunk is coded in
//! parallel with rayon, then handed to the sink in input order, while the
//! next chunk is read and coded. Memory is bounded by the chunk size (at most
//! three chunks are held: one read, one coded, one handed over), not the
//! corpus size, and output is identical whatever the number of threads.

use crate::pipeline::{ArticleResult, Pipeline};
use anyhow::Result;
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
///
/// `prepare` runs on each article and its result
/// on the worker threads (ingest computes the MinHash signature there, so
/// that the single store writer only writes; `code` serialises the events)
/// and hands its result to `sink`.
///
/// The pool codes one chunk while this thread hands the previous chunk to
/// the sink and reads the next one, so that reading and writing (serial:
/// they keep input order) do not leave the coding threads idle.
pub fn code_stream_with<I, S, E, P, X>(
    pipe: &Pipeline,
    pool: &rayon::ThreadPool,
    mut input: I,
    strict: bool,
    mut on_error: E,
    prepare: P,
    mut sink: S,
) -> Result<RunStats>
where
    I: Iterator<Item = Result<Article, ReadError>>,
    S: FnMut(Article, ArticleResult, X) -> Result<()>,
    E: FnMut(&ReadError),
    P: Fn(&Article, &ArticleResult) -> X + Sync,
    X: Send,
{
    type Coded<X> = (Vec<Article>, Vec<(ArticleResult, X)>);
    let mut stats = RunStats::default();
    let prepare = &prepare;
    let mut deliver = |(chunk, results): Coded<X>, stats: &mut RunStats| -> Result<()> {
        for (a, (r, x)) in chunk.into_iter().zip(results) {
            stats.coded += 1;
            stats.sentences += r.sentences as u64;
            stats.events += r.events.len() as u64;
            stats.bytes += a.text.len() as u64;
            sink(a, r, x)?;
        }
        Ok(())
    };
    let received = |rx: std::sync::mpsc::Receiver<Coded<X>>| {
        rx.recv()
            .map_err(|_| anyhow::anyhow!("a coding thread stopped"))
    };
    pool.in_place_scope(|scope| -> Result<()> {
        // The chunk the pool is coding: its results arrive on this channel.
        let mut inflight: Option<std::sync::mpsc::Receiver<Coded<X>>> = None;
        loop {
            let mut chunk: Vec<Article> = Vec::with_capacity(CHUNK);
            let mut stop: Option<anyhow::Error> = None;
            let mut ended = false;
            while chunk.len() < CHUNK {
                match input.next() {
                    None => {
                        ended = true;
                        break;
                    }
                    Some(Ok(a)) => {
                        stats.read += 1;
                        chunk.push(a);
                    }
                    Some(Err(e)) => {
                        stats.read += 1;
                        stats.skipped += 1;
                        on_error(&e);
                        if strict {
                            stop = Some(anyhow::anyhow!(
                                "stopping at the first bad record (--strict): {e}"
                            ));
                            break;
                        }
                    }
                }
            }
            let previous = inflight.take().map(received).transpose()?;
            if !chunk.is_empty() {
                let (tx, rx) = std::sync::mpsc::sync_channel(1);
                scope.spawn(move |_| {
                    let results = chunk
                        .par_iter()
                        .map(|a| {
                            let r = pipe.code_article(a, false);
                            let x = prepare(a, &r);
                            (r, x)
                        })
                        .collect();
                    // The receiver is gone only when the run stopped on an error.
                    let _ = tx.send((chunk, results));
                });
                inflight = Some(rx);
            }
            if let Some(done) = previous {
                deliver(done, &mut stats)?;
            }
            if ended || stop.is_some() {
                if let Some(rx) = inflight.take() {
                    deliver(received(rx)?, &mut stats)?;
                }
                return match stop {
                    Some(e) => Err(e),
                    None => Ok(()),
                };
            }
        }
    })?;
    Ok(stats)
}
