//! What an embedder can set (`WhoSaid.init(options)`, or `data-*` attributes on the embed tag).

use wasm_bindgen::JsValue;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) enum Theme {
    /// Follows `prefers-color-scheme`.
    #[default]
    Auto,
    Light,
    Dark,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) enum Mode {
    /// The CSS Custom Highlight API where the browser has it, else wrapping.
    #[default]
    Auto,
    /// Always wrap quotations in `<whosaid-q>` elements (each one focusable).
    Wrap,
}

#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Options {
    /// CSS selector of the article root; found automatically when absent.
    pub root: Option<String>,
    pub theme: Theme,
    /// Quotes whose attribution is less sure than this are shown as "speaker not identified".
    pub min_confidence: f32,
    pub highlight: Mode,
    /// Delay before a hover opens a card, in milliseconds.
    pub hover_delay: i32,
    /// Articles longer than this (bytes) are annotated off the main thread when the loader
    /// can start a worker.
    pub worker_threshold: usize,
    /// Whether the speakers panel's button shows on the page (the panel opens from the JS API
    /// either way).
    pub panel_button: bool,
}

/// The default `minConfidence`.
pub(crate) const MIN_CONFIDENCE: f32 = whosaid::explain::DEFAULT_MIN_CONFIDENCE;

impl Default for Options {
    fn default() -> Self {
        Options {
            root: None,
            theme: Theme::Auto,
            // Below 0.5 the dev corpora's held-out folds had the right speaker about one time
            // in three (`scripts/eval --folds`): a card says "not identified" rather than guess.
            min_confidence: MIN_CONFIDENCE,
            highlight: Mode::Auto,
            hover_delay: 250,
            worker_threshold: 64 * 1024,
            panel_button: true,
        }
    }
}

impl Options {
    /// Reads `{root, theme, minConfidence, highlight, hoverDelay, workerThreshold, panel}` (each
    /// optional; other keys are ignored) from a JS object, naming the first bad value. Read
    /// field by field rather than through serde: a deserializer is dozens more functions for
    /// the browser to compile before the first article.
    pub(crate) fn from_js(v: &JsValue) -> Result<Options, String> {
        let mut o = Options::default();
        if v.is_undefined() || v.is_null() {
            return Ok(o);
        }
        if !v.is_object() {
            return Err("options must be an object".into());
        }
        let get = |key: &str| crate::exports::js_prop(v, key);
        let text = |key: &str| -> Result<Option<String>, String> {
            get(key)
                .map(|x| x.as_string().ok_or(format!("{key} must be a string")))
                .transpose()
        };
        let number = |key: &str| -> Result<Option<f64>, String> {
            get(key)
                .map(|x| {
                    x.as_f64()
                        .filter(|n| n.is_finite() && *n >= 0.0)
                        .ok_or(format!("{key} must be a number, 0 or more"))
                })
                .transpose()
        };
        o.root = text("root")?;
        if let Some(t) = text("theme")? {
            o.theme = match t.as_str() {
                "auto" => Theme::Auto,
                "light" => Theme::Light,
                "dark" => Theme::Dark,
                _ => return Err(format!("theme “{t}” is not auto, light or dark")),
            };
        }
        if let Some(h) = text("highlight")? {
            o.highlight = match h.as_str() {
                "auto" => Mode::Auto,
                "wrap" => Mode::Wrap,
                _ => return Err(format!("highlight “{h}” is not auto or wrap")),
            };
        }
        if let Some(n) = number("minConfidence")? {
            o.min_confidence = n as f32;
        }
        if let Some(n) = number("hoverDelay")? {
            o.hover_delay = n.min(i32::MAX as f64) as i32;
        }
        if let Some(n) = number("workerThreshold")? {
            o.worker_threshold = n as usize;
        }
        if let Some(b) = get("panel") {
            o.panel_button = b.as_bool().ok_or("panel must be true or false")?;
        }
        Ok(o)
    }
}
