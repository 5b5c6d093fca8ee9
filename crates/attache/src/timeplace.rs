//! Stage 5 glue: the event's own date and place.
//!
//! Dates come from `attache-time` (expressions resolved against the article
//! date; the coder picks the one in the event's clause and decides whether
//! it is background). Places come from `attache-place`. An event's location
//! is, in order of preference:
//!
//! 1. the place attached to the event's clause: with a locative cue ("in",
//!    "near", "X province", "northern X") or as the trigger's object
//!    ("shelled Kabul"), after the trigger or fronted before it ("In Nablus,
//!    troops shot ..."); see [`event_place`] for the tiers;
//!    Tiers 0 to 2 of [`event_place`]; the other places of the sentence (a
//!    reference point such as "south of X", a bare name in another clause)
//!    are not the event's: on Halterman's event-location records they were
//!    wrong in about 70% of the sentences where they would be chosen, most
//!    often because the sentence states no place for the event at all
//!    (`attache eval --gold-format event-location`, tiers 3 and 4);
//!    origins ("from X", demonyms) and "X-based" never count;
//! 2. the dateline's place;
//! 3. the target's country, else the source's (precision `country`).

use attache_actors::{ArticleContext, Mention};
use attache_events::{Coded, DateCue};
use attache_model::{Dateline, Location, PlacePrecision, Span};
use attache_place::{Cue, Gazetteer, PlaceContext, PlaceMention};
use chrono::NaiveDate;

/// The dateline's place ("KABUL, Afghanistan").
pub fn dateline_place(text: &str, d: &Dateline) -> Option<Location> {
    let place = &text[d.place.start..d.place.end];
    let mut loc = attache_place::resolve_dateline(place, &PlaceContext::default())?;
    loc.span = Some(d.place);
    Some(loc)
}

/// The dateline's date ("May 12"), when the article has no other date. A
/// date without a year cannot be placed and gives `None`.
pub fn dateline_date(text: &str, d: &Dateline) -> Option<NaiveDate> {
    let s = d.date.map(|sp| &text[sp.start..sp.end])?;
    attache_time::parse_dateline_date(s, None)
}

/// Date expressions of a sentence, resolved against the article date.
pub fn dates(text: &str, span: Span, article_date: NaiveDate, out: &mut Vec<DateCue>) {
    let mut found = Vec::new();
    attache_time::find_dates(text, span, article_date, &mut found);
    out.extend(found.into_iter().map(|t| DateCue {
        span: t.span,
        date: t.date,
        precision: t.precision,
    }));
}

/// Places named in a sentence, chosen with the article's countries as
/// context, and its dateline's place: a later mention of the dateline's
/// name is that place ("LONDON, Ky. - London police said ..."), and towns in
/// the dateline's division are preferred ("GLASGOW, Ky." then "Edmonton" is
/// Edmonton, Kentucky).
pub fn places(text: &str, span: Span, ctx: &ArticleContext) -> Vec<PlaceMention> {
    let countries = ctx.countries();
    let refs: Vec<&str> = countries.iter().map(String::as_str).collect();
    let known: Vec<Location> = article_dateline_place(text).into_iter().collect();
    let divisions: Vec<(&str, &str)> = known
        .iter()
        .filter_map(|l| Some((l.country.as_deref()?, l.admin1.as_deref()?)))
        .collect();
    let mut out = Vec::new();
    let pctx = PlaceContext {
        countries: &refs,
        divisions: &divisions,
        known: &known,
    };
    attache_place::find_places(text, span, &pctx, &mut out);
    out
}

