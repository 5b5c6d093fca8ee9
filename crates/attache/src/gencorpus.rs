//! A deterministic synthetic news corpus for benchmarks (`attache gen-corpus`).
//!
//! The articles are written in wire style from our own sentence templates and
//! the names in our actor dictionaries (countries, capitals, cities, leaders
//! valid on the article's date, organisations, armed groups, role words). They
//! are not news and say nothing true; they exist so that anyone can reproduce
//! attache's throughput and memory figures without outside data.
//!
//! What the corpus contains, so that every stage does real work:
//!
//! * articles of 400–900 words with a headline, a dateline ("KABUL,
//!   Afghanistan (Meridian Wire) - ") and short wire paragraphs;
//! * events of every CAMEO root (01–20), with compound actors, passives (with
//!   and without an agent), reported speech, quotes, negations, plans,
//!   hypotheticals and questions;
//! * relative and absolute date expressions ("on Tuesday", "last month",
//!   "on March 3"), places ("in Helmand province", "near Mosul", "in northern
//!   Mali"), background sentences with their own past dates;
//! * noise paragraphs (markets, weather, sports) with no political event;
//! * context paragraphs (population, economy, roads, prices: the long
//!   descriptive sentences that fill most of a real report) and event
//!   sentences lengthened by clauses that add no event ("..., citing the
//!   need to protect public safety");
//! * about 10% near-duplicates: an earlier article re-edited (a few words
//!   changed, a paragraph dropped) under another outlet and id.
//!
//! How many of the sentences are events is the [`Profile`]: by default as
//! many as in real wire copy (calibrated by coding real articles with
//! attache), or, with `--profile dense`, three times as many as that, for
//! stress tests of the stages whose cost grows with the events.
//!
//! Determinism: the only randomness is a SplitMix64 generator seeded from
//! `--seed`, and the dictionaries are compiled into the binary, so the same
//! seed and the same attache version give the same bytes. (A dictionary edit
//! changes the corpus; the benchmark notes record the version.) Articles are
//! written one at a time: memory does not grow with `--articles`.
//!
//! The outlets are invented ("Meridian Wire", "Atlas Press", ...) so that no
//! synthetic sentence is attributed to a real news agency.

use attache_actors::dict::{builtin_files, parse_codespec, DatedCode};
use attache_model::dictfile::{self, DictLine};
use attache_model::Article;
use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime, Weekday};
use std::collections::{HashMap, VecDeque};
use std::fmt::Write as _;
use std::io::{self, Write};
use std::sync::OnceLock;

// ---------------------------------------------------------------------------
// Random numbers

/// SplitMix64 (Steele, Lea and Flood 2014): tiny, fast, and fully specified
/// here, so the corpus does not depend on a crate's version.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed ^ 0x5DEE_CE66_D1CE_4E5B)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (`n > 0`), by the multiply-shift method.
    pub fn below(&mut self, n: usize) -> usize {
        (((self.next_u64() >> 32) * n as u64) >> 32) as usize
    }

    /// Uniform in `lo..=hi`.
    pub fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + self.below(hi - lo + 1)
    }

    /// True with probability `percent`/100.
    pub fn pct(&mut self, percent: u32) -> bool {
        (self.below(100) as u32) < percent
    }

    /// One of `xs`, uniformly.
    pub fn word(&mut self, xs: &[&'static str]) -> &'static str {
        xs[self.below(xs.len())]
    }

    pub fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[self.below(xs.len())]
    }
}

// ---------------------------------------------------------------------------
// Names from our dictionaries

#[derive(Debug, Default)]
struct Country {
    code: &'static str,
    name: &'static str,
    /// Other short names from the same dictionary line ("Britain").
    alt: Vec<&'static str>,
    adj: Option<&'static str>,
    capital: Option<&'static str>,
    cities: Vec<&'static str>,
    provinces: &'static [&'static str],
    persons: Vec<u32>,
    groups: Vec<u32>,
}

#[derive(Debug)]
struct Person {
    name: &'static str,
    surname: &'static str,
    /// Periods in office (dated alternatives of the person's code).
    offices: Vec<DatedCode>,
    /// "leader" or "minister", from the file the person is listed in.
    title: &'static str,
}

#[derive(Debug)]
struct Named {
    name: &'static str,
}

/// A role phrase from `roles.txt` and whether it is plural.
#[derive(Debug, Clone, Copy)]
struct RoleWord {
    text: &'static str,
    plural: bool,
}

/// Everything the generator takes from the actor dictionaries.
#[derive(Debug, Default)]
struct Lexicon {
    countries: Vec<Country>,
    persons: Vec<Person>,
    orgs: Vec<Named>,
    groups: Vec<Named>,
    /// International groups (no country of their own).
    intl_groups: Vec<u32>,
    /// Role words per role code: (common ones, all simple ones).
    roles: HashMap<&'static str, (Vec<RoleWord>, Vec<RoleWord>)>,
}

/// First-level divisions of countries that are often in the news (facts:
/// provinces, states and regions), for "in X province" and "in X".
const PROVINCES: &[(&str, &[&str])] = &[
    (
        "AFG",
        &[
            "Helmand",
            "Kandahar",
            "Kunduz",
            "Nangarhar",
            "Herat",
            "Ghazni",
            "Balkh",
            "Badakhshan",
        ],
    ),
    (
        "IRQ",
        &[
            "Anbar",
            "Nineveh",
            "Diyala",
            "Kirkuk",
            "Basra",
            "Salahuddin",
            "Babil",
        ],
    ),
    (
        "SYR",
        &[
            "Idlib",
            "Aleppo",
            "Homs",
            "Hama",
            "Deir ez-Zor",
            "Raqqa",
            "Daraa",
            "Latakia",
        ],
    ),
    (
        "PAK",
        &["Balochistan", "Khyber Pakhtunkhwa", "Punjab", "Sindh"],
    ),
    (
        "NGA",
        &[
            "Borno", "Yobe", "Adamawa", "Kaduna", "Zamfara", "Plateau", "Benue", "Rivers",
        ],
    ),
    (
        "COD",
        &["North Kivu", "South Kivu", "Ituri", "Kasai", "Tanganyika"],
    ),
    (
        "UKR",
        &[
            "Donetsk",
            "Luhansk",
            "Kharkiv",
            "Zaporizhzhia",
            "Kherson",
            "Odesa",
            "Dnipropetrovsk",
        ],
    ),
    (
        "YEM",
        &["Marib", "Hodeidah", "Taiz", "Abyan", "Shabwa", "Hadramawt"],
    ),
    (
        "SOM",
        &[
            "Lower Shabelle",
            "Middle Shabelle",
            "Bay",
            "Gedo",
            "Hiran",
            "Mudug",
        ],
    ),
    ("MLI", &["Mopti", "Gao", "Timbuktu", "Kidal", "Segou"]),
    ("BFA", &["Sahel", "Centre-Nord", "Est", "Boucle du Mouhoun"]),
    ("NER", &["Tillaberi", "Diffa", "Tahoua", "Agadez"]),
    ("ETH", &["Tigray", "Amhara", "Oromia", "Afar", "Somali"]),
    (
        "SDN",
        &["Darfur", "Kordofan", "Blue Nile", "Khartoum", "Gezira"],
    ),
    ("SSD", &["Jonglei", "Unity", "Upper Nile", "Equatoria"]),
    ("MOZ", &["Cabo Delgado", "Nampula", "Niassa", "Sofala"]),
    ("CMR", &["Far North", "Northwest", "Southwest", "Adamawa"]),
    (
        "IND",
        &[
            "Kashmir",
            "Punjab",
            "Manipur",
            "Chhattisgarh",
            "Assam",
            "Uttar Pradesh",
            "Bihar",
        ],
    ),
    (
        "MMR",
        &["Rakhine", "Shan", "Kachin", "Chin", "Sagaing", "Karen"],
    ),
    (
        "PHL",
        &[
            "Mindanao",
            "Sulu",
            "Maguindanao",
            "Basilan",
            "Lanao del Sur",
        ],
    ),
    ("THA", &["Pattani", "Yala", "Narathiwat", "Songkhla"]),
    (
        "IDN",
        &["Aceh", "Papua", "Central Sulawesi", "Maluku", "East Java"],
    ),
    (
        "COL",
        &[
            "Cauca",
            "Antioquia",
            "Narino",
            "Norte de Santander",
            "Choco",
            "Arauca",
        ],
    ),
    (
        "MEX",
        &[
            "Guerrero",
            "Michoacan",
            "Sinaloa",
            "Tamaulipas",
            "Chihuahua",
            "Jalisco",
        ],
    ),
    (
        "TUR",
        &[
            "Hakkari",
            "Sirnak",
            "Diyarbakir",
            "Hatay",
            "Gaziantep",
            "Sanliurfa",
        ],
    ),
    (
        "IRN",
        &[
            "Sistan and Baluchestan",
            "Khuzestan",
            "Kurdistan",
            "Kermanshah",
        ],
    ),
    ("LBY", &["Cyrenaica", "Fezzan", "Tripolitania"]),
    (
        "EGY",
        &["North Sinai", "South Sinai", "Giza", "Minya", "Asyut"],
    ),
    (
        "RUS",
        &[
            "Chechnya",
            "Dagestan",
            "Ingushetia",
            "Belgorod",
            "Kursk",
            "Rostov",
        ],
    ),
    (
        "CHN",
        &["Xinjiang", "Tibet", "Guangdong", "Sichuan", "Yunnan"],
    ),
    ("KEN", &["Mandera", "Garissa", "Lamu", "Wajir", "Turkana"]),
    ("CAF", &["Ouham", "Haute-Kotto", "Vakaga", "Ouaka"]),
    (
        "LBN",
        &["Bekaa", "South Lebanon", "Nabatieh", "North Lebanon"],
    ),
    ("ISR", &["Galilee", "Negev"]),
    ("PSE", &["Gaza", "West Bank", "Hebron", "Nablus", "Jenin"]),
    ("BRA", &["Rio de Janeiro", "Para", "Amazonas", "Roraima"]),
    ("VEN", &["Zulia", "Tachira", "Bolivar", "Apure"]),
    ("PER", &["Ayacucho", "Puno", "Cusco"]),
    ("HTI", &["Artibonite", "Ouest", "Nord"]),
    ("ARM", &["Syunik", "Tavush"]),
    ("AZE", &["Nakhchivan", "Tovuz"]),
    ("GEO", &["Abkhazia", "South Ossetia", "Adjara"]),
];

