//! # whosaid
//!
//! Finds every quotation in a news article and works out who said it.
//!
//! The core is pure Rust with no DOM types: text in, [`Annotations`] out. It never panics, on
//! any input, and runs in time linear in the article's length.
//!
//! ```
//! let a = whosaid::annotate_text("\"We will rebuild,\" Mayor Jane Smith said on Monday.");
//! assert_eq!(a.speaker_of(0).unwrap().name, "Jane Smith");
//! ```
//!
//! Stages (private): `quotes` finds quotation marks and pairs them; `doc` reads tokens and
//! sentences; `entities` groups the mentions of one person; `attribute` decides who speaks, one
//! rule a module. Public: [`article`] is the input, [`annotations`] the output contract,
//! [`packed`] its byte form between threads, [`explain`] what a reader is told about a quote,
//! and [`summary`] who is quoted and how much. The browser binding (`whosaid-web`) and the
//! command line (`whosaid-cli`) are crates of their own in this workspace.
#![forbid(unsafe_code)]
#![warn(missing_docs, unreachable_pub)]

pub mod annotations;
pub mod article;
mod attribute;
pub mod calibrate;
mod doc;
mod entities;
pub mod explain;
mod fast_hash;
#[doc(hidden)]
pub mod heap_sort;
mod lexicon;
mod offsets;
pub mod packed;
pub mod page;
mod quotes;
#[cfg(feature = "research")]
pub mod research;
mod rule;
pub mod salience;
pub mod summary;
mod syntax;
mod tokens;

pub use annotations::{Annotations, Quote, QuoteKind, Span, Speaker, SpeakerKind};
pub use article::{Article, Block, BlockKind, BlockSpan};
pub use rule::Rule;

/// Annotates plain text (a blank line between paragraphs).
pub fn annotate_text(text: &str) -> Annotations {
    annotate(&Article::from_text(text))
}

/// Annotates an article: finds the quotations, reads the text into tokens and sentences, groups
/// the mentions of each person, decides who said each quotation, and numbers the speakers.
///
/// Each stage is a function of its own (`#[inline(never)]`): in WebAssembly, one function
/// holding every stage is costly for the browser's optimising compiler (docs/performance.md).
pub fn annotate(article: &Article) -> Annotations {
    run(article).0
}

/// The stages, returning the entities too (`research` reads what they weighed).
fn run(article: &Article) -> (Annotations, entities::Entities) {
    let found = quotes::find(article);
    let doc = doc::Doc::new(article, found);
    let mut ents = entities::Entities::collect(&doc);
    let decisions = attribute::attribute(&doc, &mut ents);
    let mut out = build(&doc, &ents, decisions);
    calibrate::calibrate(&mut out, doc.text);
    (out, ents)
}

/// Turns decisions into the output types: char offsets, speakers numbered by first quote.
#[inline(never)] // a stage of its own: see `annotate`
fn build(
    doc: &doc::Doc,
    ents: &entities::Entities,
    decisions: Vec<attribute::Decision>,
) -> Annotations {
    let chars = offsets::CharIndex::new(doc.text);
    let mut speaker_ids: Vec<Option<usize>> = vec![None; ents.list.len()];
    let mut speakers: Vec<Speaker> = Vec::new();
    let mut quotes = Vec::with_capacity(decisions.len());
    for (q, d) in decisions.into_iter().enumerate() {
        let found = doc.quotes[q];
        let speaker = d.speaker.map(|e| {
            *speaker_ids[e].get_or_insert_with(|| {
                let ent = &ents.list[e];
                speakers.push(Speaker {
                    name: ent.name.clone(),
                    aliases: ent.aliases.clone(),
                    role: ent.role.clone(),
                    age: ent.age,
                    description: ent.description.clone(),
                    kind: ent.kind,
                    quotes: 0,
                });
                speakers.len() - 1
            })
        });
        if let Some(s) = speaker {
            speakers[s].quotes += 1;
        }
        let mention = d.mention.map(|(s, e)| doc.bytes(s, e));
        let cue = d.cue.map(|(s, e)| doc.bytes(s, e));
        quotes.push(Quote {
            mention: mention.map(|(a, b)| chars.span(a, b)),
            cue: cue.map(|(a, b)| chars.span(a, b)),
            span: chars.span(found.inner.0, found.inner.1),
            outer: chars.span(found.outer.0, found.outer.1),
            kind: d.kind,
            speaker,
            rule: d.rule,
            confidence: d.confidence,
            continues: found.continues,
            block: found.block,
        });
    }
    Annotations { quotes, speakers }
}
