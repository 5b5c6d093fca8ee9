//! Finding actors in a sentence and resolving them in the article's context.
//!
//! Two passes per sentence:
//!
//! 1. **Match**: one hash probe per token into the phrase index; the longest
//!    phrase starting at a token wins and matching resumes after it. Proper
//!    names (countries, people, organisations, ...) must be capitalised in
//!    the text, so "turkey" the bird or "chad" the verb never match.
//! 2. **Combine**: adjacent matches are read together the way news writes
//!    actors: a country word before a role ("Brazilian court", "U.S. troops",
//!    "Brazil's supreme court"), a role with "of"/"from" a country ("the
//!    president of France"), a title before a name ("President Macron",
//!    "Defence Minister Jane Roe"), coordinated country words sharing a role
//!    ("French and German troops"). Short forms ("the North", "the country",
//!    a bare "police", "he said") are resolved from [`ArticleContext`].
//!
//! Coordinated actors ("Brazil, India and South Africa", "neither X nor Y")
//! share a `group` number so the event coder can expand them into dyads.

use crate::dict::{token_hash, ActorDict, Kind, Phrase, Slot};
use attache_model::{ActorCode, ActorRef, RuleRef, Span};
use attache_segment::Tokens;
use chrono::NaiveDate;
use compact_str::CompactString;
use rustc_hash::{FxHashMap, FxHashSet};
use serde::Serialize;
use smallvec::{smallvec, SmallVec};

/// How a mention was recognised.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum MentionKind {
    Country,
    Adjective,
    Capital,
    Metonym,
    City,
    Org,
    Group,
    Person,
    Role,
    /// A religious community ("Shiites", "the Christian community").
    Religion,
    Context,
    /// A pronoun resolved to an earlier mention: "he"/"she" (speaker or
    /// sentence opener) and "him"/"her" to a person or one-person role,
    /// object "it" to a country, organisation or institution, object "them"
    /// to a plural actor.
    Pronoun,
    /// A name introduced with a title in this article ("Defence Minister Jane Roe").
    Learned,
}

impl From<Kind> for MentionKind {
    fn from(k: Kind) -> Self {
        match k {
            Kind::Country => MentionKind::Country,
            Kind::Adjective => MentionKind::Adjective,
            Kind::Capital => MentionKind::Capital,
            Kind::Metonym => MentionKind::Metonym,
            Kind::City => MentionKind::City,
            Kind::Org => MentionKind::Org,
            Kind::Group => MentionKind::Group,
            Kind::Person => MentionKind::Person,
            Kind::Role => MentionKind::Role,
            Kind::Religion => MentionKind::Religion,
            _ => MentionKind::Context,
        }
    }
}

/// One actor found in a sentence.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Mention {
    /// Byte range in the article text.
    pub span: Span,
    /// Token range `[start, end)` in the sentence's tokens.
    pub toks: (usize, usize),
    /// The CAMEO code; `None` when the country could not be resolved and the
    /// mention has no role either.
    pub code: Option<CompactString>,
    pub country: Option<CompactString>,
    pub org: Option<CompactString>,
    pub role: Option<CompactString>,
    pub kind: MentionKind,
    /// The dictionary lines that produced it, most specific first.
    pub rules: SmallVec<[RuleRef; 2]>,
    pub confidence: f32,
    /// Mentions joined by "and", "or", commas or "neither ... nor" share a group.
    pub group: Option<u32>,
}

impl Mention {
    fn new(
        span: Span,
        toks: (usize, usize),
        code: Option<CompactString>,
        kind: MentionKind,
    ) -> Mention {
        let mut m = Mention {
            span,
            toks,
            code: None,
            country: None,
            org: None,
            role: None,
            kind,
            rules: SmallVec::new(),
            confidence: 0.9,
            group: None,
        };
        m.set_code(code);
        m
    }

    fn set_code(&mut self, code: Option<CompactString>) {
        let (country, org, role) = code
            .as_deref()
            .and_then(ActorCode::split)
            .unwrap_or((None, None, None));
        // Codes are short: these stay inline (no allocation).
        self.country = country.map(CompactString::from);
        self.org = org.map(CompactString::from);
        self.role = role.map(CompactString::from);
        self.code = code;
    }

    /// A pronoun at token `i` standing for an earlier person mention.
    fn pronoun_for(span: Span, i: usize, person: &Mention) -> Mention {
        let mut m = Mention::new(span, (i, i + 1), person.code.clone(), MentionKind::Pronoun);
        m.rules = person.rules.clone();
        m.confidence = 0.5;
        m
    }

    /// The event-output form (`source` / `target`).
    pub fn to_ref(&self, text: &str) -> ActorRef {
        ActorRef {
            text: text[self.span.start..self.span.end].to_string(),
            code: self.code.as_deref().map(str::to_string),
            country: self.country.as_deref().map(str::to_string),
            org: self.org.as_deref().map(str::to_string),
            role: self.role.as_deref().map(str::to_string),
            start: self.span.start,
            end: self.span.end,
        }
    }

    /// The primary rule as `file:line`.
    pub fn rule(&self) -> String {
        self.rules
            .first()
            .map(|r| r.to_string())
            .unwrap_or_default()
    }
}

/// `a` then `b`, without the formatting machinery (codes are short: no allocation).
fn concat(a: &str, b: &str) -> CompactString {
    let mut s = CompactString::with_capacity(a.len() + b.len());
    s.push_str(a);
    s.push_str(b);
    s
}

/// What the recogniser remembers across the sentences of one article.
#[derive(Debug, Default, Clone)]
pub struct ArticleContext {
    pub date: Option<NaiveDate>,
    /// Country of the dateline, if the article has one.
    pub dateline_country: Option<String>,
    counts: FxHashMap<String, u32>,
    first_seen: FxHashMap<String, u32>,
    last_country: Option<String>,
    /// Countries named so far, the most recently named last.
    recent: Vec<String>,
    seen_persons: FxHashSet<u32>,
    last_person: Option<Mention>,
    /// The actor that opened the previous sentence as its subject (for a
    /// pronoun, what it stood for), if any: "Iran rejected the demand. It
    /// said ...", "Japan's foreign minister arrived ... Officials said ...".
    /// The flag: may "it" stand for it (a country, organisation or institution)?
    last_subject: Option<(Mention, bool)>,
    /// Whether `last_subject` may be what "they" stands for: a plural role
    /// ("Police arrested ... They said") or a named group ("The Taliban ...").
    last_subject_plural: bool,
    /// The named armed group, party or movement mentioned last in the
    /// article, for "the group said" in a later sentence.
    last_group: Option<Mention>,
    /// The named organisation mentioned last, for "the agency said".
    last_org: Option<Mention>,
    /// The distinct codes of named armed groups, per role part (`INS`,
    /// `REB`, ...), for "the militants" / "the rebels" in a later sentence:
    /// read as the group only while the article has named one of that role.
    armed_groups: Vec<(CompactString, CompactString)>,
    learned: FxHashMap<Box<str>, (String, RuleRef)>,
    /// Dictionary entries matched so far in sentences not written all in
    /// capitals: support for a short form that is also an English word when
    /// a later sentence is in capitals ("the U.S. Immigration and Customs
    /// Enforcement (ICE)" ... "ICE AGENTS").
    seen_entries: FxHashSet<u32>,
    /// Abbreviations the article defines in brackets after a name: "the
    /// National Defence Forces (NDF)" → "NDF" is that actor from then on.
    acronyms: FxHashMap<Box<str>, (CompactString, MentionKind, RuleRef)>,
    /// Countries of the cities named so far.
    city_counts: FxHashMap<String, u32>,
    next_group: u32,
    scratch: Scratch,
}

/// Buffers [`Recogniser::recognise`] reuses from sentence to sentence.
#[derive(Debug, Default, Clone)]
struct Scratch {
    raws: Vec<Raw>,
    covered: Vec<bool>,
    raw_start: Vec<bool>,
}

impl ArticleContext {
    pub fn new(date: Option<NaiveDate>) -> Self {
        ArticleContext {
            date,
            ..Default::default()
        }
    }

    fn note_country(&mut self, c: &str) {
        // Allocate only for a country not seen before in the article.
        match self.counts.get_mut(c) {
            Some(n) => *n += 1,
            None => {
                let n = self.first_seen.len() as u32;
                self.first_seen.entry(c.to_string()).or_insert(n);
                self.counts.insert(c.to_string(), 1);
            }
        }
        if self.last_country.as_deref() != Some(c) {
            self.last_country = Some(c.to_string());
            if let Some(k) = self.recent.iter().position(|r| r == c) {
                let r = self.recent.remove(k);
                self.recent.push(r);
            } else {
                self.recent.push(c.to_string());
            }
        }
    }

    /// How often a country has been mentioned so far.
    pub fn count(&self, c: &str) -> u32 {
        self.counts.get(c).copied().unwrap_or(0)
    }

    /// The article's main country: the dateline's, else the most mentioned so far.
    pub fn main_country(&self) -> Option<&str> {
        if let Some(c) = &self.dateline_country {
            return Some(c);
        }
        self.counts
            .iter()
            .max_by(|a, b| {
                a.1.cmp(b.1)
                    .then(self.first_seen[b.0].cmp(&self.first_seen[a.0]))
            })
            .map(|(c, _)| c.as_str())
    }

    /// Countries mentioned so far, most mentioned first (dateline first).
    pub fn countries(&self) -> Vec<String> {
        let mut v: Vec<(&String, &u32)> = self.counts.iter().collect();
        v.sort_by(|a, b| {
            b.1.cmp(a.1)
                .then(self.first_seen[a.0].cmp(&self.first_seen[b.0]))
        });
        let mut out: Vec<String> = self.dateline_country.iter().cloned().collect();
        for (c, _) in v {
            if !out.contains(c) {
                out.push(c.clone());
            }
        }
        out
    }
}

/// Is the role word at `start` the object of a verb or noun of leaving, a
/// few words before it ("withdrew its troops", "pulled out the last
/// soldiers", "the pull-out of forces")? Then "from X" after the role names
/// the place left ("its troops from Syria"), not the country the role serves
/// ("her counterparts from Brazil" are Brazil's).
fn leaving_before(toks: &Tokens, start: usize) -> bool {
    let mut t = start;
    let mut steps = 0;
    while t > 0 && steps < 5 {
        t -= 1;
        steps += 1;
        let w = toks.norm(t);
        if toks.toks[t].is_punct() && w != "-" {
            return false;
        }
        let leaving = w
            .strip_prefix("withdr")
            .is_some_and(|r| matches!(r, "aw" | "aws" | "ew" | "awn" | "awing" | "awal" | "awals"))
            || w.strip_prefix("pull")
                .is_some_and(|r| matches!(r, "" | "s" | "ed" | "ing" | "out" | "-out"))
            || w.strip_prefix("evacuat")
                .is_some_and(|r| matches!(r, "e" | "es" | "ed" | "ing" | "ion"))
            || w.strip_prefix("recall")
                .is_some_and(|r| matches!(r, "" | "s" | "ed" | "ing"))
            || w.strip_prefix("remov")
                .is_some_and(|r| matches!(r, "e" | "es" | "ed" | "ing" | "al"))
            || w.strip_prefix("repatriat")
                .is_some_and(|r| matches!(r, "e" | "es" | "ed" | "ing" | "ion"))
            || w.strip_prefix("redeploy")
                .is_some_and(|r| matches!(r, "" | "s" | "ed" | "ing" | "ment"))
            || matches!(
                w,
                "bring" | "brings" | "brought" | "bringing" | "exit" | "departure"
            );
        if leaving {
            return true;
        }
    }
    false
}

/// Words of sending forces or teams ("sent", "deployed", "the deployment
/// of", "dispatched"): the role after them is the sender's (see
/// `Recogniser::sender_country`).
fn is_sending_word(w: &str) -> bool {
    w.strip_prefix("sen")
        .is_some_and(|r| matches!(r, "d" | "ds" | "t" | "ding"))
        || w.strip_prefix("deploy")
            .is_some_and(|r| matches!(r, "" | "s" | "ed" | "ing" | "ment"))
        || w.strip_prefix("dispatch")
            .is_some_and(|r| matches!(r, "" | "es" | "ed" | "ing"))
        || w.strip_prefix("despatch")
            .is_some_and(|r| matches!(r, "" | "es" | "ed" | "ing"))
        || matches!(
            w,
            "stationed" | "stationing" | "mobilised" | "mobilized" | "mobilising" | "mobilizing"
        )
}

/// Acts a place name before them only locates: "the Kabul bombing", "the
/// Paris attacks", "the Tehran protests".
fn is_located_act(w: &str) -> bool {
    matches!(
        w,
        "attack"
            | "attacks"
            | "bombing"
            | "bombings"
            | "blast"
            | "blasts"
            | "explosion"
            | "explosions"
            | "shooting"
            | "shootings"
            | "stabbing"
            | "stabbings"
            | "massacre"
            | "massacres"
            | "killings"
            | "siege"
            | "riot"
            | "riots"
            | "unrest"
            | "protest"
            | "protests"
            | "demonstrations"
            | "uprising"
            | "earthquake"
            | "floods"
    )
}

/// Words that open a noun phrase before a place name used as a modifier.
fn is_noun_phrase_lead(w: &str) -> bool {
    matches!(
        w,
        "the"
            | "a"
            | "an"
            | "this"
            | "that"
            | "last"
            | "latest"
            | "recent"
            | "deadly"
            | "of"
            | "in"
            | "after"
            | "since"
            | "following"
            | "before"
            | "over"
            | "for"
            | "about"
            | "during"
    )
}

/// Words after a pronoun that make it the speaker ("he said").
const SPEECH: &[&str] = &[
    "said",
    "says",
    "told",
    "added",
    "stated",
    "noted",
    "insisted",
    "argued",
    "warned",
    "stressed",
    "declared",
    "announced",
    "wrote",
    "tweeted",
    "claimed",
    "explained",
    "replied",
    "urged",
];

/// Weekdays and months: capitalised, but not part of a name ("Kabul Tuesday").
fn is_calendar_word(w: &str) -> bool {
    matches!(
        w,
        "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
            | "january"
            | "february"
            | "march"
            | "april"
            | "may"
            | "june"
            | "july"
            | "august"
            | "september"
            | "october"
            | "november"
            | "december"
            | "jan."
            | "feb."
            | "aug."
            | "sept."
            | "sep."
            | "oct."
            | "nov."
            | "dec."
    )
}

/// Nouns after a city name that make the phrase a place ("Baghdad airport").
fn is_place_noun(w: &str) -> bool {
    matches!(
        w,
        "airport"
            | "province"
            | "governorate"
            | "district"
            | "region"
            | "countryside"
            | "suburb"
            | "suburbs"
            | "outskirts"
            | "port"
            | "harbour"
            | "harbor"
            | "station"
            | "hotel"
            | "square"
            | "stadium"
            | "prison"
            | "jail"
            | "bridge"
            | "highway"
            | "road"
            | "street"
            | "municipality"
            | "county"
            | "area"
            | "metropolitan"
    )
}

/// Words after a hyphen that make the name before it a mere attribute of the
/// noun that follows: its backer, maker, origin or style ("U.N.-backed
/// government", "Russian-made jets", "Soviet-era tanks", "Russian-speaking
/// east"). In running text the compound is one token and no actor; a
/// pre-tokenised corpus spaces it ("U.N. - backed"), and the name must not
/// become an actor there either. Words that make the name the agent or holder
/// of the noun ("rebel-held town", "Taliban-claimed attack", "UN-brokered
/// truce", "Chinese-owned firm", "Iranian-flagged tanker") are not listed:
/// that name is what an event on the noun is about.
fn is_compound_tail(w: &str) -> bool {
    matches!(
        w,
        "backed"
            | "led"
            | "allied"
            | "aligned"
            | "affiliated"
            | "linked"
            | "funded"
            | "financed"
            | "sponsored"
            | "supported"
            | "trained"
            | "armed"
            | "equipped"
            | "inspired"
            | "based"
            | "made"
            | "built"
            | "produced"
            | "manufactured"
            | "designed"
            | "supplied"
            | "born"
            | "bred"
            | "educated"
            | "era"
            | "style"
            | "language"
            | "speaking"
            | "bound"
            | "friendly"
            | "leaning"
            | "oriented"
            | "minded"
            | "dominated"
    )
}

/// Does a sentence that says "the North" or "the South" of no named divided
/// country speak of the two Koreas? Since Vietnam's unification (1976) the
/// Koreas are the pair such news means when it names none, and it says so
/// with their words: their capitals, the Kims, the armistice line, defectors
/// ("the North's leader Kim", "talks with Seoul"); for "the North" also
/// missiles, nuclear arms, sanctions or its regime. "The South"
/// alone is often a region of one state (the American South), so there it
/// needs one of the first words, or "North" in the same sentence.
fn korea_cue(toks: &Tokens, north: bool, date: Option<NaiveDate>) -> bool {
    if date.is_some_and(|d| d < NaiveDate::from_ymd_opt(1976, 7, 2).unwrap_or(d)) {
        return false;
    }
    let strong = |w: &str| {
        matches!(
            w,
            "pyongyang"
                | "seoul"
                | "kim"
                | "dmz"
                | "armistice"
                | "demilitarized"
                | "demilitarised"
                | "defector"
                | "defectors"
                | "denuclearization"
                | "denuclearisation"
                | "inter-korean"
        )
    };
    let weak = |w: &str| {
        matches!(
            w,
            "nuclear" | "missile" | "missiles" | "sanctions" | "regime"
        )
    };
    let words = || (0..toks.len()).map(|t| toks.norm(t));
    words().any(strong) || (words().any(weak) && (north || words().any(|w| w == "north")))
}

/// Nouns for a body that "X-based" gives a country to when no role word
/// names it ("Pakistan-based groups", "a Gaza-based faction").
fn is_based_body(w: &str) -> bool {
    matches!(
        w,
        "group"
            | "groups"
            | "faction"
            | "factions"
            | "outfit"
            | "outfits"
            | "organisation"
            | "organisations"
            | "organization"
            | "organizations"
            | "network"
            | "networks"
            | "cell"
            | "cells"
    )
}

/// Prefixes before a hyphen that make the name after it an adjective of
/// attitude, not an actor: "anti-American protesters", "pro-Russian
/// separatists", "non-Muslim residents" (spaced as "anti - American" in
/// pre-tokenised corpora).
fn is_compound_prefix(w: &str) -> bool {
    matches!(
        w,
        "anti" | "pro" | "non" | "counter" | "post" | "pre" | "pan" | "neo" | "ultra" | "mid"
    )
}

/// Head nouns of a description of a country ("the impoverished Central
/// American nation", "the tiny Gulf monarchy", "the Himalayan kingdom").
/// Head words of a body's own name: "the Nigerian Medical Association",
/// "the Kenya National Farmers' Union", "the Arakan Liberation Front" (see
/// `Recogniser::named_bodies`).
fn is_body_head(w: &str) -> bool {
    matches!(
        w,
        "association"
            | "society"
            | "federation"
            | "confederation"
            | "union"
            | "syndicate"
            | "foundation"
            | "fund"
            | "institute"
            | "party"
            | "front"
            | "army"
            | "movement"
    )
}

/// The sector a word of a body's name gives it ("Medical Association" →
/// `HLH`, "Bar Association" → `JUD`, "Liberation Front" → `REB`).
fn body_sector(w: &str) -> Option<&'static str> {
    Some(match w {
        "liberation" => "REB",
        "medical" | "doctors" | "physicians" | "nurses" | "nursing" | "health" | "hospital"
        | "hospitals" | "pharmacists" | "dental" | "midwives" | "paramedics" => "HLH",
        "law" | "lawyers" | "bar" | "advocates" | "judges" | "magistrates" | "attorneys"
        | "jurists" => "JUD",
        "journalists" | "press" | "media" | "editors" | "broadcasters" | "publishers"
        | "correspondents" | "reporters" | "newspaper" | "newspapers" => "MED",
        "teachers" | "students" | "student" | "university" | "universities" | "academic"
        | "academics" | "scientists" | "science" | "sciences" | "research" | "researchers"
        | "education" | "educators" | "lecturers" | "professors" | "schools" => "EDU",
        "farmers" | "farm" | "farming" | "agricultural" | "agriculture" | "growers"
        | "peasants" | "fishermen" | "herders" | "pastoralists" | "livestock" | "dairy" => "AGR",
        "workers" | "labour" | "labor" | "mineworkers" | "miners" | "employees" | "dockworkers"
        | "drivers" => "LAB",
        "business" | "businesses" | "employers" | "industry" | "industries" | "industrialists"
        | "commerce" | "manufacturers" | "bankers" | "banks" | "banking" | "traders"
        | "exporters" | "importers" | "retailers" | "merchants" | "investors" | "investment"
        | "enterprises" | "entrepreneurs" | "shipowners" => "BUS",
        "rights" | "liberties" => "HRI",
        "environmental" | "environment" | "conservation" | "wildlife" | "climate" => "ENV",
        "churches" | "bishops" | "clerics" | "ulema" | "imams" | "rabbis" | "catholic"
        | "evangelical" => "REL",
        "refugees" => "REF",
        "humanitarian" | "relief" | "charitable" => "NGO",
        _ => return None,
    })
}

/// A role code as a static string (the roles a named body can take).
fn body_role_static(r: &str) -> &'static str {
    const ROLES: [&str; 24] = [
        "GOV", "MIL", "COP", "JUD", "LEG", "OPP", "REB", "INS", "SEP", "UAF", "CVL", "LAB", "BUS",
        "AGR", "EDU", "MED", "HLH", "REL", "REF", "HRI", "NGO", "DEV", "CRM", "ENV",
    ];
    ROLES.iter().find(|x| **x == r).copied().unwrap_or("")
}

fn is_description_head(w: &str) -> bool {
    matches!(
        w,
        "nation"
            | "country"
            | "state"
            | "kingdom"
            | "republic"
            | "emirate"
            | "sultanate"
            | "principality"
            | "monarchy"
            | "island"
            | "archipelago"
            | "city-state"
    )
}

/// Lower-case words that may describe a country before its head noun: any
/// adjective or hyphenated compound ("impoverished", "oil-rich", "war-torn")
/// except those that make the phrase something else ("the same country",
/// "a member state", "the welfare state", "the nation state").
fn is_description_word(w: &str) -> bool {
    w.len() >= 2
        && w.chars().all(|c| c.is_ascii_lowercase() || c == '-')
        && !w.starts_with('-')
        && !matches!(
            w,
            "same"
                | "other"
                | "another"
                | "first"
                | "second"
                | "third"
                | "fourth"
                | "last"
                | "next"
                | "previous"
                | "only"
                | "member"
                | "nation"
                | "home"
                | "welfare"
                | "deep"
                | "client"
                | "buffer"
                | "federal"
                | "islamic"
                | "jewish"
                | "one"
                | "two"
                | "three"
                | "each"
                | "every"
                | "any"
                | "no"
                | "and"
                | "or"
                | "of"
                | "in"
                | "to"
                | "for"
                | "with"
                | "as"
                | "that"
                | "which"
                | "his"
                | "her"
                | "its"
                | "their"
                | "our"
        )
        || w == "-"
}

/// CAMEO world-region codes of the region adjectives in countries.txt
/// ("Central American", "West African"): a description may carry them.
fn is_region_code(c: &str) -> bool {
    matches!(
        c,
        "AFR"
            | "ASA"
            | "BLK"
            | "CAS"
            | "EAF"
            | "EEU"
            | "EUR"
            | "LAM"
            | "MEA"
            | "NAF"
            | "NMR"
            | "SAM"
            | "SAS"
            | "SCN"
            | "SEA"
            | "WAF"
    )
}

