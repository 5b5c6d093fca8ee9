//! Near-duplicate detection: MinHash signatures over word shingles, with
//! locality-sensitive hashing (LSH) bands to find candidates.
//!
//! * **Shingles**: lower-cased runs of letters and digits ("words"), taken
//!   [`SHINGLE`] at a time (overlapping). Punctuation, case and spacing do not
//!   matter, so a wire copy with a different dateline or typography keeps
//!   almost all its shingles.
//! * **Signature**: [`HASHES`] independent hash functions; for each, the
//!   smallest value over the article's shingles. Two articles agree on one
//!   function's minimum with probability equal to their Jaccard similarity, so
//!   the fraction of agreeing minima estimates it (standard error about 0.04 at
//!   J = 0.8). Only the low 16 bits of each minimum are kept (b-bit MinHash;
//!   chance agreement 1/65536): 224 bytes per article.
//! * **LSH**: the 112 minima are cut into [`BANDS`] bands of [`ROWS`]; two
//!   articles become candidates when all the minima of at least one band
//!   agree. The chance of that is `1 - (1 - J^7)^16`: 0.98 at J = 0.8, 0.998 at
//!   J = 0.85, 0.12 at J = 0.5 and 0.003 at J = 0.3, so true copies are found
//!   and unrelated articles rarely cost a comparison.
//! * **Decision**: a candidate is a duplicate when the estimated Jaccard is at
//!   least [`THRESHOLD`] (0.8).
//!
//! The parameters are part of the stored data (signatures and band keys are
//! on disk); changing any of them needs a schema migration.

use xxhash_rust::xxh3::xxh3_64;

/// Words per shingle.
pub const SHINGLE: usize = 4;
/// Hash functions in a signature.
pub const HASHES: usize = BANDS * ROWS;
/// LSH bands.
pub const BANDS: usize = 16;
/// Minima per band.
pub const ROWS: usize = 7;
/// Estimated Jaccard similarity from which an article is a near-duplicate.
pub const THRESHOLD: f64 = 0.8;

/// splitmix64: a good 64-bit mixer, used for word hashes and the fixed parameters.
#[inline]
fn mix64(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// The fixed (a, b) of each hash function `h(x) = a*x + b mod 2^32` (a odd).
/// Generated from a constant seed: never change (signatures are stored).
fn params() -> &'static ([u32; HASHES], [u32; HASHES]) {
    static P: std::sync::OnceLock<([u32; HASHES], [u32; HASHES])> = std::sync::OnceLock::new();
    P.get_or_init(|| {
        let mut a = [0u32; HASHES];
        let mut b = [0u32; HASHES];
        let mut s: u64 = 0x6174_7461_6368_6531; // "attache1"
        for i in 0..HASHES {
            s = s.wrapping_add(0x9e37_79b9_7f4a_7c15);
            let r = mix64(s);
            a[i] = (r as u32) | 1;
            b[i] = (r >> 32) as u32;
        }
        (a, b)
    })
}

/// For each ASCII byte: its lower-case form if it is a letter or a digit,
/// else 0.
const ASCII_WORD: [u8; 128] = {
    let mut t = [0u8; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        if c.is_ascii_alphanumeric() {
            t[b] = c.to_ascii_lowercase();
        }
        b += 1;
    }
    t
};

