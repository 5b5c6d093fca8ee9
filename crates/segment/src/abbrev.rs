//! Word lists and character classes shared by the tokeniser and the sentence
//! splitter, so that both agree on what an abbreviation is: a token keeps its
//! final period exactly when the splitter treats that period as part of an
//! abbreviation.

/// How a period after a word behaves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum DotKind {
    /// An ordinary word: the period ends a sentence (unless a lowercase word follows).
    Regular,
    /// An abbreviation that normally continues the sentence ("Gen.", "U.S.",
    /// "Inc.", an initial "W."): it ends one only before a typical sentence
    /// starter ("The", "He", "But", ...) or an opening quote.
    Strict,
    /// An abbreviation that often ends a sentence ("a.m.", "p.m.", "etc."): it
    /// ends one before any capitalised word except a time continuation
    /// ("Monday", "GMT", "Eastern", "Moscow time").
    Loose,
}

/// Multi-letter abbreviations written with a final period, exact case.
/// Titles, ranks, months, company suffixes and AP-style US state names.
fn abbrev_kind(w: &str) -> Option<DotKind> {
    use DotKind::*;
    Some(match w {
        // Personal titles and ranks.
        "Mr" | "Mrs" | "Ms" | "Messrs" | "Mmes" | "Dr" | "Drs" | "Prof" | "Gen" | "Gens" | "Lt"
        | "Col" | "Maj" | "Capt" | "Cpt" | "Sgt" | "Cpl" | "Pvt" | "Spc" | "Adm" | "Cmdr"
        | "Cdr" | "Brig" | "Sen" | "Sens" | "Rep" | "Reps" | "Gov" | "Govs" | "Pres" | "Amb"
        | "Atty" | "Supt" | "Insp" | "Det" | "Rev" | "Msgr" | "Fr" | "Sr" | "Jr" | "Hon" | "Rt"
        | "Sec" | "Secy" | "Gov't" => Strict,
        // Places in names.
        "St" | "Ste" | "Mt" | "Ft" | "Ave" | "Blvd" | "Hwy" | "Pk" => Strict,
        // Months (AP style abbreviates them before a day number).
        "Jan" | "Feb" | "Mar" | "Apr" | "Jun" | "Jul" | "Aug" | "Sep" | "Sept" | "Oct" | "Nov"
        | "Dec" => Strict,
        // Company and organisation suffixes.
        "Inc" | "Corp" | "Ltd" | "Co" | "Cos" | "Bros" | "Plc" | "Assn" | "Dept" | "Univ" => Strict,
        // Numbers and references ("No." only before a digit; checked by callers).
        "No" | "Nos" | "Vol" | "Nr" => Strict,
        // Military units.
        "Bn" | "Bde" | "Div" | "Regt" | "Sqn" => Strict,
        // Latin and scholarly.
        "vs" | "al" | "cf" | "ca" | "approx" => Strict,
        "etc" => Loose,
        // US states, AP style.
        "Ala" | "Ariz" | "Ark" | "Calif" | "Colo" | "Conn" | "Del" | "Fla" | "Ga" | "Ill"
        | "Ind" | "Kan" | "Kans" | "Ky" | "La" | "Md" | "Mass" | "Mich" | "Minn" | "Miss"
        | "Mo" | "Mont" | "Neb" | "Nev" | "Okla" | "Ore" | "Pa" | "Tenn" | "Tex" | "Va" | "Vt"
        | "Wash" | "Wis" | "Wyo" => Strict,
        _ => return None,
    })
}

