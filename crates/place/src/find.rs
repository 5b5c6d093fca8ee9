//! Finding place names in a sentence and choosing a location for each.

use attache_model::{Location, PlacePrecision, Span};
use rustc_hash::{FxHashMap, FxHashSet};

use crate::aliases::{
    ADMIN_WORDS, CUE_FROM, CUE_IN, CUE_NEAR, CUE_TO, DIRECTIONS, DOTTED_ABBREVIATIONS, FIRST_NAMES,
    GENERIC_REGION_WORDS, KEEP_AFTER, NEVER, NEVER_PHRASES, ORG_SUFFIXES, OVER_WORDS,
    PERSON_TITLES, PLACE_OF, POSTAL_CODES, SPEECH_VERBS, STATE_ABBREVIATIONS,
};
use crate::gazetteer::{
    sort_candidates, town_before_division, Candidate, Gazetteer, PlaceKind, RegionFilter,
};
use crate::norm::{push_key, push_key_packed};

/// What in the text made a name a location.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Cue {
    /// "in X", "at X", "across X", "inside X", "the city of X".
    In,
    /// "near X", "outside X", "off X".
    Near,
    /// "from X".
    From,
    /// "to X", "toward X", "visited X".
    To,
    /// "X-based".
    Based,
    /// "X province", "X region", "the province of X".
    Province,
    /// "northern X", "north of X".
    Direction,
    /// The place part of a dateline.
    Dateline,
    /// A nationality adjective ("Turkish"), from [`find_demonyms`] only.
    ///
    /// [`find_demonyms`]: crate::find_demonyms
    Demonym,
    /// No cue: the name stands on its own.
    Bare,
}

impl Cue {
    pub fn as_str(&self) -> &'static str {
        match self {
            Cue::In => "in",
            Cue::Near => "near",
            Cue::From => "from",
            Cue::To => "to",
            Cue::Based => "based",
            Cue::Province => "province",
            Cue::Direction => "direction",
            Cue::Dateline => "dateline",
            Cue::Demonym => "demonym",
            Cue::Bare => "bare",
        }
    }

    /// How much the cue says "this is where something happened".
    pub fn weight(&self) -> f32 {
        match self {
            Cue::Dateline => 1.0,
            Cue::Province => 0.95,
            Cue::In | Cue::Based => 0.9,
            Cue::Near | Cue::Direction => 0.85,
            Cue::From | Cue::To => 0.75,
            Cue::Bare => 0.6,
            Cue::Demonym => 0.4,
        }
    }
}

/// The article's context for choosing among same-named places.
#[derive(Debug, Clone, Copy, Default)]
pub struct PlaceContext<'a> {
    /// ISO3 codes from the article (dateline, actors), most important first.
    pub countries: &'a [&'a str],
    /// First-level divisions the article names (dateline, earlier
    /// sentences), as (ISO3, division name as in `Location::admin1`).
    /// Towns and divisions in one of them get +0.4: after "Ontario",
    /// "London" is London, Ontario.
    pub divisions: &'a [(&'a str, &'a str)],
    /// Places the article has already fixed, such as the dateline's
    /// ("LONDON, Ky."): a later mention of the same name is read as the
    /// same place (one sense per article), whatever its size.
    pub known: &'a [Location],
}

/// Bonus for being a place the article has already fixed.
const KNOWN_BONUS: f32 = 1.0;

fn is_known(c: &Candidate, known: &[Location]) -> bool {
    known.iter().any(|l| {
        l.name == c.name
            && l.country.as_deref().unwrap_or("") == c.iso3
            && l.lat.is_some_and(|v| (v - c.lat).abs() < 1e-3)
            && l.lon.is_some_and(|v| (v - c.lon).abs() < 1e-3)
    })
}

/// Bonus for lying in a division the article or the sentence names.
const DIVISION_BONUS: f32 = 0.4;

/// A place name found in the text, with the location chosen for it.
#[derive(Debug, Clone, PartialEq)]
pub struct PlaceMention {
    /// Absolute byte range of the name in the text.
    pub span: Span,
    pub cue: Cue,
    /// The chosen location, `span` set.
    pub location: Location,
    /// Confidence in 0..1: the cue's weight times how clearly the chosen
    /// candidate beat the others.
    pub score: f32,
}

#[derive(Debug, Clone, Copy)]
struct Tok {
    start: usize,
    end: usize,
    /// First character is upper case.
    cap: bool,
    /// Every letter is upper case.
    upper: bool,
    /// Directly joined to the previous token by a hyphen.
    hyphen_before: bool,
    /// Only white space (or one hyphen) separates it from the previous token.
    tight: bool,
    /// A comma separates it from the previous token (and nothing stronger).
    comma_before: bool,
    /// First token of the sentence, or after a quote, colon, bracket, dash.
    initial: bool,
    /// A possessive "'s" followed (and was cut off).
    possessive: bool,
    /// The sentence is set in capitals and `cap`/`upper` were read as if it
    /// were not (see [`recase_capitals`]).
    recased: bool,
}

const CONNECTORS: &[&str] = &[
    "of", "de", "da", "do", "del", "della", "di", "du", "des", "dos", "das", "la", "le", "les",
    "el", "al", "upon", "on", "am", "an", "der", "den", "the", "and", "es", "sur", "y", "en",
    "bin", "ibn", "au", "aux", "ez",
];
const ARABIC_ARTICLES: &[&str] = &[
    "al", "el", "ad", "ar", "as", "an", "ash", "az", "at", "ath", "ez", "es",
];
const ADJ_SUFFIXES: &[&str] = &[
    "led",
    "backed",
    "born",
    "made",
    "bound",
    "controlled",
    "held",
    "run",
    "owned",
    "area",
    "style",
    "brokered",
    "funded",
    "sponsored",
    "allied",
    "aligned",
    "registered",
    "flagged",
];

/// Is `w` in this word list? Long lists are looked up in a hash set built
/// on first use (per thread, keyed by the list's address): scanning lists of
/// hundreds of words for every token was a tenth of the coding time.
fn is_in(list: &'static [&'static str], w: &str) -> bool {
    if list.len() <= 16 {
        return list.contains(&w);
    }
    thread_local! {
        static SETS: std::cell::RefCell<FxHashMap<usize, FxHashSet<&'static str>>> =
            std::cell::RefCell::new(FxHashMap::default());
    }
    SETS.with(|sets| {
        let mut sets = sets.borrow_mut();
        sets.entry(list.as_ptr() as usize)
            .or_insert_with(|| list.iter().copied().collect())
            .contains(w)
    })
}

/// Abbreviations whose trailing period belongs to the word.
fn keeps_period(word: &str) -> bool {
    if word.contains('.') {
        return true;
    }
    let mut chars = word.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        return c.is_uppercase();
    }
    matches!(
        word,
        "St" | "Ste"
            | "Mt"
            | "Ft"
            | "Mr"
            | "Mrs"
            | "Ms"
            | "Dr"
            | "Gen"
            | "Sen"
            | "Rep"
            | "Gov"
            | "Lt"
            | "Col"
            | "Capt"
            | "Sgt"
            | "Maj"
            | "Adm"
            | "Prof"
            | "Rev"
    ) || STATE_ABBREVIATIONS
        .iter()
        .any(|(a, _, _)| a.len() == word.len() + 1 && a.starts_with(word))
}

fn tokenize(text: &str, span: Span, out: &mut Vec<Tok>) {
    out.clear();
    let s = &text[span.start..span.end];
    let b = s.as_bytes();
    let mut iter = s.char_indices().peekable();
    let mut sep_start = 0usize;
    while let Some((i, c)) = iter.next() {
        if !c.is_alphanumeric() {
            continue;
        }
        // A token starts at i.
        let start = i;
        let mut end = i + c.len_utf8();
        while let Some(&(j, d)) = iter.peek() {
            if d.is_alphanumeric() {
                end = j + d.len_utf8();
                iter.next();
                continue;
            }
            if matches!(d, '\'' | '’' | '.' | '&') {
                // Keep it only when a letter follows directly ("O'Hare", "U.S").
                let after = s[j + d.len_utf8()..].chars().next();
                if after.is_some_and(|a| a.is_alphanumeric()) {
                    end = j + d.len_utf8();
                    iter.next();
                    continue;
                }
            }
            break;
        }
        // Trailing period of an abbreviation ("U.S.", "St.", "Ky.").
        if end < b.len() && b[end] == b'.' && keeps_period(&s[start..end]) {
            end += 1;
            iter.next();
        }
        // Possessive "'s" is not part of the name.
        let word = &s[start..end];
        let possessive = word.len() > 3 && (word.ends_with("'s") || word.ends_with("’s"));
        if possessive {
            end -= if word.ends_with("'s") { 2 } else { 4 };
        }
        // Skip whatever of the possessive we cut off.
        while let Some(&(j, _)) = iter.peek() {
            if j < start + word.len() {
                iter.next();
            } else {
                break;
            }
        }
        let sep = &s[sep_start..start];
        let first = out.is_empty();
        let hyphen_before = !first && sep == "-";
        let tight = !first && (hyphen_before || (!sep.is_empty() && sep.chars().all(|c| c == ' ')));
        let comma_before = !first && sep.trim() == ",";
        let initial = first
            || sep.chars().any(|c| {
                matches!(
                    c,
                    '"' | '“'
                        | '”'
                        | ':'
                        | ';'
                        | '('
                        | ')'
                        | '['
                        | ']'
                        | '—'
                        | '–'
                        | '!'
                        | '?'
                        | '\n'
                        | '•'
                )
            })
            || (sep.contains('.') && !hyphen_before);
        let w = &s[start..end];
        let mut letters = w.chars().filter(|c| c.is_alphabetic()).peekable();
        let cap = w.chars().next().is_some_and(|c| c.is_uppercase());
        let upper = letters.peek().is_some() && letters.all(|c| c.is_uppercase());
        out.push(Tok {
            start: start + span.start,
            end: end + span.start,
            cap,
            upper,
            hyphen_before,
            tight,
            comma_before,
            initial,
            possessive,
            recased: false,
        });
        sep_start = start + word.len();
    }
    recase_capitals(text, out);
}

/// Small words of running text that are never part of a place name when a
/// sentence is set in capitals ("IN THE WEST BANK ON MONDAY"). Connectors
/// inside names ("of", "de", "al") are kept apart: [`CONNECTORS`] reads them
/// lower-cased anyway.
const CAPS_FUNCTION_WORDS: &[&str] = &[
    "a", "about", "across", "after", "against", "along", "also", "amid", "among", "and", "are",
    "around", "as", "at", "be", "been", "before", "behind", "between", "but", "by", "capital",
    "despite", "during", "for", "from", "had", "has", "have", "he", "her", "his", "in", "inside",
    "into", "is", "it", "its", "near", "nearby", "not", "of", "off", "on", "onto", "or", "outside",
    "over", "said", "says", "she", "since", "than", "that", "the", "their", "them", "these",
    "they", "this", "those", "through", "to", "toward", "towards", "under", "until", "up", "upon",
    "via", "was", "we", "were", "when", "where", "which", "while", "who", "will", "with", "within",
    "without", "would",
];

/// A sentence (headline, old wire copy) set in capitals: read its words as
/// if it were in ordinary case. Small function words are not capitalised
/// and longer words are capitalised names rather than acronyms; words of up
/// to three letters stay acronyms ("US", "UN", "UAE"). Mixed-case text is
/// left alone, and so are its acronyms.
fn recase_capitals(text: &str, toks: &mut [Tok]) {
    // Most sentences have fewer than four words in capitals at all: they
    // are turned away before their letters are counted.
    if toks.iter().filter(|t| t.upper).count() < 4 {
        return;
    }
    let (mut letters, mut capitals, mut upper_words) = (0usize, 0usize, 0usize);
    for t in toks.iter() {
        let mut n = 0;
        for c in text[t.start..t.end].chars().filter(|c| c.is_alphabetic()) {
            n += 1;
            if c.is_uppercase() {
                capitals += 1;
            }
        }
        letters += n;
        if t.upper && n >= 2 {
            upper_words += 1;
        }
    }
    // Most letters in capitals, and enough words to tell a line in capitals
    // from a short acronym or a dateline.
    if upper_words < 4 || capitals * 10 < letters * 9 {
        return;
    }
    let mut key = String::with_capacity(16);
    for t in toks.iter_mut() {
        if !t.upper {
            continue;
        }
        lower_key(text, t, &mut key);
        t.recased = true;
        if is_in(CAPS_FUNCTION_WORDS, &key) {
            t.cap = false;
            t.upper = false;
        } else if key.chars().filter(|c| c.is_alphabetic()).count() > 3 {
            t.upper = false;
        }
    }
}