/// The role words wire copy uses most, per CAMEO role: picked three times in
/// four (the rest of the time any simple phrase of `roles.txt` is used). Only
/// the words that `roles.txt` lists are kept.
const COMMON_ROLES: &[(&str, &[&str])] = &[
    (
        "GOV",
        &[
            "government",
            "president",
            "prime minister",
            "foreign minister",
            "foreign ministry",
            "defence minister",
            "interior ministry",
            "officials",
            "authorities",
            "government spokesman",
            "envoy",
            "ambassador",
            "finance minister",
            "cabinet",
            "leader",
        ],
    ),
    (
        "MIL",
        &[
            "troops",
            "army",
            "military",
            "soldiers",
            "forces",
            "air force",
            "navy",
            "warplanes",
            "special forces",
        ],
    ),
    (
        "COP",
        &[
            "police",
            "riot police",
            "security forces",
            "police officers",
        ],
    ),
    ("REB", &["rebels", "rebel fighters", "guerrillas"]),
    ("INS", &["militants", "insurgents", "jihadists"]),
    ("UAF", &["gunmen", "militiamen", "armed men", "fighters"]),
    ("SEP", &["separatists", "separatist rebels"]),
    (
        "CVL",
        &[
            "protesters",
            "demonstrators",
            "residents",
            "villagers",
            "civilians",
        ],
    ),
    (
        "OPP",
        &["opposition", "opposition leader", "activists", "dissidents"],
    ),
    ("LAB", &["workers", "trade unions", "miners"]),
    ("EDU", &["students", "academics"]),
    ("MED", &["journalists", "reporters", "state media"]),
    ("HRI", &["rights groups", "human rights activists"]),
    ("NGO", &["aid workers", "aid agencies"]),
    ("REL", &["clerics", "religious leaders"]),
    ("AGR", &["farmers", "herders"]),
    ("BUS", &["businessmen", "investors", "companies"]),
];

/// Words after which an organisation's or group's name takes "the".
const TAKES_THE: &[&str] = &[
    "Organization",
    "Organisation",
    "Union",
    "Council",
    "Bank",
    "Fund",
    "Nations",
    "Agency",
    "Court",
    "Committee",
    "Committees",
    "Commission",
    "League",
    "Community",
    "Forum",
    "Office",
    "Programme",
    "Program",
    "Assembly",
    "Parliament",
    "Movement",
    "Front",
    "Party",
    "Army",
    "Brigades",
    "Brigade",
    "Forces",
    "Group",
    "Alliance",
    "Federation",
    "Institute",
    "Association",
    "Foundation",
    "Foundations",
    "Force",
    "State",
    "Conference",
    "Government",
    "Council",
    "Cross",
    "Crescent",
    "Secretariat",
    "Mission",
    "Tribunal",
    "Authority",
];

/// "the United Nations", "the Islamic State", but "Hamas", "Al Jazeera".
fn with_article(name: &str) -> String {
    let lower = name.to_ascii_lowercase();
    let takes = name.split(' ').count() > 1
        && !lower.starts_with("al ")
        && !lower.starts_with("al-")
        && name.split(' ').any(|w| TAKES_THE.contains(&w));
    if takes {
        format!("the {name}")
    } else {
        name.to_string()
    }
}

/// Is a dictionary phrase usable in running text as written?
fn usable(p: &str) -> bool {
    !p.is_empty()
        && p.len() <= 40
        && !p.starts_with('=')
        && p.chars().next().is_some_and(|c| c.is_uppercase())
        && p.chars().any(|c| c.is_lowercase())
}

fn plural_role(p: &str) -> bool {
    let last = p.rsplit(' ').next().unwrap_or(p);
    (last.ends_with('s') && !last.ends_with("ss") && !last.ends_with("us"))
        || matches!(
            last,
            "police" | "military" | "media" | "people" | "clergy" | "militia" | "personnel"
        )
}

impl Lexicon {
    fn get() -> &'static Lexicon {
        static LEX: OnceLock<Lexicon> = OnceLock::new();
        LEX.get_or_init(Lexicon::build)
    }

    fn build() -> Lexicon {
        let mut lex = Lexicon::default();
        let mut by_code: HashMap<&'static str, usize> = HashMap::new();
        // Pass 1: capitals define the set of countries (regions have none).
        // Pass 2: names, adjectives, cities, people, organisations, groups.
        let files = builtin_files();
        let parsed: Vec<(&str, Vec<DictLine<'static>>)> = files
            .iter()
            .map(|(f, t)| (*f, dictfile::parse(f, t).unwrap_or_default()))
            .collect();
        for (_, lines) in &parsed {
            let mut kind = "";
            for l in lines {
                match l {
                    DictLine::Directive { name, args, .. } if *name == "kind" => {
                        kind = args.first().copied().unwrap_or("")
                    }
                    DictLine::Entry { left, items, .. } if kind == "capital" => {
                        let Ok(codes) = parse_codespec(left, "", 0) else {
                            continue;
                        };
                        let Some(c) = codes.iter().rev().find(|c| !c.is_dated()) else {
                            continue;
                        };
                        if c.code.len() != 6 || !c.code.ends_with("GOV") {
                            continue;
                        }
                        let Some(cap) = items.iter().copied().find(|p| usable(p)) else {
                            continue;
                        };
                        let code: &'static str = leak(&c.code[..3]);
                        let i = *by_code.entry(code).or_insert_with(|| {
                            lex.countries.push(Country {
                                code,
                                ..Default::default()
                            });
                            lex.countries.len() - 1
                        });
                        if lex.countries[i].capital.is_none() {
                            lex.countries[i].capital = Some(cap);
                        }
                    }
                    _ => {}
                }
            }
        }
        for (file, lines) in &parsed {
            let mut kind = "";
            for l in lines {
                let (left, items) = match l {
                    DictLine::Directive { name, args, .. } => {
                        if *name == "kind" {
                            kind = args.first().copied().unwrap_or("");
                        }
                        continue;
                    }
                    DictLine::Entry { left, items, .. } => (*left, items),
                };
                let first = items.iter().copied().find(|p| usable(p));
                match kind {
                    // The last plain line for a code is its current name (former
                    // and historical names come first in countries.txt).
                    "country" | "adjective" if left.len() == 3 => {
                        let (Some(&i), Some(first)) = (by_code.get(left), first) else {
                            continue;
                        };
                        let c = &mut lex.countries[i];
                        if kind == "country" {
                            c.name = first;
                            c.alt = items
                                .iter()
                                .copied()
                                .filter(|p| {
                                    usable(p) && *p != first && p.len() <= 16 && !p.contains(" of ")
                                })
                                .take(3)
                                .collect();
                        } else {
                            c.adj = Some(first);
                        }
                    }
                    "city" => {
                        if let Some(&i) = by_code.get(left) {
                            lex.countries[i]
                                .cities
                                .extend(items.iter().copied().filter(|p| usable(p)).take(4));
                        }
                    }
                    "person" => {
                        let (Ok(codes), Some(name)) = (parse_codespec(left, "", 0), first) else {
                            continue;
                        };
                        let offices: Vec<DatedCode> = codes
                            .into_iter()
                            .filter(|c| {
                                c.is_dated() && c.code.len() == 6 && c.code.ends_with("GOV")
                            })
                            .collect();
                        let Some(&ci) = offices.first().and_then(|c| by_code.get(&c.code[..3]))
                        else {
                            continue;
                        };
                        let last = *items.last().unwrap();
                        let tail = name.rsplit(' ').next().unwrap_or(name);
                        let surname = if !last.contains(' ') && usable(last) && name.ends_with(last)
                        {
                            last
                        } else if tail.chars().all(|c| matches!(c, 'I' | 'V' | 'X'))
                            || tail.ends_with('.')
                        {
                            name
                        } else {
                            tail
                        };
                        let title = if file.contains("ministers") {
                            "minister"
                        } else {
                            "leader"
                        };
                        lex.countries[ci].persons.push(lex.persons.len() as u32);
                        lex.persons.push(Person {
                            name,
                            surname,
                            offices,
                            title,
                        });
                    }
                    "org" => {
                        if let Some(name) = first {
                            lex.orgs.push(Named { name });
                        }
                    }
                    "group" => {
                        let (Ok(codes), Some(name)) = (parse_codespec(left, "", 0), first) else {
                            continue;
                        };
                        let code = &codes.last().unwrap().code;
                        let gi = lex.groups.len() as u32;
                        lex.groups.push(Named { name });
                        match code.get(..3).and_then(|c| by_code.get(c)) {
                            Some(&ci) => lex.countries[ci].groups.push(gi),
                            None => lex.intl_groups.push(gi),
                        }
                    }
                    "role" => {
                        let role: &'static str = leak(left);
                        let common = COMMON_ROLES
                            .iter()
                            .find(|(r, _)| *r == role)
                            .map_or(&[][..], |x| x.1);
                        let (cw, words) = lex.roles.entry(role).or_default();
                        for p in items.iter().copied() {
                            let simple = p.split(' ').count() <= 3
                                && p.chars()
                                    .all(|c| c.is_ascii_lowercase() || c == ' ' || c == '-');
                            if simple {
                                let w = RoleWord {
                                    text: p,
                                    plural: plural_role(p),
                                };
                                words.push(w);
                                if common.contains(&p) {
                                    cw.push(w);
                                }
                            }
                        }
                    }
                    _ => {}
                }
            }
        }
        lex.countries.retain(|c| !c.name.is_empty());
        lex.countries.sort_by_key(|c| c.code);
        for c in &mut lex.countries {
            if let Some((_, p)) = PROVINCES.iter().find(|(k, _)| *k == c.code) {
                c.provinces = p;
            }
        }
        lex
    }
}

