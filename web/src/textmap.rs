//! Page text in, engine text out, and the way back.
//!
//! The DOM layer feeds the text nodes of an article in document order, block by block. This
//! collapses white space as a browser renders it (`whosaid::page::Collapse`) and records, for
//! each stretch it copies, the node it came from. A byte offset in [`Article::text`] then maps back to a node and a UTF-16
//! offset inside that node's data, which is what a DOM `Range` takes.
//!
//! This is the one place where Rust's UTF-8 offsets meet JavaScript's UTF-16 ones. It has no DOM
//! types (nodes are the caller's indices), so it is tested natively.

use whosaid::page::Collapse;
use whosaid::{Article, BlockKind};

/// Where an article byte came from: `node` (the caller's index) and a UTF-16 offset in it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NodePoint {
    /// The caller's index of the text node.
    pub node: usize,
    /// The UTF-16 offset inside that node's data.
    pub utf16: usize,
}

/// A stretch of article text copied verbatim from one node, starting at article byte `at`.
#[derive(Clone, Copy, Debug)]
struct Run {
    at: usize,
    end: usize,
    node: usize,
    utf16: usize,
}

/// The most bytes one run holds (a lookup counts up to this many).
const MAX_RUN: usize = 1024;

/// Builds an [`Article`] from text nodes and maps its offsets back to them.
#[derive(Debug, Default)]
pub struct TextMap {
    article: Article,
    runs: Vec<Run>,
    /// Of each article block, the caller's index of the block it was built from.
    sources: Vec<usize>,
    block: Option<Pending>,
}

#[derive(Debug)]
struct Pending {
    kind: BlockKind,
    source: usize,
    text: String,
    /// Runs with `at`/`end` relative to `text`.
    runs: Vec<Run>,
    collapse: Collapse,
    /// The node and UTF-16 offset that would continue the last run.
    next: Option<(usize, usize)>,
}

impl TextMap {
    /// An empty map, before the first block.
    pub fn new() -> Self {
        Self::default()
    }

    /// Starts a block; `source` is the caller's index for it (say, of its element). Text
    /// pushed before the next `begin_block` or `end_block` belongs to it.
    pub fn begin_block(&mut self, kind: BlockKind, source: usize) {
        self.end_block();
        self.block = Some(Pending {
            kind,
            source,
            text: String::new(),
            runs: Vec::new(),
            collapse: Collapse::default(),
            next: None,
        });
    }

    /// Appends the data of text node `node`. Outside a block it is ignored.
    pub fn push_text(&mut self, node: usize, data: &str) {
        let Some(b) = self.block.as_mut() else { return };
        let mut utf16 = 0;
        for c in data.chars() {
            if b.collapse.push(&mut b.text, c) {
                let at = b.text.len() - c.len_utf8();
                // Runs stay short, so that mapping an offset back counts at most one run's
                // UTF-16 units, however long a node's text.
                let contiguous = b.next == Some((node, utf16))
                    && b.runs
                        .last()
                        .is_some_and(|r| r.end == at && at - r.at < MAX_RUN);
                if contiguous {
                    if let Some(r) = b.runs.last_mut() {
                        r.end = b.text.len();
                    }
                } else {
                    b.runs.push(Run {
                        at,
                        end: b.text.len(),
                        node,
                        utf16,
                    });
                }
                b.next = Some((node, utf16 + c.len_utf16()));
            }
            utf16 += c.len_utf16();
        }
    }

    /// A line break (`<br>`) reads as white space.
    pub fn push_break(&mut self) {
        if let Some(b) = self.block.as_mut() {
            b.collapse.gap(&b.text);
        }
    }

    /// Ends the current block; an empty one is dropped.
    pub fn end_block(&mut self) {
        let Some(b) = self.block.take() else { return };
        if b.text.is_empty() {
            return;
        }
        self.article.push(b.kind, &b.text);
        let base = self.article.blocks().last().map_or(0, |s| s.start);
        self.runs.extend(b.runs.into_iter().map(|r| Run {
            at: base + r.at,
            end: base + r.end,
            ..r
        }));
        self.sources.push(b.source);
    }

    /// The article built so far (call [`TextMap::end_block`] first to include the last block).
    pub fn article(&self) -> &Article {
        &self.article
    }

    /// The caller's index of the source of article block `block`.
    pub fn source_of(&self, block: usize) -> Option<usize> {
        self.sources.get(block).copied()
    }

    /// Where the character starting at article byte `at` came from: the start of a range.
    pub fn start_point(&self, at: usize) -> Option<NodePoint> {
        let i = self.runs.partition_point(|r| r.end <= at);
        let r = self.runs.get(i)?;
        let at = at.max(r.at);
        Some(self.point_in(r, at))
    }