/// The article's dateline place, remembered per thread for the article
/// being coded: `places` is called once per sentence, the dateline read
/// once per article. The article is recognised by its address, length and
/// first bytes (the dateline lies within them).
fn article_dateline_place(text: &str) -> Option<Location> {
    const HEAD: usize = 2048;
    struct Cached {
        ptr: usize,
        len: usize,
        head: String,
        place: Option<Location>,
    }
    thread_local! {
        static LAST: std::cell::RefCell<Option<Cached>> = const { std::cell::RefCell::new(None) };
    }
    let mut h = HEAD.min(text.len());
    while !text.is_char_boundary(h) {
        h -= 1;
    }
    let head = &text[..h];
    LAST.with(|last| {
        let mut last = last.borrow_mut();
        if let Some(c) = last.as_ref() {
            if c.ptr == text.as_ptr() as usize && c.len == text.len() && c.head == head {
                return c.place.clone();
            }
        }
        let place = attache_segment::find_dateline(text).and_then(|d| dateline_place(text, &d));
        *last = Some(Cached {
            ptr: text.as_ptr() as usize,
            len: text.len(),
            head: head.to_string(),
            place: place.clone(),
        });
        place
    })
}

fn locative(c: Cue) -> bool {
    matches!(
        c,
        Cue::In | Cue::Near | Cue::Province | Cue::Direction | Cue::Dateline
    )
}

/// Which of a sentence's places is an event's, and how firmly.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EventPlace {
    /// Index into the sentence's place mentions.
    pub index: usize,
    /// How the place relates to the event, best first: 0 attached to the
    /// trigger's clause after it ("shot two men in Nablus", "shelled
    /// Kabul"); 1 attached before it ("In Nablus, troops shot ..."); 2 a
    /// locative place in a neighbouring temporal or contrastive clause
    /// ("... killed after an ambush in X"); 3 a locative place behind a
    /// harder boundary (a relative clause, a speech verb, a dash); 4 any
    /// other place of the sentence that is not an actor or an origin.
    pub tier: u8,
}

impl EventPlace {
    /// Tiers 0 to 2: the sentence states the place for this event. Higher
    /// tiers are the sentence's place, a weaker guess.
    pub fn attached(&self) -> bool {
        self.tier <= 2
    }
}

/// Words that open a clause of another event: a place after one of them
/// (between it and the trigger) is about something else.
const HARD_CLAUSE_WORDS: &[&str] = &[
    "who",
    "whom",
    "whose",
    "which",
    "said",
    "says",
    "told",
    "added",
    "according",
    "reported",
    "announced",
    "warned",
    "adding",
    "saying",
    "say",
    "claimed",
];

/// Temporal and contrastive subordinators: the clause they open is another
/// event, but usually in the same place.
const SOFT_CLAUSE_WORDS: &[&str] = &[
    "while",
    "whereas",
    "although",
    "though",
    "because",
    "after",
    "before",
    "when",
    "since",
    "until",
    "unless",
    "if",
    "where",
    "as",
    "amid",
    "despite",
    "following",
    "during",
];

/// The words of `s`, as slices.
fn words(s: &str) -> impl Iterator<Item = &str> {
    s.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .filter(|w| !w.is_empty())
}

fn word_in(list: &[&str], w: &str) -> bool {
    list.iter().any(|l| l.eq_ignore_ascii_case(w))
}

/// How far `s` (the text between a place and a trigger) leads from the
/// trigger's clause: 0 not at all, 1 into a temporal or contrastive clause,
/// 2 across a semicolon, dash, bracket, quote, relative pronoun or speech
/// verb.
fn clause_distance(s: &str) -> u8 {
    let Some(stripped) = without_asides(s) else {
        return 2;
    };
    let s = stripped.as_str();
    if s.contains([';', '—', '–', '(', ')', '"', '“', '”', '[', ']'])
        || s.contains(" -- ")
        || s.contains(" - ")
    {
        return 2;
    }
    let mut d = 0;
    for w in words(s) {
        if word_in(HARD_CLAUSE_WORDS, w) {
            return 2;
        }
        if word_in(SOFT_CLAUSE_WORDS, w) {
            d = 1;
        }
    }
    d
}

