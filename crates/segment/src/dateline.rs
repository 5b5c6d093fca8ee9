//! Datelines: "KABUL, Afghanistan (Reuters) -", "MOSCOW, May 12 (Reuters) —",
//! "WASHINGTON (AP) --", "GENEVA —", "Nairobi, Kenya, March 3 (AFP) -".
//!
//! Older and regional wire styles too: AP's typewriter dash "ISLAMABAD,
//! Pakistan (AP) _", the South Asian and Gulf press's colon "NEW DELHI:",
//! the Spanish agencies' ".-" after the agency "Caracas, 5 March (EFE).-",
//! and press-release wires' "GENEVA, March 5 /PRNewswire/ --".

use attache_model::{Dateline, Span};
use memchr::memchr;

use crate::abbrev::{char_at, is_apostrophe, is_hyphen};

/// Lines at the head of an article that may precede the dateline (headline,
/// kicker, byline): at most this many, within this many bytes.
const MAX_HEAD_LINES: usize = 4;
const MAX_HEAD_BYTES: usize = 1200;

/// Find a dateline at the head of the article. The dateline must start a
/// line; it may be preceded only by headline-like lines (no terminal
/// punctuation, shorter than 150 bytes: headline, kicker, byline).
pub fn find_dateline(text: &str) -> Option<Dateline> {
    let b = text.as_bytes();
    let mut pos = 0;
    let mut lines = 0;
    while pos < b.len() && lines < MAX_HEAD_LINES && pos < MAX_HEAD_BYTES {
        let le = memchr(b'\n', &b[pos..]).map_or(b.len(), |k| pos + k);
        let ls = skip_blank(b, pos, le);
        let mut te = le;
        while te > ls && b[te - 1].is_ascii_whitespace() {
            te -= 1;
        }
        if ls < te {
            if let Some(d) = parse_at(text, ls, te) {
                return Some(d);
            }
            if !is_headline_like(&text[ls..te]) {
                return None;
            }
            lines += 1;
        }
        pos = le + 1;
    }
    None
}

/// A line that reads as a headline, kicker or byline: short and without
/// terminal punctuation.
pub(crate) fn is_headline_like(line: &str) -> bool {
    let t = line.trim_end_matches(|c: char| c.is_whitespace());
    if t.is_empty() || t.len() >= 150 {
        return false;
    }
    let t = t.trim_end_matches(['"', '\'', '\u{201D}', '\u{2019}', ')']);
    !t.ends_with(['.', '!', '?', ':', ';', ','])
}

fn skip_blank(b: &[u8], mut i: usize, end: usize) -> usize {
    while i < end && matches!(b[i], b' ' | b'\t' | b'\r') {
        i += 1;
    }
    i
}

/// Words that look like a place in capitals but open a kicker, not a dateline.
fn is_kicker(w: &str) -> bool {
    matches!(
        w,
        "BREAKING"
            | "UPDATE"
            | "UPDATED"
            | "EXCLUSIVE"
            | "ANALYSIS"
            | "FACTBOX"
            | "REFILE"
            | "CORRECTED"
            | "CORRECTION"
            | "WRAPUP"
            | "INTERVIEW"
            | "COLUMN"
            | "EDITORIAL"
            | "URGENT"
            | "FLASH"
            | "ALERT"
            | "OPINION"
            | "COMMENT"
            | "FEATURE"
            | "FEATURES"
            | "TOP"
            | "HEADLINES"
            | "HIGHLIGHTS"
            | "BRIEFS"
            | "BRIEF"
            | "SUMMARY"
            | "DIGEST"
            | "RECAP"
            | "INSIGHT"
            | "PREVIEW"
            | "REVIEW"
            | "NEWS"
            | "LIVE"
            | "WATCH"
            | "VIDEO"
            | "PHOTOS"
            | "NOTE"
            | "EDITORS"
            | "ADVISORY"
            | "SPORTS"
            | "BUSINESS"
            | "WORLD"
    )
}

/// Lowercase particles allowed inside a place name ("Rio de Janeiro",
/// "Frankfurt am Main", "Stratford-upon-Avon" is hyphenated anyway).
fn is_particle(w: &str) -> bool {
    matches!(
        w,
        "de" | "da"
            | "do"
            | "dos"
            | "das"
            | "del"
            | "della"
            | "di"
            | "la"
            | "le"
            | "les"
            | "el"
            | "al"
            | "of"
            | "on"
            | "upon"
            | "am"
            | "an"
            | "der"
            | "den"
            | "du"
            | "des"
            | "van"
            | "von"
            | "y"
            | "en"
            | "sur"
            | "es"
    )
}

const MONTHS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Sept",
    "Oct",
    "Nov",
    "Dec",
];