fn lower_key(text: &str, t: &Tok, buf: &mut String) {
    buf.clear();
    push_key(&text[t.start..t.end], buf);
}

struct Match {
    first: usize,
    last: usize,
    key: String,
    cue: Cue,
    /// Followed directly by another capitalised word that is not a place
    /// word ("Vladimir Putin", "Campbell Soup").
    cap_after: bool,
    /// In a line set in capitals, glued to a word before it that may or may
    /// not be a name ("TROOPS ENTERING BEIRUT", "KOFI ANNAN"): only a
    /// country, a division, a capital or a town of 100,000+ is taken.
    cap_before: bool,
    /// A speech verb right before or after ("Burton said").
    speech: bool,
    /// ", Region" right after ("Paris, Texas").
    region: Option<RegionFilter>,
    /// A capitalised division word right after is part of the name ("Hunan
    /// Province", "Aleppo Governorate"): the mention's last token.
    name_end: usize,
    /// Matched by its variant key only ("Fallujah" for "Al Fallūjah"): the
    /// candidates count as alternate names and one word needs a place cue.
    variant: bool,
    /// The country of Y in "the X district of Y": X lies there, so a small
    /// town of that name elsewhere is a local name the gazetteer lacks.
    part_of: Option<u16>,
}

/// Population under which a town is read as a local name in "the X
/// district of Y" when it lies outside Y's country (see `Match::part_of`).
const PART_OF_TOWN_POPULATION: u32 = 100_000;

/// The country of the place named from token `j` (up to three capitalised
/// words, the longest known name): a country, a division or a town.
fn part_of_country(g: &Gazetteer, toks: &[Tok], keys: &[&str], j: usize) -> Option<u16> {
    let mut k = String::new();
    let mut best = None;
    for len in 1..=3 {
        let last = j + len - 1;
        if last >= toks.len() || !toks[last].cap || (len > 1 && !toks[last].tight) {
            break;
        }
        if len > 1 {
            k.push(' ');
        }
        k.push_str(keys[last]);
        if is_in(NEVER, &k) {
            continue;
        }
        if let Some(c) = g.scored(&k, &[]).first() {
            best = g.country_index(c.iso3);
        }
    }
    best
}

/// Division and part words of "the X district of Y" (see `Match::part_of`).
const PART_OF_WORDS: &[&str] = &[
    "district",
    "subdistrict",
    "province",
    "region",
    "county",
    "governorate",
    "prefecture",
    "municipality",
    "department",
    "area",
    "state",
];

/// Find place names in `text[span]` (a sentence) and choose a location for
/// each; mentions are appended to `out` in text order.
pub fn find_places(text: &str, span: Span, ctx: &PlaceContext, out: &mut Vec<PlaceMention>) {
    // Cheap screen: a place name needs an upper-case letter.
    let s = &text[span.start..span.end];
    if s.is_ascii() && !s.bytes().any(|b| b.is_ascii_uppercase()) {
        return;
    }
    let g = Gazetteer::get();
    let mut toks = Vec::with_capacity(48);
    tokenize(text, span, &mut toks);
    // All token keys in one buffer.
    let mut kb = String::with_capacity(s.len() + 16);
    let mut ranges: Vec<(usize, usize)> = Vec::with_capacity(toks.len());
    for t in &toks {
        let a = kb.len();
        push_key_packed(&text[t.start..t.end], &mut kb);
        ranges.push((a, kb.len()));
    }
    let keys: Vec<&str> = ranges.iter().map(|&(a, b)| &kb[a..b]).collect();
    let matches = scan(g, text, &toks, &keys);

    // Context: the article's countries, then countries named in this sentence.
    let mut ctx_idx: Vec<u16> = ctx
        .countries
        .iter()
        .filter_map(|c| g.country_index(c))
        .collect();
    // Countries the sentence names (read with the article's context) are
    // context for the other names, not for themselves.
    let n_article = ctx_idx.len();
    let mut own: Vec<Option<u16>> = Vec::with_capacity(matches.len());
    let mut raws: Vec<Vec<Candidate>> = Vec::with_capacity(matches.len());
    for m in &matches {
        let mut raw = g.scored(&m.key, &ctx_idx[..n_article]);
        if m.variant {
            for c in raw.iter_mut() {
                c.alternate = true;
            }
            g.rescore(&mut raw, &ctx_idx[..n_article]);
        }
        let ci = raw
            .first()
            .filter(|t| t.kind == PlaceKind::Country)
            .and_then(|t| g.country_index(t.iso3));
        if m.region.is_none() {
            raw.truncate(64);
        }
        raws.push(raw);
        if let Some(ci) = ci {
            if !ctx_idx.contains(&ci) {
                ctx_idx.push(ci);
            }
        }
        own.push(ci);
    }

    // Divisions: the article's, then those this sentence names (context for
    // the other names, as countries are).
    let mut divs: Vec<(&str, &str)> = ctx.divisions.to_vec();
    let n_article_divs = divs.len();
    let mut own_div: Vec<Option<(&str, &str)>> = Vec::with_capacity(matches.len());
    for raw in &raws {
        let d = raw
            .first()
            .filter(|t| t.kind == PlaceKind::Admin1 && !t.iso3.is_empty())
            .and_then(|t| Some((t.iso3, t.admin1?)));
        if let Some(d) = d {
            if !divs.contains(&d) {
                divs.push(d);
            }
        }
        own_div.push(d);
    }

    let base = out.len();
    let mut local: Vec<u16> = Vec::with_capacity(ctx_idx.len());
    for (mi, m) in matches.iter().enumerate() {
        local.clear();
        local.extend(
            ctx_idx
                .iter()
                .enumerate()
                .filter(|&(j, &c)| j < n_article || own[mi] != Some(c))
                .map(|(_, &c)| c),
        );
        let mut cands = std::mem::take(&mut raws[mi]);
        if local.len() != n_article {
            g.rescore(&mut cands, &local);
        }
        if !divs.is_empty() || !ctx.known.is_empty() {
            let mut any = false;
            for c in cands.iter_mut() {
                if is_known(c, ctx.known) {
                    c.score += KNOWN_BONUS;
                    any = true;
                }
                let Some(a) = c.admin1 else { continue };
                if divs.iter().enumerate().any(|(j, &(i3, d))| {
                    i3 == c.iso3 && d == a && (j < n_article_divs || own_div[mi] != Some((i3, d)))
                }) {
                    c.score += DIVISION_BONUS;
                    any = true;
                }
            }
            if any {
                sort_candidates(&mut cands);
            }
        }
        let mut paired = false;
        if let Some(region) = m.region {
            let within: Vec<Candidate> = cands
                .iter()
                .filter(|c| region.matches(g, c))
                .cloned()
                .collect();
            if !within.is_empty() {
                cands = within;
                paired = true;
            }
        }
        // "the Zhari district of Kandahar province" is no Polish town: a
        // small town lying outside the country of the unit after "of" is
        // left to `unlisted`, which takes the name as a district the
        // gazetteer lacks. A country or a large town before the division
        // word is the container ("the Syria province of Daraa").
        if let Some(pc) = m.part_of {
            let iso = g.iso3_of(pc);
            let small_town = cands.first().is_some_and(|c| {
                c.kind == PlaceKind::Place
                    && !c.capital
                    && c.population.unwrap_or(0) < PART_OF_TOWN_POPULATION
            });
            if small_town && !cands.iter().any(|c| c.iso3 == iso) {
                continue;
            }
        }
        // "New York Gov. X", "upstate New York", "Bronx, New York": the
        // division, not the town of the same name.
        let cue = if !paired && state_context(&toks, &keys, m, &cands, &out[base..]) {
            Cue::Province
        } else {
            m.cue
        };
        let Some((best, conf)) = choose(cands, cue) else {
            continue;
        };
        // A place the article has fixed needs no more evidence ("LONDON,
        // Ky. - London Police said ...").
        let paired = paired || is_known(&best, ctx.known);
        if !paired && !accept(g, &best, m, &toks, &keys, &ctx_idx) {
            continue;
        }
        let sp = Span::new(toks[m.first].start, toks[m.name_end].end);
        let mut loc = best.to_location();
        loc.span = Some(sp);
        // A small town on another continent from every country the article
        // is about is more likely a local name the gazetteer lacks (an
        // airport, a suburb, a hamlet): it keeps the name, takes the
        // "Town, Region" pair's country or the article's first country, and
        // has no coordinates.
        if !paired && n_article > 0 && far_small_town(g, &best, &ctx_idx) {
            let region = m.region.as_ref().map(|r| match *r {
                RegionFilter::Country(c) => (c, None),
                RegionFilter::Admin1(c, a) => (c, g.admin1.get(a as usize).map(|d| d.name)),
            });
            let (c, admin1) = region.unwrap_or((ctx_idx[0], None));
            loc = Location {
                name: sp.slice(text).to_string(),
                country: Some(g.iso3_of(c).to_string()),
                admin1: admin1.map(str::to_string),
                lat: None,
                lon: None,
                precision: attache_model::PlacePrecision::Place,
                span: Some(sp),
            };
        }
        let conf = if paired { conf.max(0.9) } else { conf };
        // The ground an assault is on is where it happens ("attacks on X");
        // not a country, which is as often the target state.
        let cue = if best.kind != PlaceKind::Country && assault_object(&toks, &keys, m) {
            Cue::In
        } else {
            m.cue
        };
        out.push(PlaceMention {
            span: sp,
            cue,
            location: loc,
            score: cue.weight() * conf * if m.cap_after { 0.85 } else { 1.0 },
        });
    }
    abbreviations(g, text, &toks, &keys, out, base);
    unlisted(g, text, &toks, &keys, ctx, out, base);
    extend_spans(g, text, span, &mut out[base..]);
}

/// Population under which a town far from the article's countries is
/// taken for a local name the gazetteer lacks (see [`far_small_town`]).
const FAR_TOWN_POPULATION: u32 = 10_000;

/// Distance (km) from the centre of every context country beyond which a
/// small town counts as far away.
const FAR_TOWN_KM: f64 = 3_000.0;

/// Is `best` a small town (not a capital) lying in no context country and
/// more than [`FAR_TOWN_KM`] from the centre of each ("Heathrow" read as a
/// Florida town in an article about England)?
fn far_small_town(g: &Gazetteer, best: &Candidate, ctx_idx: &[u16]) -> bool {
    if best.kind != PlaceKind::Place
        || best.capital
        || best.population.unwrap_or(0) >= FAR_TOWN_POPULATION
        || ctx_idx.is_empty()
    {
        return false;
    }
    ctx_idx.iter().all(|&c| {
        let iso3 = g.iso3_of(c);
        iso3 != best.iso3
            && g.country(iso3).is_some_and(|l| match (l.lat, l.lon) {
                (Some(la), Some(lo)) => {
                    great_circle_km((la, lo), (best.lat, best.lon)) > FAR_TOWN_KM
                }
                _ => false,
            })
    })
}

/// Great-circle distance in kilometres between two (latitude, longitude)
/// points in degrees (haversine, mean Earth radius 6,371 km).
pub fn great_circle_km(a: (f64, f64), b: (f64, f64)) -> f64 {
    let (la1, lo1, la2, lo2) = (
        a.0.to_radians(),
        a.1.to_radians(),
        b.0.to_radians(),
        b.1.to_radians(),
    );
    let h = ((la2 - la1) / 2.0).sin().powi(2)
        + la1.cos() * la2.cos() * ((lo2 - lo1) / 2.0).sin().powi(2);
    2.0 * 6371.0 * h.sqrt().asin()
}