const MONARCHIES: &[&str] = &[
    "SAU", "JOR", "MAR", "BHR", "THA", "KHM", "BTN", "NPL", "GBR", "ESP", "NLD", "BEL", "NOR",
    "SWE", "DNK", "SWZ", "LSO", "TON", "MYS", "BRN", "OMN", "KWT", "QAT", "ARE", "JPN", "LIE",
    "MCO", "LUX", "AND",
];
const ISLANDS: &[&str] = &[
    "JPN", "GBR", "IRL", "ISL", "CYP", "MLT", "LKA", "MDV", "MDG", "MUS", "SYC", "COM", "CPV",
    "STP", "BHR", "SGP", "IDN", "PHL", "TWN", "NZL", "PNG", "FJI", "SLB", "VUT", "WSM", "TON",
    "KIR", "TUV", "NRU", "MHL", "FSM", "PLW", "CUB", "JAM", "HTI", "DOM", "TTO", "BHS", "BRB",
    "ATG", "DMA", "GRD", "KNA", "LCA", "VCT", "TLS", "PRI", "GRL", "BMU", "NCL", "PYF",
];
const PACIFIC: &[&str] = &[
    "FJI", "SLB", "VUT", "WSM", "TON", "KIR", "TUV", "NRU", "MHL", "FSM", "PLW", "PNG", "NZL",
    "NCL", "PYF", "COK", "NIU", "TLS",
];
const CARIBBEAN: &[&str] = &[
    "CUB", "JAM", "HTI", "DOM", "TTO", "BHS", "BRB", "ATG", "DMA", "GRD", "KNA", "LCA", "VCT",
    "PRI", "BLZ", "GUY", "SUR", "CUW", "ABW",
];
const GULF: &[&str] = &["SAU", "ARE", "QAT", "KWT", "BHR", "OMN"];
const HIMALAYAN: &[&str] = &["NPL", "BTN"];
const ANDEAN: &[&str] = &["COL", "ECU", "PER", "BOL", "CHL", "VEN"];
const BALTIC: &[&str] = &["EST", "LVA", "LTU"];
const NORDIC: &[&str] = &["DNK", "FIN", "ISL", "NOR", "SWE"];
const BALKAN: &[&str] = &[
    "ALB", "BIH", "BGR", "HRV", "GRC", "MNE", "MKD", "SRB", "SVN", "ROU", "XKX", "YUG", "SCG",
];
const CAUCASUS: &[&str] = &["ARM", "AZE", "GEO"];
const ALPINE: &[&str] = &["CHE", "AUT", "LIE"];
const CENTRAL_ASIA: &[&str] = &["KAZ", "KGZ", "TJK", "TKM", "UZB"];
const SOUTHEAST_ASIA: &[&str] = &[
    "BRN", "KHM", "IDN", "LAO", "MYS", "MMR", "PHL", "SGP", "THA", "TLS", "VNM",
];
const SOUTH_ASIA: &[&str] = &["AFG", "BGD", "BTN", "IND", "MDV", "NPL", "PAK", "LKA"];
const CENTRAL_AMERICA: &[&str] = &["BLZ", "CRI", "SLV", "GTM", "HND", "NIC", "PAN"];
const SOUTH_AMERICA: &[&str] = &[
    "ARG", "BOL", "BRA", "CHL", "COL", "ECU", "GUY", "PRY", "PER", "SUR", "URY", "VEN",
];
const LATIN_AMERICA: &[&str] = &[
    "ARG", "BOL", "BRA", "CHL", "COL", "ECU", "GUY", "PRY", "PER", "SUR", "URY", "VEN", "BLZ",
    "CRI", "SLV", "GTM", "HND", "NIC", "PAN", "MEX", "CUB", "DOM", "HTI", "PRI",
];
const AFRICA: &[&str] = &[
    "DZA", "AGO", "BEN", "BWA", "BFA", "BDI", "CPV", "CMR", "CAF", "TCD", "COM", "COG", "COD",
    "CIV", "DJI", "EGY", "GNQ", "ERI", "SWZ", "ETH", "GAB", "GMB", "GHA", "GIN", "GNB", "KEN",
    "LSO", "LBR", "LBY", "MDG", "MWI", "MLI", "MRT", "MUS", "MAR", "MOZ", "NAM", "NER", "NGA",
    "RWA", "STP", "SEN", "SYC", "SLE", "SOM", "ZAF", "SSD", "SDN", "TZA", "TGO", "TUN", "UGA",
    "ZMB", "ZWE", "ESH",
];
const WEST_AFRICA: &[&str] = &[
    "BEN", "BFA", "CPV", "CIV", "GMB", "GHA", "GIN", "GNB", "LBR", "MLI", "MRT", "NER", "NGA",
    "SEN", "SLE", "TGO",
];
const EAST_AFRICA: &[&str] = &[
    "KEN", "TZA", "UGA", "RWA", "BDI", "SSD", "ETH", "ERI", "SOM", "DJI",
];
const CENTRAL_AFRICA: &[&str] = &["CMR", "CAF", "TCD", "COG", "COD", "GNQ", "GAB"];
const SOUTHERN_AFRICA: &[&str] = &[
    "ZAF", "NAM", "BWA", "ZWE", "ZMB", "MOZ", "MWI", "LSO", "SWZ", "AGO", "MDG",
];
const NORTH_AFRICA: &[&str] = &["DZA", "EGY", "LBY", "MAR", "TUN", "MRT", "SDN"];
const HORN_OF_AFRICA: &[&str] = &["ETH", "ERI", "DJI", "SOM", "SDN", "SSD"];
const SAHEL: &[&str] = &["MLI", "NER", "BFA", "TCD", "MRT", "SEN", "SDN"];
const ARAB: &[&str] = &[
    "DZA", "BHR", "COM", "DJI", "EGY", "IRQ", "JOR", "KWT", "LBN", "LBY", "MRT", "MAR", "OMN",
    "PSE", "QAT", "SAU", "SOM", "SDN", "SYR", "TUN", "ARE", "YEM",
];
const MIDDLE_EAST: &[&str] = &[
    "BHR", "EGY", "IRQ", "JOR", "KWT", "LBN", "OMN", "PSE", "QAT", "SAU", "SYR", "ARE", "YEM",
    "IRN", "ISR", "TUR", "CYP",
];
const FORMER_SOVIET: &[&str] = &[
    "ARM", "AZE", "BLR", "EST", "GEO", "KAZ", "KGZ", "LVA", "LTU", "MDA", "RUS", "TJK", "TKM",
    "UKR", "UZB",
];
const LANDLOCKED: &[&str] = &[
    "AFG", "AND", "ARM", "AUT", "AZE", "BLR", "BTN", "BOL", "BWA", "BFA", "BDI", "CAF", "TCD",
    "CZE", "ETH", "HUN", "KAZ", "KGZ", "LAO", "LSO", "LIE", "MWI", "MLI", "MDA", "MNG", "NPL",
    "NER", "MKD", "PRY", "RWA", "SMR", "SRB", "SSD", "SVK", "CHE", "TJK", "TKM", "UGA", "UZB",
    "VAT", "ZMB", "ZWE", "XKX", "SWZ",
];
const OIL_RICH: &[&str] = &[
    "SAU", "ARE", "KWT", "QAT", "IRQ", "IRN", "LBY", "NGA", "VEN", "BRN", "OMN", "AGO", "KAZ",
    "AZE", "DZA", "GAB", "GNQ", "TTO", "NOR", "RUS", "BHR", "SSD", "SDN", "TKM", "COG", "ECU",
    "GUY", "TCD",
];
const COMMUNIST: &[&str] = &["CHN", "PRK", "VNM", "LAO", "CUB", "USR"];
const NUCLEAR_ARMED: &[&str] = &[
    "USA", "RUS", "CHN", "GBR", "FRA", "IND", "PAK", "PRK", "ISR",
];

/// Which countries a description can stand for, by the words that
/// restrict it ("Himalayan", "island", "oil-rich", "West African",
/// "kingdom"); `None` when no word restricts it ("the impoverished nation").
/// Several words: the countries that fit them all.
fn description_fit(words: &[&str]) -> Option<Vec<&'static str>> {
    let mut fit: Option<Vec<&'static str>> = None;
    let mut add = |set: &'static [&'static str]| {
        fit = Some(match fit.take() {
            None => set.to_vec(),
            Some(f) => f.into_iter().filter(|c| set.contains(c)).collect(),
        });
    };
    for (k, w) in words.iter().enumerate() {
        let next = words.get(k + 1).copied().unwrap_or("");
        let prev = if k > 0 { words[k - 1] } else { "" };
        match *w {
            "himalayan" => add(HIMALAYAN),
            "andean" => add(ANDEAN),
            "gulf" => add(GULF),
            "baltic" => add(BALTIC),
            "nordic" | "scandinavian" => add(NORDIC),
            "balkan" | "balkans" => add(BALKAN),
            "caucasus" | "caucasian" => add(CAUCASUS),
            "alpine" => add(ALPINE),
            "caribbean" => add(CARIBBEAN),
            "pacific" => add(PACIFIC),
            "island" | "islands" | "archipelago" | "archipelagic" => add(ISLANDS),
            "kingdom" | "monarchy" => add(MONARCHIES),
            "emirate" => add(&["ARE", "QAT", "KWT"]),
            "sultanate" => add(&["OMN", "BRN"]),
            "landlocked" => add(LANDLOCKED),
            "oil-rich" | "energy-rich" | "gas-rich" | "petro-state" => add(OIL_RICH),
            "rich" if matches!(prev, "oil" | "energy" | "gas" | "-") => add(OIL_RICH),
            "communist" | "communist-ruled" => add(COMMUNIST),
            "nuclear-armed" => add(NUCLEAR_ARMED),
            "soviet" => add(FORMER_SOVIET),
            "arab" => add(ARAB),
            "sahel" | "sahelian" => add(SAHEL),
            "horn" => add(HORN_OF_AFRICA),
            "asian" if prev == "central" => add(CENTRAL_ASIA),
            "asian" if prev == "southeast" || prev == "south-east" => add(SOUTHEAST_ASIA),
            "asian" if prev == "south" => add(SOUTH_ASIA),
            "american" if prev == "central" => add(CENTRAL_AMERICA),
            "american" if prev == "south" => add(SOUTH_AMERICA),
            "american" if prev == "latin" => add(LATIN_AMERICA),
            "african" => match prev {
                "west" | "western" => add(WEST_AFRICA),
                "east" | "eastern" => add(EAST_AFRICA),
                "central" => add(CENTRAL_AFRICA),
                "southern" => add(SOUTHERN_AFRICA),
                "north" | "northern" => add(NORTH_AFRICA),
                _ => add(AFRICA),
            },
            "middle" if next == "eastern" || next == "east" => add(MIDDLE_EAST),
            "mideast" => add(MIDDLE_EAST),
            _ => {}
        }
    }
    fit
}

/// Kin words: "families of ...", "relatives of ..." are civilians of their own.
fn is_kin_noun(w: &str) -> bool {
    matches!(
        w,
        "families"
            | "family"
            | "relatives"
            | "relative"
            | "parents"
            | "mothers"
            | "widows"
            | "members"
    )
}

/// Tokens that may stand between coordinated actors.
/// Words that make a run of capitalised words the name of a place, body,
/// event or thing rather than of a person ("Deir Hafer", "Rock Machine",
/// "Euphrates Shield", "Hurricane Ida", "Tal Afar").
fn is_not_personal_name(w: &str) -> bool {
    is_place_noun(w)
        || is_institution_noun(w)
        || is_unit_noun(w)
        || matches!(
            w,
            "city"
                | "town"
                | "village"
                | "camp"
                | "base"
                | "airbase"
                | "river"
                | "sea"
                | "gulf"
                | "lake"
                | "ocean"
                | "bay"
                | "island"
                | "islands"
                | "peninsula"
                | "mountain"
                | "mountains"
                | "mount"
                | "hill"
                | "hills"
                | "valley"
                | "desert"
                | "forest"
                | "park"
                | "heights"
                | "plain"
                | "plains"
                | "farms"
                | "fields"
                | "springs"
                | "canal"
                | "strait"
                | "straits"
                | "coast"
                | "border"
                | "state"
                | "republic"
                | "kingdom"
                | "province"
                | "governorate"
                | "county"
                | "north"
                | "south"
                | "east"
                | "west"
                | "northern"
                | "southern"
                | "eastern"
                | "western"
                | "central"
                | "upper"
                | "lower"
                | "greater"
                | "new"
                | "old"
                | "saint"
                | "st."
                | "san"
                | "santa"
                | "port"
                | "fort"
                | "tal"
                | "tel"
                | "tell"
                | "jabal"
                | "jebel"
                | "wadi"
                | "kafr"
                | "khan"
                | "deir"
                | "beit"
                | "ain"
                | "ras"
                | "bab"
                | "bir"
                | "qasr"
                | "hayy"
                | "souq"
                | "marj"
                | "nahr"
                | "jisr"
                | "university"
                | "college"
                | "school"
                | "academy"
                | "institute"
                | "hospital"
                | "center"
                | "centre"
                | "museum"
                | "church"
                | "mosque"
                | "temple"
                | "cathedral"
                | "palace"
                | "house"
                | "hall"
                | "building"
                | "tower"
                | "project"
                | "plan"
                | "act"
                | "law"
                | "bill"
                | "treaty"
                | "accord"
                | "accords"
                | "agreement"
                | "day"
                | "war"
                | "cup"
                | "games"
                | "olympics"
                | "news"
                | "times"
                | "post"
                | "daily"
                | "television"
                | "radio"
                | "online"
                | "press"
                | "forces"
                | "front"
                | "brigades"
                | "army"
                | "police"
                | "services"
                | "foundation"
                | "society"
                | "network"
                | "fund"
                | "corp"
                | "corp."
                | "inc"
                | "inc."
                | "ltd"
                | "airlines"
                | "airways"
                | "shield"
                | "operation"
                | "hurricane"
                | "typhoon"
                | "cyclone"
                | "storm"
                | "tropical"
                | "covid"
                | "ebola"
                | "national"
                | "international"
                | "federal"
                | "royal"
                | "islamic"
                | "democratic"
                | "republican"
                | "popular"
                | "revolutionary"
                | "liberation"
                | "united"
                | "supreme"
                | "general"
                | "high"
                | "world"
                | "global"
                | "american"
                | "grand"
                | "great"
                | "little"
                | "big"
                | "red"
                | "black"
                | "white"
                | "green"
                | "blue"
                | "golden"
                | "holy"
                | "sacred"
                | "club"
                | "team"
                | "fc"
                | "league"
                | "open"
                | "championship"
                | "prize"
                | "award"
                | "festival"
                | "summit"
                | "conference"
                | "forum"
                | "market"
                | "exchange"
                | "index"
                | "street"
                | "avenue"
                | "checkpoint"
                | "crossing"
                | "gate"
                | "dam"
                | "field"
                | "stadium"
                | "circle"
                | "zone"
                | "sector"
                | "weekly"
                | "tribune"
                | "herald"
                | "gazette"
                | "journal"
                | "magazine"
                | "tv"
                | "channel"
                | "trust"
                | "declaration"
                | "convention"
        )
}

/// Adverbs and conjunctions that may open a sentence before its subject's
/// name ("Meanwhile Jane Roe said", "But Roe denied it").
fn is_sentence_opener(w: &str) -> bool {
    matches!(
        w,
        "but"
            | "and"
            | "meanwhile"
            | "however"
            | "also"
            | "still"
            | "yet"
            | "then"
            | "now"
            | "so"
            | "later"
            | "earlier"
            | "separately"
            | "elsewhere"
            | "instead"
            | "finally"
    )
}

/// Words that open a clause or a quantity, never a personal name, when
/// capitalised at the start of a sentence ("When Roe arrived", "Several
/// Acme employees", "After Roe's arrest").
fn is_clause_opener(w: &str) -> bool {
    matches!(
        w,
        "when"
            | "while"
            | "whilst"
            | "if"
            | "as"
            | "because"
            | "since"
            | "after"
            | "before"
            | "although"
            | "though"
            | "until"
            | "unless"
            | "once"
            | "where"
            | "whether"
            | "despite"
            | "amid"
            | "during"
            | "under"
            | "with"
            | "without"
            | "for"
            | "from"
            | "in"
            | "on"
            | "at"
            | "by"
            | "to"
            | "of"
            | "like"
            | "unlike"
            | "several"
            | "many"
            | "some"
            | "most"
            | "few"
            | "all"
            | "both"
            | "each"
            | "every"
            | "other"
            | "another"
            | "no"
            | "any"
            | "such"
            | "his"
            | "her"
            | "their"
            | "its"
            | "our"
            | "my"
            | "your"
            | "thousands"
            | "hundreds"
            | "dozens"
            | "scores"
            | "not"
            | "only"
            | "even"
    )
}

/// Lower-case words inside personal names ("da Silva", "bin Ali", "van der
/// Berg", "al-Tikriti").
fn is_name_particle(w: &str) -> bool {
    matches!(
        w,
        "da" | "de"
            | "do"
            | "dos"
            | "das"
            | "del"
            | "della"
            | "di"
            | "du"
            | "van"
            | "von"
            | "der"
            | "den"
            | "al"
            | "el"
            | "bin"
            | "ibn"
            | "bint"
            | "ben"
            | "la"
            | "le"
            | "y"
    )
}

/// Verbs whose object is usually a person: a name no dictionary knows after
/// one of them is a person ("arrested Jane Roe"). Verbs that as often take a
/// place or a thing ("attacked", "captured", "entered", "hit", "visited")
/// are left out.
fn is_person_object_verb(w: &str) -> bool {
    matches!(
        w,
        "arrested"
            | "arrests"
            | "arresting"
            | "detained"
            | "detains"
            | "detaining"
            | "kidnapped"
            | "kidnaps"
            | "kidnapping"
            | "abducted"
            | "abducts"
            | "abducting"
            | "killed"
            | "kills"
            | "killing"
            | "murdered"
            | "assassinated"
            | "executed"
            | "shot"
            | "wounded"
            | "injured"
            | "beat"
            | "beheaded"
            | "tortured"
            | "freed"
            | "frees"
            | "released"
            | "releases"
            | "pardoned"
            | "pardons"
            | "jailed"
            | "jails"
            | "imprisoned"
            | "sentenced"
            | "sentences"
            | "convicted"
            | "acquitted"
            | "indicted"
            | "charged"
            | "charges"
            | "prosecuted"
            | "sued"
            | "summoned"
            | "questioned"
            | "interrogated"
            | "extradited"
            | "deported"
            | "expelled"
            | "accused"
            | "accuses"
            | "blamed"
            | "blames"
            | "criticised"
            | "criticized"
            | "criticises"
            | "criticizes"
            | "condemned"
            | "praised"
            | "thanked"
            | "congratulated"
            | "met"
            | "meets"
            | "hosted"
            | "hosts"
            | "welcomed"
            | "appointed"
            | "appoints"
            | "nominated"
            | "nominates"
            | "dismissed"
            | "fired"
            | "sacked"
            | "suspended"
            | "replaced"
            | "elected"
            | "endorsed"
            | "endorses"
            | "urged"
            | "urges"
            | "warned"
            | "warns"
            | "told"
            | "asked"
            | "invited"
            | "invites"
            | "telephoned"
            | "phoned"
            | "hanged"
            | "stabbed"
            | "rescued"
            | "hired"
            | "honoured"
            | "honored"
            | "interviewed"
    )
}

/// Irregular verbs and auxiliaries that may follow a subject's name ("Jane Roe
/// said", "John Doe was arrested", "Roe met ...").
fn is_verb_after_name(w: &str) -> bool {
    matches!(
        w,
        "said"
            | "told"
            | "was"
            | "is"
            | "has"
            | "had"
            | "have"
            | "will"
            | "would"
            | "could"
            | "can"
            | "may"
            | "might"
            | "must"
            | "should"
            | "shall"
            | "did"
            | "does"
            | "met"
            | "made"
            | "took"
            | "gave"
            | "led"
            | "held"
            | "won"
            | "lost"
            | "sent"
            | "left"
            | "went"
            | "came"
            | "saw"
            | "fled"
            | "shot"
            | "hit"
            | "put"
            | "set"
            | "cut"
            | "became"
            | "began"
            | "wrote"
            | "spoke"
            | "ran"
            | "paid"
            | "sought"
            | "fought"
            | "brought"
            | "struck"
            | "stood"
            | "kept"
            | "quit"
            | "also"
            | "never"
            | "earlier"
            | "later"
            | "again"
            | "then"
            | "already"
            | "himself"
            | "herself"
    )
}

/// A sentence written in capitals or in title case: no word is in lower
/// case but short function words ("ISRAELI TROOPS SHOOT TWO PROTESTERS",
/// "Police Arrest Opposition Leader in Capital").
fn is_case_blind(text: &str, toks: &Tokens) -> bool {
    let mut words = 0;
    for (i, t) in toks.toks.iter().enumerate() {
        let Some(c) = text[t.start..t.end].chars().next() else {
            continue;
        };
        if !c.is_alphabetic() {
            continue;
        }
        words += 1;
        if c.is_lowercase() && !is_title_function_word(toks.norm(i)) {
            return false;
        }
    }
    words >= 4
}

/// Role parts of actors outside a state's own institutions.
fn is_non_state_role(r: &str) -> bool {
    matches!(
        r,
        "REB"
            | "INS"
            | "SEP"
            | "UAF"
            | "CRM"
            | "PTY"
            | "OPP"
            | "RAD"
            | "HRI"
            | "REL"
            | "LAB"
            | "AGR"
    )
}

/// Common English words that are also written in capitals as the short form
/// of an actor ("US", "IS", "WHO", "ICE", "CARE", "LET", "PAN"). In a sentence
/// written all in capitals the case says nothing, so such a short form needs
/// support to be read as the actor ("ICE STORM" is weather, "THE PROTEST IS
/// OVER" has no Islamic State).
fn is_common_word(w: &str) -> bool {
    matches!(
        w,
        "us" | "is"
            | "it"
            | "who"
            | "ice"
            | "care"
            | "let"
            | "mud"
            | "pan"
            | "pas"
            | "tip"
            | "fry"
            | "mend"
            | "model"
            | "fact"
            | "aid"
            | "am"
            | "an"
            | "as"
            | "at"
            | "be"
            | "by"
            | "do"
            | "go"
            | "he"
            | "if"
            | "in"
            | "me"
            | "my"
            | "no"
            | "of"
            | "on"
            | "or"
            | "so"
            | "to"
            | "up"
            | "we"
            | "ban"
            | "bar"
            | "can"
            | "cap"
            | "fed"
            | "key"
            | "man"
            | "may"
            | "net"
            | "new"
            | "not"
            | "now"
            | "one"
            | "our"
            | "out"
            | "run"
            | "sun"
            | "top"
            | "war"
            | "win"
            | "act"
            | "aim"
            | "air"
            | "all"
            | "arm"
            | "art"
            | "ask"
            | "end"
            | "oil"
            | "owl"
            | "pace"
            | "hope"
            | "sane"
            | "safe"
            | "save"
            | "move"
            | "help"
            | "hand"
            | "free"
            | "fair"
            | "just"
            | "wing"
            | "rise"
            | "vote"
            | "voice"
            | "unity"
            | "peace"
            | "alba"
    )
}

/// Short words that title-case headlines leave in lower case ("Troops Pull
/// Out of the City", "Talks With the Rebels in Doha").
fn is_title_function_word(w: &str) -> bool {
    matches!(
        w,
        "a" | "an"
            | "the"
            | "and"
            | "or"
            | "nor"
            | "but"
            | "of"
            | "in"
            | "on"
            | "at"
            | "to"
            | "for"
            | "by"
            | "with"
            | "from"
            | "as"
            | "into"
            | "onto"
            | "over"
            | "off"
            | "out"
            | "up"
            | "via"
            | "vs"
            | "vs."
            | "per"
            | "amid"
            | "after"
            | "near"
            | "against"
    )
}

fn is_coordinator(s: &str) -> bool {
    matches!(
        s,
        "," | "and" | "or" | "nor" | "&" | "as" | "well" | "both" | "either" | "neither"
    )
}

/// Roles that "ROLE in COUNTRY" gives the country to ("police in Kenya"),
/// unlike troops or refugees, who are often foreign to where they are.
fn role_takes_in(role: &str) -> bool {
    matches!(
        role,
        "GOV"
            | "COP"
            | "JUD"
            | "LEG"
            | "OPP"
            | "CVL"
            | "BUS"
            | "EDU"
            | "MED"
            | "LAB"
            | "AGR"
            | "HLH"
            | "REL"
    )
}

/// Tokens of a possessive at `t`: "'s" (one token), or "' s" as a pre-tokenised
/// corpus spaces it ("Britain ' s army", "Myanmar ’ s army"): two; else none.
fn possessive_len(toks: &Tokens, t: usize) -> usize {
    if t >= toks.len() {
        0
    } else if toks.norm(t) == "'s" {
        1
    } else if toks.norm(t) == "'" && t + 1 < toks.len() && toks.norm(t + 1) == "s" {
        2
    } else {
        0
    }
}

/// Nouns after a religion word that name the community itself ("the
/// Christian community", "the Sunni minority").
fn is_community_noun(w: &str) -> bool {
    matches!(
        w,
        "community"
            | "communities"
            | "minority"
            | "minorities"
            | "majority"
            | "population"
            | "populations"
            | "faithful"
            | "believers"
            | "sect"
            | "sects"
            | "congregation"
            | "congregations"
    )
}

/// Nouns that a role word only qualifies: "military aid", "army exercises",
/// "government plans", "police operation". The role word is then an
/// adjective, not an actor (bases, convoys or posts stay actors: they are
/// what an attack hits).
fn is_modified_noun(w: &str) -> bool {
    matches!(
        w,
        "aid"
            | "assistance"
            | "equipment"
            | "hardware"
            | "operation"
            | "operations"
            | "offensive"
            | "campaign"
            | "exercise"
            | "exercises"
            | "drill"
            | "drills"
            | "spending"
            | "budget"
            | "budgets"
            | "expenditure"
            | "cooperation"
            | "co-operation"
            | "ties"
            | "presence"
            | "intervention"
            | "training"
            | "sales"
            | "doctrine"
            | "strategy"
            | "capabilities"
            | "capability"
            | "buildup"
            | "build-up"
            | "escalation"
            | "option"
            | "options"
            | "solution"
            | "action"
            | "activity"
            | "activities"
            | "policy"
            | "policies"
            | "programme"
            | "program"
            | "funding"
            | "procurement"
            | "parade"
            | "technology"
            | "secrets"
    )
}

/// "105th", "4th", "1st", "22nd", "3rd".
fn is_ordinal(w: &str) -> bool {
    let digits = w.bytes().take_while(u8::is_ascii_digit).count();
    digits > 0 && matches!(&w[digits..], "st" | "nd" | "rd" | "th")
}

/// The last word of a numbered military unit's name.
fn is_unit_noun(w: &str) -> bool {
    matches!(
        w,
        "brigade"
            | "brigades"
            | "division"
            | "divisions"
            | "battalion"
            | "battalions"
            | "regiment"
            | "regiments"
            | "corps"
            | "army"
            | "fleet"
            | "squadron"
            | "squadrons"
            | "airborne"
            | "infantry"
            | "marines"
            | "armoured"
            | "armored"
    )
}

/// An age in apposition at token `t`: ", 34," / ", 34." or "(34)".
fn age_after(toks: &Tokens, t: usize) -> bool {
    let n = toks.len();
    if t + 1 >= n {
        return false;
    }
    let age = toks
        .norm(t + 1)
        .parse::<u32>()
        .is_ok_and(|a| (1..=110).contains(&a));
    let after = (t + 2 < n).then(|| toks.norm(t + 2));
    age && match toks.norm(t) {
        "," => after.is_none_or(|w| matches!(w, "," | "." | ";")),
        "(" => after == Some(")"),
        _ => false,
    }
}

