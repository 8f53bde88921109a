//! The engine's output: the contract the CLI, the browser layer and crate users consume.

use serde::{Deserialize, Serialize};

/// A stretch of [`crate::Article::text`]: byte offsets (for Rust) and Unicode code-point
/// offsets (for Python, the scorer and JSON consumers), both end-exclusive. The browser layer
/// turns these into UTF-16 offsets in one place (`src/textmap.rs`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Span {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset just past the last byte.
    pub end: usize,
    /// Unicode code-point offset of the first character.
    pub char_start: usize,
    /// Unicode code-point offset just past the last character.
    pub char_end: usize,
}

/// What a quoted stretch of text is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum QuoteKind {
    /// Words someone said, standing as a sentence or more.
    Direct,
    /// Said words woven into the writer's own sentence (`said the plan was "too dangerous"`).
    Partial,
    /// A block quotation (a `<blockquote>`), marks or not.
    Block,
    /// A scare quote, nickname or quoted term (`the so-called "Starlight Tours"`): not speech.
    Term,
    /// The title of a work (a book, film, song, report): not speech.
    Title,
    /// A subhead or pull quote that is a quotation alone on its line (`'Just listen to us'`):
    /// it repeats words quoted in the body, where they are attributed.
    Headline,
    /// An answer in an interview printed as questions and answers (`A: ...`): speech with no
    /// quotation marks.
    Answer,
}

impl QuoteKind {
    /// Whether the quoted text is speech, and so has a speaker.
    pub fn is_speech(self) -> bool {
        matches!(
            self,
            QuoteKind::Direct | QuoteKind::Partial | QuoteKind::Block | QuoteKind::Answer
        )
    }
}

/// One quotation. A quotation running over several paragraphs is one `Quote` a paragraph, the
/// later ones naming the first in `continues`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    /// The quoted words, without the quote marks.
    pub span: Span,
    /// The quoted words with their marks (equal to `span` for a block quotation without marks).
    pub outer: Span,
    /// Speech (direct, partial, block) or not (term, title, headline).
    pub kind: QuoteKind,
    /// Index into [`Annotations::speakers`]; `None` for non-speech and for speech whose speaker
    /// could not be found.
    pub speaker: Option<usize>,
    /// The words that name the speaker for this quote (`he`, `Blinken`, `the Kremlin`); for a
    /// continuation, those of the quote it continues.
    pub mention: Option<Span>,
    /// The words that mark the speech (`said`, `told`, `according to`).
    pub cue: Option<Span>,
    /// The rule that decided the speaker (or the kind, for non-speech).
    pub rule: crate::Rule,
    /// How sure the rule is, from 0 to 1.
    pub confidence: f32,
    /// Index of the first part of a quotation that runs over several paragraphs.
    pub continues: Option<usize>,
    /// Index into [`crate::Article::blocks`].
    pub block: usize,
}

/// Someone (a person, an organisation or a group) who speaks in the article.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Speaker {
    /// The fullest form of the name the article gives (`Antony Blinken`).
    pub name: String,
    /// Every other form the article uses (`Blinken`, `Secretary of State Antony Blinken`).
    pub aliases: Vec<String>,
    /// Role or title as the article gives it (`White House Press Secretary`).
    pub role: Option<String>,
    /// Age, when the article gives it (`Psaki, 43`).
    pub age: Option<u32>,
    /// What the article says of them (`a 45-year-old teacher in Ivano-Frankivsk, Ukraine`).
    pub description: Option<String>,
    /// Person, organisation, or someone known only by a description.
    pub kind: SpeakerKind,
    /// How many speech quotes are attributed to this speaker.
    pub quotes: usize,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
/// Who a speaker is.
pub enum SpeakerKind {
    #[default]
    /// A named person.
    Person,
    /// A named organisation, government, company or outlet.
    Organisation,
    /// A speaker known only by a description (`a spokesperson`, `officials`).
    Unnamed,
    /// Named people who speak together (`Reyes and Lee said`).
    Group,
}

