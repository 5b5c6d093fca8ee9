//! The embedded gazetteer: countries, first-level divisions and populated
//! places, with a name index.
//!
//! The tables in `data/places/` are embedded with `include_str!` and
//! parsed once, on first use. Names stay `&'static str` slices of the
//! embedded text. The index is an array of entries sorted by a 64-bit hash
//! of each name key, with a second 32-bit hash to tell colliding keys apart
//! (so no key string is stored), and a table of 2^18 buckets giving where
//! each range of hashes starts: a lookup reads two places in memory. It is
//! built by sorting, which is much faster than filling a hash map.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::LazyLock;

use attache_model::{Location, PlacePrecision};

use crate::aliases::{COUNTRY_ALIASES, REGIONS, STATE_ABBREVIATIONS};
use crate::extra::{parse_extra, Extra, EXTRA_TSV};
use crate::norm::{hashes, key, push_key, push_variant_key, push_variant_key_with};

/// First byte of a variant key in the index (see [`push_variant_key`]), so
/// that variant keys never collide with exact ones.
pub(crate) const VARIANT_MARK: char = '\u{1}';

static COUNTRIES_TSV: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../data/places/countries.tsv"
));
static ADMIN1_TSV: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../data/places/admin1.tsv"
));
/// The team's country table (alpha3, alpha2, fips, name, capital, lat, lon):
/// its FIPS codes, capitals and country centres override the gazetteer's.
static ISO3166_TSV: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../data/actors/iso3166.tsv"
));
static PLACES_TSV: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../data/places/places.tsv"
));
/// Counties ("Barren County", "Orleans Parish") at their GeoNames points,
/// in the columns of `places.tsv` (built by `tools/build_counties.py`).
/// They are read as places of [`COUNTY_POPULATION`] people.
static COUNTIES_TSV: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../data/places/counties.tsv"
));
/// Second-level divisions (districts, local government areas, English
/// counties) of the countries news reports conflict from, whose names no
/// other table has (built by `tools/build_districts.py`). They are read as
/// places of [`DISTRICT_POPULATION`] people that need a place cue.
static DISTRICTS_TSV: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../data/places/districts.tsv"
));
/// Words for "province" that open some division names in the table
/// ("Muhafazat Hadramawt", "Sha`biyat Ghat"): the rest is indexed too.
const DIVISION_PREFIXES: &[&str] = &[
    "Muhafazat ",
    "Muḩāfaz̧at ",
    "Sha`biyat ",
    "Shabiyat ",
    "Wilayat ",
    "Mayorality of ",
];

/// The population a county is given for scoring (the table has none): a
/// middling US county, so that a bare "X County" is kept like a multi-word
/// town of that size.
const COUNTY_POPULATION: u32 = 50_000;

/// The population a district of `districts.tsv` is given for scoring (the
/// table has none).
const DISTRICT_POPULATION: u32 = 20_000;

/// What a candidate is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PlaceKind {
    Country,
    Admin1,
    Place,
}

impl PlaceKind {
    pub fn precision(self) -> PlacePrecision {
        match self {
            PlaceKind::Country => PlacePrecision::Country,
            PlaceKind::Admin1 => PlacePrecision::Admin1,
            PlaceKind::Place => PlacePrecision::Place,
        }
    }
}

/// One gazetteer entry that a name may refer to, with its score.
#[derive(Debug, Clone, PartialEq)]
pub struct Candidate {
    /// The entry's own (primary) name.
    pub name: &'static str,
    /// ISO 3166-1 alpha-3 of the country it lies in.
    pub iso3: &'static str,
    /// Name of its first-level division (for places and divisions).
    pub admin1: Option<&'static str>,
    pub lat: f64,
    pub lon: f64,
    pub kind: PlaceKind,
    /// Population (places: the town; divisions: sum of their towns;
    /// countries: the country). `None` when unknown or zero.
    pub population: Option<u32>,
    /// National capital.
    pub capital: bool,
    /// The name matched an alternate name, not the primary one.
    pub alternate: bool,
    /// Higher is better; see the crate documentation for the formula.
    pub score: f32,
    /// Internal reference (kind + index) used to tell entries apart.
    pub(crate) id: u32,
    pub(crate) word: bool,
    /// A second-level division of `districts.tsv`: a name the finder takes
    /// only after a place cue.
    pub(crate) district: bool,
    /// A region listed by hand (`aliases::REGIONS`, `extra.tsv`): news
    /// names it often, so it ranks as a populous division.
    pub(crate) listed: bool,
}

impl Candidate {
    /// The candidate as a [`Location`] (without span).
    pub fn to_location(&self) -> Location {
        Location {
            name: self.name.to_string(),
            country: Some(self.iso3.to_string()).filter(|c| !c.is_empty()),
            admin1: self
                .admin1
                .map(str::to_string)
                .filter(|_| !self.iso3.is_empty()),
            lat: Some(self.lat),
            lon: Some(self.lon),
            precision: self.kind.precision(),
            span: None,
        }
    }
}

pub(crate) struct Country {
    pub iso3: &'static str,
    pub iso2: &'static str,
    pub fips: &'static str,
    pub name: &'static str,
    pub lat: f32,
    pub lon: f32,
    pub population: u64,
    pub capital: &'static str,
    pub demonym: &'static str,
    pub alts: &'static str,
    /// The centre is the GeoNames point (countries.tsv's last column "g").
    pub geonames_centre: bool,
}

