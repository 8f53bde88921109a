//! Painting quotations: the CSS Custom Highlight API where the browser has it (the page's DOM
//! is not touched), else each quotation wrapped in a `<whosaid-q>` element (undone exactly by
//! [`Painter::clear`]).

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{CssStyleSheet, Document, Element, Node, Range};

use crate::options::{Mode, Theme};

#[wasm_bindgen]
extern "C" {
    /// `Highlight` of the CSS Custom Highlight API (web-sys has it only behind an unstable cfg).
    #[wasm_bindgen(js_name = Highlight)]
    pub type JsHighlight;
    #[wasm_bindgen(constructor, js_class = "Highlight", catch)]
    fn new() -> Result<JsHighlight, JsValue>;
    #[wasm_bindgen(method, js_class = "Highlight")]
    fn add(this: &JsHighlight, range: &Range);
    #[wasm_bindgen(method, js_class = "Highlight")]
    fn clear(this: &JsHighlight);
    #[wasm_bindgen(method, setter, js_class = "Highlight")]
    fn set_priority(this: &JsHighlight, priority: i32);
}

/// The names page CSS sees: `::highlight(whosaid-quote)` and friends.
const NAMES: [&str; 3] = ["whosaid-quote", "whosaid-unknown", "whosaid-active"];

pub(crate) struct Painter {
    how: How,
    theme: Theme,
    /// The page style sheet, adopted when the first quotation is painted: adopting it earlier
    /// would invalidate the page's styles just before reading asks which elements are visible,
    /// forcing the browser to recompute them all inside the widget's task.
    sheet: Option<CssStyleSheet>,
}

enum How {
    Highlights {
        registry: js_sys::Map,
        /// Attributed quotes, quotes with no speaker found, the quote whose card is open.
        sets: [JsHighlight; 3],
    },
    Wrap {
        wrappers: Vec<Element>,
    },
}

impl Painter {
    pub(crate) fn new(mode: Mode, theme: Theme) -> Painter {
        let how = (mode == Mode::Auto)
            .then(highlights)
            .flatten()
            .unwrap_or(How::Wrap {
                wrappers: Vec::new(),
            });
        Painter {
            how,
            theme,
            sheet: None,
        }
    }

    pub(crate) fn wraps(&self) -> bool {
        matches!(self.how, How::Wrap { .. })
    }

    /// Paints one quotation. With wrapping, `range` is reset to the wrapped text and the
    /// wrappers are returned (the first takes keyboard focus); with highlights, none.
    pub(crate) fn paint(&mut self, doc: &Document, range: &Range, known: bool) -> Vec<Element> {
        if self.sheet.is_none() {
            self.sheet = adopt(doc, &page_css(self.theme));
        }
        match &mut self.how {
            How::Highlights { sets, .. } => {
                sets[if known { 0 } else { 1 }].add(range);
                Vec::new()
            }
            How::Wrap { wrappers } => {
                let made = wrap(doc, range, known);
                if let (Some(first), Some(last)) = (made.first(), made.last()) {
                    let _ = range.set_start(first, 0);
                    let _ = range.set_end(last, last.child_nodes().length());
                }
                wrappers.extend(made.iter().cloned());
                made
            }
        }
    }

    /// Marks the quotation whose card is open (`None`: no card).
    pub(crate) fn set_active(&self, range: Option<&Range>, wrappers: &[Element]) {
        match &self.how {
            How::Highlights { sets, .. } => {
                sets[2].clear();
                if let Some(r) = range {
                    sets[2].add(r);
                }
            }
            How::Wrap { wrappers: all } => {
                for w in all {
                    let _ = w.class_list().remove_1("whosaid-active");
                }
                for w in wrappers {
                    let _ = w.class_list().add_1("whosaid-active");
                }
            }
        }
    }

    /// Removes every highlight and unwraps every wrapper, leaving the DOM as it was.
    pub(crate) fn clear(&mut self) {
        match &mut self.how {
            How::Highlights { sets, .. } => sets.iter().for_each(JsHighlight::clear),
            How::Wrap { wrappers } => {
                let mut parents: Vec<Node> = Vec::new();
                for w in wrappers.drain(..).rev() {
                    let Some(parent) = w.parent_node() else {
                        continue;
                    };
                    while let Some(child) = w.first_child() {
                        let _ = parent.insert_before(&child, Some(&w));
                    }
                    let _ = parent.remove_child(&w);
                    if !parents.contains(&parent) {
                        parents.push(parent);
                    }
                }
                // Splitting made several text nodes of one; join them again.
                parents.iter().for_each(Node::normalize);
            }
        }
    }