/// Does the text around a name read as a first-level division that shares
/// its name with a larger town ("New York", "Washington")? The words after
/// it name the division's offices ("New York Gov. X", "the Washington
/// legislature"), "upstate"/"downstate" stands before it, or it is the tail
/// of a "Town, Division" pair whose town lies in that division ("Bronx, New
/// York").
fn state_context(
    toks: &[Tok],
    keys: &[&str],
    m: &Match,
    cands: &[Candidate],
    before: &[PlaceMention],
) -> bool {
    // A division and a town of its name in the same country among the
    // best candidates.
    let Some(div) = cands.iter().take(3).find(|c| c.kind == PlaceKind::Admin1) else {
        return false;
    };
    if !cands
        .iter()
        .take(3)
        .any(|c| c.kind == PlaceKind::Place && c.iso3 == div.iso3)
    {
        return false;
    }
    let e = m.name_end;
    let office = e + 1 < toks.len()
        && toks[e + 1].tight
        && matches!(
            keys[e + 1],
            "gov" | "governor" | "legislature" | "statehouse"
        );
    let upstate = m.first > 0
        && toks[m.first].tight
        && !toks[m.first - 1].cap
        && matches!(keys[m.first - 1], "upstate" | "downstate");
    let tail = m.first > 0
        && toks[m.first].comma_before
        && before.last().is_some_and(|p| {
            p.span.end == toks[m.first - 1].end
                && p.location.precision == attache_model::PlacePrecision::Place
                && p.location.country.as_deref() == Some(div.iso3)
                && p.location.admin1.as_deref() == div.admin1
        });
    office || upstate || tail
}

/// Words of a town's name that news writes around the gazetteer's form:
/// "Gaza City" and "Aleppo City" for the towns Gaza and Aleppo, and an
/// Arabic article joined by a hyphen ("al-Bayaa" for Bayaa). The mention's
/// span takes them in; the location stays.
fn extend_spans(g: &Gazetteer, text: &str, span: Span, ms: &mut [PlaceMention]) {
    for m in ms.iter_mut() {
        if m.location.precision == PlacePrecision::Country {
            continue;
        }
        let mut sp = m.span;
        let after = &text[sp.end..span.end];
        let name = &text[sp.start..sp.end];
        // "GAZA CITY" in a line set in capitals.
        let city = after.strip_prefix(" City").or_else(|| {
            after
                .strip_prefix(" CITY")
                .filter(|_| !name.chars().any(char::is_lowercase))
        });
        if let Some(r) = city {
            if !r.starts_with(char::is_alphanumeric)
                && !name.ends_with("City")
                && !name.ends_with("CITY")
            {
                sp.end += " City".len();
                // A division named after its town: "X City" is the town.
                if m.location.precision == PlacePrecision::Admin1 {
                    let town = g
                        .candidates(
                            &text[m.span.start..m.span.end],
                            m.location.country.as_deref(),
                        )
                        .into_iter()
                        .find(|c| {
                            c.kind == PlaceKind::Place
                                && Some(c.iso3) == m.location.country.as_deref()
                        });
                    if let Some(t) = town {
                        m.location = t.to_location();
                    }
                }
            }
        }
        if m.location.precision != PlacePrecision::Place {
            if sp != m.span {
                m.span = sp;
                m.location.span = Some(sp);
            }
            continue;
        }
        // "Shindand District", "Bharatpur Municipality": a town named with
        // the division named after it; the whole name is the mention.
        for part in [" District", " Municipality"] {
            if let Some(r) = text[sp.end..span.end].strip_prefix(part) {
                if !r.starts_with(char::is_alphanumeric) && !name.ends_with(&part[1..]) {
                    sp.end += part.len();
                }
                break;
            }
        }
        let head = &text[span.start..sp.start];
        for art in [
            "al-", "Al-", "el-", "El-", "ad-", "ar-", "as-", "an-", "ash-", "az-",
        ] {
            if let Some(h) = head.strip_suffix(art) {
                if h.is_empty() || h.ends_with([' ', '(', '"', '“', '\'']) {
                    sp.start -= art.len();
                }
                break;
            }
        }
        if sp != m.span {
            m.span = sp;
            m.location.span = Some(sp);
        }
    }
}

/// Scan tokens for gazetteer names (longest match first).
fn scan(g: &Gazetteer, text: &str, toks: &[Tok], keys: &[&str]) -> Vec<Match> {
    let mut matches = Vec::new();
    let n = toks.len();
    let mut i = 0;
    let mut last_match_end: Option<usize> = None;
    let mut kbuf = String::with_capacity(48);
    let mut vbuf = String::with_capacity(48);
    while i < n {
        let t = &toks[i];
        let article_start = !t.cap
            && is_in(ARABIC_ARTICLES, keys[i])
            && i + 1 < n
            && toks[i + 1].hyphen_before
            && toks[i + 1].cap;
        if (!t.cap || t.start == t.end) && !article_start {
            i += 1;
            continue;
        }
        // Longest sequence of name-like tokens from i.
        let mut found: Option<(usize, String, bool)> = None;
        let max = (n - i).min(6);
        for len in (1..=max).rev() {
            let last = i + len - 1;
            if !toks[last].cap {
                continue;
            }
            let ok = (i + 1..=last).all(|j| {
                toks[j].tight
                    && (toks[j].cap || is_in(CONNECTORS, keys[j]) || toks[j].hyphen_before)
                    && !toks[j - 1].possessive
            });
            if !ok {
                continue;
            }
            kbuf.clear();
            for k in &keys[i..=last] {
                if !kbuf.is_empty() {
                    kbuf.push(' ');
                }
                kbuf.push_str(k);
            }
            if len == 1 {
                // "SANA" is Syria's news agency; "Sana" not in
                // capitals is also Yemen's capital (checked in `accept`).
                if is_in(NEVER, &kbuf) && (kbuf != "sana" || t.upper) {
                    break;
                }
                // Short all-capital words are acronyms unless a country name.
                if t.upper && kbuf.len() <= 4 {
                    let country = g
                        .lookup_key(&kbuf)
                        .any(|(id, alt)| g.candidate(id, alt).kind == PlaceKind::Country);
                    if !country {
                        break;
                    }
                }
            } else if is_in(NEVER_PHRASES, &kbuf) {
                found = None;
                i = last;
                break;
            }
            if g.has_key(&kbuf) {
                found = Some((len, kbuf.clone(), false));
                break;
            }
            // A transliteration variant ("Fallujah" for "Al Fallūjah").
            if kbuf.len() >= 4 {
                if let Some(vk) = g.variant_lookup_key(&kbuf, &mut vbuf) {
                    found = Some((len, vk.to_string(), true));
                    break;
                }
            }
        }
        let Some((len, key, variant)) = found else {
            i += 1;
            continue;
        };
        let last = i + len - 1;
        let prev = i.checked_sub(1);
        let prev_matched = prev.is_some() && last_match_end == prev;

        if let Some(p) = prev {
            let pk = keys[p];
            let adjacent = toks[i].tight && !toks[i].hyphen_before;
            // Person: "Mr. X", "President X".
            if adjacent && is_in(PERSON_TITLES, pk) && !toks[i].initial {
                i = skip_run(toks, last + 1);
                continue;
            }
            // Part of a bigger name: "Hillary Clinton", "Real Madrid". A
            // capitalised first word of the sentence only counts when it is
            // not a common sentence opener.
            let opener =
                toks[p].initial && (is_in(NEVER, pk) || is_in(OPENERS, pk) || pk.ends_with("ly"));
            // An acronym before ("CTV Edmonton") is a name of its own.
            let acronym = toks[p].upper && keys[p].len() <= 4;
            // In a line set in capitals a verb in the past ("ACCUSED IRAQ")
            // is no name.
            let caps_verb = toks[p].recased && pk.len() > 4 && pk.ends_with("ed");
            // Every word of such a line looks capitalised: only a first name
            // before makes the place part of a person's name ("JOHN KERRY");
            // other words ("TROOPS ENTERING BEIRUT") mark small towns alone
            // as part of a longer name (see `Match::cap_before`).
            let caps_glued = toks[p].recased
                && !is_in(FIRST_NAMES, pk)
                && !is_in(GIVEN_NAMES, pk)
                && !is_in(PERSON_TITLES, pk);
            let prev_cap_name = toks[p].cap
                && !acronym
                && adjacent
                && !toks[i].initial
                && !toks[p].possessive
                && !opener
                && !caps_verb
                && !caps_glued
                && !prev_matched
                && !is_in(DIRECTIONS, pk)
                && !is_in(CONNECTORS, pk)
                && !is_cue_word(pk);
            if prev_cap_name {
                i = skip_run(toks, last + 1);
                continue;
            }
        }

        // "the 17th Reserve Division", "2nd Marne Brigade": part of a unit's
        // name after an ordinal.
        if let Some(p) = prev {
            let pw = &text[toks[p].start..toks[p].end];
            let ordinal = pw.len() > 2
                && pw.as_bytes()[0].is_ascii_digit()
                && ["st", "nd", "rd", "th"].iter().any(|s| pw.ends_with(s));
            if ordinal && toks[i].tight {
                i = skip_run(toks, last + 1);
                continue;
            }
        }

        let cap_before = prev.is_some_and(|p| {
            let adjacent = toks[i].tight && !toks[i].hyphen_before;
            adjacent
                && toks[p].recased
                && toks[p].cap
                && !toks[i].initial
                && !prev_matched
                && !is_in(DIRECTIONS, keys[p])
                && !is_in(CONNECTORS, keys[p])
                && !is_cue_word(keys[p])
        });

        // What follows.
        let mut name_end = last;
        let mut cue = Cue::Bare;
        let mut cap_after = false;
        // "…, said Taylor." — the name closes the clause after a speech verb.
        let closes = last + 1 >= n || !toks[last + 1].tight;
        let mut speech = closes && prev.is_some_and(|p| is_in(SPEECH_VERBS, keys[p]));
        let mut region = None;
        let mut part_of = None;
        if last + 1 < n {
            let nt = &toks[last + 1];
            let nk = keys[last + 1];
            if is_in(SPEECH_VERBS, nk) && nt.tight {
                speech = true;
            }
            if nt.hyphen_before && nk == "based" {
                cue = Cue::Based;
            } else if nt.hyphen_before && is_in(ADJ_SUFFIXES, nk) {
                cue = Cue::Bare;
            } else if nt.tight
                && !nt.hyphen_before
                && is_in(ADMIN_WORDS, nk)
                && !admin_word_not_division(toks, keys, last)
            {
                cue = Cue::Province;
                // "Hunan Province", "Kogi State": the division word is part
                // of the name when capitalised (and not an all-capital line).
                if nt.cap && !nt.upper && !toks[last].upper && !nk.ends_with('s') {
                    name_end = last + 1;
                }
                // "the Zhari district of Kandahar province": the district
                // lies in the division or country after "of".
                let a = last + 1;
                if a + 2 < n
                    && is_in(PART_OF_WORDS, nk)
                    && keys[a + 1] == "of"
                    && toks[a + 1].tight
                    && toks[a + 2].tight
                    && toks[a + 2].cap
                {
                    part_of = part_of_country(g, toks, keys, a + 2);
                }
            } else if nt.tight && nt.cap && !nt.hyphen_before && !toks[last].possessive {
                // "X Airport", and "X Military Airport", "X Air Base": a
                // site named after the place (taken whole by `unlisted`).
                let site_pair = last + 2 < n
                    && toks[last + 2].tight
                    && toks[last + 2].cap
                    && nk != "local"
                    && FRAME_AFTER_TWO
                        .iter()
                        .any(|&(w1, w2)| w1 == nk && w2 == keys[last + 2]);
                if is_in(ORG_SUFFIXES, nk) || site_pair {
                    i = skip_run(toks, last + 1);
                    continue;
                }
                // A first name before a weekday or a month is a place
                // ("protests in Jordan Monday", "in Paris Sunday").
                if len == 1
                    && is_in(FIRST_NAMES, &key)
                    && !nt.upper
                    && !toks[last].upper
                    && !is_in(NEVER, nk)
                {
                    i = skip_run(toks, last + 1);
                    continue;
                }
                if !is_in(KEEP_AFTER, nk) && !is_in(NEVER, nk) && !nt.upper && !toks[last].upper {
                    cap_after = true;
                }
            } else if nt.comma_before && nt.cap {
                region = region_after(g, text, toks, keys, last + 1);
            }
        }
        if cue == Cue::Bare {
            cue = cue_before(toks, keys, i);
        }
        matches.push(Match {
            first: i,
            last,
            key,
            cue,
            cap_after,
            cap_before,
            speech,
            region,
            name_end,
            variant,
            part_of,
        });
        last_match_end = Some(name_end);
        i = name_end + 1;
    }
    matches
}

