//! Spec-style case files: `tests/cases/*.txt`, each case an input text and, below `---`, every
//! quotation it holds with what it is, in order:
//!
//! ```text
//! === a name after the quote
//! "We will rebuild," Mayor Jane Smith said.
//! ---
//! We will rebuild, => Jane Smith [cue-after, mention "Mayor Jane Smith"]
//! ```
//!
//! The right side is the speaker's canonical name, `?` for speech with no speaker found, or
//! `(term)` / `(title)` for quoted text that is not speech. A bracket after the name, when a
//! case gives one, pins the rule that decided and the words that name the speaker too. Cases
//! named `regression:` record what once broke.
//!
//! Every case is a test of its own, named by its file and line (`cue_after.txt:12: verb then
//! name`), so one failure never hides another: `cargo test --test cases -- cue_after`.

use libtest_mimic::{Arguments, Failed, Trial};

struct Case {
    input: String,
    expected: Vec<String>,
}

/// The cases of one file, each with its name and the line its `===` stands on.
fn parse(file: &str, src: &str) -> Vec<(String, Case)> {
    let mut cases = Vec::new();
    // Each separator `\n=== ` ends a line of its own; the lines of a chunk are its newlines.
    let newlines = |s: &str| s.matches('\n').count();
    let mut line = 2 + newlines(src.split("\n=== ").next().unwrap_or(""));
    for chunk in src.split("\n=== ").skip(1) {
        let (name, body) = chunk.split_once('\n').unwrap_or((chunk, ""));
        let (input, expected) = body
            .split_once("\n---\n")
            .unwrap_or_else(|| panic!("{file}:{line}: case {name:?} has no ---"));
        let title = format!("{file}:{line}: {}", name.trim());
        line += newlines(chunk) + 1;
        cases.push((
            title,
            Case {
                input: input.to_string(),
                expected: expected
                    .lines()
                    .map(str::trim)
                    .filter(|l| !l.is_empty() && !l.starts_with('#'))
                    .map(String::from)
                    .collect(),
            },
        ));
    }
    cases
}

/// Each quotation as a case line: `text => who [rule, mention "words"]`.
fn actual(input: &str) -> Vec<(String, String)> {
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
            let mention = q.mention.map_or(String::new(), |m| {
                format!(", mention {:?}", &input[m.start..m.end])
            });
            let line = format!("{text} => {who}");
            let detail = format!(" [{}{mention}]", q.rule.name());
            (line, detail)
        })
        .collect()
}

fn check(case: &Case) -> Result<(), Failed> {
    let got = actual(&case.input);
    // A line with a bracket pins rule and mention; one without, only the speaker.
    let shown: Vec<String> = got
        .iter()
        .zip(
            case.expected
                .iter()
                .map(Some)
                .chain(std::iter::repeat(None)),
        )
        .map(|((line, detail), want)| match want {
            Some(w) if w.ends_with(']') => format!("{line}{detail}"),
            _ => line.clone(),
        })
        .collect();
    if shown == case.expected {
        return Ok(());
    }
    let full: Vec<String> = got.iter().map(|(l, d)| format!("{l}{d}")).collect();
    Err(format!(
        "input:    {:?}\nexpected: {:#?}\ngot:      {:#?}",
        case.input, case.expected, full
    )
    .into())
}

fn main() {
    let args = Arguments::from_args();
    let mut dir: Vec<_> = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/cases"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    dir.sort();
    let mut trials = Vec::new();
    for path in dir {
        let file = path.file_name().unwrap().to_string_lossy().to_string();
        let src = std::fs::read_to_string(&path).unwrap();
        for (title, case) in parse(&file, &src) {
            trials.push(Trial::test(title, move || check(&case)));
        }
    }
    assert!(trials.len() > 50, "only {} cases", trials.len());
    libtest_mimic::run(&args, trials).exit();
}
