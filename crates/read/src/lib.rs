//! Article readers: JSON Lines, plain text, HTML, RSS/Atom feeds and WARC,
//! from files, directories or standard input, optionally gzip-compressed.
//!
//! [`read_paths`] streams articles in a deterministic order: the paths as
//! given, directories walked recursively with entries sorted by name (hidden
//! entries, whose name starts with `.`, are skipped in walks). At most one
//! file's records are held at once, and JSON Lines and WARC are streamed
//! record by record, so a file of a million lines is never slurped.
//!
//! The format is chosen by extension (after stripping `.gz`; gzip is also
//! recognised by its magic bytes) and, when the extension says nothing, by
//! sniffing the first 8 KB:
//!
//! | extension | format |
//! | --- | --- |
//! | `.jsonl` `.ndjson` `.json` | JSON Lines (a `.json` file holding one JSON array is read as a list of records) |
//! | `.txt` `.text` | plain text, one article per file |
//! | `.html` `.htm` `.xhtml` | HTML page, main text by readability |
//! | `.rss` `.atom`, `.xml` holding `<rss>`/`<feed>`/`<rdf:RDF>` | feed, one article per item |
//! | `.warc` (or content starting `WARC/1.`) | WARC, one article per HTML 200 response |
//!
//! Every problem becomes one [`ReadError`] naming where it happened
//! (`path:line`, `path:item N`, `path:record N` or `path`), and reading goes
//! on with the next record or file.

use std::collections::HashSet;
use std::fmt;
use std::fs;
use std::io::{self, BufReader, Cursor, Read};
use std::path::{Path, PathBuf};

use attache_model::Article;
use chrono::NaiveDateTime;

mod date;
mod feed;
mod html;
mod jsonl;
mod warc;

pub use date::parse_date;

/// Options for the readers.
#[derive(Debug, Clone, Default)]
pub struct ReadOptions {
    /// The `--date` option: the date of articles that carry none. For JSON
    /// Lines it replaces a missing `date` field (otherwise an error); for
    /// text, HTML, feeds and WARC it is used when the input gives no date.
    pub default_date: Option<NaiveDateTime>,
}

/// A problem with one record or file. Displays as `"{origin}: {reason}"`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadError {
    /// `"path:line"`, `"path:item N"`, `"path:record N"`, `"path"` or `"<stdin>:line"`.
    pub origin: String,
    pub reason: String,
}

impl ReadError {
    pub fn new(origin: impl Into<String>, reason: impl Into<String>) -> Self {
        ReadError {
            origin: origin.into(),
            reason: reason.into(),
        }
    }
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.origin, self.reason)
    }
}

impl std::error::Error for ReadError {}

/// A stream of articles (or errors).
pub type Articles<'a> = Box<dyn Iterator<Item = Result<Article, ReadError>> + Send + 'a>;

/// Stream articles from files, directories and `-` (standard input), in a
/// deterministic order. See the crate docs.
pub fn read_paths(paths: &[PathBuf], opts: &ReadOptions) -> Articles<'static> {
    let mut stack: Vec<Pending> = paths
        .iter()
        .rev()
        .map(|p| Pending::Path(p.clone(), false))
        .collect();
    stack.shrink_to_fit();
    Box::new(Walker {
        stack,
        current: None,
        opts: opts.clone(),
        visited: HashSet::new(),
    })
}

/// Read one in-memory document (any supported format); `name` gives the
/// extension hint and the origin used in errors.
pub fn read_bytes(name: &str, bytes: &[u8], opts: &ReadOptions) -> Vec<Result<Article, ReadError>> {
    open_stream(name, name, Box::new(bytes), opts).collect()
}

/// Read articles from any reader (e.g. standard input): `name` gives the
/// extension hint and the origin used in errors.
pub fn read_stream<'a>(
    name: &str,
    reader: Box<dyn Read + Send + 'a>,
    opts: &ReadOptions,
) -> Articles<'a> {
    open_stream(name, name, reader, opts)
}

enum Pending {
    /// A path; `true` when it was found by walking a directory.
    Path(PathBuf, bool),
    Error(ReadError),
}

struct Walker {
    stack: Vec<Pending>,
    current: Option<Articles<'static>>,
    opts: ReadOptions,
    visited: HashSet<PathBuf>,
}