/// Words that often open a sentence and are not part of a name.
const OPENERS: &[&str] = &[
    "yesterday",
    "today",
    "meanwhile",
    "however",
    "then",
    "now",
    "later",
    "earlier",
    "also",
    "still",
    "since",
    "although",
    "though",
    "because",
    "unlike",
    "like",
    "despite",
    "following",
    "according",
    "under",
    "without",
    "with",
    "last",
    "next",
    "this",
    "that",
    "after",
    "before",
    "when",
    "while",
    "once",
    "if",
    "as",
    "in",
    "on",
    "at",
    "for",
    "from",
    "by",
    "to",
    "but",
    "and",
    "or",
    "so",
    "yet",
    "both",
    "neither",
    "either",
    "every",
    "each",
    "several",
    "officials",
    "police",
    "authorities",
    "residents",
    "witnesses",
    "sources",
    "protesters",
    "troops",
    "soldiers",
    "rebels",
    "militants",
    "analysts",
    "critics",
    "supporters",
    "many",
    "some",
    "most",
    "few",
    "thousands",
    "hundreds",
    "dozens",
    "former",
    "ex",
    "late",
    "then",
    "acting",
    "outgoing",
    "incoming",
    "new",
    "veteran",
    "local",
    "regional",
    "state",
    "federal",
    "provincial",
    "municipal",
    "city",
    "county",
];

/// The division or country named right after a comma at token `j`
/// ("Paris, Texas", "Louisville, Ky.", "LOUISVILLE, KY").
fn region_after(
    g: &Gazetteer,
    text: &str,
    toks: &[Tok],
    keys: &[&str],
    j: usize,
) -> Option<RegionFilter> {
    let t = &toks[j];
    let word = &text[t.start..t.end];
    if let Some(abbr) = state_abbreviation(word) {
        return g.region_filter(abbr);
    }
    if POSTAL_CODES.contains(&word) {
        return g.region_filter(word);
    }
    // Up to three capitalised words.
    let mut best = None;
    let mut k = String::new();
    for len in 1..=3 {
        let last = j + len - 1;
        if last >= toks.len() || !toks[last].cap || (len > 1 && !toks[last].tight) {
            break;
        }
        k.clear();
        for kk in &keys[j..=last] {
            if !k.is_empty() {
                k.push(' ');
            }
            k.push_str(kk);
        }
        if is_in(NEVER, &k) {
            continue;
        }
        if let Some(f) = g.region_filter(&k) {
            best = Some(f);
        }
    }
    best
}

/// The listed abbreviation a word is, with or without its final period
/// ("Ky." or "Ky").
fn state_abbreviation(word: &str) -> Option<&'static str> {
    STATE_ABBREVIATIONS.iter().map(|(a, _, _)| *a).find(|a| {
        *a == word
            || (word.len() >= 2
                && a.len() == word.len() + 1
                && a.ends_with('.')
                && a.starts_with(word))
    })
}

/// Division abbreviations: "…, Ky." / "…, KY" after a capitalised word, and
/// dotted forms anywhere ("in B.C.").
fn abbreviations(
    g: &Gazetteer,
    text: &str,
    toks: &[Tok],
    keys: &[&str],
    out: &mut Vec<PlaceMention>,
    base: usize,
) {
    let _ = keys;
    let mut added = false;
    for (j, t) in toks.iter().enumerate() {
        let word = &text[t.start..t.end];
        let after_place = j > 0 && t.comma_before && toks[j - 1].cap;
        let abbr = if after_place {
            state_abbreviation(word).or_else(|| POSTAL_CODES.iter().copied().find(|c| *c == word))
        } else {
            DOTTED_ABBREVIATIONS.iter().copied().find(|c| *c == word)
        };
        let Some(abbr) = abbr else {
            continue;
        };
        // "500 B.C." is a year.
        if j > 0
            && text[toks[j - 1].start..toks[j - 1].end]
                .bytes()
                .all(|b| b.is_ascii_digit())
        {
            continue;
        }
        let sp = Span::new(t.start, t.end);
        if out[base..].iter().any(|m| m.span.overlaps(sp)) {
            continue;
        }
        let Some(RegionFilter::Admin1(c, a)) = g.region_filter(abbr) else {
            continue;
        };
        let Some(adm) = g.admin1.get(a as usize) else {
            continue;
        };
        let loc = Location {
            name: adm.name.to_string(),
            country: Some(g.iso3_of(c).to_string()),
            admin1: Some(adm.name.to_string()),
            lat: Some(adm.lat as f64),
            lon: Some(adm.lon as f64),
            precision: attache_model::PlacePrecision::Admin1,
            span: Some(sp),
        };
        let cue = if after_place {
            Cue::Bare
        } else {
            cue_before(toks, keys, j)
        };
        out.push(PlaceMention {
            span: sp,
            cue,
            location: loc,
            score: cue.weight() * 0.9,
        });
        added = true;
    }
    if added {
        out[base..].sort_by_key(|m| m.span.start);
    }
}

/// Is the division word after the name at `last` something else: a
/// possessive's noun ("X's state media", "X's regional allies"), the head of
/// a compound ("the X state-run agency") or a body's name ("the X
/// Department of Justice")?
fn admin_word_not_division(toks: &[Tok], keys: &[&str], last: usize) -> bool {
    if toks[last].possessive {
        return true;
    }
    let Some(after) = toks.get(last + 2) else {
        return false;
    };
    after.hyphen_before || (toks[last + 1].cap && after.tight && keys[last + 2] == "of")
}

fn is_cue_word(k: &str) -> bool {
    is_in(CUE_IN, k) || is_in(CUE_NEAR, k) || is_in(CUE_FROM, k) || is_in(CUE_TO, k)
}

/// Skip to the end of the capitalised run starting at `j`.
fn skip_run(toks: &[Tok], mut j: usize) -> usize {
    while j < toks.len() && toks[j].cap && toks[j].tight {
        j += 1;
    }
    j
}

/// The cue given by the words before token `i`.
fn cue_before(toks: &[Tok], keys: &[&str], i: usize) -> Cue {
    if i == 0 || toks[i].initial && !toks[i].tight {
        return Cue::Bare;
    }
    let mut p = i - 1;
    if !(toks[i].tight || toks[i].comma_before) {
        return Cue::Bare;
    }
    // "the capital, X", "the Togolese capital Lome": the capital is a place.
    if keys[p] == "capital" && !toks[p].cap {
        return Cue::In;
    }
    if toks[i].comma_before {
        return Cue::Bare;
    }
    // Skip "the".
    if keys[p] == "the" && p > 0 && toks[p].tight {
        p -= 1;
    }
    let pk = keys[p];
    if is_in(DIRECTIONS, pk) {
        return Cue::Direction;
    }
    if is_in(CUE_IN, pk) || pk == "through" {
        return Cue::In;
    }
    if let Some(c) = cue_over_modifiers(toks, keys, p) {
        return c;
    }
    if is_in(CUE_NEAR, pk) {
        return Cue::Near;
    }
    // "shot down over X", "flew over X", "the skies above X"; not the
    // topic of a dispute ("talks over X").
    if (pk == "over" || pk == "above") && p > 0 && is_in(OVER_WORDS, keys[p - 1]) {
        return Cue::In;
    }
    if is_in(CUE_FROM, pk) {
        return Cue::From;
    }
    // "close to X", "next to X", "at the entrance to X": by X, not bound
    // for it.
    if pk == "to"
        && p > 0
        && toks[p].tight
        && matches!(
            keys[p - 1],
            "close" | "next" | "adjacent" | "entrance" | "entrances" | "gates"
        )
    {
        return Cue::Near;
    }
    if is_in(CUE_TO, pk) {
        return Cue::To;
    }
    if pk == "of"
        && p > 0
        && (toks[p].comma_before || toks[p - 1].cap && !is_in(PLACE_OF, keys[p - 1]))
    {
        // "James Smith, 25, of Columbia" / "Linda Battle of Toco".
        if toks[p].comma_before || !toks[p - 1].initial {
            return Cue::From;
        }
    }
    if pk == "of" && p > 0 {
        let mut q = p - 1;
        let qk = keys[q];
        if is_in(DIRECTIONS, qk) {
            return Cue::Direction;
        }
        // Not a name's own words ("the Islamic State of X", "the
        // Federal Republic of X").
        let named = toks[q].cap && q > 0 && toks[q].tight && toks[q - 1].cap;
        if is_in(ADMIN_WORDS, qk) && qk != "area" && !named {
            return Cue::Province;
        }
        // Inside a name ("the Islamic State of X", "the Democratic
        // Republic of X") the cue is the one before the whole name.
        if named {
            let mut r = q - 1;
            while r > 0 && toks[r].cap && toks[r].tight && toks[r - 1].cap && toks[r - 1].tight {
                r -= 1;
            }
            if r > 0 && keys[r - 1] == "the" {
                r -= 1;
            }
            if r > 0 && toks[r].tight {
                let rk = keys[r - 1];
                if is_in(CUE_IN, rk) {
                    return Cue::In;
                }
                if is_in(CUE_NEAR, rk) {
                    return Cue::Near;
                }
            }
            return Cue::Bare;
        }
        if is_in(PLACE_OF, qk) {
            return Cue::In;
        }
        if is_in(CUE_NEAR, qk) {
            return Cue::Near;
        }
        // "... the outskirts of X": look one further for a cue.
        if q > 0 && keys[q] == "the" {
            q -= 1;
            if is_in(CUE_IN, keys[q]) {
                return Cue::In;
            }
        }
    }
    if pk == "close" || pk == "next" {
        return Cue::Near;
    }
    Cue::Bare
}

/// Words that end a noun phrase's modifiers: a cue word is not looked for
/// beyond them.
const NOT_MODIFIERS: &[&str] = &[
    "of", "and", "or", "to", "from", "by", "with", "for", "than", "as", "that", "which", "who",
    "is", "are", "was", "were", "be", "been", "has", "have", "had", "not", "said", "says", "will",
    "would", "on", "over", "against", "about",
];

/// "in a Damascus suburb", "outside his Amman home", "in suburban
/// Glendale", "in the capital Rabat": a locative preposition, then up to two
/// lower-case modifiers (an article, a possessive, an adjective or a noun
/// such as "capital"), then the name. `p` is the token right before it.
fn cue_over_modifiers(toks: &[Tok], keys: &[&str], p: usize) -> Option<Cue> {
    let mut q = p;
    for _ in 0..2 {
        let t = &toks[q];
        let k = keys[q];
        // In a line set in capitals a capitalised word may be a modifier
        // ("IN THE OCCUPIED WEST BANK").
        if t.cap && !t.recased
            || !t.tight
            || t.initial
            || k.bytes().any(|b| b.is_ascii_digit())
            || is_in(NOT_MODIFIERS, k)
            || is_cue_word(k)
            || q == 0
        {
            return None;
        }
        q -= 1;
        let qk = keys[q];
        if is_in(CUE_IN, qk) || qk == "through" {
            return Some(Cue::In);
        }
        if is_in(CUE_NEAR, qk) {
            return Some(Cue::Near);
        }
    }
    None
}

/// Choose the best candidate under the mention's cue, with a confidence.
fn choose(mut cands: Vec<Candidate>, cue: Cue) -> Option<(Candidate, f32)> {
    if cands.is_empty() {
        return None;
    }
    for c in cands.iter_mut() {
        match (cue, c.kind) {
            (Cue::Province, PlaceKind::Admin1) => c.score += 0.6,
            (Cue::Province, PlaceKind::Place) => c.score -= 0.1,
            (Cue::Direction, PlaceKind::Country | PlaceKind::Admin1) => c.score += 0.15,
            _ => {}
        }
    }
    sort_candidates(&mut cands);
    town_before_division(&mut cands, cue == Cue::Province);
    let best = cands[0].clone();
    let s = best.score.clamp(0.0, 1.5);
    let mut conf = 0.5 + 0.5 * s / 1.5;
    if let Some(second) = cands.get(1) {
        if !(second.iso3 == best.iso3 && second.kind == best.kind) {
            let margin = (best.score - second.score).max(0.0);
            conf *= 0.7 + 0.3 * (margin / 0.3).min(1.0);
        }
    }
    Some((best, conf.clamp(0.0, 1.0)))
}

/// Verbs whose object is ground taken, struck or left: a listed town right
/// after one is a place without a preposition ("overran X").
const GROUND_VERBS: &[&str] = &[
    "captured",
    "recaptured",
    "seized",
    "retook",
    "overran",
    "shelled",
    "besieged",
    "bombed",
    "bombarded",
    "stormed",
    "evacuated",
    "encircled",
    "liberated",
    "occupied",
    "entered",
];

/// Nouns that, after "in X's", make X a person ("in X's support", "in X's
/// name").
const PERSON_AFTER_POSSESSIVE: &[&str] = &[
    "support", "favour", "favor", "honour", "honor", "memory", "name", "defence", "defense",
    "absence", "place", "stead", "behalf",
];

