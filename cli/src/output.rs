//! Writing one annotated document in each output format. Each document renders to a string in
//! the worker that annotated it; the main thread only writes them out in input order.

use std::fmt::Write as _;

use serde_json::{json, Value};
use whosaid::explain::explain_all;
use whosaid::summary::summarize;
use whosaid::{Annotations, Article, QuoteKind};

use crate::args::Format;
use crate::input::Doc;

/// What shapes the output besides the format.
#[derive(Clone, Copy, Debug)]
pub struct Options {
    pub format: Format,
    /// Text: speakers less sure than this are not named.
    pub min_confidence: f32,
    /// jsonl: each quote's confidence evidence.
    pub features: bool,
    /// jsonl: the pronoun candidates weighed (`research` builds).
    #[cfg(feature = "research")]
    pub salience: bool,
}

/// The columns of the CSV output.
pub const CSV_HEADER: [&str; 10] = [
    "id",
    "start",
    "end",
    "kind",
    "speaker",
    "speaker_kind",
    "about",
    "rule",
    "confidence",
    "quote",
];

/// Renders one document.
pub fn render(doc: &Doc, a: &Annotations, opts: &Options) -> String {
    match opts.format {
        Format::Text => text(doc, a, opts.min_confidence),
        Format::Json => {
            let mut v = serde_json::to_value(a).unwrap_or(Value::Null);
            if let Value::Object(map) = &mut v {
                map.insert("id".into(), doc.id.clone());
                if doc.html {
                    map.insert("article".into(), article_json(&doc.article));
                }
            }
            serde_json::to_string_pretty(&v).unwrap_or_default()
        }
        Format::Jsonl => jsonl(doc, a, opts),
        Format::Csv => csv(doc, a),
    }
}

/// The article as read: `{text, blocks: [{kind, text}]}`, as `WhoSaid.article()` gives it.
fn article_json(article: &Article) -> Value {
    json!({ "text": article.text(), "blocks": article.to_blocks() })
}

/// A scorer-format line: speech quotations with character offsets.
fn jsonl(doc: &Doc, a: &Annotations, opts: &Options) -> String {
    let text = doc.article.text();
    let features = if opts.features {
        whosaid::calibrate::features(a, text)
    } else {
        Vec::new()
    };
    let quotes: Vec<Value> = a
        .quotes
        .iter()
        .enumerate()
        .filter(|(_, q)| q.kind.is_speech())
        .map(|(i, q)| {
            let mut row = json!({
                "start": q.span.char_start,
                "end": q.span.char_end,
                "speaker": a.speaker_of(i).map(|s| s.name.as_str()),
                "speaker_mention": q.mention.map(|m| [m.char_start, m.char_end]),
                "rule": q.rule,
                "confidence": q.confidence,
            });
            if let Some(x) = features.get(i) {
                row["features"] = json!(x);
            }
            row
        })
        .collect();
    let mut row = json!({ "id": doc.id, "quotes": quotes });
    if doc.html {
        row["article"] = article_json(&doc.article);
    }
    #[cfg(feature = "research")]
    if opts.salience {
        let (_, weighed) = whosaid::research::weighed(&doc.article);
        let rows = |choices: &[whosaid::research::WeighedChoice]| -> Value {
            (choices.iter())
                .map(|c| json!({ "start": c.char_start, "candidates": c.candidates }))
                .collect()
        };
        row["pronouns"] = rows(&weighed.pronouns);
        row["epithets"] = rows(&weighed.epithets);
    }
    row.to_string()
}

