//! A Bloom filter over the stored LSH band keys, used by a bulk ingest to
//! skip the band lookup of articles that cannot be near-duplicates.
//!
//! Why: every stored article looks up its 16 band keys in `article_bands`
//! and its segments (see [`crate::minhash`]). Nine articles in ten
//! are first copies, whose keys are nowhere in the store, yet each lookup
//! walks a b-tree that outgrows the page cache as the store grows: on a
//! 40,000-article replay the lookup was an eighth of the writer's CPU. The
//! filter answers "certainly not stored" for almost all of those keys from
//! memory, and the lookup then runs only for the keys it cannot rule out.
//!
//! A Bloom filter has no false negatives, so no near-duplicate is missed: a
//! key that was stored always passes. False positives only cost a lookup.
//! Band keys are already 64-bit hashes (xxh3), so the probe positions are
//! taken from the key itself by double hashing.
//!
//! It is built only in bulk mode ([`crate::Store::defer_query_indexes`]),
//! where the ingest is at least a quarter of the store, so reading every
//! stored key once to fill it costs a fraction of the ingest. The size is
//! fixed ([`GATE_BITS`], 4 MiB): about 1 false positive per 1,000 keys with
//! 1.6 million keys stored (100,000 first copies), so ~2% of first copies
//! still look up one key; past ~500,000 first copies it lets most articles
//! through and the ingest does what it did without it.
//!
//! Other writers: the filter knows the highest article id when it was last
//! brought up to date; a batch that finds another id there (some other
//! connection stored articles) reads the keys again.

/// Bits in the filter (a power of two).
pub const GATE_BITS: u64 = 1 << 25;
/// Probes per key.
const PROBES: u64 = 4;

/// A Bloom filter over 64-bit keys that are hashes already (band keys,
/// fusion keys): the probe positions are taken from the key by double
/// hashing. Also used by [`crate::fuse`] to find the few fusion keys that
/// occur twice without sorting every event.
pub(crate) struct Bloom {
    bits: Vec<u64>,
    /// Bits - 1 (the size is a power of two).
    mask: u64,
}

impl Bloom {
    /// An empty filter of `bits` bits (rounded up to a power of two, at least 64).
    pub(crate) fn new(bits: u64) -> Bloom {
        let bits = bits.next_power_of_two().max(64);
        Bloom {
            bits: vec![0; (bits / 64) as usize],
            mask: bits - 1,
        }
    }

    fn positions(&self, key: i64) -> impl Iterator<Item = u64> {
        let k = key as u64;
        let (h1, h2, mask) = (k & 0xffff_ffff, (k >> 32) | 1, self.mask);
        (0..PROBES).map(move |i| h1.wrapping_add(i.wrapping_mul(h2)) & mask)
    }

    /// Record a key.
    pub(crate) fn insert(&mut self, key: i64) {
        for p in self.positions(key) {
            self.bits[(p / 64) as usize] |= 1 << (p % 64);
        }
    }

    /// Could `key` have been recorded? `false` is certain.
    pub(crate) fn may_contain(&self, key: i64) -> bool {
        self.positions(key)
            .all(|p| self.bits[(p / 64) as usize] & (1 << (p % 64)) != 0)
    }

    /// Forget every key.
    fn clear(&mut self) {
        self.bits.iter_mut().for_each(|w| *w = 0);
    }
}

/// The filter over the stored band keys, and the store's highest article
/// id it has seen.
pub(crate) struct BandGate {
    bloom: Bloom,
    /// `max(articles.id)` when the filter last matched the stored keys.
    pub(crate) last_article: i64,
}

impl BandGate {
    /// An empty filter.
    pub(crate) fn new(last_article: i64) -> BandGate {
        BandGate {
            bloom: Bloom::new(GATE_BITS),
            last_article,
        }
    }

    /// Record a stored band key.
    pub(crate) fn insert(&mut self, key: i64) {
        self.bloom.insert(key);
    }

    /// Could `key` be stored? `false` is certain.
    pub(crate) fn may_contain(&self, key: i64) -> bool {
        self.bloom.may_contain(key)
    }

    /// Forget every key (before reading them again).
    pub(crate) fn clear(&mut self, last_article: i64) {
        self.bloom.clear();
        self.last_article = last_article;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inserted_keys_pass_and_most_others_do_not() {
        let key = |i: u64| xxhash_rust::xxh3::xxh3_64(&i.to_le_bytes()) as i64;
        let mut g = BandGate::new(0);
        for i in 0..200_000 {
            g.insert(key(i));
        }
        assert!((0..200_000).all(|i| g.may_contain(key(i))));
        let passed = (1_000_000..1_100_000)
            .filter(|&i| g.may_contain(key(i)))
            .count();
        // 200,000 keys in 2^25 bits with 4 probes: ~3e-6 expected.
        assert!(passed < 10, "{passed} false positives in 100,000");
        g.clear(7);
        assert!(!g.may_contain(key(1)));
        assert_eq!(g.last_article, 7);
    }
}
