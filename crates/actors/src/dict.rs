//! Loading actor dictionaries (format: `data/actors/README.md`).
//!
//! Files are parsed into [`Entry`]s (a kind, dated codes, the file:line) and
//! their phrases are tokenised with the same tokeniser the pipeline uses on
//! articles, so a phrase matches exactly when its normalised tokens appear in
//! a sentence. The index is keyed by a phrase's first normalised token; a
//! sentence is matched with one hash probe per token (see `matcher.rs`).

use attache_model::dictfile::{self, DictError, DictLine};
use attache_model::{ActorCode, RuleRef, Span};
use attache_segment::{tokenize, Tokens};
use chrono::NaiveDate;
use rustc_hash::FxHashMap;

/// What kind of thing a dictionary entry names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    Country,
    Adjective,
    Capital,
    Metonym,
    City,
    Org,
    Group,
    Person,
    Role,
    /// Religious communities and their adjectives ("Shiite", "Christians"):
    /// the code is a CAMEO religion chain (`MOSSHI`, `CHR`); the country and
    /// the role come from the words around it (see `recognise.rs`).
    Religion,
    Context,
    /// Words allowed between a country word and a role word ("senior", "top").
    Modifier,
    /// Divided countries for "the North"/"the South": entry `PRK|KOR: Korea`.
    Divided,
    /// Names that contain an actor word but are not actors ("Gulf of Mexico",
    /// "Paris Agreement"): matched like any phrase, then dropped.
    Block,
}

impl Kind {
    fn parse(s: &str) -> Option<Kind> {
        Some(match s {
            "country" => Kind::Country,
            "adjective" => Kind::Adjective,
            "capital" => Kind::Capital,
            "metonym" => Kind::Metonym,
            "city" => Kind::City,
            "org" => Kind::Org,
            "group" => Kind::Group,
            "person" => Kind::Person,
            "role" => Kind::Role,
            "religion" => Kind::Religion,
            "context" => Kind::Context,
            "modifier" => Kind::Modifier,
            "divided" => Kind::Divided,
            "block" => Kind::Block,
            _ => return None,
        })
    }

    pub fn as_str(&self) -> &'static str {
        match self {
            Kind::Country => "country",
            Kind::Adjective => "adjective",
            Kind::Capital => "capital",
            Kind::Metonym => "metonym",
            Kind::City => "city",
            Kind::Org => "org",
            Kind::Group => "group",
            Kind::Person => "person",
            Kind::Role => "role",
            Kind::Religion => "religion",
            Kind::Context => "context",
            Kind::Modifier => "modifier",
            Kind::Divided => "divided",
            Kind::Block => "block",
        }
    }

    /// Proper names must be capitalised in the text ("Turkey", not "turkey").
    pub fn is_proper_name(&self) -> bool {
        matches!(
            self,
            Kind::Country
                | Kind::Adjective
                | Kind::Capital
                | Kind::City
                | Kind::Org
                | Kind::Group
                | Kind::Person
                | Kind::Religion
        )
    }
}

/// One code alternative, valid in `[from, to)`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DatedCode {
    pub code: String,
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
}

impl DatedCode {
    pub fn is_dated(&self) -> bool {
        self.from.is_some() || self.to.is_some()
    }
    pub fn holds(&self, d: NaiveDate) -> bool {
        self.from.is_none_or(|f| d >= f) && self.to.is_none_or(|t| d < t)
    }
}

/// A dictionary line.
#[derive(Debug, Clone)]
pub struct Entry {
    pub kind: Kind,
    pub codes: Vec<DatedCode>,
    pub rule: RuleRef,
    /// Index of the file in load order (later files override earlier ones).
    pub file_rank: u16,
    /// Written under `%kind KIND local`: a short form that stands for this
    /// entry only in an article that names its country ("AFP", the Armed
    /// Forces of the Philippines, in a Philippine story; "SDF", Japan's
    /// Self-Defense Forces, in a Japanese one).
    pub local: bool,
}

