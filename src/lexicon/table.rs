//! Hash tables over the word lists, laid out by the compiler (`const fn`): the first article in
//! a page looks words up straight away instead of first hashing thousands of words into sets
//! (milliseconds of a page's first annotation in the browser's baseline compiler).
//!
//! A table is an array of slots, each the byte offset of an entry in its list or [`EMPTY`];
//! a key hashes to a slot and probes onward to the first empty one. Slots outnumber entries by
//! at least 5 to 3, so a miss, the usual case, stops after a few probes.

/// A slot with no entry.
const EMPTY: u16 = u16::MAX;

/// How many slots a table over `list` has.
pub(super) const fn slots(list: &str) -> usize {
    let (b, mut i, mut n) = (list.as_bytes(), 0, 0);
    while let Some((_, end)) = entry(b, i) {
        n += 1;
        i = end;
    }
    n * 5 / 3 + 1
}

/// The table over `list`, which must be shorter than 65,535 bytes (checked when compiling).
pub(super) const fn build<const N: usize>(list: &str) -> [u16; N] {
    let b = list.as_bytes();
    assert!(b.len() < EMPTY as usize, "a word list must be under 64 kB");
    let mut table = [EMPTY; N];
    let mut i = 0;
    while let Some((start, end)) = entry(b, i) {
        let mut slot = hash(b, start, end) as usize % N;
        while table[slot] != EMPTY {
            slot = (slot + 1) % N;
        }
        table[slot] = start as u16;
        i = end;
    }
    table
}

/// The length of `lists` (words separated by white space) [`squeeze`]d into one.
pub(super) const fn squeezed_len(lists: &[&str]) -> usize {
    let (mut l, mut n) = (0, 0);
    while l < lists.len() {
        let (b, mut i) = (lists[l].as_bytes(), 0);
        while let Some((start, end)) = entry(b, i) {
            n += end - start + (n > 0) as usize;
            i = end;
        }
        l += 1;
    }
    n
}

/// `lists`' words one space apart, in order: the lists are written one or a few words to an
/// indented line, and the indents would otherwise ship in the WebAssembly build.
pub(super) const fn squeeze<const N: usize>(lists: &[&str]) -> [u8; N] {
    let (mut l, mut n) = (0, 0);
    let mut out = [b' '; N];
    while l < lists.len() {
        let (b, mut i) = (lists[l].as_bytes(), 0);
        while let Some((start, end)) = entry(b, i) {
            if n > 0 {
                n += 1;
            }
            let mut j = start;
            while j < end {
                out[n] = b[j];
                n += 1;
                j += 1;
            }
            i = end;
        }
        l += 1;
    }
    out
}

/// The offset in `list` of the entry whose key is `key`.
pub(super) fn find(list: &str, table: &[u16], key: &str) -> Option<usize> {
    let (b, k) = (list.as_bytes(), key.as_bytes());
    // A key holding a separator would match across entries: found while hashing.
    let mut h = FNV_BASIS;
    for &c in k {
        if c.is_ascii_whitespace() {
            return None;
        }
        h = fnv_step(h, c);
    }
    let n = table.len();
    let mut slot = h as usize % n;
    for _ in 0..n {
        let at = *table.get(slot)?;
        if at == EMPTY {
            return None;
        }
        let at = at as usize;
        let stored = b.get(at..at + k.len())?;
        // The entry's end and first byte, before comparing the rest: most probes are misses.
        if key_ends(b, at + k.len()) && stored.first() == k.first() && stored == k {
            return Some(at);
        }
        slot += 1;
        if slot == n {
            slot = 0;
        }
    }
    None
}

/// Whether the words of `list` are in byte order, each after the one before.
pub(super) const fn in_order(list: &str) -> bool {
    let b = list.as_bytes();
    let mut before: Option<(usize, usize)> = None;
    let mut i = 0;
    while let Some((start, end)) = entry(b, i) {
        if let Some((s, e)) = before {
            // Compare b[s..e] with b[start..end].
            let mut k = 0;
            loop {
                let (x, y) = (s + k < e, start + k < end);
                if !y {
                    return false; // equal, or the earlier word is longer with this one as its start
                }
                if !x || b[s + k] < b[start + k] {
                    break;
                }
                if b[s + k] > b[start + k] {
                    return false;
                }
                k += 1;
            }
        }
        before = Some((start, end));
        i = end;
    }
    true
}

/// Where the words of a sorted list start, found once: by the word, and by the first byte.
pub(super) struct Starts {
    words: Vec<u16>,
    /// For each byte, the first word (an index into `words`) starting with it or a later byte;
    /// at 256, the number of words.
    by_byte: [u16; 257],
}

/// Where each word of `list` (words one space apart, in byte order) starts.
pub(super) fn starts(list: &str) -> Starts {
    let b = list.as_bytes();
    let mut words = Vec::new();
    let mut by_byte = [0; 257];
    let mut next = 0;
    let mut i = 0;
    while let Some((start, end)) = entry(b, i) {
        while next <= b[start] as usize {
            by_byte[next] = words.len() as u16;
            next += 1;
        }
        words.push(start as u16);
        i = end;
    }
    by_byte[next..].fill(words.len() as u16);
    Starts { words, by_byte }
}

