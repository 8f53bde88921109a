//! Verbs that report speech or a stated view, in every inflection. Lookups take a lower-case
//! word.
//!
//! The verbs are written once, as bases, in `speech_verbs/list.rs`, in tables the compiler lays
//! out. A word is looked up by the bases its ending says it could be a form of (`noting` →
//! `not`, `note`), each checked in the tables and then against the forms English spells for
//! it: no form is derived or stored ahead of a lookup, and nothing is allocated.

mod list;

use super::table;
use list::{BRITISH_DOUBLE_L, DOUBLING, IRREGULAR, PHRASAL, SPEECH, WEAK};

/// How a verb form can be used in a cue.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Form {
    /// `said`, `says`, `told`, `adds`: has a subject of its own.
    Finite,
    /// `say`, `tell`: after an auxiliary (`would say`, `went on to say`).
    Base,
    /// `adding`, `saying`: borrows the subject of the clause it hangs from.
    Ing,
}

/// How strongly a verb marks speech.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Strength {
    /// Verbs of saying: said, told, added, wrote.
    Speech,
    /// Verbs of stating a view or acting with words: believes, called, accused, released.
    Weak,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct SpeechVerb {
    pub form: Form,
    pub strength: Strength,
    /// A phrasal verb whose particle follows it (`pointed out`, `shot back`): a cue reads the
    /// speaker after the particle (`," points out the Cambridge resident`).
    pub particle: bool,
}

/// The speech verb a lower-case word is a form of, if any.
pub(crate) fn lookup(lower: &str) -> Option<SpeechVerb> {
    if !may_be_verb(lower) {
        return None;
    }
    let verb = |(form, strength)| SpeechVerb {
        form,
        strength,
        particle: false,
    };
    if let Some(base) = irregular(lower) {
        return strength(base).map(|s| verb((Form::Finite, s)));
    }
    analyse(lower).map(verb)
}

/// How strongly a base is a verb of saying, if it is one.
fn strength(base: &str) -> Option<Strength> {
    if SPEECH.contains(base) {
        Some(Strength::Speech)
    } else if WEAK.contains(base) {
        Some(Strength::Weak)
    } else {
        None
    }
}

/// The base of an irregular past or participle (`said` → `say`). Most words are turned away by
/// their first letter and length before the list is searched.
fn irregular(w: &str) -> Option<&'static str> {
    const GATE: [u16; 26] = {
        let mut gate = [0u16; 26];
        let mut k = 0;
        while k < IRREGULAR.len() {
            let f = IRREGULAR[k].0.as_bytes();
            gate[(f[0] - b'a') as usize] |= 1 << f.len();
            k += 1;
        }
        gate
    };
    let first = w.bytes().next().filter(u8::is_ascii_lowercase)?;
    if w.len() >= 16 || GATE[(first - b'a') as usize] & 1 << w.len() == 0 {
        return None;
    }
    IRREGULAR
        .iter()
        .find(|(form, _)| *form == w)
        .map(|&(_, base)| base)
}

/// The two letters that open some verb's base or irregular form, as a bit per second letter
/// for each first letter (`a`–`z`): most words open with two no verb opens with, and are
/// turned away before any table is searched.
const OPENINGS: [u32; 26] = openings();

const fn openings() -> [u32; 26] {
    let mut out = [0u32; 26];
    let lists = [list::SPEECH_LIST.as_bytes(), list::WEAK_LIST.as_bytes()];
    let mut l = 0;
    while l < lists.len() {
        let (b, mut i) = (lists[l], 0);
        // Every base is two letters or more.
        while let Some((start, end)) = table::entry(b, i) {
            mark(&mut out, b[start], b[start + 1]);
            i = end;
        }
        l += 1;
    }
    let mut k = 0;
    while k < IRREGULAR.len() {
        let f = IRREGULAR[k].0.as_bytes();
        mark(&mut out, f[0], f[1]);
        k += 1;
    }
    out
}

/// Marks the opening `a`, `b` in `out`; one not of two letters `a`–`z` marks every opening with
/// its first letter (`e-mail`).
const fn mark(out: &mut [u32; 26], a: u8, b: u8) {
    if a.is_ascii_lowercase() {
        out[(a - b'a') as usize] |= if b.is_ascii_lowercase() {
            1 << (b - b'a')
        } else {
            u32::MAX
        };
    }
}

