//! The two seed articles this product was specified from must come out fully right: every
//! quotation found, every speaker named (fixtures copied from `shared/corpus/seeds`).

mod common;

use serde_json::Value;
use whosaid::{annotate, Article, Block, BlockKind};

fn gold() -> Value {
    serde_json::from_str(include_str!("fixtures/seeds/gold.json")).unwrap()
}

fn text(file: &str) -> &'static str {
    match file {
        "people-blinken-war-crimes.txt" => {
            include_str!("fixtures/seeds/people-blinken-war-crimes.txt")
        }
        "mediaite-blinken-war-crimes.txt" => {
            include_str!("fixtures/seeds/mediaite-blinken-war-crimes.txt")
        }
        other => panic!("unknown fixture {other}"),
    }
}

/// Checks one article against its gold; `block_quotes` says whether the optional block
/// quotation is expected (it is when the input marks it as a `<blockquote>`).
fn check(doc: &Value, article: &Article, block_quotes: bool) {
    let a = annotate(article);
    let chars: Vec<char> = article.text().chars().collect();
    let mut expected = 0;
    for g in doc["quotes"].as_array().unwrap() {
        if g["optional"].as_bool().unwrap() && !block_quotes {
            continue;
        }
        expected += 1;
        let (s, e) = (
            g["start"].as_u64().unwrap() as usize,
            g["end"].as_u64().unwrap() as usize,
        );
        let want: String = chars[s..e].iter().collect();
        let found = a.quotes.iter().enumerate().find(|(_, q)| {
            q.kind.is_speech() && q.span.char_start < e && s < q.span.char_end && {
                let overlap = q.span.char_end.min(e) - q.span.char_start.max(s);
                overlap * 2 >= (e - s).max(q.span.char_end - q.span.char_start)
            }
        });
        let Some((i, _)) = found else {
            panic!("{}: quote not found: {want:?}", doc["id"]);
        };
        let speaker = a.speaker_of(i).map(|s| s.name.clone()).unwrap_or_default();
        let gold_speaker = g["speaker"].as_str().unwrap();
        assert!(
            common::same_speaker(gold_speaker, &speaker),
            "{}: {want:?} said by {gold_speaker:?}, got {speaker:?} ({})",
            doc["id"],
            a.quotes[i].rule.name()
        );
    }
    let speech = a.quotes.iter().filter(|q| q.kind.is_speech()).count();
    assert_eq!(
        speech, expected,
        "{}: extra speech quotes: {:#?}",
        doc["id"], a.quotes
    );
}

#[test]
fn seeds_as_plain_text() {
    for doc in gold()["documents"].as_array().unwrap() {
        let article = Article::from_text(text(doc["file"].as_str().unwrap()));
        check(doc, &article, false);
    }
}

#[test]
fn seeds_as_blocks_with_the_statement_as_a_blockquote() {
    for doc in gold()["documents"].as_array().unwrap() {
        let t = text(doc["file"].as_str().unwrap());
        let article = Article::from_blocks(t.split("\n\n").map(|p| Block {
            kind: if p.starts_with("Today, I can announce") {
                BlockKind::BlockQuote
            } else {
                BlockKind::Paragraph
            },
            text: p.to_string(),
        }));
        // Joining blocks with "\n\n" gives back the same text and offsets.
        assert_eq!(article.text(), t.trim_end());
        check(doc, &article, true);
    }
}

#[test]
fn seed_speakers_carry_role_and_age() {
    let a = whosaid::annotate_text(text("people-blinken-war-crimes.txt"));
    let by_name = |n: &str| {
        a.speakers
            .iter()
            .find(|s| s.name == n)
            .unwrap_or_else(|| panic!("{n}: {:#?}", a.speakers))
    };
    assert_eq!(by_name("Joe Biden").age, Some(79));
    assert_eq!(by_name("Jen Psaki").age, Some(43));
    assert_eq!(
        by_name("Jen Psaki").role.as_deref(),
        Some("White House Press Secretary")
    );
    assert_eq!(by_name("Antony Blinken").age, Some(59));
    assert!(by_name("Antony Blinken")
        .aliases
        .iter()
        .any(|x| x == "Blinken"));
    let m = by_name("Liliya Marynchak");
    assert_eq!(
        m.description.as_deref(),
        Some("a 45-year-old teacher in Ivano-Frankivsk, Ukraine")
    );
    assert_eq!(m.age, Some(45));
    assert_eq!(by_name("Volodymyr Zelenskyy").age, Some(44));
    assert_eq!(by_name("Antony Blinken").quotes, 7);
}
