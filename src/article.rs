//! The engine's input: an article as one text and the blocks that make it up.
//!
//! Every offset the engine reports is a byte offset into [`Article::text`] (with the matching
//! Unicode character offset beside it, see [`crate::Span`]). Blocks given one by one are joined
//! with a blank line (`"\n\n"`), so a block's text starts at [`BlockSpan::start`].

use serde::{Deserialize, Serialize};

/// What a block is on the page; it changes how quotations in it are read.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum BlockKind {
    /// A headline or subhead.
    Heading,
    /// Running text.
    Paragraph,
    /// A `<blockquote>`: its text is a quotation even without quote marks.
    BlockQuote,
    /// A photo or video caption.
    Caption,
    /// An item of a list.
    ListItem,
    /// Any other block of text.
    Other,
}

impl BlockKind {
    /// Every kind, in the order declared.
    pub const ALL: [BlockKind; 6] = [
        BlockKind::Heading,
        BlockKind::Paragraph,
        BlockKind::BlockQuote,
        BlockKind::Caption,
        BlockKind::ListItem,
        BlockKind::Other,
    ];

    /// The kind's name as JSON and the browser layer spell it (`"block-quote"`).
    pub fn name(self) -> &'static str {
        match self {
            BlockKind::Heading => "heading",
            BlockKind::Paragraph => "paragraph",
            BlockKind::BlockQuote => "block-quote",
            BlockKind::Caption => "caption",
            BlockKind::ListItem => "list-item",
            BlockKind::Other => "other",
        }
    }

    /// The kind a name spells; `None` for any other string.
    pub fn from_name(name: &str) -> Option<BlockKind> {
        BlockKind::ALL.into_iter().find(|k| k.name() == name)
    }
}

/// One block handed to [`Article::from_blocks`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Block {
    /// What the block is.
    pub kind: BlockKind,
    /// Its text.
    pub text: String,
}

/// Where a block lies in [`Article::text`] (byte offsets, end exclusive).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct BlockSpan {
    /// What the block is.
    pub kind: BlockKind,
    /// Byte offset of its first byte in the article text.
    pub start: usize,
    /// Byte offset just past its last byte.
    pub end: usize,
}

/// The text of an article and its blocks.
#[derive(Clone, Debug, Default)]
pub struct Article {
    text: String,
    blocks: Vec<BlockSpan>,
}

impl Article {
    /// Plain text: a blank line (a line with only white space) separates paragraphs. Offsets are
    /// into `text` exactly as given.
    pub fn from_text(text: impl Into<String>) -> Self {
        let text = text.into();
        let blocks = paragraphs(&text)
            .map(|(start, end)| BlockSpan {
                kind: BlockKind::Paragraph,
                start,
                end,
            })
            .collect();
        Article { text, blocks }
    }

    /// Blocks as a page lays them out; the text is their texts joined by `"\n\n"`.
    pub fn from_blocks<I: IntoIterator<Item = Block>>(blocks: I) -> Self {
        let mut article = Article::default();
        for block in blocks {
            article.push(block.kind, &block.text);
        }
        article
    }

    /// Appends one block (a blank line is put before it when the article is not empty).
    pub fn push(&mut self, kind: BlockKind, text: &str) {
        if !self.text.is_empty() {
            self.text.push_str("\n\n");
        }
        let start = self.text.len();
        self.text.push_str(text);
        self.blocks.push(BlockSpan {
            kind,
            start,
            end: self.text.len(),
        });
    }

    /// The whole text: the blocks joined by a blank line.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The length of the text in characters, as [`crate::Span`]'s character offsets count.
    pub fn char_count(&self) -> usize {
        crate::offsets::char_count(self.text.as_bytes())
    }

    /// The blocks in order.
    pub fn blocks(&self) -> &[BlockSpan] {
        &self.blocks
    }

    /// The blocks in order with their texts: what [`Article::from_blocks`] takes back, and what
    /// the bindings show as the article read (`{kind, text}` each).
    pub fn to_blocks(&self) -> Vec<Block> {
        self.blocks
            .iter()
            .map(|b| Block {
                kind: b.kind,
                text: self
                    .text
                    .get(b.start..b.end)
                    .unwrap_or_default()
                    .to_string(),
            })
            .collect()
    }
}

/// Byte ranges of the paragraphs of plain text, trimmed of surrounding white space.
fn paragraphs(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut out = Vec::new();
    let mut para_start: Option<usize> = None;
    let mut para_end = 0;
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let trimmed = line.trim();
        if trimmed.is_empty() {
            if let Some(s) = para_start.take() {
                out.push((s, para_end));
            }
        } else {
            let lead = line.len() - line.trim_start().len();
            if para_start.is_none() {
                para_start = Some(offset + lead);
            }
            para_end = offset + lead + trimmed.len();
        }
        offset += line.len();
    }
    if let Some(s) = para_start {
        out.push((s, para_end));
    }
    out.into_iter()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn block_kind_names_are_the_json_names() {
        for kind in BlockKind::ALL {
            assert_eq!(serde_json::to_value(kind).unwrap(), kind.name());
            assert_eq!(BlockKind::from_name(kind.name()), Some(kind));
        }
        assert_eq!(BlockKind::from_name("Paragraph"), None);
    }

    #[test]
    fn blank_lines_separate_paragraphs() {
        let a = Article::from_text("  One.\nStill one.\n \n\nTwo.\n");
        let texts: Vec<&str> = a
            .blocks()
            .iter()
            .map(|b| &a.text()[b.start..b.end])
            .collect();
        assert_eq!(texts, ["One.\nStill one.", "Two."]);
    }

    #[test]
    fn blocks_are_joined_by_a_blank_line() {
        let blocks = [
            Block {
                kind: BlockKind::Heading,
                text: "Title".into(),
            },
            Block {
                kind: BlockKind::BlockQuote,
                text: "Said.".into(),
            },
        ];
        let a = Article::from_blocks(blocks.clone());
        assert_eq!(a.text(), "Title\n\nSaid.");
        assert_eq!(a.blocks()[1].start, 7);
        assert_eq!(a.blocks()[1].kind, BlockKind::BlockQuote);
        assert_eq!(a.to_blocks(), blocks);
    }
}
