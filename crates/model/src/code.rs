//! CAMEO actor codes: chains of three-letter parts, most general first.
//!
//! `USAGOV` is the US government, `IGOWSTNAT` NATO (intergovernmental, western,
//! known group NAT), `SYROPPHRI` a Syrian opposition human-rights group. The
//! event output splits a code into `country`, `org` (the known-group part,
//! what GDELT puts in `Actor1KnownGroupCode`) and `role` (the first role part).

/// Role parts, primary and secondary (see `data/cameo/actor_codes.md`).
pub const ROLE_CODES: &[&str] = &[
    "GOV", "MIL", "COP", "JUD", "LEG", "OPP", "REB", "INS", "SEP", "SPY", "UAF", "PTY", "AGR",
    "BUS", "CRM", "CVL", "DEV", "EDU", "ELI", "ENV", "HLH", "HRI", "LAB", "MED", "REF", "MOD",
    "RAD", "REL", "IGO", "NGO", "NGM",
];

/// Prefixes that stand where a country would for transnational actors.
pub const TRANSNATIONAL: &[&str] = &["IGO", "NGO", "IMG", "MNC", "INT", "UIS"];

/// Region parts used inside IGO/NGO chains.
pub const REGION_CODES: &[&str] = &[
    "AFR", "ASA", "BLK", "CRB", "CAU", "CFR", "CAS", "CEU", "EIN", "EAF", "EEU", "EUR", "LAM",
    "MEA", "MDT", "NAF", "NMR", "SAF", "SAS", "SEA", "WAF", "WST", "SAM", "BAL", "PGS", "SCN",
];

/// Religion parts (CAMEO's religion codes, `data/cameo/actor_codes.md`): a
/// primary code (MOS, CHR, JEW, ...) and its denomination (SHI, SUN, CTH,
/// ...). They follow the country and role ("Iraqi Christians" `IRQCVLCHR`,
/// "Shiite militia" `---UAFMOSSHI`) and are neither roles nor known groups.
pub const RELIGION_CODES: &[&str] = &[
    // primary
    "ADR", "ATH", "BAH", "BUD", "CHR", "CON", "HIN", "IRR", "ITR", "JAN", "JEW", "MOS", "NRM",
    "PAG", "SHN", "SIK", "TAO", "ZRO", // denominations
    "ALE", "ANG", "CPT", "CTH", "DOX", "DRZ", "HSD", "LDS", "MAY", "MRN", "PRO", "SFI", "SHI",
    "SUN", "UDX",
];

/// Primary religion codes (the first religion part is `Religion1Code` in GDELT).
const RELIGION_PRIMARY: usize = 18;

/// Three-letter parts packed into integers, for the membership tests that
/// the recogniser runs for every candidate reading.
const fn pack(s: &str) -> u32 {
    let b = s.as_bytes();
    (b[0] as u32) << 16 | (b[1] as u32) << 8 | b[2] as u32
}

const fn pack_all<const N: usize>(list: &[&str]) -> [u32; N] {
    let mut out = [0u32; N];
    let mut i = 0;
    while i < N {
        out[i] = pack(list[i]);
        i += 1;
    }
    out
}

const ROLE_PACKED: [u32; ROLE_CODES.len()] = pack_all(ROLE_CODES);
const TRANSNATIONAL_PACKED: [u32; TRANSNATIONAL.len()] = pack_all(TRANSNATIONAL);
const REGION_PACKED: [u32; REGION_CODES.len()] = pack_all(REGION_CODES);
const RELIGION_PACKED: [u32; RELIGION_CODES.len()] = pack_all(RELIGION_CODES);

/// A parsed actor code.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ActorCode {
    pub code: String,
    pub country: Option<String>,
    pub org: Option<String>,
    pub role: Option<String>,
}

impl ActorCode {
    /// Split a code into its parts. Returns `None` if it is not a chain of
    /// three-character parts made of `A-Z` and `-`.
    pub fn parse(code: &str) -> Option<ActorCode> {
        let (country, org, role) = Self::split(code)?;
        Some(ActorCode {
            code: code.to_string(),
            country: country.map(str::to_string),
            org: org.map(str::to_string),
            role: role.map(str::to_string),
        })
    }

    /// The country part of a code, without allocating (`None` for an invalid
    /// code or one with no country). The recogniser asks this for every
    /// candidate reading, so it must be cheap.
    pub fn country_of(code: &str) -> Option<&str> {
        Self::split(code).and_then(|(c, _, _)| c)
    }

    /// (country, org, role) parts of a valid code, borrowed from it.
    pub fn split(code: &str) -> Option<(Option<&str>, Option<&str>, Option<&str>)> {
        if code.is_empty()
            || !code.len().is_multiple_of(3)
            || !code.bytes().all(|b| b.is_ascii_uppercase() || b == b'-')
        {
            return None;
        }
        let part = |i: usize| &code[i * 3..i * 3 + 3];
        let is_role = |p: &str| ROLE_PACKED.contains(&pack(p));
        let is_region = |p: &str| REGION_PACKED.contains(&pack(p));
        let is_religion = |p: &str| RELIGION_PACKED.contains(&pack(p));
        let nparts = code.len() / 3;
        let (mut country, mut org, mut role) = (None, None, None);
        let first = part(0);
        let mut from = 1;
        if first == "---" || TRANSNATIONAL_PACKED.contains(&pack(first)) || is_region(first) {
        } else if !is_role(first) {
            country = Some(first);
        } else {
            from = 0;
        }
        for p in (from..nparts).map(part) {
            if is_role(p) {
                if role.is_none() {
                    role = Some(p);
                }
            } else if is_region(p) || is_religion(p) {
                continue;
            } else {
                // The last known-group part is the most specific: IGOUNOKID is UNICEF.
                org = Some(p);
            }
        }
        Some((country, org, role))
    }

