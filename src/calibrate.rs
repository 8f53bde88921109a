//! Confidence from evidence. Each speech quotation with a speaker gets the probability that
//! its speaker is right, from a small logistic model over what the output itself shows: the
//! rule that decided, how the speaker is mentioned (a name, a pronoun, a description), what
//! kind of speaker it is, how fully they are named and how often they speak, how long the
//! quotation is, how far from it its speaker is mentioned, and whether its cue is a verb of
//! saying or only of stating a view. The weights are fitted on the
//! working folds of the dev corpora by `scripts/fit_confidence.py` and compiled in
//! (`calibrate/weights.rs`), with a margin that keeps a confidence of 0.9 or more right at
//! least 95% of the time on text the model was not fitted to; `scripts/eval --folds` shows how
//! they hold on held-out folds.
//!
//! The features are read from the public output ([`features`]), so the fitting script sees
//! exactly what the engine uses (`whosaid annotate --jsonl --features`).

mod weights;

use crate::annotations::{Annotations, SpeakerKind};
use crate::lexicon::speech_verbs::{self, Strength};
use crate::lexicon::{ascii_lower, lower_is, words};
use crate::rule::Rule;

/// The evidence the model weighs, in the order of [`features`]' values.
pub const FEATURES: [&str; 18] = [
    "bias",
    "rule cue-after",
    "rule cue-before",
    "rule colon-intro",
    "rule clause",
    "rule reported",
    "rule continuation",
    "mention name",
    "mention pronoun",
    "mention description",
    "speaker organisation",
    "speaker unnamed",
    "mention several words",
    "speaker full name",
    "speaker quotes log",
    "quote words log",
    "mention distance log",
    "cue weak verb",
];

/// The evidence for each quotation of `a` (found in `text`): `Some` for speech with a speaker.
pub fn features(a: &Annotations, text: &str) -> Vec<Option<[f32; FEATURES.len()]>> {
    (0..a.quotes.len()).map(|i| evidence(a, text, i)).collect()
}

fn evidence(a: &Annotations, text: &str, i: usize) -> Option<[f32; FEATURES.len()]> {
    let q = a.quotes.get(i)?;
    let speaker = a.speakers.get(q.speaker?)?;
    if !q.kind.is_speech() {
        return None;
    }
    let mention = q
        .mention
        .and_then(|m| text.get(m.start..m.end))
        .unwrap_or("");
    let kind = mention_kind(mention);
    let flag = |b: bool| if b { 1.0 } else { 0.0 };
    // A verb of stating a view or acting with words (`believes`, `called`), not of saying.
    let weak_cue = q
        .cue
        .and_then(|c| text.get(c.start..c.end))
        .and_then(|c| c.split_whitespace().next())
        .and_then(|w| {
            let mut buf = [0u8; 24];
            ascii_lower(w, &mut buf).and_then(speech_verbs::lookup)
        })
        .is_some_and(|v| v.strength == Strength::Weak);
    let words = text
        .get(q.span.start..q.span.end)
        .map_or(0, |t| t.split_whitespace().count());
    // Characters between the mention and the quotation (0 when the mention is inside a cue
    // right beside it, or there is none).
    let distance = q.mention.map_or(0, |m| {
        if m.end <= q.outer.start {
            q.outer.start - m.end
        } else {
            m.start.saturating_sub(q.outer.end)
        }
    });
    Some([
        1.0,
        flag(q.rule == Rule::CueAfter),
        flag(q.rule == Rule::CueBefore),
        flag(q.rule == Rule::ColonIntro),
        flag(q.rule == Rule::Clause),
        flag(q.rule == Rule::Reported),
        flag(q.rule == Rule::Continuation),
        flag(kind == Some(Mention::Name)),
        flag(kind == Some(Mention::Pronoun)),
        flag(kind == Some(Mention::Description)),
        flag(speaker.kind == SpeakerKind::Organisation),
        flag(speaker.kind == SpeakerKind::Unnamed),
        flag(mention.split_whitespace().nth(1).is_some()),
        flag(speaker.name.split_whitespace().nth(1).is_some()),
        ln_1p(speaker.quotes as f32),
        ln_1p(words as f32),
        ln_1p(distance as f32),
        flag(weak_cue),
    ])
}

/// Sets the confidence of every speech quotation with a speaker from its evidence. Speech whose
/// speaker was not found has nobody to be sure of: 0.
#[inline(never)] // a stage of its own: see `annotate`
pub(crate) fn calibrate(a: &mut Annotations, text: &str) {
    for (i, x) in features(a, text).into_iter().enumerate() {
        let q = &mut a.quotes[i];
        if let Some(x) = x {
            let z: f32 = x.iter().zip(weights::WEIGHTS).map(|(x, w)| x * w).sum();
            let z = weights::SCALE * z + weights::SHIFT;
            q.confidence = 1.0 / (1.0 + exp(-z));
        } else if q.kind.is_speech() && q.speaker.is_none() {
            q.confidence = 0.0;
        }
    }
}