/// Intern a short string for the life of the process (a few hundred codes).
fn leak(s: &str) -> &'static str {
    static POOL: OnceLock<std::sync::Mutex<HashMap<String, &'static str>>> = OnceLock::new();
    let mut m = POOL.get_or_init(Default::default).lock().unwrap();
    if let Some(v) = m.get(s) {
        return v;
    }
    let v: &'static str = Box::leak(s.to_string().into_boxed_str());
    m.insert(s.to_string(), v);
    v
}

// ---------------------------------------------------------------------------
// Our sentence templates

/// Which kind of actor may stand in a slot.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    /// Governments: countries, capitals, leaders, government roles, IGOs.
    State,
    /// Armies and police.
    Security,
    /// Armed groups, rebels, gunmen.
    Armed,
    /// Protesters, opposition, workers, students, journalists, NGOs.
    Civil,
}

/// A verb template: `{S} <form>{obj}`. In `obj`, `{T}` is the target,
/// `{TP}` the target's possessive, `{TC}` a target country name, `{POSS}` the
/// source's possessive pronoun, `{X}` a topic, `{A}` an appeal, `{D}` a
/// demand, `{N}` a number.
struct Verb {
    root: u8,
    base: &'static str,
    past: &'static str,
    /// Past participle, when the verb reads well in the passive (`obj`
    /// must then start with " {T}").
    pp: &'static str,
    /// Third person present, for headlines.
    s3: &'static str,
    obj: &'static str,
}

const fn v(
    root: u8,
    base: &'static str,
    past: &'static str,
    pp: &'static str,
    s3: &'static str,
    obj: &'static str,
) -> Verb {
    Verb {
        root,
        base,
        past,
        pp,
        s3,
        obj,
    }
}

#[rustfmt::skip]
const VERBS: &[Verb] = &[
    // 01 make public statement
    v(1, "comment on", "commented on", "", "comments on", " {TP} decision"),
    v(1, "make a statement on", "made a statement on", "", "makes statement on", " {X}"),
    v(1, "acknowledge", "acknowledged", "", "acknowledges", " {TP} role in {X}"),
    v(1, "deny", "denied", "", "denies", " accusations made by {T}"),
    v(1, "brief", "briefed", "briefed", "briefs", " {T} on {X}"),
    v(1, "express optimism about", "expressed optimism about", "", "is optimistic about", " talks with {T}"),
    // 02 appeal
    v(2, "urge", "urged", "urged", "urges", " {T} to {A}"),
    v(2, "call on", "called on", "called on", "calls on", " {T} to {A}"),
    v(2, "appeal to", "appealed to", "", "appeals to", " {T} for help with {X}"),
    v(2, "ask", "asked", "asked", "asks", " {T} for financial aid"),
    v(2, "press", "pressed", "pressed", "presses", " {T} to {A}"),
    v(2, "request", "requested", "", "requests", " military assistance from {T}"),
    // 03 express intent to cooperate
    v(3, "pledge", "pledged", "", "pledges", " to cooperate with {T} on {X}"),
    v(3, "promise", "promised", "", "promises", " to send aid to {T}"),
    v(3, "offer", "offered", "", "offers", " to mediate between {T} and {OC}"),
    v(3, "vow", "vowed", "", "vows", " to support {T}"),
    v(3, "agree", "agreed", "", "agrees", " to meet {T} next month"),
    v(3, "express willingness", "expressed willingness", "", "signals willingness", " to negotiate with {T}"),
    // 04 consult
    v(4, "meet", "met", "", "meets", " {T}"),
    v(4, "meet with", "met with", "", "meets with", " {T} to discuss {X}"),
    v(4, "hold talks with", "held talks with", "", "holds talks with", " {T}"),
    v(4, "visit", "visited", "visited", "visits", " {TC}"),
    v(4, "host", "hosted", "hosted", "hosts", " {T} for talks"),
    v(4, "telephone", "telephoned", "", "phones", " {T}"),
    v(4, "consult", "consulted", "consulted", "consults", " {T} on {X}"),
    v(4, "negotiate with", "negotiated with", "", "negotiates with", " {T} over {X}"),
    v(4, "discuss", "discussed", "", "discusses", " {X} with {T}"),
    // 05 engage in diplomatic cooperation
    v(5, "praise", "praised", "praised", "praises", " {T} for its handling of {X}"),
    v(5, "sign an agreement with", "signed an agreement with", "", "signs agreement with", " {T}"),
    v(5, "endorse", "endorsed", "endorsed", "endorses", " {T}"),
    v(5, "defend", "defended", "defended", "defends", " {T} against criticism"),
    v(5, "apologise to", "apologised to", "", "apologises to", " {T}"),
    v(5, "restore diplomatic relations with", "restored diplomatic relations with", "", "restores ties with", " {T}"),
    v(5, "thank", "thanked", "thanked", "thanks", " {T} for its support"),
    // 06 engage in material cooperation
    v(6, "share intelligence with", "shared intelligence with", "", "shares intelligence with", " {T}"),
    v(6, "hold joint military exercises with", "held joint military exercises with", "", "holds drills with", " {T}"),
    v(6, "cooperate with", "cooperated with", "", "cooperates with", " {T} on {X}"),
    v(6, "extradite a suspect to", "extradited a suspect to", "", "extradites suspect to", " {TC}"),
    v(6, "sign a trade deal with", "signed a trade deal with", "", "signs trade deal with", " {T}"),
    // 07 provide aid
    v(7, "send humanitarian aid to", "sent humanitarian aid to", "", "sends aid to", " {T}"),
    v(7, "provide", "provided", "provided", "provides", " {T} with military aid"),
    v(7, "give", "gave", "given", "gives", " {T} ${N} million in economic aid"),
    v(7, "deliver food aid to", "delivered food aid to", "", "delivers food aid to", " {T}"),
    v(7, "grant asylum to", "granted asylum to", "", "grants asylum to", " {T}"),
    v(7, "send peacekeepers to", "sent peacekeepers to", "", "sends peacekeepers to", " {TC}"),
    // 08 yield
    v(8, "release", "released", "", "releases", " {N} prisoners held on behalf of {T}"),
    v(8, "ease sanctions on", "eased sanctions on", "", "eases sanctions on", " {T}"),
    v(8, "withdraw troops from", "withdrew troops from", "", "withdraws troops from", " {TC}"),
    v(8, "agree to a ceasefire with", "agreed to a ceasefire with", "", "agrees truce with", " {T}"),
    v(8, "lift the blockade of", "lifted the blockade of", "", "lifts blockade of", " {TC}"),
    v(8, "return", "returned", "", "returns", " seized property to {T}"),
    v(8, "hand over", "handed over", "", "hands over", " {N} suspects to {T}"),
    // 09 investigate
    v(9, "investigate", "investigated", "investigated", "investigates", " {T}"),
    v(9, "launch an inquiry into", "launched an inquiry into", "", "launches inquiry into", " {TP} conduct"),
    v(9, "open an investigation into", "opened an investigation into", "", "opens probe into", " {T}"),
    v(9, "inspect", "inspected", "", "inspects", " sites run by {T}"),
    // 10 demand
    v(10, "demand", "demanded", "", "demands", " that {T} {D}"),
    v(10, "demand an explanation from", "demanded an explanation from", "", "demands explanation from", " {T}"),
    v(10, "insist", "insisted", "", "insists", " that {T} {D}"),
    v(10, "demand", "demanded", "", "demands", " compensation from {T}"),
    // 11 disapprove
    v(11, "criticise", "criticised", "criticised", "criticises", " {T}"),
    v(11, "criticize", "criticized", "criticized", "criticizes", " {T} over {X}"),
    v(11, "condemn", "condemned", "condemned", "condemns", " {T} over {X}"),
    v(11, "accuse", "accused", "accused", "accuses", " {T} of {C}"),
    v(11, "denounce", "denounced", "denounced", "denounces", " {T}"),
    v(11, "blame", "blamed", "blamed", "blames", " {T} for the violence"),
    v(11, "complain to", "complained to", "", "complains to", " {T} about {X}"),
    // 12 reject
    v(12, "reject", "rejected", "", "rejects", " {TP} proposal"),
    v(12, "rebuff", "rebuffed", "rebuffed", "rebuffs", " {T}"),
    v(12, "turn down", "turned down", "", "turns down", " {TP} request for talks"),
    v(12, "veto", "vetoed", "", "vetoes", " a resolution drafted by {T}"),
    v(12, "dismiss", "dismissed", "", "dismisses", " {TP} demands"),
    // 13 threaten
    v(13, "threaten", "threatened", "threatened", "threatens", " {T} with sanctions"),
    v(13, "threaten to attack", "threatened to attack", "", "threatens to attack", " {T}"),
    v(13, "warn", "warned", "warned", "warns", " {T} of serious consequences"),
    v(13, "issue an ultimatum to", "issued an ultimatum to", "", "issues ultimatum to", " {T}"),
    v(13, "threaten to cut ties with", "threatened to cut ties with", "", "threatens to cut ties with", " {T}"),
    // 14 protest
    v(14, "protest against", "protested against", "", "protest against", " {T}"),
    v(14, "demonstrate against", "demonstrated against", "", "demonstrate against", " {T}"),
    v(14, "rally against", "rallied against", "", "rally against", " {T}"),
    v(14, "stage a hunger strike against", "staged a hunger strike against", "", "stage hunger strike against", " {T}"),
    v(14, "march on", "marched on", "", "march on", " the offices of {T}"),
    v(14, "go on strike against", "went on strike against", "", "strike against", " {T}"),
    // 15 exhibit force posture
    v(15, "mass troops on the border with", "massed troops on the border with", "", "masses troops on border with", " {TC}"),
    v(15, "deploy warships near", "deployed warships near", "", "deploys warships near", " {TC}"),
    v(15, "put", "put", "", "puts", " {POSS} forces on high alert near the border with {TC}"),
    v(15, "conduct military drills near", "conducted military drills near", "", "holds drills near", " {TC}"),
    v(15, "step up patrols along", "stepped up patrols along", "", "steps up patrols along", " the border with {TC}"),
    // 16 reduce relations
    v(16, "expel", "expelled", "", "expels", " {N} diplomats from {TC}"),
    v(16, "cut diplomatic ties with", "cut diplomatic ties with", "", "cuts ties with", " {T}"),
    v(16, "impose sanctions on", "imposed sanctions on", "", "imposes sanctions on", " {T}"),
    v(16, "recall", "recalled", "", "recalls", " {POSS} ambassador from {TC}"),
    v(16, "suspend aid to", "suspended aid to", "", "suspends aid to", " {T}"),
    v(16, "break off talks with", "broke off talks with", "", "breaks off talks with", " {T}"),
    v(16, "boycott", "boycotted", "", "boycotts", " talks with {T}"),
    v(16, "impose an embargo on", "imposed an embargo on", "", "imposes embargo on", " {T}"),
    // 17 coerce
    v(17, "arrest", "arrested", "arrested", "arrests", " {T}"),
    v(17, "detain", "detained", "detained", "detains", " {T}"),
    v(17, "seize", "seized", "", "seizes", " property belonging to {T}"),
    v(17, "deport", "deported", "deported", "deports", " {T}"),
    v(17, "ban", "banned", "banned", "bans", " {T}"),
    v(17, "raid", "raided", "", "raids", " the offices of {T}"),
    // 18 assault
    v(18, "abduct", "abducted", "abducted", "abducts", " {T}"),
    v(18, "kidnap", "kidnapped", "kidnapped", "kidnaps", " {T}"),
    v(18, "assassinate", "assassinated", "", "assassinates", " a senior member of {T}"),
    v(18, "torture", "tortured", "tortured", "tortures", " {T}"),
    v(18, "carry out a suicide bombing against", "carried out a suicide bombing against", "", "bombs", " {T}"),
    v(18, "take", "took", "taken", "take", " {T} hostage"),
    // 19 fight
    v(19, "attack", "attacked", "attacked", "attacks", " {T}"),
    v(19, "clash with", "clashed with", "", "clashes with", " {T}"),
    v(19, "shell", "shelled", "", "shells", " positions held by {T}"),
    v(19, "launch air strikes against", "launched air strikes against", "", "launches air strikes on", " {T}"),
    v(19, "fire rockets at", "fired rockets at", "", "fires rockets at", " {T}"),
    v(19, "bomb", "bombed", "bombed", "bombs", " {T}"),
    v(19, "fight", "fought", "", "fights", " {T}"),
    v(19, "ambush", "ambushed", "ambushed", "ambushes", " {T}"),
    // 20 use unconventional mass violence
    v(20, "use chemical weapons against", "used chemical weapons against", "", "uses chemical weapons against", " {T}"),
    v(20, "massacre", "massacred", "massacred", "massacres", " {T}"),
    v(20, "carry out a massacre of", "carried out a massacre of", "", "massacres", " {T}"),
    v(20, "commit mass killings of", "committed mass killings of", "", "commits mass killings of", " {T}"),
];