/// Words after a name spelt like a nationality adjective that keep it a
/// place: "Ethiopia's Somali region", "Somali and Afar regions".
const DEMONYM_PLACE_NEXT: &[&str] = &[
    "and", "region", "regions", "state", "province", "district", "zone", "county",
];

/// What a person owns that a town does not: "X's apartment" (see
/// [`accept`]).
const PERSONAL_SITES: &[&str] = &[
    "apartment",
    "home",
    "house",
    "residence",
    "flat",
    "villa",
    "bedroom",
    "car",
    "hotel",
    "room",
    "office",
    "farm",
];

/// Nouns of an assault whose object after "on" or "against" is ground:
/// "stepped up attacks on X", "the offensive against X". ("The battle for
/// X" is left out: it names a campaign as often as where an event of it
/// happened.)
const ASSAULT_NOUNS: &[&str] = &[
    "attack",
    "attacks",
    "assault",
    "assaults",
    "offensive",
    "advance",
    "raid",
    "raids",
    "airstrikes",
    "onslaught",
    "bombardment",
    "shelling",
    "march",
];

/// Is the mention the object of an assault noun ("attacks on X")?
fn assault_object(toks: &[Tok], keys: &[&str], m: &Match) -> bool {
    let i = m.first;
    if m.cue != Cue::Bare || i < 2 || !toks[i].tight || !toks[i - 1].tight || toks[i - 1].cap {
        return false;
    }
    let prep = keys[i - 1];
    let noun = keys[i - 2];
    if toks[i - 2].cap || !is_in(ASSAULT_NOUNS, noun) {
        return false;
    }
    matches!(prep, "on" | "against")
}

/// Given names that open a person's name with an Arabic article inside
/// ("Ali al-X"): not a place after "in" or "near".
const GIVEN_NAMES: &[&str] = &[
    "mohammed",
    "mohammad",
    "muhammad",
    "mohamed",
    "ahmed",
    "ahmad",
    "ali",
    "hassan",
    "hasan",
    "hussein",
    "husain",
    "omar",
    "umar",
    "abdul",
    "abdel",
    "abd",
    "abdullah",
    "abdallah",
    "khalid",
    "khaled",
    "saleh",
    "salah",
    "ibrahim",
    "mustafa",
    "mahmoud",
    "youssef",
    "yousef",
    "yusuf",
    "nouri",
    "nuri",
    "saddam",
    "osama",
    "usama",
    "ayman",
    "hamid",
    "hamad",
    "faisal",
    "sheikh",
    "imam",
    "emir",
    "king",
    "prince",
    "ayatollah",
    "mullah",
    "bin",
    "ibn",
];

/// Capitalised words that open an Arabic compound place name ("Abu X",
/// "Deir X", "Bab X", "Tal X"): a one-word town right after one is a piece
/// of a longer name.
const ARABIC_OPENERS: &[&str] = &[
    "abu", "umm", "um", "bani", "beni", "bir", "wadi", "jabal", "jebel", "tal", "tall", "tell",
    "deir", "dayr", "kafr", "kfar", "ain", "ein", "ras", "bab", "khan", "beit", "bayt", "qasr",
    "marj", "hay", "hayy", "sidi", "nahr", "jisr", "mazraat", "qaryat", "tel",
];

/// Is the one-word mention `m` a piece of a longer Arabic compound name:
/// glued to an opener before it ("Abu X") or to an article-joined word
/// after it ("X al-Kubra", "X el-Y")?
fn arabic_piece(m: &Match, toks: &[Tok], keys: &[&str]) -> bool {
    if m.last != m.first {
        return false;
    }
    let f = m.first;
    let opener_before = f > 0
        && toks[f].tight
        && !toks[f].hyphen_before
        && toks[f - 1].cap
        && is_in(ARABIC_OPENERS, keys[f - 1]);
    let e = m.name_end;
    let article_after = e + 2 < toks.len()
        && toks[e + 1].tight
        && !toks[e + 1].hyphen_before
        && !toks[e].possessive
        && is_in(ARABIC_ARTICLES, keys[e + 1])
        && toks[e + 2].hyphen_before
        && toks[e + 2].cap;
    opener_before || article_after
}

/// Times of the day, and the prepositions that make them a time ("at
/// dawn", "before sunrise", "by nightfall"); see [`accept`].
const TIMES_OF_DAY: &[&str] = &[
    "dawn",
    "dusk",
    "daybreak",
    "sunrise",
    "sunset",
    "nightfall",
    "noon",
    "midday",
    "midnight",
    "night",
    "morning",
    "evening",
];
const TIME_PREPOSITIONS: &[&str] = &[
    "at", "by", "after", "before", "until", "till", "since", "around", "from", "past", "toward",
    "towards",
];

/// Whether a bare (or weakly cued) mention is believable as a place.
fn accept(
    g: &Gazetteer,
    best: &Candidate,
    m: &Match,
    toks: &[Tok],
    keys: &[&str],
    ctx_idx: &[u16],
) -> bool {
    let multiword = m.last > m.first;
    // A listed county ("Barren County", data/places/counties.tsv) says
    // "place" by its own last word, also before an office or a title ("the
    // Barren County Sheriff's Office", "Barren County Deputy X") and at the
    // start of a sentence.
    let county = best.kind == PlaceKind::Place
        && multiword
        && (m.key.ends_with(" county") || m.key.ends_with(" parish"));
    // "Sana" (Yemen's capital, as many wires spell it) only after a
    // locative cue or as "the capital, Sana": otherwise it is the name of
    // Syria's news agency.
    if m.key == "sana"
        && !matches!(m.cue, Cue::In | Cue::Near | Cue::Direction)
        && !(m.first > 0 && toks[m.first].comma_before && keys[m.first - 1] == "capital")
    {
        return false;
    }
    // "Abu X", "X al-Kubra": a town of the gazetteer inside a longer name
    // it lacks.
    if best.kind == PlaceKind::Place
        && !best.capital
        && best.population.unwrap_or(0) < 1_000_000
        && arabic_piece(m, toks, keys)
    {
        return false;
    }
    let initial = toks[m.first].initial;
    let pop = best.population.unwrap_or(0);
    let strong_cue = !matches!(m.cue, Cue::Bare | Cue::To | Cue::From);
    let in_ctx = ctx_idx.iter().any(|&c| g.iso3_of(c) == best.iso3);
    // A one-word variant spelling glued to a capitalised word before it is
    // part of a longer name.
    if m.variant
        && !multiword
        && m.first > 0
        && toks[m.first].tight
        && toks[m.first - 1].cap
        && !toks[m.first - 1].initial
    {
        return false;
    }
    // "in X's support", "in X's memory": a person's, whatever the cue.
    if !multiword
        && best.kind != PlaceKind::Country
        && toks[m.last].possessive
        && keys
            .get(m.last + 1)
            .is_some_and(|k| is_in(PERSON_AFTER_POSSESSIVE, k))
    {
        return false;
    }
    // A time of day after a time preposition ("AT DAWN", "After Sunset",
    // "by nightfall"): "Dawn" is an English name of a Singapore town,
    // "Sunset" of towns in Florida and Utah.
    if !multiword
        && is_in(TIMES_OF_DAY, &m.key)
        && m.first > 0
        && is_in(TIME_PREPOSITIONS, keys[m.first - 1])
    {
        return false;
    }
    // A town spelt like a nationality adjective ("Canadian", Texas; "Thai",
    // an alternate name) before a lower-case word is the adjective: "near
    // a Canadian convoy", "in Thai southern provinces".
    if !multiword
        && g.demonym_index(&m.key).is_some()
        // "Gibraltar was captured": a country whose name is its own
        // nationality word.
        && !(best.kind == PlaceKind::Country && best.name.eq_ignore_ascii_case(&m.key))
        && toks
            .get(m.last + 1)
            .is_some_and(|t| t.tight && !t.cap && !is_in(DEMONYM_PLACE_NEXT, keys[m.last + 1]))
    {
        return false;
    }
    // "in Anderson's apartment", "outside Patten's hotel": a small town
    // owning a home or a room is a person.
    if !multiword
        && best.kind == PlaceKind::Place
        && !best.capital
        && best.population.unwrap_or(0) < 100_000
        && toks[m.last].possessive
        && keys
            .get(m.last + 1)
            .is_some_and(|k| is_in(PERSONAL_SITES, k))
    {
        return false;
    }
    // A district of the gazetteer's second-level table (a name no town
    // has) needs a cue that says "place", must not be glued to a
    // capitalised word before it, and lies in a country the article is
    // about when it is about any.
    if best.district
        && (!matches!(
            m.cue,
            Cue::In | Cue::Near | Cue::Province | Cue::Direction | Cue::Based
        ) || m.first > 0
            && toks[m.first].tight
            && toks[m.first - 1].cap
            && !toks[m.first - 1].initial
            || !ctx_idx.is_empty() && !in_ctx)
    {
        return false;
    }
    // A one-word variant spelling needs a cue that says "place".
    if m.variant
        && !multiword
        && best.kind != PlaceKind::Country
        && !matches!(
            m.cue,
            Cue::In | Cue::Near | Cue::Province | Cue::Direction | Cue::Based
        )
    {
        return false;
    }
    // A one-word variant spelling of a town abroad while the article is
    // about other countries is more likely a local name the gazetteer lacks
    // ("the villages of X and Y" in a report from Syria).
    if m.variant && !multiword && best.kind == PlaceKind::Place && !ctx_idx.is_empty() && !in_ctx {
        return false;
    }
    // A one-word town or a first name next to a speech verb is a person
    // ("Burton said", "said Georgia").
    if m.speech
        && m.cue == Cue::Bare
        && !multiword
        && (best.kind == PlaceKind::Place && pop < 500_000 || is_in(FIRST_NAMES, &m.key))
    {
        return false;
    }
    // A small town glued to a capitalised word that is not a place word is
    // part of a person's or organisation's name ("Campbell Soup").
    if (m.cap_after || m.cap_before)
        && best.kind == PlaceKind::Place
        && pop < 100_000
        && !best.capital
        && !county
    {
        return false;
    }
    if best.word && !multiword {
        // In a line set in capitals every word looks like a name: an
        // English word ("MOBILE", "READING") needs a cue before it, and
        // neither an article "a" before it nor another word glued after it
        // ("IN A NICE WAY").
        let indefinite = m.first > 0 && matches!(keys[m.first - 1], "a" | "an");
        if toks[m.first].recased && (!strong_cue || m.cap_after || indefinite) {
            return false;
        }
        // Also an English word ("Nice", "Reading"): never at the start of a
        // sentence without a cue.
        if initial && !strong_cue {
            return false;
        }
        // Nor glued to a capitalised word before it in mid-sentence: a
        // name ("the Northern Alliance", "the Popular Front").
        if m.first > 0
            && toks[m.first].tight
            && toks[m.first - 1].cap
            && !toks[m.first - 1].initial
            && best.kind == PlaceKind::Place
            && !best.capital
        {
            return false;
        }
    }
    // (Regions across countries, such as "Middle East", are listed on purpose.)
    if best.kind == PlaceKind::Admin1
        && !best.iso3.is_empty()
        && m.key.split(' ').all(|w| is_in(GENERIC_REGION_WORDS, w))
        && !in_ctx
    {
        return false;
    }
    if strong_cue {
        return true;
    }
    // The object of a verb that takes ground ("captured X", "shelled X",
    // "evacuated X") or of an assault noun ("attacks on X", "the battle for
    // X"): a listed town, even a small one, unless it is also an English
    // word or a first name.
    if m.cue == Cue::Bare
        && best.kind == PlaceKind::Place
        && !best.word
        && !best.alternate
        && !m.cap_after
        && !m.speech
        && m.first > 0
        && toks[m.first].tight
        && !toks[m.first - 1].cap
        && (is_in(GROUND_VERBS, keys[m.first - 1]) || assault_object(toks, keys, m))
        && !is_in(FIRST_NAMES, &m.key)
    {
        return true;
    }
    match best.kind {
        PlaceKind::Country => true,
        PlaceKind::Admin1 => !best.word || pop >= 2_000_000 || in_ctx,
        PlaceKind::Place => {
            // One-word alternate names ("Sidney" for Sydney, old names)
            // need a cue unless they name a capital.
            if best.alternate && !multiword && !best.capital && m.cue == Cue::Bare {
                return false;
            }
            if best.capital || pop >= 100_000 {
                return !(best.word && pop < 1_000_000 && initial);
            }
            if matches!(m.cue, Cue::To | Cue::From) {
                return pop >= 5_000 || in_ctx;
            }
            if in_ctx && pop >= 20_000 && !best.word {
                return true;
            }
            multiword && pop >= 10_000 && (!initial || county)
        }
    }
}

