//! The widget's own elements on the page (the card and the panel): a host element whose inline
//! `!important` styles beat any page rule, with an open shadow root holding its own stylesheet,
//! so page CSS cannot restyle what is inside.

use wasm_bindgen::JsCast;
use web_sys::{Document, HtmlElement, Node, ShadowRoot, ShadowRootInit, ShadowRootMode};

use crate::options::Theme;

/// Creates `<tag>` (not yet in the page) with `styles` on the host (after `all: initial`), the
/// theme as its class, and a shadow root that adopts `css`.
pub(crate) fn shadow_host(
    doc: &Document,
    tag: &str,
    styles: &[(&str, &str)],
    theme: Theme,
    css: &str,
) -> Option<(HtmlElement, ShadowRoot)> {
    let host: HtmlElement = doc.create_element(tag).ok()?.dyn_into().ok()?;
    let style = host.style();
    for (k, v) in [("all", "initial")].iter().chain(styles) {
        let _ = style.set_property_with_priority(k, v, "important");
    }
    let _ = host.class_list().add_1(match theme {
        Theme::Auto => "auto",
        Theme::Light => "light",
        Theme::Dark => "dark",
    });
    let shadow = host
        .attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))
        .ok()?;
    if let Ok(sheet) = web_sys::CssStyleSheet::new() {
        if sheet.replace_sync(css).is_ok() {
            shadow.set_adopted_style_sheets(&js_sys::Array::of1(&sheet));
        }
    }
    Some((host, shadow))
}

/// Appends a `<tag class=class>` to `parent` (no class when `class` is empty).
pub(crate) fn child(doc: &Document, parent: &Node, tag: &str, class: &str) -> Option<HtmlElement> {
    let e: HtmlElement = doc.create_element(tag).ok()?.dyn_into().ok()?;
    if !class.is_empty() {
        e.set_class_name(class);
    }
    parent.append_child(&e).ok()?;
    Some(e)
}
