//! Reading a web page: which element holds the article, and its blocks as the engine takes them.
//!
//! Written once over a small DOM trait, [`Dom`], so that the browser widget (over `web-sys`) and
//! the command line (over a native HTML parser) find the same article in the same page.
//!
//! The root is the caller's selector, else the element marked as the article body
//! (`itemprop`/`property="articleBody"`), else the element whose paragraphs carry the most text
//! (as reader views find it), widened to its ancestor while that adds substantial paragraph
//! text. Inside the root, text that is not the article (scripts, forms, hidden or `aria-hidden`
//! parts, newsletter boxes, related links, comments, share bars) is skipped.

mod build;
mod furniture;
mod root;
mod tags;
mod walk;
mod whitespace;

pub use build::ArticleBuilder;
pub use root::find_root;
pub use walk::{Reader, Sink};
pub use whitespace::Collapse;

use std::borrow::Cow;

/// What a node is, as the reader tells them apart.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NodeType {
    /// An element.
    Element,
    /// A text node.
    Text,
    /// Anything else (comments, processing instructions, doctypes).
    Other,
}

/// The part of a DOM the reader asks about. Methods taking an element are only called with
/// nodes of [`NodeType::Element`]; `text` only with [`NodeType::Text`].
pub trait Dom {
    /// A node handle (cheap to clone; equal when it is the same node).
    type Node: Clone + PartialEq;
    /// A verdict per element, remembered while the root is looked for.
    type Memo: Memo<Self::Node>;

    /// What `node` is.
    fn node_type(&self, node: &Self::Node) -> NodeType;
    /// The parent element, if any.
    fn parent_element(&self, node: &Self::Node) -> Option<Self::Node>;
    /// The first child node.
    fn first_child(&self, node: &Self::Node) -> Option<Self::Node>;
    /// The next sibling node.
    fn next_sibling(&self, node: &Self::Node) -> Option<Self::Node>;
    /// The element's tag name (any case).
    fn tag_name(&self, el: &Self::Node) -> Cow<'_, str>;
    /// Whether the element has any attribute (most article markup has none).
    fn has_attributes(&self, el: &Self::Node) -> bool;
    /// An attribute's value.
    fn attribute(&self, el: &Self::Node, name: &str) -> Option<String>;
    /// Whether the element matches a CSS selector (the reader's own, always valid).
    fn matches(&self, el: &Self::Node, selector: &str) -> bool;
    /// The elements matching a CSS selector, in document order; `None` for an invalid selector.
    fn select_all(&self, selector: &str) -> Option<Vec<Self::Node>>;
    /// Whether `inner` is `outer` or inside it.
    fn contains(&self, outer: &Self::Node, inner: &Self::Node) -> bool;
    /// The length of the element's text content without its leading and trailing white space,
    /// in the DOM's own units.
    fn trimmed_text_len(&self, el: &Self::Node) -> usize;
    /// A text node's data.
    fn text(&self, node: &Self::Node) -> Cow<'_, str>;
    /// Whether the element is rendered (not `display: none` or the like), as far as the DOM
    /// knows.
    fn visible(&self, el: &Self::Node) -> bool;
    /// An empty memo.
    fn memo(&self) -> Self::Memo;
}

/// Remembers a yes/no answer per node.
pub trait Memo<N> {
    /// The answer for `node`, if it was given.
    fn get(&self, node: &N) -> Option<bool>;
    /// Records the answer for `node`.
    fn set(&mut self, node: &N, verdict: bool);
}