/// Resolve a dateline's place part ("KABUL, Afghanistan", "WASHINGTON",
/// "Louisville, Ky.").
pub fn resolve_dateline(place: &str, ctx: &PlaceContext) -> Option<Location> {
    let g = Gazetteer::get();
    let ctx_idx: Vec<u16> = ctx
        .countries
        .iter()
        .filter_map(|c| g.country_index(c))
        .collect();
    let place = place.trim().trim_end_matches(['-', '—', '–', ':']).trim();
    if place.is_empty() {
        return None;
    }
    let mut parts = place.splitn(2, ',');
    let head = parts.next()?.trim();
    let tail = parts.next().map(str::trim).filter(|t| !t.is_empty());
    if let Some(tail) = tail {
        // "KABUL, Afghanistan" / "Paris, Texas" / "Louisville, Ky."
        let tail = tail.split(',').next().unwrap_or(tail).trim();
        if let Some(c) = g.resolve_pair(head, tail, &ctx_idx) {
            return Some(c.to_location());
        }
    }
    let mut hk = String::new();
    push_key(head, &mut hk);
    let mut cands = g.scored(&hk, &ctx_idx);
    // Datelines name towns: big towns and capitals first.
    for c in cands.iter_mut() {
        if c.kind == PlaceKind::Place {
            c.score += 0.1;
        }
    }
    sort_candidates(&mut cands);
    cands.into_iter().next().map(|c| c.to_location())
}

/// Find nationality adjectives ("Turkish", "Syrians") and return them as
/// country-level mentions with cue [`Cue::Demonym`]. Kept apart from
/// [`find_places`] because an adjective rarely says where an event happened.
pub fn find_demonyms(text: &str, span: Span, out: &mut Vec<PlaceMention>) {
    let s = &text[span.start..span.end];
    if !s.bytes().any(|b| b.is_ascii_uppercase()) && s.is_ascii() {
        return;
    }
    let g = Gazetteer::get();
    let mut toks = Vec::new();
    tokenize(text, span, &mut toks);
    let mut k = String::new();
    for t in &toks {
        if !t.cap {
            continue;
        }
        lower_key(text, t, &mut k);
        let ci = g
            .demonym_index(&k)
            .or_else(|| k.strip_suffix('s').and_then(|st| g.demonym_index(st)));
        if let Some(ci) = ci {
            let iso3 = g.iso3_of(ci);
            if let Some(mut loc) = g.country(iso3) {
                let sp = Span::new(t.start, t.end);
                loc.span = Some(sp);
                out.push(PlaceMention {
                    span: sp,
                    cue: Cue::Demonym,
                    location: loc,
                    score: Cue::Demonym.weight(),
                });
            }
        }
    }
}

/// Nouns before "of" that make the next capitalised name a place even when
/// the gazetteer lacks it ("the village of X", "the towns of X and Y").
const FRAME_OF: &[&str] = &[
    "town",
    "towns",
    "village",
    "villages",
    "city",
    "cities",
    "district",
    "districts",
    "subdistrict",
    "province",
    "provinces",
    "region",
    "governorate",
    "neighbourhood",
    "neighbourhoods",
    "neighborhood",
    "neighborhoods",
    "suburb",
    "suburbs",
    "settlement",
    "settlements",
    "camp",
    "hamlet",
    "hamlets",
    "municipality",
    "commune",
    "outskirts",
    "enclave",
    "locality",
    "township",
    "county",
    "oasis",
    "port",
    "resort",
    "resorts",
    "island",
    "hamlet",
    "area",
    // Heights and their parts ("the strategic hilltop of X", "the southern
    // slopes of X").
    "hill",
    "hills",
    "hilltop",
    "hilltops",
    "mountaintop",
    "mountain",
    "slope",
    "slopes",
    "perimeter",
];

/// Words after a name that make it a place ("X Governorate", "X camp", "X
/// airport"), with the precision they give and whether the name needs "the"
/// (or a locative word) before it: "the X area" is a place, "a Taliban
/// area" is not.
const FRAME_AFTER: &[(&str, bool, bool)] = &[
    // (word, is a division, needs "the")
    ("district", true, false),
    ("subdistrict", true, false),
    ("governorate", true, false),
    ("province", true, false),
    ("prefecture", true, false),
    ("municipality", true, false),
    ("county", true, false),
    // Nigeria's local government areas ("X LGA").
    ("lga", true, false),
    ("region", true, true),
    ("village", false, false),
    ("commune", false, false),
    ("town", false, false),
    ("neighbourhood", false, false),
    ("neighborhood", false, false),
    ("suburb", false, false),
    ("airport", false, false),
    ("airbase", false, false),
    ("camp", false, true),
    ("area", false, true),
    ("valley", false, true),
    ("mountains", false, true),
    ("countryside", false, true),
    ("crossing", false, true),
    // Streets and squares: only after a locative cue (see `STREET_WORDS`).
    ("square", false, true),
    ("street", false, true),
    ("avenue", false, true),
    ("road", false, true),
    ("boulevard", false, true),
    ("highway", false, true),
    ("lane", false, true),
    ("drive", false, true),
    // Buildings and sites: like streets, only after a locative cue (see
    // `BUILDING_WORDS`).
    ("hospital", false, true),
    ("clinic", false, true),
    ("hotel", false, true),
    ("palace", false, true),
    ("university", false, true),
    ("stadium", false, true),
    ("mosque", false, true),
    ("church", false, true),
    ("cathedral", false, true),
    ("temple", false, true),
    ("shrine", false, true),
    ("monastery", false, true),
    ("museum", false, true),
    ("market", false, true),
    ("bazaar", false, true),
    ("bridge", false, true),
    ("gate", false, true),
    ("station", false, true),
    ("prison", false, true),
    ("park", false, true),
    ("castle", false, true),
    ("fortress", false, true),
    ("compound", false, true),
    // Natural features and military sites: a capitalised frame word after
    // "the" or a locative cue (see `FEATURE_WORDS`).
    ("river", false, true),
    ("island", false, true),
    ("gorge", false, true),
    ("hill", false, true),
    ("hills", false, true),
    ("dam", false, true),
    ("plateau", false, true),
    ("heights", false, true),
    ("lake", false, true),
    ("canal", false, true),
    ("desert", false, true),
    ("forest", false, true),
    ("peninsula", false, true),
    ("farms", false, true),
    ("orchards", false, true),
    ("fields", false, true),
    ("springs", false, true),
    ("checkpoint", false, true),
    ("roundabout", false, true),
    ("junction", false, true),
    ("base", false, true),
];

/// Frame words naming a street or square ("in X Square", "along X Road"):
/// such a name is a place only right after a locative cue ("in", "at",
/// "near", "on", "along", optionally with "the") and not before another
/// capitalised word ("X Street Journal" is a newspaper). Its country comes
/// from the sentence or the article like any unlisted name.
const STREET_WORDS: &[&str] = &[
    "square",
    "street",
    "avenue",
    "road",
    "boulevard",
    "highway",
    "lane",
    "drive",
];

/// Frame words naming a building or site ("at the X Hospital", "near the
/// X Bridge", "inside the X Mosque"). As with streets the name needs a
/// locative cue right before it (with or without "the") and a capitalised
/// frame word: "the X Hotel said" names an actor, "at the X Hotel" a place.
const BUILDING_WORDS: &[&str] = &[
    "hospital",
    "clinic",
    "hotel",
    "palace",
    "university",
    "stadium",
    "mosque",
    "church",
    "cathedral",
    "temple",
    "shrine",
    "monastery",
    "museum",
    "market",
    "bazaar",
    "bridge",
    "gate",
    "station",
    "prison",
    "park",
    "castle",
    "fortress",
    "compound",
];

/// Frame words naming a natural feature or a military site ("the X River",
/// "the X Gorge", "the X Checkpoint", "the X Gas Fields"): after "the" or
/// a locative cue, and only with the frame word capitalised ("the Taliban
/// base" is no name).
const FEATURE_WORDS: &[&str] = &[
    "river",
    "island",
    "gorge",
    "hill",
    "hills",
    "dam",
    "plateau",
    "heights",
    "lake",
    "canal",
    "desert",
    "forest",
    "peninsula",
    "farms",
    "orchards",
    "fields",
    "springs",
    "checkpoint",
    "roundabout",
    "junction",
    "base",
];

/// Verbs whose object may be a named site ("stormed the X Hospital",
/// "shelled the X Bridge", "captured X Palace"): such a site needs no
/// locative cue. Lower case, as written.
const SITE_VERBS: &[&str] = &[
    "attack",
    "attacked",
    "attacking",
    "storm",
    "stormed",
    "storming",
    "bomb",
    "bombed",
    "bombing",
    "shell",
    "shelled",
    "shelling",
    "raid",
    "raided",
    "raiding",
    "capture",
    "captured",
    "capturing",
    "recapture",
    "recaptured",
    "recapturing",
    "seize",
    "seized",
    "seizing",
    "struck",
    "strike",
    "striking",
    "hit",
    "hitting",
    "target",
    "targeted",
    "targeting",
    "besieged",
    "besieging",
    "surrounded",
    "surrounding",
    "occupied",
    "occupying",
    "entered",
    "entering",
    "torched",
    "burned",
    "burnt",
    "looted",
    "overran",
    "overrun",
    "liberated",
    "liberating",
    "destroyed",
    "damaged",
    "blew",
    "demolished",
];

/// Adjectives news puts between "the" and a named site ("the strategic X
/// Hill", "the crowded X Square", "the tense X Gorge"); lower case.
const SITE_MODIFIERS: &[&str] = &[
    "strategic",
    "key",
    "main",
    "crowded",
    "busy",
    "bustling",
    "popular",
    "famous",
    "historic",
    "ancient",
    "tense",
    "restive",
    "disputed",
    "contested",
    "besieged",
    "embattled",
    "commercial",
    "imperative",
    "vital",
    "important",
    "nearby",
    "adjacent",
    "sprawling",
    "fortified",
    "abandoned",
    "heavily",
    "large",
    "small",
    "major",
    "old",
    "new",
    "famed",
    "landmark",
    "sacred",
    "holy",
    "giant",
    "huge",
    "notorious",
    "mountainous",
    "remote",
];

/// The first token of up to two site modifiers right before token `i` (a
/// word of [`SITE_MODIFIERS`], a direction word, or a lower-case hyphenated
/// compound: "rebel-held", "war-torn"); `i` when there are none.
fn skip_site_modifiers(toks: &[Tok], keys: &[&str], i: usize) -> usize {
    let mut m = i;
    for _ in 0..2 {
        if m == 0 || !toks[m].tight || toks[m].hyphen_before {
            break;
        }
        let p = m - 1;
        if toks[p].cap {
            break;
        }
        if toks[p].hyphen_before && p > 0 && !toks[p - 1].cap && !toks[p - 1].hyphen_before {
            m = p - 1;
        } else if is_in(SITE_MODIFIERS, keys[p]) || is_in(DIRECTIONS, keys[p]) {
            m = p;
        } else {
            break;
        }
    }
    m
}

/// Words that end a name before a two-word frame ("X refugee camp", "X
/// military airport", "X air base").
const FRAME_AFTER_TWO: &[(&str, &str)] = &[
    ("refugee", "camp"),
    ("military", "airport"),
    ("international", "airport"),
    ("air", "base"),
    ("airbase", "camp"),
    ("local", "government"),
];

/// Capitalised words that a frame never makes a place: continents and other
/// words that are not names of one place.
const NOT_UNLISTED: &[&str] = &[
    "europe",
    "asia",
    "africa",
    "america",
    "americas",
    "oceania",
    "arctic",
    "antarctic",
    "east",
    "west",
    "north",
    "south",
    "the",
    "a",
    "an",
    "his",
    "her",
    "their",
    "its",
    "this",
    "that",
    "old",
    "new",
    // Words of the frames themselves ("Refugee Camp", "Military Airport").
    "military",
    "international",
    "air",
    "refugee",
    "camp",
    "airport",
    // Peoples and faiths ("the Kurdish area", "a Sunni district").
    "kurdish",
    "sunni",
    "shia",
    "shiite",
    "alawite",
    "druze",
    "christian",
    "muslim",
    "jewish",
    "hindu",
    "protestant",
    "catholic",
    "arab",
    "turkoman",
    "turkmen",
    "yazidi",
    "tribal",
];