impl Iterator for Walker {
    type Item = Result<Article, ReadError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(cur) = &mut self.current {
                if let Some(x) = cur.next() {
                    return Some(x);
                }
                self.current = None;
            }
            match self.stack.pop()? {
                Pending::Error(e) => return Some(Err(e)),
                Pending::Path(p, walked) => {
                    if let Err(e) = self.open(&p, walked) {
                        return Some(Err(e));
                    }
                }
            }
        }
    }
}

fn io_reason(e: &io::Error) -> String {
    match e.kind() {
        io::ErrorKind::NotFound => "no such file or directory".into(),
        io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => {
            let s = e.to_string();
            // Drop the " (os error N)" suffix.
            match s.find(" (os error") {
                Some(i) => s[..i].to_lowercase(),
                None => s,
            }
        }
    }
}

impl Walker {
    fn open(&mut self, p: &Path, walked: bool) -> Result<(), ReadError> {
        let name = p.display().to_string();
        if p.as_os_str() == "-" && !walked {
            self.current = Some(open_stream(
                "<stdin>",
                "",
                Box::new(io::stdin()),
                &self.opts,
            ));
            return Ok(());
        }
        let md = match fs::metadata(p) {
            Ok(m) => m,
            Err(e) => {
                if e.kind() == io::ErrorKind::NotFound && fs::symlink_metadata(p).is_ok() {
                    return Err(ReadError::new(name, "broken symbolic link"));
                }
                return Err(ReadError::new(name, io_reason(&e)));
            }
        };
        if md.is_dir() {
            // Guard against symlink loops.
            if let Ok(c) = fs::canonicalize(p) {
                if !self.visited.insert(c) {
                    return Ok(());
                }
            }
            let rd = fs::read_dir(p).map_err(|e| {
                ReadError::new(&name, format!("cannot read directory: {}", io_reason(&e)))
            })?;
            let mut entries: Vec<Pending> = Vec::new();
            let mut named: Vec<(std::ffi::OsString, PathBuf)> = Vec::new();
            for ent in rd {
                match ent {
                    Ok(ent) => {
                        let fname = ent.file_name();
                        if fname.to_string_lossy().starts_with('.') {
                            continue;
                        }
                        named.push((fname, ent.path()));
                    }
                    Err(e) => entries.push(Pending::Error(ReadError::new(
                        &name,
                        format!("cannot read directory entry: {}", io_reason(&e)),
                    ))),
                }
            }
            named.sort();
            // The stack pops from the end: push in reverse order.
            for (_, path) in named.into_iter().rev() {
                self.stack.push(Pending::Path(path, true));
            }
            self.stack.extend(entries);
            return Ok(());
        }
        let f = fs::File::open(p).map_err(|e| ReadError::new(&name, io_reason(&e)))?;
        self.current = Some(open_stream(&name, &name, Box::new(f), &self.opts));
        Ok(())
    }
}

/// The formats we read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    Jsonl,
    JsonArray,
    Text,
    Html,
    Feed,
    Warc,
}

const SNIFF: usize = 8192;

/// Read up to `n` bytes (fewer only at end of input).
fn read_head(r: &mut dyn Read, n: usize) -> io::Result<Vec<u8>> {
    let mut head = Vec::with_capacity(n);
    r.take(n as u64).read_to_end(&mut head)?;
    Ok(head)
}

fn once(r: Result<Article, ReadError>) -> Articles<'static> {
    Box::new(std::iter::once(r))
}

