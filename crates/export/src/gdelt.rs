//! The GDELT 2.0 event table (61 tab-separated columns, no header).
//!
//! How attache fills the columns (see `data/cameo/gdelt2_event_columns.txt`):
//!
//! | columns | from |
//! |---|---|
//! | GlobalEventID | the canonical event id |
//! | Day, MonthYear, Year, FractionDate | the event's own date; the earliest publication date when it has none; FractionDate = year + day-of-year / days-in-year, 4 decimals |
//! | Actor*Code, Name | the actor code and the actor text of the first mention |
//! | Actor*CountryCode, KnownGroupCode, Type1..3Code | parts of the actor code (country, known group, role parts in order) |
//! | Actor*EthnicCode | empty (not coded) |
//! | Actor*Religion1Code, Religion2Code | the code's religion parts (`IRQCVLMOSSHI` → MOS, SHI) |
//! | IsRootEvent, EventCode, EventBaseCode, EventRootCode, QuadClass, GoldsteinScale | the event |
//! | NumMentions, NumSources, NumArticles | the fused counts |
//! | AvgTone | empty (attache does not score tone) |
//! | Actor*Geo_* | the actor's country at its centroid (type 1, FIPS code, FeatureID = FIPS code); empty when the code has no country |
//! | ActionGeo_* | the event location: type 1 country, 2 US state, 3 US city, 4 world city, 5 world state; FIPS country code; ADM1 = FIPS country + the division's code (looked up by name in the gazetteer); ADM2 and FeatureID empty except for countries |
//! | DATEADDED | when the event was first stored, UTC, YYYYMMDDHHMMSS |
//! | SOURCEURL | URL of the first article, else its outlet name |
//!
//! Tabs and line breaks inside text fields are replaced by spaces.

use crate::EventFilter;
use anyhow::Result;
use attache_model::{ActorCode, ROLE_CODES};
use attache_store::{Store, StoredEvent};
use chrono::{Datelike, NaiveDate};
use std::collections::HashMap;
use std::io::Write;
use std::sync::OnceLock;

/// Number of columns in a GDELT 2.0 event row.
pub const COLUMNS: usize = 61;

/// A country row of `data/actors/iso3166.tsv`.
#[derive(Debug, Clone)]
pub struct Country {
    pub fips: String,
    pub name: String,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
}

/// ISO alpha-3 → FIPS code, name and centroid.
pub fn countries() -> &'static HashMap<String, Country> {
    static C: OnceLock<HashMap<String, Country>> = OnceLock::new();
    C.get_or_init(|| {
        let mut m = HashMap::new();
        for line in include_str!("../../../data/actors/iso3166.tsv").lines() {
            if line.starts_with('#') || line.starts_with("alpha3\t") || line.trim().is_empty() {
                continue;
            }
            let f: Vec<&str> = line.split('\t').collect();
            if f.len() < 7 {
                continue;
            }
            m.insert(
                f[0].to_string(),
                Country {
                    fips: f[2].to_string(),
                    name: f[3].to_string(),
                    lat: f[5].parse().ok(),
                    lon: f[6].parse().ok(),
                },
            );
        }
        m
    })
}

/// FIPS 10-4 code of an ISO alpha-3 country ("" when unknown or none).
pub fn fips(iso3: &str) -> &'static str {
    countries().get(iso3).map(|c| c.fips.as_str()).unwrap_or("")
}

fn clean(s: &str) -> String {
    s.replace(['\t', '\n', '\r'], " ")
}

fn num(x: Option<f64>) -> String {
    x.map(|v| v.to_string()).unwrap_or_default()
}

/// The role parts of an actor code, in order (Type1Code, Type2Code, Type3Code).
fn types(code: &str) -> Vec<&str> {
    let parts: Vec<&str> = (0..code.len() / 3)
        .filter_map(|i| code.get(i * 3..i * 3 + 3))
        .collect();
    // The first part is a country or IGO/NGO prefix unless it is itself a role.
    parts
        .iter()
        .enumerate()
        .filter(|(i, p)| ROLE_CODES.contains(p) && !(*i == 0 && (**p == "IGO" || **p == "NGO")))
        .map(|(_, p)| *p)
        .take(3)
        .collect()
}

fn actor_fields(code: &str, name: &Option<String>, out: &mut Vec<String>) {
    let c = ActorCode::parse(code).unwrap_or_default();
    let t = types(code);
    out.push(code.to_string());
    out.push(if code.is_empty() {
        String::new()
    } else {
        clean(name.as_deref().unwrap_or(""))
    });
    out.push(c.country.clone().unwrap_or_default());
    out.push(c.org.unwrap_or_default());
    out.push(String::new()); // EthnicCode
    let (r1, r2) = ActorCode::religions(code);
    out.push(r1.unwrap_or_default().to_string()); // Religion1Code
    out.push(r2.unwrap_or_default().to_string()); // Religion2Code
    for i in 0..3 {
        out.push(t.get(i).map(|s| s.to_string()).unwrap_or_default());
    }
}

