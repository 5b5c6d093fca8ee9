//! Stage 4 of the pipeline: code who did what to whom.
//!
//! * [`cameo`]: the CAMEO code table (names, Goldstein, quad class, PLOVER),
//!   from `data/cameo/cameo_codes.tsv`.
//! * [`patterns`]: the pattern dictionaries under `data/events/` (verb and
//!   noun triggers, irregular verbs, cue words), compiled and indexed.
//! * [`coder`]: applies them to a sentence and its actors.

pub mod cameo;
pub mod coder;
pub mod patterns;

pub use cameo::{Cameo, CameoCode};
pub use coder::{Coded, Coder, DateCue, MatchInfo, SentenceInput, SentenceResult, Suppressed};
pub use patterns::{Pattern, Patterns};
