//! `whosaid`: find every quotation in news articles, and who said it, from the command line.
//!
//!     whosaid annotate article.txt            readable quotes and speakers (on a terminal)
//!     whosaid annotate page.html -f json      the article found in a saved page, annotated
//!     whosaid annotate --jsonl docs.jsonl     one line out per {"id","text"} line, all cores
//!     whosaid completions bash                a shell completion script
//!
//! Native only: on wasm32 (where there are no files or processes) this is an empty program, so
//! that `cargo test --target wasm32-unknown-unknown` can build every target.

#[cfg(not(target_arch = "wasm32"))]
mod args;
#[cfg(not(target_arch = "wasm32"))]
mod batch;
#[cfg(not(target_arch = "wasm32"))]
mod html;
#[cfg(not(target_arch = "wasm32"))]
mod input;
#[cfg(not(target_arch = "wasm32"))]
mod output;
#[cfg(not(target_arch = "wasm32"))]
mod run;

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    run::main()
}

#[cfg(target_arch = "wasm32")]
fn main() {}
