//! The browser layer in headless Chromium (`cargo test --target wasm32-unknown-unknown`):
//! reading the DOM into blocks and mapping engine offsets back to exact DOM ranges.

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Document, Element};

use crate::read;
use crate::widget::make_range;
use whosaid::BlockKind;

wasm_bindgen_test_configure!(run_in_browser);

fn doc() -> Document {
    web_sys::window().unwrap().document().unwrap()
}

/// A fresh `<article>` holding `html` (test markup, not page text).
fn article(html: &str) -> Element {
    let d = doc();
    let el = d.create_element("article").unwrap();
    el.set_inner_html(html);
    d.body().unwrap().append_child(&el).unwrap();
    el
}

/// Reads `html`, annotates it, and returns (quote text, DOM range text, speaker) for each
/// speech quotation.
fn quotes(html: &str) -> Vec<(String, String, Option<String>)> {
    let root = article(html);
    let page = read::read(&doc(), &root);
    let a = whosaid::annotate(page.map.article());
    let text = page.map.article().text();
    let out = a
        .quotes
        .iter()
        .enumerate()
        .filter(|(_, q)| q.kind.is_speech())
        .map(|(i, q)| {
            let range = make_range(&doc(), &page, q).expect("a range for every quote");
            (
                text[q.span.start..q.span.end].to_string(),
                String::from(range.to_string()),
                a.speaker_of(i).map(|s| s.name.clone()),
            )
        })
        .collect();
    root.remove();
    out
}

#[wasm_bindgen_test]
fn a_quote_split_across_four_elements_maps_to_one_exact_range() {
    let q = quotes(
        "<p>Volodymyr Zelenskyy spoke.</p>\
         <p>“<em>Nobody</em> is <a href='#'>going <b>to</b></a> <strong>break us</strong>, we’re strong,” he said.</p>",
    );
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].0, "Nobody is going to break us, we’re strong,");
    assert_eq!(q[0].1, q[0].0);
    assert_eq!(q[0].2.as_deref(), Some("Volodymyr Zelenskyy"));
}

#[wasm_bindgen_test]
fn emoji_combining_marks_and_right_to_left_text_keep_ranges_exact() {
    // 👍🏽 is four UTF-16 units, e + U+0301 two code points, Hebrew runs right to left.
    let q = quotes(
        "<p>👍🏽 Cafe\u{301} owner Dana Levi 🎉 spoke.</p>\
         <p>“Cafe\u{301} 😀 שלום עליכם, <i>we</i> are open,” Levi said. 🇨🇦 “Again ✨,” she added.</p>",
    );
    assert_eq!(q.len(), 2);
    for (text, range, speaker) in &q {
        assert_eq!(range, text);
        assert_eq!(speaker.as_deref(), Some("Dana Levi"));
    }
    assert_eq!(q[0].0, "Cafe\u{301} 😀 שלום עליכם, we are open,");
}

#[wasm_bindgen_test]
fn white_space_collapses_as_rendered_and_breaks_read_as_spaces() {
    let q = quotes("<p>\n   \"We   will\n\t<em>rebuild</em>,\"<br>Mayor   Jane Smith\n said.</p>");
    assert_eq!(q.len(), 1);
    assert_eq!(q[0].0, "We will rebuild,");
    assert_eq!(q[0].1, "We   will\n\trebuild,");
    assert_eq!(q[0].2.as_deref(), Some("Jane Smith"));
}

#[wasm_bindgen_test]
fn hidden_and_non_article_parts_are_not_read() {
    // The same markup as the command line's test of the same reader over a native parser.
    let root = article(include_str!("../../tests/fixtures/html/not-article.html"));
    let page = read::read(&doc(), &root);
    let a = page.map.article();
    let blocks: Vec<(BlockKind, &str)> = a
        .blocks()
        .iter()
        .map(|b| (b.kind, &a.text()[b.start..b.end]))
        .collect();
    assert_eq!(
        blocks,
        vec![
            (BlockKind::Heading, "Title"),
            (BlockKind::Paragraph, "One."),
            (BlockKind::BlockQuote, "Quoted one."),
            (BlockKind::BlockQuote, "Quoted two."),
            (BlockKind::ListItem, "Item."),
            (BlockKind::Caption, "Caption."),
            (BlockKind::Paragraph, "<b>not bold</b>"),
            (BlockKind::Paragraph, "Not editable."),
        ]
    );
    root.remove();
}

