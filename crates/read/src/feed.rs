//! RSS / Atom / RDF feeds: one article per item.

use attache_model::Article;

use crate::html::{fragment_to_text, lang_code};
use crate::{ReadError, ReadOptions};

pub(crate) fn read_feed(
    bytes: &[u8],
    origin: &str,
    opts: &ReadOptions,
) -> Vec<Result<Article, ReadError>> {
    // Missing ids stay empty (we fall back to the link), rather than a hash.
    let parser = feed_rs::parser::Builder::new()
        .id_generator(|_, _, _| String::new())
        .build();
    let feed = match parser.parse(bytes) {
        Ok(f) => f,
        Err(e) => return vec![Err(ReadError::new(origin, format!("invalid feed: {e}")))],
    };
    let source = feed
        .title
        .as_ref()
        .map(|t| text_of(&t.content, t.content_type.subty().as_str()))
        .filter(|s| !s.is_empty());
    let feed_lang = feed.language.as_deref().and_then(lang_code);
    let mut out = Vec::with_capacity(feed.entries.len());
    for (i, e) in feed.entries.into_iter().enumerate() {
        let origin = format!("{origin}:item {}", i + 1);
        let url = e
            .links
            .iter()
            .find(|l| matches!(l.rel.as_deref(), None | Some("alternate")))
            .or(e.links.first())
            .map(|l| l.href.trim().to_string())
            .filter(|u| !u.is_empty());
        let id = if e.id.trim().is_empty() {
            url.clone()
        } else {
            Some(e.id.trim().to_string())
        };
        let Some(id) = id else {
            out.push(Err(ReadError::new(origin, "item has no guid or link")));
            continue;
        };
        let body = e
            .content
            .as_ref()
            .and_then(|c| {
                c.body
                    .as_deref()
                    .map(|b| text_of(b, c.content_type.subty().as_str()))
            })
            .filter(|t| !t.trim().is_empty())
            .or_else(|| {
                e.summary
                    .as_ref()
                    .map(|s| text_of(&s.content, s.content_type.subty().as_str()))
            })
            .unwrap_or_default();
        if !body.chars().any(char::is_alphanumeric) {
            out.push(Err(ReadError::new(origin, "item has no text")));
            continue;
        }
        let title = e
            .title
            .as_ref()
            .map(|t| text_of(&t.content, t.content_type.subty().as_str()))
            .filter(|t| !t.is_empty());
        let date = e
            .published
            .or(e.updated)
            .map(|d| d.naive_utc())
            .or(opts.default_date);
        let lang = e
            .language
            .as_deref()
            .and_then(lang_code)
            .or_else(|| feed_lang.clone());
        out.push(Ok(Article {
            id,
            source: source.clone(),
            url,
            title,
            date,
            lang,
            text: body,
            origin,
        }));
    }
    out
}

/// Text of a feed text construct: HTML is stripped (paragraphs kept);
/// plain text is taken as it is. Many RSS feeds put HTML in plain-text
/// fields, so anything that looks like markup is stripped too.
fn text_of(content: &str, subtype: &str) -> String {
    let looks_html = content.contains('<') && content.contains('>') || content.contains('&');
    if subtype == "html" || subtype == "xhtml" || subtype == "xhtml+xml" || looks_html {
        fragment_to_text(content)
    } else {
        content.trim().to_string()
    }
}
