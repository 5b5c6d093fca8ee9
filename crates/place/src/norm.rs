//! Name normalisation shared by the gazetteer index and the text scanner.
//!
//! A *key* is the form names are compared in: diacritics folded to ASCII,
//! lower case, hyphens and slashes turned into spaces, apostrophes, periods,
//! commas and brackets dropped, runs of spaces collapsed, and the
//! abbreviations `st`/`ste`/`ft`/`mt` spelled out (`St. Louis` = `Saint Louis`).

/// ASCII replacement for a non-ASCII letter, `None` when it has none (the
/// character is then kept as it is, lower-cased).
pub(crate) fn fold_char(c: char) -> Option<&'static str> {
    Some(match c {
        'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' | 'Ā' | 'Ă' | 'Ą' | 'Ǎ' => "a",
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' | 'ǎ' | 'ạ' | 'ả' | 'ấ' | 'ầ' | 'ậ' => {
            "a"
        }
        'Æ' | 'æ' => "ae",
        'Ç' | 'Ć' | 'Ĉ' | 'Ċ' | 'Č' | 'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => "c",
        'Ð' | 'Ď' | 'Đ' | 'ð' | 'ď' | 'đ' | 'ḍ' => "d",
        'È' | 'É' | 'Ê' | 'Ë' | 'Ē' | 'Ĕ' | 'Ė' | 'Ę' | 'Ě' => "e",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' | 'ẹ' | 'ế' | 'ề' | 'ệ' => {
            "e"
        }
        'Ĝ' | 'Ğ' | 'Ġ' | 'Ģ' | 'ĝ' | 'ğ' | 'ġ' | 'ģ' => "g",
        'Ĥ' | 'Ħ' | 'ĥ' | 'ħ' | 'ḥ' | 'Ḥ' => "h",
        'Ì' | 'Í' | 'Î' | 'Ï' | 'Ĩ' | 'Ī' | 'Ĭ' | 'Į' | 'İ' => "i",
        'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' | 'ǐ' | 'ị' => "i",
        'Ĵ' | 'ĵ' => "j",
        'Ķ' | 'ķ' => "k",
        'Ĺ' | 'Ļ' | 'Ľ' | 'Ŀ' | 'Ł' | 'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => "l",
        'Ñ' | 'Ń' | 'Ņ' | 'Ň' | 'ñ' | 'ń' | 'ņ' | 'ň' => "n",
        'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' | 'Ø' | 'Ō' | 'Ŏ' | 'Ő' | 'Ǒ' => "o",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ŏ' | 'ő' | 'ǒ' | 'ọ' | 'ố' | 'ồ' | 'ộ' | 'ơ' => {
            "o"
        }
        'Œ' | 'œ' => "oe",
        'Ŕ' | 'Ŗ' | 'Ř' | 'ŕ' | 'ŗ' | 'ř' => "r",
        'Ś' | 'Ŝ' | 'Ş' | 'Š' | 'Ș' | 'ś' | 'ŝ' | 'ş' | 'š' | 'ș' | 'ṣ' | 'Ṣ' => "s",
        'ß' => "ss",
        'Ţ' | 'Ť' | 'Ŧ' | 'Ț' | 'ţ' | 'ť' | 'ŧ' | 'ț' | 'ṭ' | 'Ṭ' => "t",
        'Þ' | 'þ' => "th",
        'Ù' | 'Ú' | 'Û' | 'Ü' | 'Ũ' | 'Ū' | 'Ŭ' | 'Ů' | 'Ű' | 'Ų' | 'Ǔ' => "u",
        'ù' | 'ú' | 'û' | 'ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' | 'ǔ' | 'ư' | 'ụ' => {
            "u"
        }
        'Ŵ' | 'ŵ' => "w",
        'Ý' | 'Ÿ' | 'Ŷ' | 'ý' | 'ÿ' | 'ŷ' => "y",
        'Ź' | 'Ż' | 'Ž' | 'ź' | 'ż' | 'ž' | 'ẓ' => "z",
        _ => return None,
    })
}

/// Characters dropped from keys.
fn dropped(c: char) -> bool {
    matches!(
        c,
        '\'' | '’' | '‘' | 'ʻ' | 'ʼ' | '`' | '.' | ',' | '(' | ')' | '"' | '“' | '”'
    )
}

/// Characters that separate words in keys.
fn separator(c: char) -> bool {
    c.is_whitespace() || matches!(c, '-' | '–' | '—' | '/' | '‐')
}