#[wasm_bindgen_test]
fn the_root_is_the_densest_text_not_the_menus() {
    let d = doc();
    let wrap = d.create_element("div").unwrap();
    wrap.set_inner_html(
        "<div class='menu'><p>Home News Sport Weather and more links here</p></div>\
         <div id='story'><p>First paragraph of the story, long enough to count.</p>\
         <p>Second paragraph of the story, long enough to count as well.</p></div>\
         <div class='related-links'><p>Another story you may like to read today</p></div>",
    );
    d.body().unwrap().append_child(&wrap).unwrap();
    let root = read::find_root(&d, None).unwrap();
    assert_eq!(root.id(), "story");
    assert!(read::find_root(&d, Some("#nope"))
        .unwrap_err()
        .contains("#nope"));
    assert!(read::find_root(&d, Some("["))
        .unwrap_err()
        .contains("not a valid"));
    wrap.unchecked_into::<Element>().remove();
}

#[wasm_bindgen_test]
fn options_are_read_from_a_js_object() {
    use crate::options::{Mode, Options, Theme};
    let parse = |js: &str| Options::from_js(&js_sys::eval(&format!("({js})")).unwrap());
    assert_eq!(parse("undefined"), Ok(Options::default()));
    let o = parse(
        "{root: 'main article', theme: 'dark', minConfidence: 0.5, highlight: 'wrap', \
         hoverDelay: 0, workerThreshold: 10, worker: false}",
    )
    .unwrap();
    assert_eq!(o.root.as_deref(), Some("main article"));
    assert_eq!((o.theme, o.highlight), (Theme::Dark, Mode::Wrap));
    assert_eq!(
        (o.min_confidence, o.hover_delay, o.worker_threshold),
        (0.5, 0, 10)
    );
    assert_eq!(
        parse("{theme: 'blue'}"),
        Err("theme “blue” is not auto, light or dark".into())
    );
    assert_eq!(parse("{root: 3}"), Err("root must be a string".into()));
    assert!(parse("{hoverDelay: -1}").is_err());
    assert!(parse("'article'").is_err());
}

#[wasm_bindgen_test]
fn the_allocator_aligns_reuses_and_keeps_contents_through_growth() {
    // Blocks of every size class up to a few megabytes, with what they hold checked after
    // the heap has grown past them; freed blocks come back for the same class.
    let mut kept: Vec<Vec<u8>> = Vec::new();
    for shift in 0..22 {
        let len = (1usize << shift) + shift;
        let v = vec![shift as u8; len];
        assert_eq!(v.as_ptr() as usize % 16, 0, "block of {len} bytes");
        kept.push(v);
    }
    for (shift, v) in kept.iter().enumerate() {
        assert!(
            v.iter().all(|&b| b == shift as u8),
            "block {shift} was overwritten"
        );
    }
    let at = kept[10].as_ptr();
    let len = kept[10].len();
    drop(kept.remove(10));
    let again = vec![7u8; len];
    assert_eq!(again.as_ptr(), at, "a freed block is reused for its class");
    // Growing a vector within its class keeps it in place; past it, the contents move along.
    let mut s = String::with_capacity(40);
    s.push_str("tokens");
    for _ in 0..10_000 {
        s.push('é');
    }
    assert!(s.starts_with("tokens") && s.chars().filter(|&c| c == 'é').count() == 10_000);
}

#[wasm_bindgen_test]
fn reading_a_large_article_again_takes_no_more_memory() {
    // The widget reads a page again whenever it changes. The free blocks one read leaves must
    // serve the next: growing a block in place while a free one of its new size waited took
    // fresh memory every time (the heap grew by a megabyte every other read of a 1 MB article).
    let seed = concat!(
        include_str!("../../tests/fixtures/seeds/people-blinken-war-crimes.txt"),
        "\n\n",
        include_str!("../../tests/fixtures/seeds/mediaite-blinken-war-crimes.txt"),
        "\n\n"
    );
    let text = seed.repeat(500_000 / seed.len() + 1);
    let pages = || core::arch::wasm32::memory_size(0);
    whosaid::annotate_text(&text);
    let settled = pages();
    for _ in 0..8 {
        whosaid::annotate_text(&text);
    }
    // The heap grows 16 pages (a megabyte) at a time: eight more reads may take one step.
    assert!(
        pages() <= settled + 16,
        "{} pages after eight more reads, {settled} after the first",
        pages()
    );
}
