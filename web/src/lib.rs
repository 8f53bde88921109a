//! whosaid's browser layer: a thin shell over the engine (the `whosaid` crate).
//!
//! `read` is the DOM the core's article reader (`whosaid::page`) walks, and turns it into
//! engine blocks (offsets map back through [`textmap`], the one place UTF-8 meets UTF-16);
//! `paint` highlights; `card` is the hover card and `panel` the speakers panel, both in shadow
//! roots (`host`); `widget` ties them to the page's events; `exports` is what the JS loader
//! (`www/whosaid.js`) calls; `alloc` is the WebAssembly build's memory allocator. `textmap`,
//! `nav` (what the card does on each key and pointer move) and `shapes` (what JavaScript is
//! handed) are DOM-free: they build natively too, so their tests run with `cargo test`.
#![warn(missing_docs, unreachable_pub)]

mod nav;
mod shapes;
pub mod textmap;

#[cfg(target_arch = "wasm32")]
mod alloc;
#[cfg(target_arch = "wasm32")]
mod card;
#[cfg(target_arch = "wasm32")]
pub mod exports;
#[cfg(target_arch = "wasm32")]
mod host;
#[cfg(target_arch = "wasm32")]
mod options;
#[cfg(target_arch = "wasm32")]
mod paint;
#[cfg(target_arch = "wasm32")]
mod panel;
#[cfg(target_arch = "wasm32")]
mod read;
#[cfg(target_arch = "wasm32")]
mod widget;

#[cfg(all(test, target_arch = "wasm32"))]
mod tests;

#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOC: alloc::SizeClasses = alloc::SizeClasses::new();
