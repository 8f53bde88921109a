//! What a hover card says about one quotation, in words: who, what the article says of them, and
//! why the engine thinks so (`“he added” → Antony Blinken`). Pure text, so the browser layer
//! only lays it out and this is tested natively.

use crate::annotations::{Annotations, Span};

/// Below this confidence a reader is not told a speaker's name by default (the widget's
/// `minConfidence`, the command line's `--min-confidence`): chosen from the reliability table in
/// the README.
pub const DEFAULT_MIN_CONFIDENCE: f32 = 0.5;

/// The text of a card. Every field is plain text (the browser layer never parses it as HTML).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Explanation {
    /// The speaker's canonical name, or `None` when no speaker was found (or it was less sure
    /// than the embedder's minimum).
    pub name: Option<String>,
    /// Role and age, `Secretary of State · 59`.
    pub meta: Option<String>,
    /// What the article says of the speaker (`a teacher in Kyiv`).
    pub description: Option<String>,
    /// The words that decided, `“he added” → Antony Blinken`.
    pub evidence: Option<String>,
    /// The rule in plain words, with how sure it is.
    pub reason: String,
    /// This quote's place among the speaker's speech quotes: (1-based position, count).
    pub position: Option<(usize, usize)>,
    /// Indices (into `Annotations::quotes`) of the speaker's previous and next speech quotes.
    pub previous: Option<usize>,
    /// See `previous`.
    pub next: Option<usize>,
}

/// Explains quote `i` of `a`, found in `text` (the article text the offsets refer to).
/// A speaker whose confidence is below `min_confidence` is not named.
pub fn explain(a: &Annotations, text: &str, i: usize, min_confidence: f32) -> Explanation {
    let speaker = a.quotes.get(i).and_then(|q| q.speaker);
    let same: Vec<usize> = (0..a.quotes.len())
        .filter(|&j| speaker.is_some() && counted(a, j, min_confidence) == speaker)
        .collect();
    explain_among(a, text, i, min_confidence, &same)
}

/// Every quotation's card, in order. One pass finds each speaker's quotations: explaining them
/// one by one would look through all of an article's quotations for each.
pub fn explain_all(a: &Annotations, text: &str, min_confidence: f32) -> Vec<Explanation> {
    let mut by_speaker = vec![Vec::new(); a.speakers.len()];
    for j in 0..a.quotes.len() {
        if let Some(list) = counted(a, j, min_confidence).and_then(|s| by_speaker.get_mut(s)) {
            list.push(j);
        }
    }
    (0..a.quotes.len())
        .map(|i| {
            let same = (a.quotes[i].speaker)
                .and_then(|s| by_speaker.get(s))
                .map_or(&[][..], Vec::as_slice);
            explain_among(a, text, i, min_confidence, same)
        })
        .collect()
}

/// The speaker of quotation `j` when it counts among their quotations on a card: speech, as
/// sure as the reader asks.
fn counted(a: &Annotations, j: usize, min_confidence: f32) -> Option<usize> {
    let o = a.quotes.get(j)?;
    o.speaker
        .filter(|_| o.kind.is_speech() && o.confidence >= min_confidence)
}

/// Explains quote `i`, whose speaker's counted quotations are `same`, in order.
fn explain_among(
    a: &Annotations,
    text: &str,
    i: usize,
    min_confidence: f32,
    same: &[usize],
) -> Explanation {
    let Some(q) = a.quotes.get(i) else {
        return Explanation::default();
    };
    let speaker = q
        .speaker
        .filter(|_| q.confidence >= min_confidence)
        .and_then(|s| a.speakers.get(s));
    let Some(sp) = speaker else {
        // Below the minimum: say whom the engine suspects, and how unsure it is.
        let guess = q
            .speaker
            .and_then(|s| a.speakers.get(s))
            .filter(|_| q.kind.is_speech());
        let reason = match guess {
            // No case mapping here: it would pull Unicode's case tables into the wasm.
            Some(g) => format!(
                "Perhaps {}, but whosaid is only {}% sure, less than this page asks for ({}). It would rather say so than guess.",
                g.name,
                percent(q.confidence),
                q.rule.explanation(),
            ),
            None => "No one is named near this quotation, and it does not continue an attributed one. whosaid would rather say so than guess.".into(),
        };
        return Explanation {
            reason,
            ..Explanation::default()
        };
    };
    let mut meta = sp.role.clone().unwrap_or_default();
    if let Some(age) = sp.age {
        let sep = if meta.is_empty() { "" } else { " · " };
        meta = format!("{meta}{sep}{age}");
    }
    let k = same.iter().position(|&j| j == i);
    Explanation {
        name: Some(sp.name.clone()),
        meta: (!meta.is_empty()).then_some(meta),
        description: sp.description.clone(),
        evidence: evidence(text, q.mention, q.cue).map(|e| format!("“{e}” → {}", sp.name)),
        reason: format!("{} · {}% sure", q.rule.explanation(), percent(q.confidence)),
        position: k.map(|k| (k + 1, same.len())),
        previous: k.and_then(|k| k.checked_sub(1)).map(|k| same[k]),
        next: k.and_then(|k| same.get(k + 1).copied()),
    }
}