impl Entry {
    /// The code for an article date (see the README for the rules).
    pub fn code_at(&self, date: Option<NaiveDate>) -> &str {
        if let Some(d) = date {
            if let Some(c) = self.codes.iter().find(|c| c.holds(d)) {
                return &c.code;
            }
        }
        self.codes
            .iter()
            .rev()
            .find(|c| !c.is_dated())
            .unwrap_or(&self.codes[0])
            .code
            .as_str()
    }
}

/// A phrase of an entry, as normalised tokens.
#[derive(Debug, Clone)]
pub struct Phrase {
    pub tokens: Box<[Box<str>]>,
    /// For `=Phrase` entries: the tokens as written, matched case-sensitively.
    pub exact: Option<Box<[Box<str>]>>,
    pub entry: u32,
    /// A surname derived from a person's full name: matches only after the
    /// full name has been seen in the same article.
    pub surname_only: bool,
    /// The phrase is written with a capital: a proper name that must be
    /// capitalised in the text too ("Turkey", but not "al-Qaeda").
    pub cap: bool,
}

/// A phrase in the first-token index, with what the matcher checks first:
/// its length and a hash of its second token. Most phrases that share a
/// first word ("the", "south") differ at the second, so the matcher rejects
/// them with one integer comparison instead of string comparisons.
#[derive(Debug, Clone, Copy)]
pub(crate) struct IndexEntry {
    pub pid: u32,
    pub len: u32,
    pub second: u64,
}

/// The phrases that start with one word. Frequent first words ("the",
/// "republic", "national") start a hundred phrases or more, so the
/// multi-word ones are sorted by the hash of their second word and the
/// matcher binary-searches the run that can match instead of trying each.
#[derive(Debug, Default)]
pub(crate) struct Slot {
    /// Phrases of two or more words: by second-word hash, then longest first,
    /// full names before surnames, later files (overlays) first.
    pub multi: Vec<IndexEntry>,
    /// One-word phrases: full names before surnames, later files first.
    pub single: Vec<IndexEntry>,
}

impl Slot {
    /// The phrases that may match when the next word's hash is `next`:
    /// the multi-word run with that second word (longest first), then the
    /// one-word phrases.
    #[inline]
    pub fn candidates(&self, next: u64) -> impl Iterator<Item = &IndexEntry> {
        let a = self.multi.partition_point(|e| e.second < next);
        let b = a + self.multi[a..].partition_point(|e| e.second == next);
        self.multi[a..b].iter().chain(self.single.iter())
    }
}

/// Hash of a normalised token, as stored in [`IndexEntry::second`].
#[inline]
pub(crate) fn token_hash(w: &str) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = rustc_hash::FxHasher::default();
    w.hash(&mut h);
    h.finish()
}

/// All loaded actor dictionaries.
#[derive(Debug, Default)]
pub struct ActorDict {
    pub entries: Vec<Entry>,
    pub phrases: Vec<Phrase>,
    /// First normalised token → phrases starting with it, longest first.
    pub(crate) index: FxHashMap<Box<str>, Slot>,
    /// Words allowed between a country word and a role word.
    pub(crate) modifiers: rustc_hash::FxHashSet<Box<str>>,
    /// Divided countries: (north, south, name).
    pub(crate) divided: Vec<(String, String)>,
    /// Plural names of divided countries ("koreas", "sudans") → (north,
    /// south, the divided line), for "the two Koreas" and "both Sudans".
    pub(crate) divided_plurals: FxHashMap<Box<str>, (String, String, RuleRef)>,
    pub(crate) files: Vec<std::sync::Arc<str>>,
}

/// The dictionaries compiled into the binary: (file name, contents).
pub fn builtin_files() -> &'static [(&'static str, &'static str)] {
    crate::embedded::FILES
}

