//! Who is quoted in an article, and how much: each speaker's quotations and quoted words, their
//! share of all quoted words, and the quotations no one could be named for. The widget's
//! speakers panel, `WhoSaid.summary()` and the command line's text output all read this, so
//! they count alike, and alike with the card (`explain`): speech only, and a speaker below the
//! embedder's minimum confidence counts as not identified.

use serde::{Deserialize, Serialize};

use crate::annotations::{Annotations, SpeakerKind};

/// The speakers of one article, most quoted words first.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Summary {
    /// Everyone with at least one quotation, by quoted words (then by first quotation).
    pub speakers: Vec<SpeakerSummary>,
    /// Speech quotations with no speaker named (none found, or less sure than the minimum).
    pub unattributed: Share,
    /// Speech quotations in all.
    pub quotes: usize,
    /// Quoted words in all.
    pub words: usize,
}

/// One speaker's part.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SpeakerSummary {
    /// Index into [`Annotations::speakers`].
    pub speaker: usize,
    /// The canonical name.
    pub name: String,
    /// Role or title as the article gives it, else what it says of them.
    pub about: Option<String>,
    /// Person, organisation, or known only by a description.
    pub kind: SpeakerKind,
    /// Their quotations (indices into [`Annotations::quotes`], in text order).
    pub quotes: Vec<usize>,
    /// Words in their quotations.
    pub words: usize,
    /// `words` over all quoted words, from 0 to 1.
    pub share: f32,
}

/// A set of quotations: which, how many words, and what part of all quoted words.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Share {
    /// Indices into [`Annotations::quotes`], in text order. A quotation running over several
    /// paragraphs counts once a paragraph, as the card counts it.
    pub quotes: Vec<usize>,
    /// Words in those quotations.
    pub words: usize,
    /// `words` over all quoted words, from 0 to 1 (0 when nothing is quoted).
    pub share: f32,
}

/// Sums up `a`, found in `text` (the article text its offsets refer to). A quotation whose
/// confidence is below `min_confidence` counts as unattributed.
pub fn summarize(a: &Annotations, text: &str, min_confidence: f32) -> Summary {
    let mut per: Vec<Share> = vec![Share::default(); a.speakers.len()];
    let mut unattributed = Share::default();
    let mut total = Summary::default();
    for (i, q) in a.quotes.iter().enumerate() {
        if !q.kind.is_speech() {
            continue;
        }
        let words = text.get(q.span.start..q.span.end).map_or(0, count_words);
        total.quotes += 1;
        total.words += words;
        let to = match q.speaker.filter(|_| q.confidence >= min_confidence) {
            Some(s) if s < per.len() => &mut per[s],
            _ => &mut unattributed,
        };
        to.quotes.push(i);
        to.words += words;
    }
    let share = |words: usize| match total.words {
        0 => 0.0,
        all => words as f32 / all as f32,
    };
    // Most words first, then the first quotation first: a total order, so the heap sort (of
    // plain triples, as the widget also sorts) gives one answer.
    let mut order: Vec<(u64, usize, usize)> = per
        .iter()
        .enumerate()
        .filter(|(_, p)| !p.quotes.is_empty())
        .map(|(s, p)| (u64::MAX - p.words as u64, p.quotes[0], s))
        .collect();
    crate::heap_sort::sort(&mut order);
    let speakers = order
        .into_iter()
        .map(|(_, _, s)| {
            let sp = &a.speakers[s];
            let p = std::mem::take(&mut per[s]);
            SpeakerSummary {
                speaker: s,
                name: sp.name.clone(),
                about: sp.role.clone().or_else(|| sp.description.clone()),
                kind: sp.kind,
                share: share(p.words),
                quotes: p.quotes,
                words: p.words,
            }
        })
        .collect();
    unattributed.share = share(unattributed.words);
    Summary {
        speakers,
        unattributed,
        ..total
    }
}

/// Words as a reader counts them: runs between white space that hold a letter or a digit (a
/// dash standing alone is not a word).
fn count_words(text: &str) -> usize {
    text.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_each_speakers_quotes_and_words_most_quoted_first() {
        let text = "\"One two,\" Jane Smith said. \"Three four five,\" Bob Jones said. \
                    \"Six — seven,\" Smith said.";
        let a = crate::annotate_text(text);
        let s = summarize(&a, text, 0.0);
        assert_eq!((s.quotes, s.words), (3, 7));
        let rows: Vec<(&str, usize, usize)> = s
            .speakers
            .iter()
            .map(|r| (r.name.as_str(), r.quotes.len(), r.words))
            .collect();
        assert_eq!(rows, [("Jane Smith", 2, 4), ("Bob Jones", 1, 3)]);
        assert!((s.speakers[0].share - 4.0 / 7.0).abs() < 1e-6);
        assert_eq!(s.speakers[0].quotes, [0, 2]);
        assert!(s.unattributed.quotes.is_empty());
    }

    #[test]
    fn a_quote_below_the_minimum_or_with_no_speaker_is_unattributed() {
        let text =
            "\"Nobody knows why,\" the note read.\n\n\"We will act,\" Mayor Jane Smith said.";
        let a = crate::annotate_text(text);
        let all = summarize(&a, text, 1.1);
        assert!(all.speakers.is_empty());
        assert_eq!(all.unattributed.quotes.len(), all.quotes);
        assert_eq!(all.unattributed.share, 1.0);
    }

    #[test]
    fn terms_and_titles_are_not_counted() {
        let text = "The so-called \"quiet period\" ended. \"We are ready,\" Jane Smith said.";
        let a = crate::annotate_text(text);
        let s = summarize(&a, text, 0.0);
        assert_eq!((s.quotes, s.words), (1, 3));
    }

    #[test]
    fn nothing_quoted_gives_an_empty_summary() {
        let s = summarize(&Annotations::default(), "", 0.5);
        assert_eq!(s, Summary::default());
    }
}
