//! The shapes the widget hands to JavaScript, as serde types: the page's annotations (each quote
//! with its text and speaker's name), the article as read, and the timings. DOM-free, so a
//! native test holds them to the TypeScript interfaces in `types.d.ts`, field by field.
//!
//! The widget is wasm32 only; natively this builds for its tests alone.
#![cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]

use serde::Serialize;
use whosaid::{Annotations, Article, Block, QuoteKind, Rule, Span, Speaker};

/// Timings and counts of the last annotation, for `WhoSaid.stats()` (`WidgetStats`).
#[derive(Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub(crate) struct Stats {
    pub(crate) mode: &'static str,
    /// Finding the article root.
    pub(crate) find_ms: f64,
    /// Building the painter and registering the listeners (the card is built when it first
    /// opens).
    pub(crate) setup_ms: f64,
    pub(crate) read_ms: f64,
    /// Taking the worker's answer in (main thread).
    pub(crate) receive_ms: f64,
    pub(crate) annotate_ms: f64,
    pub(crate) paint_ms: f64,
    /// Building the annotations for `whosaid:ready`/`update` and dispatching the event.
    pub(crate) announce_ms: f64,
    /// The longest single stretch of main-thread work the widget did.
    pub(crate) longest_task_ms: f64,
    pub(crate) off_thread: bool,
    pub(crate) chars: usize,
    pub(crate) blocks: usize,
    pub(crate) quotes: usize,
    pub(crate) painted: usize,
    pub(crate) reused: usize,
    pub(crate) refreshes: u32,
}

/// A quote as a page sees it (`PageQuote`): the engine's fields written out, not
/// `#[serde(flatten)]` (flattening buffers each quote through serde's generic content type:
/// slower, and more code in the wasm), plus its text and its speaker's name.
#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct PageQuote<'a> {
    span: &'a Span,
    outer: &'a Span,
    kind: QuoteKind,
    speaker: Option<usize>,
    mention: &'a Option<Span>,
    cue: &'a Option<Span>,
    rule: Rule,
    confidence: f32,
    continues: Option<usize>,
    block: usize,
    text: &'a str,
    speaker_name: Option<&'a str>,
}

/// The annotations as a page sees them (`PageAnnotations`), for `WhoSaid.annotations()`.
#[derive(Serialize)]
pub(crate) struct PageAnnotations<'a> {
    quotes: Vec<PageQuote<'a>>,
    speakers: &'a [Speaker],
}

/// `ann` with each quote's text (from `text`, the article it was made from) and speaker name.
pub(crate) fn page_annotations<'a>(ann: &'a Annotations, text: &'a str) -> PageAnnotations<'a> {
    PageAnnotations {
        quotes: ann
            .quotes
            .iter()
            .map(|q| PageQuote {
                span: &q.span,
                outer: &q.outer,
                kind: q.kind,
                speaker: q.speaker,
                mention: &q.mention,
                cue: &q.cue,
                rule: q.rule,
                confidence: q.confidence,
                continues: q.continues,
                block: q.block,
                text: text.get(q.span.start..q.span.end).unwrap_or(""),
                speaker_name: q
                    .speaker
                    .and_then(|i| ann.speakers.get(i))
                    .map(|sp| sp.name.as_str()),
            })
            .collect(),
        speakers: &ann.speakers,
    }
}

/// The article as read, `{text, blocks: [{kind, text}]}`, for `WhoSaid.article()` and the worker.
#[derive(Serialize)]
pub(crate) struct ArticleOut {
    pub(crate) text: String,
    pub(crate) blocks: Vec<Block>,
}

/// The article's text and each block's kind and text.
pub(crate) fn article_blocks(a: &Article) -> ArticleOut {
    ArticleOut {
        text: a.text().to_string(),
        blocks: a.to_blocks(),
    }
}

#[cfg(test)]
mod tests {
    //! Each interface in `types.d.ts` against the JSON its serde type writes: the same fields,
    //! no more, no fewer; and each string union against the names serde gives the enum.
    use super::*;
    use serde_json::Value;
    use whosaid::{BlockKind, SpeakerKind};

    const TYPES: &str = include_str!("types.d.ts");