fn parse_date(s: &str, file: &str, line: usize) -> Result<Option<NaiveDate>, DictError> {
    let s = s.trim();
    if s.is_empty() {
        return Ok(None);
    }
    let err = || DictError {
        file: file.to_string(),
        line,
        reason: format!("bad date {s:?} (want YYYY, YYYY-MM or YYYY-MM-DD)"),
    };
    let parts: Vec<&str> = s.split('-').collect();
    let num = |p: &str| p.parse::<u32>().map_err(|_| err());
    let (y, m, d) = match parts.len() {
        1 => (num(parts[0])?, 1, 1),
        2 => (num(parts[0])?, num(parts[1])?, 1),
        3 => (num(parts[0])?, num(parts[1])?, num(parts[2])?),
        _ => return Err(err()),
    };
    if parts[0].len() != 4 {
        return Err(err());
    }
    NaiveDate::from_ymd_opt(y as i32, m, d)
        .map(Some)
        .ok_or_else(err)
}

/// Parse `CODE[FROM..TO] | CODE`.
pub fn parse_codespec(spec: &str, file: &str, line: usize) -> Result<Vec<DatedCode>, DictError> {
    let err = |reason: String| DictError {
        file: file.to_string(),
        line,
        reason,
    };
    let mut out = Vec::new();
    for alt in spec.split('|') {
        let alt = alt.trim();
        let (code, range) = match alt.find('[') {
            Some(i) => {
                let r = alt[i + 1..]
                    .strip_suffix(']')
                    .ok_or_else(|| err(format!("unclosed '[' in {alt:?}")))?;
                (alt[..i].trim(), Some(r))
            }
            None => (alt, None),
        };
        if ActorCode::parse(code).is_none() {
            return Err(err(format!(
                "bad actor code {code:?} (three-character parts of A-Z or '-')"
            )));
        }
        let (from, to) = match range {
            None => (None, None),
            Some(r) => {
                let (a, b) = r
                    .split_once("..")
                    .ok_or_else(|| err(format!("bad date range [{r}] (want [FROM..TO])")))?;
                let from = parse_date(a, file, line)?;
                let to = parse_date(b, file, line)?;
                if let (Some(f), Some(t)) = (from, to) {
                    if f >= t {
                        return Err(err(format!(
                            "empty date range [{r}]: FROM must be before TO"
                        )));
                    }
                }
                (from, to)
            }
        };
        out.push(DatedCode {
            code: code.to_string(),
            from,
            to,
        });
    }
    Ok(out)
}

/// Surnames too common or too short to stand alone.
const NOT_SURNAMES: &[&str] = &[
    "jr.",
    "jr",
    "sr.",
    "sr",
    "ii",
    "iii",
    "iv",
    "al",
    "bin",
    "ibn",
    "de",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "will",
    "hope",
    "young",
    "king",
    "white",
    "black",
    "green",
    "brown",
    "long",
    "little",
    "rich",
    "major",
    "general",
    "bishop",
    "pope",
    "hall",
    "church",
    "court",
    "street",
    "house",
    "new",
    "north",
    "south",
    "east",
    "west",
    "china",
    "jordan",
    "chad",
    "israel",
    "paris",
    "london",
    "georgia",
    "victoria",
    "sultan",
    "abdullah",
    "mohammed",
    "muhammad",
    "ali",
    "hassan",
    "khan",
];

impl ActorDict {
    /// Load the built-in dictionaries followed by `overlays` (name, contents).
    pub fn load(overlays: &[(String, String)]) -> Result<ActorDict, DictError> {
        let mut d = ActorDict::default();
        for (name, text) in builtin_files() {
            d.add_file(name, text)?;
        }
        for (name, text) in overlays {
            d.add_file(name, text)?;
        }
        d.finish();
        Ok(d)
    }

    /// Load only the given files (for tests).
    pub fn from_files(files: &[(&str, &str)]) -> Result<ActorDict, DictError> {
        let mut d = ActorDict::default();
        for (name, text) in files {
            d.add_file(name, text)?;
        }
        d.finish();
        Ok(d)
    }