pub(crate) struct Admin1 {
    pub country: u16,
    pub code: &'static str,
    pub name: &'static str,
    pub lat: f32,
    pub lon: f32,
    pub population: u32,
    pub word: bool,
    pub alts: &'static str,
}

pub(crate) struct Place {
    pub name: &'static str,
    pub alts: &'static str,
    pub lat: f32,
    pub lon: f32,
    pub population: u32,
    pub country: u16,
    /// Index into `admin1`, `u32::MAX` when unknown.
    pub admin1: u32,
    pub capital: bool,
    pub word: bool,
    /// A row of `districts.tsv`.
    pub district: bool,
}

const KIND_SHIFT: u32 = 30;
const INDEX_MASK: u32 = (1 << KIND_SHIFT) - 1;

fn pack(kind: PlaceKind, index: usize) -> u32 {
    let k = match kind {
        PlaceKind::Country => 0,
        PlaceKind::Admin1 => 1,
        PlaceKind::Place => 2,
    };
    (k << KIND_SHIFT) | index as u32
}

fn unpack(id: u32) -> (PlaceKind, usize) {
    let kind = match id >> KIND_SHIFT {
        0 => PlaceKind::Country,
        1 => PlaceKind::Admin1,
        _ => PlaceKind::Place,
    };
    (kind, (id & INDEX_MASK) as usize)
}

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Entry {
    hash: u64,
    id: u32,
    /// 0 for a primary name, 1 for an alternate one (so that, sorted, the
    /// primary form of a duplicate comes first and is kept).
    alternate: u8,
    check: u32,
}

const BUCKET_BITS: u32 = 18;

/// The gazetteer. Get it with [`Gazetteer::get`].
pub struct Gazetteer {
    pub(crate) countries: Vec<Country>,
    pub(crate) admin1: Vec<Admin1>,
    pub(crate) places: Vec<Place>,
    /// Extra admin1-like regions (from `aliases::REGIONS` and
    /// `data/places/extra.tsv`), indexed after `admin1` entries: (name,
    /// country or `u16::MAX` for none, lat, lon).
    regions: Vec<(&'static str, u16, f32, f32)>,
    /// Index entries sorted by (hash, id, alternate).
    entries: Vec<Entry>,
    /// `buckets[b]..buckets[b + 1]`: the entries whose hash starts with `b`.
    buckets: Vec<u32>,
    by_iso3: FnvMap<&'static str, u16>,
    by_iso2: FnvMap<&'static str, u16>,
    admin1_by_code: FnvMap<(u16, &'static str), u32>,
    demonyms: HashMap<String, u16>,
}

static GAZETTEER: LazyLock<Gazetteer> = LazyLock::new(Gazetteer::load);

/// Add the index entry of one name (and, for "The X", of "X" too).
fn push_entry(entries: &mut Vec<Entry>, buf: &mut String, name: &str, id: u32, alternate: bool) {
    buf.clear();
    push_key(name, buf);
    if buf.is_empty() {
        return;
    }
    let (hash, check) = hashes(buf);
    entries.push(Entry {
        hash,
        id,
        alternate: alternate as u8,
        check,
    });
    push_variant_entry(entries, buf, id);
    // "The Hague" is also written "the Hague".
    if let Some(rest) = name.strip_prefix("The ") {
        if rest.contains(' ') || !alternate {
            buf.clear();
            push_key(rest, buf);
            let (hash, check) = hashes(buf);
            entries.push(Entry {
                hash,
                id,
                alternate: 1,
                check,
            });
        }
    }
}

/// Add the index entry of the variant key of the key in `buf`, when it
/// differs from the key (always as an alternate name).
fn push_variant_entry(entries: &mut Vec<Entry>, buf: &str, id: u32) {
    thread_local! {
        static VBUF: std::cell::RefCell<(String, String)> = Default::default();
    }
    VBUF.with(|v| {
        let (marked, short) = &mut *v.borrow_mut();
        marked.clear();
        marked.push(VARIANT_MARK);
        if push_variant_key(buf, marked) {
            let (hash, check) = hashes(marked);
            entries.push(Entry {
                hash,
                id,
                alternate: 1,
                check,
            });
        }
        // A doubled "e" read as "e", too ("Shabeelle" = "Shabelle").
        if buf.contains("ee") {
            short.clear();
            short.push(VARIANT_MARK);
            if push_variant_key_with(buf, short, false) && short != marked {
                let (hash, check) = hashes(short);
                entries.push(Entry {
                    hash,
                    id,
                    alternate: 1,
                    check,
                });
            }
        }
    });
}

/// Add the index entry of a two-word town name written as one word
/// ("Miran Shah" = "Miranshah", "Mir Ali" = "Mirali"): the variant key
/// with its two words joined, as a variant (so a text word finds it only
/// through [`Gazetteer::variant_lookup_key`], and only after a place cue).
/// Both words must have three letters or more, so "Al X" and "Ko X" are not
/// joined.
fn push_joined_entry(entries: &mut Vec<Entry>, buf: &mut String, name: &str, id: u32) {
    // Most names are one word: nothing to join.
    if !name.contains([' ', '-']) {
        return;
    }
    buf.clear();
    push_key(name, buf);
    let Some((a, b)) = buf.split_once(' ') else {
        return;
    };
    if a.len() < 3 || b.len() < 3 || b.contains(' ') || !buf.is_ascii() {
        return;
    }
    let mut joined = String::with_capacity(buf.len() + 1);
    joined.push(VARIANT_MARK);
    let mut plain = String::with_capacity(buf.len());
    plain.push_str(a);
    plain.push_str(b);
    push_variant_key(&plain, &mut joined);
    let (hash, check) = hashes(&joined);
    entries.push(Entry {
        hash,
        id,
        alternate: 1,
        check,
    });
}

/// Rows of a TSV as fixed arrays of fields (missing fields are ""); lines
/// starting with `#` are skipped.
fn rows(tsv: &'static str) -> impl Iterator<Item = [&'static str; 11]> {
    let mut rest = tsv;
    std::iter::from_fn(move || loop {
        if rest.is_empty() {
            return None;
        }
        let end = memchr::memchr(b'\n', rest.as_bytes()).unwrap_or(rest.len());
        let line = rest[..end].trim_end_matches('\r');
        rest = &rest[(end + 1).min(rest.len())..];
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let mut f = [""; 11];
        let mut l = line;
        for slot in f.iter_mut() {
            match memchr::memchr(b'\t', l.as_bytes()) {
                Some(t) => {
                    *slot = &l[..t];
                    l = &l[t + 1..];
                }
                None => {
                    *slot = l;
                    break;
                }
            }
        }
        return Some(f);
    })
}

/// FNV-1a, for the small string-keyed maps built at load.
#[derive(Default)]
struct Fnv(u64);
impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h ^= b as u64;
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}
type FnvMap<K, V> = HashMap<K, V, BuildHasherDefault<Fnv>>;

fn num<T: std::str::FromStr + Default>(s: &str) -> T {
    s.parse().unwrap_or_default()
}

/// Fast parse of a plain decimal ("-12.3456"); falls back to `str::parse`.
fn coord(s: &str) -> f32 {
    let b = s.as_bytes();
    let (neg, digits) = match b.first() {
        Some(b'-') => (true, &b[1..]),
        _ => (false, b),
    };
    let mut int: i64 = 0;
    let mut scale: i64 = 1;
    let mut seen_dot = false;
    for &c in digits {
        match c {
            b'0'..=b'9' => {
                int = int * 10 + (c - b'0') as i64;
                if seen_dot {
                    scale *= 10;
                }
            }
            b'.' if !seen_dot => seen_dot = true,
            _ => return num(s),
        }
    }
    let v = int as f64 / scale as f64;
    (if neg { -v } else { v }) as f32
}

impl Gazetteer {
    /// The gazetteer, loaded on first call.
    pub fn get() -> &'static Gazetteer {
        &GAZETTEER
    }

