//! WARC files, streamed record by record. Only `response` records with an
//! HTTP 200 `text/html` payload become articles; other records are skipped.
//!
//! The format is parsed here rather than with the `warc` crate: it is a few
//! header lines and a length-delimited block, and doing it ourselves keeps
//! one streaming path for plain files, multi-member `.warc.gz` and standard
//! input, lets a bad record be reported and skipped (resynchronising on the
//! next `WARC/` line), and skips non-response blocks without reading them
//! into memory.

use std::io::{self, BufRead, Read};

use attache_model::Article;

use crate::date::parse_date;
use crate::html::{decode_html_bytes, extract_html, header_charset};
use crate::{ReadError, ReadOptions};

/// Larger response records are skipped with an error rather than read.
const MAX_RECORD: u64 = 64 * 1024 * 1024;

pub(crate) struct WarcIter<R> {
    reader: R,
    origin: String,
    opts: ReadOptions,
    record: usize,
    line: Vec<u8>,
    /// Lost sync: skip lines until the next "WARC/" version line.
    resync: bool,
    done: bool,
}

impl<R: BufRead> WarcIter<R> {
    pub(crate) fn new(reader: R, origin: String, opts: ReadOptions) -> Self {
        WarcIter {
            reader,
            origin,
            opts,
            record: 0,
            line: Vec::new(),
            resync: false,
            done: false,
        }
    }

    fn err(&self, reason: impl Into<String>) -> ReadError {
        ReadError::new(format!("{}:record {}", self.origin, self.record), reason)
    }

    /// Read one line into `self.line`; false at end of input.
    fn read_line(&mut self) -> io::Result<bool> {
        self.line.clear();
        Ok(self.reader.read_until(b'\n', &mut self.line)? > 0)
    }
}

#[derive(Default)]
struct Header {
    warc_type: String,
    record_id: String,
    target_uri: Option<String>,
    date: Option<String>,
    length: Option<u64>,
}

impl<R: BufRead> Iterator for WarcIter<R> {
    type Item = Result<Article, ReadError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if self.done {
                return None;
            }
            match self.next_record() {
                Ok(Some(Some(a))) => return Some(Ok(a)),
                Ok(Some(None)) => continue,
                Ok(None) => {
                    self.done = true;
                    return None;
                }
                Err(e) => return Some(Err(e)),
            }
        }
    }
}

impl<R: BufRead> WarcIter<R> {
    /// `Ok(None)`: end of input; `Ok(Some(None))`: a record skipped.
    fn next_record(&mut self) -> Result<Option<Option<Article>>, ReadError> {
        // Version line (skipping the blank lines that end the previous record).
        loop {
            match self.read_line() {
                Ok(false) => return Ok(None),
                Ok(true) => {}
                Err(e) => {
                    self.done = true;
                    return Err(self.err(format!("read error: {e}")));
                }
            }
            let t = self.line.trim_ascii();
            if t.is_empty() {
                continue;
            }
            if t.starts_with(b"WARC/") {
                self.resync = false;
                break;
            }
            if !self.resync {
                self.record += 1;
                self.resync = true;
                return Err(self.err("expected a WARC/1.x version line"));
            }
        }
        self.record += 1;
        let mut h = Header::default();
        loop {
            match self.read_line() {
                Ok(true) => {}
                Ok(false) => {
                    self.done = true;
                    return Err(self.err("truncated record header"));
                }
                Err(e) => {
                    self.done = true;
                    return Err(self.err(format!("read error: {e}")));
                }
            }
            let l = self.line.trim_ascii_end();
            if l.is_empty() {
                break;
            }
            if l[0] == b' ' || l[0] == b'\t' {
                continue;
            }
            let l = String::from_utf8_lossy(l);
            let Some((k, v)) = l.split_once(':') else {
                continue;
            };
            let v = v.trim();
            match k.trim().to_ascii_lowercase().as_str() {
                "warc-type" => h.warc_type = v.to_ascii_lowercase(),
                "warc-record-id" => h.record_id = v.to_string(),
                "warc-target-uri" => h.target_uri = Some(v.trim_matches(['<', '>']).to_string()),
                "warc-date" => h.date = Some(v.to_string()),
                "content-length" => h.length = v.parse().ok(),
                _ => {}
            }
        }
        let Some(len) = h.length else {
            self.resync = true;
            return Err(self.err("missing or invalid Content-Length"));
        };
        if h.warc_type != "response" || len > MAX_RECORD {
            let skipped = io::copy(&mut (&mut self.reader).take(len), &mut io::sink());
            match skipped {
                Ok(n) if n == len => {}
                Ok(_) => {
                    self.done = true;
                    return Err(self.err("truncated record"));
                }
                Err(e) => {
                    self.done = true;
                    return Err(self.err(format!("read error: {e}")));
                }
            }
            if len > MAX_RECORD && h.warc_type == "response" {
                return Err(self.err(format!("response record of {len} bytes is too large")));
            }
            return Ok(Some(None));
        }
        let mut block = Vec::with_capacity(len as usize);
        match (&mut self.reader).take(len).read_to_end(&mut block) {
            Ok(n) if n as u64 == len => {}
            Ok(_) => {
                self.done = true;
                return Err(self.err("truncated record"));
            }
            Err(e) => {
                self.done = true;
                return Err(self.err(format!("read error: {e}")));
            }
        }
        let origin = format!("{}:record {}", self.origin, self.record);
        match response_to_article(&block, &h, &self.opts) {
            Ok(Some(mut a)) => {
                a.origin = origin;
                Ok(Some(Some(a)))
            }
            Ok(None) => Ok(Some(None)),
            Err(reason) => Err(ReadError::new(origin, reason)),
        }
    }
}

