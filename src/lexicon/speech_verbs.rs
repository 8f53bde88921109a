//! Verbs that report speech or a stated view, with every inflection. Lookups take a lower-case
//! word.
//!
//! The verbs are written once, as bases, in `speech_verbs/list.rs`. Every form of each (`-s`,
//! `-ed`, `-ing`, irregular pasts, a phrasal verb's forms with their particle) is spelled out,
//! sorted, in `speech_verbs/forms.txt`, which the compiler indexes (`lexicon/table.rs`), so an
//! annotation derives nothing. The test `list::forms_file_is_current` derives the forms again and
//! fails while the file is stale; `UPDATE_LEXICON=1 cargo test --lib
//! speech_verbs` rewrites it.

use super::table::{self, Layout};

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

/// Every form, one `form=how` line each. `how` is the form's use (`F`inite, `B`ase, `I`ng), the
/// verb's strength (`S`peech, `W`eak) and, for a phrasal verb's form, `P` (its key holds the
/// particle: `pointed out=FSP`).
const FORMS: &str = include_str!("speech_verbs/forms.txt");

/// The forms by word: a table of offsets into `FORMS` laid out when compiling (`table.rs`).
const SLOTS: [u16; table::slots(FORMS, Layout::Lines)] = table::build(FORMS, Layout::Lines);

fn decode(how: &str) -> Option<SpeechVerb> {
    let b = how.as_bytes();
    let form = match b.first()? {
        b'F' => Form::Finite,
        b'B' => Form::Base,
        b'I' => Form::Ing,
        _ => return None,
    };
    let strength = match b.get(1)? {
        b'S' => Strength::Speech,
        b'W' => Strength::Weak,
        _ => return None,
    };
    Some(SpeechVerb {
        form,
        strength,
        particle: b.get(2) == Some(&b'P'),
    })
}

/// The speech verb a lower-case word is a form of, if any (a phrasal verb's form with its
/// particle: `pointed out`).
pub(crate) fn lookup(lower: &str) -> Option<SpeechVerb> {
    let at = table::find(FORMS, &SLOTS, Layout::Lines, lower)?;
    decode(FORMS.get(at + lower.len() + 1..)?)
}

/// The particles of the phrasal verbs in `FORMS` (`list::every_derived_form_is_found` fails on a
/// missing one):
/// most word pairs end in none of them and are not looked up.
const PARTICLES: [&str; 4] = ["back", "in", "it", "out"];

/// The phrasal speech verb a lower-case word is a form of, when `next` is its particle:
/// `lookup_phrasal("pointed", "out")`.
pub(crate) fn lookup_phrasal(lower: &str, next: &str) -> Option<SpeechVerb> {
    if !PARTICLES.contains(&next) {
        return None;
    }
    let mut key = [0u8; 32];
    let n = lower.len() + 1 + next.len();
    if n > key.len() {
        return None;
    }
    key[..lower.len()].copy_from_slice(lower.as_bytes());
    key[lower.len()] = b' ';
    key[lower.len() + 1..n].copy_from_slice(next.as_bytes());
    lookup(std::str::from_utf8(&key[..n]).ok()?)
}

#[cfg(test)]
mod list;

/// The searched list, for the lexicon's test that no list repeats a word.
#[cfg(test)]
pub(super) fn lists() -> Vec<(&'static str, &'static str)> {
    vec![("speech_verbs/forms.txt", FORMS)]
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

    #[test]
    fn the_lexicon_is_large() {
        let forms = FORMS
            .lines()
            .filter(|l| lookup(l.split('=').next().unwrap()).is_some());
        assert!(forms.count() > 500);
    }
}