    fn load() -> Gazetteer {
        let mut g = Gazetteer {
            countries: Vec::with_capacity(260),
            admin1: Vec::with_capacity(3400),
            places: Vec::with_capacity(171_000),
            regions: Vec::new(),
            entries: Vec::with_capacity(300_000),
            buckets: Vec::new(),
            by_iso3: FnvMap::default(),
            by_iso2: FnvMap::default(),
            admin1_by_code: FnvMap::default(),
            demonyms: HashMap::new(),
        };
        for r in rows(COUNTRIES_TSV) {
            let i = g.countries.len() as u16;
            g.by_iso3.insert(r[0], i);
            g.by_iso2.insert(r[1], i);
            g.countries.push(Country {
                iso3: r[0],
                iso2: r[1],
                fips: r[2],
                name: r[3],
                lat: num(r[4]),
                lon: num(r[5]),
                population: num(r[6]),
                capital: r[7],
                demonym: r[8],
                alts: r[9],
                geonames_centre: r[10] == "g",
            });
        }
        // The team's table: FIPS, capitals, countries we lack, and centres
        // where ours is not the GeoNames point (the point other gazetteers
        // and annotated corpora give a country).
        let mut iso_names: Vec<(u16, &'static str)> = Vec::new();
        let mut iso_former: Vec<(u16, &'static str)> = Vec::new();
        for r in rows(ISO3166_TSV) {
            if r[6].is_empty() || r[0] == "alpha3" {
                continue;
            }
            let c = match g.by_iso3.get(r[0]) {
                Some(&c) => c,
                None => {
                    let c = g.countries.len() as u16;
                    g.by_iso3.insert(r[0], c);
                    g.by_iso2.insert(r[1], c);
                    g.countries.push(Country {
                        iso3: r[0],
                        iso2: r[1],
                        fips: "",
                        name: r[3],
                        lat: 0.0,
                        lon: 0.0,
                        population: 0,
                        capital: "",
                        demonym: "",
                        alts: "",
                        geonames_centre: false,
                    });
                    c
                }
            };
            let country = &mut g.countries[c as usize];
            country.fips = r[2];
            if !r[4].is_empty() {
                country.capital = r[4];
            }
            if let (false, Ok(lat), Ok(lon)) = (
                country.geonames_centre,
                r[5].parse::<f32>(),
                r[6].parse::<f32>(),
            ) {
                country.lat = lat;
                country.lon = lon;
            }
            iso_names.push((c, r[3]));
        }
        for r in rows(ADMIN1_TSV) {
            let Some(&c) = g.by_iso3.get(r[0]) else {
                continue;
            };
            let i = g.admin1.len() as u32;
            g.admin1_by_code.insert((c, r[1]), i);
            g.admin1.push(Admin1 {
                country: c,
                code: r[1],
                name: r[2],
                lat: num(r[3]),
                lon: num(r[4]),
                population: num(r[5]),
                word: r[6].contains('w'),
                alts: r[7],
            });
        }
        // Rows come grouped by country and division: remember the last ones.
        let mut last_country: (&str, Option<u16>) = ("", None);
        let mut last_admin: (u16, &str, u32) = (u16::MAX, "", u32::MAX);
        let places = rows(PLACES_TSV).map(|r| (r, 0u8));
        let counties = rows(COUNTIES_TSV).map(|r| (r, 1u8));
        let districts = rows(DISTRICTS_TSV).map(|r| (r, 2u8));
        for (r, table) in places.chain(counties).chain(districts) {
            if r[1] != last_country.0 {
                last_country = (r[1], g.by_iso3.get(r[1]).copied());
            }
            let Some(c) = last_country.1 else {
                continue;
            };
            if c != last_admin.0 || r[2] != last_admin.1 {
                let a = g
                    .admin1_by_code
                    .get(&(c, r[2]))
                    .copied()
                    .unwrap_or(u32::MAX);
                last_admin = (c, r[2], a);
            }
            let admin1 = last_admin.2;
            g.places.push(Place {
                name: r[0],
                country: c,
                admin1,
                lat: coord(r[3]),
                lon: coord(r[4]),
                population: match table {
                    0 => num(r[5]),
                    1 => COUNTY_POPULATION,
                    _ => DISTRICT_POPULATION,
                },
                capital: r[6].contains('C'),
                word: r[6].contains('w'),
                district: table == 2,
                alts: r[7],
            });
        }
        for &(name, iso3, lat, lon) in REGIONS {
            if let Some(&c) = g.by_iso3.get(iso3) {
                g.regions.push((name, c, lat as f32, lon as f32));
            }
        }
        let extra =
            parse_extra(EXTRA_TSV, |c| g.by_iso3.contains_key(c)).unwrap_or_else(|e| panic!("{e}"));
        for row in extra {
            match row {
                Extra::Former(name, iso3) => {
                    if let Some(&c) = g.by_iso3.get(iso3) {
                        iso_former.push((c, name));
                    }
                }
                Extra::Region(name, iso3, lat, lon) => {
                    let c = g.by_iso3.get(iso3).copied().unwrap_or(u16::MAX);
                    g.regions.push((name, c, lat, lon));
                }
            }
        }
        g.build_index(&iso_names, &iso_former);
        g.mark_capitals();
        g
    }

    /// Sort the entries, drop duplicates and fill the bucket table.
    fn finish_index(&mut self) {
        self.entries.sort_unstable();
        self.entries
            .dedup_by(|b, a| a.hash == b.hash && a.check == b.check && a.id == b.id);
        self.fill_buckets();
    }

    fn fill_buckets(&mut self) {
        let n = 1usize << BUCKET_BITS;
        let mut buckets = vec![0u32; n + 1];
        let mut j = 0usize;
        for (b, slot) in buckets.iter_mut().enumerate() {
            while j < self.entries.len()
                && ((self.entries[j].hash >> (64 - BUCKET_BITS)) as usize) < b
            {
                j += 1;
            }
            *slot = j as u32;
        }
        self.buckets = buckets;
    }

    /// Capitals from the country table: the most populous place of that
    /// name in the country (or, for "Washington, D.C.", in that division).
    /// Countries whose capital is not found keep the gazetteer's flag.
    fn mark_capitals(&mut self) {
        let mut found: Vec<(u16, usize)> = Vec::new();
        let mut missing: Vec<(&'static str, usize)> = Vec::new();
        for ci in 0..self.countries.len() {
            let cap = self.countries[ci].capital;
            if cap.is_empty() {
                continue;
            }
            let (head, tail) = match cap.split_once(',') {
                Some((h, t)) => (h.trim(), Some(t.trim())),
                None => (cap, None),
            };
            let filter = tail.and_then(|t| self.region_filter(t));
            let best = self
                .lookup_key(&key(head))
                .filter_map(|(id, alt)| match unpack(id) {
                    (PlaceKind::Place, i) if !alt && self.places[i].country == ci as u16 => {
                        Some((id, i))
                    }
                    _ => None,
                })
                .filter(|&(id, _)| filter.is_none_or_matches(self, &self.candidate(id, false)))
                .max_by_key(|&(_, i)| self.places[i].population)
                .map(|(_, i)| i);
            match best {
                Some(i) => found.push((ci as u16, i)),
                None => {
                    // Spelt differently ("Ulaanbaatar" / "Ulan Bator"): give
                    // the gazetteer's own capital this name too.
                    if let Some(i) = self
                        .places
                        .iter()
                        .position(|p| p.capital && p.country == ci as u16)
                    {
                        missing.push((cap, i));
                    }
                }
            }
        }
        if !missing.is_empty() {
            // A handful of entries: insert them in order, then redo the buckets.
            let mut buf = String::new();
            let mut extra = Vec::new();
            for (name, i) in missing {
                push_entry(&mut extra, &mut buf, name, pack(PlaceKind::Place, i), false);
            }
            for e in extra {
                if let Err(pos) = self.entries.binary_search(&e) {
                    self.entries.insert(pos, e);
                }
            }
            self.fill_buckets();
        }
        let mut has = vec![false; self.countries.len()];
        for &(ci, _) in &found {
            has[ci as usize] = true;
        }
        for p in self.places.iter_mut().filter(|p| has[p.country as usize]) {
            p.capital = false;
        }
        for (_, i) in found {
            self.places[i].capital = true;
        }
    }

    fn build_index(&mut self, iso_names: &[(u16, &'static str)], former: &[(u16, &'static str)]) {
        let mut buf = String::with_capacity(64);
        let mut entries = std::mem::take(&mut self.entries);
        let e = &mut entries;
        for (i, c) in self.countries.iter().enumerate() {
            let id = pack(PlaceKind::Country, i);
            push_entry(e, &mut buf, c.name, id, false);
            for a in c.alts.split('|').filter(|a| !a.is_empty()) {
                push_entry(e, &mut buf, a, id, true);
            }
        }
        for &(iso3, name) in COUNTRY_ALIASES {
            if let Some(&c) = self.by_iso3.get(iso3) {
                push_entry(
                    e,
                    &mut buf,
                    name,
                    pack(PlaceKind::Country, c as usize),
                    false,
                );
            }
        }
        for &(c, name) in iso_names {
            push_entry(
                e,
                &mut buf,
                name,
                pack(PlaceKind::Country, c as usize),
                false,
            );
        }
        // Former names of countries ("Zaire"): alternate names.
        for &(c, name) in former {
            push_entry(
                e,
                &mut buf,
                name,
                pack(PlaceKind::Country, c as usize),
                true,
            );
        }
        let mut admin_keys: std::collections::HashSet<(u16, String)> = Default::default();
        for (i, a) in self.admin1.iter().enumerate() {
            let id = pack(PlaceKind::Admin1, i);
            push_entry(e, &mut buf, a.name, id, false);
            admin_keys.insert((a.country, key(a.name)));
            for alt in a.alts.split('|').filter(|a| !a.is_empty()) {
                push_entry(e, &mut buf, alt, id, true);
            }
            // "Muhafazat Hadramawt" is also "Hadramawt" (an alternate name;
            // not a short rest such as "Ghat", which is also a town).
            if let Some(rest) = DIVISION_PREFIXES
                .iter()
                .find_map(|p| a.name.strip_prefix(p))
                .filter(|r| r.len() >= 6)
            {
                push_entry(e, &mut buf, rest, id, true);
            }
        }
        for (i, &(name, c, _, _)) in self.regions.iter().enumerate() {
            // Skip regions the division table already has under that name.
            if admin_keys.contains(&(c, key(name))) {
                continue;
            }
            let id = pack(PlaceKind::Admin1, self.admin1.len() + i);
            push_entry(e, &mut buf, name, id, false);
        }
        for (i, p) in self.places.iter().enumerate() {
            let id = pack(PlaceKind::Place, i);
            push_entry(e, &mut buf, p.name, id, false);
            push_joined_entry(e, &mut buf, p.name, id);
            for a in p.alts.split('|').filter(|a| !a.is_empty()) {
                push_entry(e, &mut buf, a, id, true);
            }
        }
        self.entries = entries;
        self.finish_index();
        for c in 0..self.countries.len() {
            let d = self.countries[c].demonym;
            if !d.is_empty() {
                self.demonyms.insert(key(d), c as u16);
            }
        }
    }

    /// Entries whose name key is `k`: (packed id, matched an alternate name).
    pub(crate) fn lookup_key<'a>(&'a self, k: &str) -> impl Iterator<Item = (u32, bool)> + 'a {
        let (h, check) = hashes(k);
        let b = (h >> (64 - BUCKET_BITS)) as usize;
        let (lo, hi) = match (self.buckets.get(b), self.buckets.get(b + 1)) {
            (Some(&lo), Some(&hi)) => (lo as usize, hi as usize),
            _ => (0, 0),
        };
        self.entries[lo..hi]
            .iter()
            .filter(move |e| e.hash == h && e.check == check)
            .map(|e| (e.id, e.alternate == 1))
    }

    /// The index key under which a transliteration variant of the key `k`
    /// is found ([`push_variant_key`]), written into `buf`: the plain variant
    /// key when it differs from `k` and names an entry, else the marked
    /// variant key when an entry's variant is it. `None` when neither.
    pub(crate) fn variant_lookup_key<'b>(&self, k: &str, buf: &'b mut String) -> Option<&'b str> {
        for long_i in [true, false] {
            if !long_i && !k.contains("ee") {
                break;
            }
            buf.clear();
            buf.push(VARIANT_MARK);
            let differs = push_variant_key_with(k, buf, long_i);
            // Names whose own variant is this one first: a listed name that
            // is spelt like the variant ("Mahmudia" for "Mahmudiyah") is
            // more often another place.
            if self.has_key(buf) {
                return Some(buf.as_str());
            }
            let plain = &buf[VARIANT_MARK.len_utf8()..];
            if differs && self.has_key(plain) {
                return Some(&buf[VARIANT_MARK.len_utf8()..]);
            }
        }
        None
    }

    /// Whether any entry has the name key `k`.
    pub(crate) fn has_key(&self, k: &str) -> bool {
        self.lookup_key(k).next().is_some()
    }

    pub(crate) fn country_index(&self, code: &str) -> Option<u16> {
        match code.len() {
            3 => self.by_iso3.get(code).copied(),
            2 => self.by_iso2.get(code).copied(),
            _ => None,
        }
        .or_else(|| {
            let up = code.to_ascii_uppercase();
            if up == code {
                return None;
            }
            self.country_index(&up)
        })
    }

    pub(crate) fn iso3_of(&self, c: u16) -> &'static str {
        self.countries[c as usize].iso3
    }

    /// Build an unscored candidate from a packed id.
    pub(crate) fn candidate(&self, id: u32, alternate: bool) -> Candidate {
        let (kind, i) = unpack(id);
        match kind {
            PlaceKind::Country => {
                let c = &self.countries[i];
                Candidate {
                    name: c.name,
                    iso3: c.iso3,
                    admin1: None,
                    lat: c.lat as f64,
                    lon: c.lon as f64,
                    kind,
                    population: u32::try_from(c.population).ok().filter(|&p| p > 0),
                    capital: false,
                    alternate,
                    score: 0.0,
                    id,
                    word: false,
                    district: false,
                    listed: false,
                }
            }
            PlaceKind::Admin1 if i >= self.admin1.len() => {
                let (name, c, lat, lon) = self.regions[i - self.admin1.len()];
                Candidate {
                    name,
                    iso3: if c == u16::MAX { "" } else { self.iso3_of(c) },
                    admin1: Some(name),
                    lat: lat as f64,
                    lon: lon as f64,
                    kind,
                    population: None,
                    capital: false,
                    alternate,
                    score: 0.0,
                    id,
                    word: false,
                    district: false,
                    listed: true,
                }
            }
            PlaceKind::Admin1 => {
                let a = &self.admin1[i];
                Candidate {
                    name: a.name,
                    iso3: self.iso3_of(a.country),
                    admin1: Some(a.name),
                    lat: a.lat as f64,
                    lon: a.lon as f64,
                    kind,
                    population: Some(a.population).filter(|&p| p > 0),
                    capital: false,
                    alternate,
                    score: 0.0,
                    id,
                    word: a.word,
                    district: false,
                    listed: false,
                }
            }
            PlaceKind::Place => {
                let p = &self.places[i];
                Candidate {
                    name: p.name,
                    iso3: self.iso3_of(p.country),
                    admin1: self.admin1.get(p.admin1 as usize).map(|a| a.name),
                    lat: p.lat as f64,
                    lon: p.lon as f64,
                    kind,
                    population: Some(p.population).filter(|&p| p > 0),
                    capital: p.capital,
                    alternate,
                    score: 0.0,
                    id,
                    word: p.word,
                    district: p.district,
                    listed: false,
                }
            }
        }
    }

    /// Admin1 (division) index of a candidate, if it has one.
    pub(crate) fn admin1_of(&self, id: u32) -> Option<u32> {
        match unpack(id) {
            (PlaceKind::Place, i) => Some(self.places[i].admin1).filter(|&a| a != u32::MAX),
            (PlaceKind::Admin1, i) if i < self.admin1.len() => Some(i as u32),
            _ => None,
        }
    }

    /// All candidates for a name key, scored with [`base_score`] and the
    /// context countries (most important first), best first.
    pub(crate) fn scored(&self, k: &str, countries: &[u16]) -> Vec<Candidate> {
        let mut out: Vec<Candidate> = self
            .lookup_key(k)
            .map(|(id, alt)| {
                let mut c = self.candidate(id, alt);
                c.score = base_score(&c) + context_bonus(self, &c, countries);
                c
            })
            .collect();
        sort_candidates(&mut out);
        out
    }

    /// Re-score candidates from [`Gazetteer::scored`] for other context
    /// countries, and sort them.
    pub(crate) fn rescore(&self, cands: &mut [Candidate], countries: &[u16]) {
        for c in cands.iter_mut() {
            c.score = base_score(c) + context_bonus(self, c, countries);
        }
        sort_candidates(cands);
    }

    /// Candidates for `name`, best first. With `country` (ISO3 or ISO2),
    /// entries in that country get the first-context-country bonus.
    /// See the crate documentation for the scoring.
    pub fn candidates(&self, name: &str, country: Option<&str>) -> Vec<Candidate> {
        let ctx: Vec<u16> = country
            .and_then(|c| self.country_index(c))
            .into_iter()
            .collect();
        let k = key(name.trim());
        let mut out = self.scored(&k, &[]);
        // An explicit country outweighs everything else (+1.0).
        if let Some(&ci) = ctx.first() {
            let iso3 = self.iso3_of(ci);
            for c in out.iter_mut().filter(|c| c.iso3 == iso3) {
                c.score += 1.0;
            }
            sort_candidates(&mut out);
        }
        town_before_division(&mut out, false);
        if out.is_empty() {
            // "Louisville, Ky." / "Kabul, Afghanistan" typed as one name.
            if let Some((head, tail)) = name.rsplit_once(',') {
                if let Some(loc) = self.resolve_pair(head.trim(), tail.trim(), &ctx) {
                    out.push(loc);
                }
            }
        }
        out
    }

    /// Resolve "Place, Region-or-Country" (e.g. "Paris, Texas").
    pub(crate) fn resolve_pair(&self, head: &str, tail: &str, ctx: &[u16]) -> Option<Candidate> {
        let within = self.region_filter(tail)?;
        let hk = key(head);
        let mut cands = self.scored(&hk, ctx);
        cands.retain(|c| within.matches(self, c));
        cands.into_iter().next()
    }

    /// What a "…, X" tail restricts to: a country or a division.
    pub(crate) fn region_filter(&self, tail: &str) -> Option<RegionFilter> {
        if let Some(&(_, iso3, code)) = STATE_ABBREVIATIONS
            .iter()
            .find(|(a, _, _)| a.eq_ignore_ascii_case(tail))
        {
            let c = self.country_index(iso3)?;
            let a = *self.admin1_by_code.get(&(c, code))?;
            return Some(RegionFilter::Admin1(c, a));
        }
        let tk = key(tail);
        let mut best: Option<Candidate> = None;
        for (id, alt) in self.lookup_key(&tk) {
            let c = self.candidate(id, alt);
            if c.kind == PlaceKind::Place {
                continue;
            }
            let s = base_score(&c);
            let better = match &best {
                None => true,
                Some(b) => s > b.score,
            };
            if better {
                let mut c = c;
                c.score = s;
                best = Some(c);
            }
        }
        let best = best?;
        let ci = self.country_index(best.iso3)?;
        Some(match best.kind {
            PlaceKind::Country => RegionFilter::Country(ci),
            _ => match self.admin1_of(best.id) {
                Some(a) => RegionFilter::Admin1(ci, a),
                None => RegionFilter::Country(ci),
            },
        })
    }

    /// The country as a location (its centroid).
    pub fn country(&self, iso3: &str) -> Option<Location> {
        let c = &self.countries[self.country_index(iso3)? as usize];
        Some(Location {
            name: c.name.to_string(),
            country: Some(c.iso3.to_string()),
            admin1: None,
            lat: Some(c.lat as f64),
            lon: Some(c.lon as f64),
            precision: PlacePrecision::Country,
            span: None,
        })
    }

    /// FIPS 10-4 country code (used by GDELT) of an ISO3 (or ISO2) code.
    pub fn fips(&self, iso3: &str) -> Option<&'static str> {
        let c = &self.countries[self.country_index(iso3)? as usize];
        Some(c.fips).filter(|f| !f.is_empty())
    }

    /// ISO3 code of an ISO2 code (or of an ISO3 code, checked).
    pub fn iso3(&self, code: &str) -> Option<&'static str> {
        Some(self.countries[self.country_index(code)? as usize].iso3)
    }

    /// ISO2 code of an ISO3 code.
    pub fn iso2(&self, iso3: &str) -> Option<&'static str> {
        Some(self.countries[self.country_index(iso3)? as usize].iso2)
    }

    /// The gazetteer's (English) name of a country.
    pub fn country_name(&self, iso3: &str) -> Option<&'static str> {
        Some(self.countries[self.country_index(iso3)? as usize].name)
    }

    /// The national capital as a location.
    pub fn capital(&self, iso3: &str) -> Option<Location> {
        let ci = self.country_index(iso3)?;
        let cap = self.countries[ci as usize].capital;
        if cap.is_empty() {
            return None;
        }
        self.scored(&key(cap), &[ci])
            .into_iter()
            .find(|c| c.iso3 == self.iso3_of(ci) && c.kind == PlaceKind::Place)
            .map(|c| c.to_location())
    }

    /// Country of a nationality adjective ("French" → FRA).
    pub fn demonym(&self, word: &str) -> Option<&'static str> {
        self.demonyms.get(&key(word)).map(|&c| self.iso3_of(c))
    }

    pub(crate) fn demonym_index(&self, k: &str) -> Option<u16> {
        self.demonyms.get(k).copied()
    }

    /// GeoNames code of a first-level division, by country and division
    /// name ("SYR", "Aleppo" → "09"). GDELT's ADM1 code is the FIPS country
    /// code followed by this code.
    pub fn admin1_code(&self, iso3: &str, admin1: &str) -> Option<&'static str> {
        let ci = self.country_index(iso3)?;
        let k = key(admin1);
        self.admin1
            .iter()
            .find(|a| a.country == ci && (a.name == admin1 || key(a.name) == k))
            .map(|a| a.code)
    }

    /// All ISO3 codes, in table order.
    pub fn iso3_codes(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.countries.iter().map(|c| c.iso3)
    }

    /// Sizes: (countries, divisions, places, index keys).
    pub fn stats(&self) -> (usize, usize, usize, usize) {
        (
            self.countries.len(),
            self.admin1.len() + self.regions.len(),
            self.places.len(),
            self.entries.len(),
        )
    }
}

