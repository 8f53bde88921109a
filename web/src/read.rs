//! Reading the page: which element holds the article, and its blocks as the engine takes them.
//!
//! The root is the embedder's selector, else the element marked as the article body
//! (`itemprop`/`property="articleBody"`), else the element whose paragraphs carry the most text
//! (as reader views find it), widened to its ancestor while that adds substantial paragraph
//! text. Inside the root, text that is not the article (scripts, forms, hidden or `aria-hidden`
//! parts, newsletter boxes, related links, comments, share bars) is skipped.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, Node, Text};

use crate::textmap::TextMap;
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

/// The article as read: the engine's text with its map back to `nodes`, and the element each
/// article block came from (`TextMap::source_of` indexes `elements`).
pub(crate) struct Page {
    pub map: TextMap,
    pub nodes: Vec<Text>,
    pub elements: Vec<Element>,
}

/// Finds the article root. `Err` says why none was found.
pub(crate) fn find_root(doc: &Document, selector: Option<&str>) -> Result<Element, String> {
    if let Some(sel) = selector.filter(|s| !s.trim().is_empty()) {
        return match doc.query_selector(sel) {
            Ok(Some(el)) => Ok(el),
            Ok(None) => Err(format!("no element matches the root selector {sel:?}")),
            Err(_) => Err(format!(
                "the root selector {sel:?} is not a valid CSS selector"
            )),
        };
    }
    let paragraphs = good_paragraphs(doc);
    // Each good paragraph credits its parent; the best parent is the densest spot.
    let mut credit: Vec<(Element, usize)> = Vec::new();
    for (p, n) in &paragraphs {
        let Some(parent) = p.parent_element() else {
            continue;
        };
        match credit.last_mut() {
            Some((e, c)) if *e == parent => *c += n,
            _ => match credit.iter_mut().find(|(e, _)| *e == parent) {
                Some((_, c)) => *c += n,
                None => credit.push((parent, *n)),
            },
        }
    }
    // The paragraph text under an element, summed over the parents (far fewer than paragraphs).
    let mass = |el: &Element| -> usize {
        credit
            .iter()
            .filter(|(p, _)| el.contains(Some(p)))
            .map(|(_, n)| n)
            .sum()
    };
    if let Ok(list) = doc.query_selector_all("[itemprop~=articleBody], [property~=articleBody]") {
        let best = elements(&list).into_iter().max_by_key(|el| mass(el));
        if let Some(el) = best.filter(|el| mass(el) > 0) {
            return Ok(el);
        }
    }
    let Some((mut best, _)) = credit.iter().max_by_key(|(_, c)| *c).cloned() else {
        return Err("no article found: the page has no paragraphs of running text".into());
    };
    // Widen to an ancestor whose paragraphs add at least a fifth again (a body split across
    // containers: an intro box, then the text), up to <article>, <main> or <body>.
    let mut best_mass = mass(&best);
    let mut cur = best.clone();
    while !is_article_boundary(&cur) {
        let Some(parent) = cur.parent_element() else {
            break;
        };
        let tag = Tag::of(&parent);
        if tag.is("body") || tag.is("html") {
            break;
        }
        let m = mass(&parent);
        if m * 5 >= best_mass * 6 || is_article_boundary(&parent) && m > best_mass {
            best = parent.clone();
            best_mass = m;
        }
        cur = parent;
    }
    Ok(best)
}

/// `<article>`, `<main>` and `role=main` hold one article: widening stops there.
fn is_article_boundary(el: &Element) -> bool {
    let tag = Tag::of(el);
    tag.is("article")
        || tag.is("main")
        || el
            .get_attribute("role")
            .is_some_and(|r| r.eq_ignore_ascii_case("main"))
}

/// `<p>`s outside boilerplate with at least 25 characters, and their lengths.
fn good_paragraphs(doc: &Document) -> Vec<(Element, usize)> {
    let Ok(list) = doc.query_selector_all("p") else {
        return Vec::new();
    };
    // Paragraphs share their ancestors: each ancestor's verdict is worked out once.
    let verdicts = js_sys::Map::new();
    elements(&list)
        .into_iter()
        .filter_map(|p| {
            let n = text_content(&p).map_or(0, |t| t.trim().length() as usize);
            if n < 25 || (p.has_attributes() && attributes_skip(&p)) {
                return None;
            }
            let parent = p.parent_element()?;
            (!in_boilerplate(&parent, &verdicts)).then_some((p, n))
        })
        .collect()
}

