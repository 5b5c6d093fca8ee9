//! The CAMEO event ontology as data: `data/cameo/cameo_codes.tsv`.
//!
//! Names, Goldstein scores, quad classes and PLOVER categories are facts kept
//! in one table; pattern files only name codes, so fixing a score is a
//! one-line edit that every pattern follows.

use rustc_hash::FxHashMap;

/// One CAMEO code.
#[derive(Debug, Clone, PartialEq)]
pub struct CameoCode {
    pub code: String,
    pub root: String,
    pub name: String,
    pub goldstein: f64,
    pub quad_class: u8,
    pub plover: Option<String>,
    pub plover_mode: Option<String>,
}

/// The code table.
#[derive(Debug, Default)]
pub struct Cameo {
    codes: FxHashMap<String, CameoCode>,
    order: Vec<String>,
}

const TABLE: &str = include_str!(concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../data/cameo/cameo_codes.tsv"
));

impl Cameo {
    /// The built-in table, loaded once.
    pub fn get() -> &'static Cameo {
        static C: std::sync::LazyLock<Cameo> = std::sync::LazyLock::new(|| {
            Cameo::parse("data/cameo/cameo_codes.tsv", TABLE).unwrap_or_else(|e| panic!("{e}"))
        });
        &C
    }

    /// Parse the TSV (`code root name goldstein quad_class plover plover_mode`).
    pub fn parse(file: &str, text: &str) -> Result<Cameo, String> {
        let mut c = Cameo::default();
        for (i, line) in text.lines().enumerate() {
            if line.starts_with('#') || line.trim().is_empty() || line.starts_with("code\t") {
                continue;
            }
            let f: Vec<&str> = line.split('\t').collect();
            if f.len() < 5 {
                return Err(format!(
                    "{file}:{}: expected at least 5 tab-separated columns",
                    i + 1
                ));
            }
            let goldstein: f64 = f[3]
                .trim()
                .parse()
                .map_err(|_| format!("{file}:{}: bad Goldstein score {:?}", i + 1, f[3]))?;
            let quad_class: u8 = f[4]
                .trim()
                .parse()
                .map_err(|_| format!("{file}:{}: bad quad class {:?}", i + 1, f[4]))?;
            let opt = |k: usize| {
                f.get(k)
                    .map(|s| s.trim())
                    .filter(|s| !s.is_empty())
                    .map(str::to_string)
            };
            let code = f[0].trim().to_string();
            c.order.push(code.clone());
            c.codes.insert(
                code.clone(),
                CameoCode {
                    code,
                    root: f[1].trim().to_string(),
                    name: f[2].trim().to_string(),
                    goldstein,
                    quad_class,
                    plover: opt(5),
                    plover_mode: opt(6),
                },
            );
        }
        Ok(c)
    }

    pub fn lookup(&self, code: &str) -> Option<&CameoCode> {
        self.codes.get(code)
    }

    /// All codes in table order.
    pub fn codes(&self) -> impl Iterator<Item = &CameoCode> {
        self.order.iter().map(move |c| &self.codes[c])
    }

    pub fn len(&self) -> usize {
        self.order.len()
    }

    pub fn is_empty(&self) -> bool {
        self.order.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_loads_and_has_all_roots() {
        let c = Cameo::get();
        assert!(c.len() > 300, "{}", c.len());
        for r in 1..=20 {
            let root = format!("{r:02}");
            let e = c.lookup(&root).unwrap_or_else(|| panic!("root {root}"));
            assert_eq!(e.root, root);
        }
        let e = c.lookup("190").unwrap();
        assert_eq!(e.quad_class, 4);
        assert!(e.goldstein < -5.0);
        assert_eq!(c.lookup("042").unwrap().quad_class, 1);
    }

    #[test]
    fn bad_rows_name_the_line() {
        let e = Cameo::parse("t.tsv", "# x\n01\t01\tX\tnope\t1\n").unwrap_err();
        assert!(e.starts_with("t.tsv:2: bad Goldstein"), "{e}");
    }
}
