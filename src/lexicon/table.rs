//! The word lists as the compiler lays them out (`const fn`): squeezed one space apart,
//! checked to be in byte order and front-coded; when a list is first asked, it is spelt out
//! and where its words start is found, and it is searched by bisection over those. No hash
//! table ships beside them: a table costs bytes that gzip cannot shrink.

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

/// The length of `list` (words one space apart) [`front_code`]d.
pub(super) const fn coded_len(list: &str) -> usize {
    let b = list.as_bytes();
    let (mut n, mut i, mut before) = (0, 0, (0, 0));
    while let Some((start, end)) = entry(b, i) {
        n += 1 + end - start - shared(b, before, (start, end));
        before = (start, end);
        i = end;
    }
    n
}

/// `list` (words one space apart, in byte order) front-coded: each word as one byte below
/// any a word holds, one more than how many first bytes it shares with the word before, then
/// the bytes after those.
pub(super) const fn front_code<const N: usize>(list: &str) -> [u8; N] {
    let b = list.as_bytes();
    let mut out = [0; N];
    let (mut n, mut i, mut before) = (0, 0, (0, 0));
    while let Some((start, end)) = entry(b, i) {
        let k = shared(b, before, (start, end));
        assert!(k < 31, "a word shares under 31 bytes with the one before");
        out[n] = k as u8 + 1;
        n += 1;
        let mut j = start + k;
        while j < end {
            assert!(b[j] >= 32, "a listed word holds no control character");
            out[n] = b[j];
            n += 1;
            j += 1;
        }
        before = (start, end);
        i = end;
    }
    out
}

/// How many first bytes the words of `b` at `x` and at `y` share.
const fn shared(b: &[u8], x: (usize, usize), y: (usize, usize)) -> usize {
    let mut k = 0;
    while x.0 + k < x.1 && y.0 + k < y.1 && b[x.0 + k] == b[y.0 + k] {
        k += 1;
    }
    k
}

/// The words of a [`front_code`]d list, one space apart.
pub(super) fn decode(coded: &[u8]) -> String {
    let mut out: Vec<u8> = Vec::with_capacity(coded.len() * 2);
    // Where the word before starts.
    let mut before = 0;
    for &c in coded {
        if c >= 32 {
            out.push(c);
            continue;
        }
        if !out.is_empty() {
            out.push(b' ');
        }
        let start = out.len();
        let keep = (before + c as usize - 1).min(start);
        out.extend_from_within(before..keep);
        before = start;
    }
    String::from_utf8(out).unwrap_or_default()
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

/// Where the words of a sorted list start, found once: by the word, and by the bucket of its
/// first two bytes ([`bucket`]).
pub(super) struct Starts {
    words: Vec<u16>,
    /// For each bucket, the first word (an index into `words`) in it or a later one; at
    /// [`BUCKETS`], the number of words.
    by_bucket: Vec<u16>,
}

/// How many buckets: one for each first byte, and 27 more for each ASCII letter.
const BUCKETS: usize = 256 + 27 * 52;

/// A word's bucket, in the order the words sort: by its first byte, and after an ASCII letter
/// by its second (none or below `a`, each of `a` to `z`, above `z`), so that a lookup bisects
/// only the few words that share its first two letters.
fn bucket(w: &[u8]) -> usize {
    let Some(&c) = w.first() else {
        return 0;
    };
    let letters_before = match c {
        b'A'..=b'Z' => c - b'A',
        b'a'..=b'z' => 26 + c - b'a',
        _ if c < b'A' => 0,
        _ if c < b'a' => 26,
        _ => 52,
    } as usize;
    let sub = if c.is_ascii_alphabetic() {
        match w.get(1) {
            Some(&d @ b'a'..=b'z') => (d - b'a') as usize + 1,
            Some(&d) if d > b'z' => 27,
            _ => 0,
        }
    } else {
        0
    };
    c as usize + 27 * letters_before + sub
}

/// Where each word of `list` (words one space apart, in byte order) starts.
pub(super) fn starts(list: &str) -> Starts {
    let b = list.as_bytes();
    let mut words = Vec::new();
    let mut by_bucket = vec![0; BUCKETS + 1];
    let mut next = 0;
    let mut i = 0;
    while let Some((start, end)) = entry(b, i) {
        let k = bucket(&b[start..end]);
        while next <= k {
            by_bucket[next] = words.len() as u16;
            next += 1;
        }
        words.push(start as u16);
        i = end;
    }
    by_bucket[next..].fill(words.len() as u16);
    Starts { words, by_bucket }
}

/// Whether `key` is a word of `list`, whose words stand one space apart in byte order and
/// start at `at`: bisection among the words in the key's bucket.
pub(super) fn bisect(list: &str, at: &Starts, key: &str) -> bool {
    let (b, k) = (list.as_bytes(), key.as_bytes());
    if k.is_empty() {
        return false;
    }
    let i = bucket(k);
    let (mut lo, mut hi) = (
        at.by_bucket.get(i).map_or(0, |&w| w as usize),
        at.by_bucket.get(i + 1).map_or(0, |&w| w as usize),
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

#[cfg(test)]
mod tests {
    use super::*;

    const WORDS: &str = "
        alpha beta
        gamma  delta\tepsilon
        Zoë co-founder";

    #[test]
    fn bisection_finds_every_word_and_nothing_else() {
        let list = "Ann Anna Bo Carl Émile";
        assert!(in_order(list));
        let at = starts(list);
        assert_eq!(at.words, [0, 4, 9, 12, 17]);
        assert_eq!(
            (at.by_bucket[bucket(b"Bo")], at.by_bucket[bucket(b"Ca")]),
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
        // Buckets follow the byte order of words, whatever their first two bytes.
        let mut words: Vec<&[u8]> = " - A A- AB Aa Az Aé Z [ a a' aZ ab zz z{ { é"
            .split(' ')
            .map(str::as_bytes)
            .collect();
        words.sort();
        assert!(words.windows(2).all(|w| bucket(w[0]) <= bucket(w[1])));
        assert!(words.iter().all(|w| bucket(w) < BUCKETS));
        assert!(!bisect("", &starts(""), "a"));
    }

    #[test]
    fn front_coding_spells_out_the_same_words() {
        const LIST: &str = "Ann Anna Annabel Bo Bob Émile Émilie";
        const CODED: [u8; coded_len(LIST)] = front_code(LIST);
        assert_eq!(&CODED[..10], b"\x01Ann\x04a\x05bel");
        assert_eq!(decode(&CODED), LIST);
        assert_eq!(decode(&front_code::<0>("")), "");
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
}
