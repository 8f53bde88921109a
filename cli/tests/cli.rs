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
