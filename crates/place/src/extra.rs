//! `data/places/extra.tsv`: hand-written additions to the gazetteer (former
//! country names, seas, rivers and regions), checked row by row at load.

/// One row of `extra.tsv`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Extra {
    /// A former name of a country: (name, ISO3).
    Former(&'static str, &'static str),
    /// A region or water body: (name, ISO3 or "" when none, lat, lon).
    Region(&'static str, &'static str, f32, f32),
}

pub(crate) static EXTRA_TSV: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../data/places/extra.tsv"
));

/// The path named in error messages.
pub(crate) const EXTRA_PATH: &str = "data/places/extra.tsv";

/// Parse `extra.tsv`. `known_iso3` tells whether a country code exists.
/// Errors name the file and line.
pub(crate) fn parse_extra(
    text: &'static str,
    known_iso3: impl Fn(&str) -> bool,
) -> Result<Vec<Extra>, String> {
    let mut out = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim_end_matches('\r');
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let err = |msg: String| format!("{EXTRA_PATH}:{}: {msg}", n + 1);
        let f: Vec<&'static str> = line.split('\t').collect();
        if f.len() < 5 {
            return Err(err(format!(
                "expected at least 5 tab-separated fields (kind, name, iso3, lat, lon), found {}",
                f.len()
            )));
        }
        let name = f[1].trim();
        if name.is_empty() || name != f[1] {
            return Err(err("empty name, or spaces around it".into()));
        }
        let iso3 = f[2];
        let coord = |s: &str, lim: f32, what: &str| -> Result<f32, String> {
            match s.parse::<f32>() {
                Ok(v) if v.abs() <= lim => Ok(v),
                _ => Err(err(format!("{what} {s:?} is not a number within ±{lim}"))),
            }
        };
        match f[0] {
            "former" => {
                if !known_iso3(iso3) {
                    return Err(err(format!("unknown country code {iso3:?}")));
                }
                if f[3] != "-" || f[4] != "-" {
                    return Err(err(
                        "a former country name takes \"-\" for lat and lon".into()
                    ));
                }
                out.push(Extra::Former(name, iso3));
            }
            "region" => {
                let iso3 = if iso3 == "-" {
                    ""
                } else if known_iso3(iso3) {
                    iso3
                } else {
                    return Err(err(format!(
                        "unknown country code {iso3:?} (\"-\" for none)"
                    )));
                };
                let lat = coord(f[3], 90.0, "latitude")?;
                let lon = coord(f[4], 180.0, "longitude")?;
                out.push(Extra::Region(name, iso3, lat, lon));
            }
            k => return Err(err(format!("unknown kind {k:?} (former, region)"))),
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn known(c: &str) -> bool {
        matches!(c, "SRB" | "SYR")
    }

    #[test]
    fn the_shipped_file_parses() {
        let g = crate::Gazetteer::get();
        let rows = parse_extra(EXTRA_TSV, |c| g.iso3(c).is_some()).unwrap();
        assert!(rows.len() > 50);
    }

    #[test]
    fn errors_name_file_and_line() {
        let e = parse_extra("# c\nformer\tYugoslavia\tXXX\t-\t-\n", known).unwrap_err();
        assert!(
            e.starts_with("data/places/extra.tsv:2: unknown country"),
            "{e}"
        );
        let e = parse_extra("region\tSomewhere\tSYR\t95\t10\n", known).unwrap_err();
        assert!(e.contains(":1: latitude"), "{e}");
        let e = parse_extra("sea\tSomewhere\t-\t1\t1\n", known).unwrap_err();
        assert!(e.contains("unknown kind"), "{e}");
        let e = parse_extra("region\tSomewhere\t-\t1\n", known).unwrap_err();
        assert!(e.contains("at least 5"), "{e}");
        let ok = parse_extra("region\tSomewhere\t-\t1\t2\tyears\tnote\n", known).unwrap();
        assert_eq!(ok, vec![Extra::Region("Somewhere", "", 1.0, 2.0)]);
    }
}