/// Hash every word of `text` (lower-cased letters and digits), in order.
///
/// Works on bytes: ASCII (nearly all of English news) costs a table test
/// and a multiply per byte; other characters are decoded and lower-cased as
/// `char`s, which gives the same hashes a `chars()` loop would.
pub fn word_hashes(text: &str, out: &mut Vec<u64>) {
    const SEED: u64 = 0xcbf2_9ce4_8422_2325;
    const PRIME: u64 = 0x0100_0000_01b3;
    out.clear();
    let bytes = text.as_bytes();
    let mut h: u64 = SEED;
    let mut in_word = false;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let word_char = if b < 0x80 {
            i += 1;
            let l = ASCII_WORD[b as usize];
            if l != 0 {
                h = (h ^ l as u64).wrapping_mul(PRIME);
            }
            l != 0
        } else {
            // A multi-byte character starts here (`text` is UTF-8).
            let c = text[i..].chars().next().unwrap_or(' ');
            i += c.len_utf8();
            if c.is_alphanumeric() {
                for l in c.to_lowercase() {
                    h = (h ^ l as u64).wrapping_mul(PRIME);
                }
                true
            } else {
                false
            }
        };
        if word_char {
            in_word = true;
        } else if in_word {
            out.push(mix64(h));
            h = SEED;
            in_word = false;
        }
    }
    if in_word {
        out.push(mix64(h));
    }
}

/// The 32-bit hash of every shingle of `words` (one shingle when there are
/// fewer than [`SHINGLE`] words).
fn shingle_hashes(words: &[u64], out: &mut Vec<u32>) {
    let n = words.len().saturating_sub(SHINGLE - 1).max(1);
    for i in 0..n {
        let mut x: u64 = 0;
        for w in &words[i..(i + SHINGLE).min(words.len())] {
            x = x.wrapping_mul(0x9e37_79b9_7f4a_7c15).wrapping_add(*w);
        }
        let x = mix64(x);
        out.push((x ^ (x >> 32)) as u32);
    }
}

/// The minimum of each hash function `a*x + b mod 2^32` over the shingle
/// hashes. This is most of the cost of a signature, and of the CPU that
/// `ingest` spends beyond `code` outside SQLite: ~500,000 instructions per
/// news article when compiled for the x86-64 baseline, whose SSE2 has no
/// 32-bit lane multiply. [`minima_avx2`] and [`minima_avx512`] are the same
/// loop compiled with AVX2 and AVX-512 (eight and sixteen lanes per
/// multiply), chosen at run time by [`minima_best`]; a test checks that all
/// give the same minima.
#[inline(always)]
fn minima(shingles: &[u32]) -> [u32; HASHES] {
    let (a, b) = params();
    let mut mins = [u32::MAX; HASHES];
    for &x in shingles {
        for k in 0..HASHES {
            let v = a[k].wrapping_mul(x).wrapping_add(b[k]);
            mins[k] = mins[k].min(v);
        }
    }
    mins
}

/// [`minima`] compiled for AVX2.
///
/// # Safety
/// The CPU must support AVX2.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
unsafe fn minima_avx2(shingles: &[u32]) -> [u32; HASHES] {
    minima(shingles)
}

/// [`minima`] compiled for AVX-512: sixteen lanes per multiply, and the 112
/// minima with both parameter arrays fit in its 32 registers, so the loop
/// over the shingles loads nothing but the shingle.
///
/// # Safety
/// The CPU must support AVX-512F.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx512f")]
unsafe fn minima_avx512(shingles: &[u32]) -> [u32; HASHES] {
    minima(shingles)
}

/// [`minima`] with the widest vectors this CPU has (the same minima).
fn minima_best(shingles: &[u32]) -> [u32; HASHES] {
    #[cfg(target_arch = "x86_64")]
    {
        if std::arch::is_x86_feature_detected!("avx512f") {
            // SAFETY: the CPU has AVX-512F (checked just above).
            return unsafe { minima_avx512(shingles) };
        }
        if std::arch::is_x86_feature_detected!("avx2") {
            // SAFETY: the CPU has AVX2 (checked just above).
            return unsafe { minima_avx2(shingles) };
        }
    }
    minima(shingles)
}

/// A MinHash signature: the minimum of each hash function over the shingles.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signature {
    pub mins: [u32; HASHES],
}

impl Signature {
    /// The signature of `text`, or `None` when it has no word at all. Texts
    /// shorter than a shingle are one shingle.
    pub fn of(text: &str) -> Option<Signature> {
        let mut words = Vec::with_capacity(text.len() / 5);
        word_hashes(text, &mut words);
        Self::of_words(&words)
    }

