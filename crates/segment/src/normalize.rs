//! Matching normalisation: lowercase, Latin diacritics folded to ASCII,
//! typographic quotes folded to their ASCII forms.

/// Latin-1 Supplement U+00C0..=U+00FF.
const LATIN1: [&str; 64] = [
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i", // C0-CF
    "d", "n", "o", "o", "o", "o", "o", "\u{D7}", "o", "u", "u", "u", "u", "y", "th",
    "ss", // D0-DF
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i", // E0-EF
    "d", "n", "o", "o", "o", "o", "o", "\u{F7}", "o", "u", "u", "u", "u", "y", "th",
    "y", // F0-FF
];

/// Latin Extended-A U+0100..=U+017F, one ASCII letter each; `*` marks the
/// ligatures handled separately (Ĳ ĳ Œ œ).
const EXT_A: &[u8; 128] = b"aaaaaaccccccccdd\
ddeeeeeeeeeegggg\
gggghhhhiiiiiiii\
ii**jjkkklllllll\
lllnnnnnnnnnoooo\
oo**rrrrrrssssss\
sstttttt\
uuuuuuuuuuuuwwyy\
yzzzzzzs";

/// Latin Extended Additional U+1E00..=U+1E9B (transliteration letters such as ḥ ṣ ṭ ḍ).
fn ext_additional(u: u32) -> Option<char> {
    Some(match u {
        0x1E00..=0x1E01 => 'a',
        0x1E02..=0x1E07 => 'b',
        0x1E08..=0x1E09 => 'c',
        0x1E0A..=0x1E13 => 'd',
        0x1E14..=0x1E1D => 'e',
        0x1E1E..=0x1E1F => 'f',
        0x1E20..=0x1E21 => 'g',
        0x1E22..=0x1E2B => 'h',
        0x1E2C..=0x1E2F => 'i',
        0x1E30..=0x1E35 => 'k',
        0x1E36..=0x1E3D => 'l',
        0x1E3E..=0x1E43 => 'm',
        0x1E44..=0x1E4B => 'n',
        0x1E4C..=0x1E53 => 'o',
        0x1E54..=0x1E57 => 'p',
        0x1E58..=0x1E5F => 'r',
        0x1E60..=0x1E69 => 's',
        0x1E6A..=0x1E71 => 't',
        0x1E72..=0x1E7B => 'u',
        0x1E7C..=0x1E7F => 'v',
        0x1E80..=0x1E89 => 'w',
        0x1E8A..=0x1E8D => 'x',
        0x1E8E..=0x1E8F => 'y',
        0x1E90..=0x1E95 => 'z',
        0x1E96 => 'h',
        0x1E97 => 't',
        0x1E98 => 'w',
        0x1E99 => 'y',
        0x1E9A => 'a',
        0x1E9B => 's',
        // Vietnamese.
        0x1EA0..=0x1EB7 => 'a',
        0x1EB8..=0x1EC7 => 'e',
        0x1EC8..=0x1ECB => 'i',
        0x1ECC..=0x1EE3 => 'o',
        0x1EE4..=0x1EF1 => 'u',
        0x1EF2..=0x1EF9 => 'y',
        _ => return None,
    })
}

/// Latin Extended-B letters seen in names (Romanian ș ț, Azerbaijani ə, pinyin ǎ ...).
fn ext_b(u: u32) -> Option<&'static str> {
    Some(match u {
        0x180 => "b",
        0x18F | 0x1DD | 0x259 => "e",
        0x191 | 0x192 => "f",
        0x197 | 0x268 => "i",
        0x1A0 | 0x1A1 => "o",
        0x1AF | 0x1B0 => "u",
        0x1B5 | 0x1B6 => "z",
        0x1CD | 0x1CE => "a",
        0x1CF | 0x1D0 => "i",
        0x1D1 | 0x1D2 => "o",
        0x1D3..=0x1DC => "u",
        0x1DE..=0x1E1 => "a",
        0x1E2 | 0x1E3 | 0x1FC | 0x1FD => "ae",
        0x1E4..=0x1E7 | 0x1F4 | 0x1F5 => "g",
        0x1E8 | 0x1E9 => "k",
        0x1EA..=0x1ED | 0x1FE | 0x1FF => "o",
        0x1F0 => "j",
        0x1F8 | 0x1F9 => "n",
        0x1FA | 0x1FB => "a",
        0x200..=0x203 => "a",
        0x204..=0x207 => "e",
        0x208..=0x20B => "i",
        0x20C..=0x20F | 0x22A..=0x233 => "o",
        0x210..=0x213 => "r",
        0x214..=0x217 => "u",
        0x218 | 0x219 => "s",
        0x21A | 0x21B => "t",
        _ => return None,
    })
}

/// Append the matching form of one char to `out`.
#[inline]
pub(crate) fn fold_char(c: char, out: &mut String) {
    let u = c as u32;
    if u < 0x80 {
        out.push(c.to_ascii_lowercase());
        return;
    }
    match u {
        0xC0..=0xFF => out.push_str(LATIN1[(u - 0xC0) as usize]),
        0x100..=0x17F => match u {
            0x132 | 0x133 => out.push_str("ij"),
            0x152 | 0x153 => out.push_str("oe"),
            _ => out.push(EXT_A[(u - 0x100) as usize] as char),
        },
        0x180..=0x24F | 0x259 | 0x268 => match ext_b(u) {
            Some(s) => out.push_str(s),
            None => out.extend(c.to_lowercase()),
        },
        // Combining diacritics (decomposed input), soft hyphen, zero-width chars: dropped.
        0x300..=0x36F | 0xAD | 0x200B..=0x200D | 0x2060 | 0xFEFF => {}
        // Apostrophes and single quotes.
        0xB4 | 0x2BB | 0x2BC | 0x2018..=0x201B | 0x2032 | 0x2039 | 0x203A => out.push('\''),
        // Double quotes and guillemets.
        0xAB | 0xBB | 0x201C..=0x201F | 0x2033 => out.push('"'),
        // Spaces.
        0xA0 | 0x2000..=0x200A | 0x202F | 0x205F | 0x3000 => out.push(' '),
        // Hyphens (dashes U+2013/U+2014 are kept as they are).
        0x2010 | 0x2011 | 0x2212 => out.push('-'),
        0x2026 => out.push_str("..."),
        0x1E9E => out.push_str("ss"),
        0x1E00..=0x1EFF => match ext_additional(u) {
            Some(a) => out.push(a),
            None => out.extend(c.to_lowercase()),
        },
        _ => out.extend(c.to_lowercase()),
    }
}

/// The normalisation used for matching: lowercase, diacritics folded
/// (é→e, ü→u, ç→c, ı→i, ş→s, ğ→g, ø→o, æ→ae, ß→ss, ḥ→h, ș→s ...),
/// typographic apostrophes and quotes folded (’ ‘ → ', “ ” « » → "),
/// `…` → `...`, non-breaking spaces → space, soft hyphens and zero-width
/// characters dropped. En and em dashes are kept. Appends to `out`.
pub fn normalize_into(s: &str, out: &mut String) {
    if s.is_ascii() {
        // ASCII fast path: a bytewise lowercase copy.
        out.reserve(s.len());
        let start = out.len();
        out.push_str(s);
        out[start..].make_ascii_lowercase();
        return;
    }
    out.reserve(s.len());
    for c in s.chars() {
        fold_char(c, out);
    }
}

/// `normalize_into` into a new string.
pub fn normalize(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    normalize_into(s, &mut out);
    out
}