fn actor_geo(code: &str, out: &mut Vec<String>) {
    let country = ActorCode::parse(code).and_then(|c| c.country);
    match country.as_deref().and_then(|c| countries().get(c)) {
        Some(c) if !c.fips.is_empty() => {
            out.push("1".into());
            out.push(c.name.clone());
            out.push(c.fips.clone());
            out.push(c.fips.clone());
            out.push(String::new());
            out.push(num(c.lat));
            out.push(num(c.lon));
            out.push(c.fips.clone());
        }
        _ => out.extend(std::iter::repeat_n(String::new(), 8)),
    }
}

fn action_geo(e: &StoredEvent, out: &mut Vec<String>) {
    let Some(name) = e.place_name.as_deref() else {
        out.extend(std::iter::repeat_n(String::new(), 8));
        return;
    };
    let iso = e.place_country.as_deref().unwrap_or("");
    let country = countries().get(iso);
    let f = country.map(|c| c.fips.as_str()).unwrap_or("");
    let precision = e.place_precision.as_deref().unwrap_or("place");
    let us = iso == "USA";
    let geo_type = match precision {
        "country" => 1,
        "admin1" if us => 2,
        "admin1" => 5,
        _ if us => 3,
        _ => 4,
    };
    let full = match (precision, country) {
        ("country", Some(c)) => c.name.clone(),
        (_, Some(c)) if !name.eq_ignore_ascii_case(&c.name) => {
            format!("{}, {}", clean(name), c.name)
        }
        _ => clean(name),
    };
    // The store keeps the division's name; GDELT wants FIPS country + the
    // division's code (GeoNames admin1 codes, which are FIPS 10-4 codes for
    // most countries and postal codes for US states: "USCA").
    let adm1 = match (&e.place_admin1, precision) {
        (_, "country") => f.to_string(),
        (Some(a), _) if !f.is_empty() && !a.is_empty() => {
            match attache_place::Gazetteer::get().admin1_code(iso, a) {
                Some(code) => format!("{f}{code}"),
                None => f.to_string(),
            }
        }
        _ => f.to_string(),
    };
    out.push(geo_type.to_string());
    out.push(full);
    out.push(f.to_string());
    out.push(adm1);
    out.push(String::new()); // ADM2Code
    out.push(num(e.lat));
    out.push(num(e.lon));
    out.push(if precision == "country" {
        f.to_string()
    } else {
        String::new()
    });
}

/// The 61 fields of an event's GDELT row.
pub fn row(e: &StoredEvent) -> Vec<String> {
    let mut out = Vec::with_capacity(COLUMNS);
    out.push(e.id.to_string());
    let day: Option<NaiveDate> = e.date.or(e.first_seen.map(|d| d.date()));
    match day {
        Some(d) => {
            out.push(d.format("%Y%m%d").to_string());
            out.push(d.format("%Y%m").to_string());
            out.push(d.year().to_string());
            let days_in_year = if NaiveDate::from_ymd_opt(d.year(), 2, 29).is_some() {
                366.0
            } else {
                365.0
            };
            out.push(format!(
                "{:.4}",
                d.year() as f64 + d.ordinal() as f64 / days_in_year
            ));
        }
        None => out.extend(std::iter::repeat_n(String::new(), 4)),
    }
    actor_fields(&e.source, &e.source_name, &mut out);
    actor_fields(&e.target, &e.target_name, &mut out);
    out.push(if e.is_root { "1" } else { "0" }.into());
    out.push(e.cameo.clone());
    out.push(e.cameo.chars().take(3).collect());
    out.push(e.root.clone());
    out.push(e.quad_class.to_string());
    out.push(e.goldstein.to_string());
    out.push(e.num_mentions.to_string());
    out.push(e.num_sources.to_string());
    out.push(e.num_articles.to_string());
    out.push(String::new()); // AvgTone
    actor_geo(&e.source, &mut out);
    actor_geo(&e.target, &mut out);
    action_geo(e, &mut out);
    out.push(
        chrono::DateTime::from_timestamp(e.added, 0)
            .map(|d| d.format("%Y%m%d%H%M%S").to_string())
            .unwrap_or_default(),
    );
    out.push(clean(e.source_url.as_deref().unwrap_or(&e.outlet)));
    debug_assert_eq!(out.len(), COLUMNS);
    out
}

/// Write the GDELT table (no header) for the events passing `filter`.
pub fn write<W: Write>(store: &Store, filter: &EventFilter, w: &mut W) -> Result<usize> {
    store.events(filter, |e| {
        w.write_all(row(&e).join("\t").as_bytes())?;
        w.write_all(b"\n")?;
        Ok(())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fips_codes_differ_from_iso() {
        assert_eq!(fips("DEU"), "GM");
        assert_eq!(fips("GBR"), "UK");
        assert_eq!(fips("RUS"), "RS");
        assert_eq!(fips("TUR"), "TU");
        assert_eq!(fips("USA"), "US");
        assert_eq!(fips("XXX"), "");
        assert!(countries().len() > 240);
    }

    #[test]
    fn role_parts_become_types() {
        assert_eq!(types("USAGOV"), vec!["GOV"]);
        assert_eq!(types("USAGOVMIL"), vec!["GOV", "MIL"]);
        assert_eq!(types("IGOUNO"), Vec::<&str>::new());
        assert_eq!(types("NGOHRIAMN"), vec!["HRI"]);
        assert_eq!(types("---REB"), vec!["REB"]);
        assert_eq!(types(""), Vec::<&str>::new());
    }
}
