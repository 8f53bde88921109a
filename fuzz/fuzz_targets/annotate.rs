//! Annotates any UTF-8 input twice, as plain text and as blocks (each NUL starts a block whose
//! kind its first character chooses), and holds the output to its contract: offsets on
//! character boundaries inside the text, indices in range (`Annotations::validate`), JSON and
//! the worker's packed bytes both round-trip.
#![no_main]

use libfuzzer_sys::fuzz_target;
use whosaid::{annotate, packed, Annotations, Article, Block, BlockKind};

const KINDS: [BlockKind; 6] = BlockKind::ALL;

fn check(article: &Article) {
    let a = annotate(article);
    if let Err(e) = a.validate(article) {
        panic!("{e}");
    }
    let json = serde_json::to_string(&a).expect("annotations serialise");
    let back: Annotations = serde_json::from_str(&json).expect("and read back");
    assert_eq!(back.quotes.len(), a.quotes.len());
    assert_eq!(packed::decode(&packed::encode(&a)).as_ref(), Some(&a));
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    check(&Article::from_text(text));
    let blocks = text.split('\0').map(|part| Block {
        kind: KINDS[part.chars().next().map_or(1, |c| c as usize % KINDS.len())],
        text: part.to_string(),
    });
    check(&Article::from_blocks(blocks));
});
