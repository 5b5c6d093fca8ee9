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

/// Arabic articles that transliterations write, join or leave out at will
/// ("al-Fallujah" / "Fallujah", "Deir ez-Zor" / "Deir Ezzor").
const VARIANT_ARTICLES: &[&str] = &[
    "al", "el", "ad", "adh", "ar", "as", "ash", "az", "ez", "es", "ed", "er", "at", "ath", "an",
    "ul",
];

/// Letters an assimilated article doubles ("Ezzor" = "ez-Zor").
fn sun_letter(b: u8) -> bool {
    matches!(b, b't' | b'd' | b'r' | b'z' | b's' | b'n' | b'l')
}

/// Append the *variant key* of a key to `out` (cleared first): the form in
/// which common transliteration variants of one name agree. Rules, in order:
///
/// * a leading article word is dropped when more words follow ("al fallujah"
///   → "fallujah"), an inner one is dropped ("deir ez zor" → "deir zor"),
///   and so is an article glued to an inner word by a doubled sun letter
///   ("deir ezzor" → "deir zor");
/// * a one-letter inner word "e" or "i" (the Persian linking vowel) is
///   dropped ("mazar e sharif" → "mazar sharif");
/// * in each word "ou" becomes "u" ("jubar" / "joubar"), "ee" becomes "i"
///   (see [`push_variant_key_with`]), "ow" before a consonant or at the end becomes "o"
///   ("lowgar" / "logar"), "iy" before a vowel becomes "i" ("paktiya" /
///   "paktia"), a final "y" after a consonant becomes "i" in words of five
///   letters or more ("qamishly"), "v" becomes "w" ("vardak" / "wardak"),
///   a final "h" after a
///   vowel goes ("-eh" → "-e", "-ah" → "-a"), a final "e" becomes "a" in
///   words of five letters or more ("khabiyeh" / "khabiyah"), and doubled
///   letters are written once ("darayya" / "daraya"); a word-initial "x"
///   before a vowel becomes "h" (Somali "xuddur" / "huddur").
///
/// The variant key is appended to `out`; returns false when it is the key
/// itself.
pub(crate) fn push_variant_key(k: &str, out: &mut String) -> bool {
    push_variant_key_with(k, out, true)
}

/// [`push_variant_key`] with "ee" read as a doubled "e" (`long_i` false):
/// Somali doubles vowels ("Shabeelle" / "Shabelle"), where Arabic names
/// write a long "i" as "ee" ("Miskeen" / "Miskin"). The index holds both
/// forms of a name with "ee"; a lookup tries the "i" form first.
pub(crate) fn push_variant_key_with(k: &str, out: &mut String, long_i: bool) -> bool {
    let base = out.len();
    let mut words = k.split(' ').peekable();
    let mut first = true;
    while let Some(w) = words.next() {
        if VARIANT_ARTICLES.contains(&w) && words.peek().is_some() {
            continue;
        }
        // The Persian linking vowel: "mazar e sharif", "sar i pul".
        if !first && matches!(w, "e" | "i") && words.peek().is_some() {
            continue;
        }
        if out.len() > base {
            out.push(' ');
        }
        if !w.is_ascii() {
            out.push_str(w);
            first = false;
            continue;
        }
        let mut w = w.as_bytes();
        // An inner word with a glued article: "ezzor", "azzawiya".
        if !first && w.len() >= 5 && matches!(w[0], b'a' | b'e') && w[1] == w[2] && sun_letter(w[1])
        {
            w = &w[2..];
        }
        let start = out.len();
        let n = w.len();
        let mut i = 0;
        let vowel = |b: u8| matches!(b, b'a' | b'e' | b'i' | b'o' | b'u');
        // Somali writes the "h" of Arabic names as "x" ("Xuddur" /
        // "Huddur", "Xamar" / "Hamar"); a word-initial "x" is read as "h".
        if n >= 4 && w[0] == b'x' && vowel(w[1]) {
            out.push('h');
            i = 1;
        }
        while i < n {
            let mut c = w[i];
            if c == b'o' && i + 1 < n && w[i + 1] == b'u' {
                c = b'u';
                i += 1;
            } else if long_i && c == b'e' && i + 1 < n && w[i + 1] == b'e' {
                // "mouzafeen" / "muzafin".
                c = b'i';
                i += 1;
            } else if c == b'o' && i + 1 < n && w[i + 1] == b'w' && (i + 2 == n || !vowel(w[i + 2]))
            {
                // "lowgar" / "logar", "khowst" / "khost".
                i += 1;
            } else if c == b'y' && i >= 1 && w[i - 1] == b'i' && i + 1 < n && vowel(w[i + 1]) {
                // "paktiya" / "paktia", "saqlawiyah" / "saqlawia".
                i += 1;
                continue;
            } else if c == b'y' && i + 1 == n && n >= 5 && !vowel(w[i - 1]) {
                // A final "-y" is "-i": "qamishly" / "qamishli".
                c = b'i';
            } else if c == b'v' {
                // Persian "v" is often written "w": "vardak" / "wardak".
                c = b'w';
            } else if c == b'h' && i + 1 == n && i >= 2 && matches!(w[i - 1], b'a' | b'e') {
                break;
            }
            i += 1;
            if out.len() > start && out.as_bytes()[out.len() - 1] == c && c.is_ascii_alphabetic() {
                continue;
            }
            out.push(c as char);
        }
        if out.len() - start >= 5 && out.ends_with('e') {
            out.pop();
            out.push('a');
        }
        first = false;
    }
    &out[base..] != k
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
    fn variant_keys() {
        let v = |k: &str| {
            let mut out = String::new();
            push_variant_key(k, &mut out);
            out
        };
        assert_eq!(v("al fallujah"), v("fallujah"));
        assert_eq!(v("deir ez zor"), v("deir ezzor"));
        assert_eq!(v("deir ez zor"), "deir zor");
        assert_eq!(
            v("dayr khabiyah"),
            v("deir khabiyeh").replace("deir", "dayr")
        );
        assert_eq!(v("joubar"), v("jubar"));
        assert_eq!(v("darayya"), v("daraya"));
        assert_eq!(v("al"), "al");
        assert_eq!(v("москва"), "москва");
        // An article at the start of a one-word name stays.
        assert_eq!(v("assad"), "asad");
        // Persian and Arabic spellings of one name.
        assert_eq!(v("mazar e sharif"), v("mazar sharif"));
        assert_eq!(v("mazar i sharif"), v("mazar sharif"));
        assert_eq!(v("lowgar"), v("logar"));
        assert_eq!(v("khowst"), v("khost"));
        assert_eq!(v("paktiya"), v("paktia"));
        assert_eq!(v("saqlawiya"), v("saqlawiyah"));
        assert_eq!(v("qamishly"), v("qamishli"));
        assert_eq!(v("vardak"), v("wardak"));
        assert_eq!(v("sheikh miskeen"), v("sheikh miskin"));
        let mut out = String::new();
        push_variant_key_with("lower shabeelle", &mut out, false);
        assert_eq!(out, v("lower shabelle"));
        // Somali "x" for "h" at the start of a word.
        assert_eq!(v("xuddur"), v("huddur"));
        assert_eq!(v("xi"), "xi");
        // "ow" before a vowel stays.
        assert_eq!(v("kowel"), "kowel");
    }

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
