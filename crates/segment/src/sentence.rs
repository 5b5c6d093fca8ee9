//! Rule-based sentence splitting.

use attache_model::{Sentence, Span};
use memchr::{memchr, memchr3};

use crate::abbrev::{
    char_at, dot_kind, is_apostrophe, is_hyphen, is_space, is_starter, is_time_continuation,
    is_word_char, DotKind,
};
use crate::dateline::find_dateline;

const ELLIPSIS: &[u8] = "\u{2026}".as_bytes();

/// Split `text` into sentences (spans are byte ranges into `text`),
/// appending to `out`. Sentence indices start at 0 for each call.
///
/// A dateline at the head of the article (see [`find_dateline`]) is left out
/// of the first sentence of its paragraph.
pub fn split_sentences(text: &str, out: &mut Vec<Sentence>) {
    let dl = find_dateline(text).map(|d| d.span);
    split_sentences_skipping(text, dl, out);
}

/// [`split_sentences`] with the dateline span already known (`None`: no dateline).
pub fn split_sentences_skipping(text: &str, dateline: Option<Span>, out: &mut Vec<Sentence>) {
    let b = text.as_bytes();
    // Paragraphs: when the text has blank lines, they separate paragraphs
    // (a single newline still ends a sentence); otherwise every line is one.
    let blank_mode = has_blank_line(b);
    let mut st = State {
        index: 0,
        paragraph: 0,
        seen_content: false,
        pending_blank: false,
    };
    let mut pos = 0;
    loop {
        let mut le = memchr(b'\n', &b[pos..]).map_or(b.len(), |k| pos + k);
        let (ls, mut te) = trim(text, pos, le);
        // Hard-wrapped text: a line that stops mid-sentence continues on the next.
        while ls < te && le < b.len() {
            let nle = memchr(b'\n', &b[le + 1..]).map_or(b.len(), |k| le + 1 + k);
            let (nls, nte) = trim(text, le + 1, nle);
            if nls >= nte
                || !continues(text, ls, te, nls)
                || dateline.is_some_and(|d| d.start >= nls && d.start < nte)
            {
                break;
            }
            te = nte;
            le = nle;
        }
        if ls >= te {
            st.pending_blank = true;
        } else {
            let mut start = ls;
            let mut started = false;
            if let Some(d) = dateline {
                if d.start >= ls && d.start < te {
                    if d.start > ls {
                        st.start_paragraph(blank_mode);
                        started = true;
                        split_line(text, ls, d.start, &mut st, out);
                    }
                    start = trim(text, d.end.min(te), te).0;
                }
            }
            if start < te {
                if !started {
                    st.start_paragraph(blank_mode);
                }
                split_line(text, start, te, &mut st, out);
            }
        }
        if le >= b.len() {
            break;
        }
        pos = le + 1;
    }
}

/// Does the line `text[ls..te]` run on into the line starting at `next`?
/// Only when it plainly stops mid-sentence: no closing punctuation, and the
/// next line starts in lower case, or the line ends with a comma or a
/// function word ("of", "the", "and"). Headlines and kickers stay apart.
fn continues(text: &str, ls: usize, te: usize, next: usize) -> bool {
    let line = &text[ls..te];
    let last = line.chars().next_back().unwrap_or('.');
    if matches!(
        last,
        '.' | '!'
            | '?'
            | ':'
            | '"'
            | '\u{201d}'
            | '\''
            | '\u{2019}'
            | ')'
            | ']'
            | '-'
            | '\u{2014}'
            | '\u{2013}'
    ) {
        return false;
    }
    let first = text[next..].chars().next().unwrap_or('A');
    if first.is_lowercase() || first.is_ascii_digit() || last == ',' {
        return line.len() >= 30;
    }
    let word = line
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    line.len() >= 30
        && matches!(
            word,
            "the"
                | "a"
                | "an"
                | "of"
                | "and"
                | "or"
                | "to"
                | "in"
                | "on"
                | "at"
                | "by"
                | "for"
                | "with"
                | "from"
                | "that"
                | "said"
                | "told"
                | "his"
                | "her"
                | "its"
                | "their"
                | "as"
                | "into"
                | "between"
                | "against"
        )
}

