//! The line format shared by attache's plain-text dictionaries.
//!
//! Actor dictionaries (`data/actors/`) and event patterns (`data/events/`)
//! are both written as
//!
//! ```text
//! # comment
//! %kind NAME [flag ...]
//! LEFT: item; item; item
//! ```
//!
//! This module only splits lines into directives and entries and reports
//! `file:line: reason` errors; what `LEFT` and the items mean is up to each
//! stage. Keeping the lexical layer in one place means both kinds of files
//! treat comments, blank lines and separators identically.

use std::fmt;

/// A load error pointing at a dictionary line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DictError {
    pub file: String,
    pub line: usize,
    pub reason: String,
}

impl fmt::Display for DictError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.reason)
    }
}

impl std::error::Error for DictError {}

/// One meaningful line of a dictionary file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DictLine<'a> {
    /// `%kind NAME flag flag`
    Directive {
        line: usize,
        name: &'a str,
        args: Vec<&'a str>,
    },
    /// `LEFT: item; item`
    Entry {
        line: usize,
        left: &'a str,
        items: Vec<&'a str>,
    },
}

/// Strip a `#` comment: at the start of the line or after white space
/// (so `#` inside a word, as in `C#`, is kept).
fn strip_comment(line: &str) -> &str {
    let bytes = line.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        if b == b'#' && (i == 0 || bytes[i - 1].is_ascii_whitespace()) {
            return &line[..i];
        }
    }
    line
}

/// Split `text` (the contents of `file`) into directives and entries.
/// Errors name the file and line.
pub fn parse<'a>(file: &str, text: &'a str) -> Result<Vec<DictLine<'a>>, DictError> {
    let mut out = Vec::new();
    let err = |line: usize, reason: String| DictError {
        file: file.to_string(),
        line,
        reason,
    };
    for (i, raw) in text.lines().enumerate() {
        let line = i + 1;
        let s = strip_comment(raw).trim();
        if s.is_empty() {
            continue;
        }
        if let Some(rest) = s.strip_prefix('%') {
            let mut parts = rest.split_whitespace();
            let name = parts
                .next()
                .ok_or_else(|| err(line, "empty directive after '%'".into()))?;
            out.push(DictLine::Directive {
                line,
                name,
                args: parts.collect(),
            });
            continue;
        }
        // The separator is the first ':' that is followed by white space or
        // ends the line, so codes never contain it but phrases may ("3:0").
        let colon = s
            .char_indices()
            .find(|&(j, c)| c == ':' && s[j + 1..].chars().next().is_none_or(|n| n.is_whitespace()))
            .map(|(j, _)| j)
            .ok_or_else(|| err(line, format!("expected 'LEFT: item; item', found {s:?}")))?;
        let left = s[..colon].trim();
        if left.is_empty() {
            return Err(err(line, "nothing before ':'".into()));
        }
        let items: Vec<&str> = s[colon + 1..]
            .split(';')
            .map(str::trim)
            .filter(|x| !x.is_empty())
            .collect();
        if items.is_empty() {
            return Err(err(line, format!("no items after '{left}:'")));
        }
        out.push(DictLine::Entry { line, left, items });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_directives_entries_and_comments() {
        let text = "# head\n%kind country\nFRA: France; French Republic  # note\n\nC#: x\n";
        let lines = parse("t.txt", text).unwrap();
        assert_eq!(lines.len(), 3);
        assert_eq!(
            lines[0],
            DictLine::Directive {
                line: 2,
                name: "kind",
                args: vec!["country"]
            }
        );
        assert_eq!(
            lines[1],
            DictLine::Entry {
                line: 3,
                left: "FRA",
                items: vec!["France", "French Republic"]
            }
        );
        match &lines[2] {
            DictLine::Entry { left, .. } => assert_eq!(left, &"C#"),
            _ => panic!(),
        }
    }

    #[test]
    fn colon_inside_items_is_kept() {
        let lines = parse("t", "X: a 3:0 win; b").unwrap();
        match &lines[0] {
            DictLine::Entry { items, .. } => assert_eq!(items, &vec!["a 3:0 win", "b"]),
            _ => panic!(),
        }
    }

    #[test]
    fn errors_name_file_and_line() {
        let e = parse("a.txt", "# c\nFRA France\n").unwrap_err();
        assert_eq!(e.line, 2);
        assert!(e.to_string().starts_with("a.txt:2: expected"));
        let e = parse("a.txt", "FRA:\n").unwrap_err();
        assert!(e.reason.contains("no items"), "{e}");
    }
}
