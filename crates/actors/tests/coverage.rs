//! Coverage and consistency of the built-in actor dictionaries (issue 3, items 2 and 5).
//!
//! * every inhabited country and territory of `data/actors/iso3166.tsv` has a name, an
//!   adjective and a capital that the recogniser resolves back to it;
//! * every phrase of a proper-name entry, and every role phrase, finds its own entry when it
//!   stands alone (nothing else in the dictionaries hides it);
//! * the leaders files hold at least 1,500 dated people, load on their own, and no person has
//!   two overlapping terms;
//! * no modifier word starts a role phrase (see modifiers.txt).

use attache_actors::dict::builtin_files;
use attache_actors::{ActorDict, ArticleContext, Kind, Mention, Recogniser};
use attache_model::dictfile::{self, DictLine};
use attache_model::{ActorCode, Span};
use attache_segment::{tokenize, Tokens};
use chrono::NaiveDate;
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// The date the present-day codes are checked at.
fn today() -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(2024, 3, 1)
}

fn recognise(text: &str) -> Vec<Mention> {
    let rec = Recogniser::new(ActorDict::builtin());
    let mut ctx = ArticleContext::new(today());
    let mut toks = Tokens::default();
    tokenize(text, Span::new(0, text.len()), &mut toks);
    let mut out = Vec::new();
    rec.recognise(text, &toks, &mut ctx, &mut out);
    out
}

/// The mentions of `text` read as the second sentence of an article that opens with `first`.
fn recognise_after(first: &str, text: &str) -> Vec<Mention> {
    let rec = Recogniser::new(ActorDict::builtin());
    let mut ctx = ArticleContext::new(today());
    let mut out = Vec::new();
    for s in [first, text] {
        let mut toks = Tokens::default();
        tokenize(s, Span::new(0, s.len()), &mut toks);
        out.clear();
        rec.recognise(s, &toks, &mut ctx, &mut out);
    }
    out
}

/// The country part of the only mention found in `text`, if exactly one was found.
fn sole_country(text: &str) -> Option<String> {
    match recognise(text).as_slice() {
        [m] => m.country.as_deref().map(str::to_string),
        _ => None,
    }
}

/// The code of the only mention found in `text`, if exactly one was found.
fn sole_code(text: &str) -> Option<String> {
    match recognise(text).as_slice() {
        [m] => m.code.as_deref().map(str::to_string),
        _ => None,
    }
}

/// Phrases as written in the built-in files, by (file, line).
fn raw_phrases() -> HashMap<(String, usize), Vec<String>> {
    let mut map = HashMap::new();
    for (name, text) in builtin_files() {
        for l in dictfile::parse(name, text).unwrap() {
            if let DictLine::Entry { line, items, .. } = l {
                let items = items
                    .iter()
                    .map(|s| s.trim().trim_start_matches('=').trim().to_string())
                    .collect();
                map.insert((name.to_string(), line), items);
            }
        }
    }
    map
}

/// Every entry of a kind with its country (at today's date) and its phrases as written.
fn entries_of(kind: Kind) -> Vec<(Option<String>, String, Vec<String>)> {
    let dict = ActorDict::builtin();
    let raw = raw_phrases();
    dict.entries
        .iter()
        .filter(|e| e.kind == kind)
        .map(|e| {
            let country = ActorCode::parse(e.code_at(today())).and_then(|c| c.country);
            let phrases = raw[&(e.rule.file.to_string(), e.rule.line)].clone();
            (country, e.rule.to_string(), phrases)
        })
        .collect()
}

struct Iso {
    alpha3: String,
    name: String,
    capital: String,
}

fn iso3166() -> Vec<Iso> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../data/actors/iso3166.tsv");
    let text = std::fs::read_to_string(path).unwrap();
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.starts_with("alpha3\t") && !l.trim().is_empty())
        .map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            Iso {
                alpha3: f[0].to_string(),
                name: f[3].to_string(),
                capital: f[4].to_string(),
            }
        })
        .collect()
}

/// Inhabited: the table gives a capital for every inhabited country and territory except
/// Tokelau (which has none; its atolls take turns as seat of government).
fn inhabited() -> Vec<Iso> {
    iso3166()
        .into_iter()
        .filter(|c| !c.capital.is_empty() || c.alpha3 == "TKL")
        .collect()
}

// Explicit gaps, each with its reason.

/// No adjective of their own that the recogniser can give them.
const NO_OWN_ADJECTIVE: &[(&str, &str)] = &[
    (
        "COG",
        "Congolese is given to DR Congo (COD), its usual meaning in news",
    ),
    (
        "DMA",
        "Dominican is given to the Dominican Republic (DOM); Dominica shares it",
    ),
    (
        "SJM",
        "Svalbard has no demonym in use; its people are Norwegian",
    ),
];