/// `s` without its short asides: a bracketed acronym, time or gloss ("the
/// Kurdistan Workers' Party (PKK)", "at 9 a.m. (0600 GMT)") and a short
/// quoted phrase ("bombed \"by mistake\" a village") are not clause
/// boundaries. `None` when an aside is long, holds a clause word or is not
/// closed.
fn without_asides(s: &str) -> Option<String> {
    const MAX_WORDS: usize = 6;
    let short = |inner: &str| {
        words(inner).count() <= MAX_WORDS && !words(inner).any(|w| word_in(HARD_CLAUSE_WORDS, w))
    };
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(k) = rest.find(['(', '[', '"', '“', '”', ')', ']']) {
        out.push_str(&rest[..k]);
        let c = rest[k..].chars().next()?;
        let after = &rest[k + c.len_utf8()..];
        let close: &[char] = match c {
            '(' => &[')'],
            '[' => &[']'],
            '"' | '“' | '”' => &['"', '”', '“'],
            _ => return None,
        };
        let e = after.find(close)?;
        let inner = &after[..e];
        if !short(inner) {
            return None;
        }
        if matches!(c, '"' | '“' | '”') {
            // The quoted words stay part of the clause.
            out.push_str(inner);
        }
        out.push(' ');
        let cl = after[e..].chars().next()?;
        rest = &after[e + cl.len_utf8()..];
    }
    out.push_str(rest);
    Some(out)
}

/// The first word of the phrase holding `at`: the text from the last comma,
/// semicolon or clause start before it.
fn phrase_opener(text: &str, sentence_start: usize, at: usize) -> Option<&str> {
    let head = &text[sentence_start..at];
    let from = head
        .char_indices()
        .rev()
        .find(|&(_, c)| matches!(c, ',' | ';' | ':' | '—' | '–' | '('))
        .map_or(0, |(k, c)| k + c.len_utf8());
    words(&head[from..]).next()
}

/// Is the place a container of the next place ("Syria's Aleppo province",
/// "the West Bank city of Nablus")?
fn is_container(text: &str, p: &PlaceMention, next: Option<&PlaceMention>) -> bool {
    let Some(n) = next else {
        return false;
    };
    if n.span.start < p.span.end {
        return false;
    }
    let gap = &text[p.span.end..n.span.start];
    let g = gap
        .strip_prefix("'s")
        .or_else(|| gap.strip_prefix("’s"))
        .unwrap_or(gap)
        .trim();
    if g.is_empty() && gap.len() > 1 {
        return true;
    }
    // "the X city of Y", "the X borough of Y", "X's province of Y": up to
    // three lower-case words and "of" (or "of the") between.
    if let Some(head) = g.strip_suffix(" of").or_else(|| g.strip_suffix(" of the")) {
        let mut n = 0;
        for w in head.split(' ') {
            if w.is_empty() || !w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-') {
                return false;
            }
            n += 1;
        }
        return (1..=3).contains(&n);
    }
    false
}

/// Is the place only a reference point for a distance or a direction
/// ("30 km north of X", "west of X")?
fn is_reference_point(text: &str, p: &PlaceMention) -> bool {
    let head = text[..p.span.start].trim_end();
    let Some(head) = head.strip_suffix(" of") else {
        return false;
    };
    words(head).last().is_some_and(|w| {
        word_in(
            &[
                "north",
                "south",
                "east",
                "west",
                "northeast",
                "northwest",
                "southeast",
                "southwest",
                "north-east",
                "north-west",
                "south-east",
                "south-west",
            ],
            w,
        )
    })
}

/// Continents and parts of the world (data/places/extra.tsv): places for
/// the place finder, but too wide to be where an event happened ("security
/// was raised across Europe").
const CONTINENTAL: &[&str] = &[
    "Africa",
    "Asia",
    "Europe",
    "North America",
    "South America",
    "Oceania",
    "Middle East",
    "Near East",
    "Southeast Asia",
    "South Asia",
    "East Asia",
    "Central Asia",
    "Latin America",
    "Central America",
    "West Africa",
    "East Africa",
    "North Africa",
    "Southern Africa",
    "Central Africa",
    "Sub-Saharan Africa",
    "Western Europe",
    "Eastern Europe",
    "Central Europe",
    "Southern Europe",
    "Northern Europe",
];

