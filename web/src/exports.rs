//! The exports the JS loader (`www/whosaid.js`) calls: the engine on text or blocks, the packed
//! answer for the worker, and the widget's lifecycle (in `widget`).

use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::{options, read, widget};
use whosaid::{Article, Block, BlockKind};

// The shapes the exports below take and give, for the `.d.ts` wasm-bindgen emits (`types.d.ts`:
// the serde types' fields are checked against it natively, in `shapes`; the options are read by
// `options::Options::from_js`).
#[wasm_bindgen(typescript_custom_section)]
const TYPES: &str = include_str!("types.d.ts");

pub(crate) fn to_js<T: Serialize>(v: &T) -> Result<JsValue, JsValue> {
    v.serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsValue::from_str(&e.to_string()))
}

/// Annotates plain text (a blank line between paragraphs): the engine's `Annotations`.
#[wasm_bindgen(js_name = annotateText, unchecked_return_type = "Annotations")]
pub fn annotate_text(text: &str) -> Result<JsValue, JsValue> {
    to_js(&whosaid::annotate_text(text))
}

/// Annotates blocks `[{kind, text}]` (what `Widget.article().blocks` gives): the engine's
/// `Annotations`.
#[wasm_bindgen(js_name = annotateBlocks, unchecked_return_type = "Annotations")]
pub fn annotate_blocks(
    #[wasm_bindgen(unchecked_param_type = "Block[]")] blocks: JsValue,
) -> Result<JsValue, JsValue> {
    to_js(&whosaid::annotate(&Article::from_blocks(blocks_from_js(
        &blocks,
    )?)))
}

/// What the loader's worker runs: annotates blocks `[{kind, text}]` and returns the
/// annotations packed (`whosaid::packed`), for the page to decode in one pass.
#[wasm_bindgen(js_name = annotateBlocksPacked)]
pub fn annotate_blocks_packed(
    #[wasm_bindgen(unchecked_param_type = "Block[]")] blocks: JsValue,
) -> Result<Vec<u8>, JsValue> {
    let article = Article::from_blocks(blocks_from_js(&blocks)?);
    Ok(whosaid::packed::encode(&whosaid::annotate(&article)))
}

/// Reads `[{kind, text}]` field by field (a deserializer would put ~45 kB into the wasm).
fn blocks_from_js(blocks: &JsValue) -> Result<Vec<Block>, JsValue> {
    let field = |v: &JsValue, name: &str| js_prop(v, name).and_then(|f| f.as_string());
    let list = blocks.dyn_ref::<js_sys::Array>();
    let read = list.and_then(|list| {
        list.iter()
            .map(|b| {
                let kind = field(&b, "kind").and_then(|k| BlockKind::from_name(&k))?;
                Some(Block {
                    kind,
                    text: field(&b, "text")?,
                })
            })
            .collect::<Option<Vec<_>>>()
    });
    read.ok_or_else(|| {
        JsValue::from_str(
            "whosaid: blocks must be [{kind, text}], each kind one of heading, paragraph, \
             block-quote, caption, list-item, other, and each text a string",
        )
    })
}

/// Property `key` of a JS value; `None` when it is missing, `undefined` or `null`, or when
/// `v` has no properties.
pub(crate) fn js_prop(v: &JsValue, key: &str) -> Option<JsValue> {
    js_sys::Reflect::get(v, &JsValue::from_str(key))
        .ok()
        .filter(|x| !x.is_undefined() && !x.is_null())
}

/// The element the widget would annotate on the current page: the one `selector` names, else
/// the article body as found by text density. Throws with the reason when there is none.
#[wasm_bindgen(js_name = findArticle)]
pub fn find_article(selector: Option<String>) -> Result<web_sys::Element, JsValue> {
    let doc = web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| JsValue::from_str("whosaid: no document"))?;
    read::find_root(&doc, selector.as_deref())
        .map_err(|e| JsValue::from_str(&format!("whosaid: {e}")))
}

/// The widget on the current page.
#[wasm_bindgen]
pub struct Widget {
    state: Option<widget::Shared>,
}

#[wasm_bindgen]
impl Widget {
    /// Starts on the current page. `options`: `{root, theme, minConfidence, highlight,
    /// hoverDelay, workerThreshold, panel}`, all optional. `annotator`, when given, is
    /// `(blocks) => Promise<Uint8Array>` used for long articles: the loader's worker, which
    /// answers with `annotateBlocksPacked`.
    /// Fails (with the reason) when no article is found or another instance runs.
    pub fn start(
        #[wasm_bindgen(unchecked_param_type = "WidgetOptions | undefined")] options: JsValue,
        #[wasm_bindgen(
            unchecked_param_type = "((blocks: Block[]) => Promise<Uint8Array>) | undefined"
        )]
        annotator: Option<js_sys::Function>,
    ) -> Result<Widget, JsValue> {
        let opts = options::Options::from_js(&options)
            .map_err(|e| JsValue::from_str(&format!("whosaid: bad options: {e}")))?;
        widget::start(opts, annotator)
            .map(|state| Widget { state: Some(state) })
            .map_err(|e| JsValue::from_str(&format!("whosaid: {e}")))
    }

    /// The annotations with each quotation's `text` and `speakerName`; `null` until ready.
    #[wasm_bindgen(unchecked_return_type = "PageAnnotations | null")]
    pub fn annotations(&self) -> JsValue {
        self.state
            .as_ref()
            .map_or(JsValue::NULL, widget::annotations_js)
    }

    /// The article as read: `{text, blocks: [{kind, text}]}`.
    #[wasm_bindgen(unchecked_return_type = "{ text: string, blocks: Block[] } | null")]
    pub fn article(&self) -> JsValue {
        self.state
            .as_ref()
            .map_or(JsValue::NULL, widget::article_js)
    }

    /// Timings and counts of the last annotation.
    #[wasm_bindgen(unchecked_return_type = "WidgetStats | null")]
    pub fn stats(&self) -> JsValue {
        self.state.as_ref().map_or(JsValue::NULL, widget::stats_js)
    }

    /// Who is quoted and how much: each speaker's quotations, words and share of quoted words,
    /// and the quotations with no speaker named.
    #[wasm_bindgen(unchecked_return_type = "Summary | null")]
    pub fn summary(&self) -> JsValue {
        self.state
            .as_ref()
            .map_or(JsValue::NULL, widget::summary_js)
    }

    /// Opens the speakers panel and puts focus in it.
    #[wasm_bindgen(js_name = openPanel)]
    pub fn open_panel(&self) {
        if let Some(s) = &self.state {
            widget::open_panel(s);
        }
    }

    /// Closes the speakers panel.
    #[wasm_bindgen(js_name = closePanel)]
    pub fn close_panel(&self) {
        if let Some(s) = &self.state {
            widget::close_panel(s);
        }
    }

    /// Opens the speakers panel, or closes it when open.
    #[wasm_bindgen(js_name = togglePanel)]
    pub fn toggle_panel(&self) {
        if let Some(s) = &self.state {
            widget::toggle_panel(s);
        }
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
