//! JSON Lines, streamed line by line.

use std::io::BufRead;

use attache_model::Article;
use serde_json::{Map, Value};

use crate::date::parse_date;
use crate::{ReadError, ReadOptions};

pub(crate) struct JsonlIter<R> {
    reader: R,
    origin: String,
    opts: ReadOptions,
    line_no: usize,
    buf: Vec<u8>,
    done: bool,
}

impl<R: BufRead> JsonlIter<R> {
    pub(crate) fn new(reader: R, origin: String, opts: ReadOptions) -> Self {
        JsonlIter {
            reader,
            origin,
            opts,
            line_no: 0,
            buf: Vec::with_capacity(16 * 1024),
            done: false,
        }
    }
}

impl<R: BufRead> Iterator for JsonlIter<R> {
    type Item = Result<Article, ReadError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if self.done {
                return None;
            }
            self.buf.clear();
            match self.reader.read_until(b'\n', &mut self.buf) {
                Ok(0) => {
                    self.done = true;
                    return None;
                }
                Ok(_) => {}
                Err(e) => {
                    self.done = true;
                    return Some(Err(ReadError::new(
                        format!("{}:{}", self.origin, self.line_no + 1),
                        format!("read error: {e}"),
                    )));
                }
            }
            self.line_no += 1;
            let line = trim_ascii(&self.buf);
            // A UTF-8 byte-order mark on the first line.
            let line = if self.line_no == 1 {
                line.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(line)
            } else {
                line
            };
            if line.is_empty() {
                continue;
            }
            let origin = format!("{}:{}", self.origin, self.line_no);
            let s = match std::str::from_utf8(line) {
                Ok(s) => s,
                Err(e) => {
                    return Some(Err(ReadError::new(
                        origin,
                        format!("invalid UTF-8 at byte {}", e.valid_up_to()),
                    )))
                }
            };
            let v: Value = match serde_json::from_str(s) {
                Ok(v) => v,
                Err(e) => return Some(Err(ReadError::new(origin, format!("invalid JSON: {e}")))),
            };
            return Some(record_to_article(v, origin, &self.opts));
        }
    }
}

fn trim_ascii(b: &[u8]) -> &[u8] {
    let s = b
        .iter()
        .position(|c| !c.is_ascii_whitespace())
        .unwrap_or(b.len());
    let e = b
        .iter()
        .rposition(|c| !c.is_ascii_whitespace())
        .map_or(s, |i| i + 1);
    &b[s..e]
}

/// Turn one JSON record into an article. `origin` names it in errors.
pub(crate) fn record_to_article(
    v: Value,
    origin: String,
    opts: &ReadOptions,
) -> Result<Article, ReadError> {
    let Value::Object(mut m) = v else {
        return Err(ReadError::new(origin, "expected a JSON object"));
    };
    match build(&mut m, opts) {
        Ok(mut a) => {
            a.origin = origin;
            Ok(a)
        }
        Err(reason) => Err(ReadError::new(origin, reason)),
    }
}

fn build(m: &mut Map<String, Value>, opts: &ReadOptions) -> Result<Article, String> {
    let id = match m.remove("id") {
        None | Some(Value::Null) => return Err("missing field `id`".into()),
        Some(Value::String(s)) if s.trim().is_empty() => return Err("field `id` is empty".into()),
        Some(Value::String(s)) => s,
        Some(Value::Number(n)) => n.to_string(),
        Some(_) => return Err("field `id` must be a string or a number".into()),
    };
    let text = match m.remove("text") {
        None | Some(Value::Null) => return Err("missing field `text`".into()),
        Some(Value::String(s)) if s.trim().is_empty() => return Err("field `text` is empty".into()),
        Some(Value::String(s)) => s,
        Some(_) => return Err("field `text` must be a string".into()),
    };
    let date = match m.remove("date") {
        None | Some(Value::Null) => match opts.default_date {
            Some(d) => Some(d),
            None => return Err("missing field `date` (give --date to supply one)".into()),
        },
        Some(Value::String(s)) => match parse_date(&s) {
            Some(d) => Some(d),
            None => return Err(format!("field `date`: unrecognised date {s:?}")),
        },
        Some(Value::Number(n)) => match parse_date(&n.to_string()) {
            Some(d) => Some(d),
            None => return Err(format!("field `date`: unrecognised date {n}")),
        },
        Some(_) => return Err("field `date` must be a string".into()),
    };
    let mut opt = |name: &str| -> Result<Option<String>, String> {
        match m.remove(name) {
            None | Some(Value::Null) => Ok(None),
            Some(Value::String(s)) => Ok(Some(s).filter(|s| !s.trim().is_empty())),
            Some(_) => Err(format!("field `{name}` must be a string")),
        }
    };
    let title = opt("title")?;
    let source = opt("source")?;
    let url = opt("url")?;
    let lang =
        opt("lang")?.map(|l| crate::html::lang_code(&l).unwrap_or_else(|| l.to_ascii_lowercase()));
    Ok(Article {
        id,
        source,
        url,
        title,
        date,
        lang,
        text,
        origin: String::new(),
    })
}