/// Does the region `p` only say where the place before it lies ("Liberia in
/// west Africa", "Basra, in southern Iraq")?
fn is_region_setting(text: &str, prev: &PlaceMention, p: &PlaceMention) -> bool {
    if prev.span.end > p.span.start || prev.location.country.is_none() {
        return false;
    }
    let gap = text[prev.span.end..p.span.start]
        .trim_start_matches(',')
        .trim();
    let mut w = words(gap);
    w.next() == Some("in") && w.count() <= 2
}

/// Is the place the qualifier of the place before it ("Kompong Speu,
/// Cambodia", "Aleppo, Syria")?
fn is_qualifier(text: &str, p: &PlaceMention, prev: Option<&PlaceMention>) -> bool {
    prev.is_some_and(|q| q.span.end <= p.span.start && text[q.span.end..p.span.start].trim() == ",")
}

/// The event's place among the sentence's place mentions. `trigger` is the
/// event's trigger, `actors` the spans of its source and target.
///
/// Each place gets a tier (see [`EventPlace::tier`]); the lowest tier wins,
/// then the nearest place after the trigger, then the nearest before it.
/// A locative cue ("in", "near", "X province", "northern X") or standing
/// right after the trigger as its object ("shelled Kabul", "entered the
/// Gaza Strip") attaches a place to the trigger's clause. A place before the
/// trigger counts only with a locative cue, and drops a tier when its phrase
/// is subordinate ("after clashes in X, police ..."). Never chosen: origins
/// ("from X", "a Syrian refugee"), "X-based" (it describes an actor), and a
/// bare place that is one of the event's actors ("Kabul said ..."). A place
/// that only contains or qualifies a nearer one ("Syria's Aleppo province",
/// "Aleppo, Syria") is a fallback only.
pub fn event_place(
    text: &str,
    trigger: Span,
    actors: &[Span],
    places: &[PlaceMention],
) -> Option<EventPlace> {
    let first = places
        .first()
        .map_or(trigger.start, |p| p.span.start)
        .min(trigger.start);
    let sentence_start = text[..first]
        .rfind(['.', '!', '?', '\n'])
        .map_or(0, |k| k + 1);
    let dist = |p: &PlaceMention| {
        if p.span.start >= trigger.end {
            p.span.start - trigger.end
        } else {
            // Places before the trigger rank after those following it.
            10_000 + (trigger.start - p.span.end.min(trigger.start))
        }
    };
    let tier = |i: usize, p: &PlaceMention| -> Option<u8> {
        if matches!(p.cue, Cue::Demonym | Cue::From | Cue::Based) {
            return None;
        }
        let loc = locative(p.cue);
        if !loc && actors.iter().any(|a| a.overlaps(p.span)) {
            return None;
        }
        // A region across countries (a continent, a sea) is a descriptor
        // before "'s" ("Africa's longest war"), and only the setting of a
        // nearer place after "in" ("Liberia in west Africa").
        if p.location.country.is_none() {
            if word_in(CONTINENTAL, &p.location.name) {
                return None;
            }
            let after = &text[p.span.end..];
            if after.starts_with("'s") || after.starts_with("’s") {
                return None;
            }
            if i > 0 && is_region_setting(text, &places[i - 1], p) {
                return Some(4);
            }
        }
        if is_container(text, p, places.get(i + 1))
            || is_qualifier(text, p, i.checked_sub(1).map(|k| &places[k]))
        {
            return Some(4);
        }
        if is_reference_point(text, p) {
            return Some(3);
        }
        if p.span.start >= trigger.end {
            let gap = &text[trigger.end..p.span.start];
            let d = clause_distance(gap);
            if loc {
                return Some(if d == 0 { 0 } else { 1 + d });
            }
            // The trigger's object: "shelled Kabul", "overran the Gaza Strip".
            let after = &text[p.span.end..];
            let possessive = after.starts_with("'s") || after.starts_with("’s");
            let object = matches!(p.cue, Cue::Bare | Cue::To)
                && !possessive
                && words(gap).count() <= 1
                && words(gap).all(|w| w == "the" || w == "to" || w == "into")
                && !gap.contains(',');
            Some(if object { 0 } else { 4 })
        } else if p.span.end <= trigger.start {
            let gap = &text[p.span.end..trigger.start];
            if !loc {
                return Some(4);
            }
            let d = clause_distance(gap);
            let opener = phrase_opener(text, sentence_start, p.span.start);
            let sub = opener.is_some_and(|w| word_in(SOFT_CLAUSE_WORDS, w));
            Some(match (d, sub) {
                (0, false) => 1,
                (2, _) => 3,
                _ => 2,
            })
        } else {
            None
        }
    };
    places
        .iter()
        .enumerate()
        .filter_map(|(i, p)| tier(i, p).map(|t| (t, dist(p), i)))
        .min()
        .map(|(tier, _, index)| EventPlace { index, tier })
}

