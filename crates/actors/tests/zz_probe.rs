// Scratch probe (to be deleted): reads /tmp/probe.txt, one case per line: DATE<TAB>S1 | S2 ...
use attache_actors::{ActorDict, ArticleContext, Recogniser};
use attache_model::Span;
use attache_segment::{tokenize, Tokens};

#[test]
fn probe() {
    let text = std::fs::read_to_string("/tmp/probe.txt").unwrap_or_default();
    let rec = Recogniser::new(ActorDict::builtin());
    let mut out = String::new();
    for line in text.lines() {
        if line.trim().is_empty() { continue; }
        let (d, p) = line.split_once('\t').unwrap_or(("", line));
        let date = chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok();
        let mut ctx = ArticleContext::new(date);
        let mut res = Vec::new();
        for s in p.split(" | ") {
            let mut toks = Tokens::default();
            tokenize(s, Span::new(0, s.len()), &mut toks);
            let mut ms = Vec::new();
            rec.recognise(s, &toks, &mut ctx, &mut ms);
            for m in ms {
                res.push(format!("{}={} [{}]", &s[m.span.start..m.span.end], m.code.clone().unwrap_or("None".into()), m.rule()));
            }
        }
        out.push_str(&format!("{d} {p}\n    -> {}\n", res.join("; ")));
    }
    std::fs::write("/tmp/probe.out", out).unwrap();
}