/// Whether `key` is a word of `list`, whose words stand one space apart in byte order and
/// start at `at`: bisection among the words with the key's first byte.
pub(super) fn bisect(list: &str, at: &Starts, key: &str) -> bool {
    let (b, k) = (list.as_bytes(), key.as_bytes());
    let Some(&first) = k.first() else {
        return false;
    };
    let (mut lo, mut hi) = (
        at.by_byte[first as usize] as usize,
        at.by_byte[first as usize + 1] as usize,
    );
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        let start = at.words.get(mid).map_or(0, |&s| s as usize);
        let end = at.words.get(mid + 1).map_or(b.len(), |&s| s as usize - 1);
        let word = b.get(start..end).unwrap_or_default();
        // Byte by byte: the words are short, and a call to `memcmp` costs more than comparing.
        let order = k
            .iter()
            .zip(word)
            .map(|(a, b)| a.cmp(b))
            .find(|o| o.is_ne())
            .unwrap_or_else(|| k.len().cmp(&word.len()));
        match order {
            std::cmp::Ordering::Equal => return true,
            std::cmp::Ordering::Less => hi = mid,
            std::cmp::Ordering::Greater => lo = mid + 1,
        }
    }
    false
}

/// The word at or after `i`: its start and end.
pub(super) const fn entry(b: &[u8], mut i: usize) -> Option<(usize, usize)> {
    while i < b.len() && b[i].is_ascii_whitespace() {
        i += 1;
    }
    if i >= b.len() {
        return None;
    }
    let start = i;
    while i < b.len() && !key_ends(b, i) {
        i += 1;
    }
    Some((start, i))
}

/// Whether a word that started earlier ends at `i`.
const fn key_ends(b: &[u8], i: usize) -> bool {
    i >= b.len() || b[i].is_ascii_whitespace()
}

/// FNV-1a's starting value.
const FNV_BASIS: u32 = 0x811c_9dc5;

/// FNV-1a's hash of what `h` hashed, and then `c`.
const fn fnv_step(h: u32, c: u8) -> u32 {
    (h ^ c as u32).wrapping_mul(0x0100_0193)
}

/// FNV-1a over `b[start..end]`.
const fn hash(b: &[u8], mut i: usize, end: usize) -> u32 {
    let mut h = FNV_BASIS;
    while i < end {
        h = fnv_step(h, b[i]);
        i += 1;
    }
    h
}

#[cfg(test)]
mod tests {
    use super::*;

    const WORDS: &str = "
        alpha beta
        gamma  delta\tepsilon
        Zoë co-founder";

    #[test]
    fn finds_every_key_and_nothing_else() {
        const T: [u16; slots(WORDS)] = build(WORDS);
        for w in WORDS.split_ascii_whitespace() {
            let at = find(WORDS, &T, w).unwrap();
            assert!(WORDS[at..].starts_with(w));
        }
        for w in [
            "",
            "alph",
            "alphas",
            "Alpha",
            "beta gamma",
            "co",
            "Zo",
            "épsilon",
            "\n",
        ] {
            assert_eq!(find(WORDS, &T, w), None, "{w:?}");
        }
    }

    #[test]
    fn bisection_finds_every_word_and_nothing_else() {
        let list = "Ann Anna Bo Carl Émile";
        assert!(in_order(list));
        let at = starts(list);
        assert_eq!(at.words, [0, 4, 9, 12, 17]);
        assert_eq!(
            (at.by_byte[b'B' as usize], at.by_byte[b'C' as usize]),
            (2, 3)
        );
        for w in list.split(' ') {
            assert!(bisect(list, &at, w), "{w}");
        }
        for w in [
            "", "A", "An", "Annab", "B", "Bob", "Zed", "Carl ", "Bo Carl", "É",
        ] {
            assert!(!bisect(list, &at, w), "{w:?}");
        }
        assert!(!in_order("Anna Ann"));
        assert!(!in_order("Bo Bo"));
        assert!(bisect("Solo", &starts("Solo"), "Solo"));
        assert!(!bisect("", &starts(""), "a"));
    }

    #[test]
    fn squeezing_leaves_the_words_one_space_apart() {
        const S: [u8; squeezed_len(&[WORDS])] = squeeze(&[WORDS]);
        assert_eq!(
            &S,
            "alpha beta gamma delta epsilon Zoë co-founder".as_bytes()
        );
        assert_eq!(squeezed_len(&[" \n\t "]), 0);
        const T: [u8; squeezed_len(&["a b", " c "])] = squeeze(&["a b", " c "]);
        assert_eq!(&T, b"a b c");
    }

    #[test]
    fn an_empty_list_finds_nothing() {
        const T: [u16; slots("")] = build("");
        assert_eq!(find("", &T, "a"), None);
        assert_eq!(find("", &T, ""), None);
    }
}
