//! The reader's output as an [`Article`], for callers that need no way back to the nodes.

use super::{walk::Sink, Collapse};
use crate::article::{Article, BlockKind};

/// Builds an [`Article`] from what the [`Reader`](super::Reader) walks.
#[derive(Debug, Default)]
pub struct ArticleBuilder {
    article: Article,
    block: Option<(BlockKind, String, Collapse)>,
}

impl ArticleBuilder {
    /// An empty builder.
    pub fn new() -> Self {
        Self::default()
    }

    /// The article read (the last block ended).
    pub fn finish(mut self) -> Article {
        self.close();
        self.article
    }

    fn close(&mut self) {
        if let Some((kind, text, _)) = self.block.take() {
            if !text.is_empty() {
                self.article.push(kind, &text);
            }
        }
    }
}

impl<N> Sink<N> for ArticleBuilder {
    fn begin_block(&mut self, kind: BlockKind, _el: &N) {
        self.close();
        self.block = Some((kind, String::new(), Collapse::default()));
    }

    fn text(&mut self, _node: N, data: &str) {
        if let Some((_, text, collapse)) = self.block.as_mut() {
            for c in data.chars() {
                collapse.push(text, c);
            }
        }
    }

    fn line_break(&mut self) {
        if let Some((_, text, collapse)) = self.block.as_mut() {
            collapse.gap(text);
        }
    }
}
