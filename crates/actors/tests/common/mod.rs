//! Shared by the phrase and resolution tests: recognise the sentences of one
//! article and list the codes found.

use attache_actors::{ActorDict, ArticleContext, Mention, Recogniser};
use attache_model::Span;
use attache_segment::{tokenize, Tokens};

/// Recognise `text` (sentences separated by `" | "`, read in order with one
/// [`ArticleContext`], as the pipeline reads an article) and return the codes
/// of every mention in order (`"-"` for a mention without a code). `date` is
/// the article date, `YYYY-MM-DD`, or empty for an undated article.
pub fn codes(text: &str, date: &str) -> Vec<String> {
    labels(text, date, |m| m.code.as_deref().unwrap_or("-").to_string())
}

/// [`codes`] with each mention written by `label`.
pub fn labels(text: &str, date: &str, label: impl Fn(&Mention) -> String) -> Vec<String> {
    let date = (!date.is_empty()).then(|| {
        chrono::NaiveDate::parse_from_str(date, "%Y-%m-%d")
            .unwrap_or_else(|e| panic!("bad date {date:?}: {e}"))
    });
    let rec = Recogniser::new(ActorDict::builtin());
    let mut ctx = ArticleContext::new(date);
    let mut found = Vec::new();
    for sentence in text.split(" | ") {
        let mut toks = Tokens::default();
        tokenize(sentence, Span::new(0, sentence.len()), &mut toks);
        let mut out = Vec::new();
        rec.recognise(sentence, &toks, &mut ctx, &mut out);
        found.extend(out.iter().map(&label));
    }
    found
}

/// Check `(text, expected codes)` cases of undated articles; report every
/// failing case at once.
#[allow(dead_code)] // not every test file uses each helper
pub fn check(cases: &[(&str, &[&str])]) {
    check_with(cases, |text| codes(text, ""));
}

/// [`check`] with the labels `got` gives a text.
#[allow(dead_code)]
pub fn check_with(cases: &[(&str, &[&str])], got: impl Fn(&str) -> Vec<String>) {
    report(cases.iter().filter_map(|&(text, want)| {
        let got = got(text);
        (got != want).then(|| format!("  {text:?}: want {want:?}, got {got:?}"))
    }));
}

/// Dated cases: `(text, article date, expected codes)`; every failure is listed.
#[allow(dead_code)]
pub fn check_dated(cases: &[(&str, &str, &[&str])]) {
    report(cases.iter().filter_map(|&(text, date, want)| {
        let got = codes(text, date);
        (got != want).then(|| format!("  {text:?} [{date}]: want {want:?}, got {got:?}"))
    }));
}

/// Fail with every failing case listed, if there are any.
fn report(failures: impl Iterator<Item = String>) {
    let bad: Vec<String> = failures.collect();
    assert!(
        bad.is_empty(),
        "{} cases failed:\n{}",
        bad.len(),
        bad.join("\n")
    );
}