    /// The built-in dictionaries only, loaded once.
    pub fn builtin() -> &'static ActorDict {
        static D: std::sync::LazyLock<ActorDict> = std::sync::LazyLock::new(|| {
            ActorDict::load(&[]).unwrap_or_else(|e| panic!("built-in actor dictionary: {e}"))
        });
        &D
    }

    fn add_file(&mut self, file: &str, text: &str) -> Result<(), DictError> {
        let rank = self.files.len() as u16;
        self.files.push(file.into());
        let mut kind: Option<Kind> = None;
        let mut local = false;
        let mut toks = Tokens::default();
        for l in dictfile::parse(file, text)? {
            match l {
                DictLine::Directive { line, name, args } => {
                    if name != "kind" {
                        return Err(DictError {
                            file: file.into(),
                            line,
                            reason: format!("unknown directive %{name} (only %kind)"),
                        });
                    }
                    let k = args.first().and_then(|a| Kind::parse(a)).ok_or_else(|| DictError {
                        file: file.into(),
                        line,
                        reason: format!(
                            "unknown kind {:?}; one of country, adjective, capital, metonym, city, org, group, person, role, religion, context, modifier, divided, block",
                            args.first().unwrap_or(&"")
                        ),
                    })?;
                    local = match args.get(1) {
                        None => false,
                        Some(&"local") if args.len() == 2 => true,
                        Some(_) => {
                            return Err(DictError {
                                file: file.into(),
                                line,
                                reason: format!(
                                    "unknown flag in %kind {}: only 'local' may follow the kind",
                                    args[1..].join(" ")
                                ),
                            })
                        }
                    };
                    kind = Some(k);
                }
                DictLine::Entry { line, left, items } => {
                    let kind = kind.ok_or_else(|| DictError {
                        file: file.into(),
                        line,
                        reason: "entry before any %kind directive".into(),
                    })?;
                    let before = self.entries.len();
                    self.add_entry(file, line, rank, kind, left, &items, &mut toks)?;
                    if local && self.entries.len() > before {
                        if let Some(e) = self.entries.last_mut() {
                            e.local = true;
                        }
                    }
                }
            }
        }
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    fn add_entry(
        &mut self,
        file: &str,
        line: usize,
        rank: u16,
        kind: Kind,
        left: &str,
        items: &[&str],
        toks: &mut Tokens,
    ) -> Result<(), DictError> {
        let err = |reason: String| DictError {
            file: file.into(),
            line,
            reason,
        };
        match kind {
            Kind::Modifier => {
                for it in items {
                    self.modifiers
                        .insert(norm_phrase(it, toks).join(" ").into());
                }
                return Ok(());
            }
            Kind::Divided => {
                let (n, s) = left
                    .split_once('|')
                    .ok_or_else(|| err("a divided entry is 'NORTH|SOUTH: name'".into()))?;
                let (n, s) = (n.trim().to_string(), s.trim().to_string());
                if n != s {
                    let rule = RuleRef {
                        file: self.files[rank as usize].clone(),
                        line,
                    };
                    for it in items {
                        let words = norm_phrase(it, toks);
                        if let [w] = &words[..] {
                            self.divided_plurals.insert(
                                format!("{w}s").into(),
                                (n.clone(), s.clone(), rule.clone()),
                            );
                        }
                    }
                }
                self.divided.push((n, s));
                return Ok(());
            }
            _ => {}
        }
        let codes = match kind {
            Kind::Role => {
                let r = left.trim();
                if r.len() != 3 || !attache_model::ROLE_CODES.contains(&r) {
                    return Err(err(format!(
                        "a role entry's code is one role part (GOV, MIL, COP, JUD, LEG, ...), found {r:?}"
                    )));
                }
                vec![DatedCode {
                    code: r.to_string(),
                    from: None,
                    to: None,
                }]
            }
            Kind::Block => vec![DatedCode {
                code: "---".to_string(),
                from: None,
                to: None,
            }],
            Kind::Context => {
                let r = left.trim();
                if r != "-" && !attache_model::ROLE_CODES.contains(&r) {
                    return Err(err(format!(
                        "a context entry's code is '-' or one role part, found {r:?}"
                    )));
                }
                vec![DatedCode {
                    code: r.to_string(),
                    from: None,
                    to: None,
                }]
            }
            Kind::Religion => {
                let c = parse_codespec(left, file, line)?;
                if c.iter()
                    .any(|d| !RELIGION_CODES.contains(&&d.code[..3.min(d.code.len())]))
                {
                    return Err(err(format!(
                        "a religion entry's code starts with a CAMEO religion code ({}), found {:?}",
                        RELIGION_CODES.join(", "),
                        left.trim()
                    )));
                }
                c
            }
            _ => parse_codespec(left, file, line)?,
        };
        let entry = self.entries.len() as u32;
        self.entries.push(Entry {
            kind,
            codes,
            rule: RuleRef {
                // One shared name per file: mentions clone rules often.
                file: self.files[rank as usize].clone(),
                line,
            },
            file_rank: rank,
            local: false,
        });
        for raw in items {
            let (exact, text) = match raw.strip_prefix('=') {
                Some(t) => (true, t.trim()),
                None => (false, *raw),
            };
            let body = text
                .strip_prefix("the ")
                .or_else(|| text.strip_prefix("The "))
                .unwrap_or(text);
            let cap = body.chars().next().is_some_and(|c| c.is_uppercase());
            let mut tokens = norm_phrase(text, toks);
            // "the" is optional before names, but not in context phrases:
            // "the country" is a reference, "country" alone is not.
            let strip_the = kind != Kind::Context;
            if strip_the && tokens.len() > 1 && tokens[0] == "the" {
                tokens.remove(0);
            }
            if tokens.is_empty() {
                return Err(err(format!("phrase {raw:?} has no words")));
            }
            let exact = if exact {
                let mut t = orig_phrase(text, toks);
                if strip_the && t.len() > 1 && t[0] == "the" {
                    t.remove(0);
                }
                Some(t.into_iter().map(Into::into).collect())
            } else {
                None
            };
            if kind == Kind::Person && tokens.len() >= 2 {
                let last = tokens.last().unwrap();
                if last.len() >= 3 && !NOT_SURNAMES.contains(&last.as_str()) {
                    self.phrases.push(Phrase {
                        tokens: vec![last.clone().into_boxed_str()].into(),
                        exact: None,
                        entry,
                        surname_only: true,
                        cap: true,
                    });
                }
            }
            // Role words match in the plural too ("coast guard" → "coast guards").
            if kind == Kind::Role && exact.is_none() {
                if let Some(pl) = plural(tokens.last().unwrap()) {
                    let mut t2 = tokens.clone();
                    *t2.last_mut().unwrap() = pl;
                    self.phrases.push(Phrase {
                        tokens: t2.into_iter().map(Into::into).collect(),
                        exact: None,
                        entry,
                        surname_only: false,
                        cap,
                    });
                }
            }
            // Some corpora come tokenised, with spaces around dots and hyphens
            // ("U . S .", "al - Bashir", "Saudi - led coalition"): the same phrase
            // with its inner punctuation spaced out matches them too.
            if kind != Kind::Context {
                for spaced in spaced_variants(text, &tokens, strip_the, exact.is_some(), toks) {
                    self.phrases.push(Phrase {
                        tokens: spaced.0.into_iter().map(Into::into).collect(),
                        exact: spaced.1.map(|t| t.into_iter().map(Into::into).collect()),
                        entry,
                        surname_only: false,
                        cap,
                    });
                }
            }
            // Initials written with a space after each dot ("U. S.", "the U. K."
            // at the end of a sentence, "U. S-backed"): the same initials match.
            if kind != Kind::Context {
                for (norm, orig) in
                    initial_variants(text, &tokens, strip_the, exact.is_some(), toks)
                {
                    self.phrases.push(Phrase {
                        tokens: norm.into_iter().map(Into::into).collect(),
                        exact: orig.map(|t| t.into_iter().map(Into::into).collect()),
                        entry,
                        surname_only: false,
                        cap,
                    });
                }
            }
            self.phrases.push(Phrase {
                tokens: tokens.into_iter().map(Into::into).collect(),
                exact,
                entry,
                surname_only: false,
                cap,
            });
        }
        Ok(())
    }

    fn finish(&mut self) {
        let mut index: FxHashMap<Box<str>, Vec<u32>> = FxHashMap::default();
        for (i, p) in self.phrases.iter().enumerate() {
            index.entry(p.tokens[0].clone()).or_default().push(i as u32);
        }
        for v in index.values_mut() {
            // Longest first; at equal length later files (overlays) first.
            v.sort_by(|&a, &b| {
                let (pa, pb) = (&self.phrases[a as usize], &self.phrases[b as usize]);
                pb.tokens
                    .len()
                    .cmp(&pa.tokens.len())
                    .then(pa.surname_only.cmp(&pb.surname_only))
                    .then(
                        self.entries[pb.entry as usize]
                            .file_rank
                            .cmp(&self.entries[pa.entry as usize].file_rank),
                    )
            });
        }
        self.index = index
            .into_iter()
            .map(|(k, v)| {
                let mut slot = Slot::default();
                for pid in v {
                    let p = &self.phrases[pid as usize];
                    let e = IndexEntry {
                        pid,
                        len: p.tokens.len() as u32,
                        second: p.tokens.get(1).map(|t| token_hash(t)).unwrap_or(0),
                    };
                    if e.len >= 2 {
                        slot.multi.push(e);
                    } else {
                        slot.single.push(e);
                    }
                }
                // Stable: keeps the length/file order within one second word.
                slot.multi.sort_by_key(|e| e.second);
                (k, slot)
            })
            .collect();
    }

    pub fn entry(&self, i: u32) -> &Entry {
        &self.entries[i as usize]
    }

    /// Number of entries of a kind (for coverage reports and tests).
    pub fn count(&self, kind: Kind) -> usize {
        self.entries.iter().filter(|e| e.kind == kind).count()
    }

    pub fn files(&self) -> &[std::sync::Arc<str>] {
        &self.files
    }
}