/// Append the key of `s` to `out` (which is not cleared). Words already in
/// `out` are kept, so a multi-word key can be built piece by piece; a space
/// is added between pieces when needed.
pub(crate) fn push_key(s: &str, out: &mut String) {
    push_key_from(s, out, !out.is_empty());
}

/// Append the key of `s` to `out` with no separator before it (for packing
/// several keys into one buffer).
pub(crate) fn push_key_packed(s: &str, out: &mut String) {
    push_key_from(s, out, false);
}

/// Byte classes for the ASCII fast path: 0 keep (lower-cased), 1 word
/// separator, 2 dropped.
const ASCII_CLASS: [u8; 128] = {
    let mut t = [0u8; 128];
    t[b' ' as usize] = 1;
    t[b'\t' as usize] = 1;
    t[b'\n' as usize] = 1;
    t[b'\r' as usize] = 1;
    t[0x0b] = 1;
    t[0x0c] = 1;
    t[b'-' as usize] = 1;
    t[b'/' as usize] = 1;
    t[b'\'' as usize] = 2;
    t[b'`' as usize] = 2;
    t[b'.' as usize] = 2;
    t[b',' as usize] = 2;
    t[b'(' as usize] = 2;
    t[b')' as usize] = 2;
    t[b'"' as usize] = 2;
    t
};

fn push_key_from(s: &str, out: &mut String, lead_space: bool) {
    let mut pending_space = lead_space;
    let mut word_start = out.len();
    if s.is_ascii() {
        for &b in s.as_bytes() {
            match ASCII_CLASS[b as usize] {
                1 => {
                    if out.len() > word_start {
                        expand_abbrev(out, word_start);
                        pending_space = true;
                    }
                }
                2 => {}
                _ => {
                    if pending_space {
                        out.push(' ');
                        pending_space = false;
                        word_start = out.len();
                    }
                    out.push(b.to_ascii_lowercase() as char);
                }
            }
        }
        if out.len() > word_start {
            expand_abbrev(out, word_start);
        }
        return;
    }
    for c in s.chars() {
        if separator(c) {
            if out.len() > word_start {
                expand_abbrev(out, word_start);
                pending_space = true;
            }
            continue;
        }
        if dropped(c) {
            continue;
        }
        if pending_space {
            out.push(' ');
            pending_space = false;
            word_start = out.len();
        }
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else if let Some(f) = fold_char(c) {
            out.push_str(f);
        } else {
            out.extend(c.to_lowercase());
        }
    }
    if out.len() > word_start {
        expand_abbrev(out, word_start);
    }
}

/// Spell out the abbreviations that place names use interchangeably.
fn expand_abbrev(out: &mut String, word_start: usize) {
    let w = &out.as_bytes()[word_start..];
    if !(2..=3).contains(&w.len()) || !matches!(w[0], b's' | b'f' | b'm') {
        return;
    }
    let rep = match &out[word_start..] {
        "st" => "saint",
        "ste" => "sainte",
        "ft" => "fort",
        "mt" => "mount",
        _ => return,
    };
    out.truncate(word_start);
    out.push_str(rep);
}

/// The key of a name.
pub fn key(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    push_key(s, &mut out);
    out
}

/// 64-bit FNV-1a of a key (index hash) and a second, independent 32-bit
/// check hash, so the index can store hashes instead of key strings.
pub(crate) fn hashes(k: &str) -> (u64, u32) {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut c: u32 = 0x811c_9dc5 ^ 0x5bd1_e995;
    for b in k.bytes() {
        h ^= b as u64;
        h = h.wrapping_mul(0x0100_0000_01b3);
        c = (c ^ b as u32).wrapping_mul(0x0100_0193).rotate_left(5);
    }
    (h, c ^ (k.len() as u32).wrapping_mul(0x9e37_79b9))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys() {
        assert_eq!(key("St. Louis"), "saint louis");
        assert_eq!(key("Guinea-Bissau"), "guinea bissau");
        assert_eq!(key("Aydın"), "aydin");
        assert_eq!(key("São  Paulo"), "sao paulo");
        assert_eq!(key("U.S."), "us");
        assert_eq!(key("Côte d’Ivoire"), "cote divoire");
        assert_eq!(key("Düsseldorf"), "dusseldorf");
        let mut s = key("New");
        push_key("York", &mut s);
        assert_eq!(s, "new york");
    }
}