const TOPICS: &[&str] = &[
    "the border dispute",
    "trade",
    "the nuclear programme",
    "the ceasefire",
    "energy supplies",
    "refugees",
    "the peace process",
    "security cooperation",
    "water rights",
    "the election",
    "debt relief",
    "the humanitarian situation",
    "fishing rights",
    "migration",
    "arms control",
    "the release of prisoners",
];
const APPEALS: &[&str] = &[
    "resume talks",
    "release detained activists",
    "end the violence",
    "respect the ceasefire",
    "show restraint",
    "allow aid convoys through",
    "hold free elections",
    "protect civilians",
    "return to the negotiating table",
];
const DEMANDS: &[&str] = &[
    "withdraw its forces",
    "release the detainees",
    "pay compensation",
    "hand over the suspects",
    "stop the shelling",
    "reopen the border",
    "end its support for the rebels",
];
const CHARGES: &[&str] = &[
    "violating the ceasefire",
    "human rights abuses",
    "meddling in its internal affairs",
    "supporting terrorism",
    "corruption",
    "war crimes",
    "spreading false information",
    "blocking humanitarian aid",
];
const QUOTES: &[&str] = &[
    "We will not allow anyone to threaten our sovereignty",
    "The door to dialogue remains open",
    "This is a dangerous escalation and it must stop",
    "We are doing everything we can to help the families",
    "Our patience is not unlimited",
    "The situation on the ground remains very difficult",
    "Nobody wins from this conflict",
    "We expect concrete steps, not promises",
    "Our people have suffered enough",
    "We have made our position very clear",
    "There is no military solution to this crisis",
    "We will respond to any aggression",
];
const QUOTE_SECOND: &[&str] = &[
    "But we will not accept threats",
    "The next few days will be decisive",
    "We ask the international community to act",
    "History will judge those responsible",
];
const SPEAKERS: &[&str] = &[
    "officials said",
    "a government spokesman said",
    "witnesses said",
    "local media reported",
    "a military source said",
    "according to a statement",
    "diplomats said",
    "residents said",
];
const CONDITIONS: &[&str] = &[
    "talks fail",
    "the violence continues",
    "the deadline passes",
    "sanctions are not lifted",
];
const OUTLETS: &[(&str, &str)] = &[
    ("Meridian Wire", "meridianwire.example"),
    ("Atlas Press", "atlaspress.example"),
    ("Northstar News", "northstar.example"),
    ("Global Desk", "globaldesk.example"),
    ("Harbour Post", "harbourpost.example"),
    ("Continental Times", "continentaltimes.example"),
    ("Daily Ledger", "dailyledger.example"),
    ("Tribune Agency", "tribuneagency.example"),
];
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
/// Word substitutions for near-duplicates: both sides read correctly.
const EDITS: &[(&str, &str)] = &[
    (" said", " stated"),
    (" officials", " authorities"),
    (" about ", " around "),
    (" strongly ", " sharply "),
    (" also ", " further "),
    (" on Monday", " Monday"),
    (" heavy ", " intense "),
    (" people ", " residents "),
    (" talks", " negotiations"),
    (" rose ", " climbed "),
];

// ---------------------------------------------------------------------------
// Articles

/// A generated article before it is written: paragraphs are kept apart so a
/// near-duplicate can drop one.
#[derive(Debug, Clone)]
struct Draft {
    id: String,
    outlet: usize,
    url: String,
    title: String,
    date: NaiveDateTime,
    paras: Vec<String>,
}

impl Draft {
    fn text(&self) -> String {
        self.paras.join("\n\n")
    }

    fn into_article(self) -> Article {
        let text = self.text();
        Article {
            id: self.id,
            source: Some(OUTLETS[self.outlet].0.to_string()),
            url: Some(self.url),
            title: Some(self.title),
            date: Some(self.date),
            lang: Some("en".into()),
            text,
            origin: String::new(),
        }
    }
}

/// One actor as written in a sentence.
#[derive(Debug, Clone)]
struct Actor {
    text: String,
    plural: bool,
    person: bool,
}

/// The cast of one article.
struct Cast {
    date: NaiveDate,
    /// Main country (dateline), counterpart, third party.
    a: usize,
    b: usize,
    c: usize,
    org: usize,
    /// People in office on the date, per country slot; first use prints the
    /// full name, later uses the surname.
    named: Vec<(usize, u32)>,
    seen: Vec<u32>,
}

/// Counts of what was generated.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct GenStats {
    pub articles: u64,
    pub duplicates: u64,
    pub bytes: u64,
    pub words: u64,
    /// Event sentences written per CAMEO root (index 1..=20).
    pub roots: [u64; 21],
}

/// How dense in events the corpus is.
///
/// `News` (the default) is calibrated on real news: coded with attache, 118
/// full news articles from many outlets (an outside toponym-resolution set
/// we measure on but do not ship) give 17 events per 1,000 words and 20
/// words per sentence; a `News` corpus gives about 19 and 18 (BENCHMARKS.md,
/// "The synthetic corpus"). Most paragraphs are context, quotes and
/// background, and event sentences carry the clauses that real ones do
/// ("..., the first such step in six years").
///
/// `Dense` is the corpus of attache before that calibration: short
/// sentences, three in four of them events (about 60 events per 1,000
/// words, three to four times real news). It stays as a stress test for
/// the stages whose cost grows with events (coding, the store writer).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Profile {
    #[default]
    News,
    Dense,
}