/// An abbreviation in capitals ("GEN.", "MR.", "AUG.", "CORP."): the titles,
/// ranks, months and company suffixes of [`abbrev_kind`], not the ones that
/// are also English words or state names in capitals ("NO.", "ILL.",
/// "WASH.", "SEC."), which end sentences in text set in capitals.
fn caps_abbrev_kind(w: &str) -> Option<DotKind> {
    let mut buf = [0u8; 8];
    let c = attache_model::capitalise_caps(w, 2, &mut buf)?;
    matches!(
        c,
        "Mr" | "Mrs"
            | "Ms"
            | "Dr"
            | "Prof"
            | "Gen"
            | "Lt"
            | "Col"
            | "Maj"
            | "Capt"
            | "Sgt"
            | "Cpl"
            | "Pvt"
            | "Adm"
            | "Cmdr"
            | "Brig"
            | "Sen"
            | "Rep"
            | "Gov"
            | "Pres"
            | "Amb"
            | "Atty"
            | "Supt"
            | "Insp"
            | "Msgr"
            | "Jr"
            | "St"
            | "Mt"
            | "Ft"
            | "Jan"
            | "Feb"
            | "Mar"
            | "Apr"
            | "Jun"
            | "Jul"
            | "Aug"
            | "Sep"
            | "Sept"
            | "Oct"
            | "Nov"
            | "Dec"
            | "Inc"
            | "Corp"
            | "Ltd"
            | "Co"
            | "Plc"
    )
    .then_some(DotKind::Strict)
}

/// Classify the period that follows `word` (the word itself, without the
/// period; it may contain internal periods and hyphens). `next_is_digit`:
/// the next non-space character after the period is a digit ("No. 5").
pub(crate) fn dot_kind(word: &str, next_is_digit: bool) -> DotKind {
    // Only the part after the last hyphen matters: "pro-U.S." → "U.S".
    let tail = if word.is_ascii() {
        match word.bytes().rposition(|b| b == b'-') {
            Some(i) => &word[i + 1..],
            None => word,
        }
    } else {
        match word.rfind(['-', '\u{2010}', '\u{2011}']) {
            Some(i) => &word[i + word[i..].chars().next().map_or(1, char::len_utf8)..],
            None => word,
        }
    };
    // Fast exit for the common case: an ordinary lowercase word ("said").
    let tb = tail.as_bytes();
    if tb.len() > 6 && tb[0].is_ascii_lowercase() && !tb.contains(&b'.') {
        return DotKind::Regular;
    }
    let Some(last) = tail.chars().next_back() else {
        return DotKind::Regular;
    };
    if !last.is_alphabetic() {
        return DotKind::Regular;
    }
    if tail.contains('.') {
        // Dotted abbreviation: every segment one or two letters
        // ("U.S", "a.m", "Ph.D", "W.Va", "J.R.R", "e.g"). "reuters.com" is not.
        let dotted = tail
            .split('.')
            .all(|s| !s.is_empty() && s.chars().count() <= 2 && s.chars().all(char::is_alphabetic));
        if !dotted {
            return DotKind::Regular;
        }
        if tail.eq_ignore_ascii_case("a.m") || tail.eq_ignore_ascii_case("p.m") {
            return DotKind::Loose;
        }
        return DotKind::Strict;
    }
    let mut chars = tail.chars();
    let first = chars.next().unwrap_or(' ');
    if chars.next().is_none() {
        // A single letter: an initial ("George W. Bush") when uppercase; "v." (versus).
        return if first.is_uppercase() || first == 'v' {
            DotKind::Strict
        } else {
            DotKind::Regular
        };
    }
    match abbrev_kind(tail).or_else(|| caps_abbrev_kind(tail)) {
        Some(_) if (tail == "No" || tail == "Nos" || tail == "Nr") && !next_is_digit => {
            DotKind::Regular
        }
        Some(k) => k,
        None => DotKind::Regular,
    }
}

/// Capitalised words that typically open an English sentence; after a
/// `Strict` abbreviation only these (or an opening quote) start a new one.
pub(crate) fn is_starter(w: &str) -> bool {
    // In capitals too ("THE", "HE"): text set in capitals.
    let mut buf = [0u8; 8];
    is_starter_exact(w)
        || attache_model::capitalise_caps(w, 2, &mut buf).is_some_and(is_starter_exact)
}