/// Whether `w`, in any case, opens as some verb does (see [`OPENINGS`]): a word that does not
/// need not be lower-cased to be looked up.
pub(crate) fn may_be_verb(w: &str) -> bool {
    match w.as_bytes() {
        [a, b, ..] => {
            let (a, b) = (a.to_ascii_lowercase(), b.to_ascii_lowercase());
            a.is_ascii_lowercase()
                && OPENINGS[(a - b'a') as usize]
                    & if b.is_ascii_lowercase() {
                        1 << (b - b'a')
                    } else {
                        u32::MAX
                    }
                    != 0
        }
        _ => false,
    }
}

/// The particles of the phrasal verbs: most word pairs end in none of them and are not looked
/// up.
const PARTICLES: [&str; 4] = ["back", "in", "it", "out"];

/// Whether `next` is the particle of some phrasal verb of saying: a caller checks this before
/// lower-casing the word before it.
pub(crate) fn is_particle(next: &str) -> bool {
    PARTICLES.contains(&next)
}

/// The phrasal speech verb a lower-case word is a form of, when `next` is its particle:
/// `lookup_phrasal("pointed", "out")`.
pub(crate) fn lookup_phrasal(lower: &str, next: &str) -> Option<SpeechVerb> {
    if !is_particle(next) {
        return None;
    }
    let form = PHRASAL
        .iter()
        .filter(|(_, particle)| *particle == next)
        .find_map(|&(base, _)| {
            if irregular(lower) == Some(base) {
                Some(Form::Finite)
            } else {
                regular_form(base, lower)
            }
        })?;
    Some(SpeechVerb {
        form,
        strength: Strength::Speech,
        particle: true,
    })
}

/// How `w` is a form of a verb, and how strong a verb, trying each base `w` could be a form
/// of: the first of saying, else the first weak one.
fn analyse(w: &str) -> Option<(Form, Strength)> {
    let mut buf = [0u8; 32];
    let mut weak = None;
    // `w` less `cut` bytes, with `add` after: a base to try.
    let mut base = |cut: usize, add: &str| -> Option<(Form, Strength)> {
        let keep = w.get(..w.len().checked_sub(cut).filter(|&k| k >= 2)?)?;
        let b = if add.is_empty() {
            keep
        } else {
            let out = buf.get_mut(..keep.len() + add.len())?;
            out[..keep.len()].copy_from_slice(keep.as_bytes());
            out[keep.len()..].copy_from_slice(add.as_bytes());
            std::str::from_utf8(out).ok()?
        };
        let s = strength(b)?;
        let form = regular_form(b, w)?;
        if s == Strength::Weak {
            weak = weak.or(Some((form, s)));
            return None;
        }
        Some((form, s))
    };
    let b = w.as_bytes();
    // The last letter doubled before the ending (`admitted`, `labelling`).
    let doubled = |ending: usize| {
        let n = b.len().saturating_sub(ending);
        n >= 2 && b[n - 1] == b[n - 2]
    };
    let tries: &[(usize, &str)] = if w.ends_with("ies") {
        // `denies`
        &[(0, ""), (1, ""), (3, "y")]
    } else if w.ends_with("es") {
        // `notes`, `pushes`
        &[(0, ""), (1, ""), (2, "")]
    } else if w.ends_with('s') {
        // `says`
        &[(0, ""), (1, "")]
    } else if w.ends_with("ied") {
        // `denied`
        &[(0, ""), (3, "y")]
    } else if w.ends_with("ed") && doubled(2) {
        // `admitted`, `marvelled`; `agreed`
        &[(0, ""), (1, ""), (2, ""), (3, "")]
    } else if w.ends_with("ed") {
        // `noted`, `added`
        &[(0, ""), (1, ""), (2, "")]
    } else if w.ends_with("ing") && doubled(3) {
        // `admitting`, `labelling`
        &[(0, ""), (3, ""), (4, "")]
    } else if w.ends_with("ing") {
        // `saying`, `noting`
        &[(0, ""), (3, ""), (3, "e")]
    } else {
        &[(0, "")]
    };
    tries.iter().find_map(|&(cut, add)| base(cut, add)).or(weak)
}