struct State {
    index: usize,
    paragraph: usize,
    seen_content: bool,
    pending_blank: bool,
}

impl State {
    fn start_paragraph(&mut self, blank_mode: bool) {
        if self.seen_content && (!blank_mode || self.pending_blank) {
            self.paragraph += 1;
        }
        self.seen_content = true;
        self.pending_blank = false;
    }
}

/// Does the text contain an empty (whitespace-only) line between two lines?
fn has_blank_line(b: &[u8]) -> bool {
    let mut pos = 0;
    while let Some(k) = memchr(b'\n', &b[pos..]) {
        let mut j = pos + k + 1;
        while j < b.len() && matches!(b[j], b' ' | b'\t' | b'\r') {
            j += 1;
        }
        if j < b.len() && b[j] == b'\n' {
            return true;
        }
        pos = pos + k + 1;
    }
    false
}

/// Trim whitespace from both ends of `text[s..e]`.
fn trim(text: &str, mut s: usize, mut e: usize) -> (usize, usize) {
    let b = text.as_bytes();
    while s < e {
        if b[s] < 0x80 {
            if !b[s].is_ascii_whitespace() && b[s] != 0x0B {
                break;
            }
            s += 1;
        } else {
            let c = char_at(text, s);
            if !is_space(c) {
                break;
            }
            s += c.len_utf8();
        }
    }
    while e > s {
        if b[e - 1] < 0x80 {
            if !b[e - 1].is_ascii_whitespace() && b[e - 1] != 0x0B {
                break;
            }
            e -= 1;
        } else {
            let c = text[..e].chars().next_back().unwrap_or('x');
            if !is_space(c) {
                break;
            }
            e -= c.len_utf8();
        }
    }
    (s, e)
}

fn emit(text: &str, s: usize, e: usize, st: &mut State, out: &mut Vec<Sentence>) {
    let (s, e) = trim(text, s, e);
    if s >= e {
        return;
    }
    // Skip separators such as "***" or "--": no letter or digit.
    let seg = &text[s..e];
    let has_alnum = if seg.is_ascii() {
        seg.bytes().any(|c| c.is_ascii_alphanumeric())
    } else {
        seg.chars().any(char::is_alphanumeric)
    };
    if !has_alnum {
        return;
    }
    out.push(Sentence {
        index: st.index,
        span: Span::new(s, e),
        paragraph: st.paragraph,
    });
    st.index += 1;
}

/// Closing quotes and brackets that belong to the sentence before them.
#[inline]
fn closer_len(text: &str, i: usize) -> usize {
    let b = text.as_bytes()[i];
    match b {
        b'"' | b'\'' | b')' | b']' => 1,
        0xE2 | 0xC2 => {
            let c = char_at(text, i);
            if matches!(c, '\u{201D}' | '\u{2019}' | '\u{BB}' | '\u{203A}') {
                c.len_utf8()
            } else {
                0
            }
        }
        _ => 0,
    }
}

#[inline]
fn is_opening_quote(c: char) -> bool {
    matches!(c, '"' | '\u{201C}' | '\u{2018}' | '\'' | '\u{AB}')
}

/// The ASCII-letter word at `n` (empty when none).
fn word_at(text: &str, n: usize, e: usize) -> &str {
    let b = text.as_bytes();
    let mut j = n;
    while j < e && b[j].is_ascii_alphabetic() {
        j += 1;
    }
    if j < e && (b[j] >= 0x80 || b[j].is_ascii_digit()) && is_word_char(char_at(text, j)) {
        return "";
    }
    &text[n..j]
}