/// The regular plural of a role noun, or `None` when it already looks plural
/// or is not a plain word ("police", "staff" and "-s" words stay as they are).
fn plural(w: &str) -> Option<String> {
    if w.len() < 3 || !w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-') {
        return None;
    }
    if w.ends_with('s')
        || matches!(
            w,
            "police"
                | "staff"
                | "personnel"
                | "military"
                | "clergy"
                | "media"
                | "press"
                | "army"
                | "navy"
                | "government"
                | "judiciary"
                | "opposition"
                | "leadership"
                | "cabinet"
                | "parliament"
                | "legislature"
                | "senate"
                | "congress"
        )
    {
        return None;
    }
    Some(if let Some(stem) = w.strip_suffix("man") {
        format!("{stem}men")
    } else if w.ends_with('y') && !w.ends_with("ay") && !w.ends_with("ey") && !w.ends_with("oy") {
        format!("{}ies", &w[..w.len() - 1])
    } else if w.ends_with("ch") || w.ends_with("sh") || w.ends_with('x') {
        format!("{w}es")
    } else {
        format!("{w}s")
    })
}

/// The first part of a CAMEO religion code: named religions (atheism/agnosticism,
/// Bahai, Buddhism, Christianity, Confucianism, Hinduism, Jainism, Judaism, Islam,
/// Shinto, Sikhism, Taoism, Zoroastrianism) and families (other Abrahamic, African
/// diasporic, East Asian, Indian, Iranic, indigenous tribal, new movements).
pub const RELIGION_CODES: &[&str] = &[
    "ATH", "BAH", "BUD", "CHR", "CON", "HIN", "JAN", "JEW", "MOS", "SHN", "SIK", "TAO", "ZRO",
    "ABR", "ADR", "EAR", "INR", "IRR", "ITR", "NRM",
];