/// How `w` is a regular form of `base`, spelled as English spells it: `-s` (`-es` after a
/// sibilant, `-ies` after a consonant and `y`), `-ed` (`-d` after `e`, `-ied`), `-ing` (losing
/// a silent `e`), with the last consonant doubled for the verbs that double it, and the British
/// `-lled`, `-lling`.
fn regular_form(base: &str, w: &str) -> Option<Form> {
    if w == base {
        return Some(Form::Base);
    }
    // Bytes, not string slices: a slice of a `str` may panic, and its message would bring
    // Unicode's printing tables into the WebAssembly.
    let (b, w) = (base.as_bytes(), w.as_bytes());
    let (&last, head) = b.split_last()?;
    let consonant_y = last == b'y' && head.last().is_some_and(|c| !b"aeiou".contains(c));
    let doubled = DOUBLING.contains(&base);
    // `w` is `prefix` then `suffix`.
    let ends = |prefix: &[u8], suffix: &[u8]| {
        w.len() == prefix.len() + suffix.len() && w.starts_with(prefix) && w.ends_with(suffix)
    };
    let sibilant = [&b"s"[..], b"sh", b"ch", b"x", b"z"]
        .iter()
        .any(|s| b.ends_with(s));
    let third = if sibilant {
        ends(b, b"es")
    } else if consonant_y {
        ends(head, b"ies")
    } else {
        ends(b, b"s")
    };
    let past = if last == b'e' {
        ends(b, b"d")
    } else if consonant_y {
        ends(head, b"ied")
    } else if doubled {
        ends(b, &[last, b'e', b'd'])
    } else {
        ends(b, b"ed")
    };
    // An irregular verb's past is listed, not spelled (`said`, not `sayed`).
    let past = past && !IRREGULAR.iter().any(|(_, i)| *i == base);
    let ing = if last == b'e' && !b.ends_with(b"ee") {
        ends(head, b"ing")
    } else if doubled {
        ends(b, &[last, b'i', b'n', b'g'])
    } else {
        ends(b, b"ing")
    };
    let british = BRITISH_DOUBLE_L.contains(&base);
    if third || past || british && ends(b, b"led") {
        Some(Form::Finite)
    } else if ing || british && ends(b, b"ling") {
        Some(Form::Ing)
    } else {
        None
    }
}

