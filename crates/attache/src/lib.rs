//! attache: political event data from news text.
//!
//! The library behind the `attache` binary. Each pipeline stage is its own
//! crate, named for its job:
//!
//! | stage | crate |
//! |---|---|
//! | read articles (JSON Lines, text, HTML, feeds, WARC) | `attache-read` |
//! | split sentences, tokenise, find datelines | `attache-segment` |
//! | recognise actors | `attache-actors` |
//! | code events | `attache-events` |
//! | resolve dates | `attache-time` |
//! | resolve places | `attache-place` |
//! | store, de-duplicate, query | `attache-store` |
//! | export (GDELT, CSV, Parquet) | `attache-export` |
//!
//! This crate wires them together ([`pipeline`]), runs them over a stream in
//! parallel ([`run`]) and holds the analyst-facing tools ([`eval`], [`explain`]).

pub mod eval;
pub mod eval_location;
pub mod explain;
pub mod gencorpus;
pub mod pipeline;
pub mod run;
pub mod store_cmds;
pub mod timeplace;

use attache_actors::{ArticleContext, Mention, Recogniser};
use attache_model::{Sentence, Span};
use attache_segment::{split_sentences, tokenize, Tokens};
use chrono::NaiveDate;

/// Recognise the actors of `phrase`, after reading `context` (earlier
/// sentences of the same article) so that surnames, "the North" and "he"
/// resolve as they would in the article. Spans index into `phrase`.
pub fn actor_lookup(
    pipe: &pipeline::Pipeline,
    phrase: &str,
    date: Option<NaiveDate>,
    context: Option<&str>,
) -> Vec<Mention> {
    let rec = Recogniser::new(pipe.actors());
    let mut ctx = ArticleContext::new(date);
    let mut toks = Tokens::default();
    let mut scratch = Vec::new();
    if let Some(c) = context {
        let mut sents: Vec<Sentence> = Vec::new();
        split_sentences(c, &mut sents);
        for s in sents {
            toks.clear();
            tokenize(c, s.span, &mut toks);
            rec.recognise(c, &toks, &mut ctx, &mut scratch);
        }
    }
    toks.clear();
    tokenize(phrase, Span::new(0, phrase.len()), &mut toks);
    let mut out = Vec::new();
    rec.recognise(phrase, &toks, &mut ctx, &mut out);
    out
}
