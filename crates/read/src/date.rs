//! Date parsing for the input formats.

use chrono::{DateTime, NaiveDate, NaiveDateTime, NaiveTime};

/// Parse a publication date, converting any offset to naive UTC. Accepts
/// `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM[:SS[.f]]` (or with a space) with an
/// optional `Z` / `±HH:MM` / `±HHMM` offset, `YYYYMMDD`, `YYYYMMDDHHMM[SS]`
/// and RFC 2822 ("Tue, 14 May 2024 09:30:00 GMT").
pub fn parse_date(s: &str) -> Option<NaiveDateTime> {
    let s = s.trim();
    if s.is_empty() {
        return None;
    }
    let b = s.as_bytes();
    if b.iter().all(u8::is_ascii_digit) {
        return match b.len() {
            8 => NaiveDate::parse_from_str(s, "%Y%m%d").ok().map(midnight),
            12 => NaiveDateTime::parse_from_str(s, "%Y%m%d%H%M").ok(),
            14 => NaiveDateTime::parse_from_str(s, "%Y%m%d%H%M%S").ok(),
            _ => None,
        };
    }
    if b.len() == 10 && b[4] == b'-' && b[7] == b'-' {
        return NaiveDate::parse_from_str(s, "%Y-%m-%d").ok().map(midnight);
    }
    if b.len() >= 16
        && b[4] == b'-'
        && b[7] == b'-'
        && (b[10] == b'T' || b[10] == b' ' || b[10] == b't')
    {
        if let Ok(d) = DateTime::parse_from_rfc3339(s) {
            return Some(d.naive_utc());
        }
        for f in [
            "%Y-%m-%dT%H:%M:%S%.f%z",
            "%Y-%m-%d %H:%M:%S%.f%z",
            "%Y-%m-%dT%H:%M%z",
            "%Y-%m-%d %H:%M%z",
        ] {
            if let Ok(d) = DateTime::parse_from_str(s, f) {
                return Some(d.naive_utc());
            }
        }
        let naive = s.strip_suffix(['Z', 'z']).unwrap_or(s);
        for f in [
            "%Y-%m-%dT%H:%M:%S%.f",
            "%Y-%m-%d %H:%M:%S%.f",
            "%Y-%m-%dT%H:%M",
            "%Y-%m-%d %H:%M",
        ] {
            if let Ok(d) = NaiveDateTime::parse_from_str(naive, f) {
                return Some(d);
            }
        }
        return None;
    }
    if let Ok(d) = DateTime::parse_from_rfc2822(s) {
        return Some(d.naive_utc());
    }
    None
}

fn midnight(d: NaiveDate) -> NaiveDateTime {
    d.and_time(NaiveTime::MIN)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dt(s: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M:%S").unwrap()
    }

    #[test]
    fn formats() {
        assert_eq!(parse_date("2024-05-12"), Some(dt("2024-05-12 00:00:00")));
        assert_eq!(parse_date("20240512"), Some(dt("2024-05-12 00:00:00")));
        assert_eq!(
            parse_date("20240512143005"),
            Some(dt("2024-05-12 14:30:05"))
        );
        assert_eq!(
            parse_date("2024-05-12T14:30:05"),
            Some(dt("2024-05-12 14:30:05"))
        );
        assert_eq!(
            parse_date("2024-05-12T14:30:05Z"),
            Some(dt("2024-05-12 14:30:05"))
        );
        assert_eq!(
            parse_date("2024-05-12T14:30:05+02:00"),
            Some(dt("2024-05-12 12:30:05"))
        );
        assert_eq!(
            parse_date("2024-05-12T01:30:05-0300"),
            Some(dt("2024-05-12 04:30:05"))
        );
        assert_eq!(
            parse_date("2024-05-12 14:30"),
            Some(dt("2024-05-12 14:30:00"))
        );
        assert_eq!(
            parse_date("2024-05-12T14:30:05.250Z"),
            Some(dt("2024-05-12 14:30:05")).map(|d| d + chrono::Duration::milliseconds(250))
        );
        assert_eq!(
            parse_date("Sun, 12 May 2024 14:30:05 GMT"),
            Some(dt("2024-05-12 14:30:05"))
        );
        assert_eq!(parse_date("12/05/2024"), None);
        assert_eq!(parse_date("2024-13-45"), None);
        assert_eq!(parse_date(""), None);
    }
}
