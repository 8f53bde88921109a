//! `whosaid`: annotate articles from the command line.
//!
//!     whosaid annotate FILE|-            the full annotations of one article, as JSON
//!     whosaid annotate --jsonl FILE|-    one {"id","text"} object a line in, one
//!                                        {"id","quotes":[...]} line out (scorer format)
//!
//! Native only: on wasm32 (where there are no files or processes) this is an empty program, so
//! that `cargo test --target wasm32-unknown-unknown` can build every target.

#[cfg(not(target_arch = "wasm32"))]
mod cli;

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    cli::main()
}

#[cfg(target_arch = "wasm32")]
fn main() {}
