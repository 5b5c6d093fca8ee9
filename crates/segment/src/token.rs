//! Tokenisation into a reusable buffer.

use attache_model::Span;

use crate::abbrev::{
    char_at, dot_kind, is_apostrophe, is_hyphen, is_space, word_char_len, DotKind,
};
use crate::normalize::fold_char;

/// One token. Offsets are absolute byte offsets into the article text; the
/// normalised form lives in [`Tokens::norm`] at `norm_start..norm_end`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub norm_start: u32,
    pub norm_end: u32,
    pub flags: u8,
}

impl Token {
    /// First char is uppercase ("Iran", "U.S.", "NATO").
    pub const CAP: u8 = 1;
    /// Has a letter and no lowercase letter ("NATO", "U.S.", "A").
    pub const UPPER: u8 = 2;
    /// No letter or digit at all ("," "—" "'s" is not punctuation).
    pub const PUNCT: u8 = 4;
    /// Starts with a digit ("30-year-old", "1,200", "2024").
    pub const DIGIT: u8 = 8;
    /// Entirely a number: digits with decimal point / thousands commas ("3.5", "1,200").
    pub const NUMBER: u8 = 16;
    /// A word that kept its final period: abbreviation or initial ("Gen.", "U.S.", "W.").
    pub const ABBREV: u8 = 32;
    /// Possessive marker: "'s" / "’s", or a bare apostrophe after a plural ("protesters'").
    pub const POSS: u8 = 64;
    /// Contains an internal hyphen ("cease-fire", "al-Qaeda").
    pub const HYPHEN: u8 = 128;

    #[inline]
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
    #[inline]
    pub fn has(&self, flag: u8) -> bool {
        self.flags & flag != 0
    }
    #[inline]
    pub fn is_cap(&self) -> bool {
        self.has(Self::CAP)
    }
    #[inline]
    pub fn is_upper(&self) -> bool {
        self.has(Self::UPPER)
    }
    #[inline]
    pub fn is_punct(&self) -> bool {
        self.has(Self::PUNCT)
    }
    #[inline]
    pub fn is_number(&self) -> bool {
        self.has(Self::NUMBER)
    }
    /// The token's text in the original article.
    #[inline]
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }
}

/// A reusable token buffer. `norm` holds the normalised tokens joined by
/// single spaces, so a normalised multi-word phrase (see [`normalize_phrase`])
/// can be searched for directly in `norm` and mapped back with
/// [`Tokens::token_at_norm`]. `clear()` keeps both allocations.
#[derive(Debug, Clone, Default)]
pub struct Tokens {
    pub norm: String,
    pub toks: Vec<Token>,
}

impl Tokens {
    pub fn new() -> Self {
        Self::default()
    }
    pub fn with_capacity(tokens: usize) -> Self {
        Tokens {
            norm: String::with_capacity(tokens * 6),
            toks: Vec::with_capacity(tokens),
        }
    }
    pub fn clear(&mut self) {
        self.norm.clear();
        self.toks.clear();
    }
    #[inline]
    pub fn len(&self) -> usize {
        self.toks.len()
    }
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.toks.is_empty()
    }
    /// The normalised form of token `i`.
    #[inline]
    pub fn norm(&self, i: usize) -> &str {
        let t = &self.toks[i];
        &self.norm[t.norm_start as usize..t.norm_end as usize]
    }
    /// The normalised text of tokens `a..b`, single-space separated.
    pub fn norm_range(&self, a: usize, b: usize) -> &str {
        if a >= b {
            return "";
        }
        let s = self.toks[a].norm_start as usize;
        let e = self.toks[b - 1].norm_end as usize;
        &self.norm[s..e]
    }
    /// The original text of token `i`.
    #[inline]
    pub fn text<'t>(&self, text: &'t str, i: usize) -> &'t str {
        self.toks[i].text(text)
    }
    #[inline]
    pub fn get(&self, i: usize) -> Option<&Token> {
        self.toks.get(i)
    }
    pub fn iter(&self) -> std::slice::Iter<'_, Token> {
        self.toks.iter()
    }
    /// Byte span in the article covering tokens `a..b` (`a < b`).
    pub fn span(&self, a: usize, b: usize) -> Span {
        Span::new(self.toks[a].start, self.toks[b - 1].end)
    }
    /// The token whose normalised form contains byte `off` of `norm`, or the
    /// token that starts right after it when `off` is a separating space.
    pub fn token_at_norm(&self, off: usize) -> Option<usize> {
        let off = off as u32;
        let i = self.toks.partition_point(|t| t.norm_end <= off);
        (i < self.toks.len()).then_some(i)
    }
    /// Index of the first token starting at or after byte `pos` of the text.
    pub fn token_at_byte(&self, pos: usize) -> usize {
        self.toks.partition_point(|t| t.start < pos)
    }
}

