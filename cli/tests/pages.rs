//! Saved news pages (`../shared/pages/<site>/source.html`): the article the command line reads
//! from each must overlap what a reader view extracts (`expected.html`) by at least 90%, both
//! ways, counted as the browser test counts it (a bag of lower-cased words). Skipped, saying
//! so, when `../shared/pages` is absent.

use std::collections::HashMap;
use std::path::PathBuf;
use std::process::Command;

fn pages() -> Option<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../shared/pages");
    dir.is_dir().then_some(dir)
}

fn bag(text: &str) -> HashMap<String, usize> {
    let mut counts = HashMap::new();
    for w in text
        .to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        *counts.entry(w.to_string()).or_insert(0) += 1;
    }
    counts
}

/// (recall, precision) of `got` against `want`.
fn overlap(got: &str, want: &str) -> (f64, f64) {
    let (a, b) = (bag(got), bag(want));
    let common: usize = a
        .iter()
        .map(|(w, n)| (*n).min(b.get(w).copied().unwrap_or(0)))
        .sum();
    let total = |m: &HashMap<String, usize>| m.values().sum::<usize>().max(1) as f64;
    (common as f64 / total(&b), common as f64 / total(&a))
}

#[test]
fn saved_pages_read_as_a_reader_view_reads_them() {
    let Some(dir) = pages() else {
        eprintln!("../shared/pages not found: the saved-page test is skipped");
        return;
    };
    let mut sites: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.join("source.html").is_file() && p.join("expected.html").is_file())
        .collect();
    sites.sort();
    assert!(!sites.is_empty());
    let mut failures = Vec::new();
    for site in &sites {
        let name = site.file_name().unwrap().to_string_lossy();
        let out = Command::new(env!("CARGO_BIN_EXE_whosaid"))
            .args(["annotate", "--format", "json"])
            .arg(site.join("source.html"))
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{name}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        let got = v["article"]["text"].as_str().unwrap();
        let expected = std::fs::read_to_string(site.join("expected.html")).unwrap();
        let doc = scraper::Html::parse_document(&expected);
        let body = scraper::Selector::parse("body").unwrap();
        let want: String = doc
            .select(&body)
            .flat_map(|b| b.text())
            .collect::<Vec<_>>()
            .join("");
        let (recall, precision) = overlap(got, &want);
        let speech = v["quotes"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|q| ["direct", "partial", "block"].contains(&q["kind"].as_str().unwrap()))
            .count();
        eprintln!(
            "{name}: recall {:.1}%, precision {:.1}%, {speech} speech quotations",
            recall * 100.0,
            precision * 100.0
        );
        if recall < 0.9 || precision < 0.9 {
            failures.push(name.to_string());
        }
    }
    assert!(failures.is_empty(), "under 90%: {failures:?}");
}
