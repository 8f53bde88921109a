//! The widget's style sheets ship minified, as its JavaScript does (scripts/package): comments
//! and the whitespace around punctuation go, so the wasm that embeds them is smaller. The
//! sources in src/*.css stay readable; the code includes the copies written to OUT_DIR.

use std::{env, fs, path::Path};

fn main() {
    let out = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    for name in ["card.css", "panel.css", "page-light.css", "page-dark.css"] {
        let src = Path::new("src").join(name);
        println!("cargo:rerun-if-changed={}", src.display());
        let css = fs::read_to_string(&src).expect("the style sheet is readable");
        fs::write(Path::new(&out).join(name), minify(&css)).expect("OUT_DIR is writable");
    }
}

/// Drops `/* */` comments, folds runs of whitespace into one space and removes the space
/// around `{ } ; : ,` and a `;` before `}`. Spaces inside values (`0 6px 24px`, `calc(a - b)`)
/// and between selectors (`.why b`) stay. A selector's leading colon (`.a :hover`) would merge
/// with the word before, and a quoted string would lose the spaces after its punctuation; the
/// sheets have neither.
fn minify(css: &str) -> String {
    let mut text = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(at) = rest.find("/*") {
        text.push_str(&rest[..at]);
        rest = rest[at..]
            .find("*/")
            .map_or("", |end| &rest[at + end + 2..]);
    }
    text.push_str(rest);
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        let joins = |c: char| matches!(c, '{' | '}' | ';' | ':' | ',');
        let glued = out.ends_with(joins) || word.starts_with(joins);
        if !out.is_empty() && !glued {
            out.push(' ');
        }
        out.push_str(word);
    }
    out.replace(";}", "}")
}
