//! Stage 3 of the pipeline: recognise who acts.
//!
//! Actor dictionaries are plain text under `data/actors/` (format in that
//! folder's README), compiled into the binary by `build.rs` and loaded once
//! into [`ActorDict`]. [`Recogniser`] finds the actors of a sentence and
//! resolves dated codes, titles, short forms and pronouns with the help of an
//! [`ArticleContext`] that lives for one article.

pub mod dict;
mod embedded {
    include!(concat!(env!("OUT_DIR"), "/embedded.rs"));
}
pub mod recognise;

pub use dict::{ActorDict, DatedCode, Entry, Kind};
pub use recognise::{ArticleContext, Mention, MentionKind, Recogniser};