/// A confidence as a whole percentage: an integer, since formatting a float would pull the
/// float printer into the wasm.
fn percent(confidence: f32) -> u32 {
    (confidence.clamp(0.0, 1.0) * 100.0).round() as u32
}

/// The cue and the mention together when they stand close (`he added`, `Blinken said`), else
/// the mention alone.
fn evidence(text: &str, mention: Option<Span>, cue: Option<Span>) -> Option<String> {
    let slice = |s: Span| {
        let t = text.get(s.start..s.end)?;
        Some(crate::lexicon::spaced(&mut t.split_whitespace()))
    };
    match (mention, cue) {
        (Some(m), Some(c)) if m.end.max(c.end) - m.start.min(c.start) <= 48 => slice(Span {
            start: m.start.min(c.start),
            end: m.end.max(c.end),
            ..m
        }),
        (Some(m), Some(c)) => {
            let (x, y) = if m.start < c.start { (m, c) } else { (c, m) };
            Some(format!("{} … {}", slice(x)?, slice(y)?))
        }
        (Some(only), None) | (None, Some(only)) => slice(only),
        (None, None) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn explains_a_pronoun_cue_with_the_name_it_stands_for() {
        let text =
            "White House Press Secretary Jen Psaki, 43, spoke.\n\n\"We will act,\" she added.";
        let a = crate::annotate_text(text);
        let e = explain(&a, text, 0, 0.0);
        assert_eq!(e.name.as_deref(), Some("Jen Psaki"));
        assert_eq!(e.evidence.as_deref(), Some("“she added” → Jen Psaki"));
        assert_eq!(e.meta.as_deref(), Some("White House Press Secretary · 43"));
        assert_eq!(e.position, Some((1, 1)));
    }

    #[test]
    fn an_honorific_is_no_role_on_the_card() {
        let text = "Mr Jo Okafor, 61, spoke first. \"We will act,\" Mr. Okafor said.";
        let a = crate::annotate_text(text);
        let e = explain(&a, text, 0, 0.0);
        assert_eq!(e.name.as_deref(), Some("Jo Okafor"));
        assert_eq!(e.meta.as_deref(), Some("61"));
    }

    #[test]
    fn counts_and_links_the_speakers_quotes() {
        let text = "\"One,\" Jane Smith said. \"Two,\" Bob Jones said. \"Three,\" Smith said.";
        let a = crate::annotate_text(text);
        let e = explain(&a, text, 2, 0.0);
        assert_eq!(e.position, Some((2, 2)));
        assert_eq!(e.previous, Some(0));
        assert_eq!(e.next, None);
    }

    #[test]
    fn says_plainly_when_no_speaker_was_found_or_it_is_too_unsure() {
        let text = "\"Nobody knows.\"";
        let a = crate::annotate_text(text);
        let e = explain(&a, text, 0, 0.0);
        assert_eq!(e.name, None);
        assert!(e.reason.contains("rather say so than guess"));
        let text = "\"One,\" Jane Smith said.";
        let a = crate::annotate_text(text);
        let unsure = explain(&a, text, 0, 1.1);
        assert_eq!(unsure.name, None);
        assert!(unsure
            .reason
            .starts_with("Perhaps Jane Smith, but whosaid is only"));
        assert_eq!(explain(&a, text, 9, 0.0), Explanation::default());
    }

    #[test]
    fn the_subject_after_according_to_is_no_description() {
        let text =
            "Linda Moore chairs the coalition.\n\nAccording to Moore, the plan \"hides the cuts.\"";
        let a = crate::annotate_text(text);
        let e = explain(&a, text, 0, 0.0);
        assert_eq!(e.name.as_deref(), Some("Linda Moore"));
        assert_eq!(e.description, None);
    }

    #[test]
    fn all_cards_at_once_are_the_cards_one_by_one() {
        let text =
            "\"One,\" Jane Smith said. \"Two,\" Bob Jones said. \"Three,\" Smith said. \"Four.\"";
        let a = crate::annotate_text(text);
        for min in [0.0, 0.8, 1.1] {
            let one_by_one: Vec<_> = (0..a.quotes.len())
                .map(|i| explain(&a, text, i, min))
                .collect();
            assert_eq!(explain_all(&a, text, min), one_by_one, "{min}");
        }
    }
}