/// No capital entry of their own: the capital has the country's name (the country entry
/// covers it: "Singapore said" is SGP), or there is no capital.
const NO_OWN_CAPITAL: &[(&str, &str)] = &[
    ("SGP", "city-state: the capital is Singapore"),
    ("HKG", "the capital is Hong Kong itself"),
    ("MAC", "the capital is Macau itself"),
    ("GIB", "the capital is Gibraltar itself"),
    ("TKL", "Tokelau has no capital"),
];

/// Capitals, as the table writes them, that are not matched alone because the same name is
/// a common place name elsewhere or an English word; countries.txt lists only the qualified
/// form ("Hamilton, Bermuda", "Male, Maldives").
const CAPITAL_ONLY_QUALIFIED: &[&str] = &[
    "AIA", // The Valley
    "ATG", // Saint John's
    "BMU", // Hamilton
    "CCK", // West Island
    "CRI", // San José
    "CYM", // George Town
    "FLK", // Stanley
    "GRD", // Saint George's
    "GUY", // Georgetown
    "IMN", // Douglas
    "MDV", // Malé
    "NFK", // Kingston (Jamaica's capital)
    "REU", // Saint-Denis
    "SHN", // Jamestown
    "SYC", // Victoria
];

#[test]
fn every_inhabited_country_has_a_name() {
    let names = entries_of(Kind::Country);
    let mut missing = Vec::new();
    for c in inhabited() {
        let ok = names
            .iter()
            .filter(|(cc, _, _)| cc.as_deref() == Some(&c.alpha3))
            .flat_map(|(_, _, ps)| ps)
            .any(|p| sole_country(p).as_deref() == Some(&c.alpha3));
        if !ok {
            missing.push(c.alpha3.clone());
        }
    }
    assert!(
        missing.is_empty(),
        "no country name resolves to: {missing:?}"
    );
}

#[test]
fn every_inhabited_country_has_an_adjective() {
    let adjs = entries_of(Kind::Adjective);
    let allowed: BTreeSet<&str> = NO_OWN_ADJECTIVE.iter().map(|(c, _)| *c).collect();
    let mut missing = Vec::new();
    let mut unneeded = Vec::new();
    for c in inhabited() {
        let want = format!("{}GOV", c.alpha3);
        let ok = adjs
            .iter()
            .filter(|(cc, _, _)| cc.as_deref() == Some(&c.alpha3))
            .flat_map(|(_, _, ps)| ps)
            .any(|p| {
                sole_code(&capitalise(&format!("{p} officials said"))).as_deref() == Some(&want)
            });
        match (ok, allowed.contains(c.alpha3.as_str())) {
            (false, false) => missing.push(c.alpha3.clone()),
            (true, true) => unneeded.push(c.alpha3.clone()),
            _ => {}
        }
    }
    assert!(
        missing.is_empty(),
        "no 'ADJ officials' resolves to XXXGOV for: {missing:?}"
    );
    assert!(
        unneeded.is_empty(),
        "allow-listed but covered now, remove from NO_OWN_ADJECTIVE: {unneeded:?}"
    );
}

#[test]
fn every_inhabited_country_has_a_capital() {
    let caps = entries_of(Kind::Capital);
    let allowed: BTreeSet<&str> = NO_OWN_CAPITAL.iter().map(|(c, _)| *c).collect();
    let mut missing = Vec::new();
    let mut unneeded = Vec::new();
    for c in inhabited() {
        let ok = caps
            .iter()
            .filter(|(cc, _, _)| cc.as_deref() == Some(&c.alpha3))
            .flat_map(|(_, _, ps)| ps)
            .any(|p| sole_country(&format!("{p} said")).as_deref() == Some(&c.alpha3));
        match (ok, allowed.contains(c.alpha3.as_str())) {
            (false, false) => missing.push(c.alpha3.clone()),
            (true, true) => unneeded.push(c.alpha3.clone()),
            _ => {}
        }
    }
    assert!(missing.is_empty(), "no capital resolves to: {missing:?}");
    assert!(
        unneeded.is_empty(),
        "allow-listed but covered now, remove from NO_OWN_CAPITAL: {unneeded:?}"
    );
}

