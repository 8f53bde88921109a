#![cfg(not(target_arch = "wasm32"))]
//! Any input returns without panicking, and its output keeps the contract
//! (`Annotations::validate`: offsets on character boundaries inside the text, indices in range).

use proptest::prelude::*;
use whosaid::{annotate, Article, Block, BlockKind};

fn check(text: &str) {
    let article = Article::from_text(text);
    let a = annotate(&article);
    if let Err(e) = a.validate(&article) {
        panic!("{e} in {text:?}");
    }
}

const MARKS: &[&str] = &[
    "\"", "'", "“", "”", "‘", "’", "„", "‚", "«", "»", "‹", "›", "「", "」", " ", "\n\n", "a",
    "He said", ",", ".", ":", "😀", "\u{301}", "שלום", "—",
];

/// Paragraphs an interview is made of, and some that only look like its labels.
const INTERVIEW: &[&str] = &[
    "Q: Why?",
    "A: Because.",
    "QWhy now?",
    "A. Yes, \"quoted\" he said.",
    "Q —",
    "A:",
    "A",
    "Ana Reyes spoke to us.",
    "\"Open",
    "and on.\" she said",
    "A — “Fine.”",
    "Q. ",
    "",
    "A: 😀",
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

    /// Interviews: labelled questions and answers, glued labels, unlabelled paragraphs and marks
    /// in any order and any kind of block.
    #[test]
    fn questions_and_answers(parts in proptest::collection::vec(0..INTERVIEW.len(), 0..40), kinds in proptest::collection::vec(0..6usize, 40)) {
        let all = [BlockKind::Heading, BlockKind::Paragraph, BlockKind::BlockQuote, BlockKind::Caption, BlockKind::ListItem, BlockKind::Other];
        let article = Article::from_blocks(parts.iter().enumerate().map(|(i, &p)| Block { kind: all[kinds[i]], text: INTERVIEW[p].to_string() }));
        let a = annotate(&article);
        prop_assert_eq!(a.validate(&article), Ok(()));
    }

    #[test]
    fn blocks_of_any_kind(texts in proptest::collection::vec("\\PC{0,60}", 0..8), kinds in proptest::collection::vec(0..6usize, 8)) {
        let all = [BlockKind::Heading, BlockKind::Paragraph, BlockKind::BlockQuote, BlockKind::Caption, BlockKind::ListItem, BlockKind::Other];
        let article = Article::from_blocks(texts.iter().enumerate().map(|(i, t)| Block { kind: all[kinds[i]], text: t.clone() }));
        let a = annotate(&article);
        prop_assert_eq!(a.validate(&article), Ok(()));
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

/// A quotation followed by a capitalised word and a comma that end the text: the inverted-cue
/// rule looked one token past the end (found by the fuzzer).
#[test]
fn regression_quote_then_name_and_comma_at_end_of_text() {
    check("\"Hello\"Smith,");
    check("\"Hello,\" Smith,");
    check("“We will,” said Smith,");
}

/// `social media to say` read back from the text's second token: the look for `social` before
/// `media` went one token before the start.
#[test]
fn regression_media_to_say_at_the_start_of_the_text() {
    check("media to say \"x\"");
    check("social media to say \"x\"");
}

/// A run of unclosed guillemets: every closing mark searched the whole stack of open
/// quotations for its opener, quadratic in the run (found by the `linear` fuzzer: 64 kB took
/// 1.9 s). A megabyte of them would take minutes that way.
#[test]
fn regression_a_megabyte_of_unclosed_guillemets() {
    check(&"« ".repeat(350_000));
    check(&"«a ‹b ".repeat(120_000));
}

/// A multi-paragraph quotation whose later part is a title: handing the run's speaker on to its
/// parts gave the title a speaker (found by the fuzzer; only speech has a speaker).
#[test]
fn regression_a_title_continuing_a_quotation_gets_no_speaker() {
    let text = "Jane Smith said: \"We are going to win this and everyone knows it.\n\n\
                \"Big Plans\" is what she called the bill.";
    check(text);
    let a = whosaid::annotate_text(text);
    assert_eq!(a.quotes[1].kind, whosaid::QuoteKind::Title);
    assert_eq!(a.quotes[1].speaker, None);
}

/// Paragraphs that each open a quotation and never close it make one long run: finding the
/// run's best part scanned the run again for every part, quadratic (found by the `linear`
/// fuzzer: 64 kB took 8.7 s).
#[test]
fn regression_a_long_run_of_continued_paragraphs() {
    check(&"\"a\n\n".repeat(64 * 1024));
}

/// A text that opens with an inverted cue and a pronoun: the check for a quotation just before
/// the verb read the token before the first one (found by the fuzzer after 441,000 runs).
#[test]
fn regression_a_text_opening_with_said_and_a_pronoun() {
    check("Said she, \"We will go there.\"");
    check("Says he");
}

/// A run of initials (`A.A.A.…`) is one long word, and the tokenizer looked back over the whole
/// word at every period: quadratic (found by the `linear` fuzzer: 64 kB took 1.4 s).
#[test]
fn regression_a_long_run_of_initials() {
    check(&"A.".repeat(128 * 1024));
    check(&"U.S.-".repeat(50_000));
}

/// A dashed aside's reader looked at the token before a `--` opening the text: an overflow
/// (a panic in a debug build; found reading the change).
#[test]
fn regression_a_text_opening_with_a_dash_typed_as_two_hyphens() {
    check("-- Tom Vale -- said \"we win.\"");
    check("-- said \"we win.\"");
}

/// A heading with no words before the first headline with words: the title was the empty one,
/// and looking a name up in it read the token before its start (found by the fuzzer).
#[test]
fn regression_an_empty_heading_before_the_title() {
    let articles: [&[(BlockKind, &str)]; 2] = [
        &[
            (BlockKind::Heading, " "),
            (BlockKind::Heading, "Park wins"),
            (BlockKind::Paragraph, "Erin Park won. \"Yes,\" said Park."),
        ],
        &[
            (BlockKind::Heading, ""),
            (BlockKind::Paragraph, "\"Yes,\" said Park."),
        ],
    ];
    for blocks in articles {
        let article = Article::from_blocks(blocks.iter().map(|&(kind, t)| Block {
            kind,
            text: t.to_string(),
        }));
        assert_eq!(annotate(&article).validate(&article), Ok(()));
    }
}

/// A surname that is a sentence's subject and ends the text: the look for the pronoun of the
/// next sentence's cue asked for the sentence of the token past the end (found by the fuzzer).
#[test]
fn regression_a_sentence_subject_name_ending_the_text() {
    check("y,” e d. y a t c d g r s. K i,University of O");
}