/// Everything the engine found in one article.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Annotations {
    /// Every quotation, in text order.
    pub quotes: Vec<Quote>,
    /// Everyone who speaks, numbered in order of their first quotation.
    pub speakers: Vec<Speaker>,
}

impl Annotations {
    /// The speaker of quote `i`, if it has one.
    pub fn speaker_of(&self, i: usize) -> Option<&Speaker> {
        self.quotes
            .get(i)
            .and_then(|q| q.speaker)
            .and_then(|s| self.speakers.get(s))
    }
}

impl Annotations {
    /// Checks the output contract against the article it came from: every span lies inside the
    /// text on character boundaries with character offsets that agree with its byte offsets,
    /// quotes are in text order, indices (speaker, block, continuation) are in range, only speech
    /// has a speaker, and every speaker's count matches its quotes. The property tests and the
    /// fuzzers hold every output to it; a consumer can too.
    pub fn validate(&self, article: &crate::Article) -> Result<(), String> {
        let text = article.text();
        // Character offsets through the one forward index the output is built with: counting
        // from the start for every span would be quadratic in a long article.
        let chars = crate::offsets::CharIndex::new(text);
        let span = |what: &str, q: usize, s: &Span| -> Result<(), String> {
            let ok = s.start <= s.end
                && s.end <= text.len()
                && text.is_char_boundary(s.start)
                && text.is_char_boundary(s.end)
                && chars.char_of(s.start) == s.char_start
                && chars.char_of(s.end) == s.char_end;
            ok.then_some(())
                .ok_or_else(|| format!("quote {q}: {what} {s:?} is not a span of the text"))
        };
        let mut counts = vec![0; self.speakers.len()];
        for (i, q) in self.quotes.iter().enumerate() {
            span("span", i, &q.span)?;
            span("outer", i, &q.outer)?;
            for (what, s) in [("mention", &q.mention), ("cue", &q.cue)] {
                s.as_ref().map_or(Ok(()), |s| span(what, i, s))?;
            }
            if q.outer.start > q.span.start || q.span.end > q.outer.end {
                return Err(format!("quote {i}: span outside its outer span"));
            }
            if i > 0 && self.quotes[i - 1].outer.start > q.outer.start {
                return Err(format!("quote {i}: out of text order"));
            }
            if q.block >= article.blocks().len() {
                return Err(format!("quote {i}: block {} out of range", q.block));
            }
            if q.continues.is_some_and(|c| c >= i) {
                return Err(format!("quote {i}: continues a later quote"));
            }
            if !(0.0..=1.0).contains(&q.confidence) {
                return Err(format!("quote {i}: confidence {}", q.confidence));
            }
            match q.speaker {
                Some(_) if !q.kind.is_speech() => {
                    return Err(format!("quote {i}: non-speech with a speaker"))
                }
                Some(s) if s >= self.speakers.len() => {
                    return Err(format!("quote {i}: speaker {s} out of range"))
                }
                Some(s) => counts[s] += 1,
                None => {}
            }
        }
        for (s, (speaker, n)) in self.speakers.iter().zip(counts).enumerate() {
            if speaker.quotes != n {
                return Err(format!(
                    "speaker {s}: {} quotes claimed, {n} found",
                    speaker.quotes
                ));
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn validate_reports_spans_that_do_not_fit_the_text() {
        let article = crate::Article::from_text("\"Héllo,\" Smith said.");
        let mut a = crate::annotate(&article);
        assert_eq!(a.validate(&article), Ok(()));
        a.quotes[0].span.char_end += 1;
        assert!(a.validate(&article).is_err());
        // Character offsets in the wrong order are an error, not an overflow.
        a.quotes[0].span.char_end = 0;
        assert!(a.validate(&article).is_err());
    }
}