const WEEKDAYS: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// Is `w` in `list` (capitalised names), as written or in capitals ("AUG",
/// "TUESDAY": datelines of wire copy set in capitals)?
fn is_listed(list: &[&str], w: &str) -> bool {
    let mut buf = [0u8; 9];
    list.contains(&w)
        || attache_model::capitalise_caps(w, 3, &mut buf).is_some_and(|c| list.contains(&c))
}

/// Parse one place word at `i`: a letter run with internal '.', hyphens and
/// apostrophes, optionally ending with '.' ("ST.", "Calif.", "D.C.").
/// Returns its end.
fn place_word(text: &str, i: usize, end: usize, first: bool) -> Option<usize> {
    if i >= end {
        return None;
    }
    let c0 = char_at(text, i);
    if !c0.is_alphabetic() {
        return None;
    }
    let mut j = i + c0.len_utf8();
    while j < end {
        let c = char_at(text, j);
        if c.is_alphabetic() {
            j += c.len_utf8();
        } else if c == '.' || is_hyphen(c) || is_apostrophe(c) {
            let k = j + c.len_utf8();
            if k < end && char_at(text, k).is_alphabetic() {
                j = k;
            } else if c == '.' {
                j = k;
                break;
            } else {
                break;
            }
        } else {
            break;
        }
    }
    let w = &text[i..j];
    if c0.is_uppercase() {
        if first && is_kicker(w) {
            return None;
        }
        Some(j)
    } else if !first && is_particle(w) {
        Some(j)
    } else {
        None
    }
}

/// A place part: up to six space-separated place words. Returns its end.
fn place_part(text: &str, i: usize, end: usize, first_part: bool) -> Option<usize> {
    let b = text.as_bytes();
    let mut j = place_word(text, i, end, first_part)?;
    // The first word must be capitalised.
    if !char_at(text, i).is_uppercase() {
        return None;
    }
    let mut last_cap_end = j;
    for _ in 0..5 {
        if j + 1 < end && b[j] == b' ' {
            match place_word(text, j + 1, end, false) {
                Some(k) => {
                    if char_at(text, j + 1).is_uppercase() {
                        last_cap_end = k;
                    }
                    j = k;
                }
                None => break,
            }
        } else {
            break;
        }
    }
    // A place never ends on a particle.
    Some(last_cap_end)
}

/// A date part at `i`: "May 12", "Jan. 5", "12 May", "Monday"; with an
/// optional ", 2024". Returns its end.
fn date_part(text: &str, i: usize, end: usize) -> Option<usize> {
    let b = text.as_bytes();
    let word_end = |mut j: usize| {
        while j < end && b[j].is_ascii_alphabetic() {
            j += 1;
        }
        j
    };
    let digits_end = |mut j: usize| {
        let s = j;
        while j < end && b[j].is_ascii_digit() && j - s < 4 {
            j += 1;
        }
        j
    };
    let we = word_end(i);
    let mut j;
    if we > i {
        let w = &text[i..we];
        if is_listed(WEEKDAYS, w) {
            return Some(we);
        }
        if !is_listed(MONTHS, w) {
            return None;
        }
        j = we;
        if j < end && b[j] == b'.' {
            j += 1;
        }
        if j < end && b[j] == b' ' {
            j += 1;
        } else {
            return None;
        }
        let de = digits_end(j);
        if de == j || de - j > 2 {
            return None;
        }
        j = de;
    } else {
        // "12 May"
        let de = digits_end(i);
        if de == i || de - i > 2 || de >= end || b[de] != b' ' {
            return None;
        }
        let me = word_end(de + 1);
        if !is_listed(MONTHS, &text[de + 1..me]) {
            return None;
        }
        j = me;
        if j < end && b[j] == b'.' {
            j += 1;
        }
    }
    // Optional year: ", 2024" or " 2024".
    let mut k = j;
    if k < end && b[k] == b',' {
        k += 1;
    }
    if k < end && b[k] == b' ' {
        k += 1;
        let ye = digits_end(k);
        if ye - k == 4 {
            return Some(ye);
        }
    }
    Some(j)
}

/// Parse a dash at `i`: "-", "--", "–", "—", "―", or AP's old typewriter
/// dash, an underscore standing alone (" _ "). Returns its end.
fn dash(text: &str, i: usize, end: usize) -> Option<usize> {
    if i >= end {
        return None;
    }
    let b = text.as_bytes();
    if b[i] == b'_' {
        let j = i + 1;
        return (j >= end || b[j] == b' ').then_some(j);
    }
    if b[i] == b'-' {
        let mut j = i + 1;
        while j < end && b[j] == b'-' {
            j += 1;
        }
        return Some(j);
    }
    let c = char_at(text, i);
    matches!(c, '\u{2013}' | '\u{2014}' | '\u{2015}').then(|| i + c.len_utf8())
}

