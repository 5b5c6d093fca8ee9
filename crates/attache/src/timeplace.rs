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
//!    origins ("from X", demonyms) and "X-based" never count; a place
//!    in a locative list ("demonstrators in Paris and Berlin") gives way to
//!    the one of the list in the lead actor's country;
//! 2. the dateline's place, when it fits the event: the dateline says
//!    where the reporter was, not where every event of the story happened
//!    ("KABUL - Pakistan accused India ..." did not happen in Kabul). A
//!    verbal event (quad class 1 or 3: statements, appeals, threats) happens
//!    where the speaker is, so the dateline's country must be the source's;
//!    a material event (quad class 2 or 4, and unknown codes) needs its lead
//!    actor's country: the actor more surely present where it acts (police
//!    and courts, then people with a role such as civilians, officials or
//!    rebels, then the military, then a bare country; see [`presence`]), or
//!    either actor's when neither leads. The dateline is kept when neither
//!    actor has a country (international bodies, unknown groups), when a
//!    verbal event's source has none, and when the dateline itself has no
//!    country (a sea, a region across borders);
//! 3. a country (precision `country`): for a verbal event the source's,
//!    else the target's; for a material event the lead actor's, else the
//!    other's (the target first when neither leads).

use attache_actors::{ArticleContext, Mention, MentionKind};
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
///
/// `mentions` are the sentence's actors: a place name that is a person the
/// actor dictionaries know ("protests against Bush": not Egypt's town
/// Būsh), or the whole of an organisation's name ("Toyota said": the
/// company, not the Japanese city), is no place.
pub fn places(
    text: &str,
    span: Span,
    ctx: &ArticleContext,
    mentions: &[Mention],
) -> Vec<PlaceMention> {
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
    if !mentions.is_empty() {
        out.retain(|p| !names_an_actor(text, p, mentions));
    }
    out
}

/// Is the place mention a person's (sur)name or an organisation's whole
/// name among the sentence's actors? A person's mention may open with a
/// place ("Ivory Coast President X"), which stays; so does a name placed
/// by its frame ("the village of X").
fn names_an_actor(text: &str, p: &PlaceMention, mentions: &[Mention]) -> bool {
    mentions.iter().any(|m| match m.kind {
        MentionKind::Person => m.span.start <= p.span.start && m.span.end == p.span.end,
        MentionKind::Org => m.span == p.span,
        _ => false,
    }) && !after_settlement_of(text, p)
}

