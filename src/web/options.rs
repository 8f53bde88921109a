//! What an embedder can set (`WhoSaid.init(options)`, or `data-*` attributes on the embed tag).

use serde::Deserialize;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Theme {
    /// Follows `prefers-color-scheme`.
    #[default]
    Auto,
    Light,
    Dark,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Mode {
    /// The CSS Custom Highlight API where the browser has it, else wrapping.
    #[default]
    Auto,
    /// Always wrap quotations in `<whosaid-q>` elements (each one focusable).
    Wrap,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Options {
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
}

impl Default for Options {
    fn default() -> Self {
        Options {
            root: None,
            theme: Theme::Auto,
            min_confidence: 0.0,
            highlight: Mode::Auto,
            hover_delay: 250,
            worker_threshold: 64 * 1024,
        }
    }
}
