//! What JavaScript reads back: the annotations with each quote's text and speaker name, the
//! article as read, and the timings (their shapes are `crate::shapes`).

use wasm_bindgen::prelude::*;

use super::Shared;
use crate::shapes::{article_blocks, page_annotations};

/// The engine's result with each quotation's text and speaker name, for `WhoSaid.annotations()`.
pub(crate) fn annotations_js(state: &Shared) -> JsValue {
    let Ok(s) = state.try_borrow() else {
        return JsValue::NULL;
    };
    let (Some(ann), Some(page)) = (&s.ann, &s.page) else {
        return JsValue::NULL;
    };
    to_js(&page_annotations(ann, page.map.article().text()))
}
/// The article as read: `{text, blocks: [{kind, text}]}` (for reader views and tests).
pub(crate) fn article_js(state: &Shared) -> JsValue {
    let Ok(s) = state.try_borrow() else {
        return JsValue::NULL;
    };
    let Some(page) = &s.page else {
        return JsValue::NULL;
    };
    to_js(&article_blocks(page.map.article()))
}

/// Who is quoted and how much, for `WhoSaid.summary()`: counted as the cards and the panel
/// count (`whosaid::summary`).
pub(crate) fn summary_js(state: &Shared) -> JsValue {
    let Ok(s) = state.try_borrow() else {
        return JsValue::NULL;
    };
    super::speakers::summary(&s).map_or(JsValue::NULL, |sum| to_js(&sum))
}

/// The timings and counts of the last annotation, for `WhoSaid.stats()`.
pub(crate) fn stats_js(state: &Shared) -> JsValue {
    state
        .try_borrow()
        .map_or(JsValue::NULL, |s| to_js(&s.stats))
}

pub(crate) fn to_js<T: serde::Serialize>(v: &T) -> JsValue {
    crate::exports::to_js(v).unwrap_or(JsValue::NULL)
}
