//! Print the place mentions the finder gives each line of standard input
//! (no article context; `--country ISO3` adds one), for looking at a case.
//!
//! ```text
//! echo 'Police fired tear gas in Kabul on Sunday.' | cargo run --release -p attache-place --example show
//! ```

use std::io::BufRead;

use attache_model::Span;
use attache_place::{find_places, PlaceContext};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let country = args
        .iter()
        .position(|a| a == "--country")
        .and_then(|k| args.get(k + 1).cloned());
    let countries: Vec<&str> = country.iter().map(String::as_str).collect();
    let ctx = PlaceContext {
        countries: &countries,
        ..PlaceContext::default()
    };
    let mut out = Vec::new();
    for line in std::io::stdin().lock().lines() {
        let Ok(line) = line else { break };
        out.clear();
        find_places(&line, Span::new(0, line.len()), &ctx, &mut out);
        println!("{line}");
        for m in &out {
            println!(
                "  {:<28} {:<9} {} ({}) {:?} {:?},{:?} score {:.2}",
                m.span.slice(&line),
                m.cue.as_str(),
                m.location.name,
                m.location.country.as_deref().unwrap_or("-"),
                m.location.precision,
                m.location.lat,
                m.location.lon,
                m.score
            );
        }
    }
}
