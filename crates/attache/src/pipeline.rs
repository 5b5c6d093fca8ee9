//! The pipeline, stage by stage:
//!
//! ```text
//! read → segment → recognise actors → code events → resolve time and place → output
//! ```
//!
//! [`Pipeline`] owns the loaded dictionaries (built-in plus `--dict`
//! overlays) and codes one [`Article`] at a time; it keeps no state between
//! articles, so articles are coded in parallel and output in input order
//! (see [`crate::run`]). Per-article buffers (tokens, mentions) are reused
//! across the sentences of the article.

use anyhow::{Context, Result};
use attache_actors::{ActorDict, ArticleContext, Mention, Recogniser};
use attache_events::{
    Cameo, Coded, Coder, DateCue, MatchInfo, Patterns, SentenceInput, Suppressed,
};
use attache_model::{stable_id, Article, Event, Location, Sentence, Trigger};
use attache_segment::{find_dateline, split_sentences, tokenize, Tokens};
use std::path::PathBuf;

use crate::timeplace;

/// A dictionary shared by the process (built-in) or owned (with overlays).
enum Dict<T: 'static> {
    Builtin(&'static T),
    Owned(Box<T>),
}

impl<T> std::ops::Deref for Dict<T> {
    type Target = T;
    fn deref(&self) -> &T {
        match self {
            Dict::Builtin(t) => t,
            Dict::Owned(t) => t,
        }
    }
}

/// Loaded dictionaries: the built-in ones, or those plus user overlays.
pub struct Pipeline {
    actors: Dict<ActorDict>,
    patterns: Dict<Patterns>,
}

/// Per-sentence details for `attache explain`.
#[derive(Debug, Clone, serde::Serialize)]
pub struct SentenceExplain {
    pub index: usize,
    pub text: String,
    pub actors: Vec<Mention>,
    pub matches: Vec<MatchInfo>,
    pub events: Vec<Event>,
    pub suppressed: Vec<Suppressed>,
}

/// The result of coding one article.
#[derive(Debug, Default)]
pub struct ArticleResult {
    pub events: Vec<Event>,
    pub sentences: usize,
    pub explain: Vec<SentenceExplain>,
}

/// Is this dictionary file an event pattern file (its first `%kind` is a
/// pattern, verb-form or cue kind) rather than an actor dictionary?
fn is_event_dict(text: &str) -> bool {
    for line in text.lines() {
        let l = line.trim();
        if let Some(rest) = l.strip_prefix("%kind") {
            let k = rest.split_whitespace().next().unwrap_or("");
            return matches!(k, "verb" | "noun" | "verbs" | "cues" | "intent");
        }
    }
    false
}

impl Pipeline {
    /// The built-in dictionaries (loaded once per process).
    pub fn builtin() -> Pipeline {
        Pipeline {
            actors: Dict::Builtin(ActorDict::builtin()),
            patterns: Dict::Builtin(Patterns::builtin()),
        }
    }

    /// Built-in dictionaries plus user files given with `--dict`. Each file is
    /// an actor dictionary or an event pattern file, told apart by its first
    /// `%kind` directive.
    pub fn with_overlays(files: &[PathBuf]) -> Result<Pipeline> {
        // Indexing the gazetteer takes about twice as long as building both
        // dictionaries, and every article needs it: start it now on its own
        // thread (a `LazyLock`: whoever needs it first waits for this load)
        // instead of in the middle of the first article.
        std::thread::spawn(|| {
            attache_place::Gazetteer::get();
        });
        if files.is_empty() {
            // The two built-in dictionaries load side by side as well.
            let patterns = std::thread::spawn(|| {
                Patterns::builtin();
            });
            ActorDict::builtin();
            let _ = patterns.join();
            return Ok(Pipeline::builtin());
        }
        let mut actor_files = Vec::new();
        let mut event_files = Vec::new();
        for f in files {
            let text = std::fs::read_to_string(f)
                .with_context(|| format!("{}: cannot read dictionary", f.display()))?;
            let name = f.display().to_string();
            if is_event_dict(&text) {
                event_files.push((name, text));
            } else {
                actor_files.push((name, text));
            }
        }
        let actors = if actor_files.is_empty() {
            Dict::Builtin(ActorDict::builtin())
        } else {
            Dict::Owned(Box::new(ActorDict::load(&actor_files)?))
        };
        let patterns = if event_files.is_empty() {
            Dict::Builtin(Patterns::builtin())
        } else {
            Dict::Owned(Box::new(Patterns::load(&event_files)?))
        };
        Ok(Pipeline { actors, patterns })
    }

