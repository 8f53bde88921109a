//! The engine's output: the contract the CLI, the browser layer and crate users consume.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

/// A stretch of [`crate::Article::text`]: byte offsets (for Rust) and Unicode code-point
/// offsets (for Python, the scorer and JSON consumers), both end-exclusive. The browser layer
/// turns these into UTF-16 offsets in one place (`src/textmap.rs`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
    pub char_start: usize,
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
}

impl QuoteKind {
    /// Whether the quoted text is speech, and so has a speaker.
    pub fn is_speech(self) -> bool {
        matches!(
            self,
            QuoteKind::Direct | QuoteKind::Partial | QuoteKind::Block
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
    pub rule: Cow<'static, str>,
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
    pub age: Option<u32>,
    /// What the article says of them (`a 45-year-old teacher in Ivano-Frankivsk, Ukraine`).
    pub description: Option<String>,
    pub kind: SpeakerKind,
    /// How many speech quotes are attributed to this speaker.
    pub quotes: usize,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SpeakerKind {
    #[default]
    Person,
    Organisation,
    /// A speaker known only by a description (`a spokesperson`, `officials`).
    Unnamed,
}

/// Everything the engine found in one article.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Annotations {
    pub quotes: Vec<Quote>,
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