fn frame_after(keys: &[&str], toks: &[Tok], e: usize) -> Option<(usize, bool, bool)> {
    let j = e + 1;
    if j >= toks.len() || !toks[j].tight || toks[j].hyphen_before || toks[e].possessive {
        return None;
    }
    let k = keys[j];
    if let Some(&(_, div, the)) = FRAME_AFTER.iter().find(|(w, _, _)| *w == k) {
        // "X town hall", "X district council": an office, not a place.
        if j + 1 < toks.len()
            && toks[j + 1].tight
            && matches!(
                keys[j + 1],
                "hall" | "council" | "square" | "centre" | "center" | "court" | "chief" | "police"
            )
        {
            return None;
        }
        // "the Yugoslav province of Kosovo": an adjective before the noun.
        // A smaller unit of a larger one stays ("the X district of Y").
        if !toks[j].cap && j + 1 < toks.len() && keys[j + 1] == "of" {
            let adjective = e == 0 || !toks[e - 1].tight || !toks[e - 1].cap || toks[e - 1].initial;
            let k = keys[e];
            if div
                && !matches!(
                    keys[j],
                    "district" | "subdistrict" | "county" | "municipality"
                )
                || adjective
                    && ["ian", "ean", "ite", "ic", "av"]
                        .iter()
                        .any(|s| k.ends_with(s))
            {
                return None;
            }
        }
        return Some((j, div, the));
    }
    if j + 1 < toks.len() && toks[j + 1].tight {
        if let Some(&(_, w2)) = FRAME_AFTER_TWO
            .iter()
            .find(|(w1, w2)| *w1 == k && *w2 == keys[j + 1])
        {
            let _ = w2;
            return Some((j + 1, false, false));
        }
    }
    None
}

/// Nouns of an appositive that makes the name before it a place ("X, a
/// small town in the north").
const APPOSITIVE_NOUNS: &[&str] = &[
    "town",
    "village",
    "city",
    "district",
    "suburb",
    "hamlet",
    "settlement",
    "neighbourhood",
    "neighborhood",
    "locality",
    "commune",
    "township",
    "municipality",
    "port",
    "oasis",
    "island",
    "resort",
    "enclave",
    "area",
    "region",
    "quarter",
    "county",
    "province",
];

/// Words that may follow such a noun when the appositive describes a place
/// ("a town in", "a village where", "a city of 50,000"); a noun after it
/// makes the phrase a person's ("a village elder", "a town councillor").
const APPOSITIVE_NEXT: &[&str] = &[
    "in",
    "on",
    "near",
    "of",
    "outside",
    "about",
    "some",
    "close",
    "just",
    "along",
    "where",
    "that",
    "which",
    "located",
    "situated",
    "with",
    "bordering",
    "between",
    "known",
    "home",
    "at",
    "under",
    "held",
    "controlled",
    "whose",
    "across",
    "overlooking",
    "lying",
    "within",
    "by",
    "north",
    "south",
    "east",
    "west",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
    "around",
    "nearly",
    "roughly",
    "only",
    "to",
    "and",
    "inhabited",
    "populated",
    "sharing",
];

/// "X, a (small, mountain) town in ...": the name before the comma is a
/// place. Up to three modifiers stand before the noun, and the word after
/// it must not be another noun ("X, a village elder").
fn appositive_place(keys: &[&str], toks: &[Tok], e: usize) -> bool {
    let n = toks.len();
    let j = e + 1;
    if j + 1 >= n || !toks[j].comma_before || !matches!(keys[j], "a" | "an") {
        return false;
    }
    let mut k = j + 1;
    while k < n && k <= j + 4 && toks[k].tight && !toks[k].possessive {
        if is_in(APPOSITIVE_NOUNS, keys[k]) && !toks[k].cap {
            return k + 1 >= n
                || !toks[k + 1].tight && !toks[k + 1].hyphen_before
                || is_in(APPOSITIVE_NEXT, keys[k + 1]);
        }
        if matches!(keys[k], "of" | "and" | "or" | "who" | "which") {
            return false;
        }
        k += 1;
    }
    false
}

/// "X, 30 km (20 miles) north of Y", "X, south of Y", "X, 40 miles from
/// Y": the name before the comma is a place located from another.
fn distance_from_place(keys: &[&str], toks: &[Tok], e: usize) -> bool {
    let n = toks.len();
    let mut k = e + 1;
    if k >= n || !toks[k].comma_before {
        return false;
    }
    if matches!(
        keys[k],
        "about" | "some" | "around" | "nearly" | "roughly" | "approximately" | "just" | "only"
    ) {
        k += 1;
    }
    let mut distance = false;
    for _ in 0..2 {
        if k + 1 < n
            && keys[k]
                .bytes()
                .all(|b| b.is_ascii_digit() || b == b',' || b == b'.')
            && matches!(
                keys[k + 1],
                "km" | "kms"
                    | "kilometers"
                    | "kilometres"
                    | "kilometer"
                    | "kilometre"
                    | "miles"
                    | "mile"
                    | "mi"
            )
        {
            distance = true;
            k += 2;
        }
    }
    if k + 1 >= n {
        return false;
    }
    let mut d = k;
    if d + 2 < n
        && matches!(keys[d], "north" | "south" | "east" | "west")
        && toks[d + 1].hyphen_before
        && matches!(keys[d + 1], "east" | "west")
    {
        d += 1;
    }
    let directed = matches!(
        keys[k],
        "north" | "south" | "east" | "west" | "northeast" | "northwest" | "southeast" | "southwest"
    ) && d + 1 < n
        && keys[d + 1] == "of";
    let from = distance && matches!(keys[k], "from" | "outside");
    let q = if directed { d + 2 } else { k + 1 };
    // "... north of the capital", "... from the border".
    let the_capital = q + 1 < n
        && keys[q] == "the"
        && matches!(keys[q + 1], "capital" | "border" | "city" | "town");
    (directed || from) && q < n && (toks[q].cap || the_capital) && !toks[k].cap
}

/// One place name the gazetteer lacks, found by its frame.
struct Unlisted {
    first: usize,
    /// Last token of the name (a capitalised frame word included).
    end: usize,
    /// Last token of the frame: the region to look past for a container.
    frame_end: usize,
    cue: Cue,
    division: bool,
    /// A nationality adjective in the frame ("the Syrian town of X").
    demonym: Option<u16>,
}

impl Unlisted {
    /// A name that is its own frame (tokens `first..=end`): not a division,
    /// no nationality adjective.
    fn plain(first: usize, end: usize, cue: Cue) -> Unlisted {
        Unlisted {
            first,
            end,
            frame_end: end,
            cue,
            division: false,
            demonym: None,
        }
    }
}