impl std::str::FromStr for Profile {
    type Err = String;
    fn from_str(s: &str) -> Result<Profile, String> {
        match s {
            "news" => Ok(Profile::News),
            "dense" => Ok(Profile::Dense),
            _ => Err(format!("unknown corpus profile {s:?} (news or dense)")),
        }
    }
}

impl Profile {
    /// The profile named by `ATTACHE_CORPUS_PROFILE` (`news` or `dense`),
    /// else the default: how the benches and the store replay choose theirs.
    pub fn from_env() -> Profile {
        std::env::var("ATTACHE_CORPUS_PROFILE")
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or_default()
    }
}

/// How many earlier articles a near-duplicate may copy from.
const RECENT: usize = 32;
/// Percentage of near-duplicates.
const DUP_PERCENT: u32 = 10;

/// Generates articles one at a time, deterministically from a seed.
pub struct Generator {
    rng: Rng,
    seed: u64,
    profile: Profile,
    lex: &'static Lexicon,
    next: u64,
    recent: VecDeque<Draft>,
    pub stats: GenStats,
}

impl Generator {
    /// A generator of the default [`Profile`] (news-like density).
    pub fn new(seed: u64) -> Generator {
        Generator::with_profile(seed, Profile::default())
    }

    pub fn with_profile(seed: u64, profile: Profile) -> Generator {
        Generator {
            rng: Rng::new(seed),
            seed,
            profile,
            lex: Lexicon::get(),
            next: 0,
            recent: VecDeque::with_capacity(RECENT),
            stats: GenStats::default(),
        }
    }

    /// The next article (an original or a near-duplicate).
    pub fn next_article(&mut self) -> Article {
        let a = self.next_draft().into_article();
        self.stats.articles += 1;
        self.stats.bytes += a.text.len() as u64;
        a
    }

    fn next_id(&mut self) -> String {
        let id = format!("syn{}-{:08}", self.seed, self.next);
        self.next += 1;
        id
    }

    fn next_draft(&mut self) -> Draft {
        if self.recent.len() >= 4 && self.rng.pct(DUP_PERCENT) {
            let k = self.rng.below(self.recent.len());
            let orig = self.recent[k].clone();
            self.stats.duplicates += 1;
            return self.near_duplicate(orig);
        }
        let d = self.original();
        if self.recent.len() == RECENT {
            self.recent.pop_front();
        }
        self.recent.push_back(d.clone());
        d
    }

    /// A re-edit of `d`: another outlet and id, a later time, a few words
    /// changed and usually one paragraph dropped.
    fn near_duplicate(&mut self, mut d: Draft) -> Draft {
        let r = &mut self.rng;
        d.id = format!("syn{}-{:08}", self.seed, self.next);
        self.next += 1;
        d.outlet = (d.outlet + 1 + r.below(OUTLETS.len() - 1)) % OUTLETS.len();
        d.date += Duration::minutes(r.range(5, 240) as i64);
        d.url = url(&d, r);
        if d.paras.len() > 3 && r.pct(75) {
            let k = r.range(1, d.paras.len() - 1);
            d.paras.remove(k);
        }
        let changes = r.range(2, 5);
        for _ in 0..changes {
            let p = r.below(d.paras.len());
            let (from, to) = *r.pick(EDITS);
            if let Some(i) = d.paras[p].find(from) {
                d.paras[p].replace_range(i..i + from.len(), to);
            }
        }
        if r.pct(30) {
            d.paras
                .push("Additional reporting by our correspondents.".into());
        }
        d
    }

    fn original(&mut self) -> Draft {
        let lex = self.lex;
        let id = self.next_id();
        let r = &mut self.rng;
        // 2000-01-01 .. 2025-06-30 (9313 days), at a working hour.
        let date =
            NaiveDate::from_ymd_opt(2000, 1, 1).unwrap() + Duration::days(r.below(9313) as i64);
        let dt = date
            .and_hms_opt(r.range(5, 22) as u32, r.below(60) as u32, 0)
            .unwrap();
        let n = lex.countries.len();
        let a = r.below(n);
        let mut b = r.below(n);
        if b == a {
            b = (b + 1) % n;
        }
        let mut c = r.below(n);
        if c == a || c == b {
            c = (c + 7) % n;
        }
        let mut cast = Cast {
            date,
            a,
            b,
            c,
            org: r.below(lex.orgs.len()),
            named: Vec::new(),
            seen: Vec::new(),
        };
        for (slot, ci) in [a, b, c].into_iter().enumerate() {
            for &p in &lex.countries[ci].persons {
                if lex.persons[p as usize]
                    .offices
                    .iter()
                    .any(|o| o.holds(date))
                {
                    cast.named.push((slot, p));
                }
            }
        }
        let outlet = r.below(OUTLETS.len());
        let mut w = Writer {
            r,
            lex,
            cast,
            stats: &mut self.stats,
            news: self.profile == Profile::News,
        };
        let target_words = w.r.range(400, 900);
        let mut paras: Vec<String> = Vec::with_capacity(16);
        let mut title = String::new();
        // Lead: dateline and the main event.
        let mut lead = String::with_capacity(512);
        w.dateline(&mut lead, outlet);
        w.event_sentence(&mut lead, Form::Lead, Some(&mut title));
        paras.push(lead);
        let mut words = count_words(&paras[0]);
        let mut k = 1;
        while words < target_words {
            let mut p = String::with_capacity(512);
            let roll = w.r.below(100);
            let sentences = w.r.range(1, if w.news { 2 } else { 3 });
            // Paragraph mix: cumulative percentage thresholds of quote,
            // background, noise and context paragraphs (the rest are
            // events); the news profile adds context and is mostly not
            // events, the dense one has no context paragraphs.
            let (q, b, n, c) = if w.news {
                (16, 30, 38, 72)
            } else {
                (12, 24, 36, 0)
            };
            if k == 1 || roll < q {
                w.quote(&mut p);
            } else if roll < b {
                w.background(&mut p);
            } else if roll < n && k > 2 {
                w.noise(&mut p);
            } else if roll < c {
                w.context(&mut p);
            } else {
                for i in 0..sentences {
                    if i > 0 {
                        p.push(' ');
                    }
                    let form = w.form();
                    w.event_sentence(&mut p, form, None);
                }
            }
            words += count_words(&p);
            paras.push(p);
            k += 1;
        }
        self.stats.words += words as u64;
        let mut d = Draft {
            id,
            outlet,
            url: String::new(),
            title,
            date: dt,
            paras,
        };
        d.url = url(&d, &mut self.rng);
        d
    }
}

fn url(d: &Draft, r: &mut Rng) -> String {
    let slug: String = d
        .title
        .split(' ')
        .take(6)
        .map(|w| {
            w.chars()
                .filter(|c| c.is_ascii_alphanumeric())
                .collect::<String>()
                .to_ascii_lowercase()
        })
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    format!(
        "https://{}/{}/{:02}/{:02}/{}-{}",
        OUTLETS[d.outlet].1,
        d.date.year(),
        d.date.month(),
        d.date.day(),
        slug,
        r.below(1_000_000)
    )
}

fn count_words(s: &str) -> usize {
    s.split_ascii_whitespace().count()
}

/// How an event sentence is put.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Form {
    Lead,
    Asserted,
    Reported,
    ReportedThat,
    Negated,
    Planned,
    Hypothetical,
    Question,
    Passive,
    Agentless,
    Compound,
}

struct Writer<'a> {
    r: &'a mut Rng,
    lex: &'static Lexicon,
    cast: Cast,
    stats: &'a mut GenStats,
    /// [`Profile::News`]: context paragraphs and longer event sentences.
    news: bool,
}