    /// The field names of `export interface NAME ... { ... }`, with those of the interface it
    /// extends.
    fn fields(name: &str) -> Vec<String> {
        let start = TYPES
            .find(&format!("export interface {name} "))
            .unwrap_or_else(|| panic!("no interface {name}"));
        let head = &TYPES[start..];
        let open = head.find('{').unwrap();
        let close = open + head[open..].find('}').unwrap();
        let mut out: Vec<String> = Vec::new();
        if let Some(parent) = head[..open].split(" extends ").nth(1) {
            out.extend(fields(parent.trim()));
        }
        let mut body = head[open + 1..close].to_string();
        while let Some(c) = body.find("/**") {
            let e = body[c..].find("*/").map_or(body.len(), |e| c + e + 2);
            body.replace_range(c..e, "");
        }
        for part in body.split([';', '\n']) {
            if let Some((key, _)) = part.split_once(':') {
                let key = key.trim().trim_end_matches('?');
                if !key.is_empty() {
                    out.push(key.to_string());
                }
            }
        }
        out.sort();
        out
    }

    fn keys(v: &Value) -> Vec<String> {
        let mut k: Vec<String> = v.as_object().expect("an object").keys().cloned().collect();
        k.sort();
        k
    }

    /// The members of `export type NAME = "a" | "b"`.
    fn union(name: &str) -> Vec<String> {
        let start = TYPES.find(&format!("export type {name} = ")).unwrap();
        let line = TYPES[start..].lines().next().unwrap();
        let mut m: Vec<String> = line
            .split('"')
            .skip(1)
            .step_by(2)
            .map(String::from)
            .collect();
        m.sort();
        m
    }

    fn names<T: Serialize>(all: &[T]) -> Vec<String> {
        let mut m: Vec<String> = all
            .iter()
            .map(|k| {
                serde_json::to_value(k)
                    .unwrap()
                    .as_str()
                    .unwrap()
                    .to_string()
            })
            .collect();
        m.sort();
        m
    }

    #[test]
    fn every_interface_has_the_fields_its_json_has() {
        let text = "\"We will rebuild,\" Mayor Jane Smith, 52, said.";
        let ann = whosaid::annotate_text(text);
        let page = serde_json::to_value(page_annotations(&ann, text)).unwrap();
        let plain = serde_json::to_value(&ann).unwrap();
        let article =
            serde_json::to_value(article_blocks(&whosaid::Article::from_text(text))).unwrap();
        let stats = serde_json::to_value(Stats::default()).unwrap();
        assert_eq!(keys(&plain), fields("Annotations"));
        assert_eq!(keys(&plain["quotes"][0]), fields("Quote"));
        assert_eq!(keys(&plain["quotes"][0]["span"]), fields("Span"));
        assert_eq!(keys(&plain["speakers"][0]), fields("Speaker"));
        assert_eq!(keys(&page), fields("PageAnnotations"));
        assert_eq!(keys(&page["quotes"][0]), fields("PageQuote"));
        assert_eq!(keys(&article["blocks"][0]), fields("Block"));
        assert_eq!(keys(&stats), fields("WidgetStats"));
        let summary = serde_json::to_value(whosaid::summary::summarize(&ann, text, 0.0)).unwrap();
        assert_eq!(keys(&summary), fields("Summary"));
        assert_eq!(keys(&summary["speakers"][0]), fields("SpeakerSummary"));
        assert_eq!(keys(&summary["unattributed"]), fields("Share"));
    }

    #[test]
    fn every_string_union_has_the_names_serde_writes() {
        use QuoteKind::*;
        assert_eq!(
            names(&[Direct, Partial, Block, Term, Title, Headline, Answer]),
            union("QuoteKind")
        );
        assert_eq!(names(&BlockKind::ALL), union("BlockKind"));
        let kinds = [
            SpeakerKind::Person,
            SpeakerKind::Organisation,
            SpeakerKind::Unnamed,
            SpeakerKind::Group,
        ];
        assert_eq!(names(&kinds), union("SpeakerKind"));
        assert_eq!(names(&Rule::ALL), union("Rule"));
    }
}
