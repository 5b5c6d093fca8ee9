//! HTML: metadata, main text (readability via `dom_smoothie`, with a plain
//! `<p>` fallback) and HTML-to-text with paragraphs kept.

use chrono::NaiveDateTime;
use dom_query::{Document, NodeRef};
use dom_smoothie::{Config, Readability};

use crate::date::parse_date;

/// What an HTML page tells about itself.
#[derive(Debug, Default, Clone)]
pub(crate) struct HtmlMeta {
    pub title: Option<String>,
    pub date: Option<NaiveDateTime>,
    pub url: Option<String>,
    pub source: Option<String>,
    pub lang: Option<String>,
}

/// A page's metadata and main text (paragraphs separated by blank lines).
pub(crate) fn extract_html(html: &str) -> Result<(HtmlMeta, String), String> {
    let doc = Document::from(html);
    let meta = extract_meta(&doc);
    let cfg = Config {
        max_elements_to_parse: 200_000,
        ..Config::default()
    };
    let main = Readability::with_document(doc, None, Some(cfg))
        .ok()
        .and_then(|mut r| r.parse().ok())
        .map(|a| fragment_to_text(&a.content))
        .filter(|t| has_words(t, 3));
    let text = match main {
        Some(t) => t,
        None => fallback_text(html),
    };
    if !has_words(&text, 1) {
        return Err("no article text".into());
    }
    Ok((meta, text))
}

fn has_words(t: &str, n: usize) -> bool {
    t.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .take(n)
        .count()
        >= n
}

fn attr(n: &NodeRef, name: &str) -> Option<String> {
    n.attr(name)
        .map(|v| v.trim().to_string())
        .filter(|v| !v.is_empty())
}

/// Meta names that carry the publication date, in order of trust.
const DATE_METAS: &[&str] = &[
    "article:published_time",
    "og:published_time",
    "date",
    "pubdate",
    "publishdate",
    "publish-date",
    "dc.date",
    "dc.date.issued",
    "dcterms.date",
    "sailthru.date",
    "datepublished",
];

fn extract_meta(doc: &Document) -> HtmlMeta {
    let mut meta = HtmlMeta::default();
    let mut og_title = None;
    let mut dates: Vec<(usize, String)> = Vec::new();
    for m in doc.select("meta").nodes() {
        let key = attr(m, "property")
            .or_else(|| attr(m, "name"))
            .or_else(|| attr(m, "itemprop"));
        let (Some(key), Some(content)) = (key, attr(m, "content")) else {
            continue;
        };
        let key = key.to_ascii_lowercase();
        match key.as_str() {
            "og:title" => og_title = og_title.or(Some(content)),
            "og:url" => meta.url = meta.url.or(Some(content)),
            "og:site_name" => meta.source = meta.source.or(Some(content)),
            k => {
                if let Some(rank) = DATE_METAS.iter().position(|d| *d == k) {
                    dates.push((rank, content));
                }
            }
        }
    }
    dates.sort_by_key(|d| d.0);
    meta.date = dates.iter().find_map(|(_, v)| parse_date(v));
    if meta.date.is_none() {
        meta.date = json_ld_date(doc);
    }
    if meta.date.is_none() {
        meta.date = doc
            .select("time[datetime]")
            .nodes()
            .iter()
            .find_map(|n| attr(n, "datetime").and_then(|v| parse_date(&v)));
    }
    if let Some(c) = doc
        .select("link[rel=\"canonical\"]")
        .nodes()
        .first()
        .and_then(|n| attr(n, "href"))
    {
        meta.url = Some(c);
    }
    meta.title = og_title.map(|t| collapse_ws(&t)).filter(|t| !t.is_empty());
    if meta.title.is_none() {
        let t = collapse_ws(&doc.select("title").text());
        if !t.is_empty() {
            meta.title = Some(strip_site_suffix(&t).to_string());
        }
    }
    if meta.title.is_none() {
        let t = collapse_ws(
            &doc.select("h1")
                .nodes()
                .first()
                .map(|n| n.text().to_string())
                .unwrap_or_default(),
        );
        if !t.is_empty() {
            meta.title = Some(t);
        }
    }
    meta.lang = doc
        .select("html")
        .nodes()
        .first()
        .and_then(|n| attr(n, "lang"))
        .and_then(|l| lang_code(&l));
    meta
}