/// An element's text as a JS string: measured in JS (UTF-16 units) without copying it into
/// WebAssembly.
pub(crate) fn text_content(el: &Element) -> Option<js_sys::JsString> {
    el.unchecked_ref::<Asked>().text_js()
}

fn elements(list: &web_sys::NodeList) -> Vec<Element> {
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<Element>().ok())
        .collect()
}

/// Whether an element or an ancestor below `<body>` is page furniture (`<body>` and `<html>`
/// carry site-wide classes such as `outbrain` or `ads-enabled` that say nothing). `verdicts`
/// remembers the answer for every element walked (keyed by identity), so the next paragraph
/// stops at the first ancestor already judged.
fn in_boilerplate(el: &Element, verdicts: &js_sys::Map) -> bool {
    let mut path: Vec<Element> = Vec::new();
    let mut cur = Some(el.clone());
    let verdict = loop {
        let Some(e) = cur else { break false };
        if let Some(v) = verdicts.get(&e).as_bool() {
            break v;
        }
        let tag = Tag::of(&e);
        if tag.is("body") || tag.is("html") {
            break false;
        }
        path.push(e.clone());
        if tag.skipped() || attributes_skip(&e) {
            break true;
        }
        cur = e.parent_element();
    };
    for e in &path {
        verdicts.set(e, &JsValue::from_bool(verdict));
    }
    verdict
}

/// Reads the blocks under `root` in one go (the tests; the widget reads in slices).
#[cfg(test)]
pub(crate) fn read(root: &Element) -> Page {
    let mut reader = Reader::new(root);
    reader.step(&mut || false);
    reader.finish()
}

impl Page {
    fn open(&mut self, kind: BlockKind, el: &Element) {
        self.map.begin_block(kind, self.elements.len());
        self.elements.push(el.clone());
    }
}

/// A read in progress that can stop and resume, so that reading a long article is spread over
/// several short tasks instead of one long one. The walk keeps its own stack of open elements.
pub(crate) struct Reader {
    page: Page,
    stack: Vec<Frame>,
}

/// An element being walked: its block kind (`Other` for an inline element), the next child to
/// visit, and what block to re-open when it is done (text after a nested block belongs to the
/// enclosing block again).
struct Frame {
    el: Element,
    kind: BlockKind,
    next: Option<Node>,
    in_quote: bool,
    reopen: Option<(BlockKind, Element)>,
}

impl Reader {
    pub(crate) fn new(root: &Element) -> Self {
        let mut page = Page {
            map: TextMap::new(),
            nodes: Vec::new(),
            elements: Vec::new(),
        };
        let kind = Tag::of(root).block_kind().unwrap_or(BlockKind::Other);
        page.open(kind, root);
        Reader {
            page,
            stack: vec![Frame {
                el: root.clone(),
                kind,
                next: root.first_child(),
                in_quote: kind == BlockKind::BlockQuote,
                reopen: None,
            }],
        }
    }

    /// Reads on until the walk is done (true) or `stop()` says to yield (false). `stop` is
    /// asked every few dozen nodes.
    pub(crate) fn step(&mut self, stop: &mut dyn FnMut() -> bool) -> bool {
        let mut visited = 0u32;
        while let Some(top) = self.stack.last_mut() {
            let Some(node) = top.next.take() else {
                if let Some(Frame {
                    reopen: Some((kind, el)),
                    ..
                }) = self.stack.pop()
                {
                    self.page.open(kind, &el);
                }
                continue;
            };
            top.next = node.next_sibling();
            let (parent, parent_kind, in_quote) = (top.el.clone(), top.kind, top.in_quote);
            match node.node_type() {
                // The node type says what the node is: no `instanceof` check through JS.
                Node::TEXT_NODE => {
                    let text: Text = node.unchecked_into();
                    let data = text.data();
                    self.page.map.push_text(self.page.nodes.len(), &data);
                    self.page.nodes.push(text);
                }
                Node::ELEMENT_NODE => {
                    self.visit(node.unchecked_into(), &parent, parent_kind, in_quote)
                }
                _ => {}
            }
            visited += 1;
            if visited % 32 == 0 && stop() {
                return false;
            }
        }
        true
    }

    /// The page read so far (all of it once `step` returned true).
    pub(crate) fn finish(mut self) -> Page {
        self.page.map.end_block();
        self.page
    }