/// An HTTP response block → article; `Ok(None)` when it is not a 200 HTML page.
fn response_to_article(
    block: &[u8],
    h: &Header,
    opts: &ReadOptions,
) -> Result<Option<Article>, String> {
    let Some(head_end) = memchr::memmem::find(block, b"\r\n\r\n")
        .map(|i| i + 4)
        .or_else(|| memchr::memmem::find(block, b"\n\n").map(|i| i + 2))
    else {
        return Err("malformed HTTP response: no end of headers".into());
    };
    let head = String::from_utf8_lossy(&block[..head_end]);
    let mut lines = head.lines();
    let status_line = lines.next().unwrap_or("");
    if !status_line.starts_with("HTTP/") {
        return Err(format!(
            "malformed HTTP status line {:?}",
            status_line.chars().take(40).collect::<String>()
        ));
    }
    let status: u16 = status_line
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .ok_or("malformed HTTP status line")?;
    if status != 200 {
        return Ok(None);
    }
    let mut content_type = String::new();
    let mut chunked = false;
    let mut encoding = String::new();
    for l in lines {
        let Some((k, v)) = l.split_once(':') else {
            continue;
        };
        let v = v.trim();
        match k.trim().to_ascii_lowercase().as_str() {
            "content-type" => content_type = v.to_string(),
            "transfer-encoding" => chunked = v.to_ascii_lowercase().contains("chunked"),
            "content-encoding" => encoding = v.to_ascii_lowercase(),
            _ => {}
        }
    }
    let ct = content_type.to_ascii_lowercase();
    if !(ct.starts_with("text/html") || ct.starts_with("application/xhtml+xml")) {
        return Ok(None);
    }
    let mut body: Vec<u8> = block[head_end..].to_vec();
    if chunked {
        body = dechunk(&body).ok_or("malformed chunked body")?;
    }
    match encoding.as_str() {
        "" | "identity" => {}
        "gzip" | "x-gzip" => {
            let mut out = Vec::new();
            flate2::read::MultiGzDecoder::new(&body[..])
                .read_to_end(&mut out)
                .map_err(|e| format!("bad gzip body: {e}"))?;
            body = out;
        }
        "deflate" => {
            let mut out = Vec::new();
            flate2::read::ZlibDecoder::new(&body[..])
                .read_to_end(&mut out)
                .map_err(|e| format!("bad deflate body: {e}"))?;
            body = out;
        }
        other => return Err(format!("unsupported content encoding {other:?}")),
    }
    let html = decode_html_bytes(&body, header_charset(&content_type));
    let (meta, text) = extract_html(&html)?;
    let id = h
        .record_id
        .trim()
        .trim_start_matches('<')
        .trim_end_matches('>');
    let id = id.strip_prefix("urn:uuid:").unwrap_or(id).to_string();
    if id.is_empty() {
        return Err("record has no WARC-Record-ID".into());
    }
    let date = meta
        .date
        .or_else(|| h.date.as_deref().and_then(parse_date))
        .or(opts.default_date);
    Ok(Some(Article {
        id,
        source: meta.source,
        url: h.target_uri.clone().or(meta.url),
        title: meta.title,
        date,
        lang: meta.lang,
        text,
        origin: String::new(),
    }))
}

/// Undo HTTP chunked transfer encoding.
fn dechunk(mut b: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(b.len());
    loop {
        let nl = memchr::memchr(b'\n', b)?;
        let size_str = std::str::from_utf8(&b[..nl]).ok()?.trim();
        let size_str = size_str.split(';').next()?.trim();
        let size = usize::from_str_radix(size_str, 16).ok()?;
        b = &b[nl + 1..];
        if size == 0 {
            return Some(out);
        }
        if b.len() < size {
            // Truncated capture: keep what there is.
            out.extend_from_slice(b);
            return Some(out);
        }
        out.extend_from_slice(&b[..size]);
        b = &b[size..];
        b = b
            .strip_prefix(b"\r\n")
            .or_else(|| b.strip_prefix(b"\n"))
            .unwrap_or(b);
    }
}