/// "en-US" → "en".
pub(crate) fn lang_code(l: &str) -> Option<String> {
    let p = l.split(['-', '_']).next()?.trim().to_ascii_lowercase();
    (p.len() == 2 && p.bytes().all(|b| b.is_ascii_alphabetic())).then_some(p)
}

fn json_ld_date(doc: &Document) -> Option<NaiveDateTime> {
    for s in doc.select("script[type=\"application/ld+json\"]").nodes() {
        let raw = s.text();
        let Ok(v) = serde_json::from_str::<serde_json::Value>(raw.trim()) else {
            continue;
        };
        if let Some(d) = find_key(&v, "datePublished", 0).and_then(parse_date) {
            return Some(d);
        }
    }
    None
}

fn find_key<'v>(v: &'v serde_json::Value, key: &str, depth: usize) -> Option<&'v str> {
    if depth > 8 {
        return None;
    }
    match v {
        serde_json::Value::Object(m) => {
            if let Some(s) = m.get(key).and_then(|x| x.as_str()) {
                return Some(s);
            }
            m.values().find_map(|x| find_key(x, key, depth + 1))
        }
        serde_json::Value::Array(a) => a.iter().find_map(|x| find_key(x, key, depth + 1)),
        _ => None,
    }
}

fn collapse_ws(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// "Talks stall in Vienna | Daily Planet" → "Talks stall in Vienna".
fn strip_site_suffix(t: &str) -> &str {
    for sep in [" | ", " - ", " \u{2014} ", " \u{2013} ", " :: "] {
        if let Some(i) = t.rfind(sep) {
            let (head, tail) = (&t[..i], &t[i + sep.len()..]);
            if tail.split_whitespace().count() <= 4 && head.split_whitespace().count() >= 2 {
                return head.trim();
            }
        }
    }
    t
}

/// Elements whose content is never article text.
fn is_skipped(name: &str) -> bool {
    matches!(
        name,
        "script"
            | "style"
            | "noscript"
            | "template"
            | "svg"
            | "math"
            | "iframe"
            | "object"
            | "embed"
            | "canvas"
            | "select"
            | "option"
            | "button"
            | "input"
            | "textarea"
            | "nav"
            | "footer"
            | "aside"
            | "figure"
            | "figcaption"
            | "head"
            | "title"
            | "form"
            | "menu"
            | "dialog"
    )
}

/// Elements that break the text into paragraphs.
fn is_block(name: &str) -> bool {
    matches!(
        name,
        "p" | "div"
            | "section"
            | "article"
            | "main"
            | "header"
            | "blockquote"
            | "li"
            | "ul"
            | "ol"
            | "dl"
            | "dt"
            | "dd"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "pre"
            | "table"
            | "thead"
            | "tbody"
            | "tfoot"
            | "tr"
            | "td"
            | "th"
            | "caption"
            | "address"
            | "center"
            | "details"
            | "summary"
            | "hr"
            | "body"
            | "html"
            | "hgroup"
            | "fieldset"
    )
}

/// Words in a class or id that mark page furniture rather than article text.
fn is_furniture_word(w: &str) -> bool {
    matches!(
        w,
        "related"
            | "share"
            | "sharing"
            | "social"
            | "promo"
            | "newsletter"
            | "advert"
            | "advertisement"
            | "ad"
            | "ads"
            | "sidebar"
            | "comments"
            | "comment"
            | "breadcrumb"
            | "breadcrumbs"
            | "byline"
            | "caption"
            | "tags"
            | "subscribe"
            | "cookie"
            | "popup"
            | "modal"
            | "outbrain"
            | "taboola"
            | "recirculation"
            | "trending"
            | "toolbar"
    )
}

/// A block that is page furniture: marked so by its class or id, or a
/// list/container made mostly of links ("Related stories", "Most read").
fn is_boilerplate(node: &NodeRef, name: &str) -> bool {
    for a in ["class", "id"] {
        if let Some(v) = node.attr(a) {
            let v = v.to_ascii_lowercase();
            if v.split(|c: char| !c.is_ascii_alphanumeric())
                .any(is_furniture_word)
            {
                return true;
            }
        }
    }
    if matches!(name, "ul" | "ol" | "div" | "section" | "table" | "dl") {
        let total = node.text().chars().filter(|c| !c.is_whitespace()).count();
        if total == 0 {
            return false;
        }
        let linked: usize = node
            .descendants_it()
            .filter(|d| d.node_name().is_some_and(|n| n.eq_ignore_ascii_case("a")))
            .map(|d| d.text().chars().filter(|c| !c.is_whitespace()).count())
            .sum();
        return linked * 10 > total * 6;
    }
    false
}

/// Accumulates text with collapsed whitespace and paragraph breaks.
struct TextBuilder {
    out: String,
    /// 0: none, 1: line break, 2: paragraph break pending.
    pending: u8,
    space: bool,
}

impl TextBuilder {
    fn new() -> Self {
        TextBuilder {
            out: String::new(),
            pending: 0,
            space: false,
        }
    }
    fn brk(&mut self, level: u8) {
        self.pending = self.pending.max(level);
    }
    fn push_text(&mut self, s: &str) {
        if s.is_empty() {
            return;
        }
        let lead = s.starts_with(char::is_whitespace);
        let mut first = true;
        for w in s.split_whitespace() {
            if self.pending > 0 {
                if !self.out.is_empty() {
                    self.out
                        .push_str(if self.pending >= 2 { "\n\n" } else { "\n" });
                }
                self.pending = 0;
            } else if !self.out.is_empty() && (!first || lead || self.space) {
                self.out.push(' ');
            }
            self.out.push_str(w);
            self.space = false;
            first = false;
        }
        if s.ends_with(char::is_whitespace) {
            self.space = true;
        }
    }
    fn walk(&mut self, node: &NodeRef, depth: usize) {
        if node.is_text() {
            self.push_text(&node.text());
            return;
        }
        if !node.is_element() && !node.is_document() && !node.is_fragment() {
            return;
        }
        let name = node
            .node_name()
            .map(|n| n.to_ascii_lowercase())
            .unwrap_or_default();
        if is_skipped(&name) {
            return;
        }
        if name == "br" {
            self.brk(1);
            return;
        }
        if depth > 256 {
            // Pathologically deep markup: take the text flat.
            self.push_text(&node.text());
            return;
        }
        let block = is_block(&name);
        if block && depth > 0 && is_boilerplate(node, &name) {
            return;
        }
        if block {
            self.brk(2);
        }
        let mut child = node.first_child();
        while let Some(c) = child {
            self.walk(&c, depth + 1);
            child = c.next_sibling();
        }
        if block {
            self.brk(2);
        }
    }
}

/// Text of an HTML fragment, paragraphs separated by blank lines.
pub(crate) fn fragment_to_text(html: &str) -> String {
    let doc = Document::fragment(html);
    let mut tb = TextBuilder::new();
    tb.walk(&doc.root(), 0);
    tb.out
}

/// Fallback extraction: the text of every `<p>` outside navigation and
/// boilerplate; if there is none, the whole body without boilerplate.
fn fallback_text(html: &str) -> String {
    let doc = Document::from(html);
    let mut tb = TextBuilder::new();
    for p in doc.select("p").nodes() {
        let boiler = p.ancestors_it(None).any(|a| {
            a.node_name().is_some_and(|n| {
                is_skipped(&n.to_ascii_lowercase()) || n.eq_ignore_ascii_case("header")
            })
        });
        if !boiler {
            tb.walk(p, 0);
        }
    }
    if has_words(&tb.out, 1) {
        return tb.out;
    }
    let mut tb = TextBuilder::new();
    if let Some(body) = doc.body() {
        tb.walk(&body, 0);
    }
    tb.out
}

/// Decode an HTML (or any text) body: BOM, then the declared charset
/// (HTTP header, else `<meta charset>`), else UTF-8 if valid, else windows-1252.
pub(crate) fn decode_html_bytes(body: &[u8], header_charset: Option<&str>) -> String {
    if let Some((enc, _)) = encoding_rs::Encoding::for_bom(body) {
        return enc.decode(body).0.into_owned();
    }
    let declared = header_charset
        .and_then(|c| encoding_rs::Encoding::for_label(c.trim().as_bytes()))
        .or_else(|| {
            meta_charset(body).and_then(|c| encoding_rs::Encoding::for_label(c.as_bytes()))
        });
    let enc = match declared {
        Some(e) => e,
        None => match std::str::from_utf8(body) {
            Ok(s) => return s.to_string(),
            Err(_) => encoding_rs::WINDOWS_1252,
        },
    };
    enc.decode(body).0.into_owned()
}

/// The charset declared in the first 2 KB of a page.
fn meta_charset(body: &[u8]) -> Option<String> {
    let head = &body[..body.len().min(2048)];
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    let i = memchr::memmem::find(&lower, b"charset=")? + 8;
    let rest = &lower[i..];
    let rest = rest
        .strip_prefix(b"\"")
        .or_else(|| rest.strip_prefix(b"'"))
        .unwrap_or(rest);
    let end = rest
        .iter()
        .position(|b| !(b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b':')))
        .unwrap_or(rest.len());
    (end > 0).then(|| String::from_utf8_lossy(&rest[..end]).into_owned())
}