/// Capitalised names the gazetteer lacks, accepted only in frames that say
/// they are places: "the town/village/district… of X" (and lists after it:
/// "the villages of X, Y and Z"), "X Governorate/District/Province", "X
/// village/camp/airport…", "the X area/region", "in northern X", "in/at/on/
/// along X Square/Street/Avenue/Road/Boulevard" (a cue is required). Such a
/// mention takes its country from the frame ("the Syrian town of X"), else
/// from a place right after it ("X district of Aleppo province", "X in
/// northern Syria") or shortly before it, else from the article; it has no
/// coordinates.
#[allow(clippy::too_many_arguments)]
fn unlisted(
    g: &Gazetteer,
    text: &str,
    toks: &[Tok],
    keys: &[&str],
    ctx: &PlaceContext,
    out: &mut Vec<PlaceMention>,
    base: usize,
) {
    let n = toks.len();
    if n < 2 {
        return;
    }
    let covered = |j: usize| {
        out[base..]
            .iter()
            .any(|m| m.span.start < toks[j].end && toks[j].start < m.span.end)
    };
    let mut found: Vec<Unlisted> = Vec::new();
    // The end of the previous accepted name of a "the villages of X, Y" list.
    let mut list_end: Option<usize> = None;
    // The cue, division flag and nationality the list's names share.
    let mut list_from: Option<(Cue, bool, Option<u16>)> = None;
    let mut i = 0;
    while i < n {
        let t = &toks[i];
        let k = keys[i];
        let article = !t.upper
            && is_in(ARABIC_ARTICLES, k)
            && i + 1 < n
            && toks[i + 1].hyphen_before
            && toks[i + 1].cap;
        // Names the gazetteer lacks are not guessed in a line set in
        // capitals, where every word looks like a name.
        let starts = (t.cap || article)
            && !t.recased
            && !t.possessive
            && (article || !is_in(CONNECTORS, k))
            && (article || !is_in(NEVER, k))
            && !is_in(NOT_UNLISTED, k)
            // A title word opens a name only right after a settlement noun
            // and "of" ("the town of Sheikh X", "the village of Imam X").
            && (!is_in(PERSON_TITLES, k)
                || i >= 2
                    && i + 1 < n
                    && keys[i - 1] == "of"
                    && toks[i].tight
                    && toks[i - 1].tight
                    && toks[i + 1].tight
                    && toks[i + 1].cap
                    && is_in(FRAME_OF, keys[i - 2])
                    && !toks[i - 2].cap)
            && !is_in(DIRECTIONS, k)
            && !is_cue_word(k)
            && !(t.initial && (is_in(OPENERS, k) || k.ends_with("ly")))
            && !covered(i);
        if !starts {
            // A listed name in such a frame or list ("the villages of X and
            // Y" with X in the gazetteer) still opens the list.
            if t.cap && covered(i) {
                let mut j = i;
                while j + 1 < n && toks[j + 1].tight && !toks[j].possessive && covered(j + 1) {
                    j += 1;
                }
                let framed = i >= 2
                    && keys[i - 1] == "of"
                    && toks[i].tight
                    && toks[i - 1].tight
                    && is_in(FRAME_OF, keys[i - 2])
                    && (!toks[i - 2].cap || toks[i - 2].initial);
                let listed = list_end.is_some_and(|le| {
                    if le + 1 == i {
                        toks[i].comma_before
                    } else {
                        le + 2 == i && matches!(keys[le + 1], "and" | "or")
                    }
                });
                if framed || listed {
                    if framed {
                        let division = matches!(
                            keys[i - 2],
                            "province" | "provinces" | "region" | "governorate" | "county"
                        );
                        list_from = Some((Cue::In, division, None));
                    }
                    list_end = Some(j);
                    i = j + 1;
                    continue;
                }
                list_end = None;
            }
            i += 1;
            continue;
        }
        // The run of name words: capitalised, hyphen-joined or connectors.
        let mut e = i;
        while e + 1 < n && e - i < 4 {
            let nt = &toks[e + 1];
            let nk = keys[e + 1];
            let joins = nt.tight
                && !toks[e].possessive
                && (nt.cap || nt.hyphen_before || is_in(ARABIC_ARTICLES, nk))
                && !covered(e + 1)
                && !(nt.cap && !nt.hyphen_before && FRAME_AFTER.iter().any(|(w, _, _)| *w == nk))
                // Nor the first word of a two-word frame ("X International
                // Airport", "X Air Base").
                && !(nt.cap
                    && e + 2 < n
                    && toks[e + 2].tight
                    && toks[e + 2].cap
                    && FRAME_AFTER_TWO
                        .iter()
                        .any(|&(w1, w2)| w1 == nk && w2 == keys[e + 2]));
            if !joins {
                break;
            }
            e += 1;
        }
        // A code such as "T-4" ("the T-4 Airport"): a letter, a hyphen and
        // a number.
        let code = |j: usize| {
            j + 1 < n
                && keys[j].len() == 1
                && toks[j + 1].hyphen_before
                && keys[j + 1].bytes().all(|b| b.is_ascii_digit())
        };
        while e > i && !toks[e].cap && !code(e - 1) {
            e -= 1;
        }
        let next = e + 1;
        // A run glued to a name before it is part of that name.
        let glued = i > 0
            && toks[i].tight
            && !toks[i].hyphen_before
            && toks[i - 1].cap
            && !toks[i - 1].initial
            && !covered(i - 1);
        let word = (i..=e).all(|j| !toks[j].upper || keys[j].len() > 5 || code(j) && j < e);
        let demonym_only = e == i
            && (g.demonym_index(k).is_some()
                || k.ends_with("ish")
                || k.ends_with("ese")
                || k.strip_suffix('s')
                    .is_some_and(|s| g.demonym_index(s).is_some()));
        let phrase = e > i && {
            let mut pk = String::with_capacity(32);
            for k in &keys[i..=e] {
                if !pk.is_empty() {
                    pk.push(' ');
                }
                pk.push_str(k);
            }
            is_in(NEVER_PHRASES, &pk)
        };
        let bad = glued
            || phrase
            || !word
            || demonym_only
            || (i..=e).any(|j| {
                is_in(ORG_SUFFIXES, keys[j])
                    || is_in(NEVER, keys[j])
                        && !((j > i || article) && is_in(ARABIC_ARTICLES, keys[j]))
            })
            || (i..=e).any(|j| {
                keys[j].bytes().any(|b| b.is_ascii_digit())
                    // A code such as "T-4" ("the T-4 Airport").
                    && !(j > i && toks[j].hyphen_before && keys[j - 1].len() == 1)
            })
            || (i > 0 && is_in(PERSON_TITLES, keys[i - 1]));
        if bad {
            list_end = None;
            // An article glued to a word before it ("the Shiite al-X
            // district"): the name may still start after the article.
            i = if article { i + 1 } else { next };
            continue;
        }
        let prev = |d: usize| i.checked_sub(d).map(|p| keys[p]);
        let mut hit: Option<Unlisted> = None;
        // "the town of X", and "a village called X", "a township named X",
        // "an area known as X".
        let frame_word = match prev(1) {
            Some("of" | "called" | "named") if i >= 2 => Some(i - 2),
            Some("as") if i >= 3 && prev(2) == Some("known") => Some(i - 3),
            _ => None,
        };
        if let Some(f) = frame_word
            .filter(|&f| toks[i].tight && (f + 1..i).all(|q| toks[q].tight && !toks[q].cap))
        {
            if is_in(FRAME_OF, keys[f]) && (!toks[f].cap || toks[f].initial) {
                // A nationality adjective among the words before the noun.
                let demonym = (f.saturating_sub(3)..f)
                    .filter(|&q| toks[q].cap)
                    .find_map(|q| g.demonym_index(keys[q]));
                let division = matches!(
                    keys[f],
                    "province" | "provinces" | "region" | "governorate" | "county"
                );
                let cue = match cue_before(toks, keys, i) {
                    Cue::Bare | Cue::From | Cue::To => Cue::In,
                    c => c,
                };
                hit = Some(Unlisted {
                    first: i,
                    end: e,
                    frame_end: e,
                    cue,
                    division,
                    demonym,
                });
            }
        }
        // The next name of a list after such a frame.
        if hit.is_none() {
            if let Some(le) = list_end {
                let sep_ok = if le + 1 == i {
                    toks[i].comma_before
                } else {
                    le + 2 == i && matches!(keys[le + 1], "and" | "or")
                };
                if sep_ok {
                    if let Some((cue, division, demonym)) = list_from {
                        hit = Some(Unlisted {
                            first: i,
                            end: e,
                            frame_end: e,
                            cue,
                            division,
                            demonym,
                        });
                    }
                }
            }
        }
        // "X Governorate", "the X area", "X refugee camp".
        if hit.is_none() {
            if let Some((fe, division, needs_the)) = frame_after(keys, toks, e) {
                let m0 = skip_site_modifiers(toks, keys, i);
                let prev_m = |d: usize| m0.checked_sub(d).map(|p| keys[p]);
                let the = prev_m(1) == Some("the")
                    || prev_m(1).is_some_and(|p| is_in(CUE_IN, p) || is_in(CUE_NEAR, p));
                let lone_initial = toks[i].initial && e == i && !toks[e + 1].cap;
                let street = is_in(STREET_WORDS, keys[fe]) || is_in(BUILDING_WORDS, keys[fe]);
                let feature_ok = fe != e + 1
                    || !is_in(FEATURE_WORDS, keys[fe])
                    || (toks[fe].cap && !toks[fe].upper);
                let street_ok = !street || {
                    let cue = |p: Option<&str>| {
                        p.is_some_and(|p| {
                            is_in(CUE_IN, p) || is_in(CUE_NEAR, p) || matches!(p, "on" | "along")
                        })
                    };
                    let cued = cue(prev_m(1)) || prev_m(1) == Some("the") && cue(prev_m(2));
                    // "the intersection of X Road", "at the corner of X Street";
                    // "taken to X Hospital".
                    let crossing = prev_m(1) == Some("of")
                        && prev_m(2)
                            .is_some_and(|p| matches!(p, "intersection" | "junction" | "corner"));
                    let to_building = is_in(BUILDING_WORDS, keys[fe])
                        && (prev_m(1) == Some("to")
                            || prev_m(1) == Some("the") && prev_m(2) == Some("to"));
                    let cued = cued || crossing || to_building;
                    // "stormed the X Hospital", "bombed X Palace": the object
                    // of a verb acting on a site.
                    let acted = |p: Option<&str>| p.is_some_and(|p| is_in(SITE_VERBS, p));
                    let acted = acted(prev_m(1)) || prev_m(1) == Some("the") && acted(prev_m(2));
                    let named_after = fe + 1 < n && toks[fe + 1].tight && toks[fe + 1].cap;
                    (cued || acted) && toks[e + 1].cap && !named_after
                };
                if (!needs_the || the || street) && !lone_initial && street_ok && feature_ok {
                    let cap_frame = toks[e + 1].cap && !toks[e + 1].upper;
                    let mut cue = cue_before(toks, keys, i);
                    if matches!(cue, Cue::Bare | Cue::From | Cue::To) && division {
                        cue = Cue::Province;
                    }
                    // "on X Street", "on the X Bridge": "on" is where.
                    let on = |p: Option<&str>| p == Some("on");
                    if street
                        && cue == Cue::Bare
                        && (on(prev(1)) || prev(1) == Some("the") && on(prev(2)))
                    {
                        cue = Cue::In;
                    }
                    hit = Some(Unlisted {
                        first: i,
                        end: if cap_frame { fe } else { e },
                        frame_end: fe,
                        cue,
                        division,
                        demonym: None,
                    });
                }
            }
        }
        // "in northern X".
        if hit.is_none() && i >= 2 && toks[i].tight && toks[i - 1].tight {
            let d = keys[i - 1];
            let q = if keys[i - 2] == "the" && i >= 3 {
                i - 3
            } else {
                i - 2
            };
            if is_in(DIRECTIONS, d)
                && !toks[i - 1].cap
                && (is_in(CUE_IN, keys[q]) || is_in(CUE_NEAR, keys[q]) || keys[q] == "of")
            {
                hit = Some(Unlisted::plain(i, e, Cue::Direction));
            }
        }
        // "stormed X", "inside X", "the assault on X": verbs and phrases
        // whose object is a place (not "captured X", which takes people).
        if hit.is_none() && i > 0 && toks[i].tight && !toks[i - 1].cap {
            let p1 = keys[i - 1];
            let p2 = if i > 1 { keys[i - 2] } else { "" };
            let taken = matches!(p1, "stormed" | "storming" | "storm" | "overran" | "inside")
                || p1 == "on"
                    && toks[i - 1].tight
                    && matches!(p2, "assault" | "assaults" | "offensive" | "offensives");
            if taken {
                hit = Some(Unlisted::plain(i, e, cue_before(toks, keys, i)));
            }
        }
        // "near Bab al-X", "in Tal al-X": a compound with an inner Arabic
        // article joined by a hyphen, after a locative preposition.
        if hit.is_none()
            && i > 0
            && e >= i + 2
            && toks[i].tight
            && toks[i].cap
            && !toks[e].possessive
            && !toks[i - 1].cap
            && matches!(
                keys[i - 1],
                "in" | "at" | "near" | "outside" | "inside" | "around"
            )
            && !is_in(FIRST_NAMES, k)
            && !is_in(GIVEN_NAMES, k)
            && (i + 1..e).any(|j| {
                is_in(ARABIC_ARTICLES, keys[j])
                    && !toks[j].hyphen_before
                    && toks[j + 1].hyphen_before
                    && toks[j + 1].cap
            })
        {
            hit = Some(Unlisted::plain(i, e, cue_before(toks, keys, i)));
        }
        // "X, a small town in ...", "X, 30 km north of Y", "at X in Y
        // district": a description or a position right after the name.
        if hit.is_none() && !(i > 0 && keys[i - 1] == "of" && toks[i].tight) {
            let after_cue = i > 0
                && toks[i].tight
                && !toks[i - 1].cap
                && matches!(keys[i - 1], "in" | "at" | "near");
            let placed = appositive_place(keys, toks, e)
                || distance_from_place(keys, toks, e)
                || after_cue && e + 2 < n && {
                    let j = e + 1;
                    // "at X in Y district", "near X, Y".
                    (keys[j] == "in" && toks[j].tight || toks[j].comma_before && keys[j] != "in")
                        && {
                            let q = if keys[j] == "in" { j + 1 } else { j };
                            toks[q].cap && (q == j || toks[q].tight) && covered(q)
                        }
                };
            if placed {
                hit = Some(Unlisted::plain(i, e, cue_before(toks, keys, i)));
            }
        }
        match hit {
            Some(u) => {
                list_end = Some(u.end);
                list_from = Some((u.cue, u.division, u.demonym));
                i = u.frame_end + 1;
                found.push(u);
            }
            None => {
                list_end = None;
                i = next;
            }
        }
    }
    if found.is_empty() {
        return;
    }
    let known = out.len();
    for u in found {
        let (country, admin1) = unlisted_country(g, toks, keys, ctx, &out[base..known], &u);
        let sp = Span::new(toks[u.first].start, toks[u.end].end);
        let loc = Location {
            name: text[sp.start..sp.end].to_string(),
            country: country.map(str::to_string),
            admin1,
            lat: None,
            lon: None,
            precision: if u.division {
                attache_model::PlacePrecision::Admin1
            } else {
                attache_model::PlacePrecision::Place
            },
            span: Some(sp),
        };
        out.push(PlaceMention {
            span: sp,
            cue: u.cue,
            location: loc,
            score: u.cue.weight() * 0.6,
        });
    }
    out[base..].sort_by_key(|m| m.span.start);
}

/// The country (and division) of an unlisted name: see [`unlisted`].
fn unlisted_country(
    g: &Gazetteer,
    toks: &[Tok],
    keys: &[&str],
    ctx: &PlaceContext,
    known: &[PlaceMention],
    u: &Unlisted,
) -> (Option<&'static str>, Option<String>) {
    if let Some(c) = u.demonym {
        return (Some(g.iso3_of(c)), None);
    }
    let tok_at = |pos: usize| toks.partition_point(|t| t.start < pos);
    let with_country = |m: &PlaceMention| m.location.country.is_some();
    // A place right after the frame: "X district of Aleppo province", "X,
    // Idlib", "X in northern Syria".
    if let Some(m) = known
        .iter()
        .filter(|m| with_country(m))
        .find(|m| m.span.start > toks[u.frame_end].end)
    {
        let j = tok_at(m.span.start);
        let between = &keys[u.frame_end + 1..j.min(keys.len())];
        let glue = between.len() <= 4
            && between.iter().all(|k| {
                matches!(
                    *k,
                    "of" | "in"
                        | "the"
                        | "near"
                        | "outside"
                        | "province"
                        | "governorate"
                        | "district"
                        | "region"
                        | "city"
                        | "town"
                        | "countryside"
                        | "area"
                ) || is_in(DIRECTIONS, k)
            });
        if glue {
            let iso3 = m.location.country.as_deref().and_then(|c| g.iso3(c));
            let admin1 = if m.location.precision == attache_model::PlacePrecision::Admin1 {
                Some(m.location.name.clone())
            } else {
                m.location.admin1.clone()
            };
            return (iso3, admin1);
        }
    }
    // A place shortly before it: "in Syria's Idlib province, the village of X".
    if let Some(m) = known
        .iter()
        .rev()
        .filter(|m| with_country(m))
        .find(|m| m.span.end <= toks[u.first].start)
    {
        let j = tok_at(m.span.end);
        if u.first - j.min(u.first) <= 8 {
            return (m.location.country.as_deref().and_then(|c| g.iso3(c)), None);
        }
    }
    if let Some(c) = ctx.countries.first().and_then(|c| g.iso3(c)) {
        return (Some(c), None);
    }
    // Any country the sentence names.
    let c = known
        .iter()
        .find_map(|m| m.location.country.as_deref().and_then(|c| g.iso3(c)));
    (c, None)
}
