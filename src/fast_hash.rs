//! A fast, non-cryptographic hasher for the engine's per-article tables (the entity index, the
//! words an article capitalises mid-sentence). The keys are words from the lexicon or the article, never attacker-chosen in a way
//! that matters: a page that makes lookups collide only slows its own annotation down. The
//! standard SipHash costs more than the lookups it guards, most of all in WebAssembly.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// The Fx hash (as in rustc): a multiply and a rotate per word of input.
#[derive(Default, Clone, Copy)]
pub(crate) struct FxHasher {
    hash: u64,
}

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FxHasher {
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut b = [0u8; 8];
            b.copy_from_slice(c);
            self.add(u64::from_le_bytes(b));
        }
        let rest = chunks.remainder();
        let mut b = [0u8; 8];
        b[..rest.len()].copy_from_slice(rest);
        self.add(u64::from_le_bytes(b));
    }

    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    fn finish(&self) -> u64 {
        self.hash
    }
}

pub(crate) type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tells_words_apart() {
        let words = ["said", "says", "sai", "said ", "", "a", "told", "ab", "ba"];
        let set: FastMap<&str, ()> = words.iter().map(|&w| (w, ())).collect();
        assert_eq!(set.len(), words.len());
        for w in words {
            assert!(set.contains_key(w));
        }
        assert!(!set.contains_key("tell"));
    }
}
