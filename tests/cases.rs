//! Spec-style case files: `tests/cases/*.txt`, each case an input text and, below `---`, every
//! quotation it holds with what it is, in order:
//!
//! ```text
//! === a name after the quote
//! "We will rebuild," Mayor Jane Smith said.
//! ---
//! We will rebuild, => Jane Smith
//! ```
//!
//! The right side is the speaker's canonical name, `?` for speech with no speaker found, or
//! `(term)` / `(title)` for quoted text that is not speech. Cases named `regression:` record
//! what once broke.

use std::fmt::Write;

struct Case {
    file: String,
    name: String,
    input: String,
    expected: Vec<String>,
}

fn parse(file: &str, src: &str) -> Vec<Case> {
    let mut cases = Vec::new();
    for chunk in src.split("\n=== ").skip(1) {
        let (name, body) = chunk.split_once('\n').unwrap_or((chunk, ""));
        let (input, expected) = body
            .split_once("\n---\n")
            .unwrap_or_else(|| panic!("{file}: case {name:?} has no ---"));
        cases.push(Case {
            file: file.to_string(),
            name: name.trim().to_string(),
            input: input.to_string(),
            expected: expected
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty() && !l.starts_with('#'))
                .map(String::from)
                .collect(),
        });
    }
    cases
}

fn actual(input: &str) -> Vec<String> {
    let a = whosaid::annotate_text(input);
    a.quotes
        .iter()
        .enumerate()
        .map(|(i, q)| {
            let text = &input[q.span.start..q.span.end];
            let who = if !q.kind.is_speech() {
                format!(
                    "({})",
                    serde_json::to_value(q.kind).unwrap().as_str().unwrap()
                )
            } else {
                a.speaker_of(i).map_or("?".to_string(), |s| s.name.clone())
            };
            format!("{text} => {who}")
        })
        .collect()
}

#[test]
fn case_files() {
    let mut dir: Vec<_> = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/cases"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    dir.sort();
    let mut failures = String::new();
    let mut count = 0;
    for path in dir {
        let file = path.file_name().unwrap().to_string_lossy().to_string();
        let src = std::fs::read_to_string(&path).unwrap();
        for case in parse(&file, &src) {
            count += 1;
            let got = actual(&case.input);
            if got != case.expected {
                writeln!(
                    failures,
                    "\n{} / {}\n  input:    {:?}\n  expected: {:#?}\n  got:      {:#?}",
                    case.file, case.name, case.input, case.expected, got
                )
                .unwrap();
            }
        }
    }
    assert!(count > 50, "only {count} cases");
    assert!(failures.is_empty(), "{failures}");
}