impl std::ops::Index<usize> for Tokens {
    type Output = Token;
    fn index(&self, i: usize) -> &Token {
        &self.toks[i]
    }
}

impl<'a> IntoIterator for &'a Tokens {
    type Item = &'a Token;
    type IntoIter = std::slice::Iter<'a, Token>;
    fn into_iter(self) -> Self::IntoIter {
        self.toks.iter()
    }
}

/// Tokenise `text[span]`, appending to `out`; token spans are absolute byte
/// offsets into `text`. See the crate docs for the rules.
pub fn tokenize(text: &str, span: Span, out: &mut Tokens) {
    let b = text.as_bytes();
    let end = span.end.min(text.len());
    let mut i = span.start;
    while i < end {
        let c = b[i];
        // `spaced`: a word that the spaced forms below extended over spaces
        // ("U. K.", "rebel - held", "didn ' t"); `scan_word` never takes one.
        let (j, kind, spaced) = if c < 0x80 {
            if matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0B | 0x0C) {
                i += 1;
                continue;
            }
            if c.is_ascii_alphanumeric() {
                let w = scan_word(text, i, end);
                let j = spaced_initials(text, i, w, end);
                let j = spaced_contraction(text, i, spaced_compound(text, i, j, end), end);
                (j, Kind::Word, j != w)
            } else {
                let (j, kind) = scan_punct(text, i, end);
                (j, kind, false)
            }
        } else {
            let ch = char_at(text, i);
            if is_space(ch) {
                i += ch.len_utf8();
                continue;
            }
            if word_char_len(text, i, end) > 0 {
                (scan_word(text, i, end), Kind::Word, false)
            } else {
                let (j, kind) = scan_punct(text, i, end);
                (j, kind, false)
            }
        };
        push_token(text, i, j, kind, spaced, out);
        i = j;
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Word,
    Punct,
    Poss,
}

/// Scan a word starting at `i` (a word char). Returns its end.
fn scan_word(text: &str, i: usize, end: usize) -> usize {
    let b = text.as_bytes();
    let mut j = i;
    // Start of the current segment (after the last '.', hyphen or apostrophe).
    let mut seg = i;
    // Start of the part after the last hyphen (for abbreviation lookups).
    let mut part = i;
    loop {
        // A run of word chars (ASCII fast path first).
        while j < end && b[j].is_ascii_alphanumeric() {
            j += 1;
        }
        loop {
            let l = word_char_len(text, j, end);
            if l == 0 {
                break;
            }
            j += l;
        }
        if j >= end {
            return j;
        }
        let c = b[j];
        if c == b'.' {
            if word_char_len(text, j + 1, end) > 0 {
                // Internal period: "U.S", "3.5", "reuters.com".
                j += 1;
                seg = j;
                continue;
            }
            // A final period: keep it when the word is an abbreviation.
            let next_digit = next_nonspace_is_digit(text, j + 1, end);
            if dot_kind(&text[part..j], next_digit) == DotKind::Regular {
                return j;
            }
            j += 1;
            // "U.S.-led": continue over a hyphen followed by a word char.
            if let Some(l) = hyphen_then_word(text, j, end) {
                j += l;
                seg = j;
                part = j;
                continue;
            }
            return j;
        }
        if c == b',' {
            // Thousands separator: digits , ddd (not followed by another digit).
            let seg_digits = b[seg..j].iter().all(u8::is_ascii_digit) && j > seg;
            if seg_digits
                && j + 4 <= end
                && b[j + 1..j + 4].iter().all(u8::is_ascii_digit)
                && (j + 4 == end || !b[j + 4].is_ascii_digit())
                && b[part..j].iter().all(|c| c.is_ascii_digit() || *c == b',')
            {
                j += 1;
                seg = j;
                continue;
            }
            return j;
        }
        let ch = char_at(text, j);
        if is_hyphen(ch) {
            if word_char_len(text, j + ch.len_utf8(), end) > 0 {
                j += ch.len_utf8();
                seg = j;
                part = j;
                continue;
            }
            return j;
        }
        if is_apostrophe(ch) {
            let k = j + ch.len_utf8();
            if word_char_len(text, k, end) == 0 {
                return j;
            }
            // Possessive / contraction "'s": its own token.
            if k < end && (b[k] == b's' || b[k] == b'S') && word_char_len(text, k + 1, end) == 0 {
                return j;
            }
            j = k;
            seg = j;
            continue;
        }
        return j;
    }
}