/// The phrase as a pre-tokenised corpus writes it: a space on each side of
/// every dot and hyphen inside a word ("U . S .", "al - Bashir"). Returns
/// (normalised tokens, exact tokens) for each variant that differs from
/// `tokens`; a variant ending in a dot comes also without it ("the U . K"
/// at the end of a sentence, where the tokeniser gave the dot to the sentence).
#[allow(clippy::type_complexity)]
fn spaced_variants(
    text: &str,
    tokens: &[String],
    strip_the: bool,
    exact: bool,
    toks: &mut Tokens,
) -> Vec<(Vec<String>, Option<Vec<String>>)> {
    if !tokens
        .iter()
        .any(|t| t.len() > 1 && t.contains(['.', '-']) && t.chars().any(char::is_alphanumeric))
    {
        return Vec::new();
    }
    let mut spaced = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if c == '.' || c == '-' {
            spaced.push(' ');
            spaced.push(c);
            spaced.push(' ');
        } else {
            spaced.push(c);
        }
    }
    let mut norm = norm_phrase(&spaced, toks);
    let mut orig = exact.then(|| orig_phrase(&spaced, toks));
    if strip_the && norm.len() > 1 && norm[0] == "the" {
        norm.remove(0);
        if let Some(o) = orig.as_mut() {
            o.remove(0);
        }
    }
    if norm == tokens || norm.len() < 2 {
        return Vec::new();
    }
    let mut out = Vec::with_capacity(2);
    if norm.last().map(String::as_str) == Some(".") && norm.len() > 2 {
        let mut n2 = norm.clone();
        n2.pop();
        let o2 = orig.clone().map(|mut o| {
            o.pop();
            o
        });
        out.push((n2, o2));
    }
    // Penn-style tokenisers keep abbreviations whole but split hyphens: "U.S. - led
    // coalition", "U.N. - backed": the phrase with only its hyphens spaced.
    if text.contains('.') && text.contains('-') {
        let hy = text.replace('-', " - ");
        let mut n3 = norm_phrase(&hy, toks);
        let mut o3 = exact.then(|| orig_phrase(&hy, toks));
        if strip_the && n3.len() > 1 && n3[0] == "the" {
            n3.remove(0);
            if let Some(o) = o3.as_mut() {
                o.remove(0);
            }
        }
        if n3 != tokens && n3 != norm && n3.len() >= 2 {
            out.push((n3, o3));
        }
    }
    out.push((norm, orig));
    out
}