/// After a `Strict` abbreviation: does a new sentence start at `n`?
fn starts_sentence_strict(text: &str, n: usize, e: usize) -> bool {
    let c = char_at(text, n);
    if is_opening_quote(c) {
        let k = n + c.len_utf8();
        return k < e && char_at(text, k).is_uppercase();
    }
    let w = word_at(text, n, e);
    if !is_starter(w) {
        return false;
    }
    // "A." / "I." are initials, not the article or the pronoun.
    let after = n + w.len();
    !(w.len() == 1 && after < e && text.as_bytes()[after] == b'.')
}

/// After a `Loose` abbreviation ("a.m.", "etc."): does a new sentence start at `n`?
fn starts_sentence_loose(text: &str, n: usize, e: usize) -> bool {
    if starts_sentence_strict(text, n, e) {
        return true;
    }
    let c = char_at(text, n);
    if !c.is_uppercase() {
        return false;
    }
    let w = word_at(text, n, e);
    if is_time_continuation(w) {
        return false;
    }
    // "10 a.m. Moscow time"
    let b = text.as_bytes();
    let mut k = n + w.len();
    if !w.is_empty() && k < e && b[k] == b' ' {
        k += 1;
        if word_at(text, k, e) == "time" {
            return false;
        }
    }
    true
}

/// Start of the word that ends right before the period at `k`: scans back
/// over word chars, internal periods, hyphens and apostrophes.
fn word_before(text: &str, lo: usize, k: usize) -> usize {
    let mut j = k;
    while j > lo {
        let c = text[lo..j].chars().next_back().unwrap_or(' ');
        if is_word_char(c) || c == '.' || is_hyphen(c) || is_apostrophe(c) {
            j -= c.len_utf8();
        } else {
            break;
        }
    }
    // Do not start on punctuation.
    while j < k {
        let c = char_at(text, j);
        if is_word_char(c) {
            break;
        }
        j += c.len_utf8();
    }
    j
}

/// Position of the next '…' in `b[i..e]`.
fn find_ellipsis(b: &[u8], mut i: usize, e: usize) -> Option<usize> {
    while let Some(k) = memchr(0xE2, &b[i..e]) {
        let p = i + k;
        if b[p..e].starts_with(ELLIPSIS) {
            return Some(p);
        }
        i = p + 1;
    }
    None
}

/// Is the period at `k` the point of a decimal number split by a space, as
/// tokenised or re-extracted text has it ("$22. 5 million", "7. 5 percent")?
/// Only when one to three digits precede it and the digits at `n` are
/// followed by a magnitude or percent word.
fn split_decimal(text: &str, k: usize, n: usize, e: usize) -> bool {
    let b = text.as_bytes();
    if k == 0 || !b[k - 1].is_ascii_digit() || !b[n].is_ascii_digit() {
        return false;
    }
    // At most three digits before the point: "in 2019. 40 million people"
    // is a year ending one sentence.
    let int_digits = b[..k]
        .iter()
        .rev()
        .take_while(|c| c.is_ascii_digit())
        .count();
    if int_digits > 3 {
        return false;
    }
    let mut j = n;
    while j < e && b[j].is_ascii_digit() {
        j += 1;
    }
    if j < e && b[j] == b'%' {
        return true;
    }
    while j < e && b[j] == b' ' {
        j += 1;
    }
    let w = word_at(text, j, e);
    matches!(
        w.to_ascii_lowercase().as_str(),
        "million" | "billion" | "trillion" | "percent" | "per" | "thousand" | "mn" | "bn"
    )
}

/// Does "m" at `ws` end a spaced "a. m." or "p. m."?
fn spaced_meridiem(text: &str, ws: usize) -> bool {
    let before = text[..ws].trim_end();
    let Some(rest) = before.strip_suffix('.') else {
        return false;
    };
    let mut cs = rest.chars().rev();
    matches!(cs.next(), Some('a' | 'p' | 'A' | 'P'))
        && cs.next().is_none_or(|c| !c.is_alphanumeric())
}

