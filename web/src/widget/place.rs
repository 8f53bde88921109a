//! Quotations on the page: engine offsets made into DOM ranges, painted, and made focusable.

use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlElement, Range};

use super::State;
use crate::read::Page;
use whosaid::Quote;

pub(crate) fn make_range(doc: &Document, page: &Page, q: &Quote) -> Option<Range> {
    let a = page.map.start_point(q.span.start)?;
    let b = page.map.end_point(q.span.end)?;
    let range = doc.create_range().ok()?;
    range
        .set_start(page.nodes.get(a.node)?, a.utf16 as u32)
        .ok()?;
    range
        .set_end(page.nodes.get(b.node)?, b.utf16 as u32)
        .ok()?;
    Some(range)
}

/// Paints every placed quotation and makes each focusable.
pub(crate) fn repaint(s: &mut State) {
    let doc = s.doc.clone();
    let min = s.opts.min_confidence;
    let known: Vec<bool> = s
        .placed
        .iter()
        .map(|p| {
            s.ann
                .as_ref()
                .and_then(|a| a.quotes.get(p.quote))
                .is_some_and(|q| q.speaker.is_some() && q.confidence >= min)
        })
        .collect();
    // Wrapping splits text nodes; going backwards keeps the earlier ranges' nodes whole.
    for i in (0..s.placed.len()).rev() {
        let range = s.placed[i].range.clone();
        let wrappers = s.painter.paint(&doc, &range, known[i]);
        if let Some(first) = wrappers
            .first()
            .and_then(|w| w.clone().dyn_into::<HtmlElement>().ok())
        {
            s.placed[i].focus = Some(first);
        }
        s.placed[i].wrappers = wrappers;
    }
    for i in 0..s.placed.len() {
        let Some(el) = s.placed[i].focus.clone() else {
            continue;
        };
        if el.has_attribute("tabindex") || natively_focusable(&el) {
            continue;
        }
        let _ = el.set_attribute("tabindex", "0");
        s.made_focusable.push(el);
    }
}

/// Takes the paint off again (the placed quotations stay).
pub(crate) fn unpaint(s: &mut State) {
    s.painter.clear();
    for el in s.made_focusable.drain(..) {
        let _ = el.remove_attribute("tabindex");
    }
    for p in &mut s.placed {
        p.wrappers.clear();
    }
}

fn natively_focusable(el: &Element) -> bool {
    let tag = el.tag_name().to_ascii_lowercase();
    matches!(
        tag.as_str(),
        "a" | "button" | "input" | "select" | "textarea" | "summary"
    )
}