/// The searched lists, for the lexicon's test that no list repeats a word.
#[cfg(test)]
pub(super) fn lists() -> Vec<(&'static str, &'static str)> {
    vec![("SPEECH", SPEECH.list()), ("WEAK", WEAK.list())]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inflections() {
        for (w, form) in [
            ("said", Form::Finite),
            ("says", Form::Finite),
            ("told", Form::Finite),
            ("added", Form::Finite),
            ("adding", Form::Ing),
            ("tweeted", Form::Finite),
            ("insists", Form::Finite),
            ("vowed", Form::Finite),
            ("denies", Form::Finite),
            ("quipped", Form::Finite),
            ("admitted", Form::Finite),
            ("admitting", Form::Ing),
            ("marvelled", Form::Finite),
            ("marveled", Form::Finite),
            ("say", Form::Base),
            ("wrote", Form::Finite),
            ("written", Form::Finite),
            ("re-affirmed", Form::Finite),
            ("believes", Form::Finite),
            ("citing", Form::Ing),
        ] {
            assert_eq!(lookup(w).map(|v| v.form), Some(form), "{w}");
        }
        assert_eq!(lookup("called").unwrap().strength, Strength::Weak);
        assert_eq!(lookup("said").unwrap().strength, Strength::Speech);
        assert!(lookup("walked").is_none());
        assert!(lookup("the").is_none());
    }

    #[test]
    fn phrasal_verbs_need_their_particle() {
        for (w, next, form) in [
            ("points", "out", Form::Finite),
            ("pointed", "out", Form::Finite),
            ("pointing", "out", Form::Ing),
            ("shot", "back", Form::Finite),
            ("chimed", "in", Form::Finite),
            ("weighs", "in", Form::Finite),
            ("puts", "it", Form::Finite),
        ] {
            let v = lookup_phrasal(w, next).unwrap_or_else(|| panic!("{w} {next}"));
            assert_eq!((v.form, v.particle), (form, true), "{w} {next}");
        }
        assert!(lookup_phrasal("pointed", "to").is_none());
        assert!(lookup_phrasal("shot", "dead").is_none());
        assert!(lookup("shot").is_none());
    }

    /// Every form of every verb, spelled out the long way (as `format!` writes them), with
    /// what a lookup must give: the differential check on [`regular_form`]'s reading. A form of
    /// two verbs takes the later one's use: a verb of saying outweighs a weak one.
    fn spelled_out() -> std::collections::HashMap<String, SpeechVerb> {
        fn forms(base: &str) -> Vec<(String, Form)> {
            let b = base.as_bytes();
            let (last, before) = (b[b.len() - 1], b[b.len() - 2]);
            let consonant_y = last == b'y' && !b"aeiou".contains(&before);
            let stem = &base[..base.len() - 1];
            let doubles = DOUBLING.contains(&base);
            let sibilant = ["s", "sh", "ch", "x", "z"]
                .iter()
                .any(|s| base.ends_with(s));
            let third = match () {
                _ if sibilant => format!("{base}es"),
                _ if consonant_y => format!("{stem}ies"),
                _ => format!("{base}s"),
            };
            let ing = match () {
                _ if last == b'e' && !base.ends_with("ee") => format!("{stem}ing"),
                _ if doubles => format!("{base}{}ing", last as char),
                _ => format!("{base}ing"),
            };
            let mut out = vec![(base.to_string(), Form::Base), (third, Form::Finite)];
            let irregular: Vec<&str> = IRREGULAR
                .iter()
                .filter(|(_, b)| *b == base)
                .map(|(f, _)| *f)
                .collect();
            if irregular.is_empty() {
                let past = match () {
                    _ if last == b'e' => format!("{base}d"),
                    _ if consonant_y => format!("{stem}ied"),
                    _ if doubles => format!("{base}{}ed", last as char),
                    _ => format!("{base}ed"),
                };
                out.push((past, Form::Finite));
            }
            out.extend(irregular.iter().map(|f| (f.to_string(), Form::Finite)));
            out.push((ing, Form::Ing));
            if BRITISH_DOUBLE_L.contains(&base) {
                out.push((format!("{base}led"), Form::Finite));
                out.push((format!("{base}ling"), Form::Ing));
            }
            out
        }
        let mut map = std::collections::HashMap::new();
        for (list, strength) in [
            (list::WEAK_LIST, Strength::Weak),
            (list::SPEECH_LIST, Strength::Speech),
        ] {
            for base in list.split_ascii_whitespace() {
                for (w, form) in forms(base) {
                    let particle = false;
                    map.insert(
                        w,
                        SpeechVerb {
                            form,
                            strength,
                            particle,
                        },
                    );
                }
            }
        }
        for (base, p) in PHRASAL {
            for (w, form) in forms(base) {
                let (strength, particle) = (Strength::Speech, true);
                map.insert(
                    format!("{w} {p}"),
                    SpeechVerb {
                        form,
                        strength,
                        particle,
                    },
                );
            }
        }
        map
    }

    #[test]
    fn every_form_is_found() {
        let forms = spelled_out();
        assert!(forms.len() > 1000, "{}", forms.len());
        for (key, v) in forms {
            let found = match key.split_once(' ') {
                Some((w, particle)) => lookup_phrasal(w, particle),
                None => lookup(&key),
            };
            assert_eq!(found, Some(v), "{key}");
        }
    }

    #[test]
    fn near_misses_are_no_forms() {
        let spelled = spelled_out();
        for w in [
            "sayed", "tells", "noteing", "notting", "addded", "admited", "denys", "stat", "ad",
            "s", "ed", "ing", "sing", "seeing", "bed", "red", "thing", "news", "press",
        ] {
            assert_eq!(lookup(w), spelled.get(w).copied(), "{w}");
        }
    }
}