    fn visit(&mut self, el: Element, parent: &Element, parent_kind: BlockKind, in_quote: bool) {
        let tag = Tag::of(&el);
        if tag.skipped() {
            return;
        }
        // Most of an article is markup with no attributes (<p>, <a>, <em>): nothing to check on
        // those, and inline ones are not asked for their style either, which keeps long
        // articles fast to read.
        let bare = !el.has_attributes();
        let bare_inline = bare && tag.block_kind().is_none();
        if (!bare && attributes_skip(&el)) || (!bare_inline && !visible(&el)) {
            return;
        }
        if tag.is("br") {
            self.page.map.push_break();
            return;
        }
        let next = el.first_child();
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
        self.page.open(
            if inner_quote {
                BlockKind::BlockQuote
            } else {
                kind
            },
            &el,
        );
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
            reopen: Some((outer, parent.clone())),
        });
    }
}

/// An element's tag name, lower-cased on the stack (tags longer than the buffer are no tag
/// the reader knows: custom elements, read as inline).
struct Tag {
    buf: [u8; 24],
    len: usize,
}

impl Tag {
    fn of(el: &Element) -> Tag {
        let mut buf = [0u8; 24];
        let name = el.tag_name();
        let len = name.len();
        if len > buf.len() || !name.is_ascii() {
            return Tag { buf, len: 0 };
        }
        buf[..len].copy_from_slice(name.as_bytes());
        buf[..len].make_ascii_lowercase();
        Tag { buf, len }
    }

    fn name(&self) -> &str {
        std::str::from_utf8(&self.buf[..self.len]).unwrap_or("")
    }

    fn is(&self, name: &str) -> bool {
        self.name() == name
    }

    /// The engine's kind for a block-level tag; `None` for inline elements.
    fn block_kind(&self) -> Option<BlockKind> {
        Some(match self.name() {
            "p" | "pre" | "dd" | "dt" | "td" | "th" => BlockKind::Paragraph,
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => BlockKind::Heading,
            "blockquote" => BlockKind::BlockQuote,
            "li" => BlockKind::ListItem,
            "figcaption" | "caption" => BlockKind::Caption,
            "div" | "section" | "article" | "main" | "header" | "figure" | "ul" | "ol" | "dl"
            | "table" | "tbody" | "thead" | "tr" | "hgroup" | "address" | "details" | "summary"
            | "body" | "center" => BlockKind::Other,
            _ => return None,
        })
    }

    /// Tags whose content is never article text (with the text-less ones a reader would
    /// otherwise ask about their attributes and visibility: a news page's `<picture>`s hold
    /// dozens of `<source>`s, its microdata dozens of `<meta>`s).
    fn skipped(&self) -> bool {
        matches!(
            self.name(),
            "script"
                | "picture"
                | "img"
                | "source"
                | "meta"
                | "link"
                | "style"
                | "noscript"
                | "template"
                | "textarea"
                | "input"
                | "select"
                | "option"
                | "button"
                | "svg"
                | "canvas"
                | "iframe"
                | "object"
                | "embed"
                | "video"
                | "audio"
                | "form"
                | "nav"
                | "aside"
                | "footer"
                | "menu"
                | "dialog"
                | "whosaid-card"
                | "whosaid-panel"
        )
    }
}

/// Attributes that hide an element or mark it as page furniture: one selector match (one call
/// into the browser), then the class and id words.
fn attributes_skip(el: &Element) -> bool {
    const FURNITURE: &str = "[hidden], [inert], [aria-hidden=true i], \
        [contenteditable]:not([contenteditable=false i]), [role=navigation i], \
        [role=complementary i], [role=banner i], [role=contentinfo i], [role=dialog i], \
        [role=menu i], [role=search i]";
    if el.matches(FURNITURE).unwrap_or(false) {
        return true;
    }
    let class = el.get_attribute("class").unwrap_or_default();
    let names = format!("{} {}", class, el.id()).to_ascii_lowercase();
    boilerplate_name(&names)
}

/// Class and id words that mark page furniture rather than the article.
fn boilerplate_name(names: &str) -> bool {
    const INSIDE: [&str; 13] = [
        "newsletter",
        "related",
        "comment",
        "sponsor",
        "subscribe",
        "outbrain",
        "taboola",
        "breadcrumb",
        "advert",
        "promo",
        "recirc",
        "social-share",
        "signup",
    ];
    const WORDS: [&str; 11] = [
        "ad", "ads", "share", "sharing", "social", "sidebar", "nav", "menu", "popup", "modal",
        "cookie",
    ];
    INSIDE.iter().any(|w| names.contains(w))
        || names
            .split(|c: char| !c.is_ascii_alphanumeric())
            .any(|w| WORDS.contains(&w))
}

/// Whether CSS shows the element (`display: none`, `visibility: hidden`, `content-visibility`).
fn visible(el: &Element) -> bool {
    el.unchecked_ref::<Asked>()
        .check_visibility()
        .unwrap_or(true)
}
