use attache_model::Span;
use attache_place::*;
fn main() {
    let args: Vec<String> = std::env::args().collect();
    let text = &args[1];
    let ctx: Vec<&str> = args[2..].iter().map(|s| s.as_str()).collect();
    let mut out = Vec::new();
    find_places(
        text,
        Span::new(0, text.len()),
        &PlaceContext { countries: &ctx },
        &mut out,
    );
    for m in &out {
        println!(
            "{:?} {:?} -> {} {:?} {:?} ({:.2})",
            m.span.slice(text),
            m.cue,
            m.location.name,
            m.location.country,
            m.location.admin1,
            m.score
        );
    }
    if let Ok(n) = std::env::var("CANDS") {
        for c in Gazetteer::get()
            .candidates(&n, ctx.first().copied())
            .iter()
            .take(8)
        {
            println!(
                "  {} {} {:?} {:?} pop={:?} cap={} alt={} score={:.3}",
                c.name, c.iso3, c.admin1, c.kind, c.population, c.capital, c.alternate, c.score
            );
        }
    }
}