    pub fn actors(&self) -> &ActorDict {
        &self.actors
    }

    pub fn patterns(&self) -> &Patterns {
        &self.patterns
    }

    /// Code one article. With `explain`, also keep per-sentence details.
    pub fn code_article(&self, a: &Article, explain: bool) -> ArticleResult {
        let text = a.text.as_str();
        let mut out = ArticleResult::default();
        let rec = Recogniser::new(&self.actors);
        let coder = Coder::new(&self.patterns).record_matches(explain);
        let cameo = Cameo::get();

        let mut article_date = a.date_only();
        let mut ctx = ArticleContext::new(article_date);
        // Dateline: its place gives the article's main country, its date the
        // article date when the input had none.
        let dateline = find_dateline(text);
        let mut dateline_loc: Option<Location> = None;
        if let Some(d) = &dateline {
            if let Some(loc) = timeplace::dateline_place(text, d) {
                ctx.dateline_country = loc.country.clone();
                dateline_loc = Some(loc);
            }
            if article_date.is_none() {
                article_date = timeplace::dateline_date(text, d);
                ctx.date = article_date;
            }
        }

        let mut sentences: Vec<Sentence> = Vec::new();
        split_sentences(text, &mut sentences);
        out.sentences = sentences.len();
        let mut toks = Tokens::default();
        let mut mentions: Vec<Mention> = Vec::new();
        let mut dates: Vec<DateCue> = Vec::new();
        let first_para = sentences.first().map(|s| s.paragraph).unwrap_or(0);
        for s in &sentences {
            toks.clear();
            tokenize(text, s.span, &mut toks);
            mentions.clear();
            rec.recognise(text, &toks, &mut ctx, &mut mentions);
            dates.clear();
            if let Some(ad) = article_date {
                timeplace::dates(text, s.span, ad, &mut dates);
            }
            let res = coder.code(&SentenceInput {
                text,
                toks: &toks,
                mentions: &mentions,
                dates: &dates,
                article_date,
            });
            let mut sent_events = Vec::new();
            if !res.events.is_empty() {
                let places = timeplace::places(text, s.span, &ctx, &mentions);
                for c in &res.events {
                    // One event per (source code, target code, CAMEO code) and
                    // sentence: two mentions with the same code ("Pakistan and
                    // Pakistan-administered Kashmir", "Iraq ... the Iraqi
                    // government") are one dyad, not two events.
                    let code = |k: Option<usize>| k.and_then(|k| mentions[k].code.as_deref());
                    if res
                        .events
                        .iter()
                        .take_while(|d| !std::ptr::eq(*d, c))
                        .any(|d| {
                            d.code == c.code
                                && code(d.source) == code(c.source)
                                && code(d.target) == code(c.target)
                        })
                    {
                        continue;
                    }
                    let loc = timeplace::choose_location(
                        text,
                        c,
                        &places,
                        &mentions,
                        dateline_loc.as_ref(),
                    );
                    sent_events.push(self.to_event(
                        a,
                        s,
                        c,
                        &mentions,
                        loc,
                        cameo,
                        s.paragraph == first_para,
                    ));
                }
            }
            if explain {
                out.explain.push(SentenceExplain {
                    index: s.index,
                    text: text[s.span.start..s.span.end].to_string(),
                    actors: mentions.clone(),
                    matches: res.matches.clone(),
                    events: sent_events.clone(),
                    suppressed: res.suppressed.clone(),
                });
            }
            out.events.extend(sent_events);
        }
        out
    }

