//! Hash tables over the word lists, laid out by the compiler (`const fn`): the first article in
//! a page looks words up straight away instead of first hashing some 3,300 entries into sets
//! (~3 ms of a page's first annotation in the browser's baseline compiler).
//!
//! A table is an array of slots, each the byte offset of an entry in its list or [`EMPTY`];
//! a key hashes to a slot and probes onward to the first empty one. Slots outnumber entries by
//! at least 5 to 3, so a miss, the usual case, stops after a few probes.

/// A slot with no entry.
const EMPTY: u16 = u16::MAX;

/// How a list is written: words separated by white space (`key` is the word), or one
/// `key=value` line an entry (the key may hold a space).
#[derive(Clone, Copy)]
pub(super) enum Layout {
    Words,
    Lines,
}

/// How many slots a table over `list` has.
pub(super) const fn slots(list: &str, layout: Layout) -> usize {
    let (b, mut i, mut n) = (list.as_bytes(), 0, 0);
    while let Some((_, _, next)) = entry(b, i, layout) {
        n += 1;
        i = next;
    }
    n * 5 / 3 + 1
}

/// The table over `list`, which must be shorter than 65,535 bytes (checked when compiling).
pub(super) const fn build<const N: usize>(list: &str, layout: Layout) -> [u16; N] {
    let b = list.as_bytes();
    assert!(b.len() < EMPTY as usize, "a word list must be under 64 kB");
    let mut table = [EMPTY; N];
    let mut i = 0;
    while let Some((start, end, next)) = entry(b, i, layout) {
        let mut slot = hash(b, start, end) as usize % N;
        while table[slot] != EMPTY {
            slot = (slot + 1) % N;
        }
        table[slot] = start as u16;
        i = next;
    }
    table
}

/// The length of `list` (words separated by white space) [`squeeze`]d.
pub(super) const fn squeezed_len(list: &str) -> usize {
    let (b, mut i, mut n) = (list.as_bytes(), 0, 0);
    while let Some((start, end, next)) = entry(b, i, Layout::Words) {
        n += end - start + (n > 0) as usize;
        i = next;
    }
    n
}

/// `list`'s words one space apart: the lists are written one or a few words to an indented
/// line, and the indents would otherwise ship in the WebAssembly build.
pub(super) const fn squeeze<const N: usize>(list: &str) -> [u8; N] {
    let (b, mut i, mut n) = (list.as_bytes(), 0, 0);
    let mut out = [b' '; N];
    while let Some((start, end, next)) = entry(b, i, Layout::Words) {
        if n > 0 {
            n += 1;
        }
        let mut j = start;
        while j < end {
            out[n] = b[j];
            n += 1;
            j += 1;
        }
        i = next;
    }
    out
}

/// The offset in `list` of the entry whose key is `key`.
pub(super) fn find(list: &str, table: &[u16], layout: Layout, key: &str) -> Option<usize> {
    let (b, k) = (list.as_bytes(), key.as_bytes());
    // A key holding a separator would match across entries.
    if (0..k.len()).any(|i| key_ends(k, i, layout)) {
        return None;
    }
    let n = table.len();
    let mut slot = hash(k, 0, k.len()) as usize % n;
    for _ in 0..n {
        let at = *table.get(slot)?;
        if at == EMPTY {
            return None;
        }
        let at = at as usize;
        let stored = b.get(at..at + k.len())?;
        if stored == k && key_ends(b, at + k.len(), layout) {
            return Some(at);
        }
        slot = (slot + 1) % n;
    }
    None
}

/// The entry at or after `i`: its key's start and end, and where to look for the next one.
const fn entry(b: &[u8], mut i: usize, layout: Layout) -> Option<(usize, usize, usize)> {
    while i < b.len() && b[i].is_ascii_whitespace() {
        i += 1;
    }
    if i >= b.len() {
        return None;
    }
    let start = i;
    while i < b.len() && !key_ends(b, i, layout) {
        i += 1;
    }
    let end = i;
    if let Layout::Lines = layout {
        while i < b.len() && b[i] != b'\n' {
            i += 1;
        }
    }
    Some((start, end, i))
}

/// Whether a key that started earlier ends at `i`.
const fn key_ends(b: &[u8], i: usize, layout: Layout) -> bool {
    if i >= b.len() {
        return true;
    }
    match layout {
        Layout::Words => b[i].is_ascii_whitespace(),
        Layout::Lines => b[i] == b'=' || b[i] == b'\n',
    }
}

/// FNV-1a over `b[start..end]`.
const fn hash(b: &[u8], mut i: usize, end: usize) -> u32 {
    let mut h: u32 = 0x811c_9dc5;
    while i < end {
        h = (h ^ b[i] as u32).wrapping_mul(0x0100_0193);
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
    const LINES: &str = "pointed out=FSP\nsaid=FS\nsay=BS\n";

    #[test]
    fn finds_every_key_and_nothing_else() {
        const T: [u16; slots(WORDS, Layout::Words)] = build(WORDS, Layout::Words);
        for w in WORDS.split_ascii_whitespace() {
            let at = find(WORDS, &T, Layout::Words, w).unwrap();
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
            assert_eq!(find(WORDS, &T, Layout::Words, w), None, "{w:?}");
        }
    }

    #[test]
    fn lines_are_keyed_up_to_the_equals_sign() {
        const T: [u16; slots(LINES, Layout::Lines)] = build(LINES, Layout::Lines);
        let value = |k: &str| find(LINES, &T, Layout::Lines, k).map(|at| &LINES[at..]);
        assert!(value("pointed out").unwrap().starts_with("pointed out=FSP"));
        assert!(value("said").unwrap().starts_with("said=FS"));
        assert_eq!(value("pointed"), None);
        assert_eq!(value("sa"), None);
        assert_eq!(value("said=FS"), None);
    }

    #[test]
    fn squeezing_leaves_the_words_one_space_apart() {
        const S: [u8; squeezed_len(WORDS)] = squeeze(WORDS);
        assert_eq!(
            &S,
            "alpha beta gamma delta epsilon Zoë co-founder".as_bytes()
        );
        assert_eq!(squeezed_len(" \n\t "), 0);
    }

    #[test]
    fn an_empty_list_finds_nothing() {
        const T: [u16; slots("", Layout::Words)] = build("", Layout::Words);
        assert_eq!(find("", &T, Layout::Words, "a"), None);
        assert_eq!(find("", &T, Layout::Words, ""), None);
    }
}
