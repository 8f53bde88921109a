//! Word lists the rules consult. Data only: no rule lives here.

/// One list or several in order (words separated by white space) squeezed one space apart, when
/// compiling: a `&'static str`.
macro_rules! squeezed {
    ($($list:expr),+) => {{
        use $crate::lexicon::table;
        const RAW: &[&str] = &[$($list),+];
        const BYTES: [u8; table::squeezed_len(RAW)] = table::squeeze(RAW);
        match std::str::from_utf8(&BYTES) {
            Ok(list) => list,
            Err(_) => panic!("a word list is UTF-8, and squeezing keeps it so"),
        }
    }};
}

/// A long word list in byte order, searched by bisection: no hash table beside it. A table
/// costs some 3 bytes a word that gzip cannot shrink, about 5 kB of the widget for the given
/// names; bisection costs a few short comparisons among the words that share the key's first
/// two letters, found when the list is first asked (a pass over its bytes, once a page). It
/// ships front-coded (each word as what it shares with the one before, then the rest), which
/// gzip shrinks by a fifth more than the words themselves; the first lookup spells it out.
macro_rules! sorted_words {
    ($list:expr) => {{
        use $crate::lexicon::table;
        const LIST: &str = squeezed!($list);
        const _: () = assert!(
            table::in_order(LIST),
            "a bisected word list is in byte order"
        );
        const _: () = assert!(LIST.len() < u16::MAX as usize, "a word list is under 64 kB");
        const CODED: [u8; table::coded_len(LIST)] = table::front_code(LIST);
        $crate::lexicon::SortedWords::new(&CODED)
    }};
}

use std::sync::OnceLock;

pub(crate) mod first_names;
pub(crate) mod speech_verbs;
mod table;
pub(crate) mod words;

/// The longest word a closed list is looked up with, in bytes.
pub(crate) const LONGEST_LISTED: usize = 24;

/// Lower-cases an ASCII word into a stack buffer; `None` for long or non-ASCII words, which are
/// never in the closed word lists. A word already in lower case, most of a text, is given back
/// as it is: nothing is copied or validated again.
pub(crate) fn ascii_lower<'a>(word: &'a str, buf: &'a mut [u8; LONGEST_LISTED]) -> Option<&'a str> {
    let b = word.as_bytes();
    if b.len() > buf.len() || !word.is_ascii() {
        return None;
    }
    if !b.iter().any(u8::is_ascii_uppercase) {
        return Some(word);
    }
    for (i, c) in b.iter().enumerate() {
        buf[i] = c.to_ascii_lowercase();
    }
    std::str::from_utf8(&buf[..b.len()]).ok()
}

/// Whether `f` holds for `word` lower-cased, lowered on the stack: looking words up in the
/// closed lists allocates nothing. A long or non-ASCII word is in no list, and `f` is not asked.
/// `f` is a function pointer, not a generic: one copy of this in the WebAssembly, not one per
/// list.
pub(crate) fn lower_is(word: &str, f: fn(&str) -> bool) -> bool {
    let mut buf = [0u8; 24];
    ascii_lower(word, &mut buf).is_some_and(f)
}

/// A word split at its first hyphen (`vice-president` → `vice`, `president`). Bytes, not
/// `str::split_once`: its searcher costs more than the short words it is asked about.
pub(crate) fn at_hyphen(word: &str) -> Option<(&str, &str)> {
    let k = word.bytes().position(|b| b == b'-')?;
    Some((word.get(..k)?, word.get(k + 1..)?))
}