/// CSV rows (no header) for the speech quotations.
fn csv(doc: &Doc, a: &Annotations) -> String {
    let text = doc.article.text();
    let id = match &doc.id {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    };
    let mut w = csv::WriterBuilder::new()
        .has_headers(false)
        .from_writer(Vec::new());
    for (i, q) in a.quotes.iter().enumerate() {
        if !q.kind.is_speech() {
            continue;
        }
        let sp = a.speaker_of(i);
        let about = sp.and_then(|s| s.role.clone().or_else(|| s.description.clone()));
        let _ = w.write_record([
            id.as_str(),
            &q.span.char_start.to_string(),
            &q.span.char_end.to_string(),
            &serde_name(q.kind),
            sp.map_or("", |s| s.name.as_str()),
            &sp.map_or(String::new(), |s| serde_name(s.kind)),
            about.as_deref().unwrap_or(""),
            q.rule.name(),
            &format!("{:.3}", q.confidence),
            text.get(q.span.start..q.span.end).unwrap_or(""),
        ]);
    }
    String::from_utf8(w.into_inner().unwrap_or_default()).unwrap_or_default()
}

/// The serde name of a small enum (`direct`, `organisation`).
fn serde_name<T: serde::Serialize>(value: T) -> String {
    match serde_json::to_value(value) {
        Ok(Value::String(s)) => s,
        _ => String::new(),
    }
}

/// A readable account: each speech quotation with its speaker and why, then who is quoted and
/// how much.
fn text(doc: &Doc, a: &Annotations, min_confidence: f32) -> String {
    let text = doc.article.text();
    let summary = summarize(a, text, min_confidence);
    let mut out = String::new();
    let id = match &doc.id {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    };
    let _ = writeln!(
        out,
        "{id}: {} quotation{}, {} speaker{}",
        summary.quotes,
        plural(summary.quotes),
        summary.speakers.len(),
        plural(summary.speakers.len()),
    );
    let cards = explain_all(a, text, min_confidence);
    for ((i, q), e) in a.quotes.iter().enumerate().zip(cards) {
        if !q.kind.is_speech() {
            continue;
        }
        let quote = text.get(q.span.start..q.span.end).unwrap_or("").trim();
        // An interview's answer has no marks of its own: it is shown with its label.
        let _ = if q.kind == QuoteKind::Answer {
            writeln!(out, "\n  A: {quote}")
        } else {
            writeln!(out, "\n  “{quote}”")
        };
        let Some(who) = e.name.as_deref() else {
            let _ = match a.speaker_of(i) {
                Some(guess) => writeln!(
                    out,
                    "    — not identified (perhaps {}, {:.0}% sure, under the minimum of {:.0}%)",
                    guess.name,
                    q.confidence * 100.0,
                    min_confidence * 100.0
                ),
                None => writeln!(out, "    — not identified"),
            };
            continue;
        };
        let about = [e.meta.as_deref(), e.description.as_deref()]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" · ");
        if about.is_empty() {
            let _ = writeln!(out, "    — {who}");
        } else {
            let _ = writeln!(out, "    — {who}, {about}");
        }
        let why = match &e.evidence {
            Some(ev) => format!("{ev} · {}", e.reason),
            None => e.reason.clone(),
        };
        let _ = writeln!(out, "      {why}");
    }
    if summary.quotes > 0 {
        let _ = writeln!(out, "\n  Who is quoted ({} words in all)", summary.words);
        let width = summary
            .speakers
            .iter()
            .map(|s| s.name.chars().count())
            .chain([22])
            .max()
            .unwrap_or(22)
            .min(40);
        let _ = writeln!(
            out,
            "  {:<width$}  {:>6}  {:>6}  {:>5}",
            "speaker", "quotes", "words", "share"
        );
        let rows = summary
            .speakers
            .iter()
            .map(|s| (s.name.as_str(), s.quotes.len(), s.words, s.share))
            .chain((!summary.unattributed.quotes.is_empty()).then(|| {
                let u = &summary.unattributed;
                ("(not identified)", u.quotes.len(), u.words, u.share)
            }));
        for (name, quotes, words, share) in rows {
            let name: String = name.chars().take(width).collect();
            let _ = writeln!(
                out,
                "  {name:<width$}  {quotes:>6}  {words:>6}  {:>4.0}%",
                share * 100.0
            );
        }
    }
    out
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}