    /// Where the character ending at article byte `at` came from, just after it: the end of a
    /// range. An end that falls between two nodes stays in the earlier one.
    pub fn end_point(&self, at: usize) -> Option<NodePoint> {
        let i = self.runs.partition_point(|r| r.end < at);
        let r = match self.runs.get(i) {
            Some(r) if r.at < at => r,
            _ => self.runs[..i].last()?,
        };
        Some(self.point_in(r, at.min(r.end)))
    }

    fn point_in(&self, r: &Run, at: usize) -> NodePoint {
        let text = self.article.text();
        let at = floor_boundary(text, at.clamp(r.at, r.end));
        NodePoint {
            node: r.node,
            utf16: r.utf16 + units(text.get(r.at..at).unwrap_or_default()),
        }
    }
}

fn units(s: &str) -> usize {
    s.chars().map(char::len_utf16).sum()
}

fn floor_boundary(s: &str, mut at: usize) -> usize {
    while !s.is_char_boundary(at) {
        at -= 1;
    }
    at
}

#[cfg(test)]
mod tests {
    use super::*;

    fn map(blocks: &[&[(usize, &str)]]) -> TextMap {
        let mut m = TextMap::new();
        for (i, nodes) in blocks.iter().enumerate() {
            m.begin_block(BlockKind::Paragraph, i);
            for (n, t) in nodes.iter() {
                m.push_text(*n, t);
            }
        }
        m.end_block();
        m
    }

    fn p(node: usize, utf16: usize) -> Option<NodePoint> {
        Some(NodePoint { node, utf16 })
    }

    #[test]
    fn collapses_white_space_like_a_browser() {
        let m = map(&[
            &[(0, "\n   Hello,\n\t  "), (1, "  world  ")],
            &[(2, " Two ")],
        ]);
        assert_eq!(m.article().text(), "Hello, world\n\nTwo");
        assert_eq!(m.start_point(7), p(1, 2));
        assert_eq!(m.end_point(12), p(1, 7));
        assert_eq!(m.start_point(14), p(2, 1));
    }

    #[test]
    fn an_end_between_nodes_stays_in_the_earlier_node() {
        let m = map(&[&[(0, "\u{201c}Nobody"), (1, " is"), (2, " going\u{201d}")]]);
        let text = m.article().text();
        let end = text.find(" is").unwrap();
        assert_eq!(m.end_point(end), p(0, 7));
        assert_eq!(m.start_point(end + 1), p(1, 1));
    }

    #[test]
    fn a_long_node_maps_back_through_short_runs() {
        let data = "😀a".repeat(MAX_RUN);
        let m = map(&[&[(7, &data)]]);
        let at = data.len() - 1;
        assert_eq!(m.start_point(at), p(7, 3 * MAX_RUN - 1));
        assert_eq!(m.end_point(data.len()), p(7, 3 * MAX_RUN));
        assert_eq!(m.start_point(5 * 300), p(7, 3 * 300));
    }

    #[test]
    fn counts_utf16_units_for_emoji_and_combining_marks() {
        // 😀 is two UTF-16 units and four UTF-8 bytes; é here is e + U+0301.
        let m = map(&[&[(0, "😀 cafe\u{301} \u{5e9}\u{5dc}\u{5d5}\u{5dd} \"x\"")]]);
        let text = m.article().text();
        let x = text.find('x').unwrap();
        assert_eq!(m.start_point(x), p(0, 2 + 1 + 5 + 1 + 4 + 1 + 1));
        assert_eq!(m.end_point(x + 1), p(0, 2 + 1 + 5 + 1 + 4 + 1 + 2));
    }

    #[test]
    fn skipped_white_space_keeps_node_offsets_right() {
        let m = map(&[&[(0, "a  \n  b")]]);
        assert_eq!(m.article().text(), "a b");
        assert_eq!(m.start_point(2), p(0, 6));
        assert_eq!(m.end_point(1), p(0, 1));
    }

    #[test]
    fn empty_blocks_are_dropped_and_sources_kept() {
        let m = map(&[&[(0, "  ")], &[(1, "One")], &[], &[(2, "Two")]]);
        assert_eq!(m.article().blocks().len(), 2);
        assert_eq!(m.source_of(0), Some(1));
        assert_eq!(m.source_of(1), Some(3));
    }

    #[test]
    fn offsets_out_of_range_give_none_or_the_last_place() {
        let m = map(&[&[(0, "abc")]]);
        assert_eq!(m.start_point(99), None);
        assert_eq!(m.end_point(99), p(0, 3));
        assert_eq!(TextMap::new().end_point(0), None);
    }
}