/// Open one stream: decompress, sniff, dispatch. `origin` names it in
/// errors; `hint` is the file name whose extension guides the format.
fn open_stream<'a>(
    origin: &str,
    hint: &str,
    mut reader: Box<dyn Read + Send + 'a>,
    opts: &ReadOptions,
) -> Articles<'a> {
    let lower = hint.to_ascii_lowercase();
    let mut head = match read_head(&mut reader, SNIFF) {
        Ok(h) => h,
        Err(e) => {
            return once(Err(ReadError::new(
                origin,
                format!("cannot read: {}", io_reason(&e)),
            )))
        }
    };
    let gz_ext = lower.ends_with(".gz");
    if head.starts_with(&[0x1f, 0x8b]) || (gz_ext && !head.is_empty()) {
        reader = Box::new(flate2::read::MultiGzDecoder::new(
            Cursor::new(head).chain(reader),
        ));
        head = match read_head(&mut reader, SNIFF) {
            Ok(h) => h,
            Err(e) => {
                return once(Err(ReadError::new(
                    origin,
                    format!("invalid gzip data: {e}"),
                )))
            }
        };
    }
    let base = lower.strip_suffix(".gz").unwrap_or(&lower);
    let ext = Path::new(base)
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or("")
        .to_string();
    let at_eof = head.len() < SNIFF;
    if head.iter().all(u8::is_ascii_whitespace) && at_eof {
        return once(Err(ReadError::new(origin, "empty file")));
    }
    let format = match detect(&ext, &head) {
        Ok(f) => f,
        Err(reason) => return once(Err(ReadError::new(origin, reason))),
    };
    let stream = BufReader::with_capacity(64 * 1024, Cursor::new(head).chain(reader));
    let origin = origin.to_string();
    match format {
        Format::Jsonl => Box::new(jsonl::JsonlIter::new(stream, origin, opts.clone())),
        Format::Warc => Box::new(warc::WarcIter::new(stream, origin, opts.clone())),
        Format::JsonArray => Box::new(read_json_array(stream, &origin, opts).into_iter()),
        Format::Feed => match slurp(stream, &origin) {
            Ok(b) => Box::new(feed::read_feed(&b, &origin, opts).into_iter()),
            Err(e) => once(Err(e)),
        },
        Format::Text => {
            once(slurp(stream, &origin).and_then(|b| read_text(&b, &origin, hint, opts)))
        }
        Format::Html => {
            once(slurp(stream, &origin).and_then(|b| read_html(&b, &origin, hint, opts)))
        }
    }
}

fn slurp(mut r: impl Read, origin: &str) -> Result<Vec<u8>, ReadError> {
    let mut b = Vec::new();
    r.read_to_end(&mut b)
        .map_err(|e| ReadError::new(origin, format!("read error: {}", io_reason(&e))))?;
    Ok(b)
}

/// NUL bytes, or more than 30% control bytes.
fn is_binary(head: &[u8]) -> bool {
    if head.contains(&0) {
        return true;
    }
    let ctrl = head
        .iter()
        .filter(|&&b| (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C | 0x1B)) || b == 0x7F)
        .count();
    ctrl * 10 > head.len() * 3
}

/// The name of the first element of an XML/HTML document, lowercased
/// (`"!doctype html"` for an HTML doctype).
fn first_element(head: &[u8]) -> Option<String> {
    let mut b = head.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(head);
    loop {
        b = b.trim_ascii_start();
        if !b.starts_with(b"<") {
            return None;
        }
        if b.starts_with(b"<?") {
            let e = memchr::memmem::find(b, b"?>")?;
            b = &b[e + 2..];
        } else if b.starts_with(b"<!--") {
            let e = memchr::memmem::find(b, b"-->")?;
            b = &b[e + 3..];
        } else if b.len() >= 9 && b[..9].eq_ignore_ascii_case(b"<!doctype") {
            let e = memchr::memchr(b'>', b)?;
            let d = String::from_utf8_lossy(&b[9..e])
                .trim()
                .to_ascii_lowercase();
            if d.starts_with("html") {
                return Some("!doctype html".into());
            }
            b = &b[e + 1..];
        } else {
            let name: Vec<u8> = b[1..]
                .iter()
                .take_while(|c| !c.is_ascii_whitespace() && **c != b'>' && **c != b'/')
                .copied()
                .collect();
            return Some(String::from_utf8_lossy(&name).to_ascii_lowercase());
        }
    }
}