/// `ln(1 + x)` for `x >= 0`, to within 1e-5: from the float's exponent and a polynomial in its
/// mantissa. The library's `ln_1p` and `exp` would bring a kilobyte of libm into the widget for
/// three logarithms and a sigmoid a quotation.
fn ln_1p(x: f32) -> f32 {
    let bits = (1.0 + x.max(0.0)).to_bits();
    let exponent = ((bits >> 23) & 0xff) as f32 - 127.0;
    // The mantissa m in [1, 2), and ln(m) by its series in t = (m - 1) / (m + 1).
    let m = f32::from_bits((bits & 0x007f_ffff) | 0x3f80_0000);
    let t = (m - 1.0) / (m + 1.0);
    let t2 = t * t;
    let ln_m = 2.0 * t * (1.0 + t2 * (1.0 / 3.0 + t2 * (1.0 / 5.0 + t2 * (1.0 / 7.0 + t2 / 9.0))));
    exponent * std::f32::consts::LN_2 + ln_m
}

/// `e^z`, to within a relative 1e-5 over the range a confidence needs (|z| < 80): a power of
/// two times a polynomial.
fn exp(z: f32) -> f32 {
    let y = z.clamp(-80.0, 80.0) * std::f32::consts::LOG2_E;
    let n = y.floor();
    let f = (y - n) * std::f32::consts::LN_2;
    // e^f for f in [0, ln 2), by its Taylor series.
    let mut term = 1.0;
    let mut sum = 1.0;
    for k in 1..10 {
        term *= f / k as f32;
        sum += term;
    }
    sum * f32::from_bits(((n as i32 + 127) as u32) << 23)
}

/// How a mention names its speaker.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Mention {
    /// `Antony Blinken`, `Blinken`, `the Kremlin` spelt with capitals.
    Name,
    /// `he`, `she`, `they`.
    Pronoun,
    /// `the rookie forward`, `a spokeswoman`, `officials`.
    Description,
}

fn mention_kind(mention: &str) -> Option<Mention> {
    let first = mention.split_whitespace().next()?;
    // The lexicon's subject pronouns, and the object forms a mention can still be (`told her`).
    let pronoun =
        words::pronoun(first).is_some() || lower_is(first, |w| matches!(w, "him" | "her" | "them"));
    if mention.split_whitespace().nth(1).is_none() && pronoun {
        return Some(Mention::Pronoun);
    }
    // `the Kremlin` is a name; `the mayor`, `his wife` are not.
    let second = mention.split_whitespace().nth(1).unwrap_or_default();
    let article = lower_is(first, |w| matches!(w, "the" | "a" | "an"));
    if article && second.starts_with(char::is_uppercase) {
        return Some(Mention::Name);
    }
    // `an-Nahda`, `al-Sadr`: a name with its article joined on in lower case is a name; so is
    // one after lower-case words that qualify it (`former Gov. Jo Park`, `provincial Health
    // Minister Jo Park`), but not a place a description is at (`police in Halifax`).
    let lower_name = mention.contains(char::is_uppercase)
        && !mention.split_whitespace().any(words::is_function_word);
    if lower_is(first, words::is_article_or_possessive)
        || first.starts_with(char::is_lowercase) && !lower_name
    {
        return Some(Mention::Description);
    }
    Some(Mention::Name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_logarithm_and_the_exponential_match_the_library() {
        for x in [0.0f32, 0.5, 1.0, 2.0, 7.0, 30.0, 1000.0, 123_456.0] {
            assert!((ln_1p(x) - x.ln_1p()).abs() < 1e-5, "ln_1p({x})");
        }
        for z in [-20.0f32, -5.0, -1.0, -0.3, 0.0, 0.7, 2.0, 9.5, 40.0] {
            assert!((exp(z) / z.exp() - 1.0).abs() < 1e-5, "exp({z})");
        }
    }

    #[test]
    fn mentions_are_names_pronouns_or_descriptions() {
        assert_eq!(mention_kind("Antony Blinken"), Some(Mention::Name));
        assert_eq!(mention_kind("She"), Some(Mention::Pronoun));
        assert_eq!(
            mention_kind("the rookie forward"),
            Some(Mention::Description)
        );
        assert_eq!(mention_kind("The mayor"), Some(Mention::Description));
        assert_eq!(mention_kind("the Kremlin"), Some(Mention::Name));
        assert_eq!(mention_kind("officials"), Some(Mention::Description));
        assert_eq!(mention_kind("an-Nahda"), Some(Mention::Name));
        assert_eq!(
            mention_kind("provincial Health Minister Ama Osei"),
            Some(Mention::Name)
        );
        assert_eq!(
            mention_kind("police in Halifax"),
            Some(Mention::Description)
        );
        assert_eq!(mention_kind(""), None);
    }

    #[test]
    fn confidence_follows_the_evidence() {
        let named = crate::annotate_text("\"We will rebuild,\" Mayor Jane Smith said.");
        let q = &named.quotes[0];
        assert!(q.confidence > 0.0 && q.confidence < 1.0);
        let text = "Jane Smith spoke.\n\n\"We will rebuild,\" she said.";
        let pronoun = crate::annotate_text(text);
        assert!(features(&pronoun, text)[0].is_some_and(|x| x[8] == 1.0));
    }

    #[test]
    fn speech_with_no_speaker_found_has_no_confidence() {
        let a = crate::annotate_text("\"The vote is rigged,\" it said.");
        let q = &a.quotes[0];
        assert!(q.kind.is_speech() && q.speaker.is_none());
        assert_eq!(q.confidence, 0.0);
    }
}