/// The short names and capitals of the ISO table itself resolve (diacritics and all).
#[test]
fn iso_table_names_and_capitals_resolve() {
    let qualified: BTreeSet<&str> = CAPITAL_ONLY_QUALIFIED.iter().copied().collect();
    let mut bad = Vec::new();
    for c in inhabited() {
        if sole_country(&c.name).as_deref() != Some(&c.alpha3) {
            bad.push(format!("name {:?} ({})", c.name, c.alpha3));
        }
        if c.capital.is_empty() {
            continue;
        }
        let ok = sole_country(&format!("{} said", c.capital)).as_deref() == Some(&c.alpha3);
        match (ok, qualified.contains(c.alpha3.as_str())) {
            (false, false) => bad.push(format!("capital {:?} ({})", c.capital, c.alpha3)),
            (true, true) => bad.push(format!(
                "capital {:?} ({}) resolves: remove from CAPITAL_ONLY_QUALIFIED",
                c.capital, c.alpha3
            )),
            _ => {}
        }
    }
    assert!(
        bad.is_empty(),
        "{} problems:\n  {}",
        bad.len(),
        bad.join("\n  ")
    );
}

/// Phrases that are hidden on purpose by another entry when they stand alone, as
/// (file:line of the hidden entry, phrase).
const HIDDEN_ON_PURPOSE: &[(&str, &str)] = &[
    // The US state: the country Georgia wins unless the article is about the United States.
    ("countries.txt", "Georgia"),
    // Ethiopia's army: Syria's militia of the same name wins unless the article is about
    // Ethiopia.
    ("countries.txt", "National Defence Forces"),
    ("countries.txt", "National Defense Forces"),
    // Descriptions written in lower case after "the": the recogniser requires a proper-name
    // entry to start with a capital in the text, and the capital here falls on "The", not on
    // the entry's first word. They match once a phrase written in lower case no longer needs
    // a capital (phrases.rs, names_written_in_lower_case).
    ("organisations.txt", "the world body"),
    ("organisations.txt", "the oil cartel"),
    ("organisations.txt", "the international donor community"),
];

/// Each phrase of a proper-name entry, alone, is found as exactly one mention made from its
/// own entry; so no later or longer phrase elsewhere hides it by accident.
#[test]
fn every_name_finds_its_own_entry() {
    let dict = ActorDict::builtin();
    let raw = raw_phrases();
    let mut bad = Vec::new();
    for e in &dict.entries {
        let template = match e.kind {
            Kind::Country
            | Kind::Capital
            | Kind::Metonym
            | Kind::City
            | Kind::Org
            | Kind::Group
            | Kind::Person => "{}",
            // Singular adjectives are not actors alone; with a role they are.
            Kind::Adjective => "{} officials",
            // Religion words: plural nouns alone, adjectives before a role.
            Kind::Religion => "{} villagers",
            _ => continue,
        };
        let rule = e.rule.to_string();
        for p in &raw[&(e.rule.file.to_string(), e.rule.line)] {
            if HIDDEN_ON_PURPOSE
                .iter()
                .any(|(f, ph)| e.rule.file.ends_with(f) && ph == p)
            {
                continue;
            }
            // Sentence-initial, as a capitalised name would be anywhere (names written in lower
            // case, "al-Qaeda", are a recogniser problem of their own: see phrases.rs).
            let text = capitalise(&template.replace("{}", p));
            // A local short form stands for its entry once the article has named
            // the entry's country (see local.txt).
            let found = match ActorCode::parse(e.code_at(today())).and_then(|c| c.country) {
                Some(c) if e.local => {
                    let name = iso3166()
                        .into_iter()
                        .find(|i| i.alpha3 == c)
                        .map(|i| i.name)
                        .unwrap_or_default();
                    recognise_after(&format!("{name} held talks."), &text)
                }
                _ => recognise(&text),
            };
            let ok = found.len() == 1 && found[0].rules.iter().any(|r| r.to_string() == rule);
            if !ok {
                let got: Vec<String> = found
                    .iter()
                    .map(|m| format!("{:?} {}", m.code, m.rule()))
                    .collect();
                bad.push(format!("{rule} {text:?} -> {got:?}"));
            }
        }
    }
    assert!(
        bad.is_empty(),
        "{} phrases do not find their own entry:\n  {}",
        bad.len(),
        bad.join("\n  ")
    );
}

/// Each role phrase after a country adjective gives that country and the entry's role.
#[test]
fn every_role_joins_a_country() {
    let dict = ActorDict::builtin();
    let raw = raw_phrases();
    let mut bad = Vec::new();
    for e in dict.entries.iter().filter(|e| e.kind == Kind::Role) {
        let want = format!("KEN{}", e.codes[0].code);
        for p in &raw[&(e.rule.file.to_string(), e.rule.line)] {
            let text = format!("Kenyan {p}");
            let got = sole_code(&text);
            if got.as_deref() != Some(&want) {
                bad.push(format!("{} {text:?}: want {want}, got {got:?}", e.rule));
            }
        }
    }
    assert!(
        bad.is_empty(),
        "{} role phrases:\n  {}",
        bad.len(),
        bad.join("\n  ")
    );
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
}