/// Nouns that "family" only qualifies: "family home", "family planning".
fn is_family_compound(w: &str) -> bool {
    matches!(
        w,
        "home"
            | "homes"
            | "house"
            | "houses"
            | "compound"
            | "farm"
            | "car"
            | "planning"
            | "business"
            | "businesses"
            | "firm"
            | "company"
            | "feud"
            | "feuds"
            | "friend"
            | "friends"
            | "law"
            | "laws"
            | "values"
            | "doctor"
            | "doctors"
            | "affairs"
            | "tree"
            | "name"
            | "life"
            | "ties"
            | "matters"
            | "reunion"
            | "reunions"
            | "reunification"
            | "income"
            | "incomes"
            | "unit"
            | "units"
            | "dispute"
            | "disputes"
            | "members"
            | "member"
            | "vacation"
            | "holiday"
            | "fortune"
            | "wealth"
            | "dynasty"
            | "history"
            | "size"
            | "violence"
    )
}

/// Is a mention ending at token `end` the subject of the verb before an
/// object pronoun at `pron`? Only a short verb group stands between them
/// ("parliament approved it", "authorities have arrested them"): an object
/// pronoun does not stand for its own verb's subject.
fn is_subject_of(toks: &Tokens, end: usize, pron: usize) -> bool {
    pron > end
        && pron - end <= 4
        && (end..pron).all(|t| {
            let w = toks.norm(t);
            !toks.toks[t].is_punct()
                && !matches!(
                    w,
                    "and"
                        | "or"
                        | "but"
                        | "of"
                        | "to"
                        | "with"
                        | "from"
                        | "by"
                        | "for"
                        | "in"
                        | "on"
                        | "at"
                        | "against"
                        | "that"
                        | "who"
                        | "which"
                        | "after"
                        | "before"
                )
        })
}

/// Does a mention carry its own country ("Tanzania", "Japan's prime
/// minister"), not one guessed from the article like a bare role or a
/// pronoun's?
fn named_country(m: &Mention) -> bool {
    m.country.is_some() && m.confidence > 0.6
}

/// Is the subject "it" at token `i` a real actor, not the expletive of "it
/// is expected", "it was not clear", "it seems", "it would be", "it takes
/// time"? The verb after it (past a modal or "has" and a "not" or adverb)
/// must be a verb of doing or saying.
fn referential_it(toks: &Tokens, i: usize) -> bool {
    let mut j = i + 1;
    let mut aux = false;
    while j < toks.len()
        && matches!(
            toks.norm(j),
            "would"
                | "will"
                | "could"
                | "can"
                | "may"
                | "might"
                | "should"
                | "must"
                | "has"
                | "had"
                | "have"
                | "does"
                | "did"
                | "not"
                | "never"
                | "also"
                | "again"
                | "already"
                | "still"
                | "later"
                | "then"
                | "now"
                | "n't"
        )
    {
        aux = true;
        j += 1;
    }
    if j >= toks.len() || toks.toks[j].is_punct() || toks.toks[j].is_cap() {
        return false;
    }
    let v = toks.norm(j);
    if matches!(
        v,
        "is" | "was"
            | "'s"
            | "be"
            | "been"
            | "being"
            | "are"
            | "were"
            | "seems"
            | "seemed"
            | "seem"
            | "appears"
            | "appeared"
            | "appear"
            | "remains"
            | "remained"
            | "remain"
            | "becomes"
            | "became"
            | "become"
            | "takes"
            | "took"
            | "take"
            | "taken"
            | "means"
            | "meant"
            | "mean"
            | "matters"
            | "matter"
            | "makes"
            | "made"
            | "make"
            | "looks"
            | "looked"
            | "look"
            | "happened"
            | "happens"
            | "happen"
            | "comes"
            | "came"
            | "come"
            | "goes"
            | "went"
            | "go"
            | "gone"
            | "depends"
            | "depend"
            | "emerged"
            | "turned"
            | "turns"
            | "follows"
            | "followed"
            | "occurred"
            | "helps"
            | "helped"
            | "help"
            | "costs"
            | "cost"
            | "feels"
            | "felt"
            | "sounds"
            | "worth"
            | "rained"
            | "snowed"
    ) {
        return false;
    }
    // A verb: a past or present form, or any word after a modal or "has".
    SPEECH.contains(&v)
        || aux
        || v.ends_with("ed")
        || (v.ends_with('s') && !v.ends_with("ss") && v.len() > 3)
        || matches!(
            v,
            "sent"
                | "told"
                | "won"
                | "lost"
                | "began"
                | "held"
                | "led"
                | "left"
                | "sought"
                | "struck"
                | "shot"
                | "fought"
                | "bought"
                | "sold"
                | "met"
                | "kept"
                | "paid"
                | "withdrew"
                | "drew"
                | "threw"
                | "gave"
                | "brought"
                | "spent"
                | "hit"
                | "set"
                | "cut"
                | "let"
                | "put"
                | "quit"
                | "bid"
                | "rejected"
        )
}

/// Singular role heads that name an institution, not a person: "it" may
/// stand for them, "him"/"her" may not.
/// Words after a hyphen that make the name before it the holder or agent of
/// the noun that follows ("rebel-held", "Taliban-controlled", "UN-brokered").
fn is_agent_tail(w: &str) -> bool {
    matches!(
        w,
        "held"
            | "controlled"
            | "run"
            | "occupied"
            | "brokered"
            | "mediated"
            | "claimed"
            | "ruled"
            | "administered"
            | "governed"
            | "owned"
            | "operated"
            | "imposed"
            | "besieged"
    )
}

/// Nouns for a ship, after a flag ("a Liberian-flagged oil tanker").
fn is_vessel_noun(w: &str) -> bool {
    matches!(
        w,
        "tanker"
            | "tankers"
            | "supertanker"
            | "ship"
            | "ships"
            | "vessel"
            | "vessels"
            | "freighter"
            | "freighters"
            | "carrier"
            | "carriers"
            | "containership"
            | "boat"
            | "boats"
            | "trawler"
            | "trawlers"
            | "ferry"
            | "ferries"
            | "yacht"
            | "dhow"
            | "barge"
            | "tug"
            | "tugboat"
            | "liner"
    )
}

/// Role parts of armed non-state actors, for "the militants" / "the rebels"
/// read as the one armed group the article has named.
fn is_armed_role(r: &str) -> bool {
    matches!(r, "INS" | "REB" | "SEP" | "UAF")
}

fn is_institution_noun(w: &str) -> bool {
    matches!(
        w,
        "government"
            | "army"
            | "military"
            | "police"
            | "navy"
            | "ministry"
            | "court"
            | "parliament"
            | "council"
            | "office"
            | "agency"
            | "regime"
            | "administration"
            | "cabinet"
            | "commission"
            | "committee"
            | "service"
            | "department"
            | "embassy"
            | "junta"
            | "congress"
            | "senate"
            | "assembly"
            | "legislature"
            | "party"
            | "opposition"
            | "company"
            | "firm"
            | "bank"
            | "union"
            | "coalition"
            | "alliance"
            | "force"
            | "guard"
            | "gendarmerie"
            | "presidency"
            | "leadership"
            | "authority"
            | "movement"
            | "group"
            | "militia"
            | "organisation"
            | "organization"
            | "corps"
    )
}

/// Roles that speak or act for whoever follows "for": "a spokesman for the
/// Taliban", "an envoy for the United Nations".
fn is_agent_role(w: &str) -> bool {
    matches!(
        w,
        "spokesman"
            | "spokeswoman"
            | "spokesperson"
            | "spokesmen"
            | "spokespeople"
            | "representative"
            | "representatives"
            | "envoy"
            | "envoys"
            | "negotiator"
            | "negotiators"
    )
}

/// People who act or speak for the body named before them: "government
/// negotiators", "rebel officials", "army delegation". The body gives the role.
fn is_generic_agent(w: &str) -> bool {
    is_agent_role(w)
        || matches!(
            w,
            "delegation"
                | "delegations"
                | "delegate"
                | "delegates"
                | "official"
                | "officials"
                | "mediator"
                | "mediators"
                | "emissary"
                | "emissaries"
        )
}

/// `country` + role + religion: the role (CVL for the community itself) stays in
/// the fourth to sixth characters, where code consumers read it, and the religion
/// follows ("Shiite militia" → `---UAFMOSSHI`, "Iraqi Christians" → `IRQCVLCHR`).
fn religion_code(country: &str, rel: &str, role: Option<&str>) -> CompactString {
    let mut s = CompactString::with_capacity(15);
    s.push_str(country);
    s.push_str(role.unwrap_or("CVL"));
    s.push_str(rel);
    s
}

/// The readings of one same-length tie: entry and its article score.
type TieReadings = SmallVec<[(u32, i64); 2]>;
/// A tie between readings of different countries: the index of its `Raw`
/// and the readings, settled once the whole sentence has been read.
type Tie = (usize, TieReadings);

#[derive(Debug, Clone)]
struct Raw {
    start: usize,
    end: usize,
    entry: u32,
    /// A place before "-based" ("Pakistan-based militants", "a London -
    /// based group"): it gives its country to the role after it and is no
    /// actor alone.
    based: bool,
}

/// The recogniser: a loaded dictionary plus matching logic. Cheap to share
/// across threads; keeps no per-article state (that lives in [`ArticleContext`]).
pub struct Recogniser<'d> {
    dict: &'d ActorDict,
    /// The context entry "the nation" (`-`): the entry a description of a
    /// country that the dictionary does not list word for word stands on
    /// ("the impoverished Central American nation", "the tiny Gulf
    /// monarchy").
    description: Option<u32>,
    /// The role entry "civilian": the rule a private person named with an
    /// age ("Jane Roe, 34,") is coded by.
    civilian: Option<u32>,
    /// The role entry "troops": the rule a numbered unit ("the 105th
    /// Brigade") is coded by.
    troops: Option<u32>,
}

impl<'d> Recogniser<'d> {
    pub fn new(dict: &'d ActorDict) -> Self {
        // The first phrase (in dictionary order) starting with `first` that
        // `keep` accepts: looked up through the first-word index, because a
        // scan of every phrase cost ~6% of coding an article (one
        // recogniser is made per article).
        let first_phrase = |first: &str, keep: &dyn Fn(&Phrase) -> bool| {
            let slot = dict.index.get(first)?;
            slot.multi
                .iter()
                .chain(slot.single.iter())
                .map(|e| e.pid)
                .filter(|&pid| keep(&dict.phrases[pid as usize]))
                .min()
                .map(|pid| dict.phrases[pid as usize].entry)
        };
        let description = first_phrase("the", &|p| {
            dict.entry(p.entry).kind == Kind::Context
                && dict.entry(p.entry).code_at(None) == "-"
                && p.tokens.len() == 2
                && &*p.tokens[1] == "nation"
        });
        let role_word = |w: &str| {
            first_phrase(w, &|p| {
                dict.entry(p.entry).kind == Kind::Role && p.tokens.len() == 1
            })
        };
        Recogniser {
            dict,
            description,
            civilian: role_word("civilian"),
            troops: role_word("troops"),
        }
    }

    pub fn dict(&self) -> &ActorDict {
        self.dict
    }

    fn is_cap(text: &str, toks: &Tokens, i: usize) -> bool {
        let t = &toks.toks[i];
        text[t.start..t.end]
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
    }

    fn is_lower(text: &str, toks: &Tokens, i: usize) -> bool {
        let t = &toks.toks[i];
        text[t.start..t.end]
            .chars()
            .next()
            .is_some_and(|c| c.is_lowercase())
    }