    /// The signature of a sequence of word hashes (see [`word_hashes`]).
    pub fn of_words(words: &[u64]) -> Option<Signature> {
        if words.is_empty() {
            return None;
        }
        let mut shingles = Vec::with_capacity(words.len());
        shingle_hashes(words, &mut shingles);
        Some(Signature {
            mins: minima_best(&shingles),
        })
    }

    /// The LSH band keys: one 64-bit key per band, mixing the band number in
    /// so equal minima in different bands do not collide.
    pub fn bands(&self) -> [i64; BANDS] {
        let mut out = [0i64; BANDS];
        let mut buf = [0u8; 4 * ROWS + 1];
        for (band, o) in out.iter_mut().enumerate() {
            buf[0] = band as u8;
            for r in 0..ROWS {
                let v = self.mins[band * ROWS + r];
                buf[1 + 4 * r..5 + 4 * r].copy_from_slice(&v.to_le_bytes());
            }
            *o = xxh3_64(&buf) as i64;
        }
        out
    }

    /// The stored form: the low 16 bits of each minimum, little-endian.
    pub fn to_blob(&self) -> Vec<u8> {
        let mut v = Vec::with_capacity(HASHES * 2);
        for m in &self.mins {
            v.extend_from_slice(&(*m as u16).to_le_bytes());
        }
        v
    }

    /// Estimated Jaccard similarity with a stored signature (see [`Signature::to_blob`]).
    pub fn similarity(&self, blob: &[u8]) -> f64 {
        if blob.len() != HASHES * 2 {
            return 0.0;
        }
        let same = self
            .mins
            .iter()
            .zip(blob.chunks_exact(2))
            .filter(|(m, b)| (**m as u16).to_le_bytes() == [b[0], b[1]])
            .count();
        same as f64 / HASHES as f64
    }
}