    /// Clears and removes the names and the style sheet from the page.
    pub(crate) fn remove(&mut self, doc: &Document) {
        self.clear();
        if let How::Highlights { registry, .. } = &self.how {
            for name in NAMES {
                registry.delete(&JsValue::from_str(name));
            }
        }
        if let Some(sheet) = self.sheet.take() {
            let sheet: JsValue = sheet.into();
            let kept = doc.adopted_style_sheets().filter(&mut |s, _, _| s != sheet);
            doc.set_adopted_style_sheets(&kept);
        }
    }
}

/// The three highlights, registered under [`NAMES`]; `None` where the browser lacks the API.
fn highlights() -> Option<How> {
    let registry = registry()?;
    let (Ok(a), Ok(b), Ok(c)) = (JsHighlight::new(), JsHighlight::new(), JsHighlight::new()) else {
        return None;
    };
    c.set_priority(1);
    for (name, h) in NAMES.iter().zip([&a, &b, &c]) {
        registry.set(&JsValue::from_str(name), h);
    }
    Some(How::Highlights {
        registry,
        sets: [a, b, c],
    })
}

fn registry() -> Option<js_sys::Map> {
    let css = js_sys::Reflect::get(&js_sys::global(), &"CSS".into()).ok()?;
    let reg = js_sys::Reflect::get(&css, &"highlights".into()).ok()?;
    (!reg.is_undefined() && !reg.is_null()).then(|| reg.unchecked_into())
}

/// Adds a constructed style sheet to the document (no `<style>` element, no CSP inline-style
/// exception needed).
fn adopt(doc: &Document, css: &str) -> Option<CssStyleSheet> {
    let sheet = CssStyleSheet::new().ok()?;
    sheet.replace_sync(css).ok()?;
    let list = doc.adopted_style_sheets();
    list.push(&sheet);
    doc.set_adopted_style_sheets(&list);
    Some(sheet)
}

fn page_css(theme: Theme) -> String {
    const LIGHT: &str = include_str!(concat!(env!("OUT_DIR"), "/page-light.css"));
    const DARK: &str = include_str!(concat!(env!("OUT_DIR"), "/page-dark.css"));
    match theme {
        Theme::Light => LIGHT.to_string(),
        Theme::Dark => DARK.to_string(),
        Theme::Auto => format!("{LIGHT}\n@media (prefers-color-scheme: dark) {{\n{DARK}\n}}"),
    }
}

/// Wraps the text of `range` in `<whosaid-q>` elements, one per text node it touches.
fn wrap(doc: &Document, range: &Range, known: bool) -> Vec<Element> {
    let mut pieces: Vec<(web_sys::Text, u32, u32)> = Vec::new();
    let (Ok(start), Ok(end)) = (range.start_container(), range.end_container()) else {
        return Vec::new();
    };
    let (so, eo) = (
        range.start_offset().unwrap_or(0),
        range.end_offset().unwrap_or(0),
    );
    let Ok(walker) = doc.create_tree_walker_with_what_to_show(
        &range.common_ancestor_container().unwrap_or(start.clone()),
        0x4, // NodeFilter.SHOW_TEXT
    ) else {
        return Vec::new();
    };
    let mut node = if start.node_type() == Node::TEXT_NODE {
        Some(start.clone())
    } else {
        None
    };
    if node.is_some() {
        walker.set_current_node(&start);
    } else {
        node = walker.next_node().ok().flatten();
    }
    while let Some(n) = node {
        if range.intersects_node(&n).unwrap_or(false) {
            if let Ok(t) = n.clone().dyn_into::<web_sys::Text>() {
                let s = if n == start { so } else { 0 };
                let e = if n == end { eo } else { t.length() };
                if s < e {
                    pieces.push((t, s, e));
                }
            }
        }
        if n == end {
            break;
        }
        node = walker.next_node().ok().flatten();
    }
    let mut out = Vec::new();
    for (t, s, e) in pieces {
        if e < t.length() && t.split_text(e).is_err() {
            continue;
        }
        let t = if s > 0 {
            match t.split_text(s) {
                Ok(t) => t,
                Err(_) => continue,
            }
        } else {
            t
        };
        let (Some(parent), Ok(w)) = (t.parent_node(), doc.create_element("whosaid-q")) else {
            continue;
        };
        if !known {
            let _ = w.set_attribute("data-unknown", "");
        }
        if parent.insert_before(&w, Some(&t)).is_ok() && w.append_child(&t).is_ok() {
            out.push(w);
        }
    }
    out
}