trait FilterExt {
    fn is_none_or_matches(&self, g: &Gazetteer, c: &Candidate) -> bool;
}

impl FilterExt for Option<RegionFilter> {
    fn is_none_or_matches(&self, g: &Gazetteer, c: &Candidate) -> bool {
        match self {
            None => true,
            Some(f) => f.matches(g, c),
        }
    }
}

/// A restriction from a "…, X" tail.
#[derive(Debug, Clone, Copy)]
pub(crate) enum RegionFilter {
    Country(u16),
    Admin1(u16, u32),
}

impl RegionFilter {
    pub(crate) fn matches(&self, g: &Gazetteer, c: &Candidate) -> bool {
        match *self {
            RegionFilter::Country(ci) => c.iso3 == g.iso3_of(ci) && c.kind != PlaceKind::Country,
            RegionFilter::Admin1(ci, a) => {
                c.iso3 == g.iso3_of(ci)
                    && c.kind == PlaceKind::Place
                    && g.admin1_of(c.id) == Some(a)
            }
        }
    }
}

/// Score of a candidate before context: see the crate documentation.
pub(crate) fn base_score(c: &Candidate) -> f32 {
    let mut s = match c.kind {
        PlaceKind::Country => 1.2,
        // Regions listed by hand rank as populous divisions: "Gaza" is the
        // Palestinian territory before Mozambique's province of that name.
        PlaceKind::Admin1 if c.listed => 0.95,
        PlaceKind::Admin1 => {
            // Divisions: 0.8, up to 0.95 for populous ones.
            0.8 + 0.15 * pop_score(c.population.unwrap_or(0).saturating_div(10))
        }
        PlaceKind::Place => pop_score(c.population.unwrap_or(0)),
    };
    if c.capital && !c.alternate {
        // Capitals of tiny territories should not beat real towns.
        s += if c.population.unwrap_or(0) >= 50_000 {
            0.45
        } else {
            0.2
        };
    }
    if c.alternate {
        s -= 0.12;
    }
    s
}

