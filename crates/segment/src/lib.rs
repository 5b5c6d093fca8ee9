//! Sentence segmentation and tokenisation for English wire copy.
//!
//! Three jobs, all on byte offsets into the article's original text:
//!
//! * [`find_dateline`]: the "KABUL, Afghanistan (Reuters) -" at the head of a
//!   story, with its place, date and agency parts;
//! * [`split_sentences`]: sentence spans with their paragraph index, the
//!   dateline left out of the first sentence;
//! * [`tokenize`]: tokens with a normalised form written into one shared
//!   buffer ([`Tokens`]), for the dictionaries to match against.
//!
//! # Why our own splitter rather than `sentencex`
//!
//! `sentencex` (a multilingual port of a rule-based splitter) was evaluated.
//! It returns sentence *strings*, so byte spans have to be recovered by
//! searching the text again; it knows nothing of datelines, treats a
//! headline line without a final period as part of the next sentence, has no
//! notion of paragraphs, and allocates per sentence. Its abbreviation lists
//! are general-purpose rather than tuned to wire style ("Gen.", "Sen.",
//! "Calif.", "a.m."), and it cannot tell "U.S. officials" from "in the U.S.
//! The talks". Every one of those matters here, and the rules for English
//! news are small, so this crate has its own splitter: lines are found with
//! `memchr`, candidate terminators with `memchr3`, and each candidate is
//! judged from the word before it and the word after it. No allocation is
//! made except the pushes into the caller's `Vec`.
//!
//! # Sentence rules
//!
//! * A newline always ends a sentence, so a headline or kicker without a final
//!   period is a sentence of its own. Blank lines separate paragraphs; a text
//!   without any blank line has one paragraph per line.
//! * `!` and `?` end a sentence unless a lowercase word follows (`"Why?" he asked`).
//! * `.` after an ordinary word ends a sentence unless a lowercase word follows.
//! * `.` after an abbreviation or initial ("Gen.", "U.S.", "Inc.", "W.",
//!   "Calif.") ends a sentence only before a typical sentence starter ("The",
//!   "He", "But", "In", ...) or an opening quote; so "U.S. officials said"
//!   and "George W. Bush" stay whole, "in the U.S. The talks" splits.
//!   "a.m.", "p.m." and "etc." end a sentence before any capitalised word
//!   except a time continuation ("Monday", "GMT", "Eastern", "Moscow time").
//! * Text set in capitals (older wire copy, headlines): the titles, ranks,
//!   months and company suffixes are abbreviations in capitals too ("GEN.",
//!   "ST. JOHN'S", "AUG. 9", "CORP."), and the starters count in capitals
//!   ("THE"); a capitalised word that is an abbreviation only in mixed case
//!   ("NO.", "ILL.", "WASH.") ends the sentence.
//! * Decimals, money and internal periods ("3.5", "$1.2 billion",
//!   "reuters.com") never split: a boundary needs whitespace after it.
//! * An ellipsis ends a sentence only before a capitalised word.
//! * Closing quotes and brackets after the terminator belong to the sentence.
//! * Spans exclude surrounding whitespace; pieces with no letter or digit
//!   ("***") are dropped.
//!
//! # Token rules
//!
//! Tokens are runs of letters and digits, keeping internal hyphens
//! ("cease-fire"), internal apostrophes ("O'Brien", "d’Ivoire", "don't"),
//! internal periods ("U.S", "3.5") and the final period of an abbreviation
//! or initial ("U.S.", "Gen.", "J.", "a.m."), also at the end of a sentence.
//! The possessive "'s" / "’s" and a bare "'" after a plural ("protesters'")
//! are tokens of their own (flag [`Token::POSS`]); numbers with decimals or
//! thousands separators ("3.5", "1,200") are one token. Every other
//! punctuation mark is its own token, except that runs of periods ("...")
//! and of hyphens ("--") make one token each.
//!
//! # Text that another tool has tokenised or re-extracted
//!
//! Corpora built by other tools often reach us with their marks spaced out:
//! "China ’ s navy", "the U. K.", "a rebel - held town", "$22. 5 million",
//! ``TeX quotes''. The dictionaries are written for ordinary text, so these
//! forms read as the ordinary ones: a spaced possessive is a possessive
//! token with the norm "'s"; spaced initials are one abbreviation ("u.k.");
//! a spaced hyphen joins two words when the parts say it is a compound (a
//! known second part such as "held", "led", "backed"; a prefix that never
//! stands alone, "pro", "ex", "al"; a number and a unit, "48 - hour"; a short
//! code and a number, "F - 16"), while a dash between clauses stays a dash;
//! `` and '' are quote tokens with the norm '"'. Token spans still cover the
//! original text, spaces included. A decimal broken at its point ("$22. 5
//! million": one to three digits, then a magnitude or percent word) and a
//! spaced "a. m." do not end a sentence.

mod abbrev;
mod dateline;
mod normalize;
mod sentence;
mod token;

pub use dateline::find_dateline;
pub use normalize::{normalize, normalize_into};
pub use sentence::{split_sentences, split_sentences_skipping};
pub use token::{
    is_small_number_word, normalize_phrase, normalize_phrase_into, tokenize, Token, Tokens,
};

use attache_model::Sentence;

/// Convenience: the sentences of `text` in a new vector.
pub fn sentences(text: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    split_sentences(text, &mut out);
    out
}

#[cfg(test)]
mod tests;
