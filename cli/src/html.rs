//! Saved web pages: parsed with `scraper` (html5ever, the HTML standard's parsing) and read by
//! the same article reader the browser widget uses ([`whosaid::page`]).

use std::borrow::Cow;
use std::cell::RefCell;
use std::collections::HashMap;

use ego_tree::{NodeId, NodeRef};
use scraper::{ElementRef, Html, Node, Selector};
use whosaid::page::{self, ArticleBuilder, NodeType};
use whosaid::Article;

/// Finds the article in an HTML page (under `root`, a CSS selector, when given) and reads it.
pub fn article(html: &str, root: Option<&str>) -> Result<Article, String> {
    let doc = Html::parse_document(html);
    let dom = &HtmlDom {
        html: &doc,
        selectors: RefCell::default(),
    };
    let found = page::find_root(&dom, root)?;
    Ok(page::Reader::new(dom, &found, ArticleBuilder::new())
        .read_all()
        .finish())
}

/// A parsed page as the article reader asks it. Nodes are the tree's ids.
struct HtmlDom<'a> {
    html: &'a Html,
    /// Selectors parsed once (the reader matches the same one against many elements).
    selectors: RefCell<HashMap<String, Option<Selector>>>,
}

impl<'a> HtmlDom<'a> {
    fn node(&self, id: &NodeId) -> Option<NodeRef<'a, Node>> {
        self.html.tree.get(*id)
    }

    fn element(&self, id: &NodeId) -> Option<ElementRef<'a>> {
        self.node(id).and_then(ElementRef::wrap)
    }

    fn with_selector<T>(&self, css: &str, f: impl FnOnce(Option<&Selector>) -> T) -> T {
        let mut cache = self.selectors.borrow_mut();
        let sel = cache
            .entry(css.to_string())
            .or_insert_with(|| Selector::parse(css).ok());
        f(sel.as_ref())
    }
}

/// Verdicts per element, by node id.
#[derive(Default)]
struct Verdicts(HashMap<NodeId, bool>);

impl page::Memo<NodeId> for Verdicts {
    fn get(&self, node: &NodeId) -> Option<bool> {
        self.0.get(node).copied()
    }

    fn set(&mut self, node: &NodeId, verdict: bool) {
        self.0.insert(*node, verdict);
    }
}

impl page::Dom for &HtmlDom<'_> {
    type Node = NodeId;
    type Memo = Verdicts;

    fn node_type(&self, node: &NodeId) -> NodeType {
        match self.node(node).map(|n| n.value()) {
            Some(Node::Element(_)) => NodeType::Element,
            Some(Node::Text(_)) => NodeType::Text,
            _ => NodeType::Other,
        }
    }

    fn parent_element(&self, node: &NodeId) -> Option<NodeId> {
        let parent = self.node(node)?.parent()?;
        parent.value().is_element().then(|| parent.id())
    }

    fn first_child(&self, node: &NodeId) -> Option<NodeId> {
        Some(self.node(node)?.first_child()?.id())
    }

    fn next_sibling(&self, node: &NodeId) -> Option<NodeId> {
        Some(self.node(node)?.next_sibling()?.id())
    }

    fn tag_name(&self, el: &NodeId) -> Cow<'_, str> {
        Cow::Borrowed(self.element(el).map_or("", |e| e.value().name()))
    }

    fn has_attributes(&self, el: &NodeId) -> bool {
        self.element(el)
            .is_some_and(|e| e.value().attrs().next().is_some())
    }

    fn attribute(&self, el: &NodeId, name: &str) -> Option<String> {
        self.element(el)?.value().attr(name).map(str::to_string)
    }

    fn matches(&self, el: &NodeId, selector: &str) -> bool {
        let Some(e) = self.element(el) else {
            return false;
        };
        self.with_selector(selector, |s| s.is_some_and(|s| s.matches(&e)))
    }

    fn select_all(&self, selector: &str) -> Option<Vec<NodeId>> {
        self.with_selector(selector, |s| {
            s.map(|s| self.html.select(s).map(|e| e.id()).collect())
        })
    }

    fn contains(&self, outer: &NodeId, inner: &NodeId) -> bool {
        inner == outer
            || self
                .node(inner)
                .is_some_and(|n| n.ancestors().any(|a| a.id() == *outer))
    }

    fn trimmed_text_len(&self, el: &NodeId) -> usize {
        let text: String = self
            .element(el)
            .map_or_else(String::new, |e| e.text().collect());
        text.trim().chars().count()
    }

    fn text(&self, node: &NodeId) -> Cow<'_, str> {
        match self.node(node).map(|n| n.value()) {
            Some(Node::Text(t)) => Cow::Borrowed(&t.text[..]),
            _ => Cow::Borrowed(""),
        }
    }

    /// A saved page has no layout: only an inline style that hides the element counts.
    fn visible(&self, el: &NodeId) -> bool {
        let Some(style) = self.element(el).and_then(|e| e.value().attr("style")) else {
            return true;
        };
        let style: String = style
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>()
            .to_ascii_lowercase();
        !(style.contains("display:none") || style.contains("visibility:hidden"))
    }

    fn memo(&self) -> Verdicts {
        Verdicts::default()
    }
}