    /// The role part of a one-word role entry ("forces" → `MIL`), if `w` is one.
    fn one_word_role(&self, w: &str) -> Option<&'d str> {
        let slot = self.dict.index.get(w)?;
        slot.single.iter().find_map(|ie| {
            let p = &self.dict.phrases[ie.pid as usize];
            let e = self.dict.entry(p.entry);
            (e.kind == Kind::Role && p.tokens.len() == 1 && p.exact.is_none())
                .then(|| e.code_at(None))
        })
    }

    /// Whether a dictionary phrase of one of `kinds` starts at token `i`.
    fn starts_kind(&self, toks: &Tokens, i: usize, kinds: &[Kind]) -> bool {
        let n = toks.len();
        if i >= n {
            return false;
        }
        let Some(cands) = self.dict.index.get(toks.norm(i)) else {
            return false;
        };
        let next_hash = if i + 1 < n {
            token_hash(toks.norm(i + 1))
        } else {
            0
        };
        cands.candidates(next_hash).any(|ie| {
            let p = &self.dict.phrases[ie.pid as usize];
            let len = p.tokens.len();
            i + len <= n
                && p.exact.is_none()
                && !p.surname_only
                && kinds.contains(&self.dict.entry(p.entry).kind)
                && (1..len).all(|k| toks.norm(i + k) == &*p.tokens[k])
        })
    }

    /// In a sentence all in capitals, a one-word short form that is also a
    /// common English word ("US", "IS", "WHO", "ICE") is the actor only with
    /// support: the article has named it in running text before, a role word
    /// follows ("US TROOPS", "ICE AGENTS"), or it is listed with another named
    /// actor ("US AND CHINA", "US, EU").
    fn caps_word_supported(
        &self,
        toks: &Tokens,
        i: usize,
        entry: u32,
        ctx: &ArticleContext,
    ) -> bool {
        if ctx.seen_entries.contains(&entry) {
            return true;
        }
        if self.starts_kind(toks, i + 1, &[Kind::Role]) {
            return true;
        }
        let named = [
            Kind::Country,
            Kind::Adjective,
            Kind::Capital,
            Kind::Org,
            Kind::Group,
            Kind::Person,
            Kind::Metonym,
        ];
        let listed_after = i + 2 < toks.len()
            && matches!(toks.norm(i + 1), "and" | "," | "&")
            && self.starts_kind(toks, i + 2, &named);
        let listed_before = i >= 2
            && matches!(toks.norm(i - 1), "and" | "," | "&")
            && (0..i - 1).any(|a| {
                self.starts_kind(toks, a, &named) && {
                    // the named actor must end right before the joining word
                    let Some(c) = self.dict.index.get(toks.norm(a)) else {
                        return false;
                    };
                    let nh = token_hash(toks.norm(a + 1));
                    c.candidates(nh).any(|ie| {
                        let p = &self.dict.phrases[ie.pid as usize];
                        let len = p.tokens.len();
                        a + len == i - 1
                            && p.exact.is_none()
                            && (1..len).all(|k| toks.norm(a + k) == &*p.tokens[k])
                    })
                }
            });
        listed_after || listed_before
    }

    fn raw_matches(&self, text: &str, toks: &Tokens, ctx: &ArticleContext, out: &mut Vec<Raw>) {
        let n = toks.len();
        // All in capitals: every word of two letters or more is upper case.
        let all_caps = is_case_blind(text, toks)
            && toks.toks.iter().all(|t| {
                let w = &text[t.start..t.end];
                !w.chars().any(|c| c.is_lowercase())
            });
        // Readings of equal length with different countries ("Georgia" the
        // country or the US state, "National Defence Forces" in Ethiopia or
        // in Syria): the out index and the candidates with their article
        // scores, settled once the whole sentence is read (a place named
        // later counts too).
        let mut ties: SmallVec<[Tie; 1]> = SmallVec::new();
        // Surnames read alone before their full name (indices in `out`).
        let mut lone: SmallVec<[usize; 2]> = SmallVec::new();
        // "New York-based", "Abu Dhabi-based": a place of two or three words
        // whose last is written joined to "-based". Looked for only in a
        // sentence that has "-based" at all (one memchr pass over its bytes).
        let has_based = n > 0 && {
            let hay = text
                .get(toks.toks[0].start..toks.toks[n - 1].end)
                .unwrap_or("");
            let mut from = 0;
            let mut found = false;
            while let Some(p) = hay[from..].find('-') {
                let q = from + p;
                if hay
                    .as_bytes()
                    .get(q + 1..q + 6)
                    .is_some_and(|w| w.eq_ignore_ascii_case(b"based"))
                {
                    found = true;
                    break;
                }
                from = q + 1;
            }
            found
        };
        let mut i = 0;
        while i < n {
            let based_multi = if has_based {
                self.based_place_multi(text, toks, i)
            } else {
                None
            };
            if let Some((e, len)) = based_multi {
                out.push(Raw {
                    start: i,
                    end: i + len,
                    entry: e,
                    based: true,
                });
                i += len;
                continue;
            }
            let mut best_len = 0;
            let mut best: Option<u32> = None;
            let mut best_score = i64::MIN;
            let mut best_lone = false;
            let mut equal: TieReadings = SmallVec::new();
            if let Some(cands) = self.dict.index.get(toks.norm(i)) {
                let next_hash = if i + 1 < n {
                    token_hash(toks.norm(i + 1))
                } else {
                    0
                };
                for ie in cands.candidates(next_hash) {
                    let len = ie.len as usize;
                    if len < best_len {
                        break;
                    }
                    if i + len > n || (len >= 2 && ie.second != next_hash) {
                        continue;
                    }
                    let pid = ie.pid;
                    let p = &self.dict.phrases[pid as usize];
                    if !(1..len).all(|k| toks.norm(i + k) == &*p.tokens[k]) {
                        continue;
                    }
                    if let Some(exact) = &p.exact {
                        let ok = (0..len).all(|k| {
                            let t = &toks.toks[i + k];
                            let w = &text[t.start..t.end];
                            w == &*exact[k]
                                || (&*exact[k] == "the" && w.eq_ignore_ascii_case("the"))
                        });
                        if !ok {
                            continue;
                        }
                        if all_caps
                            && len == 1
                            && exact[0].chars().all(|c| !c.is_lowercase())
                            && is_common_word(toks.norm(i))
                            && !self.caps_word_supported(toks, i, p.entry, ctx)
                        {
                            continue;
                        }
                    }
                    let e = self.dict.entry(p.entry);
                    if e.kind.is_proper_name() && p.cap && !Self::is_cap(text, toks, i) {
                        continue;
                    }
                    let lone = p.surname_only && !ctx.seen_persons.contains(&p.entry);
                    if lone && !self.lone_surname_holds(cands, p.entry, ctx.date) {
                        continue;
                    }
                    // Among ties, prefer the reading whose country the article
                    // already talks about (Georgia the state in a US story),
                    // then the later file, then the first listed.
                    let code = e.code_at(ctx.date);
                    let country = ActorCode::country_of(code);
                    // A city-kind reading (Georgia the US state) needs its country's
                    // places or dateline, not just any mention of the country.
                    let support = |c: &str| {
                        if e.kind == Kind::City {
                            ctx.city_counts.get(c).copied().unwrap_or(0) as i64
                                + if ctx.dateline_country.as_deref() == Some(c) {
                                    1
                                } else {
                                    0
                                }
                        } else {
                            ctx.count(c) as i64
                        }
                    };
                    // A local short form the article has not yet backed yields to
                    // any other reading, but a country named in the same sentence
                    // still wins it the tie ("Japan's SDF").
                    let unbacked_local = e.local && country.is_none_or(|c| support(c) == 0);
                    let score = country.map(support).unwrap_or(0) * 1000 + e.file_rank as i64
                        - if p.surname_only { 500 } else { 0 }
                        - if lone { 1000 } else { 0 }
                        - if unbacked_local { 600 } else { 0 };
                    if len > best_len {
                        equal.clear();
                    }
                    equal.push((p.entry, score));
                    if len > best_len || score > best_score {
                        best_len = len;
                        best = Some(p.entry);
                        best_score = score;
                        best_lone = lone;
                    }
                }
            }
            // A "the ..." short form must not hide a longer name that starts
            // one word later: "The North Korean leader", "The South African".
            if let Some(e) = best {
                if self.dict.entry(e).kind == Kind::Context && i + 1 < n {
                    if let Some(next) = self.dict.index.get(toks.norm(i + 1)) {
                        let after = if i + 2 < n {
                            token_hash(toks.norm(i + 2))
                        } else {
                            0
                        };
                        let longer = next.candidates(after).any(|ie| {
                            let p = &self.dict.phrases[ie.pid as usize];
                            let len = p.tokens.len();
                            let kind = self.dict.entry(p.entry).kind;
                            kind != Kind::Context
                                && !p.surname_only
                                && i + 1 + len > i + best_len
                                && i + 1 + len <= n
                                && (1..len).all(|k| toks.norm(i + 1 + k) == &*p.tokens[k])
                        });
                        if longer {
                            i += 1;
                            continue;
                        }
                    }
                }
            }
            // A name spaced off inside a hyphenated compound ("U.N. - backed",
            // "anti - American") is read like the unspaced compound: no actor.
            if best.is_some() {
                let end = i + best_len;
                let tail = end + 1 < n
                    && toks.norm(end) == "-"
                    && Self::is_lower(text, toks, end + 1)
                    && is_compound_tail(toks.norm(end + 1));
                let prefix =
                    i >= 2 && toks.norm(i - 1) == "-" && is_compound_prefix(toks.norm(i - 2));
                // "Pakistan - based militants": the place is the home of the
                // role after it (see `based_place`).
                if tail
                    && toks.norm(end + 1) == "based"
                    && matches!(
                        self.dict.entry(best.unwrap_or(0)).kind,
                        Kind::Country | Kind::Capital | Kind::City
                    )
                {
                    out.push(Raw {
                        start: i,
                        end: end + 2,
                        entry: best.unwrap_or(0),
                        based: true,
                    });
                    i = end + 2;
                    continue;
                }
                if tail || prefix {
                    i = end;
                    continue;
                }
            } else if let Some(e) = self.based_place(text, toks, i) {
                out.push(Raw {
                    start: i,
                    end: i + 1,
                    entry: e,
                    based: true,
                });
                i += 1;
                continue;
            }
            if let Some(e) = best {
                if equal.len() > 1 {
                    let cc = |x: u32| ActorCode::country_of(self.dict.entry(x).code_at(ctx.date));
                    let c0 = cc(equal[0].0);
                    if equal[1..].iter().any(|&(x, _)| cc(x) != c0) {
                        ties.push((out.len(), equal));
                    }
                }
                if best_lone {
                    lone.push(out.len());
                }
                out.push(Raw {
                    start: i,
                    end: i + best_len,
                    entry: e,
                    based: false,
                });
                i += best_len;
            } else {
                i += 1;
            }
        }
        if !ties.is_empty() {
            self.settle_ties(ctx, out, &ties);
        }
        if !lone.is_empty() {
            self.drop_unbacked_surnames(toks, ctx, out, &lone);
        }
        if out.iter().any(|r| self.dict.entry(r.entry).local) {
            self.drop_unbacked_local(toks, ctx, out);
        }
    }

    /// A one-word country, capital or city written as "X-based" in one token
    /// ("Pakistan-based", "London-based", "U.S.-based"): its entry. The place
    /// is where the body after it has its home, so it gives that body its
    /// country ("Pakistan-based militants" → `PAKINS`); a named body after it
    /// keeps its own code ("the London-based Amnesty International").
    fn based_place(&self, text: &str, toks: &Tokens, i: usize) -> Option<u32> {
        let head = toks.norm(i).strip_suffix("-based")?;
        if head.is_empty() || !Self::is_cap(text, toks, i) {
            return None;
        }
        let cands = self.dict.index.get(head)?;
        let t = &toks.toks[i];
        let raw = &text[t.start..t.end];
        let raw_head = raw.get(..raw.len().checked_sub("-based".len())?)?;
        cands.single.iter().find_map(|ie| {
            let p = &self.dict.phrases[ie.pid as usize];
            let e = self.dict.entry(p.entry);
            let kind_ok = matches!(e.kind, Kind::Country | Kind::Capital | Kind::City);
            let exact_ok = p.exact.as_ref().is_none_or(|x| &*x[0] == raw_head);
            (kind_ok && exact_ok && !p.surname_only && !e.local).then_some(p.entry)
        })
    }

    /// A country, capital or city of two or three words whose last word is
    /// written joined to "-based" ("New York-based", "Abu Dhabi-based", "Hong
    /// Kong-based", "Rio de Janeiro-based"), starting at token `i`: its entry
    /// and its length in tokens. Read like [`Self::based_place`]. Only tried
    /// where one of the next two tokens ends in "-based", so the cost is a
    /// suffix test per token.
    fn based_place_multi(&self, text: &str, toks: &Tokens, i: usize) -> Option<(u32, usize)> {
        let n = toks.len();
        let len = (2..=3usize).find(|&l| i + l <= n && toks.norm(i + l - 1).ends_with("-based"))?;
        let last = i + len - 1;
        let head = toks.norm(last).strip_suffix("-based")?;
        if head.is_empty() || !Self::is_cap(text, toks, i) || !Self::is_cap(text, toks, last) {
            return None;
        }
        // The words before the joined one are plain words of the name.
        if (i..last).any(|t| {
            !toks
                .norm(t)
                .bytes()
                .all(|b| b.is_ascii_alphabetic() || b == b'.')
        }) {
            return None;
        }
        let cands = self.dict.index.get(toks.norm(i))?;
        let second = if len == 2 { head } else { toks.norm(i + 1) };
        let word = |k: usize| {
            if i + k == last {
                head
            } else {
                toks.norm(i + k)
            }
        };
        cands.candidates(token_hash(second)).find_map(|ie| {
            if ie.len as usize != len {
                return None;
            }
            let p = &self.dict.phrases[ie.pid as usize];
            let e = self.dict.entry(p.entry);
            let kind_ok = matches!(e.kind, Kind::Country | Kind::Capital | Kind::City);
            let words_ok = (0..len).all(|k| &*p.tokens[k] == word(k));
            (kind_ok && words_ok && p.exact.is_none() && !p.surname_only && !e.local)
                .then_some((p.entry, len))
        })
    }

    /// May a surname stand alone for `entry` before the article has given
    /// the full name ("Bolton said" in a 2019 story)? Only in a dated
    /// article, for a person the dictionary has in office on that date
    /// (a dated code holds), when no other person with that surname is.
    fn lone_surname_holds(&self, cands: &Slot, entry: u32, date: Option<NaiveDate>) -> bool {
        let Some(d) = date else { return false };
        let in_office = |x: u32| {
            let e = self.dict.entry(x);
            e.kind == Kind::Person && e.codes.iter().any(|c| c.is_dated() && c.holds(d))
        };
        in_office(entry)
            && cands.single.iter().all(|ie| {
                let q = &self.dict.phrases[ie.pid as usize];
                q.entry == entry || !in_office(q.entry)
            })
    }

    /// A surname read alone (see [`Self::lone_surname_holds`]) stands for the
    /// person only where the article or the sentence names the person's
    /// country ("Bolton said" after "Washington"), and not at the head of a
    /// longer capitalised name ("Bolton Wanderers").
    fn drop_unbacked_surnames(
        &self,
        toks: &Tokens,
        ctx: &ArticleContext,
        out: &mut Vec<Raw>,
        lone: &[usize],
    ) {
        let cc = |x: u32| ActorCode::country_of(self.dict.entry(x).code_at(ctx.date));
        let keep: SmallVec<[bool; 8]> = out
            .iter()
            .enumerate()
            .map(|(k, r)| {
                if !lone.contains(&k) {
                    return true;
                }
                let next_cap = r.end < toks.len() && toks.toks[r.end].is_cap();
                let prev_cap = r.start > 1
                    && toks.toks[r.start - 1].is_cap()
                    && !out.iter().any(|o| o.end == r.start)
                    && !matches!(
                        toks.norm(r.start - 1),
                        "mr." | "mrs." | "ms." | "mr" | "mrs" | "ms" | "dr." | "dr"
                    );
                if next_cap || prev_cap {
                    return false;
                }
                // Opening the sentence, where every word is capitalised, the
                // surname must be followed by a word of speech or a meeting
                // ("Rice said", not "Rice prices rose").
                if r.start == 0
                    && !(r.end < toks.len()
                        && matches!(
                            toks.norm(r.end),
                            "said"
                                | "says"
                                | "told"
                                | "added"
                                | "warned"
                                | "insisted"
                                | "stressed"
                                | "noted"
                                | "announced"
                                | "argued"
                                | "urged"
                                | "replied"
                                | "responded"
                                | "denied"
                                | "praised"
                                | "met"
                                | "accused"
                                | ","
                        ))
                {
                    return false;
                }
                let Some(c) = cc(r.entry) else { return false };
                ctx.count(c) > 0
                    || ctx.dateline_country.as_deref() == Some(c)
                    || out
                        .iter()
                        .enumerate()
                        .any(|(o, x)| o != k && !lone.contains(&o) && cc(x.entry) == Some(c))
            })
            .collect();
        let mut k = 0;
        out.retain(|_| {
            k += 1;
            keep[k - 1]
        });
    }

    /// A local short form (`%kind ... local`: "AFP", "SDF", "DA") stands for
    /// its entry only where the article or the sentence names the entry's
    /// country ("AFP troops clashed with rebels in Mindanao"); elsewhere it
    /// is no actor. Read as a news outlet ("told AFP", "an AFP reporter"),
    /// it is no actor either.
    fn drop_unbacked_local(&self, toks: &Tokens, ctx: &ArticleContext, out: &mut Vec<Raw>) {
        let cc = |x: u32| ActorCode::country_of(self.dict.entry(x).code_at(ctx.date));
        let n = toks.len();
        let keep: SmallVec<[bool; 8]> = out
            .iter()
            .map(|r| {
                let e = self.dict.entry(r.entry);
                if !e.local {
                    return true;
                }
                let outlet = (r.start > 0 && toks.norm(r.start - 1) == "told")
                    || (r.start > 1
                        && toks.norm(r.start - 1) == "to"
                        && toks.norm(r.start - 2) == "according")
                    || (r.end < n
                        && matches!(
                            toks.norm(r.end),
                            "reporter"
                                | "reporters"
                                | "correspondent"
                                | "correspondents"
                                | "journalist"
                                | "journalists"
                                | "photographer"
                                | "photographers"
                                | "tally"
                                | "count"
                                | "interview"
                        ));
                if outlet {
                    return false;
                }
                let Some(c) = cc(r.entry) else { return false };
                ctx.count(c) > 0
                    || ctx.dateline_country.as_deref() == Some(c)
                    || out.iter().any(|o| {
                        !self.dict.entry(o.entry).local
                            && self.dict.entry(o.entry).kind != Kind::Role
                            && cc(o.entry) == Some(c)
                    })
            })
            .collect();
        let mut k = 0;
        out.retain(|_| {
            k += 1;
            keep[k - 1]
        });
    }

    /// Re-reads a tie between dictionary entries of different countries with
    /// the countries the rest of the sentence names, after as well as before
    /// ("Police in Georgia ... near Atlanta" is the US state): each other name
    /// (country, adjective, capital, city, seat, person, organisation, group)
    /// adds its country's weight to the article's.
    fn settle_ties(&self, ctx: &ArticleContext, out: &mut [Raw], ties: &[Tie]) {
        let cc = |x: u32| ActorCode::country_of(self.dict.entry(x).code_at(ctx.date));
        let named = |c: &str| {
            out.iter()
                .enumerate()
                .filter(|(k, r)| {
                    !ties.iter().any(|t| t.0 == *k)
                        && matches!(
                            self.dict.entry(r.entry).kind,
                            Kind::Country
                                | Kind::Adjective
                                | Kind::Capital
                                | Kind::City
                                | Kind::Metonym
                                | Kind::Person
                                | Kind::Org
                                | Kind::Group
                        )
                        && cc(r.entry) == Some(c)
                })
                .count() as i64
        };
        let mut picks: SmallVec<[(usize, u32); 1]> = SmallVec::new();
        for (k, cands) in ties {
            let mut best = (out[*k].entry, i64::MIN);
            for &(e, score) in cands.iter() {
                let here = cc(e).map(named).unwrap_or(0);
                let s = here * 1000 + score;
                if s > best.1 {
                    best = (e, s);
                }
            }
            picks.push((*k, best.0));
        }
        for (k, e) in picks {
            out[k].entry = e;
        }
    }

    /// Descriptions of a country that the dictionary does not list word for
    /// word: "the" + up to five describing words + a head noun ("the
    /// impoverished Central American nation", "the tiny oil-rich emirate",
    /// "the small Himalayan kingdom"). They stand on the context entry "the
    /// nation" and are resolved like it. A listed phrase that a description
    /// extends is replaced by the longer reading; a name, role or country word
    /// inside ("the police state", "the Palestinian state", "the Islamic
    /// State") stops it, as do "of" or a name after the head ("the state of
    /// Kerala", "the island of Crete").
    fn descriptions(&self, text: &str, toks: &Tokens, ctx: &ArticleContext, raws: &mut Vec<Raw>) {
        let Some(entry) = self.description else {
            return;
        };
        let n = toks.len();
        let mut i = 0;
        while i + 2 < n {
            if toks.norm(i) != "the" {
                i += 1;
                continue;
            }
            let raw_at = |t: usize| raws.iter().position(|r| r.start <= t && t < r.end);
            let kind_at = |k: usize| self.dict.entry(raws[k].entry).kind;
            if let Some(k) = raw_at(i) {
                if raws[k].start != i || kind_at(k) != Kind::Context {
                    i += 1;
                    continue;
                }
            }
            let mut j = i + 1;
            let mut mods = 0;
            let mut former = false;
            let mut region = false;
            let mut end = None;
            while j < n && j <= i + 6 {
                let w = toks.norm(j);
                if mods > 0 && is_description_head(w) {
                    let mut e = j + 1;
                    while e < n && is_description_head(toks.norm(e)) {
                        e += 1;
                    }
                    end = Some(e);
                    break;
                }
                let next = match raw_at(j) {
                    Some(k) => {
                        let ent = self.dict.entry(raws[k].entry);
                        let code = ent.code_at(ctx.date);
                        let ok = match ent.kind {
                            Kind::Context | Kind::Religion => true,
                            Kind::Adjective => is_region_code(code) || (code == "USR" && former),
                            _ => false,
                        };
                        region |= ok && ent.kind == Kind::Adjective;
                        ok.then_some(raws[k].end)
                    }
                    None if Self::is_lower(text, toks, j) || w == "-" => {
                        is_description_word(w).then_some(j + 1)
                    }
                    None => (description_fit(&[w]).is_some()
                        || matches!(
                            w,
                            "north"
                                | "south"
                                | "east"
                                | "west"
                                | "northern"
                                | "southern"
                                | "eastern"
                                | "western"
                                | "central"
                                | "southeast"
                                | "northeast"
                                | "southwest"
                                | "northwest"
                                | "south-east"
                                | "latin"
                                | "middle"
                        ))
                    .then_some(j + 1),
                };
                let Some(nx) = next else {
                    break;
                };
                if matches!(w, "former" | "ex" | "ex-soviet") {
                    former = true;
                }
                mods += 1;
                j = nx;
            }
            let Some(e) = end else {
                i += 1;
                continue;
            };
            let followed = e < n
                && (matches!(toks.norm(e), "of" | "-")
                    || (Self::is_cap(text, toks, e) && !is_calendar_word(toks.norm(e))));
            let longer = raws
                .iter()
                .any(|r| r.start <= i && r.end >= e && r.start < e && r.end > i);
            // A region word in a description that fits no country named so
            // far stays the region ("the troubled Balkan republic" → BLK).
            let unfit = region && {
                let words: Vec<&str> = (i..e).map(|t| toks.norm(t)).collect();
                description_fit(&words).is_some_and(|fit| {
                    !ctx.recent.iter().any(|c| fit.contains(&c.as_str()))
                        && !raws.iter().any(|r| {
                            self.country_of(r.entry, ctx)
                                .is_some_and(|c| fit.contains(&c.as_str()))
                        })
                })
            };
            if followed || longer || unfit {
                i += 1;
                continue;
            }
            raws.retain(|r| r.end <= i || r.start >= e);
            let at = raws.iter().position(|r| r.start >= e).unwrap_or(raws.len());
            raws.insert(
                at,
                Raw {
                    start: i,
                    end: e,
                    entry,
                    based: false,
                },
            );
            i = e;
        }
    }

    /// A role mention with no country yet (`---MIL`, `---CVL`), coded by
    /// dictionary entry `entry`; the context gives the country later.
    fn countryless_role(
        &self,
        span: Span,
        toks: (usize, usize),
        code: &str,
        entry: u32,
        confidence: f32,
    ) -> Mention {
        let mut m = Mention::new(
            span,
            toks,
            Some(CompactString::from(code)),
            MentionKind::Role,
        );
        m.rules = smallvec![self.dict.entry(entry).rule.clone()];
        m.confidence = confidence;
        m
    }

    /// Is token `i` a name-like capitalised token not starting the sentence
    /// and not covered by a match?
    fn name_token(text: &str, toks: &Tokens, i: usize) -> bool {
        if i >= toks.len() {
            return false;
        }
        let t = &toks.toks[i];
        let s = &text[t.start..t.end];
        let mut ch = s.chars();
        matches!(ch.next(), Some(c) if c.is_uppercase())
            && s.len() >= 2
            && ch.all(|c| c.is_alphabetic() || c == '-' || c == '\'' || c == '.')
    }

    fn country_of(&self, e: u32, ctx: &ArticleContext) -> Option<String> {
        let ent = self.dict.entry(e);
        ActorCode::country_of(ent.code_at(ctx.date)).map(str::to_string)
    }

    /// Recognise the actors of one sentence (`toks` are its tokens) and update
    /// the article context.
    pub fn recognise(
        &self,
        text: &str,
        toks: &Tokens,
        ctx: &mut ArticleContext,
        out: &mut Vec<Mention>,
    ) {
        // Per-sentence buffers live in the context so that they are reused.
        let mut scratch = std::mem::take(&mut ctx.scratch);
        let Scratch {
            raws,
            covered,
            raw_start,
        } = &mut scratch;
        raws.clear();
        self.raw_matches(text, toks, ctx, raws);
        self.descriptions(text, toks, ctx, raws);
        covered.clear();
        covered.resize(toks.len(), false);
        for r in raws.iter() {
            for c in covered.iter_mut().take(r.end).skip(r.start) {
                *c = true;
            }
        }
        raw_start.clear();
        raw_start.resize(toks.len() + 1, false);
        for r in raws.iter() {
            raw_start[r.start] = true;
        }
        // A one-word country, capital or city inside a longer name is not an
        // actor: "Chad Smith", "Paris Agreement", "Michael Jordan", "Lake Chad".
        // Headlines in title case are exempt.
        let capitals = toks.toks.iter().filter(|t| t.is_cap()).count();
        let title_case = toks.len() >= 4 && capitals * 10 >= toks.len() * 6;
        if !title_case {
            raws.retain(|r| {
                let k = self.dict.entry(r.entry).kind;
                if k == Kind::Block {
                    return false;
                }
                if r.end - r.start != 1 || !matches!(k, Kind::Country | Kind::Capital | Kind::City)
                {
                    return true;
                }
                let name_at = |i: usize| {
                    !covered[i]
                        && Self::name_token(text, toks, i)
                        && !is_calendar_word(toks.norm(i))
                };
                let next = r.end < toks.len() && name_at(r.end);
                let prev = r.start > 1 && name_at(r.start - 1);
                !(next || prev)
            });
        } else {
            raws.retain(|r| self.dict.entry(r.entry).kind != Kind::Block);
        }
        // A sentence written in capitals or in title case ("ISRAELI TROOPS
        // SHOOT TWO PROTESTERS", "Police Arrest Opposition Leader in Capital"):
        // no word is in lower case but short function words, so a capital
        // letter says nothing about names. There a role does not take in the
        // capitalised words after it as a name, nor a name the words before it.
        let case_blind = is_case_blind(text, toks);
        if !case_blind {
            ctx.seen_entries.extend(raws.iter().map(|r| r.entry));
        }
        let name_tok = |i: usize| !case_blind && Self::name_token(text, toks, i);
        // A role word that qualifies a following noun is not an actor:
        // "military aid to Egypt", "a new army offensive", "police action".
        raws.retain(|r| {
            self.dict.entry(r.entry).kind != Kind::Role
                || r.end >= toks.len()
                || raw_start[r.end]
                || !(is_modified_noun(toks.norm(r.end))
                    // "family" only qualifies the noun after it: "the family
                    // home", "family planning", "a family feud".
                    || (r.end - r.start == 1
                        && toks.norm(r.start) == "family"
                        && is_family_compound(toks.norm(r.end)))
                    || {
                    // "military intelligence-sharing pact", "army cost-cutting".
                    let w = toks.norm(r.end);
                    w.rsplit_once('-').is_some_and(|(_, last)| {
                        is_modified_noun(last) || (last.len() > 4 && last.ends_with("ing"))
                    })
                })
                || (!case_blind && Self::is_cap(text, toks, r.end))
                // Plural roles are nouns: "soldiers training recruits".
                || (toks.norm(r.end - 1).ends_with('s') && !toks.norm(r.end - 1).ends_with("ss"))
        });
        let first_out = out.len();
        // Bare roles awaiting a country: (index in `out`, name tokens after a title).
        let mut bare: Vec<(usize, Option<(usize, usize)>)> = Vec::new();
        // Country adjectives that did not make an actor: (token, country).
        let mut hints: Vec<(usize, CompactString)> = Vec::new();
        let span_of = |a: usize, b: usize| Span::new(toks.toks[a].start, toks.toks[b - 1].end);
        let kind_of = |r: &Raw| self.dict.entry(r.entry).kind;
        // A role word right after role `q` that only says who acts for it
        // ("government negotiators", "rebel officials"): its index.
        let agent_after = |q: usize| {
            let a = &raws[q];
            let b = raws.get(q + 1)?;
            (b.start == a.end
                && kind_of(a) == Kind::Role
                && kind_of(b) == Kind::Role
                && (a.start..b.end).all(|t| t == 0 || Self::is_lower(text, toks, t))
                && !is_generic_agent(toks.norm(a.end - 1))
                // One word: "military officials" is a role of its own.
                && b.end - b.start == 1
                && is_generic_agent(toks.norm(b.start)))
            .then_some(q + 1)
        };
        // Modifiers between a country and its role: the dictionary's words,
        // counts and superlatives ("Russia's two biggest oil companies").
        let is_mod = |i: usize| {
            let w = toks.norm(i);
            self.dict.modifiers.contains(w)
                || toks.toks[i].is_number()
                || attache_segment::is_small_number_word(w)
                || matches!(w, "several" | "both")
                || (w.len() > 5
                    && w.ends_with("est")
                    && w.bytes().all(|b| b.is_ascii_lowercase())
                    && !matches!(w, "protest" | "interest" | "request" | "contest" | "arrest"))
        };
        let countryish = |k: Kind| {
            matches!(
                k,
                Kind::Country
                    | Kind::Adjective
                    | Kind::Capital
                    | Kind::City
                    | Kind::Org
                    | Kind::Metonym
            )
        };

        let mut j = 0;
        while j < raws.len() {
            let r = &raws[j];
            let ent = self.dict.entry(r.entry);
            let code: &str = ent.code_at(ctx.date);
            match ent.kind {
                Kind::Role => {
                    // ROLE of/from/in [the] COUNTRY
                    let mut k = r.end;
                    let prep = (k < toks.len()).then(|| toks.norm(k));
                    let mut combined = false;
                    // "a spokesman for the Taliban", "an envoy for Iran": "for" after a
                    // role that speaks for someone reads like "of".
                    let agent = is_agent_role(toks.norm(r.end - 1));
                    if let Some(p) = prep {
                        // "withdrew its troops from Syria", "the pull-out of forces
                        // from Mali": the place they leave, not the country they
                        // serve; the phrase stands for that place, as the party
                        // the act is aimed at (the role's own country is left to
                        // the subject).
                        // People moved out of a place are often its own ("evacuated
                        // residents from Kharkiv"): only state roles are told apart.
                        let leaving = p == "from"
                            && matches!(code, "MIL" | "GOV" | "COP" | "SPY")
                            && leaving_before(toks, r.start);
                        if matches!(p, "of" | "from" | "in") || (p == "for" && agent) {
                            k += 1;
                            if k < toks.len() && toks.norm(k) == "the" {
                                k += 1;
                            }
                            if let Some(next) = raws.get(j + 1) {
                                let nk = kind_of(next);
                                // "a delegation of U.S. lawmakers", "a team of
                                // Chinese doctors": the country goes with the role
                                // after it, and the group acts for those people.
                                let members = raws.get(j + 2).filter(|r2| {
                                    p == "of"
                                        && matches!(nk, Kind::Country | Kind::Adjective)
                                        && r2.start == next.end
                                        && kind_of(r2) == Kind::Role
                                        && !(code == "CVL" && is_kin_noun(toks.norm(r.end - 1)))
                                });
                                if let (true, Some(r2)) = (next.start == k, members) {
                                    if let Some(c) = self.country_of(next.entry, ctx) {
                                        let rent = self.dict.entry(r2.entry);
                                        let mut m = Mention::new(
                                            span_of(r.start, r2.end),
                                            (r.start, r2.end),
                                            Some(concat(&c, rent.code_at(ctx.date))),
                                            MentionKind::Role,
                                        );
                                        m.rules = smallvec![
                                            rent.rule.clone(),
                                            self.dict.entry(next.entry).rule.clone(),
                                        ];
                                        out.push(m);
                                        j += 3;
                                        continue;
                                    }
                                }
                                // "talks with the opposition in Oslo": a city only
                                // says where an opposition meets when the sentence has
                                // already named another country's government; the
                                // opposition is that government's (`resolve_bare_roles`).
                                let venue = p == "in"
                                    && code == "OPP"
                                    && matches!(nk, Kind::Capital | Kind::City)
                                    && self.country_of(next.entry, ctx).is_some_and(|c| {
                                        out[first_out..].iter().any(|m| {
                                            m.role.as_deref() == Some("GOV")
                                                && m.country.as_deref().is_some_and(|x| x != c)
                                        })
                                    });
                                if next.start == k
                                    && matches!(nk, Kind::Country | Kind::Capital | Kind::City)
                                    && (p != "in" || role_takes_in(code))
                                    && !venue
                                {
                                    if let Some(c) = self.country_of(next.entry, ctx) {
                                        // Still a role mention, so that a pattern
                                        // may take in its word ("withdraw * troops").
                                        let jcode = if leaving {
                                            c.as_str().into()
                                        } else {
                                            concat(&c, code)
                                        };
                                        let mut m = Mention::new(
                                            span_of(r.start, next.end),
                                            (r.start, next.end),
                                            Some(jcode),
                                            MentionKind::Role,
                                        );
                                        m.rules = smallvec![
                                            ent.rule.clone(),
                                            self.dict.entry(next.entry).rule.clone(),
                                        ];
                                        out.push(m);
                                        j += 2;
                                        combined = true;
                                        // "counterparts from Brazil, India and China": the
                                        // role carries over the coordinated countries.
                                        while let (Some(a), Some(b)) =
                                            (raws.get(j - 1), raws.get(j))
                                        {
                                            let gap_ok = b.start > a.end
                                                && b.start - a.end <= 2
                                                && (a.end..b.start).all(|t| {
                                                    matches!(toks.norm(t), "," | "and" | "or")
                                                });
                                            let Some(cb) = gap_ok
                                                .then(|| self.country_of(b.entry, ctx))
                                                .flatten()
                                            else {
                                                break;
                                            };
                                            if !matches!(
                                                kind_of(b),
                                                Kind::Country | Kind::Capital | Kind::City
                                            ) {
                                                break;
                                            }
                                            let bcode = if leaving {
                                                cb.as_str().into()
                                            } else {
                                                concat(&cb, code)
                                            };
                                            let mut m = Mention::new(
                                                span_of(b.start, b.end),
                                                (b.start, b.end),
                                                Some(bcode),
                                                MentionKind::Role,
                                            );
                                            m.rules = smallvec![
                                                ent.rule.clone(),
                                                self.dict.entry(b.entry).rule.clone(),
                                            ];
                                            out.push(m);
                                            j += 1;
                                        }
                                    }
                                }
                            }
                        }
                    }
                    // ROLE of [the] GROUP/ORG: "fighters of the Islamic State",
                    // "the spokesman of the African Union" act for the group.
                    // So do troops, police or agents of a state force named by its
                    // own name ("soldiers of the Ethiopian National Defense Force",
                    // "agents of the FBI"), and a spokesman for any seat of power
                    // ("a spokesman for the Kremlin"); "critics of the Kremlin" are
                    // not its own.
                    let force = |x: &str| matches!(x, "MIL" | "COP" | "SPY");
                    let state_force = |e: &Raw| {
                        kind_of(e) == Kind::Metonym && {
                            let c = self.dict.entry(e.entry).code_at(ctx.date);
                            agent || (force(code) && c.len() == 6 && force(&c[3..]))
                        }
                    };
                    if !combined && (prep == Some("of") || (prep == Some("for") && agent)) {
                        if let Some(next) = raws.get(j + 1) {
                            if next.start == k
                                && (matches!(kind_of(next), Kind::Group | Kind::Org)
                                    || state_force(next))
                            {
                                let nent = self.dict.entry(next.entry);
                                let mut m = Mention::new(
                                    span_of(r.start, next.end),
                                    (r.start, next.end),
                                    Some(nent.code_at(ctx.date).into()),
                                    match kind_of(next) {
                                        Kind::Group => MentionKind::Group,
                                        Kind::Org => MentionKind::Org,
                                        _ => MentionKind::Metonym,
                                    },
                                );
                                m.rules = smallvec![nent.rule.clone(), ent.rule.clone()];
                                out.push(m);
                                j += 2;
                                continue;
                            }
                        }
                    }
                    if combined {
                        continue;
                    }
                    // ROLE Person / ROLE Name Name
                    if let Some(next) = raws.get(j + 1) {
                        if next.start == r.end && kind_of(next) == Kind::Person {
                            self.push_person(text, toks, next, Some((r.start, code)), ctx, out);
                            j += 2;
                            continue;
                        }
                        // A lower-case role word that says what the named group
                        // after it is ("the opposition Move Forward Party", "the
                        // militant group Hamas", "the rights group Amnesty
                        // International") is no actor of its own: the name is.
                        if next.start == r.end
                            && matches!(kind_of(next), Kind::Group | Kind::Org)
                            && (r.start..r.end).all(|t| Self::is_lower(text, toks, t))
                        {
                            j += 1;
                            continue;
                        }
                    }
                    // Kin of the people named after "of" ("families of the missing
                    // soldiers", "relatives of Israeli hostages") are civilians and
                    // speak for themselves; the people named are no actor here, but a
                    // country word among them gives the country.
                    if code == "CVL" && prep == Some("of") && is_kin_noun(toks.norm(r.end - 1)) {
                        let mut last = None;
                        let mut country = None;
                        let mut q = j + 1;
                        let mut from = r.end + 1;
                        while let Some(n) = raws.get(q) {
                            // Lower-case words, or a name used as a modifier
                            // ("families of the kidnapped Chibok schoolgirls").
                            let gap_ok = n.start >= from
                                && n.start - from <= 3
                                && (from..n.start).all(|t| {
                                    Self::is_lower(text, toks, t) || Self::is_cap(text, toks, t)
                                });
                            if !gap_ok {
                                break;
                            }
                            match kind_of(n) {
                                Kind::Adjective | Kind::Country if country.is_none() => {
                                    let c = self.dict.entry(n.entry).code_at(ctx.date);
                                    country = ActorCode::country_of(c).map(CompactString::from);
                                }
                                Kind::Role | Kind::Religion => {
                                    last = Some(q);
                                    break;
                                }
                                _ => break,
                            }
                            from = n.end;
                            q += 1;
                        }
                        if let Some(q) = last {
                            let end = raws[q].end;
                            let full = country.as_deref().map(|c| concat(c, code));
                            let mut m = Mention::new(
                                span_of(r.start, end),
                                (r.start, end),
                                Some(full.clone().unwrap_or_else(|| concat("---", code))),
                                MentionKind::Role,
                            );
                            m.rules = smallvec![ent.rule.clone()];
                            if full.is_some() {
                                m.confidence = 0.85;
                            } else {
                                m.confidence = 0.5;
                                bare.push((out.len(), None));
                            }
                            out.push(m);
                            j = q + 1;
                            continue;
                        }
                    }
                    // ROLE AGENT: "government negotiators", "rebel officials".
                    if let Some(q) = agent_after(j) {
                        let mut m = Mention::new(
                            span_of(r.start, raws[q].end),
                            (r.start, raws[q].end),
                            Some(concat("---", code)),
                            MentionKind::Role,
                        );
                        m.rules = smallvec![ent.rule.clone()];
                        m.confidence = 0.5;
                        bare.push((out.len(), None));
                        out.push(m);
                        j = q + 1;
                        continue;
                    }
                    // A bare role: its country is resolved once the whole
                    // sentence is read (see `resolve_bare_roles`).
                    let mut end = r.end;
                    while end < toks.len() && !covered[end] && name_tok(end) && end - r.end < 4 {
                        end += 1;
                    }
                    // A title before a name ("Defence Minister Jane Roe"), or a
                    // lower-case role word before a full name, as news writes
                    // informal titles ("activist Jane Roe", "opposition leader
                    // John Doe").
                    let head = toks.norm(r.end - 1);
                    let singular = !head.ends_with('s') || head.ends_with("ss");
                    let learned = end > r.end
                        && (Self::is_cap(text, toks, r.start) || (end - r.end >= 2 && singular));
                    if !learned {
                        end = r.end;
                    }
                    // A capitalised business or media word after a name is the
                    // company's or outlet's name ("Acme Holdings Ltd", "Globex
                    // Corp.", "Delta Airlines", "Anatolia News Agency").
                    let mut start = r.start;
                    if matches!(code, "BUS" | "MED") && Self::is_cap(text, toks, r.start) {
                        while start > 0
                            && r.start - start < 4
                            && !covered[start - 1]
                            && name_tok(start - 1)
                            && !is_calendar_word(toks.norm(start - 1))
                            && !matches!(toks.norm(start - 1), "the" | "a" | "an")
                        {
                            start -= 1;
                        }
                    }
                    let mut m = Mention::new(
                        span_of(start, end),
                        (start, end),
                        Some(concat("---", code)),
                        MentionKind::Role,
                    );
                    m.rules = smallvec![ent.rule.clone()];
                    m.confidence = 0.5;
                    bare.push((out.len(), learned.then_some((r.end, end))));
                    out.push(m);
                    j += 1;
                }
                k if countryish(k) => {
                    // Coordinated country words sharing a role:
                    // "French and German troops", "U.S., British and French forces".
                    let mut chain = vec![j];
                    let mut q = j;
                    while !r.based && q + 1 < raws.len() {
                        let a = &raws[q];
                        let b = &raws[q + 1];
                        let gap_ok = b.start > a.end
                            && b.start - a.end <= 2
                            && (a.end..b.start).all(|t| matches!(toks.norm(t), "," | "and" | "or"));
                        let nationish = |k: Kind| matches!(k, Kind::Adjective | Kind::Country);
                        // A named group or organisation may join a chain that a
                        // country word began ("Israeli and Hamas negotiators",
                        // "Afghan and NATO troops"): it keeps its own code.
                        let joins = |k: Kind| nationish(k) || matches!(k, Kind::Group | Kind::Org);
                        if gap_ok
                            && !b.based
                            && (nationish(kind_of(a)) || q > j && joins(kind_of(a)))
                            && (nationish(kind_of(b))
                                || nationish(kind_of(&raws[j])) && joins(kind_of(b)))
                        {
                            chain.push(q + 1);
                            q += 1;
                        } else {
                            break;
                        }
                    }
                    let last = &raws[*chain.last().unwrap()];
                    // COUNTRY ['s] [modifiers] ROLE [Person]
                    let mut t = last.end;
                    t += possessive_len(toks, t);
                    // Modifiers, but never over a word where a dictionary match starts
                    // ("French special envoy": "special envoy" is a role).
                    while t < toks.len() && is_mod(t) && !raw_start[t] && t - last.end < 4 {
                        t += 1;
                    }
                    // COUNTRY ['s] RELIGION [ROLE]: "Iraqi Christians", "Lebanon's
                    // Shiite militia", "Nigerian Muslim leaders".
                    if chain.len() == 1 && matches!(k, Kind::Adjective | Kind::Country) {
                        let rel = raws
                            .get(j + 1)
                            .filter(|n| n.start == t && kind_of(n) == Kind::Religion);
                        if let (Some(_), Some(c)) = (rel, ActorCode::country_of(code)) {
                            let country = Some((c, r.start, &ent.rule));
                            if let Some((m, next)) = self.religion_mention(
                                toks,
                                raws,
                                j + 1,
                                country,
                                raw_start,
                                &is_mod,
                                ctx,
                            ) {
                                out.push(m);
                                j = next;
                                continue;
                            }
                        }
                    }
                    let role_raw = raws
                        .get(*chain.last().unwrap() + 1)
                        .filter(|n| n.start == t && kind_of(n) == Kind::Role);
                    if let Some(role_raw) = role_raw {
                        let role = self.dict.entry(role_raw.entry);
                        let role_code = role.code_at(ctx.date);
                        // A person right after the role: "Russian Foreign Minister Sergei Lavrov".
                        let person = raws
                            .get(*chain.last().unwrap() + 2)
                            .filter(|p| p.start == role_raw.end && kind_of(p) == Kind::Person);
                        if let (Some(p), 1) = (person, chain.len()) {
                            self.push_person(text, toks, p, Some((r.start, role_code)), ctx, out);
                            j += 3;
                            continue;
                        }
                        // "Afghan government negotiators": the agent joins the role.
                        let role_at = *chain.last().unwrap() + 1;
                        let agent = agent_after(role_at);
                        let role_end = agent.map_or(role_raw.end, |q| raws[q].end);
                        for (ci, &cj) in chain.iter().enumerate() {
                            let c = &raws[cj];
                            let cent = self.dict.entry(c.entry);
                            let ccode = cent.code_at(ctx.date);
                            // Organisations and seats of power keep their own code
                            // ("Pentagon officials" → USAMIL); nations and regions
                            // take the role ("Latin American leaders" → LAMGOV).
                            let base =
                                if matches!(kind_of(c), Kind::Org | Kind::Metonym | Kind::Group) {
                                    CompactString::from(ccode)
                                } else {
                                    match ActorCode::country_of(ccode) {
                                        Some(cc) => concat(cc, role_code),
                                        None if ccode.len() == 3 => concat(ccode, role_code),
                                        None => CompactString::from(ccode),
                                    }
                                };
                            // The last of the chain carries the role words in its span.
                            let (a, b) = if ci + 1 == chain.len() {
                                (c.start, role_end)
                            } else {
                                (c.start, c.end)
                            };
                            let mut end = b;
                            if ci + 1 == chain.len() {
                                while end < toks.len()
                                    && !covered[end]
                                    && name_tok(end)
                                    && end - b < 4
                                {
                                    end += 1;
                                }
                                if end > b {
                                    self.learn(toks, b, end, &base, &role.rule, ctx);
                                }
                            }
                            let mut m = Mention::new(
                                span_of(a, end),
                                (a, end),
                                Some(base),
                                MentionKind::Role,
                            );
                            m.rules = smallvec![role.rule.clone(), cent.rule.clone()];
                            m.confidence = 0.85;
                            out.push(m);
                        }
                        j = agent.unwrap_or(role_at) + 1;
                        continue;
                    }
                    // A chain ending in an organisation named with its role word
                    // ("Afghan and NATO troops", "Malian and UN peacekeepers"): the
                    // country words before it take that role; the organisation
                    // keeps its own code.
                    if chain.len() > 1 {
                        let last_raw = &raws[*chain.last().unwrap()];
                        let lent = self.dict.entry(last_raw.entry);
                        // A non-state group's role is not the states' ("Ethiopian
                        // and Tigrayan forces": the Ethiopian forces are the army):
                        // the states take the role of the group's last word.
                        let lrole = ActorCode::split(lent.code_at(ctx.date))
                            .and_then(|(_, _, role)| role)
                            .filter(|_| matches!(lent.kind, Kind::Org | Kind::Group))
                            .filter(|_| Self::is_lower(text, toks, last_raw.end - 1))
                            .and_then(|role| {
                                if lent.kind == Kind::Group && is_non_state_role(role) {
                                    self.one_word_role(toks.norm(last_raw.end - 1))
                                } else {
                                    Some(role)
                                }
                            });
                        if let Some(role_code) = lrole {
                            for &cj in &chain[..chain.len() - 1] {
                                let c = &raws[cj];
                                let cent = self.dict.entry(c.entry);
                                let ccode = cent.code_at(ctx.date);
                                // A country written in full is a party of its own
                                // beside the group ("between Ethiopia and Tigrayan
                                // forces"); a short form may qualify the role ("U.S.
                                // and NATO troops").
                                let full_name = kind_of(c) == Kind::Country
                                    && (c.start..c.end).any(|t| {
                                        Self::is_lower(text, toks, t) || {
                                            let w = &text[toks.toks[t].start..toks.toks[t].end];
                                            w.chars().skip(1).any(|ch| ch.is_lowercase())
                                        }
                                    });
                                let base = if full_name
                                    || matches!(kind_of(c), Kind::Org | Kind::Metonym | Kind::Group)
                                {
                                    CompactString::from(ccode)
                                } else {
                                    match ActorCode::country_of(ccode) {
                                        Some(cc) => concat(cc, role_code),
                                        None => CompactString::from(ccode),
                                    }
                                };
                                let mut m = Mention::new(
                                    span_of(c.start, c.end),
                                    (c.start, c.end),
                                    Some(base),
                                    MentionKind::Role,
                                );
                                m.rules = smallvec![lent.rule.clone(), cent.rule.clone()];
                                m.confidence = 0.85;
                                out.push(m);
                            }
                            j = *chain.last().unwrap();
                            continue;
                        }
                    }
                    // "Pakistan-based groups": a body of that country that no
                    // role word names; the place alone is no actor.
                    if r.based {
                        if t < toks.len() && !raw_start[t] && is_based_body(toks.norm(t)) {
                            if let Some(c) = self.country_of(r.entry, ctx) {
                                let mut m = Mention::new(
                                    span_of(r.start, t + 1),
                                    (r.start, t + 1),
                                    Some(CompactString::from(c)),
                                    MentionKind::Role,
                                );
                                m.rules = smallvec![ent.rule.clone()];
                                m.confidence = 0.6;
                                out.push(m);
                            }
                        }
                        j += 1;
                        continue;
                    }
                    // Alone.
                    match k {
                        // "the Turkish bank", "a Japanese firm", "the Kenyan state-run
                        // lender": words too ambiguous to be roles on their own
                        // ("firm stance", "river bank") name a business after a
                        // nationality adjective.
                        Kind::Adjective
                            if chain.len() == 1
                                && t < toks.len()
                                && !raw_start[t]
                                && matches!(toks.norm(t), "bank" | "firm" | "lender")
                                && !(t + 1 < toks.len() && toks.norm(t + 1) == "of")
                                && ActorCode::country_of(code).is_some() =>
                        {
                            let c = ActorCode::country_of(code).unwrap_or_default();
                            let mut m = Mention::new(
                                span_of(r.start, t + 1),
                                (r.start, t + 1),
                                Some(concat(c, "BUS")),
                                MentionKind::Role,
                            );
                            m.rules = smallvec![ent.rule.clone()];
                            m.confidence = 0.8;
                            out.push(m);
                        }
                        Kind::Adjective => {
                            // Plural demonyms stand for the people ("Iraqis");
                            // a bare adjective ("Iraqi oil") is not an actor.
                            let w = toks.norm(r.end - 1);
                            let plural =
                                w.ends_with('s') || w.ends_with("men") || w.ends_with("people");
                            let the_adj = r.start > 0
                                && toks.norm(r.start - 1) == "the"
                                && w.ends_with("ese");
                            // One person named by nationality: "an Israeli was
                            // wounded", "a 22-year-old Palestinian, who ...".
                            // "another ethnic Chechen": "ethnic" may come between.
                            let det = if r.start >= 2 && toks.norm(r.start - 1) == "ethnic" {
                                r.start - 1
                            } else {
                                r.start
                            };
                            let one_person = !plural
                                && det > 0
                                && (matches!(
                                    toks.norm(det - 1),
                                    "a" | "an" | "another" | "one" | "each" | "every"
                                ) || toks.norm(det - 1).ends_with("-year-old"))
                                && (r.end >= toks.len() || {
                                    let n = toks.norm(r.end);
                                    !n.bytes().any(|b| b.is_ascii_alphanumeric())
                                        || matches!(
                                            n,
                                            "was"
                                                | "is"
                                                | "were"
                                                | "has"
                                                | "had"
                                                | "who"
                                                | "and"
                                                | "died"
                                                | "said"
                                                | "says"
                                                | "told"
                                                | "in"
                                                | "near"
                                                | "outside"
                                        )
                                });
                            let the_adj = the_adj || one_person;
                            if !(plural || the_adj) {
                                // Not an actor, but evidence of the sentence's country
                                // for bare roles ("in the central Malian village").
                                if let Some(c) = ActorCode::parse(code).and_then(|a| a.country) {
                                    hints.push((r.start, c.into()));
                                }
                            }
                            // Not when it qualifies the next name ("an Estonian MEP").
                            let qualifies_next = raws.get(j + 1).is_some_and(|n| n.start == r.end);
                            if !(plural || the_adj || qualifies_next) {
                                // A bare adjective is an actor only as the owner of
                                // an event noun ("Russian air strikes"); the coder
                                // uses such mentions for nothing else.
                                let c = ActorCode::country_of(code).map(str::to_string);
                                let mut m = Mention::new(
                                    span_of(r.start, r.end),
                                    (r.start, r.end),
                                    c.map(CompactString::from),
                                    MentionKind::Adjective,
                                );
                                m.rules = smallvec![ent.rule.clone()];
                                m.confidence = 0.5;
                                out.push(m);
                            }
                            if plural || the_adj {
                                let c = ActorCode::parse(code).and_then(|a| a.country);
                                let code = c.map(|c| concat(&c, "CVL"));
                                let mut m = Mention::new(
                                    span_of(r.start, r.end),
                                    (r.start, r.end),
                                    code,
                                    MentionKind::Adjective,
                                );
                                m.rules = smallvec![ent.rule.clone()];
                                m.confidence = 0.6;
                                out.push(m);
                            }
                        }
                        _ => {
                            let mut m = Mention::new(
                                span_of(r.start, r.end),
                                (r.start, r.end),
                                Some(code.into()),
                                k.into(),
                            );
                            m.rules = smallvec![ent.rule.clone()];
                            m.confidence = if k == Kind::City { 0.5 } else { 0.9 };
                            out.push(m);
                        }
                    }
                    j += 1;
                }
                Kind::Religion => {
                    // "Shiites", "Sunni tribes", "the Christian community": the
                    // country comes from the context, like a bare role's.
                    match self.religion_mention(toks, raws, j, None, raw_start, &is_mod, ctx) {
                        Some((m, next)) => {
                            bare.push((out.len(), None));
                            out.push(m);
                            j = next;
                        }
                        None => j += 1,
                    }
                }
                Kind::Person | Kind::Group => {
                    if ent.kind == Kind::Person {
                        self.push_person(text, toks, r, None, ctx, out);
                    } else {
                        // GROUP ['s] [modifiers] ROLE: "Taliban fighters", "Hamas's
                        // political leaders" act for the group.
                        let mut t = r.end;
                        t += possessive_len(toks, t);
                        while t < toks.len() && is_mod(t) && !raw_start[t] && t - r.end < 4 {
                            t += 1;
                        }
                        let role_raw = raws
                            .get(j + 1)
                            .filter(|n| n.start == t && kind_of(n) == Kind::Role);
                        let end = role_raw.map(|n| n.end).unwrap_or(r.end);
                        let mut m = Mention::new(
                            span_of(r.start, end),
                            (r.start, end),
                            Some(code.into()),
                            MentionKind::Group,
                        );
                        m.rules = smallvec![ent.rule.clone()];
                        if let Some(n) = role_raw {
                            m.rules.push(self.dict.entry(n.entry).rule.clone());
                            j += 1;
                        }
                        out.push(m);
                    }
                    j += 1;
                }
                Kind::Context => {
                    let words: Vec<&str> = (r.start..r.end).map(|i| toks.norm(i)).collect();
                    // "the Andean nation's defence minister", "the country's
                    // police": the role of the country the description stands for.
                    let role_raw = (code == "-")
                        .then(|| {
                            let mut t = r.end + possessive_len(toks, r.end);
                            if t == r.end {
                                return None;
                            }
                            while t < toks.len() && is_mod(t) && !raw_start[t] && t - r.end < 5 {
                                t += 1;
                            }
                            raws.get(j + 1)
                                .filter(|n| n.start == t && kind_of(n) == Kind::Role)
                        })
                        .flatten();
                    let resolved = if words.len() == 2
                        && (words.contains(&"north") || words.contains(&"south"))
                    {
                        let north = words.contains(&"north");
                        self.dict
                            .divided
                            .iter()
                            .find(|(n, s)| ctx.count(n) > 0 || ctx.count(s) > 0)
                            .or_else(|| {
                                // No divided country named: the Koreas, when the
                                // sentence speaks of them (see `korea_cue`).
                                let korea = korea_cue(toks, north, ctx.date);
                                self.dict.divided.iter().find(|(n, _)| korea && n == "PRK")
                            })
                            .map(|(n, s)| if north { n.clone() } else { s.clone() })
                    } else if let Some(fit) = description_fit(&words) {
                        // A description that fits only some countries ("the
                        // Himalayan kingdom", "the island nation"): the most
                        // recently named one that fits. Before a role it may be
                        // named in this sentence, before or after it ("Nepal
                        // got aid from Japan, the Himalayan nation's premier
                        // said"); a bare description there is the name's
                        // repetition, not a second actor.
                        out[first_out..]
                            .iter()
                            .rev()
                            .filter(|m| {
                                role_raw.is_some() && m.toks.1 <= r.start && named_country(m)
                            })
                            .filter_map(|m| m.country.as_deref())
                            .chain(ctx.recent.iter().rev().map(String::as_str))
                            .find(|c| fit.contains(c))
                            .map(str::to_string)
                            // A description that fits no country named is
                            // dropped rather than given one it cannot be.
                            .or_else(|| {
                                role_raw?;
                                raws[j + 1..]
                                    .iter()
                                    .filter(|n| {
                                        matches!(
                                            kind_of(n),
                                            Kind::Country | Kind::Adjective | Kind::Capital
                                        )
                                    })
                                    .filter_map(|n| self.country_of(n.entry, ctx))
                                    .find(|c| fit.contains(&c.as_str()))
                            })
                    } else {
                        ctx.last_country
                            .clone()
                            .or_else(|| ctx.main_country().map(str::to_string))
                            // An article's first sentence: the first country it
                            // names ("Colombia is ready to ..., the Andean nation's
                            // defence minister said"), for a role only (a bare
                            // description there is often a place: "the enclave").
                            .or_else(|| {
                                role_raw?;
                                out[first_out..]
                                    .iter()
                                    .filter(|m| m.toks.1 <= r.start && named_country(m))
                                    .find_map(|m| m.country.as_deref().map(str::to_string))
                            })
                    };
                    if let Some(c) = resolved {
                        let (end, full, kind) = match role_raw {
                            Some(n) => {
                                let role = self.dict.entry(n.entry).code_at(ctx.date);
                                (n.end, concat(&c, role), MentionKind::Role)
                            }
                            None if code == "-" => {
                                (r.end, CompactString::from(c), MentionKind::Context)
                            }
                            None => (r.end, concat(&c, code), MentionKind::Context),
                        };
                        let mut m =
                            Mention::new(span_of(r.start, end), (r.start, end), Some(full), kind);
                        m.rules = smallvec![ent.rule.clone()];
                        if let Some(n) = role_raw {
                            m.rules.push(self.dict.entry(n.entry).rule.clone());
                            j += 1;
                        }
                        m.confidence = 0.5;
                        out.push(m);
                    }
                    j += 1;
                }
                _ => j += 1,
            }
        }

        // A numbered military unit ("the 105th Brigade", "the 4th Mechanized
        // Division", "the 5th Fleet") is the armed forces of the country in
        // context; a role word inside it ("3rd Infantry Division") widens.
        if let Some(e) = self.troops {
            let mut i = 0;
            while i < toks.len() {
                if !is_ordinal(toks.norm(i)) {
                    i += 1;
                    continue;
                }
                let mut b = i + 1;
                while b < toks.len() && b - i <= 4 && Self::name_token(text, toks, b) {
                    if is_unit_noun(toks.norm(b)) {
                        break;
                    }
                    b += 1;
                }
                if b >= toks.len() || !is_unit_noun(toks.norm(b)) {
                    i += 1;
                    continue;
                }
                b += 1;
                // "82nd Airborne Division", "4th Armored Division".
                while b < toks.len() && is_unit_noun(toks.norm(b)) {
                    b += 1;
                }
                let over: Vec<usize> = (first_out..out.len())
                    .filter(|&k| out[k].toks.0 < b && i < out[k].toks.1)
                    .collect();
                match over.as_slice() {
                    [] => {
                        let m = self.countryless_role(span_of(i, b), (i, b), "---MIL", e, 0.6);
                        bare.push((out.len(), None));
                        out.push(m);
                    }
                    [k] if out[*k].role.as_deref() == Some("MIL")
                        && out[*k].toks.0 >= i
                        && out[*k].toks.1 <= b =>
                    {
                        out[*k].toks = (i, b);
                        out[*k].span = span_of(i, b);
                    }
                    _ => {}
                }
                i = b;
            }
        }
        // A body no dictionary lists, named by its own capitalised name and a
        // head word ("the Nigerian Medical Association", "the Federation of
        // Kenya Employers", "the Arakan Liberation Front"): one actor, its
        // country from a country word inside, its sector from its words.
        if !case_blind && !title_case {
            self.named_bodies(text, toks, out, first_out, &mut bare, ctx.date);
        }
        // A private person introduced with an age, as wire copy does ("Jane
        // Roe, 34, was shot", "John Doe (45) was arrested"): a civilian, the
        // country from the context like a bare role's.
        let mut aged: Vec<(usize, usize, usize)> = Vec::new();
        if let Some(e) = self.civilian {
            let mut i = 0;
            while i < toks.len() {
                let name_at = |t: usize| {
                    name_tok(t)
                        && !covered[t]
                        && !is_calendar_word(toks.norm(t))
                        // "Oct, 25,": a month written short without its dot.
                        && !matches!(
                            toks.norm(t).trim_end_matches('.'),
                            "jan" | "feb" | "mar" | "apr" | "jun" | "jul" | "aug" | "sep" | "sept"
                                | "oct" | "nov" | "dec"
                        )
                };
                if !name_at(i) || (i > 0 && Self::name_token(text, toks, i - 1)) {
                    i += 1;
                    continue;
                }
                let mut b = i;
                while b < toks.len() && b - i < 4 && name_at(b) {
                    b += 1;
                }
                let taken = out[first_out..]
                    .iter()
                    .any(|m| m.toks.0 < b && i < m.toks.1);
                if !taken && !Self::name_token(text, toks, b) && age_after(toks, b) {
                    let m = self.countryless_role(span_of(i, b), (i, b), "---CVL", e, 0.5);
                    bare.push((out.len(), None));
                    aged.push((out.len(), i, b));
                    out.push(m);
                }
                i = b.max(i + 1);
            }
        }

        self.resolve_bare_roles(toks, ctx, out, first_out, &bare, &hints);
        // Bare "officers" are police unless the sentence is about an army:
        // "troops, including 19 officers" are military officers.
        let military = out[first_out..]
            .iter()
            .any(|m| m.role.as_deref() == Some("MIL"));
        let police = |m: &Mention| {
            m.role.as_deref() == Some("COP")
                && m.toks.1 - m.toks.0 == 1
                && matches!(toks.norm(m.toks.0), "officers" | "officer")
        };
        if military
            && !out[first_out..]
                .iter()
                .any(|m| m.role.as_deref() == Some("COP") && !police(m))
        {
            for m in out[first_out..].iter_mut() {
                if police(m) {
                    let c = m.country.clone().unwrap_or_else(|| "---".into());
                    m.set_code(Some(concat(&c, "MIL")));
                }
            }
        }
        // Later sentences name the person by surname ("Roe was taken to hospital").
        for &(k, a, b) in &aged {
            if let (Some(code), Some(rule)) = (out[k].code.clone(), out[k].rules.first().cloned()) {
                self.learn(toks, a, b, &code, &rule, ctx);
            }
        }

        // Learned names from earlier sentences ("Roe said").
        if !ctx.learned.is_empty() {
            for (i, &cov) in covered.iter().enumerate() {
                if cov
                    || out[first_out..]
                        .iter()
                        .any(|m| m.toks.0 <= i && i < m.toks.1)
                {
                    continue;
                }
                if let Some((code, rule)) = ctx.learned.get(toks.norm(i)) {
                    if Self::is_cap(text, toks, i) {
                        let mut m = Mention::new(
                            span_of(i, i + 1),
                            (i, i + 1),
                            Some(code.as_str().into()),
                            MentionKind::Learned,
                        );
                        m.rules = smallvec![rule.clone()];
                        m.confidence = 0.6;
                        out.push(m);
                    }
                }
            }
        }

        // A sentence that opens with a personal name no dictionary knows
        // ("Jane Quarrie rejected the charges", "Mr. Roe said") has that
        // person as its subject: an actor of unknown code, so that the event
        // coder does not hand the act to another actor of the sentence. Two to
        // four name tokens, followed by a verb-like lower-case word; names of
        // places, bodies and things are kept out by their head words.
        // An opening adverb or conjunction ("Meanwhile Jane Roe said", "But
        // Roe said") is stepped over; a determiner or a count ("The Kurdish
        // forces", "Two Apache helicopters") opens no name.
        let a0 = usize::from(toks.len() > 1 && is_sentence_opener(toks.norm(0)));
        if !case_blind
            && !matches!(
                toks.norm(0),
                "the" | "a" | "an" | "this" | "that" | "these" | "those"
            )
            && !attache_segment::is_small_number_word(toks.norm(0))
            && !is_clause_opener(toks.norm(a0))
        {
            let start = a0;
            // "Acme chief Jane Roe said", "ACME boss John Doe warned": a body
            // no dictionary lists with its head's title before the name; the
            // person is the actor, the body only says where they work.
            let titled = a0 + 3 < toks.len()
                && name_tok(a0)
                && !covered[a0]
                && !covered[a0 + 1]
                && Self::is_lower(text, toks, a0 + 1)
                && matches!(
                    toks.norm(a0 + 1),
                    "chief" | "boss" | "head" | "founder" | "chairman" | "chairwoman"
                )
                && !is_not_personal_name(toks.norm(a0));
            let mut b = if titled { a0 + 2 } else { start };
            let mut names = 0;
            while b < toks.len() && names < 4 {
                if name_tok(b) && !covered[b] && !is_calendar_word(toks.norm(b)) {
                    let w = &text[toks.toks[b].start..toks.toks[b].end];
                    // "Turkish-backed", "Toronto-born", "PYD-linked": an attribute.
                    let attribute = w.rsplit_once('-').is_some_and(|(_, t)| {
                        t.len() > 2
                            && t.chars().all(|c| c.is_lowercase())
                            && (t.ends_with("ed") || t.ends_with("born") || t.ends_with("based"))
                    });
                    if attribute
                        || !w.chars().any(|c| c.is_lowercase())
                        || is_not_personal_name(toks.norm(b))
                        || self.dict.modifiers.contains(toks.norm(b))
                    {
                        names = 0;
                        break;
                    }
                    names += 1;
                    b += 1;
                } else if names > 0 && toks.norm(b) == "-" && name_tok(b + 1) {
                    b += 1;
                } else {
                    break;
                }
            }
            let verb_after = b < toks.len() && Self::is_lower(text, toks, b) && {
                let w = toks.norm(b);
                (w.len() > 3 && w.ends_with("ed"))
                    || (w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us"))
                    || is_verb_after_name(w)
            };
            let free = !out[first_out..].iter().any(|m| m.toks.0 < b);
            if names >= 2 && verb_after && free {
                let mut m = Mention::new(span_of(start, b), (start, b), None, MentionKind::Person);
                m.confidence = 0.3;
                out.push(m);
            }
        }
        // The same titled name inside the sentence: "said Acme chief Jane
        // Roe", "talks with ACME boss John Doe on Friday". The body's name
        // must begin there (no name word before it), and the person's name
        // ends at punctuation or a lower-case word.
        if !case_blind {
            let mut i = 1;
            while i + 3 < toks.len() {
                // The title word first: it rules out almost every token cheaply.
                let titled = matches!(
                    toks.norm(i + 1),
                    "chief" | "boss" | "head" | "founder" | "chairman" | "chairwoman"
                ) && Self::is_lower(text, toks, i + 1)
                    && name_tok(i)
                    && !covered[i]
                    && !name_tok(i - 1)
                    && !is_not_personal_name(toks.norm(i))
                    && !is_clause_opener(toks.norm(i))
                    && !self.dict.modifiers.contains(toks.norm(i));
                if !titled {
                    i += 1;
                    continue;
                }
                let mut b = i + 2;
                let mut names = 0;
                while b < toks.len() && names < 4 {
                    let w = &text[toks.toks[b].start..toks.toks[b].end];
                    if name_tok(b)
                        && !covered[b]
                        && !is_calendar_word(toks.norm(b))
                        && w.chars().any(|c| c.is_lowercase())
                        && !is_not_personal_name(toks.norm(b))
                    {
                        names += 1;
                        b += 1;
                    } else {
                        break;
                    }
                }
                let ends = b == toks.len()
                    || (Self::is_lower(text, toks, b) && !matches!(toks.norm(b), "'s" | "s"))
                    || (toks.toks[b].is_punct() && !matches!(toks.norm(b), "'" | "'s" | "-"));
                let free = !out[first_out..]
                    .iter()
                    .any(|m| m.toks.0 < b && i < m.toks.1);
                if names >= 2 && ends && free {
                    let mut m = Mention::new(span_of(i, b), (i, b), None, MentionKind::Person);
                    m.confidence = 0.3;
                    out.push(m);
                    i = b;
                } else {
                    i += 1;
                }
            }
        }
        // A personal name no dictionary knows right after a verb whose object
        // is a person ("police arrested Juan Perez", "gunmen shot Rosa
        // Quispe on Monday") is that person: an actor of unknown code, so that
        // the event does not go to another actor of the sentence. Two to four
        // name words, ended by punctuation or a lower-case word; an apposition
        // after a comma ("Ana Roe, the rebel commander") says who the person
        // is, so there the name is left to it, and a possessive ("Ana Roe's
        // brother") names someone else.
        let mut v = 1;
        while !case_blind && v + 2 < toks.len() {
            if !(Self::is_lower(text, toks, v) && is_person_object_verb(toks.norm(v))) {
                v += 1;
                continue;
            }
            let start = v + 1;
            if matches!(toks.norm(start), "the" | "a" | "an") {
                v += 1;
                continue;
            }
            let mut b = start;
            let mut names = 0;
            while b < toks.len() && names < 5 {
                if name_tok(b) && !covered[b] && !is_calendar_word(toks.norm(b)) {
                    let w = &text[toks.toks[b].start..toks.toks[b].end];
                    if !w.chars().any(|c| c.is_lowercase())
                        || is_not_personal_name(toks.norm(b))
                        || is_clause_opener(toks.norm(b))
                        || self.dict.modifiers.contains(toks.norm(b))
                    {
                        names = 0;
                        break;
                    }
                    names += 1;
                    b += 1;
                } else if names > 0 && toks.norm(b) == "-" && name_tok(b + 1) {
                    b += 1;
                } else if names > 0
                    && is_name_particle(toks.norm(b))
                    && b + 1 < toks.len()
                    && name_tok(b + 1)
                    && !covered[b + 1]
                {
                    // "Luis Carlos da Silva", "Ahmed bin Ali"
                    b += 1;
                } else if names > 0 && !covered[b] && {
                    // "Abu Omar al-Tikriti"
                    let w = &text[toks.toks[b].start..toks.toks[b].end];
                    w.split_once('-').is_some_and(|(p, rest)| {
                        is_name_particle(&p.to_lowercase())
                            && rest.chars().next().is_some_and(|c| c.is_uppercase())
                    })
                } {
                    names += 1;
                    b += 1;
                } else {
                    break;
                }
            }
            let ends = b == toks.len()
                || (Self::is_lower(text, toks, b) && !matches!(toks.norm(b), "'s" | "s"))
                || (toks.toks[b].is_punct()
                    && !matches!(toks.norm(b), "'" | "'s" | "(" | "-")
                    && !(toks.norm(b) == ","
                        && b + 1 < toks.len()
                        && (matches!(toks.norm(b + 1), "a" | "an" | "the" | "who" | "whose")
                            || Self::is_lower(text, toks, b + 1)
                            || toks.toks[b + 1].is_number()
                            || self.starts_kind(toks, b + 1, &[Kind::Role, Kind::Adjective]))));
            let free = !out[first_out..]
                .iter()
                .any(|m| m.toks.0 < b && start < m.toks.1);
            if (2..=4).contains(&names) && ends && free {
                let mut m = Mention::new(span_of(start, b), (start, b), None, MentionKind::Person);
                m.confidence = 0.3;
                out.push(m);
            }
            v = b.max(v + 1);
        }
        // An honorific before names no dictionary knows ("talks with Mr.
        // Oduya", "Mrs. Roe's lawyer") marks a person anywhere in the sentence.
        let mut i = 0;
        while !case_blind && i + 1 < toks.len() {
            let honorific = matches!(toks.norm(i), "mr." | "mrs." | "ms." | "mr" | "mrs" | "ms")
                && Self::is_cap(text, toks, i);
            let taken = |a: usize, b: usize| {
                (a..b).any(|t| covered[t])
                    || out[first_out..]
                        .iter()
                        .any(|m| m.toks.0 < b && a < m.toks.1)
            };
            if !honorific || taken(i, i + 1) {
                i += 1;
                continue;
            }
            let mut b = i + 1;
            while b < toks.len()
                && b - i <= 3
                && name_tok(b)
                && !covered[b]
                && !is_calendar_word(toks.norm(b))
            {
                b += 1;
            }
            if b > i + 1 && !taken(i, b) {
                let mut m = Mention::new(span_of(i, b), (i, b), None, MentionKind::Person);
                m.confidence = 0.3;
                out.push(m);
            }
            i = b.max(i + 1);
        }

        // Object pronouns stand for the last suitable actor named before them:
        // "him"/"her" for a person or a role-holder ("X called Y and urged him
        // to", "a former mayor ... arrested her"), in the sentence or else the
        // article; "it" for a country, organisation, group or institution, and
        // "them" for a plural actor ("police detained protesters and beat
        // them"), both only within the sentence. "it" is never a person.
        for i in 1..toks.len() {
            let w = toks.norm(i);
            let next = if i + 1 < toks.len() {
                toks.norm(i + 1)
            } else {
                ""
            };
            let next_punct = i + 1 == toks.len() || toks.toks[i + 1].is_punct();
            let object_her = w == "her"
                && (next_punct || matches!(next, "to" | "of" | "on" | "in" | "at" | "and" | "for"));
            if w == "him" || object_her {
                let near = out[first_out..]
                    .iter()
                    .filter(|m| m.toks.1 <= i && self.is_person_mention(toks, m))
                    .max_by_key(|m| m.toks.1);
                let before = match near {
                    // "Putin praised him": not the verb's own subject.
                    Some(m) if is_subject_of(toks, m.toks.1, i) => None,
                    Some(m) => Some(m.clone()),
                    None => ctx.last_person.clone(),
                };
                if let Some(last) = before {
                    out.push(Mention::pronoun_for(span_of(i, i + 1), i, &last));
                }
                continue;
            }
            if w != "it" && w != "them" {
                continue;
            }
            let prev = toks.norm(i - 1);
            // Objects only: a verb or an actor-taking preposition before, and
            // a clause boundary or a preposition after ("accused it of",
            // "urged them to", "sanctions against it."). Subjects ("said it
            // would"), "make it clear" and "part of it" are left alone.
            let prev_ok = !toks.toks[i - 1].is_cap()
                && !toks.toks[i - 1].is_punct()
                && prev.bytes().all(|b| b.is_ascii_lowercase())
                && !matches!(
                    prev,
                    "that"
                        | "said"
                        | "says"
                        | "say"
                        | "if"
                        | "because"
                        | "as"
                        | "when"
                        | "while"
                        | "whether"
                        | "and"
                        | "but"
                        | "or"
                        | "of"
                        | "about"
                        | "in"
                        | "into"
                        | "is"
                        | "was"
                        | "be"
                        | "been"
                        | "make"
                        | "makes"
                        | "made"
                        | "making"
                        | "find"
                        | "found"
                        | "take"
                        | "takes"
                        | "took"
                        | "taken"
                        | "do"
                        | "does"
                        | "did"
                        | "done"
                        | "get"
                        | "got"
                        | "put"
                        | "keep"
                        | "kept"
                        | "call"
                        | "called"
                        | "consider"
                        | "considered"
                        | "believe"
                        | "believed"
                        | "think"
                        | "thought"
                        | "see"
                        | "saw"
                        | "seen"
                        | "for"
                        | "from"
                        | "than"
                        | "like"
                        | "where"
                        | "how"
                        | "why"
                        | "what"
                        | "which"
                        | "who"
                        | "so"
                        | "then"
                        | "after"
                        | "before"
                        | "since"
                        | "until"
                        | "once"
                        | "though"
                        | "although"
                        | "unless"
                        | "whereas"
                );
            let next_ok = next_punct
                || matches!(
                    next,
                    "to" | "of"
                        | "over"
                        | "with"
                        | "on"
                        | "into"
                        | "against"
                        | "for"
                        | "again"
                        | "and"
                        | "after"
                        | "at"
                        | "in"
                );
            if !(prev_ok && next_ok) {
                continue;
            }
            let plural = w == "them";
            let before = out[first_out..]
                .iter()
                .filter(|m| m.toks.1 <= i && m.code.is_some())
                .filter(|m| {
                    if plural {
                        self.is_plural_mention(toks, m)
                    } else {
                        self.is_thing_mention(toks, m)
                    }
                })
                .max_by_key(|m| m.toks.1)
                .filter(|m| !is_subject_of(toks, m.toks.1, i))
                .cloned();
            if let Some(a) = before {
                out.push(Mention::pronoun_for(span_of(i, i + 1), i, &a));
            }
        }
        // "he"/"she" as a speaker, or opening the sentence, is the last person named.
        if let Some(last) = ctx.last_person.clone() {
            for i in 0..toks.len() {
                let w = toks.norm(i);
                if w != "he" && w != "she" {
                    continue;
                }
                let speaker = i + 1 < toks.len() && SPEECH.contains(&toks.norm(i + 1));
                if speaker || i == 0 {
                    out.push(Mention::pronoun_for(span_of(i, i + 1), i, &last));
                }
            }
        }

        // Subject "it" opening the sentence continues the previous sentence's
        // subject ("Iran rejected the demand. It said ..."). Inside a sentence
        // ("Iran said it would") the speaker is already the clause's subject.
        // Expletive "it" ("it is expected", "it was not clear", "it seems",
        // "it would be") is left alone.
        if !toks.is_empty() && toks.norm(0) == "it" && referential_it(toks, 0) {
            if let Some((a, true)) = &ctx.last_subject {
                out.push(Mention::pronoun_for(span_of(0, 1), 0, a));
            }
        }
        // "They" opening the sentence, or a speaker "they said" with no
        // plural actor before it in the sentence, continues the previous
        // sentence's subject when that was a plural role or a named group
        // ("Police arrested five men. They said ...").
        if let Some((a, _)) = ctx.last_subject.clone().filter(|_| ctx.last_subject_plural) {
            for i in 0..toks.len() {
                if toks.norm(i) != "they" {
                    continue;
                }
                let opens = i == 0
                    || (i == 1
                        && matches!(
                            toks.norm(0),
                            "but" | "and" | "so" | "then" | "later" | "now" | "yet" | "meanwhile"
                        ));
                let speaker = i + 1 < toks.len() && SPEECH.contains(&toks.norm(i + 1));
                let plural_before = out[first_out..].iter().any(|m| {
                    m.toks.1 <= i
                        && m.kind != MentionKind::Pronoun
                        && (m.kind == MentionKind::Group || self.is_plural_mention(toks, m))
                });
                if opens || (speaker && !plural_before) {
                    out.push(Mention::pronoun_for(span_of(i, i + 1), i, &a));
                }
            }
        }
        self.flagged_vessels(text, toks, ctx, out, first_out);
        self.agent_compounds(text, toks, ctx, out, first_out);
        self.linked_to_group(toks, out, first_out);
        self.group_anaphora(toks, ctx, out, first_out);
        self.acronyms(text, toks, ctx, out, first_out);
        self.divided_pairs(text, toks, ctx, out, first_out);

        out[first_out..].sort_by_key(|m| m.toks.0);
        // "former"/"ex-" before a government role: an elite, no longer the
        // government ("a former Brazilian foreign minister" → BRAELI).
        for m in out[first_out..].iter_mut() {
            if m.kind != MentionKind::Role || m.role.as_deref() != Some("GOV") {
                continue;
            }
            let a = m.toks.0;
            let before = (a.saturating_sub(2)..a).any(|t| matches!(toks.norm(t), "former" | "ex"))
                || matches!(toks.norm(a), "former" | "ex");
            if before {
                if let Some(c) = m.code.clone() {
                    if let Some(base) = c.strip_suffix("GOV") {
                        m.set_code(Some(concat(base, "ELI")));
                    }
                }
            }
        }
        // An apposition describes the person just named, it is not another
        // actor: "Gustavo Petro, a former guerrilla, ...", "Jane Roe, the
        // party's leader, said". Drop a bare role between commas right after a
        // person.
        let mut k = first_out + 1;
        while k < out.len() {
            let (prev, m) = (&out[k - 1], &out[k]);
            let person = matches!(
                prev.kind,
                MentionKind::Person | MentionKind::Learned | MentionKind::Pronoun
            );
            let opens = m.toks.0 > prev.toks.1
                && toks.norm(prev.toks.1) == ","
                && (prev.toks.1 + 1..m.toks.0).all(|t| {
                    matches!(
                        toks.norm(t),
                        "a" | "an" | "the" | "former" | "ex" | "-" | "himself" | "herself"
                    )
                });
            let closes = m.toks.1 < toks.len()
                && (m.toks.1..toks.len().min(m.toks.1 + 2))
                    .any(|t| matches!(toks.norm(t), "," | "said" | "says"));
            if person && m.kind == MentionKind::Role && opens && closes {
                out.remove(k);
            } else {
                k += 1;
            }
        }
        // A name the dictionaries do not know, described by an apposition,
        // is the actor the apposition names: "Gul Rahman, a suspected
        // militant, ...", "Jane Roe, a former Colombian senator". The role's
        // mention takes in the name, and the name is learned for later.
        for idx in first_out..out.len() {
            let m = &out[idx];
            if m.kind != MentionKind::Role || m.code.is_none() || m.toks.0 < 3 {
                continue;
            }
            // ", a [up to three lower-case words]" before the role.
            let mut c = m.toks.0;
            while c > 0
                && m.toks.0 - c < 4
                && toks.norm(c - 1) != ","
                && !toks.toks[c - 1].is_cap()
                && !toks.toks[c - 1].is_punct()
            {
                c -= 1;
            }
            if c == 0
                || toks.norm(c - 1) != ","
                || c == m.toks.0
                || !matches!(toks.norm(c), "a" | "an" | "the")
            {
                continue;
            }
            let comma = c - 1;
            let mut a = comma;
            while a > 0
                && comma - a < 4
                && name_tok(a - 1)
                && !covered[a - 1]
                && !is_calendar_word(toks.norm(a - 1))
            {
                a -= 1;
            }
            let taken = out[first_out..]
                .iter()
                .any(|o| o.toks.0 < comma && o.toks.1 > a);
            let run = comma - a;
            let opener = a == 0
                && (run < 2
                    || matches!(
                        toks.norm(0),
                        "in" | "on"
                            | "at"
                            | "the"
                            | "a"
                            | "an"
                            | "after"
                            | "before"
                            | "for"
                            | "by"
                            | "as"
                            | "with"
                            | "from"
                            | "meanwhile"
                            | "however"
                            | "but"
                            | "and"
                            | "earlier"
                            | "later"
                            | "last"
                            | "since"
                            | "during"
                            | "when"
                            | "while"
                            | "under"
                            | "according"
                    ));
            if run == 0 || taken || opener {
                continue;
            }
            let code = m.code.clone().unwrap_or_default();
            let rule = m.rules[0].clone();
            let m = &mut out[idx];
            m.toks.0 = a;
            m.span = Span::new(toks.toks[a].start, m.span.end);
            self.learn(toks, a, comma, &code, &rule, ctx);
        }
        // Coordination groups.
        // A list is "A, B and C": once a group has had its conjunction, a
        // comma closes it ("from France and Germany, diplomats said").
        let mut g: Option<u32> = None;
        let mut had_conjunction = false;
        for idx in first_out + 1..out.len() {
            let (a_end, b_start) = (out[idx - 1].toks.1, out[idx].toks.0);
            let conjunction =
                (a_end..b_start).any(|t| matches!(toks.norm(t), "and" | "or" | "nor" | "&"));
            // "the United States and the Philippines": an article may follow
            // the conjunction (but "X, the Y" is an apposition).
            // A description that opens with its article ("X, the Andean
            // nation's president") counts the same.
            let has_the = (a_end..=b_start).any(|t| toks.norm(t) == "the");
            let joined = b_start > a_end
                && b_start - a_end <= 3
                && (a_end..b_start).all(|t| is_coordinator(toks.norm(t)) || toks.norm(t) == "the")
                && (!has_the || conjunction)
                && (conjunction || (a_end..b_start).any(|t| toks.norm(t) == ","))
                && !(g.is_some() && had_conjunction && !conjunction)
                && !(g.is_none()
                    && !conjunction
                    && self.place_closes_phrase(toks, &out[idx - 1], &out[idx]));
            if joined {
                had_conjunction = (g.is_some() && had_conjunction) || conjunction;
                let id = match (out[idx - 1].group, g) {
                    (Some(x), _) => x,
                    _ => {
                        ctx.next_group += 1;
                        ctx.next_group
                    }
                };
                out[idx - 1].group = Some(id);
                out[idx].group = Some(id);
                g = Some(id);
            } else {
                g = None;
                had_conjunction = false;
            }
        }
        // "the prime ministers of Papua New Guinea and the Solomon Islands",
        // "the foreign ministers of India and China": a plural role before
        // "of" and a list of countries is each country's.
        for idx in first_out..out.len() {
            let m = &out[idx];
            let (Some(g), Some(role), MentionKind::Role) = (m.group, m.role.clone(), m.kind) else {
                continue;
            };
            let of = (m.toks.0..m.toks.1).any(|t| toks.norm(t) == "of");
            let head = self.role_head(toks, m);
            if !of || !head.ends_with('s') || head.ends_with("ss") || m.org.is_some() {
                continue;
            }
            for n in out[idx + 1..].iter_mut() {
                if n.group == Some(g)
                    && n.kind == MentionKind::Country
                    && n.role.is_none()
                    && n.org.is_none()
                {
                    if let Some(c) = n.country.clone() {
                        n.set_code(Some(concat(&c, &role)));
                    }
                }
            }
        }
        for r in raws.iter() {
            if self.dict.entry(r.entry).kind == Kind::City {
                if let Some(c) = self.country_of(r.entry, ctx) {
                    *ctx.city_counts.entry(c).or_default() += 1;
                }
            }
        }
        // A capital naming a facility or an area is the place, not its
        // government: "near Baghdad airport", "Kabul province" → IRQ, AFG.
        for m in &mut out[first_out..] {
            if m.kind == MentionKind::Capital
                && m.toks.1 - m.toks.0 == 1
                && m.toks.1 < toks.len()
                && is_place_noun(toks.norm(m.toks.1))
                && m.role.is_some()
            {
                let c = m.country.clone();
                m.set_code(c);
            }
        }
        for m in &out[first_out..] {
            if let Some(c) = m.country.as_deref() {
                if m.kind != MentionKind::Pronoun {
                    ctx.note_country(c);
                }
            }
        }
        // A capital or city named before an act it only locates is no actor,
        // though its country still counts for the story: "the Kabul
        // bombing", "after the Paris attacks", "a Lagos riot". A word before
        // it shows the noun phrase ("the", "a", "in", "after"); an opening
        // name stays ("Moscow attacks Kyiv").
        let mut k = first_out;
        while k < out.len() {
            let m = &out[k];
            let (a, b) = m.toks;
            if matches!(m.kind, MentionKind::Capital | MentionKind::City)
                && a > 0
                && b < toks.len()
                && Self::is_lower(text, toks, b)
                && is_located_act(toks.norm(b))
                && is_noun_phrase_lead(toks.norm(a - 1))
            {
                out.remove(k);
            } else {
                k += 1;
            }
        }
        // The subject of this sentence, for the next: the first actor, if it
        // opens the sentence ("The Iranian government said", "It added").
        let subject = out[first_out..]
            .iter()
            .min_by_key(|m| m.toks.0)
            .filter(|m| m.toks.0 <= 1 && m.code.is_some());
        let continued = matches!(
            (subject, &ctx.last_subject),
            (Some(m), Some(a)) if m.kind == MentionKind::Pronoun && a.0.code == m.code
        );
        if !continued {
            ctx.last_subject_plural = subject.is_some_and(|m| {
                m.kind == MentionKind::Group
                    || (m.kind == MentionKind::Role && self.is_plural_mention(toks, m))
            });
            ctx.last_subject = subject.map(|m| (m.clone(), self.is_thing_mention(toks, m)));
        }
        // Named groups and organisations, for "the group", "the militants"
        // in later sentences.
        for m in &out[first_out..] {
            if m.code.is_none() || !matches!(m.kind, MentionKind::Group | MentionKind::Org) {
                continue;
            }
            if m.kind == MentionKind::Org {
                ctx.last_org = Some(m.clone());
            } else {
                ctx.last_group = Some(m.clone());
            }
            if m.kind == MentionKind::Group {
                if let (Some(r), Some(c)) = (m.role.as_deref(), m.code.as_deref()) {
                    if is_armed_role(r) && !ctx.armed_groups.iter().any(|(_, x)| x == c) {
                        ctx.armed_groups.push((r.into(), c.into()));
                    }
                }
            }
        }
        ctx.scratch = scratch;
    }

    /// Bodies no dictionary lists, named by a capitalised name before a
    /// head word (`is_body_head`: Association, Society, Federation, Union,
    /// Foundation, Fund, Institute, Party, or Front, Army, Movement with
    /// "Liberation"), or by the head and "of"/"for" and a capitalised name
    /// ("the Union of Concerned Scientists"). The words inside give the
    /// actor: a country, capital or nationality word its country ("Kenya
    /// National Farmers' Union" → `KEN`), a word of a trade or cause its
    /// sector (`body_sector`: medical → `HLH`, law/bar → `JUD`, journalists →
    /// `MED`, farmers → `AGR`, liberation → `REB`, ...), else a role word
    /// inside (the one nearest the head; none if it is armed), else the
    /// head's own (`NGO`, unions `LAB`); a party is always `PTY`, and an
    /// institute only a research or medical one (`EDU`, `HLH`). With no country word the country is resolved like a
    /// bare role's. A name that holds a listed organisation, group or person
    /// at its head, or a person before it, is left to those entries.
    fn named_bodies(
        &self,
        text: &str,
        toks: &Tokens,
        out: &mut Vec<Mention>,
        first_out: usize,
        bare: &mut Vec<(usize, Option<(usize, usize)>)>,
        date: Option<NaiveDate>,
    ) {
        let n = toks.len();
        let mut h = 1;
        while h < n {
            // The capital first: most tokens are lower case.
            if !toks.toks[h].is_cap() {
                h += 1;
                continue;
            }
            let head = toks.norm(h);
            if !is_body_head(head) || !Self::is_cap(text, toks, h) {
                h += 1;
                continue;
            }
            let at = |t: usize| {
                out[first_out..]
                    .iter()
                    .position(|m| m.toks.0 <= t && t < m.toks.1)
            };
            // A listed name holds the head word ("European Union", "Red
            // Crescent Society", "Haqqani network"): the dictionary knows it.
            if let Some(k) = at(h) {
                if out[first_out + k].kind != MentionKind::Role {
                    h += 1;
                    continue;
                }
            }
            let name_word = |t: usize| {
                let w = toks.norm(t);
                Self::name_token(text, toks, t)
                    && !is_calendar_word(w)
                    && !matches!(w, "the" | "a" | "an")
                    && !(t == 0 && (is_clause_opener(w) || is_sentence_opener(w)))
            };
            let person_at = |t: usize| {
                at(t).is_some_and(|k| {
                    matches!(
                        out[first_out + k].kind,
                        MentionKind::Person
                            | MentionKind::Learned
                            | MentionKind::Pronoun
                            | MentionKind::Org
                            | MentionKind::Group
                    )
                })
            };
            let mut a = h;
            while a > 0 && h - a < 6 {
                let p = a - 1;
                let w = toks.norm(p);
                let ok = if matches!(w, "'" | "'s") {
                    p > 0 && name_word(p - 1)
                } else if matches!(w, "and" | "&") {
                    a < h && p > 0 && name_word(p - 1)
                } else {
                    name_word(p)
                };
                if !ok || person_at(p) {
                    break;
                }
                a = p;
            }
            while a < h && matches!(toks.norm(a), "and" | "&" | "'" | "'s") {
                a += 1;
            }
            // "Union of Concerned Scientists", "Federation of Kenya Employers".
            let mut b = h + 1;
            if b + 1 < n && matches!(toks.norm(b), "of" | "for") {
                let mut c = b + 1;
                if toks.norm(c) == "the" {
                    c += 1;
                }
                let s = c;
                while c < n
                    && c - s < 5
                    && (name_word(c)
                        || (c > s
                            && matches!(toks.norm(c), "and" | "&" | "of")
                            && name_word(c + 1)))
                    && !person_at(c)
                {
                    c += 1;
                }
                if c > s {
                    b = c;
                }
            }
            if a == h && b == h + 1 {
                h += 1;
                continue;
            }
            // Mentions inside: none may reach outside the name.
            let inner: Vec<usize> = (first_out..out.len())
                .filter(|&k| out[k].toks.0 < b && a < out[k].toks.1)
                .collect();
            if inner
                .iter()
                .any(|&k| out[k].toks.0 < a || out[k].toks.1 > b)
            {
                h = b;
                continue;
            }
            let whole = match inner.as_slice() {
                [k] if out[*k].toks == (a, b) => Some(*k),
                _ => None,
            };
            let mut country: Option<CompactString> =
                inner.iter().find_map(|&k| out[k].country.clone());
            let mut country_rule = inner
                .iter()
                .find(|&&k| out[k].country.is_some())
                .and_then(|&k| out[k].rules.last().cloned());
            // A one-word country or city inside a name is no actor of its own
            // ("Kenya National Farmers' Union"), so it is looked up here.
            if country.is_none() {
                'find: for t in a..b {
                    for len in [2, 1] {
                        if t + len > b {
                            continue;
                        }
                        let words: SmallVec<[&str; 2]> =
                            (t..t + len).map(|i| toks.norm(i)).collect();
                        if let Some(e) = self.place_phrase(&words) {
                            let ent = self.dict.entry(e);
                            if let Some(c) = ActorCode::country_of(ent.code_at(date)) {
                                country = Some(CompactString::from(c));
                                country_rule = Some(ent.rule.clone());
                                break 'find;
                            }
                        }
                    }
                }
            }
            let union = matches!(head, "union" | "syndicate");
            let cue = (a..b).find_map(|t| body_sector(toks.norm(t)).map(|s| (t, s)));
            // The role word nearest the head names whom the body gathers
            // ("Association of Terrorist Victims": victims, not terrorists).
            let role_inner = inner
                .iter()
                .rev()
                .find_map(|&k| out[k].role.clone().map(|r| (r, out[k].rules[0].clone())));
            // Armed people in the name of a union, an association or a fund
            // ("Union of Forces for ...", "Veterans' Army Association") make
            // it no plain civil body: left to the words' own readings.
            let armed = role_inner.as_ref().is_some_and(|(r, _)| {
                matches!(r.as_str(), "MIL" | "INS" | "UAF" | "REB" | "SEP" | "CRM")
            });
            let (sector, rule): (&str, Option<RuleRef>) = match cue {
                // A party is a party whatever it is named for ("Workers'
                // Party", "People's Party").
                _ if head == "party" => ("PTY", None),
                Some((_, "REB")) => ("REB", None),
                _ if armed => ("", None),
                Some((t, s)) => {
                    // A union of employed professionals is organised labour
                    // ("Kenya National Union of Teachers", "nurses' union").
                    let s = if union
                        && matches!(
                            toks.norm(t),
                            "teachers"
                                | "lecturers"
                                | "professors"
                                | "educators"
                                | "nurses"
                                | "doctors"
                                | "physicians"
                                | "midwives"
                                | "paramedics"
                                | "pharmacists"
                        ) {
                        "LAB"
                    } else {
                        s
                    };
                    (s, None)
                }
                None => match &role_inner {
                    Some((r, rule)) if r.as_str() != "LAB" || union => {
                        (body_role_static(r), Some(rule.clone()))
                    }
                    _ => match head {
                        "union" | "syndicate" => ("LAB", None),
                        "front" | "army" | "movement" | "institute" => {
                            h = b;
                            continue;
                        }
                        _ => ("NGO", None),
                    },
                },
            };
            // A listed role phrase over the whole name with this sector
            // already says it ("the Kenyan Farmers' Association").
            let same = whole.is_some_and(|k| out[k].role.as_deref() == Some(sector));
            // An institute is a research or medical one ("Peace Research
            // Institute"); others are often state agencies ("National
            // Electoral Institute") and are left alone.
            if same
                || sector.is_empty()
                || (matches!(head, "front" | "army" | "movement") && sector != "REB")
                || (head == "institute" && !matches!(sector, "EDU" | "HLH"))
            {
                h = b;
                continue;
            }
            let rule = rule.or_else(|| {
                self.sector_entry(sector)
                    .map(|e| self.dict.entry(e).rule.clone())
            });
            let Some(rule) = rule else {
                h = b;
                continue;
            };
            let code = match &country {
                Some(c) => concat(c, sector),
                None => concat("---", sector),
            };
            let span = Span::new(toks.toks[a].start, toks.toks[b - 1].end);
            let mut m = Mention::new(span, (a, b), Some(code), MentionKind::Role);
            m.rules = smallvec![rule];
            if let Some(r) = country_rule.filter(|_| country.is_some()) {
                m.rules.push(r);
            }
            m.confidence = if country.is_some() { 0.8 } else { 0.5 };
            // Drop the mentions inside (from the back, keeping indices valid),
            // and the bare-role slots that pointed at them.
            for &k in inner.iter().rev() {
                out.remove(k);
                bare.retain(|(i, _)| *i != k);
                for (i, _) in bare.iter_mut() {
                    if *i > k {
                        *i -= 1;
                    }
                }
            }
            if country.is_none() {
                bare.push((out.len(), None));
            }
            out.push(m);
            h = b;
        }
    }

    /// A country, nationality, capital or city entry written as `words`
    /// (capitalised in the dictionary: a proper name).
    fn place_phrase(&self, words: &[&str]) -> Option<u32> {
        self.phrase_entry(words, |p, kind| {
            p.cap
                && !p.surname_only
                && matches!(
                    kind,
                    Kind::Country | Kind::Adjective | Kind::Capital | Kind::City
                )
        })
    }

    /// The dictionary phrases written exactly as `words`.
    fn phrases_written<'s>(&'s self, words: &'s [&str]) -> impl Iterator<Item = &'s Phrase> + 's {
        self.dict
            .index
            .get(words[0])
            .into_iter()
            .flat_map(|slot| slot.multi.iter().chain(slot.single.iter()))
            .map(|ie| &self.dict.phrases[ie.pid as usize])
            .filter(move |p| {
                p.tokens.len() == words.len() && p.tokens.iter().zip(words).all(|(a, b)| &**a == *b)
            })
    }

    /// The entry of a phrase written exactly as `words` (not an `exact`
    /// spelling variant) that `fits` its phrase and kind.
    fn phrase_entry(&self, words: &[&str], fits: impl Fn(&Phrase, Kind) -> bool) -> Option<u32> {
        self.phrases_written(words)
            .find(|p| p.exact.is_none() && fits(p, self.dict.entry(p.entry).kind))
            .map(|p| p.entry)
    }

    /// The role entry whose rule a named body of `sector` is coded by.
    fn sector_entry(&self, sector: &str) -> Option<u32> {
        let words: &[&str] = match sector {
            "REB" => &["rebels"],
            "HLH" => &["doctors"],
            "JUD" => &["lawyers"],
            "MED" => &["journalists"],
            "EDU" => &["teachers"],
            "AGR" => &["farmers"],
            "LAB" => &["unions"],
            "BUS" => &["employers"],
            "HRI" => &["rights", "groups"],
            "ENV" => &["environmentalists"],
            "REL" => &["clergy"],
            "REF" => &["refugees"],
            "NGO" => &["charities"],
            "PTY" => &["political", "party"],
            _ => return None,
        };
        self.phrases_written(words)
            .filter(|p| self.dict.entry(p.entry).kind == Kind::Role)
            .map(|p| p.entry)
            .min()
    }

    /// "the two Koreas", "both Koreas", "the two Sudans": each of the divided
    /// country's halves, listed together (one coordination group), so that
    /// a joint act ("the two Koreas agreed to talks") is coded both ways.
    fn divided_pairs(
        &self,
        text: &str,
        toks: &Tokens,
        ctx: &mut ArticleContext,
        out: &mut Vec<Mention>,
        first_out: usize,
    ) {
        if self.dict.divided_plurals.is_empty() {
            return;
        }
        for i in 1..toks.len() {
            if !matches!(toks.norm(i - 1), "two" | "both") || !Self::is_cap(text, toks, i) {
                continue;
            }
            let Some((n, s, rule)) = self.dict.divided_plurals.get(toks.norm(i)) else {
                continue;
            };
            if out[first_out..]
                .iter()
                .any(|m| m.toks.0 <= i && i < m.toks.1)
            {
                continue;
            }
            let a = i - 1;
            let span = Span::new(toks.toks[a].start, toks.toks[i].end);
            ctx.next_group += 1;
            let g = ctx.next_group;
            for c in [n, s] {
                let mut m = Mention::new(
                    span,
                    (a, i + 1),
                    Some(c.as_str().into()),
                    MentionKind::Country,
                );
                m.rules = smallvec![rule.clone()];
                m.group = Some(g);
                out.push(m);
            }
        }
    }

    /// A vessel named by the flag it sails under is an actor of that country:
    /// "a Liberian-flagged tanker", "the Panama - flagged freighter", "a
    /// Marshall Islands-flagged bulk carrier" → `LBRBUS`, `PANBUS`, `MHLBUS`.
    /// A merchant ship is a commercial asset registered in the flag state
    /// (CAMEO `BUS`; the owner's own country is rarely stated). The country
    /// word before "-flagged" alone is no actor.
    fn flagged_vessels(
        &self,
        text: &str,
        toks: &Tokens,
        ctx: &ArticleContext,
        out: &mut Vec<Mention>,
        first: usize,
    ) {
        let n = toks.len();
        for i in 0..n {
            let w = toks.norm(i);
            // The country's last word and where the country may start.
            let (last, end_tok) = if let Some(p) = w.strip_suffix("-flagged") {
                (p, i)
            } else if w == "flagged" && i >= 2 && toks.norm(i - 1) == "-" {
                (toks.norm(i - 2), i - 2)
            } else {
                continue;
            };
            if last.is_empty() {
                continue;
            }
            // A vessel noun within four lower-case words after it.
            let Some(head) = (i + 1..n.min(i + 5))
                .take_while(|&k| Self::is_lower(text, toks, k))
                .find(|&k| is_vessel_noun(toks.norm(k)))
            else {
                continue;
            };
            // The country: its last word, with up to two words before it.
            let mut found: Option<(usize, u32)> = None;
            for extra in (0..=2usize).rev() {
                if extra > end_tok {
                    continue;
                }
                let start = end_tok - extra;
                let mut words: Vec<&str> = (start..end_tok).map(|k| toks.norm(k)).collect();
                words.push(last);
                if let Some(e) = self.country_phrase(&words) {
                    found = Some((start, e));
                    break;
                }
            }
            let Some((start, e)) = found else {
                continue;
            };
            if !Self::is_cap(text, toks, start) {
                continue;
            }
            let code = self.dict.entry(e).code_at(ctx.date);
            let Some(country) = ActorCode::country_of(code) else {
                continue;
            };
            let mut k = first;
            while k < out.len() {
                if out[k].toks.0 <= head && out[k].toks.1 > start {
                    out.remove(k);
                } else {
                    k += 1;
                }
            }
            let span = Span::new(toks.toks[start].start, toks.toks[head].end);
            let mut m = Mention::new(
                span,
                (start, head + 1),
                Some(concat(country, "BUS")),
                MentionKind::Role,
            );
            m.rules = smallvec![self.dict.entry(e).rule.clone()];
            m.confidence = 0.7;
            out.push(m);
        }
    }

    /// A name or role joined by a hyphen to a word that makes it the holder
    /// or agent of the noun after it is that actor: "the rebel-held town"
    /// (`REB`), "a Taliban-controlled district", "the UN-brokered truce",
    /// "Israeli-occupied land" (spaced "rebel - held" is read as one word).
    /// Backers, makers and origins ("U.N.-backed", "Russian-made") are no
    /// actor: see `is_compound_tail`.
    fn agent_compounds(
        &self,
        text: &str,
        toks: &Tokens,
        ctx: &ArticleContext,
        out: &mut Vec<Mention>,
        first: usize,
    ) {
        for i in 0..toks.len() {
            let w = toks.norm(i);
            let Some((head, tail)) = w.rsplit_once('-') else {
                continue;
            };
            if head.is_empty() || !is_agent_tail(tail) {
                continue;
            }
            if out[first..].iter().any(|m| m.toks.0 <= i && i < m.toks.1) {
                continue;
            }
            let Some(slot) = self.dict.index.get(head) else {
                continue;
            };
            let cap = Self::is_cap(text, toks, i);
            let Some(p) = slot
                .single
                .iter()
                .map(|ie| &self.dict.phrases[ie.pid as usize])
                .find(|p| {
                    let kind = self.dict.entry(p.entry).kind;
                    p.exact.is_none()
                        && !p.surname_only
                        && kind != Kind::Block
                        && kind != Kind::Context
                        && kind != Kind::Modifier
                        && (!kind.is_proper_name() || !p.cap || cap)
                })
            else {
                continue;
            };
            let e = self.dict.entry(p.entry);
            let code = e.code_at(ctx.date);
            let code: CompactString = match e.kind {
                Kind::Role => {
                    let country = ctx.dateline_country.as_deref().or(ctx.main_country());
                    concat(country.unwrap_or("---"), code)
                }
                Kind::Country | Kind::Adjective => match ActorCode::country_of(code) {
                    Some(c) => c.into(),
                    None => continue,
                },
                Kind::Religion => continue,
                _ => code.into(),
            };
            let mut m = Mention::new(
                Span::new(toks.toks[i].start, toks.toks[i].end),
                (i, i + 1),
                Some(code),
                MentionKind::from(e.kind),
            );
            m.rules = smallvec![e.rule.clone()];
            m.confidence = 0.6;
            out.push(m);
        }
    }

    /// The country or nationality entry written exactly as `words`, if any.
    fn country_phrase(&self, words: &[&str]) -> Option<u32> {
        self.phrase_entry(words, |_, kind| {
            matches!(kind, Kind::Country | Kind::Adjective)
        })
    }

    /// An armed role named by its tie to a group is that group: "militants
    /// linked to the Maute group", "gunmen loyal to Boko Haram", "fighters
    /// affiliated with al-Shabab", "rebels allied with the SPLM" → the
    /// group's code, one mention over both.
    fn linked_to_group(&self, toks: &Tokens, out: &mut Vec<Mention>, first: usize) {
        let mut k = first;
        while k < out.len() {
            let m = &out[k];
            let armed = m.kind == MentionKind::Role
                && m.rules.len() == 1
                && m.role.as_deref().is_some_and(is_armed_role);
            if !armed {
                k += 1;
                continue;
            }
            let mut t = m.toks.1;
            if t < toks.len() && toks.norm(t) == "," {
                t += 1;
            }
            let w = |i: usize| if i < toks.len() { toks.norm(i) } else { "" };
            let skip = match (w(t), w(t + 1)) {
                ("linked" | "tied" | "loyal" | "belonging", "to") => 2,
                ("allied" | "affiliated" | "aligned", "to" | "with") => 2,
                ("suspected" | "believed" | "thought" | "said", "to") if w(t + 2) == "be" => 3,
                _ => 0,
            };
            if skip == 0 {
                k += 1;
                continue;
            }
            t += skip;
            if matches!(w(t), "members" | "fighters" | "militants") && w(t + 1) == "of" {
                t += 2;
            }
            if w(t) == "the" {
                t += 1;
            }
            let g = out[first..]
                .iter()
                .position(|x| x.toks.0 == t && x.kind == MentionKind::Group && x.code.is_some())
                .map(|p| p + first);
            let Some(g) = g else {
                k += 1;
                continue;
            };
            let group = out[g].clone();
            let m = &mut out[k];
            m.set_code(group.code.clone());
            m.span = Span::new(m.span.start, group.span.end);
            m.toks = (m.toks.0, group.toks.1);
            m.kind = MentionKind::Group;
            m.rules = group.rules.clone();
            m.confidence = group.confidence.min(0.8);
            out.remove(g);
            if g < k {
                k -= 1;
            }
            k += 1;
        }
    }

    /// Definite descriptions of a group named in an earlier sentence: "the
    /// group said", "The movement has denied", "the agency added" stand for
    /// the group (or organisation) named last in the article; "the
    /// militants" / "the rebels" / "the insurgents" for the one armed group
    /// of that kind the article has named ("Boko Haram raided a village ...
    /// The militants killed 12" → the group). Not when the sentence names a
    /// group of its own.
    fn group_anaphora(
        &self,
        toks: &Tokens,
        ctx: &ArticleContext,
        out: &mut Vec<Mention>,
        first: usize,
    ) {
        let n = toks.len();
        if out[first..].iter().any(|m| m.kind == MentionKind::Group) {
            return;
        }
        // "the militants", "the rebels": bare armed roles after "the".
        for m in out[first..].iter_mut() {
            if m.kind != MentionKind::Role || m.rules.len() != 1 || m.toks.0 == 0 {
                continue;
            }
            if toks.norm(m.toks.0 - 1) != "the" || m.toks.1 - m.toks.0 != 1 {
                continue;
            }
            let Some(role) = m.role.clone() else {
                continue;
            };
            if !is_armed_role(&role) || !toks.norm(m.toks.0).ends_with('s') {
                continue;
            }
            let mut codes = ctx
                .armed_groups
                .iter()
                .filter(|(r, _)| role == "UAF" || *r == role)
                .map(|(_, c)| c);
            if let (Some(c), None) = (codes.next(), codes.next()) {
                m.set_code(Some(c.clone()));
                m.kind = MentionKind::Pronoun;
                m.confidence = 0.5;
            }
        }
        if ctx.last_group.is_none() && ctx.last_org.is_none() {
            return;
        }
        for i in 0..n.saturating_sub(1) {
            if toks.norm(i) != "the" {
                continue;
            }
            // A group word stands for the last named group (or, for "group",
            // the last organisation when no group was named: "Amnesty
            // International ... the group said"); an agency or organisation
            // for the last named organisation.
            let (group, org) = (ctx.last_group.as_ref(), ctx.last_org.as_ref());
            let group_role = group.and_then(|m| m.role.as_deref());
            let g = match toks.norm(i + 1) {
                "group" => group.or(org),
                "movement" | "outfit" | "faction" => group,
                "party" => group.filter(|_| group_role == Some("PTY")),
                "militia" => group.filter(|_| group_role.is_some_and(is_armed_role)),
                "agency" => org,
                "organisation" | "organization" => org.or(group),
                _ => None,
            };
            let Some(g) = g else {
                continue;
            };
            let next = if i + 2 < n { toks.norm(i + 2) } else { "" };
            let opens = i == 0;
            let speaks = SPEECH.contains(&next)
                || matches!(
                    next,
                    "has"
                        | "had"
                        | "have"
                        | "also"
                        | "denied"
                        | "vowed"
                        | "threatened"
                        | "accused"
                        | "demanded"
                        | "rejected"
                        | "issued"
                        | "posted"
                        | "called"
                        | "urged"
                        | "condemned"
                        | "blamed"
                        | "admitted"
                        | "pledged"
                        | "did"
                        | "does"
                );
            if !(opens || speaks) || next == "of" {
                continue;
            }
            if out[first..]
                .iter()
                .any(|m| m.toks.0 <= i + 1 && i < m.toks.1)
            {
                continue;
            }
            let span = Span::new(toks.toks[i].start, toks.toks[i + 1].end);
            let mut m = Mention::new(span, (i, i + 2), g.code.clone(), MentionKind::Pronoun);
            m.rules = g.rules.clone();
            m.confidence = 0.5;
            out.push(m);
        }
    }

    /// Abbreviations defined in brackets after a name ("the Syrian Arab Army
    /// (SAA)", "the Rapid Action Battalion (RAB)") stand for that actor in
    /// the rest of the article, written in capitals ("the SAA's 4th
    /// Division"). Abbreviations the dictionaries list keep their entry.
    fn acronyms(
        &self,
        text: &str,
        toks: &Tokens,
        ctx: &mut ArticleContext,
        out: &mut Vec<Mention>,
        first: usize,
    ) {
        let n = toks.len();
        let upper = |i: usize| {
            let t = &toks.toks[i];
            let w = &text[t.start..t.end];
            (2..=7).contains(&w.len())
                && w.bytes().all(|b| b.is_ascii_uppercase() || b == b'-')
                && w.bytes().filter(|b| b.is_ascii_uppercase()).count() >= 2
        };
        // Defined here: NAME ( ABBR ).
        let mut defined: Vec<usize> = Vec::new();
        for m in &out[first..] {
            let Some(code) = m.code.as_deref() else {
                continue;
            };
            let named = match m.kind {
                MentionKind::Group
                | MentionKind::Org
                | MentionKind::Metonym
                | MentionKind::Country => true,
                MentionKind::Role => !code.starts_with("---") && m.rules.len() >= 2,
                _ => false,
            };
            let b = m.toks.1;
            if !named || b + 2 >= n || toks.norm(b) != "(" || toks.norm(b + 2) != ")" {
                continue;
            }
            // A listed word keeps its entry (a surname of a listed person does not count).
            let listed = self.dict.index.get(toks.norm(b + 1)).is_some_and(|slot| {
                slot.single
                    .iter()
                    .any(|ie| !self.dict.phrases[ie.pid as usize].surname_only)
            });
            if !upper(b + 1) || listed {
                continue;
            }
            let Some(rule) = m.rules.first().cloned() else {
                continue;
            };
            ctx.acronyms
                .insert(toks.norm(b + 1).into(), (code.into(), m.kind, rule));
            defined.push(b + 1);
        }
        if ctx.acronyms.is_empty() {
            return;
        }
        // Used here, outside its own definition.
        for i in 0..n {
            if defined.contains(&i) || !upper(i) {
                continue;
            }
            let Some((code, kind, rule)) = ctx.acronyms.get(toks.norm(i)) else {
                continue;
            };
            if out[first..].iter().any(|m| m.toks.0 <= i && i < m.toks.1) {
                continue;
            }
            let span = Span::new(toks.toks[i].start, toks.toks[i].end);
            let mut m = Mention::new(span, (i, i + 1), Some(code.clone()), *kind);
            m.rules = smallvec![rule.clone()];
            m.confidence = 0.6;
            out.push(m);
        }
    }

    /// A place named after a preposition, then a comma, then an actor that
    /// is no place: the comma closes the phrase the place belongs to ("Hours
    /// after the blast in Baghdad, Iraqi police arrested ...", "In Paris,
    /// French officials said"), so the two are not a list. Lists of places
    /// ("in Paris, Berlin and Rome") stay lists.
    fn place_closes_phrase(&self, toks: &Tokens, a: &Mention, b: &Mention) -> bool {
        let is_place = |k: MentionKind| {
            matches!(
                k,
                MentionKind::Capital | MentionKind::City | MentionKind::Country
            )
        };
        if !is_place(a.kind) || is_place(b.kind) {
            return false;
        }
        let mut t = a.toks.0;
        if t > 0 && toks.norm(t - 1) == "the" {
            t -= 1;
        }
        t > 0
            && matches!(
                toks.norm(t - 1),
                "in" | "at" | "near" | "outside" | "inside" | "across" | "throughout" | "from"
            )
    }

    /// The head word of a role mention: its last role word before any
    /// "of"/"from"/"in" and any name ("Turkey's president" → "president",
    /// "ministers from Brazil" → "ministers", "Defence Minister Jane Roe" →
    /// "minister").
    fn role_head<'t>(&self, toks: &'t Tokens, m: &Mention) -> &'t str {
        let (a, b) = m.toks;
        let cut = (a + 1..b)
            .find(|&t| matches!(toks.norm(t), "of" | "from" | "in" | "for" | "at"))
            .unwrap_or(b);
        let role_word = |w: &str| {
            self.dict.index.get(w).is_some_and(|slot| {
                slot.single.iter().any(|ie| {
                    let p = &self.dict.phrases[ie.pid as usize];
                    self.dict.entry(p.entry).kind == Kind::Role
                })
            })
        };
        (a..cut)
            .rev()
            .find(|&t| !toks.toks[t].is_cap() || role_word(toks.norm(t)))
            .map(|t| toks.norm(t))
            .unwrap_or_else(|| toks.norm(a))
    }

    /// A person, or a role held by one person ("the former mayor", "a
    /// Russian diplomat"): what "him"/"her" may stand for.
    fn is_person_mention(&self, toks: &Tokens, m: &Mention) -> bool {
        match m.kind {
            MentionKind::Person | MentionKind::Learned => true,
            MentionKind::Role => {
                let h = self.role_head(toks, m);
                m.group.is_none()
                    && !is_institution_noun(h)
                    && (!h.ends_with('s') || h.ends_with("ss"))
                    && !matches!(h, "people" | "police" | "personnel" | "staff")
            }
            _ => false,
        }
    }

    /// A country, organisation, group or institution: what "it" may stand for.
    fn is_thing_mention(&self, toks: &Tokens, m: &Mention) -> bool {
        match m.kind {
            MentionKind::Country
            | MentionKind::Capital
            | MentionKind::Metonym
            | MentionKind::City
            | MentionKind::Org
            | MentionKind::Group
            | MentionKind::Context => true,
            MentionKind::Role => is_institution_noun(self.role_head(toks, m)),
            _ => false,
        }
    }

    /// A plural actor: what "them" may stand for ("protesters", "Iraqis",
    /// "Shiites", "the police").
    fn is_plural_mention(&self, toks: &Tokens, m: &Mention) -> bool {
        match m.kind {
            MentionKind::Role | MentionKind::Adjective | MentionKind::Religion => {
                let h = self.role_head(toks, m);
                (h.ends_with('s') && !h.ends_with("ss"))
                    || h.ends_with("men")
                    || matches!(h, "people" | "police" | "personnel" | "staff")
            }
            _ => false,
        }
    }

    /// Give bare roles ("police", "protesters", "the government") a country:
    /// a place named in the sentence after "in"/"outside"/... nearest to the
    /// role ("protesters in Tbilisi", "soldiers in Niger"), else the dateline's
    /// country, else the country the article has mentioned most, else the only
    /// country of the sentence. Unresolved roles keep `---`.
    fn resolve_bare_roles(
        &self,
        toks: &Tokens,
        ctx: &mut ArticleContext,
        out: &mut [Mention],
        first: usize,
        bare: &[(usize, Option<(usize, usize)>)],
        hints: &[(usize, CompactString)],
    ) {
        if bare.is_empty() {
            return;
        }
        let locative = |m: &Mention| {
            let mut i = m.toks.0;
            while i > 0
                && matches!(
                    toks.norm(i - 1),
                    "the"
                        | "northern"
                        | "southern"
                        | "eastern"
                        | "western"
                        | "central"
                        | "north-eastern"
                        | "north-western"
                        | "south-eastern"
                        | "south-western"
                        | "northeastern"
                        | "northwestern"
                        | "southeastern"
                        | "southwestern"
                )
            {
                i -= 1;
            }
            i > 0
                && matches!(
                    toks.norm(i - 1),
                    "in" | "at"
                        | "outside"
                        | "near"
                        | "inside"
                        | "across"
                        | "throughout"
                        | "around"
                        | "of"
                )
        };
        let loc_at = |i: usize| {
            let mut i = i;
            while i > 0
                && !matches!(
                    toks.norm(i - 1),
                    "in" | "at"
                        | "outside"
                        | "near"
                        | "inside"
                        | "across"
                        | "throughout"
                        | "around"
                        | "of"
                )
                && i + 4 > 0
                && toks
                    .norm(i - 1)
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b == b'-')
                && !matches!(
                    toks.norm(i - 1),
                    "and" | "or" | "by" | "to" | "with" | "from"
                )
            {
                i -= 1;
            }
            i > 0
                && matches!(
                    toks.norm(i - 1),
                    "in" | "at"
                        | "outside"
                        | "near"
                        | "inside"
                        | "across"
                        | "throughout"
                        | "around"
                        | "of"
                )
        };
        let mut sentence_countries: Vec<(usize, CompactString, bool, bool)> = out[first..]
            .iter()
            .filter(|m| {
                !matches!(m.kind, MentionKind::Pronoun | MentionKind::Role) || m.country.is_some()
            })
            .filter_map(|m| {
                let c = m.country.clone()?;
                // "victims in Syria": the place inside a role's span counts
                // where it stands, as a place.
                let inner = (m.kind == MentionKind::Role)
                    .then(|| {
                        (m.toks.0 + 1..m.toks.1.saturating_sub(1)).find(|&t| {
                            matches!(toks.norm(t), "in" | "at" | "near" | "outside" | "inside")
                        })
                    })
                    .flatten();
                Some(match inner {
                    Some(t) => (t + 1, c, true, true),
                    None => (m.toks.0, c, locative(m), false),
                })
            })
            .collect();
        for (t, c) in hints {
            sentence_countries.push((*t, c.clone(), loc_at(*t), false));
        }
        // A sentence about one country's domestic actors ("Kenya's opposition
        // said police ...", "Ugandan lawmakers ... protesters") gives that
        // country to its bare roles, over the dateline's or the article's.
        // Civilians named after the bare role ("police arrested two Somali
        // nationals") are often foreigners it acts on: they count only for
        // bare roles after them (see `domestic_for`).
        let mut domestic_cands: SmallVec<[(usize, CompactString, bool); 4]> = SmallVec::new();
        // Rebels and separatists named with their country ("Sudanese rebels
        // attacked a government garrison"): the government and army they
        // fight are their own country's, over the dateline's.
        let mut armed_home: Option<&CompactString> = None;
        let mut armed_ok = true;
        for (idx, m) in out.iter().enumerate().skip(first) {
            // Roles placed by "in"/"at" ("a force in Afghanistan") say where,
            // not whose.
            let placed = (m.toks.0..m.toks.1).any(|t| matches!(toks.norm(t), "in" | "at"));
            if m.kind != MentionKind::Role || placed || bare.iter().any(|&(k, _)| k == idx) {
                continue;
            }
            if let (Some(c), Some(r)) = (m.country.as_ref(), m.role.as_deref()) {
                if role_takes_in(r) {
                    let civil = !matches!(r, "GOV" | "COP" | "JUD" | "LEG" | "OPP");
                    domestic_cands.push((m.toks.0, c.clone(), civil));
                } else if matches!(r, "REB" | "SEP") && m.kind == MentionKind::Role {
                    match armed_home {
                        Some(d) if d != c => armed_ok = false,
                        _ => armed_home = Some(c),
                    }
                }
            }
        }
        // The one country of the domestic actors that count for a bare role
        // at token `at`; none when they name two.
        let domestic_for = |at: usize| {
            let mut one: Option<&CompactString> = None;
            for (p, c, civil) in &domestic_cands {
                if *civil && *p > at {
                    continue;
                }
                match one {
                    Some(d) if d != c => return None,
                    _ => one = Some(c),
                }
            }
            one.cloned()
        };
        let armed_home = armed_home.filter(|_| armed_ok).cloned();
        let main = ctx.main_country().map(CompactString::from);
        let mut distinct: Vec<&CompactString> =
            sentence_countries.iter().map(|(_, c, _, _)| c).collect();
        distinct.sort();
        distinct.dedup();
        for &(k, learn) in bare {
            let at = out[k].toks.0;
            let end = out[k].toks.1;
            // Where something happens says whose police, protesters or
            // villagers act, but not whose ministers or negotiators: they meet
            // abroad ("ministers, meeting in Brussels"). For government roles
            // only a place attached to the role counts ("officials in Kabul").
            let gov = out[k].role.as_deref() == Some("GOV");
            // A place inside another role's span ("victims in Syria") is not
            // where troops or spies come from.
            let foreign = matches!(out[k].role.as_deref(), Some("MIL" | "SPY"));
            let loc = sentence_countries
                .iter()
                .filter(|(p, _, l, inner)| {
                    *l && (!gov || (*p >= end && *p <= end + 3)) && !(*inner && foreign)
                })
                .min_by_key(|(p, _, _, _)| p.abs_diff(at))
                .map(|(_, c, _, _)| c.clone());
            // "its troops", "their forces", "his government": the owner named
            // before decides, over any place ("Israel pulled its troops out of
            // Gaza").
            if let Some(owner) = self.possessive_owner(toks, ctx, out, first, at) {
                if !matches!(out[k].role.as_deref(), Some("NGO" | "IGO" | "NGM") | None) {
                    let code = match (owner.kind, owner.country.as_deref()) {
                        (MentionKind::Org | MentionKind::Group, _) | (_, None) => {
                            owner.code.clone()
                        }
                        (_, Some(c)) => {
                            match out[k].code.as_deref().and_then(|x| x.strip_prefix("---")) {
                                Some(rest) => Some(concat(c, rest)),
                                None => out[k].role.as_deref().map(|r| concat(c, r)),
                            }
                        }
                    };
                    if code.is_some() {
                        out[k].set_code(code);
                        out[k].confidence = 0.6;
                        continue;
                    }
                }
            }
            // "Ghana sent 300 troops to Mali": the sender's, over the place.
            if let Some(c) = self.sender_country(toks, out, first, k) {
                let code = match out[k].code.as_deref().and_then(|x| x.strip_prefix("---")) {
                    Some(rest) => concat(&c, rest),
                    None => concat(&c, out[k].role.as_deref().unwrap_or_default()),
                };
                out[k].set_code(Some(code));
                out[k].confidence = 0.6;
                continue;
            }
            // A bare government role opening the sentence ("Officials said",
            // "The ministry added") continues the previous sentence's subject
            // when that named a country ("Japan's foreign minister arrived in
            // Abuja ... Officials said"), over the dateline's country.
            // So does one opening a clause joined by "and" to a sentence whose
            // subject named a country, when no other country stands between
            // ("Tanzania closed its border, and officials said ...").
            let continued = if !gov {
                None
            } else if at <= 1 {
                ctx.last_subject
                    .as_ref()
                    .filter(|(m, _)| named_country(m))
                    .and_then(|(m, _)| m.country.clone())
            } else {
                let mut a = at;
                if matches!(toks.norm(a - 1), "the" | "its") {
                    a -= 1;
                }
                let subject = out[first..]
                    .iter()
                    .min_by_key(|m| m.toks.0)
                    .filter(|m| m.toks.0 <= 1 && m.toks.1 < a && named_country(m));
                match subject {
                    Some(s) if a >= 1 && toks.norm(a - 1) == "and" => {
                        let c = s.country.clone();
                        let other = sentence_countries
                            .iter()
                            .any(|(p, x, _, _)| *p >= s.toks.1 && *p < at && Some(x) != c.as_ref());
                        c.filter(|_| !other)
                    }
                    _ => None,
                }
            };
            // An opposition belongs to a government: one named in the sentence
            // ("the government ... talks with the opposition in Oslo") says
            // whose, over the place where it meets.
            // "Israeli troops shot a gunman near Jenin, the army said": a
            // state body that reports the sentence's act after a comma is the
            // subject's own, not the place's.
            let reporter = self.reporting_state_role(toks, out, first, k);
            let opp = out[k].role.as_deref() == Some("OPP");
            let domestic = domestic_for(at);
            let (loc, domestic_first) = match (&domestic, opp) {
                (Some(d), true) => (Some(d.clone()), loc),
                _ => (loc, domestic.clone()),
            };
            let state = matches!(out[k].role.as_deref(), Some("GOV" | "MIL"));
            let country = reporter
                .or(loc)
                .or(domestic_first)
                .or_else(|| armed_home.clone().filter(|_| state))
                .or(continued)
                .or_else(|| ctx.dateline_country.as_deref().map(CompactString::from))
                .or_else(|| main.clone())
                .or_else(|| (distinct.len() == 1).then(|| distinct[0].clone()));
            let role = out[k].role.clone().unwrap_or_default();
            // Aid agencies and charities are transnational in CAMEO (`NGO`):
            // the dateline or the story's country does not make them local.
            if matches!(role.as_str(), "NGO" | "IGO" | "NGM") {
                out[k].set_code(Some(role.clone()));
                out[k].confidence = 0.6;
            } else if let Some(c) = &country {
                // The country takes the place of the unknown one: `---COP` →
                // `KENCOP`, `---UAFMOSSHI` → `IRQUAFMOSSHI`.
                let code = match out[k].code.as_deref().and_then(|x| x.strip_prefix("---")) {
                    Some(rest) => concat(c, rest),
                    None => concat(c, &role),
                };
                out[k].set_code(Some(code));
                out[k].confidence = 0.6;
            }
            if let Some((a, b)) = learn {
                let code = out[k].code.clone().unwrap_or_default();
                let rule = out[k].rules[0].clone();
                self.learn(toks, a, b, &code, &rule, ctx);
                ctx.last_person = Some(out[k].clone());
            }
        }
    }

    /// The country of the sentence's subject, for bare state role `k` that
    /// reports the sentence after a comma ("Turkish jets struck targets in
    /// northern Iraq, the military said"; "..., the premier's office said"):
    /// the body speaks for the state that acted. Only an army, government or
    /// intelligence body, and only when the subject opens the sentence and is
    /// itself a state actor with a country (a country, its capital or seat of
    /// power, or a state role: "Israeli troops", "Moscow", "Iraqi warplanes").
    /// Police report where they are ("Gunmen killed five people in Karachi,
    /// police said") and are left to the place.
    fn reporting_state_role(
        &self,
        toks: &Tokens,
        out: &[Mention],
        first: usize,
        k: usize,
    ) -> Option<CompactString> {
        if !matches!(out[k].role.as_deref(), Some("GOV" | "MIL" | "SPY")) {
            return None;
        }
        let (at, end) = out[k].toks;
        let mut a = at;
        if a > 0 && matches!(toks.norm(a - 1), "the" | "its") {
            a -= 1;
        }
        if a == 0 || toks.norm(a - 1) != "," {
            return None;
        }
        let mut b = end;
        let pos = possessive_len(toks, b);
        if pos > 0 {
            b += pos;
            if b < toks.len()
                && matches!(
                    toks.norm(b),
                    "office" | "spokesman" | "spokeswoman" | "spokesperson" | "statement"
                )
            {
                b += 1;
            }
        }
        if b >= toks.len()
            || !matches!(
                toks.norm(b),
                "said" | "says" | "announced" | "reported" | "added" | "confirmed" | "stated"
            )
        {
            return None;
        }
        let subject = out[first..]
            .iter()
            .filter(|m| m.toks.0 < at)
            .min_by_key(|m| m.toks.0)?;
        let state = match subject.kind {
            MentionKind::Country | MentionKind::Capital | MentionKind::Metonym => subject
                .role
                .as_deref()
                .is_none_or(|r| matches!(r, "GOV" | "MIL" | "COP" | "SPY")),
            MentionKind::Role | MentionKind::Person => {
                matches!(subject.role.as_deref(), Some("GOV" | "MIL" | "SPY"))
            }
            _ => false,
        };
        (subject.toks.0 <= 1 && state && named_country(subject))
            .then(|| subject.country.clone())
            .flatten()
    }

    /// The country of the state that sends bare role `k`: a role that is the
    /// object of a verb or noun of sending ("Ghana sent 300 troops to Mali",
    /// "announced the deployment of 200 soldiers", "dispatched medical
    /// teams") belongs to the sender, the nearest state actor named with its
    /// country before that word (a country, capital, seat of power, or a
    /// government or army role or person), with no other country between;
    /// the place it goes to ("to Mali", "in Syria") is not its own. Only
    /// state roles and medical teams; not a sender that is an organisation.
    fn sender_country(
        &self,
        toks: &Tokens,
        out: &[Mention],
        first: usize,
        k: usize,
    ) -> Option<CompactString> {
        if !matches!(
            out[k].role.as_deref(),
            Some("MIL" | "GOV" | "SPY" | "COP" | "HLH")
        ) {
            return None;
        }
        let at = out[k].toks.0;
        let mut t = at;
        let mut verb = None;
        while t > 0 && at - t < 5 {
            t -= 1;
            if toks.toks[t].is_punct() {
                return None;
            }
            if out[first..].iter().any(|m| m.toks.0 <= t && t < m.toks.1) {
                return None;
            }
            if is_sending_word(toks.norm(t)) {
                verb = Some(t);
                break;
            }
        }
        let v = verb?;
        let sender = out[first..]
            .iter()
            .filter(|m| m.toks.1 <= v && m.kind != MentionKind::Pronoun)
            .max_by_key(|m| m.toks.1)?;
        let state = match sender.kind {
            MentionKind::Country | MentionKind::Capital | MentionKind::Metonym => sender
                .role
                .as_deref()
                .is_none_or(|r| matches!(r, "GOV" | "MIL")),
            MentionKind::Role | MentionKind::Person => {
                matches!(sender.role.as_deref(), Some("GOV" | "MIL"))
            }
            _ => false,
        };
        // "on Saturday", "has", "announced the": no clause boundary between.
        let clear = (sender.toks.1..v).all(|i| !toks.toks[i].is_punct() || toks.norm(i) == "-");
        (state && clear && named_country(sender))
            .then(|| sender.country.clone())
            .flatten()
    }

    /// The actor a possessive pronoun before token `at` stands for: "its" /
    /// "their" for the nearest country, organisation, group or plural actor
    /// named before it in the sentence, "his" / "her" for the nearest person
    /// (else the article's last person). Up to three lower-case modifiers may
    /// stand between ("its last remaining troops").
    fn possessive_owner(
        &self,
        toks: &Tokens,
        ctx: &ArticleContext,
        out: &[Mention],
        first: usize,
        at: usize,
    ) -> Option<Mention> {
        let mut p = at;
        let poss = loop {
            if p == 0 || at - p > 3 {
                return None;
            }
            let w = toks.norm(p - 1);
            if matches!(w, "its" | "their" | "his" | "her") {
                break p - 1;
            }
            let t = &toks.toks[p - 1];
            if t.is_cap()
                || t.is_punct()
                || !(t.is_number() || w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'))
                || matches!(
                    w,
                    "the"
                        | "a"
                        | "an"
                        | "and"
                        | "or"
                        | "of"
                        | "to"
                        | "in"
                        | "on"
                        | "with"
                        | "by"
                        | "for"
                        | "from"
                        | "at"
                        | "that"
                        | "which"
                        | "who"
                        | "as"
                )
            {
                return None;
            }
            p -= 1;
        };
        let person = matches!(toks.norm(poss), "his" | "her");
        let plural = toks.norm(poss) == "their";
        let before = out[first..]
            .iter()
            .filter(|m| m.toks.1 <= poss && m.code.is_some())
            .filter(|m| {
                if person {
                    self.is_person_mention(toks, m)
                } else if plural {
                    self.is_thing_mention(toks, m) || self.is_plural_mention(toks, m)
                } else {
                    self.is_thing_mention(toks, m)
                }
            })
            // "its"/"their": a country or organisation named in the sentence
            // before an institution ("Colombia ... the force in Afghanistan,
            // its defence minister").
            .max_by_key(|m| (person || m.kind != MentionKind::Role, m.toks.1))
            .cloned();
        if person {
            before.or_else(|| ctx.last_person.clone())
        } else {
            before
        }
    }

    /// A religion word at `raws[j]`, after an optional country word (its code,
    /// first token and rule): the community alone ("Shiites", "the Sunni
    /// minority") or with a role ("Shiite militia", "Christian villagers").
    /// Adjacent religion words read as one, the more specific code winning
    /// ("Shiite Muslims" → `MOSSHI`). Returns the mention and the index of
    /// the next raw match, or `None` when the word only qualifies something
    /// else ("a Christian name", "Muslim holidays").
    #[allow(clippy::too_many_arguments)]
    fn religion_mention(
        &self,
        toks: &Tokens,
        raws: &[Raw],
        j: usize,
        country: Option<(&str, usize, &RuleRef)>,
        raw_start: &[bool],
        is_mod: &dyn Fn(usize) -> bool,
        ctx: &ArticleContext,
    ) -> Option<(Mention, usize)> {
        let kind_of = |r: &Raw| self.dict.entry(r.entry).kind;
        let first = &raws[j];
        let mut q = j;
        let mut rel = self.dict.entry(first.entry).code_at(ctx.date);
        let mut rule = self.dict.entry(first.entry).rule.clone();
        while let Some(n) = raws.get(q + 1) {
            if n.start != raws[q].end || kind_of(n) != Kind::Religion {
                break;
            }
            let c = self.dict.entry(n.entry).code_at(ctx.date);
            if c.len() > rel.len() {
                rel = c;
                rule = self.dict.entry(n.entry).rule.clone();
            }
            q += 1;
        }
        let e = raws[q].end;
        let cc = country.map(|c| c.0).unwrap_or("---");
        let start = country.map(|c| c.1).unwrap_or(first.start);
        let mut t = e;
        while t < toks.len() && is_mod(t) && !raw_start[t] && t - e < 3 {
            t += 1;
        }
        let mut rules: SmallVec<[RuleRef; 2]> = SmallVec::new();
        let role = raws
            .get(q + 1)
            .filter(|n| n.start == t && kind_of(n) == Kind::Role);
        // "Shiite leaders", "Sunni leaders": the community's leaders, not a government.
        let leaders = role.is_some_and(|n| {
            n.end - n.start == 1 && matches!(toks.norm(n.start), "leader" | "leaders")
        });
        let (code, end, kind, next) = if let (Some(role), true) = (role, leaders) {
            let rent = self.dict.entry(role.entry);
            rules.push(rent.rule.clone());
            (
                religion_code(cc, rel, None),
                role.end,
                MentionKind::Religion,
                q + 2,
            )
        } else if let Some(role) = role {
            let rent = self.dict.entry(role.entry);
            rules.push(rent.rule.clone());
            let code = religion_code(cc, rel, Some(rent.code_at(ctx.date)));
            (code, role.end, MentionKind::Role, q + 2)
        } else if e < toks.len() && is_community_noun(toks.norm(e)) {
            (
                religion_code(cc, rel, None),
                e + 1,
                MentionKind::Religion,
                q + 1,
            )
        } else {
            // Alone only as a plural noun: "Shiites", "Christians".
            let w = toks.norm(e - 1);
            if !w.ends_with('s') || w.ends_with("ss") {
                return None;
            }
            (
                religion_code(cc, rel, None),
                e,
                MentionKind::Religion,
                q + 1,
            )
        };
        rules.push(rule);
        if let Some((_, _, r)) = country {
            rules.push(r.clone());
        }
        let span = Span::new(toks.toks[start].start, toks.toks[end - 1].end);
        let mut m = Mention::new(span, (start, end), Some(code), kind);
        m.rules = rules;
        m.confidence = if country.is_some() { 0.85 } else { 0.5 };
        Some((m, next))
    }

    fn learn(
        &self,
        toks: &Tokens,
        a: usize,
        b: usize,
        code: &str,
        rule: &RuleRef,
        ctx: &mut ArticleContext,
    ) {
        // Remember the last name (and the first, for family-name-first names).
        for i in [a, b - 1] {
            let w = toks.norm(i);
            if w.len() >= 3 && !self.dict.index.contains_key(w) {
                ctx.learned
                    .insert(w.into(), (code.to_string(), rule.clone()));
            }
        }
    }

    fn push_person(
        &self,
        text: &str,
        toks: &Tokens,
        r: &Raw,
        title: Option<(usize, &str)>,
        ctx: &mut ArticleContext,
        out: &mut Vec<Mention>,
    ) {
        let _ = text;
        let ent = self.dict.entry(r.entry);
        let start = title.map_or(r.start, |t| t.0);
        let span = Span::new(toks.toks[start].start, toks.toks[r.end - 1].end);
        let mut code: CompactString = ent.code_at(ctx.date).into();
        // An undated article falls back to the person's out-of-office code
        // (XXXELI); a title of office before the name says they hold one
        // ("National Security Adviser Jane Roe"): the title's role wins.
        if let (None, Some((_, role))) = (ctx.date, title) {
            let office = match ActorCode::split(&code) {
                Some((Some(c), None, Some("ELI"))) if role.len() == 3 && role != "ELI" => {
                    Some(concat(c, role))
                }
                _ => None,
            };
            if let Some(office) = office {
                code = office;
            }
        }
        // "opposition leader Jane Roe": the text says what the person is now,
        // in opposition, whatever office the dictionary gives them at the
        // date (out of office, or not yet in it): XXXOPP.
        if let Some((_, "OPP")) = title {
            if let Some((Some(c), None, Some("ELI" | "GOV"))) = ActorCode::split(&code) {
                code = concat(c, "OPP");
            }
        }
        let mut m = Mention::new(span, (start, r.end), Some(code), MentionKind::Person);
        m.rules = smallvec![ent.rule.clone()];
        m.confidence = 0.9;
        ctx.seen_persons.insert(r.entry);
        ctx.last_person = Some(m.clone());
        out.push(m);
    }
}

#[cfg(test)]
mod index_lookup_tests {
    use super::*;

    /// The recogniser finds its special entries through the first-word
    /// index; they are the ones a scan of every phrase in order finds.
    #[test]
    fn special_entries_match_a_full_scan() {
        let dict = ActorDict::builtin();
        let scan =
            |keep: &dyn Fn(&Phrase) -> bool| dict.phrases.iter().find(|p| keep(p)).map(|p| p.entry);
        let rec = Recogniser::new(dict);
        assert_eq!(
            rec.description,
            scan(&|p| dict.entry(p.entry).kind == Kind::Context
                && dict.entry(p.entry).code_at(None) == "-"
                && p.tokens.len() == 2
                && &*p.tokens[0] == "the"
                && &*p.tokens[1] == "nation")
        );
        assert!(rec.description.is_some());
        for (word, got) in [("civilian", rec.civilian), ("troops", rec.troops)] {
            let want = scan(&|p| {
                dict.entry(p.entry).kind == Kind::Role
                    && p.tokens.len() == 1
                    && &*p.tokens[0] == word
            });
            assert_eq!(got, want, "{word}");
            assert!(got.is_some(), "{word}");
        }
    }
}