/// Words joined by single spaces. Not `[&str]::join`: that pulls a generic joiner into the
/// WebAssembly for two short strings.
pub(crate) fn spaced(words: &mut dyn Iterator<Item = &str>) -> String {
    let mut out = String::new();
    for w in words {
        // A plural's apostrophe, a token of its own, keeps to its word (`Nurses' Association`).
        if !out.is_empty() && !matches!(w, "'" | "’") {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

/// Whether `needle` occurs in `hay`, ASCII case ignored. A plain byte scan: what it searches is
/// short (a role, a description), and it keeps the general string searcher out of the
/// WebAssembly.
pub(crate) fn contains_ignore_case(hay: &str, needle: &str) -> bool {
    needle.is_empty()
        || hay
            .as_bytes()
            .windows(needle.len())
            .any(|w| w.eq_ignore_ascii_case(needle.as_bytes()))
}

/// A word list made by [`sorted_words!`].
pub(crate) struct SortedWords {
    /// The words front-coded ([`table::front_code`]).
    coded: &'static [u8],
    /// The words one space apart, and where each starts: spelt out when first asked.
    table: OnceLock<(String, table::Starts)>,
}

impl SortedWords {
    pub(crate) const fn new(coded: &'static [u8]) -> Self {
        SortedWords {
            coded,
            table: OnceLock::new(),
        }
    }

    fn table(&self) -> &(String, table::Starts) {
        self.table.get_or_init(|| {
            let list = table::decode(self.coded);
            let starts = table::starts(&list);
            (list, starts)
        })
    }

    pub(crate) fn contains(&self, word: &str) -> bool {
        let (list, starts) = self.table();
        table::bisect(list, starts, word)
    }

    /// The words, one space apart.
    #[cfg(test)]
    pub(crate) fn list(&self) -> &str {
        &self.table().0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_plurals_apostrophe_keeps_to_its_word() {
        let words = ["Ontario", "Nurses", "'", "Association", "president"];
        assert_eq!(
            spaced(&mut words.into_iter()),
            "Ontario Nurses' Association president"
        );
        assert_eq!(at_hyphen("vice-president"), Some(("vice", "president")));
        assert_eq!(at_hyphen("mayor"), None);
    }

    #[test]
    fn a_sorted_list_finds_its_words_from_their_first_byte() {
        static WORDS: SortedWords =
            sorted_words!("1a @x A AJ Aa Al Al-Amin Alan Az Aé B Bo DeAndre Zz Zé a Émile é");
        for w in WORDS.list().split(' ') {
            assert!(WORDS.contains(w), "{w}");
        }
        for w in [
            "", "Ab", "Ala", "AK", "Ba", "C", "Dean", "Zy", "Zzz", "b", "É", "Émil",
        ] {
            assert!(!WORDS.contains(w), "{w:?}");
        }
    }

    #[test]
    fn no_list_repeats_a_word() {
        let lists = words::lists()
            .into_iter()
            .chain(first_names::lists())
            .chain(speech_verbs::lists());
        for (name, list) in lists {
            let mut seen = std::collections::HashSet::new();
            for word in list.split_ascii_whitespace() {
                assert!(seen.insert(word), "{name} lists {word:?} twice");
            }
            assert!(!seen.is_empty(), "{name} is empty");
        }
    }

    /// The lists agree with each other: titles, name heads, nations' nouns and words that are no names are
    /// capitalised as they stand in a name; roles and institutions are lower case; a title is
    /// never a word that is no name, but for the honorifics, which are both; every
    /// institution's noun, capitalised, heads an organisation's name, but for a few that
    /// name a kind of business rather than end a name (`Acme Airline` is rare, `Air Acme` not).
    #[test]
    fn the_lists_agree() {
        let list = |name: &str| {
            let all = words::lists();
            let (_, l) = all.iter().find(|(n, _)| *n == name).copied().unwrap();
            l.split_ascii_whitespace().collect::<Vec<&str>>()
        };
        let capitalised = |w: &&str| w.starts_with(char::is_uppercase);
        for name in [
            "TITLES",
            "ORG_HEADS",
            "PLACE_HEADS",
            "NOT_NAMES",
            "DEMONYMS",
        ] {
            let lower: Vec<_> = list(name).into_iter().filter(|w| !capitalised(w)).collect();
            assert!(lower.is_empty(), "{name}: lower case {lower:?}");
        }
        for name in ["ROLES", "INSTITUTIONS"] {
            let upper: Vec<_> = list(name).into_iter().filter(capitalised).collect();
            assert!(upper.is_empty(), "{name}: capitalised {upper:?}");
        }
        for t in list("TITLES") {
            assert!(
                !words::is_not_name(t) || words::is_honorific(t),
                "{t} is a title and no name"
            );
        }
        // Every abbreviated title that stands for an office is a title, and each office noun
        // it stands for is a role.
        for t in list("TITLES") {
            for noun in words::title_nouns(t) {
                assert!(
                    words::is_role(noun),
                    "{t} stands for {noun}, which is no role"
                );
            }
        }
        let heads = list("ORG_HEADS");
        let businesses = [
            "airline",
            "automaker",
            "broadcaster",
            "carrier",
            "charity",
            "firm",
            "insurer",
            "lender",
            "magazine",
            "manufacturer",
            "newspaper",
            "outlet",
            "publication",
            "railway",
            "regulator",
            "retailer",
            "station",
            "tabloid",
            "utility",
            "website",
        ];
        for i in list("INSTITUTIONS") {
            let cap = format!("{}{}", i[..1].to_ascii_uppercase(), &i[1..]);
            assert!(
                heads.contains(&cap.as_str()) || businesses.contains(&i),
                "the {i} is an institution, but {cap} heads no name"
            );
        }
    }
}