/// The `charset` parameter of a Content-Type header value.
pub(crate) fn header_charset(content_type: &str) -> Option<&str> {
    content_type.split(';').skip(1).find_map(|p| {
        let (k, v) = p.split_once('=')?;
        k.trim()
            .eq_ignore_ascii_case("charset")
            .then(|| v.trim().trim_matches(['"', '\'']))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fragment_paragraphs_and_inline() {
        let t = fragment_to_text("<p>First <b>bold</b>word and  more.</p><p>Second&nbsp;one &amp; done.<br>Line two.</p><script>x()</script>");
        assert_eq!(
            t,
            "First boldword and more.\n\nSecond one & done.\nLine two."
        );
    }

    #[test]
    fn furniture_blocks_dropped() {
        let t = fragment_to_text(concat!(
            "<div><p>Troops crossed the river at dawn.</p>",
            "<div class=\"related-links\"><p>See also: an older story.</p></div>",
            "<ul><li><a href=\"/a\">Storm hits coast</a></li><li><a href=\"/b\">Markets fall</a></li></ul>",
            "<div class=\"header-block\"><p>The bridge was later closed.</p></div></div>"
        ));
        assert_eq!(
            t,
            "Troops crossed the river at dawn.\n\nThe bridge was later closed."
        );
    }

    #[test]
    fn site_suffix() {
        assert_eq!(
            strip_site_suffix("Talks stall in Vienna | Daily Planet"),
            "Talks stall in Vienna"
        );
        assert_eq!(strip_site_suffix("Short | Site"), "Short | Site");
    }

    #[test]
    fn charsets() {
        assert_eq!(
            decode_html_bytes(b"caf\xe9", Some("iso-8859-1")),
            "caf\u{e9}"
        );
        assert_eq!(
            decode_html_bytes(b"<meta charset=\"windows-1252\">\x93hi\x94", None),
            "<meta charset=\"windows-1252\">\u{201C}hi\u{201D}"
        );
        assert_eq!(decode_html_bytes("caf\u{e9}".as_bytes(), None), "caf\u{e9}");
        assert_eq!(decode_html_bytes(b"caf\xe9", None), "caf\u{e9}");
        assert_eq!(
            header_charset("text/html; charset=\"ISO-8859-1\""),
            Some("ISO-8859-1")
        );
    }
}
