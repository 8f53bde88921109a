//! The command-line tool: output formats, and clear errors with exit codes on bad input.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn run(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_whosaid"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(stdin).unwrap();
    child.wait_with_output().unwrap()
}

#[test]
fn annotate_prints_the_full_json() {
    let out = run(
        &["annotate", "-"],
        "\"We will rebuild,\" Mayor Jane Smith said.".as_bytes(),
    );
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["speakers"][0]["name"], "Jane Smith");
    assert_eq!(v["quotes"][0]["kind"], "direct");
    assert_eq!(v["quotes"][0]["rule"], "cue-after");
}

#[test]
fn jsonl_uses_character_offsets() {
    let line = r#"{"id": 7, "text": "😀 \"Hi there,\" Jane Smith said."}"#;
    let out = run(&["annotate", "--jsonl", "-"], line.as_bytes());
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["id"], 7);
    assert_eq!(v["quotes"][0]["start"], 3);
    assert_eq!(v["quotes"][0]["end"], 12);
    assert_eq!(v["quotes"][0]["speaker"], "Jane Smith");
}

#[test]
fn not_utf8_names_the_place() {
    let out = run(&["annotate", "-"], b"abc\xff");
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr)
        .contains("<stdin>: not UTF-8 (invalid byte at offset 3)"));
}