impl Writer<'_> {
    fn form(&mut self) -> Form {
        match self.r.below(100) {
            0..=41 => Form::Asserted,
            42..=49 => Form::Reported,
            50..=55 => Form::ReportedThat,
            56..=63 => Form::Negated,
            64..=71 => Form::Planned,
            72..=75 => Form::Hypothetical,
            76..=77 => Form::Question,
            78..=84 => Form::Passive,
            85..=88 => Form::Agentless,
            _ => Form::Compound,
        }
    }

    fn country(&self, slot: usize) -> &'static Country {
        let i = [self.cast.a, self.cast.b, self.cast.c][slot];
        &self.lex.countries[i]
    }

    fn dateline(&mut self, out: &mut String, outlet: usize) {
        let c = self.country(0);
        let city = match (c.capital, c.cities.is_empty()) {
            (Some(cap), true) => cap,
            (Some(cap), false) => {
                if self.r.pct(70) {
                    cap
                } else {
                    *self.r.pick(&c.cities)
                }
            }
            (None, _) => c.name,
        };
        out.push_str(&city.to_uppercase());
        if city != c.name && self.r.pct(60) {
            out.push_str(", ");
            out.push_str(c.name);
        }
        if self.r.pct(50) {
            let d = self.cast.date;
            let _ = write!(out, ", {} {}", MONTHS[d.month0() as usize], d.day());
        }
        let _ = write!(out, " ({}) - ", OUTLETS[outlet].0);
    }

    /// An actor of `class` from country slot `slot`.
    fn actor(&mut self, class: Class, slot: usize) -> Actor {
        let lex = self.lex;
        let c = self.country(slot);
        let adj = c.adj.unwrap_or(c.name);
        let role = |r: &mut Rng, code: &str| -> RoleWord {
            let Some((common, all)) = lex.roles.get(code) else {
                return RoleWord {
                    text: "officials",
                    plural: true,
                };
            };
            if !common.is_empty() && (all.is_empty() || r.pct(75)) {
                *r.pick(common)
            } else if !all.is_empty() {
                *r.pick(all)
            } else {
                RoleWord {
                    text: "officials",
                    plural: true,
                }
            }
        };
        let with_country = |r: &mut Rng, w: RoleWord| -> Actor {
            let text = match r.below(10) {
                0..=5 if !w.plural => format!("the {adj} {}", w.text),
                0..=5 => format!("{adj} {}", w.text),
                6..=7 => format!("{}'s {}", c.name, w.text),
                _ => format!("the {} of {}", w.text, c.name),
            };
            Actor {
                text,
                plural: w.plural,
                person: false,
            }
        };
        let bare = |w: RoleWord| -> Actor {
            let text = if w.plural {
                w.text.to_string()
            } else {
                format!("the {}", w.text)
            };
            Actor {
                text,
                plural: w.plural,
                person: false,
            }
        };
        match class {
            Class::State => {
                let people: Vec<u32> = self
                    .cast
                    .named
                    .iter()
                    .filter(|(s, _)| *s == slot)
                    .map(|x| x.1)
                    .collect();
                let roll = self.r.below(100);
                if roll < 30 && !people.is_empty() {
                    let p = *self.r.pick(&people);
                    let person = &lex.persons[p as usize];
                    let text = if self.cast.seen.contains(&p) {
                        person.surname.to_string()
                    } else {
                        self.cast.seen.push(p);
                        match self.r.below(3) {
                            0 => format!("{adj} {} {}", person.title, person.name),
                            1 => format!("{}, {}'s {},", person.name, c.name, person.title),
                            _ => person.name.to_string(),
                        }
                    };
                    return Actor {
                        text,
                        plural: false,
                        person: true,
                    };
                }
                if roll < 45 {
                    let name = if !c.alt.is_empty() && self.r.pct(25) {
                        *self.r.pick(&c.alt)
                    } else {
                        c.name
                    };
                    return Actor {
                        text: name.to_string(),
                        plural: false,
                        person: false,
                    };
                }
                if roll < 55 {
                    if let Some(cap) = c.capital {
                        return Actor {
                            text: cap.to_string(),
                            plural: false,
                            person: false,
                        };
                    }
                }
                if roll < 62 {
                    let o = &lex.orgs[if self.r.pct(70) {
                        self.cast.org
                    } else {
                        self.r.below(lex.orgs.len())
                    }];
                    return Actor {
                        text: with_article(o.name),
                        plural: false,
                        person: false,
                    };
                }
                let w = role(self.r, "GOV");
                with_country(self.r, w)
            }
            Class::Security => {
                let code = if self.r.pct(65) { "MIL" } else { "COP" };
                let w = role(self.r, code);
                with_country(self.r, w)
            }
            Class::Armed => {
                let roll = self.r.below(100);
                if roll < 45 {
                    let g = if !c.groups.is_empty() && self.r.pct(70) {
                        *self.r.pick(&c.groups)
                    } else if !lex.intl_groups.is_empty() {
                        *self.r.pick(&lex.intl_groups)
                    } else {
                        self.r.below(lex.groups.len()) as u32
                    };
                    return Actor {
                        text: with_article(lex.groups[g as usize].name),
                        plural: false,
                        person: false,
                    };
                }
                let code = *self.r.pick(&["REB", "INS", "UAF", "SEP"]);
                let w = role(self.r, code);
                if roll < 75 {
                    with_country(self.r, w)
                } else {
                    bare(w)
                }
            }
            Class::Civil => {
                let code = *self.r.pick(&[
                    "CVL", "OPP", "LAB", "EDU", "MED", "HRI", "NGO", "REL", "AGR", "BUS",
                ]);
                let w = role(self.r, code);
                if self.r.pct(80) {
                    with_country(self.r, w)
                } else {
                    bare(w)
                }
            }
        }
    }

    /// Source and target classes of a root.
    fn classes(&mut self, root: u8) -> (Class, Class) {
        use Class::*;
        let r = &mut self.r;
        match root {
            14 => (Civil, State),
            15 => (if r.pct(70) { State } else { Security }, State),
            17 => (
                if r.pct(60) { Security } else { State },
                *r.pick(&[Civil, Armed, Civil]),
            ),
            18 => (
                if r.pct(60) { Armed } else { Security },
                *r.pick(&[Civil, Security, State]),
            ),
            19 => (
                if r.pct(55) { Security } else { Armed },
                if r.pct(50) { Armed } else { Security },
            ),
            20 => (if r.pct(50) { Security } else { Armed }, Civil),
            2 | 10 | 11 if r.pct(20) => (Civil, State),
            _ => (State, *r.pick(&[State, State, State, Armed, Civil])),
        }
    }

    fn when(&mut self) -> String {
        let d = self.cast.date;
        let r = &mut self.r;
        match r.below(20) {
            0..=4 => {
                // A weekday in the week before the article date.
                let back = r.range(1, 6) as i64;
                let wd = (d - Duration::days(back)).weekday();
                format!(" on {}", WEEKDAYS[wd.num_days_from_monday() as usize])
            }
            5 => " last week".into(),
            6 => " last month".into(),
            7 => " earlier this month".into(),
            8 => " two days ago".into(),
            9 => " overnight".into(),
            10 => " this week".into(),
            11 => {
                let e = d - Duration::days(r.range(1, 25) as i64);
                format!(" on {} {}", MONTHS[e.month0() as usize], e.day())
            }
            12 => {
                let wd = if d.weekday() == Weekday::Mon {
                    "Sunday"
                } else {
                    "Monday"
                };
                format!(" late on {wd}")
            }
            13 => " yesterday".into(),
            _ => String::new(),
        }
    }

    fn future_when(&mut self) -> &'static str {
        self.r.word(&[
            " next week",
            " next month",
            " on Thursday",
            " later this year",
            " in the coming days",
            "",
        ])
    }

    fn place(&mut self, slot: usize) -> String {
        let c = self.country(slot);
        let r = &mut self.r;
        match r.below(10) {
            0..=2 if !c.provinces.is_empty() => {
                let p = *r.pick(c.provinces);
                if r.pct(60) {
                    format!(" in {p} province")
                } else {
                    format!(" in {p}")
                }
            }
            3 if !c.cities.is_empty() => format!(" near {}", r.pick(&c.cities)),
            4 => match c.capital {
                Some(cap) => format!(" in {cap}"),
                None => format!(" in {}", c.name),
            },
            5 => format!(
                " in {} {}",
                r.pick(&["northern", "southern", "eastern", "western", "central"]),
                c.name
            ),
            _ => String::new(),
        }
    }

    fn pick_verb(&mut self) -> &'static Verb {
        // Every root equally often, then a verb of the root.
        let root = self.r.range(1, 20) as u8;
        self.stats.roots[root as usize] += 1;
        let first = VERBS.iter().position(|v| v.root == root).unwrap();
        let n = VERBS[first..].iter().take_while(|v| v.root == root).count();
        &VERBS[first + self.r.below(n)]
    }

    /// Fill a verb's object template.
    fn object(
        &mut self,
        vb: &Verb,
        target: &Actor,
        tslot: usize,
        source: &Actor,
        out: &mut String,
    ) {
        let mut rest = vb.obj;
        while let Some(i) = rest.find('{') {
            out.push_str(&rest[..i]);
            let j = rest[i..].find('}').unwrap() + i;
            match &rest[i + 1..j] {
                "T" => out.push_str(&target.text),
                "TP" => {
                    // "Abbas, Palestine's leader," has the possessive "Abbas's".
                    let t = target.text.split(", ").next().unwrap_or(&target.text);
                    out.push_str(t);
                    out.push_str(if t.ends_with('s') { "'" } else { "'s" });
                }
                "TC" => out.push_str(self.country(tslot).name),
                "OC" => out.push_str(self.country(2).name),
                "POSS" => out.push_str(if source.person {
                    "the country's"
                } else if source.plural {
                    "their"
                } else {
                    "its"
                }),
                "X" => out.push_str(self.r.word(TOPICS)),
                "A" => out.push_str(self.r.word(APPEALS)),
                "D" => out.push_str(self.r.word(DEMANDS)),
                "C" => out.push_str(self.r.word(CHARGES)),
                "N" => {
                    let _ = write!(out, "{}", self.r.range(2, 300));
                }
                other => out.push_str(other),
            }
            rest = &rest[j + 1..];
        }
        out.push_str(rest);
    }

    /// One event sentence; for the lead, also the headline.
    fn event_sentence(&mut self, out: &mut String, mut form: Form, title: Option<&mut String>) {
        let vb = self.pick_verb();
        let (sc, tc) = self.classes(vb.root);
        let sslot = if self.r.pct(65) { 0 } else { 1 };
        let tslot = if vb.root == 14 || vb.root == 17 || (vb.root == 20 && self.r.pct(70)) {
            sslot
        } else if self.r.pct(85) {
            1 - sslot
        } else {
            2
        };
        let source = self.actor(sc, sslot);
        let target = if vb.obj.contains("{TC}") {
            Actor {
                text: self.country(tslot).name.into(),
                plural: false,
                person: false,
            }
        } else {
            self.actor(tc, tslot)
        };
        let mut obj = String::with_capacity(96);
        self.object(vb, &target, tslot, &source, &mut obj);
        if let Some(t) = title {
            let short = |a: &Actor| {
                a.text
                    .trim_start_matches("the ")
                    .trim_end_matches(',')
                    .to_string()
            };
            let mut o2 = String::new();
            let tshort = Actor {
                text: short(&target),
                ..target.clone()
            };
            self.object(vb, &tshort, tslot, &source, &mut o2);
            let _ = write!(t, "{} {}{}", capitalise(&short(&source)), vb.s3, o2);
        }
        let passive_ok = !vb.pp.is_empty() && vb.obj.starts_with(" {T}");
        if matches!(form, Form::Passive | Form::Agentless) && !passive_ok {
            form = Form::Asserted;
        }
        let when = if form == Form::Lead || self.r.pct(55) {
            self.when()
        } else {
            String::new()
        };
        let place = self.place(if vb.root == 15 { sslot } else { tslot.min(1) });
        let start = out.len();
        let has = if source.plural { "have" } else { "has" };
        let be = if target.plural { "were" } else { "was" };
        match form {
            Form::Lead | Form::Asserted => {
                if self.r.pct(15) && !when.is_empty() {
                    let _ = write!(
                        out,
                        "{}, {} {}{}{}.",
                        capitalise(when.trim_start()),
                        source.text,
                        vb.past,
                        obj,
                        place
                    );
                } else {
                    let _ = write!(out, "{} {}{}{}{}.", source.text, vb.past, obj, when, place);
                }
            }
            Form::Reported => {
                let _ = write!(
                    out,
                    "{} {}{}{}{}, {}.",
                    source.text,
                    vb.past,
                    obj,
                    when,
                    place,
                    self.r.pick(SPEAKERS)
                );
            }
            Form::ReportedThat => {
                let speaker = self.actor(Class::State, 2);
                let verb =
                    *self
                        .r
                        .pick(&["said", "told reporters", "said in a statement", "confirmed"]);
                let _ = write!(
                    out,
                    "{} {verb} that {} had {}{}{}.",
                    speaker.text, source.text, vb.past, obj, when
                );
            }
            Form::Negated => match self.r.below(4) {
                0 => {
                    let _ = write!(out, "{} did not {}{}{}.", source.text, vb.base, obj, when);
                }
                1 => {
                    let _ = write!(out, "{} {has} yet to {}{}.", source.text, vb.base, obj);
                }
                2 => {
                    let _ = write!(
                        out,
                        "{} denied that it had {}{}.",
                        source.text, vb.past, obj
                    );
                }
                _ => {
                    let other = self.actor(Class::State, 2);
                    let _ = write!(
                        out,
                        "Neither {} nor {} {}{}.",
                        source.text, other.text, vb.past, obj
                    );
                }
            },
            Form::Planned => {
                let fw = self.future_when();
                match self.r.below(4) {
                    0 => {
                        let _ = write!(out, "{} will {}{}{fw}.", source.text, vb.base, obj);
                    }
                    1 => {
                        let plans = if source.plural { "plan" } else { "plans" };
                        let _ = write!(out, "{} {plans} to {}{}{fw}.", source.text, vb.base, obj);
                    }
                    2 => {
                        let is = if source.plural { "are" } else { "is" };
                        let _ = write!(
                            out,
                            "{} {is} expected to {}{}{fw}.",
                            source.text, vb.base, obj
                        );
                    }
                    _ => {
                        let _ = write!(
                            out,
                            "{} announced it intends to {}{}{fw}.",
                            source.text, vb.base, obj
                        );
                    }
                }
            }
            Form::Hypothetical => {
                let cond = *self.r.pick(CONDITIONS);
                if self.r.pct(50) {
                    let _ = write!(
                        out,
                        "{} could {}{} if {cond}, analysts said.",
                        source.text, vb.base, obj
                    );
                } else {
                    let _ = write!(out, "If {cond}, {} may {}{}.", source.text, vb.base, obj);
                }
            }
            Form::Question => {
                let _ = write!(out, "Will {} {}{}?", source.text, vb.base, obj);
            }
            Form::Passive | Form::Agentless => {
                let after = &obj[target.text.len() + 1..];
                let agent = if form == Form::Passive {
                    format!(" by {}", source.text)
                } else {
                    String::new()
                };
                let _ = write!(
                    out,
                    "{} {be} {}{agent}{after}{when}{place}.",
                    target.text, vb.pp
                );
            }
            Form::Compound => {
                let other = self.actor(sc, 2);
                let _ = write!(
                    out,
                    "{} and {} {}{}{}.",
                    source.text, other.text, vb.past, obj, when
                );
            }
        }
        let plain = matches!(
            form,
            Form::Lead | Form::Asserted | Form::Passive | Form::Agentless | Form::Compound
        );
        if self.news && plain && out.ends_with('.') && self.r.pct(80) {
            out.pop();
            self.tail(out);
            out.push('.');
        }
        tidy(out, start);
    }

    /// A clause that news adds to an event sentence without adding an event:
    /// comment, circumstance or attribution.
    fn tail(&mut self, out: &mut String) {
        let slot = self.r.below(2);
        let city = self.city(slot);
        let n = self.r.range(2, 12);
        let _ = match self.r.below(10) {
            0 => write!(out, ", the first such step in {n} years"),
            1 => write!(out, ", in a move likely to deepen tensions in the region"),
            2 => write!(out, ", a decision that surprised many observers in {city}"),
            3 => write!(out, ", ending weeks of speculation about its next step"),
            4 => write!(out, ", amid growing concern over food and fuel prices"),
            5 => write!(out, ", citing the need to protect public safety"),
            6 => write!(
                out,
                ", according to a statement posted on its website late in the day"
            ),
            7 => write!(
                out,
                ", less than {n} days before the start of a regional summit"
            ),
            8 => write!(
                out,
                ", as the economy struggles with inflation of about {n} percent"
            ),
            _ => write!(
                out,
                ", though details of the timetable and the costs remain unclear"
            ),
        };
    }

    /// A city of the country in `slot`: one of its listed cities, else its
    /// capital, else its name.
    fn city(&mut self, slot: usize) -> &'static str {
        let c = self.country(slot);
        if c.cities.is_empty() {
            c.capital.unwrap_or(c.name)
        } else {
            self.r.word(&c.cities)
        }
    }

    /// A context paragraph: the long descriptive sentences of news that name
    /// places, figures and history but report no new event.
    fn context(&mut self, out: &mut String) {
        let sentences = self.r.range(1, 3);
        for i in 0..sentences {
            if i > 0 {
                out.push(' ');
            }
            let slot = self.r.below(2);
            let c = self.country(slot);
            let (name, adj) = (c.name, c.adj.unwrap_or(c.name));
            let city = self.city(slot);
            let n = self.r.range(2, 90);
            let p = self.r.range(2, 40);
            let good = *self.r.pick(&[
                "oil", "gas", "copper", "cotton", "coffee", "gold", "wheat", "fish",
            ]);
            let day = *self.r.pick(WEEKDAYS);
            let start = out.len();
            let _ = match self.r.below(12) {
                0 => write!(out, "The area around {city}, home to about {n} million people, depends heavily on farming and on money sent home by workers abroad."),
                1 => write!(out, "{name} has a population of roughly {n} million, and its economy grew by about {p} percent last year, according to official estimates."),
                2 => write!(out, "The road from the capital to {city} runs for about {n}0 kilometres through hills and farmland, and much of it is in poor repair."),
                3 => write!(out, "Prices of bread and cooking fuel have risen sharply in recent months, and many families in {city} say they can no longer pay their rent."),
                4 => write!(out, "Turnout in the last national election in {name} was about {p} percent, the lowest figure recorded in more than a decade."),
                5 => write!(out, "Local television showed long queues outside banks and petrol stations in {city} on {day} morning, and some shops had closed early."),
                6 => write!(out, "The {adj} economy relies on exports of {good}, which account for about {p} percent of government revenue and most of its foreign currency."),
                7 => write!(out, "Analysts say the outcome will depend largely on the harvest, the weather and the price of {good} on world markets over the coming months."),
                8 => write!(out, "{city} is the second most important port in the region, and its docks handle about {n} million tonnes of cargo a year."),
                9 => write!(out, "About {p} percent of the {adj} population is under the age of 25, and finding work is the main worry of most young people in {city}."),
                10 => write!(out, "The old quarter of {city}, with its narrow streets and covered markets, draws tens of thousands of visitors every summer."),
                _ => write!(out, "Mobile phone coverage outside the larger towns of {name} remains patchy, which makes news from remote districts slow to arrive."),
            };
            tidy(out, start);
        }
    }

    fn quote(&mut self, out: &mut String) {
        let slot = if self.r.pct(60) { 0 } else { 1 };
        let speaker = self.actor(Class::State, slot);
        let q = *self.r.pick(QUOTES);
        let (open, close) = if self.r.pct(50) {
            ("\"", "\"")
        } else {
            ("\u{201C}", "\u{201D}")
        };
        let start = out.len();
        match self.r.below(4) {
            0 => {
                let q2 = *self.r.pick(QUOTE_SECOND);
                let _ = write!(out, "{open}{q}. {q2},{close} said {}.", speaker.text);
            }
            1 => {
                let _ = write!(out, "{open}{q},{close} {} told reporters.", speaker.text);
            }
            2 => {
                let _ = write!(out, "{} said: {open}{q}.{close}", speaker.text);
            }
            _ => {
                let _ = write!(
                    out,
                    "{open}{q},{close} {} said in a statement.",
                    speaker.text
                );
            }
        }
        tidy(out, start);
    }

    fn background(&mut self, out: &mut String) {
        let year = self.cast.date.year() - self.r.range(1, 20) as i32;
        let month = *self.r.pick(MONTHS);
        let a = self.country(0).name;
        let b = self.country(1).name;
        let start = out.len();
        match self.r.below(4) {
            0 => {
                let _ = write!(out, "The dispute began in {month} {year}.");
            }
            1 => {
                let _ = write!(
                    out,
                    "Relations between {a} and {b} have been strained since {year}."
                );
            }
            2 => {
                let vb = self.pick_verb();
                let (sc, tc) = self.classes(vb.root);
                let s = self.actor(sc, 1);
                let t = if vb.obj.contains("{TC}") {
                    Actor {
                        text: a.into(),
                        plural: false,
                        person: false,
                    }
                } else {
                    self.actor(tc, 0)
                };
                let mut obj = String::new();
                self.object(vb, &t, 0, &s, &mut obj);
                let _ = write!(out, "In {month} {year}, {} {}{}.", s.text, vb.past, obj);
            }
            _ => {
                let _ = write!(out, "A similar agreement collapsed in {year}, and talks have stalled several times since.");
            }
        }
        if self.r.pct(50) {
            let _ = write!(out, " Both sides blame each other for the deadlock.");
        }
        tidy(out, start);
    }

    fn noise(&mut self, out: &mut String) {
        let slot = self.r.below(3);
        let c = self.country(slot);
        let city = self.city(slot);
        let adj = c.adj.unwrap_or(c.name);
        let pct = |r: &mut Rng| format!("{}.{}", r.below(4), r.below(10));
        match self.r.below(3) {
            0 => {
                let p1 = pct(self.r);
                let p2 = pct(self.r);
                let dir = *self.r.pick(&["rose", "fell", "edged up", "slipped"]);
                let _ = write!(
                    out,
                    "Markets were calm. The main stock index in {city} {dir} {p1} percent, while the {adj} currency \
                     traded {p2} percent weaker against the dollar. Oil prices were little changed at about ${} a barrel.",
                    self.r.range(40, 110)
                );
            }
            1 => {
                let _ = write!(
                    out,
                    "Forecasters expect heavy rain in the north of {} over the weekend, with temperatures of up to {} \
                     degrees Celsius in {city}. Flights were delayed at the main airport because of fog.",
                    c.name,
                    self.r.range(12, 41)
                );
            }
            _ => {
                let other = self.lex.countries[self.r.below(self.lex.countries.len())]
                    .adj
                    .unwrap_or("visiting");
                let _ = write!(
                    out,
                    "In football, {city} City beat the {other} champions {}-{} in front of {},000 fans, moving to \
                     second place in the league with {} games left.",
                    self.r.range(1, 4),
                    self.r.below(2),
                    self.r.range(5, 60),
                    self.r.range(2, 12)
                );
            }
        }
    }
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// Capitalise the sentence that starts at `at` and drop the comma that closes
/// an appositive at the end of a clause ("..., Palestine's leader,.").
fn tidy(s: &mut String, at: usize) {
    for (from, to) in [(",.", "."), (",?", "?"), (",,", ","), (",:", ":")] {
        if s[at..].contains(from) {
            let fixed = s[at..].replace(from, to);
            s.truncate(at);
            s.push_str(&fixed);
        }
    }
    capitalise_at(s, at);
}