fn leaders_files() -> Vec<(&'static str, &'static str)> {
    builtin_files()
        .iter()
        .filter(|(n, _)| {
            let base = n.rsplit('/').next().unwrap();
            base.starts_with("leaders-") || base.starts_with("ministers-")
        })
        .copied()
        .collect()
}

#[test]
fn at_least_1500_dated_people() {
    let dict = ActorDict::builtin();
    let n = dict
        .entries
        .iter()
        .filter(|e| e.kind == Kind::Person && e.codes.iter().any(|c| c.is_dated()))
        .count();
    assert!(n >= 1500, "only {n} dated person entries");
}

/// Each leaders file loads on its own; every entry is a person; no two dated alternatives of
/// one person overlap; every code's country part is a known country.
#[test]
fn leaders_files_load_and_terms_do_not_overlap() {
    let files = leaders_files();
    assert!(
        files.len() >= 4,
        "leaders files: {:?}",
        files.iter().map(|f| f.0).collect::<Vec<_>>()
    );
    let known: BTreeSet<String> = iso3166()
        .into_iter()
        .map(|c| c.alpha3)
        .chain(["USR", "YUG", "SCG", "CSK", "DDR"].map(String::from))
        .collect();
    let mut bad = Vec::new();
    for (name, text) in files {
        let dict = match ActorDict::from_files(&[(name, text)]) {
            Ok(d) => d,
            Err(e) => {
                bad.push(format!("{e}"));
                continue;
            }
        };
        for e in &dict.entries {
            if e.kind != Kind::Person {
                bad.push(format!(
                    "{}: a {} entry in a leaders file",
                    e.rule,
                    e.kind.as_str()
                ));
            }
            let dated: Vec<_> = e.codes.iter().filter(|c| c.is_dated()).collect();
            for (i, a) in dated.iter().enumerate() {
                for b in &dated[i + 1..] {
                    let a_before_b = a.to.zip(b.from).is_some_and(|(t, f)| t <= f);
                    let b_before_a = b.to.zip(a.from).is_some_and(|(t, f)| t <= f);
                    if !a_before_b && !b_before_a {
                        bad.push(format!("{}: {} and {} overlap", e.rule, show(a), show(b)));
                    }
                }
            }
            for c in &e.codes {
                let country = ActorCode::parse(&c.code).and_then(|p| p.country);
                if !country.as_ref().is_some_and(|cc| known.contains(cc))
                    && !c.code.starts_with("IGO")
                {
                    bad.push(format!("{}: code {} has no known country", e.rule, c.code));
                }
            }
        }
    }
    assert!(
        bad.is_empty(),
        "{} problems:\n  {}",
        bad.len(),
        bad.join("\n  ")
    );
}

fn show(c: &attache_actors::DatedCode) -> String {
    let d = |x: Option<NaiveDate>| x.map(|d| d.to_string()).unwrap_or_default();
    format!("{}[{}..{}]", c.code, d(c.from), d(c.to))
}

/// The recogniser skips modifier words before it looks for a role, even at a token where a
/// role phrase starts; so a modifier that begins a role phrase hides that role ("special" /
/// "special envoy"). Until that is fixed (tests/phrases.rs, modifier_that_starts_a_role_phrase),
/// no modifier may be the first word of a role phrase.
#[test]
fn modifiers_do_not_start_role_phrases() {
    let mut modifiers = BTreeSet::new();
    let mut role_starts: BTreeMap<String, String> = BTreeMap::new();
    for (name, text) in builtin_files() {
        let mut kind = "";
        for l in dictfile::parse(name, text).unwrap() {
            match l {
                DictLine::Directive { args, .. } => kind = args.first().copied().unwrap_or(""),
                DictLine::Entry { items, .. } => {
                    for it in items {
                        let first = it
                            .trim()
                            .trim_start_matches('=')
                            .split_whitespace()
                            .next()
                            .unwrap_or("")
                            .to_lowercase();
                        match kind {
                            "modifier" => {
                                modifiers.insert(first);
                            }
                            "role" => {
                                role_starts
                                    .entry(first)
                                    .or_insert_with(|| it.trim().to_string());
                            }
                            _ => {}
                        }
                    }
                }
            }
        }
    }
    assert!(!modifiers.is_empty(), "no modifiers loaded");
    let clash: Vec<String> = modifiers
        .iter()
        .filter_map(|m| {
            role_starts
                .get(m)
                .map(|r| format!("{m:?} starts role phrase {r:?}"))
        })
        .collect();
    assert!(clash.is_empty(), "{clash:?}");
}
