//! The browser layer (wasm32 only): a thin shell over the engine.
//!
//! `read` finds the article and turns its DOM into engine blocks (offsets map back through
//! [`crate::textmap`], the one place UTF-8 meets UTF-16); `paint` highlights; `card` is the hover
//! card; `widget` ties them to the page's events. The JS loader (`www/whosaid.js`) wraps the
//! exports below as `WhoSaid.init/annotations/destroy`.

mod card;
mod options;
mod paint;
mod read;
mod widget;

#[cfg(test)]
mod tests;

use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::article::{Article, Block};

fn to_js<T: Serialize>(v: &T) -> Result<JsValue, JsValue> {
    v.serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsValue::from_str(&e.to_string()))
}

/// Annotates plain text (a blank line between paragraphs): the engine's `Annotations`.
#[wasm_bindgen(js_name = annotateText)]
pub fn annotate_text(text: &str) -> Result<JsValue, JsValue> {
    to_js(&crate::annotate_text(text))
}

/// Annotates blocks `[{kind, text}]` (what `Widget.article().blocks` gives, and what the
/// loader's worker receives): the engine's `Annotations`.
#[wasm_bindgen(js_name = annotateBlocks)]
pub fn annotate_blocks(blocks: JsValue) -> Result<JsValue, JsValue> {
    let blocks: Vec<Block> = serde_wasm_bindgen::from_value(blocks).map_err(|e| {
        JsValue::from_str(&format!("whosaid: blocks must be [{{kind, text}}]: {e}"))
    })?;
    to_js(&crate::annotate(&Article::from_blocks(blocks)))
}

/// The widget on the current page.
#[wasm_bindgen]
pub struct Widget {
    state: Option<widget::Shared>,
}

#[wasm_bindgen]
impl Widget {
    /// Starts on the current page. `options`: `{root, theme, minConfidence, highlight,
    /// hoverDelay, workerThreshold}`, all optional. `annotator`, when given, is
    /// `(blocks) => Promise<Annotations>` used for long articles (the loader's worker).
    /// Fails (with the reason) when no article is found or another instance runs.
    pub fn start(options: JsValue, annotator: Option<js_sys::Function>) -> Result<Widget, JsValue> {
        let opts = if options.is_undefined() || options.is_null() {
            options::Options::default()
        } else {
            serde_wasm_bindgen::from_value(options)
                .map_err(|e| JsValue::from_str(&format!("whosaid: bad options: {e}")))?
        };
        widget::start(opts, annotator)
            .map(|state| Widget { state: Some(state) })
            .map_err(|e| JsValue::from_str(&format!("whosaid: {e}")))
    }

    /// The annotations with each quotation's `text` and `speakerName`; `null` until ready.
    pub fn annotations(&self) -> JsValue {
        self.state
            .as_ref()
            .map_or(JsValue::NULL, widget::annotations_js)
    }

    /// The article as read: `{text, blocks: [{kind, text}]}`.
    pub fn article(&self) -> JsValue {
        self.state
            .as_ref()
            .map_or(JsValue::NULL, widget::article_js)
    }

    /// Timings and counts of the last annotation.
    pub fn stats(&self) -> JsValue {
        self.state.as_ref().map_or(JsValue::NULL, widget::stats_js)
    }

    /// Reads the article again now (changes are otherwise picked up by a mutation observer).
    pub fn refresh(&self) {
        if let Some(s) = &self.state {
            widget::refresh(s, false);
        }
    }

    /// Undoes everything; the page's DOM is as it was.
    pub fn destroy(&mut self) {
        if let Some(s) = self.state.take() {
            widget::destroy(&s);
        }
    }
}