fn skip_spaces(b: &[u8], mut i: usize, end: usize, max: usize) -> usize {
    let s = i;
    while i < end && b[i] == b' ' && i - s < max {
        i += 1;
    }
    i
}

/// A clock time closed by a parenthesis at `i`: "7:40 A.M.)", "12:30 pm)",
/// "14:05 GMT)". Returns the position of the ')'.
fn clock_time(text: &str, i: usize, e: usize) -> Option<usize> {
    let b = text.as_bytes();
    let lim = (i + 24).min(e);
    let close = memchr(b')', &b[i..lim]).map(|k| i + k)?;
    let t = text[i..close].trim();
    let (h, rest) = t.split_once(':')?;
    let m: String = rest.chars().take_while(char::is_ascii_digit).collect();
    if h.is_empty() || h.len() > 2 || !h.bytes().all(|c| c.is_ascii_digit()) || m.len() != 2 {
        return None;
    }
    let tail = rest[2..].trim().to_ascii_lowercase().replace('.', "");
    matches!(
        tail.as_str(),
        "" | "am" | "pm" | "gmt" | "utc" | "local time"
    )
    .then_some(close)
}

fn parse_at(text: &str, s: usize, e: usize) -> Option<Dateline> {
    let b = text.as_bytes();
    let first_end = place_part(text, s, e, true)?;
    let first = &text[s..first_end];
    let letters = first.chars().filter(|c| c.is_alphabetic()).count();
    let all_caps = letters >= 2 && !first.chars().any(char::is_lowercase);
    let mut place_end = first_end;
    let mut p = first_end;
    let mut date = None;
    let mut parts = 1;
    while p < e && b[p] == b',' {
        let q = skip_spaces(b, p + 1, e, 2);
        if let Some(de) = date_part(text, q, e) {
            date = Some(Span::new(q, de));
            p = de;
            break;
        }
        let pe = place_part(text, q, e, false)?;
        parts += 1;
        if parts > 4 {
            return None;
        }
        place_end = pe;
        p = pe;
    }
    // Agency in parentheses, or between slashes on press-release wires.
    let mut r = skip_spaces(b, p, e, 2);
    let mut agency = None;
    // "DAMASCUS, Syria (7:40 A.M.) –": a clock time where the agency goes.
    let timed = r < e && b[r] == b'(' && clock_time(text, r + 1, e).is_some();
    if let Some(close) = timed.then(|| clock_time(text, r + 1, e)).flatten() {
        r = skip_spaces(b, close + 1, e, 2);
    } else if r < e && (b[r] == b'(' || b[r] == b'/') {
        let closer = if b[r] == b'(' { b')' } else { b'/' };
        let lim = (r + 48).min(e);
        let close = memchr(closer, &b[r + 1..lim]).map(|k| r + 1 + k)?;
        let a = &text[r + 1..close];
        // An agency's name has no common lowercase words ("dpa" is one
        // short word): "Jabhat al-Nusra (Syrian al-Qaeda group) -" is an
        // actor with a gloss, not a dateline.
        let ok = a.chars().next().is_some_and(char::is_alphabetic)
            && a.chars()
                .all(|c| c.is_alphanumeric() || " -&.'/".contains(c))
            && !a
                .split(' ')
                .any(|w| w.chars().count() >= 4 && w.chars().all(|c| c.is_lowercase()));
        if !ok {
            return None;
        }
        agency = Some(Span::new(r + 1, close));
        r = skip_spaces(b, close + 1, e, 2);
    }
    // "(EFE).-": the Spanish agencies put a period before the dash.
    if agency.is_some() && r + 1 < e && b[r] == b'.' && b[r + 1] == b'-' {
        r += 1;
    }
    // "NEW DELHI: The government ...": a colon and a space end it too.
    let de = if r + 1 < e && b[r] == b':' && b[r + 1] == b' ' {
        r + 1
    } else {
        dash(text, r, e)?
    };
    // A hyphen glued to a following word is not a dash ("ABC-TV").
    if b[r] == b'-' && de < e && char_at(text, de).is_alphanumeric() && de - r == 1 {
        return None;
    }
    if agency.is_none() && date.is_none() && !timed {
        // Only a capitalised place: "GENEVA —". Guard against headlines such
        // as "IRAN TALKS - WHAT NEXT": the rest of the line must read as
        // running text (or be empty).
        if !all_caps || is_headline_like(&text[de..e]) {
            return None;
        }
    }
    Some(Dateline {
        span: Span::new(s, de),
        place: Span::new(s, place_end),
        date,
        agency,
    })
}