fn detect(ext: &str, head: &[u8]) -> Result<Format, String> {
    let body = head
        .strip_prefix(b"\xEF\xBB\xBF")
        .unwrap_or(head)
        .trim_ascii_start();
    if body.starts_with(b"WARC/1.") || body.starts_with(b"WARC/0.") || ext == "warc" {
        return Ok(Format::Warc);
    }
    if head.starts_with(b"\xFF\xFE") || head.starts_with(b"\xFE\xFF") {
        return Err("UTF-16 text is not supported; convert it to UTF-8".into());
    }
    if is_binary(head) {
        return Err("binary file, not an article".into());
    }
    let json_kind = || {
        if body.starts_with(b"[") {
            Format::JsonArray
        } else {
            Format::Jsonl
        }
    };
    let markup = || match first_element(head).as_deref() {
        Some("rss" | "feed" | "rdf:rdf") => Some(Format::Feed),
        Some(_) => Some(Format::Html),
        None => None,
    };
    Ok(match ext {
        "jsonl" | "ndjson" | "jsonlines" | "json" => json_kind(),
        "txt" | "text" => Format::Text,
        "html" | "htm" | "xhtml" | "shtml" => Format::Html,
        "rss" | "atom" => Format::Feed,
        "xml" => match markup() {
            Some(Format::Feed) => Format::Feed,
            _ => return Err("XML file is not an RSS/Atom feed".into()),
        },
        _ => {
            if body.starts_with(b"{") {
                Format::Jsonl
            } else if body.starts_with(b"[") {
                Format::JsonArray
            } else if let Some(f) = markup() {
                f
            } else {
                Format::Text
            }
        }
    })
}

/// The article id for a file: its name without directories, `.gz` and extension.
fn stem(hint: &str) -> String {
    if hint.is_empty() || hint == "<stdin>" || hint == "-" {
        return "stdin".into();
    }
    let name = Path::new(hint)
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| hint.to_string());
    let name = if name.to_ascii_lowercase().ends_with(".gz") {
        name[..name.len() - 3].to_string()
    } else {
        name
    };
    match name.rfind('.') {
        Some(i) if i > 0 => name[..i].to_string(),
        _ => name,
    }
}

fn read_json_array(
    r: impl Read,
    origin: &str,
    opts: &ReadOptions,
) -> Vec<Result<Article, ReadError>> {
    let v: Vec<serde_json::Value> = match serde_json::from_reader(r) {
        Ok(v) => v,
        Err(e) => return vec![Err(ReadError::new(origin, format!("invalid JSON: {e}")))],
    };
    v.into_iter()
        .enumerate()
        .map(|(i, x)| jsonl::record_to_article(x, format!("{origin}:item {}", i + 1), opts))
        .collect()
}

fn utf8<'b>(b: &'b [u8], origin: &str) -> Result<&'b str, ReadError> {
    std::str::from_utf8(b)
        .map_err(|e| ReadError::new(origin, format!("invalid UTF-8 at byte {}", e.valid_up_to())))
}

/// A plain-text article: the whole file. The first line is also the title
/// when it reads as a headline (no terminal punctuation, under 150 bytes).
fn read_text(b: &[u8], origin: &str, hint: &str, opts: &ReadOptions) -> Result<Article, ReadError> {
    let s = utf8(b, origin)?;
    let s = s.strip_prefix('\u{FEFF}').unwrap_or(s);
    let text = if s.contains('\r') {
        s.replace("\r\n", "\n")
    } else {
        s.to_string()
    };
    if text.trim().is_empty() {
        return Err(ReadError::new(origin, "empty file"));
    }
    let mut lines = text.lines().map(str::trim).filter(|l| !l.is_empty());
    let first = lines.next().unwrap_or("");
    let title = (lines.next().is_some() && looks_like_headline(first)).then(|| first.to_string());
    Ok(Article {
        id: stem(hint),
        source: None,
        url: None,
        title,
        date: opts.default_date,
        lang: None,
        text,
        origin: origin.to_string(),
    })
}

/// Headline-like: no terminal punctuation, shorter than 150 bytes, and not
/// a dateline paragraph.
fn looks_like_headline(line: &str) -> bool {
    let t = line.trim_end_matches(['"', '\'', '\u{201D}', '\u{2019}', ')']);
    !t.is_empty()
        && line.len() < 150
        && !t.ends_with(['.', '!', '?', ':', ';', ','])
        && t.chars().any(char::is_alphabetic)
}

fn read_html(b: &[u8], origin: &str, hint: &str, opts: &ReadOptions) -> Result<Article, ReadError> {
    let html = html::decode_html_bytes(b, None);
    let (meta, text) = html::extract_html(&html).map_err(|r| ReadError::new(origin, r))?;
    Ok(Article {
        id: stem(hint),
        source: meta.source,
        url: meta.url,
        title: meta.title,
        date: meta.date.or(opts.default_date),
        lang: meta.lang,
        text,
        origin: origin.to_string(),
    })
}

#[cfg(test)]
mod tests;