#[inline]
fn hyphen_then_word(text: &str, j: usize, end: usize) -> Option<usize> {
    if j >= end {
        return None;
    }
    let ch = char_at(text, j);
    if is_hyphen(ch) && word_char_len(text, j + ch.len_utf8(), end) > 0 {
        Some(ch.len_utf8())
    } else {
        None
    }
}

#[inline]
fn next_nonspace_is_digit(text: &str, mut j: usize, end: usize) -> bool {
    let b = text.as_bytes();
    while j < end && (b[j] == b' ' || b[j] == b'\t') {
        j += 1;
    }
    j < end && b[j].is_ascii_digit()
}

/// Initials spaced out by tokenised text ("U. K.", "D. C."): when the word
/// `text[i..j]` is one capital letter and a period, extend it over each
/// following " X." (one capital, a period, then no word character).
fn spaced_initials(text: &str, i: usize, mut j: usize, end: usize) -> usize {
    let b = text.as_bytes();
    if j != i + 2 || !b[i].is_ascii_uppercase() || b[i + 1] != b'.' {
        return j;
    }
    while j + 3 <= end
        && b[j] == b' '
        && b[j + 1].is_ascii_uppercase()
        && b[j + 2] == b'.'
        && word_char_len(text, j + 3, end) == 0
    {
        j += 3;
    }
    j
}

/// Second parts of hyphenated compounds that tokenised text spaces out
/// ("rebel - held", "Saudi - led", "war - torn").
const COMPOUND_TAILS: &[&str] = &[
    "held",
    "led",
    "backed",
    "based",
    "controlled",
    "occupied",
    "run",
    "owned",
    "allied",
    "armed",
    "linked",
    "affiliated",
    "aligned",
    "sponsored",
    "funded",
    "dominated",
    "ruled",
    "torn",
    "stricken",
    "laden",
    "styled",
    "brokered",
    "mediated",
    "leaning",
    "supported",
    "administered",
    "appointed",
    "installed",
    "inspired",
    "friendly",
    "related",
    "hit",
    "fire",
    "elect",
];

/// First parts that never stand alone ("pro - Taliban", "ex - minister",
/// "al - Assad").
const COMPOUND_HEADS: &[&str] = &[
    "pro", "anti", "ex", "non", "pre", "post", "co", "re", "self", "mid", "semi", "counter", "al",
    "el", "vice", "cease", "multi", "inter", "cross", "bi",
];

/// Units after a number in a spaced compound ("48 - hour", "five - day").
const COMPOUND_UNITS: &[&str] = &[
    "hour",
    "day",
    "week",
    "month",
    "year",
    "member",
    "nation",
    "point",
    "seat",
    "mile",
    "kilometre",
    "kilometer",
    "km",
    "strong",
    "old",
    "minute",
];

const NUMBER_WORDS: &[&str] = &[
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "hundred",
];

/// A hyphenated compound spaced out by tokenised text: the word
/// `text[i..j]`, then " - ", then a word, read as one hyphenated word when the
/// parts say so: a known second part ("rebel - held"), a prefix that never
/// stands alone ("pro - Taliban"), a number and a unit ("48 - hour"), or a
/// short capitalised code and a number ("COVID - 19", "F - 16"). A dash
/// between clauses ("the talks - the first in years - ended") stays apart.
fn spaced_compound(text: &str, i: usize, j: usize, end: usize) -> usize {
    let b = text.as_bytes();
    if j + 4 > end || &b[j..j + 3] != b" - " || !b[j + 3].is_ascii_alphanumeric() {
        return j;
    }
    let left = &text[i..j];
    if !left.bytes().all(|c| c.is_ascii_alphanumeric()) {
        return j;
    }
    let rs = j + 3;
    let mut re = rs;
    while re < end && b[re].is_ascii_alphanumeric() {
        re += 1;
    }
    if re < end && word_char_len(text, re, end) > 0 {
        return j;
    }
    let right = &text[rs..re];
    let lr = right.to_ascii_lowercase();
    let ll = left.to_ascii_lowercase();
    let unit = lr.strip_suffix('s').unwrap_or(&lr);
    let number = left.bytes().all(|c| c.is_ascii_digit()) || NUMBER_WORDS.contains(&ll.as_str());
    let joined = COMPOUND_TAILS.contains(&lr.as_str())
        || COMPOUND_HEADS.contains(&ll.as_str())
        || (number && COMPOUND_UNITS.contains(&unit))
        || (left.len() <= 5
            && left.bytes().all(|c| c.is_ascii_uppercase())
            && right.bytes().all(|c| c.is_ascii_digit()));
    if joined {
        re
    } else {
        j
    }
}