/// Split one line `text[s..e]` (already trimmed, no newline inside).
fn split_line(text: &str, s: usize, e: usize, st: &mut State, out: &mut Vec<Sentence>) {
    let b = text.as_bytes();
    let mut cur = s;
    let mut i = s;
    // Next '…' at or after `i` (cached: searching again only once passed).
    let mut next_ell: Option<usize> = None;
    let mut ell_searched = false;
    loop {
        if i >= e {
            break;
        }
        let t = memchr3(b'.', b'!', b'?', &b[i..e]).map(|k| i + k);
        if !ell_searched || next_ell.is_some_and(|p| p < i) {
            next_ell = find_ellipsis(b, i, e);
            ell_searched = true;
        }
        let k = match (t, next_ell) {
            (Some(a), Some(c)) => a.min(c),
            (Some(a), None) => a,
            (None, Some(c)) => c,
            (None, None) => break,
        };
        // The run of terminal marks.
        let mut j = k;
        let mut dots = 0;
        let mut excl_q = false;
        let mut ell = false;
        while j < e {
            match b[j] {
                b'.' => {
                    dots += 1;
                    j += 1;
                }
                b'!' | b'?' => {
                    excl_q = true;
                    j += 1;
                }
                0xE2 if b[j..e].starts_with(ELLIPSIS) => {
                    ell = true;
                    j += 3;
                }
                _ => break,
            }
        }
        if dots >= 2 {
            ell = true;
        }
        // Closing quotes and brackets.
        let mut q = j;
        while q < e {
            let l = closer_len(text, q);
            if l == 0 {
                break;
            }
            q += l;
        }
        let closers = q > j;
        i = q;
        if q >= e {
            break;
        }
        let c = char_at(text, q);
        if !is_space(c) {
            continue;
        }
        let (n, _) = trim(text, q, e);
        if n >= e {
            break;
        }
        let next = char_at(text, n);
        let boundary = if excl_q {
            !next.is_lowercase()
        } else if ell {
            next.is_uppercase()
                || (is_opening_quote(next)
                    && n + next.len_utf8() < e
                    && char_at(text, n + next.len_utf8()).is_uppercase())
        } else if closers {
            !next.is_lowercase()
        } else {
            let ws = word_before(text, cur, k);
            let word = &text[ws..k];
            let prev_is_word = k > ws;
            if !prev_is_word {
                !next.is_lowercase()
            } else if ws == cur && word.bytes().all(|c| c.is_ascii_digit()) {
                // A list number at the start of a line ("1. ...").
                false
            } else if split_decimal(text, k, n, e) {
                // "$22. 5 million": a decimal number that text extraction
                // or tokenisation broke at its point.
                false
            } else if word == "m" && spaced_meridiem(text, ws) {
                // "8 a. m. Monday": a spaced "a.m."/"p.m." is loose like the compact one.
                starts_sentence_loose(text, n, e)
            } else {
                let mut kind = dot_kind(word, next.is_ascii_digit());
                if kind == DotKind::Loose
                    && (word.eq_ignore_ascii_case("a.m") || word.eq_ignore_ascii_case("p.m"))
                    && !text[..ws]
                        .trim_end()
                        .ends_with(|c: char| c.is_ascii_digit())
                {
                    // "A.M. Hendropriyono": initials, not a time (no number before).
                    kind = DotKind::Strict;
                }
                match kind {
                    DotKind::Regular => !next.is_lowercase(),
                    DotKind::Strict => starts_sentence_strict(text, n, e),
                    DotKind::Loose => starts_sentence_loose(text, n, e),
                }
            }
        };
        if boundary {
            emit(text, cur, q, st, out);
            cur = n;
        }
        i = n;
    }
    emit(text, cur, e, st, out);
}
