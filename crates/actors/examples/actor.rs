//! Quick look-up: `cargo run -p attache-actors --example actor -- "PHRASE" [YYYY-MM-DD]`
//! (the full tool is `attache actor`).
use attache_actors::{ActorDict, ArticleContext, Recogniser};
use attache_model::Span;
use attache_segment::{tokenize, Tokens};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let phrase = args.get(1).cloned().unwrap_or_default();
    let date = args
        .get(2)
        .and_then(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok());
    let dict = ActorDict::builtin();
    let rec = Recogniser::new(dict);
    let mut ctx = ArticleContext::new(date);
    let mut toks = Tokens::default();
    tokenize(&phrase, Span::new(0, phrase.len()), &mut toks);
    let mut out = Vec::new();
    rec.recognise(&phrase, &toks, &mut ctx, &mut out);
    for m in out {
        println!(
            "{:?} {:?} {:?} {}",
            &phrase[m.span.start..m.span.end],
            m.code,
            m.kind,
            m.rule()
        );
    }
}