/// A negative contraction spaced out by tokenised text ("didn ’ t",
/// "won ' t"): the word `text[i..j]` ends in "n" and is followed by an
/// apostrophe and "t", with a space on either side of the apostrophe or
/// both. Returns the end of the "t" (so the token reads "didn't").
fn spaced_contraction(text: &str, i: usize, j: usize, end: usize) -> usize {
    let b = text.as_bytes();
    if j == i || !matches!(b[j - 1], b'n' | b'N') {
        return j;
    }
    let space_before = j < end && b[j] == b' ';
    let mut k = j + usize::from(space_before);
    let Some(c) = text[k..end].chars().next().filter(|c| is_apostrophe(*c)) else {
        return j;
    };
    k += c.len_utf8();
    let space_after = k < end && b[k] == b' ';
    k += usize::from(space_after);
    if (space_before || space_after)
        && k < end
        && matches!(b[k], b't' | b'T')
        && word_char_len(text, k + 1, end) == 0
    {
        k + 1
    } else {
        j
    }
}

/// A possessive split off its word by tokenised text ("government 's",
/// "China ’ s"): the apostrophe at `i` (`l` bytes) follows a word and one
/// space, and is followed by "s" alone, with at most one space between.
/// Returns the end of the "s".
fn spaced_possessive(text: &str, i: usize, l: usize, end: usize) -> Option<usize> {
    let b = text.as_bytes();
    let after_word = i >= 2 && b[i - 1] == b' ' && {
        let prev = text[..i - 1].chars().next_back().unwrap_or(' ');
        crate::abbrev::is_word_char(prev)
    };
    if !after_word {
        return None;
    }
    let mut k = i + l;
    if k < end && b[k] == b' ' {
        k += 1;
    }
    (k < end && (b[k] == b's' || b[k] == b'S') && word_char_len(text, k + 1, end) == 0)
        .then_some(k + 1)
}

/// Scan a punctuation token at `i`.
fn scan_punct(text: &str, i: usize, end: usize) -> (usize, Kind) {
    let b = text.as_bytes();
    let ch = char_at(text, i);
    let l = ch.len_utf8();
    // Typewriter and TeX-style double quotes (``like this''): one quote token.
    if text[i..end].starts_with("``") || text[i..end].starts_with("''") {
        return (i + 2, Kind::Punct);
    }
    if is_apostrophe(ch) && ch != '\u{2018}' {
        let attached = i > 0 && {
            let prev = text[..i].chars().next_back().unwrap_or(' ');
            crate::abbrev::is_word_char(prev) || prev == '.'
        };
        if attached {
            let k = i + l;
            // "'s" after a word.
            if k < end && (b[k] == b's' || b[k] == b'S') && word_char_len(text, k + 1, end) == 0 {
                return (k + 1, Kind::Poss);
            }
            // Bare "'" after a plural: "protesters'".
            let prev = text[..i].chars().next_back().unwrap_or(' ');
            if (prev == 's' || prev == 'S') && word_char_len(text, k, end) == 0 {
                return (k, Kind::Poss);
            }
        }
        // Tokenised text: "government 's request", "China ’ s exports".
        if let Some(e) = spaced_possessive(text, i, l, end) {
            return (e, Kind::Poss);
        }
        return (i + l, Kind::Punct);
    }
    // Runs of periods ("...") and of hyphens ("--") are one token.
    if ch == '.' || ch == '-' {
        let mut j = i + 1;
        while j < end && b[j] == ch as u8 {
            j += 1;
        }
        return (j, Kind::Punct);
    }
    (i + l, Kind::Punct)
}