    #[allow(clippy::too_many_arguments)]
    fn to_event(
        &self,
        a: &Article,
        s: &Sentence,
        c: &Coded,
        ms: &[Mention],
        location: Option<Location>,
        cameo: &Cameo,
        lead: bool,
    ) -> Event {
        let text = a.text.as_str();
        let info = cameo.lookup(&c.code);
        let source = c.source.map(|k| ms[k].to_ref(text));
        let target = c.target.map(|k| ms[k].to_ref(text));
        let code_of = |r: &Option<attache_model::ActorRef>| {
            r.as_ref().and_then(|x| x.code.clone()).unwrap_or_default()
        };
        let id = stable_id(&[
            &a.id,
            &s.index.to_string(),
            &c.trigger.start.to_string(),
            &code_of(&source),
            &code_of(&target),
            &c.code,
        ]);
        Event {
            id,
            article_id: a.id.clone(),
            sentence: s.index,
            evidence: text[s.span.start..s.span.end].to_string(),
            date: c.date.map(|(d, _, _)| d.format("%Y-%m-%d").to_string()),
            date_precision: c.date.map(|(_, p, _)| p),
            date_span: c.date.and_then(|(_, _, sp)| sp),
            source,
            target,
            cameo: c.code.clone(),
            root: c.code[..2].to_string(),
            quad_class: info.map(|i| i.quad_class).unwrap_or(0),
            goldstein: info.map(|i| i.goldstein).unwrap_or(0.0),
            plover: info.and_then(|i| i.plover.clone()),
            location,
            trigger: Trigger {
                text: text[c.trigger.start..c.trigger.end].to_string(),
                start: c.trigger.start,
                end: c.trigger.end,
            },
            confidence: (c.confidence * 100.0).round() / 100.0,
            rule: c.rule.to_string(),
            modality: c.modality,
            background: c.background,
            reported_by: c.reported_by.map(|k| ms[k].to_ref(text)),
            is_root: lead,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn events(text: &str) -> Vec<Event> {
        let a = Article {
            id: "t".into(),
            date: chrono::NaiveDate::from_ymd_opt(2009, 4, 8).and_then(|d| d.and_hms_opt(0, 0, 0)),
            text: text.into(),
            ..Default::default()
        };
        Pipeline::builtin().code_article(&a, false).events
    }

    #[test]
    fn one_event_per_coded_dyad_and_action_in_a_sentence() {
        // Two triggers of one action on one dyad are one event ("convicted ...
        // and sentenced him"), as are two mentions with the same code.
        for text in [
            "A Peruvian court convicted former President Alberto Fujimori of human rights abuses and sentenced him to 25 years in prison.",
            "Indian troops shelled Pakistan and Pakistan-administered Kashmir on Monday.",
        ] {
            let evs = events(text);
            let mut dyads: Vec<_> = evs
                .iter()
                .map(|e| {
                    let code = |r: &Option<attache_model::ActorRef>| {
                        r.as_ref().and_then(|x| x.code.clone()).unwrap_or_default()
                    };
                    (code(&e.source), code(&e.target), e.cameo.clone())
                })
                .collect();
            assert!(!dyads.is_empty(), "{text}");
            let n = dyads.len();
            dyads.dedup();
            assert_eq!(dyads.len(), n, "{text}: {dyads:?}");
        }
        // Different targets stay separate events.
        let evs = events("The minister met his counterparts from Brazil, India and South Africa.");
        assert!(evs.len() >= 3, "{evs:#?}");
    }

    /// A person or company the actor dictionaries know is not a town of the
    /// same name ("Bush" is also a town in Egypt, "Toyota" a Japanese
    /// city); a place that opens a person's title, or a town named in a
    /// settlement frame, stays a place.
    #[test]
    fn actor_names_are_not_places() {
        use attache_model::Span;
        let place = |text: &str| -> Vec<Option<String>> {
            events(text)
                .into_iter()
                .map(|e| e.location.map(|l| l.name))
                .collect()
        };
        let got = place("Thousands of students rallied against Bush in Manchester on Saturday.");
        assert_eq!(got, [Some("Manchester".to_string())]);
        let got = place("Protesters rallied against Bush on Saturday.");
        assert!(
            !got.is_empty() && got.iter().all(|l| l.as_deref() != Some("Būsh")),
            "{got:?}"
        );
        let ps = |text: &str| -> Vec<String> {
            let pipe = Pipeline::builtin();
            let rec = attache_actors::Recogniser::new(pipe.actors());
            let mut ctx = attache_actors::ArticleContext::new(None);
            let mut toks = attache_segment::Tokens::default();
            attache_segment::tokenize(text, Span::new(0, text.len()), &mut toks);
            let mut ms = Vec::new();
            rec.recognise(text, &toks, &mut ctx, &mut ms);
            timeplace::places(text, Span::new(0, text.len()), &ctx, &ms)
                .iter()
                .map(|p| p.span.slice(text).to_string())
                .collect()
        };
        assert!(!ps("Toyota said it would cut output.").contains(&"Toyota".to_string()));
        // Not a person: the place opening a title, and a plain town.
        let got = ps("Ivory Coast President Laurent Gbagbo met rebel leaders in Bouake.");
        assert!(got.contains(&"Ivory Coast".to_string()), "{got:?}");
        assert!(got.contains(&"Bouake".to_string()), "{got:?}");
    }

    /// "Demonstrators in Paris and Berlin": one event per country of the
    /// demonstrators, each at home; a list with no place in the lead
    /// actor's country keeps the first place.
    #[test]
    fn listed_places_go_to_each_actor_at_home() {
        let got: Vec<(String, Option<String>)> =
            events("Demonstrators in Paris and Berlin protested against the war on Saturday.")
                .into_iter()
                .map(|e| {
                    let src = e.source.and_then(|a| a.code).unwrap_or_default();
                    (src, e.location.map(|l| l.name))
                })
                .collect();
        assert!(
            got.contains(&("FRACVL".into(), Some("Paris".into()))),
            "{got:?}"
        );
        assert!(
            got.contains(&("DEUCVL".into(), Some("Berlin".into()))),
            "{got:?}"
        );
        for (text, want) in [
            (
                "Iraqi police arrested ten suspects in Baghdad and Basra on Monday.",
                "Baghdad",
            ),
            (
                "French troops killed 20 militants in Gao and Kidal on Monday.",
                "Gao",
            ),
        ] {
            let got: Vec<Option<String>> = events(text)
                .into_iter()
                .map(|e| e.location.map(|l| l.name))
                .collect();
            assert!(!got.is_empty(), "{text}");
            assert!(
                got.iter().all(|l| l.as_deref() == Some(want)),
                "{text}: {got:?}"
            );
        }
    }

    /// Older wire copy is often set in capitals: the dateline (with its
    /// date), the sentences, the actors, the relative dates and the codes
    /// come out as for the same article in mixed case.
    #[test]
    fn an_article_in_capitals_codes_like_its_mixed_case_twin() {
        let mixed = "CAIRO, April 7 (Wire) - Egyptian police arrested 40 opposition activists \
                     on Monday, a security official said. The Egyptian foreign ministry \
                     condemned Israel in March 2008.";
        let key = |text: &str| -> Vec<_> {
            events(text)
                .into_iter()
                .map(|e| {
                    let code = |r: &Option<attache_model::ActorRef>| {
                        r.as_ref().and_then(|x| x.code.clone()).unwrap_or_default()
                    };
                    (
                        e.sentence,
                        code(&e.source),
                        code(&e.target),
                        e.cameo,
                        e.date,
                        e.location.map(|l| l.name),
                    )
                })
                .collect()
        };
        let want = key(mixed);
        assert_eq!(want.len(), 2, "{want:?}");
        // "on Monday" from the dateline's April 7 (a Tuesday).
        assert_eq!(want[0].4.as_deref(), Some("2009-04-06"), "{want:?}");
        assert_eq!(key(&mixed.to_uppercase()), want);
    }
}