/// "the village of X", "the town of X": the frame makes X a place.
fn after_settlement_of(text: &str, p: &PlaceMention) -> bool {
    let mut w = words(&text[..p.span.start]).rev();
    w.next() == Some("of")
        && w.next().is_some_and(|n| {
            word_in(
                &[
                    "village",
                    "villages",
                    "town",
                    "towns",
                    "city",
                    "district",
                    "province",
                    "region",
                    "area",
                    "camp",
                    "neighbourhood",
                    "neighborhood",
                    "suburb",
                ],
                n,
            )
        })
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
fn words(s: &str) -> impl DoubleEndedIterator<Item = &str> {
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

/// How wide a place is: a town 0, a division 1, a country 2, a region
/// across countries (a sea, a part of the world) 3.
fn rank(p: &PlaceMention) -> u8 {
    if p.location.country.is_none() {
        return 3;
    }
    match p.location.precision {
        PlacePrecision::Place => 0,
        PlacePrecision::Admin1 => 1,
        PlacePrecision::Country => 2,
    }
}

/// The population the gazetteer gives a mention's place (0 for a place
/// it does not list).
fn population(p: &PlaceMention) -> u64 {
    let (Some(lat), Some(lon)) = (p.location.lat, p.location.lon) else {
        return 0;
    };
    Gazetteer::get()
        .candidates(&p.location.name, p.location.country.as_deref())
        .iter()
        .find(|c| (c.lat - lat).abs() < 1e-3 && (c.lon - lon).abs() < 1e-3)
        .and_then(|c| c.population)
        .map_or(0, u64::from)
}

/// Is place `a` finer than place `b`: a narrower kind, or of the same kind
/// and fewer people?
fn finer(a: &PlaceMention, b: &PlaceMention) -> bool {
    match rank(a).cmp(&rank(b)) {
        std::cmp::Ordering::Less => true,
        std::cmp::Ordering::Greater => false,
        std::cmp::Ordering::Equal => population(a) < population(b),
    }
}

/// Nouns for a part of a country or a town: between a place and a finer
/// one they make the first a container ("Iraq's northern province of X",
/// "the Belarus capital X") and after a place they make the place after
/// "of" its setting ("the X district of Y").
const PART_WORDS: &[&str] = &[
    "capital",
    "city",
    "town",
    "village",
    "township",
    "province",
    "region",
    "district",
    "state",
    "county",
    "governorate",
    "suburb",
    "neighbourhood",
    "neighborhood",
    "quarter",
    "area",
    "enclave",
    "port",
    "island",
    "camp",
    "municipality",
    "prefecture",
    "sector",
    "zone",
    "borough",
    "parish",
    "commune",
    "resort",
    "resorts",
    "islands",
    "cities",
    "towns",
    "villages",
];

/// Parts of a town: "the X suburb of Y" may be a suburb of X (Y the
/// finer place) or X a suburb of Y ("the Shaab neighbourhood of Baghdad");
/// the finer of the two is the one inside. With the other part words the
/// first place holds the second ("the Punjab city of Lahore").
const SUB_PART_WORDS: &[&str] = &[
    "suburb",
    "neighbourhood",
    "neighborhood",
    "district",
    "area",
    "quarter",
    "village",
    "camp",
    "township",
    "borough",
    "sector",
    "zone",
    "enclave",
    "parish",
];

/// Words that end a noun phrase: a place before one of them does not
/// contain a place after it.
const PHRASE_BREAKS: &[&str] = &[
    "in", "at", "on", "from", "by", "with", "and", "or", "to", "for", "near", "into", "than", "as",
    "that", "which", "who", "where", "is", "are", "was", "were", "be", "been", "has", "have",
    "had", "said", "says", "will", "would", "after", "before", "while", "when", "against",
    "through", "across", "along", "around", "over", "via", "toward", "towards", "between",
    "outside",
];

/// Is the place in a locative phrase that opens the sentence and ends in a
/// comma ("In X, ...", "Meanwhile in the town of X on Sunday, ...")?
fn fronted(text: &str, sentence_start: usize, p: &PlaceMention) -> bool {
    const OPENERS: &[&str] = &[
        "also",
        "meanwhile",
        "elsewhere",
        "earlier",
        "later",
        "separately",
        "but",
        "and",
        "further",
        "farther",
        "back",
    ];
    const PREPS: &[&str] = &[
        "in",
        "at",
        "near",
        "outside",
        "across",
        "throughout",
        "inside",
        "around",
        "on",
    ];
    let head = &text[sentence_start..p.span.start];
    let mut ws = words(head).peekable();
    while ws.peek().is_some_and(|w| word_in(OPENERS, w)) {
        ws.next();
    }
    if !ws.next().is_some_and(|w| word_in(PREPS, w)) {
        return false;
    }
    let rest: Vec<&str> = ws.collect();
    if rest.len() > 5 || rest.iter().any(|w| w.starts_with(char::is_uppercase)) {
        return false;
    }
    let after = &text[p.span.end..];
    let Some(k) = after.find(',') else {
        return false;
    };
    let between = &after[..k];
    // Only a leading "Meanwhile," may hold a comma.
    !between.contains(['.', ';', '(', '"'])
        && words(between).count() <= 4
        && head.matches(',').count() <= 1
}

/// Is the place a container of the next place ("Syria's Aleppo province",
/// "the West Bank city of Nablus", "Syria's eastern Deir ez-Zor province",
/// "Congo's capital, Kinshasa", "the Belarus capital Minsk")?
fn is_container(text: &str, p: &PlaceMention, next: Option<&PlaceMention>) -> bool {
    let Some(n) = next else {
        return false;
    };
    let n_place = n;
    if n.span.start < p.span.end {
        return false;
    }
    let gap = &text[p.span.end..n.span.start];
    // "Helmand province's Nad Ali district": the part word and "'s".
    let stripped = gap
        .strip_prefix("'s")
        .or_else(|| gap.strip_prefix("’s"))
        .or_else(|| {
            let rest = gap.strip_prefix(' ')?;
            let k = rest.find(['\'', '’'])?;
            let w = &rest[..k];
            (word_in(PART_WORDS, w) && !word_in(&["cities", "towns", "villages", "islands"], w))
                .then(|| {
                    rest[k..]
                        .strip_prefix("'s")
                        .or_else(|| rest[k..].strip_prefix("’s"))
                })
                .flatten()
        });
    let possessive = stripped.is_some();
    let g = stripped.unwrap_or(gap).trim();
    if g.is_empty() && gap.len() > 1 {
        return true;
    }
    // A wider place holds a finer one: "Syria's eastern Deir ez-Zor province",
    // "Kabul's western Karte Seh district", "Sudan's capital, Khartoum",
    // "the Belarus capital Minsk": lower-case modifiers only between (a
    // comma only last), and without "'s" a word for a part of a place.
    if rank(n) < 2 && (possessive || !finer(p, n)) {
        let body = g.strip_suffix(',').unwrap_or(g).trim_end();
        let body = body
            .strip_suffix(" of the")
            .or_else(|| body.strip_suffix(" of"))
            .unwrap_or(body);
        let ws: Vec<&str> = body.split(' ').filter(|w| !w.is_empty()).collect();
        let plain = ws.len() <= 5
            && !body.contains([',', ';', '(', ')', '"'])
            && ws.iter().all(|w| {
                w.chars().all(|c| c.is_lowercase() || c == '-') && !word_in(PHRASE_BREAKS, w)
            });
        if plain && (possessive || ws.last().is_some_and(|w| word_in(PART_WORDS, w))) {
            return !ws.is_empty() || possessive;
        }
    }
    // "the X city of Y", "the X borough of Y", "X's province of Y": up to
    // three lower-case words and "of" (or "of the") between.
    // The finer place is the one inside: "the Colombo suburb of X" holds
    // X, "the X neighbourhood of Baghdad" is held by Baghdad.
    // After "'s" a capitalised adjective may be among them ("X's mainly
    // Sunni neighbourhood of Y").
    if let Some(head) = g.strip_suffix(" of").or_else(|| g.strip_suffix(" of the")) {
        let mut n = 0;
        for w in head.split_whitespace() {
            let lower = w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-');
            let adjective = possessive
                && w.bytes().skip(1).all(|b| b.is_ascii_lowercase())
                && w.starts_with(|c: char| c.is_ascii_uppercase());
            if !lower && !adjective {
                return false;
            }
            n += 1;
        }
        let last = head.split_whitespace().next_back().unwrap_or("");
        // A town before "town of" / "city of" and a division or country
        // after is inside it ("X town of Y State"), whatever the part word.
        return (1..=3).contains(&n)
            && word_in(PART_WORDS, last)
            && (possessive
                || !word_in(SUB_PART_WORDS, last) && rank(p) >= rank(n_place)
                || !finer(p, n_place));
    }
    false
}

/// Is the place only the setting of the finer place before it ("the Shaab
/// neighbourhood of Baghdad", "the Ghazi area of Ghazni city", "X, a town
/// in Y", "X, in northern Y", "X in northern Y", "X village near Y")?
fn is_setting(text: &str, prev: &PlaceMention, p: &PlaceMention) -> bool {
    if prev.span.end > p.span.start {
        return false;
    }
    let gap = text[prev.span.end..p.span.start].trim();
    // "X village in Y", "X district in northern Y", "X area near Y": the
    // part word names what X is, so X lies in (or by) Y whatever their
    // sizes.
    let ws: Vec<&str> = gap.split(' ').filter(|w| !w.is_empty()).collect();
    // Lower-case words, and the Nigerian "LGA" (local government area).
    let plain = |ws: &[&str]| {
        ws.iter().all(|w| {
            w.chars().all(|c| c.is_lowercase() || c == '-') || matches!(*w, "LGA" | "LGAs")
        })
    };
    let part = |w: &str| {
        (word_in(PART_WORDS, w) || word_in(SITE_PART_WORDS, w))
            && !word_in(&["cities", "towns", "villages", "islands"], w)
    };
    if let Some(k) = ws
        .iter()
        .position(|w| word_in(&["in", "near", "outside"], w))
    {
        if (1..=3).contains(&k)
            && ws.len() <= k + 3
            && plain(&ws)
            && part(ws[k - 1])
            && !ws[k + 1..].iter().any(|w| word_in(PHRASE_BREAKS, w))
        {
            return true;
        }
    }
    // "Khoja Ghar District of Takhar Province", "Duk County of Jonglei
    // State": a place named with its own part word, then "of" and the
    // place it lies in.
    if matches!(gap, "of" | "of the") && p.location.country.is_some() {
        let last = words(prev.span.slice(text)).next_back().unwrap_or("");
        if last.starts_with(char::is_uppercase)
            && word_in(PART_WORDS, last)
            && !word_in(
                &["capital", "city", "cities", "towns", "villages", "islands"],
                last,
            )
        {
            return true;
        }
    }
    // An unlisted place named by its part word ("the X area of Y", "X
    // district of Y") is the part, not the whole.
    // Two places neither of which is finer (two names the gazetteer lacks,
    // "in X village of Y local government area"): the first, named by the
    // part word, is the part.
    let unlisted = prev.location.lat.is_none() && p.location.lat.is_some();
    if !unlisted && finer(p, prev) {
        return false;
    }
    // "X in northern Y", "X in the south of Y": a finer place, then the
    // wider one it lies in.
    if !ws.is_empty()
        && ws.len() <= 4
        && ws[0] == "in"
        && plain(&ws)
        && !ws[1..].iter().any(|w| word_in(PHRASE_BREAKS, w))
    {
        return true;
    }
    // "X, a village in the central Y region", "X, in upper Y": after an
    // appositive the wider place only says where X lies.
    if let Some(rest) = gap.strip_prefix(',') {
        let ws: Vec<&str> = words(rest).collect();
        return !rest.contains([',', ';', '(', ')', '"'])
            && (1..=8).contains(&ws.len())
            && ws.iter().all(|w| w.chars().all(char::is_lowercase))
            && (ws[0] == "in"
                || matches!(ws[0], "a" | "an") && ws.iter().any(|w| word_in(PART_WORDS, w)));
    }
    let Some(head) = gap
        .strip_suffix(" of the")
        .or_else(|| gap.strip_suffix(" of"))
    else {
        return false;
    };
    let ws: Vec<&str> = head.split(' ').collect();
    // "X town of Y State": with a town before and a division or country
    // after, any part word.
    let wider = rank(prev) < rank(p) && p.location.country.is_some();
    ws.len() <= 3
        && plain(&ws)
        && ws.last().is_some_and(|w| {
            word_in(SUB_PART_WORDS, w)
                || word_in(SITE_PART_WORDS, w)
                || wider && word_in(PART_WORDS, w)
        })
}

/// Words for what a place before "in" or "of" is, besides [`PART_WORDS`]:
/// "X LGA of Y", "X local government in Y", "X junction in Y".
const SITE_PART_WORDS: &[&str] = &[
    "lga",
    "lgas",
    "government",
    "junction",
    "crossroads",
    "roundabout",
    "market",
    "crossing",
    "hamlet",
    "settlement",
    "community",
];

/// Is the place only a reference point for a distance or a direction
/// ("30 km north of X", "west of X")?
fn is_reference_point(text: &str, p: &PlaceMention) -> bool {
    let head = text[..p.span.start].trim_end();
    let Some(head) = head.strip_suffix(" of") else {
        return false;
    };
    // From the end: `head` is the article up to the place.
    words(head).next_back().is_some_and(|w| {
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
/// bare place that is one of the event's actors ("Kabul said ..."), unless
/// the verb acts on a territory ("captured Kabul", see [`TERRITORIAL`]); a
/// country naming whose strike or troops ("a U.S. air strike", "U.S.-led
/// forces"). A territorial verb also attaches a share of a place ("captured
/// half of X", "patrolled X's streets") and its passive subject ("X was
/// shelled"); any verb attaches a place listed after "including" in its
/// clause; a locative phrase opening the sentence ("In X, students who ...
/// marched") attaches across a relative clause or a speech verb. A place
/// that only contains, qualifies or sets a finer one ("Syria's Aleppo
/// province", "Aleppo, Syria", "the Shuala neighbourhood of Baghdad", "X,
/// a village in Y province", "X, in southern Y", "X village near Y", "X in
/// southern Y") is a
/// fallback only, and the finer place takes its tier when that is better
/// ("in Syria's eastern Deir ez-Zor province").
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
    let verb = trigger.slice(text).to_lowercase();
    let territorial = is_territorial(&verb);
    let tier = |i: usize, p: &PlaceMention| -> Option<u8> {
        if matches!(p.cue, Cue::Demonym | Cue::From | Cue::Based) {
            return None;
        }
        // "struck a Baghdad cafe", "outside his Moscow home": a place
        // naming the site of a building or street holds that site.
        let loc = locative(p.cue) || (p.cue == Cue::Bare && before_site_noun(text, p));
        // A place that is an actor of the event is its location only when
        // the verb acts on a territory ("captured Kabul", "Kabul was
        // shelled"); "Moscow rejected ..." is not.
        let actor = !loc && actors.iter().any(|a| a.overlaps(p.span));
        if actor && !territorial {
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
        // "in a U.S. air strike", "U.S.-led forces": a country naming
        // whose strike or troops, not where.
        if rank(p) == 2 && names_an_agent(text, p) {
            return None;
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
                && ((!possessive
                    && words(gap).count() <= 1
                    && words(gap).all(|w| w == "the" || w == "to" || w == "into")
                    && !gap.contains(','))
                    || (territorial
                        && territory_object(gap)
                        && (!possessive || possessed_part(after))));
            // "raided offices in three cities, including X".
            let listed = matches!(p.cue, Cue::Bare | Cue::To)
                && d == 0
                && !possessive
                && after_including(gap)
                && !words(after)
                    .next()
                    .is_some_and(|w| w.starts_with(char::is_uppercase));
            if object || listed {
                return Some(0);
            }
            if actor {
                return None;
            }
            Some(4)
        } else if p.span.end <= trigger.start {
            let gap = &text[p.span.end..trigger.start];
            if !loc {
                // "flew to Basra for talks", "came to Rome to protest": the
                // destination of a journey made for the event is where it
                // happens.
                if p.cue == Cue::To && purpose_gap(gap) {
                    return Some(1);
                }
                // "Kabul was shelled", "Grozny's streets were patrolled".
                if territorial
                    && passive_subject(gap, &verb)
                    && !after_name(text, p)
                    && !inside_phrase(text, p)
                {
                    return Some(1);
                }
                if actor {
                    return None;
                }
                return Some(4);
            }
            let d = clause_distance(gap);
            let opener = phrase_opener(text, sentence_start, p.span.start);
            let sub = opener.is_some_and(|w| word_in(SOFT_CLAUSE_WORDS, w));
            // "In X, students who ... marched": a place fronted at the head
            // of the sentence sets the scene for all of it.
            if d == 2 && fronted(text, sentence_start, p) && !gap.contains([';', '"', '“', '”'])
            {
                return Some(1);
            }
            Some(match (d, sub) {
                (0, false) => 1,
                (2, _) => 3,
                _ => 2,
            })
        } else {
            None
        }
    };
    // A reference point ("30 km north of X", "a road west of X") says
    // where the event was only roughly: at best tier 2, below a place that
    // is named as the event's own, and no better than its clause allows.
    let tier = |i: usize, p: &PlaceMention| -> Option<u8> {
        let t = tier(i, p)?;
        if is_reference_point(text, p) {
            return Some(t.max(2));
        }
        Some(t)
    };
    let mut tiers: Vec<Option<u8>> = places.iter().enumerate().map(|(i, p)| tier(i, p)).collect();
    // A place that contains, qualifies or sets a finer one is a fallback;
    // the finer one takes its tier when that is better ("in Syria's
    // eastern Deir ez-Zor province", "in Chicago's South Side district",
    // "in the Shaab neighbourhood of Baghdad", "Aleppo, Syria").
    // Where a setting's tier goes: the finer place before it, or the place
    // that one passed its own tier to ("X in Y, Z": Z sets Y, Y sets X).
    let mut heir: Vec<usize> = (0..places.len()).collect();
    for i in 0..places.len() {
        if i + 1 < places.len() && is_container(text, &places[i], places.get(i + 1)) {
            if let Some(t) = tiers[i] {
                if !is_reference_point(text, &places[i + 1]) {
                    tiers[i + 1] = Some(tiers[i + 1].map_or(t, |u| u.min(t)));
                }
                tiers[i] = Some(4);
            }
        }
        if i > 0
            && (is_qualifier(text, &places[i], Some(&places[i - 1]))
                || is_setting(text, &places[i - 1], &places[i]))
        {
            if let Some(t) = tiers[i] {
                let h = heir[i - 1];
                tiers[h] = Some(tiers[h].map_or(t, |u| u.min(t)));
                tiers[i] = Some(4);
                heir[i] = h;
            }
        }
    }
    let (tier, _, index) = places
        .iter()
        .enumerate()
        .filter_map(|(i, p)| tiers[i].map(|t| (t, dist(p), i)))
        .min()?;
    // A reference point gives way to a place of the same tier that is no
    // wider and is named as a place of its own ("in the village of X, 40
    // miles north of Y"); a wider one ("across Iraq") does not replace it.
    let chosen = &places[index];
    if is_reference_point(text, chosen) {
        if let Some((_, other)) = places
            .iter()
            .enumerate()
            .filter(|&(i, p)| {
                i != index
                    && tiers[i] == Some(tier)
                    && rank(p) <= rank(chosen)
                    && !is_reference_point(text, p)
            })
            .map(|(i, p)| (dist(p), i))
            .min()
        {
            return Some(EventPlace { index: other, tier });
        }
    }
    Some(EventPlace { index, tier })
}

/// Does `gap` (between a destination and a later trigger) say the journey
/// was made for the event: "to" or "for" first, at most three words, no
/// punctuation ("to Rome to protest", "to Basra for talks with", "to
/// Kabul to hold talks")?
fn purpose_gap(gap: &str) -> bool {
    if gap.contains(|c: char| !(c.is_alphanumeric() || c == ' ' || c == '-')) {
        return false;
    }
    let mut ws = words(gap);
    matches!(ws.next(), Some("to" | "for")) && ws.count() <= 2
}

/// Nouns for a site that a place name before them locates ("a Baghdad
/// cafe", "his Moscow apartment", "the Caracas headquarters of X", "a Gaza
/// street"). People and bodies ("Dallas police", "Gaza militants",
/// "Aleppo residents") are not among them: on Halterman's event-location
/// records a town before such a noun was the event's place in about 1 in 60
/// cases, a town before a site noun in about half.
const SITE_NOUNS: &[&str] = &[
    "cafe",
    "café",
    "restaurant",
    "hotel",
    "mosque",
    "church",
    "cathedral",
    "synagogue",
    "temple",
    "shrine",
    "market",
    "marketplace",
    "bazaar",
    "home",
    "house",
    "residence",
    "apartment",
    "flat",
    "airport",
    "station",
    "school",
    "hospital",
    "clinic",
    "prison",
    "jail",
    "office",
    "offices",
    "headquarters",
    "compound",
    "checkpoint",
    "street",
    "streets",
    "suburb",
    "neighbourhood",
    "neighborhood",
    "shop",
    "store",
    "supermarket",
    "stadium",
    "university",
    "campus",
    "courthouse",
    "theater",
    "theatre",
    "nightclub",
    "mall",
    "building",
    "factory",
    "depot",
    "barracks",
    "park",
    "bridge",
    "highway",
    "terminal",
    "bridges",
    "markets",
    "hospitals",
    "mosques",
    "churches",
    "hotels",
];

/// First words of two-word site nouns ("a Baghdad police station", "a
/// Tel Aviv bus station", "the Madrid train station").
const SITE_COMPOUNDS: &[&str] = &[
    "police",
    "bus",
    "train",
    "railway",
    "shopping",
    "apartment",
    "army",
    "military",
    "polling",
    "petrol",
    "gas",
    "fire",
    "subway",
    "metro",
    "city",
    "town",
    "border",
];

/// Is the place followed by a site noun (see [`SITE_NOUNS`])? A town or
/// division may also own it, with up to two lower-case modifiers between
/// ("Baghdad's main market", "Kandahar's central prison"): a country's
/// ("Israel's foreign ministry offices") is not a site of the event.
fn before_site_noun(text: &str, p: &PlaceMention) -> bool {
    let after = &text[p.span.end..];
    if let Some(rest) = after
        .strip_prefix("'s ")
        .or_else(|| after.strip_prefix("’s "))
    {
        if rank(p) > 1 {
            return false;
        }
        let ws: Vec<&str> = rest.split(' ').take(3).collect();
        return (0..ws.len()).any(|k| {
            k <= 2
                && ws[..k]
                    .iter()
                    .all(|w| w.chars().all(char::is_lowercase) && !word_in(PHRASE_BREAKS, w))
                && {
                    let w = ws[k].trim_end_matches([',', '.', ';', ':']);
                    w.chars().all(char::is_lowercase) && word_in(SITE_NOUNS, w)
                }
        });
    }
    if !after.starts_with(' ') {
        return false;
    }
    let lower = |w: &&str| w.chars().all(|c| c.is_lowercase());
    let mut ws = words(after).take(3);
    match (ws.next(), ws.next()) {
        // "the X suburb of Y" is Y's setting, not the site.
        (Some(w), Some("of"))
            if word_in(&["suburb", "neighbourhood", "neighborhood", "street"], w) =>
        {
            false
        }
        (Some(w), _) if lower(&w) && word_in(SITE_NOUNS, w) => true,
        (Some(w), Some(v)) => {
            lower(&w)
                && word_in(SITE_COMPOUNDS, w)
                && lower(&v)
                && word_in(SITE_NOUNS, v)
                && after[1 + w.len()..].starts_with(' ')
        }
        _ => false,
    }
}

/// Verbs that act on a territory: the place they take as object or as
/// passive subject is where the event happened ("captured Kabul", "Kabul
/// was shelled", "troops patrolled Harare"). Stems, matched at the start of
/// the trigger.
const TERRITORIAL: &[&str] = &[
    "captur",
    "recaptur",
    "seiz",
    "retak",
    "retook",
    "occup",
    "invad",
    "enter",
    "storm",
    "raid",
    "attack",
    "bomb",
    "shell",
    "pound",
    "bombard",
    "besieg",
    "encircl",
    "surround",
    "overran",
    "overrun",
    "patrol",
    "liberat",
    "destroy",
    "devastat",
    "ravag",
    "struck",
    "strik",
    "hit",
    "rocked",
    "shook",
    "flood",
    "swept",
    "sweep",
    "march",
    "visit",
    "tour",
    "annex",
    "blockad",
    "torch",
    "loot",
    "infiltrat",
    "conquer",
    "overwhelm",
    "evacuat",
    "fled",
    "flee",
    "secur",
];

fn is_territorial(verb: &str) -> bool {
    TERRITORIAL.iter().any(|s| verb.starts_with(s))
        && !matches!(
            verb,
            "hitting" | "marchers" | "security" | "tourists" | "tourism"
        )
}

/// The text between a territorial trigger and a place keeps the place its
/// object: a share of it or a few modifiers ("captured 70 percent of X",
/// "captured much of X", "captured the eastern third of X", "patrolled the
/// war-torn X"), not another noun ("captured the attention of X").
fn territory_object(gap: &str) -> bool {
    const SHARE: &[&str] = &[
        "the",
        "a",
        "an",
        "of",
        "much",
        "most",
        "all",
        "part",
        "parts",
        "half",
        "third",
        "thirds",
        "quarter",
        "percent",
        "rest",
        "bulk",
        "swathes",
        "swaths",
        "areas",
        "stretches",
        "control",
        "large",
        "key",
        "whole",
        "entire",
        "war-torn",
        "war-ravaged",
        "besieged",
        "strategic",
        "rebel-held",
        "embattled",
        "town",
        "city",
        "capital",
        "region",
        "province",
        "district",
        "village",
        "border",
        "port",
        "more",
        "than",
        "about",
        "nearly",
        "almost",
        "over",
    ];
    if gap.contains([',', ';', ':', '(', '"', '—', '–']) {
        return false;
    }
    let ws: Vec<&str> = words(gap).collect();
    ws.len() <= 5
        && ws.iter().all(|w| {
            word_in(SHARE, w)
                || word_in(attache_place::DIRECTIONS, w)
                || w.chars().all(|c| c.is_ascii_digit())
                || (w.contains('-') && w.chars().all(|c| c.is_lowercase() || c == '-'))
                || (w.len() > 3
                    && ["one", "two", "three", "four", "five"]
                        .iter()
                        .any(|n| w.starts_with(n))
                    && w.contains('-'))
        })
}

/// After "X's": is the possessed noun (within three words) a part of the
/// place ("Kabul's streets", "Iraq's northern skies", "one of Baghdad's
/// bridges") rather than a person or a thing ("Sweden's first title")?
fn possessed_part(after: &str) -> bool {
    const PARTS: &[&str] = &[
        "streets",
        "street",
        "roads",
        "road",
        "highways",
        "thoroughfare",
        "thoroughfares",
        "skies",
        "airspace",
        "waters",
        "seawaters",
        "coast",
        "coastline",
        "border",
        "borders",
        "outskirts",
        "suburbs",
        "suburb",
        "districts",
        "district",
        "neighbourhoods",
        "neighborhoods",
        "centre",
        "center",
        "cities",
        "towns",
        "villages",
        "province",
        "provinces",
        "regions",
        "territory",
        "capital",
        "bridges",
        "bridge",
        "port",
        "ports",
        "airport",
        "markets",
        "market",
        "camps",
        "camp",
        "installations",
        "facilities",
        "fields",
        "oilfields",
        "hills",
        "mountains",
        "valley",
        "islands",
        "quarter",
        "heart",
    ];
    words(after).skip(1).take(3).any(|w| word_in(PARTS, w))
}

/// Does the place follow a word that makes it part of a longer phrase
/// ("the road between X and Y", "the airspace of X"), so that it is not the
/// subject of the verb after it?
fn inside_phrase(text: &str, p: &PlaceMention) -> bool {
    // The last two words, read from the end: `head` is the article up to
    // the place, and splitting all of it for every place was quadratic.
    let head = &text[..p.span.start];
    let mut ws = words(head).rev();
    let mut w = ws.next().unwrap_or("");
    if w.eq_ignore_ascii_case("the") {
        w = ws.next().unwrap_or(w);
    }
    word_in(
        &[
            "of",
            "and",
            "or",
            "between",
            "from",
            "to",
            "with",
            "for",
            "by",
            "on",
            "than",
            "including",
            "like",
        ],
        w,
    )
}

/// Is the place glued to a capitalised word before it, as part of a
/// person's name ("Ron Arad")?
fn after_name(text: &str, p: &PlaceMention) -> bool {
    let head = text[..p.span.start].trim_end_matches(' ');
    if head.len() + 1 != p.span.start {
        return false;
    }
    let w = head
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    let sentence_start = head[..head.len() - w.len()].trim_end().is_empty()
        || head[..head.len() - w.len()]
            .trim_end()
            .ends_with(['.', '"', '“', ':']);
    w.chars().next().is_some_and(char::is_uppercase)
        && !sentence_start
        && !word_in(&["The", "In", "At", "On", "But", "And"], w)
}

/// Does the text between a trigger and a later place end with "including"
/// (and up to four lower-case words: "including the port city of")?
fn after_including(gap: &str) -> bool {
    let ws: Vec<&str> = words(gap).collect();
    let Some(k) = ws.iter().rposition(|w| w.eq_ignore_ascii_case("including")) else {
        return false;
    };
    if k > 0 && ws[k - 1].eq_ignore_ascii_case("not") {
        return false;
    }
    let tail = &ws[k + 1..];
    tail.len() <= 4
        && tail
            .iter()
            .all(|w| w.chars().all(|c| c.is_lowercase() || c == '-'))
        && !gap[gap.rfind("ncluding").unwrap_or(0)..].contains([',', ';'])
}

/// Is the text between a place and a later trigger a passive verb's
/// auxiliaries ("X was captured", "X is still patrolled", "X's streets
/// were heavily patrolled", "X is being shelled")?
fn passive_subject(gap: &str, verb: &str) -> bool {
    if verb.ends_with("ing") {
        return false;
    }
    let mut g = gap;
    let possessive = if let Some(r) = g.strip_prefix("'s").or_else(|| g.strip_prefix("’s")) {
        g = r;
        true
    } else {
        false
    };
    if g.contains(|c: char| !(c.is_alphanumeric() || c.is_whitespace() || c == '-'))
        || g.contains(" -")
        || g.contains("- ")
    {
        return false;
    }
    const BE: &[&str] = &["is", "are", "was", "were", "be", "been", "being"];
    const AUX: &[&str] = &[
        "has", "have", "had", "will", "would", "could", "may", "might",
    ];
    const ADVERBS: &[&str] = &[
        "still", "also", "again", "later", "then", "now", "already", "never", "not", "once",
        "first", "soon", "often", "twice",
    ];
    let mut seen_be = false;
    let mut verbal = false;
    let mut noun_words = 0;
    for w in words(g) {
        let lw = w.to_lowercase();
        let lw = lw.as_str();
        if word_in(BE, lw) {
            seen_be = true;
            verbal = true;
        } else if word_in(AUX, lw) || word_in(ADVERBS, lw) || (lw.ends_with("ly") && lw.len() > 3) {
            verbal = true;
        } else if possessive && !verbal && noun_words < 3 && w.chars().all(|c| c.is_lowercase()) {
            // The possessed noun: "X's streets were ...".
            noun_words += 1;
        } else {
            return false;
        }
    }
    seen_be && (!possessive || noun_words > 0)
}

/// Does a country name the agent of a noun after it rather than a place:
/// "a U.S. air strike", "U.S.-led forces", "the U.S. military"?
fn names_an_agent(text: &str, p: &PlaceMention) -> bool {
    const AGENT_NOUNS: &[&str] = &[
        "air",
        "airstrike",
        "airstrikes",
        "strike",
        "strikes",
        "raid",
        "raids",
        "attack",
        "attacks",
        "bombing",
        "bombings",
        "bombardment",
        "offensive",
        "operation",
        "operations",
        "drone",
        "drones",
        "troops",
        "forces",
        "soldiers",
        "military",
        "army",
        "navy",
        "marines",
        "warplanes",
        "warplane",
        "jets",
        "jet",
        "aircraft",
        "planes",
        "helicopter",
        "helicopters",
        "missile",
        "missiles",
        "coalition",
        "officials",
        "government",
        "authorities",
        "police",
        "delegation",
        "envoy",
        "ambassador",
        "president",
        "leader",
        "leaders",
        "minister",
        "forces'",
        "warship",
        "warships",
        "gunboats",
        "special",
        "embassy",
        "embassies",
        "consulate",
        "consulates",
        "diplomatic",
        "mission",
        "team",
        "champion",
        "title",
        "base",
        "bases",
        "patrol",
        "patrols",
        "convoy",
        "convoys",
        "soldier",
        "troop",
        "tank",
        "tanks",
        "vehicle",
        "vehicles",
        "humvee",
        "humvees",
        "personnel",
        "servicemen",
        "contractors",
        "unit",
        "units",
        "checkpoint",
        "outpost",
    ];
    let after = &text[p.span.end..];
    if let Some(r) = after.strip_prefix('-') {
        let w = words(r).next().unwrap_or("");
        return word_in(
            &[
                "led",
                "backed",
                "brokered",
                "funded",
                "sponsored",
                "allied",
                "trained",
            ],
            w,
        );
    }
    if !after.starts_with(' ') {
        return false;
    }
    words(after).next().is_some_and(|w| word_in(AGENT_NOUNS, w))
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
    let country = |k: Option<usize>| k.and_then(|k| ms[k].country.as_deref());
    let role = |k: Option<usize>| k.and_then(|k| ms[k].role.as_deref());
    let lead = event_lead(verbal_event(&c.code), role(c.source), role(c.target));
    if let Some(p) = event_place(text, c.trigger, &actors[..n], places).filter(|p| p.attached()) {
        let order = match lead {
            Lead::Speaker | Lead::Source => [c.source, c.target],
            Lead::Target | Lead::Either => [c.target, c.source],
        };
        let home = order.into_iter().find_map(country);
        let i = home.map_or(p.index, |h| listed_at_home(text, places, p.index, h));
        return Some(places[i].location.clone());
    }
    if let Some(d) =
        dateline.filter(|d| dateline_fits(d, lead, country(c.source), country(c.target)))
    {
        return Some(d.clone());
    }
    let g = Gazetteer::get();
    let order = match lead {
        Lead::Speaker | Lead::Source => [c.source, c.target],
        Lead::Target | Lead::Either => [c.target, c.source],
    };
    for k in order.into_iter().flatten() {
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

/// The place of a list holding the chosen one ("in Paris and Berlin", "in
/// Cairo, Alexandria or Suez") that lies in the lead actor's country
/// `home`, when the chosen one does not: the coder makes one event per
/// actor of "demonstrators in Paris and Berlin", and each happened at home.
/// Otherwise the chosen place. Only a locative list of places the
/// gazetteer has ("captured the Sinai and the Gaza Strip" names two
/// objects; "in X, U.S. troops" is no list). The place may be the actor
/// itself: "Berlin" in "demonstrators in Paris and Berlin" is the source.
fn listed_at_home(text: &str, places: &[PlaceMention], chosen: usize, home: &str) -> usize {
    let c = &places[chosen];
    if c.location.country.as_deref() == Some(home)
        || c.location.country.is_none()
        || c.location.lat.is_none()
        || !locative(c.cue)
    {
        return chosen;
    }
    let gap = |a: usize, b: usize| -> Option<&str> {
        let (x, y) = (&places[a], &places[b]);
        (x.span.end <= y.span.start).then(|| text[x.span.end..y.span.start].trim())
    };
    // Places joined by commas, "and", "or" only.
    let joined = |a: usize, b: usize| {
        gap(a, b).is_some_and(|g| matches!(g, "," | "and" | "or" | ", and" | ", or"))
    };
    let mut first = chosen;
    while first > 0 && joined(first - 1, first) {
        first -= 1;
    }
    let mut last = chosen;
    while last + 1 < places.len() && joined(last, last + 1) {
        last += 1;
    }
    // A list ends in "and" or "or".
    if first == last || gap(last - 1, last).is_some_and(|g| g == ",") {
        return chosen;
    }
    (first..=last)
        .find(|&i| {
            let p = &places[i];
            p.location.country.as_deref() == Some(home)
                && p.location.lat.is_some()
                && matches!(
                    p.cue,
                    Cue::Bare | Cue::In | Cue::Near | Cue::Province | Cue::Direction
                )
        })
        .unwrap_or(chosen)
}

/// Which actor's country says where an event without a stated place
/// happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Lead {
    /// A verbal event: where the speaker is.
    Speaker,
    /// A material event whose source is present where it acts and whose
    /// target is less so ("Iraqi police killed two militants").
    Source,
    /// A material event whose target is the one present ("Israel struck
    /// Gaza militants").
    Target,
    /// Neither is more present than the other: the target first.
    Either,
}

/// How surely an actor is in the place where it acts, by its role: police
/// and courts act only at home (3); civilians, officials, rebels and other
/// people with a role are where the event is (2); the military also acts
/// abroad (1); a bare country ("Israel", "the United States") acts from
/// afar (0).
///
/// On Halterman's event-location records whose stated place lies in the
/// country of exactly one of two actors from different countries, a
/// material event happened in the source's country in 336 cases and the
/// target's in 21 when the source has a role other than military and the
/// target is a bare country, 548 to 3 the target's the other way round,
/// 97 to 42 the source's for a military source against a bare country, and
/// 48 to 0 the source's for police; two bare countries went 182 to 19 to
/// the target.
fn presence(role: Option<&str>) -> u8 {
    match role {
        None => 0,
        Some("COP" | "JUD") => 3,
        Some("MIL") => 1,
        Some(_) => 2,
    }
}

/// The lead actor of an event (see [`Lead`] and [`presence`]).
fn event_lead(verbal: bool, source_role: Option<&str>, target_role: Option<&str>) -> Lead {
    if verbal {
        return Lead::Speaker;
    }
    match presence(source_role).cmp(&presence(target_role)) {
        std::cmp::Ordering::Greater => Lead::Source,
        std::cmp::Ordering::Less => Lead::Target,
        std::cmp::Ordering::Equal => Lead::Either,
    }
}

/// Whether an event is verbal (quad class 1, verbal cooperation, or 3,
/// verbal conflict): said rather than done, so it happens where the speaker
/// is. Unknown codes count as material.
fn verbal_event(code: &str) -> bool {
    attache_events::Cameo::get()
        .lookup(code)
        .is_some_and(|i| matches!(i.quad_class, 1 | 3))
}

/// Whether the dateline's place can stand for an event that states no place
/// of its own (see the module docs): a dateline without a country (a sea, a
/// region across borders) and events whose actors have no country (an
/// international body, an unknown group) keep it; otherwise a verbal event
/// needs the source in the dateline's country (a source without a country
/// keeps it), a material event its lead actor's country ("PARIS - Turkish
/// police detained two French nationals" did not happen in Paris), or
/// either actor's when neither leads.
fn dateline_fits(d: &Location, lead: Lead, source: Option<&str>, target: Option<&str>) -> bool {
    let Some(dc) = d.country.as_deref() else {
        return true;
    };
    match (lead, source, target) {
        (_, None, None) => true,
        (Lead::Speaker, Some(s), _) => s == dc,
        (Lead::Speaker, None, Some(_)) => true,
        (Lead::Source, Some(s), _) | (Lead::Target, _, Some(s)) => s == dc,
        (_, s, t) => s == Some(dc) || t == Some(dc),
    }
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
        let ps = places(text, Span::new(0, text.len()), &ctx, &[]);
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

    fn event_tier(text: &str, trigger: &str) -> Option<(String, u8)> {
        let ctx = ArticleContext::new(None);
        let ps = places(text, Span::new(0, text.len()), &ctx, &[]);
        let at = text.find(trigger).expect("trigger");
        event_place(text, Span::new(at, at + trigger.len()), &[], &ps)
            .map(|c| (ps[c.index].span.slice(text).to_string(), c.tier))
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
    fn a_town_of_a_state_is_finer_than_the_state() {
        assert_eq!(
            attached(
                "Gunmen raided a market in Damboa town of Borno State on Friday.",
                "raided"
            )
            .as_deref(),
            Some("Damboa")
        );
        // A division holding a named town is still the container.
        assert_eq!(
            attached(
                "Police arrested two men in the Punjab city of Lahore.",
                "arrested"
            )
            .as_deref(),
            Some("Lahore")
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
    fn a_place_described_by_an_appositive_wins_over_its_setting() {
        assert_eq!(
            attached(
                "Gunmen killed four farmers in Tamsola, a village in Kaduna State.",
                "killed"
            )
            .as_deref(),
            Some("Tamsola")
        );
        assert_eq!(
            attached(
                "A blast destroyed a depot at Bastia, in northern Corsica.",
                "destroyed"
            )
            .as_deref(),
            Some("Bastia")
        );
    }

    #[test]
    fn a_neighbourhood_after_a_possessive_with_a_faith_adjective_wins() {
        assert_eq!(
            attached(
                "A mortar round killed two boys in Baghdad's mostly Shiite  district of Kadhimiya.",
                "killed"
            )
            .as_deref(),
            Some("Kadhimiya")
        );
    }

    #[test]
    fn of_two_unlisted_places_the_one_named_by_its_part_word_wins() {
        assert_eq!(
            attached(
                "Raiders killed six herders in Gubdori village of Dambazau Local Government Area of Kano State.",
                "killed"
            )
            .as_deref(),
            Some("Gubdori")
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
        // "40 km south of X" only says where the place is relative to X:
        // tier 2, the weakest attached tier (on Halterman's records the
        // reference point was the annotated place more often than not).
        let c = event_tier("Gunmen ambushed a convoy 40 km south of Kabul.", "ambushed");
        assert_eq!(c, Some(("Kabul".to_string(), 2)));
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

    #[test]
    fn a_territory_taken_or_patrolled_is_the_place_even_as_an_actor() {
        // The place is the target actor of a verb acting on territory.
        assert_eq!(
            choose("Rebels captured Goma on Tuesday.", "captured", Some("Goma")),
            Some(("Goma".to_string(), true))
        );
        assert_eq!(
            attached(
                "Serb forces captured about half of Bosnia in 1992.",
                "captured"
            )
            .as_deref(),
            Some("Bosnia")
        );
        assert_eq!(
            attached(
                "Soldiers patrolled Nairobi's main streets overnight.",
                "patrolled"
            )
            .as_deref(),
            Some("Nairobi")
        );
        // Not a thing named after a place's people.
        assert_eq!(
            attached("She captured Norway's first gold in skiing.", "captured"),
            None
        );
        // The passive subject of such a verb.
        assert_eq!(
            attached("Mogadishu was shelled overnight by insurgents.", "shelled").as_deref(),
            Some("Mogadishu")
        );
        assert_eq!(
            attached(
                "Kabul's streets were heavily patrolled by troops.",
                "patrolled"
            )
            .as_deref(),
            Some("Kabul")
        );
        // Not the end of a phrase ("the road between X and Y").
        assert_eq!(
            attached(
                "The road between Kakata and Monrovia is patrolled by soldiers.",
                "patrolled"
            ),
            None
        );
    }

    #[test]
    fn a_listed_place_after_including_is_the_place() {
        assert_eq!(
            attached(
                "Police arrested dozens of people in three cities, including Lahore.",
                "arrested"
            )
            .as_deref(),
            Some("Lahore")
        );
        assert_eq!(
            attached(
                "Police arrested dozens of people, including Somalia's deputy mayor.",
                "arrested"
            ),
            None
        );
    }

    #[test]
    fn a_country_naming_whose_strike_is_not_the_place() {
        assert_eq!(
            attached(
                "A commander was killed in a U.S. air strike on Sunday.",
                "killed"
            ),
            None
        );
        assert_eq!(
            attached(
                "Two fighters were killed in U.S.-led raids near Kirkuk.",
                "killed"
            )
            .as_deref(),
            Some("Kirkuk")
        );
    }

    #[test]
    fn the_finer_place_takes_its_containers_cue() {
        assert_eq!(
            attached(
                "Gunmen shot a shopkeeper in Iraq's western Anbar province.",
                "shot"
            )
            .as_deref(),
            Some("Anbar")
        );
        assert_eq!(
            attached(
                "Students marched through Egypt's capital, Cairo, on Friday.",
                "marched"
            )
            .as_deref(),
            Some("Cairo")
        );
        assert_eq!(
            attached(
                "Demonstrators gathered in the Moldovan capital Chisinau.",
                "gathered"
            )
            .as_deref(),
            Some("Chisinau")
        );
        // The town is the finer place whichever side of "of" it stands.
        assert_eq!(
            attached(
                "A bomb exploded in the Shuala neighbourhood of Baghdad.",
                "exploded"
            )
            .as_deref(),
            Some("Shuala")
        );
    }

    #[test]
    fn a_place_fronted_at_the_head_of_the_sentence_sets_the_scene() {
        assert_eq!(
            attached(
                "In Bamako, soldiers who had mutinied arrested the minister.",
                "arrested"
            )
            .as_deref(),
            Some("Bamako")
        );
    }

    #[test]
    fn the_finer_place_wins_over_the_place_it_lies_in() {
        // "X in southern Y" before the trigger: X is where.
        assert_eq!(
            attached(
                "A bomb planted in Nabatieh in southern Lebanon exploded on Sunday.",
                "exploded"
            )
            .as_deref(),
            Some("Nabatieh")
        );
        // "X village in Y": the part word says X lies in Y.
        assert_eq!(
            attached(
                "Gunmen killed three farmers in Dakwara village in Kaduna State.",
                "killed"
            )
            .as_deref(),
            Some("Dakwara")
        );
        // An unlisted "X district of Y" is the district, even when the
        // gazetteer gives Y no population.
        assert_eq!(
            attached(
                "Troops patrolled the Shindara district of Zabul province.",
                "patrolled"
            )
            .as_deref(),
            Some("Shindara")
        );
    }

    #[test]
    fn a_place_named_with_its_part_word_is_inside_the_place_after_of() {
        assert_eq!(
            attached(
                "A roadside bomb killed four police officers in Nerkh District of Wardak Province on Monday.",
                "killed"
            )
            .as_deref(),
            Some("Nerkh District")
        );
        // Without its own part word the wider place after "of" is kept
        // when it is finer ("the Colombo suburb of X" logic is unchanged).
        assert_eq!(
            attached("Troops shelled Kandahar on Monday.", "shelled").as_deref(),
            Some("Kandahar")
        );
    }

    #[test]
    fn a_division_owning_a_district_by_its_part_word_is_its_container() {
        assert_eq!(
            attached(
                "Taliban fighters overran a police post in Helmand province's Nad Ali district on Sunday.",
                "overran"
            )
            .as_deref(),
            Some("Nad Ali")
        );
    }

    #[test]
    fn the_destination_of_a_journey_made_for_the_event_is_its_place() {
        assert_eq!(
            attached(
                "The prime minister flew to Basra for talks with tribal leaders.",
                "talks"
            )
            .as_deref(),
            Some("Basra")
        );
        assert_eq!(
            attached("Thousands of farmers came to Delhi to protest.", "protest").as_deref(),
            Some("Delhi")
        );
        // A journey after the event, or one not made for it, does not
        // place it.
        assert_eq!(
            attached(
                "The envoy met rebel leaders before he flew to Basra.",
                "met"
            ),
            None
        );
        assert_eq!(
            attached(
                "After he returned to Basra last year, the governor said he would resign.",
                "resign"
            ),
            None
        );
    }

    #[test]
    fn a_reference_point_is_a_weak_but_attached_place() {
        // "north of X" alone: X is the best the sentence gives.
        assert_eq!(
            attached(
                "Gunmen ambushed a convoy on a road north of Kirkuk on Tuesday.",
                "ambushed"
            )
            .as_deref(),
            Some("Kirkuk")
        );
        // A place named as the event's own wins over a reference point,
        // even one nearer the trigger.
        assert_eq!(
            attached(
                "In Samarra, a city north of Baghdad, gunmen killed two policemen.",
                "killed"
            )
            .as_deref(),
            Some("Samarra")
        );
        // Behind a speech verb a reference point stays unattached.
        assert_eq!(
            attached(
                "Police arrested four men, officials said in a town south of Basra.",
                "arrested"
            ),
            None
        );
    }

    #[test]
    fn a_chain_of_settings_leads_to_the_innermost_place() {
        // "X in Y, Z": Z qualifies Y, Y sets X; X is where.
        assert_eq!(
            attached(
                "A grenade thrown at a bus stop on Wuse Road in Kano, Kano State, wounded four.",
                "wounded"
            )
            .as_deref(),
            Some("Wuse Road")
        );
        // "X local government area of Y State".
        assert_eq!(
            attached(
                "Herders killed nine villagers in Dansoka local government area of Kaduna State.",
                "killed"
            )
            .as_deref(),
            Some("Dansoka")
        );
    }

    #[test]
    fn a_country_naming_a_patrol_is_not_the_place() {
        assert_eq!(
            attached(
                "Shots were fired at a U.S. convoy as it crossed a bridge outside Tikrit.",
                "fired"
            )
            .as_deref(),
            Some("Tikrit")
        );
    }

    #[test]
    fn a_town_owning_a_site_is_the_place() {
        // Our own sentences.
        assert_eq!(
            attached("A blast damaged one of Mosul's old bridges.", "damaged").as_deref(),
            Some("Mosul")
        );
        assert_eq!(
            attached("Troops patrolled Kandahar's central market.", "patrolled").as_deref(),
            Some("Kandahar")
        );
        // A country's offices are not a site of the event.
        assert_eq!(
            attached("A fire gutted Egypt's main ministry offices.", "gutted"),
            None
        );
    }

    #[test]
    fn a_resort_or_commune_of_a_region_is_the_place() {
        assert_eq!(
            attached(
                "Bombs exploded in the Sinai resort of Ras Burqa overnight.",
                "exploded"
            )
            .as_deref(),
            Some("Ras Burqa")
        );
        // Without a part word the first place stays.
        assert_eq!(
            attached("Two bombs exploded in the Sinai near Taba.", "exploded").as_deref(),
            Some("Sinai")
        );
    }

    #[test]
    fn a_town_naming_a_site_is_the_place() {
        assert_eq!(
            attached("A bomb wrecked a Baghdad cafe on Friday.", "wrecked").as_deref(),
            Some("Baghdad")
        );
        assert_eq!(
            attached("Gunmen shot him outside his Nairobi home.", "shot").as_deref(),
            Some("Nairobi")
        );
        assert_eq!(
            attached(
                "Police guarded a Kabul police station overnight.",
                "guarded"
            )
            .as_deref(),
            Some("Kabul")
        );
        // A town naming people is not where they acted.
        assert_eq!(
            attached("Dallas police arrested two men.", "arrested"),
            None
        );
        assert_eq!(attached("Aleppo residents fled on Sunday.", "fled"), None);
    }

    #[test]
    fn the_dateline_must_fit_the_event() {
        let loc = |name: &str, country: Option<&str>| Location {
            name: name.into(),
            country: country.map(Into::into),
            admin1: None,
            lat: None,
            lon: None,
            precision: PlacePrecision::Place,
            span: None,
        };
        let beirut = loc("Beirut", Some("LBN"));
        let (v, e) = (Lead::Speaker, Lead::Either);
        // Verbal: the speaker must be in the dateline's country.
        assert!(dateline_fits(&beirut, v, Some("LBN"), Some("ISR")));
        assert!(!dateline_fits(&beirut, v, Some("EGY"), Some("LBN")));
        // A speaker without a country (an international body) keeps it.
        assert!(dateline_fits(&beirut, v, None, Some("SYR")));
        // Material, neither actor leading: the source's or the target's.
        assert!(dateline_fits(&beirut, e, Some("ISR"), Some("LBN")));
        assert!(dateline_fits(&beirut, e, Some("LBN"), None));
        assert!(!dateline_fits(&beirut, e, Some("TUR"), Some("GRC")));
        assert!(!dateline_fits(&beirut, e, None, Some("GRC")));
        // Material with a lead: its country ("BEIRUT - Syrian police
        // arrested two Lebanese men" did not happen in Beirut).
        assert!(!dateline_fits(
            &beirut,
            Lead::Source,
            Some("SYR"),
            Some("LBN")
        ));
        assert!(dateline_fits(
            &beirut,
            Lead::Target,
            Some("ISR"),
            Some("LBN")
        ));
        assert!(dateline_fits(&beirut, Lead::Source, None, Some("LBN")));
        // No actor country, or no dateline country: keep the dateline.
        assert!(dateline_fits(&beirut, e, None, None));
        let gulf = loc("Persian Gulf", None);
        assert!(dateline_fits(&gulf, v, Some("IRN"), Some("USA")));
        assert!(verbal_event("111") && verbal_event("0252"));
        // Police act at home; a bare country acts from afar.
        assert_eq!(event_lead(false, Some("COP"), Some("CVL")), Lead::Source);
        assert_eq!(event_lead(false, None, Some("CVL")), Lead::Target);
        assert_eq!(event_lead(false, Some("REB"), None), Lead::Source);
        assert_eq!(event_lead(false, Some("MIL"), Some("CVL")), Lead::Target);
        assert_eq!(event_lead(false, Some("MIL"), None), Lead::Source);
        assert_eq!(event_lead(false, None, None), Lead::Either);
        assert_eq!(event_lead(true, None, Some("COP")), Lead::Speaker);
        assert!(!verbal_event("173") && !verbal_event("190"));
    }

    #[test]
    fn an_event_elsewhere_is_not_placed_at_the_dateline() {
        let pipe = crate::pipeline::Pipeline::builtin();
        let place = |text: &str| {
            let a = attache_model::Article {
                id: "t".into(),
                date: chrono::NaiveDate::from_ymd_opt(2021, 6, 8)
                    .and_then(|d| d.and_hms_opt(0, 0, 0)),
                text: text.into(),
                ..Default::default()
            };
            let evs = pipe.code_article(&a, false).events;
            let ev = evs.first().unwrap_or_else(|| panic!("an event: {text}"));
            let l = ev
                .location
                .clone()
                .unwrap_or_else(|| panic!("a place: {ev:#?}"));
            (l.name, l.precision)
        };
        // A foreign government's statement: its own country.
        assert_eq!(
            place("NAIROBI, June 8 (AP) - Ethiopia accused Sudan on Tuesday of arming rebels."),
            ("Ethiopia".to_string(), PlacePrecision::Country)
        );
        // The speaker is in the dateline's country.
        assert_eq!(
            place("NAIROBI, June 8 (AP) - Kenyan officials criticised Somalia on Tuesday."),
            ("Nairobi".to_string(), PlacePrecision::Place)
        );
        // A material event with the dateline's country as its target.
        assert_eq!(
            place(
                "NAIROBI, June 8 (AP) - Somali militants attacked a Kenyan police post on Tuesday."
            ),
            ("Nairobi".to_string(), PlacePrecision::Place)
        );
        // Police act at home, whatever the dateline says.
        assert_eq!(
            place("NAIROBI, June 8 (AP) - Ugandan police arrested two Kenyan traders on Tuesday."),
            ("Uganda".to_string(), PlacePrecision::Country)
        );
        // An international body keeps the dateline.
        assert_eq!(
            place("NAIROBI, June 8 (AP) - The United Nations appealed for calm on Tuesday."),
            ("Nairobi".to_string(), PlacePrecision::Place)
        );
    }
}
