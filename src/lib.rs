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
//! Layers: [`quotes`] finds quotation marks and pairs them; [`attribute`] decides who speaks,
//! one rule a module; [`entities`] groups the mentions of one person; [`annotations`] is the
//! output contract, and [`packed`] its byte form between threads. The browser layer lives in
//! `web` (wasm32 only).
#![forbid(unsafe_code)]

pub mod annotations;
pub mod article;
pub mod attribute;
mod doc;
pub mod entities;
pub mod explain;
mod fast_hash;
pub mod lexicon;
mod offsets;
pub mod packed;
pub mod quotes;
pub mod textmap;
mod tokens;
#[cfg(target_arch = "wasm32")]
mod web;

pub use annotations::{Annotations, Quote, QuoteKind, Span, Speaker, SpeakerKind};
pub use article::{Article, Block, BlockKind, BlockSpan};

/// Annotates plain text (a blank line between paragraphs).
pub fn annotate_text(text: &str) -> Annotations {
    annotate(&Article::from_text(text))
}

/// Annotates an article.
///
/// Its stages stay separate functions (`#[inline(never)]`, and `-ocimfs` in `scripts/build`):
/// merged into one, they made an 18 kB WebAssembly function that V8's optimizing tier took
/// ~40 ms to compile while a page showed its first article, competing with it for the CPU.
pub fn annotate(article: &Article) -> Annotations {
    let found = quotes::find(article);
    let doc = doc::Doc::new(article, found);
    let mut ents = entities::Entities::collect(&doc);
    let decisions = attribute::attribute(&doc, &mut ents);
    build(&doc, &ents, decisions)
}

/// Turns decisions into the output types: char offsets, speakers numbered by first quote.
#[inline(never)] // a stage of its own: see `annotate`
fn build(
    doc: &doc::Doc,
    ents: &entities::Entities,
    decisions: Vec<attribute::Decision>,
) -> Annotations {
    let mut chars = offsets::CharIndex::new(doc.text);
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
            rule: d.rule.into(),
            confidence: d.confidence,
            continues: found.continues,
            block: found.block,
        });
    }
    Annotations { quotes, speakers }
}
