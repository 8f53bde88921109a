//! Reading the blocks under the root, in document order, into a [`Sink`].

use super::{furniture, tags::Tag, Dom, NodeType};
use crate::article::BlockKind;

/// Where the reader puts what it reads.
pub trait Sink<N> {
    /// Starts a block of `kind`, read from element `el`; text until the next block is its.
    fn begin_block(&mut self, kind: BlockKind, el: &N);
    /// Text node `node`, with its data.
    fn text(&mut self, node: N, data: &str);
    /// A line break (`<br>`).
    fn line_break(&mut self);
}

/// A read in progress that can stop and resume, so that a long article can be read over
/// several short tasks instead of one long one. The walk keeps its own stack of open elements.
pub struct Reader<D: Dom, S> {
    dom: D,
    sink: S,
    stack: Vec<Frame<D::Node>>,
}

/// An element being walked: its block kind (`Other` for an inline element), the next child to
/// visit, and what block to re-open when it is done (text after a nested block belongs to the
/// enclosing block again).
struct Frame<N> {
    el: N,
    kind: BlockKind,
    next: Option<N>,
    in_quote: bool,
    reopen: Option<(BlockKind, N)>,
}

impl<D: Dom, S: Sink<D::Node>> Reader<D, S> {
    /// Starts reading under `root`.
    pub fn new(dom: D, root: &D::Node, mut sink: S) -> Self {
        let kind = Tag::new(&dom.tag_name(root))
            .block_kind()
            .unwrap_or(BlockKind::Other);
        sink.begin_block(kind, root);
        let next = dom.first_child(root);
        Reader {
            dom,
            sink,
            stack: vec![Frame {
                el: root.clone(),
                kind,
                next,
                in_quote: kind == BlockKind::BlockQuote,
                reopen: None,
            }],
        }
    }

    /// Reads on until the walk is done (true) or `stop()` says to yield (false). `stop` is
    /// asked every few dozen nodes.
    pub fn step(&mut self, stop: &mut dyn FnMut() -> bool) -> bool {
        let mut visited = 0u32;
        while let Some(top) = self.stack.last_mut() {
            let Some(node) = top.next.take() else {
                if let Some(Frame {
                    reopen: Some((kind, el)),
                    ..
                }) = self.stack.pop()
                {
                    self.sink.begin_block(kind, &el);
                }
                continue;
            };
            top.next = self.dom.next_sibling(&node);
            match self.dom.node_type(&node) {
                NodeType::Text => {
                    let data = self.dom.text(&node);
                    self.sink.text(node, &data);
                }
                NodeType::Element => {
                    let (parent, parent_kind, in_quote) = (top.el.clone(), top.kind, top.in_quote);
                    self.visit(node, parent, parent_kind, in_quote)
                }
                NodeType::Other => {}
            }
            visited += 1;
            if visited % 32 == 0 && stop() {
                return false;
            }
        }
        true
    }

    /// Reads to the end in one go.
    pub fn read_all(mut self) -> S {
        self.step(&mut || false);
        self.sink
    }

    /// What was read so far (all of it once `step` returned true).
    pub fn finish(self) -> S {
        self.sink
    }

    fn visit(&mut self, el: D::Node, parent: D::Node, parent_kind: BlockKind, in_quote: bool) {
        let dom = &self.dom;
        let tag = Tag::new(&dom.tag_name(&el));
        if tag.skipped() {
            return;
        }
        // Most of an article is markup with no attributes (<p>, <a>, <em>): nothing to check on
        // those, and inline ones are not asked for their style either, which keeps long
        // articles fast to read.
        let bare = !dom.has_attributes(&el);
        let bare_inline = bare && tag.block_kind().is_none();
        if (!bare && furniture::by_attributes(dom, &el)) || (!bare_inline && !dom.visible(&el)) {
            return;
        }
        if tag.is("br") {
            self.sink.line_break();
            return;
        }
        let next = dom.first_child(&el);
        let Some(kind) = tag.block_kind() else {
            self.stack.push(Frame {
                el,
                kind: BlockKind::Other,
                next,
                in_quote,
                reopen: None,
            });
            return;
        };
        let inner_quote = in_quote || kind == BlockKind::BlockQuote;
        let shown = if inner_quote {
            BlockKind::BlockQuote
        } else {
            kind
        };
        self.sink.begin_block(shown, &el);
        let outer = if in_quote {
            BlockKind::BlockQuote
        } else {
            parent_kind
        };
        self.stack.push(Frame {
            el,
            kind,
            next,
            in_quote: inner_quote,
            reopen: Some((outer, parent)),
        });
    }
}
