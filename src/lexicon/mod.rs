//! Word lists the rules consult. Data only: no rule lives here.

pub mod first_names;
pub mod speech_verbs;
pub mod words;

pub use words::Gender;

use crate::fast_hash::FastSet;
use std::sync::OnceLock;

/// A closed word list, written one word per line in a string (compact in the WebAssembly
/// build: no table of pointers), looked up through a set built on first use.
pub struct WordSet {
    list: &'static str,
    set: OnceLock<FastSet<&'static str>>,
}

impl WordSet {
    pub const fn new(list: &'static str) -> Self {
        WordSet {
            list,
            set: OnceLock::new(),
        }
    }

    pub fn contains(&self, word: &str) -> bool {
        self.set
            .get_or_init(|| self.list.split_ascii_whitespace().collect())
            .contains(word)
    }
}
