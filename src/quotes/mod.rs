//! Finding quotations: where they are, before anyone asks who said them.

pub(crate) mod interview;
pub(crate) mod kind;
pub(crate) mod marks;
pub(crate) mod pair;

use crate::article::{Article, BlockKind};

/// A quotation as found, in byte offsets of the article text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Found {
    /// With the marks.
    pub outer: (usize, usize),
    /// Without the marks, trimmed of white space.
    pub inner: (usize, usize),
    pub block: usize,
    /// The first part of a quotation that runs over several paragraphs.
    pub continues: Option<usize>,
    /// A whole `<blockquote>`, or a quotation that fills one.
    pub block_quote: bool,
    /// No closing mark in this block.
    pub open_ended: bool,
    /// An interview's answer (`A: ...`), or a later paragraph of one: no marks.
    pub answer: bool,
}

/// Every top-level quotation of the article, in text order.
#[inline(never)] // a stage of its own: see `annotate`
pub(crate) fn find(article: &Article) -> Vec<Found> {
    let text = article.text();
    let blocks = article.blocks();
    let mut out: Vec<Found> = Vec::new();
    // The index of the first part of a quotation still running at the end of the last block.
    let mut running: Option<usize> = None;
    let answers = interview::answers(text, blocks);
    // The first part of the answer being read.
    let mut answer: Option<usize> = None;
    for (b, block) in blocks.iter().enumerate() {
        // An answer is one quotation: the marks inside it are its own quotations' (`A: He told
        // me, "Go."`).
        if let Some(a) = answers[b] {
            let inner = trim(text, a.start, block.end);
            if inner.0 < inner.1 {
                running = None;
                let continues = answer.filter(|_| !a.opens);
                out.push(Found {
                    outer: inner,
                    inner,
                    block: b,
                    continues,
                    block_quote: false,
                    open_ended: false,
                    answer: true,
                });
                answer = Some(continues.unwrap_or(out.len() - 1));
            }
            continue;
        }
        answer = None;
        let next_mark = blocks
            .get(b + 1)
            .and_then(|n| pair::leading_mark(text.get(n.start..n.end).unwrap_or_default()));
        let pairs = pair::pair_block(text, block.start, block.end, next_mark);
        let first_in_block = out.len();
        let carried = running.take();
        for p in pairs {
            let inner_end = p.close.map_or(block.end, |c| c.0);
            let inner = trim(text, p.open.1, inner_end);
            if inner.0 >= inner.1 {
                continue;
            }
            let outer = (p.open.0, p.close.map_or(block.end, |c| c.1));
            let continues = if out.len() == first_in_block
                && text
                    .get(block.start..p.open.0)
                    .unwrap_or_default()
                    .trim()
                    .is_empty()
            {
                carried
            } else {
                None
            };
            out.push(Found {
                outer,
                inner,
                block: b,
                continues,
                block_quote: false,
                open_ended: p.close.is_none(),
                answer: false,
            });
            if p.close.is_none() && next_mark.is_some() {
                running = Some(continues.unwrap_or(out.len() - 1));
            }
        }
        // A block quotation that became one quotation of its own ends in its block: a mark
        // left open inside it runs no further (its index would name a quotation now gone).
        if block.kind == BlockKind::BlockQuote
            && mark_block_quote(text, block.start, block.end, b, first_in_block, &mut out)
        {
            running = None;
        }
    }
    out
}

/// A `<blockquote>` is a quotation with or without marks: a quote that fills it is marked as
/// a block quote, and a block with no such quote becomes one (then true: the block's other
/// quotations were replaced).
fn mark_block_quote(
    text: &str,
    start: usize,
    end: usize,
    b: usize,
    first: usize,
    out: &mut Vec<Found>,
) -> bool {
    let inner = trim(text, start, end);
    if inner.0 >= inner.1 {
        return false;
    }
    let len = inner.1 - inner.0;
    let filled = out[first..]
        .iter()
        .position(|q| (q.outer.1 - q.outer.0) * 10 >= len * 8);
    if let Some(i) = filled {
        out[first + i].block_quote = true;
        return false;
    }
    // The marks inside are nested quotations of the block quotation.
    out.truncate(first);
    out.push(Found {
        outer: inner,
        inner,
        block: b,
        continues: None,
        block_quote: true,
        open_ended: false,
        answer: false,
    });
    true
}

fn trim(text: &str, mut s: usize, mut e: usize) -> (usize, usize) {
    let t = text.get(s..e).unwrap_or_default();
    s += t.len() - t.trim_start().len();
    e -= t.len() - t.trim_end().len();
    (s, e.max(s))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::Block;

    #[test]
    fn a_quote_runs_over_three_paragraphs() {
        let a = Article::from_text("\"One.\n\n\"Two.\n\n\"Three,\" she said.\n\nAfter.");
        let q = find(&a);
        let texts: Vec<&str> = q.iter().map(|f| &a.text()[f.inner.0..f.inner.1]).collect();
        assert_eq!(texts, ["One.", "Two.", "Three,"]);
        assert_eq!(
            q.iter().map(|f| f.continues).collect::<Vec<_>>(),
            [None, Some(0), Some(0)]
        );
    }

    /// Found by the property test `blocks_of_any_kind`: a mark left open in a block quotation
    /// that became one quotation made the next block continue a quotation that was gone.
    #[test]
    fn regression_an_open_mark_inside_a_replaced_block_quote_runs_no_further() {
        let a = Article::from_blocks([
            Block {
                kind: BlockKind::BlockQuote,
                text: "\"x A\":'y".into(),
            },
            Block {
                kind: BlockKind::Paragraph,
                text: "\"a b".into(),
            },
        ]);
        let q = find(&a);
        for (i, f) in q.iter().enumerate() {
            assert!(f.continues.is_none_or(|c| c < i), "{q:?}");
        }
        crate::annotate(&a);
    }

    #[test]
    fn a_block_quote_needs_no_marks() {
        let a = Article::from_blocks([
            Block {
                kind: BlockKind::Paragraph,
                text: "From the statement:".into(),
            },
            Block {
                kind: BlockKind::BlockQuote,
                text: "We will act. Our \"red line\" holds.".into(),
            },
        ]);
        let q = find(&a);
        assert_eq!(q.len(), 1);
        assert!(q[0].block_quote);
        assert_eq!(
            &a.text()[q[0].inner.0..q[0].inner.1],
            "We will act. Our \"red line\" holds."
        );
    }
}