fn capitalise_at(s: &mut String, at: usize) {
    if let Some(f) = s[at..].chars().next() {
        if f.is_lowercase() {
            let up: String = f.to_uppercase().collect();
            s.replace_range(at..at + f.len_utf8(), &up);
        }
    }
}

// ---------------------------------------------------------------------------
// Writing JSON Lines

fn json_str(out: &mut Vec<u8>, s: &str) {
    out.push(b'"');
    let b = s.as_bytes();
    let mut last = 0;
    for (i, &c) in b.iter().enumerate() {
        let esc: &[u8] = match c {
            b'"' => b"\\\"",
            b'\\' => b"\\\\",
            b'\n' => b"\\n",
            b'\r' => b"\\r",
            b'\t' => b"\\t",
            0..=0x1f => {
                out.extend_from_slice(&b[last..i]);
                let _ = write!(out, "\\u{c:04x}");
                last = i + 1;
                continue;
            }
            _ => continue,
        };
        out.extend_from_slice(&b[last..i]);
        out.extend_from_slice(esc);
        last = i + 1;
    }
    out.extend_from_slice(&b[last..]);
    out.push(b'"');
}

/// One article as a JSON Lines record (fields in a fixed order).
pub fn article_json(a: &Article, out: &mut Vec<u8>) {
    out.extend_from_slice(b"{\"id\":");
    json_str(out, &a.id);
    for (k, v) in [("source", &a.source), ("url", &a.url), ("title", &a.title)] {
        if let Some(v) = v {
            let _ = write!(out, ",\"{k}\":");
            json_str(out, v);
        }
    }
    if let Some(d) = a.date {
        let _ = write!(out, ",\"date\":\"{}\"", d.format("%Y-%m-%dT%H:%M:%SZ"));
    }
    if let Some(l) = &a.lang {
        out.extend_from_slice(b",\"lang\":");
        json_str(out, l);
    }
    out.extend_from_slice(b",\"text\":");
    json_str(out, &a.text);
    out.extend_from_slice(b"}\n");
}

