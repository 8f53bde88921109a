//! Reading the page through `web-sys`: the DOM the core's article reader
//! ([`whosaid::page`]) walks, and what it reads into (the text map back to the nodes).

use std::borrow::Cow;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, Node, Text};

use crate::textmap::TextMap;
use whosaid::page::{self, NodeType, Sink};
use whosaid::BlockKind;

// Bindings web-sys lacks or spells costlier: the reader asks every element these, and each
// call that passes a property name or copies a string into WebAssembly adds up on a long page.
#[wasm_bindgen]
extern "C" {
    /// An element, as the reader asks it.
    #[wasm_bindgen(extends = Element)]
    type Asked;

    /// `textContent` as a JS string, measured in JS (UTF-16 units) without copying it.
    #[wasm_bindgen(method, getter, js_name = textContent)]
    fn text_js(this: &Asked) -> Option<js_sys::JsString>;

    /// `checkVisibility()`: false for `display: none`, `content-visibility: hidden` and the
    /// like. Browsers without it throw, and their elements count as visible.
    #[wasm_bindgen(method, catch, js_name = checkVisibility)]
    fn check_visibility(this: &Asked) -> Result<bool, JsValue>;
}

/// The live document, as the article reader asks it.
#[derive(Clone)]
pub(crate) struct WebDom {
    doc: Document,
}

/// Verdicts per element, keyed by identity in a JS `Map`.
pub(crate) struct JsMemo(js_sys::Map);

impl page::Memo<Node> for JsMemo {
    fn get(&self, node: &Node) -> Option<bool> {
        self.0.get(node).as_bool()
    }

    fn set(&mut self, node: &Node, verdict: bool) {
        self.0.set(node, &JsValue::from_bool(verdict));
    }
}

fn element(node: &Node) -> &Element {
    node.unchecked_ref()
}

impl page::Dom for WebDom {
    type Node = Node;
    type Memo = JsMemo;

    fn node_type(&self, node: &Node) -> NodeType {
        // The node type says what the node is: no `instanceof` check through JS.
        match node.node_type() {
            Node::ELEMENT_NODE => NodeType::Element,
            Node::TEXT_NODE => NodeType::Text,
            _ => NodeType::Other,
        }
    }

    fn parent_element(&self, node: &Node) -> Option<Node> {
        node.parent_element().map(Into::into)
    }

    fn first_child(&self, node: &Node) -> Option<Node> {
        node.first_child()
    }

    fn next_sibling(&self, node: &Node) -> Option<Node> {
        node.next_sibling()
    }

    fn tag_name(&self, el: &Node) -> Cow<'_, str> {
        Cow::Owned(element(el).tag_name())
    }

    fn has_attributes(&self, el: &Node) -> bool {
        element(el).has_attributes()
    }

    fn attribute(&self, el: &Node, name: &str) -> Option<String> {
        element(el).get_attribute(name)
    }

    fn matches(&self, el: &Node, selector: &str) -> bool {
        element(el).matches(selector).unwrap_or(false)
    }

    fn select_all(&self, selector: &str) -> Option<Vec<Node>> {
        let list = self.doc.query_selector_all(selector).ok()?;
        Some((0..list.length()).filter_map(|i| list.item(i)).collect())
    }

    fn contains(&self, outer: &Node, inner: &Node) -> bool {
        outer.contains(Some(inner))
    }

    fn trimmed_text_len(&self, el: &Node) -> usize {
        text_content(element(el)).map_or(0, |t| t.trim().length() as usize)
    }

    fn text(&self, node: &Node) -> Cow<'_, str> {
        Cow::Owned(node.unchecked_ref::<Text>().data())
    }

    fn visible(&self, el: &Node) -> bool {
        el.unchecked_ref::<Asked>()
            .check_visibility()
            .unwrap_or(true)
    }

    fn memo(&self) -> JsMemo {
        JsMemo(js_sys::Map::new())
    }
}

/// The article as read: the engine's text with its map back to `nodes`, and the element each
/// article block came from (`TextMap::source_of` indexes `elements`).
pub(crate) struct Page {
    pub map: TextMap,
    pub nodes: Vec<Text>,
    pub elements: Vec<Element>,
}

impl Sink<Node> for Page {
    fn begin_block(&mut self, kind: BlockKind, el: &Node) {
        self.map.begin_block(kind, self.elements.len());
        self.elements.push(el.clone().unchecked_into());
    }

    fn text(&mut self, node: Node, data: &str) {
        self.map.push_text(self.nodes.len(), data);
        self.nodes.push(node.unchecked_into());
    }

    fn line_break(&mut self) {
        self.map.push_break();
    }
}

/// Finds the article root. `Err` says why none was found.
pub(crate) fn find_root(doc: &Document, selector: Option<&str>) -> Result<Element, String> {
    let dom = WebDom { doc: doc.clone() };
    page::find_root(&dom, selector).map(JsCast::unchecked_into)
}

/// A read of the blocks under the root in progress, which can stop and resume.
pub(crate) struct Reader(page::Reader<WebDom, Page>);

impl Reader {
    pub(crate) fn new(doc: &Document, root: &Element) -> Self {
        let doc = doc.clone();
        let sink = Page {
            map: TextMap::new(),
            nodes: Vec::new(),
            elements: Vec::new(),
        };
        Reader(page::Reader::new(WebDom { doc }, root.as_ref(), sink))
    }

    /// Reads on until the walk is done (true) or `stop()` says to yield (false).
    pub(crate) fn step(&mut self, stop: &mut dyn FnMut() -> bool) -> bool {
        self.0.step(stop)
    }

    /// The page read so far (all of it once `step` returned true).
    pub(crate) fn finish(self) -> Page {
        let mut page = self.0.finish();
        page.map.end_block();
        page
    }
}

/// Reads the blocks under `root` in one go (the tests; the widget reads in slices).
#[cfg(test)]
pub(crate) fn read(doc: &Document, root: &Element) -> Page {
    let mut reader = Reader::new(doc, root);
    reader.step(&mut || false);
    reader.finish()
}

/// An element's text as a JS string: measured in JS (UTF-16 units) without copying it into
/// WebAssembly.
pub(crate) fn text_content(el: &Element) -> Option<js_sys::JsString> {
    el.unchecked_ref::<Asked>().text_js()
}