fn push_token(text: &str, s: usize, e: usize, kind: Kind, spaced: bool, out: &mut Tokens) {
    let tok = &text[s..e];
    if !out.norm.is_empty() {
        out.norm.push(' ');
    }
    let ns = out.norm.len() as u32;
    // Spaced initials and compounds ("U. K.", "rebel - held") read as the
    // compact forms ("u.k.", "rebel-held"); the span keeps the spaces.
    let compact: String;
    let tok = if spaced {
        compact = tok.replace(' ', "");
        compact.as_str()
    } else {
        tok
    };
    // TeX-style quotes read as '"', a spaced possessive ("’ s") as "'s".
    let fixed = match kind {
        Kind::Punct if tok == "``" || tok == "''" => Some(("\"", Token::PUNCT)),
        Kind::Poss if tok.contains(' ') => Some(("'s", Token::POSS)),
        _ => None,
    };
    if let Some((norm, flags)) = fixed {
        out.norm.push_str(norm);
        finish_token(out, s, e, ns, flags);
        return;
    }
    let mut flags = 0u8;
    match kind {
        Kind::Punct => flags |= Token::PUNCT,
        Kind::Poss => flags |= Token::POSS,
        Kind::Word => {}
    }
    let tb = tok.as_bytes();
    let mut upper = false;
    let mut lower = false;
    let mut hyphen = false;
    let mut high = false;
    for &c in tb {
        upper |= c.is_ascii_uppercase();
        lower |= c.is_ascii_lowercase();
        hyphen |= c == b'-';
        high |= c >= 0x80;
    }
    if !high {
        // ASCII fast path: one copy, lowercased in place.
        out.norm.push_str(tok);
        let ns_us = ns as usize;
        out.norm[ns_us..].make_ascii_lowercase();
        if kind == Kind::Word {
            let last = tb[tb.len() - 1];
            if tb[0].is_ascii_uppercase() {
                flags |= Token::CAP;
            }
            if upper && !lower {
                flags |= Token::UPPER;
            }
            if tb[0].is_ascii_digit() {
                flags |= Token::DIGIT;
                if !upper && !lower && !hyphen && last != b'.' && !tb.contains(&b'\'') {
                    flags |= Token::NUMBER;
                }
            }
            if hyphen {
                flags |= Token::HYPHEN;
            }
            if last == b'.' {
                flags |= Token::ABBREV;
            }
        }
    } else {
        let mut upper = false;
        let mut lower = false;
        let mut hyphen = false;
        let mut number = true;
        let mut first = true;
        for c in tok.chars() {
            if kind == Kind::Word {
                if first {
                    if c.is_uppercase() {
                        flags |= Token::CAP;
                    }
                    if c.is_numeric() {
                        flags |= Token::DIGIT;
                    } else {
                        number = false;
                    }
                    first = false;
                }
                if c.is_uppercase() {
                    upper = true;
                } else if c.is_lowercase() {
                    lower = true;
                }
                if is_hyphen(c) {
                    hyphen = true;
                }
                if !(c.is_numeric() || c == '.' || c == ',') {
                    number = false;
                }
            }
            fold_char(c, &mut out.norm);
        }
        if kind == Kind::Word {
            if upper && !lower {
                flags |= Token::UPPER;
            }
            if hyphen {
                flags |= Token::HYPHEN;
            }
            if number && !tok.ends_with('.') {
                flags |= Token::NUMBER;
            }
            if tok.ends_with('.') {
                flags |= Token::ABBREV;
            }
        }
    }
    finish_token(out, s, e, ns, flags);
}

/// Push the token `s..e` whose norm was written to `out.norm` from `ns`.
fn finish_token(out: &mut Tokens, s: usize, e: usize, ns: u32, flags: u8) {
    out.toks.push(Token {
        start: s,
        end: e,
        norm_start: ns,
        norm_end: out.norm.len() as u32,
        flags,
    });
}

/// Normalise a dictionary phrase exactly as text is normalised: tokenise it
/// and join the token norms with single spaces ("Côte d’Ivoire's" →
/// "cote d'ivoire 's"). Appends to `out`.
pub fn normalize_phrase_into(s: &str, out: &mut String) {
    let mut toks = Tokens::new();
    tokenize(s, Span::new(0, s.len()), &mut toks);
    if !out.is_empty() && !toks.norm.is_empty() && !out.ends_with(' ') {
        out.push(' ');
    }
    out.push_str(&toks.norm);
}

/// [`normalize_phrase_into`] into a new string.
pub fn normalize_phrase(s: &str) -> String {
    let mut out = String::new();
    normalize_phrase_into(s, &mut out);
    out
}

/// Is `w` (lower-cased) a number word from two to ten ("two", "seven")? Shared
/// by the actor recogniser and the event coder, which treat such counts like
/// digits.
pub fn is_small_number_word(w: &str) -> bool {
    matches!(
        w,
        "two" | "three" | "four" | "five" | "six" | "seven" | "eight" | "nine" | "ten"
    )
}