/// Write `articles` articles of `profile` generated from `seed` to `w` as JSON Lines.
pub fn write_corpus<W: Write>(
    articles: u64,
    seed: u64,
    profile: Profile,
    w: W,
) -> io::Result<GenStats> {
    let mut w = io::BufWriter::with_capacity(1 << 16, w);
    let mut g = Generator::with_profile(seed, profile);
    let mut buf = Vec::with_capacity(16 * 1024);
    for _ in 0..articles {
        let a = g.next_article();
        buf.clear();
        article_json(&a, &mut buf);
        w.write_all(&buf)?;
    }
    w.flush()?;
    Ok(g.stats)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn corpus(n: u64, seed: u64) -> Vec<u8> {
        let mut v = Vec::new();
        write_corpus(n, seed, Profile::News, &mut v).unwrap();
        v
    }

    #[test]
    fn same_seed_same_bytes_other_seed_other_bytes() {
        let a = corpus(60, 7);
        assert_eq!(a, corpus(60, 7));
        assert_ne!(a, corpus(60, 8));
    }

    #[test]
    fn writes_n_articles_that_read_back() {
        let n = 120;
        let bytes = corpus(n, 3);
        assert_eq!(bytes.iter().filter(|&&b| b == b'\n').count() as u64, n);
        let read = attache_read::read_bytes("corpus.jsonl", &bytes, &Default::default());
        assert_eq!(read.len() as u64, n);
        let mut ids = std::collections::HashSet::new();
        for r in read {
            let a = r.expect("every line parses as an article");
            assert!(a.date.is_some() && a.title.is_some() && a.source.is_some());
            let words = a.text.split_ascii_whitespace().count();
            assert!((300..=1100).contains(&words), "{} has {words} words", a.id);
            assert!(ids.insert(a.id));
        }
    }

    #[test]
    fn covers_roots_forms_and_duplicates() {
        let mut g = Generator::new(11);
        let mut text = String::new();
        for _ in 0..400 {
            text.push_str(&g.next_article().text);
        }
        assert!(
            g.stats.roots[1..].iter().all(|&n| n > 0),
            "{:?}",
            g.stats.roots
        );
        let dup = g.stats.duplicates as f64 / g.stats.articles as f64;
        assert!((0.05..0.15).contains(&dup), "duplicate rate {dup}");
        for needle in [
            " did not ",
            " province",
            " last month",
            " said",
            "\u{201C}",
            "The dispute began in ",
            " by ",
        ] {
            assert!(text.contains(needle), "no {needle:?} in the corpus");
        }
    }

    /// Events per 1,000 words and words per sentence, as attache codes them.
    fn density(profile: Profile, n: usize) -> (f64, f64) {
        let pipe = crate::pipeline::Pipeline::builtin();
        let mut g = Generator::with_profile(5, profile);
        let (mut words, mut sentences, mut events) = (0usize, 0usize, 0usize);
        for _ in 0..n {
            let a = g.next_article();
            let r = pipe.code_article(&a, false);
            words += a.text.split_ascii_whitespace().count();
            sentences += r.sentences;
            events += r.events.len();
        }
        (
            events as f64 * 1000.0 / words as f64,
            words as f64 / sentences as f64,
        )
    }

    #[test]
    fn profiles_have_their_event_density() {
        // Real wire copy coded by attache: ~17 events per 1,000 words,
        // ~20 words per sentence (see `Profile`). The bands are wide enough
        // for dictionary changes, narrow enough to catch a generator that
        // drifts back to the dense corpus.
        let (news_ev, news_len) = density(Profile::News, 60);
        assert!(
            (12.0..26.0).contains(&news_ev),
            "news: {news_ev:.1} events per 1,000 words"
        );
        assert!(news_len > 15.0, "news: {news_len:.1} words per sentence");
        let (dense_ev, dense_len) = density(Profile::Dense, 60);
        assert!(
            dense_ev > 2.0 * news_ev,
            "dense: {dense_ev:.1} events per 1,000 words"
        );
        assert!(
            dense_len < news_len,
            "dense: {dense_len:.1} words per sentence"
        );
    }

    #[test]
    fn lexicon_has_names() {
        let lex = Lexicon::get();
        assert!(lex.countries.len() > 180, "{}", lex.countries.len());
        assert!(lex.persons.len() > 500);
        assert!(lex.orgs.len() > 50 && lex.groups.len() > 100);
        for r in ["GOV", "MIL", "COP", "CVL", "REB"] {
            assert!(
                !lex.roles[r].0.is_empty() && !lex.roles[r].1.is_empty(),
                "{r}"
            );
        }
    }
}