/// Initials with a space after each inner dot, as some wires write them:
/// "U.S." → "U. S." and "U. S" (the tokeniser may give a final dot to the
/// sentence, or the word may run on: "U. S-backed"). Only for phrases whose
/// dots separate single letters. Returns (normalised tokens, exact tokens)
/// for each variant that differs from `tokens`.
#[allow(clippy::type_complexity)]
fn initial_variants(
    text: &str,
    tokens: &[String],
    strip_the: bool,
    exact: bool,
    toks: &mut Tokens,
) -> Vec<(Vec<String>, Option<Vec<String>>)> {
    let chars: Vec<char> = text.chars().collect();
    let initial_dot = |i: usize| {
        chars[i] == '.'
            && i >= 1
            && chars[i - 1].is_alphabetic()
            && (i < 2 || !chars[i - 2].is_alphanumeric())
            && chars.get(i + 1).is_some_and(|c| c.is_alphabetic())
            && chars.get(i + 2).is_none_or(|c| !c.is_alphanumeric())
    };
    if !(0..chars.len()).any(initial_dot) {
        return Vec::new();
    }
    let mut spaced = String::with_capacity(text.len() + 4);
    for (i, &c) in chars.iter().enumerate() {
        spaced.push(c);
        if initial_dot(i) {
            spaced.push(' ');
        }
    }
    let mut forms = vec![spaced.clone()];
    if let Some(s) = spaced.strip_suffix('.') {
        forms.push(s.to_string());
    }
    let mut out: Vec<(Vec<String>, Option<Vec<String>>)> = Vec::with_capacity(2);
    for f in forms {
        let mut norm = norm_phrase(&f, toks);
        let mut orig = exact.then(|| orig_phrase(&f, toks));
        if strip_the && norm.len() > 1 && norm[0] == "the" {
            norm.remove(0);
            if let Some(o) = orig.as_mut() {
                o.remove(0);
            }
        }
        if norm != tokens && !out.iter().any(|(n, _)| *n == norm) {
            out.push((norm, orig));
        }
    }
    out
}