/// log10(population) mapped so that 1,000 → 0.43, 100,000 → 0.71,
/// 10 million → 1.0.
pub(crate) fn pop_score(p: u32) -> f32 {
    ((p.max(1000) as f32).log10() / 7.0).min(1.0)
}

/// Bonus for lying in a context country: +0.35 for the first, +0.25 for the
/// others.
pub(crate) fn context_bonus(g: &Gazetteer, c: &Candidate, countries: &[u16]) -> f32 {
    for (i, &ci) in countries.iter().enumerate() {
        if g.iso3_of(ci) == c.iso3 {
            return if i == 0 { 0.35 } else { 0.25 };
        }
    }
    0.0
}

/// A division that shares its name with a town of 100,000+ in the same
/// country is read as the town ("Aleppo", "Kiev"), unless `province` (the
/// text said "province").
///
/// Not when the town goes by "X City" and the division is at least three
/// times as populous and the town is no national capital ("Quebec" /
/// "Quebec City", "Oaxaca" / "Oaxaca City"): the bare name is then the
/// division, also when the town scored higher.
pub(crate) fn town_before_division(cands: &mut Vec<Candidate>, province: bool) {
    if province || cands.is_empty() {
        return;
    }
    if cands[0].kind == PlaceKind::Place {
        let town = &cands[0];
        if let Some(pos) = cands
            .iter()
            .position(|d| d.kind == PlaceKind::Admin1 && city_named_town(d, town))
        {
            let mut division = cands.remove(pos);
            division.score = division.score.max(cands[0].score + 0.01);
            cands.insert(0, division);
        }
        return;
    }
    if cands[0].kind != PlaceKind::Admin1 {
        return;
    }
    let top_iso3 = cands[0].iso3;
    if let Some(pos) = cands.iter().position(|c| {
        let pop = c.population.unwrap_or(0);
        c.kind == PlaceKind::Place
            && c.iso3 == top_iso3
            && pop >= 100_000
            && (!c.alternate || pop >= 1_000_000)
            && !city_named_town(&cands[0], c)
    }) {
        let mut town = cands.remove(pos);
        town.score = town.score.max(cands[0].score + 0.01);
        cands.insert(0, town);
    }
}

/// `town` is the division's namesake town known as "<division> City", in
/// its country, no national capital, and the division has at least three
/// times its people.
fn city_named_town(division: &Candidate, town: &Candidate) -> bool {
    if town.kind != PlaceKind::Place
        || town.capital
        || town.iso3 != division.iso3
        || division.iso3.is_empty()
    {
        return false;
    }
    let (tp, dp) = (
        town.population.unwrap_or(0),
        division.population.unwrap_or(0),
    );
    if tp == 0 || (dp as u64) < 3 * tp as u64 {
        return false;
    }
    let mut k = key(division.name);
    if key(town.name) != k {
        return false;
    }
    k.push_str(" city");
    Gazetteer::get().lookup_key(&k).any(|(id, _)| id == town.id)
}

pub(crate) fn sort_candidates(v: &mut [Candidate]) {
    v.sort_by(|a, b| {
        b.score
            .total_cmp(&a.score)
            .then(b.population.unwrap_or(0).cmp(&a.population.unwrap_or(0)))
            .then(a.id.cmp(&b.id))
    });
}
