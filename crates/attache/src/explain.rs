//! `attache explain`: show the work, sentence by sentence.

use crate::pipeline::ArticleResult;
use anyhow::Result;
use attache_model::Article;
use std::io::Write;

/// Print an article's explanation (text, or one JSON object per sentence).
pub fn print(a: &Article, r: &ArticleResult, only: Option<usize>, json: bool) -> Result<()> {
    let stdout = std::io::stdout();
    let mut o = stdout.lock();
    if !json {
        writeln!(
            o,
            "== article {} ({}), {} sentences, {} events",
            a.id,
            a.date
                .map(|d| d.date().to_string())
                .unwrap_or_else(|| "no date".into()),
            r.sentences,
            r.events.len()
        )?;
    }
    for s in &r.explain {
        if only.is_some_and(|k| k != s.index) {
            continue;
        }
        if json {
            let mut v = serde_json::to_value(s)?;
            v["article_id"] = a.id.clone().into();
            writeln!(o, "{v}")?;
            continue;
        }
        writeln!(o, "\n[{}] {}", s.index, s.text)?;
        if s.actors.is_empty() {
            writeln!(o, "  actors: none")?;
        }
        for m in &s.actors {
            writeln!(
                o,
                "  actor   {:?} → {} ({:?}{}) {}",
                &a.text[m.span.start..m.span.end],
                m.code.as_deref().unwrap_or("?"),
                m.kind,
                m.group.map(|g| format!(", group {g}")).unwrap_or_default(),
                m.rules
                    .iter()
                    .map(|r| r.to_string())
                    .collect::<Vec<_>>()
                    .join(" + ")
            )?;
        }
        for m in &s.matches {
            writeln!(
                o,
                "  pattern {} {:?} at tokens {}..{} {}{}",
                m.code,
                m.pattern,
                m.tokens.0,
                m.tokens.1,
                m.rule,
                if m.kept {
                    ""
                } else {
                    " (overlapped by a longer match)"
                }
            )?;
        }
        for e in &s.events {
            let who = |x: &Option<attache_model::ActorRef>| {
                x.as_ref()
                    .map(|a| format!("{} {:?}", a.code.as_deref().unwrap_or("?"), a.text))
                    .unwrap_or_else(|| "unknown".into())
            };
            writeln!(
                o,
                "  EVENT   {} → {} → {}  [{} {}; quad {}, goldstein {}{}{}] conf {:.2} date {} ({}) place {} rule {}",
                who(&e.source),
                e.cameo,
                who(&e.target),
                e.trigger.text,
                e.plover.as_deref().unwrap_or("-"),
                e.quad_class,
                e.goldstein,
                if e.modality == attache_model::Modality::Planned { ", planned" } else { "" },
                if e.background { ", background" } else { "" },
                e.confidence,
                e.date.as_deref().unwrap_or("-"),
                e.date_precision.map(|p| p.as_str()).unwrap_or("-"),
                e.location.as_ref().map(|l| format!("{} ({})", l.name, l.precision.as_str())).unwrap_or_else(|| "-".into()),
                e.rule
            )?;
            if let Some(rb) = &e.reported_by {
                writeln!(
                    o,
                    "          reported by {} {:?}",
                    rb.code.as_deref().unwrap_or("?"),
                    rb.text
                )?;
            }
        }
        for x in &s.suppressed {
            writeln!(
                o,
                "  dropped {} {:?}: {} ({})",
                x.code,
                &a.text[x.trigger.start..x.trigger.end],
                x.reason,
                x.rule
            )?;
        }
    }
    Ok(())
}