fn norm_phrase(text: &str, toks: &mut Tokens) -> Vec<String> {
    toks.clear();
    tokenize(text, Span::new(0, text.len()), toks);
    (0..toks.len()).map(|i| toks.norm(i).to_string()).collect()
}

fn orig_phrase(text: &str, toks: &mut Tokens) -> Vec<String> {
    toks.clear();
    tokenize(text, Span::new(0, text.len()), toks);
    toks.toks
        .iter()
        .map(|t| text[t.start..t.end].to_string())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codespec_with_dates() {
        let c = parse_codespec("USAGOV[2021-01-20..2025-01-20] | USAELI", "f", 1).unwrap();
        assert_eq!(c.len(), 2);
        assert!(c[0].holds(NaiveDate::from_ymd_opt(2022, 5, 1).unwrap()));
        assert!(!c[0].holds(NaiveDate::from_ymd_opt(2025, 1, 20).unwrap()));
        assert!(c[0].holds(NaiveDate::from_ymd_opt(2021, 1, 20).unwrap()));
        let c = parse_codespec("USR[..1991-12-26] | RUS", "f", 1).unwrap();
        assert_eq!(c[0].to, NaiveDate::from_ymd_opt(1991, 12, 26));
        let c = parse_codespec("DEUGOV[2005..]", "f", 1).unwrap();
        assert_eq!(c[0].from, NaiveDate::from_ymd_opt(2005, 1, 1));
    }

    #[test]
    fn codespec_errors_name_the_line() {
        let e = parse_codespec("usa", "a.txt", 7).unwrap_err();
        assert_eq!(
            e.to_string(),
            "a.txt:7: bad actor code \"usa\" (three-character parts of A-Z or '-')"
        );
        assert!(parse_codespec("USA[2020..2019]", "a", 1)
            .unwrap_err()
            .reason
            .contains("empty"));
        assert!(parse_codespec("USA[2020-13..]", "a", 1)
            .unwrap_err()
            .reason
            .contains("bad date"));
        assert!(parse_codespec("USA[2020", "a", 1)
            .unwrap_err()
            .reason
            .contains("unclosed"));
    }

    #[test]
    fn file_errors() {
        let e = ActorDict::from_files(&[("x.txt", "FRA: France\n")]).unwrap_err();
        assert_eq!(e.line, 1);
        assert!(e.reason.contains("before any %kind"));
        let e = ActorDict::from_files(&[("x.txt", "%kind planet\n")]).unwrap_err();
        assert!(e.reason.contains("unknown kind"));
        let e =
            ActorDict::from_files(&[("x.txt", "%kind role\nPRESIDENT: president\n")]).unwrap_err();
        assert!(e.reason.contains("one role part"), "{e}");
        // Only `local` may follow a kind, and the error names the line.
        let e = ActorDict::from_files(&[(
            "x.txt",
            "%kind group\nABC: Abc Front\n%kind group locale\n",
        )])
        .unwrap_err();
        assert_eq!(e.line, 3);
        assert!(e.reason.contains("only 'local' may follow"), "{e}");
    }

    #[test]
    fn code_at_dates() {
        let d = ActorDict::from_files(&[(
            "p.txt",
            "%kind person\nUSAGOV[2021-01-20..2025-01-20] | USAELI: Joe Biden\n",
        )])
        .unwrap();
        let e = &d.entries[0];
        let day = |y, m, dd| NaiveDate::from_ymd_opt(y, m, dd);
        assert_eq!(e.code_at(day(2019, 1, 1)), "USAELI");
        assert_eq!(e.code_at(day(2022, 1, 1)), "USAGOV");
        assert_eq!(e.code_at(day(2026, 1, 1)), "USAELI");
        assert_eq!(e.code_at(None), "USAELI");
        // Surname derived from the full name.
        assert!(d
            .phrases
            .iter()
            .any(|p| p.surname_only && &*p.tokens[0] == "biden"));
    }
}