    /// The religion parts of a code, as GDELT's `Religion1Code` (the primary
    /// religion, MOS, CHR, ...) and `Religion2Code` (the denomination, SHI,
    /// CTH, ...): `IRQUAFMOSSHI` → (MOS, SHI). Only parts after the first
    /// (a country or `---` stands first).
    pub fn religions(code: &str) -> (Option<&str>, Option<&str>) {
        if code.len() < 6 || !code.len().is_multiple_of(3) || !code.is_ascii() {
            return (None, None);
        }
        let (mut r1, mut r2) = (None, None);
        for i in 1..code.len() / 3 {
            let p = &code[i * 3..i * 3 + 3];
            match RELIGION_CODES.iter().position(|r| *r == p) {
                Some(k) if k < RELIGION_PRIMARY && r1.is_none() => r1 = Some(p),
                Some(k) if k >= RELIGION_PRIMARY && r2.is_none() => r2 = Some(p),
                _ => {}
            }
        }
        (r1, r2)
    }

    /// The code with `role` appended (or replacing a trailing role), keeping
    /// country and org parts: `FRA` + `GOV` → `FRAGOV`; `FRACVL` + `GOV` → `FRAGOV`.
    pub fn with_role(&self, role: &str) -> String {
        let mut base = self.code.as_str();
        if base.len() >= 6 {
            let tail = &base[base.len() - 3..];
            if ROLE_CODES.contains(&tail) {
                base = &base[..base.len() - 3];
            }
        }
        if base.ends_with(role) {
            base.to_string()
        } else {
            format!("{base}{role}")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_country_role() {
        let c = ActorCode::parse("USAGOV").unwrap();
        assert_eq!(c.country.as_deref(), Some("USA"));
        assert_eq!(c.role.as_deref(), Some("GOV"));
        assert_eq!(c.org, None);
    }

    #[test]
    fn parses_known_group() {
        let c = ActorCode::parse("IGOWSTNAT").unwrap();
        assert_eq!(c.country, None);
        assert_eq!(c.org.as_deref(), Some("NAT"));
        let c = ActorCode::parse("NGOHRIAMN").unwrap();
        assert_eq!(c.org.as_deref(), Some("AMN"));
        assert_eq!(c.role.as_deref(), Some("HRI"));
        let c = ActorCode::parse("IGOUNO").unwrap();
        assert_eq!(c.org.as_deref(), Some("UNO"));
        let c = ActorCode::parse("IGOUNOKID").unwrap();
        assert_eq!(c.org.as_deref(), Some("KID"));
    }

    #[test]
    fn religion_parts_are_not_known_groups() {
        let c = ActorCode::parse("IRQUAFMOSSHI").unwrap();
        assert_eq!(c.country.as_deref(), Some("IRQ"));
        assert_eq!(c.role.as_deref(), Some("UAF"));
        assert_eq!(c.org, None);
        assert_eq!(
            ActorCode::religions("IRQUAFMOSSHI"),
            (Some("MOS"), Some("SHI"))
        );
        assert_eq!(
            ActorCode::religions("EGYCVLCHRCPT"),
            (Some("CHR"), Some("CPT"))
        );
        assert_eq!(ActorCode::religions("ISRCVLJEW"), (Some("JEW"), None));
        assert_eq!(ActorCode::religions("USAGOV"), (None, None));
        // A known group after a religion part is still the known group.
        assert_eq!(
            ActorCode::parse("IGOUNOKID").unwrap().org.as_deref(),
            Some("KID")
        );
    }

    #[test]
    fn region_is_not_a_country() {
        let c = ActorCode::parse("LAM").unwrap();
        assert_eq!(c.country, None);
        // NAM is Namibia, not a region.
        assert_eq!(
            ActorCode::parse("NAMGOV").unwrap().country.as_deref(),
            Some("NAM")
        );
    }

    #[test]
    fn parses_unknown_country() {
        let c = ActorCode::parse("---REB").unwrap();
        assert_eq!(c.country, None);
        assert_eq!(c.role.as_deref(), Some("REB"));
        assert!(ActorCode::parse("usa").is_none());
        assert!(ActorCode::parse("USAG").is_none());
    }

    #[test]
    fn with_role_replaces_trailing_role() {
        let c = ActorCode::parse("FRA").unwrap();
        assert_eq!(c.with_role("GOV"), "FRAGOV");
        let c = ActorCode::parse("FRACVL").unwrap();
        assert_eq!(c.with_role("GOV"), "FRAGOV");
        let c = ActorCode::parse("FRAGOV").unwrap();
        assert_eq!(c.with_role("GOV"), "FRAGOV");
    }
}
