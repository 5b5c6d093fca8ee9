//! Stage 5 glue: the event's own date and place.
//!
//! Dates come from `attache-time` (expressions resolved against the article
//! date; the coder picks the one in the event's clause and decides whether
//! it is background). Places come from `attache-place`. An event's location
//! is, in order of preference:
//!
//! 1. a place named in the sentence with a locative cue ("in", "near",
//!    "X province", "northern X"), the nearest one after the trigger first,
//!    then the nearest before it;
//! 2. any other place in the sentence that is not itself one of the event's
//!    actors ("Kabul said ..." is an actor, not a place);
//! 3. the dateline's place;
//! 4. the target's country, else the source's (precision `country`).

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

/// Places named in a sentence, chosen with the article's countries as context.
pub fn places(text: &str, span: Span, ctx: &ArticleContext) -> Vec<PlaceMention> {
    let countries = ctx.countries();
    let refs: Vec<&str> = countries.iter().map(String::as_str).collect();
    let mut out = Vec::new();
    attache_place::find_places(text, span, &PlaceContext { countries: &refs }, &mut out);
    out
}

fn locative(c: Cue) -> bool {
    matches!(
        c,
        Cue::In | Cue::Near | Cue::Province | Cue::Direction | Cue::Based | Cue::Dateline
    )
}

/// Choose an event's location (see the module docs for the order).
pub fn choose_location(
    c: &Coded,
    places: &[PlaceMention],
    ms: &[Mention],
    dateline: Option<&Location>,
) -> Option<Location> {
    let is_actor = |p: &PlaceMention| {
        [c.source, c.target]
            .iter()
            .flatten()
            .any(|&k| ms[k].span.overlaps(p.span))
    };
    let dist = |p: &PlaceMention| {
        if p.span.start >= c.trigger.end {
            p.span.start - c.trigger.end
        } else {
            // Places before the trigger rank after those following it.
            10_000 + (c.trigger.start - p.span.end.min(c.trigger.start))
        }
    };
    let best = places
        .iter()
        .filter(|p| locative(p.cue) && !is_actor(p))
        .min_by_key(|p| dist(p))
        .or_else(|| {
            places
                .iter()
                .filter(|p| p.cue != Cue::Demonym && !is_actor(p))
                .min_by_key(|p| dist(p))
        });
    if let Some(p) = best {
        return Some(p.location.clone());
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