/// Exact Jaccard similarity of two texts' shingle sets (for tests and tuning).
pub fn jaccard(a: &str, b: &str) -> f64 {
    fn set(t: &str) -> std::collections::HashSet<u64> {
        let mut w = Vec::new();
        word_hashes(t, &mut w);
        let n = w.len().saturating_sub(SHINGLE - 1).max(1);
        if w.is_empty() {
            return Default::default();
        }
        (0..n)
            .map(|i| {
                w[i..(i + SHINGLE).min(w.len())].iter().fold(0u64, |x, v| {
                    x.wrapping_mul(0x9e37_79b9_7f4a_7c15).wrapping_add(*v)
                })
            })
            .collect()
    }
    let (x, y) = (set(a), set(b));
    if x.is_empty() && y.is_empty() {
        return 1.0;
    }
    x.intersection(&y).count() as f64 / x.union(&y).count() as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A deterministic pseudo-text of `n` distinct-ish words.
    fn words(seed: u64, n: usize) -> Vec<String> {
        (0..n)
            .map(|i| format!("w{:x}", mix64(seed * 1_000_003 + i as u64) % 5000))
            .collect()
    }

    #[test]
    fn case_punctuation_and_spacing_do_not_matter() {
        let a = Signature::of("The minister said: talks will resume on Monday.").unwrap();
        let b = Signature::of("the MINISTER said talks   will resume on monday").unwrap();
        assert_eq!(a, b);
        assert!(Signature::of("  ... !! ").is_none());
        assert!(Signature::of("One").is_some());
    }

    #[test]
    fn estimate_tracks_exact_jaccard() {
        // Texts of 400 words sharing a varying fraction of their words.
        for keep in [1.0, 0.95, 0.9, 0.8, 0.6, 0.3, 0.0] {
            let base = words(1, 400);
            let other = words(2, 400);
            let cut = (400.0 * keep) as usize;
            let a = base.join(" ");
            let b = base[..cut]
                .iter()
                .chain(other[cut..].iter())
                .cloned()
                .collect::<Vec<_>>()
                .join(" ");
            let j = jaccard(&a, &b);
            let est = Signature::of(&a)
                .unwrap()
                .similarity(&Signature::of(&b).unwrap().to_blob());
            assert!(
                (est - j).abs() < 0.15,
                "keep {keep}: exact {j:.3}, estimate {est:.3}"
            );
        }
    }

    /// Signatures and band keys are stored: the same text must give the
    /// same values in every build (these were computed by the first
    /// version of this module, before the AVX2 path).
    #[test]
    fn signatures_are_stable() {
        let s = Signature::of(
            "Ministers of the two countries met in the capital on Monday and agreed \
             to reopen the border crossing, officials said.",
        )
        .unwrap();
        assert_eq!(&s.mins[..4], &[191967480, 20917797, 520705872, 1958644]);
        assert_eq!(s.mins[111], 197905003);
        assert_eq!(s.bands()[15], -3827916096643670287);
    }

    /// The AVX2 and AVX-512 loops (when this CPU has them) give the portable
    /// loop's minima.
    #[test]
    fn vector_minima_equal_portable_ones() {
        #[cfg(target_arch = "x86_64")]
        for (seed, n) in [(1u64, 1usize), (2, 7), (3, 600), (4, 2500)] {
            let shingles: Vec<u32> = (0..n)
                .map(|i| mix64(seed << 32 | i as u64) as u32)
                .collect();
            let portable = minima(&shingles);
            if std::arch::is_x86_feature_detected!("avx2") {
                // SAFETY: AVX2 is present (checked just above).
                assert_eq!(unsafe { minima_avx2(&shingles) }, portable);
            }
            if std::arch::is_x86_feature_detected!("avx512f") {
                // SAFETY: AVX-512F is present (checked just above).
                assert_eq!(unsafe { minima_avx512(&shingles) }, portable);
            }
            assert_eq!(minima_best(&shingles), portable);
        }
    }

    /// The byte loop hashes words as a plain `char` loop does, in any script.
    #[test]
    fn word_hashes_match_a_char_loop() {
        fn by_chars(text: &str) -> Vec<u64> {
            let mut out = Vec::new();
            let mut h: u64 = 0xcbf2_9ce4_8422_2325;
            let mut in_word = false;
            for c in text.chars() {
                if c.is_alphanumeric() {
                    in_word = true;
                    for l in c.to_lowercase() {
                        h = (h ^ l as u64).wrapping_mul(0x0100_0000_01b3);
                    }
                } else if in_word {
                    out.push(mix64(h));
                    h = 0xcbf2_9ce4_8422_2325;
                    in_word = false;
                }
            }
            if in_word {
                out.push(mix64(h));
            }
            out
        }
        for t in [
            "",
            "Plain ASCII, with 2024 digits; and punctuation!",
            "Erdoğan met Lula in São Paulo — «talks» went on",
            "Москва и Киев: переговоры",
            "İSTANBUL ẞtraße ÆØÅ naïve café",
            "北京 2024年 上海",
            "emoji 🙂 between words",
        ] {
            let mut got = Vec::new();
            word_hashes(t, &mut got);
            assert_eq!(got, by_chars(t), "{t}");
        }
    }

    #[test]
    fn identical_texts_share_all_bands() {
        let t = words(7, 300).join(" ");
        let a = Signature::of(&t).unwrap();
        let b = Signature::of(&t).unwrap();
        assert_eq!(a.bands(), b.bands());
        assert_eq!(a.similarity(&b.to_blob()), 1.0);
        let c = Signature::of(&words(8, 300).join(" ")).unwrap();
        assert!(a.bands().iter().all(|k| !c.bands().contains(k)));
        assert!(a.similarity(&c.to_blob()) < 0.1);
    }
}