fn is_starter_exact(w: &str) -> bool {
    matches!(
        w,
        "The"
            | "A"
            | "An"
            | "He"
            | "She"
            | "It"
            | "They"
            | "We"
            | "I"
            | "You"
            | "But"
            | "And"
            | "Or"
            | "So"
            | "Yet"
            | "In"
            | "On"
            | "At"
            | "By"
            | "For"
            | "From"
            | "With"
            | "Without"
            | "To"
            | "Of"
            | "As"
            | "After"
            | "Before"
            | "During"
            | "When"
            | "While"
            | "Since"
            | "Although"
            | "Though"
            | "Because"
            | "If"
            | "Unless"
            | "Until"
            | "However"
            | "Meanwhile"
            | "Moreover"
            | "Still"
            | "Also"
            | "Then"
            | "Now"
            | "Later"
            | "Earlier"
            | "There"
            | "Here"
            | "This"
            | "That"
            | "These"
            | "Those"
            | "Its"
            | "His"
            | "Her"
            | "Their"
            | "Our"
            | "My"
            | "Your"
            | "Some"
            | "Many"
            | "Most"
            | "Several"
            | "Few"
            | "All"
            | "Both"
            | "Each"
            | "Such"
            | "What"
            | "Who"
            | "Which"
            | "Why"
            | "How"
            | "Where"
            | "According"
            | "Among"
            | "Despite"
            | "Under"
            | "Over"
            | "Instead"
            | "Last"
            | "Next"
            | "Another"
            | "Other"
            | "Neither"
            | "Nor"
            | "Even"
            | "Only"
            | "Just"
            | "Asked"
            | "Separately"
            | "Officials"
            | "Police"
    )
}

/// Capitalised words that continue a sentence after "a.m." / "p.m." / "etc.".
pub(crate) fn is_time_continuation(w: &str) -> bool {
    matches!(
        w,
        "Monday"
            | "Tuesday"
            | "Wednesday"
            | "Thursday"
            | "Friday"
            | "Saturday"
            | "Sunday"
            | "January"
            | "February"
            | "March"
            | "April"
            | "May"
            | "June"
            | "July"
            | "August"
            | "September"
            | "October"
            | "November"
            | "December"
            | "ET"
            | "EST"
            | "EDT"
            | "CT"
            | "CST"
            | "CDT"
            | "MT"
            | "MST"
            | "MDT"
            | "PT"
            | "PST"
            | "PDT"
            | "GMT"
            | "UTC"
            | "BST"
            | "CET"
            | "CEST"
            | "EET"
            | "EEST"
            | "IST"
            | "JST"
            | "AEST"
            | "AEDT"
            | "Eastern"
            | "Central"
            | "Mountain"
            | "Pacific"
            | "Atlantic"
            | "Greenwich"
    )
}

/// Whitespace for our purposes: Unicode whitespace plus zero-width characters.
#[inline]
pub(crate) fn is_space(c: char) -> bool {
    // Also the invisible direction marks that pasted web text carries
    // ("\u{202A}Hmeymim"): they separate nothing but must not be tokens.
    c.is_whitespace()
        || matches!(
            c,
            '\u{200B}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'
                | '\u{2066}'..='\u{2069}' | '\u{FEFF}'
        )
}

/// Letters, digits, combining marks and the soft hyphen: the stuff of words.
#[inline]
pub(crate) fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
        || matches!(
            c,
            '\u{0300}'..='\u{036F}' | '\u{00AD}' | '\u{200C}' | '\u{200D}'
        )
}

#[inline]
pub(crate) fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}')
}

/// Apostrophes that may sit inside a word ("O'Brien", "d’Ivoire").
#[inline]
pub(crate) fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{02BC}' | '\u{2018}')
}

/// Decode the char at byte `i` (which must be a char boundary and < len).
#[inline]
pub(crate) fn char_at(text: &str, i: usize) -> char {
    let b = text.as_bytes()[i];
    if b < 0x80 {
        b as char
    } else {
        text[i..].chars().next().unwrap_or(' ')
    }
}

/// The word char at byte `i` (bounded by `end`): its length, or 0 if none.
#[inline]
pub(crate) fn word_char_len(text: &str, i: usize, end: usize) -> usize {
    if i >= end {
        return 0;
    }
    let b = text.as_bytes()[i];
    if b < 0x80 {
        return usize::from(b.is_ascii_alphanumeric());
    }
    let c = char_at(text, i);
    if is_word_char(c) {
        c.len_utf8()
    } else {
        0
    }
}