/// Choose an event's location (see the module docs for the order).
pub fn choose_location(
    text: &str,
    c: &Coded,
    places: &[PlaceMention],
    ms: &[Mention],
    dateline: Option<&Location>,
) -> Option<Location> {
    let mut actors = [Span::default(); 2];
    let mut n = 0;
    for k in [c.source, c.target].into_iter().flatten() {
        actors[n] = ms[k].span;
        n += 1;
    }
    if let Some(p) = event_place(text, c.trigger, &actors[..n], places).filter(|p| p.attached()) {
        return Some(places[p.index].location.clone());
    }
    if let Some(d) = dateline {
        return Some(d.clone());
    }
    let g = Gazetteer::get();
    for k in [c.target, c.source].into_iter().flatten() {
        if let Some(country) = &ms[k].country {
            if let Some(mut loc) = g.country(country) {
                loc.precision = PlacePrecision::Country;
                loc.span = None;
                return Some(loc);
            }
        }
    }
    None
}

/// `attache place NAME`: candidates with scores, best first, and the choice.
pub fn print_place_candidates(name: &str, country: Option<&str>, limit: usize) {
    let cands = Gazetteer::get().candidates(name, country);
    if cands.is_empty() {
        println!("no place named {name:?} in the gazetteer");
        return;
    }
    for (i, c) in cands.iter().take(limit).enumerate() {
        println!(
            "{} {:<28} {:<4} {:<24} {:>9.4} {:>9.4} {:<8} pop {:>9} {}score {:.3}",
            if i == 0 { "*" } else { " " },
            c.name,
            c.iso3,
            c.admin1.unwrap_or("-"),
            c.lat,
            c.lon,
            format!("{:?}", c.kind).to_lowercase(),
            c.population
                .map(|p| p.to_string())
                .unwrap_or_else(|| "-".into()),
            if c.capital { "capital " } else { "" },
            c.score
        );
    }
    if cands.len() > limit {
        println!("  ... {} more", cands.len() - limit);
    }
    println!("choice: {} ({})", cands[0].name, cands[0].iso3);
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The chosen place's text and whether it is attached, for the event
    /// whose trigger is the first occurrence of `trigger`.
    fn choose(text: &str, trigger: &str, actor: Option<&str>) -> Option<(String, bool)> {
        let ctx = ArticleContext::new(None);
        let ps = places(text, Span::new(0, text.len()), &ctx);
        let at = text.find(trigger).expect("trigger");
        let actors: Vec<Span> = actor
            .map(|a| {
                let k = text.find(a).expect("actor");
                Span::new(k, k + a.len())
            })
            .into_iter()
            .collect();
        event_place(text, Span::new(at, at + trigger.len()), &actors, &ps)
            .map(|c| (ps[c.index].span.slice(text).to_string(), c.attached()))
    }

    fn attached(text: &str, trigger: &str) -> Option<String> {
        choose(text, trigger, None).filter(|c| c.1).map(|c| c.0)
    }

    #[test]
    fn place_after_the_trigger_in_its_clause() {
        assert_eq!(
            attached("Soldiers detained six men in Mosul on Sunday.", "detained").as_deref(),
            Some("Mosul")
        );
        assert_eq!(
            attached("Thousands marched through Nairobi on Monday.", "marched").as_deref(),
            Some("Nairobi")
        );
        assert_eq!(
            attached("The envoy was stabbed outside his Amman flat.", "stabbed").as_deref(),
            Some("Amman")
        );
    }

    #[test]
    fn fronted_place_counts() {
        assert_eq!(
            attached("In Hebron, soldiers wounded a teenager.", "wounded").as_deref(),
            Some("Hebron")
        );
        assert_eq!(
            attached(
                "Police in Marseille questioned a man who lives in Lyon.",
                "questioned"
            )
            .as_deref(),
            Some("Marseille")
        );
    }

    #[test]
    fn origins_and_descriptions_are_not_the_place() {
        assert_eq!(
            attached("A refugee from Syria was detained in Vienna.", "detained").as_deref(),
            Some("Vienna")
        );
        assert_eq!(
            attached("The Berlin-based charity condemned the raid.", "condemned"),
            None
        );
        // A place that is an actor of the event without a locative cue.
        assert_eq!(
            choose("Moscow rejected the proposal.", "rejected", Some("Moscow")),
            None
        );
    }

    #[test]
    fn the_inner_place_wins_over_its_container() {
        assert_eq!(
            attached(
                "Shelling in Syria's Homs province killed four people.",
                "killed"
            )
            .as_deref(),
            Some("Homs")
        );
        assert_eq!(
            attached(
                "Police raided a flat in the Punjab city of Lahore.",
                "raided"
            )
            .as_deref(),
            Some("Lahore")
        );
    }

    #[test]
    fn reference_points_and_other_clauses_are_weaker() {
        // "40 km south of X" only says where the place is relative to X.
        let c = choose(
            "Gunmen ambushed a convoy 40 km south of Kabul.",
            "ambushed",
            None,
        );
        assert_eq!(c, Some(("Kabul".to_string(), false)));
        // A place in a clause about the speaker.
        let c = choose(
            "Rebels seized the airport, officials who met in Geneva said.",
            "seized",
            None,
        );
        assert_eq!(c.map(|c| c.1), Some(false));
    }

    #[test]
    fn short_asides_are_no_clause_boundary() {
        // A bracketed time or acronym and a short quote stay in the clause.
        assert_eq!(
            attached(
                "A bomb exploded at 7 a.m. (0400 GMT) in Kirkuk.",
                "exploded"
            )
            .as_deref(),
            Some("Kirkuk")
        );
        assert_eq!(
            attached(
                "Fighters of the Kurdistan Workers' Party (PKK) attacked a post in Van.",
                "attacked"
            )
            .as_deref(),
            Some("Van")
        );
        // A bracket holding a clause of its own still is.
        assert_eq!(clause_distance(" (which police said was parked) in "), 2);
        assert_eq!(clause_distance(" (an unclosed aside in "), 2);
        assert_eq!(clause_distance(" \"by mistake\" a village in "), 0);
    }

    #[test]
    fn a_place_not_attached_to_the_event_is_not_its_location() {
        // "Geneva" is where the speakers met, not where the airport was
        // seized: the event falls back to the dateline, else a country.
        let pipe = crate::pipeline::Pipeline::builtin();
        let a = attache_model::Article {
            id: "t".into(),
            date: chrono::NaiveDate::from_ymd_opt(2024, 3, 5).and_then(|d| d.and_hms_opt(0, 0, 0)),
            text: "Syrian rebels seized the airport, officials who met in Geneva said.".into(),
            ..Default::default()
        };
        let evs = pipe.code_article(&a, false).events;
        let ev = evs
            .iter()
            .find(|e| e.cameo.starts_with("19") || e.cameo.starts_with("18"));
        let ev = ev.unwrap_or_else(|| panic!("an event for 'seized': {evs:#?}"));
        let loc = ev.location.as_ref();
        assert_ne!(loc.map(|l| l.name.as_str()), Some("Geneva"), "{loc:?}");
        // An attached place is still the location.
        let a = attache_model::Article {
            text: "Syrian rebels seized the airport in Aleppo on Monday.".into(),
            ..a
        };
        let evs = pipe.code_article(&a, false).events;
        assert!(
            evs.iter()
                .any(|e| e.location.as_ref().is_some_and(|l| l.name == "Aleppo")),
            "{evs:#?}"
        );
    }
}