#[test]
fn a_bad_json_line_names_its_line() {
    let out = run(
        &["annotate", "--jsonl", "-"],
        b"{\"id\":1,\"text\":\"a\"}\n{oops\n",
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("<stdin>:2: bad JSON"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = run(&["annotate", "--jsonl", "-"], b"{\"id\":1}\n");
    assert!(String::from_utf8_lossy(&out.stderr).contains("<stdin>:1: no \"text\" string field"));
}

#[test]
fn an_unreadable_file_and_bad_usage() {
    let out = run(&["annotate", "/nonexistent/file.txt"], b"");
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot read /nonexistent/file.txt"));
    let out = run(&["frobnicate"], b"");
    assert_eq!(out.status.code(), Some(2));
    let out = run(&[], b"");
    assert_eq!(out.status.code(), Some(2));
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn a_saved_page_is_read_as_the_widget_reads_it_and_carries_its_text() {
    let page = "<!doctype html><html><body><nav><p>Home · World · Sport · Weather · More</p></nav>\
        <article><h1>Storm hits coast</h1><p>Mayor Jane Smith toured the harbour on Monday.</p>\
        <p>“We will rebuild,” she said. <script>var x = \"not text\";</script></p>\
        <aside class=\"related\"><p>“Read more,” says a link that is not the article.</p></aside>\
        </article></body></html>";
    let out = run(&["annotate", "--format", "json", "-"], page.as_bytes());
    assert!(out.status.success(), "{}", stderr(&out));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let text = v["article"]["text"].as_str().unwrap();
    assert_eq!(
        text,
        "Storm hits coast\n\nMayor Jane Smith toured the harbour on Monday.\n\n“We will rebuild,” she said."
    );
    assert_eq!(v["article"]["blocks"][0]["kind"], "heading");
    let q = &v["quotes"][0];
    let (start, end) = (
        q["span"]["start"].as_u64().unwrap() as usize,
        q["span"]["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(&text[start..end], "We will rebuild,");
    assert_eq!(
        v["speakers"][q["speaker"].as_u64().unwrap() as usize]["name"],
        "Jane Smith"
    );
}

#[test]
fn a_root_selector_picks_the_article_and_a_bad_one_says_why() {
    let page = "<html><body><div id=a><p>“Not this one,” said Tom Reed, a spokesman.</p></div>\
        <div id=b><p>“This one,” said Ada Moreno.</p></div></body></html>";
    let out = run(
        &[
            "annotate", "--input", "html", "--root", "#b", "-f", "jsonl", "-",
        ],
        page.as_bytes(),
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["article"]["text"], "“This one,” said Ada Moreno.");
    assert_eq!(v["quotes"][0]["speaker"], "Ada Moreno");
    let out = run(
        &["annotate", "--input", "html", "--root", "[", "-"],
        page.as_bytes(),
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("not a valid CSS selector"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn text_output_lists_quotes_with_speakers_and_a_table() {
    let article = "Mayor Jane Smith spoke on Monday.\n\n“We will rebuild,” she said. “Every street.”\n\n“It was loud,” said Tom Reed, a fisherman.";
    let out = run(&["annotate", "-f", "text", "-"], article.as_bytes());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.starts_with("<stdin>: 3 quotations, 2 speakers\n"),
        "{text}"
    );
    assert!(
        text.contains("  “We will rebuild,”\n    — Jane Smith"),
        "{text}"
    );
    assert!(text.contains("“she said” → Jane Smith"), "{text}");
    let table: Vec<&str> = text
        .lines()
        .skip_while(|l| !l.contains("Who is quoted"))
        .collect();
    assert!(table[2].trim_start().starts_with("Jane Smith"), "{text}");
    assert!(table[2].contains(" 2 "), "{text}");
    assert!(table[3].trim_start().starts_with("Tom Reed"), "{text}");
}

#[test]
fn text_output_shows_an_interview_answer_with_its_label_not_marks() {
    let article = "Noor Haddad runs the transit agency. Haddad spoke to us.\n\nQ: Late trains?\n\nA: Yes. We are fixing the signals.\n\nQ: When?\n\nA: By spring.";
    let out = run(&["annotate", "-f", "text", "-"], article.as_bytes());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("\n  A: Yes. We are fixing the signals.\n    — Noor Haddad"),
        "{text}"
    );
    assert!(text.contains("An answer in the interview"), "{text}");
}

#[test]
fn csv_has_a_header_and_a_row_a_speech_quotation_quoted_properly() {
    let article =
        "“Yes, \"really\", and more,” said Tom Reed, a fisherman. The so-called “miracle” held.";
    let out = run(&["annotate", "-f", "csv", "-"], article.as_bytes());
    let text = String::from_utf8(out.stdout).unwrap();
    let mut r = csv::Reader::from_reader(text.as_bytes());
    assert_eq!(
        r.headers().unwrap().iter().collect::<Vec<_>>(),
        [
            "id",
            "start",
            "end",
            "kind",
            "speaker",
            "speaker_kind",
            "about",
            "rule",
            "confidence",
            "quote"
        ]
    );
    let rows: Vec<csv::StringRecord> = r.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 1, "{text}");
    assert_eq!(&rows[0][4], "Tom Reed");
    assert_eq!(&rows[0][6], "a fisherman");
    assert_eq!(&rows[0][9], "Yes, \"really\", and more,");
}

#[test]
fn batches_keep_input_order_on_any_number_of_threads() {
    let lines: String = (0..300)
        .map(|i| format!("{{\"id\": {i}, \"text\": \"“Line {i},” said Ada Moreno.\"}}\n"))
        .collect();
    let one = run(&["annotate", "--jsonl", "-j", "1", "-"], lines.as_bytes());
    let four = run(&["annotate", "--jsonl", "-j", "4", "-"], lines.as_bytes());
    assert!(one.status.success());
    assert_eq!(one.stdout, four.stdout);
    let ids: Vec<u64> = String::from_utf8(four.stdout)
        .unwrap()
        .lines()
        .map(|l| {
            serde_json::from_str::<serde_json::Value>(l).unwrap()["id"]
                .as_u64()
                .unwrap()
        })
        .collect();
    assert_eq!(ids, (0..300).collect::<Vec<_>>());
}

#[test]
fn keep_going_skips_bad_lines_naming_each_and_fails_at_the_end() {
    let input = b"{\"id\":1,\"text\":\"\\u201cA,\\u201d said Ada Moreno.\"}\n{oops\n\n{\"id\":3}\n{\"id\":4,\"text\":\"b\"}\n";
    let out = run(&["annotate", "--jsonl", "--keep-going", "-"], input);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("<stdin>:2: bad JSON"), "{err}");
    assert!(err.contains("<stdin>:4: no \"text\""), "{err}");
    assert!(err.contains("2 of 4 documents skipped"), "{err}");
    let ids: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap()["id"].clone())
        .collect();
    assert_eq!(ids, [1, 4]);
    // Without it, the first bad line stops the run after the lines before it.
    let out = run(&["annotate", "--jsonl", "-"], input);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(String::from_utf8(out.stdout).unwrap().lines().count(), 1);
}

#[test]
fn several_files_as_one_json_array_each_with_its_id() {
    let dir = std::env::temp_dir().join(format!("whosaid-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let a = dir.join("a.txt");
    let b = dir.join("b.html");
    std::fs::write(&a, "“One,” said Ada Moreno.").unwrap();
    std::fs::write(&b, "<p>“Two,” said Tom Reed, who fishes.</p>").unwrap();
    let out = run(
        &[
            "annotate",
            "-f",
            "json",
            a.to_str().unwrap(),
            b.to_str().unwrap(),
        ],
        b"",
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v.as_array().unwrap().len(), 2);
    assert_eq!(v[0]["id"], a.to_str().unwrap());
    assert!(v[0].get("article").is_none());
    assert_eq!(v[1]["article"]["text"], "“Two,” said Tom Reed, who fishes.");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn help_for_every_command_and_completions_for_shells() {
    for args in [
        &["--help"][..],
        &["annotate", "--help"],
        &["completions", "--help"],
    ] {
        let out = run(args, b"");
        assert!(out.status.success());
        assert!(String::from_utf8_lossy(&out.stdout).contains("Usage: whosaid"));
    }
    let out = run(&["annotate", "--help"], b"");
    assert!(String::from_utf8_lossy(&out.stdout).contains("--keep-going"));
    for shell in ["bash", "zsh", "fish"] {
        let out = run(&["completions", shell], b"");
        assert!(out.status.success());
        let script = String::from_utf8(out.stdout).unwrap();
        assert!(script.contains("min-confidence"), "{shell}");
    }
    let out = run(&["annotate", "--format", "yaml", "-"], b"");
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("possible values: text, json, jsonl, csv"));
}

#[test]
fn hidden_and_non_article_parts_of_a_page_are_not_read() {
    // The same markup as the widget's test of the same reader (web/src/tests.rs), here over
    // the native parser.
    let page = format!(
        "<html><body><div id=story>{}</div></body></html>",
        include_str!("../../tests/fixtures/html/not-article.html")
    );
    let out = run(
        &["annotate", "--root", "#story", "-f", "json", "-"],
        page.as_bytes(),
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let blocks: Vec<(String, String)> = v["article"]["blocks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| {
            (
                b["kind"].as_str().unwrap().to_string(),
                b["text"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let want = [
        ("heading", "Title"),
        ("paragraph", "One."),
        ("block-quote", "Quoted one."),
        ("block-quote", "Quoted two."),
        ("list-item", "Item."),
        ("caption", "Caption."),
        ("paragraph", "<b>not bold</b>"),
        ("paragraph", "Not editable."),
    ];
    assert_eq!(
        blocks,
        want.map(|(k, t)| (k.to_string(), t.to_string())).to_vec()
    );
}

#[test]
fn jsonl_known_by_its_content_is_several_documents() {
    let lines = "{\"id\": 1, \"text\": \"“One,” said Ada Moreno.\"}\n{\"id\": 2, \"text\": \"“Two,” said Tom Reed.\"}\n";
    let out = run(&["annotate", "-"], lines.as_bytes());
    assert!(out.status.success(), "{}", stderr(&out));
    let rows: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(rows.len(), 2);
    let out = run(&["annotate", "-f", "json", "-"], lines.as_bytes());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v.as_array().map(Vec::len), Some(2));
}
