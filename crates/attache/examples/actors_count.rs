//! Run split + tokenise + actor recognition once over the bench corpus (400
//! generated articles, seed 42), in one function that a profiler can select:
//!
//! ```text
//! cargo build --release -p attache --example actors_count
//! valgrind --tool=callgrind --toggle-collect='*run_actors*' target/release/examples/actors_count
//! ```
//!
//! Instruction counts do not depend on what else the machine is doing, so
//! this is how we compare two versions of the recogniser on a shared machine;
//! `cargo bench -p attache --bench stages -- actors` gives the MB/s figure.
use attache::gencorpus::{Generator, Profile};
use attache_actors::{ActorDict, ArticleContext, Mention, Recogniser};
use attache_model::Article;
use attache_segment::{split_sentences, tokenize, Tokens};

#[inline(never)]
fn run_actors(rec: &Recogniser, arts: &[Article]) -> usize {
    let (mut buf, mut toks, mut ms) = (Vec::new(), Tokens::default(), Vec::<Mention>::new());
    let mut n = 0;
    for a in arts {
        let mut ctx = ArticleContext::new(a.date_only());
        buf.clear();
        split_sentences(&a.text, &mut buf);
        for s in &buf {
            toks.clear();
            tokenize(&a.text, s.span, &mut toks);
            ms.clear();
            rec.recognise(&a.text, &toks, &mut ctx, &mut ms);
            n += ms.len();
        }
    }
    n
}

fn main() {
    let mut g = Generator::with_profile(42, Profile::from_env());
    let arts: Vec<Article> = (0..400).map(|_| g.next_article()).collect();
    let rec = Recogniser::new(ActorDict::builtin());
    let bytes: usize = arts.iter().map(|a| a.text.len()).sum();
    let t = std::time::Instant::now();
    let n = run_actors(&rec, &arts);
    eprintln!(
        "{n} mentions in {bytes} bytes, {:.1} ms",
        t.elapsed().as_secs_f64() * 1e3
    );
}
