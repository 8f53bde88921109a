#![cfg(not(target_arch = "wasm32"))]
//! Any input returns without panicking, with every offset on a character boundary inside the
//! text and character offsets that agree with byte offsets.

use proptest::prelude::*;
use whosaid::{annotate, annotate_text, Article, Block, BlockKind, Span};

fn check_span(text: &str, s: &Span) {
    assert!(
        s.start <= s.end && s.end <= text.len(),
        "{s:?} outside {}",
        text.len()
    );
    assert!(
        text.is_char_boundary(s.start) && text.is_char_boundary(s.end),
        "{s:?}"
    );
    assert_eq!(text[..s.start].chars().count(), s.char_start);
    assert_eq!(text[..s.end].chars().count(), s.char_end);
}

fn check(text: &str) {
    let a = annotate_text(text);
    for q in &a.quotes {
        check_span(text, &q.span);
        check_span(text, &q.outer);
        q.mention
            .iter()
            .chain(q.cue.iter())
            .for_each(|s| check_span(text, s));
        assert!(q.speaker.is_none_or(|s| s < a.speakers.len()));
        assert!(q.kind.is_speech() || q.speaker.is_none());
    }
}

const MARKS: &[&str] = &[
    "\"", "'", "“", "”", "‘", "’", "„", "‚", "«", "»", "‹", "›", "「", "」", " ", "\n\n", "a",
    "He said", ",", ".", ":", "😀", "\u{301}", "שלום", "—",
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn any_unicode(s in "\\PC{0,300}") {
        check(&s);
    }

    #[test]
    fn runs_of_marks_and_words(parts in proptest::collection::vec(0..MARKS.len(), 0..200)) {
        let s: String = parts.iter().map(|&i| MARKS[i]).collect();
        check(&s);
    }

    #[test]
    fn blocks_of_any_kind(texts in proptest::collection::vec("\\PC{0,60}", 0..8), kinds in proptest::collection::vec(0..6usize, 8)) {
        let all = [BlockKind::Heading, BlockKind::Paragraph, BlockKind::BlockQuote, BlockKind::Caption, BlockKind::ListItem, BlockKind::Other];
        let article = Article::from_blocks(texts.iter().enumerate().map(|(i, t)| Block { kind: all[kinds[i]], text: t.clone() }));
        let a = annotate(&article);
        for q in &a.quotes {
            check_span(article.text(), &q.span);
            assert!(q.block < article.blocks().len());
        }
    }
}

#[test]
fn a_megabyte_of_straight_quotes() {
    check(&"\"".repeat(1 << 20));
    check(&format!("{}x", "\"".repeat((1 << 20) + 1)));
}

#[test]
fn a_megabyte_of_one_paragraph_with_stray_marks() {
    let s = "He said \" and then 'maybe' she “replied ".repeat(25_000);
    check(&s);
}

#[test]
fn emoji_rtl_and_html_lookalikes() {
    check("\"😀 שלום <b>bold</b> &amp; ⟨x⟩,\" אמר הוא. \"مرحبا,\" قال 😀 Smith.");
}
